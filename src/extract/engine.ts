/**
 * A PDF text engine: what the layout stage reads from a PDF, whatever library
 * read it. An engine opens a document, hands over each page's positioned runs
 * as it reads them (the page is not kept), and reports what it could not read
 * as the document's problems (see damage.ts). Fatal problems with the file
 * (encrypted, not a PDF at all) are `FileFailure`s, as everywhere.
 *
 * Two engines implement it: pdf.js (`pdfjs.ts`, the reference) and PDFium
 * compiled to WebAssembly (`pdfium.ts`). The layout, furniture, hyphenation
 * and damage code after it is shared.
 */
import type { PdfProblems } from './damage.js';
import type { RawItem, RawPage } from './layout/types.js';

/**
 * A positioned run of text, as an engine reads it: its text; its baseline
 * origin, direction and size as a text transform `[a, b, c, d, e, f]` (the
 * direction of the text is atan2(b, a), which gives the rotation; the font
 * size is |(c, d)|; the baseline starts at (e, f)); its box as the advance
 * along the text (`width`) and the height across it; the font's name; and
 * where the engine knows them, weight, slant and text render mode (3 is
 * invisible text, the text layer an OCR program lays over a scan).
 */
export type TextRun = RawItem;

/** A page's box and its runs. */
export type EnginePage = RawPage;

export type EngineName = 'pdfjs' | 'pdfium';

export const ENGINE_NAMES: readonly EngineName[] = ['pdfjs', 'pdfium'];

/** The engine `minutes` reads PDFs with unless told otherwise (see README, "PDF engines"). */
export const DEFAULT_ENGINE: EngineName = 'pdfium';

export interface PdfEngine {
  readonly name: EngineName;
  /** How the engine names itself in messages (`pdf.js`, `PDFium`). */
  readonly label: string;
  /** Loads the engine once per thread, so that no document's time limit pays for it. */
  load(): Promise<void>;
  /**
   * Opens a PDF and reads the runs of every page, handing each page to
   * `onPage` as it is read. Pages it cannot open are handed on empty and
   * recorded as problems.
   */
  readPages(bytes: Uint8Array, onPage: (page: EnginePage, pageCount: number) => void): Promise<PdfProblems>;
}

export function isEngineName(name: string): name is EngineName {
  return (ENGINE_NAMES as readonly string[]).includes(name);
}

/** The engine of that name, loaded lazily (PDFium's WebAssembly is only compiled when it is asked for). */
export async function engine(name: EngineName = DEFAULT_ENGINE): Promise<PdfEngine> {
  if (name === 'pdfium') return (await import('./pdfium.js')).pdfiumEngine;
  return (await import('./pdfjs.js')).pdfjsEngine;
}
