/** Shapes shared by the layout steps (all coordinates in PDF points). */
import type { FontTally } from './typography.js';

/** A run of text as an engine reads it (see ../engine.ts, `TextRun`): its transform, advance and font. */
export interface RawItem {
  str: string;
  /** Text transform [a, b, c, d, e, f] in user space: direction, size and baseline origin. */
  transform: number[];
  /** Advance along the text direction. */
  width: number;
  height: number;
  fontName: string;
  /** The font's weight is bold, where the engine knows it (PDFium; pdf.js does not tell). */
  bold?: boolean;
  italic?: boolean;
  /** PDF text render mode (0 fill … 3 invisible, 7 clip), where the engine knows it. */
  renderMode?: number;
}

export interface RawPage {
  page: number;
  /** The page box in user space: [x0, y0, x1, y1]. */
  view: number[];
  items: RawItem[];
}

/**
 * A run of text turned upright: whatever the page rotation, x grows along the
 * text and y is the baseline, growing upwards.
 */
export interface Run {
  str: string;
  x: number;
  y: number;
  /** x + advance. */
  x1: number;
  size: number;
  font: string;
}

/** Runs on one baseline with no wide gap between them. */
export interface Segment {
  runs: Run[];
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** Index of the baseline row the segment belongs to. */
  row: number;
}

/** A line of a page in reading order, before page furniture is taken out. */
export interface LayoutLine {
  text: string;
  x: number;
  x1: number;
  y: number;
  size: number;
  /** Set from `fonts` once the document's fonts are known (see typography.ts). */
  bold: boolean;
  fonts: FontTally;
  /** Reading-order block (column, panel, band) the line belongs to, per page. */
  block: number;
  /** True when the text runs in another direction than the page's body text. */
  rotated: boolean;
}

export interface PageLayout {
  page: number;
  /** Upright page box: [x0, y0, x1, y1]. */
  box: [number, number, number, number];
  lines: LayoutLine[];
  /** Blocks that stand beside other text (side panels, columns): block id → extent of their side. */
  sideBlocks: Map<number, [number, number]>;
}

/**
 * A line once the document's fonts have judged its weight (`bold` is final and
 * the font tally is let go): what furniture, page joins and hyphenation read.
 * `glyphCoded` marks a line set in glyph codes, not letters (see damage.ts).
 */
export type SettledLine = Omit<LayoutLine, 'fonts'> & { glyphCoded?: boolean };

/** A page of settled lines (see `SettledLine`). */
export interface SettledPage {
  page: number;
  box: [number, number, number, number];
  lines: SettledLine[];
  sideBlocks: Map<number, [number, number]>;
}
