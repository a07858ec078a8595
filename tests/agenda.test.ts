/** The agenda before the items, matched to them: entries never recorded are items all the same. */
import { describe, expect, it } from 'vitest';
import { sameEntry } from '../src/segment/agenda.js';
import { sharesWord } from '../src/segment/model.js';
import { parseText } from './helpers/parse.js';

describe('agenda entries that no item records', () => {
  it('are kept, numbered and titled from the agenda, after the recorded ones (a copy cut short)', () => {
    const doc = parseText(
      [
        'Referat',
        'Teknisk Udvalg',
        'Mødedato: 4. marts 2024 kl. 16.00',
        '',
        'Dagsorden',
        '1. Godkendelse af dagsorden',
        '2. Vejbelysning i Nordby',
        '3. Budgetopfølgning',
        '4. Eventuelt',
        '',
        '1. Godkendelse af dagsorden',
        'Beslutning',
        'Godkendt.',
        '',
        '2. Vejbelysning i Nordby',
        'Sagsfremstilling',
        'Lamperne på Skolevej er nedslidte.',
        'Beslutning',
        'Udvalget godkendte udskiftningen.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Godkendelse af dagsorden', 'Godkendt.'],
      [2, 'Vejbelysning i Nordby', 'Udvalget godkendte udskiftningen.'],
      [3, 'Budgetopfølgning', null],
      [4, 'Eventuelt', null],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).toContain('items-only-in-agenda');
  });

  it('fill a gap in the numbers (a closed item left out of public minutes) without a numbering-gap warning', () => {
    const doc = parseText(
      [
        'Referat af mødet i Kulturudvalget den 2. maj 2023',
        '',
        '  åbent 1 Godkendelse af dagsorden',
        '  åbent 2 Tilskud til spillestedet',
        '  lukket 3 Lukket punkt',
        '  åbent 4 Meddelelser',
        '',
        '1 Godkendelse af dagsorden',
        'Beslutning',
        'Godkendt.',
        '',
        '2 Tilskud til spillestedet',
        'Beslutning',
        'Tilskuddet blev bevilget.',
        '',
        '4 Meddelelser',
        'Beslutning',
        'Taget til efterretning.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.closed])).toEqual([
      [1, 'Godkendelse af dagsorden', false],
      [2, 'Tilskud til spillestedet', false],
      [3, 'Lukket punkt', true],
      [4, 'Meddelelser', false],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('numbering-gap');
  });

  it('take their numbers from the items when the agenda is a bulleted list', () => {
    const doc = parseText(
      [
        'Referat fra bestyrelsesmødet 12. juni 2022',
        'Punkter',
        '- Godkendelse af referat',
        '- Nyt fra formanden',
        '- Økonomi',
        '- Næste møde',
        '',
        '1: Godkendelse af referat',
        'Beslutning: Referatet blev godkendt.',
        '2: Nyt fra formanden',
        'Beslutning: Taget til efterretning.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af referat'],
      [2, 'Nyt fra formanden'],
      [3, 'Økonomi'],
      [4, 'Næste møde'],
    ]);
  });

  it('are not taken from a list that the items contradict (another numbering)', () => {
    const doc = parseText(
      [
        'Referat',
        'Byrådet 5. maj 2021',
        'Dagsorden',
        '1. Budget',
        '2. Skolestruktur',
        '3. Eventuelt',
        '',
        '1. Trafikplan',
        'Beslutning',
        'Godkendt.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => it.title)).not.toContain('Skolestruktur');
  });
});

describe('sameEntry', () => {
  const cases: [string, string, boolean][] = [
    ['Godkendelse af dagsorden', 'Godkendelse af dagsordenen.', true],
    ['Valg af dirigent', 'VALG AF DIRIGENT', true],
    ['Budget', 'Budgetopfølgning 2024', false],
    ['Regnskab', 'Trafikplan', false],
    ['Økonomi', 'Økonomi', true],
    ['Evt. (gæster)', 'Evt.', true],
    ['Evt. (gæster)', 'Evt. (regnskab)', false],
  ];
  it.each(cases)('%s ~ %s: %s', (a, b, same) => expect(sameEntry(a, b)).toBe(same));
});

describe('an agenda list taken for the items, one section after it', () => {
  it('the section is its item; the other entries are items from the agenda, and a number glued to a title word is no glued heading', () => {
    const doc = parseText(
      ['Dagsorden', 'Regionsrådet 24-11-2020 13:00', '', '1.Meddelelse fra formanden', '2.Beslutning - Budget 2021', '3.Beslutning - Klimaplan', '', '1. Meddelelse fra formandenReferat', '', 'Formanden orienterede om mødeplanen.'].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Meddelelse fra formanden', 'Formanden orienterede om mødeplanen.'],
      [2, 'Beslutning - Budget 2021', null],
      [3, 'Beslutning - Klimaplan', null],
    ]);
    expect(doc.documentType).toBe('referat');
  });
});

describe('an agenda answered by `Ad N` records', () => {
  it('keeps the entry nobody answered (the copy ended), and a signature with a report after it ends the minutes', () => {
    const doc = parseText(
      ['Referat fra generalforsamlingen 13. september 2018', '', 'Dagsorden:', ' 1)  Valg af dirigent', ' 2)  Beretning', ' 3)  Pokaler', ' 4)  Eventuelt', '', ' Ad 1) Ole Berg blev valgt.', '', ' Ad 2) Godkendt.', '', ' Ad 3) Kim Dal fik pokalen.', '', 'Grenaa, den 15. september 2018', '', 'Erik Holm', '', 'Formandens beretning', '', 'Allerførst vil jeg takke alle for året der gik.'].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Ole Berg blev valgt.'],
      [2, 'Beretning', 'Godkendt.'],
      [3, 'Pokaler', 'Kim Dal fik pokalen.'],
      [4, 'Eventuelt', null],
    ]);
  });

  it('the records may start at the second entry, the first (a welcome) answered by none, and stop before the agenda does', () => {
    const agenda = ['Velkomst', 'Stalden', 'Sommerfest', 'Ridelejr', 'Hegn', 'Bank', 'Gødning', 'Hallen', 'Sankthans', 'Juniorer', 'Evt.'];
    const records = [['Ad. 2', 'Der er plads til to heste mere.'], ['Ad.3', 'Festen holdes i juni.'], ['Ad.4', 'Stor opbakning.'], ['Ad.5', 'Hegnet laves i maj.']];
    const text = ['Referat af bestyrelsesmøde 3. maj 2031', '', 'Dagsorden', '', ...agenda.flatMap((t, k) => [`${k + 1}. ${t}`, '']), ...records.flatMap(([ad, said]) => [ad, '', said, ''])].join('\n');
    const doc = parseText(text);
    expect(doc.items).toHaveLength(11);
    expect(doc.items.slice(0, 6).map((it) => it.decision)).toEqual([null, 'Der er plads til to heste mere.', 'Festen holdes i juni.', 'Stor opbakning.', 'Hegnet laves i maj.', null]);
  });
});

describe('an agenda of unnumbered lines', () => {
  it('its titles returning as headings are the items, numbered by place; the rest stay items from the agenda', () => {
    const doc = parseText(
      ['Generalforsamling i Snedkerlauget 29. marts 2017', '', 'Dagsorden:', 'Valg af dirigent', 'Oldermandens beretning', 'Regnskab', 'Eventuelt', '', '1. Valg af dirigent:', 'Ole Berg blev valgt som dirigent.', 'Oldermandens beretning:', 'Beretningen blev godkendt.'].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Ole Berg blev valgt som dirigent.'],
      [2, 'Oldermandens beretning', 'Beretningen blev godkendt.'],
      [3, 'Regnskab', null],
      [4, 'Eventuelt', null],
    ]);
  });
});

describe('an agenda entry with a note in brackets', () => {
  it('returns as a bulleted heading without its note, and the text under it is that item\'s', () => {
    const doc = parseText(
      [
        'Referat af bestyrelsesmøde',
        'Til stede: Ane, Bo og Lis',
        '',
        'Dagsorden:',
        '1. Legepladsen',
        '2. Kontingent',
        '3. Evt. (gæster)',
        '',
        '• Legepladsen',
        '',
        'Det bliver fastlagt at vi køber en ny gynge til foråret.',
        '',
        '• Kontingent',
        '',
        'Kontingentet er uændret.',
        '',
        '• Evt.',
        '',
        'Intet under evt.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.decision, it.outcome])).toEqual([
      [1, 'Legepladsen', 'Det bliver fastlagt at vi køber en ny gynge til foråret.', 'approved'],
      // A fee kept as it was is a decision taken (the outcome rows read it since this session).
      [2, 'Kontingent', 'Kontingentet er uændret.', 'approved'],
      [3, 'Evt. (gæster)', 'Intet under evt.', 'none'],
    ]);
  });
});

describe('an agenda introduced at the end of a sentence', () => {
  it('`… Dagsordenen følger vedtægterne:` over a numbered list: the list is the items, not a list in the text', () => {
    const doc = parseText(
      [
        'Indkaldelse til generalforsamling',
        '',
        'Klubben har nu eksisteret i fem år, og det er tid til en generalforsamling. Dagsordenen følger vedtægterne https://example.org/vedtaegter :',
        '',
        '1. Valg af dirigent.',
        '2. Formandens beretning.',
        '3. Regnskab til godkendelse.',
        '4. Eventuelt.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4]);
  });
});

describe('an agenda whose numbering restarts, then its records numbered 1, 2, 3 … as the entries', () => {
  it('pairs each record with the entry in its place, the entries numbered by place; a record’s shorter title of its own is no part of its decision', () => {
    const text = [
      'Generalforsamling i Vandværket 2031',
      '',
      'Dagsorden:',
      '1. Valg af dirigent',
      '2. Bestyrelsens beretning for det forløbne år',
      '3. Fremlæggelse af det reviderede regnskab',
      '4. Valg til bestyrelsen',
      '   På valg er Bo Dal',
      '   og Eva Holm',
      '1. Valg af revisor',
      '2. Eventuelt',
      '',
      'Referat',
      '',
      '1. Valg af dirigent. Ole Berg blev valgt.',
      '2. Bestyrelsens beretning. Beretningen blev godkendt.',
      '3. Fremlæggelse af regnskab. Regnskabet blev godkendt uden bemærkninger.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Ole Berg blev valgt.'],
      [2, 'Bestyrelsens beretning for det forløbne år', 'Beretningen blev godkendt.'],
      [3, 'Fremlæggelse af det reviderede regnskab', 'Regnskabet blev godkendt uden bemærkninger.'],
      [4, 'Valg til bestyrelsen', null],
      [5, 'Valg af revisor', null],
      [6, 'Eventuelt', null],
    ]);
  });
});

describe('an agenda alone, its later entries weak', () => {
  it('keeps every entry of a list whose entries stand one under another, to its last, though the later ones are offices and short words', () => {
    const text = [
      'Referat af bestyrelsesmøde i Holmby Beboerforening, torsdag den 4. marts 2031 kl. 18:00',
      '',
      'Til stede: Bo Dal (BD), Eva Holm (EH), Per Lund (PL)',
      '',
      'Dagsorden:',
      '',
      ' 1. Velkommen til gæsten fra kommunen.',
      ' 2. Præsentationsrunde',
      ' 3. Aktuelle emner:',
      '  – Trafikken ved skolen',
      '  – Stien ved åen',
      '  Når gæsten har hørt emnerne, forlader hun mødet, og vi tager resten af dagsordenen:',
      '',
      ' 4. Godkendelse af resten af dagsordenen.',
      ' 5. Godkendelse af referat fra mødet 20-02-2031.',
      ' 6. Opfølgning på trafikken ved skolen',
      ' 7. Henvendelse om bomme på stien.',
      ' 8. Næstformand. (BD)',
      ' 9. Kasserer. (EH)',
      ' 10. Eventuelt.',
      ' 11. Næste møde',
      '',
      'Ad 3)',
      'A. Trafikken er et problem om morgenen. Kommunen ser på det.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(doc.items.map((it) => it.title).slice(-2)).toEqual(['Eventuelt.', 'Næste møde']);
  });
});

describe('records `Ad N:` told after the number, under an agenda of bullets a blank line apart', () => {
  it('titles each record by the bullet in its place, a long bullet too; `Jan` opening a record is a name, not January', () => {
    const text = [
      'Referat generalforsamling Holmby Rulleskøjteklub',
      '',
      '3. marts 2031 i Holmby Hallen.',
      '',
      'Dagsorden ifølge vedtægterne:',
      '',
      '• Valg af dirigent',
      '',
      '• Valg af 2 stemmetællere',
      '',
      '• Formandens beretning',
      '',
      '• Valg til bestyrelse, herunder 2 suppleanter, der vælges for 1 år ad gangen',
      '',
      '• Eventuelt',
      '',
      'Referat',
      '',
      'Ad 1: Jan Holm blev valgt som dirigent.',
      '',
      'Ad 2: Bo Dal og Eva Lund blev valgt som stemmetællere.',
      '',
      'Ad 3: Formanden fremlagde årets beretning, som blev godkendt.',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Jan Holm blev valgt som dirigent.'],
      [2, 'Valg af 2 stemmetællere', 'Bo Dal og Eva Lund blev valgt som stemmetællere.'],
      [3, 'Formandens beretning', 'Formanden fremlagde årets beretning, som blev godkendt.'],
      [4, 'Valg til bestyrelse, herunder 2 suppleanter, der vælges for 1 år ad gangen', null],
      [5, 'Eventuelt', null],
    ]);
    expect(doc.meeting.chair).toBe('Jan Holm');
  });
});

describe('a record whose subject is the point itself', () => {
  it('`Punkt 3 blev slettet – …` keeps `Punkt 3` in the decision, the agenda titling the item', () => {
    const doc = parseText(['Referat af generalforsamling 2031', '', 'Dagsorden:', '1. Valg af dirigent', '2. Vedtægter', '3. Eventuelt', '', 'Punkt 1. Bo Dal blev valgt.', '', 'Punkt 2. Vedtægterne blev vedtaget.', '', 'Punkt 3 blev slettet – et ekstraordinært møde har intet eventuelt.'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Valg af dirigent', 'Bo Dal blev valgt.'],
      [2, 'Vedtægter', 'Vedtægterne blev vedtaget.'],
      [3, 'Eventuelt', 'Punkt 3 blev slettet – et ekstraordinært møde har intet eventuelt.'],
    ]);
  });
});

describe('a notice with a lettered agenda and the meeting details below it', () => {
  it('reads the letters as the items’ numbers, and the day, hour and place printed under the agenda', () => {
    const text = [
      'Generalforsamling i Holmby Selskab',
      '',
      'Dagsorden for den ordinære generalforsamling er:',
      'a) Valg af dirigent',
      'b) Formandens beretning',
      'c) Regnskab',
      'd) Eventuelt',
      '',
      'Forslag skal være bestyrelsen i hænde senest 1. marts.',
      '',
      'Onsdag den 16. september 2031 kl. 19.00',
      'Sted',
      ': Holmby Forsamlingshus',
    ].join('\n');
    const doc = parseText(text);
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Formandens beretning'],
      [3, 'Regnskab'],
      [4, 'Eventuelt'],
    ]);
    expect([doc.meeting.date, doc.meeting.startTime, doc.meeting.location]).toEqual(['2031-09-16', '19:00', 'Holmby Forsamlingshus']);
  });
});

describe('a numbered list broken by its last entry\'s own points', () => {
  it('goes on from that entry\'s number where it starts again at 1 after the points (5.1, 5.2)', () => {
    const doc = parseText(
      [
        'Referat fra generalforsamling i Holmby Skakklub 3. marts 2031',
        '',
        ' 1. Bo Dal valgt til dirigent.',
        ' 2. Beretningen blev godkendt.',
        ' 3. Regnskabet blev godkendt.',
        ' 4. Forslag om nye vedtægter blev vedtaget.',
        '',
        '4.1. § 3 om bestyrelsens størrelse.',
        '',
        '4.2. § 6 om kontingentets forfald.',
        '',
        ' 1. Kontingentet er uændret.',
        ' 2. Eva Holm valgt til formand.',
        ' 3. Ib Lund valgt til revisor.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(doc.items[4]!.decision ?? doc.items[4]!.title).toContain('Kontingentet er uændret');
  });
});

describe('a list whose bullets fell on lines of their own', () => {
  it('reads each lone dash with the titled entry under it as a bulleted entry', () => {
    const doc = parseText(
      [
        'Referat fra generalforsamling i Holmby Havekreds',
        'onsdag den 4. april 2031',
        'Formanden bød velkommen',
        '-',
        'Valg af dirigent: Ib Lund blev valgt',
        '-',
        'Valg af referent: Eva Holm',
        '-',
        'Godkendelse af generalforsamlingens lovlighed efter foreningens vedtægter og love: Den var lovligt indkaldt.',
        '-',
        'Bestyrelsens beretning om det forløbne år til godkendelse: Bo Dal fortalte om året. Beretningen blev godkendt.',
        '-',
        'Kassererens fremlæggelse af det reviderede regnskab for året: Regnskabet blev godkendt.',
        '-',
        'Indkomne forslag: Ingen',
        '-',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.items[3]!.title).toContain('Bestyrelsens beretning');
    expect(doc.items[4]!.title).toContain('Kassererens fremlæggelse');
  });

  it('leaves a dash alone where it is a block\'s "nothing" over the next block', () => {
    const doc = parseText(
      [
        'Referat',
        'Kulturudvalget',
        'Mødedato: 5. maj 2031',
        '',
        '1. Budget for musikskolen',
        'Økonomi',
        '-',
        'Beslutning: Godkendt.',
        '',
        '2. Halfordeling',
        'Økonomi',
        '-',
        'Beslutning: Godkendt.',
        '',
        '3. Biblioteket',
        'Økonomi',
        '-',
        'Beslutning: Taget til efterretning.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.decision)).toEqual(['Godkendt.', 'Godkendt.', 'Taget til efterretning.']);
  });
});

describe('a web page\'s list cut by the records under its entries', () => {
  it('reads told entries at one margin, each cut list starting at 1 again, as the items in order', () => {
    const doc = parseText(
      [
        'Referat af generalforsamlingen i Holmby Seniordans 4. maj 2031',
        '  1.   Som dirigent valgtes Bo Dal.',
        '            Generalforsamlingen var lovligt indkaldt.',
        '  1.   Som referent valgtes Eva Holm.',
        '  2.   Som stemmetællere Ib Lund og Kim Berg.',
        '  3.   Bestyrelsens beretning ved Ib Lund.',
        '  4.   Regnskabet ved Kim Berg. Der var et lille overskud.',
        '            Kontingentet blev fastholdt.',
        '  1.   Ingen forslag.',
        '  2.   Valg til bestyrelsen idet alle var på valg.',
        '            Ib Lund og Kim Berg blev genvalgt.',
        '  1.   Genvalg af revisor.',
        '  2.   Intet under eventuelt.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(doc.items[6]!.decision ?? '').toContain('genvalgt');
  });

  it('does not read lists that each stand under a title of their own as items (they are points under those titles)', () => {
    const doc = parseText(
      [
        "Bestyrelsesmøde 2. april '31",
        '',
        'Tilstede: Bo, Eva, Ib, Kim',
        'Referent: Eva',
        '',
        'Godkendelse af referat fra den 27. februar 2031',
        '',
        'Nyt fra formanden:',
        '1. Skiltet til stien: Vi får det lavet hos smeden. Bo bestiller det.',
        '2. Formanden bliver fortsat ringet op af mange, der gerne vil købe en have.',
        '',
        'Nyt fra kassereren:',
        '1. Vandet er gjort op, og der bliver betalt til tiden.',
        '',
        'Nyt fra øvrige bestyrelsesmedlemmer:',
        '1. En snak om fælles el. En anden forening har fået lov til det.',
        '2. En snak om tanken. Vi samler trådene fra tidligere.',
        '',
        'Haver til salg og solgt:',
        '1. Have 12 og have 40 er solgt, og der er sendt velkomstbreve.',
        '2. Have 7 er vurderet og sat til salg.',
      ].join('\n'),
    );
    expect(doc.items.some((i) => (i.title ?? '').startsWith('En snak om'))).toBe(false);
  });
});

describe('a lettered agenda and its records by letter', () => {
  it('reads records headed `ad a)` in small letters as those of the lettered entries', () => {
    const doc = parseText(
      [
        'Referat af generalforsamlingen i Holmby Kunstkreds 3. marts 2031',
        'Dagsorden:',
        'a) Valg af dirigent',
        'b) Formandens beretning',
        'c) Eventuelt',
        'ad a) Valg af dirigent',
        'Bo Dal blev valgt som dirigent.',
        'ad b) Formandens beretning',
        'Eva Holm fortalte om året. Beretningen blev godkendt.',
        'ad c) Eventuelt',
        'Intet.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.title)).toEqual(['Valg af dirigent', 'Formandens beretning', 'Eventuelt']);
    expect(doc.items[1]!.decision ?? '').toContain('godkendt');
  });

  it('keeps the lettered agenda where a copy cut short has two records, the last with numbered points', () => {
    // (The points' last, a long line ending without a stop, would otherwise be taken for an item of its own.)
    const doc = parseText(
      [
        'Holmby Kunstkreds',
        'Referat af generalforsamlingen tirsdag den 4. marts 2031 i Medborgerhuset i Holmby',
        'Antal fremmødte: 17.',
        'Dagsorden:',
        'a) Valg af dirigent og referent',
        'b) Formandens beretning',
        'c) Kassererens beretning',
        'd) Fastsættelse af kontingent',
        'e) Indkomne forslag',
        'f) Valg af bestyrelse',
        'g) Eventuelt',
        'ad a) Valg af dirigent',
        'Bestyrelsen foreslog Bo Dal som dirigent. Der var ingen andre forslag, hvorfor Bo blev valgt.',
        'Dirigenten konstaterede, at generalforsamlingen var lovlig, idet indkaldelsen var sendt ud d. 2. februar 2031,',
        'fire uger før mødet, og at dagsordenen havde de punkter, som vedtægterne kræver.',
        'Generalforsamlingen godkendte, at sekretæren tog referatet.',
        'ad b) Formandens beretning',
        'Formanden Eva Holm gennemgik sin skriftlige beretning, som var sendt ud sammen med indkaldelsen:',
        '1. I 2030 har vi besøgt nye steder, hvilket viser de nye ideer, som nye medlemmer har bragt ind i',
        'bestyrelsen.',
        '2. Der har været mange med på alle turene, ca. 20 stk. dog med turen til Skovgården som den klare vinder med 30 med.',
        '3. Formanden har fået en mail med tak for turen til Bymuseet; det er rart at få',
        'svar.',
        '4. Besøget på Slotsgalleriet blev ikke til noget, så der blev en tur mindre i 2030 end planlagt.',
        '5. Foreningen er med på ”Holmby for Alle”, en messe, hvor byens foreninger kan vise, hvad de',
        'står for. Messen holdes søndag d. 9. marts 2031 kl. 10-16 på Holmby Rådhus. Foreningen har en',
        'stand på 1. sal. Ida Berg og Ole Krog fra malergruppen vil være der og vise',
        'foreningens kunstneriske side.',
        '6. Til generalforsamlingerne plejer vi at have et foredrag om det kommende/et af de kommende',
        'arrangementer. I år er det ikke lykkedes, fordi Bymuseet ikke kunne sende nogen, og',
        'foredragsholderen til næste tur på Kunsthallen var alt for dyr (4.000 kr. for en time). Efter',
      ].join('\n'),
    );
    // (The first item's title is its record's heading, which shortens the agenda's entry.)
    expect(doc.items.map((i) => i.title)).toEqual([
      'Valg af dirigent',
      'Formandens beretning',
      'Kassererens beretning',
      'Fastsættelse af kontingent',
      'Indkomne forslag',
      'Valg af bestyrelse',
      'Eventuelt',
    ]);
    expect(doc.items[1]!.decision ?? '').toContain('Slotsgalleriet');
  });
});

describe('an agenda with a long note under an entry, then its records numbered again', () => {
  it('reads the whole agenda as one list past a note of two lines\' length', () => {
    const doc = parseText(
      [
        'Referat fra Holmby Samlingssteds generalforsamling 8. marts 2031.',
        '1. Formandens beretning.',
        '2. Regnskabet for 2028-29-30.',
        '',
        '3. Valg til bestyrelsen. Følgende medlemmer er på valg.',
        'Medlemmer Karen Dal, Ole Vinther, Ida Krogh, Bent Ravnsborg. Suppleant Tove Damgaard samt en ledig suppleant plads. Revisor Bo T.K. Haldrup, som gerne fortsætter i to år.',
        '4. Kontingent.',
        '',
        '5. Evt.',
        '1. Formandens beretning ved Karen Dal Med et velkommen til nye som gamle medlemmer kunne vi endelig holde en generalforsamling igen. Året har budt på mange gode aftener.',
        '2.Regnskabet for 2028-29-30 fremlagt af kasserer Ole Vinther. Ole gennemgik nogle af posterne i regnskabet. Huset har hvert år haft et overskud og derfor lagt penge til side til et nyt tag.',
        '3. Valg til bestyrelsen. Alle modtog genvalg. Lis Holm blev valgt til den ledige suppleantplads.',
        '4.Kontingentet blev vedtaget at være uændret. Altså 150 kr. pr. husstand.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.items[3]!.decision ?? '').toContain('uændret');
  });
});

describe('records of an entry\'s lettered parts (`Ad 2a.`, `Ad 2b.`)', () => {
  it('are that entry\'s record, the agenda\'s entries the items, in a copy cut short', () => {
    const doc = parseText(
      [
        'Referat af generalforsamling i Holmby Husflid 3. marts 2031',
        '',
        'Dagsorden:',
        '1. Valg af dirigent',
        '2. Aflæggelse og godkendelse af',
        '    a) formandens beretning',
        '    b) skolelederens beretning',
        '3. Regnskab',
        '4. Eventuelt',
        '',
        'Ad 1. Valg af dirigent',
        'Bo Dal blev foreslået og valgt.',
        '',
        'Ad 2a. Formandens beretning',
        'Vi er nu på plads i de nye lokaler, og beretningen blev godkendt.',
        '',
        'Ad 2b. Skolelederens beretning',
        'Der har været 14 hold i år.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
    expect(doc.items[0]!.decision).toBe('Bo Dal blev foreslået og valgt.');
    expect(doc.items[1]!.decision ?? '').toContain('14 hold');
    expect(doc.items[3]!.decision).toBeNull();
  });
});

describe('an agenda whose first titles come back unnumbered over their records, the copy cut short', () => {
  it('reads the records of the first three under their entries, the rest of the agenda listed', () => {
    const doc = parseText(
      [
        'Generalforsamling i Holmby Atletik – torsdag den 26. januar 2031 kl. 18.00',
        '',
        'Dagsorden:',
        '1. Valg af dirigent',
        '2. Sportslig beretning',
        '3. Ungdomsberetning',
        '4. Økonomisk beretning',
        '5. Indkomne forslag',
        '6. Valg til bestyrelsen',
        '7. Valg af revisorer',
        '8. Eventuelt',
        '',
        'Der var 40 med til spisningen før mødet, og der blev uddelt pokaler.',
        '',
        'Valg af dirigent',
        'Bestyrelsen foreslog Eva Holm, som blev valgt.',
        '',
        'Sportslig beretning',
        'Formanden aflagde beretningen.',
        '',
        'Ungdomsberetning',
        'Ungdomsudvalget fortalte om de nye hold, og der er 20 nye medlemmer.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(doc.items[0]!.decision).toBe('Bestyrelsen foreslog Eva Holm, som blev valgt.');
    expect(doc.items[2]!.decision ?? '').toContain('20 nye');
    expect(doc.documentType).toBe('referat');
  });
});

describe('an agenda announced as the statutes give it (`Dagsorden i henhold til vedtægternes §8:`)', () => {
  it('keeps its last entries, never recorded, after the records told in their own words', () => {
    const doc = parseText(
      [
        'Holmby Vinlaugs generalforsamling d. 4. april 2031',
        '',
        'Dagsorden i henhold til vedtægternes §8:',
        '1. Valg af dirigent',
        '2. Bestyrelsens beretning',
        '3. Regnskab',
        '4. Valg af bestyrelse:',
        'På valg: Kasserer: Ida Krogh - genopstiller',
        '5. Valg af revisor',
        '6. Eventuelt',
        '',
        'Referat fra generalforsamlingen.',
        '',
        '1. Bestyrelsen foreslog Bo Dal, der blev valgt',
        '',
        '2. Formandens beretning blev godkendt.',
        '',
        '3. Regnskabet blev forelagt af kassereren og godkendt.',
        '',
        '4. Ida Krogh modtog genvalg.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.items[5]!.title).toBe('Eventuelt');
  });
});

describe('records under a `Referat` label, numbered from 1 again and worded otherwise than the agenda', () => {
  it('are the records of the entries they share a word with, in a copy cut short', () => {
    const doc = parseText(
      [
        'Generalforsamling i Holmby Korvenner 7. februar 2031',
        '',
        'Dagsorden',
        '',
        ' 1. Valg af dirigent og referent',
        ' 2. Beretning ved Anne',
        ' 3. Regnskab ved Ib',
        ' 4. Fastsættelse af kontingent',
        ' 5. Eventuelt.',
        '',
        'Forslag skal indgives skriftligt til bestyrelsen senest 8 dage før.',
        '',
        'Referat',
        '',
        ' 1. Valg af dirigent of referent.',
        '  Bestyrelsen foreslår Eva som dirigent, Bo som referent.',
        '  Valgt uden modkandidater.',
        ' 2. Beretning v. formanden for foreningen, Anne.',
        '  Det har været et godt år med mange koncerter.',
        '  Beretningen blev enstemmigt godkendt.',
        ' 3. Regnskabet gennemgås af kassereren, Ib.',
        '  Regnskabet blev godkendt.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.items[0]!.decision ?? '').toContain('Bestyrelsen foreslår Eva');
    expect(doc.items[1]!.outcome).toBe('approved');
  });
});

describe('records under the agenda\'s numbers in words of their own, some numbers missing', () => {
  it('are the records; a number whose record opens with a figure is found in its place, and the document is minutes', () => {
    const doc = parseText(
      [
        'Bestyrelsesmøde 3. maj 2031 hos Eva',
        '',
        'Dagsorden.',
        '1. Referat.',
        '2. Kassen.',
        '3. Sommerlejr.',
        '4. Hjemmesiden.',
        '5. Juleturnering.',
        '6. Evt.',
        '1. Referat læst op og godkendt.',
        '2. 12 400 kr. i kassen, to nye medlemmer siden sidst.',
        '3. Sommerlejren gik fint, 40 børn deltog.',
        '4. Bo vil se på en ny skabelon.',
        '5. Vi holder turneringen den 4. december.',
        '6. Intet.',
      ].join('\n'),
    );
    expect(doc.documentType).toBe('referat');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Referat.'],
      [2, 'Kassen.'],
      [3, 'Sommerlejr.'],
      [4, 'Hjemmesiden.'],
      [5, 'Juleturnering.'],
      [6, 'Evt.'],
    ]);
    expect(doc.items[1]!.decision ?? '').toMatch(/^12 400 kr\. i kassen/);
    expect(doc.items[3]!.decision ?? '').toBe('Bo vil se på en ny skabelon.');
  });

  it('are not a list after the agenda that says nothing of its entries', () => {
    const doc = parseText(
      [
        'Dagsorden til bestyrelsesmøde 3. maj 2031',
        '',
        '1. Kassen',
        '2. Sommerlejr',
        '3. Hjemmesiden',
        '4. Evt.',
        '',
        'Husk at medbringe:',
        '1. Madpakke til turen',
        '2. Regntøj',
        '3. Kaffekop og termokande',
      ].join('\n'),
    );
    expect(doc.documentType).toBe('dagsorden');
    expect(doc.items.map((i) => [i.title, i.decision])).toEqual([
      ['Kassen', null],
      ['Sommerlejr', null],
      ['Hjemmesiden', null],
      ['Evt.', null],
    ]);
  });
});

describe('records right under the agenda that say what will be done', () => {
  it('are the records of the first entries', () => {
    const doc = parseText(
      [
        'Referat af bestyrelsesmøde i Holmby Hundeskov 2. marts 2031',
        '',
        'Dagsorden:',
        '1. Revisor',
        '2. Hjemmeside',
        '3. Flere medlemmer',
        '4. Sommerfest',
        '5. Fundraising',
        '6. Evt.',
        '1. Der vil blive søgt en revisor blandt medlemmerne inden generalforsamlingen.',
        '2. Referatet skal fremover også lægges på hjemmesiden.',
        '3. Vi vil lave konkurrencer med præmier for medlemmerne.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.items[0]!.title).toBe('Revisor');
    expect(doc.items[0]!.decision).toBe('Der vil blive søgt en revisor blandt medlemmerne inden generalforsamlingen.');
    expect(doc.items[2]!.decision).toBe('Vi vil lave konkurrencer med præmier for medlemmerne.');
    expect(doc.items[3]!.decision).toBeNull();
  });
});

describe('an agenda that lost an entry whose title opens with a figure, answered by `Ad N:` records', () => {
  it('is the agenda all the same: the records are the minutes', () => {
    const doc = parseText(
      [
        'Hermed noter fra onsdagsmødet',
        'MØDE I HOLMBY BUEKLUB 12/10-2031',
        'Dagsorden:',
        '1) Klubbuer',
        '2) Jagt',
        '3) 3D skydning',
        '4) Venskabsklubber',
        '5) Evt.',
        'Ad 1:Der blev spurgt til flere buer til nye medlemmer.',
        'Ad 2: Der nedsættes et jagtudvalg med Bo og Ib.',
        'Ad 3:Eva står for tilmelding til stævner.',
        'Ad 4: Ib blev valgt som kontakt til venskabsklubberne.',
        'Ad 5: Karl står for julefrokosten.',
      ].join('\n'),
    );
    expect(doc.documentType).toBe('referat');
    expect(doc.items[0]!.title).toBe('Klubbuer');
    expect(doc.items[0]!.decision).toBe('Der blev spurgt til flere buer til nye medlemmer.');
    expect(doc.items[3]!.title).toBe('Venskabsklubber');
    expect(doc.items[3]!.decision).toBe('Ib blev valgt som kontakt til venskabsklubberne.');
  });
});

describe('records headed by the start of their entries\' titles', () => {
  it('pair with the agenda in a copy cut short, the shorter heading no part of the record', () => {
    const doc = parseText(
      [
        'Referat af generalforsamling i Holmby Bådelaug 2. marts 2031',
        '',
        'Punkt 1. Valg af dirigent.',
        'Punkt 2. Bestyrelsens beretning for laugets virksomhed i det forløbne år.',
        'Punkt 3. Regnskabet fremlægges til godkendelse.',
        'Punkt 4. Eventuelt.',
        '',
        'Punkt 1. Valg af dirigent.',
        'Bestyrelsen foreslog Ib Holm, som blev valgt.',
        '',
        'Punkt 2. Bestyrelsens beretning.',
        'Formanden fortalte om et år med mange nye både i havnen.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
    expect(doc.items[0]!.decision).toBe('Bestyrelsen foreslog Ib Holm, som blev valgt.');
    expect(doc.items[1]!.decision).toBe('Formanden fortalte om et år med mange nye både i havnen.');
    expect(doc.items[2]!.decision).toBeNull();
  });
});

describe('a notice with its agenda, then the minutes titled by the body and its meeting', () => {
  it('reads the records worded otherwise, a compound sharing its last part with the entry, as the minutes', () => {
    const doc = parseText(
      [
        'Holmby Gruppe',
        '',
        'Årsmøde i hytten d. 2. marts 2031 kl. 18-20 – nu med referat',
        '',
        '13. februar 2031 · Alle enheder · Skrevet af bo',
        '',
        'Husk at der er årsmøde for alle forældre mandag den 2/3.',
        '',
        'Se referatet nedenfor. Tak til de forældre, der deltog!',
        'Dagsorden for Årsmødet:',
        '',
        ' 1. Valg af dirigent og referent',
        ' 2. Aflæggelse af beretning for 2030 (Bo)',
        ' 3. Godkendelse af regnskab (Ib)',
        ' 4. Fastsættelse af kontingent for 2031',
        ' 5. Information om sommerlejren (Ole)',
        ' 6. Valg af gruppeleder',
        ' 7. Valg af revisor',
        ' 8. Eventuelt',
        '',
        'Med spejderhilsen',
        '',
        'Grupperådet',
        '',
        'Referat af Holmby Gruppes gruppemøde (årsmødet) d. 2/3 2031:',
        '',
        ' 1. Valg af referent (Eva) og dirigent (Ole)',
        ' 2. Årsberetning – blev omdelt skriftligt.',
        '  Bo fortalte desuden om den nye hjemmeside og om tilmeldingssystemet.',
        ' 3. Regnskab',
      ].join('\n'),
    );
    expect(doc.documentType).toBe('referat');
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(doc.items[0]!.title).toBe('Valg af referent (Eva) og dirigent (Ole)');
    expect(doc.items[1]!.decision ?? '').toMatch(/^Årsberetning – blev omdelt skriftligt\./);
  });

  it('is no title where a sentence mentions other minutes', () => {
    const doc = parseText(['Dagsorden til mødet 4. maj 2031', '', '1. Ungerådet', '2. Budget', '3. Eventuelt', '', 'Referat fra Ungerådets møde er vedlagt som bilag.'].join('\n'));
    expect(doc.documentType).toBe('dagsorden');
  });
});

describe('sharesWord', () => {
  it.each([
    ['Årsberetning – blev omdelt', 'Aflæggelse af beretning', true],
    ['Stemmeudvalget', 'Valg af stemmeudvalg', true],
    ['Kassererens regnskab', 'Godkendelse af regnskabet', true],
    ['Havedag', 'Valg af revisor', false],
    // A shared ending under six letters is no shared word (`-ning`).
    ['Planlægning', 'Beretning', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(sharesWord(a, b)).toBe(expected);
  });
});

describe('records that go on past a heading left out', () => {
  it('are read on where each later record repeats its entry\'s number and title', () => {
    const doc = parseText(
      [
        'Holmby Vælgerforening, generalforsamling 3. februar 2031',
        '',
        'DAGSORDEN:',
        '1. Valg af stemmetællere',
        '2. Valg af dirigent',
        '3. Formandens beretning',
        '4. Behandling af regnskab',
        '5. Eventuelt',
        '',
        '1. Valg af stemmetællere',
        'Ole og Eva blev valgt som stemmetællere.',
        '2. Valg af dirigent',
        'Bo Dal blev valgt.',
        'Beretningen kan læses på hjemmesiden. Den blev godkendt uden spørgsmål.',
        '4. Behandling af regnskab',
        'Kassereren gennemgik regnskabet, som blev godkendt.',
        '5. Eventuelt',
        'Intet.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.items[3]!.decision).toBe('Kassereren gennemgik regnskabet, som blev godkendt.');
    expect(doc.items[4]!.outcome).toBe('none');
    expect(doc.items[1]!.decision ?? '').not.toContain('Kassereren');
  });
});

describe('an agenda, then minutes whose every paragraph is numbered on', () => {
  it('takes the agenda\'s titles where they come back as the items, not the paragraphs numbered after the agenda\'s last', () => {
    const doc = parseText(
      [
        'Bestyrelsesmøde 19/10-31',
        'Til stede: Bo, Eva, Ib',
        ' 1. Valg af dirigent',
        ' 2. Økonomi',
        ' 3. Sommertræf',
        ' 4. Vintertræf',
        '',
        ' 1. Valg af dirigent',
        ' 2. Eva blev valgt.',
        ' 3. Økonomi',
        ' 4. Omsætningen til sommertræffet var god, og vi har købt en ny router.',
        ' 5. Sommertræf',
        ' 6. Det var et godt træf med mange deltagere.',
        '  Konkurrencerne blev afholdt som planlagt.',
        ' 7. Vintertræf',
        ' 8. Konkurrencerne til vintertræffet bliver fredag og lørdag.',
        '  Bo laver indbydelsen.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Økonomi'],
      [3, 'Sommertræf'],
      [4, 'Vintertræf'],
    ]);
    expect(doc.items[3]!.decision ?? '').toContain('Konkurrencerne til vintertræffet bliver fredag og lørdag.');
  });
});

describe('an agenda answered by one `Ad 1` record, the copy ending there', () => {
  it('pairs the record with the first entry; the other entries are listed only, their notes no decisions', () => {
    const doc = parseText(
      [
        'Referat af bestyrelsesmøde i Holmby Skakklub 3. marts 2031',
        '',
        'Dagsorden:',
        ' 1. Økonomi',
        ' 2. Klubturnering',
        '    Bo laver en plan for foråret.',
        ' 3. Lys Nat',
        ' 4. Hjemmesiden',
        ' 5. Evt.',
        '',
        'Ad 1: Ib redegjorde for økonomien og havde lavet budget for 2031. Vi har et lille underskud.',
        'Det er nødvendigt at finde flere sponsorer inden sommer.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.items[0]!.title).toBe('Økonomi');
    expect(doc.items[0]!.decision ?? '').toMatch(/^Ib redegjorde for økonomien/);
    expect(doc.items[1]!.decision).toBeNull();
    expect(doc.items[4]!.decision).toBeNull();
  });
});

describe('an agenda whose first entry stands on its label\'s line, then two records and the copy ends', () => {
  it('pairs the records with the first entries, the second worded otherwise, and keeps the rest of the agenda', () => {
    const doc = parseText(
      [
        'Referat af ordinær generalforsamling 2031',
        'Tid og sted: Lørdag den 24. maj 2031 klokken 13 på Holmby Kro',
        'Dagsorden: 1. Valg af dirigent og stemmetællere',
        '2. Beretning for bestyrelsen til godkendelse',
        '3. Fremlæggelse af regnskab til godkendelse',
        '4. Indkomne forslag',
        '5. Eventuelt.',
        '',
        'Formanden bød velkommen til 30 deltagere.',
        '1. Valg af dirigent og stemmetællere',
        'Bestyrelsen foreslog Bo Dal som dirigent; han blev valgt uden modkandidat.',
        '2. Beretning ved formanden for bestyrelsen, Eva Holm',
        'Formanden aflagde denne beretning: Året har budt på mange nye medlemmer.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.items[0]!.decision ?? '').toMatch(/^Bestyrelsen foreslog Bo Dal som dirigent/);
    expect(doc.items[1]!.decision ?? '').toMatch(/^Formanden aflagde denne beretning/);
    expect(doc.items[4]!.decision).toBeNull();
  });
});

describe('points numbered from 1 under an agenda entry, the list going on after them', () => {
  it('belong to their entry; the entries after them keep their numbers and titles', () => {
    const doc = parseText(
      [
        'Møde i Kajakklubben Ålegræsset mandag den 3. marts 2031',
        '',
        'Dagsorden:',
        '',
        '1. Godkendelse af referat',
        '',
        '2. Status på bådhallen',
        '',
        '3. Nyt fra udvalgene',
        'a) Turudvalget',
        '1. sommerturen til Femø',
        '2. ny rute langs kysten',
        '3. lån af trailer',
        'b) Festudvalget',
        'c) Materieludvalget',
        '',
        '4. Klubaften i april',
        '',
        '5. Eventuelt',
        '',
        'Ad 1) Referatet blev godkendt uden bemærkninger.',
        '',
        'Ad 2) Taget er tætnet, og døren er skiftet.',
        '',
        'Ad 3) Turudvalget fremlagde planerne for sommeren.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af referat'],
      [2, 'Status på bådhallen'],
      [3, 'Nyt fra udvalgene'],
      [4, 'Klubaften i april'],
      [5, 'Eventuelt'],
    ]);
  });

  it('are no list of their own when more lettered points stand between them and the next entry', () => {
    const doc = parseText(
      [
        'Møde i Haveselskabet Pæretræet tirsdag den 8. april 2031',
        '',
        '1. Godkendelse af referat',
        '',
        '2. Økonomi',
        '',
        '3. Medlemstal',
        '',
        '4. Opgaver i haven',
        'a) Drivhuset',
        '1. nye ruder',
        '2. varme om vinteren',
        '3. nøgler',
        'b) Kompostpladsen',
        'c) Stierne',
        'd) Frugttræerne',
        'e) Bænkene',
        '',
        '5. Sommerfesten',
        '',
        '6. Eventuelt',
        '',
        '7. Næste møde',
        '',
        'Ad 1) Referatet blev godkendt og underskrevet.',
        '',
        'Ad 2) Kassereren gennemgik status, og der er penge til nye redskaber.',
        '',
        'Ad 3) Vi er nu 112 medlemmer.',
        '',
        'Ad 4) Drivhuset får nye ruder inden vinteren.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af referat'],
      [2, 'Økonomi'],
      [3, 'Medlemstal'],
      [4, 'Opgaver i haven'],
      [5, 'Sommerfesten'],
      [6, 'Eventuelt'],
      [7, 'Næste møde'],
    ]);
  });
});

describe('an agenda list restarted part of the way, with points further in under one of its entries', () => {
  it('numbers its entries on, the points under the entry left out of it', () => {
    const doc = parseText(
      [
        'Referat fra bestyrelsesmøde i Roklubben Strømmen 9. februar 2031',
        '',
        'Dagsorden:',
        ' 1. Godkendelse af dagsorden.',
        ' 2. Nyt fra formanden',
        ' 3. Bådpladser',
        ' 4. Standerhejsning',
        ' 1. Klubhusets tag (vi skal have et tilbud før sommer)',
        '  1. Kontakt til tømreren',
        '  2. Hvordan skaffer vi hænder',
        ' 1. Næste møde.',
        ' 2. Eventuelt.',
        '',
        'Ad. 1. Godkendelse af dagsorden.',
        'Dagsordenen blev godkendt.',
        '',
        'Ad. 2. Nyt fra formanden',
        'Formanden har talt med kommunen om broen.',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden.'],
      [2, 'Nyt fra formanden'],
      [3, 'Bådpladser'],
      [4, 'Standerhejsning'],
      [5, 'Klubhusets tag (vi skal have et tilbud før sommer)'],
      [6, 'Næste møde.'],
      [7, 'Eventuelt.'],
    ]);
  });
});

describe('points set in under an agenda entry, each over lines of its own set further in', () => {
  it('are the entry\'s points, not items', () => {
    const doc = parseText(
      [
        'Indkaldelse til årsmøde i Spejdergruppen Mosegården',
        'Tirsdag d. 4. marts 2031 klokken 19.00.',
        '',
        'Dagsorden:',
        '',
        ' 1. Valg af dirigent',
        ' 2. Beretning',
        ' 3. Regnskab',
        ' 4. Valg til bestyrelsen',
        '  1. Bestyrelsen består af lederne:',
        '   For bæverne Ulla Krog',
        '   For ulvene Tage Lind',
        '   De er med i kraft af deres opgave.',
        '  2. Desuden vælges tre forældre:',
        '   Mia Bak (på valg)',
        '   Ole Sand (på valg)',
        '   Rie Holt (ikke på valg)',
        '  3. Bestyrelsen vælger selv sin formand.',
        '  4. Kassereren er også med:',
        '   Jens Vad (modtager genvalg)',
        '  5. Revisor vælges for to år.',
        '  6. Suppleanter vælges for et år:',
        '   Bo Kjær',
        '   Ane Dam',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Valg af dirigent'],
      [2, 'Beretning'],
      [3, 'Regnskab'],
      [4, 'Valg til bestyrelsen'],
    ]);
  });
});

describe('an entry\'s lettered parts printed with the entry\'s number before their letter', () => {
  it('are no rivals of the entry for its number: the contents list above titles the items', () => {
    const doc = parseText(
      [
        'Møde i Formandskabet for Holmby Erhvervsråd den 30. maj 2031 kl. 14.00',
        '',
        'Indholdsfortegnelse',
        '',
        '1. Godkendelse af dagsorden',
        '',
        '2. Ansøgninger til klyngeprogrammet',
        '',
        '3. Turisme',
        '',
        '4. Partnerskabsaftale',
        '',
        '5. Eventuelt',
        '',
        'Dagsorden',
        '',
        '1. Godkendelse af dagsorden',
        '',
        '2. Ansøgninger til klyngeprogrammet',
        '',
        '2. a. Styrkepositioner (initiativ 1)',
        '',
        '2. b. Spirende klynger (initiativ 2)',
        '',
        '2. c. Sekretariatet (initiativ 3)',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Ansøgninger til klyngeprogrammet'],
      [3, 'Turisme'],
      [4, 'Partnerskabsaftale'],
      [5, 'Eventuelt'],
    ]);
  });
});

describe('a list whose first numbers were lost, its entries titles run into their records after a colon', () => {
  /** The minutes with `fourth` as the first entry that kept its number. */
  const minutes = (fourth: string[]) => parseText([
    'REFERAT AF GENERALFORSAMLINGEN I HOLMBY VISEKLUB 4. AUGUST 2031',
    '',
    'Valg af dirigent: Ole Lund valgtes',
    '',
    'Bestyrelsens beretning: Formanden fortalte om årets koncerter og om den nye scene i parken, som blev godt modtaget.',
    '',
    'Regnskab: Kassereren forelagde regnskabet for 2030, som viste et lille overskud.',
    '',
    ...fourth,
    '',
    '5. Valg af bestyrelse: Genvalg af Eva, Bo og Ib',
    '',
    '6. Eventuelt: Intet.',
  ].join('\n'));
  it('numbers the unnumbered entries before the first that kept its number, in place', () => {
    const doc = minutes(['4. Budget og kontingent: Uændret kontingent på 50 kr.']);
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.items[0]!.title).toBe('Valg af dirigent');
  });
  it('the first entry that kept its number may have its title wrapped before the colon, as a page breaks it', () => {
    const doc = minutes(['4. Kassereren fremlægger budgettet for det kommende år og', 'foreslår', 'næste års kontingent: Uændret kontingent på 50 kr.']);
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.items.slice(0, 3).map((it) => it.title)).toEqual(['Valg af dirigent', 'Bestyrelsens beretning', 'Regnskab']);
  });
  it('numbers no block\'s labels, nor anything where entries were numbered before', () => {
    const doc = parseText([
      'Referat af møde i Holmby Klimaudvalg 4. marts 2031',
      '',
      '1. Velkomst',
      'Formanden bød velkommen.',
      '',
      '2. Status på cykelstierne',
      'Der er lagt asfalt på to strækninger.',
      '',
      'Referat: Punktet blev drøftet.',
      '',
      'Baggrund: Udvalget bad om en status i januar.',
      '',
      'Bilag: Kort over stierne.',
      '',
      '4. Lukket punkt: Køb af grund',
      '',
      '5. Drøftelse: Vejbelysning',
    ].join('\n'));
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 4, 5]);
    const labels = parseText(['Referat af møde i Holmby Klimaudvalg 4. marts 2031', '', 'Referat: Punktet blev drøftet.', '', 'Baggrund: Udvalget bad om en status.', '', 'Bilag: Kort over stierne.', '', '4. Lukket punkt: Køb af grund', '', '5. Drøftelse: Vejbelysning'].join('\n'));
    expect(labels.items.map((it) => it.number)).toEqual([4, 5]);
  });
});
