/**
 * The search behind the search page and /api/search: the filters of `query`
 * (read from URL parameters of the same names), a page of rows in date or
 * relevance order, a total and facet counts (bodies, years, outcomes), and
 * the words to highlight.
 */
import type { Db } from '../store/db.js';
import { QueryError } from '../query/errors.js';
import { searchTerms, toFtsQuery, type SearchTerm } from '../query/fts.js';
import { dateDriven, ITEM_ROW_COLUMNS, itemConditions, parseOutcomes, searchError, toItemRow, type ItemFilters, type RawRow } from '../query/items.js';
import type { ItemRow } from '../query/rows.js';

export const SORTS = ['newest', 'oldest', 'relevance'] as const;
export type Sort = (typeof SORTS)[number];

/** The filters a URL names, as `query`'s options: `search`, `decision`, `body`, `from`, `to`, `outcome`, `type`, `closed`, `person`. */
export const FILTER_PARAMS = ['search', 'decision', 'body', 'from', 'to', 'outcome', 'type', 'closed', 'person'] as const;

/** A parameter's value, or undefined when absent or blank (a form sends its empty fields). */
function given(p: URLSearchParams, name: string): string | undefined {
  const v = p.get(name);
  return v == null || v.trim() === '' ? undefined : v;
}

/** `query`'s filters from URL parameters; a bad value is a QueryError (400). */
export function filtersFromParams(p: URLSearchParams): ItemFilters {
  const f: ItemFilters = {};
  const search = given(p, 'search');
  if (search !== undefined) f.search = search;
  // `decision` present: only items with a decision; with a value, whose decision matches it.
  if (p.has('decision')) {
    f.decisionsOnly = true;
    const text = given(p, 'decision');
    if (text !== undefined) f.decisionText = text;
  }
  for (const name of ['body', 'from', 'to', 'type', 'person'] as const) {
    const v = given(p, name);
    if (v !== undefined) f[name] = v;
  }
  const outcomes = p.getAll('outcome').filter((o) => o.trim() !== '');
  if (outcomes.length > 0) f.outcome = parseOutcomes(outcomes.join(','));
  const closed = given(p, 'closed');
  if (closed !== undefined) {
    if (closed !== 'true' && closed !== 'false') throw new QueryError(`closed ${JSON.stringify(closed)} is not true or false`);
    f.closed = closed === 'true';
  }
  // Checked here, so that a bad date is a 400 even when nothing else runs.
  itemConditions(f);
  return f;
}

export function sortFromParams(p: URLSearchParams, f: ItemFilters): Sort {
  const s = given(p, 'sort');
  // Newest first unless asked: ranking every match costs time in proportion to the matches.
  if (s === undefined) return 'newest';
  if (!(SORTS as readonly string[]).includes(s)) throw new QueryError(`sort ${JSON.stringify(s)} is not one of ${SORTS.join(', ')}`);
  if (s === 'relevance' && !f.search && !f.decisionText) return 'newest';
  return s as Sort;
}

/** A positive whole number parameter, or the default. */
export function intParam(p: URLSearchParams, name: string, fallback: number, max: number): number {
  const v = given(p, name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new QueryError(`${name} ${JSON.stringify(v)} is not a positive whole number`);
  return Math.min(Number(v), max);
}

export interface ResultRow extends ItemRow {
  itemId: number;
  caseNumber: string | null;
}

export interface FacetValue {
  value: string | null;
  count: number;
}

export interface SearchResult {
  /** Items that match, counted up to FACET_CAP (then `capped`). */
  total: number;
  /** More items match than were counted: the total and the facets are of the first FACET_CAP found. */
  capped: boolean;
  facets: { body: FacetValue[]; year: FacetValue[]; outcome: FacetValue[] };
  rows: ResultRow[];
  page: number;
  pageSize: number;
  sort: Sort;
  terms: SearchTerm[];
}

/**
 * Facets and the total are counted over at most this many matching items, so
 * that a search matching half the archive still answers at once; beyond it
 * the page says "more than".
 */
export const FACET_CAP = 2_000;

interface Counted {
  body: string | null;
  year: string | null;
  outcome: string | null;
  n: number;
}

function facetList(counts: Map<string | null, number>): FacetValue[] {
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)));
}

export function runSearch(db: Db, f: ItemFilters, opts: { sort: Sort; page: number; pageSize: number }): SearchResult {
  const { where, params, searches } = itemConditions(f);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const offset = (opts.page - 1) * opts.pageSize;
  try {
    let rows: (RawRow & { itemId: number; caseNumber: string | null })[];
    const columns = `${ITEM_ROW_COLUMNS}, i.id AS itemId, i.caseNumber`;
    if (opts.sort === 'relevance') {
      const rankQuery = f.search != null ? toFtsQuery(f.search) : `decision : (${toFtsQuery(f.decisionText!)})`;
      // The ranked search drives; the same search again among the conditions would be run once per match.
      const rest = itemConditions(f.search != null ? { ...f, search: undefined } : { ...f, decisionText: undefined });
      const restSql = rest.where.length ? `WHERE ${rest.where.join(' AND ')}` : '';
      rows = db
        .prepare(
          `SELECT ${columns} FROM (SELECT rowid, rank FROM items_fts WHERE items_fts MATCH ?) r
           JOIN items i ON i.id = r.rowid JOIN meetings m ON m.id = i.meetingId
           ${restSql} ORDER BY r.rank, m.date DESC, i.id LIMIT ? OFFSET ?`,
        )
        .all(rankQuery, ...rest.params, opts.pageSize, offset) as typeof rows;
    } else {
      const dir = opts.sort === 'newest' ? 'DESC' : 'ASC';
      const from = dateDriven(db, searches, offset + opts.pageSize) ? 'meetings m CROSS JOIN items i' : 'items i JOIN meetings m';
      rows = db
        .prepare(`SELECT ${columns} FROM ${from} ON m.id = i.meetingId ${whereSql} ORDER BY m.date ${dir}, m.id ${dir}, i.position LIMIT ? OFFSET ?`)
        .all(...params, opts.pageSize, offset) as typeof rows;
    }
    // A search matching many items finds its first FACET_CAP fastest walking the meetings (by date, when a range is given).
    const facetFrom = dateDriven(db, searches, FACET_CAP) ? 'meetings m CROSS JOIN items i' : 'items i JOIN meetings m';
    const counted = db
      .prepare(
        `SELECT body, year, outcome, count(*) AS n FROM (
           SELECT m.body AS body, substr(m.date, 1, 4) AS year, i.outcome AS outcome
           FROM ${facetFrom} ON m.id = i.meetingId ${whereSql} LIMIT ?)
         GROUP BY body, year, outcome`,
      )
      .all(...params, FACET_CAP + 1) as Counted[];
    const bodies = new Map<string | null, number>();
    const years = new Map<string | null, number>();
    const outcomes = new Map<string | null, number>();
    let total = 0;
    for (const c of counted) {
      total += c.n;
      bodies.set(c.body, (bodies.get(c.body) ?? 0) + c.n);
      years.set(c.year, (years.get(c.year) ?? 0) + c.n);
      outcomes.set(c.outcome, (outcomes.get(c.outcome) ?? 0) + c.n);
    }
    const capped = total > FACET_CAP;
    return {
      total: Math.min(total, FACET_CAP),
      capped,
      facets: {
        body: facetList(bodies),
        year: facetList(years).sort((a, b) => String(b.value).localeCompare(String(a.value))),
        outcome: facetList(outcomes),
      },
      rows: rows.map((r) => ({ ...toItemRow(r), itemId: r.itemId, caseNumber: r.caseNumber })),
      page: opts.page,
      pageSize: opts.pageSize,
      sort: opts.sort,
      terms: [...(f.search ? searchTerms(f.search) : []), ...(f.decisionText ? searchTerms(f.decisionText) : [])],
    };
  } catch (err) {
    throw searchError(err, f);
  }
}

/** A regular expression that finds the terms in text (case folded, whole words; a prefix term at a word's start). */
export function termPattern(terms: SearchTerm[]): RegExp | null {
  if (terms.length === 0) return null;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = terms
    .map((t) => {
      const words = t.text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(esc);
      if (words.length === 0) return null;
      return `(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}${t.prefix ? '' : '(?![\\p{L}\\p{N}])'}`;
    })
    .filter((p): p is string => p !== null)
    .sort((a, b) => b.length - a.length);
  return parts.length ? new RegExp(parts.join('|'), 'giu') : null;
}

/** Where else an item matched: the first section (not the decision) whose text holds a term, cut around it. */
export function snippets(db: Db, itemIds: number[], pattern: RegExp | null, width = 90): Map<number, { heading: string | null; text: string }> {
  const out = new Map<number, { heading: string | null; text: string }>();
  if (!pattern || itemIds.length === 0) return out;
  const sections = db
    .prepare(`SELECT itemId, kind, heading, text FROM sections WHERE itemId IN (${itemIds.map(() => '?').join(',')}) AND kind <> 'decision' ORDER BY itemId, position`)
    .all(...itemIds) as { itemId: number; kind: string; heading: string | null; text: string }[];
  for (const s of sections) {
    if (out.has(s.itemId)) continue;
    pattern.lastIndex = 0;
    const m = pattern.exec(s.text);
    if (!m) continue;
    const start = Math.max(0, m.index - width);
    const end = Math.min(s.text.length, m.index + m[0].length + width);
    const text = (start > 0 ? '…' : '') + s.text.slice(start, end).replace(/\s+/g, ' ') + (end < s.text.length ? '…' : '');
    out.set(s.itemId, { heading: s.heading, text });
  }
  return out;
}
