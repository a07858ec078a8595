/**
 * A heading whose line goes on, after its title, with what was done or said
 * at the meeting, whether or not more text stands under it: `Valg af revisor;
 * Bo Dal blev genvalgt.`. Each row below is one way the two meet (a mark, or
 * none after a usual title), with lines it must split and lines it must
 * leave whole; tests/vocabulary.test.ts runs them. What comes after the mark
 * must read as a clause of the meeting (a finite verb: a listed one, or one
 * the dictionary's morphology tells, see hasFiniteVerb), so a
 * title's own second part (`Ansøgning – afslået af kommunen`, `Temadag 4. maj
 * – hvem gør hvad`) stays title.
 */
import { ABBREVIATION_END, itemTypeOf, ONE_WORD_TITLE } from './vocabulary.js';
import { isFiniteVerb } from '../normalize/dictionary.js';
import { outcomeOf } from './outcome.js';
import { memoize } from '../util/memo.js';
import { isGivenName } from '../normalize/lexicon.js';

/** A finite verb, present or past, of the kind a record's clause has (`er`, `blev`, `foreslår`): the words, and a test for one. */
export const CLAUSE_VERB_WORDS =
  'er|var|blev|bliver|har|havde|skal|skulle|vil|ville|kan|kunne|må|kommer|kom|får|fik|gav|går|gik|ønsker|mangler|foreslår|forslår|foreslog|anbefaler|anbefalede|ser|så|fremlagde|gennemgik|orienterede|fortalte|redegjorde|aflagde|godkendte|vedtog|besluttede|drøftede|valgte|valgtes|genvalgtes|vælges|godkendes|vedtages|meddelte|oplyste|nævnte|præsenterede|konstaterede|bemærkede|forklarede|takkede|spurgte|svarede|udtrykte|tilføjede|fremhævede|opfordrede|bød|konstituerede|udpegede|indkaldte|åbnede|afsluttede|oplyser|klarede|skete';
export const CLAUSE_VERB = new RegExp(`(?<!\\p{L})(?:${CLAUSE_VERB_WORDS})(?!\\p{L})`, 'iu');

/**
 * Whether `text` has a finite verb: one of CLAUSE_VERB_WORDS, or a form the
 * dictionary's morphology tells is finite and nothing else (`trak`,
 * `indhenter`, `lukkes`; see normalize/verbs.ts). A clause has one, a title
 * seldom.
 */
export function hasFiniteVerb(text: string): boolean {
  if (CLAUSE_VERB.test(text)) return true;
  let before = '';
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    // (After an article, a possessive or a preposition a past form is an adjective: `det reviderede regnskab`.)
    if (w.length > 1 && !ATTRIBUTIVE_BEFORE.test(before) && isFiniteVerb(w)) return true;
    before = w;
  }
  return false;
}

/** Words after which a verb's past form is an adjective (`det reviderede regnskab`, `af planlagte aktiviteter`). */
const ATTRIBUTIVE_BEFORE = /^(?:det|den|de|dets|dens|deres|sin|sit|sine|min|mit|mine|vores|jeres|hans|hendes|af|om|på|i|til|for|med|fra|ved|og|eller|alle|flere|nogle|disse|denne|dette|nye|gamle)$/iu;

/** Words that open a title's own question or second part, never a record: `– hvem gør hvad`, `– hvad nu?`. */
const QUESTION_WORD = /^(?:hvem|hvad|hvor|hvordan|hvorfor|hvornår|hvilke|hvilken|hvilket|skal|kan|bør|vil)\b/iu;

/** How many words a title may have before each mark. */
const TITLE_WORDS = 12;

export interface RunOnRow {
  mark: string;
  /** [heading line after its number, title, record]. */
  examples: [string, string, string][];
  /** Heading lines that stay whole. */
  not: string[];
}

export const RUN_ON_RECORDS: RunOnRow[] = [
  {
    mark: 'none: a title in capitals, then the record in small letters',
    examples: [
      ['VALG AF DIRIGENT Bo Dal valgt', 'VALG AF DIRIGENT', 'Bo Dal valgt'],
      ['FORMANDENS BERETNING Oplæst og godkendt', 'FORMANDENS BERETNING', 'Oplæst og godkendt'],
      ['VALG AF STEMMEUDVALG ( 2 PERSONER ) Eva Holm og Ib Lund valgt', 'VALG AF STEMMEUDVALG ( 2 PERSONER )', 'Eva Holm og Ib Lund valgt'],
      ['BUDGET FOR DET KOMMENDE ÅR VED KASSEREREN Budgettet godkendt', 'BUDGET FOR DET KOMMENDE ÅR VED KASSEREREN', 'Budgettet godkendt'],
    ],
    not: ['DGI Stævne 2031', 'EU-FORSLAG om fiskeri', 'INDKOMNE FORSLAG', 'KL Budgetaftale', 'IT Strategi for skolerne', 'MUNDTLIG ORIENTERING: Nyt fra kontaktforum', 'TIL DRØFTELSE Rigsrevisionens beretning'],
  },
  {
    mark: 'a colon or a semicolon, then a sentence with its verb',
    examples: [
      ['Valg af bestyrelse: Bestyrelsen ser efter afstemningen sådan ud.', 'Valg af bestyrelse', 'Bestyrelsen ser efter afstemningen sådan ud.'],
      ['Valg af revisor ; Bo Dal og Eva Holm blev genvalgt.', 'Valg af revisor', 'Bo Dal og Eva Holm blev genvalgt.'],
      ['Sommerfest – hvem gør hvad: Anne køber ind. Ole har nøglen.', 'Sommerfest – hvem gør hvad', 'Anne køber ind. Ole har nøglen.'],
      ['Hjemmeside: Siden opdateres af Bo hver måned.', 'Hjemmeside', 'Siden opdateres af Bo hver måned.'],
      ['Økonomi; BD, foreningens kasserer, oplyser at økonomien er sund.', 'Økonomi', 'BD, foreningens kasserer, oplyser at økonomien er sund.'],
      ['Fastsættelse af kontingent:Foreningen foreslog uændrede satser', 'Fastsættelse af kontingent', 'Foreningen foreslog uændrede satser'],
    ],
    not: ['Orientering: Status på budgettet', 'Konstituering: Formand, næstformand og kasserer', 'Bestyrelsen har besluttet: Kontingentet hæves'],
  },
  {
    mark: 'a colon, then a clause in small letters opened by its verb',
    examples: [
      ['Medlemskontingent: fastholdes på 200 kr.', 'Medlemskontingent', 'fastholdes på 200 kr.'],
      ['Formandens beretning: vedhæftes som bilag.', 'Formandens beretning', 'vedhæftes som bilag.'],
    ],
    not: ['Orientering: status på budgettet', 'Festudvalget: hvem er med i år', 'Forslag: nye baner bag klubhuset'],
  },
  {
    mark: 'a colon after `Eventuelt` (or no mark before a capitalised record with its verb), then anything said under it',
    examples: [
      ['Eventuelt: Blomster til Bente og Marianne.', 'Eventuelt', 'Blomster til Bente og Marianne.'],
      ['Evt.: vi maler stolene efter sæsonen.', 'Evt.', 'vi maler stolene efter sæsonen.'],
      ['Eventuelt: Intet.', 'Eventuelt', 'Intet.'],
      ['Eventuelt Div. drøftet', 'Eventuelt', 'Div. drøftet'],
      ['evt. Finn orienterer om salget af containeren', 'evt.', 'Finn orienterer om salget af containeren'],
    ],
    not: ['Eventuelt', 'Eventuelle forslag: Bo og Ib', 'Eventuelt Næste møde', 'Evt. Sommerfest 2031'],
  },
  {
    mark: "an election's title, a colon or a dash, then the one chosen by name",
    examples: [
      ['Valg af dirigent: Bo Christensen (formand for udvalget)', 'Valg af dirigent', 'Bo Christensen (formand for udvalget)'],
      ['Valg af revisor – Eva Holm Dal', 'Valg af revisor', 'Eva Holm Dal'],
    ],
    not: ['Valg af dirigent', 'Valg af bestyrelse: Formand og Kasserer på valg'],
  },
  {
    mark: 'a dash, then a clause in small letters with its verb',
    examples: [
      ['Valg af referent – det blev Jytte', 'Valg af referent', 'det blev Jytte'],
      ['Fastsættelse af kontingent – bestyrelsen foreslår at det er uændret.', 'Fastsættelse af kontingent', 'bestyrelsen foreslår at det er uændret.'],
      ['Valg af dirigent – På grund af lille fremmøde klarede vi os uden dirigent', 'Valg af dirigent', 'På grund af lille fremmøde klarede vi os uden dirigent'],
      ['Indkomne forslag – Ingen indkomne forslag', 'Indkomne forslag', 'Ingen indkomne forslag'],
      ['Regnskab for 2030 – Godkendt uden bemærkninger', 'Regnskab for 2030', 'Godkendt uden bemærkninger'],
    ],
    not: ['Ansøgning om tilskud – afslået af kommunen', 'Temadag 4. maj – hvem gør hvad', 'Budget 2025 - overblik og tidsplan', 'Regnskab – udsendt af kassereren bilag 1 og 2', 'Fødselsdag for klubben - er det noget vi skal fejre?', 'Budget 2031 – Forslag fra bestyrelsen', 'Sommerfest - Hvem kommer?'],
  },
  {
    mark: 'a full stop, then a sentence with its verb',
    examples: [
      ['Valg af dirigent og referent. Lise er dirigent og Per referent.', 'Valg af dirigent og referent', 'Lise er dirigent og Per referent.'],
      ['Valg af suppleanter til bestyrelsen jf. vedtægternes § 6 stk. 2. Foreningen har to pladser.', 'Valg af suppleanter til bestyrelsen jf. vedtægternes § 6 stk. 2', 'Foreningen har to pladser.'],
    ],
    not: ['Orientering om budget m.v. Status fra kassereren', 'Tilskud til hallen. Ansøgning fra klubben'],
  },
  {
    mark: 'a comma, then a capitalised sentence with its verb',
    examples: [
      ['Velkomst, Formanden bød velkommen til alle.', 'Velkomst', 'Formanden bød velkommen til alle.'],
      ['Økonomi, status på budget og ansøgninger, Vi må beholde pengene.', 'Økonomi, status på budget og ansøgninger', 'Vi må beholde pengene.'],
      ['Hjemmeside og facebook, Der blev talt om annoncer.', 'Hjemmeside og facebook', 'Der blev talt om annoncer.'],
      ['Arkivalier, Hugo omtalte bladet fra 1952.', 'Arkivalier', 'Hugo omtalte bladet fra 1952.'],
    ],
    not: ['Budget, Regnskab og Kontingent', 'Valg af formand, Næstformand og Kasserer', 'Status på sagen, Kommunen har svaret?', 'Formanden, Eva Holm, aflagde beretning om året.'],
  },
  {
    mark: "a sub-point's letter or decimal number",
    examples: [
      ['Behandling af indkomne forslag a. Bestyrelsen foreslår, at vi køber en bod.', 'Behandling af indkomne forslag', 'a. Bestyrelsen foreslår, at vi køber en bod.'],
      ['Kirkegårdsvedtægt/takstblad. a) Vedtægten: Forslag til ny tekst', 'Kirkegårdsvedtægt/takstblad.', 'a) Vedtægten: Forslag til ny tekst'],
      ['Sager til behandling 2.1 Årsmøde og konference i maj', 'Sager til behandling', '2.1 Årsmøde og konference i maj'],
    ],
    not: ['Budget for afdeling a og b', 'Vedtægternes § 4 stk. 2 Ændring'],
  },
  {
    mark: 'none: the title glued to its text, the line break between them lost',
    examples: [
      ['Godkendelse af referat.Godkendt.', 'Godkendelse af referat', 'Godkendt.'],
      ['Emner til næste mødeModtagere af prisen.', 'Emner til næste møde', 'Modtagere af prisen.'],
      ['Holmbyprisen 2031Debat om mulige modtagere.', 'Holmbyprisen 2031', 'Debat om mulige modtagere.'],
      ['Nyt fra byrådet v/Bo.Bo fortalte om budgettet.', 'Nyt fra byrådet v/Bo', 'Bo fortalte om budgettet.'],
      ['Lukning af skoler og gymnastiksale,Vi forsøger at beholde holdene.', 'Lukning af skoler og gymnastiksale', 'Vi forsøger at beholde holdene.'],
    ],
    not: ['Indkøb i SuperBrugsen', 'Møde med McDonald om reklamer', 'Tilskud jf. Lov om Social Service', 'Status på DanBolig-sagen'],
  },
  {
    mark: 'none, after a title of a few words ending in a small-letter word, before a capitalised sentence with its verb near its start',
    examples: [
      ['Aktuelle emner og planlagte aktiviteter Punktet blev udsat til næste møde.', 'Aktuelle emner og planlagte aktiviteter', 'Punktet blev udsat til næste møde.'],
      ['Det reviderede regnskab Regnskabet blev godkendt.', 'Det reviderede regnskab', 'Regnskabet blev godkendt.'],
      ['Godkendelse af dagsorden Dagsordenen blev godkendt.', 'Godkendelse af dagsorden', 'Dagsordenen blev godkendt.'],
    ],
    not: ['Orientering ved Bo Dal', 'Nyt fra formanden Hvad gør vi med hallen?', 'Budget for næste år', 'Status på samarbejde Holmby Vandværk', 'Beretningen om Holmby Kunstforening af 18.nov.´s Fond blev taget til efterretning.'],
  },
  {
    mark: 'none, before a capitalised word that only opens a clause: a finite verb, or a subject (a pronoun, a given name) and its verb',
    examples: [
      ['Nyt fra IT-udvalget Udsættes til næste gang.', 'Nyt fra IT-udvalget', 'Udsættes til næste gang.'],
      ['Valgstederne Vores afdeling skal stille med fire personer.', 'Valgstederne', 'Vores afdeling skal stille med fire personer.'],
      ['Møde med Holmby Kommune Vi aftalte ny dato.', 'Møde med Holmby Kommune', 'Vi aftalte ny dato.'],
      ['Kassererens beretning Læs tallene i årsskriftet, som blev omdelt.', 'Kassererens beretning', 'Læs tallene i årsskriftet, som blev omdelt.'],
      ['Valg efter § 4 i Vedtægterne Karen Holm blev valgt for to år.', 'Valg efter § 4 i Vedtægterne', 'Karen Holm blev valgt for to år.'],
      ['Hjemmeside/Facebook Kører fint, hvis nogen har indlæg så send dem til Bo.', 'Hjemmeside/Facebook', 'Kører fint, hvis nogen har indlæg så send dem til Bo.'],
      ['Sommerfest – planlægning Afholdes i juni i hallen.', 'Sommerfest – planlægning', 'Afholdes i juni i hallen.'],
      // (The subject's office before its name opens the record: the title ends before the office.)
      ['Økonomi. Kasserer Bo Dals oversigt blev gennemgået og forklaret. Gebyrer og', 'Økonomi', 'Kasserer Bo Dals oversigt blev gennemgået og forklaret. Gebyrer og'],
      ['Status for hallen Formand Eva Holm fortalte om tagets reparation.', 'Status for hallen', 'Formand Eva Holm fortalte om tagets reparation.'],
    ],
    not: ['Sommerfest Hvem gør hvad?', 'Besøg af Karen Holm', 'Kassereren Karen Holm aflagde regnskab.', 'Advokat Karen Holm fortalte om sagen.', 'Karen Marie Holm blev valgt.', 'Forslag om at sikre Holmbys Perles fremtid', 'Byrådsmedlem Karen Holm fortalte om budgettet.', 'Behandling af forslag. Der var ingen forslag til dette', 'Nyt fra Det Kongelige Teater', 'Oplæg ved Vi Unge Holmby', 'Status Holmby Vandværk Afdeling Syd', 'Forslag fra Karen Holm om ny bænk', 'Nye medlemmer Sommer og Vinter'],
  },
  {
    mark: "none, after a usual one-word title, before a sentence with who and a verb",
    examples: [['Eventuelt Bo Holm orienterede om årets udflugt.', 'Eventuelt', 'Bo Holm orienterede om årets udflugt.']],
    not: ['Eventuelt Bo Holm', 'Meddelelser Fra Kommunen'],
  },
];

const words = (s: string) => s.trim().split(/\s+/).length;

/** A word a title does not end on: it links to what follows (`ved`, `og`, `fra`), so a capital after it goes on with the title. */
export const LINKING_WORD = /(?<!\p{L})(?:og|af|ved|med|fra|til|om|i|på|for|hos|under|efter|samt|mellem|mod|over|uden|eller)$/iu;

/**
 * A title set in capitals (two words or more), then the record, its first word
 * capitalised in small letters (`VALG AF DIRIGENT Bo Dal valgt`); not a kind of
 * item before its title (`MUNDTLIG ORIENTERING: Nyt fra …`).
 */
export function capitalsTitle(t: string): { title: string; text: string } | null {
  const capitals = /^((?:[^\s\p{Ll}]+\s+){1,16}?)(?=\p{Lu}\p{Ll})/u.exec(t.trim());
  if (!capitals) return null;
  const title = capitals[1]!.trim();
  const text = t.trim().slice(capitals[0].length);
  if ((title.match(/\p{Lu}{2,}/gu) ?? []).length < 2 || (title.match(/\p{Lu}{4,}/gu) ?? []).length < 1 || /[:;,–-]$/u.test(title) || itemTypeOf(title) !== null) return null;
  return { title, text };
}

/** The clause after a mark reads as a record: a verb in its first six words; not a question (a question word first, a question mark last). */
function readsAsRecord(tail: string): boolean {
  const first = tail.split(/\s+/).slice(0, 6).join(' ');
  return !QUESTION_WORD.test(tail) && !/\?$/u.test(tail) && hasFiniteVerb(first) && words(tail) >= 3;
}

/** A title names its topic: no verb of a clause in it. (A question of the title's own, `– hvem gør hvad`, may have its verb.) */
const titleLike = (head: string) => words(head) <= TITLE_WORDS && !CLAUSE_VERB.test(head) && !hasFiniteVerb(head.replace(/(?<!\p{L})(?:hvem|hvad|hvor\p{L}*|hvilke\p{L}*)(?!\p{L}).*$/iu, ''));

/**
 * The title and the record run on after it on a heading's line (`rest`, the
 * heading without its number), or null when the line is title only.
 */
export const runOnRecord: (rest: string) => { title: string; text: string } | null = memoize((rest) => runOnRecordOf(rest), 20_000);

function runOnRecordOf(rest: string): { title: string; text: string } | null {
  const t = rest.trim();
  const capitals = capitalsTitle(t);
  if (capitals) return capitals;
  // A colon or semicolon: the first one after which a capitalised sentence with its verb follows.
  for (const m of t.matchAll(/\s*[:;]\s+(?=\p{Lu})|(?<=\p{Ll}{3}):(?=\p{Lu}\p{Ll})/gu)) {
    const head = t.slice(0, m.index).trim();
    const tail = t.slice(m.index! + m[0].length);
    if (words(head) >= 1 && titleLike(head) && readsAsRecord(tail) && !/:$/u.test(tail)) return { title: head, text: tail };
  }
  // `Eventuelt: Blomster til Bente.`: what follows the colon of the last item, where anything may be raised, was said there.
  const any = /^(Eventuelt|Evt\.?)\s*:\s*(\S.*)$/iu.exec(t);
  if (any) return { title: any[1]!, text: any[2]! };
  // (With no mark, a capitalised record with its verb: `Eventuelt Div. drøftet`, `evt. Bo orienterer om salget`.)
  const anyBare = /^(Eventuelt|Evt\.?)\s+(\p{Lu}\S*\s+\S.*)$/iu.exec(t);
  if (anyBare && (hasFiniteVerb(anyBare[2]!) || outcomeOf(anyBare[2]!) !== null)) return { title: anyBare[1]!, text: anyBare[2]! };
  // A colon, then a clause in small letters opened by its finite verb (`Kontingent: fastholdes på 200 kr.`).
  const small = /^([^:;]{3,80}?)\s*:\s*(\p{Ll}+)(\s.*)$/u.exec(t);
  if (small && titleLike(small[1]!) && hasFiniteVerb(small[2]!) && readsAsRecord(small[2]! + small[3]!)) return { title: small[1]!.trim(), text: small[2]! + small[3]! };
  // An election's title, a colon or a dash, then the one chosen by name (`Valg af dirigent: Bo Dal`).
  const chosen = /^((?:Valg|Genvalg)\s+af\s+[^:;–-]{2,60}?)\s*[:–-]\s*(\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+)+(?:\s*\(.*\))?\.?)$/u.exec(t);
  if (chosen && titleLike(chosen[1]!)) return { title: chosen[1]!.trim(), text: chosen[2]! };
  // A dash: a clause in small letters after it.
  // (Its verb before the first capital: `Årsmøde – delegerede Afholdes i juni …` has the title's second part, then a sentence.)
  const dash = /^(.{3,80}?)\s+[–-]\s+(\p{Ll}.*)$/u.exec(t);
  if (dash && titleLike(dash[1]!) && readsAsRecord(dash[2]!) && hasFiniteVerb(dash[2]!.split(/\s(?=\p{Lu})/u)[0]!)) return { title: dash[1]!.trim(), text: dash[2]! };
  // A dash, then a capitalised sentence with its verb (`Valg af dirigent – På grund af det lille fremmøde klarede vi os uden.`),
  // or that nothing came (`Indkomne forslag – Ingen indkomne forslag`).
  const capitalDash = /^(.{3,80}?)\s+[–-]\s+(\p{Lu}.*)$/u.exec(t);
  // (The sentence after the dash has its own verb and no second dash: `… ved vejen – Holmvej – Bo. Vi venter …` is a title's parts.)
  const afterDash = capitalDash ? capitalDash[2]!.split(/(?<=\p{Ll}{2})[.!]\s/u)[0]! : '';
  const toldAfterDash = capitalDash !== null && readsAsRecord(capitalDash[2]!) && hasFiniteVerb(afterDash) && !/\s[–-]\s/u.test(afterDash) && (/[.!]$/u.test(capitalDash[2]!) || words(capitalDash[2]!) >= 6);
  // (Or, in three words at most, what came of it: `Regnskab for 2030 – Godkendt uden bemærkninger`.)
  const verdictAfterDash = capitalDash !== null && words(capitalDash[2]!) <= 3 && outcomeOf(capitalDash[2]!) !== null;
  if (capitalDash && titleLike(capitalDash[1]!) && (toldAfterDash || verdictAfterDash || /^(?:Ingen|Intet|Ingenting)\s+\p{Ll}/u.test(capitalDash[2]!))) return { title: capitalDash[1]!.trim(), text: capitalDash[2]! };
  // A full stop that ends the title (no abbreviation's), a capitalised sentence after it, ended as sentences are.
  for (const m of t.matchAll(/(?<=[\p{L}\d)])\.\s+(?=\p{Lu}\p{Ll})/gu)) {
    const head = t.slice(0, m.index);
    const tail = t.slice(m.index! + m[0].length);
    if (ABBREVIATION_END.test(`${head}.`) || /(?:^|\s)\p{L}$/u.test(head)) continue;
    if (words(head) <= TITLE_WORDS + 4 && !CLAUSE_VERB.test(head) && readsAsRecord(tail) && /[.!]$/u.test(tail)) return { title: head, text: tail };
    break;
  }
  // A comma, then a capitalised sentence with its verb (`Velkomst, Formanden bød velkommen.`): the last such comma whose
  // head is still a title (`Økonomi, status på budget, Vi må …`).
  for (const m of t.matchAll(/,\s+(?=\p{Lu})/gu)) {
    const head = t.slice(0, m.index).trim();
    const tail = t.slice(m.index! + m[0].length);
    // (Not a name set off by commas after who it is: `Formanden, Bo Dal, aflagde beretning`.)
    if (/^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3},/u.test(tail)) continue;
    if (titleLike(head) && readsAsRecord(tail)) return { title: head, text: tail };
  }
  // A sub-point's letter (`a.`, `a)`) or decimal number (`2.1`) before a capitalised text.
  const sub = /^(.{3,80}?[\p{L}.)])\s+((?:[a-h][.)]|\d{1,2}\.\d{1,2})\s+\p{Lu}.*)$/u.exec(t);
  if (sub && titleLike(sub[1]!) && !/\bstk\.?$/iu.test(sub[1]!)) return { title: sub[1]!.trim(), text: sub[2]! };
  const glued = gluedAt(t);
  if (glued) return glued;
  // A usual one-word title, then who did what.
  const usual = /^(\S+)\s+(\p{Lu}.*[.!])$/u.exec(t);
  if (usual && ONE_WORD_TITLE.test(usual[1]!) && readsAsRecord(usual[2]!)) return { title: usual[1]!, text: usual[2]! };
  // A title of a few words ending in a small-letter word, then a capitalised sentence with its verb near its start.
  for (const m of t.matchAll(/(?<=(?:^|\s)[\p{Ll}\d][\p{Ll}\d-]*[\p{Ll}\d])\s+(?=\p{Lu}\p{Ll})/gu)) {
    const head = t.slice(0, m.index);
    const tail = t.slice(m.index! + m[0].length);
    if (words(head) > 8) break;
    if (words(head) < 2 || LINKING_WORD.test(head) || !titleLike(head)) continue;
    const first = tail.split(/\s+/u).slice(0, 4).join(' ');
    if (hasFiniteVerb(first) && !QUESTION_WORD.test(tail) && (/[.!]$/u.test(tail) || words(tail) >= 6) && !/\?$/u.test(tail)) return { title: head, text: tail };
  }
  // A title of any ending, then a capitalised word that a title's own words never are: a finite verb (`Udsættes`), or a
  // subject, a pronoun or a given name, with its verb right after it (`Vores afdeling skal`, `Karen Holm blev`).
  for (const m of t.matchAll(/\s+(?=\p{Lu}\p{Ll})/gu)) {
    const head = t.slice(0, m.index);
    if (words(head) > TITLE_WORDS) break;
    // (A full stop before it is the rows' above, which want the sentence ended.)
    if (LINKING_WORD.test(head) || /[.,:;–-]$/u.test(head)) continue;
    const tail = t.slice(m.index! + m[0].length);
    const [first = '', ...next] = tail.split(/\s+/u, 4).map((w) => w.replace(/[^\p{L}]+$/u, ''));
    if (QUESTION_WORD.test(first)) continue;
    // (A verb's form after a name's word goes on with the name, a genitive perhaps: `… sikre Havnens Perles fremtid`.)
    // (A present form that is a noun's too, `Kører`, `Arbejder`, reads as the verb before an adverb: `Kører fint`.)
    const verb = first.length > 2 && !/(?:^|\s)\p{Lu}\p{Ll}+$/u.test(head) && (isFiniteVerb(first) || (/\p{Ll}er$/u.test(first) && ADVERB_AFTER_VERB.test(next[0] ?? '')));
    // (A name after who the person is, `Kassereren Bo Dal aflagde …`, `Formand for klubben Bo Dal …`, is the subject's own.)
    // (Nor a second given name, `Karen Marie Holm`: the name is at least the head's last word and this one.)
    // (Who the person is as the head's last word, `Økonomi. Kasserer Bo Dals oversigt blev …`: the title ends before it, and the
    // office opens the record with the name.)
    const role = !verb && isGivenName(first) ? /(?<=^|\s)(\p{L}+)$/u.exec(head) : null;
    if (role && ROLE_WORD.test(role[1]!) && role.index > 0 && hasFiniteVerb(next.join(' '))) {
      const title = head.slice(0, role.index).trim().replace(/[.:]$/u, '');
      const text = `${role[1]!} ${tail}`;
      if (titleLike(title) && readsAsRecord(text) && !/\?$/u.test(text)) return { title, text };
    }
    const subject = !verb && (SUBJECT_OPENER.test(first) || (isGivenName(first) && words(head) >= 2 && !isGivenName(/\p{L}+$/u.exec(head)?.[0] ?? '') && !ROLE_WORD.test(/^\p{L}+/u.exec(head)?.[0] ?? '')));
    if (!verb && !(subject && hasFiniteVerb(next.join(' ')))) continue;
    if (titleLike(head) && readsAsRecord(tail) && !/\?$/u.test(tail)) return { title: head, text: tail };
  }
  return null;
}

/** Adverbs that follow a clause's verb, never a noun: `Kører fint`, `Går godt`, `Fortsætter uændret`. */
const ADVERB_AFTER_VERB = /^(?:fint|godt|fortsat|stadig|videre|planmæssigt|uændret|ikke|altid|nu|snart|allerede)$/iu;

/** Pronouns and possessives that open a clause as its subject, never a title's word: `Vi`, `Vores`, `Han`. */
const SUBJECT_OPENER = /^(?:Vi|Vores|Jeg|Han|Hun|Man|De|Deres|Jeres|Hans|Hendes|Der|Det)$/u;

/** Who a person is, before the name (`Kassereren`, `Byrådsmedlem`, `Formand`): a name after it is that person's. */
const ROLE_WORD = /^\p{L}*(?:formand|formanden|kasserer|kassereren|medlem|medlemmet|sekretær|sekretæren|leder|lederen|direktør|direktøren|borgmester|borgmesteren|revisor|revisoren|referent|referenten|dirigent|dirigenten|chef|chefen|præst|præsten|konsulent|konsulenten|koordinator|koordinatoren)$/iu;

/**
 * A title glued to its text where a line break was lost: a small letter, a
 * full stop, a comma or a year run straight into a capitalised word
 * (`referat.Godkendt`, `mødeModtagere`, `gymnastiksale,Vi`, `2019Debat`).
 * Not inside a name set in two capitals (`SuperBrugsen`), nor after an
 * abbreviation (`jf.Lov`).
 */
function gluedAt(t: string): { title: string; text: string } | null {
  for (const m of t.matchAll(/(?<=[\p{Ll}\d.,])(?=\p{Lu}\p{Ll})/gu)) {
    const left = t.slice(0, m.index);
    const right = t.slice(m.index);
    const token = /\S+$/u.exec(left)![0];
    if (left.length < 8 || words(left) < 2) continue;
    // `… gymnastiksale,Vi forsøger …`: a comma run into the next sentence.
    if (/\p{Ll},$/u.test(token) && words(right) >= 3) return { title: left.replace(/,$/u, ''), text: right };
    if (/\.$/u.test(token)) {
      if (ABBREVIATION_END.test(left) || /(?:^|[\s/.])\p{L}\.$/u.test(left)) continue;
      return { title: left.replace(/\.$/u, ''), text: right };
    }
    // A word in small letters run into the capital (`mødeModtagere`), or a year (`2031Debat`).
    if (/^\p{Ll}/u.test(token) || /(?:^|\D)(?:19|20)\d\d$/u.test(token)) return { title: left, text: right };
  }
  return null;
}
