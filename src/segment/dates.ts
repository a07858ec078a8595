/** Danish dates and times as minutes print them, to ISO 8601 and HH:MM. */
import { MONTH_TYPOS, MONTHS } from './vocabulary.js';

const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
/** The old ordinals' endings after a day's number (`1ste`, `2den`, `3die`, `4de`, `12te`). */
const OLD_ORDINAL = 'ste|den|die|de|te';

/** (A parish council's protocol of the 1800s is minutes too, `Aar 1852 den 2den December`: `oldest` 1800 where the month is named or the protocol's formula opens the date.) */
function iso(y: number, m: number, d: number, oldest = 1900): string | null {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < oldest || y > 2100) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface FoundDate {
  date: string;
  index: number;
  length: number;
}

/** A text that names a meeting or its papers: where eight digits run together may be its day. */
const MEETING_NAMED = /[Rr]eferat|[Mm]øde|[Dd]agsorden|[Gg]eneralforsamling/u;

/** The shapes of a full date, each with how it reads; built once (findDate is asked of most lines). */
const DATE_PATTERNS: [RegExp, (m: RegExpExecArray) => string | null][] = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => iso(+m[1]!, +m[2]!, +m[3]!)],
  // `4. juni 2019`, `12. januar, 2022`, `15-maj-2002`, `15. maj 02` (a two-digit year only where the date ends).
  [
    // `2. april '22`: a two-digit year after an apostrophe.
    // (An old protocol's ordinal, `25de April 1869`, `1ste Marts`, `3die August`.)
    new RegExp(`\\b(\\d{1,2})(?:${OLD_ORDINAL})?(?:\\.?\\s*|-)(${MONTH_RE})(?:\\.?,?\\s+|\\.?-)(\\d{4}\\b|\\d{2}(?=\\s*(?:$|[,.;)]|kl\\b))|['’]\\d{2}\\b)`, 'iu'),
    (m) => iso(+m[3]!.replace(/^['’]/u, ''), MONTHS[m[2]!.toLowerCase()]!, +m[1]!, 1800),
  ],
  // A day over 12 in the second place is a date written month first (`8/29/2019 4:00:00 PM`, a portal set to US English).
  [/\b(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})\b(?![.:]\d)/, (m) => iso(+m[3]!, +m[2]!, +m[1]!) ?? (+m[2]! > 12 ? iso(+m[3]!, +m[1]!, +m[2]!) : null)],
  // `26/1 2023`, `7/5 - 2016`: day and month, a space or a dash with spaces, the year.
  [/\b(\d{1,2})\/(\d{1,2})(?:\s+[-–])?\s+(\d{4})\b/, (m) => iso(+m[3]!, +m[2]!, +m[1]!)],
  // `2006.04.19`: the year first, with full stops.
  [/\b((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})\b(?!\.\d)/, (m) => iso(+m[1]!, +m[2]!, +m[3]!)],
  // `4.4. 2022`: day and month with full stops, the year after a space.
  [/\b(\d{1,2})\.(\d{1,2})\.\s+((?:19|20)\d{2})\b(?![-\p{L}])/u, (m) => iso(+m[3]!, +m[2]!, +m[1]!)],
  // `09. 11 2021`: day, month and year apart, a full stop after the day.
  [/\b(\d{1,2})\.\s(\d{1,2})\s((?:19|20)\d{2})\b(?![-\p{L}])/u, (m) => iso(+m[3]!, +m[2]!, +m[1]!)],
  // `lørdag 16.9 2023`: day and month with a full stop between, the year after a space (not an hour: `kl. 10.11 2023`).
  [/\b(\d{1,2})(?<!\b[Kk]l\.?\s*\d{1,2})\.(\d{1,2})\s+((?:19|20)\d{2})\b(?![-.\p{L}])/u, (m) => iso(+m[3]!, +m[2]!, +m[1]!)],
  // `01102024 | Referat | Bestyrelsesmøde`: day, month and year run together, only in a text that names a meeting (no phone number).
  [/\b(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])((?:19|20)\d{2})\b/u, (m) => (MEETING_NAMED.test(m.input) ? iso(+m[3]!, +m[2]!, +m[1]!) : null)],
  // `Referat 20170818`: the year first, the same way.
  [/\b((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\b/u, (m) => (MEETING_NAMED.test(m.input) ? iso(+m[1]!, +m[2]!, +m[3]!) : null)],
  // A protocol's opening formula, the year first: `År 2019, den 15. juli`, `Året 2031 den 3.3.`; as the old protocols spell it,
  // `Aar 1852 den 2den December`, `Aar 1917 d. 14/2`, `1869. den 25de April`.
  [
    new RegExp(`(?:(?<!\\p{L})(?:[ÅA]r|Aar)(?:et)?\\s+((?:1[89]|20)\\d{2}),?|(?<![\\d.,])((?:1[89]|20)\\d{2})\\.)\\s+(?:den|d\\.)\\s*(\\d{1,2})(?:${OLD_ORDINAL})?\\.?\\s*(?:(${MONTH_RE})\\b|(\\d{1,2})\\.|\\/(\\d{1,2})\\b)`, 'iu'),
    (m) => iso(+(m[1] ?? m[2])!, m[4] !== undefined ? MONTHS[m[4].toLowerCase()]! : +(m[5] ?? m[6])!, +m[3]!, 1800),
  ],
  // The year first and the month named, in a text that names a meeting: `Bestyrelsesmøde-referat 2031 apr. 20:`.
  [new RegExp(`\\b((?:19|20)\\d{2})\\s+(${MONTH_RE})\\.?\\s+(\\d{1,2})\\b(?![.,]\\d)`, 'iu'), (m) => (MEETING_NAMED.test(m.input) ? iso(+m[1]!, MONTHS[m[2]!.toLowerCase()]!, +m[3]!) : null)],
  // `2031 12 16 Referat`: the year first, spaces between, only in a text that names a meeting.
  [/\b((?:19|20)\d{2})\s(0[1-9]|1[0-2])\s(0[1-9]|[12]\d|3[01])\b(?!\s?\d)/u, (m) => (MEETING_NAMED.test(m.input) ? iso(+m[1]!, +m[2]!, +m[3]!) : null)],
  // The month first, as English prints it: `April 3, 2019`.
  [new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'iu'), (m) => iso(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!)],
];

const HAS_DIGIT = /\d/;


/** A meeting moved to another day, right after its date (`flyttet til 21.2`, `er udsat til den 3. marts`). */
const MOVED_TO = new RegExp(`^\\s*(?:er\\s+|blev\\s+)?(?:flyttet|rykket|ændret|udsat)\\s+til\\s+(?:den\\s+|d\\.\\s*)?(\\d{1,2})(?:\\.(\\d{1,2})(?!\\d)|\\.?\\s*(${MONTH_RE})\\b)`, 'iu');

/** The first date in a text: `26. jan 2023`, `4. juni 2019`, `27-08-2025`, `23.05.19`, `2023-01-26`, `26/1 2023`. */
export function findDate(text: string): FoundDate | null {
  // (Every shape has digits; most lines have none.)
  if (!HAS_DIGIT.test(text)) return null;
  let best: FoundDate | null = null;
  for (const [re, make] of DATE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const date = make(m);
    if (date && (best === null || m.index < best.index)) best = { date, index: m.index, length: m[0].length };
  }
  // `15. aril 2031`: a month's name with a letter lost, read only where no date is found as spelt.
  if (best === null) {
    const typo = MONTH_TYPO_DATE.exec(text);
    const month = typo ? MONTH_TYPOS[typo[2]!.toLowerCase()] : undefined;
    const date = typo && month !== undefined ? iso(+typo[3]!, month, +typo[1]!) : null;
    if (date !== null) best = { date, index: typo!.index, length: typo![0].length };
  }
  if (best === null) return null;
  // `mandag den 24.1 2031 flyttet til 21.2`: the meeting was moved; the day it was moved to, in the same year.
  const moved = MOVED_TO.exec(text.slice(best.index + best.length));
  if (moved) {
    const date = iso(Number(best.date.slice(0, 4)), moved[2] !== undefined ? +moved[2] : MONTHS[moved[3]!.toLowerCase()]!, +moved[1]!);
    if (date !== null) return { date, index: best.index, length: best.length + moved[0].length };
  }
  return firstDay(text, best);
}


/** A day, a word of a month's length and a year (`15. aril 2031`): a date where the word is a month's name with a letter lost. */
const MONTH_TYPO_DATE = /\b(\d{1,2})\.?\s*(\p{L}{4,8})\.?,?\s+(\d{4})\b/u;

/** A day with its full stop before the date and joined to it (`21. og 22. maj 2031`, `3.-4.5.2031`): a meeting of days, which begins on the first. */
const DAY_BEFORE = /(?<![\d.])(\d{1,2})\.\s*(?:og|til|&|[-–])\s*$/u;

function firstDay<T extends { index: number; length: number }>(text: string, found: T & { date?: string; day?: number }): T {
  const before = DAY_BEFORE.exec(text.slice(Math.max(0, found.index - 12), found.index));
  if (!before) return found;
  const day = Number(before[1]);
  const start = found.index - before[0].length;
  if (found.date !== undefined) {
    const date = iso(Number(found.date.slice(0, 4)), Number(found.date.slice(5, 7)), day);
    return date !== null && date < found.date ? { ...found, date, index: start, length: found.length + before[0].length } : found;
  }
  return found.day !== undefined && day < found.day ? { ...found, day, index: start, length: found.length + before[0].length } : found;
}

function hhmm(h: string, m: string | undefined): string | null {
  const hour = +h;
  const min = m === undefined ? 0 : +m;
  if (hour > 23 || min > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** Start and end time: `kl. 14.00-16.00`, `kl 13-15`, `kl. 16:00`, `08:00:00`. */
export function findTimes(text: string): { start: string | null; end: string | null } {
  // `kl. 12,30-14,00`: commas between hours and minutes too.
  // (`kl.: 16:30 til 18:30`: a colon after the word, as after a label.)
  const range = /\b(?:kl\.?|klokken)\s*:?\s*(?:ca\.?\s*)?(\d{1,2})(?:[.:,](\d{2}))?\s*(?:-|–|til)\s*(?:ca\.?\s*)?(?:(?:kl\.?|klokken)\s*)?(\d{1,2})(?:[.:,](\d{2}))?\b/iu.exec(text);
  if (range) return { start: hhmm(range[1]!, range[2]), end: hhmm(range[3]!, range[4]) };
  // `kl. 17:15 20:30`: two hours with their minutes, the dash between them lost, the second the later.
  const spaced = /\b(?:kl\.?|klokken)\s*(\d{1,2})[.:](\d{2})\s+(\d{1,2})[.:](\d{2})\b(?![.,:]?\d)/iu.exec(text);
  if (spaced && Number(spaced[3]) < 24 && Number(spaced[3]) * 60 + Number(spaced[4]) > Number(spaced[1]) * 60 + Number(spaced[2])) return { start: hhmm(spaced[1]!, spaced[2]), end: hhmm(spaced[3]!, spaced[4]) };
  // `kl 1000 til ca 1100`: hours and minutes run together at both ends.
  const joinedRange = /\b(?:kl\.?|klokken)\s*([01]\d|2[0-3])([0-5]\d)\s*(?:-|–|til)\s*(?:ca\.?\s*)?(?:(?:kl\.?|klokken)\s*)?([01]\d|2[0-3])([0-5]\d)\b/iu.exec(text);
  if (joinedRange) return { start: hhmm(joinedRange[1]!, joinedRange[2]), end: hhmm(joinedRange[3]!, joinedRange[4]) };
  // Not from OCR's ruins of a time (`kl. 1.9,3o`): digits must not go on after the hour.
  // `kl. 18,00`: a comma between hours and minutes, typed as in a decimal number; `kl. ca. 19.30`: about then.
  const single = /\b(?:kl\.?|klokken)\s*:?\s*(?:ca\.?\s*)?(\d{1,2})(?:[.:,](\d{2}))?\b(?![.,]\d)/iu.exec(text);
  if (single) return { start: hhmm(single[1]!, single[2]), end: null };
  // `kl. 1900`: hours and minutes run together.
  const joined = /\b(?:kl\.?|klokken)\s*([01]\d|2[0-3])([0-5]\d)\b/iu.exec(text);
  if (joined) return { start: hhmm(joined[1]!, joined[2]), end: null };
  const clock = /\b(\d{1,2})[:.](\d{2})(?::\d{2})?\s*(?:-|–)\s*(\d{1,2})[:.](\d{2})\b/.exec(text);
  if (clock) return { start: hhmm(clock[1]!, clock[2]), end: hhmm(clock[3]!, clock[4]) };
  const plain = /(?:^|\s)(\d{1,2}):(\d{2})(?::\d{2})?\b(?:\s*([AP])\.?M\b)?/i.exec(text);
  // `4:00:00 PM`: the afternoon's hours on a twelve-hour clock.
  if (plain) return { start: hhmm(plain[3] === undefined ? plain[1]! : String((+plain[1]! % 12) + (/p/i.test(plain[3]) ? 12 : 0)), plain[2]), end: null };
  return { start: null, end: null };
}

/** Date shapes, each with phrasings that must give the date (`[text, iso]`) or none (`[text, null]`); tests/vocabulary.test.ts runs them. */
export const DATE_EXAMPLES: [string, string | null][] = [
  ['21. november 2019', '2019-11-21'],
  ['21/11 2019', '2019-11-21'],
  ['DEN 28 FEBR. 2031 HOS BO DAL.', '2031-02-28'],
  // A long month's name with a letter lost.
  ['Referat af bestyrelsesmøde den 15. aril 2031', '2031-04-15'],
  ['3. febuar 2031', '2031-02-03'],
  // A meeting of two days begins on the first.
  ['Kongressen blev holdt den 21. og 22. maj 2031 i Odense', '2031-05-21'],
  ['Landsmøde 3.-4.5.2031', '2031-05-03'],
  ['punkt 2 og 4. maj 2031', '2031-05-04'],
  ['År 2031, den 15. juli kl. 14.00, afholdtes ordinær generalforsamling', '2031-07-15'],
  ['Året 2031 den 3.3. kl. 19 mødtes bestyrelsen', '2031-03-03'],
  ['Vi har i år 2031 den 4. plads i rækken', null],
  // An old protocol's formula and ordinals.
  ['Aar 1852 den 2den December afholdtes et ordinairt Møde', '1852-12-02'],
  ['Aar 1917 d. 14/2 holdt Sogneraadet ordinært Møde i Holmby Kro.', '1917-02-14'],
  ['1869. den 25de April afholdt Holmby Sogneraad et Extramøde', '1869-04-25'],
  ['Aar 1854 d. 3die August var Valgbestyrelsen mødt', '1854-08-03'],
  ['Holmby Amtshus d. 12te April 1869.', '1869-04-12'],
  ['Stykket er 1852. Den 3. plads gik til Bo', null],
  ['Bestyrelsesmøde 8/1 1896', null],
  ['Mandag d. 4.4. 2022', '2022-04-04'],
  ['21/11-2019', '2019-11-21'],
  ['Referat af generalforsamling d. 7/5 - 2031', '2031-05-07'],
  ['Musik på havnen 31/05 og 01/06 -2031', null],
  ['21-11-2019', '2019-11-21'],
  ['21.11.19', '2019-11-21'],
  ['2019-11-21', '2019-11-21'],
  ['Torsdag den 26. jan 2023, kl. 14.00-16.00', '2023-01-26'],
  ['Mødedato Onsdag d. 27. august 2025 kl. 16:00', '2025-08-27'],
  ['14. Marts, 2019', '2019-03-14'],
  ['12. januar, 2022', '2022-01-12'],
  ['Generalforsamlingen blev afholdt den 3. marts 2015 i klubhuset', '2015-03-03'],
  ['Mandag, 09 december 2019', '2019-12-09'],
  ['Onsdag, April 3, 2019', '2019-04-03'],
  ['Referat Bestyrelsesmøde 20.6.2022', '2022-06-20'],
  ['Mødedato: 8/29/2031 4:00:00 PM', '2031-08-29'],
  ["Bestyrelsesmøde 2. april '22", '2022-04-02'],
  ['Referat 2006.04.19', '2006-04-19'],
  ['Referat 20310818', '2031-08-18'],
  ['Telefon 20310818', null],
  ['Mødet blev holdt 09. 11 2021', '2021-11-09'],
  ['Vi mødes mandag den 24.1 2031 flyttet til 21.2 i klubhuset', '2031-02-21'],
  ['Mødet den 4. marts 2031 er udsat til den 11. marts', '2031-03-11'],
  ['Referat for generalforsamling lørdag 16.9 2031 kl 12-18', '2031-09-16'],
  ['Mødet starter kl. 10.11 2031 er året', null],
  ['01102031 | Referat | Bestyrelsesmøde i Gårdlauget', '2031-10-01'],
  ['Bestyrelsesmøde 13082031', '2031-08-13'],
  ['Ring på 12052031 for at tilmelde dig', null],
  ['2. kvartal 2022', null],
  ['Punkt 3. 12 2021-regnskaber', null],
  ['Side 2 af 6', null],
  ['Bestyrelsesmøde-referat 2031 apr. 20:', '2031-04-20'],
  ['2031 12 16 Referat', '2031-12-16'],
  ['Budget 2031 12 16 28', null],
  ['I 2031 maj 3 gange', null],
];

/** Time shapes (`[text, start, end]`); tests/vocabulary.test.ts runs them. */
export const TIME_EXAMPLES: [string, string | null, string | null][] = [
  // Two hours with the dash between them lost; a colon after `kl.`.
  ['Torsdag den 23.2.2031 kl. 08.30 15.30 i Medlemshuset', '08:30', '15:30'],
  ['kl. 17:15 20:30', '17:15', '20:30'],
  ['kl. 20:30 17:15', '20:30', null],
  ['d.: 10-09-2031 kl.: 16:30 til 18:30 :', '16:30', '18:30'],
  ['kl. 19', '19:00', null],
  ['kl 19.00', '19:00', null],
  ['klokken 19.30', '19:30', null],
  ['Tid: onsdag den 28. marts kl. ca. 19.30', '19:30', null],
  ['kl. ca. 10-12', '10:00', '12:00'],
  ['KL. 19:00', '19:00', null],
  ['kl. 18.30- 21.00', '18:30', '21:00'],
  ['kl. 12,30-14,00', '12:30', '14:00'],
  ['fra kl. 18,30 til ca. 19,15', '18:30', '19:15'],
  ['Formanden åbnede mødet kl. 18,00, ved at byde velkommen', '18:00', null],
  ['kl. 14.00-16.00', '14:00', '16:00'],
  ['kl. 16.30 til 17.15', '16:30', '17:15'],
  ['kl. 1900', '19:00', null],
  ['Tid: Lørdag 20 april, kl 1000 til ca 1100', '10:00', '11:00'],
  ['19.00-21.30', '19:00', '21:30'],
  ['Starttidspunkt 24-12-2019 08:00:00', '08:00', null],
  ['Mødedato: 8/29/2031 4:00:00 PM', '16:00', null],
  ['Mødedato: 8/29/2031 12:30:00 PM', '12:30', null],
  ['Mødedato: 8/29/2031 12:30:00 AM', '00:30', null],
  ['Mødet start 12:15', '12:15', null],
  ['Mødet start 23:15', '23:15', null],
  ['kl. 1.9,3o', null, null],
];

export interface FoundDayMonth {
  day: number;
  month: number;
  index: number;
  length: number;
  /** The day of the week printed before it (0 Sunday … 6 Saturday, as `Date#getUTCDay`), where one is. */
  weekday?: number;
}

/** Danish weekdays in `Date#getUTCDay` order. */
export const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];
/** A weekday right before a day and month (`Søndag den 10. marts`, `tirsdag, d. 4.3.`). */
const WEEKDAY_BEFORE = new RegExp(`(?<!\\p{L})(${WEEKDAYS.join('|')})[\\s,]*(?:den|d\\.)?\\s*$`, 'iu');

/**
 * The first day and month printed without a year (`lørdag den 19. marts`, `d. 1.11.`, `7. maj kl 16`),
 * where no full date is; the year comes from elsewhere (the title, a posting date).
 */
const DAY_MONTH_NAMED = new RegExp(`\\b(\\d{1,2})\\.?\\s*(${MONTH_RE})\\b\\.?(?!\\s*\\d{2,4}\\b)`, 'iu');

/** An events calendar's date, the month first and the time after an at sign: `februar 27 @ 19:00 – 21:00`. */
const CALENDAR_DAY = new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{1,2})(?=\\s*@)`, 'iu');

export function findDayMonth(text: string): FoundDayMonth | null {
  if (findDate(text)) return null;
  const named = DAY_MONTH_NAMED.exec(text);
  // (`d. 1.11.`, `den 3/11`; with a slash and no `den`, only where the hour follows: `Generalforsamling 24/8 kl. 19.00`.)
  const numeric = /\b(?:den|d\.)\s*(\d{1,2})[./]\s*(\d{1,2})\.?(?![\d/-])|(?<![\d./-])\b(\d{1,2})\/(\d{1,2})(?=\s*(?:kl\.?|klokken)\s*\d)/iu.exec(text);
  const calendar = CALENDAR_DAY.exec(text);
  const candidates = [
    named ? { day: +named[1]!, month: MONTHS[named[2]!.toLowerCase()]!, index: named.index, length: named[0].length } : null,
    calendar ? { day: +calendar[2]!, month: MONTHS[calendar[1]!.toLowerCase()]!, index: calendar.index, length: calendar[0].length } : null,
    numeric ? { day: +(numeric[1] ?? numeric[3])!, month: +(numeric[2] ?? numeric[4])!, index: numeric.index, length: numeric[0].length } : null,
  ].filter((c): c is FoundDayMonth => c !== null && c.month >= 1 && c.month <= 12 && c.day >= 1 && c.day <= 31);
  const sorted = candidates.sort((a, b) => a.index - b.index)[0];
  if (!sorted) return null;
  const found = firstDay(text, sorted);
  const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, found.index - 20), found.index));
  return before ? { ...found, weekday: WEEKDAYS.indexOf(before[1]!.toLowerCase()) } : found;
}

/**
 * The ISO date of a day and month in `year`, or null where there is no such day. With `weekdayDecides` (the year
 * was taken from another date, which may be a deadline's or last year's), a weekday printed with it
 * (`Søndag den 10. marts`) that the day does not fall on in `year` but does in the year after or before picks
 * that year. (A year from the title stays: minutes print wrong weekdays more often than wrong titles.)
 */
export function withYear(d: FoundDayMonth, year: number, weekdayDecides = false): string | null {
  const date = iso(year, d.month, d.day);
  if (!weekdayDecides || d.weekday === undefined || date === null || weekdayOf(date) === d.weekday) return date;
  for (const y of [year + 1, year - 1]) {
    const other = iso(y, d.month, d.day);
    if (other !== null && weekdayOf(other) === d.weekday) return other;
  }
  return date;
}

/**
 * A day and month printed with its weekday and no year (`torsdag den 22. november`), dated by the years the document
 * names anywhere (a table's dates, `Generalforsamling 2031` further down): the one year among them on which the day falls
 * on that weekday, or null where none or several do.
 */
export function yearByWeekday(d: FoundDayMonth, years: number[]): string | null {
  if (d.weekday === undefined) return null;
  const fits = [...new Set(years)].map((y) => iso(y, d.month, d.day)).filter((date): date is string => date !== null && weekdayOf(date) === d.weekday);
  return fits.length === 1 ? fits[0]! : null;
}

/** The weekday printed right before position `index` of `text` (`Torsdag den 9. marts 2031`), as `Date#getUTCDay`, or null. */
export function weekdayBefore(text: string, index: number): number | null {
  const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, index - 20), index));
  return before ? WEEKDAYS.indexOf(before[1]!.toLowerCase()) : null;
}

export function weekdayOf(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

/**
 * Dates without a year (`[text, year, iso, weekdayDecides?]`): the day and month read, the year given;
 * tests/vocabulary.test.ts runs them.
 */
export const DAY_MONTH_EXAMPLES: [string, number, string | null, boolean?][] = [
  ['Lørdag den 19. marts afholdes generalforsamlingen', 2031, '2031-03-19'],
  ['bestyrelsesmøde mandag d.1.11. kl. 17.00', 2031, '2031-11-01'],
  ['ordinær generalforsamling den 7. maj kl 16.00', 2031, '2031-05-07'],
  ['den 30.2.', 2031, null],
  ['Der har den 21. og 22. maj været kongres', 2031, '2031-05-21'],
  ['februar 27 @ 19:00 – 21:00', 2031, '2031-02-27'],
  ['TOR 13 MAR kl. 19:00', 2031, '2031-03-13'],
  // A weekday the day does not fall on in the year another date gave, but does in the next (or the last): that year; not a title's year.
  ['Søndag den 13. marts kl. 13', 2032, '2033-03-13', true],
  ['Søndag den 13. marts kl. 13', 2032, '2032-03-13'],
  ['tirsdag d. 4.2. kl. 19', 2032, '2031-02-04', true],
  // A weekday it falls on in neither: the year given.
  ['mandag den 12. marts', 2032, '2032-03-12', true],
  ['den 7. maj 2030', 2031, null],
  ['Side 2 af 6', 2031, null],
  // A slash between day and month: after `den`, or with the hour after it.
  ['Generalforsamling 24/8 kl. 19.00 på Skovgården', 2031, '2031-08-24'],
  ['mødet holdes d. 3/11 i klubhuset', 2031, '2031-11-03'],
  ['Kapitel 2/3 blev gennemgået', 2031, null],
];
