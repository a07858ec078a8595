/**
 * Stage 1, extract: a file's bytes to lines in reading order. What a file is
 * is told by its bytes, never by its name: a PDF, then a zip or an OLE
 * compound file (Word, see docx.ts), then a web page (html.ts), else text. A
 * file named `.docx` whose bytes are neither is refused rather than read as text.
 */
import type { EngineName } from './engine.js';
import { extractPdf, settlePdf } from './pdf.js';
import { completeExtraction, type PartExtraction } from './complete.js';
import { FileFailure } from '../diagnostics.js';
import type { ExtractedDocument } from './types.js';

export type { ExtractedDocument, Line } from './types.js';
export { completeExtraction, type PartExtraction } from './complete.js';
export { DEFAULT_ENGINE, ENGINE_NAMES, isEngineName, type EngineName } from './engine.js';

export interface ExtractOptions {
  /** The PDF text engine (see engine.ts); PDFium unless told. */
  engine?: EngineName;
  /** The file's name, when known: only to say what a `.docx` that is not one is. */
  name?: string;
}

export function isPdf(bytes: Uint8Array): boolean {
  // %PDF within the first 1 KiB, as readers accept.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

export async function extract(bytes: Uint8Array, opts: ExtractOptions = {}): Promise<ExtractedDocument> {
  if (isPdf(bytes)) return extractPdf(bytes, opts.engine);
  return extractOther(bytes, opts);
}

/**
 * A file that is no PDF. The readers of the other formats are loaded when
 * the first such file comes (their libraries cost a worker that reads only
 * PDFs a sixth of a second of CPU to load).
 */
async function extractOther(bytes: Uint8Array, opts: ExtractOptions): Promise<ExtractedDocument> {
  const { extractDocx, isOle, isZip } = await import('./docx.js');
  if (isZip(bytes) || isOle(bytes)) return extractDocx(bytes);
  if (opts.name !== undefined && /\.docx$/i.test(opts.name)) {
    throw new FileFailure('corrupt-docx', 'is named .docx but is not a Word document (not a zip archive)');
  }
  const { extractHtml, isHtml } = await import('./html.js');
  if (isHtml(bytes)) return extractHtml(bytes);
  const { extractText } = await import('./text.js');
  return extractText(bytes);
}

/** The first part of stage 1 (see complete.ts): a PDF laid out and judged, any other file read whole. */
export async function extractPart(bytes: Uint8Array, opts: ExtractOptions = {}): Promise<PartExtraction> {
  if (isPdf(bytes)) return { kind: 'pdf', pdf: await settlePdf(bytes, opts.engine) };
  return { kind: 'document', document: await extractOther(bytes, opts) };
}

/** Stage 1 alone: a file's bytes to lines in reading order, refusing a file without text. */
export async function extractBytes(bytes: Uint8Array, opts: ExtractOptions = {}): Promise<ExtractedDocument> {
  return completeExtraction(await extractPart(bytes, opts));
}
