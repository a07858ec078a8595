/** Stage 1, extract: a file's bytes to lines in reading order. */
import type { EngineName } from './engine.js';
import { extractPdf } from './pdf.js';
import { extractText } from './text.js';
import type { ExtractedDocument } from './types.js';

export type { ExtractedDocument, Line } from './types.js';
export { DEFAULT_ENGINE, ENGINE_NAMES, isEngineName, type EngineName } from './engine.js';

export interface ExtractOptions {
  /** The PDF text engine (see engine.ts); pdf.js unless told. */
  engine?: EngineName;
}

export function isPdf(bytes: Uint8Array): boolean {
  // %PDF within the first 1 KiB, as readers accept.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

export async function extract(bytes: Uint8Array, opts: ExtractOptions = {}): Promise<ExtractedDocument> {
  return isPdf(bytes) ? extractPdf(bytes, opts.engine) : extractText(bytes);
}
