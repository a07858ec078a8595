#!/usr/bin/env node
// Writes the council PDF's text and its OCR'd twin's text (pages split in two
// halves, one for tuning and one held out) into eval/normalize/, through the
// project's own extractor. Run `npm run build` first. Usage:
//   node scripts/eval-normalize-twins.js CLEAN.pdf OCR.pdf NAME
import { readFileSync, writeFileSync } from 'node:fs';
import { extractPdf } from '../dist/extract/pdf.js';

const [cleanPdf, ocrPdf, name] = process.argv.slice(2);
if (!cleanPdf || !ocrPdf || !name) {
  process.stderr.write('usage: eval-normalize-twins.js CLEAN.pdf OCR.pdf NAME\n');
  process.exit(2);
}

async function pages(file) {
  const doc = await extractPdf(new Uint8Array(readFileSync(file)));
  const byPage = new Map();
  for (const l of doc.lines) {
    if (!byPage.has(l.page)) byPage.set(l.page, []);
    byPage.get(l.page).push(l.text);
  }
  return { count: doc.pages, byPage };
}

const clean = await pages(cleanPdf);
const ocr = await pages(ocrPdf);
const half = Math.ceil(clean.count / 2);
const parts = [
  ['a', 1, half],
  ['b', half + 1, clean.count],
];
for (const [suffix, from, to] of parts) {
  for (const [kind, doc] of [['clean', clean], ['ocr', ocr]]) {
    const text = [];
    for (let p = from; p <= to; p++) text.push((doc.byPage.get(p) ?? []).join('\n'));
    const out = new URL(`../eval/normalize/${name}-${suffix}.${kind}.txt`, import.meta.url);
    writeFileSync(out, text.join('\n\f') + '\n');
    process.stderr.write(`wrote ${out.pathname} (pages ${from}-${to})\n`);
  }
}
