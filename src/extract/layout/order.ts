/**
 * Reading order by recursive cuts (XY-cut): a region is split at a vertical
 * gutter when both sides hold text that reads on its own (columns, side
 * panels), else at horizontal gaps into bands; what cannot be cut is read
 * top to bottom. A gutter between label and value cells of a table is not a
 * column: their rows share baselines, so the cut needs unaligned rows or
 * prose on both sides.
 */
import type { Segment } from './types.js';

export interface Block {
  segments: Segment[];
  /**
   * When the block was cut off beside other text (a column or side panel):
   * the horizontal extent of its side at the innermost such cut.
   */
  side: [number, number] | null;
}

/** Narrowest gutter between columns, in ems of the region's body size. */
const GUTTER_EM = 1.2;
/** Shortest horizontal gap that separates bands, in ems. */
const BAND_GAP_EM = 0.9;

export function readingOrder(segments: Segment[]): Block[] {
  const out: Block[] = [];
  cut(segments, null, out, 0);
  return out;
}

function cut(segs: Segment[], side: [number, number] | null, out: Block[], depth: number): void {
  if (segs.length <= 1 || depth > 40) {
    if (segs.length > 0) out.push({ segments: sortTopDown(segs), side });
    return;
  }
  const em = medianSize(segs);
  const v = verticalCut(segs, em);
  if (v) {
    cut(v[0], extent(v[0]), out, depth + 1);
    cut(v[1], extent(v[1]), out, depth + 1);
    return;
  }
  const bands = horizontalBands(segs, em);
  if (bands.length > 1) {
    for (const b of bands) cut(b, side, out, depth + 1);
    return;
  }
  out.push({ segments: sortTopDown(segs), side });
}

function extent(segs: Segment[]): [number, number] {
  let a = Infinity;
  let z = -Infinity;
  for (const s of segs) {
    a = Math.min(a, s.x0);
    z = Math.max(z, s.x1);
  }
  return [a, z];
}

function sortTopDown(segs: Segment[]): Segment[] {
  return [...segs].sort((a, b) => a.row - b.row || a.x0 - b.x0);
}

function medianSize(segs: Segment[]): number {
  const s = segs.map((x) => x.size).sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The widest empty vertical strip that makes a good column split, if any. */
function verticalCut(segs: Segment[], em: number): [Segment[], Segment[]] | null {
  const byX = [...segs].sort((a, b) => a.x0 - b.x0);
  const gaps: { at: number; to: number }[] = [];
  let reach = byX[0]!.x1;
  for (let i = 1; i < byX.length; i++) {
    const s = byX[i]!;
    if (s.x0 - reach >= GUTTER_EM * em) gaps.push({ at: reach, to: s.x0 });
    reach = Math.max(reach, s.x1);
  }
  gaps.sort((a, b) => b.to - b.at - (a.to - a.at));
  for (const g of gaps) {
    const left = segs.filter((s) => s.x1 <= g.at);
    const right = segs.filter((s) => s.x0 >= g.to);
    if (readsApart(left, right, em)) return [left, right];
  }
  return null;
}

/** Whether two sides of a gutter are separate texts rather than table cells. */
export function readsApart(left: Segment[], right: Segment[], em: number): boolean {
  if (left.length < 2 || right.length < 2) return false;
  // Table cells share baselines exactly; a side panel's lines only now and then.
  const ys = left.map((s) => s.y).sort((a, b) => a - b);
  let shared = 0;
  for (const s of right) if (nearest(ys, s.y) <= Math.max(0.6, 0.06 * s.size)) shared++;
  const aligned = shared / Math.min(left.length, right.length);
  if (aligned < 0.5) return true;
  // Rows line up: columns of prose (long lines on both sides) still read apart.
  return medianChars(left) >= 25 && medianChars(right) >= 25 && em > 0;
}

/** Distance from y to the closest value of a sorted list. */
function nearest(sorted: number[], y: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < y) lo = mid + 1;
    else hi = mid;
  }
  const a = Math.abs(sorted[lo]! - y);
  const b = lo > 0 ? Math.abs(sorted[lo - 1]! - y) : Infinity;
  return Math.min(a, b);
}

function medianChars(segs: Segment[]): number {
  const n = segs.map((s) => s.runs.reduce((k, r) => k + r.str.length, 0)).sort((a, b) => a - b);
  return n[Math.floor(n.length / 2)]!;
}

/** Splits at vertical gaps between rows wider than a paragraph break could be narrow. */
function horizontalBands(segs: Segment[], em: number): Segment[][] {
  const byTop = [...segs].sort((a, b) => b.y - a.y);
  const bands: Segment[][] = [];
  let cur: Segment[] = [];
  let floor = Infinity;
  for (const s of byTop) {
    const top = s.y + s.size * 0.8;
    if (cur.length > 0 && floor - top >= BAND_GAP_EM * em) {
      bands.push(cur);
      cur = [];
    }
    cur.push(s);
    floor = Math.min(floor, s.y - s.size * 0.25);
  }
  if (cur.length > 0) bands.push(cur);
  return bands;
}
