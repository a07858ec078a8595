#!/usr/bin/env node
// The errors of `normalize` on the TUNING twins only (eval/normalize/): for each
// stretch where the repaired text differs from the clean one and the clean text
// has æ, ø or å (a miss) or the output has a wrong one, the clean words, the OCR
// words and the repaired words side by side. Held-out twins are refused: their
// errors are never looked at (scripts/eval-normalize-sets.js).
// Usage: node scripts/eval-normalize-errors.js [NAME ...]   (after `npm run build`)
import { readFileSync } from 'node:fs';
import { linesFromText } from '../dist/extract/text.js';
import { normalize } from '../dist/normalize/index.js';
import { HELD_OUT, TUNING } from './eval-normalize-sets.js';

const DANISH = /[æøåÆØÅ]/;
const words = (text) => [...text.matchAll(/[\p{L}\p{M}\d@©|]+/gu)].map((m) => m[0]);

/** Pairs of (clean stretch, output stretch) between the words both share, by longest common subsequence. */
function gaps(a, b) {
  const n = a.length;
  const m = b.length;
  const dp = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * (m + 1) + j] = a[i] === b[j] ? dp[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(dp[(i + 1) * (m + 1) + j], dp[i * (m + 1) + j + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  let gi = 0;
  let gj = 0;
  const flush = () => {
    if (gi < i || gj < j) out.push({ a: a.slice(gi, i), b: b.slice(gj, j), at: gi });
  };
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      flush();
      i++;
      j++;
      gi = i;
      gj = j;
    } else if (dp[(i + 1) * (m + 1) + j] >= dp[i * (m + 1) + j + 1]) i++;
    else j++;
  }
  i = n;
  j = m;
  flush();
  return out;
}

const names = process.argv.slice(2).length ? process.argv.slice(2) : TUNING;
for (const name of names) {
  if (HELD_OUT.includes(name) || !TUNING.includes(name)) {
    process.stderr.write(`${name}: not a tuning twin; its errors are not shown\n`);
    process.exitCode = 2;
    continue;
  }
  const read = (kind) => readFileSync(new URL(`../eval/normalize/${name}.${kind}.txt`, import.meta.url), 'utf8');
  const clean = words(read('clean'));
  const doc = normalize(linesFromText(read('ocr')));
  const out = words(doc.lines.map((l) => l.text).join('\n'));
  const uncertain = doc.diagnostics.filter((d) => d.code === 'ocr-uncertain').map((d) => d.message);
  const bad = gaps(clean, out).filter((g) => g.a.some((w) => DANISH.test(w)) || g.b.some((w) => DANISH.test(w)));
  if (bad.length === 0) continue;
  process.stdout.write(`== ${name}\n`);
  for (const g of bad) {
    const ctx = clean.slice(Math.max(0, g.at - 2), g.at).join(' ');
    process.stdout.write(`  ${ctx} [${g.a.join(' ')}] → [${g.b.join(' ')}]\n`);
    for (const w of g.b) {
      const u = uncertain.find((m) => m.includes(`"${w}"`));
      if (u) process.stdout.write(`      ${u}\n`);
    }
  }
}
