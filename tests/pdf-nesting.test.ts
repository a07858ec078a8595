/**
 * A PDF's lists set in by a space a level (a text file's leading spaces, printed), records that follow a
 * sentence's end at a line's start, and a presenter's `v.` that a page wrapped back to the margin.
 */
import { describe, expect, it } from 'vitest';
import { layoutPdf } from '../src/extract/pdf.js';
import type { RawItem } from '../src/extract/layout/types.js';
import { normalize } from '../src/normalize/index.js';
import { segment } from '../src/segment/index.js';
import { isListItem, joinRunInLists, joinRunTogetherPages, joinWrappedEntries, joinWrappedNameLists, measureLayout } from '../src/segment/text.js';
import { isBlockHeadingLine } from '../src/segment/headings.js';
import type { SLine } from '../src/segment/model.js';

/** A 10 pt line at (x, y), five points a character. */
function item(str: string, x: number, y: number): RawItem {
  return { str, transform: [10, 0, 0, 10, x, y], width: str.length * 5, height: 10, fontName: 'f1' };
}

/** Rows of [text, x] from the top of the page down, 12 points apart; an empty text leaves a blank line. */
async function parseRows(rows: [string, number][]) {
  const items: RawItem[] = [];
  rows.forEach(([text, x], k) => {
    if (text !== '') items.push(item(text, x, 780 - k * 12));
  });
  const doc = await layoutPdf([{ page: 1, view: [0, 0, 595, 842], items }]);
  return segment(normalize(doc), { file: 'x.pdf', sha256: '0'.repeat(64), format: 'pdf', pages: 1, encoding: null });
}

/** Two full lines of filler and a blank, so that the document's full line is known. */
const FILLER = [
  'Formanden bød velkommen til de fremmødte og fortalte kort om aftenens program,',
  'som efter mødet sluttede med kaffe og kage i det store lokale, hvor der også var',
  '',
];

/** A PDF's line at the margin (x 50), its width unknown (wraps are measured in characters). */
const atMargin = (text: string, k: number): SLine => ({ text, page: 1, line: k + 1, blank: text === '', x: 50, indent: 50 });

/** The lines after the filler once `join` has run over them all. */
function joinAfterFiller(join: (ls: SLine[], layout: ReturnType<typeof measureLayout>) => unknown, texts: string[]): string[] {
  const ls = [...FILLER, ...texts].map(atMargin);
  join(ls, measureLayout(ls));
  return ls.slice(FILLER.length).map((l) => l.text);
}

describe('a bulleted agenda whose points are set in one space further, printed to PDF', () => {
  // The margin at 50 points, the bullets one space in (55), their numbered points one more (60).
  const rows: [string, number][] = [
    ['Referat af ordinær generalforsamling i Holmby Tennisklub den 3. marts 2031', 50],
    ['', 50],
    ['Dagsorden ifølge vedtægterne:', 50],
    ['', 50],
    ['• Valg af dirigent.', 55],
    ['1. Lone Berg blev valgt uden modkandidater', 60],
    ['• Formandens beretning', 55],
    ['1. Beretningen blev godkendt uden bemærkninger fra salen', 60],
    ['• Regnskab og budget', 55],
    ['1. Regnskabet blev fremlagt og godkendt af forsamlingen', 60],
    ['2. Budgettet for næste år blev taget til efterretning', 60],
    ['• Valg til bestyrelsen', 55],
    ['1. Eva Holm og Bo Dal blev genvalgt for to år', 60],
    ['• Eventuelt', 55],
    ['1. Der var intet under eventuelt', 60],
  ];
  it('takes the bullets for the items and their numbered points for their records', async () => {
    const doc = await parseRows(rows);
    expect(doc.items.map((i) => i.title)).toEqual(['Valg af dirigent.', 'Formandens beretning', 'Regnskab og budget', 'Valg til bestyrelsen', 'Eventuelt']);
    expect(doc.items[2]!.sections.map((s) => s.text).join(' ')).toContain('Regnskabet blev fremlagt og godkendt');
  });
  it('still takes numbered entries set at the bullets\' own depth for items', async () => {
    // (The same list with the points at the bullets' depth: no point sits under a bullet.)
    const flat = rows.map(([t, x]): [string, number] => [t, x === 60 ? 55 : x]);
    const doc = await parseRows(flat);
    expect(doc.items.map((i) => i.title)).not.toContain('Valg af dirigent.');
  });
});

describe('a paragraph that ends a sentence, then a record opened by its number on the next line, in a PDF with no blank lines', () => {
  // Lines of about 75 characters, as full as the page's; the document's lines follow each other with no blank line.
  const at = (text: string, k: number): SLine => ({ text, page: 1, line: k + 1, blank: false, x: 50, indent: 50 });
  const texts = [
    'Formanden fortalte, at kommunen inden for et år vil give to nye både til hver',
    'klub netop til dette formål. På den baggrund blev det besluttet ikke at købe.',
    'Ad 2: Der nedsættes et festudvalg med Bo, Ib og Kim som medlemmer, og det nye',
    'udvalg skal planlægge sommerfesten og julefrokosten for alle klubbens aktive',
    'og passive medlemmer, så de kan mødes uden for sæsonen og tale om både, sejlads',
    'og vejret. Til mødet sagde omkring femten medlemmer, at de gerne ville hjælpe',
    'med festerne, og udvalget tager kontakt til dem, så snart datoerne er på plads.',
  ];
  it('keeps the record on a line of its own', () => {
    const ls = texts.map(at);
    joinRunTogetherPages(ls, measureLayout(ls), isBlockHeadingLine);
    expect(ls.length).toBeGreaterThan(1);
    expect(ls.filter((l) => l.text.startsWith('Ad 2: '))).toHaveLength(1);
  });
  it('still joins a page run into one line where a list\'s number falls at a line\'s start after a sentence', () => {
    // (A page run together breaks its lines anywhere: `… valgt.` / `4. Godkendelse af dagsorden …` is chance.)
    const ls = texts.map((t) => t.replace(/^Ad 2: /u, '4. ')).map(at);
    joinRunTogetherPages(ls, measureLayout(ls), isBlockHeadingLine);
    expect(ls).toHaveLength(1);
  });
});

describe('`v.` (ved) at a line\'s start is no list\'s letter', () => {
  it('is not a list entry, where `b.` is', () => {
    expect(isListItem('v. forstander Bo Dal')).toBe(false);
    expect(isListItem('b. Budget for næste år')).toBe(true);
    expect(isListItem('v) Valg af revisor')).toBe(true);
  });
  it('goes on the numbered point the page wrapped it from, back at the margin', () => {
    const line = (text: string, x: number, k: number): SLine => ({ text, page: 1, line: k + 1, blank: false, x, indent: x, width: text.length * 5 });
    const ls = [
      ...FILLER.slice(0, 2).map((t, k) => line(t, 50, k)),
      line('udstillet billeder fra sæsonens ture og foreningens mange aktiviteter i året.', 50, 2),
      line('3. Kaffe i salen', 60, 3),
      line('4. Årsmøde fra kl. 11.30 til 12.30, hvor skolen bliver vist frem for gæsterne', 60, 4),
      line('v. forstander Bo Dal', 50, 5),
      line('5. Spisning i hallen', 60, 6),
    ];
    joinWrappedEntries(ls, measureLayout(ls), isBlockHeadingLine);
    expect(ls.slice(3).map((l) => l.text)).toEqual(['3. Kaffe i salen', '4. Årsmøde fra kl. 11.30 til 12.30, hvor skolen bliver vist frem for gæsterne v. forstander Bo Dal', '5. Spisning i hallen']);
  });
});

describe('a list run in among a line\'s words, which the page wrapped where an entry ends', () => {
  const run = (texts: string[]) => joinAfterFiller(joinRunInLists, texts);
  it('takes the line that opens with the list\'s next number onto it', () => {
    const wrappedList = ['Dagsorden: 1) Valg af dirigent 2) Beretning 3) Regnskab 4) Kontingent 5) Valg af revisor', '6) Vedtægter 7) Eventuelt'];
    expect(run(wrappedList)).toEqual([wrappedList.join(' ')]);
  });
  it('leaves a line whose number does not go on the list, or a list of two numbers, as it was', () => {
    const notInTurn = ['Dagsorden: 1) Valg af dirigent 2) Beretning 3) Regnskab 4) Kontingent 5) Valg af revisor', '7) Eventuelt og afslutning'];
    expect(run(notInTurn)).toEqual(notInTurn);
    const two = ['Mødet gik igennem punkterne 1) Valg af dirigent og 2) Beretningen fra bestyrelsen for året', '3) Regnskab for det forløbne år'];
    expect(run(two)).toEqual(two);
  });
  it('takes the lines that hold the list\'s next numbers among their words, where the page wrapped inside an entry', () => {
    const wrappedInside = [
      'Dagsorden: 1) Klubbens love (vedtægter). 2) Daglig ledelse. 3) Administration',
      '(udvalgenes opgaver). 4) Teknisk ledelse. 5) Kredsformænd. 6)',
      'Ordensudvalg (valg). 7) Optagelse af nye klubber. 8) Stævner og',
      'klubbernes andel. 9) Kontingent. 10) Eventuelt.',
    ];
    expect(run(wrappedInside)).toEqual([wrappedInside.join(' ')]);
    const notTheNext = ['Dagsorden: 1) Klubbens love (vedtægter). 2) Daglig ledelse. 3) Administration', 'Der var 5) Nogle ord her.'];
    expect(run(notTheNext)).toEqual(notTheNext);
  });
});

describe('a header table\'s label with nobody in its value cell (`Afbud:` / `-`), in a PDF', () => {
  /** A row of two cells: the label at the margin, the value in a column of its own. */
  async function parseTable(rows: [string, string][], after: string[]) {
    const items: RawItem[] = [];
    let y = 780;
    for (const [label, value] of rows) {
      items.push(item(label, 50, y));
      if (value !== '') items.push(item(value, 160, y));
      y -= 24;
    }
    for (const t of after) {
      items.push(item(t, 50, y));
      y -= 24;
    }
    const doc = await layoutPdf([{ page: 1, view: [0, 0, 595, 842], items }]);
    return segment(normalize(doc), { file: 'x.pdf', sha256: '0'.repeat(64), format: 'pdf', pages: 1, encoding: null });
  }
  it('ends the group there: the names listed further down are not absent', async () => {
    const doc = await parseTable(
      [['Mødedato:', 'Mandag den 7. april 2031 kl. 18.00'], ['Sted:', 'Ungdomshuset, Torvet 4, Holmby'], ['Fraværende:', 'Bo Dal, Eva Holm'], ['Afbud:', '-'], ['Til mødet er indbudt:', '']],
      ['Ida Krog', 'Per Lund', '1. Godkendelse af dagsorden', 'Godkendt.', '2. Budget', 'Budgettet blev vedtaget.'],
    );
    expect(doc.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Bo Dal', 'Eva Holm']);
  });
});

describe('a list of names the page wrapped after a name\'s initial, in a PDF', () => {
  const run = (texts: string[]) => joinAfterFiller((ls, layout) => joinWrappedNameLists(ls, layout, isBlockHeadingLine), texts);
  it('goes on the next line where a comma led the name (`…, Eva M. K.` / `Dalsgaard, …`)', () => {
    const lines = ['Deltagere: Lis Holm, Martin Bach, Mikkel Lund, Karin Dal, Anne Krog, Eva M. K.', 'Dalsgaard, John Ørum og Sara Berg'];
    expect(run(lines)).toEqual([lines.join(' ')]);
  });
  it('ends where `og` led the last name (`… og Ida T.` / `Dagsorden …`)', () => {
    const lines = ['Tilstede: Ida Rask, Bo Dal, Kim Lund, Eva Krog, Ole Berg, Anne Holm, Per og Ida T.', 'Dagsorden til og referat af mødet tirsdag den 12. oktober'];
    expect(run(lines)).toEqual(lines);
  });
});

describe('a wrapped line that opens with a case\'s word in small letters (`… fraværende ved` / `sag 1-4.`)', () => {
  it('goes on the entry: only `Sag 3` with its capital numbers an entry', () => {
    const filler = FILLER;
    const texts = ['• Eva Holm: Afbud (stedfortræder Bo Berg, der dog var fraværende ved behandlingen af', 'sag 1-4.)', '• Ida Dal: Deltog'];
    const ls: SLine[] = [...filler, ...texts].map((text, k) => ({ text, page: 1, line: k + 1, blank: text === '' }));
    joinWrappedEntries(ls, measureLayout(ls), isBlockHeadingLine);
    expect(ls.slice(filler.length).map((l) => l.text)).toEqual([`${texts[0]} ${texts[1]}`, texts[2]]);
    const asEntry: SLine[] = [...filler, texts[0]!, 'Sag 5. Budget for næste år'].map((text, k) => ({ text, page: 1, line: k + 1, blank: text === '' }));
    joinWrappedEntries(asEntry, measureLayout(asEntry), isBlockHeadingLine);
    expect(asEntry.slice(filler.length).map((l) => l.text)).toEqual([texts[0], 'Sag 5. Budget for næste år']);
  });
});

describe('an entry whose wrapped line\'s short rest ends on a word asking for more (a text\'s own break, printed)', () => {
  it('takes the line after the rest, in small letters, onto the entry', () => {
    const texts = ['4. Budget for næste år. Kassereren gennemgik budgettet, som også var sendt ud', 'sammen med', 'indkaldelsen til medlemmerne. Budgettet blev godkendt.', '5. Eventuelt'];
    expect(joinAfterFiller((ls, layout) => joinWrappedEntries(ls, layout, isBlockHeadingLine), texts)).toEqual([texts.slice(0, 3).join(' '), '5. Eventuelt']);
  });
});

describe('an entry the page wrapped after a short name in capitals (`… i HFK` / `Nordsjælland …`)', () => {
  it('takes the capital that goes on the name onto the entry', () => {
    const texts = ['6. Hvem gør hvad: Bo undersøger, hvor mange medlemmer foreningen har i HFK', 'Nordsjælland i alt og i de enkelte kommuner.', '7. Eventuelt'];
    expect(joinAfterFiller((ls, layout) => joinWrappedEntries(ls, layout, isBlockHeadingLine), texts)).toEqual([texts.slice(0, 2).join(' '), '7. Eventuelt']);
  });
});

describe('a page run together whose line the page began with a heading\'s word, in a PDF', () => {
  const page = [
    'Udvalget drøftede sagen om de nye regler for tilskud til foreningernes lokaler,',
    'og formanden redegjorde for kommunens svar, som blev udsendt inden mødet. Til',
    'orientering blev også nævnt, at klagen over afgørelsen er sendt videre til',
    'ankestyrelsen, som endnu ikke har svaret på henvendelsen fra udvalget. Efter en',
    'kort drøftelse tog udvalget orienteringen til efterretning og afventer svaret',
    'Bilag: Oversigt over udgifterne fra kassereren og revisorens bemærkninger om',
    'dem. 6. Årsmøde i foreningernes samråd den 10. april 2031 i Holmby Hallen, hvor',
    'alle udvalgets medlemmer er inviteret, og hvor tilmelding sker til sekretæren.',
  ];
  it('is joined whole: the heading\'s word, full and wrapped, is the page\'s text', () => {
    expect(joinAfterFiller((ls, layout) => joinRunTogetherPages(ls, layout, isBlockHeadingLine), page)).toEqual([page.join(' ')]);
  });
  it('still ends at a heading that stands on a line of its own', () => {
    const headed = [...page.slice(0, 5), 'Beslutning:', ...page.slice(6)];
    expect(joinAfterFiller((ls, layout) => joinRunTogetherPages(ls, layout, isBlockHeadingLine), headed)).toContain('Beslutning:');
  });
});

describe('an entry the page wrapped right after the next record\'s number glued to its last word (`… Ib Holm1.` / `Stemmetællere: …`)', () => {
  it('takes the record\'s line onto it, so the glued number is split as in the text', () => {
    const texts = ['11. Eventuelt, herunder et indlæg fra folketingskandidaten Ib Holm Larsen1.', 'Stemmetællere: Eva og Bo blev valgt uden modkandidater.', '2. Dirigent: Bo.'];
    expect(joinAfterFiller((ls, layout) => joinWrappedEntries(ls, layout, isBlockHeadingLine), texts)).toEqual([texts.slice(0, 2).join(' '), '2. Dirigent: Bo.']);
  });
});
