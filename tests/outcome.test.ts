/** Outcomes follow the wording table in domain.md. */
import { describe, expect, it } from 'vitest';
import { outcomeOf, sentences } from '../src/segment/outcome.js';
import { parseText } from './helpers/parse.js';

describe('outcomeOf', () => {
  const cases: [string, string | null][] = [
    ['Godkendt.', 'approved'],
    ['Indstillingen godkendes.', 'approved'],
    ['Forslaget blev vedtaget.', 'approved'],
    ['Anbefales.', 'approved'],
    ['Tiltrådt.', 'approved'],
    ['Det besluttes, at nedsætte en arbejdsgruppe.', 'approved'],
    ['Besluttet at indkøbe en ny stige, pris ca. 2.000 kr.', 'approved'],
    ['Besluttet, at vi ikke køber den.', null],
    ['Forslaget blev drøftet. Det blev besluttet, at der udbetales honorar til formanden efter de vejledende satser fra provstiet.', 'approved'],
    ['Planen blev drøftet. Udvalget talte længe om hvordan pengene fra fonden skulle fordeles og blev valgt ind.', 'discussed'],
    ['Orienteringen blev taget til efterretning.', 'noted'],
    ['Til orientering.', 'noted'],
    ['Punktet blev drøftet.', 'discussed'],
    ['Følgegruppen drøftede gruppens arbejde.', 'discussed'],
    // What was resolved before an account in the same sentence stands; an account alone was taken note of.
    ['Ida Krogh blev valgt til dirigent og informerede om, at mødet var lovligt indkaldt.', 'approved'],
    ['Formanden informerede om, at mødet var lovligt indkaldt.', 'noted'],
    ['Fremsendes til Teknisk Udvalg til behandling.', 'referred'],
    ['Oversendes til Økonomiudvalget.', 'referred'],
    ['Oversendt til Økonomiudvalget.', 'referred'],
    ['Udvalget diskuterede sagen.', 'discussed'],
    ['Punktet blev udsat.', 'postponed'],
    ['Sagen udsættes til næste møde.', 'postponed'],
    ['Indstillingen blev ikke godkendt.', 'rejected'],
    ['Forslaget blev forkastet.', 'rejected'],
    ['Intet.', 'none'],
    ['Ingen meddelelser.', 'none'],
    ['Der var ikke noget under eventuelt.', 'none'],
    ['Der var ikke indkommet nogen forslag.', 'none'],
    // Agreement, a decision not to act, waiting, views put forward, a discussion named as a noun.
    ['Enighed blandt de fremmødte.', 'approved'],
    ['Vi blev enige om at holde festen i juni.', 'approved'],
    ['Bestyrelsen har besluttet ikke at gå videre med tilbuddet.', 'rejected'],
    ['Revisionen kan vente til næste års generalforsamling.', 'postponed'],
    ['Forskellige synspunkter blev fremført.', 'discussed'],
    ['Drøftelse af arbejdsdagen i maj.', 'discussed'],
    ['Kim Holt vælges.', 'approved'],
    ['Der er ingen bemærkninger til regnskabet, som blev godkendt.', 'approved'],
    ['Der var ikke enighed om forslaget.', null],
    // A report noted, then a decision; taking the item up again is postponing it; votes counted in a sentence.
    ['Redegørelsen blev taget til efterretning. Bestyrelsen besluttede at indstille medlemmet til eksklusion.', 'approved'],
    ['Bestyrelsen tog orienteringen til efterretning og besluttede at tage punktet op igen på næste møde.', 'postponed'],
    ['Taget til efterretning. Intet.', 'noted'],
    ['Kr. 1.200 pr. år, 38 stemte for og 2 imod.', 'approved'],
    ['Ved afstemningen stemte 3 for og 12 imod.', 'rejected'],
    // The passive in -s of older minutes.
    ['Beretningen godkendtes med applaus.', 'approved'],
    ['Aage Friis valgtes enstemmigt.', 'approved'],
    ['Regnskabet vedtoges uden bemærkninger.', 'approved'],
    ['Forslaget forkastedes med 14 stemmer mod 9.', 'rejected'],
    // A body whose name ends in -det before the verb (JavaScript's \b would see a word start after å).
    ['Menighedsrådet besluttede at holde en temadag.', 'approved'],
    ['Byrådet godkendte indstillingen.', 'approved'],
    ['Det er besluttet, at foreningen melder sig ud.', 'approved'],
    ['Rådet tilslutter sig forslaget.', 'approved'],
    ['Indstilles til Byrådets godkendelse.', 'approved'],
    ['Bestyrelsen indstillede Per Dal, og forsamlingen tilsluttede sig indstillingen.', 'approved'],
    // The attribute is not a verb.
    ['Et godkendt budget blev fremlagt.', null],
    // What came of a discussion, in a short sentence of its own, is the outcome.
    ['Tilbuddet blev drøftet. Beslutningen udsættes til næste møde.', 'postponed'],
    ['Sagen blev drøftet. Når planen er besluttet i regionen og kommunerne har meldt tilbage, samles gruppen igen.', 'discussed'],
    // The negation after the verb, and refusals.
    ['Anbefales ikke.', 'rejected'],
    ['Ansøgningen blev ikke imødekommet.', 'rejected'],
    ['Indstillingen tiltrædes ikke.', 'rejected'],
    ['Udvalget godkendte ikke forslaget.', 'rejected'],
    ['Ikke bevilget.', 'rejected'],
    ['Afslået.', 'rejected'],
    ['Ansøgningen afvises.', 'rejected'],
    ['Udvalget kan ikke anbefale forslaget.', 'rejected'],
    ['Taget til orientering.', 'noted'],
    ['Sagen genoptages på næste møde.', 'postponed'],
    ['Sagen sendes tilbage til forvaltningen.', 'referred'],
    ['Ditte har valgt at udtræde af bestyrelsen.', null],
    ['Hanne blev valgt som formand.', 'approved'],
    // Votes: a result word decides; counts alone give the majority.
    ['Forslaget blev tiltrådt med 12 stemmer imod 9.', 'approved'],
    ['For stemte: V og C (4)\nImod stemte: A, F og Ø (11)', 'rejected'],
    ['For stemte 11 (A, B og C)\nImod stemte 8 (V og Ø)', 'approved'],
    ['For stemte 11 (A, B og C)\nImod stemte 8 (V og Ø)\nUndlod at stemme 2 (O)\nGodkendt.', 'approved'],
    ['Intet at bemærke til punktet.', 'none'],
    ['Ingen bemærkninger.', 'none'],
    // Dissent follows the decision and does not decide it.
    ['Vedtaget. Venstre kunne ikke tiltræde indstillingen.', 'approved'],
    ['Radikale Venstre kunne ikke tiltræde indstillingen. Godkendt.', 'approved'],
    // A short formula decides over wording in a longer account.
    ['Jette orienterede om arbejdsgruppens møde, hvor der blev drøftet behov for at supplere planen. Orienteringen blev taget til efterretning.', 'noted'],
    // OCR damage does not hide the wording.
    ['Punktet blev dregftet.', 'discussed'],
    // `godkendt` as an attribute (`et godkendt budget`) decides nothing; an account of an orientation is noted.
    ['Forvaltningen orienterede om status. Udvalget ønsker sagen genoptaget i juni, når der foreligger et godkendt budget.', 'noted'],
    ['Udvalget blev orienteret om sagen.', 'noted'],
    ['En særlig velkomst til Søren Hansen.', null],
    ['', null],
  ];
  it.each(cases)('%s → %s', (text, outcome) => {
    expect(outcomeOf(text)).toBe(outcome);
  });

  it('people who were "udsatte" (vulnerable) are not a postponement', () => {
    expect(outcomeOf('Indsatsen for udsatte borgere styrkes i regi af alliancen, som redegjort for.')).toBeNull();
  });
});

describe('votes in a document', () => {
  it('vote lines keep their own lines, and the counts decide when no result word is given', () => {
    const doc = parseText(
      ['Referat', 'Byrådet', 'Mødedato: 3. maj 2011', '', '1. Nedlæggelse af Østskolen', 'Beslutning:', 'For stemte: V og C (4)', 'Imod stemte: A, F og Ø (11)', ''].join('\n'),
    );
    expect(doc.items[0]!.decision).toBe('For stemte: V og C (4)\nImod stemte: A, F og Ø (11)');
    expect(doc.items[0]!.outcome).toBe('rejected');
  });
});

describe('decision headed by the body and the date', () => {
  it('"<body>s møde den <date>:" and "<body> den <date>, pkt. N" open the decision; the header line does not make an agenda minutes', () => {
    const doc = parseText(
      [
        'Referat',
        'Kultur- og Fritidsudvalget',
        'Mødedato: 14. marts 2012',
        '',
        '1. Tilskud til spejderhytte',
        'Forvaltningen indstiller, at der gives et tilskud.',
        'Kultur- og Fritidsudvalgets møde den 14. marts 2012:',
        'Anbefales ikke.',
        '',
        '2. Orientering om svømmehallen',
        'Beslutning i Kultur- og Fritidsudvalget onsdag den 14. marts 2012, pkt. 2',
        'Taget til efterretning.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.decision, i.outcome])).toEqual([
      ['Anbefales ikke.', 'rejected'],
      ['Taget til efterretning.', 'noted'],
    ]);
    expect(doc.items[0]!.sections[1]!.heading).toBe('Kultur- og Fritidsudvalgets møde den 14. marts 2012');
    const agenda = parseText(['Dagsorden', 'Byrådet den 3. maj 2012:', '', '1. Budget', 'Forvaltningen indstiller, at budgettet godkendes.'].join('\n'));
    expect(agenda.documentType).toBe('dagsorden');
  });
});

describe('a result alone on its line', () => {
  it('"Godkendt" without a full stop stays its own sentence, so a note after it does not hide the outcome', () => {
    const doc = parseText(['Referat', 'Mødedato: 31. august 2023', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt', 'Anna Holm og Jens Berg deltog ikke i mødet.'].join('\n'));
    expect(doc.items[0]!.decision).toBe('Godkendt\nAnna Holm og Jens Berg deltog ikke i mødet.');
    expect(doc.items[0]!.outcome).toBe('approved');
  });
});

describe('meeting details from decision headings', () => {
  it('"Beslutning i Byrådet 27. november 2018" gives the body and the date; a case number under its own label line is read', () => {
    const doc = parseText(['2. Indkaldelse af stedfortræder', '', 'Sagsnr.', '', '450-2018-4075', '', 'Sagsfremstilling', 'Et medlem har forfald.', '', 'Beslutning i Byrådet 27. november 2018', 'Godkendt.'].join('\n'));
    expect(doc.meeting).toMatchObject({ body: 'Byrådet', date: '2018-11-27' });
    expect(doc.items[0]).toMatchObject({ caseNumber: '450-2018-4075', decision: 'Godkendt.', outcome: 'approved' });
  });
});

describe('after a discussion, what was resolved', () => {
  it.each([
    ['Der var en lang drøftelse af reglerne. Der besluttes, at Bo skriver til skolen om en fælles politik for hele året.', 'approved'],
    ['Der var længere diskussion med meninger for og imod. Endte til sidst (kl. 21) med, at alle kan deltage i møderne fremover.', 'approved'],
    ['Kontingentet blev diskuteret længe. Efter nogen diskussion enedes man om at nedsætte kontingentet fra næste år.', 'approved'],
    ['Der var en lang drøftelse af reglerne, men intet blev afgjort denne gang.', 'discussed'],
  ])('%s → %s', (text, outcome) => expect(outcomeOf(text)).toBe(outcome));
});

describe('amendments and dissent', () => {
  const cases: [string, string | null][] = [
    ['Ændringsforslag fra Liste Ø om at bevare Vig Skole:\nFor stemte Liste Ø (3)\nImod stemte Liste A, V, C og O (22)\nÆndringsforslaget faldt.\nHerefter blev indstillingen godkendt.', 'approved'],
    ['Ændringsforslag fra V:\nFor stemte 5\nImod stemte 20\nIndstillingen:\nFor stemte 15\nImod stemte 10', 'approved'],
    ['Ønskede ført til protokol, at forslaget ikke godkendes. Godkendt.', 'approved'],
    // Where nothing else says what became of the item, the amendments it is about (the statutes' amendments) decide it; the
    // item's own vote comes first.
    ['Vedtægtsændringer fra bestyrelsen.\nÆndringsforslagene vedtages.', 'approved'],
    ['For stemte 15\nImod stemte 10\nÆndringsforslaget faldt.', 'approved'],
  ];
  it.each(cases)('%s → %s', (text, outcome) => expect(outcomeOf(text)).toBe(outcome));
});

describe('election items', () => {
  const outcome = (title: string, record: string) => parseText(['Referat af generalforsamling 4. marts 2020', '', `1. ${title}`, record, '', '2. Eventuelt', 'Intet.'].join('\n')).items[0]!.outcome;
  it.each([
    ['Valg af referent', 'Jeanette', 'approved'],
    ['Mødeleder og referent', 'Hans mødeleder og Jens referent.', 'approved'],
    ['Valg af dirigent og referent', 'Dirigent: Sara Dal, foreslås af bestyrelsen.', 'approved'],
    ['Valg af kasserer', 'Ingen stillede op.', null],
    ['Valg af dirigent', 'Bestyrelsen foreslog Erik Dam, der påtog sig hvervet. Han konstaterede, at alt var i orden.', 'approved'],
    ['Konstituering af bestyrelsen', 'Formand - Eva Holm\nKasserer - Bo Dal', 'approved'],
    ['Regnskab', 'Jeanette', null],
    ['Valg af ordstyrer', 'KLM.', 'approved'],
    ['Valg af referent', 'KLM og en til', null],
    ['Regnskab', 'KLM', null],
    // The office, then a verb, then the one in it; the list's letters; the title said again over the names; initials and the office.
    ['Valg af dirigent', 'Dirigent var Ida Krogh – hun konstaterede, at mødet var lovligt indkaldt.', 'approved'],
    ['Valg af ordstyrer', 'a. Ida Krogh', 'approved'],
    ['Valg af stemmetællere og referent', 'Valg af stemmetællere og referent.\nStemmetællere: Ole Bak og Tove Lund.\nReferent: Ida Krogh.', 'approved'],
    ['Valg af dirigent og referent.', 'Valg af dirigent: Ole Bak.\nValg af referent: Tove Lund.', 'approved'],
    ['Valg af referent og ordstyrer.', 'OB ordstyrer, TL referent.', 'approved'],
    ['Bilagskontrollant', 'Tove Lund', 'approved'],
    ['Bilagskontrollant', 'Ingen ønskede posten.', null],
    // Chosen, told in the present (not what may be); the offices and who holds them, two or more on a line.
    ['Valg af revisor', 'De interne revisorer genvælges Den eksterne revisor genvælges Bo Dal udpeges som kasserer', 'approved'],
    ['Valg til udvalget', 'På valg er: Bo, Kim og Gert. De genvælges alle 3.', 'approved'],
    ['Valg af revisor', 'Revisor kan genvælges en gang efter vedtægterne.', null],
    ['Konstituering af bestyrelsen', 'Formand, kasserer og sekretær Formand: Bent, kasserer: Annelise, sekretær: Lisbeth', 'approved'],
  ])('%s: %s', (title, record, expected) => expect(outcome(title, record)).toBe(expected));
});

describe('a ballot counted yes and no', () => {
  it.each([
    ['Resultat: ja med 40 stemmer, nej med 12 stemmer og 2 blanke.', 'approved'],
    ['Ja: 4, nej: 12', 'rejected'],
    ['Afstemningen gav 30 ja-stemmer og 31 nej-stemmer.', 'rejected'],
    ['Optællingen gav 61 ja og 9 nej.', 'approved'],
    ['Der var 3 ja, 9 nej og 2 blanke.', 'rejected'],
  ])('%s → %s', (text, outcome) => expect(outcomeOf(text)).toBe(outcome));
  it('a yes and a no that count other things decide nothing', () => {
    expect(outcomeOf('Vi sagde ja til 3 ting og nej til 4.')).toBeNull();
  });
});

describe('sentences split for outcomes', () => {
  it('do not end at an abbreviation before a figure', () => {
    expect(sentences('Kontingent på kr. 350,- pr. år fastholdes. Mødet sluttede kl. 21. Næste møde er 4. maj.')).toEqual(['Kontingent på kr. 350,- pr. år fastholdes.', 'Mødet sluttede kl. 21.', 'Næste møde er 4. maj.']);
    expect(outcomeOf('Kontingent på kr. 350,- pr. år fastholdes, ligeledes kursusgebyr.')).toBe('approved');
  });

  it('read the vote\'s own result where the minority is told in the same sentence', () => {
    expect(outcomeOf('Efter en lang debat blev forslaget vedtaget med 14 stemmer for; én undlod at stemme, og 4 stemte imod.')).toBe('approved');
    expect(outcomeOf('Forslaget blev forkastet med 3 stemmer mod 9, og Bo stemte imod.')).toBe('rejected');
    // Dissent alone still decides nothing.
    expect(outcomeOf('Bo stemte imod forslaget.')).toBeNull();
  });
});

describe('an item that sets the fee', () => {
  it('`Kontingent` / `Uændret.` or an amount: the fee stated is what was decided; elsewhere `Uændret.` decides nothing', () => {
    const doc = parseText(['Referat af generalforsamling den 3. marts 2031', '', '1. Regnskab', 'Godkendt.', '', '2. Fastsættelse af kontingent', 'Uændret.', '', '3. Kontingent for 2032', 'Fastholdes på 200 kr.', '', '4. Vejens tilstand', 'Uændret.'].join('\n'));
    expect(doc.items.map((i) => i.outcome)).toEqual(['approved', 'approved', 'approved', null]);
  });
});

describe('a question alone under an item', () => {
  it('`Vinterklargøring?` alone is what was to be asked, no decision; a question with what was said under it keeps its record', () => {
    const doc = parseText(['Referat af bestyrelsesmøde den 3. marts 2031', '', '1. Klubhuset', 'Vinterklargøring?', '', '2. Medlemmer', 'Hvorfor kom der så få?', 'For lidt reklame og sent indkaldt.', '', '3. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.items.map((i) => i.decision)).toEqual([null, 'Hvorfor kom der så få?\nFor lidt reklame og sent indkaldt.', 'Intet.']);
  });
});

describe('the next meeting run on after its title', () => {
  it('`Næste mødedato. Tirsdag d. 5/3/2031 kl. 18.30`: a full stop for the colon', () => {
    const doc = parseText(['Referat af bestyrelsesmøde den 3. februar 2031', '', '1. Regnskab', 'Godkendt.', '', '2. Næste mødedato. Tirsdag d. 5/3/2031 kl. 18.30'].join('\n'));
    expect(doc.items.map((i) => [i.title, i.decision])).toEqual([['Regnskab', 'Godkendt.'], ['Næste mødedato', 'Tirsdag d. 5/3/2031 kl. 18.30']]);
  });
});

describe('one who took the office on, in the present', () => {
  it('`Eva takker på opfordring ja til at være dirigent.` under the election: approved', () => {
    const doc = parseText(['Referat af generalforsamling den 3. februar 2031', '', '1. Valg af referent og dirigent', 'Bo melder sig til at tage referat. Eva takker på opfordring ja til at være dirigent.', '', '2. Beretning', 'Godkendt.'].join('\n'));
    expect(doc.items[0]!.outcome).toBe('approved');
  });
});

describe('an election\'s title run into the ones chosen', () => {
  it('`Valg af referent/referenter Karin Holm og Jens Dal`: the title in small letters, then the names', () => {
    const doc = parseText(['Referat af generalforsamling den 3. marts 2031', '', '1. Valg af referent/referenter Karin Holm og Jens Dal', '2. Valg af to revisorer Bo Dal, Eva Holm og Ib Lund', '3. Eventuelt', 'Intet.'].join('\n'));
    expect(doc.items.map((i) => [i.title, i.decision, i.outcome])).toEqual([
      ['Valg af referent/referenter', 'Karin Holm og Jens Dal', 'approved'],
      ['Valg af to revisorer', 'Bo Dal, Eva Holm og Ib Lund', 'approved'],
      ['Eventuelt', 'Intet.', 'none'],
    ]);
  });
});

