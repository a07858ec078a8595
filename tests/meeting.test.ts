/** Meeting header heuristics: dates, times, places, people. */
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers/parse.js';
import { findDate, findTimes } from '../src/segment/dates.js';
import { parseEntry } from '../src/segment/people.js';
import { bodyFromLetterhead, bodyFromTitle } from '../src/segment/meeting.js';
import { looksLikeBodyName } from '../src/segment/letterhead.js';
import { splitHeading } from '../src/segment/heading-parts.js';

describe('dates and times', () => {
  const dates: [string, string | null][] = [
    ['Torsdag den 26. jan 2023, kl. 14.00-16.00', '2023-01-26'],
    ['Mandag d 4. juni 2019 kl. 8.30-11.30', '2019-06-04'],
    ['Onsdag d. 27. august 2025 kl. 16:00', '2025-08-27'],
    ['Starttidspunkt 24-12-2019 08:00:00', '2019-12-24'],
    ['Dato: 23.05.19', '2019-05-23'],
    ['den 3. okt. 2024', '2024-10-03'],
    ['31. februar 2024', null],
    ['Onsdag den 15-maj-2002', '2002-05-15'],
    ['den 15. maj 02, kl. 19', '2002-05-15'],
    ['den 15. maj 12 medlemmer', null],
    ['Bestyrelsesmøde den 12. januar, 2022', '2022-01-12'],
  ];
  it.each(dates)('%s → %s', (text, iso) => expect(findDate(text)?.date ?? null).toBe(iso));

  const times: [string, string | null, string | null][] = [
    ['kl.  14.00-16.00', '14:00', '16:00'],
    ['kl 13-15', '13:00', '15:00'],
    ['kl. 16:00', '16:00', null],
    // OCR's ruins of `kl. 19,30` give no time.
    ['kl. 1.9,3o', null, null],
    ['24-12-2019 08:00:00', '08:00', null],
  ];
  it.each(times)('%s → %s–%s', (text, start, end) => expect(findTimes(text)).toEqual({ start, end }));
});

describe('the meeting header', () => {
  it('the date the minutes were sent or posted is not the meeting date, and names no body; `afholdt` before a date is no name', () => {
    const sent = parseText(['Udsendt den 28.11.2005', '', 'Referat fra ordinært afdelingsmøde i Lærkehaven', '', 'torsdag den 17. november 2005 kl. 19.00', '', '1. Valg af dirigent', 'Bo Lind blev valgt.'].join('\n'));
    expect(sent.meeting).toMatchObject({ date: '2005-11-17', startTime: '19:00' });
    expect(sent.meeting.body).not.toBe('Udsendt');
    const only = parseText(['Opslået den 13. januar 2022', '', 'Referat af bestyrelsesmøde', '', '1. Økonomi', 'Regnskabet blev godkendt.'].join('\n'));
    expect(only.meeting).toMatchObject({ date: '2022-01-13', body: null });
    expect(only.diagnostics.map((d) => d.code)).toContain('date-from-publication');
    for (const line of ['Bestyrelsesmøde afholdt 6/1 2011', 'Afholdt 6/1 2011']) {
      const held = parseText([line, '', 'Tilstede: Morten Skov, Jørgen Vind', '', '1. Godkendelse af referat', 'Godkendt.'].join('\n'));
      expect(held.meeting).toMatchObject({ date: '2011-01-06', body: null });
    }
  });

  it('a document date beside "Udarbejdet af" is not the meeting date', () => {
    const doc = parseText(['Udarbejdet af: Jette Hansen', 'Dato: 9. juni 2022', 'Referat', 'Møde: Følgegruppen for arbejde', 'Tidspunkt: Tirsdag den 14. juni 2022, kl. 13.00-15.00', '', '1. Evt.', 'Intet.'].join('\n'));
    expect(doc.meeting).toMatchObject({ date: '2022-06-14', startTime: '13:00', endTime: '15:00', body: 'Følgegruppen for arbejde' });
  });

  it('with only a document date, the meeting date stays null', () => {
    const doc = parseText(['Udarbejdet af: Jette Hansen', 'Dato: 9. juni 2022', 'Referat', '', '1. Evt.', 'Intet.'].join('\n'));
    expect(doc.meeting.date).toBeNull();
    expect(doc.diagnostics.some((d) => d.code === 'no-meeting-date')).toBe(true);
  });

  it('takes body and date from a title line', () => {
    const doc = parseText(['REFERAT Aarhus Byråd d. 27-08-2025', 'Mødested Byrådssalen', '', 'Punkt 1: Godkendelse af dagsorden', 'Beslutninger', 'Godkendt.'].join('\n'));
    expect(doc.meeting).toMatchObject({ body: 'Aarhus Byråd', date: '2025-08-27', location: 'Byrådssalen' });
    expect(doc.documentType).toBe('referat');
  });

  it('groups people: chair, members, secretariat, absent (also as a run of names), guests', () => {
    const doc = parseText(
      [
        'Referat',
        'Mødeleder: Allan Kjær Hansen',
        'Deltagere: Formandskab',
        'Mette Heidemann, direktør for Beskæftigelse og Velfærd, Fredericia Kommune, kommunal',
        'medformand',
        'Medlemmer',
        'Peter Michael Jørgensen, chefkonsulent, Tønder Kommune',
        'Sekretariat',
        'Jette Dalsgaard Andersen, specialkonsulent, Region Syddanmark',
        'Afbud: Søren Landkildehus, Jens Bejer Damgaard, Karin',
        'Dahl Lassesen (forlader gruppen) og Dorte Balle Rubæk.',
        'Gæst: Ann Fogsgaard kl 8.40- 9.10',
        '',
        '1. Evt.',
        'Intet.',
      ].join('\n'),
    );
    expect(doc.meeting.chair).toBe('Allan Kjær Hansen');
    expect(doc.participants.map((p) => [p.name, p.group, p.note])).toEqual([
      ['Allan Kjær Hansen', 'chair', null],
      ['Mette Heidemann', 'chair', null],
      ['Peter Michael Jørgensen', 'member', null],
      ['Jette Dalsgaard Andersen', 'secretariat', null],
      ['Søren Landkildehus', 'absent', null],
      ['Jens Bejer Damgaard', 'absent', null],
      ['Karin Dahl Lassesen', 'absent', 'forlader gruppen'],
      ['Dorte Balle Rubæk', 'absent', null],
      ['Ann Fogsgaard', 'guest', 'kl 8.40- 9.10'],
    ]);
    expect(doc.participants[1]!.role).toBe('direktør for Beskæftigelse og Velfærd, Fredericia Kommune, kommunal medformand');
  });

  it('a substitute who attended instead of an absentee is a member with a note, and the absentee is absent', () => {
    expect(parseEntry('Søren Hansen, centerleder Jobcenter Vejle, Vejle Kommune deltog på mødet i stedet for Daniel Bomholt.', 'absent')).toEqual([
      { name: 'Søren Hansen', role: 'centerleder Jobcenter Vejle, Vejle Kommune', group: 'member', note: 'deltog på mødet i stedet for Daniel Bomholt' },
      { name: 'Daniel Bomholt', role: null, group: 'absent', note: 'Søren Hansen deltog i stedet' },
    ]);
  });

  it('a substitute told with the office first and the reason after', () => {
    const doc = parseText(['Referat til mødet i Byrådet den 3. oktober 2022', '', 'Stedfortræder Jacob Holm mødte for Lis Krog, der havde forfald.', '', '1. Budget', '', 'Beslutning', '', 'Godkendt.'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Jacob Holm', 'member'],
      ['Lis Krog', 'absent'],
    ]);
  });

  it('attendance recorded under the first item only is the meeting\'s', () => {
    const doc = parseText(['Referat', 'Byrådet 14. november 2019', '', '172. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.', '', 'Fraværende: Lars Dam (O)', '', '173. Budget', '', 'Beslutning', '', 'Godkendt.'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([['Lars Dam', 'absent']]);
  });

  it('`Inviteret:` is a group of its own, not more absentees', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 26. februar 2008', '', 'Deltagere: Ole, Jens', 'Afbud: Gitte og Jeppe', 'Inviteret: Ingen', '', '1. Regnskab', '', 'Godkendt.'].join('\n'));
    expect(doc.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Gitte', 'Jeppe']);
  });
});

describe('the body from a letterhead or running header removed from the page', () => {
  it.each([
    [['Fokusgruppen Sundhed &', 'Beskæftigelse', 'Psykiatri- og Handicapchef, Allan Kjær Hansen'], 'Fokusgruppen Sundhed & Beskæftigelse'],
    [['Referat af møde i Følgegruppen for uddannelse og arbejde den 26. januar 2023'], 'Følgegruppen for uddannelse og arbejde'],
    [['Side 2 af 6', 'Mail: x@y.dk'], null],
  ])('%j → %s', (lines, body) => expect(bodyFromLetterhead(lines)).toBe(body));
});

describe('a line naming a body', () => {
  it.each([
    ['Klimaudvalget, Ringkøbing-Skjern Kommune', true],
    ['Følgegruppen for uddannelse og arbejde', true],
    ['Regionsrådet, Region Midtjylland', true],
    ['Udvalget mødes, drøfter og beslutter', false],
    ['Klimaudvalget, Torvet 3, 2. sal', false],
    ['Det blev besluttet af udvalget.', false],
  ])('%s → %s', (line, yes) => expect(looksLikeBodyName(line)).toBe(yes));
});

describe('people in the header, more layouts', () => {
  const head = ['Referat', 'Miljøudvalget', 'Mødedato: 6. maj 2015 kl. 15.00'];
  const tail = ['', '1. Godkendelse af dagsorden', 'Beslutning: Godkendt.'];
  const people = (lines: string[]) => parseText([...head, ...lines, ...tail].join('\n')).participants.map((p) => [p.name, p.group, p.note]);

  it('a sentence after an inline list of names is nobody', () => {
    expect(people(['Medlemmer: Ane Holm, Bo Friis, Carl Dam', 'Mødet blev holdt på Vestskolen.'])).toEqual([
      ['Ane Holm', 'member', null],
      ['Bo Friis', 'member', null],
      ['Carl Dam', 'member', null],
    ]);
  });

  it('a run of names wrapped in the middle of a name, and a surname wrapped alone after a blank line', () => {
    expect(people(['Til stede: Ane Holm, Ib Dal, Kasper Ørtoft', 'Thomsen, Bo Friis, Serhat', 'Gøz Kücükkart', 'Afbud: Ib Sand, Jens Bejer', '', 'Damgaard'])).toEqual([
      ['Ane Holm', 'member', null],
      ['Ib Dal', 'member', null],
      ['Kasper Ørtoft Thomsen', 'member', null],
      ['Bo Friis', 'member', null],
      ['Serhat Gøz Kücükkart', 'member', null],
      ['Ib Sand', 'absent', null],
      ['Jens Bejer Damgaard', 'absent', null],
    ]);
  });

  it('"Afbud fra X, Y og Z." as a sentence, a stand-in after the absentee, and a heading after a blank line ends the group', () => {
    expect(people(['Afbud fra Ole Winther, Grete Lund og Bo Kjær.', 'Afbud fra Svend Ravn, stedfortræder Lis Mørk.'])).toEqual([
      ['Ole Winther', 'absent', null],
      ['Grete Lund', 'absent', null],
      ['Bo Kjær', 'absent', null],
      ['Svend Ravn', 'absent', null],
      ['Lis Mørk', 'member', 'stedfortræder for Svend Ravn'],
    ]);
    expect(people(['Fraværende: Karen Solvang', '', 'Dagsordenspunkter', '  åbent 1 Godkendelse af dagsorden'])).toEqual([['Karen Solvang', 'absent', null]]);
    expect(people(['Afbud fra: Britta Jensen-Terpet.', '', 'Resume'])).toEqual([['Britta Jensen-Terpet', 'absent', null]]);
  });

  it('`Afbud fra …` inside a page run into one line (its number first), between the date and the agenda', () => {
    expect(people(['1 Referat af bestyrelsesmøde i HOLMBY RÅD Onsdag d. 2. februar 2011 Afbud fra Erik Holt, Gudrun P. Skov, Else Lind. Dagsorden 1. Godkendelse af dagsorden Godkendt'])).toEqual([
      ['Erik Holt', 'absent', null],
      ['Gudrun P. Skov', 'absent', null],
      ['Else Lind', 'absent', null],
    ]);
  });

  it('an absence label inside a page run into one line, its names without commas, up to the next word that is no name', () => {
    expect(people(['Kulturgruppen Dato 4. september 2014 Tidspunkt 16:00 Sted Rådhuset Til stede Willy Lisby, Claus Jørgensen, Søren Bo Hansen Fraværende Jonas Tranberg Rikke Kronborg Nielsen Emil Kjeldsen Bemærkninger til dagsorden Ingen'])
      .filter((p) => p[1] === 'absent')).toEqual([
      ['Jonas Tranberg', 'absent', null],
      ['Rikke Kronborg Nielsen', 'absent', null],
      ['Emil Kjeldsen', 'absent', null],
    ]);
  });

  it('a table of members run together, `Name (party), Formand` then the next name with no comma: the office is the name\'s before it', () => {
    expect(people(['Medlemmer: Ane Kvist (A), Formand Bo Rasmussen (V) Lis Hald (C) Per Winther (A)'])).toEqual([
      ['Ane Kvist', 'chair', 'A; Formand'],
      ['Bo Rasmussen', 'member', 'V'],
      ['Lis Hald', 'member', 'C'],
      ['Per Winther', 'member', 'A'],
    ]);
  });

  it('`Medlemmer af <body>:` over offices and names a paragraph each, one told as away after the name', () => {
    expect(people(['Medlemmer af Lokaludvalget i Holmby:', '', 'Formand, Ane Kvist', '', 'Næstformand, Bo Rasmussen', '', 'Medlem, Lis Hald. Deltog ikke ved mødet på grund af sygdom.', '', 'Medlem, Per Winther'])).toEqual([
      ['Ane Kvist', 'chair', null],
      ['Bo Rasmussen', 'member', null],
      ['Lis Hald', 'absent', 'Deltog ikke ved mødet på grund af sygdom'],
      ['Per Winther', 'member', null],
    ]);
  });

  it('absentees one a line with full stops, one of them followed by a sentence naming who came instead', () => {
    expect(people(['Fraværende med afbud', 'Karin Vestergaard. I stedet deltog Mads Lyng.', 'Ole P. Brandt.', 'Tove Riis.', '', 'Fraværende uden afbud', 'Per Kold'])).toEqual([
      ['Karin Vestergaard', 'absent', null],
      ['Mads Lyng', 'member', 'i stedet for Karin Vestergaard'],
      ['Ole P. Brandt', 'absent', null],
      ['Tove Riis', 'absent', null],
      ['Per Kold', 'absent', null],
    ]);
    expect(people(['Afbud:', 'Karin Vestergaard, i stedet mødte Mads Lyng', 'Tove Riis'])).toEqual([
      ['Karin Vestergaard', 'absent', null],
      ['Mads Lyng', 'member', 'i stedet for Karin Vestergaard'],
      ['Tove Riis', 'absent', null],
    ]);
  });
});

describe('header labels, more variants', () => {
  it('start and end labels with bare times, Beslutningsreferat, absence labels, two groups on one line', () => {
    const doc = parseText(
      ['Beslutningsreferat', 'Skoleudvalget', 'Mødedato: 3. marts 2009', 'Mødestart: 16.00', 'Møde slut: 18.30', 'Til stede: Hanne Lund, Ole Krag og Bo Vinter. Afbud: Sif Ryom', 'Udeblevet: Per Holst', '', '1. Skoledistrikter', 'Beslutning: Godkendt.'].join('\n'),
    );
    expect(doc.documentType).toBe('referat');
    expect([doc.meeting.startTime, doc.meeting.endTime]).toEqual(['16:00', '18:30']);
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Hanne Lund', 'member'],
      ['Ole Krag', 'member'],
      ['Bo Vinter', 'member'],
      ['Sif Ryom', 'absent'],
      ['Per Holst', 'absent'],
    ]);
  });
});

describe('a body, date, time and place on one line', () => {
  it('reads "Byrådet 3. maj 2007 kl. 19.00 i byrådssalen" without "den", and no body from "Den 5. oktober 2017 skal …"', () => {
    const doc = parseText(['REFERAT', 'Byrådet 3. maj 2007 kl. 19.00 i byrådssalen', '', '1. Vejbelysning', 'Beslutning: Godkendt.'].join('\n'));
    expect(doc.meeting).toMatchObject({ body: 'Byrådet', date: '2007-05-03', startTime: '19:00', location: 'byrådssalen' });
    const prose = parseText(['Mødedato: 23.08.2017, kl. 11:00', 'Den 5. oktober 2017 skal budgettet vedtages.', '', '1. Budget', 'Beslutning: Godkendt.'].join('\n'));
    expect(prose.meeting.body).toBeNull();
  });
});

describe('the body from a title line, cleaned', () => {
  const cases: [string, string | null][] = [
    ['af lokalrådsmøde (8. marts 2022)', 'Lokalrådet'],
    ['af generalforsamling i Sportsforeningen Nord, onsdag den 9. marts 2022', 'Sportsforeningen Nord'],
    ['Landdistriktsrådet - Dagsordener og referater', 'Landdistriktsrådet'],
    ['var:', null],
    ['af generalforsamling i Idrætssamvirket, torsdag d. 18. juni hos Rideklubben.', 'Idrætssamvirket'],
    ['af bestyrelsesmøde – Grundejerforeningen Solhøj', 'Grundejerforeningen Solhøj'],
    ['HB-møde 15.3 2031', 'HB'],
    [', FU-møde, d. 5. december 2031', 'FU'],
    [', Eventgruppemøde 17. marts 2031', 'Eventgruppen'],
    ['Information fra havnebestyrelsen', 'havnebestyrelsen'],
    // A body in small letters with what it is for, also in small letters, or its kind without the article.
    ['af møde i stiftsudvalget for kirkemusik', 'stiftsudvalget for kirkemusik'],
    ['fra møde i stiftsudvalg for kirken og skolen', 'stiftsudvalg for kirken og skolen'],
    ['fra møde i udvalget for at se på stierne', null],
    // Where it belongs after a word in small letters; a year and a full stop after the name are no part of it.
    ['af generalforsamling i støtteforeningen ved hospice Holmby 2031.', 'støtteforeningen ved hospice Holmby'],
    ['af generalforsamling i vandværket 2031.', 'vandværket'],
    // In the genitive before the meeting, in small letters; an owners' association by its kind alone names no one.
    ['fra skakspillerlaugets generalforsamling 21. juni 2031', 'skakspillerlauget'],
    ['fra grundejerforeningens generalforsamling den 29. september 2031', null],
    ['fra klubbens generalforsamling 2031', null],
    // An idiom of what marked the meeting names no one.
    ['Generalforsamling i Corona-virussens tegn', null],
    ['Generalforsamling i Holmby Skakklub i coronaens tegn', 'Holmby Skakklub'],
    // What was done on the day before it names no one.
    ['Skrevet onsdag d. 26. februar 2031', null],
  ];
  it.each(cases)('%s → %s', (rest, body) => expect(bodyFromTitle(rest)).toBe(body));
});

describe('a body that invites its members', () => {
  it('`X inviterer medlemmer i … til møde …` names the body and makes a notice', () => {
    const doc = parseText(['Bevægelsen mod Holmvejen inviterer medlemmer i Sydhavn til møde tirsdag den 8. oktober 2031 kl. 19.00 i Holmhuset', '', 'Dagsorden', '1. Velkomst', '2. Årets ture', '3. Eventuelt'].join('\n'));
    expect(doc.meeting.body).toBe('Bevægelsen mod Holmvejen');
    expect(doc.documentType).toBe('dagsorden');
  });
});

describe('a body read that is no name\'s shape', () => {
  it('a list\'s heading, a holiday, an open meeting\'s word or a person with an office in brackets names no body', () => {
    const body = (top: string) => parseText([top, '', '1. Godkendelse af dagsorden', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting.body;
    expect(body('Opgaveliste')).toBeNull();
    expect(body('Generalforsamling 2031 – beslutningsreferat')).toBeNull();
    expect(body('Bestyrelsesmøde Kristi Himmelfartsdag 2031')).toBeNull();
    expect(body('Åbent bestyrelsesmøde')).toBeNull();
    expect(body('Referat af generalforsamling i Holmby Skakklub')).toBe('Holmby Skakklub');
  });

  it('a document titled with its meeting over lines opening with items\' usual titles is minutes, whatever named no body', () => {
    const doc = parseText(['Åbent bestyrelsesmøde/ Forældrehenvendelser  Intet', 'Godkendelse af dagsorden Dagsordenen blev godkendt.', 'Drøftelse: Legepladsen skal males.', 'Orientering: Meddelelser fra lederen  Der er ansat en ny pædagog.'].join('\n'));
    expect(doc.meeting.body).toBeNull();
  });
});

describe('the body in small letters after the meeting on a title line of its own', () => {
  it('`Generalforsamling i støtteforeningen ved hospice Holmby 2031.` names the association, where it belongs too', () => {
    const doc = parseText(['Generalforsamling i støtteforeningen ved hospice Holmby 2031.', '', '1. Valg af dirigent', 'Bo Dal blev valgt.'].join('\n'));
    expect(doc.meeting.body).toBe('støtteforeningen ved hospice Holmby');
  });
});

describe('whose general assembly a sentence says was held, by its letters', () => {
  it('`… blev der afholdt Generalforsamling i SF-Holmby` names the branch; `… møde i LO-huset` is where, no body', () => {
    const held = parseText(['Generalforsamling', 'Onsdag den 18. maj blev der afholdt Generalforsamling i SF-Holmby', '', '1. Valg af dirigent', 'Bo Dal blev valgt.'].join('\n'));
    expect(held.meeting.body).toBe('SF-Holmby');
    const house = parseText(['Onsdag den 18. maj blev der afholdt møde i LO-huset', '', '1. Valg af dirigent', 'Bo Dal blev valgt.'].join('\n'));
    expect(house.meeting.body).toBeNull();
  });
});

describe('the committee a case system\'s recommendation asks to decide, where nothing else names the body', () => {
  const bodyOf = (...recommendation: string[]) => parseText(['Referat', 'Mødedato: 3. maj 2031', '', '1. Status på plejeboliger', ...recommendation, 'Beslutning', 'Taget til efterretning.'].join('\n')).meeting.body;
  it('`… indstiller, at X tager …`, `1. at X godkender …`, `… indstiller til X,`, `Formanden for X indstiller,`', () => {
    expect(bodyOf('Indstilling', 'Forvaltningen indstiller, at Sundhedsudvalget tager orienteringen til efterretning.')).toBe('Sundhedsudvalget');
    expect(bodyOf('Indstilling', '1. at Holmby Lokaludvalg godkender dagsordenen')).toBe('Holmby Lokaludvalg');
    expect(bodyOf('Indstilling', 'Børne- og Ungdomsforvaltningen indstiller til Børne- og Ungdomsudvalget,', '1. at planen godkendes.')).toBe('Børne- og Ungdomsudvalget');
    expect(bodyOf('Indstilling', 'Formanden for Holmby Lokaludvalg indstiller,', '1. at planen godkendes.')).toBe('Holmby Lokaludvalg');
  });
  it('a committee named otherwise in the text (`Sagen har været i Teknisk Udvalg`) is no body', () => {
    expect(bodyOf('Sagen har været drøftet i Teknisk Udvalg, som at Byrådet kender.')).toBeNull();
  });
});

describe('an old protocol: its formula dates the meeting, and names no body', () => {
  it('`Aar 1852 den 2den December afholdtes …` in a run-on page is a meeting of that day, not refused', () => {
    const doc = parseText('Saaledes blev Mødet sluttet og underskrevet. Aar 1852 den 2den December afholdtes et ordinairt Møde af Holmby Sogneforstanderskab i Holmby Skole, hvor samtlige Medlemmer vare mødte.');
    expect(doc.meeting.date).toBe('1852-12-02');
  });
  it('`Aar 1917 d. 14/2 holdt …` and `Stiftet den 6. december 1882` name no body', () => {
    expect(parseText(['Aar 1917 d. 14/2 holdt Sogneraadet ordinært Møde i Holmby Kro.', '', '1. Vejen', 'Vejen istandsættes.', '2. Skolen', 'Til Efterretning.'].join('\n')).meeting.body).not.toBe('Aar 1917');
    const founded = parseText(['Stiftet den 6. december 1882', 'Referat af generalforsamling den 17. april 2031', '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '2. Beretning', 'Godkendt.'].join('\n'));
    expect([founded.meeting.body, founded.meeting.date]).toEqual([null, '2031-04-17']);
  });
});

describe('one person a line, with an organisation or an office', () => {
  it('"Name, Organisation" is one person; "Formand, udpeget af …" chairs; a referent who is not a member is the secretariat', () => {
    const doc = parseText(
      ['Referat fra møde i Integrationsrådet', 'Torsdag den 5. marts 2015 kl. 17.00', 'Til stede:', 'Jens Mortensen, Formand, udpeget af Byrådet', 'Hanne Kjær, Dansk Røde Kors', 'Poul Sandberg, Lokal Pensionistforening', 'Mads Holt, sekretær i Jobcenteret (referent)', 'Pkt. 1', 'Godkendelse af dagsorden', 'Godkendt.'].join('\n'),
    );
    expect(doc.participants.map((p) => [p.name, p.group, p.role])).toEqual([
      ['Jens Mortensen', 'chair', 'Formand, udpeget af Byrådet'],
      ['Hanne Kjær', 'member', 'Dansk Røde Kors'],
      ['Poul Sandberg', 'member', 'Lokal Pensionistforening'],
      ['Mads Holt', 'secretariat', 'sekretær i Jobcenteret'],
    ]);
    expect(doc.meeting.chair).toBe('Jens Mortensen');
  });
});

describe('meeting times below the last item', () => {
  it('"Mødet hævet:" with its time on the next line (12-hour clock) gives the end time and ends the item', () => {
    const doc = parseText(['Referat', 'Vejudvalget', 'Onsdag den 9-03-2022 kl. 16:00', '', '1. Cykelsti', 'Beslutning', 'Godkendt', '', 'Mødet startet:', '04:00 PM', '', 'Mødet hævet:', '05:15 PM'].join('\n'));
    expect(doc.meeting.endTime).toBe('17:15');
    expect(doc.items[0]!.decision).toBe('Godkendt');
  });
});

describe('a table of labels without colons', () => {
  it('reads Tid, Sted and Medlemmer beside their values, and "Title / Sag nr. 31 (ØU 40/2011)" as item 31', () => {
    const doc = parseText(
      ['Referat Seniorrådet', '', 'Dato 12. april 2011', '', 'Tid 14:30', '', 'Sted Mødelokale 2.10', '', 'Medlemmer Erik Vestergaard', '', 'Lone Bach', '', 'Renovering af tag på Nordskolen', 'Sag nr. 31 (ØU 40/2011)', '', 'Beslutning', '', 'Godkendt.'].join('\n'),
    );
    expect(doc.meeting).toMatchObject({ date: '2011-04-12', startTime: '14:30', location: 'Mødelokale 2.10' });
    expect(doc.participants.map((p) => p.name)).toEqual(['Erik Vestergaard', 'Lone Bach']);
    expect(doc.items.map((i) => [i.number, i.title, i.decision])).toEqual([[31, 'Renovering af tag på Nordskolen', 'Godkendt.']]);
  });
});

describe('the end of a list of people', () => {
  it('a lone first name in a one-a-line list does not take the next line; a stray word after the last name of a run is dropped', () => {
    const one = parseText(['Referat', 'Handicaprådet', 'Dato: 24. maj 2012', 'Medlemmer Anders Hind', '', 'Bruno Müller', '', 'Jørgen', '', 'Handicaprådet', '', '1. Godkendelse', 'Godkendt.'].join('\n'));
    expect(one.participants.map((p) => p.name)).toEqual(['Anders Hind', 'Bruno Müller']);
    const run = parseText(['Referat', 'Dato: 15. maj 2002', 'Mødedeltagere: Arne Ebsen, Birger Jensen, Vibeke Rindom åben', '', '1. Godkendelse', 'Godkendt.'].join('\n'));
    expect(run.participants.map((p) => p.name)).toEqual(['Arne Ebsen', 'Birger Jensen', 'Vibeke Rindom']);
  });
});

describe('people: first names, board and management labels, notes after a dash', () => {
  const people = (lines: string[]) => parseText(['Referat af bestyrelsesmøde den 9. marts 2022 kl. 10.00', ...lines, '', '1. Regnskab', 'Godkendt.'].join('\n')).participants.map((p) => [p.name, p.group, p.note]);

  it('a labelled run of first names names people; "Afbud: Ingen" names nobody', () => {
    expect(people(['Til stede: Hanne, Ole, Anne Marie og Kim', 'Afbud: Ingen'])).toEqual([
      ['Hanne', 'member', null],
      ['Ole', 'member', null],
      ['Anne Marie', 'member', null],
      ['Kim', 'member', null],
    ]);
  });

  it('Bestyrelsen and Direktionen label groups; "X, suppleant Y deltog" gives the stand-in; a note after a dash keeps its commas', () => {
    expect(people(['Bestyrelsen: Hanne Lund, Ole Krag og Bo Vinter', 'Direktionen: Kim Toft', 'Afbud: Sif Ryom, suppleant Eva Dam deltog', 'Deltagere:', 'Per Holst (V)- deltog ikke i behandlingen af punkt: 1, 2', 'Lis Dahl (A)'])).toEqual([
      ['Hanne Lund', 'member', null],
      ['Ole Krag', 'member', null],
      ['Bo Vinter', 'member', null],
      ['Kim Toft', 'secretariat', null],
      ['Sif Ryom', 'absent', null],
      ['Eva Dam', 'member', 'suppleant for Sif Ryom'],
      ['Per Holst', 'member', 'deltog ikke i behandlingen af punkt: 1, 2; V'],
      ['Lis Dahl', 'member', 'A'],
    ]);
  });
});

describe('header and sign-off variants from the fifth round', () => {
  it('Fremmødt, a single first name under Fraværende, a place then a time, "Kl." in a title, an organisation after "i", a sign-off label over its name', () => {
    const a = parseText(['Referat af Seniorrådsmøde Mandag den 03.april 2017 Kl. 10.00 i lokale M1 på Rådhuset', 'Fremmødt: Anna Berg, Bo Dal og Carl Eg.', 'Fraværende: Jette', '', '1. Eventuelt', 'Intet.', '', 'Referent:', 'Bo Dal', '03.04.2017'].join('\n'));
    expect(a.meeting).toMatchObject({ startTime: '10:00', location: 'lokale M1 på Rådhuset' });
    expect(a.participants.map((p) => [p.name, p.group, p.note])).toEqual([
      ['Anna Berg', 'member', null],
      ['Bo Dal', 'member', 'referent'],
      ['Carl Eg', 'member', null],
      ['Jette', 'absent', null],
    ]);
    expect(a.items[0]!.decision).toBe('Intet.');
    const b = parseText(['Handicaprådets møde den 14. marts 2024', 'Borgerhuset, Torvet 3 kl. 16.30', '', '1. Eventuelt', 'Intet.'].join('\n'));
    expect(b.meeting).toMatchObject({ startTime: '16:30', location: 'Borgerhuset, Torvet 3' });
    const c = parseText(['Referat af bestyrelsesmøde 9. juni 2022 kl. 19.30 i Grundejerforeningen Birkelunden', '', '1. Eventuelt', 'Intet.'].join('\n'));
    expect(c.meeting).toMatchObject({ body: 'Grundejerforeningen Birkelunden', location: null });
  });
});

describe('a body in lower case, a director before a name', () => {
  it('a party letter after an office is noted like one after the name', () => {
    const doc = parseText(['Referat', 'Dato: 3. maj 2011', 'Fraværende med afbud:', 'Ayfer Baykal, Borgmester, F, (sygdom)', 'Bo Dal, V, (ferie)', '', '1. Budget', 'Godkendt.'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.role, p.note])).toEqual([
      ['Ayfer Baykal', 'Borgmester', 'F; sygdom'],
      ['Bo Dal', null, 'V; ferie'],
    ]);
  });

  it('"Møde i regionsrådet den 22. marts 2022" gives regionsrådet as printed; "Direktør Lis Holm" is Lis Holm, Direktør', () => {
    const doc = parseText(['Referat', 'Møde i regionsrådet den 22. marts 2022 kl. 14.00', '', 'Fraværende: Direktør Lis Holm', '', '1. Godkendelse', 'Godkendt.'].join('\n'));
    expect(doc.meeting).toMatchObject({ body: 'regionsrådet', date: '2022-03-22', startTime: '14:00' });
    expect(doc.participants).toEqual([{ name: 'Lis Holm', role: 'Direktør', group: 'absent', note: null }]);
  });
});

describe('the title date over a post stamp', () => {
  it('a date line the title repeats wins over an earlier stamp with its time', () => {
    const doc = parseText(['Referat bestyrelsesmøde 14. september 2020', '', 'Jens Holm', '22. september 2020 kl. 06:12', '', 'REFERAT AF BESTYRELSESMØDE', '', '14. september 2020', '', '1) Godkendelse af referat', 'Godkendt.'].join('\n'));
    expect(doc.meeting).toMatchObject({ date: '2020-09-14', startTime: null });
  });
});

describe('headers of associations, schools and web tables', () => {
  const items = ['', '1. Godkendelse af dagsorden', 'Godkendt.', '', '2. Eventuelt', 'Intet.'];
  const meeting = (...head: string[]) => parseText([...head, ...items].join('\n')).meeting;

  it("an organisation's name alone above the title is the body; a kind of meeting is not", () => {
    expect(meeting('Grundejerforeningen Kærholm', '', 'Referat af bestyrelsesmøde d. 4/3-2014').body).toBe('Grundejerforeningen Kærholm');
    expect(meeting('VANDVÆRKET SKOVLY', 'Referat af bestyrelsesmøde den 2. maj 2019').body).toBe('VANDVÆRKET SKOVLY');
    expect(meeting('Referat', '', 'Ekstraordinær generalforsamling', '', '14 marts 2019 | 19:00 - 21:00 | Egebjerg forsamlingshus')).toMatchObject({
      body: null,
      date: '2019-03-14',
      startTime: '19:00',
      endTime: '21:00',
      location: 'Egebjerg forsamlingshus',
    });
  });

  it('the meeting word of a subject line, a yearless date line with time and place, and `Referat:` before the date', () => {
    expect(meeting('Agenda/Referat – Børnehuset Solsikken', '', 'Emne: Forældrerådsmøde - ordinært', 'Dato: 5. marts 2019', 'Varighed: kl. 18:00-20:00')).toMatchObject({
      body: 'Forældrerådet',
      startTime: '18:00',
      endTime: '20:00',
    });
    expect(meeting('Referat 25. maj 2022', '', 'Skolebestyrelsesmøde den 25. maj kl. 18.30-21.00 - Personalerummet')).toMatchObject({
      body: 'Skolebestyrelsen',
      date: '2022-05-25',
      startTime: '18:30',
      endTime: '21:00',
      location: 'Personalerummet',
    });
    expect(meeting('Referat: 14. marts 2023 kl. 15:00', '', 'Teknisk Udvalg')).toMatchObject({ body: 'Teknisk Udvalg', date: '2023-03-14', startTime: '15:00' });
  });

  it("a table's labels without colons: the body's cell, the members' cell, `Fraværende Ingen`, a label over its value", () => {
    const doc = parseText(['Referat', '', 'Udvalg Miljøudvalget', 'Mødedeltagere Anne Holm, Bo Jensen, Carl Friis', 'Fraværende Ingen', 'Tid', '', '16.30', ...items].join('\n'));
    expect(doc.meeting).toMatchObject({ body: 'Miljøudvalget', startTime: '16:30' });
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Anne Holm', 'member'],
      ['Bo Jensen', 'member'],
      ['Carl Friis', 'member'],
    ]);
    // A web page's placeholder in the body's cell names no body.
    expect(meeting('Møde i regionsrådet den 22. marts 2022', 'Udvalg Ikon').body).toBe('regionsrådet');
  });
});

describe('people in the headers of boards, parents\' councils and clubs', () => {
  const items = ['', '1. Godkendelse af dagsorden', 'Godkendt.', '', '2. Eventuelt', 'Intet.'];
  const people = (...head: string[]) => parseText(['Referat af bestyrelsesmøde den 3. april 2018', '', ...head, ...items].join('\n')).participants.map((p) => [p.name, p.group, p.role, p.note]);

  it('an office on either side of the name, several lines of a run', () => {
    expect(people('Deltagere', 'Anne Holm (A),', 'Carl Friis, Borgermedlem,', 'Borgermedlem, Erik Moe,', 'Fie Nyborg')).toEqual([
      ['Anne Holm', 'member', null, 'A'],
      ['Carl Friis', 'member', 'Borgermedlem', null],
      ['Erik Moe', 'member', 'Borgermedlem', null],
      ['Fie Nyborg', 'member', null, null],
    ]);
    expect(people('Til stede:', 'Ulla Hviid, formand', 'Chr. Madsen, bestyrelsesmedlem', 'Johs. Berg, suppleant')).toEqual([
      ['Ulla Hviid', 'chair', 'formand', null],
      ['Chr. Madsen', 'member', 'bestyrelsesmedlem', null],
      ['Johs. Berg', 'member', 'suppleant', null],
    ]);
  });

  it('first names with notes holding commas and "og", a full stop between names, two labels for one list, substitutes', () => {
    expect(people('Indkaldte: Mette (Idas mor), Kristian (Anna og Bos far), Sara (Eriks mor) – bestyrelsesmedlem.')).toEqual([
      ['Mette', 'member', null, 'Idas mor'],
      ['Kristian', 'member', null, 'Anna og Bos far'],
      ['Sara', 'member', 'bestyrelsesmedlem', 'Eriks mor'],
    ]);
    expect(people('Deltagere:', '', 'Jens Holm, Karen Bak, Lise Storm. Per Vang (referent)').map((p) => p[0])).toEqual(['Jens Holm', 'Karen Bak', 'Lise Storm', 'Per Vang']);
    expect(people('Indkaldt/tilstedeværende:', '', 'Mette Lind', 'Jonas Berg').map((p) => [p[0], p[1]])).toEqual([
      ['Mette Lind', 'member'],
      ['Jonas Berg', 'member'],
    ]);
    expect(people('Bestyrelsen: Erik Holm, Anne Bak', '', 'Suppleanter: Bente Vind og Gitte Sand').map((p) => [p[0], p[1]])).toEqual([
      ['Erik Holm', 'member'],
      ['Anne Bak', 'member'],
      ['Bente Vind', 'other'],
      ['Gitte Sand', 'other'],
    ]);
  });

  it('an office label with no name after it is nobody', () => {
    expect(people('Referent', 'Ordstyrer')).toEqual([]);
  });

  it('an item that records who was away makes them absent from the meeting', () => {
    const doc = parseText(['Referat menighedsrådsmøde den 5.4.2022', '', '1. Fraværende: Lene Dahl, Bo Kragh og Tina Wolff', '', '2. Godkendelse af dagsorden', 'Godkendt'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Lene Dahl', 'absent'],
      ['Bo Kragh', 'absent'],
      ['Tina Wolff', 'absent'],
    ]);
  });
});

describe('general assemblies, presenters and run-together times', () => {
  const items = ['', '1. Bestyrelsens beretning v. formand Ida Krog', 'Beretningen blev godkendt.', '', '2. Forældrekaffe-/ lille arbejdsdag', 'Alle er velkomne.'];
  const parse = (...head: string[]) => parseText([...head, ...items].join('\n'));

  it('the association in the genitive names the body; a numbered kind of meeting names none; `kl. 1900` is a time', () => {
    expect(parse('Referat af 26. september fra Trans-Danmarks ekstraordinære generalforsamling den 15. september 2011.').meeting.body).toBe('Trans-Danmark');
    expect(parse('Referat af 7. ordinære generalforsamling', 'tirsdag den 2. marts 2010 kl. 14 i klubhuset').meeting.body).toBeNull();
    expect(findTimes('Formanden indledte kl. 1900 generalforsamlingen')).toEqual({ start: '19:00', end: null });
  });

  it('an office before the presenter\'s name, and a compound\'s two forms around a slash', () => {
    const doc = parse('Referat af generalforsamling den 3. marts 2022');
    expect(doc.items.map((i) => [i.title, i.presenter])).toEqual([
      ['Bestyrelsens beretning', 'Ida Krog'],
      ['Forældrekaffe-/ lille arbejdsdag', null],
    ]);
    // A quoted name for the item after a slash is no presenter.
    expect(splitHeading('Eventuelt / ”Bordet rundt”', []).presenter).toBeNull();
  });
});

describe('attendance from the seventh round: label variants, offices in front, absences in a run, the elected chair', () => {
  const header = (line: string) => parseText(['Referat af bestyrelsesmøde i Haveforeningen Kløverly', 'Mandag den 7. juni 2021 kl. 19.00', '', line, '', '1. Godkendelse af referat', 'Godkendt.'].join('\n'));
  const people = (line: string) => header(line).participants.map((p) => [p.name, p.group, p.role]);

  it('`Tilstede var:` and `Følgende deltog på mødet:` are labels of those present', () => {
    expect(people('Tilstede var: Karin Holm, Ditte Vang og Jens Lund.')).toEqual([
      ['Karin Holm', 'member', null],
      ['Ditte Vang', 'member', null],
      ['Jens Lund', 'member', null],
    ]);
    const doc = parseText(['Referat af bestyrelsesmøde 4. marts 2022', '', 'Følgende deltog på mødet:', 'Karen Holm, Bo Lind og Jens Ravn', '', '1. Godkendelse af referat', 'Godkendt.'].join('\n'));
    expect(doc.participants.map((p) => p.name)).toEqual(['Karen Holm', 'Bo Lind', 'Jens Ravn']);
  });

  it('an office in front of a name in a run (`Formand Karin Holm, kasserer Ditte Vang, …`)', () => {
    expect(people('Deltagende: Formand Karin Holm, kasserer Ditte Vang, Jens Lund, Sofie Krag')).toEqual([
      ['Karin Holm', 'chair', 'Formand'],
      ['Ditte Vang', 'member', 'kasserer'],
      ['Jens Lund', 'member', null],
      ['Sofie Krag', 'member', null],
    ]);
  });

  it('`(afbud)` after the last name of a run is that one\'s absence, in the middle too; names between dashes; first names with an initial', () => {
    expect(people('Deltagere: Heimo Dal, Lars Vang, Michael Kok (afbud)')).toEqual([
      ['Heimo Dal', 'member', null],
      ['Lars Vang', 'member', null],
      ['Michael Kok', 'absent', null],
    ]);
    expect(people('Deltagere: Heimo Dal, Michael Kok (afbud), Lars Vang')).toEqual([
      ['Heimo Dal', 'member', null],
      ['Michael Kok', 'absent', null],
      ['Lars Vang', 'member', null],
    ]);
    expect(people('Fremmødte: Karen Holm – Bo Lind – Lise Dam').map((p) => p[0])).toEqual(['Karen Holm', 'Bo Lind', 'Lise Dam']);
    expect(people('Tilstede: Karen, Bo L, Lise T, Jens').map((p) => p[0])).toEqual(['Karen', 'Bo L', 'Lise T', 'Jens']);
  });

  it('`Der var afbud fra X.` in the header', () => {
    expect(people('Der var afbud fra Lone Friis og Bo Dal.')).toEqual([
      ['Lone Friis', 'absent', null],
      ['Bo Dal', 'absent', null],
    ]);
  });

  it('`Der forelå afbud fra X.`, as a case system words it', () => {
    expect(people('Der forelå afbud fra Chr. Dal.')).toEqual([['Chr. Dal', 'absent', null]]);
  });

  it('the dirigent or ordstyrer elected in an item chairs the meeting; one elected as referent does not', () => {
    const chair = (record: string) =>
      parseText(['Referat af ordinær generalforsamling i Grundejerforeningen Mågevej', 'Tirsdag den 8. november 2005 kl. 19.30', '', '1. Valg af dirigent og referent', record, '', '2. Beretning', 'Beretningen blev godkendt.'].join('\n')).meeting.chair;
    expect(chair('Bestyrelsen foreslog Kaj Munk, som blev valgt. Dirigenten konstaterede, at generalforsamlingen var lovligt indkaldt.')).toBe('Kaj Munk');
    expect(chair('Formanden bød velkommen, hvorefter Ole Berg blev valgt til dirigent og Bo Lind som referent.')).toBe('Ole Berg');
    expect(chair('Som dirigent blev valgt Ole Berg.')).toBe('Ole Berg');
    expect(chair('Bo Lind blev valgt som referent. Ole Berg blev valgt som dirigent.')).toBe('Ole Berg');
    expect(chair('Andreas er ordstyrer.')).toBe('Andreas');
    expect(chair('Formanden blev valgt.')).toBeNull();
  });
});

describe('bodies after a comma or an ordinal, and lines after the minutes', () => {
  const body = (title: string) => parseText([title, '', 'Torsdag den 3. februar 2011 kl. 17.00', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n')).meeting.body;
  it('the body after the meeting\'s word and a comma, or after an ordinal meeting; not what the minutes are for', () => {
    expect(body('Referat af bestyrelsesmøde, Svømmeklubben Isbjørnen')).toBe('Svømmeklubben Isbjørnen');
    expect(body('Referat af 2. rådsmøde i Vandrådet')).toBe('Vandrådet');
    expect(body('REFERAT TIL INTERN BRUG I BESTYRELSEN')).toBeNull();
  });

  it('a thanks for coming, the minute-taker\'s initials and an address line end the last item', () => {
    const doc = parseText(['Bestyrelsesmøde i Sejlklubben Ålen 6. januar 2011', '', '1. Godkendelse af referat', 'Godkendt', '', '2. Eventuelt', 'Intet.', '', 'Tak for fremmøde.', '', 'DSN/referent', 'Sejlklubben Ålen | Havnevej 2 | 9560 Hadsund | Tlf. 12345678'].join('\n'));
    expect(doc.items.map((i) => i.decision)).toEqual(['Godkendt', 'Intet.']);
  });
});

describe('times and places from the seventh round', () => {
  it('a time alone on its line, a time after the place, a sentence saying where the meeting was held, an address after the time', () => {
    const own = parseText(['Referat af bestyrelsesmøde d. 16. august 2012, Svømmeklubben Isbjørnen', '', 'Kl. 18.00 – 20.30', '', '1. Kontortider', 'Godkendt.'].join('\n'));
    expect(own.meeting).toMatchObject({ startTime: '18:00', endTime: '20:30' });
    const field = parseText(['Referat fra brugerrådsmøde', 'Mødested: Fælleshuset, Blå Stue kl. 09.30.', 'Mødedato: 6. maj 2019', '', '1. Referat fra sidst', 'Godkendt.'].join('\n'));
    expect(field.meeting).toMatchObject({ location: 'Fælleshuset, Blå Stue', startTime: '09:30' });
    const held = parseText(['Referat fra grupperådsmøde den 12. februar 2014', 'Mødet blev afholdt i spejderhytten kl. 18.30-20.00', '', '1. Valg af dirigent', 'Dirigent Hans Berg, referent Pia Lund.'].join('\n'));
    expect(held.meeting).toMatchObject({ location: 'spejderhytten', startTime: '18:30', endTime: '20:00', chair: 'Hans Berg' });
    const address = parseText(['Bestyrelsesmøde 29. januar 2016 kl. 10.00, Fjordvej 20', '', 'Pkt. 1. Godkendelse af dagsorden (B)', '', 'J.nr.: 00.01.00.A10-0001/2013', 'Sagsnr.: 6628', '', 'Beslutning:', 'Godkendt.'].join('\n'));
    expect(address.meeting.location).toBe('Fjordvej 20');
    expect(address.items[0]).toMatchObject({ title: 'Godkendelse af dagsorden', caseNumber: '00.01.00.A10-0001/2013' });
  });

  it('a board named as a sub-group (`Afdelingsbestyrelsen:`) are members, beside the administration', () => {
    const doc = parseText(['Referat fra ordinært afdelingsmøde i Lærkehaven', 'torsdag den 17. november 2005 kl. 19.00', '', 'Tilstede fra afdelingsbestyrelsen og administrationen:', 'Administrationen: Bent Krogh, inspektør', 'Afdelingsbestyrelsen: Lis Dam, Ole Bak og', 'Per Friis', '', '1) Valg af dirigent', 'Hanne Moos blev valgt.'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Hanne Moos', 'chair'],
      ['Bent Krogh', 'secretariat'],
      ['Lis Dam', 'member'],
      ['Ole Bak', 'member'],
      ['Per Friis', 'member'],
    ]);
  });
});

describe('header and sign-off from the eighth round', () => {
  it('`Tid: Mandag, den 13. januar 2025, kl. 19.00`; `afholdt i X, Y,` as the place; `Hos X, Vej 4`', () => {
    expect(parseText(['Referat', 'Tid: Mandag, den 13. januar 2025, kl. 19.00', '', '1. Godkendelse af dagsorden', 'Godkendt'].join('\n')).meeting).toMatchObject({ date: '2025-01-13', startTime: '19:00' });
    expect(parseText(['Referat af generalforsamling', 'afholdt i Havnens Fælleshus, Ebeltoft,', 'mandag den 22. januar 2024', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n')).meeting.location).toBe('Havnens Fælleshus, Ebeltoft');
    expect(parseText(['Bestyrelsesmøde den 14. oktober 2020', 'Hos Lone Holm, Skovvej 4', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n')).meeting.location).toBe('Hos Lone Holm, Skovvej 4');
  });

  it('`Fremmødte fra bestyrelsen:` and `Fremmødte suppleanter:` are present; `Referent: Henny` over a date ends the last item', () => {
    const doc = parseText(['Referat fra bestyrelsesmøde den 14. oktober 2024', '', 'Fremmødte fra bestyrelsen: Knud, Edith og Henny', 'Fraværende: Preben', 'Fremmødte suppleanter: Birthe og Svend', '', '1. Næste møde', 'Næste møde afholdes den 13. november 2024.', '', 'Referent: Henny', '15. oktober 2024'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Knud', 'member'],
      ['Edith', 'member'],
      ['Henny', 'member'],
      ['Preben', 'absent'],
      ['Birthe', 'member'],
      ['Svend', 'member'],
    ]);
    expect(doc.items[0]!.decision).toBe('Næste møde afholdes den 13. november 2024.');
  });
});

describe('runs of names as clubs write them', () => {
  const people = (line: string) => parseText(['Referat af bestyrelsesmøde 3. maj 2016', '', line, '', '1. Regnskab', 'Godkendt.'].join('\n')).participants.map((p) => p.name);
  it.each([
    ['Deltagere: Finn Dal, J.P. Holm og Ane Vig.', ['Finn Dal', 'J.P. Holm', 'Ane Vig']],
    ['Tilstede: Niels, Pia, Jørgen samt Poul Bach', ['Niels', 'Pia', 'Jørgen', 'Poul Bach']],
    ['(Fremmødte Mona, Malene, Helge)', ['Mona', 'Malene', 'Helge']],
    ['Deltagere: Niels Hald (NH), Ida Riel (IR), og Jens Lund (JL).', ['Niels Hald', 'Ida Riel', 'Jens Lund']],
  ])('%s', (line, names) => expect(people(line)).toEqual(names));
});

describe('the title word misspelt', () => {
  it('`Refarat fra bestyrelsesmøde …` over prose with no items: minutes all the same', () => {
    const doc = parseText(['Refarat fra bestyrelsesmøde 4. maj 2031', '', 'Bo bød velkommen. Vi talte om haven og om økonomien, som er god.'].join('\n'));
    expect(doc.documentType).toBe('referat');
  });
  it('a misspelt title still names its body: `Reterat af Haveudvalgsmøde` → Haveudvalget', () => {
    expect(parseText(['Reterat af Haveudvalgsmøde den 5. maj 2031 kl. 18.30 hos Bo.', '', 'Bo, Eva og Ib til stede.', '', '1. Regnskab', 'Godkendt.'].join('\n')).meeting.body).toBe('Haveudvalget');
  });
});

describe('a meeting named with its day, then told', () => {
  it('three things done at it, with no items and no title word: minutes', () => {
    const doc = parseText(['Medlemsmøde i Holmby Krocket mandag den 29. januar 2031 kl. 13.00 i klubhuset', '', 'Formanden bød velkommen til de fremmødte. Bo Dal blev valgt som dirigent. Regnskabet blev godkendt uden bemærkninger, og der blev talt om banerne.'].join('\n'));
    expect(doc.documentType).toBe('referat');
  });
});

describe('participants, each a person', () => {
  it('a page\'s control after the last name is cut off, and a long word of the language read into a list is no one', async () => {
    const { plausibleParticipants } = await import('../src/segment/people.js');
    const p = (name: string) => ({ name, role: null, group: 'absent' as const, note: null });
    expect(plausibleParticipants([p('Thomas Holm'), p('Thomas Holm Udskriv'), p('Sagsoversigt'), p('Organisationskonsulent'), p('Stoffer'), p('Gunhild')]).map((x) => x.name)).toEqual(['Thomas Holm', 'Stoffer', 'Gunhild']);
  });
});


describe('a run of names, each with its office after the comma', () => {
  const people = (line: string) => parseText(['Referat af bestyrelsesmøde den 7. december 2031', '', 'Deltagere:', line, '', '1. Godkendelse af dagsorden', 'Godkendt.', '2. Eventuelt', 'Intet.'].join('\n')).participants.map((p) => [p.name, p.role]);

  it('`Bo Dal, kasserer Eva Holm, suppleant Kim Lund, formand`: every office goes with the name before it', () => {
    expect(people('Bo Dal, kasserer Eva Holm, bestyrelsesmedlem Kim Lund, suppleant Ida Vinter, formand')).toEqual([['Bo Dal', 'kasserer'], ['Eva Holm', 'bestyrelsesmedlem'], ['Kim Lund', 'suppleant'], ['Ida Vinter', 'formand']]);
  });
  it('an abbreviated office (`best.medlem`) and the last office with a note (`formand (ref.)`)', () => {
    expect(people('Bo Dal, kasserer Eva Holm, best.medlem Kim Lund, suppleant Ida Vinter, formand (ref.)').map(([name]) => name)).toEqual(['Bo Dal', 'Eva Holm', 'Kim Lund', 'Ida Vinter']);
  });
  it('offices in front of the names throughout stay with their names', () => {
    expect(people('formand Bo Dal, kasserer Eva Holm, suppleant Kim Lund')).toEqual([['Bo Dal', 'formand'], ['Eva Holm', 'kasserer'], ['Kim Lund', 'suppleant']]);
  });
});
