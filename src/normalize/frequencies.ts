/**
 * How often words occur in clean Danish minutes: the prior that tells `pa`
 * (always `på`) from `for` (nearly always `for`, rarely `før`). Learned by
 * `scripts/eval-normalize-freq.js` from the clean documents of the tuning set
 * only, so that the held-out documents are measured fairly, and joined with
 * the most frequent words of written Danish (`common.ts`).
 */
import { COMMON_DANISH, commonWeight } from './common.js';
import { LEMMA_COUNTS, PAIR_COUNTS, WORD_COUNTS } from './frequencies.data.js';

/** A table of the data file (`key<TAB>count` lines) as a map. */
function tableOf(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab > 0) out.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return out;
}

let words: Map<string, number> | null = null;
/** Each word's count joined with its weight as a common word: one look-up for `frequency`, asked for every spelling repair tries. */
let weighted: Map<string, number> | null = null;
let lemmas: Map<string, number> | null = null;
let pairs: Map<string, number> | null = null;
let total = 0;

/**
 * The thresholds of repair (a word `common`, a part `rare`) were set on
 * counts in this many words of clean minutes; a larger reference text is
 * scaled to it for them (`usual`), while the weighing of readings against
 * each other uses the raw counts, where more text is surer evidence.
 */
const THRESHOLD_WORDS = 27_000;

/** A count of the reference text as a count per THRESHOLD_WORDS words, for comparing with a threshold. */
export function perThreshold(count: number): number {
  return (count * THRESHOLD_WORDS) / wordTotal();
}

/** `frequency`, its count per THRESHOLD_WORDS words: for comparing with a threshold, never for weighing. */
export function usualFrequency(word: string): number {
  const lower = word.toLowerCase();
  return perThreshold(wordCount(lower)) + commonWeight(lower);
}

/** Occurrences of the lower-cased word in the clean reference text, plus its weight as a common word. */
export function frequency(word: string): number {
  weighted ??= weightedCounts();
  return weighted.get(word.toLowerCase()) ?? 0;
}

/** `frequency` of a word already in small letters. */
export function smallFrequency(lower: string): number {
  weighted ??= weightedCounts();
  return weighted.get(lower) ?? 0;
}

function weightedCounts(): Map<string, number> {
  words ??= tableOf(WORD_COUNTS);
  const out = new Map<string, number>();
  for (const [w, n] of words) out.set(w, n + commonWeight(w));
  for (const w of COMMON_DANISH) if (!out.has(w)) out.set(w, 0 + commonWeight(w));
  return out;
}

/** Occurrences of any form of the lemma in the clean reference text. */
export function lemmaFrequency(lemma: string): number {
  lemmas ??= tableOf(LEMMA_COUNTS);
  return lemmas.get(lemma) ?? 0;
}

/** Occurrences of the lower-cased word in the clean reference text alone. */
export function wordCount(word: string): number {
  words ??= tableOf(WORD_COUNTS);
  return words.get(word.toLowerCase()) ?? 0;
}

/** Words in the clean reference text. */
export function wordTotal(): number {
  if (total === 0) {
    words ??= tableOf(WORD_COUNTS);
    for (const n of words.values()) total += n;
  }
  return total;
}

/** How often the clean reference text has word `b` right after word `a` (lower case), where either may be a repair's. */
export function pairCount(a: string, b: string): number {
  return loadPairs().get(`${a} ${b}`) ?? 0;
}

let paired: Set<string> | null = null;

function loadPairs(): Map<string, number> {
  if (!pairs) {
    pairs = tableOf(PAIR_COUNTS);
    paired = new Set();
    for (const key of pairs.keys()) {
      const space = key.indexOf(' ');
      paired.add(key.slice(0, space)).add(key.slice(space + 1));
    }
  }
  return pairs;
}

let after: Map<string, number> | null = null;

/** How many occurrences of the word (lower case) the pairs show with a word after it. */
export function pairedAfter(word: string): number {
  if (!after) {
    after = new Map();
    for (const [key, n] of loadPairs()) {
      const a = key.slice(0, key.indexOf(' '));
      after.set(a, (after.get(a) ?? 0) + n);
    }
  }
  return after.get(word) ?? 0;
}

/** Whether the word (any case) stands in any pair of the clean reference text. */
export function inPairs(word: string): boolean {
  loadPairs();
  return paired!.has(word.toLowerCase());
}

/** The shortest and longest last part `endingCount` counts. */
const ENDING_MIN = 3;
const ENDING_MAX = 5;
/** Letters at least before a last part, for a word to be a compound ending in it. */
const ENDING_HEAD = 3;
let endings: Map<string, number> | null = null;

/**
 * How often clean minutes end a longer word in this last part (`råd` in
 * `byråd`, `ældreråd`): a part that is seldom a word alone may be a common
 * compound's last part. Parts of three to five letters; worked out once.
 */
export function endingCount(part: string): number {
  if (!endings) {
    words ??= tableOf(WORD_COUNTS);
    endings = new Map();
    for (const [w, n] of words) {
      for (let len = ENDING_MIN; len <= ENDING_MAX && len + ENDING_HEAD <= w.length; len++) {
        const end = w.slice(w.length - len);
        endings.set(end, (endings.get(end) ?? 0) + n);
      }
    }
  }
  return endings.get(part.toLowerCase()) ?? 0;
}
