/**
 * How OCR without Danish letters damages æ, ø, å (and i, l, I), and how to
 * reverse it: the candidate spellings a damaged token could have come from.
 *
 * Examples (run as tests): `mgde` ← møde (ø:g), `Beskaeftigelse` ← Beskæftigelse
 * (æ:ae), `Radhus` ← Rådhus (å:a), `Téender` ← Tønder (ø:ée), `@konomi` ← Økonomi
 * (Ø:@), `Igbende` ← løbende (l:I, ø:g), `DROFTELSE` ← DRØFTELSE (Ø:O).
 */
import { SEEN_DAMAGE } from './damage.data.js';

export interface Confusion {
  /** Stable id, `letter:damaged`, e.g. `ø:g`. */
  id: string;
  /** What the page showed. */
  damaged: string;
  /** The letter it stands for. */
  letter: string;
  /** Applies where the token is upper case (true) or lower case (false). */
  upper: boolean;
}

const LOWER: Record<string, string[]> = {
  ø: ['g', 'o', 'e', 'a', '0', 'é', 'ée', 'ég', 'oe', 'ea', 'eg', '@', '@g', 'g@', '©'],
  æ: ['ae', 'e', 'ee', 'a', 'z', 'ze', 'zz', 'zae', 'ce', 'eze', 'zee', 'eae', 'aee', 'ez', 'aeez', 'aze'],
  å: ['a', '3a'],
  l: ['I'],
  i: ['1'],
};

const UPPER: Record<string, string[]> = {
  Ø: ['0', '@', 'Q', '©', 'O', 'G'],
  Æ: ['AE', 'E', 'A'],
  Å: ['A', 'AA'],
  I: ['|'],
};

/**
 * The damage the tuning twins show (`damage.data.ts`, learnt by
 * `scripts/eval-normalize-damage.js` from what tesseract printed for each
 * Danish letter) joins the forms above: `ø` read as `a@` or `ag`
 * (`bestyrelsesma@de`), `å` as `d` (`foresldet`), `Ø` as `S@` (`S@konomi`).
 */
for (const seen of SEEN_DAMAGE) {
  const table = seen.letter === seen.letter.toLowerCase() ? LOWER : UPPER;
  const forms = (table[seen.letter] ??= []);
  if (!forms.includes(seen.damaged)) forms.push(seen.damaged);
}

function build(table: Record<string, string[]>, upper: boolean): Confusion[] {
  const out: Confusion[] = [];
  for (const [letter, forms] of Object.entries(table)) {
    for (const damaged of forms) out.push({ id: `${letter}:${damaged}`, damaged, letter, upper });
  }
  return out;
}

export const CONFUSIONS: readonly Confusion[] = [...build(LOWER, false), ...build(UPPER, true)];

/** Confusions that restore æ, ø or å (the others only fix Latin letters). */
export function restoresDanish(c: Confusion): boolean {
  return /[æøåÆØÅ]/.test(c.letter);
}

export interface Site {
  start: number;
  end: number;
  confusion: Confusion;
}

export interface Candidate {
  text: string;
  confusions: Confusion[];
}

const CASELESS = /^[0-9@©|]+$/;

/** Whether a place in a token reads as upper case: the damaged letters are, or the token is. */
function upperAt(token: string, start: number, end: number): boolean {
  const part = token.slice(start, end);
  if (!CASELESS.test(part)) return part === part.toUpperCase() && part !== part.toLowerCase();
  const rest = token.slice(0, start) + token.slice(end);
  const letters = rest.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters === letters.toUpperCase()) return letters.length > 1 || start === 0;
  return start === 0 && letters.length > 0;
}

/** Confusions by the first letter of what the page showed: a token is scanned once, not once per confusion. */
const BY_FIRST = new Map<string, Confusion[]>();
for (const c of CONFUSIONS) {
  const list = BY_FIRST.get(c.damaged[0]!);
  if (list) list.push(c);
  else BY_FIRST.set(c.damaged[0]!, [c]);
}

/** Every place in `token` where a confusion in `allowed` may have happened. */
export function findSites(token: string, allowed: (c: Confusion) => boolean = () => true): Site[] {
  const sites: Site[] = [];
  for (let at = 0; at < token.length; at++) {
    const list = BY_FIRST.get(token[at]!);
    if (!list) continue;
    for (const c of list) {
      if (!token.startsWith(c.damaged, at) || !allowed(c)) continue;
      const end = at + c.damaged.length;
      if (c.letter === 'l') {
        // `I` read for `l`: only before a lower-case letter (`Igbende`) or a sign read for ø before one (`I@rdag`), never in capitals.
        if (!/^(?:\p{Ll}|[@©]\p{Ll})/u.test(token.slice(end, end + 2))) continue;
      } else if (upperAt(token, at, end) !== c.upper) continue;
      if (c.letter === 'i' && !(/\p{Ll}/u.test(token.slice(end, end + 1)) || /\p{Ll}/u.test(token.slice(at - 1, at)))) continue;
      sites.push({ start: at, end, confusion: c });
    }
  }
  return sites.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Spellings made by undoing up to `maxSites` non-overlapping confusions,
 * best-first by the number of undone confusions. Bounded by `limit`.
 */
export function candidates(token: string, sites: Site[], maxSites: number, limit = 4000): Candidate[] {
  const out: Candidate[] = [];
  if (unreadable(token, sites)) return out;
  const seen = new Set<string>([token]);
  const chosen: Site[] = [];
  // The text up to the end of each chosen site, made once for every site chosen after it.
  const heads: string[] = [''];
  const walk = (from: number, depth: number): void => {
    const k = chosen.length;
    const last = k > 0 ? chosen[k - 1]! : null;
    const at = last ? last.end : 0;
    const head = heads[k]!;
    for (let i = from; i < sites.length && out.length < limit; i++) {
      const s = sites[i]!;
      if (last && s.start < last.end) continue;
      const upTo = head + token.slice(at, s.start) + s.confusion.letter;
      chosen.push(s);
      if (k + 1 === depth) {
        const text = upTo + token.slice(s.end);
        if (!seen.has(text)) {
          seen.add(text);
          const confusions: Confusion[] = [];
          for (const c of chosen) confusions.push(c.confusion);
          out.push({ text, confusions });
        }
      } else {
        heads[k + 1] = upTo;
        walk(i + 1, depth);
      }
      chosen.pop();
    }
  };
  for (let depth = 1; depth <= maxSites; depth++) walk(0, depth);
  return out;
}

/** More places to undo than a word has, or a letter four times over (`cccceeee`): OCR noise, not a word. */
export const MAX_SITES = 24;
function unreadable(token: string, sites: Site[]): boolean {
  return sites.length > MAX_SITES || /(\p{L})\1\1\1/u.test(token);
}
