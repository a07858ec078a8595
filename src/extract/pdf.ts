/**
 * PDFs to lines in reading order, from an engine's positioned runs (pdf.js or
 * PDFium, see engine.ts): layout per page (see
 * `layout/`), page furniture taken out (`furniture.ts`), paragraph gaps as
 * blank lines, hyphenation and page-broken words joined (`hyphenation.ts`).
 * Every line keeps its page.
 */
import { diagnostic, FileFailure } from '../diagnostics.js';
import { GlyphCodeCheck, glyphCodeDiagnostics, PdfProblems, setInGlyphCodes } from './damage.js';
import { DEFAULT_ENGINE, engine, type EngineName, type PdfEngine } from './engine.js';
import { findFurniture } from './furniture.js';
import { joinHyphenation, joinPageBreaks } from './hyphenation.js';
import { layoutPage } from './layout/index.js';
import { FontStats } from './layout/typography.js';
import type { LayoutLine, PageLayout, RawPage } from './layout/types.js';
import type { ExtractedDocument, FurnitureKind, Line } from './types.js';

/** Fewer letters or digits than this per page, on average, is a scan without a real text layer. */
const MIN_CHARS_PER_PAGE = 25;

export { loadPdfJs, PDFJS_TEXT_OPTIONS, readPdfPages } from './pdfjs.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Counts letters and digits, page by page, to tell a real text layer from a
 * scan's; counting stops once there are enough (the exact count is only told
 * when there are too few).
 */
export class TextLayerCheck {
  private chars = 0;
  private pages = 0;

  add(page: RawPage, pageCount: number): void {
    this.pages++;
    const enough = MIN_CHARS_PER_PAGE * pageCount;
    if (this.chars >= enough) return;
    for (const it of page.items) {
      for (const ch of it.str) if (LETTER_OR_DIGIT.test(ch)) this.chars++;
      if (this.chars >= enough) return;
    }
  }

  /** Whether the pages hold enough letters and digits to be a text layer. */
  enough(): boolean {
    return this.pages > 0 && this.chars >= MIN_CHARS_PER_PAGE * this.pages;
  }

  /** Throws `no-text-layer` for image-only PDFs, also when a scan carries a few stray characters. */
  verify(): void {
    const n = this.pages;
    const chars = this.chars;
    if (!this.enough()) {
      const what = chars === 0 ? 'no text layer' : `almost no text layer (${chars} character${chars === 1 ? '' : 's'})`;
      throw new FileFailure(
        'no-text-layer',
        `is a PDF with ${what}: ${n} page${n === 1 ? '' : 's'} of images, a scan`,
        'run OCR first: `ocrmypdf -l dan in.pdf out.pdf`',
      );
    }
  }
}

/** A PDF whose text cannot be read for damage, not for being a scan. */
function damagedPdf(reason: string): FileFailure {
  return new FileFailure(
    'corrupt-pdf',
    `is a damaged PDF, not a scan: ${reason}`,
    'if a viewer shows its pages, OCR them: `ocrmypdf -l dan --force-ocr in.pdf out.pdf`',
  );
}

/** Whether the lines not set in glyph codes hold enough letters and digits for the document's pages. */
function enoughReadable(pages: PageLayout[], unreadable: Set<LayoutLine>): boolean {
  const needed = MIN_CHARS_PER_PAGE * pages.length;
  let chars = 0;
  for (const page of pages) {
    for (const l of page.lines) {
      if (unreadable.has(l)) continue;
      for (const ch of l.text) if (LETTER_OR_DIGIT.test(ch)) chars++;
      if (chars >= needed) return true;
    }
  }
  return false;
}

/** Throws `no-text-layer` for image-only PDFs (all pages at hand). */
export function checkTextLayer(pages: RawPage[]): void {
  const check = new TextLayerCheck();
  for (const p of pages) check.add(p, pages.length);
  check.verify();
}

/**
 * Lays out a PDF's pages as they are read: each page's text items become
 * lines at once and are let go (a 1,000-page PDF never holds all its items),
 * while the fonts are tallied; bold is judged once the whole document's fonts
 * are known, then furniture, page joins and hyphenation (`finish`).
 */
export class PdfLayout {
  private readonly fonts = new FontStats();
  private readonly check = new TextLayerCheck();
  private readonly glyphs = new GlyphCodeCheck();
  private readonly pages: PageLayout[] = [];

  addPage(raw: RawPage, pageCount: number): void {
    this.check.add(raw, pageCount);
    this.fonts.add(raw);
    this.glyphs.add(raw);
    this.pages.push(layoutPage(raw));
  }

  /**
   * The document, with `problems` (what pdf.js could not read) and the lines
   * that came out as glyph codes as its diagnostics. Too little text is a
   * scan, unless pdf.js reported damage or the text is glyph codes: then the
   * PDF is damaged.
   */
  async finish(problems: PdfProblems = new PdfProblems()): Promise<ExtractedDocument> {
    const coded = this.glyphs.codedFonts();
    const unreadable = new Set<LayoutLine>();
    if (coded.size > 0) for (const page of this.pages) for (const l of page.lines) if (setInGlyphCodes(l, coded)) unreadable.add(l);
    const damage = [
      unreadable.size > 0 ? 'its text comes out as glyph codes, not letters (a font\'s character map is damaged or missing)' : null,
      problems.count > 0 ? `${problems.engine} could not read its text (${problems.summary()})` : null,
    ].filter((d) => d !== null);
    if (!this.check.enough()) {
      if (damage.length > 0) throw damagedPdf(damage.join('; '));
      this.check.verify();
    }
    if (unreadable.size > 0 && !enoughReadable(this.pages, unreadable)) throw damagedPdf(damage.join('; '));
    const weights = this.fonts.weights();
    for (const page of this.pages) for (const l of page.lines) l.bold = weights.isBold(l.fonts);
    const glyphLines: Line[] = [];
    const doc = await finishLayout(this.pages, (layout, line) => {
      if (unreadable.has(layout)) glyphLines.push(line);
    });
    const kept = new Set(doc.lines);
    const diagnostics = [...problems.diagnostics(), ...glyphCodeDiagnostics(glyphLines.filter((l) => kept.has(l) && l.text !== ''))];
    if (diagnostics.length > 0) doc.diagnostics = diagnostics;
    return doc;
  }
}

/** A PDF's lines with one engine, no fallback. */
export async function extractPdfWith(engine: PdfEngine, bytes: Uint8Array): Promise<ExtractedDocument> {
  const layout = new PdfLayout();
  const problems = await engine.readPages(bytes, (raw, n) => layout.addPage(raw, n));
  return layout.finish(problems);
}

/**
 * A PDF's lines, read with the engine named (pdf.js unless told). A file
 * PDFium refuses or finds (almost) no text in is read again with pdf.js, the
 * reference: if pdf.js reads it, its document comes back with a diagnostic
 * that says so; if not, pdf.js's verdict (damaged, scan) is the file's, as it
 * was before PDFium. An encrypted file is not read again.
 */
export async function extractPdf(bytes: Uint8Array, engineName: EngineName = DEFAULT_ENGINE): Promise<ExtractedDocument> {
  const first = await engine(engineName);
  if (first.name === 'pdfjs') return extractPdfWith(first, bytes);
  let refused: FileFailure;
  try {
    return await extractPdfWith(first, bytes);
  } catch (err) {
    if (!(err instanceof FileFailure) || err.code === 'encrypted-pdf') throw err;
    refused = err;
  }
  const doc = await extractPdfWith(await engine('pdfjs'), bytes);
  const note = diagnostic(
    'info',
    'pdf-engine-fallback',
    `${first.label} could not read this PDF (${refused.code}: ${refused.message}); it was read with pdf.js instead`,
  );
  doc.diagnostics = [note, ...(doc.diagnostics ?? [])];
  return doc;
}

/** The text items of all pages (read beforehand) to lines in reading order, furniture apart. */
export async function layoutPdf(raw: RawPage[]): Promise<ExtractedDocument> {
  const layout = new PdfLayout();
  for (const p of raw) layout.addPage(p, raw.length);
  return layout.finish();
}

/** `onBody` sees each body line with the line it became (before hyphenation joins some of them). */
async function finishLayout(pages: PageLayout[], onBody: (layout: LayoutLine, line: Line) => void = () => undefined): Promise<ExtractedDocument> {
  const marks = findFurniture(pages);
  const body: Line[] = [];
  const furniture: Line[] = [];
  pages.forEach((page, p) => {
    const kept: LayoutLine[] = [];
    page.lines.forEach((l, i) => {
      const kind = marks[p]![i];
      if (kind) furniture.push({ ...toLine(l, page.page), furniture: kind });
      else kept.push(l);
    });
    appendPage(body, kept, page.page, onBody);
  });
  await joinHyphenation(body);
  await joinPageBreaks(body);
  while (body.length > 0 && body[body.length - 1]!.text === '') body.pop();
  body.forEach((l, i) => (l.line = i + 1));
  furniture.forEach((l, i) => (l.line = i + 1));
  const doc: ExtractedDocument = { format: 'pdf', pages: pages.length, encoding: null, lines: body, furniture };
  const letterhead = letterheadLines(pages, marks);
  if (letterhead.length > 0) doc.letterhead = { lines: letterhead };
  return doc;
}

function toLine(l: LayoutLine, page: number): Line {
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
function appendPage(out: Line[], lines: LayoutLine[], page: number, onBody: (layout: LayoutLine, line: Line) => void): void {
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
function typicalLeading(lines: LayoutLine[]): number {
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
function letterheadLines(pages: PageLayout[], marks: (FurnitureKind | undefined)[][]): Line[] {
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
