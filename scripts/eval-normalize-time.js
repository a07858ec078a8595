#!/usr/bin/env node
// Times, in a fresh process, normalizing the whole OCR'd council PDF's text
// (both halves of the council twin, 28 pages) including the one-time
// dictionary load. Prints one JSON line. Run after `npm run build`.
import { readFileSync } from 'node:fs';

const started = performance.now();
const { linesFromText } = await import('../dist/extract/text.js');
const { normalize } = await import('../dist/normalize/index.js');
const text = ['council-a', 'council-b'].map((n) => readFileSync(new URL(`../eval/normalize/${n}.ocr.txt`, import.meta.url), 'utf8')).join('\f');
const loaded = performance.now();
const doc = normalize(linesFromText(text));
const done = performance.now();
process.stdout.write(`${JSON.stringify({ pages: text.split('\f').length, repairs: doc.repairs.length, importMs: Math.round(loaded - started), normalizeMs: Math.round(done - loaded) })}\n`);
