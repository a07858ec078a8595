// Builds a synthetic archive of N meetings from the parsed fixtures (varied bodies, dates,
// outcomes, people) and times the query shapes `minutes query` must answer fast.
// Usage: npm run build && node scripts/bench-store.js [N=100000] [DB=/tmp/bench.db]
// (an existing DB is reused; delete it to rebuild).
import { createHash } from 'node:crypto';
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseFile } from '../dist/pipeline.js';
import { openStore } from '../dist/store/db.js';
import { storeDocument } from '../dist/store/write.js';
import { queryItems } from '../dist/query/items.js';
import { queryStats } from '../dist/query/stats.js';

const N = Number(process.argv[2] ?? 100000);
const dbFile = process.argv[3] ?? '/tmp/bench.db';
const fresh = !existsSync(dbFile);
const db = openStore(dbFile);
if (fresh) {
  const docs = [];
  for (const f of readdirSync('fixtures').filter((f) => !f.endsWith('.yaml'))) {
    const r = await parseFile(path.join('fixtures', f));
    if (r.ok) docs.push(r.document);
  }
  const words = ['IPS', 'budget', 'skole', 'ældrepleje', 'klima', 'trafik', 'bolig', 'sundhed', 'beskæftigelse', 'kultur'];
  const outcomes = ['approved', 'noted', 'discussed', 'referred', 'postponed', 'rejected', 'none', null];
  const people = ['Mette Heidemann', 'Jens Ærø', 'Åse Øster', 'Peter Hansen', 'Anne Jensen', 'Lars Nielsen'];
  const t0 = Date.now();
  let n = 0;
  while (n < N) {
    const batch = db.transaction(() => {
      for (let k = 0; k < 500 && n < N; k++, n++) {
        const base = docs[n % docs.length];
        const year = 2010 + (n % 16);
        const doc = structuredClone(base);
        doc.source.sha256 = createHash('sha256').update(String(n)).digest('hex');
        doc.meeting.body = `Udvalg nr. ${n % 60} for ${words[n % 10]}`;
        doc.meeting.date = `${year}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
        doc.participants = [0, 1, 2].map((j) => ({ name: `${people[(n + j) % 6]} ${n % 997}`, role: null, group: j === 2 ? 'absent' : 'member', note: null }));
        doc.items = doc.items.slice(0, 10).map((it, j) => ({
          ...it,
          title: `${it.title.slice(0, 80)} ${words[(n + j) % 10]}`,
          outcome: outcomes[(n + j) % outcomes.length],
          decision: it.decision ? it.decision.slice(0, 300) : null,
          sections: it.sections.slice(0, 3).map((s) => ({ ...s, text: s.text.slice(0, 400) })),
        }));
        storeDocument(db, doc, `/bench/${n}.pdf`);
      }
    });
    batch();
  }
  console.log(`inserted ${N} meetings in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  db.exec('ANALYZE');
}
console.log(db.prepare('select (select count(*) from meetings) m, (select count(*) from items) i').get());
const cases = {
  'full text': { search: 'IPS', limit: 100 },
  'full text, decisions': { decisionsOnly: true, search: 'klima AND budget', limit: 100 },
  'text + date range': { search: 'beskæftigelse', from: '2021-01-01', to: '2021-12-31', limit: 100 },
  'text + date range, no limit': { search: 'sygemeldte', from: '2021-01-01', to: '2021-03-31' },
  'body + outcome': { body: 'udvalg nr. 17 for', outcome: ['approved'], limit: 100 },
  'body + outcome, no limit': { body: 'Udvalg nr. 17 for', outcome: ['rejected', 'postponed'] },
  person: { person: 'Åse Øster 42', limit: 100 },
  'person, no limit': { person: 'Åse Øster 42' },
  'a year of decisions (limit 100)': { decisionsOnly: true, from: '2019', to: '2019', limit: 100 },
  'a year of decisions (all rows)': { decisionsOnly: true, from: '2019', to: '2019' },
  'everything, limit 50': { limit: 50 },
};
for (const [name, f] of Object.entries(cases)) {
  const times = [];
  let rows = 0;
  for (let i = 0; i < 20; i++) {
    const t = process.hrtime.bigint();
    rows = queryItems(db, f).length;
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(34)} rows ${String(rows).padStart(6)}  p50 ${times[10].toFixed(1)} ms  p95 ${times[18].toFixed(1)} ms`);
}
const t = Date.now();
queryStats(db);
console.log(`stats ${Date.now() - t} ms`);
