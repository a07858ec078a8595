/**
 * The pipeline: read → extract → normalize → segment → validate.
 * One function per stage; this file only joins them (reading a file is in
 * input.ts, the stages after extraction in analyse.ts). A fatal problem with a
 * file comes back as a failure value, never as a thrown error.
 */
import type { FileFailure } from './diagnostics.js';
import { extractBytes } from './extract/index.js';
import { normalize, type NormalizedDocument } from './normalize/index.js';
import type { MeetingDocument } from './schema.js';
import { analyse, betweenStages, type ParseOptions } from './analyse.js';
import { asFailure, readInput, sha256 } from './input.js';

export { analyse, type ParseOptions, type SourceFile } from './analyse.js';
export { asFailure, DEFAULT_MAX_BYTES, readInput, sha256 } from './input.js';
export { extractBytes } from './extract/index.js';

export type ParseResult =
  | { ok: true; file: string; document: MeetingDocument; normalized: NormalizedDocument }
  | { ok: false; file: string; failure: FileFailure };

/** Extract and normalize only: the repaired lines in reading order. */
export async function readLines(bytes: Uint8Array, opts: ParseOptions = {}, name?: string): Promise<NormalizedDocument> {
  const extracted = await extractBytes(bytes, { engine: opts.engine, name });
  betweenStages(extracted.pages);
  const normalized = normalize(extracted, opts.normalize);
  betweenStages(normalized.pages);
  return normalized;
}

/** Parses bytes already read; `fileName` is the name recorded in `source.file`. */
export async function parseBytes(bytes: Uint8Array, fileName: string, opts: ParseOptions = {}): Promise<ParseResult> {
  try {
    const extracted = await extractBytes(bytes, { engine: opts.engine, name: fileName });
    betweenStages(extracted.pages);
    const { document, normalized } = analyse(extracted, { fileName, sha256: sha256(bytes) }, opts);
    return { ok: true, file: fileName, document, normalized };
  } catch (err) {
    return { ok: false, file: fileName, failure: asFailure(err) };
  }
}

export async function parseFile(file: string, opts: ParseOptions = {}): Promise<ParseResult> {
  try {
    const bytes = await readInput(file, opts.maxBytes);
    return await parseBytes(bytes, file, opts);
  } catch (err) {
    return { ok: false, file, failure: asFailure(err) };
  }
}
