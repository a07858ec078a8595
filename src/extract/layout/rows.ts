/**
 * Runs to baseline rows and rows to segments. A row is every run whose
 * baseline lies within a fraction of the font size of the row's first run
 * (one sort and one sweep: O(n log n)). A row is cut into segments where the
 * horizontal gap is wider than a column gutter could be narrow, so that side
 * panels and columns sharing a baseline with the body stay apart.
 */
import type { Run, Segment } from './types.js';

/** Baseline tolerance, as a fraction of the smaller font size. */
const BASELINE_TOLERANCE = 0.45;
/** A gap wider than this many ems between runs on a row starts a new segment. */
export const SEGMENT_GAP_EM = 1.5;
/** A gap wider than this many ems between two runs is a space. */
export const SPACE_GAP_EM = 0.12;

export function buildSegments(runs: Run[]): Segment[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const segments: Segment[] = [];
  let row: Run[] = [];
  let rowIndex = 0;
  let anchorY = 0;
  let anchorSize = 0;
  const flush = () => {
    if (row.length > 0) for (const s of splitRow(row, rowIndex++)) segments.push(s);
    row = [];
  };
  for (const r of sorted) {
    if (row.length > 0 && Math.abs(anchorY - r.y) > BASELINE_TOLERANCE * Math.min(anchorSize, r.size)) flush();
    if (row.length === 0) {
      anchorY = r.y;
      anchorSize = r.size;
    }
    row.push(r);
  }
  flush();
  return segments;
}

function splitRow(row: Run[], rowIndex: number): Segment[] {
  row.sort((a, b) => a.x - b.x);
  const out: Segment[] = [];
  let cur: Run[] = [];
  let end = -Infinity;
  for (const r of row) {
    if (cur.length > 0 && r.x - end > SEGMENT_GAP_EM * Math.max(r.size, cur[cur.length - 1]!.size)) {
      out.push(segment(cur, rowIndex));
      cur = [];
      end = -Infinity;
    }
    cur.push(r);
    end = Math.max(end, r.x1);
  }
  if (cur.length > 0) out.push(segment(cur, rowIndex));
  return out;
}

function segment(runs: Run[], row: number): Segment {
  let x1 = -Infinity;
  let size = 0;
  let ySum = 0;
  let weight = 0;
  for (const r of runs) {
    x1 = Math.max(x1, r.x1);
    size = Math.max(size, r.size);
    const w = r.str.length;
    ySum += r.y * w;
    weight += w;
  }
  return { runs, x0: runs[0]!.x, x1, y: ySum / weight, size, row };
}

/**
 * Joins runs that follow each other on a baseline into text. pdf.js splits
 * words where a font kerns (`T` + `eknik`), and OCR layers give a word per run:
 * a space goes in only where the page shows a gap.
 */
export function joinRuns(runs: Run[]): string {
  // Parts joined once at the end, and the last character tracked, not looked
  // up in the growing text: a row of 100,000 runs stays linear.
  const parts: string[] = [];
  let empty = true;
  let spaceAtEnd = false;
  let end = -Infinity;
  for (const r of runs) {
    if (r.str === '') {
      end = Math.max(end, r.x1);
      continue;
    }
    if (!empty && !spaceAtEnd && !isSpace(r.str.charCodeAt(0)) && r.x - end > SPACE_GAP_EM * r.size) parts.push(' ');
    parts.push(r.str);
    empty = false;
    spaceAtEnd = isSpace(r.str.charCodeAt(r.str.length - 1));
    end = Math.max(end, r.x1);
  }
  const text = parts.join('');
  // Most rows hold no white space but single spaces: nothing to squeeze.
  if (!OTHER_SPACE.test(text)) return text.trim();
  // A tab (a wide gap between segments, see blockLines) survives; other white space becomes one space.
  return text.replace(/\s*\t\s*/g, '\t').replace(/[^\S\t]+/g, ' ').trim();
}

/** White space other than a single space: a tab, another space character, two spaces. */
const OTHER_SPACE = /[^\S ]| {2}/;

/** Whether a UTF-16 code unit is white space as `\s` has it (ECMAScript's WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
