/**
 * The last steps of a PDF's extraction, after its pages are laid out and its
 * fonts judged (see pdf.ts): page furniture taken out (`furniture.ts`),
 * paragraph gaps as blank lines, hyphenation and page-broken words joined
 * (`hyphenation.ts`). Apart from pdf.ts, and from the engines, so that
 * `ingest` runs them in its analysing worker: the extracting worker, the one
 * no other can take work from, does only the engine's reading and the page
 * layout (see store/pool.ts).
 */
import type { Diagnostic } from '../schema.js';
import { glyphCodeDiagnostics } from './damage.js';
import { findFurniture } from './furniture.js';
import { joinHyphenation, joinPageBreaks } from './hyphenation.js';
import { repairLeakedMarkup } from './text.js';
import type { SettledLine, SettledPage } from './layout/types.js';
import type { ExtractedDocument, FurnitureKind, Line } from './types.js';

/**
 * A PDF laid out and judged, not yet finished: its pages, and the diagnostics
 * extraction has so far (what the engine could not read, a fallback to
 * another engine), before those of lines set in glyph codes.
 */
export interface SettledPdf {
  pages: SettledPage[];
  diagnostics: Diagnostic[];
}

/** The document: furniture apart, pages joined, and the glyph-code lines that stay in it as diagnostics. */
export async function finishPdf(pdf: SettledPdf): Promise<ExtractedDocument> {
  const glyphLines: Line[] = [];
  const doc = await finishLayout(pdf.pages, (layout, line) => {
    if (layout.glyphCoded) glyphLines.push(line);
  });
  const kept = new Set(doc.lines);
  const diagnostics = [...pdf.diagnostics, ...glyphCodeDiagnostics(glyphLines.filter((l) => kept.has(l) && l.text !== ''))];
  if (diagnostics.length > 0) doc.diagnostics = diagnostics;
  return doc;
}

/** `onBody` sees each body line with the line it became (before hyphenation joins some of them). */
async function finishLayout(pages: SettledPage[], onBody: (layout: SettledLine, line: Line) => void): Promise<ExtractedDocument> {
  const marks = findFurniture(pages);
  const body: Line[] = [];
  const furniture: Line[] = [];
  pages.forEach((page, p) => {
    const kept: SettledLine[] = [];
    page.lines.forEach((l, i) => {
      const kind = marks[p]![i];
      if (kind) furniture.push({ ...toLine(l, page.page), furniture: kind });
      else kept.push(l);
    });
    appendPage(body, kept, page.page, onBody);
  });
  await joinHyphenation(body);
  await joinPageBreaks(body);
  repairLeakedMarkup(body);
  while (body.length > 0 && body[body.length - 1]!.text === '') body.pop();
  body.forEach((l, i) => (l.line = i + 1));
  furniture.forEach((l, i) => (l.line = i + 1));
  const doc: ExtractedDocument = { format: 'pdf', pages: pages.length, encoding: null, lines: body, furniture };
  const letterhead = letterheadLines(pages, marks);
  if (letterhead.length > 0) doc.letterhead = { lines: letterhead };
  return doc;
}

function toLine(l: SettledLine, page: number): Line {
  return { text: l.text, page, line: 0, x: round(l.x), y: round(l.y), width: round(l.x1 - l.x), fontSize: round(l.size), bold: l.bold };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Adds a page's body lines, with a blank line where the page leaves a
 * paragraph gap or a new block starts. A page break ends the paragraph unless
 * the text runs on (no closing punctuation, next page starts in lower case).
 */
function appendPage(out: Line[], lines: SettledLine[], page: number, onBody: (layout: SettledLine, line: Line) => void): void {
  if (lines.length === 0) return;
  const leading = typicalLeading(lines);
  const prev = out[out.length - 1];
  if (prev && prev.text !== '' && !runsOn(prev.text, lines[0]!.text)) out.push({ text: '', page: prev.page, line: 0 });
  lines.forEach((l, i) => {
    if (i > 0) {
      const a = lines[i - 1]!;
      const pitch = a.y - l.y;
      const gap = a.block !== l.block || pitch > leading * 1.4 * Math.min(a.size, l.size) || pitch < -a.size;
      if (gap) out.push({ text: '', page, line: 0 });
    }
    const line = toLine(l, page);
    onBody(l, line);
    out.push(line);
  });
}

function runsOn(before: string, after: string): boolean {
  return !/[.:!?]$/.test(before) && /^\p{Ll}/u.test(after);
}

/** Median baseline distance per em (of the smaller line) of consecutive lines in the same block. */
function typicalLeading(lines: SettledLine[]): number {
  const r: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    const pitch = a.y - b.y;
    if (a.block === b.block && pitch > 0) r.push(pitch / Math.min(a.size, b.size));
  }
  if (r.length === 0) return 1.2;
  r.sort((x, y) => x - y);
  return Math.max(1, r[Math.floor(r.length / 2)]!);
}

/** Sidebar and header lines of the first page that has each. */
function letterheadLines(pages: SettledPage[], marks: (FurnitureKind | undefined)[][]): Line[] {
  const out: Line[] = [];
  for (const kind of ['header', 'sidebar'] as const) {
    const p = marks.findIndex((m) => m.includes(kind));
    if (p < 0) continue;
    pages[p]!.lines.forEach((l, i) => {
      if (marks[p]![i] === kind) out.push({ ...toLine(l, pages[p]!.page), furniture: kind });
    });
  }
  return out;
}
