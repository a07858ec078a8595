/**
 * How often words occur in clean Danish minutes: the prior that tells `pa`
 * (always `på`) from `for` (nearly always `for`, rarely `før`). Learned by
 * `scripts/eval-normalize-freq.js` from the clean documents of the tuning set
 * only, so that the held-out documents are measured fairly.
 */
import { WORD_COUNTS } from './frequencies.data.js';

let table: Map<string, number> | null = null;

function counts(): Map<string, number> {
  table ??= new Map(Object.entries(WORD_COUNTS));
  return table;
}

/** Occurrences of the lower-cased word in the clean reference text. */
export function frequency(word: string): number {
  return counts().get(word.toLowerCase()) ?? 0;
}
