/**
 * List entries a page wrapped onto the lines under them (a PDF printed from a
 * web page or a Word file, or text hard-wrapped at a width) read as the one line
 * a web page or a Word file gives them (segment/text.ts: joinWrappedEntries).
 */
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';
import { joinRunTogetherPages, joinWrappedEntries, joinWrappedHeader, joinWrappedNameLists, joinWrappedParagraphs, joinWrappedReferences, joinWrappedToMargin, measureLayout, wrapped } from '../src/segment/text.js';
import type { SLine } from '../src/segment/model.js';
import { isBlockHeadingLine } from '../src/segment/headings.js';
import { parseText } from './helpers/parse.js';
import { unicodePdf } from './helpers/pdf.js';

const asLines = (texts: string[]): SLine[] => texts.map((text, k) => ({ text, page: 1, line: k + 1, blank: text === '' }));

/** A paragraph of filler set at the same width as the entries, so that the document's full line is known. */
const paragraph = [
  'Formanden bød velkommen til de fremmødte og fortalte kort om aftenens program,',
  'som efter generalforsamlingen sluttede med kaffe og kage i det store lokale, hvor',
  'der også var udstillet billeder fra sæsonens ture og klubbens mange aktiviteter.',
];

describe('a bulleted agenda whose entry the page wrapped', () => {
  const lines = [
    'Referat af generalforsamling i Holmby Skiklub 14. marts 2031 kl. 19.00',
    '',
    ...paragraph,
    '',
    'Dagsorden:',
    '• Valg af dirigent og referent',
    '• Bestyrelsens beretning for sæsonen 2030/2031 ved formanden Ida Krog',
    '• Fremlæggelse af regnskab for det forløbne år til godkendelse ved klubbens',
    'kasserer',
    '• Fastsættelse af kontingent',
    '• Eventuelt',
    '',
    'Ad 1)',
    'Ole Hald blev valgt som dirigent og konstaterede, at generalforsamlingen var',
    'lovligt indkaldt. Bo Dal blev valgt som referent.',
    '',
    'Ad 2)',
    'Formanden aflagde sin beretning, som blev godkendt uden bemærkninger fra salen.',
  ];
  it('in a PDF, is one entry: the list goes on under it and every entry is an item', async () => {
    const r = await parseBytes(unicodePdf(lines), 'skiklub.pdf');
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.document.items.map((it) => it.title)).toEqual([
      'Valg af dirigent og referent',
      'Bestyrelsens beretning for sæsonen 2030/2031 ved formanden Ida Krog',
      'Fremlæggelse af regnskab for det forløbne år til godkendelse ved klubbens kasserer',
      'Fastsættelse af kontingent',
      'Eventuelt',
    ]);
    expect(r.document.items[0]!.decision).toContain('Ole Hald blev valgt som dirigent');
  });
});

describe('an agenda run together on one line, which the page wrapped', () => {
  it('in a PDF, is split into its entries as the same line in a text file is', async () => {
    const lines = [
      'Holmby Beboerforening har holdt ordinær generalforsamling søndag den 2. april 2031',
      '',
      ...paragraph,
      '',
      '1.Valg af dirigent og referent. 2. Formandens beretning. 3. Kassererens',
      'beretning. 4. Indkomne forslag. 5. Fastsættelse af næste års kontingent. 6. Valg',
      'af bestyrelse, 2 suppleanter og 2 revisorer. 7. Eventuelt.',
      '',
      'Ad 1. Ole Hald blev valgt som dirigent og Bo Dal som referent.',
      'Ad 2. Formanden aflagde beretningen, som blev godkendt.',
    ];
    const r = await parseBytes(unicodePdf(lines), 'beboer.pdf');
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.document.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(r.document.items[5]!.title).toMatch(/^Valg af bestyrelse, 2 suppleanter og 2 revisorer/u);
  });
});

describe('an entry\'s line the page broke before a capital', () => {
  const lines = [
    'Referat af generalforsamling i Holmby Kajakklub tirsdag den 4. marts 2031',
    '',
    ...paragraph,
    '',
    '1. Valg af dirigent og referent: Ole Hald som dirigent og Bo Dal som referent.',
    '2. Valg af bestyrelse: Efter en afstemning blev Eva Holm, Mads Berg, Ida Krog og Lene',
    'Sten valgt for to år. Kim Lund er valgt for ét år i stedet for Ib Dal.',
    '3. Orientering om projekterne ’Havet omkring Holmby’ og ’Skovens folk i Holmby’',
    'Sagsnr.: 31-2031-44',
    '',
    'Skovens folk i Holmby',
    'Projektet er godt i gang, og der er søgt midler hos kommunen til det næste år.',
    '4. Orientering om kommunens nye regler for tilskud til foreningernes lokaler i år',
    'Formanden fortalte om reglerne, som gælder fra sommeren.',
  ];
  it('in a PDF, a full line ending on a name goes on under it (`… og Lene` / `Sten valgt …`), but not a field\'s label, nor a sentence under a title that ends in small letters', async () => {
    const r = await parseBytes(unicodePdf(lines), 'kajak.pdf');
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.document.items[1]!.decision).toMatch(/Ida Krog og Lene Sten valgt for to år/u);
    expect(r.document.items[2]!.title).toBe('Orientering om projekterne ’Havet omkring Holmby’ og ’Skovens folk i Holmby’');
    expect(r.document.items[2]!.caseNumber).toBe('31-2031-44');
    // (A full title ending on a word in small letters, a sentence under it: a title and its record.)
    expect(r.document.items[3]!.title).toBe('Orientering om kommunens nye regler for tilskud til foreningernes lokaler i år');
  });
});

describe('numbered entries with their record on the same line, hard-wrapped', () => {
  it('each entry keeps its short title; the record goes on over the wrapped lines', () => {
    const doc = parseText([
      'Referat af bestyrelsesmøde 3. februar 2031',
      '',
      ...paragraph,
      '',
      ' 1. Kassen. Der står 2.400 kr. på kontoen, og noget af lageret i garagen skal',
      '  sælges på loppemarkedet i maj, når Bo har fået talt varerne op.',
      ' 2. Klubbladet. Bo er fra januar forhindret i at lave bladet, så Eva tager over',
      '  og udsender det fremover hver anden måned til alle medlemmer.',
      ' 3. Eventuelt. Intet.',
    ].join('\n'));
    expect(doc.items.map((it) => it.title)).toEqual(['Kassen', 'Klubbladet', 'Eventuelt']);
    expect(doc.items[1]!.decision).toMatch(/^Bo er fra januar forhindret i at lave bladet, så Eva tager over og udsender/u);
  });
});

describe('paragraphs opened by a short title and a full stop, wrapped by the page', () => {
  it('in a PDF, each is one item, its title before the full stop and its text all of the paragraph', async () => {
    const lines = [
      'Referat af bestyrelsesmøde i Holmby Bådelaug torsdag den 26. september 2031',
      '',
      ...paragraph,
      'Økonomi. Kassereren fortalte, at han havde gennemgået regnskabet for 2030 og',
      'dannet sig et overblik over både laugets og værftets penge i årets løb.',
      'Nybygning. Der arbejdes med at indhente tilbud på alle leverancer, så prisen',
      'på den færdige båd kendes i god tid, inden arbejdet går i gang.',
      'Værftet. Til næste møde afklares det, om værftet skal have en bestyrelse for',
      'sig selv, og hvem der i så fald skal sidde i den fra laugets side.',
      'Bådelagene. Gemmes til næste møde.',
    ];
    const r = await parseBytes(unicodePdf(lines), 'baadelaug.pdf');
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.document.items.map((it) => it.title)).toEqual(['Økonomi', 'Nybygning', 'Værftet', 'Bådelagene']);
    expect(r.document.items[2]!.decision).toContain('sig selv, og hvem der');
  });
});

describe('the sentence at the top of a PDF that names the day, the hour and the place, wrapped by the page', () => {
  const lines = [
    'Referat af ordinær generalforsamling i Holmby Skiklub afholdt mandag den 13.',
    'oktober 2031, kl. 18.00 i Kantinen på Skovvej 4, 2750 Holmby. Der var 23 mødt.',
    '',
    ...paragraph,
    '',
    '1. Valg af dirigent',
    'Ole Hald blev valgt.',
    '',
    '2. Eventuelt',
    'Intet.',
  ];
  it('is read whole: the date, the hour and the place', async () => {
    const r = await parseBytes(unicodePdf(lines), 'header.pdf');
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.document.meeting).toMatchObject({ date: '2031-10-13', startTime: '18:00' });
    expect(r.document.meeting.location).toMatch(/^Kantinen/u);
    expect(r.document.items.map((it) => it.title)).toEqual(['Valg af dirigent', 'Eventuelt']);
  });
  it('joins a title in capitals the page broke after a word that asks for more (`… BESTYRELSESMØDE, som blev holdt I` / `GRUNDEJERFORENINGEN HOLMBY STRAND …`)', () => {
    const texts = ['Emne: Referat af det EKSTRAORDINÆRE BESTYRELSESMØDE, som blev holdt I', 'GRUNDEJERFORENINGEN HOLMBY STRAND torsdag den 16. november 2031', 'Sted: Fælleshuset', '', ...paragraph];
    const sl = asLines(texts).map((l) => ({ ...l, x: 50 }));
    joinWrappedHeader(sl, measureLayout(sl), isBlockHeadingLine);
    expect(sl.map((l) => l.text).slice(0, 2)).toEqual([`${texts[0]} ${texts[1]}`, 'Sted: Fælleshuset']);
  });
  it('but lines that open alike are a list, however long (`Orientering om …` / `Orientering om …`), and so is `Sag nr. 6 …`', () => {
    const texts = ['Orientering om rigsrevisionens beretning om sygehusenes økonomi i det forløbne år', 'Orientering om apparaturpuljen', 'Sag nr. 6 Rigsrevisionens beretning om sygehusenes økonomi i det forløbne år', 'og i år', '', ...paragraph];
    const sl = asLines(texts).map((l) => ({ ...l, x: 50 }));
    joinWrappedHeader(sl, measureLayout(sl), isBlockHeadingLine);
    expect(sl.map((l) => l.text)).toEqual(texts);
  });
});

describe('an agenda table at the top of a PDF, each row its access, number and title', () => {
  it('keeps each row a line of its own (`åbent 13 Afholdelse af …` / `lukket 14 Lukket punkt`), a row\'s wrapped title joined', () => {
    const texts = [
      'åbent 12 Pulje til renovering, etablering af nye køkkener og fællesrum på de',
      'tre plejecentre',
      'åbent 13 Afholdelse af ordinær generalforsamling i Holmby Forsyning A/S og i',
      'lukket 14 Lukket punkt',
      'lukket 15 Lukket punkt',
      '',
      ...paragraph,
    ];
    const sl = asLines(texts).map((l) => ({ ...l, x: 50 }));
    joinWrappedHeader(sl, measureLayout(sl), isBlockHeadingLine);
    expect(sl.map((l) => l.text).slice(0, 4)).toEqual([
      'åbent 12 Pulje til renovering, etablering af nye køkkener og fællesrum på de tre plejecentre',
      'åbent 13 Afholdelse af ordinær generalforsamling i Holmby Forsyning A/S og i',
      'lukket 14 Lukket punkt',
      'lukket 15 Lukket punkt',
    ]);
  });
});

describe('an agenda at the top of a PDF, each number glued to its title (`3.Budget …` / `4.Lokalplan …`)', () => {
  const texts = [
    'Dagsorden',
    'Holmby Regionsråd 14-03-2031 13:00',
    '',
    '1.Meddelelser fra formanden',
    '2.Orientering: Regnskab for første kvartal 2031 for hospitalerne i regionen',
    '3.Beslutning - Anlægsbevilling til nyt tag på Holmby Sygehus, etape to',
    '4.Godkendelse - Takster for befordring af patienter til og fra behandling',
    '5.Beslutning om placering af den nye psykiatriske skadestue i Holmby og',
    'omegn',
    '',
    ...paragraph,
  ];
  it('keeps each entry a line of its own; an entry\'s wrapped title is joined', () => {
    const sl = asLines(texts).map((l) => ({ ...l, x: 50 }));
    const layout = measureLayout(sl);
    joinWrappedEntries(sl, layout, isBlockHeadingLine);
    joinWrappedHeader(sl, layout, isBlockHeadingLine);
    expect(sl.map((l) => l.text).slice(3, 8)).toEqual([
      '1.Meddelelser fra formanden',
      '2.Orientering: Regnskab for første kvartal 2031 for hospitalerne i regionen',
      '3.Beslutning - Anlægsbevilling til nyt tag på Holmby Sygehus, etape to',
      '4.Godkendelse - Takster for befordring af patienter til og fra behandling',
      '5.Beslutning om placering af den nye psykiatriske skadestue i Holmby og omegn',
    ]);
  });
  it('but a day glued to its month (`1.Maj …`) is no entry: the header goes on being read', () => {
    const header = ['Nyhedsbrev fra Holmby Vælgerforening om forårets møder og om den ordinære', '1.Maj i parken med taler og musik for hele familien og en sandwich til alle', '', ...paragraph];
    const sl = asLines(header).map((l) => ({ ...l, x: 50 }));
    joinWrappedHeader(sl, measureLayout(sl), isBlockHeadingLine);
    expect(sl[0]!.text).toBe(`${header[0]} ${header[1]}`);
  });
});

describe('a heading line longer than a title, its first sentence short', () => {
  it('`2. Tovholdere. Kommunalpolitisk udvalg: …` over more text: the one word before the full stop is the title', () => {
    const doc = parseText([
      'Referat af bestyrelsesmøde 5. marts 2031',
      '',
      '1. Konstitueringen. Bestyrelsen konstituerede sig med Ida som formand.',
      '2. Tovholdere. Kommunalpolitisk udvalg: Eva, Ung & Aktiv: Bo, Demokratiudvalget: Ib, Presse og kommunikation: Kim',
      'Tovholderne sender et udkast til kommissorium inden næste møde.',
      '3. Eventuelt. Intet.',
    ].join('\n'));
    expect(doc.items.map((it) => it.title)).toEqual(['Konstitueringen', 'Tovholdere', 'Eventuelt']);
  });
});

describe('joinWrappedEntries', () => {
  const join = (texts: string[]) => {
    const lines = asLines(texts);
    joinWrappedEntries(lines, measureLayout(lines), isBlockHeadingLine);
    return lines.map((l) => l.text);
  };
  it('joins the wrapped line of an entry numbered with a colon (`3: …` / `sæson og …`), and stops at the next such entry', () => {
    expect(join([...paragraph, '', '3: Vi holder et møde med gymnastikholdene om hold og ledere for den kommende', 'sæson og om redskaberne i hallen.', '4: Kandidater til bestyrelsen søges.'])).toEqual([
      ...paragraph,
      '',
      '3: Vi holder et møde med gymnastikholdene om hold og ledere for den kommende sæson og om redskaberne i hallen.',
      '4: Kandidater til bestyrelsen søges.',
    ]);
  });
  it('joins an agenda run together on one line where the page broke it after an entry\'s number (`… 6.` / `Indkomne forslag …`)', () => {
    const agenda = ['1. Valg af dirigent 2. Valg af referent 3. Godkendelse af referat fra sidste møde 4.', 'Beretning fra bestyrelsen om det forløbne år 5. Regnskab og budget for klubben 6.', 'Indkomne forslag 7. Eventuelt.'];
    expect(join([...paragraph, '', ...agenda])).toEqual([...paragraph, '', agenda.join(' ')]);
    // (Not a reference in brackets: `… (bilag 2)` / `Der ønskes …` is a title over its text.)
    const bracket = ['4. Retningslinjer for arkivering af rådets dokumenter og protokoller (bilag 2)', 'Der ønskes en drøftelse af retningslinjerne.'];
    expect(join([...paragraph, '', ...bracket])).toEqual([...paragraph, '', ...bracket]);
  });
  it('joins a small-letter line under a full entry, and a line under one ending on a word that asks for more', () => {
    expect(join([...paragraph, '2. Orientering om kommunens nye regler for tilskud til klubbernes lokaler og', 'Holmby Hallen', '3. Eventuelt'])).toEqual([...paragraph, '2. Orientering om kommunens nye regler for tilskud til klubbernes lokaler og Holmby Hallen', '3. Eventuelt']);
  });
  it('joins the line under one the page broke before a long word, and a new sentence that closes an entry right over the next', () => {
    expect(join([
      ...paragraph,
      '6. Valg af to medlemmer til bestyrelsen. Der vælges for to år ad gangen, idet to',
      'medlemmer går af i lige år og to i ulige år. På valg er Bo Dal og Eva Holm.',
      'Genvalg ønskes ikke.',
      '7. Forslag om at der holdes en ekstraordinær generalforsamling lige efter denne',
      'generalforsamlingskalender for næste år.',
      '8. Eventuelt.',
    ])).toEqual([
      ...paragraph,
      '6. Valg af to medlemmer til bestyrelsen. Der vælges for to år ad gangen, idet to medlemmer går af i lige år og to i ulige år. På valg er Bo Dal og Eva Holm. Genvalg ønskes ikke.',
      '7. Forslag om at der holdes en ekstraordinær generalforsamling lige efter denne generalforsamlingskalender for næste år.',
      '8. Eventuelt.',
    ]);
  });
  it('in a PDF, joins a paragraph set in further than the small-letter line under it (an entry\'s own paragraph, wrapped back to the margin)', () => {
    const at = (text: string, x: number, k: number): SLine => ({ text, page: 1, line: k + 1, blank: false, x, indent: x });
    const lines = [
      ...paragraph.map((t, k) => at(t, 70, k)),
      at('2. Bestyrelsen mener, at der primært skal være fokus på de ledende overlæger.', 73, 3),
      at('Dette især for at styrke nogle fokusområder, således at man sikrer en synergi', 77, 4),
      at('mellem de tre grupper. Formanden tager initiativ til et dagsmøde for dem.', 70, 5),
      at('3. Der har været en forespørgsel fra en arbejdsgruppe om et medlem fra os.', 73, 6),
    ];
    joinWrappedEntries(lines, measureLayout(lines), isBlockHeadingLine);
    expect(lines.map((l) => l.text).slice(3)).toEqual([
      '2. Bestyrelsen mener, at der primært skal være fokus på de ledende overlæger.',
      'Dette især for at styrke nogle fokusområder, således at man sikrer en synergi mellem de tre grupper. Formanden tager initiativ til et dagsmøde for dem.',
      '3. Der har været en forespørgsel fra en arbejdsgruppe om et medlem fra os.',
    ]);
  });
  it('joins an entry numbered by a point\'s word (`Punkt 3, …: …`), also over an office\'s abbreviation that ends no sentence (`fmd.` / `ordet`)', () => {
    expect(join([
      ...paragraph,
      'Punkt 3, godkendelse af indkaldelsen til mødet: dirigenten konstaterede, at',
      'indkaldelsen var sket i god tid og i overensstemmelse med vedtægterne og gav fmd.',
      'ordet.',
      'Punkt 4, formandens beretning: formanden gennemgik årets aktiviteter og takkede',
      'bestyrelsen for godt samarbejde.',
      'Pkt. 5 Regnskab',
      'Kassereren fremlagde regnskabet.',
    ])).toEqual([
      ...paragraph,
      'Punkt 3, godkendelse af indkaldelsen til mødet: dirigenten konstaterede, at indkaldelsen var sket i god tid og i overensstemmelse med vedtægterne og gav fmd. ordet.',
      'Punkt 4, formandens beretning: formanden gennemgik årets aktiviteter og takkede bestyrelsen for godt samarbejde.',
      'Pkt. 5 Regnskab',
      'Kassereren fremlagde regnskabet.',
    ]);
  });
  it('keeps the lengths of the lines a joined entry was printed on, so that the document\'s full line is measured as before', () => {
    const texts = [
      '1. Godkendelse af lokalplan for et nyt boligområde ved skolen og hallen i Holmby',
      'by',
      '2. Godkendelse af tillæg til kommuneplanen for erhvervsområdet ved motorvejen og',
      'havnen',
      '3. Salg af areal',
      'Orienteringssager: punkt 4 og 5',
    ];
    const lines = asLines(texts);
    const before = measureLayout(lines).fullWidth;
    joinWrappedEntries(lines, measureLayout(lines), isBlockHeadingLine);
    expect(lines).toHaveLength(4);
    expect(lines[0]!.printed).toEqual([texts[0]!.length, 2]);
    expect(measureLayout(lines).fullWidth).toBe(before);
  });
  it('leaves a point\'s mark in small letters, a full entry that ends its sentence, a short entry and a block\'s heading alone', () => {
    const texts = [
      ...paragraph,
      '9. Orientering om det aktuelle honorarniveau for formand og hovedbestyrelsen',
      'a): Afrapportering fra udvalget',
      '4. Budgettet for det kommende år blev gennemgået og godkendt af alle i rådet.',
      'kassereren takkede for det.',
      '5. Valg af revisor',
      'genvalgt',
      '6. Orientering om kommunens nye regler for tilskud til klubbernes lokaler og',
      'Beslutning:',
    ];
    expect(join(texts)).toEqual(texts);
  });
});

describe('a reference the page wrapped onto the next line (`… til` / `§4 …`)', () => {
  const lines = [
    'Referat af generalforsamling i Holmby Haveforening 14. marts 2031',
    '',
    ...paragraph,
    '',
    'Dagsorden:',
    '',
    '1. Valg af dirigent',
    '',
    'Ole Hald blev valgt og konstaterede, at generalforsamlingen var lovligt indkaldt.',
    'a. Valg af stemmetællere: Bo Dal og Eva Holm blev valgt til at tælle stemmerne.',
    '',
    '• Bestyrelsens beretning',
    'Formanden aflagde beretning for året, og den blev godkendt uden bemærkninger.',
    '',
    '• Indkomne forslag',
    'Bestyrelsen havde modtaget et forslag fra Lis Berg om en ændring af vedtægternes',
    '§4',
    'Haveejere skal holde hækken klippet, så fortovet kan bruges af alle forbipasserende',
    'og af foreningens egne medlemmer, når de går tur i området om aftenen.',
    '',
    'Forslaget blev vedtaget med stort flertal.',
    '',
    '• Eventuelt',
    'Intet.',
  ];
  it('in a PDF, is no item: the agenda reads as in the text file', async () => {
    const r = await parseBytes(unicodePdf(lines), 'haveforening.pdf');
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.document.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Bestyrelsens beretning'],
      [3, 'Indkomne forslag'],
      [4, 'Eventuelt'],
    ]);
    expect(r.document.items[2]!.decision).toContain('Forslaget blev vedtaget');
  });
  it('is joined only after a wrapped line that asks for more, not after a sentence\'s end or a short line', () => {
    const texts = [
      ...paragraph,
      'Forslaget om at ændre reglerne for fordeling af haverne blev behandlet i henhold til',
      'pkt. 7 i forretningsordenen, og det blev vedtaget.',
      'Bestyrelsen har gennemgået vedtægterne og foreslår nogle ændringer af teksten.',
      '§ 5 Kontingent',
      'Vedtægter',
      '§ 6 Valg',
    ];
    const ls = asLines(texts);
    joinWrappedReferences(ls, measureLayout(ls));
    expect(ls.map((l) => l.text)).toEqual([
      ...paragraph,
      'Forslaget om at ændre reglerne for fordeling af haverne blev behandlet i henhold til pkt. 7 i forretningsordenen, og det blev vedtaget.',
      'Bestyrelsen har gennemgået vedtægterne og foreslår nogle ændringer af teksten.',
      '§ 5 Kontingent',
      'Vedtægter',
      '§ 6 Valg',
    ]);
  });
});

describe('paragraphs under unnumbered titles, their text wrapped at a width (a page, or an e-mail\'s lines)', () => {
  it('takes a longer title over its wrapped paragraph, whose line ended where the next word would still have fitted', () => {
    const lines = [
      'Referat fra bestyrelsesmøde i Holmby Hundeklub 3. maj 2031',
      '',
      'Sommerafslutning',
      'Vi talte om, hvad der skal ske på sidste træningsdag inden sommerferien. Vi blev',
      'enige om at lave en lille konkurrence med præmier til både hunde og deres ejere.',
      'Bagefter griller vi på pladsen. Tilmelding sker til formanden.',
      '',
      'Forhindringer, hegnspæle og maling til bænkene ved klubhusene',
      'Vi talte om, hvorvidt det er nødvendigt at købe nye forhindringer i år. De gamle',
      'kan stadig bruges, hvis de bliver malet. Bænkene skal males i juni. Kassereren',
      'undersøger prisen på maling og pensler hos den lokale købmand.',
      '',
      'Årlig generalforsamling',
      'Vi besluttede, at generalforsamlingen i år holdes på pladsen og ikke i byen. Ved',
      'dårligt vejr flyttes den hjem til formanden. Den holdes en torsdag i oktober.',
      'Indkaldelsen sendes ud senest tre uger før mødet til alle medlemmer.',
      '',
      'Teoriaftener med dyrlæge, hundesvømning, sporhunde og andet',
      'Der var stor stemning for at holde nogle teoriaftener i løbet af vinteren. Vi',
      'beder instruktørerne om at arrangere en aften med en dyrlæge. Vi spørger også',
      'naboklubben, om vi kan låne deres lokale til aftenerne i november og december.',
    ];
    expect(parseText(lines.join('\n')).items.map((it) => it.title)).toEqual([
      'Sommerafslutning',
      'Forhindringer, hegnspæle og maling til bænkene ved klubhusene',
      'Årlig generalforsamling',
      'Teoriaftener med dyrlæge, hundesvømning, sporhunde og andet',
    ]);
  });
});

describe('a web page\'s text that came as one line, printed to PDF (the page wraps it into a block of full lines)', () => {
  const printed = [
    'Referat af bestyrelsesmøde i Holmby Vandråd den 4. marts 2031 kl. 19.00 i',
    'Borgerhuset Til stede: Bo Dal, Eva Holm og Ib Krog Afbud: Lis Berg 1.',
    'Godkendelse af dagsorden Dagsordenen blev godkendt uden bemærkninger fra de',
    'fremmødte medlemmer. 2. Orientering fra formanden Formanden orienterede om mødet',
    'med kommunen om vandløbenes vedligeholdelse og om den kommende plan for',
    'grødeskæring i de små vandløb. 3. Vandløbsplanen Rådet drøftede udkastet til den',
    'nye vandløbsplan og besluttede at sende et høringssvar, som sekretæren skriver',
    'på baggrund af drøftelsen. 4. Økonomi Kassereren gennemgik regnskabet for det',
    'forløbne år, og det blev godkendt. Der er et lille overskud, som overføres til',
    'næste år. 5. Eventuelt Næste møde holdes i juni, og formanden indkalder som',
    'sædvanlig med tre ugers varsel.',
  ];
  const atX = (texts: string[], x = 70): SLine[] => texts.map((text, k) => ({ text, page: 1, line: k + 1, blank: text === '', x, indent: x }));
  const run = (ls: SLine[]) => {
    joinRunTogetherPages(ls, measureLayout(ls), isBlockHeadingLine);
    return ls.map((l) => l.text);
  };
  it('is joined back into the one line the web page gave', () => {
    expect(run(atX(printed))).toEqual(['Referat af bestyrelsesmøde i Holmby Vandråd den 4. marts 2031 kl. 19.00 i Borgerhuset Til stede: Bo Dal, Eva Holm og Ib Krog Afbud: Lis Berg 1. Godkendelse af dagsorden Dagsordenen blev godkendt uden bemærkninger fra de fremmødte medlemmer. 2. Orientering fra formanden Formanden orienterede om mødet med kommunen om vandløbenes vedligeholdelse og om den kommende plan for grødeskæring i de små vandløb. 3. Vandløbsplanen Rådet drøftede udkastet til den nye vandløbsplan og besluttede at sende et høringssvar, som sekretæren skriver på baggrund af drøftelsen. 4. Økonomi Kassereren gennemgik regnskabet for det forløbne år, og det blev godkendt. Der er et lille overskud, som overføres til næste år. 5. Eventuelt Næste møde holdes i juni, og formanden indkalder som sædvanlig med tre ugers varsel.']);
  });
  it('is read as its one line is: the items, the place and who was there', () => {
    const ls = atX(printed);
    run(ls);
    const doc = parseText(ls[0]!.text);
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.meeting.location).toBe('Borgerhuset');
  });
  it('is joined also where the page broke a line right before an entry\'s number (`… om vinteren.` / `3. Vandløbsplanen …`)', () => {
    const block = [
      'Referat af bestyrelsesmøde i Holmby Vandråd den 4. marts 2031 kl. 19.00 i det',
      'gamle Borgerhus på torvet Til stede: Bo Dal, Eva Holm og Ib Krog Afbud: Lis Berg',
      '1. Godkendelse af dagsorden Dagsordenen blev godkendt uden bemærkninger fra de',
      'fremmødte medlemmer. 2. Orientering fra formanden Formanden orienterede om det',
      'seneste møde med kommunen om vandløbenes vedligeholdelse og om den kommende plan',
      'for grødeskæring i de små vandløb i kommunens nordlige del og langs med åen ved',
      'mølledammen, hvor der er problemer med tilgroning og oversvømmelser om vinteren.',
      '3. Vandløbsplanen Rådet drøftede udkastet til den nye vandløbsplan og besluttede',
      'at sende et høringssvar, som sekretæren skriver på baggrund af drøftelsen i dag.',
      '4. Økonomi Kassereren gennemgik regnskabet for det forløbne år, og det blev også',
      'godkendt. Der er et lille overskud, som overføres til næste år. 5. Eventuelt Det',
      'næste møde holdes i juni, og formanden indkalder som sædvanlig med tre ugers varsel.',
    ];
    const ls = atX(block);
    expect(run(ls)).toEqual([block.join(' ')]);
    expect(parseText(ls[0]!.text).items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5]);
  });
  it('is joined when it is seven lines or more (a transcript\'s short page)', () => {
    expect(run(atX(printed.slice(0, 8)))).toEqual([printed.slice(0, 8).join(' ')]);
  });
  it('leaves a list numbered in turn alone, however full its lines (`1.Godkendelse …` / `2.Orientering …`)', () => {
    const agenda = [
      '1.Godkendelse af dagsorden for mødet og af referatet fra rådets sidste møde i maj',
      '2.Orientering fra formanden om mødet med kommunen om vandløbenes vedligeholdelse',
      '3.Beslutning om høringssvar til den nye vandløbsplan for kommunens nordlige del',
      '4.Godkendelse af regnskabet for det forløbne år og af budgettet for det kommende',
      '5.Beslutning om grødeskæring i de små vandløb langs åen ved den gamle mølledam',
      '6.Orientering om oversvømmelserne i vinter og om kommunens plan for at undgå dem',
      '7.Beslutning om datoer for de kommende møder i rådet og om mødestedet i Holmby',
      '8.Orientering om rådets budget og om de midler som kommunen har afsat til rådet',
      '9.Beslutning om rådets deltagelse i kommunens årlige temadag om natur og vand',
      '10.Eventuelt og en kort evaluering af mødet og af samarbejdet med forvaltningen',
    ];
    expect(run(atX(agenda))).toEqual(agenda);
  });
  it('leaves out a title over the block, a title under it and a rule of stars', () => {
    // (The title is short of the page's full line; the next line's first word would have fitted after it.)
    const title = 'Orientering om den nye vandløbsplan for de små vandløb i Holmby';
    const body = printed.slice(2, 9);
    const closing = 'næste år, og det blev vedtaget.';
    const under = 'Ad pkt. 2: Økonomi og regnskab';
    const stars = '*'.repeat(80);
    expect(run(atX([title, ...body, closing, under]))).toEqual([title, [...body, closing].join(' '), under]);
    expect(run(atX([...body, stars, ...body]))).toEqual([body.join(' '), stars, body.join(' ')]);
  });
  it('joins each page of a transcript, a paragraph opened by its page\'s number in turn, however few its lines', () => {
    const pages = [
      ['1 Holmby Kommune Referat fra Teknisk Udvalg Mødedato: Tirsdag den 4. marts 2031', 'Mødetidspunkt: 16:00 Mødested: Rådhuset, mødelokale 2 Medlemmer: Bo Dal (A),', 'Eva Holm (V), Ib Krog (C), Lis Berg (F) og Ole Hald (Ø) Afbud: Fraværende: Ingen', 'Sekretær: Rikke Lund, Teknik og Miljø, der også skrev dette referat til sidst'],
      ['2 Indholdsfortegnelse Side 1. Godkendelse af dagsorden Cykelsti langs Skovvej', 'Vintertjeneste 2031/32 Byggeri af ny daginstitution i Holmby Nord og af en ny', 'legeplads Salg af grund ved Møllevej - LUKKET SAG Bilagsoversigt Underskrifter'],
      ['3 1. Godkendelse af dagsorden Åben sag Sagsnr.: 31/1022 Sagsansvarlig: rlu', 'Beslutning i Teknisk Udvalg den Godkendt. 2. Cykelsti langs Skovvej Åben sag', 'Sagsnr.: 31/877 Sagsfremstilling Forvaltningen har undersøgt to linjeføringer', 'af stien og anbefaler den østlige, som er billigst og kortest for skolebørnene.', 'Beslutning i Teknisk Udvalg den Indstillingen blev godkendt af udvalget. 3'],
    ];
    const ls = atX(pages.flatMap((p) => [...p, '']));
    expect(run(ls).filter((t) => t !== '')).toEqual(pages.map((p) => p.join(' ')));
  });
  it('leaves items numbered in turn alone, each a short paragraph under its number', () => {
    const items = [
      ['1 Godkendelse af referat fra sidste møde, som blev udsendt til alle den 2.', 'marts sammen med indkaldelsen og bilagene til mødet. Godkendt uden bemærkninger.'],
      ['2 Økonomi: Kassereren gennemgik regnskabet for første kvartal, og der er', 'balance mellem udgifter og indtægter. Regnskabet blev taget til efterretning.'],
      ['3 Sommerfesten holdes lørdag den 21. juni på pladsen ved hallen med musik og', 'mad. Ida og Bo står for indkøb, og Eva laver plakater til alle byens opslag.'],
    ];
    const texts = items.flatMap((p) => [...p, '']);
    expect(run(atX(texts))).toEqual(texts);
  });
  it('joins a contents list run together on one line, its leaders and page numbers inside the lines', () => {
    const contents = [
      'Dagsorden Sag 31-027 Forslag til turismestrategi 2031-2035 ...... 3 Sag 31-028',
      'Overdragelse af boliger til selskabet ...... 6 Sag 31-029 Ændring af vedtægt for',
      'betaling i delområde A12 ...... 8 Sag 31-030 Socialrådgiver i hver af skolerne i',
      'Holmby ...... 10 Sag 31-031 Styrelsesvedtægt for skolerne ...... 12 Sag 31-032',
      'Budgetforslag for 2032 for de kommunale udlejningsboliger ...... 14 Sag 31-033',
      'Forslag om vedtægt for fiskeri i fjorden ...... 16 Sag 31-034 Budgetramme for',
      '2032 ...... 18 Sag 31-035 Indsigelser mod projektet i delområde B07 ...... 20 Sag',
      '31-036 Ansøgning om fem taxabevillinger ...... 22 Underskriftsblad ...... 24',
    ];
    expect(run(atX(contents))).toEqual([contents.join(' ')]);
  });
  it('leaves a shorter paragraph, a text file\'s lines, a contents list with leaders and lines that each end a sentence alone', () => {
    expect(run(atX(printed.slice(0, 6)))).toEqual(printed.slice(0, 6));
    const text = printed.map((t, k): SLine => ({ text: t, page: 1, line: k + 1, blank: false }));
    expect(run(text)).toEqual(printed);
    const contents = Array.from({ length: 12 }, (_, k) => `Sag ${k + 1} om budgettet for vejene og stierne i den nordlige del af byen ........ ${k + 3}`);
    expect(run(atX(contents))).toEqual(contents);
    const sentences = Array.from({ length: 12 }, (_, k) => `Punkt ${k + 1} blev drøftet grundigt af udvalget, og det blev besluttet at gå videre med det.`);
    expect(run(atX(sentences))).toEqual(sentences);
  });
});

describe('a list of names the page wrapped, in a PDF', () => {
  const atX = (texts: string[]): SLine[] => texts.map((text, k) => ({ text, page: 1, line: k + 1, blank: text === '', x: 70, indent: 70 }));
  const run = (texts: string[], header = false) => {
    const ls = atX(texts);
    const layout = measureLayout(ls);
    joinWrappedNameLists(ls, layout, isBlockHeadingLine);
    if (header) joinWrappedHeader(ls, layout, isBlockHeadingLine);
    return ls.map((l) => l.text);
  };
  it('is read whole, no name cut in two (`… og Sofie` / `Lund.`); the header\'s next field stays a line of its own', () => {
    expect(run([
      ...paragraph,
      'Borgerrepræsentanter:',
      'Rikke Holm, Caroline Stage, Christopher Dal Andersen, Bo Krog Nielsen og Sofie',
      'Lund.',
      'DeltagereIda Berg, Eva Holm, Kim Dal Sørensen, Lis Krogh, Ole Winther og Preben',
      'Holm Hansen',
      'AfbudClaus Bak Sørensen, Christine Dahl, Morten Lund Sørensen, Sanne Nordmand',
      'Kaalund',
      'MødelederIda Berg',
    ], true)).toEqual([
      // (At the top of the first page the header's sentences are joined too.)
      paragraph.join(' '),
      'Borgerrepræsentanter:',
      'Rikke Holm, Caroline Stage, Christopher Dal Andersen, Bo Krog Nielsen og Sofie Lund.',
      'DeltagereIda Berg, Eva Holm, Kim Dal Sørensen, Lis Krogh, Ole Winther og Preben Holm Hansen',
      'AfbudClaus Bak Sørensen, Christine Dahl, Morten Lund Sørensen, Sanne Nordmand Kaalund',
      'MødelederIda Berg',
    ]);
  });
  it('leaves a title under a list, a field\'s label, a sentence\'s end, people one a line with their offices and a text file\'s lines alone', () => {
    const texts = [
      ...paragraph,
      'Til stede var Rikke Holm, Caroline Stage, Christopher Dal Andersen og Bo Krog',
      'Valg af revisor',
      'Til stede var Rikke Holm, Caroline Stage, Christopher Dal Andersen og Bo Krog,',
      'Afbud: Eva Holm',
      'Vi talte om budgettet, kontingentet og regnskabet, som alle blev godkendt.',
      'Lund har ordet.',
      'Rikke Bak Skou, oversygeplejerske, Rygcenter Holmby, Sygehus Lillebælt og Fyn',
      'Daniel Holm, arbejdsmarkedschef, Holmby Kommune',
    ];
    expect(run(texts)).toEqual(texts);
    const ls = texts.map((text, k): SLine => ({ text, page: 1, line: k + 1, blank: false }));
    joinWrappedNameLists(ls, measureLayout(ls), isBlockHeadingLine);
    expect(ls.map((l) => l.text)).toEqual(texts);
  });
});

describe('wrapped, in a PDF whose lines have their widths: measured in points', () => {
  // (Twelve lines of text at x 70 whose full lines end at 520 points, about six points a letter.)
  const body: SLine[] = Array.from({ length: 12 }, (_, k) => {
    const text = paragraph[k % 3]!;
    return { text, page: 1, line: k + 1, blank: false, x: 70, indent: 70, width: 450 - (k % 3) * 4 };
  });
  const at = (text: string, width: number): SLine => ({ text, page: 1, line: 20, blank: false, x: 70, indent: 70, width });
  const layout = measureLayout([...body, at('', 0)]);
  it('knows where the page\'s full lines end', () => {
    expect(layout.rightEdge).toBe(520);
  });
  it('a heading in capitals, short in letters but as wide as the page, is wrapped before its next word', () => {
    const heading = 'REFERAT AF ORDINÆR GENERALFORSAMLING I HOLMBY VINTERBADELAUG';
    expect(wrapped(heading, 'SKOVSØ', layout)).toBe(false);
    expect(wrapped(heading, 'SKOVSØ', layout, at(heading, 440))).toBe(true);
  });
  it('a line of narrow letters, long in letters but ending well before the margin, is not wrapped before a short word', () => {
    const place = 'i Rådhuset, mødesal 1, Torvegade 1, 2750 Holmby, indgang fra gården';
    expect(wrapped(place, 'Alle', layout)).toBe(true);
    expect(wrapped(place, 'Alle', layout, at(place, 330))).toBe(false);
  });
});

describe('joinWrappedParagraphs: a paragraph\'s lines the page wrapped, in a PDF whose lines have their widths', () => {
  // (Six points a letter, lines at x 70; the page's full lines end near 550 points.)
  const at = (text: string, k: number, width = text.length * 6): SLine => ({ text, page: 1, line: k + 1, blank: text === '', x: 70, indent: 70, ...(text === '' ? {} : { width }) });
  const run = (texts: string[]) => {
    const ls = texts.map((t, k) => at(t, k));
    joinWrappedParagraphs(ls, measureLayout(ls), isBlockHeadingLine);
    return ls.map((l) => l.text);
  };
  // (The filler's own lines are wrapped too: it reads as one line each.)
  const filler = [...paragraph, '', ...paragraph, '', ...paragraph, ''];
  const fillerJoined = [paragraph.join(' '), '', paragraph.join(' '), '', paragraph.join(' '), ''];
  it('joins the lines that go on in small letters or after a word that asks for more, so the paragraph under `Punkt 2:` is one line', () => {
    const record = ['Det er endnu ikke lykkedes at finde et sted til sommerfesten, og Jette spørger', 'derfor på facebook, om nogen kender et lokale til festen for omkring halvtreds', 'personer i Holmby.'];
    expect(run([...filler, 'Punkt 2:', '', ...record])).toEqual([...fillerJoined, 'Punkt 2:', '', record.join(' ')]);
  });
  // Lines the page wrapped that go on the line before, each with why, and lines like them that stand apart.
  const goOn: [string, string[]][] = [
    ['a name begun after a preposition (`… i Foreningen` / `Gamle Huse …`)', ['Årsmødet blev i år holdt den 3. marts 2031 med gode taler og musik i Foreningen', 'Gamle Huse i Holmby på adressen Torvet 3, 4420 Holmby, med femten fremmødte.']],
    ['a name begun after a comma (`…, Bent` / `Holm (genvalgt), …`)', ['F: Valg af bestyrelsesmedlemmer og suppleanter: På valg i bestyrelsen, Bent', 'Holm (genvalgt), Ib Lund (genvalgt) og Eva Krog (genvalgt).']],
    ['a time after its `kl.` (`… og begyndte kl.` / `19:00, og den sluttede …`)', ['Generalforsamlingen blev holdt i Fælleshuset med sytten fremmødte og begyndte kl.', '19:00, og den sluttede kl. 21:30 efter en god debat om klubbens fremtid.']],
    ['a date broken before its year (`… stopper 1. maj` / `2031. Hun hjælper …`)', ['Klubben har endnu ikke fundet en kasserer, og Eva har sagt, at hun stopper 1. maj', '2031. Hun hjælper dog den nye kasserer i gang, når der er fundet en til posten.']],
    ['a number that closes the bracket the line before left open (`… (repræsentant fra` / `7. etage), …`)', ['Til stede: Bo Dal (formand), Eva Holm (3. etage), Kira Lund (repræsentant fra', '7. etage), Rasmus Krog (festudvalget) og Ida Berg (beboer).']],
    ['the lines after a wrapped line\'s short rest that ends on a word asking for more (a text\'s own break printed: `… som også var sendt ud` / `sammen med` / `indkaldelsen …`)', ['Kassereren gennemgik budgettet for det kommende år, som også var sendt ud', 'sammen med', 'indkaldelsen til alle medlemmer, og det blev godkendt uden kommentarer.']],
    ['a paragraph sign at a line\'s end, its number opening the next (`… vedtægternes §` / `8, og …`)', ['Bestyrelsen foreslog at ændre reglerne for valg af revisorer i vedtægternes §', '8, og forslaget blev vedtaget med stort flertal af de fremmødte medlemmer.']],
  ];
  const standApart: [string, string[]][] = [
    ['a capital after a line that ends on no name begun', ['Årsmødet blev i år holdt den 3. marts 2031 med gode taler og musik i foreningen', 'Gamle Huse blev gennemgået af formanden, som viste billeder fra året der gik.']],
    ['a year after a line that ends on no day and month', ['Klubben har endnu ikke fundet en kasserer, og Eva har sagt, at hun stopper i maj.', '2031 blev et godt år for klubben, der fik mange nye medlemmer til sæsonen.']],
    ['a number that closes no bracket: a list\'s entry', ['Dagsordenen blev sendt ud til alle medlemmer af rådet i god tid før mødet med', '7. Eventuelt (ordet er frit)']],
  ];
  it('joins a prefix written with its hyphen at a line\'s end, the hyphen kept (`… for ikke-` / `medlemmer …`)', () => {
    const texts = ['Bestyrelsen foreslår et uændret kontingent på 750 kr. om året for ikke-', 'medlemmer af forbundet og 1.250 kr. for de medlemmer, der er med i forbundet.'];
    expect(run([...filler, ...texts])).toEqual([...fillerJoined, texts.join('')]);
  });
  it('joins a short form\'s hyphen at a line\'s end without a space, the hyphen kept (`… sidste gen.-` / `forsamling …`)', () => {
    const texts = ['Beretningen så to år tilbage, da vi på grund af coronaen holdt sidste gen.-', 'forsamling i september 2029, og den rummede derfor en del om de to sæsoner.'];
    expect(run([...filler, ...texts])).toEqual([...fillerJoined, texts.join('')]);
  });
  it.each(goOn)('joins %s', (_why, texts) => {
    expect(run([...filler, ...texts])).toEqual([...fillerJoined, texts.join(' ')]);
  });
  it.each(standApart)('leaves %s apart', (_why, texts) => {
    expect(run([...filler, ...texts])).toEqual([...fillerJoined, ...texts]);
  });
  it('joins a sentence\'s end that has a label\'s shape in small letters (`… indkaldt med` / `følgende dagsorden:`)', () => {
    const intro = ['Til stede var seksten af foreningens medlemmer, der alle var blevet indkaldt med', 'følgende dagsorden:'];
    expect(run([...filler, ...intro, '', '1. Valg af dirigent'])).toEqual([...fillerJoined, intro.join(' '), '', '1. Valg af dirigent']);
  });
  it('leaves a line after a sentence\'s end, a capital after a full line, a list\'s entry and an agenda table\'s row alone', () => {
    const texts = [
      'Formanden orienterede om økonomien og om de kommende aktiviteter i foreningen.',
      'bestyrelsen takkede for året.',
      'Kassereren gennemgik regnskabet for det forløbne år for alle de fremmødte medlemmer',
      'Generalforsamlingen godkendte det.',
      'åbent 13 Afholdelse af ordinær generalforsamling i Holmby Forsyning A/S og',
      'lukket 14 Lukket punkt',
      'Bestyrelsen har drøftet sommerfesten og de praktiske opgaver omkring den, og',
      '2. Eventuelt',
    ];
    expect(run([...filler, ...texts])).toEqual([...fillerJoined, ...texts]);
  });
});

describe('joinWrappedToMargin: a set-in line the page wrapped back to the margin, in a PDF whose lines have their widths', () => {
  // (Six points a letter; the text at x 70, the list's entries set in at x 80; full lines end near 550 points.)
  const at = (text: string, k: number, x = 70): SLine => ({ text, page: 1, line: k + 1, blank: text === '', x, indent: x, ...(text === '' ? {} : { width: text.length * 6 }) });
  const run = (rows: [string, number][]) => {
    const ls = rows.map(([t, x], k) => at(t, k, x));
    joinWrappedToMargin(ls, measureLayout(ls), isBlockHeadingLine);
    return ls.map((l) => l.text);
  };
  const filler: [string, number][] = [...paragraph, '', ...paragraph, '', ...paragraph, ''].map((t) => [t, 70]);
  it('joins the margin line to the entry it goes on, even after a sentence\'s end, while each line was wrapped', () => {
    const entry = '• Godkendelse af budgettet for det kommende år og af kontingentet for alle.';
    const rest = 'Bestyrelsen foreslår uændret kontingent for både aktive og passive medlemmer,';
    const end = 'og det blev vedtaget.';
    expect(run([...filler, ['• Valg af dirigent.', 80], [entry, 80], [rest, 70], [end, 70], ['• Eventuelt', 80]]).slice(filler.length)).toEqual(['• Valg af dirigent.', `${entry} ${rest} ${end}`, '• Eventuelt']);
  });
  it('reads a margin paragraph joined before by its last printed line, so the lines after it go on too', () => {
    const entry = '• Økonomi. Regnskabet for året blev fremlagt, og der kom et spørgsmål om';
    const margin = [
      'gælden til kommunen, som kassereren forklarede med tilskud, der først kommer',
      'efter projektets afslutning og aflevering af regnskabet til fonden, derfor har',
      'Foreningen lagt penge ud til projekterne, indtil tilskuddet er kommet ind.',
    ];
    const ls = [...filler, [entry, 80], ...margin.map((t): [string, number] => [t, 70]), ['• Eventuelt', 80]].map(([t, x], k) => at(t as string, k, x as number));
    const layout = measureLayout(ls);
    joinWrappedParagraphs(ls, layout, isBlockHeadingLine);
    joinWrappedToMargin(ls, layout, isBlockHeadingLine);
    expect(ls.map((l) => l.text).slice(-2)).toEqual([[entry, ...margin].join(' '), '• Eventuelt']);
  });
  it('leaves a margin paragraph under an entry that ended short of the page\'s width alone', () => {
    const rows: [string, number][] = [['• Godkendelse af budgettet.', 80], ['Bestyrelsen foreslår uændret kontingent for både aktive og passive medlemmer.', 70]];
    expect(run([...filler, ...rows]).slice(filler.length)).toEqual(rows.map(([t]) => t));
  });
});

describe('a list numbered from 1 again after the last entry\'s own points, one of them over several lines', () => {
  it('in a PDF, is one list numbered on, as in a text file', async () => {
    const lines = [
      'Referat fra generalforsamling i Holmby Modelflyveklub den 3. marts 2031',
      '',
      '18 stemmeberettigede til stede.',
      '',
      'Dagsorden:',
      '',
      '1. Ida Krog valgt til dirigent. Hun kunne konstatere at generalforsamlingen var',
      'lovligt indkaldt.',
      '2. Formandens beretning fremlagt og godkendt.',
      '3. Regnskab fremlagt og godkendt.',
      '4. Der er ikke udmeldt medlemmer i 2030.',
      '5. Forslag til ændring af vedtægter vedtaget.',
      '',
      '5.1. § 4 således at bestyrelsen har 5 medlemmer.',
      '',
      '5.2. Orientering om at flyvepladsen deles med Holmby Dragelaug, således at',
      'dragelauget fremover kan flyve om søndagen. Deltagerne betaler ikke ekstra.',
      'Det får ingen betydning for klubbens økonomi.',
      'Aftalen gælder i to år.',
      '',
      '1. Kontingent uændret.',
      '2. Bo Dal valgt til formand for 1 år.',
      '3. Som suppleant valgtes Eva Lund.',
      '4. Som revisor valgtes Ole Hald.',
    ];
    const r = await parseBytes(unicodePdf(lines), 'modelfly.pdf');
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.document.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(r.document.items[5]!.decision).toBe('Kontingent uændret.');
  });
});

/** A board's minutes whose list is numbered 1 again and again, bullets under each entry; `wrapped` is the second entry's last bullet, as the page broke it. */
const musicSchool = (wrapped: string[]) => [
  'Referat af møde i Holmby Musikskoles bestyrelse',
  '',
  'Mandag d. 3. marts 2031 kl. 16.00–18.00',
  '',
  '1. Godkendelse af dagsorden',
  '',
  '• Godkendt',
  '',
  '1. Orientering om skolens afdelinger',
  '',
  '• Elevtal 3. klasse: 42 elever.',
  '',
  ...wrapped,
  '',
  '1. Nyt fra lærerne',
  '',
  '• Lærerne har holdt fælles møde om sommerkoncerten.',
  '',
  '1. Eventuelt',
  '',
  '• Intet.',
];
const MUSIC_SCHOOL_TITLES = ['Godkendelse af dagsorden', 'Orientering om skolens afdelinger', 'Nyt fra lærerne', 'Eventuelt'];

describe('a list numbered 1 again and again, bullets under its entries, a date the page broke at a line\'s start', () => {
  it('in a PDF, joins the date to its sentence and reads the bullets as the entries\' points', async () => {
    const r = await parseBytes(unicodePdf(musicSchool(['• Stillingen som korleder er slået op, og der er frist for at søge den', '10. april.'])), 'musikskole.pdf');
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.document.items.map((it) => it.title)).toEqual(MUSIC_SCHOOL_TITLES);
    expect(r.document.items[1]!.sections.map((x) => x.text).join('\n')).toContain('frist for at søge den 10. april.');
  });
});

describe('a list numbered 1 again and again whose text holds another number at a line\'s start', () => {
  it('in a PDF, reads the first bullet right under an entry\'s title as its point, not as the next entry', async () => {
    const r = await parseBytes(unicodePdf(musicSchool(['• Der startes et nyt hold i musikteori for de elever, der nu går i', '5. klasse.'])), 'musikskole.pdf');
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.document.items.map((it) => it.title)).toEqual(MUSIC_SCHOOL_TITLES);
  });
});
