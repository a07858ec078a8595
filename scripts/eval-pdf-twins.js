#!/usr/bin/env node
/**
 * `npm run eval:pdf`: how much of what `npm run eval` finds in the corpus's text
 * documents is still found when the same texts are printed to PDF, as a user's
 * archive holds them. A spread of eval/real's .txt documents is printed with
 * Chromium (A4, 11 pt, the text's lines kept and long ones wrapped at the page's
 * width, the way a browser prints a web page), and both sets are scored against
 * the same gold with scripts/eval.js. The pooled figures are printed side by
 * side, over all the documents and over those whose text has its line breaks
 * (web transcripts that lost them, one line a page, are the rest).
 *
 *   node scripts/eval-pdf-twins.js [--count N] [--offset K] [--rebuild]
 *
 * --count     how many text documents to print (default 300), every k-th of the sorted list
 * --offset    start the spread at the K-th document (default 0): another sample of the same size, to check
 *             on documents whose PDFs nobody looked at what the default sample's failures taught
 * --rebuild   print them again (the PDFs are kept in scratch/pdf-twins/ between runs)
 *
 * Needs Debian's `chromium` (/usr/bin/chromium, or CHROMIUM=path); nothing is downloaded.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const countAt = args.indexOf('--count');
const count = countAt >= 0 ? Number(args[countAt + 1]) : 300;
const offsetAt = args.indexOf('--offset');
const offset = offsetAt >= 0 ? Number(args[offsetAt + 1]) : 0;
const rebuild = args.includes('--rebuild');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** A line this long in a text file is a page run into one line (a web transcript), not a paragraph. */
const RUN_TOGETHER = 500;

const real = path.join(root, 'eval', 'real');
const work = path.join(root, 'scratch', 'pdf-twins');

async function corpus(name, files, from, ext) {
  const dir = path.join(work, offset === 0 ? name : `${name}-${offset}`);
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(path.join(dir, 'docs'), { recursive: true });
  await fs.symlink(path.join(real, 'gold'), path.join(dir, 'gold'));
  for (const f of files) {
    const id = f.replace(/\.txt$/u, '');
    await fs.symlink(path.join(from, `${id}${ext}`), path.join(dir, 'docs', `${id}${ext}`));
  }
  return dir;
}

function pooled(dir) {
  const out = execFileSync(process.execPath, [path.join(root, 'scripts', 'eval.js'), '--corpus', dir, '--no-save'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines = out.split('\n');
  const start = lines.findIndex((l) => l.startsWith('pooled over'));
  const end = lines.findIndex((l, k) => k > start && l.startsWith('documents refused'));
  return lines.slice(start, end + 1);
}

function sideBySide(title, text, pdf) {
  console.log(`\n${title}`);
  console.log(`${'text'.padEnd(80)}| PDF`);
  const n = Math.max(text.length, pdf.length);
  for (let k = 0; k < n; k++) {
    // The columns after the first number are the kinds of body; the first and the counts are what is compared.
    const cut = (l) => {
      const m = /^([A-Za-z0-9 ]{2,23}?)\s+(\d\.\d{3})\s+\S+\s+\S+\s+\S+\s*(.*)$/u.exec(l ?? '');
      return (m ? `${m[1].padEnd(20)} ${m[2]}  ${m[3]}` : /^\s+all\b/u.test(l ?? '') ? `${''.padEnd(20)} all` : (l ?? '')).slice(0, 78);
    };
    console.log(`${cut(text[k]).padEnd(80)}| ${cut(pdf[k])}`);
  }
}

async function main() {
  if (!existsSync(chromiumPath)) {
    console.error(`eval:pdf: no Chromium at ${chromiumPath}; install it with \`apt-get install -y chromium\` or set CHROMIUM`);
    process.exit(2);
  }
  const all = (await fs.readdir(path.join(real, 'docs'))).filter((f) => f.endsWith('.txt')).sort();
  const step = Math.max(1, Math.floor(all.length / count));
  if (!Number.isInteger(offset) || offset < 0 || offset >= step) {
    console.error(`eval:pdf: --offset must be a whole number from 0 to ${step - 1}`);
    process.exit(2);
  }
  const picked = all.filter((_, k) => k % step === offset).slice(0, count);
  const pdfDir = path.join(work, 'pdf-files');
  await fs.mkdir(pdfDir, { recursive: true });
  const todo = [];
  for (const f of picked) if (rebuild || !existsSync(path.join(pdfDir, f.replace(/\.txt$/u, '.pdf')))) todo.push(f);
  if (todo.length > 0) {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
    const page = await browser.newPage();
    const escape = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
    for (const [k, f] of todo.entries()) {
      const text = await fs.readFile(path.join(real, 'docs', f), 'utf8');
      await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;font:11pt 'DejaVu Serif',serif} pre{margin:0;white-space:pre-wrap;font:inherit}</style></head><body><pre>${escape(text)}</pre></body></html>`);
      await page.pdf({ path: path.join(pdfDir, f.replace(/\.txt$/u, '.pdf')), format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2.5cm' } });
      if (process.stderr.isTTY) process.stderr.write(`\rprinting ${k + 1}/${todo.length}`);
    }
    if (process.stderr.isTTY) process.stderr.write('\n');
    await browser.close();
  }
  const lined = [];
  for (const f of picked) {
    const text = await fs.readFile(path.join(real, 'docs', f), 'utf8');
    if (!text.split('\n').some((l) => l.length > RUN_TOGETHER)) lined.push(f);
  }
  const textAll = pooled(await corpus('text-all', picked, path.join(real, 'docs'), '.txt'));
  const pdfAll = pooled(await corpus('pdf-all', picked, pdfDir, '.pdf'));
  const textLined = pooled(await corpus('text-lined', lined, path.join(real, 'docs'), '.txt'));
  const pdfLined = pooled(await corpus('pdf-lined', lined, pdfDir, '.pdf'));
  console.log(`eval/real's text documents printed to PDF with Chromium: ${picked.length} of ${all.length} (every ${step}th${offset === 0 ? '' : `, from the ${offset + 1}th`}), ${lined.length} of them with their line breaks`);
  sideBySide(`all ${picked.length}`, textAll, pdfAll);
  sideBySide(`the ${lined.length} with their line breaks (no line over ${RUN_TOGETHER} characters)`, textLined, pdfLined);
}

main().catch((err) => {
  console.error(`eval:pdf: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
