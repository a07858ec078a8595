// PDFium's text extraction alone, the counterpart of bench-pdfjs.js: every
// page's characters with their boxes, fonts and sizes, grouped into runs as
// `minutes --engine pdfium` reads them (src/extract/pdfium.ts), nothing else.
// Usage: node scripts/bench-pdfium.js FILE... ; prints {"files","pages","items","ms"} as JSON.
import { readFileSync } from 'node:fs';
import { loadPdfium, readPdfiumPages } from '../dist/extract/pdfium.js';

const files = process.argv.slice(2);
await loadPdfium();

const t0 = performance.now();
let pages = 0;
let items = 0;
for (const file of files) {
  await readPdfiumPages(new Uint8Array(readFileSync(file)), (page) => {
    items += page.items.length;
    pages++;
  });
}
console.log(JSON.stringify({ files: files.length, pages, items, ms: performance.now() - t0 }));
