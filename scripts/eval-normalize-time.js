#!/usr/bin/env node
// Times, in a fresh process, normalizing the whole OCR'd council PDF's text
// (both halves of the council twin, 28 pages): the one-time load (dictionary,
// compound part sets, frequencies) apart from the work on the document, and a
// clean document's text after it. Prints one JSON line. Run after `npm run build`.
import { readFileSync } from 'node:fs';

const read = (name, kind) => readFileSync(new URL(`../eval/normalize/${name}.${kind}.txt`, import.meta.url), 'utf8');
const started = performance.now();
// CPU time beside wall time: on a busy machine wall time also counts waiting for a core.
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const { linesFromText } = await import('../dist/extract/text.js');
const { normalize } = await import('../dist/normalize/index.js');
const { loadLanguageData } = await import('../dist/normalize/dictionary.js');
const text = ['council-a', 'council-b'].map((n) => read(n, 'ocr')).join('\f');
const clean = ['council-a', 'council-b'].map((n) => read(n, 'clean')).join('\f');
const imported = performance.now();
const cpu0 = cpu();
loadLanguageData();
const loaded = performance.now();
const cpu1 = cpu();
const doc = normalize(linesFromText(text));
const done = performance.now();
const cpu2 = cpu();
normalize(linesFromText(clean));
const cleanDone = performance.now();
process.stdout.write(
  `${JSON.stringify({
    pages: text.split('\f').length,
    repairs: doc.repairs.length,
    importMs: Math.round(imported - started),
    loadMs: Math.round(loaded - imported),
    normalizeMs: Math.round(done - loaded),
    cleanMs: Math.round(cleanDone - done),
    loadCpuMs: Math.round(cpu1 - cpu0),
    normalizeCpuMs: Math.round(cpu2 - cpu1),
  })}\n`,
);
