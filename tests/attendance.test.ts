/** Attendance recorded with the items' decisions, applied to the participants. */
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers/parse.js';

const header = ['Referat', 'Teknisk Udvalg', 'Mødedato: 5. maj 2025 kl. 15.00', ''];

function item(n: number, title: string, decision: string, attendance: string[]): string[] {
  return [`${n}. ${title}`, 'Indstilling', 'Administrationen indstiller, at sagen godkendes.', 'Beslutning', decision, ...attendance, ''];
}

function person(doc: ReturnType<typeof parseText>, name: string) {
  return doc.participants.filter((p) => p.name === name);
}

describe('attendance recorded with the decisions', () => {
  it('a listed member absent from every item is absent; one absent from some items keeps a note naming them', () => {
    const doc = parseText(
      [
        ...header,
        'Medlemmer:',
        'Hanne Krog (A), formand',
        'Ib Sand (V)',
        'Jonas Toft (O)',
        '',
        ...item(1, 'Vejplan', 'Godkendt.', ['Fraværende: Ib Sand (V)']),
        ...item(2, 'Cykelsti', 'Anbefales.', ['Fraværende: Ib Sand (V), Jonas Toft (O)']),
        ...item(3, 'Belysning', 'Godkendt.', ['Fraværende: Ib Sand (V)']),
      ].join('\n'),
    );
    expect(person(doc, 'Ib Sand')).toEqual([{ name: 'Ib Sand', role: null, group: 'absent', note: 'V' }]);
    expect(person(doc, 'Jonas Toft')).toEqual([{ name: 'Jonas Toft', role: null, group: 'member', note: 'O; fraværende under punkt 2' }]);
    expect(person(doc, 'Hanne Krog')[0]!.group).toBe('chair');
    // The attendance line is not the decision.
    expect(doc.items[1]!.decision).toBe('Anbefales.');
    expect(doc.diagnostics.some((d) => d.code === 'attendance-from-items')).toBe(true);
  });

  it('people named only with the decisions are added, with the substitute who came', () => {
    const doc = parseText(
      [
        ...header,
        ...item(1, 'Vejplan', 'Godkendt.', ['Ikke til stede: Lis Uhd (C) - Mads Vig (C) mødte som stedfortræder.']),
        ...item(2, 'Cykelsti', 'Godkendt.', ['Ikke til stede: Lis Uhd (C) - Mads Vig (C) mødte som stedfortræder.']),
      ].join('\n'),
    );
    expect(person(doc, 'Lis Uhd')).toEqual([{ name: 'Lis Uhd', role: null, group: 'absent', note: 'C' }]);
    expect(person(doc, 'Mads Vig')).toEqual([{ name: 'Mads Vig', role: null, group: 'member', note: 'C; stedfortræder for Lis Uhd' }]);
  });

  it('an absence recorded with one item only is not an absence from the meeting', () => {
    const doc = parseText(
      [
        ...header,
        ...item(1, 'Vejplan', 'Godkendt.', []),
        ...item(2, 'Cykelsti', 'Godkendt.', []),
        ...item(3, 'Belysning', 'Godkendt.', ['Afbud: Nina Holt og Otto Lund']),
      ].join('\n'),
    );
    expect(person(doc, 'Nina Holt')).toEqual([{ name: 'Nina Holt', role: null, group: 'member', note: 'fraværende under punkt 3' }]);
    expect(person(doc, 'Otto Lund')[0]!.group).toBe('member');
  });

  it('attendance recorded with another body\'s earlier treatment is not this meeting\'s', () => {
    const doc = parseText(
      [
        ...header,
        'Medlemmer:',
        'Anna Berg (A)',
        'Bo Dal (V)',
        '',
        '1. Lokalplan 40',
        'Økonomiudvalget, 14. april 2025, pkt. 50:',
        'Anbefales.',
        'Fraværende: Bo Dal (V)',
        'Beslutning i Teknisk Udvalg den 5. maj 2025',
        'Godkendt.',
        '',
        '2. Lokalplan 41',
        'Økonomiudvalget, 14. april 2025, pkt. 51:',
        'Anbefales.',
        'Fraværende: Bo Dal (V)',
        'Beslutning i Teknisk Udvalg den 5. maj 2025',
        'Godkendt.',
      ].join('\n'),
    );
    expect(person(doc, 'Bo Dal')).toEqual([{ name: 'Bo Dal', role: null, group: 'member', note: 'V' }]);
  });

  it('"Fraværende: Ingen" names nobody, and without attendance nothing changes', () => {
    const doc = parseText([...header, ...item(1, 'Vejplan', 'Godkendt.', ['Fraværende: Ingen']), ...item(2, 'Cykelsti', 'Godkendt.', ['Fraværende: -'])].join('\n'));
    expect(doc.participants).toEqual([]);
    expect(doc.diagnostics.some((d) => d.code === 'attendance-from-items')).toBe(false);
  });
});

describe('a sign-off below the last item', () => {
  const minutes = (signOff: string) =>
    parseText(['Referat af bestyrelsesmøde', 'Mandag den 14. februar 2022 kl. 19.00', '', 'Til stede: Hanne Lund, Ole Krag og Bo Vinter', '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.', '', signOff].join('\n'));

  it('ends the last item, and who took the minutes is noted or added to the secretariat', () => {
    const member = minutes('Referent: Bo Vinter d. 15/2 2022');
    expect(member.items[1]!.decision).toBe('Intet.');
    expect(member.participants.find((p) => p.name === 'Bo Vinter')).toMatchObject({ group: 'member', note: 'referent' });
    const other = minutes('Referatet er skrevet af Sif Ravn');
    expect(other.items[1]!.decision).toBe('Intet.');
    expect(other.participants.find((p) => p.name === 'Sif Ravn')).toEqual({ name: 'Sif Ravn', role: 'referent', group: 'secretariat', note: null });
    const board = minutes('Pbv. Bo Vinter');
    expect(board.items[1]!.decision).toBe('Intet.');
    expect(board.participants.find((p) => p.name === 'Bo Vinter')!.note).toBeNull();
  });

  it('`Referat` alone over the name is the sign-off, no decision block under the last item', () => {
    const doc = minutes('Referat\nSif Ravn');
    expect(doc.items[1]!.decision).toBe('Intet.');
    expect(doc.items[1]!.sections.map((s) => s.kind)).toEqual(['decision']);
    expect(doc.participants.find((p) => p.name === 'Sif Ravn')).toMatchObject({ role: 'referent', group: 'secretariat' });
  });

  it('`Referat: Bo H. Vinter` above a web page\'s comment form signs off too (a middle name\'s initial)', () => {
    const doc = minutes('Referat: Sif H. Ravn\nSkriv et svar\nDin e-mailadresse vil ikke blive publiceret.');
    expect(doc.items[1]!.decision).toBe('Intet.');
    expect(doc.participants.find((p) => p.name === 'Sif H. Ravn')).toMatchObject({ role: 'referent' });
  });
});

describe('review of the attendance and sign-off rules against more minutes', () => {
  it('attendance after the meeting details recorded with a decision still counts', () => {
    const block = ['Beslutning fra Handicaprådet', 'Dato: 8. februar 2024', 'Sted: Mødelokale 3', 'Fraværende: Ane Lund, Bo Ravn', '', 'Godkendt.', ''];
    const doc = parseText(['Referat', '', '1. Dagsorden', ...block, '2. Referat', ...block].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Ane Lund', 'absent'],
      ['Bo Ravn', 'absent'],
    ]);
  });

  it('a "Referent:" line with text after it inside the last item is not a sign-off', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 4. marts 2021', 'Til stede: Anna Berg, Bo Dal, Carl Eg', '', '1. Næste møde', 'Tirsdag 10. maj kl. 19 hos Bo.', 'Referent: Carl Eg', 'Kaffe og kage: Bo Dal'].join('\n'));
    expect(doc.items[0]!.decision).toContain('Kaffe og kage: Bo Dal');
    expect(doc.participants.find((p) => p.name === 'Carl Eg')!.note).toBeNull();
  });

  it('a referent named in the header who also attends is one member, noted as referent', () => {
    const doc = parseText(['Referat', 'Dato: 4. marts 2021', 'Til stede: Anna Berg, Bo Dal, Carl Eg.', 'Referent: Carl Eg', '', '1. Regnskab', 'Godkendt.'].join('\n'));
    expect(doc.participants.filter((p) => p.name === 'Carl Eg')).toEqual([{ name: 'Carl Eg', role: null, group: 'member', note: 'referent' }]);
  });

  it('a run of names with offices after dashes or commas gives each person their office', () => {
    const doc = parseText(['Referat fra bestyrelsesmøde 4. marts 2021 kl. 19.00', 'Til stede: Anna Berg - formand, Bo Dal, Carl Eg – kasserer og Dina Fog, sekretær', '', '1. Regnskab', 'Godkendt.'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group, p.role])).toEqual([
      ['Anna Berg', 'chair', 'formand'],
      ['Bo Dal', 'member', null],
      ['Carl Eg', 'member', 'kasserer'],
      ['Dina Fog', 'member', 'sekretær'],
    ]);
  });

  it('a wrapped run with offices in small letters, "samt suppleant: X", and "- afbud" inside the run', () => {
    const doc = parseText(['Referat af MR møde d. 8. okt. 2019 Kl. 19.30 i Sognehuset.', '', 'Til stede: Helga Blom - formand, Hans Hansen - afbud, Anne Jansson, Hans Henrik', 'Knudsen, Julie Glöe – sognepræst, Else Birk - regnskabfører samt suppleant: Anne Marie Roesgaard.', '', '1. Temadag', 'Orientering.'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group, p.role])).toEqual([
      ['Helga Blom', 'chair', 'formand'],
      ['Hans Hansen', 'absent', null],
      ['Anne Jansson', 'member', null],
      ['Hans Henrik Knudsen', 'member', null],
      ['Julie Glöe', 'member', 'sognepræst'],
      ['Else Birk', 'member', 'regnskabfører'],
      ['Anne Marie Roesgaard', 'member', 'suppleant'],
    ]);
  });

  it('a decision heading dated another day than the meeting is the item\'s history', () => {
    const doc = parseText(['Referat', 'Byrådet', 'Mødedato: 25. september 2019', '', '1. Udvidelse af daginstitution', 'Økonomiudvalget den 18. september 2019, pkt. 153:', 'Indstilles godkendt.', 'Beslutning', 'Forslaget blev forkastet.'].join('\n'));
    expect(doc.items[0]!.sections.map((s) => s.kind)).toEqual(['other', 'decision']);
    expect([doc.items[0]!.decision, doc.items[0]!.outcome]).toEqual(['Forslaget blev forkastet.', 'rejected']);
  });
});

describe('more attendance and heading cases from the fifth round', () => {
  it('someone who left midway is noted, not absent; late arrivals under an absence label attended', () => {
    const items = [1, 2, 3, 4].map((n) => [`${n}. Punkt ${'ABCD'[n - 1]}`, 'Beslutning', 'Godkendt.', ...(n >= 3 ? ['Fraværende: Bo Dal (V)'] : []), '']).flat();
    const doc = parseText(['Referat', 'Dato: 3. maj 2021', 'Medlemmer: Anna Berg (A), Bo Dal (V), Carl Eg (C)', 'Fraværende med afbud:', 'Dina Fog, O, kom til mødet kl. 17.40 under punkt 2', '', ...items].join('\n'));
    expect(doc.participants.find((p) => p.name === 'Bo Dal')).toMatchObject({ group: 'member', note: 'V; fraværende under punkt 3 og 4' });
    expect(doc.participants.find((p) => p.name === 'Dina Fog')).toMatchObject({ group: 'member', note: 'O; kom til mødet kl. 17.40 under punkt 2' });
  });

  it('a heading with text under it keeps its dash; "2. Punkt fra formanden" is an item', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 4. marts 2021', '', '1. Ansøgning om dispensation – afslået af kommunen', 'Bestyrelsen klager over afgørelsen.', '', '2. Punkt fra formanden', 'Formanden orienterede om vejarbejdet.', '', '3. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [1, 'Ansøgning om dispensation – afslået af kommunen', null],
      [2, 'Punkt fra formanden', 'noted'],
      [3, 'Eventuelt', 'none'],
    ]);
  });
});

describe('attendance written as a sentence of the decision', () => {
  it('"X og Y var fraværende." is noted with the item; "X havde meldt afbud, og Y deltog i stedet." makes X absent and adds Y', () => {
    const doc = parseText(['Referat', 'Dato: 3. maj 2021', '', '1. Dagsorden', 'Beslutning', 'Godkendt.', 'Anna Berg og Bo Dal var fraværende.', '', '2. Budget', 'Beslutning', 'Godkendt.', 'Carl Eg havde meldt afbud, og Dina Fog deltog i stedet.'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group, p.note])).toEqual([
      ['Anna Berg', 'member', 'fraværende under punkt 1'],
      ['Bo Dal', 'member', 'fraværende under punkt 1'],
      ['Carl Eg', 'absent', null],
      ['Dina Fog', 'member', 'i stedet for Carl Eg'],
    ]);
  });

  it('"X fraværende" on a line of its own under every decision, no verb, is absent from the meeting', () => {
    const doc = parseText(['Referat', 'Dato: 3. maj 2031', '', '1. Dagsorden', 'Beslutning', 'Godkendt.', '', 'Kaj Holt Vang fraværende', '', '2. Budget', 'Beslutning', 'Godkendt.', '', 'Kaj Holt Vang fraværende'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([['Kaj Holt Vang', 'absent']]);
  });
});

describe('a list of people after the last item', () => {
  it('"Medlemmer" with "Name: Deltog" / "Name: Afbud (Stedfortræder X)" at the end gives the participants when the header has none', () => {
    const doc = parseText(['Møde i Trafikudvalget den 9. maj 2022', '', '1. Godkendelse af dagsorden', 'Godkendt.', '', '2. Underskriftsark', '', 'Medlemmer', ' • Anna Berg: Deltog', ' • Bo Dal: Afbud (Stedfortræder Carl Eg)', ' • Dina Fog: Deltog'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group, p.note])).toEqual([
      ['Anna Berg', 'member', null],
      ['Bo Dal', 'absent', null],
      ['Carl Eg', 'member', 'stedfortræder for Bo Dal'],
      ['Dina Fog', 'member', null],
    ]);
    expect(doc.items[1]!.sections).toEqual([]);
  });
});

describe('attendance in the forms web systems print it', () => {
  it('the label over its names, a dash for a colon, a result glued to the names, and `Ingen.` under the label', () => {
    const doc = parseText(
      [
        'Referat',
        'Vejudvalget, 4. april 2022',
        '',
        'Deltagere',
        'Anne Holm (A)',
        'Bo Jensen (V)',
        'Dorte Lind (C)',
        '',
        '1. Godkendelse af dagsorden',
        'Beslutning',
        'Fraværende: Dorte LindGodkendt.',
        '',
        '2. Trafiksikkerhed',
        'Beslutning',
        'Fraværende- Dorte Lind ()',
        'Drøftet.',
        '',
        '3. Parkering',
        'Beslutning',
        'Vejudvalget, 04.04.2022',
        'Fraværende',
        '• Dorte Lind ()',
        '',
        'Udsat.',
        '',
        '4. Cykelsti',
        'Beslutning',
        'Fraværende med afbud:',
        '',
        'Ingen.',
        '',
        'Udvalget godkendte projektet.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.decision, i.outcome])).toEqual([
      ['Godkendt.', 'approved'],
      ['Drøftet.', 'discussed'],
      ['Udsat.', 'postponed'],
      ['Udvalget godkendte projektet.', 'approved'],
    ]);
    expect(doc.items[2]!.sections.map((s) => [s.kind, s.heading, s.text])).toEqual([
      ['decision', 'Beslutning Vejudvalget, 04.04.2022', 'Udsat.'],
      ['other', 'Fraværende', 'Dorte Lind ()'],
    ]);
    // Absent from the three items that record attendance with a name, out of four with decisions: noted, not absent.
    expect(doc.participants.find((p) => p.name === 'Dorte Lind')).toMatchObject({ group: 'member', note: 'C; fraværende under punkt 1, 2 og 3' });
  });

  it('an empty absence label in the header leaves the items below it alone', () => {
    const doc = parseText(['Referat af bestyrelsesmøde den 3. april 2018', '', 'Til stede: Mette Lind, Jonas Berg', '', 'Fraværende:', '', '1. Godkendelse af dagsorden', 'Godkendt', '', '2. Eventuelt', 'Intet'].join('\n'));
    expect(doc.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      [2, 'Eventuelt', 'none'],
    ]);
  });

  it('block labels glued to their text, `Ingen bilag.`, and a web page\'s link controls', () => {
    const doc = parseText(
      ['Referat 3. april 2024 kl. 08:00', 'Kulturudvalget', '', 'Deltagere', '- Anne Holm', '- Bo Jensen Kopier link til punktet - Print', '', '1. Nyt bibliotek', 'BilagIngen bilag.', 'SagsfremstillingForvaltningen foreslår en filial.', 'BeslutningUdsat til næste møde.', 'Kopier link til punktet - Print'].join('\n'),
    );
    expect(doc.participants.map((p) => p.name)).toEqual(['Anne Holm', 'Bo Jensen']);
    expect(doc.items[0]!.sections.map((s) => [s.kind, s.text])).toEqual([
      ['background', 'Forvaltningen foreslår en filial.'],
      ['decision', 'Udsat til næste møde.'],
    ]);
    expect(doc.items[0]!.attachments).toEqual([]);
    expect(doc.items[0]!.outcome).toBe('postponed');
    // `Fold alle ud` / `Vis alle` controls, and `fold dette punkt ind` before a block's heading.
    const folded = parseText(['Referat 6. december 2016', 'Brugerrådet', '', 'Fold alle ud', '1. Mødeplan 2017', 'fold dette punkt ind Beslutning i Brugerrådet den 06-12-2016', 'Godkendt.', 'Vis alle'].join('\n'));
    expect(folded.items[0]).toMatchObject({ title: 'Mødeplan 2017', decision: 'Godkendt.', outcome: 'approved' });
  });
});

describe('attendance told in sentences', () => {
  it('all but some came, a stand-in, who chaired; in decisions, who stayed out of some items', () => {
    const doc = parseText(
      [
        'Referat',
        'til',
        'mødet i regionsrådet',
        'den 12. maj 2021 kl. 14:00',
        '',
        'Alle medlemmer var mødt undtagen Ole Berg og Lis Mark, der havde meldt afbud.',
        '',
        'Som stedfortræder for Ole Berg deltog Kim Sand.',
        '',
        '1. næstformand Jens Dal var mødeleder.',
        '',
        '1. Godkendelse af dagsorden',
        'Beslutning',
        'Godkendt.',
        'Per Lund deltog ikke under punkterne 2-3.',
        '',
        '2. Budget 2022',
        'Beslutning',
        'Godkendt.',
        'Eva Kro var forhindret i at deltage i sagens behandling.',
      ].join('\n'),
    );
    expect(doc.meeting.chair).toBe('Jens Dal');
    expect(doc.participants.map((p) => [p.name, p.group, p.note])).toEqual([
      ['Jens Dal', 'chair', null],
      ['Ole Berg', 'absent', null],
      ['Lis Mark', 'absent', null],
      ['Kim Sand', 'member', 'deltog for Ole Berg'],
      ['Per Lund', 'member', 'deltog ikke under punkt 2-3'],
      ['Eva Kro', 'member', 'fraværende under punkt 2'],
    ]);
  });
});

describe('attendance told in running text', () => {
  it('apologies in a sentence among others, a party letter after the name, a label with a bare first name', () => {
    const doc = parseText(
      [
        'Referat af bestyrelsesmøde 4. marts 2024',
        '',
        '1. Meddelelser',
        'Beslutning',
        'Orientering om sommerfesten. Der var afbud fra Karin Holm (F). Taget til efterretning.',
        '',
        '2. Afbud Gitte',
        '',
        '3. Godkendelse af budget',
        'Beslutning',
        'Godkendt.',
      ].join('\n'),
    );
    expect(doc.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Karin Holm', 'Gitte']);
  });

  it('an absence after an initial stays one name; a header that lists the apologies is not added to by an item', () => {
    const one = parseText(
      ['Referat', 'Mødedato: 2. juni 2023', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt. Bo L. Dal var fraværende.', ''].join('\n'),
    );
    expect(one.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Bo L. Dal']);
    const listed = parseText(
      [
        'Referat af bestyrelsesmøde 2. juni 2023',
        'Til stede: Ane, Lis og Ulla',
        'Afbud: Kaj',
        '',
        '1. Nyt fra vejlauget',
        'Beslutning',
        'Erik havde meldt afbud. Vejlauget holder møde i august.',
      ].join('\n'),
    );
    expect(listed.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Kaj']);
  });
});

describe('apologies in the shapes lists take', () => {
  const absentOf = (lines: string[]) =>
    parseText(['Referat af bestyrelsesmøde 4. maj 2031', '', ...lines, '', '1. Regnskab', 'Godkendt.'].join('\n'))
      .participants.filter((p) => p.group === 'absent')
      .map((p) => p.name);

  it.each([
    ['a run ended by a comma, a sentence after it', ['Afbud:', '', 'Eva Holm, Ib Lund,', '', 'Mødet blev holdt i haven på grund af vejret.'], ['Eva Holm', 'Ib Lund']],
    ['a name and an office a paragraph each', ['Afbud:', '', 'Eva Holm suppleant', '', 'Ib Lund kasserer'], ['Eva Holm', 'Ib Lund']],
    ['initials in brackets, dashes between', ['Afbud: Eva Holm(EH) – Ib Lund(IL)- Bo Dal (BD)'], ['Eva Holm', 'Ib Lund', 'Bo Dal']],
    ['initials after each name', ['Afbud: Eva Holm EH, Ib Lund IL'], ['Eva Holm', 'Ib Lund']],
    ['one not heard from', ['Deltagere: Bo, Ane', 'Afbud: Eva, Ib', 'Ikke hørt fra: Kim'], ['Eva', 'Ib', 'Kim']],
    ['the writer\'s abbreviated label after them', ['Afbud fra: Arne og Claus.', '', 'Ref. Lone'], ['Arne', 'Claus']],
    ['an office before the name', ['Fraværende:', 'Kasserer Eva Holm Dal'], ['Eva Holm Dal']],
  ])('%s', (_shape, lines, absent) => {
    expect(absentOf(lines)).toEqual(absent);
  });
});

describe('those present in the shapes lists take', () => {
  const presentOf = (lines: string[]) =>
    parseText(['Referat af bestyrelsesmøde 4. maj 2031', '', ...lines, '', '1. Regnskab', 'Godkendt.'].join('\n'))
      .participants.filter((p) => p.group !== 'absent')
      .map((p) => p.name);

  it.each([
    ['a semicolon for the label\'s colon', ['Deltagere; Bo Dal Holm, Eva Holm, Ib Lund og Kim Sand'], ['Bo Dal Holm', 'Eva Holm', 'Ib Lund', 'Kim Sand']],
    ['the last ones after where they come from', ['Deltagere: Bo, Eva og Ib samt fra elevrådet Mai Lund og ?'], ['Bo', 'Eva', 'Ib', 'Mai Lund']],
  ])('%s', (_shape, lines, present) => {
    expect(presentOf(lines)).toEqual(present);
  });
});

describe('apologies listed in a decision under the sentence that announces them', () => {
  it('`Formanden bød velkommen. Der var afbud fra:` / `- Tine Beck` / `- Jan Holm`: both absent', () => {
    const doc = parseText(['Referat', 'Samarbejdsudvalget 4. marts 2031', '', '1. Velkomst', 'Sagsfremstilling', 'Formanden byder velkommen.', 'Beslutning', 'Formanden bød velkommen.', 'Der var afbud fra:', '- Tine Beck', '- Jan Holm', '', '2. Budget', 'Beslutning', 'Godkendt.'].join('\n'));
    expect(doc.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Tine Beck', 'Jan Holm']);
  });
});

describe('a sentence after the list of those present that one more was away', () => {
  it.each(['Kim Holm er sygemeldt.', 'Kim Holm var forhindret.', 'Kim Holm havde meldt afbud.', 'Kim Holm var fraværende.'])('`Deltagere: Bo Dal, Eva Holm og Ib Lund. %s`: Kim is absent, the others present', (sentence) => {
    const doc = parseText(['Referat af bestyrelsesmøde 3. maj 2031', '', `Deltagere: Bo Dal, Eva Holm og Ib Lund. ${sentence}`, '', '1. Budget', 'Godkendt.'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Bo Dal', 'member'],
      ['Eva Holm', 'member'],
      ['Ib Lund', 'member'],
      ['Kim Holm', 'absent'],
    ]);
  });
});

describe('a note on the last one away, after a dash', () => {
  it('`Afbud fra: Dennis , Bo Lund og Ib – der samtidig meddeler, at han stopper efter 22 år.`: all three away, the note on Ib', () => {
    const doc = parseText(['Referat fra mødet den 23. okt. 2031', '', 'Mødt var: Eva, Kim og Per.', '', 'Afbud fra: Dennis , Bo Lund og Ib – der samtidig meddeler, at han stopper efter 22 år.', '', '1. Datoen for opsætning er 1. december.'].join('\n'));
    expect(doc.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Dennis', 'Bo Lund', 'Ib']);
  });
});

describe('a group label told as a sentence, its colon left out, and sentences after the names', () => {
  const present = (line: string) => parseText(['Referat af bestyrelsesmøde 3. maj 2031', '', line, '', '1. Budget', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).participants.map((p) => [p.name, p.group]);
  it.each([
    ['`Til stede` with first names and no colon', 'Til stede Ulla, Kaj, Rita og Sven.', [['Ulla', 'member'], ['Kaj', 'member'], ['Rita', 'member'], ['Sven', 'member']]],
    ['`Til stede var` over first names', 'Til stede var Ulla, Kaj, Rita og Sven', [['Ulla', 'member'], ['Kaj', 'member'], ['Rita', 'member'], ['Sven', 'member']]],
    ['`Mødt var` over full names', 'Mødt var Ulla Krog, Kaj Friis og Rita Bay.', [['Ulla Krog', 'member'], ['Kaj Friis', 'member'], ['Rita Bay', 'member']]],
    ['a sentence of one who came for part of the meeting after the list', 'Tilstede: Ulla, Kaj, Rita og Sven. Mona (træner) deltog ved en del af mødet.', [['Ulla', 'member'], ['Kaj', 'member'], ['Rita', 'member'], ['Sven', 'member']]],
    ['`Der var afbud fra …` after a list labelled `Tilstede var:`', 'Tilstede var: Ulla Krog, Kaj Friis og Rita Bay. Der var afbud fra Sven Dam.', [['Ulla Krog', 'member'], ['Kaj Friis', 'member'], ['Rita Bay', 'member'], ['Sven Dam', 'absent']]],
    ['the label in the singular, first names with an initial', 'Mødedeltager: Ulla, Rita K, Rita Ø og Sven', [['Ulla', 'member'], ['Rita K', 'member'], ['Rita Ø', 'member'], ['Sven', 'member']]],
    ['a long run with one name printed with a small letter', 'Deltagere: Ulla Krog, Kaj Friis, Rita Bay, Lars vagn Holt, Sven Dam og Ida Lund.', [['Ulla Krog', 'member'], ['Kaj Friis', 'member'], ['Rita Bay', 'member'], ['Lars vagn Holt', 'member'], ['Sven Dam', 'member'], ['Ida Lund', 'member']]],
  ])('%s', (_shape, line, expected) => {
    expect(present(line)).toEqual(expected);
  });
  it('a label word opening a sentence that names no one is no list (`Deltagerne var glade for turen.`)', () => {
    expect(present('Deltagerne var glade for turen. Ulla Krog takkede.')).toEqual([]);
  });
});

describe('a group label run on after the line before it', () => {
  it('`… i den gamle skole i HolmbyAfbud fra bestyrelsen: Lis`: the place ends before the label, Lis is away', () => {
    const doc = parseText(['Referat af', 'GENERALFORSAMLING', 'søndag den 30.04 2031 kl. 14.00', 'i den gamle skole i HolmbyAfbud fra bestyrelsen: Lis', 'Til stede fra bestyrelsen: Bo, Eva og Ib', '', '1. Valg af dirigent', 'Kim Holm blev valgt.', '', '2. Beretning', 'Godkendt.'].join('\n'));
    expect(doc.meeting.location).toBe('den gamle skole i Holmby');
    expect(doc.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Lis']);
  });
});

describe('a title of two capitalised words under the list of those present', () => {
  it('`Til stede: Bo, Eva og Ib (referent)` / blank / `Evaluering Høstfesten` / …: the title is no one who came', () => {
    const doc = parseText(['Referat af aktivitetsudvalgsmøde 9. oktober 2031', '', 'Til stede: Bo, Eva og Ib (referent)', '', 'Evaluering Høstfesten', '80 boller, ca. 15 tilbage.', 'Gik godt.'].join('\n'));
    expect(doc.participants.map((p) => p.name)).toEqual(['Bo', 'Eva', 'Ib']);
  });
});

describe('attendance labels over a table of a general assembly', () => {
  it('a count of those present under `Deltagere på generalforsamlingen` is attendance, not the first item', () => {
    const doc = parseText(
      [
        'Generalforsamling – 12. februar 2031',
        '',
        'Referent',
        '',
        'Bo Dal',
        '',
        'Deltagere på generalforsamlingen',
        '',
        'ca. 30',
        '',
        'Valg af dirigent',
        '',
        'Eva Holm',
        '',
        'Formandens beretning',
        '',
        'Godkendt',
        '',
        'Regnskab',
        '',
        'Godkendt',
        '',
        'Eventuelt',
        '',
        'Intet.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.title)).toEqual(['Valg af dirigent', 'Formandens beretning', 'Regnskab', 'Eventuelt']);
  });
});

describe('who came and who sent apologies, listed in the last item\'s decision block', () => {
  it('reads the groups, sub-headings and all, and leaves the decision after them to the item', () => {
    const doc = parseText(
      [
        '1. Godkendelse af dagsorden',
        '',
        'Beslutning',
        '',
        'I mødet deltog:',
        '',
        'Fra foreningerne:',
        '',
        'Karen Dal, Ole Vinther og Ida Krogh.',
        '',
        'Fra forvaltningen:',
        '',
        'Bo Hald og Tove Lund.',
        '',
        'Borgmester Eva Holm forlod mødet kl. 17.40 under behandling af pkt. 5.',
        '',
        'Afbud fra:',
        'Rådmand Lis Berg pga. arbejde.',
        '',
        'Holmby Fritidsudvalgs beslutning på mødet den 5. april 2031:',
        '',
        'Dagsordenen blev godkendt.',
      ].join('\n'),
    );
    expect(doc.items[0]!.decision).toBe('Dagsordenen blev godkendt.');
    expect(doc.items[0]!.outcome).toBe('approved');
    expect(doc.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Lis Berg']);
    expect(doc.participants.filter((p) => p.group !== 'absent').map((p) => p.name)).toEqual(expect.arrayContaining(['Karen Dal', 'Ida Krogh', 'Bo Hald', 'Tove Lund']));
    expect(doc.meeting.body).toBe('Holmby Fritidsudvalg');
  });
});

describe('apologies and absences in more wordings', () => {
  const people = (line: string) =>
    parseText(['Referat af bestyrelsesmøde 3. marts 2031', '', line, '', '1. Godkendelse af referat', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).participants.map((p) => `${p.name}/${p.group}`);
  it('a dash before the apologies\' label, set in or not', () => {
    expect(people('-Afbud fra Knud Holm og Mikkel Dal')).toEqual(['Knud Holm/absent', 'Mikkel Dal/absent']);
    expect(people('            -Afbud fra Knud Holm og Mikkel Dal')).toEqual(['Knud Holm/absent', 'Mikkel Dal/absent']);
  });
  it('everyone of the committee but those named', () => {
    expect(people('Alle medlemmer af udvalget var til stede undtagen Ida Lund og Eva Holm.')).toEqual(['Ida Lund/absent', 'Eva Holm/absent']);
  });
});

describe('given names one a line in the list after the last item', () => {
  it('are people, the list going on to the apologies, the decision after them the item\'s', () => {
    const doc = parseText(['1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Til stede:', 'Bo', 'Eva', 'Ida', '', 'Afbud:', 'Karen', '', 'Dagsordenen blev godkendt.'].join('\n'));
    expect(doc.participants.map((p) => `${p.name}/${p.group}`)).toEqual(['Bo/member', 'Eva/member', 'Ida/member', 'Karen/absent']);
    expect(doc.items[0]!.decision).toBe('Dagsordenen blev godkendt.');
  });
});

describe('who came and who did not, in the header', () => {
  const parse = (lines: string[]) => parseText(['Referat af bestyrelsesmøde 4. marts 2031', ...lines, '', '1. Regnskab', 'Godkendt.', '2. Eventuelt', 'Intet.'].join('\n'));
  const group = (doc: ReturnType<typeof parseText>, g: string) => doc.participants.filter((p) => p.group === g).map((p) => p.name);

  it('reads `Med afbud:` over a name as those away', () => {
    const doc = parse(['Til stede: Bo Dal, Eva Holm', 'Med afbud:', 'Ib Lund (V)']);
    expect(group(doc, 'absent')).toEqual(['Ib Lund']);
  });

  it('reads the board members present, and one away in brackets after them', () => {
    const doc = parse(['Bestyrelsesmedlemmer til stede: Bo Dal, Eva Holm & Ib Lund (fraværende Kim Berg)']);
    expect(group(doc, 'member')).toEqual(['Bo Dal', 'Eva Holm', 'Ib Lund']);
    expect(group(doc, 'absent')).toEqual(['Kim Berg']);
  });

  it('reads given names one a line, one of them away by a note in brackets', () => {
    const doc = parse(['Til stede:', '• Rikke', '• Heidi (afbud)', '• Jesper (ref)']);
    expect(group(doc, 'absent')).toEqual(['Heidi']);
    expect(doc.participants.map((p) => p.name)).toContain('Rikke');
  });

  it('reads the list of those present after the last item, the apologies told in a sentence after it', () => {
    const doc = parseText(
      [
        'Referat af bestyrelsesmøde 4. marts 2031',
        '',
        '1. Regnskab. Godkendt.',
        '',
        '2. Eventuelt. Intet.',
        '',
        ' Deltagere: Bo Dalsgaard, Eva Holmberg, Ib Lundkvist og Kim Bergmann. Der var afbud fra Per Gregersen.',
      ].join('\n'),
    );
    expect(group(doc, 'absent')).toEqual(['Per Gregersen']);
    expect(group(doc, 'member')).toEqual(['Bo Dalsgaard', 'Eva Holmberg', 'Ib Lundkvist', 'Kim Bergmann']);
  });

});

describe('header attendance in more of the shapes associations write', () => {
  // (The item that elects the chair adds Ib Dal as the chair; the header's people are the others.)
  const minutes = (attendance: string) => {
    const doc = parseText(['Referat af bestyrelsesmøde 3. marts 2031', '', attendance, '', '1. Valg af ordstyrer', 'Ib Dal blev valgt.', '2. Eventuelt', 'Intet.'].join('\n'));
    return { participants: doc.participants.filter((p) => p.name !== 'Ib Dal') };
  };

  it('`Dagens deltagere var:` labels those who came', () => {
    expect(minutes('Dagens deltagere var: Gerda Holm, Bent Lind og Maja Storm.').participants.map((p) => [p.name, p.group])).toEqual([
      ['Gerda Holm', 'member'],
      ['Bent Lind', 'member'],
      ['Maja Storm', 'member'],
    ]);
  });

  it('a name in a run followed by a few small words (`via Teams`) keeps them as its note; the run goes on', () => {
    const doc = minutes('Deltagere: Gerda Holm via Teams, Bent Lind, Maja Storm og Karl Vang.');
    expect(doc.participants.map((p) => [p.name, p.group, p.role, p.note])).toEqual([
      ['Gerda Holm', 'member', null, 'via Teams'],
      ['Bent Lind', 'member', null, null],
      ['Maja Storm', 'member', null, null],
      ['Karl Vang', 'member', null, null],
    ]);
  });

  it('`Gerda, Bent og Maja tilstede. Karl var syg.`: the names before the word for those who came, and the one away after', () => {
    const doc = minutes('Gerda, Bent og Maja tilstede. Karl var syg.');
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Gerda', 'member'],
      ['Bent', 'member'],
      ['Maja', 'member'],
      ['Karl', 'absent'],
    ]);
  });

  it('names parted by full stops alone, three or more (`Gerda Holm. Bent Lind. Maja VA.`), are a run; initials after a first name are its note', () => {
    expect(minutes('Deltagere: Gerda Holm. Bent Lind. Maja VA.').participants.map((p) => [p.name, p.note])).toEqual([
      ['Gerda Holm', null],
      ['Bent Lind', null],
      ['Maja', 'VA'],
    ]);
  });

  it('slips of the pen part no names: a mark left at the end, a full stop before a comma, a bracket closed twice', () => {
    expect(minutes('Til stede: Gerda Holm (formand), Bent Lind., Maja Storm (have 3)), Karl Vang;').participants.map((p) => [p.name, p.note])).toEqual([
      ['Gerda Holm', 'formand'],
      ['Bent Lind', null],
      ['Maja Storm', 'have 3'],
      ['Karl Vang', null],
    ]);
  });

  it('`…, samt suppleanter Karl Vang og Lis Dal var alle til stede.`: the run goes on past `samt` and ends before the verb', () => {
    expect(minutes('Bestyrelsen: Gerda Holm, Bent Lind og Maja Storm, samt suppleanter Karl Vang og Lis Dal var alle til stede.').participants.map((p) => p.name)).toEqual(['Gerda Holm', 'Bent Lind', 'Maja Storm', 'Karl Vang', 'Lis Dal']);
  });

  it('a note in brackets then a name with no comma between them (`Bent Lind (A) Maja Storm (V)`) parts two entries of a run', () => {
    expect(minutes('Tilstede: Gerda Holm (A), Bent Lind (A) Maja Storm (V), Karl Vang (V)').participants.map((p) => [p.name, p.note])).toEqual([
      ['Gerda Holm', 'A'],
      ['Bent Lind', 'A'],
      ['Maja Storm', 'V'],
      ['Karl Vang', 'V'],
    ]);
  });

  it('a few small words between names (`…, alle forældre samt Bo Dal`) say who the ones before were; `Agenda` on its own line ends the list', () => {
    const doc = parseText(['Referat fra grupperådsmøde 12. februar 2031', '', 'Følgende deltog på mødet:', '', 'Gerda Holm, Bent Lind, Maja Storm, Karl Vang (formand), alle forældre samt Ib Dal (korpset)', '', 'Agenda', '', ' 1. Valg af dirigent', '  Dirigent var Eva Berg.'].join('\n'));
    expect(doc.participants.filter((p) => p.name !== 'Eva Berg').map((p) => [p.name, p.note])).toEqual([
      ['Gerda Holm', null],
      ['Bent Lind', null],
      ['Maja Storm', null],
      ['Karl Vang', 'formand'],
      ['Ib Dal', 'korpset'],
    ]);
  });
});

describe('the away named with initials only, and two substitutes in one sentence', () => {
  it('`Afbud: Jørgen W. O.`: a given name the lexicon knows, then initials, is a person', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 4. maj 2031', '', 'Tilstede: Doris, Tina og Kaj.', '', 'Afbud: Jørgen W. O.', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n'));
    expect(doc.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Jørgen W. O']);
  });
  it('`Bo Dal deltog i stedet for Eva Holm og Ib Lund deltog i stedet for Kaj Berg`: each clause one who came and one away', () => {
    const doc = parseText(['Referat fra mødet den 4. maj 2031', '', 'Bo Dal deltog i stedet for Eva Holm og Ib Lund deltog i stedet for Kaj Berg', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Bo Dal', 'member'],
      ['Eva Holm', 'absent'],
      ['Ib Lund', 'member'],
      ['Kaj Berg', 'absent'],
    ]);
  });
});

describe('apologies told with more said after the names', () => {
  const away = (line: string) => parseText(['Referat af bestyrelsesmøde 4. maj 2031', '', 'Til stede: Eva Holm og Ib Lund', '', line, '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n')).participants.filter((p) => p.group === 'absent').map((p) => p.name);
  it('`Der var afbud fra Bo Dal, som til gengæld havde sendt en mail.`: the relative clause names nobody', () => {
    expect(away('Der var afbud fra Bo Dal, som til gengæld havde sendt en mail med sine forslag.')).toEqual(['Bo Dal']);
  });
  it('`Kaj Berg var forhindret i at komme, men …`: prevented from coming', () => {
    expect(away('Kaj Berg var forhindret i at komme til mødet, men sendte sin beretning.')).toEqual(['Kaj Berg']);
  });

  it('an absence label run into the first of its names, one a line after the decision, one with who came instead', () => {
    const doc = parseText(
      [
        'Mødedato: 4.3.2015, kl. 18:00',
        '',
        'Cykelparkering',
        '',
        'Beslutning',
        '',
        'Udvalget drøftede placeringen af stativerne.',
        '',
        'Fraværende med afbud',
        'Hans Vinther. I stedet deltog Marie Bang.',
        'Ole P. Brandt.',
        'Tove Riis.',
        'Jonas Kirk gik efter punkt 2.',
        '',
      ].join('\n'),
    );
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Hans Vinther', 'absent'],
      ['Ole P. Brandt', 'absent'],
      ['Tove Riis', 'absent'],
      ['Marie Bang', 'member'],
    ]);
  });

  it('each absence sentence read where a stand-in sentence without a full stop runs into the next line', () => {
    const lines = ['Hans Vinther (A) var fraværende. Som stedfortræder deltog Marie Bang (A)', 'Tove Riis (V) var fraværende. Som stedfortræder deltog Ole Brandt (V)'];
    const doc = parseText([...header, ...item(1, 'Vejplan', 'Godkendt.', lines), ...item(2, 'Cykelsti', 'Godkendt.', lines)].join('\n'));
    expect(doc.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Hans Vinther', 'Tove Riis']);
  });

  it('`… deltog ikke i behandlingen af dette punkt` under every item: absent from the meeting', () => {
    const line = 'Hans Vinther, Tove Riis og Ole Brandt deltog ikke i behandlingen af dette punkt.';
    const doc = parseText([...header, ...item(1, 'Vejplan', 'Godkendt.', [line]), ...item(2, 'Cykelsti', 'Godkendt.', [line])].join('\n'));
    expect(doc.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Hans Vinther', 'Tove Riis', 'Ole Brandt']);
  });
});


describe('those present listed with an item\'s record, by their first names on one line', () => {
  const present = (doc: ReturnType<typeof parseText>) => doc.participants.filter((p) => p.group === 'member').map((p) => p.name);
  it('reads the label joined to the line above it (an agenda first, the minutes\' own title and the list under the last entry)', () => {
    const text = ['Dagsorden til bestyrelsesmødet 4/9-31', '', '1) Godkendelse af referat', '2) Sæsonstart', '3) Eventuelt', '', 'Referat af bestyrelsesmøde d. 4. september 2031', 'Til stede: Thomas, Inger Marie, Bodil, Birgit og Sofie', '', 'Godkendelse af referat.', 'Opstart: Det fungerer godt med tilmelding på nettet. Alle hold for børn og voksne er fyldt op, og der er venteliste på to af dem.', 'Klubmesterskab: Birgit har alle pokaler undtagen to, som Sofie skriver til de sidste vindere om at aflevere.'].join('\n');
    expect(present(parseText(text))).toEqual(['Thomas', 'Inger Marie', 'Bodil', 'Birgit', 'Sofie']);
  });
  it('ends the list where the next label\'s sentence starts', () => {
    const text = ['Referat af bestyrelsesmøde 4. september 2031', '', '1. Registrering af fremmødte', 'Afbud fra Erik og Thyge.', 'Til stede: Stig, Ole, Gitte og Lars Juul. Fraværende: Mihai', '', '2. Eventuelt', 'Intet.'].join('\n');
    expect(present(parseText(text))).toEqual(['Stig', 'Ole', 'Gitte', 'Lars Juul']);
  });
});

describe('people listed with the body each comes from after them', () => {
  const text = (line: string) => ['Referat af repræsentantskabsmøde i Holmby Volleykreds 6. maj 2031', '', line, '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Eventuelt', 'Intet.'].join('\n');
  it('`Ida Holm og Per Lund, Holmby KFUM, Eva Berg, Skovby IF, …`: every person, the body as a note, an office as the role', () => {
    const doc = parseText(text('Deltagere med stemmeret: Ida Holm og Per Lund, Holmby KFUM, Eva Berg og Kim Sand, Skovby IF, Lis Krog, HVK, Ole Winther og Jens Bak, Bestyrelsen, Mona Dahl, Formand.'));
    // (The elected dirigent is the meeting's chair, read apart.)
    expect(doc.participants.filter((p) => p.name !== 'Bo Dal').map((p) => [p.name, p.note, p.role])).toEqual([
      ['Ida Holm', 'Holmby KFUM', null],
      ['Per Lund', 'Holmby KFUM', null],
      ['Eva Berg', 'Skovby IF', null],
      ['Kim Sand', 'Skovby IF', null],
      ['Lis Krog', 'HVK', null],
      ['Ole Winther', 'Bestyrelsen', null],
      ['Jens Bak', 'Bestyrelsen', null],
      ['Mona Dahl', null, 'Formand'],
    ]);
  });
  it('but one person with an office and a workplace stays one person', () => {
    const doc = parseText(text('Deltagere: Ida Holm, direktør for Holmby Vandværk, Holmby Kommune'));
    expect(doc.participants.filter((p) => p.name !== 'Bo Dal').map((p) => p.name)).toEqual(['Ida Holm']);
  });
});

describe('a list of those present that ends in a remark whose bracket closes on a later line', () => {
  it('`Til stede: Bo, Eva, … og Per (halvdelen af alle medlemmer i` / `foreningen!)`: every name, not the remark', () => {
    const doc = parseText(['Referat af medlemsmøde 2. april 2031', '', 'Til stede: Bo, Eva, Kim, Lis, Ole og Per (halvdelen af alle medlemmer i', '', 'foreningen!)', '', '1. Valg af ordstyrer', 'Jens Holm blev valgt.', '', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.participants.filter((p) => p.group !== 'chair').map((p) => p.name)).toEqual(['Bo', 'Eva', 'Kim', 'Lis', 'Ole', 'Per']);
  });
});

describe('a list of those present under `Deltagerliste:`, one line a region', () => {
  it('`København: Bo Holm, Ib Dal` / `Bornholm: Eva Lund`: every person, the region as the role', () => {
    const doc = parseText(['Referat af repræsentantskabsmøde 14. juni 2031', '', 'Deltagerliste:', '', 'København: Bo Holm, Ib Dal, Per Lund', '', 'Bornholm: Eva Lund', '', 'Afbud: Kim Sand', '', '1. Valg af dirigent', 'Jens Krog blev valgt.'].join('\n'));
    expect(doc.participants.filter((p) => p.group !== 'chair').map((p) => [p.name, p.group, p.role])).toEqual([
      ['Bo Holm', 'member', 'København'],
      ['Ib Dal', 'member', 'København'],
      ['Per Lund', 'member', 'København'],
      ['Eva Lund', 'member', 'Bornholm'],
      ['Kim Sand', 'absent', null],
    ]);
  });
});

describe('a long list of those present with a few remarks written into it', () => {
  const text = (line: string) => ['Referat af brugerrådsmøde 24. juni 2031', '', 'Tilstede:', '', line, '', '1. Velkomst', 'Formanden bød velkommen.'].join('\n');
  it('`Bo Holm (Holmby Kommune), …, Ib Dal for Kim Lund. Ole Dam (Nst), Eva Berg deltog i punkterne 1-4, …`: the names, not one person whose office is the rest', () => {
    const doc = parseText(text('Bo Holm (Holmby Kommune), Ida Krog (Friluftsrådet), Per Lund (Dansk Rideforbund), Eva Holt (Skovby Kommune), Kim Sand (Dansk Cyklistforbund), Jens Moe (Holmby Kommune), Lone Vang (Vejby Kommune), Ib Dal (Vejby Kommune) for Kim Lund. Ole Dam (Nst), Eva Berg (Nst) deltog i punkterne 1-4 og 13,14 og 15, Sven Holt (Nst) og Lis Bak (praktikant).'));
    expect(doc.participants.map((p) => p.name)).toEqual(['Bo Holm', 'Ida Krog', 'Per Lund', 'Eva Holt', 'Kim Sand', 'Jens Moe', 'Lone Vang', 'Ole Dam', 'Sven Holt', 'Lis Bak']);
    expect(doc.participants[0]!.note).toBe('Holmby Kommune');
  });
});

describe('a run of first names with a nickname among them', () => {
  it('keeps the whole run, the nickname with its inner capital too', () => {
    const doc = parseText(['Referat af udvalgsmøde 4. maj 2031', '', 'Til stede: Lasse, Jonas, Pia, MiMo, Karl (referent)', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n'));
    expect(doc.participants.map((p) => p.name)).toEqual(['Lasse', 'Jonas', 'Pia', 'MiMo', 'Karl']);
  });
});

describe('a run of names on one line, then more names a line each', () => {
  const parse = (list: string[]) => parseText(['Referat', 'Dato: 8. maj 2031 kl. 9:00', '', 'Deltagere:', ...list, '', 'Dagsorden:', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n'));
  it('reads each of the lines after the run as a person of its own', () => {
    const doc = parse(['Per Holm, Anna Lise Dal, Bo Krog og Ib Sand', 'Tove Marie Lind', 'Kaj Erik Nørby']);
    expect(doc.participants.map((p) => p.name)).toEqual(['Per Holm', 'Anna Lise Dal', 'Bo Krog', 'Ib Sand', 'Tove Marie Lind', 'Kaj Erik Nørby']);
  });
  it('keeps a note that opens the next line with the name before it', () => {
    const doc = parse(['Per Holm, Anna Dal, Bo Krog ', '(afbud), Ib Sand og Tove Lind']);
    expect(doc.participants.find((p) => p.name === 'Bo Krog')?.group).toBe('absent');
    expect(doc.participants.map((p) => p.name)).toEqual(['Per Holm', 'Anna Dal', 'Bo Krog', 'Ib Sand', 'Tove Lind']);
  });
  it('joins a surname wrapped onto the next line to the given name before it', () => {
    const doc = parse(['Per Holm, Anna Dal, Karen ', 'Vig Sand (ny i gruppen), Bo Krog, Ib Lind']);
    expect(doc.participants.map((p) => p.name)).toEqual(['Per Holm', 'Anna Dal', 'Karen Vig Sand', 'Bo Krog', 'Ib Lind']);
  });
  it('reads two people on the first of lines a person each, not a name and a place', () => {
    const doc = parse(['Per Holm, Anna Dal', 'Tove Lind', 'Kaj Nørby']);
    expect(doc.participants.map((p) => p.name)).toEqual(['Per Holm', 'Anna Dal', 'Tove Lind', 'Kaj Nørby']);
  });
});

describe('an attendance label run on after the date by a copy that lost the line break', () => {
  it('`Bestyrelsesmøde 19/10-31Til stede: …`: the date, and those present', () => {
    const doc = parseText(['Bestyrelsesmøde 19/10-31Til stede: Bo, Eva, Kim Lund', 'Afbud: Ida', '', '1. Godkendelse af referat', 'Godkendt.', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.meeting.date).toBe('2031-10-19');
    expect(doc.participants.filter((p) => p.group !== 'absent').map((p) => p.name)).toEqual(['Bo', 'Eva', 'Kim Lund']);
  });
  it('`18.03. 2031Deltagere:` over the names on the next line', () => {
    const doc = parseText(['Referat af bestyrelsesmøde', '18.03. 2031Deltagere:', 'Bo, Eva, Kim og Ida', '', '1. Godkendelse af referat', 'Godkendt.', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.participants.map((p) => p.name)).toEqual(['Bo', 'Eva', 'Kim', 'Ida']);
  });
});
