/**
 * The words Danish minutes use for their parts. Each list is field notes
 * (../shared/docs/domain.md), matched tolerantly so OCR damage does not hide them.
 */
import type { SectionKind } from '../schema.js';
import { tolerant } from './model.js';
import { Cued } from '../util/cued.js';
import { memoize } from '../util/memo.js';

/** Alternatives for a regex: plain words matched tolerantly; `re:` entries are regex sources. */
function words(list: string[]): string {
  return list.map((w) => (w.startsWith('re:') ? w.slice(3) : tolerant(w))).join('|');
}

/**
 * A body's treatment of the item at a meeting, as web publications print the
 * item's history: `Økonomiudvalget, 17. september 2019, pkt. 200`,
 * `Børn, Unge og Læring, 07-01-2020, pkt. 133`.
 */
const TREATMENT_SOURCE =
  '\\p{Lu}.{2,60}?, (?:den )?(?:\\d{1,2}\\.\\s*\\p{L}+\\.? \\d{4}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}),? (?:pkt|punkt)\\.?\\s*\\d+';
export const TREATMENT = new RegExp(`^${TREATMENT_SOURCE}:?$`, 'u');

/** Abbreviations whose full stop ends no sentence (`bl.a.`, `jf.`, `v.` aside: one letter never ends one). */
export const ABBREVIATIONS = 'mv|m\\.v|bl\\.a|f\\.eks|osv|etc|jf|vedr|ca|nr|pkt|inkl|evt|kl|st|dvs|hhv|tlf|iht|mht|ang|pga';
/** A text ending in one of them. */
export const ABBREVIATION_END = new RegExp(`\\b(?:${ABBREVIATIONS})\\.$`, 'iu');

/** Block headings inside an item, by kind. Matched against a whole heading. */
const BLOCKS: [SectionKind, string[]][] = [
  ['summary', ['Resume', 'Resumé', 'Sagsresumé', 'Sagsresume', 'Kort resume', 'Sammenfatning', 'Sagens kerne', 'Kort om sagen', 'Beslutningstema', 'Sagstema']],
  [
    'background',
    ['Sagsfremstilling', 'Sagsbeskrivelse', 'Indledning', 'Baggrund', 'Beskrivelse af sagen', 'Problemstilling', 'Løsning', 'Sagens indhold', 'Beskrivelse', 'Indhold', 'Redegørelse', 'Sagsredegørelse'],
  ],
  [
    'recommendation',
    ['Indstilling', 'Indstillinger', 'Indstilling og beslutning', 'Beslutningspunkter', 'Forslag til beslutning', 'Det indstilles', 'Administrationens indstilling', 'Direktionens indstilling', 'Forvaltningens indstilling', 'Administrativ indstilling', 're:Indstilling fra .+', 're:.+s indstilling(?: den .+)?'],
  ],
  ['decision', ['Referat', 'Til referat', 'Beslutning', 'Beslutninger', 'Afgørelse', 'Konklusion', 'Protokol', 're:Beslutning i .+', 're:Beslutning .{0,60}den(?: (?:\\d|\\p{Ll}+dag\\b).*)?', 're:Beslutning fra \\p{Lu}.+', 're:Besluttet (?:på|i|af) \\p{Lu}.+', 're:.+s beslutning(?:\\s.+)?', 're:Behandling i .+', 'Referat fra mødet', 'Politisk behandling', `re:${TREATMENT_SOURCE}`]],
  ['attachments', ['Bilag', 'Bilagsliste', 'Vedlagte bilag', 'Bilag til punktet']],
  ['economy', ['Økonomi', 'Økonomiske konsekvenser', 'Økonomiske konsekvenser og finansiering', 'Økonomiske forhold', 'Økonomisk konsekvens', 'Økonomiske og personalemæssige konsekvenser', 'Finansiering', 'Bevillingsmæssige konsekvenser']],
  [
    'other',
    [
      'Sagsforløb', 'Høring', 'Høringssvar', 'Kommunikation', 'Lovgrundlag', 'Retsgrundlag', 'Effekt', 'Risikovurdering',
      'Tidsplan', 'Proces', 'Videre proces', 'Begrundelse', 'Motivation', 'Beslutningsforslag', 'Vurdering', 'Konsekvenser',
      'Supplerende oplysninger', 'Opfølgning', 'Sagsbehandler', 'Stillet af', 'Handleplan', 'Formål', 'Mål', 'Målgruppe',
      'Juridiske forhold', 'Miljøvurdering', 'Personalemæssige konsekvenser', 'Øvrige konsekvenser', 'Andre konsekvenser', 'Bemærkninger', 'Administrationens bemærkninger',
      'Forvaltningens vurdering', 'Administrationens vurdering', 'Ansvarlig', 're:.+ p(?:å|aa|a)tegning', 'Påtegning', 'Ændringsforslag',
      'Sagsnr', 'Sagsnummer', 'Journalnummer', 'Dokumentnummer', 'Beslutningskompetence', 'Kompetence', 'Afgørelseskompetence',
      'Sagsgang og sagstype', 'Høring og sagsgang', 'Sagsgang', 'Sagens gang', 'Sagstype', 'Personale', 'Personalemæssige forhold', 'Borgerinddragelse', 'Bæredygtighed', 'Klima', 'Tidligere beslutninger',
      'Tidligere behandling', 'Tidligere behandlinger', 'Retsregler', 'Retsregler og andre forskrifter', 'Retligt grundlag', 'Anledning', 'Forventet sagsgang', 'Handlemuligheder', 'Alternativer',
    ],
  ],
];

/**
 * Block headings as printed (`[heading, kind]`, null for lines that are none): every
 * word of BLOCKS, and the shapes of its patterns; tests/vocabulary.test.ts runs them.
 */
export const BLOCK_EXAMPLES: [string, SectionKind | null][] = [
  ...BLOCKS.flatMap(([kind, list]) => list.filter((w) => !w.startsWith('re:')).map((w): [string, SectionKind] => [w, kind])),
  ['Beslutning i Økonomiudvalget den 3. marts 2022', 'decision'],
  ['Beslutning fra Handicaprådet', 'decision'],
  ['Til referat;', 'decision'],
  // A regional portal's heading over the body's treatment (`POLITISK BEHANDLING` / `Godkendt.`).
  ['POLITISK BEHANDLING', 'decision'],
  ['Beslutning Økonomiudvalget den 6. oktober 2014', 'decision'],
  ['Beslutning Økonomiudvalget den', 'decision'],
  ['Beslutning Økonomiudvalget den Godkendt.', null],
  ['Økonomiudvalgets beslutning den 8. november 2022:', 'decision'],
  ['Byrådet den 10.03.2012, pkt. 4', 'decision'],
  ['Kultur- og Fritidsudvalgets møde den 14. marts 2012:', 'decision'],
  ['Møde i Økonomiudvalget den 10. juni 2031', null],
  ['Indstilling:', 'recommendation'],
  ['Borgmesterens påtegning', 'other'],
  ['Beslutningen blev godkendt af alle', null],
  ['Regnskabet for 2023', null],
  ['Arrangement den 30. januar 2031', null],
  ['Teknisk Udvalg den 3. maj 2031', 'decision'],
  ['Referent Thea Holmsen den 26.09.2031', null],
  ['Bo Kristensen den 3. maj 2031', null],
];

/** A role a person signs the minutes with, before the name (`Referent Eva Holm`, `Formand Bo Dal`). */
const SIGNING_ROLE = /^(?:Referent(?:en)?|Ref\.|Formand(?:en)?|Næstformand(?:en)?|Sekretær(?:en)?|Kasserer(?:en)?|Dirigent(?:en)?|Ordstyrer(?:en)?|Mødeleder(?:en)?)\s+\p{Lu}/u;

const BLOCK_RES: [SectionKind, RegExp][] = BLOCKS.map(([kind, list]) => [kind, new RegExp(`^(?:${words(list)})$`, 'iu')]);

/**
 * The kind of a block heading (text without a trailing colon), or null.
 * Segmentation asks it of the same line several times (blocks, headings, decisions): answers kept, within a bound.
 */
export function blockKind(heading: string): SectionKind | null {
  // Most lines are none, and show it at once: they open in a small letter or run long (kindOf's first tests, without
  // looking the line up).
  if (!OPENS_IN_CAPITAL.test(heading)) return null;
  if (heading.length > 92 && heading.replace(/\s*:$/, '').trim().length > 90) return null;
  return knownKind(heading);
}
const knownKind = memoize(kindOf, 50_000);
/** A line whose first letter, after any spaces, is a capital. */
const OPENS_IN_CAPITAL = /^\s*\p{Lu}/u;

function kindOf(heading: string): SectionKind | null {
  const h = heading.replace(/\s*[:;]$/, '').trim();
  if (h.length === 0 || h.length > 90) return null;
  if (!/^\p{Lu}/u.test(h)) return null;
  // A heading that ends in a date or an item number may run longer (`Beslutning i Trafikudvalget mandag den 7. marts 2022, pkt. 2`).
  if (h.split(/\s+/).length > (DATED_END.test(h) ? 13 : 9)) return null;
  for (const [kind, re] of BLOCK_RES) if (re.test(h)) return kind;
  // `Kultur- og Fritidsudvalgets møde den 14. marts 2012:`, `Byrådet den 3. maj 2012:`: this body's treatment, a decision.
  const m = BODY_MEETING_DATE.exec(h);
  // `Møde i Økonomiudvalget den 10. juni 2013`: a meeting's title (a page's running header), not the body's treatment.
  if (m && /^(?:Møde|Mødet|Referat|Dagsorden)\b/iu.test(m[1]!)) return null;
  // A person signing, with a role or by a name in `-sen` (`Referent Eva Holmsen den 26.09.2031`, `Bo Kristensen 3. maj 2031`):
  // no body, whatever the name's ending.
  if (m && (SIGNING_ROLE.test(m[1]!) || /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}\p{Ll}+)*\s+\p{Lu}\p{Ll}+s[eø]n$/u.test(m[1]!))) return null;
  // The body named so (`Byrådet`, `Teknisk Udvalg`, `KB`), not an event and its day (`Arrangement den 30. januar 2031`).
  const body = m ? /(?:et|en|ne|[Rr]åd|[Uu]dvalg|[Bb]estyrelse|[Nn]ævn|[Kk]ommission|[Ff]orum|[Gg]ruppe|\p{Lu}{2,})$/u.test(m[1]!) : false;
  if (m && body && (m[2] !== undefined || m[3] !== undefined || m[4] !== undefined || heading.trim().endsWith(':'))) return 'decision';
  return null;
}

const DATE_SOURCE = '(?:\\d{1,2}\\.\\s*\\p{L}+\\.?\\s+\\d{4}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4})';
const DATED_END = new RegExp(`${DATE_SOURCE}(?:,?\\s+(?:pkt|punkt)\\.?\\s*\\d+)?$`, 'u');

/**
 * A body, its meeting and a date, alone on a line: `Økonomiudvalgets møde den
 * 3. marts 2012`, `Byrådet den 10.03.2012, pkt. 4`. Groups: the body, `s møde`,
 * `den`, the item number. Without any of the last three it needs a colon to be
 * a heading (a bare `Byrådet 10-03-2012` is as likely a running header).
 */
export const BODY_MEETING_DATE = new RegExp(
  `^(\\p{Lu}[\\p{L}\\-]*(?:-,)?(?:\\s+(?:og|for|i|af|\\p{Lu}[\\p{L}\\-]*(?:-,)?)){0,6}?)(s\\s+(?:(?:ordinære|ekstraordinære)\\s+)?${tolerant('møde')})?,?\\s+(?:(?:${['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'].map(tolerant).join('|')})\\s+)?(den\\s+|d\\.\\s*)?${DATE_SOURCE}(,?\\s+(?:pkt|punkt)\\.?\\s*\\d+)?$`,
  'u',
);

/** Headings that carry their text on the same line: `Referat: Dagsorden godkendt`, `Sagsforløb: BY`. */
const INLINE_RE = /^([^:]{3,60}?)\s*:\s*(\S.*)$/u;

export function inlineBlock(text: string): { heading: string; kind: SectionKind; rest: string } | null {
  if (!text.includes(':')) return null;
  const m = INLINE_RE.exec(text);
  if (!m) return null;
  const kind = blockKind(m[1]!);
  if (!kind) return null;
  return { heading: m[1]!, kind, rest: m[2]!.trim() };
}

/** Sentences that open a recommendation when no heading did: `Det indstilles, at …`. */
export const RECOMMENDATION_OPENER = new Cued(
  /indstille/iu,
  new RegExp(`^(?:Det ${tolerant('indstilles')}|(?:\\S+\\s){0,4}\\S*(?:en|et|erne|ne) ${tolerant('indstiller')}(?:,? at\\b|[,:]?$))`, 'iu'),
);

/** Item types as printed: prefixes (`DRØFTELSE:`) or suffixes (`– skriftlig orientering`). */
export const ITEM_TYPES = [
  'mundtlig orientering',
  'skriftlig orientering',
  'til orientering',
  'orientering',
  'orientation',
  'temadrøftelse',
  'til drøftelse',
  'drøftelse',
  'til godkendelse',
  'godkendelse',
  'til beslutning',
  'diskussion og beslutning',
  'drøftelse og beslutning',
  'beslutning',
  'diskussion',
  'meddelelse',
  'meddelelser',
];

export const ITEM_TYPE_RES: [string, RegExp][] = ITEM_TYPES.map((t) => [t, new RegExp(`^${tolerant(t).replace(/ /g, '\\s+')}$`, 'iu')]);

export function itemTypeOf(word: string): string | null {
  const w = word.trim();
  for (const [t, re] of ITEM_TYPE_RES) if (re.test(w)) return t;
  return null;
}

export const ITEM_TYPE_SOURCE = ITEM_TYPES.map((t) => tolerant(t).replace(/ /g, '\\s+')).join('|');

/**
 * Items whose whole title is one word (`Eventuelt`, `Diverse`, `Økonomi`): such
 * a word may stand before the item's text on the same line with no mark
 * between (`Diverse Bestyrelsen vil gerne …`), where the title ends after it.
 */
export const ONE_WORD_TITLES = ['eventuelt', 'evt', 'diverse', 'meddelelser', 'orientering', 'økonomi', 'regnskab', 'budget', 'kontingent', 'beretning', 'referat', 'dagsorden', 'status', 'opfølgning', 'aktiviteter', 'arrangementer', 'vedligeholdelse', 'kommunikation', 'medlemmer', 'sponsorer', 'hjemmeside', 'hjemmesiden'];

export const ONE_WORD_TITLE = new RegExp(`^(?:${ONE_WORD_TITLES.map(tolerant).join('|')})\\.?$`, 'iu');

/** Lines with a one-word title and its text run together, split as `[title, text]`; the not-lines keep a title of more words. */
export const ONE_WORD_TITLE_EXAMPLES: { line: string; split: [string, string] | null }[] = [
  { line: 'Diverse Bestyrelsen minder om, at klager sendes til kontoret.', split: ['Diverse', 'Bestyrelsen minder om, at klager sendes til kontoret.'] },
  { line: 'Eventuelt Kassereren takkede for et godt samarbejde i året.', split: ['Eventuelt', 'Kassereren takkede for et godt samarbejde i året.'] },
  { line: 'Økonomi Regnskabet for første kvartal viser et lille overskud.', split: ['Økonomi', 'Regnskabet for første kvartal viser et lille overskud.'] },
  { line: 'Beretning Jens Ole Holm aflagde beretningen for rådet. Den blev godkendt.', split: ['Beretning', 'Jens Ole Holm aflagde beretningen for rådet. Den blev godkendt.'] },
  { line: 'Beretning Godkendt', split: null },
  { line: 'Vedligeholdelse Af Fællesarealer i foråret og sommeren', split: null },
];

/**
 * A web page's furniture after its article, copied with the minutes into a text file: a comment form (`Skriv et svar`,
 * `Din e-mailadresse vil ikke blive publiceret`), a blog's filing line (`Udgivet i Referater.`), the page's update
 * stamp (`Sidst opdateret: 2. maj 2022`), its contact box and copyright line. Below the last item, the first of them
 * ends the minutes: nothing after it was said at the meeting.
 */
const PAGE_TRAILER_SOURCE = [
  'Skriv (?:et svar|en kommentar)', 'Leave a [Rr]eply', 'Leave a [Cc]omment', 'Annuller svar', 'Din e-?mail(?:-?adresse)? (?:vil ikke|bliver ikke) (?:blive )?(?:publiceret|offentliggjort)\\b.*',
  'Krævede felter er markeret med\\b.*', '(?:Nyeste|Seneste) (?:kommentarer|indlæg)', 'NYESTE KOMMENTARER', 'Relaterede (?:indlæg|artikler|nyheder)', 'Del dette\\s*:?', 'Kontakt os',
  'More magazines by this user', 'Similar magazines', '(?:Dette indlæg blev udgivet|Udgivet) i \\p{Lu}[\\p{L} -]{1,40}\\.?(?:\\s.{0,60})?', '[Pp]osted in\\b.{1,60}',
  '(?:Last update|Sidst opdateret|Senest opdateret|Opdateret)(?:\\s+den)?\\s*:?\\s*\\d.{0,30}', '(?:Copyright\\s*)?©.{0,80}', 'Copyright\\s.{1,80}',
  '\\d{1,4} (?:replies|reply|comments?|kommentar(?:er)?|svar)',
  // A blog's comment box: `Ingen kommentarer:` (with its colon; without, it may be a decision) over `Send en kommentar`.
  'Ingen kommentarer:', '(?:Send|Tilføj|Indsend) en kommentar', 'Want to join the discussion\\?', 'This site uses Akismet\\b.*',
].join('|');
/** (Case-sensitive: a filing line names its category with a capital.) */
export const PAGE_TRAILER = new RegExp(`^(?:•\\s*)?(?:${PAGE_TRAILER_SOURCE})$`, 'u');

/** Lines that are a web page's trailer (true) and lines of minutes that read alike (false). */
export const PAGE_TRAILER_EXAMPLES: [string, boolean][] = [
  ['Skriv et svar', true],
  ['Leave a Reply', true],
  ['Din e-mailadresse vil ikke blive publiceret. Krævede felter er markeret med *', true],
  ['Nyeste kommentarer', true],
  ['Udgivet i Bestyrelsesmøder.', true],
  ['Dette indlæg blev udgivet i Referater. Bogmærk permalinket.', true],
  ['Sidst opdateret: 12/03/2031 09:15', true],
  ['Last update: 10:05 02/04 2031', true],
  ['© 2031 Grundejerforeningen Bakken', true],
  ['Kontakt os', true],
  ['0 replies', true],
  ['3 kommentarer', true],
  ['Ingen kommentarer:', true],
  ['Send en kommentar', true],
  ['Ingen kommentarer', false],
  ['Ingen kommentarer til referatet.', false],
  ['Opdateret medlemsliste udsendes i næste uge.', false],
  ['Kontakt os gerne, hvis I har spørgsmål til ordningen.', false],
  ['Bestyrelsen vil skrive et svar til kommunen.', false],
  ['Kommentarer til regnskabet', false],
  ['Udgivet i bladet i næste måned.', false],
];

export const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, febr: 2, februar: 2, feb: 2, marts: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11,
  december: 12, dec: 12,
  // Web systems that print dates in English: `Onsdag, April 3, 2019`.
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, october: 10,
};
/** The months' names and short forms in a regular expression's alternatives, in small letters or with a capital (`juli`, `Juli`, `jul`). */
export const MONTH_ANY_CASE = Object.keys(MONTHS).map((m) => `[${m[0]}${m[0]!.toUpperCase()}]${m.slice(1)}`).join('|');

/**
 * A long month's name with one letter lost, as typed in haste (`15. aril 2031`, `3. febuar`): every such spelling of the
 * names of five letters or more (none of them another month's name or abbreviation). Read only where no date is found
 * with the names as spelt (dates.ts).
 */
export const MONTH_TYPOS: Record<string, number> = Object.fromEntries(
  (['januar', 'februar', 'marts', 'april', 'august', 'september', 'oktober', 'november', 'december'] as const).flatMap((name, k) => {
    const month = [1, 2, 3, 4, 8, 9, 10, 11, 12][k]!;
    return [...new Set([...name].map((_, i) => name.slice(0, i) + name.slice(i + 1)))].map((typo) => [typo, month] as const);
  }),
);

/**
 * A finite verb: a paragraph that has one is a sentence, not a title. (`ønsker` after an adjective is the noun: `indkomne
 * ønsker`, `medlemmernes ønsker`.)
 */
export const FINITE_VERB = /(?<!\p{L})(?:er|var|blev|bliver|har|havde|skal|skulle|vil|ville|kan|kunne|må|kommer|kom|får|fik|gav|går|gik|(?<!(?:indkomne|eventuelle|nye|særlige|medlemmernes|beboernes)\s)ønsker|mangler|foreslår|foreslog|anbefaler|anbefalede)(?!\p{L})/iu;
