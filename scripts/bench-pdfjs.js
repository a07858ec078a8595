// The floor of this stack: pdf.js's own text extraction (getDocument and
// getTextContent of every page, with the options `minutes` uses), nothing else.
// Usage: node scripts/bench-pdfjs.js [--stock] FILE... ; prints {"files","pages","items","ms"} as JSON.
// pdf.js is loaded as `minutes` loads it (see loadPdfJs), or with --stock as
// shipped: its polyfills left in place and its DecompressionStream path taken.
import { readFileSync } from 'node:fs';
import { loadPdfJs, PDFJS_TEXT_OPTIONS } from '../dist/extract/pdf.js';

const stock = process.argv[2] === '--stock';
const files = process.argv.slice(stock ? 3 : 2);
const { getDocument } = stock ? await import('pdfjs-dist/legacy/build/pdf.mjs') : await loadPdfJs();

const t0 = performance.now();
let pages = 0;
let items = 0;
for (const file of files) {
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
console.log(JSON.stringify({ files: files.length, pages, items, ms: performance.now() - t0 }));
