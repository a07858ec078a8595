/** The heading heuristics, with the examples they were built from. */
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers/parse.js';
import { splitHeading } from '../src/segment/heading-parts.js';
import { verdictOnHeading } from '../src/segment/index.js';
import { titleBeforeFirstPoint } from '../src/segment/agenda.js';

describe('a title, then who spoke or presented, run on after it', () => {
  it('`Eventuelt Bo Dal: Kære venner …` and `Velkomst ved Bo Dal Bo Dal bød velkommen …`: the title, then the record', () => {
    const doc = parseText(['Referat af repræsentantskabsmøde 3. maj 2031', '', '1. Velkomst og godkendelse af dagsorden ved Eva Holm Eva Holm bød velkommen, og dagsordenen blev godkendt.', '', '2. Eventuelt Bo Dal: Kære venner. Tak for i dag.'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Velkomst og godkendelse af dagsorden ved Eva Holm', 'Eva Holm bød velkommen, og dagsordenen blev godkendt.'],
      [2, 'Eventuelt', 'Bo Dal: Kære venner. Tak for i dag.'],
    ]);
  });
});

describe('the next meeting\'s title and its date on the heading\'s line', () => {
  it('the date is the record, with text under the heading too', () => {
    const doc = parseText(['Referat af udvalgsmøde 3. maj 2031', '', '1. Godkendelse af referat', 'Godkendt.', '', '2. Næste mødedato. Tirsdag d. 5/6/2031 kl. 18.30', '', 'Alle er velkomne til at sende forslag til udvalget.'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title, it.decision?.split('\n')[0]])).toEqual([
      [1, 'Godkendelse af referat', 'Godkendt.'],
      [2, 'Næste mødedato', 'Tirsdag d. 5/6/2031 kl. 18.30'],
    ]);
  });
});

describe('an agenda\'s entry with its text run on after a colon', () => {
  it('the title is the part before the colon; what follows is the item\'s text, no decision', () => {
    const doc = parseText(['Dagsorden til generalforsamling 3. maj 2031', '', '1. Valg af dirigent', '', '2. Indkomne forslag: Der er indkommet forslag fra Bo Dal om nye borde. Forslaget kom efter fristen, men bestyrelsen tager det op', '', '3. Eventuelt'].join('\n'));
    expect(doc.documentType).toBe('dagsorden');
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', null],
      [2, 'Indkomne forslag', null],
      [3, 'Eventuelt', null],
    ]);
  });
});

describe('a title with its first lettered point run on after it', () => {
  const cases: [string, { title: string; text: string } | null][] = [
    ['Behandling af indkomne forslag a. Bestyrelsen foreslår, at kontingentet hæves.', { title: 'Behandling af indkomne forslag', text: 'a. Bestyrelsen foreslår, at kontingentet hæves.' }],
    ['Kongres a) Valg af delegerede', { title: 'Kongres', text: 'a) Valg af delegerede' }],
    ['Valg 9a: Valg af formand (Bo Dal modtager genvalg)', { title: 'Valg', text: '9a: Valg af formand (Bo Dal modtager genvalg)' }],
    ['Orientering fra formanden 2 a. Orienteringspunkt om vejen', { title: 'Orientering fra formanden', text: '2 a. Orienteringspunkt om vejen' }],
    // (Not where the part before the letter is no title: a preposition last, or a verb in it.)
    ['Valg af a. medlemmer til udvalget', null],
    ['Bo Dal er valgt a. Ny formand', null],
  ];
  it.each(cases)('%s', (rest, expected) => expect(titleBeforeFirstPoint(rest)).toEqual(expected));

  it('in minutes, on the item\'s heading and on an agenda entry with no record; the closing item\'s title without what the page ran onto it', () => {
    const doc = parseText(['Referat af generalforsamling 3. maj 2031', '', 'Dagsorden:', '1. Valg af dirigent', '2. Behandling af indkomne forslag a. Bestyrelsen foreslår, at kontingentet hæves. b. Eva Holm foreslår nye borde.', '3. Eventuelt', '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '3. Eventuelt Bo Dal Holm', ''].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Behandling af indkomne forslag'],
      [3, 'Eventuelt'],
    ]);
  });
});

describe('splitHeading', () => {
  const cases: [string, Partial<ReturnType<typeof splitHeading>>][] = [
    ['DRØFTELSE: Psykiatriens 10-årsplan og IPS for unge', { title: 'DRØFTELSE: Psykiatriens 10-årsplan og IPS for unge', itemType: 'drøftelse', presenter: null }],
    ['VELKOMST / Charlotte Josefsen', { title: 'VELKOMST', presenter: 'Charlotte Josefsen', durationMinutes: null }],
    ['VELKOMST OG PRÆSENTATIONSRUNDE/ (15 min)', { title: 'VELKOMST OG PRÆSENTATIONSRUNDE', presenter: null, durationMinutes: 15 }],
    ['Temadrøftelse af projekterne (1 time)', { itemType: 'temadrøftelse', durationMinutes: 60 }],
    // An office after the title, in brackets or after its full stop, presents the item; an office inside the title is its own.
    ['Regnskab. (Kassereren)', { title: 'Regnskab', presenter: 'Kassereren' }],
    ['Økonomi. Kasserer', { title: 'Økonomi', presenter: 'Kasserer' }],
    ['Valg af kasserer', { title: 'Valg af kasserer', presenter: null }],
    ['Beretning. Formanden har ordet', { title: 'Beretning. Formanden har ordet', presenter: null }],
    ['Projekt Gravid på job i HEV – mundtlig orientering, v. Ann Fogsgaard', { title: 'Projekt Gravid på job i HEV – mundtlig orientering', itemType: 'mundtlig orientering', presenter: 'Ann Fogsgaard' }],
    ['Differentieret pensionsalder v Ole Carstensen', { title: 'Differentieret pensionsalder', presenter: 'Ole Carstensen' }],
    ['Initiativer for de mest udsatte borgere/patienter', { title: 'Initiativer for de mest udsatte borgere/patienter', presenter: null }],
    ['Høringssvar for voksne med PTSD/Jette (5 min)', { title: 'Høringssvar for voksne med PTSD', presenter: 'Jette', durationMinutes: 5 }],
    ['GODKENDELSE af oplæg til Peer-konference', { itemType: 'godkendelse' }],
    ['Godkendelse af dagsorden', { itemType: null }],
    ['Lukket: Køb af landbrugsejendom', { closed: true, title: 'Lukket: Køb af landbrugsejendom' }],
    ['TIL DROFTELSE: Rigsrevisionens beretning (15 min)', { itemType: 'til drøftelse', durationMinutes: 15 }],
    ['Sundhedsaftalen 2019-2023 – skriftlig orientering', { itemType: 'skriftlig orientering' }],
    ['Svar på forslag fra V om at farten skal ned', { presenter: null }],
    ['Budgetopfølgning (kl. 15.00-15.30)', { title: 'Budgetopfølgning', durationMinutes: 30 }],
    ['Status på skolen, oplæg v/ Bo Holm', { title: 'Status på skolen', presenter: 'Bo Holm' }],
    ['Regnskab 2030 ved kassereren', { title: 'Regnskab 2030', presenter: 'kassereren' }],
    ['Besøg på værkstedet v/ leder af værkstedet, Eva Holm', { title: 'Besøg på værkstedet', presenter: 'leder af værkstedet, Eva Holm' }],
    ['Samarbejde ved forvaltningens lukning', { title: 'Samarbejde ved forvaltningens lukning', presenter: null }],
    ['Godkendelse af dagsordenKlik her for at folde ud og læse mere om Godkendelse af dagsorden', { title: 'Godkendelse af dagsorden' }],
  ];
  it.each(cases)('%s', (heading, expected) => {
    expect(splitHeading(heading)).toMatchObject(expected);
  });

  it('a name after a comma presents only when it is a participant\'s or a duration is given', () => {
    const names = ['Per Holm', 'Lise Bak'];
    expect(splitHeading('Nyt fra skolen, Per Holm:', names)).toMatchObject({ title: 'Nyt fra skolen', presenter: 'Per Holm' });
    expect(splitHeading('Trafik, Ole Berg (10 min)', names)).toMatchObject({ title: 'Trafik', presenter: 'Ole Berg', durationMinutes: 10 });
    expect(splitHeading('Budget 2025, Vestre Skole', names)).toMatchObject({ title: 'Budget 2025, Vestre Skole', presenter: null });
    expect(splitHeading('Nyt fra skolen, Per Holm', [])).toMatchObject({ title: 'Nyt fra skolen, Per Holm', presenter: null });
  });
});

describe('items numbered as cases, and references to an item\'s number inside it', () => {
  it('"Sag nr. 21 Title" is item 21; "Ad 1." under item 1\'s decision heading is its text', () => {
    const cases = parseText(['Referat', 'Teknisk Udvalg den 14. marts 2003 kl. 16.00', '', 'Sag nr. 21 Vedligeholdelse af cykelstier', 'Beslutning: Godkendt.', '', 'Sag nr. 22 Ny vejbelysning', 'Beslutning: Udsat.'].join('\n'));
    expect(cases.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [21, 'Vedligeholdelse af cykelstier', 'approved'],
      [22, 'Ny vejbelysning', 'postponed'],
    ]);
    const ad = parseText(['Referat - Byrådet den 3. december 2013', '', '1. Valg af næstformand', '', 'Indstilling', 'Borgmesteren indstiller, at der vælges en næstformand.', '', 'Beslutning i Byrådet den 03-12-2013', '', 'Ad 1. Karen Holm blev valgt som næstformand.'].join('\n'));
    expect(ad.items.map((i) => [i.title, i.decision, i.outcome])).toEqual([['Valg af næstformand', 'Ad 1. Karen Holm blev valgt som næstformand.', 'approved']]);
  });
});

describe('access markers under a heading', () => {
  it('a right-set "Lukket" line before the case number closes the item and is not title; both markers say nothing', () => {
    const doc = parseText(['Referat', 'Mødedato: 7. februar 2012', '', '1. Godkendelse af dagsorden', '', 'Åbent', '', 'Sagsnr.: 330-2012-1101', 'Beslutning:', 'Godkendt.', '', '2. Personalesag', '', 'Lukket', '', 'Sagsnr.: 330-2012-1102', 'Beslutning:', 'Godkendt.', '', '3. Eventuelt', 'Åbent punkt', 'Lukket punkt', 'Beslutning:', 'Intet.'].join('\n'));
    expect(doc.items.map((i) => [i.title, i.closed, i.caseNumber])).toEqual([
      ['Godkendelse af dagsorden', false, '330-2012-1101'],
      ['Personalesag', true, '330-2012-1102'],
      ['Eventuelt', false, null],
    ]);
    expect(doc.diagnostics.some((d) => d.code === 'access-uncertain')).toBe(true);
  });
});

describe('headings glued to the text around them', () => {
  it('"…efterretning.Beslutning" opens the decision; "(F)Indholdsfortegnelse åbent møde" ends the people and starts the contents', () => {
    const doc = parseText(
      ['Referat', 'Møde i Vejudvalget', 'mandag den 7. marts 2022 kl. 15:00', 'Deltagere:', 'Hanne Lund (A), Formand', 'Bo Vinter (F)Indholdsfortegnelse åbent møde', '1. Vintertjeneste 3', '2. Cykelsti 4', '', '1. Vintertjeneste', 'Indstilling', 'At orienteringen tages til efterretning.Beslutning', 'Taget til efterretning', '', '2. Cykelsti', 'Indstilling', 'At projektet godkendes.Beslutning', 'Godkendt'].join('\n'),
    );
    expect(doc.participants.map((p) => p.name)).toEqual(['Hanne Lund', 'Bo Vinter']);
    expect(doc.items.map((i) => [i.title, i.decision, i.outcome])).toEqual([
      ['Vintertjeneste', 'Taget til efterretning', 'noted'],
      ['Cykelsti', 'Godkendt', 'approved'],
    ]);
  });
});

describe('a result on the heading\'s line', () => {
  const cases: [string, { title: string; text: string } | null][] = [
    ['Godkendelse af dagsorden: Godkendt', { title: 'Godkendelse af dagsorden', text: 'Godkendt' }],
    ['Godkendelse af referat – Ok', { title: 'Godkendelse af referat', text: 'Ok' }],
    ['Driftsrapport: Intet at bemærke', { title: 'Driftsrapport', text: 'Intet at bemærke' }],
    ['Økonomi. Regnskabet blev gennemgået og taget til efterretning.', { title: 'Økonomi', text: 'Regnskabet blev gennemgået og taget til efterretning.' }],
    ['Målerudskiftning. Der er enkelte meget lave forbrug, som følges op.', { title: 'Målerudskiftning', text: 'Der er enkelte meget lave forbrug, som følges op.' }],
    // With nothing under the heading, the name after an election's dash is the one elected.
    ['Valg af ordstyrer – Ole', { title: 'Valg af ordstyrer', text: 'Ole' }],
    ['DRØFTELSE: Psykiatriens 10-årsplan', null],
    ['Orientering: Status på byggeriet', null],
    ['Budget 2025 - overblik og tidsplan', null],
    // A day's number and its month are no title's end: the title runs to the full stop after the date.
    ['Træning i Holmparken den 04. Juli. Alle mødes kl 10 ved porten.', { title: 'Træning i Holmparken den 04. Juli', text: 'Alle mødes kl 10 ved porten.' }],
    // Sentences after a title and a colon or a dash; a type of item and its result; the one elected.
    ['Sommerfest: Holdes på fællesarealet i uge 25.', { title: 'Sommerfest', text: 'Holdes på fællesarealet i uge 25.' }],
    ['Eventuelt: Ingen punkter.', { title: 'Eventuelt', text: 'Ingen punkter.' }],
    ['Meddelelser – ingen', { title: 'Meddelelser', text: 'ingen' }],
    ['Valg af referent: Bo Lind', { title: 'Valg af referent', text: 'Bo Lind' }],
    ['Fastsættelse af kontingent: Uændret', { title: 'Fastsættelse af kontingent', text: 'Uændret' }],
    ['Udpegning af mødeleder: Bente', { title: 'Udpegning af mødeleder', text: 'Bente' }],
    // The one elected by name, then what that one did; and a title of seven or eight words before a colon and sentences.
    ['Valg af referent: Ida tog opgaven – for sidste gang', { title: 'Valg af referent', text: 'Ida tog opgaven – for sidste gang' }],
    ['Gennemgang af det på mødet omdelte regnskab: Ad side 2: Kassereren rettede en fejl. Bo spurgte til renten, og', { title: 'Gennemgang af det på mødet omdelte regnskab', text: 'Ad side 2: Kassereren rettede en fejl. Bo spurgte til renten, og' }],
    ['Valg af referent: Referatet skrives på skift', null],
    // An election's title, a comma and the one elected; not a colon's record with a town after the name, nor an organisation.
    ['Valg af ordstyrer, Vibeke', { title: 'Valg af ordstyrer', text: 'Vibeke' }],
    ['valg af suppleant til bestyrelsen, Ida Bak-Holm', { title: 'valg af suppleant til bestyrelsen', text: 'Ida Bak-Holm' }],
    ['Valg af revisor, Holmby Kommune', null],
    // The result capitalised as a table's cell prints it, right after the title.
    ['Godkendelse af dagsorden Godkendt', { title: 'Godkendelse af dagsorden', text: 'Godkendt' }],
    // That nothing came of it, after a comma or in brackets.
    ['Eventuelt, intet', { title: 'Eventuelt', text: 'intet' }],
    ['Plan for turene (ingen bem.)', { title: 'Plan for turene', text: 'ingen bem.' }],
    ['INDKOMNE FORSLAG (DER VAR IKKE INDKOMMET FORSLAG)', { title: 'INDKOMNE FORSLAG', text: 'DER VAR IKKE INDKOMMET FORSLAG' }],
    ['Valg af bestyrelse (ingen på valg i år)', null],
    // A title longer than 80 characters, then what was done; not an agenda's note of what will be done.
    ['Valg af to suppleanter til bestyrelsen, der vælges som en 1. suppleant og en 2. suppleant. Ida blev valgt som 1. suppleant og Bo som 2. suppleant.', { title: 'Valg af to suppleanter til bestyrelsen, der vælges som en 1. suppleant og en 2. suppleant', text: 'Ida blev valgt som 1. suppleant og Bo som 2. suppleant.' }],
    ['Udarbejdelse af en plan for det kommende år på grundlag af forslag fra medlemmerne af foreningen. Der træffes beslutning om, hvad bestyrelsen skal arbejde videre med.', null],
    // An abbreviation's full stop is no sentence's end.
    ['Projekt Gravid – mundtlig orientering, v. Ann Dahl', null],
    // A list of people after the colon (a note in brackets after a name); an office alone, who did it; not two surnames.
    ['Præsentation af fremmødte: Kai Dal (formand), Stig, Jesper (kasserer), Janne', { title: 'Præsentation af fremmødte', text: 'Kai Dal (formand), Stig, Jesper (kasserer), Janne' }],
    ['VELKOMST: Formanden.', { title: 'VELKOMST', text: 'Formanden.' }],
    // A short title, then in small letters what came of it; not a kind of item and its subject.
    ['Indkommen post: skema til medlemsregistrering (til Bo), tilbud om gratis kursus', { title: 'Indkommen post', text: 'skema til medlemsregistrering (til Bo), tilbud om gratis kursus' }],
    ['Orientering: status på budgettet for året', null],
    ['Budget: Holm, Dal og Lund', null],
    // A title of nine words or more before a colon and a verdict of one word; not a longer sentence's colon.
    ['Godkendelse af referaterne fra møderne den 4/2-2031 og den 8/3-2031: Godkendt', { title: 'Godkendelse af referaterne fra møderne den 4/2-2031 og den 8/3-2031', text: 'Godkendt' }],
    ['Bestyrelsen har gennemgået referaterne fra de to sidste møder i foråret: Godkendt', null],
  ];
  it.each(cases)('%s', (rest, expected) => expect(verdictOnHeading(rest)).toEqual(expected));

  it('after a colon, a short phrase ending in its verdict, with text under the heading too', () => {
    expect(verdictOnHeading('Referat fra sidste møde: ingen bemærkninger, godkendt', false)).toEqual({ title: 'Referat fra sidste møde', text: 'ingen bemærkninger, godkendt' });
    expect(verdictOnHeading('Bankkonto: brug for bestyrelsens underskrift - GODKENDT', false)).toEqual({ title: 'Bankkonto', text: 'brug for bestyrelsens underskrift - GODKENDT' });
    expect(verdictOnHeading('Budget: status på budgettet for det kommende år, som bestyrelsen har lagt frem', false)).toBeNull();
  });

  it('a short title, then what was done in the past, its sentence wrapped onto the next line', () => {
    expect(verdictOnHeading('Fremlæggelse af regnskabet. Kassereren Tina fremlagde regnskabet, som var lagt ud på', false)).toEqual({ title: 'Fremlæggelse af regnskabet', text: 'Kassereren Tina fremlagde regnskabet, som var lagt ud på' });
    expect(verdictOnHeading('Fremlæggelse af regnskabet. Kassereren Tina fremlægger regnskabet, som ligger på', false)).toBeNull();
  });

  it('gives the item its decision and outcome, and a numbered "Økonomi: …" line stays an item', () => {
    const doc = parseText(['Referat af bestyrelsesmøde', 'Mandag den 14. februar 2022 kl. 19.00', '', '1. Godkendelse af dagsorden: Godkendt', '2. Driftsrapport: Intet at bemærke', '3. Økonomi: Regnskabet blev taget til efterretning.', '4. Eventuelt: Intet'].join('\n'));
    expect(doc.items.map((i) => [i.title, i.decision, i.outcome])).toEqual([
      ['Godkendelse af dagsorden', 'Godkendt', 'approved'],
      ['Driftsrapport', 'Intet at bemærke', 'none'],
      ['Økonomi', 'Regnskabet blev taget til efterretning.', 'noted'],
      ['Eventuelt', 'Intet', 'none'],
    ]);
  });

  it('over text of its own, two sentences after the title are text, one may be title; under a minutes label the items stay items', () => {
    expect(verdictOnHeading('Opfølgning: Teksten til folderen. Der skulle rettes lidt.', false)).toEqual({ title: 'Opfølgning', text: 'Teksten til folderen. Der skulle rettes lidt.' });
    expect(verdictOnHeading('Besøg fra turistforeningen - Orientering om arbejdet med turisme.', false)).toBeNull();
    const doc = parseText(['Beboermøde 5.10.10 i Kollegiet Lindely', '', 'Beslutningsreferat:', '1. Ordstyrer og referent – Andreas er ordstyrer.', '', '2. Regnskab – Regnskabet blev godkendt.', '', '3. Meddelelser – ingen', '', '5. Valg til beboerrådet – Mathias blev enstemmigt valgt.', '', '6. Eventuelt – Intet.'].join('\n'));
    expect(doc.items.map((i) => [i.number, i.title, i.decision, i.outcome])).toEqual([
      // An election item naming the one elected: the election was made.
      [1, 'Ordstyrer og referent', 'Andreas er ordstyrer.', 'approved'],
      [2, 'Regnskab', 'Regnskabet blev godkendt.', 'approved'],
      [3, 'Meddelelser', 'ingen', 'none'],
      [5, 'Valg til beboerrådet', 'Mathias blev enstemmigt valgt.', 'approved'],
      [6, 'Eventuelt', 'Intet.', 'none'],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).toContain('numbering-gap');
  });
});

describe('item headings in a document', () => {
  it('a list introduced by "Dagsorden:" is the items when its entries do not return', () => {
    const doc = parseText(
      ['Referat fra bestyrelsesmøde 9. marts 2022', '', 'Dagsorden:', '', '1. Regnskab', '  • Godkendt.', '', '2. Vejfest', '  • Holdes 12. juni.', '', '3. Evt.', '  • Intet.'].join('\n'),
    );
    expect(doc.items.map((i) => i.title)).toEqual(['Regnskab', 'Vejfest', 'Evt.']);
    expect(doc.meeting.date).toBe('2022-03-09');
  });

  it('an agenda list followed by minutes numbered the same takes its titles from the agenda', () => {
    const doc = parseText(
      ['Referat', 'Dato: 3. maj 2024', '', 'Dagsorden:', '1. Godkendelse af dagsorden', '2. Vejfest', '3. Eventuelt', '', 'Referat:', '1. Dagsordenen blev godkendt.', '2. Vejfesten holdes 12. juni.', '3. Intet.'].join('\n'),
    );
    expect(doc.items.map((i) => [i.title, i.decision, i.outcome])).toEqual([
      ['Godkendelse af dagsorden', 'Dagsordenen blev godkendt.', 'approved'],
      ['Vejfest', 'Vejfesten holdes 12. juni.', null],
      ['Eventuelt', 'Intet.', 'none'],
    ]);
  });

  it('a numbered list inside an item restarting at 1 does not become items', () => {
    const doc = parseText(
      [
        'Referat',
        '',
        '1. Godkendelse af dagsorden',
        'Referat: Godkendt',
        '',
        '2. Status på projektet',
        'Projektet har fem spor:',
        '1. Tidlige samtaler.',
        '2. Fysioterapi hver uge.',
        '3. Fælles chat-platform.',
        'Referat:',
        'Taget til efterretning.',
        '',
        '3. Evt.',
        'Intet.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Status på projektet'],
      [3, 'Evt.'],
    ]);
    expect(doc.items[1]!.sections[0]!.text).toContain('3. Fælles chat-platform.');
    expect(doc.items[1]!.outcome).toBe('noted');
  });

  it('a table of contents with dot leaders is not repeated as items', () => {
    const doc = parseText(
      [
        'Dagsorden',
        'Indholdsfortegnelse',
        '1. Godkendelse af dagsorden ........................ 2',
        '2. Budget 2026 ..................................... 3',
        '',
        '1. Godkendelse af dagsorden',
        'Beslutning',
        'Godkendt.',
        '2. Budget 2026',
        'Beslutning',
        'Udsat til næste møde.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2]);
    expect(doc.items[1]!.decision).toBe('Udsat til næste møde.');
    expect(doc.items[1]!.outcome).toBe('postponed');
  });

  it('numbering that starts above 1 (items numbered through the year) is kept as printed', () => {
    const doc = parseText(['Referat', 'Møde: Teknisk Udvalg', '', '49. Godkendelse af dagsorden', 'Beslutning: Godkendt', '', '50. Trafikplan', 'Beslutning: Godkendt'].join('\n'));
    expect(doc.items.map((i) => i.number)).toEqual([49, 50]);
  });

  it('dates, quarters and counts at a line start are not headings', () => {
    const doc = parseText(
      ['Referat', '', '1. Budgetopfølgning', 'Resultatet for', '2. kvartal 2022 viser et mindreforbrug.', '3. juni blev der holdt møde.', 'Beslutning', 'Godkendt.'].join('\n'),
    );
    expect(doc.items).toHaveLength(1);
  });

  it('a heading wrapped over two lines is one heading', () => {
    const doc = parseText(
      [
        'Referat',
        '',
        '1. ORIENTERING: Status fra arbejdsgruppen vedrørende rehabilitering og palliation for borgere med kræft v.',
        'Jette (10 min)',
        'Referat',
        'Taget til efterretning.',
        '',
        '2. Prøvehandlinger for fastholdelse af somatisk syge på arbejdsmarkedet / Rikke Bagge Skou (15',
        'min)',
        'Referat',
        'Godkendt.',
      ].join('\n'),
    );
    expect(doc.items[0]).toMatchObject({ presenter: 'Jette', durationMinutes: 10, itemType: 'orientering' });
    expect(doc.items[1]).toMatchObject({ title: 'Prøvehandlinger for fastholdelse af somatisk syge på arbejdsmarkedet', presenter: 'Rikke Bagge Skou', durationMinutes: 15 });
  });

  it('reports a gap in the numbering', () => {
    const doc = parseText(['Referat', '1. Godkendelse af dagsorden', 'Referat: Godkendt', '3. Evt.', 'Referat: Intet'].join('\n'));
    expect(doc.items.map((i) => i.number)).toEqual([1, 3]);
    expect(doc.diagnostics.find((d) => d.code === 'numbering-gap')).toMatchObject({ severity: 'warning', line: 4 });
  });

  it('reports an item in minutes with no decision', () => {
    const doc = parseText(['Referat', '1. Godkendelse af dagsorden', 'Referat: Godkendt', '2. Budget', 'Indstilling', 'At budgettet godkendes.'].join('\n'));
    expect(doc.items[1]!.decision).toBeNull();
    expect(doc.items[1]!.outcome).toBeNull();
    expect(doc.diagnostics.find((d) => d.code === 'item-without-decision')).toMatchObject({ line: 4 });
  });

  it('every item printed as `1.` (Word numbering lost): the items in order, with a warning', () => {
    const doc = parseText(['Referat', 'Dato: 4. april 2022', '', ' 1. Godkendelse af referat', '', 'Referat: Godkendt', '', ' 1. Høring om ny trafikplan', '', 'Referat:', 'Høringssvar afgives.', '', ' 1. Eventuelt', '', 'Referat:', 'Intet.'].join('\n'));
    expect(doc.items.map((i) => [i.number, i.title, i.decision])).toEqual([
      [1, 'Godkendelse af referat', 'Godkendt'],
      [2, 'Høring om ny trafikplan', 'Høringssvar afgives.'],
      [3, 'Eventuelt', 'Intet.'],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).toContain('numbering-repeated');
  });

  it('every item printed as `1.`, each with its record after a colon on its own line a blank line apart: the items in order', () => {
    const entries = [
      ['godkendelse af dagsorden', 'Dagsordenen blev godkendt.'],
      ['godkendelse af referat fra sidste møde', 'Referatet blev godkendt og underskrevet af de fremmødte medlemmer af rådet.'],
      ['Kirkegården', 'Graveren fortalte om de nye gravsteder og om planen for hækkene ved kapellet, som skal klippes i maj.'],
      ['Præstegården', 'Taget på udhuset er utæt, og formanden indhenter to tilbud på et nyt tag til næste møde.'],
      ['Kirkebladet', 'Redaktøren efterlyser billeder fra konfirmationen, så de kan komme med i sommernummeret.'],
      ['Eventuelt', 'Intet.'],
    ];
    const doc = parseText(['Referat af menighedsrådsmøde i Holmby Sogn', '', ...entries.flatMap(([t, r]) => [`1. ${t}: ${r}`, ''])].join('\n'));
    expect(doc.items.map((i) => [i.number, i.title, i.decision])).toEqual(entries.map(([t, r], k) => [k + 1, t, r]));
  });

  it('entries told as sentences, two a usual title run into its record with no mark (`Kassererens beretning Læs …`): those keep their titles', () => {
    const doc = parseText(
      [
        'Referat af generalforsamling i Holmby Lokalhistoriske Forening',
        '',
        '1. Bo Dal blev valgt til dirigent og konstaterede, at generalforsamlingen var lovligt indkaldt.',
        '2. Formandens beretning Læs beretningen i foreningens trykte årsskrift. Efter få spørgsmål blev den godkendt.',
        '3. Kassererens beretning Regnskabet viste et lille overskud. Det blev godkendt uden bemærkninger.',
        '4. Formandens beretning ved Eva Holm blev godkendt af alle.',
        '5. Der var ingen indkomne forslag.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.title ?? '', i.decision?.split('.')[0]])).toEqual([
      ['', 'Bo Dal blev valgt til dirigent og konstaterede, at generalforsamlingen var lovligt indkaldt'],
      ['Formandens beretning', 'Læs beretningen i foreningens trykte årsskrift'],
      ['Kassererens beretning', 'Regnskabet viste et lille overskud'],
      ['', 'Formandens beretning ved Eva Holm blev godkendt af alle'],
      ['', 'Der var ingen indkomne forslag'],
    ]);
  });

  it('a heading printed twice: its first copy is not text of the item before', () => {
    const doc = parseText(
      ['Økonomiudvalget – Referat – 3. maj 2021', '', '1. Godkendelse af dagsorden (B)', '', '1.     Godkendelse af dagsorden (B)', '', 'Beslutning:', 'Godkendt.', '', '2. Budgetopfølgning (B)', '', '2.     Budgetopfølgning (B)', '', 'Beslutning:', 'Godkendt.'].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.decision])).toEqual([
      [1, 'Godkendelse af dagsorden', 'Godkendt.'],
      [2, 'Budgetopfølgning', 'Godkendt.'],
    ]);
  });

  it('an agenda list without page numbers whose entries return as headings is not items; an entry the minutes leave out is kept from the agenda', () => {
    const doc = parseText(
      ['Teknisk Udvalg - Referat', 'Dato: 12. marts 2021', '', 'PUNKTER', '', '7. Godkendelse af dagsorden', '8. Salg af grund - Lukket punkt', '9. Ny cykelsti ved Skovvej', '', '7. Godkendelse af dagsorden', '', 'Beslutning', 'Godkendt.', '', '9. Ny cykelsti ved Skovvej', '', 'Beslutning', 'Godkendt.'].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.decision, i.closed])).toEqual([
      [7, 'Godkendelse af dagsorden', 'Godkendt.', false],
      [8, 'Salg af grund', null, true],
      [9, 'Ny cykelsti ved Skovvej', 'Godkendt.', false],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).toContain('items-only-in-agenda');
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('numbering-gap');
  });

  it('an item numbered out of sequence (`7. Tillægssag` between 1 and 2) is an item, reported', () => {
    const doc = parseText(['Referat', 'til', 'mødet i Økonomiudvalget', 'den 8. maj 2024 kl. 08:30', '', '1. Ny daginstitution', 'BESLUTNING', 'Anbefales.', '', '7. Tillægssag: Køb af ejendom', 'BESLUTNING', 'Godkendt.', '', '2. Mødeplan 2025', 'BESLUTNING', 'Godkendt.'].join('\n'));
    expect(doc.items.map((i) => [i.number, i.decision])).toEqual([
      [1, 'Anbefales.'],
      [7, 'Godkendt.'],
      [2, 'Godkendt.'],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).toContain('numbering-out-of-order');
  });

  it('a web page\'s bulleted navigation entry above `Pkt. 11` with its title on the next line: one heading, nothing leaks into the item before', () => {
    const doc = parseText(
      ['Referat', 'Dato: 4. maj 2021', ' • Pkt. 10 Meddelelser', '  Pkt. 10', '  Meddelelser', '  Beslutning', '  Taget til efterretning.', ' • Pkt. 11 Ny affaldsplan', '  Pkt. 11', '  Ny affaldsplan', '  Beslutning', '  Godkendt.'].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.decision])).toEqual([
      [10, 'Meddelelser', 'Taget til efterretning.'],
      [11, 'Ny affaldsplan', 'Godkendt.'],
    ]);
  });
});

describe('a presenter in brackets', () => {
  it('is split off when the name is a participant\'s', () => {
    expect(splitHeading('Kurser (Jette)', ['Jette Holm'])).toMatchObject({ title: 'Kurser', presenter: 'Jette' });
    expect(splitHeading('Kurser (Jette)', [])).toMatchObject({ title: 'Kurser (Jette)', presenter: null });
    expect(splitHeading('Status (Lukket)', ['Jette Holm'])).toMatchObject({ presenter: null });
  });
});

describe("a plan's fields after the title, parted by slashes", () => {
  it.each([
    ['Elevrådet /(O), (D) / 5 min / AM            Slut kl. 18.10', 'Elevrådet', 5, 'AM', 'orientering'],
    ['Værdiarbejde/ (D), (B) / 10 min/SA+GG', 'Værdiarbejde', 10, 'SA+GG', 'drøftelse'],
    ['Forældremøder i august/september /(B) / 10 min / GG', 'Forældremøder i august/september', 10, 'GG', 'beslutning'],
  ])('`%s`', (heading, title, minutes, presenter, type) => {
    const parts = splitHeading(heading);
    expect([parts.title, parts.durationMinutes, parts.presenter, parts.itemType]).toEqual([title, minutes, presenter, type]);
  });
  it('a compound\'s two forms keep their slash (`Forældrekaffe-/ lille arbejdsdag`)', () => {
    expect(splitHeading('Forældrekaffe-/ lille arbejdsdag').title).toBe('Forældrekaffe-/ lille arbejdsdag');
  });
});

describe('a numbered record opened by the name Jan', () => {
  it('`1. Jan blev valgt som dirigent, …` is item 1 (a name and a verb, not the first of January)', () => {
    const doc = parseText(['REFERAT AF GENERALFORSAMLING I HOLMBY SKAKKLUB', 'TID: 30. april 2031', '', '1. Jan blev valgt som dirigent, og konstaterede, at generalforsamlingen var lovligt indkaldt.', '2. Formanden fremførte sin beretning, der derefter blev godkendt.', '3. Dan gennemgik det uddelte regnskab, der derefter blev godkendt.', '4. Indkomne forslag: Der var ingen forslag'].join('\n'));
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4]);
    expect(doc.items[0]!.decision).toMatch(/^Jan blev valgt som dirigent/u);
  });
});

describe('headings set further in between two entries of one list', () => {
  it('reads the numbered bylaw sections under an entry as its points, the list going on after them', () => {
    const doc = parseText(
      [
        'Dagsorden for generalforsamling i Holmby Svømmeklub mandag den 3. marts 2031 kl. 19.00',
        '',
        ' 1. Valg af dirigent.',
        ' 2. Formandens beretning',
        ' 3. Regnskab',
        ' 4. Indkomne forslag',
        '  Bestyrelsen foreslår disse ændringer:',
        '  § 2 Formål:',
        '  Klubbens formål er at tilbyde svømning for alle.',
        '  § 3 Medlemmer. Ordet junior er taget ud.',
        '  § 6 Generalforsamling. Avisen er skiftet ud med hjemmesiden.',
        '  § 7 Dagsorden. Der vælges nu to stemmetællere.',
        ' 5. Valg til bestyrelsen.',
        ' 6. Eventuelt',
      ].join('\n'),
    );
    expect(doc.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 Valg af dirigent.',
      '2 Formandens beretning',
      '3 Regnskab',
      '4 Indkomne forslag',
      '5 Valg til bestyrelsen.',
      '6 Eventuelt',
    ]);
  });

  it('leaves headings at the list\'s own margin alone', () => {
    const doc = parseText(
      ['Referat af bestyrelsesmøde i Holmby Svømmeklub 3. marts 2031', '', '1. Godkendelse af referat', 'Godkendt.', '', '§ 2 Økonomi', 'Kassereren gennemgik regnskabet.', '', '3. Eventuelt', 'Intet.'].join('\n'),
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3]);
  });
});

describe('the last items on lines right under a decision with its text on the label\'s line', () => {
  const lines = [
    'Bestyrelsesmøde i Grundejerforeningen Tjørnebakken 2. juni 2031',
    '',
    '1. Godkendelse af referat',
    'Godkendt.',
    '2. Vejfonden',
    'Kassereren har talt med banken.',
    'Beslutning: Vi venter med at flytte pengene til efteråret.',
  ];
  it('are items when their numbers go on from the item above', () => {
    const doc = parseText([...lines, '3. Nyt fra kommunen', '4. Sankthans', '5. Eventuelt'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af referat'],
      [2, 'Vejfonden'],
      [3, 'Nyt fra kommunen'],
      [4, 'Sankthans'],
      [5, 'Eventuelt'],
    ]);
    expect(doc.items[1]!.decision).toBe('Vi venter med at flytte pengene til efteråret.');
  });
  it('are the decision\'s own points when numbered from 1', () => {
    const doc = parseText([...lines.slice(0, -1), 'Beslutning: Bestyrelsen vil nu:', '1. Skrive til banken', '2. Spørge revisor', '3. Orientere medlemmerne'].join('\n'));
    expect(doc.items.map((it) => it.number)).toEqual([1, 2]);
  });
});

describe('an entry\'s first lettered part alone on its line (`6.a`), its title under it', () => {
  it('numbers the entry, and the list goes on past it', () => {
    const doc = parseText([
      'Referat fra generalforsamling i Holmby Museumsforening 14. marts 2031',
      '',
      '4.',
      'Regnskab.',
      'Regnskabet blev godkendt.',
      '',
      '5.',
      'Indkomne forslag.',
      'Der var ingen forslag.',
      '',
      '6.a',
      'Valg af formand for to år.',
      'Eva Holm blev valgt.',
      '',
      '6.b',
      'Valg af to bestyrelsesmedlemmer.',
      'Bo Dal og Ib Krog blev valgt.',
      '',
      '7.',
      'Valg af revisor.',
      'Ole Lund blev genvalgt.',
    ].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [4, 'Regnskab.'],
      [5, 'Indkomne forslag.'],
      [6, 'Valg af formand for to år.'],
      [7, 'Valg af revisor.'],
    ]);
  });
});

describe('one number missing in the chain, its entry in small letters and run into its record', () => {
  it('is the list\'s entry in its place', () => {
    const doc = parseText([
      'Referat fra bestyrelsesmøde onsdag den 20. februar 2031 hos Eva',
      '',
      ' 1. Godkendelse af referat. Godkendt.',
      ' 2. Nyt fra byrådet v/Jens. Jens fortalte om budgettet og om de nye cykelstier.',
      ' 3. kommende valgkamp status. Lene og Bo har drøftet og planlagt emner, strategier og indsatser. Bo orienterer generelt, god debat og udveksling af ideer bagefter. Eva sender planen rundt til alle.',
      ' 4. Økonomi v/Eva. Eva omdelte regnskabet og orienterede.',
      ' 5. Hjemmeside. Kører fint.',
    ].join('\n'));
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5]);
  });
});
