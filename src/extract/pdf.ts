/**
 * PDFs to lines in reading order through pdf.js: layout per page (see
 * `layout/`), page furniture taken out (`furniture.ts`), paragraph gaps as
 * blank lines, hyphenation and page-broken words joined (`hyphenation.ts`).
 * Every line keeps its page.
 */
import { FileFailure } from '../diagnostics.js';
import { GlyphCodeCheck, glyphCodeDiagnostics, PdfProblems, setInGlyphCodes } from './damage.js';
import { findFurniture } from './furniture.js';
import { joinHyphenation, joinPageBreaks } from './hyphenation.js';
import { layoutPage } from './layout/index.js';
import { FontStats } from './layout/typography.js';
import type { LayoutLine, PageLayout, RawItem, RawPage } from './layout/types.js';
import type { ExtractedDocument, FurnitureKind, Line } from './types.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | null = null;

/**
 * Loads pdf.js once, set up for text extraction in Node. (The benchmark's
 * pdf.js baseline loads pdf.js through this function too, so the floor it
 * measures is pdf.js as `minutes` runs it; `bench-pdfjs.js --stock` measures it
 * as shipped.)
 *
 * - Its legacy build (the one for Node) installs core-js polyfills over
 *   built-ins the engine already has: `Array.prototype.push` and `JSON.parse`
 *   become JavaScript versions for the whole process, and push alone cost 8% of
 *   a batch's time in every stage. They are put back once pdf.js is loaded;
 *   pdf.js relies on neither.
 * - Where the global `DecompressionStream` exists, pdf.js inflates every
 *   content stream and font through it: a web stream per object and a round
 *   trip to libuv's thread pool, with this thread idle meanwhile (an eighth of
 *   its time on a typical archive). Without it pdf.js inflates in place with its
 *   own decoder, the path it takes in every environment lacking the API; this
 *   made text extraction 13-15% faster on the benchmark archive. The global is
 *   hidden in the processes and workers that load pdf.js (ours); nothing else
 *   in `minutes` uses it.
 * - pdf.js reports what it could not read as warnings on `console.warn`;
 *   while a document is read (`readPdfPages`) they are its problems (see
 *   damage.ts), and otherwise passed on as they are.
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    if (typeof globalThis.DecompressionStream !== 'undefined') {
      Object.defineProperty(globalThis, 'DecompressionStream', { value: undefined, writable: true, enumerable: false, configurable: true });
    }
    const push = Array.prototype.push;
    const parse = JSON.parse;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // The worker half, loaded here rather than on the first document, so that
    // its own copy of the polyfills is undone too (it sets globalThis.pdfjsWorker,
    // which pdf.js then uses in this thread).
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    if (Array.prototype.push !== push) Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, enumerable: false, configurable: true });
    if (JSON.parse !== parse) Object.defineProperty(JSON, 'parse', { value: parse, writable: true, enumerable: false, configurable: true });
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      const [first] = args;
      if (warningSink && typeof first === 'string' && first.startsWith('Warning: ')) warningSink(first.slice('Warning: '.length));
      else warn.apply(console, args);
    };
    return pdfjs;
  })();
  return pdfjsPromise;
}

/** Where pdf.js's warnings go while a document is read in this thread (one at a time; see pool.ts). */
let warningSink: ((message: string) => void) | null = null;

/** Fewer letters or digits than this per page, on average, is a scan without a real text layer. */
const MIN_CHARS_PER_PAGE = 25;

/**
 * pdf.js options for text only: no font faces, no eval'd glyph code, no XFA
 * forms, no system fonts, no canvas or image decoding, no warnings on the
 * console. (The benchmark's pdf.js baseline uses the same options;
 * `readPdfPages` turns the warnings on to record them.)
 */
export const PDFJS_TEXT_OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  fontExtraProperties: false,
  enableXfa: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  stopAtErrors: false,
  verbosity: 0,
} as const;

/**
 * Opens a PDF and reads the text items of every page, handing each page to
 * `onPage` as it is read (it is not kept). What pdf.js could not read (its
 * warnings, and pages it could not open, which are handed on empty) comes back
 * as the document's problems.
 */
export async function readPdfPages(bytes: Uint8Array, onPage: (page: RawPage, pageCount: number) => void): Promise<PdfProblems> {
  const pdfjs = await loadPdfJs();
  const problems = new PdfProblems();
  const outer = warningSink;
  warningSink = (message) => problems.warning(message);
  try {
    const task = pdfjs.getDocument({ data: new Uint8Array(bytes), ...PDFJS_TEXT_OPTIONS, verbosity: pdfjs.VerbosityLevel.WARNINGS });
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      const name = (err as { name?: string }).name ?? '';
      if (name === 'PasswordException') {
        throw new FileFailure('encrypted-pdf', 'is an encrypted PDF (password protected)', 'decrypt it first, e.g. `qpdf --decrypt in.pdf out.pdf`');
      }
      throw new FileFailure('corrupt-pdf', `is not a readable PDF (${(err as Error).message ?? name})`);
    }
    try {
      for (let p = 1; p <= doc.numPages; p++) {
        problems.page = p;
        let raw: RawPage;
        try {
          raw = await readPage(doc, p);
        } catch (err) {
          // One page pdf.js cannot open does not take the others with it.
          problems.pageFailed(p, (err as Error).message ?? String(err));
          raw = { page: p, view: [0, 0, 595, 842], items: [] };
        }
        try {
          onPage(raw, doc.numPages);
        } catch (err) {
          // Our own failure, not the PDF's: passed on as it is.
          throw new HandlerError(err);
        }
      }
      problems.page = null;
    } catch (err) {
      if (err instanceof FileFailure) throw err;
      if (err instanceof HandlerError) throw err.cause;
      throw new FileFailure('corrupt-pdf', `is a damaged PDF (${(err as Error).message})`);
    } finally {
      await doc.destroy();
    }
  } finally {
    warningSink = outer;
  }
  return problems;
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

async function readPage(doc: PdfDocument, p: number): Promise<RawPage> {
  const page = await doc.getPage(p);
  try {
    const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
    const items: RawItem[] = [];
    for (const it of content.items) {
      if (!('str' in it) || it.str === '') continue;
      items.push({ str: it.str, transform: it.transform as number[], width: it.width, height: it.height, fontName: it.fontName });
    }
    return { page: p, view: page.view, items };
  } finally {
    page.cleanup();
  }
}

class HandlerError extends Error {
  constructor(override readonly cause: unknown) {
    super('page handler failed');
  }
}

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
      problems.count > 0 ? `pdf.js could not read its text (${problems.summary()})` : null,
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

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  const layout = new PdfLayout();
  const problems = await readPdfPages(bytes, (raw, n) => layout.addPage(raw, n));
  return layout.finish(problems);
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
