/**
 * Extraction in two parts, for `ingest`'s two workers (see store/pool.ts): the
 * extracting worker reads a file (for a PDF: the engine's reading, the page
 * layout and every verdict on the file, `settlePdf`), the analysing worker
 * completes it (for a PDF: furniture and joins, `finishPdf`) before the later
 * stages. `extractBytes` runs both parts in one thread and gives the same
 * document. This module loads no engine and no reader of other formats.
 */
import { FileFailure } from '../diagnostics.js';
import { finishPdf, type SettledPdf } from './pdf-finish.js';
import type { ExtractedDocument } from './types.js';

/** What the first part hands on: a document read whole, or a PDF laid out and judged. */
export type PartExtraction = { kind: 'document'; document: ExtractedDocument } | { kind: 'pdf'; pdf: SettledPdf };

/** The second part: the document, refused when it has no text. */
export async function completeExtraction(part: PartExtraction): Promise<ExtractedDocument> {
  const extracted = part.kind === 'pdf' ? await finishPdf(part.pdf) : part.document;
  if (extracted.lines.every((l) => l.text.trim() === '')) throw new FileFailure('empty', 'has no text');
  return extracted;
}
