/**
 * House styles met in real minutes, each as a short text in our own words:
 * numbering marks, bulleted items with numbered points under them, titles
 * followed on their line by what was said.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseText } from './helpers/parse.js';
import { splitFlattened } from '../src/segment/flattened.js';
import { tidyChair } from '../src/segment/index.js';

const items = (text: string) => parseText(text).items.map((it) => [it.number, it.title, it.decision]);

describe('numbering marks', () => {
  it('a stray second mark after the number (`1).`, `4. .`) is no part of the title', () => {
    const text = ['Referat af bestyrelsesmøde 3. maj 2022', '', '1). Valg af referent', '', '2). Kassen. Der er 4.000 kr. i kassen.', '', '3. .Budget', 'Budgettet blev godkendt.'].join('\n');
    expect(items(text)).toEqual([
      [1, 'Valg af referent', null],
      [2, 'Kassen', 'Der er 4.000 kr. i kassen.'],
      [3, 'Budget', 'Budgettet blev godkendt.'],
    ]);
  });
});

describe('bulleted items', () => {
  it('numbered points under each bullet are the bullet\'s text, never items', () => {
    const text = [
      'Referat af generalforsamling i Tennisklubben 2. marts 2021',
      '',
      ' • Valg af dirigent',
      '  1. Anne Holm blev valgt',
      ' • Beretning',
      '  1. Beretningen blev godkendt',
      '  2. Der var spørgsmål om banerne',
      ' • Valg af kasserer',
      '  1. Per Lund stiller op',
      '   1. Per Lund blev valgt',
      ' • Eventuelt',
      '  1. Intet',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.title)).toEqual(['Valg af dirigent', 'Beretning', 'Valg af kasserer', 'Eventuelt']);
    expect(doc.items[1]!.decision).toContain('Beretningen blev godkendt');
  });

  it('a number that goes on from the items under a bullet of text is still an item (stray indentation of a web copy)', () => {
    const text = ['Referat af bestyrelsesmøde 9. maj 2019', '', ' 1) Referat fra sidste møde', '', ' • Referatet blev godkendt', '', '  2) Nyt fra formanden', '', ' • Intet nyt', '', '  3) Eventuelt', '', ' • Intet'].join('\n');
    expect(parseText(text).items.map((it) => it.number)).toEqual([1, 2, 3]);
  });

  it('a bullet over bulleted points further in is an item however long its title (up to a dozen words, no sentence)', () => {
    const text = [
      'Referat af årsmødet i Vejby Kreds 2031',
      ' • Valg af ordstyrer',
      '  • Tine Holm valgt',
      ' • Fremlæggelse af budget for det kommende år og fastsættelse af kontingent',
      '  • Budgettet viser et lille underskud.',
      '  • Kontingentet er uændret.',
      ' • Indkomne forslag',
      '  • Ingen forslag',
    ].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Valg af ordstyrer', 'Fremlæggelse af budget for det kommende år og fastsættelse af kontingent', 'Indkomne forslag']);
  });

  it('dashed entries with their text further in under them are the items', () => {
    const text = ['# Referat: 4. april 2023', '', 'Emner:', '- Ny kasserer', '  Mads tager over fra maj.', '- Julefrokost', '  Holdes 8. december.', '- Hjemmesiden', '  Ingen konklusion'].join('\n');
    expect(items(text)).toEqual([
      [1, 'Ny kasserer', 'Mads tager over fra maj.'],
      [2, 'Julefrokost', 'Holdes 8. december.'],
      [3, 'Hjemmesiden', 'Ingen konklusion'],
    ]);
  });
});

describe('a title followed on its line by what was said', () => {
  it('after an ellipsis', () => {
    const text = ['Referat af bestyrelsesmøde 1. juni 2022', '', '1) Godkendelse af referat... Godkendt', '', '2) Status på frivillige... det går fint', '', '3) Eventuelt... intet'].join('\n');
    expect(items(text)).toEqual([
      [1, 'Godkendelse af referat', 'Godkendt'],
      [2, 'Status på frivillige', 'det går fint'],
      [3, 'Eventuelt', 'intet'],
    ]);
  });
});

describe('Markdown minutes', () => {
  it('read as text, without heading and emphasis marks; a link keeps its address', () => {
    const doc = parseText(
      ['# Referat af bestyrelsesmøde', '', '**Dato:** 7. september 2021', '', '## 1) Godkendelse af dagsorden', '', '**Beslutning:** Godkendt.', '', '## 2) Regnskab', '', 'Se [Bilag 1](https://example.org/r.pdf).', '', '**Beslutning:** Regnskabet blev godkendt.'].join('\n'),
    );
    expect(doc.documentType).toBe('referat');
    expect(doc.meeting.date).toBe('2021-09-07');
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Godkendelse af dagsorden', 'Godkendt.'],
      [2, 'Regnskab', 'Regnskabet blev godkendt.'],
    ]);
    expect(JSON.stringify(doc)).not.toContain('**');
  });
});

describe('a web page\'s single bullet over the numbered items', () => {
  it('does not make the items its points', () => {
    const text = ['Referat - Ældrerådet - 3. april 2019', '', ' • Luk alle punkter', '', '  1. Godkendelse af dagsorden', '  2. Budget 2020', '  3. Eventuelt', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '', '2. Budget 2020', 'Beslutning', 'Drøftet.', '', '3. Eventuelt', 'Beslutning', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.decision])).toEqual([
      [1, 'Godkendt.'],
      [2, 'Drøftet.'],
      [3, 'Intet.'],
    ]);
  });
});

describe('the body', () => {
  it('is never a kind of meeting, numbered or dated', () => {
    for (const title of ['Bestyrelsesmøde 27', 'Gruppemøde 2020', 'Generalforsamling 2022', 'Bestyrelsesmøder 2016 nr. 87-95', 'Generalforsamlingsprotokollat']) {
      const doc = parseText([title, '', '1. Regnskab', 'Regnskabet blev godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n'));
      expect(doc.meeting.body, title).toBeNull();
    }
  });

  it('is an organisation named alone on a line of the header when no title names it', () => {
    const doc = parseText(['Referat', '', 'BOLDKLUBBEN NORDSTJERNEN', '', 'Bestyrelsesmøde nr. 12', 'Tirsdag d. 3. maj 2016 kl. 19.00', '', '1. Regnskab', 'Regnskabet blev godkendt.'].join('\n'));
    expect(doc.meeting.body).toBe('BOLDKLUBBEN NORDSTJERNEN');
  });

  it('is not taken from a portal\'s link above the title, and is read from the title below it', () => {
    const doc = parseText(['Se alle dagsordener og referater fra dette mødeforum', '', 'Referat', 'til', 'mødet i Ældrerådet', 'den 2. marts 2023 kl. 10:00', '', '1. Regnskab', 'Godkendt.'].join('\n'));
    expect(doc.meeting.body).toBe('Ældrerådet');
    const genitive = parseText(['Referat fra Vandværkets bestyrelsesmøde', 'Mandag den 6. marts 2023', '', '1. Regnskab', 'Godkendt.'].join('\n'));
    expect(genitive.meeting.body).toBe('Vandværket');
  });

  it('leaves out the municipality or region and a portal\'s section after a dash', () => {
    for (const [title, body] of [
      ['Referat fra Teknisk Udvalg - Vesterby Kommune', 'Teknisk Udvalg'],
      ['Dagsorden for Regionsrådet – Region Nordby', 'Regionsrådet'],
      ['Referat fra Forretningsudvalget - mødesager', 'Forretningsudvalget'],
    ]) {
      const doc = parseText([title!, 'Mødedato: 3. maj 2022', '', '1. Regnskab', 'Regnskabet blev godkendt.'].join('\n'));
      expect(doc.meeting.body, title).toBe(body);
    }
  });
});

describe('the document type', () => {
  it('a `Dagsorden:` label over the items of minutes is no title; over items with nothing recorded it makes an agenda', () => {
    const minutes = parseText(['Generalforsamling i Skakklubben 4. maj 2021', '', 'Dagsorden:', '', '1. Valg af dirigent: Ole Berg vælges.', '', '2. Regnskab: Regnskabet blev godkendt.'].join('\n'));
    expect(minutes.documentType).not.toBe('dagsorden');
    expect(minutes.meeting.chair).toBe('Ole Berg');
    const agenda = parseText(['Generalforsamling i Skakklubben 4. maj 2021', '', 'Dagsorden:', '', '1. Valg af dirigent', '', '2. Regnskab', '', '3. Eventuelt'].join('\n'));
    expect(agenda.documentType).toBe('dagsorden');
  });

  it('a referent signing after the last item makes minutes of what a `Dagsorden:` label heads', () => {
    const lines = (end: string) => ['Bestyrelsesmøde i Holmby Sejlklub 4. maj 2031 kl. 19.00', '', 'Dagsorden:', '', '1) Økonomi v. Bo', 'Status på kassen og medlemstallet: 212 medlemmer.', '', '2) Nyt fra udvalgene', 'Broen males i juni.', '', '3) Evt.', '', end];
    expect(parseText(lines('Ref. Eva Holm').join('\n')).documentType).toBe('referat');
    expect(parseText(lines('Referent: Eva Holm').join('\n')).items[0]!.decision).toMatch(/^Status på kassen/);
    expect(parseText(lines('Vel mødt!').join('\n')).documentType).toBe('dagsorden');
  });

  it('a compound of referat or protokol opens minutes', () => {
    expect(parseText(['Generalforsamlingsprotokollat – 29. marts 2017', '', '1. Valg af dirigent', 'Ole Berg blev valgt.'].join('\n')).documentType).toBe('referat');
    expect(parseText(['Bestyrelsesreferat 4. maj 2020', '', '1. Regnskab', 'Drøftet.'].join('\n')).documentType).toBe('referat');
  });
});

describe('the elected chair', () => {
  const chair = (record: string) => parseText(['Referat af generalforsamling 4. marts 2020', '', '1. Valg af dirigent', record, '', '2. Beretning', 'Godkendt.'].join('\n')).meeting.chair;
  it.each([
    ['Formanden foreslog på bestyrelsens vegne valg af Eva Lund, Skovvej 4, som dirigent. Forslaget blev vedtaget.', 'Eva Lund'],
    ['Bestyrelsen foreslog Kim Holt (KH) som dirigent, og forsamlingen godkendte det.', 'Kim Holt'],
    ['Formanden foreslog Ib Juhl til at lede generalforsamlingen.', 'Ib Juhl'],
    ['Ane Krog vælges.', 'Ane Krog'],
    ['1. Per Vang bliver valgt', 'Per Vang'],
  ])('%s', (record, name) => expect(chair(record)).toBe(name));
});

describe('numbered paragraphs whose titles run into their text', () => {
  it('are the items, the title split where a capitalised word follows a small word or a number', () => {
    const text = [
      'Referat af møde i bestyrelsen tirsdag den 5. marts 2019 kl. 19.00',
      '',
      'Til stede: Ane, Bo, Carl',
      '',
      '1. Referat fra mødet den 4. februar 2019 Godkendt uden bemærkninger og hængt op på opslagstavlen.',
      '',
      '2. Nyt fra formanden Kommunen har svaret på vores brev om parkering, og vi venter på et møde med dem.',
      '',
      '3. Regnskab 2018 Der er et lille overskud, som overføres til næste år efter aftale med revisor.',
      '',
      '4. Eventuelt: Intet.',
    ].join('\n');
    expect(items(text)).toEqual([
      [1, 'Referat fra mødet den 4. februar 2019', 'Godkendt uden bemærkninger og hængt op på opslagstavlen.'],
      [2, 'Nyt fra formanden', 'Kommunen har svaret på vores brev om parkering, og vi venter på et møde med dem.'],
      [3, 'Regnskab 2018', 'Der er et lille overskud, som overføres til næste år efter aftale med revisor.'],
      [4, 'Eventuelt', 'Intet.'],
    ]);
  });
});

describe('unnumbered titles with a colon', () => {
  it('take an abbreviation or a stray full stop before the colon, and a first name as the one elected', () => {
    const text = ['Bestyrelsesmøde nr. 14', 'Lørdag d. 2. marts 2019 kl. 10.00', '', 'Afbud fra: Jens', '', 'Valg af referent.: Lone', '', 'Valg af ordstyrer: Kurt', '', 'Godkendelse af referat nr. 13: godkendt', '', 'Meddelelser fra formanden:', '', 'Vejene skal repareres.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.title, it.decision])).toEqual([
      ['Valg af referent', 'Lone'],
      ['Valg af ordstyrer', 'Kurt'],
      ['Godkendelse af referat nr. 13', 'godkendt'],
      ['Meddelelser fra formanden', 'Vejene skal repareres.'],
    ]);
    expect(doc.meeting.chair).toBe('Kurt');
  });
});

describe('a transcript that lost its line breaks (one paragraph a page, led by the page number)', () => {
  it('starts a line at each item number in sequence, and drops the page numbers', () => {
    const page1 =
      '1 Referat af bestyrelsesmøde 2/19 Dato: 4. marts 2019 Sted: Foreningens kontor Deltagere: Ane Holm, formand, Bo Dahl, Carl Berg, næstformand, Dorte Lind og Erik Ravn. Dagsorden: 1. Godkendelse af dagsorden 2. Regnskab 2018 A. Revisionens bemærkninger B. Årsrapporten 3. Kontingent 4. Eventuelt Referat 1. Godkendelse af dagsorden Dagsordenen blev godkendt uden ændringer og med et ekstra punkt om kontingentet.';
    const page2 =
      '2 2. Regnskab 2018 Regnskabet blev gennemgået af kassereren og godkendt af bestyrelsen efter en kort drøftelse af revisionens bemærkninger. 3. Kontingent Kontingentet fastholdes på 300 kr. om året for alle medlemmer, også for de nye medlemmer der kommer til i år. 4. Eventuelt Intet.';
    const doc = parseText([page1, '', page2].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Regnskab 2018'],
      [3, 'Kontingent'],
      [4, 'Eventuelt'],
    ]);
    expect(doc.items[1]!.decision).toMatch(/^Regnskabet blev gennemgået/);
  });
});

describe('a board\'s minutes in one paragraph, items as `- Punkt N.`', () => {
  it('splits at each `Punkt` in sequence (a lower-case title too) and before the header\'s field labels; a short title ended by a full stop is split from its text', () => {
    const text =
      'Bestyrelsesmøde i afdeling 12 – Kirkevej Dato: 7. oktober 2024 Deltagere: Lis, Anders og Maja Dagsorden: - Punkt 1. – Nyt fra formanden. Formanden orienterede om den nye vaskeriaftale med administrationen. - Punkt 2. – Vedligeholdelse af fællesarealer. Anders tager kontakt til gartneren om hækken mod vejen inden jul. - Punkt 3. julearrangement for beboerne. Vi holder juletræsfest den 14. december i fælleshuset med æbleskiver.';
    const doc = parseText(text);
    expect(doc.meeting.date).toBe('2024-10-07');
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Nyt fra formanden'],
      [2, 'Vedligeholdelse af fællesarealer'],
      [3, 'julearrangement for beboerne'],
    ]);
  });
});

describe('an agenda whose titles return as headings without their numbers', () => {
  it('the returning headings are the items, numbered from the agenda', () => {
    const text = ['Referat af bestyrelsesmøde 3. april 2022', '', 'Til stede: Ane, Bo', '', 'Dagsorden:', '  1. Tagrenovering', '  2. Havedag', '  3. Eventuelt', '', '  • Tagrenovering', '', 'Tilbuddet fra tømreren blev godkendt.', '', '  • Havedag', '', 'Holdes 14. maj kl. 10.', '', '  • Eventuelt', '', 'Intet.'].join('\n');
    expect(items(text)).toEqual([
      [1, 'Tagrenovering', 'Tilbuddet fra tømreren blev godkendt.'],
      [2, 'Havedag', 'Holdes 14. maj kl. 10.'],
      [3, 'Eventuelt', 'Intet.'],
    ]);
  });
});

describe('where the minutes end', () => {
  it('signatures (an office alone, a name beside it, a greeting) and `Referat: full name` end the last item', () => {
    const text = ['Referat af bestyrelsesmøde 3. april 2022', '', '1. Regnskab', 'Regnskabet blev godkendt.', '', '2. Eventuelt', 'Intet.', '', 'Referat: Ida Holm Lund', '', 'På bestyrelsens vegne', '', 'Formand', '', 'Kurt Vang'].join('\n');
    const doc = parseText(text);
    expect(doc.items[1]!.decision).toBe('Intet.');
    expect(doc.participants.find((p) => p.name === 'Ida Holm Lund')?.group).toBe('secretariat');
  });

  it('web page controls (`Tilbage til indhold | Retur til hovedmenu`) are no text', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 3. april 2022', '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.', 'Tilbage til indhold | Retur til hoved menu'].join('\n'));
    expect(doc.items[1]!.decision).toBe('Intet.');
  });

  it('attachments printed after the last item under headings of their own end it; a list of attachments stays the item\'s', () => {
    const appended = ['Referat af bestyrelsesmøde 3. april 2031', '', '1. Regnskab', 'Godkendt.', '2. Arbejdsgrupper', 'Grupperne blev gennemgået og tilrettet.', '', 'Bilag 1 Kørselsgodtgørelse', 'Bilag 2 Grupperne', 'Haven', 'Ansvarlig: Lis', 'Bemanding: Bo og Ib', 'Køkkenet', 'Ansvarlig: Eva'].join('\n');
    const doc = parseText(appended);
    expect(doc.items[1]!.decision).toBe('Grupperne blev gennemgået og tilrettet.');
    expect(JSON.stringify(doc.items[1]!.sections)).not.toContain('Ansvarlig');
    const listed = ['Referat af bestyrelsesmøde 3. april 2031', '', '1. Regnskab', 'Godkendt.', '2. Arbejdsgrupper', 'Grupperne blev gennemgået.', '', 'Bilag 1 Kørselsgodtgørelse', 'Bilag 2 Grupperne'].join('\n');
    expect(JSON.stringify(parseText(listed).items[1]!.sections)).toContain('Bilag 2 Grupperne');
  });
});

describe('the meeting date among several', () => {
  it.each([
    [['Referat Bestyrelsesmøde 20.6.2022', '', '07-07-2022'], '2022-06-20'],
    [['Mandag, 09 december 2019', '14. august 2012 (ekstraordinær)', '', 'REFERAT'], '2012-08-14'],
    [['Referat fra generalforsamlingen d. 20.03.2018', '', '4. april 2018'], '2018-03-20'],
  ])('%j: the earliest, a later one is a post\'s stamp', (header, date) => {
    expect(parseText([...header, '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting.date).toBe(date);
  });
});

describe('a place named in passing', () => {
  it.each([
    ['Referat fra generalforsamlingen i Kulturhuset torsdag den 13. september 2018', 'Kulturhuset'],
    ['Referat af ordinær generalforsamling på Kildemarkscentret', 'Kildemarkscentret'],
    ['Dagsorden til møde den 15. maj 2024, kl. 18:30 i sognegården', 'sognegården'],
    ['Referat af bestyrelsesmøde den 22. november 2018 kl. 19.00 hos Poul Dam', 'hos Poul Dam'],
    ['Generalforsamlingen blev afholdt digitalt via Zoom.', 'Zoom'],
  ])('%s', (line, place) => {
    expect(parseText([line, '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting.location).toBe(place);
  });

  it('not a sentence that goes on after the place', () => {
    expect(parseText(['Referat af mødet 2. maj 2006', '', 'Spørgsmål fra forældre på Parkskolen blev besvaret.', '', '1. Regnskab', 'Godkendt.'].join('\n')).meeting.location).toBeNull();
  });
});

describe('numbers in other shapes', () => {
  it('roman numerals are the items, the heading kept as printed', () => {
    const doc = parseText(['Referat af generalforsamling 3. marts 2020', '', 'I. Valg af dirigent', 'Ole Berg blev valgt.', '', 'II. Beretning', 'Godkendt.', '', 'III. Regnskab', 'Godkendt.', '', 'IV. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title, it.heading])).toEqual([
      [1, 'Valg af dirigent', 'I. Valg af dirigent'],
      [2, 'Beretning', 'II. Beretning'],
      [3, 'Regnskab', 'III. Regnskab'],
      [4, 'Eventuelt', 'IV. Eventuelt'],
    ]);
  });

  it('a first number that OCR read as a letter (`l.`) before `2.` is item 1', () => {
    const doc = parseText(['Referat af generalforsamling 3. marts 2020', '', 'l. Valg af dirigent', 'Ole Berg blev valgt.', '', '2. Beretning', 'Godkendt.', '', '3. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Beretning'],
      [3, 'Eventuelt'],
    ]);
  });
});

describe('the chair, in more records of an election', () => {
  const chair = (lines: string[]) => parseText(['Referat af generalforsamling 4. marts 2020', '', ...lines, '', '3. Eventuelt', 'Intet.'].join('\n')).meeting.chair;
  it.each([
    [['1. Valg af dirigent', 'Ib Holm foreslået, ingen andre foreslået. Ib Holm valgt.'], 'Ib Holm'],
    // The name before a comma or a semicolon: where the person is from, the next office, what the person then did.
    [['1. Valg af dirigent: Sune Vad, Vestby Fodslaw'], 'Sune Vad'],
    [['1. Valg af dirigent: Sune Vad; referent; Ib Holm.'], 'Sune Vad'],
    [['1. Valg af dirigent', 'Sune Vad, herunder gennemgang af vedtægterne.'], 'Sune Vad'],
    [['1. Valg af dirigent', 'Bestyrelsen foreslog Åse Mørk Dahl, der blev valgt.'], 'Åse Mørk Dahl'],
    [['1. Mødeleder og referent', 'Hans mødeleder og Jens referent.'], 'Hans'],
    [['1. Valg af dirigent: Som dirigent blev valgt Per Lotinga som konstaterede at alt var i orden.'], 'Per Lotinga'],
    [['1. Velkomst', 'Formanden bød velkommen og foreslog Ernst Holm til at lede generalforsamlingen.'], 'Ernst Holm'],
    // Who took it on, accepted, was elected without a `t`, instead of another, or whom all agreed on.
    [['1. Valg af dirigent', 'Karl Holm modtog valg som dirigent og konstaterede, at indkaldelsen var rettidig.'], 'Karl Holm'],
    [['1. Valg af dirigent: Eva Lund blev enstemmig valgt.'], 'Eva Lund'],
    [['1. Valg af dirigent', 'Bo Dal var ikke til stede. I stedet valgtes Aage Holm.'], 'Aage Holm'],
    [['1. Valg af dirigent', 'Her valgtes Eva Dal, der klarede opgaven fint.'], 'Eva Dal'],
    [['1. Velkomst', 'Formanden bød velkommen. Der var enighed om at vælge Svend Lund som dirigent'], 'Svend Lund'],
    [['1. Valg af dirigent og referent', 'Som referent valgtes Bo Dal.'], null],
  ])('%j', (lines, name) => expect(chair([...lines, '', '2. Beretning', 'Godkendt.'])).toBe(name));
});

describe('the body in the meeting\'s word', () => {
  it.each([
    ['Brugerrådsmøde 2019', 'Brugerrådet'],
    ['Hovedbestyrelsesmøde 4/16', 'Hovedbestyrelsen'],
    ['Bestyrelsesmøde 27', null],
    // A running number after the word, a capital inside it, a qualifier before it; a `styrelse` as well as a `bestyrelse`.
    ['Referat fra ekstraordinært UngeRådsmøde 3', 'UngeRådet'],
    ['Referat af kredsstyrelsesmøde den 4. maj 2031 kl. 9.00 – 12.00', 'Kredsstyrelsen'],
    ['Referat fra styrelsesmøde 4. maj 2031', null],
    ['Arbejdsgruppemøde 3. maj 2031', 'Arbejdsgruppen'],
    ['Referat, FU-møde, d. 5. december 2031', 'FU'],
    // A first part of two letters; the meeting's word alone after `Referat`, a date and a host after it.
    ['Referat Bystyremøde d. 4-05-31 hos Mogens', 'Bystyret'],
  ])('%s → %s', (title, body) => expect(parseText([title, '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting.body).toBe(body));
});

describe('untitled minutes', () => {
  it('are minutes when two items record what was decided', () => {
    const doc = parseText(['Bestyrelsen 4. maj 2021', '', '1. Regnskab: Regnskabet blev godkendt.', '', '2. Kontingent: Uændret, vedtaget.', '', '3. Eventuelt'].join('\n'));
    expect(doc.documentType).toBe('referat');
  });
  it('stay untyped when nothing says so', () => {
    expect(parseText(['Bestyrelsen 4. maj 2021', '', '1. Regnskab', '', '2. Kontingent', '', '3. Eventuelt'].join('\n')).documentType).toBeNull();
  });
});

describe('a run of headings over text of their own', () => {
  it('holds a weak heading in it (`6 Økonomi`, a block word alone)', () => {
    const lines = ['Referat af bestyrelsesmøde den 2. maj 2018', ''];
    const titles = ['Godkendelse af dagsorden', 'Meddelelser fra formanden', 'Driftsrapport', 'Økonomi', 'Vandværkshaven', 'Næste møde', 'Eventuelt'];
    titles.forEach((t, k) => lines.push(`${k + 1} ${t}`, 'Intet at bemærke.'));
    expect(parseText(lines.join('\n')).items.map((it) => it.title)).toEqual(titles);
  });
});

describe('a document that says neither minutes nor agenda', () => {
  it('reads the text under its headings as decisions when it says what was done', () => {
    const doc = parseText(['Bestyrelsen', '', '1. Regnskab', 'Regnskabet blev godkendt.', '', '2. Kontingent', 'Kontingentet blev vedtaget uændret.', '', '3. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.items.map((it) => it.decision)).toEqual(['Regnskabet blev godkendt.', 'Kontingentet blev vedtaget uændret.', 'Intet.']);
    expect(doc.documentType).toBe('referat');
  });
});

describe('a decision heading in a case system\'s words', () => {
  it('wrapped before its date, with a letter id and an access line under it: none of that is the decision', () => {
    const doc = parseText(['Referat', 'Børneudvalget', 'Mødedato: 3. marts 2022', '', '1. Skolestruktur', 'Sagsfremstilling', 'Der er tre skoler.', 'Beslutning i Børneudvalget den', '3. marts 2022', 'Brevid: 123456', 'Åbent', 'Indstillingen blev godkendt.'].join('\n'));
    const s = doc.items[0]!.sections.find((x) => x.kind === 'decision')!;
    expect([s.heading, s.text]).toEqual(['Beslutning i Børneudvalget den 3. marts 2022', 'Indstillingen blev godkendt.']);
  });
});

describe('an e-signature page after the minutes', () => {
  it('ends the last item, however long it is', () => {
    const sig = ['Dokumentet er underskrevet med Penneo', '', 'Ole Berg', 'Dirigent', 'Serienummer: 123', 'IP: 1.2.3.4', '2022-03-05 10:00:00 UTC', 'Kim Lund', 'Formand', 'Serienummer: 456', 'IP: 1.2.3.5', '2022-03-05 11:00:00 UTC', 'Penneo dokumentnøgle: ABCD'];
    const doc = parseText(['Referat af generalforsamling 3. marts 2022', '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.', '', ...sig].join('\n'));
    expect(doc.items[1]!.decision).toBe('Intet.');
  });
});

describe('a report appended after the minutes, under the meeting\'s head again', () => {
  it('`HOLMBY ROKLUB` / `GENERALFORSAMLING 4. MARTS 2031.` / `Bestyrelsens beretning …`: the head ends the last item; another day\'s meeting does not', () => {
    const minutes = ['Referat af generalforsamling tirsdag den 4. marts kl. 19', '', '1. Regnskab', 'Godkendt.', '', '2. Valg af revisor', 'Bo Dal blev genvalgt.', ''];
    const appended = ['HOLMBY ROKLUB', '', 'GENERALFORSAMLING 4. MARTS 2031.', '', 'Bestyrelsens beretning for året 2030.', '', 'Året bød på mange ture.'];
    expect(parseText([...minutes, ...appended].join('\n')).items[1]!.decision).toBe('Bo Dal blev genvalgt.');
    const later = ['Bestyrelsesmøde 9. april 2031', '', 'Bestyrelsen mødes hos Eva.'];
    expect(parseText([...minutes, ...later].join('\n')).items[1]!.decision).toContain('Bestyrelsesmøde 9. april 2031');
  });
});

describe('attendance one a line', () => {
  it('apologies with their reasons are absent, a guest for one item is a guest', () => {
    const doc = parseText(['Referat', 'Børneudvalget', 'Mødedato: 3. marts 2022', '', 'Afbud:', 'Per Hansen - på ferie', 'Lise Dam (syg)', 'Gæst: Ole Berg (deltog under punkt 2)', '', '1. Regnskab', 'Beslutning', 'Godkendt.'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Per Hansen', 'absent'],
      ['Lise Dam', 'absent'],
      ['Ole Berg', 'guest'],
    ]);
  });
});

describe('the meeting time from a line that dates the meeting', () => {
  it.each([
    [['Referat bestyrelsesmøde 7.2.2018', '', 'HVORNÅR: d.7-2-18 kl. 19.30-21.30'], '19:30', '21:30'],
    [['Indkaldelse til generalforsamling 19. marts 2011', '', 'Vi starter kl 13, men kom gerne før.'], '13:00', null],
    [['Referat bestyrelsesmøde 18. august 2016', '', 'Jens Holm', '27. august 2016 kl. 05:39'], null, null],
  ])('%j', (head, start, end) => {
    const m = parseText([...head, '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting;
    expect([m.startTime, m.endTime]).toEqual([start, end]);
  });
});

describe('the body named in a title', () => {
  it.each([
    [['Referat ordinær Generalforsamling Holte Tennis Klub 09-06-2020'], 'Holte Tennis Klub'],
    [['Referat Gruppemøde 2020', '', 'Protokol fra generalforsamling i Spejdergruppen Ravn den 24. februar 2020'], 'Spejdergruppen Ravn'],
    [['HolteKoret', '', 'Generalforsamling 4. maj 2023'], 'HolteKoret'],
    // A board known by its letters, meeting in a town: the board, not the town.
    [['Kort referat fra FU-møde i Vejle den 2. april 2019'], 'FU'],
    // A news post from a board: the board.
    [['Nyt fra skolebestyrelsen', 'Cykelskuret er bestilt.'], 'skolebestyrelsen'],
    // Letters and the meeting's word apart (`FU møde`); the body before a colon and its meeting (`ÆLDRERÅDET: Møde nr. 3`).
    [['Referat af FU møde 2. april 2031'], 'FU'],
    [['REFERAT SENIORRÅDET: Møde nr. 03-2031', '', 'Torsdag den 6. marts 2031 kl. 10'], 'SENIORRÅDET'],
    // The meeting's word run into the weekday.
    [['BrugerrådsmødeTirsdag den 4. marts 2031, kl 19-21'], 'Brugerrådet'],
    // A line of meeting words only, a breadcrumb: no body.
    [['Generalforsamling / Generalforsamling 2031', '', 'Referat af generalforsamlingen 3. marts 2031'], null],
    [['Du er her: ForsideBestyrelsen', '', 'Referat af bestyrelsesmøde 3. marts 2031'], null],
    // An agenda's lettered entries above the items name no body.
    [['Referat Generalforsamling 2018', '', 'Generalforsamlingen havde denne dagsorden', '', 'A. Velkomst ved formanden', 'B. Valg af stemmetællere', '', 'Dagsorden:'], null],
    // A body in small letters, with where it is; a group's name in small letters before the date.
    [['Referat af generalforsamling i vejlauget for Birkevang Syd'], 'vejlauget for Birkevang Syd'],
    [['Referat fra møde i arbejdsgruppen den 3. 04. 2031'], 'arbejdsgruppen'],
    // `bestyrelsen` alone, in small letters, names no body of its own.
    [['Referater fra bestyrelsen', 'Referat af bestyrelsesmøde', 'Mandag d. 3. marts 2031 kl. 10.00'], null],
    // The body, a comma, then the title.
    [['Holmby Motorklub, referat af generalforsamlingen den 5. marts 2031 kl. 19'], 'Holmby Motorklub'],
    [['HMK, referat fra repræsentantskabsmøde, onsdag den 05.03.2031'], 'HMK'],
    // A portal's page of a body's minutes for a year; a name over a line that tells what it is.
    [['Referater af møder i Handicaprådet i 2031', '27. oktober - Møde i Handicaprådet'], 'Handicaprådet'],
    [['MOTORKLUB 2000', 'en motorcykelklub for hospitalets ansatte', 'Skovvej 2, 8240 Risskov'], 'MOTORKLUB 2000'],
    // A sentence that tells whose meeting was held or called, the place or the day after the name.
    [['År 2031, den 5. juli kl. 14.00, afholdtes ordinær generalforsamling i Vejlauget for Birkevang på Kroen i Holmby'], 'Vejlauget for Birkevang'],
    [['Der var indkaldt til møde i Holmby Sogns menighedsråd Onsdag, den 5. marts 2031 kl. 19.00.'], 'Holmby Sogns menighedsråd'],
  ])('%j → %s', (head, body) => expect(parseText([...head, '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).meeting.body).toBe(body));
});

describe('results on the heading line of a general meeting', () => {
  it('a dash before the one elected (the surname in lower case), a vote count after the title\'s full stop, and `nr. 12:` kept in the title', () => {
    const doc = parseText(
      [
        'Afdelingsmøde 2024',
        '',
        'Punkt 1: valg af dirigent – Ulla mørk',
        'Punkt 2: godkendelse af referat nr. 12: godkendt',
        'Punkt 3: forslag om nye cykelstativer. 12 for, 4 imod. Forslaget vedtaget.',
        'Punkt 4: eventuelt',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.decision, it.outcome])).toEqual([
      [1, 'valg af dirigent', 'Ulla mørk', 'approved'],
      [2, 'godkendelse af referat nr. 12', 'godkendt', 'approved'],
      [3, 'forslag om nye cykelstativer', '12 for, 4 imod. Forslaget vedtaget.', 'approved'],
      [4, 'eventuelt', null, null],
    ]);
  });
});

describe('what a heading records by itself', () => {
  it('`Ingen indkomne forslag` records that nothing came; `Næste møde` with its date gives the date as the text; a line in capitals is emphasis, not a heading', () => {
    const doc = parseText(
      [
        'Referat af bestyrelsesmøde',
        '',
        '1) Meddelelser',
        '',
        'Intet fra festudvalget,',
        '',
        'Husk at cykler skal stå i stativerne.',
        '',
        'CYKLER PÅ FORTOVET FJERNES',
        '',
        '2) Ingen indkomne forslag',
        '',
        '3) Næste møde onsdag den 4. juni kl. 19.00.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.decision?.split('\n')[0] ?? null, it.outcome])).toEqual([
      [1, 'Meddelelser', expect.stringMatching(/^Intet fra festudvalget, Husk/), expect.anything()],
      [2, 'Ingen indkomne forslag', 'Ingen indkomne forslag', 'none'],
      [3, 'Næste møde', 'onsdag den 4. juni kl. 19.00.', null],
    ]);
  });
});

describe('the chair proposed in a paragraph that has no title of its own', () => {
  it('reads the proposal across the place where the title was split from the text', () => {
    const doc = parseText(
      [
        'Referat fra den ordinære generalforsamling den 12. marts 2024',
        '',
        'Punkt 1: Formand Lone Berg bød velkommen og foreslog Kaj Riis til at lede generalforsamlingen. Der var ingen indvendinger, og Kaj takkede for valget.',
        '',
        'Punkt 2: Formanden aflagde beretning om årets arbejde i foreningen. Beretningen blev godkendt.',
        '',
        'Punkt 3: Kassereren fremlagde regnskabet, som blev godkendt uden bemærkninger.',
      ].join('\n'),
    );
    expect(doc.meeting.chair).toBe('Kaj Riis');
  });
});

describe('a list of attachments under what was decided', () => {
  it('leaves the text above it the decision', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 2. april 2025', '', '1. Budget 2026', 'Budgettet blev godkendt.', 'Bilag', 'Bilag 1: Budget 2026', 'Bilag 2: Noter til budgettet'].join('\n'));
    expect(doc.items[0]!.decision).toBe('Budgettet blev godkendt.');
    expect(doc.items[0]!.attachments.map((a) => a.label)).toEqual(['Bilag 1', 'Bilag 2']);
  });
});

describe('a table of items read row by row, each cell on a line of its own', () => {
  it('a short title over a line that is only a kind of item starts an item, numbered in order', () => {
    const doc = parseText(
      [
        'Referat bestyrelsesmøde 4.3.2024',
        '',
        'Deltagere: Ane, Bo, Cille',
        '',
        'Punkter',
        '',
        'Formål',
        '',
        'Referat',
        '',
        'Nøgler til salen',
        '',
        'orientering',
        '',
        'Der er kommet fire nøgler tilbage.',
        '',
        'Lejepriser',
        '',
        'diskussion og beslutning',
        '',
        'Prisen hæves til 300 kr. fra maj.',
        '',
        'Sommerfest',
        '',
        'beslutning',
        '',
        'Festen holdes den 15. juni.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Nøgler til salen'],
      [2, 'Lejepriser'],
      [3, 'Sommerfest'],
    ]);
    expect(doc.items[1]!.decision).toMatch(/^Prisen hæves til 300 kr\./);
  });

  it('a kind written the English way (`orientation`) is a kind; the usual last item without a kind cell ends the table', () => {
    const doc = parseText(
      ['Referat bestyrelsesmøde 9.5.2031', '', 'Punkter', '', 'Formål', '', 'Referat', '', 'Haven', '', 'orientering', '', 'Hækken er klippet.', '', 'Naboerne', '', 'orientation', '', 'Vi har skrevet til dem.', '', 'Loppemarked', '', 'beslutning', '', 'Det holdes i august.', '', 'Eventuel', '', 'Intet at bemærke.'].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Haven', 'Hækken er klippet.'],
      [2, 'Naboerne', 'Vi har skrevet til dem.'],
      [3, 'Loppemarked', 'Det holdes i august.'],
      [4, 'Eventuel', 'Intet at bemærke.'],
    ]);
  });
});

describe('a transcript with one item a page', () => {
  it('drops the page number before a short page and starts a line at the case system\'s labels', () => {
    const front =
      '1 Referat fra Teknisk Udvalg Mødedato: Tirsdag den 4. marts 2025 Mødetidspunkt: 15:00-17:00 Mødested: Rådhuset, mødelokale 2 Deltagere: Anne Holm (A), Bo Lund (V), Carl Mikkelsen (C), Dorte Friis (F), Erik Vang (Ø) Afbud:';
    const toc = '2 Indholdsfortegnelse Side 1. Godkendelse af dagsorden Vejbelysning på Skolevej Cykelsti langs Åvej Bilagsliste Underskriftsblad Side 1';
    const doc = parseText(
      [
        front,
        '',
        toc,
        '',
        '3 1. Godkendelse af dagsorden Dok.nr.: 1201 Sagsid.: 25/10 Initialer: abc Åben sag Godkendt. Side 2',
        '',
        '4 2. Vejbelysning på Skolevej Dok.nr.: 1202 Sagsid.: 25/11 Initialer: abc Åben sag Lamperne udskiftes i foråret. Side 3',
        '',
        '5 3. Cykelsti langs Åvej Dok.nr.: 1203 Sagsid.: 25/12 Initialer: abc Åben sag Projektet sendes i høring. Side 4',
      ].join('\n'),
    );
    expect(doc.meeting.date).toBe('2025-03-04');
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Vejbelysning på Skolevej'],
      [3, 'Cykelsti langs Åvej'],
    ]);
  });
});

describe('the first item in another style', () => {
  it('a first heading weighed down by a label in its title still heads item 1 before `2 …`', () => {
    const text = [
      'Referat af bestyrelsesmøde den 3. marts 2021',
      '',
      '1. Referat: fra forrige møde godkendt',
      '',
      '2 Nyt fra skolen',
      'Der er kommet tre nye elever.',
      '',
      '3 Økonomi',
      'Budgettet holder.',
      '',
      '4 Eventuelt',
      'Intet.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Referat: fra forrige møde godkendt'],
      [2, 'Nyt fra skolen'],
      [3, 'Økonomi'],
      [4, 'Eventuelt'],
    ]);
  });

  it('an agenda list before the items does not lend its entries to the chain', () => {
    const text = ['Referat af bestyrelsesmøde den 3. marts 2021', '', 'Dagsorden:', '1. Kassen', '2. Haven', '3. Eventuelt', '', '2 Haven', 'Hækken klippes i maj.', '', '3 Eventuelt', 'Intet.'].join('\n');
    const titles = parseText(text).items.map((it) => it.title);
    expect(titles.filter((t) => t === 'Haven')).toHaveLength(1);
  });
});

describe('titles and what follows them', () => {
  it('a sub-point under a title ending in `om` is not more title', () => {
    const text = ['Referat af generalforsamling 4. april 2020', '', '1. Valg af dirigent', 'Ole Berg blev valgt.', '', '2. Forslag fra bestyrelsen om', '', 'a. Nye regler for parkering', 'Forslaget blev vedtaget.', '', '3. Eventuelt', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Valg af dirigent', 'Forslag fra bestyrelsen om', 'Eventuelt']);
  });

  it('a title and a colon, then a phrase that introduces a list, splits after the title', () => {
    const text = ['Referat af bestyrelsesmøde 4. april 2020', '', '1 Økonomi', 'Kassen er fin.', '', '2 Valg: Disse er på valg:', 'Bo Holm', 'Eva Lund', '', '3 Eventuelt:', 'Ingenting til eventuelt.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.title)).toEqual(['Økonomi', 'Valg', 'Eventuelt']);
    expect(doc.items[1]!.decision).toMatch(/^Disse er på valg:/);
    expect(doc.items[2]!.outcome).toBe('none');
  });

  it('a one-word title with sentences after it on its line', () => {
    const text = ['Referat af bestyrelsesmøde 4. april 2020', '', '- Punkt 1. Haven. Hækken klippes i maj af en gartner.', '- Punkt 2. Diverse Formanden minder om, at klager sendes skriftligt til kontoret.'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision])).toEqual([
      ['Haven', 'Hækken klippes i maj af en gartner.'],
      ['Diverse', 'Formanden minder om, at klager sendes skriftligt til kontoret.'],
    ]);
  });
});

describe('every heading numbered 1', () => {
  it('a sentence-like `1.` a paragraph apart, among strong ones, is an item too', () => {
    const text = [
      'Referat af bestyrelsesmøde 2. marts 2021',
      '',
      ' 1. Godkendelse af dagsorden.',
      '',
      'Dagsordenen blev godkendt.',
      '',
      ' 1. Økonomi og medlemmer',
      '',
      'Kassen er god.',
      '',
      ' 1. Vi har søgt kommunen om tilskud til nyt tag.',
      '',
      'Svaret kommer i maj.',
      '',
      ' 1. Arrangementer',
      '',
      'Sommerfesten holdes i juni.',
      '',
      ' 1. Eventuelt',
      '',
      'Intet.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden.'],
      [2, 'Økonomi og medlemmer'],
      [3, 'Vi har søgt kommunen om tilskud til nyt tag.'],
      [4, 'Arrangementer'],
      [5, 'Eventuelt'],
    ]);
  });
});

describe('an agenda, then its entries recorded one a line', () => {
  it('a recorded line that opens with the title and goes on with a verb keeps the agenda\'s title', () => {
    const text = ['Bestyrelsesmøde 4. maj 2019', '', 'Dagsorden:', '  1. Regnskab', '  2. Haven', '  3. Næste møde', '', 'Referat:', '  1. Regnskabet blev godkendt.', '  2. Hækken klippes i juni.', '  3. Næste møde bliver i august hos Lis'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision])).toEqual([
      ['Regnskab', 'Regnskabet blev godkendt.'],
      ['Haven', 'Hækken klippes i juni.'],
      ['Næste møde', 'Næste møde bliver i august hos Lis'],
    ]);
  });
});

describe('the next meeting on the heading', () => {
  it('`Ny mødedato:` and the date after it: the title, then when', () => {
    const text = ['Referat fra bestyrelsesmøde 9. marts 2021', '', '1. Regnskab: godkendt.', '', '2. Haven: hækken klippes.', '', '3. Ny mødedato: 4. maj 2021 kl. 19.00 hos Lis'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision])).toEqual([
      ['Regnskab', 'godkendt.'],
      ['Haven', 'hækken klippes.'],
      ['Ny mødedato', '4. maj 2021 kl. 19.00 hos Lis'],
    ]);
  });
});

describe('a full stop with no space after the title', () => {
  it('ends the title; what follows is the item\'s text', () => {
    const text = ['Referat af bestyrelsesmøde 4. maj 2019', '', ' 1. Velkomst', '  Formanden bød velkommen.', '', ' 2. Kassen.Bo Lund oplyste,', '  at der er 400 kr. i kassen.', '', ' 3. Eventuelt', '  Intet.'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision])).toEqual([
      ['Velkomst', 'Formanden bød velkommen.'],
      ['Kassen', 'Bo Lund oplyste, at der er 400 kr. i kassen.'],
      ['Eventuelt', 'Intet.'],
    ]);
  });
});

describe('a digit lost in the numbering', () => {
  it('an entry before a skipped number that holds two titles gives the lost item', () => {
    const text = ['Referat af bestyrelsesmøde 2. marts 2021', '', 'Dagsorden:', '1. Godkendelse af dagsorden', '2. Regnskab Budget for næste år', '3. Status på haven', '4. Eventuelt'].join('\n');
    const lost = ['Referat af bestyrelsesmøde 2. marts 2021', '', 'Dagsorden:', '1. Godkendelse af dagsorden', '2. Regnskab Budget for næste år', '4. Status på haven', '5. Eventuelt'].join('\n');
    // Nothing skipped: the line is one title.
    expect(parseText(text).items.map((it) => it.title)).toContain('Regnskab Budget for næste år');
    const doc = parseText(lost);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Regnskab'],
      [3, 'Budget for næste år'],
      [4, 'Status på haven'],
      [5, 'Eventuelt'],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).toContain('numbering-restored');
  });

  it('never splits after a word a title cannot end on', () => {
    const lost = ['Referat af bestyrelsesmøde 2. marts 2021', '', 'Dagsorden:', '1. Godkendelse af dagsorden', '2. Status på Vestervej', '4. Eventuelt'].join('\n');
    expect(parseText(lost).items.map((it) => it.title)).toContain('Status på Vestervej');
  });
});

describe('short titles ended by a full stop, each a paragraph of its own', () => {
  it('are the items, also where one stands right under the text before it', () => {
    const text = [
      'Referat af mødet 3. marts 2021',
      '',
      'Vedtægter.',
      '',
      'De blev gennemgået og sendes til årsmødet.',
      'Stier.',
      '',
      'Kommunen rydder stien langs åen i april.',
      '',
      'Fremtiden.',
      '',
      'Vi vil samarbejde mere med nabobyen.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision])).toEqual([
      ['Vedtægter', 'De blev gennemgået og sendes til årsmødet.'],
      ['Stier', 'Kommunen rydder stien langs åen i april.'],
      ['Fremtiden', 'Vi vil samarbejde mere med nabobyen.'],
    ]);
  });
});

describe('a document that says neither minutes nor agenda', () => {
  it('is minutes when most items record what was said on their heading\'s line, and every item\'s text is then its record', () => {
    const text = [
      'Bestyrelsesmøde 12',
      '',
      '1. Sommerfest. Festen holdes den 20. juni, og Lis står for maden.',
      '',
      '2. Haven. Hækken klippes i maj af en gartner fra byen.',
      '',
      '3. Vaskeriet. Der er købt en ny maskine til kælderen.',
      '',
      '4. Diverse',
      'Husk at klager sendes til kontoret.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.documentType).toBe('referat');
    expect(doc.items[3]!.decision).toBe('Husk at klager sendes til kontoret.');
  });
});

describe('every item one line, title and result run together', () => {
  it('reads the one elected after an election title, a resolution in small letters, and a list under a bare number', () => {
    const text = [
      'Punkt 1: valg af dirigent – Ole Berg',
      'Punkt 2: valg af referent Eva Lund',
      'Punkt 3: valg af stemmetællere Bo Berg og Lis Dal valgt',
      'Punkt 4: regnskabet godkendt ved håndsoprækning.',
      'Punkt 5: forslag om nye åbningstider. 5 for, 2 imod. Forslaget vedtaget.',
      'Punkt 6:',
      '- Lamperne i gården skiftes i foråret.',
      '- Cykelkælderen ryddes i juni.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.decision, it.outcome])).toEqual([
      [1, 'Ole Berg', 'approved'],
      [2, 'Eva Lund', 'approved'],
      [3, 'Bo Berg og Lis Dal valgt', 'approved'],
      [4, 'regnskabet godkendt ved håndsoprækning.', 'approved'],
      [5, '5 for, 2 imod. Forslaget vedtaget.', 'approved'],
      [6, '- Lamperne i gården skiftes i foråret.\n- Cykelkælderen ryddes i juni.', null],
    ]);
    expect(doc.items[1]!.title).toBe('valg af referent');
    expect(doc.documentType).toBe('referat');
  });
});

describe('a table of contents whose first numbers were lost', () => {
  const toc = (first: number) =>
    [
      'Dagsorden til mødet i Teknisk Udvalg 4. marts 2025',
      '',
      'Åben dagsorden',
      '',
      'Vejbelysning på Skolevej',
      '',
      'Lokalplan 12 for et område mellem Åvej og',
      'Skovvej – endelig vedtagelse',
      '',
      'Cykelsti langs stranden',
      '',
      String(first),
      '',
      'Salg af grund',
      '',
      String(first + 1),
      '',
      'Meddelelser',
    ].join('\n');

  it('numbers the paragraphs before the first kept number when they are exactly that many', () => {
    const doc = parseText(toc(4));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Vejbelysning på Skolevej'],
      [2, 'Lokalplan 12 for et område mellem Åvej og Skovvej – endelig vedtagelse'],
      [3, 'Cykelsti langs stranden'],
      [4, 'Salg af grund'],
      [5, 'Meddelelser'],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === 'numbering-restored')).toHaveLength(3);
  });

  it('leaves them alone when their count does not fit', () => {
    const doc = parseText(toc(6));
    expect(doc.items.map((it) => it.number)).toEqual([6, 7]);
  });

  const lineByLine = (first: number) =>
    [
      'Referat fra generalforsamlingen i Holmby Kajakklub 4. maj 2031',
      '',
      'Dagsorden',
      'Valg af dirigent.',
      'Bestyrelsens beretning om det forløbne år.',
      'Fastsættelse af kontingent.',
      'a: Bestyrelsen foreslår uændret kontingent.',
      'b: Pris for leje af kajak.',
      'Valg til bestyrelsen.',
      'a: Valg af kasserer. Eva Holm modtager genvalg.',
      'Bestyrelsen foreslår Ib Lund.',
      `${first}. Valg af revisor`,
      `${first + 1}. Eventuelt`,
    ].join('\n');

  it('numbers an agenda printed a line each, its points and the notes after them aside, when its entries are exactly that many', () => {
    expect(parseText(lineByLine(5)).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent.'],
      [2, 'Bestyrelsens beretning om det forløbne år.'],
      [3, 'Fastsættelse af kontingent.'],
      [4, 'Valg til bestyrelsen.'],
      [5, 'Valg af revisor'],
      [6, 'Eventuelt'],
    ]);
    expect(parseText(lineByLine(6)).items.map((it) => it.number)).toEqual([6, 7]);
  });
});

describe('an agenda list run together with what follows it', () => {
  it('cuts where the next text opens with a number the list has', () => {
    const text = ['Byrådet 29. juni 2016', '', 'PUNKTER', '', '14. Godkendelse af dagsorden', '15. Salg af grund', '16. Budgetrevision og handlingsplaner14. Godkendelse af dagsorden', '', 'Godkendelse af dagsorden', '', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [14, 'Godkendelse af dagsorden'],
      [15, 'Salg af grund'],
      [16, 'Budgetrevision og handlingsplaner'],
    ]);
  });
});

describe('a label and a colon on the heading', () => {
  it('an attendance label is the title, in an agenda too', () => {
    const text = ['Dagsorden til møde den 15. maj 2024', '', '1. Fraværende: Bo Holm', '', '2. Regnskab', 'Bilag 1.', '', '3. Eventuelt'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Fraværende', 'Regnskab', 'Eventuelt']);
  });

  it('a short title, then a sentence of what was done, over more text', () => {
    const text = ['Referat af generalforsamling 3. marts 2021', '', '1. Valg af dirigent', 'Ole Berg blev valgt.', '', '2. Formandens beretning: Eva Lund fremlagde beretningen.', 'Antennen er skiftet, og alle kanaler virker.', '', '3. Eventuelt', 'Intet.'].join('\n');
    const doc = parseText(text);
    expect(doc.items[1]!.title).toBe('Formandens beretning');
    expect(doc.items[1]!.decision).toMatch(/^Eva Lund fremlagde beretningen\./);
  });
});

describe('an agenda before minutes cut short', () => {
  it('lends its later entries, though an entry has lines under it and the minutes retitle one item', () => {
    const text = [
      'Referat fra bestyrelsesmøde 6. maj 2019',
      '',
      'Dagsorden:',
      '1. Konstituering.',
      '2. Referat fra sidst.',
      '3. Nyt fra formanden.',
      'Formanden har et punkt om festen',
      'og et om haven',
      '4. Kassereren.',
      '5. Udvalgene.',
      '6. Eventuelt.',
      '',
      '1. Bestyrelsen konstituerede sig.',
      'Bo er formand.',
      '',
      '2. Referat fra sidst.',
      'Godkendt.',
      '',
      '3. Nyt fra formanden.',
      'Festen holdes i juni.',
      '',
      '4. Kassereren.',
      'Kassen er god.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Konstituering.'],
      [2, 'Referat fra sidst.'],
      [3, 'Nyt fra formanden.'],
      [4, 'Kassereren.'],
      [5, 'Udvalgene.'],
      [6, 'Eventuelt.'],
    ]);
  });
});

describe("items headed by a committee's case id", () => {
  it('in a transcript that ran each page together: the id starts the item, `Beslutning:` its decision', () => {
    const page =
      '2 Følgende sager blev behandlet TU-12/21-O Vejbelysning i 2021 Lamperne på Skolevej er slidte og skal skiftes inden vinteren, og udvalget har fået et tilbud fra to firmaer på arbejdet. Beslutning: Taget til efterretning. Side 2 TU-13/21-B Cykelsti langs åen - 2. etape Stien forlænges til havnen, og der er afsat penge i budgettet til både belægning og belysning langs hele strækningen. Beslutning: Godkendt.';
    const doc = parseText(['1 Beslutninger fra mødet i Teknisk Udvalg 4. marts 2021 kl. 15.00 Mødelokale 2 på rådhuset, hvor alle medlemmer var mødt frem til tiden og mødet kunne begynde som planlagt', '', page].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [12, 'Vejbelysning i 2021', 'Taget til efterretning.'],
      [13, 'Cykelsti langs åen - 2. etape', 'Godkendt.'],
    ]);
  });
});

describe('an office or an attendance label and a name, no mark between', () => {
  it('the name is what the item records; an apology counts as absence', () => {
    const text = ['Bestyrelsesmøde 20. juni 2022', '', '(Fremmødte Mona, Helge, Marie)', '', '1). Referent Lene Holm', '', '2). Afbud Jeanette', '', '3). Godkendelse af referat... Godkendt', '', '4). Sommerfesten. Der var for mange løse ender, og vi laver en liste næste gang.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.slice(0, 2).map((it) => [it.title, it.decision])).toEqual([
      ['Referent', 'Lene Holm'],
      ['Afbud', 'Jeanette'],
    ]);
    expect(doc.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Jeanette']);
  });

  it('an election whose record lists the elected under a label is approved', () => {
    const text = ['Referat fra mødet 18. september 2006', '', '1. Valg af formand og kasserer', 'Valg:', 'Formand Mogens Holm', 'Kasserer Jan Friis', '', '2. Eventuelt', 'Intet.'].join('\n');
    expect(parseText(text).items[0]!.outcome).toBe('approved');
  });
});

describe('an item put as a question', () => {
  it('answered yes is approved, answered no rejected; a statement answered yes is not', () => {
    const text = ['# Referat: 8. oktober 2022', '', '- Bør vi flytte møderne til tirsdag?', '  Ja, fra november.', '- Skal klubben have en ny hjemmeside.', '  Nej, den gamle er god nok.', '- Hjemmesiden', '  Ja, Lui ser på den.'].join('\n');
    expect(parseText(text).items.map((it) => it.outcome)).toEqual(['approved', 'rejected', null]);
  });
});

describe('a portal that prints the resolution above the case', () => {
  it('a short first paragraph saying what was done is the decision when no block says so', () => {
    const text = ['Referat af kommunalbestyrelsens møde 2. maj 2022', '', 'Pkt. 12 Forslag om sang før møderne', '', 'Sagsfremstilling', '', 'Forslaget blev oversendt til Magistraten.', '', 'Medlemmerne foreslår, at der synges en sang før hvert møde.', '', 'Pkt. 13 Valg til bestyrelsen', '', 'Sagsfremstilling', '', 'Der skal vælges et nyt medlem.', '', 'Beslutning', '', 'Bo Holm blev valgt.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.decision, it.outcome])).toEqual([
      ['Forslaget blev oversendt til Magistraten.', 'referred'],
      ['Bo Holm blev valgt.', 'approved'],
    ]);
  });
});

describe('a case system page run together, its block headings without colons', () => {
  it('keeps the introduction out of the decision and the id lines out of the text', () => {
    const front = '1 Referat fra Teknisk Udvalg Mødedato: Tirsdag den 4. marts 2025 Mødetidspunkt: 15:00-17:00 Mødested: Rådhuset, mødelokale 2 Deltagere: Anne Holm (A), Bo Lund (V), Carl Mikkelsen (C)';
    const page2 =
      '2 1. Vejbelysning på Skolevej Dok.nr.: 1202 Sagsid.: 25/11 Initialer: abc Åben sag Indledning Lamperne på Skolevej er fra 1970 og bruger meget strøm, og flere af dem er gået i stykker i løbet af vinteren. Sagsfremstilling Forvaltningen har indhentet to tilbud på nye lamper med lysdioder, som kan sættes op i foråret. Beslutning Teknisk Udvalg den 4. marts 2025 Godkendt.';
    const doc = parseText([front, '', page2].join('\n'));
    const item = doc.items[0]!;
    expect([item.number, item.title, item.caseNumber]).toEqual([1, 'Vejbelysning på Skolevej', '1202']);
    expect(item.sections.map((s) => s.kind)).toEqual(['background', 'background', 'decision']);
    expect(item.decision).toBe('Godkendt.');
  });
});

describe('a numbered list of people inside an item', () => {
  it('is who took part, not items', () => {
    const text = ['Referat af Økonomiudvalgets møde 31. marts 2020', '', '1. Godkendelse af dagsorden', '', 'Deltagerne var:', '', '1. Borgmester Anne Holm (A)', '', '2. Bo Lund (V)', '', '3. Carl Berg (Ø)', '', 'Dagsordenen blev godkendt.', '', '2. Budget', '', 'Beslutning', '', 'Godkendt.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Godkendelse af dagsorden', 'Budget']);
  });
});

describe('items lettered after `pkt.`, bulleted', () => {
  it('`• pkt. A – valg af dirigent:` and its points under it', () => {
    const text = ['Referat af generalforsamlingen 27. januar 2015', '', ' • pkt. A – valg af dirigent:', '  • Lars Holm blev valgt til dirigent.', ' • pkt. B – valg af stemmetællere:', '  • Eva Lund og Bo Berg blev udpeget som stemmetællere.', ' • pkt. C – indkomne forslag:', '  • Forslaget blev forkastet.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.outcome])).toEqual([
      [1, 'approved'],
      [2, 'approved'],
      [3, 'rejected'],
    ]);
    expect(doc.items[0]!.title).toMatch(/^valg af dirigent/);
  });
});

describe('an agenda, then the minutes numbered again, each title running into its record', () => {
  it('the second run is the items; the agenda lends the rest, its notes kept out of the titles', () => {
    const text =
      'Generalforsamling 6. maj 2015 kl. 18.00 på Hotellet Dagsorden: 1. Valg af dirigent 2. Beretning 3. Regnskab 4. Valg af bestyrelsesmedlemmer og suppleanter På valg er Bo Holm (modtager genvalg) og Eva Lund (modtager genvalg) 5. Eventuelt 1. Valg af dirigent Formanden bød velkommen, og Per Berg blev valgt som dirigent. 2. Beretning Formanden aflagde beretningen, som blev godkendt.';
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title, it.decision !== null])).toEqual([
      [1, 'Valg af dirigent', true],
      [2, 'Beretning', true],
      [3, 'Regnskab', false],
      [4, 'Valg af bestyrelsesmedlemmer og suppleanter', false],
      [5, 'Eventuelt', false],
    ]);
  });
});

describe('unnumbered items as bulleted titles with a colon', () => {
  it('outrank the labels under them', () => {
    const text = ['Bestyrelsesmøde 20. oktober 2020', '', 'Referat', '', '· Nyt fra formanden:', '', '- Kulturnatten holdes i september.', '', '· Nyt fra kassereren:', '', '- Overskud i år.', '', '· Nyt fra afdelingerne:', '', 'Håndbold:', '', '- Færre kampe i år.', '', 'Gymnastik:', '', '- Nye redskaber er købt.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Nyt fra formanden', 'Nyt fra kassereren', 'Nyt fra afdelingerne']);
  });
});

describe('`ad 1.` alone, with no agenda to refer to', () => {
  it('takes the line under it as its title', () => {
    const text = ['Bestyrelsesmøde 7. februar 2023', '', 'Dagsorden:', '', 'ad 1.', '', 'Valg af ordstyrer', '', 'Lis blev valgt.', '', 'ad 2. Indkommet post', '', 'Et brev fra kommunen.', '', 'ad 3. Regnskab', '', 'Regnskabet blev godkendt.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af ordstyrer', 'Lis blev valgt.'],
      [2, 'Indkommet post', 'Et brev fra kommunen.'],
      [3, 'Regnskab', 'Regnskabet blev godkendt.'],
    ]);
  });
});

describe('`Ad N:` sections run together with the agenda before them', () => {
  it('start lines, so the sections are the items', () => {
    const text =
      'Hovedbestyrelsen Referat af ordinært hovedbestyrelsesmøde 17. september 2014 DAGSORDEN: 1. Mødet åbnes. 2. Økonomi. 3. Meddelelser. Ad 1: Mødet åbnes. Formanden bød velkommen, og referatet blev godkendt. Ad 2: Økonomi. Kassereren gennemgik regnskabet, som blev taget til efterretning. Ad 3: Meddelelser. Der var ingen meddelelser.';
    const doc = parseText(text);
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3]);
    expect(doc.items[1]!.decision).toMatch(/^Kassereren gennemgik regnskabet/);
  });
});

describe('a transcript whose agenda runs onto a short page', () => {
  it('goes on numbering there, and the agenda\'s part labels are no item\'s text', () => {
    const page1 =
      '1 Referat af bestyrelsesmøde den 27. februar 2014 i Forsyningen Dato: 27. februar 2014 Sted: Renseanlægget 1. Godkendelse af dagsorden 2. Formanden orienterer Punkter til beslutning: 3. Forretningsorden for selskabet 4. Ansøgning om lånegaranti Punkter til orientering: Drift 5. Kontrol af vandkvalitet';
    const page2 = '2 Regulering, rammevilkår og økonomi 6. Status for årsregnskab 2013 7. Prislofter for vand og spildevand';
    const doc = parseText([page1, '', page2].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Formanden orienterer'],
      [3, 'Forretningsorden for selskabet'],
      [4, 'Ansøgning om lånegaranti'],
      [5, 'Kontrol af vandkvalitet'],
      [6, 'Status for årsregnskab 2013'],
      [7, 'Prislofter for vand og spildevand'],
    ]);
    expect(doc.items[3]!.decision).toBeNull();
  });
});

describe('presenters in brackets after several titles', () => {
  it('are presenters, though one of them is not listed as present', () => {
    const text = ['Bestyrelsesmøde 3. oktober 2013', '', 'Til stede: Anna, Lise og Bo', '', '1. Økonomi (Bo)', 'Kassen er god.', '', '2. Kurser (Jette)', 'Lise tager på kursus.', '', '3. Fonde (Lise)', 'Vi har søgt to fonde.'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.presenter])).toEqual([
      ['Økonomi', 'Bo'],
      ['Kurser', 'Jette'],
      ['Fonde', 'Lise'],
    ]);
  });
});

describe('that nothing was said, run on after the title', () => {
  it('is the record, with or without text under the heading', () => {
    const text = ['Referat af bestyrelsesmøde 6. september 2023', '', '1. Godkendelse af dagsorden Ingen bemærkninger.', '', '2. Status på holdene', 'Alle hold er fulde.', '', '3. Eventuelt Ingen bemærkninger.', 'Næste møde er 4. oktober.'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.outcome])).toEqual([
      ['Godkendelse af dagsorden', 'none'],
      // A status told in minutes was taken note of (see 'items that report').
      ['Status på holdene', 'noted'],
      ['Eventuelt', 'none'],
    ]);
  });
});

describe('the verdict as the heading\'s last word', () => {
  it('splits a title from it, but leaves a sentence whole', () => {
    const text = ['Referat af bestyrelsesmøde 3. marts 2009', '', '1. Godkendelse af referater udsat', '', '2. Regnskabet blev fremlagt og godkendt.', '', '3. Eventuelt', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision, it.outcome])).toEqual([
      ['Godkendelse af referater', 'udsat', 'postponed'],
      ['Regnskabet blev fremlagt og godkendt.', 'Regnskabet blev fremlagt og godkendt.', 'approved'],
      ['Eventuelt', 'Intet.', 'none'],
    ]);
  });
});

describe('a dash under a heading', () => {
  it('records nothing', () => {
    const text = ['Referat af menighedsrådsmøde 3. marts 2014', '', '1. Regnskab', 'Regnskabet blev godkendt.', '', '2. Eventuelt', '-'].join('\n');
    expect(parseText(text).items.map((it) => it.decision)).toEqual(['Regnskabet blev godkendt.', null]);
  });
});

describe('a table of contents run together on one line, its pages after dot leaders', () => {
  const toc = [
    'Holmby Kommune Byrådet Referat',
    '',
    '2 Indholdsfortegnelse Sager til orientering...i 41. Orientering om skolernes trivselsmåling...i 42. Status for vejprojektet...ii Sager til beslutning...iii 43. Salg af grunden ved havnen...iii 44. Tilskud til spejderhytten regnskab iv 45. Budget v 46. Lukket sag: Køb af ejendom....vi åben',
    '',
    '3 Side i Sager til orientering 41. Orientering om skolernes trivselsmåling Sagsid.: Initialer: Åben sag Forvaltningen orienterer om målingen.',
  ].join('\n');

  it('gives every entry, numbered on from an earlier meeting, without its leaders and page', () => {
    expect(parseText(toc).items.map((it) => [it.number, it.title])).toEqual([
      [41, 'Orientering om skolernes trivselsmåling'],
      [42, 'Status for vejprojektet'],
      [43, 'Salg af grunden ved havnen'],
      [44, 'Tilskud til spejderhytten regnskab'],
      [45, 'Budget'],
      [46, 'Lukket sag: Køb af ejendom'],
    ]);
  });

  it('the minutes after it start again at its first number, on a page headed by a roman page number', () => {
    const long = toc.replace('Forvaltningen orienterer om målingen.', 'Forvaltningen orienterer om målingen, som blev gennemført i foråret blandt alle elever på kommunens skoler, og om de næste skridt.');
    for (const text of [toc, long]) {
      const doc = parseText(text);
      const said = doc.items.map((it) => it.sections.map((x) => x.text).join(' '));
      expect(said.at(-1)).toBe('');
      expect(said.join(' ')).not.toMatch(/Sagsid|Sager til/);
    }
  });

  it('the group headings between its entries (`Til behandling - for åbne døre`) are no part of any item', () => {
    const text = ['Referat', '', 'Til behandling - for åbne døre', '', '1. Budget', 'Godkendt.', '', 'Til efterretning - for lukkede døre', '', '2. Salg', 'Godkendt.'].join('\n');
    expect(parseText(text).items.map((it) => it.decision)).toEqual(['Godkendt.', 'Godkendt.']);
  });

  it('a title ending in leaders and a page, on a line of its own, loses them', () => {
    const text = ['Referat', '', 'Indhold', '7. Godkendelse af dagsorden...i', '8. Regnskab for 2030...ii', '9. Eventuelt...iii', '', '7. Godkendelse af dagsorden', 'Godkendt.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Godkendelse af dagsorden', 'Regnskab for 2030', 'Eventuelt']);
  });
});

describe('an agenda list broken by its last entry\'s lines and numbered from 1 again', () => {
  it('goes on numbering: the entries after the break are the next items', () => {
    const text = [
      'Referat fra generalforsamling i Kolonihaveforeningen Lærken 2. juni 2031',
      '',
      'Dagsorden:',
      '  1. Velkomst',
      '  2. Valg af dirigent',
      '  3. Beretning',
      '  4. Valg til bestyrelsen',
      'Formand: Ib Dal – villig til genvalg',
      'Suppleanter: 2 for 1 år',
      '',
      '  1. Festudvalg',
      '  2. Eventuelt',
      '',
      'Ad 1. Velkomst',
      'Formanden bød velkommen.',
      '',
      'Ad 2. Valg af dirigent',
      'Eva Holm blev valgt.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Velkomst'],
      [2, 'Valg af dirigent'],
      [3, 'Beretning'],
      [4, 'Valg til bestyrelsen'],
      [5, 'Festudvalg'],
      [6, 'Eventuelt'],
    ]);
  });

  it('sections numbered from 1 right after the agenda are the items, no list going on', () => {
    const text = ['Referat', '', 'Dagsorden:', ' 1) Valg af dirigent', ' 2) Beretning', ' 3) Eventuelt', '', ' Ad 1) Bo Holm blev valgt.', '', ' Ad 2) Godkendt.', '', ' Ad 3) Intet.'].join('\n');
    expect(parseText(text).items.map((it) => it.number)).toEqual([1, 2, 3]);
  });
});

describe('a web page whose block headings are bullets of a list', () => {
  it('reads `• Beslutning` as the decision heading, but `· Konklusion` among other points as a point', () => {
    const text = [
      'Referat',
      'Udvalg: Kulturudvalget',
      '',
      '  • 12.',
      '    Godkendelse af dagsorden',
      '',
      '    • Sagsfremstilling',
      '',
      '      Revisionen omfatter:',
      '',
      '      ·  Revisors ansvar',
      '      ·  Konklusion',
      '      ·  Supplerende oplysninger',
      '',
      '    • Indstilling',
      '',
      '      • at dagsordenen godkendes.',
      '',
      '    • Beslutning',
      '',
      '      Godkendt.',
    ].join('\n');
    const [item] = parseText(text).items;
    expect(item!.decision).toBe('Godkendt.');
    expect(item!.outcome).toBe('approved');
  });
});

describe('a transcript page of items run together with their case labels', () => {
  it('cuts each item\'s title where its labels begin (`Sagsfremstilling:`, `Dato:`, `Sags nr.:`, `Bilag:`)', () => {
    const text = [
      'Dagsorden',
      '',
      '1 Dagsorden Forum: Ældrerådet Tid: 4. marts 2031 Sted: Rådhuset Deltagere: Ida Holm, Bo Lund Afbud: Referent: Kim Dal 1. Godkendelse af dagsorden 2. Valg af næstformand Dato: 13. februar 2031 Sags nr.: a Sagsbehandler: kd 3. Ny busrute til plejecentret Sagsfremstilling: Kommunen har sendt et forslag i høring. Bilag: Kort over ruten 4. Årsmøde i Danske Ældreråd i Vejle Sagsfremstilling: Rådet kan sende to deltagere.',
    ].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Godkendelse af dagsorden', 'Valg af næstformand', 'Ny busrute til plejecentret', 'Årsmøde i Danske Ældreråd i Vejle']);
  });
});

describe('an agenda table whose cells ran together in a web copy', () => {
  it('reads the item number as the digits that go on from the item before, and drops the minutes and the time slot', () => {
    const text = [
      'Referat fra bestyrelsesmøde 2. maj 2031',
      '',
      'Punkt 15 minVelkomst og dagsorden',
      ' 19.00 - 19.05',
      'Punkt 220 minNyt fra formanden',
      ' 19.05 - 19.25Formanden fortalte om sommerens arrangementer.',
      'Punkt 310 minRegnskab',
      ' 19.25 - 19.35KH gennemgik regnskabet, som blev godkendt.',
    ].join('\n');
    expect(items(text)).toEqual([
      [1, 'Velkomst og dagsorden', null],
      [2, 'Nyt fra formanden', 'Formanden fortalte om sommerens arrangementer.'],
      [3, 'Regnskab', 'KH gennemgik regnskabet, som blev godkendt.'],
    ]);
  });
});

describe('a web list that lost its numbers after the first entry', () => {
  it('bullets as far in as the numbered item, each over its text, go on numbering', () => {
    const text = [
      'Referat generalforsamling 2031',
      '',
      ' 1. Valg af dirigent',
      '',
      'Ole Dal blev valgt.',
      '',
      ' • Formandens beretning (bilag 1)',
      '',
      'Formanden fortalte om sæsonen.',
      '',
      ' • Regnskab for 2030',
      '',
      'Regnskabet blev godkendt.',
    ].join('\n');
    expect(items(text).map(([n, t]) => [n, t])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Formandens beretning (bilag 1)'],
      [3, 'Regnskab for 2030'],
    ]);
  });

  it('each entry a list of its own numbered 1 before its number (`1. 2. Beretning`): the second number', () => {
    const text = ['Referat', '', ' 1. 1.   Valg af dirigent', '', 'Ole Dal blev valgt.', '', ' 1. 2.   Beretning', '', 'Godkendt.', '', ' 1. 3.   Eventuelt', '', 'Intet.'].join('\n');
    expect(items(text).map(([n, t]) => [n, t])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Beretning'],
      [3, 'Eventuelt'],
    ]);
  });
});

describe('titles run into what was said', () => {
  it('a title asked as a question ends at its question mark', () => {
    const text = ['Referat', '', '1. Skal vi have en venskabsmenighed i Tyskland? Tanken blev drøftet og tages op igen', '', '2. Eventuelt', 'Intet.'].join('\n');
    expect(items(text)[0]).toEqual([1, 'Skal vi have en venskabsmenighed i Tyskland?', 'Tanken blev drøftet og tages op igen']);
  });

  it('a short title ended by a full stop, over a record cut before its own full stop that says what was decided', () => {
    const text = ['Referat', '', '8) Kirkekoret.  Vedtægterne vedtaget. Koret består af fire sangere og en leder', '', '9) Eventuelt', 'Intet.'].join('\n');
    expect(items(text)[0]).toEqual([8, 'Kirkekoret', 'Vedtægterne vedtaget. Koret består af fire sangere og en leder']);
  });
});

describe('unnumbered titles with a colon and a presenter', () => {
  it('a presenter after the title (`v/kasserer …`) does not make it too long to be a title', () => {
    const text = [
      'REFERAT AF GENERALFORSAMLING D. 4. MARTS 2031',
      '',
      'Valg af dirigent: Ole Dal blev valgt.',
      '',
      'Formandens beretning: Beretningen blev godkendt.',
      '',
      'Fremlæggelse og godkendelse af regnskab v/kasserer Anna Louise Holm: Regnskabet blev godkendt.',
      '',
      'Fastlæggelse af kontingent: Kontingentet blev fastholdt.',
    ].join('\n');
    expect(items(text).map(([n, t]) => [n, (t as string).replace(/\s+v\/.*$/u, '')])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Formandens beretning'],
      [3, 'Fremlæggelse og godkendelse af regnskab'],
      [4, 'Fastlæggelse af kontingent'],
    ]);
  });
});

describe('a number glued to its title', () => {
  it('`1Godkendelse af dagsorden` is item 1', () => {
    const text = ['Udvalgets møde den 3. marts 2031', '', '1Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '', '2Budget 2032', 'Beslutning', 'Godkendt.'].join('\n');
    expect(items(text)).toEqual([
      [1, 'Godkendelse af dagsorden', 'Godkendt.'],
      [2, 'Budget 2032', 'Godkendt.'],
    ]);
  });
});

describe('the usual last item without the number the items before it have', () => {
  it('`Evt:` over its text after the numbered items is the next item', () => {
    const text = ['Referat af bestyrelsesmøde 3. maj 2031', '', 'Punkt 1: Konstituering', 'Bo Dal er formand.', '', 'Punkt 2: Grønne områder', 'Græsset slås hver uge.', '', 'Evt:', 'Fuglekasserne rengøres i august.'].join('\n');
    expect(items(text)).toEqual([
      [1, 'Konstituering', 'Bo Dal er formand.'],
      [2, 'Grønne områder', 'Græsset slås hver uge.'],
      [3, 'Evt', 'Fuglekasserne rengøres i august.'],
    ]);
  });

  it('a heading that is its own record (`1. Bo Holm blev valgt som dirigent`) records that; a usual title in small letters is an item', () => {
    const text = ['Referat fra generalforsamlingen 2031', '', ' 1. Bo Holm blev valgt som dirigent', ' 2. Formandens beretning:', '  Beretningen blev godkendt.', ' 3. indkomne forslag. – Ingen'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3]);
    expect(doc.items[0]!.decision).toBe('Bo Holm blev valgt som dirigent');
    expect(doc.items[0]!.outcome).toBe('approved');
  });

  it('a record on its heading line keeps the mark between its first sentence and the rest, and that sentence, as printed', () => {
    const text = [
      'Referat af årsmødet 2031',
      '',
      '1. Eva Lund blev valgt som dirigent – og fastslog at mødet var lovligt indkaldt.',
      '',
      '2. Kassereren fremlagde det reviderede regnskab. Der kom to spørgsmål til lejen af salen. Regnskabet blev godkendt.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.decision])).toEqual([
      [1, 'Eva Lund blev valgt som dirigent – og fastslog at mødet var lovligt indkaldt.'],
      [2, 'Kassereren fremlagde det reviderede regnskab. Der kom to spørgsmål til lejen af salen. Regnskabet blev godkendt.'],
    ]);
  });
});

describe('a one-word title and a colon over more text', () => {
  it('`Meddelelser: Bo Dal har været syg.` is the title and the first of what was said; `Orientering: Status på budgettet` is a title', () => {
    const text = ['Referat af bestyrelsesmøde 2/3 2031', '', '1) Meddelelser: Bo Dal har været syg.', 'Kassen er gjort op.', '', '2) Orientering: Status på budgettet', 'Budgettet holder.'].join('\n');
    expect(items(text)).toEqual([
      [1, 'Meddelelser', 'Bo Dal har været syg.\nKassen er gjort op.'],
      [2, 'Orientering: Status på budgettet', 'Budgettet holder.'],
    ]);
  });
});

describe('what became of an item, said on its heading line alone', () => {
  it('`Ingen noteringer.`, `Dette punkt tages op i arbejdsgruppen.` are the records; `Genvalg til Bo Dal.` elects', () => {
    const text = ['Referat af beboerrådsmøde 1/2/2031', '', '1) Valg af formand', 'Genvalg til Bo Dal.', '2) Ingen noteringer.', '3) Dette punkt tages op i arbejdsgruppen.', '4) Eventuelt', 'Intet.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.decision, it.outcome])).toEqual([
      [1, 'Genvalg til Bo Dal.', 'approved'],
      [2, 'Ingen noteringer.', 'none'],
      [3, 'Dette punkt tages op i arbejdsgruppen.', 'referred'],
      [4, 'Intet.', 'none'],
    ]);
  });
});

describe('a resolution told inside an item\'s background', () => {
  it('`Bestyrelsen har besluttet at …` after the case is the decision', () => {
    const text = ['Referat af bestyrelsesmøde 2/10 2031', '', '1. Madordning', 'Baggrund:', 'Forældre har spurgt til frugt om eftermiddagen.', 'Bestyrelsen har besluttet at frugten fortsætter.', '', '2. Eventuelt', 'Intet.'].join('\n');
    const [item] = parseText(text).items;
    expect(item!.decision).toBe('Bestyrelsen har besluttet at frugten fortsætter.');
    expect(item!.outcome).toBe('approved');
  });
});

describe('`Punkt N` alone over its title, under a header\'s field', () => {
  it('is the item heading with its title on the next line, not a number under the field above it; `Protokol` heads the decision', () => {
    const lines = ['Holmby Kommune', 'Referat', 'Teknisk Udvalg', 'Mødedato: 3. maj 2031', ''];
    for (const [n, t] of [[1, 'Godkendelse af dagsorden'], [2, 'Ny cykelsti']] as const) lines.push(`Punkt ${n}`, t, '', 'Sagsfremstilling', 'Sagen er undersøgt.', '', 'Protokol', 'Godkendt.', '');
    expect(items(lines.join('\n'))).toEqual([
      [1, 'Godkendelse af dagsorden', 'Godkendt.'],
      [2, 'Ny cykelsti', 'Godkendt.'],
    ]);
  });
});

describe('more ways the minutes end', () => {
  const last = (...end: string[]) => parseText(['Referat af bestyrelsesmøde 3. maj 2031', '', '1. Budget', 'Budgettet blev godkendt.', '', '2. Eventuelt', 'Intet.', '', ...end].join('\n')).items.at(-1)!.decision;
  it('the end time without minutes, a slash before the writer, `Mvh`, `Skrevet af`, a writer marked `(referent)`, lines to sign on, an approval note with the names that sign', () => {
    for (const end of [['Mødet hævet kl. 21.'], ['/Bo Holm'], ['Mvh Bo'], ['Skrevet af Bo Holm, 4. maj 2031'], ['Bo Holm (referent)'], ['_______________', 'Bo Holm, formand'], ['Referatet godkendt ved underskrift:', 'Bo Holm   Ib Lund   Eva Dal'], ['Underskrevet digitalt af', 'Bo Holm']]) {
      expect(last(...end)).toBe('Intet.');
    }
  });
});

describe('an access word and a case number on the heading line without brackets', () => {
  it('`3 Lukket Salg af grund` is closed and titled without the word; `Budget - sagsnr. 24/1234` gives the case number', () => {
    const doc = parseText(['Referat', '', 'Pkt. 1: Budget - sagsnr. 31/1234', 'Beslutning', 'Godkendt.', '', '2 Åben Skolevej', 'Beslutning', 'Godkendt.', '', '3 Lukket Salg af grund', 'Beslutning', 'Godkendt.'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title, it.caseNumber, it.closed])).toEqual([
      [1, 'Budget', '31/1234', false],
      [2, 'Skolevej', null, false],
      [3, 'Salg af grund', null, true],
    ]);
  });
});

describe('a general assembly told paragraph by paragraph, without numbers', () => {
  const text = [
    'Referat fra generalforsamling i vejlauget den 4. april 2031',
    '',
    'Dirigent: Åse Vinter blev foreslået og valgt',
    '',
    'Bestyrelsens beretning: Formanden fortalte om året med den nye legeplads.',
    '',
    'Valg af 2 bestyrelsesmedlemmer – valgt blev: Per Lund og Ida Krog.',
    '',
    'Valg af suppleant – 1. suppleant blev Knud.',
    '',
    'Indkomne forslag – Et forslag om nye bænke blev vedtaget.',
    '',
    'Eventuelt – der blev talt om fastelavn.',
    '',
    'For referatet – Mette Skov',
  ].join('\n');

  it('a usual title, a dash and what was done is an item; the title is before the dash', () => {
    expect(items(text).slice(2)).toEqual([
      [3, 'Valg af suppleant', '1. suppleant blev Knud.'],
      [4, 'Indkomne forslag', 'Et forslag om nye bænke blev vedtaget.'],
      [5, 'Eventuelt', 'der blev talt om fastelavn.'],
    ]);
  });

  it('the sign-off after a dash (`For referatet – X`) ends the last item', () => {
    expect(parseText(text).items.at(-1)!.decision).toBe('der blev talt om fastelavn.');
  });

  it('`Dirigent: X blev foreslået og valgt` names X as the chair, not what became of X', () => {
    expect(parseText(text).meeting.chair).toBe('Åse Vinter');
  });

  it('a dash inside an ordinary sentence makes no item', () => {
    const prose = ['Referat af bestyrelsesmøde 2. maj 2031', '', '1. Haven', 'Hækken – den høje – klippes i juni.', '', '2. Eventuelt', 'Intet.'].join('\n');
    expect(items(prose).map((it) => it[1])).toEqual(['Haven', 'Eventuelt']);
  });
});

describe('who led the meeting and whose it was, told around an agenda', () => {
  it('a name at a line end, then a sentence opening with its first name: the name once', () => {
    const doc = parseText(['Referat fra generalforsamling 2031, tirsdag den 8. april 2031', '', '1. Valg af dirigent', 'Bestyrelsen foreslår Karen Holt', 'Karen blev valgt.', '', '2. Beretning', 'Godkendt.', '', '3. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.meeting.chair).toBe('Karen Holt');
  });

  it('the association named in capitals with its name in quotes is the body; a board that proposes is a sentence, not a body', () => {
    const doc = parseText(['VEJLAUGET ”SKOVBRYNET”', 'Referat fra generalforsamling 2031, tirsdag den 8. april 2031', '', 'DAGSORDEN:', '1. Valg af dirigent', 'Bestyrelsen foreslår Karen Holt', '2. Eventuelt', '', '1: VALG AF DIRIGENT', 'Karen Holt blev valgt.', '', '2: EVENTUELT', 'Intet.'].join('\n'));
    expect(doc.meeting.body).toBe('VEJLAUGET ”SKOVBRYNET”');
  });
});

describe('web pages that lost their line breaks and numbers', () => {
  it('the next section run on after a paragraph\'s full stop (`… godkendt.3. Budget`) is the next item', () => {
    const text = ['Referat af bestyrelsesmøde 3. maj 2031', '', '1. Valg af referent', 'Ida valgt', '', '2. Sommerfest', 'Festen holdes i juni.3. Budget', '', 'Budgettet er godkendt .4. Eventuelt', '', 'Intet.'].join('\n');
    expect(items(text)).toEqual([
      [1, 'Valg af referent', 'Ida valgt'],
      [2, 'Sommerfest', 'Festen holdes i juni.'],
      [3, 'Budget', 'Budgettet er godkendt .'],
      [4, 'Eventuelt', 'Intet.'],
    ]);
  });

  it('a decimal sub-point (`2.2. Løn`) is never cut as a run-on heading', () => {
    const text = ['Referat af bestyrelsesmøde 3. maj 2031', '', '1. Åbning', 'Godkendt.', '', '2. Økonomi', 'Disse områder blev drøftet:', '2.1. Husleje', '2.2. Løn'].join('\n');
    expect(parseText(text).items[1]!.decision).toContain('2.2. Løn');
  });

  it('three headings all numbered 1, a paragraph apart, two of them usual titles, are items 1 to 3', () => {
    const text = ['Referat fra generalforsamling 3. maj 2031', '', ' 1. Valg af dirigent', 'Ib Holm blev valgt.', '', ' 1. Valg af stemmetællere', 'Der var ikke brug for nogen.', '', ' 1. Formandens beretning', '', 'Året har været godt.'].join('\n');
    expect(items(text).map((it) => [it[0], it[1]])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Valg af stemmetællere'],
      [3, 'Formandens beretning'],
    ]);
  });

  it('two only, both usual titles a few paragraphs apart, the second long and weak (a copy cut short), are items 1 and 2', () => {
    const text = ['Referat af ordinær generalforsamling 2031', '', ' 1. Valg af dirigent.', 'Bestyrelsen bad en af de fremmødte om at være dirigent.', 'Ida Holm blev valgt.', '', ' 1. Beretning om foreningens virksomhed i det forløbne år.', 'Bo aflagde beretning.'].join('\n');
    expect(items(text).map((it) => [it[0], it[1]])).toEqual([
      [1, 'Valg af dirigent.'],
      [2, 'Beretning om foreningens virksomhed i det forløbne år.'],
    ]);
  });
});

describe('agendas whose entries the minutes take up by number', () => {
  it('`Pkt 1: Bo Dal valgt til dirigent` after a numbered agenda records entry 1; the entries not reached are listed items', () => {
    const text = ['Referat af generalforsamling 5. maj 2031', '', 'Dagsorden:', '', '  1. Valg af dirigent', '  2. Godkendelse af dagsorden', '  3. Beretning', '  4. Regnskab', '', 'Formanden bød velkommen.', '', 'Pkt 1: Bo Dal valgt til dirigent', 'Pkt 2: Dagsordenen blev godkendt', 'Pkt 3: Formandens beretning:', '', 'Vi har fået flere medlemmer.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Bo Dal valgt til dirigent'],
      [2, 'Godkendelse af dagsorden', 'Dagsordenen blev godkendt'],
      [3, 'Formandens beretning', 'Vi har fået flere medlemmer.'],
      [4, 'Regnskab', null],
    ]);
    expect(doc.meeting.chair).toBe('Bo Dal');
  });

  it('closed items listed only in the contents under `Lukkede sager` are items, closed', () => {
    const text = ['Referat for Teknikudvalget møde den 2. maj 2031', '', 'Lukkede sager', '', '88. Salg af grund', '89. Køb af bygning', '', 'ÅBNE SAGER', '', '71. Cykelsti langs Strandvej', 'Sagsnr.: 2031-000123', '', 'Beslutning:', 'Godkendt.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title, it.closed])).toEqual([
      [71, 'Cykelsti langs Strandvej', false],
      [88, 'Salg af grund', true],
      [89, 'Køb af bygning', true],
    ]);
    expect(doc.meeting.body).toBe('Teknikudvalget');
  });
});

describe('small boards that write without a header', () => {
  const text = ['Ole Vang – OV', 'Rie Lund – RL', 'Kaj Bro – KB', 'Eva Dam – ED (afbud)', '', 'Referat fra sidste møde:', '', 'Referatet blev godkendt.', '', 'Konstituering:', '', 'Formand: Ole Vang', 'Kasserer: Kaj Bro', '', 'Vandværket:', '', 'Alt kører som det skal.'].join('\n');

  it('names one a line opening the minutes are those called, `(afbud)` absent', () => {
    const doc = parseText(text);
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Ole Vang', 'member'],
      ['Rie Lund', 'member'],
      ['Kaj Bro', 'member'],
      ['Eva Dam', 'absent'],
    ]);
  });

  it('`Konstituering:` over role lines, after an item of the same kind, is an item with those lines as its record', () => {
    expect(items(text).map((it) => it[1])).toEqual(['Referat fra sidste møde', 'Konstituering', 'Vandværket']);
    expect(parseText(text).items[1]!.decision).toMatch(/^Formand: Ole Vang/);
  });
});

describe('attendance said with the decision', () => {
  it('`X deltog ikke i mødet` is absent from the meeting; `Y deltog ikke i sagens behandling` only from the case', () => {
    const text = ['Byrådet - Referat', 'Dato: 3. maj 2031', '', '1. Lån til skoler', 'Beslutning', '', 'Byrådet vedtog indstillingen.', '', 'Ane Holm deltog ikke i mødet.', '', 'Bo Lind deltog ikke i sagens behandling.'].join('\n');
    const people = parseText(text).participants.map((p) => [p.name, p.group]);
    expect(people).toContainEqual(['Ane Holm', 'absent']);
    expect(people).toContainEqual(['Bo Lind', 'member']);
  });
});

describe('the header of a general assembly', () => {
  it('`Fra ordinær generalforsamling i X` under `Referat` names X; `blev foreslået som dirigent og valgt` elects the chair', () => {
    const text = ['Referat', 'Fra ordinær generalforsamling i Holmby Kajakklub', 'onsdag den 6. februar 2031 kl. 19.00', '', 'Ad pkt. 1: Valg af dirigent', 'Ulla Berg blev foreslået som dirigent og valgt enstemmigt.', '', 'Ad pkt. 2: Beretning', 'Godkendt.'].join('\n');
    const doc = parseText(text);
    expect(doc.meeting.body).toBe('Holmby Kajakklub');
    expect(doc.meeting.chair).toBe('Ulla Berg');
  });

  it('a meeting told as put off before (`… var udsat fra marts`) does not make the election postponed', () => {
    const text = ['Referat af generalforsamling 3. september 2031', '', '1. Valg af dirigent', 'Ulla Berg blev valgt og konstaterede, at generalforsamlingen var udsat fra marts.', '', '2. Beretning', 'Godkendt.'].join('\n');
    expect(parseText(text).items[0]!.outcome).toBe('approved');
  });
});

describe('a garden association\'s assembly in capitals', () => {
  const text = ['REFERAT FRA H/F SOLSIKKENS GENERALFORSAMLING', '', '4. MAJ 2031 KL. 10.00-12.00', '', 'HOLMBY MEDBORGERHUS', 'SKOLEGADE 4', '2300 HOLMBY', '', 'Fremmødte: Ane & Bo (3N), Carl (7S), Dorte (12N)', '', '1* VALG AF DIRIGENT', 'Eva Lund blev valgt som dirigent', '', '2* BERETNING', 'Beretningen blev godkendt.'].join('\n');

  it('`1* TITLE` numbers an item; the association is the genitive before GENERALFORSAMLING; the venue stands over its address', () => {
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'VALG AF DIRIGENT'],
      [2, 'BERETNING'],
    ]);
    expect(doc.meeting.body).toBe('H/F SOLSIKKEN');
    expect(doc.meeting.location).toBe('HOLMBY MEDBORGERHUS');
  });

  it('first names joined by `&` are two people', () => {
    expect(parseText(text).participants.filter((p) => p.group === 'member').map((p) => p.name)).toEqual(['Ane', 'Bo', 'Carl', 'Dorte']);
  });
});

describe('an agenda whose list the minutes restart in their own words', () => {
  const text = [
    'Referat for den årlige Generalforsamling i',
    '',
    'Holmby Havekoloni',
    '',
    'Afholdt d. 3 Juli 2031 kl. 10.00',
    '',
    'Dagsorden:',
    '',
    ' 1. Valg af dirigent.',
    ' 2. Valg af stemmeudvalg.',
    ' 3. Valg.',
    '  a. Formand.',
    '  b. 1 Suppleant.',
    '  2 Suppleant.',
    ' 4. Eventuelt.',
    ' 1. Der bydes velkommen.',
    '',
    'Bo Dal, have 12, vælges til dirigent.',
    '',
    '2. Stemmeudvalget',
    '',
    'Ane og Ib vælges.',
  ].join('\n');

  it('the list under `Dagsorden:` is the agenda though the sections word the items otherwise, and numbers in its sub-points do not break it', () => {
    const doc = parseText(text);
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4]);
    expect(doc.items[1]!.decision).toBe('Ane og Ib vælges.');
  });

  it('a title broken after `i` goes on with the next line; the elected dirigent is named with the garden between commas', () => {
    const doc = parseText(text);
    expect(doc.meeting.body).toBe('Holmby Havekoloni');
    expect(doc.meeting.chair).toBe('Bo Dal');
  });

  it('a list going on after its last entry\'s notes keeps its numbers', () => {
    const doc = parseText(['Referat fra generalforsamlingen 3. marts 2031', '', 'Dagsorden:', '', '1. Valg af dirigent', '', '2. Beretning', '', '3. Regnskab', '', '4. Valg til bestyrelsen', '', 'Valg til bestyrelse: på valg er.', '', '  • Bo Dal: modtager genvalg.', '  • Ane Holm: modtager genvalg.', '', 'Valg af suppleanter: på valg er.', '', '  • Ib Lund: modtager genvalg.', '', '5. Eventuelt.', '', 'Ad. 1. Valg af dirigent: Eva Berg blev valgt som dirigent.', '', 'Ad. 2. Beretning: Godkendt.'].join('\n'));
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.items[4]!.title).toMatch(/^Eventuelt/);
  });
});

describe('an old record typed into a web page', () => {
  it('`Ad dagsordenens pkt l - …` heads item 1; the chairman opened at `kl. 18,00`', () => {
    const doc = parseText(['REFERAT AF GENERALFORSAMLINGEN DEN 3. MARTS 2031', '', 'Formanden åbnede generalforsamlingen kl. 18,00, ved at byde velkommen.', '', 'Ad dagsordenens pkt l - formandens beretning', '', 'Formanden takkede medlemmerne for året.', '', 'Ad dagsordenens pkt 2 - regnskab', '', 'Regnskabet blev godkendt.'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'formandens beretning'],
      [2, 'regnskab'],
    ]);
    expect(doc.meeting.startTime).toBe('18:00');
  });
});

describe('contents that are all there is, or that came out column by column', () => {
  it('a contents table\'s numbers one a line, then its titles one a line (one wrapped), are joined into entries', () => {
    const text = ['Teknikudvalget', 'Referat', 'Mødedato: 8. april 2031', '', 'Indholdsfortegnelse', 'Sag nr. Side', '11.', '12.', '13.', 'Meddelelser', 'Renovering af broen ved havnen efter', 'stormen i januar', 'Salg af grund', '14. Eventuelt', '', '11. Meddelelser', 'Intet.', '', '12. Renovering af broen ved havnen efter stormen i januar', 'Beslutning: Godkendt.', '', '13. Salg af grund', 'Beslutning: Godkendt.', '', '14. Eventuelt', 'Intet.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.number)).toEqual([11, 12, 13, 14]);
    expect(doc.diagnostics.map((d) => d.code)).toContain('contents-columns');
  });

  it('a contents table with no section after it that takes up its numbers is read as the items, page numbers aside', () => {
    const text = ['BYRÅDET', 'Referat', 'Mødedato: 1. marts 2031', '', 'Indholdsfortegnelse', 'Side', '', '1. Økonomiorientering 3', '', '2. Takster for renovation 5', '', '3. Lokalplan for Torvet 8'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Økonomiorientering'],
      [2, 'Takster for renovation'],
      [3, 'Lokalplan for Torvet'],
    ]);
  });

  it('a contents table followed by its sections is still skipped', () => {
    const text = ['BYRÅDET', 'Referat', 'Mødedato: 1. marts 2031', '', 'Indholdsfortegnelse', '', '1. Økonomiorientering 3', '2. Takster 5', '3. Lokalplan 8', '', '1. Økonomiorientering', 'Taget til efterretning.', '', '2. Takster', 'Godkendt.', '', '3. Lokalplan', 'Godkendt.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.decision])).toEqual([
      [1, 'Taget til efterretning.'],
      [2, 'Godkendt.'],
      [3, 'Godkendt.'],
    ]);
  });
});

describe('more headers and records of small bodies', () => {
  it('`Ad 2.` followed by a sentence of what was done is that record, the text under it too', () => {
    const doc = parseText(['Referat af generalforsamling i Holmby Sejlklub 3. marts 2031', '', 'Ad 1.          Ib Dal valgt til dirigent og konstaterede at alt var i orden', '', 'Ad 2.          Bestyrelsens beretning blev fremlagt af Eva Lund.', '', 'Sæsonen gik godt.'].join('\n'));
    expect(doc.items.map((it) => it.decision)).toEqual(['Ib Dal valgt til dirigent og konstaterede at alt var i orden', 'Bestyrelsens beretning blev fremlagt af Eva Lund.\nSæsonen gik godt.']);
    expect(doc.meeting.chair).toBe('Ib Dal');
  });

  it('a title in capitals `GENERALFORSAMLING FOR X 2031` names X', () => {
    expect(parseText(['GENERALFORSAMLING FOR HOLMBY SEJL OG MOTORBÅDSKLUB 2031', '', 'Generalforsamling søndag den 20. marts 2031 kl. 10.00', '', '1. Valg af dirigent', 'Bo Dal.', '', '2. Beretning', 'Godkendt.'].join('\n')).meeting.body).toBe('HOLMBY SEJL OG MOTORBÅDSKLUB');
  });

  it('a notice in the place\'s field (`Sted: BEMÆRK! Lukket møde kl. 16:30`) is no place; a portal\'s `Byråd og udvalg` is no body', () => {
    const doc = parseText(['Byråd og udvalg', '', 'Kommunalbestyrelsen - 24-04-2031', '', 'Dato: Onsdag den 24. april 2031 Tid: Kl. 17:30', 'Sted: BEMÆRK! Lukket møde kl. 16:30', '', '1. Godkendelse af dagsorden', 'Godkendt.'].join('\n'));
    expect(doc.meeting.location).toBeNull();
    expect(doc.meeting.body).not.toBe('Byråd og udvalg');
  });

  it('the time, then the place on one line; a museum named alone at the top after many empty lines; `besluttede bestyrelsen at afvente` postpones', () => {
    const doc = parseText([...Array(40).fill(''), 'Holmby Fiskeri- og Bymuseum', '', 'Bestyrelsesmøde', 'Onsdag 15. april 2031', 'kl. 14 – 15 i formandens have - med god afstand!', 'Referat', '', '1. Sommerudstilling', 'Efter en lang drøftelse besluttede bestyrelsen at afvente nye regler.', '', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.meeting).toMatchObject({ body: 'Holmby Fiskeri- og Bymuseum', startTime: '14:00', endTime: '15:00', location: 'formandens have' });
    expect(doc.items[0]!.outcome).toBe('postponed');
  });

  it('a title\'s second part after a dash in small letters is title, in a list of titles; so is a longer wrapped line right before the next entry', () => {
    const doc = parseText(['Økonomiudvalget', 'Referat', 'Mødedato: 8. april 2031', '', 'Indholdsfortegnelse', '', '1. Holmby Sognegård - den fremtidige brug.', '2. Rideklubben - principbeslutning om videre forløb', 'vedrørende for meget udbetalt tilskud i 2029 og 2030', '3. Salg af grund'].join('\n'));
    expect(doc.items.map((it) => [it.title, it.decision])).toEqual([
      ['Holmby Sognegård - den fremtidige brug.', null],
      ['Rideklubben - principbeslutning om videre forløb vedrørende for meget udbetalt tilskud i 2029 og 2030', null],
      ['Salg af grund', null],
    ]);
  });
});

describe('absences told in other ways', () => {
  it('`Afbud fra X.` on a line of its own in the header', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 21.9.2031', '', 'Til stede: Bo Dal, Ane Holm og Ib Lund.', '', 'Afbud fra Eva Kildebo- Jensen.', '', '1) Godkendelse af referat', 'Godkendt'].join('\n'));
    expect(doc.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Eva Kildebo- Jensen']);
  });

  it('the absence after a decision heading\'s date, behind a case number with dates of its own', () => {
    const doc = parseText(['Byrådet', 'Referat', 'Mødedato: 20. september 2031', '', '134. Godkendelse af dagsorden', '00.22.02-A26-1-13 Beslutning Byrådet, 20.09.2031 Bo Dal og Eva Holm var fraværende. Godkendt.'].join('\n'));
    expect(doc.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Bo Dal', 'Eva Holm']);
  });

  it('an item calling a substitute for a member, and a member who said he would be kept away, are absences', () => {
    const doc = parseText(['Byrådet', 'Referat', 'Mødedato: 3. juni 2031', '', '88 Indkaldelse af stedfortræder for Ole Berg', 'Resume', 'Ole Berg har meddelt, at han vil være forhindret i at deltage i byrådsmødet.', 'Beslutning', 'Tiltrådt.', '', '89 Lokalplan 12', 'Beslutning', 'Godkendt.', '', 'Ib Holm har meddelt, at han er forhindret i at deltage.'].join('\n'));
    expect(doc.participants.filter((p) => p.group === 'absent').map((p) => p.name).sort()).toEqual(['Ib Holm', 'Ole Berg']);
  });
});

describe('attendance as the first item\'s record', () => {
  it('`Til stede: Bo Dal` and one name a line under it: those present, not one run-together line', () => {
    const doc = parseText(['Referat af lokalrådsmøde 19.02.2031', '', ' 1. Registrering af fremmøde og godkendelse af dagsorden.', '  Til stede: Ebbe Holm', '  Ida Lund', '  Arne Dal', ' 2. Nyt fra formanden.', '  Vi har søgt penge til et kursus.'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Ebbe Holm', 'member'],
      ['Ida Lund', 'member'],
      ['Arne Dal', 'member'],
    ]);
    expect(doc.items[0]!.decision).toBe('Til stede: Ebbe Holm\nIda Lund\nArne Dal');
  });
});

describe('a post of minutes with no numbers, colons or headings', () => {
  const text = ['Nyt fra bestyrelsen', '', 'Status for kassen.', '', 'Der er stadig restancer, som rykkes.', '', 'Kajakstativ', '', 'Klubben har søgt om et stativ på stranden.', '', 'Beslutning: Vi har søgt kommunen.', '', 'Nyt fra formanden', '', 'Maria ansat som maler.', '', 'Fravær: Mads', '', 'Bo bestiller sand til legepladsen.', '', 'Nyt fra havneudvalget', '', 'Der er gravet sand væk fra indsejlingen.'].join('\n');
  it('one-line paragraphs of a few words without a verb, each after text, are the titles', () => {
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Status for kassen'],
      [2, 'Kajakstativ'],
      [3, 'Nyt fra formanden'],
      [4, 'Nyt fra havneudvalget'],
    ]);
  });
});

describe('every item numbered 1 with a line of text under each', () => {
  it('four or more, two of them usual titles, are items 1, 2, 3 …', () => {
    const text = ['Referat – Bestyrelsesmøde, den 24. november 2031', '', ' 1. Godkendelse af dagsordenen', '  Godkendt', ' 1. Opfølgning på referat', '  Godkendt', ' 1. Orientering fra formanden', '  Vi har fået en ny hal.', ' 1. Kommende møder', '  Næste møde i januar.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsordenen'],
      [2, 'Opfølgning på referat'],
      [3, 'Orientering fra formanden'],
      [4, 'Kommende møder'],
    ]);
  });
});

describe('an agenda run in after its label with bare numbers', () => {
  it('`Dagsorden: 1 valg af ordstyrer 2 godkendelse af referat 3 …` lists items 1 to N; the minutes after it record the first ones', () => {
    const text = ['Lokalrådsmøde – marts 2031', '', 'Lokalrådsmøde i Medborgerhuset mandag d. 3. marts 2031 kl. 19.00 Dagsorden: 1 valg af ordstyrer 2 godkendelse af referat 3 nyt fra kassereren 4 trafik 5 Evt.     Referat af møde i Holmby Lokalråd d. 3. marts 2031 Til stede: Bo, Ane, Ib. 1. Ane ordstyrer. 2. Referat fra sidste møde godkendt. 3. Kassereren orienterede om regnskabet, som blev taget til efterretning.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.items[1]!.decision).toBe('Referat fra sidste møde godkendt.');
    expect(doc.items[3]!.title).toBe('trafik');
  });
});

describe('Word\'s numbering lost: every heading `1.`, some of them weak', () => {
  it('with no heading numbered 2 anywhere, four or more `1.` a paragraph apart are the items, small letters and a stray colon too', () => {
    const text = ['Referat / beslutningsprotokol', '', 'Vedr. menighedsrådsmøde d. 25. januar 2031', '', ' 1. godkendelse af dagsorden: Dagsordenen blev godkendt.', '', ' ', '', ' 1. godkendelse af referatet fra sidste møde: Referatet blev godkendt og underskrevet.', '', ' ', '', ' 1. Kurser for rådets medlemmer: Provstiet udbyder kurser i foråret, og tilmelding sker til formanden.', '', ' ', '', ' 1. : Nøgler til kirken: Alle har fået nøgler.'].join('\n');
    expect(parseText(text).items.map((it) => it.number)).toEqual([1, 2, 3, 4]);
  });
});

describe('items that report', () => {
  const text = ['Referat af bestyrelsesmøde 3. maj 2031', '', '1. Nyt fra formanden', 'Maria er ansat som maler.', '', '2. Status på kassen', 'Der er stadig restancer.', '', '3. Haven', 'Hækken skal klippes.', '', '4. Orientering fra udvalgene', 'Byggeudvalget har indhentet tilbud.'].join('\n');
  it('in minutes, a report told with no decision wording was taken note of; an item that does not report is left open', () => {
    expect(parseText(text).items.map((it) => it.outcome)).toEqual(['noted', 'noted', null, 'noted']);
  });
  it('in an agenda, nothing was noted', () => {
    const agenda = text.replace('Referat af', 'Dagsorden til');
    expect(parseText(agenda).items.every((it) => it.outcome === null)).toBe(true);
  });
});

describe('a numbered agenda, then the records under the same numbers as sentences', () => {
  it('`1: Referatet blev godkendt.` records entry 1; entries not reached stay listed items', () => {
    const text = ['Referat fra HB-møde 15. marts 2031', '', 'Følgende dagsorden blev godkendt:', '', '1: Godkendelse af referat', '', '2: Meddelelser fra formanden', '', '3: Meddelelser fra kassereren.', '', '4: Eventuelt.', '', '1: Referatet blev godkendt.', '', '2: Formanden berettede om medlemstallet for året.', '', '3: Kassereren fremlagde regnskabet, der viste et overskud.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.decision, it.outcome])).toEqual([
      [1, 'Referatet blev godkendt.', 'approved'],
      [2, 'Formanden berettede om medlemstallet for året.', 'noted'],
      [3, 'Kassereren fremlagde regnskabet, der viste et overskud.', 'noted'],
      [4, null, null],
    ]);
    expect(doc.items[1]!.title).toBe('Meddelelser fra formanden');
  });
});

describe('a numbered list cut into short lists, each from 1', () => {
  it('`1.` `2.` `1.` `2.` `1.` headings over text are items 1 to 5', () => {
    const text = ['REFERAT - Bestyrelsesmøde', 'Onsdag den 18. oktober 2031 kl. 17.00', '', ' 1. Godkendelse af referat fra sidste møde.', '  Godkendt uden bemærkninger', '', ' 2. Økonomi og medlemsstatus', '  Der er 79 medlemmer.', ' 1. Forslag om en arbejdsgruppe', '  Forslaget er sat i værk.', '', ' 2. Opfølgning på aktiviteter', '  Aktiviteterne er om lørdagen.', ' 1. Status på fugleværnet', '  Modulet er på plads.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af referat fra sidste møde.'],
      [2, 'Økonomi og medlemsstatus'],
      [3, 'Forslag om en arbejdsgruppe'],
      [4, 'Opfølgning på aktiviteter'],
      [5, 'Status på fugleværnet'],
    ]);
  });
});

describe('apologies in other words', () => {
  it('`Fraværende var X og Y, begge …`; `Følgende havde meldt afbud:`; `Fraværende stiftsrådsmedlemmer:`', () => {
    const a = parseText(['Referat fra HB-møde 15. marts 2031', '', 'Fraværende var Bo Dal og Ib Lund, begge på grund af sygdom.', '', '1: Referat', 'Godkendt.', '', '2: Eventuelt', 'Intet.'].join('\n'));
    expect(a.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Bo Dal', 'Ib Lund']);
    const b = parseText(['Referat af udvalgsmøde 3. maj 2031', '', 'Følgende havde meldt afbud:', 'Ane Holm, Per Vang', '', '1. Referat', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(b.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Ane Holm', 'Per Vang']);
    const c = parseText(['Referat af stiftsrådsmøde 3. maj 2031', '', 'Fraværende stiftsrådsmedlemmer:', 'Ane Holm', '', '1. Referat', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(c.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Ane Holm']);
  });

  it('an apology in brackets after those present names one away; a `?` in a list is nobody', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 3. maj 2031', '', 'Til stede: Else, Brian og Per (afbud fra Gorm pga. sygdom)', '', 'Fraværende: Daniel, Mai og ?', '', '1. Referat', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.group])).toEqual([
      ['Else', 'member'],
      ['Brian', 'member'],
      ['Per', 'member'],
      ['Gorm', 'absent'],
      ['Daniel', 'absent'],
      ['Mai', 'absent'],
    ]);
  });
});

describe('headings hard-wrapped after a word or two', () => {
  it('`4) Godkendelse` / `af referat fra sidste møde.` is one title; text in small letters under a longer heading is text', () => {
    const text = ['Referat fra', 'bestyrelsesmøde 31/01/2031', '', '1) Valg af', 'dirigent', '', 'Lene blev valgt', 'til dirigent', '', '2) Godkendelse', 'af referat fra sidste møde.', '', 'Referatet blev godkendt.', '', '3) Udstillinger i foråret', 'og om sommeren talte vi også.', '', 'Vi laver en plan.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.title)).toEqual(['Valg af dirigent', 'Godkendelse af referat fra sidste møde.', 'Udstillinger i foråret']);
  });

  it('a result in small letters under a one-word heading is its record, no more of its title', () => {
    const text = ['Referat af bestyrelsesmøde 2. september 2031', '', ' 1. Nyt fra formanden.', ' Sommerfesten blev godt besøgt.', '', ' 2. Kassereren', ' intet at berette', '  ', ' 3. Diverse', ' Næste møde er i oktober.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.title)).toEqual(['Nyt fra formanden.', 'Kassereren', 'Diverse']);
    expect(doc.items[1]!.decision).toBe('intet at berette');
  });
});

describe('titles with a colon, one of them with a full stop instead', () => {
  it('`Kultur.` between `Varmeforsyning:` and `Generalforsamling:` is an item too', () => {
    const text = ['Referat bestyrelsesmøde 26/11 2031', '', 'Varmeforsyning:', '', 'Der besluttes at beholde fyret.', '', 'Kultur.', '', 'Der udsendes dagsorden 14 dage før mødet.', '', 'Generalforsamling:', '', 'Den 17. marts kl. 10.', '', 'Bestyrelsesmøde:', '', 'Næste møde i januar.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title, it.outcome])).toEqual([
      [1, 'Varmeforsyning', 'approved'],
      [2, 'Kultur', null],
      [3, 'Generalforsamling', null],
      [4, 'Bestyrelsesmøde', null],
    ]);
  });
});

describe('a heading line that goes on in sentences', () => {
  it('its first sentence is the title, the rest the record', () => {
    const text = ['Referat af menighedsrådsmøde 8. oktober 2031', '', '1. Temadag om liturgi, lørdag d. 30. november indkaldt af biskoppen. En orientering v. Julie. Programmet ligger på siden.', '', '2. Eventuelt', 'Intet.'].join('\n');
    const doc = parseText(text);
    expect(doc.items[0]!.title).toBe('Temadag om liturgi, lørdag d. 30. november indkaldt af biskoppen.');
    expect(doc.items[0]!.decision).toMatch(/^En orientering v\. Julie\./);
  });
});

describe('a list whose numbers came out alone on a line and before the title by turns', () => {
  it('`14` / `Salg af grund` then `15 Personalesag` and `16 Meddelelser` are one list', () => {
    const text = ['Dagsorden til møde i Økonomiudvalget 3. maj 2031', '', '10', '', 'Regnskab 2030', '', '11', '', 'Budget 2032', '', '12', '', 'Status på vejene', '', '13 Meddelelser', '', 'fra', '', 'formanden', '', 'Lukket dagsorden', '', '14', '', 'Salg af grund', '', '15 Personalesag', '16 Meddelelser', '', 'fra', '', 'formanden'].join('\n');
    expect(parseText(text).items.map((it) => it.number)).toEqual([10, 11, 12, 13, 14, 15, 16]);
  });
});

describe('the first section glued to the bracket that ends the header', () => {
  it('`… Holm (referent)1. ORIENTERING: Velkomst` starts item 1', () => {
    const text = ['Referat af stiftsrådsmøde 6. december 2031', '', 'Til stede: Bo Dal, Ane Holm', 'Stiftsfuldmægtig Eva Holm (referent)1. ORIENTERING: Velkomst ved domprovsten', 'Domprovsten bød velkommen.', '', '2. BESLUTNING: Godkendelse af dagsorden', 'Dagsordenen blev godkendt.'].join('\n');
    expect(parseText(text).items.map((it) => it.number)).toEqual([1, 2]);
  });
});

describe('records that refer to the agenda by number', () => {
  it('`Pkt 2 & 4:` records two entries, `Pkt. 6:` skips the one without a record, and the entries keep the agenda\'s titles', () => {
    const doc = parseText(
      [
        'Referat fra bestyrelsesmøde i Holmby Vandværk 4. marts 2031',
        '',
        'Dagsorden:',
        '1. Nyt fra formanden',
        '2. Ledningsnettet',
        '3. Budget',
        '4. Målere',
        '5. Valg til bestyrelsen',
        '6. Eventuelt',
        '',
        'Pkt 1: Formanden fortalte om det nye filter.',
        '',
        'Pkt 2 & 4: Man drøftede udskiftning af ledninger og målere.',
        '',
        'Pkt. 3: Budgettet blev godkendt.',
        '',
        'Pkt. 6: Intet.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Nyt fra formanden', 'Formanden fortalte om det nye filter.'],
      [2, 'Ledningsnettet', 'Man drøftede udskiftning af ledninger og målere.'],
      [3, 'Budget', 'Budgettet blev godkendt.'],
      [4, 'Målere', 'Man drøftede udskiftning af ledninger og målere.'],
      [5, 'Valg til bestyrelsen', null],
      [6, 'Eventuelt', 'Intet.'],
    ]);
  });
  it('records under bullets (`• Ad punkt 2: …`), the copy ending after the first few, are the items of those entries', () => {
    const doc = parseText(
      [
        'Referat af generalforsamling 9. marts 2031',
        '',
        'Dagsorden',
        ' 1. Valg af dirigent',
        ' 2. Valg af stemmetællere',
        ' 3. Formandens beretning',
        ' 4. Regnskab',
        ' 5. Valg til bestyrelsen',
        ' 6. Eventuelt',
        '',
        'Referat',
        '',
        ' • Ad punkt 1: Ole Lund blev valgt og fandt forsamlingen lovligt indkaldt',
        ' • Ad punkt 2: Eva Berg og Kaj Holm valgt',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Ole Lund blev valgt og fandt forsamlingen lovligt indkaldt'],
      [2, 'Valg af stemmetællere', 'Eva Berg og Kaj Holm valgt'],
      [3, 'Formandens beretning', null],
      [4, 'Regnskab', null],
      [5, 'Valg til bestyrelsen', null],
      [6, 'Eventuelt', null],
    ]);
  });
});

describe('a title\'s second part after a dash, then a colon', () => {
  it('`Kirkehuset – kaffe efter gudstjenesten: Bo …` is titled up to the colon; a colon left after the number is no part of the title', () => {
    const doc = parseText(
      [
        'Referat af menighedsrådsmøde 3. maj 2031',
        '',
        '1. : Regnskab: Regnskabet blev godkendt.',
        '2. : Kirkehuset – kaffe efter gudstjenesten: Bo har nøglen og sørger for kaffen.',
        '3. : Budget – skitse for næste år: Skitsen blev drøftet.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Regnskab', 'Regnskabet blev godkendt.'],
      [2, 'Kirkehuset – kaffe efter gudstjenesten', 'Bo har nøglen og sørger for kaffen.'],
      [3, 'Budget – skitse for næste år', 'Skitsen blev drøftet.'],
    ]);
  });
});

describe('a number alone under a heading', () => {
  it('records nothing (a page\'s number, a contents table\'s)', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 3. maj 2031', '', '1. Velkomst', 'Formanden bød velkommen.', '', '2. Økonomi', '4', '', '3. Eventuelt', '2.', '', '4. Næste møde', 'Holdes 1. juni.'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.decision])).toEqual([
      [1, 'Formanden bød velkommen.'],
      [2, null],
      [3, null],
      [4, 'Holdes 1. juni.'],
    ]);
  });
});

describe('another meeting\'s date in the header', () => {
  it('`referat fra sidste møde den …` in the agenda above the records is not this meeting\'s date; the title\'s is', () => {
    const doc = parseText(
      [
        'Referat af bestyrelsesmøde lørdag den 8. marts 2031.',
        '',
        'Tilstede: Bo, Per og Lise.',
        '',
        'Dagsorden:',
        '1. Godkendelse af referat fra sidste møde den 2. november 2030.',
        '2. Økonomi.',
        '3. Eventuelt.',
        '',
        'Referat:',
        'Ad. 1 Godkendt.',
        'Ad. 2 Kassen er fin.',
        'Ad. 3 Intet.',
      ].join('\n'),
    );
    expect(doc.meeting.date).toBe('2031-03-08');
  });
});

describe('section numbers glued to the text before them', () => {
  it('`… blev godkendt.2. Regnskab 2030,`, `Godkendt3. Notat om …`, `… fra mødet4. orientering …`: the next heading, in any case; a result alone under a heading ending in a comma is no part of its title', () => {
    const doc = parseText(
      [
        'Bestyrelsesmøde mandag den 3. marts 2031',
        '',
        'Til stede: Bo, Per og Lise.',
        '',
        '1. Godkendelse af referat',
        'Et par rettelser blev noteret.',
        'Med rettelserne blev referatet godkendt.2. Regnskab 2030,',
        'Godkendt3. Notat om besparelser på kontoret',
        'Notatet taget til efterretning4. orientering fra formanden',
        'Bo fortalte fra mødet med kommunen.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Godkendelse af referat', 'Et par rettelser blev noteret.\nMed rettelserne blev referatet godkendt.'],
      [2, 'Regnskab 2030', 'Godkendt'],
      [3, 'Notat om besparelser på kontoret', 'Notatet taget til efterretning'],
      [4, 'orientering fra formanden', 'Bo fortalte fra mødet med kommunen.'],
    ]);
  });
  it('a number glued to an abbreviation in capitals (`CO2. …`) stays text', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 3. marts 2031', '', '1. Klima', 'Vi vil spare på CO2. Det blev aftalt.', '', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.items.map((it) => it.number)).toEqual([1, 2]);
    expect(doc.items[0]!.decision).toBe('Vi vil spare på CO2. Det blev aftalt.');
  });
});

describe('an agenda of bullets under its label, grouped by access', () => {
  it('each bullet an item in order, those under `Lukket møde:` closed; the notice above gives body, date, time and place', () => {
    const doc = parseText(
      [
        'Hermed indkaldes til ordinært byrådsmøde torsdag den 6. marts 2031 kl. 19:00 i Holmby Hallen, Skolevej 4',
        '',
        'DAGSORDEN',
        'Åbent møde:',
        ' • Budgetopfølgning pr. 31.01.2031',
        ' • Lokalplan for Skovbrynet',
        ' • Meddelelser fra borgmesteren',
        'Lukket møde:',
        ' • Salg af grund',
        '',
        'Dagsordenen kan ses på rådhuset.',
      ].join('\n'),
    );
    expect(doc.documentType).toBe('dagsorden');
    expect(doc.items.map((it) => [it.number, it.title, it.closed])).toEqual([
      [1, 'Budgetopfølgning pr. 31.01.2031', false],
      [2, 'Lokalplan for Skovbrynet', false],
      [3, 'Meddelelser fra borgmesteren', false],
      [4, 'Salg af grund', true],
    ]);
    expect(doc.meeting).toMatchObject({ body: 'Byrådet', date: '2031-03-06', startTime: '19:00', location: 'Holmby Hallen, Skolevej 4' });
  });
});

describe('two headings both printed `1.`', () => {
  it('one a usual item\'s title, a paragraph apart, none numbered 2: Word\'s numbering lost in a copy cut short', () => {
    const doc = parseText(['Referat af årsmødet i Holmby Roklub 4. marts 2031', '', ' 1. Valg af dirigent', 'Bo Dal blev valgt.', 'Han takkede for valget.', '', ' 1. Bestyrelsens beretning om sæsonen', 'Formanden gennemgik året.'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Bestyrelsens beretning om sæsonen'],
    ]);
  });
});

describe('a short title, a colon and a sentence in the perfect passive', () => {
  it('`Punkt 2:Ny bane: Der er blevet bevilget …` over more text: the title, then what was done', () => {
    const doc = parseText(['Referat fra bestyrelsesmøde 4. maj 2031', '', 'Punkt 1: Banerne: De er for bløde i foråret.', '', 'Punkt 2:Ny bane: Der er blevet bevilget en ny bane til klubben.', 'Bo måler op.', '', 'Punkt 3: Evt: Intet.'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Banerne'],
      [2, 'Ny bane'],
      [3, 'Evt'],
    ]);
    expect(doc.items[1]!.decision).toMatch(/^Der er blevet bevilget en ny bane til klubben\./u);
  });
});

describe('sections headed by the agenda\'s point alone', () => {
  it('`Dagsorden pkt. 1` over a paragraph of what was done: an item titled as printed', () => {
    const doc = parseText(['Referat af afdelingsmøde i Holmby Boligforening 3. marts 2031', '', 'Dagsorden pkt. 1', 'Bo Dal blev valgt som dirigent og konstaterede at mødet var lovligt indkaldt.', '', 'Dagsorden pkt. 2', 'Forslaget om nye altaner blev vedtaget med 20 stemmer for.'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title, it.outcome])).toEqual([
      [1, 'Dagsorden pkt. 1', 'approved'],
      [2, 'Dagsorden pkt. 2', 'approved'],
    ]);
  });
  it('`Ad dagsorden pkt. 1: Valg af dirigent.`: the words before the number are no part of the title', () => {
    const doc = parseText(['Referat af generalforsamling i Holmby Sejlklub 3. marts 2031', '', 'Ad dagsorden pkt. 1: Valg af dirigent.', '', 'Bo Dal blev valgt som dirigent.', '', 'Dagsorden pkt. 2: Formandens beretning', '', 'Formanden gennemgik året, og beretningen blev godkendt.'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent.'],
      [2, 'Formandens beretning'],
    ]);
  });
  it('`Ad. 1:Valg …` (no space after the colon) and `Ad. 2. …` record the agenda\'s first entries; the rest stay items listed only', () => {
    const doc = parseText(
      [
        'Referat af repræsentantskabsmøde i Holmby Idrætsråd 2031',
        '',
        '1. Valg af dirigent og referent.',
        '2. Uddeling af årets pris.',
        '3. Bestyrelsens beretning.',
        '4. Eventuelt',
        '',
        'Ad. 1:Valg af dirigent og referent',
        'Bo Dal blev valgt til dirigent.',
        '',
        'Ad. 2. Uddeling af prisen for 2030',
        'Prisen gik til svømmeklubben.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.decision])).toEqual([
      [1, 'Bo Dal blev valgt til dirigent.'],
      [2, 'Prisen gik til svømmeklubben.'],
      [3, null],
      [4, null],
    ]);
  });
});

describe('usual end-of-meeting items without numbers after the numbered ones', () => {
  it('`Økonomi` before `Eventuelt` and `Næste møder` after it, each alone over its text: items numbered on', () => {
    const doc = parseText(
      [
        'Referat af møde i Holmby Fællesråd 3. marts 2031',
        '',
        '1. Stationsvej',
        'Sagen ligger hos kommunen.',
        '',
        '2. Skoven',
        'Bo deltager i mødet.',
        '',
        'Økonomi',
        'Kassen er uændret.',
        '',
        'Eventuelt',
        'Intet.',
        '',
        'Næste møder',
        '7. april kl. 19 i hallen.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Stationsvej', 'Sagen ligger hos kommunen.'],
      [2, 'Skoven', 'Bo deltager i mødet.'],
      [3, 'Økonomi', 'Kassen er uændret.'],
      [4, 'Eventuelt', 'Intet.'],
      [5, 'Næste møder', '7. april kl. 19 i hallen.'],
    ]);
  });
});

describe('`Dagsorden med referat`', () => {
  it('is minutes: the results on the heading lines are decisions', () => {
    const doc = parseText(['Forretningsudvalgets 3. møde 2031, torsdag den 4. september kl. 12', '', 'Dagsorden med referat.', '1. Godkendelse af dagsordenen. Godkendt.', '2. Referat af sidste møde. Godkendt.', '3. Økonomi.', 'Kassereren gennemgik regnskabet.'].join('\n'));
    expect(doc.documentType).toBe('referat');
    expect(doc.items.map((it) => [it.number, it.decision, it.outcome])).toEqual([
      [1, 'Godkendt.', 'approved'],
      [2, 'Godkendt.', 'approved'],
      // (The accounts gone through and nothing more said of them: taken note of.)
      [3, 'Kassereren gennemgik regnskabet.', 'noted'],
    ]);
  });
});

describe('a venue with its street and postcode on the line after the date', () => {
  it('is the place', () => {
    const doc = parseText(['REFERAT AF HOLMBY TENNIS’ ÅRSMØDE 2031', '', 'TIRSDAG DEN 4. MARTS 2031 KL. 19:30', '', 'Holmbyhallen, Skovvej 25, 2900 Hellerup', '', ' 1. Valg af dirigent', 'Bo Dal blev valgt.', '', ' 2. Beretning', 'Godkendt.'].join('\n'));
    expect(doc.meeting.location).toBe('Holmbyhallen, Skovvej 25, 2900 Hellerup');
  });
});

describe('a lettered agenda with its records by letter', () => {
  it('`a.` … `e.`, then `Ad. a` / `Ad. b` / `Ad. c og d` over what was done: the records are the items\' text; `Punkt c og d blev …` in a sentence is no heading', () => {
    const doc = parseText(
      [
        'Referat af generalforsamling i Holmby Antennelaug 5. marts 2031',
        '',
        'Dagsorden:',
        'a. Valg af dirigent',
        'b. Beretning',
        'c. Indkomne forslag',
        'd. Ny kanal',
        'e. Eventuelt.',
        '',
        'Ad. a',
        'Bo Dal blev valgt.',
        '',
        'Ad. b',
        'Beretningen blev godkendt.',
        'Punkt c og d blev det besluttet at behandle under et.',
        '',
        'Ad. c og d',
        'Forslaget om en ny kanal blev vedtaget.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Bo Dal blev valgt.'],
      [2, 'Beretning', 'Beretningen blev godkendt.\nPunkt c og d blev det besluttet at behandle under et.'],
      [3, 'Indkomne forslag', 'Forslaget om en ny kanal blev vedtaget.'],
      [4, 'Ny kanal', 'Forslaget om en ny kanal blev vedtaget.'],
      [5, 'Eventuelt.', null],
    ]);
    expect(doc.meeting.chair).toBe('Bo Dal');
  });
});

describe('a list numbered at its first entry, its bullets going on with their records on their lines', () => {
  it('`1. Godkendelse af referat` / `• Orientering fra formand: …` / `• Årsmøde: stillingtagen til dato: Udsat.`', () => {
    const doc = parseText(
      [
        'LOKALRÅDSMØDE tirsdag den 4. marts 2031',
        'Tilstede: Bo, Per, Lise',
        'DAGSORDEN med referat:',
        ' 1. Godkendelse af referat',
        ' • Orientering fra formand: Kommunen holder affaldsindsamling i april. Vi mødes ved Brugsen.',
        ' • Orientering fra kassereren – herunder regnskab 2030: Regnskabet viser et lille overskud.',
        ' • Årsmøde: stillingtagen til dato: Udsat.',
        ' • Hjemmesiden, status: 450 følgere på Facebook.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Godkendelse af referat', null],
      [2, 'Orientering fra formand', 'Kommunen holder affaldsindsamling i april. Vi mødes ved Brugsen.'],
      [3, 'Orientering fra kassereren – herunder regnskab 2030', 'Regnskabet viser et lille overskud.'],
      [4, 'Årsmøde: stillingtagen til dato', 'Udsat.'],
      [5, 'Hjemmesiden, status', '450 følgere på Facebook.'],
    ]);
  });
});

describe('bulleted titles over a case system\'s blocks', () => {
  it('`- Title` / `Beslutning` / … are the items, with the bullets of the same kind over text; lettered sub-points under them are not', () => {
    const doc = parseText(
      [
        'Referat af Seniorrådets møde den 3. marts 2031',
        '',
        '- Godkendelse af dagsorden',
        'Beslutning',
        'Dagsordenen blev godkendt.',
        '- Høringer',
        'Der er kommet to høringer:',
        'a. Cykelsti på Skovvej',
        'b. Kvalitetsstandarder',
        'Beslutning',
        'Høringerne blev drøftet.',
        '- Økonomi',
        'Beslutning',
        'Taget til efterretning.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      [2, 'Høringer', 'discussed'],
      [3, 'Økonomi', 'noted'],
    ]);
  });
});

describe('a council\'s letters before the item\'s number', () => {
  it('`HR. 1 Title` sections under a contents table of `HR 1.` entries: the items, numbered by their numbers', () => {
    const doc = parseText(
      [
        'Referat af Handicaprådets møde 4. marts 2031',
        '',
        'Indholdsfortegnelse',
        'HR 1.   Konstituering',
        'HR 2.   Økonomi 2031',
        '',
        'HR. 1 Konstituering',
        'Beslutning:',
        'Bo Dal blev valgt som formand.',
        '',
        'HR. 2 Økonomi 2031',
        'Beslutning:',
        'Økonomien blev drøftet.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Konstituering', 'Bo Dal blev valgt som formand.'],
      [2, 'Økonomi 2031', 'Økonomien blev drøftet.'],
    ]);
  });
});

describe('a case\'s title under its case number, with no numbers', () => {
  it('`Sagsnr.: … Sagsbehandler: …` / title / a routing table of one cell a line / `Sagsfremstilling` …: items titled from the line under the number', () => {
    const doc = parseText(
      [
        'Udvalg: Kulturudvalget',
        'Mødedato: 4. marts 2031',
        '',
        'Sagsnr.: 00.22.02-A00-9-31 Sagsbehandler: Bo Dal',
        '',
        'Valg af næstformand',
        '',
        'DIR',
        '',
        'KFU',
        '',
        'Sagsfremstilling',
        'Udvalget skal vælge en næstformand.',
        'Beslutning',
        'Lise Holm blev valgt.',
        '',
        'Sagsnr.: 15.00.00-A00-2-31 Sagsbehandler: Per Lund',
        '',
        'Orientering om biblioteket',
        '',
        'Sagsfremstilling',
        'Biblioteket har fået nye åbningstider.',
        'Beslutning',
        'Taget til efterretning.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af næstformand', 'Lise Holm blev valgt.'],
      [2, 'Orientering om biblioteket', 'Taget til efterretning.'],
    ]);
  });
});

describe('an empty absentees\' label over the meeting\'s kind', () => {
  it('`Afbud:` with nobody under it, then `Mødetype: Styrelsesmøde`: nobody absent', () => {
    const doc = parseText(['Referat af styrelsesmøde den 4. marts 2031 kl. 10.30', '', 'Tilstede: Pia, Mads og Leif', '', 'Afbud:', '', 'Mødetype: Styrelsesmøde', '', '1. Budget', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual([]);
  });
});

describe('a title put first, then the verb and who told', () => {
  it('`Punkt 4: Indkomne forslag konstaterede dirigenten, at …`: the title, then the record', () => {
    const doc = parseText(['Referat af generalforsamling i Holmby Seniorklub 3. marts 2031', '', 'Punkt 1: Valg af dirigent', 'Bo Dal blev valgt.', '', 'Punkt 2: Indkomne forslag konstaterede dirigenten, at der ikke var kommet nogen forslag.', 'Derefter gik man videre.'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Indkomne forslag'],
    ]);
    expect(doc.items[1]!.decision).toMatch(/^konstaterede dirigenten, at der ikke var kommet nogen forslag\./u);
  });
});

describe('one heading for two entries with no agenda listing them', () => {
  it('`Ad 1 + 2  Valg af dirigent og referent.` is one item, numbered by its first number', () => {
    const doc = parseText(['Referat af generalforsamling i Holmby Kor 3. marts 2031', '', 'Ad 1 + 2    Valg af dirigent og referent. Bo Dal blev valgt til dirigent.', '', 'Ad 3    Formandens beretning. Beretningen blev godkendt.'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent og referent'],
      [3, 'Formandens beretning'],
    ]);
  });
});

describe('a portal\'s page of one item', () => {
  it('`Evt.` over what was said is one item, not a refusal', () => {
    const doc = parseText(['Evt.', '', 'Bo Dal (A) ønskede en orientering om vejarbejdet på Skovvej, hvilket udvalget var enige i.', '', 'Forvaltningen sender planen til udvalget.'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, 'Evt.']]);
  });
  it('a page whose first line is no item\'s title stays refused', () => {
    expect(() => parseText(['Ny legeplads i byparken', '', 'Børnene kan glæde sig til foråret, hvor den nye legeplads åbner.'].join('\n'))).toThrow(/does not look like meeting minutes/);
  });
});

describe('a page stored a paragraph to a line', () => {
  const lines = [
    'Bestyrelsesmøde 14.3.2031',
    'På mødet talte vi blandt andet om følgende:',
    'Klubhusets tag',
    'Taget er utæt over omklædningsrummet, og det har regnet ind flere gange i vinter. Vi har fået et tilbud fra en tømrer på 40.000 kr., og det blev besluttet at tage imod det, så arbejdet kan gå i gang til maj.',
    'Sommerlejr',
    'Sommerlejren holdes igen på Fyn i uge 28. Der er plads til 30 børn, og tilmeldingen åbner i april via hjemmesiden. Vi mangler stadig to voksne, som vil tage med og hjælpe i køkkenet.',
    'Nye trøjer',
    'Sponsoren har givet tilsagn om nye trøjer til alle hold, og de bliver delt ud ved sæsonstarten. Holdlederne samler størrelserne ind inden påske, så bestillingen kan gå afsted i god tid.',
  ];
  it('short lines over long ones are the titles, each over its record', () => {
    const doc = parseText(lines.join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Klubhusets tag'],
      [2, 'Sommerlejr'],
      [3, 'Nye trøjer'],
    ]);
    expect(doc.items[0]!.decision).toMatch(/^Taget er utæt over omklædningsrummet/u);
  });
  it('a longer title over a line that opens a list, and a group\'s word (`Bestyrelse`) over sentences, are titles too', () => {
    const doc = parseText([
      'Referat bestyrelsesmøde 3/2 2031',
      'Opfølgning på mødet med kommunen og skolen om hallen',
      'Det blev aftalt:',
      'Vi låner hallen om lørdagen fra august, og skolen står for rengøringen efter hvert arrangement, som aftalt med kommunen i december. Nøglen hentes på kontoret.',
      'Bestyrelse',
      'Vi mangler stadig en kasserer. Bo overvejer at stille op, men han har travlt med sit nye arbejde og giver svar inden næste møde. Indtil da fører Eva kassen.',
      'Sommerlejr',
      'Sommerlejren holdes igen på Fyn i uge 28. Der er plads til 30 børn, og tilmeldingen åbner i april via hjemmesiden. Vi mangler stadig to voksne til køkkenet.',
    ].join('\n'));
    expect(doc.items.map((it) => it.title)).toEqual(['Opfølgning på mødet med kommunen og skolen om hallen', 'Bestyrelse', 'Sommerlejr']);
    expect(doc.meeting.date).toBe('2031-02-03');
  });
  it('a page whose paragraphs blank lines part is not read so: a short line over a long one there is a point of a report', () => {
    const spaced = lines.flatMap((l, k) => (k % 2 === 0 ? [l, ''] : [l]));
    expect(parseText(spaced.join('\n')).items.map((it) => it.title)).not.toContain('Sommerlejr');
  });
  it('lines wrapped on a page (none of them long) are not read so', () => {
    const wrapped = lines.flatMap((l) => (l.length > 80 ? [l.slice(0, 70), l.slice(70)] : [l]));
    expect(parseText(wrapped.join('\n')).items).toEqual([]);
  });
});

describe('an agenda list, then records under its numbers, neither a chain of headings', () => {
  it('`Dagsorden:` / `1. Kassen` … / `Referat:` / `1. Kassereren orienterede …`: the records are the items, titled from the list', () => {
    const doc = parseText([
      'Bestyrelsesmøde 2/3 2031',
      '',
      'Dagsorden:',
      '1. Kassen',
      '2. Vedligehold af boringen',
      '3. Evt.',
      '',
      'Referat:',
      '1. Kassereren orienterede om årets regnskab, der viser et lille overskud. Revisionen er aftalt til marts.',
      '2. Pumpen i boringen er blevet skiftet, og anlægget kører igen uden problemer.',
      '3. Næste møde holdes hos Bent i maj.',
    ].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Kassen'],
      [2, 'Vedligehold af boringen'],
      [3, 'Evt.'],
    ]);
    expect(doc.items[1]!.decision).toMatch(/^Pumpen i boringen er blevet skiftet/u);
  });
});

describe('bullets a paragraph apart, titles and sentences mixed', () => {
  it('every bullet is an item when half of them or more are titles over text; a sentence bullet is its own title and record', () => {
    const doc = parseText([
      'Referat af generalforsamling 2031',
      '',
      '* Formanden bød velkommen, og Lis Bak blev valgt til dirigent.',
      '',
      '* Indkaldelsen blev godkendt.',
      '',
      '* Beretning:',
      '   Formanden fortalte om et godt år med mange nye medlemmer.',
      '   Beretningen blev godkendt.',
      '',
      '* Regnskab:',
      '   Kassereren gennemgik regnskabet, som blev godkendt.',
      '',
      '* Eventuelt:',
      '',
    ].join('\n'));
    expect(doc.items.map((it) => it.title)).toEqual([
      'Formanden bød velkommen',
      'Indkaldelsen blev godkendt.',
      'Beretning',
      'Regnskab',
      'Eventuelt',
    ]);
    expect(doc.items[3]!.decision).toMatch(/^Kassereren gennemgik regnskabet/u);
  });
});

describe('a header listing `Deltagere:` heads minutes', () => {
  it('the text under the items of an untitled document with its participants listed is their record', () => {
    const doc = parseText([
      'Dato: 3. maj 2031 kl. 19',
      'Deltagere: Bo Dal, Lis Bak, Eva Holm',
      '1. Nyt fra formanden',
      'Der har været to henvendelser fra naboer om støj.',
      '2. Økonomi',
      'Vi holder budgettet.',
      '3. Banerne',
      'Bane 2 lukker for vedligehold i juni.',
    ].join('\n'));
    expect(doc.documentType).toBe('referat');
    expect(doc.items.map((it) => it.decision)).toEqual(['Der har været to henvendelser fra naboer om støj.', 'Vi holder budgettet.', 'Bane 2 lukker for vedligehold i juni.']);
  });
});

describe('the body in a portal page\'s title and in a meeting word', () => {
  it('`Referater af Ungdomsrådets møder i 2031`: the body whose minutes the page holds', () => {
    const doc = parseText(['Referater af Ungdomsrådets møder i 2031', '', '3. marts 2031 – Ordinært møde', '', '1. Godkendelse af dagsorden', 'Godkendt.', '', '2. Budget', 'Budgettet blev drøftet.'].join('\n'));
    expect(doc.meeting.body).toBe('Ungdomsrådet');
    expect(doc.documentType).toBe('referat');
  });
  it('`SeniorRådsmøde`, the name written with a capital inside it, names the council', async () => {
    const { bodyInMeetingWord } = await import('../src/segment/meeting.js');
    expect(bodyInMeetingWord('SeniorRådsmøde')).toBe('SeniorRådet');
    expect(bodyInMeetingWord('Ældrerådsmøde')).toBe('Ældrerådet');
    expect(bodyInMeetingWord('Bestyrelsesmøde')).toBeNull();
    expect(bodyInMeetingWord('skolebestyrelsesmøde')).toBe('Skolebestyrelsen');
  });
});

describe('a numbered heading that tells what was done, over more text', () => {
  it('`1. Bo Holm blev valgt til ordstyrer` / `Eva Dal blev valgt til referent.`: the heading is the record\'s first sentence', () => {
    const doc = parseText([
      'Referat af bestyrelsesmøde 3. maj 2031',
      '',
      ' 1. Bo Holm blev valgt til ordstyrer',
      '  Eva Dal blev valgt til referent.',
      ' 2. Referatet blev godkendt.',
      '  Lis spurgte, om referater fremover skal sendes ud før mødet. Det tages op på næste møde.',
      ' 3. Budget',
      '  Kassereren fremlagde budgettet, som blev vedtaget.',
    ].join('\n'));
    expect(doc.items.map((it) => it.decision?.split('\n')[0])).toEqual(['Bo Holm blev valgt til ordstyrer', 'Referatet blev godkendt.', 'Kassereren fremlagde budgettet, som blev vedtaget.']);
    expect(doc.items[1]!.outcome).toBe('approved');
  });
  it('`2. Regnskabet blev fremlagt. Der var to spørgsmål …` on one line: the record opens with the heading\'s sentence', () => {
    const doc = parseText([
      'Referat af generalforsamling 3. maj 2031',
      '',
      '1. Valg af dirigent: Bo Holm.',
      '2. Regnskabet blev fremlagt. Der var to spørgsmål om renterne, som kassereren besvarede.',
      '3. Eventuelt. Intet.',
    ].join('\n'));
    expect(doc.items[1]!.decision).toMatch(/^Regnskabet blev fremlagt\.?\n?\s*Der var to spørgsmål/u);
  });
  it('`2: Formanden orienterer om … . Ang. taget …`: a sentence of telling on the heading\'s line is the record\'s first', () => {
    const doc = parseText([
      'Referat af menighedsrådsmøde 3. maj 2031',
      '',
      '1: Dagsorden godkendes og Bo vælges som mødeleder.',
      '',
      '2: Formanden orienterer om ansættelsen af en ny graver på 32 timer om ugen. Ang. taget på præstegården venter vi på et tilbud.',
      '',
      '3: Valg af 2 revisorer og 1 suppleant: Eva Holm og Lis Bak.',
    ].join('\n'));
    expect(doc.items[1]!.decision).toMatch(/^Formanden orienterer om ansættelsen/u);
    expect(doc.items[2]!.decision ?? '').not.toMatch(/^Valg af/u);
  });
});

describe('three headings all `1.`, each over a list of its own', () => {
  const doc = (second: string) => parseText([
    'Referat for bestyrelsesmøde 3. oktober 2031',
    'Deltagere: Bo Dal, Eva Holm',
    ' 1. Godkendelse af referat',
    ' • Gennemgået og godkendt.',
    ' • Underskrevet af alle.',
    ` 1. ${second}`,
    ' • Kassen er gjort op til 31/8.',
    ' • Vandet blev dyrere i år.',
    ' 1. Sager til beslutning',
    ' • Banen lukkes om tirsdagen i maj.',
    ' • Der købes en ny plæneklipper.',
  ].join('\n'));
  it('with no heading numbered 2 anywhere, Word\'s numbering was lost: the three are items 1 to 3', () => {
    expect(doc('Økonomi').items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af referat'],
      [2, 'Økonomi'],
      [3, 'Sager til beslutning'],
    ]);
  });
});

describe('a list whose entries are their own records', () => {
  it('`1. Bo Dal valgtes til dirigent.` … every entry is an item, its first sentence the title, all of it the record', () => {
    const doc = parseText([
      'Referat af generalforsamling 3. marts 2031',
      '',
      '  1. Bo Dal valgtes enstemmigt til dirigent.',
      '  2. Formanden, Eva Holm, aflagde beretningen, der blev godkendt. Hun takkede de frivillige for et godt år med mange nye medlemmer, to sommerture og en velbesøgt julefrokost i klubhuset.',
      '  3. Kassereren, Lis Bak, fremlagde regnskabet. Der var et lille overskud på godt 4.000 kr., fordi udgifterne til bussen blev mindre end ventet, og regnskabet blev godkendt uden bemærkninger.',
      '  4. Kontingentet blev fastsat uændret til 200 kr.',
      '  5. Per Lund blev genvalgt som revisor',
      '  6. Eventuelt - intet',
    ].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Bo Dal valgtes enstemmigt til dirigent.'],
      [2, 'Formanden, Eva Holm, aflagde beretningen, der blev godkendt.'],
      [3, 'Kassereren, Lis Bak, fremlagde regnskabet.'],
      [4, 'Kontingentet blev fastsat uændret til 200 kr.'],
      [5, 'Per Lund blev genvalgt som revisor'],
      [6, 'Eventuelt'],
    ]);
    // The record is the whole entry; what was resolved in it (`regnskabet blev godkendt`) is the item's outcome.
    expect(doc.items[2]!.decision).toContain('regnskabet blev godkendt');
    expect(doc.items[2]!.outcome).toBe('approved');
  });
});

describe('a house style of `N. Title – what was said` on one line', () => {
  it('every heading so shaped is split at its dash, also where what was said starts in small letters', () => {
    const doc = parseText([
      'Bestyrelsesmøde 4.9.2031',
      '',
      'Til stede: Bo, Eva, Lis.',
      '',
      ' 1. Nyt fra boligselskabet – intet til dette punkt',
      ' 2. Vaskeriet – maskine nummer to er stadig i stykker, Bo ringer til serviceteknikeren i morgen.',
      ' 3. Legepladsen – sandet skiftes i oktober, og gyngerne bliver efterset af kommunen.',
      ' 4. Hække – vi beder gartneren klippe dem inden vinteren, da de er vokset ind over stien.',
      ' 5. Evt – intet.',
    ].join('\n'));
    expect(doc.items.map((it) => [it.title, it.decision])).toEqual([
      ['Nyt fra boligselskabet', 'intet til dette punkt'],
      ['Vaskeriet', 'maskine nummer to er stadig i stykker, Bo ringer til serviceteknikeren i morgen.'],
      ['Legepladsen', 'sandet skiftes i oktober, og gyngerne bliver efterset af kommunen.'],
      ['Hække', 'vi beder gartneren klippe dem inden vinteren, da de er vokset ind over stien.'],
      ['Evt', 'intet.'],
    ]);
  });
  it('a title with a dash in an agenda of titles stays whole', () => {
    const doc = parseText(['Dagsorden for udvalgsmødet 4.9.2031', '', '1. Budget 2032 – overblik og tidsplan', '2. Skolevej – trafiksikring', '3. Eventuelt'].join('\n'));
    expect(doc.items.map((it) => it.title)).toEqual(['Budget 2032 – overblik og tidsplan', 'Skolevej – trafiksikring', 'Eventuelt']);
  });
});

describe('a meeting in a named body, then its date at the line\'s end', () => {
  it.each([
    ['Bestyrelsesmøde i Solbakkens Ejerlaug 2031.04.19', '2031-04-19'],
    ['Bestyrelsesmøde i Solbakkens Ejerlaug 2031-04-19', '2031-04-19'],
  ])('%s: the body and the date', (title, date) => {
    const doc = parseText([title, '', 'Til stede: Bo, Eva.', '', '1. Regnskab', 'Godkendt.', '', '2. Vejen', 'Vi venter på et tilbud.', '', '3. Eventuelt', 'Intet.'].join('\n'));
    expect([doc.meeting.body, doc.meeting.date]).toEqual(['Solbakkens Ejerlaug', date]);
  });
});

describe('a case system\'s page with its titles and case numbers lost', () => {
  it('`• Sagsid.:` with no value over `Sagsfremstilling` starts an untitled item', () => {
    const doc = parseText([
      'Referat',
      '',
      'Torsdag den 3. marts 2031 kl. 15:00',
      'Udvalg: Ungdomsrådet',
      ' • Sagsid.:',
      '',
      '  Sagsfremstilling',
      '  Rådet skal vælge en formand.',
      '  Beslutning Ungdomsrådet den 03-03-2031',
      '  Ungdomsrådet valgte Eva Holm som formand.',
      ' • Sagsid.:',
      '',
      '  Sagsfremstilling',
      '  Rådet drøfter årets temaer.',
      '  Beslutning Ungdomsrådet den 03-03-2031',
      '  Temaerne blev drøftet.',
    ].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, '', 'Ungdomsrådet valgte Eva Holm som formand.'],
      [2, '', 'Temaerne blev drøftet.'],
    ]);
  });
});

describe('the first section glued to the agenda\'s last entry', () => {
  it('`4. Eventuelt1. Stemmetællere: Bo og Eva` / `2. Dirigent: Eva. …`: short titles of the records, each part of its entry\'s', () => {
    const doc = parseText([
      'Referat af generalforsamling i Holmby Vælgerforening 3. marts 2031',
      '',
      '1. Valg af stemmetællere',
      '2. Valg af dirigent',
      '3. Formandens beretning og drøftelse af foreningens forhold',
      '4. Eventuelt1. Stemmetællere: Bo og Eva',
      '',
      '2. Dirigent: Eva Holm. Hun takkede for valget.',
      '',
      '3. Formandens beretning: Et travlt år med to valg og mange møder.',
      '',
      '4. Eventuelt: Intet.',
    ].join('\n'));
    expect(doc.items.map((it) => [it.number, it.decision])).toEqual([
      [1, 'Bo og Eva'],
      [2, 'Eva Holm. Hun takkede for valget.'],
      [3, 'Et travlt år med to valg og mange møder.'],
      [4, 'Intet.'],
    ]);
  });
  it('with the agenda\'s entries a paragraph apart, the records are still the items', () => {
    const doc = parseText([
      'Referat af generalforsamling i Holmby Vælgerforening 3. marts 2031',
      '',
      '1. Valg af stemmetællere',
      '',
      '2. Valg af dirigent',
      '',
      '3. Formandens beretning og drøftelse af foreningens forhold',
      '',
      '4. Eventuelt1. Stemmetællere: Bo og Eva',
      '',
      '2. Dirigent: Eva Holm. Hun takkede for valget.',
      '',
      '3. Formandens beretning: Et travlt år med to valg og mange møder.',
      'Vi fik ti nye medlemmer.',
      '',
      '4. Eventuelt: Intet.',
    ].join('\n'));
    expect(doc.items.map((it) => [it.number, it.decision?.split('\n')[0] ?? null])).toEqual([
      [1, 'Bo og Eva'],
      [2, 'Eva Holm. Hun takkede for valget.'],
      [3, 'Et travlt år med to valg og mange møder.'],
      [4, 'Intet.'],
    ]);
  });
  it('a copy cut after the first section: that section is item 1, the other entries items listed only', () => {
    const doc = parseText([
      'Referat, Ungdomsrådet, 3. marts 2031',
      '',
      '1. Rundvisning på skolen',
      '2. Godkendelse af dagsorden',
      '3. Eventuelt1. Rundvisning på skolen',
      '',
      'Beslutning i Ungdomsrådet den 03-03-2031',
      'Skolelederen viste rådet rundt.',
    ].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Rundvisning på skolen', 'Skolelederen viste rådet rundt.'],
      [2, 'Godkendelse af dagsorden', null],
      [3, 'Eventuelt', null],
    ]);
  });
});

describe('two numbered paragraphs in a copy cut short', () => {
  it('`1. Valg af stemmetællere Bo Dal …` / `2. Formandens beretning …`: two items, their titles running into their text', () => {
    const doc = parseText([
      'Ordinær generalforsamling i Holmby Vandværk onsdag d. 2. september 2031',
      '',
      'Formanden bød velkommen og foreslog Bo Dal som dirigent. Dette blev vedtaget, og dirigenten konstaterede, at generalforsamlingen var lovligt indkaldt efter vedtægterne.',
      '',
      '1. Valg af stemmetællere Eva Holm og Lis Bak blev valgt. Da Eva Holm senere stillede op til valget, overtog Per Dam hendes plads som stemmetæller resten af aftenen.',
      '',
      '2. Formandens beretning Et stille år med en ny boring, der har bestået prøvepumpningen og nu er sat i drift, og med en vandpris, der holdes uændret.',
    ].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af stemmetællere'],
      [2, 'Formandens beretning'],
    ]);
  });
});

describe('a case system\'s page with no item headings and no case numbers', () => {
  it('`Referat` alone at the top is the title, not a case\'s decision block: the header keeps the meeting\'s fields', () => {
    const doc = parseText([
      'Referat',
      'Ungdomsrådet tirsdag den 14. december 2031 kl. 18:30',
      '',
      'Sagsfremstilling',
      'Rådet orienteres om årshjulet.',
      'Beslutning',
      'Taget til efterretning.',
      'Sagsfremstilling',
      'Rådet skal godkende en ny model for støtte.',
      'Beslutning',
      'Godkendt.',
    ].join('\n'));
    expect(doc.meeting.date).toBe('2031-12-14');
    expect(doc.items.map((it) => it.decision)).toEqual(['Taget til efterretning.', 'Godkendt.']);
  });
  it('its blocks in cycles, a decision ending each: after each decision the next block starts an item', () => {
    const doc = parseText([
      'Ungdomsrådet',
      'Referat • 3. marts 2031 kl. 15.30',
      'Beslutning i Ungdomsrådet den 03-03-2031',
      'Dagsorden godkendt.',
      'Beslutningstema',
      'Rådet skal tage stilling til et budgetønske.',
      'Indstilling',
      'Forvaltningen indstiller, at ønsket sendes videre.',
      'Beslutning i Ungdomsrådet den 03-03-2031',
      'Godkendt.',
      'Bilag',
      'Budgetønske 2032',
      'Beslutningstema',
      'Rådet orienteres om årets festival.',
      'Beslutning i Ungdomsrådet den 03-03-2031',
      'Taget til efterretning.',
    ].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, '', 'Dagsorden godkendt.'],
      [2, '', 'Godkendt.'],
      [3, '', 'Taget til efterretning.'],
    ]);
  });
});

describe('a table written with pipes, its rows broken over lines', () => {
  it('each row an item, the cell under `Referat` its record, the text in the first cell its background', () => {
    const doc = parseText([
      'Referat',
      'Udvalgsmøde 20-02-2031 kl. 17:00',
      'Deltagere: Bo Dal, Eva Holm',
      '| Mødepunkt | Referat |',
      '| 1 – Godkendelse af referat | Godkendt og underskrevet.',
      ' | ',
      '| 2 – Kirkens tag',
      ' Menighedsrådet søger om penge til et nyt tag.',
      ' | Udvalget bevilger 200.000 kr.',
      ' Eva Holm deltog ikke i punktet. | ',
      '| 3 – Eventuelt',
      ' | Intet.',
      ' | ',
    ].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Godkendelse af referat', 'Godkendt og underskrevet.'],
      [2, 'Kirkens tag', 'Udvalget bevilger 200.000 kr. Eva Holm deltog ikke i punktet.'],
      [3, 'Eventuelt', 'Intet.'],
    ]);
  });
});

describe('an agenda list, then what was done in paragraphs of prose', () => {
  it('each paragraph that shares a word with a later entry\'s title starts that entry\'s record', () => {
    const doc = parseText([
      'Ekstraordinær generalforsamling 26. april 2031',
      '',
      'Dagsorden:',
      '',
      '1.) Valg af dirigent.',
      '',
      '2.) Bestyrelsen fremlægger forslag om ny vandboring til godkendelse.',
      '',
      '3.) Eventuelt',
      '',
      'Der var mødt 40 medlemmer op, som havde 90 stemmer i alt.',
      '',
      'Dirigent Bo Dal blev valgt og erklærede generalforsamlingen lovligt indkaldt.',
      '',
      'Kassereren fremlagde planen for en ny vandboring, og efter spørgsmål blev der stemt.',
      '',
      'Resultat: 80 stemmer for og 10 imod. Forslaget blev vedtaget.',
    ].join('\n'));
    expect(doc.items.map((it) => [it.number, it.decision?.split('\n')[0] ?? null])).toEqual([
      [1, 'Dirigent Bo Dal blev valgt og erklærede generalforsamlingen lovligt indkaldt.'],
      [2, 'Kassereren fremlagde planen for en ny vandboring, og efter spørgsmål blev der stemt.'],
      [3, null],
    ]);
    expect(doc.meeting.chair).toBe('Bo Dal');
  });
});

describe('titles without bullets, each over bulleted points set further in', () => {
  it('`Valg af dirigent` / ` • Valget faldt på …` / `Beretning` / ` • …`: the titles are the items', () => {
    const doc = parseText([
      'GENERALFORSAMLING 22.02.2031',
      '',
      'Fraværende: Bo og Eva',
      '',
      'Valg af dirigent',
      '',
      ' • Valget faldt på Lis Bak, der takkede for valget.',
      '',
      'Beretning',
      '',
      ' • Formanden gennemgik beretningen:',
      '  • Der er solgt fem haver i år.',
      ' • Beretningen blev godkendt.',
    ].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title, it.outcome])).toEqual([
      [1, 'Valg af dirigent', 'approved'],
      [2, 'Beretning', 'approved'],
    ]);
  });
});

describe('the body at the top of small associations\' minutes', () => {
  const body = (lines: string[]) => parseText([...lines, '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Beretning', 'Beretningen blev godkendt.'].join('\n')).meeting.body;
  it.each([
    [['Bridgeklubben BK 80 Holmby', 'Referat af ordinær generalforsamling den 29. april 2031'], 'Bridgeklubben BK 80 Holmby'],
    [['Generalforsamlingsreferater', 'Referat af Generalforsamling i Holmby Bridgeklub, tirsdag 25. april 2031.'], 'Holmby Bridgeklub'],
    [['5. marts 2031', 'Referat fra ekstraordinær generalforsamling', 'Havekolonien Solsikken'], 'Havekolonien Solsikken'],
    [['Referat af generalforsamling 2031', 'Tirsdag 9. marts afholdt Holmby Antenneforening deres ordinære generalforsamling.'], 'Holmby Antenneforening'],
    [['Generalforsamling', 'Kor Cantus', 'Tirsdag den 15. marts 2031'], 'Kor Cantus'],
    [['Referat fra Holmby Bridgeklubs Generalforsamling den 7. april 2031'], 'Holmby Bridgeklub'],
    [['Referat fra bestyrelsesmøde i Roklubben 28. janaur 2031'], 'Roklubben'],
    [['Generalforsamling 2031', 'Andelsforeningen Holmby Vandværk Generalforsamling 2031', 'Ordinær generalforsamling onsdag d. 2. september 2031'], 'Andelsforeningen Holmby Vandværk'],
  ])('%j: %s', (lines, expected) => expect(body(lines)).toBe(expected));
});

describe('where and when, told in a sentence at the top', () => {
  const meeting = (sentence: string) => parseText(['Referat af generalforsamling i Holmby Bridgeklub, tirsdag 25. april 2031.', sentence, '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Beretning', 'Godkendt.'].join('\n')).meeting;
  it('`… blev afholdt i Folkehuset Vejlby og varede fra kl. 18,30 til ca. 19,15.`: the place and both times', () => {
    const m = meeting('Generalforsamlingen blev afholdt i Folkehuset Vejlby og varede fra kl. 18,30 til ca. 19,15. Der var 28 til stede.');
    expect([m.location, m.startTime, m.endTime]).toEqual(['Folkehuset Vejlby', '18:30', '19:15']);
  });
  it('`… påbegyndtes kl. 18.45.`: the start', () => {
    expect(meeting('Generalforsamlingen, der blev holdt i klubbens lokaler, påbegyndtes kl. 18.45.').startTime).toBe('18:45');
  });
  it('a place cut at an abbreviation\'s full stop is left to other readings', () => {
    expect(meeting('Mødet blev afholdt på Sct. Hans skole. Der var kaffe.').location).not.toBe('Sct');
  });
});

describe('the chair elected in words without the usual verb', () => {
  const chair = (record: string) => parseText(['Referat af generalforsamling 3. marts 2031', '', '1. Valg af dirigent', record, '', '2. Beretning', 'Godkendt.'].join('\n')).meeting.chair;
  it.each([
    ['• Valget faldt på Lis (Ringhaven), der takkede for valget.', 'Lis'],
    ['Robert foreslået og valgt', 'Robert'],
  ])('%s → %s', (record, name) => expect(chair(record)).toBe(name));
});

describe('a meeting word with its date glued to `d.`', () => {
  it('`Bestyrelsesmøde d.20. oktober 2031` dates the meeting', () => {
    const doc = parseText(['Bestyrelsesmøde d.20. oktober 2031', 'Referat', 'Afbud: Bo Dal', '· Nyt fra formanden:', '- Stor ros til holdene.', '· Økonomi:', '- Kassen er fin.', '· Eventuelt:', '- Intet.'].join('\n'));
    expect(doc.meeting.date).toBe('2031-10-20');
  });
});

describe('a day and month without a year, under a title with the year', () => {
  it('the title\'s year wins over a full date further down, which is another day\'s', () => {
    const doc = parseText([
      'Referat af generalforsamling 2031',
      'Tirsdag 9. marts afholdt Holmby Antenneforening deres ordinære generalforsamling.',
      'Formanden fortalte, at anlægget blev skiftet den 1. juni 2030.',
      '',
      '1. Valg af dirigent',
      'Bo Dal blev valgt.',
      '',
      '2. Beretning',
      'Godkendt.',
    ].join('\n'));
    expect(doc.meeting.date).toBe('2031-03-09');
  });
});

describe('a tight list of the usual titles with text under them, no chain of headings', () => {
  it('` 1. Valg af dirigent. Bo Dal påtog sig opgaven` / ` 2. Bestyrelsens beretning.` / `  Formanden …`: the list is the items', () => {
    const doc = parseText([
      'Referat af generalforsamling i Holmby Biavlerforening den 24.10.2031 kl. 19. Generalforsamlingen blev afholdt efter vedtægterne med følgende dagsorden:',
      '',
      ' 1. Valg af dirigent. Bo Dal påtog sig opgaven',
      ' 2. Bestyrelsens beretning.Formanden berettede om året der gik:',
      '  Året startede med et godt møde og mange nye medlemmer.',
      ' 3. Fremlæggelse af regnskab.',
      '  Kassereren fremlagde regnskabet, der blev godkendt.',
      ' 4. Eventuelt.',
      '  Intet.',
    ].join('\n'));
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4]);
    expect(doc.items[2]!.decision).toMatch(/^Kassereren fremlagde regnskabet/u);
  });
});

describe('a notice with its agenda, then the minutes as bullets', () => {
  it('each bullet records its entry in order; `Referat af: Ordinær generalforsamling …` makes the document minutes', () => {
    const doc = parseText([
      'Hermed indkaldes til generalforsamling i Holmby Frimærkeklub',
      'Torsdag den 27. februar 2031 kl. 19.00 i klubhuset.',
      '',
      'Dagsorden:',
      ' 1. Valg af dirigent',
      ' 2. Formandens beretning',
      ' 3. Fremlæggelse af regnskab',
      ' 4. Indkomne forslag',
      ' 5. Valg af bestyrelse',
      ' 6. Eventuelt',
      '',
      'Referat af: Ordinær generalforsamling i Holmby Frimærkeklub',
      '',
      ' • Eva blev valgt til dirigent.',
      ' • Beretning ved Bo. Se beretningen længere nede.',
      ' • Regnskabet blev gennemgået af kassereren og godkendt.',
      ' • Indkomne forslag: der var ingen.',
    ].join('\n'));
    expect(doc.documentType).toBe('referat');
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Eva blev valgt til dirigent.'],
      [2, 'Formandens beretning', 'Beretning ved Bo. Se beretningen længere nede.'],
      [3, 'Fremlæggelse af regnskab', 'Regnskabet blev gennemgået af kassereren og godkendt.'],
      [4, 'Indkomne forslag', 'Indkomne forslag: der var ingen.'],
      [5, 'Valg af bestyrelse', null],
      [6, 'Eventuelt', null],
    ]);
    expect(doc.meeting.chair).toBe('Eva');
  });
});

describe('`Div` (diverse) after the numbered items', () => {
  it('is the last item, like an unnumbered `Eventuelt`', () => {
    const doc = parseText(['Referat fra bestyrelsesmøde 19/8-2031', '', ' 1. Nyt fra formanden', '  Sommerfesten bliver lille i år.', ' 2. Fodbold', '  Der søges nye trænere.', 'Div', 'Der skal laves en velkomstfolder til nye tilflyttere.'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Nyt fra formanden'],
      [2, 'Fodbold'],
      [3, 'Div'],
    ]);
  });
});

describe('an agenda numbered from 0, then `Referat:` and two records under their numbers', () => {
  it('the records are the items 1 and 2, titled from the agenda', () => {
    const doc = parseText([
      'Dagsorden til bestyrelsesmøde mandag d. 27/7 2031 i klubhuset kl. 18.',
      '0. Godkendelse af dagsorden',
      '1. Generalforsamling',
      '• Planlægning',
      '2. Klubaftener',
      '• Lokaler',
      '3. Holdturnering',
      '4. Eventuelt',
      'Referat:',
      'Til stede: Kim, Lasse, Poul',
      '1. Poul sender indbydelsen ud i næste uge. Lokaler: Steffen har ansøgt, men intet hørt.',
      '2. Når lokalerne er på plads, lægger Poul datoerne på hjemmesiden.',
    ].join('\n'));
    const byNumber = new Map(doc.items.map((it) => [it.number, it]));
    expect(byNumber.get(1)?.title).toBe('Generalforsamling');
    expect(byNumber.get(1)?.decision).toMatch(/^Poul sender indbydelsen/u);
    expect(byNumber.get(2)?.decision).toMatch(/^Når lokalerne er på plads/u);
  });
});

describe('a tight list from 1 again inside an item', () => {
  it('its points are no items, even where their numbers would go on from the item before', () => {
    const item = (n: number, title: string, body: string[]) => [`${n}. ${title} (B)`, '', `${n}.     ${title} (B)`, '', 'Sagsnr.: 330-2031-1', 'Beslutningstema', ...body, 'Indstilling', 'Centerchefen indstiller,', '1.    at sagen godkendes.', 'Beslutning i Teknikudvalget den 5. marts 2031:', 'Godkendt.', ''];
    const doc = parseText([
      'Teknikudvalget – Referat – 5. marts 2031',
      '',
      ...item(1, 'Godkendelse af dagsorden', ['Godkendelse af dagsorden.']),
      ...item(2, 'Orientering fra udvalget', ['Der gives orientering om aktuelle sager.', '1. Orientering fra formanden.', '2. Orientering fra medlemmerne.', '3. Orientering fra administrationen.', '4. Mødeplanen er vedlagt.']),
      ...item(3, 'Kompetenceplan 2031', ['Planen for året.']),
    ].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Orientering fra udvalget'],
      [3, 'Kompetenceplan 2031'],
    ]);
  });
});

describe('a copy that ends in its table of contents', () => {
  it('entries long with their leaders are no pages of a transcript; numbered with the access marker in brackets, they are the items', () => {
    const header = `Referat Vejudvalget Ordinært møde Mødetidspunkt: 04-05-2031 15:30 Mødested: Lokale 2 Medlemmer: ${'Anne Holm (A), Bo Dal (V), '.repeat(6)}Eva Lund (C)`;
    const text = [
      header,
      '',
      'Indholdsfortegnelse',
      '',
      `1 (Åben) Ansøgning om ny belægning på stierne ved Vejby Skole${'.'.repeat(40)}`,
      '',
      `2 (Åben) Godkendelse af budget for vintervedligeholdelse ${'.'.repeat(30)} 5`,
      '',
      `3 (Lukket) Salg af en byggegrund ved havnen i Vejby ${'.'.repeat(35)} 9`,
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title, it.closed])).toEqual([
      [1, 'Ansøgning om ny belægning på stierne ved Vejby Skole', false],
      [2, 'Godkendelse af budget for vintervedligeholdelse', false],
      [3, 'Salg af en byggegrund ved havnen i Vejby', true],
    ]);
  });
});

describe('a contents list of numbers alone over their titles, the copy cut inside it', () => {
  it('each number titled by the line or two under it, without leaders and pages; a file number `00` before the title is no item', () => {
    const text = [
      '00 Referat uden bilag - Vejby Kommune',
      'Referat',
      'Vejudvalget',
      'Mødedato: 16. marts 2031',
      'Sagsoversigt',
      'Side',
      '01.',
      `Godkendelse af dagsorden${'.'.repeat(40)}3`,
      '02.',
      'Endelig stillingtagen til ny vejadgang til Skovvej 10 og',
      `ekspropriation af en del af naboens have ${'.'.repeat(30)}4`,
      '03.',
      `Salg af en grund ved havnen ${'.'.repeat(30)}9`,
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Endelig stillingtagen til ny vejadgang til Skovvej 10 og ekspropriation af en del af naboens have'],
      [3, 'Salg af en grund ved havnen'],
    ]);
  });

  it('an item 0 printed `0)` and titled `Referat` stays an item', () => {
    const text = ['Referat fra kredsbestyrelsesmøde', '', '0) Referat', 'Godkendt.', '', '1) Økonomi', 'Kassen er god.', '', '2) Eventuelt', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => it.number)).toEqual([0, 1, 2]);
  });
});

describe('a block for the recommendation and the decision both (`INDSTILLING OG BESLUTNING`)', () => {
  const item = (...block: string[]) => parseText(['Referat', 'Kultur- og Fritidsudvalget, mødet den 3. maj 2031', '', '1. Godkendelse af dagsorden', 'INDSTILLING OG BESLUTNING', ...block, '', '2. Meddelelser', 'Beslutning', 'Taget til efterretning.'].join('\n')).items[0]!;
  it('its text telling what the body resolved is the decision, from that sentence on', () => {
    expect(item('Kultur- og Fritidsudvalget besluttede, at bilag fremover udsendes på papir.')).toMatchObject({ decision: 'Kultur- og Fritidsudvalget besluttede, at bilag fremover udsendes på papir.', outcome: 'approved' });
    expect(item('Forvaltningen indstiller, at dagsordenen godkendes.', 'Kultur- og Fritidsudvalget godkendte indstillingen.')).toMatchObject({ decision: 'Kultur- og Fritidsudvalget godkendte indstillingen.' });
  });
  it('a recommendation alone is no decision', () => {
    expect(item('Forvaltningen indstiller, at dagsordenen godkendes.').decision).toBeNull();
  });
});

describe('a list whose numbering restarted after its first entry', () => {
  it('`1. + 2. Valg af dirigent og referent. …` / `1. Bestyrelsens beretning.` / … / `4. Budget.`: the entries after the first numbered on by their place', () => {
    const text = [
      'Referat fra generalforsamling 28. februar 2031',
      'I Holmby Fælleshus',
      'Velkommen til Ole og Lone.',
      ' 1. + 2. Valg af dirigent og referent. Leif er dirigent og Ulla referent.',
      ' 1. Bestyrelsens beretning. Anna har sendt beretningen ud.',
      '  Beretningen blev godkendt.',
      ' 2. Godkendelse af regnskab 2030.',
      '  Regnskabet blev godkendt.',
      ' 3. Indkomne forslag.',
      '  Der er ikke kommet forslag.',
      ' 4. Budget for 2031.',
      '  Budgettet blev godkendt.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent og referent'],
      [2, 'Bestyrelsens beretning'],
      [3, 'Godkendelse af regnskab 2030.'],
      [4, 'Indkomne forslag.'],
      [5, 'Budget for 2031.'],
    ]);
    expect([doc.meeting.body, doc.meeting.location]).toEqual([null, 'Holmby Fælleshus']);
  });

  it('the first entry numbered `1. + 2.` is item 1 and the next item 2, whatever the entries\' text says of twos (`2 gange`)', () => {
    const text = ['Referat fra generalforsamling 28. februar 2031', 'I Holmby Fælleshus', 'Velkommen til Ole og Lone.', ' 1. + 2. Valg af dirigent og referent. Leif er dirigent og Ulla referent.', ' 1. Bestyrelsens beretning. Anna har sendt beretningen ud.', '  Beretningen blev godkendt.', '  Der har været indbrud i skuret 2 gange – intet stjålet – kun rod.', ' 2. Godkendelse af regnskab 2030.', '  Regnskabet blev godkendt.', ' 3. Indkomne forslag.', '  Der er ikke kommet forslag.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Valg af dirigent og referent'], [2, 'Bestyrelsens beretning'], [3, 'Godkendelse af regnskab 2030.'], [4, 'Indkomne forslag.']]);
  });

  it('not an agenda followed by its records, nor points from 1 under the first entry', () => {
    const agendaThenRecords = ['Referat fra generalforsamling 28. februar 2031', 'I Holmby Fælleshus', 'Dagsorden:', ' 1. Valg af dirigent', ' 2. Beretning', ' 3. Regnskab', ' 1. Valg af dirigent', '  Bo Dal blev valgt.', ' 2. Beretning', '  Godkendt.', ' 3. Regnskab', '  Godkendt.'].join('\n');
    expect(parseText(agendaThenRecords).items.map((it) => it.number)).toEqual([1, 2, 3]);
  });
});

describe('a case system\'s blocks in cycles, no numbers', () => {
  const cycle = (title: string | null, subject: string, decision: string) => [...(title ? [title] : []), 'Resumé', `Forvaltningen orienterer om ${subject}.`, 'Forslag', 'Direktøren foreslår,', `at orienteringen om ${subject} tages til efterretning.`, 'Beslutning Vejudvalget den 04-05-2031', decision, 'Fraværende:', 'Bo Dal'];
  it('are the items before short lines are read as titles; a block of another kind after the last decision starts none', () => {
    const text = ['Dagsorden', 'Tirsdag 4. maj 2031 kl. 14:00', 'Vejudvalget', 'Referat', ...cycle(null, 'cykelstierne', 'Godkendt.'), ...cycle(null, 'vintertjenesten', 'Taget til efterretning.'), ...cycle(null, 'busruterne', 'Godkendt.'), 'Sagsfremstilling'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, '', 'Godkendt.'],
      [2, '', 'Taget til efterretning.'],
      [3, '', 'Godkendt.'],
    ]);
  });

  it('short lines inside each case\'s text (`Sagsfremstilling` / `Godkendelse af dagsorden`, a bullet, a dash) are that text; the cycles make untitled items, the first one with who came', () => {
    const text = [
      'Referat',
      'Vejrådet onsdag den 3. maj 2031 kl. 9:00',
      'Rådhuset, lokale 2',
      'Sagsfremstilling',
      'Mødets deltagere:',
      'Beslutning',
      'Deltager: Formand Eva Holm, Bo Dal, Ib Lund',
      'Afbud: Lis Krog',
      'Sagsfremstilling',
      'Godkendelse af dagsorden',
      'Beslutning',
      'Dagsorden er godkendt.',
      'Sagsfremstilling',
      'Formanden orienterer.',
      '• Møde med kommunen',
      '• Nye skilte',
      'Beslutning',
      'Vi skriver til kommunen om skiltene.',
      'Sagsfremstilling',
      'Sommerturen',
      '- Bo og Ib finder en dato',
      'Beslutning',
      'Turen bliver den 12. juni.',
    ].join('\n\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, '', 'Deltager: Formand Eva Holm, Bo Dal, Ib Lund'],
      [2, '', 'Dagsorden er godkendt.'],
      [3, '', 'Vi skriver til kommunen om skiltene.'],
      [4, '', 'Turen bliver den 12. juni.'],
    ]);
    expect(doc.meeting.chair).toBe('Eva Holm');
    expect(doc.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Lis Krog']);
  });

  it('a short line over each cycle\'s first block is its title', () => {
    const text = ['Referat', 'Dato: 4. maj 2031', '', ...cycle('Godkendelse af dagsorden', 'dagsordenen', 'Godkendt.'), '', ...cycle('Nyt fra formanden', 'formandens møder', 'Taget til efterretning.')].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Nyt fra formanden'],
    ]);
  });
});

describe('a web page\'s list of the body\'s minutes above these', () => {
  it('names no date or time: the meeting\'s own date line does; its heading names the body whose minutes it lists', () => {
    const text = [
      'Find dagsorden eller referater fra Vejrådets møder',
      'Referat fra møde 5.12.2030',
      'Referat fra møde 24.10.2030',
      'Referat fra møde 22.8.2030',
      'Dato: Mandag d. 4.4. 2031',
      'Tid: kl. 16.00-18.00',
      '',
      '1. Godkendelse af dagsorden',
      'Godkendt.',
      '2. Eventuelt',
      'Intet.',
    ].join('\n');
    expect(parseText(text).meeting).toMatchObject({ body: 'Vejrådet', date: '2031-04-04', startTime: '16:00', endTime: '18:00' });
  });
});

describe('records by `Ad N)` under an agenda', () => {
  it('what follows `Ad N)` on its line is the record of the agenda\'s entry N, however short', () => {
    const text = ['Referat af bestyrelsesmøde 3. maj 2031', '1) Godkendelse af referat', '2) Nyt fra holdene', '3) Evt.', 'Ad 1) Godkendt', 'Ad 2) Der er startet et nyt hold om tirsdagen', 'Ad 3) Intet'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Godkendelse af referat', 'Godkendt'],
      [2, 'Nyt fra holdene', 'Der er startet et nyt hold om tirsdagen'],
      [3, 'Evt.', 'Intet'],
    ]);
  });
});

describe('entries and their records run together row by row', () => {
  it('`N. Title Ad N) record` splits at its own `Ad N)`, the record under its title; a heading run into the attendance line starts a line', () => {
    const text = [
      'Referat, bestyrelsesmøde, d. 5. december 2031',
      'Til stede: Anne – Bo – Eva – 1. Siden sidst Ad 1) Formanden har været til møde i kommunen.',
      '2. Henvendelser fra borgere Ad 2) Intet',
      '3. Skal vi lukke for mails fra hjemmesiden? Ad 3) Ja, det skal lukkes hurtigst muligt',
      '4. Evt Ad 4) Intet',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Siden sidst', 'Formanden har været til møde i kommunen.'],
      [2, 'Henvendelser fra borgere', 'Intet'],
      [3, 'Skal vi lukke for mails fra hjemmesiden?', 'Ja, det skal lukkes hurtigst muligt'],
      [4, 'Evt', 'Intet'],
    ]);
  });
});

describe('one list keeps one mark', () => {
  it('`3:` of the list of `1:` `2:` `4:` is the item, not the `3.` of a point inside it', () => {
    const text = [
      'Referat 9. februar 2031',
      '1: Godkendelse af referat',
      'Beslutning',
      'Godkendt.',
      '',
      '2: Godkendelse af dagsorden',
      'Beslutning',
      'Godkendt.',
      '',
      '3: Orientering fra formanden',
      'Formanden orienterede om:',
      '1. Strategien for landsbyerne er sendt i høring.',
      '',
      '2. Der er ikke kommet ansøgninger til prisen.',
      '',
      '3. Gensidig orientering om landsbyernes arbejde med de nye planer for stier',
      'Beslutning',
      'Taget til efterretning.',
      '',
      '4: Eventuelt',
      'Intet.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af referat'],
      [2, 'Godkendelse af dagsorden'],
      [3, 'Orientering fra formanden'],
      [4, 'Eventuelt'],
    ]);
  });

  it('a duration after a dash (`v/Bo – 15 min.`) is no part of the title', () => {
    const doc = parseText(['Referat 3. maj 2031', '1. Godkendelse af dagsorden v/Eva – 2 min.', 'Godkendt.', '2. Skærmpolitik v/Bo – 15 min.', 'Drøftet.'].join('\n'));
    expect(doc.items.map((it) => [it.title, it.presenter, it.durationMinutes])).toEqual([
      ['Godkendelse af dagsorden', 'Eva', 2],
      ['Skærmpolitik', 'Bo', 15],
    ]);
  });
});

describe('a case system\'s pages with no item headings, `Resume` opening each case', () => {
  it('the cases are the items, not the numbered points inside a recommendation; blocks printed after the decision belong to the case above', () => {
    const kase = (subject: string, decision: string) => [
      'Resume',
      `Rådet skal tage stilling til ${subject}.`,
      'Indstilling',
      'Forvaltningen indstiller, at',
      ` 1. Rådet drøfter ${subject} og`,
      ' 2. godkender forslaget.',
      'Beslutning',
      decision,
      'Sagens gang',
      'Vejby Ældreråd.',
      'Beskrivelse af sagen',
      `Forvaltningen har set på ${subject}.`,
      'Økonomiske konsekvenser og finansiering',
      'Ikke relevant for sagen.',
    ];
    const text = ['Referat', 'Torsdag d. 7 april 2031, kl. 11:00', 'Udvalg: Vejby Ældreråd', '', ...kase('dagsordenen', 'Dagsordenen blev godkendt.'), ...kase('årets tema', 'Temaet blev vedtaget.')].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.decision])).toEqual([
      [1, 'Dagsordenen blev godkendt.'],
      [2, 'Temaet blev vedtaget.'],
    ]);
  });
});

describe('titles over paragraphs, one of them an event and its day', () => {
  it('`Arrangement den 30. januar 2031` is a title, not a body\'s treatment nor a date line', () => {
    const text = [
      'bestyrelsesmøder', '', 'Referat fra bestyrelsesmøde nr. 2 den 14. december 2030.', '',
      'Siden sidst', '', 'Breve om foreningens start er sendt ud til alle, som fik indkaldelse til den stiftende generalforsamling.', '',
      'Hjemmeside', '', 'Hjemmesiden er så småt i gang, og referatet fra det første møde bliver lagt ud sammen med vedtægterne.', '',
      'Arrangement den 30. januar 2031', '', 'Et medlem holder et oplæg om byens historie, og formanden skriver et udkast til indbydelsen.', '',
      'Kommende bestyrelsesmøde', '', 'Der aftaltes nyt bestyrelsesmøde til onsdag den 11. januar 2031, kl. 10.',
    ].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Siden sidst', 'Hjemmeside', 'Arrangement den 30. januar 2031', 'Kommende bestyrelsesmøde']);
  });
});

describe('a portal\'s page of one case', () => {
  it('the line over the case\'s blocks is its title; the recommendation\'s `1. at …` and the decision\'s `Ad 1.` are no items', () => {
    const text = [
      'Mødedato: 20.04.2031, kl. 19:00', 'Mødested: Biblioteket på Torvet',
      'Stiplanen 2032 – borgermøde torsdag den 28. april.',
      'Formanden for Vejby Lokaludvalg indstiller,',
      '1. at lokaludvalget får en orientering om programmet for borgermødet.',
      'Problemstilling', 'Lokaludvalget har besluttet at holde et borgermøde om stierne.',
      'Økonomi', 'Ingen.',
      'Beslutning', 'Vejby Lokaludvalgs beslutning 20. april 2031:', 'Ad 1. Orienteringen blev taget til efterretning.',
      'Til top',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([[1, 'Stiplanen 2032 – borgermøde torsdag den 28. april', 'Ad 1. Orienteringen blev taget til efterretning.']]);
  });

  it('lettered points inside its Problemstilling are no items', () => {
    const points = 'abcdefghi'.split('').map((l, k) => `${l}. Orientering om sag nummer ${k + 1} fra sekretariatet`);
    const text = ['Mødedato: 20.11.2031, kl. 18:30', 'Mødested: Vejby Centret', 'Meddelelser, eventuelt og afslutning', 'Indstilling og beslutning', 'Formanden indstiller,', '1. At lokaludvalget tager meddelelserne til efterretning.', 'Problemstilling', ...points, 'Beslutning', 'Alle meddelelser blev taget til efterretning.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Meddelelser, eventuelt og afslutning']]);
  });
});

describe('a school portal\'s table of items flattened a cell to a line', () => {
  it('the number alone, then its time slot, presenter and kind, then the title: one heading with its fields, the kind left as text', () => {
    const text = [
      'Referat af skolebestyrelsesmøde', 'Torsdag d. 13. april 2031', 'Dagsorden:',
      '1.', '19.00 – 19.05', 'Peter', 'Beslutning', 'Godkendelse af referat', 'Referatet blev godkendt.',
      '2.', '19.05 – 19.45', 'Helle', 'drøftelse', 'Princip for lejrskoler', 'Bestyrelsen drøftede et udkast til principperne.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.presenter, it.durationMinutes])).toEqual([
      [1, 'Godkendelse af referat', 'Peter', 5],
      [2, 'Princip for lejrskoler', 'Helle', 40],
    ]);
  });
});

describe('each title followed by its record as `ad N)`', () => {
  it('`N. Title` then `ad N) record` a blank line down: the title heads the item, the record is its text', () => {
    const text = ['Referat af bestyrelsesmøde 4. november 2031', '', '1. Nyt fra formanden', '', 'ad 1) Holdene kører fint.', '', '2. Nyt fra kassereren', '', 'ad 2) Der ledes efter en ny kasserer.', '', '3. Evt.', '', 'ad 3) Intet.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Nyt fra formanden', 'Holdene kører fint.'],
      [2, 'Nyt fra kassereren', 'Der ledes efter en ny kasserer.'],
      [3, 'Evt.', 'Intet.'],
    ]);
  });
});

describe('titles with a colon and a sentence over more text', () => {
  it('`Title: sentence with its verb.` over more lines splits at the colon, a title of up to six words', () => {
    const text = [
      'Mødereferat: Generalforsamling d. 30/3-2031.',
      'Pkt. 1: Valg af dirigent: Eva Holm',
      'Pkt. 2: Fremlæggelse af regnskab & budget: Bo Dal fremlagde og gennemgik regnskabet.',
      'Der blev spurgt til tilskuddet fra regionen.',
      'Pkt. 3: Indkomne forslag: Bestyrelsen foreslår at bestyrelsen udvides til 7 personer.',
      'Forslaget blev vedtaget.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.meeting.date).toBe('2031-03-30');
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Fremlæggelse af regnskab & budget'],
      [3, 'Indkomne forslag'],
    ]);
  });
});

describe('an agenda typed in small letters, and the `N>` mark', () => {
  it('a tight list `1)` … `5)` goes on through entries in small letters', () => {
    const text = ['Dagsorden til bestyrelsesmødet d. 4/9-31 kl 1900', '1) Godkendelse af referat', '2) sæsonstart', '3) medlems status', '4) julefest', '5) eventuelt', 'Referat af bestyrelsesmøde d. 4. september 2031', 'Alle hold er besat.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af referat'],
      [2, 'sæsonstart'],
      [3, 'medlems status'],
      [4, 'julefest'],
      [5, 'eventuelt'],
    ]);
  });

  it('`1> Title` is a numbered heading', () => {
    const text = ['Medlemsmøde den 8-3-2031', '1> Valg af dirigent: Jens blev valgt.', '2> Økonomi: Kassereren orienterede om regnskabet.', '3> Evt. Intet.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Økonomi'],
      [3, 'Evt'],
    ]);
  });
});

describe('titles with a colon, the first a usual title without one', () => {
  it('`Godkendelse af referat …` right over `Nyt fra formanden:` is the first item', () => {
    const text = ['Bestyrelsesmøde 2. april 2031', '', 'Tilstede: Bo, Eva, Ib', '', 'Godkendelse af referat fra den 27. februar 2031', '', 'Nyt fra formanden:', '1. Skiltet til trappen bestilles af formanden.', '2. Mange ringer og spørger efter haver.', '', 'Nyt fra kassereren:', '1. Vandet er gjort op, og alle har betalt.', '2. Kassen er i orden.', '', 'Arrangementer:', '1. Haveåbning i maj med kaffe og kage.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af referat fra den 27. februar 2031'],
      [2, 'Nyt fra formanden'],
      [3, 'Nyt fra kassereren'],
      [4, 'Arrangementer'],
    ]);
  });
});

describe('a case system\'s front page printed as a case', () => {
  it('`Forside` is no item; the cases after it are numbered from 1', () => {
    const text = ['Kommunalbestyrelsen', 'Dato', '26. januar 2031', 'Titel', 'Forside', 'Sagsfremstilling', 'Beslutning', 'Medlemmer', 'Bo Dal (A)', '', 'Titel', 'Godkendelse af dagsorden', 'Sagsfremstilling', 'Dagsordenen forelægges.', 'Beslutning', 'Dagsorden godkendt.', '', 'Titel', 'Meddelelser', 'Sagsfremstilling', 'Formanden orienterer.', 'Beslutning', 'Taget til efterretning.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Meddelelser'],
    ]);
  });
});

describe('a case system\'s page cut in its second case', () => {
  it('two cases, one decision: two untitled items, not one case titled by the header\'s place', () => {
    const text = ['Referat', 'Vejudvalget tirsdag den 14. december 2031 kl. 18:30', 'Mødelokale Vandværket', 'Sagsfremstilling', 'Årshjulet er vedhæftet til orientering.', 'Indstilling', 'Udvalget tager orienteringen til efterretning.', 'Beslutning', 'Taget til efterretning.', 'Bilag', 'Resume', 'En ny model for støtten fremlægges.', 'Sagsfremstilling', 'En arbejdsgruppe har set på modellen.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, '', 'Taget til efterretning.'],
      [2, '', null],
    ]);
    expect(doc.meeting.location).toBe('Mødelokale Vandværket');
  });
});

describe('a print control run into the case number after it', () => {
  it('`UdskrivSagsid.: 31/1153, …` is the case number, no title', () => {
    const text = ['Beslutningsprotokol', 'onsdag den 20. marts 2031 kl. 17:00', '-', 'UdskrivSagsid.: 31/1153, Sagsinitialer: dl', 'Sagsfremstilling', 'Sagen genoptages efter ønske.', 'Beslutning Byrådet den 20-03-2031', 'Udgik.', '-', 'UdskrivSagsid.: 30/4140, Sagsinitialer: ks', 'Sagsfremstilling', 'Overførsler til puljer.', 'Beslutning Byrådet den 20-03-2031', 'Godkendt.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.caseNumber, it.decision])).toEqual([
      [1, '', '31/1153', 'Udgik.'],
      [2, '', '30/4140', 'Godkendt.'],
    ]);
  });
});

describe('a closing line with a time and no `kl.`', () => {
  it('`Mødet sluttede 21.00` ends the meeting and the last item', () => {
    const doc = parseText(['Referat 3. april 2031', '1) Salg af haver: Ingen salg', '2) Evt.: Vi overvejer et nyt kursus.', 'Mødet sluttede 21.00', 'For referat Bo'].join('\n'));
    expect(doc.meeting.endTime).toBe('21:00');
    expect(doc.items.map((it) => [it.title, it.decision, it.outcome])).toEqual([
      ['Salg af haver', 'Ingen salg', 'none'],
      ['Evt.', 'Vi overvejer et nyt kursus.', null],
    ]);
  });
});

describe('an election\'s title and the one elected with a garden\'s number', () => {
  it('`Valg af dirigent Knud Lund (have 25)` and `Valg af dirigent – Bo Dal have 69` split at the name', () => {
    const text = ['Referat generalforsamling d. 24/2 2031', '1. Valg af dirigent Knud Lund (have 25)', '2. Valg af stemmetællere: Eva Holm (have 83), Ib Dal (have 119) og Ane Bo (have 7)', '3. Regnskab', 'Regnskabet blev godkendt.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.title, it.decision])).toEqual([
      ['Valg af dirigent', 'Knud Lund (have 25)'],
      ['Valg af stemmetællere', 'Eva Holm (have 83), Ib Dal (have 119) og Ane Bo (have 7)'],
      ['Regnskab', 'Regnskabet blev godkendt.'],
    ]);
    const dashed = parseText(['Referat generalforsamling 2031', '1. Valg af dirigent – Bo Dal have 69', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(dashed.items[0]!.title).toBe('Valg af dirigent');
    expect(doc.meeting.chair).toBe('Knud Lund');
  });
  it('`Valg af Referent Eva-Marie Holm er valgt`: the office with a capital and `er valgt` after the name split the same way', () => {
    const doc = parseText(['Referat generalforsamling d. 24/2 2031', '1. Valg af dirigent', 'Bo Dal blev valgt.', '2. Valg af Referent Eva-Marie Holm er valgt', '3. Regnskab', 'Regnskabet blev godkendt.'].join('\n'));
    expect(doc.items[1]).toMatchObject({ title: 'Valg af Referent', decision: 'Eva-Marie Holm er valgt' });
  });
});

describe('an agenda named for its meeting', () => {
  it('`Dagsorden for årsmødet:` over a tight list of titles ending in full stops introduces the items, as `Dagsorden:` does', () => {
    const entries = ['1.   Årsmødet åbnes.', '2.   Valg af ordstyrer.', '3.   Formandens beretning.', '4.   Regnskab.', '5.   Indkomne forslag.', '6.   Valg til styrelsen.', '7.   Eventuelt.'];
    for (const label of ['Dagsorden for årsmødet:', 'Program for den faglige del:', 'Dagsorden:']) {
      const doc = parseText([label, '', ...entries].join('\n'));
      expect(doc.items.map((it) => [it.number, it.title])).toEqual([
        [1, 'Årsmødet åbnes.'],
        [2, 'Valg af ordstyrer.'],
        [3, 'Formandens beretning.'],
        [4, 'Regnskab.'],
        [5, 'Indkomne forslag.'],
        [6, 'Valg til styrelsen.'],
        [7, 'Eventuelt.'],
      ]);
    }
    // A sentence that ends in a colon still introduces a list inside the text, no items.
    const inText = parseText(['Referat af bestyrelsesmøde 2. maj 2031', '', '1. Økonomi', 'Vi har tre ønsker til budgettet:', '1. Nye bolde.', '2. Nye net.', '3. Maling.', '', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(inText.items.map((it) => it.title)).toEqual(['Økonomi', 'Eventuelt']);
  });
});

describe('bullets whose titles run into their records after a colon', () => {
  it('`• Title : record` one under another are the items, a space before the colon or not, small letters after it or not', () => {
    const text = [
      'Bestyrelsesreferat fra 4. marts',
      'Holmby Roklubs bestyrelsesmøde marts 2031',
      'Til stede: Bo, Eva, Ib',
      '',
      '  • Referat fra sidste møde : intet at bemærke',
      '  • Økonomien ved kassereren : Der er 120 medlemmer og et lille overskud.',
      '  • Standerhejsning den 2. maj : Eva sørger for kaffe.',
      '  • Nye årer (to par): Punktet udsættes til næste møde.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Referat fra sidste møde', 'intet at bemærke'],
      [2, 'Økonomien', 'Der er 120 medlemmer og et lille overskud.'],
      [3, 'Standerhejsning den 2. maj', 'Eva sørger for kaffe.'],
      [4, 'Nye årer (to par)', 'Punktet udsættes til næste møde.'],
    ]);
    // (`ved kassereren`: the office presents the item.)
    expect(doc.items[1]!.presenter).toBe('kassereren');
    expect(doc.meeting.date).toBe('2031-03-04');
  });

  it('a list of people with what they do (`• Bo Holm: Kasserer`) is no list of items', () => {
    const doc = parseText(['Referat af møde 3. maj 2031', 'Deltagere:', ' • Bo Holm: Holmby Roklub', ' • Eva Dal: Kommunen', ' • Ib Lund: Holmby Skole', '', '1. Godkendelse af dagsorden', 'Godkendt', '', '2. Eventuelt', 'Intet'].join('\n'));
    expect(doc.items.map((it) => it.title)).toEqual(['Godkendelse af dagsorden', 'Eventuelt']);
  });
});

describe('a portal\'s page of one item ending in what was resolved', () => {
  it('`Meddelelser` / short sub-headings and dashes / `Taget til efterretning.` is one item, not a document refused', () => {
    const doc = parseText(['Meddelelser', '', 'Fra formanden', '', '– Mødet med skolen er flyttet til maj.', '', 'Fra sekretariatet', '', '– Ny sekretær fra 1. juni.', '', 'Taget til efterretning.'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, 'Meddelelser']]);
  });
});

describe('an agenda introduced in a sentence, its bullets what was done', () => {
  it('`Dagsorden iflg. vedtægterne, med beslutninger:` over bullets of records: each bullet an item without a title', () => {
    const text = [
      'Referat af generalforsamling i Holmby Naturklub',
      '3. april 2031',
      '',
      'Dagsorden iflg. vedtægterne, §5, med vedtagne beslutninger og korte bemærkninger:',
      '',
      ' • Eva blev valgt til dirigent, og da kassereren var syg, har Bo skrevet dette referat for klubben i år.',
      ' • Beretningen blev godkendt.',
      ' • Kassereren fremlagde regnskabet, som viste et lille overskud, og forklarede at kontingentet var betalt to gange af en fejl i banken.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, ''], [2, ''], [3, '']]);
    expect(doc.items[1]!.decision).toBe('Beretningen blev godkendt.');
    expect(doc.items[0]!.decision).toMatch(/^Eva blev valgt til dirigent/);
  });
});

describe('titles ended by a full stop, a general assembly\'s business', () => {
  it('a name under a title is its record, a long title of usual business is a title, and a proposal\'s name under its item is text', () => {
    const text = [
      'Referat af generalforsamling 2031',
      '',
      'Generalforsamling lørdag den 5. april 2031',
      '',
      'Valg af dirigent.',
      '',
      'Karen Holm.',
      '',
      'Aflæggelse og godkendelse af bestyrelsens beretning.',
      '',
      'Formanden fremlagde beretningen, som blev godkendt.',
      '',
      'Fastsættelse af næste års kontingent og fremlæggelse af budget for det kommende år.',
      '',
      'Kontingentet bliver 200 kr. som foreslået.',
      '',
      'Behandling af indkomne forslag.',
      '',
      'Nyt klubhus.',
      '',
      'Forslaget blev vedtaget med stort flertal.',
      '',
      'Valg af revisor.',
      '',
      'Ole Dal blev genvalgt.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.title)).toEqual([
      'Valg af dirigent',
      'Aflæggelse og godkendelse af bestyrelsens beretning',
      'Fastsættelse af næste års kontingent og fremlæggelse af budget for det kommende år',
      'Behandling af indkomne forslag',
      'Valg af revisor',
    ]);
    expect(doc.meeting.chair).toBe('Karen Holm');
  });
});

describe('a copy cut after two usual items', () => {
  it('two titles with a colon, both usual items\' (`Valg af dirigent:` / `Formandens beretning:`), are the items', () => {
    const doc = parseText(['Referat af generalforsamling i Holmby Trailerlaug fredag den 4. oktober 2030.', '', 'Valg af dirigent:', '', 'Ole blev valgt som dirigent.', '', 'Formandens beretning:', '', 'Formanden fortalte om et travlt år med mange ture.'].join('\n'));
    expect(doc.items.map((it) => [it.title, it.decision])).toEqual([
      ['Valg af dirigent', 'Ole blev valgt som dirigent.'],
      ['Formandens beretning', 'Formanden fortalte om et travlt år med mange ture.'],
    ]);
  });

  it('a usual title with its record run on, one a line (`Formandens beretning: Eva indledte …`)', () => {
    const doc = parseText(['Referat fra ordinær generalforsamling 2030, afholdt den 29-10-2030', '', 'Valg af dirigent: Ib Dal blev valgt.', 'Formandens beretning: Eva indledte med at takke de frivillige.', 'Holdet kom godt fra start, men faldt lidt af i foråret.'].join('\n'));
    expect(doc.items.map((it) => it.title)).toEqual(['Valg af dirigent', 'Formandens beretning']);
    expect(doc.items[1]!.outcome).toBeNull();
    expect(doc.meeting.chair).toBe('Ib Dal');
  });
});

describe('a list whose numbering starts again partway', () => {
  it('`1.` `2.` then `1. Regnskab:` `2. Forslag:` … on the next lines is one list, numbered on; an agenda then its records is not', () => {
    const text = [
      'Referat fra generalforsamling 3. maj 2031',
      '',
      ' 1. Bo Dal blev valgt til dirigent. Han konstaterede at generalforsamlingen var lovligt indkaldt.',
      ' 2. Formanden fortalte om årets ture og takkede de frivillige for deres store indsats.',
      ' 1. Regnskab: Kassereren fremlagde regnskabet, som blev godkendt.',
      ' 2. Forslag: Ingen forslag var indsendt.',
      ' 3. Kontingent: Kontingentet er uændret. Godkendt.',
    ].join('\n');
    expect(parseText(text).items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5]);
    const agenda = ['Generalforsamling 3. maj 2031', 'Dagsorden:', '1. Valg af dirigent', '2. Beretning', '3. Regnskab', '1. Valg af dirigent: Bo Dal blev valgt.', '2. Beretning: Godkendt.', '3. Regnskab: Godkendt.'].join('\n');
    expect(parseText(agenda).items.map((it) => [it.number, it.title])).toEqual([[1, 'Valg af dirigent'], [2, 'Beretning'], [3, 'Regnskab']]);
  });
});

describe('the agenda as the statutes set it, with what was done under it', () => {
  it('`Dagsorden ved ordinær generalforsamling:` over items recorded in the past tense is minutes; a usual title ends at its full stop', () => {
    const text = [
      'Dagsorden ved ordinær generalforsamling skal indeholde flg. punkter:',
      '',
      '1. Valg af dirigent. Måske Bo vil? Det ville han gerne',
      '',
      '2. Formandens beretning.',
      '',
      'Formanden startede med at takke alle. Turen til Berlin blev en succes, og bussen kørte fint. Vi spillede to kampe og tabte begge, men humøret var højt, og alle hyggede sig.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.documentType).toBe('referat');
    expect(doc.items.map((it) => [it.title, it.decision])).toEqual([
      ['Valg af dirigent', 'Måske Bo vil? Det ville han gerne'],
      ['Formandens beretning.', expect.stringMatching(/^Formanden startede med at takke alle\./)],
    ]);
    // An agenda with a note in the present tense stays an agenda.
    const agenda = parseText(['Dagsorden ved ordinær generalforsamling:', '', '1. Valg af dirigent', '', '2. Formandens beretning', '', 'Bestyrelsen fremlægger beretningen, som kan læses på hjemmesiden før mødet.'].join('\n'));
    expect(agenda.documentType).toBe('dagsorden');
  });
});

describe('a case\'s numbered points under its text, the copy cut before the decision', () => {
  it('`Sagsid.: …` / `Sagsfremstilling` / `1.` / `Meddelelser` / `2.` / … is one case, its points no items', () => {
    const text = [
      'Referat',
      'torsdag den 3. april 2031 kl. 16:00',
      'Mødested Rådhuset',
      '',
      'Sagsid.: 31/12345',
      'Sagsfremstilling',
      '1.',
      'Meddelelser fra formanden',
      '',
      '2.',
      'Tilskud til kurser',
      'Oversigt over tilskud vedlægges som bilag 1',
      '',
      '3.',
      'Lån af haller',
      'Holmby Badminton har fået afslag på ansøgningen.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]!.number).toBe(1);
  });
});

describe('a portal\'s page of one case cut before its decision', () => {
  it('title / `Se alle bilag` / a summary sentence / `Indstilling` / `Problemstilling`: one case titled by the line over them', () => {
    const text = [
      'Mødedato: 22.04.2031, kl. 17:30',
      'Mødested: Rådhuset',
      '',
      'Forslag til nye lokaludvalg',
      '',
      'Se alle bilag',
      '',
      'Der skal tages stilling til et forslag om nye lokaludvalg i byen.',
      '',
      'Indstilling',
      '',
      ' 1. at rådet godkender forslaget.',
      '',
      'Problemstilling',
      '',
      'Arbejdet blev sat i gang for to år siden.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, 'Forslag til nye lokaludvalg']]);
  });
});

describe('a title without its colon among titles with one', () => {
  it('`På valg` with its text right under it, as the titles with a colon have theirs, is an item', () => {
    const text = ['Referat fra Holmby Bådelaugs generalforsamling', '11-05-2031', '', 'Valg af dirigent:', 'Formanden blev valgt.', '', 'Beretning:', 'Beretningen blev godkendt.', '', 'Regnskab:', 'Regnskabet blev godkendt.', '', 'På valg', 'Kassereren modtog genvalg.', '', 'Værkstedet:', 'Taget skal lægges om.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Valg af dirigent', 'Beretning', 'Regnskab', 'På valg', 'Værkstedet']);
  });
});

describe('a holiday for a title', () => {
  it('`6. 1 Maj` between its neighbours and `4. 1. maj i Holmby` last are items', () => {
    const a = parseText(['Medlemsmøde den 2 maj 2031.', '', '5. Naturmødet', 'Vi skal bruge hjælpere.', '', '6. 1 Maj', 'Dejligt med teltet.', '', '7. Nyt fra organisationen.', 'Nyt kartotek.'].join('\n'));
    expect(a.items.map((it) => [it.number, it.title])).toEqual([[5, 'Naturmødet'], [6, '1 Maj'], [7, 'Nyt fra organisationen.']]);
    const b = parseText(['Bestyrelsesmøde 3. marts 2031', '', '1. Konstituering', 'Bo er formand.', '', '2. Årsmødet', 'Eva deltager.', '', '3. Kampagnen', 'Den kører.', '', '4. 1. maj i Holmby', 'Vi holder tale på torvet.'].join('\n'));
    expect(b.items.map((it) => it.title)).toEqual(['Konstituering', 'Årsmødet', 'Kampagnen', '1. maj i Holmby']);
  });
});

describe('records under `Ad N)` that open with a point', () => {
  it('`ad 4)   a)   Storespilledag 15. november` is item 4\'s first point, the agenda\'s title kept', () => {
    const text = ['Generalforsamling 3. marts 2031', '', '1.      Valg af dirigent', '', '2.      Fremtidigt virke', '', '3.      Eventuelt', '', 'ad 1)     Bo Dal blev valgt', '', 'ad 2)     a)   Spilledag 15. november 2031', '', '           b)   Skovtur 30. maj 2032', '', 'ad 3)     Intet'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision?.split('\n')[0]])).toEqual([
      ['Valg af dirigent', 'Bo Dal blev valgt'],
      ['Fremtidigt virke', 'a) Spilledag 15. november 2031'],
      ['Eventuelt', 'Intet'],
    ]);
  });
});

describe('a usual title ended by a full stop, what was said after it, text under it', () => {
  it('`3: Formandens beretning. Beretningen er for 2030. Problemer først:` / points: the title ends at the full stop', () => {
    const text = ['Generalforsamling i Haveforeningen Holm, søndag d. 1.8.2031', '', 'REFERAT:', '', '1: Valg af dirigent. Bo Dal valgt som dirigent.', '', '2: Formandens beretning. Beretningen er for 2030. Problemer først:', '', 'a. Containerne er fulde.', 'b. Vejene skal harves.'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision?.split('\n')[0]])).toEqual([
      ['Valg af dirigent', 'Bo Dal valgt som dirigent.'],
      ['Formandens beretning', 'Beretningen er for 2030. Problemer først:'],
    ]);
  });
});

describe('a heading that is a sentence of what was done, nothing under it', () => {
  it('`2: Bo har købt en blomst til receptionen.` in minutes is its own record; a question is not', () => {
    const doc = parseText(['Referat fra bestyrelsesmøde 12. juni 2031', '', '1: Bo har købt en blomst til receptionen.', '', '2: Forslaget om nyt tag er afvist af kommunen.', '', '3: Skal vi have en sommerfest i år?', '', 'Ref: Eva'].join('\n'));
    expect(doc.items.map((it) => it.decision)).toEqual(['Bo har købt en blomst til receptionen.', 'Forslaget om nyt tag er afvist af kommunen.', null]);
  });
});

describe('every item numbered `1.`, points further in', () => {
  it('` 1. Valg` / `  1. Drøftelse …` / `  2. Plakater …` / ` 1. Eventuelt`: the points under an item are no items', () => {
    const text = ['Referat fra bestyrelsesmøde 15. februar 2031', '', 'Dagsorden og referat:', '', ' 1. Orientering fra formanden – Der er møde med borgmesteren i marts.', ' 1. Kommunalvalg', '  1. Drøftelse om profilering – Det blev aftalt at mødes igen.', '  2. Plakater – Bo bestiller dem.', ' 1. Nyt fra regionen – Ikke noget nyt', ' 1. Eventuelt – Intet'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Orientering fra formanden'], [2, 'Kommunalvalg'], [3, 'Nyt fra regionen'], [4, 'Eventuelt']]);
  });
});

describe('one case over its title, cut before its decision', () => {
  it('`Sagsnr.: …` / title / a routing table one cell a line / `Sagsresume`: one item titled, the cells no items', () => {
    const text = ['Udvalg: Kulturudvalget', 'Mødedato: 2. juni 2031', '', 'Dagsordenpunkter', '', 'Sagsnr.: 21.01.00-G01-1-31 Sagsbehandler: Eva Holm', '', 'Nye åbningstider på biblioteket', '', 'DIR', '', 'KFU', '', 'BYR', '', ' X', '', 'Sagsresume', '', 'Biblioteket foreslår længere åbningstider om lørdagen.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Nye åbningstider på biblioteket']]);
  });
});

describe('a list numbered from 1 twice, each entry over its text', () => {
  it('`1.` `2.` then `1.` `2.` again, a paragraph under each, none repeated: one list of four; an agenda then its records is not', () => {
    const text = ['Referat af bestyrelsesmøde i Holmby Kor', '6. august 2031', '', ' 1. Referent: Eva', '', ' 2. Godkendelse af referat', '', '  Referatet blev godkendt.', '', ' 1. Koncert i december', '', '  Vi synger i kirken den 12. december.', '', ' 2. Nyt fra udvalg', '', '  Hjemmesiden er opdateret.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Referent'], [2, 'Godkendelse af referat'], [3, 'Koncert i december'], [4, 'Nyt fra udvalg']]);
    const agenda = ['Bestyrelsesmøde 6. august 2031', '', 'Dagsorden:', '1. Regnskab', '2. Koncert', '', 'Referat:', '', '1. Regnskab', 'Godkendt.', '', '2. Koncert', 'Vi synger i december.'].join('\n');
    expect(parseText(agenda).items.map((it) => [it.number, it.title])).toEqual([[1, 'Regnskab'], [2, 'Koncert']]);
  });
});

describe('a row of a table set with spaces', () => {
  it('`2.  Valg af stemmetællere      Bo Dal og Eva Holm`: the title, then what was done', () => {
    const text = ['Referat', 'DAGSORDEN - Ordinær generalforsamling den 25/8 2031', '', '1.  Valg af referent                   Ib Lund  valgt', '', '2.  Valg af 2 stemmetællere      Bo Dal og  Eva Holm', '', '3.  Beretning', '', 'Formanden fortalte om året.'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision])).toEqual([
      ['Valg af referent', 'Ib Lund valgt'],
      ['Valg af 2 stemmetællere', 'Bo Dal og Eva Holm'],
      ['Beretning', 'Formanden fortalte om året.'],
    ]);
  });
});

describe('a portal\'s page of one case whose first block is of another kind', () => {
  it('title / a summary / `Tidligere beslutninger` / text / `Indstilling` … `Beslutning`: the title is over them all', () => {
    const text = ['Mødedato: 20.02.2031, kl. 18:30', 'Mødested: Holmby Bibliotek', '', 'Dialog med byrådets politikere: Eva Holm', '', 'For at styrke dialogen har lokaludvalget inviteret en række politikere.', '', 'Tidligere beslutninger', '', 'Lokaludvalget har i år haft besøg af tre politikere.', '', 'Indstilling', '', '1. at drøfte bydelens udvikling med Eva Holm.', '', 'Beslutning', '', 'Punktet blev udskudt, da Eva Holm havde meldt afbud.'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.outcome])).toEqual([['Dialog med byrådets politikere: Eva Holm', 'postponed']]);
  });
});

describe('a portal\'s page of one case with no title', () => {
  it('`Udvalget` / `Dagsorden • 19. august 2031 kl. 15.30` / `Beslutningstema` / `Indstilling` / `Sagsfremstilling`: one case, untitled', () => {
    const text = ['Økonomiudvalget', 'Dagsorden • 19. august 2031 kl. 15.30', 'Beslutningstema', 'Budgetnotat som grundlag for direktionens forslag.', 'Indstilling', 'Direktionen indstiller, at', '- budgetnotatet tages til efterretning.', 'Sagsfremstilling', 'Budgetnotat august:', 'Økonomiudvalget får budgetnotatet forelagt den 19. august.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, '']]);
    expect(doc.meeting.date).toBe('2031-08-19');
  });
});

describe('paragraphs each opened by its topic and a full stop', () => {
  it('`Valg af dirigent. Lise dirigent …` / `EU-forslagene. Vi drøftede …`: the topics are the items, what follows them their records', () => {
    const text = ['Medlemsmøde 24. marts 2031', '', 'Medlemsmøde den 24. marts 2031 fra kl. 19.00-22.00 på biblioteket', '', 'Valg af dirigent og referent. Lise dirigent og referent, Bo dirigent på Zoom.', '', 'Til stede: Lise, Bo, Eva', '', 'Prioritering af emner. Vi drøftede dagsordenen og brugte en time på forslagene.', '', 'EU-forslagene. Konklusion: forslagene blev fundet forvirrende, og vi stemmer imod dem.', '', 'Ulighed i samfundet. Vi prioriterede ikke forslaget højt, selv om flere talte for det.', '', 'Sundhedspolitik. Ulighed i sundhed er et vigtigt emne for os.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.title)).toEqual(['Valg af dirigent og referent', 'Prioritering af emner', 'EU-forslagene', 'Ulighed i samfundet', 'Sundhedspolitik']);
    expect(doc.documentType).toBe('referat');
    expect(doc.items[3]!.decision).toBe('Vi prioriterede ikke forslaget højt, selv om flere talte for det.');
    // Prose whose paragraphs open with what someone did opens no items.
    const prose = parseText(['Referat 3. maj 2031', '', 'Formanden bød velkommen. Derefter gik vi i gang med mødet.', '', 'Kassereren fremlagde regnskabet. Det blev godkendt af alle.', '', 'Bo fortalte om turen. Den var meget vellykket i år.', '', 'Eva sluttede mødet. Vi ses igen i juni måned.'].join('\n'));
    expect(prose.items.map((it) => it.title)).not.toContain('Formanden bød velkommen');
  });
});

describe('a bulleted agenda with the records under its entries', () => {
  it('`Dagsorden:` / `• Valg af dirigent` / `Keld er valgt` / `• Regnskab` / `Godkendt` …: the bullets are the items, the lines under them their records', () => {
    const text = ['Referat fra generalforsamling 8. februar 2031', '', 'Dagsorden:', '', '  • Valg af dirigent', '', 'Keld er valgt og mødet er lovligt varslet', '', '  • Fremlæggelse af regnskab', '', 'Regnskab godkendt', '', '  • Valg af formand', '', 'Eva godkendt', '', '  • Valg af suppleanter', '', 'Bo og Ib godkendt'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision])).toEqual([
      ['Valg af dirigent', 'Keld er valgt og mødet er lovligt varslet'],
      ['Fremlæggelse af regnskab', 'Regnskab godkendt'],
      ['Valg af formand', 'Eva godkendt'],
      ['Valg af suppleanter', 'Bo og Ib godkendt'],
    ]);
  });
});

describe('`Ad. N` alone over its title run into what was done', () => {
  it('`Ad. 0` / `Valg af referent Pia Holm blev valgt som referent.`: the title, then the record; a sentence is no title', () => {
    const text = ['Referat af generalforsamlingen i Holmby Klubben torsdag d. 11. november 2031', '', 'Ad. 1', '', 'Valg af referent Pia Holmgaard blev valgt som referent for mødet.', '', 'Ad. 2', '', 'Beretning Eva supplerede den skriftlige beretning og svarede på spørgsmål.', '', 'Ad. 3', '', 'Formanden Bo Dal bød velkommen, og derefter valgtes Ib Lund som dirigent.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Valg af referent'], [2, 'Beretning'], [3, '']]);
  });
});

describe('a long title, a colon, then what was done, nothing under it', () => {
  it('`3. Konstituering af bestyrelsen samt kort runde om egne historier: Eva formand, …` splits at the colon', () => {
    const text = ['Referat af bestyrelsesmøde i Holmby Forening 16.4.2031', '', '  1. Godkendelse af dagsorden: blev godkendt', '  2. Konstituering af bestyrelsen samt kort runde om egne historier: Eva formand, Bo kasserer, Ib og Ane bestyrelsesmedlemmer', '  3. Økonomi: Kontoudtog fremlagt.'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision])).toEqual([
      ['Godkendelse af dagsorden', 'blev godkendt'],
      ['Konstituering af bestyrelsen samt kort runde om egne historier', 'Eva formand, Bo kasserer, Ib og Ane bestyrelsesmedlemmer'],
      ['Økonomi', 'Kontoudtog fremlagt.'],
    ]);
  });
});

describe('what was done run on after the title, with more text under the heading', () => {
  it('a semicolon, a dash, a full stop or a usual title with no mark ends the title; a question after a dash is title', () => {
    const text = [
      'Referat af generalforsamling i Holmby Haveforening 12. marts 2031',
      '',
      '1. Valg af dirigent og referent. Lise er dirigent og Per referent.',
      'Lise konstaterede at generalforsamlingen var lovligt indkaldt.',
      '2. Fastsættelse af kontingent – bestyrelsen foreslår at det er uændret.',
      'Forslaget blev vedtaget.',
      '3. Valg af revisor ; Bo Dal og Eva Holm blev genvalgt.',
      'Ib Lund blev revisorsuppleant.',
      '4. Sommerfest - er det noget vi skal holde igen?',
      'Vi holder den i august.',
      '5. Eventuelt Bo Holm orienterede om årets udflugt.',
      'Husk at melde jer til.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision?.split('\n')[0]])).toEqual([
      ['Valg af dirigent og referent', 'Lise er dirigent og Per referent.'],
      ['Fastsættelse af kontingent', 'bestyrelsen foreslår at det er uændret.'],
      ['Valg af revisor', 'Bo Dal og Eva Holm blev genvalgt.'],
      ['Sommerfest - er det noget vi skal holde igen?', 'Vi holder den i august.'],
      ['Eventuelt', 'Bo Holm orienterede om årets udflugt.'],
    ]);
  });
});

describe('a long heading line whose title ends at a colon before what was done', () => {
  it('the colon ends the title, not the first sentence (`3. Indkomne forslag: Der er kommet et forslag … . Forslaget …`)', () => {
    const text = [
      'Referat af generalforsamling i Holmby Haveforening 12. marts 2031',
      '',
      '1. Valg af dirigent',
      'Bo Dal blev valgt.',
      '2. Indkomne forslag: Der er kommet et forslag fra Eva Holm om at male fælleshuset i en lysere farve, som vil gøre det mere indbydende for nye medlemmer. Forslaget blev vedtaget.',
      '3. Eventuelt',
      'Intet.',
    ].join('\n');
    const got = parseText(text).items.map((it) => [it.title, it.decision?.slice(0, 30)]);
    expect(got[1]).toEqual(['Indkomne forslag', 'Der er kommet et forslag fra E']);
  });
});

describe("a general assembly's usual titles opening its paragraphs, with no numbers", () => {
  it('`Valg af dirigent Bo Dal.` / `Beretning Spørgsmål. …` / `Budget.Eva mente …` / `Punkt 6 … udgik`: the usual titles are the items, however much is said between them', () => {
    const text = [
      'Referat af generalforsamling 2031',
      '',
      'Generalforsamlingen blev holdt 3/10 2031 i fælleshuset.',
      '',
      '25 medlemmer deltog.',
      '',
      'Valg af dirigent Bo Dal.',
      '',
      'Valg af stemmetællere Eva Holm og Ib Lund.',
      '',
      'Beretning Spørgsmål. Ane spurgte til hækkene, de skal klippes inden august.',
      '',
      'Per spurgte til vandet, det lukkes i oktober.',
      '',
      'Ole takkede bestyrelsen for et godt år.',
      '',
      'Beretningen blev godkendt.',
      '',
      'Regnskab.Regnskabet blev fremlagt af kassereren.',
      '',
      'Der var ingen spørgsmål, og regnskabet blev godkendt.',
      '',
      'Budget.Eva mente at der skal spares på festen.',
      '',
      'Punkt 6 på dagsordenen udgik.',
      '',
      'Forslag. Ib foreslog en ny port, vedtaget.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Valg af stemmetællere'],
      [3, 'Beretning'],
      [4, 'Regnskab'],
      [5, 'Budget'],
      [6, ''],
      [7, 'Forslag'],
    ]);
  });
});

describe('numbered paragraphs of what was done, set out as a hanging list', () => {
  it('` 1. Bo Dal blev valgt som dirigent.` with its text indented under it: untitled items, the sentence their record', () => {
    const text = [
      'Referat af generalforsamling i Holmby Bådelaug 2031',
      '',
      'Referat:',
      '',
      ' 1. Bo Dal blev valgt som dirigent og Eva Holm som referent.',
      '  Bo konstaterede at generalforsamlingen var lovligt indkaldt.',
      ' 2. Formanden Ib Lund bød velkommen og fortalte om årets sejladser.',
      '  Der har været 12 ture og en arbejdsdag.',
      ' 3. Kassereren gennemgik regnskabet, som blev godkendt uden bemærkninger.',
      '  Der er 8.000 kr. i kassen.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, '', 'Bo Dal blev valgt som dirigent og Eva Holm som referent. Bo konstaterede at generalforsamlingen var lovligt indkaldt.'],
      [2, '', 'Formanden Ib Lund bød velkommen og fortalte om årets sejladser. Der har været 12 ture og en arbejdsdag.'],
      [3, '', 'Kassereren gennemgik regnskabet, som blev godkendt uden bemærkninger. Der er 8.000 kr. i kassen.'],
    ]);
  });
});

describe('numbered entries that are sentences of what was done', () => {
  it('where most numbered entries open with who did what (`1. Der har været et brev fra …`), they are untitled and each sentence is its record', () => {
    const text = [
      'Referat fra bestyrelsesmøde 3.3.2031',
      '',
      '1. Der har været en henvendelse fra kommunen om banens lys. Bo svarer kommunen inden næste møde.',
      '',
      '2. Eva Holm har skrevet et forslag til nye regler for gæster, som er nemmere at bruge.',
      '',
      '3. Forespørgsel fra et medlem om leje af klubhuset.',
      'Det kan lejes for 500 kr.',
      '',
      '4. Der er kommet nye skiver til skydebanen, og de gamle er sat til salg.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, ''], [2, ''], [3, ''], [4, '']]);
    expect(doc.items[1]!.decision).toBe('Eva Holm har skrevet et forslag til nye regler for gæster, som er nemmere at bruge.');
  });

  it('entries whose verbs only the dictionary knows (`trak`, `indhenter`, `lukkes`) are sentences too: untitled, each its record', () => {
    const text = [
      'Referat af bestyrelsesmøde i Grønnegårdens Beboerforening 3. marts 2031',
      '',
      '1. Hanne trak sig som kasserer, og Ulla overtager posten.',
      '2. Bo indhenter et nyt tilbud fra maleren inden næste møde.',
      '3. Festudvalget afholder sommerfest den 14. juni.',
      '4. Vaskeriet lukkes i uge 30 på grund af renovering.',
      '5. Næste møde holdes hos Ib den 2. april.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, ''], [2, ''], [3, ''], [4, ''], [5, '']]);
    expect(doc.items[3]!.decision).toBe('Vaskeriet lukkes i uge 30 på grund af renovering.');
    expect(doc.items[4]!.decision).toBe('Næste møde holdes hos Ib den 2. april.');
  });

  it('`2. Formandens beretning fremlagt og godkendt.` among such records: a usual title\'s words with a verdict and a stop are a record too', () => {
    const doc = parseText([
      'Referat af generalforsamling i Holmby Skytteforening 4. marts 2031',
      '',
      '1. Bo Dal valgt til dirigent.',
      '2. Formandens beretning fremlagt og godkendt.',
      '3. Regnskab fremlagt og godkendt.',
      '4. Kontingent uændret.',
      '5. Eva Holm genvalgt til bestyrelsen.',
    ].join('\n'));
    expect(doc.items.map((it) => it.title)).toEqual(['', '', '', '', '']);
    expect(doc.items[1]!.decision).toBe('Formandens beretning fremlagt og godkendt.');
  });

  it('a sentence of seven words or more before a full stop is no title run on with its record: `2. Alle … deltager på lige fod. Ved uenighed …`', () => {
    const doc = parseText([
      'Referat af stiftende møde i Holmby Jagtlaug 7. maj 2031',
      '',
      '1. Lejekontrakten på skoven gælder i fem år fra 1. juli.',
      '2. Alle laugets seks medlemmer deltager på lige fod i jagten. Ved uenighed afgøres sagen ved flertal.',
      '3. Eventuelt',
      '',
      'Intet.',
    ].join('\n'));
    expect(doc.items.map((it) => it.title)).toEqual(['', '', 'Eventuelt']);
    expect(doc.items[1]!.decision).toBe('Alle laugets seks medlemmer deltager på lige fod i jagten. Ved uenighed afgøres sagen ved flertal.');
  });

  it('entries with a title and their record run on after it (`3. Haven: Hækken klippes …`) count neither way beside such sentences', () => {
    const doc = parseText([
      'Referat af bestyrelsesmøde i Grønnegårdens Beboerforening 3. marts 2031',
      '',
      '1. Bo Holm trak sig fra bestyrelsen.',
      '2. Vaskeriet lukkes i uge 30.',
      '3. Haven: Hækken klippes af Ib i maj.',
      '4. Økonomi: Kassereren fremlagde regnskabet.',
    ].join('\n'));
    expect(doc.items.map((it) => [it.title, it.decision])).toEqual([
      ['', 'Bo Holm trak sig fra bestyrelsen.'],
      ['', 'Vaskeriet lukkes i uge 30.'],
      ['Haven', 'Hækken klippes af Ib i maj.'],
      ['Økonomi', 'Kassereren fremlagde regnskabet.'],
    ]);
  });

  it('titles beside such sentences keep their entries titled unless two thirds of the entries are sentences', () => {
    const text = [
      'Referat af bestyrelsesmøde i Grønnegårdens Beboerforening 3. marts 2031',
      '',
      '1. Hanne trak sig som kasserer.',
      '2. Vaskeriet lukkes i uge 30.',
      '3. Legepladsen',
      'Der mangler sand i sandkassen.',
      '4. Haveudvalget',
      'Udvalget har plantet nye buske.',
      '5. Eventuelt',
      'Intet.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.title)).toEqual(['Hanne trak sig som kasserer.', 'Vaskeriet lukkes i uge 30.', 'Legepladsen', 'Haveudvalget', 'Eventuelt']);
  });

  it('among such sentences an entry opened by a usual title and a full stop keeps its title, the rest its record', () => {
    const text = [
      'Generalforsamling i Holmby Vandværk',
      'tirsdag den 3. marts 2031',
      'Der var mødt 30 andelshavere, og mødet begyndte med, at',
      '1.       Formanden Ole Berg bød velkommen og bad forsamlingen om at vælge en dirigent.',
      'Ib Dam blev valgt uden modkandidat.',
      '2.       Dirigenten konstaterede, at generalforsamlingen var lovligt indkaldt og beslutningsdygtig.',
      '3.       Valg af stemmetællere. Eva Holm og Bo Lund blev valgt uden afstemning.',
      '4.       Dirigenten gennemgik kort hvordan aftenen skulle forløbe.',
      '5.       Bestyrelsens beretning. Beretningen er trykt under referatet. Den blev godkendt uden afstemning.',
      '6.       Kassereren Lis Krog fremlagde regnskabet. I store træk var der ikke mange udgifter i året.',
      'Regnskabet blev godkendt uden afstemning.',
      '7.       Kassereren fremlagde derefter budgettet for næste år. Afgiften bliver sat ned fra næste år.',
      'Budgettet blev godkendt uden afstemning.',
      '8.       Der var ikke kommet nogen forslag, som skulle behandles på generalforsamlingen.',
      '9.       Der skulle vælges to medlemmer til bestyrelsen, og begge blev genvalgt uden afstemning.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.title)).toEqual(['', '', 'Valg af stemmetællere', '', 'Bestyrelsens beretning', '', '', '', '']);
    expect(doc.items[2]!.decision).toBe('Eva Holm og Bo Lund blev valgt uden afstemning.');
  });

  it('one sentence among titles leaves the titles alone', () => {
    const text = ['Referat fra bestyrelsesmøde 3.3.2031', '', '1. Godkendelse af dagsorden', 'Godkendt.', '', '2. Der har været en henvendelse fra kommunen om banens lys.', 'Bo svarer.', '', '3. Økonomi', 'Der er 4.000 kr. i kassen.', '', '4. Eventuelt', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Godkendelse af dagsorden', 'Der har været en henvendelse fra kommunen om banens lys.', 'Økonomi', 'Eventuelt']);
  });
});

describe("records by the agenda's numbers", () => {
  it('`Dagsorden for mødet:` / the list / `Pkt. 1 …` / `Pkt. 2a …` / `Pkt. 2b …` / `Pkt. 3 …`: minutes; the sub-points\' records go on under the first', () => {
    const text = [
      'Til stede: Bo, Eva, Ib',
      '',
      'Dagsorden for bestyrelsesmøde:',
      '1. Godkendelse af referat',
      '2. Nyt fra:',
      'a. Formand',
      'b. Kasserer',
      '3. Næste møde',
      '4. Eventuelt',
      '',
      'Pkt. 1 Referatet blev godkendt.',
      '',
      'Pkt. 2a Bo fortalte om kurset, som blev aflyst.',
      '',
      'Pkt. 2b Eva har betalt hallen for foråret.',
      '',
      'Pkt. 3 Næste møde den 4. maj.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.documentType).toBe('referat');
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, 'Godkendelse af referat'], [2, 'Nyt fra'], [3, 'Næste møde'], [4, 'Eventuelt']]);
    expect(doc.items[0]!.decision).toBe('Referatet blev godkendt.');
    expect(doc.items[1]!.decision).toContain('Eva har betalt hallen');
  });

  it('`Ad pkt. 1:` and `Ad pkt.2:` only, the copy cut after them: they record the first two entries, the rest stay listed', () => {
    const text = ['Referat af generalforsamling 2031', '', 'Dagsorden:', '1. Valg af dirigent', '2. Beretning', '3. Regnskab', '4. Kontingent', '5. Valg', '6. Eventuelt', '', 'Ad pkt. 1:', 'Bo Dal vælges enstemmigt.', '', 'Ad pkt.2:', 'Formanden takkede for året. Beretningen blev godkendt.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Bo Dal vælges enstemmigt.'],
      [2, 'Beretning', 'Formanden takkede for året. Beretningen blev godkendt.'],
      [3, 'Regnskab', null],
      [4, 'Kontingent', null],
      [5, 'Valg', null],
      [6, 'Eventuelt', null],
    ]);
  });
});

describe('the usual last item after a bulleted list, its bullet lost', () => {
  it('`Eventuelt. Udflugter 2031` after the list is the last item, its text after the full stop; `Evt. spørgere …` is no title', () => {
    const text = ['Referat af generalforsamling 2031', 'Dagsorden:', '- Valg af dirigent. Bo Dal blev valgt.', '- Beretning ved formanden - blev godkendt.', '- Regnskab - blev godkendt.', 'Eventuelt. Udflugter 2031', 'Forår: Besøg på museet.'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision])).toEqual([
      ['Valg af dirigent', 'Bo Dal blev valgt.'],
      ['Beretning', 'blev godkendt.'],
      ['Regnskab', 'blev godkendt.'],
      ['Eventuelt', 'Udflugter 2031 Forår: Besøg på museet.'],
    ]);
    const other = ['Referat af byrådets møde 2031', '', '1. Godkendelse af dagsorden', 'Godkendt.', '', '2. Spørgetid', 'Evt. spørgere skal melde sig i forvejen.'].join('\n');
    expect(parseText(other).items.map((it) => it.title)).toEqual(['Godkendelse af dagsorden', 'Spørgetid']);
  });
});

describe('`Ad N` records after the agenda', () => {
  it('`AD 4 Hædersnåle;` over its text: a record ended by a semicolon, titled from the agenda', () => {
    const text = ['Referat af generalforsamling 2031', '', 'Dagsorden:', '1 Valg af dirigent', '2 Regnskab', '3 Valg af revisor', '4 Eventuelt', '', 'AD 1 Bo Dal blev valgt til dirigent.', '', 'AD 2 Regnskabet blev godkendt.', '', 'AD 3 Eva Holm blev genvalgt.', '', 'AD 4 Hædersnåle;', '', 'Ib Lund – 25 års medlemskab.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Valg af dirigent'], [2, 'Regnskab'], [3, 'Valg af revisor'], [4, 'Eventuelt']]);
  });
});

describe('`Add.` for `Ad.`', () => {
  it('`Add.1   Godkendelse af referat` / … heads items; `Add. 2 – …` right under `2. …` is that item\'s record', () => {
    const text = ['Referat af bestyrelsesmødet 9-10-2031', '', 'Add.1            Godkendelse af referat', '', '   -referatet blev godkendt.', '', 'Add.2            Siden sidst.', 'Klubhus: Der mangler lys.', 'Add.3            Næste møde.', 'Den 4. november.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Godkendelse af referat'], [2, 'Siden sidst.'], [3, 'Næste møde.']]);
    const under = ['Referat fra bestyrelsesmøde 14.1.2031', '', '1. Godkendelse af dagsordenen', 'Add. 1 - godkendt.', '', '2. Gennemgang af beslutninger fra sidste møde', 'Add. 2 – Ingen punkter til drøftelse', '', '3. Regnskab', 'Add. 3 - godkendt.'].join('\n');
    expect(parseText(under).items.map((it) => [it.number, it.title, it.decision, it.outcome])).toEqual([
      [1, 'Godkendelse af dagsordenen', 'godkendt.', 'approved'],
      [2, 'Gennemgang af beslutninger fra sidste møde', 'Ingen punkter til drøftelse', 'none'],
      [3, 'Regnskab', 'godkendt.', 'approved'],
    ]);
  });
});

describe('a list numbered 1 again and again for some entries and bulleted for the others', () => {
  const text = (pointsUnder: boolean) =>
    [
      'Referat fra generalforsamlingen i Holmby Fanklub',
      '',
      ' 1. Valg af dirigent',
      '',
      'Bo Dal blev valgt.',
      '',
      ...(pointsUnder ? [' • Beretningen blev godkendt.', ' • Regnskab: Godkendt uden bemærkninger.'] : [' • Beretning', '', 'Formanden fortalte om sæsonen.', '', ' • Regnskab:', '', 'Regnskabet godkendes!']),
      '',
      ' 1. Valg af revisor',
      '',
      'Ib Lund genvælges.',
      '',
      ' 1. Eventuelt',
      ' • Turen til Aalborg: Eva arrangerer bussen.',
    ].join('\n');

  it('the bullets a blank line below text, between the numbered entries, are entries too, all numbered by place; those after the last are its points', () => {
    expect(parseText(text(false)).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Beretning'],
      [3, 'Regnskab'],
      [4, 'Valg af revisor'],
      [5, 'Eventuelt'],
    ]);
  });

  it('bullets set right under an entry are its points', () => {
    expect(parseText(text(true)).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Valg af revisor'],
      [3, 'Eventuelt'],
    ]);
  });
});

describe('points numbered 1 again and again under one bulleted item', () => {
  it('`• Vinteren` / `  1. Status` / ` 1. Generalforsamling` / ` 1. Standerhejsning`: the bullets over text are the items; the ones are the bullet\'s points, their indent lost', () => {
    const text = [
      'Bestyrelsesmøde 9. dec. 2031',
      '',
      'Referat:',
      '',
      ' • Dagsorden – bemærkninger.',
      '',
      'Ingen.',
      '',
      ' • Referat fra sidste møde.',
      '',
      'Godkendt.',
      '',
      ' • Opgaver – hvem gør hvad, og hvornår.',
      '',
      'Bo sender vedtægterne rundt.',
      '',
      ' • Vinterens betydning for klubben',
      '  1. Status for sæsonen',
      '',
      'Det går godt med træningen.',
      '',
      ' 1. Generalforsamling i marts',
      '',
      'Holdes den 30. marts, hvis vejret tillader det.',
      '',
      ' 1. Standerhejsning',
      '',
      'Holdes den 1. maj.',
    ].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Dagsorden – bemærkninger.', 'Referat fra sidste møde.', 'Opgaver – hvem gør hvad, og hvornår.', 'Vinterens betydning for klubben']);
  });
});

describe('short lines that are sentences, among paragraph titles', () => {
  it('`Som referent valgtes Eva Holm.` and `Forsamlingen valgte Bo Dal som dirigent.` are no titles; the headings are', () => {
    const text = [
      'Referat af Holmby Forenings generalforsamling den 25.10.2031',
      '',
      'Velkomst og praktik',
      '',
      'Formanden bød velkommen og fortalte om aftenens program og om kaffen bagefter.',
      '',
      'Valg af dirigent',
      '',
      'Forsamlingen valgte Bo Dal som dirigent.',
      '',
      'Dirigenten konstaterede, at generalforsamlingen var lovligt indkaldt og beslutningsdygtig.',
      '',
      'Som referent valgtes Eva Holm.',
      '',
      'Formandens beretning',
      '',
      'Formanden fortalte om et år med mange nye medlemmer og en god økonomi i foreningen.',
      '',
      'Regnskab',
      '',
      'Kassereren gennemgik regnskabet, som blev godkendt af forsamlingen uden bemærkninger.',
    ].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Velkomst og praktik', 'Valg af dirigent', 'Formandens beretning', 'Regnskab']);
  });
});

describe('a title that opens with a year', () => {
  it('` 1. 2031 Aktivitetsplan.` among headings numbered 1 again and again is an item like the others', () => {
    const text = ['Referat af bestyrelsesmøde 25/1-2031', '', ' 1. Valg af referent.', '', 'Eva blev valgt som referent.', '', ' 1. Godkendelse af referat.', '', 'Godkendt.', '', ' 1. 2031 Aktivitetsplan.', '', 'Maj-løbet udgår i år.', '', ' 1. Generalforsamling den 23. februar 2031', '', 'Indkaldelsen sendes ud i næste uge.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Valg af referent.'], [2, 'Godkendelse af referat.'], [3, '2031 Aktivitetsplan.'], [4, 'Generalforsamling den 23. februar 2031']]);
  });
});

describe("a web page's chrome over paragraph titles", () => {
  it('`Holmby Folkedans` / `Log ind` / `Kort referat af bestyrelsesmøde den 15. marts 2031` / titles over text: the items begin after the meeting\'s own line', () => {
    const text = [
      'Holmby Folkedans',
      '',
      'Sammenslutningen af danseforeninger i Holmby',
      '',
      'Log ind',
      '',
      'Kort referat af bestyrelsesmøde den 15. marts 2031',
      '',
      'Bestyrelsens konstituering',
      '',
      'Fordelingen af opgaver i bestyrelsen fortsætter uændret i det kommende år.',
      '',
      'Sendemandsmødet',
      '',
      'Referat og vedtægter er sendt rundt pr. mail til foreningerne og lagt på hjemmesiden.',
      '',
      'Aktiviteter',
      '',
      'Der er reserveret lokaler på skolen både i efteråret og i foråret, og festen er planlagt.',
      '',
      'Næste møde',
      '',
      'Næste møde holdes hos formanden den 10. maj, og alle bedes melde afbud i god tid.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.title)).toEqual(['Bestyrelsens konstituering', 'Sendemandsmødet', 'Aktiviteter', 'Næste møde']);
    expect(doc.meeting.date).toBe('2031-03-15');
  });
});

describe('a notice whose agenda is its whole content', () => {
  it('`Dagsordenen er:` over a numbered list, nothing after it: the entries are the items', () => {
    const text = ['Holmby Skakklub Generalforsamling 2031 Tilbage til forsiden', '', 'Indkaldelse til generalforsamling i Holmby Skakklub', 'Søndag den 7. juni 2031 kl. 13.00 i klubhuset', '', 'Dagsordenen er:', '', '  1. Valg af dirigent', '  2. Formandens beretning', '  3. Regnskab', '  4. Eventuelt'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.title)).toEqual(['Valg af dirigent', 'Formandens beretning', 'Regnskab', 'Eventuelt']);
    expect(doc.meeting.body).toBe('Holmby Skakklub');
  });
});

describe('titles glued to their text', () => {
  it('`1. Godkendelse af referat.Godkendt.` / `2. Emner til næste mødeModtagere af prisen.`: the line break lost between title and text', () => {
    const text = ['Referat fra bestyrelsesmøde 20-2-2031', '', 'Dagsorden :', '', ' 1. Godkendelse af referat.Godkendt.', ' 2. Holmbyprisen 2031Debat om mulige modtagere.', ' 3. Emner til næste mødeModtagere af prisen.'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision])).toEqual([
      ['Godkendelse af referat', 'Godkendt.'],
      ['Holmbyprisen 2031', 'Debat om mulige modtagere.'],
      ['Emner til næste møde', 'Modtagere af prisen.'],
    ]);
  });
});

describe('paragraphs each opened by a title on their first line', () => {
  it('`Byggesag` / its text on the lines under it / blank / `Renovation` / …: the titles are the items', () => {
    const text = [
      'Referat af bestyrelsesmøde i Ejerforeningen Holmvang den 7. august 2031',
      '',
      'Til stede: Bo Dal, Eva Holm og Ib Lund.',
      '',
      'Opfølgning på sidste referat.',
      'Referatet er godkendt.',
      '',
      'Byggesag',
      'Der er aftalt møde med rådgiveren på tirsdag.',
      'Trapperne gennemgås for fejl.',
      '',
      'Renovation',
      'Den blå container flyttes op på parkeringspladsen.',
      '',
      'Viceværter',
      'Bestyrelsen giver en gave til den afgående vicevært.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision?.split('\n')[0]])).toEqual([
      ['Opfølgning på sidste referat', 'Referatet er godkendt.'],
      ['Byggesag', 'Der er aftalt møde med rådgiveren på tirsdag. Trapperne gennemgås for fejl.'],
      ['Renovation', 'Den blå container flyttes op på parkeringspladsen.'],
      ['Viceværter', 'Bestyrelsen giver en gave til den afgående vicevært.'],
    ]);
  });
});

describe('`Ad N` records with no agenda in the document', () => {
  it('`Ad 1 Intet at tilføje` / `Ad 2 Bo retter medlemslisten.` …: untitled items, what follows the number their record', () => {
    const text = ['Referat af bestyrelsesmøde hos Bodil d. 18/3-2031', '', 'Alle mødt', '', 'Ad 1 Intet at tilføje', '', 'Ad 2 Bo og Eva retter medlemslisten på hjemmesiden.', '', 'Ad 3 Ib skriver et udkast til ansøgningen om tilskud.', '', 'Ad 4 Eva ændrer invitationen til nytårsbadningen.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, '', 'Intet at tilføje'],
      [2, '', 'Bo og Eva retter medlemslisten på hjemmesiden.'],
      [3, '', 'Ib skriver et udkast til ansøgningen om tilskud.'],
      [4, '', 'Eva ændrer invitationen til nytårsbadningen.'],
    ]);
  });

  it('`Ad punkt 1: Valg af dirigent. Bo Dal blev valgt.` with titles among them keeps its titles', () => {
    const text = ['Referat af generalforsamling 2031', '', 'Ad punkt 1: Valg af dirigent. Bo Dal blev valgt.', '', 'Ad punkt 2: Formanden aflagde beretning, som blev godkendt.', '', 'Ad punkt 3: Valg af bestyrelse. Eva og Ib blev genvalgt.', '', 'Ad punkt 4: Eventuelt. Intet.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Valg af dirigent', 'Formanden aflagde beretning, som blev godkendt.', 'Valg af bestyrelse', 'Eventuelt']);
  });
});

describe('a sign-off with two roles', () => {
  it('`Referent/koordinator: Holm MC` at the end is a sign-off, never an item', () => {
    const text = ['Referat fra regionsmøde d. 14/9 2031', '', 'Status for træffet: Arrangør Holm MC.', 'Kun fem klubber havde meldt sig.', '', 'Bordet rundt:', 'Mange klubber får ikke besked videre.', '', 'Næste regionsmøde:', 'Holdes hos Dal MC i marts.', '', 'Referent/koordinator: Holm MC'].join('\n');
    // (The first title's record runs on after its colon: `Arrangør Holm MC.`.)
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Status for træffet', 'Bordet rundt', 'Næste regionsmøde']);
  });
});

describe('numbered headings with a colon, their titles run into what was said', () => {
  it('`5: Ang. Lokaler …,Vi forsøger …` keeps `Ang.` in the title; `7: Kandidater til bestyrelsen ???? Hvis …` ends the title at its question marks', () => {
    const text = ['Referat af møde d.13/4 2031', '', '1: Dagsorden er godkendt af de fremmødte.', '', '2: Ang. Lokaler og lukning af skoler og gymnastiksale,Vi forsøger at beholde de hold vi har.', '', '3: Kandidater til bestyrelsen ????  Hvis du har lyst og tid, så giv os et praj.', '', '4: Nyt fra aktiviteterne. Motionscentret har uddannet tre nye instruktører.'].join('\n');
    expect(parseText(text).items.map((it) => it.title).slice(1)).toEqual(['Ang. Lokaler og lukning af skoler og gymnastiksale', 'Kandidater til bestyrelsen ????', 'Nyt fra aktiviteterne']);
  });
});

describe('lines that each open with the next number, marks and case mixed', () => {
  it('`3.Regnskab …` / `4. Hold til kvartet …` / `6 Standerhejsning …` / `7 træningstider: …`: one item per number', () => {
    const text = [
      'Referat for aktivitetsmøde i Holmby Petanque',
      'Onsdag d 11 oktober 2031 kl 18.00',
      'Ib bød velkommen til 15 deltagere.',
      '3.Regnskab Bo orienterede om at vi følger budgettet. Regnskabet blev godkendt.',
      '4. Hold til kvartet Holmby 3 fortsætter med Eva som leder.',
      '5. Kontingent fastsat til 300 kr. for alle.',
      '6 Standerhejsning lørdag d 7 april 2032.',
      '7 træningstider: der blev foreslået træning onsdag og fredag, vedtaget.',
      '8 julefrokost : onsdag d 6-12 kl 18. Bo og Ib arrangerer.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [3, 'Regnskab'],
      [4, 'Hold til kvartet'],
      [5, 'Kontingent fastsat til 300 kr. for alle.'],
      [6, 'Standerhejsning lørdag d 7 april 2032.'],
      [7, 'træningstider'],
      [8, 'julefrokost'],
    ]);
  });
});

describe('titles run on after their colons, one under another, no numbers', () => {
  it('`Valg af dirigent: …` / `Bestyrelsens beretning: …` / `Næste års kontingent: …` / `Evt: Intet.` under a paragraph of text: each line an item', () => {
    const text = [
      'Referat fra generalforsamlingen i Holmby Foredragsforening d. 21.03.31 i Sognehuset',
      '',
      '55 medlemmer deltog. Ib bød velkommen og orienterede om aftenens forløb.',
      'Herefter kunne generalforsamlingen gå i gang.',
      'Valg af dirigent: Bestyrelsen foreslog Bo Dal, der blev valgt af forsamlingen.',
      'Bestyrelsens beretning: Eva aflagde beretningen. Den blev godkendt.',
      'Næste års kontingent: Bestyrelsen hæver kontingentet til 200 kr.',
      'Valg af revisor: Ib Lund blev genvalgt.',
      'Evt: Intet.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision])).toEqual([
      ['Valg af dirigent', 'Bestyrelsen foreslog Bo Dal, der blev valgt af forsamlingen.'],
      ['Bestyrelsens beretning', 'Eva aflagde beretningen. Den blev godkendt.'],
      ['Næste års kontingent', 'Bestyrelsen hæver kontingentet til 200 kr.'],
      ['Valg af revisor', 'Ib Lund blev genvalgt.'],
      ['Evt', 'Intet.'],
    ]);
  });
});

describe('a bulleted agenda, then records by number alone', () => {
  it('`Dagsordenen var følgende:` / `- Valg af dirigent` / … / `Ad pkt. 1` / what was done: titled from the list by place', () => {
    const text = ['Referat af vinklubbens generalforsamling den 4. marts 2031', 'Dagsordenen var følgende:', '- Valg af dirigent', '- Valg af referent', '- Formandens beretning', '- Eventuelt.', '', 'Ad pkt. 1', 'Som dirigent blev Bo Dal valgt.', 'Ad pkt. 2', 'Som referent blev Eva Holm valgt.', 'Ad pkt. 3', 'Formanden aflagde sin beretning. Beretningen blev godkendt.', 'Ad pkt. 4', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Som dirigent blev Bo Dal valgt.'],
      [2, 'Valg af referent', 'Som referent blev Eva Holm valgt.'],
      [3, 'Formandens beretning', 'Formanden aflagde sin beretning. Beretningen blev godkendt.'],
      [4, 'Eventuelt', 'Intet.'],
    ]);
  });

  it('records for the first two bullets only (a copy cut short): the bullets no record follows are items all the same', () => {
    const text = ['Referat af generalforsamling i Holmby Løbeklub den 2. marts 2031', 'Dagsorden:', ' • Valg af dirigent', ' • Formandens beretning', ' • Regnskab', '  • Revideret af Bo Dal', ' • Kontingent', ' • Eventuelt', '', 'Ad. 1)', 'Ib Lund blev valgt som dirigent.', '', 'Ad. 2)', 'Formanden fortalte om sæsonen. Beretningen blev godkendt.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Ib Lund blev valgt som dirigent.'],
      [2, 'Formandens beretning', 'Formanden fortalte om sæsonen. Beretningen blev godkendt.'],
      [3, 'Regnskab', null],
      [4, 'Kontingent', null],
      [5, 'Eventuelt', null],
    ]);
  });
});

describe('an agenda of lines a blank line apart, some with notes, then `Ad N:` records told', () => {
  it('a title and a note on one line is the title; the lines under `Valg af:` are its parts; a record opening with a usual word is still a record', () => {
    const text = [
      'Referat af generalforsamling i Holmby Seniorklub den 3. marts 2031',
      '',
      'Dagsorden:',
      '',
      'Valg af dirigent',
      '',
      'Bestyrelsens beretning om klubbens arbejde og virksomhed i det forløbne år.',
      '',
      'Forslag fra medlemmerne. (Sendes til formanden senest 8 dage før).',
      '',
      'Valg af:',
      '',
      'Kasserer og 1 bestyrelsesmedlem. På valg er Ib Lund og Eva Holm.',
      '',
      '2 suppleanter. På valg er Bo Dal.',
      '',
      'Valg af revisor. Ole Berg er på valg.',
      '',
      'Eventuelt.',
      '',
      'Ad 1: Valg klaret.',
      '',
      'Ad 2: Formanden aflagde beretning. Beretningen blev godkendt.',
      '',
      'Ad 3: Der var ingen forslag fra medlemmerne',
      '',
      'Ad 4: Ib Lund og Eva Holm blev genvalgt.',
      '',
      'Ad 5: Ole Berg blev genvalgt.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Valg klaret.'],
      [2, 'Bestyrelsens beretning om klubbens arbejde og virksomhed i det forløbne år', 'Formanden aflagde beretning. Beretningen blev godkendt.'],
      [3, 'Forslag fra medlemmerne', 'Der var ingen forslag fra medlemmerne'],
      [4, 'Valg af', 'Ib Lund og Eva Holm blev genvalgt.'],
      [5, 'Valg af revisor', 'Ole Berg blev genvalgt.'],
      [6, 'Eventuelt', null],
    ]);
  });
});

describe('titles in capitals with the record after them on the line', () => {
  it('`1. VALG AF DIRIGENT Bo Dal valgt` / `4. FORMANDENS BERETNING Oplæst og godkendt`: the capitals are the title; a kind of item in capitals with a colon is not split', () => {
    const text = ['REFERAT af Holmby Kanarieklubs generalforsamling', 'LØRDAG, DEN 22. APRIL 2031 KL. 13.00', '', 'DAGSORDEN', '', '1. VALG AF DIRIGENT Bo Dal valgt', '', '2. VALG AF STEMMEUDVALG ( 2 PERSONER ) Eva Holm og Ib Lund valgt', '', '3. FORMANDENS BERETNING Oplæst og godkendt', '', '4. REGNSKAB VED KASSEREREN Regnskabet godkendt'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision])).toEqual([
      ['VALG AF DIRIGENT', 'Bo Dal valgt'],
      ['VALG AF STEMMEUDVALG ( 2 PERSONER )', 'Eva Holm og Ib Lund valgt'],
      ['FORMANDENS BERETNING', 'Oplæst og godkendt'],
      ['REGNSKAB VED KASSEREREN', 'Regnskabet godkendt'],
    ]);
  });
});

describe('a bulleted agenda a line above its records, with parts further in', () => {
  it('`Dagsorden:` / ` • Valg af dirigent` / … / `  • Bestyrelsesmedlem` / `Formanden bød velkommen.` / `Ad. 1)` …: titled by the outermost bullets\' places, the entry with no record an item too', () => {
    const text = ['Referat af generalforsamling i Holmby Venner 13. oktober 2031', 'Dagsorden:', ' • Valg af dirigent og referent', ' • Bestyrelsens beretning', ' • Valg af bestyrelsesmedlemmer:', '  • Bestyrelsesmedlem (for 2 år)', '  • Bestyrelsesmedlem (for 2 år)', ' • Evt.', 'Formanden, Bo Dal, bød velkommen.', '', 'Ad. 1)', 'Eva Holm blev valgt som dirigent.', '', 'Ad. 2)', 'Formanden aflagde sin beretning.', '', 'Ad. 3)', 'Ib Lund blev genvalgt.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Valg af dirigent og referent'], [2, 'Bestyrelsens beretning'], [3, 'Valg af bestyrelsesmedlemmer'], [4, 'Evt']]);
  });
});

describe('paragraphs opened by their titles, items of several paragraphs', () => {
  it('four titled paragraphs with six more paragraphs of their text between them: the titles are the items', () => {
    const text = [
      'Referat fra bestyrelsesmøde 8. januar 2031.',
      '',
      'Til stede:',
      'Bo Dal, Eva Holm, Ib Lund og Ole Berg.',
      '',
      'Pokaler.',
      'Klubben har fået en ny pokal. Formanden takker giveren.',
      '',
      'Træningsdag.',
      'Den 4. maj holder vi træningsdag på banen.',
      '',
      'Der er plads til 20 hunde.',
      '',
      'Tilmelding sker på hjemmesiden.',
      '',
      'Kredsmøde',
      'Formanden deltager i kredsmødet i marts.',
      '',
      'Han tager klubbens ønsker med.',
      '',
      'Generalforsamling.',
      'Vi drøftede forslag til den nye bestyrelse.',
      '',
      '8. januar 2031',
      '',
      'Ole Berg',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Pokaler'],
      [2, 'Træningsdag'],
      [3, 'Kredsmøde'],
      [4, 'Generalforsamling'],
    ]);
  });
});

describe('paragraphs opened by their titles, some ended by a full stop', () => {
  const text = [
    'Holmby Cykelklub',
    '',
    'Kalender',
    'Bliv medlem',
    'Kontakt os',
    '',
    'Protokollat for 2030',
    '',
    'Generalforsamling HCK 4/2 2031',
    '',
    'Valg af dirigent',
    'Eva Holm vælges som dirigent',
    '',
    'Formandens beretning',
    '(beretningen var udsendt på forhånd)',
    'Beretningen godkendes',
    '',
    'Valg af kasserer.',
    'Bo Dal genvælges',
    '',
    'Valg af revisor.',
    'Ib Lund vælges',
    '',
    'Valg af suppleant.',
    'Kim Berg vælges',
    '',
    'Eventuelt.',
  ].join('\n');

  it('every paragraph title is an item, with or without its full stop; a menu of links is none', () => {
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Formandens beretning'],
      [3, 'Valg af kasserer'],
      [4, 'Valg af revisor'],
      [5, 'Valg af suppleant'],
      [6, 'Eventuelt'],
    ]);
  });

  it('`Protokollat` titles minutes, and the header above the items keeps its date', () => {
    const doc = parseText(text);
    expect(doc.documentType).toBe('referat');
    expect(doc.meeting.date).toBe('2031-02-04');
  });
});

describe('a bullet whose font was lost (`¤`)', () => {
  it('`¤ pkt1. Budget` / text / `¤ pkt 2 Kontingent.` / text: the items, numbered as printed', () => {
    const text = ['Referat fra bestyrelsesmøde torsdag den 3. maj 2031', '', '¤ pkt1. Budget for sommerfesten', '', 'Kassereren fremlagde budgettet, og det blev godkendt.', '', '¤ pkt 2 Kontingent.', '', 'Kontingentet fastholdes for næste år.', '', '¤ pkt 3 Eventuelt', '', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title?.replace(/\.$/u, '')])).toEqual([
      [1, 'Budget for sommerfesten'],
      [2, 'Kontingent'],
      [3, 'Eventuelt'],
    ]);
  });
});

describe('a web page of several meetings, each folded under a bullet that names it', () => {
  const text = [
    'Referater fra bestyrelsesmøder Holmby Musikskole',
    '',
    ' • Bestyrelsesmøde 09.12.31 Holmby Musikskole',
    '',
    '  Referat mandag 9/12 2031, kl. 19.30 – 21.15',
    '',
    '  1. Startpunkter:',
    '  1a. Dagsorden blev godkendt',
    '',
    '  2. Økonomi:',
    '  2a. Budgettet holder.',
    '',
    '  3. Evt.',
    '  3a. Intet.',
    '',
    ' • Bestyrelsesmøde 21.10.31 Holmby Musikskole',
    '',
    '  1. Startpunkter:',
    '  1a. Dagsorden blev godkendt',
    '',
    '  2. Nye lærere:',
    '  2a. To er ansat.',
  ].join('\n');

  it('the first meeting\'s numbered points are its items, not points under a bullet', () => {
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title?.replace(/[.:]$/u, '')])).toEqual([
      [1, 'Startpunkter'],
      [2, 'Økonomi'],
      [3, 'Evt'],
    ]);
    expect(doc.meeting.date).toBe('2031-12-09');
  });

  it('the next meeting\'s fold ends the last item', () => {
    expect(JSON.stringify(parseText(text).items[2])).not.toMatch(/21\.10\.31|Nye lærere/u);
  });
});

describe('an agenda, then `Pkt. N` and what was done, however short', () => {
  it('most entries tell what was done, so every one is a record under the agenda\'s title (`Godkendt` too)', () => {
    const text = [
      'Referat fra generalforsamlingen torsdag 4. marts 2031',
      '',
      'Dagsorden:',
      ' 1. Godkendelse af dagsorden',
      ' 2. Valg af dirigent',
      ' 3. Formandens beretning',
      ' 4. Regnskab',
      ' 5. Indkomne forslag',
      ' 6. Eventuelt',
      'Pkt. 1 Godkendt',
      'Pkt. 2 Bo Dal valgt og generalforsamlingen blev erklæret lovlig',
      'Pkt. 3 Vedlagt. Godkendt',
      'Pkt. 4 Regnskabet blev gennemgået af kassereren og godkendt.',
      'Pkt. 5 Ingen forslag',
      'Pkt. 6 Der blev talt om sommerturen.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Valg af dirigent'],
      [3, 'Formandens beretning'],
      [4, 'Regnskab'],
      [5, 'Indkomne forslag'],
      [6, 'Eventuelt'],
    ]);
    expect(doc.items[0]!.decision).toBe('Godkendt');
    expect(doc.items[4]!.decision).toBe('Ingen forslag');
  });
});

describe('a page with the minutes of several meetings one after another', () => {
  it('the first meeting\'s items only; the next meeting\'s heading ends them', () => {
    const text = [
      'Referater 2031',
      '',
      'Referat november 2031',
      '',
      ' 1. Salg af gamle film',
      '  Vi sælger dem i portioner af en halv time.',
      ' 2. Foreningen',
      '  Bo og Eva har besøgt skovfogeden.',
      ' 3. Runde. Alle spørges.',
      '',
      'Dagsorden april 2031',
      '',
      ' 1. Arkivet',
      '  Reglerne hænges op på døren.',
      ' 2. Nyt fra kommunen',
      ' 3. Regnskab',
      ' 4. Eventuelt',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Salg af gamle film'],
      [2, 'Foreningen'],
      [3, 'Runde. Alle spørges.'],
    ]);
    expect(JSON.stringify(doc.items[2])).not.toMatch(/Arkivet|april/u);
  });

  it('a notice\'s bare agenda above the minutes of an earlier meeting does not end the page', () => {
    const text = [
      'Hermed indkaldes til generalforsamling tirsdag 4. marts 2032 kl. 19.30.',
      '',
      'Dagsorden:',
      ' 1. Valg af dirigent',
      ' 2. Beretning',
      ' 3. Eventuelt',
      '',
      'Referat fra generalforsamlingen den 5. marts 2031',
      '',
      ' 1. Valg af dirigent',
      'Bo Dal blev valgt.',
      '',
      ' 2. Beretning',
      'Beretningen blev godkendt.',
      '',
      ' 3. Eventuelt',
      'Intet.',
    ].join('\n');
    expect(parseText(text).items.map((it) => it.decision)).toEqual(['Bo Dal blev valgt.', 'Beretningen blev godkendt.', 'Intet.']);
  });
});

describe('`Punkt N.` alone over a label of its text, under an agenda', () => {
  it('the agenda\'s entry is the title; the label starts the record', () => {
    const text = ['Bestyrelsesmøde d. 11.05.2031', '', 'Dagsorden:', '1. Referat', '2. Nyt fra udvalgene', '3. Emner til behandling', '4. Evt.', '', 'Punkt 1.', '', 'Ingen bemærkninger.', '', 'Punkt 2.', '', 'Sponsorudvalget:', 'Alle aftaler er i hus.', '', 'Tøj:', 'Ole planlægger det nye look.', '', 'Punkt 3.', '', 'Møder i hovedbestyrelsen:', 'Vi stiller altid med to personer.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, 'Referat'], [2, 'Nyt fra udvalgene'], [3, 'Emner til behandling'], [4, 'Evt.']]);
    expect(doc.items[1]!.decision).toMatch(/^Sponsorudvalget:\nAlle aftaler/u);
  });
});

describe('the next number run on after a space, its line break lost', () => {
  it('`Afbud fra Eva 2. Dirigent og referent` / `Bo og Ib 3. Referat fra sidst`: each number after one opening a line above starts its item', () => {
    const text = ['Referat af møde i Holmby Naturforenings bestyrelse 15. august 2031', '', '1. Registrering af fremmødte.', '', 'Afbud fra Eva og Lise 2. Dirigent og referent', '', 'Bo og Ib 3. Referat fra sidst', '', 'Godkendt. 4. Eventuelt', '', 'Intet.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title?.replace(/\.$/u, '')])).toEqual([[1, 'Registrering af fremmødte'], [2, 'Dirigent og referent'], [3, 'Referat fra sidst'], [4, 'Eventuelt']]);
    expect(doc.items[1]!.decision).toBe('Bo og Ib');
  });

  it('`5. Regnskab 6. Forslag` on one line, and a wrapped entry\'s tail before the next number, make one agenda', () => {
    const text = ['Dagsorden:', '', '1. Valg af dirigent 2. Beretning', '', '3. Regnskab 4. Kontingent samt budget for', '', 'det kommende år 5. Eventuelt', '', 'Ad 1.', 'Bo Dal blev valgt.', '', 'Ad 2.', 'Godkendt.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Beretning'],
      [3, 'Regnskab'],
      [4, 'Kontingent samt budget for det kommende år'],
      [5, 'Eventuelt'],
    ]);
  });

  it('a date or a reference is no number run on (`mødet den 2. Marts`, `jf. punkt 3. Budget`)', () => {
    const text = ['Referat 4. maj 2031', '', '1. Beretning', 'Vi mødtes den 2. Marts og igen senere.', '', '2. Budget', 'Se jf. punkt 3. Regnskabet er godkendt.', '', '3. Eventuelt', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => it.number)).toEqual([1, 2, 3]);
  });
});

describe('untitled notes: most items with plain text written under them', () => {
  it('are minutes, and the text under each item is its record', () => {
    const text = ['Ungerådsmøde d. 8. november 2031', '', ' 1. Opfølgning på quizaftenen', '  Det gik godt, god stemning.', '  Der kom omkring 30.', ' 2. Møde med skolelederne', '  Eva og Bo præsenterede ideerne.', ' 3. Valgfest', '  Vi holder den i hallen.', ' 4. Eventuelt'].join('\n');
    const doc = parseText(text);
    expect(doc.documentType).toBe('referat');
    expect(doc.items.map((it) => it.decision?.split('\n')[0] ?? null)).toEqual(['Det gik godt, god stemning. Der kom omkring 30.', 'Eva og Bo præsenterede ideerne.', 'Vi holder den i hallen.', null]);
  });

  it('a labelled agenda with notes under its entries is not taken for minutes by this', () => {
    const text = ['Bestyrelsesmøde 8. november 2031', '', 'Dagsorden:', ' 1. Sommerfesten', '  Forslag til program er vedlagt.', ' 2. Kontingent', '  Kassereren fremlægger et forslag.', ' 3. Haven', '  Hækken skal klippes.', ' 4. Eventuelt'].join('\n');
    expect(parseText(text).items.every((it) => it.decision === null)).toBe(true);
  });
});

describe('`Dagsorden:` over entries with what happened written under them', () => {
  it('told in the past or the perfect (`gik`, `var`, `er lavet`), the entries\' text is what was recorded', () => {
    const text = ['Bestyrelsesmøde 8. november 2031', '', 'Dagsorden:', '1. Sommerfesten', 'Den gik godt, og vi fik et lille overskud.', '2. Kontingent', 'Kassereren var syg, så punktet tages op igen.', '3. Haven', 'Der er lavet en ny hæk ved indgangen.', '4. Eventuelt', 'Intet.'].join('\n');
    const doc = parseText(text);
    expect(doc.documentType).toBe('referat');
    expect(doc.items[2]!.decision).toBe('Der er lavet en ny hæk ved indgangen.');
  });
  it('a proposal\'s background told in the perfect (`har været praksis`) keeps an agenda an agenda', () => {
    const text = ['Generalforsamling 8. november 2031', '', 'Dagsorden:', '1. Valg af dirigent', '2. Beretning', '3. Forslag til vedtægter', 'Bestyrelsen foreslår en ændring, så vedtægterne beskriver den praksis, der gennem mange år har været vedr. regnskabet.', '4. Eventuelt'].join('\n');
    expect(parseText(text).documentType).toBe('dagsorden');
  });
});

describe('a programme by the clock', () => {
  it('`12.00 – Velkomst` / `12.05 – Valg af ordstyrer` / …: each time an item, numbered in order; never refused', () => {
    const text = ['Fredag den 8. november mødes Holmby Elevråd til årets første møde.', '', 'Dagsorden:', '', '12.00 – Velkomst v. formanden', '', '12.05 – Valg af ordstyrer og referent', '', '12.20 – Sparring og vidensdeling', '', '13.55 – Evt.', '', 'Spørgsmål kan sendes til sekretariatet.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, 'Velkomst'], [2, 'Valg af ordstyrer og referent'], [3, 'Sparring og vidensdeling'], [4, 'Evt.']]);
    expect(doc.meeting.body).toBe('Holmby Elevråd');
  });
  it('times out of order are no programme', () => {
    const text = ['Referat', '', '19.00 Mødet startede', '', '18.00 Spisning', '', '20.00 Tak for i aften', '', 'Vi talte om haven.'].join('\n');
    expect(parseText(text).items.length).not.toBe(3);
  });
});

describe('the chair told in the header, a blank line after the place', () => {
  it('a blank line ends the sentence before the election (`…, Holmby Skole, Holte` / blank / `Bo Dal blev valgt til dirigent …`)', () => {
    const text = ['Referat fra generalforsamling', '', 'Holmby Orkester', '', 'Tirsdag d. 20. september 2031, Holmby Skole, Holte', '', 'Folmer Dal blev valgt til dirigent og konstaterede, at generalforsamlingen var lovligt indkaldt.', '', 'Dagsorden:', '', '1. Beretning', 'Godkendt.', '', '2. Regnskab', 'Godkendt.'].join('\n');
    expect(parseText(text).meeting.chair).toBe('Folmer Dal');
  });
});

describe('a list restarted at each entry (`1.` … `1.`, then `5.`)', () => {
  it('the ones are entries 1 to 4, numbered in place, where 5 follows them', () => {
    const text = ['Referat af menighedsrådsmøde 24. november 2031', '', '  1. Velkomstsang', 'DDS 74', '', '  1. Godkendelse af dagsorden', 'Godkendt', '', '  1. Valg af kirkeværge', 'Bo Dal valgtes.', '', '  1. Økonomi', 'Der er brugt mindre end budgetteret.', '', '5. Skrivelser', 'Intet.', '', '6. Eventuelt', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Velkomstsang'], [2, 'Godkendelse af dagsorden'], [3, 'Valg af kirkeværge'], [4, 'Økonomi'], [5, 'Skrivelser'], [6, 'Eventuelt']]);
  });
  it('a `1.` inside a record, with no list going on from it, is left alone', () => {
    const text = ['Referat 4. maj 2031', '', '1. Beretning', 'Godkendt.', '', '2. Turneringen', '1. holdet rykkede op.', '', '3. Eventuelt', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => it.number)).toEqual([1, 2, 3]);
  });
});

describe('one list numbered 1 to 3 twice, at one margin (Word\'s numbering restarted once)', () => {
  const text = [
    'Bestyrelsesmøde den 3. februar 2031',
    '',
    'Til stede: Eva, Bo og Ib',
    ' 1. Karen fortalte om kassererens afgang, og hun tager over til generalforsamlingen.',
    ' 2. Siden sidst',
    '  1. Sommerturen gik fint med tyve ryttere.',
    '  2. Klubaftenen blev aflyst.',
    ' 3. Kommende arrangementer',
    'Foredraget i marts er flyttet.',
    ' 1. Økonomi. Revisor kommer den 12. februar, og Karen viser ham kassebogen.',
    ' 2. Bo skriver et brev til nye medlemmer om klubbens regler.',
    ' 3. Generalforsamlingen',
    'Eva sender indkaldelsen ud.',
  ].join('\n');
  it('is six items in order, the points set further in under one of them no items', () => {
    const doc = parseText(text);
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.items[3]!.title).toBe('Økonomi');
    expect(doc.items[1]!.decision).toContain('Sommerturen gik fint');
  });
});

describe('an unnumbered agenda above numbered records', () => {
  const text = ['Referat fra generalforsamlingen d. 29/10-2031', '', 'Valg af dirigent', 'Valg af referent', 'Formandens beretning', 'Fastsættelse af kontingent', '', 'Bestyrelsen foreslår, at kontingentet forbliver uændret kr. 150 pr. år.', 'Valg til bestyrelsen', '', 'Bo Dal – ønsker ikke genvalg', 'Eva Holm (ikke på valg i år)', 'Behandling af indkomne forslag – indsendt senest den 11. marts 2031', 'Evt.', '', 'Fremmødte medlemmer: 13.', '', 'Ad 1. Valg af dirigent: Ib Lund.', '', 'Ad 2. Valg af referent: Kim Berg', '', 'Ad 3. Formandens beretning:', 'Medlemstallet steg med en fjerdedel.'].join('\n');
  it('is the agenda, numbered by place: the entries the copy never reaches are items too; notes and candidates are none', () => {
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Valg af referent'],
      [3, 'Formandens beretning'],
      [4, 'Fastsættelse af kontingent'],
      [5, 'Valg til bestyrelsen'],
      [6, 'Behandling af indkomne forslag – indsendt senest den 11. marts 2031'],
      [7, 'Evt'],
    ]);
  });
});

describe('numbered paragraphs that skip a number, a comment\'s `1.` after them', () => {
  it('`1.` `2.` `4.` `6.` `7.` paragraphs are the items as numbered; the comment list below is none', () => {
    const text = ['Referat af generalforsamling d. 29.8.2031', '', '1. Dirigent: Eva Holm. Referent: Bo Dal.', '', '2. Dagsordenen er godkendt med det forbehold, at der mangler et regnskab.', '', '4. Der er en stigende tilgang af medlemmer, og vi er nu over 1000.', '', '6. Kassereren har lagt penge ud og indsender kontoudtog snarest.', '', '7. En ny bestyrelse er blevet dannet af Eva, Bo og Ib.', '', 'One comment', '', ' 1. Kim Berg', '', '  Hvornår er næste generalforsamling?'].join('\n');
    expect(parseText(text).items.map((it) => it.number)).toEqual([1, 2, 4, 6, 7]);
  });
});

describe('a web list\'s marker kept before the printed number (`1. 4  Beretning`)', () => {
  it('the printed numbers are the items\'', () => {
    const text = ['Referat fra generalforsamlingen 30.1.2031', '', '  1. 1  Valg af dirigent', 'Bo Dal blev valgt.', '', '  1. 2  Formandens beretning', 'Godkendt.', '', '  1. 3  Eventuelt', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Valg af dirigent'], [2, 'Formandens beretning'], [3, 'Eventuelt']]);
  });

  it('also with the printed number\'s own mark glued to the title (`1. 2.Beretning`), two entries', () => {
    const text = ['Referat af generalforsamlingen 4/3 2031', '', '  1. 1.Valg af dirigent/referent', '', 'Eva Holm valgt.', '', '  1. 2.Bestyrelsens beretning', '', 'Formanden fortalte om året, og beretningen blev godkendt.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Valg af dirigent/referent'], [2, 'Bestyrelsens beretning']]);
  });
});

describe('numbered entries that are short sentences of what was done', () => {
  it('`1. Bo Dal blev valgt til dirigent.` … : untitled items, each sentence its record', () => {
    const text = ['Referat af generalforsamling 2031', '', '1. Bo Dal blev valgt til dirigent.', '', '2. Formanden fremlagde sin beretning, som blev godkendt.', '', '3. Kassereren fremlagde regnskabet, der blev godkendt.', '', '4. Eva og Ib blev genvalgt til bestyrelsen.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, ''], [2, ''], [3, ''], [4, '']]);
    expect(doc.items[0]!.decision).toBe('Bo Dal blev valgt til dirigent.');
  });
});

describe('a notice of a meeting, then the same meeting\'s minutes', () => {
  it('the heading of the minutes (the same day) does not end the page: the records are the items', () => {
    const text = ['Holmby Beboerforening har afholdt ordinær generalforsamling', 'søndag d. 2. april 2031 kl. 11.00', '', '1.Valg af dirigent. 2. Formandens beretning. 3. Eventuelt.', '', 'Forslag sendes til formanden en uge før.', 'Referatet kommer her:', '', 'Generalforsamling d. 2. april 2031 på Holmbyskolen', '', '1. Valg af dirigent', 'Bo Dal blev valgt som dirigent.', '', '2. Formandens beretning', 'Eva Holm aflagde beretningen.'].join('\n');
    const doc = parseText(text);
    expect(doc.items[0]!.decision).toBe('Bo Dal blev valgt som dirigent.');
    expect(doc.meeting.chair).toBe('Bo Dal');
  });
});

describe('bulleted titles, each over text of its own', () => {
  it('` • Valg af dirigent.` / text / ` • Formandens beretning.` / text …: the items', () => {
    const text = ['REFERAT AF GENERALFORSAMLING I HOLMBY TEATERFORENING D. 28.09.31', '', '  • Valg af dirigent.', '', 'Bestyrelsen foreslog Bo Dal som dirigent.', '', '  • Formandens beretning.', '', 'Eva Holm omtalte sæsonen, og beretningen blev taget til efterretning.', '', '  • Indkomne forslag', '', 'Der var ikke indkommet nogen forslag.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Valg af dirigent'], [2, 'Formandens beretning'], [3, 'Indkomne forslag']]);
  });
  it('` • Økonomi` over three paragraphs set further in: a topic named like a case block stays a bulleted item among the others', () => {
    const text = ['Bestyrelsesmøde d. 4/9/31', '', 'Tilstede: Bo, Eva, Ib', '', ' • Økonomi', '  Kassen har 12.000 kr. og budgettet holder.', '', '  Ib ser på, hvorfor varmeudgiften er steget.', '', '  Vi venter med nye indkøb til efter sommeren.', ' • Sommerfest', '  Festen holdes i haven den 20. juni.', ' • Legepladsen', '  Gyngen skal males før festen.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Økonomi'], [2, 'Sommerfest'], [3, 'Legepladsen']]);
  });
  it('a bulleted list of points, one under another, is no such thing', () => {
    const text = ['Referat 4. maj 2031', '', 'Nyt fra formanden', '  • To nye medlemmer', '  • Stævnet gik godt', '  • Festen holdes i juni', 'Det var alt for i dag, tak for nu.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).not.toEqual(['To nye medlemmer', 'Stævnet gik godt', 'Festen holdes i juni']);
  });
});

describe('a copy that lost its blank lines, titles alone with their colons', () => {
  it('`Beretning:` / text / `Fremtidigt arbejde:` / text …: each title opens an item wherever it stands', () => {
    const text = ['Referat af generalforsamling i Holmby afd. d. 12.4.2031', 'Til stede:', 'Bo, Eva, Ib, Kim, Lise', 'Valg af ordstyrer og referent:', 'Bo og Eva', 'Beretning:', 'Ib fremlagde beretningen, og den blev godkendt.', 'Fremtidigt arbejde:', 'Vi danner en gruppe om skabet.', 'Valg af delegerede:', 'Vi valgte Ib og Kim.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Valg af ordstyrer og referent'], [2, 'Beretning'], [3, 'Fremtidigt arbejde'], [4, 'Valg af delegerede']]);
  });
});

describe('an agenda\'s unnumbered list in a report with no headings', () => {
  it('`DAGSORDEN` / `Dagsordenen var følgende:` / `Valg af dirigent.` / …: the entries are the items', () => {
    const text = ['GOD STEMNING PÅ HOLMBY SLOT', 'Alle tilmeldte medlemmer nåede frem til formiddagskaffen, og formanden bød velkommen til en lang dag med mange gæster.', '', 'DAGSORDEN', 'Generalforsamlingens dagsorden var følgende:', 'Valg af dirigent og referent.', 'Bestyrelsens beretning.', 'Forelæggelse af årsrapport.', 'Indkomne forslag.', 'Eventuelt.', '', 'Efter frokosten blev der fisket i voldgraven, og mange fik gedder på krogen den eftermiddag.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Valg af dirigent og referent'], [2, 'Bestyrelsens beretning'], [3, 'Forelæggelse af årsrapport'], [4, 'Indkomne forslag'], [5, 'Eventuelt']]);
  });
});

describe('a notice with bullets of its own above the agenda\'s bulleted list', () => {
  it('`• Note: …` / `• Hvor: …` / `Dagsorden:` / an intro line / `• Valg af dirigent` / …: only the agenda\'s bullets are items', () => {
    const text = ['Indkaldelse til generalforsamling i Holmby Folkedans', '', ' • Note: Forslag sendes til formanden senest en uge før.', ' • Hvor: Holmby Medborgerhus, Torvet 2', ' • Tilmelding: Ikke nødvendig', '', 'Dagsorden / Program:', 'Dagsordenen indeholder følgende punkter:', ' • Valg af dirigent og referent', ' • Bestyrelsens beretning', ' • Regnskab til godkendelse', ' • Valg til bestyrelsen', ' • Eventuelt'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Valg af dirigent og referent'], [2, 'Bestyrelsens beretning'], [3, 'Regnskab til godkendelse'], [4, 'Valg til bestyrelsen'], [5, 'Eventuelt']]);
  });
});

describe('notes in the present under an agenda\'s entries', () => {
  it('`Dagsorden:` / entries with chores given out under them (`Bo kontakter …`, `Der tales om …`): minutes, the notes their records', () => {
    const text = ['Bestyrelsesmøde 14. marts 2031', '', 'Dagsorden:', '', ' 1. Meddelelser', '  Skuret skal ryddes inden sæsonen, Bo kontakter kommunen om en container til det gamle grej.', '', ' 2. Medlemmer', '  Der er 98 aktive. Eva skriver til dem der ikke har betalt kontingent endnu.', '', ' 3. Sommerfest', '  Der tales om en fest i juni med grill, Kim booker salen i medborgerhuset.', '', ' 4. Eventuelt', '  Intet.'].join('\n');
    const doc = parseText(text);
    expect(doc.documentType).toBe('referat');
    expect(doc.items.map((it) => it.decision?.split('\n')[0])).toEqual(['Skuret skal ryddes inden sæsonen, Bo kontakter kommunen om en container til det gamle grej.', 'Der er 98 aktive. Eva skriver til dem der ikke har betalt kontingent endnu.', 'Der tales om en fest i juni med grill, Kim booker salen i medborgerhuset.', 'Intet.']);
  });
  it('an agenda naming who presents (`Formanden orienterer`, `Kassereren gennemgår`) stays an agenda', () => {
    const text = ['Bestyrelsesmøde 14. marts 2031', '', 'Dagsorden:', '', ' 1. Meddelelser', '  Formanden orienterer om sæsonen og om skuret ved banerne, som skal ryddes.', '', ' 2. Regnskab', '  Kassereren gennemgår regnskabet for det første kvartal og budgettet for resten af året.', '', ' 3. Eventuelt'].join('\n');
    expect(parseText(text).documentType).toBe('dagsorden');
  });
});

describe('titles over dashed points at their own depth', () => {
  it('`Godkendelse af dagsorden` / `Valg af referent` / `- Bo.` / `Beretning.` / `- …` / `Regnskab:` / `- …`: the lines that are no points are the items', () => {
    const text = ['Generalforsamling 4/3-2031 - Referat', '', 'Godkendelse af dagsorden', '', 'Valg af referent', '', '- Bo.', '', 'Formandens beretning.', '', '- Året bød på få aktiviteter, men vi spillede online hver uge.', '', 'Regnskab:', '', '- Gennemgang af regnskabet.', '', '- Vi har to indtægter: kontingent og salg.', '', 'Valg til bestyrelsen', '', '- Eva og Kim blev valgt.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, 'Godkendelse af dagsorden'], [2, 'Valg af referent'], [3, 'Formandens beretning'], [4, 'Regnskab'], [5, 'Valg til bestyrelsen']]);
    expect(doc.meeting.date).toBe('2031-03-04');
  });
  it('one paragraph with points under it is no list of titles', () => {
    const text = ['Referat 4. marts 2031', '', 'Bestyrelsen har i årets løb arbejdet med:', '', '- hjemmesiden', '', '- sommerfesten', '', 'Tak for i år.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).not.toContain('Tak for i år');
  });
});

describe('titles run into their records with no mark between', () => {
  it('`3. Beretning Jens Ole Holm aflagde …` and `8. Valg af 2 suppleanter Eva Holm og Kim Dal blev valgt`: the title, then the record', () => {
    const text = ['Årsmøde 2031', '', '1. Valg af dirigent Bo Dal blev valgt', '2. Beretning Jens Ole Holm aflagde i år beretningen for rådet. Beretningen blev godkendt.', '3. Valg af 2 suppleanter Eva Holm og Kim Dal blev valgt', '4. Evt. Et spørgsmål om stien blev besvaret.'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision])).toEqual([
      ['Valg af dirigent', 'Bo Dal blev valgt'],
      ['Beretning', 'Jens Ole Holm aflagde i år beretningen for rådet. Beretningen blev godkendt.'],
      ['Valg af 2 suppleanter', 'Eva Holm og Kim Dal blev valgt'],
      ['Evt', 'Et spørgsmål om stien blev besvaret.'],
    ]);
  });
});

describe('a list whose every entry is numbered one, with nothing after it', () => {
  it('`1. Valg af dirigent og referent.` / text / `1. Formandens beretning …` / text: the list restarted at each entry, numbered 1 and 2', () => {
    const text = ['Referat fra medlemsmøde søndag 8. juli 2031', '', '  1. Valg af dirigent og referent.', '    Bo Dal valgt som dirigent og Eva Holm som referent.', '  1. Formandens beretning v. Kim Lund.', '    Banerne er blevet ordnet, og der er kommet nye bænke ved klubhuset.', '', 'Bestyrelsen arbejder på at få flere juniorer med i klubben.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Valg af dirigent og referent.'], [2, 'Formandens beretning']]);
  });
  it('the first right under the agenda\'s label (`Dagsorden` / `1. Baner` / text / `1. Klubhus` / text / `1. Eventuelt`)', () => {
    const text = ['Bestyrelsesmøde 4. maj 2031', '', 'Dagsorden', '  1. Baner', 'Banerne åbner 1. juni.', '  1. Klubhus', 'Taget bliver lagt om i juli.', '  1. Eventuelt', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Baner'], [2, 'Klubhus'], [3, 'Eventuelt']]);
  });
  it('not points of one under titles of their own (`Økonomi` / `1. Kassen er tom.` / `Hallen` / `1. Nye tider.`)', () => {
    const text = ['Referat af bestyrelsesmøde 4. maj 2031', '', 'Økonomi', '1. Kassen er tom efter sommerfesten.', 'Bo undersøger tilskud.', '', 'Hallen', '1. Nye tider fra august.', 'Eva skriver til kommunen.', '', 'Klubhus', 'Taget er utæt, og Kim ringer til tømreren.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).not.toContain('Nye tider fra august.');
  });
  it('not where the document numbers other entries itself (`2.Kassen`): those ones may be points of their own', () => {
    const text = ['Referat:', '1.Velkomst:', 'Bo bød velkommen.', '2.Kassen:', 'Der er penge nok.', '  1. Sommerfest', 'Holdes i juni.', '  1. Eventuelt', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => it.number)).not.toEqual([1, 2, 1, 2]);
  });
});

describe('a general assembly recorded as lines of a usual title, a colon and what was said', () => {
  it('under `Dirigent :` / `Referent :`, each `Title: record` line is an item, one in small letters too', () => {
    const text = ['Generalforsamling d. 30. marts 2031', 'referat', 'Dirigent : Bo Dal', 'Referent : Eva', 'Formandens beretning : Vi har haft en god tur til Holland.', 'Regnskab: Der er overskud på kontoen.', 'Kontingent: det samme.', 'indkomne forslag: Ingen', 'Valg til bestyrelsen: Kim, Lise og Ole'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision])).toEqual([
      ['Formandens beretning', 'Vi har haft en god tur til Holland.'],
      ['Regnskab', 'Der er overskud på kontoen.'],
      ['Kontingent', 'det samme.'],
      ['indkomne forslag', 'Ingen'],
      ['Valg til bestyrelsen', 'Kim, Lise og Ole'],
    ]);
  });
});

describe('paragraphs opened by a longer title line', () => {
  it('`Budget – indkøb af hegn og maling til bænkene.` / a long line of text …: each paragraph\'s first line is the title', () => {
    const text = ['Referat fra bestyrelsesmøde tirsdag d. 28/04-2031 hos Karina', '', 'Sommerafslutning', 'Vi talte lidt om hvad der skal ske på sidste træningsdag inden ferien, og vi griller som altid ved banen.', '', 'Budget – indkøb af hegnspæle og hegn samt maling til bænkene.', 'Vi talte lidt om det overhovedet var nødvendigt at sætte hegn op langs træerne, og det tages op med kommunen.', '', 'Årlig generalforsamling, punkter og dato', 'Vi besluttede at vi i år ikke holder generalforsamlingen på biblioteket som vi plejer, men i klubhuset.', '', 'Teoriaftner f.eks. dyrlæge, hundesvømning og ????', 'Der var stor stemning for at vi holdt nogle teoriaftner, og Jens spørger en dyrlæge om en aften i maj.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Sommerafslutning', 'Budget – indkøb af hegnspæle og hegn samt maling til bænkene', 'Årlig generalforsamling, punkter og dato', 'Teoriaftner f.eks. dyrlæge, hundesvømning og ????']);
  });
  it('`Dagsorden/Referat` over the first words of the record is a label, no title', () => {
    const text = ['Referat fra ordinær generalforsamling 2031', '', 'Mandag, den 25. januar 2031', '', 'Dagsorden/Referat', 'Der var mødt 3 medlemmer ud over bestyrelsen og en gæst fra kommunen.', '', 'Valg af dirigent', 'Bo Dal blev valgt med akklamation, og han takkede for valget.', '', 'Beretning', 'Formandens beretning blev godkendt efter en kort drøftelse af året.', '', 'Regnskabet', 'Kassereren gennemgik regnskabet, som blev godkendt uden bemærkninger.', '', 'Eventuelt.', 'Der var en kort drøftelse om foreningens fremtid.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Valg af dirigent', 'Beretning', 'Regnskabet', 'Eventuelt']);
  });
  it('a hard-wrapped paragraph\'s first line is no title', () => {
    const text = ['Referat 4. maj 2031', '', 'Formanden fortalte om året der er gået, hvor klubben har haft', 'mange aktiviteter og to nye hold, og hvor kassen er blevet sund.', '', 'Kassereren gennemgik regnskabet for året, som viser et lille', 'overskud på grund af de mange nye medlemmer og færre udgifter.', '', 'Der blev drøftet en ny bane ved skolen, som kommunen vil', 'hjælpe med at betale, hvis klubben selv lægger en del af arbejdet.', '', 'Næste års sommerfest holdes som sædvanlig i juni ved klubhuset', 'med grill og musik, og alle medlemmer er velkomne til at deltage.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).not.toContain('Formanden fortalte om året der er gået, hvor klubben har haft');
  });
});

describe('bullets of a title ended by a full stop, what was done run on after it', () => {
  it('`• Valg af dirigent. Rådet foreslog Bo Dal, som blev valgt.` / `• Valg af referent. …` / `• Rådets beretning. …`: the items', () => {
    const text = ['Referat af årsmøde i Holmby Valgmenighed onsdag d. 23. marts 2031 kl. 19', '', 'Der blev indledt med en sang.', '', ' • Valg af dirigent. Rådet foreslog Bo Dal, som blev valgt. Dirigenten konstaterede årsmødet lovligt indkaldt.', ' • Valg af referent og stemmetællere. Rådet foreslog Eva Holm som referent. Hun blev valgt.', ' • Rådets beretning. Kim Lund', '  aflagde beretningen på rådets vegne.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.title)).toEqual(['Valg af dirigent', 'Valg af referent og stemmetællere', 'Rådets beretning']);
    expect(doc.items.slice(0, 2).map((it) => it.decision?.split('.')[0])).toEqual(['Rådet foreslog Bo Dal, som blev valgt', 'Rådet foreslog Eva Holm som referent']);
    expect(doc.meeting.chair).toBe('Bo Dal');
  });
  it('bullets of sentences (`• Bo Dal. Han kommer.`) are no titles', () => {
    const text = ['Referat 4. maj 2031', '', 'Nyt fra formanden:', ' • Bo Dal. Han kommer til næste møde.', ' • Eva Holm. Hun har sendt afbud.', '', 'Eventuelt:', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).not.toContain('Bo Dal');
  });
});

describe('a notice that tells its agenda in a sentence, a dash on each wrapped line', () => {
  it('`Mødet har følgende dagsorden jf. …` / a second line / `- Valg af dirigent.` / `- Valg af udvalg, som har ansvar for` / `- valget.` …', () => {
    const text = ['Mandag den 25. august 2031 kl. 17 i kirkens lokaler.', 'Mødet har følgende dagsorden jf. bekendtgørelse om valg', 'til udvalg nr. 906 af 25. juni 2031.', '- Valg af dirigent.', '- Redegørelse for udvalgets virksomhed.', '- Valg af valgbestyrelse, som har ansvar for valg af', '- menighedsrepræsentanter til udvalget.', '- Eventuelt.', 'Med venlig hilsen', 'Bo Dal'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.title.replace(/\.$/u, ''))).toEqual(['Valg af dirigent', 'Redegørelse for udvalgets virksomhed', 'Valg af valgbestyrelse, som har ansvar for valg af menighedsrepræsentanter til udvalget', 'Eventuelt']);
    expect(doc.documentType).toBe('dagsorden');
  });
});

describe('a report dated at its top that tells of a general assembly', () => {
  it('an `årsmøde` too (a word that opens with `å`)', () => {
    const text = ['Forårsstævnet 25.-28. april 2031.', '', 'Klubben holdt sit stævne på Holmby Camping, og om aftenen spiste vi sammen.', '', 'Lørdag var der så årsmøde om formiddagen, og kontingentet blev sat op.'].join('\n');
    expect(parseText(text).items).toEqual([]);
  });
  it('is read as minutes with no items, not refused', () => {
    const text = ['Forårsstævnet 25.-28. april 2031.', '', 'Klubben holdt sit stævne på Holmby Camping. Fredag var der standerhejsning, og om aftenen spiste vi sammen.', '', 'Lørdag var der så generalforsamling om formiddagen. Beretningen og regnskabet blev godkendt, og kontingentet blev sat op.'].join('\n');
    expect(parseText(text).items).toEqual([]);
  });
});

describe('an agenda numbered in small letters', () => {
  it('`Dagsorden` / `1. valg af dirigent` / `2. vedtægtsændringer` / `3. Eventuelt`: the items', () => {
    const text = ['Invitation til ekstraordinær generalforsamling', '', 'Generalforsamlingen afholdes onsdag den 19. oktober 2031 kl. 19:30 i Holmby Medborgerhus.', '', 'Dagsorden', '  1. valg af dirigent', '  2. vedtægtsændringer (omlægning af regnskabsår)', '  3. Eventuelt', '', 'Tilmelding til generalforsamlingen sker på kontoret.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'valg af dirigent'], [2, 'vedtægtsændringer (omlægning af regnskabsår)'], [3, 'Eventuelt']]);
  });
});

describe('a general assembly\'s opening items on lines of their own, a copy cut after two', () => {
  it('`Valg af dirigent` / `Bo Dal blev valgt.` / `Årsberetning v. Eva Holm` / the report: two items', () => {
    const text = ['Generalforsamlingen i Holmby Digelag fredag 30. maj 2031 i Holmby Samlingshus:', '66 fremmødte.', 'Formanden bød velkommen.', 'Valg af dirigent', 'Bo Dal blev foreslået af bestyrelsen og valgt med applaus.', 'Årsberetning og regnskab v. Eva Holm', 'Jeg vil allerførst starte med et lille tilbageblik på året, der gik.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.title)).toEqual(['Valg af dirigent', 'Årsberetning og regnskab']);
    expect(doc.meeting.chair).toBe('Bo Dal');
  });
  it('not without the election of the chair first (a report\'s paragraphs that mention the accounts)', () => {
    const text = ['Nyt fra klubben 4. maj 2031', 'Regnskab', 'Kassereren har lukket året med et lille overskud.', 'Kontingent', 'Det bliver som sidste år.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).not.toEqual(['Regnskab', 'Kontingent']);
  });
});

describe('the usual titles alone on their lines in minutes with nothing else to read as items', () => {
  it('`Dagsorden:` / `Godkendelse af referat` / `Godkendt` / `Meddelelser fra formanden` / what was told: two items, whichever comes first', () => {
    const text = ['Mødereferat', '', 'Bestyrelsesmøde 4. marts 2031', '', 'Deltagere: Bo Dal, Eva Holm, Kim Lund', '', 'Dagsorden:', '', 'Godkendelse af referat', '', 'Godkendt', 'Meddelelser fra formanden', 'Havnen har endnu ikke svaret på vores ansøgning om et skur til joller.', 'Standerhejsningen bliver lørdag den 5. april.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, 'Godkendelse af referat'], [2, 'Meddelelser fra formanden']]);
    expect(doc.items[0]!.decision).toBe('Godkendt');
  });
  it('a report of a general assembly with its headings in capitals (`REGNSKAB`, `INDKOMNE FORSLAG`)', () => {
    const text = ['Generalforsamlingen 2031', '', 'Generalforsamlingen blev holdt tirsdag den 18. marts 2031, og 25 medlemmer var mødt.', 'REGNSKAB', 'Kassereren fremlagde regnskabet, som blev godkendt.', 'INDKOMNE FORSLAG', 'Der var ingen forslag fra medlemmerne.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['REGNSKAB', 'INDKOMNE FORSLAG']);
  });
});

describe('`Dagsordenens punkt N` alone over the title and its colon', () => {
  it('the line under the number is the title, the text under that the record', () => {
    const text = ['Referat af generalforsamling søndag 16. april 2031', '', 'Dagsordenens punkt 1', 'Valg af dirigent, referent og stemmetællere:', 'Til dirigent valgtes Bo Dal.', '', 'Dagsordenens punkt 2', 'Bestyrelsens beretning for det forløbne år:', 'Lene gennemgik beretningen.'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision])).toEqual([['Valg af dirigent, referent og stemmetællere', 'Til dirigent valgtes Bo Dal.'], ['Bestyrelsens beretning for det forløbne år', 'Lene gennemgik beretningen.']]);
  });
});

describe('the topics of a meeting as unmarked lines, then records headed by their number alone', () => {
  it('`Emner til mødet er:` / lines / `REFERAT:` / `Punkt 1:` / text …: the lines title the records by place; those not recorded are items too', () => {
    const text = ['Holmby Fugleklub', 'BESTYRELSE- OG UDSTILLINGSMØDE', 'TORSDAG DEN 11. SEPT. 2031', '', 'Emner til mødet er:', ' Ny klasseinddeling', 'Udstillingsmateriale', 'Katalog og annoncer', 'Hjælp til udstillingen', '', 'REFERAT:', '', 'Punkt 1:', 'Ændringer i tilmeldingen: der kan ikke udstilles gamle fugle i år.', '', 'Punkt 2:', 'Vi låner igen regionens udstyr, og det suppleres med vores eget.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, 'Ny klasseinddeling'], [2, 'Udstillingsmateriale'], [3, 'Katalog og annoncer'], [4, 'Hjælp til udstillingen']]);
    expect(doc.items[0]!.decision).toBe('Ændringer i tilmeldingen: der kan ikke udstilles gamle fugle i år.');
    expect(doc.meeting.body).toBe('Holmby Fugleklub');
  });
});

describe('a report that tells a meeting was held', () => {
  it('`Onsdag den 18. maj blev der afholdt generalforsamling i …`: minutes with no items, not refused', () => {
    const text = ['Generalforsamling', '', 'Onsdag den 18. maj blev der afholdt generalforsamling i SF-Holmby.', '', 'Traditionen tro begyndte aftenen med en middag for de fremmødte medlemmer.'].join('\n');
    expect(parseText(text).items).toEqual([]);
  });
  it('a news item that only mentions a meeting to come is still refused', () => {
    expect(() => parseText(['Ny legeplads i byparken', '', 'Børnene kan glæde sig til foråret. Vi holder generalforsamling senere på året.'].join('\n'))).toThrow(/does not look like meeting minutes/);
  });
});

describe('committees\' reports as titles alone with their colons', () => {
  it('`Meddelelse fra formanden :` / text / `Meddelelse fra stambogsudvalg :` / `Tre hingste: …` / `Meddelelse fra udvalget: .`: the titles are the items', () => {
    const text = ['REFERAT AF BESTYRELSESMØDE 7. oktober 2031.', '', 'Tilstede: Bo, Eva, Kim', '', 'Godkendelse af referat fra forrige møde: Referatet godkendt.', '', 'Meddelelse fra formanden :', '', 'Alle hingste bestod kåringen, og stemningen var god.', '', 'Meddelelse fra stambogsudvalg :', '', 'Tre hingste: Pedro, Thor og Max er optaget i stambogen.', '', 'Meddelelse fra markedsføringsudvalg: .', '', 'Der bestilles klistermærker med det nye logo.', '', 'Regionerne:', '', 'Der skal være championater i region 3 i denne måned.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Godkendelse af referat fra forrige møde', 'Meddelelse fra formanden', 'Meddelelse fra stambogsudvalg', 'Meddelelse fra markedsføringsudvalg', 'Regionerne']);
  });
});

describe('a web page\'s text copied with its inline markup left in', () => {
  it('`<br />`, `<strong>` and entities go; a date set in bold pieces is read; a line wholly in `<strong>` is bold', () => {
    const text = ['<strong>Referat</strong><br />', '', 'Møde den <strong>12</strong>.<strong>05</strong>.<strong>2031</strong> i Holmby Skak &amp; Bridge<br />', '', '1. Godkendelse af dagsorden<br />', '', 'Godkendt.<br />', '', '2. Regnskab &amp; budget<br />', '', 'Regnskabet blev godkendt.<br />'].join('\n');
    const doc = parseText(text);
    expect(doc.meeting.date).toBe('2031-05-12');
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Godkendelse af dagsorden', 'Godkendt.'],
      [2, 'Regnskab & budget', 'Regnskabet blev godkendt.'],
    ]);
  });
  it('a line wholly in `<strong>` is set bold, as the page showed it', async () => {
    const { linesFromText } = await import('../src/extract/text.js');
    const lines = linesFromText(['<strong>Referat</strong><br />', 'Sted Klubhuset<br />', '1. Eventuelt<br />'].join('\n')).lines;
    expect(lines.map((l) => [l.text, l.bold === true])).toEqual([['Referat', true], ['Sted Klubhuset', false], ['1. Eventuelt', false]]);
  });
  it('in a PDF a case system printed from such text, the tags and entities go too', async () => {
    const { parseBytes } = await import('../src/pipeline.js');
    const { unicodePdf } = await import('./helpers/pdf.js');
    const lines = ['<strong>Referat</strong><br />', '', 'Møde den 12.05.2031 i Holmby Skak &amp; Bridge<br />', '', '1. Valg af dirigent:<br />', '', 'Bo Dal blev valgt til dirigent<br />', '', '2. Regnskab &amp; budget<br />', '', 'Regnskabet blev godkendt.<br />'];
    const r = await parseBytes(unicodePdf(lines), 'markup.pdf');
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.document.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Bo Dal blev valgt til dirigent'],
      [2, 'Regnskab & budget', 'Regnskabet blev godkendt.'],
    ]);
  });
  it('a text that only mentions a tag or two keeps them as written', async () => {
    const { linesFromText } = await import('../src/extract/text.js');
    const lines = linesFromText(['Referat 3. maj 2031', '', '1. Hjemmesiden', 'Kim retter <br> i sidens kode.', '2. Eventuelt', 'Intet.'].join('\n')).lines;
    expect(lines[3]!.text).toBe('Kim retter <br> i sidens kode.');
  });
});

describe('the agenda\'s label with its first entry on the same line, as a form\'s field and value', () => {
  it('`Dagsorden 1. Godkendelse af dagsorden` / `2. Regnskab` …: the first entry is item 1, titled', () => {
    const text = ['Referat', '', 'Mødedato 24. november 2031 kl. 20:00', '', 'Dagsorden 1. Godkendelse af dagsorden', '2. Regnskab', '3. Eventuelt', '', 'Ad 1.', 'Dagsorden godkendt.', 'Ad 2.', 'Regnskabet blev godkendt.', 'Ad 3.', 'Intet.'].join('\n');
    expect(items(text)).toEqual([
      [1, 'Godkendelse af dagsorden', 'Dagsorden godkendt.'],
      [2, 'Regnskab', 'Regnskabet blev godkendt.'],
      [3, 'Eventuelt', 'Intet.'],
    ]);
  });
  it('not a sentence that starts with the word (`Dagsorden 1. maj …` with no second entry under it)', () => {
    const text = ['Referat af bestyrelsesmøde 3. maj 2031', '', '1. Godkendelse af dagsorden', 'Dagsorden 1. maj blev flyttet, og den blev godkendt.', 'Kim har ordet.', '', '2. Eventuelt', 'Intet.'].join('\n');
    expect(items(text)[0]).toEqual([1, 'Godkendelse af dagsorden', 'Dagsorden 1. maj blev flyttet, og den blev godkendt. Kim har ordet.']);
  });
});

describe('a title line that cannot end where it does', () => {
  it('`… for 2030 og` / (blank) / `fastsættelse af kontingent.`: the line in small letters finishes the title', () => {
    const text = ['Referat af generalforsamling 3. marts 2031', '', '1. Valg af dirigent', '', 'Bo Dal blev valgt.', '', '2. Godkendelse af regnskab for 2030 og', '', 'fastsættelse af kontingent.', '', 'Regnskabet blev godkendt, og kontingentet er uændret.', '', '3. Eventuelt', '', 'Intet.'].join('\n');
    expect(items(text).map((it) => it[1])).toEqual(['Valg af dirigent', 'Godkendelse af regnskab for 2030 og fastsættelse af kontingent.', 'Eventuelt']);
  });
  it('but lettered points under `… godkendelse af` stay points', () => {
    const text = ['Referat af generalforsamling 3. marts 2031', '', '1. Valg af dirigent', '2. Aflæggelse og godkendelse af', 'a) formandens beretning', 'b) kassererens beretning', '3. Eventuelt'].join('\n');
    expect(items(text).map((it) => it[1])).toEqual(['Valg af dirigent', 'Aflæggelse og godkendelse af', 'Eventuelt']);
  });
});

describe('numbered paragraphs that are their own records, some of two or three words', () => {
  it('`5: Budgettet godkendt.` with nothing under it records itself, as the longer ones do; `8: a: Vedtægterne …` opens an entry', () => {
    const text = ['Beslutningsreferat af generalforsamlingen i Holmby Fyrlaug', '', 'Den 12. marts 2031:', '', '1: Bo Dal, Holmby, valgt til dirigent.', '', '2: To stemmetællere blev valgt.', '', '3: Formandens beretning godkendt.', '', '4: Budgettet godkendt.', '', '5: Eva Holm genvalgtes som revisor.', '', '6: a: Vedtægterne blev vedtaget med én ændring:', '', 'Paragraf 6 hedder nu: Generalforsamlingen indkaldes via e-mail.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.items.slice(2, 4).map((it) => [it.decision, it.outcome])).toEqual([['Formandens beretning godkendt.', 'approved'], ['Budgettet godkendt.', 'approved']]);
    expect(doc.items[5]!.decision).toMatch(/^Vedtægterne blev vedtaget/u);
  });
  it('an agenda\'s short titles stay titles without records (`3. Regnskab godkendes`)', () => {
    const text = ['Dagsorden til generalforsamling 3. marts 2031', '', '1. Valg af dirigent', '2. Beretning', '3. Regnskab godkendes', '4. Eventuelt'].join('\n');
    expect(parseText(text).items.map((it) => it.decision)).toEqual([null, null, null, null]);
  });
});

describe('a notice whose agenda is introduced as the statutes word it, dated in short capitals', () => {
  const text = ['Generalforsamling 2031', '', 'Årets generalforsamling er fastsat til', '', 'TOR 13 MAR kl. 19:00', '', 'i Holmby Forsamlingshus.', '', 'Vedtægterne bestemmer, at den indkaldes med 21 dages varsel og med en dagsorden, der skal indeholde følgende punkter:', '', '1: Valg af dirigent', '2: Formandens beretning', '3: Regnskab.', '4: Eventuelt.', '', 'Efter kaffen er der foredrag.'].join('\n');
  it('the list is the agenda; the date alone on its line (`TOR 13 MAR kl. 19:00`) takes the title\'s year', () => {
    const doc = parseText(text);
    expect(doc.items.map((it) => it.title)).toEqual(['Valg af dirigent', 'Formandens beretning', 'Regnskab.', 'Eventuelt.']);
    expect([doc.meeting.date, doc.meeting.startTime]).toEqual(['2031-03-13', '19:00']);
  });
  it('`Årets generalforsamling` names no body', () => {
    expect(parseText(text).meeting.body).toBeNull();
  });
});

describe('bullets that each open with a usual item\'s title, a dash and what was done', () => {
  const text = ['Referat fra Holmby Teaterforenings generalforsamling', '', 'torsdag den 28. sept. 2031 kl. 19.00 i foyeren', '', ' 13 var mødt op. Jette bød velkommen.', '', ' • Valg af dirigent – Erling Nielsen blev valgt og takkede for valget.', ' • Valg af stemmetællere – Anne og Lis blev valgt.', ' • Formandens beretning –', '', '  Sæsonen startede godt med mange nye medlemmer.', '', '  Vi holdt visionsdag i september.'].join('\n');
  it('`• Valg af dirigent – Bo blev valgt.` / … / `• Formandens beretning –` over its text: each bullet is an item', () => {
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.title, it.outcome])).toEqual([['Valg af dirigent', 'approved'], ['Valg af stemmetællere', 'approved'], ['Formandens beretning', null]]);
    expect(doc.items[2]!.decision).toMatch(/^Sæsonen startede godt/u);
  });
  it('not where other bullets at their depth say what was done without a title (a list read as a list)', () => {
    const other = text.replace(' • Valg af stemmetællere – Anne og Lis blev valgt.', ' • Anne og Lis blev valgt som stemmetællere.');
    expect(parseText(other).items.map((it) => it.title)).not.toEqual(['Valg af dirigent', 'Formandens beretning']);
  });
});

describe('`Dagsorden & referat …:` over a list of titles run into their records', () => {
  it('the label names the agenda (no list it introduces is demoted); a usual title of nine words before its colon is still a title', () => {
    const text = ['Referat fra generalforsamlingen', 'Tirsdag den 30. januar 2031', '', 'Dagsorden & referat for generalforsamlingen:', '', ' 1. Valg af dirigent: Jens Holm blev valgt til dirigent', ' 2. Referent: Bo Dal', ' 3. Beretning om foreningens virke i det forløbne år 2030: Formanden Lis Holm fortalte i sin beretning om foreningens politiske og organisatoriske arbejde i perioden 2030.', '', '  Vi holdt tre møder.'].join('\n');
    expect(items(text).map((it) => [it[0], it[1]])).toEqual([[1, 'Valg af dirigent'], [2, 'Referent'], [3, 'Beretning om foreningens virke i det forløbne år 2030']]);
  });
});

describe('an agenda table copied a column at a time: the numbers, then the titles', () => {
  it('`1)` / `2)` / `3)` / titles (one wrapped over two lines): each title goes back beside its number', () => {
    const text = ['Dagsorden til møde i Holmby Vildtgruppe', 'Tirsdag den 8. september 2031, kl. 13', 'Til mødet er der følgende dagsorden.', '1)', '2)', '3)', 'Velkomst til ny formand', 'Rammerne for en ny forvaltningsmodel (i henhold til', 'gruppernes kommentarer)', 'Eventuelt.', 'Med venlig hilsen', 'Søren Holm', 'Holmby Kommune, Natur og Miljø'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, 'Velkomst til ny formand'], [2, 'Rammerne for en ny forvaltningsmodel (i henhold til gruppernes kommentarer)'], [3, 'Eventuelt.']]);
    // The letter's greeting and its sender are no part of the last item.
    expect(doc.items[2]!.decision).toBeNull();
  });
  it('not when the lines after the numbers are not as many titles', () => {
    const text = ['Referat af bestyrelsesmøde 3. maj 2031', '', '1)', '2)', '3)', 'Velkomst', 'Regnskab'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).not.toEqual(['Velkomst', 'Regnskab']);
  });
});

describe('a list numbered at its first entries only, its bullets going on', () => {
  it('`1. Valg af dirigent:` / text / `• Formandens beretning:` / text …: a bullet title with its colon goes on from the number', () => {
    const text = ['Referat fra Holmby Seniorklubs generalforsamling fredag d. 12. november 2031', '', '  1. Valg af dirigent:', '', 'Ole valgtes enstemmigt.', '', '  • Formandens beretning:', '', 'Der har ikke været aktiviteter i år.', '', '  • Indkomne forslag:', '', 'Ingen.', '', '  • Eventuelt:', '', 'Intet.'].join('\n');
    expect(items(text).map((it) => [it[0], it[1]])).toEqual([[1, 'Valg af dirigent'], [2, 'Formandens beretning'], [3, 'Indkomne forslag'], [4, 'Eventuelt']]);
  });
  it('`1. Til dirigent valgtes …` / `2. Formanden fortalte …` / `• Kassereren oplæste regnskabet …`: told entries go on as told bullets, untitled', () => {
    const text = ['Referat', '', 'Fra ordinær generalforsamling onsdag den 20. marts 2031 kl. 19.00', '', ' 1. Til dirigent foreslog formanden Bo Dal, som blev enstemmigt valgt.', '  Bo Dal konstaterede at generalforsamlingen var lovligt indkaldt.', ' 2. Formanden fortalte om årets aktiviteter i foreningens lokaler.', '', ' • Kassereren oplæste regnskabet, som gav et lille overskud.', '  Regnskabet blev godkendt.', ' • Til bestyrelsen genvalgtes Eva Holm og Kim Berg.', ' • 2 suppleanter takkede nej, og bestyrelsen fik fuldmagt til at finde nye.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.items[2]!.decision).toMatch(/^Kassereren oplæste regnskabet/u);
    expect(doc.items[3]!.outcome).toBe('approved');
  });
});

describe('a general assembly\'s usual agenda as bullets under no label, dated by an events calendar', () => {
  const text = ['Generalforsamling 2031', '', 'februar 27 @ 19:00 – 21:00', '', '  • Valg af dirigent', '  • Bestyrelsens beretning', '  • Regnskab', '  • Valg af revisorer • Valg til udvalg', '  • Eventuelt'].join('\n');
  it('the bullets are the items, two run together on one line split; `februar 27 @ 19:00 – 21:00` is the date with the title\'s year and the times', () => {
    const doc = parseText(text);
    expect(doc.items.map((it) => it.title)).toEqual(['Valg af dirigent', 'Bestyrelsens beretning', 'Regnskab', 'Valg af revisorer', 'Valg til udvalg', 'Eventuelt']);
    expect([doc.meeting.date, doc.meeting.startTime, doc.meeting.endTime]).toEqual(['2031-02-27', '19:00', '21:00']);
  });
  it('not a list of other things that happens to hold a usual title or two', () => {
    const other = ['Nyt fra klubben 2031', '', '  • Valg af ny træner', '  • Sommerfest i juni', '  • Nye bolde til banen', '  • Maling af klubhuset'].join('\n');
    expect(() => parseText(other)).toThrow();
  });
});

describe('records headed `Ad: N.` under an agenda told as lines each a paragraph of its own', () => {
  const text = ['Referat af 12.ordinære generalforsamling 3. maj 2031 med følgende dagsorden.', '', 'Valg af dirigent og referent.', '', 'Bestyrelsens beretning.', '', 'Regnskab.', '', 'Eventuelt', '', 'Ad: 1. Formanden bød velkommen og foreslog Bo Dal som dirigent. Han blev valgt.', '', 'Ad:2. Formanden fremlagde beretningen.', '', 'Ad: 3. Regnskabet blev godkendt.', '', 'Ad: 4. Intet.'].join('\n');
  it('`Ad:` with a colon heads a record; the agenda\'s lines, each ended by a full stop, title the records by their place', () => {
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent og referent', 'Formanden bød velkommen og foreslog Bo Dal som dirigent. Han blev valgt.'],
      [2, 'Bestyrelsens beretning', 'Formanden fremlagde beretningen.'],
      [3, 'Regnskab', 'Regnskabet blev godkendt.'],
      [4, 'Eventuelt', 'Intet.'],
    ]);
    expect(doc.meeting.body).toBeNull();
  });
  it('the minutes\' own label under such an agenda (`REFERAT:`) is no entry of it', () => {
    const labelled = ['Bestyrelsesmøde 11. september 2031', '', 'Emner til mødet er:', 'Ny klasseinddeling', 'Udstillingsmateriale', 'Katalog', '', 'REFERAT:', '', 'Punkt 1:', 'Ændringer i tilmeldingen.', '', 'Punkt 2:', 'Vi låner udstyr.'].join('\n');
    expect(parseText(labelled).items.map((it) => it.title)).toEqual(['Ny klasseinddeling', 'Udstillingsmateriale', 'Katalog']);
  });
});

describe('a title in English at the top', () => {
  it('`Minutes:2031-04-03 2. General Assembly` over headed paragraphs is minutes of that day, not refused', () => {
    const doc = parseText(['Minutes:2031-04-03 2. General Assembly', '', 'Choose a Moderator', '', 'Bo er valgt', '', 'Choose somebody to do the Minutes', '', 'Alle skriver referat.'].join('\n'));
    expect([doc.documentType, doc.meeting.date]).toEqual(['referat', '2031-04-03']);
  });
  it('an association\'s minutes kept in English prose, telling the general meeting held, are not refused', () => {
    const text = ['The Club Annual General Meeting', '', 'The Annual General Meeting of the Vejby Trade Club was held online on 3 May 2031.', '', 'The meeting was opened by the chairman, who welcomed everyone. The accounts were approved without comments.'].join('\n');
    expect(() => parseText(text)).not.toThrow();
  });
  it('a page that only mentions minutes in English further down is still refused', () => {
    expect(() => parseText(['Vores nye værksted', '', 'Vi har fået nye lokaler.', '', 'Minutes: se hjemmesiden.'].join('\n'))).toThrow(/does not look like meeting minutes/u);
  });
});

describe('`Punkt N,` with a comma, a title in small letters and its record after a colon', () => {
  it('`Punkt 1, valg af referent: som referent valgtes …` / …: each line is an item, the title without the comma', () => {
    const text = ['Referat af generalforsamling i Holmby Litteraturselskab 3. marts 2031', '', 'Punkt 1, valg af referent: som referent valgtes Bo Dal.', 'Punkt 2, valg af ordstyrer: som ordstyrer valgtes Eva Holm.', 'Punkt 3, formandens årsberetning: formanden gennemgik året, og årsberetningen godkendtes.', 'Punkt 4, budget for 2032: godkendt som omdelt.', 'Punkt 5. Forslag fra styrelsen: et forslag om en konkurrence blev vedtaget.'].join('\n');
    expect(items(text).map((it) => [it[0], it[1]])).toEqual([[1, 'valg af referent'], [2, 'valg af ordstyrer'], [3, 'formandens årsberetning'], [4, 'budget for 2032'], [5, 'Forslag fra styrelsen']]);
  });
});

describe('numbers alone with a doubled mark, under a notice of the next meeting', () => {
  const text = ['Generalforsamling', '', 'Næste generalforsamling onsdag d. 5. februar 2031 kl. 19.00 i Salen', 'Referat af generalforsamling onsdag d. 6. februar 2030 i Salen.', '', 'Dagsorden:', '', '1.)', 'Valg af dirigent', '', 'Bo Dal blev valgt.', '', '2.)', 'Beretning', '', 'Formanden fortalte om året.', '', '3.)', '', 'Regnskab', '', 'Regnskabet blev godkendt.'].join('\n');
  it('`1.)` alone over its title is a number alone: the line under it is the title', () => {
    expect(items(text)).toEqual([[1, 'Valg af dirigent', 'Bo Dal blev valgt.'], [2, 'Beretning', 'Formanden fortalte om året.'], [3, 'Regnskab', 'Regnskabet blev godkendt.']]);
  });
  it('the next meeting\'s date, weekday and all, is not this meeting\'s; the title\'s is', () => {
    expect(parseText(text).meeting.date).toBe('2030-02-06');
  });
});

describe('an agenda whose numbering starts again after the sentence on proposals put between its entries', () => {
  it('`1.`–`3.` / `Forslag skal være …` / `1. Valg af bestyrelse` / `2. Eventuelt`: the entries after the sentence go on from the list', () => {
    const text = ['Indkaldelse til generalforsamling i Holmby Lokalhistoriske Forening torsdag den 21. februar 2031 kl. 19.00', '', 'Dagsorden:', '', '  1. Valg af dirigent', '  2. Aflæggelse af beretning', '  3. Aflæggelse af regnskab', '  4. Fastsættelse af kontingent', '  5. Behandling af indkomne forslag', '', 'Forslag, der ønskes behandlet, skal være formanden i hænde senest en uge før.', '', '  1. Valg af bestyrelse og suppleanter', '  2. Valg af revisor', '  3. Eventuelt'].join('\n');
    expect(items(text).map((it) => it[1])).toEqual(['Valg af dirigent', 'Aflæggelse af beretning', 'Aflæggelse af regnskab', 'Fastsættelse af kontingent', 'Behandling af indkomne forslag', 'Valg af bestyrelse og suppleanter', 'Valg af revisor', 'Eventuelt']);
    expect(items(text).map((it) => it[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
  it('not an agenda followed by its records numbered again from 1', () => {
    const text = ['Referat af generalforsamling torsdag den 21. februar 2031', '', 'Dagsorden:', '  1. Valg af dirigent', '  2. Beretning', '  3. Eventuelt', '', 'Formanden bød velkommen til de fremmødte medlemmer.', '', '  1. Valg af dirigent', 'Bo Dal blev valgt.', '  2. Beretning', 'Beretningen blev godkendt.', '  3. Eventuelt', 'Intet.'].join('\n');
    expect(items(text).map((it) => it[0])).toEqual([1, 2, 3]);
  });
});

describe('points numbered from 1 under an entry, past the number of the entry after it', () => {
  it('`2. Beretning:` / `1.` … `4.` / `3. Regnskab`: all four are points of item 2, not items 3 and 4', () => {
    const text = ['Referat af generalforsamling i Holmby Drænlaug 4. april 2031', '', '1. Valg af dirigent.', '2. Bestyrelsens beretning:', '1. Medlemstal og kontakt til medlemmer', '2. Vedligehold og dialogen med kommunen', '3. Status for område 2', '4. Godkendelse af beretning', '3. Regnskab og godkendelse.', '4. Eventuelt'].join('\n');
    expect(items(text).map((it) => [it[0], it[1]])).toEqual([[1, 'Valg af dirigent.'], [2, 'Bestyrelsens beretning'], [3, 'Regnskab og godkendelse.'], [4, 'Eventuelt']]);
  });
});

describe('who was away, told in the header', () => {
  it('`Afbud fra: A, B, C.` right under `Til stede: …` ends with its full stop; the sentence after it is nobody', () => {
    const doc = parseText(['Referat fra generalforsamling 21. juni 2031 i Hytten', 'Til stede: Peter, Anita, Jens.', 'Afbud fra: Susanne, Nicolai, Stine.', 'Formanden bød velkommen.', '', '1. Valg af dirigent', 'Bo blev valgt.'].join('\n'));
    expect(doc.participants.filter((p) => p.group === 'absent').map((p) => p.name)).toEqual(['Susanne', 'Nicolai', 'Stine']);
  });
  it('`… Tobias havde afbud`, `Oldermand Lis Dal var forhindret, i hendes sted …`: a sentence of the line names the absent', () => {
    const absent = (text: string) => parseText(text).participants.filter((p) => p.group === 'absent').map((p) => p.name);
    expect(absent(['Referat af bestyrelsesmøde 3. maj 2031', 'Mødet holdtes hos Per.... Tobias havde afbud', '', '1. Regnskab', 'Godkendt.'].join('\n'))).toEqual(['Tobias']);
    expect(absent(['Referat af generalforsamling 3. maj 2031', '7 medlemmer var mødt frem. Oldermand Lis Dal var forhindret, i hendes sted mødte Bo Dal.', '', '1. Regnskab', 'Godkendt.'].join('\n'))).toEqual(['Lis Dal']);
  });
});

describe('the chair elected in the item that elects it, told in more ways', () => {
  const chair = (record: string) => parseText(['Referat af generalforsamling 3. maj 2031', '', `1. Valg af dirigent: ${record}`, '', '2. Beretning', 'Formanden fortalte.', '', '3. Eventuelt', 'Intet.'].join('\n')).meeting.chair;
  it('`Traditionen tro vælges Bo Dal.`, `Mogens Dal med applaus fra de fremmødte.`', () => {
    expect(chair('Traditionen tro vælges Bo Dal.')).toBe('Bo Dal');
    expect(chair('Mogens Dal med applaus fra de ca. 50 fremmødte medlemmer.')).toBe('Mogens Dal');
  });
  it('`Følgende blev valgt …: Dirigent: Tom Holm` names Tom Holm, never `Følgende`; `Forslag dirigent: …` is no one called Forslag', () => {
    expect(chair('Følgende blev valgt - med 10 stemmer for: Dirigent: Tom Holm Referent: Eva Lund')).toBe('Tom Holm');
    expect(chair('Forslag dirigent: Peter Moos')).not.toBe('Forslag');
  });
});

describe('a notice that calls the meeting in the present', () => {
  const text = ['Kære medlemmer!', '', 'Der indkaldes herved til generalforsamling, som afholdes onsdag d. 15. september 2031 kl. 19.00 i klublokalet.', '', '1) Valg af dirigent.', '2) Bestyrelsens beretning.', '3) Fastsættelse af kontingent: Bestyrelsen foreslår et kontingentfrit år.', '4) Eventuelt.'].join('\n');
  it('`Der indkaldes herved til generalforsamling …` makes it an agenda: a proposal under an entry is no decision', () => {
    const doc = parseText(text);
    expect([doc.documentType, doc.meeting.date, doc.meeting.startTime]).toEqual(['dagsorden', '2031-09-15', '19:00']);
    expect(doc.items.map((it) => it.decision)).toEqual([null, null, null, null]);
  });
  it('minutes that say the meeting was called in the past are still minutes', () => {
    const minutes = ['Referat af generalforsamling 15. september 2031', '', 'Generalforsamlingen var indkaldt rettidigt.', '', '1) Valg af dirigent.', 'Bo Dal blev valgt.', '2) Eventuelt.', 'Intet.'].join('\n');
    expect(parseText(minutes).documentType).toBe('referat');
  });
});

describe('lines where a body\'s name may stand that name none', () => {
  const body = (first: string) => parseText([first, '', 'Referat af generalforsamling 3. maj 2031', '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '2. Eventuelt', 'Intet.'].join('\n')).meeting.body;
  it('a greeting, a news heading, an office and its holder, a bare generic word: no body', () => {
    expect(body('Kære medlemmer af Holmby Badelaug')).toBeNull();
    expect(body('Nyt fra bestyrelsen')).toBeNull();
    expect(body('Foreningen')).toBeNull();
  });
  it('a name above the title is still the body', () => {
    expect(body('Holmby Badelaug')).toBe('Holmby Badelaug');
  });
});

describe('an election\'s title run into who was chosen, with no mark between', () => {
  it('`Valg af ny formand blev Bo Dal` is the title `Valg af ny formand` and its record', () => {
    const text = ['Referat af generalforsamling i Holmby Pinseklub 8. juni 2031', '', '1. Indkomne forslag – ingen', '', '2. Valg af ny formand blev Bo Dal', '', '3. Evt.', 'Intet.'].join('\n');
    expect(items(text)[1]).toEqual([2, 'Valg af ny formand', 'blev Bo Dal']);
  });
  it('not a title with a dash before the record (`Valg af referent – det blev Eva`)', () => {
    const text = ['Referat af bestyrelsesmøde 8. juni 2031', '', '1. Valg af referent – det blev Eva', '', '2. Evt.', 'Intet.'].join('\n');
    expect(items(text)[0]).toEqual([1, 'Valg af referent', 'det blev Eva']);
  });
});

describe('numbered entries that each tell what was done, one of five words', () => {
  it('`1. Bo bød velkommen til mødet.` / `2. Den nye bestyrelse konstituerede sig som følger.` / …: untitled items, each sentence its record', () => {
    const text = ['Referat: Konstitueringsmøde den 15. marts 2031 kl. 18.00.', '', 'Fremmødte: Bo, Eva, Kim', '', '1. Bo bød velkommen til mødet.', '', '2. Den nyvalgte bestyrelse konstituerede sig som følger.', '    Formand Bo Dal, kasserer Eva Holm.', '', '3. Følgende bestyrelsesmedlemmer har følgende opgaver i bestyrelsen.', '    Havnen: Kim.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, ''], [2, ''], [3, '']]);
    expect(doc.items[0]!.decision).toBe('Bo bød velkommen til mødet.');
  });
});

describe('the body, when the header\'s first read of it gives no name', () => {
  const body = (head: string[]) => parseText([...head, '', 'Dagsorden', '1. Valg af dirigent', 'Bo Dal blev valgt.', '2. Eventuelt', 'Intet.'].join('\n')).meeting.body;
  it('a notice broken after its `i` leaves the field to the name on the next line', () => {
    expect(body(['Indkaldelse til generalforsamling i', 'Holmby Kaninklub', 'fredag den 3. marts 2031 kl. 19:00'])).toBe('Holmby Kaninklub');
  });
  it('a letter\'s town before its date is no body', () => {
    expect(body(['Holmby, mandag d. 7. april 2031.', '', 'Referat af bestyrelsesmøde'])).toBeNull();
  });
});

describe('an organisation\'s name alone on a line at the top', () => {
  const body = (first: string) => parseText([first, '', 'Referat af ordinær generalforsamling onsdag den 30. august 2031', '', '1. Valg af ordstyrer', 'Bo Dal blev valgt.', '2. Eventuelt', 'Intet.'].join('\n')).meeting.body;
  it('an orchestra, a lodge, a society of friends are organisations by their kind', () => {
    expect(body('Holmby Kammerorkester')).toBe('Holmby Kammerorkester');
    expect(body('Holmby Brygger Loge')).toBe('Holmby Brygger Loge');
    expect(body('Holmby Bibliotekets Venner')).toBe('Holmby Bibliotekets Venner');
  });
  it('a greeting and its signature is no name', () => {
    expect(body('Mvh Bo Dal, formand for Holmby Klub')).toBeNull();
  });
});

describe('a short report that tells a meeting was held, with no items', () => {
  it('`Klubben afholdt i går den årlige generalforsamling.` is minutes, not refused', () => {
    const doc = parseText(['Generalforsamling', '', 'Klubben afholdt i går den årlige generalforsamling.', '', 'Beretningen blev enstemmigt vedtaget, og regnskabet blev godkendt.'].join('\n'));
    expect(doc.items).toEqual([]);
  });
});

describe('unnumbered usual titles ended by a colon or a full stop, each over its record', () => {
  const text = ['Referat fra bestyrelsesmøde den 4. maj 2031', '', 'Valg af ordstyrer:', 'Bo.', '', 'Godkendelse af referat fra mødet den 2. marts 2031.', 'Godkendt uden bemærkninger.', '', 'Nyt fra formanden.', 'Bo har talt med kommunen om banerne, og de bliver lagt om til sommer.', '', 'Nyt fra kassereren.', 'Eva delte en saldobalance ud, den ser fornuftig ud.', '', 'Nyt fra ungdomsudvalget.', 'Det går godt, og der kommer flere hold til efteråret.'].join('\n');
  it('are the items in order, the colon and the full stop no part of the title', () => {
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Valg af ordstyrer', 'Godkendelse af referat fra mødet den 2. marts 2031', 'Nyt fra formanden', 'Nyt fra kassereren', 'Nyt fra ungdomsudvalget']);
  });
  it('the date of the minutes approved is the earlier meeting\'s, not this one\'s', () => {
    expect(parseText(text).meeting.date).toBe('2031-05-04');
  });
});

describe('titles of paragraphs under a list of those present, a name to a paragraph', () => {
  it('the names are no items; the titles over text are', () => {
    const text = ['Bestyrelsesmøde 30. januar 2031', '', 'Deltagere:', '', 'Bo Dalgaard', '', 'Eva Holmgaard (ref)', '', 'Kim Lundgaard', '', 'Per Nørgaard', '', 'Afbud:', '', 'Jens Krogh', '', 'Godkendelse af referat', '', 'Referatet blev godkendt uden bemærkninger af alle de fremmødte.', '', 'Regnskab', '', 'Der var ikke sendt noget regnskab ud før mødet, og det skal ske fremover.', '', 'Ny vindmåler', '', 'Der bestilles en ny trådløs vindmåler, som sættes op når masten lægges ned.', '', 'Minitraktor', '', 'Traktoren er gået i stykker, og det koster omkring 9.000 kr. at få den repareret.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Godkendelse af referat', 'Regnskab', 'Ny vindmåler', 'Minitraktor']);
  });
});

describe('a report of a meeting with no items', () => {
  const text = ['Generalforsamling 2031', '', 'Mandag, den 26. marts', '', 'Formanden, Knud Holm bød velkommen og takkede for det gode fremmøde.', '', 'Mona Dal valgtes som dirigent.', '', 'Kasserer Bo Lund fremlagde regnskabet, som godkendtes uden kommentarer.', '', 'Kontingentet blev fastsat uændret.', '', 'Beretningen blev godkendt med applaus.'].join('\n');
  it('that tells three things decided is minutes', () => {
    expect(parseText(text).documentType).toBe('referat');
  });
  it('the dirigent elected chairs it, not the chairman who bade welcome before', () => {
    expect(parseText(text).meeting.chair).toBe('Mona Dal');
  });
});

describe('an agenda whose records are headed by a word of each title', () => {
  it('`Dirigent til generalforsamling: …`, `Ledelsesberetning af …`, `Udvalgenes beretninger:` head items 1–3 of the list above', () => {
    const text = ['Referat fra generalforsamling i Holmby IF 22.02.2031', ' 1. Valg af dirigent og referent', ' 2. Aflæggelse af ledelsens beretning', ' 3. Aflæggelse af aktivitetsudvalgenes beretninger', ' 4. Forelæggelse af regnskab', ' 5. Eventuelt', 'Dirigent til generalforsamling: Bo Dal', '', 'Ledelsesberetning af formand Eva Holm og kasserer Kim Lund', 'Der blev givet stor ros for arbejdet i udvalgene.', '', 'Udvalgenes beretninger:', 'Håndbold: Holdet er desværre lukket ned.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.slice(0, 3).map((it) => [it.number, it.decision])).toEqual([[1, 'Bo Dal'], [2, 'Der blev givet stor ros for arbejdet i udvalgene.'], [3, 'Håndbold: Holdet er desværre lukket ned.']]);
    expect(doc.meeting.chair).toBe('Bo Dal');
  });
  it('records in another order than the list (`Kontingent …` before `Hjemmeside:`) each find their entry', () => {
    const text = ['Referat af bestyrelsesmøde den 3. marts 2031', 'Til stede: Bo, Eva, Kim', 'Dagsorden:', '- Sommerfest i haven', '- Nyhedsbrev', '- Hjemmeside og opslag', '- Kontingent for næste år', '- Eventuelt', 'Sommerfest : Eva har talt med spejderne. Vi låner deres telte.', 'Kontingent Bestyrelsen foreslår uændret kontingent. Det fremlægges på generalforsamlingen.', 'Hjemmeside:', 'Kim lægger referaterne op fremover.'].join('\n');
    const doc = parseText(text);
    // (In the order they were recorded, each with its number from the list.)
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Sommerfest i haven', 'Eva har talt med spejderne. Vi låner deres telte.'],
      [2, 'Nyhedsbrev', null],
      [4, 'Kontingent for næste år', 'Bestyrelsen foreslår uændret kontingent. Det fremlægges på generalforsamlingen.'],
      [3, 'Hjemmeside og opslag', 'Kim lægger referaterne op fremover.'],
      [5, 'Eventuelt', null],
    ]);
  });
});

describe('an agenda, then `Referat af …`, then the records numbered again', () => {
  it('half of the records told in sentences will do under the label: they are the items, titled from the agenda', () => {
    const text = readFileSync(new URL('./data/agenda-then-records.txt', import.meta.url), 'utf8');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(doc.items.slice(0, 3).map((it) => [it.title, it.decision])).toEqual([
      ['Valg af dirigent og referent', 'Bo blev valgt som dirigent og Eva som referent.'],
      ['Formandens beretning', 'Formandens beretning v. Eva godkendt.'],
      ['Godkendelse af regnskab', 'Regnskab blev godkendt.'],
    ]);
    expect(doc.items[10]!.decision).toBeNull();
  });
});

describe('lettered items with numbered points under one of them', () => {
  it('`A)` … `G)` are the items; `1)` … `4)` under `D)` are its points', () => {
    const text = ['Referat fra generalforsamling i Holmby Vejlaug, torsdag d. 24. marts 2031', '', 'A) Valg af dirigent + referent:', 'Dirigent Bo, referent Eva', '', 'B) Bestyrelsens beretning:', 'Et roligt år med få aktiviteter.', '', 'C) Aflæggelse af regnskab', 'Regnskabet blev godkendt.', '', 'D) Aktiviteter 2031', '', '1) Arbejdsdag: lørdag d. 30.04.31', '', '2) Sankt Hans', '', '3) Sommerfest: lørdag d. 20.08.31', '', '4) Arbejdsdag: lørdag d. 29.10.31', '', 'E) Forslag fra bestyrelsen', 'Ingen forslag.', '', 'F) Valg til bestyrelsen', 'Kim blev genvalgt.', '', 'G) Eventuelt', 'Intet.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, 'Valg af dirigent + referent'], [2, 'Bestyrelsens beretning'], [3, 'Aflæggelse af regnskab'], [4, 'Aktiviteter 2031'], [5, 'Forslag fra bestyrelsen'], [6, 'Valg til bestyrelsen'], [7, 'Eventuelt']]);
  });
});

describe('a general assembly held in a hall named as one word', () => {
  it('`Generalforsamling i Holmbyhallen tirsdag …` names the place, and the society above it the body', () => {
    const doc = parseText(['Holmby og Omegns Museumsforening', '', 'Generalforsamling i Holmbyhallen tirsdag d. 4. maj 2031', '', '1. Valg af dirigent', 'Bo blev valgt.', '', '2. Beretning', 'Beretningen blev godkendt.', '', '3. Eventuelt', 'Intet.'].join('\n'));
    expect([doc.meeting.body, doc.meeting.location]).toEqual(['Holmby og Omegns Museumsforening', 'Holmbyhallen']);
  });
});

describe('titles of paragraphs, some with their record indented under them', () => {
  it('`Valg af referent` / ` THN` and `Økonomi` over its text are items beside the titles alone in their paragraphs', () => {
    const text = ['Deltagere: Bo, Eva, Kim, Lis', '', 'Godkendelse af referat fra sidste møde', ' OK', '', 'Valg af aftenens referent', ' EH', '', 'Økonomi', ' Der arbejdes videre med sagen om lejen af banerne.', '', 'Evaluering af stævnet', '', 'God feedback fra alle, et godt arrangement med mange deltagere.', '', 'Nyt fra udvalgene', '', 'Sponsormaterialet gøres enklere, og salget sættes i gang igen.', '', 'Hjemmesiden', '', 'Der laves en plan for, hvordan klubben bruger sine kanaler fremover.', '', 'Eventuelt', '', 'Der var ikke noget under eventuelt i aften.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Godkendelse af referat fra sidste møde', 'Valg af aftenens referent', 'Økonomi', 'Evaluering af stævnet', 'Nyt fra udvalgene', 'Hjemmesiden', 'Eventuelt']);
  });
});

describe('an agenda list whose numbers start again part of the way, then records `Ad 1` … `Ad n`', () => {
  const agenda = (lines: string[]) => parseText(['Referat af bestyrelsesmøde den 4. maj 2031', '', ...lines, '', 'Ad 1:', 'Referatet blev godkendt og underskrevet.', '', 'Ad 2:', 'Bo orienterede om vedtægterne.', '', 'Ad 3:', 'Hjemmesiden skal laves om.', '', 'Ad 4:', 'Kassen har det godt.'].join('\n'));
  it('the label\'s first entry, then `1.` again: the entries numbered by their place, the records theirs', () => {
    const doc = agenda(['Dagsorden:     1.  Godkendelse af dagsorden og referat', '', '  1. Orientering om foreningen', '  2. Hjemmesiden', '  3. Kassen', '  4. Eventuelt']);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, 'Godkendelse af dagsorden og referat'], [2, 'Orientering om foreningen'], [3, 'Hjemmesiden'], [4, 'Kassen'], [5, 'Eventuelt']]);
    expect(doc.items[1]!.decision).toBe('Bo orienterede om vedtægterne.');
  });
  it('not a list read from part of the way (`5.` … `8.` after names under `4.`): its numbers stay as printed', () => {
    const doc = agenda(['1. Godkendelse af referat', '2. Vedtægter', '3. Kassen', '4. Valg af bestyrelse:', '   Bo Dal', '   Eva Holm', '   Kim Lund', '   Per Lund', '   Ida Holm', '5. Valg af revisor', '6. Kontingent', '7. Forslag', '8. Eventuelt']);
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
  it('not points numbered under an entry, the list going on after them', () => {
    const doc = agenda(['1. Godkendelse af referat', '2. Vedtægter', '3. Bestyrelsen:', '1. Valg af formand', '2. Valg af kasserer', '4. Kassen', '5. Eventuelt']);
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('paragraph titles under a post\'s byline, a list of clubs, and a closing item alone at the end', () => {
  const post = [
    'Referat af generalforsamlingen 2031',
    '',
    'Mette Krog (red.)',
    '',
    'Der kom 12 medlemmer til generalforsamlingen i klubhuset. Bo Lind blev valgt som dirigent.',
    '',
    'Beretning',
    '',
    'Formanden fortalte om et år med mange ture og en god sæson for klubben.',
    '',
    'Regnskab',
    '',
    'Regnskabet viste et lille overskud og blev godkendt af forsamlingen uden bemærkninger.',
    '',
    'Indkomne forslag',
    '',
    'Der var ikke kommet nogen forslag fra medlemmerne inden fristen i år.',
    '',
    'Valg',
    '',
    'Eva Holm og Ib Dahl blev genvalgt til bestyrelsen for to år uden modkandidater.',
    '',
    'Eventuelt',
  ].join('\n');

  it('the writer\'s name with `(red.)` is no title, and `Eventuelt` alone at the very end is the last item', () => {
    expect(parseText(post).items.map((it) => it.title)).toEqual(['Beretning', 'Regnskab', 'Indkomne forslag', 'Valg', 'Eventuelt']);
  });

  it('without the closing title at the end, the items are the titles over text only', () => {
    expect(parseText(post.replace(/\n\nEventuelt$/u, '')).items.map((it) => it.title)).toEqual(['Beretning', 'Regnskab', 'Indkomne forslag', 'Valg']);
  });

  // (A page whose paragraphs are parted by lines of one space, the clubs a paragraph each.)
  const council = [
    'Repræsentantskabsmøde i Idrætsrådet Holmby',
    '',
    'Tirsdag den 4. marts 2031 kl. 19,00 i Borgerforeningen',
    ...[
      'Følgende klubber var repræsenteret:',
      'Holmby Roklub',
      'Holmby Skiklub',
      'Vester Holmby Tennisklub',
      'Holmby forenede Boldklubber',
      'Holmby Svømmeklub',
      'Holmby Atletik',
      'Nørre Holmby Idrætsforening',
      'Holmby Golfklub',
      'Rådets bestyrelse:',
      'Formand Tage Ulv, Rita Bak, Ivan Dyhr',
      'Desuden deltog to fra kommunen.',
      'Ca. 40 deltagere',
      'Dagsorden:',
      'Valg af dirigent',
      'Aske Lund valgt til dirigent',
      'Beretning',
      'Formanden aflagde beretning, og den blev taget til efterretning.',
    ].flatMap((l) => [' ', l]),
  ].join('\n');

  it('the clubs listed under `Følgende klubber var repræsenteret:` are no titles; the items are the agenda\'s', () => {
    expect(parseText(council).items.map((it) => it.title)).toEqual(['Valg af dirigent', 'Beretning']);
  });

  it('a list under `Afbud:` ends at a title over its text', () => {
    const text = [
      'Bestyrelsesmøde 3. maj 2031',
      '',
      'Afbud:',
      '',
      'Rita Bak',
      '',
      'Godkendelse af sidste referat',
      '',
      'Referatet blev godkendt uden bemærkninger af de fremmødte.',
      '',
      'Kassen',
      '',
      'Der står 4.000 kr. på kontoen, og regningen for maling er betalt.',
      '',
      'Klubhuset',
      '',
      'Taget skal repareres inden vinteren, og Bo indhenter to tilbud på arbejdet.',
      '',
      'Næste møde',
      '',
      'Vi mødes igen i juni hos Eva, og hun sender en indkaldelse ud i god tid.',
    ].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Godkendelse af sidste referat', 'Kassen', 'Klubhuset', 'Næste møde']);
  });
});

describe('an agenda above its records, with notes under its entries, a table further on, a label before its first entry', () => {
  it('the agenda goes on past `På valg er: …` under an entry; entries the cut copy does not record are items all the same', () => {
    const text = [
      'Referat af generalforsamling i Holmby Antenneforening',
      '',
      'Dagsorden ifølge vedtægter:',
      '',
      '1. Valg af dirigent.',
      '',
      '2. Beretning.',
      '',
      '3. Regnskab.',
      '',
      '4. Valg til bestyrelsen.',
      '',
      'På valg er: Bo Dal',
      '  Eva Holm',
      '',
      '5. Valg af revisor.',
      '',
      'På valg er: Ib Lund (revisor)',
      '',
      '6. Eventuelt.',
      '',
      '1. Valg af dirigent.',
      'Kaj Holm blev valgt.',
      '',
      '2. Beretning.',
      'Formanden aflagde beretning, som blev godkendt.',
    ].join('\n');
    expect(parseText(text).items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('`Med følgende dagsorden: 1. …`, records `ad. N.` and a numbered table after them: the agenda\'s items with the records', () => {
    const text = [
      'Referat af årsmøde i Holmby Ølklub, torsdag den 22. november 2031.',
      'Med følgende dagsorden: 1. Valg af dirigent.',
      '2. Beretning.',
      '3. Regnskab.',
      '4. Kåring af årets øl.',
      '5. Eventuelt.',
      'ad. 1. Undertegnede blev valgt med applaus.',
      'ad. 2. Beretningen blev godkendt.',
      'ad. 3. Regnskabet blev godkendt.',
      'ad. 4. Se skemaet.',
      'ad. 5. Intet.',
      'Nr. Øl Dato Point',
      '1 Vinterøl 30-11-2031 30 9',
      '2 Pilsner 02-11-2031 59 2',
      '3 Porter 14-12-2031 30 nr. 10',
      '4 Ale 14-12-2031 59 nr. 1',
      '5 Stout 25-01-2032 50 nr. 7',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent.'],
      [2, 'Beretning.'],
      [3, 'Regnskab.'],
      [4, 'Kåring af årets øl.'],
      [5, 'Eventuelt.'],
    ]);
    expect(doc.items[1]!.decision).toBe('Beretningen blev godkendt.');
    // `Undertegnede` (the one who wrote) is no one's name.
    expect(doc.meeting.chair).toBeNull();
  });

  it('`Beslutninger:` over the items that follow is their group\'s heading, not a block of the item above', () => {
    const text = [
      'Bestyrelsesmøde i Haveforeningen Holmvang',
      'Dato: 8. maj 2031 kl. 9:00',
      '',
      'Dagsorden:',
      '1. Godkendelse af dagsorden',
      'Dagsordenen godkendes.',
      '2. Valg af referent',
      'Rita Bak',
      'Beslutninger:',
      '3. Kontorets åbningstider.',
      'Kontoret er åbent sidste søndag i måneden.',
      '4. Køb af container',
      'Bestyrelsen beslutter at der købes en container.',
      '5. Træer på stamvejen.',
      'Træerne beskæres i efteråret.',
    ].join('\n');
    expect(parseText(text).items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('an agenda, then a record to each entry, every one numbered `1.`', () => {
  const text = [
    'Referat fra udvalgsmøde den 3. marts 2031 i klubhuset',
    'Til stede: Bo Dal, Eva Holm og Ib Lund',
    'Dagsorden:',
    ' 1. Orientering fra formanden',
    ' 2. Arbejdsdag',
    ' 3. Nye bænke',
    ' 4. Eventuelt',
    ' 1. Bo fortalte om mødet i bestyrelsen.',
    '  Klubben vil købe en ny plæneklipper.',
    ' 1. Arbejdsdagen bliver den 24. marts.',
    ' 1. Bænkene blev drøftet.',
    '  To bænke flyttes til søen.',
    ' 1. Ingen kommentarer',
  ].join('\n');

  it('the records are the items, titled by the agenda\'s entries in turn', () => {
    expect(items(text).map(([n, t, d]) => [n, t, typeof d === 'string' ? d.replace(/\s+/gu, ' ') : d])).toEqual([
      [1, 'Orientering fra formanden', 'Bo fortalte om mødet i bestyrelsen. Klubben vil købe en ny plæneklipper.'],
      [2, 'Arbejdsdag', 'Arbejdsdagen bliver den 24. marts.'],
      [3, 'Nye bænke', 'Bænkene blev drøftet. To bænke flyttes til søen.'],
      [4, 'Eventuelt', 'Ingen kommentarer'],
    ]);
  });

  it('not where other numbers stand before the list (it is no agenda at the head)', () => {
    const other = ['Referat 3. marts 2031', ' 1. Valg af dirigent blev Bo Dal.', '', ' 1. Dagsorden godkendt.', ' 2. Beretning: godkendt.', '', ...text.split('\n').slice(3)].join('\n');
    expect(parseText(other).items.map((it) => it.title)).not.toEqual(['Orientering fra formanden', 'Arbejdsdag', 'Nye bænke', 'Eventuelt']);
  });
});

describe('a page of a board\'s meetings, the first told in prose', () => {
  const page = [
    'Bestyrelsen',
    'Bestyrelsens medlemmer',
    '',
    'Rita Bak',
    'Ivan Dyhr',
    'Bestyrelsesmødereferater',
    'Bestyrelsesmøde 30. august 2031',
    'Til stede: Alle',
    'Julefrokosten blev planlagt, og vi holder den i salen som sidste år.',
    'Sidste øvedag før jul bliver den 6. december.',
    'Vi tager kun kontingent, hvis der kommer et behov.',
    'Bestyrelsesmøde 7. august 2030',
    'Til stede: Alle.',
    '1. Sommerudflugt. Vi tager til Møn i juni.',
    '2. Kontingent. Uændret.',
    '3. Eventuelt. Intet.',
  ].join('\n');

  it('is the first meeting, with its day, and none of the next meeting\'s items', () => {
    const doc = parseText(page);
    expect([doc.meeting.date, doc.items.length]).toEqual(['2031-08-30', 0]);
  });

  it('not where the second line names a meeting to come, with its time (`Generalforsamling d. 25/3 kl. 19.30`)', () => {
    const text = [
      'Referat af bestyrelsesmøde d. 19-03-31.',
      '',
      'Godkendelse af referat.',
      '',
      'Godkendt uden bemærkninger af de fremmødte.',
      '',
      'Arealerne.',
      '',
      'Kablerne i området bliver repareret, og der lægges sten ved bommene.',
      '',
      'Økonomi.',
      '',
      'Der er fortsat en god økonomi i foreningen, og kassen er gået efter.',
      '',
      'Aktiviteter.',
      '',
      'Generalforsamling d. 25-03-31 kl. 19.30 i skolen.',
    ].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Godkendelse af referat', 'Arealerne', 'Økonomi', 'Aktiviteter']);
  });
});

describe('a title naming the agenda and the minutes, each in its colour', () => {
  it('`Dagsorden (grå) / Referat (rød)`: minutes, the line under each entry its decision; `Vedtaget` elects no chair', () => {
    const doc = parseText(['Dagsorden (grå) / Referat (rød)', '1. Valg af dirigent (bestyrelsen foreslår Eva)', 'Vedtaget', '2. Beretning', 'Godkendt', '3. Regnskab', 'Godkendt'].join('\n'));
    expect([doc.documentType, doc.meeting.chair, doc.items.map((it) => it.decision)]).toEqual(['referat', null, ['Vedtaget', 'Godkendt', 'Godkendt']]);
  });
});

describe('a page with two meetings of the same day, the first closed before the second is headed', () => {
  it('the board meeting closed (`Mødet afsluttet kl. 21.50`), then `Generalforsamling` / its day / its fields / `1. …`: only the first meeting\'s items', () => {
    const text = [
      'Bestyrelsesmøde',
      'den 9. oktober 2031',
      'Tid: kl. 20:50',
      '1. Konstituering af bestyrelsen',
      'Formand Eva Holm, kasserer Bo Dal.',
      '2. Næste bestyrelsesmøde',
      'Mandag den 18. november kl. 18.',
      'Mødet afsluttet kl. 21.50',
      'Generalforsamling',
      'den 9. oktober 2031',
      'Tid: kl. 20:00',
      'Sted: Huset',
      'Referent: Ib Lund',
      '1. Valg af dirigent',
      'Kaj Holm blev valgt.',
      '2. Beretning',
      'Godkendt.',
    ].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Konstituering af bestyrelsen', 'Næste bestyrelsesmøde']);
  });

  it('not a notice of the same day over its minutes (no meeting closed between)', () => {
    const text = ['Indkaldelse til generalforsamling den 9. oktober 2031', '1. Valg af dirigent', '2. Beretning', '3. Eventuelt', 'Referat', 'Generalforsamling', 'den 9. oktober 2031', '1. Valg af dirigent', 'Kaj Holm blev valgt.', '2. Beretning', 'Godkendt.', '3. Eventuelt', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => it.decision)).toEqual(['Kaj Holm blev valgt.', 'Godkendt.', 'Intet.']);
  });
});

describe('items numbered with a letter glued to the number', () => {
  it('`R1: …`, `R2: …`: the items numbered 1, 2, their titles without the code', () => {
    const text = ['Skydeudvalget. Møde i hytten torsdag den 11/11-2031.', 'Afbud fra Mogens.', '', 'R1: Evaluering af sæsonen', 'Der var delte meninger om tidsbestilling, og vi prøver begge dele.', '', 'R2: fremtiden', 'Den nye bane bliver tidligst færdig i 2033.', '', 'R3: Skydning 2032', 'Vi taler med naboerne i januar.'].join('\n');
    expect(items(text).map(([n, t]) => [n, t])).toEqual([
      [1, 'Evaluering af sæsonen'],
      [2, 'fremtiden'],
      [3, 'Skydning 2032'],
    ]);
  });
});

describe('a notice whose agenda is introduced by what the statutes require', () => {
  it('`Dagsordenen skal mindst indeholde følgende punkter:` over the list: the list is the items, and the document an agenda', () => {
    const text = ['Generalforsamlingen finder sted kl. 13.00-17.00 på Vandrerhjemmet.', '', 'Dagsordenen skal mindst indeholde følgende punkter:', '', ' 1. Valg af dirigent', ' 2. Årsberetning', ' 3. Regnskab', ' 4. Indkomne forslag', ' 5. Eventuelt', '', 'Forslag skal være formanden i hænde senest 14 dage før.'].join('\n');
    const doc = parseText(text);
    expect([doc.documentType, doc.items.map((it) => it.title)]).toEqual(['dagsorden', ['Valg af dirigent', 'Årsberetning', 'Regnskab', 'Indkomne forslag', 'Eventuelt']]);
  });
});

describe('a page of one body\'s minutes, year after year, without numbers', () => {
  const lastYear = [
    'Referat fra Holmby Vandværks generalforsamling d. 20. marts 2030',
    '',
    'Valg af dirigent og referent:',
    'Dirigent: Per Lund',
    'Referent: Ida Holm',
    '',
    'Formandens beretning - Godkendt',
    '',
    'Eventuelt:',
    'Intet.',
  ];
  const page = [
    'Referat fra Holmby Vandværks generalforsamling',
    'Søndag den 23. marts 2031.',
    'Sted: Klubhuset',
    '',
    'Velkomst ved Karen Bak',
    '',
    'Valg af dirigent og referent:',
    'Dirigent: Ole Dam',
    'Referent: Ida Holm',
    '',
    'Formandens beretning - Godkendt',
    'Der blev boret en ny brønd.',
    '',
    'Regnskabsaflæggelse og godkendelse - Godkendt',
    '',
    'Behandling af indkomne forslag – ingen indkomne forslag',
    '',
    'Eventuelt:',
    'Nye målere bestilles.',
    '',
    ...lastYear,
  ];

  it('reads this year\'s meeting only: the year before, headed the same with another day and its agenda again, is left out', () => {
    const doc = parseText(page.join('\n'));
    expect(doc.meeting.date).toBe('2031-03-23');
    expect(doc.items.map((it) => it.title)).toEqual([
      'Velkomst ved Karen Bak',
      'Valg af dirigent og referent',
      'Formandens beretning',
      'Regnskabsaflæggelse og godkendelse',
      'Behandling af indkomne forslag',
      'Eventuelt',
    ]);
    expect(doc.items.at(-1)!.decision).toBe('Nye målere bestilles.');
    expect(doc.diagnostics.some((d) => d.code === 'next-meeting')).toBe(true);
    expect(doc.meeting.chair).toBe('Ole Dam');
  });

  it('keeps the whole page where the second head has the same day (the minutes\' own title again)', () => {
    const same = [...page.slice(0, 20), 'Referat fra Holmby Vandværks generalforsamling d. 23. marts 2031', '', 'Valg af dirigent og referent:', 'Dirigent: Ole Dam', '', 'Eventuelt:', 'Intet.'];
    expect(parseText(same.join('\n')).diagnostics.some((d) => d.code === 'next-meeting')).toBe(false);
  });

  it('keeps the whole page where the text under the second head repeats nothing of the first', () => {
    const other = [...page.slice(0, 20), 'Referat fra Holmby Vandværks generalforsamling d. 20. marts 2030', '', 'Referatet blev læst op og godkendt af de fremmødte.'];
    expect(parseText(other.join('\n')).diagnostics.some((d) => d.code === 'next-meeting')).toBe(false);
  });

  it('a welcome told as a sentence, with its full stop, is no item', () => {
    const told = page.slice(0, 20).map((l) => (l === 'Velkomst ved Karen Bak' ? 'Velkomst ved formand Karen Bak.' : l));
    expect(parseText(told.join('\n')).items[0]!.title).toBe('Valg af dirigent og referent');
  });
});

describe("a page of two years' general assemblies, each headed over three short lines", () => {
  const year = (day: string) => ['Generalforsamling', 'Foreningen for Fuglevenner', day, '', 'Dagsorden', '', ' 1. Valg af dirigent.', ' • Per Lund blev valgt.', ' 1. Beretning', ' • Beretningen blev godkendt.', ' 1. Eventuelt', ' • Intet.', ''];
  it("reads the first year only: the second head's day stands two lines under its meeting's word", () => {
    const doc = parseText([...year('Onsdag den 10. marts 2032 kl. 19.00'), ...year('Torsdag den 12. marts 2031 kl. 19.00')].join('\n'));
    expect(doc.meeting.date).toBe('2032-03-10');
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent.', '• Per Lund blev valgt.'],
      [2, 'Beretning', '• Beretningen blev godkendt.'],
      [3, 'Eventuelt', '• Intet.'],
    ]);
    expect(doc.diagnostics.some((d) => d.code === 'next-meeting')).toBe(true);
  });
});

describe('records headed by their number alone under a numbered agenda', () => {
  const text = [
    'Generalforsamling i Holmby Skytteforening den 4. marts 2031 kl. 19.30',
    '',
    'DAGSORDEN:',
    '',
    ' 1. Valg af dirigent',
    ' 2. Formandens beretning',
    ' 3. Regnskab',
    ' 4. Eventuelt',
    '',
    '1',
    '',
    'Ole Dam blev valgt som dirigent.',
    '',
    '2',
    '',
    'Beretning for sæsonen 2030-2031',
    '',
    'Vi har haft et godt år med mange nye skytter.',
  ];
  it('each number heads the record of the entry it names: the entry titles it, the lines under the number are its text', () => {
    const doc = parseText(text.join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Formandens beretning'],
      [3, 'Regnskab'],
      [4, 'Eventuelt'],
    ]);
    expect(doc.items[0]!.decision).toBe('Ole Dam blev valgt som dirigent.');
    expect(doc.items[1]!.decision).toMatch(/^Beretning for sæsonen 2030-2031/u);
    expect(doc.meeting.chair).toBe('Ole Dam');
  });
});

describe('an agenda of bullets, then the minutes in short paragraphs of prose', () => {
  const text = [
    'Generalforsamling 2031',
    '',
    '  • Valg af dirigent',
    '  • Valg af referent og stemmeudvalg',
    '  • Bestyrelsens beretning',
    '  • Regnskab',
    '  • Valg af 2 bestyrelsesmedlemmer og 1 suppleant. 1 på valg i lige år og 1 i ulige år',
    '  • Eventuelt',
    '',
    'Referat',
    '',
    'Til dirigent vælges Eva.',
    '',
    'Til referent vælges Bo',
    '',
    'Formanden aflægger bestyrelsens beretning om året. Den blev godkendt.',
    '',
    'Kassereren gennemgik regnskabet, som blev godkendt.',
  ];
  it('each paragraph that names an entry, in order, starts its record, however short, and one long entry does not stop it', () => {
    const doc = parseText(text.join('\n'));
    expect(doc.items.map((it) => [it.title, it.decision])).toEqual([
      ['Valg af dirigent', 'Til dirigent vælges Eva.'],
      ['Valg af referent og stemmeudvalg', 'Til referent vælges Bo'],
      ['Bestyrelsens beretning', 'Formanden aflægger bestyrelsens beretning om året. Den blev godkendt.'],
      ['Regnskab', 'Kassereren gennemgik regnskabet, som blev godkendt.'],
      ['Valg af 2 bestyrelsesmedlemmer og 1 suppleant. 1 på valg i lige år og 1 i ulige år', null],
      ['Eventuelt', null],
    ]);
    expect(doc.meeting.chair).toBe('Eva');
    // (The agenda's bullets above the records are no body: `… stemmeudvalg` is an entry, not a committee's name.)
    expect(doc.meeting.body).toBeNull();
  });
});

describe('an agenda, who came, then the records numbered again', () => {
  const text = [
    'Generalforsamling den 23/1 2031',
    '',
    'Dagsorden:',
    '1. Oplæg om programmet (20 min)',
    '2. Valg af dirigent og referent (5 min)',
    '3. Beretning (10 min)',
    '4. Regnskab (10 min)',
    '5. Eventuelt',
    '',
    'Til stede: Eva Holm, Bo Dal, Ib Lund og Kaj Berg',
    '',
    '1. Oplæg ved Ib Lund.',
    '',
    '2. Dirigent: Bo Dal',
    'Referent: Eva Holm',
    '',
    '3. Eva Holm aflagde beretningen, som blev godkendt.',
  ];
  it('the records after the attendance are the items, titled by the agenda; those present are read', () => {
    const doc = parseText(text.join('\n'));
    expect(doc.items.map((it) => it.title)).toEqual(['Oplæg om programmet', 'Valg af dirigent og referent', 'Beretning', 'Regnskab', 'Eventuelt']);
    expect(doc.items[2]!.decision).toBe('Eva Holm aflagde beretningen, som blev godkendt.');
    expect(doc.participants.filter((p) => p.group !== 'absent').map((p) => p.name)).toEqual(['Eva Holm', 'Bo Dal', 'Ib Lund', 'Kaj Berg']);
    expect(doc.meeting.chair).toBe('Bo Dal');
  });
});

describe('titles closed by a semicolon instead of a colon', () => {
  it('`Valg af dirigent; Bo Dal` / `Valg af referent; Eva Holm` / `Bestyrelsens beretning;` …: each title an item, its record after the mark', () => {
    const doc = parseText(['Generalforsamling i Holmby Gymnastikforening 3. marts 2031', '', 'Valg af dirigent; Bo Dal', '', 'Valg af referent; Eva Holm', '', 'Bestyrelsens beretning;', 'Formanden aflagde beretningen, som blev godkendt.', '', 'Eventuelt;', 'Intet.'].join('\n'));
    expect(doc.items.map((it) => [it.title, it.decision])).toEqual([
      ['Valg af dirigent', 'Bo Dal'],
      ['Valg af referent', 'Eva Holm'],
      ['Bestyrelsens beretning', 'Formanden aflagde beretningen, som blev godkendt.'],
      ['Eventuelt', 'Intet.'],
    ]);
  });
});

describe('a list of those present, one a paragraph, is no list of items', () => {
  it('`Følgende var mødt:` / `Ove Dal, Holmby Kommune` / …: the people are read, and none is an item', () => {
    const doc = parseText(['Referat af møde i Brugerråd Nord 7. november 2031', '', '', 'Rådet mødtes ved porten ved Skovvej.', '', '', 'Følgende var mødt:', '', 'Eva Holm (formand), Holmby Skovdistrikt', '', 'Ove Dal, Holmby Kommune.', '', 'Bertel Lund, Vesterby Kommune', '', 'Kaj Stoltz, Holmby Naturfredningsforening', '', 'Mikkel Grell, Holmby Ornitologiske Forening', '', 'Poul Birk, Holmby Idrætsforbund', '', 'Niels Berg, Friluftsrådet', '', 'Arne Holt, Holmby Jægerforbund', '', 'Ole Ravn, Nabo'].join('\n'));
    expect(doc.items).toEqual([]);
    expect(doc.participants.map((p) => p.name)).toEqual(['Eva Holm', 'Ove Dal', 'Bertel Lund', 'Kaj Stoltz', 'Mikkel Grell', 'Poul Birk', 'Niels Berg', 'Arne Holt', 'Ole Ravn']);
  });
});

describe("a web page's trailer copied below the minutes", () => {
  it('the comment form, the filing line and the update stamp end the last item; a line of the minutes that reads alike does not', () => {
    const text = [
      'Referat af bestyrelsesmøde 4. maj 2031',
      '',
      '1. Godkendelse af dagsorden',
      'Godkendt.',
      '',
      '2. Eventuelt',
      'Kontakt os gerne, hvis I vil hjælpe til sommerfesten.',
      'Bo Dal sender en mail ud.',
      '',
      'Udgivet i Referater.',
      '',
      'Skriv et svar',
      'Din e-mailadresse vil ikke blive publiceret. Krævede felter er markeret med *',
      'Sidst opdateret: 05/05/2031 10:12',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.decision])).toEqual([
      [1, 'Godkendt.'],
      [2, 'Kontakt os gerne, hvis I vil hjælpe til sommerfesten.\nBo Dal sender en mail ud.'],
    ]);
  });

  it('a blog\'s comment box (`Ingen kommentarer:` over `Send en kommentar`) ends the last item; `Ingen kommentarer` without a colon is a record', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 4. maj 2031', '', '1. Godkendelse af referat', 'Ingen kommentarer', '', '2. Eventuelt', 'Bo Dal sender en mail ud.', '', 'Ingen kommentarer:', '', 'Send en kommentar'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.decision])).toEqual([
      [1, 'Ingen kommentarer'],
      [2, 'Bo Dal sender en mail ud.'],
    ]);
  });
});

describe('paragraph titles under a post title, the first item told in one line', () => {
  it('`Referat fra sidste møde godkendt.` between the post title and the first title is item 1, the line its record', () => {
    const text = [
      'Bestyrelsesmøde 2031-09-02',
      '',
      'Referat fra sidste møde godkendt.',
      '',
      'Nyt fra formanden',
      '',
      'Klubben har fået tre nye medlemmer i august.',
      '',
      'Økonomi',
      '',
      'Kassen er sund, og kontingentet er betalt af alle.',
      '',
      'Stævner',
      '',
      'Vi stiller med to hold til efterårets turnering i Vejle.',
      '',
      'Hjemmeside',
      '',
      'Eva opdaterer kalenderen inden næste møde.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Referat fra sidste møde', 'Referat fra sidste møde godkendt.'],
      [2, 'Nyt fra formanden', 'Klubben har fået tre nye medlemmer i august.'],
      [3, 'Økonomi', 'Kassen er sund, og kontingentet er betalt af alle.'],
      [4, 'Stævner', 'Vi stiller med to hold til efterårets turnering i Vejle.'],
      [5, 'Hjemmeside', 'Eva opdaterer kalenderen inden næste møde.'],
    ]);
  });
});

describe('a notice of a meeting to come', () => {
  it('is an agenda where its first lines invite to the meeting and nothing is recorded under its items', () => {
    const notice = ['Laugsting 2031', 'Kære medlem, du inviteres hermed til årets laugsting i Holmby Bryghus den 20. marts 2031 kl. 19.', '', ' 1. Valg af dirigent', ' 2. Formandens beretning', ' 3. Regnskab', ' 4. Eventuelt'].join('\n');
    expect(parseText(notice).documentType).toBe('dagsorden');
    const agendaIs = ['Holmby Skakklub', 'Generalforsamling 2031', 'Dagsordenen er:', ' 1. Valg af dirigent', ' 2. Beretning', ' 3. Eventuelt'].join('\n');
    expect(parseText(agendaIs).documentType).toBe('dagsorden');
  });

  it('is minutes where the items record what was done, however its first lines invite', () => {
    const minutes = ['Indkaldelse til generalforsamling i Holmby Skakklub den 3. marts 2031', '', ' 1. Valg af dirigent', '   Bo Dal blev valgt.', ' 2. Beretning', '   Beretningen blev godkendt.'].join('\n');
    expect(parseText(minutes).documentType).toBe('referat');
  });
});

describe("a general assembly's agenda as bullets, a title wrapped onto the next bullet", () => {
  it('joins a bullet in small letters to the title before it that ends in a small word', () => {
    const text = [
      'God stemning på generalforsamlingen',
      '',
      'Generalforsamlingen fulgte denne dagsorden:',
      ' • Valg af dirigent',
      ' • Godkendelse af dagsorden',
      ' • Beretning om kredsens virksomhed',
      ' • Forelæggelse af kredsens regnskab og toårige',
      ' • rammebudget til orientering',
      ' • Indkomne forslag',
      ' • Eventuelt',
      '',
      'Bo Dal blev valgt som dirigent.',
    ].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual([
      'Valg af dirigent',
      'Godkendelse af dagsorden',
      'Beretning om kredsens virksomhed',
      'Forelæggelse af kredsens regnskab og toårige rammebudget til orientering',
      'Indkomne forslag',
      'Eventuelt',
    ]);
  });
});

describe('an agenda of dashed numbered entries', () => {
  it('`- 1. Velkomst` … `- 4. Eventuelt`, then `1. Velkomst` recorded (a copy cut short): the entries are the items', () => {
    const text = ['Dagsordener og referater fra Holmby Samarbejdsudvalg', '- Mødedato: 4. marts 2031 kl. 09:30', 'Pkt. tekst', '- 1. Velkomst (kl. 12.00-12.05)', '- 2. Godkendelse af dagsorden (kl. 12.05-12.10)', '- 3. Orientering fra formanden (kl. 12.10-12.30)', '- 4. Eventuelt (kl. 12.30-12.35)', '1. Velkomst (kl. 12.00-12.05)', 'Sagsfremstilling', 'Formanden byder velkommen.', 'Beslutning', 'Formanden bød velkommen.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Velkomst'],
      [2, 'Godkendelse af dagsorden'],
      [3, 'Orientering fra formanden'],
      [4, 'Eventuelt'],
    ]);
  });
});

describe('dashed titles over their text, some run on after a sentence', () => {
  it('`- Siden sidst` / text / `- Økonomi` / `… Kassen stemmer. - Turneringer` / text / `- Evt.`: four items, not refused', () => {
    const text = ['- Siden sidst', 'Vi holdt generalforsamling i april og fik en ny bestyrelse.', '- Økonomi', 'Kassereren gennemgik regnskabet. Kassen stemmer. - Turneringer', 'Det blev besluttet at holde åbent hus hver torsdag i sommer.', '- Evt.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Siden sidst'],
      [2, 'Økonomi'],
      [3, 'Turneringer'],
      [4, 'Evt'],
    ]);
  });
});

describe('minutes with no title, no date and no headings', () => {
  it('a text that names the general assembly at its top and records two things decided is read, not refused', () => {
    const text = ['Der er indkaldt i rette tid til generalforsamlingen.', '', 'Regnskabet gennemgås og godkendes.', '', 'Bo Dal og Eva Holm er genvalgt.', '', 'Ib Lund'].join('\n');
    expect(parseText(text).documentType).toBe('referat');
  });

  it('a note that names a general assembly but records nothing decided is still no minutes', () => {
    expect(() => parseText(['Husk generalforsamlingen i næste måned.', '', 'Vi ses til kaffe bagefter.'].join('\n'))).toThrow(/does not look like meeting minutes/);
  });
});

describe('bulleted titles, some with their record run in after a full stop', () => {
  it('`• Status på tiderne. Eva efterlyser skemaet.` / `• Ønske om fest d. 31.10` / text / …: each bullet an item, its record on its line or under it', () => {
    const text = ['Referat af bestyrelsesmøde – 21 sep 2031', '', 'Afbud fra: Bo og Ib.', '', ' • Status på vintertiderne. Eva efterlyser skemaet. Det ligger på hjemmesiden.', '  1. Resumé af mødet med vinterbaderne.', ' • Status på corona. Drøftet med pkt. 1.', '', ' • Ønske om halloweenfest for ungdomsroerne d. 31.10', '', 'Bestyrelsen er positiv over for en fest.', '', ' • Status kommunikationsgruppe', '', 'Gruppen har fem medlemmer.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Status på vintertiderne', 'Eva efterlyser skemaet. Det ligger på hjemmesiden.\n1. Resumé af mødet med vinterbaderne.'],
      [2, 'Status på corona', 'Drøftet med pkt. 1.'],
      [3, 'Ønske om halloweenfest for ungdomsroerne d. 31.10', 'Bestyrelsen er positiv over for en fest.'],
      [4, 'Status kommunikationsgruppe', 'Gruppen har fem medlemmer.'],
    ]);
  });
});

describe('two titles alone with their colons, one of them usual (a copy cut after them)', () => {
  it('`Siden sidst:` / text / `Medlemmer og økonomi:` / text: both are items', () => {
    const text = ['Referat fra bestyrelsesmøde tirsdag den 13. juni 2031', 'Tilstedeværende: Bo Dal, Eva Holm', 'Siden sidst:', 'Tre aftener i maj har der været redningsøvelser.', 'Den 3. juni var der tur til næsset.', 'Medlemmer og økonomi:', 'Der er søgt om tilskud til nye kajakker.', 'Kassereren er tilfreds med økonomien.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Siden sidst'],
      [2, 'Medlemmer og økonomi'],
    ]);
  });
});

describe('bullets right under a line that announces them with its colon', () => {
  it('`1. Beretning: Bo gav en sammenfatning:` / `• Kroket har …` / `• Svømning …`: points of the report, not items going on', () => {
    const text = ['Referat generalforsamling Holmby IF 27. februar 2031', '', ' 1. Valg af dirigent: Eva Holm blev foreslået og valgt.', ' 1. Bestyrelsens beretning: Udvalgene har skrevet deres beretninger, så Bo gav en sammenfatning:', ' • Kroket har haft et stabilt antal medlemmer i år.', ' • Svømning har 79 svømmere, heraf 50 børn.', ' • Motion har haft stor fremgang i år.', '', 'Beretningen blev godkendt.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Bestyrelsens beretning'],
    ]);
  });
});

describe('a title with a colon that lists with commas and og', () => {
  it('`Konstituering: valg til formand, næstformand og kasserer:` is a title like the others', () => {
    const text = ['Bestyrelsesmøde den 27.05.31. Kl. 17 – 19', 'Tilstede: Bo, Eva, Ib', 'Velkommen til:', 'Eva er ny i bestyrelsen.', 'Konstituering valg til formand, næstformand og kasserer:', 'Bo valgt til formand, Eva næstformand, Ib kasserer', 'Nyt fra institutionen:', 'Vi har ansat tre medhjælpere.', 'Sommerfest:', 'Indbydelserne er delt ud.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Velkommen til', 'Konstituering valg til formand, næstformand og kasserer', 'Nyt fra institutionen', 'Sommerfest']);
  });
});

describe('a numbered list whose last entry reads weak, its text set further in', () => {
  it('` 5. Temadagen 13.11.: Ib har …` after ` 4. …` and its indented lines is the list going on', () => {
    const text = ['.', 'Bestyrelsesmøde, 2. november 2031', '', 'Referat fra bestyrelsesmøde 2.11.31 på BiblioteketDeltagere: Eva, Bo, Ib og Kim', 'Afbud fra Lis', '', ' 1. Udpegning af mødeleder: Eva', ' 2. Valg af referent: Bo meldte sig', ' 3. Godkendelse af referat: Godkendt.', ' 4. Nyt fra forbundet: Ingen havde deltaget i mødet.', '  Plakaten fra mødet: hvor mon den er? Eva spørger Niels.', '  Evas brev til forbundet: svar er aldrig modtaget.', '  Eva laver et udkast til et brev', ' 5. Temadagen 13.11.: Ib har haft kontakt med mødecentret i byen. Vi kan være 160 med borde og stole. Sidste melding er 123 deltagere fra hele landet. Ib giver endelig besked til centret om antallet i næste uge, når fristen er udløbet.', '  Vi får navneskilte.', '  Eva sørger for vin.', '  Referater: Ole Dal: Bo, Eva Holm: Ib', '  Kim tager nøglen med.'].join('\n');
    expect(parseText(text).items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('numbered records, some titled with a colon, the others sentences of what was done', () => {
  it('`2. Formandens beretning: Godkendt` / `4. Punktet blev flyttet til sidst, da …` / …: the sentences are untitled records', () => {
    const gap = ' '.repeat(30);
    const text = ['Referat af generalforsamling i Holmby Sejlklub 20/3', '', `1${gap}Valg af dirigent: Bo Dal blev valgt og konstaterede at alt var i orden.`, '', `2${gap}Formandens beretning: Godkendt`, '', `3${gap}Kasserens beretning: Godkendt`, '', `4${gap}Punktet blev rykket til pkt. 9, da nogle forslag kunne ændre kontingentet.`, '', `5${gap}Målekoordinator Eva Holm gjorde rede for status på målingerne i år.`, '', `6${gap}Valg: Ib Lund og Kim Sand blev valgt.`].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Bo Dal blev valgt og konstaterede at alt var i orden.'],
      [2, 'Formandens beretning', 'Godkendt'],
      [3, 'Kasserens beretning', 'Godkendt'],
      [4, '', 'Punktet blev rykket til pkt. 9, da nogle forslag kunne ændre kontingentet.'],
      [5, '', 'Målekoordinator Eva Holm gjorde rede for status på målingerne i år.'],
      [6, 'Valg', 'Ib Lund og Kim Sand blev valgt.'],
    ]);
  });
});

describe('a lettered sub-point that lost its mark under a heading', () => {
  it('`3. Siden sidst` / `a Formanden` / `• …`: the letter opens a point, it is no more of the title', () => {
    const text = ['Menighedsrådsmøde 10. februar 2031', '', '1 Godkendelse af dagsordenen', 'Dagsordenen er godkendt', '', '2. Siden sidst', 'a Formanden', ' • Eva er ansat som gravermedhjælper.', 'b Sognepræsten', ' • Ingen', '', '3. Kirkeblad', 'Bladet udkommer i marts.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Godkendelse af dagsordenen', 'Siden sidst', 'Kirkeblad']);
  });
});

describe('numbered lines, some opening with a sentence of what was done', () => {
  it('`3. Revisoren gennemgik regnskabet. Det ser fint ud.` has no title; `5. Budgetforslag. Ingen ændringer.` keeps its', () => {
    const text = ['Først og fremmest tak for en rigtig hyggelig dag til de fremmødte, det var spændende at se filmbyen og høre historierne om de gamle film.', '1. Eva valgt som referent, Bo valgt som dirigent, stemmetællere er Ib og Kim, og dirigenten konstaterede at generalforsamlingen var lovligt indkaldt.', '2. Årsberetning og formandens beretning. Foreningen har arbejdet med følgende de sidste to år: forsøgt at etablere samarbejde med andre faggrupper, indtil nu uden held, og holdt to temadage.', '3. Revisoren gennemgik regnskabet for 2030. Det ser fint ud. De kritiske revisorer havde en lille anmærkning om bilagene, som skal huskes fremover.', '4. Der var ingen rettidigt indkomne forslag. Ib fra Holmby foreslog en undersøgelse af hvordan nye opgaver påvirker betjeningen af brugerne i filialerne.', '5. Budgetforslag. Ingen forslag til ændringer. Vi bibeholder kontingentets størrelse og ser på det igen næste år, når regnskabet foreligger.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, ''],
      [2, 'Årsberetning og formandens beretning'],
      [3, ''],
      [4, ''],
      [5, 'Budgetforslag'],
    ]);
    expect(doc.meeting.chair).toBe('Bo');
  });
});

describe('numbered records with a presenter after a dash', () => {
  it('`6. Status på skiltet ved vejen – Holmvej – Henning. Vi venter …` among told records keeps its title', () => {
    const text = ['Bestyrelsesmøde nr. 17, mandag den 14. august 2031', '', ' 1. Bemærkninger til dagsordenen. Ingen', ' 2. Fra værkstederne – Bente. Medlemmerne er så småt kommet i gang efter sommeren.', ' 3. Økonomi, halvårsregnskab – Vilhelm. Økonomien er sund med et resultat bedre end budgetteret.', ' 4. Status på indkøb af vejskilt til opsætning ved vejen – Holmvej – Henning. Vi venter stadig på kommunens svar.', ' 5. Bestyrelsen drøftede flisegangen midt over gårdspladsen og besluttede at vente til foråret.', ' 6. Kassereren har sendt regnskabet til revisorerne, som har godkendt det uden bemærkninger.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Bemærkninger til dagsordenen', 'Fra værkstederne', 'Økonomi, halvårsregnskab', 'Status på indkøb af vejskilt til opsætning ved vejen – Holmvej – Henning', '', '']);
  });
});

describe('a dashed agenda with an exclamation and a long entry, then `Ad N:` records', () => {
  it('`- Nyt fra kassereren – kort!`, an entry of twenty words and `… indkomne ønsker.` are entries of the list; every entry is an item', () => {
    const text = [
      'Referat af bestyrelsesmøde i Grundejerforeningen Holmby Strand',
      'Deltagere: Ib Lund, Eva Holm og Bo Dal.',
      'Dagsorden:',
      '- Godkendelse af dagsorden.',
      '- Opfølgning på referatet fra sidste møde.',
      '- Nyt fra kassereren – kort!',
      '- Vejenes vedligeholdelse, herunder gennemgang af tilbud fra to firmaer og aftale om opfyldning af huller i grusvejene før sommerens vejfest i juli.',
      '- Nye bænke ved legepladsen, herunder stillingtagen til indkomne ønsker.',
      '- Næste møde.',
      '- Eventuelt.',
      'Ad 1: Dagsordenen blev godkendt.',
      'Ad 2: Referatet blev godkendt uden bemærkninger.',
      'Ad 3: Kassen er som budgetteret.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Godkendelse af dagsorden', 'Dagsordenen blev godkendt.'],
      [2, 'Opfølgning på referatet fra sidste møde', 'Referatet blev godkendt uden bemærkninger.'],
      [3, 'Nyt fra kassereren – kort!', 'Kassen er som budgetteret.'],
      [4, 'Vejenes vedligeholdelse, herunder gennemgang af tilbud fra to firmaer og aftale om opfyldning af huller i grusvejene før sommerens vejfest i juli', null],
      [5, 'Nye bænke ved legepladsen, herunder stillingtagen til indkomne ønsker', null],
      [6, 'Næste møde', null],
      [7, 'Eventuelt', null],
    ]);
  });
});

describe('numbered records: a title alone over its record, then sentences of what was done', () => {
  it('`1. Evaluering af sommerfesten` over its record, then `2. Der er enighed om …`, `3. Bo og Eva vil …`: the sentences are untitled records', () => {
    const text = [
      'Referat af bestyrelsesmøde d. 4. marts 2031',
      '',
      'Bestyrelsens første møde blev afholdt d. 4. marts 2031 kl. 19.00 i klubhuset',
      '',
      'Fremmøde:',
      'Bo Dal, Eva Holm og Ib Lund',
      '',
      'Dagsorden:',
      '',
      ' 1. Evaluering af sommerfesten',
      '  Enighed om en god fest. Kommentarer fra gæsterne blev noteret til næste år.',
      '',
      ' 2. Der er enighed om at vente med budgettet til efter generalforsamlingen.',
      ' 3. Bo og Eva vil lave en ny folder om foreningen til tilflyttere.',
      '  Ib spørger kommunen om tilskud til trykningen.',
      '',
      ' 4. Datoen for generalforsamlingen fastlægges på næste møde i april.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Evaluering af sommerfesten', 'Enighed om en god fest. Kommentarer fra gæsterne blev noteret til næste år.'],
      [2, '', 'Der er enighed om at vente med budgettet til efter generalforsamlingen.'],
      [3, '', 'Bo og Eva vil lave en ny folder om foreningen til tilflyttere. Ib spørger kommunen om tilskud til trykningen.'],
      [4, '', 'Datoen for generalforsamlingen fastlægges på næste møde i april.'],
    ]);
  });
});

describe('numbers alone on their lines over what was done', () => {
  it('`1:` / `Vi har talt om budgettet. …` / `2:` / …: untitled items, each the record under its number, with no number in the text', () => {
    const text = [
      'Referat af bestyrelsesmøde 3. maj 2031',
      '',
      'Referat:',
      '',
      '1:',
      'Vi har talt om budgettet. Bo tager kontakt til banken.',
      '',
      '2:',
      'Generalforsamlingen holdes 20. juni i hallen.',
      '',
      '3:',
      'Enighed om at give vandværket et kvarter på generalforsamlingen.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, '', 'Vi har talt om budgettet. Bo tager kontakt til banken.'],
      [2, '', 'Generalforsamlingen holdes 20. juni i hallen.'],
      [3, '', 'Enighed om at give vandværket et kvarter på generalforsamlingen.'],
    ]);
  });
});

describe('bullets going on after a numbered entry and its points set further in', () => {
  it('`  1. Godkendelse af` / `    1. Dagsorden / Godkendt` / `  • Budgettet – status.` over text: the bullets back at the entry\'s depth are the next items, a title\'s full stop and all', () => {
    const text = [
      'Referat af møde i forretningsudvalget 3. april 2031',
      '',
      'Til stede: Bo Dal, Eva Holm og Ib Lund',
      '',
      '  1. Godkendelse af',
      '    1. Dagsorden / Godkendt',
      '    1. Seneste referat / Godkendt uden rettelser.',
      '  • Budgettet – status.',
      '',
      'Bo gennemgik budgettet. Der er balance.',
      '',
      '  • Mødedatoer for efteråret.',
      '',
      'Møderne holdes den første tirsdag i måneden.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af'],
      [2, 'Budgettet – status.'],
      [3, 'Mødedatoer for efteråret.'],
    ]);
  });
});

describe('lines on what they concern', () => {
  it('`Ang. – nye bænke: …` / `Vedr. hjemmesiden: …` / `Ang. vejfesten: …`: each topic is an item, its record after the colon', () => {
    const text = [
      'Referat fra beboermøde 3. maj 2031',
      '',
      'Alle fremmødte blev budt velkommen af formanden.',
      '',
      'Ang. – nye bænke: Bestyrelsen bestiller to bænke.',
      'Vedr. hjemmesiden: Bo opdaterer siden inden sommer.',
      'Ang. vejfesten: Festen holdes 12. august.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'nye bænke', 'Bestyrelsen bestiller to bænke.'],
      [2, 'hjemmesiden', 'Bo opdaterer siden inden sommer.'],
      [3, 'vejfesten', 'Festen holdes 12. august.'],
    ]);
  });
});

describe('a list set in from the margin going on after its second entry', () => {
  it('` 1. Velkommen.` / ` 2. Siden sidst:` / `  • points` / ` 3. A long title. Its notes …` / ` 4. …`: the weak long entries go on the list', () => {
    const text = [
      'Bestyrelsesmøde den 9. januar 2031, kl. 9.00 i Holmby Fonden',
      '',
      'Dagsorden',
      '',
      ' 1. Velkommen til Eva.',
      ' 2. Siden sidst:',
      '  • turen til Holmby i uge 46 gik godt og gav nye venner.',
      '  • der står ca. 90.000 kr. på kontoen.',
      ' 3. Regnskab for perioden 1. okt. 2029 – 30. sep. 2030 til godkendelse. Perioden følger tilladelsen til indsamling. Regnskabet sendes for sig og lægges på hjemmesiden efter godkendelse.',
      ' 4. Orientering om fejlagtige træk på foreningens konto i okt./nov. 2030. Fejlene er rettet og pengene sat ind igen. De skyldtes et ”forkert” kort brugt ved et par indkøb.',
      ' 5. Forslag om at flytte 2x40.000 kr. fra den faste kapital til den frie kapital efter vedtægternes § 7. Bemærk, at der sidste år ved en fejl ikke blev flyttet noget.',
      ' 6. Forslag om anvendelse af midler:',
    ].join('\n');
    expect(parseText(text).items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('an agenda whose cases tell their history in the past', () => {
  it('`Dagsorden til mødet i Kontaktudvalget` with `Sagsfremstilling` / `Udvalget drøftede sagen på mødet …` and `Det indstilles, at …`: an agenda, with no decisions', () => {
    const text = [
      'Dagsorden',
      'til',
      'mødet i Kontaktudvalget',
      'den 27. september 2031 kl. 10:00',
      '',
      'Punkt 1: Status for den fælles plan for vejene',
      '',
      'Sagsfremstilling',
      '',
      'Udvalget drøftede sagen på mødet den 24. november 2029 og besluttede at nedsætte en arbejdsgruppe. Gruppens forslag blev godkendt i juni 2030.',
      '',
      'Det indstilles, at udvalget drøfter status.',
      '',
      'Punkt 2: Mødeplan for 2032',
      '',
      'Sagsfremstilling',
      '',
      'Sekretariatet udsendte et udkast i august, som blev drøftet i kommunerne. Datoerne blev rettet og godkendt af direktørerne.',
      '',
      'Det indstilles, at mødeplanen godkendes.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.documentType).toBe('dagsorden');
    expect(doc.items.map((it) => [it.number, it.decision])).toEqual([
      [1, null],
      [2, null],
    ]);
  });
});

describe('an OK after the title on the heading\'s line', () => {
  it('`1. Referat fra sidst OK` is the title and its approval; `2. Status på hjemmesiden Ok` likewise', () => {
    const text = ['Referat af bestyrelsesmøde 3. maj 2031', '', '1. Referat fra sidst OK', '2. Status på hjemmesiden Ok', '3. Budget', 'Budgettet blev godkendt.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision, it.outcome])).toEqual([
      [1, 'Referat fra sidst', 'OK', 'approved'],
      [2, 'Status på hjemmesiden', 'Ok', 'approved'],
      [3, 'Budget', 'Budgettet blev godkendt.', 'approved'],
    ]);
  });
});

describe('an election heading with its two elected after a dash, a first name first', () => {
  it('` 1. Valg af dirigent og referent - Jørgen og Bo Dal`: the title, and those elected as its record', () => {
    const text = ['Referat fra generalforsamling 2031', '', ' 1. Valg af dirigent og referent - Jørgen og Bo Dal', '', ' 2. Beretning - Formanden nævner at året har været godt.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent og referent', 'Jørgen og Bo Dal'],
      [2, 'Beretning', 'Formanden nævner at året har været godt.'],
    ]);
  });
});

describe('bullets titled by a colon', () => {
  it('` • Godkendelse af dagsorden: …` / ` • Referent: Eva Holm` / ` • Meddelelser:` / role lines / ` • Festudvalg: …`: every bullet an item, the role lines the parts of the one above', () => {
    const text = [
      'Beslutningsreferat fra menighedsrådsmøde 12. januar 2031',
      '',
      'Tilstede: Bo Dal, Eva Holm, Ib Lund',
      '',
      'Mødet blev holdt over Teams fra kl. 19.00-21.00',
      '',
      ' •  Godkendelse af dagsorden: Et punkt mere: Ansøgning fra børnehaven:',
      ' • Referent: Eva Holm',
      ' • Referat; - hvordan skrives det: Eva skriver referatet.',
      ' • Meddelelser:',
      '',
      'Formand/næstformand: Intet at bemærke',
      '',
      'Kasserer/regnskabsfører: Regnskabet for 2030 er næsten færdigt.',
      '',
      'Præster: God jul trods alt. Gudstjenesterne blev optaget.',
      '',
      ' • Festudvalg: Sommerfesten holdes i juni.',
      ' • Kirkegårdsudvalg: Intet at bemærke',
      ' • Personaleudvalg: Intet at bemærke',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Referent'],
      [3, 'Referat'],
      [4, 'Meddelelser'],
      [5, 'Festudvalg'],
      [6, 'Kirkegårdsudvalg'],
      [7, 'Personaleudvalg'],
    ]);
  });
});

describe('a number and a dash glued to it', () => {
  it('`1-      Valg af dirigent` / `2-      Valg af referent.`: numbered headings; a range (`1-2 personer`) is none', () => {
    const text = [
      'Referat af bestyrelsesmøde i husbestyrelsen 14. marts 2031',
      '',
      '1-      Valg af dirigent',
      '          Ingen valgt.',
      '',
      '2-      Valg af referent.',
      '          Eva.',
      '',
      '3-      Fremtidsplaner for huset',
      '          Vi skal bruge 1-2 personer mere til udlejningen.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Ingen valgt.'],
      [2, 'Valg af referent.', 'Eva.'],
      [3, 'Fremtidsplaner for huset', 'Vi skal bruge 1-2 personer mere til udlejningen.'],
    ]);
  });
});

describe('a table of items written with pipes, the number before the first pipe', () => {
  it('`Punkt | Referat |` / `1 - Velkommen v/formanden | Bo bød velkommen. |` / …: each row an item with its record, not a transcript\'s pages', () => {
    const text = [
      'Referat af budgetsamråd den 29. august 2031',
      'Punkt | Referat |',
      '1 - Velkommen v/formand Bo Dal | Bo Dal bød forsamlingen velkommen og præsenterede aftenens program for alle de fremmødte. |',
      '2 - Budget 2032 for kirkegårdene | Eva Holm fremlagde budgettet for 2032. Forsamlingen godkendte budgettet uden ændringer. |',
      '3 - Fælles indkøb af maskiner til gravning og snerydning | Ib Lund fortalte om tilbuddene fra tre firmaer. Sagen udsættes til næste møde. |',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Velkommen', 'Bo Dal bød forsamlingen velkommen og præsenterede aftenens program for alle de fremmødte.'],
      [2, 'Budget 2032 for kirkegårdene', 'Eva Holm fremlagde budgettet for 2032. Forsamlingen godkendte budgettet uden ændringer.'],
      [3, 'Fælles indkøb af maskiner til gravning og snerydning', 'Ib Lund fortalte om tilbuddene fra tre firmaer. Sagen udsættes til næste møde.'],
    ]);
  });
});

describe('paragraphs each opened by a short title and a colon, the record run on', () => {
  it('`Nye bure: Eva har hentet …` / text / `DM: Kredsen har booket …` / `Kontrakt: Sendes til webmaster.`: each title an item, its record after the colon', () => {
    const text = [
      'Referat for onlinemøde i bestyrelsen afholdt d. 22. januar 2031',
      '',
      'Nye bure: Eva har hentet de sidste bure i Jylland og kørt dem til Sjælland.',
      '',
      'Der debatteres om vi skal blive ved med at bruge bure til udstillingen.',
      '',
      'DM: Kredsen har booket lokaler den 13. maj. Der er ønske om en udstilling på én dag.',
      '',
      'Kontrakt: Denne sendes til webmaster.',
      '',
      'Ny tilmeldingsblanket: Ib retter de sidste ting og sender den til webmaster.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Nye bure'],
      [2, 'DM'],
      [3, 'Kontrakt'],
      [4, 'Ny tilmeldingsblanket'],
    ]);
  });
});

describe('a number alone over its title with empty cells between', () => {
  it('`4` / blank / ` ` / blank / ` ` / blank / `Lydanlæg i kirken`: the number heads the item, the cells between are nothing', () => {
    const text = ['Referat fra menighedsrådsmøde d. 18. juni 2031', '', '1', '', 'Gennemgang af kirkegården', '', 'Kirkegården er flot.', '', '2', '', ' ', '', ' ', '', 'Lydanlæg i kirken', '', 'Der indhentes tilbud.'].join('\n');
    expect(parseText(text).items.map((it) => it.number)).toEqual([1, 2]);
  });
});

describe('a long title with no verb, then sentences of what was said, on the heading\'s line', () => {
  it('`4. Orientering om fejlagtige træk på foreningens konto i okt./nov. 2030. Fejlene er rettet. Pengene er sat ind igen.`: title, then its record', () => {
    const text = [
      'Referat af bestyrelsesmøde den 9. januar 2031',
      '',
      ' 1. Velkommen.',
      ' 2. Orientering om fejlagtige træk på foreningens konto i okt./nov. 2030. Fejlene er rettet. Pengene er sat ind igen af banken.',
      ' 3. Forslag om anvendelse af midler:',
      '  Bestyrelsen foreslår støtte til to projekter.',
    ].join('\n');
    const items = parseText(text).items;
    expect(items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Velkommen.'],
      [2, 'Orientering om fejlagtige træk på foreningens konto i okt./nov. 2030'],
      [3, 'Forslag om anvendelse af midler'],
    ]);
    expect(items[1]!.decision).toBe('Fejlene er rettet. Pengene er sat ind igen af banken.');
  });
});

describe('a page of two meetings\' summaries, each three titled paragraphs', () => {
  it('`Resume – bestyrelsesmøde 28. august 2031` / three titles over their text / `Resume – bestyrelsesmøde 26. juni 2031` / …: the first meeting\'s three paragraphs are its items', () => {
    const text = [
      'Resume – bestyrelsesmøde 28. august 2031',
      '',
      'Nye pladser til husbåde (fortsat behandling)',
      'Bestyrelsen traf principbeslutning om at der må være husbåde.',
      'Pladserne skal ligge ved vestbroen.',
      '',
      'Anskaffelse af bådstativer',
      'Svarene tyder på stor interesse.',
      'Bestyrelsen besluttede at købe ti stativer.',
      '',
      'Dialogmøde med brugerne',
      'Mødet holdes 23. oktober kl. 19.',
      'Invitationen gælder alle.',
      '',
      '',
      'Resume – bestyrelsesmøde 26. juni 2031',
      '',
      'På mødet godkendte bestyrelsen en plan for information om sine beslutninger.',
      'Informationen kommer på hjemmesiden.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Nye pladser til husbåde (fortsat behandling)'],
      [2, 'Anskaffelse af bådstativer'],
      [3, 'Dialogmøde med brugerne'],
    ]);
  });
});

describe('a restarted list copied from a web page, its entries run on after the text before them', () => {
  const text = [
    'Referat bestyrelsesmøde d. 9.4.2031.',
    'Deltagere: Bo, Eva, Ib og Kim',
    '',
    '  1. Sidste referat blev godkendt uden bemærkninger.  1. Eva orienterede om kommunens planer for stien',
    'langs søen. Vi er enige om at sende et høringssvar.',
    'Der er møde med kommunen i maj.  1. Kim gennemgik regnskabet, som ser fint ud.',
    'Der er betalt for vinterens snerydning.',
    'Kontingentet er uændret i 2031.  1. Ib har talt med entreprenøren om vejen, og arbejdet begynder i juni.',
    'Vejen er lukket i to uger.',
    'Der kommer brev til alle medlemmer.  1. Bo fortalte om planerne for sommerfesten, som holdes på pladsen.',
    'Alle hjælper til.',
  ].join('\n');
  it('each `1.` after two spaces starts an entry of its own, and the five entries are the items in order', () => {
    const doc = parseText(text);
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.items[2]!.decision).toMatch(/^Kim gennemgik regnskabet/u);
  });
});

describe('a page of one body\'s minutes, each meeting headed by the same line with another day', () => {
  const meeting = (day: string, topics: string[]) => [`${day} | Referat | Bestyrelsesmøde i Holmby Gårdlaug`, '', ...topics.flatMap((t, k) => [`${k + 1}. ${t}`, 'Drøftet, og vi arbejder videre med det.', '']), '-'];
  it('the first meeting is the document: the second one\'s items are left out, and it is said', () => {
    const doc = parseText([...meeting('01102031', ['Oprydning i gården', 'Arbejdsdag', 'Hjemmeside']), ...meeting('13082031', ['Forventninger', 'Konstituering', 'Vedligehold', 'Næste møde'])].join('\n'));
    expect(doc.meeting.date).toBe('2031-10-01');
    expect(doc.items.map((it) => it.title)).toEqual(['Oprydning i gården', 'Arbejdsdag', 'Hjemmeside']);
    expect(doc.diagnostics.some((d) => d.code === 'next-meeting')).toBe(true);
  });
  it('heads one under another (a list of links to the meetings) cut nothing', () => {
    const links = ['Referat af årsmøde i Holmby Samråd, onsdag den 16. juni 2031', '', 'Referat af årsmøde i Holmby Samråd, torsdag den 20. februar 2030', '', 'Referat af årsmøde i Holmby Samråd, onsdag den 20. marts 2029', ''];
    const doc = parseText([...links, 'Referat af årsmøde i Holmby Samråd, onsdag den 20. marts 2029', '', '1. Valg af dirigent', 'Bo Dal blev valgt.', '', '2. Beretning', 'Godkendt.', '', '3. Regnskab', 'Godkendt.'].join('\n'));
    expect(doc.items.map((it) => it.title)).toEqual(['Valg af dirigent', 'Beretning', 'Regnskab']);
  });
});

describe('cases titled over their blocks, no decision printed anywhere', () => {
  it('a verdict alone on the case\'s last line (`Afslag.`, `Taget til efterretning.`) is its decision', () => {
    const text = ['Referat', 'Holmby Lokalråd 11. marts 2031', '', '1. Ansøgning fra teatret', 'Sagsfremstilling', 'Teatret søger 70.000 kr. til en turné.', 'Indstilling', 'Sekretariatet indstiller, at ansøgningen afvises.', 'Afslag.', '', '2. Status på puljen', 'Sagsfremstilling', 'Der er brugt 40.000 kr. af puljen.', 'Taget til efterretning.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.decision, it.outcome])).toEqual([['Afslag.', 'rejected'], ['Taget til efterretning.', 'noted']]);
  });

  it('`Titel` / `Forsiden` / `Sagsfremstilling` / members, then `Meddelelser` / `Sagsfremstilling` / …: the titles are the items, the cover none', () => {
    const text = [
      'Holmby Lokalråd',
      'Udvalg',
      'Holmby Lokalråd',
      'Dato',
      '11. marts 2031 -',
      'Titel',
      'Forsiden',
      '',
      'Sagsfremstilling',
      'Medlemmer af lokalrådet:',
      'Formand, Bo Dal',
      'Medlem, Eva Holm',
      '',
      'Meddelelser',
      '',
      'Sagsfremstilling',
      'Ingen.',
      '',
      'Status på projekter i år.',
      '',
      'Sagsfremstilling',
      'Der er brugt 40.000 kr. af puljen.',
      'Taget til efterretning.',
      '',
      'Mødeplan for 2032',
      '',
      'Sagsfremstilling',
      'Rådet skal fastlægge årets møder.',
      'Godkendt.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Meddelelser'], [2, 'Status på projekter i år'], [3, 'Mødeplan for 2032']]);
  });
});

describe('titles ended by a semicolon for a colon', () => {
  it('`Godkendelse af dagsorden; godkendt.` / `Siden sidst;` / …: the titles are the items, the text under each its record', () => {
    const text = [
      'Referat af bestyrelsesmødet i borgerforeningen',
      'Tilstede: Bo, Eva, Ib og Kim.',
      '',
      'Godkendelse af dagsorden; godkendt.',
      '',
      'Godkendelse af referat fra sidste møde; godkendt.',
      '',
      'Siden sidst;',
      'Der har været to henvendelser om hegnet.',
      '',
      'Infostanderen;',
      'Kim vil gerne overtage standeren. Vi afventer svar fra kommunen.',
      '',
      'Juletræet;',
      'Træet tændes første søndag i advent. Eva køber lys.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.title)).toEqual(['Godkendelse af dagsorden', 'Godkendelse af referat fra sidste møde', 'Siden sidst', 'Infostanderen', 'Juletræet']);
    expect(doc.items[3]!.decision).toBe('Kim vil gerne overtage standeren. Vi afventer svar fra kommunen.');
  });
});

describe("a web page's list of its meetings above the minutes it shows", () => {
  it('`Bestyrelsesmøde d. 8. april 2031.` / `Se referatet HER` / …: the links are left out, the minutes below are read, and an agenda entry\'s earlier day is not the meeting\'s', () => {
    const links = ['8. april 2031', '30. november 2030', '26. april 2030', '30. marts 2030'].flatMap((d) => [`Bestyrelsesmøde d. ${d}.`, 'Se referatet HER']);
    const doc = parseText(['Holmby Lokalråd.', ...links, 'Generalforsamling torsdag den 16. marts 2030.', 'Se referatet HER', 'Se regnskab og budget HER', 'Referat fra bestyrelsesmøde d. 17. februar 2030.', 'Deltagere: Bo Dal, Eva Holm.', 'Dagsorden:', ' • Gennemgang af referat fra d. 16. dec. 2029.', ' • Planlægning af generalforsamlingen.', ' • Pakkebokse.', 'Ad.1:  Der var ingen kommentarer til referatet.', 'Ad.2:  Generalforsamlingen holdes i hallen.', 'Ad.3:  Boksene sættes op i maj.'].join('\n'));
    expect(doc.meeting.date).toBe('2030-02-17');
    expect(doc.items.map((it) => it.title)).toEqual(['Gennemgang af referat fra d. 16. dec. 2029', 'Planlægning af generalforsamlingen', 'Pakkebokse']);
    expect(doc.diagnostics.some((d) => d.code === 'web-meeting-links')).toBe(true);
  });
});

describe("Word's second-level bullet copied as the letter o", () => {
  it('`• Valgprogram` / `o Vi har arbejdet …` / `• Valgforbund` / `o …`: the first level\'s bullets are the items, the o-lines their points', () => {
    const doc = parseText(['Referat af medlemsmøde', 'Holmby lokalafdeling', 'Møde den 26. juni 2031', '', '• Kandidater', 'o Ulla finder ud af, hvordan man melder kandidaterne.', 'o Bo stiller op.', '• Valgprogram', 'o Vi har nedsat en arbejdsgruppe.', '• Valgforbund', 'o Eva taler med de andre lister.'].join('\n'));
    expect(doc.items.map((it) => it.title)).toEqual(['Kandidater', 'Valgprogram', 'Valgforbund']);
    expect(doc.items[1]!.decision).toMatch(/Vi har nedsat en arbejdsgruppe\./u);
  });
});

describe('an agenda, then its records numbered from 1 again right under its last entry', () => {
  it('`Dagsorden:` / `1. Valg af dirigent` … `10. Evt.` / `1. Bo Dal blev valgt til dirigent.` / …: the records are the items, titled by the agenda', () => {
    const text = [
      'Referat af Holmby Afdelings generalforsamling d 4/3 2031 klokken 15.00 på Holmby Mølle:',
      'Formand Eva Holm bød forsamlingen velkommen og rettede en særlig velkomst til gæsterne.',
      'Dagsorden:',
      ' 1. Valg af dirigent',
      ' 2. Godkendelse af dagsorden',
      ' 3. Formanden aflægger bestyrelsens beretning',
      ' 4. Kasseren forelægger regnskabet',
      ' 5. Indkomne forslag',
      ' 6. Lokalkontingent',
      ' 7. Valg af kasserer',
      ' 8. Valg af revisor (Ib Lund på valg)',
      ' 9. Valg af delegerede',
      ' 10. Evt. ',
      '1. Bo Dal blev valgt til dirigent.',
      '2. Dagsordenen blev godkendt med et punkt ekstra (pkt. 9)',
      '3. Bestyrelsens beretning v. formand Eva Holm.',
      'Afdelingens aktiviteter i årets løb blev gennemgået.',
      'Beretningen blev herefter godkendt.',
      '4. Kasserens regnskab blev godkendt med applaus og uden bemærkninger.',
      '5. Indkomne forslag:',
      'Der var ingen forslag.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items).toHaveLength(10);
    expect(doc.items.slice(0, 4).map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Bo Dal blev valgt til dirigent.'],
      [2, 'Godkendelse af dagsorden', 'Dagsordenen blev godkendt med et punkt ekstra (pkt. 9)'],
      [3, 'Formanden aflægger bestyrelsens beretning', expect.stringMatching(/^Bestyrelsens beretning v\. formand Eva Holm\./u)],
      [4, 'Kasseren forelægger regnskabet', 'Kasserens regnskab blev godkendt med applaus og uden bemærkninger.'],
    ]);
  });
});

describe('labelled titles with their kind after a comma', () => {
  it('`Invasive arter, til drøftelse: …` / `Buejagt, til beslutning: …` / …: the titles are the items', () => {
    const text = ['Dagsorden, møde i Holmby Vildtråd', '', 'Rådet mødes torsdag den 2. februar 2031. På dagsordenen er:', '', 'Invasive arter, til drøftelse: Styrelsen præsenterer en evaluering.', '', 'Buejagt, til beslutning: Styrelsen præsenterer forsøget.', '', 'Udsætning, til orientering: Formanden orienterer om status.', '', 'Jagttider, til drøftelse: Rådet ser på harens jagttid.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Invasive arter, til drøftelse', 'Buejagt, til beslutning', 'Udsætning, til orientering', 'Jagttider, til drøftelse']);
  });
});

describe('an item titled as a case block (`Økonomi`)', () => {
  it('`1. Økonomi` under the agenda\'s label, alone, is an item', () => {
    const text = ['Bestyrelsesmøde 5. august 2031', '', 'Hos Ida, kl. 19.00', '', 'Dagsorden:', '', '1.    Økonomi', '', 'Ida fremlagde regnskabet. Der blev nævnt følgende:', '', '·       Kommunens tilskud for andet halvår mangler.', '', '·       Der var enighed om at søge fonde til nye brikker.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, 'Økonomi']]);
  });

  it('`1. Økonomi` before items numbered from 3 (the second left out) opens the list', () => {
    const text = ['Referat af bestyrelsesmøde den 11. juli 2031', '', 'Til stede: Bo, Eva, Ib', '', '1. Økonomi', '', 'Der er 90.000 kr. på kontoen.', '', '3. Byggeudvalg', '', 'Udvalget mødes efter ferien.', '', '4. Køb af nye kajakker', '', 'Der købes tre nye kajakker.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.number)).toEqual([1, 3, 4]);
  });
});

describe('a meeting told as held, with no items', () => {
  it('`Klubben afholdt årets generalforsamling …` and two things told as done at it: the report is the minutes', () => {
    const doc = parseText([
      'Holmby Campingklub',
      '',
      'Klubben afholdt årets generalforsamling på Holmby Camping. 16 enheder var mødt op.',
      '',
      'Formanden bød velkommen, og Eva Holm blev valgt til dirigent. Beretningen blev godkendt.',
    ].join('\n'));
    expect(doc.documentType).toBe('referat');
    expect(doc.items).toEqual([]);
  });

  it('a meeting to be held (`afholdes`) is no report of one', () => {
    const doc = parseText(['Generalforsamling 2031', '', 'Tirsdag den 4. marts afholdes generalforsamling i Holmby Petanqueklub.', '', 'Formanden byder velkommen, og der vælges en dirigent.'].join('\n'));
    expect(doc.documentType).not.toBe('referat');
  });
});

describe('an agenda, then a paragraph of prose that tells its entries in turn', () => {
  it('each sentence that names the next entry by a word of its own starts that entry\'s record', () => {
    const doc = parseText([
      'Generalforsamling i Holmby Lokalhistoriske Forening 2031',
      '',
      'Dagsorden:',
      '',
      '1. Valg af dirigent',
      '2. Formandens beretning',
      '3. Kassererens beretning',
      '4. Valg af revisor',
      '',
      'Referat',
      '',
      'Der var mødt 40 medlemmer. Ib Dal blev valgt som dirigent. Formanden Eva Holm aflagde beretning om et godt år med mange besøg på hjemmesiden. Kassereren Bo Lund fremlagde regnskabet, der viste et lille overskud, og hjemmesiden havde kostet 2.000 kr. Som revisor genvalgtes Lis Berg.',
      '',
      'Mødet sluttede med kaffe og kage.',
    ].join('\n'));
    expect(doc.items.map((it) => [it.number, it.decision])).toEqual([
      [1, 'Ib Dal blev valgt som dirigent.'],
      [2, 'Formanden Eva Holm aflagde beretning om et godt år med mange besøg på hjemmesiden.'],
      [3, 'Kassereren Bo Lund fremlagde regnskabet, der viste et lille overskud, og hjemmesiden havde kostet 2.000 kr.'],
      // (What follows the last entry's record goes with it, as paragraphs between records go with the one before.)
      [4, 'Som revisor genvalgtes Lis Berg.\nMødet sluttede med kaffe og kage.'],
    ]);
  });

  it('a sentence naming the next entry only by a word the entry before shares goes on with the entry before', () => {
    const doc = parseText([
      'Medlemsmøde i Holmby Quiltere 2031',
      '',
      '1. Forandringer, forslag fra medlemmerne',
      '2. Aktiviteter, forslag fra medlemmerne',
      '',
      'Eva har sendt et forslag om en ny skæremaskine. Forslaget blev vedtaget uden indvendinger.',
      '',
      'Aktiviteterne i foråret: Der holdes udstilling i sognegården i marts.',
    ].join('\n'));
    expect(doc.items[0]!.decision).toBe('Eva har sendt et forslag om en ny skæremaskine. Forslaget blev vedtaget uden indvendinger.');
  });
});

describe('a chair read from a sentence that runs on past the name', () => {
  it.each([
    ['Ulrich foreslås', 'Ulrich'],
    ['Puk Holm Vi', 'Puk Holm'],
    ['Hans L. Dal, HLD X X', 'Hans L. Dal'],
    ['Dan foreslog Peter', 'Peter'],
    ['Anne de Vries', 'Anne de Vries'],
  ])('%s → %s', (raw, name) => expect(tidyChair(raw)).toBe(name));

  it('`Valg af dirigent – Ulrich foreslås` names Ulrich, not the verb', () => {
    const doc = parseText(['Referat af generalforsamling i Holmby Lokalråd 3. marts 2031', '', '1. Valg af dirigent – Ulrich foreslås', '2. Beretning', 'Beretningen blev godkendt.'].join('\n'));
    expect(doc.meeting.chair).toBe('Ulrich');
  });
});

describe("the chair told in the election's record with no office named", () => {
  it('`1. Valg af dirigent og referent: Ib Lund til begge.`: the title is a sentence of its own, the record names who took both', () => {
    const doc = parseText(['Referat af årsmøde i Holmby Ølklub 2031', '', '1. Valg af dirigent og referent: Ib Lund til begge.', '', 'Ib kunne konstatere at mødet var lovligt indkaldt.', '', '2. Beretning', 'Godkendt.'].join('\n'));
    expect(doc.meeting.chair).toBe('Ib Lund');
  });
  it('`Dirigent` over `Bo Dal konstaterede …` is still read with the title run into the record', () => {
    const doc = parseText(['Referat af generalforsamling i Holmby Ølklub 2031', '', '1. Dirigent', 'Bo Dal konstaterede, at generalforsamlingen var lovligt indkaldt.', '', '2. Beretning', 'Godkendt.'].join('\n'));
    expect(doc.meeting.chair).toBe('Bo Dal');
  });
});

describe('topics ended by a full stop, one a line with no blank lines between, under a page\'s chrome', () => {
  it('`Økonomi. Kurt fortalte …` / `Værftet. Til næste møde …` / …: each line an item, the chrome and header above counting neither way', () => {
    const text = [
      'Holmby Bådelaug',
      '  • © 2031 Bo Dal Kontakt',
      '',
      'Holmby Bådelaug',
      '',
      'Et bådelaug ved stranden',
      'Holmby Havbåde',
      'Mobil: 1234 5678',
      'www.holmby.dkReferat af bestyrelsesmøde torsdag d. 26. september 2031 Referat',
      'Mødet startede med en tur på stranden, hvor bådebyggerne var i gang med at reparere en båd.',
      'Økonomi. Kurt fortalte, at han havde gennemgået regnskabsmapperne for sidste år.',
      'Status for nybygningen. Der arbejdes med at indhente tilbud på alle leverancer.',
      'Værftet. Til næste møde skal det afklares, om værftet skal have sin egen bestyrelse.',
      'Bådelagene. Gemmes til næste møde.',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Økonomi'],
      [2, 'Status for nybygningen'],
      [3, 'Værftet'],
      [4, 'Bådelagene'],
    ]);
  });
});

describe('numbered entries of a title, a colon and what was said, the verb after the colon', () => {
  it('`1) Byggesagen: Undersøgelserne er gået i gang.` …: every entry keeps its title; the sentence is its record', () => {
    const text = ['Referat, bestyrelsesmøde, 4/5 2031', '', 'Tilstede: Bo, Eva, Ib', '', '1) Opfølgning på afdelingsmødet: Bestyrelsen ønsker et budgetmøde med administrationen.', '', '2) Byggesagen: De første undersøgelser er gået i gang, og rapporten kommer i juni.', '', '3) Legepladsen: Eva har talt med kommunen om gyngerne og venter svar.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Opfølgning på afdelingsmødet', 'Bestyrelsen ønsker et budgetmøde med administrationen.'],
      [2, 'Byggesagen', 'De første undersøgelser er gået i gang, og rapporten kommer i juni.'],
      [3, 'Legepladsen', 'Eva har talt med kommunen om gyngerne og venter svar.'],
    ]);
  });
  it('a speaker before the colon is no title: `1. Bo Dal: Vi har fået nye nøgler til huset.` stays a record', () => {
    const text = ['Referat, bestyrelsesmøde, 4/5 2031', '', '1. Bo Dal: Vi har fået nye nøgler til huset, og de deles ud i morgen.', '', '2. Eva Holm: Hun fortalte om festen, som gik rigtig godt i år.', '', '3. Ib Lund: Han har bestilt maling til hegnet og maler det i maj.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).not.toContain('Bo Dal');
  });
});

describe('an agenda under a label in spaced capitals, one entry covering a range of numbers', () => {
  it('`D A G S O R D E N:` over `1.`, `2.`, `3. - 8. Valg af …`, `9.`: the label introduces the items; the range is one item', () => {
    const text = ['Dagsorden for møde i Holmby Menighedsråd', '', 'D A G S O R D E N:', '', '1. Valg af formand', '', '2. Valg af næstformand', '', '3. - 8. Valg af enkeltmandsposter', '', 'Valgene foretages blandt rådets medlemmer.', '', '9. Mødeplan for næste år', 'Rådet fastlægger datoerne.', '', '10. Eventuelt'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([[1, 'Valg af formand'], [2, 'Valg af næstformand'], [3, 'Valg af enkeltmandsposter'], [9, 'Mødeplan for næste år'], [10, 'Eventuelt']]);
  });
});

describe('notes on some of the agenda\'s entries between the agenda and the minutes', () => {
  it('`Ad 4. Bo Dal er på valg` … after the agenda, then `1. Valg af dirigent` and its record: the minutes are the items, the notes no records', () => {
    const text = ['Holmby Kunstforening', 'Referat af ordinær generalforsamling 4. maj 2031', 'Dagsorden:', '1. Valg af dirigent', '2. Beretning', '3. Regnskab', '4. Valg til bestyrelsen', '5. Eventuelt', 'Ad 4. Bo Dal er på valg.', 'Ad 5. Eva Holm er på valg.', '1. Valg af dirigent', 'Bestyrelsen foreslog Ib Lund, der blev valgt.', '2. Beretning', 'Formanden fremlagde beretningen, som blev godkendt.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.slice(0, 2).map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Bestyrelsen foreslog Ib Lund, der blev valgt.'],
      [2, 'Beretning', 'Formanden fremlagde beretningen, som blev godkendt.'],
    ]);
    expect(doc.items.find((it) => it.number === 4)?.decision ?? null).toBeNull();
  });
});

describe('an agenda\'s label over entries with what was resolved under them, told in the present', () => {
  it('`Dagsorden ifølge vedtægterne` / `1. Valg af dirigent` / `Bo Dal er valgt som dirigent` …: minutes, each line its item\'s record', () => {
    const text = ['Generalforsamling i Holmby Idrætsforening 2031', '', 'Torsdag d. 18. marts 2031 kl. 19.00', '', 'Dagsorden ifølge vedtægterne', '', '1. Valg af dirigent', 'Bo Dal er valgt som dirigent', '', '2. Formandens beretning', 'Formanden fremlægger beretningen.', 'Beretningen godkendt uden kommentarer', '', '3. Indkomne forslag', 'Vedtægterne godkendes med en lille ændring i § 4', '', '4. Valg til bestyrelsen', 'Eva Holm genvalgt for 2 år'].join('\n');
    const doc = parseText(text);
    expect(doc.documentType).toBe('referat');
    expect(doc.items.map((it) => it.decision !== null)).toEqual([true, true, true, true]);
  });
});

describe('a list from 1 inside an item, the copy cut there, after minutes that repeat the agenda', () => {
  it('`Dagsorden:` 1–4 / `1. Valg af dirigent` / `2. Formandens beretning` / `1. Udflugt` `2. Suppetur` `3. …` / text: the agenda\'s entries are the items', () => {
    const text = ['Generalforsamling 2031', '', 'Onsdag d. 24. september kl. 19.15', '', 'Medborgerhuset', 'Dagsorden:', '', '', '1. Valg af dirigent.', '', '', '2. Formandens beretning.', '', '', '3. Regnskab.', '', '', '4. Eventuelt.', '', '', 'Oplæg ved Eva Holm om vandreture.', '', 'Holmby Vandrelaug', '', 'generalforsamling', '', 'd. 24. september 2031', '', '', 'Formanden bød velkommen.', '', '', '1.  Valg af dirigent.', '', 'Dirigent Bo Dal', '', '', '2. Formandens beretning.', '', 'Året har budt på flere ting', '', '', '1. Udflugt med bus', '', '2. Suppetur', '', '3. Julefrokost', '', '4. Forberedelse til formandsskifte', '', '', 'Tre af vore medlemmer har gået lange ture i år, og flere har været med på sildeturen.', '', 'Eva har gået 800 km på Caminoen.'].join('\n');
    expect(parseText(text).items.map((it) => it.title.replace(/\.$/u, ''))).toEqual(['Valg af dirigent', 'Formandens beretning', 'Regnskab', 'Eventuelt']);
  });
});

describe('a heading hard-wrapped over three lines, the middle one long and in small letters', () => {
  it('`7. Forslag om … i et lille` / `menighedsråd som vores bedre kan fordeles …` / `poster honoreres` over its record: one title', () => {
    const text = ['Referat af menighedsrådsmøde 16.03.31', '', '1. Godkendelse af dagsorden', 'Godkendt med tilføjelse af et punkt om kirkegården.', '2. Forslag om omstrukturering af honorar på bestyrelsesarbejdet i et lille', 'menighedsråd som vores bedre kan fordeles blandt medlemmerne og alle påtagede', 'poster honoreres', 'Forslaget blev drøftet. Det blev besluttet, at der udbetales honorar til formanden.', '3. Eventuelt', 'Intet.'].join('\n');
    const doc = parseText(text);
    expect(doc.items[1]!.title).toBe('Forslag om omstrukturering af honorar på bestyrelsesarbejdet i et lille menighedsråd som vores bedre kan fordeles blandt medlemmerne og alle påtagede poster honoreres');
  });
});

describe('a short title, a colon and participles of what was done, over more text', () => {
  it('`6. Fremlæggelse af budget: uddelt og gennemgået, se bilag.` / a paragraph: the title before the colon', () => {
    const text = ['Referat af generalforsamling 4. maj 2031', '', '5. Regnskab', 'Regnskabet blev godkendt.', '', '6. Fremlæggelse af budget: uddelt og gennemgået, se bilag.', 'Bo Dal savnede penge til klubbladet, og Eva Holm svarede, at det kommer næste år.'].join('\n');
    expect(parseText(text).items[1]).toMatchObject({ title: 'Fremlæggelse af budget' });
  });
});

describe('an election\'s title, a full stop and the one elected, nothing under it', () => {
  it('`A: Valg af dirigent. Eva Dal.`: the title, and the name its record', () => {
    const doc = parseText(['Referat af generalforsamling 4. maj 2031', '', 'A: Valg af dirigent. Eva Dal.', '', 'B: Beretning', 'Beretningen blev godkendt.'].join('\n'));
    expect(doc.items[0]).toMatchObject({ title: 'Valg af dirigent', decision: 'Eva Dal.' });
  });
});

describe('an item of news, its title a word ending in -nyt or `Nyheder`', () => {
  it('`Personalenyt` / `Bo går på orlov fra juni.`: taken note of', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 4. maj 2031', '', '1. Personalenyt', 'Bo går på orlov fra juni.', '', '2. Nyheder fra kommunen', 'Der kommer nye regler for legepladser.', '', '3. Køkkenet', 'Vi har talt om køkkenet.'].join('\n'));
    expect(doc.items.map((it) => it.outcome)).toEqual(['noted', 'noted', null]);
  });
});

describe('numbered lines, each a title run on with its record, some with no mark between them', () => {
  const text = [
    'Referat af bestyrelsesmøde 4. marts 2031',
    '',
    '1. Godkendelse af referat.Godkendt.',
    '2. Nyt fra kommunalbestyrelsen og de to udvalg v/Eva.Eva fortalte om budgettet for næste år og om skolerne.',
    '3. Regional konference i Holmby d. 2+3 feb. 31. Bo og Eva deltog, Bo fortæller om en god weekend med mange workshops.',
    '4. Valgstederne Vores afdeling skal stille med fire personer, der kan hjælpe på valgdagen.',
    '5. Nyt fra IT-udvalget Udsættes til næste gang.',
    '6. Valg efter § 4 i vedtægterne Karen Holm blev valgt for to år, og Ib Dal blev suppleant.',
  ].join('\n');
  it('a capitalised verb or a subject with its verb ends the title; a longer title with no verb of its own keeps it', () => {
    expect(parseText(text).items.map((it) => it.title)).toEqual([
      'Godkendelse af referat',
      'Nyt fra kommunalbestyrelsen og de to udvalg',
      'Regional konference i Holmby d. 2+3 feb. 31',
      'Valgstederne',
      'Nyt fra IT-udvalget',
      'Valg efter § 4 i vedtægterne',
    ]);
  });
});

describe('a title and its colon with no space after it, a dash later in the text', () => {
  it('`• Kontingent:Bestyrelsen foreslog samme sats - 200 kr. for et medlem.`: the title ends at the colon', () => {
    const text = ['Referat fra generalforsamling', '', 'Onsdag den 4. marts 2031', '', 'Til generalforsamlingen mødte 30 medlemmer op.', 'Dagsorden for generalforsamlingen:', '', '  • Valg af dirigent: Bo Dal foreslået og valgt. Bo takkede for valget.', '', '', '  • Beretningen for året blev aflagt af formanden. Den findes i bilag til referatet.', '', '', '  • Regnskab ved kass. Ib Holm. Der er bilag af regnskabet med påtegning af revisorer.', '', '', '  • Fastsættelse af kontingent:Bestyrelsen foreslog samme sats - 200 kr. for et medlem og 300 kr. for et par. Forslaget blev vedtaget.', '', '  • Valg af bestyrelse: Eva Holm blev genvalgt.'].join('\n');
    expect(parseText(text).items[3]!.title).toBe('Fastsættelse af kontingent');
  });
});

describe('an agenda run together in one paragraph, its numbers marked by a colon', () => {
  it('`Dagsorden: 1: Valg af dirigent 2: Beretning … Bilag 1: …`: each number in turn starts an entry, not an appendix\'s or a district\'s number', () => {
    const text =
      'Referat af repræsentantskabsmødet d. 4. maj 2031 i Holmby Forsamlingshus Dagsorden: 1: Valg af dirigent og referent 2: Godkendelse af fuldmagter 3: Formandens beretning 4: Beretning fra kredsene Kreds 1: Bo Dal Kreds 2: Eva Holm 5: Regnskab og budget 6: Eventuelt Bilag 1: Regnskab Bilag 2: Budget';
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent og referent'],
      [2, 'Godkendelse af fuldmagter'],
      [3, 'Formandens beretning'],
      [4, 'Beretning fra kredsene Kreds 1: Bo Dal Kreds 2: Eva Holm'],
      [5, 'Regnskab og budget'],
      [6, 'Eventuelt Bilag 1: Regnskab Bilag 2: Budget'],
    ]);
  });
  it('an agenda numbered on from earlier meetings keeps its numbers over a list of appendices numbered from 1 by colons', () => {
    const text =
      'Referat af møde i Forretningsudvalget Dato: Den 4. maj 2031 Sted: Sekretariatet Dagsorden 59. Godkendelse af dagsorden 60. Godkendelse af referat fra seneste møde 61. Budget for næste år 62. Medlemsblad 63. Eventuelt Bilagsoversigt: Bilag 1: Referat af seneste møde Bilag 2: Budget Bilag 3: Oplæg til nyt medlemsblad';
    expect(parseText(text).items.map((it) => it.number)).toEqual([59, 60, 61, 62, 63]);
  });
});

describe('numbered lines, each with its record, the last a title of one word', () => {
  it('`1. Valg af dirigent. Bo blev valgt.` … `6. Valg. Eva genvalgt.` / `7. Eventuelt`: the last line is the seventh item', () => {
    const text = ['Referat fra årsmødet den 4. marts 2031', '', 'På årsmødet behandles følgende:', '', '  1. Valg af stemmetællere og dirigent. Bo blev valgt.', '  2. Formandens beretning. Beretningen blev godkendt.', '  3. Regnskab til godkendelse, fra kassereren. Godkendt.', '  4. Indkomne forslag. Ingen modtaget.', '  5. Budget for året. Blev drøftet.', '  6. Valg af bestyrelse. Eva modtog genvalg.', '  7. Eventuelt'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Valg af stemmetællere og dirigent', 'Formandens beretning', 'Regnskab til godkendelse, fra kassereren', 'Indkomne forslag', 'Budget for året', 'Valg af bestyrelse', 'Eventuelt']);
  });
});

describe('a list whose usual last entry comes after a number missing', () => {
  it('`1:` … `6: Næste møde` / `8: Eventuelt`, each over its text: Eventuelt is the last item, numbered as printed', () => {
    const entries = ['Godkendelse af referat', 'Banerne til vinter', 'Klubmesterskabet', 'Kontingent', 'Hjemmesiden', 'Næste møde'];
    const text = ['Referat af bestyrelsesmøde 4. november 2031', '', ...entries.flatMap((t, k) => [`${k + 1}: ${t}`, '', ` • Bo orienterede om punktet, og det blev godkendt.`, '']), '8: Eventuelt', '', ' • Eva spurgte til lygterne ved banen.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5, 6, 8]);
    expect(doc.items[6]!.title).toBe('Eventuelt');
  });
});

describe('a list started again at 1 after text put between its entries, the entries\' own points set further in', () => {
  it('` 1. Valg af dirigent` / `  1. Bo Dal valgt` … ` 4. Valg til bestyrelsen` / a paragraph / ` 1. Eventuelt`: Eventuelt is item 5', () => {
    const text = ['Referat af generalforsamling 4. marts 2031', '', ' 1. Valg af dirigent', '  1. Bo Dal valgt og konstaterer at generalforsamlingen er lovligt varslet', ' 2. Bestyrelsens beretning', '  1. Beretningen blev godkendt og lægges på hjemmesiden', ' 3. Regnskab', '  1. Regnskabet viser et lille overskud.', '  2. Der var en regnefejl på 20 kr.', ' 4. Valg til bestyrelsen', '  1. Eva Holm og Ib Lund var på valg.', '', 'Eva Holm blev genvalgt for en toårig periode', '', 'Suppleant: Kim Berg for en etårig periode', '', ' 1. Eventuelt', '  1. Ingen spørgsmål'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, 'Valg af dirigent'], [2, 'Bestyrelsens beretning'], [3, 'Regnskab'], [4, 'Valg til bestyrelsen'], [5, 'Eventuelt']]);
  });
});

describe('an entry\'s own points under it in minutes, each a topic with no verb', () => {
  it('`a. Valg af dirigent` / `b. Valg af referent` under `1. Formalia` record nothing; `1. Dirigent: Bo Dal` under an election does', () => {
    const text = ['Referat af generalforsamling 4. marts 2031', '', '1. Formalia', 'a. Valg af dirigent', 'b. Valg af referent', 'c. Godkendelse af forretningsorden', '', '2. Valg af dirigent og referent', '1. Dirigent: Bo Dal', '2. Referent: Eva Holm', '', '3. Nyt fra huset', '3.1. Kapacitet i vuggestuen (orientering)', '3.2. Struktur og organisering af huset', '', '4. Regnskab', 'Regnskabet blev godkendt.'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.decision !== null)).toEqual([false, true, false, true]);
  });
});

describe('a bullet of what was done, a dash and a relative clause after it', () => {
  it('`• Kassereren aflagde regnskabet – som blev godkendt.`: the whole sentence is the record', () => {
    const text = ['Referat af generalforsamling i Holmby Bådelaug 4. marts 2031', '', ' • Bo Dal blev valgt til dirigent.', '', ' • Formanden aflagde beretning – der blev godkendt.', '', ' • Kassereren (Eva Holm) aflagde regnskab for 2030 - som blev godkendt. Budgettet blev ligeledes godkendt.', '', ' • Eventuelt: Intet.'].join('\n');
    const doc = parseText(text);
    expect(doc.items[1]!.decision).toBe('Formanden aflagde beretning – der blev godkendt.');
    expect(doc.items[2]!.decision).toBe('Kassereren (Eva Holm) aflagde regnskab for 2030 - som blev godkendt. Budgettet blev ligeledes godkendt.');
  });
});

describe('an election\'s record that tells who was put up and that no one else was', () => {
  it('`Dirigenten foreslog sekretæren som referent – der var ikke andre forslag.`, `Bestyrelsen indstillede Bo Dal, som dirigent …`: elected', () => {
    const text = ['Referat af generalforsamling 4. marts 2031', '', '1. Valg af dirigent', 'Bestyrelsen indstillede Bo Dal, som dirigent og han kunne konstatere, at generalforsamlingen var lovligt indkaldt.', '', '2. Valg af referent', 'Dirigenten foreslog bestyrelsens sekretær som referent – der var ikke andre forslag.', '', '3. Valg af stemmetællere', 'Bestyrelsen foreslår Eva Holm som stemmetæller.'].join('\n');
    expect(parseText(text).items.map((it) => it.outcome)).toEqual(['approved', 'approved', null]);
  });
});

describe('an election\'s title, a colon and two first names joined by an ampersand', () => {
  it('`2. Valg af ordstyrer og referent: Helle & Bo`: the title, and the two elected its record', () => {
    const doc = parseText(['Referat af generalforsamling 4. marts 2031', '', '1. Velkomst', 'Formanden bød velkommen.', '', '2. Valg af ordstyrer og referent: Helle & Bo', '', '3. Beretning', 'Beretningen blev godkendt.'].join('\n'));
    expect(doc.items[1]).toMatchObject({ title: 'Valg af ordstyrer og referent', decision: 'Helle & Bo', outcome: 'approved' });
  });
});

describe('a title with a spaced slash', () => {
  it('`Hjemmeside / Facebook`, `PR / Synlighed udadtil` keep both parts; `Budget / Bo Dal` and `Regnskab / BH` name the presenter', () => {
    const doc = parseText(['Referat af bestyrelsesmøde 4. marts 2031', '', '1. Hjemmeside / Facebook', 'Eva opdaterer siden.', '', '2. PR / Synlighed udadtil', 'Bo laver en folder.', '', '3. Budget / Bo Dal', 'Budgettet blev godkendt.', '', '4. Regnskab / BH', 'Regnskabet blev godkendt.'].join('\n'));
    expect(doc.items.map((it) => [it.title, it.presenter])).toEqual([
      ['Hjemmeside / Facebook', null],
      ['PR / Synlighed udadtil', null],
      ['Budget', 'Bo Dal'],
      ['Regnskab', 'BH'],
    ]);
  });
});

describe('two items under a meeting title with no document word, each told in the past with a strong verb', () => {
  it('`Til dirigent valgtes …` / `… fremlagde regnskabet og gennemgik …`: minutes, so the election is a decision', () => {
    const text = ['Årsmøde', '', 'Den 2. juni 2031 afholdtes årsmøde i Holmby Bådelaug.', '', '1) Dirigent', '', 'Til dirigent valgtes Ida Lund, og hun takkede for valget.', '', '2) Regnskab', '', 'Kassereren, Ole Vang, fremlagde regnskabet og gennemgik udgifterne:', '', 'a) Havnen', '', 'Havnen koster 4.000 kr. om året.'].join('\n');
    const doc = parseText(text);
    expect(doc.documentType).toBe('referat');
    expect(doc.items[0]).toMatchObject({ title: 'Dirigent', decision: 'Til dirigent valgtes Ida Lund, og hun takkede for valget.', outcome: 'approved' });
  });
});

describe('an agenda list, then its records headed by its titles numbered wrongly or with no mark', () => {
  it('`1. Beretning` / `1. Økonomi.` / `3 Festudvalget` / `4 Eventuelt` after the list 1–4: each record under its agenda entry', () => {
    const text = ['Referat af bestyrelsesmøde 3. februar 2031', '', 'Dagsorden:', '', '1. Beretning', '2. Økonomi', '3. Festudvalget', '4. Eventuelt', '', 'Referat:', '', '1. Beretning', '', 'Beretningen blev godkendt.', '', '1. Økonomi.', '', 'Kassereren gennemgik regnskabet.', '', '3   Festudvalget', '', 'Sommerfesten holdes i juni.', '', '4   Eventuelt', '', 'Intet.'].join('\n');
    expect(items(text)).toEqual([
      [1, 'Beretning', 'Beretningen blev godkendt.'],
      [2, 'Økonomi', 'Kassereren gennemgik regnskabet.'],
      [3, 'Festudvalget', 'Sommerfesten holdes i juni.'],
      [4, 'Eventuelt', 'Intet.'],
    ]);
  });
});

describe('an agenda\'s tight list, then its records each numbered 1 (Word\'s numbering lost), the copy ending early', () => {
  it('ones with the list\'s usual last entry among them (`1. Eventuelt` / `1. Næste møde`) go on with the list; they are not its records', () => {
    const text = ['Referat af bestyrelsesmøde 2. marts 2031', '', 'Dagsorden:', '  1. Medlemmer', '  2. Der er 103 betalende husstande.', '  3. Har vi købt en fræser?', '  4. Ej endnu, men Bo ordner det.', '  5. Hjemmeside', '  6. Ole foreslog en konsulent.', '', '  1. Er der ryddet træer ved søen?', 'Ole fik det sat i gang.', '', '  1. Eventuelt', 'Ida tog julefrokosten op.', '', '  1. Næste møde: 5. maj hos Bo.'].join('\n');
    const byNumber = new Map(items(text).map(([n, , d]) => [n, d]));
    expect(byNumber.get(1) ?? null).toBeNull();
    expect(String(byNumber.get(2) ?? '')).not.toContain('julefrokosten');
  });
  it('the records go under the list\'s entries in order; the entries with none stay, recording nothing; no item is made of a record', () => {
    const text = ['Referat af bestyrelsesmøde 2. marts 2031', '', 'Dagsorden', '', '1. Medlemmer', '2. Koncerter', '3. Hjemmesiden', '4. Budget', '5. Eventuelt', '', '1. Ida har orlov til maj, og Ole starter igen i april.', '', 'Vi mangler en tenor.', '', '1. Vi synger måske i Holmby Kirke til jul, Ole rykker.', '', '1. Eva retter siden til.'].join('\n');
    expect(items(text)).toEqual([
      [1, 'Medlemmer', 'Ida har orlov til maj, og Ole starter igen i april.\nVi mangler en tenor.'],
      [2, 'Koncerter', 'Vi synger måske i Holmby Kirke til jul, Ole rykker.'],
      [3, 'Hjemmesiden', 'Eva retter siden til.'],
      [4, 'Budget', null],
      [5, 'Eventuelt', null],
    ]);
  });

});

describe('records headed by the number and its full stop alone, under an agenda whose entries have notes set in', () => {
  it('`1.` / `Til dirigent blev valgt …`: the agenda\'s entry 1 with that record, though entry 4\'s note makes the agenda read as headings', () => {
    const text = ['Referat af generalforsamling', '', 'Generalforsamlingen blev afholdt 3. maj 2031. Dagsorden:', '', '1. Valg af dirigent.', '', '2. Forhandlingsprotokollen.', '', '3. Beretning.', '', '4. Valg til bestyrelsen.', '', ' Ida Vang modtager genvalg.', '', '5. Eventuelt.', '', '1.', '', 'Til dirigent blev valgt Ole Lund.', '', '2.', '', 'Protokollen blev godkendt uden oplæsning.'].join('\n');
    expect(items(text).slice(0, 3)).toEqual([
      [1, 'Valg af dirigent.', 'Til dirigent blev valgt Ole Lund.'],
      [2, 'Forhandlingsprotokollen.', 'Protokollen blev godkendt uden oplæsning.'],
      [3, 'Beretning.', null],
    ]);
  });
});

describe('an agenda list one entry under another, and text only after its last entry', () => {
  it('what follows the list (the minutes told in a paragraph) is no record of `Eventuelt`; the document is still minutes', () => {
    const text = ['Referat af generalforsamling i Holmby Vandlaug 2031', '', 'Dagsorden:', '1. Valg af dirigent', '2. Beretning', '3. Regnskab', '4. Eventuelt', '', 'Formanden bød velkommen, og Bo Dal blev valgt som dirigent.', 'Beretningen og regnskabet blev godkendt uden bemærkninger.'].join('\n');
    const doc = parseText(text);
    expect(doc.documentType).toBe('referat');
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', null],
      [2, 'Beretning', null],
      [3, 'Regnskab', null],
      [4, 'Eventuelt', null],
    ]);
  });
});

describe('a numbered list inside a report, led in by a sentence ending in a colon', () => {
  it('the new chairman\'s aims, `1. Flere medlemmer.` / `2. …`, are no items; an agenda led in by `Dagsordenen var:` still is', () => {
    const report = ['Generalforsamling i Holmby Vælgerforening 2031', '', 'Formanden takkede for tilliden og nævnte de vigtigste opgaver for den nye bestyrelse således:', '', '1. Flere nye medlemmer.', '', '2. Et tættere samarbejde med ungdomsafdelingen.', '', '3. En bedre hjemmeside.', '', 'Der var nyvalg til Ida Lund.'].join('\n');
    expect(parseText(report).items).toEqual([]);
    const agenda = ['Generalforsamling i Holmby Vælgerforening 2031', '', 'Mødet blev åbnet, og dagsordenen var som følger:', '', '1. Valg af dirigent.', '', '2. Beretning.', '', '3. Eventuelt.'].join('\n');
    expect(parseText(agenda).items.map((it) => it.title)).toEqual(['Valg af dirigent.', 'Beretning.', 'Eventuelt.']);
  });
});

describe('short headings without numbers, each right over its bullets', () => {
  it('the headings are the items (a day\'s ordinal opening one is no number), the bullets their points; a line over headings alone is none', () => {
    const text = ['Referat aktivitetsudvalgsmøde 9/10 2031', 'Til stede: Bo, Eva, Ida og Ole (referent)', 'Evaluering af høstfesten', ' • 80 boller, ca. 15 tilbage.', ' • Gik godt, men auktionen var svær.', 'Arrangementer i nær fremtid', 'Foredrag med Ole Vang 9/11', ' • Eva bestiller kage til 30.', ' • Bo tager imod Ole.', '1. søndag i advent. Gudstjeneste og gløgg', ' • Ida sender tekst til Bo.', '2. søndag i advent 10/12 kl. 16', ' • Bo laver opslag.'].join('\n');
    expect(items(text).map(([n, t]) => [n, t])).toEqual([
      [1, 'Evaluering af høstfesten'],
      [2, 'Foredrag med Ole Vang 9/11'],
      [3, '1. søndag i advent. Gudstjeneste og gløgg'],
      [4, '2. søndag i advent 10/12 kl. 16'],
    ]);
  });
});

describe('items headed by the year\'s running case numbers (`KB 31-004`, `31-005`)', () => {
  it('a contents run together on one line is split into its entries; items are numbered by place, the case number kept', () => {
    const toc = ['Bygdebestyrelsen 3. marts 2031 kl. 13.00', '', 'Dagsorden 31-004 Havnens budget ...... 3 31-005 ny skolebus ...... 5 31-006, Ansøgning om tilskud til sportshal...... 7 Orienteringssager ...... 9 31-007 Eventuelt ...... 9', '', 'Beslutning:'].join('\n');
    const doc = parseText(toc);
    expect(doc.items.map((it) => [it.number, it.title, it.caseNumber])).toEqual([
      [1, 'Havnens budget', '31-004'],
      [2, 'ny skolebus', '31-005'],
      [3, 'Ansøgning om tilskud til sportshal', '31-006'],
      [4, 'Eventuelt', '31-007'],
    ]);
  });
  it('the agenda\'s entries and then their records, each under its case number', () => {
    const text = ['Kommunalbestyrelsen 9. april 2031 kl. 10.00', '', 'Dagsorden', 'KB 31-011 Plan for havnen', 'KB 31-012, Ferieplan for skolerne', 'KB 31-013 Vej til lufthavnen', '', 'KB 31-011 Plan for havnen', '', 'Beslutning:', 'Godkendt.', '', 'KB 31-012, Ferieplan for skolerne', '', 'Beslutning:', 'Taget til efterretning.', '', 'KB 31-013 Vej til lufthavnen', '', 'Beslutning:', 'Udsat til næste møde.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.caseNumber, it.outcome])).toEqual([
      [1, 'Plan for havnen', 'KB 31-011', 'approved'],
      [2, 'Ferieplan for skolerne', 'KB 31-012', 'noted'],
      [3, 'Vej til lufthavnen', 'KB 31-013', 'postponed'],
    ]);
  });
});

describe('a record that points to where it stands', () => {
  it('`se nedenfor`, `Se bilag 2.` and `Vedhæftet.` after the title are the record, not part of the title', () => {
    const text = ['Referat af generalforsamling i Holmby Roklub 2031', '', '1. Valg af dirigent: Bo Dal', '', '2. Formandens beretning: se nedenfor', '', '3. Regnskab. Se bilag 2.', '', '4. BUDGET: Vedhæftet.', '', '5. Eventuelt: Intet.'].join('\n');
    expect(parseText(text).items.map((it) => [it.title, it.decision])).toEqual([
      ['Valg af dirigent', 'Bo Dal'],
      ['Formandens beretning', 'se nedenfor'],
      ['Regnskab', 'Se bilag 2.'],
      ['BUDGET', 'Vedhæftet.'],
      ['Eventuelt', 'Intet.'],
    ]);
  });
});

describe('an agenda of bullets with points set in under an entry', () => {
  it('the deeper bullets are the entry\'s points, and the entries after them are items still', () => {
    const text = ['Dagsorden', ' • Valg af dirigent.', ' • Beretning.', ' • Valg af bestyrelse:', '   • To medlemmer vælges for to år.', '   • Formanden vælges i lige år.', ' • Valg af revisor.', ' • Eventuelt', 'Forslag skal være formanden i hænde en uge før.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent.'],
      [2, 'Beretning.'],
      [3, 'Valg af bestyrelse'],
      [4, 'Valg af revisor.'],
      [5, 'Eventuelt'],
    ]);
  });
});

describe('the agenda\'s label with its first entry on its line, the entry wrapped onto another after a blank line', () => {
  it('`Dagsorden 1) …` / blank / `FEB 31.` / `2) …`: entry 1 is the first item, its records under numbers alone', () => {
    const text = ['Referat fra bestyrelsesmøde 3/5-2031', '', 'Dagsorden 1) Erfaringer fra festen siden det ordinære årsmøde', '', 'FEB 31.', '2) Økonomi', '3) Evt.', '', '1.', '', 'Festen gav et lille overskud.', '', '2.', '', 'Kassen er gjort op.', '', '3.', '', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Erfaringer fra festen siden det ordinære årsmøde', 'Festen gav et lille overskud.'],
      [2, 'Økonomi', 'Kassen er gjort op.'],
      [3, 'Evt.', 'Intet.'],
    ]);
  });
});

describe('a portal\'s cases titled over their blocks, lists inside a case\'s text', () => {
  it('the titles over `Sagsfremstilling` are the items (the front page is none); the points inside a case are not', () => {
    const text = ['Lokaludvalget i Holmby 3. marts 2031', 'Udvalg', 'Lokaludvalget Holmby', 'Dato', '12. marts 2031 -', 'Titel', 'Forsiden', 'Sagsfremstilling', 'Medlemmer af lokaludvalget:', 'Formand, Bo Dal', 'Medlem, Eva Holm', 'Meddelelser', 'Sagsfremstilling', '2A: Status for broen.', '2B: Trappen ved skolen.', ' 1. Status for broen.', 'Broen er malet og lukket af for vinteren.', ' 1. Trappen ved skolen.', 'Forvaltningen spørges om status.', 'Budget for året', 'Sagsfremstilling', 'Der er brugt en tredjedel af midlerne.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Meddelelser'],
      [2, 'Budget for året'],
    ]);
  });
});

describe('a usual item\'s title as the last line of the paragraph before it', () => {
  it('nothing recorded under it, the title runs on after the record above; it is an item of its own', () => {
    const text = ['Generalforsamling i Holmby Motorklub 2031', '', 'Valg af dirigent', 'Bo Dal vælges som dirigent.', '', 'Beretning', 'Formanden aflagde beretningen.', 'Beretningen godkendes', '', 'Regnskab', 'Kassereren gennemgik regnskabet.', 'Der stilles spørgsmål om hallen.', 'Regnskabet godkendes', 'Behandling af indkomne forslag', '', 'Valg af formand.', 'Eva Holm genvælges', '', 'Eventuelt.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Bo Dal vælges som dirigent.'],
      [2, 'Beretning', 'Formanden aflagde beretningen. Beretningen godkendes'],
      [3, 'Regnskab', 'Kassereren gennemgik regnskabet. Der stilles spørgsmål om hallen. Regnskabet godkendes'],
      [4, 'Behandling af indkomne forslag', null],
      [5, 'Valg af formand', 'Eva Holm genvælges'],
      [6, 'Eventuelt', null],
    ]);
  });
});

describe('a web page that lost its line breaks and the spaces with them', () => {
  it('numbers, titles and records glued together (`Afbud: Bo.1. GodkendelseDagsordenen …`) still read apart, `ad 2.` too', () => {
    const text = ['Referat fra bestyrelsesmødet i Holmby Roklub, torsdag d. 4. maj 2031.Til stede: Bo Dal, Eva Holm og Ida Lund.Afbud: Ole.1. Godkendelse af dagsordenDagsordenen blev godkendt.2. Velkomst og præsentationPræsentationsrunde.3. Godkendelse af referat fra sidste møde d. 9. februar 20314. Nyt fra formandenFormanden orienterede om bådehuset, som skal males i juni.5. EventueltIntet.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Velkomst og præsentation'],
      [3, 'Godkendelse af referat fra sidste møde d. 9. februar 2031'],
      [4, 'Nyt fra formanden'],
      [5, 'Eventuelt'],
    ]);
    const records = ['Dagsorden til bestyrelsesmøde i Holmby Roklub 4. maj 2031.1. Godkendelse af referat2. Valg af ordstyrer3. EventueltReferat af bestyrelsesmøde i Holmby Roklub 4. maj 2031Til stede: Bo Dal og Eva Holm.ad 1.Referatet blev godkendt.ad 2.Bo Dal blev valgt til ordstyrer.ad 3.Intet.'].join('\n');
    expect(parseText(records).items.map((it) => [it.number, it.decision])).toEqual([
      [1, 'Referatet blev godkendt.'],
      [2, 'Bo Dal blev valgt til ordstyrer.'],
      [3, 'Intet.'],
    ]);
  });
});

describe('a transcript\'s contents list that lost its numbers but for the first, each entry led by its access marker', () => {
  it('`1 (Åben) Godkendelse af dagsorden (Åben) Budget (Åben) …`: one item an entry, numbered by place', () => {
    const text = ['Referat Kultur- og Fritidsudvalget', '', '1 Referat Kultur- og Fritidsudvalget Ordinært møde Mødetidspunkt: 14:30 Mødeafholdelse: Lokale 0.28 Medlemmer: Bo Dal (C), Formand, Eva Holm (A), Ida Lund (V)', '', '2 Indholdsfortegnelse Kultur- og Fritidsudvalget 1 (Åben) Godkendelse af dagsorden (Åben) Budget for hallerne (Åben) Tilskud til lejrpladser (Åben) Holmby Idrætsforening søger om driftstilskud (Lukket) Personalesag'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Budget for hallerne'],
      [3, 'Tilskud til lejrpladser'],
      [4, 'Holmby Idrætsforening søger om driftstilskud'],
      [5, 'Personalesag'],
    ]);
  });
});

describe('a heading that opens with a noun and what became of it', () => {
  it('`Dagsorden godkendt med tilføjelse af …` alone is its own record, its outcome read from it', () => {
    const text = ['Referat af bestyrelsesmøde i Holmby Bio 4. marts 2031', '', '1. Valg af ordstyrer, Vibeke', '', '2. Dagsorden godkendt med tilføjelse af et punkt om caféen', '', '3. Eventuelt', 'Intet.'].join('\n');
    const item = parseText(text).items[1]!;
    expect([item.title, item.decision, item.outcome]).toEqual(['Dagsorden godkendt med tilføjelse af et punkt om caféen', 'Dagsorden godkendt med tilføjelse af et punkt om caféen', 'approved']);
  });
});

describe('`POLITISK BEHANDLING` over the body\'s treatment, and a case\'s route that decides nothing', () => {
  it('the text under the heading is the decision; a route line under it (`Udvalget (anbefaler), 03.09.2031`) is none', () => {
    const treated = ['Referat, Udvalget for sundhed 4. oktober 2031', '', '1. Godkendelse af dagsorden', '', 'POLITISK BEHANDLING', '', 'Godkendt.', '', '2. Eventuelt', '', 'POLITISK BEHANDLING', '', 'Intet.'].join('\n');
    expect(parseText(treated).items.map((it) => [it.decision, it.outcome])).toEqual([['Godkendt.', 'approved'], ['Intet.', 'none']]);
    const route = ['Referat, Kultur- og Demokratiudvalget 3. september 2031', '', '1. Børnekulturhuset', '', 'Resume', 'Udvalget præsenteres for husets aktiviteter.', '', 'Politisk behandling', '', 'Kultur- og Demokratiudvalget (til efterretning), 03.09.2031', '', '2. Budgetkontrol', '', 'Resume', 'Forvaltningen fremlægger budgetkontrollen.', '', 'Politisk behandling', '', 'Kultur- og Demokratiudvalget (anbefaler), 03.09.2031'].join('\n');
    expect(parseText(route).items.map((it) => it.decision)).toEqual([null, null]);
  });
});

describe('a list whose first entry is set apart, the rest set in and numbered from 1 again', () => {
  it('`1. Valg af dirigent` / `  1. Beretning` / … / `  5. Eventuelt`: one list, each number one on from the first; real points under an entry stay points', () => {
    const agenda = ['Generalforsamling i Holmby Selskabet 2031', 'DAGSORDEN', '1. Valg af dirigent og referent.', '  1. Formandens beretning.', '  2. Regnskab.', '  3. Valg af formand for et år.', '  4. Indkomne forslag.', '  5. Eventuelt.', 'Forslag skal være bestyrelsen i hænde senest 1. oktober.'].join('\n');
    expect(parseText(agenda).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent og referent.'],
      [2, 'Formandens beretning.'],
      [3, 'Regnskab.'],
      [4, 'Valg af formand for et år.'],
      [5, 'Indkomne forslag.'],
      [6, 'Eventuelt.'],
    ]);
    const points = ['Referat af bestyrelsesmøde i Holmby Selskabet 2031', '', '1. Økonomi', '  1. Kassen er gjort op.', '  2. Kontingentet er betalt.', '  3. Eventuelt.', '2. Regnskab', 'Godkendt.', '', '3. Eventuelt', 'Intet.'].join('\n');
    expect(parseText(points).items.map((it) => it.title)).toEqual(['Økonomi', 'Regnskab', 'Eventuelt']);
  });
});

describe('a transcript\'s contents list that lost its numbers but for the first and every break between its titles', () => {
  const text = [
    'Åbent referat Vejudvalget',
    '',
    '1 Åbent referat Vejudvalget Mødedato: 3. maj 2031 Mødetidspunkt: 16:00 Mødested: Mødelokale 2, Holmby Rådhus Fraværende: Bo Dal',
    '',
    '2 Indholdsfortegnelse Side 7. Godkendelse af dagsorden Orientering om vejarbejdet på havnen Ansøgning om tilskud til cykelløbet Forslag til Trafikplan Beslutning om p-pladser ved Holmby Station Budgetopfølgning pr. ultimo maj for vej- og Meddelelser Bilagsoversigt...14 Holmby Kommune',
  ].join('\n');
  it('each title an item, numbered on from the first printed number; the appendices and the footer after them are none', () => {
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [7, 'Godkendelse af dagsorden'],
      [8, 'Orientering om vejarbejdet på havnen'],
      [9, 'Ansøgning om tilskud til cykelløbet'],
      [10, 'Forslag til Trafikplan'],
      [11, 'Beslutning om p-pladser ved Holmby Station'],
      [12, 'Budgetopfølgning pr. ultimo maj for vej- og'],
      [13, 'Meddelelser'],
    ]);
  });
  it('a contents label with its colon over numbered entries heads the items, not a list of points', () => {
    const labelled = ['Referat af Vejudvalgets møde den 3. maj 2031', '', 'Indholdsfortegnelse:', '1. Godkendelse af dagsorden', '2. Orientering om vejarbejdet', '3. Budget for hallerne', '4. Eventuelt'].join('\n');
    expect(parseText(labelled).items.map((it) => it.title)).toEqual(['Godkendelse af dagsorden', 'Orientering om vejarbejdet', 'Budget for hallerne', 'Eventuelt']);
  });
});

describe('a transcript\'s contents page whose label in capitals stands on a line of its own over the list run together', () => {
  it('reads the list under the label as when both share the line', () => {
    const text = [
      'ÅBENT REFERAT VEJUDVALGET. Mødedato: 3. maj Mødetidspunkt: 16:00',
      '',
      'Størrelse: px',
      'Starte visningen fra side:',
      '',
      'Download "ÅBENT REFERAT VEJUDVALGET. Mødedato: 3. maj 2031. Mødetidspunkt: 16:00"',
      '',
      'Transkript',
      '',
      '1 ÅBENT REFERAT VEJUDVALGET Mødedato: 3. maj 2031 Mødested: Byrådssalen Mødetidspunkt: 16:00 Mødet hævet: Deltagere: Bo Dal, Eva Holm, Ib Lund, Kim Vang, Lise Berg, Ole Sand, Pia Krog, Sven Eg, Tove Ask, Uffe Lind, Vera Bak Fraværende:',
      '',
      '2 INDHOLDSFORTEGNELSE Sag nr.: Emne 1. Godkendelse af dagsorden Orientering om vejarbejdet på havnen Ansøgning om tilskud til cykelløbet Forslag til Trafikplan for de kommende år Meddelelser fra formanden og forvaltningen Underskriftsark...15 Samlet bilagsliste...16 SIDE 1',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Orientering om vejarbejdet på havnen'],
      [3, 'Ansøgning om tilskud til cykelløbet'],
      [4, 'Forslag til Trafikplan for de kommende år'],
      [5, 'Meddelelser fra formanden og forvaltningen'],
    ]);
  });
});

describe('a transcript\'s contents list that opens with the signatures\' sheet and ends in the appendices and the page\'s footer', () => {
  it('reads the cases between them as the items, and neither the sheet nor the footer as any item\'s text', () => {
    const text = [
      'Referat Kulturgruppen 3. maj 2031',
      '',
      'Transkript',
      '',
      '1 Referat Kulturgruppen Dato 3. maj 2031 Tidspunkt 16:00 Sted Holmby Kulturhus, Torvet 5, Holmby Til stede Bo Dal, Eva Holm, Ib Lund, Kim Vang, Lise Berg, Ole Sand, Pia Krog, Sven Eg, Tove Ask Fraværende Uffe Lind',
      '',
      '2 Indholdsfortegnelse Underskriftsark Godkendelse af dagsorden Dialogmøde med styrelsen om ny kulturaftale Forhandling af ny kulturaftale - nedsættelse af forhandlingsgruppe Ansøgning fra Slagelse Kommune om tilskud til digitalisering Orientering fra formanden Evt Samlet bilagsliste... i Kulturgruppen den 3. maj 2031 Side nr. 1',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Dialogmøde med styrelsen om ny kulturaftale'],
      [3, 'Forhandling af ny kulturaftale - nedsættelse af forhandlingsgruppe'],
      [4, 'Ansøgning fra Slagelse Kommune om tilskud til digitalisering'],
      [5, 'Orientering fra formanden'],
      [6, 'Evt'],
    ]);
    expect(doc.items.map((it) => it.decision)).toEqual([null, null, null, null, null, null]);
  });
});

describe('a case system\'s contents table run together with its numbers and pages inline', () => {
  const text = [
    'Åben referat Vejudvalget',
    '',
    'Transkript',
    '',
    '1 Åben referat Vejudvalget Teknik og Miljø Side 1. Mødedato: 3. maj 2031 Mødet påbegyndt: kl. 16:00 Mødested: Mødelokale 2, Holmby Rådhus Fraværende: Bo Dal Følgende sager behandles: Pkt. Tekst Side 1 Godkendelse af dagsorden 2 2 Vejplan for perioden Cykelstier i byen 6 5 Arrangement vedr. trafiksikkerhed for skolebørn og 9 forældre i området 6 Betaling af kontingent til vejforeningen 11 7 Samarbejde med Vejdirektoratet 13',
    '',
    '2 Side 2 Godkendelse af dagsorden Resumé Udvalget skal godkende dagsordenen. Beslutning Godkendt.',
  ].join('\n');
  it('reads a number before a capital as the next item\'s, a pair as page and item, one before a small word as a page inside a title', () => {
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Vejplan for perioden'],
      [3, 'Cykelstier i byen'],
      [5, 'Arrangement vedr. trafiksikkerhed for skolebørn og forældre i området'],
      [6, 'Betaling af kontingent til vejforeningen'],
      [7, 'Samarbejde med Vejdirektoratet'],
    ]);
  });
});

describe('a transcript\'s contents page with no label, its first title numbered 1 and the rest run together', () => {
  const page = '2 1. Budgetprocedure Prioriteringskatalog for energibesparende foranstaltninger Udviklingspuljen - ansøgning fra Holmby Aftenskole om støtte til projekt "Digital læring" Orientering om lokaletilskud til Skovvej Ny forening - Holmby Karate Klub søger om godkendelse Ny forening - Holmby Kvindeforening søger om godkendelse Eventuelt Lukket';
  const text = ['HOLMBY BYRÅD Folkeoplysningsudvalget', '', 'Transkript', '', '1 HOLMBY BYRÅD Folkeoplysningsudvalget Mødet den 3. maj 2031, kl. 15:00 Rådhuset, lokale 1', '', page].join('\n');
  it('gives each title an item, numbered from 1; a closed part\'s heading cut off at the end is no part of the last', () => {
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Budgetprocedure'],
      [2, 'Prioriteringskatalog for energibesparende foranstaltninger'],
      [3, 'Udviklingspuljen - ansøgning fra Holmby Aftenskole om støtte til projekt "Digital læring"'],
      [4, 'Orientering om lokaletilskud til Skovvej'],
      [5, 'Ny forening - Holmby Karate Klub søger om godkendelse'],
      [6, 'Ny forening - Holmby Kvindeforening søger om godkendelse'],
      [7, 'Eventuelt'],
    ]);
  });
  it('reads no list from a page whose text has sentences', () => {
    const prose = '2 1. Budgetprocedure Forvaltningen orienterer om den kommende budgetprocedure. Udvalget drøfter sine ønsker til budgettet for næste år, herunder tilskud til foreningerne og lokaler til aftenskolerne. Beslutning Taget til efterretning. Orientering om lokaletilskud til Skovvej Forvaltningen har modtaget en ansøgning.';
    expect(parseText(text.replace(page, prose)).items.length).toBeLessThan(2);
  });
});

describe('a transcript\'s page whose items are numbered with a decimal nought (`1.0`, `2.0`) inside the run-together text', () => {
  it('cuts the page at each such number as at `1.`', () => {
    const text = [
      'Referat af generalforsamling 2031',
      '',
      'Transkript',
      '',
      '1 Referat af Holmby Landskabsforenings generalforsamling den 15. marts 2031 i kantinen på Holmby Skole Dagsorden og referat 1.0 Valg af dirigent Efter forslag fra bestyrelsen blev Bo Dal valgt som dirigent. 2.0 Beretning Formanden aflagde beretningen, som blev godkendt. 3.0 Regnskab Regnskabet blev godkendt uden bemærkninger. 4.0 Eventuelt Intet.',
    ].join('\n');
    expect(parseText(text).items.map((it) => it.number)).toEqual([1, 2, 3, 4]);
  });
});

describe('a transcript\'s agenda that lost some numbers with the breaks between their entries', () => {
  it('cuts an entry where its titles start when that gives as many as the numbers left out', () => {
    const text = [
      'Åbent referat af bestyrelsesmøde 7/2031',
      '',
      'Transkript',
      '',
      '1 Åbent referat af bestyrelsesmøde 7/2031 Tid: Lørdag, 10. oktober 2031 kl. 10.00 Sted: Holmby Hotel, mødelokale 10. Deltagere: Bo Dal (BD), Eva Holm (EH), Ib Lund (IL), Kim Vang (KV) Dagsorden: 1. Godkendelse af dagsorden 2. Godkendelse af referat fra sidste møde 3. Budget Revision af strategiplan Organisationsstruktur, herunder oplæg til formandsmødet 6. Status for samarbejdet 7. Kommissorium for arbejdsgruppen om tilskud Disciplinærsag fra udendørs DM 9. Eventuelt',
    ].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Godkendelse af referat fra sidste møde'],
      [3, 'Budget'],
      [4, 'Revision af strategiplan'],
      [5, 'Organisationsstruktur, herunder oplæg til formandsmødet'],
      [6, 'Status for samarbejdet'],
      [7, 'Kommissorium for arbejdsgruppen om tilskud'],
      [8, 'Disciplinærsag fra udendørs DM'],
      [9, 'Eventuelt'],
    ]);
  });
});

describe('a transcript\'s agenda entry with its lettered points run on after its title', () => {
  it('titles the item without its points', () => {
    const text = [
      'Referat Generalforsamling 2031',
      '',
      'Transkript',
      '',
      '1 Referat Generalforsamling den 12. april 2031 Side 1 Formand Bo Dal bød velkommen til de 40 fremmødte medlemmer. Dagsorden: 1. Valg af dirigent 2. Beretning 3. Indkomne forslag a) Kongresforslag b) Overenskomstforslag 4. Valg a) Valg af formand b) Valg af 3 bestyrelsesmedlemmer c) Valg af revisor 5. Eventuelt 1. Valg af dirigent Formanden foreslog Eva Holm som dirigent, hvilket blev vedtaget. 2. Beretning Bo Dal aflagde beretningen, som blev godkendt af et stort flertal efter en kort debat.',
    ].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Valg af dirigent', 'Beretning', 'Indkomne forslag', 'Valg', 'Eventuelt']);
  });
});

describe('a contents list run together whose first title carries its case\'s access', () => {
  it('titles the item without `Åben sag`', () => {
    const text = [
      'Referat til Kommunalbestyrelsen',
      '',
      'Transkript',
      '',
      '1 HOLMBY KOMMUNE Referat til Kommunalbestyrelsen Mødedato: Tirsdag den 30. april 2031 Mødetidspunkt: 18:30 Mødelokale: Kommunalbestyrelsens mødesal Medlemmer: Bo Dal, Eva Holm, Ib Lund, Kim Vang, Lise Berg',
      '',
      '2 Indholdsfortegnelse 1. Godkendelse af dagsorden Åben sag Meddelelser Ændring af forslag til Lokalplan 72 for Holmvej Kvalitetsrapport for skoleårene 2030/31 og 2031/ Det nære sundhedsvæsen Forpligtende samarbejde Spørgetid',
    ].join('\n');
    expect(parseText(text).items.map((it) => it.title).slice(0, 2)).toEqual(['Godkendelse af dagsorden', 'Meddelelser']);
  });
});

describe('a transcript\'s page with a name\'s initial among those present, its agenda after them', () => {
  it('does not read the initial (`Jens A. Holm`) as the first of lettered points', () => {
    const text = [
      'Protokol Holmby Samråd',
      '',
      'Transkript',
      '',
      '1 Holmby Samråd SEKRETARIATET (2/2031) Protokol over møde i Holmby Samråd mandag den 15. april 2031 på Holmhuset Til stede: Bo Dal, Eva Holm, Jens A. Christiansen, Ib Lund 1. Valg af ordstyrer 2. Spørgetid 3. Godkendelse af protokollen 4. Meddelelser 5. Eventuelt 1. Valg af ordstyrer Jens A. Christiansen vælges som ordstyrer. Møde i Holmby Samråd /6',
      '',
      '2 2. Spørgetid Der er ingen spørgsmål. 3. Godkendelse af protokollen Protokollen af 21. januar 2031 godkendes med de rettelser, som blev sendt ud før mødet. 4. Meddelelser Bo Dal: Kirkedagen holdes den 13. april næste år.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.items[0]!.decision).toMatch(/^Jens A\. Christiansen vælges som ordstyrer\./u);
    // The page is cut at the items' numbers, not at the initial.
    const lines = splitFlattened(text.split('\n').map((t, i) => ({ text: t, blank: t.trim() === '', line: i + 1, page: null })));
    expect(lines.filter((l) => /^A\. Christiansen/u.test(l.text))).toEqual([]);
  });
});

describe('a long list of those present with a few entries the name tests do not know', () => {
  const head = (list: string) => ['Referat af medlemsmøde 4. maj 2031', '', list, '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n');
  const members = (list: string) => parseText(head(list)).participants.filter((p) => p.group === 'member').map((p) => p.name);

  it('keeps every entry, a name in small letters and one with a particle among them', () => {
    expect(members('Til stede: Rasmus, Hanne, Ida, Ole, karla, Sune, Bente, Jens Ulrik, Lis, Maja, Asger, Tove')).toContain('karla');
    expect(members('Til stede: Rasmus Berg, Hanne Lind, Ida Krog, Ole v B. Hald, Sune Moe, Bente Vang, Maja Ravn')).toEqual(['Rasmus Berg', 'Hanne Lind', 'Ida Krog', 'Ole v B. Hald', 'Sune Moe', 'Bente Vang', 'Maja Ravn']);
  });

  it('but not where the odd entries are many, or hold a sentence', () => {
    expect(members('Til stede: Rasmus, Hanne, kaffe, kage, boller, Sune')).not.toContain('kaffe');
    expect(members('Til stede: Rasmus Berg, Hanne Lind, Ida Krog, festsalen på skolen ved åen, Sune Moe, Bente Vang, Maja Ravn')).not.toContain('festsalen på skolen ved åen');
  });

  it('reads a label with `er` after it (`Tilstede er:`)', () => {
    expect(members('Tilstede er: Rasmus Berg, Hanne Lind, Ida Krog')).toEqual(['Rasmus Berg', 'Hanne Lind', 'Ida Krog']);
  });
});

describe('those present parted by dashes, each with where the person comes from', () => {
  const members = (list: string) =>
    parseText(['Referat af netværksmøde 4. maj 2031', '', list, '', '1. Nyt fra kredsen', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n'))
      .participants.filter((p) => p.group === 'member')
      .map((p) => [p.name, p.note]);

  it('after a slash (`Name/Firm – Name/Firm`), the firm a note; the other way round where the people follow the slash', () => {
    expect(members('Til stede: Rasmus Berg/Holmby Tømrer – Hanne Lind/Lind Regnskab – Holmby Kaffe/Ida Krog og Ole Hald – Sune Moe')).toEqual([
      ['Rasmus Berg', 'Holmby Tømrer'],
      ['Hanne Lind', 'Lind Regnskab'],
      ['Ida Krog', 'Holmby Kaffe'],
      ['Ole Hald', 'Holmby Kaffe'],
      ['Sune Moe', null],
    ]);
  });

  it('after a comma (`Name, club – Name, club -Name, club`), a dash with no space after it too', () => {
    expect(members('Tilstede var følgende medlemsforeninger/ repræsentanter:\n\nRasmus Berg, Holmby Roklub – Hanne, fmd. for kajakklubben -Ida, spejderne – Ole Hald, koret').map((x) => x[0])).toEqual(['Rasmus Berg', 'Hanne', 'Ida', 'Ole Hald']);
  });
});

describe('those present one a line, where each comes from before the name', () => {
  it('`Holmby Kommune Rasmus Berg (RB)`, `Danmarks Kajakforbund Ida Krog`: the organisation is a note, the name what follows it', () => {
    const text = ['Referat af bestyrelsesmøde 4. maj 2031', '', 'Deltagere:', '', 'Holmby Kommune Rasmus Berg (RB)', '', 'Danmarks Kajakforbund Ida Krog (IK)', '', 'Vejlaget Ole Hald', '', 'Bilag Hanne Lind', '', '1. Nyt fra kredsen', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n');
    const people = parseText(text).participants.map((p) => [p.name, p.note]);
    expect(people).toContainEqual(['Rasmus Berg', 'Holmby Kommune; RB']);
    expect(people).toContainEqual(['Ida Krog', 'Danmarks Kajakforbund; IK']);
    expect(people).toContainEqual(['Ole Hald', 'Vejlaget']);
    // (A word that only ends like a body's, `Bilag`, is no organisation.)
    expect(people.map((p) => p[0])).not.toContain('Hanne Lind');
  });
});

describe("a web page's table copied a cell a line, each cell closed by a pipe", () => {
  const text = ['Referat', 'Dato: |', '04-05-2031 17:00:00 |', '---|---|', 'Udvalg: |', 'Kultur- og fritidsudvalget |', 'Sted: |', 'Mødesal 2 |', 'Deltagere: |', 'Rasmus Berg, Hanne Lind, Ida Krog |', '', '1. Lokaletilskud', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n');

  it('reads the fields and those present without the pipes', () => {
    const doc = parseText(text);
    expect(doc.participants.filter((p) => p.group === 'member').map((p) => p.name)).toEqual(['Rasmus Berg', 'Hanne Lind', 'Ida Krog']);
    expect(doc.meeting.location).toBe('Mødesal 2');
  });
});

describe('a short list of those present that trails off or goes on with a word about the absent', () => {
  const people = (list: string) =>
    parseText(['Referat af bestyrelsesmøde 4. maj 2031', '', list, '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).participants.map((p) => [p.name, p.group]);

  it('dots after the last name, then a first name alone who had sent apologies', () => {
    expect(people('Deltagere: Rasmus, Hanne, Ida, og Ole.... Sune havde afbud')).toEqual([
      ['Rasmus', 'member'],
      ['Hanne', 'member'],
      ['Ida', 'member'],
      ['Ole', 'member'],
      ['Sune', 'absent'],
    ]);
  });

  it('an apology after a dash from one the list does not name', () => {
    expect(people('Til stede: Rasmus, Hanne og Ida – afbud fra suppleanten pga. sygdom')).toEqual([
      ['Rasmus', 'member'],
      ['Hanne', 'member'],
      ['Ida', 'member'],
    ]);
  });
});

describe('a list of those present with a sentence run on after it', () => {
  const people = (list: string) =>
    parseText(['Referat af bestyrelsesmøde 4. maj 2031', '', list, '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n')).participants.map((p) => [p.name, p.group]);

  it('`…, Ida Krog (IK). Mødet blev afholdt hos …`: the sentence is no entry, the list is read', () => {
    expect(people('Tilstede: Rasmus Berg (RB), Hanne Lind (HL),\nOle Hald (OH)afbud, Ida Krog (IK). Mødet blev afholdt\nhos Holmby Roklub')).toEqual([
      ['Rasmus Berg', 'member'],
      ['Hanne Lind', 'member'],
      ['Ole Hald', 'absent'],
      ['Ida Krog', 'member'],
    ]);
  });
});

describe('names printed without commas, parted at given names', () => {
  it('a last word that is a rare given name is a surname after one person (`Ulrik Holm Riff`), a common one a person of its own', async () => {
    const { gluedNames } = await import('../src/segment/people.js');
    expect(gluedNames('Ulrik Holm Riff')).toBeNull();
    expect(gluedNames('Lotte Holm Jonas')).toEqual(['Lotte Holm', 'Jonas']);
    expect(gluedNames('Maria Holm Peter Dal Betina')).toEqual(['Maria Holm', 'Peter Dal', 'Betina']);
  });
});

describe('a transcript that lost the hour after `kl`', () => {
  it('`… 4. maj 2031 kl på Skovly Til stede: …`: the place is read after the dangling `kl`', () => {
    const text = ['Protokol over møde i Holmby Samråd mandag den 4. maj 2031 kl på Skovly Til stede: Rasmus Berg, Hanne Lind', '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n');
    const doc = parseText(text);
    expect(doc.meeting.location).toBe('Skovly');
    expect(doc.meeting.startTime).toBeNull();
  });
});

describe('the venue with its address, then the day, on one line', () => {
  it('`Holmby Kaserne, Skovvej 1, 2100 Holmby Ø, mandag d. 4. maj 2031`: the place is the venue and its address', () => {
    const text = ['Referat af generalforsamlingen', '', 'Holmby Kaserne, Skovvej 1, 2100 Holmby Ø, mandag d. 4. maj 2031', '', '1. Valg af dirigent', 'Rasmus Berg blev valgt.', '', '2. Beretning', 'Godkendt.'].join('\n');
    const doc = parseText(text);
    expect(doc.meeting.location).toBe('Holmby Kaserne, Skovvej 1, 2100 Holmby Ø');
    expect(doc.meeting.date).toBe('2031-05-04');
  });
});

describe('a nickname in quotes inside a name', () => {
  it('`Rasmus ’Ras’ Berg` is one name, printed as it stands', () => {
    const text = ['Referat af bestyrelsesmøde 4. maj 2031', '', 'Til stede: Hanne Lind (HL), Rasmus ’Ras’ Berg (RB), Ida Krog (IK)', '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n');
    expect(parseText(text).participants.map((p) => p.name)).toEqual(['Hanne Lind', 'Rasmus ’Ras’ Berg', 'Ida Krog']);
  });
});

describe('those present with where they come from after the name, `fra HB`', () => {
  it('`…, Ole Hald fra HB. Ida Krog og Sune Moe fra AU.`: the body is a note, the full stop parts the names', () => {
    const text = ['Referat af hovedbestyrelsesmøde 4. maj 2031', '', 'Fremmødte: Rasmus Berg, Hanne Lind og Ole Hald fra HB. Ida Krog og Sune Moe fra AU.', '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n');
    expect(parseText(text).participants.map((p) => [p.name, p.note])).toEqual([
      ['Rasmus Berg', null],
      ['Hanne Lind', null],
      ['Ole Hald', 'fra HB'],
      ['Ida Krog', null],
      ['Sune Moe', 'fra AU'],
    ]);
  });
});

describe("the chair told in the election's item in other words", () => {
  const chair = (first: string) => parseText(['Referat af generalforsamling i Holmby Roklub 4. maj 2031', '', first, '', '2. Beretning', 'Godkendt.', '', '3. Regnskab', 'Godkendt.'].join('\n')).meeting.chair;

  it('the one chosen in brackets after the office in the title (`Valg af referent (Bo) og dirigent (Eva)`)', () => {
    expect(chair('1. Valg af referent (Sune) og dirigent (Hanne)')).toBe('Hanne');
  });

  it('the one who thanked for the election at the start of its record', () => {
    expect(chair('1. Valg af dirigent\nRasmus takkede for valget og konstaterede, at generalforsamlingen var lovligt indkaldt.')).toBe('Rasmus');
  });

  it('the name with a note in small letters after a dash (`Bo Lind – alt.`)', () => {
    expect(chair('1. Valg af dirigent: Ida Krog – alt.')).toBe('Ida Krog');
  });

  it("the name run on after the election's title, a record of another item under it", () => {
    expect(chair('1. Valg af dirigent: Ida Krog – alt.\n1. Valg af referent: Sune Moe – bas.')).toBe('Ida Krog');
  });

  // More shapes of the election's record.
  it('`blev valg` with the t lost, before a comma', () => {
    expect(chair('1. Valg af dirigent\nErling Holm blev valg, og han orienterede forsamlingen om indkaldelsen.')).toBe('Erling Holm');
  });
  it('who the person is, then the name between commas, proposed and elected', () => {
    expect(chair('1. Valg af dirigent\nDirektør for Holmby Rejseforening, Lars Vinter, blev foreslået og valgt. Han fastslog, at generalforsamlingen var rettidigt indkaldt.')).toBe('Lars Vinter');
  });
  it('two proposed and elected as dirigents in the present, under an election of dirigents: the first', () => {
    expect(chair('1. Valg af dirigenter og referent\nKarl Bo Jensen og Allan Dal foreslås og vælges som dirigenter. Jakob Holm foreslås og vælges til referent.')).toBe('Karl Bo Jensen');
  });
  it('the name alone after a bullet', () => {
    expect(chair('1. Valg af dirigent\n• Ea Holm')).toBe('Ea Holm');
  });
  it('the office held for good (`… er fast ordstyrer`)', () => {
    expect(chair('1. Valg af ordstyrer\nEfter forslag fra udvalget valgte vi, at Susan Holm er fast ordstyrer.')).toBe('Susan Holm');
  });
  it('initials, the sentence opening with them (`KBL valgt.`) or naming the office (`foreslog EHD som dirigent`)', () => {
    expect(chair('1. Valg af mødeleder/ordstyrer: KBL valgt.')).toBe('KBL');
    expect(chair('1. Valg af dirigent\nBestyrelsen foreslog EHD som dirigent. EHD takkede for valget.')).toBe('EHD');
    expect(chair('1. Valg af dirigent\nOK.')).toBeNull();
  });
  it('initials of one of those present: the name as the list gives it', () => {
    const doc = parseText(['Referat af generalforsamling i Holmby Roklub 4. maj 2031', 'Til stede: Eva Holm Dal, Bo Lind, Kim Vinter', '', '1. Valg af dirigent', 'Bestyrelsen foreslog EHD som dirigent. EHD takkede for valget.', '', '2. Beretning', 'Godkendt.'].join('\n'));
    expect(doc.meeting.chair).toBe('Eva Holm Dal');
  });
  it('not the last of two named before `blev valgt som dirigenter`, each with a school after a comma', () => {
    expect(chair('1. Valg af dirigent og hjælpedirigent\nEva Dal, Holmby Skole og Bo Lind, Vestby Skole blev valgt som dirigenter.')).not.toBe('Bo Lind');
  });
});

describe('a notice of the meeting with notes under its agenda', () => {
  const notice = (top: string) =>
    parseText([top, '', '1. Valg af dirigent og referent', '', '2. Beretning', 'Beretningen ligger på hjemmesiden.', '', '3. Regnskab', 'Regnskabet fremlægges på generalforsamlingen.', '', '4. Budget', 'Budgettet fremlægges på generalforsamlingen.', '', '5. Kontingent', 'Bestyrelsen foreslår 200 kr. om året.', '', '6. Indkomne forslag', 'Forslag sendes til formanden inden 1. april.', '', '7. Eventuelt'].join('\n'));

  it('`Indkaldelse til …` or a meeting told as to be held: an agenda, and what stands under its entries no decision', () => {
    for (const top of ['Indkaldelse til Holmby Roklubs generalforsamling\nTorsdag den 4. maj 2031 kl. 19', 'Lørdag den 4. maj 2031 afholder Holmby Roklub sin ordinære generalforsamling i klubhuset.']) {
      const doc = notice(top);
      expect(doc.documentType, top).toBe('dagsorden');
      expect(doc.items.filter((it) => it.decision !== null), top).toEqual([]);
    }
  });

  it('but minutes in the present tense of a meeting named in their first line stay minutes', () => {
    const doc = parseText(['Bestyrelsesmøde d. 4. maj 2031', '', '1: Dagsorden godkendes og Bo vælges som mødeleder.', '', '2: Kassereren gennemgik regnskabet, som blev godkendt.'].join('\n'));
    expect(doc.documentType).toBe('referat');
  });
});

describe("an agenda's entry with a note after its title on the same line", () => {
  it('`Valg til bestyrelsen. På valg er …`: the title is the first sentence, the note no decision', () => {
    const text = ['Dagsorden for generalforsamlingen 4. maj 2031', '', '1. Valg af dirigent', '', '2. Valg til bestyrelsen. På valg er Rasmus Berg og Hanne Lind, der begge genopstiller.', '', '3. Eventuelt'].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.title)).toEqual(['Valg af dirigent', 'Valg til bestyrelsen', 'Eventuelt']);
    expect(doc.items.every((it) => it.decision === null)).toBe(true);
  });
});

describe("a case system's header that approves the agenda", () => {
  it('`Godkendelse af dagsorden:` / `Godkendt.` over cases with no decisions printed: minutes', () => {
    const cases = ['12. Tilskud til spejderhytte', 'Sagsfremstilling', 'Spejderne søger om tilskud til taget.', '', '13. Orientering om biblioteket', 'Sagsfremstilling', 'Biblioteket har fået nye åbningstider.'];
    const text = ['Kulturudvalget', '', 'Onsdag den 4-05-2031 kl. 17:00', '', 'Godkendelse af dagsorden:', 'Godkendt.', '', 'Fraværende:', '', ...cases].join('\n');
    expect(parseText(text).documentType).toBe('referat');
    const agenda = ['Kulturudvalget', '', 'Onsdag den 4-05-2031 kl. 17:00', '', 'Fraværende:', '', ...cases].join('\n');
    expect(parseText(agenda).documentType).not.toBe('referat');
  });
});

describe('those present inside a page run into one line', () => {
  it('the names after `Tilstedeværende medlemmer af Rådet`, parted at given names, up to the next label', () => {
    const line = 'Referat af 3. rådsmøde i Holmbyrådet Afholdt onsdag den 4. maj 2031 Tilstedeværende medlemmer af Rådet Rasmus Berg (formand) Hanne Lind Ida Krog Ole Hald Sune Moe Birgitte Stille Christensen Afbud Tove Holm Fra sekretariatet Eva Dal (referent)';
    const doc = parseText([line, '', '1. Godkendelse af dagsorden', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.participants.filter((p) => p.group === 'member').map((p) => p.name)).toEqual(['Rasmus Berg', 'Hanne Lind', 'Ida Krog', 'Ole Hald', 'Sune Moe', 'Birgitte Stille Christensen']);
  });
});

describe('a label without its colon, a full stop for the first comma of the run', () => {
  it('`Deltagere Rasmus Jensen. Hanne Lind, Ida Krog … Afbud Ole Hald`: those present, then the absent', () => {
    const text = ['Referat af bestyrelsesmøde 4. maj 2031', '', 'Deltagere Rasmus Jensen. Hanne Lind, Ida Krog, Sune Moe Afbud Ole Hald', '', '1. Regnskab', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n');
    expect(parseText(text).participants.map((p) => [p.name, p.group])).toEqual([
      ['Rasmus Jensen', 'member'],
      ['Hanne Lind', 'member'],
      ['Ida Krog', 'member'],
      ['Sune Moe', 'member'],
      ['Ole Hald', 'absent'],
    ]);
  });
});

describe('a web list restarted at every entry, titles ended by a colon, and a told sentence among them', () => {
  it('reads the sentence as the record of the title before it, not as an item', () => {
    const text = [
      'Generalforsamling i Beboerhuset Kløverbakken 12. marts 2031',
      '',
      ' 1. Valg af dirigent:',
      '  1. Ida Krogh blev foreslået og valgt.',
      ' 1. Beretning:',
      '  1. Formanden fortalte om året i huset.',
      ' 1. Regnskab:',
      '  1. Kassereren viste tallene for 2030.',
      ' 1. Regnskabet blev godkendt af alle.',
      ' 1. Forslag:',
      '  1. Der var ingen forslag.',
      ' 1. Eventuelt:',
      '  1. Næste fest holdes i juni.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Beretning'],
      [3, 'Regnskab'],
      [4, 'Forslag'],
      [5, 'Eventuelt'],
    ]);
    expect(doc.items[2]!.decision).toContain('Regnskabet blev godkendt af alle.');
  });
});

describe('entries told as sentences, one opened by a short sentence or a name with an initial', () => {
  const text = [
    'Referat af generalforsamling i Petanqueklubben Kuglen',
    'Torsdag den 6. marts 2031 kl. 19.00 i klubhuset',
    '',
    '1. Til dirigent valgtes Nina Bruun, der fastslog, at generalforsamlingen var lovligt indkaldt.',
    '2. Formand Aksel Friis læste beretningen op, og den blev godkendt uden bemærkninger.',
    '3. Kasserer Lone P. Winther gennemgik regnskabet, som blev godkendt.',
    '4. Under indkomne forslag var der et forslag om nye baner, som blev vedtaget.',
    '5. Formand Aksel Friis modtog genvalg. Lone P. Winther blev ligeledes genvalgt.',
    '6. Under eventuelt takkede dirigenten for god ro og orden.',
  ].join('\n');
  it('leaves every entry untitled, each sentence its record', () => {
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, '']));
    expect(doc.items[2]!.decision).toMatch(/^Kasserer Lone P\. Winther gennemgik/);
    expect(doc.items[4]!.decision).toMatch(/^Formand Aksel Friis modtog genvalg\./);
  });
});

describe('entries told as sentences, one opened by a count', () => {
  it('keeps the entry whose sentence opens with a count, and the chain goes on past it', () => {
    const doc = parseText([
      'Generalforsamling i Holmby Harmonikaklub 4. marts 2031',
      '',
      '1. Ole Bak blev valgt til dirigent og konstaterede, at generalforsamlingen var lovligt indkaldt.',
      '2. Formanden fremlagde beretningen, som blev godkendt uden bemærkninger.',
      '3. Kassereren fremlagde regnskabet, som blev godkendt.',
      '4. 3 indkomne forslag om nye øveaftener blev drøftet og sendt videre til bestyrelsen.',
      '5. Kontingentet blev fastsat til at være uændret.',
      '6. Eva Lund blev genvalgt som kasserer.',
    ].join('\n'));
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.items[3]!.decision).toMatch(/^3 indkomne forslag/);
  });
});

describe('titles asked as questions with a verb in the present', () => {
  it('stay titles over their records', () => {
    const doc = parseText([
      'Referat af bestyrelsesmøde i Holmby Tennisklub 2. juni 2031',
      '',
      '1. Hvad sker der med banerne?',
      'Banerne bliver lagt om i august.',
      '',
      '2. Hvem står for sommerfesten?',
      'Eva og Bo står for festen.',
      '',
      '3. Hvad sker der i klubhuset?',
      'Køkkenet bliver malet.',
    ].join('\n'));
    expect(doc.items.map((it) => it.title)).toEqual(['Hvad sker der med banerne?', 'Hvem står for sommerfesten?', 'Hvad sker der i klubhuset?']);
  });
});

describe('a number printed twice inside a tight list', () => {
  const titles = (text: string) => parseText(text).items.map((it) => `${it.number}. ${it.title}`);
  const list = ['1. Velkommen', '2. Referent', '3. Legepladsen', '4. Kameraer', '5. Klager', '5. Ønskesedlen', '6. Jul og nytår', '7. Evt', '8. Næste møde'];
  it('the list\'s own items: both entries kept with the number as printed, and Christmas is no date', () => {
    expect(titles(['Møde i bestyrelsen 12. november 2031', '', 'Dagsorden:', '', ...list, '', 'Formanden bød velkommen.', '', 'Resten blev udsat.'].join('\n'))).toEqual(list);
  });
  it('an agenda over records told as paragraphs: every entry an item', () => {
    const text = ['Møde i bestyrelsen 12. november 2031', '', 'Til stede: Formanden, KH, DM', '', 'Dagsorden:', '', ...list, '',
      'Formanden bød velkommen. Valg af referent: KH', '', 'Gården har fået nye bænke, og der er kommet en klage over støj fra cykelkælderen om natten.', '',
      'Bestyrelsen vil bede viceværten om at se på døren.', '', 'De øvrige punkter blev udskudt til næste møde.'].join('\n');
    expect(titles(text)).toEqual(list);
  });
  it('`1.` twice on lines one under the other, no list around them, is no such slip', () => {
    const text = ['Referat af bestyrelsesmøde 3. maj 2031', '', '1. Regnskab', '1. Kassereren gennemgik regnskabet.', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n');
    expect(titles(text)).toEqual(['1. Regnskab', '2. Eventuelt']);
  });
});

describe("a regional portal's page: the meeting dated only by its body's decisions", () => {
  const page = (body: string) => [
    `${body} - mødesager`, '', 'Punkter på dagsordenen', '', '  1. Godkendelse af dagsorden', '  2. Plan for vandløbene i 2032', '',
    '1. Godkendelse af dagsorden', '', `${body.replace(/et$/u, '')}ets beslutning den 8. november 2031:`, '', 'Dagsordenen blev godkendt.', '',
    '2. Plan for vandløbene i 2032', '', 'INDSTILLING', '', 'Administrationen indstiller, at planen godkendes.', '', 'POLITISK BEHANDLING', '',
    `${body.replace(/et$/u, '')}ets beslutning den 8. november 2031:`, '', 'Anbefalet.', '', 'Bo Dal (A) og Eva Holm (B) deltog ikke i sagens behandling.', '', '',
    'Natur- og vandudvalgets beslutning den 2. november 2031:', 'Anbefalet.', '', 'Per Lund (C) deltog ikke i sagens behandling.',
  ].join('\n');
  it('a body named without its ending in the title, with it over the decisions; another body\'s earlier treatment is history', () => {
    const doc = parseText(page('Forretningsudvalg'));
    expect(doc.meeting.date).toBe('2031-11-08');
    expect(doc.items[1]!.decision).toMatch(/^Anbefalet\./u);
    expect(doc.items[1]!.sections.find((s) => s.kind === 'other')?.heading).toMatch(/^Natur- og vandudvalgets/u);
  });
  it('a body whose name joins two words with `og` reads in the genitive too', () => {
    expect(parseText(page('Sundheds- og ældreudvalget')).meeting.date).toBe('2031-11-08');
  });
});

describe('an agenda timed entry by entry', () => {
  const start = (...entries: string[]) => parseText(['Referat af bestyrelsesmøde 3. maj 2031', '', ...entries].join('\n')).meeting.startTime;
  it('the hour in brackets after each entry: the first is when the meeting began', () => {
    expect(start('1 Indledning (19.00)', 'Formanden bød velkommen.', '', '2. Kirkegården (19.15)', 'Drøftet.', '', '3. Eventuelt (20.30)', 'Intet.')).toBe('19:00');
  });
  it('the hour before each title, and an hour heading the entries of that hour', () => {
    expect(start('Kl. 11.00: Valg af dirigent', 'Bo Dal blev valgt.', '', 'Kl. 11.15: Beretning', 'Godkendt.', '', 'Kl. 12.00: Eventuelt', 'Intet.')).toBe('11:00');
    expect(start('17.15 (v/ Eva)', '1. Velkomst', '2. Godkendelse af dagsorden', '17.30 (v/ Bo)', '3. Nyt fra ledelsen', '', '1. Velkomst', 'Eva bød velkommen.', '2. Godkendelse af dagsorden', 'Godkendt.', '3. Nyt fra ledelsen', 'Intet nyt.')).toBe('17:15');
  });
  it('hours that do not go forward time no meeting', () => {
    expect(start('1. Regnskab (20.00)', 'Godkendt.', '', '2. Eventuelt (19.00)', 'Intet.')).toBeNull();
  });
});

describe("an election's title glued under the names elected at the last one", () => {
  it('`Valg af revisorer.` after the board\'s names, no blank line between: an item of its own', () => {
    const text = ['Generalforsamling – 18. januar 2031', '', 'Referent', '', 'Eva Holm', '', 'Valg af dirigent', '', 'Ib Lund', '', 'Formandens beretning', '', 'Godkendt', '', 'Regnskab', '', 'Godkendt', '',
      'Valg af bestyrelsesmedlemmer', '', 'Kurt Dal (genvalgt)', 'Lars Berg (nyvalgt)', 'Valg af revisorer.', 'Mikkel Skov (genvalgt)', 'Valg af revisorsuppleant.', 'Leif Holm', '', 'Eventuelt', '', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => it.title)).toEqual(['Valg af dirigent', 'Formandens beretning', 'Regnskab', 'Valg af bestyrelsesmedlemmer', 'Valg af revisorer', 'Valg af revisorsuppleant', 'Eventuelt']);
  });
});
