/**
 * Who chaired the meeting, told in a sentence rather than a field: the elected
 * dirigent named by initials (`(JC) blev valgt som dirigent`), one proposed who
 * accepted (`Bestyrelsen foreslår Ane fra nr. 4, som modtog valg`), the chair
 * who welcomed and went on to lead (`Rådets formand, Ib Dal, bød velkommen …
 * og fortsatte som mødeleder`), the chairman who opened a meeting that elected
 * no dirigent (`Formand Ib Dal bød velkommen`). Read after the election records
 * (index.ts) found none. Each shape is a row with its examples
 * (tests/vocabulary.test.ts runs them); never the elected referent, never a
 * signature's role.
 */
import { isGivenName } from '../normalize/lexicon.js';
import type { Item, Participant } from '../schema.js';
import { tolerant } from './model.js';
import { looksLikeName } from './people.js';

/** A person as written in such a sentence: capitalised words (an initial allowed), or initials in brackets (`(JC)`). */
const PERSON = `(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]+|\\p{Lu}\\.)){0,3}|\\(\\p{Lu}{2,4}\\))`;
/** The offices of the one who leads the meeting; `dirrigent`, a consonant doubled, too. */
export const CHAIR_WORD = `(?:dirr?igent|ordstyrer|${tolerant('mødeleder')})`;
/** The same, capitalised or not, for patterns that must not ignore case (a person's name is capitalised). */
const CHAIR_WORD_ANY_CASE = `(?:[Dd]irigent|[Oo]rdstyrer|[Mm]${tolerant('ødeleder')})`;
/** (`forslog`: the verb as it is often typed.) */
const PROPOSED = `(?:foreslog|forslog|foreslår|foreslå|foresloges|foreslås|indstillede|anbefalede|anbefaler|pegede på)`;
const CHAIRMAN = `(?:\\p{L}+s\\s+)?(?:[Ff]ormand(?:en)?|[Ff]orperson(?:en)?)`;

export interface ChairRow {
  /** What the sentence tells. */
  name: string;
  re: RegExp;
  /** A word every sentence of the row holds, tested first: the pattern tries a name at every capital. */
  cue: RegExp;
  /** Only in an item that elects the chair (`Valg af dirigent`): the sentence names no office of its own. */
  inElection: boolean;
  /** Only where no item elects a dirigent: the chairman opened the meeting, and nobody else was chosen to lead it. */
  withoutElection: boolean;
  examples: [string, string | null][];
}

export const CHAIR_ROWS: ChairRow[] = [
  {
    name: 'elected to chair',
    cue: /valgt\s+(?:som|til|dirigent|ordstyrer|mødeleder)|vælges\s+(?:som|til)|blev\s+valg\s+(?:som|til)/u,
    // `Jørn Holm, tidligere formand for rådet blev valgt til dirigent`: who the person is, between commas, before the verb.
    // (`Karsten Holm, […] blev valgt …`, `Eva Dal, formand for kultur-, fritids- og idrætsudvalget, blev valgt …`: more of who it is, commas and all.)
    // (`Bo Dal valgt som dirigent`, `Bo Dal vælges til dirigent`, `… valgt til både dirigent og referent`.)
    re: new RegExp(`(?<![\\p{L}])${PERSON}(?:\\s*\\([^()]*\\))?(?:\\s+fra\\s+\\p{Lu}[\\p{L}\\-]+|\\s+\\(?(?:have|hus|nr\\.?)\\s*\\d+[a-z]?\\)?|\\s+\\p{Lu}\\p{Ll}+(?:vej|gade|allé|alle|stræde|sti|bakken|parken|vænget|toften|haven)\\s+\\d+[a-zA-Z]?)?(?:,\\s*(?:\\[(?:\\.{3}|…)\\]|(?:\\p{Ll}|\\[)[^.]{2,90}?|\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+)?),?)?,?\\s+(?:(?:(?:blev|er|bliver)(?:,[^,.]{2,60},)?\\s+(?:(?!ikke\\b)\\p{Ll}+\\s+){0,2}?)?(?:gen)?valgt|(?:gen)?vælges|blev\\s+valg)\\s+(?:(?:som|til)\\s+(?:både\\s+)?(?:(?:aftenens|aftens|dagens|mødets)\\s+)?${CHAIR_WORD}|${CHAIR_WORD}(?![\\p{L}]))`, 'gu'),
    inElection: false,
    withoutElection: false,
    examples: [
      ['Astrid Holm, Ramløse, valgt til dirigent.', 'Astrid Holm'],
      ['(KV) blev valgt som dirigent og (LB) som referent.', '(KV)'],
      ['Jørn Holm, tidligere formand for rådet blev valgt til dirigent.', 'Jørn Holm'],
      ['Asta Holm blev enstemmigt valgt til ordstyrer.', 'Asta Holm'],
      ['Else bliver valgt som aftens dirigent.', 'Else'],
      ['Frode blev overraskende nok genvalgt som dirigent med applaus.', 'Frode'],
      ['Bo Lind blev valgt som referent.', null],
      ['Bo Lind blev ikke valgt som dirigent.', null],
      ['Valg af dirigent og referent: Bo Dal valgt som dirigent og Ib Lund som referent.', 'Bo Dal'],
      ['Ole Svane vælges til dirigent og referent', 'Ole Svane'],
      ['a. Ib Holm blev valgt til både dirigent og referent', 'Ib Holm'],
      ['Karl Dam, […] blev valgt som dirigent.', 'Karl Dam'],
      ['Eva Dal, formand for kultur-, fritids- og idrætsudvalget, blev valgt som dirigent, og Bo Lund valgt som referent.', 'Eva Dal'],
      ['Carl Holm fra Kolding blev valgt til dirigent', 'Carl Holm'],
      ['Jens Bo Dal Skovvej 42 blev valgt som dirigent.', 'Jens Bo Dal'],
      ['Marianne have 32 blev valgt til dirigent.', 'Marianne'],
      ['Teddy Holm blev valg til dirigent.', 'Teddy Holm'],
      ['Tove Holm blev, traditionen tro og med applaus, valgt som dirigent.', 'Tove Holm'],
      ['Bent Holm (BH) blev valgt dirigent.', 'Bent Holm'],
      ['Bent Holm blev valgt dirigentens stedfortræder.', null],
      ['Bent Holm blev valgt til dirigentposten.', 'Bent Holm'],
      ['KB-medlem Eva Holm blev valgt til aftenens dirigent.', 'Eva Holm'],
      ['Karsten Holm, [...] blev valgt som dirigent.', 'Karsten Holm'],
    ],
  },
  {
    name: 'the office, then who was chosen',
    cue: /dirigent|ordstyrer|deleder/iu,
    re: new RegExp(`(?<![\\p{L}])(?:[Ss]om|[Tt]il)\\s+(?:(?:såvel|både)\\s+)?${CHAIR_WORD}(?:\\s+(?:som|og)\\s+referent)?\\s+(?:valgtes|vælges|foreslås\\s+og\\s+vælges\\s*:?|blev\\s+(?:foreslået\\s+og\\s+)?(?:enstemmigt\\s+)?valgt)\\s+(?:\\p{Ll}+\\s+){0,2}?${PERSON}|(?<![\\p{L}])${CHAIR_WORD_ANY_CASE}\\s+(?:var|blev)\\s+(?:\\p{Ll}+\\s+){0,2}?${PERSON}|(?<![\\p{L}])${PERSON}\\s+(?:blev|er|var)\\s+${CHAIR_WORD}\\b|(?<![\\p{L}])(?:blev|er)\\s+${PERSON}\\s+(?:gen)?valgt?\\s+(?:som|til)\\s+${CHAIR_WORD}|(?<![\\p{L}])valg\\s+af\\s+${CHAIR_WORD}[^.]{0,20}?\\s+det\\s+blev\\s+${PERSON}|(?<![\\p{L}]|(?:[Ss]om|[Tt]il|af|[Vv]alg)\\s)${CHAIR_WORD_ANY_CASE}\\s+(?!valgt|(?:Til|Som|Af|Valg|Den|Det|Der|De)\\b)${PERSON}(?=\\s+\\p{Ll}|\\s*[,.]|$)`, 'gu'),
    inElection: false,
    withoutElection: false,
    examples: [
      ['Til dirigent valgtes Poul Brink.', 'Poul Brink'],
      ['Til dirigent blev foreslået og enstemmigt valgt Kjeld Holm.', 'Kjeld Holm'],
      ['Til såvel dirigent som referent valgtes Steffen', 'Steffen'],
      ['Til dirigent foreslås og vælges: Jens Holm, Holmby Squaredance.', 'Jens Holm'],
      ['Som ordstyrer blev valgt næstformand Lise Kjær, og som referent Bo Lind.', 'Lise Kjær'],
      ['Mødeleder var Søren Aagaard.', 'Søren Aagaard'],
      ['Bo Dal blev ordstyrer, Ib Lund referent.', 'Bo Dal'],
      ['Leif er dirigent og Ulla referent.', 'Leif'],
      ['Dernæst blev Hans Holm valgt som dirigent.', 'Hans Holm'],
      ['På forslag fra formanden blev Tove Holm valg som dirigent.', 'Tove Holm'],
      ['Derefter var der valg af dirigent og det blev Maja Dal.', 'Maja Dal'],
      ['Herefter førte dirigent Henrik Holm os gennem dagsordenen.', 'Henrik Holm'],
      ['Dirigent Bo Dal og referent Eva Lund takkede for valget.', 'Bo Dal'],
      ['Dirigenten var enig i forslaget.', null],
      ['Som referent valgtes Poul Brink.', null],
    ],
  },
  {
    name: 'the office as a label before the name',
    cue: /irigent|rdstyrer|ødeleder|acilitator/u,
    // (Two offices in one label, `Ordstyrer/Dirigent:`; a full stop for the colon, `Dirigent. Bo Dal`; the person's own office before the name, `Mødeleder: Formand Bo Dal`.)
    // (Or after the sentence before, or the election's title and a letter: `Referent. Bo Dal. Dirigent. Eva Holm`, `A: Valg af dirigent. Eva Holm.`)
    // (Elected, said in the label: `Valgt til dirigenter: Bo Dal og Eva Holm`; the office and another in it, `Valg af ordstyrer og dirigent:
    // Bo & Eva`, `Valg af mødeleder/ordstyrer: BD valgt.`: the first named.)
    re: new RegExp(`(?:^|(?<=\\p{Ll}\\.\\s))(?:\\p{Lu}[.:)]\\s+)?(?:[Vv]alg\\s+af\\s+|[Vv]algt\\s+til\\s+)?(?:(?:[Oo]rdstyrer|[Dd]irigent|[Mm]ødeleder)\\s*\\/\\s*)?(?:[Dd]irigent(?:er)?|DIRIGENT|[Oo]rdstyrer(?:e)?|ORDSTYRER|[Mm]ødeleder|[Ff]acilitator|[Mm]ødefacilitator)(?:\\s+og\\s+(?:dirigent|ordstyrer|referent))?(?:\\s*[:.;](?:\\s*[–-](?=\\s))?|\\s+[–-])\\s*(?:(?:[Ff]ormand|[Nn]æstformand|[Bb]orgmester)(?:en)?\\s+)?${PERSON}(?=\\s*(?:[,.(&]|$|\\s+\\p{Lu}\\p{Ll}+:|\\s+og\\s+\\p{Lu}|\\s+(?:gen)?valgt\\b)|\\s+\\p{Ll}+\\.?\\s+\\d{1,4}(?!\\S*\\s+\\p{Ll}))`, 'gu'),
    inElection: false,
    withoutElection: false,
    examples: [
      ['Dirigent: Claus, Sølvmågevej', 'Claus'],
      ['Ordstyrer: Bo Dal.', 'Bo Dal'],
      ['Dirigent: Ingen blev valgt', null],
      ['Ordstyrer/Dirigent: Knud Holm', 'Knud Holm'],
      ['Dirigent. Flemming Dal', 'Flemming Dal'],
      ['Dirigent – Bitten Holm-Dal.', 'Bitten Holm-Dal'],
      ['Referent. Anne Holm. Dirigent. Flemming Dal', 'Flemming Dal'],
      ['A: Valg af dirigent. Christian Holm.', 'Christian Holm'],
      ['B: Valg af referent. Bo Dal.', null],
      ['Mødeleder: Formand Palle Holm Suppleanter: Referent: Bo Dal', 'Palle Holm'],
      ['Valg af dirigent: - Peter Holm.', 'Peter Holm'],
      ['Mødeleder; Tove. Referent; Bo', 'Tove'],
      ['Facilitator: Mads Holm', 'Mads Holm'],
      ['Valgt til dirigenter: Eva Holm og Bo Dal', 'Eva Holm'],
      ['Valg af ordstyrer og dirigent: Helge & Dorthe', 'Helge'],
      ['Valg af mødeleder/ordstyrer: Bo Dal valgt.', 'Bo Dal'],
      ['Valg af referent og dirigent: Bo Dal', null],
      ['Valg af dirigent – Bent Skov Dal have 69', 'Bent Skov Dal'],
      ['Dirigent: Bo Dal har ordet', null],
    ],
  },
  {
    name: 'chose someone to chair',
    cue: /valgte|valgtes|vælger/u,
    // (Who the person is before the name, an office in small letters perhaps after a body's genitive, and whose dirigent:
    // `valgtes advokat Bo Dal som generalforsamlingens dirigent`, `vælger Holmbys sekretær Eva Lund til dirigent`.)
    re: new RegExp(`(?<![\\p{L}])(?:valgte|valgtes|genvalgte|vælger)\\s+(?:enstemmigt\\s+)?(?:\\p{Lu}[\\p{L}\\-]*[’']?s\\s+)?(?:\\p{Ll}{3,}\\s+)?${PERSON}(?:\\s*\\([^()]*\\))?(?:\\s+fra\\s+\\p{Lu}[\\p{L}\\-]+)?\\s+(?:som|til)\\s+(?:\\p{Ll}+s\\s+)?${CHAIR_WORD}|(?<![\\p{L}])${PERSON}(?:\\s*\\([^()]*\\))?\\s+valgtes\\s+(?:enstemmigt\\s+)?(?:som|til)\\s+${CHAIR_WORD}`, 'gu'),
    inElection: false,
    withoutElection: false,
    examples: [
      ['Generalforsamlingen valgte Rikke Holm som dirigent.', 'Rikke Holm'],
      ['De fremmødte valgte enstemmigt Kjeld som dirigent.', 'Kjeld'],
      ['Mogens Frost valgtes til ordstyrer.', 'Mogens Frost'],
      ['Vi valgte Bo Holm fra Vejby til dirigent.', 'Bo Holm'],
      ['Forsamlingen vælger Eva Holm til dirigent og protokolfører.', 'Eva Holm'],
      ['Forsamlingen valgte Rikke Holm som referent.', null],
      ['Traditionen tro valgtes advokat Bo Dal som generalforsamlingens dirigent.', 'Bo Dal'],
      ['Forsamlingen vælger Holmbys sekretær Eva Lund til dirigent.', 'Eva Lund'],
    ],
  },
  {
    name: 'chosen, told in other words',
    cue: /irigent|rdstyrer|ødeleder/u,
    // `Til årsmødets dirigent valgte forsamlingen Eva Lund`, `Bo Dal udpeges som dagens dirigent`, `Efter at Bo Dal var valgt til
    // dirigent, …`, `Bo Dal som dirigent.` (the sentence no more than that).
    re: new RegExp(`(?<![\\p{L}])[Tt]il\\s+(?:\\p{Ll}+s\\s+)?${CHAIR_WORD}\\s+(?:valgte|valgtes|udpegede)\\s+(?:\\p{Ll}+\\s+){0,2}?${PERSON}|(?<![\\p{L}])${PERSON}\\s+(?:udpeges|udpegedes|blev\\s+udpeget|var\\s+(?:blevet\\s+)?valgt)\\s+(?:som|til)\\s+(?:\\p{Ll}+s\\s+)?${CHAIR_WORD}|^${PERSON}\\s+som\\s+(?:\\p{Ll}+s\\s+)?${CHAIR_WORD}\\.?$`, 'gu'),
    inElection: false,
    withoutElection: false,
    examples: [
      ['Til årsmødets dirigent valgte forsamlingen Eva Lund.', 'Eva Lund'],
      ['Bo Dal udpeges som dagens dirigent af bestyrelsen.', 'Bo Dal'],
      ['Efter at Ib Holm var valgt til dirigent, gik vi videre.', 'Ib Holm'],
      ['Ib Holm som dirigent.', 'Ib Holm'],
      ['Ib Holm som referent og Bo Dal som kasserer.', null],
      ['Til årsmødets referent valgte forsamlingen Eva Lund.', null],
    ],
  },
  {
    name: 'chosen or proposed for the office, as a noun',
    cue: /(?:valg|forslag|foreslag)\s+af|[Tt]il\s+at\s+(?:styre|lede)/u,
    // `Mødet startede med valg af Bo Dal som ordstyrer`, `Bestyrelsens forslag af Eva Holm som dirigent blev bekræftet`,
    // `Til at styre forsamlingen valgtes Bo Dal`.
    re: new RegExp(`(?<![\\p{L}])(?:valg|forslag|foreslag)\\s+af\\s+${PERSON}\\s+(?:som|til)\\s+${CHAIR_WORD}|(?<![\\p{L}])[Tt]il\\s+at\\s+(?:styre|lede)\\s+(?:forsamlingen|mødet|generalforsamlingen|årsmødet)\\s+(?:valgtes|blev\\s+(?:enstemmigt\\s+)?valgt)\\s+${PERSON}`, 'gu'),
    inElection: false,
    withoutElection: false,
    examples: [
      ['Mødet startede med valg af Leo Holm som ordstyrer, herefter fik formanden ordet.', 'Leo Holm'],
      ['Bestyrelsens forslag af Birte Dal som dirigent blev bekræftet med applaus.', 'Birte Dal'],
      ['Til at styre forsamlingen valgtes Kaj Anker Dam.', 'Kaj Anker Dam'],
      ['Næste punkt var valg af revisor.', null],
      ['Bestyrelsens forslag af Birte Dal som kasserer blev vedtaget.', null],
    ],
  },
  {
    name: 'named beside the office',
    cue: /(?:dirigenten|ordstyreren|mødelederen),/iu,
    // `… så ordstyreren, Clara Holm, og referenten, Bo Dal, fik travlt`: the office, then the name between commas.
    re: new RegExp(`(?<![\\p{L}])(?:[Dd]irigenten|[Oo]rdstyreren|[Mm]ødelederen),\\s+${PERSON},`, 'gu'),
    inElection: false,
    withoutElection: false,
    examples: [
      ['De fremmødte gik til sagen, så ordstyreren, Clara Holm, og referenten, Bo Dal, fik travlt.', 'Clara Holm'],
      ['Dirigenten, Ib Lund, konstaterede at generalforsamlingen var lovligt indkaldt.', 'Ib Lund'],
      ['Referenten, Bo Dal, sendte referatet rundt.', null],
    ],
  },
  {
    name: 'took on the office',
    cue: /påtog|accepterede|indvilligede|fungere|virke|(?<!\p{L})(?:over)?tog\s+(?:dirigent|ordstyrer)/u,
    // (`Eva Holm tog dirigentposten`: the office's post as one word; `Bo Dal fungerede som dirigent`, `Som ordstyrer fungerede Bo Dal`:
    // the office held, told in the past.)
    re: new RegExp(`(?<![\\p{L}])${PERSON}(?:\\s*\\([^()]*\\))?\\s+(?:(?:påtog\\s+sig|accepterede|indvilligede\\s+i)\\s+(?:hvervet|opgaven|at\\s+være|at\\s+fungere)\\s+(?:som\\s+)?${CHAIR_WORD}|(?:påtog\\s+sig|(?:over)?tog)\\s+${CHAIR_WORD}(?:posten|hvervet|rollen|opgaven)\\b|(?:fungerede|virkede)\\s+som\\s+${CHAIR_WORD}\\b)|(?<![\\p{L}])[Ss]om\\s+${CHAIR_WORD}\\s+(?:fungerede|virkede)\\s+${PERSON}`, 'gu'),
    inElection: false,
    withoutElection: false,
    examples: [
      ['Anne Holm påtog sig hvervet som dirigent.', 'Anne Holm'],
      ['Jens Kok accepterede at være ordstyrer.', 'Jens Kok'],
      ['Eva Holm tog dirigentposten og takkede for valget.', 'Eva Holm'],
      ['Bo Lind tog referentposten.', null],
      ['Bo Lind påtog sig hvervet som referent.', null],
      ['Bo Dal fungerede som dirigent og Eva Holm som referent.', 'Bo Dal'],
      ['Som ordstyrer fungerede Eva Holm.', 'Eva Holm'],
      ['Eva Holm fungerede som referent.', null],
    ],
  },
  {
    name: 'led the meeting',
    cue: /ledet|ledede|ledte|leder/u,
    re: new RegExp(`(?<![\\p{L}])(?:[Mm]ødet|[Gg]eneralforsamlingen|[Ff]orsamlingen)\\s+(?:blev\\s+)?ledet\\s+af\\s+(?:\\p{Ll}+\\s+){0,2}?${PERSON}|(?<![\\p{L}])(?:${CHAIRMAN}\\s+)?${PERSON}(?:\\s*\\([^()]*\\))?\\s+(?:ledede|ledte|leder)\\s+(?:mødet|generalforsamlingen|forsamlingen)`, 'gu'),
    inElection: false,
    withoutElection: false,
    examples: [
      ['Mødet blev ledet af næstformand Anja Berg.', 'Anja Berg'],
      ['Jens Ulrik Bak ledede mødet.', 'Jens Ulrik Bak'],
      ['Formand Bo Holm ledte mødet.', 'Bo Holm'],
      ['Mødet blev ledet godt.', null],
      ['Britt Holm leder generalforsamlingen på fornem vis.', 'Britt Holm'],
      ['Bo Dal, leder af skolen, bød velkommen.', null],
    ],
  },
  {
    name: 'proposed to chair',
    cue: /foresl|forslog|indstillede|anbefal|pegede/u,
    re: new RegExp(`(?<![\\p{L}])${PROPOSED}\\s+(?:[\\p{Ll}\\s]{0,60}?\\s)?(?:valg\\s+af\\s+)?${PERSON}(?:\\s*\\([^()]*\\))?(?:,\\s*[^,.]{2,40}?,?)?,?\\s+(?:(?:som|til)\\s+${CHAIR_WORD}|til\\s+at\\s+lede\\b)`, 'gu'),
    inElection: false,
    withoutElection: false,
    examples: [
      ['Formanden, Eva Lund, bød velkommen og fore-slog på bestyrelsens vegne valg af Bent Vad, Skovvej 2, som dirigent.', 'Bent Vad'],
      ['Bestyrelsen foreslog Jonna Krag som referent.', null],
      ['Bestyrelsen ville gerne foreslå Ivar Dal, Strandvej 31, som dirigent. Han blev valgt.', 'Ivar Dal'],
      ['Bestyrelsen indstillede Anne Holm, som dirigent og hun kunne konstatere, at alt var i orden.', 'Anne Holm'],
      ['Bestyrelsen anbefalede Bo Dal, konsulent i regionen, som dirigent.', 'Bo Dal'],
      ['Formanden foreslog Bo Dal, Holmvej 17 som dirigent, hvilket blev vedtaget.', 'Bo Dal'],
      ['Eva bød velkommen og foreslog Ib Lund som dirrigent.', 'Ib Lund'],
      ['Bestyrelsen forslog Bo S. Dal som dirigent, og Bo modtog valg', 'Bo S. Dal'],
    ],
  },
  {
    // `Hans Dal blev foreslået som generalforsamlingens dirigent`, `Til dirigent blev Ole Holm foreslået og …`, `Valgt som dirigent - Søren
    // Dal`: the one put forward for the office, told in the passive, or the office first and the name after a dash.
    name: 'proposed for the office, told in the passive',
    cue: /foreslået|[Vv]algt\s+som/u,
    re: new RegExp(`(?<![\\p{L}])${PERSON}\\s+blev\\s+(?:(?!ikke\\b)\\p{Ll}+\\s+)?foreslået\\s+(?:som|til)\\s+(?:(?:generalforsamlingens|mødets|aftenens)\\s+)?${CHAIR_WORD}(?![\\p{L}])|(?<![\\p{L}])[Tt]il\\s+${CHAIR_WORD}\\s+blev\\s+${PERSON}\\s+foreslået|^[Vv]algt\\s+som\\s+${CHAIR_WORD}\\s*[-–:]\\s*${PERSON}\\.?$`, 'gu'),
    inElection: false,
    withoutElection: false,
    examples: [
      ['Formanden Jørgen Holm bød velkommen, og Hans Dal blev foreslået som generalforsamlingens dirigent.', 'Hans Dal'],
      ['Karina Dal blev foreslået som dirigent.', 'Karina Dal'],
      ['Til dirigent blev Ole Holm foreslået og til referent blev foreslået Lasse Dal, og begge blev valgt.', 'Ole Holm'],
      ['Valgt som dirigent - Søren Dal', 'Søren Dal'],
      ['Bo Lind blev foreslået som referent.', null],
      ['Bo Lind blev ikke foreslået som dirigent.', null],
    ],
  },
  {
    name: 'proposed, and accepted',
    cue: /foresl|indstillede|pegede/u,
    re: new RegExp(`(?<![\\p{L}])${PROPOSED}\\s+${PERSON}(?:\\s+fra\\s+[^,]{1,40}?)?,?\\s+(?:som|der)\\s+(?:modtog|tog\\s+imod|accepterede|modtager|tager\\s+imod)\\s+valg(?:et)?`, 'gu'),
    inElection: true,
    withoutElection: false,
    examples: [
      ['Bestyrelsen foreslår Hanne fra nr. 12 som modtog valg.', 'Hanne'],
      ['Forsamlingen foreslog Erik Dam, der tog imod valget.', 'Erik Dam'],
    ],
  },
  {
    name: 'proposed, then elected, in the item that elects the chair',
    cue: /foresl|indstillede/u,
    // `Bestyrelsen havde foreslået advokat Bo Dal, der blev enstemmigt valgt.`,
    // `Bo Dal blev som den eneste foreslået af bestyrelsen og dermed valgt.`, `Bestyrelsen foreslog Bo Dal – valgt med applaus`:
    // who was proposed, then a word of the election within the next sentence.
    re: new RegExp(`(?:(?:${PROPOSED}|havde\\s+foreslået)\\s+(?:(?:advokat|formand(?:en)?|næstformand(?:en)?|tidligere\\s+\\p{Ll}+)\\s+)?${PERSON}(?=[\\s,–-])|(?<![\\p{L}])${PERSON}\\s+(?:blev|er|bliver)\\s+(?:som\\s+den\\s+eneste\\s+)?foreslået)(?:,\\s*\\p{Lu}[\\p{L}\\-]+)?(?![^.]{0,40}\\bsom\\s+referent\\b)[^.]{0,80}?(?:\\.\\s+(?:[^.]{0,60}?\\s)?(?:(?:blev|er)\\s+(?:han|hun)|[Bb]lev)\\s+(?:\\p{Ll}+\\s+)?)?(?<![\\p{L}])(?:valgt|vælges)(?![\\p{L}])`, 'gu'),
    inElection: true,
    withoutElection: false,
    examples: [
      ['Bestyrelsen havde foreslået advokat Eva Holm, der blev enstemmigt valgt.', 'Eva Holm'],
      // (The election in the sentence after: `… Da der ikke var andre kandidater, blev hun enstemmigt valgt.`, `… somdirigent. Blev valgt.`)
      ['Bestyrelsen havde foreslået advokat Eva Holm, Holmby. Da der ikke var andre kandidater, blev hun enstemmigt valgt.', 'Eva Holm'],
      ['Oldermanden foreslog Ib Lund somdirigent. Blev valgt.', 'Ib Lund'],
      ['Bestyrelsen foreslog Bo Dal som referent. Han blev valgt.', null],
      ['Bo Dal blev som den eneste foreslået af bestyrelsen og dermed valgt.', 'Bo Dal'],
      ['Bestyrelsen foreslog Kim Lund – valgt med applaus', 'Kim Lund'],
      ['Palle Holm er foreslået og bliver valgt uden modkandidat.', 'Palle Holm'],
      ['Bestyrelsen foreslog Bo Dal som referent, og han blev valgt.', null],
    ],
  },
  {
    name: 'took it on, took both, or was elected unanimously, in the item that elects the chair',
    cue: /påtog|begge|enstemmigt/u,
    // `På forslag fra bestyrelsen påtog Bo Dal, formand for vejlauget, sig hvervet`, `Bo Dal til begge.` (dirigent and referent),
    // `Bo Dal enstemmigt valgt og kunne konstatere …`.
    re: new RegExp(`(?<![\\p{L}])påtog\\s+${PERSON}(?:,[^,.]{2,90},)?\\s+sig\\s+(?:hvervet|opgaven)|(?:^|(?<=:\\s{0,3}))${PERSON}\\s+til\\s+begge\\b|(?:^|(?<=:\\s{0,3}))${PERSON}\\s+(?:blev\\s+)?enstemmigt\\s+(?:gen)?valgt?\\b`, 'gu'),
    inElection: true,
    withoutElection: false,
    examples: [
      ['På forslag fra bestyrelsen påtog Ida Krogh, formand for vejlauget, sig hvervet og takkede for valget.', 'Ida Krogh'],
      ['Ove Dal til begge.', 'Ove Dal'],
      ['Valg af dirigent og referent: Ove Dal til begge.', 'Ove Dal'],
      ['Tina Holm enstemmigt valg og kunne konstatere, at mødet var lovligt indkaldt.', 'Tina Holm'],
      ['Efter en snak påtog bestyrelsen sig opgaven.', null],
    ],
  },
  {
    name: 'elected, in the item that elects the chair',
    cue: /valgt|valgtes|vælges|foresl|påtog|forslag|applaus|akklamation|konstater/iu,
    // `Valg af dirigent` / `Bo Dal er valgt.`, `I stedet valgtes Eva Lund.`, `Bo Dal blev foreslået og takkede ja.`,
    // `Bestyrelsen foreslog Bo Dal, der påtog sig hvervet.`, `Bestyrelsens forslag: Bo Dal. Valgt …`.
    re: new RegExp(`^(?:\\p{Ll}\\.\\s+)?(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,3})\\s+(?:blev|er)\\s+(?:enstemmigt\\s+)?valgt\\.?$|^${PERSON}\\s+(?:nomineres|foreslås|indstilles)\\s+og\\s+(?:vælges|valgtes)\\.?$|^(?:[Ii]\\s+stedet\\s+)?valgtes\\s+${PERSON}\\.?$|^${PERSON}\\s+blev\\s+foreslået\\s+og\\s+(?:takkede\\s+ja|accepterede|modtog\\s+valg)|(?<![\\p{L}])${PROPOSED}\\s+${PERSON}(?:\\s*\\([^()]*\\))?,?\\s+(?:der|som)\\s+påtog\\s+sig\\s+hvervet|(?<![\\p{L}])forslag:\\s*${PERSON}\\.|(?<![\\p{L}])${PROPOSED}\\s+${PERSON}(?:\\s+som\\s+${CHAIR_WORD})?,?\\s+og\\s+(?:han|hun)\\s+blev\\s+(?:enstemmigt\\s+)?valgt|(?<![\\p{L}])${PERSON}\\s+blev\\s+(?:foreslået(?:\\s+af\\s+(?:bestyrelsen|formanden))?\\s+og\\s+)?(?:enstemmigt\\s+)?valgt?(?=\\s+(?:og|uden|med)\\s|\\s*[.,]|$)|(?<![\\p{L}])(?:[Bb]estyrelsen|[Ff]ormanden|[Ff]orsamlingen|[Gg]eneralforsamlingen)\\s+(?:foreslog|foreslår)\\s+${PERSON}(?:\\s*\\([^()]*\\))?(?=\\s*[.,]|$|\\)$)|(?<![\\p{L}])[Vv]alg(?:et|t)\\s+fal(?:der|dt)\\s+på\\s+${PERSON}|^[Vv]algt(?:\\s+(?:uden\\s+afstemning|enstemmigt))?\\s+blev\\s+${PERSON}|(?<![\\p{L}])blev\\s+${PERSON}\\s+(?:enstemmigt\\s+)?valgt(?=\\s+(?:og|uden|med)\\s|\\s*[.,]|$)|(?<![\\p{L}])${PERSON}\\s+blev\\s+foreslået,\\s+(?:og\\s+(?:enstemmigt\\s+)?valgt|(?:\\p{Lu}\\p{Ll}+\\s+)?modtog\\s+valg)|(?:^|(?<=${CHAIR_WORD}\\s*:?\\s+))(?:[Tt]raditionen\\s+tro\\s+|[Ii]gen\\s+|[Ss]om\\s+sædvanlig\\s+)?(?:valgtes|vælges|genvælges)\\s+${PERSON}(?=\\s*[.,]|$)|(?:^|(?<=${CHAIR_WORD}\\s*:?\\s+))${PERSON}\\s+med\\s+(?:applaus|akklamation)\\b|(?:^|(?<=${CHAIR_WORD}\\s*:?\\s+))${PERSON}\\s+valgtes\\b|(?:^|(?<=${CHAIR_WORD}\\s*:?\\s+))${PERSON},?\\s+(?:som|der)\\s+(?:konstaterer|konstaterede|kunne\\s+konstatere)\\b`, 'gu'),
    inElection: true,
    withoutElection: false,
    examples: [
      ['Bo Dal er valgt.', 'Bo Dal'],
      ['Eva Dal nomineres og vælges.', 'Eva Dal'],
      ['I stedet valgtes Eva Lund.', 'Eva Lund'],
      ['Joos Holm blev foreslået og takkede ja.', 'Joos Holm'],
      ['Bestyrelsen foreslog Erik Dam, der påtog sig hvervet.', 'Erik Dam'],
      ['Bestyrelsens forslag: Thomas Lund.', 'Thomas Lund'],
      ['Formanden foreslog Bo Dal og han blev valgt ved afstemning.', 'Bo Dal'],
      ['Gunnar Holm blev foreslået og valgt. Han konstaterede, at generalforsamlingen var lovligt indkaldt.', 'Gunnar Holm'],
      ['Gunnar Holm blev foreslået af bestyrelsen og valgt med applaus.', 'Gunnar Holm'],
      ['Birgit G. blev valgt og konstaterede, at generalforsamlingen var lovlig.', 'Birgit G.'],
      ['Bestyrelsen foreslog Jørgen Dal (JD). Der var ingen andre forslag, og JD blev valgt.', 'Jørgen Dal'],
      ['Bestyrelsen foreslår Peter Holm. Godkendt.', 'Peter Holm'],
      // (In brackets after the item's title, in small letters: `1. Valg af dirigent (bestyrelsen foreslår Gro)`.)
      ['(bestyrelsen foreslår Gro)', 'Gro'],
      ['Valgt falder på Gunhild Holm', 'Gunhild Holm'],
      ['Valgt blev Jens Holm.', 'Jens Holm'],
      ['Efter forslag blev Jens Holm valgt.', 'Jens Holm'],
      ['Valg af dirigent – Eva Dal blev valg, og hun konstaterede at alt var i orden.', 'Eva Dal'],
      ['Valgt uden afstemning blev Knud Dal Lund, der konstaterede, at alt var i orden.', 'Knud Dal Lund'],
      ['Kurt Holm blev foreslået, Kurt modtog valg.', 'Kurt Holm'],
      ['Valg af dirigent: Niels H. Dal valgtes', 'Niels H. Dal'],
      ['Jørgen Holm, som konstaterer at generalforsamlingen er lovligt indvarslet.', 'Jørgen Holm'],
      ['Valg af ordstyrer: Jørgen Holm, som konstaterer at alt er i orden.', 'Jørgen Holm'],
      ['Per Dal blev foreslået, og valgt til dirigent.', 'Per Dal'],
      ['Valg af dirigent Bestyrelsen foreslår Peter Holm. Godkendt.', 'Peter Holm'],
      ['Traditionen tro vælges Bent Holm.', 'Bent Holm'],
      ['Mogens Dal med applaus fra de fremmødte medlemmer.', 'Mogens Dal'],
      ['Valg af dirigent: Mogens Dal med applaus.', 'Mogens Dal'],
      ['Følgende blev valgt med 10 stemmer for: Dirigent: Tom Holm', null],
      ['Bo Dal blev valgt som referent.', null],
      ['Regnskabet er valgt.', null],
      ['Som referent valgtes Bo Dal.', null],
    ],
  },
  {
    name: 'welcomed, and led',
    cue: /velkommen|åbnede/u,
    re: new RegExp(`(?<![\\p{L}])${PERSON},?\\s+(?:bød\\s+velkommen|åbnede\\s+mødet)[^.]{0,160}?\\s+og\\s+(?:fortsatte|fungerede|virkede)\\s+som\\s+${CHAIR_WORD}`, 'gu'),
    inElection: false,
    withoutElection: false,
    examples: [
      ['Rådets formand, Jytte Bak Holm, bød velkommen til årets første møde og fortsatte som mødeleder.', 'Jytte Bak Holm'],
      ['Karl Ravn bød velkommen og fungerede som ordstyrer.', 'Karl Ravn'],
    ],
  },
  {
    name: 'the chairman opened',
    cue: /velkommen|åbnede/u,
    re: new RegExp(`(?<![\\p{L}])${CHAIRMAN},?\\s+${PERSON},?\\s+(?:bød\\s+velkommen|åbnede\\s+mødet)`, 'gu'),
    inElection: false,
    withoutElection: true,
    examples: [
      ['Formand Ib Dal bød velkommen.', 'Ib Dal'],
      ['Foreningens formand, Grete Munk, åbnede mødet kl. 19.', 'Grete Munk'],
      ['Ib Dal bød velkommen.', null],
    ],
  },
];

/** A word every row's sentence holds: an office, an election or a proposal, leading, welcoming. */
const CUE = new RegExp(`${CHAIR_WORD}|facilitator|(?<!\\p{L})(?:valg|valget|valgt|valgte|valgtes|vælges|genvalgte|ledet|ledede|ledte|velkommen|åbnede|foreslået|foreslog|foreslår|forslag|påtog|applaus|akklamation|begge)(?!\\p{L})|til\\s+at\\s+lede|leder\\s+(?:mødet|generalforsamlingen|forsamlingen)|(?:som|der)\\s+konstater`, 'iu');

/** An office's label run on after a name: `Tom Holm Referent`, `Bo Dal Kasserer`. */
export const NEXT_OFFICE = /\s+(?:Referent|Kasserer|Formand|Næstformand|Sekretær|Dirigent|Ordstyrer|Revisor|Stemmetællere?)$/u;

/** Capitalised words at a sentence's start that are no one: `Formanden blev valgt`, `Bestyrelsen er …`, `Blev valgt.` (the subject left out), `Følgende blev valgt`, `Undertegnede blev valgt` (the one who wrote). */
export const NOT_A_PERSON = /^(?:Som|Til|Derefter|Herefter|Dernæst|Her|Indledningsvis|Efterfølgende|Endelig|Først|Så|Formanden|Forpersonen|Bestyrelsen|Han|Hun|Der|Det|Den|De|Dirigenten|Ordstyreren|Referenten|Forsamlingen|Generalforsamlingen|Mødet|Vi|Følgende|Forslag|Forslaget|Begge|Alle|Ingen|Traditionen|Valget|Blev|Er|Var|Valgt|Genvalgt|Enstemmigt|Undertegnede|Undertegnet)\b/u;
/** A word that makes a name an organisation's (`Holmby Roklub`, `Kulturudvalget`). */
export const ORGANISATION = /(?:forening|klub|selskab|udvalg|råd|bestyrelse|laug)(?:en|et|ben|s)?\b/iu;
/** The chair's office named in a record: `dirigent`, `ordstyrer`, `mødeleder`. */
const CHAIR_OFFICE_WORD = /(?<!\p{L})(?:dirigent|ordstyrer|mødeleder)(?!\p{L})/iu;

/** An item that elects the one to chair: `Valg af dirigent`, `Valg af ordstyrer og referent`. */
export const CHAIR_ITEM = new RegExp(`^(?:(?:valg|udpegning|udnævnelse)\\s+af\\s+)?${CHAIR_WORD}(?:er|erne)?\\b`, 'iu');

/** A word broken at a line's end and kept with its hyphen (`fore-slog`, `For-slaget`) made whole again, for reading. */
function unbroken(text: string): string {
  // (Most sentences hold no hyphen at all.)
  if (!text.includes('-')) return text;
  // (Not a part of a word before `og`/`eller`, `for- og bagside`, nor a dash before them after a name, `Bo Dal- og Eva …`.)
  return text.replace(/(\p{L}\p{Ll})-\s?(?!(?:og|eller)(?!\p{L}))(\p{Ll}{2})/gu, '$1$2');
}

function sentences(text: string): string[] {
  // (A middle initial ends no sentence: `Johnny K. Andersen`.)
  return unbroken(text.replace(/\s+/g, ' '))
    .split(/(?<=[.!?])(?<!(?<!\p{L})\p{Lu}\.)\s+(?=[\p{Lu}(])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A name run on into the next sentence that starts with its first name (`Bo Dal Bo blev valgt`, a line's end without a full stop): the name once. */
export function firstMention(name: string): string {
  const words = name.split(/\s+/u);
  const again = words.indexOf(words[0]!, 1);
  return again > 1 ? words.slice(0, again).join(' ') : name;
}

/** A capitalised word before a name that says who the person is: an office (`Næstformand`), a member of a body (`HB-medlem`). */
const TITLE_BEFORE_NAME = /^(?:\p{Lu}{1,4}-\p{Ll}+|(?:Næst)?[Ff]ormand|Kasserer|Sekretær|Borgmester|Rådmand|Direktør|Advokat|Konsulent|Sognepræst|Præst|Pastor|Provst|Biskop|Lektor|Professor|Dr\.|\p{Lu}\p{Ll}*(?:medlem|formand|leder|chef))$/u;

/** The name with an office or title before it left out (`HB-medlem Erik Dal` → `Erik Dal`), or nothing. */
function leadDropped(name: string): string[] {
  const words = name.split(/\s+/u);
  return words.length >= 3 && TITLE_BEFORE_NAME.test(words[0]!) ? [words.slice(1).join(' ')] : [];
}

/** The sentence's person that a row names, or null; `inElection` allows a first name alone. */
export function chairInSentence(sentence: string, rows: ChairRow[] = CHAIR_ROWS, inElection = true): string | null {
  const s = unbroken(sentence);
  // Every row's sentence holds one of these words; most sentences hold none, and are not read further.
  if (!CUE.test(s)) return null;
  for (const row of rows) {
    if (!row.cue.test(s)) continue;
    for (const m of s.matchAll(row.re)) {
      // (`Dirigent: Tom Holm Referent: Eva Lund`: the next office's label is no part of the name.)
      const found = firstMention(m.slice(1).find((g) => g !== undefined)!.trim()).replace(NEXT_OFFICE, '');
      if (/^\(/u.test(found)) return found;
      // (`HB-medlem Erik Dal blev valgt …`: who the person is, a capitalised word, before the name; the name after it.)
      for (const name of [found, ...leadDropped(found)]) {
        if (NOT_A_PERSON.test(name) || ORGANISATION.test(name)) continue;
        // (A first name alone in an election's item, or a given name the lexicon knows where the sentence names the office: `Else blev valgt som dirigent`.)
        if (looksLikeName(name) || (inElection && /^\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\.)?$/u.test(name)) || (!row.withoutElection && isGivenName(name))) return name;
      }
    }
  }
  return null;
}

/** Initials in brackets (`(JC)`) read as the participant listed with them (`Joachim Clausen (JC)`). */
function resolveInitials(name: string, participants: Participant[]): string | null {
  const initials = /^\((\p{Lu}{2,4})\)$/u.exec(name);
  if (!initials) return name;
  const found = participants.find((p) => (p.note ?? '').split(/\s*;\s*/u).includes(initials[1]!));
  return found ? found.name : null;
}

/** The header's first 40 lines of text, in paragraphs a blank line (an empty string) apart. */
function headerParagraphs(header: string[]): string[] {
  const paragraphs: string[][] = [[]];
  let seen = 0;
  for (const l of header) {
    if (seen >= 40) break;
    if (l === '') {
      if (paragraphs.at(-1)!.length > 0) paragraphs.push([]);
      continue;
    }
    paragraphs.at(-1)!.push(l);
    seen++;
  }
  return paragraphs.filter((p) => p.length > 0).map((p) => p.join('\n').slice(0, 6000));
}

/**
 * The chair told in a sentence of the first items' records (or of the header's
 * lines, `header`): a reader of the texts that gives, for the strong rows (an
 * election or an office told, `false`) or the weak ones (the chairman who
 * opened the meeting, `true`), the name or null. Participants resolve initials.
 * The texts are split into sentences once, for both.
 */
export function chairInText(items: Item[], header: string[], participants: Participant[]): (weak: boolean) => string | null {
  let read: { text: string; inElection: boolean; sentences: string[] | null }[] | null = null;
  let electing = false;
  const prepare = () => {
    electing = items.some((it) => CHAIR_ITEM.test(it.title));
    const texts: { text: string; inElection: boolean }[] = [
      // The first items' records (further on, an item whose record names the chair's office: `Philip blev valgt som ordstyrer
      // ved de sidste forslag`), each read with its title run into it (`Dirigent` / `Bo Dal konstaterede …`), then again with the
      // title a sentence of its own, where that reading named nobody (`Valg af dirigent` / `Ove Dal til begge.`).
      ...items
        .filter((it, k) => k < 3 || CHAIR_OFFICE_WORD.test(it.sections.map((sec) => sec.text).join(' ')))
        .flatMap((it) => {
          const record = it.sections.map((s) => [s.heading ?? '', s.text].join('\n'));
          const inElection = CHAIR_ITEM.test(it.title);
          // The record's start: who chaired is told first (a long background further on is not read).
          const joined = { text: [it.title, ...record].join('\n').slice(0, 3000), inElection };
          // (Only where the text has a word of some row: the same words either way.)
          return /[.!?:;,]$|^$/u.test(it.title) || record.length === 0 || !CUE.test(joined.text) ? [joined] : [joined, { text: [`${it.title}.`, ...record].join('\n').slice(0, 3000), inElection }];
        }),
      // The header's first lines (a page run together may hold the whole document).
      // (A blank line there ends a sentence whatever its last mark: `…, Holmby Skole, Holte` / blank / `Bo Dal blev valgt …`.)
      // (One that opens with the election's title, `Valg af dirigent` / `Bo Dal blev valgt uden modkandidat.`, read as that item.)
      ...headerParagraphs(header).map((text) => ({ text, inElection: CHAIR_ITEM.test(text.trim()) })),
    ];
    // Only texts with a word of some row are read (most of a long record holds none), each split into sentences when first read.
    return texts.filter(({ text }) => CUE.test(text)).map((t) => ({ ...t, sentences: null }));
  };
  // An election or an office told anywhere first (`weak` false); the chairman who opened the meeting only where none is told
  // (`Formanden, Bo Dal, bød velkommen …` / `Eva Holm valgtes som dirigent`: Eva Holm).
  return (weak: boolean): string | null => {
    read ??= prepare();
    for (const t of read) {
      const rows = CHAIR_ROWS.filter((r) => (!r.inElection || t.inElection) && r.withoutElection === weak && (!r.withoutElection || !electing));
      const all = (t.sentences ??= sentences(t.text));
      for (const [k, sentence] of all.entries()) {
        // (`A: Valg af dirigent.` / `Eva Holm.`: the office's label and a short name after it, read as one.)
        const next = all[k + 1];
        // (A note in brackets after the name is no part of it: `Bo Dal (formand for udvalget)`.)
        const nextName = next?.replace(/\s*\(.*$/u, '');
        const labelled = nextName !== undefined && nextName !== '' && /(?:irigent|rdstyrer|ødeleder)\.$/u.test(sentence) && nextName.split(/\s+/u).length <= 5 ? `${sentence} ${nextName}` : null;
        // (`Bestyrelsen foreslog Bo Dal.` / `Han blev valgt.`: one proposed, elected in the next sentence, read as one.)
        const proposed = next !== undefined && /foresl|indstillede/u.test(sentence) && !/valgt/u.test(sentence) && /(?<!\p{L})valgt(?!\p{L})/u.test(next) ? `${sentence} ${next}` : null;
        const found = chairInSentence(sentence, rows, t.inElection) ?? (labelled === null ? null : chairInSentence(labelled, rows, t.inElection)) ?? (proposed === null ? null : chairInSentence(proposed, rows, t.inElection));
        const name = found === null ? null : resolveInitials(found, participants);
        if (name !== null) return name;
      }
    }
    return null;
  };
}

/**
 * `Valg af dirigent og referent` / `Anne Holm og Bo Lind blev valgt.`: two elected in one sentence, named
 * in the title's order; the chair is the one in the office's place (read before the election records, which would take the last name).
 */
export function chairOfTwoElected(items: Item[]): string | null {
  for (const item of items.slice(0, 3)) {
    const both = /^(?:valg\s+af\s+)?(?:(dirigent|ordstyrer|mødeleder)\s+og\s+referent|referent\s+og\s+(?:dirigent|ordstyrer|mødeleder))\b/iu.exec(item.title);
    const record = item.decision ?? item.sections.map((s) => s.text).join(' ');
    // (Or the two names alone, the record nothing else: `Valg af ordstyrer og referent:` / `Bo og Eva`.)
    const pair = both ? new RegExp(`^${PERSON}\\s+og\\s+${PERSON}(?:\\s+(?:blev\\s+)?(?:enstemmigt\\s+)?valgt\\b|\\.?$)`, 'u').exec(record.trim()) : null;
    if (pair) {
      const name = (both![1] !== undefined ? pair[1] : pair[2])!;
      if (looksLikeName(name) || isGivenName(name)) return name;
    }
  }
  return null;
}
