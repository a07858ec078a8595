/** The working line of the segmenter: trimmed text plus where it came from. */
import type { Line } from '../extract/types.js';

export interface SLine {
  text: string;
  page: number | null;
  /** 1-based line number in the extracted text. */
  line: number;
  blank: boolean;
  x?: number;
  /** How far the line is indented: its x in a PDF, its leading spaces (a tab four) in a text file. */
  indent?: number;
  bold?: boolean;
  fontSize?: number;
  /** An entry of a list under a heading for closed items (`Lukkede sager` / `209. Køb af ejendom`), the heading removed. */
  closedGroup?: boolean;
  /** A part of a run-together line (see flattened.ts) that starts at an item's number: it opens a paragraph as printed. */
  opensParagraph?: boolean;
  /** Structure from a Word or HTML source (see extract/types.ts); absent for text and PDF. */
  headingLevel?: number;
  listLevel?: number;
  listNumber?: string;
  /** Where a text line had a run of four spaces or a tab between words (a table's cells set with spaces): offsets in `text`. */
  cellBreaks?: number[];
  /** The text the breaks were measured on: a line rewritten since has none that hold. */
  cellText?: string;
  /** A numbered line's narrower gaps, two or three spaces between words (`3) Regnskab  Godkendt`): offsets in `text`, measured on `cellText`. */
  gapBreaks?: number[];
  /** A list's entry joined from the lines a page wrapped it on (see joinWrappedEntries): the length of its last line as printed, */
  tailLength?: number;
  /** and the text it was joined to (a line split or rewritten since ends as its own text does), */
  tailOf?: string;
  /** and the lengths of all its lines as printed, first to last. */
  printed?: number[];
  /** A PDF line's width in points (from its x); for a joined line, its first printed line's. */
  width?: number;
  /** A joined line's last printed line: where it starts and how wide it is, in points (see tailOf). */
  tailX?: number;
  tailWidth?: number;
}

/** `t` without the colon that ends it and the spaces before that (`Beslutning :` → `Beslutning`); as `t.replace(/\s*:$/, '')`, faster. */
export function withoutEndColon(t: string): string {
  return t.endsWith(':') ? t.slice(0, -1).trimEnd() : t;
}

/** The length of a line's last line as printed: a page's wrapped lines joined into it end where the page's last one did. */
export function printedLength(l: SLine): number {
  return l.tailOf === l.text && l.tailLength !== undefined ? l.tailLength : l.text.length;
}

/** Spacing that needs evening out: odd spaces, whitespace other than a space, or spaces in a row. Most lines have none. */
const SPACING = /[\u00a0\u2000-\u200b\u202f\t]|[^\S ]| {2}/;

/** Words apart by a run of four spaces or a tab: a text file's table cells. */
const CELL_GAP = /\S(?: {4,}|\t)\s*\S/u;
/** A list's number opening a line, then words with a gap of two or three spaces between them: a table's row whose cells came out narrowly apart. */
const NUMBERED_GAP = /^\d{1,2}[.)]\s+\S.*?\S {2,3}\S/u;

/**
 * A list's bullet whose font was lost on the way (a Wingdings glyph read as the currency sign `¤`), or an arrow or
 * diamond used as one, opening a line: repaired to the bullet it stood for. (Symbol's private-use glyphs stay as printed.)
 */
export const LOST_BULLET = /^(?:¤|[➢►▶❖‣⁃∙◆])\s*(?=\S)/u;

export function toSLines(lines: Line[]): SLine[] {
  return lines.map((l) => {
    const spaced = SPACING.test(l.text) ? l.text.replace(/[\u00a0\u2000-\u200b\u202f\t]/g, ' ').replace(/\s+/g, ' ').trim() : l.text.trim();
    const text = spaced.replace(LOST_BULLET, '• ');
    const s: SLine = { text, page: l.page, line: l.line, blank: text === '' };
    if (text !== '' && l.x === undefined && CELL_GAP.test(l.text.trim())) {
      const cells = l.text.trim().split(/ {4,}|\t+/u).map((c) => c.replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ').replace(/\s+/g, ' ').trim()).filter((c) => c !== '');
      if (cells.length >= 2 && cells.join(' ') === text) {
        s.cellBreaks = [];
        s.cellText = text;
        let at = 0;
        for (const c of cells.slice(0, -1)) s.cellBreaks.push((at += c.length + 1) - 1);
      }
    } else if (text !== '' && l.x === undefined && NUMBERED_GAP.test(l.text.trim())) {
      const raw = l.text.trim().replace(/[\u00a0\u2000-\u200b\u202f\t]/g, ' ');
      const number = /^\d{1,2}[.)]\s+/u.exec(raw)![0].length;
      const cells = [raw.slice(0, number) + raw.slice(number).split(/ {2,}/u)[0]!, ...raw.slice(number).split(/ {2,}/u).slice(1)].map((c) => c.replace(/\s+/g, ' ').trim()).filter((c) => c !== '');
      if (cells.length >= 2 && cells.join(' ') === text) {
        s.gapBreaks = [];
        s.cellText = text;
        let at = 0;
        for (const c of cells.slice(0, -1)) s.gapBreaks.push((at += c.length + 1) - 1);
      }
    }
    if (l.x !== undefined) s.x = s.indent = l.x;
    else if (text !== '') s.indent = leadingWidth(l.text);
    if (l.x !== undefined && l.width !== undefined) s.width = l.width;
    if (l.bold !== undefined) s.bold = l.bold;
    if (l.fontSize !== undefined) s.fontSize = l.fontSize;
    if (l.headingLevel !== undefined) s.headingLevel = l.headingLevel;
    if (l.listLevel !== undefined) s.listLevel = l.listLevel;
    if (l.listNumber !== undefined) s.listNumber = l.listNumber;
    return s;
  });
}

function leadingWidth(raw: string): number {
  const lead = /^\s*/u.exec(raw)![0];
  return lead.length + 3 * (lead.split('\t').length - 1);
}

export function place(l: SLine | undefined): { page: number | null; line: number | null } {
  return { page: l?.page ?? null, line: l?.line ?? null };
}

const DAMAGE: Record<string, string> = {
  æ: '(?:æ|ae|ee|e|a|z|ze|ä)',
  ø: '(?:ø|oe|o|g|e|0|@|ö|©)',
  å: '(?:å|aa|a)',
  Æ: '(?:Æ|AE|Ae|E|A|Ä)',
  Ø: '(?:Ø|OE|Oe|O|0|@|Q|©|Ö)',
  Å: '(?:Å|AA|Aa|A)',
};

/**
 * A regex source for a Danish word that also matches its usual OCR damage
 * (ø read as o, g, 0, @; æ as ae, e; å as a), so vocabulary matching works
 * whether or not the text has been repaired yet.
 */
export function tolerant(word: string): string {
  let out = '';
  for (const ch of word) {
    const variants = DAMAGE[ch];
    out += variants ?? ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

/** Two titles share a word of five letters or more (`Stemmeudvalg`, `Valg af stemmeudvalg`). */
export function sharesWord(a: string, b: string): boolean {
  const words = (s: string) => new Set(s.toLocaleLowerCase('da').split(/[^\p{L}]+/u).filter((w) => w.length >= 5));
  const x = [...words(a)];
  // Inflected alike (`Stemmeudvalget`, `stemmeudvalg`): one word the start of the other.
  // Or one the end of the other, a compound's last part (`Årsberetning`, `beretning`), six letters or more.
  return [...words(b)].some((w) => x.some((v) => v.startsWith(w) || w.startsWith(v) || (Math.min(v.length, w.length) >= 6 && (v.endsWith(w) || w.endsWith(v)))));
}
