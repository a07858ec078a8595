/**
 * The pipeline: read → extract → normalize → segment → validate.
 * One function per stage; this file only joins them. A fatal problem with a
 * file comes back as a failure value, never as a thrown error.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { FileFailure } from './diagnostics.js';
import { extract, type EngineName, type ExtractOptions } from './extract/index.js';
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
  /** The PDF text engine (pdf.js unless told; see extract/engine.ts). */
  engine?: EngineName;
}

export type ParseResult =
  | { ok: true; file: string; document: MeetingDocument; normalized: NormalizedDocument }
  | { ok: false; file: string; failure: FileFailure };

export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

/** Reads a file, refusing what is not a regular, non-empty, readable file. */
export async function readInput(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new FileFailure('not-found', 'does not exist');
    throw new FileFailure('unreadable', `cannot be read (${code ?? (err as Error).message})`);
  }
  if (stat.isDirectory()) throw new FileFailure('not-a-file', 'is a directory, not a file');
  if (!stat.isFile()) throw new FileFailure('not-a-file', 'is not a regular file');
  if (stat.size === 0) throw new FileFailure('empty', 'is empty');
  if (stat.size > maxBytes) throw new FileFailure('too-large', `is too large (${stat.size} bytes; the limit is ${maxBytes})`);
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (err) {
    throw new FileFailure('unreadable', `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Stage 1 alone: a file's bytes to lines in reading order, refusing a file without text. */
export async function extractBytes(bytes: Uint8Array, opts: ExtractOptions = {}): Promise<ExtractedDocument> {
  const extracted: ExtractedDocument = await extract(bytes, opts);
  if (extracted.lines.every((l) => l.text.trim() === '')) throw new FileFailure('empty', 'has no text');
  return extracted;
}

/** Extract and normalize only: the repaired lines in reading order. */
export async function readLines(bytes: Uint8Array, opts: ParseOptions = {}, name?: string): Promise<NormalizedDocument> {
  const extracted = await extractBytes(bytes, { engine: opts.engine, name });
  betweenStages(extracted.pages);
  const normalized = normalize(extracted, opts.normalize);
  betweenStages(normalized.pages);
  return normalized;
}

/** Memory back between the stages of a long document (see util/gc.ts). */
function betweenStages(pages: number | null): void {
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

export function asFailure(err: unknown): FileFailure {
  if (err instanceof FileFailure) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new FileFailure('internal', `could not be parsed: internal error (${message})`);
}
