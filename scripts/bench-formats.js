// Parse time per document by input format, in one process, beside each
// other: the fixtures' text files, their PDFs, the saved web pages, and a
// long web page made from a fixture page (its items repeated: as many as a
// council's longest minutes). Each document is parsed whole (`parseBytes`:
// extract, normalize, segment, validate) after a warm-up, best of REPEAT runs;
// extraction alone is timed beside it.
// Usage: node scripts/bench-formats.js [REPEAT]; prints JSON.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../dist/extract/index.js';
import { parseBytes } from '../dist/pipeline.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPEAT = Number(process.argv[2] ?? 5);
const fixtures = path.join(root, 'fixtures');

/** Input formats by file name; a format not in the fixtures is left out. */
const FORMATS = [
  ['text', /\.txt$/i],
  ['pdf', /\.pdf$/i],
  ['html', /\.html?$/i],
];

/** A web page of `n` items: the FirstAgenda-shaped fixture's items, renumbered, repeated. */
function longPage(n) {
  const page = readFileSync(path.join(fixtures, 'web-firstagenda.html'), 'utf8');
  const items = [...page.matchAll(/<section class="agenda-item"[\s\S]*?<\/section>/g)].map((m) => m[0]);
  const body = [];
  for (let i = 0; i < n; i++) body.push(items[i % items.length].replace(/<h2>\d+\./, `<h2>${i + 1}.`));
  return Buffer.from(page.replace(/<div class="agenda" id="punkter">[\s\S]*?\n  <\/div>\n<\/main>/, `<div class="agenda" id="punkter">${body.join('\n')}</div></main>`));
}

async function time(bytes, name, fn) {
  await fn(bytes, name);
  let best = Infinity;
  for (let r = 0; r < REPEAT; r++) {
    const t = performance.now();
    await fn(bytes, name);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const parse = async (bytes, name) => {
  const r = await parseBytes(bytes, name);
  if (!r.ok) throw new Error(`${name}: ${r.failure.message}`);
};
const extractOnly = (bytes) => extract(bytes);

const docs = [];
for (const [format, re] of FORMATS) {
  for (const f of readdirSync(fixtures).filter((f) => re.test(f) && !/\.source\.txt$/.test(f)).sort()) {
    docs.push({ format, name: f, bytes: new Uint8Array(readFileSync(path.join(fixtures, f))) });
  }
}
docs.push({ format: 'html', name: 'web page of 300 items (made from web-firstagenda.html)', bytes: new Uint8Array(longPage(300)), long: true });

const out = { repeat: REPEAT, documents: [], formats: {} };
for (const d of docs) {
  const parseMs = await time(d.bytes, d.name, parse);
  const extractMs = await time(d.bytes, d.name, extractOnly);
  const lines = (await extract(d.bytes)).lines.length;
  out.documents.push({ format: d.format, name: d.name, kilobytes: d.bytes.length / 1024, lines, parseMs, extractMs, long: !!d.long });
}
for (const [format] of FORMATS) {
  const ds = out.documents.filter((d) => d.format === format && !d.long);
  if (ds.length === 0) continue;
  const mean = (k) => ds.reduce((a, d) => a + d[k], 0) / ds.length;
  out.formats[format] = { documents: ds.length, meanKilobytes: mean('kilobytes'), meanLines: mean('lines'), meanParseMs: mean('parseMs'), meanExtractMs: mean('extractMs'), meanParseMsPer1000Lines: ds.reduce((a, d) => a + (1000 * d.parseMs) / d.lines, 0) / ds.length };
}
console.log(JSON.stringify(out));
