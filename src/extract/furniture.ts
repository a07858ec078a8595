/**
 * Page furniture: what a page repeats around its content rather than says.
 *
 * - running headers and footers: a line in the top or bottom band of the page
 *   that recurs, digits aside, at the same height on many pages;
 * - page numbers in their Danish and plain forms (`Side 3 af 12`, `Side 2/6`,
 *   `- 3 -`, `3`), at the top or bottom of a page;
 * - sidebars and letterheads: a block beside the body whose lines recur at the
 *   same place on several pages.
 *
 * Nothing here knows any document's wording: only repetition and place.
 */
import type { FurnitureKind } from './types.js';
import type { SettledLine, SettledPage } from './layout/types.js';

/** Share of the page height counted as the top or bottom band. */
const BAND = 0.12;
/** A line must recur on at least this share of pages (and on two) to be furniture. */
const RECURRENCE = 0.3;

const PAGE_NUMBER = [
  /^(side|page|s\.|pag\.?)\s*\d+\s*((af|\/|of|ud af)\s*\d+)?$/i,
  /^[-–—]\s*\d+\s*[-–—]$/,
  /^\d+\s*(\/|af|of)\s*\d+$/i,
  /^\d{1,4}$/,
  /^\(\s*\d+\s*\)$/,
];

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER.some((re) => re.test(t));
}

/** Text with digits folded, so `Side 2 af 6` and `Side 3 af 6` are the same line. */
export function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Marks furniture: result[page index][line index] is the kind, or undefined for body text. */
export function findFurniture(pages: SettledPage[]): (FurnitureKind | undefined)[][] {
  const marks: (FurnitureKind | undefined)[][] = pages.map((p) => new Array(p.lines.length));
  const need = Math.max(2, Math.ceil(RECURRENCE * pages.length));
  markSidebars(pages, marks, need);
  markBands(pages, marks, need);
  return marks;
}

type Band = 'top' | 'bottom';

/** Whether a line sits in the page's top or bottom band (or is the page's first or last line). */
function bandOf(page: SettledPage, line: SettledLine, outer: Band | null): Band | null {
  const [, y0, , y1] = page.box;
  const h = y1 - y0;
  if (line.y >= y1 - BAND * h) return 'top';
  if (line.y <= y0 + BAND * h) return 'bottom';
  return outer;
}

/**
 * The key a band line recurs under: its text, with digits folded only where
 * the line carries a page number (`Referat 26.01.2023 · Side 2 af 6`); other
 * numbers (case numbers, dates) must match exactly.
 */
export function bandKey(text: string): string {
  return /\b(side|page|s\.)\s*\d+/i.test(text) ? furnitureKey(text) : text.replace(/\s+/g, ' ').trim();
}

/** How far, in font sizes, a footer's or header's number stands from the text: further than the text's own line spacing. */
const SET_APART = 1.8;

/** A number alone on its line (`7`): a page's number, or a list's number, page or count that the page's break left in its band. */
const BARE_NUMBER = /^\d{1,4}$/;

/**
 * The band lines of each page that are a bare number and may be the page's number: the outermost bare number of each band.
 * It is the page's number when it is the page's outermost line (or level with it) and set apart from the text by more than
 * its line spacing or level with another line (a header's row), or when another page's outermost bare number of the same
 * band stands at the same distance from its page's place in the document (`4` on the fourth page, `5` on the fifth; `12`,
 * `13` in an extract). A contents list's numbers that a page break left in the band (`17` / `10` / `Budget` at the foot of a
 * page) are neither.
 */
function barePageNumbers(pages: SettledPage[], outer: { top: number; bottom: number }[]): Set<string> {
  const found = new Set<string>();
  const cands: { p: number; i: number; band: Band; offset: number; outermost: boolean }[] = [];
  pages.forEach((page, p) => {
    for (const band of ['top', 'bottom'] as const) {
      let best = -1;
      page.lines.forEach((l, i) => {
        if (l.rotated || !BARE_NUMBER.test(l.text.trim()) || bandOf(page, l, null) !== band) return;
        if (best < 0 || (band === 'top' ? l.y > page.lines[best]!.y : l.y < page.lines[best]!.y)) best = i;
      });
      if (best < 0) continue;
      const edge = band === 'top' ? outer[p]!.top : outer[p]!.bottom;
      const line = page.lines[best]!;
      const level = (l: SettledLine) => Math.abs(l.y - line.y) <= Math.max(2, line.size * 0.5);
      // (Set apart from the text by more than a line's spacing, as a footer is; or level with another line, a header's row.)
      const inward = page.lines.filter((l, k) => k !== best && !l.rotated && !level(l) && (band === 'top' ? l.y < line.y : l.y > line.y));
      const gap = inward.length === 0 ? Infinity : Math.min(...inward.map((l) => Math.abs(l.y - line.y)));
      const beside = page.lines.some((l, k) => k !== best && !l.rotated && level(l));
      const outermost = (edge === best || (edge >= 0 && level(page.lines[edge]!))) && (gap > line.size * SET_APART || beside);
      cands.push({ p, i: best, band, offset: Number(line.text.trim()) - (p + 1), outermost });
    }
  });
  for (const c of cands) {
    if (c.outermost || cands.some((d) => d.p !== c.p && d.band === c.band && d.offset === c.offset)) found.add(`${c.p}:${c.i}`);
  }
  return found;
}

function markBands(pages: SettledPage[], marks: (FurnitureKind | undefined)[][], need: number): void {
  const byKey = new Map<string, { p: number; i: number; y: number; size: number; band: Band }[]>();
  const outer = pages.map((page) => {
    let top = -1;
    let bottom = -1;
    page.lines.forEach((l, i) => {
      if (l.rotated) return;
      if (top < 0 || l.y > page.lines[top]!.y) top = i;
      if (bottom < 0 || l.y < page.lines[bottom]!.y) bottom = i;
    });
    return { top, bottom };
  });
  const bare = barePageNumbers(pages, outer);
  pages.forEach((page, p) => {
    const { top, bottom } = outer[p]!;
    page.lines.forEach((line, i) => {
      if (line.rotated) return;
      const band = bandOf(page, line, i === top ? 'top' : i === bottom ? 'bottom' : null);
      if (!band) return;
      if (BARE_NUMBER.test(line.text.trim()) ? bare.has(`${p}:${i}`) : isPageNumber(line.text)) {
        marks[p]![i] = 'page-number';
        return;
      }
      const key = bandKey(line.text);
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push({ p, i, y: line.y, size: line.size, band });
    });
  });
  for (const list of byKey.values()) {
    if (list.length < need) continue;
    for (const a of list) {
      const pagesAt = new Set<number>();
      for (const b of list) if (Math.abs(a.y - b.y) <= Math.max(4, a.size)) pagesAt.add(b.p);
      if (pagesAt.size >= need) marks[a.p]![a.i] ??= a.band === 'top' ? 'header' : 'footer';
    }
  }
}

function markSidebars(pages: SettledPage[], marks: (FurnitureKind | undefined)[][], need: number): void {
  // Lines of margin blocks (and text set in another direction), grouped by folded text.
  const margins = pages.map(marginBlocks);
  const inMargin = (p: number, line: SettledLine) => line.rotated || margins[p]!.has(line.block);
  const byKey = new Map<string, { p: number; i: number; x: number; size: number }[]>();
  pages.forEach((page, p) => {
    page.lines.forEach((line, i) => {
      if (!inMargin(p, line)) return;
      const key = furnitureKey(line.text);
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push({ p, i, x: line.x, size: line.size });
    });
  });
  const recurring = new Set<string>();
  for (const list of byKey.values()) {
    for (const a of list) {
      const pagesAt = new Set<number>();
      for (const b of list) if (Math.abs(a.x - b.x) <= Math.max(6, a.size)) pagesAt.add(b.p);
      if (pagesAt.size >= need) recurring.add(`${a.p}:${a.i}`);
    }
  }
  // A block is a sidebar when most of its lines recur; then all of it is.
  pages.forEach((page, p) => {
    const blocks = new Map<number, { all: number; hits: number; lines: number[] }>();
    page.lines.forEach((line, i) => {
      if (!inMargin(p, line)) return;
      let b = blocks.get(line.block);
      if (!b) blocks.set(line.block, (b = { all: 0, hits: 0, lines: [] }));
      b.all++;
      b.lines.push(i);
      if (recurring.has(`${p}:${i}`)) b.hits++;
    });
    for (const b of blocks.values()) {
      if (b.hits * 2 < b.all || b.hits === 0) continue;
      for (const i of b.lines) marks[p]![i] ??= 'sidebar';
    }
  });
}

/** Share of the page width a margin block may take, and must keep to on its side. */
const MARGIN = 0.36;

/** Blocks cut off beside the body whose side keeps to the page's left or right margin zone. */
export function marginBlocks(page: SettledPage): Set<number> {
  const [x0, , x1] = page.box;
  const w = x1 - x0;
  const out = new Set<number>();
  for (const [b, [a, z]] of page.sideBlocks) {
    if (z - a > MARGIN * w) continue;
    if (z <= x0 + MARGIN * w || a >= x1 - MARGIN * w) out.add(b);
  }
  return out;
}
