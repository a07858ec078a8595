// The floor of this stack: pdf.js's own text extraction (getDocument and
// getTextContent of every page, with the options `minutes` uses), nothing else.
// Usage: node scripts/bench-pdfjs.js FILE... ; prints {"files","pages","items","ms"} as JSON.
import { readFileSync } from 'node:fs';
import { loadPdfJs, PDFJS_TEXT_OPTIONS } from '../dist/extract/pdf.js';

// pdf.js loaded as `minutes` loads it (with the built-ins its polyfills replace put back).
const { getDocument } = await loadPdfJs();

const t0 = performance.now();
let pages = 0;
let items = 0;
for (const file of process.argv.slice(2)) {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), ...PDFJS_TEXT_OPTIONS }).promise;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
    items += content.items.length;
    page.cleanup();
    pages++;
  }
  await doc.destroy();
}
console.log(JSON.stringify({ files: process.argv.length - 2, pages, items, ms: performance.now() - t0 }));
