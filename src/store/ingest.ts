/**
 * A batch ingest: expand the inputs, skip what the archive already holds (by
 * SHA-256, before parsing), parse the rest (in worker threads), store each
 * document in its own transaction. A bad file is a failure of that file only.
 */
import type { EngineName } from '../extract/engine.js';
import os from 'node:os';
import { FileFailure } from '../diagnostics.js';
import { asFailure, readInput, sha256 } from '../input.js';
import type { Db } from './db.js';
import { collectInputs, type Input } from './files.js';
import { workerParser, type Parser } from './pool.js';
import { followCopy, meetingWithBytes, storeDocument, type StoreOutcome } from './write.js';

export type FileStatus = StoreOutcome | 'failed';

export interface FileEvent {
  input: Input;
  status: FileStatus;
  pages: number;
  failure?: FileFailure;
  /** The file's bytes are those of the meeting stored under another path: stored once, there. */
  sameAs?: { id: number; path: string };
}

export interface IngestOptions {
  cwd: string;
  jobs?: number;
  timeoutMs?: number;
  /** Largest file taken, in bytes (default 256 MiB). */
  maxBytes?: number;
  /** Heap limit of each parse worker, in MB. */
  memoryMb?: number;
  /** The PDF text engine (PDFium unless told; see extract/engine.ts). */
  engine?: EngineName;
  /** Called when more jobs were asked for than the machine has cores: `used` are run. */
  onJobsCapped?(requested: number, used: number): void;
  /** Called for every entry of a walked directory left out, with the reason. */
  onSkip?(file: string, reason: string): void;
  /** Called for a directory given that holds no file to take. */
  onEmpty?(dir: string): void;
  /** Called once the inputs are known. */
  onStart?(total: number): void;
  onFile?(event: FileEvent): void;
  /** Stop taking new files when this returns true (Ctrl-C). */
  stopped?(): boolean;
}

export interface IngestSummary {
  total: number;
  ingested: number;
  replaced: number;
  unchanged: number;
  failed: number;
  pages: number;
  interrupted: boolean;
}

export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * Extracting workers for a batch: as many as asked, but never more than the
 * machine's cores (each worker is a whole pdf.js and heap; more than the cores
 * only share them, slower and with more memory) nor than the files.
 */
export function workerCount(requested: number | undefined, files: number, onCapped?: (requested: number, used: number) => void): number {
  const cores = defaultJobs();
  const wanted = Math.max(1, requested ?? cores);
  if (wanted > cores) onCapped?.(wanted, cores);
  return Math.max(1, Math.min(wanted, cores, files));
}

export async function ingest(db: Db, args: string[], opts: IngestOptions): Promise<IngestSummary> {
  const inputs = await collectInputs(args, opts.cwd, {
    ...(opts.onSkip ? { onSkip: opts.onSkip } : {}),
    ...(opts.onEmpty ? { onEmpty: opts.onEmpty } : {}),
  });
  opts.onStart?.(inputs.length);
  const summary: IngestSummary = { total: inputs.length, ingested: 0, replaced: 0, unchanged: 0, failed: 0, pages: 0, interrupted: false };
  const jobs = workerCount(opts.jobs, inputs.length, opts.onJobsCapped);
  // Even one job parses in workers: the time limit can stop a document stuck
  // inside pdf.js; one worker extracts the next document while another
  // segments this one, and this thread stores the one before.
  const parser: Parser = workerParser({ size: jobs, timeoutMs: opts.timeoutMs ?? 120_000, memoryMb: opts.memoryMb, engine: opts.engine });

  const report = (input: Input, status: FileStatus, pages: number, failure?: FileFailure, sameAs?: { id: number; path: string }) => {
    summary[status] += 1;
    summary.pages += pages;
    opts.onFile?.({ input, status, pages, ...(failure ? { failure } : {}), ...(sameAs ? { sameAs } : {}) });
  };

  const one = async (input: Input): Promise<void> => {
    let bytes: Uint8Array;
    try {
      bytes = await readInput(input.absPath, opts.maxBytes);
    } catch (err) {
      report(input, 'failed', 0, asFailure(err));
      return;
    }
    const sha = sha256(bytes);
    const copyOf = meetingWithBytes(db, sha);
    if (copyOf?.path === input.absPath) {
      report(input, 'unchanged', 0);
      return;
    }
    if (copyOf) {
      // Stored under another path: this path's own record, of its earlier bytes, must not stay.
      report(input, followCopy(db, input.absPath, sha), 0, undefined, copyOf);
      return;
    }
    const parsed = await parser.parse(bytes, input.absPath, sha);
    if (!parsed.ok) {
      report(input, 'failed', 0, parsed.failure);
      return;
    }
    // Database errors are not the file's fault: they end the batch.
    const status = storeDocument(db, parsed.document, input.absPath);
    // Another lane may have stored the same bytes meanwhile, from another path.
    const home = meetingWithBytes(db, sha);
    report(input, status, parsed.document.source.pages ?? 0, undefined, home && home.path !== input.absPath ? home : undefined);
  };

  try {
    let next = 0;
    const lane = async () => {
      while (next < inputs.length) {
        if (opts.stopped?.()) {
          summary.interrupted = true;
          return;
        }
        await one(inputs[next++]!);
      }
    };
    // Enough lanes that every extracting worker has its next file read and
    // waiting while the documents before are segmented and stored, and can
    // run some documents ahead of the analysing worker: that one takes longer
    // to start (its language data) and over an OCR'd document, and with two
    // lanes per extracting worker the extracting one, on the critical path,
    // stood idle meanwhile. A document waiting in a lane holds its bytes or its
    // extracted lines, no more.
    await Promise.all(Array.from({ length: Math.min(inputs.length, jobs * 4 + 2) }, lane));
  } finally {
    await parser.close();
  }
  return summary;
}
