/**
 * `minutes serve` over HTTP, without a browser: status codes, the JSON API
 * and its errors, escaping of hostile document text, the security headers,
 * path traversal, and that serving never writes the archive.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ItemRow } from '../src/query/rows.js';
import { CASE_LIMIT, CSP, startServer } from '../src/serve/server.js';
import { closeStore, openStore, openStoreReadOnly } from '../src/store/db.js';
import { storeDocument } from '../src/store/write.js';
import { makeDoc, makeItem } from './helpers/meetings.js';
import { highlight, meetingPage } from '../src/serve/pages.js';
import { termPattern } from '../src/serve/search.js';
import { searchTerms } from '../src/query/fts.js';
import { loadDocument } from '../src/store/read.js';
import { run } from './helpers/cli.js';
import { HOSTILE, servedArchive, type ServedArchive } from './helpers/serve.js';
import { tempDir } from './helpers/tmp.js';

const root = path.resolve(__dirname, '..');

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  bytes: Buffer;
}

/** A GET (or another method) with the path sent exactly as given: no `..` resolved on the way. */
function request(port: number, rawPath: string, opts: { method?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

let a: ServedArchive;
let dbBefore: { sha: string; mtimeMs: number; files: string[] };
const get = (p: string, opts?: Parameters<typeof request>[2]) => request(a.server.port, p, opts);

function fileState(file: string) {
  return { sha: createHash('sha256').update(readFileSync(file)).digest('hex'), mtimeMs: statSync(file).mtimeMs, files: readdirSync(path.dirname(file)).sort() };
}

beforeAll(async () => {
  a = await servedArchive(tempDir('serve-http'));
  dbBefore = fileState(a.dbFile);
}, 180_000);

afterAll(async () => {
  await a?.close();
});

function meetingIdOf(file: string): number {
  return a.db.prepare('SELECT id FROM meetings WHERE file = ?').pluck().get(file) as number;
}

describe('serve: pages', () => {
  it('the search page answers with results, the CSP and the other security headers', async () => {
    const r = await get('/?search=dagsorden');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toBe(CSP);
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toContain('unsafe-inline');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.body).toContain('<mark>dagsorden</mark>');
    expect(r.body).toMatch(/<span id="count">\d+ items<\/span>/);
    // No inline script or style anywhere.
    expect(r.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(r.body).not.toMatch(/\sstyle=/);
  });

  it('facets count what the search finds, and a facet link narrows it', async () => {
    const r = await get('/api/search?search=dagsorden');
    const body = JSON.parse(r.body) as { total: number; facets: { body: { value: string; count: number }[] } };
    expect(body.facets.body.reduce((s, f) => s + f.count, 0)).toBe(body.total);
    const first = body.facets.body[0]!;
    const narrowed = JSON.parse((await get(`/api/search?search=dagsorden&body=${encodeURIComponent(first.value)}`)).body) as { total: number };
    expect(narrowed.total).toBe(first.count);
    const page = await get('/?search=dagsorden');
    expect(page.body).toContain(`href="/?search=dagsorden&amp;body=${new URLSearchParams({ b: first.value }).toString().slice(2).replace(/&/g, '&amp;')}"`);
  });

  it('the meeting page shows header, participants, items with folded sections, and the parser notes', async () => {
    const id = meetingIdOf('004_02c19877bf6487b0.txt');
    const r = await get(`/meeting/${id}`);
    expect(r.status).toBe(200);
    expect(r.body).toContain('<h1>Fokusgruppen Sundhed &amp; Beskæftigelse</h1>');
    expect(r.body).toContain('<dt>Time</dt><dd>12:30–15:30</dd>');
    expect(r.body).toContain('<dt>Chair</dt><dd>Ole Carstensen</dd>');
    expect(r.body).toMatch(/<details class="section section-\w+"( open)?><summary>/);
    expect(r.body).toContain('id="item-1"');
  });

  it('an item of a text file shows its source lines; of a PDF, the viewer for its pages', async () => {
    const textItem = a.db.prepare("SELECT i.id FROM items i JOIN meetings m ON m.id = i.meetingId WHERE m.file = 'kulturudvalget-2019-11-07.txt' AND i.number = 7").pluck().get() as number;
    const t = await get(`/item/${textItem}`);
    expect(t.status).toBe(200);
    expect(t.body).toMatch(/<span class="ln">\s+5<\/span> 7\. Mødeplan &lt;script&gt;/);
    expect(t.body).not.toContain('8. Eventuelt</pre>');
    const pdfItem = a.db.prepare("SELECT i.id, i.pageStart FROM items i JOIN meetings m ON m.id = i.meetingId WHERE m.format = 'pdf' AND i.pageStart IS NOT NULL").get() as { id: number; pageStart: number };
    const p = await get(`/item/${pdfItem.id}`);
    expect(p.status).toBe(200);
    expect(p.body).toMatch(new RegExp(`id="pdf-view" class="pdf-view" data-src="/file/\\d+" data-first="${pdfItem.pageStart}"`));
    expect(p.body).toContain('<script type="module" src="/static/page.js"></script>');
  });

  it('the case trail lists the items of a case number across meetings in date order', async () => {
    const r = await get(`/case?number=${encodeURIComponent(HOSTILE.caseNumber)}`);
    expect(r.status).toBe(200);
    const dates = [...r.body.matchAll(/<span class="date">([^<]+)<\/span> · <a href="\/meeting\/\d+">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(dates).toEqual([
      ['2019-11-07', 'Kulturudvalget'],
      ['2019-11-28', 'Byrådet'],
    ]);
    const api = JSON.parse((await get(`/api/cases?number=${encodeURIComponent(HOSTILE.caseNumber)}`)).body) as { body: string }[];
    expect(api.map((x) => x.body)).toEqual(['Kulturudvalget', 'Byrådet']);
  });

  it('the overview charts bodies and years and links the archive quality lists', async () => {
    const r = await get('/overview');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<svg class="chart"');
    expect(r.body).toContain('href="/list/warnings"');
    for (const list of ['warnings', 'undecided', 'ocr']) expect((await get(`/list/${list}`)).status).toBe(200);
    expect((await get('/list/nothing')).status).toBe(404);
  });
});

describe('serve: hostile document text is shown as text', () => {
  const raw = [/<script>alert/, /<script>document\.title/, /<img src=x/];
  it.each(['search', 'meeting', 'item', 'case'])('on the %s page', async (page) => {
    const meetingId = meetingIdOf('kulturudvalget-2019-11-07.txt');
    const itemId = a.db.prepare('SELECT id FROM items WHERE meetingId = ? AND number = 7').pluck().get(meetingId) as number;
    const url = {
      search: `/?search=${encodeURIComponent('mødeplan')}`,
      meeting: `/meeting/${meetingId}`,
      item: `/item/${itemId}`,
      case: `/case?number=${encodeURIComponent(HOSTILE.caseNumber)}`,
    }[page]!;
    const r = await get(url);
    expect(r.status).toBe(200);
    for (const re of raw) expect(r.body).not.toMatch(re);
    expect(r.body).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;');
    if (page === 'meeting' || page === 'item') expect(r.body).toContain('&lt;img src=x onerror=alert(&quot;section&quot;)&gt;');
  });

  it('a search for markup is echoed escaped, in the form and the title', async () => {
    const r = await get(`/?search=${encodeURIComponent('"><script>alert(1)</script>')}`);
    expect(r.body).not.toContain('<script>alert(1)');
    expect(r.body).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('highlighting escapes around the marks; only http(s) attachment links become links', () => {
    expect(highlight('a <b>IPS</b> & c', termPattern(searchTerms('ips'))).value).toBe('a &lt;b&gt;<mark>IPS</mark>&lt;/b&gt; &amp; c');
    const doc = loadDocument(a.db, meetingIdOf('kulturudvalget-2019-11-07.txt'))!;
    doc.items[0]!.attachments = [
      { label: 'Bilag 1', title: 'x', url: 'javascript:alert(1)' },
      { label: 'Bilag 2', title: 'y', url: 'https://example.org/b2.pdf' },
    ];
    const page = meetingPage(doc, 1, [1, 2]);
    expect(page).not.toContain('javascript:');
    expect(page).toContain('<li>Bilag 1: x</li>');
    expect(page).toContain('<a href="https://example.org/b2.pdf" rel="noreferrer noopener">Bilag 2: y</a>');
  });
});

describe('serve: the JSON API', () => {
  it('/api/items gives the rows `minutes query --format json` gives, with the same filters', async () => {
    const r = await get('/api/items?search=dagsorden&decision=&from=2019&to=2019');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    const cli = await run(['query', '--db', a.dbFile, '--search', 'dagsorden', '--decision', '--from', '2019', '--to', '2019', '--format', 'json']);
    expect(r.body).toBe(cli.stdout);
    const rows = JSON.parse(r.body) as unknown[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) ItemRow.parse(row);
  });

  it('/export.csv is `minutes query --format csv`', async () => {
    const r = await get('/export.csv?outcome=approved&body=fokus');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-disposition']).toBe('attachment; filename="minutes.csv"');
    const cli = await run(['query', '--db', a.dbFile, '--outcome', 'approved', '--body', 'fokus', '--format', 'csv']);
    expect(r.body).toBe(cli.stdout);
    expect(r.body.split('\r\n').length).toBeGreaterThan(2);
  });

  it('/api/meetings/ID is the meeting document; /api/items/ID one item', async () => {
    const id = meetingIdOf('004_02c19877bf6487b0.txt');
    const r = await get(`/api/meetings/${id}`);
    expect(JSON.parse(r.body)).toEqual(JSON.parse(JSON.stringify(loadDocument(a.db, id))));
    const itemId = a.db.prepare('SELECT id FROM items WHERE meetingId = ? AND position = 1').pluck().get(id) as number;
    const item = JSON.parse((await get(`/api/items/${itemId}`)).body) as { meetingId: number; item: { number: number } };
    expect(item.meetingId).toBe(id);
    expect(item.item.number).toBe(loadDocument(a.db, id)!.items[1]!.number);
  });

  it.each([
    ['/api/items?from=2021-13', 400, '--from "2021-13" has no month 13'],
    ['/api/items?outcome=won', 400, '--outcome "won" is not one of'],
    ['/api/items?search=%22psykiatri', 400, 'the search has a quote (") that is not closed'],
    ['/api/items?closed=maybe', 400, 'closed "maybe" is not true or false'],
    ['/api/search?sort=random', 400, 'sort "random" is not one of'],
    ['/api/items?limit=0', 400, 'limit "0" is not a positive whole number'],
    ['/api/meetings/999999', 404, 'There is no meeting 999999'],
    ['/api/meetings/abc', 404, 'No such id.'],
    ['/api/items/0', 404, 'No such id.'],
    ['/api/cases', 400, 'number is missing'],
    ['/api/nothing', 404, 'There is no /api/nothing in the API.'],
  ])('%s is an error as JSON: %i', async (url, status, message) => {
    const r = await get(url);
    expect(r.status).toBe(status);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = JSON.parse(r.body) as { error: string; status: number };
    expect(body.status).toBe(status);
    expect(body.error).toContain(message);
  });

  it('a bad search on the search page is a 400 page that says why', async () => {
    const r = await get('/?search=%22psykiatri');
    expect(r.status).toBe(400);
    expect(r.body).toContain('<p class="error" role="alert">the search has a quote (&quot;) that is not closed</p>');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('%s is refused (405): there are no write endpoints', async (method) => {
    for (const url of ['/', '/api/items', '/api/meetings/1']) {
      const r = await get(url, { method });
      expect(r.status).toBe(405);
      expect(r.headers.allow).toBe('GET, HEAD');
    }
  });
});

describe('serve: files and paths', () => {
  it('/file/ID sends the stored file, found by the meeting id', async () => {
    const id = meetingIdOf('pdf-header-footer.pdf');
    const r = await get(`/file/${id}`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.bytes.equals(readFileSync(path.join(root, 'fixtures', 'pdf-header-footer.pdf')))).toBe(true);
  });

  it.each([
    '/static/../package.json',
    '/static/..%2f..%2fpackage.json',
    '/static/%2e%2e/%2e%2e/package.json',
    '/vendor/pdfjs/../../package.json',
    '/vendor/pdfjs/standard_fonts/..%2f..%2fpackage.json',
    '/file/..%2f..%2fetc%2fpasswd',
    '/file/1/../../etc/passwd',
    '/file/%2fetc%2fpasswd',
    '/file/1%2f..%2f..%2fetc%2fpasswd',
    '//etc/passwd',
    '/etc/passwd',
    '/meeting/1/../../../etc/passwd',
    '/item/..%5c..%5cpackage.json',
    '/static/app.css%00.js',
  ])('%s is not served (404/400)', async (p) => {
    const r = await get(p);
    expect([400, 404]).toContain(r.status);
    expect(r.body).not.toContain('root:x:0:0');
    expect(r.body).not.toContain('"name": "minutes"');
  });

  it('a request naming another host is refused (no DNS rebinding onto localhost)', async () => {
    const r = await get('/', { headers: { Host: 'evil.example:80' } });
    expect(r.status).toBe(421);
    expect((await get('/', { headers: { Host: `localhost:${a.server.port}` } })).status).toBe(200);
  });

  it('pdf.js is served from the package', async () => {
    const r = await get('/vendor/pdfjs/pdf.mjs');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/vendor/pdfjs/pdf.worker.mjs')).status).toBe(200);
  });

  it('a moved or deleted file is a clear message on the item page and a 404 from /file', async () => {
    const dir = tempDir('serve-moved');
    const moved = await servedArchive(dir);
    try {
      const id = moved.db.prepare("SELECT id FROM meetings WHERE file = 'pdf-toc.pdf'").pluck().get() as number;
      const itemId = moved.db.prepare('SELECT id FROM items WHERE meetingId = ? ORDER BY position').pluck().get(id) as number;
      rmSync(path.join(moved.docs, 'pdf-toc.pdf'));
      const r = await request(moved.server.port, `/item/${itemId}`);
      expect(r.status).toBe(200);
      expect(r.body).toContain('The file is no longer where it was ingested from (moved or deleted).');
      expect(r.body).toContain(path.join(moved.docs, 'pdf-toc.pdf'));
      expect((await request(moved.server.port, `/file/${id}`)).status).toBe(404);
    } finally {
      await moved.close();
    }
  }, 180_000);

  it('serving never wrote the archive: same bytes, same mtime, nothing beside it', () => {
    expect(fileState(a.dbFile)).toEqual(dbBefore);
  });
});

describe('minutes serve (the command)', () => {
  it('prints its address on stdout, warns on stderr when bound to 0.0.0.0, serves, and stops on SIGINT with exit code 0', async () => {
    const child = spawn(process.execPath, [path.join(root, 'bin', 'minutes.js'), 'serve', '--db', a.dbFile, '--port', '0', '--host', '0.0.0.0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        const m = /^http:\/\/127\.0\.0\.1:(\d+)\/\n/.exec(stdout);
        if (m) resolve(m[0].trim());
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    expect(stderr).toContain('minutes: warning: listening on 0.0.0.0: the archive is visible to every machine that can reach this one');
    const port = Number(new URL(url).port);
    expect((await request(port, '/api/stats')).status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(stderr).toContain('minutes: stopped');
  }, 60_000);

  it('a database that is not there is one line and exit code 5', async () => {
    const r = await run(['serve', '--db', path.join(tempDir('serve-nodb'), 'none.db'), '--port', '0']);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^minutes: error: .*none\.db: no database here; run `minutes ingest` first or give --db\n$/);
  });

  it('a port that is not a port is a usage error', async () => {
    const r = await run(['serve', '--port', '70000']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected a port, 0 to 65535');
  });
});

describe('serve: bounded answers', () => {
  it('a case trail shows at most CASE_LIMIT items, and says so', async () => {
    const dir = tempDir('serve-case-limit');
    const file = path.join(dir, 'many.db');
    const db = openStore(file);
    const items = Array.from({ length: CASE_LIMIT + 3 }, (_, k) => makeItem({ number: k + 1, title: `Punkt ${k + 1}`, caseNumber: '24/0001' }));
    storeDocument(db, makeDoc({ seed: 'many', items }), path.join(dir, 'many.txt'));
    closeStore(db);
    const ro = openStoreReadOnly(file);
    const server = await startServer(ro, { host: '127.0.0.1', port: 0 });
    try {
      const api = await request(server.port, '/api/cases?number=24%2F0001');
      expect(JSON.parse(api.body)).toHaveLength(CASE_LIMIT);
      expect(api.headers['x-row-limit']).toBe(String(CASE_LIMIT));
      const page = await request(server.port, '/case?number=24%2F0001');
      expect(page.body).toContain(`The first ${CASE_LIMIT} items, in date order.`);
    } finally {
      await server.close();
      ro.close();
    }
  });
});
