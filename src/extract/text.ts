/** Plain text files to lines. A form feed starts a new page. */
import { decodeText } from './decode.js';
import type { ExtractedDocument, Line } from './types.js';

export function extractText(bytes: Uint8Array): ExtractedDocument {
  const { text, encoding } = decodeText(bytes);
  return linesFromText(text, encoding);
}

export function linesFromText(text: string, encoding: string | null = 'utf-8'): ExtractedDocument {
  const hasPages = text.includes('\f');
  const lines: Line[] = [];
  let page = 1;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const parts = raw.split('\f');
    parts.forEach((part, i) => {
      if (i > 0) page++;
      if (i > 0 && part.trim() === '') return;
      lines.push({ text: part.replace(/\s+$/u, ''), page: hasPages ? page : null, line: lines.length + 1 });
    });
  }
  while (lines.length > 0 && lines[lines.length - 1]!.text.trim() === '') lines.pop();
  return { format: 'text', pages: hasPages ? page : null, encoding, lines, furniture: [] };
}
