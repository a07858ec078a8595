/** Stage 1, extract: a file's bytes to lines in reading order. */
import { extractHtml, isHtml } from './html.js';
import { extractPdf } from './pdf.js';
import { extractText } from './text.js';
import type { ExtractedDocument } from './types.js';

export type { ExtractedDocument, Line } from './types.js';

export function isPdf(bytes: Uint8Array): boolean {
  // %PDF within the first 1 KiB, as readers accept.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

export async function extract(bytes: Uint8Array): Promise<ExtractedDocument> {
  return isPdf(bytes) ? extractPdf(bytes) : isHtml(bytes) ? extractHtml(bytes) : extractText(bytes);
}
