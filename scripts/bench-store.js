// A synthetic archive of N meetings (about ten items each) built from the
// parsed fixtures (varied bodies, dates, outcomes, people), and the query
// shapes `minutes query` must answer fast, timed.
// Usage: npm run build && node scripts/bench-store.js [N=100000] [DB=bench/store-N.db]
// (an existing DB built for the same N is reused; delete it to rebuild).
// `npm run bench` uses buildStore() and timeQueries() from here.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile } from '../dist/pipeline.js';
import { openStore } from '../dist/store/db.js';
import { storeDocument } from '../dist/store/write.js';
import { queryItems } from '../dist/query/items.js';
import { queryStats } from '../dist/query/stats.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STORE_VERSION = 2;
const ITEMS_PER_MEETING = 10;

/** The five typical queries of the issue (as a user gets them: lists limited to a page of 100 rows). */
export const TYPICAL_QUERIES = {
  'free text': { search: 'IPS', limit: 100 },
  'text + date range': { search: 'beskæftigelse', from: '2021-01-01', to: '2021-12-31', limit: 100 },
  'body + outcome': { body: 'udvalg nr. 17 for', outcome: ['approved'], limit: 100 },
  person: { person: 'Åse Øster 42', limit: 100 },
  'a year of decisions': { decisionsOnly: true, from: '2019', to: '2019', limit: 100 },
};

/** More shapes, for information (not targets). */
export const MORE_QUERIES = {
  'free text, decisions only': { decisionsOnly: true, search: 'klima AND budget', limit: 100 },
  'text + date range, no limit': { search: 'sygemeldte', from: '2021-01-01', to: '2021-03-31' },
  'body + outcome, no limit': { body: 'Udvalg nr. 17 for', outcome: ['rejected', 'postponed'] },
  'person, no limit': { person: 'Åse Øster 42' },
  'a year of decisions, all rows': { decisionsOnly: true, from: '2019', to: '2019' },
  'everything, limit 50': { limit: 50 },
};

async function fixtureDocuments() {
  const docs = [];
  for (const f of readdirSync(path.join(root, 'fixtures')).sort().filter((f) => !f.endsWith('.yaml') && !f.endsWith('.source.txt'))) {
    const r = await parseFile(path.join(root, 'fixtures', f));
    if (r.ok) docs.push(r.document);
  }
  return docs;
}

/** Opens `dbFile`, building it first unless it holds the same version and N. */
export async function buildStore(dbFile, N, log = console.error) {
  if (existsSync(dbFile)) {
    const db = openStore(dbFile);
    let meta = null;
    try {
      meta = db.prepare("SELECT value FROM bench_meta WHERE key = 'build'").pluck().get();
    } catch {
      // not a database this script built
    }
    if (meta === `${STORE_VERSION}:${N}`) return { db, built: false };
    db.close();
  }
  for (const ext of ['', '-wal', '-shm']) rmSync(dbFile + ext, { force: true });
  mkdirSync(path.dirname(dbFile), { recursive: true });
  const db = openStore(dbFile);
  const docs = await fixtureDocuments();
  const pool = docs.flatMap((d) => d.items);
  const words = ['IPS', 'budget', 'skole', 'ældrepleje', 'klima', 'trafik', 'bolig', 'sundhed', 'beskæftigelse', 'kultur'];
  const outcomes = ['approved', 'noted', 'discussed', 'referred', 'postponed', 'rejected', 'none', null];
  const people = ['Mette Heidemann', 'Jens Ærø', 'Åse Øster', 'Peter Hansen', 'Anne Jensen', 'Lars Nielsen'];
  const t0 = Date.now();
  let n = 0;
  while (n < N) {
    const batch = db.transaction(() => {
      for (let k = 0; k < 500 && n < N; k++, n++) {
        const doc = structuredClone(docs[n % docs.length]);
        const year = 2010 + (n % 16);
        doc.source.sha256 = createHash('sha256').update(String(n)).digest('hex');
        doc.meeting.body = `Udvalg nr. ${n % 60} for ${words[n % 10]}`;
        doc.meeting.date = `${year}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
        doc.participants = [0, 1, 2].map((j) => ({ name: `${people[(n + j) % 6]} ${n % 997}`, role: null, group: j === 2 ? 'absent' : 'member', note: null }));
        doc.diagnostics = doc.diagnostics.slice(0, 3);
        doc.items = Array.from({ length: ITEMS_PER_MEETING }, (_, j) => {
          const it = pool[(n * 7 + j * 13) % pool.length];
          return {
            ...it,
            number: j + 1,
            title: `${it.title.slice(0, 80)} ${words[(n + j) % 10]}`,
            outcome: outcomes[(n + j) % outcomes.length],
            decision: it.decision ? it.decision.slice(0, 300) : null,
            sections: it.sections.slice(0, 3).map((s) => ({ ...s, text: s.text.slice(0, 400) })),
          };
        });
        storeDocument(db, doc, `/bench/${n}.pdf`);
      }
    });
    batch();
    if (n % 10000 === 0) log(`bench: database ${n} / ${N} meetings`);
  }
  db.exec('ANALYZE');
  db.exec("CREATE TABLE bench_meta (key TEXT PRIMARY KEY, value TEXT)");
  db.prepare("INSERT INTO bench_meta VALUES ('build', ?)").run(`${STORE_VERSION}:${N}`);
  log(`bench: inserted ${N} meetings in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { db, built: true, seconds: (Date.now() - t0) / 1000 };
}

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Median and 95th percentile of `runs` runs of each query (after one warm-up run). */
export function timeQueries(db, cases, runs = 40) {
  const out = {};
  for (const [name, f] of Object.entries(cases)) {
    let rows = queryItems(db, f).length;
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t = process.hrtime.bigint();
      rows = queryItems(db, f).length;
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    times.sort((a, b) => a - b);
    out[name] = { filters: f, rows, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) };
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const N = Number(process.argv[2] ?? 100000);
  const { db } = await buildStore(process.argv[3] ?? path.join(root, 'bench', `store-${N}.db`), N);
  console.log(db.prepare('select (select count(*) from meetings) meetings, (select count(*) from items) items').get());
  for (const [name, r] of Object.entries(timeQueries(db, { ...TYPICAL_QUERIES, ...MORE_QUERIES }, 20))) {
    console.log(`${name.padEnd(34)} rows ${String(r.rows).padStart(6)}  p50 ${r.p50Ms.toFixed(1)} ms  p95 ${r.p95Ms.toFixed(1)} ms`);
  }
  const t = Date.now();
  queryStats(db);
  console.log(`stats ${Date.now() - t} ms`);
}
