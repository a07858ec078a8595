#!/usr/bin/env node
// The errors of `normalize` on the TUNING twins only (eval/normalize/): for each
// stretch where the repaired text differs from the clean one and the clean text
// has æ, ø or å (a miss) or the output has a wrong one, the clean words, the OCR
// words and the repaired words side by side. Held-out twins (the old set and the
// fresh one) are refused: their
// errors are never looked at (scripts/eval-normalize-sets.js).
// Usage: node scripts/eval-normalize-errors.js [NAME ...]   (after `npm run build`)
import { readFileSync } from 'node:fs';
import { linesFromText } from '../dist/extract/text.js';
import { normalize } from '../dist/normalize/index.js';
import { ALL_HELD_OUT, TUNING } from './eval-normalize-sets.js';
import { gaps, words } from './eval-normalize-align.js';

const DANISH = /[æøåÆØÅ]/;

const names = process.argv.slice(2).length ? process.argv.slice(2) : TUNING;
for (const name of names) {
  if (ALL_HELD_OUT.includes(name) || !TUNING.includes(name)) {
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
