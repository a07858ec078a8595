/**
 * Whether the items found span the document as one meeting's: a numbering
 * that starts again after the first item (several meetings in one file) and a
 * last item that runs on for many pages are warned of; numbered lists inside
 * an item and ordinary minutes are not.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';
import type { Diagnostic } from '../src/schema.js';
import { unicodePdf } from './helpers/pdf.js';

const fixture = (f: string) => readFileSync(path.resolve(__dirname, '../fixtures', f));
const codes = ['numbering-restarts', 'last-item-long'];
const warned = (ds: Diagnostic[]) => ds.filter((d) => codes.includes(d.code));

async function parse(bytes: Uint8Array, name: string) {
  const r = await parseBytes(bytes, name);
  if (!r.ok) throw new Error(r.failure.message);
  return r;
}

/** The line numbers of `text` (1-based) on which `line` stands. */
function lineOf(text: string, line: string, after = 0): number {
  const lines = text.split('\n');
  const i = lines.findIndex((l, k) => k >= after && l.trim() === line);
  expect(i).toBeGreaterThanOrEqual(0);
  return i + 1;
}

describe('several meetings in one file', () => {
  it.each([
    // The second meeting's items all end up in the first's last item.
    ['003_43a637de8935a15f.txt', '004_02c19877bf6487b0.txt', '1. Velkomst, præsentation samt pkt\'er til evt', 10],
    // The second meeting's items 6 to 9 are taken for the first's (its 6 and 7 lost): the restart lies between items 5 and 6.
    ['001_763f3c5fdc9e2965.txt', '002_144977c5e146f517.txt', '1. VELKOMMEN/ Yelva Bjørnholt Jensen (5 min)', 5],
  ])('%s then %s: the numbering starting again is a warning at the second meeting\'s first item', async (a, b, heading, after) => {
    const first = fixture(a).toString('utf8');
    const text = first + fixture(b).toString('utf8');
    const r = await parse(Buffer.from(text), 'two.txt');
    const ds = warned(r.document.diagnostics);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ severity: 'warning', code: 'numbering-restarts', page: null, line: lineOf(text, heading, first.split('\n').length - 1) });
    expect(ds[0]!.message).toContain(`starts again at 1 after item ${after} ("${heading}"`);
    expect(ds[0]!.message).toMatch(/may hold more than one meeting/);
  });

  it('two PDFs of different layout bound together: the second one\'s items (not bold as the first\'s are) still count as a restart', async () => {
    const doc = await PDFDocument.create();
    for (const f of ['pdf-toc.pdf', 'pdf-header-footer.pdf']) {
      const src = await PDFDocument.load(fixture(f));
      for (const p of await doc.copyPages(src, src.getPageIndices())) doc.addPage(p);
    }
    const r = await parse(await doc.save(), 'two.pdf');
    const ds = warned(r.document.diagnostics);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'numbering-restarts', page: 7 });
    expect(ds[0]!.message).toContain('"1. VELKOMST / Charlotte Josefsen"');
  });

  it('a numbered list inside an item, and the fixtures as they are, are no restart', async () => {
    // 003 lists "De fem områder er:" 1. … 5. inside item 3.
    for (const f of ['000_342929e38b3588cc.txt', '001_763f3c5fdc9e2965.txt', '003_43a637de8935a15f.txt', '004_02c19877bf6487b0.txt', 'pdf-toc.pdf', 'pdf-sidebar.pdf']) {
      const r = await parse(fixture(f), f);
      expect(warned(r.document.diagnostics), f).toEqual([]);
    }
  });

  it('an agenda listing the items above them is no restart', async () => {
    const text = [
      'Referat af bestyrelsesmøde 3. marts 2022',
      '',
      'Dagsorden',
      '1. Godkendelse af dagsorden',
      '2. Regnskab 2021',
      '3. Budget 2022',
      '4. Eventuelt',
      '',
      ...['Godkendelse af dagsorden', 'Regnskab 2021', 'Budget 2022', 'Eventuelt'].flatMap((t, i) => [
        `${i + 1}. ${t}`,
        '',
        'Formanden gennemgik sagen.',
        'Der var en god drøftelse.',
        'Bestyrelsen besluttede at gå videre med sagen.',
        '',
        'Beslutning: Godkendt.',
        '',
      ]),
    ].join('\n');
    const r = await parse(Buffer.from(text), 'one.txt');
    expect(r.document.items).toHaveLength(4);
    expect(warned(r.document.diagnostics)).toEqual([]);
  });
});

describe('a last item that runs on', () => {
  const appendix = Array.from({ length: 3000 }, (_, i) => `Bilagets linje ${i + 1}: om budgettet for året og den videre proces`);

  it('in a text: 3,000 lines of appendix after the last item are a warning at its heading', async () => {
    const minutes = fixture('000_342929e38b3588cc.txt').toString('utf8');
    const text = `${minutes}\n${appendix.join('\n')}\n`;
    const r = await parse(Buffer.from(text), 'long.txt');
    const ds = warned(r.document.diagnostics);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ severity: 'warning', code: 'last-item-long', line: lineOf(text, '7. Evt.') });
    expect(ds[0]!.message).toMatch(/^The last item \(7\) runs 30\d\d lines, more than all items before it: the file may hold appendices/);
  });

  it('in a PDF: a last item over 60 pages is a warning on its first page', async () => {
    const lines = [
      'Referat af mødet i Kulturudvalget 3. marts 2022',
      '',
      ...[1, 2, 3].flatMap((n) => [`${n}. Punkt nummer ${n}`, '', `Beslutning: Udvalget godkendte punkt ${n}.`, '']),
      ...appendix,
    ];
    const r = await parse(unicodePdf(lines, 50), 'long.pdf');
    expect(r.document.items.at(-1)!.pages).toEqual({ start: 1, end: 61 });
    const ds = warned(r.document.diagnostics);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'last-item-long', page: 1 });
    expect(ds[0]!.message).toContain('The last item (3) runs 61 pages (1–61)');
  });

  it('the 28-page council PDF, whose last item is seven pages of a closed case, is not warned of', async () => {
    const r = await parse(fixture('aarhus_byraad_2025-08-27.pdf'), 'aarhus.pdf');
    expect(warned(r.document.diagnostics)).toEqual([]);
  });
});
