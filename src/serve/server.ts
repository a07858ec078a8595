/**
 * `minutes serve`: the archive in a browser. node:http alone (see the README
 * for the measurement behind the choice): a dozen GET routes over a database
 * opened read-only, pages rendered on the server, a JSON API under /api/.
 *
 * What it serves from the disk: its own assets (a fixed list), pdf.js's
 * browser build from node_modules (a fixed list), and a stored document's
 * file, found by the meeting's id in the database, never by a path taken
 * from the URL.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ITEM_COLUMNS } from '../cli/commands/query.js';
import { rowsToCsv, rowsToJson } from '../cli/output.js';
import { decodeText } from '../extract/decode.js';
import { QueryError } from '../query/errors.js';
import { queryItems } from '../query/items.js';
import { queryStats } from '../query/stats.js';
import type { Db } from '../store/db.js';
import { loadDocument } from '../store/read.js';
import type { MeetingDocument } from '../schema.js';
import {
  casePage,
  errorPage,
  itemPage,
  listPage,
  meetingPage,
  overviewPage,
  searchPage,
  type CaseRow,
  type ListRow,
  type Quality,
  type SourceView,
} from './pages.js';
import { filtersFromParams, intParam, runSearch, snippets, sortFromParams, termPattern } from './search.js';

/** The content security policy of every response: nothing from elsewhere, no inline script or style. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** Rows an export or /api/items gives at most (a whole archive of a million items is not one download). */
export const MAX_EXPORT_ROWS = 100_000;
const PAGE_SIZE = 20;
/** Items a case trail shows at most (a case number shared by thousands of items is not a trail). */
export const CASE_LIMIT = 500;
const LIST_SIZE = 50;

const here = path.dirname(fileURLToPath(import.meta.url));
/** assets/serve beside src/ and dist/ (both are two levels below the package root). */
const ASSETS_DIR = path.resolve(here, '..', '..', 'assets', 'serve');

interface StaticFile {
  file: string;
  type: string;
}

/** Every file the server may send besides the documents: a fixed map, never a path from the URL. */
function staticFiles(): Map<string, StaticFile> {
  const map = new Map<string, StaticFile>();
  const types: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.pfb': 'application/octet-stream', '.ttf': 'font/ttf' };
  for (const name of ['app.css', 'app.js', 'page.js']) map.set(`/static/${name}`, { file: path.join(ASSETS_DIR, name), type: types[path.extname(name)]! });
  const require = createRequire(import.meta.url);
  const pdfjs = path.dirname(require.resolve('pdfjs-dist/package.json'));
  map.set('/vendor/pdfjs/pdf.mjs', { file: path.join(pdfjs, 'build', 'pdf.min.mjs'), type: types['.mjs']! });
  map.set('/vendor/pdfjs/pdf.worker.mjs', { file: path.join(pdfjs, 'build', 'pdf.worker.min.mjs'), type: types['.mjs']! });
  for (const name of readdirSync(path.join(pdfjs, 'standard_fonts'))) {
    const type = types[path.extname(name)];
    if (type) map.set(`/vendor/pdfjs/standard_fonts/${name}`, { file: path.join(pdfjs, 'standard_fonts', name), type });
  }
  return map;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

const sendHtml = (res: http.ServerResponse, status: number, body: string) => send(res, status, 'text/html; charset=utf-8', body);
const sendJson = (res: http.ServerResponse, status: number, value: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

/** The host name of a Host header (`127.0.0.1:8080`, `[::1]:8080`). */
function hostName(header: string | undefined): string {
  if (!header) return '';
  const m = /^(\[[^\]]*\]|[^:]*)(?::\d+)?$/.exec(header.trim().toLowerCase());
  return m ? m[1]! : '';
}

/** A stored file as it is on the disk now: there and unchanged, or why not. */
interface FileState {
  ok: boolean;
  reason: string;
}

export interface Handler {
  (req: http.IncomingMessage, res: http.ServerResponse): void;
}

export interface HandlerOptions {
  /** Bound to a loopback address: requests must name a loopback host (against DNS rebinding). */
  loopbackOnly: boolean;
}

export function createHandler(db: Db, opts: HandlerOptions): Handler {
  const assets = staticFiles();
  const assetCache = new Map<string, Buffer>();
  const hashes = new Map<string, { size: number; mtimeMs: number; sha256: string }>();
  let overviewCache: { key: string; page: string } | null = null;

  const meetingFile = db.prepare<[number], { path: string; sha256: string; format: string; file: string }>('SELECT path, sha256, format, file FROM meetings WHERE id = ?');
  const itemPlace = db.prepare<[number], { meetingId: number }>('SELECT meetingId FROM items WHERE id = ?');
  const itemIds = db.prepare<[number], number>('SELECT id FROM items WHERE meetingId = ? ORDER BY position').pluck();

  function fileState(stored: { path: string; sha256: string }): FileState {
    const st = statSync(stored.path, { throwIfNoEntry: false });
    if (!st || !st.isFile()) return { ok: false, reason: 'The file is no longer where it was ingested from (moved or deleted).' };
    let known = hashes.get(stored.path);
    if (!known || known.size !== st.size || known.mtimeMs !== st.mtimeMs) {
      let sha: string;
      try {
        sha = createHash('sha256').update(readFileSync(stored.path)).digest('hex');
      } catch (err) {
        return { ok: false, reason: `The file cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).` };
      }
      known = { size: st.size, mtimeMs: st.mtimeMs, sha256: sha };
      hashes.set(stored.path, known);
    }
    if (known.sha256 !== stored.sha256) return { ok: false, reason: 'The file has changed since it was ingested; `minutes ingest` it again.' };
    return { ok: true, reason: '' };
  }

  function document(id: number): MeetingDocument {
    const doc = loadDocument(db, id);
    if (!doc) throw new HttpError(404, `There is no meeting ${id} in the archive.`);
    return doc;
  }

  function idParam(raw: string): number {
    const id = Number(raw);
    if (!Number.isSafeInteger(id) || id < 1) throw new HttpError(404, 'No such id.');
    return id;
  }

  function textSource(stored: { path: string }, doc: MeetingDocument, index: number): SourceView {
    const lines = decodeText(readFileSync(stored.path)).text.split(/\r\n|\n|\r|\f/);
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    // Each item's heading, in order, from where the one before was found.
    let from = 0;
    const starts: (number | null)[] = [];
    for (const it of doc.items) {
      const heading = squash(it.heading);
      let found: number | null = null;
      if (heading) {
        for (let i = from; i < lines.length; i++) {
          if (squash(lines[i]!).includes(heading)) {
            found = i;
            break;
          }
        }
      }
      starts.push(found);
      if (found != null) from = found + 1;
    }
    const start = starts[index];
    const numbered = lines.map((text, i) => ({ n: i + 1, text }));
    if (start == null) return { kind: 'text', lines: numbered, found: false };
    const end = starts.slice(index + 1).find((s): s is number => s != null) ?? lines.length;
    return { kind: 'text', lines: numbered.slice(start, end), found: true };
  }

  function overview(body: string | null): string {
    const key = `${db.pragma('data_version', { simple: true })}:${body ?? ''}`;
    if (overviewCache?.key === key) return overviewCache.page;
    const stats = queryStats(db).filter((s) => body == null || s.body === body);
    const months = (
      body == null
        ? db.prepare("SELECT substr(date, 1, 7) AS month, count(*) AS n FROM meetings WHERE date IS NOT NULL GROUP BY month ORDER BY month").all()
        : db.prepare("SELECT substr(date, 1, 7) AS month, count(*) AS n FROM meetings WHERE date IS NOT NULL AND body = ? GROUP BY month ORDER BY month").all(body)
    ) as { month: string; n: number }[];
    const filled: { month: string; n: number }[] = [];
    if (months.length) {
      const counts = new Map(months.map((m) => [m.month, m.n]));
      let [y, mo] = months[0]!.month.split('-').map(Number) as [number, number];
      const last = months.at(-1)!.month;
      for (let guard = 0; guard < 1200; guard++) {
        const m = `${y}-${String(mo).padStart(2, '0')}`;
        filled.push({ month: m, n: counts.get(m) ?? 0 });
        if (m >= last) break;
        mo++;
        if (mo > 12) {
          mo = 1;
          y++;
        }
      }
    }
    const one = (sql: string) => db.prepare(sql).pluck().get() as number;
    const quality: Quality = {
      meetings: one('SELECT count(*) FROM meetings'),
      items: one('SELECT count(*) FROM items'),
      withWarnings: one("SELECT count(DISTINCT meetingId) FROM diagnostics WHERE severity IN ('warning', 'error')"),
      undecided: one('SELECT count(*) FROM items WHERE decision IS NULL'),
      ocrRepaired: one('SELECT count(*) FROM meetings WHERE ocrDamage = 1'),
    };
    const page = overviewPage(stats, filled, quality, body);
    overviewCache = { key, page };
    return page;
  }

  function list(kind: string, page: number): string {
    const offset = (page - 1) * LIST_SIZE;
    let rows: ListRow[];
    let title: string;
    if (kind === 'warnings') {
      title = 'Documents with warnings';
      rows = (
        db
          .prepare(
            `SELECT m.id, m.date, m.body, m.file, count(*) AS n FROM diagnostics d JOIN meetings m ON m.id = d.meetingId
             WHERE d.severity IN ('warning', 'error') GROUP BY m.id ORDER BY m.id DESC LIMIT ? OFFSET ?`,
          )
          .all(LIST_SIZE + 1, offset) as { id: number; date: string | null; body: string | null; file: string; n: number }[]
      ).map((r) => ({ href: `/meeting/${r.id}`, date: r.date, body: r.body, text: r.file, extra: `${r.n} warning${r.n === 1 ? '' : 's'}` }));
    } else if (kind === 'undecided') {
      title = 'Items without a decision';
      rows = (
        db
          .prepare(
            `SELECT i.id, i.number, i.title, m.date, m.body FROM items i JOIN meetings m ON m.id = i.meetingId
             WHERE i.decision IS NULL ORDER BY i.id DESC LIMIT ? OFFSET ?`,
          )
          .all(LIST_SIZE + 1, offset) as { id: number; number: number; title: string; date: string | null; body: string | null }[]
      ).map((r) => ({ href: `/item/${r.id}`, date: r.date, body: r.body, text: `${r.number}. ${r.title || '(untitled)'}` }));
    } else if (kind === 'ocr') {
      title = 'Documents repaired from OCR damage';
      rows = (
        db.prepare('SELECT id, date, body, file, repairs FROM meetings WHERE ocrDamage = 1 ORDER BY id DESC LIMIT ? OFFSET ?').all(LIST_SIZE + 1, offset) as {
          id: number;
          date: string | null;
          body: string | null;
          file: string;
          repairs: number;
        }[]
      ).map((r) => ({ href: `/meeting/${r.id}`, date: r.date, body: r.body, text: r.file, extra: `${r.repairs} repairs` }));
    } else throw new HttpError(404, 'No such list.');
    const more = rows.length > LIST_SIZE;
    return listPage(title, rows.slice(0, LIST_SIZE), page, more, `/list/${kind}`);
  }

  function caseRows(number: string): CaseRow[] {
    return db
      .prepare(
        `SELECT i.id AS itemId, m.id AS meetingId, m.date, m.body, i.number, i.title, i.outcome, i.decision
         FROM items i JOIN meetings m ON m.id = i.meetingId WHERE i.caseNumber = ?
         ORDER BY m.date IS NULL, m.date, m.id, i.position LIMIT ?`,
      )
      .all(number, CASE_LIMIT + 1) as CaseRow[];
  }

  function exportRows(params: URLSearchParams) {
    const f = filtersFromParams(params);
    const limit = intParam(params, 'limit', MAX_EXPORT_ROWS, MAX_EXPORT_ROWS);
    return { rows: queryItems(db, { ...f, limit }), limit };
  }

  function api(route: string, params: URLSearchParams, res: http.ServerResponse): void {
    let m: RegExpExecArray | null;
    if (route === '/api/items') {
      const { rows, limit } = exportRows(params);
      return send(res, 200, 'application/json; charset=utf-8', rowsToJson(rows), rows.length === limit ? { 'X-Row-Limit': String(limit) } : {});
    }
    if (route === '/api/search') {
      const f = filtersFromParams(params);
      const result = runSearch(db, f, { sort: sortFromParams(params, f), page: intParam(params, 'page', 1, 10_000), pageSize: intParam(params, 'limit', PAGE_SIZE, 200) });
      return sendJson(res, 200, result);
    }
    if ((m = /^\/api\/meetings\/([^/]+)$/.exec(route))) return sendJson(res, 200, document(idParam(m[1]!)));
    if ((m = /^\/api\/items\/([^/]+)$/.exec(route))) {
      const itemId = idParam(m[1]!);
      const place = itemPlace.get(itemId);
      if (!place) throw new HttpError(404, `There is no item ${itemId} in the archive.`);
      const doc = document(place.meetingId);
      const index = itemIds.all(place.meetingId).indexOf(itemId);
      return sendJson(res, 200, { itemId, meetingId: place.meetingId, meeting: doc.meeting, source: doc.source, item: doc.items[index] });
    }
    if (route === '/api/cases') {
      const number = params.get('number');
      if (!number) throw new HttpError(400, 'number is missing: /api/cases?number=CASE');
      const rows = caseRows(number);
      if (rows.length > CASE_LIMIT) return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(rows.slice(0, CASE_LIMIT)), { 'X-Row-Limit': String(CASE_LIMIT) });
      return sendJson(res, 200, rows);
    }
    if (route === '/api/stats') return sendJson(res, 200, queryStats(db));
    throw new HttpError(404, `There is no ${route} in the API.`);
  }

  function route(url: URL, res: http.ServerResponse): void {
    const p = url.pathname;
    const params = url.searchParams;
    let m: RegExpExecArray | null;
    const asset = assets.get(p);
    if (asset) {
      let bytes = assetCache.get(p);
      if (!bytes) {
        bytes = readFileSync(asset.file);
        assetCache.set(p, bytes);
      }
      return send(res, 200, asset.type, bytes, { 'Cache-Control': 'max-age=3600' });
    }
    if (p.startsWith('/api/')) return api(p, params, res);
    if (p === '/favicon.ico') {
      res.writeHead(204, SECURITY_HEADERS);
      return void res.end();
    }
    if (p === '/') {
      let result = null;
      let error: string | null = null;
      let snips = new Map<number, { heading: string | null; text: string }>();
      let status = 200;
      try {
        const f = filtersFromParams(params);
        result = runSearch(db, f, { sort: sortFromParams(params, f), page: intParam(params, 'page', 1, 10_000), pageSize: PAGE_SIZE });
        snips = snippets(db, result.rows.map((r) => r.itemId), termPattern(result.terms));
      } catch (err) {
        if (!(err instanceof QueryError)) throw err;
        error = err.message;
        status = 400;
      }
      return sendHtml(res, status, searchPage(params, result, error, snips));
    }
    if ((m = /^\/meeting\/([^/]+)$/.exec(p))) {
      const id = idParam(m[1]!);
      const doc = document(id);
      return sendHtml(res, 200, meetingPage(doc, id, itemIds.all(id)));
    }
    if ((m = /^\/item\/([^/]+)$/.exec(p))) {
      const itemId = idParam(m[1]!);
      const place = itemPlace.get(itemId);
      if (!place) throw new HttpError(404, `There is no item ${itemId} in the archive.`);
      const doc = document(place.meetingId);
      const ids = itemIds.all(place.meetingId);
      const index = ids.indexOf(itemId);
      const stored = meetingFile.get(place.meetingId)!;
      const state = fileState(stored);
      let source: SourceView;
      if (!state.ok) source = { kind: 'missing', path: stored.path, reason: state.reason };
      else if (stored.format === 'pdf') source = { kind: 'pdf', meetingId: place.meetingId, pages: doc.items[index]!.pages };
      else source = textSource(stored, doc, index);
      return sendHtml(res, 200, itemPage(doc, place.meetingId, index, { prev: ids[index - 1] ?? null, next: ids[index + 1] ?? null }, source));
    }
    if ((m = /^\/file\/([^/]+)$/.exec(p))) {
      const id = idParam(m[1]!);
      const stored = meetingFile.get(id);
      if (!stored) throw new HttpError(404, `There is no meeting ${id} in the archive.`);
      const state = fileState(stored);
      if (!state.ok) throw new HttpError(404, `${stored.file}: ${state.reason}`);
      const type = stored.format === 'pdf' ? 'application/pdf' : 'text/plain; charset=utf-8';
      const bytes = stored.format === 'pdf' ? readFileSync(stored.path) : decodeText(readFileSync(stored.path)).text;
      return send(res, 200, type, bytes, { 'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(stored.file)}` });
    }
    if (p === '/case') {
      const number = params.get('number');
      if (!number) throw new HttpError(400, 'Which case? /case?number=CASE');
      const rows = caseRows(number);
      return sendHtml(res, 200, casePage(number, rows.slice(0, CASE_LIMIT), rows.length > CASE_LIMIT));
    }
    if (p === '/overview') return sendHtml(res, 200, overview(params.get('body') || null));
    if ((m = /^\/list\/([a-z]+)$/.exec(p))) return sendHtml(res, 200, list(m[1]!, intParam(params, 'page', 1, 100_000)));
    if (p === '/export.csv' || p === '/export.json') {
      const { rows, limit } = exportRows(params);
      const extra: Record<string, string> = { 'Content-Disposition': `attachment; filename="minutes.${p.endsWith('csv') ? 'csv' : 'json'}"` };
      if (rows.length === limit) extra['X-Row-Limit'] = String(limit);
      if (p.endsWith('.csv')) return send(res, 200, 'text/csv; charset=utf-8', rowsToCsv(rows, ITEM_COLUMNS), extra);
      return send(res, 200, 'application/json; charset=utf-8', rowsToJson(rows), extra);
    }
    throw new HttpError(404, 'There is no such page.');
  }

  return (req, res) => {
    const isApi = (req.url ?? '').startsWith('/api/');
    const fail = (status: number, message: string, headers: Record<string, string> = {}) => {
      if (isApi) send(res, status, 'application/json; charset=utf-8', JSON.stringify({ error: message, status }), headers);
      else send(res, status, 'text/html; charset=utf-8', errorPage(status, message), headers);
    };
    try {
      if (opts.loopbackOnly && !isLoopback(hostName(req.headers.host))) return fail(421, 'This server answers only to localhost.');
      if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405, 'The archive is read-only: only GET and HEAD.', { Allow: 'GET, HEAD' });
      let url: URL;
      try {
        url = new URL(req.url ?? '/', 'http://localhost');
      } catch {
        return fail(400, 'The address cannot be read.');
      }
      route(url, res);
    } catch (err) {
      if (err instanceof HttpError) return fail(err.status, err.message);
      if (err instanceof QueryError) return fail(400, err.message);
      if (err instanceof URIError) return fail(400, 'The address cannot be read.');
      process.stderr.write(`minutes: serve: ${req.method} ${req.url}: ${(err as Error).message}\n`);
      if (!res.headersSent) fail(500, 'Something went wrong reading the archive.');
      else res.destroy();
    }
  };
}

export interface RunningServer {
  url: string;
  port: number;
  server: http.Server;
  close(): Promise<void>;
}

/** Starts the server; resolves once it listens (port 0: a free port, in `port`). */
export function startServer(db: Db, opts: { host: string; port: number }): Promise<RunningServer> {
  const server = http.createServer(createHandler(db, { loopbackOnly: isLoopback(opts.host) }));
  server.keepAliveTimeout = 5000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      const address = server.address() as { port: number };
      const shown = opts.host.includes(':') ? `[${opts.host}]` : opts.host === '0.0.0.0' ? '127.0.0.1' : opts.host;
      resolve({
        url: `http://${shown}:${address.port}/`,
        port: address.port,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
