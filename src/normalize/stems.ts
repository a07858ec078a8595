/**
 * The stems of a .dic file with their flags, indexed where they stand in the
 * file's text: an open-addressing hash table of offsets, so that loading makes
 * no string per stem (170,000 of them took most of the load time and its
 * garbage collection). A lookup hashes the word (or takes the hash its caller
 * already has, see `bloom.ts`) and compares letters only on a hash match.
 */
import { EMPTY_HASH, extendHash } from './bloom.js';

const NO_FLAGS: string[] = [];

export interface StemTableParts {
  size: number;
  lists: string[][];
  arrays: { starts: Int32Array; lengths: Int32Array; hashes: Int32Array; flagIds: Int32Array; slots: Int32Array };
}

export class StemTable {
  private readonly text: string;
  private starts: Int32Array;
  private lengths: Int32Array;
  private hashes: Int32Array;
  private flagIds: Int32Array;
  /** Flag lists, shared by every stem with the same list (never mutated). */
  private readonly lists: string[][] = [NO_FLAGS];
  /** Flag lists by the hash of how the file writes them, with where one such writing stands (to confirm a match). */
  private readonly interned = new Map<number, { start: number; end: number; id: number }[]>();
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(text: string, expected: number) {
    this.text = text;
    const capacity = Math.max(16, expected);
    this.starts = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.flagIds = new Int32Array(capacity);
    let slots = 1 << 4;
    while (slots < capacity * 2) slots *= 2;
    this.slots = new Int32Array(slots);
    this.mask = slots - 1;
  }

  /** The table's arrays and flag lists, to be written by the build and read back with `fromParts` (no parsing at start-up). */
  parts(): StemTableParts {
    const n = this.size;
    return {
      size: n,
      lists: this.lists,
      arrays: {
        starts: this.starts.slice(0, n),
        lengths: this.lengths.slice(0, n),
        hashes: this.hashes.slice(0, n),
        flagIds: this.flagIds.slice(0, n),
        slots: this.slots,
      },
    };
  }

  static fromParts(text: string, p: StemTableParts): StemTable {
    const t = new StemTable(text, 0);
    t.starts = p.arrays.starts;
    t.lengths = p.arrays.lengths;
    t.hashes = p.arrays.hashes;
    t.flagIds = p.arrays.flagIds;
    t.slots = p.arrays.slots;
    t.mask = p.arrays.slots.length - 1;
    t.lists.length = 0;
    for (const list of p.lists) t.lists.push(list);
    t.size = p.size;
    return t;
  }

  /**
   * Adds the stem at `text[start, end)` with the flags written at
   * `text[flagStart, flagEnd)` (`10,32`; empty for none); a stem listed twice
   * gets both lists.
   */
  add(start: number, end: number, flagStart = 0, flagEnd = 0): void {
    const hash = extendHash(EMPTY_HASH, this.text, start, end);
    const id = this.flagList(flagStart, flagEnd);
    const had = this.find(hash, this.text, start, end);
    if (had >= 0) {
      const merged = [...this.lists[this.flagIds[had]!]!, ...this.lists[id]!];
      this.flagIds[had] = this.lists.length;
      this.lists.push(merged);
      return;
    }
    if (this.size === this.starts.length) this.grow();
    const k = this.size++;
    this.starts[k] = start;
    this.lengths[k] = end - start;
    this.hashes[k] = hash;
    this.flagIds[k] = id;
    let slot = spread(hash) & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = k + 1;
  }

  private flagList(start: number, end: number): number {
    if (end <= start) return 0;
    const hash = extendHash(EMPTY_HASH, this.text, start, end);
    const seen = this.interned.get(hash);
    if (seen) {
      for (const x of seen) if (x.end - x.start === end - start && this.sameText(x.start, start, end - start)) return x.id;
    }
    const id = this.lists.length;
    this.lists.push(this.text.slice(start, end).split(','));
    if (seen) seen.push({ start, end, id });
    else this.interned.set(hash, [{ start, end, id }]);
    return id;
  }

  /** The flags of a stem, or undefined when it is none. */
  get(word: string): string[] | undefined {
    return this.getHashed(extendHash(EMPTY_HASH, word), word);
  }

  /** The same, for a word whose hash (`extendHash` from `EMPTY_HASH`) the caller has. */
  getHashed(hash: number, word: string): string[] | undefined {
    const k = this.find(hash, word, 0, word.length);
    return k < 0 ? undefined : this.lists[this.flagIds[k]!];
  }

  /** Whether any stem has this hash: false means the word of the hash is certainly none. */
  hasHash(hash: number): boolean {
    let slot = spread(hash) & this.mask;
    for (;;) {
      const e = this.slots[slot]!;
      if (e === 0) return false;
      if (this.hashes[e - 1] === hash) return true;
      slot = (slot + 1) & this.mask;
    }
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  /** Every stem and its flags (makes a string per stem: for building, not for lookups). */
  *entries(): IterableIterator<[string, string[]]> {
    for (let k = 0; k < this.size; k++) yield [this.text.slice(this.starts[k], this.starts[k]! + this.lengths[k]!), this.lists[this.flagIds[k]!]!];
  }

  [Symbol.iterator](): IterableIterator<[string, string[]]> {
    return this.entries();
  }

  *keys(): IterableIterator<string> {
    for (const [stem] of this.entries()) yield stem;
  }

  private find(hash: number, s: string, from: number, to: number): number {
    const len = to - from;
    let slot = spread(hash) & this.mask;
    for (;;) {
      const e = this.slots[slot]!;
      if (e === 0) return -1;
      const k = e - 1;
      if (this.hashes[k] === hash && this.lengths[k] === len && this.same(k, s, from)) return k;
      slot = (slot + 1) & this.mask;
    }
  }

  private sameText(a: number, b: number, len: number): boolean {
    for (let i = 0; i < len; i++) if (this.text.charCodeAt(a + i) !== this.text.charCodeAt(b + i)) return false;
    return true;
  }

  private same(k: number, s: string, from: number): boolean {
    const start = this.starts[k]!;
    const len = this.lengths[k]!;
    for (let i = 0; i < len; i++) if (this.text.charCodeAt(start + i) !== s.charCodeAt(from + i)) return false;
    return true;
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const copy = (a: Int32Array): Int32Array => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.starts = copy(this.starts);
    this.lengths = copy(this.lengths);
    this.hashes = copy(this.hashes);
    this.flagIds = copy(this.flagIds);
    let slots = this.slots.length;
    while (slots < n * 2) slots *= 2;
    this.slots = new Int32Array(slots);
    this.mask = slots - 1;
    for (let k = 0; k < this.size; k++) {
      let slot = spread(this.hashes[k]!) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = k + 1;
    }
  }
}

/** Spreads FNV's weak low bits before they choose a slot. */
function spread(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  return x ^ (x >>> 13);
}
