/**
 * The meeting header: the lines before the first item. Labelled fields
 * (`Møde:`, `Tidspunkt:`, `Mødested`, `Mødeleder:`), the title line
 * (`REFERAT Aarhus Byråd d. 27-08-2025`), participant groups.
 * A document date (`Dato:` beside `Udarbejdet af:`) is not the meeting date.
 */
import type { DiagnosticList } from '../diagnostics.js';
import { Cued } from '../util/cued.js';
import type { MeetingInfo, ParticipantGroup } from '../schema.js';
import { findDate, findDayMonth, findTimes, weekdayBefore, weekdayOf, WEEKDAYS, withYear } from './dates.js';
import { place, sharesWord, tolerant, withoutEndColon, type SLine } from './model.js';
import { ALL_BUT, ALL_CAME, APOLOGY_SENTENCE, EXCEPT, GROUP_LABEL_EXAMPLES, gluedNames, groupLabel, isAwaySentence, isNameRun, looksLikeName, NAMES_SOURCE, notesOf, PERSON_ENTRY } from './people.js';
import { blockKind, MONTH_ANY_CASE, MONTHS } from './vocabulary.js';
import { attendanceSentences } from './attendance.js';
import { isGivenName, isSurname, MUNICIPALITIES } from '../normalize/lexicon.js';
import { isDictionaryWord, isFiniteVerb, isWord } from '../normalize/dictionary.js';
import { PLACE_NAMES } from '../normalize/names.data.js';
import { looksLikeBodyName } from './letterhead.js';
import { isChromeLine } from '../util/chrome-lines.js';

type Field = 'body' | 'subject' | 'when' | 'date' | 'time' | 'end' | 'location' | 'chair' | 'author';

const FIELDS: [Field, RegExp][] = [
  ['body', new RegExp(`^(?:${tolerant('Møde')}|${tolerant('Mødeforum')}|Forum|Udvalg)\\s*:\\s*(.+)$`, 'iu')],
  ['body', new RegExp(`^(?:${tolerant('Mødeforum')}|Udvalg)\\s+(\\p{Lu}.{2,80})$`, 'u')],
  ['subject', /^(?:Emne|Vedr\.?|Vedrørende|Mødetype|Mødeform)\s*:\s*(.+)$/iu],
  ['when', new RegExp(`^(?:Tidspunkt|${tolerant('Mødetid')}|${tolerant('Mødedato')}|${tolerant('Mødetidspunkt')}|Dato og tid|Dato og tidspunkt|Starttidspunkt|Varighed|${tolerant('Hvornår')}|Tid og sted)\\s*:?\\s+(.+)$`, 'iu')],
  ['end', new RegExp(`^(?:Sluttidspunkt|${tolerant('Mødeslut')}|${tolerant('Møde')} slut|Slut(?:tid)?(?: kl\\.?)?|${tolerant('Mødet')}\\s+(?:blev\\s+)?(?:${tolerant('hævet')}|sluttede|afsluttet|afsluttedes|slut))\\s*:?\\s+(.+)$`, 'iu')],
  ['date', /^(?:Dato|Mødedag)\s*:\s*(.+)$/iu],
  // Labels without a colon, as a table prints them (`Tid 14:30`, `Sted Mødelokale 2`): only before a value of the right kind.
  ['time', /^(?:Tid|Tidspunkt|Klokken)\s+(\d{1,2}[.:]\d{2}.*)$/u],
  ['location', /^(?:Sted|Lokale)\s+(\p{Lu}.{1,80})$/u],
  ['date', /^Dato\s+((?:\p{L}+dag\s+)?(?:den\s+)?\d.{3,40})$/u],
  ['time', new RegExp(`^(?:Tid|Klokken|Kl\\.?|${tolerant('Mødestart')}|${tolerant('Møde')} start|${tolerant('Mødet')} (?:startede|påbegyndt|begyndte|begyndt)|Start(?:tid)?(?: kl\\.?)?)\\s*:\\s*((?:kl\\.?\\s*)?\\d.*)$`, 'iu')],
  // `Tid: Mandag, den 13. januar 2025, kl. 19.00`: a day and a time.
  ['when', /^Tid\s*:\s*(\p{L}.*\d.*)$/iu],
  // (`Mødeafholdelse: Lokale 0.23`, a case system's; `Hvor / Where:`, a bilingual page's.)
  ['location', new RegExp(`^(?:Sted|${tolerant('Mødested')}|${tolerant('Mødelokale')}|${tolerant('Mødeafholdelse')}|Lokale|Adresse|Hvor(?:\\s*\\/\\s*Where)?|(?:${tolerant('Møde')}\\s?)?lokation)\\s*:\\s*(.+)$|^(?:${tolerant('Mødested')}|${tolerant('Møde')} lokation)\\s+(.+)$`, 'iu')],
  // `Afholdt: På Holmskolen i mødelokale 2`: where it was held, after its label (a preposition, not a day: `Afholdt: 3. maj 2031`).
  ['location', /^Afholdt\s*:\s*(?:[Pp]å\s+|[Ii]\s+)?((?:[Hh]os\s+)?\p{Lu}.{1,80})$/u],
  // (`Ordstyrer/Dirigent: Bo Dal`: two words for the office.)
  ['chair', new RegExp(`^(?:${tolerant('Mødeleder')}|Formand|Ordstyrer|Dirigent|Ordf${tolerant('ø')}rer|Tovholder)(?:\\s*\\/\\s*(?:${tolerant('Mødeleder')}|Ordstyrer|Dirigent))?(?:\\s+og\\s+referent)?\\s*:\\s*(.+)$`, 'iu')],
  // Without a colon, as a table's cells print it (`Mødeleder Anne Holm`, `Mødeleder Einar`): only before a name, not an office.
  ['chair', new RegExp(`^(?:${tolerant('Mødeleder')}|Ordstyrer|Dirigent)\\s+(?!(?:Formand|Formanden|Næstformand|Næstformanden|Bestyrelsen|Valgt|Ingen)\\b)(\\p{Lu}[\\p{Ll}'’\\-]+(?:\\s+\\p{Lu}[\\p{Ll}'’\\-]+){0,3})$`, 'u')],
  ['author', /^(?:Udarbejdet af|Referent|Skrevet af|Sagsbehandler)\s*:|^Ref\.\s*\p{Lu}/iu],
];

/** A field's value that names nobody: `Ingen`, `Ingen specifik`, `Ikke valgt`, `-`, `N/A`. */
const NOBODY_VALUE = /^(?:(?:ingen|intet)(?!\p{L})|ikke(?!\p{L})|ej(?!\p{L})|n\/a(?!\p{L})|[-–—?]+$)/iu;

/** A notice that calls a meeting: `Skovby Kunstforening indkalder hermed til ordinær generalforsamling`. */
const INVITES = new RegExp(`^(\\p{Lu}[\\p{L}&'’.\\-/ \\d]{2,60}?)\\s+(?:${tolerant('indkalder')}|inviterer)\\s+(?:hermed\\s+)?(?:(?:alle|[Dd]e)\\s+(?:\\p{L}+\\s+){1,4}?|medlemmer(?:ne)?\\s+(?:\\p{L}+\\s+){0,3}?)?til\\s+(?:\\p{Ll}+\\s+)?(?:[Gg]eneralforsamling|\\p{L}*${tolerant('møde')})\\b`, 'u');
/** A notice that calls the meeting, in the present, with no body before it: `Der indkaldes herved til generalforsamling, som afholdes …`. */
const CALLS_MEETING = new RegExp(`(?:^|[.!]\\s+)(?:(?:Der|Hermed|Herved)\\s+)?${tolerant('indkaldes')}\\s+(?:(?:hermed|herved)\\s+)?(?:alle\\s+\\p{Ll}+\\s+)?til\\s+(?:afholdelse\\s+af\\s+)?(?:(?:ordinær|ekstraordinær|årlig)\\p{Ll}*\\s+)?(?:generalforsamling|\\p{Ll}*${tolerant('møde')})\\b`, 'iu');
const WHEN_LINE = new RegExp(
  `^(?:${tolerant('Mødet')}\\s+(?:holdes|afholdes|finder sted)\\s+|(?:${tolerant('Mødet')}\\s+(?:blev\\s+)?)?(?:afholdt|afholdtes|holdt)\\s+|)(?:(?:${['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'].map(tolerant).join('|')})\\b|den\\s+\\d|d\\.\\s*\\d|\\d{1,2}\\.\\s*\\p{L}|\\d{1,2}\\s+(?:${Object.keys(MONTHS).join('|')})\\s+\\d{4}|\\d{1,2}\\/\\d{1,2}\\s+\\d{4}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{4}\\s+(?:kl\\.?|klokken)\\s*\\d)`,
  'iu',
);

/** `afholdt` closing a name or standing alone before a date (`Bestyrelsesmøde afholdt 6/1 2011`, `Medicinrådet. Afholdt …`). */
const HELD_WORD = /(?:^|\.?\s+)(?:afholdt|afholdtes|holdt)$/iu;
/** A time ending a place: `…, Blå Stue kl. 09.30.`, `Torvet 3 kl. 16.30-18`. */
const TIME_AFTER_PLACE = /,?\s+(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?.*$/iu;
/** A time alone on its line: `Kl. 18.00 – 20.30`, `kl. 19`. */
/** A time on its own line, then the place after `i`, `på` or `hos`: `kl. 14 – 15 i formandens have`. */
const TIME_THEN_PLACE = /^((?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*(?:[-–]|til)\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?)?)\s+(?:i|på|hos)\s+(\p{L}.{2,80})$/iu;
/** A time, then a place named in capitals with no word between: `kl. 19.15 – 21.30 Kulturhuset, Nørregade`. */
const TIME_THEN_NAMED = /^((?:[Kk]l\.?|[Kk]lokken)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*(?:[-–]|til)\s*(?:[Kk]l\.?\s*)?\d{1,2}(?:[.:]\d{2})?)?)[,\s]+(\p{Lu}\p{Ll}.{1,80})$/u;
const TIME_ONLY = /^(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*(?:[-–]|til)\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?)?\.?$/iu;
/** Hours that a meeting may span: from seven in the morning, five hours at most. */
function meetingLong(times: { start: string | null; end: string | null }): boolean {
  if (times.start === null || times.end === null) return false;
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  const span = minutes(times.end) - minutes(times.start);
  return minutes(times.start) >= 7 * 60 && span > 0 && span <= 5 * 60;
}
/** The hours alone on a line, without `kl.` (`17.00 – 19.30`, `17.00 til 19.00. Spisning …`): the meeting's (see meetingInfo). */
const RANGE_ALONE = /^(\d{1,2}[.:]\d{2}\s*(?:[-–]|til)\s*\d{1,2}[.:]\d{2})\.?(?:\s+\p{Lu}\p{Ll}.{0,80})?$/u;
/** A programme's line: an hour, then the meeting (`13.00 Generalforsamling`, `14.30 Dagsorden for HBF´s Generalforsamling`). */
const PROGRAM_START = /^(?:[Kk]l\.?\s*)?(\d{1,2}[.:]\d{2})\s*:?\s+(?:\S+\s+){0,3}?(?:[Gg]eneralforsamling|GENERALFORSAMLING|[Ll]andsmøde|[Åå]rsmøde|[Rr]epræsentantskabsmøde)(?!\p{L})/u;
/** The same with a note in small letters after it, or in brackets: `Kl. 15:00 - 18:00 med efterfølgende spisning`, `kl. 19.30 (flyttet fra salen)`. */
const TIME_THEN_NOTE = /^(?:kl\.?|klokken)\s*\d{1,2}[.:]\d{2}(?:\s*(?:[-–]|til)\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2})?(?:\s+\p{Ll}[\p{L} ]{2,60}\.?|\s*\([^()]{2,80}\)\.?)$/iu;
/** Words then the time: `Kommunens mødesal kl. 11:00`, `I Holmby Kulturcenter kl. 19:30` (a place where they name a room or a building, or `I`/`På` opens them: placeThenTimeLine). */
/** (A comma or a semicolon may stand before the time: `Hos Finn, Lærkevej 3 , kl. 19.00`, `på terrassen, Sandbakken 10; kl. 19.00`.) */
const PLACE_THEN_TIME = /^((?:\p{Lu}|(?:på|i|hos)\s+\p{L})[^:;]{2,70}?)\s*[,;]?\s+((?:kl\.?|klokken)\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)\.?$/u;
/** A header line of a place, then the time (PLACE_THEN_TIME), or null. */
function placeThenTimeLine(t: string): RegExpExecArray | null {
  const m = PLACE_THEN_TIME.exec(t);
  return m && (/^(?:I|På|Hos|på|hos)\s+\p{L}/u.test(m[1]!) || PLACE_WORD.test(m[1]!)) ? m : null;
}
/** The meeting told to take place at an hour: `Mødet fandt sted fra kl. 15.00 til 19.15`, `Generalforsamlingen finder sted kl. 13.00-17.00 på …`. */
const TAKES_PLACE_AT = new RegExp(`^(?:${tolerant('Mødet')}|Generalforsamlingen|Årsmødet|Bestyrelsesmødet|Repræsentantskabsmødet)\\s+(?:fandt|finder)\\s+sted\\s+(?:fra\\s+)?(?=(?:kl\\.?|klokken)\\s*\\d)`, 'u');

/** Where the meeting was held, in a sentence without a date: `Mødet blev afholdt i spejderhytten kl. 18.30-20.00`. */
const HELD_AT = new RegExp(`^(?:${tolerant('Mødet')}\\s+(?:blev\\s+)?)?(?:afholdt|holdt|afholdes|holdes|fandt sted)\\s+(?:i|${tolerant('på')}|hos)\\s+((?:[^,.–]{2,60}?)(?:,\\s*\\p{Lu}[^,.–]{1,40}?)?),?(?:\\s+((?:kl\\.?|klokken)\\s*\\d.*))?\\.?$`, 'iu');
/** `Hos 3F Midtby, Stationsvej 4, Bjerre`, `Hos: Bo Dal, Holmvej 3`: the host's place. */
const AT_HOST = /^Hos\s*:?\s+(\p{Lu}[^:;]{1,80})$/u;

/** A line that says when the minutes were sent or posted. */
/** A day alone after `fra` or `siden` in small letters (`fra 12. januar 2009`): counted since then. */
const SINCE_DATE = /^(?:fra|siden)\s+(?:den\s+|d\.\s*)?\d{1,2}\.?\s*(?:\p{L}+\.?|\d{1,2}\.?)\s*\d{4}\.?$/u;
const PUBLISHED = /^(?:Udsendt|Opslået|Offentliggjort|Publiceret|Udgivet|Opdateret|Sidst opdateret|Senest opdateret|Senest ændret|Rettet|Postet|Indsendt|Oprettet|Posted(?:\s+by(?:\s+\S+){0,3}?)?\s+on|(?:Behandlet\s+og\s+)?[Gg]odkendt\s+(?:af|på|i)\s+\p{L}+(?:\s+\p{L}+)?(?=\s+(?:den\s+|d\.\s*)?\d))\b(?:\s+(?:den|d\.|dato|:))?/iu;

export const WEEKDAY = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'].map(tolerant).join('|');
/** `… at der afholdes ordinært kommunalbestyrelsesmøde tirsdag den …`: a notice naming the meeting by its word, and when. */
const NOTICE_OF_MEETING = new RegExp(`\\b(?:der\\s+)?(?:afholdes|holdes|indkaldes\\s+til)\\s+(?:hermed\\s+)?(?:(?:ordinært|ekstraordinært)\\s+)?(\\p{L}+(?:råds|udvalgs|bestyrelses)${tolerant('møde')})\\s+(?:(?:${WEEKDAY})\\b|den\\s+\\d|d\\.\\s*\\d)`, 'iu');
/** A document's title in English, as some bodies with members from abroad write it: `Minutes:`, `Minutes of …`, `Agenda for …`, with a year or the meeting in it. */
const ENGLISH_TITLE = /^(Minutes|Agenda)(?:\s*:|\s+(?:of|from|for)\s)(?=.*(?:(?:19|20)\d\d|meeting|assembly|board))/iu;

/** A line that is a day and month alone, perhaps after a short weekday and before the time: `TOR 17 MAR kl. 19:00`, `fre. 3. maj`; an events calendar's `februar 27 @ 19:00`. */
const DATE_ALONE = new RegExp(`^\\s*(?:(?:man|tirs?|ons|tors?|fre|lør|søn)\\.?\\s+)?\\d{1,2}\\.?\\s*(?:${Object.keys(MONTHS).join('|')})\\.?(?:\\s+kl\\.?\\s*\\d{1,2}(?:[.:]\\d{2})?)?\\s*$|^\\s*\\p{L}+\\.?\\s+\\d{1,2}\\s*@`, 'u');
/** Words of a line that dates the meeting: a weekday, `den`, the meeting's word, `afholdes`; or the date alone. */
const DATE_LINE_WORDS = new RegExp(`\\b(?:${WEEKDAY}|den|d\\.|\\p{L}*møde(?:t)?|\\p{L}*generalforsamling(?:en)?|afholdes|afholdt|holdes|\\p{L}*referat)|${DATE_ALONE.source}`, 'iu');
/** A weekday and the date after it (`Onsdag den 15-maj-2002`, `tirsdag d. 3. marts 2020`). */
const WEEKDAY_DATE = new RegExp(`\\b(?:${WEEKDAY})\\b,?\\s*(?:den\\s+|d\\.\\s*)?(?=\\d)`, 'iu');
/** What stands before a date and names nothing: a weekday, `den`, `senest`, `fra og med`. */
const NOT_NAMED = new RegExp(`^(?:${WEEKDAY}|den|det|de|i|på|fra|til|pr|per|senest|inden|efter|før|fra og med|(?:ekstra\\s*)?ordinær(?:e|t)?|ekstraordinær(?:e|t)?|ekstra|stiftet|grundlagt|oprettet|skrevet|opdateret|udgivet|publiceret|sendt|udsendt|dateret|posted|(?:år|aar)\\s+\\d{4})$`, 'iu');
const BODY_THEN_DATE = new RegExp(`^(\\p{Lu}[^,:]{2,80}?),?\\s+(?:(?:${WEEKDAY})\\s+)?(?:(?:den|d\\.)\\s+\\d|\\d{1,2}\\.\\s*\\p{L}+\\.?,?\\s+\\d{4}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}|\\d{1,2}\\/\\d{1,2}\\s+\\d{4})`, 'iu');
const DATE_ONLY = /^(?:\p{L}+dag\s+)?(?:den\s+)?\d{1,4}[-./]\d{1,2}(?:[-/]|\.\s?)\d{2,4}(?:\s+(?:kl\.?\s*|klokken\s+)?\d{1,2}[.:]\d{2}(?::\d{2})?(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)?(?:\s*\|)?$/iu;
/** `Skovboskolen, mødelokale K2`: a building, then its room. */
const ROOM_AFTER_PLACE = new RegExp(`^\\p{Lu}[^:;.,]{2,40},\\s*(?:${tolerant('mødelokale')}|${tolerant('mødesal')}|lokale)\\s+\\S[^:;]{0,30}$`, 'iu');
/** A street address with its postcode and town, ending a line: `Vestergade 13, 2450 København SV`. */
const ADDRESS_END = /(?:^|[\s,])(\p{Lu}[\p{L}.\-]+(?:\s\p{Lu}?[\p{L}.\-]+){0,3}\s\d{1,3}[A-Za-z]?(?:,\s*[^,]{1,20})?,\s*\d{4}\s+\p{Lu}[\p{L}\-]+(?:\s+[A-ZÆØÅ]{1,2}|\s+\p{Lu}[\p{L}\-]+)?)\.?$/u;
/** A room named by its name or number (`Mødelokale F7`, `Lokale 202`, `Mødesal på 1. sal`), not a sentence about rooms (`Lokale og materiel efterses`). */
const ROOM_LINE = new RegExp(`^(?:${tolerant('Mødelokale')}|${tolerant('Mødesal')}|Lokale)\\s+(?!(?:og|er|var|blev|bliver|skal|kan|må|har|til|med|som|mangler)\\s)\\S`, 'iu');
const SUBSTITUTE_LINE = new RegExp(`^\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,3}\\s+(?:${tolerant('deltog')}|${tolerant('deltager')}|mødte|møder)\\s+(?:(?:på mødet\\s+)?(?:i\\s?stedet for|for|som (?:stedfortræder|suppleant|vikar) for))\\s+\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,3}\\.?$`, 'u');
const NAMES = NAMES_SOURCE;
const SUBSTITUTE_TOLD = new RegExp(`^(?:${tolerant('Stedfortræder')}|Suppleant|Vikar)\\s+(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,3})\\s+(?:${tolerant('mødte')}|${tolerant('deltog')})\\s+(?:i stedet\\s+)?for\\s+(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,3})(?:\\s*,?\\s+(?:der|som)\\s+(?:havde\\s+)?(?:meldt\\s+)?(?:afbud|forfald))?\\.?$`, 'u');
/** Everyone came (`Alle var mødt`, `Alle mødte`, `Alle deltog`, `Alle var til stede`), and the words that make an exception. */
/** That nobody was away (`Ingen fraværende`, `Ingen afbud.`): a line that names no one. */
const NOBODY_LINE = /^(?:Ingen|Intet)\s+(?:fraværende|afbud|fravær)\.?$/iu;
/** A bullet opening a line (`• Udskriv`). */
const LIST_BULLET_START = /^[•·▪◦●○■*-]\s+/u;
/** The same with the exception before the verb: `Alle bestyrelsesmedlemmer undtagen kasserer Kurt var til stede.` */
const ALL_BUT_BEFORE = new RegExp(`^Alle(?:\\s+\\p{L}+){0,6}?\\s+${EXCEPT}\\s+(?:\\p{Ll}+\\s+)?(${NAMES})\\s+${ALL_CAME}(?:\\.|$)`, 'u');
const STAND_IN_SENTENCE = new RegExp(`^Som\\s+(${tolerant('stedfortræder')}|suppleant)\\s+for\\s+(${NAMES})\\s+(?:${tolerant('deltog')}|mødte)\\s+(${NAMES})\\.?$`, 'u');
/** `1. næstformand Jens Dal var mødeleder.`: who chaired, with an office before the name. */
/** A name and what became of it (`Ole Holm blev foreslået og valgt`, `Bo Dal var dirigent`). */
const NAME_THEN_CLAUSE = /^(\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,3})\s+(?:blev|var|valgtes|fungerede|ledede|bød)\b.*$/u;
const LED_BY = new RegExp(`^(?:[\\d.]+\\s*)?(?:\\p{Ll}+\\s+)*?(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,3})\\s+var\\s+(?:${tolerant('mødeleder')}|ordstyrer|dirigent)\\.?$`, 'u');
const MEETING_WORD_DATE = new RegExp(`^(\\p{Lu}\\p{Ll}*${tolerant('møde')})\\s+(?:den\\s+|d\\.\\s*)?\\d`, 'u');
/** The meeting's word, a comma, a name and the date: `Generalforsamling, Holmby forsamlingshus d. 19/8-2031`. */
const MEETING_COMMA_DATE = /^(?:(?:Referat|REFERAT|Dagsorden|DAGSORDEN)(?:\s+(?:af|fra))?\s*[-–:]?\s+)?(?:(?:[Oo]rdinær|[Ee]kstraordinær)e?\s+)?(?:\p{Lu}\p{Ll}*møde|[Gg]eneralforsamling|GENERALFORSAMLING)(?:en|t)?\s*,\s*(\p{Lu}[\p{L}\-]*(?:\s+[\p{L}\-]+){0,3}?)\s*,?\s+(?:[Dd]en\s+|[Dd]\.\s*)?\d/u;
const CLOCK = /\b(?:kl\.?|klokken)\s*(?:ca\.?\s*)?\d{1,2}(?:[.:]\d{2})?\b/iu;
/** `kl. 18.30-21.00 - Personalerummet`: a place after the time and a dash. */
const PLACE_AFTER_TIME_DASH = /\b(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*(?:[-–]|til)\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?)?\s+[-–]\s+(\p{Lu}[^:;]{2,60})$/iu;
const PLACE_BEFORE_TIME = new RegExp(`(?:\\d{4}|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2})\\s+(?:${tolerant('på')}|i)\\s+(\\p{Lu}[^:;]{2,80}?),?\\s+(?:[Kk]l\\.?|[Kk]lokken|fra(?:\\s+kl\\.?)?)\\s*\\d`, 'u');
const PLACE_AFTER_TIME = new RegExp(`\\b(?:[Kk]l\\.?|[Kk]lokken)\\s*\\d{1,2}(?:[.:,]?\\d{2})?(?:\\s*[-–]\\s*\\d{1,2}(?:[.:,]\\d{2})?)?(?:\\s*,?\\s+(?:${tolerant('på')}|i)\\s+([”“"„«]?\\p{Lu}[^:;]{2,80}|\\p{Ll}*(?:sal|salen|lokale|lokalet|huset)\\b[^:;]{0,60})|,\\s+(\\p{Lu}[^:;,]{1,40}(?:,\\s*[^:;,]{1,40})?\\s+\\d{1,4}\\b[^:;]{0,40}))$`, 'u');
/** A room or a building at the end of a title, after its date (`… 3. maj 2031 i konfirmandstuen`, `… 2031 på Holmby Skole`). */
const PLACE_AFTER_DATE = new RegExp(`\\d{4}\\.?\\s+(?:${tolerant('på')}|i)\\s+(\\p{Ll}*(?:stue|stuen|sal|salen|lokale|lokalet|huset|hus|hallen|kontoret|rummet|kirken)\\b[^:;]{0,40}?|\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*){0,3}\\s+(?:Skole|Skolen|Hallen|Kirke|Hotel|Kro|Rådhus|Bibliotek|Medborgerhus|Forsamlingshus|Fælleshus))\\.?\\s*$`, 'u');
/**
 * The place after the title's date and a comma, at the line's end or before the time: `Referat fra generalforsamlingen 28. marts
 * 2031, Holmby Sejlklub.`, `Bestyrelsesmøde afholdt den 3. maj 2031, Strandby.`, `… 2031, Hotel Fjorden, Holmby kl. 19.00`.
 */
const PLACE_AFTER_DATE_COMMA = /^\s*[,.]\s*(\p{Lu}[\p{L}\d'’&\- ]{1,40}?(?:,\s*\p{Lu}[\p{L}\d'’&\- ]{1,40}?){0,2})\s*(?:,?\s*(?:[Kk]l\.?|[Kk]lokken)\s*\d.*)?\.?\s*$/u;
/**
 * Words after a date and a comma or full stop that are no place: the document, an attachment, the time, a page, a role; a
 * sentence's subject (`… 7. april 2031. Mødet er afholdt digitalt.`).
 */
const NOT_PLACE_AFTER_DATE = /^(?:Mødet|Der|Det|Vi|Referat|Dagsorden|Bilag|Kl|KL|Klokken|Side|Referent|Mødeleder|Dirigent|Tid|Sted|Dato|Mødetidspunkt|Mødested|Afbud|Deltagere|Til\s+stede|Opdateret|Udsendt|Revideret|Administrator|Admin|Webmaster|Redaktør|Redaktionen|Skrevet|Postet|Indsendt|Forfatter)(?!\p{L})/u;

/** A kind of meeting alone (`Laugsmøde`, `Ordinær generalforsamling`, `Bestyrelsesmødet`): no place. */
const MEETING_KIND_ALONE = /^(?:(?:ordinær|ekstraordinær|årlig)e?\s+)?\p{L}*(?:møde|generalforsamling|forsamling)(?:t|n|en)?\.?$/iu;

/** A weekday opening the words (`Mandag`). */
const WEEKDAY_START = new RegExp(`^(?:${WEEKDAY})(?!\\p{L})`, 'iu');

/** The place after a date and a comma (see PLACE_AFTER_DATE_COMMA), or null; `after` is the text after the date. */
function placeAfterDateComma(after: string): string | null {
  const m = PLACE_AFTER_DATE_COMMA.exec(after);
  if (!m) return null;
  const found = m[1]!.trim();
  // (Nor the kind of meeting after a post's date, `21. november 2031, Laugsmøde`.)
  if (NOT_PLACE_AFTER_DATE.test(found) || MEETING_KIND_ALONE.test(found) || looksLikeName(found) || findDate(found) !== null || WEEKDAY_START.test(found) || found.split(/\s+/u).length > 8) return null;
  return found;
}

/** A building named with `på` before the title's date (`møde på Holmby Skole 3. maj 2031`). */
const PLACE_BEFORE_DATE = new RegExp(`\\b${tolerant('på')}\\s+(\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*){0,3})\\s*,?\\s*(?:(?:[Mm]andag|[Tt]irsdag|[Oo]nsdag|[Tt]orsdag|[Ff]redag|[Ll]ørdag|[Ss]øndag)\\s+)?(?:(?:den|d\\.)\\s*)?$`, 'u');
/** A short line naming a room or building, right under the date line: `Byrådssalen`, `Rådhuset, lokale 2`. */
/** `Malgehallen, Bregnevej 25, 2900 Hellerup`: a venue, its street and number, and its postcode and town. */
/** (A letter after the number, a floor or a room after the street: `Strandgade 27 B, plan 4, 1401 København K`.) */
const PLACE_WITH_ADDRESS = /^\p{Lu}[\p{L}'’. -]{2,40},\s*\p{Lu}[\p{L}.\- ]{2,40}\s\d{1,3}(?:\s?[A-Za-z])?(?:,\s*[^,]{1,20}){0,2},\s*\d{4}\s+\p{Lu}\p{L}+(?:\s\p{Lu}+)?$/u;
/** A line that gives the place with its address, then the day after a comma (see PLACE_WITH_ADDRESS). */
const ADDRESS_THEN_DATE = new RegExp(`^(.+?\\d{4}\\s+\\p{Lu}[^,]*),\\s+(?:(?:${WEEKDAY})\\s+)?(?:d\\.|den)?\\s*\\d{1,2}\\.`, 'iu');

/** The venue with its address that opens a line before the day (ADDRESS_THEN_DATE), or null. */
function addressThenDate(t: string): string | null {
  const m = /\d{4}/u.test(t) ? ADDRESS_THEN_DATE.exec(t) : null;
  return m && PLACE_WITH_ADDRESS.test(m[1]!) ? m[1]! : null;
}
const PLACE_LINE = new RegExp(
  `^\\p{Lu}[^:;]{2,70}$`,
  'u',
);
/** `Ekstraordinær generalforsamling`, `15. ordinære generalforsamling`: a kind of meeting, not the body that holds it. */
const ASSEMBLY = /^(?:\d{1,3}\.\s*)?(?:(?:ordinær|ekstraordinær|årlig|stiftende|konstituerende)e?\s+)?(?:general|repræsentantskabs|borger)?forsamling(?:en)?(?:\s+\d{4})?$/iu;
/** A club's, association's or company's name alone on a line: `Grundejerforeningen Kærholm`, `BOLDKLUBBEN ØST`. */
const ORGANISATION_NAME = /^(?=\S*(?:forening|selskab|klub|laug|vandværk|fond|museum|sammenslutning|forbund|samvirke)(?:en|et|ben)?\b|(?:E\/F|A\/B|G\/F|I\/S)\s)\p{Lu}[\p{L}'’&.\-/]*(?:\s+[\p{Lu}\d][\p{L}'’&.\-]*|\s+(?:af|for|i|og)){0,5}$/iu;
/** An organisation's name alone on its line, perhaps with its letters after a comma (`Sammenslutningen af Lokale Radioer, SLR`). */
function organisationName(t: string): boolean {
  return ORGANISATION_NAME.test(t.replace(/,\s*\p{Lu}{2,8}$/u, ''));
}
const ORGANISATION = /(?:forening(?:en)?|selskab(?:et)?|klub(?:ben)?|laug(?:et)?|[Ss]ammenslutning(?:en)?|[Ff]orbund(?:et)?|[Ss]amvirke(?:t)?|råd(?:et)?|udvalg(?:et)?|bestyrelse(?:n)?|\bA\/S|\bApS|\bI\/S|\bA\/B|\bE\/F|\bG\/F|fond(?:en)?)\b/u;
/** Patterns of the header's readings, built once (they were built on every call). */
const BARE_DATE_REST = new RegExp(`\\b(?:${WEEKDAY})\\b|\\bden\\b|\\bd\\.|\\bkl\\.?\\s*\\d{1,2}(?:[.:]\\d{2})?|\\b\\d{1,2}:\\d{2}(?::\\d{2})?|\\(.*?\\)|[,.\\s]`, 'giu');
const DAY_MONTH_NAMED_LINE = new RegExp(`\\bden\\s+\\d{1,2}\\.\\s*(?:${Object.keys(MONTHS).join('|')})\\b`, 'iu');
const GENITIVE_OF_MEETING = new RegExp(`^(\\p{Lu}.{1,70}?(?:et|en|ne))s\\s+(?:\\p{L}+\\s+)?(?:\\p{Ll}*${tolerant('møde')}(?:t|r)?|generalforsamling(?:en)?)(?:\\s+i\\s+(?:19|20)\\d\\d)?$`, 'u');
const MEETING_IN_LINE = new RegExp(`^(?:(?:fra|af|til)\\s+)?(?:(?:ordinært|ekstraordinært)\\s+)?${tolerant('møde')}t?\\s+i\\s+(.+)$`, 'iu');
const MEETING_IN_REST = new RegExp(`^(?:(?:fra|af)\\s+)?${tolerant('møde')}t?\\s+i\\s+(.+)$`, 'iu');
const MEETING_WORD_LEAD = new RegExp(`^(?:(?:den|det)\\s+)?(?:\\d{1,3}\\.\\s*)?(?:(?:ordinært|ekstraordinært|ordinære|ekstraordinære|ordinær|ekstraordinær|årlige|årligt|stiftende|konstituerende)\\s+)?(?:\\p{L}*${tolerant('møde')}(?:t|r|rne)?|\\p{L}+s\\s+${tolerant('møde')}(?:t)?|generalforsamling(?:en)?|repræsentantskabsmøde(?:t)?)(?:\\s+(?:i|for)\\s+|,\\s*(?=\\p{Lu}))`, 'iu');
const WEEKDAY_LAST = new RegExp(`\\s+(?:${WEEKDAY})$`, 'iu');
const WEEKDAY_TAIL = new RegExp(`[\\s,–(-]+(?:(?:${WEEKDAY})[\\s,]*)?$`, 'iu');
const WHEN_AFTER_NAME = new RegExp(`,?\\s+(?:(?:${WEEKDAY})\\b|(?:den|d\\.)\\s*\\d|kl\\.\\s*\\d).*$`, 'iu');

/** A meeting or its papers named (`generalforsamling`, `bestyrelsesmøde`, `referat`, `dagsorden`): a line that may title the document or date the meeting. */
export const NAMES_MEETING = /møde|generalforsamling|referat|dagsorden|protokol|repræsentantskab/iu;
/** The date of a line that is a date and nothing more (`Mandag, 09 december 2019`, `07-07-2022`, `4. april 2018 (ekstraordinær)`, `27. august 2016 kl. 05:39`). */
function bareDate(text: string): string | null {
  const d = findDate(text);
  if (!d) return null;
  const rest = (text.slice(0, d.index) + text.slice(d.index + d.length)).replace(BARE_DATE_REST, '');
  return rest === '' ? d.date : null;
}

/** Where a place named in passing ends: a weekday, a date, a time, a dash or a sentence's end. */
const PLACE_END = new RegExp(`\\s+(?:(?:${WEEKDAY})\\b|den\\s|med\\s|d\\.\\s*\\d|\\d{1,2}[./](?=\\s*[\\d\\p{L}])|kl\\.?\\s|kl\\.?\\d|klokken|fra\\s+kl|\\(|[-–]\\s)|[,;:]|(?<!(?<!\\p{L})(?:Chr|Skt|Sct|Sankt|St|Gl|Ndr|Sdr|Kbh|Hr|Dr|\\p{Lu}))\\.\\s|\\.?$`, 'iu');
/** Places named in passing (`[text, place]`); tests/vocabulary.test.ts runs them. */
export const PLACE_EXAMPLES: [string, string | null][] = [
  ['Referat af bestyrelsesmøde afholdt hos Bo Holm, Li. Holmvej 9, 4420 Holmby tirsdag den 7. december 2031', 'hos Bo Holm, Li. Holmvej 9, 4420 Holmby'],
  ['Mødet blev afholdt hos Chr. Dal, Klør-Fire 20.', 'hos Chr. Dal, Klør-Fire 20'],
  ['Bestyrelsesmøde hos Eva, Holmvænget 3, st mf, 2920 Holmby d. 28. november 2031', 'hos Eva, Holmvænget 3, st mf, 2920 Holmby'],
  ['Møde mellem kredsene og landsledelsen i Holstebro den 22. juni 2031', 'Holstebro'],
  ['Referat generalforsamling Sejlforeningen Holm i sejlerstuen den 26. februar 2031', 'sejlerstuen'],
  ['Generalforsamling i Natteravnene i Holstebro den 30. marts 2031', null],
  ['Der blev afholdt generalforsamling i partiforeningen den 08.02.31', null],
  ['Referat af Holmby Vejlags generalforsamling d. 10. juni 2031 på "Terrassen".', 'Terrassen'],
  ['Referat fra generalforsamling d. 14/8-2031 kl. 10.00 i ”Holmby Jazzens Venner”', null],
  ['Bestyrelsesmøde mandag den 26. februar 2031 kl. 19.00 i biografen', 'biografen'],
  ['Atletikudvalgsmøde torsdag den 29. november 2031 kl. 19 på atletikstadion.', 'atletikstadion'],
  ['Bestyrelsesmøde mandag den 26. februar 2031 kl. 19.00 i morgen', null],
  ['Generalforsamling den 3. marts 2031 kl. 19 i perioden', null],
  ['Referat fra generalforsamlingen i Kulturhuset torsdag den 13. september 2018', 'Kulturhuset'],
  ['Referat af ordinær generalforsamling på Kildemarkscentret', 'Kildemarkscentret'],
  ['Generalforsamlingen blev holdt i Skt. Jørgens Sal.', 'Skt. Jørgens Sal'],
  ['Mødet blev holdt hos Chr. Holm.', 'hos Chr. Holm'],
  ['Møde den 15. maj 2024, kl. 18:30 i sognegården', 'sognegården'],
  ['Den 7. maj kl 16.00 i lokalerne på Bryggervej 30.', 'lokalerne på Bryggervej 30'],
  ['Bestyrelsesmøde 9. november 2009 hos Gine', 'hos Gine'],
  ['Bestyrelsesmøde i Holmby Skakklub, afholdt hos Ib K. søndag d. 4. maj 2031', 'hos Ib K'],
  ['Kredsmøde tirsdag den 6. maj 2031 hos firmaet Holm Tømrer i Holmby.', 'hos firmaet Holm Tømrer i Holmby'],
  ['Bestyrelsesmøde 6. maj 2031 hos familien Dal', 'hos familien Dal'],
  ['Generalforsamlingen afholdtes digitalt via Zoom.', 'Zoom'],
  ['Generalforsamling i Holmby Kajakklub tirsdag den 4. maj 2031 på Café Bølgen', 'Café Bølgen'],
  ['Bestyrelsesmøde den 3. marts 2031 i Holmby Forsamlingshus', 'Holmby Forsamlingshus'],
  ['Bestyrelsesmøde d. 14-10-2031 hos Bo og AnneMarie', 'hos Bo og AnneMarie'],
  ['Torsdag d. 30. januar 2031 afholdt Holmby Lokalråd årsmøde hos Dal og Holm, Stationspladsen 1.', 'hos Dal og Holm, Stationspladsen 1'],
  ['Afholdt den 9. april i Torvegade 4, Kbh. K', 'Torvegade 4, Kbh. K'],
  ['Generalforsamling på Holm Teknik, Parkvej 34, 2605 Brøndby.', 'Holm Teknik, Parkvej 34, 2605 Brøndby'],
  ['Bestyrelsesmøde i Holmstrup den 7. januar 2031 hos Eva Holm i Sandet.', 'hos Eva Holm i Sandet'],
  ['Dagsorden til HK68 bestyrelsesmøde mandag d. 27/7 i Holm House', 'Holm House'],
  ['Referat fra regionsmøde d. 14/9 2031 på A-farm', 'A-farm'],
  ['Generalforsamling den 7. april 2031 I HOLM Seniorhuset med deltagelse af 70 medlemmer', 'HOLM Seniorhuset'],
  ['REFERAT AF BESTYRELSESMØDE FREDAG D. 1. SEPTEMBER 2031 HOS EVA.', 'HOS EVA'],
  ['Tirsdag den 29. september 2031 kl. 18.00 hos HTFU', 'hos HTFU'],
  ['Bestyrelsesmøde d. 3/5 2031 i Lunden, Silkeborg', 'Lunden, Silkeborg'],
  ['Referat af bestyrelsesmøde 12. juni, 2031 i Odense', 'Odense'],
  ['Referat fra generalforsamling i Holmby Venstre 4. marts, klokken 19.30 i 3F, Vejle.', '3F, Vejle'],
  ['Generalforsamling den 2. marts 2031 kl. 17.30, Den Gamle Opera', 'Den Gamle Opera'],
  ['Lørdag den 11. januar kl. 10.00, Holmvej 36, Nyborg.', 'Holmvej 36, Nyborg'],
  ['Arbejdsgruppemøde afholdt hos formanden i Svendborg den 20. januar 2031', 'hos formanden i Svendborg'],
  ['Generalforsamlingen blev afholdt digitalt, på Zoom, grundet smitten.', 'Zoom'],
  ['Bestyrelsesmøde hos formanden, Silkeborg', 'hos formanden, Silkeborg'],
  ['Generalforsamling tirsdag d. 20 april i Holmby forsamlingshus', 'Holmby forsamlingshus'],
  ['Generalforsamlingen blev afholdt 21. april på Kulturellen i Holmby', 'Kulturellen i Holmby'],
  ['Referat af generalforsamlingen 16 november i Præstegårdens længe.', 'Præstegårdens længe'],
  ['Generalforsamling 23.02.2031. Afholdt i ”Det Blå Rum” ved Holmsø.', '”Det Blå Rum” ved Holmsø'],
  ['Onsdag den 21. marts 2031, Holmgade 32', 'Holmgade 32'],
  ['Mødet sluttede kl. 21.00, Bo Dal takkede for god ro og orden.', null],
  ['Tirsdag d. 20.september 2031, Holmbyskolen, Holte', 'Holmbyskolen, Holte'],
  ['B: Referat af generalforsamling den 3. august 2031, Hotel Holm Strand, Fanø', 'Hotel Holm Strand, Fanø'],
  ['Referat af bestyrelsesmøde den 3. marts 2031 kl. 19.00 Holmby Idrætscenter.', 'Holmby Idrætscenter'],
  ['Generalforsamling 4. maj 2031, Bo Dal, Holte', null],
  ['Bestyrelsen mødes 4. maj 2031, hvis vejret tillader det', null],
  ['Mødet blev holdt i Holmby Roklub.', null],
  ['Til stede: Bo Dal (på teams), Eva Holm.', null],
  ['Generalforsamlingen afholdes hos formanden, Bo Dal, Holmvej 9.', null],
  ['Bestyrelsesmøde 4. maj 2031, Eva Holm', null],
  ['Spørgsmål fra forældre på Parkskolen blev besvaret.', null],
  ['Afbud fra Bo Dal den 4. maj 2031', null],
  ['Mødet den 4. maj 2031 i Holmby Roklub', null],
  ['Vi mødes i Holmby 2 gange om året.', null],
  ['Ring i stedet til Akuttelefonen 1813.', null],
  ['Referat af generalforsamling i Grundejerforeningen Solbakken', null],
];

/** A place in passing: `i Kulturhuset`, `på Kildemarkscentret`, `i lokalerne på Bryggervej 30`, `hos Gine`; an online meeting `via Zoom`. */
export function placeIn(text: string): string | null {
  // (`… afholdt digitalt, på Zoom`; not a member who joined `på teams`.)
  const online = /(?<!\p{L})(?:[Vv]ia|VIA|(?:digitalt|virtuelt),?\s+(?:på|over))\s+(Zoom|ZOOM|(?:Microsoft\s+)?Teams|Skype|Google\s+Meet)\b/u.exec(text);
  if (online) return online[1]!;
  for (const m of text.matchAll(/(?:^|\s)(i|på|hos)\s+(?=\S)/giu)) {
    const rest = text.slice(m.index! + m[0].length);
    const end = PLACE_END.exec(rest);
    const found = (end ? rest.slice(0, end.index) : rest).trim().replace(/[.,]$/u, '');
    const words = found.split(/\s+/);
    // An address after the name (`på Holm Teknik, Parkvej 34, 2605 Brøndby`, `hos Bo og Eva, Torvet 1`) or for a name (`i Torvegade 4, Kbh. K`).
    const after = rest.slice(rest.indexOf(found) + found.length);
    const tail = ADDRESS_TAIL.exec(after)?.[0].replace(/[.,]$/u, '') ?? '';
    // The town after the name and a comma, nothing after it (`i Lunden, Holmby`, `i 3F, Holmby.`).
    const town = TOWN_TAIL.exec(after.slice(tail.length));
    const inTown = (place: string) => (town && isTown(town[1]!) ? `${place}, ${town[1]!}` : place);
    const nameWords = /^\p{Lu}[\p{L}&-]*(?:\s+(?:og\s+|&\s+)?[\p{Lu}\d][\p{L}\d&-]*){0,4}$/u.test(found) && !ORGANISATION.test(found);
    if (tail !== '' && nameWords && m[1]!.toLowerCase() !== 'hos' && (STREET.test(found) || /\d/u.test(tail))) return `${found}${tail}`;
    if (tail === '' && STREET.test(found) && m[1]!.toLowerCase() !== 'hos') return inTown(found);
    // (An office alone, `hos formanden`, only with the town after it: `hos formanden, Holmby`, not `hos formanden, Bo Dal, …`.)
    const officeAlone = /^\p{Ll}+$/u.test(found) && !(town && isTown(town[1]!));
    if (m[1]!.toLowerCase() === 'hos' && HOST.test(found) && !officeAlone) return tail === '' ? inTown(`${m[1]} ${found}`) : `${m[1]} ${found}${tail}`;
    // A name's words: capitalised, numbers, or the small words of an address (`lokalerne på Bryggervej 30`); not a sentence going on.
    // … and a last word that names the premises (`i Vejby Snedkerlaugs lokaler`).
    const premises = words.length >= 2 && PREMISES.test(words[words.length - 1]!);
    // (`Præstegårdens længe`: a house's part, its owner's name and a word for the part.)
    const housePart = /^\p{Lu}\p{Ll}+s\s+\p{Ll}{3,}$/u.test(found);
    if (found.length < 2 || words.length > 6 || (!housePart && !words.slice(1, premises ? -1 : undefined).every((w) => /^[\p{Lu}\d”"]/u.test(w) || /^(?:på|i|ved|og|&)$/u.test(w)))) continue;
    if (premises) return found;
    // A town alone, right after the meeting (`… landsrådsmøde i Middelfart, lørdag …`).
    if (words.length === 1 && m[1]!.toLowerCase() === 'i' && isTown(found) && /(?:møde|mødet|generalforsamling|generalforsamlingen|afholdt|afholdes|holdt|holdes|mødes)$/iu.test(text.slice(0, m.index).trimEnd())) return found;
    // Or right before the meeting's day, a town after a word in small letters (not a name's end, `Natteravnene i Holmstrup`), or a
    // room in its definite form (`Møde mellem udvalgene i Holmstrup den 22. juni 2031`, `… i sejlerstuen den 26. februar`).
    if (words.length === 1 && m[1]!.toLowerCase() === 'i' && DAY_RIGHT_AFTER.test(after) && ((isTown(found) && /(?:^|\s)\p{Ll}+$/u.test(text.slice(0, m.index).trimEnd())) || (DEFINITE_ROOM.test(found) && !NOT_A_ROOM.test(found) && !ORGANISATION.test(found)))) return found;
    if (m[1]!.toLowerCase() === 'hos') continue;
    // Right after the meeting's date or time (`… d. 14/9 2031 på A-farm`, `… kl. 19.00 i Holm House`, `… 21. april på Holmhallen
    // i Holmby`): a name there is where it was; so is a house's part (`16. november i Præstegårdens længe`).
    const named = /^[\p{Lu}\d][\p{L}\d&'’-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d&'’-]*|og|på|ved|i(?=\s+\p{Lu}))){0,4}$/u.test(found) || housePart;
    const afterWhen = AFTER_WHEN.test(text.slice(0, m.index));
    if (afterWhen && named && !ORGANISATION.test(found) && (found.length >= 3 || /\d/u.test(found))) return inTown(found);
    // … or a name in quotes after `på` (`… 10. juni 2031 på "Terrassen"`), without them (`i "Holmby Venner"` is whose meeting).
    const quoted = m[1]!.toLowerCase() === 'på' ? /^[”"“]([\p{Lu}\d][^”"“]{1,40})[”"“]$/u.exec(found) : null;
    if (quoted && afterWhen && !ORGANISATION.test(quoted[1]!)) return inTown(quoted[1]!);
    // … or a room or a house in small letters, in its definite form (`… kl. 19.00 i biografen`, `… 2031 på atletikstadion`).
    if (afterWhen && words.length === 1 && DEFINITE_ROOM.test(found) && !NOT_A_ROOM.test(found)) return found;
    // Right after the meeting was held (`… afholdt i ”Det Blå Rum” ved Holmsø`): a name in capitals or quotes.
    if (HELD_BEFORE.test(text.slice(0, m.index)) && /^[”"“]?\p{Lu}/u.test(found) && words.slice(1).every((w) => /^[\p{Lu}\d”"]/u.test(w) || /^(?:på|i|ved|og|&)$/u.test(w)) && !ORGANISATION.test(found)) return inTown(found);
    if (found.length >= 3 && PLACE_IN_PASSING.test(found) && !ORGANISATION.test(found)) return inTown(found);
  }
  // `Generalforsamling den 2. marts 2031 kl. 17.30, Holmby Opera`: after the hour and a comma, a name to the line's end.
  const afterClock = PLACE_AFTER_CLOCK.exec(text);
  if (afterClock && !ORGANISATION.test(afterClock[1]!) && findDate(afterClock[1]!) === null && !/\b(?:Referat|Dagsorden|Deltagere|Afbud)\b/iu.test(afterClock[1]!)) return afterClock[1]!;
  // `Onsdag den 21. marts 2031, Holmgade 32`: after the day and a comma, a street and its number to the end.
  const afterDay = STREET_AFTER_DAY.exec(text);
  if (afterDay) return afterDay[1]!;
  // `… 20. september 2031, Holmbyskolen, Holmby`, `… kl. 19.00 Holmby Idrætscenter.`: a name for premises after the day or the hour.
  const premisesAfter = PREMISES_AFTER_WHEN.exec(text);
  if (premisesAfter && (PREMISES_NAME.test(premisesAfter[1]!) || VENUE_FIRST.test(premisesAfter[1]!)) && (premisesAfter[2] === undefined || isTown(premisesAfter[2]))) return premisesAfter[2] === undefined ? premisesAfter[1]! : `${premisesAfter[1]!}, ${premisesAfter[2]}`;
  return null;
}

/** The meeting's day right after a place (`… den 22. juni`, `, d. 4/5`). */
const DAY_RIGHT_AFTER = /^\s*,?\s*(?:den|d\.)\s*\d{1,2}\.?\s*(?:\p{L}+|\d{1,2})/iu;
/** A room or a house named in small letters, in its definite form (`biografen`, `teaterfoyeren`, `atletikstadion`). */
const DEFINITE_ROOM = /^\p{Ll}{3,}(?:en|et|ene|erne|stadion)$/u;
/** Words of that shape that name a time, a meeting or a body, not where it was held (`i morgen`, `i perioden`, `på mødet`). */
const NOT_A_ROOM = /^(?:morgen|aften|eftermiddagen|formiddagen|weekenden|perioden|ugen|måneden|året|dagen|sommeren|vinteren|foråret|efteråret|starten|slutningen|mødet|mødetiden|generalforsamlingen|bestyrelsen|foreningen|klubben|udvalget|rådet|forbindelse|øvrigt|samarbejdet|kalenderen|referatet|dagsordenen|stedet|forvejen|nærheden|området|byen|kommunen|regionen|landet|alt)$/u;

/** A line that names a meeting or its papers: no place's name. */
const MEETING_OR_PAPERS = /møde|generalforsamling|referat|dagsorden/iu;
/**
 * A name whose last word names premises (`Holmby Sognegård`, `Holmbyskolen`, `Holmby Idrætscenter`, `Holmby Kaserne`); not a
 * church, which under a parish council's title is its letterhead.
 */
/** A venue named by its kind first (`Hotel Holm Strand`, `Kro Ved Åen`, `Café Lunden`). */
const VENUE_FIRST = /^(?:Hotel|Kro|Restaurant|Café|Cafe|Kafé|Kafe|Konferencecenter|Kursuscenter|Vandrerhjem)\s+\p{Lu}/u;
const PREMISES_NAME = /(?:gård|gården|hus|huset|kaserne|kasernen|skole|skolen|center|centret|centeret|hal|hallen|museum|museet|bibliotek|biblioteket)$/iu;
/** After the day with its year or month and a comma, or after the hour, a name for premises to the end, perhaps with its town. */
const PREMISES_AFTER_WHEN = new RegExp(`(?:(?:\\b(?:19|20)\\d\\d|\\d{1,2}\\.?\\s*(?:${MONTH_ANY_CASE}))\\s*,|\\b[Kk]l(?:\\.|okken)?\\s*\\d{1,2}(?:[.:]\\d{2})?\\s*,?)\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})(?:,\\s*(\\p{Lu}[\\p{L}-]+))?\\.?$`, 'u');

/** The last word of a name for premises, compounds too (`Holmby forsamlingshus`, `Vejby Snedkerlaugs lokaler`). */
const PREMISES = /^(?:lokaler|lokale|lokalerne|klubhus|\p{Ll}*(?:hus|huset|sal|salen|stue|stuen|lokalet))$/u;
/** Text that ends in the meeting being held (`… afholdt`, `Mødet foregik`). */
const HELD_BEFORE = /(?<!\p{L})(?:afholdt|afholdes|holdt|holdes|foregik|foregår)\s*$/iu;
/** A day with its year or month, a comma, and a street and number to the end, perhaps with its town (`… 2031, Holmgade 32`). */
const STREET_AFTER_DAY = new RegExp(`(?:\\b(?:19|20)\\d\\d|\\d{1,2}\\.?\\s*(?:${MONTH_ANY_CASE}))\\s*,\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?\\s+\\d{1,3}[A-Za-z]?(?:,\\s*(?:\\d{4}\\s+)?\\p{Lu}[\\p{L}-]+)?)\\.?$`, 'u');

/** A town after a place and a comma, at the end of the text or of its sentence (`, Holmby`, `, Holmby.`). */
const TOWN_TAIL = /^,\s*(\p{Lu}[\p{L}-]+)(?=\s*(?:[.;]|$))/u;
/** The hour, a comma, and a name or an address to the end (`kl. 17.30, Holmby Opera`, `kl. 09.30, Holmvej 36, Holmby.`). */
const PLACE_AFTER_CLOCK = /\b[Kk]l(?:\.|okken)?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s*,\s+((?:Den\s+|Det\s+)?\p{Lu}[\p{L}\d&'’-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d&'’-]*|i|på|og))*(?:,\s*(?:\p{Lu}[\p{L}-]*\s+\d{1,3}[A-Za-z]?|\d{4}\s+\p{Lu}[\p{L}-]*|\p{Lu}[\p{L}-]+))*)\.?$/u;

/** Who the meeting was held at (`hos Bo Dal`, `hos Bo og Eva`, `HOS ELSE`, `hos HTFU`, `hos Eva Holm i Holmby`). */
const HOST = /^(?:(?:formanden|næstformanden|kassereren|sekretæren)(?=\s+(?:i|på)\s|$)|(?:firmaet|virksomheden|familien)\s+\p{Lu}\p{L}+|\p{Lu}\p{Ll}+\.?|\p{Lu}{2,})(?:\s+og\s+\p{Lu}\p{L}+|\s+(?:\p{Lu}\p{Ll}+|\p{Lu}{2,}|\p{Lu}\.?)){0,3}(?:\s+(?:i|på|I|PÅ)\s+\p{Lu}\p{L}+)?$/u;
/** Text that ends in the meeting's date or time (`den 7. maj 2031`, `d. 27/7`, `kl. 19.00-21.00`). */
const AFTER_WHEN = new RegExp(`(?:\\b[Kk]l(?:\\.|okken)?\\s*\\d{1,2}(?:[.:]\\d{2})?(?:\\s*[-–]\\s*\\d{1,2}(?:[.:]\\d{2})?)?|\\b\\d{1,2}[./-]\\d{1,2}(?:[./-]\\d{2,4})?(?:\\s+(?:19|20)\\d\\d)?|\\b\\d{1,2}\\.?\\s*(?:${Object.keys(MONTHS).join('|')})\\.?(?:,?\\s+(?:19|20)\\d\\d)?)\\s*,?\\s*$`, 'iu');
/** A header's lines (`|` between them), the meeting's date, and the place under the date (`[lines, date, place]`); tests/vocabulary.test.ts runs them. */
export const PLACE_BESIDE_WHEN_EXAMPLES: [string, string, string | null][] = [
  ['Generalforsamling | Torsdag den 10. april 2031 kl. 19.30. | Holmgade 111. | Referat:', '2031-04-10', 'Holmgade 111'],
  ['Referat | 23. august 2031 kl. 9.00 | i | Møllestuen, Holmhallen', '2031-08-23', 'Møllestuen, Holmhallen'],
  ['Referat af generalforsamling | Onsdag den 7. februar 2031, kl. 19.00 | på | Restaurant Strandlyst, 2920 Holmby', '2031-02-07', 'Restaurant Strandlyst, 2920 Holmby'],
  ['Referat: 9. februar 2031 kl. 18:00 | Holmby Forsamlingshus, Kirkevej 17, 6950 Holmby', '2031-02-09', 'Holmby Forsamlingshus, Kirkevej 17, 6950 Holmby'],
  ['Holmby Forenings generalforsamling 16. maj 2031 på | Bøgely.', '2031-05-16', 'Bøgely'],
  ['Generalforsamling | Torsdag d. 7. februar 2031 kl. 21 | Holmby Sognegård', '2031-02-07', 'Holmby Sognegård'],
  ['Referat fra generalforsamling, lørdag den 2. oktober 2031 | på Holmby Kaserne', '2031-10-02', 'Holmby Kaserne'],
  ['Referat | tirsdag 26. april 2031 | I Holmby Kultur og Fritidscenter ved Cafeteriet kl. 19:30', '2031-04-26', 'Holmby Kultur og Fritidscenter ved Cafeteriet'],
  ['Referat | 4. maj 2031 | Tilbage', '2031-05-04', null],
  ['Referat | 4. maj 2031 | Bestyrelsesmøde, Holmby Musikskole', '2031-05-04', null],
  ['Referat 4/5 - 2031 | Grundejerforeningen Strandgården 2920 Holmby', '2031-05-04', null],
  ['Referat af menighedsrådsmøde 4. maj 2031 | Holmby Kirke | Menighedsrådet', '2031-05-04', null],
  ['Referat | 4. maj 2031 | på Eva Holms forslag blev mødet flyttet', '2031-05-04', null],
  ['Referat | 4. maj 2031 | Bo Dal', '2031-05-04', null],
  ['Referat | 4. maj 2031 | Skrevet af Eva Holm', '2031-05-04', null],
  ['Referat | 4. maj 2031 | Bestyrelsesmøde', '2031-05-04', null],
  ['Referat | 4. maj 2031 | Deltagere: Bo, Eva', '2031-05-04', null],
  ['Referat af mødet 4. maj 2031 | Spørgsmål fra forældre på Holmskolen blev besvaret.', '2031-05-04', null],
];

/** Lines a place is never: a document's kind, a label's word, a list of people, a case or a page. */
const NOT_A_PLACE_LINE = /^(?:Referat|Dagsorden|Deltagere|Deltager|Medlemmer|Fraværende|Afbud|Til\s*stede|Tilstede|Mødeleder|Referent|Ordstyrer|Indhold|Indholdsfortegnelse|Åbent|Lukket|Bilag|Punkt|Sag|Side|Resumé|Beslutning|Mødedeltagere|Fremmødte|Dirigent|Formand|Kasserer|Sekretær|Gæster?|Program)\b/iu;

/**
 * The place printed on a line of its own right under the meeting's date or time (`Torsdag den 4. maj 2031 kl. 19.30` /
 * `Holmvej 111.`; `27-02-2031 kl. 17:00` / `Lilletrommen`), or after a lone `i` or `på` there: a short name or an address,
 * not a label, a list of people, an item or the body.
 */
export function placeBesideWhen(lines: SLine[], meeting: MeetingInfo): string | null {
  const text = lines.filter((l) => !l.blank).map((l) => l.text.trim());
  const when = text.findIndex((t) => (meeting.date !== null && findDate(t)?.date === meeting.date) || (meeting.startTime !== null && findTimes(t).start === meeting.startTime));
  if (when < 0) return null;
  for (let k = when + 1; k < Math.min(text.length, when + 3); k++) {
    let t = text[k]!;
    // `i` / `Møllestuen, Holmhallen`: the preposition alone on the line before.
    const led = /^(?:i|på|I|På|PÅ)$/u.test(t) || /\s(?:i|på)$/u.test(text[k - 1]!);
    if (/^(?:i|på|I|På|PÅ)$/u.test(t) && k + 1 < text.length) t = text[++k]!;
    // `på Holmby Kaserne`, `I Holmby Kulturcenter kl. 19:30`: the preposition opening the line leads to the place; the hour after it is no part of it.
    const opened = /^(?:i|på|I|På|PÅ)\s+(?=\p{Lu})/u.exec(t);
    if (opened) t = t.slice(opened[0].length).replace(/\s+(?:kl\.?|klokken)\s*\d.*$/iu, '');
    t = t.replace(/\.$/u, '');
    const words = t.split(/\s+/u);
    if (meeting.body !== null && t.toLowerCase() === meeting.body.toLowerCase()) continue;
    // (An organisation's name, also one whose premises' word ends it: `Grundejerforeningen Strandgården 2920 Holmby`, its letterhead.)
    if (ORGANISATION.test(t) && (!PLACE_IN_PASSING.test(t) || /^\p{Lu}\p{Ll}*(?:forening|selskab|klub|laug)(?:en|et|ben)?\s/u.test(t))) continue;
    if (t.length < 3 || t.length > 80 || words.length > 8 || /[:;?!]/u.test(t) || NOT_A_PLACE_LINE.test(t) || findDate(t) || /\d{1,2}[.:]\d{2}/u.test(t)) return null;
    if (!/^\p{Lu}/u.test(t) || /\(\p{Lu}{1,2}\)/u.test(t)) return null;
    // A person (`Bo Dal`), or a sentence (more than one word in small letters, an address's aside).
    if (isGivenName(words[0]!) && !/\d/u.test(t)) return null;
    if (words.filter((w) => /^\p{Ll}/u.test(w) && !/^(?:og|i|på|ved|st|tv|th|sal|mf)$/u.test(w)).length > 1) return null;
    // It reads as a place: premises, a street and number, a postcode and town, a town, a meeting online; or `på` led to it.
    const placeLike = PLACE_IN_PASSING.test(t) || (PREMISES_NAME.test(t) && !MEETING_OR_PAPERS.test(t)) || /\p{Ll}(?:vej|gade|stræde|allé|alle|plads|torv|vænge|vang)\s+\d/u.test(t) || /\b\d{4}\s+\p{Lu}/u.test(t) || (words.length === 1 && isTown(t)) || /^(?:Video|Videomøde|Videokonference|Online|Zoom|Teams|Skype)\b/iu.test(t);
    return placeLike || led || opened ? t : null;
  }
  return null;
}

/** A street and its number: `Parkvej 34`, `Torvegade 4B`. */
const STREET = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+\d{1,3}[A-Za-z]?$/u;
/** What follows a place's name as its address: `, Parkvej 34`, `, 1. sal`, `, 2605 Brøndby`, `, Kbh. K`. */
const ADDRESS_TAIL = /^(?:,\s*(?:\p{Lu}\p{Ll}*\.?(?:[\s-]+\p{Lu}\p{Ll}+)?\s+\d{1,3}(?:\s?[A-Za-z](?![\p{L}.]))?|\d\.\s*(?:sal|tv|th)\.?|(?:st|kl)\.?(?:\s+(?:tv|th|mf))?\.?|\d{4}\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?|Kbh\.\s*[KVNØSC]\b))+/u;

let addressRest: RegExp | null = null;
/**
 * What follows a street's number on the line as the rest of its address, up to the clause's end: a floor, a postcode and town,
 * a town or two (`, 2. sal`, `, 2750 Ballerup`, `, Spejlsby, Stege`). Built on first use: the weekdays' patterns are defined
 * further down.
 */
function addressRestPattern(): RegExp {
  return (addressRest ??= new RegExp(`^(?:,?\\s*(?:\\d\\.\\s*(?:sal|tv|th)\\.?|st\\.?(?:\\s*(?:tv|th|mf))?\\.?)|,\\s*\\d{4}\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:\\p{Lu}{1,2}|\\p{Lu}\\p{Ll}+))?|,\\s*\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}\\p{Ll}+)?)+(?=\\s*(?:[.;:)]|$|\\s+(?:den|d\\.|kl\\.?|klokken|fra|med|og|hvor|${WEEKDAY}|${WEEKDAY_CAPITAL})(?!\\p{L})))`, 'u'));
}

/**
 * A place that ends in a street's number (`hos Bo, Holmvej 17`, `Kantinen i Industrivej 44A`), given the rest of its address as the
 * line it was read from goes on (`…, Holmstrup`, `…, 2750 Ballerup`): the whole address.
 */
function withAddressTail(place: string, lines: readonly SLine[]): string {
  if (!/\s\d{1,3}[A-Za-z]?$/u.test(place)) return place;
  for (const l of lines) {
    const at = l.text.indexOf(place);
    if (at < 0) continue;
    const rest = addressRestPattern().exec(l.text.slice(at + place.length));
    return rest ? place + rest[0].replace(/\s+$/u, '') : place;
  }
  return place;
}

/** The house named alone on the line above an address (`Holmgades forsamlingshus` over `Holmgade 33`), or null. */
function houseAbove(lines: readonly SLine[], i: number): string | null {
  const above = i > 0 ? lines[i - 1]!.text.trim() : '';
  return /^\p{Lu}[\p{L}'’ -]{2,40}$/u.test(above) && (PLACE_IN_PASSING.test(above) || PLACE_NAME_END.test(above)) && !ORGANISATION.test(above) ? above : null;
}

/**
 * A street's address alone on a line: a street's name (one ending as streets do, or any with a postcode after it), its number, a
 * floor, a postcode and town; a note after a dash left out (`Rådhustorvet 5, 2. sal – indgang gennem gården.`).
 */
/** How Danish street names end (`Holmvej`, `Torvegade`, `Kirkevænget`, `Rådhustorvet`). */
const STREET_ENDING = 'vej|vejen|gade|gaden|torv|torvet|stræde|strædet|allé|alle|vænge|vænget|plads|pladsen|parken|haven|bakken|toften|marken|stien|vang|vangen|brynet|draget|svinget|passagen|kæret|boulevard|boulevarden';
/** A name that ends as a street's does. */
const STREET_NAME_END = new RegExp(`(?:${STREET_ENDING})$`, 'u');
const ADDRESS_ALONE = new RegExp(String.raw`^(?:(?:på\s+)?adressen\s+)?((?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}*(?:${STREET_ENDING})\s+\d{1,3}(?:\s?[A-Za-z])?(?:,?\s*\d\.\s*(?:sal|tv|th)\.?)?(?:,\s*\d{4}\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}{1,2}\.?)?)?|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+\d{1,3}(?:\s?[A-Za-z])?(?:,?\s*\d\.\s*(?:sal|tv|th)\.?)?,\s*\d{4}\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}{1,2}\.?)?)(?:\s+[-–]\s.{0,60}?)?\.?$`, 'u');

const PLACE_WORD = new RegExp(`(?:sal|salen|lokale|lokalet|${tolerant('rådhus')}|${tolerant('rådhuset')}|huset|kontoret|centret|centeret|biblioteket|skolen)\\b`, 'iu');
/** The same and more, for a place named in passing after `i` or `på` (`i sognegården`, `i lokalerne på …`). */
const PLACE_IN_PASSING = new RegExp(`${PLACE_WORD.source}|(?:lokalerne|${tolerant('gården')}|gaarden|hallen|kirken|hytten|kroen|kantinen|klubhus)\\b|^(?:Kafé|Kafe|Café|Cafe|Restaurant|Hotel|Kro|Forsamlingshuset|Medborgerhuset)(?=\\s|$)|\\s(?:Kro|Hotel|Forsamlingshus|Medborgerhus)$`, 'iu');

/** Words of the place-name list that are no town on their own (`Store`, `Nørre`, `By`). */
const NOT_A_TOWN = new Set(['By', 'Alle', 'Store', 'Gade', 'Kirke', 'Strand', 'Sankt', 'Nørre', 'Sønder', 'Vester', 'Øster', 'Nordre', 'Søndre', 'Østre', 'Vestre', 'Neder', 'Nedre', 'Gammel', 'Ved', 'Kongens', 'Kvarter', 'Boulevard', 'Liljens', 'Klemens', 'Hvide', 'Lind', 'Arden', 'Give', 'Gram', 'Hals', 'Stilling', 'Sande', 'Stationsby', 'Torvet', 'Stranden', 'Lunden', 'Udsigten', 'Trekanten']);
const TOWNS = new Set([...MUNICIPALITIES, ...PLACE_NAMES.filter((p) => p.length >= 4 && !NOT_A_TOWN.has(p) && !STREET_NAME_END.test(p))]);
/** A Danish town or municipality, by the name lists the normalizer keeps (`Middelfart`, `Hjørring`). */
export function isTown(word: string): boolean {
  return TOWNS.has(word);
}

const TITLE_SUFFIX = new Cued(/referat|dagsorden/iu, new RegExp(`^(.{3,80}?)(?:\\s*[-–:]\\s*|(?<=\\p{L}{2})\\.\\s+|,\\s+(?=(?:referat|dagsorden)\\s+(?:af|fra)\\s))(Referat|Dagsorden|${tolerant('Mødereferat')})(?:\\s*[-–:]\\s*(.{4,40})|\\s+(?=\\p{L}+\\s+\\d|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}$)(.{4,60})|\\s+(?:af|fra)\\s+(.{4,80}))?(?:\\s+(?:19|20)\\d{2})?$`, 'iu'));

/** Parts of a title run together with full stops (`Egebjerg Kommune. Kommunalbestyrelsen`), one of them a body's name: that part. */
function bodyAmongParts(text: string): string | null {
  const parts = text.split(/(?<=\p{L}{3})\.\s+(?=\p{Lu})/u);
  if (parts.length < 2) return null;
  return parts.map((x) => x.replace(/\.$/u, '').trim()).find((x) => looksLikeBodyName(x)) ?? null;
}

/** A meeting in a named body (`Pladshavermøde i Fonden Holmby Havn`, `Møde for Beboerrådet`). */
/** A line's text before a date that ends it (`Generalforsamling i Holmby Roklub 2031-03-04` → `Generalforsamling i Holmby Roklub`), or null. */
function datedAtEnd(t: string): string | null {
  const d = findDate(t);
  return d && d.index > 0 && t.slice(d.index + d.length).trim() === '' ? t.slice(0, d.index).trim() : null;
}
const MEETING_IN_NAMED = /^\p{L}*(?:[Mm]øde|[Gg]eneralforsamling)\s+(?:i|for)\s+(?:\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}-]*){0,4}|\p{Ll}{2,}(?:rådet|udvalget|foreningen|klubben|lauget|selskabet|gruppen|kredsen|værket)(?:\s+(?:i|for|på|ved)(?:\s+[\p{L}-]+){1,4})?(?:\s+(?:19|20)\d\d)?\.?)$/u;

/** A meeting's own name in a title (`Pladshavermøde`, `Generalforsamling`, `Møde i …`). */
const MEETING_TITLE_WORD = /^(?:\p{L}*møde|\p{L}*generalforsamling|møde)\b/iu;

/** `Kort referat fra …`, `Foreløbigt referat af …`: the title word with a word on what kind of minutes they are. */
const TITLE = new RegExp(`^(?:(?:Kort|Kortfattet|Foreløbigt|Godkendt|Udvidet|Uddrag\\s+af)\\s+(?=referat\\b)|(?:Åbent|Åben|Aabent|Offentligt)\\s+(?=referat\\b|dagsorden\\b))?(Referat(?:er)?|Refarat|Refferat|Referart|Reterat|Refetat|Dagsorden|Beslutningsprotokol|Beslutningsreferat|Beslutninger(?= fra\\s+\\p{Ll}*møde)|Protokollat|Protokol|${tolerant('Mødereferat')}|\\p{L}{4,}(?:referat|protokol|protokollat))\\b(?:\\s+[-–]\\s+|[\\s:]*)(.*)$`, 'iu');

/**
 * A closing line (`Mødet hævet kl. 17.40`, `Mødet sluttede 17:40`): the time
 * it gives, or null. Below the last item it ends the item and gives the
 * meeting's end time.
 */
export function closingTime(text: string): string | null {
  const c = text.charCodeAt(0);
  // `Dirigenten afsluttede generalforsamlingen klokken 19.25 og takkede …`: who closed it, and when.
  if (c === 68 || c === 70) {
    const by = CLOSED_BY.exec(text);
    if (by) return findTimes(by[1]!).start;
    if (c === 70) return null;
  }
  // (`M`, `m`, `G`, `D`, `Å`, `B`: the closing line's first letters, checked first, on every line.)
  if (c !== 77 && c !== 109 && c !== 71 && c !== 68 && c !== 197 && c !== 66) return null;
  const m = CLOSING_LINE.exec(text);
  if (!m) return null;
  // `Mødet sluttede 21.00`: a time with a full stop and no `kl.` is a clock time here.
  const bare = /^(\d{1,2})[.:](\d{2})$/u.exec(m[1]!.trim());
  if (bare && Number(bare[1]) < 24 && Number(bare[2]) < 60) return `${bare[1]!.padStart(2, '0')}:${bare[2]}`;
  return findTimes(m[1]!.replace(/,(?=\d{2}$)/u, '.')).start;
}

/** Closing lines, and lines that are none, with the time each gives (tests/meeting-fields.test.ts runs them). */
export const CLOSING_EXAMPLES: [string, string | null][] = [
  ['Mødet hævet kl. 17.40', '17:40'],
  ['Mødet sluttede 21.00', '21:00'],
  ['Dirigenten afsluttede generalforsamlingen klokken 19.25 og takkede for god ro og orden.', '19:25'],
  ['Den ekstraordinære generalforsamling sluttede kl. 20.45', '20:45'],
  ['Generalforsamling sluttede kl. 19.37', '19:37'],
  ['Mødet slut ca. kl. 13,50', '13:50'],
  ['Dirigenten erklærede den ekstraordinære generalforsamling for afsluttet kl. 17.30.', '17:30'],
  ['Bestyrelsesmødet sluttede - kl. 21.10', '21:10'],
  ['Generalforsamlingen blev afholdt kl. 19.00', null],
  ['Mødet starter kl. 19.00', null],
];

const CLOSED_BY = /^(?:Dirigenten|Formanden|Mødelederen)\s+(?:(?:afsluttede|hævede|lukkede)\s+(?:mødet|generalforsamlingen|årsmødet)|erklærede\s+(?:den\s+)?(?:(?:ordinære|ekstraordinære)\s+)?(?:mødet|generalforsamling(?:en)?|årsmødet)\s+for\s+(?:afsluttet|hævet|lukket))\s+((?:kl\.?\s*|klokken\s+)\d{1,2}(?:[.:]\d{2})?)(?=[\s.,]|$)/u;
const CLOSING_LINE = new RegExp(`^(?:${tolerant('Mødet')}|(?:Den\\s+)?(?:(?:ordinære|ekstraordinære)\\s+)?[Gg]eneralforsamling(?:en)?|Årsmødet|Bestyrelsesmødet)\\s+(?:blev\\s+)?(?:${tolerant('hævet')}|sluttede|afsluttet|afsluttedes|slut)\\s*[:-]?\\s+(?:ca\\.?\\s+)?((?:kl\\.?\\s*|klokken\\s+)\\d{1,2}(?:[.:,]\\d{2})?|\\d{1,2}[.:]\\d{2})\\.?$`, 'iu');

export interface Header {
  meeting: MeetingInfo;
  documentTitle: 'referat' | 'dagsorden' | null;
  /** A `Dagsorden:` label over the items (no title): an agenda, unless the items record what was said. */
  agendaLabel: boolean;
  groups: { group: ParticipantGroup; lines: SLine[]; inline?: boolean; numbered?: boolean }[];
  chairFromField: boolean;
  /** A meeting date printed without a year, read with the year of the posting, another date or the title: the date when nothing else dates the meeting. */
  yearlessDate: string | null;
  /** The body named by the meeting it holds (`Holmby Forenings generalforsamling`): the body when nothing else names one. */
  bodyOfMeeting: string | null;
  /** An organisation read as the body where the meeting was held (`kl. 19 i Borgerforeningen`): the place, if the title names another body. */
  bodyWhereHeld: string | null;
}

/**
 * A label inside a header line that lost its breaks (`… København SV Til stede: Ole Berg, … Gæst: …`):
 * one to three words, the first capitalised, and a colon. Which of them start a line is asked of the
 * labels themselves (a group of people, a meeting field, the agenda).
 */
const LABEL_INSIDE = /(?<=\s)(\p{Lu}[\p{Ll}]*(?:\s+\p{Ll}+){0,2})\s*:(?=\s|$)/gu;
/** A numbered item after a sentence's end, inside such a line (`… Anker Dal (referent). 1. Godkendelse af dagsorden …`). */
const ITEM_INSIDE = /(?<=[.)]\s+)\d{1,2}\.\s+(?=\p{Lu}\p{Ll})/gu;

/** A board's name used as the label of its members (`Hovedbestyrelsen:`, `Afdelingsbestyrelsen:`). */
const BOARD_LABEL = /^\p{Lu}\p{Ll}*bestyrelsen?$/u;

function startsLine(label: string): boolean {
  return groupLabel(label) !== null || BOARD_LABEL.test(label) || isLabel(label) || /^Dagsorden$/iu.test(label);
}

/**
 * Two labels and two values paired by slashes (`Mødeleder / referent: Lars / Ditte`): a line for each label with its value;
 * each label a field's or a group's. Other lines as they are.
 */
export function splitPairedLabels(l: SLine): SLine[] {
  if (l.blank || !l.text.includes('/')) return [l];
  const m = /^\s*([\p{L}][\p{L} ]{1,24}?)\s*\/\s*([\p{L}][\p{L} ]{1,24}?)\s*:\s*([^/:]{1,60}?)\s*\/\s*([^/:]{1,60}?)\s*$/u.exec(l.text);
  if (!m) return [l];
  const labelled = (x: string) => isLabel(x) || groupLabel(x) !== null;
  if (!labelled(m[1]!) || !labelled(m[2]!)) return [l];
  const own = (label: string) => label.charAt(0).toLocaleUpperCase('da') + label.slice(1);
  return [{ ...l, text: `${own(m[1]!)}: ${m[3]!}` }, { ...l, text: `${own(m[2]!)}: ${m[4]!}` }];
}

/**
 * `Bo Dal, Krovejen          D.14 marts 2031 kl. 19.00`: a header line whose
 * date stands apart after a wide gap (a table's two cells in a text copy),
 * the cell before it a host and where: two lines, the host, then when.
 */
function splitDateApart(l: SLine): SLine[] {
  if (l.blank || l.cellBreaks === undefined || l.cellBreaks.length === 0 || l.cellText !== l.text) return [l];
  const at = l.cellBreaks[l.cellBreaks.length - 1]!;
  const before = l.text.slice(0, at).trim();
  const after = l.text.slice(at + 1).trim();
  // (Only a host and where, `Bo Dal, Krovejen`: a body or a title before its date is read with it.)
  const host = /^(?:hos\s+)?([^,]{3,40}),\s+\S/u.exec(before);
  if (!host || !looksLikeName(host[1]!) || findDate(before) !== null || findDate(after) === null) return [l];
  return [{ ...l, text: before, cellBreaks: l.cellBreaks.slice(0, -1), cellText: before }, { ...l, text: after, cellBreaks: [], cellText: after }];
}

/**
 * A header line run together from several (a transcript's page, a table's cells read in a row),
 * cut where its labels start: `Referat fra Økonomiudvalget Mødedato: … Mødested: Deltagere: …`.
 * A place label left empty right before a group of people (`Mødested: Deltagere: Borgmesterens
 * mødelokale Jens Berg (V), …`, the cells read label, label, value, value) takes the words before the first name.
 */
/** Field labels a flattened table prints without their colons (`Dato 4. maj 2031 Tidspunkt 16:00 Sted Rådhuset Til stede Bo, Eva`). */
/** (Not one with a note in brackets after it, `… Bo Dal Afbud (syg) Eva …`: that is the entry's before it.) */
const BARE_LABEL = /(?<=^|\s)(Dato|Mødedato|Tidspunkt|Mødetidspunkt|Tid|Sted|Mødested|Til stede|Tilstede|Deltagere|Mødedeltagere|Fraværende|Afbud|Referent|Mødeleder)\s+(?=\S)(?![:(])/gu;

/**
 * A header's fields run together on one line with no colons, as a flattened table prints them: one line for each field,
 * the label given its colon (a title before the first stays a line). Only where three of them or more stand in the line,
 * each after some words of the field before.
 */
export function splitBareLabels(l: SLine): SLine[] {
  if (l.blank || l.text.length < 30) return [l];
  const marks = [...l.text.matchAll(BARE_LABEL)];
  if (marks.length < 3) return [l];
  const kept = marks.filter((m, k) => k === 0 || m.index! > marks[k - 1]!.index! + marks[k - 1]![0].length);
  if (kept.length < 3) return [l];
  // (The title before the first label, `Referat Kulturgruppen Dato …`, stays a line of its own.)
  const before = l.text.slice(0, kept[0]!.index).trim();
  // (From the first label of people on, `Til stede … Fraværende …`, the rest stays one line as printed: the people's reading
  // finds where its names end.)
  const people = kept.findIndex((m) => groupLabel(m[1]!) !== null);
  const fieldMarks = people < 0 ? kept : kept.slice(0, people);
  if (fieldMarks.length < 2) return [l];
  const fields = fieldMarks.map((m, k) => {
    const value = l.text.slice(m.index! + m[0].length, k + 1 < fieldMarks.length ? fieldMarks[k + 1]!.index : people < 0 ? undefined : kept[people]!.index).trim();
    return { ...l, text: `${m[1]}: ${value}` };
  });
  if (people >= 0) fields.push({ ...l, text: l.text.slice(kept[people]!.index).trim() });
  // (A table printed a column at a time, its labels one after another, `Sted Medlemmer Fraværende Lokale 1 …`: values that
  // are labels themselves part nothing.)
  if (fields.slice(0, fieldMarks.length).some((f) => groupLabel(f.text.slice(f.text.indexOf(':') + 1).trim().split(/\s+/u)[0]!) !== null)) return [l];
  return before === '' ? fields : [{ ...l, text: before }, ...fields];
}

export function splitRunTogether(l: SLine): SLine[] {
  if (l.blank) return [l];
  const text = l.text;
  const cuts = text.includes(':') ? [...text.matchAll(LABEL_INSIDE)].filter((m) => startsLine(m[1]!)).map((m) => m.index!) : [];
  for (const m of text.matchAll(ITEM_INSIDE)) if (cuts.length > 0 && m.index! > cuts[0]!) cuts.push(m.index!);
  // The document's title in capitals inside the line (`… i Kommunalbestyrelsens mødesal REFERAT Eventuelle …`).
  // Only in a long line of ordinary text (a heading in capitals, `FORENINGEN X REFERAT AF …`, is one line).
  if (text.length >= 100) for (const m of text.matchAll(/(?<=\s)(?:REFERAT|DAGSORDEN)(?=\s+\p{Lu}\p{Ll})/gu)) if (/\p{Ll}{3}/u.test(text.slice(0, m.index!))) cuts.push(m.index!);
  if (cuts.length === 0) return [l];
  cuts.sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const at of cuts) {
    const part = text.slice(from, at).trim();
    if (part) parts.push(part);
    from = at;
  }
  parts.push(text.slice(from).trim());
  for (let k = 0; k + 1 < parts.length; k++) {
    const empty = /^([^:]{2,30}?)\s*:$/u.exec(parts[k]!);
    const next = /^([^:]{2,30}?)\s*:\s+(\S.*)$/u.exec(parts[k + 1]!);
    if (!empty || !next || groupLabel(empty[1]!) !== null || fieldOf(`${empty[1]}: Rådhuset`)?.field !== 'location' || groupLabel(next[1]!) === null) continue;
    const words = next[2]!.split(/\s+/u);
    for (let w = 1; w <= Math.min(6, words.length - 2); w++) {
      const rest = words.slice(w).join(' ');
      const first = notesOf(rest.split(/\s*,\s*|\s+og\s+/u)[0]!).rest;
      if (!looksLikeName(first)) continue;
      const before = words.slice(0, w).join(' ');
      if (looksLikeName(before)) break;
      parts[k] = `${empty[1]}: ${before}`;
      parts[k + 1] = `${next[1]}: ${rest}`;
      break;
    }
  }
  return parts.map((text) => ({ ...l, text }));
}

/** A label glued to its value by a copied web table (`MødestedRådssalen`, `UdvalgÆldreråd`). */
/** `Til stede: A, B og C. Afbud: D`: two groups on one line, as two lines. */
/** `Fraværende Mette, Kenneth`, `Afbud. Bo og Eva`: the apologies' label without its colon, then names only. */
const ABSENT_LABEL_BARE = new RegExp(`^(Afbud|${tolerant('Fraværende')}|Ikke til stede|Ikke tilstede)\\s*\\.?\\s+(${NAMES_SOURCE})\\.?$`, 'u');

/**
 * `Til stede var Bo, Eva og Ib. Kim havde meldt afbud.`, `Mødt var Bo Dal og Eva Holm.`, `Tilstede: Bo, Eva og Ib. Lis deltog
 * ved en del af mødet.`: a group's label, its colon perhaps left out, a run of names, then perhaps sentences of their own;
 * the label and its names as one line, each sentence after them as another.
 */
/** The first words of the group labels' examples (`til`, `tilstede`, `mødt`, `afbud`, …): a label told as a sentence opens with one. */
const LABEL_FIRST_WORDS = new Set(GROUP_LABEL_EXAMPLES.filter(([, g]) => g !== null).map(([t]) => t.split(/\s+/u)[0]!.replace(/[:;]$/u, '').toLocaleLowerCase('da')));

function labelledRun(l: SLine): SLine[] | null {
  // (A run of names has a comma or `og` in it, and a label opens with a capital: most lines are no such run, and show it at once.)
  if (!/^\s*\p{Lu}/u.test(l.text) || !/,|\sog\s/u.test(l.text)) return null;
  // (Nor does a line whose first word opens no group's label, nor is one.)
  const opening = /^\s*([\p{L}.]+)/u.exec(l.text);
  if (!opening || (!LABEL_FIRST_WORDS.has(opening[1]!.toLocaleLowerCase('da')) && groupLabel(opening[1]!) === null)) return null;
  const words = l.text.trim().split(/\s+/u);
  // The longest label among the first five words (`Til stede var følgende`, `Tilstede`).
  for (let k = Math.min(5, words.length - 1); k >= 1; k--) {
    const raw = words.slice(0, k).join(' ');
    const label = withoutEndColon(raw);
    const group = label.includes(':') ? null : groupLabel(label);
    // (Without its colon, a label for those who came or not: `Formand Bo Dal, …` is an office before a name.)
    if (group === null || (raw === label && !['member', 'absent', 'guest'].includes(group))) continue;
    const rest = words.slice(k).join(' ');
    if (!/^\p{Lu}/u.test(rest)) return null;
    // Sentences end at a full stop after a word (not after an initial, `Michael F.`, or a first name cut short, `Chr. Holm`) or a note in brackets.
    const [first, ...after] = rest.split(/(?<=\p{Ll}{2}|\))[.]\s+(?=\p{Lu})/u).reduce<string[]>((out, x) => {
      if (out.length > 0 && /(?:^|\s)(?:\p{Lu}[bcdfghjklmnpqrstvwxz]{1,3}|Johs|Jac)$/u.test(out[out.length - 1]!)) out[out.length - 1] += `. ${x}`;
      else out.push(x);
      return out;
    }, []);
    if (!isNameRun(first!)) return null;
    // (`… og Ib. Kim Holm er sygemeldt.`: one away, told after the list, is read with it.)
    if (after.length === 1 && isAwaySentence(after[0]!)) return raw === label ? [{ ...l, text: `${label}: ${rest}` }] : null;
    // (With its colon and nothing after the names, the line is read as it stands.)
    if (raw !== label && after.length === 0) return null;
    // (The list keeps its full stop, which ends it; `Afbud fra Kim.` after it is the apologies' label and names.)
    const list = after.length > 0 ? `${label}: ${first!}.` : `${label}: ${first!.replace(/[.]$/u, '')}`;
    return [{ ...l, text: list }, ...after.map((x) => ({ ...l, text: x.replace(/^(Afbud fra|Fraværende|Ikke til stede)\s+(?=\p{Lu})/u, '$1: ') }))];
  }
  return null;
}

/** A group's label run on after a word, its colon after it (`… i StøvringAfbud fra bestyrelsen: Lis`: a web page's two paragraphs). */
const LABEL_RUN_ON = /(?<=\p{Ll}{2})(?=(?:Afbud|Fraværende|Til stede|Tilstede|Deltagere|Fremmødte)(?:\s+\p{Ll}+){0,2}\s*:\s*\p{Lu})/u;

/** `Susanne, Hanne, Jens og Trille tilstede. Lotte var syg.`: a run of names, then the word for those who came, told as a sentence. */
const RUN_THEN_PRESENT = new RegExp(`^(\\p{Lu}[^.:;]{2,300}?)\\s+(?:var\\s+|er\\s+)?(?:til stede|tilstede|${tolerant('mødt')}|${tolerant('fremmødt')})(?:\\s+(?:${tolerant('på')}|ved|til)\\s+${tolerant('mødet')})?\\s*\\.?(?:\\s+(\\p{Lu}.*))?$`, 'u');

function splitGroupLabels(l: SLine): SLine[] {
  const present = l.blank || !/,|\sog\s/u.test(l.text) ? null : RUN_THEN_PRESENT.exec(l.text.trim());
  if (present && isNameRun(present[1]!)) return [{ ...l, text: `Til stede: ${present[1]!}${present[2] ? '.' : ''}` }, ...(present[2] ? splitGroupLabels({ ...l, text: present[2] }) : [])];
  const runOn = l.blank ? null : LABEL_RUN_ON.exec(l.text);
  if (runOn && groupLabel(l.text.slice(runOn.index).split(':')[0]!.trim()) !== null) return [{ ...l, text: l.text.slice(0, runOn.index) }, ...splitGroupLabels({ ...l, text: l.text.slice(runOn.index) })];
  const run = l.blank ? null : labelledRun(l);
  if (run !== null) return run.length === 1 ? run : [run[0]!, ...run.slice(1).flatMap(splitGroupLabels)];
  const bare = ABSENT_LABEL_BARE.exec(l.text.trim());
  if (bare && !/^fra\s/iu.test(bare[2]!)) return [{ ...l, text: `${bare[1]!}: ${bare[2]!}` }];
  // `AfbudClaus Holm, Eva Dal`: a group's label run into its first name (a table's two cells).
  const glued = GLUED_LABEL.exec(l.text);
  if (glued && groupLabel(glued[1]!) !== null) return splitGroupLabels({ ...l, text: l.text.replace(GLUED_LABEL, '$1: ') });
  // `Deltagere Bo Holm, Eva Dal Afbud Ib Lund`: a group's label word opening the line, and the apologies' word (no colon) later in it.
  const opened = /^(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?)\s*:?\s+\p{Lu}/u.exec(l.text);
  // (A line of people is short: a long one is no such list, and is not searched.)
  const apologies = opened && l.text.length <= 300 && groupLabel(opened[1]!) !== null && groupLabel(opened[1]!) !== 'absent' ? /^(.+?[\p{L}.])\s+(Afbud(?:\s+fra)?|Fraværende)\s*:?\s+(\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)*(?:\s*(?:,|og)\s*\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)*)*)\.?$/u.exec(l.text) : null;
  if (apologies) return [{ ...l, text: apologies[1]!.replace(/\.$/u, '') }, { ...l, text: `${apologies[2]!}: ${apologies[3]!}` }];
  const m = /^(.+?[.;])\s+([^.:;]{3,30}?)\s*:\s+(\S.*)$/u.exec(l.text);
  if (!m || groupLabel(m[2]!) === null || !/:/.test(m[1]!)) {
    // `Tilstede: Anne, Bo, Carl. Afbud fra Erik.`: apologies after the list, without a colon.
    const away = /^(.+?:.+?[.;])\s+(Afbud fra|Fraværende|Ikke til stede)\s+(\p{Lu}.*)$/u.exec(l.text);
    if (away && groupLabel(away[1]!.split(':')[0]!) !== null) return [{ ...l, text: away[1]!.replace(/[.;]$/, '') }, { ...l, text: `${away[2]!}: ${away[3]!}` }];
    // (The list's last name wrapped onto a line of its own, then the absent: `Sarah Rye. Ikke til stede bestyrelsesmedlem Thore
    // Holm, suppleanterne …`: the name goes on the list, the rest is the absent's group, the offices before their names.)
    const wrappedAway = /^(\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,3}\.)\s+(Afbud fra|Fraværende|Ikke til stede)\s+((?:\p{Ll}+\s+)?\p{Lu}.*)$/u.exec(l.text);
    if (wrappedAway && looksLikeName(wrappedAway[1]!.replace(/\.$/u, ''))) return [{ ...l, text: wrappedAway[1]!.replace(/\.$/u, '') }, { ...l, text: `${wrappedAway[2]!}: ${wrappedAway[3]!.replace(/(^|,\s*|\s+og\s+)(?:bestyrelsesmedlem(?:merne)?|suppleant(?:erne)?|medlem(?:merne)?)\s+(?=\p{Lu})/gu, '$1')}` }];
    return [l];
  }
  return [{ ...l, text: m[1]!.replace(/[.;]$/, '') }, ...splitGroupLabels({ ...l, text: `${m[2]!}: ${m[3]!}` })];
}

/** Whether `t` goes on with the names of a group whose last line was `prev` (a list ending in a comma, a name, a wrapped surname). */
function continuesNames(t: string, prev: string): boolean {
  if (/(?:[,&]|\bog)$/u.test(prev)) return true;
  const first = notesOf(t.split(/\s*,\s*|\s+og\s+/u)[0]!).rest.replace(ABSENCE_SUFFIX_LOOSE, '');
  // (Not a field's label shaped as a name: `Ca. Tidspunkt`, a table's head.)
  // (Nor a title of two capitalised words, its first a word and no given name: `Evaluering Høstgudstjeneste`.)
  const given = first.split(/\s+/u)[0]!;
  const aWord = !isGivenName(given) && isDictionaryWord(given.toLocaleLowerCase('da'));
  if (looksLikeName(first) && !isLabel(first.split(/\s+/u).at(-1)!) && !aWord) return true;
  // A surname wrapped onto a line of its own, after a name the list had not finished.
  return /,/.test(prev) && !/[.;:]$/.test(prev) && /^\p{Lu}[\p{Ll}\-]+$/u.test(t) && blockKind(t) === null;
}

/** An absence noted after a name (`Ole Berg - afbud`), left out when asking whether a line names someone. */
const ABSENCE_SUFFIX_LOOSE = /\s*[-–(]\s*(?:afbud|fraværende)\)?\.?$/iu;

/** A field's label run into its value (`MødestedRådssalen`, `ReferentErling`, `StedSkolen`: a table's cells flattened); `Stedfortræder` is a word. */
const GLUED_LABEL = new RegExp(`^(${['Mødested', 'Mødedato', 'Mødetidspunkt', 'Mødeforum', 'Udvalg', 'Tidspunkt', 'Starttidspunkt', 'Sluttidspunkt', 'Mødeleder', 'Ordstyrer', 'Referent', 'Afbud', 'Fraværende', 'Deltagere', 'Tilstede', 'Fremmødte', 'Sted', 'Dato'].map(tolerant).join('|')})(?=\\p{Lu}|\\d)`, 'u');

function fieldOf(line: string): { field: Field; value: string } | null {
  const text = line.replace(GLUED_LABEL, '$1: ');
  for (const [field, re] of FIELDS) {
    const m = re.exec(text);
    if (m) return { field, value: (m[1] ?? m[2] ?? '').trim() };
  }
  return null;
}

/** A web page's section name after the body (`Landdistriktsrådet - Dagsordener og referater`). */
const WEB_SECTION = /\s*[-–:]\s*(?:dagsordener|referater|dagsorden|referat|mødesager|møder)(?:\s+og\s+(?:referater|dagsordener))?$/iu;
/** The municipality or region after a body's name (`Hjørring Byråd - Hjørring Kommune`, `Forretningsudvalget – Region Sjælland`). */
const AREA_SUFFIX = /\s+[-–]\s+(?:\p{Lu}[\p{L}-]+\s+(?:Kommune|Region)|Region\s+\p{Lu}[\p{L}-]+)$/u;

/** `Aarhus Byråd d. 27-08-2025` → `Aarhus Byråd`; `møde i Udvalget for X den 3. maj` → `Udvalget for X`. */
/** A kind of meeting, perhaps numbered or dated (`Bestyrelsesmøde nr. 87`, `Gruppemøde 2020`, `Generalforsamlingsprotokollat`): no body's name. */
const MEETING_KIND = new RegExp(
  `^(?:(?:den|det|de)\\s+)?(?:\\d{1,3}\\.\\s*)?(?:(?:sidste|seneste|forrige|næste|kommende|første|årets)\\s+)?(?:(?:ordinær|ekstraordinær|årlig|stiftende|konstituerende)\\p{Ll}*\\s+)?(?:\\p{L}+-\\s+(?:og|&)\\s+)?\\p{L}*(?:møde|møder|mødet|generalfors\\p{Ll}{0,3}ling(?:en)?|protokol|protokollat|referat|referater|dagsorden|dagsordener|beretning|punkt|punkter)(?:,?\\s+(?:nr\\.?\\s*|i\\s+(?=(?:19|20)\\d\\d))?[\\d/.\\-–]+|,?\\s+(?:${Object.keys(MONTHS).join('|')})\\b)*$`,
  'iu',
);
/** What a web page prints around its text: a download link, a breadcrumb, a link to more. */
/** A web page's chrome: its links and menus, a list's section (`Referater`, `Dagsordener og referater`), a table's column heads (`Titel Udvalg Funktioner`). */
const WEB_CHROME = /^(?:Download|Hent|Se alle|Skip to|Gå til|Menu|Referater|Dagsordener|Du er her)\b|^(?:Find|Se|Læs)\s+(?:alle\s+)?(?:dagsorden|referat)|^(?:Byråd|Kommunalbestyrelse|Politik|Udvalg)\s+og\s+(?:udvalg|demokrati|politik)$|^(?:(?:Titel|Udvalg|Funktioner|Dato|Punkt|Emne|Navn|Type|Status)\s*){2,}$|\s[>»]\s|["“”]/iu;

/** Words that name a kind of meeting or document, never a body: a line of them only (`Generalforsamling / Generalforsamling 2018`) names none. */
const KIND_WORDS = /^(?:(?:ordinær|ekstraordinær|årlig|stiftende|konstituerende)\p{Ll}*|\p{L}*møde[rt]?|generalforsamling(?:en)?|referat|dagsorden|protokol|agenda|minutes|\d{4}|[/&+|,–-])$/iu;

export function namesABody(name: string): boolean {
  const words = name.trim().split(/\s+/);
  // (Meetings in the plural name none: `Planlagte bestyrelsesmøder frem til næste generalforsamling` heads a list of dates;
  // nor the next meeting: `Dato for næste bestyrelsesmøde: Indkaldes af formanden`.)
  return !MEETING_KIND.test(name.trim()) && !WEB_CHROME.test(name) && !(words.length > 1 && words.every((w) => KIND_WORDS.test(w))) && !/møder(?:ne)?(?!\p{L})|(?<!\p{L})næste\s+\p{L}*møde/iu.test(name);
}

/** Without the `i` flag: a name starts with a capital (`Generalforsamling i Andelsboligforeningen …` is no name after the word). */
const MEETING_THEN_NAME = /^(?:(?:[Oo]rdinær|[Ee]kstraordinær|ORDINÆR|EKSTRAORDINÆR)\p{L}*\s+)?\p{L}*(?:[Gg]eneralforsamling|GENERALFORSAMLING|[Mm]øde|MØDE)\s+(?:(?:for|FOR|i|I)\s+)?(\p{Lu}[\p{L}&'’\-/ ]{2,60}?)(?:[\s,]+\d.*)?$/u;
/** A year after a name (`Grundejerforeningen Kærholm 2022`) is the meeting's, not the name's. */
const TRAILING_YEAR = /\s+(?:i\s+)?(?:19[5-9]\d|20\d\d)\.?$/u;
/** Words that make a name an organisation's (`Højbjerg Badminton Klub`, `Grundejerforeningen Solbakken`). */
const ORGANISATION_WORD = /(?:forening|klub|laug|selskab|vandværk|koret|råd|udvalg|fond|forum|samvirke|forbund|gilde|(?:dige|vej|pumpe|beskyttelses|sluse|kanal|grøfte|bro)lag)(?:en|et|s|ben)?\b/iu;

/** `Mødet blev afholdt i Folkehuset Vejlby og …`: the place a sentence says the meeting was held in, a name in capitals (`Holmby Idræts- og Kulturcenter`: a word's shared end left out before `og` is part of it). */
const HELD_IN_SENTENCE = /\b(?:blev\s+(?:af)?holdt|afholdtes|blev\s+afviklet|afvikledes|foregik|fandt\s+sted)\s+(?:på|i)\s+(\p{Lu}[\p{L}\d'’\-]*(?:\s+\p{Lu}[\p{L}\d'’\-]*|(?<=\p{L}-)\s+og\s+\p{Lu}[\p{L}\d'’\-]*){0,4})(?=\s*[,.;]|\s+(?:og|den|d\.|kl\.|fra|med|hvor)\b|\s*$)/u;
/**
 * What leads to a place in a sentence: the meeting held, going on, or its time or year, then `i` or `på`. (After the year, a `kl`
 * whose hour a web transcript lost: `… april 2031 kl på Holmby Kro`.)
 */
const PLACE_LEAD = new RegExp(`(?:\\b(?:[Bb]lev\\s+(?:den\\s+|det\\s+|mødet\\s+)?(?:af)?holdt|[Aa]fholdtes|[Aa]fholdt|[Aa]fholdes|[Hh]oldes|[Ff]oregik|[Ff]oregår|fandt\\s+(?:\\p{Ll}+\\s+)?sted|finder\\s+(?:\\p{Ll}+\\s+)?sted)(?:\\s+som\\s+sædvanlig)?|\\b[Kk]l\\.?\\s*\\d{1,2}(?:[.:,]?\\d{2})?\\.?(?:\\s*(?:[-–]|til)\\s*\\d{1,2}(?:[.:,]?\\d{2})?\\.?)?|\\b\\d{1,2}(?:(?:\\.\\s*|\\s+)\\p{L}+\\.?|[./-]\\d{1,2}[./-])\\s*(?:19|20)\\d\\d(?:,?\\s+[Kk][Ll]\\.?(?=\\s))?)\\s*(?:,|\\s[-–])?\\s+(?:i|${tolerant('på')})\\s+`, 'gu');
/** Where a place told in a sentence ends: a comma or full stop, the next clause, the end. */
const PLACE_STOP = new RegExp(`\\s*[,;]|(?<!(?<!\\p{L})\\p{Lu}\\p{Ll}{0,2})\\.(?:\\s|$)|(?<!\\p{L}-)\\s+(?:og|den|d\\.|kl\\.|fra|med|hvor|hvilket|påbegyndtes|begyndte|startede|blev|${WEEKDAY})(?!\\p{L})|\\s+i\\s+(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|år|foråret|efteråret|sommer|vinter)(?!\\p{L})|\\s*$`, 'u');
/** A room or building in small letters (`konfirmandstuen`, `klubbens spillested i …`). */
const PLACE_NOUN = /(?:stue|stuen|sal|salen|lokale|lokalet|lokalerne|huset|hus|hallen|hal|kontoret|rummet|kirken|gården|gaarden|kantine|kantinen|kroen|hytten|klubhuset|klubben|centret|centeret|skolen|biblioteket|spillested|stedet|præstegård|præstegården|område|området|caféen|cafeen|cafeteriet|kantinen|pavillon|pavillonen|restauranten|kælderen|værkstedet|museet|kasernen|kaserne|laden|teltet|villaen)(?!\p{L})/iu;

/**
 * A place told in a sentence of the header, or after its time or year:
 * `Mødet blev holdt i konfirmandstuen i Sæby præstegård.`, `… kl. 17.00 i
 * Årslev Præstegårdsstue.`, `… afholdt den 26. april 2031 på Rødovregård`.
 * A name in capitals, or a room or building in small letters; never a date,
 * never the next meeting's place.
 */
export function placeInSentence(text: string): string | null {
  if (/\b(?:næste|kommende)\s+\p{L}*(?:møde|generalforsamling)/iu.test(text)) return null;
  const leads = [...text.matchAll(PLACE_LEAD)].map((m) => ({ m, building: false, held: false }));
  // After the meeting itself a building only (`… generalforsamlingen i Kulturhusets sal`; `Generalforsamling i Holmby IF` is whose).
  // (Held, a name will do that is no body's: `… afholdt generalforsamling i Kultur Perronen`.)
  if (MAY_HOLD_MEETING.test(text)) {
    for (const m of text.matchAll(PLACE_AFTER_MEETING)) {
      // (Held `på` a place, a name will do; `i` a name may be the body's: `… afholdt årsmøde i Holmby Ølvenner`.)
      const held = /^(?:afholdt|afholdtes|holdt|afholdte|samledes|mødtes)\b/iu.test(m[0]) && /\spå\s+$/u.test(m[0]);
      // (`Generalforsamlingen på Holmlund`, `… deltog i generalforsamlingen på Frederiksberg`: `på` after the meeting names where, as
      // `på` after held does; a body is not `på`.)
      leads.push({ m, building: !held && !/\spå\s+$/u.test(m[0]), held });
    }
  }
  // Held, then when or whose and `på` or `ved` (`… afviklede sin generalforsamling på Holmhøj`, `… blev afholdt d. 2. februar - på
  // Kastaniehøj`, `… afholdt søndag den 23. april ved badehusene`): a name or a place's noun will do.
  if (HELD_CUE.test(text)) for (const m of text.matchAll(HELD_THEN_AT)) leads.push({ m, building: false, held: true });
  for (const { m, building, held } of leads.sort((x, y) => x.m.index - y.m.index)) {
    const rest = text.slice(m.index + m[0].length);
    const stop = PLACE_STOP.exec(rest)!;
    let place = rest.slice(0, stop.index).trim();
    // `… i Holmby Grundejerforening på Strandhotellet`: the body, then where it met (a place whatever its words).
    const bodyThen = ORGANISATION_WORD.test(place) ? /\s(på|hos)\s+(?:adressen\s+)?(\S.*)$/u.exec(place) : null;
    const afterBody = bodyThen?.[2];
    if (afterBody !== undefined) place = afterBody;
    // (A host there, with the host's address after a comma: `… Lokalafdeling hos Grete, Holmlund 3, 2920 Holmby`.)
    const host = bodyThen?.[1] === 'hos' ? placeIn(rest.slice(rest.indexOf(bodyThen[0]))) : null;
    if (host !== null && host.startsWith('hos ')) return host;
    // `på adressen Holmvej 4`, `i vores lokaler Holmvej 7`: the address the words lead to.
    place = place.replace(/^(?:adressen|(?:vores|foreningens|klubbens|egne)\s+lokaler)\s+(?=\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*\s+\d)/u, '');
    // `… i Holmbypartiet i Eventrummet`: whose meeting, then the room it was held in.
    const inRoom = building ? /^(\S.*?)\s+i\s+(\S.*)$/u.exec(place) : null;
    if (inRoom && PLACE_NOUN.test(inRoom[2]!) && !PLACE_NOUN.test(inRoom[1]!)) place = inRoom[2]!;
    const words = place.split(/\s+/);
    if (place.length < 3 || words.length > 7 || findDate(place) || /\d{1,2}[.:]\d{2}/u.test(place)) continue;
    // `… afholdt i går sin generalforsamling på …`, `i dag`, `i år`: when, not where.
    if (/^(?:går|dag|år|aftes|morgen|forgårs)$/u.test(words[0]!)) continue;
    // `… den 27. februar 2031 i Holmby Forsyning A/S`, `… i Holmby Kommune`: the body, or the area, not a place.
    if (ORGANISATION.test(place) || /\b(?:Kommune|Region)\b/u.test(place)) continue;
    if (WEEKDAY_WORD.test(words[0]!)) continue;
    // (A building, then its town: `… generalforsamlingen i Holmkroen i Holmby`.)
    const buildingInTown = /^(\S.*?)\s+i\s+\p{Lu}\p{Ll}+$/u.exec(place);
    const isBuilding = (x: string) => PLACE_NOUN.test(x) || PLACE_IN_PASSING.test(x) || PLACE_NAME_END.test(x);
    if (afterBody === undefined && building && !isBuilding(place) && !(buildingInTown && isBuilding(buildingInTown[1]!))) continue;
    if (afterBody === undefined && held && BODYLIKE.test(place)) continue;
    if (/^\p{Lu}/u.test(place) || PLACE_NOUN.test(place)) return place;
    // Right after it was held, a place in small letters in its definite form (`… foregik på legepladsen`, `… blev den afholdt på den gamle
    // skole`, `… afholdt søndag ved badehusene`).
    const heldBefore = held || /^(?:[Bb]lev|[Aa]fhold|[Ff]oreg|[Hh]oldes|fandt|finder)/u.test(m[0].trimStart());
    if (heldBefore && ((words.length === 1 && DEFINITE_ROOM.test(place) && !NOT_A_ROOM.test(place)) || /^(?:den|det)\s+\p{Ll}+\s+\p{Ll}{3,}$/u.test(place))) return place;
  }
  return null;
}

/** The meeting held, or the meeting itself, before where it was: `afholdtes ordinær generalforsamling i/på`, `deltog i generalforsamlingen i`, `Generalforsamling i`. */
const PLACE_AFTER_MEETING = new RegExp(`(?:\\b(?:afholdt|afholdtes|holdt|afholdte)\\s+(?:der\\s+)?(?:\\p{Ll}+\\s+)?(?:\\p{Lu}[\\p{L}\\-]*\\s+){0,4}?(?:\\p{Ll}+\\s+){0,4}?(?:\\d{1,3}\\.\\s+(?:\\p{Ll}+\\s+){0,2})?|\\b(?:samledes|mødtes)\\s+(?:\\p{L}+\\s+){0,3}?(?:til\\s+)?|^|\\b(?:deltog|mødte\\s+op)\\s+i\\s+|\\budgjorde\\s+)(?:[Gg]eneralforsamling(?:en)?|[Åå]rsmøde(?:t)?|\\p{L}*møde(?:t)?)(?:\\s+(?:i|for)\\s+\\p{Lu}[^,.;]{0,60}?(?:forening|selskab|klub|laug|råd|udvalg)\\p{L}*)?\\s*,?\\s+(?:i|på)\\s+`, 'gu');
/** A meeting held or run, a few words of when or whose (no place before it), then `på` or `ved` before where (see placeInSentence). */
const HELD_THEN_AT = /(?<!\p{L})(?:afholdt|afholdtes|afholdes|afviklede|afvikledes|foregik|foregår)\s+(?:(?!(?:i|på|hos|ved)\s)[^\s,;:]+\s+){1,8}?(?:[-–]\s+)?(?:på|ved)\s+/giu;
/** Every wording of HELD_THEN_AT has one of these. */
const HELD_CUE = /afhold|afvikl|foreg/iu;
/** Every wording of PLACE_AFTER_MEETING has one of these (the cheap test before it). */
const MAY_HOLD_MEETING = /møde|generalforsamling/iu;

/** A sentence that tells when the meeting began or how long it went on: its times are the meeting's. */
/** An hour told for a meal (`brunch kl. 10.00`, `spisning kl. 18`), not the meeting's start. */
const MEAL_HOUR = /(?<!\p{L})(?:brunch|spisning|fællesspisning|frokost|middag|morgenmad|morgenkaffe|kaffe)\s+(?:fra\s+)?(?:kl\.?|klokken)\s*\d/iu;
const STARTED = /(?<!\p{L})(?:påbegyndt(?:es)?|begyndte|startede|åbnedes|blev\s+(?:af)?holdt|afholdtes|varede)(?!\p{L})/iu;

/** The words for a meeting that a body holds. */
const MEETING_OF = '(?:[Gg]eneralforsamling|[Bb]estyrelsesmøde|[Åå]rsmøde|[Mm]edlemsmøde|[Rr]epræsentantskabsmøde)';

/** A body named in a meeting's title or its first sentence, by the meeting it holds (`[text, body]`); tests/vocabulary.test.ts runs them. */
export const BODY_OF_MEETING_EXAMPLES: [string, string | null][] = [
  ['Holmby Forenings ordinære generalforsamling blev afholdt i Foreningshuset tirsdag den 24. maj 2031.', 'Holmby Forening'],
  ['Referat af vinklubben Côtes Holm’s generalforsamling', 'vinklubben Côtes Holm'],
  ['Referat af vinklubben Clos du Holm’s generalforsamling', 'vinklubben Clos du Holm'],
  ['Referat - ordinær generalforsamling Holmby Husflid', 'Holmby Husflid'],
  ['Generalforsamling den 9. juni 2031 i Holmby og Omegns valgmenighed', 'Holmby og Omegns valgmenighed'],
  ['Referat af bestyrelsesmøde den 20. september 2031 kl. 19.00 i Holmby Forening, Skolevej 35', 'Holmby Forening'],
  ['Generalforsamling i Holmbyforeningen, Køge Lokalgruppe', 'Holmbyforeningen, Køge Lokalgruppe'],
  ['Referat Holmby Skoles bestyrelsesmøde', null],
  ['Valgt til bestyrelsen på Holmbylistens generalforsamling', null],
  ['Bestyrelsens generalforsamling', null],
  ['Årets generalforsamling blev holdt i hallen', null],
  ['Referat af generalforsamling 2031', null],
  // The body whose meeting was held, in the genitive inside the sentence (a kind in small letters before the name kept).
  ['Torsdag den 17. marts kl. 19:00 afholdtes Holmby Roklubs generalforsamling i pavillonen.', 'Holmby Roklub'],
  ['Torsdag den 17. marts afholdtes støtteforeningen Holmby Grønnes Generalforsamling i pavillonen.', 'støtteforeningen Holmby Grønne'],
  // The members speaking of their own organisation (`vi i …`), a sentence about the meeting.
  ['Onsdag d. 9. september kunne vi i Holmby Svømmeklub omsider afholde den længe ventede Generalforsamling.', 'Holmby Svømmeklub'],
  ['Vi i Holmby Svømmeklub ønsker alle en god sommer.', null],
  // Welcomed to the body's meeting, in the genitive; held by the body after the day, its letters in brackets passed over.
  ['Formanden bød velkommen til Holmby Kommunalforenings ordinære generalforsamling med fysisk fremmøde.', 'Holmby Kommunalforening'],
  ['21. marts afholdt Holmby Studentersamfund (HS) ordinær generalforsamling på Holmvej.', 'Holmby Studentersamfund'],
  ['I går afholdt Holmby Skakklub sin ordinære generalforsamling i klubhuset.', 'Holmby Skakklub'],
  ['Bestyrelsen har afholdt møde med kommunen.', null],
  // The body after `for`, before the house it met in.
  ['Lørdag den 4. maj 2031 afholdtes den ordinære generalforsamling for Holmby Knights i Holmby Industriforening, Holmgade 51, med følgende dagsorden:', 'Holmby Knights'],
  ['Generalforsamling for 2030 blev holdt i hallen.', null],
];

/** `Holmby Forenings ordinære generalforsamling`, `vinklubben Côtes Holm’s generalforsamling`: a name in the genitive at the line's start or after `Referat af` (a lowercase kind before it allowed). */
const BODY_GENITIVE = new RegExp(`^(?:(?:Referat|Uddrag|Protokol)(?:\\s+(?:af|fra)\\s+|\\s*[-–:]\\s*))?((?!(?:Referat|af|fra|og|i|på|for|til|med|hos|om|ved)\\s)(?:\\p{Ll}+\\s+)?\\p{Lu}[\\p{L}&\\-]*(?:,?\\s+(?:(?:og|i|for|af|på|du|de|la|le|von|van)\\s+)?\\p{Lu}[\\p{L}&.\\-]*){0,5}?)(s|’s?|'s?|´s?)\\s+(?:(?:ordinære|ekstraordinære|årlige)\\s+)?(?![Bb]estyrelsesmøde)${MEETING_OF}\\b`, 'u');
/** `… ordinær generalforsamling Holmby Husflid`: the name right after the meeting's word, ending the line. */
const BODY_AFTER_MEETING = new RegExp(`${MEETING_OF}\\s+(\\p{Lu}[\\p{L}&\\-]+(?:\\s+\\p{Lu}[\\p{L}&\\-]+){1,3})\\.?$`, 'u');
/** `Generalforsamling den 9. juni 2031 i Holmby og Omegns valgmenighed`: an organisation the meeting is held in. */
const BODY_MEETING_IN = new RegExp(`${MEETING_OF}\\b[^:;]{0,50}?\\s+i\\s+(\\p{Lu}[\\p{L}&\\-]*(?:\\s+(?:og\\s+)?[\\p{Lu}\\p{Ll}][\\p{L}&\\-]*){0,4}?(?:,\\s*\\p{Lu}\\p{Ll}+\\s+(?:[Ll]okalgruppe|[Ll]okalafdeling|[Aa]fdeling|[Kk]reds))?)(?=,|\\.|\\s+(?:kl\\.|den|d\\.|på)\\s|$)`, 'u');

/** `… den ordinære generalforsamling for Holmby Knights i …`: the body named after `for`, then where or when (its name capitalised, a few words). */
const BODY_MEETING_FOR = new RegExp(`${MEETING_OF}(?:en|et)?\\s+for\\s+(\\p{Lu}[\\p{L}&'’\\-]*(?:\\s+\\p{Lu}[\\p{L}&'’\\-]*){0,3})(?=\\s+(?:i|på|hos|den|d\\.|kl\\.)\\s|\\s*[,.]|$)`, 'u');

/** Words in the genitive before a meeting that name no body: `Bestyrelsens møde`, `Årets generalforsamling`. */
const NO_BODY_GENITIVE = /^(?:Bestyrelsen|Året|Dagen|Aftenen|Foreningen|Klubben|Rådet|Udvalget|Årets|Dagens|Ugen|Måneden|Foråret|Efteråret|Sæsonen)$/u;

/** See BODY_OF_MEETING_EXAMPLES: the genitive before the meeting's word, a name right after it, or `i` an organisation after it. */
/**
 * Whether the `s` before a meeting's word is the name's own, not the genitive's: a name ending in -us (`Jazzselskabet Aarhus
 * generalforsamling`, `Holmby Forsamlingshus generalforsamling`) or a town's (`Venstre Stevns`), which add no `s`.
 */
function ownS(name: string): boolean {
  const last = `${name.split(/\s+/u).at(-1)!}s`;
  return /us$/u.test(last) || isTown(last);
}

/** `… afholdtes støtteforeningen Holmby Grønnes generalforsamling …`: the body whose meeting was held, in the genitive. */
const HELD_GENITIVE = /(?<!\p{L})(?:afholdtes|blev\s+afholdt|afholdt|holdtes|velkommen\s+til)\s+((?:\p{Ll}*(?:foreningen|klubben|lauget|selskabet)\s+)?\p{Lu}[\p{L}'’&\-]*(?:\s+\p{Lu}[\p{L}'’&\-]*){0,4}?)(s|’s?|'s?)\s+(?:(?:ordinære|ekstraordinære|årlige)\s+)?(?:[Gg]eneralforsamling|[Åå]rsmøde|[Bb]estyrelsesmøde|[Mm]edlemsmøde)\b/u;

/**
 * `21. marts afholdt Holmby Studentersamfund (HS) ordinær generalforsamling …`: who held the meeting, after the verb that follows
 * when (a word before it), its letters in brackets passed over, the meeting told by its kind.
 */
const HELD_INVERTED = /(?<=\S\s+)(?:afholdt|holdt)\s+(\p{Lu}[\p{L}'’&\-]*(?:\s+\p{Lu}[\p{L}'’&\-]*){0,4}?)(?:\s+\([^()]{1,20}\))?\s+(?:(?:sin|sit|deres)\s+)?(?:ordinær|ekstraordinær|ordinære|ekstraordinære|årlige)\s+(?:[Gg]eneralforsamling|[Åå]rsmøde|[Rr]epræsentantskabsmøde)(?!\p{L})/u;

/** `… kunne vi i Holmby Svømmeklub omsider afholde generalforsamlingen`: the members speaking of their own organisation. */
const WE_IN_BODY = /(?<!\p{L})[Vv]i\s+i\s+(\p{Lu}[\p{L}'’&\-]*(?:\s+\p{Lu}[\p{L}'’&\-]*){0,4})(?=[\s,.])/u;

export function bodyOfMeeting(t: string): string | null {
  const held = HELD_GENITIVE.exec(t);
  if (held && !NO_BODY_GENITIVE.test(held[1]!)) return held[2] === 's' && ownS(held[1]!) ? `${held[1]!}s` : held[1]!;
  const inverted = HELD_INVERTED.exec(t);
  if (inverted && !NO_BODY_GENITIVE.test(inverted[1]!) && !isTown(inverted[1]!)) return inverted[1]!;
  const we = /generalforsamling|\p{Ll}møde|årsmøde/iu.test(t) ? WE_IN_BODY.exec(t) : null;
  if (we && ORGANISATION_WORD.test(we[1]!)) return we[1]!;
  // (Not in a sentence further in: `… valgt på Holmbylistens generalforsamling` tells of another meeting.)
  const genitive = BODY_GENITIVE.exec(t);
  if (genitive && !NO_BODY_GENITIVE.test(genitive[1]!)) return genitive[2] === 's' && ownS(genitive[1]!) ? `${genitive[1]!}s` : genitive[1]!;
  const after = BODY_AFTER_MEETING.exec(t);
  if (after && !findDate(after[1]!)) return after[1]!;
  // (`… generalforsamling for Holmby Knights i Holmby Industriforening, Stengade 5`: the body after `for`, before where it was held.)
  const forBody = BODY_MEETING_FOR.exec(t);
  if (forBody && !findDate(forBody[1]!) && !MONTH_ALONE.test(forBody[1]!) && !isTown(forBody[1]!)) return forBody[1]!;
  const inBody = BODY_MEETING_IN.exec(t);
  if (inBody && (ORGANISATION_WORD.test(inBody[1]!) || /menighed\b/iu.test(inBody[1]!))) return inBody[1]!;
  return null;
}

/**
 * A meeting's title read as its parts: the document's kind, the meeting, when, and the body that held it
 * (`Referat af ordinær generalforsamling 2031 i Holmby Roklub`, `Generalforsamling – Holmby Atletik & Motion`).
 * `[text, body]`; tests/vocabulary.test.ts runs them.
 */
export const BODY_IN_MEETING_TITLE_EXAMPLES: [string, string | null][] = [
  ['Dagsorden og referat til bestyrelsesmøde i HFK Rideklub.', 'HFK Rideklub'],
  ['H2031 Repræsentantskabsmøde i dag i Holmby', 'H2031'],
  ['Referat 11-10-2031 - Social og sundhed', 'Social og sundhed'],
  ['Dagsorden 4. maj 2031 - Teknisk Udvalg', 'Teknisk Udvalg'],
  ['Referat (pdf-fil) - Holmby Lokalråd', 'Holmby Lokalråd'],
  ['Referat 4. maj 2031 - Generalforsamling', null],
  ['Temamøde: Skolernes elevtalsprognose kl. 12.30-13.30. Bo Dal deltager.', null],
  ['Temamøde i Holmby Roklub', 'Holmby Roklub'],
  ['Hermed referatet fra Generalforsamlingen i HK 31 Holmby onsdag d. 28. februar 2031', 'HK 31 Holmby'],
  ['Referat fra den stiftende generalforsamling i “Dansk Holmbyhistorisk Forening” torsdag den 15. august 2031:', 'Dansk Holmbyhistorisk Forening'],
  ['Generalforsamling i Holmby Roklub 2031 Dagsorden', 'Holmby Roklub'],
  ['Referat af ordinær generalforsamling 2031 i Holmby Roklub', 'Holmby Roklub'],
  ['Referat af 12.ordinære generalforsamling med følgende dagsorden.', null],
  ['Referat af bestyrelsesmøde den 3. maj 2031 i Holmby Kajakklub.', 'Holmby Kajakklub'],
  ['Generalforsamling i ”Den Lange Bakke”', 'Den Lange Bakke'],
  ['Referat af generalforsamlingen i ”Holmbylisterne i Danmark” torsdag den 4. marts 2031', 'Holmbylisterne i Danmark'],
  ['Referat af bestyrelsesmøde i foreningen Holmby Koret, mandag d. 2. marts 2031 kl. 17.00', 'foreningen Holmby Koret'],
  ['Generalforsamling i haveforeningen Solsikken, søndag d. 1.8.2031. kl. 13.00', 'haveforeningen Solsikken'],
  ['Ordinær Generalforsamling – Holmby Atletik & Motion Mandag d. 28. februar 2031 kl. 18.30', 'Holmby Atletik & Motion'],
  ['Ordinær generalforsamling den 30. september 2031 HOLMBY BÅDEHAVN A.m.b.A.', 'HOLMBY BÅDEHAVN A.m.b.A.'],
  ['Referat repræsentantskabsmøde Holmlaw, lørdag den 24. februar 2031 kl. 13.00', 'Holmlaw'],
  ['Referat – Bestyrelsesmøde Holmby Skakklub – tirsdag den 8. JAN 2031.', 'Holmby Skakklub'],
  ['Generalforsamling i HU72 2031', 'HU72'],
  ['Referat af Generalforsamling i den Konservative Vælgerforening Holmby, afholdt på Hotel Sø', 'Konservative Vælgerforening Holmby'],
  ['Møde i Nationalparkbestyrelsen 17. april 2031', 'Nationalparkbestyrelsen'],
  ['Referat af generalforsamling SF-Holmby', 'SF-Holmby'],
  ['Ekstraordinær generalforsamling 2031 - FOA Holmby', 'FOA Holmby'],
  ['Referat af generalforsamlingen i kreds Midtholm, den 6. marts 2031', 'kreds Midtholm'],
  ['Holmby Lystfiskerforenings bestyrelsesmøde november 2031', 'Holmby Lystfiskerforening'],
  ['Lokalrådets første bestyrelsesmøde blev afholdt d. 21. februar 2031 kl. 19.00', 'Lokalrådet'],
  ['Holmby Skakforbunds delegeretmøde 2031', 'Holmby Skakforbund'],
  ['Generalforsamling i Holmby Fodbold Forum', 'Holmby Fodbold Forum'],
  ['Referat af møde i Det midlertidige udvalg om evaluering af den politiske struktur, tirsdag d. 23. juni 2031', 'Det midlertidige udvalg om evaluering af den politiske struktur'],
  ['Generalforsamling for Holmforeningens lokalforening for København, Frederiksberg og omegnen.', 'Holmforeningens lokalforening for København, Frederiksberg og omegnen'],
  ['Referat ekstraordinær Generalforsamling den 7. marts 2031 i Holmby afdelingens lokaler Torvegade Holmby', null],
  ['Referat af bestyrelsesmøde i Holmsangerne', 'Holmsangerne'],
  ['Dagsorden til bestyrelsesmøde i administrationsfællesskabet Holmen tirsdag den 14/6-2031 kl. 1630', 'administrationsfællesskabet Holmen'],
  ['HDAs Generalforsamling 19.januar 2031 kl. 13:00', 'HDA'],
  ['Generalforsamling i Holmbyforeningen, Køge Lokalgruppe,', 'Holmbyforeningen, Køge Lokalgruppe'],
  ['afdelingsmøde i HAB 112', 'HAB 112'],
  ['Referat fra generalforsamling den 21. juli 2031 i Vejlauget Holmvej af 2011', 'Vejlauget Holmvej af 2011'],
  ['Referat af generalforsamling i tennis afdelingen i HIF den 1.11.2031', 'tennis afdelingen i HIF'],
  ['Indkaldelse til ekstraordinær generalforsamling i Holmby Kajakklub torsdag den 6. april 2031 kl. 19.00', 'Holmby Kajakklub'],
  ['Online formandsmøde i DGI Holmby Skydning', 'DGI Holmby Skydning'],
  ['Referat af åbent bestyrelsesmøde i Holmpartiet Viborg, mandag d. 5.11.2031', 'Holmpartiet Viborg'],
  ['Lukket bestyrelsesmøde i Medborgerhuset Viborg', null],
  ['Holmby Ældrebridge Referat fra generalforsamling den 29. april 2031 på Tapeten lille sal', 'Holmby Ældrebridge'],
  ['Reportage: HLFS-generalforsamling 2031', 'HLFS'],
  ['Beretning og referat-HFB generalforsamling 24/3 2031', 'HFB'],
  ['REFERAT FRA GENERALFORSAMLING 2031', null],
  ['Fremmøde: Michael og Peter.', null],
  ['Referat ved Holm Danias Generalforsamling Onsdag den 25. februar 2031 på Hotel Strand', 'Holm Dania'],
  ['Referat af ordinær generelforsamling i Holmby Malerlaug (HML)', 'Holmby Malerlaug'],
  ['REFERAT FRA GENERALFORSAMLING d. 19. MARTS 2031 FOR HOLMBY BEBOERFORENING.', 'HOLMBY BEBOERFORENING'],
  ['Referat af ordinær generalforsamling i Holmby -Vestskov Digelag', 'Holmby -Vestskov Digelag'],
  ['Ordinær generalforamling i Støtteforeningen for Holmby Kirkes Voksenkor', 'Støtteforeningen for Holmby Kirkes Voksenkor'],
  ['REFERAT FRA BESTYRELSESMØDE DEN 1. JUNI 2031 KL. 18.00', null],
  ['GENERALFORSAMLING - Referat af ordinær generalforsamling 2031', null],
  // A place, a kind of meeting, a time: no body.
  ['Bestyrelsesmøde i Holmby', null],
  ['Generalforsamling i Holmby Forsamlingshus', null],
  ['Bestyrelsesmøde den 4. maj 2031 kl. 19.00', null],
  ['Referat af bestyrelsesmøde – torsdag den 4. maj 2031', null],
  ['Holmby Skoles bestyrelsesmøde', 'Holmby Skoles bestyrelse'],
  ['Referat Ungdomsskolens bestyrelsesmøde', 'Ungdomsskolens bestyrelse'],
  ['Åbent referat for Kultur- og fritidsudvalgs møde den 4. maj 2031 kl. 16:00', 'Kultur- og fritidsudvalg'],
  ['Social og sundheds møde den 17. april 2031', 'Social og sundhed'],
  ['Kommunalbestyrelsen holder møde tirsdag den 15. september 2031 kl. 17.00', 'Kommunalbestyrelsen'],
  ['Generalforsamling 2031', null],
  ['Formanden holder møde med kommunen', null],
  ['Regionsbestyrelsen i Region Holmby havde møde den 3. december i Aarhus.', 'Regionsbestyrelsen i Region Holmby'],
  ['Holmby Seniorråd afholdt møde mandag', 'Holmby Seniorråd'],
  ['Formanden havde møde med kommunen', null],
  ['Fredag den 8. november mødes det Holmby Elevråd til skoleårets første møde.', 'Holmby Elevråd'],
  ['Holmby Seniorråd mødes i aften på rådhuset.', 'Holmby Seniorråd'],
  ['Vi mødes i Holmby Hallen.', null],
  ['Referat af bestyrelsesmøde mandag d. 10. oktober 2031 i HIK’s lokaler.', null],
  ['Generalforsamling 01-11-2031 PDF Udskriv Email', null],
  ['Bestyrelsesmøde 11. maj 2031 Klokken 17.15', null],
  ['Menighedsrådsmøde d. 7. august 2031 Til stede: Bo Dal (formand), Eva Holm', null],
  ['Næste bestyrelsesmøde i Holmby Roklub', null],
  ["Referat om HKU's generalforsamling den 19/3-2031 i Holmby Hallen", 'HKU'],
  ['Referat fra møde i det Stående Udvalg Tirsdag den 23. oktober 2031', 'Stående Udvalg'],
  ['2031-11-23 Generalforsamling i Holmsk Sektion', 'Holmsk Sektion'],
  ['01102031 | Referat | Bestyrelsesmøde i Holmlavet', 'Holmlavet'],
  ['Grf. Holmevang | Referat af ekstraordinær generalforsamling 7. juni 2031;', 'Grf. Holmevang'],
  ['Børn, fritid og idræts møde den 2. april 2031', 'Børn, fritid og idræt'],
  ['Der indkaldes til generalforsamling i Holmby Venstre Nord til afholdelse 27. marts 2031 kl. 19.00', 'Holmby Venstre Nord'],
  ['Referat fra grundejerforeningens generalforsamling den 29. september 2031', null],
  ['Generalforsamling, mandag den 27. november 2031 i Det Røde Klubhus', null],
];

/** A weekday with a capital (`Mandag`, …), as the words of WEEKDAY. */
const WEEKDAY_CAPITAL = WEEKDAY.replace(/(^|\|)(\p{Ll})/gu, (_m, bar: string, c: string) => bar + c.toUpperCase());

/** What opens a meeting's title before the meeting: the document's kind, perhaps with `af`/`fra` or a dash. */
const TITLE_KIND_LEAD = /^(?:(?:[Hh]ermed\s+(?:følger\s+)?)?(?:(?:Åbent|Lukket|Endeligt|ENDELIGT)\s+)?(?:[Rr]eferatet|[Rr]eferat|REFERAT|[Bb]eslutningsreferat|[Dd]agsorden|DAGSORDEN|[Pp]rotokol|[Uu]ddrag|[Ii]ndkaldelse|[Ii]nvitation)(?:\s+(?:og|&|OG)\s+(?:[Rr]eferat|REFERAT|[Dd]agsorden|DAGSORDEN))?(?:\s+(?:af|fra|for|til|ved|om|AF|FRA|FOR|TIL|VED|OM))?\s*[-–:,]?\s*|(?:Der\s+)?[Ii]ndkaldes\s+(?:hermed\s+)?til\s+)/u;
/** The meeting, perhaps ordinary or extraordinary (`ordinær generalforsamling`, `Bestyrelsesmøde`, `repræsentantskabsmøde`). */
const TITLE_MEETING = /^(?:(?:den|det)\s+(?=\p{Ll}))?(?:(?:ordinære?|ekstraordinære?|konstituerende|stiftende|årlige?|virtuel|online|digitalt?|åben|åbent|lukket)\s+)*(?:\p{L}*møde(?:t)?|gener[ae]lfors?amling(?:en)?)(?!\p{L})/iu;
/** When, right after the meeting: a weekday, `den`, a date or a year, `nr. 4`. */
const TITLE_WHEN_LEAD = new RegExp(`^\\s*(?:[,–-]\\s*)?(?:(?:${WEEKDAY})\\s+)?(?:(?:den|d\\.)\\s*)?`, 'iu');
/** Where a body's name ends: a comma, a dash, a weekday, `den`, `kl.`, `afholdt`, a date, a year, markup. */
const NAME_END = new RegExp(`\\s*(?:,(?!\\s*\\p{Lu}\\p{Ll}+\\s+(?:[Ll]okalgruppe|[Ll]okalafdeling|[Aa]fdeling|[Kk]reds)\\b)(?!\\s*\\p{Lu}\\p{Ll}+(?:,\\s*\\p{Lu}\\p{Ll}+)*\\s+og\\s+\\p{L})|\\s[-–]\\s|(?<!\\p{Lu})\\.\\s*$|<|:)|\\s+(?:${WEEKDAY}|${WEEKDAY_CAPITAL}|MANDAG|TIRSDAG|ONSDAG|TORSDAG|FREDAG|LØRDAG|SØNDAG|(?:[Dd]en|[Dd]\\.)(?=\\s*\\d)|kl\\.?|[Kk]lokken|KL\\.|afholdt|afholdes|på|hos|blev|var|har|til\\s+afholdelse)(?!\\p{L})|(?<!\\saf)\\s+\\d(?!\\d{0,2}(?:\\s*$|,|\\s+\\p{Lu}\\p{Ll}+(?:\\s|$)))`, 'u');
/** A body's kind in small letters before its name (`foreningen Holmby Koret`, `kreds Midtholm`). */
const KIND_BEFORE_NAME = /^(?:(?:\p{Ll}+\s+)?\p{Ll}*(?:foreningen|klubben|lauget|selskabet|gruppen|kredsen|afdelingen|fællesskabet|samvirket|netværket|forbundet)(?:\s+i)?|kreds|afdeling)\s+(?=\p{Lu})/u;
/** A name that ends in a building or room is the meeting's place (`Holmby Forsamlingshus`). */
/** A building's name in two or three capitalised words, the last a place's (`Holmby Bibliotek`, `Holm Kro`, `Hotel Fjorden`). */
function buildingName(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}[\p{L}-]+$/u.test(w))) return false;
  return PLACE_NAME_END.test(words.at(-1)!) || /^(?:Hotel|Restaurant|Café|Cafe)$/u.test(words[0]!);
}
const PLACE_NAME_END = /(?:hus|huset|hallen|hal|salen|sal|kroen|kro|hotel|hotellet|skole|skolen|kirke|kirken|centret|centeret|gården|gård|stuen|stue|lokalet|lokale|lokaler|lokalerne|biblioteket|bibliotek|kontoret)$/iu;
/** A web page's controls printed after its title (`PDF Udskriv Email`). */
const PAGE_CONTROL = /\b(?:PDF|Udskriv|Print|E-?mail|Del|Læs op)\b/u;
/** A name's signs of an organisation: its kind (`Roklub`, `Fællesråd`, `Nationalparkbestyrelsen`), capitals (`HU72`, `FOA`), or several capitalised words. */
const BODYLIKE = /(?:forening|klub|laug|selskab|vandværk|koret?|råd|udvalg|fond|bestyrelse|forbund|union|kreds|afdeling|sektion|samvirke|parti|liste|gruppe|gilde|forum|netværk|loge|orkester|(?<=\p{Ll})lav|(?:[Dd]ige|[Vv]ej|[Pp]umpe|[Ss]luse|[Kk]anal|[Gg]røfte|[Bb]ro)lag)(?:en|et|s|ben|n)?(?!\p{Ll})|(?<!\p{L})(?:Udvalg|Bestyrelse|Forbund|Kreds|Afdeling|Sektion|Gruppe|Laug)(?:et|en|s|n)?(?!\p{Ll})|\p{Lu}{2,}|\p{Ll}erne$/u;

/** `Holmby Lystfiskerforenings bestyrelsesmøde`, `Holmby Skakforbunds delegeretmøde`: a name in the genitive opening the title (a board's meeting only an organisation's). */
const TITLE_GENITIVE = /^(\p{Lu}[\p{L}&\-]*(?:\s+(?:\p{Lu}[\p{L}&\-]*|og\s+\p{L}[\p{L}&\-]*)|,\s+\p{Ll}[\p{L}&\-]*){0,4}?)(s|’s?|'s?|´s?)\s+(?:(?:ordinære|ekstraordinære|årlige|første|\d{1,2}\.)\s+)?(\p{Ll}*møde|[Gg]eneralforsamling)(?!\p{L})/u;
/** A date or file number before a title, in figures (`2031-11-23 Generalforsamling …`, `01102031 …`). */
const FIGURES_BEFORE_TITLE = /^(?:\d{4}-\d{2}-\d{2}|\d{6,8})\s+(?=\p{L})/u;
/** `Holmby Byråd holder møde tirsdag den …`, `… havde møde den 3. december`, `Holmklubben havde torsdag aften generalforsamling`: the body, then the meeting it holds or held (when, in words, between). */
const HOLDS_MEETING = /^(\p{Lu}[\p{L}&\-]*(?:\s+(?:\p{Lu}[\p{L}&\-]*|og|for|i)){0,5}?)\s+(?:(?:af)?hold(?:er|t)|havde)\s+(?:(?:i\s+)?(?:\p{Ll}+dag|\p{Ll}+dags|går|aftes|aften|eftermiddag|formiddag)\s+)*(?:(?:sit|sin|ordinært|ekstraordinært|ordinær|ekstraordinær)\s+)*(?:\p{Ll}*møde|generalforsamling)\b/u;

/** `Fredag den 8. november mødes Det Holmby Elevråd til …`, `Holmby Seniorråd mødes …`: who meets. */
const MEETS = /(?:^|\s)mødes\s+(?:(?:det|den)\s+)?(\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,4})|^(\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,4})\s+mødes\b/u;

function bodyOfMeetingGenitive(t: string): string | null {
  const held = HOLDS_MEETING.exec(t);
  if (held && namesABody(held[1]!) && BODYLIKE.test(held[1]!)) return held[1]!;
  const meets = MEETS.exec(t);
  const who = meets ? (meets[1] ?? meets[2])! : null;
  if (who !== null && namesABody(who) && BODYLIKE.test(who)) return who;
  const m = TITLE_GENITIVE.exec(t.replace(TITLE_KIND_LEAD, ''));
  if (!m || NO_BODY_GENITIVE.test(m[1]!)) return null;
  // `Holmby Skoles bestyrelsesmøde`: the school's board met.
  if (/bestyrelsesmøde/u.test(m[3]!) && !ORGANISATION_WORD.test(m[1]!)) return `${m[1]}${m[2]} bestyrelse`;
  return m[2] === 's' && ownS(m[1]!) ? `${m[1]!}s` : m[1]!;
}

/** See BODY_IN_MEETING_TITLE_EXAMPLES: the body a meeting's title names after the meeting (or in the genitive before it). */
/** The document's word, a date or a note, a dash and a name: `Referat 11-10-2031 - Social og sundhed`. */
const DOC_DATE_DASH_BODY = /^(?:Referat|Dagsorden|Beslutningsprotokol|Protokol)\b(.{0,24}?)\s[-–]\s(\p{Lu}[^|]{2,80})$/u;

export function bodyInMeetingTitle(line: string): string | null {
  // (`Grundejerforeningen ”Vestergård”`: the name in quotes after its kind is read without them.)
  // (A web page's title in parts, `Holmby Roklub | Referat | Generalforsamling …`, is read as one line; a date in figures before it goes.)
  const t = line.replace(/<[^>]*>/gu, ' ').replace(/\s+\|\s+/gu, ' ').replace(/\s+/gu, ' ').replace(/(?<=\p{Lu}\p{Ll}+(?:foreningen|klubben|lauget|selskabet) )[”“„"«]([^”“„"«»]{2,40})[”“"»]/u, '$1').trim().replace(FIGURES_BEFORE_TITLE, '');
  const genitive = bodyOfMeetingGenitive(t);
  if (genitive !== null) return genitive;
  // `Referat 11-10-2031 - Social og sundhed`, `Dagsorden (pdf-fil) - Holmby Lokalråd`: a case system's title, the document's word,
  // its date or a note, a dash, then the body (no meeting's word, no assembly).
  const docDash = DOC_DATE_DASH_BODY.exec(t);
  if (docDash && (docDash[1]!.trim() === '' || findDate(docDash[1]!) !== null || /^\s*\([^()]{1,20}\)\s*$/u.test(docDash[1]!))) {
    const name = docDash[2]!.trim().replace(/\.$/u, '');
    if (!MEETING_TITLE_WORD.test(name) && !ASSEMBLY.test(name) && !findDate(name) && name.split(/\s+/u).length <= 8) return name;
  }
  // `Holmby Bridge Referat fra generalforsamling den …`: the name on the line before the document's word.
  const before = NAME_BEFORE_KIND.exec(t);
  if (before && (BODYLIKE.test(before[1]!) || before[1]!.split(/\s+/u).length >= 2) && namesABody(before[1]!) && !findDate(before[1]!)) return before[1]!;
  // `LFSO-generalforsamling 2031`, `Beretning og referat-HFB generalforsamling`: a body's letters joined to its meeting's word.
  const letters = LETTERS_MEETING.exec(t);
  if (letters && !/^(?:FRA|AF|DEN|DET|REF|NY|GF|OG|TIL|FOR|MED|HOS|NYT|REFERAT)$/u.test(letters[1]!)) return letters[1]!;
  let rest = t.replace(TITLE_KIND_LEAD, '');
  // (`Fremmøde: Bo og Eva`: a label of those present, not a meeting.)
  if (/^[^:]{3,40}:/u.test(rest) && groupLabel(rest.slice(0, rest.indexOf(':'))) !== null) return null;
  const meeting = TITLE_MEETING.exec(rest);
  if (!meeting) return null;
  // (A theme's meeting names its theme after a colon or a dash, no body: `Temamøde: Børne- og elevtalsprognose kl. 12.30`.)
  const theme = /tema/iu.test(meeting[0]);
  rest = rest.slice(meeting[0].length);
  // When: `den 3. maj 2031`, `2031`, `nr. 4`.
  const lead = TITLE_WHEN_LEAD.exec(rest)![0];
  const date = findDate(rest.slice(lead.length));
  const dayFirst = (date !== null && date.index === 0) || lead.trim() !== '';
  if (date && date.index === 0) rest = rest.slice(lead.length + date.length);
  rest = rest.replace(/^\s*(?:(?:19|20)\d\d|nr\.?\s*\d+)(?!\d)\.?/iu, '');
  const connector = /^\s*(?:(i|for)\s+|[-–:]\s+|,\s+|\s+)/iu.exec(rest);
  if (!connector || (theme && /[-–:]/u.test(connector[0]))) return null;
  rest = rest.slice(connector[0].length).replace(/^(?:den|det)\s+(?=\p{Lu})/u, '');
  const quoted = /^[”“„"«]([^”“„"«»]{2,60})[”“"»]/u.exec(rest);
  let name: string;
  if (quoted) name = quoted[1]!.trim();
  else {
    const kind = KIND_BEFORE_NAME.exec(rest)?.[0] ?? '';
    if (!/^\p{Lu}/u.test(rest.slice(kind.length))) return null;
    const end = NAME_END.exec(rest.slice(kind.length));
    // `Bestyrelsesmøde 4. maj 2031 Til stede: …`: a label, not a name.
    if (end && end[0].trim() === ':') return null;
    name = (kind + rest.slice(kind.length, end ? kind.length + end.index : undefined))
      .trim()
      .replace(/(?<!\saf)\s+(?:i\s+)?(?:19[5-9]\d|20\d\d)$/u, '')
      .replace(/[,:;]$/u, '')
      // (`HOLMBY BEBOERFORENING.`: the title's full stop after a name in capitals.)
      .replace(/(?<=\p{Lu}{3})\.$/u, '')
      .replace(/\s+(?:af|i|og|for|til)$/u, '')
      // `Holmby Malerlaug (HML)`: the name's letters in brackets after it.
      .replace(/(?<=\S)\s*\(\p{Lu}[\p{Lu}\d&.\-]{1,9}\)$/u, '');
    const words = name.split(/\s+/u);
    if (words.length > (BODYLIKE.test(name) ? 10 : 7) || !namesABody(name) || findDate(name) || PAGE_CONTROL.test(name)) return null;
    // `Generalforsamling, Bisserup d. 19/8`: one word after a comma is where the meeting was, not who held it (but `Bestyrelsesmøde, KTC`).
    if (connector[0].includes(',') && words.length === 1 && !/^\p{Lu}{2,}$/u.test(name) && !ORGANISATION_WORD.test(name) && !BODYLIKE.test(name)) return null;
    // `… i Holmby afdelingens lokaler Torvegade`: premises named inside it, a place.
    if (/\s(?:lokaler|lokalerne|lokale|lokalet|huset|hallen|salen|klubhus|klubhuset)(?:\s|$)/u.test(name)) return null;
    // `… i Holmby Forsamlingshus`, `… i klubbens lokaler`: where it was held; `Klokken 17.15`: when.
    if (PLACE_NAME_END.test(name) && (/^\p{Ll}/u.test(words.at(-1)!) || !BODYLIKE.test(name.replace(PLACE_NAME_END, '')))) return null;
    if (/^(?:Klokken|Kl\.?|Tidspunkt|Tid|Sted|Dato)$/iu.test(words[0]!)) return null;
    // `GENERALFORSAMLING - Referat af ordinær generalforsamling 2031`: the title again, no name.
    if (/^(?:referat|dagsorden|beslutningsreferat|protokol|indkaldelse)(?!\p{L})/iu.test(name)) return null;
    // `GENERALFORSAMLING AFHOLDT 6. APRIL 2031`: when it was held, in capitals, names no one.
    if (/^(?:afholdt|afholdes|afholdtes|holdt|holdes)$/iu.test(words[0]!)) return null;
    // `… i Holmby`: a town alone is where the meeting was; a name with a kind, capitals or several words is whose.
    // (Right after the meeting, or after a dash, a name is whose it was: `repræsentantskabsmøde Holmlaw`.)
    const inIt = connector[1] !== undefined;
    // (After a general assembly's word two will do where the last is a town: `ordinær generalforsamling i Aktivitetshuset Holmby`;
    // after any meeting's where the name is no place: `åbent bestyrelsesmøde i Holmpartiet Viborg`.)
    // (Not after the meeting's day, `generalforsamlingen torsdag den 15. marts 2031 i Kulturhuset i Holmby`: where it was held.)
    const assemblyOfTown = (/generalforsamling|årsmøde/iu.test(meeting[0]) || !PLACE_IN_PASSING.test(name)) && !dayFirst && words.length >= 2 && !words.includes('i') && isTown(words[words.length - 1]!);
    if (inIt && !kind && !BODYLIKE.test(name) && !assemblyOfTown && words.filter((w) => /^\p{Lu}/u.test(w)).length < 3) return null;
  }
  return name;
}

/** `…, da Holmby Petanque Klub afviklede sin generalforsamling …`: a name, then the verb and its own meeting, anywhere in the sentence. */
const HELD_OWN = /(?<![\p{L}])(\p{Lu}[\p{L}&'’\-]*(?:\s+\p{Lu}[\p{L}&'’\-]*){1,4})\s+(?:afholdt|afholdte|holdt|afviklede|har\s+afviklet|har\s+afholdt)\s+(?:sin|sit|deres)\s+(?:\p{Ll}+\s+){0,2}?(?:generalforsamling|årsmøde|repræsentantskabsmøde)/u;

/** A name (capitalised words) opening the line, then `Referat fra`/`af` a meeting (`Holmby Bridge Referat fra generalforsamling`). */
const NAME_BEFORE_KIND = /^(\p{Lu}[\p{L}&'’\-.]*(?:\s+\p{Lu}[\p{L}&'’\-]*){0,3})\s+(?:Referat|REFERAT|Dagsorden|DAGSORDEN)\s+(?:fra|af|for|til)\s+(?:\p{Ll}+\s+)?(?:\p{Ll}*møde|generalforsamling)/u;
/** Capitals joined to a meeting's word by a dash, or before it with a space: `LFSO-generalforsamling`, `HFB generalforsamling`. */
const LETTERS_MEETING = /(?<![\p{L}\d])(\p{Lu}{2,5}|\p{Lu}\d{2,4})(?:-|\s+)(?:generalforsamling|Generalforsamling|årsmøde|Årsmøde|[Rr]epræsentantskabsmøde)(?:en|et)?(?![\p{L}])/u;

/** `… afholdt Holmby Roklub sin årlige generalforsamling`: who held the meeting, before its own pronoun. */
const HELD_BY = /\b(?:afholdt|holdt)\s+(\p{Lu}[\p{L}&'’\- ]{2,60}?)\s+(?:sin|sit|deres|dets|dens|den|det)\s+(?:[\p{L}\d.]+\s+){0,2}?(?:generalforsamling|årsmøde|repræsentantskabsmøde|bestyrelsesmøde)/u;

/** `Holmby Historiske Selskab havde den glæde at afholde den årlige generalforsamling …`, `Holmby Vandværk har holdt ordinær Generalforsamling …`: who held it, opening the sentence. */
const HELD_BY_FIRST = /^(\p{Lu}[\p{L}&'’\-.]*(?:\s+(?:\p{Lu}[\p{L}&'’\-.]*|\p{Ll}*(?:selskab|forening|klub|laug|råd|udvalg)\p{Ll}*)){0,5})\s+(?:har\s+)?(?:afholdt|holdt|havde\s+den\s+glæde\s+at\s+afholde)\s+(?:(?:sin|sit|deres|dets|dens|den|det)\s+)?(?:\p{L}+\s+)?(?:[Gg]eneralforsamling|årsmøde|repræsentantskabsmøde|bestyrelsesmøde)/u;

/**
 * The subject of a sentence that says it held a general assembly or an annual meeting, a name of two words or more
 * (`Aktive Kvinder i Holmby har afholdt generalforsamling …`, `Holmby Jagtforening Kreds 7 afholdt søndag den 1. marts det
 * årlige kredsmøde`): whose meeting it was, an organisation's kind in its name or not.
 */
const HELD_BY_SUBJECT = /^(\p{Lu}[\p{L}&'’\-./]*(?:\s+(?:\p{Lu}[\p{L}&'’\-./]*|\d{1,4}(?!\.)|(?:i|og|for|af)(?=\s+\p{Lu}))){1,6})\s+(?:har\s+)?(?:afholdte?|holdt)\s+(?:\S+\s+){0,7}?(?:[Gg]eneralforsamling|GENERALFORSAMLING|[Åå]rsmøde|[Ll]andsmøde|[Kk]redsmøde|[Rr]epræsentantskabsmøde)(?!\p{L})/u;

/**
 * A name with no organisation's kind in it, after `afholdtes generalforsamling i`: whose meeting it was only where it goes on
 * to where it was held (`Holmby Patchwork i Aktivitetscentret`: the name before the place); a place, a town, a person is not.
 */
function heldInName(found: string): string | null {
  const at = /\s+i\s+(?=\S+(?:\s+\S+){0,3}$)/u.exec(found);
  const tail = at ? found.slice(at.index + at[0].length) : '';
  const placeAfter = at !== null && PLACE_IN_PASSING.test(tail);
  // (`Danske Holmentusiaster i Holmby`: a town after the name is part of it, the local branch's.)
  const townAfter = at !== null && !placeAfter && isTown(tail);
  const name = placeAfter ? found.slice(0, at.index) : found;
  if (!placeAfter && !townAfter) return null;
  // (Only a name of people, its last word a plural (`… Venner`, `… Entusiaster`): a house's name in the definite (`Kultur Perronen`) is where.)
  if (townAfter && (found.slice(0, at.index).split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).length < 2 || !/(?:er|erne)$/u.test(found.slice(0, at.index)))) return null;
  const capitals = name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).length;
  if (capitals < 2 || PLACE_IN_PASSING.test(name) || isTown(name) || isGivenName(name.split(/\s+/u)[0]!)) return null;
  return name;
}

/** A weekday alone, in small letters or with a capital. */
const WEEKDAY_WORD = new RegExp(`^(?:${WEEKDAY}|${WEEKDAY_CAPITAL})$`, 'u');
/**
 * A sentence that tells whose meeting was held or called, the name in capitals up to where, when or the sentence's end
 * (`… afholdtes ordinær generalforsamling i Holmby Sejlklub`, `… kl. 16 er der møde i Byrådet for Holmby Kommune.`).
 */
const HELD_IN_BODY = new RegExp(`\\b(?:afholdtes|blev\\s+(?:der\\s+)?afholdt|afholdes|holdes|(?:er|var)\\s+der|indkaldt\\s+til|indkaldes\\s+(?:hermed\\s+)?til)\\s+(?:(?:ordinær|ekstraordinær|årlig|stiftende|konstituerende|lokal)\\p{Ll}*\\s+)?(?:[Gg]eneralforsamling(?:en)?|\\p{Ll}*møde(?:t)?)\\s+(?:i|for)\\s+((?:\\p{Ll}*(?:foreningen|klubben|lauget|selskabet|afdelingen)\\s+)?\\p{Lu}[\\p{L}'’\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|for|af|og|i|\\p{Ll}+(?:råd|bestyrelse|udvalg|forening|klub|laug))){0,6}?)(?=\\s*[,.;]?\\s*$|\\s*[,;]|\\.\\s+\\p{Lu}|\\s+(?:på|den|d\\.|kl\\.|hos|med|(?:${WEEKDAY}|${WEEKDAY_CAPITAL})\\b))`, 'u');

/** `Afbud fra` and names to the full stop after a name's last word, with more text on either side. */
const APOLOGY_INSIDE = /\s((?:Afbud|Fravær)\s+fra\s(?:(?!\s(?:Afbud|Fravær)\s)(?:[^.]|(?<=\s\p{Lu})\.))+?(?<=\s\p{Lu}[\p{Ll}'’\-]{2,})\.)\s+\p{Lu}/u;

/** What became of minutes, right after their day (`… den 4.8.2031 godkendt.`, `… blev taget til efterretning`). */
const MINUTES_DEALT_WITH = /^[\s.,]*(?:blev\s+|er\s+)?(?:godkendt|taget\s+til\s+efterretning|underskrevet|gennemgået|vedtaget)\b/iu;

/** `sidste møde den`, `næste bestyrelsesmøde d.`: what comes after names another meeting. */
/** The weekdays' names wherever they stand, to be taken out of a line. */
const WEEKDAY_WORDS = new RegExp(`(?<!\\p{L})(?:${WEEKDAY})(?!\\p{L})`, 'giu');
/** A line about another day than the meeting's: the next meeting, a deadline, a sign-up (`senest`, `inden`, `frist`, `tilmelding`). */
const ANOTHER_DAY = /\b(?:(?:næste|kommende)\s+\p{L}*(?:møde|generalforsamling)|senest|inden|frist|tilmelding)\b/iu;
/** A sentence that tells the meeting was held (`blev der afholdt generalforsamling`, `Mødet fandt sted`, `afholdtes`). */
const HELD_ON = /(?<!\p{L})(?:afholdt|afholdtes|blev\s+(?:der\s+)?(?:af)?holdt|fandt\s+sted|holdt\s+\p{L}*\s*(?:generalforsamling|møde|årsmøde))(?!\p{L})/iu;
/**
 * A line that opens by naming the meeting, the date after it: `Møde i afdelingsbestyrelsen 12. maj 2031`, `Bestyrelsesmøde den
 * 3. marts 2031`, `Referat af høstmøde 27.10.2031`. Not a sentence about another meeting (`… referat fra sidste møde den …` is
 * dropped before it is seen), nor a name's date (`Generalforsamlingen i Kunstforeningen af 3. maj`: the words of a name hold
 * no `af`; under the `i` flag `\p{Lu}` would match any letter).
 */
const MEETING_NAMED_BEFORE = new RegExp(`^[•·*-]?\\s*(?:(?:referat|dagsorden)(?:\\s+(?:af|fra|for))?\\s+)?(?:(?:ordinær|ekstraordinær)\\p{Ll}*\\s+)?\\p{L}*(?:${tolerant('møde')}t?|generalforsamling(?:en)?)(?:\\s+(?:i|for|med)\\s+\\p{L}+(?:\\s+(?!(?:af|fra|til|om|på|ved|den|og)(?!\\p{L}))\\p{L}+){0,3})?(?:\\s+nr\\.?\\s*\\d{1,3}\\.?)?[\\s,:–-]*(?:(?:${WEEKDAY})\\s*,?\\s*)?(?:den|d\\.)?\\s*$`, 'iu');
/**
 * A clock's time to the second (`17:40:19`): a system stamped the line when it was posted; a meeting's hour is
 * never written so (a case system's `16:00:00` is: whole minutes).
 */
const STAMPED_SECONDS = /(?<![\d.:])\d{1,2}:\d{2}:(?!00)\d{2}(?![\d.:]*\d)/u;
/** A line that opens with `i` and a name, nothing after it (`i Holmby Nyttehaveforening af 1983`, `I Holmby og omegns danseforening.`). */
const IN_ORGANISATION_LINE = /^[Ii]\s+(\p{L}[\p{L}\d .'’&-]{2,70}?)\.?$/u;
/** A body's founding told just before a date (`blev stiftet den`, `grundlagt i`, `oprettet d.`): that date is not the meeting's. */
/** What a date right after it is the day of: the notice that called the meeting (`jf. indkaldelse af`, `indkaldelsen dateret`). */
const NOTICE_DATE_BEFORE = /(?<!\p{L})indkaldelse(?:n)?\s+(?:af|fra|dateret|udsendt)\s*(?:den|d\.)?\s*$/iu;
/** A title with a date of its own after a date that opens the line (`15. juni 2031 Referat fra møde … den 31. maj 2031`). */
const TITLE_THEN_DATE = /^\s*[,.]?\s*(?:Referat|Protokol|Dagsorden|Mødereferat)\b/u;
const FOUNDED_BEFORE = /(?<!\p{L})(?:stiftet|stiftedes|grundlagt|grundlagdes|etableret|etableredes|oprettet|oprettedes)(?:\s+(?:i\s+)?(?:år(?:et)?\s+)?)?\s*(?:den|d\.)?\s*$/iu;
const OTHER_MEETING_BEFORE = new RegExp(`(?:(?:^|\\s)(?:sidste|forrige|seneste|næste|kommende)\\s+(?:\\p{L}*møde(?:t)?|generalforsamling(?:en)?)|(?:godkendelse\\s+af|gennemgang\\s+af|opfølgning\\s+på|underskrift\\s+af)\\s+(?:referat|protokol)\\p{L}*\\s+(?:fra|af)(?:\\s+(?:\\p{L}*møde(?:t)?|generalforsamling(?:en)?))?)\\s*(?:(?:${WEEKDAY})\\s+)?(?:(?:den|d\\.)\\s*)?$`, 'iu');

/** A line that opens with the next meeting (`Næste møde er den 9. maj kl. 19.00`, `Næste bestyrelsesmøde: …`). */
const NEXT_MEETING_OPENS = /^\s*(?:næste|kommende)\s+(?:\p{L}*møde(?:t)?|generalforsamling(?:en)?)\b/iu;

/** `Information fra havnebestyrelsen`: news from a named board (not from `bestyrelsen` alone). */
const NEWS_FROM = /^(?:Information|Nyt|Meddelelser?|Orientering)\s+fra\s+(\p{L}{3,}(?:bestyrelsen|udvalget|rådet))$/iu;

/**
 * Whether a body read from the header would give a name once shaped (see
 * shapeBody), or, a kind of meeting, a body in its word (`Brugerrådsmøde`):
 * a read that gives none (`Indkaldelse til generalforsamling i`) leaves the
 * field to the next line.
 */
export function yieldsBody(found: string): boolean {
  const body = namesABody(found) ? found : bodyInMeetingWord(found);
  return body !== null && shapeBody(body) !== null;
}

/**
 * A body named in small letters by its kind (`vandværket`, `frivilliggruppen`, `vækstforum`), perhaps with where or whose it is
 * (`antennelauget i Vester Kirkevej`; after a word in small letters, `støtteforeningen ved hospice Holmby`), or what it is for in
 * small letters too (`stiftsudvalget for kirkemusik`; a committee so named without its article, `stiftsudvalg for …`).
 */
const SMALL_BODY = /^(?!(?:be)?styrelsen\b)(?:\p{Ll}+(?:rådet|udvalget|bestyrelsen|styrelsen|foreningen|værket|klubben|lauget|selskabet|gruppen|kredsen|forum(?:met)?)(?:\s+(?:i|for|på|ved)\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}\-]*(?:\s+[\p{L}\-]+){0,3}|\s+for\s+(?!at\s)\p{Ll}[\p{L}\-]*(?:\s+\p{Ll}[\p{L}\-]*){0,5})?|\p{Ll}{3,}(?:udvalg|råd)\s+for\s+(?!at\s)\p{Ll}[\p{L}\-]*(?:\s+\p{Ll}[\p{L}\-]*){0,5})$/u;

/**
 * `brætspillerlaugets generalforsamling`: a body in small letters by its kind, in the genitive before its meeting (not `klubbens`
 * alone, nor a kind any association of its members is, `grundejerforeningens`, `lokalforeningens`: those name no one).
 */
const SMALL_GENITIVE = /^(?!(?:grundejer|lokal|ejer|andels|andelsbolig|beboer|bolig|vej)(?:foreningen|lauget|klubben)s)(\p{Ll}{2,}(?:rådet|udvalget|foreningen|klubben|lauget|selskabet|gruppen|kredsen))s\s+(?:\p{Ll}+\s+)?(?:\p{Ll}*møde|generalforsamling)(?:en|t)?$/u;

/** The body a title names (`Referat af møde i Kulturudvalget …`), never a kind of meeting or a web page's chrome. */
/** The kinds of free school, whose general assemblies are the schools' own. */
const FREE_SCHOOL = 'Efterskole|Friskole|Privatskole|Lilleskole|Realskole';
/** A free school's name, the kind last (`Holmby Friskole`): a body that meets in its own house. */
const FREE_SCHOOL_END = new RegExp(`\\s(?:${FREE_SCHOOL})$`, 'u');
/** A free school named after `generalforsamling på` or `for`: the school holds the assembly. */
const FREE_SCHOOL_ASSEMBLY = new RegExp(`\\b[Gg]eneralforsamling\\s+(?:på|for)\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}\\s+(?:${FREE_SCHOOL}))(?!\\p{L})`, 'u');

/** A body's name in quotes after the meeting's word and `i` or `for` (see bodyFromTitle). */
const QUOTED_BODY = /^(?:(?:af|fra|til)\s+)?(?:(?:ordinær|ordinære|ekstraordinær|ekstraordinære|årlige)\s+)?\p{L}*(?:møde|generalforsamling|ting)\b[^”"“]{0,60}?\s(?:i|for)\s+(?:[\p{L}&-]+\s+)?[”"“]([^”"“]{2,60})[”"“](?=\s*(?:$|[,.;]|\d|(?:den|d\.)\s+\d))/iu;

/** `… i coronaens tegn`: what marked the meeting (the idiom `i …s tegn`), no one's name. */
const MARKED_BY = /\s+i\s+\S+s\s+tegn(?!\p{L}).*$/iu;

export function bodyFromTitle(rest: string): string | null {
  // (`Referat, FU-møde, d. 5. december 2031`: a comma after the document's kind.)
  // (`Generalforsamling i coronaens tegn`: what marked the meeting, the idiom `i …s tegn`, names no one.)
  rest = rest.replace(/^\s*[,;]\s*/u, '').replace(MARKED_BY, '');
  // `bestyrelsesmøde – Grundejerforeningen Bigården`: the meeting, a dash, and whose it was.
  const dashedName = /^(?:(?:af|fra)\s+)?\p{L}*(?:møde|generalforsamling)\s+[-–]\s+(\p{Lu}[\p{L}'’&\-]*(?:\s+[\p{Lu}\d][\p{L}'’&\-]*|\s+(?:af|for|i|og)){0,5})$/u.exec(rest.trim());
  if (dashedName && ORGANISATION_WORD.test(dashedName[1]!)) return dashedName[1]!;
  // `HB-møde`: a board known by its letters.
  // `fra HB-møde i Odense`: the board, not the town it met in.
  const letters = /^(?:(?:fra|af|til)\s+)?(\p{Lu}{2,5})[-\s]møde(?:t)?\b/u.exec(rest.trim());
  if (letters) return letters[1]!;
  // `Information fra havnebestyrelsen`: news from a named board (not from `bestyrelsen` alone).
  const news = NEWS_FROM.exec(rest.trim());
  if (news) return news[1]!;
  // `ordinær Generalforsamling Højbjerg Badminton Klub 09-06-2020`: an organisation's name right after the meeting's word.
  // `Afdelingsbestyrelsesmøde afdeling 27 – Lillevej`, `afdelingsmøde i afdeling 12`: a housing estate's section.
  const unit = /^\p{L}*(?:møde|generalforsamling)(?:\s+i)?\s+(afdeling\s+\d+\b.*)$/iu.exec(rest.trim());
  if (unit) return unit[1]!.replace(TRAILING_YEAR, '').trim();
  // `bestyrelsesmøde den 27. februar 2014 i Forsyningen A/S`: an organisation named after the meeting's date.
  const dated = /\bden\s+\d{1,2}\.\s*\p{L}+\s+\d{4}\s+i\s+(\p{Lu}[\p{L}\d&'’\-/ ]{2,80}?)\s*$/u.exec(rest.trim());
  if (dated && (ORGANISATION_WORD.test(dated[1]!) || /(?:^|\s)(?:A\/S|ApS|I\/S|a\.m\.b\.a\.)(?:\s|$)/u.test(dated[1]!))) return dated[1]!;
  const after = MEETING_THEN_NAME.exec(rest.trim());
  if (after && ORGANISATION_WORD.test(after[1]!)) return after[1]!.trim().replace(TRAILING_YEAR, '');
  // `generalforsamling … i ”Holmby Jazzens Venner”`, `Laugsting for ”Bryggerne i 5.”, torsdag …`: a name in quotes after `i` or
  // `for` (a word of its kind before it or not), nothing after it but a date, a comma or the line's end.
  const quoted = QUOTED_BODY.exec(rest.trim());
  if (quoted) return quoted[1]!.trim();
  // `generalforsamling på Holmby Friskole`: a free school's general assembly is the school's own (it meets there too).
  const school = FREE_SCHOOL_ASSEMBLY.exec(rest);
  if (school) return school[1]!;
  const body = bodyInTitle(rest);
  // (`Bystyremøde d. 7-01-10 hos Mogens`: the meeting's word names the body, nothing after it does.)
  if (body === null) return bodyInMeetingWord(rest.trim().replace(/^(?:[-–:]\s*)?(?:(?:fra|af|for|til)\s+)?/iu, ''));
  return namesABody(body) ? body : bodyInMeetingWord(body);
}

/** `Brugerrådsmøde 2019` → `Brugerrådet`, `Hovedbestyrelsesmøde 4/16` → `Hovedbestyrelsen`; a bare `Bestyrelsesmøde` names none. */
export function bodyInMeetingWord(kind: string): string | null {
  // `SeniorRådsmøde`: a name written with a capital inside it.
  // (`Bystyremøde` → `Bystyret`: a first part of two letters will do; `skolebestyrelsesmøde` in small letters → `Skolebestyrelsen`.)
  const m = /^(\p{L}\p{Ll}+?)(råd|udvalg|bestyrelse|gruppe|styre|Råd|Udvalg|Bestyrelse|Gruppe|Styre)s?(?:møde|møder|mødet)\b/u.exec(kind.trim());
  if (!m) return null;
  const kindWord = m[2]!.toLowerCase();
  const first = m[1]!.charAt(0).toLocaleUpperCase('da') + m[1]!.slice(1);
  return `${first}${m[2]}${kindWord === 'bestyrelse' || kindWord === 'gruppe' ? 'n' : kindWord === 'styre' ? 't' : 'et'}`;
}


function bodyInTitle(rest: string): string | null {
  let t = rest;
  const d = findDate(t);
  if (d) t = t.slice(0, d.index);
  t = t
    .replace(/\b(?:d\.|den|dato|kl\.?)\s*$/iu, '')
    .replace(/^(?:[-–:]\s*)?(?:(?:fra|af|for|til)\s+)?/iu, '')
    // `ÆLDRERÅDET: Møde nr. 03-2018`: the body, then its meeting after a colon.
    .replace(/(?<=\S)\s*:\s*(?:(?:ordinært|ekstraordinært)\s+)?(?:\p{L}*møde|generalforsamling)\b.*$/iu, '')
    // `møde i X`, `2. rådsmøde i X`, `bestyrelsesmøde, X`: the body after the meeting's word.
    .replace(MEETING_WORD_LEAD, '')
    .replace(WEB_SECTION, '').replace(AREA_SUFFIX, '')
    // A day without a year (`, torsdag d. 18. juni hos …`), a time: what follows the body is when.
    .replace(WHEN_AFTER_NAME, '')
    .replace(WEEKDAY_TAIL, '')
    .replace(/[\s,–(-]+$/u, '')
    // `… i Medicinrådet. Afholdt onsdag den 1. marts`: held is not part of the name.
    .replace(HELD_WORD, '')
    // `… generalforsamling med følgende dagsorden.`: the words that introduce the agenda.
    .replace(/[\s,]+(?:med\s+)?(?:følgende|denne)\s+dagsorden\s*[.:]?$/iu, '')
    .trim();
  // `15. ordinære generalforsamling`: a kind of meeting; no body. `(Referat) til intern brug`: what the minutes are for.
  if (ASSEMBLY.test(t) || /^(?:intern brug|orientering|godkendelse|underskrift)\b/iu.test(t)) return null;
  // `26. september fra Trans-Danmarks generalforsamling`: the day the minutes were written, before the body.
  t = t.replace(/^\d{1,2}\.\s*\p{Ll}+\s+(?:fra\s+)?(?=\p{Lu})/u, '');
  // `Trans-Danmarks ekstraordinære generalforsamling`: an association's name in the genitive.
  // `N/F PRØVESTENENS GENERALFORSAMLING`: the same in capitals.
  const assembly = /^(\p{Lu}.{1,70}?)s\s+(?:\p{Ll}+\s+)?[Gg]eneralforsamling(?:en)?$/u.exec(t) ?? /^(\p{Lu}[^\p{Ll}]{1,70}?)S\s+(?:\p{Lu}+\s+)?GENERALFORSAMLING(?:EN)?$/u.exec(t);
  if (assembly && !/\s(?:og|i|for)$/u.test(assembly[1]!)) return ownS(assembly[1]!) ? `${assembly[1]!}s` : assembly[1]!;
  // `Seniorrådets møde`, `Social- og Sundhedsudvalgets ordinære møde`: the body whose meeting it is.
  // `Borgerforeningens bestyrelsesmøde`: the association, whose board met.
  // `Udsatterådets møder i 2022`: a page of the body's minutes for a year.
  const genitive = GENITIVE_OF_MEETING.exec(t) ?? SMALL_GENITIVE.exec(t);
  if (genitive) return genitive[1]!;
  // `Ældrerådsmøde`, `Økonomiudvalgsmøde`: the body named in the meeting's word; `bestyrelsesmøde` names none.
  // A day without a year after the meeting's word (`bestyrelsesmøde d. 26. april`), a weekday (`lokalrådsmødet mandag`), are not part of a name.
  t = t
    .replace(/\s+(?:d\.|den)\s*\d{1,2}\.?\s*\p{L}*\.?$/u, '')
    .replace(WEEKDAY_LAST, '')
    .trim();
  // `Teknikudvalget møde` (`Referat for Teknikudvalget møde den …`): the body, then its meeting as a word of its own.
  t = t.replace(/^(\p{Lu}\p{L}*(?:udvalget|rådet|bestyrelsen|kommissionen))\s+møde(?:t)?$/u, '$1');
  // `Forældrerådsmøde - ordinært`: the kind of meeting after a dash is not part of the name.
  t = t.replace(/\s*[-–]\s*(?:ordinært|ekstraordinært|ordinær|ekstraordinær|konstituerende)$/iu, '');
  // `Vejby Lokalråd – bestyrelsesmøde`: the kind of meeting after a dash, likewise.
  t = t.replace(/\s+[-–]\s+(?:(?:ordinær|ekstraordinær|stiftende|konstituerende)\p{Ll}*\s+)?\p{Ll}*(?:møde|generalforsamling)$/u, '');
  // `bestyrelsen for Foreningen Nordlys`: the board of the body named after it.
  t = t.replace(/^(?:den\s+)?(?:bestyrelsen|styrelsen)\s+(?:for|i)\s+(?=\p{Lu})/u, '');
  // `SeniorRådsmøde 2`, `Bestyrelsesmøde nr. 4`: the meeting's running number is not part of the word.
  t = t.replace(/\s+(?:nr\.?\s*)?\d{1,3}$/iu, '');
  const meetingWord = /^(?:(?:ordinært|ekstraordinært|konstituerende)\s+)?(\p{L}\p{L}*?(?:råd|udvalg)|Råd|Udvalg)s?møde(?:t)?$/iu.exec(t);
  if (meetingWord) return `${meetingWord[1]!.charAt(0).toUpperCase()}${meetingWord[1]!.slice(1)}et`;
  // `Skolebestyrelsesmøde` names the school board; `bestyrelsesmøde` alone names none.
  // `Kredsstyrelsesmøde`, `Hovedstyrelsesmøde` likewise name the board.
  const board = /^(?:(?:ordinært|ekstraordinært|konstituerende)\s+)?(\p{L}\p{Ll}*?(?:bestyrelse|styrelse))smøde(?:t)?$/iu.exec(t);
  if (board && !/^(?:bestyrelse|styrelse)$/iu.test(board[1]!)) return `${board[1]!.charAt(0).toUpperCase()}${board[1]!.slice(1)}n`;
  // `Styregruppemøde 6` names the steering group (a group's meeting names its group).
  const group = /^(?:(?:ordinært|ekstraordinært|konstituerende)\s+)?(\p{L}\p{Ll}{2,}?gruppe)møde(?:t)?$/iu.exec(t);
  if (group) return `${group[1]!.charAt(0).toUpperCase()}${group[1]!.slice(1)}n`;
  if (/^\p{L}*møde(?:t)?$/iu.test(t)) return null;
  // A body's name is capitalised: `Dagsorden var:` names none.
  t = t.replace(TRAILING_YEAR, '');
  // `landsrådsmøde i Middelfart`: a town after the meeting is where it was held, not part of the body's name.
  const inTown = /^(.{3,}?)\s+i\s+(\p{Lu}[\p{L}-]+)$/u.exec(t);
  if (inTown && isTown(inTown[2]!)) t = inTown[1]!;
  // `KFS landsrådsmøde`: the owner's name, then the meeting of its council: the council.
  const owned = /^(\p{Lu}\S*(?:\s+\p{L}+)?\s+\p{Ll}+(?:råd|udvalg|bestyrelse))s?møde(?:t)?$/u.exec(t);
  if (owned) t = owned[1]!;
  // A body named in small letters: `vandværket`, `foreningen`, a housing estate's `afdeling 27 – Lillesøvej`.
  // `antennelauget i Vestre Kirkevej området`, `frivilliggruppen`: the same with where or whose it is after it.
  // (`Skrevet onsdag d. 26. februar`: what was done on the day before it, no name.)
  return t.length >= 3 && /\p{L}{3}/u.test(t) && !NOT_NAMED.test(t) && (/^[\p{Lu}\d]/u.test(t) || SMALL_BODY.test(t) || /^afdeling\s+\d+\b/u.test(t)) ? t : null;
}

/**
 * `STED` / `Kanalstræde 2`: a field label alone on its line with the value on
 * the next one becomes `STED: Kanalstræde 2`.
 */
/** A field label on its own: `STED`, `Mødested:`, `STARTTIDSPUNKT`. */
export function isLabel(key: string): boolean {
  return !key.includes(':') && ['x', '12.00', '1. maj 2024'].some((v) => fieldOf(`${key}: ${v}`)?.value === v);
}

/** Whether `value` is what `label` asks for: a date for a date, a time for a time, a name for a group of people, words for a place. */
function fits(label: string, value: string): boolean {
  const group = groupLabel(label);
  if (group !== null) return looksLikeName(notesOf(value.split(/\s*,\s*|\s+og\s+/u)[0]!).rest);
  const f = fieldOf(`${label}: ${value}`);
  if (f === null) return false;
  switch (f.field) {
    case 'date':
      return findDate(value) !== null;
    // `Mødetidspunkt:` / `Kl. 17:00`: a label for when may take the time alone.
    case 'when':
      return findDate(value) !== null || /^(?:kl\.?|klokken)\s*\d|^\d{1,2}[.:]\d{2}\b/iu.test(value.trim());
    case 'time':
    case 'end':
      return /\d/u.test(value) || /^(?:kl\.?|klokken)$/iu.test(value.trim());
    default:
      return /^\p{Lu}/u.test(value) && findDate(value) === null;
  }
}

/**
 * A table read column by column: its labels one a line with no values
 * (`Mødedato:` / `Mødet påbegyndt:` / `Mødested:`), then its values one a line
 * (`25. maj 2016` / `kl. 18:00` / `Rådhuset`): each label with its value, in
 * order, while each value is of its label's kind.
 */
export function pairLabelColumn(lines: SLine[]): SLine[] {
  const out = [...lines];
  const emptyLabel = (l: SLine | undefined) => l !== undefined && !l.blank && /:\s*$/u.test(l.text) && (isLabel(l.text.replace(/\s*:\s*$/u, '')) || groupLabel(l.text) !== null);
  for (let i = 0; i < out.length; i++) {
    if (!emptyLabel(out[i])) continue;
    let j = i;
    // A label of no field among them (`Bemærkninger:`, left empty) is passed over; the values are the others'.
    const otherLabel = (l: SLine | undefined) => l !== undefined && !l.blank && /^\p{Lu}[\p{Ll} ]{2,25}:$/u.test(l.text);
    while (j < out.length && (emptyLabel(out[j]) || otherLabel(out[j]) || out[j]!.blank)) j++;
    const labels = out.slice(i, j).filter((l) => emptyLabel(l));
    if (labels.length < 3) {
      i = j;
      continue;
    }
    let k = j;
    const paired: number[] = [];
    for (const label of labels) {
      while (k < out.length && out[k]!.blank) k++;
      const value = out[k];
      if (!value || emptyLabel(value) || !fits(label.text.replace(/\s*:\s*$/u, ''), value.text)) break;
      paired.push(k);
      k++;
    }
    if (paired.length >= 2) {
      paired.forEach((at, n) => {
        const label = labels[n]!;
        out[out.indexOf(label)] = { ...label, text: `${label.text.replace(/\s*:\s*$/u, '')}: ${out[at]!.text}` };
        out[at] = { ...out[at]!, blank: true, text: '' };
      });
    }
    i = k;
  }
  return out;
}

export function joinLabelLines(lines: SLine[]): SLine[] {
  const out: SLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const key = withoutEndColon(l.text);
    if (!l.blank && !key.includes(':') && key.split(/\s+/).length <= 3 && !groupLabel(key) && isLabel(key)) {
      let j = i + 1;
      while (j < lines.length && j - i <= 3 && lines[j]!.blank) j++;
      const next = lines[j];
      if (next && !next.blank && !isLabel(withoutEndColon(next.text)) && !groupLabel(next.text) && !TITLE.test(next.text)) {
        out.push({ ...l, text: `${key}: ${next.text}` });
        i = j;
        continue;
      }
    }
    out.push(l);
  }
  return out;
}

/** An agenda's numbered entry above the records (`5. Lys på kirken`): no place of the meeting (a date's `1. marts …` is not one). */
function agendaEntryLine(t: string): boolean {
  return /^\s*\d{1,2}[.)]\s+\p{L}/u.test(t) && findDate(t) === null;
}

/** A few words between ornaments, two or more at each end (`§ ¨  Holmby Bridgeklub  © ª`, `❖ ❖ Holmby Kor ❖ ❖`). */
const ORNAMENTED = /^(?:[\p{S}§ª¶]\s*){2,}(\p{Lu}[\p{L}\d.&'’ -]{2,60}?\p{L})\s*(?:[\p{S}§ª¶]\s*){2,}$/u;

/** A line's words without the ornaments around them, spaces folded; the line as it is where it has none. */
export function withoutOrnaments(text: string): string {
  const ornate = ORNAMENTED.exec(text.trim());
  return ornate ? ornate[1]!.replace(/\s+/gu, ' ') : text;
}

/** A meeting's platform, printed with or without `via`, `over`, `på` (`Teams`, `MS-Teams`, `Zoom`, `Skype`). */
const PLATFORM = /(?<![\p{L}-])(?:MS[- ]|Microsoft\s+)?(Teams|TEAMS|Zoom|ZOOM|Skype|SKYPE)(?:[- ]?([Mm]øde))?(?![\p{L}])/u;
/**
 * A word for a meeting held online (`onlinemøde`, `teamsmøde`, `videokonference`). Not `virtuelt`, `online`, `digitalt`
 * alone: how it was held, which readers take for no place as often as for one.
 */
const VIRTUAL_WORD = /(?<![\p{L}-])(onlinemøde|teamsmøde|zoommøde|skypemøde|videomøde|videokonference)(?![\p{L}-])/iu;
/**
 * The meeting held so, told by an adverb at the end of a title after its dash (`– afholdt virtuelt`, `- online`). (Not in a
 * sentence, `Mødet er afholdt digitalt.`: the gold's readers took that as how, not where.)
 */
const HELD_ONLINE = /[–-]\s*(?:(?:afholdt|afholdes|afviklet)\s+)?(online|virtuelt|digitalt)\s*$/iu;
/** Where a line tells that the meeting was held so: a verb of holding, a field's label, a title's last words after a dash or in brackets. */
const HELD_SO = /(?<!\p{L})(?:afholdt|afholdes|afholdtes|afviklet|afvikles|afvikledes|holdt|foregik|foregår|sted\s*:|mødested\s*:)(?!\p{L})|[–-]\s*\S+\s*$|\(\s*\S+\s*\)\s*$|\d{1,2}[.:]\d{2}\s+\S+\s*$/iu;

/** Header lines and the online place virtualPlace reads from each (tests/meeting-fields.test.ts runs them). */
export const VIRTUAL_PLACE_EXAMPLES: [string, string | null][] = [
  ['Referat af generalforsamling 24. februar 2031 – afholdt virtuelt', 'virtuelt'],
  ['Referat af bestyrelsesmøde 13. april 2031 - online', 'online'],
  ['Bestyrelsesmøde 4/2031 – 30/5 2031 – Online', 'Online'],
  ['Årsmødet blev i år afholdt digitalt.', null],
  ['Vi afholdt online kurser i foråret.', null],
  ['Referat for onlinemøde i bestyrelsen afholdt d. 22. januar 2031', 'onlinemøde'],
  ['Mødet afholdes som teamsmøde.', 'teamsmøde'],
  ['Mødet blev afholdt over Teams fra kl. 19.00-21.00', 'Teams'],
  ['Generalforsamlingen blev afviklet digitalt på Zoom.', 'Zoom'],
  ['Skype Møde', 'Skype Møde'],
  ['Referat af hovedbestyrelsesmøde 17. september 2031 kl. 10 (Videokonference)', 'Videokonference'],
  ['Vi har tilbudt online træning og videoer hele året, og mange har været med.', null],
  ['Tilmelding til kurset sker via Zoom-linket i nyhedsbrevet, som udsendes snart.', null],
  ['Zoom-linket er:', null],
];

/**
 * The meeting held online, as the header tells it: the platform where one is named, else the word as printed; only on a
 * line that says the meeting was held so, or a short one (a title's or a field's). Null when no line does.
 */
export function virtualPlace(lines: SLine[]): string | null {
  for (const l of lines.slice(0, 30)) {
    if (l.blank) continue;
    const t = l.text.trim();
    const words = t.split(/\s+/u).length;
    const platform = PLATFORM.exec(t);
    const virtual = VIRTUAL_WORD.exec(t);
    const adverb = platform || virtual ? null : HELD_ONLINE.exec(t);
    if (adverb) return adverb[1]!;
    if (!platform && !virtual) continue;
    // (A long sentence about something else that is done online is none: only one that holds the meeting so, or a short line.)
    if (!HELD_SO.test(t) && (words > 3 || /:$/u.test(t))) continue;
    if (platform) return platform[2] !== undefined ? platform[0].trim() : platform[1]!;
    return virtual![1]!;
  }
  return null;
}

/** A line of a web page's menu: one to three words, no figure and no sentence's marks. */
const MENU_LINE = /^\s*\p{L}[\p{L}\-&/']*(?:\s+[\p{L}\-&/']+){0,2}\s*$/u;

export function parseHeader(input: SLine[], diags: DiagnosticList): Header {
  // `(Fremmødte Mona, Malene, Helge)`: a group's label and its names in parentheses, the colon left out.
  // `§ ¨  Holmby Bridgeklub  © ª`: a letterhead between ornaments (a symbol font's glyphs read as letters), the ornaments left out.
  const unwrapped = input.map((l) => {
    const m = l.blank ? null : /^\(\s*(\p{L}[\p{L} ]{2,30}?)\s*:?\s+(\p{Lu}.+)\)\.?$/u.exec(l.text);
    if (m && groupLabel(m[1]!) !== null) return { ...l, text: `${m[1]}: ${m[2]}` };
    return l.blank ? l : { ...l, text: withoutOrnaments(l.text) };
  });
  // Runs of empty lines (a web page's spacing, a hundred of them before its title) count as one: the header reads lines by how near they are.
  const lines = joinDanglingTitle(joinLabelLines(pairLabelColumn(unwrapped.flatMap(splitPairedLabels).flatMap(splitBareLabels).flatMap(splitDateApart).flatMap(splitRunTogether))).flatMap(splitGroupLabels)).filter((l, k, all) => !(l.blank && k > 0 && all[k - 1]!.blank));
  const meeting: MeetingInfo = { body: null, date: null, startTime: null, endTime: null, location: null, chair: null };
  let documentTitle: Header['documentTitle'] = null;
  const groups: Header['groups'] = [];
  let current: Header['groups'][number] | null = null;
  let lastAuthorLine = -10;
  let titleDate: string | null = null;
  let looseDate: { date: string; line: SLine; start: string | null; end: string | null } | null = null;
  let sawTime = false;
  let dateLineAt = -10;
  /** The line of a title with the meeting's date in it (`Referat fra bestyrelsesmøde den 14.01.31 kl. 16.00`). */
  let datedTitleAt = -10;
  let bodyFromField = false;
  let titleTimes: { start: string | null; end: string | null } | null = null;
  /** The date a field gives (`Tid: 27. november 2030`, `Dato: …`). */
  let fieldDay: string | null = null;
  let chairFromField = false;
  /** A body read from a line, taken where none is yet and where it would be a name at all (a bad read never blocks a later good one). */
  const offerBody = (read: () => string | null | undefined) => {
    if (meeting.body !== null) return;
    const found = read();
    if (found != null && yieldsBody(found)) meeting.body = found;
  };
  /** Date and times from a text, where the meeting has none yet. */
  // `kl. 19.30 i Grundejerforeningen Birkelunden`: an organisation there is the body that met, not a place.
  let bodyWhereHeld: string | null = null;
  const placeOrBody = (found: string) => {
    const v = found.replace(/[.,]$/, '').trim();
    // (With the body named already, another organisation there is its house: `SIS` / `… kl. 18 i Borgerforeningen`.)
    // (Not with its street and postcode after it: `Holmby Sejlklub, Strandvejen 23, 2770 Holmby` is where the meeting was.)
    if (ORGANISATION.test(v) && !PLACE_WORD.test(v) && !ADDRESS_END.test(v) && (meeting.body === null || sharesWord(meeting.body, v))) {
      offerBody(() => v);
      if (meeting.body === v) bodyWhereHeld = v;
      // (A free school meets in its own house: `… på Holmby Friskole` is its place too.)
      if (meeting.body === v && FREE_SCHOOL_END.test(v)) meeting.location ??= v;
    } else meeting.location ??= v;
  };
  const seenDates: { date: string; start: string | null; end: string | null; weekday: number | null; alone: boolean; held: boolean }[] = [];
  let timesDay: string | null = null;
  const takeWhen = (text: string, namesMeeting = false) => {
    let found = findDate(text);
    // `… jf. indkaldelse af 27. maj 2031 onsdag, den 20. august 2031 kl. …`: the notice's date, then the meeting's.
    // `15. juni 2031 Referat fra møde i udvalget den 31. maj 2031 …`: the day the minutes were written over the title's own.
    if (found) {
      const rest = text.slice(found.index + found.length);
      const later = NOTICE_DATE_BEFORE.test(text.slice(0, found.index)) || (found.index <= 2 && TITLE_THEN_DATE.test(rest.slice(0, 120))) ? findDate(rest) : null;
      if (later) found = { ...later, index: later.index + found.index + found.length };
    }
    // `referat fra sidste møde den 1. april 2023`: another meeting's date.
    // (`Næste generalforsamling onsdag d. 5. februar 2032 kl. 19.00 i Salen`: its time and place are the next meeting's too.)
    if (found && OTHER_MEETING_BEFORE.test(text.slice(0, found.index))) return;
    // `Holmby Møllelaug blev stiftet den 3. december 1998 …`: when the body was founded, not when it met.
    if (found && FOUNDED_BEFORE.test(text.slice(Math.max(0, found.index - 40), found.index))) return;
    // `Referatet af bestyrelsesmøde den 4.8.2031 godkendt.`: minutes of another meeting, dealt with at this one.
    if (found && /(?:referat|protokol)\p{L}*\s+(?:fra|af)\b/iu.test(text.slice(0, found.index)) && MINUTES_DEALT_WITH.test(text.slice(found.index + found.length))) return;
    const d = found;
    if (d) meeting.date ??= d.date;
    const times = findTimes(text);
    if (d) {
      // (A date alone on its line, a weekday at most beside it: a page's or a post's stamp. One told in a sentence that the
      // meeting was held: the meeting's.)
      const alone = !/\p{L}/u.test((text.slice(0, d.index) + text.slice(d.index + d.length)).replace(WEEKDAY_WORDS, '').replace(/(?<!\p{L})(?:den|d\.)(?!\p{L})/giu, ''));
      // (So is the date on a line that names the meeting just before it: `Møde i afdelingsbestyrelsen 12. maj 2031`.)
      const held = HELD_ON.test(text) || namesMeeting || MEETING_NAMED_BEFORE.test(text.slice(0, d.index));
      seenDates.push({ date: d.date, start: times.start, end: times.end, weekday: weekdayBefore(text, d.index), alone, held });
    }
    // The day the time was told with (checked against the meeting's date when that is settled).
    if (meeting.startTime === null && times.start !== null) timesDay = d?.date ?? meeting.date;
    meeting.startTime ??= times.start;
    meeting.endTime ??= times.end;
    // `tirsdag den 3. maj 2005 kl. 14.00 på Rådhuset, lokale 12`: the place after the time.
    // `kl. 10.00, Fjordvej 20 "Mødelokale 1"`: after a comma, an address (a name and a number).
    const place = PLACE_AFTER_TIME.exec(text);
    // `… kl. 19:00 , Holmby Aktivitetscenter`: a building's name after the hour and a comma, ending the line.
    const house = place ? null : /\b(?:[Kk]l\.?|[Kk]lokken)\s*\d{1,2}(?:[.:]\d{2})?\s*,\s*(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\.?$/u.exec(text);
    if (place) placeOrBody(place[1] ?? place[2]!);
    else if (house && (PLACE_IN_PASSING.test(house[1]!) || PLACE_NAME_END.test(house[1]!) || /center$/u.test(house[1]!)) && !ORGANISATION.test(house[1]!)) placeOrBody(house[1]!);
    // `Bestyrelsesmøde afholdt den 3. maj 2031, Strandby.`: a line that names the meeting, its place after the date and a comma.
    // `Bestyrelsesmøde torsdag d. 4.5.31 i Fælleshuset fra 17:00`: or after the date and before the time.
    else if (d && (MEETING_TITLE_WORD.test(text) || /^(?:d\.|den)?\s*$/iu.test(text.slice(0, d.index)))) {
      const before = PLACE_BEFORE_TIME.exec(text.slice(d.index));
      const afterComma = before ? before[1]! : placeAfterDateComma(text.slice(d.index + d.length));
      if (afterComma !== null) placeOrBody(afterComma);
    }
    // `Torsdag d. 20. november 2031 kl. 16.30 til 17.15 – Hotel Fjorden`: the place after the time and a dash.
    const dashed = PLACE_AFTER_TIME_DASH.exec(text);
    if (dashed) placeOrBody(dashed[1]!.replace(/^(?:på|i)\s+(?=\p{Lu})/iu, ''));
  };

  /** A place, and the time after it taken as the meeting's (`Borgerhuset, Torvet 3 kl. 16.30`): the place. */
  const placeThenTime = (text: string): string => {
    const at = TIME_AFTER_PLACE.exec(text);
    if (at && at.index > 0) takeWhen(at[0]);
    return (at && at.index > 0 ? text.slice(0, at.index) : text).replace(/[.,]$/, '');
  };
  let afterBlank = false;
  let published: string | null = null;
  // A place told in a sentence or after the time (`Mødet foregik i lokalrådslokalet ved skolen`): taken only where no field or title gave one.
  let placeTold: string | null = null;
  /** Lines of text read so far that a title may be counted among (the first line may be the title `Dagsorden:`). */
  let textLines = 0;
  /** The first lines name the meeting itself (`Pladshavermøde i Fonden …`, `Bestyrelsesmøde 4. maj`), not a document's kind. */
  let meetingTitled = false;
  let agendaLabel = false;
  // A Markdown file's front matter (`---` / `title: …` / `date: 2011-04-23T08:40` / `---`): the post's fields, its date when it was posted.
  let frontMatter: 'none' | 'open' | 'closed' = 'none';
  let posted: string | null = null;
  let ofMeeting: string | null = null;
  let yearless: string | null = null;
  // A web page's list of the body's minutes (`Referat fra møde 5.12.2022` / `Referat fra møde 24.10.2022` / …): titles of
  // three or more other documents, each with a date of its own, name none of this meeting's fields.
  const titled = lines.filter((l) => !l.blank && TITLE.test(l.text) && /(?:19|20)\d\d/u.test(l.text));
  const archive = new Set(new Set(titled.flatMap((l) => findDate(l.text)?.date ?? [])).size >= 3 ? titled : []);
  // A web page's menu before the minutes (`Hjem` / `Aktiviteter` / `Galleri`), one to three words a line without a figure, does
  // not count where the header is looked for: the lines nearest the top are counted from the first line of text.
  const depth: number[] = [];
  lines.forEach((l, k) => {
    const prev = k === 0 ? 0 : depth[k - 1]! + (MENU_LINE.test(lines[k - 1]!.text) || (lines[k - 1]!.blank && k > 1 && MENU_LINE.test(lines[k - 2]!.text)) ? 0 : 1);
    depth.push(prev);
  });
  lines.forEach((l, i) => {
    if (l.blank) {
      afterBlank = true;
      return;
    }
    if (archive.has(l)) return;
    if (frontMatter === 'none' && textLines === 0 && /^---\s*$/u.test(l.text)) {
      frontMatter = 'open';
      return;
    }
    if (frontMatter === 'open') {
      if (/^---\s*$/u.test(l.text)) frontMatter = 'closed';
      else if (/^date\s*:/iu.test(l.text)) posted ??= findDate(l.text)?.date ?? null;
      return;
    }
    textLines++;
    if (textLines <= 2 && MEETING_TITLE_WORD.test(l.text) && !TITLE.test(l.text)) meetingTitled = true;
    const gap = afterBlank;
    afterBlank = false;
    // Bullets in front of people and labels (`• Stephanie Lose, V`, `• Afbud`) are layout.
    // `UngdomsskolebestyrelsesmødeMandag den 21. september`: the meeting's word run into the weekday.
    // (And quotes around a name that opens the line: `”Sofarækken” den 30. marts 2008`.)
    // (`d.31 marts 2017`: the abbreviation of `den` glued to its day reads as `d. 31`.)
    // (A bullet's line, `- Husk Seminaropfølgning 15. sept.`, is a point of a list: it names no body.)
    const bulleted = /^\s*(?:[•·▪◦●○■*]|-(?=\s))/u.test(l.text);
    let t = l.text.replace(/(?<!\p{L})d\.(?=\d{1,2}[.\s])/gu, 'd. ').replace(/^(?:[•·▪◦●○■*]|-(?=\s))\s*/u, '').replace(/^[”“„"«]([^”“„"«»]{2,60})[”“"»](?=\s)/u, '$1').replace(/(\p{Ll}(?:møde|generalforsamling))(?=(?:Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Lørdag|Søndag|Den)\b)/u, '$1 ');
    // `375 besøg på siden` / `fra 12. januar 2009`: a page's counter, counting since a day; no meeting's date.
    if (SINCE_DATE.test(t)) return;
    // `Referat af ordinær generalforsamling 9. marts 2031` / `i Holmby Nyttehaveforening af 1983`: the title going on on the next
    // line with the organisation whose meeting it was.
    const inBody = i < 12 ? IN_ORGANISATION_LINE.exec(t) : null;
    if (inBody && ORGANISATION_WORD.test(inBody[1]!) && inBody[1]!.split(/\s+/u).length <= 8) {
      const above = lines.slice(0, i).reverse().find((x) => !x.blank)?.text ?? '';
      const dated = findDate(above);
      if (dated !== null && MEETING_NAMED_BEFORE.test(above.slice(0, dated.index))) offerBody(() => inBody[1]!);
    }
    // `Udsendt den 28.11.2005`, `Opslået 13. januar 2022`: when the minutes went out, not when the meeting was.
    // (`10. feb. 2031  Kl. 17:40:19  af: Bestyrelsen`: a date with a clock's seconds is a system's stamp of the same.)
    if (PUBLISHED.test(t) || (STAMPED_SECONDS.test(t) && findDate(t) !== null)) {
      published ??= findDate(t)?.date ?? null;
      return;
    }
    // `Tirsdag 9. marts afholdt Holmby Antenneforening deres ordinære generalforsamling.`: the association that held it.
    const heldBy = i < 12 ? HELD_BY.exec(t) ?? HELD_BY_FIRST.exec(t) ?? HELD_OWN.exec(t) : null;
    // (A name of no organisation's kind whose own meeting it was, `afholdt Snedkernes Hus deres generalforsamling`: a body all the same.)
    const own = heldBy !== null && /^\s+(?:sin|sit|deres|dets|dens)\s/u.test(heldBy[0].slice(heldBy[0].indexOf(heldBy[1]!) + heldBy[1]!.length)) && !isGivenName(heldBy[1]!.split(/\s+/u)[0]!);
    if (heldBy && (ORGANISATION_WORD.test(heldBy[1]!) || own)) offerBody(() => heldBy[1]!);
    // (A name without an organisation's kind, as the subject of a general assembly held: not a person, not a town alone.)
    const subject = i < 12 && meeting.body === null ? HELD_BY_SUBJECT.exec(t) : null;
    if (subject && /^\p{Lu}/u.test(subject[1]!) && !isGivenName(subject[1]!.split(/\s+/u)[0]!) && !isTown(subject[1]!) && !/^(?:Vi|Der|Det|Den|De|Foreningen|Klubben|Bestyrelsen|Formanden)\b/u.test(subject[1]!)) offerBody(() => subject[1]!);
    // `…, afholdtes ordinær generalforsamling i Grundejerforeningen Strandvejen på Hotel Strand`,
    // `Der var indkaldt til møde i Holmby Kirkes menighedsråd tirsdag …`: the body whose meeting the sentence tells of.
    const heldIn = i < 12 ? HELD_IN_BODY.exec(t) : null;
    // (The sentence's full stop is no part of the name: `… i Byrådet for Holmby Kommune.`; an abbreviation's is, `Holmby I.F.`.)
    // (Or a name opened by an organisation's letters, `SF-Holmby`, `DN Holmby`: not a town, nor a house, `LO-huset`.)
    const lettered = heldIn !== null && /^\p{Lu}{2,}(?:[-\s]\p{Lu}|$)/u.test(heldIn[1]!) && !/^[IVXLC]+(?:[-\s]|$)/u.test(heldIn[1]!) && !PLACE_IN_PASSING.test(heldIn[1]!);
    if (heldIn && (ORGANISATION_WORD.test(heldIn[1]!) || lettered)) offerBody(() => heldIn[1]!.replace(/(?<=\p{Ll}{2})\.$/u, ''));
    else if (heldIn && meeting.body === null) offerBody(() => heldInName(heldIn[1]!.replace(/(?<=\p{Ll}{2})\.$/u, '')));
    // `Holmby Forenings ordinære generalforsamling …`, `… generalforsamling Holmby Husflid`: the body the meeting is of.
    if (i < 12) ofMeeting ??= bodyOfMeeting(t);
    // `Generalforsamlingen blev afholdt i Folkehuset Vejlby og varede fra kl. 18,30 til ca. 19,15.`: where and when, told in a sentence.
    if (depth[i]! < 15 && !agendaEntryLine(t)) placeTold ??= placeInSentence(t);
    if (depth[i]! < 15) {
      const heldAt = HELD_IN_SENTENCE.exec(t);
      // A line that is only that sentence is read further below (`Mødet blev afholdt på Sct. Paul skole kl. 18.30`).
      // Not cut at an abbreviation's full stop (`Sct. Paul skole`).
      const cut = heldAt !== null && /^\.\s+\p{Lu}/u.test(t.slice(heldAt.index + heldAt[0].length));
      if (heldAt && !cut && !HELD_AT.test(t) && !findDate(heldAt[1]!)) meeting.location ??= heldAt[1]!.trim();
      // (Not an hour told for a meal before the meeting: `… mødte op til brunch kl. 10.00 og efterfølgende generalforsamling`.)
      if (STARTED.test(t) && !MEAL_HOUR.test(t)) {
        const times = findTimes(t);
        meeting.startTime ??= times.start;
        meeting.endTime ??= times.end;
      }
    }
    // `Hos 3F Midtby, Stationsvej 4, Bjerre` near the top: the host's place.
    if (i < 12 && current === null && AT_HOST.test(t)) {
      // (The hour after the place, `Hos Finn, Lærkevej 3 , kl. 19.00`, is when.)
      const timed = /\s*[,;]?\s+((?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?)\.?$/u.exec(t);
      if (timed) takeWhen(timed[1]!);
      meeting.location ??= (timed ? t.slice(0, timed.index) : t).replace(/[.,]$/, '').replace(/^Hos\s*:\s*/u, 'Hos ');
      return;
    }
    if (t === '') return;
    // `Læs referat fra bestyrelsesmødet …`: a web page's link to the minutes, titled as they are.
    t = t.replace(/^(?:Læs|Se)\s+(?=(?:referat|dagsorden)(?:et|en)?\b)/iu, '');
    // `side 1 Åbent referat for …`: a page's number run into the title.
    t = t.replace(/^[Ss]ide\s+\d{1,3}\s+(?=\p{Lu})/u, '');
    // `- 01102031 | Referat | Bestyrelsesmøde i Holmlauget`, `HOLMBY KOMMUNE. Referat. til Kommunalbestyrelsen`: a title in parts
    // between bars or full stops, one of them the document's word alone.
    if (i < 8 && documentTitle === null) {
      const part = t.split(/\s+\|\s+|(?<=\p{L}{2})\.\s+/u).find((p) => /^(?:(?:Åbent|Lukket)\s+)?(?:referat|beslutningsreferat|dagsorden)\.?$/iu.test(p.trim()));
      if (part !== undefined && t.trim() !== part.trim()) documentTitle = /dagsorden/iu.test(part) ? 'dagsorden' : 'referat';
    }
    l = { ...l, text: t };
    // `Skovby Kunstforening indkalder hermed til ordinær generalforsamling den 7. maj …`: the body that calls the meeting; a notice, an agenda.
    const invites = i < 15 ? INVITES.exec(t) : null;
    if (invites) {
      const who = invites[1]!.trim();
      if (!/^(?:Bestyrelsen|Formanden|Vi|Udvalget|Rådet)$/u.test(who) && namesABody(who)) offerBody(() => who);
      documentTitle ??= 'dagsorden';
      takeWhen(t);
      return;
    }
    // `Der indkaldes herved til generalforsamling, som afholdes onsdag d. 15. september …`: a notice, an agenda.
    if (i < 15 && CALLS_MEETING.test(t)) {
      documentTitle ??= 'dagsorden';
      takeWhen(t);
    }
    // `Det meddeles herved, at der afholdes ordinært kommunalbestyrelsesmøde tirsdag den 13. november kl. 17:30 i …`: a notice of the meeting.
    const notice = i < 15 ? NOTICE_OF_MEETING.exec(t) : null;
    if (notice) {
      offerBody(() => bodyFromTitle(notice[1]!.charAt(0).toUpperCase() + notice[1]!.slice(1)));
      documentTitle ??= 'dagsorden';
      takeWhen(t);
      if (meeting.location === null) {
        const place = PLACE_AFTER_TIME.exec(t);
        if (place) placeOrBody(place[1] ?? place[2]!);
      }
    }
    // `Minutes:2031-04-03 2. General Assembly`, `Agenda for the board meeting 3 May 2031`: a title in English at the top.
    const english = i < 5 ? ENGLISH_TITLE.exec(t) : null;
    if (english) {
      documentTitle ??= /^minutes/iu.test(english[1]!) ? 'referat' : 'dagsorden';
      takeWhen(t);
    }
    const suffixed = TITLE_SUFFIX.exec(t);
    if (suffixed) {
      documentTitle ??= suffixed[2]!.toLowerCase().startsWith('dagsorden') ? 'dagsorden' : 'referat';
      offerBody(() => bodyAmongParts(suffixed[1]!) ?? bodyFromTitle(suffixed[1]!));
      const after = suffixed[3] ?? suffixed[4] ?? suffixed[5];
      // `Generalforsamling 5/2-2031 - Referat`: the date before the title's word, with its year in full (`25.08.27` may be
      // read either way round).
      const before = findDate(suffixed[1]!);
      const d = (after ? findDate(after) : null) ?? (before && /\d{4}/u.test(suffixed[1]!.slice(before.index, before.index + before.length)) ? before : null);
      if (d) titleDate ??= d.date;
      current = null;
      return;
    }
    // `Dagsorden & referater`, `Dagsordener og referater`: a web site's section of such documents, no title of this one.
    if (/^(?:dagsorden(?:er)?|referater)\s*(?:og|&|\/|\+)\s*(?:referater|dagsordener)$/iu.test(t)) return;
    // `Referat af regionsrådsmødet den 28. marts 2031 (pdf-fil)`: a link to another file; it names the meeting, but is not this document's title.
    const link = /\((?:pdf|pdf-fil|word|docx?)\b[^)]*\)\s*$/iu.test(t);
    const title = TITLE.exec(t);
    // `Referat: 14. marts 2023 kl. 15:00`: a colon, then the date the title names.
    const datedAfterColon = title !== null && title[2] !== '' && findDate(title[2]!)?.index === 0;
    // `Dagsorden:` over the list of items, below the document's first line, labels the agenda of these minutes; it is no title.
    // `Dagsorden` alone under the meeting's own title (`Pladshavermøde i Fonden …`) labels the agenda too.
    if (title && title[2] === '' && textLines > 1 && (/^dagsorden\s*:$/iu.test(t) || (/^dagsorden$/iu.test(t) && meetingTitled))) {
      agendaLabel = true;
      current = null;
      return;
    }
    // `Mødereferat: Frie Lærerforening Hovedbestyrelsen`: a colon, then the body.
    const bodyAfterColon = title !== null && /referat$/iu.test(title[1]!) && looksLikeBodyName(title[2]!.trim());
    // `Mødereferat: Generalforsamling d. 30/3-2031.`: a colon, then the meeting it records.
    const meetingAfterColon = title !== null && MEETING_TITLE_WORD.test(title[2]!.trim()) && findDate(title[2]!) !== null;
    if (title && (title[2] === '' || !/:/.test(t.slice(0, title[1]!.length + 1)) || datedAfterColon || bodyAfterColon || meetingAfterColon)) {
      const word = title[1]!.toLowerCase();
      // `Dagsorden og referat`, `DAGSORDEN / REFERAT af møde i …`: the agenda with its minutes.
      // (`Dagsorden (grå) / Referat (rød)`: each with its colour in brackets.)
      const both = /^(?:\([^()]{1,20}\)\s*)?(?:og|med|\/|&|\+|[-–])\s*referat\b(?:\s*\([^()]{1,20}\))?\s*/iu.exec(title[2] ?? '');
      if (both) title[2] = title[2]!.slice(both[0].length);
      if (!link) documentTitle ??= word.startsWith('dagsorden') && !both ? 'dagsorden' : 'referat';
      // `Beslutninger fra mødet. Torsdag kl. 8.15. Ordinært møde. Økonomiudvalget`: parts run together with full stops, one of them the body.
      offerBody(() => bodyAmongParts(title[2] ?? ''));
      // `Referat - Ekstraordinær generalforsamling, Holmby, 24. april 2031`: the kind of meeting, then where it was (as on a line of
      // its own below), not a body.
      const commaNamed = title[2] ? MEETING_COMMA_DATE.exec(title[2].trim()) : null;
      const commaPlace = commaNamed !== null && !ORGANISATION_WORD.test(commaNamed[1]!) ? commaNamed[1]!.trim() : null;
      if (commaPlace !== null) meeting.location ??= commaPlace;
      if (title[2]) {
        const d = findDate(title[2]);
        if (d) {
          titleDate ??= d.date;
          datedTitleAt = i;
          // `Referat fra Seniorrådets møde den 4. april 2022 i Mødelokale 3, Rådhuset kl. 13.00 – 15.00`
          const rest = title[2].slice(d.index);
          const times = findTimes(rest);
          titleTimes ??= times.start ? times : null;
          // `… 3. maj 2031 i konfirmandstuen`, `… møde på Holmby Skole 3. maj 2031`: a room after the date, a building before it.
          const place = PLACE_BEFORE_TIME.exec(rest) ?? PLACE_AFTER_TIME.exec(rest) ?? PLACE_AFTER_DATE.exec(rest) ?? PLACE_BEFORE_DATE.exec(title[2].slice(0, d.index));
          // (`… 15-02-2031 Kl. 18:15; Klubhuset, Strandvej 15, 1270 Holmby`: after the hour and a semicolon.)
          const afterSemicolon = /\b(?:[Kk]l\.?|[Kk]lokken)\s*\d{1,2}(?:[.:]\d{2})?\s*;\s*(\p{Lu}[^:;]{2,80})$/u.exec(rest);
          if (place) placeOrBody(place[1]!);
          else if (afterSemicolon) placeOrBody(afterSemicolon[1]!);
          else {
            const afterComma = placeAfterDateComma(rest.slice(d.length));
            if (afterComma !== null) placeOrBody(afterComma);
          }
          // `… den 23. oktober 2031, kl Vestergade 13, 2450 København SV`: an address with its postcode after the date.
          const address = ADDRESS_END.exec(rest);
          if (address) meeting.location ??= placeIn(rest) ?? address[1]!;
        }
        if (commaPlace === null) offerBody(() => bodyFromTitle(title[2]!));
      }
      current = null;
      return;
    }
    // `udvidet beslutningsreferat`, `Godkendt referat`: a qualified title word alone on its line.
    if (/^(?:\p{L}+\s+){1,2}(?:beslutnings)?(?:referat|protokol)$/iu.test(t) && !/\b(?:af|fra|til|for|om)\b/iu.test(t)) {
      documentTitle ??= 'referat';
      current = null;
      return;
    }
    // `Åben dagsorden`, `Foreløbig dagsorden`: a qualified agenda alone on its line.
    if (/^(?:Åben|Lukket|Foreløbig|Endelig|Revideret|Supplerende)\s+dagsorden$/iu.test(t)) {
      documentTitle ??= 'dagsorden';
      current = null;
      return;
    }
    // A header section that is not about people ends a group of people.
    // A table of contents (`Indholdsfortegnelse Side 1. Godkendelse …`) likewise.
    if (/^Indholdsfortegnelse\b/iu.test(t) || /^(?:Bemærkninger|Dagsorden|Dagsordenspunkter|Indholdsfortegnelse(?: (?:for )?(?:åbent|lukket|åben) møde)?|Indhold|Punkter|Pkt\.?\s*nr\.?|Sagsoversigt|Sagsliste|Oversigt|(?:Åbne|Lukkede) sager|Følgende sager behandles)\s*:?$/iu.test(t)) {
      current = null;
      return;
    }
    // After a blank line, a group given on its label's line (`Fraværende: Karen Solvang`) goes on only with more names.
    if (current?.inline && gap && !continuesNames(t, current.lines[current.lines.length - 1]?.text ?? '')) current = null;
    // `Afbud fra Ole Winther, Grete Lund og Bo Kjær.`: a sentence that lists the absent.
    // `Medlemmer Erik Vestergaard` (a table's label cell without a colon) likewise.
    // `Fraværende Ingen` (a table's cells): nobody, and the list before it ends.
    const nobody = /^(.{3,40}?)\s*:?\s+(?:Ingen|Intet|[-–])\.?$/iu.exec(t);
    if (nobody && groupLabel(nobody[1]!) === 'absent') {
      current = null;
      return;
    }
    // `Afbud:` / `-`: a table's label cell with nobody in the value cell beside it, which the layout set on a line of its own; the
    // group ends there (the names further down, `Til mødet er indbudt:` / `Jakob Holm`, are no one's of it).
    if (current !== null && current.lines.length === 0 && !current.inline && /^(?:Ingen|Intet|[-–])\.?$/iu.test(t)) {
      current = null;
      return;
    }
    // (`-Afbud fra Bo Dal og Eva Holm`: a dash before the label is no part of it.)
    const absentSentence = /^(?:[-–•]\s*)?(Afbud fra|Afbud|Fraværende|Ikke til stede|Medlemmer|Deltagere|Mødedeltagere|Til stede|Tilstede|Fremmødte|Referent)\s+(?=\p{Lu})(?!Afbud\b|Fraværende\b|Med\b|Uden\b)(.+)$/u.exec(t);
    // (A full stop for the first comma of a run: `Deltagere Bo Dal. Eva Holm, Ib Lund`.)
    if (absentSentence && looksLikeName(notesOf(absentSentence[2]!.split(/\s*,\s*|\s+og\s+|\s+(?:stedfortræder|suppleant)\s+|(?<=\p{Ll}{2})\.\s+(?=\p{Lu}[^.]*,)/u)[0]!).rest)) {
      current = { group: groupLabel(absentSentence[1]!) ?? 'absent', lines: [{ ...l, text: absentSentence[2]! }], inline: true };
      groups.push(current);
      return;
    }
    // `Deltagere: Formandskab`, `Afbud: A, B og C`, `Medlemmer`.
    // (Or a full stop for the colon, names after it: `Fremmødte. Bo, Eva og Ib`.)
    // (… or a semicolon for it: `Deltagere; Bo Dal, Eva Holm`.)
    const stopped = /^(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,3})[.;]\s+(\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}(?:,|\s+og\s).*)$/u.exec(t);
    // (`Til stede.:`: a stray full stop before the colon is no part of the label.)
    const labelMatch = /^([^:]{3,40}?)\s*\.?\s*:\s*(.*)$/u.exec(t) ?? (stopped && groupLabel(stopped[1]!) !== null ? stopped : null);
    // `Hovedbestyrelsen: Uffe Dal (formand), Bo Lind, …`: a board's name over names lists its members there.
    const board = labelMatch !== null && BOARD_LABEL.test(labelMatch[1]!) && looksLikeName(notesOf(labelMatch[2]!.split(/\s*,\s*|\s+og\s+/u)[0]!).rest);
    const label = groupLabel(labelMatch ? labelMatch[1]! : t) ?? (board ? 'member' : null);
    if (label) {
      const value = labelMatch ? labelMatch[2]!.trim() : '';
      const sub = value ? groupLabel(value) : null;
      current = { group: sub ?? label, lines: [], inline: value !== '' && !sub };
      groups.push(current);
      if (value && !sub) current.lines.push({ ...l, text: value });
      return;
    }
    const f = fieldOf(t);
    if (f) {
      current = null;
      switch (f.field) {
        case 'author':
          lastAuthorLine = i;
          break;
        case 'body':
          // A labelled body (`Udvalg: Ældrerådet`) over one read from a loose line; without a colon
          // (`Udvalg Miljøudvalget`, a table's cells) only a body's name (not a web page's `Udvalg Ikon`).
          if (!/:/.test(t) && !looksLikeBodyName(f.value) && !organisationName(f.value)) break;
          if (!bodyFromField) meeting.body = bodyFromTitle(f.value) ?? f.value;
          bodyFromField = true;
          break;
        case 'subject': {
          // `Emne: Forældrerådsmøde - ordinært`: a body only as the meeting's word names one.
          const named = bodyFromTitle(f.value.replace(/^(?:Referat|Dagsorden)\b\s*(?:af|fra)?\s*/iu, ''));
          if (named && !bodyFromField && /møde(?:t)?\b/iu.test(f.value)) meeting.body = named;
          if (findDate(f.value)) takeWhen(f.value);
          break;
        }
        case 'when':
          // `Starttidspunkt : 16.00`: a bare time.
          takeWhen(/^\d{1,2}[.:]\d{2}\b/.test(f.value) && !findDate(f.value) ? `kl. ${f.value}` : f.value);
          fieldDay ??= findDate(f.value)?.date ?? null;
          break;
        case 'end':
          meeting.endTime ??= findTimes(/^\d{1,2}[.:]\d{2}\b/.test(f.value) ? `kl. ${f.value}` : f.value).start;
          break;
        case 'time': {
          // (A bare hour, `Tid: 17`, reads as one; a value that opens with its date, `Tid: 04-12-2031, kl. 17.00`, does not.)
          takeWhen(/^\d/.test(f.value) && findDate(f.value)?.index !== 0 ? `kl. ${f.value}` : f.value);
          fieldDay ??= findDate(f.value)?.date ?? null;
          sawTime = true;
          break;
        }
        case 'date': {
          const d = findDate(f.value);
          if (!d) break;
          if (i - lastAuthorLine <= 4) diags.info('document-date', `Took "${t}" for the date the document was written, not the meeting date`, place(l));
          else {
            // `Dato: Onsdag, April 3, 2019 - 18:00`: the time with the date.
            const times = findTimes(f.value.slice(d.index + d.length));
            looseDate ??= { date: d.date, line: l, ...times };
            fieldDay ??= d.date;
          }
          break;
        }
        case 'location':
          // `Mødested: Fælleshuset, Blå Stue kl. 09.30.`: the time after the place.
          // `Mødested: Udsendelsesdato:`: a table's labels printed before their values; another label is no place.
          // `Sted: BEMÆRK! Lukket møde kl. 16:30`: a notice in the place's field, not a place.
          if (!/^[\p{L} ]{2,40}:$/u.test(f.value) && !/^(?:BEMÆRK|Bemærk|NB|OBS)\b|!/u.test(f.value)) meeting.location ??= placeThenTime(f.value);
          break;
        case 'chair':
          // `Dirigent: Ingen specifik`, `Ordstyrer: -`: the field says nobody.
          if (NOBODY_VALUE.test(f.value.trim())) break;
          // `Dirigent: Lars Holm (LH)`: the initials the minutes then use are no part of the name.
          // `Dirigent: Ole Holm blev foreslået og valgt`: the name, not what became of it.
          {
            const named = f.value.replace(/[.,]$/, '').replace(/\s*\(\p{Lu}{1,4}\)$/u, '').replace(NAME_THEN_CLAUSE, '$1');
            // `Ordstyrer: Bo spørger Eva Holm.`: a sentence of what will be done, no one's name.
            if (/^\p{Lu}\p{Ll}+\s+\p{Ll}{2,}(?:er|ede)\s+\p{Lu}/u.test(named) && !/\s(?:de|van|von|af|la|du|le)\s/u.test(named)) break;
            meeting.chair ??= named;
          }
          chairFromField = true;
          break;
      }
      return;
    }
    // After a group given on its label's line (`Fraværende: Bo Dal, Ib Lund`), another label's line (`Ledelse: Kim Fog`) is no more of it.
    if (current?.inline && /^\p{Lu}[\p{L} ]{2,30}:\s*\S/u.test(t) && groupLabel(t.slice(0, t.indexOf(':'))) === null) current = null;
    // A numbered line (`1. Forberedelse af temamøde`, an agenda printed above the items) is nobody's entry;
    // a numbered list of people (`2. Borgmester Ida Holm (A)`) under the label is its entries.
    const numbered = /^\d{1,3}[.)]\s+(?=\p{Lu})/u.exec(t);
    if (current && numbered) {
      if (!PERSON_ENTRY.test(t.slice(numbered[0].length))) current = null;
      else {
        l = { ...l, text: t.slice(numbered[0].length) };
        current.numbered = true;
      }
    } else if (current?.numbered) current = null;
    // A web page's button (`• Udskriv`) or `Ingen fraværende` is no one's entry either: the list above has ended.
    if (current && (isChromeLine(t.replace(LIST_BULLET_START, '')) || NOBODY_LINE.test(t))) {
      current = null;
      return;
    }
    // A meeting named with its day (`Bestyrelsesmøde 30. august 2031`) is no one's entry: the list above has ended.
    if (current && /møde|generalforsamling|referat|dagsorden/iu.test(t) && findDate(t) !== null) current = null;
    // A group given on its label's line and ended by a full stop (`Afbud fra: Bo, Eva, Kim.`) goes on only with more names.
    if (current?.inline && /\.$/u.test(current.lines[current.lines.length - 1]?.text ?? '') && !continuesNames(t, '')) current = null;
    // (`Flemming Holm deltager i stedet for Bodil Dal.` under a list of those present is a sentence of its own, not the list going on.)
    if (current && SUBSTITUTE_LINE.test(t)) current = null;
    if (current) {
      current.lines.push(l);
      return;
    }
    // `Tom Hviid deltog for Sofie Ravn.` on its own: a substitute who attended.
    if (SUBSTITUTE_LINE.test(t)) {
      groups.push({ group: 'member', lines: [l] });
      return;
    }
    // `Bo Dal deltog i stedet for Eva Holm og Ib Lund deltog i stedet for Kaj Berg`: two such, joined by `og`.
    const clauses = /\s(?:og|samt)\s/u.test(t) ? t.split(/\s*,?\s+(?:og|samt)\s+(?=\p{Lu})/u) : [];
    if (clauses.length >= 2 && clauses.every((c) => SUBSTITUTE_LINE.test(c))) {
      for (const c of clauses) groups.push({ group: 'member', lines: [{ ...l, text: c }] });
      return;
    }
    // `Stedfortræder Jacob Holm mødte for Lis Krog, der havde forfald.`: the same, introduced by the office and giving the reason.
    const substitute = SUBSTITUTE_TOLD.exec(t);
    if (substitute && SUBSTITUTE_LINE.test(`${substitute[1]} deltog for ${substitute[2]}`)) {
      groups.push({ group: 'member', lines: [{ ...l, text: `${substitute[1]} deltog for ${substitute[2]}` }] });
      return;
    }
    // Attendance told in sentences: `Alle medlemmer var mødt undtagen Ole Berg og Lis Mark, der havde meldt afbud.`,
    // `Som stedfortræder for Ole Berg deltog Kim Sand.`, `Jens Dal var mødeleder.`
    // `Afbud fra Tim Vang. I stedet mødte Bo Lind.`: an apology as the line's first sentence.
    // (Up to a clause after a comma that tells of another: `Afbud fra Kirsten, Karen kommer lidt senere.`)
    const opening = /^(?:Afbud|Fravær)\s+fra\s/iu.test(t) ? t.split(/(?<=[\p{Ll}\d]{2}[.!?])\s+(?=\p{Lu})/u)[0]!.split(/,\s+(?=\p{Lu}\p{Ll}+\s+(?:kommer|kom|deltager|deltog|går|gik|er|var|har|havde|når)\b)/u)[0]! : null;
    // (Or as its last, after what else was said: `Fra bestyrelsen mødte Bo Dal og Eva Holm. Afbud fra bestyrelsesmedlem Kaj Berg.`)
    const closing = opening === null && /\b(?:Afbud|Fravær)\s+fra\s/u.test(t) ? t.split(/(?<=[\p{Ll}\d)]{2}[.!?]|\))\s+(?=(?:Afbud|Fravær)\s+fra\s)/u).at(-1)! : null;
    // (Or inside a page's text run into one line, between other sentences: `… 2. februar 2031 Afbud fra Bo Dal, Eva Holm. Dagsorden 1. …`.)
    const inside = opening === null && closing === t ? APOLOGY_INSIDE.exec(t)?.[1] ?? null : null;
    const except = ALL_BUT.exec(t) ?? ALL_BUT_BEFORE.exec(t) ?? (/^Der\s/u.test(t) ? APOLOGY_SENTENCE.exec(t) : opening !== null && opening !== t ? APOLOGY_SENTENCE.exec(opening) : closing !== null && closing !== t ? APOLOGY_SENTENCE.exec(closing) : inside !== null ? APOLOGY_SENTENCE.exec(inside) : null);
    if (except) {
      groups.push({ group: 'absent', lines: [{ ...l, text: except[1]! }], inline: true });
      current = null;
      return;
    }
    const standIn = STAND_IN_SENTENCE.exec(t);
    if (standIn) {
      groups.push({ group: 'member', lines: [{ ...l, text: `${standIn[3]!.replace(/\.$/, '')} deltog for ${standIn[2]}` }] });
      return;
    }
    const led = LED_BY.exec(t);
    if (led && looksLikeName(led[1]!)) {
      meeting.chair ??= led[1]!;
      return;
    }
    // A line naming the meeting's body: `Møde i Udvalget for …`, or a group's name alone.
    const moede = MEETING_IN_LINE.exec(t);
    if (moede) {
      offerBody(() => bodyFromTitle(moede[1]!) ?? (/\d/.test(moede[1]!) ? null : moede[1]!));
      takeWhen(moede[1]!, true);
    }
    else if (addressThenDate(t) !== null && findDate(t)) {
      // `Holmby Kaserne, Skovvej 1, 2100 Holmby Ø, mandag d. 16. maj 2031`: the venue with its address, then the day.
      meeting.location ??= addressThenDate(t);
      takeWhen(t);
      dateLineAt = i;
    }
    else if (i - dateLineAt <= 3 && PLACE_LINE.test(t) && (PLACE_WORD.test(t) || ((PLACE_IN_PASSING.test(t) || /^\p{Lu}[\p{L}-]+\s+\p{Lu}\p{Ll}*hus$/u.test(t)) && !ORGANISATION.test(t) && !/møde|generalforsamling/iu.test(t) && findDate(t) === null && findDayMonth(t) === null) || PLACE_WITH_ADDRESS.test(t) || (!/\d/.test(t) && addressUnder(lines, i))) && !/[.!?]$/.test(t)) {
      // `Borgerhuset, Torvet 3 kl. 16.30`: the place, then the time.
      meeting.location ??= placeThenTime(t);
    }
    else if (MEETING_WORD_DATE.test(t) && (findDate(t) || CLOCK.test(t))) {
      // `Rådsmøde 14.05.2024`, `Bestyrelsesmøde den 2. maj 2024`: the meeting's word and its date;
      // `Skolebestyrelsesmøde den 25. maj kl. 18.30-21.00 - Personalerummet`: no year, but a time and a place.
      offerBody(() => bodyFromTitle(MEETING_WORD_DATE.exec(t)![1]!));
      takeWhen(t);
      const dashed = PLACE_AFTER_TIME_DASH.exec(t);
      if (dashed) meeting.location ??= dashed[1]!;
      dateLineAt = i;
    } else if (MEETING_COMMA_DATE.test(t) && findDate(t)) {
      // `Generalforsamling, Holmby forsamlingshus d. 19/8-2031, kl 18.00`: the meeting, where (or whose), and when.
      const named = MEETING_COMMA_DATE.exec(t)![1]!.trim();
      if (ORGANISATION_WORD.test(named)) offerBody(() => named);
      else meeting.location ??= named;
      takeWhen(t);
      dateLineAt = i;
    } else if (i < 12 && datedAtEnd(t) !== null && MEETING_IN_NAMED.test(datedAtEnd(t)!)) {
      // `Bestyrelsesmøde i Solbakkens Ejerlaug 2031.04.19`: the meeting in a named body, then its date.
      offerBody(() => bodyFromTitle(datedAtEnd(t)!));
      takeWhen(t);
      dateLineAt = i;
    } else if (i < 12 && !bulleted && (looksLikeBodyName(t) || organisationName(t.replace(/\s*,$/u, '')) || MEETING_IN_NAMED.test(t)) && !findDate(t) && !ASSEMBLY.test(t)) {
      // (`foreningen KULTURHUSET,` under the title: the name with the comma the title's sentence went on after.)
      // `Skolebestyrelsesmøde`, `Ekstraordinært Ældrerådsmøde`: a meeting's word, the body in it or none.
      if (/møde(?:t)?$/iu.test(t)) offerBody(() => bodyFromTitle(t));
      else {
        // A web page's link (`Se alle dagsordener og referater fra dette mødeforum`) names no body, and leaves the field open.
        const named = t.replace(/\s*,$/u, '').replace(WEB_SECTION, '').replace(AREA_SUFFIX, '').replace(MARKED_BY, '');
        // `Afdelingsbestyrelsesmøde afdeling 27 – Lillevej`: the meeting's word, then the body.
        // A kind of meeting (`Bestyrelsesmøde 27`) names a body only in its word (`Brugerrådsmøde` → `Brugerrådet`), and leaves the field to a later line.
        // `Fra ordinær generalforsamling i Holmby Kajakklub` (a title's second line): the club after the meeting.
        if (!WEB_CHROME.test(named)) offerBody(() => NEWS_FROM.exec(named)?.[1] ?? (/\p{Ll}møde\s+\p{Ll}|^(?:(?:[Ff]ra|[Aa]f)\s+)?(?:(?:[Oo]rdinær|[Ee]kstraordinær)e?\s+)?\p{L}*(?:[Mm]øde|[Gg]eneralforsamling|MØDE|GENERALFORSAMLING)\s+(?:i|for|I|FOR)\s+(?:\p{Lu}|\p{Ll}{2,}(?:rådet|udvalget|foreningen|klubben|lauget|selskabet|gruppen|kredsen|værket)(?!\p{L}))/u.test(named) ? bodyFromTitle(named) : null) ?? (namesABody(named) ? named : bodyInMeetingWord(named)));
      }
    }
    else if (BODY_THEN_DATE.test(t) && findDate(t)) {
      // `Social- og Sundhedsudvalget torsdag den 20. april 2023 kl. 19.00` (not `Mandag d. 7. februar`)
      // `Bestyrelsesmøde afholdt 6/1 2011`: held is not part of a name.
      // `Holmby Boldklub – Bestyrelsesmøde 3/5-2031`: the body, then the kind of meeting.
      const named = BODY_THEN_DATE.exec(t)![1]!.trim().replace(HELD_WORD, '').replace(/\s*[-–]\s*\p{L}*(?:møde|generalforsamling)(?:t|en)?$/iu, '');
      // A sentence (`Formanden havde indkaldt til bestyrelsesmøde onsdag den …`) names no body.
      const prose = named.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:og|for|i|af|med|til|på|om)$/u.test(w)).length > 1;
      // `Holmby, mandag d. 7. april 2031.`: a letter's town and date, not a body.
      // (`Holmby d. 20. december 2031`: a known town alone before the date is a dateline too.)
      const dateline = (/^\p{Lu}\p{Ll}+,\s/u.test(t) || isTown(named)) && !/\s/u.test(named) && !BODYLIKE.test(named);
      // (A building named in words before the day and the hour, `Holmby Bibliotek søndag d. 26. april 2031 kl. 12:45`, is where it met.)
      // (Or a common noun in its definite form in a town: `Landsbyen i Holmstrup d. 17. januar 2031.`, `Kirken i Holmby …`.)
      const inTown = /^(\p{Lu}\p{Ll}+(?:en|et))\s+i\s+\p{Lu}\p{Ll}+$/u.exec(named);
      const building = (buildingName(named) && !BODYLIKE.test(named) && CLOCK.test(t)) || (inTown !== null && isDictionaryWord(inTown[1]!.toLocaleLowerCase('da')) && !BODYLIKE.test(inTown[1]!) && !ORGANISATION.test(inTown[1]!));
      if (building) meeting.location ??= named;
      if (named !== '' && !prose && !dateline && !bulleted && !building && !NOT_NAMED.test(named)) offerBody(() => bodyFromTitle(named) ?? (/^\p{L}*møde(?:t)?$/iu.test(named) ? null : named));
      // (With the hour as well, `Svalegården, onsdag den 6. marts 2031, kl. 19.30`, it is where the meeting was.)
      if (dateline && CLOCK.test(t) && !WEEKDAY_WORD.test(named) && !/møde|generalforsamling|referat|dagsorden/iu.test(named)) meeting.location ??= named;
      // (A building's name alone before the day and the hour, `Sognegården onsdag 9. juni 2031 kl. 19:00`, is where it met.)
      else if (!/\s/u.test(named) && PLACE_NAME_END.test(named) && /^\p{Lu}\p{Ll}{4,}$/u.test(named) && CLOCK.test(t) && !BODYLIKE.test(named)) meeting.location ??= named;
      // (A letter's town and date with no hour, `Holmby d. 20. december 2031`, dates the writing: the meeting's only where nothing else dates it.)
      const written = dateline && !CLOCK.test(t) ? findDate(t) : null;
      if (written) looseDate ??= { date: written.date, line: l, start: null, end: null };
      else takeWhen(t);
      dateLineAt = i;
    } else if (i < 15 && (() => { const d = findDate(t); return d !== null && d.index > 0 && (MEETING_NAMED_BEFORE.test(t.slice(0, d.index)) || (i < 5 && meeting.date === null && /^\p{L}*(?:[Mm]øde|[Gg]eneralforsamling)\s/u.test(t))); })()) {
      // `Generalforsamling i Holmby Husmoderforening 13 marts 2031 kl 19,00`: the meeting named, then its day (with no full stop
      // after the day's number) and its hour. Near the top, whatever stands between while no day is read yet: `Bestyrelsesmøde i
      // Holmforeningen hos Grete, Holmlund 3, 2920 Holmby d. 28. november 2031 kl. 14-16`.
      takeWhen(t, true);
      dateLineAt = i;
    } else if (TIME_ONLY.test(t) || TIME_THEN_NOTE.test(t)) {
      // `Kl. 18.00 – 20.30` on a line of its own (`… med efterfølgende spisning`: a note in small letters after it).
      takeWhen(t);
    } else if (RANGE_ALONE.test(t) && meetingLong(findTimes(`kl. ${RANGE_ALONE.exec(t)![1]!}`))) {
      // `17.00 – 19.30`, `17.00 til 19.00. Spisning sidst på mødet`: the hours alone, without `kl.`, on a line of the header, as long
      // as a meeting lasts (not a day's programme, `10:30 - 18:00`, nor a place's opening hours).
      takeWhen(`kl. ${RANGE_ALONE.exec(t)![1]!}`);
    } else if (meeting.startTime === null && PROGRAM_START.test(t)) {
      // `13.00 Generalforsamling`, `19.30 Ordinær generalforsamling`: a day's programme, the hour the meeting begins.
      meeting.startTime = findTimes(`kl. ${PROGRAM_START.exec(t)![1]!}`).start;
    } else if (placeThenTimeLine(t)) {
      // `Kommunens mødesal kl. 11:00`, `I Holmby Kulturcenter ved Cafeteriet kl. 19:30`: where, then when.
      const m = placeThenTimeLine(t)!;
      takeWhen(m[2]!);
      meeting.location ??= m[1]!.trim().replace(/^(?:I|På|i|på)\s+/u, '');
    } else if (TAKES_PLACE_AT.test(t)) {
      // `Mødet fandt sted fra kl. 15.00 til 19.15`: when it was, and where if the sentence goes on to say so.
      takeWhen(t);
    } else if (TIME_THEN_PLACE.test(t) || TIME_THEN_NAMED.test(t)) {
      // `kl. 14 – 15 i formandens have - med god afstand!`: the time, then where (up to a dash or a sentence's end).
      const m = (TIME_THEN_PLACE.exec(t) ?? TIME_THEN_NAMED.exec(t))!;
      takeWhen(m[1]!);
      // (A host's place with the address after it, `kl. 19 hos Bo, Engvejen 2`, as a host's place is read anywhere.)
      const host = /^\s*hos\s/iu.test(t.slice(m[1]!.length)) ? placeIn(t) : null;
      meeting.location ??= host ?? m[2]!.split(/\s+[-–]\s+|[,;!]|\.(?:\s|$)/u)[0]!.trim();
    } else if (HELD_AT.test(t)) {
      // `Mødet blev afholdt i spejderhytten kl. 18.30-20.00`.
      const m = HELD_AT.exec(t)!;
      meeting.location ??= m[1]!.replace(/[.,]$/, '');
      if (m[2]) takeWhen(m[2]);
    } else if (DATE_ONLY.test(t) && findDate(t)) {
      // `24-09-2019` alone under the body's name.
      takeWhen(t);
      dateLineAt = i;
    } else if ((ROOM_LINE.test(t) || ROOM_AFTER_PLACE.test(t)) && t.length < 80) {
      // (`Mødelokale F7 kl. 15.00`: the room, then when.)
      meeting.location ??= placeThenTime(t);
    } else if (WHEN_LINE.test(t) && findDate(t)) {
      // `tirsdag den 5. marts 2024 kl. 16.00-18.00`: an unlabelled date line in the header.
      takeWhen(t);
      dateLineAt = i;
      // `14 marts 2019 | 19:00 - 21:00 | Egebjerg forsamlingshus`: the place in a cell of its own.
      const cells = t.split(/\s+\|\s+/u);
      const last = cells[cells.length - 1]!;
      if (cells.length > 1 && /^\p{Lu}/u.test(last) && !/\d{1,2}[.:]\d{2}/u.test(last) && !findDate(last) && last.length <= 80) meeting.location ??= last;
    } else if ((i - dateLineAt <= 3 || i - datedTitleAt <= 2 || (i - datedTitleAt <= 3 && houseAbove(lines, i) !== null)) && ADDRESS_ALONE.test(t)) {
      // `Rådhustorvet 5, 2. sal – indgang gennem gården.`, `på adressen Holmvej 4, 5792 Holmby.`: an address alone under the date line.
      // (The house named on the line above it, `Holmgades forsamlingshus` / `Holmgade 33` / `5500 Holmby`: the house with its address.)
      const address = ADDRESS_ALONE.exec(t)![1]!;
      const house = houseAbove(lines, i);
      const below = i + 1 < lines.length ? lines[i + 1]!.text.trim() : '';
      const postcode = /^\d{4}\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}{1,2})?$/u.test(below) ? below : null;
      if (house !== null && meeting.location === null) {
        meeting.location = [house, address, postcode].filter((x) => x !== null).join(', ');
        if (meeting.body === house) meeting.body = null;
      }
      meeting.location ??= address;
    } else if ((i - dateLineAt <= 2 || i - datedTitleAt <= 1) && /^(?:[Ii]|[Pp]å)\s+\S/u.test(t) && t.length < 100 && !(/^\S+\s+\p{Lu}/u.test(t) && ORGANISATION.test(t))) {
      // (Not an organisation's name, `i Holmby Haveforening af 1983`: whose meeting it was.)
      // `i Holmby Kirke i forlængelse af koraften.`, `I konferenceværelset på Kasernen.` under the date line or a dated title.
      meeting.location ??= t.replace(/^(?:[Ii]|[Pp]å)\s+/u, '').replace(/\s+i\s+forlængelse\s+af\s.*$/u, '').replace(/[.,]$/, '');
    } else if ((i - dateLineAt <= 1 || i - datedTitleAt <= 1) && (/^\(\p{Lu}\p{Ll}[^()\d]{1,60}\)$/u.test(t) || (PLACE_NOUN.test(t) && /^\p{Ll}+$/u.test(t)))) {
      // `(Havestuen på Holmgaard)` in brackets, or `medborgerhuset` alone in small letters, right under the date: where it met.
      meeting.location ??= t.replace(/^\(|\)$/gu, '');
    }
  });

  // Apologies told in a sentence inside a long paragraph of the header (`… Der var afbud fra 4 medlemmer: A, B, C og D. …`).
  if (!groups.some((g) => g.group === 'absent')) {
    for (const l of lines) {
      // `Afbud fra Bo Dal.` on a line of its own: the apologies, as a sentence.
      const own = l.blank || l.text.length >= 120 ? null : APOLOGY_SENTENCE.exec(l.text.trim()) ?? ABSENT_WERE.exec(l.text.trim());
      if (own) {
        groups.push({ group: 'absent', lines: [{ ...l, text: own[1]! }], inline: true });
        continue;
      }
      if (l.blank) continue;
      // `… ( Lis, Grete og Ole) (Afbud fra Ida og Bo) deltog 4 medlemmer …`: the apologies in brackets inside a sentence.
      for (const m of l.text.matchAll(/\((\s*Afbud\s+fra\s[^()]{2,120})\)/giu)) {
        const bracketed = APOLOGY_SENTENCE.exec(m[1]!.trim());
        if (bracketed) groups.push({ group: 'absent', lines: [{ ...l, text: bracketed[1]! }], inline: true });
      }
      // `… Henrik Dam Fraværende Tor Myrup Lise Harbo Bemærkninger til …`: a page run into one line, the absence label inside it.
      if (l.text.length >= 120) {
        const inside = namesRunInside(l.text);
        if (inside !== null) {
          groups.push({ group: 'absent', lines: [{ ...l, text: inside }], inline: true });
          continue;
        }
      }
      for (const [k, sentence] of attendanceSentences(l.text).entries()) {
        // The next item's number run on after the full stop (`… og Bo Dal. 2. Beretning …`) is not the sentence's.
        const s = sentence.replace(/\s+\d{1,2}\.$/u, '');
        // `… og Per. Tobias havde afbud.`, `Oldermand Lis Dal var forhindret, i hendes sted …`, `Bo Dal fraværende`: who was away,
        // in a sentence of the line (its first too).
        const had = /afbud|forhindret|fraværende|syg|bortrejst|deltog\s+ikke/iu.test(s) ? HAD_APOLOGY.exec(s) : null;
        const m = k > 0 && l.text.length >= 120 && /^Der\s/u.test(s) ? APOLOGY_SENTENCE.exec(s) : null;
        if (m || had) groups.push({ group: 'absent', lines: [{ ...l, text: m ? m[1]! : had![1]! }], inline: true });
      }
    }
  }
  // `… Tilstedeværende medlemmer af Rådet Bo Dal (formand) Eva Holm Ib Lund Afbud …`: those present inside a page run into one line.
  if (!groups.some((g) => g.group === 'member')) {
    for (const l of lines) {
      if (l.blank || l.text.length < 120) continue;
      const inside = namesRunInside(l.text, PRESENT_LABEL_INSIDE);
      if (inside === null) continue;
      groups.push({ group: 'member', lines: [{ ...l, text: inside }], inline: true });
      break;
    }
  }
  // A day and month without a year (`Lørdag den 19. marts afholdes …`, `mødet d.1.11. kl. 17`): the year of the posting
  // (a mail's `Date:`, a page's `Udgivet …`, a stamp to the second), of a full date elsewhere in the header, or of the title
  // (`Generalforsamling 2011`). It dates the meeting before the posting's own date does.
  if (meeting.date === null) {
    let timeOfYearless = false;
    const texts = lines.slice(0, 15).flatMap((l) => (l.blank ? [] : [l.text]));
    for (const t of texts) {
      // (Nor the next meeting's day, `NÆSTE MØDE: D. 22 marts kl. 17.30`.)
      if (PUBLISHED.test(t) || /\b(?:senest|inden|frist|tilmelding)\b/iu.test(t) || ANOTHER_DAY.test(t) || !DATE_LINE_WORDS.test(t)) continue;
      const d = findDayMonth(t);
      if (!d) continue;
      const postedDate = (posted as string | null) ?? (published as string | null);
      const fullDate = postedDate === null ? texts.map((x) => findDate(x)).find((x) => x !== null) : undefined;
      const titleYear = texts.slice(0, 5).map((x) => /\b(19[5-9]\d|20\d\d)\b/u.exec(x)).find((m) => m !== null);
      // A year in a title line above the date (`Referat af generalforsamling 2010` / … / `Tirsdag 9. marts afholdt …`) before a full date further down, which may be another day's.
      const yearAbove = texts.slice(0, Math.min(3, texts.indexOf(t))).map((x) => findDate(x) === null ? /\b(19[5-9]\d|20\d\d)\b/u.exec(x) : null).find((m) => m !== null);
      const year = postedDate !== null ? Number(postedDate.slice(0, 4)) : yearAbove ? Number(yearAbove[1]) : fullDate ? Number(fullDate.date.slice(0, 4)) : titleYear ? Number(titleYear[1]) : null;
      const date = year === null ? null : withYear(d, year, postedDate === null && !yearAbove && fullDate !== undefined);
      if (date === null) {
        // (No year to read the day with: the time told with the first such day is the meeting's all the same, `… tirsdag d. 1.
        // marts kl. 12.00 i …`.)
        if (!timeOfYearless) {
          timeOfYearless = true;
          const times = findTimes(t.slice(d.index + d.length));
          meeting.startTime ??= times.start;
          if (times.start !== null) meeting.endTime ??= times.end;
        }
        continue;
      }
      yearless = date;
      diags.info('date-year-elsewhere', `The meeting's date is printed without a year; read it with the year ${year} from ${postedDate !== null ? 'the posting date' : yearAbove ? 'the title above it' : fullDate ? 'another date in the header' : 'the title'}`, place(input[0]));
      takeWhen(t.slice(d.index + d.length));
      break;
    }
  }
  published ??= posted;
  // No date read from a label or a title: a weekday with a date in the header (`… Afbud fra: Onsdag den 15-maj-2002 …`,
  // a table whose labels were printed before their values) dates the meeting.
  if (meeting.date === null && published === null && titleDate === null) {
    for (const l of lines.slice(0, 15)) {
      if (l.blank || PUBLISHED.test(l.text) || ANOTHER_DAY.test(l.text)) continue;
      const day = WEEKDAY_DATE.exec(l.text);
      const d = day ? findDate(l.text.slice(day.index)) : null;
      if (d && d.index <= day![0].length) {
        meeting.date = d.date;
        break;
      }
    }
  }
  // `Møde med udvalget …, afholdt d. 25. juni 2031 i klubhuset.`, `… generalforsamling blev afholdt på havnen den 8 august 2031.`:
  // the day a sentence of the first lines says the meeting was held on (not the next meeting's, nor a deadline).
  if (meeting.date === null && published === null && titleDate === null) {
    for (const l of lines.slice(0, 10)) {
      if (l.blank || !HELD_ON.test(l.text) || ANOTHER_DAY.test(l.text)) continue;
      // (The date in the held sentence: after its verb, or just before it: `Den 4. maj 2031 blev der afholdt …`; not a dateline
      // further before, `Holmby, 16. april 2031 Referat … blev afholdt … den 15. marts`.)
      const sentence = l.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).find((x) => HELD_ON.test(x)) ?? l.text;
      const verb = HELD_ON.exec(sentence)!;
      const after = findDate(sentence.slice(verb.index));
      const d = after ?? findDate(sentence.slice(Math.max(0, verb.index - 40), verb.index));
      if (d) {
        meeting.date = d.date;
        break;
      }
    }
  }
  // (The title's own date first: `Referat … 28/2-2019` over `Oprettet d. 2019-03-07`.)
  let fromPublication = false;
  if (meeting.date === null && titleDate === null && published !== null && yearless === null) {
    meeting.date = published;
    fromPublication = true;
    diags.info('date-from-publication', 'The header gives no meeting date; took the date the minutes were sent or posted', place(input[0]));
  }
  // `Referat bestyrelsesmøde 14. september 2020`, then a post's stamp `22. september 2020 kl. 06:12`, then `14. september 2020`:
  // the date the title names, when a date line repeats it, over the first date line.
  // (Or when the date first read stood on a line of its own with no hour, no field's label, and never with an hour: a page's or
  // a writer's stamp over the title, `6. oktober 2031/HB` / `Referat af generalforsamlingen … den 29.9. 2031`.)
  const stamped = seenDates[0]?.date === meeting.date && seenDates[0]!.start === null && meeting.date !== (fieldDay as string | null) && !seenDates.some((x) => x.date === meeting.date && x.start !== null);
  if (titleDate !== null && meeting.date !== null && meeting.date !== titleDate && (seenDates.some((x) => x.date === titleDate) || stamped || (meeting.date !== (fieldDay as string | null) && !seenDates.some((x) => x.date === meeting.date && x.held)))) {
    const first = seenDates[0]!;
    // (The same day of another month or year, `Beslutningsprotokol 24/8 2031` over `Tirsdag d. 24. juni 2031 kl. 19.00`: a slip
    // in the date, the time told with it still the meeting's.)
    const slip = (meeting.date as string).slice(8) === (titleDate as string).slice(8);
    if (slip && (timesDay as string | null) === meeting.date) timesDay = titleDate;
    if (first.date === meeting.date && meeting.startTime === first.start && !slip) {
      meeting.startTime = null;
      meeting.endTime = null;
    }
    meeting.date = titleDate;
    for (const x of seenDates.filter((y) => y.date === titleDate)) {
      meeting.startTime ??= x.start;
      meeting.endTime ??= x.end;
    }
  }
  // `Referat 2031-01-08` over `Bestyrelsesmøde 08-01-2030 kl. 18`: the same day, another year. Minutes are written on last
  // year's, the year in the running text left as it was; the title's year is the one written for this meeting. (A field's
  // date, `Tid: 27. november 2030`, is filled in for the meeting and stands.)
  const titleDay = titleDate as string | null;
  if (titleDay !== null && meeting.date !== null && titleDay !== meeting.date && titleDay.slice(5) === meeting.date.slice(5) && meeting.date !== (fieldDay as string | null)) {
    diags.info('date-year-conflict', `The title dates the meeting ${titleDay}, a line below it ${meeting.date}; took the title's year`, place(input[0]));
    // (The time told with that day is the meeting's still: the same day.)
    if ((timesDay as string | null) === meeting.date) timesDay = titleDay;
    meeting.date = titleDay;
  }
  meeting.date ??= titleDate;
  // `torsdag, april 18, 2031` alone over the title, then `Mandag den 13. januar 2031, blev der afholdt generalforsamling …`: the
  // first a page's stamp, the second the day the meeting was held.
  const stampFirst = seenDates[0];
  if (titleDate === null && stampFirst && stampFirst.date === meeting.date && stampFirst.alone && stampFirst.start === null && meeting.date !== (fieldDay as string | null)) {
    const held = seenDates.slice(1).filter((x) => x.held && x.date !== stampFirst.date);
    if (held.length > 0 && held.every((x) => x.date === held[0]!.date)) {
      meeting.date = held[0]!.date;
      meeting.startTime = held[0]!.start;
      meeting.endTime = held[0]!.end;
    }
  }
  // `12. december 2031` alone over `Referat bestyrelsesmøde 16. august – kl. 17.00`; `Bestyrelsesmøde nr. 5. Torsdag den 14. maj.`
  // over `Udgivet 20-05-2031`: a stamp dates the minutes, the line naming the meeting gives its day without a year: that day, in
  // the stamp's year or the one before, never after the stamp (the weekday printed with it decides between the two).
  const stamp = meeting.date as string | null;
  if (titleDate === null && stamp !== null && (fromPublication || (stampFirst?.date === stamp && stampFirst.alone && stampFirst.start === null && stamp !== (fieldDay as string | null)))) {
    for (const l of lines.slice(0, 12)) {
      if (l.blank || PUBLISHED.test(l.text) || ANOTHER_DAY.test(l.text)) continue;
      const d = findDayMonth(l.text);
      if (!d || !MEETING_NAMED_BEFORE.test(l.text.slice(0, d.index))) continue;
      const year = Number(stamp.slice(0, 4));
      const days = [withYear(d, year), withYear(d, year - 1)].filter((x): x is string => x !== null && x <= stamp);
      const day = days.find((x) => d.weekday === undefined || weekdayOf(x) === d.weekday) ?? days[0];
      if (day === undefined) break;
      diags.info('date-year-elsewhere', `The meeting's date is printed without a year; read it with the year of the date above it, ${stamp}`, place(l));
      meeting.date = day;
      const times = findTimes(l.text.slice(d.index + d.length));
      if (times.start !== null) {
        meeting.startTime = times.start;
        meeting.endTime = times.end;
      }
      break;
    }
  }
  meeting.location ??= placeTold;
  // `Mødet blev afholdt over Teams`, `Mødet afholdes som teamsmøde.`, `(Videokonference)`: a meeting held online.
  meeting.location ??= virtualPlace(input);
  // `Bestyrelsesmøde 2031-08-11` (the page's date) over `Bestyrelsesmøde, torsdag 2031-08-06, kl. 19:30`: the day told with the
  // meeting's time is the meeting's, where the first date had no time and no title dated the meeting.
  // (Not over a field's date: `Dato` / `9. maj 2031`, then `Generalforsamlingen er d. 27.05.2031 kl. 13.` among the items.)
  if (titleDate === null && meeting.date !== null && timesDay !== null && timesDay !== meeting.date && meeting.date !== (fieldDay as string | null) && !seenDates.some((x) => x.date === meeting.date && x.start !== null)) {
    const timed = seenDates.filter((x) => x.start !== null);
    if (timed.length > 0 && timed.every((x) => x.date === timesDay)) meeting.date = timesDay;
  }
  // `Generalforsamling den 28. juni 2031` over `afholdt mandag, den 28. juni 2030`: the same day in two years, the weekday printed
  // with the one taken falling in the other: the other's year (a year left from last year's minutes).
  const printed = seenDates.find((x) => x.date === meeting.date && x.weekday !== null);
  if (meeting.date !== null && printed && weekdayOf(meeting.date) !== printed.weekday) {
    const day = meeting.date.slice(5);
    const fits = [...new Set([...seenDates.map((x) => x.date), ...(titleDate !== null ? [titleDate] : [])])].filter((x) => x !== meeting.date && x.slice(5) === day && weekdayOf(x) === printed.weekday);
    if (fits.length === 1) {
      diags.info('date-year-conflict', `The meeting is dated ${meeting.date}, a ${WEEKDAYS[printed.weekday!]} only in ${fits[0]!.slice(0, 4)}, the year another line gives; took ${fits[0]}`, place(input[0]));
      // (The time told with the other year's line is this day's: the same day.)
      if ((timesDay as string | null) === meeting.date) timesDay = fits[0]!;
      for (const x of seenDates) if (x.date === meeting.date) x.date = fits[0]!;
      meeting.date = fits[0]!;
    }
  }
  // `1. maj 2031 i Holmby: … fra kl. 14.00`: a time told with another day than the meeting's is not the meeting's; the meeting's day's own, if any.
  if (timesDay !== null && meeting.date !== null && timesDay !== meeting.date) {
    const own = seenDates.find((x) => x.date === meeting.date && x.start !== null);
    meeting.startTime = own?.start ?? null;
    meeting.endTime = own?.end ?? null;
  }
  // `Bestyrelsesmøde d. 20. oktober 2031` over `Dagsorden for mødet d. 20. oktober kl 19.30 på …`: the meeting's day again without
  // its year, with the hour after it: the meeting's hour.
  if (meeting.startTime === null && meeting.date !== null) {
    for (const l of lines.slice(0, 15)) {
      if (l.blank || PUBLISHED.test(l.text) || OTHER_MEETING_BEFORE.test(l.text) || ANOTHER_DAY.test(l.text)) continue;
      const d = findDayMonth(l.text);
      if (!d || d.month !== Number(meeting.date.slice(5, 7)) || d.day !== Number(meeting.date.slice(8, 10))) continue;
      const times = findTimes(l.text.slice(d.index + d.length));
      if (times.start === null) continue;
      meeting.startTime = times.start;
      meeting.endTime ??= times.end;
      break;
    }
  }
  const fromTitle = titleTimes as { start: string | null; end: string | null } | null;
  if (fromTitle && meeting.startTime === null) {
    meeting.startTime = fromTitle.start;
    meeting.endTime ??= fromTitle.end;
  }
  // `Formanden åbnede generalforsamlingen kl. 18,00, …`: told in the first lines of the minutes, when no field gave it.
  if (meeting.startTime === null) {
    for (const l of lines.slice(0, 30)) {
      const opened = l.blank ? null : OPENED_AT.exec(l.text);
      if (!opened) continue;
      meeting.startTime = findTimes(opened[0]).start;
      if (meeting.startTime !== null) break;
    }
  }
  sawTime ||= meeting.startTime !== null;
  // A line among the first that names the meeting and dates it, which no reading above took (`Holmby Syd-, Øst- og Vestfyns
  // generalforsamling 25. februar 2031`, `A: Referat af ordinær generalforsamling 27. juli 2031`): its date is the meeting's.
  // (Not the last or the next meeting's: `Godkendelse af referat fra sidste møde 3. maj`.)
  if (meeting.date == null && !looseDate) {
    for (const l of lines.slice(0, 30).filter((x) => !x.blank).slice(0, 8)) {
      const t = l.text.trim();
      // (A title's length: a sentence about another event, `… planerne for Idrætsmødet … 29/8-1/9 2031`, dates no meeting.)
      const named = NAMES_MEETING.exec(t);
      if (t.length > 160 || t.split(/\s+/u).length > 16 || !named || /\b(?:sidste|forrige|seneste|næste|kommende)\b/iu.test(t)) continue;
      // The date after the meeting's word before one above it (`1 15. juni 2031 Referat fra møde … den 31. maj 2031`: a page's stamp first).
      const after = findDate(t.slice(named.index));
      const d = after ? { ...after, index: after.index + named.index } : findDate(t);
      if (!d) continue;
      meeting.date = d.date;
      const times = findTimes(t.slice(d.index));
      meeting.startTime ??= times.start;
      meeting.endTime ??= times.end;
      break;
    }
  }
  if (meeting.date == null && looseDate) {
    const loose = looseDate as { date: string; start: string | null; end: string | null };
    meeting.date = loose.date;
    meeting.startTime ??= loose.start;
    meeting.endTime ??= loose.end;
    sawTime ||= loose.start !== null;
    // Beside a meeting time or place, `Dato:` is the meeting's date; alone, it may be the document's.
    if (!sawTime && meeting.location === null) {
      diags.warn('date-uncertain', 'Took the only date in the header for the meeting date; the document names no meeting time or place', place((looseDate as { line: SLine }).line));
    }
  }
  // A post's stamp (`07-07-2022` on its own, under `Referat bestyrelsesmøde 20.6.2022`) is later than the meeting it reports:
  // of the title's date and the header's bare date lines, the earliest is the meeting's.
  const bare = lines.slice(0, 15).flatMap((l) => (l.blank ? [] : [bareDate(l.text)])).filter((d): d is string => d !== null);
  const dated = [...(titleDate !== null ? [titleDate] : []), ...bare];
  if (meeting.date !== null && dated.includes(meeting.date) && new Set(dated).size >= 2) {
    const earliest = [...dated].sort()[0]!;
    if (earliest !== meeting.date) {
      // The stamp's time went with it (`27. august 2016 kl. 05:39`): the time is the one given with the meeting's date, or none.
      const stamp = seenDates.find((x) => x.date === meeting.date);
      if (stamp && stamp.start === meeting.startTime) {
        const own = seenDates.find((x) => x.date === earliest);
        meeting.startTime = own?.start ?? null;
        meeting.endTime = own?.end ?? null;
      }
      meeting.date = earliest;
      diags.info('date-earliest', 'The header dates the minutes more than once; took the earliest date as the meeting\'s (a later one is when they were posted)', place(input[0]));
    }
  }
  // No time read with the date: the first header line that dates the meeting and gives a time (`HVORNÅR: d.7-2-18 kl. 19.30-21.30`,
  // `Torsdag, 14 november, 2019 - 18:30`), or says when it starts (`Vi starter kl 13`).
  if (meeting.startTime === null) {
    for (const l of lines.slice(0, 20)) {
      // (Not a posting's line, nor a system's stamp to the second: `2031-03-15 13:15:32 +0100`.)
      // (Nor the next meeting's day and hour: `Næste møde er den 9. maj kl. 19.00 hos Bo.`)
      if (l.blank || PUBLISHED.test(l.text.trim()) || STAMPED_SECONDS.test(l.text) || NEXT_MEETING_OPENS.test(l.text)) continue;
      const times = findTimes(l.text);
      if (times.start === null) continue;
      // A date on the line must be the meeting's (a post's stamp `27. august 2016 kl. 05:39` is not).
      const onLine = findDate(l.text);
      const dated = onLine !== null ? onLine.date === meeting.date : DAY_MONTH_NAMED_LINE.test(l.text);
      if (!dated && !/\b(?:starter|begynder|start|starttidspunkt|mødetid|tidspunkt|tid)\b/iu.test(l.text)) continue;
      meeting.startTime = times.start;
      meeting.endTime ??= times.end;
      break;
    }
  }
  // `Holmby sogns menighedsråds fællesmøde i Holmby Kirke`: the meeting held in a building named after it; the building is where.
  const heldInBuilding = meeting.body === null ? null : /^(\S.*?(?:møde|generalforsamling)t?)\s+i\s+(\p{Lu}\S*(?:\s+\p{Lu}\S*){0,2})$/u.exec(meeting.body);
  if (heldInBuilding && buildingName(heldInBuilding[2]!) && !ORGANISATION.test(heldInBuilding[2]!)) {
    meeting.location ??= heldInBuilding[2]!;
    meeting.body = heldInBuilding[1]!;
  }
  // A place named in a title or a sentence of the header (`… i Kulturhuset torsdag den …`, `kl. 19.00 hos Poul Dam`, `via Zoom`).
  if (meeting.body !== null && PLACE_WORD.test(meeting.body) && !ORGANISATION.test(meeting.body)) {
    meeting.location ??= meeting.body;
    meeting.body = null;
  }
  // `Generalforsamling i Holmbyhallen tirsdag …`: a name that is a building's (and no more) is where the meeting was.
  const shaped = meeting.body === null ? null : shapeBody(meeting.body);
  if (shaped !== null && /^\p{Lu}\p{Ll}+(?:hallen|huset|kirken|skolen|gården|centret)$|^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:Sognegård|Sognehus|Præstegård|Hallen|Kirke|Hotel|Kro)$/u.test(shaped) && !ORGANISATION_WORD.test(shaped)) {
    meeting.location ??= shaped;
    meeting.body = null;
  }
  for (const l of lines.slice(0, 15)) {
    if (meeting.location !== null) break;
    if (!l.blank && !agendaEntryLine(l.text)) meeting.location = placeIn(l.text);
  }
  meeting.location ??= placeBesideWhen(lines.slice(0, 15), meeting);
  // `i Vejby Snedkerlaugs lokaler`: an organisation's own premises; with no body named, that organisation met.
  const premises = meeting.location === null ? null : /^(.{3,60}?(?:forening|klub|laug|selskab|vandværk|kor))s\s+(?:egne\s+)?(?:lokaler|lokale|lokalerne|klubhus|hus)\b/u.exec(meeting.location);
  if (premises && meeting.body === null) meeting.body = premises[1]!;
  // The body's name read as a place too (`i A/B Solgården`): a body, not a place.
  // (Also in quotes: `i ”Holmby Jazzens Venner”` is the body's name.)
  const unquoted = (x: string) => x.replace(/[”“"„«»]/gu, '').trim();
  if (meeting.body !== null && meeting.location !== null && unquoted(meeting.location) === unquoted(meeting.body) && !FREE_SCHOOL_END.test(meeting.body)) meeting.location = null;
  // No label at all: a list of people opening the minutes (`Heimo Dal – HD` / … / `Bo Kock – BK (afbud)`) is who was called.
  if (groups.length === 0) {
    const top = namesOnTop(lines);
    if (top.length > 0) groups.push({ group: 'member', lines: top });
  }
  // `… i Holmby Samlingshus:` over what follows: the colon ends the line, not the place.
  if (meeting.location !== null) meeting.location = placeEnd(withoutEndColon(meeting.location));
  if (meeting.location !== null) meeting.location = withAddressTail(meeting.location, lines.slice(0, 20));
  return { meeting, documentTitle, agendaLabel, groups, chairFromField, yearlessDate: yearless, bodyOfMeeting: ofMeeting, bodyWhereHeld };
}

/**
 * Where a place read from a sentence ends, when the sentence runs on after it: a new sentence (`Fælleshuset. Bo stod for
 * kaffen`), the count of those who came (`Sognehuset med 15 fremmødte`, `Centret – 43 fremmødte medlemmer`), what happened
 * there (`Hallens Restaurant og blev genvalgt`, `Havnen i forbindelse med …`). Each with its examples (the place kept).
 */
export const PLACE_ENDS: { name: string; end: RegExp; examples: [string, string][] }[] = [
  {
    name: 'a new sentence',
    // (Not after an abbreviation, `Sct. Paul`, `den tidl. Højskole`, nor a name in capitals, `BIBLIOTEKET. Vejen 76`; nor before
    // the room, `Vejen 6, Holmby. Lokale 5`.)
    end: /(?<=\p{Ll}{3})(?<!(?<!\p{L})(?:tidl|inkl|ekskl|vedr|ang|mht|bl\.a|evt|gl|nr|tlf))\.\s+(?=\p{Lu}\p{Ll})(?!(?:Lokale|Mødelokale|Mødelokalet|Sal|Salen|Etage|Indgang|Opgang|Bygning|Rum|Værelse|Kantinen)\b)/u,
    examples: [
      ['Fælleshuset. Bo stod for kaffen', 'Fælleshuset'],
      ['Holmby Rådhus. Foreningen har en ny kasserer', 'Holmby Rådhus'],
      ['Værket, Holmby. Antal deltagere: 15', 'Værket, Holmby'],
      ['Gl. Skole, Sct. Jørgens Vej 4', 'Gl. Skole, Sct. Jørgens Vej 4'],
      ['den tidl. Højskole i Holmby', 'den tidl. Højskole i Holmby'],
      ['Vejen 6, 7000 Holmby. Lokale 515', 'Vejen 6, 7000 Holmby. Lokale 515'],
      ['Holmby BIBLIOTEK. Vejen 76, 3. sal', 'Holmby BIBLIOTEK. Vejen 76, 3. sal'],
    ],
  },
  {
    name: 'the count of those who came',
    end: /\s+(?:[–-]\s+|med\s+)(?:ca\.\s+)?\d+\s+(?:fremmødte|deltagere|medlemmer|personer|tilhørere|stemmeberettigede)\b/iu,
    examples: [
      ['Sognehuset med 15 fremmødte', 'Sognehuset'],
      ['Aktivitetscentret – 43 fremmødte medlemmer', 'Aktivitetscentret'],
      ['Hotel Fjorden – lokale 3', 'Hotel Fjorden – lokale 3'],
    ],
  },
  {
    name: 'what happened there',
    end: /\s+(?:og\s+(?:blev|var|der|det|vi|man)\b|i\s+forbindelse\s+med\b)/iu,
    examples: [
      ['Hallens Restaurant og blev genvalgt som formand', 'Hallens Restaurant'],
      ['Holmby Havn i forbindelse med sommerfesten', 'Holmby Havn'],
      ['Kro og Hotel Holmby', 'Kro og Hotel Holmby'],
      ['Mødet afholdtes Bag Kirken 5', 'Bag Kirken 5'],
    ],
  },
];

/** A place without the sentence that runs on after it (see PLACE_ENDS). */
export function placeEnd(place: string): string {
  // (And the sentence before it, read with an address: `Mødet afholdtes Bag Kirken 5` is held at `Bag Kirken 5`.)
  let t = place.replace(/^(?:Mødet|Generalforsamlingen|Vi)\s+(?:blev\s+)?(?:(?:af)?holdt(?:es)?|mødtes|mødes)\s+(?:(?:på|i|hos)\s+)?(?=\p{Lu})/u, '');
  for (const { end } of PLACE_ENDS) {
    const m = end.exec(t);
    if (m && m.index >= 3) t = t.slice(0, m.index);
  }
  return t.replace(/[\s,;–-]+$/u, '');
}

/**
 * A title broken after its preposition (`Referat for den årlige generalforsamling i` / `Holmby Havekoloni`):
 * one line, the paragraph under it joined on; among the document's first lines only.
 */
function joinDanglingTitle(lines: SLine[]): SLine[] {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 4; i++) {
    if (lines[i]!.blank) continue;
    seen++;
    if (!/\s(?:i|for|af|hos|ved)$/u.test(lines[i]!.text.trim()) || !/^(?:Referat|Dagsorden|Protokol)\b/iu.test(lines[i]!.text.trim())) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.blank) j++;
    // (The place may run to a street, a postcode and a town, a full stop after it: `… kl. 10.00 i` / `Holmby Sejlklub, Strandvej 23, 2770 Holmby.`.)
    const next = lines[j]?.text.trim().replace(/\.$/u, '') ?? '';
    if (j >= lines.length || j - i > 2 || !(/^\p{Lu}[^.:;!?]{2,60}$/u.test(next) || (/^\p{Lu}[^:;!?]{2,90}$/u.test(next) && ADDRESS_END.test(next)))) continue;
    return [...lines.slice(0, i), { ...lines[i]!, text: `${lines[i]!.text.trim()} ${next}` }, ...lines.slice(j + 1)];
  }
  return lines;
}

/** The meeting opened at a time: `Formanden åbnede generalforsamlingen kl. 18,00`, `Mødet startede kl. 19`. */
const OPENED_AT = /(?<!\p{L})(?:åbnede|åbnedes|startede|begyndte|indledte)\s+(?:(?:mødet|generalforsamlingen|forsamlingen)\s+)?(?:kl\.?|klokken)\s*\d{1,2}(?:[.:,]\d{2})?/iu;

/** `Fraværende var Bo Dal og Ib Lund, begge på grund af sygdom.`: those away, and why. */
/** `Tobias havde afbud.`, `Oldermand Lis Dal var forhindret, …`: a person, perhaps after their office, and that they were away. */
/** An absence label inside a line, before a capital: `… Fraværende Bo Dal …`, `… Afbud: Bo Dal …`. */
const ABSENT_LABEL_INSIDE = /(?<=\s)(?:Afbud(?:\s+fra)?|Fraværende|Ikke\s+til\s+stede|Meldt\s+afbud)(?:\s*:)?\s+(?=\p{Lu})/gu;
/** The label of those present inside a page run into one line: `Tilstedeværende medlemmer af Rådet`, `Til stede`, `Deltagere`. */
const PRESENT_LABEL_INSIDE = /(?<=\s)(?:Tilstedeværende(?:\s+medlemmer(?:\s+af\s+\p{Lu}\p{Ll}+)?)?|Til\s+stede|Tilstede|Deltagere|Fremmødte)(?:\s*:)?\s+(?=\p{Lu})/gu;
/** A word of a name: capitalised (`Borch-Johnsen`), or an initial (`B.`). */
const NAME_WORD_INSIDE = /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}\.)$/u;

/**
 * The names after an absence label (or another of `labels`) inside a page run into one line (a table's cells flattened): the capitalised words after it
 * up to the first that is no name (a small word, a common word such as `Bemærkninger`, a mark), parted at commas or, without
 * them, where a given name follows a surname (`Tor Myrup Lise Harbo`). Null where they do not read as one or more people.
 */
function namesRunInside(text: string, labels: RegExp = ABSENT_LABEL_INSIDE): string | null {
  for (const label of text.matchAll(labels)) {
    const words: string[] = [];
    // (A note in brackets after a name, `(formand)`, goes with it.)
    const raws = text.slice(label.index! + label[0].length).replace(/\s*\([\p{Ll}\s.]{2,30}\)/gu, '').split(/\s+/u);
    for (const [k, raw] of raws.entries()) {
      const w = raw.replace(/[,.]$/u, '');
      // (A common word after a given name is a surname or a middle name: `Ida Krog`, `Hanne Rolighed Christensen`.)
      const middle = k > 0 && isGivenName(raws[k - 1]!.replace(/[,.]$/u, ''));
      const common = !w.endsWith('.') && !middle && isDictionaryWord(w.toLocaleLowerCase('da')) && !isGivenName(w) && !isSurname(w);
      if (!NAME_WORD_INSIDE.test(w) || common || groupLabel(w) !== null) break;
      words.push(raw);
      if (/\.$/u.test(raw) && !/^\p{Lu}\.$/u.test(raw)) break;
    }
    const run = words.join(' ').replace(/[,.]$/u, '');
    if (run === '') continue;
    const people = run.includes(',') ? run.split(/\s*,\s*/u) : gluedNames(run) ?? [run];
    const person = (p: string) => looksLikeName(p) && p.split(/\s+/u).length <= 4;
    if (people.every(person)) return people.join(', ');
    // (In a long run, one in five or fewer that does not part as a name, `… Niels Obel Dorte Lisbet Nielsen …`, is left out.)
    if (people.length >= 5 && people.filter((p) => !person(p)).length * 5 <= people.length) return people.filter(person).join(', ');
  }
  return null;
}

const HAD_APOLOGY = new RegExp(`^(?:(?:${['Formand', 'Formanden', 'Næstformand', 'Næstformanden', 'Kasserer', 'Kassereren', 'Sekretær', 'Sekretæren', 'Oldermand', 'Oldermanden'].join('|')})\\s+)?(${NAMES_SOURCE})\\s+(?:(?:havde|har)\\s+(?:meldt\\s+)?afbud|(?:var\\s+)?(?:forhindret|fraværende|syg|sygemeldt|bortrejst)|deltog\\s+ikke(?:\\s+(?:på|i)\\s+mødet)?)(?:[.,;].*|\\s+i\\s+at\\s+(?:komme|deltage)\\b.*|\\s+(?:pga\\.?|p\\.g\\.a\\.?|på\\s+grund\\s+af|grundet|gr\\.|grd\\.|da|fordi)\\s.*)?$`, 'u');

const ABSENT_WERE = new RegExp(`^(?:${tolerant('Fraværende')}|${tolerant('Fraværende')} \\p{L}*medlemmer)\\s+var\\s+(${NAMES_SOURCE})(?:,\\s*(?:begge|alle|der|som)\\b[^.]*)?\\.?$`, 'u');

/** A street and its number (`Dronningensgade 34`, `Vestergade 12 B`), or a postcode and a town (`1420 København K`). */
const ADDRESS_LINE = /^(?:\p{L}[\p{L}. ]{2,40}\s\d{1,4}(?:\s?[A-Za-z])?\b.{0,20}|\d{4}\s+\p{Lu}[\p{L} .]{1,30})$/u;

/** A venue's name over its address (`Christianshavns Beboerhus` / `Dronningensgade 34` / `1420 København K.`). */
function addressUnder(lines: SLine[], i: number): boolean {
  let j = i + 1;
  while (j < lines.length && lines[j]!.blank) j++;
  const next = j < lines.length ? lines[j]!.text.trim().replace(/[.,]$/u, '') : '';
  // `Onsdag 15. april 2020` is a date, not a street and its number.
  return j < lines.length && j - i <= 2 && ADDRESS_LINE.test(next) && findDate(next) === null && findDayMonth(next) === null;
}

/** Lines of one person each that open a list this long, at least, are read as the attendance. */
const MIN_TOP_NAMES = 3;

/** Lines of one person each (a name, perhaps initials and a note) that open the document, or follow its title: the list, or none. */
function namesOnTop(lines: SLine[]): SLine[] {
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && lines[i]!.blank) i++;
  };
  const isPerson = (t: string) => {
    const name = notesOf(t.replace(/\s+[-–]\s+\p{Lu}{2,4}\b/u, '')).rest.trim();
    return looksLikeName(name) && name.split(/\s+/).length <= 4;
  };
  skipBlank();
  // The title above the list.
  if (i < lines.length && !isPerson(lines[i]!.text)) {
    i++;
    skipBlank();
  }
  const out: SLine[] = [];
  while (i < lines.length && !lines[i]!.blank && isPerson(lines[i]!.text)) out.push(lines[i++]!);
  return out.length >= MIN_TOP_NAMES ? out : [];
}

/** The body named by letterhead or running-header lines that extraction removed from the page. */
export function bodyFromLetterhead(lines: string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    let t = lines[i]!.replace(/\s+/g, ' ').trim();
    // A name wrapped in a narrow sidebar: `Fokusgruppen Sundhed &` / `Beskæftigelse`.
    if (/(?:&|\s(?:og|for|i|af))$/u.test(t) && i + 1 < lines.length) t = `${t} ${lines[i + 1]!.trim()}`;
    const suffixed = TITLE_SUFFIX.exec(t);
    if (suffixed) return bodyFromTitle(suffixed[1]!);
    const title = TITLE.exec(t);
    const rest = title ? title[2]! : t;
    const moede = MEETING_IN_REST.exec(rest);
    if (moede) return bodyFromTitle(moede[1]!) ?? (/\d/.test(moede[1]!) ? null : moede[1]!);
    if (looksLikeBodyName(rest)) return rest;
  }
  return null;
}

/**
 * A kind of organisation in the definite form, alone (`Idrætsforeningen`,
 * `Klubben`), with the name in capitals on the lines above it (`KROP & SIND`
 * / `FAVRSKOV`): the name. Any other body is kept.
 */
/** A body named by its kind alone (`Skakklubben`, `Lokalrådet`, `Sangforening`): the kind's stem, to find the body's full name by. */
const KIND_ALONE = /^(\p{Lu}\p{Ll}*(?:klub|forening|råd|laug|selskab|kor|gilde))(?:ben|en|et|n)?$/u;
/** Words that open a sentence or a heading, not a name (`Referat`, `Den`, `Vores`). */
const NOT_NAME_WORD = /^(?:Referat|Dagsorden|Generalforsamling|Bestyrelsesmøde|Møde|Den|Det|De|Vores|Vor|Jeres|Hele|Ny|Nye|Gamle|Formand|Formanden|Kasserer|Næstformand|Sekretær|Fra|Til|Om|For|Med|Af|Ved|Nyt)$/u;

/**
 * A body read by its kind alone (`Skakklubben`), where the document names the body in full with that kind (`Holmby Skakklub`):
 * the full name, the one named most often in the header. A name is capitalised words before the kind, the
 * last of them no common word of the language (a town's, a place's, a genitive).
 */
export function fullerName(body: string, lines: readonly SLine[]): string {
  const m = KIND_ALONE.exec(body);
  if (!m) return body;
  const stem = m[1]!;
  const pattern = new RegExp(`(?<!\\p{L})((?:\\p{Lu}[\\p{L}-]+\\s+){1,3})${stem}(?!\\p{L})`, 'gu');
  const counts = new Map<string, number>();
  for (const l of lines) {
    // (A heading's or a label's line, not a long sentence that names another club: `… plagiere Holmby Sejlklub med …`.)
    if (l.blank || l.text.length > 120) continue;
    for (const f of l.text.matchAll(pattern)) {
      const words = f[1]!.trim().split(/\s+/u);
      while (words.length > 0 && NOT_NAME_WORD.test(words[0]!)) words.shift();
      const last = words.at(-1);
      if (last === undefined || (isDictionaryWord(last.toLocaleLowerCase('da')) && !isTown(last) && !/s$/u.test(last))) continue;
      const name = `${words.join(' ')} ${stem}`;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : body;
}

export function namedAbove(body: string, header: SLine[]): string {
  if (!/^\p{Lu}\p{Ll}*(?:foreningen|klubben|laget|lauget|selskabet)$/u.test(body)) return body;
  const k = header.findIndex((l) => !l.blank && l.text.trim() === body);
  if (k <= 0) return body;
  const above = header.slice(Math.max(0, k - 4), k).filter((l) => !l.blank).map((l) => l.text.trim());
  const caps = above.filter((t) => /^[\p{Lu}\d&'’ .-]{2,40}$/u.test(t) && /\p{Lu}{2}/u.test(t));
  return caps.length > 0 && caps.length === above.length ? caps.join(' ') : body;
}

/** A committee's or a council's name, one word: `Økonomiudvalg`, `ØKONOMIUDVALGET`, `Byrådet`, `Kommunalbestyrelsen`. */
const COMMITTEE_WORD = /^(?:\p{Lu}[\p{Ll}-]*|\p{Lu}+)(?:udvalg|udvalget|UDVALG|UDVALGET|råd|rådet|RÅD|RÅDET|bestyrelse|bestyrelsen|BESTYRELSE|BESTYRELSEN)$/u;

/**
 * A committee named right beside the document's title word, the header's
 * line run together with it: `ÅBEN DAGSORDEN ØKONOMIUDVALG`, `Økonomiudvalg
 * Referat Møde 22. marts 2011`.
 */
export function committeeBesideTitle(lines: SLine[]): string | null {
  for (const l of lines) {
    if (l.blank) continue;
    const words = l.text.trim().split(/\s+/);
    for (let k = 0; k < Math.min(words.length, 6); k++) {
      if (!/^(?:referat|dagsorden)$/iu.test(words[k]!)) continue;
      const around = [words[k + 1], words[k - 1]].map((w) => (w ?? '').replace(/[.,:;]$/, ''));
      const named = around.find((w) => COMMITTEE_WORD.test(w) && !/^(?:Bestyrelse|Bestyrelsen|BESTYRELSE|BESTYRELSEN)$/u.test(w));
      if (named) return named;
    }
  }
  return null;
}

/** A field's label before a body's name that says what the name is (`Kategori: Udsatterådet`). */
const BODY_LABEL = /^(?:Kategori|Udvalg|Forum|Organisation|Forening|Fra|Vedr\.?|Vedrørende)\s*:?\s+(?=\p{Lu})/u;
/** A field's label that says the value is something else: a place, a time, an activity (`Mødested: Holmby Golfklub`). */
const OTHER_LABEL = /^(?:Mødested|Sted|Lokale|Adresse|Dato|Tid|Tidspunkt|Aktiviteter|Aktivitet|Emne|Program)\s*:\s*/iu;
/** A kind of meeting in the genitive after a name (`Kommunalbestyrelsens ordinære møde`, `Lokalhistorisk Forenings generalforsamling`). */
const GENITIVE_MEETING = /^(\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,3}?)(s|['’´]s?)\s+(?:\d{1,3}\.\s+)?(?:(?:ordinære|ekstraordinære|årlige|konstituerende|første|sidste)\s+)?(?:\p{Ll}*møde|formøde|[Gg]eneralforsamling|årsmøde|repræsentantskabsmøde|delegeretmøde)(?!\p{L}).*$/u;
/** A day after the name, and what follows it (`SF-Holmby 23. marts, klokken 20.00 i …`). */
const DAY_AFTER = new RegExp(`\\s+(?:(?:${WEEKDAY})\\s+)?(?:den\\s+|d\\.\\s*)?\\d{1,2}\\.\\s*(?:${Object.keys(MONTHS).join('|')})\\b.*$`, 'iu');
/** A document's words, a meeting's and a file's name before a dash, the body after it (`BESTYRELSESMØDE referat – BYTINGET`). */
const KIND_BEFORE_DASH = /^(?:[\p{L}]*(?:møde|referat|dagsorden|protokol|generalforsamling)\p{L}*[\s\d_.\/]*){1,3}\s+[–-]\s+(?=\p{Lu})/iu;
/** A file's name before a dash (`Beslutningsprotokol_26_04_2012 - `). */
const FILE_BEFORE_DASH = /^\S*_\S*\s+[–-]\s+(?=\p{Lu})/u;
/** A document's words before the name (`Referatet af LU mødet`). */
const DOCUMENT_BEFORE = /^(?:Referat(?:et|er)?|Dagsorden(?:en|er)?|Generalforsamlinger|\p{Lu}\p{Ll}*møder)\s+(?:af|fra|for|til|i)\s+(?=\p{Lu})/u;
/** A kind of meeting, a document's word or a year after the name (`SK68 bestyrelsesmøde`, `Generalforsamling VGF 2018 referat`). */
const KIND_AFTER = /\s+(?:(?:19|20)\d{2}\s+)?(?:\p{Ll}*møde[t]?|\p{Lu}\p{Ll}+møde[t]?|[Gg]eneralforsamling(?:en)?|[Rr]eferat|[Dd]agsorden)(?:\s+(?:19|20)\d{2})?$/u;
/** A weekday after the name, with nothing after it (`GRUNDEJERFORENINGEN X torsdag den`). */
const WEEKDAY_AFTER = new RegExp(`\\s+(?:${WEEKDAY})(?:\\s+(?:den|d\\.))?$`, 'iu');
/** A kind of meeting before an abbreviated name (`Generalforsamling HGF 2031`). */
const KIND_BEFORE = /^(?:(?:ordinær|ekstraordinær|stiftende|konstituerende)\p{Ll}*\s+)?(?:Generalforsamling|GENERALFORSAMLING|Bestyrelsesmøde|BESTYRELSESMØDE)\s+(?=\p{Lu}{2})/u;
/** A column's head in a table of items (`Dagsorden | Beslutning | Ansvarlig`). */
const COLUMN_HEAD = /^(?:Dagsorden|Punkt|Pkt|Emne|Sag|Beslutning|Referat|Ansvarlig|Ansvar|Tid|Tidspunkt|Bemærkninger|Status|Opfølgning|Deadline|Frist|Hvem|Hvad|Hvornår|Nr)$/iu;
/** Small words a name never starts or ends with: what was read ran into a sentence (`Generalforsamlingen er`, `I Holmby`). */
const OPEN_END = /\s(?:i|på|af|til|for|og|med|om|er|var|blev|bliver|den|det|d\.|fra|som|at)$/iu;
const OPEN_START = /^(?:Og|Hermed|Mødet|Der|Som|At)\s/u;
/** A preposition before the name (`I Holmby Roklub`): what was read began a phrase; the name is after it. */
const PREPOSITION_FIRST = /^(?:I|På|Af|Til|For|Med|Om|Hos|Fra)\s+/u;

/**
 * A body's name, read from a title, a field or a line of the header, as the
 * name alone: a label that says what it is taken off, a label that says it is
 * something else (a place) makes it none; a day after it, a kind of meeting
 * after it or in the genitive with it, a document's words or a file's name
 * before it, taken off; what is left only a meeting's words, or a piece of a
 * sentence (`Mødet blev`), names no body. The examples run as tests.
 */
/** A web page's greeting before whose page it is (`Velkommen hos Holmby Old Boys`, `Velkommen til Holmby Roklub`). */
export const WELCOME_LEAD = /^Velkommen\s+(?:hos|til)\s+(?=\p{Lu})/u;

export function shapeBody(body: string): string | null {
  let t = body.trim();
  // `Der afholdes generalforsamling i Holmby Roklub …`: a sentence that calls a meeting of the body.
  t = t.replace(/^(?:Der|Hermed)\s+(?:af)?holdes\s+(?:(?:ordinær|ekstraordinær|stiftende|konstituerende)\p{Ll}*\s+)?\p{Ll}*(?:møde|generalforsamling)\s+(?:i|for|hos)\s+(?=\p{Lu})/u, '');
  // `Indkaldelse til generalforsamling i Holmby Husflid`: the notice's words before the body called.
  t = t.replace(/^(?:Indkaldelse|Invitation)\s+til\s+(?:(?:ordinær|ekstraordinær|stiftende|konstituerende)\p{Ll}*\s+)?\p{Ll}*(?:møde|generalforsamling)\s+(?:i|for|hos)\s+(?=\p{Lu})/u, '');
  // `Mødet i Holmby Lokalråd`: the meeting's word before the body it is of.
  t = t.replace(/^(?:Mødet|Møde)\s+(?:i|for|hos)\s+(?=\p{Lu})/u, '');
  // `Stiftende generalforsamling for Holmby TUG`, `Ordinær generalforsamling i Holmby Roklub`: the meeting, then the body it is of.
  t = t.replace(/^(?:(?:[Oo]rdinær|[Ee]kstraordinær|[Ss]tiftende|[Kk]onstituerende|[Åå]rlig)\p{Ll}*\s+)?(?:[Gg]eneralforsamling(?:en)?|[Åå]rsmøde(?:t)?)\s+(?:i|for|hos)\s+(?=\p{Lu})/u, '');
  // `Referat: Foreningen Holmby Festival`: the document's word and a colon before the body.
  t = t.replace(/^(?:Referat|Mødereferat|Dagsorden)\s*:\s*(?=\p{Lu})/u, '');
  // A page's heading before the name: the meeting's kind and its year between dashes (`Generalforsamling - 2031 - Holmby-folkedanserne`),
  // a breadcrumb (`Hjem Udvalg Dagsorden eller referat - Vejudvalget`), the notice and the agenda of a meeting (`Indkaldelse og
  // dagsorden for generalforsamling Holmby Lokalarkiver`), a word of praise and the meeting held by the body (`Velbesøgt generalforsamling
  // hos Holmby Venstre`).
  t = t.replace(/^(?:(?:ordinær|ekstraordinær)\p{Ll}*\s+)?(?:[Gg]eneralforsamling|\p{Lu}\p{Ll}*møde|(?:19|20)\d\d)(?:\s+[-–]\s+(?:(?:19|20)\d\d|[Gg]eneralforsamling|[Rr]eferat))*\s+[-–]\s+(?=\p{Lu})/u, '')
    .replace(/^Hjem\s.*\s[-–]\s+(?=\p{Lu})/u, '')
    .replace(/^(?:Indkaldelse|Referat|Dagsorden)(?:\s+og\s+(?:dagsorden|referat|indkaldelse))?\s+(?:til|for|fra|af)\s+(?:(?:ordinær|ekstraordinær)\p{Ll}*\s+)?(?:generalforsamling(?:en)?|\p{Ll}*møde(?:t)?)\s+(?:(?:i|for)\s+)?(?=\p{Lu})/u, '')
    .replace(/^\p{Lu}\p{Ll}+\s+(?:generalforsamling|\p{Ll}*møde)\s+hos\s+(?=\p{Lu}.*(?:parti|forening|klub|Venstre|Radikale|Konservative))/u, '');
  // A web page's words around the name: its address before it (`Sitemap for www.holmby-laug.dk Holmby Laug`), its document's kind
  // after a full stop (`Holmby Forening. PROTOKOL …`), an office in capitals and a number after it (`Holmby Samråd SEKRETARIATET (2/2031)`),
  // a headline after a colon (`Pensionistforeningen: Mange nye medlemmer`), a document after the body's genitive
  // (`Teknik- og Miljøudvalgets delegationsfortegnelse`).
  t = t.replace(/^(?:Sitemap\s+for\s+)?(?:https?:\/\/)?www\.[\w.-]+\.(?:dk|com|org|net|eu|nu)\s+(?=\p{Lu})/u, '')
    .replace(/(?<=\p{Ll}{2})\.\s+(?:PROTOKOL|REFERAT|DAGSORDEN|Protokol|Referat|Dagsorden)(?!\p{L}).*$/u, '')
    .replace(/(?<=\p{Ll}{2})\s+\p{Lu}{5,}\s+\([^)]{1,20}\)$/u, '');
  // (Not a name after its kind and a colon, `Beboerforeningen: De Søndre Byer`: a headline has words in small letters.)
  const headline = /^([^:]{3,60}?):\s+(\p{Lu}.*)$/u.exec(t);
  if (headline && /\s\p{Ll}{2,}/u.test(headline[2]!) && BODYLIKE.test(headline[1]!) && groupLabel(headline[1]!) === null) t = headline[1]!;
  t = t.replace(/^(\p{Lu}.{0,60}?(?:udvalget|rådet|bestyrelsen|foreningen|klubben|selskabet))s\s+\p{Ll}{4,}$/u, '$1');
  // `Velkommen hos Holmby Old Boys`, `Velkommen til Holmby - Gildet`: a web page's greeting before the body's name.
  t = t.replace(WELCOME_LEAD, '');
  if (OPEN_START.test(t)) return null;
  const preposition = PREPOSITION_FIRST.exec(t);
  if (preposition) {
    t = t.slice(preposition[0].length);
    if (!/^[\p{Lu}\d]/u.test(t)) return null;
  }
  // `Sted: Holmby Roklub`: a club that meets at home names itself as the place.
  const other = OTHER_LABEL.exec(t);
  if (other) {
    t = t.slice(other[0].length);
    if (!ORGANISATION_WORD.test(t)) return null;
  }
  // `… Tilbage til forsiden`: a web page's link run on after the name.
  t = t.replace(/\s+(?:Tilbage til (?:forsiden|oversigten)|Tilbage|Til forsiden|Print|Udskriv|Del(?: siden)?)$/u, '');
  // `Integrationsrådet Arbejdsmarkedsforvaltningen, Administration & Service`: the administration that serves the body, after it.
  t = t.replace(/(?<=\p{L}(?:rådet|udvalget|udvalg|råd))\s+\p{Lu}\p{Ll}*forvaltning(?:en)?\b.*$/u, '');
  t = t.replace(BODY_LABEL, '').replace(KIND_BEFORE_DASH, '').replace(FILE_BEFORE_DASH, '').replace(DOCUMENT_BEFORE, '').replace(KIND_BEFORE, '');
  // `Holmby Vandværk Generalforsamling 2031`: the meeting after the name; `Sejlklubben 28. janauar`: a day after it, its month misspelt.
  // (After letters in capitals, two will do: `SF GENERALFORSAMLING`. A protocol's span of years after the name goes too: `Holmby
  // Sogneråd 1842-1870`.)
  t = t.replace(/(?<=\p{L}{3}|(?<!\p{L})\p{Lu}{2})\s+(?:(?:ordinær|ekstraordinær|stiftende|konstituerende)\p{Ll}*\s+)?(?:Generalforsamling|generalforsamling|GENERALFORSAMLING)(?:\s+(?:19|20)\d{2})?$/u, '').replace(/(?<=\p{L}{3})\s+1[6-9]\d\d\s*[-–]\s*(?:1[6-9]|20)\d\d$/u, '').replace(/(?<=\p{L}{3})\s+\d{1,2}\.\s*\p{Ll}{3,}$/u, '');
  const day = DAY_AFTER.exec(t);
  if (day && day.index >= 3) t = t.slice(0, day.index).replace(/[\s,]+$/u, '');
  t = t.replace(WEEKDAY_AFTER, '');
  const genitive = GENITIVE_MEETING.exec(t);
  if (genitive && NO_BODY_GENITIVE.test(genitive[1]!)) return null;
  // (An `s` that is the name's own, not the genitive's: `Jazzselskabet Holmhus generalforsamling`, a town's `Stevns`.)
  if (genitive) t = genitive[2] === 's' && ownS(genitive[1]!) ? `${genitive[1]!}s` : genitive[1]!;
  // `Holmby FK / Generalforsamlingens mødereferat 2031`, `HFK bestyrelsesmøde 2031-04`, `HFK bestyrelsesmøde afholdt`: the page's
  // or meeting's words after the name.
  t = t.replace(/\s*[/|]\s*(?:\p{L}*(?:referat|møde|generalforsamling)\p{L}*\s*)+(?:\d{4})?$/iu, '').replace(/(?<=\S)\s+\p{Ll}*møde(?:t)?\s+(?:afholdt|\d{4}(?:-\d{1,2})?)$/u, '');
  for (let before = ''; before !== t; ) {
    before = t;
    t = t.replace(KIND_AFTER, '').trim();
  }
  if (t.length < 2 || OPEN_END.test(t) || OPEN_START.test(t)) return null;
  const words = t.split(/[\s.,]+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.every((w) => KIND_WORDS.test(w) || /^(?:ref\p{L}*rat|af|og|for|i)$/iu.test(w))) return null;
  // A table's column heads (`Beslutning Ansvarlig`) name no body.
  if (words.every((w) => COLUMN_HEAD.test(w))) return null;
  if (NOT_A_BODY.test(t)) return null;
  // One short word, not capitals (`År`, `Nov`, `land`): a piece of a line, no name (`HIF`, `FDF` are).
  if (/^(?:\p{Lu}\p{Ll}{1,2}|\p{Ll}{1,4})$/u.test(t)) return null;
  if (MONTH_ALONE.test(t)) return null;
  // A town alone (`Klubmødet i Silkeborg 13. april`): where the meeting was, no body.
  if (!/\s/u.test(t) && isTown(t)) return null;
  // `Her kan du også se tegningerne til forslaget.`: a sentence, not a name (a name is short, and no full stop ends its small word).
  if (words.length > 12 || (words.length >= 4 && /\p{Ll}{3}\.$/u.test(t))) return null;
  // A weekday, a word processor's style (`Overskrift 1`), a byline's or an archive's word: no name.
  if (WEEKDAY_WORD.test(t) || /^(?:Overskrift|Heading|Titel|Normal)\s*\d?$|^(?:Skrevet|Eks\.?|Kategoriarkiv|Arkiv|Reportage)(?!\p{L})/u.test(t)) return null;
  // People, not a body: a given name alone (`Hilde`), or given names run together (`Trine, Tobias og Jette`, `Bo og Ib`).
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised.length > 0 && capitalised.length === words.filter((w) => !/^(?:og|&)$/u.test(w)).length && capitalised.every((w) => isGivenName(w, false)) && (capitalised.length === 1 || /,|\s(?:og|&)\s/u.test(t))) return null;
  // A person (`Søren Holmgaard`, `Frk. Jensen`): a given name or a form of address, then a surname, no organisation's word.
  if ((/^(?:Frk|Fru|Hr)\.\s+\p{Lu}/u.test(t) || (words.length <= 3 && looksLikeName(t) && isGivenName(words[0]!) && (isSurname(words.at(-1)!) || SURNAME_END.test(words.at(-1)!)))) && !BODYLIKE.test(t)) return null;
  // An exclamation, a question, a picture sign; a sentence told (`Klubben havde torsdag …`).
  if (/[!?]|\p{Extended_Pictographic}/u.test(t) || /\s(?:havde|afholdt|blev)\s+\p{L}/u.test(t)) return null;
  // What is left of a page's or a report's heading (`Referat fra klubbens`, `Pressemeddelelse før`, `Beretning – m.v.`).
  // (Or a list's or a summary's heading: `Opgaveliste`, `Resume`, `Huskeliste`.)
  if (/^(?:Refer\p{Ll}*t|Reterat|Mødereferat\p{Ll}*|Beslutningsprotokol|BESLUTNINGSPROTOKOL|Pressemeddelelse|Indbydelse|Beretning|Meddelelser|Tilbud|TILBUD|PDF|Resum[eé]|RESUM[EÉ]|Opgaveliste|Huskeliste|Aktionsliste|Handlingsplan|Veranstaltung)(?!\p{L})/u.test(t)) return null;
  if (NOT_A_NAME.test(t) || GLUED_FIGURES.test(t) || words.filter((w) => WEB_MENU_WORD.test(w)).length >= 3) return null;
  // A word of the language alone in small letters, no organisation's (`beslutningsreferat`, `indbydelse`); a day's name
  // (`Kristi Himmelfartsdag`); an open meeting's word (`Åbent bestyrelsesmøde`); a person with an office or a party in brackets
  // (`Bo Dal (Borgmester)(V)`): no body.
  if (/^\p{Ll}+$/u.test(t) && !BODYLIKE.test(t) && !/(?:en|et|ne)$/u.test(t) && isDictionaryWord(t)) return null;
  if (/(?:dag|dagen)$/u.test(t) && /^(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+dag(?:en)?$/u.test(t) && !BODYLIKE.test(t)) return null;
  if (/^(?:Åben(?:t|e)?|ÅBENT?)(?:\s|$)/u.test(t) || /^GENERAL\p{Lu}*$/u.test(t)) return null;
  const bracketed = /^(.+?)\s*(?:\([^()]{1,30}\)\s*)+$/u.exec(t);
  if (bracketed && looksLikeName(bracketed[1]!) && !BODYLIKE.test(bracketed[1]!)) return null;
  // A sentence told after the name (`Holmby Venstre har holdt …`): the name before its verb; a sentence with no name before it, none.
  const verb = words.findIndex((w) => /^\p{Ll}+r$/u.test(w) && isFiniteVerb(w));
  if (verb >= 0) {
    const before = t.slice(0, t.search(new RegExp(`(?<!\\p{L})${words[verb]}(?!\\p{L})`, 'u'))).trim();
    return verb >= 1 && /^\p{Lu}/u.test(before) && BODYLIKE.test(before) ? before : null;
  }
  return t;
}

/**
 * What a web page or a mail prints where a name could stand, and no name is: a mail's subject (`Subject: Re: …`), a link's
 * words (`Se hvilke …`, `Besøg … på Facebook`, `Velkommen til …`), a file's name (`…Ref.cwk`).
 */
const NOT_A_NAME = /^(?:Subject|Emne|From)\s*:|^(?:Se|Besøg|Læs|Find|Klik|Hent|Velkommen)\s|\.(?:cwk|docx?|pdf|odt|rtf)\b/u;
/** Figures glued to a word in small letters after its capital (`2016Referater`), not a call sign's (`OZ5LKO`). */
const GLUED_FIGURES = /\d\p{Lu}\p{Ll}/u;
/** A web page's menu run together (`Vedtægter Bestyrelse Medlemmer Referater Arrangementer`): three of its words name no body. */
const WEB_MENU_WORD = /^(?:Hjem|Forside|Kontakt|Nyheder|Referater|Vedtægter|Medlemmer|Arrangementer|Aktiviteter|Galleri|Links|Kalender|Bestyrelse|Billeder|Sponsorer|Dokumenter|Historie)$/u;

/** A place read from a document, made the place's name alone, or none where what was read is no place (`[read, place]`); tests/vocabulary.test.ts runs them. */
export const PLACE_TIDY_EXAMPLES: [string, string | null][] = [
  ['Årsmøde (se dagsorden nedenfor)', null],
  ['teamsmøde', 'teamsmøde'],
  ['Festsalen, Holmvej 3', 'Festsalen, Holmvej 3'],
  ['salen', null],
  ['mødelokalet', null],
  ['klubhuset', 'klubhuset'],
  ['Mødelokalet', 'Mødelokalet'],
  ['kl. 21.30', null],
  ['Onsdag d. 4 november 2031', null],
  ['ikke angivet', null],
  ['RETTELSE', null],
  ['nu med referat', null],
  ['Hos Eva. 4. møde efter den ordinære generalforsamling', 'Hos Eva'],
  ['Holmby havn i forbindelse', 'Holmby havn'],
  ['Ekstraordinært møde - Mødelokale F7', 'Mødelokale F7'],
  ['Sdr. Holmby Centralskole', 'Sdr. Holmby Centralskole'],
  ['den tidl. Højskole i Holmby', 'den tidl. Højskole i Holmby'],
  ['hos Det Konservative Folkeparti', null],
  ['VUC, Munkevej', 'VUC, Munkevej'],
  ['Politikere i byrådssalen', 'byrådssalen'],
  ['to badmintonbaner i Holmhallen ved Holmby', 'Holmhallen ved Holmby'],
  ['Kulturhuset i Holmby', 'Kulturhuset i Holmby'],
  ['Holmby Camping i samlingsstuen', 'Holmby Camping i samlingsstuen'],
  ['Holmby Hospital i Region Holmland', 'Holmby Hospital i Region Holmland'],
  ['Lokale er reserveret', null],
  ['Grundet vejret blev mødet afviklet online (Teams)', 'online (Teams)'],
  ['Bordene i salen stilles op af Bo i Holmby Hallen', 'Holmby Hallen'],
];

/** What a place's value is when it names none: a time, a date, a word of its own (`ikke angivet`, `RETTELSE`). */
// (Or a room named by no more than its kind, in small letters: `salen`, `lokalet`, `mødelokalet`; `klubhuset` says whose. Or the
// meeting itself: `Laugsmøde`, `Årsmøde (se dagsorden nedenfor)`; not one held online, `Teamsmøde`.)
const NO_PLACE = /^(?:[Kk]l\.?\s*\d|(?:[Ii]kke\s+)?(?:angivet|oplyst)(?!\p{L})|[Nn]u\s+med(?!\p{L})|\p{Lu}{6,}$|(?:salen|huset|lokalet|lokalerne|mødelokalet|mødelokalerne|rummet|stuen)$|(?!(?:[Oo]nline|[Tt]eams|[Zz]oom|[Ss]kype|[Vv]ideo|[Nn]et|[Ww]eb|[Tt]elefon))\p{L}*(?:møde|generalforsamling)(?:t|en)?(?:\s*\([^()]*\))?$)/u;

/** See PLACE_TIDY_EXAMPLES: the place read, its name alone, or null. */
export function tidyPlace(place: string): string | null {
  let t = place.trim();
  const date = findDate(t);
  if (NO_PLACE.test(t) || (date !== null && (date.index === 0 || WEEKDAY_WORD.test(t.split(/[\s,]+/u)[0]!)))) return null;
  // (`Hos Eva. 4. møde efter …`: a sentence run on after the place.)
  t = t.replace(/(?<=\p{Ll}{2})\.\s+\d{1,2}\.\s.*$/u, '');
  // (`… i forbindelse med …`, `Ekstraordinært møde - Mødelokale F7`: words of the occasion around the place.)
  t = t.replace(/\s+i\s+forbindelse(?:\s+med\b.*)?$/u, '').replace(/^(?:(?:Ekstraordinært|Ordinært|Åbent|Lukket)\s+)?møde\s+[-–]\s+/iu, '');
  // `hos Det Konservative Folkeparti`: the party that held it, not where.
  if (/^hos\s+(?:Det|Dansk|De)\s+\p{Lu}/u.test(t) && ORGANISATION_WORD.test(t.replace(/parti/iu, 'forening'))) return null;
  // Who or what was in the place, then the place (`Politikere i byrådssalen`, `to badmintonbaner i Holmhallen ved Holmby`): the place.
  const inPlace = /^(\S.{0,40}?)\s+i\s+(\S.*)$/u.exec(t);
  const placeWord = (x: string) => PLACE_IN_PASSING.test(x) || PREMISES_NAME.test(x.split(/\s+/u)[0]!) || PLACE_NOUN.test(x.split(/\s+/u)[0]!);
  // (Not a place's own name before the room, `Holmby Camping i samlingsstuen`: two capitalised words or more.)
  const named = inPlace !== null && /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(inPlace[1]!);
  if (inPlace && !named && !placeWord(inPlace[1]!) && !/\d/u.test(inPlace[1]!) && !isTown(inPlace[1]!) && placeWord(inPlace[2]!)) t = inPlace[2]!;
  // A sentence read as the place (`Lokale er reserveret`, `… blev mødet afviklet online (Teams)`): the place it ends in after `i`,
  // `på` or `ved` (a name, or a room in small letters), a meeting online, or none.
  if (t.split(/\s+/u).some((w) => /^\p{Ll}{2,}$/u.test(w) && isFiniteVerb(w))) {
    const online = /(?<!\p{L})(?:online|virtuelt|digitalt)(?:\s*\([^)]{2,30}\))?$/iu.exec(t);
    if (online) return online[0];
    const last = /(?:^|\s)(?:i|på|ved)\s+((?:\p{Lu}[\p{L}-]*|\p{Ll}+(?:salen|lokalet|huset|hallen|stuen))(?:\s+(?:[\p{Lu}\d][\p{L}\d-]*|i|på|ved))*)\.?$/u.exec(t);
    return last ? last[1]! : null;
  }
  return t === '' ? null : t;
}

/** How Danish surnames commonly end (`-sen`, `-gaard`, `-strup`): with a given name before it, a person. */
const SURNAME_END = /(?:sen|søn|gaard|gård|strup|drup|trup|holm|bjerg|berg|lund|toft|skov|feldt|mann|høj)$/u;

/**
 * Lines that name no body though they stand where a name may: a letter's greeting (`Kære medlemmer af …`), a news
 * heading (`Nyt fra bestyrelsen`), an office's label and its holder (`Referent Eva Holm`, `OrdstyrerLine`), a meeting's
 * word (misspelt or not) with its date or kind (`Bestyrelsesmøde 1o. 06. 2031`, `Dobbelt generalforsamling 2031 –`),
 * and one generic word (`Foreningen`, `Bestyrelse`, `Den`, `Afholdt`).
 */
const NOT_A_BODY = /^(?:[Kk]ære\s|[Nn]yt\s+fra\s|(?:Referent|Ordstyrer|Dirigent|Mødeleder|Tid|Sted)(?:\s|\/|\p{Lu})|(?:Formand|Næstformand|Kasserer|Sekretær)\s+(?:for|i)\s|(?:Ekstra|Dobbelt|Ordinær|Ekstraordinær)\s+\p{L}*(?:møde|forsamling)|\p{L}*(?:møde|[Gg]eneral-?for\p{L}*|[Gg]enera\p{Ll}*forsamling|[Gg]enerlforsamling)(?:\s+[\d\p{Ll}]|\s*$)|(?:Foreningen|Klubben|Bestyrelsen|Bestyrelse|Den|Det|De|Afholdt|En|Et)$|(?:[Rr]eferat(?:et)?|[Dd]agsorden(?:en)?|[Pp]rotokol(?:len)?)$|(?:Indtast|Log ind|Login|Brugernavn|Adgangskode|Glemt)(?!\p{L}))/u;

/** A month's name or abbreviation alone (`Nov`, `marts`): no body. */
const MONTH_ALONE = new RegExp(`^(?:${Object.keys(MONTHS).join('|')})\\.?$`, 'iu');

/** How a body read from a document is made its name alone: what was read, the name, none. */
export const BODY_SHAPE_EXAMPLES: [string, string | null][] = [
  ['Middelfart', null],
  ['Middelfart Roklub', 'Middelfart Roklub'],
  ['Opgaveliste', null],
  ['HF GENERALFORSAMLING', 'HF'],
  ['GENERALFORSAMLNG', null],
  ['Holmby Sogneråd 1842-1870', 'Holmby Sogneråd'],
  ['Resume', null],
  ['beslutningsreferat', null],
  ['bestyrelsen', 'bestyrelsen'],
  ['Menighedsrådet', 'Menighedsrådet'],
  ['Holmsnækken', 'Holmsnækken'],
  ['Kristi Himmelfartsdag', null],
  ['Åbent bestyrelsesmøde', null],
  ['Bo Holmgaard (Borgmester)(V)', null],
  ['Holmby Skakklub (HSK)', 'Holmby Skakklub (HSK)'],
  ['Holmby Venstreforening har holdt', 'Holmby Venstreforening'],
  ['Sitemap for www.holmby-laug.dk Holmby Laug', 'Holmby Laug'],
  ['Generalforsamling - 2031 - Holmby-folkedanserne', 'Holmby-folkedanserne'],
  ['Hjem Øvrige udvalg Dagsorden eller referat - Vejudvalget', 'Vejudvalget'],
  ['Indkaldelse og dagsorden for generalforsamling Holmby Lokalarkiver', 'Holmby Lokalarkiver'],
  ['Velbesøgt generalforsamling hos Holmby Venstreforening', 'Holmby Venstreforening'],
  ['Holmby Forening. PROTOKOL Holmby Forenings 36. Landsmøde', 'Holmby Forening'],
  ['Det Holmby Samråd SEKRETARIATET (2/2031)', 'Det Holmby Samråd'],
  ['Pensionistforeningen: Mange nye medlemmer', 'Pensionistforeningen'],
  ['Beboerforeningen: De Holmby Byer', 'Beboerforeningen: De Holmby Byer'],
  ['Teknik- og Miljøudvalgets delegationsfortegnelse', 'Teknik- og Miljøudvalget'],
  ['Bo Dal har holdt', null],
  ['Se hvilke udvalg der er aktive', null],
  ['Besøg Holmgruppen på Facebook', null],
  ['Velkommen til lokalafdelingen', null],
  ['Nyheder Vedtægter Bestyrelse Referater Kalender', null],
  ['2030Referater 2029Referater 2028Referater', null],
  ['HVB Delegeretmøde 11_01Ref.cwk (TB) - Holmby Venstre', null],
  ['OZ9HOL', 'OZ9HOL'],
  ['Udvalg vedrørende psykiatrien og det specialiserede socialområde', 'Udvalg vedrørende psykiatrien og det specialiserede socialområde'],
  ['Holmby Skakklub Generalforsamling 2031 Tilbage til forsiden', 'Holmby Skakklub'],
  ['Indkaldelse til generalforsamling i Holmby Husflid', 'Holmby Husflid'],
  ['Kategori: Ældrerådet', 'Ældrerådet'],
  ['Årets generalforsamling er fastsat til', null],
  ['Torsdag', null],
  ['Overskrift 1', null],
  ['Trine, Tobias, Steen og Jette', null],
  ['Karen', null],
  ['Søren Holmgaard', null],
  ['Flora Holmia', 'Flora Holmia'],
  ['Frk. Jensen', null],
  ['MANDAG!', null],
  ['Biografklubben havde torsdag aften', null],
  ['Referat fra klubbens', null],
  ['Pressemeddelelse før', null],
  ['Skrevet af Bo', null],
  ['Holmby Venner', 'Holmby Venner'],
  ['Her kan I også læse vedtægterne for foreningen.', null],
  ['Valg af dirigent Bestyrelsen pegede på Bo Dal, som blev valgt uden modkandidater og takkede for valget', null],
  ['General-forsamling', null],
  ['Formand for Holmby Selskabet', null],
  ['År', null],
  ['Nov', null],
  ['HIF', 'HIF'],
  ['DaBU', 'DaBU'],
  ['HFK bestyrelsesmøde 2031-04', 'HFK'],
  ['HFK bestyrelsesmøde afholdt', 'HFK'],
  ['Holmby-Øst / Generalforsamlingens mødereferat 2031', 'Holmby-Øst'],
  ['referatet', null],
  ['Indtast dit brugernavn', null],
  ['Holmby Turistinformation Referat Bestyrelsesmøde', 'Holmby Turistinformation'],
  ['Generalforsamling – agenda', null],
  ['Fra ordinær generalforsamling i foreningens lokaler', null],
  ['Kære medlemmer af Badebrolauget', null],
  ['Nyt fra bestyrelsen til medlemmerne', null],
  ['Referent Eva Holm', null],
  ['Bestyrelsesmøde 1o. 06. 2031', null],
  ['Foreningen', null],
  ['Holmby Bestyrelsesforening', 'Holmby Bestyrelsesforening'],
  ['Generalforsamling Holmby 2031', 'Generalforsamling Holmby 2031'],
  ['Referat: Foreningen Holmby Festival', 'Foreningen Holmby Festival'],
  ['Referat af stiftende generalforsamling', null],
  ['Stiftende generalforsamling for Holmby TUG', 'Holmby TUG'],
  ['Holmby Roklubs generalforsamling er fastsat til', 'Holmby Roklub'],
  ['Mødested: Holmby Golfklub', 'Holmby Golfklub'],
  ['Sted: Holmby Skole', null],
  ['GRUNDEJERFORENINGEN HOLMBY STRANDE torsdag den', 'GRUNDEJERFORENINGEN HOLMBY STRANDE'],
  ['Vejlauget Holmvej af 2011', 'Vejlauget Holmvej af 2011'],
  ['Det fælles landdistriktsråd', 'Det fælles landdistriktsråd'],
  ['På medlemsmødet', null],
  ['Aktiviteter: Generalforsamling for voksne: 16:45-17:45', null],
  ['SF-Holmby 23. marts, klokken 20.00 i 3F, Holmby.', 'SF-Holmby'],
  ['Kommunalbestyrelsens ordinære møde 03/2031', 'Kommunalbestyrelsen'],
  ['Landsledelsens formøde til Landsmødet', 'Landsledelsen'],
  ['Holmby Lokalhistorisk Forenings generalforsamling 16. maj på', 'Holmby Lokalhistorisk Forening'],
  ['BESTYRELSESMØDE referat – BYTINGET i Holmby', 'BYTINGET i Holmby'],
  ['Beslutningsprotokol_26_04_2031 - Holmby Lokaludvalg', 'Holmby Lokaludvalg'],
  ['Generalforsamling HGF 2031 referat', 'HGF'],
  ['BK31 bestyrelsesmøde', 'BK31'],
  ['MOTORKLUB 2000', 'MOTORKLUB 2000'],
  ['Holmby Vandværk Generalforsamling 2031', 'Holmby Vandværk'],
  ['Sejlklubben 28. janauar', 'Sejlklubben'],
  ['Referatet af LU mødet', 'LU'],
  ['Generalforsamlinger i HA21', 'HA21'],
  ['Hermed indkaldes til generalforsamling i', null],
  ['Generalforsamlingen er', null],
  ['Mødet blev', null],
  ['Der afholdes ordinær generalforsamling i Holmby Roklub', 'Holmby Roklub'],
  ['Mødet i Holmby Lokalråd', 'Holmby Lokalråd'],
  ['I Holmby Roklub', 'Holmby Roklub'],
  ['Bestyrelsesmøde. Referat.', null],
  ['Bestyrelsesmøde.150903', null],
  ['Refererat af bestyrelsesmøde', null],
  ['Ekstraordinært', null],
  ['Beslutning Ansvarlig', null],
  ['Holmby Vandværk', 'Holmby Vandværk'],
  ['Afdelingsbestyrelsen i Holmbyparken', 'Afdelingsbestyrelsen i Holmbyparken'],
  ['Udvalget for Teknik og Miljø', 'Udvalget for Teknik og Miljø'],
  ['Byrådet', 'Byrådet'],
  ['forretningsudvalget', 'forretningsudvalget'],
  ['Holmens Venner', 'Holmens Venner'],
];

/** Words a name may hold in small letters (`Støtteforeningen for Hornslet Kirkes Voksenkor`, `Lokalarkiver i Østjylland`). */
const NAME_SMALL_WORD = /^(?:og|for|i|af|på|ved|til|under|de|&|-|–)$/u;

/**
 * A name on its own line right above or under the document's title among its first lines (`Referat af generalforsamling
 * 2017` / `Holmby Petanque`; `FDF Holmby` / its address / `Referat af generalforsamling …`): the body, where nothing else
 * names one. The line is a name's shape: up to six words, each capitalised or a small joining word, no date, no clock,
 * no meeting's word, no mark at its end; not a person (a given name first), a town alone, a room, a label or a title.
 */
/** A web page theme's words after the site's name on its top line (`Holmby Amatørscene Rotating Header Image`). */
const THEME_TAIL = /\s+(?:Rotating\s+)?Header\s+Image$/u;

export function nameBesideTitle(header: SLine[]): string | null {
  const top = header.filter((l) => !l.blank).slice(0, 6).map((l) => l.text.trim().replace(THEME_TAIL, ''));
  const title = top.findIndex((t) => NAMES_MEETING.test(t));
  if (title < 0) return null;
  for (const k of [title + 1, title - 1]) {
    const t = top[k];
    if (t !== undefined && nameShaped(t)) return t;
  }
  // (A section's heading over the title, `Referater fra bestyrelsen` / `Referat fra d. 1. maj 2031` / `Holmby Friends`: the name
  // under the second title line.)
  const second = title + 1 < top.length && NAMES_MEETING.test(top[title + 1]!) ? top[title + 2] : undefined;
  return second !== undefined && nameShaped(second) && !STREET.test(second) && !ADDRESS_ALONE.test(second) ? second : null;
}

/**
 * A name alone on the document's first line, over a title within its first lines (`Holmby Runefolk` / `Gå tilbage` /
 * `Generalforsamling 2031`): a web page's or a letterhead's name, the body where nothing else names one. The line is a
 * name's shape as nameBesideTitle reads it.
 */
export function nameOnTop(header: SLine[]): string | null {
  const top = header.filter((l) => !l.blank).slice(0, 8).map((l) => l.text.trim().replace(THEME_TAIL, ''));
  if (top.length < 2 || !top.slice(1).some((t) => NAMES_MEETING.test(t))) return null;
  // (Not a file's name, `Klubhus-fra-havnen`, words joined by hyphens.)
  return nameShaped(top[0]!) && !/\p{L}-\p{Ll}+-\p{Ll}/u.test(top[0]!) ? top[0]! : null;
}

/** A postcode and its town alone on a line (`9000 Aalborg`, `DK-7500 Holstebro`). */
const POSTCODE_TOWN = /^(?:DK-?\s?)?\d{4}\s+(\p{Lu}[\p{L}.-]*)(?:\s+\p{Lu}[\p{L}.-]*)*\.?$/u;

/**
 * A letterhead near the top: a name over its street and number, then its postcode and town, the name ending in that town
 * (`SF Holmby` / `Holmgade 20F` / `9999 Holmby`): a local branch named for its town, the body where nothing else names one.
 * (A house the meeting was held in is named otherwise: `Holmby Kro` / `Krovej 2` / `9999 Holmby` names no body.)
 */
export function nameOverAddress(header: SLine[]): string | null {
  const top = header.filter((l) => !l.blank).slice(0, 12).map((l) => l.text.trim());
  for (let k = 0; k + 2 < top.length; k++) {
    const town = POSTCODE_TOWN.exec(top[k + 2]!)?.[1];
    if (town === undefined || !/\d/u.test(top[k + 1]!) || top[k + 1]!.split(/\s+/u).length > 5 || !nameShaped(top[k]!)) continue;
    const words = top[k]!.split(/\s+/u);
    if (words.length >= 2 && words[words.length - 1]!.toLocaleLowerCase('da') === town.toLocaleLowerCase('da')) return top[k]!;
  }
  return null;
}

/**
 * A body named in the genitive before its members, its meetings or its protocol near the top (`Til Holmby Landsbylaugs
 * medlemmer:`, `Lokaludvalgets medlemmer i Holmby:`, `Find referater fra Holmby Udsatteråds møder`, `Holmby Sogneraads
 * Protokol 14 Februar 1917`): that body, an organisation's word in its name. See BODY_OF_ITS_OWN_EXAMPLES.
 */
const BODY_OF_ITS_OWN = /(?:^|(?<=(?:^|\s)(?:til|fra|Til|Fra)\s)|(?<=^\S{1,4}\s))((?!(?:Til|Fra)\s)(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{L}*(?:råd|raad|udvalg|laug|lav|forening|klub|selskab|forbund|bestyrelse|kor|gilde)(?:et|en|ets|ens)?)s\s+(?:medlemmer|møder|[Pp]rotokol|PROTOKOL)(?!\p{L})/u;

/** Its statutes or its board, the name ending the line: `Ifølge vedtægterne for Holmby Lokalarkiv`, `Deltagere: bestyrelsen i Holm Ung 3320.` */
const STATUTES_OR_BOARD_OF = /(?:[Vv]edtægter(?:ne)?|[Bb]estyrelsen)\s+(?:for|i)\s+(\p{Lu}[\p{L}\d&'’-]*(?:\s+[\p{Lu}\d][\p{L}\d&'’-]*){0,3})\s*[.:]?$/u;

/** A web page's logo named by its picture's text (`Holmby FFS logo`, `Logo Holmby Friskole`, `… 2031.Holmby Børnehus logo`). */
const LOGO_OF = /(?:^|(?<=\.)\s*)((?:\p{Lu}[\p{L}&'’-]*\s+){0,4}\p{Lu}[\p{L}&'’-]*)\s+[Ll]ogo$|^[Ll]ogo\s+((?:\p{Lu}[\p{L}&'’-]*\s+){0,4}\p{Lu}[\p{L}&'’-]*)$/u;

export function bodyOfItsOwn(header: SLine[]): string | null {
  for (const l of header.filter((x) => !x.blank).slice(0, 12)) {
    // (A municipality's or region's logo is the house's, not the committee's: `Holmby Kommune Logo`.)
    const logo = LOGO_OF.exec(l.text.trim());
    const pictured = logo ? (logo[1] ?? logo[2])! : null;
    if (pictured !== null && !/(?:^|\s)(?:Kommune|Region|Top|Logo)$/u.test(pictured) && !/^(?:Region|Top)\s/u.test(pictured) && !isTown(pictured)) return pictured;
    const of = STATUTES_OR_BOARD_OF.exec(l.text.trim());
    if (of && !isTown(of[1]!) && !findDate(of[1]!)) return of[1]!;
    const m = BODY_OF_ITS_OWN.exec(l.text.trim());
    if (!m) continue;
    const name = m[1]!.replace(/(?<=\p{L}(?:råd|raad|udvalg|laug|lav|forening|klub|selskab|forbund|bestyrelse|kor|gilde))ets$/u, 'et');
    // (A kind in small letters alone is the body's kind: `Til landsbylaugs medlemmer` names none; so does an association's
    // kind alone, `Grundejerforeningens medlemmer`, where a council's names the council, `Lokaludvalgets medlemmer`.)
    if (!/\s/u.test(name) && (/^\p{Ll}/u.test(name) || /(?:forening|klub|laug|lav|selskab|forbund|kor|gilde)(?:et|en)?$/u.test(name))) continue;
    return name.charAt(0).toLocaleUpperCase('da') + name.slice(1);
  }
  return null;
}

/**
 * A name set in capitals alone on one of the first lines, a web page's or a letterhead's (`HOLMSTUERNE`, `HOLMBY MØLLE- & BYLAUG`):
 * an organisation's word in it, or one long word the language does not have. No number, no document's or meeting's word.
 */
export function nameInCapitals(header: SLine[]): string | null {
  for (const l of header.filter((x) => !x.blank).slice(0, 8)) {
    const t = l.text.trim();
    if (!/^[\p{Lu}&'’.\- ]+$/u.test(t) || !/\p{Lu}{4}/u.test(t) || t.split(/\s+/u).length > 5) continue;
    if (/REFERAT|DAGSORDEN|GENERALFORSAML|MØDE|BERETNING|PROTOKOL|INDKALDELSE|VALG|REGNSKAB|EVENTUELT|ORIENTERING|PUNKT|NYHED|ARKIV|MENU/u.test(t)) continue;
    const lower = t.toLocaleLowerCase('da');
    const words = lower.split(/\s+/u);
    if (BODYLIKE.test(lower) || (words.length === 1 && lower.length >= 8 && !isWord(lower))) return t;
  }
  return null;
}

/** Header lines and the body bodyOfItsOwn reads from them (null: none); tests/vocabulary.test.ts runs them. */
export const NAME_IN_CAPITALS_EXAMPLES: [string[], string | null][] = [
  [['Generalforsamling 2031', 'posted in: Uncategorized | 0', 'HOLMSTUERNE'], 'HOLMSTUERNE'],
  [['HOLMBY MØLLE- & BYLAUG', 'Referat af generalforsamling'], 'HOLMBY MØLLE- & BYLAUG'],
  [['SAGSINDHOLD', 'Referat'], null],
  [['SHOW MORE', 'Referat'], null],
  [['1. VELKOMST'], null],
];

export const BODY_OF_ITS_OWN_EXAMPLES: [string, string | null][] = [
  ['Til Holmby landsbylaugs medlemmer:', 'Holmby landsbylaug'],
  ['Lokaludvalgets medlemmer i Holmby:', 'Lokaludvalget'],
  ['Find dagsorden eller referater fra Udsatterådets møder', 'Udsatterådet'],
  ['1e. Holmby Sogneraads Protokol 14 Februar 1917 –', 'Holmby Sogneraad'],
  ['Klubbens medlemmer mødte talstærkt op.', null],
  ['Grundejerforeningens medlemmer', null],
  ['Dagsorden: Ifølge vedtægterne for Holmby Lokalarkiv', 'Holmby Lokalarkiv'],
  ['Deltagere: bestyrelsen i Holm Ung 3320.', 'Holm Ung 3320'],
  ['Indkaldt efter vedtægterne for foreningen.', null],
  ['HFS logo', 'HFS'],
  ['Referat af bestyrelsesmøde d. 20./9. 2031.Børnehuset Holmtræet logo', 'Børnehuset Holmtræet'],
  ['Holmby Kommune Logo', null],
  ['Logo', null],
  ['Vores medlemmer mødte op', null],
];

/** Document tops and the body nameOverAddress reads from them (null: none); tests/vocabulary.test.ts runs them. */
export const NAME_OVER_ADDRESS_EXAMPLES: [string[], string | null][] = [
  [['Referat af bestyrelsesmøde 7. marts', 'SF Holmby', 'Holmgade 20F', '9999 Holmby', 'www.sf-holmby.dk'], 'SF Holmby'],
  [['FDF Holmby', 'Skovvej 2b', '9999 Holmby', 'Referat af generalforsamling'], 'FDF Holmby'],
  [['Generalforsamling 2031', 'Holmby Kro', 'Krovej 2', '9999 Holmby'], null],
  [['Referat', 'Karen Holm', 'Holmvej 3', '9999 Holm'], null],
];

/** Document tops and the body nameOnTop reads from them (null: none); tests/vocabulary.test.ts runs them. */
export const NAME_ON_TOP_EXAMPLES: [string[], string | null][] = [
  [['Holmby Kulturhus', 'Vejen 11B, 7000 Holmby', 'Referat af bestyrelsesmøde i kulturhusbestyrelsen.'], 'Holmby Kulturhus'],
  // (A web page theme's words after the site's name.)
  [['Holmby Amatørscene Rotating Header Image', 'Referat af generalforsamling den 31 marts 2031', 'Fremmødte: 13'], 'Holmby Amatørscene'],
  [['Kartoffelfolket på Heden', 'Gå tilbage til forrige side', 'Generalforsamling 2031'], 'Kartoffelfolket på Heden'],
  [['Klubhus-fra-havnen', 'arrow', 'Referat af bestyrelsesmøde'], null],
  [['User Tools', 'Site Tools', 'Referat af møde'], null],
  [['Karen Holm', 'Referat af bestyrelsesmøde'], null],
  [['Holmby Kulturhus', 'Vejen 11B, 7000 Holmby'], null],
];

function nameShaped(t: string): boolean {
  const words = t.split(/\s+/u);
  // (A line opened by a preposition is where or when, `I Holmby Fælleshus`, `Hos Bo Dal`, not a name.)
  if (/^(?:I|På|Hos|Ved|Fra|Til|Med|Efter|Under)$/u.test(words[0]!) && words.length > 1) return false;
  if (t.length > 50 || words.length > 6 || !/^[\p{Lu}\d]/u.test(t) || !/^[\p{L}\d&'’\- ]+$/u.test(t) || NAMES_MEETING.test(t) || PAGE_CHROME_WORD.test(t)) return false;
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || NAME_SMALL_WORD.test(w)) || !/\p{L}{3}/u.test(t)) return false;
  if (findDate(t) !== null || findDayMonth(t) !== null || /\d[.:]\d{2}/u.test(t)) return false;
  // An id or a file's name (`Ref-2031-apr-20`, `Foto 4 570251`): digits run into letters, or five digits and more.
  if (/\d{5}|\p{L}-?\d|\d-?\p{L}/u.test(t)) return false;
  // One word is a name only when long and no plain word of the language (`Amatørsymfonikerne`, not `Nyheder`, `Aktiviteter`).
  // (Or an organisation's letters, `HGF`, no word of a page's: `OBS`, `INFO`, `PDF`.)
  const letters = /^\p{Lu}{3,6}$/u.test(t) && !/^(?:OBS|INFO|NYT|PDF|FAQ|TOP|MENU|HJEM|SØG|LOGIN|NOTE|NOTAT|MØDE|DATO|STED|TID)$/u.test(t) && !isDictionaryWord(t.toLocaleLowerCase('da'));
  if (words.length === 1 && !letters && (t.length < 10 || isDictionaryWord(t.toLocaleLowerCase('da')))) return false;
  // A word and a year (`Årsrapport 2031`) is a heading; a byline (`Af Bo Dal`) names the writer.
  if ((words.length === 2 && /^(?:19|20)\d\d$/u.test(words[1]!)) || /^(?:Af|Skrevet|Forfatter)\b/u.test(t)) return false;
  // A person (`Karen Holst`), a town alone (`Holte`), a room or a hall (`Mødelokalet`, `Holmby Hallen`), a label or a usual title is no body.
  const last = words[words.length - 1]!;
  if (isGivenName(words[0]!) || (words.length <= 3 && (isSurname(last) || /sen$/u.test(last))) || (words.length === 1 && isTown(t))) return false;
  if ((PLACE_WORD.test(t) || VENUE_END.test(t)) && !ORGANISATION.test(t)) return false;
  if (groupLabel(t) !== null || blockKind(t) !== null || isLabel(t) || MONTH_YEAR_ALONE.test(t)) return false;
  return true;
}
/** A web page's chrome (`Menu`, `Luk`, `Logo`, `Rotating Header Image`, `Nyheder`): no name. */
const PAGE_CHROME_WORD = /\b(?:Menu|Luk|Close|Logo|Header|Image|Index|Tools|Tilbage|Forside|Facebook|Nyheder|Arkiv|Admin|Log ind|Søg|Skip)\b/iu;
/** A hall, a church, an inn: where a meeting is held. */
const VENUE_END = /(?:hallen|hal|kirke|kirken|kro|kroen|hotel|sognegård|sognegården|præstegård)$/iu;
/** `Marts 2031`, `2031`: when, not who. */
const MONTH_YEAR_ALONE = new RegExp(`^(?:(?:${Object.keys(MONTHS).join('|')})\\.?\\s+)?(?:19|20)\\d\\d$`, 'iu');

/** Document tops and the body nameBesideTitle reads from them (null: none). */
export const BODY_BESIDE_TITLE_EXAMPLES: [string[], string | null][] = [
  [['Referat af generalforsamling 2031', 'Holmby Petanque', 'Søndag den 2. marts 2031 kl. 10'], 'Holmby Petanque'],
  [['FDF Holmby', 'Referat af generalforsamling den 4. marts 2031 i Kredshuset'], 'FDF Holmby'],
  [['Referat fra generalforsamling', 'Holmbyorkestret', 'Tirsdag d. 20. september 2031'], 'Holmbyorkestret'],
  [['Referat fra generalforsamling', 'Aktiviteter'], null],
  [['Generalforsamling', 'HGF', 'Generalforsamling den 11. november 2031 kl. 19,30'], 'HGF'],
  [['Referat fra bestyrelsesmøde', 'OBS'], null],
  [['Referat fra generalforsamling', 'Støtteforeningen for Holmby Kirkes Voksenkor'], 'Støtteforeningen for Holmby Kirkes Voksenkor'],
  [['Referat fra bestyrelsesmødet', 'Karen Holst', 'Bo Dal'], null],
  // (A line opened by a preposition is where the meeting was.)
  [['Referat fra generalforsamling 28. februar 2031', 'I Holmby Fælleshus'], null],
  // (A section's heading over the title: the name under the second title line; not an address there.)
  [['Referater fra bestyrelsen', 'Referat fra d. 1. maj 2031', 'Holmby School Friends', 'Egeparken 18 st.th'], 'Holmby School Friends'],
  [['Bestyrelsesmøde 04.12.31', 'BESTYRELSESMØDE AFHOLDT DEN 4/12 2031', 'Holmskildevej 27'], null],
  [['Referat fra bestyrelsesmødet', 'Aalborg'], null],
  [['Referat fra bestyrelsesmødet', 'Mødelokalet', 'Kl. 19.00'], null],
  [['Skip to main content', 'Referat 2031'], null],
  [['Referat fra bestyrelsesmødet', 'Marts 2031'], null],
  [['Referat fra bestyrelsesmødet', 'Til stede'], null],
  [['Referat fra bestyrelsesmødet', 'Menu Luk'], null],
  [['Referat-2031-apr-20', 'Referat fra bestyrelsesmødet'], null],
  [['Generalforsamling 2031', 'Foto 4 570251'], null],
  [['Referat fra generalforsamlingen', 'Nyheder'], null],
  [['Af Bo Dal', 'Referat fra generalforsamlingen'], null],
  [['Referat fra generalforsamlingen', 'Holmby Hallen'], null],
  [['Referat fra generalforsamlingen', 'Holmby Bordtennis Veteraner 1986'], 'Holmby Bordtennis Veteraner 1986'],
];
