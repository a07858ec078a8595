#!/usr/bin/env node
// Scores `normalize` on OCR-damaged twins of clean documents (eval/normalize/):
//   recall    share of the clean text's words with æ, ø or å that come back exactly
//   precision share of the output's words with æ, ø or å that are right
//   names     recall of the clean text's names with æ, ø or å: capitalised words
//             whose small form is no Danish word (`Søren`, `Hjørring`), and the
//             party letters Æ, Ø, Å standing alone
//   wrong     words the repair changed into a word the clean text does not have there
//   changed   words changed when the CLEAN document itself is normalized (must be 0)
// Raw OCR figures are printed beside the repaired ones, and normalize time per
// page (`--no-time` leaves the timing out). With `--baseline DIR` (a built checkout of another commit, e.g. main),
// the time is measured for both in this one run, alternating, and compared.
// Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { linesFromText } from '../dist/extract/text.js';
import { normalize } from '../dist/normalize/index.js';
import { isWord } from '../dist/normalize/dictionary.js';
import { FRESH_HELD_OUT, FRESH_TUNING, HELD_OUT, OLD_TUNING, REFERENCE_TWINS } from './eval-normalize-sets.js';
import { lcsTable } from './eval-normalize-align.js';

const DANISH = /[æøåÆØÅ]/;
const words = (text) => [...text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => m[0]);

/** Longest common subsequence of two word lists: the pairs that match exactly. */
function matched(a, b) {
  const n = a.length;
  const m = b.length;
  const dp = lcsTable(a, b);
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

const nameCache = new Map();
/** A name with æ, ø or å: capitalised, and its small form is no Danish word; or a party letter alone. */
function isName(w) {
  if (/^[ÆØÅ]$/.test(w)) return true;
  if (!DANISH.test(w) || !/^\p{Lu}\p{Ll}/u.test(w)) return false;
  let yes = nameCache.get(w);
  if (yes === undefined) nameCache.set(w, (yes = !isWord(w.toLowerCase())));
  return yes;
}

/** `ocr` given: also the words the repair changed (output words not in the OCR text) that are wrong (not in the clean text). */
function score(clean, output, ocr) {
  const a = words(clean);
  const b = words(output);
  const { inA, inB } = matched(a, b);
  let cleanDanish = 0, recalled = 0, outDanish = 0, right = 0, names = 0, namesRecalled = 0;
  a.forEach((w, i) => {
    if (DANISH.test(w)) { cleanDanish++; recalled += inA[i]; }
    if (isName(w)) { names++; namesRecalled += inA[i]; }
  });
  b.forEach((w, j) => { if (DANISH.test(w)) { outDanish++; right += inB[j]; } });
  let wrong = 0;
  if (ocr !== undefined) {
    const kept = matched(words(ocr), b).inB;
    b.forEach((_, j) => { if (!kept[j] && !inB[j]) wrong++; });
  }
  return {
    recall: recalled / Math.max(1, cleanDanish),
    precision: outDanish === 0 ? NaN : right / outDanish,
    cleanDanish,
    names,
    nameRecall: names === 0 ? NaN : namesRecalled / names,
    wrong,
  };
}

const read = (name, kind) => readFileSync(new URL(`../eval/normalize/${name}.${kind}.txt`, import.meta.url), 'utf8');
const normalizeText = (text) => normalize(linesFromText(text));
const textOf = (doc) => doc.lines.map((l) => l.text).join('\n');
const f = (x) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));

const rows = [];
const outputs = new Map();
// Per-document rows in five sets: the old tuning twins, the tuning twins added on
// 2026-12-04 (m3, a4, o2), the twins of reference documents added on 2026-12-05, the old
// held-out twins and the fresh held-out ones (m4, a5, o3).
const SETS = [['tuning', OLD_TUNING], ['tuning-new', FRESH_TUNING], ['tuning-ref', REFERENCE_TWINS], ['held-out', HELD_OUT], ['fresh', FRESH_HELD_OUT]];
for (const [set, names] of SETS) {
  for (const name of names) {
    const clean = read(name, 'clean');
    const ocr = read(name, 'ocr');
    const raw = score(clean, ocr);
    const started = performance.now();
    const repaired = normalizeText(ocr);
    const ms = performance.now() - started;
    outputs.set(name, textOf(repaired));
    const fixed = score(clean, outputs.get(name), ocr);
    const changed = normalizeText(clean).repairs.length;
    rows.push({ set, name, words: raw.cleanDanish, raw, fixed, changed, repairs: repaired.repairs.length, ms });
  }
}
// The summary lines: the old lines as they were (tuning: the old 76; held-out: the old 17),
// then the new sets alone and pooled with the old.
const totals = {
  tuning: OLD_TUNING,
  'tuning, new twins (m3, a4, o2)': FRESH_TUNING,
  'tuning, twins of reference documents (2026-12-05)': REFERENCE_TWINS,
  'tuning, all': [...OLD_TUNING, ...FRESH_TUNING, ...REFERENCE_TWINS],
  'held-out': HELD_OUT,
  'fresh held-out (m4, a5, o3)': FRESH_HELD_OUT,
  'held-out, old and fresh pooled': [...HELD_OUT, ...FRESH_HELD_OUT],
};

// Pooled figures per set: recompute on the concatenated documents.
function pooled(names) {
  const clean = names.map((n) => read(n, 'clean')).join('\n');
  const ocr = names.map((n) => read(n, 'ocr')).join('\n');
  const out = names.map((n) => outputs.get(n)).join('\n');
  return { raw: score(clean, ocr), fixed: score(clean, out, ocr) };
}

const W = Math.max(12, ...rows.map((r) => r.name.length));
const out = [];
out.push(`set        ${'document'.padEnd(W)}  æøå-words  raw recall  raw prec.  recall  precision  names  name recall  repairs  wrong  clean changed    ms`);
for (const r of rows) {
  out.push(
    `${r.set.padEnd(10)} ${r.name.padEnd(W)} ${String(r.words).padStart(10)}  ${f(r.raw.recall).padStart(10)}  ${f(r.raw.precision).padStart(9)}  ${f(r.fixed.recall).padStart(6)}  ${f(r.fixed.precision).padStart(9)}  ${String(r.fixed.names).padStart(5)}  ${f(r.fixed.nameRecall).padStart(11)}  ${String(r.repairs).padStart(7)}  ${String(r.fixed.wrong).padStart(5)}  ${String(r.changed).padStart(13)}  ${r.ms.toFixed(0).padStart(4)}`,
  );
}
out.push('');
for (const [set, names] of Object.entries(totals)) {
  const p = pooled(names);
  const mine = rows.filter((r) => names.includes(r.name));
  const worst = mine.reduce((a, b) => (b.fixed.recall < a.fixed.recall ? b : a));
  const changed = mine.reduce((n, r) => n + r.changed, 0);
  out.push(`${set} (${names.length} documents): ${p.raw.cleanDanish} æøå-words, raw recall ${f(p.raw.recall)}; repaired recall ${f(p.fixed.recall)}, precision ${f(p.fixed.precision)}, words changed wrongly ${p.fixed.wrong}`);
  out.push(`  names: ${p.fixed.names} with æ, ø, å; recall ${f(p.fixed.nameRecall)}`);
  out.push(`  per document recall: lowest ${f(worst.fixed.recall)} (${worst.name}); ${mine.filter((r) => r.fixed.recall < 0.96).length} of ${mine.length} below 0.960`);
  out.push(`  words changed in the clean documents: ${changed}`);
}
process.stdout.write(out.join('\n') + '\n');
if (process.argv.includes('--no-time')) process.exit(0);

// The whole OCR'd council PDF's text in fresh processes: the one-time load apart
// from the work; the median of three runs, since these machines are noisy. With
// --baseline DIR, that checkout's own timing script runs on the same text,
// alternating with this one's, so that both see the same load on the machine.
const { execFileSync } = await import('node:child_process');
const at = process.argv.indexOf('--baseline');
const baseline = at > 0 ? process.argv[at + 1] : null;
const timeScript = (root) => (root ? `${root.replace(/\/$/, '')}/scripts/eval-normalize-time.js` : new URL('./eval-normalize-time.js', import.meta.url).pathname);
const time = (root) => JSON.parse(execFileSync(process.execPath, [timeScript(root)], { encoding: 'utf8' }));
const runs = [];
const baseRuns = [];
for (let k = 0; k < 3; k++) {
  runs.push(time(null));
  if (baseline) baseRuns.push(time(baseline));
}
const median = (list, key) => list.map((r) => r[key]).sort((a, b) => a - b)[1];
const t = runs[0];
process.stdout.write(
  `\nOCR'd council PDF text (${t.pages} pages, ${t.repairs} repairs), fresh process, median of 3: ` +
    `load ${median(runs, 'loadMs')} ms (dictionary, filters, frequencies; CPU ${median(runs, 'loadCpuMs')} ms), normalize ${median(runs, 'normalizeMs')} ms (CPU ${median(runs, 'normalizeCpuMs')} ms), ` +
    `clean council text ${median(runs, 'cleanMs')} ms (+${median(runs, 'importMs')} ms module import)\n`,
);
const perPage = (list) => median(list, 'normalizeCpuMs') / t.pages;
process.stdout.write(`normalize time per page: ${perPage(runs).toFixed(1)} ms CPU (${(median(runs, 'normalizeMs') / t.pages).toFixed(1)} ms wall)\n`);
if (baseline) {
  const b = baseRuns[0];
  process.stdout.write(
    `baseline ${baseline} (${b.repairs} repairs), same run: ${perPage(baseRuns).toFixed(1)} ms CPU per page (${(median(baseRuns, 'normalizeMs') / t.pages).toFixed(1)} ms wall); ` +
      `this / baseline: ${(perPage(runs) / perPage(baseRuns)).toFixed(2)}\n`,
  );
}
