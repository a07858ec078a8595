/**
 * Reading a file for the pipeline, and a thrown error as a file's failure:
 * apart from the stages (pipeline.ts) so that what only reads, hashes and
 * stores (`ingest`'s main thread) loads no stage.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { FileFailure } from './diagnostics.js';

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

export function asFailure(err: unknown): FileFailure {
  if (err instanceof FileFailure) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new FileFailure('internal', `could not be parsed: internal error (${message})`);
}
