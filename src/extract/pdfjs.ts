/**
 * The pdf.js engine (see engine.ts): pdf.js's text content, item by item, with
 * its warnings recorded as the document's problems (damage.ts).
 */
import { FileFailure } from '../diagnostics.js';
import { PdfProblems } from './damage.js';
import type { EnginePage, PdfEngine, TextRun } from './engine.js';

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
 * as the document's problems. With `only`, just those pages (1-based) are
 * read: a second opinion on a few pages another engine doubts (see pdf.ts).
 */
export async function readPdfPages(
  bytes: Uint8Array,
  onPage: (page: EnginePage, pageCount: number) => void,
  only?: ReadonlySet<number>,
): Promise<PdfProblems> {
  const pdfjs = await loadPdfJs();
  const problems = new PdfProblems('pdf.js');
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
        if (only && !only.has(p)) continue;
        problems.page = p;
        let raw: EnginePage;
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

async function readPage(doc: PdfDocument, p: number): Promise<EnginePage> {
  const page = await doc.getPage(p);
  try {
    const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
    const items: TextRun[] = [];
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

export const pdfjsEngine: PdfEngine = {
  name: 'pdfjs',
  label: 'pdf.js',
  async load() {
    await loadPdfJs();
  },
  readPages: readPdfPages,
};
