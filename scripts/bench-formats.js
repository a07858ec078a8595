// Parse time per document by input format, in one process and one run:
// the seed minutes as text and as Word documents (the same minutes, so the
// two rows compare the formats), the fixtures' PDFs, the saved web pages
// (when the HTML reader is built), and a 100-page Word document made here
// (bench/docx-100-pages.docx: 100 items over some 50,000 words, each
// paragraph in several runs with the run properties and revision ids Word
// writes). Each document is parsed REPEAT times after a warm-up; the
// fastest run counts. `extract` is stage 1 alone; `parse` the whole pipeline.
//
// Run alone: `npm run build && node scripts/bench-formats.js`; `npm run bench`
// runs it too and puts its table beside the others.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ITEM_LEVELS, makeDocx } from './docx-writer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'fixtures');
const REPEAT = Number(process.env.BENCH_FORMAT_REPEAT ?? 5);

const WORDS = (
  'Udvalget drøftede sagen og besluttede at sende forslaget videre til byrådet med en anbefaling om godkendelse af budgettet ' +
  'for det kommende år herunder de anlægsprojekter der er beskrevet i bilaget samt en opfølgning på økonomien i første kvartal'
).split(' ');

/** A Word document of about `pages` pages (500 words a page), shaped as Word writes minutes. */
export function bigDocx(pages = 100) {
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const sentence = (n) => {
    const w = Array.from({ length: n }, () => WORDS[Math.floor(rnd() * WORDS.length)]);
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    return `${w.join(' ')}.`;
  };
  const blocks = [
    { style: 'Title', text: 'Referat' },
    { text: 'Teknik- og Miljøudvalget' },
    { text: 'Mødedato: 3. december 2026, kl. 16.00-19.30' },
    { text: 'Mødested: Mødelokale 1, Rådhuset' },
    { text: '' },
  ];
  let words = 0;
  let item = 0;
  while (words < pages * 500) {
    item++;
    blocks.push({ style: 'Heading1', num: { id: 1, level: 0 }, text: `Sag om ${WORDS[item % WORDS.length]} nummer ${item}` });
    blocks.push({ text: 'Sagsfremstilling', bold: true });
    for (let k = 0; k < 4; k++) {
      // Several runs a paragraph, as editing leaves them.
      const runs = Array.from({ length: 4 }, () => ({ text: `${sentence(12 + Math.floor(rnd() * 20))} ` }));
      words += runs.reduce((a, r) => a + r.text.split(' ').length, 0);
      blocks.push({ runs });
    }
    blocks.push({ num: { id: 1, level: 1 }, text: sentence(10) });
    blocks.push({ num: { id: 1, level: 1 }, text: sentence(10) });
    blocks.push({ text: 'Beslutning', bold: true });
    blocks.push({ text: sentence(25) });
    words += 45;
  }
  return { bytes: makeDocx(blocks, { abstracts: { 1: ITEM_LEVELS }, numbering: [{ id: 1, abstract: 1 }], header: 'Teknik- og Miljøudvalget', footer: 'Referat 3. december 2026' }), words, items: item };
}

async function timeOne(fn) {
  await fn();
  let best = Infinity;
  for (let k = 0; k < REPEAT; k++) {
    const t = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
};

/** Times every document of every format; returns the rows and the 100-page document's figures. */
export async function benchFormats(benchDir, log = () => {}) {
  const { extract } = await import('../dist/extract/index.js');
  const { parseBytes } = await import('../dist/pipeline.js');
  const { loadLanguageData } = await import('../dist/normalize/dictionary.js');
  loadLanguageData();
  mkdirSync(benchDir, { recursive: true });
  const bigFile = path.join(benchDir, 'docx-100-pages.docx');
  const big = bigDocx(100);
  writeFileSync(bigFile, big.bytes);
  const names = readdirSync(fixtures).filter((n) => !n.endsWith('.expected.yaml'));
  const groups = [
    ['text (seed minutes)', names.filter((n) => /^00\d_.*\.txt$/.test(n))],
    ['docx (the same minutes)', names.filter((n) => /^00\d_.*\.docx$/.test(n))],
    ['docx (other fixtures)', names.filter((n) => /^docx-.*\.docx$/.test(n))],
    ['pdf (fixtures)', names.filter((n) => n.endsWith('.pdf'))],
  ];
  if (existsSync(path.join(root, 'dist', 'extract', 'html.js'))) groups.push(['html (fixtures)', names.filter((n) => /\.html?$/.test(n))]);
  const rows = [];
  for (const [label, files] of groups) {
    if (files.length === 0) continue;
    const docs = [];
    for (const f of files) {
      const bytes = new Uint8Array(readFileSync(path.join(fixtures, f)));
      const extractMs = await timeOne(() => extract(bytes, f));
      const parseMs = await timeOne(() => parseBytes(bytes, f));
      const r = await parseBytes(bytes, f);
      docs.push({ file: f, extractMs, parseMs, pages: r.ok ? r.document.source.pages : null, items: r.ok ? r.document.items.length : null });
      log(`bench: ${f}: extract ${extractMs.toFixed(1)} ms, parse ${parseMs.toFixed(1)} ms`);
    }
    rows.push({ label, documents: docs.length, extractMedianMs: median(docs.map((d) => d.extractMs)), parseMedianMs: median(docs.map((d) => d.parseMs)), docs });
  }
  const bigBytes = new Uint8Array(big.bytes);
  const bigExtractMs = await timeOne(() => extract(bigBytes, 'docx-100-pages.docx'));
  const bigParseMs = await timeOne(() => parseBytes(bigBytes, 'docx-100-pages.docx'));
  const parsed = await parseBytes(bigBytes, 'docx-100-pages.docx');
  log(`bench: 100-page .docx: extract ${bigExtractMs.toFixed(0)} ms, parse ${bigParseMs.toFixed(0)} ms`);
  return {
    repeat: REPEAT,
    rows,
    bigDocx: { file: 'bench/docx-100-pages.docx', bytes: big.bytes.length, words: big.words, pages: Math.round(big.words / 500), items: parsed.ok ? parsed.document.items.length : null, itemsWritten: big.items, extractMs: bigExtractMs, parseMs: bigParseMs },
  };
}

const fmt = (n, d = 1) => (n == null ? '–' : n.toFixed(d));

export function formatsReport(f) {
  const lines = [`parse time per document, by format (fastest of ${f.repeat} runs each; median over the documents)`];
  const rows = [['format', 'documents', 'extract ms', 'parse ms']];
  for (const r of f.rows) rows.push([r.label, String(r.documents), fmt(r.extractMedianMs), fmt(r.parseMedianMs)]);
  const b = f.bigDocx;
  rows.push([`docx, ${b.pages} pages (${b.words} words, ${(b.bytes / 1024).toFixed(0)} KB)`, '1', fmt(b.extractMs, 0), fmt(b.parseMs, 0)]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  rows.forEach((r, k) => {
    lines.push(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
    if (k === 0) lines.push(widths.map((w) => '─'.repeat(w)).join('  '));
  });
  lines.push(`100-page .docx parsed in ${fmt(b.parseMs / 1000, 2)} s (target < 1 s: ${b.parseMs < 1000 ? 'ok' : 'MISSED'}); ${b.items} of its ${b.itemsWritten} items found`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const r = await benchFormats(path.join(root, 'bench'), (m) => process.stderr.write(`${m}\n`));
  console.log(formatsReport(r));
}
