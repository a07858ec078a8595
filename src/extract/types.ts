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
}

export interface ExtractedDocument {
  format: 'pdf' | 'text';
  pages: number | null;
  /** Character encoding the text was decoded from (text files), null for PDFs. */
  encoding: string | null;
  lines: Line[];
  /** Lines recognised as page furniture (headers, footers, page numbers, sidebars) and removed. */
  furniture: Line[];
}
