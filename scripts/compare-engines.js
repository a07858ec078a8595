// Compares the PDF text engines over PDFs: for each file, extraction and the
// whole parse with pdf.js and with PDFium, then
//   - items, titles and decisions (and outcomes) of the meeting documents;
//   - `minutes text` (the body lines), whitespace-insensitively, and whether
//     it is identical;
//   - failures (code) where either engine refuses the file.
// Usage: node scripts/compare-engines.js [--json] [--show N] PATH... (files or
// directories, walked for .pdf; default: fixtures, eval/real/docs,
// tests/data and the bench archive under bench/ if it was built: bench/archive, bench/big).
// Exit code 0 when every file agrees on items, titles and decisions, 1 otherwise.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse, asFailure, extractBytes, sha256 } from '../dist/pipeline.js';
import { renderText } from '../dist/cli/commands/text.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1]) : 3;
const paths = args.filter((a, i) => !a.startsWith('--') && !(showAt >= 0 && i === showAt + 1));
const defaults = ['fixtures', 'eval/real/docs', 'tests/data', 'bench/archive', 'bench/big'].map((p) => path.join(root, p)).filter((p) => existsSync(p));

function walk(p, out) {
  const st = statSync(p);
  if (st.isDirectory()) for (const e of readdirSync(p).sort()) walk(path.join(p, e), out);
  else if (/\.pdf$/i.test(p)) out.push(p);
  return out;
}

const files = [];
for (const p of paths.length > 0 ? paths : defaults) walk(p, files);

/** The parts of a meeting document the engines must agree on. */
function summary(doc) {
  return doc.items.map((it) => ({ number: it.number, title: it.title, decision: it.decision, outcome: it.outcome }));
}

const squeeze = (s) => s.replace(/\s+/g, '');

/** Extraction and the stages after it, as `parse` runs them (parseBytes), keeping the text between. */
async function run(bytes, file, engine) {
  const t0 = performance.now();
  let text;
  let failure = null;
  let document = null;
  try {
    const extracted = await extractBytes(bytes, engine);
    text = renderText(extracted.lines, [], false);
    document = analyse(extracted, { fileName: file, sha256: sha256(bytes) }).document;
  } catch (err) {
    failure = asFailure(err).code;
  }
  const ms = performance.now() - t0;
  return { ms, text, failure, items: document ? summary(document) : null, diagnostics: document ? document.diagnostics.map((d) => d.code) : [] };
}

const rows = [];
let disagree = 0;
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  const a = await run(bytes, file, 'pdfjs');
  const b = await run(bytes, file, 'pdfium');
  const sameFailure = a.failure === b.failure;
  const sameItems = JSON.stringify(a.items) === JSON.stringify(b.items);
  const textSame = a.text === b.text;
  const textSameWs = a.text !== undefined && b.text !== undefined ? squeeze(a.text) === squeeze(b.text) : a.text === b.text;
  const fallback = b.diagnostics.includes('pdf-engine-fallback');
  const row = { file: path.relative(root, file), items: a.items?.length ?? null, sameFailure, sameItems, textSame, textSameWs, fallback, pdfjsFailure: a.failure, pdfiumFailure: b.failure, pdfjsMs: a.ms, pdfiumMs: b.ms };
  if (!sameItems || !sameFailure) {
    disagree++;
    const diffs = [];
    const n = Math.max(a.items?.length ?? 0, b.items?.length ?? 0);
    for (let i = 0; i < n && diffs.length < show; i++) {
      const x = JSON.stringify(a.items?.[i]);
      const y = JSON.stringify(b.items?.[i]);
      if (x !== y) diffs.push({ pdfjs: a.items?.[i], pdfium: b.items?.[i] });
    }
    row.itemDiffs = diffs;
  }
  if (!textSameWs && a.text && b.text) {
    const la = a.text.split('\n');
    const lb = b.text.split('\n');
    const diffs = [];
    for (let i = 0; i < Math.max(la.length, lb.length) && diffs.length < show; i++) if (squeeze(la[i] ?? '') !== squeeze(lb[i] ?? '')) diffs.push({ line: i + 1, pdfjs: la[i], pdfium: lb[i] });
    row.textDiffs = diffs;
  }
  rows.push(row);
  if (!json) {
    const verdict = !sameFailure ? 'FAILURE DIFFERS' : !sameItems ? 'ITEMS DIFFER' : textSame ? 'same' : textSameWs ? 'same but whitespace' : 'text differs';
    process.stdout.write(`${verdict.padEnd(20)} ${row.file}${a.failure || b.failure ? ` (${a.failure ?? 'ok'} / ${b.failure ?? 'ok'})` : ''}${fallback ? ' [PDFium fell back to pdf.js]' : ''}\n`);
    for (const d of row.itemDiffs ?? []) process.stdout.write(`    pdf.js: ${JSON.stringify(d.pdfjs)}\n    PDFium: ${JSON.stringify(d.pdfium)}\n`);
    for (const d of row.textDiffs ?? []) process.stdout.write(`    line ${d.line}\n      pdf.js: ${JSON.stringify(d.pdfjs)}\n      PDFium: ${JSON.stringify(d.pdfium)}\n`);
  }
}
const total = {
  files: rows.length,
  sameItemsAndFailures: rows.filter((r) => r.sameItems && r.sameFailure).length,
  textIdentical: rows.filter((r) => r.textSame).length,
  textSameIgnoringWhitespace: rows.filter((r) => r.textSameWs).length,
  fallbacks: rows.filter((r) => r.fallback).length,
};
if (json) console.log(JSON.stringify({ total, rows }, null, 1));
else console.log(`\n${total.files} PDFs: items, titles, decisions and failures the same in ${total.sameItemsAndFailures}; text identical in ${total.textIdentical}, the same but for whitespace in ${total.textSameIgnoringWhitespace - total.textIdentical} more; PDFium fell back to pdf.js for ${total.fallbacks}`);
process.exitCode = disagree > 0 ? 1 : 0;
