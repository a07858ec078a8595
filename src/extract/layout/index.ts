/**
 * A page's text items to lines in reading order: runs turned upright, rows by
 * baseline, segments cut at wide gaps, blocks by reading order, lines joined.
 */
import { buildSegments, joinRuns } from './rows.js';
import { readingOrder } from './order.js';
import { pageRuns, turnBox } from './runs.js';
import { tallyRuns, type FontWeights } from './typography.js';
import type { LayoutLine, PageLayout, RawPage, Run, Segment } from './types.js';

export type { LayoutLine, PageLayout, RawItem, RawPage } from './types.js';

/** `weights` judges bold at once; without it lines keep their font tally for a later judgement. */
export function layoutPage(page: RawPage, weights?: FontWeights): PageLayout {
  const groups = pageRuns(page);
  const lines: LayoutLine[] = [];
  const sideBlocks = new Map<number, [number, number]>();
  let block = 0;
  const mainTurns = groups[0]?.q ?? 0;
  for (const { q, runs } of groups) {
    for (const b of readingOrder(buildSegments(runs))) {
      if (b.side) sideBlocks.set(block, b.side);
      for (const line of blockLines(b.segments, block, weights)) {
        line.rotated = q !== mainTurns;
        lines.push(line);
      }
      block++;
    }
  }
  return { page: page.page, box: turnBox(page.view, mainTurns), lines, sideBlocks };
}

/** Segments of one block (already top-down, left-right) to lines: one per row. */
function blockLines(segs: Segment[], block: number, weights: FontWeights | undefined): LayoutLine[] {
  const out: LayoutLine[] = [];
  let i = 0;
  while (i < segs.length) {
    const row = segs[i]!.row;
    const runs: Run[] = [];
    let x1 = -Infinity;
    let size = 0;
    let y = 0;
    let n = 0;
    const start = i;
    for (; i < segs.length && segs[i]!.row === row; i++) {
      const s = segs[i]!;
      // Segments of a row are apart by a wide gap (a label and its value, table cells): a tab marks it.
      if (runs.length > 0) runs.push({ str: '\t', x: s.x0, y: s.y, x1: s.x0, size: s.size, font: '' });
      for (const r of s.runs) runs.push(r);
      x1 = Math.max(x1, s.x1);
      size = Math.max(size, s.size);
      y += s.y;
      n++;
    }
    const text = joinRuns(runs);
    if (text === '') continue;
    const fonts = tallyRuns(runs);
    out.push({ text, x: segs[start]!.x0, x1, y: y / n, size, bold: weights?.isBold(fonts) ?? false, fonts, block, rotated: false });
  }
  return out;
}
