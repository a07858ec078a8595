/**
 * Minutes kept as a table of items, one row an item (`Pkt. | Emne |
 * Beslutning | Ansvarlig`), from a Word document, a web page, a text file
 * with tabs or a Markdown table: each row becomes a numbered heading
 * (`3. Haven`) over the text of its other cells, which the segmenter then
 * reads as any item. The columns' roles are read from the table's own
 * headings where it has them (rows of data with their examples), else from
 * the cells: a column of rising numbers and the text beside it.
 */
import type { Line } from '../extract/types.js';
import { USUAL_TITLE } from './headings.js';

export type ColumnRole = 'number' | 'title' | 'decision' | 'responsible' | 'duration' | 'kind';

/** Column headings and the role each names; tests/vocabulary.test.ts runs the examples. */
export const TABLE_COLUMNS: { role: ColumnRole; heading: RegExp; examples: string[] }[] = [
  { role: 'number', heading: /^(?:Pkt\.?|Punkt\s*nr\.?|Nr\.?|#|Dagsordenspunkt\s*nr\.?)$/iu, examples: ['Pkt.', 'Nr.', '#'] },
  { role: 'title', heading: /^(?:Emne|Punkt|Dagsorden|Dagsordenspunkt|Dagsordenpunkt|Titel|Sag|Overskrift|Indhold|Punkter)$/iu, examples: ['Emne', 'Dagsordenspunkt', 'Punkter'] },
  { role: 'decision', heading: /^(?:Beslutning(?:er)?|Referat|Konklusion|Drøftelse|Bemærkning(?:er)?|Kommentar(?:er)?|Resultat|Status|Aftale(?:r)?|Beslutning\s*\/\s*referat|Referat\s*\/\s*beslutning)$/iu, examples: ['Beslutning', 'Referat', 'Bemærkninger', 'Referat/beslutning'] },
  { role: 'responsible', heading: /^(?:Ansvarlig|Ansvar|Hvem|Opfølgning|Deadline|Frist|Tovholder)$/iu, examples: ['Ansvarlig', 'Hvem', 'Tovholder'] },
  { role: 'duration', heading: /^(?:Tid|Min\.?|Minutter|Tidsramme|Varighed)$/iu, examples: ['Tid', 'Min.'] },
  { role: 'kind', heading: /^(?:Formål|Type|Art|Sagstype)$/iu, examples: ['Formål', 'Art'] },
];

/** The role a column heading names, or null. */
export function columnRole(heading: string): ColumnRole | null {
  const h = heading.trim().replace(/:$/u, '');
  return TABLE_COLUMNS.find((c) => c.heading.test(h))?.role ?? null;
}

/** An item's number as a cell gives it: `3`, `3.`, `Pkt. 3`, `Punkt 3`. */
const NUMBER_CELL = /^(?:(?:Pkt\.?|Punkt)\s*)?(\d{1,3})\.?$/iu;

/** A line's cells: an extractor's table row, a text's tab-separated row, or a Markdown table's row. */
function cellsOf(l: Line): string[] | null {
  if (l.cells && l.cells.length >= 2) return l.cells;
  const t = l.text;
  // Tabs in a PDF's line are gaps in its layout, read by the layout's own means; in a text file they separate cells.
  if (t.includes('\t') && l.x === undefined) {
    const cells = t.split('\t').map((c) => c.trim());
    return cells.filter((c) => c !== '').length >= 2 ? cells : null;
  }
  const md = /^\s*\|(.*)\|\s*$/u.exec(t);
  if (md) return md[1]!.split('|').map((c) => c.trim());
  return null;
}

/** A Markdown table's rule under its headings: `|---|:---:|`. */
const MD_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u;

interface Row {
  line: Line;
  cells: string[];
}

/**
 * The document's lines with each table of items rewritten as numbered
 * headings over their text; `tables` counts the tables rewritten.
 */
export function itemTables(lines: Line[]): { lines: Line[]; tables: number } {
  if (!lines.some((l) => (l.cells && l.cells.length >= 2) || l.text.includes('\t') || l.text.includes('|'))) return { lines, tables: 0 };
  const out: Line[] = [];
  let tables = 0;
  let i = 0;
  while (i < lines.length) {
    const rows: Row[] = [];
    let j = i;
    while (j < lines.length) {
      const l = lines[j]!;
      if (l.rowPart && rows.length > 0) {
        // A cell of several paragraphs gave lines of its own after the row's first: they are in the row's cells already.
        j++;
        continue;
      }
      if (MD_RULE.test(l.text) && rows.length > 0) {
        j++;
        continue;
      }
      const cells = cellsOf(l);
      if (!cells) break;
      rows.push({ line: l, cells });
      j++;
    }
    const converted = rows.length >= 2 ? rewrite(rows) : null;
    if (converted) {
      out.push(...converted);
      tables++;
      i = j;
    } else {
      out.push(lines[i]!);
      i++;
    }
  }
  return { lines: out, tables };
}

/** A table's rows as numbered headings and their text, or null when it is no table of items. */
function rewrite(rows: Row[]): Line[] | null {
  // The table's headings: the first row, when its cells name columns and hold no item number.
  const first = rows[0]!.cells;
  const named = first.map(columnRole);
  const hasHead = named.filter((r) => r !== null).length >= 2 && !first.some((c) => NUMBER_CELL.test(c));
  const headings = hasHead ? first : rows[0]!.line.head ?? [];
  const body = hasHead ? rows.slice(1) : rows;
  const roles: (ColumnRole | null)[] = headings.length > 0 && headings.map(columnRole).filter((r) => r !== null).length >= 2 ? headings.map(columnRole) : [];
  const width = Math.max(...body.map((r) => r.cells.length));
  // The number column: named so, or the first whose cells are item numbers in most rows.
  let numberAt = roles.indexOf('number');
  for (let k = 0; numberAt < 0 && k < width; k++) {
    const numbered = body.filter((r) => NUMBER_CELL.test(r.cells[k] ?? '')).length;
    if (numbered >= 2 && numbered * 3 >= body.length * 2) numberAt = k;
  }
  if (numberAt < 0 || body.length < 2) return null;
  let titleAt = roles.indexOf('title');
  if (titleAt < 0 || titleAt === numberAt) titleAt = [...Array(width).keys()].find((k) => k !== numberAt && body.some((r) => /\p{L}/u.test(r.cells[k] ?? ''))) ?? -1;
  if (titleAt < 0) return null;
  // The numbers rise; a row without a number goes on with the item above it.
  const items: { number: number; row: Row; more: Row[] }[] = [];
  for (const r of body) {
    const m = NUMBER_CELL.exec(r.cells[numberAt] ?? '');
    if (m) {
      const n = Number(m[1]);
      if (items.length > 0 && n <= items[items.length - 1]!.number) return null;
      items.push({ number: n, row: r, more: [] });
    } else if (items.length > 0) items[items.length - 1]!.more.push(r);
    else return null;
  }
  if (items.length < 2) return null;
  // A table of items, not of figures (`1 | Løn | 200.000`): its columns are named so, a title is a usual item's, or most rows have words beside the title.
  const columnsNamed = roles.includes('title') || roles.includes('decision');
  const usual = items.some((it) => USUAL_TITLE.test(it.row.cells[titleAt] ?? ''));
  const worded = items.filter((it) => it.row.cells.some((c, k) => k !== numberAt && k !== titleAt && /\p{L}{2,}\s+\p{L}{2,}/u.test(c))).length * 2 >= items.length;
  if (!columnsNamed && !usual && !worded) return null;
  const out: Line[] = [];
  const at = (l: Line, text: string): Line => ({ text, page: l.page, line: l.line });
  for (const it of items) {
    const l = it.row.line;
    const title = (it.row.cells[titleAt] ?? '').replace(/\n+/gu, ' ').trim();
    out.push(at(l, `${it.number}. ${title}`));
    for (const r of [it.row, ...it.more]) {
      r.cells.forEach((cell, k) => {
        if (k === numberAt || (k === titleAt && r === it.row) || cell.trim() === '') return;
        const role = roles[k] ?? null;
        const label = headings[k]?.trim().replace(/:$/u, '');
        if ((role === 'responsible' || role === 'duration' || role === 'kind') && label) out.push(at(l, `${label}: ${cell.replace(/\n+/gu, ' ')}`));
        else for (const part of cell.split('\n')) if (part.trim() !== '') out.push(at(l, part.trim()));
      });
    }
    out.push(at(l, ''));
  }
  return out;
}
