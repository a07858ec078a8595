/**
 * Page furniture: a test per kind, on the generated PDF fixtures and the real
 * council PDFs: no header, footer, page number or sidebar line is left in the
 * body lines, and what was removed is what the page repeats.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract, type ExtractedDocument } from '../src/extract/index.js';
import { findFurniture, furnitureKey, isPageNumber } from '../src/extract/furniture.js';
import type { SettledPage } from '../src/extract/layout/types.js';
import { parseText } from './helpers/parse.js';

const dir = path.resolve(__dirname, '../fixtures');
const files = ['pdf-header-footer.pdf', 'pdf-header-footer.ocr-eng.pdf', 'pdf-sidebar.pdf', 'pdf-toc.pdf', 'aarhus_byraad_2025-08-27.pdf'];
const docs = new Map<string, ExtractedDocument>();

beforeAll(async () => {
  for (const f of files) docs.set(f, await extract(new Uint8Array(readFileSync(path.join(dir, f)))));
});

const body = (f: string) => docs.get(f)!.lines.map((l) => l.text);
const removed = (f: string, kind: string) => docs.get(f)!.furniture.filter((l) => l.furniture === kind);

describe('page numbers', () => {
  it.each([
    ['Side 3 af 12', true],
    ['Side 2/6', true],
    ['- 3 -', true],
    ['12', true],
    ['Page 4 of 9', true],
    ['Side 1 af5', true],
    ['3. Godkendelse', false],
    ['Side om side', false],
    ['2023', true],
  ])('%s → %s', (text, yes) => expect(isPageNumber(text)).toBe(yes));

  it.each(['pdf-header-footer.pdf', 'pdf-header-footer.ocr-eng.pdf', 'pdf-toc.pdf'])('%s: every page number is removed, none left in the body', (f) => {
    const doc = docs.get(f)!;
    expect(removed(f, 'page-number').map((l) => l.page)).toEqual(Array.from({ length: doc.pages! }, (_, i) => i + 1));
    expect(body(f).filter((t) => /^Side \d+ af ?\d+$/.test(t))).toEqual([]);
  });
});

describe('running headers', () => {
  it.each(['pdf-header-footer.pdf', 'pdf-header-footer.ocr-eng.pdf'])('%s: the header is removed from every page and never in the body', (f) => {
    const doc = docs.get(f)!;
    const headers = removed(f, 'header');
    expect(headers).toHaveLength(doc.pages!);
    expect(new Set(headers.map((h) => furnitureKey(h.text))).size).toBe(1);
    expect(body(f).filter((t) => t.includes('Referat af m'))).toEqual([]);
    // The letterhead keeps it for the segmenter.
    expect(doc.letterhead?.lines.map((l) => l.text)).toContain(headers[0]!.text);
  });
});

describe('sidebars', () => {
  it('pdf-sidebar.pdf: the letterhead sidebar is removed from every page, none of its lines in the body', () => {
    const doc = docs.get('pdf-sidebar.pdf')!;
    const side = removed('pdf-sidebar.pdf', 'sidebar');
    expect(new Set(side.map((l) => l.page)).size).toBe(doc.pages);
    for (const marker of ['Mail: lenant@rm.dk', 'Mobil: +45 5173 2858', 'Dato: 16.09.19', 'Fokusgruppen Sundhed &']) {
      expect(side.some((l) => l.text.startsWith(marker))).toBe(true);
      expect(body('pdf-sidebar.pdf').filter((t) => t.includes(marker))).toEqual([]);
    }
    // Body lines beside the sidebar are whole: no sidebar words glued on.
    expect(body('pdf-sidebar.pdf')).toContain('Mødeleder: Ole Carstensen');
    expect(doc.letterhead?.lines.some((l) => l.text.startsWith('Dato: 16.09.19'))).toBe(true);
  });
});

describe('documents without furniture', () => {
  it('the FirstAgenda council PDF has none, so nothing is removed', () => {
    expect(docs.get('aarhus_byraad_2025-08-27.pdf')!.furniture).toEqual([]);
  });
});

describe('running lines of a text file with pages (form feeds)', () => {
  it('takes out a header and a footer that recur in their place, digits aside; keeps recurring text elsewhere on the page', async () => {
    const { linesFromText } = await import('../src/extract/text.js');
    const page = (n: number, body: string[]) => ['12.11.2026 10.15   Referat - Byrådet', ...body, `https://eksempel.dk/referat/77   ${n}/3`].join('\n');
    const doc = linesFromText(
      [
        page(1, ['1. Meddelelser', 'Beslutning', 'Taget til efterretning.']),
        page(2, ['2. Budget', 'Beslutning', 'Taget til efterretning.', 'Bo Dahl deltog ikke.']),
        page(3, ['3. Eventuelt', 'Beslutning', 'Intet.']),
      ].join('\f'),
    );
    expect(doc.furniture.map((l) => [l.page, l.furniture])).toEqual([
      [1, 'header'],
      [1, 'footer'],
      [2, 'header'],
      [2, 'footer'],
      [3, 'header'],
      [3, 'footer'],
    ]);
    // `Taget til efterretning.` ends page 1 but not page 2: it stays.
    expect(doc.lines.filter((l) => l.text === 'Taget til efterretning.')).toHaveLength(2);
    expect(doc.lines.map((l) => l.line)).toEqual(doc.lines.map((_, i) => i + 1));
  });
});

describe('a file path printed as a footer', () => {
  it('is not content', () => {
    const doc = parseText(['Referat', 'Kulturudvalget', 'Dato: 3. marts 2009', '', '1. Tilskud til byfest', 'Beslutning: Bevilget.', 'H:\\Kulturudvalget\\2009\\Dagsorden 04 KU.doc Vestby Kommune', '2. Eventuelt', 'Beslutning: Intet.'].join('\n'));
    expect(doc.items.map((i) => i.decision)).toEqual(['Bevilget.', 'Intet.']);
  });
});

describe('a number alone on a line in the top or bottom band', () => {
  /** An A4 page of lines set from `top` down at 12.75 pt, 11 pt type; `extra` lines at their own heights. */
  const page = (n: number, texts: string[], top: number, extra: [string, number][] = []): SettledPage => ({
    page: n,
    box: [0, 0, 595, 842],
    lines: [...texts.map((text, k) => [text, top - k * 12.75] as [string, number]), ...extra].map(([text, y]) => ({ text, x: 70, x1: 70 + text.length * 5, y, size: 11, bold: false, block: 0, rotated: false })),
    sideBlocks: new Map(),
  });
  const kinds = (pages: SettledPage[]) => findFurniture(pages).map((marks, p) => pages[p]!.lines.map((l, i) => (marks[i] ? `${l.text}:${marks[i]}` : null)).filter((x) => x !== null));
  it("keeps a contents list's numbers that a page break left at the foot and the head of pages, set at the list's own spacing", () => {
    // `Titel` / page / number, one a line, running over the page break: `17` / `10` / `Budget` / `19` | `11` / `Skolevej` / …
    const first = page(1, ['Dagsorden', ...Array.from({ length: 52 }, (_, k) => `Linje ${k + 1} af oversigten over sagerne`), '17', '10', 'Budget', '19'], 790);
    const second = page(2, ['11', 'Skolevej', '21', '12', 'Havnen', '22', '13'], 790);
    expect(first.lines.at(-1)!.y).toBeLessThan(842 * 0.12);
    expect(kinds([first, second])).toEqual([[], []]);
  });
  it("takes a page's number set apart under the text, or in a header's row, or where the pages count on alike", () => {
    const body = (n: number) => [`${n}. Sag nummer ${n}`, `Beslutning: Sag ${n} blev godkendt.`];
    // Set apart at the foot: a page number, also on a one-page document.
    expect(kinds([page(1, body(1), 700, [['1', 40]])])).toEqual([['1:page-number']]);
    // Level with the header's text: a page number.
    expect(kinds([page(1, body(1), 700, [['Referat', 800], ['1', 800]]), page(2, body(2), 700, [['Referat', 800], ['2', 800]])])).toEqual([['Referat:header', '1:page-number'], ['Referat:header', '2:page-number']]);
    // Right under the text at its spacing, but counting on from page to page (an extract's 14, 15): page numbers.
    expect(kinds([page(1, [...body(1), '14'], 110), page(2, [...body(2), '15'], 110)])).toEqual([['14:page-number'], ['15:page-number']]);
  });
});
