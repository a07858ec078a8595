/**
 * `minutes query`: agenda items (or only decisions) across the archive, by
 * filters that all become bound parameters; searches go through fts.ts first.
 */
import type { Db } from '../store/db.js';
import { containsPattern, fold } from '../store/fold.js';
import { Outcome } from '../schema.js';
import { QueryError } from './errors.js';
import { toFtsQuery, toNameQuery } from './fts.js';
import type { ItemRow } from './rows.js';

export interface ItemFilters {
  /** Only items with a recorded decision. */
  decisionsOnly?: boolean;
  /** Full-text search in the decision text only. */
  decisionText?: string;
  /** Full-text search in titles, section texts and decisions. */
  search?: string;
  body?: string;
  from?: string;
  to?: string;
  outcome?: string[];
  type?: string;
  closed?: boolean;
  person?: string;
  limit?: number;
}

/** `2021`, `2021-03` or `2021-03-05` as the first (or last) day it covers. */
export function dateBound(value: string, end: boolean, flag: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) throw new QueryError(`${flag} ${JSON.stringify(value)} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, y, mo, d] = m;
  const month = mo ? Number(mo) : end ? 12 : 1;
  if (month < 1 || month > 12) throw new QueryError(`${flag} ${JSON.stringify(value)} has no month ${mo}`);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  const day = d ? Number(d) : end ? last : 1;
  if (day < 1 || day > last) throw new QueryError(`${flag} ${JSON.stringify(value)} has no day ${d}`);
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Not an outcome but its absence: items whose outcome the parser could not tell (what `stats` counts as unknown). */
export const UNKNOWN_OUTCOME = 'unknown';
const OUTCOME_CHOICES: readonly string[] = [...Outcome.options, UNKNOWN_OUTCOME];

export function parseOutcomes(value: string): string[] {
  const given = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (given.length === 0) throw new QueryError('--outcome needs a value');
  for (const o of given) {
    // Case is folded for the comparison only: the message names the value as the user wrote it.
    if (!OUTCOME_CHOICES.includes(o.toLowerCase())) {
      throw new QueryError(`--outcome ${JSON.stringify(o)} is not one of ${OUTCOME_CHOICES.join(', ')}`);
    }
  }
  return given.map((o) => o.toLowerCase());
}

/**
 * A search that matches many items with a small --limit is fastest walked in
 * date order, stopping at the limit; one that matches few is fastest from the
 * full-text index, then sorted. Counting the matches first is cheap (a few ms
 * for a word in every seventh item of a 100,000-meeting archive). Walking
 * costs about (limit / matches) of all items, sorting about 27 times the
 * matches (both measured on such an archive).
 */
export function dateDriven(db: Db, ftsQueries: string[], limit: number | undefined): boolean {
  if (ftsQueries.length === 0 || limit === undefined) return false;
  const items = (db.prepare('SELECT max(id) FROM items').pluck().get() as number | null) ?? 0;
  const count = db.prepare<[string], number>('SELECT count(*) FROM items_fts WHERE items_fts MATCH ?').pluck();
  const matches = Math.min(...ftsQueries.map((q) => count.get(q) ?? 0));
  return matches * matches * 27 > limit * items;
}

/** The columns of an ItemRow as SQL over `items i JOIN meetings m`. */
export const ITEM_ROW_COLUMNS = `m.id AS meetingId, m.date, m.body, i.number, i.title, i.itemType, i.closed, i.outcome, i.decision,
           m.file, i.pageStart, i.pageEnd`;

export interface RawRow extends Omit<ItemRow, 'closed' | 'pages'> {
  closed: number;
  pageStart: number | null;
  pageEnd: number | null;
}

/** The WHERE conditions of `f` over `items i JOIN meetings m`, with their bound parameters in order. */
export interface ItemConditions {
  where: string[];
  params: unknown[];
  /** The FTS5 queries over items_fts among the conditions. */
  searches: string[];
}

/**
 * `f` as SQL conditions on `items i` and `meetings m`: every value a bound
 * parameter, searches rebuilt by fts.ts. Shared by `query` and `serve`.
 */
export function itemConditions(f: ItemFilters): ItemConditions {
  const where: string[] = [];
  const params: unknown[] = [];
  const fts = (table: string, query: string) => {
    params.push(query);
    return `(SELECT rowid FROM ${table} WHERE ${table} MATCH ?)`;
  };

  const searches: string[] = [];
  const search = (query: string) => {
    searches.push(query);
    return `i.id IN ${fts('items_fts', query)}`;
  };
  if (f.decisionsOnly) where.push('i.decision IS NOT NULL');
  // An empty search is an error like a blank one, not a search for everything.
  if (f.decisionText != null) where.push(search(`decision : (${toFtsQuery(f.decisionText)})`));
  if (f.search != null) where.push(search(toFtsQuery(f.search)));
  if (f.body != null) {
    if (fold(f.body).trim() === '') throw new QueryError('--body needs a name');
    where.push(`m.bodyKey IN (SELECT DISTINCT bodyKey FROM meetings WHERE bodyKey LIKE ? ESCAPE '\\')`);
    params.push(containsPattern(f.body.trim()));
  }
  if (f.from != null) {
    where.push('m.date >= ?');
    params.push(dateBound(f.from, false, '--from'));
  }
  if (f.to != null) {
    where.push('m.date <= ?');
    params.push(dateBound(f.to, true, '--to'));
  }
  if (f.outcome) {
    const known = f.outcome.filter((o) => o !== UNKNOWN_OUTCOME);
    const either: string[] = [];
    if (known.length > 0) {
      either.push(`i.outcome IN (${known.map(() => '?').join(', ')})`);
      params.push(...known);
    }
    if (known.length < f.outcome.length) either.push('i.outcome IS NULL');
    where.push(`(${either.join(' OR ')})`);
  }
  if (f.type != null) {
    where.push(`i.itemType LIKE ? ESCAPE '\\'`);
    params.push(containsPattern(f.type.trim()));
  }
  if (f.closed != null) {
    where.push('i.closed = ?');
    params.push(f.closed ? 1 : 0);
  }
  if (f.person != null) {
    where.push(`m.id IN (SELECT p.meetingId FROM participants p WHERE p.id IN ${fts('people_fts', toNameQuery(f.person))})`);
  }
  return { where, params, searches };
}

/** An SQLite error from a search we rebuilt (rare) as one line for the user; other errors as they are. */
export function searchError(err: unknown, f: ItemFilters): unknown {
  if ((err as { code?: string }).code === 'SQLITE_ERROR' && (f.search || f.decisionText || f.person)) {
    return new QueryError(`the search cannot be run (${(err as Error).message.replace(/^fts5: /, '')})`);
  }
  return err;
}

export function queryItems(db: Db, f: ItemFilters): ItemRow[] {
  const { where, params, searches } = itemConditions(f);
  params.push(f.limit ?? -1);

  let raw: RawRow[];
  try {
    const sql = `
    SELECT ${ITEM_ROW_COLUMNS}
    FROM ${dateDriven(db, searches, f.limit) ? 'meetings m CROSS JOIN items i' : 'items i JOIN meetings m'} ON m.id = i.meetingId
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY m.date, m.id, i.position
    LIMIT ?`;
    raw = db.prepare<unknown[], RawRow>(sql).all(...params);
  } catch (err) {
    // The search was rebuilt by us, so this is rare; still, a user sees one line, not SQL.
    throw searchError(err, f);
  }
  return raw.map(toItemRow);
}

/** A row as SQL gives it to the row `query` prints. */
export function toItemRow({ closed, pageStart, pageEnd, ...r }: RawRow): ItemRow {
  return {
    meetingId: r.meetingId,
    date: r.date,
    body: r.body,
    number: r.number,
    title: r.title,
    itemType: r.itemType,
    closed: closed === 1,
    outcome: r.outcome,
    decision: r.decision,
    file: r.file,
    pages: pageStart != null && pageEnd != null ? { start: pageStart, end: pageEnd } : null,
  };
}
