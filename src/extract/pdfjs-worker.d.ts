/** pdf.js's worker half, imported only for its side effect (globalThis.pdfjsWorker). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
