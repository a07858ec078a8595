/**
 * pdf.js items to upright runs. Pages may be rotated (`/Rotate`) or carry
 * text drawn at 90°, 180° or 270° (landscape tables on portrait pages): each
 * item is turned by its own direction so that every run reads left to right.
 */
import type { RawItem, RawPage, Run } from './types.js';

/** Text direction of an item in quarter turns (0, 1, 2, 3 = 0°, 90°, 180°, 270°). */
export function quarterTurns(t: number[]): number {
  const angle = Math.atan2(t[1]!, t[0]!);
  return ((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4;
}

/** Rotates a user-space point by -quarter turns, so text in that direction becomes horizontal. */
export function turn(x: number, y: number, q: number): [number, number] {
  switch (q) {
    case 1:
      return [y, -x];
    case 2:
      return [-x, -y];
    case 3:
      return [-y, x];
    default:
      return [x, y];
  }
}

/** The page box turned by q quarter turns, normalised to [x0, y0, x1, y1]. */
export function turnBox(view: number[], q: number): [number, number, number, number] {
  const [ax, ay] = turn(view[0]!, view[1]!, q);
  const [bx, by] = turn(view[2]!, view[3]!, q);
  return [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)];
}

export function toRun(item: RawItem, q: number): Run {
  const t = item.transform;
  const [x, y] = turn(t[4]!, t[5]!, q);
  const size = Math.hypot(t[2]!, t[3]!) || item.height || 10;
  return { str: item.str, x, y, x1: x + Math.max(0, item.width), size, font: item.fontName };
}

/** The direction most characters of a page run in. */
export function dominantTurns(page: RawPage): number {
  const chars = [0, 0, 0, 0];
  for (const it of page.items) chars[quarterTurns(it.transform)]! += it.str.length;
  let best = 0;
  for (let q = 1; q < 4; q++) if (chars[q]! > chars[best]!) best = q;
  return best;
}

/**
 * Splits a page's items by direction: the body direction first, then the
 * others (vertical margin labels and the like), each turned upright.
 * Whitespace-only items are dropped; spacing is rebuilt from positions.
 */
export function pageRuns(page: RawPage): { q: number; runs: Run[] }[] {
  const main = dominantTurns(page);
  const groups = new Map<number, Run[]>();
  for (const it of page.items) {
    if (it.str.trim() === '') continue;
    const q = quarterTurns(it.transform);
    let g = groups.get(q);
    if (!g) groups.set(q, (g = []));
    g.push(toRun(it, q));
  }
  const order = [...groups.keys()].sort((a, b) => (a === main ? -1 : b === main ? 1 : a - b));
  return order.map((q) => ({ q, runs: groups.get(q)! }));
}
