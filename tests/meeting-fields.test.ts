/** The meeting's fields and attendance as a careful reader finds them (issue 13): synthetic texts of the shapes real minutes take. */
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers/parse.js';
import { CLOSING_EXAMPLES, closingTime, placeInSentence, splitRunTogether, virtualPlace, VIRTUAL_PLACE_EXAMPLES } from '../src/segment/meeting.js';
import { parseEntry } from '../src/segment/people.js';
import type { MeetingDocument } from '../src/schema.js';

const line = (text: string) => ({ text, blank: false }) as unknown as Parameters<typeof splitRunTogether>[0];
const present = (doc: MeetingDocument) => doc.participants.filter((p) => p.group !== 'absent').map((p) => p.name);
const absent = (doc: MeetingDocument) => doc.participants.filter((p) => p.group === 'absent').map((p) => p.name);
/** A board meeting's minutes with these lines at the top, over two items: where the header's readings are tried. */
const boardMeeting = (...top: string[]) => parseText(['Referat af bestyrelsesmøde 3. maj 2031', '', ...top, '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n'));

describe('two labels and two values paired by slashes', () => {
  it('`Mødeleder / referent: Lars / Ditte` is a chair and a minute-taker', () => {
    const doc = boardMeeting('Ordstyrer / referent: Knud / Sonja');
    expect(doc.meeting.chair).toBe('Knud');
    expect(doc.participants.find((p) => p.name === 'Sonja')?.group).toBe('secretariat');
  });
});

describe('the same day in two years', () => {
  const head = (top: string) => parseText(`${top}\n\n1. Regnskab\nGodkendt.\n2. Eventuelt\nIntet.`).meeting;
  it('the title\'s year over a line below left from last year\'s minutes, its time kept', () => {
    expect(head('Referat 2031-01-08\nBestyrelsesmøde nr. 1 08-01-2030 kl. 18 hos Eva, Skovvej 3')).toMatchObject({ date: '2031-01-08', startTime: '18:00' });
  });
  it('the day the minutes were approved, above them, is not the meeting\'s', () => {
    expect(head('Behandlet og godkendt af menighedsrådet 9. oktober 2031.\nBilag kan fås hos formanden.\nUDVALGETS MØDE 12. JUNI 2031').date).toBe('2031-06-12');
  });
  it('a field\'s date stands against the title\'s', () => {
    expect(head('Referat af lokalrådsmøde (27. november 2031)\nTid: 27. november 2030\nSted: Skolen').date).toBe('2030-11-27');
  });
});

describe('attendance among the items', () => {
  it('a paragraph `Til stede: …` in the first item\'s record is who came when the header names nobody', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 3. maj 2031', '', '1. Velkomst', '', 'Til stede: Gerd, Hanne, Tove og Anne-Lise', '', 'Formanden bød velkommen.', '', '2. Stalden', '', 'Der er plads til to heste mere.', '', '3. Evt.', '', 'Intet.'].join('\n'));
    expect(present(doc)).toEqual(['Gerd', 'Hanne', 'Tove', 'Anne-Lise']);
  });

  it('those counted and not named after a run, and the minute-taker named again after a slash, are nobody', () => {
    expect(present(boardMeeting('Tilstede: Vibe, Inge, Lone + 3 instruktører og et medlem'))).toEqual(['Vibe', 'Inge', 'Lone']);
    expect(present(boardMeeting('Til stede var hele bestyrelsen: Søren, Kirsten og Wivi / referent Wivi'))).toEqual(['Søren', 'Kirsten', 'Wivi']);
  });
});

describe('attendance told of the whole, glued to a name, or run together without commas', () => {
  it('an apology up to a clause after a comma that tells of another (`Afbud fra Kirsten, Karen kommer senere`)', () => {
    expect(absent(boardMeeting('Afbud fra Gunver, Tove kommer lidt senere, Ib kommer efter pausen.'))).toEqual(['Gunver']);
  });

  it('the apologies\' word later on the line of those who came, no colon, starts the absent (`Deltagere Bo, Eva Afbud Ib`)', () => {
    const doc = boardMeeting('Deltagere Karen Vang. Tove Lind, Kaj Holt Afbud Rut Bak');
    expect(present(doc)).toEqual(['Karen Vang', 'Tove Lind', 'Kaj Holt']);
    expect(absent(doc)).toEqual(['Rut Bak']);
  });

  it('everyone came but those named, under a label or in a sentence', () => {
    expect(absent(boardMeeting('Tilstede var: Den samlede bestyrelse, bortset fra Gerda Holm'))).toEqual(['Gerda Holm']);
    expect(absent(boardMeeting('Hele bestyrelsen deltog på nær kasserer Ivar Dal.'))).toEqual(['Ivar Dal']);
    expect(absent(boardMeeting('Alle bestyrelsesmedlemmer var til stede undtagen Rut Bak.'))).toEqual(['Rut Bak']);
    expect(absent(boardMeeting('Alle var til stede.'))).toEqual([]);
  });

  it('an absence noted inside a run, without brackets or glued to initials, is that entry’s; the rest came', () => {
    const doc = boardMeeting('Til stede: Ole Dam, Tove Lind (TL)afbud, Kaj Holt');
    expect(absent(doc)).toEqual(['Tove Lind']);
    expect(present(doc)).toEqual(['Ole Dam', 'Kaj Holt']);
    expect(absent(boardMeeting('Til stede: Ole Dam, Tove Lind afbud, Kaj Holt'))).toEqual(['Tove Lind']);
  });

  it('names run together without commas are parted at each given name after a surname; one person’s names stay together', () => {
    expect(present(boardMeeting('Til stede: Karen Vang Torben Kjær Ulla Bech'))).toEqual(['Karen Vang', 'Torben Kjær', 'Ulla Bech']);
    expect(absent(boardMeeting('Fraværende: Jonas Lars Rikke'))).toEqual(['Jonas', 'Lars', 'Rikke']);
    expect(present(boardMeeting('Til stede: Hans Peter Vang, Anne Marie Holm'))).toEqual(['Hans Peter Vang', 'Anne Marie Holm']);
  });
});

describe('a header run together on one line', () => {
  it('is cut where its labels start: fields, groups of people, the agenda', () => {
    const parts = splitRunTogether(line('Referat fra Vejudvalget Mødedato: Tirsdag den 4. marts 2031 Sted: Gl. Skole Til stede: Asger Holm, Rita Bak og Ivan Dyhr Gæst: Pia Lund Dagsorden:'));
    expect(parts.map((p) => p.text)).toEqual([
      'Referat fra Vejudvalget',
      'Mødedato: Tirsdag den 4. marts 2031',
      'Sted: Gl. Skole',
      'Til stede: Asger Holm, Rita Bak og Ivan Dyhr',
      'Gæst: Pia Lund',
      'Dagsorden:',
    ]);
  });

  it('gives an empty place label the words before the first name of the group after it (cells read label, label, value, value)', () => {
    const parts = splitRunTogether(line('Mødested: Deltagere: Rådmandens kontor Holger Friis (A), Sonja Kirk (V), Tage Ulv (C) Afbud:'));
    expect(parts.map((p) => p.text)).toEqual(['Mødested: Rådmandens kontor', 'Deltagere: Holger Friis (A), Sonja Kirk (V), Tage Ulv (C)', 'Afbud:']);
  });

  it('leaves a line without such labels whole, and does not cut at a colon in a sentence', () => {
    expect(splitRunTogether(line('Vi talte om vejen: den skal repareres inden vinter')).map((p) => p.text)).toEqual(['Vi talte om vejen: den skal repareres inden vinter']);
  });

  it('reads the people and fields of such a header, and a numbered item after a full stop ends the last group', () => {
    const doc = parseText(
      [
        'Referat Bestyrelsesmødet onsdag den 5. marts 2031 Til stede: Vagn Holt (formand), Dorit Ek, Lasse Brun og Stine Mo (fra punkt 3). Gæst: Anker Vad deltog som gæst under punkt 2. Fra sekretariatet: Lis Krag og Ebbe Sand (referent). 1. Godkendelse af dagsorden Vagn Holt bød velkommen.',
        '',
        '2. Budget',
        'Budgettet blev godkendt.',
      ].join('\n'),
    );
    expect(present(doc)).toEqual(expect.arrayContaining(['Vagn Holt', 'Dorit Ek', 'Lasse Brun', 'Stine Mo', 'Anker Vad', 'Lis Krag', 'Ebbe Sand']));
    expect(doc.meeting.chair).toBe('Vagn Holt');
  });

  it('a board named as the label of its members lists them; a table of contents after an empty absence label names no one', () => {
    const doc = parseText(
      [
        'Referat Kredsbestyrelsen',
        'Dato: 2. maj 2031 Hovedbestyrelsen: Rune Dal (formanden), Gro Vind (GV), Eik Lund (EL) Afbud:',
        'Indholdsfortegnelse Side 1. Godkendelse af dagsorden 2. Regnskab',
        '',
        '1. Godkendelse af dagsorden',
        'Godkendt.',
        '2. Regnskab',
        'Godkendt.',
      ].join('\n'),
    );
    expect(present(doc)).toEqual(expect.arrayContaining(['Rune Dal', 'Gro Vind', 'Eik Lund']));
    expect(absent(doc)).toEqual([]);
  });
});

describe('a run of names', () => {
  it('whose last entry goes on with a sentence keeps the name, the rest as its note', () => {
    const people = parseEntry('Kaj Boe (KB), Rie Lund (RL), Tor Vik (TV) til kl. 12 TV deltog i stedet for Ove Dahl', 'member');
    expect(people.map((p) => p.name)).toEqual(['Kaj Boe', 'Rie Lund', 'Tor Vik']);
  });

  it('a surname alone after a name is part of that name, not a note', () => {
    expect(parseEntry('Kaj Boe, Rie Lund, Tor Vik Hald', 'member').map((p) => p.name)).toEqual(['Kaj Boe', 'Rie Lund', 'Tor Vik Hald']);
  });

  it('others taking part (`Andre deltagere:`) are present as guests', () => {
    const doc = parseText(['Referat af rådsmøde 3. april 2031', 'Andre deltagere: Hugo Krag (Lokalhistorisk Forening) og Alma Ravn', '', '1. Beretning', 'Taget til efterretning.', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.participants.filter((p) => p.group === 'guest').map((p) => p.name)).toEqual(['Hugo Krag', 'Alma Ravn']);
  });
});

describe('who chaired, told in the minutes', () => {
  const assembly = (record: string, header: string[] = []) =>
    parseText(['Referat af generalforsamling den 2. april 2031', ...header, '', '1. Valg af dirigent', record, '', '2. Beretning', 'Beretningen blev godkendt.'].join('\n'));

  it('a dirigent named by initials is the participant listed with them', () => {
    const doc = assembly('(PH) blev valgt som dirigent og (AK) som referent.', ['Deltagere: Pia Hald (PH), Arne Krog (AK) og Tove Bech (TB)']);
    expect(doc.meeting.chair).toBe('Pia Hald');
  });

  it('one proposed who accepted, in the election of the dirigent (a first name alone)', () => {
    expect(assembly('Bestyrelsen foreslår Gunhild fra opgang 3, som modtog valg.').meeting.chair).toBe('Gunhild');
  });

  it('a word broken at a line end (`fore-slog`) does not hide the proposal', () => {
    expect(assembly('Formanden, Ruth Lind, bød velkommen og fore-slog på bestyrelsens vegne Carsten Bøg, Enghaven 2, som dirigent.').meeting.chair).toBe('Carsten Bøg');
  });

  it('the chairman who welcomed and led, in a header with no items found', () => {
    const doc = parseText('Referat af rådets møde i Vejle, lørdag den 3. maj 2031. Rådets formand, Oda Friis Holm, bød velkommen til årets møde og fortsatte som mødeleder. Der var afbud fra to medlemmer.');
    expect(doc.meeting.chair).toBe('Oda Friis Holm');
  });

  it('the chairman who opened the meeting chairs it, unless an item elects a dirigent', () => {
    const board = parseText(['Bestyrelsesmøde den 4. maj 2031', '', '1. Velkomst', 'Formand Bent Lau bød velkommen.', '', '2. Regnskab', 'Regnskabet blev godkendt.'].join('\n'));
    expect(board.meeting.chair).toBe('Bent Lau');
    const elected = assembly('Forsamlingen drøftede valget uden at nå til enighed.', []);
    expect(elected.meeting.chair).toBeNull();
    const both = parseText(['Generalforsamling den 4. maj 2031', '', '1. Valg af dirigent', 'Formand Bent Lau bød velkommen. Dirigenten takkede.', '', '2. Beretning', 'Godkendt.'].join('\n'));
    expect(both.meeting.chair).toBeNull();
  });

  it('the one elected referent is never the chair', () => {
    expect(assembly('Til referent valgtes Dorte Vang.').meeting.chair).toBeNull();
  });

  it('a stray dash after the dirigent\'s name before `og referent` is no part of it; a chair field that is a sentence names no one', () => {
    expect(assembly('Indledningsvis vælges dirigent Bo Hansen- og referent Lis Krogh.').meeting.chair).toBe('Bo Hansen');
    const doc = parseText(['Referat af bestyrelsesmøde den 4. maj 2031', 'Ordstyrer: Jens spørger Karl Ove.', '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.meeting.chair).toBeNull();
  });

  it('lettered elections under an item of formalities: `A: Valg af dirigent. Name.`', () => {
    const doc = parseText(['Generalforsamling den 4. maj 2031', '', '1. Formalia', 'A: Valg af dirigent. Henrik Sand.', 'B: Valg af referent. Lone Brix.', '', '2. Beretning', 'Godkendt.'].join('\n'));
    expect(doc.meeting.chair).toBe('Henrik Sand');
  });
});

describe('absentees told in sentences', () => {
  it('`X og Y deltog ikke i sagens behandling` under every item: away from the meeting', () => {
    const item = (n: number, title: string) => [`${n}. ${title}`, `Udvalgets beslutning den 4. juni 2031:`, 'Godkendt.', 'Ida Krog (A) og Per Vang (V) deltog ikke i sagens behandling.', ''];
    const doc = parseText(['Referat Teknisk Udvalg', 'Medlemmer', 'Ida Krog (A)', 'Per Vang (V)', 'Lone Bro (C)', '', ...item(1, 'Godkendelse af dagsorden'), ...item(2, 'Vejplan'), ...item(3, 'Eventuelt')].join('\n'));
    expect(absent(doc).sort()).toEqual(['Ida Krog', 'Per Vang']);
    expect(present(doc)).toContain('Lone Bro');
  });

  it('a sentence run on from a decision heading and its date is read after the date', () => {
    const item = (n: number, title: string) => [`${n}. ${title}`, `Beslutning Byrådet, 03.02.2031 Åse Lind og Ib Bruun var fraværende. Godkendt.`, ''];
    const doc = parseText(['Referat Byrådet', '', ...item(1, 'Godkendelse af dagsorden'), ...item(2, 'Budget'), ...item(3, 'Skolerne')].join('\n'));
    expect(absent(doc).sort()).toEqual(['Ib Bruun', 'Åse Lind']);
  });

  it('apologies with a count and a colon, inside a long paragraph of the header', () => {
    const doc = parseText(
      'Referat af rådets møde i Vejle, lørdag den 3. maj 2031. Formanden bød velkommen og konstaterede, at rådet var beslutningsdygtigt. Der var afbud fra 3 rådsmedlemmer: Sven Tang (kreds 2), Gitte Borup (medarbejderrepræsentant for lageret) og Ali Demir (kreds 4). 2. Orientering om årets regnskab Regnskabet blev gennemgået.',
    );
    expect(absent(doc)).toEqual(['Sven Tang', 'Gitte Borup', 'Ali Demir']);
  });
});

describe('a date printed without a year', () => {
  it('takes the year of the title', () => {
    const doc = parseText(['Generalforsamling 2031', 'Lørdag den 19. marts afholdes den årlige generalforsamling i klubhuset.', 'Vi starter kl 13.', '', '1. Valg af dirigent', 'Ulla Bech blev valgt.', '2. Beretning', 'Godkendt.'].join('\n'));
    expect(doc.meeting.date).toBe('2031-03-19');
  });

  it('takes the year of a Markdown post\'s front matter, whose date is when it was posted, not the meeting\'s', () => {
    const doc = parseText(['---', 'title: Generalforsamling', "date: '2031-04-20T09:15:00+02:00'", 'layout: post', '---', '', 'Foreningen indkalder til generalforsamling den 9. maj kl 15.00 i klubhuset.', '', '1. Valg af dirigent', '2. Beretning'].join('\n'));
    expect(doc.meeting).toMatchObject({ date: '2031-05-09', startTime: '15:00' });
  });

  it('takes the year another date gives only where the printed weekday falls in it, else the year beside it', () => {
    // 13 March is a Sunday in 2033, not in 2032: the deadline's year is the year before the meeting's.
    const doc = parseText(['Indkaldelse til generalforsamling', 'Forslag skal være formanden i hænde senest 7 dage før (6. marts 2032).', 'Hvornår: Søndag den 13. marts kl. 13', '', '1. Valg af dirigent', '2. Beretning'].join('\n'));
    expect(doc.meeting.date).toBe('2033-03-13');
  });

  it('gives way to a full date the minutes print with the decisions', () => {
    const item = (n: number, title: string) => [`${n}. ${title}`, 'Beslutning i Byrådet den 6. maj 2031:', 'Godkendt.', ''];
    const doc = parseText(['Byrådet', 'Møde 2031', 'Mødet holdes mandag den 5. maj på rådhuset.', '', ...item(1, 'Godkendelse af dagsorden'), ...item(2, 'Budget')].join('\n'));
    expect(doc.meeting.date).toBe('2031-05-06');
  });
});

describe('the body and the place named in a title or a sentence of the header', () => {
  it('a building\'s name alone before the day and the hour, under a title that named the body: where it met', () => {
    const doc = parseText(['Referat af menighedsrådsmøde d. 09.06.2031', '', 'Menighedsrådet', '', 'Sognegården onsdag 9. juni 2031 kl. 19:00', '', '1. Regnskab', 'Godkendt.'].join('\n'));
    expect([doc.meeting.body, doc.meeting.location, doc.meeting.startTime]).toEqual(['Menighedsrådet', 'Sognegården', '19:00']);
  });

  it('a club that held its own meeting, told inside a sentence; a group of people named with its town after `afholdtes … i`, not a house', () => {
    const body = (line: string) => parseText(['Referat', '', line, '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting.body;
    expect(body('Det gik stille og roligt, da Holmby Petanque Klub afviklede sin generalforsamling på Holmhøj.')).toBe('Holmby Petanque Klub');
    expect(body('Den 5. september 2031 afholdtes lokalt årsmøde i Danske Holmentusiaster i Sønderborg. Vanen tro var der mødt mange.')).toBe('Danske Holmentusiaster i Sønderborg');
    expect(body('Den 4. juni 2031 blev der afholdt generalforsamling i Kultur Perronen i Auning.')).toBeNull();
  });

  const header = (text: string) => parseText(`${text}\n\n1. Valg af dirigent\nBo Dal blev valgt.\n2. Beretning\nGodkendt.`);
  const cases: [string, string | null, string | null][] = [
    ['Referat af generalforsamling i Grundejerforeningen Kærholm 2031', 'Grundejerforeningen Kærholm', null],
    ['Referat fra bestyrelsesmøde i A/B Solgården', 'A/B Solgården', null],
    ['Generalforsamling i Andelsboligforeningen Lærkebo, den 3. marts 2031', 'Andelsboligforeningen Lærkebo', null],
    ['Referat af bestyrelsesmøde i vandværket torsdag d. 14 marts 2031.', 'vandværket', null],
    ['Læs referat fra Borgerforeningens bestyrelsesmøde 1. nov. 2031', 'Borgerforeningen', null],
    ['Skovby Idrætsforening – referat af generalforsamling 2031', 'Skovby Idrætsforening', null],
    ['Referat – Generalforsamling i Bådelauget Vesthavn', 'Bådelauget Vesthavn', null],
    ['Afdelingsbestyrelsesmøde afdeling 27 – Lillevej', 'afdeling 27 – Lillevej', null],
    ['Referat af KFS landsrådsmøde i Middelfart, lørdag den 2. maj 2031', 'KFS landsråd', 'Middelfart'],
    ['Beslutninger fra mødet. Torsdag kl. 8.15. Ordinært møde. Økonomiudvalget', 'Økonomiudvalget', null],
    ['Generalforsamlingsprotokollat – 29. marts 2031 i Vejby Snedkerlaugs lokaler, Vejen 6, 2000 Frederiksberg.', 'Vejby Snedkerlaug', 'Vejby Snedkerlaugs lokaler'],
    ['Generalforsamlingen tirsdag den 26. marts 2031 kl. 19.00 i Vejby Fiskeriforenings egne lokaler på Søvej 70.', 'Vejby Fiskeriforening', 'Vejby Fiskeriforenings egne lokaler på Søvej 70'],
    ['Referat for generalforsamling\nTorsdag d. 20. november 2031 kl. 16.30 til 17.15 – Hotel Fjordly', null, 'Hotel Fjordly'],
    ['Referat af bestyrelsesmøde i bestyrelsen for Foreningen Nordlys 4. maj 2031', 'Foreningen Nordlys', null],
    ['Generalforsamling i Vejby Jagtforening 2031', 'Vejby Jagtforening', null],
    ['Vejby Lokalråd – bestyrelsesmøde 4. maj 2031', 'Vejby Lokalråd', null],
    ['Referat af generalforsamling 4. maj 2031\nGeneralforsamlingen blev afviklet på Vejby Skovpavillon.', null, 'Vejby Skovpavillon'],
    ['Referat af generalforsamling 4. maj 2031\nGeneralforsamlingen foregik i Vejby Ridehal, og 30 var mødt.', null, 'Vejby Ridehal'],
    // The place after the date's full stop; a sentence there is none.
    ['Mødereferat: Generalforsamling d. 30/3-2031. AC centeret, Vejby Center.', null, 'AC centeret, Vejby Center'],
    ['Referat af bestyrelsesmøde d. 07.04.2031. Mødet er afholdt i år.', null, null],
  ];
  it.each(cases)('%s → body %s, place %s', (text, body, place) => {
    const doc = header(text);
    expect(doc.meeting.body).toBe(body);
    expect(doc.meeting.location).toBe(place);
  });

  it('where no title, field or letterhead names the body, a name ending in its kind does, in a sentence or a line at the top', () => {
    // The one that held the meeting, with an adverb and a date between it and the verb.
    expect(header('Den Radikale Vælgerforening i Vesterby har den 3. marts, afholdt sin årlige generalforsamling i Hallen.').meeting.body).toBe('Den Radikale Vælgerforening i Vesterby');
    // A line of its own with a full stop, over the title.
    expect(header('Nørre Vejby Lokalråd.\nReferat af møde 4. maj 2031').meeting.body).toBe('Nørre Vejby Lokalråd');
    // Before the title on the same line, no mark between.
    expect(header('Vejby Kunstforening Referat af generalforsamling').meeting.body).toBe('Vejby Kunstforening');
    // In the genitive before its meeting.
    expect(header('Referat fra Vejbyforbundets ordinære landsmøde 15. sept. 2031').meeting.body).toBe('Vejbyforbundet');
    // A board referred to by its kind alone, in small letters, names no body; nor does a guest's club.
    expect(header('Nyt fra Vejby Grundejerforening\nReferat af bestyrelsesmøde 4. maj 2031').meeting.body).toBe('Vejby Grundejerforening');
    expect(header('Nyt fra grundejerforeningen\nReferat af bestyrelsesmøde 4. maj 2031').meeting.body).toBeNull();
    // After its meeting, in small letters with its name, a rule of underscores run on before the title.
    expect(header('__________ Referat af bestyrelsesmøde gårdlauget Vejbygården – 26. september 2031').meeting.body).toBe('gårdlauget Vejbygården');
    // A web page's name on its first line, over the minutes' title a few lines down.
    expect(header('Vejby Spillefolk\nGå tilbage til forrige side\nReferat af generalforsamling 2031').meeting.body).toBe('Vejby Spillefolk');
    expect(header('Referat af bestyrelsesmøde 4. maj 2031\nBo Dal fra Vejby Sejlklub holdt et oplæg om sommerens møde.').meeting.body).toBeNull();
  });

  it('a place told after the time ends where the sentence goes on to something else', () => {
    expect(header('Generalforsamling afholdt den 3.3.2031 kl 19.00 i Kirkehuset med 22 fremmødte.').meeting.location).toBe('Kirkehuset');
    expect(header('Bestyrelsesmøde søndag den 9. marts 2031 kl. 10.00 i Klubhuset. Lise bagte boller.').meeting.location).toBe('Klubhuset');
    expect(header('Generalforsamling – Vejby Roklub Mandag d. 3. marts 2031 kl. 18.30 – Bådhallen – 31 fremmødte medlemmer').meeting.location).toBe('Bådhallen');
  });

  it('a notice that calls the meeting names its body, and is an agenda', () => {
    const doc = parseText(['Skovby Kunstforening indkalder hermed til ordinær generalforsamling den 7. maj 2031 kl 16.00 i lokalerne på Vejen 30.', '', '1. Valg af dirigent', '2. Beretning', '3. Eventuelt'].join('\n'));
    expect(doc.meeting).toMatchObject({ body: 'Skovby Kunstforening', date: '2031-05-07', startTime: '16:00', location: 'lokalerne på Vejen 30' });
    expect(doc.documentType).toBe('dagsorden');
  });

  it('a town in a sentence that is not about the meeting is no place', () => {
    expect(header('Referat af bestyrelsesmøde 4. maj 2031\nFormanden bor i Middelfart.').meeting.location).toBeNull();
  });

  // Told in a sentence, or after the time or the date: a name in capitals, or a room or building in small letters.
  it.each([
    ['Referat 4. maj 2031\nMødet foregik i mødelokalet ved hallen i Vejby.', 'mødelokalet ved hallen i Vejby'],
    ['Referat af menighedsrådsmøde, 4. maj 2031 kl. 19.30. Mødet blev holdt i konfirmandstuen i Vejby præstegård.', 'konfirmandstuen i Vejby præstegård'],
    ['Referat af menighedsrådsmøde onsdag d. 4. maj 2031 kl. 17.00 i sognestuen, Vejby', 'sognestuen'],
    ['Der er afholdt bestyrelsesmøde tirsdag den 4. maj kl. 17.00 i Vejby Sognegård.', 'Vejby Sognegård'],
    ['Referat af generalforsamling afholdt den 4. maj 2031 på Vejbygård', 'Vejbygård'],
    ['Vejby Forenings generalforsamling blev afholdt i Foreningernes Hus tirsdag den 4. maj 2031 kl. 17.00.', 'Foreningernes Hus'],
    ['Generalforsamlingen, der blev afholdt på klubbens spillested i Vejby Skoles kantine, påbegyndtes kl. 18.45.', 'klubbens spillested i Vejby Skoles kantine'],
    ['Referat 4. maj 2031\nMødet blev afholdt på Skt. Jakobs skole kl. 18.30-20.00', 'Skt. Jakobs skole'],
    // After the meeting itself: the body, then where it met; a building; a room after whose meeting it was.
    ['Den 4. maj 2031 kl. 15.00 afholdtes ordinær generalforsamling i Grundejerforeningen for Vejby Strand på Vejby Badehotel.', 'Vejby Badehotel'],
    ['Referat 4. maj 2031\n40 medlemmer deltog i generalforsamlingen i Kinoens selskabslokale.', 'Kinoens selskabslokale'],
    ['Den 4. maj 2031 kl. 11.00 afholdtes ordinær generalforsamling i Vejbypartiet i Eventrummet, Torvet 3, Vejby.', 'Eventrummet'],
    ['Torsdag d. 4. maj 2031 samledes foreningens repræsentantskab til repræsentantskabsmøde på Vejby Slot.', 'Vejby Slot'],
    // The company that met is no place; nor a body met in, named without its kind.
    ['Referat af bestyrelsesmøde den 4. maj 2031 i Vejby Forsyning A/S', null],
    ['Den 4. maj 2031 afholdtes lokalt årsmøde i Vejby Ølvenner i Vejby.', null],
    ['Generalforsamling i SF Vejby 4. maj 2031', null],
    // A room or house in small letters of other kinds; `i går` is when, not where.
    ['Referat af generalforsamling\nMandag den 4. maj 2031 kl. 19.00 i caféen ved åen', 'caféen ved åen'],
    ['Vejby Roklub afholdt generalforsamling den 4. maj 2031 i cafeteriet på Vejby kaserne med 30 roere.', 'cafeteriet på Vejby kaserne'],
    ['Referat 4. maj 2031\nVejby Vælgerforening afholdt i går sin årlige generalforsamling på rockmuseet Tonen med rundvisning.', 'rockmuseet Tonen'],
    ['Den 4. maj 2031 kl. 19 afholdtes støtteforeningen De Glade Generalforsamling i pavillonen i Lunden.', 'pavillonen i Lunden'],
    // The address `på adressen` or `i vores lokaler` leads to; an area in small letters; a month after the place is when.
    ['Referat 4. maj 2031\nMødet blev holdt på adressen Holmvej 4, 9999 Holmby.', 'Holmvej 4, 9999 Holmby'],
    ['Der indkaldes til generalforsamling, som afholdes onsdag d. 4. maj 2031 kl. 19.00, i vores lokaler Holmvej 7, Holmby.', 'Holmvej 7, Holmby'],
    ['Referat\nAfholdt 04/05-2031 kl. 19 på det grønne område ved Holmby Gade.', 'det grønne område ved Holmby Gade'],
    ['Referat 2031\nHolmby Lokalforening holdt generalforsamling i Kostalden på Holmgård i maj 2031.', 'Kostalden på Holmgård'],
    // A word's shared end left out before `og` (`Idræts- og Kulturcenter`) is part of the name, not where it ends.
    ['Referat af årsmøde 4. maj 2031\nOnsdag den 4. maj 2031 holdt afdelingen sit årsmøde. Mødet blev holdt i Holmby Idræts- og Kulturcenter. Der var mad.', 'Holmby Idræts- og Kulturcenter'],
    ['Referat af møde i Handicaprådet den 4. maj 2031 i Ældre- og Handicapforvaltningen', 'Ældre- og Handicapforvaltningen'],
    // `på` after the meeting names where, as after held; a building then its town; a sentence going on after `blev`.
    ['Generalforsamling 4. maj 2031\nGeneralforsamlingen på Holmstrup den 4. maj tiltrak næsten 30 medlemmer.', 'Holmstrup'],
    ['Kort referat 2031\nCa. 40 medlemmer deltog i generalforsamlingen på Holmlund.', 'Holmlund'],
    ['Kort referat fra generalforsamlingen, 4. maj 2031\nGeneralforsamlingen på Holmkroen i Holmby blev indledt af Rosa Dal.', 'Holmkroen i Holmby'],
  ])('%j → place %s', (text, place) => expect(header(text).meeting.location).toBe(place));

  it.each([
    // The next meeting's place, `i år`, a plan for the municipality, a year alone before `i`.
    'Næste møde afholdes i Klubhuset.',
    'Mødet holdes i år uden gæster.',
    'Naturplaner 2016-2021 i Vejby Kommune',
    'Bestyrelsesmøde 2031, i klubben',
  ])('%j tells no place of the meeting', (text) => expect(placeInSentence(text)).toBeNull());
});

describe('a header table and titles of other shapes', () => {
  const items = '\n\nFølgende sager behandles:\n1. Regnskab\n2. Budget\n3. Eventuelt';
  it('labels one a line, then their values one a line, are paired in order while each value fits its label', () => {
    const doc = parseText(`Vejby Byråd\nÅben dagsorden\nMødedato:\nMødet påbegyndt:\nMødested:\nFraværende:\n4. juni 2031\nkl. 17:30\nVejby Rådhus, Torvet 1${items}`);
    expect(doc.meeting).toMatchObject({ date: '2031-06-04', startTime: '17:30', location: 'Vejby Rådhus, Torvet 1' });
    expect(doc.documentType).toBe('dagsorden');
    expect(doc.participants).toEqual([]);
  });

  it('a label run into its value, a table\'s two cells (`OrdstyrerBo Dal`, `AfbudEva Holm, Ib Lund`)', () => {
    const doc = parseText(`Referat 4. maj 2031\nOrdstyrerBo Dal\nAfbudEva Holm, Ib Lund${items}`);
    expect(doc.meeting.chair).toBe('Bo Dal');
    expect(absent(doc)).toEqual(['Eva Holm', 'Ib Lund']);
  });

  it('a label of no field left empty among the labels is passed over, and the label for when takes a time alone', () => {
    const doc = parseText(`Referat\nVejby Udvalg\nMødedato:\nMødetidspunkt:\nSluttidspunkt:\nMødested:\nBemærkninger:\nMandag den 16. marts 2031\nKl. 17:00\nKl. 20:45\nDet Hvide Værelse, Rådhuset${items}`);
    expect(doc.meeting).toMatchObject({ date: '2031-03-16', startTime: '17:00', endTime: '20:45', location: 'Det Hvide Værelse, Rådhuset' });
  });

  it('a time with another day than the meeting\'s is not the meeting\'s time', () => {
    const doc = parseText(`Medlemsmøde den 25. februar 2031\nReferat fra møde mandag d. 25. februar 2031\nOm 1. maj 2031 i Vejby: vi deler materiale ud fra kl. 14.00${items}`);
    expect(doc.meeting).toMatchObject({ date: '2031-02-25', startTime: null });
  });

  it('the day told with the meeting\'s time wins over a page\'s bare date above it', () => {
    const doc = parseText(`Bestyrelsesmøde 2031 2031-08-11 Tilbage til forsiden\nBestyrelsesmøde 2031, i klubben, torsdag 2031-08-07, kl. 19:30${items}`);
    expect(doc.meeting).toMatchObject({ date: '2031-08-07', startTime: '19:30' });
  });

  it('a time, then a place in capitals with no word between', () => {
    const doc = parseText(`Referat 25. februar 2031\nkl. 19.15 – 21.30 Kulturhuset, Nørregade i Vejby.${items}`);
    expect(doc.meeting).toMatchObject({ startTime: '19:15', endTime: '21:30', location: 'Kulturhuset' });
  });

  it('a link to the minutes as a file names the meeting but is not this document\'s title', () => {
    const doc = parseText(`Referat af byrådsmødet den 3. juni 2031 (pdf-fil)${items}`);
    expect(doc.meeting.date).toBe('2031-06-03');
    expect(doc.documentType).toBeNull();
  });

  it('a title in capitals inside a run-together line, and a hall as the place', () => {
    const doc = parseText(`Møde i Kommunalbestyrelsen mandag den 2. juni 2031, Kl i Kommunalbestyrelsens mødesal REFERAT Spørgsmål til Kommunalbestyrelsen om vejene skal stilles skriftligt.${items.replace('Følgende sager behandles:', '')}\nGodkendt.`);
    expect(doc.meeting.location).toBe('Kommunalbestyrelsens mødesal');
    expect(doc.documentType).toBe('referat');
  });
});

describe('places and bodies in other header lines', () => {
  const items = '\n\n1. Godkendelse af dagsorden\nGodkendt.\n2. Eventuelt\nIntet.';
  it('a building and its room on a line of their own, above the date line', () => {
    expect(parseText(`Referat af skolebestyrelsesmøde\nBakkeskolen, mødelokale B4\nonsdag den 2. april 2031 kl. 18.30${items}`).meeting.location).toBe('Bakkeskolen, mødelokale B4');
  });

  it('an address with its postcode after the date in the title', () => {
    expect(parseText(`Referat Bestyrelsesmødet tirsdag den 21. oktober 2031, kl Vestergade 13, 2450 København SV${items}`).meeting.location).toBe('Vestergade 13, 2450 København SV');
  });

  it('a kind of meeting on the first line leaves the body to the line below that names it', () => {
    expect(parseText(`Bestyrelsesmøde 41\nAfdelingsbestyrelsesmøde afdeling 12 – Kirkevej\nDato: 3. maj 2031${items}`).meeting.body).toBe('afdeling 12 – Kirkevej');
  });
});

describe('attendance and the chair in more table and sentence shapes', () => {
  const items = '\n\n1. Godkendelse af dagsorden\nGodkendt.\n2. Eventuelt\nIntet.';
  const people = (doc: MeetingDocument) => doc.participants.map((p) => `${p.name}:${p.group}`);

  it('apologies after the list of those present, in the same line and without a colon', () => {
    expect(people(parseText(`Referat af bestyrelsesmøde 4. maj 2031\nTilstede: Asta, Bent, Cille. Afbud fra Dines.${items}`))).toEqual(['Asta:member', 'Bent:member', 'Cille:member', 'Dines:absent']);
  });

  it('those present from the administration are the secretariat, and do not end up as a member\'s role', () => {
    const doc = parseText(`Referat af bestyrelsesmøde 4. maj 2031\nTil stede fra bestyrelsen: Asta Holm, Bent Lind\nTil stede fra administrationen: Cille Dam\nAfbud: Dines Vang${items}`);
    expect(people(doc)).toEqual(['Asta Holm:member', 'Bent Lind:member', 'Cille Dam:secretariat', 'Dines Vang:absent']);
  });

  it('a chair and a referent labelled without a colon, as a table prints them', () => {
    const doc = parseText(`Referat af bestyrelsesmøde 4. maj 2031\nMødeleder Asta Holm\nReferent Bent Lind${items}`);
    expect(doc.meeting.chair).toBe('Asta Holm');
    expect(people(doc)).toEqual(['Asta Holm:chair', 'Bent Lind:secretariat']);
  });

  it('a dirigent and a referent elected in one sentence, in the order of the title', () => {
    const elect = (title: string) => parseText(`Referat af generalforsamling 4. maj 2031\n\n1. ${title}\nAsta Holm og Bent Lind blev valgt.\n2. Beretning\nGodkendt.`).meeting.chair;
    expect(elect('Valg af dirigent og referent')).toBe('Asta Holm');
    expect(elect('Valg af referent og dirigent')).toBe('Bent Lind');
  });
});

describe('a kind of meeting with its date or number names no body', () => {
  it('in capitals, with a month, with a number and a month', () => {
    for (const title of ['BESTYRELSESMØDE 6. september', 'Referat af møde nr. 8, august 2016', 'DAGSORDEN PUNKT']) {
      const doc = parseText([title, '', '1. Regnskab', 'Regnskabet blev godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n'));
      expect(doc.meeting.body).toBeNull();
    }
  });
});

describe('an apology as the first sentence of a header line', () => {
  it('names the absent, whatever the sentence after it says', () => {
    const doc = parseText(['Referat', 'til', 'mødet i Byrådet', 'den 28. november 2018 kl. 17:00', '', 'Afbud fra Tim Vang. I stedet mødte Bo Lind.', '', 'Afbud fra Eva Holm. Stedfortræder ikke indkaldt.', '', '1. Regnskab', 'Godkendt.'].join('\n'));
    expect(doc.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Tim Vang', 'Eva Holm']);
  });
});

describe('the body from the title line run together, or from its decisions', () => {
  it('a committee beside the title word', () => {
    for (const [line, body] of [
      ['ÅBEN DAGSORDEN ØKONOMIUDVALG', 'ØKONOMIUDVALG'],
      ['Teknikudvalg Referat Møde 22. marts 2011 kl. 08:00', 'Teknikudvalg'],
    ]) {
      const doc = parseText([line!, '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n'));
      expect(doc.meeting.body).toBe(body);
    }
  });

  it('a body in the genitive over its decisions, with their date', () => {
    const doc = parseText(['Referat', '', '1. Godkendelse af dagsorden', '', 'Kulturudvalgets beslutning i mødet den 31. marts 2020', '', 'Godkendt.'].join('\n'));
    expect([doc.meeting.body, doc.meeting.date]).toEqual(['Kulturudvalget', '2020-03-31']);
  });
});

describe('an organisation named after the meeting\'s date in the title', () => {
  it('is the body', () => {
    const doc = parseText(['Referat af bestyrelsesmøde den 27. februar 2014 i Forsyningen Nord A/S', '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.meeting.body).toBe('Forsyningen Nord A/S');
  });
});

describe('a kind of organisation alone under its name in capitals', () => {
  it('the name is the body; alone, the kind is kept', () => {
    const under = parseText(['HOLM & HAVE', 'SKANDERBORG', '', 'Idrætsforeningen', '', 'Bestyrelsesmøde d. 26. september 2013', '', '1. Regnskab', 'Godkendt.'].join('\n'));
    expect(under.meeting.body).toBe('HOLM & HAVE SKANDERBORG');
    const alone = parseText(['Idrætsforeningen', '', 'Bestyrelsesmøde d. 26. september 2013', '', '1. Regnskab', 'Godkendt.'].join('\n'));
    expect(alone.meeting.body).toBe('Idrætsforeningen');
  });
});

describe('people by their initials', () => {
  it('when the whole list is initials; a caps word that is no one is not', () => {
    const doc = parseText(['Referat 6-3-2018', '', 'Mødedeltagere: LKB, TQF, MC', '', 'Afbud: POFV, LH', '', '1. Regnskab', 'Godkendt.'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['LKB', 'member'],
      ['TQF', 'member'],
      ['MC', 'member'],
      ['POFV', 'absent'],
      ['LH', 'absent'],
    ]);
    const none = parseText(['Referat 6-3-2018', '', 'Mødedeltagere: LKB, TQF', '', 'Afbud: INGEN', '', '1. Regnskab', 'Godkendt.'].join('\n'));
    expect(none.participants.filter((p) => p.group === 'absent')).toEqual([]);
  });
});

describe('a header table whose labels were printed before their values', () => {
  const text = [
    'Holmby Kommune Byrådet Referat Dato: Starttidspunkt for møde: Kl Mødested: Udsendelsesdato: Afbud fra: Torsdag den 9-okt-2031 Rådhusets mødesal Fraværende: Ingen. Mødedeltagere: Ida Holm, Bo Lund',
    '',
    '1. Godkendelse af dagsorden',
    'Godkendt.',
  ].join('\n');

  it('dates the meeting by the weekday and its date, and takes no label for the place', () => {
    const doc = parseText(text);
    expect(doc.meeting.date).toBe('2031-10-09');
    expect(doc.meeting.location).not.toBe('Udsendelsesdato:');
  });

  it('a weekday before a date of the next meeting does not date this one', () => {
    const next = ['Referat', '', 'Næste møde: Torsdag den 9. oktober 2031', '', '1. Eventuelt', 'Intet.'].join('\n');
    expect(parseText(next).meeting.date).toBeNull();
  });
});

describe('a title whose parts are run together with full stops', () => {
  it('`<municipality>. <body>. Referat`: minutes, and the part that names a body is the body', () => {
    const doc = parseText(['Holmby Kommune. Teknisk Udvalg. Referat', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n'));
    expect(doc.documentType).toBe('referat');
    expect(doc.meeting.body).toBe('Teknisk Udvalg');
  });
});

describe('a numbered list of those present', () => {
  const list = ['Deltagerne var:', '', '1. Borgmester Ida Holm (A)', '', '2. Bo Lund (V)', '', '3. Kim Dal (Ø)', ''];

  it('under its label in the header: its people, and the sentence after it is nobody', () => {
    const doc = parseText(['Referat', 'Økonomiudvalget', 'Mødedato: 2. april 2031', '', ...list, 'Dagsordenen blev godkendt.', '', '1. Budget', 'Godkendt.'].join('\n'));
    expect(present(doc)).toEqual(['Ida Holm', 'Bo Lund', 'Kim Dal']);
  });

  it('recorded under the first item, where the header names nobody present: the members', () => {
    const doc = parseText(['Referat', 'Økonomiudvalget', '', '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Mødet startede kl. 15.30.', ...list, 'Dagsordenen blev godkendt.', '', '2. Budget', '', 'Beslutning', '', 'Godkendt.'].join('\n'));
    expect(present(doc)).toEqual(['Ida Holm', 'Bo Lund', 'Kim Dal']);
    expect(doc.items.map((it) => it.number)).toEqual([1, 2]);
  });

  it('a numbered list of titles under an item is nobody', () => {
    const doc = parseText(['Referat', '', '1. Orientering', '', 'Beslutning', '', 'Deltagere:', '1. Budget for skolen', '2. Nye regler', '', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(present(doc)).toEqual([]);
  });
});

describe('the meeting\'s organiser as its chair', () => {
  it('`Tovholder: Anne` under the apologies chairs the meeting and is not one of the absent', () => {
    const doc = parseText(['Referat fra bestyrelsesmøde', '', 'Dato: 03-04-2031 kl. 18:00-20:00', 'Tilstede: Karl, Pernille, Dorthe', 'Afbud: Lis, Trine, Rikke', 'Tovholder: Anne', '', 'Punkt 1 Godkendelse af dagsorden', 'Godkendt.'].join('\n'));
    expect(doc.meeting.chair).toBe('Anne');
    expect(absent(doc)).toEqual(['Lis', 'Trine', 'Rikke']);
  });
});

describe('a portal\'s page and a web list\'s chrome in the header', () => {
  it('a table\'s column heads and the controls after the body\'s name in its row are no body; `Møde lokation` labels the place', () => {
    const doc = parseText(['| Rss | Print |', 'Titel Udvalg Funktioner', 'Byrådet Byrådet Vis medlemmer Rss-feed til udvalget Udskriv', 'Møde lokation', 'Rådhussalen', '', '1. Budget', 'Godkendt.'].join('\n'));
    expect(doc.meeting.body).toBe('Byrådet');
    expect(doc.meeting.location).toBe('Rådhussalen');
  });

  it('a section of a list of minutes (`Referater 20/9-2031`) is no body; a club under `Generalforsamling - Referat 2031` is', () => {
    expect(parseText(['Referater 20/9-2031', '', 'Referat af bestyrelsesmøde 20/9 2031', '', '1. Budget', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting.body).toBeNull();
    expect(parseText(['Generalforsamling - Referat 2031', '', 'Holmby Roklub', '', 'Referat fra generalforsamlingen den 27. januar 2031', '', '1. Valg af dirigent', 'Bo blev valgt.', '', '2. Beretning', 'Godkendt.'].join('\n')).meeting.body).toBe('Holmby Roklub');
  });
});

describe('a meeting named in its title, its agenda labelled `Dagsorden` and recorded below', () => {
  const text = [
    'Pladshavermøde i Fonden Holmby Havn',
    '27. marts 2031',
    'Fraværende: Ib Lund, Eva Dahl',
    'Ledelse: Kim Fog (KF)',
    'Dirigent: Bo Berg (BB)',
    'Dagsorden',
    '1. Velkomst',
    '2. Valg af dirigent',
    '3. Eventuelt',
    '1. Velkomst',
    'Formanden bød velkommen.',
    '2. Valg af dirigent',
    'BB valgtes som dirigent.',
    '3. Eventuelt',
    'Intet.',
  ].join('\n');

  it('is minutes, the label no title', () => {
    const doc = parseText(text);
    expect(doc.documentType).toBe('referat');
    expect(doc.items[1]!.outcome).toBe('approved');
  });

  it('the apologies end where another label starts; the chair without the initials the minutes use', () => {
    const doc = parseText(text);
    expect(absent(doc)).toEqual(['Ib Lund', 'Eva Dahl']);
    expect(doc.meeting.chair).toBe('Bo Berg');
  });
});

describe('a meeting in a named body as the first line', () => {
  it('`Pladshavermøde i Fonden Holmby Havn`: the foundation is the body', () => {
    const doc = parseText(['Pladshavermøde i Fonden Holmby Havn', '27. marts 2031', '', '1. Velkomst', 'Bo bød velkommen.', '', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.meeting.body).toBe('Fonden Holmby Havn');
  });
});

describe('more shapes of a list of those present', () => {
  const people = (head: string) => parseText(['Referat af bestyrelsesmøde 3. maj 2031', '', head, '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n')).participants.map((p) => [p.name, p.group]);
  it('names between semicolons, an office after a slash, `Disse var til stede:`', () => {
    expect(people('Deltagere: Bo Holm; Ib Lund; Eva Dal')).toEqual([['Bo Holm', 'member'], ['Ib Lund', 'member'], ['Eva Dal', 'member']]);
    expect(people('Tilstedeværende: Bo Holm/formand, Ib Lund/kasserer, Eva Dal')).toEqual([['Bo Holm', 'chair'], ['Ib Lund', 'member'], ['Eva Dal', 'member']]);
    expect(people('Disse var til stede: Bo Holm, Ib Lund og Eva Dal')).toEqual([['Bo Holm', 'member'], ['Ib Lund', 'member'], ['Eva Dal', 'member']]);
  });
  it('a part of the run with the office first in small letters (`Fung. sognepræst Ib Lund`, `regnskabsfører Kim Dal`): the name, the office its role', () => {
    expect(people('Til stede: Bo Dal, Eva Holm, Fung. sognepræst Ib Lund, regnskabsfører Kim Dal')).toEqual([['Bo Dal', 'member'], ['Eva Holm', 'member'], ['Ib Lund', 'member'], ['Kim Dal', 'member']]);
  });
  it('`Til stede.: Bo, Eva, Ib`: a stray full stop before the label\'s colon', () => {
    expect(people('Til stede.: Bo, Eva, Ib, Kim').map(([name]) => name)).toEqual(['Bo', 'Eva', 'Ib', 'Kim']);
  });
  it('first names alone between semicolons, each with a house number in brackets: three or more are a list', () => {
    expect(people('Deltagere: Lene (11); Lis (24); Bo (27); Kim (45)').map(([name]) => name)).toEqual(['Lene', 'Lis', 'Bo', 'Kim']);
    expect(people('Deltagere: Lene (11); Lis (24)')).toEqual([]);
  });
});

describe('an association\'s header in more shapes', () => {
  const meeting = (...head: string[]) => parseText([...head, '', '1. Godkendelse af dagsorden', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting;
  it('`Hvor:` and `Hvornår:`, `Tid og sted:` label the place and the time', () => {
    expect(meeting('Referat af bestyrelsesmøde', 'Hvor: Fælleshuset', 'Hvornår: 3. maj 2031 kl. 19')).toMatchObject({ location: 'Fælleshuset', date: '2031-05-03', startTime: '19:00' });
    expect(meeting('Referat', 'Tid og sted: 3. maj 2031 kl. 19 i Fælleshuset')).toMatchObject({ location: 'Fælleshuset', date: '2031-05-03', startTime: '19:00' });
  });
  it('a club before the kind of meeting, an owners\' association by its E/F', () => {
    expect(meeting('Holmby Boldklub – Bestyrelsesmøde 3/5-2031').body).toBe('Holmby Boldklub');
    expect(meeting('E/F Solhøj', 'Referat af bestyrelsesmøde 3. maj 2031').body).toBe('E/F Solhøj');
  });
  it('a room after the title\'s date, a building with `på` before it', () => {
    expect(meeting('Holmby Menighedsråd', 'Referat af menighedsrådsmøde 3. maj 2031 i konfirmandstuen').location).toBe('konfirmandstuen');
    expect(meeting('Referat fra skolebestyrelsesmøde på Holmby Skole 3. maj 2031').location).toBe('Holmby Skole');
    // (The weekday before the date too.)
    expect(meeting('Referat af generalforsamling på Holmby Efterskole onsdag den 25. april 2031').location).toBe('Holmby Efterskole');
  });
});

describe('the chair in more wordings', () => {
  it('`Mødeleder og referent: Bo Holm` chairs (one person, both offices)', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 3. maj 2031', 'Mødeleder og referent: Bo Holm', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n'));
    expect(doc.meeting.chair).toBe('Bo Holm');
  });
});

describe('the body as a name, not the words read around it', () => {
  it('a day after the name, a kind of meeting in the genitive, a label and a sentence\'s piece are taken off or give none', () => {
    const body = (head: string[]) => parseText([...head, '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting.body;
    expect(body(['Referat fra generalforsamling', 'SF-Holmby 23. marts 2031, klokken 19.00 i Borgerhuset'])).toBe('SF-Holmby');
    expect(body(['Kommunalbestyrelsens ordinære møde 03/2031', 'Torsdag den 6. marts 2031 kl. 10.00'])).toBe('Kommunalbestyrelsen');
    expect(body(['Kategori: Ældrerådet', 'Referat 3. april 2031'])).toBe('Ældrerådet');
  });
});

describe('the chair elected in words of many kinds', () => {
  it('an initial, an adverb before `valgt`, the next office run on after the name', () => {
    const chair = (lines: string[]) => parseText(['Referat af generalforsamling 3. marts 2031', '', ...lines].join('\n')).meeting.chair;
    expect(chair(['1. Valg af dirigent', 'Peter R blev enstemmigt valgt', '', '2. Eventuelt', 'Intet.'])).toBe('Peter R');
    expect(chair(['1. Valg af dirigent', 'Frode blev overraskende nok genvalgt som dirigent.', '', '2. Eventuelt', 'Intet.'])).toBe('Frode');
    expect(chair(['1. Ordstyrer: Holger', 'Referent: Louise', '', '2. Eventuelt', 'Intet.'])).toBe('Holger');
    expect(chair(['1. Valg af dirigent', 'Bo Dal blev ikke valgt. Eva Holm blev valgt.', '', '2. Eventuelt', 'Intet.'])).toBe('Eva Holm');
  });
});

describe('a web site\'s section over the minutes', () => {
  it('`Dagsorden & referater` over `Referat af generalforsamling …` is no agenda\'s title', () => {
    const doc = parseText(['Dagsorden & referater', '', 'Referat af generalforsamling i Holmby Idrætsråd, torsdag d. 18. juni 2031.', '', '1. Bo Dal blev valgt som dirigent.', '', '2. Der var ikke indkommet forslag til behandling'].join('\n'));
    expect(doc.documentType).toBe('referat');
    expect(doc.items.map((it) => [it.decision, it.outcome])).toEqual([['Bo Dal blev valgt som dirigent.', 'approved'], ['Der var ikke indkommet forslag til behandling', 'none']]);
  });
});

describe("the title's date over the page's stamp", () => {
  it('`Referat … 28/2-2031` over `Oprettet d. 2031-03-07`: the meeting was the title\'s day; the stamp is when the page was made', () => {
    const doc = parseText(['Referat Generalforsamling for Holmby Dykkerklub 28/2-2031', '', 'Oprettet d. 2031-03-07', '', 'Pt.1 Valg af dirigent', '', 'Bo blev valgt.', '', 'Pt. 2 Beretning', '', 'Godkendt.'].join('\n'));
    expect(doc.meeting.date).toBe('2031-02-28');
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, 'Valg af dirigent'], [2, 'Beretning']]);
  });
});

describe('a quoted name before the date', () => {
  it('`”Holmbo” den 30. marts 2031` under the title dates the meeting', () => {
    const doc = parseText(['Referat fra generalforsamling i biografforeningen', '', '”Holmbo” den 30. marts 2031', '', 'Dagsorden:', '', '1. Valg af dirigent', '', '2. Beretning', '', 'Ad 1.', '', 'Bo blev valgt.'].join('\n'));
    expect(doc.meeting.date).toBe('2031-03-30');
  });
});

describe('the body named by the meeting it holds, when nothing else names it', () => {
  it('`Holmby Forenings ordinære generalforsamling blev afholdt …` names the body', () => {
    const doc = parseText(['Holmby Forenings ordinære generalforsamling blev afholdt i Foreningshuset tirsdag den 24. maj 2031 kl. 17.00.', '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Beretning', 'Godkendt.'].join('\n'));
    expect(doc.meeting.body).toBe('Holmby Forening');
  });
});

describe('a blog post\'s byline and a protocol\'s opening formula', () => {
  it('`Posted by on <date>` is when it was posted; `År 2031, den 15. juli …, afholdtes … i Digelaget …` dates the meeting and names the body', () => {
    const doc = parseText(['Posted by on 1. august 2031', '', 'År 2031, den 15. juli kl. 14.00, afholdtes ordinær generalforsamling i Digelaget', 'Holmby Strand på Strandkroen.', '', '1. Dirigent', 'Til dirigent valgtes Bo Dal.', '2. Beretning', 'Beretningen blev godkendt.'].join('\n'));
    expect(doc.meeting).toMatchObject({ date: '2031-07-15', startTime: '14:00', body: 'Digelaget' });
  });
});

describe('a title naming which meeting it was, and a sentence telling who met', () => {
  it('`Sidste bestyrelsesmøde i 2031` names no body; `Regionsbestyrelsen i Region Holmby havde møde den 3. december` does', () => {
    const doc = parseText(['Sidste bestyrelsesmøde i 2031', '', 'Regionsbestyrelsen i Region Holmby havde møde den 3. december i Aarhus.', '', '1. Festival', 'Bestyrelsen vedtog at holde en festival.', '2. Kongres', 'Vi sender to.'].join('\n'));
    expect(doc.meeting).toMatchObject({ body: 'Regionsbestyrelsen i Region Holmby', date: '2031-12-03' });
    expect(parseText(['Sidste bestyrelsesmøde i 2031', '', '1. Festival', 'Bestyrelsen vedtog at holde en festival.'].join('\n')).meeting.body).toBeNull();
  });
});

describe('a meeting of two days, its year in the title', () => {
  it('`Kongres 2031 i korte træk` / `Der har den 21. og 22. maj været kongres …`: a report of a meeting, dated its first day', () => {
    const doc = parseText(['Kongres 2031 i korte træk', '', 'Der har den 21. og 22. maj været ordinær kongres i Holmby Forbund.', '', 'Kongressen vedtog en ny strategi for de kommende år.'].join('\n'));
    expect(doc.meeting.date).toBe('2031-05-21');
  });
});

describe('`d.` glued to its day', () => {
  it('`Generalforsamling d.31 marts 2031` dates the meeting (not a list of other years\' meetings below)', () => {
    const doc = parseText(['Generalforsamling d.31 marts 2031', 'referat', 'Dirigent : Per Dal', '', '1. Beretning', 'Godkendt.', '', 'Referater af generalforsamling', 'd.11 april 2028    d.17 april 2029    d.12 marts 2030'].join('\n'));
    expect(doc.meeting.date).toBe('2031-03-31');
  });
});

describe('the chair elected in wordings of the item that elects a dirigent', () => {
  const chairOf = (record: string) => parseText(['Generalforsamling 4. marts 2031', '', '1. Valg af dirigent', record, '', '2. Beretning', 'Godkendt.'].join('\n')).meeting.chair;
  it.each([
    ['Valgt blev Jens Holm.', 'Jens Holm'],
    ['Astrid Holm, Ramløse, valgt til dirigent.', 'Astrid Holm'],
    ['Kurt Holm blev foreslået, Kurt modtog valg.', 'Kurt Holm'],
    ['Per Dal blev foreslået, og valgt til dirigent.', 'Per Dal'],
    // (`Blev valgt.` alone names no one; after the proposal, the one proposed was elected.)
    ['Oldermanden foreslog Bo Dal somdirigent. Blev valgt.', 'Bo Dal'],
    ['Ib Lund blev foreslået og takkede ja. Ib konstaterede at mødet var lovligt indkaldt.', 'Ib Lund'],
    ['Eva Holm Kirkevej 8.', 'Eva Holm'],
    ['Eva Holm blev foreslået og takkede nej.', null],
    ['Til dirigent valgtes Johnny K. Holm, som konstaterede at mødet var lovligt indkaldt.', 'Johnny K. Holm'],
  ])('%s → %s', (record, chair) => {
    expect(chairOf(record)).toBe(chair);
  });

  it('`Ordstyrer/Dirigent: Bo Dal` in the header: two words for the office', () => {
    expect(parseText(['Referat af generalforsamling 4. marts 2031', 'Referent: Eva Holm', 'Ordstyrer/Dirigent: Bo Dal', '', '1. Beretning', 'Godkendt.'].join('\n')).meeting.chair).toBe('Bo Dal');
  });
});

describe('the body named in a notice\'s line or in the sentence that opens the minutes', () => {
  const bodyOf = (header: string[]) => parseText([...header, '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '2. Beretning', 'Godkendt.'].join('\n')).meeting.body;
  it('`Indkaldelse til generalforsamling i Holmby Husflid` under the title: the body is what follows `i`', () => {
    expect(bodyOf(['Referat af generalforsamlingen 11. marts 2031 kl. 19', 'Indkaldelse til generalforsamling i Holmby Husflid', 'onsdag den 11. marts 2031 kl. 19.00'])).toBe('Holmby Husflid');
  });
  it('`Egnshistorisk selskab havde den glæde at afholde den årlige generalforsamling …`: who held it', () => {
    expect(bodyOf(['Referat af generalforsamlingen den 15. februar 2031.', 'Egnshistorisk selskab havde den glæde at afholde den årlige generalforsamling på Fuglsangcentret.'])).toBe('Egnshistorisk selskab');
  });
  it('not who was meant to hold it (`Holmby Bueskyttelaug skulle i marts have holdt …`)', () => {
    expect(bodyOf(['Holmby Bueskyttelaug skulle i marts have holdt den årlige generalforsamling, men den blev udsat.'])).not.toBe('Holmby Bueskyttelaug skulle i marts have');
  });
});

describe('apologies told in a sentence of their own line', () => {
  const absent = (line: string) =>
    parseText(['Referat af bestyrelsesmøde 4. maj 2031', '', 'Til stede: Bo Dal, Eva Holm, Kim Lund', line, '', '1. Godkendelse af referat', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n'))
      .participants.filter((p) => p.group === 'absent')
      .map((p) => p.name);
  it.each([
    ['Per Holm fraværende', ['Per Holm']],
    ['Per Holm, Ida Lund og Lis Dal deltog ikke på mødet.', ['Per Holm', 'Ida Lund', 'Lis Dal']],
    ['Hans havde meldt afbud.', ['Hans']],
    ['Fra bestyrelsen var der afbud fra Per Holm og Ida Lund.', ['Per Holm', 'Ida Lund']],
    ['Ikke tilstede fra bestyrelsen: Per Holm, Ida Lund', ['Per Holm', 'Ida Lund']],
    ['Fraværende Mette, Kenneth', ['Mette', 'Kenneth']],
    ['Afbud. Christian og Erik', ['Christian', 'Erik']],
  ])('%j → %j', (line, names) => expect(absent(line)).toEqual(names));
});

describe('the chair elected in the items, and the house the meeting was held in', () => {
  const text = (time: string) =>
    [
      'Repræsentantskabsmøde i Idrætsrådet Holmby',
      '',
      `Tirsdag den 4. marts 2031 kl. ${time} i Borgerforeningen`,
      '',
      'Bestyrelsen:',
      'Formand Tage Ulv, Rita Bak, Ivan Dyhr',
      '',
      '1. Valg af dirigent',
      'Aske Lund valgt til dirigent.',
      '',
      '2. Beretning',
      'Beretningen blev taget til efterretning.',
    ].join('\n');

  it('the dirigent elected chairs, not the chairman listed among those present', () => {
    expect(parseText(text('19.00')).meeting.chair).toBe('Aske Lund');
  });

  it('an organisation after the time is where the meeting was held when the title names the body, a comma in the time or not', () => {
    for (const time of ['19.00', '19,00']) {
      const doc = parseText(text(time));
      expect([doc.meeting.body, doc.meeting.location, doc.meeting.startTime]).toEqual(['Idrætsrådet Holmby', 'Borgerforeningen', '19:00']);
    }
  });

  it('the chairman listed chairs where no one is elected', () => {
    expect(parseText(text('19.00').replace('Aske Lund valgt til dirigent.', 'Formanden bød velkommen.')).meeting.chair).toBe('Tage Ulv');
  });
});

describe('the body and the place told in a sentence or an agenda', () => {
  it('`X afholdt sin årlige generalforsamling … kl. 19.00 - på Hotel Y`: X held it (a forum too), Y without its `på`', () => {
    const doc = parseText(['GENERALFORSAMLING 2031', '', 'Handelsforum Holmby afholdt sin årlige generalforsamling onsdag den 23. april 2031 kl. 19.00 - på Hotel Holmby.', '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '2. Beretning', 'Godkendt.'].join('\n'));
    expect([doc.meeting.body, doc.meeting.location]).toEqual(['Handelsforum Holmby', 'Hotel Holmby']);
  });

  it('a bullet under an agenda\'s entry names no body, and an entry (`5. Lys på kirken`) no place', () => {
    const doc = parseText(
      [
        'Referat af bestyrelsesmøde nr. 6',
        'Torsdag d. 3. september 2031 kl. 10.00',
        '',
        'DAGSORDEN',
        '1. Godkendelse af dagsorden',
        '2. Formanden informerer, herunder',
        '- Husk Foredragsaften 15. sept. 2031',
        '3. Lys på kirken',
        '4. Eventuelt',
        '',
        'Referat',
        '',
        'Ad 1. Godkendt.',
        'Ad 2. Formanden orienterede.',
        'Ad 3. Forslaget blev drøftet.',
        'Ad 4. Intet.',
      ].join('\n'),
    );
    expect([doc.meeting.body, doc.meeting.location]).toEqual([null, null]);
  });
});

describe('the body in a title or an opening sentence, and a date by its weekday', () => {
  it('`Referat Ordinær Generalforsamling i Grundejerforeningen ”Solhøj”`: the association, its name read without the quotes', () => {
    expect(parseText(['Referat Ordinær Generalforsamling i Grundejerforeningen ”Solhøj”', 'Lørdag den 11. august 2031 kl. 10.00 i Forsamlingshuset.', '1. Valg af dirigent', '2. Beretning'].join('\n')).meeting.body).toBe('Grundejerforeningen Solhøj');
  });

  it('`Generalforsamling i X blev afholdt …`: X, not `X blev`', () => {
    expect(parseText(['Generalforsamling i Holmby Spejdergruppe blev afholdt lørdag d. 12. februar 2031 på Gården.', '', '1. Valg af dirigent', '2. Beretning'].join('\n')).meeting.body).toBe('Holmby Spejdergruppe');
  });

  it('`X har holdt ordinær Generalforsamling … kl. 1930 på Y`: X held it, at half past seven, at Y', () => {
    const doc = parseText(['Generalforsamling 2031', 'Holm-Nr. Vig Vandværk har holdt ordinær Generalforsamling torsdag den 20. februar 2031 kl. 1930 på Medborgerhuset.', 'Dagsorden:', '1. Valg af dirigent', '2. Beretning'].join('\n'));
    expect([doc.meeting.body, doc.meeting.startTime, doc.meeting.location]).toEqual(['Holm-Nr. Vig Vandværk', '19:30', 'Medborgerhuset']);
  });

  it('`torsdag den 22. november` with no year: the one year the document names on which 22 November is a Thursday', () => {
    const text = ['Referat af laugsting torsdag den 22. november kl. 13.', '1. Valg af dirigent', 'Bo blev valgt.', '2. Kåring af årets øl', 'Se skemaet:', 'Vinterøl 30-11-2029 30', 'Pilsner 02-11-2030 59'].join('\n');
    expect(parseText(text).meeting.date).toBe('2029-11-22');
  });

  it('no date where the weekday fits none, or more than one, of the years named', () => {
    const text = (years: string) => ['Referat af laugsting fredag den 8. november kl. 13.', '1. Valg af dirigent', 'Bo blev valgt.', '2. Regnskab', `Regnskaberne for ${years} blev godkendt.`].join('\n');
    // 8 November: a Friday in 2024 and in 2030; in neither 2025 nor 2026.
    expect(parseText(text('2024 og 2030')).meeting.date).toBeNull();
    expect(parseText(text('2025 og 2026')).meeting.date).toBeNull();
    expect(parseText(text('2024 og 2025')).meeting.date).toBe('2024-11-08');
  });
});

describe('the body at the top of a web page or a title broken over lines', () => {
  const items = ['', 'Dagsorden:', '1. Valg af dirigent', '2. Beretning'];
  it('`Velkommen hos Holmby Old Boys` / `Velkommen til Holmby - Gildet`: whose page it is', () => {
    expect(parseText(['Velkommen hos Holmby Old Boys', 'Generalforsamling, søndag den 30. marts 2031 kl. 12.15.', ...items].join('\n')).meeting.body).toBe('Holmby Old Boys');
    expect(parseText(['Velkommen til Holmby - Gildet', 'Referat af generalforsamlingen i Sognegården', 'tirsdag den 22. april 2031', ...items].join('\n')).meeting.body).toBe('Holmby - Gildet');
  });

  it('`Referat af generalforsamling` / `i Lokalhistorisk Forening for Holmby og Omegn`: the name on the line under, fuller than the town after a dash above', () => {
    expect(parseText(['Referat generalforsamling 2031 - Holmby', 'Referat af generalforsamling', 'i Lokalhistorisk Forening for Holmby og Omegn', 'onsdag den 12. februar 2031.', ...items].join('\n')).meeting.body).toBe('Lokalhistorisk Forening for Holmby og Omegn');
  });

  it('`generalforsamling i Aktivitetshuset Ikast`: a name and its town; `generalforsamlingen torsdag den … i Kulturhuset i Ikast`: where it was held', () => {
    expect(parseText(['Referat af ordinær generalforsamling i Aktivitetshuset Ikast', 'Torsdag den 20. februar 2031 kl. 13.30', ...items].join('\n')).meeting.body).toBe('Aktivitetshuset Ikast');
    expect(parseText(['Holmby Kunstforening', 'Referat af generalforsamlingen torsdag den 13. marts 2031 i Kulturhuset i Ikast', ...items].join('\n')).meeting.body).toBe('Holmby Kunstforening');
  });

  it('a name in capitals with its founding year (`BORGERFORENINGEN FOR HOLMBY OG OMEGN AF 2009`)', () => {
    expect(parseText(['GENERALFORSAMLING AFHOLDT 6. APRIL 2031', 'BORGERFORENINGEN FOR HOLMBY OG OMEGN AF 2009', 'REFERAT AF ORDINÆR GENERALFORSAMLING AFHOLDT 6. APRIL 2031', ...items].join('\n')).meeting.body).toBe('BORGERFORENINGEN FOR HOLMBY OG OMEGN AF 2009');
  });
});

describe('the dirigent proposed in the title, or elected with a letter lost', () => {
  const agm = (first: string[]) => ['Referat af generalforsamling 4. maj 2031', '', ...first, '', '2. Beretning', 'Beretningen blev godkendt.'].join('\n');
  it('`1. Valg af dirigent, bestyrelsen foreslår Bo Holm` / `Vedtaget`: proposed, then adopted', () => {
    expect(parseText(agm(['1. Valg af dirigent, bestyrelsen foreslår Bo Holm', 'Vedtaget, og indkaldelsen var udsendt til tiden.'])).meeting.chair).toBe('Bo Holm');
  });
  it('`Bo Holm blev foreslået og valg til dirigent.`: the participle\'s t lost', () => {
    expect(parseText(agm(['1. Valg af dirigent', 'Bo Holm blev foreslået og valg til dirigent. Han gennemgik dagsordenen.'])).meeting.chair).toBe('Bo Holm');
  });
  it('not a proposal that was voted down', () => {
    expect(parseText(agm(['1. Valg af dirigent, bestyrelsen foreslår Bo Holm', 'Forslaget blev ikke vedtaget; Eva Dal blev valgt.'])).meeting.chair).toBe('Eva Dal');
  });
});

describe('bodies named at the top of the page', () => {
  it('a date opened by a capital `Den` after the name is no part of it', () => {
    const doc = parseText(['Referat fra generalforsamling Holmby Motorklub Den 4.marts 2031', '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Beretning', 'Godkendt.'].join('\n'));
    expect([doc.meeting.body, doc.meeting.date]).toEqual(['Holmby Motorklub', '2031-03-04']);
  });
  it('an association of associations named over the title, its letters after a comma, is the body and no place', () => {
    const doc = parseText(['Sammenslutningen af Holmby Teatre og Spillesteder, SHTS', '', 'Referat fra årsmøde den 12. september 2031', '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Beretning', 'Godkendt.'].join('\n'));
    expect([doc.meeting.body, doc.meeting.location]).toEqual(['Sammenslutningen af Holmby Teatre og Spillesteder, SHTS', null]);
  });
  it('one word after the meeting\'s comma is where it was held, not who held it; the day and time after it are the meeting\'s', () => {
    const doc = parseText(['Generalforsamling, Holmby D. 19/8-2031, kl 18.00', '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Beretning', 'Godkendt.'].join('\n'));
    const { body, date, startTime, location } = doc.meeting;
    expect({ body, date, startTime, location }).toEqual({ body: null, date: '2031-08-19', startTime: '18:00', location: 'Holmby' });
  });
  it('but an organisation after the comma is the body', () => {
    const doc = parseText(['Generalforsamling, Holmby Motorklub d. 19/8-2031', '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Beretning', 'Godkendt.'].join('\n'));
    expect(doc.meeting.body).toBe('Holmby Motorklub');
  });
});

describe('where the meeting was, told at the top', () => {
  const doc = (first: string) => parseText(['Referat af generalforsamling', '', first, '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Beretning', 'Godkendt.'].join('\n'));
  it.each([
    ['Som altid fandt generalforsamlingen sted på Rosie McGees, og 20 deltog.', 'Rosie McGees'],
    ['Den 3. maj 2031 afholdt Holmby Seniorklub den årlige generalforsamling på Café Lido i Holmby.', 'Café Lido i Holmby'],
    ['Lørdag den 3. maj 2031 kl. 14-16 på folkestedet, Holmvej 2, Holmby', 'folkestedet'],
    ['Svalegården, onsdag den 3. maj 2031, kl. 19.30', 'Svalegården'],
  ])('%s → %s', (first, place) => expect(doc(first).meeting.location).toBe(place));
  it('a weekday before the date is no place (`Torsdag, 3. maj 2031, kl. 19.30`)', () => {
    expect(doc('Torsdag, 3. maj 2031, kl. 19.30').meeting.location).toBeNull();
  });
});

describe('a place told in a sentence, the body named between the verb and the meeting', () => {
  it('`afholdt Holmby Seniorklub den årlige generalforsamling på …`: the place after the meeting', () => {
    expect(placeInSentence('Mandag den 3. maj 2031 afholdt Holmby Seniorklub den årlige ordinære generalforsamling på Café Lido.')).toBe('Café Lido');
  });
  it('`Afholdt i …` with a capital, after hours with dots or `til` (`kl. 13. - 17. i …`, `kl. 10,00 til 14,00 på …`), after an ordinal meeting (`deres 18. ordinære generalforsamling på …`), after a date and a dash (`27 feb. 2031 - i …`), after hours written without a mark (`kl. 1900 på …`)', () => {
    expect(placeInSentence('Afholdt i Bos have kl. 11.00 – 13.30.')).toBe('Bos have');
    expect(placeInSentence('Mandag den 27 feb. 2031 - i Holm Møller Stuen i Holmlejren')).toBe('Holm Møller Stuen i Holmlejren');
    expect(placeInSentence('Generalforsamlingen blev afholdt d. 2. februar 2031 - på Holmhøj')).toBe('Holmhøj');
    expect(placeInSentence('Referat fra generalforsamling torsdag den 12. februar kl. 1900 på Holmby Centralbibliotek.')).toBe('Holmby Centralbibliotek');
    expect(placeInSentence('Afholdt søndag d. 30. april 2031 kl. 13. - 17. i Spejdernes klubhus Skovvej 7, 5000 Odense C')).toBe('Spejdernes klubhus Skovvej 7');
    expect(placeInSentence('Lørdag den 19. februar 2031 kl. 10,00 til 14,00 på Holmby Landbrugsskole med følgende program:')).toBe('Holmby Landbrugsskole');
    expect(placeInSentence('Den 25. marts 2031 afholdt Holmby Husflid deres 18. ordinære generalforsamling på Cafeen Torvet 6.')).toBe('Cafeen Torvet 6');
  });
});

describe('the absent, told at the top', () => {
  it('`(Alle mødte undtagen Holm og Dalby)`: all came but those two', () => {
    expect(absent(boardMeeting('(Alle mødte undtagen Holm og Dalby)'))).toEqual(['Holm', 'Dalby']);
  });
  it('`Følgende var fraværende:` labels the absent', () => {
    expect(absent(boardMeeting('Følgende var fraværende: Eva Holm, Bo Dal og Ida Lund.'))).toEqual(['Eva Holm', 'Bo Dal', 'Ida Lund']);
  });
});

describe('those present, labelled in other words', () => {
  it('a full stop for the label\'s colon: `Fremmødte. Bo, Eva og Ib`', () => {
    expect(present(boardMeeting('Fremmødte. Bo, Eva, Ib og Kaj'))).toEqual(['Bo', 'Eva', 'Ib', 'Kaj']);
  });
  it('`De fremmødte medlemmer var:` over the names, one a paragraph', () => {
    expect(present(boardMeeting('De fremmødte medlemmer var:\n\nEva Holm\n\nBo Dal'))).toEqual(['Eva Holm', 'Bo Dal']);
  });
  it('a sentence with a full stop is no label (`Mødet startede. Bo, Eva og Ib kom senere`)', () => {
    expect(present(boardMeeting('Mødet startede. Bo, Eva og Ib kom senere'))).toEqual([]);
  });
});

describe('the document\'s word among a title\'s parts', () => {
  it('between bars or full stops (`… | Referat | Bestyrelsesmøde …`, `HOLMBY KOMMUNE. Referat. til …`), or after a page\'s number', () => {
    const type = (top: string) => parseText([top, '', '1. Godkendelse af dagsorden', '', '2. Eventuelt'].join('\n')).documentType;
    expect(type('- 01102031 | Referat | Bestyrelsesmøde i Holmlauget')).toBe('referat');
    expect(type('HOLMBY KOMMUNE. Referat. til Kommunalbestyrelsen')).toBe('referat');
    expect(type('side 1 Åbent referat for Kultur- og fritidsudvalgets møde den 4. maj 2031')).toBe('referat');
    expect(type('HOLMBY KOMMUNE. Dagsorden. til Kommunalbestyrelsen')).toBe('dagsorden');
  });

  it('a notice of the meeting to come over entries with nothing recorded is an agenda (`… holder møde tirsdag …`, `Agenda ved …`)', () => {
    const type = (top: string) => parseText([top, '', '1. Godkendelse af dagsorden', '2. Budget', '3. Eventuelt'].join('\n')).documentType;
    expect(type('Kommunalbestyrelsen holder møde tirsdag den 15. september 2031 kl. 17.00')).toBe('dagsorden');
    expect(type('Agenda ved laugets generalforsamling 1. marts 2031.')).toBe('dagsorden');
  });
});

describe('a report that the meeting was held, without items', () => {
  it('`D. 7. marts afholdt Holmby Kor den årlige generalforsamling.` is minutes', () => {
    const doc = parseText(['Generalforsamling 2031', '', 'D. 7. marts afholdt Holmby Kor den årlige generalforsamling. Der var genvalg til hele bestyrelsen, og regnskabet blev godkendt.'].join('\n'));
    expect(doc.documentType).toBe('referat');
  });
  it('the day on its own line above the sentence that tells it was held, the meeting\'s word with a capital or not', () => {
    const own = parseText(['Generalforsamlingen d. 11. april', '', 'Tirsdag afholdt vi vores årlige generalforsamling, hvor vi som vanligt spiste sammen først. Fire nye medlemmer var mødt op.'].join('\n'));
    expect(own.documentType).toBe('referat');
    const capital = parseText(['Generalforsamling', '', 'Onsdag den 18. maj blev der afholdt Generalforsamling i Holmby Vælgerforening. Mødet var godt besøgt.'].join('\n'));
    expect(capital.documentType).toBe('referat');
  });
  it('but not one that was to have been held (`skulle have holdt`)', () => {
    const doc = parseText(['Generalforsamling 2031', '', 'Holmby Kor skulle i marts have holdt den årlige generalforsamling, men den blev aflyst. Der var genvalg til bestyrelsen.'].join('\n'));
    expect(doc.documentType).not.toBe('referat');
  });
});

describe('the chair elected, named as the record\'s first sentence', () => {
  const doc = (record: string) => parseText(['Referat af generalforsamling i Holmby Roklub 3. marts 2031', '', '1. Valg af dirigent', record, '', '2. Beretning', 'Godkendt.'].join('\n'));
  it.each([
    ['Niels Holm. Niels åbnede mødet og konstaterede, at det var lovligt indkaldt.', 'Niels Holm'],
    ['- Peter Dal.', 'Peter Dal'],
    ['Jørn Lund fra Molen. Han takkede for valget.', 'Jørn Lund'],
  ])('%s → %s', (record, chair) => expect(doc(record).meeting.chair).toBe(chair));
  it('not a usual item\'s title run into the record (`Bestyrelsens beretning. Anna sendte den ud.`)', () => {
    expect(doc('Bestyrelsens beretning. Anna sendte den ud.').meeting.chair).toBeNull();
  });
});

describe('the absent, told in other ways', () => {
  it('`Alle bestyrelsesmedlemmer undtagen kasserer Kurt var til stede.`: the exception before the verb, a sentence after it', () => {
    expect(absent(boardMeeting('Alle bestyrelsesmedlemmer undtagen kasserer Kurt var til stede. Desuden deltog en suppleant.'))).toEqual(['Kurt']);
  });
  it('`Ida var syg.`, `Bo var bortrejst.`: away told as a reason', () => {
    expect(absent(boardMeeting('Eva, Kaj og Per var til stede. Ida var syg. Bo var bortrejst.'))).toEqual(['Ida', 'Bo']);
  });
  it('the apologies in brackets inside a sentence (`… (Afbud fra Ida og Bo) deltog 4 medlemmer.`)', () => {
    expect(absent(boardMeeting('Udover bestyrelsen (Lis, Grete og Ole) (Afbud fra Ida og Bo) deltog 4 medlemmer.'))).toEqual(['Ida', 'Bo']);
  });
  it('a field\'s label under the apologies (`Ca. Tidspunkt`, a table\'s head) is no one, and does not take their names', () => {
    expect(absent(boardMeeting('Afbud: Frida, Andreas og Jesper', '', 'Ca. Tidspunkt', '', 'Dagsorden'))).toEqual(['Frida', 'Andreas', 'Jesper']);
  });
});

describe('those present under other labels', () => {
  it.each([
    ['Deltager: Eva Holm, Bo Dal og Ib Lund'],
    ['I mødet deltog: Eva Holm, Bo Dal og Ib Lund'],
    ['Forældrerepræsentanter: Eva Holm, Bo Dal og Ib Lund'],
    ['Medlemmer af udvalget: Eva Holm, Bo Dal og Ib Lund'],
  ])('%s', (line) => expect(present(boardMeeting(line))).toEqual(['Eva Holm', 'Bo Dal', 'Ib Lund']));
  it('`Fra sekretariatet deltog:` is the secretariat', () => {
    expect(boardMeeting('Fra sekretariatet deltog: Eva Holm').participants.map((p) => p.group)).toEqual(['secretariat']);
  });
});

describe('a companion along, in a list of those present', () => {
  it('`Bent & hustru`, `Eva og ægtefælle`: the person, not the companion', () => {
    const doc = parseText(['Referat af generalforsamling 3. maj 2031', '', 'Deltagere: Peter, Oskar, Bent & hustru, Anita og Eva og ægtefælle', '', '1. Regnskab', 'Godkendt.'].join('\n'));
    expect(present(doc)).toEqual(['Peter', 'Oskar', 'Bent', 'Anita', 'Eva']);
  });
});

describe('the chair told by a first name alone, outside an election item', () => {
  it('reads a given name the lexicon knows where the sentence names the office; not a word that is no name', () => {
    const doc = parseText(['Referat fra generalforsamlingen 2031', '', 'Karen blev valgt som aftenens dirigent.', '', 'Beretning:', 'Formanden fortalte om året.'].join('\n'));
    expect(doc.meeting.chair).toBe('Karen');
    const none = parseText(['Referat fra generalforsamlingen 2031', '', 'Skovturen blev valgt som aftenens emne.', '', 'Beretning:', 'Formanden fortalte om året.'].join('\n'));
    expect(none.meeting.chair).toBeNull();
  });
});

describe('a list of first names with its count after it, and two elected in one line', () => {
  it('reads every name before `; – i alt N deltagere.`; `Valg af ordstyrer og referent:` / `Bo og Eva` makes the first the chair', () => {
    const doc = parseText(['Referat af medlemsmøde 12. april 2031', '', 'Til stede:', 'Ebbe, Alice, Stefan, Helge, Henning og Ulla; – i alt 6 deltagere.', 'Valg af ordstyrer og referent:', 'Henning og Ulla', 'Beretning:', 'Der blev fortalt om året.'].join('\n'));
    expect(doc.participants.map((p) => p.name).sort()).toEqual(['Alice', 'Ebbe', 'Helge', 'Henning', 'Stefan', 'Ulla']);
    expect(doc.meeting.chair).toBe('Henning');
  });

  it('reads `Tilstede var følgende:` as the label of those present', () => {
    const doc = parseText(['Referat fra den stiftende generalforsamling 2031', '', 'Tilstede var følgende:', 'Bo Dal, Eva Holm, Per Lund', '', '1. Valg af dirigent:', 'Bo Dal blev valgt.'].join('\n'));
    expect(doc.participants.filter((p) => p.group !== 'absent').map((p) => p.name).sort()).toEqual(['Bo Dal', 'Eva Holm', 'Per Lund']);
  });
});

describe('entries of those present set on one line with stars between', () => {
  it('reads each `Name, Town (office)` between the stars as one person', () => {
    const doc = parseText(['Referat af generalforsamlingen 2031', '', 'I generalforsamlingen deltog ifølge tilmeldingslisten:', '', 'Bo Dal, Holmby (formand) * Eva Holm, Vejby (kasserer) * Per Lund, Holmby * Kaj Berg, Sandby', '', '1. Valg af dirigent', 'Per Lund blev valgt.'].join('\n'));
    expect(doc.participants.filter((p) => p.group !== 'absent').map((p) => p.name).sort()).toEqual(['Bo Dal', 'Eva Holm', 'Kaj Berg', 'Per Lund']);
  });
});

describe('absences told in more ways', () => {
  const absent = (line: string) =>
    parseText(['Referat af bestyrelsesmøde 4. maj 2031', '', line, '', '1. Godkendelse af dagsorden', 'Godkendt.', '2. Eventuelt', 'Intet.'].join('\n'))
      .participants.filter((p) => p.group === 'absent')
      .map((p) => p.name);
  it('an apology as the line’s last sentence, with the office before the name', () => {
    expect(absent('Fra bestyrelsen mødte Bo Dal og Eva Holm. Afbud fra bestyrelsesmedlem Kaj Berg.')).toEqual(['Kaj Berg']);
  });
  it('all but one, with more words between `Alle` and the exception', () => {
    expect(absent('Alle de på årsmødet valgte bestyrelsesmedlemmer bortset fra Kaj Berg var til stede.')).toEqual(['Kaj Berg']);
  });
  it('a substitute in the present tense, `istedet` in one word', () => {
    expect(absent('Per Lund deltager istedet for Kaj Berg.')).toEqual(['Kaj Berg']);
  });
  it('an apology with its reason after `gr.`', () => {
    expect(absent('Søren har meldt afbud gr. et andet møde i Holmby.')).toEqual(['Søren']);
  });
});

describe('a list of those present ended by a line that names no one', () => {
  it('`Ingen fraværende` and a page button (`• Udskriv`) end the list, and name no one', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 4. maj 2031', '', 'Til stede: Bent, Jytte, Marc', 'Ingen fraværende', '', 'Afbud: Ole Lund', '• Udskriv', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n'));
    expect(doc.participants.map((p) => `${p.name}/${p.group}`)).toEqual(['Bent/member', 'Jytte/member', 'Marc/member', 'Ole Lund/absent']);
  });
});

describe('the date of a line that names the meeting, which no other reading took', () => {
  const date = (top: string) => parseText([top, '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '2. Beretning', 'Godkendt.'].join('\n')).meeting.date;
  it('a body whose name holds commas, before the meeting and its date', () => {
    expect(date('Holmby Syd-, Øst- og Vestfyns generalforsamling 25. februar 2031')).toBe('2031-02-25');
  });
  it('a title after a letter and a colon', () => {
    expect(date('A: Referat af ordinær generalforsamling 27. juli 2031')).toBe('2031-07-27');
  });
  it('the date after the meeting’s word, not a page’s stamp before it', () => {
    expect(date('1 15. juni 2031 Referat fra møde i Kontaktudvalget den 31. maj 2031')).toBe('2031-05-31');
  });
  it('no date from a sentence about another event, nor from the last meeting', () => {
    expect(date('Herefter fortalte Bo Dal om planerne for Idrætsmødet, som løber af stablen i perioden 29/8-1/9 2031 i Holmby og omegn.')).toBeNull();
    expect(date('Godkendelse af referat fra sidste møde 3. maj 2031')).toBeNull();
  });
});

describe("a table's label cell run into its value", () => {
  it('`StedSkolen`, `ReferentBo Dal` and `Mødeforum…` read as their labels and values', () => {
    const doc = parseText(['Referat af skolebestyrelsesmøde 4. marts 2031', 'StedSkolen', 'ReferentBo Dal', 'DeltagereEva Holm, Per Lund', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n'));
    expect(doc.meeting.location).toBe('Skolen');
    expect(doc.participants.map((p) => `${p.name}/${p.group}`).sort()).toEqual(['Bo Dal/secretariat', 'Eva Holm/member', 'Per Lund/member']);
  });
});

describe('a letter\'s town and date above the minutes', () => {
  it('`Holmby d. 20. december 2031` dates the writing and names no body; the title below dates the meeting', () => {
    const m = parseText(['Odense d. 20. december 2031', 'Referat af bestyrelsesmøde d. 9. december 2031 hos Bo', '', '1. Regnskab', 'Godkendt.'].join('\n')).meeting;
    expect([m.body, m.date]).toEqual([null, '2031-12-09']);
  });

  it('with nothing else dated, the letter\'s date is the meeting\'s; `Ekstra ordinær d. …` names no body', () => {
    const m = parseText(['Ekstra ordinær d. 11. august 2031', '', 'Referat', '', '1. Regnskab', 'Godkendt.'].join('\n')).meeting;
    expect([m.body, m.date]).toEqual([null, '2031-08-11']);
    expect(parseText(['Odense d. 20. december 2031', '', 'Referat', '', '1. Regnskab', 'Godkendt.'].join('\n')).meeting.date).toBe('2031-12-20');
  });
});

describe('the chair named in an item that appoints the meeting\'s leader', () => {
  it('`1. Udpegning af mødeleder: Bente` gives the chair', () => {
    expect(parseText(['Referat fra bestyrelsesmøde 2.11.2031', '', '1. Udpegning af mødeleder: Bente', '2. Valg af referent: Bo', '3. Budget: Godkendt.'].join('\n')).meeting.chair).toBe('Bente');
  });
});

describe('the end of the meeting told by who closed it', () => {
  it('`Dirigenten afsluttede generalforsamlingen klokken 19.25 og takkede …` under the last item gives the end time', () => {
    const m = parseText(['Referat fra generalforsamling torsdag den 24. marts 2031 kl. 19', '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Eventuelt', 'Intet.', '', 'Dirigenten afsluttede generalforsamlingen klokken 19.25 og takkede for god ro og orden.'].join('\n')).meeting;
    expect([m.startTime, m.endTime]).toEqual(['19:00', '19:25']);
  });
});

describe('the body told in the sentence that the meeting was held', () => {
  it.each([
    ['Mandag den 7. november 2031 afholdt Holmby Pensionistforening den årlige ordinære generalforsamling.', 'Holmby Pensionistforening'],
    ['Den 30. marts 2031 klokken 1900, afholdtes ordinær generalforsamling i lokalforeningen Holmby.', 'lokalforeningen Holmby'],
    ['Den 5. september 2031 afholdtes lokalt årsmøde i Holmby Roklub. Vanen tro spiste vi først.', 'Holmby Roklub'],
    ['Torsdag den 3. marts 2031 kl. 16 er der møde i Byrådet for Holmby Kommune.', 'Byrådet for Holmby Kommune'],
  ])('%s → %s', (sentence, body) => {
    expect(parseText(['Referat', sentence, '', '1. Valg af dirigent', 'Bo Dal blev valgt.'].join('\n')).meeting.body).toBe(body);
  });
});

describe('a group named in its meeting\'s word', () => {
  it.each(['Styregruppemøde den 20. september 2031', 'Styregruppemøde 6 den 20. september 2031'])('`%s`: the steering group', (title) => {
    expect(parseText([title, '', '1. Budget', 'Godkendt.'].join('\n')).meeting.body).toBe('Styregruppen');
  });
});

describe('meetings in the plural name no body', () => {
  it('`Planlagte bestyrelsesmøder frem til næste generalforsamling` over the dates heads a list, not the body', () => {
    const m = parseText(['Planlagte bestyrelsesmøder frem til næste generalforsamling', '', '3. maj 2031', '', 'Referat af bestyrelsesmøde 3. maj 2031', '', '1. Budget', 'Godkendt.'].join('\n')).meeting;
    expect(m.body).toBeNull();
  });
});

describe('the next meeting names no body', () => {
  it('`Dato for næste bestyrelsesmøde: Indkaldes af formanden` is no body', () => {
    expect(parseText(['Referat af bestyrelsesmøde', '', 'Dato for næste bestyrelsesmøde:  Indkaldes af formanden', '', '1. Budget', 'Godkendt.'].join('\n')).meeting.body).toBeNull();
  });
});

describe('a body named in small letters by its kind', () => {
  it('`Dagsorden for mødet i vækstforum den 5. april 2031`: the forum is the body', () => {
    expect(parseText(['Dagsorden for mødet i vækstforum den 5. april 2031', '', '1. Velkomst', '2. Budget'].join('\n')).meeting.body).toBe('vækstforum');
  });
});

describe('a host and the date in two cells of one header line', () => {
  it('`Bo Dal, Krovejen` and, after a wide gap, `D.14 marts 2031 kl. 19.00`: the date and time are the meeting\'s', () => {
    const m = parseText(['Referat af bestyrelsesmøde i husbestyrelsen.', '', 'Bo Dal, Krovejen                                   D.14 marts 2031 kl. 19.00', '', '1- Valg af referent', 'Eva.'].join('\n')).meeting;
    expect([m.date, m.startTime]).toEqual(['2031-03-14', '19:00']);
  });
});

describe('the chair elected in an item further on', () => {
  it('a residents\' meeting whose chair for the votes is elected in its fifth item\'s record: that one chairs', () => {
    const text = [
      'Referat fra beboermøde 16. august 2031',
      '',
      'Alle fremmødte blev budt velkommen.',
      '',
      'Ang. – cykelskure: Flere ønsker nye skure.',
      'Ang. – badetrappe: Ny trappe er på vej.',
      'Ang. – beplantning: Skråningen ryddes.',
      'Ang. – fælleslokaler: Lokalerne kan lånes gratis.',
      'Ang. – barnestol: Udlejer betaler.',
      '',
      'Bo Dal blev valgt som ordstyrer ved de sidste forslag, som vi skulle stemme om:',
      '',
      'Ang. – badeadgang: Gangriste skal nedsænkes. Afstemning: 12 husstande for.',
    ].join('\n');
    expect(parseText(text).meeting.chair).toBe('Bo Dal');
  });
});

describe('a letterhead between ornaments', () => {
  it('`§ ¨  Holmby Bridgeklub  © ª` (a symbol font read as letters) names the body without its ornaments', () => {
    const doc = parseText(['Referat af den ordinære generalforsamling den 26. april 2031', '§ ¨    Holmby  Bridgeklub      © ª', '', 'Referat af generalforsamlingen den 26. april 2031 i Borgerhuset', '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Beretning', 'Godkendt.'].join('\n'));
    expect(doc.meeting.body).toBe('Holmby Bridgeklub');
  });
});

describe('the day of other minutes dealt with at the meeting', () => {
  it('`Referatet af bestyrelsesmøde den 04.08.31 godkendt.` in the header is no day of this meeting', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 01.09.31. Afholdt i haven kl. 11.00.', 'Tilstede: Mette, Anne.', 'Dagsorden punkter:', '1). Referat af generalforsamlingen.', 'Referatet af bestyrelsesmøde den 04.08.31 godkendt.', '2). Regnskabet. Kassen er god.', '3). Arbejdsdag. Den holdes i september.'].join('\n'));
    expect(doc.meeting.date).toBe('2031-09-01');
  });
});

describe('a web page\'s visitor counter above the minutes', () => {
  it('counts since a day that is no meeting\'s date', () => {
    const doc = parseText(['Holmby Biavlerforening', '', '512 besøg på siden', 'fra 12. januar 2011', '', 'Hjem > Bestyrelsesmøder > 9. marts 2031', '', '9. marts 2031', '', 'Referat af mødet', '', '1. Godkendelse af referat', 'Godkendt.'].join('\n'));
    expect(doc.meeting.date).toBe('2031-03-09');
  });
});

describe('a date stamped over the title', () => {
  it('the title\'s date wins over a day alone on a line above it, told with no hour', () => {
    const doc = parseText(['Generalforsamling', '6. oktober 2031/HB', 'Referat af den ordinære generalforsamling i Holmby Lokalhistoriske Forening den 29.9. 2031', '', '1. Valg af dirigent', 'Bo Dal blev valgt.'].join('\n'));
    expect(doc.meeting.date).toBe('2031-09-29');
  });
  it('a field\'s date above the title stands', () => {
    const doc = parseText(['Mødedato: 6. oktober 2031', 'Referat af bestyrelsesmøde 29.9. 2031', '', '1. Godkendelse af referat', 'Godkendt.'].join('\n'));
    expect(doc.meeting.date).toBe('2031-10-06');
  });
});

describe('the chair named with an initial', () => {
  it('`Niels H. Dal valgtes` is one sentence, the initial no sentence\'s end', () => {
    const doc = parseText(['Referat af generalforsamling 3. marts 2031', '', '1. Valg af dirigent: Ove K. Holm valgtes', '', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.meeting.chair).toBe('Ove K. Holm');
  });
});

describe('the chair as a table\'s cells print it, without a colon', () => {
  const head = (line: string) => parseText(['Referat', 'Mødedato og tid 24. november 2031 20:00', 'Sted Klubhuset', line, 'Referent Pia', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n')).meeting.chair;
  it('a given name alone after the office', () => {
    expect(head('Mødeleder Einar')).toBe('Einar');
    expect(head('Mødeleder Anne Holm')).toBe('Anne Holm');
  });
  it('never an office after the office', () => {
    expect(head('Mødeleder Formanden')).toBeNull();
  });
});

describe('the chair elected in the first item, in more wordings', () => {
  it.each([
    ['Eva Holm blev enstemmigt valgt til at være ordstyrer.', 'Eva Holm'],
    ['Herefter blev Inga K valgt som dirigent.', 'Inga K'],
    ['Dirigent – Bo Lind.', 'Bo Lind'],
    ['Valg af dirigent: - Ib Dal.', 'Ib Dal'],
    ['Dirigent: Erik og Referent: Ellen', 'Erik'],
  ])('%s → %s', (record, chair) => {
    const doc = parseText(['Referat af generalforsamling i Holmby Roklub 4. marts 2031', '', '1. Valg af dirigent', record, '', '2. Beretning', 'Godkendt.', '', '3. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.meeting.chair).toBe(chair);
  });
});

describe('a meeting held online', () => {
  it.each(VIRTUAL_PLACE_EXAMPLES)('%s → %s', (line, place) => {
    expect(virtualPlace([{ text: line, blank: false } as never])).toBe(place);
  });

  it('is the place where the header names no other', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 4. marts 2031', 'Mødet blev afholdt over Teams fra kl. 19.00-21.00', '', '1. Regnskab', 'Godkendt.', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.meeting.location).toBe('Teams');
    const there = parseText(['Referat af bestyrelsesmøde 4. marts 2031 i Holmby Medborgerhus', 'Zoom-linket er:', '', '1. Regnskab', 'Godkendt.'].join('\n'));
    expect(there.meeting.location).toBe('Holmby Medborgerhus');
  });
});

describe("the meeting's date among other dates of the header", () => {
  const minutes = (...top: string[]) => parseText([...top, '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '2. Beretning', 'Godkendt.'].join('\n'));
  it('the same day in two years, the weekday printed with the one taken falling in the other: the other year, and the time told with it', () => {
    const doc = minutes('Generalforsamling den 28. juni 2031', '', 'Ordinær generalforsamling afholdt lørdag, den 28. juni 2030 kl. 12:00.');
    expect([doc.meeting.date, doc.meeting.startTime]).toEqual(['2031-06-28', '12:00']);
  });
  it('a weekday that fits neither year leaves the date as taken', () => {
    const doc = minutes('Generalforsamling den 28. juni 2031', '', 'Ordinær generalforsamling afholdt mandag, den 28. juni 2030 kl. 12:00.');
    expect(doc.meeting.date).not.toBe('2031-06-28');
  });
  it('the day the body was founded is not the day it met', () => {
    const doc = minutes('Holmby Mark Vindmøllelaug', '', 'En vindmølle', '', 'Holmby Mark Møllelaug I/S blev stiftet den 3. december 1998 for at drive en vindmølle på marken.', '', 'Generalforsamling 12. marts 2031', '', 'Der var indkaldt til generalforsamling i Holmby Mark Møllelaug I/S på Holmby Bibliotek, 1. sal, onsdag den 12 marts 2031, kl 19.30. Dagsorden efter vedtægterne.');
    expect(doc.meeting.date).toBe('2031-03-12');
  });
  it('the day a sentence of the first lines says the meeting was held on, where no line dates it otherwise', () => {
    expect(minutes('Møde med forretningsudvalget og de involverede parter i Sommerfesten 2031, afholdt d. 25. juni 2031 i klubhuset.').meeting.date).toBe('2031-06-25');
    expect(minutes('Referat fra generalforsamlingen 2031', '', 'Årets generalforsamling blev afholdt på havnen i forbindelse med stævnet den 8 august 2031. Som altid var der kaffe.').meeting.date).toBe('2031-08-08');
  });
  it("the meeting's day again without its year, with the hour after it, gives the hour", () => {
    const doc = minutes('Bestyrelsesmøde d. 20. oktober 2031', '', 'Dagsorden for mødet d. 20. oktober kl 19.30 på Holmby Dyreklinik', '', 'Mødeleder: Jan');
    expect([doc.meeting.date, doc.meeting.startTime]).toEqual(['2031-10-20', '19:30']);
  });
  it("a page's stamp alone over the title gives way to the day a sentence says the meeting was held", () => {
    const doc = minutes('torsdag, april 17, 2031', '', 'Generalforsamling i Holmby Venner', '', 'Mandag den 13. januar 2031, blev der afholdt generalforsamling i Holmby Venner.');
    expect(doc.meeting.date).toBe('2031-01-13');
  });
});

describe("the document's kind named after the body, before the date", () => {
  it('`Udvalget for Holmby Udvikling - referat 24-01-2031`: minutes, of that body, that day', () => {
    const doc = parseText(['Udvalget for Holmby Udvikling - referat 24-01-2031', '', '1. Godkendelse af dagsorden', '', '2. Eventuelt'].join('\n'));
    expect([doc.documentType, doc.meeting.body, doc.meeting.date]).toEqual(['referat', 'Udvalget for Holmby Udvikling', '2031-01-24']);
  });
});

describe('notices that call the meeting, in more wordings', () => {
  const notice = (first: string) => parseText([first, '', '1. Valg af dirigent', '2. Beretning', '3. Eventuelt'].join('\n'));
  it('`… indkalder De ærede Medborgere og Skyttebrødre til Generalforsamling …`: whom it calls between the verb and the meeting', () => {
    const doc = notice('Holmby Skyttelaug af 1747 indkalder De ærede Medborgere og Skyttebrødre til Generalforsamling i Marineforeningen mandag d. 7. maj 2031 kl. 19.30.');
    expect([doc.documentType, doc.meeting.body]).toEqual(['dagsorden', 'Holmby Skyttelaug af 1747']);
  });
  it('`Der indkaldes hermed til afholdelse af ordinær generalforsamling …`', () => {
    expect(notice('Der indkaldes hermed til afholdelse af ordinær generalforsamling den 22. april 2031 kl. 19.30 på skolen.').documentType).toBe('dagsorden');
  });
});

describe('a room with its hour, and a chair\'s field that names nobody', () => {
  it('`Mødelokale 4 kl. 15.00` under the title: the room is the place and the hour the start', () => {
    const doc = parseText(['Unge, fritid og idræts møde den 3. april 2031', '', 'Mødelokale 4 kl. 15.00', '', 'Referat', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n'));
    expect([doc.meeting.location, doc.meeting.startTime]).toEqual(['Mødelokale 4', '15:00']);
  });
  it('`Dirigent` / `Ingen specifik` in a flattened table, `Ordstyrer: -`: no chair', () => {
    const flattened = parseText(['Referat af bestyrelsesmøde i Holmby Grundejerforening', '', 'Dirigent', '', 'Ingen specifik', '', 'Referent', '', 'Bo', '', '1. Godkendelse af dagsorden', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n'));
    const dashed = parseText(['Referat af bestyrelsesmøde 4. maj 2031', 'Ordstyrer: -', '', '1. Godkendelse af dagsorden', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n'));
    expect([flattened.meeting.chair, dashed.meeting.chair]).toEqual([null, null]);
  });
});

describe('the absence label inside the first item\'s decision', () => {
  const absent = (doc: MeetingDocument) => doc.participants.filter((p) => p.group === 'absent').map((p) => p.name);
  const council = (record: string[]) => parseText(['Referat', 'Holmby Klimaudvalg', '4. maj 2031', '', '1 Fraværende og bemærkninger til dagsordenen', '', 'Beslutning', '', ...record, '', '2 Affaldsordning', '', 'Beslutning', 'Godkendt.'].join('\n'));
  it('`Fraværende` alone over `Bo Dal og Eva Holm og Ib Lund.`: the three were absent', () => {
    expect(absent(council(['Fraværende', '', 'Bo Dal og Eva Holm og Ib Lund.']))).toEqual(['Bo Dal', 'Eva Holm', 'Ib Lund']);
  });
  it('`Fraværende:` left empty over `Godkendt.`: nobody', () => {
    expect(absent(council(['Fraværende: ', '', 'Godkendt.']))).toEqual([]);
  });
});

describe('the body as the subject of a general assembly held', () => {
  const body = (first: string) => parseText([first, '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Beretning', 'Beretningen blev godkendt.'].join('\n')).meeting.body;
  it('a name with no organisation\'s kind in it, two words or more, before `har afholdt generalforsamling`, `afholdt … det årlige kredsmøde`', () => {
    expect(body('Glade Strikkere i Holmby har afholdt generalforsamling onsdag den 4. marts 2031 med 40 fremmødte.')).toBe('Glade Strikkere i Holmby');
    expect(body('Holmby Jægerne Kreds 9 afholdt søndag den 1. marts 2031 det årlige kredsmøde i hallen.')).toBe('Holmby Jægerne Kreds 9');
    expect(body('HK/PMF Holmby Syd afholdte VIRTUEL generalforsamling den 7. oktober 2031')).toBe('HK/PMF Holmby Syd');
  });
  it('`blev der afholdt generalforsamling i X i <a place>`: the name before the place is the body; a name before a town alone may be a place', () => {
    expect(body('4. marts 2031 blev der afholdt ordinær generalforsamling i Holmby Patchwork i Aktivitetscentret på Torvet.')).toBe('Holmby Patchwork');
    expect(body('Den 4. juni 2031 blev der afholdt generalforsamling i Kultur Perronen i Holmby.')).toBeNull();
  });
  it('a person, a pronoun or a town alone is no body', () => {
    expect(body('Bo Dal holdt generalforsamling den 3. marts 2031.')).toBeNull();
    expect(body('Den 3. marts 2031 afholdt vi generalforsamling.')).toBeNull();
  });
});

describe('the document\'s kind from a sentence that tells the meeting was held', () => {
  it('`År 2031, den 18. juli kl. 15, afholdtes ordinær generalforsamling …` over items with nothing recorded: minutes', () => {
    const doc = parseText(['Generalforsamling', 'År 2031, den 18. juli kl. 15.00, afholdtes ordinær generalforsamling i Holmby Grundejerforening på kroen.', '', '1. Valg af dirigent', '', '2. Beretning', '', '3. Eventuelt'].join('\n'));
    expect(doc.documentType).toBe('referat');
  });
  it('the same sentence in a case\'s background (`Sagsfremstilling`) tells of another meeting', () => {
    const doc = parseText(['Sagsfremstilling', 'Den 27. september 2031 holdt udvalget dialogmøde med Ungerådet.', 'Dagsordenen var:', '1. Folkemødet', '2. Ungdomsbolig', '3. Kulturnat'].join('\n'));
    expect(doc.documentType).toBeNull();
  });
});

describe('the place after the meeting\'s date and a comma', () => {
  const place = (...top: string[]) => parseText([...top, '', '1. Regnskab', 'Regnskabet blev godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting.location;
  it('on a title line, on a line that names the meeting, on a line the date opens', () => {
    expect(place('Referat fra generalforsamlingen tirsdag den 4. marts 2031, Holmby Medborgerhus.')).toBe('Holmby Medborgerhus');
    expect(place('Referat', '', 'Bestyrelsesmøde afholdt den 4. marts 2031 , Strandby.')).toBe('Strandby');
    expect(place('Referat af årsmødet', '', 'd. 4.3.2031, Holmby Kultur- og Fritidshus')).toBe('Holmby Kultur- og Fritidshus');
  });
  it('not who posted the page, nor a label or a name after the comma', () => {
    expect(place('Referat af årsmødet', '', '4. marts 2031, Administrator')).toBeNull();
    expect(place('Referat af årsmødet', '', '4. marts 2031, Referent: Bo Dal')).toBeNull();
    expect(place('Referat fra generalforsamlingen 4. marts 2031, Ida Lund')).toBeNull();
  });
});

describe('more labels of the place', () => {
  const place = (...top: string[]) => parseText(['Referat af bestyrelsesmøde 4. marts 2031', '', ...top, '', '1. Regnskab', 'Regnskabet blev godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting.location;
  it('a case system\'s `Mødeafholdelse:`, a bilingual page\'s `Hvor / Where:`, a host\'s `Hos:`', () => {
    expect(place('Mødeafholdelse: Lokale 2.14')).toBe('Lokale 2.14');
    expect(place('Hvor / Where: Holmby Kulturhus, Torvet 3')).toBe('Holmby Kulturhus, Torvet 3');
    expect(place('Hos: Ida Lund, Holmvej 4, 9999 Holmby')).toBe('Hos Ida Lund, Holmvej 4, 9999 Holmby');
  });
});

describe('a case system\'s title qualified as open, and the administration after the body', () => {
  const doc = (top: string) => parseText([top, '', '1. Godkendelse af dagsorden', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n'));
  it('`Åbent referat for …`, `ÅBENT REFERAT …`, `Åben dagsorden …` say what the document is', () => {
    expect(doc('Åbent referat for Kultur- og fritidsudvalgets møde den 3. maj 2031').documentType).toBe('referat');
    expect(doc('ÅBENT REFERAT FOLKEOPLYSNINGSUDVALGET').documentType).toBe('referat');
    expect(doc('Åben dagsorden til Ældrerådets møde 3. maj 2031').documentType).toBe('dagsorden');
  });
  it('`Åben referat Integrationsrådet Arbejdsmarkedsforvaltningen, Administration`: the body without the administration serving it', () => {
    expect(doc('Åben referat Integrationsrådet Arbejdsmarkedsforvaltningen, Administration & Service').meeting.body).toBe('Integrationsrådet');
  });
});

describe('the time told with a day that has no year anywhere in the document', () => {
  const doc = (top: string) => parseText([top, '', '1. Regnskab', 'Regnskabet blev godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting;
  it('the day stays unread, the time is the meeting\'s', () => {
    expect(doc('Referat af generalforsamling tirsdag d. 1. marts kl. 12.00 i Holmby Kro')).toMatchObject({ date: null, startTime: '12:00' });
    expect(doc('Indkaldelse til generalforsamling den 8 februar kl. 19 i klubhuset.')).toMatchObject({ date: null, startTime: '19:00' });
  });
});

describe('a date in figures opening its line, then the time', () => {
  const doc = (line: string) => parseText(['Referat af bestyrelsesmøde', '', line, '', '1. Regnskab', 'Regnskabet blev godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting;
  it('with `Klokken` and words after it, or a table\'s cell mark and seconds', () => {
    expect(doc('03-03-2031 Klokken 17.00 - 21.00 i klubhuset og på Teams.')).toMatchObject({ date: '2031-03-03', startTime: '17:00', endTime: '21:00' });
    expect(doc('28-03-2031 17:00:00 |')).toMatchObject({ date: '2031-03-28', startTime: '17:00' });
  });
});

describe('a place between the meeting\'s date and its time', () => {
  const doc = (line: string) => parseText(['Referat', '', line, '', '1. Regnskab', 'Regnskabet blev godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting;
  it('on a line naming the meeting, a date in figures with a two-digit year, the place, then `fra` and the time', () => {
    expect(doc('Bestyrelsesmøde onsdag d. 4.5.31 i Fælleshuset fra 17:00 - 19:00')).toMatchObject({ date: '2031-05-04', startTime: '17:00', location: 'Fælleshuset' });
    expect(doc('Forældremøde den 4. maj 2031 i Spejderhytten fra kl. 19')).toMatchObject({ date: '2031-05-04', startTime: '19:00', location: 'Spejderhytten' });
  });
});

describe('a body named in quotes after the meeting\'s word and `i` or `for`', () => {
  const body = (line: string) => parseText([line, '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting.body;
  it('the quoted name, followed by nothing, a comma or a date; not a place in quotes with words after it', () => {
    expect(body('Referat fra generalforsamling d. 4/5-2031 kl. 10.00 i ”Holmby Jazzens Venner”')).toBe('Holmby Jazzens Venner');
    expect(body('Referat af Laugsting for ”Bryggerne i 7.”, torsdag den 4. maj kl. 13')).toBe('Bryggerne i 7.');
    expect(body('GENERALFORSAMLING for Vinterbade-foreningen ”KOLDE-KNUD” 20/9-2031')).toBe('KOLDE-KNUD');
    expect(body('Referat af generalforsamling torsdag den 4. maj kl. 13 i ”Kanonlaugets” hyggelige lokale')).not.toBe('Kanonlaugets');
  });
});

describe('a free school\'s general assembly held at the school', () => {
  const meeting = (line: string) => parseText([line, '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting;
  it('the school is the body and the place; another house named so is only the place', () => {
    expect(meeting('Referat af generalforsamling på Holmby Efterskole onsdag den 25. april 2031')).toMatchObject({ body: 'Holmby Efterskole', location: 'Holmby Efterskole' });
    expect(meeting('Ekstraordinær generalforsamling på Holmby Friskole 12. sep. 2031')).toMatchObject({ body: 'Holmby Friskole' });
    expect(meeting('Referat af generalforsamling på Holmby Højskole onsdag den 25. april 2031')).toMatchObject({ body: null, location: 'Holmby Højskole' });
  });
});

describe('the place on the line under a title that ends in `i`', () => {
  const meeting = (lines: string[]) => parseText([...lines, '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting;
  it('a venue with its street, postcode and town, a full stop after it', () => {
    expect(meeting(['Referat fra generalforsamling i Holmby Bådklub lørdag den 4. marts 2031 kl. 10.00 i', 'Holmby Sejlklub, Strandvejen 23, 2770 Holmby.'])).toMatchObject({ location: 'Holmby Sejlklub, Strandvejen 23, 2770 Holmby', startTime: '10:00' });
    expect(meeting(['Referat repræsentantskabsmøde Holmby Fodslaw, lørdag den 4. marts 2031 kl. 13.00 i', 'Øster Holmby Multihus, Langevej 7, Øster Holmby, 9560 Holmby'])).toMatchObject({ location: 'Øster Holmby Multihus, Langevej 7, Øster Holmby, 9560 Holmby' });
  });
});

describe('a venue with its address under the date line, the number with a letter and a floor after the street', () => {
  it('`Holmby Værksteder, Strandgade 27 B, plan 4, 1401 København K` is the place', () => {
    const doc = parseText(['Ordinær Generalforsamling', 'Lørdag den 6. november 2031 kl. 15.30 – 18.00', 'Holmby Værksteder, Strandgade 27 B, plan 4, 1401 København K', 'Referat', '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.meeting.location).toBe('Holmby Værksteder, Strandgade 27 B, plan 4, 1401 København K');
  });
});

describe('the chair proposed in one sentence and elected in the next', () => {
  it('`Bestyrelsen havde foreslået advokat Eva Holm, Holmby. Da der ikke var andre kandidater, blev hun enstemmigt valgt.`', () => {
    const text = ['Referat af generalforsamling i Holmby Grundejerforening 2031', '', '1. Valg af dirigent.', 'Ad 1 Bestyrelsen havde foreslået advokat Eva Holm, Holmby. Da der ikke var andre kandidater, blev hun enstemmigt valgt.', '', '2. Beretning', 'Godkendt.'].join('\n');
    expect(parseText(text).meeting.chair).toBe('Eva Holm');
    const referent = ['Referat af generalforsamling i Holmby Grundejerforening 2031', '', '1. Valg af referent.', 'Bestyrelsen foreslog Bo Dal som referent. Han blev valgt.', '', '2. Beretning', 'Godkendt.'].join('\n');
    expect(parseText(referent).meeting.chair).toBeNull();
  });
});

describe('the meeting\'s end told in a sentence', () => {
  const meeting = (lines: string[]) => parseText(['Referat af bestyrelsesmøde i Holmby Roklub 4. marts 2031', '', ...lines].join('\n')).meeting;
  it('after the items, in the opening sentence, with its start, or with `ca.`; not another meeting\'s end', () => {
    expect(meeting(['1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.', '', 'Generalforsamlingen sluttede klokken 21:19.'])).toMatchObject({ endTime: '21:19' });
    expect(meeting(['17 medlemmer deltog i mødet i klubhuset, som begyndte kl. 19:00 og sluttede kl. 20:45.', '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'])).toMatchObject({ endTime: '20:45' });
    expect(meeting(['1. Regnskab', 'Mødet startede kl. 15.30 og sluttede kl. 16.45.', '', '2. Eventuelt', 'Intet.'])).toMatchObject({ startTime: '15:30', endTime: '16:45' });
    expect(meeting(['1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Mødet blev afsluttet ca. kl. 21.05 med kaffe.'])).toMatchObject({ endTime: '21:05' });
    expect(meeting(['1. Regnskab', 'Mødet med kommunen sluttede kl. 15.00 uden aftale.', '', '2. Eventuelt', 'Intet.'])).toMatchObject({ endTime: null });
  });
});

describe('a place then the time on a header line of their own, or the time with a note after it', () => {
  const meeting = (line: string) => parseText(['Referat af bestyrelsesmøde i Holmby Roklub', line, '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting;
  it('`Kommunens mødesal kl. 11:00`, `I Holmby Kulturcenter ved Cafeteriet kl. 19:30`, `Kl. 15:00 - 18:00 med efterfølgende spisning`', () => {
    expect(meeting('Kommunens mødesal kl. 11:00')).toMatchObject({ startTime: '11:00', location: 'Kommunens mødesal' });
    expect(meeting('I Holmby Kulturcenter ved Cafeteriet kl. 19:30')).toMatchObject({ startTime: '19:30', location: 'Holmby Kulturcenter ved Cafeteriet' });
    expect(meeting('Kl. 15:00 - 18:00 med efterfølgende spisning')).toMatchObject({ startTime: '15:00', endTime: '18:00', location: null });
  });
});

describe('the place told after the meeting was held and when or whose it was', () => {
  it.each([
    ['Stemningen var god, da Holmby Kroket afviklede sin generalforsamling på Holmhøj.', 'Holmhøj'],
    ['Generalforsamlingen blev afholdt d. 2. februar - på Egehøj', 'Egehøj'],
    ['Også i år blev den afholdt på den gamle skole.', 'den gamle skole'],
    ['Her er referatet af den årlige generalforsamling afholdt søndag den 23. april 2031 ved badehusene.', 'badehusene'],
    // (A place named before it goes first: `… afholdt i ”Det Grønne Rum” ved Holmsø`.)
    ['Generalforsamlingen blev afholdt i Bræddehytten på Holmen.', 'Bræddehytten på Holmen'],
  ])('%j → %s', (text, place) => expect(placeInSentence(text)).toBe(place));
});

describe('the hours on a line of the header without `kl.`, and a programme\'s hour of the meeting', () => {
  const meeting = (...head: string[]) => parseText([...head, '', '1. Godkendelse af dagsorden', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting;
  it('reads a range alone as the meeting\'s hours, a note after it or not', () => {
    expect(meeting('Referat af skolebestyrelsesmøde 4. maj 2031', '17.00 til 19.00. Spisning sidst på mødet')).toMatchObject({ startTime: '17:00', endTime: '19:00' });
    expect(meeting('Bestyrelsesmøde 4. maj 2031', '19:00 - 22:00')).toMatchObject({ startTime: '19:00', endTime: '22:00' });
  });
  it('reads no span longer than a meeting, nor one before seven (a day\'s programme, opening hours)', () => {
    expect(meeting('Botanikdag og generalforsamling 4. maj 2031', '10:30 - 18:00')).toMatchObject({ startTime: null, endTime: null });
    expect(meeting('Referat af generalforsamling 4. maj 2031', '05:30 - 22:00')).toMatchObject({ startTime: null, endTime: null });
  });
  it('reads the hour with a note in brackets after it', () => {
    expect(meeting('Referat af bestyrelsesmøde 4. maj 2031', 'kl.19.30 (flyttet fra salen i Holmby Kirke)')).toMatchObject({ startTime: '19:30' });
  });
  it('reads the hour a programme gives the general assembly', () => {
    expect(meeting('Holmby Astronomiske Forening', 'Lørdag 4. maj 2031', '13.00 Generalforsamling')).toMatchObject({ startTime: '13:00' });
    expect(meeting('Holmby Botaniske Forening', 'Lørdag 4. maj 2031', '14.30 Dagsorden for HBF´s Generalforsamling 2031')).toMatchObject({ startTime: '14:30' });
  });
});

describe('a web page\'s menu above the minutes does not push the header out of reach', () => {
  const menu = ['Forside', 'Kontakt', 'Aktiviteter', 'Bestyrelsen', 'Galleri med billeder', 'Nye medlemmer', 'Links', 'Vedtægter', 'Arkiv', 'Holmby Stenklub', 'Generalforsamling', 'Referat'];
  const page = (...top: string[]) => parseText([...top, '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Beretning', 'Godkendt.'].join('\n\n')).meeting;
  it('reads the place told in a sentence under a dozen menu lines', () => {
    expect(page(...menu, 'Afholdt den 08-02-2031 på Holmby Strandkro').location).toBe('Holmby Strandkro');
  });
  it('still reads no place from a sentence that deep in text', () => {
    const text = Array.from({ length: 16 }, (_, k) => `Bestyrelsen har i år ${k + 2} gange drøftet sagen med kommunen.`);
    expect(page('Referat', ...text, 'Afholdt den 08-02-2031 på Holmby Strandkro').location).toBeNull();
  });
});

describe('a date on the same line as the meeting\'s that is another day\'s', () => {
  const head = (top: string) => parseText(`${top}\n\n1. Valg af dirigent\nBo Dal blev valgt.\n\n2. Beretning\nGodkendt.`).meeting;
  it('the notice\'s date before the meeting\'s (`jf. indkaldelse af …`)', () => {
    expect(head('Referat af repræsentantskabsmøde 2031\nMødet holdes jf. indkaldelse af 27. maj 2031 onsdag, den 20. august 2031 kl. 10 på Hotel Strand.').date).toBe('2031-08-20');
  });
  it('the day the minutes were written, over a title with a date of its own', () => {
    expect(head('Referat\n15. juni 2031 Referat fra møde i Vejudvalget den 31. maj 2031 i Rådhuset').date).toBe('2031-05-31');
  });
});

describe('a web transcript of one page', () => {
  it('drops its page number under `Transkript`, so its agenda and the records after it are the items', () => {
    const page = '1 Referat Generalforsamling den 12. april 2031 Side 1 Formand Bo Dal bød velkommen til de 40 fremmødte medlemmer. Dagsorden: 1. Valg af dirigent 2. Bestyrelsens beretning 3. Regnskab 4. Indkomne forslag a) Kongresforslag b) Overenskomstforslag 5. Valg a) Valg af formand b) Valg af 3 bestyrelsesmedlemmer 1. Valg af dirigent Formanden foreslog Eva Holm som dirigent, hvilket blev vedtaget. 2. Bestyrelsens beretning Bo Dal aflagde beretningen, som blev godkendt. 3. Regnskab Regnskabet blev godkendt af et stort flertal efter en kort debat om kontingentet.';
    const doc = parseText(['HOLMBY METAL. Referat Generalforsamling den 12. april 2031', '', 'Starte visningen fra side:', '', 'Transkript', '', page].join('\n'));
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.items[2]!.outcome).toBe('approved');
  });
});

describe('lists of those present in two more shapes', () => {
  const people = (text: string) => parseEntry(text, 'member').map((p) => [p.name, p.note]);
  it('where they come from, before them with a dash, is no entry', () => {
    expect(people('Fra bestyrelsen – Hanne (6), Kim (14), Anders (26)')).toEqual([['Hanne', '6'], ['Kim', '14'], ['Anders', '26']]);
  });
  it('first names parted by dashes alone, the minute-taker among them', () => {
    expect(people('Mads - Rikke – Birgit – Niels Erik – ref. Pusser')).toEqual([['Mads', null], ['Rikke', null], ['Birgit', null], ['Niels Erik', null], ['Pusser', 'referent']]);
  });
});

describe('a header\'s fields run together on one line without their colons, as a flattened table prints them', () => {
  const meeting = (top: string) => parseText(`${top}\n\n1. Valg af dirigent\nBo Dal blev valgt.\n\n2. Beretning\nGodkendt.`);
  it('reads each label\'s field up to the next label; the title before the first stays the title', () => {
    const doc = meeting('Referat Kulturgruppen Dato 4. september 2031 Tidspunkt 16:00 Sted Holmby Kongrescenter, Torvet 5, Holmby Til stede Bo Dal, Eva Holm, Ib Lund');
    expect([doc.meeting.date, doc.meeting.startTime, doc.meeting.location]).toEqual(['2031-09-04', '16:00', 'Holmby Kongrescenter, Torvet 5, Holmby']);
    expect(doc.participants.map((p) => p.name)).toEqual(['Bo Dal', 'Eva Holm', 'Ib Lund']);
  });
  it('parts nothing where the labels stand one after another, the values after them (a table printed a column at a time)', () => {
    const doc = meeting('Vejudvalget Referat Dato 8. september 2031 Mødetidspunkt 16:00 Sted Medlemmer Fraværende Lokale 1, Holmby Rådhus Bo Dal, Eva Holm');
    expect(doc.meeting.location).not.toBe('Medlemmer');
  });
});

describe('the elected chair named alone under the election, with a note in brackets after the name', () => {
  it('is the chair, without the note', () => {
    const doc = parseText(['Referat af generalforsamling i Holmby Kulturhus 3. maj 2031', '', '1. Valg af dirigent: Bo Lund (fmd. for kultur- og fritidsudvalget)', '', '2. Beretning', 'Godkendt.', '', '3. Regnskab', 'Godkendt.'].join('\n'));
    expect(doc.meeting.chair).toBe('Bo Lund');
  });
});

describe('the chair\'s election above the items, its title a paragraph\'s first line', () => {
  it('is read as that item would be', () => {
    const doc = parseText(['Referat af generalforsamling i Holmby Presseforening 3. maj 2031', '', 'Valg af dirigent', 'Eva Lund blev valgt uden modkandidat. Dirigenten konstaterede, at generalforsamlingen var lovligt indvarslet.', '', '1. Beretning', 'Godkendt.', '', '2. Regnskab', 'Godkendt.'].join('\n'));
    expect(doc.meeting.chair).toBe('Eva Lund');
  });
});

describe('an hour told for a meal before the meeting, in the sentence that tells it was held', () => {
  const meeting = (line: string) => parseText(`Referat af generalforsamling 4. maj 2031\n${line}\n\n1. Valg af dirigent\nBo Dal blev valgt.\n\n2. Beretning\nGodkendt.`).meeting;
  it('is not the meeting\'s start', () => {
    expect(meeting('Der kom 27 medlemmer til brunch kl. 10.00 og bagefter generalforsamlingen, som blev afholdt efter vedtægterne.').startTime).toBeNull();
  });
  it('the meeting\'s own hour in such a sentence still is', () => {
    expect(meeting('Generalforsamlingen blev afholdt kl. 19.30 i klubhuset.').startTime).toBe('19:30');
  });
});

describe('a town alone after the meeting in the title', () => {
  it('is where the meeting was, not the body that met', () => {
    const doc = parseText(['Referat fra Kredsmødet i Hjørring 13. april 2031', '', '1. Godkendelse af dagsorden', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.meeting.body).toBeNull();
    expect(doc.meeting.location).toBe('Hjørring');
  });
});

describe('a date alone over a line that names the meeting with its own date', () => {
  const date = (...top: string[]) => parseText([...top, '', 'Til stede: Bo Dal, Eva Holm', '', '1. Godkendelse af dagsorden', 'Godkendt.', '2. Eventuelt', 'Intet.'].join('\n')).meeting.date;
  it('a weekday and `den` beside the first date still make it a stamp: the meeting line\'s date wins', () => {
    expect(date('onsdag den 19. marts 2031', '', 'Møde i haveudvalget 11. marts 2031')).toBe('2031-03-11');
  });
  it('a bullet before the stamp, a comma before the meeting\'s year', () => {
    expect(date('• den 8. oktober 2031', '', 'Bestyrelsesmøde den 6. oktober, 2031')).toBe('2031-10-06');
  });
  it('a date alone over a title without a date stays the meeting\'s', () => {
    expect(date('onsdag den 19. marts 2031', '', 'Møde i haveudvalget')).toBe('2031-03-19');
  });
  it('a line below about another day is no meeting named', () => {
    expect(date('onsdag den 19. marts 2031', '', 'Husk fristen for tilmelding 11. marts 2031')).toBe('2031-03-19');
  });
});

describe('a stamp over a line naming the meeting with a day and no year', () => {
  const meeting = (...top: string[]) => parseText([...top, '', '1. Godkendelse af dagsorden', 'Godkendt.', '2. Eventuelt', 'Intet.'].join('\n')).meeting;
  it('the day in the stamp\'s year, its time kept', () => {
    expect(meeting('9. november 2031', '', 'Referat Bestyrelsesmøde 2. oktober – kl. 19.00')).toMatchObject({ date: '2031-10-02', startTime: '19:00' });
  });
  it('never after the stamp: a day later in the year is last year\'s', () => {
    expect(meeting('14. januar 2032', '', 'Referat Bestyrelsesmøde 2. december')).toMatchObject({ date: '2031-12-02' });
  });
  it('a publication line\'s year for a numbered meeting with its weekday', () => {
    expect(meeting('Bestyrelsesmøde nr. 12. Tirsdag den 6. maj.', '', 'Udgivet 13-05-2031')).toMatchObject({ date: '2031-05-06' });
  });
  it('a date in a body\'s name is not the meeting\'s day', () => {
    expect(meeting('Generalforsamlingen i Malerlauget af 3. maj', '', '27. april 2031')).toMatchObject({ date: '2031-04-27' });
  });
});

describe("the title's full date over a date further down that no field or held sentence gives", () => {
  const meeting = (...top: string[]) => parseText([...top, '', '1. Godkendelse af dagsorden', 'Godkendt.', '2. Eventuelt', 'Intet.'].join('\n')).meeting;
  it('a later line telling when a coming meeting is, with its hour, neither dates the meeting nor times it', () => {
    expect(meeting('Referat af juniorrådsmøde den 8. december 2031', '', 'Mødt var: Eva, Bo.', 'Der er juniorrådsmøde d. 16/3-2032 kl. 18:30.')).toMatchObject({ date: '2031-12-08', startTime: null });
  });
  it('the same day in another month under the title: a slip in the date, the time told with it kept', () => {
    expect(meeting('Beslutningsprotokol 26/8 2031', '', 'Tirsdag d. 26. juni 2031 kl. 19.00 i Sognegården')).toMatchObject({ date: '2031-08-26', startTime: '19:00' });
  });
});

describe("a field's date over an hour told with another day further down", () => {
  it('`Mødedato` / its date, labels over values, then a coming meeting with its day and hour among the records', () => {
    const text = [
      'Mødereferat', ' ', 'Dato', '09.02.2031', ' ', 'Mødeart', 'Bestyrelsesmøde', ' ', 'Mødedato', '9. februar 2031', ' ',
      'Deltagere', 'Bo Dal (BD), Eva Holm (EH), Per Lund (PL)', ' ', 'Fraværende', ' ', 'Dagsorden:', ' ',
      'Godkendelse af referat', ' ', 'Godkendt', 'Meddelelser fra formanden', 'Skuret ved slæbestedet: kommunen har endnu ikke svaret.',
      'Kajakdagen: havnen har indkaldt til møde d. 25. februar 2031 kl. 17.00. i klubhuset.', 'Generalforsamlingen er d. 27.02.2031 kl. 13.',
    ].join('\n');
    expect(parseText(text).meeting).toMatchObject({ date: '2031-02-09', startTime: null });
  });
});

describe('a day written with a slash and the hour after it, and a referent signing with a date', () => {
  it('the meeting on the header\'s day in the title\'s year; the signature names no body and dates nothing', () => {
    const text = [
      'GENERALFORSAMLING 2031', '', 'Referat fra generalforsamlingen 2031', '', 'Generalforsamling 24/8 kl. 19.00 på Skovgården.', '',
      '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Beretning', 'Beretningen blev godkendt.', '', 'Referent Eva Holmsen den 26.09.2031',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.meeting).toMatchObject({ date: '2031-08-24', startTime: '19:00', body: null });
    expect(doc.items.at(-1)!.decision).toBe('Beretningen blev godkendt.');
  });
});

describe('a posting date, and the meeting\'s day without a year below it', () => {
  const meeting = (...top: string[]) => parseText([...top, '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '2. Beretning', 'Godkendt.'].join('\n')).meeting;
  it('a date stamped to the second is when the page was posted, not the meeting', () => {
    expect(meeting('Ordinær generalforsamling i Holmby Bådelaug', '10. feb. 2031  Kl. 17:40:19  af: Bestyrelsen', '', 'Søndag d. 9. marts 2031 kl. 13.30')).toMatchObject({ date: '2031-03-09', startTime: '13:30' });
  });
  it("a mail's `Date:` gives the year to the day the minutes name, with its hours", () => {
    expect(meeting('From: Eva Holm <eva@example.org>', 'Date: Mon May 26 2031 - 15:47:14 CEST', '', 'Referat af ordinær generalforsamling i Holmby Brugergruppe', 'Tirsdag, d. 20. maj kl. 19.00 - 20.15')).toMatchObject({ date: '2031-05-20', startTime: '19:00', endTime: '20:15' });
  });
  it("a page's `Udgivet` gives the year to a day told in the first sentence", () => {
    expect(meeting('Generalforsamling i Holmby Petanque', 'Udgivet 14-04-2031', '', 'Lørdag den 5. april kl. 10 blev generalforsamlingen holdt i klubhuset.')).toMatchObject({ date: '2031-04-05', startTime: '10:00' });
  });
});

describe('the organisation on the line under the title, after `i`', () => {
  const body = (...top: string[]) => parseText([...top, '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '2. Eventuelt', 'Intet.'].join('\n')).meeting.body;
  it('`Referat af … generalforsamling <date>` / `i <organisation>`: the title going on with whose meeting it was', () => {
    expect(body('Referat af ordinær generalforsamling 9. marts 2031', 'i Holmby Havelaug af 1983')).toBe('Holmby Havelaug af 1983');
    expect(body('Referat fra generalforsamlingen 30.1.2031', 'I Holmby og omegns folkedanserforening.')).toBe('Holmby og omegns folkedanserforening');
  });
  it('a room after `i` is no organisation, and a line under no dated title is not read so', () => {
    expect(body('Referat af bestyrelsesmøde 9. marts 2031', 'i klubhuset')).toBeNull();
    expect(body('Nyt fra formanden', 'i Holmby Havelaug')).toBeNull();
  });
});

describe('the body that held its own general assembly, named without a word of its kind', () => {
  const body = (line: string) => parseText([line, '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '2. Eventuelt', 'Intet.'].join('\n')).meeting.body;
  it('`afholdt Snedkernes Hus deres … generalforsamling`: the house whose assembly it was', () => {
    expect(body('Den 25. marts 2031 afholdt Snedkernes Hus deres 18. ordinære generalforsamling på Cafeen.')).toBe('Snedkernes Hus');
  });
  it('a person before the possessive is no body', () => {
    expect(body('Den 25. marts 2031 afholdt Bo Dal sin generalforsamling på Cafeen.')).toBeNull();
  });
});

describe('an organisation alone on the line under the title, a comma after it', () => {
  it('`foreningen KULTURHUSET,` is the body, without the comma', () => {
    const m = parseText(['Referat fra stiftende generalforsamling', 'foreningen KULTURHUSET,', '4. februar 2031 på Holmby Efterskole', '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '2. Eventuelt', 'Intet.'].join('\n')).meeting;
    expect(m).toMatchObject({ body: 'foreningen KULTURHUSET', date: '2031-02-04', location: 'Holmby Efterskole' });
  });
});

describe('the hour told after a place, or in a sentence that the meeting took place', () => {
  const meeting = (...top: string[]) => parseText(['Referat af bestyrelsesmøde', ...top, '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '2. Eventuelt', 'Intet.'].join('\n')).meeting;
  it('`Mødet fandt sted fra kl. 15.00 til 19.15`: the start and the end', () => {
    expect(meeting('Torsdag den 3. maj 2031', 'Mødet fandt sted fra kl. 15.00 til 19.15')).toMatchObject({ startTime: '15:00', endTime: '19:15' });
  });
  it('`Generalforsamlingen finder sted kl. 13.00-17.00 …`: a notice\'s hours', () => {
    expect(meeting('Torsdag den 3. maj 2031', 'Generalforsamlingen finder sted kl. 13.00-17.00 på Holmby Vandrerhjem.')).toMatchObject({ startTime: '13:00', endTime: '17:00' });
  });
  it('a host\'s place with a stray comma before the hour, a place in small letters with a semicolon: the hour apart from the place', () => {
    expect(meeting('Torsdag den 3. maj 2031', 'Hos Finn på Lærkevej 3A, Holmby Strand , kl. 19.00')).toMatchObject({ startTime: '19:00', location: 'Hos Finn på Lærkevej 3A, Holmby Strand' });
    expect(meeting('Torsdag den 3. maj 2031', 'på terrassen Sandbakken 10; kl. 19.00')).toMatchObject({ startTime: '19:00', location: 'terrassen Sandbakken 10' });
  });
});

describe('a line naming the meeting, then its day without a full stop after the number, then the hour', () => {
  it('under a page\'s stamp and an undated title: the day and the hour of the meeting line', () => {
    const m = parseText(['Nyheder', '', '27-03-2031', '', 'Referat fra Husmoderforeningens generalforsamling', '', 'Generalforsamling i Holmby Husmoderforening 13 marts 2031 kl 19,00', 'Generalforsamlingen blev afholdt i Det gamle Bibliotek.', '', '1. Valg af dirigent', 'Eva Holm blev valgt.'].join('\n')).meeting;
    expect(m).toMatchObject({ date: '2031-03-13', startTime: '19:00' });
  });
});

describe('a time label whose value opens with the date', () => {
  it('`Tid` / `04-12-2031, kl. 17.00 – 19.00`: the day is no hour; the hours after it are the meeting\'s', () => {
    const m = parseText(['Referat af skolebestyrelsesmøde 04.12.2031', '', 'Tid', '', '04-12-2031, kl. 17.00 – 19.00', '', 'Sted: Skolen', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n')).meeting;
    expect(m).toMatchObject({ date: '2031-12-04', startTime: '17:00', endTime: '19:00' });
  });
});

describe("the next meeting's day without a year, under a title that dates this one", () => {
  it('`NÆSTE MØDE: D. 22 marts Kl. 17.30, …` times nothing; the title\'s hour and its place after a semicolon stand', () => {
    const m = parseText([
      'Referat bestyrelsesmøde afholdt: 15-02-2031 Kl. 18:15; Klubhuset, Strandvej 15, 1270 Holmby', 'Deltagere:', 'Eva Holm (Formand)', 'Bo Dal (Kasserer)',
      'NÆSTE MØDE: D. 22 Marts Kl. 17.30, Klubhuset, Strandvej 15, 1270 Holmby', '1. Opfølgning på opgaver', 'Alle opgaver er løst.',
    ].join('\n')).meeting;
    expect(m).toMatchObject({ date: '2031-02-15', startTime: '18:15', location: 'Klubhuset, Strandvej 15, 1270 Holmby' });
  });
});

describe('closing lines: who or what ended the meeting, and when', () => {
  it.each(CLOSING_EXAMPLES)('%j → %j', (line, time) => {
    expect(closingTime(line)).toBe(time);
  });
  it('the closing line under the last item ends it and gives the meeting its end', () => {
    const doc = parseText(['Referat af ekstraordinær generalforsamling 3. maj 2031 kl. 19.00', '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Vedtægter', 'Forslaget blev vedtaget.', '', 'Den ekstraordinære generalforsamling sluttede kl. 20.45'].join('\n'));
    expect(doc.meeting.endTime).toBe('20:45');
    expect(doc.items.at(-1)!.decision).toBe('Forslaget blev vedtaget.');
  });
});

describe('a substitute told on the line under the list of those present', () => {
  it('ends the list: the substitute present, the one replaced away', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 3. maj 2031', '', 'Til stede: Bo Dal, Eva Holm', 'Flemming Holm deltager istedet for Bodil Dal.', '', '1. Regnskab', 'Godkendt.'].join('\n'));
    expect(present(doc)).toEqual(['Bo Dal', 'Eva Holm', 'Flemming Holm']);
    expect(absent(doc)).toEqual(['Bodil Dal']);
  });
});

describe("the absent told after the present list's last name, wrapped onto its line", () => {
  it('`Eva Holm. Ikke til stede bestyrelsesmedlem Tom Lund, suppleanterne Ib Dal og Kaj Berg.`: the offices are no part of the names', () => {
    const doc = parseText(['Referat af generalforsamlingen onsdag den 20. marts 2031', '', 'Til stede fra bestyrelsen:', 'Formand Bo Dal, kasserer Per Holm, sekretær', 'Eva Holm. Ikke til stede bestyrelsesmedlem Tom Lund, suppleanterne Ib Dal og Kaj', 'Berg.', '', '1. Valg af dirigent', 'Bo Dal blev valgt.'].join('\n'));
    expect(absent(doc)).toEqual(['Tom Lund', 'Ib Dal', 'Kaj Berg']);
  });
});

describe('a member listed with a note that the person did not come', () => {
  it('`Medlem, Ib Lund (deltog ikke/var syg)` is away; the others in the list are present', () => {
    const doc = parseText(['Referat af møde i lokaludvalget 3. maj 2031', '', 'Lokaludvalgsmedlemmer i Holmby:', '', 'Formand, Bo Dal', '', 'Medlem, Eva Holm', '', 'Medlem, Ib Lund (deltog ikke/var syg)', '', 'Medlem, Per Berg', '', '1. Meddelelser', 'Ingen.'].join('\n'));
    expect(absent(doc)).toEqual(['Ib Lund']);
    expect(present(doc)).toContain('Eva Holm');
  });
});

describe('initials or an organisation first, the name in brackets', () => {
  it('`BD (Bo Dal)`, `O (Ophelia)`: the names, the initials their notes', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 3. maj 2031', '', 'Til stede: BD (Bo Dal), EH (Eva Holm)', 'Fraværende: O (Ophelia)', '', '1. Regnskab', 'Godkendt.'].join('\n'));
    expect(present(doc)).toEqual(['Bo Dal', 'Eva Holm']);
    expect(absent(doc)).toEqual(['Ophelia']);
  });
  it('`Holmby Roklub (Eva Holm)`: the one who came for the organisation', () => {
    const doc = parseText(['Referat af møde i samrådet 3. maj 2031', '', 'Afbud: Holmby Roklub (Eva Holm), Vejby Skytter (Per Lund Dal), KFUM (Kim Berg)', '', '1. Regnskab', 'Godkendt.'].join('\n'));
    expect(absent(doc)).toEqual(['Eva Holm', 'Per Lund Dal', 'Kim Berg']);
  });
});

describe('an item titled with the label of those present', () => {
  it('`1. Mødedeltagere:` over the names and a sentence about one of them: the names are those present', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 3. maj 2031', '', '1. Mødedeltagere:', 'Karen Holm, Britta Dal, Jette Lund, Flemming Berg. Ib Skov deltager i den sidste del af mødet', '', '2. Godkendelse af dagsorden', 'Godkendt.'].join('\n'));
    expect(present(doc)).toEqual(['Karen Holm', 'Britta Dal', 'Jette Lund', 'Flemming Berg']);
  });
});

describe("a system's stamp to the second", () => {
  it('gives the posting its day, never the meeting its hour', () => {
    const m = parseText(['Ændringer til foreningens side', 'author Eva Holm <eva@example.org> 2031-03-15 13:15:32 +0100', '', 'Ordinær generalforsamling 2031', '', '1. Valg af dirigent', '2. Valg af referent', '3. Eventuelt'].join('\n')).meeting;
    expect(m.startTime).toBeNull();
  });
});

describe('the dirigent proposed, told in the passive, over the chairman who welcomed', () => {
  it('`Formanden … bød velkommen, og Hans Dal blev foreslået som generalforsamlingens dirigent`: the dirigent chairs', () => {
    const m = parseText(['Referat af generalforsamling 3. maj 2031', '', 'Formanden Jørgen Holm bød velkommen, og Hans Dal blev foreslået som generalforsamlingens dirigent.', '', 'Beretningen blev godkendt.'].join('\n')).meeting;
    expect(m.chair).toBe('Hans Dal');
  });
});

describe('the dirigent and the referent proposed in one sentence, both elected', () => {
  it('the referent named last, before `og begge blev valgt`, is not the chair', () => {
    const m = parseText(['Referat af generalforsamling 3. maj 2031', '', '1. Valg af dirigent og referent', 'Til dirigent blev Ole Holm foreslået og til referent blev foreslået Lasse Dal, og begge blev valgt.', '', '2. Beretning', 'Godkendt.'].join('\n')).meeting;
    expect(m.chair).toBe('Ole Holm');
  });
});

describe("the election's office repeated before the one elected, in the election's item", () => {
  it('`Valg af dirigent/ordstyrer` / `Valgt som dirigent - Søren Dal`: the dirigent chairs, not the chairman listed above', () => {
    const m = parseText(['Referat af generalforsamling 3. maj 2031', '', 'Formand Frank Holm', '', '1. Valg af dirigent/ordstyrer:', 'Valgt som dirigent - Søren Dal', '', '1. A Valg af stemmetællere og referent:', 'Valgt som stemmetællere:', '- 1. Eva Holm', '- 2. Bo Dal', '', '2. Beretning', 'Godkendt.'].join('\n')).meeting;
    expect(m.chair).toBe('Søren Dal');
  });
});

describe('a bullet about rooms is no room line', () => {
  it('`• Lokale og materiel … efterses`: the host named under the title stays where the meeting was', () => {
    const m = parseText(['Bestyrelsesmøde 28-02-2031, kl. 19:00 hos Hanne', 'Fremmødt: Hanne, Troels og Yael', '', 'Lokaler v. HA Der arbejdes videre med', '  • nye hylder', '  • Lokale og materiel i Holmby efterses af Hanne', '', 'Næste møde i april.'].join('\n')).meeting;
    expect(m.location).toBe('hos Hanne');
  });
  it('a room named by its name or number is still the place', () => {
    const m = parseText(['Bestyrelsesmøde 3. maj 2031', 'Mødelokale F7 kl. 15.00', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n')).meeting;
    expect(m.location).toBe('Mødelokale F7');
  });
});

describe("the hour, then a host and the host's address", () => {
  it('`kl. 19:00 hos Olga, Engvejen 2`: the host with the address, not the host\'s name alone', () => {
    const m = parseText(['Laugsmøde', '', 'Laugsmøde tirsdag den 21. november 2031', 'kl. 19:00 hos Olga, Engvejen 2', '', '1. Godkendelse af referat', 'Godkendt.'].join('\n')).meeting;
    expect(m.location).toBe('hos Olga, Engvejen 2');
    expect(m.startTime).toBe('19:00');
  });
});

describe("a post's date with the kind of meeting after a comma", () => {
  it('`21. november 2031, Laugsmøde`: the kind is no place, and the host below is where it met', () => {
    const m = parseText(['21. november 2031, Laugsmøde', '', 'kl. 19:00 hos Olga, Engvejen 2', '', '1. Godkendelse af referat', 'Godkendt.'].join('\n')).meeting;
    expect(m.location).toBe('hos Olga, Engvejen 2');
  });
});

describe('the title: the kind of meeting, then a town, then the day', () => {
  it('`Referat - Ekstraordinær generalforsamling, Holmslev, 24. april 2031, kl. 14:00`: the town is where it met, not the body', () => {
    const m = parseText(['Referat - Ekstraordinær generalforsamling, Holmslev, 24. april 2031, kl. 14:00', '', 'Pkt. 1.', 'Velkomst.'].join('\n')).meeting;
    expect(m.location).toBe('Holmslev');
    expect(m.body).toBeNull();
  });
  it('an organisation there is the body', () => {
    const m = parseText(['Referat - Ordinær generalforsamling, Holmslev Roklub, 24. april 2031, kl. 14:00', '', 'Pkt. 1.', 'Velkomst.'].join('\n')).meeting;
    expect(m.body).toBe('Holmslev Roklub');
  });
});

describe("a street's address alone under the date line", () => {
  it('`Torvegade 5, 2. sal – indgang fra gården.` under the day and hours: the address, without the note after the dash', () => {
    const m = parseText(['Referat af møde i Landsbyudvalget', 'mandag den 26. november 2031 kl. 19.00 – 22.00.', 'Torvegade 5, 2. sal – indgang fra gården.', 'Tilstede: Bo Dal, Eva Holm', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n')).meeting;
    expect(m.location).toBe('Torvegade 5, 2. sal');
  });
  it('`på adressen Holmvej 4, 5792 Holmby.` under a title with the date', () => {
    const m = parseText(['Referat fra bestyrelsesmøde den 14.01.31 kl. 16.00', 'på adressen Holmvej 4, 5792 Holmby.', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n')).meeting;
    expect(m.location).toBe('Holmvej 4, 5792 Holmby');
  });
  it('a numbered line that is no street (`Bilag 2`) is no place', () => {
    const m = parseText(['Referat fra bestyrelsesmøde den 14.01.31 kl. 16.00', 'Bilag 2', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n')).meeting;
    expect(m.location).toBeNull();
  });
});

describe('the place on its own line right under a dated title or the date', () => {
  it('`I konferencestuen på Kasernen i Holmby.` under a title with the date (capital I)', () => {
    const m = parseText(['Referat af bestyrelsesmøde afholdt 31. august 2031', 'I konferencestuen på Kasernen i Holmby.', 'Formanden bød velkommen.', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n')).meeting;
    expect(m.location).toBe('konferencestuen på Kasernen i Holmby');
  });
  it('`i Holmby Kirke i forlængelse af øveaftenen.`: the church, without what the meeting followed', () => {
    const m = parseText(['Dagsorden for generalforsamling mandag d. 26.02.31, kl. 21', 'i Holmby Kirke i forlængelse af øveaftenen.', '1. Valg af ordstyrer', '2. Eventuelt'].join('\n')).meeting;
    expect(m.location).toBe('Holmby Kirke');
  });
  it('`(Havestuen på Holmgaard)` in brackets under the day', () => {
    const m = parseText(['Referat fra generalforsamling', 'Tirsdag den 14. marts 2031', '(Havestuen på Holmgaard)', 'Punkt 1 Velkomst og valg af dirigent', 'Bo Dal blev valgt.'].join('\n')).meeting;
    expect(m.location).toBe('Havestuen på Holmgaard');
  });
  it('`medborgerhuset` alone in small letters under a dated title', () => {
    const m = parseText(['Dagsorden for bestyrelsesmøde i Holmlisten, torsdag d. 12. november 2031,', 'medborgerhuset', 'Tilstede:', 'Afbud:', '1. Formalia'].join('\n')).meeting;
    expect(m.location).toBe('medborgerhuset');
  });
  it("an organisation after `i` is whose meeting it was, and a bracketed hour no place", () => {
    const a = parseText(['Referat af ordinær generalforsamling 9 marts 2031', 'i Holmby Haveforening af 1983', '1) Valg af dirigent', 'Bo Dal blev valgt.'].join('\n')).meeting;
    expect(a.location).toBeNull();
    const b = parseText(['ORDINÆR GENERALFORSAMLING', 'FREDAG DEN 12. april 2031 KL. 17:00', '(AKTUEL START KL. 17:06)', '1. Valg af dirigent', 'Bo Dal blev valgt.'].join('\n')).meeting;
    expect(b.location).toBeNull();
  });
});

describe("a building's name in words before the day and the hour", () => {
  it('`Holmby Bibliotek søndag d. 26. april 2031 kl. 12:45`: where it met, not the body', () => {
    const m = parseText(['Generalforsamling 2031 – referat', 'Holmby Bibliotek søndag d. 26. april 2031 kl. 12:45- 13:15', 'Seks deltagere', '', '1. Valg af dirigent: Bo Dal'].join('\n')).meeting;
    expect(m.location).toBe('Holmby Bibliotek');
    expect(m.body).toBeNull();
  });
  it('a body before the day and the hour is still the body', () => {
    const m = parseText(['Referat', 'Holmby Idrætsråd onsdag den 16. marts 2031 kl. 19:00', '', '1. Valg af dirigent: Bo Dal'].join('\n')).meeting;
    expect(m.body).toBe('Holmby Idrætsråd');
  });
});

describe('a house named with its address under the date and the hours', () => {
  it('`Holmby Forsamlingshus, Ved Kirken 4, Holmby`: a house by its kind (forsamlingshus, kro, hotel), not only by a room', () => {
    const m = parseText(['Holmby Bylaug', 'generalforsamling den 5. april 2031', '18.00-21.00', 'Holmby Forsamlingshus, Ved Kirken 4, Holmby', 'Vi byder på kaffe fra kl. 18.00', 'Dagsorden:', '1. Valg af dirigent.', '2. Eventuelt.'].join('\n')).meeting;
    expect(m.location).toBe('Holmby Forsamlingshus, Ved Kirken 4, Holmby');
  });
  it('a line naming the meeting and its day is not read so (`Bestyrelsesmøde d. 31. august kl. 19.00 ved Eva på Holmgården`)', () => {
    const m = parseText(['Bestyrelsesmøde 31. august 2031', '', 'Bestyrelsesmøde d. 31. august kl. 19.00 ved Eva på Holmgården', '', 'Fremmøde:', 'Ruth Dal, Eva Holm'].join('\n')).meeting;
    expect(m.location).not.toBe('Bestyrelsesmøde d. 31. august');
  });
});

describe("a line opening with the meeting's word, an organisation, a host with an address, then the day", () => {
  const m = parseText(['Bestyrelsesmøde i Holmforeningen Holmby Lokalafdeling hos Grete, Holmlund 3, st mf, 2920 Holmby d. 28. november 2031 kl. 14-16', 'Deltagere: Karin, Rosa og Grete.', '', '1. ORDSTYRER: Karin blev valgt.'].join('\n')).meeting;
  it('the host with the address is the place, the organisation the body', () => {
    expect(m.location).toBe('hos Grete, Holmlund 3, st mf, 2920 Holmby');
    expect(m.body).toBe('Holmforeningen Holmby Lokalafdeling');
  });
  it('the day and the hours after all that are the meeting\'s', () => {
    expect(m.date).toBe('2031-11-28');
    expect(m.startTime).toBe('14:00');
    expect(m.endTime).toBe('16:00');
  });
});

describe('a house number with its letter apart', () => {
  it('`i Kedelhuset, Holmvej 12 C, 3400 Holmby`: the letter and the postcode kept; `Holmlund 3 d. 28.` is no letter', () => {
    const a = parseText(['Generalforsamling 5/2', 'Generalforsamling 5/2 i Kedelhuset, Holmvej 12 C, 3400 Holmby', '', '1. Valg af dirigent'].join('\n')).meeting;
    expect(a.location).toBe('Kedelhuset, Holmvej 12 C, 3400 Holmby');
    const b = parseText(['Bestyrelsesmøde i Holmforeningen hos Grete, Holmlund 3 d. 28. november 2031 kl. 14-16', '', '1. Valg af ordstyrer'].join('\n')).meeting;
    expect(b.location).toBe('hos Grete, Holmlund 3');
  });
});

describe('a title naming the meeting held in a building', () => {
  it('`Referat af Holmby og Eby sognes menighedsråds fællesmøde i Holmby Kirke`: the church is where it met, not part of the body', () => {
    const m = parseText(['Referat af Holmby og Eby sognes menighedsråds fællesmøde i Holmby Kirke', 'Onsdag, den 29. marts 2031', 'Til stede', 'Bo Dal, Eva Holm', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n')).meeting;
    expect(m.location).toBe('Holmby Kirke');
    expect(m.body).not.toContain('Kirke');
  });
});

describe('a house named over its address, under a dated title', () => {
  it('`Holmgades forsamlingshus` / `Holmgade 33` / `5500 Holmby`: the house with its address is the place, not the body', () => {
    const m = parseText(['Generalforsamling 2031 – referat', '', 'Referat fra generalforsamling d. 21/02-2031 kl. 19.30', '', 'Holmgades forsamlingshus', 'Holmgade 33', '5500 Holmby', '', 'Dagsorden', '1. Valg af dirigent'].join('\n')).meeting;
    expect(m.location).toBe('Holmgades forsamlingshus, Holmgade 33, 5500 Holmby');
    expect(m.body).toBeNull();
  });
});

describe("a building's name after the hour and a comma", () => {
  it('`Mandag d. 24. august 2031 kl. 19:00 , Holmby Aktivitetscenter` / `lokale 5`: the building, not the room alone', () => {
    const m = parseText(['Referat 2031', 'Mandag d. 24. august 2031 kl. 19:00 , Holmby Aktivitetscenter', 'lokale 5', 'Dagsorden:', '1. Valg af dirigent.'].join('\n')).meeting;
    expect(m.location).toBe('Holmby Aktivitetscenter');
  });
  it('an organisation there is no building', () => {
    const m = parseText(['Referat 2031', 'Mandag d. 24. august 2031 kl. 19:00, Holmby Roklub', 'Dagsorden:', '1. Valg af dirigent.'].join('\n')).meeting;
    expect(m.location).toBeNull();
  });
});

describe('the label `Afholdt:` before where', () => {
  it('`Afholdt: På Holmskolen i mødelokale 2` is where, over a host named for an earlier meeting in a note', () => {
    const m = parseText(['Referat af bestyrelsesmøde onsdag den 24. april 2031', '(Der blev den 7. marts afholdt konstitueringsmøde hos Lars, hvor bestyrelsen konstituerede sig.)', 'Afholdt: På Holmskolen i mødelokale 2', 'Fremmødte: René, Lars og Janine', '', 'Dagsorden:', '1. Godkendelse af referat'].join('\n')).meeting;
    expect(m.location).toBe('Holmskolen i mødelokale 2');
  });
  it('`Afholdt: 3. maj 2031` is a day, no place', () => {
    const m = parseText(['Bestyrelsesmøde', 'Afholdt: 3. maj 2031', '', '1. Godkendelse af referat'].join('\n')).meeting;
    expect(m.location).toBeNull();
    expect(m.date).toBe('2031-05-03');
  });
});

describe("a house's name alone under the date line", () => {
  it('`Valby Kulturhus` under `Generalforsamling Holmforældre 14/9-2031`, below a page\'s warning: the house, not a room in a later sentence', () => {
    const m = parseText(['Warning: noget gik galt i /var/www/side.php on line 12', 'Referat generalforsamling Holmforældre 2031 – Holmforældre', 'Generalforsamling Holmforældre 14/9-2031', 'Valby Kulturhus', 'Dagsorden kan ses via linket.', 'Generalforsamlingen i Holmforældre blev indledt i folkeskolen.'].join('\n')).meeting;
    expect(m.location).toBe('Valby Kulturhus');
  });
});

describe("the rest of a street's address after its number", () => {
  it.each([
    ['Bestyrelsesmøde 3. maj 2031 kl. 19 hos Søren, Slotsgade 17, Holmstrup', 'hos Søren, Slotsgade 17, Holmstrup'],
    ['Referat 2031\nMødet blev holdt i Kantinen i Industrivej 44A, 2750 Holmby den 3. maj 2031.', 'Kantinen i Industrivej 44A, 2750 Holmby'],
    ['Bestyrelsesmøde 3. maj 2031 kl. 19 hos Svend Dal, Klostervej 8, Spejlsby, Holmstrup. Alle var mødt.', 'hos Svend Dal, Klostervej 8, Spejlsby, Holmstrup'],
  ])('%j → %s', (text, place) => {
    expect(parseText(`${text}\n\n1. Godkendelse af dagsorden\nGodkendt.`).meeting.location).toBe(place);
  });
});

describe("a body's name before its meeting, in the genitive or not", () => {
  it.each([
    ['Jazzselskabet Holmhus Generalforsamling 2031', 'Jazzselskabet Holmhus'],
    ['Referat Holmbyforsamlingshus Generalforsamling 28.02.2031', 'Holmbyforsamlingshus'],
    ['Venstre Stevns Generalforsamling 2031 og formandens beretning', 'Venstre Stevns'],
    ['Referat af HOK’ ordinære generalforsamling den 6. maj 2031 på Holmby Kro', 'HOK'],
    ['Referat af Holmby Tennis\' ordinære årsmøde 2031', 'Holmby Tennis'],
    ['Holmby Roklubs generalforsamling 2031', 'Holmby Roklub'],
  ])('%j → %s', (title, body) => {
    expect(parseText(`${title}\n\n1. Valg af dirigent\nBo Dal blev valgt.`).meeting.body).toBe(body);
  });
});

describe("a body read by its kind alone, named in full in the header", () => {
  it('`… Bestyrelsesmøde i Skakklubben …` over `Referat – Bestyrelsesmøde Holmby Skakklub – tirsdag …`: the full name', () => {
    const m = parseText(['Referat af Bestyrelsesmøde i Skakklubben afholdt 080131', '', 'Referat – Bestyrelsesmøde Holmby Skakklub – tirsdag den 8. januar 2031.', 'Tilstede var: Bo Dal og Eva Holm.', 'Dagsorden', '', ' 1. Økonomi', ' 2. Klubturnering'].join('\n')).meeting;
    expect(m.body).toBe('Holmby Skakklub');
  });
  it('another club named in a long sentence of the items is not the body', () => {
    const m = parseText(['Referat af bestyrelsesmøde i Sejlklubben 28. januar 2031', '', '1. Kontakt til skoleorkestret. Jeg synes, at vi skal prøve at efterligne Holmby Sejlklub med hensyn til deres musik på havnen ved solnedgang om sommeren.', '2. Eventuelt'].join('\n')).meeting;
    expect(m.body).not.toBe('Holmby Sejlklub');
  });
});

describe('a body that held its meeting, with when between', () => {
  it('`Holmklubben havde torsdag aften generalforsamling`: the club', () => {
    const m = parseText(['Holmklubben havde torsdag aften generalforsamling', 'Formanden fortalte om året.', 'Regnskabet blev godkendt.'].join('\n')).meeting;
    expect(m.body).toBe('Holmklubben');
  });
});

describe('a name in quotes after the hour and `på` or `i`', () => {
  it('`… kl. 14,00 på ”Holmbygård”, Tunnelvej 10, Holmby – 5800 Nyborg`: the place in quotes, with its address', () => {
    const m = parseText(['Holmby Husdyr afholdt Generalforsamling Lørdag d. 20. oktober 2031 kl. 14,00 på ”Holmbygård”, Tunnelvej 10, Holmby – 5800 Nyborg', 'Dagsorden:', '1. Valg af dirigent.'].join('\n')).meeting;
    expect(m.location).toBe('”Holmbygård”, Tunnelvej 10, Holmby – 5800 Nyborg');
  });
  it("the body's own name in quotes is no place (`… kl. 10.00 i ”Holmby Jazzens Venner”`)", () => {
    const m = parseText(['Referat fra generalforsamling d. 14/8-2031 kl. 10.00 i ”Holmby Jazzens Venner”', '', '1. Valg af dirigent'].join('\n')).meeting;
    expect(m.location).toBeNull();
  });
});

describe('a common noun in its definite form in a town, before the day', () => {
  it('`Landsbyen i Holmstrup d. 17. januar 2031.`: where it met, not a body', () => {
    const m = parseText(['Årsmøde', 'Landsbyen i Holmstrup d. 17. januar 2031.', 'Referat.', 'Punkt 1: Valg af dirigent.'].join('\n')).meeting;
    expect(m.location).toBe('Landsbyen i Holmstrup');
    expect(m.body).toBeNull();
  });
  it('`Bestyrelsen i Holmstrup d. 17. januar 2031`: a body stays a body', () => {
    const m = parseText(['Bestyrelsen i Holmstrup d. 17. januar 2031', '', '1. Valg af dirigent.'].join('\n')).meeting;
    expect(m.location).toBeNull();
  });
});

describe('the document\'s type from who was away', () => {
  // A case system's page of four cases under `Sagsfremstilling` blocks, one decided, with no title naming minutes or agenda.
  const page = ['Holmby lokaludvalg 3. marts 2031', '', 'Udvalg', 'Lokaludvalget Holmby', 'Dato', '3. marts 2031', 'Titel', 'Forsiden', '', 'Sagsfremstilling', '', 'Lokaludvalgsmedlemmer i Holmby:', '', 'Formand, Bo Dal', '', 'Næstformand, Eva Holm', '', 'Medlem, Kim Lund (deltog ikke)', '', 'Meddelelser', '', 'Sagsfremstilling', '', 'Brev fra forvaltningen om arealer ved havnen.', '', 'Tilskud til sommerfest', '', 'Sagsfremstilling', '', 'Foreningen søger 5.000 kr. til sommerfesten i juni.', '', 'Indstilling', '', 'Sekretariatet indstiller, at ansøgningen imødekommes.', '', 'Godkendt.', '', 'Ansøgning fra museet', '', 'Sagsfremstilling', '', 'Museet søger om midler til nyt tag.', '', 'Indstilling', '', 'Sekretariatet indstiller, at ansøgningen sendes videre til kommunen.', '', 'Mødekalender', '', 'Sagsfremstilling', '', 'Kalender for møderne i 2031.'].join('\n');
  it('a member listed as away (`deltog ikke`): minutes', () => {
    expect(parseText(page).documentType).toBe('referat');
  });
  it('nobody listed as away: no type read', () => {
    expect(parseText(page.replace(' (deltog ikke)', '')).documentType).toBeNull();
  });
});

describe('a date alone on its line', () => {
  it('with a space after the month\'s full stop (`18.03. 2031`), under the title: the meeting\'s date', () => {
    const doc = parseText(['Referat af bestyrelsesmøde', '18.03. 2031', 'Deltagere: Bo, Eva og Kim', '', '1. Godkendelse af referat', 'Godkendt.', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.meeting.date).toBe('2031-03-18');
  });
  it('a page\'s number and a year apart (`18. 2031`) are no date', () => {
    const doc = parseText(['Referat af bestyrelsesmøde', '18. 2031', 'Deltagere: Bo, Eva og Kim', '', '1. Godkendelse af referat', 'Godkendt.', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.meeting.date).toBeNull();
  });
});

describe('the next meeting\'s hour in the header', () => {
  it('`Næste møde er den 9. april kl. 19.00 …` above the items is not this meeting\'s start', () => {
    const doc = parseText(['Referat af bestyrelsesmøde den 3. marts 2031', 'Til stede: Bo, Eva, Kim', 'Næste møde er den 9. april kl. 19.00 hos Eva.', '', '1. Godkendelse af referat', 'Godkendt.', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.meeting.date).toBe('2031-03-03');
    expect(doc.meeting.startTime).toBeNull();
  });
  it('a header line that gives this meeting\'s hour is still read (`Mødet starter kl. 19.00`)', () => {
    const doc = parseText(['Referat af bestyrelsesmøde den 3. marts 2031', 'Mødet starter kl. 19.00 hos Eva.', '', '1. Godkendelse af referat', 'Godkendt.', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.meeting.startTime).toBe('19:00');
  });
});
