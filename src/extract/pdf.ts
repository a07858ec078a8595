/**
 * PDFs to lines in reading order, from an engine's positioned runs (pdf.js or
 * PDFium, see engine.ts): layout per page (see `layout/`), the document's
 * fonts judged and its text layer checked (here), then page furniture taken
 * out, paragraph gaps as blank lines, hyphenation and page-broken words
 * joined (`pdf-finish.ts`). Every line keeps its page.
 */
import { diagnostic, FileFailure } from '../diagnostics.js';
import { GlyphCodeCheck, PdfProblems, setInGlyphCodes } from './damage.js';
import { DEFAULT_ENGINE, engine, type EngineName, type PdfEngine } from './engine.js';
import { layoutPage } from './layout/index.js';
import { FontStats } from './layout/typography.js';
import type { LayoutLine, PageLayout, RawPage, SettledLine } from './layout/types.js';
import { finishPdf, type SettledPdf } from './pdf-finish.js';
import { readPdfPages } from './pdfjs.js';
import type { ExtractedDocument } from './types.js';

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
   * The pages laid out and judged, with `problems` (what the engine could not
   * read) as their diagnostics so far; lines that came out as glyph codes are
   * marked. Too little text is a scan, unless the engine reported damage or
   * the text is glyph codes: then the PDF is damaged. What is left to do
   * (furniture, joins) is `finishPdf`'s, which may run in another thread.
   */
  settle(...reports: PdfProblems[]): SettledPdf {
    const coded = this.glyphs.codedFonts();
    const unreadable = new Set<LayoutLine>();
    if (coded.size > 0) for (const page of this.pages) for (const l of page.lines) if (setInGlyphCodes(l, coded)) unreadable.add(l);
    const damage = [
      unreadable.size > 0 ? 'its text comes out as glyph codes, not letters (a font\'s character map is damaged or missing)' : null,
      ...reports.map((problems) => (problems.count > 0 ? `${problems.engine} could not read its text (${problems.summary()})` : null)),
    ].filter((d) => d !== null);
    if (!this.check.enough()) {
      if (damage.length > 0) throw damagedPdf(damage.join('; '));
      this.check.verify();
    }
    if (unreadable.size > 0 && !enoughReadable(this.pages, unreadable)) throw damagedPdf(damage.join('; '));
    const weights = this.fonts.weights();
    const pages = this.pages.map((page) => ({
      page: page.page,
      box: page.box,
      lines: page.lines.map((l): SettledLine => ({ text: l.text, x: l.x, x1: l.x1, y: l.y, size: l.size, bold: weights.isBold(l.fonts), block: l.block, rotated: l.rotated, glyphCoded: unreadable.has(l) })),
      sideBlocks: page.sideBlocks,
    }));
    return { pages, diagnostics: reports.flatMap((problems) => problems.diagnostics()) };
  }

  /** The document, with `reports` and the lines that came out as glyph codes as its diagnostics (see `settle`). */
  async finish(...reports: PdfProblems[]): Promise<ExtractedDocument> {
    return finishPdf(this.settle(...reports));
  }

  /** Whether the pages so far hold enough letters and digits to be a text layer. */
  hasTextLayer(): boolean {
    return this.check.enough();
  }

  /**
   * The pages an engine that says nothing of what it could not read leaves in
   * doubt: pages without a line of text (blank, scanned, or not read at all)
   * and pages with lines in glyph codes (a damaged font, and perhaps more).
   */
  doubtfulPages(): Set<number> {
    const coded = this.glyphs.codedFonts();
    const out = new Set<number>();
    for (const page of this.pages) {
      if (page.lines.length === 0 || (coded.size > 0 && page.lines.some((l) => setInGlyphCodes(l, coded)))) out.add(page.page);
    }
    return out;
  }

  /** Whether a page (1-based) was laid out without a line of text. */
  blank(page: number): boolean {
    return this.pages.find((p) => p.page === page)?.lines.length === 0;
  }
}

/** A PDF laid out and judged with one engine, no fallback. */
export async function settlePdfWith(engine: PdfEngine, bytes: Uint8Array): Promise<SettledPdf> {
  const layout = new PdfLayout();
  const problems = await engine.readPages(bytes, (raw, n) => layout.addPage(raw, n));
  return layout.settle(problems);
}

/** A PDF's lines with one engine, no fallback. */
export async function extractPdfWith(engine: PdfEngine, bytes: Uint8Array): Promise<ExtractedDocument> {
  return finishPdf(await settlePdfWith(engine, bytes));
}

/** Letters and digits on a page, as read. */
function lettersOn(page: RawPage): number {
  let n = 0;
  for (const it of page.items) for (const ch of it.str) if (LETTER_OR_DIGIT.test(ch)) n++;
  return n;
}

/**
 * A PDF laid out and judged, read with the engine named (PDFium unless
 * told). A file PDFium refuses or finds (almost) no text in is read again
 * with pdf.js, the reference: if pdf.js reads it, its document comes back
 * with a diagnostic that says so; if not, pdf.js's verdict (damaged, scan) is
 * the file's, as it was before PDFium. An encrypted file is not read again.
 *
 * PDFium says nothing of what it could not read, where pdf.js warns. So the
 * pages PDFium's reading leaves in doubt (no text at all, or text in glyph
 * codes: see `doubtfulPages`) are read by pdf.js too, those pages only: what
 * pdf.js could not read there becomes the document's diagnostics, as it would
 * with pdf.js alone; and a page where pdf.js finds text and PDFium found none
 * means PDFium missed it, so the whole file is read with pdf.js, with a
 * diagnostic that says so. Blank and scanned pages, the usual doubtful ones,
 * cost pdf.js's opening of the file and nothing else.
 * Every verdict on the file is given here; `finishPdf` gives none.
 */
export async function settlePdf(bytes: Uint8Array, engineName: EngineName = DEFAULT_ENGINE): Promise<SettledPdf> {
  const first = await engine(engineName);
  if (first.name === 'pdfjs') return settlePdfWith(first, bytes);
  let why: string;
  try {
    const layout = new PdfLayout();
    const problems = await first.readPages(bytes, (raw, n) => layout.addPage(raw, n));
    const doubtful = layout.hasTextLayer() ? layout.doubtfulPages() : new Set<number>();
    if (doubtful.size === 0) return layout.settle(problems);
    const found = new Map<number, number>();
    let opinion: PdfProblems;
    try {
      opinion = await readPdfPages(bytes, (raw) => found.set(raw.page, lettersOn(raw)), doubtful);
    } catch (err) {
      // pdf.js cannot open what PDFium read: PDFium's reading stands.
      if (err instanceof FileFailure) return layout.settle(problems);
      throw err;
    }
    const missed = [...doubtful].filter((p) => layout.blank(p) && (found.get(p) ?? 0) >= MIN_CHARS_PER_PAGE);
    if (missed.length === 0) return layout.settle(problems, opinion);
    why = `${first.label} found no text on page${missed.length === 1 ? '' : 's'} ${missed.join(', ')}, where pdf.js does`;
  } catch (err) {
    if (!(err instanceof FileFailure) || err.code === 'encrypted-pdf') throw err;
    why = `${first.label} could not read this PDF (${err.code}: ${err.message})`;
  }
  const pdf = await settlePdfWith(await engine('pdfjs'), bytes);
  pdf.diagnostics = [diagnostic('info', 'pdf-engine-fallback', `${why}; it was read with pdf.js instead`), ...pdf.diagnostics];
  return pdf;
}

/** A PDF's lines, read with the engine named, with pdf.js to fall back on (see `settlePdf`). */
export async function extractPdf(bytes: Uint8Array, engineName: EngineName = DEFAULT_ENGINE): Promise<ExtractedDocument> {
  return finishPdf(await settlePdf(bytes, engineName));
}

/** The text items of all pages (read beforehand) to lines in reading order, furniture apart. */
export async function layoutPdf(raw: RawPage[]): Promise<ExtractedDocument> {
  const layout = new PdfLayout();
  for (const p of raw) layout.addPage(p, raw.length);
  return layout.finish();
}
