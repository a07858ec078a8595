/**
 * The stages after extraction (normalize → segment, with the warnings of
 * extent.ts → validate), apart from extraction (pipeline.ts joins them) so
 * that `ingest`'s workers each load only the stages they run.
 */
import path from 'node:path';
import type { EngineName } from './extract/engine.js';
import type { ExtractedDocument } from './extract/types.js';
import { normalize, type NormalizedDocument, type NormalizeOptions } from './normalize/index.js';
import type { MeetingDocument } from './schema.js';
import { extentDiagnostics } from './extent.js';
import { segment } from './segment/index.js';
import { validate } from './validate.js';
import { collectGarbage, LARGE_DOCUMENT_PAGES } from './util/gc.js';

export interface ParseOptions {
  normalize?: NormalizeOptions;
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
  /** The PDF text engine (PDFium unless told; see extract/engine.ts). */
  engine?: EngineName;
}

/** Memory back between the stages of a long document (see util/gc.ts). */
export function betweenStages(pages: number | null): void {
  if ((pages ?? 0) >= LARGE_DOCUMENT_PAGES) collectGarbage();
}

/** Where an extracted document came from, as `source` records it. */
export interface SourceFile {
  /** The name recorded in `source.file` (its base name is kept). */
  fileName: string;
  sha256: string;
}

/**
 * The stages after extraction (normalize → segment, with the warnings of
 * extent.ts → validate), for a
 * document extracted elsewhere: `ingest` extracts in one thread and runs these
 * in another, so that the next PDF is read while this one is segmented.
 */
export function analyse(extracted: ExtractedDocument, source: SourceFile, opts: ParseOptions = {}): { document: MeetingDocument; normalized: NormalizedDocument } {
  const normalized = normalize(extracted, opts.normalize);
  betweenStages(normalized.pages);
  const draft = segment(normalized, {
    file: path.basename(source.fileName),
    sha256: source.sha256,
    format: normalized.format,
    pages: normalized.pages,
    encoding: normalized.encoding,
  });
  draft.diagnostics.push(...extentDiagnostics(draft, normalized.lines));
  betweenStages(normalized.pages);
  return { document: validate(draft), normalized };
}
