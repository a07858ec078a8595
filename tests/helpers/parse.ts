/** Parses a text held in a test through extract(text) → normalize → segment, without the file system. */
import { linesFromText } from '../../src/extract/text.js';
import { normalize } from '../../src/normalize/index.js';
import type { MeetingDocument } from '../../src/schema.js';
import { segment } from '../../src/segment/index.js';

const source = { file: 't.txt', sha256: '0'.repeat(64), format: 'text' as const, pages: null, encoding: 'utf-8' };

export function parseText(text: string): MeetingDocument {
  return segment(normalize(linesFromText(text)), source);
}
