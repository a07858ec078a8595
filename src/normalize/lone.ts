/**
 * A lone Ø (`Aarhus Ø`: a district, an island) that OCR read as a sign. A lone
 * `@` or `©` right after a capitalised word is Ø when the document's damage
 * shows ø read as that sign; a lone `0`, `Q` or `QO` only after a word the
 * document also shows followed by such an `@` or `©` (the same name, read
 * another way), since a digit after a word is usually a number; the same for
 * the other sign when the damage profile shows only one of them.
 */
import type { Line } from '../extract/types.js';

export interface LoneEdit {
  index: number;
  start: number;
  end: number;
  original: string;
  reason: string;
}

const STRONG = new Set(['@', '©']);
const WEAK = new Set(['0', 'Q', 'QO']);
const NAME = /^\p{Lu}\p{Ll}+$/u;

interface Chunk {
  index: number;
  start: number;
  raw: string;
  core: string;
}

export function loneØ(lines: Line[], signs: Set<string>): LoneEdit[] {
  const chunks: Chunk[] = [];
  lines.forEach((l, index) => {
    for (const m of l.text.matchAll(/\S+/g)) chunks.push({ index, start: m.index!, raw: m[0], core: m[0].replace(/[.,;:)]+$/, '') });
  });
  const found: { at: Chunk; after: string }[] = [];
  const names = new Set<string>();
  for (let i = 1; i < chunks.length; i++) {
    const c = chunks[i]!;
    const before = chunks[i - 1]!.raw;
    if (!NAME.test(before)) continue;
    if (STRONG.has(c.core) && signs.has(c.core)) {
      names.add(before);
      found.push({ at: c, after: before });
    } else if (WEAK.has(c.core) || STRONG.has(c.core)) found.push({ at: c, after: before });
  }
  return found
    .filter((f) => (STRONG.has(f.at.core) && signs.has(f.at.core)) || names.has(f.after))
    .map((f) => ({
      index: f.at.index,
      start: f.at.start,
      end: f.at.start + f.at.core.length,
      original: f.at.core,
      reason: STRONG.has(f.at.core) && signs.has(f.at.core)
        ? `a lone ${f.at.core} after a name, where this document reads ø as ${f.at.core}`
        : `a lone ${f.at.core} after "${f.after}", which the document also shows followed by a lone Ø read as a sign`,
    }));
}
