/**
 * House styles other than the corpus's: a municipal committee's minutes with
 * a tab-separated table of contents, an agenda without minutes, headings with
 * the number alone on its line, `Ad pkt.` and numbers without a dot.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers/parse.js';

describe('other layouts', () => {
  it('a municipal committee: header fields, a table of contents, case numbers, committee decision headings', () => {
    const doc = parseText(
      [
        'Referat',
        'Børne- og Ungdomsudvalget',
        'Mødedato: 12. marts 2024',
        'Mødetidspunkt: 15:00 - 17:30',
        'Mødested: Mødelokale 2, Rådhuset',
        'Deltagere: Anne Hansen (A), Bo Jensen (V), Carl Nielsen (F)',
        'Fraværende: Dorte Madsen (O)',
        '',
        'Indholdsfortegnelse',
        '1. Godkendelse af dagsorden\t2',
        '2. Budgetopfølgning pr. 29. februar 2024\t3',
        '3. Lukket punkt: Personalesag\t5',
        '',
        '1. Godkendelse af dagsorden',
        'Sagsnr.: 24/1122',
        'Beslutning',
        'Godkendt.',
        '',
        '2. Budgetopfølgning pr. 29. februar 2024',
        'Sagsnr.: 24/2233',
        'Sagsfremstilling',
        'Forvaltningen har udarbejdet budgetopfølgning.',
        'Økonomiske konsekvenser',
        'Ingen.',
        'Børne- og Ungeforvaltningen indstiller, at',
        '1. budgetopfølgningen godkendes',
        '2. merforbruget finansieres af puljen',
        'Beslutning i Børne- og Ungdomsudvalget den 12. marts 2024',
        'Anbefales.',
        'Fraværende: Dorte Madsen',
        'Bilag',
        '1. Budgetopfølgning (PDF)',
        '2. Notat om merforbrug',
        '',
        '3. Lukket punkt: Personalesag',
        'Beslutning',
        'Godkendt.',
      ].join('\n'),
    );
    expect(doc.meeting).toEqual({
      body: 'Børne- og Ungdomsudvalget',
      date: '2024-03-12',
      startTime: '15:00',
      endTime: '17:30',
      location: 'Mødelokale 2, Rådhuset',
      chair: null,
    });
    expect(doc.participants.map((p) => `${p.name}/${p.group}/${p.note}`)).toEqual([
      'Anne Hansen/member/A',
      'Bo Jensen/member/V',
      'Carl Nielsen/member/F',
      'Dorte Madsen/absent/O',
    ]);
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber, i.closed, i.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', '24/1122', false, 'approved'],
      [2, 'Budgetopfølgning pr. 29. februar 2024', '24/2233', false, 'approved'],
      [3, 'Lukket punkt: Personalesag', null, true, 'approved'],
    ]);
    const budget = doc.items[1]!;
    // The attendance line recorded with the decision is a block of its own, not decision text.
    expect(budget.sections.map((s) => s.kind)).toEqual(['background', 'economy', 'recommendation', 'decision', 'other', 'attachments']);
    expect(budget.decision).toBe('Anbefales.');
    expect(budget.sections[4]).toEqual({ kind: 'other', heading: 'Fraværende', text: 'Dorte Madsen' });
    // A numbered list under `Bilag`: the numbers are the attachments' labels.
    expect(budget.attachments.map((a) => [a.label, a.title])).toEqual([
      ['Bilag 1', 'Budgetopfølgning (PDF)'],
      ['Bilag 2', 'Notat om merforbrug'],
    ]);
  });

  it('an agenda without minutes: items without decisions, document type dagsorden, no warnings about decisions', () => {
    const doc = parseText(['Dagsorden', 'Møde i Teknisk Udvalg den 3. maj 2023 kl. 9.00', '', '1. Godkendelse af dagsorden', '2. Trafikplan for midtbyen', '3. Eventuelt'].join('\n'));
    expect(doc.documentType).toBe('dagsorden');
    expect(doc.meeting).toMatchObject({ body: 'Teknisk Udvalg', date: '2023-05-03', startTime: '09:00' });
    expect(doc.items.map((i) => i.title)).toEqual(['Godkendelse af dagsorden', 'Trafikplan for midtbyen', 'Eventuelt']);
    expect(doc.items.every((i) => i.decision === null && i.outcome === null)).toBe(true);
    expect(doc.diagnostics.some((d) => d.code === 'item-without-decision')).toBe(false);
  });

  it('the number alone on its line, `Ad pkt.` and numbers without a dot', () => {
    const alone = parseText(['Referat', '', '1.', 'Godkendelse af dagsorden', 'Beslutning: Godkendt.', '', '2.', 'Budget 2026', 'Beslutning: Udsat.'].join('\n'));
    expect(alone.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      [2, 'Budget 2026', 'postponed'],
    ]);
    const ad = parseText(['Referat', '', 'Ad pkt. 1 Godkendelse af dagsorden', 'Godkendt.', '', 'Ad pkt. 2 Eventuelt', 'Intet.'].join('\n'));
    expect(ad.items.map((i) => [i.number, i.title, i.decision])).toEqual([
      [1, 'Godkendelse af dagsorden', 'Godkendt.'],
      [2, 'Eventuelt', 'Intet.'],
    ]);
    const spaced = parseText(['Referat', '', '01 Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '', '02 Meddelelser', 'Beslutning', 'Taget til efterretning.'].join('\n'));
    expect(spaced.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      [2, 'Meddelelser', 'noted'],
    ]);
  });

  it('a number with a colon (`1: Title`, `2 : Title`) heads an item', () => {
    const doc = parseText(['Referat', '', '1: Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '', '2 : Vejbelysning i Nordby', 'Beslutning', 'Udsat.', '', 'Mødet sluttede kl. 16:30'].join('\n'));
    expect(doc.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      [2, 'Vejbelysning i Nordby', 'postponed'],
    ]);
  });

  it('an agenda under `Dagsorden:`, then paragraphs numbered again apart: titles from the agenda, the paragraphs as decisions', () => {
    const doc = parseText(
      [
        'Referat af ordinær generalforsamling',
        'tirsdag den 2. marts 2010 kl. 19 i klubhuset',
        '',
        'Dagsorden:',
        '1. Valg af dirigent',
        '2. Bestyrelsens beretning',
        '3. Regnskab',
        '4. Eventuelt',
        '',
        'Formanden bød velkommen.',
        '',
        '1. Kim Lund blev valgt som dirigent og konstaterede, at generalforsamlingen var lovligt indkaldt.',
        '',
        '2. Formanden aflagde beretningen.',
        '',
        'Beretningen blev godkendt.',
        '',
        '3. Kassereren fremlagde regnskabet. Regnskabet blev godkendt.',
        '',
        '4. Intet.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [1, 'Valg af dirigent', 'approved'],
      [2, 'Bestyrelsens beretning', 'approved'],
      [3, 'Regnskab', 'approved'],
      [4, 'Eventuelt', 'none'],
    ]);
    expect(doc.items[1]!.decision).toBe('Formanden aflagde beretningen.\nBeretningen blev godkendt.');
  });

  it('a web page printed without its titles: items from their case-number lines over their blocks, reported', () => {
    const doc = parseText(
      [
        'Referat',
        'mandag den 6. marts 2023 kl. 09:00',
        'Udvalg: Miljøudvalget',
        '',
        'Sagsid.: 23/1101',
        'Resume',
        'Forvaltningen har udarbejdet en plan for nye cykelstier.',
        'Beslutning i Miljøudvalget den 06-03-2023',
        'Miljøudvalget godkendte planen.',
        '• Udskriv',
        '',
        'Sagsid.: 23/1102',
        'Resume',
        'Status på affaldssortering.',
        'Beslutning i Miljøudvalget den 06-03-2023',
        'Taget til efterretning.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber, i.decision, i.outcome])).toEqual([
      [1, '', '23/1101', 'Miljøudvalget godkendte planen.', 'approved'],
      [2, '', '23/1102', 'Taget til efterretning.', 'noted'],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).toContain('items-untitled');
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('heading-without-title');
  });

  it('another meeting\'s items cited under a heading (`Punkt 3 Nyt hegn godkendt.`) are its text; the items after keep their numbers', () => {
    const doc = parseText(
      ['Referat af menighedsrådsmøde den 14. marts 2023', '', '1. Godkendelse af dagsorden', 'Godkendt', '', '2. Punkter fra kirkegårdsudvalgets møde', 'Punkt 2 - Hanne deltog.', 'Punkt 3 Nyt hegn godkendt.', 'Punkt 4 Intet', '', '3. Godkendelse af referat fra aktivitetsudvalget', 'Godkendt', '', '4. Eventuelt', 'Intet'].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      [2, 'Punkter fra kirkegårdsudvalgets møde', 'approved'],
      [3, 'Godkendelse af referat fra aktivitetsudvalget', 'approved'],
      [4, 'Eventuelt', 'none'],
    ]);
  });

  it('every item printed `1.`, each over a paragraph of its own, and group headings between items', () => {
    const ones = parseText(['Referat forældrebestyrelsesmøde 14.03.21', '', ' 1. Godkendelse af dagsorden', '', 'Godkendt', '', ' 1. Status på legepladsen', '', 'Taget til efterretning.', '', ' 1. Sommerfest', '', 'Festen holdes den 18. juni.', '', ' 1. Eventuelt', '', 'Intet'].join('\n'));
    expect(ones.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Status på legepladsen'],
      [3, 'Sommerfest'],
      [4, 'Eventuelt'],
    ]);
    const grouped = parseText(['Referat menighedsrådsmøde den 15.3.2022', '', 'Beslutningspunkter', '', '1. Temadag', 'Beslutning:', 'Temadagen holdes i maj.', '', 'Punkter til drøftelse', '', '2. Mødefrekvens', 'Beslutning:', 'Vi holder faste møder.'].join('\n'));
    expect(grouped.items.map((i) => i.decision)).toEqual(['Temadagen holdes i maj.', 'Vi holder faste møder.']);
  });

  it('Sagstema and Redegørelse are blocks; a case reference under the heading (`(KU 212/2019)`) is the case number, not title', () => {
    const doc = parseText(['Kulturudvalget', 'BESLUTNINGSPROTOKOL', 'fra ordinært møde torsdag den 7. november 2019', '', '7. Mødeplan 2024', '(KU 212/2019)', '', 'Sagstema', 'Datoer for møder.', 'Redegørelse', 'Møderne holdes tirsdage.', 'Beslutning', 'Godkendt.'].join('\n'));
    expect(doc.items[0]).toMatchObject({ title: 'Mødeplan 2024', caseNumber: 'KU 212/2019', decision: 'Godkendt.' });
    expect(doc.items[0]!.sections.map((x) => [x.kind, x.heading])).toEqual([
      ['summary', 'Sagstema'],
      ['background', 'Redegørelse'],
      ['decision', 'Beslutning'],
    ]);
  });

  it('a qualified title word in small letters (`udvidet beslutningsreferat`) makes the document minutes', () => {
    const doc = parseText(['Ekstraordinær generalforsamling den 14. marts 2019', '', 'udvidet beslutningsreferat', '', 'Punkt 1 - Beretning', '', 'Formanden fortalte om året.'].join('\n'));
    expect(doc.documentType).toBe('referat');
    expect(doc.items[0]!.decision).toBe('Formanden fortalte om året.');
  });

  it('one heading for two items (`Pkt. 2 & 3:`) records both, titled from the agenda', () => {
    const doc = parseText(
      ['Referat fra bestyrelsesmøde tirsdag d. 10.02.2004 kl. 19.30', '', 'Dagsorden:', '1. Orientering', '2. Hjemmeside', '3. Regnskab', '4. Eventuelt', '', 'Pkt 1: Formanden orienterede. Taget til efterretning.', '', 'Pkt. 2 & 3: Hjemmesiden og regnskabet blev godkendt.', '', 'Pkt. 4: Intet.'].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.decision, i.outcome])).toEqual([
      [1, 'Orientering', 'Formanden orienterede. Taget til efterretning.', 'noted'],
      [2, 'Hjemmeside', 'Hjemmesiden og regnskabet blev godkendt.', 'approved'],
      [3, 'Regnskab', 'Hjemmesiden og regnskabet blev godkendt.', 'approved'],
      [4, 'Eventuelt', 'Intet.', 'none'],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).toContain('items-recorded-together');
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('numbering-gap');
  });

  it('numbers without a dot over one-line paragraphs are items, not a list (also `4 Økonomi`)', () => {
    const doc = parseText(
      [
        'Referat af bestyrelsesmøde i Grundejerforeningen Lunden',
        'Dato: 4. april 2024',
        '',
        '1 Godkendelse af dagsorden',
        'Dagsordenen blev godkendt.',
        '',
        '2 Meddelelser fra formanden',
        'Formanden fortalte om vejarbejdet.',
        '',
        '3 Økonomi',
        'Kassereren gennemgik regnskabet.',
        '',
        '4 Ny hjemmeside',
        'Det blev besluttet at bestille en ny hjemmeside.',
        '',
        '5 Eventuelt',
        'Intet.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.decision])).toEqual([
      [1, 'Godkendelse af dagsorden', 'Dagsordenen blev godkendt.'],
      [2, 'Meddelelser fra formanden', 'Formanden fortalte om vejarbejdet.'],
      [3, 'Økonomi', 'Kassereren gennemgik regnskabet.'],
      [4, 'Ny hjemmeside', 'Det blev besluttet at bestille en ny hjemmeside.'],
      [5, 'Eventuelt', 'Intet.'],
    ]);
    // A list of sentences, one a line, stays a list inside its item.
    const list = parseText(['Referat', '', '1. Budget', 'Beslutning', 'Udvalget besluttede:', '1 at godkende budgettet.', '2 at sende det i høring.', '3 at holde et borgermøde.', '', '2. Eventuelt', 'Beslutning', 'Intet.'].join('\n'));
    expect(list.items.map((i) => i.number)).toEqual([1, 2]);
  });

  it('a Word-made referat: title, "fra møde i", an unlabelled date line, place, "Ad 1." items after an agenda list', () => {
    const doc = parseText(
      [
        'REFERAT',
        'fra møde i Handicaprådet',
        'tirsdag den 5. marts 2024 kl. 16.00-18.00',
        'i mødelokale 3, Rådhuset',
        '',
        'Til stede: Anne Hansen, Bo Jensen og Carl Nielsen',
        'Afbud: Dorte Madsen',
        '',
        'Dagsorden:',
        '1. Godkendelse af referat fra sidste møde',
        '2. Orientering fra formanden',
        '3. Eventuelt',
        '',
        'Ad 1. Godkendelse af referat fra sidste møde',
        'Referatet blev godkendt.',
        '',
        'Ad 2. Orientering fra formanden',
        'Formanden orienterede om budgettet. Orienteringen blev taget til efterretning.',
        '',
        'Ad 3. Eventuelt',
        'Intet.',
      ].join('\n'),
    );
    expect(doc.meeting).toEqual({
      body: 'Handicaprådet',
      date: '2024-03-05',
      startTime: '16:00',
      endTime: '18:00',
      location: 'mødelokale 3, Rådhuset',
      chair: null,
    });
    expect(doc.participants.map((p) => `${p.name}/${p.group}`)).toEqual(['Anne Hansen/member', 'Bo Jensen/member', 'Carl Nielsen/member', 'Dorte Madsen/absent']);
    expect(doc.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [1, 'Godkendelse af referat fra sidste møde', 'approved'],
      [2, 'Orientering fra formanden', 'noted'],
      [3, 'Eventuelt', 'none'],
    ]);
  });

  it('"Dato:" beside "Tid:" and "Sted:" is the meeting date, without a warning', () => {
    const doc = parseText(['Referat', 'Økonomiudvalget', 'Dato: 10.06.2024', 'Tid: 15:00 - 17:00', 'Sted: Rådhuset, mødelokale 1', '', '1. Godkendelse af dagsorden', 'Sagsnr.: 00.01.00-A00-1-24', 'Beslutning', 'Godkendt.'].join('\n'));
    expect(doc.meeting).toMatchObject({ body: 'Økonomiudvalget', date: '2024-06-10', startTime: '15:00', endTime: '17:00', location: 'Rådhuset, mødelokale 1' });
    expect(doc.items[0]!.caseNumber).toBe('00.01.00-A00-1-24');
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('a web page printed to text: labels on their own lines, numbering through the year, the title repeated, navigation noise', () => {
    const doc = parseText(
      [
        'UDVALG',
        '',
        'Udvalget for Kultur og Fritid',
        '',
        'MØDE',
        '',
        'Referat',
        '',
        'STED',
        '',
        'Torvet 3, lokale 2.14',
        '',
        'STARTTIDSPUNKT',
        '',
        '11-09-2024 16:00:00',
        '',
        'SLUTTIDSPUNKT',
        '',
        '11-09-2024 18:30:00',
        '',
        'PUNKTER',
        '',
        '31. Godkendelse af dagsorden',
        '32. Tilskud til foreninger 2025',
        '',
        '31. Godkendelse af dagsorden',
        '',
        'Godkendelse af dagsorden',
        'Sagsgang og sagstype',
        '',
        'Beslutningssag',
        '',
        'Beslutning i Udvalget for Kultur og Fritid den 11-09-2024',
        '',
        'Godkendt',
        '',
        'Til toppen',
        '',
        '32. Tilskud til foreninger 2025',
        '',
        'Tilskud til foreninger 2025',
        'Indstilling',
        '',
        'Administrationen indstiller, at',
        '  1. puljen fordeles som foreslået',
        'Beslutning i Udvalget for Kultur og Fritid den 11-09-2024',
        '',
        'Ingen.',
        '',
        'Til toppen',
      ].join('\n'),
    );
    expect(doc.meeting).toEqual({
      body: 'Udvalget for Kultur og Fritid',
      date: '2024-09-11',
      startTime: '16:00',
      endTime: '18:30',
      location: 'Torvet 3, lokale 2.14',
      chair: null,
    });
    expect(doc.items.map((i) => [i.number, i.title, i.decision, i.outcome])).toEqual([
      [31, 'Godkendelse af dagsorden', 'Godkendt', 'approved'],
      [32, 'Tilskud til foreninger 2025', 'Ingen.', 'none'],
    ]);
    // The repeated title is not kept as text; `Sagsgang og sagstype` is a block of its own.
    expect(doc.items[0]!.sections.map((s) => s.kind)).toEqual(['other', 'decision']);
  });

  it('"Body - Referat", and a body with its date on one line with the room below', () => {
    const a = parseText(['Kommunalbestyrelsen - Referat', '', 'Dato: 2. oktober 2023', 'Lokale: Rådssalen', '', '1. Meddelelser', '', 'Beslutning', '', 'Taget til efterretning.'].join('\n'));
    expect(a.meeting).toMatchObject({ body: 'Kommunalbestyrelsen', date: '2023-10-02', location: 'Rådssalen' });
    const b = parseText(
      [
        'Referat',
        'Klima- og Miljøudvalget onsdag den 8. maj 2024 kl. 17.00',
        '',
        'Mødelokale Skoven',
        '',
        '1. Affaldsplan',
        '',
        'Indstilling',
        '',
        'at udvalget godkender planen.',
        '',
        'Beslutning',
        '',
        'Godkendt.',
        '',
        'Beslutningskompetence',
        '',
        'Byrådet.',
      ].join('\n'),
    );
    expect(b.meeting).toMatchObject({ body: 'Klima- og Miljøudvalget', date: '2024-05-08', startTime: '17:00', location: 'Mødelokale Skoven' });
    expect(b.items[0]!.decision).toBe('Godkendt.');
    expect(b.items[0]!.sections.map((s) => s.kind)).toEqual(['recommendation', 'decision', 'other']);
  });

  it('"Body - Referat - date", labels above their values, bulleted participants with an absence group', () => {
    const doc = parseText(
      [
        'Beskæftigelsesudvalget - Referat - 3. marts 2022',
        '',
        'Mødedato',
        '03-03-2022 kl. 08:30 - 10:00',
        '',
        'Mødested',
        'Mødelokale 1',
        '',
        'Deltagere',
        ' • Hanne Holm, A',
        ' • Peter Berg, V',
        ' • Afbud',
        ' • Søs Lund, F - Kim Dam stedfortræder',
        '',
        '1. Budgetopfølgning',
        'Beslutning',
        'Indstillingen blev tiltrådt.',
      ].join('\n'),
    );
    expect(doc.meeting).toMatchObject({ body: 'Beskæftigelsesudvalget', date: '2022-03-03', startTime: '08:30', endTime: '10:00', location: 'Mødelokale 1' });
    // Party letters after a comma are noted as those in brackets are.
    expect(doc.participants.map((p) => `${p.name}/${p.group}/${p.role}/${p.note}`)).toEqual([
      'Hanne Holm/member/null/A',
      'Peter Berg/member/null/V',
      'Søs Lund/absent/null/F',
      'Kim Dam/member/null/stedfortræder for Søs Lund',
    ]);
    expect(doc.items[0]!.outcome).toBe('approved');
  });

  it('an agenda whose title runs over lines: "til mødet i …", a date line, a place line; "X indstiller," alone', () => {
    const doc = parseText(
      ['Dagsorden', 'til', 'mødet i Udvalg for Trafik', 'den 6. juni 2023 kl. 10:00', 'i Rådhuset, Torvet 1, 8000 Aarhus', '', '1. Busplan', '', 'Resume', 'Ny busplan.', '', 'Direktionen indstiller,', '', 'at planen godkendes.'].join('\n'),
    );
    expect(doc.documentType).toBe('dagsorden');
    expect(doc.meeting).toMatchObject({ body: 'Udvalg for Trafik', date: '2023-06-06', startTime: '10:00', location: 'Rådhuset, Torvet 1, 8000 Aarhus' });
    expect(doc.items[0]!.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['summary', 'Resume'],
      ['recommendation', null],
    ]);
    const above = parseText(['Dagsorden', '', 'Sagnr.: 1-51-71-3321-08', '', '1. Busplan', 'Resume', 'Ny busplan.', '', 'Sagnr.: 1-30-72-12-22', '', '2. Cykelstier', 'Resume', 'Nye stier.'].join('\n'));
    expect(above.items.map((i) => [i.number, i.caseNumber, i.sections[0]!.text])).toEqual([
      [1, '1-51-71-3321-08', 'Ny busplan.'],
      [2, '1-30-72-12-22', 'Nye stier.'],
    ]);
  });

  it('the number printed under its title (`Sag nr. 130`), a bare date line, office titles before names, inline blocks of any kind', () => {
    const doc = parseText(
      [
        'Byrådet',
        '',
        '14-05-2024',
        '',
        'Medlemmer',
        '',
        'Formand Lise Krog (A)',
        'Ole Bak (V)',
        '',
        'Fraværende',
        '',
        'Tom Ris (F)',
        '',
        'Spørgetid',
        'Sag nr. 57',
        '',
        'Beslutningskompetence: BY',
        '',
        'Beslutning',
        '',
        'Taget til efterretning.',
        '',
        'Lokalplan 12 for et boligområde - endelig vedtagelse',
        'Sag nr. 58',
        '',
        'Sagens kerne',
        '',
        'Planen har været i høring.',
        '',
        'Beslutning',
        '',
        'Godkendt.',
      ].join('\n'),
    );
    expect(doc.meeting).toMatchObject({ body: 'Byrådet', date: '2024-05-14', chair: 'Lise Krog' });
    expect(doc.participants.map((p) => `${p.name}/${p.group}/${p.role}`)).toEqual(['Lise Krog/chair/Formand', 'Ole Bak/member/null', 'Tom Ris/absent/null']);
    expect(doc.items.map((i) => [i.number, i.title, i.heading, i.outcome])).toEqual([
      [57, 'Spørgetid', 'Spørgetid Sag nr. 57', 'noted'],
      [58, 'Lokalplan 12 for et boligområde - endelig vedtagelse', 'Lokalplan 12 for et boligområde - endelig vedtagelse Sag nr. 58', 'approved'],
    ]);
    expect(doc.items[0]!.sections[0]).toEqual({ kind: 'other', heading: 'Beslutningskompetence', text: 'BY' });
    expect(doc.items[1]!.sections.map((s) => s.kind)).toEqual(['summary', 'decision']);
  });

  it('item headings in a bulleted list', () => {
    const doc = parseText(['Referat', '', '  • 12. Åben dagsorden - godkendelse', '    Beslutning', '    Godkendt.', '  • 13. Vejplan', '    Beslutning', '    Udsat.'].join('\n'));
    expect(doc.items.map((i) => [i.number, i.heading, i.outcome])).toEqual([
      [12, '12. Åben dagsorden - godkendelse', 'approved'],
      [13, '13. Vejplan', 'postponed'],
    ]);
  });

  it('access markers in brackets or on their own line: not part of the title; `Lukket` closes the item', () => {
    const doc = parseText(
      [
        'Økonomiudvalget',
        'Referat',
        'Dato: Tirsdag den 12. marts 2024',
        '',
        '1. (Åben) Godkendelse af dagsorden',
        'Beslutning',
        'Godkendt.',
        '',
        '2. Salg af grund (Lukket punkt)',
        'Beslutning',
        'Udsat.',
        '',
        '3. Køb af ejendom',
        'Lukket punkt',
        '',
        'Beslutning',
        'Godkendt.',
        '',
        '4. Lukket: Personalesag',
        'Beslutning',
        'Taget til efterretning.',
        '',
        '5. Meddelelser',
        'Åbent punkt',
        'Beslutning',
        'Taget til efterretning.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.closed])).toEqual([
      [1, 'Godkendelse af dagsorden', false],
      [2, 'Salg af grund', true],
      [3, 'Køb af ejendom', true],
      [4, 'Lukket: Personalesag', true],
      [5, 'Meddelelser', false],
    ]);
    // The marker line is not text of the item.
    expect(doc.items[2]!.sections.map((s) => s.kind)).toEqual(['decision']);
    expect(doc.items[0]!.heading).toBe('1. (Åben) Godkendelse af dagsorden');
  });

  it('`Sag: 21/1234` under the heading is the case number; a member marked (formand) chairs; a member also listed as absent is absent', () => {
    const doc = parseText(
      [
        'REFERAT',
        'Teknik- og Miljøudvalget',
        'Mødedato: 03.02.2022',
        'Fraværende: Jens Hansen',
        'Medlemmer: Anne Madsen (formand), Jens Hansen, Ole Berg og Lise Nørgaard',
        '',
        'Punkt 1: Forslag til lokalplan 1045 for boliger ved Skovvej',
        'Sag: 21/1234',
        '',
        'Sagsfremstilling',
        'Lokalplanen giver mulighed for 40 rækkehuse.',
        '',
        'Beslutning Teknik- og Miljøudvalget den 03-02-2022',
        'Indstillingen blev godkendt.',
        '',
        'Punkt 2: Orientering om vintertjeneste',
        'Sag: 22/88',
        '',
        'Beslutning Teknik- og Miljøudvalget den 03-02-2022',
        'Taget til efterretning.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [1, 'Forslag til lokalplan 1045 for boliger ved Skovvej', '21/1234'],
      [2, 'Orientering om vintertjeneste', '22/88'],
    ]);
    expect(doc.items[1]!.sections.map((s) => s.kind)).toEqual(['decision']);
    expect(doc.meeting.chair).toBe('Anne Madsen');
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Jens Hansen', 'absent'],
      ['Anne Madsen', 'chair'],
      ['Ole Berg', 'member'],
      ['Lise Nørgaard', 'member'],
    ]);
  });

  it('`Mødet hævet kl. 17.40` under the last item is the end time, not decision text; a room line under the date line is the place', () => {
    const doc = parseText(
      [
        'Børne- og Skoleudvalget',
        '',
        'REFERAT',
        '',
        'Onsdag den 6. september 2023 kl. 16.00',
        'Byrådssalen',
        '',
        'Til stede: Lone Berg (A), Ida Juul (C)',
        '',
        'Ad 1. Godkendelse af dagsorden',
        'Godkendt.',
        '',
        'Ad 2. Eventuelt',
        'Intet til referat.',
        '',
        'Mødet hævet kl. 17.40',
        '',
        'Lone Berg',
      ].join('\n'),
    );
    expect(doc.meeting).toMatchObject({ date: '2023-09-06', startTime: '16:00', endTime: '17:40', location: 'Byrådssalen' });
    expect(doc.items.map((i) => i.decision)).toEqual(['Godkendt.', 'Intet til referat.']);
  });

  it('the chair named in a field and listed among the members is that group\'s chair', () => {
    const doc = parseText(
      ['Referat', 'Regionsrådet', 'Mødetidspunkt: 25-01-2023 kl. 14:00', 'Mødeleder: Karin Lund', '', 'Medlemmer', 'Karin Lund', 'Sofie Dahl', '', '1. Godkendelse af dagsorden', 'Beslutning:', 'Godkendt.'].join(
        '\n',
      ),
    );
    expect(doc.meeting.chair).toBe('Karin Lund');
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Karin Lund', 'chair'],
      ['Sofie Dahl', 'member'],
    ]);
  });

  it('a case number at the right of a heading line, also when the title wraps below it; bullets in a list of attachments', () => {
    const doc = parseText(
      [
        'Referat',
        'Udvalg: Plan- og Miljøudvalget',
        'Mødedato: Mandag den 4. november 2024',
        'Afbud: Tom Riis',
        '',
        'Sagsnr. 24/5501',
        '1. Godkendelse af dagsorden',
        'Beslutning',
        'Godkendt.',
        '',
        '2. Lokalplan 312 for et erhvervsområde ved Vestre Ringvej – endelig      Sagsnr. 24/5502',
        'vedtagelse',
        '',
        'Beslutning',
        'Anbefales.',
        '',
        'Bilag',
        '• Lokalplan 312 (PDF)',
        '• Høringssvar samlet',
        '',
        '3. Meddelelser      Sagsnr. 24/5503',
        'Beslutning',
        'Taget til efterretning.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [1, 'Godkendelse af dagsorden', '24/5501'],
      [2, 'Lokalplan 312 for et erhvervsområde ved Vestre Ringvej – endelig vedtagelse', '24/5502'],
      [3, 'Meddelelser', '24/5503'],
    ]);
    // The case number above the first heading is not part of the header's last group.
    expect(doc.participants).toEqual([{ name: 'Tom Riis', role: null, group: 'absent', note: null }]);
    expect(doc.items[1]!.attachments.map((a) => [a.label, a.title])).toEqual([
      [null, 'Lokalplan 312 (PDF)'],
      [null, 'Høringssvar samlet'],
    ]);
  });

  it('items numbered with `§`, sub-points `2.1` on their own lines, `Referat af bestyrelsesmøde i X`', () => {
    const doc = parseText(
      [
        'Referat af bestyrelsesmøde i Ældrerådet',
        'Torsdag den 14. marts 2024 kl. 10.00-12.00',
        '',
        '§ 1. Godkendelse af dagsorden',
        'Dagsordenen blev godkendt.',
        '',
        '§ 2. Meddelelser',
        '2.1 Nyt fra formanden',
        'Formanden orienterede om mødet med borgmesteren.',
        '2.2 Nyt fra kommunen',
        'Der er ansat en ny ældrechef.',
        '',
        '§ 3. Eventuelt',
        'Intet.',
      ].join('\n'),
    );
    expect(doc.meeting.body).toBe('Ældrerådet');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Meddelelser'],
      [3, 'Eventuelt'],
    ]);
    expect(doc.items[1]!.decision).toBe(
      '2.1 Nyt fra formanden\nFormanden orienterede om mødet med borgmesteren.\n2.2 Nyt fra kommunen\nDer er ansat en ny ældrechef.',
    );
  });

  it('the place after the time on the date line (`kl. 14.00 på Rådhuset, lokale 12`), `Pkt. N` items, `Mødet slut kl.`', () => {
    const doc = parseText(
      [
        'REFERAT',
        '',
        'fra mødet i Socialudvalget',
        'tirsdag den 3. maj 2005 kl. 14.00 på Rådhuset, lokale 12',
        '',
        'Fraværende: Bent Olsen',
        '',
        'Pkt. 1 Meddelelser',
        'Udvalget tog orienteringen til efterretning.',
        '',
        'Pkt. 2 Eventuelt',
        'Intet.',
        '',
        'Mødet slut kl. 15.45',
      ].join('\n'),
    );
    expect(doc.meeting).toEqual({ body: 'Socialudvalget', date: '2005-05-03', startTime: '14:00', endTime: '15:45', location: 'Rådhuset, lokale 12', chair: null });
    expect(doc.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [1, 'Meddelelser', 'noted'],
      [2, 'Eventuelt', 'none'],
    ]);
  });

  it('earlier treatment by other bodies (`Økonomiudvalget, 17. september 2019, pkt. 200: Anbefales.`) is the item\'s history, apart from the recommendation and from this meeting\'s decision', () => {
    const doc = parseText(
      [
        'Referat',
        'Byrådet',
        'Dato: 24. september 2019',
        '',
        '1. Budget 2020',
        'Indstilling',
        'Direktionen indstiller, at budgettet vedtages.',
        '',
        'Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:',
        'Anbefales.',
        '',
        'Børn, Unge og Læring, 17-09-2019, pkt. 200: Anbefales, idet V tager forbehold.',
        '',
        'Beslutning',
        'Forkastet med 12 stemmer mod 9.',
      ].join('\n'),
    );
    const item = doc.items[0]!;
    expect(item.sections.map((s) => [s.kind, s.heading, s.text])).toEqual([
      ['recommendation', 'Indstilling', 'Direktionen indstiller, at budgettet vedtages.'],
      ['other', 'Teknik- og Miljøudvalget, 10. september 2019, pkt. 65', 'Anbefales.'],
      ['other', 'Børn, Unge og Læring, 17-09-2019, pkt. 200', 'Anbefales, idet V tager forbehold.'],
      ['decision', 'Beslutning', 'Forkastet med 12 stemmer mod 9.'],
    ]);
    expect(item.decision).toBe('Forkastet med 12 stemmer mod 9.');
    expect(item.outcome).toBe('rejected');
  });

  it('without a decision block of its own, the treatment by this meeting\'s body is the decision', () => {
    const doc = parseText(
      ['Referat', 'Møde: Økonomiudvalget', 'Dato: 20. april 2021', '', '1. Ny skole', 'Plan- og Miljøudvalget, 6. april 2021, pkt. 40:', 'Anbefales.', '', 'Økonomiudvalget, 20. april 2021, pkt. 88:', 'Udsættes.', '', 'Byrådet, 28. april 2021, pkt. 12:', 'Godkendt.'].join(
        '\n',
      ),
    );
    const item = doc.items[0]!;
    expect(item.sections.map((s) => s.kind)).toEqual(['other', 'decision', 'other']);
    expect(item.decision).toBe('Udsættes.');
    expect(item.outcome).toBe('postponed');
  });

  it('the outcome is that of the last decision block with one: this meeting, not the committees before it', () => {
    const doc = parseText(
      ['Referat', 'Byrådet', 'Dato: 24. september 2019', '', '1. Budget 2020', 'Økonomiudvalget, 17. september 2019, pkt. 200:', 'Anbefales.', '', 'Beslutning', 'Sagen blev udsat til næste møde.'].join('\n'),
    );
    expect(doc.items[0]!.outcome).toBe('postponed');
  });

  it('a group label OCR split in two (`Med lemmer`), `Formand` as a role, an absence after the entry (`- afbud`)', () => {
    const doc = parseText(
      ['Referat', 'Møde: Økonomiudvalget', 'Dato: 5. marts 2024', '', 'Med lemmer:', 'Anna Berg (A), Formand', 'Bo Dahl (V), Næstformand - afbud', 'Carl Eriksen (C)', 'Dorte Holm (F) (afbud)', '', '1. Godkendelse af dagsorden', 'Beslutning:', 'Godkendt.'].join(
        '\n',
      ),
    );
    expect(doc.meeting.chair).toBe('Anna Berg');
    expect(doc.participants.map((p) => [p.name, p.group, p.role])).toEqual([
      ['Anna Berg', 'chair', 'Formand'],
      ['Bo Dahl', 'absent', 'Næstformand'],
      ['Carl Eriksen', 'member', null],
      ['Dorte Holm', 'absent', null],
    ]);
  });

  it('a closing line inside an item gives the end time and ends nothing; a case-number line gives its first word and its access marker', () => {
    const doc = parseText(
      [
        'Byrådet - Referat',
        'Dato: 12. marts 2021',
        '',
        '1. Godkendelse af dagsorden',
        'Sagsnr.: 21/999 Dok.nr.: 21/5555 Åbent',
        '',
        'Beslutning',
        'Godkendt.',
        '',
        '2. Køb af ejendom',
        'Sagsnr.: 21/1234   Lukket',
        '',
        'Mødet sluttede kl. 20.10.',
        '',
        'Beslutning',
        'Godkendt.',
        '',
        '3. Salg af grund - Lukket punkt',
        '',
        'Beslutning',
        'Godkendt.',
      ].join('\n'),
    );
    expect(doc.meeting.endTime).toBe('20:10');
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber, i.closed, i.decision])).toEqual([
      [1, 'Godkendelse af dagsorden', '21/999', false, 'Godkendt.'],
      [2, 'Køb af ejendom', '21/1234', true, 'Godkendt.'],
      [3, 'Salg af grund', null, true, 'Godkendt.'],
    ]);
  });

  it('header sentences and fields seen in the wild', () => {
    const header = (lines: string[]) => parseText([...lines, '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n')).meeting;
    // The meeting's body, date, time and place in one title sentence.
    expect(header(['Referat fra Seniorrådets møde den 4. april 2022 i Mødelokale 3, Rådhuset kl. 13.00 – 15.00'])).toEqual({
      body: 'Seniorrådet',
      date: '2022-04-04',
      startTime: '13:00',
      endTime: '15:00',
      location: 'Mødelokale 3, Rådhuset',
      chair: null,
    });
    // A weekday is no body; the labelled body is.
    expect(header(['Referat', '', 'Mandag d. 7. februar 2022, kl. 10:15', 'Mødested: Rådssalen', 'Udvalg: Ældrerådet'])).toMatchObject({ body: 'Ældrerådet', date: '2022-02-07', startTime: '10:15' });
    // A date printed the English way, with its time.
    expect(header(['Referat', 'Dato: Onsdag, April 3, 2019 - 18:00', 'Sted: Mødelokale 2A'])).toMatchObject({ date: '2019-04-03', startTime: '18:00' });
    // The body named in the meeting's word; a board meeting names none.
    expect(header(['Ældrerådsmøde – Referat', 'Dato: 3. marts 2021']).body).toBe('Ældrerådet');
    expect(header(['Referat af bestyrelsesmøde', 'tirsdag den 2. marts 2021 kl. 18.30 - 20.30', 'Dirigent: Hans Lind']).body).toBeNull();
  });

  it('`Mødedeltagere:`, `Dirigent:` as chair, a sentence after a list of people is nobody\'s entry', () => {
    const doc = parseText(
      ['Referat af bestyrelsesmøde', 'tirsdag den 2. marts 2021 kl. 18.30', '', 'Dirigent: Hans Lind', 'Referent: Eva Borg', 'Kaffe og kage sørges der for af formanden.', '', 'Mødedeltagere:', 'Lis Holm (LH), Ib Dal (ID) og Aase Berg (AB)', '', '1. Godkendelse af referat', 'Godkendt.'].join('\n'),
    );
    expect(doc.meeting.chair).toBe('Hans Lind');
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Hans Lind', 'chair'],
      ['Eva Borg', 'secretariat'],
      ['Lis Holm', 'member'],
      ['Ib Dal', 'member'],
      ['Aase Berg', 'member'],
    ]);
  });

  it('sub-groups inside a group (`Forældrevalgte: …`, `Medarbejdere: …`, `Afbud fra …`) give the people their role', () => {
    const doc = parseText(
      ['Referat af skolebestyrelsesmøde', 'onsdag den 3. marts 2021 kl. 18.00 - 20.00', '', 'Til stede:', 'Forældrevalgte: Lone Dahl, Per Holm, Rikke Aas.', 'Medarbejdere: Sara Bak.', '', 'Fraværende:', 'Forældrevalgte: Afbud fra Mette Kjær.', '', '1. Godkendelse af referat', 'Godkendt.'].join('\n'),
    );
    expect(doc.participants.map((p) => [p.name, p.group, p.role])).toEqual([
      ['Lone Dahl', 'member', 'Forældrevalgte'],
      ['Per Holm', 'member', 'Forældrevalgte'],
      ['Rikke Aas', 'member', 'Forældrevalgte'],
      ['Sara Bak', 'member', 'Medarbejdere'],
      ['Mette Kjær', 'absent', 'Forældrevalgte'],
    ]);
  });

  it('a school board\'s form: item particulars on their own lines, `(B)`/`(O)` markers, voting and non-voting members, `Afbud` and `/role` after names', () => {
    const doc = parseText(
      [
        'Referat af skolebestyrelsesmøde d. 3. marts 2021',
        'Deltagende med stemmeret:',
        'Lone Dahl',
        'Per Holm Afbud',
        'Sara Bak/Personalerep.',
        'Deltagende uden stemmeret:',
        'Ole Ring/Referent',
        '',
        'Pkt. 1. Godkendelse af dagsorden',
        'Art: Godkendelse',
        'Ansvarlig: LD',
        'Tid: 5 min.',
        'Referat: Godkendt.',
        '',
        'Pkt. 2. Nyt fra skolen (O)',
        'Referat: Taget til efterretning.',
        '',
        'Pkt. 3. Økonomiske konsekvenser',
        'Referat: Intet.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.itemType, i.presenter, i.durationMinutes])).toEqual([
      [1, 'Godkendelse af dagsorden', 'godkendelse', 'LD', 5],
      [2, 'Nyt fra skolen', 'orientering', null, null],
      [3, 'Økonomiske konsekvenser', null, null, null],
    ]);
    expect(doc.items[0]!.sections).toEqual([{ kind: 'decision', heading: 'Referat', text: 'Godkendt.' }]);
    expect(doc.participants.map((p) => [p.name, p.group, p.role])).toEqual([
      ['Lone Dahl', 'member', null],
      ['Per Holm', 'absent', null],
      ['Sara Bak', 'member', 'Personalerep'],
      ['Ole Ring', 'other', 'Referent'],
    ]);
  });

  it('empty template headings stay headings (`Øvrige konsekvenser`), `Beslutningstema` is a summary', () => {
    const doc = parseText(
      ['Referat', 'Dato: 3. maj 2021', '', '1. Ny plan', 'Beslutningstema', 'Udvalget skal tage stilling til planen.', 'Økonomiske konsekvenser', 'Øvrige konsekvenser', 'Ingen.', 'Beslutning', 'Godkendt.'].join('\n'),
    );
    expect(doc.items[0]!.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['summary', 'Beslutningstema'],
      ['other', 'Øvrige konsekvenser'],
      ['decision', 'Beslutning'],
    ]);
  });

  it('labels glued to their values by a copied web table (`MødestedRådssalen`)', () => {
    const doc = parseText(['Referat', '', 'Mandag d. 7 februar 2022, kl. 10:15', 'MødestedRådssalen', 'UdvalgÆldrerådet', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n'));
    expect(doc.meeting).toMatchObject({ body: 'Ældrerådet', location: 'Rådssalen', date: '2022-02-07', startTime: '10:15' });
  });

  it('a substitute named after an absentee (`Villy Dal, F - Tine Holm stedfortræder`) attends for them', () => {
    const doc = parseText(
      ['Regionsrådet - Referat - 25. november 2019', 'Deltagere', ' • Anne Berg, V', ' • Villy Dal, F', ' • Afbud', ' • Villy Dal, F - Tine Holm stedfortræder', ' • ', '  Luk alle punkter Referat', '1. Regnskab', 'Beslutning', 'Godkendt.'].join('\n'),
    );
    expect(doc.participants.map((p) => [p.name, p.group, p.note])).toEqual([
      ['Anne Berg', 'member', 'V'],
      ['Villy Dal', 'absent', 'F'],
      ['Tine Holm', 'member', 'stedfortræder for Villy Dal'],
    ]);
  });

  it('decision headings `Beslutning fra X`, `Besluttet på X den … som punkt N`; another body\'s earlier decision is history; attendance recorded with a decision is its own block', () => {
    const doc = parseText(
      [
        'Udvalg: Byrådet',
        'Mødedato: 12-03-2024',
        '',
        '1. Salg af byggegrund på Møllevej',
        'Administrativ indstilling',
        'Direktøren indstiller, at salget godkendes.',
        'Beslutning Økonomiudvalget den 05-03-2024',
        'Indstilles godkendt.',
        'Beslutning Byrådet den 12-03-2024',
        'Godkendt.',
        'Afbud: Per Lund (V).',
        '',
        '2. Valg af næstformand',
        'Besluttet på Byrådet den 12-03-2024 som punkt 2',
        'Birte Holm blev valgt.',
        '',
        '3. Eventuelt',
        'Beslutning fra Byrådet',
        'Intet.',
        '',
        'Mødet sluttede klokken 18.45.',
      ].join('\n'),
    );
    expect(doc.items[0]!.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['recommendation', 'Administrativ indstilling'],
      ['other', 'Beslutning Økonomiudvalget den 05-03-2024'],
      ['decision', 'Beslutning Byrådet den 12-03-2024'],
      ['other', 'Afbud'],
    ]);
    expect(doc.items.map((i) => [i.decision, i.outcome])).toEqual([
      ['Godkendt.', 'approved'],
      ['Birte Holm blev valgt.', 'approved'],
      ['Intet.', 'none'],
    ]);
    expect(doc.meeting.endTime).toBe('18:45');
  });

  it('small bodies: `Nr.1 -` items, `Ad. 1` blocks titled from the agenda list, `Tilstede:`, `Name- afbud`, an unclosed parenthesis, a meeting line with the place after `kl. 19`', () => {
    const nr = parseText(['Folkeoplysningsudvalget', '14-05-2024 kl. 17:00', 'Medlemmer', 'Hans Bo (A)', 'Ane Kro (Spejderne', 'Per Vad (Aftenskolerne)', 'Semra Kaya- afbud', '', 'Nr.1 - Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '', 'Nr.2 - Lokaletilskud', 'Beslutning', 'Fordelingen blev godkendt.'].join('\n'));
    expect(nr.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      [2, 'Lokaletilskud', 'approved'],
    ]);
    expect(nr.participants.map((p) => [p.name, p.group])).toEqual([
      ['Hans Bo', 'member'],
      ['Ane Kro', 'member'],
      ['Per Vad', 'member'],
      ['Semra Kaya', 'absent'],
    ]);

    const ad = parseText(['Referat af bestyrelsesmøde den 2. maj 2024', '', 'Tilstede: Hans Berg, Mette Lind og Ole Dam', '', 'Dagsorden:', '1) Vejbelysning', '2) Hækklipning', '3) Evt.', '', 'Ad. 1', 'Bestyrelsen besluttede at indhente to tilbud.', '', 'Ad. 2', 'Udsat til næste møde.', '', 'Ad. 3', 'Intet.'].join('\n'));
    expect(ad.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [1, 'Vejbelysning', 'approved'],
      [2, 'Hækklipning', 'postponed'],
      [3, 'Evt.', 'none'],
    ]);
    expect(ad.participants.map((p) => p.name)).toEqual(['Hans Berg', 'Mette Lind', 'Ole Dam']);

    // No `Referat` or `Dagsorden` anywhere: unheaded item text that decides is the decision.
    const church = parseText(['Rådsmøde 14.05.2024', '', 'Mødet holdes tirsdag 14.05.2024 kl. 19 i Sognegården, Kirkevej 4', '', '1 Godkendelse af dagsorden', 'Godkendt', '', '2 Kirkegårdens budget', 'Udskydes til næste møde.'].join('\n'));
    expect(church.meeting).toMatchObject({ date: '2024-05-14', startTime: '19:00', location: 'Sognegården, Kirkevej 4' });
    expect(church.items.map((i) => [i.decision, i.outcome])).toEqual([
      ['Godkendt', 'approved'],
      ['Udskydes til næste møde.', 'postponed'],
    ]);
    // What an agenda proposes (`Dagsordenen godkendes.`, `Sagen drøftes.`) is no decision.
    const proposal = parseText(['Møde i Teknisk Udvalg', 'Dato: 3. juni 2024', '', '1. Godkendelse af dagsorden', 'Dagsordenen godkendes.', '', '2. Vejplan', 'Sagen drøftes.'].join('\n'));
    expect(proposal.items.map((i) => i.decision)).toEqual([null, null]);
  });

  it('a case system\'s layout: agenda group headings between and under items are noise; `Åbent - <case>` / `Lukket - <case>`', () => {
    const doc = parseText(
      ['Referat', 'til', 'mødet i Byrådet', 'den 10. april 2024 kl. 17:00', '', 'A. Sager til afgørelse i byrådet', '', '1. Lokalplan for Havnegade', 'A. Sager til afgørelse i byrådet', 'Åbent - 01.02.05-P16-12-23', 'BESLUTNING', 'Godkendt.', '', 'B. Sager til orientering', '', '2. Salg af grund', 'B. Sager til orientering', 'Lukket - 02.34.00-G00-3-24', 'BESLUTNING', 'Taget til efterretning.'].join(
        '\n',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber, i.closed, i.decision])).toEqual([
      [1, 'Lokalplan for Havnegade', '01.02.05-P16-12-23', false, 'Godkendt.'],
      [2, 'Salg af grund', '02.34.00-G00-3-24', true, 'Taget til efterretning.'],
    ]);
  });

  it('meeting details recorded only with each decision; `Sag 306-2024-1101` and `Åbent` under the heading; a header section ends a group of people', () => {
    const doc = parseText(
      ['1.      Godkendelse af dagsorden', '', 'Sag 306-2024-1101', '', 'Åbent', '', 'Beslutning fra Handicaprådet', 'Dato: 8. februar 2024', 'Sted: Mødelokale 3, Rådhuset', 'Fraværende: Ane Lund, Bo Ravn', '', 'Godkendt.'].join('\n'),
    );
    expect(doc.meeting).toMatchObject({ body: 'Handicaprådet', date: '2024-02-08', location: 'Mødelokale 3, Rådhuset' });
    expect(doc.items.map((i) => [i.title, i.caseNumber, i.closed, i.decision])).toEqual([['Godkendelse af dagsorden', '306-2024-1101', false, 'Godkendt.']]);

    const people = parseText(
      ['Referat - Kulturudvalget den 5. marts 2024', '', 'Medlemmer', '', ' • Jens Lau ()', ' • Ib Dahl ()', '', 'Fraværende med afbud', '', ' • Sofie Ravn ()', '', 'Bemærkninger', '', 'Kaffe blev serveret i pausen.', '', '1. Meddelelser', 'Beslutning', 'Taget til efterretning.'].join('\n'),
    );
    expect(people.participants.map((p) => [p.name, p.group, p.note])).toEqual([
      ['Jens Lau', 'member', null],
      ['Ib Dahl', 'member', null],
      ['Sofie Ravn', 'absent', null],
    ]);
  });

  it('the meeting\'s word names the body, with a weekday or a day without a year after it; `Møde den …` names none', () => {
    const body = (title: string) => parseText([title, '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n')).meeting.body;
    expect(body('Referat af lokalrådsmødet mandag den 6. marts 2017 klokken 18.30')).toBe('Lokalrådet');
    expect(body('Referat af bestyrelsesmøde d. 26. april')).toBeNull();
    expect(body('Møde den 6. marts 2017')).toBeNull();
    expect(body('Ekstraordinært Ældrerådsmøde – Referat')).toBe('Ældrerådet');
    // A board named in the word is the body (`Skolebestyrelsen`); `bestyrelsesmøde` alone names none.
    expect(body('Skolebestyrelsesmøde')).toBe('Skolebestyrelsen');
    expect(body('Referat skolebestyrelsesmøde den 14. marts 2023 kl. 17.00 hos Lene')).toBe('Skolebestyrelsen');
  });

  it('every item printed as `1.`, each with little support from its neighbours, still reads as items in order', () => {
    const doc = parseText(
      ['Referat fra menighedsrådsmødet den 27. marts 2019 kl. 19.00', '', ' 1. Godkendelse af dagsorden', '', 'Godkendt.', '', ' 1. Bemærkninger til referat fra sidst', '', ' 1. Meddelelser', ' • Formand', '', 'Provstikonference 9. november.', '', ' 1. Eventuelt', '', 'Intet.'].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Bemærkninger til referat fra sidst'],
      [3, 'Meddelelser'],
      [4, 'Eventuelt'],
    ]);
  });

  it('an association\'s board: a line per person with house number and office, wrapped under the label', () => {
    const doc = parseText(
      ['REFERAT AF BESTYRELSESMØDE I GRUNDEJERFORENINGEN LYNGBAKKEN tirsdag den 9. april 2024 kl. 19.00 – 21.00', 'Sted: Fælleshuset', 'Deltagere: Anne Krog #12 Formand', ' Jens Mørk #40 Næstformand', ' Lis Holt #7 Kasserer', '', '1. Valg af referent', 'Bo blev valgt.'].join('\n'),
    );
    expect(doc.meeting).toMatchObject({ body: 'GRUNDEJERFORENINGEN LYNGBAKKEN', chair: 'Anne Krog', location: 'Fælleshuset' });
    expect(doc.participants.map((p) => [p.name, p.group, p.role, p.note])).toEqual([
      ['Anne Krog', 'chair', 'Formand', '#12'],
      ['Jens Mørk', 'member', 'Næstformand', '#40'],
      ['Lis Holt', 'member', 'Kasserer', '#7'],
    ]);
  });

  it('a substitute noted in a sentence of the header (`Tom Hviid deltog for Sofie Ravn.`) attended', () => {
    const doc = parseText(['Referat - Kulturudvalget den 5. marts 2024', '', 'Fraværende: Sofie Ravn', '', 'Bemærkninger', 'Tom Hviid deltog for Sofie Ravn.', '', '1. Meddelelser', 'Beslutning', 'Taget til efterretning.'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group, p.note])).toEqual([
      ['Sofie Ravn', 'absent', null],
      ['Tom Hviid', 'member', 'deltog for Sofie Ravn'],
    ]);
  });

  it('`Referat til mødet i X`, a sentence about the meeting names no body, a long agenda list of which two items return', () => {
    expect(parseText(['Referat til mødet i Udvalget for Børn og Skole den 4. maj 2022 kl. 15:00', '', '12. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n')).meeting.body).toBe('Udvalget for Børn og Skole');
    expect(parseText(['Referat', '', 'Formanden havde indkaldt til bestyrelsesmøde onsdag den 3/4 2019 kl 19.', '', '1. Regnskab', 'Regnskabet blev godkendt.'].join('\n')).meeting.body).toBeNull();
    const doc = parseText(
      ['Kulturudvalget - Referat', 'Dato: 12. marts 2021', '', 'PUNKTER', '7. Godkendelse af dagsorden', '8. Tilskud til spejderhytte', '9. Budget 2022', '10. Kulturpris', '11. Eventuelt', '', '7. Godkendelse af dagsorden', 'Beslutning', 'Godkendt', '', '8. Tilskud til spejderhytte', 'Beslutning', 'Bevilget'].join('\n'),
    );
    // The agenda's other entries are items too, recorded nowhere.
    expect(doc.items.map((i) => [i.number, i.decision])).toEqual([
      [7, 'Godkendt'],
      [8, 'Bevilget'],
      [9, null],
      [10, null],
      [11, null],
    ]);
  });
  it('titles ending in a colon, with no numbers anywhere, are the items, numbered in order (items-unnumbered)', () => {
    const doc = parseText(
      ['Grundejerforeningen Skovbrynet', 'Bestyrelsesmøde tirsdag den 4. marts 2014 kl. 19.30', '', 'Til stede: Kim Lund, Eva Holt, Per Dahl', '', 'Godkendelse af dagsorden: godkendt', '', 'Nyt fra kassereren:', '', 'Kontingentet er betalt af alle.', '', 'Økonomi:', 'Banken har hævet gebyret.', '', 'Vejene:', '', 'Asfalteringen udsættes til næste år.', '', 'Eventuelt:', '', 'Intet.'].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      // A report told in minutes was taken note of.
      [2, 'Nyt fra kassereren', 'noted'],
      [3, 'Økonomi', null],
      [4, 'Vejene', 'postponed'],
      [5, 'Eventuelt', 'none'],
    ]);
    expect(doc.participants.map((p) => p.name)).toEqual(['Kim Lund', 'Eva Holt', 'Per Dahl']);
    expect(doc.diagnostics.map((d) => d.code)).toContain('items-unnumbered');
    // Labels of the header and of blocks are no items; two titles are too few to tell from labels.
    const two = parseText(['Referat af bestyrelsesmøde 4. marts 2014', '', 'Sted: Klubhuset', '', 'Nyt fra kassereren:', '', 'Kontingentet er betalt.', '', 'Beslutning:', '', 'Godkendt.'].join('\n'));
    expect(two.items).toEqual([]);
  });

  it('a list nested in an agenda entry and numbered from 1 again is part of that entry, indented or not', () => {
    const agenda = (indent: string) =>
      ['Referat af Skovbrynets ekstraordinære generalforsamling 3. maj 2012', '', 'Dagsorden', '1. Valg af dirigent', '2. Nye vedtægter', `${indent}1. Fremlæggelse`, `${indent}2. Debat`, `${indent}3. Afstemning`, '3. Eventuelt', '', '1. Valg af dirigent', 'Jens Bo blev valgt.', '2. Nye vedtægter', 'Forslaget blev vedtaget med 30 stemmer mod 4.', '3. Eventuelt', 'Intet.'].join('\n');
    for (const indent of ['', '   ']) {
      expect(parseText(agenda(indent)).items.map((i) => [i.number, i.title, i.outcome])).toEqual([
        [1, 'Valg af dirigent', 'approved'],
        [2, 'Nye vedtægter', 'approved'],
        [3, 'Eventuelt', 'none'],
      ]);
    }
    // Indented under the last entry, with nothing after it in the list.
    const last = parseText(['Referat af bestyrelsesmøde 3. maj 2012', '', '1. Godkendelse af dagsorden', '2. Udelukkelser', '   1. Ole Hansen', '   2. Mette Hansen', '', 'Referat', '1. Godkendt.', '2. Begge udelukkelser blev stadfæstet.'].join('\n'));
    expect(last.items.map((i) => i.title)).toEqual(['Godkendelse af dagsorden', 'Udelukkelser']);
  });
  it('items lettered instead of numbered (`a.`, `B:`, `Ad. a`), numbered in order, the heading kept as printed', () => {
    const doc = parseText(['Referat af generalforsamling i Solsikkevejens antennelaug', 'Dato: Tirsdag den 4. marts 2003 kl. 19:30', '', 'Dagsorden ifølge vedtægterne', 'a. Valg af dirigent', 'b. Beretning', 'c. Eventuelt', '', 'Ad. a', 'Bo Lind blev valgt.', '', 'Ad. b', 'Beretningen blev godkendt.', '', 'Ad. c', 'Intet.'].join('\n'));
    expect(doc.items.map((i) => [i.number, i.title, i.heading, i.outcome])).toEqual([
      [1, 'Valg af dirigent', 'Ad. a', 'approved'],
      [2, 'Beretning', 'Ad. b', 'approved'],
      [3, 'Eventuelt', 'Ad. c', 'none'],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).toContain('items-lettered');
    const inline = parseText(['Generalforsamling 2002', '', 'Afholdt 26/2 2003', '', 'A: Valg af dirigent: Som dirigent blev valgt Ole Berg. 40 var til stede.', '', 'B: Formandens beretning: Beretningen blev godkendt.', '', 'C: Eventuelt: Intet.'].join('\n'));
    expect(inline.meeting.date).toBe('2003-02-26');
    expect(inline.items.map((i) => [i.number, i.title, i.heading.slice(0, 3)])).toEqual([
      [1, 'Valg af dirigent', 'A: '],
      [2, 'Formandens beretning', 'B: '],
      [3, 'Eventuelt', 'C: '],
    ]);
  });

  it('headings ending in an ellipsis are titles too; a bullet whose symbol was lost (`Ø  Skt Hans: …`) opens a point in the item', () => {
    const doc = parseText(['Referat bestyrelsesmøde den 10/5 2010 kl. 19.00', '', 'Til stede: Claus, Søren, Klaus', '', 'Aktivitetsudvalg…', '', 'Ø  Skt Hans aften: Er på plads. Preben sørger for bål.', '', 'Kapsejladsudvalg…', '', 'Ø  Vi må bruge horn frem for skud.', '', 'Økonomi…', '', 'Ø  Økonomien er OK.'].join('\n'));
    expect(doc.items.map((i) => i.title)).toEqual(['Aktivitetsudvalg', 'Kapsejladsudvalg', 'Økonomi']);
    expect(doc.items[0]!.decision).toContain('Skt Hans aften');
  });
  it('untitled minutes whose header records attendance read the items\' text as decisions; minutes sentences that start with the agenda\'s title', () => {
    const doc = parseText(['Til stede: Ole Berg, Sara Lund og Tim Kragh', '', 'Afbud: Rune Dam', '', 'Pkt. 1 Godkendelse af referat', '', 'Bestyrelsen godkendte referatet.', '', 'Pkt. 2 Budget', '', 'Bestyrelsen tog orienteringen til efterretning.'].join('\n'));
    expect(doc.items.map((i) => [i.decision, i.outcome])).toEqual([
      ['Bestyrelsen godkendte referatet.', 'approved'],
      ['Bestyrelsen tog orienteringen til efterretning.', 'noted'],
    ]);
    const listed = parseText(['Bestyrelsesmøde 10/6 2019', '', 'Dagsorden:', '  1. Regnskab', '  2. Havevandring', '  3. Næste møde', '', 'Referat:', '  1. Regnskabet blev godkendt.', '  2. Havevandring afholdes 20/6 kl. 10.', '  3. Næste møde bliver holdt i august hos Bo.'].join('\n'));
    expect(listed.items.map((i) => [i.title, i.decision])).toEqual([
      ['Regnskab', 'Regnskabet blev godkendt.'],
      ['Havevandring', 'Havevandring afholdes 20/6 kl. 10.'],
      ['Næste møde', 'Næste møde bliver holdt i august hos Bo.'],
    ]);
  });

  it('every item printed `1.`, one of them a short title and a sentence on its line', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 4. marts 2022', 'Til stede: Karen Holm, Bo Lind og Lise Dam', '', ' 1. Godkendelse af dagsorden.', '', 'Godkendt.', '', ' 1. Kassen. Vi skal have styr på medlemslisten.', '', 'Lise rydder op i listen.', '', ' 1. Siden sidst', '', 'Fællesspisning er en succes.', '', ' 1. Eventuelt', '', 'Intet.'].join('\n'));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Godkendelse af dagsorden.'],
      [2, 'Kassen'],
      [3, 'Siden sidst'],
      [4, 'Eventuelt'],
    ]);
  });
  it('bulleted paragraphs that open with a title are the items; `Ad 3. -` records nothing and takes the agenda\'s title', () => {
    const doc = parseText(['Referat af ordinær generalforsamling i skolekredsen', 'Søndag den 16. april 2023 kl. 13.00-16.00', '', ' • Valg af dirigent: Ole Berg er valgt.', '  Generalforsamlingen er rettidigt varslet.', '', ' • Bestyrelsens beretning.', '  Beretningen blev godkendt.', '', ' • Godkendelse af regnskab. Regnskabet er enstemmigt godkendt.', '', ' • Indkomne forslag: Der er ikke nogen.'].join('\n'));
    expect(doc.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [1, 'Valg af dirigent', 'approved'],
      [2, 'Bestyrelsens beretning.', 'approved'],
      [3, 'Godkendelse af regnskab', 'approved'],
      [4, 'Indkomne forslag', 'none'],
    ]);
    expect(doc.meeting.chair).toBe('Ole Berg');
    const ad = parseText(['Referat fra bestyrelsesmøde 17. juni 2019', '', 'Dagsorden:', '  1. Budget', '  2. Mødedatoer', '  3. Evt', '', 'Beslutningsreferat:', 'Ad 1: Rammen fastholdes.', 'Ad 2. Udskudt til næste møde.', 'Ad 3. -'].join('\n'));
    expect(ad.items.map((i) => [i.title, i.decision])).toEqual([
      ['Budget', 'Rammen fastholdes.'],
      ['Mødedatoer', 'Udskudt til næste møde.'],
      ['Evt', null],
    ]);
  });

  it('a document titled minutes is parsed however little of it is read; a decision heading alone is no document', () => {
    const titled = parseText(['REFERAT TIL INTERN BRUG I BESTYRELSEN', '', 'godkendelse orientering personaleforhold kataloger om råderet'].join('\n'));
    expect(titled.documentType).toBe('referat');
    expect(titled.diagnostics.map((d) => d.code)).toContain('no-items');
    expect(() => parseText(['Beslutning', 'For stemte 11', 'Imod stemte 8', 'Godkendt.'].join('\n'))).toThrow(/does not look like meeting minutes/);
  });
  it('an agenda with its minutes (`Dagsorden og referat`, `DAGSORDEN / REFERAT af møde i …`) is minutes; `1 - Title` headings; `X - REFERAT Generalforsamling <date>`', () => {
    const both = parseText(['DAGSORDEN / REFERAT af møde i Lokalrådet for Vestby Kommune, torsdag den 15. april 2010 kl. 14.00', '', '1 - Godkendelse af dagsorden', 'Godkendt uden bemærkninger.', '', '2 - Orientering om indbrud', 'Statistikken blev fremlagt og drøftet.'].join('\n'));
    expect(both.documentType).toBe('referat');
    expect(both.meeting).toMatchObject({ body: 'Lokalrådet for Vestby Kommune', date: '2010-04-15', startTime: '14:00' });
    expect(both.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      [2, 'Orientering om indbrud', 'discussed'],
    ]);
    const club = parseText(['Skovby Jagtforening - REFERAT Generalforsamling 16. januar 2025', '', '1. Valg af dirigent', 'Per Holm blev valgt til dirigent.'].join('\n'));
    expect(club.meeting).toMatchObject({ body: 'Skovby Jagtforening', date: '2025-01-16', chair: 'Per Holm' });
    expect(club.documentType).toBe('referat');
  });

  it('block headings of more case systems are blocks of their own; journal numbers (KLE) under a heading are its case number', () => {
    const doc = parseText(['Teknisk Udvalg', 'Referat 16. juni 2010', '', '4. Renovering af gadelys', '05.01.00G01-0032', '', 'Sagsfremstilling', 'Gadelysene udskiftes til LED.', 'Tidligere behandling', 'Sagen var på udvalgets møde i januar.', 'Retsregler og andre forskrifter', 'Vejloven.', 'Anledning', 'Flere borgere har klaget.', 'Beslutning', 'Godkendt.'].join('\n'));
    expect(doc.items[0]!.caseNumber).toBe('05.01.00G01-0032');
    expect(doc.items[0]!.title).toBe('Renovering af gadelys');
    expect(doc.items[0]!.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['background', 'Sagsfremstilling'],
      ['other', 'Tidligere behandling'],
      ['other', 'Retsregler og andre forskrifter'],
      ['other', 'Anledning'],
      ['decision', 'Beslutning'],
    ]);
  });
  it('a committee whose name holds a comma after a hyphen is the body and heads its decision; a heading that is the resolution is also the decision', () => {
    const doc = parseText(['Referat', 'Social-, Sundheds- og Ældreudvalget', '03-09-2012 kl. 16:00', '', '3. Ny plan for hjemmepleje', '', 'Indstilling og beslutning', 'Direktøren indstiller, at planen godkendes.', '', 'Social-, Sundheds- og Ældreudvalget, d. 3. september 2012:', 'Godkendt med den ændring, at weekender holdes fri.'].join('\n'));
    expect(doc.meeting.body).toBe('Social-, Sundheds- og Ældreudvalget');
    expect(doc.items[0]).toMatchObject({ decision: 'Godkendt med den ændring, at weekender holdes fri.', outcome: 'approved' });
    const lines = parseText(['Referat af bestyrelsesmøde i Vester Aaby Forsamlingshus den 14. marts 2024.', '', '1. Regnskabet for 2023 blev godkendt.', '2. Forslaget om nye stole blev forkastet.', '3. Godkendelse af dagsorden.'].join('\n'));
    expect(lines.items.map((i) => [i.title, i.decision, i.outcome])).toEqual([
      // (Two of the three entries are sentences of what was done: those are untitled, each sentence its record.)
      ['', 'Regnskabet for 2023 blev godkendt.', 'approved'],
      ['', 'Forslaget om nye stole blev forkastet.', 'rejected'],
      ['Godkendelse af dagsorden.', null, null],
    ]);
  });

  it('an item of its own for absences, the names in its text (`Der er afbud fra A og B.`)', () => {
    const doc = parseText(['Byrådet - Referat', '', 'Dato: 12. maj 2010', '', '1. Fraværende', '', 'Sagsfremstilling', 'Der er afbud fra Preben Lund og Sanne Vig.', '', '2. Salg af byggegrund', '', 'Beslutning', 'Godkendt.'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Preben Lund', 'absent'],
      ['Sanne Vig', 'absent'],
    ]);
    // The label repeated in its text is nobody; a sentence of absence names them; a conditional agenda title is no resolution.
    const said = parseText(['Byrådet - Referat', 'Dato: 12. marts 2021', '', '1. Fraværende', '', 'Sagsfremstilling', 'Fraværende.', '', 'Beslutning', 'Anne Berg var fraværende.', '', '2. Hvis forslaget bliver vedtaget, så valg af ny bestyrelse.', '', '3. Eventuelt', '', 'Beslutning', 'Intet.'].join('\n'));
    expect(said.participants.map((p) => [p.name, p.group])).toEqual([['Anne Berg', 'absent']]);
    expect(said.items[1]!.decision).toBeNull();
  });
  it('a numbered list right under a block\'s heading is that block\'s text, not more items', () => {
    const doc = parseText(['Referat - Idrætsudvalget den 7. marts 2017', '', '1. Meddelelser', '', 'Beslutning i Idrætsudvalget den 07-03-2017', 'Meddelelserne blev taget til efterretning.', '', 'Sagsfremstilling', ' 1. Status på ny kunstgræsbane.', ' 2. Orientering om foreningsaften.', ' 3. Oversigt over ansøgninger om lokaletilskud.'].join('\n'));
    expect(doc.items.map((i) => i.title)).toEqual(['Meddelelser']);
    expect(doc.items[0]!.sections.find((s) => s.kind === 'background')?.text).toContain('2. Orientering om foreningsaften.');
  });
  it('short titles ended by a full stop (the stop no part of the title), each over its text, are the items when they read as the usual ones; a title\'s sentence in a paragraph is text', () => {
    const doc = parseText(['Referat af generalforsamling i Haveforeningen Kløverbakken', 'Søndag den 6. april 2025 kl. 10.00 i fælleshuset', '', 'Valg af dirigent.', 'Poul Riis blev valgt og konstaterede lovlig indkaldelse.', 'Formandens beretning.', 'Beretningen blev godkendt.', 'Regnskab.', 'Regnskabet blev godkendt uden bemærkninger.', 'Eventuelt.', 'Intet.'].join('\n'));
    expect(doc.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [1, 'Valg af dirigent', 'approved'],
      [2, 'Formandens beretning', 'approved'],
      [3, 'Regnskab', 'approved'],
      [4, 'Eventuelt', 'none'],
    ]);
    expect(doc.meeting.chair).toBe('Poul Riis');
    const paragraphs = parseText(['Referat af generalforsamling 25. september 2021', '', 'Valg af dirigent.', 'Jytte Nissen fra Musikforeningen Cæcilia blev valgt.', '', 'Formandens beretning.', 'Beretningen foreligger som et særskilt dokument.', '', 'Kassereren fremlægger regnskab.', 'Sus Beck fremlagde regnskabet.', 'Det blev godkendt.', '', 'Eventuelt.', 'Intet.'].join('\n'));
    expect(paragraphs.items.map((i) => i.title)).toEqual(['Valg af dirigent', 'Formandens beretning', 'Kassereren fremlægger regnskab', 'Eventuelt']);
    expect(paragraphs.meeting.chair).toBe('Jytte Nissen');
  });
  it('decimal numbering: `3.0 Title` is item 3 when nothing else heads it; under `2.` the `2.0`/`2.1` headings are its sub-items', () => {
    const doc = parseText(['Referat af bestyrelsesmødet den 2/10-2024', '', '1. Økonomi', 'Budgettet blev gennemgået.', '', '2. Medlemsmøde', '2.0 Indkaldelse', 'Sendt ud.', '2.1 Forslag', 'Gennemgået.', '', '3.0 Beboersager', 'Lukket punkt.', '', '4. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Økonomi'],
      [2, 'Medlemsmøde'],
      [3, 'Beboersager'],
      [4, 'Eventuelt'],
    ]);
    expect(doc.items[1]!.heading).toBe('2. Medlemsmøde');
  });
});
