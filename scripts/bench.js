// `npm run bench`: builds the synthetic archive and database (cached under
// bench/), then measures in one run, beside the baselines:
//   - ingest pages/second, --jobs 1 and --jobs 2, against poppler's pdftotext
//     and pdf.js's own getTextContent on the same files (the ratios count);
//   - both PDF engines (pdf.js and PDFium, see src/extract/engine.ts): each
//     one's extraction alone (pages/s, peak memory) and ingest end to end with
//     each, in the same run;
//   - where parse time goes, stage by stage, and the normalizer's load time;
//   - query latency (median, p95) of the five typical queries on a database of
//     100,000 meetings;
//   - peak memory (RSS of the child process, from /proc) for a 1,000-page PDF
//     and over the whole batch, first half against second half;
//   - parse time per document by format: text, Word (.docx), PDF, HTML, and a
//     100-page .docx (scripts/bench-formats.js).
// Prints a table on stdout and writes bench/out/bench-<time>.json (and
// bench/out/latest.json).
//
// Options (environment): BENCH_REPEAT=2 (runs of each timed ingest/baseline;
// the fastest counts), BENCH_PAGES=2000, BENCH_MEETINGS=100000.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildArchive } from './bench-archive.js';
import { benchFormats, formatsReport } from './bench-formats.js';
import { timeServe } from './bench-serve.js';
import { buildStore, MORE_QUERIES, timeQueries, TYPICAL_QUERIES } from './bench-store.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'bench');
const outDir = path.join(benchDir, 'out');
const REPEAT = Number(process.env.BENCH_REPEAT ?? 2);
const PAGES = Number(process.env.BENCH_PAGES ?? 2000);
const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 100000);
const minutesBin = path.join(root, 'bin', 'minutes.js');
const log = (msg) => process.stderr.write(`${msg}\n`);
/** GNU time, for the exact peak RSS of a child (else /proc polling only). */
const TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0 ? '/usr/bin/time' : null;
let timeCount = 0;

/** Busy and total jiffies of the whole machine. */
function cpuTimes() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = f[3] + (f[4] ?? 0);
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** CPU jiffies of every thread of a process, by thread id (in the order the kernel lists them: the order they started). */
function threadJiffies(pid, into) {
  let tids;
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      into.set(Number(tid), Math.max(into.get(Number(tid)) ?? 0, Number(f[11]) + Number(f[12])));
    } catch {
      // The thread ended between the listing and the read.
    }
  }
}

/**
 * `ingest`'s threads by CPU seconds: the main thread (the process's own id),
 * its two workers (the two threads with most CPU but the main one, started
 * last: for --jobs 1 the analysing worker, started first, and the extracting
 * one), and every other thread (V8's compilers and garbage collector, libuv).
 */
function ingestThreads(pid, jiffies) {
  if (!pid || jiffies.size === 0) return null;
  const others = [...jiffies].filter(([tid]) => tid !== pid);
  const workers = [...others].sort((a, b) => b[1] - a[1]).slice(0, 2).sort((a, b) => a[0] - b[0]);
  const rest = others.filter((t) => !workers.includes(t)).reduce((a, [, j]) => a + j, 0);
  return { main: (jiffies.get(pid) ?? 0) / 100, analysing: (workers[0]?.[1] ?? 0) / 100, extracting: (workers[1]?.[1] ?? 0) / 100, helpers: rest / 100 };
}

function procStatus(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(s)?.[1] ?? 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM'), cpuJiffies: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/**
 * Runs a command, polling its RSS; returns wall time, peak RSS (VmHWM), the
 * RSS samples, and how many cores other processes kept busy meanwhile.
 */
function measure(cmd, args, { env } = {}) {
  return new Promise((resolve, reject) => {
    const cpu0 = cpuTimes();
    const t0 = performance.now();
    // With GNU time the peak is the exact maximum RSS from the kernel; polling
    // /proc can miss a last spike. The samples come from polling either way.
    const timeOut = TIME ? path.join(outDir, `.time-${process.pid}-${timeCount++}`) : null;
    const child = TIME
      ? spawn(TIME, ['-f', '%M', '-o', timeOut, cmd, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let target = TIME ? null : child.pid;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const samples = [];
    const threads = new Map();
    let last = null;
    const poll = () => {
      if (target == null) {
        try {
          target = Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0]) || null;
        } catch {
          target = null;
        }
        if (target == null) return;
      }
      const s = procStatus(target);
      threadJiffies(target, threads);
      if (s) {
        // A process on its way out has no memory lines any more: keep the highest readings.
        last = { hwmKb: Math.max(last?.hwmKb ?? 0, s.hwmKb, s.rssKb), cpuJiffies: Math.max(last?.cpuJiffies ?? 0, s.cpuJiffies) };
        samples.push({ ms: performance.now() - t0, rssKb: s.rssKb });
      }
    };
    const timer = setInterval(poll, 50);
    poll();
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - t0;
      const cpu1 = cpuTimes();
      if (timeOut && existsSync(timeOut)) {
        const kb = Number(readFileSync(timeOut, 'utf8').trim().split('\n').pop());
        rmSync(timeOut, { force: true });
        if (kb > 0) last = { ...(last ?? { cpuJiffies: 0 }), hwmKb: kb };
      }
      const hz = 100;
      const otherJiffies = cpu1.busy - cpu0.busy - (last?.cpuJiffies ?? 0);
      resolve({
        code,
        ms,
        stdout,
        stderr,
        peakRssMb: (last?.hwmKb ?? 0) / 1024,
        samples,
        childCpuSeconds: (last?.cpuJiffies ?? 0) / hz,
        otherCores: Math.max(0, otherJiffies / hz / (ms / 1000)),
        threads: ingestThreads(target, threads),
      });
    });
  });
}

/** The fastest of `n` runs (each made by `run`). */
async function best(n, run) {
  const runs = [];
  for (let i = 0; i < n; i++) runs.push(await run(i));
  return { ...runs.reduce((a, b) => (b.ms < a.ms ? b : a)), allMs: runs.map((r) => Math.round(r.ms)) };
}

/** Peak RSS in the first and in the second half of a run. */
function halves(samples) {
  if (samples.length < 4) return null;
  const end = samples[samples.length - 1].ms;
  const peak = (xs) => Math.max(...xs.map((s) => s.rssKb)) / 1024;
  return { firstHalfMb: peak(samples.filter((s) => s.ms <= end / 2)), secondHalfMb: peak(samples.filter((s) => s.ms > end / 2)) };
}

async function ingestRun(files, jobs, i, label = '', engine = 'pdfjs') {
  const db = path.join(outDir, `ingest-j${jobs}${label}-${engine}.db`);
  for (const ext of ['', '-wal', '-shm']) rmSync(db + ext, { force: true });
  const r = await measure(process.execPath, [minutesBin, 'ingest', '--quiet', '--db', db, '--jobs', String(jobs), '--engine', engine, '--', ...files]);
  if (r.code !== 0) log(`bench: ingest --jobs ${jobs} exited ${r.code}: ${r.stderr.split('\n').slice(0, 5).join(' | ')}`);
  log(`bench: ingest --jobs ${jobs} --engine ${engine}${label ? ` (${label})` : ''} run ${i + 1}: ${(r.ms / 1000).toFixed(1)} s, peak ${r.peakRssMb.toFixed(0)} MB`);
  return r;
}

async function pdftotextRun(files) {
  const which = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  if (which.error) return null;
  const cpu0 = cpuTimes();
  const t0 = performance.now();
  let peak = 0;
  for (const f of files) {
    const r = await measure('pdftotext', ['-q', '-enc', 'UTF-8', f, '-']);
    peak = Math.max(peak, r.peakRssMb);
  }
  const ms = performance.now() - t0;
  const cpu1 = cpuTimes();
  return { ms, peakRssMb: peak, version: (which.stderr || which.stdout).split('\n')[0], machineCores: (cpu1.busy - cpu0.busy) / 100 / (ms / 1000) };
}

function fmt(n, d = 1) {
  return n == null || Number.isNaN(n) ? '–' : n.toFixed(d);
}

function table(rows) {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r, k) => r.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  ') + (k === 0 ? `\n${w.map((x) => '─'.repeat(x)).join('  ')}` : '')).join('\n');
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const started = new Date();
  const tStart = performance.now();
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memGb: os.totalmem() / 2 ** 30, node: process.version, platform: `${os.platform()} ${os.release()}` };
  const loadBefore = os.loadavg();
  log(`bench: ${machine.cpus} cores, load average ${loadBefore.map((x) => x.toFixed(2)).join(' ')}${loadBefore[0] > 0.5 ? ' (the machine is not idle: the ratios are what count)' : ''}`);

  const manifest = await buildArchive(benchDir, PAGES, log);
  const archive = manifest.files.filter((f) => f.kind !== 'big');
  const files = archive.map((f) => path.join(benchDir, f.path));
  const big = manifest.files.find((f) => f.kind === 'big');
  const bigFile = path.join(benchDir, big.path);
  const pages = archive.reduce((a, f) => a + f.pages, 0);
  const mb = archive.reduce((a, f) => a + f.bytes, 0) / 2 ** 20;
  log(`bench: ${archive.length} files, ${pages} pages, ${mb.toFixed(0)} MB`);

  // Baselines and ingest, interleaved so that a slow spell of the machine hits all.
  const poppler = await pdftotextRun(files);
  if (!poppler) log('bench: pdftotext not found; install poppler-utils (Debian/Ubuntu: `sudo apt-get install poppler-utils`, macOS: `brew install poppler`) for that baseline');
  else log(`bench: pdftotext ${(poppler.ms / 1000).toFixed(1)} s`);
  const floorRuns = [];
  const floor2Runs = [];
  const j1Runs = [];
  const j2Runs = [];
  const pdfiumRuns = [];
  const j1PdfiumRuns = [];
  const j2PdfiumRuns = [];
  for (let i = 0; i < REPEAT; i++) {
    const pdfium = await measure(process.execPath, [path.join(root, 'scripts', 'bench-pdfium.js'), ...files]);
    if (pdfium.code !== 0) throw new Error(`PDFium baseline failed: ${pdfium.stderr}`);
    log(`bench: PDFium text extraction run ${i + 1}: ${(pdfium.ms / 1000).toFixed(1)} s, peak ${pdfium.peakRssMb.toFixed(0)} MB`);
    pdfiumRuns.push(pdfium);
    const floor = await measure(process.execPath, [path.join(root, 'scripts', 'bench-pdfjs.js'), ...files]);
    if (floor.code !== 0) throw new Error(`pdf.js baseline failed: ${floor.stderr}`);
    log(`bench: pdf.js getTextContent run ${i + 1}: ${(floor.ms / 1000).toFixed(1)} s`);
    floorRuns.push(floor);
    // What this machine gives two threads of work right now: two pdf.js processes at once, half the files each.
    const t2 = performance.now();
    const pair = await Promise.all([0, 1].map((h) => measure(process.execPath, [path.join(root, 'scripts', 'bench-pdfjs.js'), ...files.filter((_, k) => k % 2 === h)])));
    floor2Runs.push({ ms: performance.now() - t2, otherCores: Math.max(0, pair[0].otherCores - pair[1].childCpuSeconds / (pair[0].ms / 1000)) });
    log(`bench: pdf.js getTextContent, two processes at once, run ${i + 1}: ${(floor2Runs[i].ms / 1000).toFixed(1)} s`);
    j1Runs.push(await ingestRun(files, 1, i));
    j1PdfiumRuns.push(await ingestRun(files, 1, i, '', 'pdfium'));
    j2Runs.push(await ingestRun(files, 2, i));
    j2PdfiumRuns.push(await ingestRun(files, 2, i, '', 'pdfium'));
  }
  // pdf.js as shipped (its polyfills and DecompressionStream path left in place), once, for reference.
  const stockRun = await measure(process.execPath, [path.join(root, 'scripts', 'bench-pdfjs.js'), '--stock', ...files]);
  if (stockRun.code !== 0) throw new Error(`pdf.js (stock) baseline failed: ${stockRun.stderr}`);
  log(`bench: pdf.js getTextContent as shipped: ${(stockRun.ms / 1000).toFixed(1)} s`);
  const pick = (runs) => ({ ...runs.reduce((a, b) => (b.ms < a.ms ? b : a)), allMs: runs.map((r) => Math.round(r.ms)) });
  const floor = pick(floorRuns);
  const floor2 = pick(floor2Runs);
  const j1 = pick(j1Runs);
  const j2 = pick(j2Runs);
  const pdfiumFloor = pick(pdfiumRuns);
  const j1Pdfium = pick(j1PdfiumRuns);
  const j2Pdfium = pick(j2PdfiumRuns);
  const floorInfo = JSON.parse(floor.stdout);
  const pdfiumInfo = JSON.parse(pdfiumFloor.stdout);
  // Memory against batch size: every fourth file (the same mix) against all of them.
  const quarter = await ingestRun(files.filter((_, k) => k % 4 === 0), 1, 0, 'quarter');
  const stages = JSON.parse((await measure(process.execPath, ['--expose-gc', path.join(root, 'scripts', 'bench-stages.js'), ...files])).stdout);
  const stagesPdfium = JSON.parse((await measure(process.execPath, ['--expose-gc', path.join(root, 'scripts', 'bench-stages.js'), '--engine', 'pdfium', ...files])).stdout);

  // The 1,000-page PDF.
  const bigParse = await best(1, () => measure(process.execPath, [minutesBin, 'parse', '--engine', 'pdfjs', '--format', 'json', '--output', '/dev/null', '--', bigFile]));
  if (bigParse.code !== 0) log(`bench: parse of the big PDF exited ${bigParse.code}: ${bigParse.stderr.trim()}`);
  const bigRaw = await measure(process.execPath, [minutesBin, 'parse', '--engine', 'pdfjs', '--no-normalize', '--format', 'json', '--output', '/dev/null', '--', bigFile]);
  const bigFloor = await measure(process.execPath, [path.join(root, 'scripts', 'bench-pdfjs.js'), bigFile]);
  const bigPdfium = await measure(process.execPath, [path.join(root, 'scripts', 'bench-pdfium.js'), bigFile]);
  const bigParsePdfium = await measure(process.execPath, [minutesBin, 'parse', '--engine', 'pdfium', '--format', 'json', '--output', '/dev/null', '--', bigFile]);
  if (bigParsePdfium.code !== 0) log(`bench: parse --engine pdfium of the big PDF exited ${bigParsePdfium.code}: ${bigParsePdfium.stderr.trim()}`);
  const bigPoppler = poppler ? await measure('pdftotext', ['-q', '-enc', 'UTF-8', bigFile, '-']) : null;
  log(`bench: ${big.pages}-page PDF: parse ${(bigParse.ms / 1000).toFixed(1)} s, peak ${bigParse.peakRssMb.toFixed(0)} MB; with PDFium ${(bigParsePdfium.ms / 1000).toFixed(1)} s, peak ${bigParsePdfium.peakRssMb.toFixed(0)} MB`);

  // Queries on the large database.
  const { db } = await buildStore(path.join(benchDir, `store-${MEETINGS}.db`), MEETINGS, log);
  const counts = db.prepare('SELECT (SELECT count(*) FROM meetings) AS meetings, (SELECT count(*) FROM items) AS items').get();
  const queries = timeQueries(db, TYPICAL_QUERIES, 60);
  const moreQueries = timeQueries(db, MORE_QUERIES, 10);
  db.close();
  const cliQuery = await best(3, () =>
    measure(process.execPath, [minutesBin, 'query', '--db', path.join(benchDir, `store-${MEETINGS}.db`), '--search', 'IPS', '--limit', '100', '--format', 'json']),
  );

  // Parse time per document by format (text, Word, PDF, HTML), and a 100-page Word document.
  const formats = await benchFormats(benchDir, log);
  // `minutes serve` over the same database: pages asked of a running server.
  const serve = await timeServe(path.join(benchDir, `store-${MEETINGS}.db`), { runs: 40, meetings: MEETINGS });

  const rate = (ms) => pages / (ms / 1000);
  const result = {
    when: started.toISOString(),
    machine,
    load: { before: loadBefore, after: os.loadavg() },
    archive: { files: archive.length, pages, megabytes: mb },
    ingest: {
      pdftotext: poppler && { seconds: poppler.ms / 1000, pagesPerSecond: rate(poppler.ms), version: poppler.version },
      pdfjs: { seconds: floor.ms / 1000, pagesPerSecond: rate(floor.ms), runsMs: floor.allMs, items: floorInfo.items, otherCores: floor.otherCores, peakRssMb: floor.peakRssMb, cpuSeconds: floor.childCpuSeconds },
      pdfjsStock: { seconds: stockRun.ms / 1000, pagesPerSecond: rate(stockRun.ms), peakRssMb: stockRun.peakRssMb },
      pdfjsTwoProcesses: { seconds: floor2.ms / 1000, pagesPerSecond: rate(floor2.ms), runsMs: floor2.allMs },
      jobs1: { seconds: j1.ms / 1000, pagesPerSecond: rate(j1.ms), runsMs: j1.allMs, peakRssMb: j1.peakRssMb, rssHalves: halves(j1.samples), otherCores: j1.otherCores, cpuSeconds: j1.childCpuSeconds },
      jobs2: { seconds: j2.ms / 1000, pagesPerSecond: rate(j2.ms), runsMs: j2.allMs, peakRssMb: j2.peakRssMb, rssHalves: halves(j2.samples), otherCores: j2.otherCores, cpuSeconds: j2.childCpuSeconds },
      pdfium: { seconds: pdfiumFloor.ms / 1000, pagesPerSecond: rate(pdfiumFloor.ms), runsMs: pdfiumFloor.allMs, items: pdfiumInfo.items, otherCores: pdfiumFloor.otherCores, peakRssMb: pdfiumFloor.peakRssMb, cpuSeconds: pdfiumFloor.childCpuSeconds, mainThreadCpuSeconds: pdfiumFloor.threads?.main ?? null },
      jobs1Pdfium: { seconds: j1Pdfium.ms / 1000, pagesPerSecond: rate(j1Pdfium.ms), runsMs: j1Pdfium.allMs, peakRssMb: j1Pdfium.peakRssMb, otherCores: j1Pdfium.otherCores, cpuSeconds: j1Pdfium.childCpuSeconds, threads: j1Pdfium.threads },
      jobs2Pdfium: { seconds: j2Pdfium.ms / 1000, pagesPerSecond: rate(j2Pdfium.ms), runsMs: j2Pdfium.allMs, peakRssMb: j2Pdfium.peakRssMb, otherCores: j2Pdfium.otherCores, cpuSeconds: j2Pdfium.childCpuSeconds },
      ratios: {
        jobs1OverPdfjs: j1.ms / floor.ms,
        jobs1OverPdfjsCpu: j1.childCpuSeconds / floor.childCpuSeconds,
        jobs2SpeedupOverJobs1: j1.ms / j2.ms,
        machineParallelSpeedup: floor.ms / floor2.ms,
        jobs1OverPdfjsStock: j1.ms / stockRun.ms,
        jobs1OverPdftotext: poppler ? j1.ms / poppler.ms : null,
        pdfjsOverPdftotext: poppler ? floor.ms / poppler.ms : null,
        pdfiumSpeedupOverPdfjs: floor.ms / pdfiumFloor.ms,
        jobs1PdfiumSpeedupOverJobs1: j1.ms / j1Pdfium.ms,
        jobs1PdfiumOverPdfium: j1Pdfium.ms / pdfiumFloor.ms,
        jobs1PdfiumOverPdfiumCpu: j1Pdfium.childCpuSeconds / pdfiumFloor.childCpuSeconds,
        pdfiumOverPdftotext: poppler ? pdfiumFloor.ms / poppler.ms : null,
      },
      stages,
      stagesPdfium,
      quarterBatch: { files: Math.ceil(files.length / 4), seconds: quarter.ms / 1000, peakRssMb: quarter.peakRssMb },
    },
    bigPdf: {
      pages: big.pages,
      megabytes: big.bytes / 2 ** 20,
      parse: { seconds: bigParse.ms / 1000, peakRssMb: bigParse.peakRssMb, code: bigParse.code },
      parseNoNormalize: { seconds: bigRaw.ms / 1000, peakRssMb: bigRaw.peakRssMb, code: bigRaw.code },
      pdfjs: { seconds: bigFloor.ms / 1000, peakRssMb: bigFloor.peakRssMb },
      pdfium: { seconds: bigPdfium.ms / 1000, peakRssMb: bigPdfium.peakRssMb },
      parsePdfium: { seconds: bigParsePdfium.ms / 1000, peakRssMb: bigParsePdfium.peakRssMb, code: bigParsePdfium.code },
      pdftotext: bigPoppler && { seconds: bigPoppler.ms / 1000, peakRssMb: bigPoppler.peakRssMb },
    },
    queries: { database: counts, typical: queries, more: moreQueries, cliProcessMs: cliQuery.ms },
    formats,
    serve,
    totalSeconds: 0,
  };
  result.totalSeconds = (performance.now() - tStart) / 1000;
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  writeFileSync(path.join(outDir, `bench-${stamp}.json`), JSON.stringify(result, null, 1));
  writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify(result, null, 1));
  console.log(report(result));
  log(`bench: figures in bench/out/bench-${stamp}.json; ${result.totalSeconds.toFixed(0)} s in all`);
}

const target = (ok) => (ok ? 'ok' : 'MISSED');

export function report(r) {
  const i = r.ingest;
  const s = i.stages;
  const lines = [];
  lines.push(`minutes bench, ${r.when.slice(0, 16).replace('T', ' ')} UTC, ${r.machine.cpus} cores (${r.machine.cpuModel}), Node ${r.machine.node}`);
  lines.push(`load average before ${r.load.before.map((x) => x.toFixed(2)).join(' ')}, after ${r.load.after.map((x) => x.toFixed(2)).join(' ')}`);
  lines.push(`archive: ${r.archive.files} PDFs, ${r.archive.pages} pages, ${r.archive.megabytes.toFixed(0)} MB`);
  lines.push('');
  const ingestRows = [['extraction of the archive', 'seconds', 'pages/s', 'vs pdf.js', 'peak MB', 'other load']];
  if (i.pdftotext) ingestRows.push(['pdftotext (poppler), one process per file', fmt(i.pdftotext.seconds), fmt(i.pdftotext.pagesPerSecond, 0), fmt(i.pdftotext.seconds / i.pdfjs.seconds, 2), '', '']);
  else ingestRows.push(['pdftotext: not installed (apt-get install poppler-utils)', '–', '–', '–', '', '']);
  ingestRows.push(['pdf.js getTextContent (the floor)', fmt(i.pdfjs.seconds), fmt(i.pdfjs.pagesPerSecond, 0), '1.00', fmt(i.pdfjs.peakRssMb, 0), fmt(i.pdfjs.otherCores, 2)]);
  if (i.pdfjsStock) ingestRows.push(['pdf.js getTextContent, pdf.js as shipped', fmt(i.pdfjsStock.seconds), fmt(i.pdfjsStock.pagesPerSecond, 0), fmt(i.pdfjsStock.seconds / i.pdfjs.seconds, 2), fmt(i.pdfjsStock.peakRssMb, 0), '']);
  ingestRows.push(['pdf.js getTextContent, 2 processes at once', fmt(i.pdfjsTwoProcesses.seconds), fmt(i.pdfjsTwoProcesses.pagesPerSecond, 0), fmt(i.pdfjsTwoProcesses.seconds / i.pdfjs.seconds, 2), '', '']);
  ingestRows.push(['minutes ingest --jobs 1', fmt(i.jobs1.seconds), fmt(i.jobs1.pagesPerSecond, 0), fmt(i.ratios.jobs1OverPdfjs, 2), fmt(i.jobs1.peakRssMb, 0), fmt(i.jobs1.otherCores, 2)]);
  ingestRows.push(['minutes ingest --jobs 2', fmt(i.jobs2.seconds), fmt(i.jobs2.pagesPerSecond, 0), fmt(i.jobs2.seconds / i.pdfjs.seconds, 2), fmt(i.jobs2.peakRssMb, 0), fmt(i.jobs2.otherCores, 2)]);
  if (i.pdfium) {
    ingestRows.push(['PDFium text extraction (--engine pdfium)', fmt(i.pdfium.seconds), fmt(i.pdfium.pagesPerSecond, 0), fmt(i.pdfium.seconds / i.pdfjs.seconds, 2), fmt(i.pdfium.peakRssMb, 0), fmt(i.pdfium.otherCores, 2)]);
    ingestRows.push(['minutes ingest --jobs 1 --engine pdfium', fmt(i.jobs1Pdfium.seconds), fmt(i.jobs1Pdfium.pagesPerSecond, 0), fmt(i.jobs1Pdfium.seconds / i.pdfjs.seconds, 2), fmt(i.jobs1Pdfium.peakRssMb, 0), fmt(i.jobs1Pdfium.otherCores, 2)]);
    ingestRows.push(['minutes ingest --jobs 2 --engine pdfium', fmt(i.jobs2Pdfium.seconds), fmt(i.jobs2Pdfium.pagesPerSecond, 0), fmt(i.jobs2Pdfium.seconds / i.pdfjs.seconds, 2), fmt(i.jobs2Pdfium.peakRssMb, 0), fmt(i.jobs2Pdfium.otherCores, 2)]);
  }
  lines.push(table(ingestRows));
  if (i.pdfium) {
    const x = i.ratios;
    lines.push('');
    lines.push(`PDFium extraction / pdf.js: ${fmt(x.pdfiumSpeedupOverPdfjs, 2)}× the pages/s (target ≥ 2.00: ${target(x.pdfiumSpeedupOverPdfjs >= 2)}); peak ${fmt(i.pdfium.peakRssMb, 0)} MB against ${fmt(i.pdfjs.peakRssMb, 0)} MB`);
    lines.push(`ingest --jobs 1 --engine pdfium / ingest --jobs 1 with pdf.js: ${fmt(x.jobs1PdfiumSpeedupOverJobs1, 2)}× the pages/s (target ≥ 1.80: ${target(x.jobs1PdfiumSpeedupOverJobs1 >= 1.8)})`);
    lines.push(`ingest --jobs 1 --engine pdfium / PDFium's extraction alone: ${fmt(x.jobs1PdfiumOverPdfium, 2)} in wall time (target ≤ 1.30: ${target(x.jobs1PdfiumOverPdfium <= 1.3)})${x.jobs1PdfiumOverPdfiumCpu ? `, ${fmt(x.jobs1PdfiumOverPdfiumCpu, 2)} in CPU time` : ''}`);
    const th = i.jobs1Pdfium.threads;
    if (th) lines.push(`ingest --jobs 1 --engine pdfium, CPU seconds by thread: extracting ${fmt(th.extracting, 2)} (PDFium's extraction alone: ${fmt(i.pdfium.mainThreadCpuSeconds, 2)} in its one thread), analysing ${fmt(th.analysing, 2)}, main ${fmt(th.main, 2)}, V8's and libuv's helpers ${fmt(th.helpers, 2)}`);
    if (x.pdfiumOverPdftotext) lines.push(`PDFium extraction / pdftotext: ${fmt(x.pdfiumOverPdftotext, 2)} in wall time`);
  }
  lines.push('');
  lines.push(`ingest --jobs 1 / pdf.js: ${fmt(i.ratios.jobs1OverPdfjs, 2)} in wall time, ${fmt(i.ratios.jobs1OverPdfjsCpu, 2)} in CPU time (target ≤ 1.30: ${target(i.ratios.jobs1OverPdfjs <= 1.3)})`);
  lines.push(`ingest --jobs 2 speed-up over --jobs 1: ${fmt(i.ratios.jobs2SpeedupOverJobs1, 2)}× (target ≥ 1.70: ${target(i.ratios.jobs2SpeedupOverJobs1 >= 1.7)}); what the machine gave two pdf.js processes meanwhile: ${fmt(i.ratios.machineParallelSpeedup, 2)}×`);
  if (i.ratios.jobs1OverPdfjsStock) lines.push(`ingest --jobs 1 / pdf.js as shipped: ${fmt(i.ratios.jobs1OverPdfjsStock, 2)} (the floor is pdf.js as minutes sets it up: see loadPdfJs)`);
  if (i.ratios.jobs1OverPdftotext) lines.push(`ingest --jobs 1 / pdftotext: ${fmt(i.ratios.jobs1OverPdftotext, 1)}; pdf.js / pdftotext: ${fmt(i.ratios.pdfjsOverPdftotext, 1)}`);
  lines.push(`timed runs (ms): pdf.js ${i.pdfjs.runsMs.join(', ')}; --jobs 1 ${i.jobs1.runsMs.join(', ')}; --jobs 2 ${i.jobs2.runsMs.join(', ')}${i.pdfium ? `; PDFium ${i.pdfium.runsMs.join(', ')}; --jobs 1 --engine pdfium ${i.jobs1Pdfium.runsMs.join(', ')}; --jobs 2 --engine pdfium ${i.jobs2Pdfium.runsMs.join(', ')}` : ''} (the fastest counts)`);
  lines.push('');
  const total = s.pdfjsMs + s.layoutMs + s.normalizeMs + s.segmentMs + s.validateMs;
  const stageRows = [['parse, stage by stage (one thread)', 'seconds', 'share']];
  for (const [name, ms] of [['pdf.js (getDocument, getTextContent)', s.pdfjsMs], ['layout, furniture, joining', s.layoutMs], ['normalize', s.normalizeMs], ['segment', s.segmentMs], ['validate', s.validateMs]]) {
    stageRows.push([name, fmt(ms / 1000, 2), `${fmt((100 * ms) / total, 0)}%`]);
  }
  stageRows.push(['normalizer load, once per process/worker', fmt((s.normalizerLoad.firstDamagedMs - s.normalizerLoad.againDamagedMs) / 1000, 2), '']);
  lines.push(table(stageRows));
  const rest = s.pdfjsMs + s.layoutMs + s.segmentMs + s.validateMs;
  const normalizeAll = s.normalizeMs + (s.normalizerLoad.firstDamagedMs - s.normalizerLoad.againDamagedMs);
  lines.push(`parse without the normalizer / pdf.js, in this run: ${fmt(rest / s.pdfjsMs, 2)}; ingest --jobs 1 less the normalizer's time / pdf.js baseline: ${fmt((i.jobs1.seconds * 1000 - normalizeAll) / (i.pdfjs.seconds * 1000), 2)}`);
  lines.push(`(the normalizer's dictionary, loaded on the first damaged-looking document: ${fmt(s.normalizerLoad.heapMbAfter, 0)} MB of heap, ${fmt(s.normalizerLoad.rssMbAfter, 0)} MB RSS in a process that loaded only it)`);
  const sp = i.stagesPdfium;
  if (sp) {
    lines.push('');
    const pdfiumRows = [['parse --engine pdfium, stage by stage (one thread)', 'seconds', 'share']];
    const layoutParts = sp.finishMs != null ? [['page layout (ingest: extracting thread)', sp.pageLayoutMs], ['furniture, joining (ingest: analysing thread)', sp.finishMs]] : [['layout, furniture, joining', sp.layoutMs]];
    const parts = [['PDFium (open, characters, runs)', sp.engineMs], ...layoutParts, ['normalize', sp.normalizeMs], ['segment (and extent warnings)', sp.segmentMs], ['validate', sp.validateMs]];
    const all = parts.reduce((a, [, ms]) => a + ms, 0);
    for (const [name, ms] of parts) pdfiumRows.push([name, fmt(ms / 1000, 2), `${fmt((100 * ms) / all, 0)}%`]);
    if (sp.handOverMs != null) pdfiumRows.push(['ingest only: hand-over between threads', fmt(sp.handOverMs / 1000, 2), '']);
    if (sp.storeMs != null) pdfiumRows.push(['ingest only: storing (SQLite)', fmt(sp.storeMs / 1000, 2), '']);
    lines.push(table(pdfiumRows));
    lines.push(`everything after PDFium / PDFium, in this run: ${fmt((all - sp.engineMs + (sp.handOverMs ?? 0) + (sp.storeMs ?? 0)) / sp.engineMs, 2)} (the page layout runs in the extracting thread after PDFium; the rest in the analysing thread and the main thread, beside it)`);
  }
  lines.push('');
  const b = r.bigPdf;
  const bigRows = [[`the ${b.pages}-page PDF (${fmt(b.megabytes, 1)} MB)`, 'seconds', 'peak MB']];
  if (b.pdftotext) bigRows.push(['pdftotext', fmt(b.pdftotext.seconds), fmt(b.pdftotext.peakRssMb, 0)]);
  bigRows.push(['pdf.js getTextContent', fmt(b.pdfjs.seconds), fmt(b.pdfjs.peakRssMb, 0)]);
  if (b.pdfium) bigRows.push(['PDFium text extraction', fmt(b.pdfium.seconds), fmt(b.pdfium.peakRssMb, 0)]);
  bigRows.push([`minutes parse --engine pdfjs${b.parse.code ? ` (exit ${b.parse.code})` : ''}`, fmt(b.parse.seconds), fmt(b.parse.peakRssMb, 0)]);
  bigRows.push([`minutes parse --engine pdfjs --no-normalize${b.parseNoNormalize.code ? ` (exit ${b.parseNoNormalize.code})` : ''}`, fmt(b.parseNoNormalize.seconds), fmt(b.parseNoNormalize.peakRssMb, 0)]);
  if (b.parsePdfium) bigRows.push([`minutes parse --engine pdfium${b.parsePdfium.code ? ` (exit ${b.parsePdfium.code})` : ''}`, fmt(b.parsePdfium.seconds), fmt(b.parsePdfium.peakRssMb, 0)]);
  lines.push(table(bigRows));
  if (b.parsePdfium) lines.push(`peak memory, 1,000-page PDF, parse --engine pdfium: ${fmt(b.parsePdfium.peakRssMb, 0)} MB against ${fmt(b.parse.peakRssMb, 0)} MB with pdf.js (target: below it: ${target(b.parsePdfium.peakRssMb < b.parse.peakRssMb)})`);
  lines.push(`peak memory, 1,000-page PDF: ${fmt(b.parse.peakRssMb, 0)} MB (target < 300: ${target(b.parse.peakRssMb < 300)})`);
  const qb = i.quarterBatch;
  lines.push(`peak memory over a batch, --jobs 1: ${fmt(qb.peakRssMb, 0)} MB for ${qb.files} files, ${fmt(i.jobs1.peakRssMb, 0)} MB for all ${r.archive.files}; --jobs 2: ${fmt(i.jobs2.peakRssMb, 0)} MB`);
  const live = s.liveHeapMb ?? [];
  if (live.length > 1) lines.push(`live heap after each quarter of the batch (after a full GC): ${live.join(', ')} MB (not growing with the batch: ${target(live[live.length - 1] <= live[0] * 1.1 + 5)})`);
  lines.push('');
  const q = r.queries;
  const qRows = [[`query, ${q.database.meetings.toLocaleString('en')} meetings, ${q.database.items.toLocaleString('en')} items`, 'rows', 'median ms', 'p95 ms', '']];
  for (const [name, x] of Object.entries(q.typical)) qRows.push([name, x.rows, fmt(x.p50Ms), fmt(x.p95Ms), target(x.p95Ms < 50)]);
  for (const [name, x] of Object.entries(q.more)) qRows.push([`  (${name})`, x.rows, fmt(x.p50Ms), fmt(x.p95Ms), '']);
  lines.push(table(qRows));
  lines.push(`(lists as a user gets them: --limit 100. A whole \`minutes query\` process, start to JSON, free text: ${fmt(q.cliProcessMs, 0)} ms)`);
  if (r.formats) lines.push('', formatsReport(r.formats));
  const sv = r.serve;
  if (sv) {
    lines.push('');
    const sRows = [['minutes serve, same database', 'query p95', 'median ms', 'p95 ms', 'target']];
    for (const [name, x] of Object.entries(sv.searches)) sRows.push([`search page: ${name}`, fmt(q.typical[name]?.p95Ms), fmt(x.p50Ms), fmt(x.p95Ms), `≤ ${sv.targets.searchP95Ms}: ${target(x.p95Ms <= sv.targets.searchP95Ms)}`]);
    sRows.push(['meeting page', '', fmt(sv.meeting.p50Ms), fmt(sv.meeting.p95Ms), `≤ ${sv.targets.meetingP95Ms}: ${target(sv.meeting.p95Ms <= sv.targets.meetingP95Ms)}`]);
    sRows.push(['  (/api/meetings/ID)', '', fmt(sv.apiMeeting.p50Ms), fmt(sv.apiMeeting.p95Ms), '']);
    lines.push(table(sRows));
    lines.push(`(requests to a running \`minutes serve\`, one connection, the whole HTML page with results and facets; the server started in ${fmt(sv.startMs, 0)} ms)`);
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await main();
}
