// The synthetic archive `npm run bench` ingests, made from the fixtures:
//
// - rendered minutes: the fixtures (texts and PDFs) are parsed, and their
//   meetings and agenda items pooled; each archive document is a new meeting
//   (body, date, times, place, people drawn from the pool and varied) with
//   items drawn from the pool, their wording varied (synonyms, amounts, case
//   numbers, dates), set by pdf-lib in A4 pages with a running header and a
//   `Side N af M` footer, bold numbered headings;
// - real layouts: page subsets of the fixture PDFs (the FirstAgenda council
//   PDF, its OCR'd twin, the LibreOffice ones with sidebar, TOC, header and
//   footer), each with its own metadata, copied by pdf-lib without touching
//   their content streams;
// - one 1,000-page agenda (a meeting of some 300 items) for the memory test.
//
// Everything is derived from a fixed seed: the same files on every run.
// Usage (normally through scripts/bench.js):
//   node scripts/bench-archive.js [OUT=bench/archive] [PAGES=2000]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { parseFile } from '../dist/pipeline.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GENERATOR_VERSION = 1;

/** A small deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const BODY_KINDS = ['Byrådet', 'Økonomiudvalget', 'Børne- og Ungeudvalget', 'Teknik- og Miljøudvalget', 'Social- og Sundhedsudvalget', 'Kultur- og Fritidsudvalget', 'Regionsrådet', 'Følgegruppen for uddannelse og arbejde', 'Styregruppen for sundhedsaftalen', 'Klimaudvalget', 'Beskæftigelsesudvalget', 'Ældrerådet'];
const PLACES = ['Aarhus', 'Ærøskøbing', 'Køge', 'Holstebro', 'Aabenraa', 'Sønderborg', 'Næstved', 'Vejle', 'Faaborg-Midtfyn', 'Brøndby', 'Hjørring', 'Lolland', 'Frederiksberg', 'Ringkøbing-Skjern'];
const ROOMS = ['Byrådssalen', 'Mødelokale 1', 'Udvalgsværelset', 'Rådhuset, lokale 2.14', 'Regionshuset, mødesal A', 'Teams'];
const FIRST = ['Anne', 'Mette', 'Søren', 'Jørgen', 'Åse', 'Peter', 'Lars', 'Birgitte', 'Niels', 'Kirsten', 'Ole', 'Hanne', 'Mads', 'Signe', 'Bjørn', 'Ærling'];
const LAST = ['Hansen', 'Jensen', 'Nielsen', 'Østergaard', 'Kjær', 'Mølgaard', 'Lauridsen', 'Frøkjær', 'Bækgaard', 'Holm', 'Dahl', 'Sørensen', 'Thygesen', 'Brøndum'];
const PARTIES = ['A', 'V', 'C', 'F', 'Ø', 'B', 'O', 'I', 'Å'];
/** Wording that varies between municipalities without changing what was decided. */
const SYNONYMS = [
  ['drøftede', 'diskuterede', 'behandlede'],
  ['vigtigt', 'væsentligt', 'centralt'],
  ['projektet', 'initiativet', 'indsatsen'],
  ['borgere', 'borgerne', 'indbyggere'],
  ['udfordring', 'problemstilling', 'opgave'],
  ['orienterede', 'informerede', 'fortalte'],
  ['herunder', 'blandt andet', 'bl.a.'],
  ['samarbejde', 'samarbejdet', 'partnerskab'],
];
const OUTCOME_WORDS = ['Godkendt.', 'Indstillingen blev godkendt.', 'Taget til efterretning.', 'Drøftet.', 'Sagen blev udsat.', 'Oversendt til Økonomiudvalget.', 'Ikke godkendt.', 'Anbefales godkendt.'];

function danishDate(d) {
  return `${d.getUTCDate()}. ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Synonyms, amounts, case numbers and years in a text, varied by `r`. */
export function vary(text, r, yearShift) {
  let t = text;
  for (const group of SYNONYMS) {
    const re = new RegExp(`\\b(${group.join('|')})\\b`, 'g');
    t = t.replace(re, () => r.pick(group));
  }
  t = t.replace(/\b(19[89]\d|20[0-3]\d)\b/g, (y) => String(Number(y) + yearShift));
  t = t.replace(/\b(\d{1,3}(?:\.\d{3})+|\d+)( ?(?:kr\.|mio\.|mia\.|%|pladser|borgere|ansøgninger))/g, (_, n, unit) => {
    const value = Math.max(1, Math.round(Number(n.replace(/\./g, '')) * (0.5 + r.next())));
    return `${value.toLocaleString('da-DK')}${unit}`;
  });
  t = t.replace(/\b(\d{2})\.(\d{2})\.(\d{2})-([A-Z]\d{2})-(\d+)-(\d{2})\b/g, (_, a, b, c, d) => `${a}.${b}.${c}-${d}-${r.int(1, 99999)}-${String(r.int(10, 25))}`);
  return t;
}

/** Meetings and items of the fixtures, as parsed by the current pipeline. */
async function pool() {
  const dir = path.join(root, 'fixtures');
  const items = [];
  for (const f of readdirSync(dir).sort()) {
    if (f.endsWith('.yaml') || f.endsWith('.source.txt')) continue;
    const r = await parseFile(path.join(dir, f));
    if (!r.ok) continue;
    for (const it of r.document.items) {
      const sections = it.sections.filter((s) => s.text.trim() !== '' && s.text.length < 6000);
      if (it.title && sections.length > 0) items.push({ title: it.title.replace(/\s+/g, ' ').slice(0, 160), sections });
    }
  }
  if (items.length === 0) throw new Error('no items in fixtures/: run `npm run build` and check the fixtures');
  return items;
}

function person(r) {
  return `${r.pick(FIRST)} ${r.pick(LAST)}`;
}

/** The lines of one synthetic meeting with `nItems` items. */
export function meetingLines(items, r, nItems) {
  const date = new Date(Date.UTC(r.int(2008, 2025), r.int(0, 11), r.int(1, 28)));
  const yearShift = date.getUTCFullYear() - 2021;
  const body = `${r.pick(BODY_KINDS)}, ${r.pick(PLACES)} Kommune`;
  const start = r.int(8, 17);
  const lines = [];
  const H = (text) => lines.push({ text, bold: true, size: 15 });
  const P = (text, bold = false) => lines.push({ text, bold });
  const gap = () => lines.push({ text: '' });
  if (r.chance(0.5)) {
    H('Referat');
    P(body, true);
  } else H(`Referat fra mødet i ${body}`);
  gap();
  P(`Mødedato: ${danishDate(date)}`);
  P(`Mødetidspunkt: ${String(start).padStart(2, '0')}.00-${String(start + r.int(1, 4)).padStart(2, '0')}.${r.pick(['00', '30'])}`);
  P(`Mødested: ${r.pick(ROOMS)}`);
  const members = Array.from({ length: r.int(4, 9) }, () => `${person(r)} (${r.pick(PARTIES)})`);
  P(`Medlemmer: ${members.join(', ')}`);
  if (r.chance(0.6)) P(`Afbud: ${person(r)}`);
  P(`Formand: ${members[0].replace(/ \(.*/, '')}`);
  gap();
  for (let n = 1; n <= nItems; n++) {
    const it = r.pick(items);
    const closed = r.chance(0.05);
    gap();
    P(`${n}. ${closed ? 'Lukket punkt: ' : ''}${vary(it.title, r, yearShift)}`, true);
    if (r.chance(0.5)) P(`Sagsnr.: ${r.int(10, 99)}.${String(r.int(0, 99)).padStart(2, '0')}.${String(r.int(0, 99)).padStart(2, '0')}-A00-${r.int(1, 9999)}-${r.int(14, 25)}`);
    for (const s of it.sections) {
      gap();
      const heading = s.kind === 'decision' ? r.pick(['Beslutning', 'Referat', 'Beslutning']) : s.heading;
      if (heading) P(`${heading}:`, true);
      let text = vary(s.text, r, yearShift);
      if (s.kind === 'decision' && r.chance(0.3)) text = r.pick(OUTCOME_WORDS);
      for (const para of text.split('\n')) P(para);
    }
  }
  return { lines, body, date };
}

const PAGE = { width: 595.28, height: 841.89, margin: 64, size: 10.5, leading: 14 };

/** Greedy word wrap to the text width (in points) of `font` at `size`. */
function wrap(text, font, size, width) {
  const words = text.split(/\s+/).filter(Boolean);
  const out = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      out.push(line);
      line = w;
    } else line = next;
  }
  if (line) out.push(line);
  return out.length ? out : [''];
}

/** Only characters the standard fonts can set (WinAnsi); others become '?'. */
function encodable(font) {
  const ok = new Map();
  return (s) =>
    [...s]
      .map((ch) => {
        if (!ok.has(ch)) {
          try {
            font.encodeText(ch);
            ok.set(ch, true);
          } catch {
            ok.set(ch, false);
          }
        }
        return ok.get(ch) ? ch : ch === '\t' ? ' ' : '?';
      })
      .join('');
}

/** A PDF of the lines: running header, `Side N af M` footer. */
export async function renderPdf(lines, header, title) {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setProducer('minutes bench-archive');
  pdf.setCreationDate(new Date(Date.UTC(2024, 0, 1)));
  pdf.setModificationDate(new Date(Date.UTC(2024, 0, 1)));
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const clean = encodable(regular);
  const width = PAGE.width - 2 * PAGE.margin;
  const pages = [];
  let page = null;
  let y = 0;
  const newPage = () => {
    page = pdf.addPage([PAGE.width, PAGE.height]);
    pages.push(page);
    y = PAGE.height - PAGE.margin - 10;
  };
  newPage();
  for (const l of lines) {
    const size = l.size ?? PAGE.size;
    const font = l.bold ? bold : regular;
    if (l.text.trim() === '') {
      y -= PAGE.leading * 0.6;
      continue;
    }
    for (const part of wrap(clean(l.text), font, size, width)) {
      if (y < PAGE.margin + 20) newPage();
      page.drawText(part, { x: PAGE.margin, y, size, font, color: rgb(0, 0, 0) });
      y -= size === PAGE.size ? PAGE.leading : size * 1.4;
    }
  }
  const h = clean(header);
  pages.forEach((p, i) => {
    p.drawText(h, { x: PAGE.margin, y: PAGE.height - 36, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
    p.drawText(`Side ${i + 1} af ${pages.length}`, { x: PAGE.width - PAGE.margin - 60, y: 30, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
  });
  return { bytes: await pdf.save({ useObjectStreams: true }), pages: pages.length };
}

/** A page subset of a real PDF (first page kept, others dropped at random), with its own metadata. */
async function pageSubset(bytes, r, n) {
  const src = await PDFDocument.load(bytes, { updateMetadata: false });
  const count = src.getPageCount();
  const keep = [...Array(count).keys()].filter((i) => i === 0 || !r.chance(0.15));
  const out = await PDFDocument.create();
  for (const p of await out.copyPages(src, keep)) out.addPage(p);
  out.setTitle(`Referat ${n}`);
  out.setProducer('minutes bench-archive (page subset)');
  out.setCreationDate(new Date(Date.UTC(2024, 0, 1)));
  out.setModificationDate(new Date(Date.UTC(2024, 0, 1)));
  return { bytes: await out.save({ useObjectStreams: true }), pages: keep.length };
}

/**
 * Builds (or reuses, when the manifest matches) the archive under `out`:
 * `out/archive/*.pdf` (at least `minPages` pages) and `out/big/agenda-1000.pdf`.
 */
export async function buildArchive(out = path.join(root, 'bench'), minPages = 2000, log = console.error) {
  const manifestFile = path.join(out, 'archive.json');
  const want = { generator: GENERATOR_VERSION, minPages };
  if (existsSync(manifestFile)) {
    const m = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (m.generator === want.generator && m.minPages === want.minPages && m.files.every((f) => existsSync(path.join(out, f.path)))) return m;
  }
  const t0 = Date.now();
  rmSync(path.join(out, 'archive'), { recursive: true, force: true });
  rmSync(path.join(out, 'big'), { recursive: true, force: true });
  mkdirSync(path.join(out, 'archive'), { recursive: true });
  mkdirSync(path.join(out, 'big'), { recursive: true });
  const items = await pool();
  const r = rng(20261123);
  const files = [];
  const write = (rel, bytes, pages, kind) => {
    writeFileSync(path.join(out, rel), bytes);
    files.push({ path: rel, pages, bytes: bytes.length, kind, sha256: createHash('sha256').update(bytes).digest('hex') });
  };
  // A quarter of the pages from real layouts, the rest rendered.
  const real = readdirSync(path.join(root, 'fixtures'))
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => ({ name: f.replace(/\.pdf$/, ''), bytes: readFileSync(path.join(root, 'fixtures', f)) }));
  let pages = 0;
  let n = 0;
  while (pages < minPages / 4) {
    const src = real[n % real.length];
    const { bytes, pages: p } = await pageSubset(src.bytes, r, n);
    write(`archive/${String(n).padStart(4, '0')}-${src.name}.pdf`, bytes, p, 'layout');
    pages += p;
    n++;
  }
  while (pages < minPages) {
    const { lines, body, date } = meetingLines(items, r, r.int(3, 14));
    const { bytes, pages: p } = await renderPdf(lines, `${body} · Referat · ${danishDate(date)}`, `Referat ${n}`);
    // File names as archives have them: spaces, commas, Danish letters.
    write(`archive/${String(n).padStart(4, '0')} ${date.toISOString().slice(0, 10)} ${body.replace(/[/\\]/g, ' ')}.pdf`, bytes, p, 'rendered');
    pages += p;
    n++;
  }
  // The big one: one meeting, items until 1,000 pages.
  let nItems = 250;
  let big;
  for (;;) {
    const { lines, body, date } = meetingLines(items, rng(1000 + nItems), nItems);
    big = await renderPdf(lines, `${body} · Dagsorden med bilag · ${danishDate(date)}`, 'Dagsorden med bilag');
    if (big.pages >= 1000) break;
    nItems = Math.ceil((nItems * 1010) / big.pages);
  }
  write('big/agenda-1000.pdf', big.bytes, big.pages, 'big');
  const manifest = { ...want, files, archivePages: pages, archiveFiles: n, seconds: (Date.now() - t0) / 1000 };
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 1));
  log(`bench: archive of ${n} PDFs, ${pages} pages, and a ${big.pages}-page agenda, built in ${manifest.seconds.toFixed(1)} s`);
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const out = process.argv[2] ?? path.join(root, 'bench');
  await buildArchive(out, Number(process.argv[3] ?? 2000));
}
