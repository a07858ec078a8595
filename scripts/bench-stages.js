// Where the time of `parse` goes, stage by stage, over the files named (one
// thread, in file order): the engine, layout (the page layout, which `ingest`
// runs in its extracting worker, and furniture and joins, which it runs in its
// analysing worker; see extract/complete.ts),
// normalize (its one-time load measured apart, first), segment (with
// extent.ts's warnings), validate, and what `ingest` adds around them: the
// laid-out pages serialized to the analysing worker and read there, the
// meeting document cloned back to the main thread, and storing it.
// Usage: node scripts/bench-stages.js [--engine pdfjs|pdfium] FILE... ; prints JSON.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { PdfLayout } from '../dist/extract/pdf.js';
import { completeExtraction } from '../dist/extract/complete.js';
import { engine } from '../dist/extract/engine.js';
import { extentDiagnostics } from '../dist/extent.js';
import { openStore, closeStore } from '../dist/store/db.js';
import { storeDocument } from '../dist/store/write.js';
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

const ms = { pdfjs: 0, layout: 0, pageLayout: 0, finish: 0, normalize: 0, segment: 0, validate: 0, handOver: 0, store: 0 };
let pages = 0;
// Live heap (after a full GC, when run with --expose-gc) after each quarter of the files: flat when nothing leaks.
const args = process.argv.slice(2);
let engineName = 'pdfjs';
if (args[0] === '--engine') {
  engineName = args[1];
  args.splice(0, 2);
}
const files = args;
const pdfEngine = await engine(engineName);
await pdfEngine.load();
const dbDir = mkdtempSync(path.join(os.tmpdir(), 'minutes-bench-stages-'));
const db = openStore(path.join(dbDir, 'stages.db'));
const liveHeapMb = [];
let done = 0;
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  // As `parse` runs it: each page laid out as the engine delivers it (that time counts as layout).
  const layout = new PdfLayout();
  let pageLayoutMs = 0;
  let t = now();
  const problems = await pdfEngine.readPages(bytes, (raw, n) => {
    const t1 = now();
    layout.addPage(raw, n);
    pageLayoutMs += now() - t1;
  });
  ms.pdfjs += now() - t - pageLayoutMs;
  // ingest: the page layout and the verdicts on the file in the extracting thread (settle), ...
  t = now();
  const settled = layout.settle(problems);
  pageLayoutMs += now() - t;
  ms.pageLayout += pageLayoutMs;
  // ... the pages go to the analysing worker as a v8-serialized buffer ...
  t = now();
  const moved = deserialize(serialize({ kind: 'pdf', pdf: settled }));
  ms.handOver += now() - t;
  // ... which takes out the furniture and joins the pages (finishPdf).
  t = now();
  const ex = await completeExtraction(moved);
  ms.finish += now() - t;
  ms.layout += pageLayoutMs + (now() - t);
  t = now();
  const n = await normalize(ex);
  ms.normalize += now() - t;
  t = now();
  const digest = sha256(bytes);
  const draft = segment(n, { file: `${done}.pdf`, sha256: digest, format: 'pdf', pages: n.pages, encoding: null });
  draft.diagnostics.push(...extentDiagnostics(draft, n.lines));
  ms.segment += now() - t;
  t = now();
  let doc = validate(draft);
  ms.validate += now() - t;
  // ingest: the meeting document comes back to the main thread (a structured clone) and is stored there.
  t = now();
  doc = structuredClone(doc);
  ms.handOver += now() - t;
  t = now();
  storeDocument(db, doc, path.resolve(file));
  ms.store += now() - t;
  pages += ex.pages;
  done++;
  if (globalThis.gc && done % Math.ceil(files.length / 4) === 0) {
    globalThis.gc();
    liveHeapMb.push(Math.round(process.memoryUsage().heapUsed / 2 ** 20));
  }
}
closeStore(db);
rmSync(dbDir, { recursive: true, force: true });
const out = { engine: engineName, pages, pdfjsMs: ms.pdfjs, engineMs: ms.pdfjs, layoutMs: ms.layout, pageLayoutMs: ms.pageLayout, finishMs: ms.finish, normalizerLoad: load, liveHeapMb, normalizeMs: ms.normalize, segmentMs: ms.segment, validateMs: ms.validate, handOverMs: ms.handOver, storeMs: ms.store };
console.log(JSON.stringify(out));
