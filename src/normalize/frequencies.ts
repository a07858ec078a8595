/**
 * How often words occur in clean Danish minutes: the prior that tells `pa`
 * (always `på`) from `for` (nearly always `for`, rarely `før`). Learned by
 * `scripts/eval-normalize-freq.js` from the clean documents of the tuning set
 * only, so that the held-out documents are measured fairly, and joined with
 * the most frequent words of written Danish (`common.ts`).
 */
import { commonWeight } from './common.js';
import { LEMMA_COUNTS, WORD_COUNTS } from './frequencies.data.js';

let words: Map<string, number> | null = null;
let lemmas: Map<string, number> | null = null;

/** Occurrences of the lower-cased word in the clean reference text, plus its weight as a common word. */
export function frequency(word: string): number {
  words ??= new Map(Object.entries(WORD_COUNTS));
  return (words.get(word.toLowerCase()) ?? 0) + commonWeight(word);
}

/** Occurrences of any form of the lemma in the clean reference text. */
export function lemmaFrequency(lemma: string): number {
  lemmas ??= new Map(Object.entries(LEMMA_COUNTS));
  return lemmas.get(lemma) ?? 0;
}
