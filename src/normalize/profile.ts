/**
 * A document's damage profile, learned from its own words: which confusions
 * it shows (ø read as g, æ as ae, ...) and how often, counted on tokens that
 * are not words but become exactly one word when one or two confusions are
 * undone. A clean document has few such tokens against many intact æ, ø, å.
 */
import { memoize } from '../util/memo.js';
import { candidates, CONFUSIONS, findSites, restoresDanish, type Confusion } from './confusions.js';
import { isWord } from './dictionary.js';
import { SEEN_DAMAGE } from './damage.data.js';

export interface DamageProfile {
  /** Occurrences of each confusion in unambiguous repairs, by confusion id. */
  counts: Map<string, number>;
  /** Distinct tokens with unambiguous damage. */
  damagedTokens: number;
  /** Occurrences of tokens with unambiguous damage to æ, ø or å. */
  damagedOccurrences: number;
  /** Occurrences of words that show æ, ø or å intact. */
  intactOccurrences: number;
  /** Share of æ, ø, å that the document lost: damaged / (damaged + intact). */
  damageShare: number;
  /** Whether the document shows OCR damage at all. */
  damaged: boolean;
}

const DANISH = /[æøåÆØÅ]/;
/** Below these the document counts as clean and is left alone. */
export const MIN_DAMAGED_TOKENS = 3;
export const MIN_DAMAGE_SHARE = 0.25;

/** `counts` maps each distinct token to its occurrences in the document. */
export function learnProfile(counts: Map<string, number>): DamageProfile {
  const confusionCounts = new Map<string, number>();
  let damagedTokens = 0;
  let damagedOccurrences = 0;
  let intactOccurrences = 0;
  for (const [token, n] of counts) {
    const seen = tokenEvidence(token);
    if (seen === INTACT) {
      intactOccurrences += n;
      continue;
    }
    if (seen === null) continue;
    const used = seen;
    damagedTokens++;
    damagedOccurrences += n;
    for (const c of used) confusionCounts.set(key(c), (confusionCounts.get(key(c)) ?? 0) + n);
  }
  const damageShare = damagedOccurrences / Math.max(1, damagedOccurrences + intactOccurrences);
  return {
    counts: confusionCounts,
    damagedTokens,
    damagedOccurrences,
    intactOccurrences,
    damageShare,
    damaged: damagedTokens >= MIN_DAMAGED_TOKENS && damageShare >= MIN_DAMAGE_SHARE,
  };
}

const INTACT = 'intact';
type TokenEvidence = typeof INTACT | readonly Confusion[] | null;
/**
 * A word with æ, ø or å intact; the confusions of its one unambiguous repair that restores æ, ø or å; or null.
 * It depends on the token alone, and archives repeat their words: kept across documents, within a bound.
 */
const tokenEvidence = memoize((token: string): TokenEvidence => judgeToken(token), 200_000);

function judgeToken(token: string): TokenEvidence {
  if (DANISH.test(token) && isWord(token)) return INTACT;
  if (isWord(token)) return null;
  // One undone confusion first; two only for tokens that one cannot explain.
  const sites = findSites(token);
  let words = candidates(token, sites, 1).filter((c) => isWord(c.text));
  if (words.length === 0) words = candidates(token, sites, 2).filter((c) => c.confusions.length === 2 && isWord(c.text));
  if (words.length !== 1) return null;
  const used = words[0]!.confusions;
  return used.some(restoresDanish) ? used : null;
}

/** Capital and small forms of a confusion share their evidence: `Ø:O` is `ø:o` in capitals. */
function key(c: Confusion): string {
  return c.id.toLowerCase();
}

const shares = new WeakMap<DamageProfile, Map<Confusion, number>>();

/**
 * How OCR without Danish letters usually damages them, as shares of each
 * letter's damage: what the tuning twins show together (eval/normalize/,
 * `scripts/eval-normalize-sets.js`). A short document shows too few damaged
 * words to learn every confusion it has (`Lakken` for `Løkken` where no other
 * word shows ø read as a); its own counts are joined with these, worth
 * PRIOR_WEIGHT occurrences per letter, for a letter the document shows
 * damaged fewer than PRIOR_UNTIL times: a long document's own evidence
 * decides, and a short one's is filled in.
 */
const USUAL_DAMAGE: Record<string, number> = {};
for (const seen of SEEN_DAMAGE) {
  const k = `${seen.letter.toLowerCase()}:${seen.damaged.toLowerCase()}`;
  USUAL_DAMAGE[k] = (USUAL_DAMAGE[k] ?? 0) + seen.share;
}
export const PRIOR_WEIGHT = 8;
const PRIOR_LETTERS: Record<string, true> = { ø: true, æ: true, å: true };
/** A letter the document shows damaged this often is its own evidence alone: a long document learns its confusions. */
export const PRIOR_UNTIL = 60;

/** Share of a letter's damage that took this form: the document's own counts joined with the usual damage (0 when neither shows it). Worked out once per profile. */
export function confusionShare(profile: DamageProfile, c: Confusion): number {
  let table = shares.get(profile);
  if (!table) {
    table = new Map();
    const byLetter = new Map<string, number>();
    const seen = new Set<string>();
    for (const other of CONFUSIONS) {
      const k = key(other);
      if (seen.has(k)) continue;
      seen.add(k);
      const letter = other.letter.toLowerCase();
      byLetter.set(letter, (byLetter.get(letter) ?? 0) + (profile.counts.get(k) ?? 0));
    }
    for (const other of CONFUSIONS) {
      const k = key(other);
      const n = profile.counts.get(k) ?? 0;
      const letter = other.letter.toLowerCase();
      const own = byLetter.get(letter)!;
      const filled = letter in PRIOR_LETTERS && own < PRIOR_UNTIL;
      const prior = filled ? PRIOR_WEIGHT * (USUAL_DAMAGE[k] ?? 0) : 0;
      const total = own + (filled ? PRIOR_WEIGHT : 0);
      table.set(other, n + prior === 0 ? 0 : (n + prior) / total);
    }
    shares.set(profile, table);
  }
  return table.get(c) ?? 0;
}

/** A profile for a document with no damage. */
export function emptyProfile(): DamageProfile {
  return { counts: new Map(), damagedTokens: 0, damagedOccurrences: 0, intactOccurrences: 0, damageShare: 0, damaged: false };
}
