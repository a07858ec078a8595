/**
 * Whether the items found span the document as one meeting's minutes. Two
 * shapes of file break that silently, and are warned of:
 *
 * - `numbering-restarts`: after the first item the document's own numbering
 *   starts again at 1 (several meetings in one file): what follows is read as
 *   the text of the item before it, or its items are taken for this meeting's;
 * - `last-item-long`: the last item runs on for many pages (appendices, other
 *   documents bound in after the minutes), all read as its text.
 *
 * Computed on the segmented document and the lines it was read from, after
 * segmentation and apart from it.
 */
import { diagnostic } from './diagnostics.js';
import type { Line } from './extract/types.js';
import type { Diagnostic, Item, MeetingDocument } from './schema.js';

/** A numbered heading as printed: `3. Title`, `3) Title`, `Punkt 3: Title`, `Pkt. 3 Title`, `3 Title`. */
const NUMBERED = /^((?:punkt|pkt\.?)\s*)?(\d{1,3})(\s*[.):]|(?=\s))\s*(\S.*)$/iu;
/** A title as headings start: a capital, a digit or a quote. */
const TITLE_START = /^[\p{Lu}\d"“”«'‘(]/u;
/** Restarted headings needed when none repeats a title of the document's own items. */
const RUN_ALONE = 3;
/** A last item this many pages long (text without pages: lines at this many a page) is warned of ... */
const LONG_PAGES = 50;
const LINES_PER_PAGE = 50;

interface Numbered {
  shape: string;
  number: number;
  title: string;
}

/** What a numbered heading starts with (after spaces): a digit or `p` (`punkt`, `pkt`); other lines are not tried. */
const MAY_BE_NUMBERED = /^\s*[\dpP]/;

/** A heading's number, title, and its shape: the numbering around the number (`#.`, `punkt#:`). */
function numbered(text: string): Numbered | null {
  if (!MAY_BE_NUMBERED.test(text)) return null;
  const m = NUMBERED.exec(text.replace(/\s+/g, ' ').trim());
  if (!m) return null;
  return { shape: `${(m[1] ?? '').toLowerCase().replace(/\s+/g, '')}#${m[3]!.trim()}`, number: Number(m[2]), title: m[4]! };
}

/** White space that folding changes: any but a plain space, or two spaces in a row. Most lines have none, and are only trimmed. */
const UNEVEN_SPACE = /[^\S ]| {2}/;
const norm = (s: string) => (UNEVEN_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
const fold = (s: string) => norm(s).toLowerCase().replace(/[.:]+$/, '');

export function extentDiagnostics(doc: MeetingDocument, lines: Line[]): Diagnostic[] {
  if (doc.items.length === 0) return [];
  // Every line's text with its spaces folded, once (three passes read it).
  const texts = lines.map((l) => norm(l.text));
  const headings = headingLines(doc.items, lines, texts);
  return [...restarts(doc.items, lines, headings, texts), ...longLastItem(doc, lines, headings)];
}

/**
 * The line each item's heading starts on, where it can be found; -1 where
 * not. Found from the last item back, each before the one after it, so that
 * an agenda or a table of contents listing the same headings above the items
 * is passed over, as is a line right after or before the heading of the item
 * before or after it (a list of the items, not one of them); in a PDF, on the
 * page where the item starts.
 */
function headingLines(items: Item[], lines: Line[], texts: string[]): number[] {
  const heads = items.map((it) => norm(it.heading));
  const isHeading = (k: number, i: number | undefined) => {
    if (k < 0 || k >= heads.length || i === undefined) return false;
    const h = heads[k]!;
    const t = texts[i]!;
    return t.length >= Math.min(h.length, 6) && (h.startsWith(t) || t.startsWith(h));
  };
  const nextText = (i: number, step: number) => {
    for (let j = i + step; j >= 0 && j < texts.length; j += step) if (texts[j] !== '') return j;
    return undefined;
  };
  const out: number[] = new Array<number>(items.length).fill(-1);
  let upto = texts.length;
  for (let k = items.length - 1; k >= 0; k--) {
    const start = items[k]!.pages?.start;
    for (let i = upto - 1; i >= 0; i--) {
      if (start !== undefined && lines[i]!.page !== start) continue;
      if (!isHeading(k, i) || isHeading(k + 1, nextText(i, 1)) || isHeading(k - 1, nextText(i, -1))) continue;
      out[k] = i;
      upto = i;
      break;
    }
  }
  return out;
}

/**
 * A run of headings numbered 1, 2, 3 … after the first item, numbered as the
 * document numbers its items (the same shape) and worded like headings, in
 * one style: three of them, bold where the items' headings are bold, or two
 * where one repeats a title of this document's items (`Godkendelse af
 * dagsorden`, `Eventuelt`).
 */
function restarts(items: Item[], lines: Line[], at: number[], texts: string[]): Diagnostic[] {
  const shapes = new Map<string, number>();
  for (const it of items) {
    const n = numbered(it.heading);
    if (n) shapes.set(n.shape, (shapes.get(n.shape) ?? 0) + 1);
  }
  const [shape, count] = [...shapes].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const first = at.find((i) => i >= 0);
  if (count < 2 || count * 2 < items.length || first === undefined) return [];
  const found = at.filter((i) => i >= 0);
  const own = new Set(found);
  const bold = found.filter((i) => lines[i]!.bold).length * 3 >= found.length * 2;
  const fullStops = items.filter((it) => /\.$/.test(it.heading)).length * 2 >= items.length;
  const titles = new Set(items.map((it) => fold(it.title)).filter((t) => t !== ''));

  let run: number[] = [];
  let runBold = false;
  let restarted = false;
  for (let i = first + 1; i < lines.length; i++) {
    if (own.has(i)) continue;
    const l = lines[i]!;
    const n = numbered(l.text);
    if (!n || n.shape !== shape || !TITLE_START.test(n.title) || n.title.length > 150) continue;
    // A sentence is a list's entry; an abbreviation (`Evt.`) is not a sentence.
    if (/[,;]$/.test(n.title) || (!fullStops && /\p{L}{5,}\.$/u.test(n.title))) continue;
    if (n.number === 1) {
      if (restarted) break;
      // A list its line introduces (`De fem områder er:`, `Dagsorden:`) is no restart of the items.
      run = /:$/.test(texts[previousText(texts, i)] ?? '') ? [] : [i];
      runBold = l.bold === true;
    } else if (run.length > 0 && n.number === run.length + 1 && (l.bold === true) === runBold) run.push(i);
    else continue;
    const repeats = run.some((j) => titles.has(fold(numbered(lines[j]!.text)!.title)));
    restarted ||= (run.length >= RUN_ALONE && (runBold || !bold) && spaced(texts, run)) || (run.length >= 2 && repeats);
  }
  if (!restarted) return restartBefore(items, lines, at, shape, first, texts);
  const start = lines[run[0]!]!;
  const before = [...items.keys()].filter((k) => at[k]! >= 0 && at[k]! < run[0]!).pop() ?? 0;
  const shown = norm(start.text).slice(0, 60);
  return [
    diagnostic(
      'warning',
      'numbering-restarts',
      `The numbering starts again at 1 after item ${items[before]!.number} ("${shown}" and ${run.length - 1} more numbered on from it): the file may hold more than one meeting, read here as one`,
      { page: start.page, line: start.line },
    ),
  ];
}

/**
 * The same break the other way round: a run of headings numbered 1, 2, 3 …
 * over text of their own, in the items' shape, ends before the first item,
 * which is numbered 1 (an earlier meeting's items, read as this one's header).
 */
function restartBefore(items: Item[], lines: Line[], at: number[], shape: string, first: number, texts: string[]): Diagnostic[] {
  if (items[0]!.number !== 1 || at[0] !== first) return [];
  let run: number[] = [];
  for (let i = 0; i < first; i++) {
    const n = numbered(lines[i]!.text);
    if (!n || n.shape !== shape || !TITLE_START.test(n.title) || n.title.length > 150) continue;
    if (n.number === 1) run = [i];
    else if (run.length > 0 && n.number === numbered(lines[run[run.length - 1]!]!.text)!.number + 1) run.push(i);
  }
  if (run.length < RUN_ALONE || !spaced(texts, run)) return [];
  const start = lines[first]!;
  const last = numbered(lines[run[run.length - 1]!]!.text)!.number;
  return [
    diagnostic(
      'warning',
      'numbering-restarts',
      `The numbering starts again at 1 after item ${last} ("${norm(start.text).slice(0, 60)}" and the items numbered on from it): the file may hold more than one meeting; the items before are read here as the header`,
      { page: start.page, line: start.line },
    ),
  ];
}

function previousText(texts: string[], i: number): number {
  let j = i - 1;
  while (j >= 0 && texts[j] === '') j--;
  return j;
}

/** Lines of text between headings, typically, that make items rather than a list's entries (wrapped over a line or two). */
const ITEM_LINES = 3;

/** Whether the headings of a run stand apart like items, with text between most of them. */
function spaced(texts: string[], run: number[]): boolean {
  const gaps: number[] = [];
  for (let k = 1; k < run.length; k++) {
    let n = 0;
    for (let i = run[k - 1]! + 1; i < run[k]!; i++) if (texts[i] !== '') n++;
    gaps.push(n);
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)]! >= ITEM_LINES;
}

/** A last item that runs on for many pages, and for more of the document than all the items before it. */
function longLastItem(doc: MeetingDocument, lines: Line[], at: number[]): Diagnostic[] {
  const last = doc.items[doc.items.length - 1]!;
  const before = doc.items.slice(0, -1);
  let span: number;
  let others: number;
  let where: { page: number | null; line: number | null };
  let what: string;
  if (last.pages) {
    span = last.pages.end - last.pages.start + 1;
    const firstPage = before.find((it) => it.pages)?.pages?.start ?? last.pages.start;
    others = last.pages.start - firstPage;
    const heading = at[at.length - 1]!;
    where = heading >= 0 ? { page: lines[heading]!.page, line: lines[heading]!.line } : { page: last.pages.start, line: null };
    what = `${span} pages (${last.pages.start}–${last.pages.end})`;
  } else {
    const start = at[at.length - 1]!;
    const firstLine = at.find((i) => i >= 0) ?? -1;
    if (start < 0) return [];
    let end = lines.length - 1;
    while (end > start && lines[end]!.text.trim() === '') end--;
    const n = end - start + 1;
    span = Math.floor(n / LINES_PER_PAGE);
    others = Math.floor((start - firstLine) / LINES_PER_PAGE);
    where = { page: lines[start]!.page, line: lines[start]!.line };
    what = `${n} lines`;
  }
  if (span < LONG_PAGES || span <= others) return [];
  return [
    diagnostic(
      'warning',
      'last-item-long',
      `The last item (${last.number}) runs ${what}, more than all items before it: the file may hold appendices or other documents after the minutes, read here as the item's text`,
      where,
    ),
  ];
}
