/**
 * Damage in a PDF, told apart from a scan. pdf.js reads on through what it
 * cannot read (a stream that does not inflate, a font or character map that
 * does not parse) and only warns; without a record of those warnings a
 * damaged PDF looks like one with little text, and a font whose character map
 * is broken turns its text into glyph codes that read as nonsense. Both become
 * diagnostics on the page where they happened:
 *
 * - `pdf-stream-error`: data pdf.js could not read (content streams, filters,
 *   the cross-reference table); text may be missing;
 * - `pdf-font-error`: a font or its character map pdf.js could not read;
 * - `pdf-page-unreadable`: a page pdf.js could not open at all;
 * - `glyph-codes`: lines set in a font whose text comes out as glyph codes
 *   (control characters where spaces and digits should be, letters shifted).
 */
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic } from '../schema.js';
import type { LayoutLine, RawPage } from './layout/types.js';
import type { Line } from './types.js';

/**
 * Warnings about what pdf.js lacks here rather than about the file: a font
 * that is not embedded (Helvetica, Times) is read without pdf.js's standard
 * font data, which text extraction does not need.
 */
const ENVIRONMENT = /standardFontDataUrl|is not available -- attempting to fallback/;
/** Warnings about fonts and their character maps (TrueType tables, CFF, Type1 programs, ToUnicode CMaps). */
const FONT = /font|cmap|tounicode|glyph|\bTT:|\bCFF\b|type1|'loca'|post table|indexToLocFormat|\btable\b|\b[FI]DEFs?\b/i;
/** Examples of a group's problems kept for its message. */
const EXAMPLES = 2;

type ProblemCode = 'pdf-stream-error' | 'pdf-font-error' | 'pdf-page-unreadable';

interface Group {
  code: ProblemCode;
  page: number | null;
  count: number;
  examples: string[];
}

/** What pdf.js could not read in one document, by page (null: the file's structure, before any page). */
export class PdfProblems {
  private readonly groups = new Map<string, Group>();

  /** `engine`: how the engine that read the document is named in messages. */
  constructor(readonly engine = 'pdf.js') {}

  /** The page being read: pdf.js's warnings meanwhile are about it. */
  page: number | null = null;

  /** A warning pdf.js gave (its text without the `Warning: ` prefix). */
  warning(message: string): void {
    if (ENVIRONMENT.test(message)) return;
    this.add(FONT.test(message) ? 'pdf-font-error' : 'pdf-stream-error', this.page, message);
  }

  /** A page pdf.js could not open or read. */
  pageFailed(page: number, message: string): void {
    this.add('pdf-page-unreadable', page, message);
  }

  /** Problems recorded, all pages together. */
  get count(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.count;
    return n;
  }

  /** A one-line summary for a document that cannot be read: the first problem and how many there were. */
  summary(): string {
    const groups = [...this.groups.values()];
    const first = groups[0];
    if (!first) return '';
    const pages = new Set(groups.map((g) => g.page).filter((p) => p !== null)).size;
    const n = this.count;
    const where = pages > 0 ? ` on ${pages} page${pages === 1 ? '' : 's'}` : '';
    return `${first.examples[0]}${n > 1 ? `; ${n} problems${where}` : ''}`;
  }

  diagnostics(): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const g of this.groups.values()) {
      const more = g.count > g.examples.length ? `; ${g.count - g.examples.length} more` : '';
      const what = `${g.examples.join('; ')}${more}`;
      const where = g.page === null ? 'the file' : 'this page';
      if (g.code === 'pdf-page-unreadable') {
        out.push(diagnostic('error', g.code, `The PDF is damaged: ${this.engine} could not read this page (${what}); its text is missing`, { page: g.page }));
      } else if (g.code === 'pdf-font-error') {
        out.push(diagnostic('warning', g.code, `The PDF is damaged: ${this.engine} could not read a font of ${where} (${what}); text set in it may be wrong or missing`, { page: g.page }));
      } else {
        out.push(diagnostic('warning', g.code, `The PDF is damaged: ${this.engine} could not read all of ${where} (${what}); text may be missing`, { page: g.page }));
      }
    }
    return out;
  }

  private add(code: ProblemCode, page: number | null, message: string): void {
    const key = `${code}@${page ?? ''}`;
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { code, page, count: 0, examples: [] }));
    g.count++;
    const text = oneLine(message);
    if (g.examples.length < EXAMPLES && !g.examples.includes(text)) g.examples.push(text);
  }
}

/** A message of pdf.js as a short line of printable text. */
function oneLine(message: string): string {
  const t = message.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
}

/** Control characters, which text never holds but glyph codes do (space, digits and punctuation sit at codes below 32). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f]/;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f]/g;
/** A font is taken to set glyph codes when this share of its characters are control characters (spaces alone are about a sixth of text). */
const CONTROL_SHARE = 0.05;
const MIN_CONTROLS = 2;

/**
 * Finds the fonts whose text comes out as glyph codes: pdf.js gives a
 * character code as the text when the font has no usable map to Unicode (a
 * damaged or missing ToUnicode CMap), and in the usual subset fonts space,
 * digits and punctuation then sit among the control characters. The lines set
 * in those fonts are marked, also those that happen to hold no control
 * character (`,QGKROGVIRUWHJQHOVH` for `Indholdsfortegnelse`).
 */
export class GlyphCodeCheck {
  private readonly fonts = new Map<string, { chars: number; controls: number }>();

  add(page: RawPage): void {
    for (const it of page.items) {
      let f = this.fonts.get(it.fontName);
      if (!f) this.fonts.set(it.fontName, (f = { chars: 0, controls: 0 }));
      f.chars += it.str.length;
      if (CONTROL.test(it.str)) f.controls += it.str.match(CONTROLS)!.length;
    }
  }

  /** The fonts that set glyph codes; empty for nearly every document. */
  codedFonts(): Set<string> {
    const out = new Set<string>();
    for (const [name, f] of this.fonts) if (f.controls >= MIN_CONTROLS && f.controls >= f.chars * CONTROL_SHARE) out.add(name);
    return out;
  }
}

/** A word's worth of glyph codes makes a line unreadable where it is (a label before a value, a number before a title). */
const MIN_CODED = 3;

/** Whether a line sets a word or more, or most of its characters, in fonts that give glyph codes. */
export function setInGlyphCodes(line: LayoutLine, coded: Set<string>): boolean {
  let all = 0;
  let bad = 0;
  for (const [key, n] of line.fonts) {
    all += n;
    if (coded.has(key.slice(0, key.lastIndexOf('@')))) bad += n;
  }
  return bad > 0 && (bad >= MIN_CODED || bad * 2 > all);
}

/** One `glyph-codes` warning per page, at the first such line, with how many there are and how the first reads. */
export function glyphCodeDiagnostics(lines: Line[]): Diagnostic[] {
  const byPage = new Map<number | null, Line[]>();
  for (const l of lines) {
    const list = byPage.get(l.page) ?? [];
    list.push(l);
    byPage.set(l.page, list);
  }
  const out: Diagnostic[] = [];
  for (const [page, list] of byPage) {
    const first = list[0]!;
    const sample = first.text.replace(CONTROLS, '·').replace(/\s+/g, ' ').trim();
    const shown = sample.length > 40 ? `${sample.slice(0, 39)}…` : sample;
    const n = list.length;
    out.push(
      diagnostic(
        'warning',
        'glyph-codes',
        `${n} line${n === 1 ? '' : 's'} on this page came out as glyph codes, not letters ("${shown}"): a font's character map is damaged or missing, so this text cannot be read`,
        { page, line: first.line },
      ),
    );
  }
  return out;
}
