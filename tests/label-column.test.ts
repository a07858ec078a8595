/**
 * Block headings set in a column of their own, their text in the next column
 * on the same row (table-built minutes, web pages printed to PDF): the
 * heading opens its block; a label centred against its cell takes the lines
 * above it in the value column too.
 */
import { describe, expect, it } from 'vitest';
import { layoutPdf } from '../src/extract/pdf.js';
import type { RawItem } from '../src/extract/layout/types.js';
import { normalize } from '../src/normalize/index.js';
import { segment } from '../src/segment/index.js';
import { parseText } from './helpers/parse.js';

function item(str: string, x: number, y: number, font = 'f1'): RawItem {
  return { str, transform: [10, 0, 0, 10, x, y], width: str.length * 5, height: 10, fontName: font };
}

async function parseItems(items: RawItem[]) {
  const doc = await layoutPdf([{ page: 1, view: [0, 0, 595, 842], items }]);
  return segment(normalize(doc), { file: 'x.pdf', sha256: '0'.repeat(64), format: 'pdf', pages: 1, encoding: null });
}

describe('a column of block headings', () => {
  it('splits a heading from the text beside it, in PDFs', async () => {
    const doc = await parseItems([
      item('Referat', 58, 780),
      item('Mødedato: 2. oktober 2023', 58, 766),
      item('1. Godkendelse af dagsorden', 58, 730),
      item('Beslutning', 58, 710),
      item('Godkendt.', 170, 710),
      item('2. Jobcentrets resultater', 58, 680),
      // The label stands against the middle line of its three-line cell.
      item('Jobcentret har udarbejdet en opgørelse over resultaterne for', 170, 660),
      item('Sagsfremstilling', 58, 648),
      item('andet kvartal. Antallet af ledige er faldet med 4 procent i', 170, 648),
      item('forhold til samme periode sidste år.', 170, 636),
      item('Beslutning', 58, 610),
      item('Taget til efterretning.', 170, 610),
    ]);
    expect(doc.items.map((i) => i.sections.map((s) => [s.kind, s.heading, s.text]))).toEqual([
      [['decision', 'Beslutning', 'Godkendt.']],
      [
        [
          'background',
          'Sagsfremstilling',
          'Jobcentret har udarbejdet en opgørelse over resultaterne for andet kvartal. Antallet af ledige er faldet med 4 procent i forhold til samme periode sidste år.',
        ],
        ['decision', 'Beslutning', 'Taget til efterretning.'],
      ],
    ]);
    expect(doc.items.map((i) => i.outcome)).toEqual(['approved', 'noted']);
  });

  it('does the same for a tab in a text file, and leaves other tabbed rows as text', () => {
    const doc = parseText(['Referat', 'Mødedato:\t3. marts 2024', '', '1. Meddelelser', 'Beslutning\tTaget til efterretning.', 'Næste møde\t4. april'].join('\n'));
    expect(doc.meeting.date).toBe('2024-03-03');
    expect(doc.items[0]!.sections.map((x) => [x.kind, x.heading])).toEqual([['decision', 'Beslutning']]);
    // A row whose first cell is no block heading stays text, its tab a space.
    expect(doc.items[0]!.decision).toMatch(/^Taget til efterretning\.\s+Næste møde 4\. april$/);
  });

  it('a group label centred against its list of names heads all of them; a heading after an indented list stays where it is', async () => {
    const doc = await parseItems([
      item('Referat', 58, 780),
      item('Mødedato: 6. maj 2024', 58, 766),
      item('Anna Holm (A)', 170, 740),
      item('Medlemmer:', 58, 728),
      item('Carla Møller', 170, 728),
      item('Dorte Friis', 170, 716),
      item('Bent Lind', 170, 690),
      item('Fraværende:', 58, 678),
      item('Erik Vang', 170, 666),
      item('1. Godkendelse af dagsorden', 58, 640),
      item('Indstilling', 58, 620),
      item('Forvaltningen indstiller, at', 58, 608),
      item('• dagsordenen godkendes', 90, 596),
      item('• mødeplanen godkendes', 90, 584),
      item('Beslutning', 58, 572),
      item('Godkendt.', 58, 560),
    ]);
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Anna Holm', 'member'],
      ['Carla Møller', 'member'],
      ['Dorte Friis', 'member'],
      ['Bent Lind', 'absent'],
      ['Erik Vang', 'absent'],
    ]);
    expect(doc.items[0]!.sections.map((s) => [s.kind, s.text])).toEqual([
      ['recommendation', 'Forvaltningen indstiller, at\n• dagsordenen godkendes\n• mødeplanen godkendes'],
      ['decision', 'Godkendt.'],
    ]);
  });
});
