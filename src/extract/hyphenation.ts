/**
 * Joining what the page layout broke: hyphenation at line ends and words
 * broken across a page. Lines keep their place; the continuation moves up
 * onto the line that was broken, and a line left empty disappears.
 *
 *   hastigheds- / nedsættelser   → hastighedsnedsættelser   (the hyphen only split the word)
 *   p- / huse                    → p-huse                   (a one- or two-letter prefix keeps it)
 *   maj- / juni                  → maj-juni                 (a range of months or days keeps it)
 *   Sundheds- / og Ældreministeriet  stays as it is            (a hyphen standing for a shared part)
 *   Relevan / t  (across a page) → Relevant                 (decided by the word list)
 */
import { isWord, loadWords } from './words.js';

export interface JoinableLine {
  text: string;
  page: number | null;
}

/** Words after which a line-end hyphen stands for a shared word part: `Social- og Sundhedsudvalget`. */
const CONJUNCTIONS = new Set(['og', 'eller', 'samt', 'til', 'and', 'or', 'som', '&', 'henholdsvis', 'mv', 'mv.', 'm.v.']);

export type HyphenDecision = 'join' | 'keep-hyphen' | 'leave';

/** Months and weekdays: one before a line-end hyphen and one after it are a range (`maj-` / `juni`, `mandag-` / `fredag`), no word split. */
/** Prefixes written with a hyphen before the word (`ikke-medlemmer`, `ex-formand`): a line's end after one keeps it. */
export const HYPHENED_PREFIX = /^(?:ikke|ex)$/iu;

const RANGE_WORD = /^(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)$/iu;

/** How to treat `prefix-` at a line end followed by `next` at the start of the next line. */
export function hyphenDecision(prefix: string, next: string, known?: (w: string) => boolean): HyphenDecision {
  const bare = next.replace(/[.,;:!?)»"'”]+$/u, '');
  if (bare === '' || CONJUNCTIONS.has(bare.toLowerCase())) return 'leave';
  if (!/^\p{L}/u.test(next) && !/^\d/.test(next)) return 'leave';
  // The last word part before the hyphen: `Aarhus-Vest-` → `Vest`.
  const part = prefix.split('-').pop() ?? prefix;
  if (/\d/.test(part) || /^\d/.test(next)) return 'keep-hyphen';
  if (/^\p{Lu}/u.test(next)) return 'keep-hyphen';
  if (RANGE_WORD.test(part) && RANGE_WORD.test(bare)) return 'keep-hyphen';
  const letters = part.replace(/[^\p{L}]/gu, '');
  // `ikke-`/`medlemmer`, `ex-`/`formand`: a prefix Danish writes with its hyphen.
  if (HYPHENED_PREFIX.test(letters)) return 'keep-hyphen';
  // `p-huse`, `e-mail`, but `an-lægsomkostninger`: the word list decides short prefixes.
  if (letters.length <= 2) return known?.(letters + bare) ? 'join' : 'keep-hyphen';
  if (letters.length > 1 && letters === letters.toUpperCase()) return 'keep-hyphen';
  // A name inside the word part (`UngiAarhus-tilbud`).
  if (/\p{Lu}/u.test(letters.slice(1))) return 'keep-hyphen';
  if (prefix.includes('-')) return 'keep-hyphen';
  return 'join';
}

/** Undoes hyphenation at line ends, in place. Blank lines (`''`) end paragraphs and are never joined over. */
export async function joinHyphenation<T extends JoinableLine>(lines: T[]): Promise<T[]> {
  // The word list is loaded only when a short prefix needs it.
  const short = lines.some((l, i) => l.text.endsWith('-') && /(^|[\s(])\p{L}{1,2}-$/u.test(l.text) && lines[i + 1]?.text !== '');
  if (short) await loadWords();
  const known = short ? isWord : undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    const cur = lines[i]!;
    const next = lines[i + 1]!;
    if (next.text === '' || !cur.text.endsWith('-')) continue;
    const m = /(\S+)-$/u.exec(cur.text);
    if (!m || !/[\p{L}\d]$/u.test(m[1]!)) continue;
    const word = /^\S+/u.exec(next.text)![0];
    const decision = hyphenDecision(m[1]!, word, known);
    if (decision === 'leave') continue;
    const joined = decision === 'join' ? cur.text.slice(0, -1) + word : cur.text + word;
    moveUp(lines, i, joined, word);
  }
  return lines;
}

function moveUp<T extends JoinableLine>(lines: T[], i: number, joined: string, word: string): void {
  const next = lines[i + 1]!;
  lines[i] = { ...lines[i]!, text: joined };
  const rest = next.text.slice(word.length).trimStart();
  if (rest !== '') {
    lines[i + 1] = { ...next, text: rest };
    return;
  }
  // The continuation was all of its line, so the paragraph ended there: the
  // line becomes the paragraph gap (unless one follows anyway).
  const after = lines[i + 2];
  if (after === undefined || after.text === '' || after.page !== next.page) lines.splice(i + 1, 1);
  else lines[i + 1] = { ...next, text: '' };
}

/** Indexes where a line ends one page and the next line starts the next page with no paragraph gap. */
function pageBreaks(lines: JoinableLine[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.text === '' || b.text === '' || a.page === b.page) continue;
    if (/\p{L}$/u.test(a.text) && /^\p{Ll}/u.test(b.text)) out.push(i);
  }
  return out;
}

/** Joins words broken across a page (`Relevan` | `t`), in place, using the word list. */
export async function joinPageBreaks<T extends JoinableLine>(lines: T[]): Promise<T[]> {
  const breaks = pageBreaks(lines);
  if (breaks.length === 0) return lines;
  await loadWords();
  for (const i of breaks.reverse()) {
    const a = /(\p{L}+)$/u.exec(lines[i]!.text)![1]!;
    const bMatch = /^(\p{Ll}+)(?=$|[\s.,;:!?)])/u.exec(lines[i + 1]!.text);
    if (!bMatch) continue;
    const b = bMatch[1]!;
    if (isWord(a) && isWord(b)) continue;
    if (!isWord(a + b)) continue;
    moveUp(lines, i, lines[i]!.text + b, b);
  }
  return lines;
}
