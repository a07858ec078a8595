// `minutes serve` under `npm run bench`: a server started as `minutes serve`
// over the 100,000-meeting database, and requests timed from here: the search
// page (results and facets) for the five typical searches, and meeting pages.
// Usage: npm run build && node scripts/bench-serve.js [DB=bench/store-100000.db]
import { spawn } from 'node:child_process';
import { closeSync, openSync, readSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeStore, openStore } from '../dist/store/db.js';
import { openStoreReadOnly } from '../dist/store/db.js';
import { TYPICAL_QUERIES, percentile, timeQueries } from './bench-store.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const SERVE_TARGETS = { searchP95Ms: 150, meetingP95Ms: 50 };

/** A typical query's filters as the search page's URL parameters (the names `query` uses). */
export function searchUrl(f) {
  const p = new URLSearchParams();
  if (f.search) p.set('search', f.search);
  if (f.decisionsOnly) p.set('decision', '');
  for (const k of ['body', 'from', 'to', 'type', 'person']) if (f[k]) p.set(k, f[k]);
  if (f.outcome) p.set('outcome', f.outcome.join(','));
  return `/?${p}`;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(port, p) {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    http
      .get({ host: '127.0.0.1', port, path: p, agent }, (res) => {
        let bytes = 0;
        res.on('data', (c) => (bytes += c.length));
        res.on('end', () => resolve({ status: res.statusCode, bytes, ms: Number(process.hrtime.bigint() - t) / 1e6 }));
      })
      .on('error', reject);
  });
}

/** Starts `minutes serve --db DB --port 0`; resolves with its port, its start time and a stop function. */
export function startServe(dbFile) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'bin', 'minutes.js'), 'serve', '--db', dbFile, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d) => {
      out += d;
      const m = /^http:\/\/[^:]+:(\d+)\//.exec(out);
      if (m) {
        resolve({
          port: Number(m[1]),
          startMs: performance.now() - t0,
          stop: () => new Promise((done) => (child.once('exit', done), child.kill('SIGINT'))),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`minutes serve exited ${code}: ${err}`)));
  });
}

async function timed(port, paths, runs) {
  const times = [];
  let status = 200;
  let bytes = 0;
  for (const p of paths) await get(port, p); // warm-up, one each
  for (let i = 0; i < runs; i++) {
    const r = await get(port, paths[i % paths.length]);
    if (r.status !== 200) status = r.status;
    bytes = r.bytes;
    times.push(r.ms);
  }
  times.sort((a, b) => a - b);
  return { runs, status, bytes, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) };
}

export async function timeServe(dbFile, { runs = 40, meetings = 100000 } = {}) {
  // Left in rollback-journal mode (as every `ingest` leaves it), so that the
  // server reads the file in place rather than a copy in memory.
  const header = Buffer.alloc(20);
  const fd = openSync(dbFile, 'r');
  readSync(fd, header, 0, 20, 0);
  closeSync(fd);
  if (header[18] === 2) closeStore(openStore(dbFile));
  const server = await startServe(dbFile);
  try {
    const searches = {};
    for (const [name, f] of Object.entries(TYPICAL_QUERIES)) searches[name] = { url: searchUrl(f), ...(await timed(server.port, [searchUrl(f)], runs)) };
    const all = Object.values(searches);
    // Meeting pages: spread over the archive, each id asked once per round.
    const ids = Array.from({ length: 20 }, (_, i) => 1 + Math.floor(((i + 0.5) / 20) * meetings));
    const meeting = await timed(server.port, ids.map((id) => `/meeting/${id}`), runs * 2);
    const item = await timed(server.port, ids.map((id) => `/api/meetings/${id}`), runs);
    return {
      startMs: server.startMs,
      searches,
      searchP95Ms: Math.max(...all.map((s) => s.p95Ms)),
      meeting,
      apiMeeting: item,
      targets: SERVE_TARGETS,
    };
  } finally {
    await server.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const db = process.argv[2] ?? path.join(root, 'bench', 'store-100000.db');
  const runs = Number(process.env.BENCH_SERVE_RUNS ?? 30);
  const r = await timeServe(db, { runs });
  // The baseline in the same run: the same five searches through queryItems (limit 100), as `npm run bench` times them.
  const store = openStoreReadOnly(db);
  const base = timeQueries(store, TYPICAL_QUERIES, runs);
  store.close();
  for (const [name, q] of Object.entries(base)) console.log(`query baseline: ${name.padEnd(22)} p50 ${q.p50Ms.toFixed(1)} ms  p95 ${q.p95Ms.toFixed(1)} ms`);
  console.log(`server started in ${r.startMs.toFixed(0)} ms`);
  for (const [name, s] of Object.entries(r.searches)) console.log(`${name.padEnd(22)} ${s.url.padEnd(60)} p50 ${s.p50Ms.toFixed(1)} ms  p95 ${s.p95Ms.toFixed(1)} ms  (${s.status}, ${s.bytes} bytes)`);
  console.log(`meeting page            p50 ${r.meeting.p50Ms.toFixed(1)} ms  p95 ${r.meeting.p95Ms.toFixed(1)} ms`);
  console.log(`/api/meetings/ID        p50 ${r.apiMeeting.p50Ms.toFixed(1)} ms  p95 ${r.apiMeeting.p95Ms.toFixed(1)} ms`);
}
