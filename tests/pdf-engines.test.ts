/**
 * The two PDF text engines (src/extract/engine.ts): PDFium gives the layout
 * what pdf.js gives it, so that every fixture reads the same with either;
 * what PDFium cannot read is read with pdf.js, and says so; files that are no
 * minutes fail as they do with pdf.js; PDFium's memory is given back after
 * every document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { degrees, PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { renderText } from '../src/cli/commands/text.js';
import { engine } from '../src/extract/engine.js';
import { extract } from '../src/extract/index.js';
import { loadPdfium } from '../src/extract/pdfium.js';
import { parseBytes } from '../src/pipeline.js';
import { run } from './helpers/cli.js';

const fixtures = path.resolve(__dirname, '../fixtures');
const data = path.resolve(__dirname, 'data');
const pdfFixtures = readdirSync(fixtures).filter((f) => f.endsWith('.pdf'));

/** The meeting document without what names the engine (a fallback's note). */
async function documentWith(bytes: Uint8Array, file: string, which: 'pdfjs' | 'pdfium') {
  const r = await parseBytes(bytes, file, { engine: which });
  if (!r.ok) return { failure: r.failure.code };
  return r.document;
}

describe('PDFium reads every PDF fixture as pdf.js does', () => {
  it.each(pdfFixtures)('%s: the same text, lines, furniture and meeting document', async (f) => {
    const bytes = new Uint8Array(readFileSync(path.join(fixtures, f)));
    const a = await extract(bytes, { engine: 'pdfjs' });
    const b = await extract(bytes, { engine: 'pdfium' });
    expect(renderText(b.lines, b.furniture, true)).toBe(renderText(a.lines, a.furniture, true));
    expect(b.lines.map((l) => [l.page, l.fontSize, l.x])).toEqual(a.lines.map((l) => [l.page, l.fontSize, l.x]));
    // Bold is judged from each font's advance per character (layout/typography.ts), which PDFium measures
    // from its characters' boxes and pdf.js from its items: a heading font near the line may land apart.
    const boldApart = b.lines.filter((l, i) => l.bold !== a.lines[i]!.bold);
    expect(boldApart.length).toBeLessThanOrEqual(1);
    expect(b.diagnostics).toBeUndefined();
    expect(await documentWith(bytes, f, 'pdfium')).toEqual(await documentWith(bytes, f, 'pdfjs'));
  }, 60_000);

  it('rotated text and a rotated page read the same with both engines', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const lines = ['Referat af mødet i Teknisk Udvalg 4. maj 2023', '1. Godkendelse af dagsorden', 'Beslutning: Godkendt.', '2. Vejprojekt på Åvej', 'Beslutning: Udsat til næste møde.'];
    const upright = doc.addPage([595, 842]);
    lines.forEach((t, i) => upright.drawText(t, { x: 60, y: 760 - 24 * i, font: i % 2 === 1 ? bold : font, size: 12 }));
    // A margin label set at 90°, beside the body.
    upright.drawText('Sagsnr. 23/1234 – intern', { x: 30, y: 300, font, size: 8, rotate: degrees(90) });
    // A landscape page: /Rotate 90 with its text drawn turned.
    const turned = doc.addPage([595, 842]);
    turned.setRotation(degrees(90));
    ['3. Budgetopfølgning', 'Beslutning: Taget til efterretning.'].forEach((t, i) => turned.drawText(t, { x: 100 + 24 * i, y: 80, font, size: 12, rotate: degrees(90) }));
    const bytes = await doc.save();
    const a = await extract(bytes, { engine: 'pdfjs' });
    const b = await extract(bytes, { engine: 'pdfium' });
    expect(a.lines.map((l) => l.text)).toContain('3. Budgetopfølgning');
    expect(renderText(b.lines, b.furniture, true)).toBe(renderText(a.lines, a.furniture, true));
  });
});

describe('the runs PDFium reads', () => {
  it('carry the weight, slant and render mode pdf.js does not tell: OCR text is invisible (mode 3), headings bold', async () => {
    const pdfium = await engine('pdfium');
    const modes = new Set<number | undefined>();
    await pdfium.readPages(new Uint8Array(readFileSync(path.join(fixtures, 'pdf-header-footer.ocr-eng.pdf'))), (page) => {
      for (const r of page.items) modes.add(r.renderMode);
    });
    expect([...modes]).toEqual([3]);
    const runs: { str: string; bold?: boolean }[] = [];
    await pdfium.readPages(new Uint8Array(readFileSync(path.join(fixtures, 'pdf-toc.pdf'))), (page) => {
      for (const r of page.items) runs.push(r);
    });
    expect(runs.some((r) => r.bold === true)).toBe(true);
    expect(runs.some((r) => r.bold === false)).toBe(true);
    expect(runs.every((r) => r.str.trim() !== '')).toBe(true);
  });

  it('PDFium\'s memory is given back after every document: reading a PDF twenty times does not grow its heap', async () => {
    const pdfium = await engine('pdfium');
    const bytes = new Uint8Array(readFileSync(path.join(fixtures, 'aarhus_byraad_2025-08-27.pdf')));
    const P = await loadPdfium();
    const heapBytes = () => (P.pdfium as unknown as { HEAPU8: Uint8Array }).HEAPU8.length;
    const malloc = (P.pdfium as unknown as { wasmExports: { malloc(n: number): number; free(p: number): void } }).wasmExports;
    await pdfium.readPages(bytes, () => undefined);
    const probe = malloc.malloc(bytes.length);
    malloc.free(probe);
    const after1 = heapBytes();
    for (let i = 0; i < 20; i++) await pdfium.readPages(bytes, () => undefined);
    expect(heapBytes()).toBe(after1);
    // The same block comes back for the same size: nothing of the documents is still held.
    const again = malloc.malloc(bytes.length);
    malloc.free(again);
    expect(again).toBe(probe);
  }, 60_000);
});

describe('files PDFium cannot read, and files that are no minutes', () => {
  it('a file cut off inside its trailer: PDFium refuses it, pdf.js reads it, and the document says so', async () => {
    const src = readFileSync(path.join(fixtures, 'pdf-toc.pdf'));
    const cut = src.subarray(0, src.lastIndexOf('/DocChecksum') + 14);
    const pdfium = await engine('pdfium');
    await expect(pdfium.readPages(new Uint8Array(cut), () => undefined)).rejects.toMatchObject({ code: 'corrupt-pdf' });
    const r = await parseBytes(cut, 'cut.pdf', { engine: 'pdfium' });
    const ref = await parseBytes(cut, 'cut.pdf', { engine: 'pdfjs' });
    expect(r.ok && ref.ok).toBe(true);
    if (!r.ok || !ref.ok) return;
    const note = r.document.diagnostics.find((d) => d.code === 'pdf-engine-fallback')!;
    expect(note).toMatchObject({ severity: 'info', page: null });
    expect(note.message).toMatch(/^PDFium could not read this PDF \(corrupt-pdf: is not a readable PDF \(PDFium: .*\)\); it was read with pdf\.js instead$/);
    expect(r.document.items).toEqual(ref.document.items);
    expect(r.document.diagnostics.filter((d) => d.code !== 'pdf-engine-fallback')).toEqual(ref.document.diagnostics);
  });

  it('a page where PDFium finds no text and pdf.js finds some: the whole file is read with pdf.js, and the document says so', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(fixtures, 'pdf-toc.pdf')));
    const pdfium = await engine('pdfium');
    const read = pdfium.readPages.bind(pdfium);
    // PDFium as it would be if it lost the text of page 2 without a word.
    const spy = vi.spyOn(pdfium, 'readPages').mockImplementation((b, onPage) => read(b, (page, n) => onPage(page.page === 2 ? { ...page, items: [] } : page, n)));
    try {
      const r = await parseBytes(bytes, 'toc.pdf', { engine: 'pdfium' });
      const ref = await parseBytes(bytes, 'toc.pdf', { engine: 'pdfjs' });
      expect(spy).toHaveBeenCalled();
      expect(r.ok && ref.ok).toBe(true);
      if (!r.ok || !ref.ok) return;
      const note = r.document.diagnostics.find((d) => d.code === 'pdf-engine-fallback')!;
      expect(note).toMatchObject({ severity: 'info', page: null });
      expect(note.message).toBe('PDFium found no text on page 2, where pdf.js does; it was read with pdf.js instead');
      expect(r.document.items).toEqual(ref.document.items);
    } finally {
      spy.mockRestore();
    }
  });

  it('a blank page and a page of only an image among pages of text: no fallback, no damage, the same document as with pdf.js', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const text = (lines: string[]) => {
      const page = doc.addPage([595, 842]);
      lines.forEach((t, i) => page.drawText(t, { x: 60, y: 760 - 24 * i, font, size: 12 }));
    };
    text(['Referat af mødet i Teknisk Udvalg 4. maj 2023', '1. Godkendelse af dagsorden', 'Beslutning: Godkendt.']);
    doc.addPage([595, 842]);
    const scan = doc.addPage([595, 842]);
    scan.drawRectangle({ x: 50, y: 50, width: 495, height: 742, color: rgb(0.8, 0.8, 0.8) });
    text(['2. Vejprojekt på Åvej', 'Beslutning: Udsat til næste møde.']);
    const bytes = await doc.save();
    const b = await parseBytes(bytes, 'blank.pdf', { engine: 'pdfium' });
    const a = await parseBytes(bytes, 'blank.pdf', { engine: 'pdfjs' });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b.document.diagnostics.filter((d) => /^(?:pdf-|glyph-)/.test(d.code))).toEqual([]);
    expect(b.document.items.map((i) => [i.number, i.title, i.pages?.start])).toEqual([
      [1, 'Godkendelse af dagsorden', 1],
      [2, 'Vejprojekt på Åvej', 4],
    ]);
    expect(b.document).toEqual(a.document);
  });

  it.each([
    ['encrypted.pdf', 'encrypted-pdf', /is an encrypted PDF \(password protected\)/],
    ['corrupt.pdf', 'corrupt-pdf', /is not a readable PDF/],
    ['image-only.pdf', 'no-text-layer', /is a PDF with no text layer: 1 page of images, a scan/],
  ])('%s fails as %s with either engine, with the same message', async (f, code, message) => {
    const bytes = new Uint8Array(readFileSync(path.join(data, f)));
    const a = await parseBytes(bytes, f, { engine: 'pdfjs' });
    const b = await parseBytes(bytes, f, { engine: 'pdfium' });
    expect(a.ok || b.ok).toBe(false);
    if (a.ok || b.ok) return;
    expect(b.failure.code).toBe(code);
    expect(b.failure.message).toMatch(message);
    expect(b.failure.message).toBe(a.failure.message);
  });

  it('--engine is taken by text and parse, and refused when it names no engine', async () => {
    const file = path.join(fixtures, 'pdf-toc.pdf');
    const [a, b] = await Promise.all([run(['text', '--engine', 'pdfjs', file]), run(['text', '--engine', 'pdfium', file])]);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const bad = await run(['parse', '--engine', 'mupdf', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/argument 'mupdf' is invalid\. Allowed choices are pdfjs, pdfium/);
  }, 60_000);
});
