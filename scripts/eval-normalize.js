#!/usr/bin/env node
// Scores `normalize` on OCR-damaged twins of clean documents (eval/normalize/):
//   recall    share of the clean text's words with æ, ø or å that come back exactly
//   precision share of the output's words with æ, ø or å that are right
//   changed   words changed when the CLEAN document itself is normalized (must be 0)
// Raw OCR figures are printed beside the repaired ones. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { linesFromText } from '../dist/extract/text.js';
import { normalize } from '../dist/normalize/index.js';
import { HELD_OUT, TUNING } from './eval-normalize-sets.js';

const DANISH = /[æøåÆØÅ]/;
const words = (text) => [...text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => m[0]);

/** Longest common subsequence of two word lists: the pairs that match exactly. */
function matched(a, b) {
  const n = a.length;
  const m = b.length;
  const dp = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * (m + 1) + j] = a[i] === b[j] ? dp[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(dp[(i + 1) * (m + 1) + j], dp[i * (m + 1) + j + 1]);
    }
  }
  const inA = new Uint8Array(n);
  const inB = new Uint8Array(m);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      inA[i++] = 1;
      inB[j++] = 1;
    } else if (dp[(i + 1) * (m + 1) + j] >= dp[i * (m + 1) + j + 1]) i++;
    else j++;
  }
  return { inA, inB };
}

function score(clean, output) {
  const a = words(clean);
  const b = words(output);
  const { inA, inB } = matched(a, b);
  let cleanDanish = 0, recalled = 0, outDanish = 0, right = 0;
  a.forEach((w, i) => { if (DANISH.test(w)) { cleanDanish++; recalled += inA[i]; } });
  b.forEach((w, j) => { if (DANISH.test(w)) { outDanish++; right += inB[j]; } });
  return { recall: recalled / Math.max(1, cleanDanish), precision: outDanish === 0 ? NaN : right / outDanish, cleanDanish };
}

const read = (name, kind) => readFileSync(new URL(`../eval/normalize/${name}.${kind}.txt`, import.meta.url), 'utf8');
const normalizeText = (text) => normalize(linesFromText(text));
const textOf = (doc) => doc.lines.map((l) => l.text).join('\n');
const f = (x) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));

const rows = [];
const totals = {};
for (const [set, names] of [['tuning', TUNING], ['held-out', HELD_OUT]]) {
  const sum = { raw: [0, 0, 0, 0], fixed: [0, 0, 0, 0], changed: 0, words: 0 };
  for (const name of names) {
    const clean = read(name, 'clean');
    const ocr = read(name, 'ocr');
    const raw = score(clean, ocr);
    const started = performance.now();
    const repaired = normalizeText(ocr);
    const ms = performance.now() - started;
    const fixed = score(clean, textOf(repaired));
    const changed = normalizeText(clean).repairs.length;
    rows.push({ set, name, words: raw.cleanDanish, raw, fixed, changed, repairs: repaired.repairs.length, ms });
  }
  totals[set] = names;
}

// Pooled figures per set: recompute on the concatenated documents.
function pooled(names) {
  const clean = names.map((n) => read(n, 'clean')).join('\n');
  const ocr = names.map((n) => read(n, 'ocr')).join('\n');
  const out = names.map((n) => textOf(normalizeText(read(n, 'ocr')))).join('\n');
  return { raw: score(clean, ocr), fixed: score(clean, out) };
}

const out = [];
out.push('set       document     æøå-words  raw recall  raw prec.  recall  precision  repairs  clean changed   ms');
for (const r of rows) {
  out.push(
    `${r.set.padEnd(9)} ${r.name.padEnd(12)} ${String(r.words).padStart(9)}  ${f(r.raw.recall).padStart(10)}  ${f(r.raw.precision).padStart(9)}  ${f(r.fixed.recall).padStart(6)}  ${f(r.fixed.precision).padStart(9)}  ${String(r.repairs).padStart(7)}  ${String(r.changed).padStart(13)}  ${r.ms.toFixed(0).padStart(4)}`,
  );
}
for (const [set, names] of Object.entries(totals)) {
  const p = pooled(names);
  out.push(`${set.padEnd(9)} ${'ALL'.padEnd(12)} ${String(p.raw.cleanDanish).padStart(9)}  ${f(p.raw.recall).padStart(10)}  ${f(p.raw.precision).padStart(9)}  ${f(p.fixed.recall).padStart(6)}  ${f(p.fixed.precision).padStart(9)}`);
}
process.stdout.write(out.join('\n') + '\n');

// The whole OCR'd council PDF's text in fresh processes: the one-time load apart
// from the work; the median of three runs, since these machines are noisy.
const { execFileSync } = await import('node:child_process');
const runs = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, [new URL('./eval-normalize-time.js', import.meta.url).pathname], { encoding: 'utf8' })));
const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[1];
const t = runs[0];
process.stdout.write(
  `\nOCR'd council PDF text (${t.pages} pages, ${t.repairs} repairs), fresh process, median of 3: ` +
    `load ${median('loadMs')} ms (dictionary, filters, frequencies; CPU ${median('loadCpuMs')} ms), normalize ${median('normalizeMs')} ms (CPU ${median('normalizeCpuMs')} ms), ` +
    `clean council text ${median('cleanMs')} ms (+${median('importMs')} ms module import)\n`,
);
