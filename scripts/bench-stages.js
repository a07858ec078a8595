// Where the time of `parse` goes, stage by stage, over the files named (one
// thread, in file order): pdf.js, layout and furniture (the rest of extract),
// normalize (its one-time load measured apart, first), segment, validate. Usage: node scripts/bench-stages.js FILE... ; prints JSON.
import { readFileSync } from 'node:fs';
import { readPdfPages, PdfLayout } from '../dist/extract/pdf.js';
import { normalize } from '../dist/normalize/index.js';
import { segment } from '../dist/segment/index.js';
import { validate } from '../dist/validate.js';
import { sha256 } from '../dist/pipeline.js';
import { linesFromText } from '../dist/extract/text.js';

// The normalizer's one-time cost per process (or worker): its first call on a
// clean text, then its first call on an OCR-damaged one (fixture 001).
const now = () => performance.now();
const load = {};
{
  let t = now();
  await normalize(linesFromText('Referat fra mødet i Byrådet\nSagen blev godkendt af udvalget.\n'));
  load.firstCleanMs = now() - t;
  const damaged = readFileSync(new URL('../fixtures/001_763f3c5fdc9e2965.txt', import.meta.url), 'utf8').split('\n').slice(0, 60).join('\n');
  t = now();
  await normalize(linesFromText(damaged));
  load.firstDamagedMs = now() - t;
  t = now();
  await normalize(linesFromText(damaged));
  load.againDamagedMs = now() - t;
  const m = process.memoryUsage();
  load.heapMbAfter = m.heapUsed / 2 ** 20;
  load.rssMbAfter = m.rss / 2 ** 20;
}

const ms = { pdfjs: 0, layout: 0, normalize: 0, segment: 0, validate: 0 };
let pages = 0;
// Live heap (after a full GC, when run with --expose-gc) after each quarter of the files: flat when nothing leaks.
const files = process.argv.slice(2);
const liveHeapMb = [];
let done = 0;
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  // As `parse` runs it: each page laid out as pdf.js delivers it (that time counts as layout).
  const layout = new PdfLayout();
  let pageLayoutMs = 0;
  let t = now();
  await readPdfPages(bytes, (raw, n) => {
    const t1 = now();
    layout.addPage(raw, n);
    pageLayoutMs += now() - t1;
  });
  ms.pdfjs += now() - t - pageLayoutMs;
  t = now();
  const ex = await layout.finish();
  ms.layout += now() - t + pageLayoutMs;
  t = now();
  const n = await normalize(ex);
  ms.normalize += now() - t;
  t = now();
  const draft = segment(n, { file: 'x.pdf', sha256: sha256(bytes), format: 'pdf', pages: n.pages, encoding: null });
  ms.segment += now() - t;
  t = now();
  validate(draft);
  ms.validate += now() - t;
  pages += ex.pages;
  done++;
  if (globalThis.gc && done % Math.ceil(files.length / 4) === 0) {
    globalThis.gc();
    liveHeapMb.push(Math.round(process.memoryUsage().heapUsed / 2 ** 20));
  }
}
const out = { pages, pdfjsMs: ms.pdfjs, layoutMs: ms.layout, normalizerLoad: load, liveHeapMb, normalizeMs: ms.normalize, segmentMs: ms.segment, validateMs: ms.validate };
console.log(JSON.stringify(out));
