import type { Diagnostic } from '../schema.js';

/** A line of text in reading order, traced to where it came from. */
export interface Line {
  text: string;
  /** 1-based page number, or null when the source has no pages (plain text without form feeds). */
  page: number | null;
  /** 1-based position of the line in the extracted text (as `minutes text` prints it). */
  line: number;
  /** Layout evidence from PDFs; absent for plain text. */
  x?: number;
  y?: number;
  width?: number;
  fontSize?: number;
  bold?: boolean;
  /**
   * Structure from a source that has it (Word, HTML): the heading level (1–6)
   * of a paragraph in a heading style or an `<hN>` element.
   */
  headingLevel?: number;
  /** List nesting of a numbered or bulleted paragraph or `<li>`: 0 is the outermost level. */
  listLevel?: number;
  /**
   * The number a list shows for this paragraph (`3.`, `3.1`, `a)`), generated
   * by Word's numbering or an `<ol>`; `text` already begins with it.
   */
  listNumber?: string;
  /**
   * A table row from a source that has tables (Word, HTML): its cells' texts in
   * order, empty ones included (a cell's paragraphs joined by line breaks);
   * `text` is the row as one line. `head` is the first row of the same table,
   * which may be its column headings (`Pkt.`, `Emne`, `Beslutning`).
   */
  cells?: string[];
  head?: string[];
  /** A line of a table row after the one that carries its `cells` (a cell of several paragraphs). */
  rowPart?: boolean;
  /** For lines removed as page furniture: what kind. */
  furniture?: FurnitureKind;
}

/** Kinds of page furniture taken out of the body text. */
export type FurnitureKind = 'header' | 'footer' | 'page-number' | 'sidebar';

export interface ExtractedDocument {
  format: 'pdf' | 'text' | 'docx' | 'html';
  pages: number | null;
  /** Character encoding the text was decoded from (text and HTML files), null for PDFs and Word documents. */
  encoding: string | null;
  lines: Line[];
  /** Lines recognised as page furniture (headers, footers, page numbers, sidebars) and removed. */
  furniture: Line[];
  /**
   * PDFs: the running header and sidebar lines of the first page that has them,
   * where a letterhead names the body and the date the document was written.
   */
  letterhead?: { lines: Line[] };
  /** What extraction found: damage to a PDF (see damage.ts), or what it could repair (a stray NUL byte dropped); carried into the meeting document's diagnostics. */
  diagnostics?: Diagnostic[];
}
