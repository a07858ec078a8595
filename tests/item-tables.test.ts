/**
 * Minutes kept as a table, one row an item (`Pkt. | Emne | Beslutning |
 * Ansvarlig`): from a Word document, a web page, a text file with tabs and a
 * Markdown table, each row is read as a numbered item with the other cells as
 * its record; tables of figures and of people stay what they are.
 */
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';
import { columnRole, TABLE_COLUMNS } from '../src/segment/tables.js';
import { parseText } from './helpers/parse.js';
// @ts-expect-error a JavaScript module without types
import { makeDocx } from '../scripts/docx-writer.js';

const rows = [
  ['Pkt.', 'Emne', 'Beslutning', 'Ansvarlig'],
  ['1', 'Godkendelse af dagsorden', 'Godkendt', 'Bo'],
  ['2', 'Havens hæk', 'Hækken klippes i maj.', 'Ane'],
  ['3', 'Eventuelt', 'Intet', ''],
];
const expected = [
  [1, 'Godkendelse af dagsorden', 'Godkendt', 'approved'],
  [2, 'Havens hæk', 'Hækken klippes i maj.', null],
  [3, 'Eventuelt', 'Intet', 'none'],
];
const summary = (items: { number: number; title: string; decision: string | null; outcome: string | null }[]) => items.map((it) => [it.number, it.title, it.decision?.split('\n')[0] ?? null, it.outcome]);

describe('a table of items', () => {
  it('in a Word document', async () => {
    const bytes = makeDocx([{ text: 'Referat af bestyrelsesmøde 12. marts 2031' }, { text: 'Deltagere: Bo Dal, Ane Holm' }, { table: rows }], {});
    const r = await parseBytes(bytes, 'tabel.docx');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(summary(r.document.items)).toEqual(expected);
    expect(r.document.diagnostics.map((d) => d.code)).toContain('items-from-table');
  });

  it('in a web page, the headings in <th>', async () => {
    const html = `<html><body><h1>Referat af bestyrelsesmøde 12. marts 2031</h1><table><tr>${rows[0]!.map((c) => `<th>${c}</th>`).join('')}</tr>${rows
      .slice(1)
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('')}</table></body></html>`;
    const r = await parseBytes(new TextEncoder().encode(html), 'tabel.html');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(summary(r.document.items)).toEqual(expected);
  });

  it('in a text file with tabs, and in a Markdown table', () => {
    const tabs = ['Referat af bestyrelsesmøde 12. marts 2031', '', ...rows.map((r) => r.join('\t'))].join('\n');
    expect(summary(parseText(tabs).items)).toEqual(expected);
    const md = ['# Referat af bestyrelsesmøde 12. marts 2031', '', `| ${rows[0]!.join(' | ')} |`, '|---|---|---|---|', ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n');
    expect(summary(parseText(md).items)).toEqual(expected);
  });

  it('reads who is responsible (`Ansvarlig`) as the item\'s presenter, not as its record', () => {
    const tabs = ['Referat af bestyrelsesmøde 12. marts 2031', '', ...rows.map((r) => r.join('\t'))].join('\n');
    const item = parseText(tabs).items[1]!;
    expect(item.presenter).toBe('Ane');
    expect(item.decision).toBe('Hækken klippes i maj.');
  });

  it('without headings: a column of rising numbers beside usual titles', () => {
    const text = ['Referat af bestyrelsesmøde 12. marts 2031', '', '1\tGodkendelse af referat\tGodkendt', '2\tKontingent\tUændret for næste år', '3\tEventuelt\tIntet'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af referat'],
      [2, 'Kontingent'],
      [3, 'Eventuelt'],
    ]);
  });

  it('a table of figures under an item is not a table of items', () => {
    const text = ['Referat af bestyrelsesmøde 12. marts 2031', '', '1. Budget', 'Budgettet blev godkendt:', '1\tLøn\t200.000', '2\tHusleje\t80.000', '3\tDrift\t20.000', '', '2. Eventuelt', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Budget'],
      [2, 'Eventuelt'],
    ]);
  });

  it('numbers that do not rise make no table of items', () => {
    const text = ['Referat af bestyrelsesmøde 12. marts 2031', '', 'Pkt.\tEmne\tBeslutning', '2\tBudget\tGodkendt', '1\tHaven\tUdsat'].join('\n');
    expect(parseText(text).diagnostics.map((d) => d.code)).not.toContain('items-from-table');
  });
});

describe('column headings (rows of data)', () => {
  for (const c of TABLE_COLUMNS) {
    for (const example of c.examples) {
      it(`${example} names the ${c.role} column`, () => expect(columnRole(example)).toBe(c.role));
    }
  }
  it('a name or a date names no column', () => {
    expect(columnRole('Bo Dal')).toBeNull();
    expect(columnRole('12. marts')).toBeNull();
  });
});

describe('a table of items whose number column is Word\'s numbering', () => {
  it('reads the numbers Word shows in the cells', async () => {
    const numbered = (text: string) => ({ text, num: { id: 1 } });
    const bytes = makeDocx(
      [
        { text: 'Referat af bestyrelsesmøde 12. marts 2031' },
        {
          table: [
            ['Pkt.', 'Emne', 'Referat'],
            [numbered(''), 'Godkendelse af dagsorden', 'Godkendt'],
            [numbered(''), 'Haven', 'Hækken klippes i maj.'],
            [numbered(''), 'Eventuelt', 'Intet'],
          ],
        },
      ],
      { abstracts: { 1: [{ fmt: 'decimal', text: '%1.' }] }, numbering: [{ id: 1, abstract: 1 }] },
    );
    const r = await parseBytes(bytes, 'nummereret.docx');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Godkendelse af dagsorden', 'Godkendt'],
      [2, 'Haven', 'Hækken klippes i maj.'],
      [3, 'Eventuelt', 'Intet'],
    ]);
  });
});

describe('titles set in bold, no numbers and no heading styles', () => {
  it('short bold lines over plain text are the items; a bold `Økonomi` is an item here', async () => {
    const bytes = makeDocx(
      [
        { text: 'Referat af bestyrelsesmøde 12. marts 2031' },
        { text: 'Godkendelse af dagsorden', bold: true },
        { text: 'Dagsordenen blev godkendt.' },
        { text: 'Økonomi', bold: true },
        { text: 'Regnskabet blev taget til efterretning.' },
        { text: 'Eventuelt', bold: true },
        { text: 'Intet.' },
      ],
      {},
    );
    const r = await parseBytes(bytes, 'fed.docx');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Godkendelse af dagsorden', 'Dagsordenen blev godkendt.'],
      [2, 'Økonomi', 'Regnskabet blev taget til efterretning.'],
      [3, 'Eventuelt', 'Intet.'],
    ]);
  });
});

describe('bold titles in Markdown and on web pages', () => {
  const md = ['Referat af bestyrelsesmøde 12. marts 2031', '', '**Godkendelse af dagsorden**', '', 'Dagsordenen blev godkendt.', '', '**Økonomi**', '', 'Regnskabet blev taget til efterretning.', '', '**Eventuelt**', '', 'Intet.'].join('\n');
  const want = [
    [1, 'Godkendelse af dagsorden'],
    [2, 'Økonomi'],
    [3, 'Eventuelt'],
  ];
  it('a Markdown line wholly in `**…**` is a bold title', async () => {
    const r = await parseBytes(new TextEncoder().encode(md), 'fed.md');
    expect(r.ok && r.document.items.map((it) => [it.number, it.title])).toEqual(want);
  });
  it('a web page\'s <strong> paragraphs', async () => {
    const html = '<html><body><p>Referat af bestyrelsesmøde 12. marts 2031</p><p><strong>Godkendelse af dagsorden</strong></p><p>Dagsordenen blev godkendt.</p><p><b>Økonomi</b></p><p>Regnskabet blev taget til efterretning.</p><p><strong>Eventuelt</strong></p><p>Intet.</p></body></html>';
    const r = await parseBytes(new TextEncoder().encode(html), 'fed.html');
    expect(r.ok && r.document.items.map((it) => [it.number, it.title])).toEqual(want);
  });
});

describe('a table\'s rows set narrowly in a text file, two spaces between title and record', () => {
  const doc = () =>
    parseText(
      [
        'Referat af generalforsamling i Holmby Fugleforening 4. marts 2031',
        '',
        ' 1) Valg af dirigent  Ole Lund',
        ' 2) Regnskab ved kasserer Eva Berg  Godkendt. Overskud 410 kr.',
        ' 3) Valg af formand (Kaj er på valg)  Kaj genvalgt',
        ' 4) Valg af revisor for 2 år (Lis er på valg og ønsker genvalg)  Lis valgt',
        ' 5) Beretning: Formanden aflagde den.  Godkendt',
        ' 6) Eventuelt  Intet',
      ].join('\n'),
    );

  it('parts title and record at the gap, a note in brackets staying the title\'s', () => {
    expect(doc().items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Ole Lund'],
      [2, 'Regnskab ved kasserer Eva Berg', 'Godkendt. Overskud 410 kr.'],
      [3, 'Valg af formand (Kaj er på valg)', 'Kaj genvalgt'],
      [4, 'Valg af revisor for 2 år (Lis er på valg og ønsker genvalg)', 'Lis valgt'],
      [5, 'Beretning', 'Formanden aflagde den. Godkendt'],
      [6, 'Eventuelt', 'Intet'],
    ]);
  });

  it('a sentence before the gap is no title: the gap is a justified line\'s space', () => {
    const five = doc().items[4]!;
    expect(five.title).toBe('Beretning');
    expect(five.outcome).toBe('approved');
  });
});

describe('a time after the gap', () => {
  it('is the item\'s duration, not its record (`9. Eventuelt  10 min`)', () => {
    const doc = parseText(['Dagsorden for bestyrelsesmøde 4. marts 2031', '', '1. Regnskab  (20 min)', '2. Eventuelt  10 min'].join('\n'));
    expect(doc.items.map((it) => it.decision)).toEqual([null, null]);
  });
});
