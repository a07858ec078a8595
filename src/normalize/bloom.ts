/**
 * A Bloom filter over the dictionary's stems, probed with hashes that extend
 * letter by letter: a lookup of `base + strip` hashes `base` once for all its
 * strips and builds no string. It answers "certainly not a stem" (most of the
 * spellings repair tries are not) or "maybe", which the stem table then
 * settles; it never turns a stem away, so it changes no answer, only the cost.
 */

const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** The hash of the empty string. */
export const EMPTY_HASH = FNV_OFFSET | 0;

/** The hash of `prefix + text.slice(from, to)`, from the hash of `prefix`. */
export function extendHash(hash: number, text: string, from = 0, to = text.length): number {
  let h = hash;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Hashes of every prefix of `text`: `out[k]` is the hash of `text.slice(0, k)` (into `out` when given, at least one longer than `text`). */
export function prefixHashes(text: string, out: Int32Array = new Int32Array(text.length + 1)): Int32Array {
  let h = EMPTY_HASH;
  out[0] = h;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    out[i + 1] = h;
  }
  return out;
}

/** murmur3's finaliser: spreads FNV's weak low bits over the word. */
function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/** A second position, from all bits of the first hash (a multiple alone keeps low bits tied to low bits). */
function second(x: number): number {
  const y = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d);
  return y ^ (y >>> 12);
}

export class Bloom {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  /** About 12 bits per entry and two probes: some 2–3 % false "maybe". Or the bits of a filter written before (`words`). */
  constructor(entries: number, bits?: Uint32Array) {
    let size = 1 << 16;
    if (bits) size = bits.length * 32;
    else while (size < entries * 12) size *= 2;
    this.bits = bits ?? new Uint32Array(size >>> 5);
    this.mask = size - 1;
  }

  /** The filter's bits, to be written and read back with `new Bloom(0, bits)`. */
  get words(): Uint32Array {
    return this.bits;
  }

  addHash(hash: number): void {
    const x = mix(hash);
    const a = x & this.mask;
    const b = second(x) & this.mask;
    this.bits[a >>> 5]! |= 1 << (a & 31);
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }

  add(text: string): void {
    this.addHash(extendHash(EMPTY_HASH, text));
  }

  /** False when the string of this hash was certainly never added. */
  mayHaveHash(hash: number): boolean {
    const x = mix(hash);
    const a = x & this.mask;
    if ((this.bits[a >>> 5]! & (1 << (a & 31))) === 0) return false;
    const b = second(x) & this.mask;
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }

  mayHave(text: string): boolean {
    return this.mayHaveHash(extendHash(EMPTY_HASH, text));
  }
}
