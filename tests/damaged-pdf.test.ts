/**
 * Damaged PDFs say they are damaged: what pdf.js could not read (streams,
 * fonts, pages) and text that came out as glyph codes are diagnostics on their
 * page, and a PDF whose text cannot be read for damage is told from a scan.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../src/cli/exit-codes.js';
import { parseBytes as parse } from '../src/pipeline.js';
import type { Diagnostic } from '../src/schema.js';
import { run } from './helpers/cli.js';
import { unicodePdf } from './helpers/pdf.js';
import { tempDir } from './helpers/tmp.js';

const fixture = (f: string) => readFileSync(path.resolve(__dirname, '../fixtures', f));

/** The first byte of the stream of object `n` (a PDF whose objects start lines, as these do). */
function streamStart(pdf: Buffer, n: number): number {
  const s = pdf.toString('latin1');
  const obj = s.search(new RegExp(`(?:^|[\\r\\n])${n} 0 obj\\b`));
  expect(obj).toBeGreaterThanOrEqual(0);
  const m = /stream\r?\n/.exec(s.slice(obj));
  return obj + m!.index + m![0].length;
}

const where = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code).map((d) => d.page);

/** Three pages of minutes, one font, written by tests/helpers/pdf.ts (objects: 5 the ToUnicode map, 8, 10, 12 the pages' contents). */
const minutes = unicodePdf(
  ['Referat af mødet i Kulturudvalget 3. marts 2022', '', ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`${n}. Punkt nummer ${n}`, '', `Beslutning: Udvalget godkendte punkt ${n}.`, ''])],
  10,
);

/**
 * Both engines: PDFium reports no warnings of its own, so the pages it leaves
 * in doubt (no text, or text in glyph codes) are read by pdf.js too, and what
 * pdf.js says about a stream, font or page it could not read there is said
 * with either engine; glyph codes and damage told from a scan (PDFium hands a
 * file with too little text to pdf.js, whose verdict it is) likewise.
 */
describe.each(['pdfjs', 'pdfium'] as const)('damaged PDFs (%s)', (engine) => {
  const parseBytes = (bytes: Uint8Array, file: string) => parse(bytes, file, { engine });

  // Objects 72 and 96 are the ToUnicode maps of the bold fonts of pages 15 and 17, where items 8 and 10 have their headings.
  it.each([
    ['pdf.js complains about the map', 72, 100, 5, 8, 15, ['pdf-stream-error']],
    ['pdf.js says nothing', 96, 182, 1, 10, 17, []],
  ])('one flipped bit in a font\'s character map (%s): the item heading that became glyph codes is reported on its page, not only as a numbering gap', async (_what, obj, at, bit, item, page, fromPdfJs) => {
    const pdf = Buffer.from(fixture('aarhus_byraad_2025-08-27.pdf'));
    pdf[streamStart(pdf, obj) + at]! ^= 1 << bit;
    const r = await parseBytes(pdf, 'aarhus.pdf');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ds = r.document.diagnostics;
    // The item is lost (it is in the clean fixture's expected document) ...
    expect(r.document.items.map((i) => i.number)).not.toContain(item);
    expect(where(ds, 'numbering-gap')).toContain(page + 1);
    // ... and the page where it went says why.
    expect(where(ds, 'glyph-codes')).toEqual([page]);
    const glyphs = ds.find((d) => d.code === 'glyph-codes')!;
    expect(glyphs.severity).toBe('warning');
    expect(glyphs.line).not.toBeNull();
    expect(glyphs.message).toMatch(/came out as glyph codes, not letters/);
    for (const code of fromPdfJs) expect(where(ds, code)).toEqual([page]);
    // No other page is blamed.
    expect(ds.filter((d) => /^(?:pdf-|glyph-)/.test(d.code) && d.page !== page)).toEqual([]);
  });

  it('text in glyph codes is no text: a PDF whose only font has no character map is damaged, not minutes and not a scan', async () => {
    const pdf = Buffer.from(minutes);
    const s = pdf.toString('latin1');
    pdf.write(' '.repeat('/ToUnicode 5 0 R'.length), s.indexOf('/ToUnicode 5 0 R'), 'latin1');
    const r = await parseBytes(pdf, 'x.pdf');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.failure.code).toBe('corrupt-pdf');
    expect(r.failure.message).toMatch(/^is a damaged PDF, not a scan: its text comes out as glyph codes/);
  });

  it('content streams that do not inflate: a damaged PDF, not a scan; a real scan is still a scan', async () => {
    const pdf = Buffer.from(minutes);
    for (const n of [8, 10, 12]) pdf.fill(0, streamStart(pdf, n), streamStart(pdf, n) + 2);
    const damaged = await parseBytes(pdf, 'x.pdf');
    expect(damaged.ok).toBe(false);
    if (damaged.ok) return;
    expect(damaged.failure.code).toBe('corrupt-pdf');
    expect(damaged.failure.message).toMatch(/^is a damaged PDF, not a scan: pdf\.js could not read its text \(.*flate stream.*; 3 problems on 3 pages\)$/);
    expect(damaged.failure.message).not.toMatch(/scan,|of images/);

    const scan = await run(['parse', '--engine', engine, path.resolve(__dirname, 'data/image-only.pdf')]);
    expect(scan.code).toBe(ExitCode.badInput);
    expect(scan.stderr).toMatch(/is a PDF with no text layer: 1 page of images, a scan/);
  });

  it('a page pdf.js cannot open is an error on that page (PDFium reads it as an empty page, which pdf.js is then asked about); the pages it can read are parsed', async () => {
    const pdf = Buffer.from(minutes);
    const s = pdf.toString('latin1');
    // The second kid of the page tree points at the ToUnicode stream, not a page.
    const kids = s.indexOf('/Kids [7 0 R 9 0 R 11 0 R]');
    expect(kids).toBeGreaterThan(0);
    pdf.write('/Kids [7 0 R 5 0 R 11 0 R]', kids, 'latin1');
    const r = await parseBytes(pdf, 'x.pdf');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ds = r.document.diagnostics;
    expect(r.document.items.map((i) => i.number).slice(0, 2)).toEqual([1, 2]);
    // PDFium opens the kid that is no page as a page without content, which pdf.js is asked about: no fallback, pdf.js's error.
    if (engine === 'pdfium') expect(r.document.source.pages).toBe(3);
    expect(r.document.items.flatMap((i) => (i.pages ? [i.pages.start, i.pages.end] : []))).not.toContain(2);
    expect(ds.filter((d) => d.code === 'pdf-engine-fallback')).toEqual([]);
    const page = ds.find((d) => d.code === 'pdf-page-unreadable')!;
    expect(page).toMatchObject({ severity: 'error', page: 2 });
    expect(page.message).toMatch(/could not read this page \(Page dictionary kid reference points to wrong type of object\.\)/);
  });

  it('a clean PDF has no damage diagnostics, and pdf.js warnings about fonts that are not embedded are no damage', async () => {
    for (const f of ['aarhus_byraad_2025-08-27.pdf', 'pdf-toc.pdf', 'pdf-sidebar.pdf']) {
      const r = await parseBytes(fixture(f), f);
      expect(r.ok && r.document.diagnostics.filter((d) => /^(?:pdf-|glyph-)/.test(d.code))).toEqual([]);
    }
    const { PDFDocument, StandardFonts } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    ['Referat af mødet i Kulturudvalget 3. marts 2022', '1. Godkendelse af dagsorden', 'Godkendt.'].forEach((t, i) => page.drawText(t, { x: 50, y: 700 - 20 * i, font, size: 12 }));
    const r = await parseBytes(await doc.save(), 'helvetica.pdf');
    expect(r.ok && r.document.diagnostics.filter((d) => /^(?:pdf-|glyph-)/.test(d.code))).toEqual([]);
  });

  it('minutes text prints the damage on stderr, where it is', async () => {
    const pdf = Buffer.from(fixture('aarhus_byraad_2025-08-27.pdf'));
    pdf[streamStart(pdf, 72) + 100]! ^= 1 << 5;
    const { writeFileSync, rmSync } = await import('node:fs');
    const dir = tempDir('damaged');
    try {
      const file = path.join(dir, 'aarhus.pdf');
      writeFileSync(file, pdf);
      const r = await run(['text', '--engine', engine, file]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/aarhus\.pdf:p15:l\d+: warning \d+ lines? on this page came out as glyph codes.*\[glyph-codes\]/);
      expect(r.stderr).toMatch(/aarhus\.pdf:p15: warning The PDF is damaged: pdf\.js .*\[pdf-stream-error\]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
