/**
 * One writer for every command that prints rows: json (an array, `[]` when
 * empty), ndjson, yaml, csv, or a table. The table is wrapped to the terminal
 * and coloured only when stdout is a terminal; piped, its rows stay whole.
 */
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { Chalk } from 'chalk';
import { toYaml } from '../util/yaml.js';
import { useColor, type CliIO } from './io.js';

export const ROW_FORMATS = ['table', 'json', 'ndjson', 'yaml', 'csv'] as const;
export type RowFormat = (typeof ROW_FORMATS)[number];

export type Row = Record<string, unknown>;

export interface Column<R extends Row = Row> {
  /** Header in table and csv. */
  header: string;
  value(row: R): unknown;
  /** May be wrapped (and narrowed) to fit a terminal; a bigger weight gets more of the width. */
  wrap?: number;
}

/** Table on a terminal, JSON otherwise. */
export function defaultRowFormat(io: CliIO): RowFormat {
  return io.stdout.isTTY ? 'table' : 'json';
}

export function writeRows<R extends Row>(io: CliIO, rows: R[], format: RowFormat, columns: Column<R>[]): void {
  const out = io.stdout;
  switch (format) {
    case 'json':
      out.write(rowsToJson(rows));
      return;
    case 'ndjson':
      for (const r of rows) out.write(JSON.stringify(r) + '\n');
      return;
    case 'yaml':
      out.write(rows.length === 0 ? '[]\n' : toYaml(rows));
      return;
    case 'csv':
      out.write(rowsToCsv(rows, columns));
      return;
    case 'table':
      out.write(table(io, rows, columns));
      return;
  }
}

/** A cell as text: null is empty, objects as JSON. */
export function cell(v: unknown): string {
  if (v == null) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Rows as `--format csv` prints them: a header row, CR LF line ends. */
export function rowsToCsv<R extends Row>(rows: R[], columns: Column<R>[]): string {
  return csvLine(columns.map((c) => c.header)) + rows.map((r) => csvLine(columns.map((c) => cell(c.value(r))))).join('');
}

/** Rows as `--format json` prints them (`[]` when empty). */
export function rowsToJson<R extends Row>(rows: R[]): string {
  return rows.length === 0 ? '[]\n' : JSON.stringify(rows, null, 2) + '\n';
}

function csvLine(cells: string[]): string {
  return stringifyCsv([cells], { record_delimiter: 'windows' });
}

function table<R extends Row>(io: CliIO, rows: R[], columns: Column<R>[]): string {
  const tty = io.stdout.isTTY === true;
  const c = new Chalk({ level: useColor(io, io.stdout) ? 1 : 0 });
  const body = rows.map((r) => columns.map((col) => cell(col.value(r)).replace(/\s*\n\s*/g, ' ')));
  const widths = columns.map((col, i) => Math.max(col.header.length, ...body.map((cells) => cells[i]!.length)));
  const gap = 2;
  if (tty) fit(widths, columns, Math.max(40, (io.stdout.columns ?? 100) - 1), gap);
  // Piped, rows stay whole, one a line; a wrappable column is padded to its
  // widest cell of at most PIPED_WIDTH, so that a longer cell makes only its
  // own row longer instead of padding every row to it.
  else {
    for (const [i, col] of columns.entries()) {
      if (col.wrap) widths[i] = Math.max(col.header.length, ...body.map((cells) => cells[i]!.length).filter((n) => n <= PIPED_WIDTH));
    }
  }
  const lines: string[] = [];
  const render = (cells: string[], paint: (s: string) => string) => {
    const wrapped = cells.map((text, i) => (tty ? clip(wrap(text, widths[i]!), widths[i]!) : [text]));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let k = 0; k < height; k++) {
      const line = wrapped.map((w, i) => (w[k] ?? '').padEnd(widths[i]!)).join(' '.repeat(gap));
      lines.push(paint(line.trimEnd()));
    }
  };
  render(
    columns.map((col) => col.header),
    (s) => c.bold(s),
  );
  lines.push(c.dim(widths.map((w) => '─'.repeat(w)).join(' '.repeat(gap))));
  for (const cells of body) render(cells, (s) => s);
  if (rows.length === 0) lines.push(c.dim('(no rows)'));
  return lines.join('\n') + '\n';
}

/** The widest a wrappable column is padded to when the table is piped. */
const PIPED_WIDTH = 80;

/** Most lines a cell shows on a terminal; the rest is in json, yaml or csv. */
const MAX_CELL_LINES = 8;

function clip(lines: string[], width: number): string[] {
  if (lines.length <= MAX_CELL_LINES) return lines;
  const last = lines[MAX_CELL_LINES - 1]!;
  return [...lines.slice(0, MAX_CELL_LINES - 1), (last.length < width ? last : last.slice(0, width - 1)) + '…'];
}

/**
 * Shares the width left by the fixed columns among the wrappable ones by their
 * weights: a column that needs less than its share keeps its natural width and
 * leaves the rest to the others.
 */
function fit<R extends Row>(widths: number[], columns: Column<R>[], total: number, gap: number): void {
  const flexible = new Set(columns.map((col, i) => (col.wrap ? i : -1)).filter((i) => i >= 0));
  const fixed = widths.reduce((sum, w, i) => (flexible.has(i) ? sum : sum + w), 0) + gap * (widths.length - 1);
  let available = total - fixed;
  if ([...flexible].reduce((sum, i) => sum + widths[i]!, 0) <= available) return;
  let open = [...flexible];
  for (;;) {
    const weight = open.reduce((sum, i) => sum + columns[i]!.wrap!, 0);
    const small = open.filter((i) => widths[i]! <= (available * columns[i]!.wrap!) / weight);
    if (small.length === 0) break;
    for (const i of small) available -= widths[i]!;
    open = open.filter((i) => !small.includes(i));
    if (open.length === 0) return;
  }
  const weight = open.reduce((sum, i) => sum + columns[i]!.wrap!, 0);
  for (const i of open) widths[i] = Math.max(MIN_WIDTH, Math.floor((available * columns[i]!.wrap!) / weight));
  // The minimum width may have taken more than the share: give it back from the widest.
  for (let excess = open.reduce((sum, i) => sum + widths[i]!, 0) - available; excess > 0; excess--) {
    const widest = open.reduce((a, b) => (widths[b]! > widths[a]! ? b : a));
    if (widths[widest]! <= MIN_WIDTH) return;
    widths[widest]! -= 1;
  }
}

const MIN_WIDTH = 12;

/** Word wrap to `width`; words longer than the width are cut. */
export function wrap(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(' ')) {
    while (word.length > width) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
