/**
 * Lines of one block to its text: wrapped lines joined with spaces, paragraphs
 * and list items on their own lines, hyphenation at line ends undone where the
 * hyphen only split a word.
 */
import { HYPHENED_PREFIX } from '../extract/hyphenation.js';
import { printedLength, type SLine } from './model.js';
import { MONTHS } from './vocabulary.js';
import { groupLabel, looksLikeName, notesOf } from './people.js';

const BULLET = /^(?:[-–•▪◦●○■□➢→*]|\uf0b7|\uf0a7|\uf02d|[eo](?=\s+\p{Lu}))\s+/u;
/** A list's number or letter opening a line (`3.`, `b)`); not `v.`, ved's short form (`v. Bo Dal`, a presenter a page wrapped). */
const NUMBERED = /^(?:\d{1,2}[.):]|(?!v\.)[a-z][.)]|At \d+\))\s+/u;
/** A record opened by its item's number (`Ad 2: …`, `Ad pkt. 3 …`, `Punkt 4 …`), also after a bullet (`• Ad punkt 2: …`). */
export const RECORD_BY_NUMBER = /^\s*(?:[-–•▪●*]\s*)?(?:Add?[.:]?(?:\s*(?:pkt\.?|punkt))?|Pkt\.?|Punkt)\s*\d/iu;
/** A numbered sub-point: `2.1 Nyt fra formanden`. */
const SUB_NUMBER = /^\d{1,2}\.\d{1,2}\.?\s+(?=\p{Lu})/u;

/** A line of a vote: `For stemte: V og C (4)`, `Imod: 11`, `Undlod at stemme: O`. */
export const VOTE_LINE = /^(?:(?:For|Imod) stemte\b|(?:For|Imod)\s*:|Undlod at stemme\b|Undlod\s*:|Hverken for eller imod\b)/iu;

/** A result alone on its line, without a full stop (`Godkendt`): the next line is another sentence. */
const VERDICT_LINE = /^(?:godkendt|godkendes|vedtaget|anbefales|anbefalet|tiltrådt|udsat|intet|ingen bemærkninger|ok|taget til efterretning|drøftet|afvist|forkastet|ikke godkendt)$/iu;

export function isListItem(text: string): boolean {
  return BULLET.test(text) || NUMBERED.test(text) || SUB_NUMBER.test(text);
}

/** Layout facts of a document that decide where paragraphs end. */
export interface TextLayout {
  /** A typical full line length (90th percentile), in characters. */
  fullWidth: number;
  /** True when almost every line is followed by a blank line (double-spaced extraction). */
  doubleSpaced: boolean;
  /** Median font size of body lines (PDFs), null for plain text. */
  bodyFontSize: number | null;
  /** Where a PDF's full lines end, in points (the median over its pages of each page's widest line); null without widths. */
  rightEdge: number | null;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * The length, in characters, at a fraction of the way up the text lines ordered by length (0.9: the 90th percentile),
 * or null without text lines. Counted by length, not sorted: a long document has many lines and few lengths.
 */
export function percentileLength(lines: SLine[], fraction: number): number | null {
  const counts: number[] = [];
  let n = 0;
  for (const l of lines) {
    if (l.blank) continue;
    // (A line joined from a page's wrapped lines counts as the lines the page printed; rewritten since, as none.)
    const lengths = l.tailOf === undefined ? [l.text.length] : l.tailOf === l.text ? (l.printed ?? []) : [];
    for (const k of lengths) {
      counts[k] = (counts[k] ?? 0) + 1;
      n++;
    }
  }
  if (n === 0) return null;
  // The line at this place of the sorted list.
  const at = Math.floor(n * fraction);
  let seen = 0;
  for (let k = 0; k < counts.length; k++) {
    seen += counts[k] ?? 0;
    if (seen > at) return k;
  }
  return null;
}

export function measureLayout(lines: SLine[]): TextLayout {
  const fullWidth = percentileLength(lines, 0.9) ?? 80;
  let followedByBlank = 0;
  let nonBlank = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i]!.blank) continue;
    nonBlank++;
    if (lines[i + 1]!.blank) followedByBlank++;
  }
  const sized = lines.filter((l) => !l.blank && l.fontSize !== undefined);
  const bodyFontSize = median(sized.map((l) => l.fontSize!));
  // (Each page's widest line, the median over the pages: a page of short lines tells nothing; lines run to the margin on most pages.)
  const widest = new Map<number | null, number>();
  let measured = 0;
  for (const l of lines) {
    if (l.blank || l.x === undefined || l.width === undefined || l.tailOf !== undefined) continue;
    measured++;
    widest.set(l.page, Math.max(widest.get(l.page) ?? 0, l.x + l.width));
  }
  const rightEdge = measured >= MIN_EDGES ? median([...widest.values()]) : null;
  return { fullWidth: Math.max(30, fullWidth), doubleSpaced: nonBlank > 20 && followedByBlank / nonBlank > 0.6, bodyFontSize, rightEdge };
}

/** How many PDF lines with widths it takes to know where the page's full lines end. */
const MIN_EDGES = 10;

/** Joins `prev` (ending in a hyphen) with `next`. */
export function joinHyphenated(prev: string, next: string): string {
  const m = /(\S*?)(\p{L}+)-$/u.exec(prev);
  const first = next.split(/\s/, 1)[0] ?? '';
  if (!m) return `${prev}${next}`;
  const stem = m[2]!;
  // `Sundheds- og`: a suspended compound keeps its hyphen and the space.
  if (/^(og|eller|samt|til|som)$/iu.test(first)) return `${prev} ${next}`;
  // `p-`/`huse`, `IPS-`/`konsulenter`, `10-`/`årsplan`: the hyphen belongs to the word.
  if (stem.length <= 2 || /\p{Lu}{2}$/u.test(stem) || /\d-$/.test(prev) || !/^\p{Ll}/u.test(first)) return `${prev}${next}`;
  // `ikke-`/`medlemmer`, `ex-`/`formand`: a prefix Danish writes with its hyphen.
  if (HYPHENED_PREFIX.test(stem)) return `${prev}${next}`;
  return `${prev.slice(0, -1)}${next}`;
}

/**
 * An entry numbered by a case's or a point's word (`Punkt 3, valg af referent: …`, `Pkt. 4 Regnskab`, `Ad 2.`, `Sag nr. 6`), its
 * word with a capital (`fraværende ved` / `sag 1-4.` goes on a sentence).
 */
const WORD_NUMBERED = /^(?:Sag|SAG|Punkt|PUNKT|Pkt\.?|PKT\.?|Ad\.?|AD\.?)\s*(?:[Nn]r\.?\s*|NR\.?\s*)?\d{1,3}\b/u;

/** A number glued to its entry's title (`1.Valg af dirigent 2. Beretning …`): a list's entry, or a list run on one line. */
const GLUED_NUMBER = /^\d{1,2}[.)]\p{Lu}/u;

/** A field's label opening a line: `Sagsnr.: 31-2031`, `Sted:`. */
const FIELD_LABEL = /^\p{L}[\p{L}. /-]{0,29}:/u;

/** A paragraph opened by a short title and a full stop or a colon, its text run on (`Økonomi. Kassereren fortalte …`). */
const RUN_IN_TITLE = /^\p{Lu}[\p{L}\d ,&/-]{1,40}?[.:]\s+\p{Lu}/u;

/** A day's number or an abbreviation before a line's last full stop (`mandag den 13.`, `kl.`, `gav fmd.` / `ordet`): no sentence ends there. */
const STOP_IN_SENTENCE = /(?:(?<![\d.])\d{1,2}|\b(?:kl|d|nr|ca|jf|jvf|evt|pkt|stk|bl\.a|f\.eks|mht|vedr|inkl|ekskl|iflg|ift|pga|dvs|hhv|tlf|fmd|næstfmd|hr))\.$/iu;

/** Whether a line ends a sentence (or a label, or a clause with a semicolon). */
function closesSentence(t: string): boolean {
  return /[.!?:;]["”’)]?$/u.test(t) && !STOP_IN_SENTENCE.test(t);
}

/** The shortest line read as wrapped at a page's width, in characters. */
const MIN_WRAPPED_LINE = 40;

/**
 * Whether a line was broken by the page's width before `next`: it is long (forty characters or more), and four fifths of the
 * document's full line, or the next line's first word would have reached nine tenths of it (`… denne generalforsamling en` /
 * `ekstraordinær …`). In a PDF, given the line (`from`) with its place and width, it is measured in points instead: the next
 * word, as wide as the line's letters on average, would not have fitted before the page's full lines end (a heading in
 * capitals is wider than its letters count, a line of narrow letters narrower).
 */
export function wrapped(line: string, next: string, layout: TextLayout, from?: SLine): boolean {
  if (line.length < MIN_WRAPPED_LINE) return false;
  // (A word: a rule of stars or dashes is no word that did not fit.)
  const word = next.split(/\s/u, 1)[0]!;
  const isWord = /^[\p{L}\d]/u.test(word) && word.length <= 25;
  // In a PDF, measured in points where the line's place and width are known: the next word, as wide as the line's letters on
  // average, would not have fitted before the page's full lines end (a capital's width or a wide font counted as printed).
  const geometry = from === undefined ? null : tailGeometry(from, line);
  if (geometry !== null && layout.rightEdge !== null) {
    const char = geometry.width / line.length;
    const end = geometry.x + geometry.width;
    // (A token with a letter or a figure in it is a word that did not fit, whatever mark it opens with: `(Husleje`.)
    const token = /[\p{L}\d]/u.test(word) && word.length <= 25;
    return token ? end + char * (1 + word.length) > layout.rightEdge - char * WRAP_TOLERANCE : end >= layout.rightEdge - char * 3;
  }
  return line.length >= layout.fullWidth * 0.8 || (isWord && line.length + 1 + word.length >= layout.fullWidth * 0.9);
}

/** How many of a line's average letters the measure of a wrap allows for (letters' widths differ). */
const WRAP_TOLERANCE = 2;

/** Where the printed line `text` of `l` starts and how wide it is: its own, or its last printed line's where joined; null if unknown. */
function tailGeometry(l: SLine, text: string): { x: number; width: number } | null {
  if (l.x === undefined) return null;
  if (l.tailOf === undefined && l.width !== undefined && text === l.text) return { x: l.x, width: l.width };
  if (l.tailOf === l.text && l.tailX !== undefined && l.tailWidth !== undefined && text === l.text.slice(l.text.length - (l.tailLength ?? 0))) return { x: l.tailX, width: l.tailWidth };
  return null;
}

/**
 * Words a wrapped line ends on that the next line's words complete (`… til godkendelse ved ansvarlig for` / `regnskab`, `… som
 * begyndte kl.` / `19:00`, `… og §` / `8 vedr. …`): a line that plainly goes on. A list's number run on at its end asks for its entry's title (`… 5. Regnskab 6.` / `Indkomne forslag …`), glued to the
 * word before it too (`… indlæg fra Bo Dal1.` / `Stemmetællere: …`).
 */
export const WRAPS_ON = /(?:[,&/–§-]|\s(?:og|eller|samt|for|til|af|i|på|med|om|mellem|ved|fra|mod|under|over|efter|hos|som|at|der|den|det|de|en|et|nr\.|kr\.|kl\.)|\s\d{1,2}\.|\p{Ll}\d{1,2}\.)$/iu;

/** Whether two lines are set in different sizes (a title over body text): no line goes on another in another size. */
function otherSize(a: SLine, b: SLine): boolean {
  return a.fontSize !== undefined && b.fontSize !== undefined && Math.abs(a.fontSize - b.fontSize) > 0.5;
}

/** `text` with the wrapped line `next` after it, whose line before was `last` (a word the page hyphenated is joined whole). */
function appendWrapped(text: string, last: string, next: string): string {
  if (!last.endsWith('-') || !/^\p{L}/u.test(next)) return `${text} ${next}`;
  if (/\p{L}-$/u.test(last)) return joinHyphenated(text, next);
  // (A short form's hyphen, `gen.-` / `forsamling`, joins the word with the hyphen kept.)
  return /\p{L}\.-$/u.test(last) ? `${text}${next}` : `${text} ${next}`;
}

/** Lines `i` to `j - 1` as the one line `text`, keeping the last printed line's length; returns how many lines went. */
function mergeLines(lines: SLine[], i: number, j: number, text: string, last: string): number {
  const printed: number[] = [];
  for (let k = i; k < j; k++) {
    const l = lines[k]!;
    if (l.tailOf === l.text && l.printed) printed.push(...l.printed);
    else printed.push(l.text.length);
  }
  const tail = tailGeometry(lines[j - 1]!, last);
  // (The first line's own tail and cells hold no more; left out rather than deleted, which would slow every later read of the line.)
  const { tailX: _tailX, tailWidth: _tailWidth, cellBreaks: _cellBreaks, cellText: _cellText, ...kept } = lines[i]!;
  const merged: SLine = { ...kept, text, tailLength: last.length, tailOf: text, printed };
  if (tail !== null) {
    merged.tailX = tail.x;
    merged.tailWidth = tail.width;
  }
  lines[i] = merged;
  lines.splice(i + 1, j - i - 1);
  return j - i - 1;
}

/**
 * The lines a run that starts at line `i` takes: each next line while `goesOn(next, last, j)` says it goes on (`last` the
 * run's last printed line so far, `j` the next line's index). Returns where the run ends (the first line it does not take),
 * its text and its last printed line; a line already joined goes on from its last printed line.
 */
function extendRun(lines: SLine[], i: number, goesOn: (next: SLine, last: string, j: number) => boolean): { end: number; text: string; last: string } {
  const first = lines[i]!;
  let text = first.text;
  let last = first.text.slice(first.text.length - printedLength(first));
  let j = i + 1;
  while (j < lines.length && goesOn(lines[j]!, last, j)) {
    const l = lines[j]!;
    text = appendWrapped(text, last, l.text);
    // (A line joined before is read by its last printed line, as the page ended it.)
    last = l.text.slice(l.text.length - printedLength(l));
    j++;
  }
  return { end: j, text, last };
}

/**
 * A list's entry wrapped onto the lines under it, as a page wraps it (`• Fremlæggelse af regnskab … ved ansvarlig for` /
 * `regnskab`, `3. Amatørnyt. Bo kan ikke køre bladet fra` / `januar …`): the lines that go on are joined to the entry, so the
 * entry reads as one line, as a web page or a Word file gives it. An entry is a bulleted or numbered line, a number glued to its
 * title, a paragraph opened by a short title and a full stop after a sentence's end, or, in a PDF, a paragraph set in further
 * than the small-letter line under it. A line goes on the entry when the line before it is wrapped (see `wrapped`) and ends no
 * sentence, and it starts in small letters, or the line before ends on a word that asks for more (`for`, `og`, a comma), or, in a
 * PDF, it starts with a capital after a line as full as the page's. A new sentence right over the list's next entry closes it.
 * Not a point's mark in small letters, a list's next entry, a block's heading, or a line on another page or in another size.
 * Returns how many lines were joined.
 */
export function joinWrappedEntries(lines: SLine[], layout: TextLayout, isHeading: (text: string) => boolean): number {
  let joined = 0;
  for (let i = 0; i < lines.length; i++) {
    const entry = lines[i]!;
    // (Or, in a PDF, a paragraph set in further than the line under it, which goes on in small letters: a point's or an entry's
    // own paragraph the page wrapped back to the margin.)
    const setIn = entry.x !== undefined && lines[i + 1]?.x !== undefined && entry.x > lines[i + 1]!.x! + 2 && /^\p{Lu}/u.test(entry.text) && /^\p{Ll}/u.test(lines[i + 1]!.text);
    // (Not a table's row set with spaces, `2. Lokalplan … – endelig      Sagsnr. 24/5502` / `vedtagelse`: its cells wrap apart.)
    if (entry.blank || entry.cellBreaks !== undefined || !(isListItem(entry.text) || WORD_NUMBERED.test(entry.text) || GLUED_NUMBER.test(entry.text) || setIn || (RUN_IN_TITLE.test(entry.text) && (i === 0 || lines[i - 1]!.blank || closesSentence(lines[i - 1]!.text))))) continue;
    let last = entry.text.slice(entry.text.length - printedLength(entry));
    let text = entry.text;
    let j = i + 1;
    while (j < lines.length) {
      const next = lines[j]!;
      const t = next.text;
      if (next.blank || next.page !== entry.page || (isListItem(t) && !dateGoesOn(last, t)) || WORD_NUMBERED.test(t) || isHeading(t)) break;
      if (otherSize(entry, next)) break;
      // (A page's line is forty characters at the least: a short document's own full line tells too little.)
      // (Or the rest of a line the page wrapped, short, that ends on a word that asks for more, and the next line goes on in small
      // letters: a text's own line break printed, `… ligeledes` / `var blevet lagt ud på` / `stolene til deltagerne.`.)
      const long = wrapped(last, t, layout, lines[j - 1]) || (j > i + 1 && WRAPS_ON.test(last) && /^\p{Ll}/u.test(t));
      const full = long && !closesSentence(last);
      // (`a): Afrapportering …`, `b. …`: a point's mark in small letters, no words going on; but `v.`, ved's short form, goes on:
      // `4. Orientering om skolen` / `v. forstander Bo Dal`.)
      // (In a PDF, whose lines the page broke, a capital may go on too after a line as full as the page's that ends on a name's word:
      // `10. Valg: Eva Holm og Ida` / `Krog er valgt`, or on a short name in capitals: `… medlemmer der er i LAP` / `Vestsjælland …`; not after a title the next line's long first word would only have filled: `2. Indstilling om …` /
      // `Generalforsamlingen gav …`; nor a field's label: `9. Temadrøftelse af projekterne ’Peer støtte’ og ’IPS’` / `Sagsnr.: …`.)
      const goesOn = full && !/^\(?(?!v\.\s)\p{Ll}{1,2}[.):]/u.test(t) && (/^\p{Ll}/u.test(t) || WRAPS_ON.test(last) || (next.x !== undefined && /^\p{Lu}\p{Ll}/u.test(t) && /\s\p{Lu}(?:\p{Ll}{2,}|\p{Lu}{1,5})$/u.test(last) && last.length >= layout.fullWidth * 0.8 && !FIELD_LABEL.test(t)));
      // A new sentence after a full line already wrapped, right over the list's next entry, is the entry's last line (`6. Valg af
      // to … idet to` / `medlemmer afgår … Andreas Holsting.` / `Genvalg ønskes ikke.` / `7. Valg af …`).
      const after = lines[j + 1];
      const closes = long && j > i + 1 && /^\p{Lu}/u.test(t) && after !== undefined && !after.blank && isListItem(after.text) && t.length < last.length;
      if (!goesOn && !closes) break;
      text = appendWrapped(text, last, t);
      // (A line joined before is read by its last printed line, as extendRun reads it.)
      last = t.slice(t.length - printedLength(next));
      j++;
    }
    if (j > i + 1) joined += mergeLines(lines, i, j, text, last);
  }
  return joined;
}

/**
 * A paragraph's lines the page wrapped, in a PDF whose lines' widths are known (`Det er endnu ikke lykkedes at finde høns.
 * Jette efterlyser på facebook,` / `og Preben retter …`): a line goes on the one above it when that was wrapped (measured in
 * points: see `wrapped`), ends no sentence, and the line goes on in small letters or after a word that asks for more (a comma,
 * `og`, `til`, `kl.`), or it opens with the year of a day and month the line above ended on (`… 1. maj` / `2031. …`), or with
 * the rest of a name begun after a preposition, `og` or a comma (`… i Foreningen` / `Gamle Huse …`); on one page, at one margin,
 * in one size; not a list's entry (unless its number closes a bracket the line above left open: `… (repræsentant fra` / `7.
 * etage), …`), a block's heading or a field's label (a label's shape in small letters goes on: `… indkaldt med` / `følgende
 * dagsorden:`). So a paragraph under a number alone (`Punkt 2:`) reads as one line, as the web page gave it. Returns how many
 * lines were joined.
 */
export function joinWrappedParagraphs(lines: SLine[], layout: TextLayout, isHeading: (text: string) => boolean): number {
  if (layout.rightEdge === null) return 0;
  let joined = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const first = lines[i]!;
    if (first.blank || first.x === undefined || first.width === undefined || isHeading(first.text)) continue;
    const run = extendRun(lines, i, (next, last, j) => {
      const t = next.text;
      if (next.blank || next.page !== first.page || next.x === undefined || Math.abs(next.x - first.x!) > 2 || otherSize(first, next)) return false;
      // (A label's shape in small letters is the sentence going on: `… indkaldt med` / `følgende dagsorden:`.)
      // (A number that closes a bracket the line before left open is the sentence's too: `Kira Holm (repræsentant fra` / `7. etage), …`.)
      const closing = (CLOSES_BRACKET.test(t) && unclosedBracket(last)) || dateGoesOn(last, t);
      if ((!closing && (isListItem(t) || WORD_NUMBERED.test(t))) || STATUS_ROW.test(t) || isHeading(t) || (FIELD_LABEL.test(t) && /^\p{Lu}/u.test(t)) || closesSentence(last)) return false;
      // (A date the page broke before its year goes on too: `… efter 1. maj` / `2031. Bo fortsætter …`.)
      // (So does a name the page broke after its first word, after a preposition: `… generalforsamling i Foreningen` / `Bevaringsværdige
      // Bygninger på adressen …`.)
      if (j > i + 1 && WRAPS_ON.test(last) && /^\p{Ll}/u.test(t)) return true;
      return (/^\p{Ll}/u.test(t) || WRAPS_ON.test(last) || (DAY_MONTH_END.test(last) && YEAR_FIRST.test(t)) || (NAME_BEGUN.test(last) && /^\p{Lu}\p{Ll}/u.test(t))) && wrapped(last, t, layout, lines[j - 1]);
    });
    if (run.end > i + 1) joined += mergeLines(lines, i, run.end, run.text, run.last);
  }
  return joined;
}

/** A day and its month ending a line (`… efter 1. maj`, `… den 3. Marts`): its year may open the next. */
const DAY_MONTH_END = new RegExp(`(?<![\\p{L}\\d])\\d{1,2}\\.\\s*(?:${Object.keys(MONTHS).join('|')})$`, 'iu');
/** A line ending on a name's first word after a preposition, `og` or a comma (`… i Foreningen`, `…, Bent`): the name may go on on the next. */
const NAME_BEGUN = /(?:,|\s(?:i|for|af|fra|til|hos|ved|med|på|og))\s+\p{Lu}\p{Ll}[\p{L}-]*$/u;
/** A line opened by a year (`2031. Bo fortsætter …`, `2031 kl. 19.00`). */
const YEAR_FIRST = /^(?:19|20)\d\d\b/u;

/** A day and its month opening a line (`10. april.`, `3. maj kl. 19`): read with a word that leads to a date, no list's entry. */
const DAY_MONTH_FIRST = new RegExp(`^\\d{1,2}\\.\\s*(?:${Object.keys(MONTHS).join('|')})(?!\\p{L})`, 'iu');
/** A line ending on a word that leads to a date (`… ansøgningsfrist den`, `… senest d.`, `… frem til`). */
const DATE_LEAD_END = /(?:^|\s)(?:den|d\.|fra|til|inden|senest|pr\.)$/iu;
/** The day and month of a date the page broke after the word that leads to it (`… frist den` / `10. april.`): the sentence goes on. */
function dateGoesOn(last: string, next: string): boolean {
  return DATE_LEAD_END.test(last) && DAY_MONTH_FIRST.test(next);
}

/** A line that closes a bracket before it opens one (`7. etage), Bo Dal …`). */
const CLOSES_BRACKET = /^[^()]*\)/u;

/** Whether a line leaves a bracket open at its end (`… Kira Holm (repræsentant fra`). */
function unclosedBracket(t: string): boolean {
  let depth = 0;
  for (const ch of t) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** A list's number run in among a line's words, or ending the line (`… 7) Valg af revisor 8) Eventuelt`, `… ledelse. 6)`): the number and its mark. */
const RUN_IN_NUMBER = /(?<=^|\s)(\d{1,2})([.)])(?=\s+\p{L}|\s*$)/gu;
/** A list's number with words after it, at a line's start or among its words (`9) Love …`, `… ledelse. 4) Teknisk …`). */
const LIST_NUMBER_IN = /(?:^|\s)\d{1,2}[.)]\s+\p{L}/u;
/** How many numbers in turn, the last ending the line's run, make a list run in among its words. */
const RUN_IN_TURN = 3;

/** The last number of a list run in among the line's words, with its mark, where its numbers run in turn to it; else null. */
function runInListEnd(text: string): { number: number; mark: string } | null {
  const found = [...text.matchAll(RUN_IN_NUMBER)].map((m) => ({ number: Number(m[1]), mark: m[2]! }));
  const last = found[found.length - 1];
  if (last === undefined) return null;
  let turn = 1;
  for (let k = found.length - 2; k >= 0 && found[k]!.number === found[k + 1]!.number - 1 && found[k]!.mark === last.mark; k--) turn++;
  return turn >= RUN_IN_TURN ? last : null;
}

/** The last of a line's run-in numbers that count on from `after` in `mark` (`… 7) Optagelse … 8) DM …` after 6: 8); `after` where none does. */
function countedOn(text: string, after: number, mark: string): number {
  let n = after;
  for (const m of text.matchAll(RUN_IN_NUMBER)) if (m[2] === mark && Number(m[1]) === n + 1) n++;
  return n;
}

/**
 * A list run in among a line's words that the page wrapped (`… 7) Valg af 4-5 bestyrelsesmedlemmer 8) Valg af revisor` / `9) Love
 * og klassebestemmelser 10) Eventuelt`), also inside an entry (`… 3) Administration` / `(udvalgenes opgaver). 4) Teknisk …`): the
 * line that holds the list's next number in its mark, at its start or among its words, goes on the line, when that was wrapped
 * (see `wrapped`), on one page, in one size; and so on while the list does. Returns how many lines were joined.
 */
export function joinRunInLists(lines: SLine[], layout: TextLayout): number {
  let joined = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const first = lines[i]!;
    // (Only a line the next holds a list's number: few do.)
    if (first.blank || !LIST_NUMBER_IN.test(lines[i + 1]!.text)) continue;
    let end = runInListEnd(first.text);
    if (end === null) continue;
    const run = extendRun(lines, i, (next, last, j) => {
      if (end === null || next.blank || next.page !== first.page || otherSize(first, next)) return false;
      const on = countedOn(next.text, end.number, end.mark);
      if (on === end.number || !wrapped(last, next.text, layout, lines[j - 1])) return false;
      end = { number: on, mark: end.mark };
      return true;
    });
    if (run.end > i + 1) joined += mergeLines(lines, i, run.end, run.text, run.last);
  }
  return joined;
}

/**
 * A line set in (a list's entry, an indented paragraph) that the page wrapped back to the margin, as a browser prints a text's
 * indented lines (`   • Godkendelse af budgettet for næste år.` / `Bestyrelsen foreslår uændret kontingent.`), in a PDF
 * whose lines' widths are known: the line at the margin goes on the set-in line when that was wrapped (measured in points: the
 * next word would not have fitted, whatever the sentence), and so does each margin line after it while the one before was
 * wrapped; on one page, in one size; not a list's entry or a block's heading. Returns how many lines were joined.
 */
export function joinWrappedToMargin(lines: SLine[], layout: TextLayout, isHeading: (text: string) => boolean): number {
  if (layout.rightEdge === null) return 0;
  let joined = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const first = lines[i]!;
    const under = lines[i + 1]!;
    if (first.blank || under.blank || first.x === undefined || under.x === undefined || first.x <= under.x + 2) continue;
    const margin = under.x;
    const run = extendRun(lines, i, (next, last, j) => {
      if (next.blank || next.page !== first.page || next.x === undefined || Math.abs(next.x - margin) > 2 || otherSize(first, next)) return false;
      if (isListItem(next.text) || WORD_NUMBERED.test(next.text) || isHeading(next.text)) return false;
      return wrapped(last, next.text, layout, lines[j - 1]) && tailGeometry(lines[j - 1]!, last) !== null;
    });
    if (run.end > i + 1) joined += mergeLines(lines, i, run.end, run.text, run.last);
  }
  return joined;
}

/** A line opened by a reference to a paragraph or a point (`§3`, `§ 12, stk. 2`, `pkt. 4`, `punkt 7`, `nr. 2`): an item's heading, or a sentence's words a page wrapped. */
const REFERENCE_START = /^(?:§{1,2}\s*\d|(?:punkt|pkt\.?|nr\.?)\s*\d)/iu;

/** Words a reference follows (`i henhold til`, `jf.`, `vedtægternes`): a line ending on one asks for its paragraph's number. */
const BEFORE_REFERENCE = /(?:\b(?:jf|jvf|iht|ifølge|vedtægternes|lovens|reglementets|forretningsordenens)\.?)$/iu;

/**
 * A reference a page wrapped onto the next line (`… et forslag om en vedtægtsændring til` / `§3`, `… jf.` / `pkt. 4 i …`): joined to
 * the line it goes on, so that it is no item's heading. Only after a wrapped line (see `wrapped`) that ends no sentence and ends on
 * a word that asks for more; on one page, in one size. Returns how many lines were joined.
 */
export function joinWrappedReferences(lines: SLine[], layout: TextLayout): number {
  let joined = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.blank || next.blank || next.page !== line.page || otherSize(line, next) || !REFERENCE_START.test(next.text.trim())) continue;
    const last = line.text.slice(line.text.length - printedLength(line));
    if (!wrapped(last, next.text, layout, line) || (closesSentence(last.trimEnd()) && !BEFORE_REFERENCE.test(last.trimEnd()))) continue;
    if (!WRAPS_ON.test(last.trimEnd()) && !BEFORE_REFERENCE.test(last.trimEnd())) continue;
    joined += mergeLines(lines, i, i + 2, `${line.text.trimEnd()} ${next.text.trim()}`, next.text);
    i--;
  }
  return joined;
}

/** A line that lists (two commas or more) and ends on a name's word or on a word that asks for more (`… og Sofie`, `… Kim Holm,`). */
const LIST_GOES_ON = /,.*,.*(?:\s\p{Lu}[\p{L}-]+|\s\p{Lu}\.|,|\sog|\s&)$/u;
/** A name's initial ending a line (`…, Ditte M. G.` / `Damholdt, …`): the name goes on, unless `og` led it; its full stop ends no sentence. */
const INITIAL_END = /\s\p{Lu}\.$/u;
/** The last name of a list after `og` (`…, Marion og Hanne T.`): the list ends there. */
const LAST_AFTER_OG = /\s(?:og|&)\s[^,]*$/u;
/** The rest of a list the page wrapped: a capitalised name and more of the list (a comma or `og` in it), or a name's last words (`Seidenfaden.`, `Nordmand Kaalund`). */
const LIST_REST = /^\p{Lu}[\p{L}-]+(?:(?=.*(?:,|\sog\s|\s&\s))|(?:\s+\p{Lu}[\p{L}-]+){0,3}[.,]?$)/u;

/** A name's shape in a list: one to four capitalised words (`Christopher Dal Andersen`), a note in brackets after it allowed. */
const LISTED_NAME = /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:\s*\([^)]*\))?$/u;

/** Whether a line lists names: three parts or more, each after the first (which may carry a label: `Til stede: Bo Dal`) a name's shape; not a person with an office (`Bo Dal, formand, Holmby Skole`). */
function namesListed(t: string): boolean {
  const parts = t.split(/,|\s+og\s+|\s+&\s+/u).map((x) => x.trim()).filter((x) => x !== '');
  return parts.length >= 3 && parts.slice(1).every((x) => LISTED_NAME.test(x));
}

/**
 * A list of names the page wrapped (`Rikke Holm, Bo Dal, Christopher Lund og Sofie` / `Seidenfaden.`), in a PDF: the rest is joined
 * to the line it goes on, so that the list is read whole and no name is cut in two. Only after a wrapped line (see `wrapped`)
 * that lists names (two commas or more, every part after the first a name's shape), ends no sentence and ends on a name's
 * word, a comma or `og`; not before a field's or a group's label, a list's entry or a block's heading. Returns how many lines
 * were joined.
 */
export function joinWrappedNameLists(lines: SLine[], layout: TextLayout, isHeading: (text: string) => boolean): number {
  if (!lines.some((l) => l.x !== undefined)) return 0;
  let joined = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.blank || next.blank || line.x === undefined || next.x === undefined || next.page !== line.page || Math.abs(next.x - line.x) > 2 || otherSize(line, next)) continue;
    const last = line.text.slice(line.text.length - printedLength(line)).trimEnd();
    const t = next.text.trim();
    if (!LIST_GOES_ON.test(last) || !namesListed(last) || (closesSentence(last) && !(INITIAL_END.test(last) && !LAST_AFTER_OG.test(last))) || !wrapped(last, t, layout, line) || !LIST_REST.test(t)) continue;
    if (isListItem(t) || isHeading(t) || FIELD_LABEL.test(t) || groupLabel(t.replace(/:.*$/u, '')) !== null) continue;
    joined += mergeLines(lines, i, i + 2, `${line.text.trimEnd()} ${t}`, t);
    i--;
  }
  return joined;
}

/** How many lines, each wrapped by the page, make a PDF's paragraph a page of text run together (see joinRunTogetherPages). */
const RUN_TOGETHER_LINES = 7;

/**
 * A web page whose text came as one line (a transcript's page, a post's body with its breaks lost), printed to PDF: the page
 * wraps it into a block of full lines, line after line with no sentence's end at most of them. Such a block is joined back
 * into the one line the web page gave, so that what is run together in it is split as in the text (a contents list, the
 * records by their numbers). Only PDFs; only a block of RUN_TOGETHER_LINES lines or more, each wrapped (see `wrapped`), at one
 * margin, in one size, on one page, three quarters of them or more ending no sentence (a page of prose kept in its lines ends
 * a sentence at many), its first line as full as the page's, with no block heading among them, and not a contents list whose
 * leaders end its lines. A line the page began with an entry's number (`… om vinteren.` / `3. Vandløbsplanen …`) goes on the
 * block: every line of it is full, so the number is where the page broke; but a block in which three lines or more in turn
 * open with the next number of one list is that list, and stays. A transcript's pages, each a paragraph opened by its number,
 * are joined however few their lines (see joinNumberedPages). Returns how many lines were joined.
 */
export function joinRunTogetherPages(lines: SLine[], layout: TextLayout, isHeading: (text: string) => boolean): number {
  if (!lines.some((l) => l.x !== undefined)) return 0;
  let joined = 0;
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    // (The block's first line is as full as the page's: a title the next word would only have filled is no part of it; a rule
    // of stars or dashes is none.)
    if (first.blank || first.x === undefined || first.text.length < layout.fullWidth * 0.8 || !/\p{L}/u.test(first.text)) continue;
    let j = i;
    let ends = 0;
    while (j + 1 < lines.length) {
      const cur = lines[j]!;
      const next = lines[j + 1]!;
      if (next.blank || next.page !== first.page || next.x === undefined || Math.abs(next.x - first.x!) > 2 || otherSize(first, next)) break;
      // (A heading's word that the page set at a full line's start, the line itself full and wrapped, is the page's text:
      // `… Til orientering` / `Bilag: Afgørelse … fra DH` / `Albertslund v/Bo Dal. 6. Årsmøde …`.)
      const after = lines[j + 2];
      const carriedOn = after !== undefined && !after.blank && after.page === first.page && next.text.length >= layout.fullWidth * 0.8 && wrapped(next.text, after.text, layout, next);
      if ((isHeading(next.text) && !carriedOn) || !/\p{L}/u.test(next.text) || !wrapped(cur.text, next.text, layout, cur)) break;
      // (A sentence's end, then a record opened by its item's number at the next line's start, `… flere buer.` / `Ad 2: Der …`, is
      // where the document broke its lines: a page run into one line breaks them anywhere.)
      if (closesSentence(cur.text) && RECORD_BY_NUMBER.test(next.text)) break;
      if (closesSentence(cur.text)) ends++;
      j++;
    }
    // A contents list, its leaders and page number ending each entry's line (`Budget ……… 4`), is no such page; a contents
    // list run together on one line has its leaders inside the lines, more of its text after the number (`… skoler ...... 12
    // KOM 19-032 Budgetforslag …`).
    const block = lines.slice(i, j + 1);
    const leaders = block.filter((l) => LEADERS.test(l.text)).length;
    const inside = block.filter((l) => LEADERS_INSIDE.test(l.text)).length;
    if (leaders > 0 && inside * 2 < leaders) {
      i = j;
      continue;
    }
    // (A last line after a sentence's end that ends none itself is a title under the paragraph: `… stk. 2.` / `Ad pkt. 2: Beretning`.)
    if (j > i && closesSentence(lines[j - 1]!.text) && !closesSentence(lines[j]!.text)) {
      j--;
      ends--;
    }
    const count = j - i + 1;
    if (count < RUN_TOGETHER_LINES || ends * 4 > count) continue;
    if (listInTurn(lines.slice(i, j + 1))) {
      i = j;
      continue;
    }
    let text = first.text;
    for (let k = i + 1; k <= j; k++) text = appendWrapped(text, lines[k - 1]!.text, lines[k]!.text);
    joined += mergeLines(lines, i, j + 1, text, lines[j]!.text);
  }
  return joined + joinNumberedPages(lines, layout);
}

/** A paragraph opened by its page's number alone before the page's text (`3 Godkendelse af dagsorden Sagsnr.: …`). */
const PAGE_NUMBER_FIRST = /^(\d{1,3})\s+[\p{L}\d]/u;

/** How many paragraphs in turn, each opened by the next page's number, make a transcript of pages (see joinNumberedPages). */
const NUMBERED_PAGES = 3;
/** How many lines a page's paragraph in such a run holds on average, at the least. */
const PAGE_LINES = 4;

/**
 * A transcript of a document's pages on a web page, each page's text one line opened by its number (`1 Referat fra …`, `2
 * Indholdsfortegnelse …`, `3 1. Godkendelse af dagsorden …`), printed to PDF: each is a paragraph of full lines, however few. Three
 * paragraphs or more in turn, each opened by the next number and a blank line apart, whose first line is as full as the page's and
 * whose lines are each wrapped (see `wrapped`), at one margin, in one size, on one page, are joined each into its one line. A
 * numbered title over its record (`3 Budget` / `Udvalget drøftede …`) is no such paragraph: its first line is short.
 */
function joinNumberedPages(lines: SLine[], layout: TextLayout): number {
  const paragraphs: { start: number; end: number; number: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    // (A paragraph starts after a blank line or at the top of a PDF's page, and ends at a blank line or at the page's foot.)
    if (first.blank || (i > 0 && !lines[i - 1]!.blank && lines[i - 1]!.page === first.page)) continue;
    const m = PAGE_NUMBER_FIRST.exec(first.text);
    if (!m || first.x === undefined) continue;
    let j = i;
    while (j + 1 < lines.length && !lines[j + 1]!.blank && lines[j + 1]!.page === first.page) j++;
    paragraphs.push({ start: i, end: j, number: Number(m[1]) });
    i = j;
  }
  // (A paragraph whose lines are not all wrapped, or whose first is short, breaks the run but may be its first page.)
  const fits = (p: { start: number; end: number }) => {
    const own = lines.slice(p.start, p.end + 1);
    if (own[0]!.text.length < layout.fullWidth * 0.8) return false;
    return own.every((l, k) => k === 0 || (l.page === own[0]!.page && l.x !== undefined && Math.abs(l.x - own[0]!.x!) <= 2 && !otherSize(own[0]!, l) && wrapped(own[k - 1]!.text, l.text, layout, own[k - 1])));
  };
  const take = new Set<number>();
  let run: number[] = [];
  // (A page's text runs to many lines; an item's paragraph under its number is short: on average four lines or more a page.)
  const close = () => {
    // (A page already joined counts the lines it was printed on.)
    const count = run.reduce((n, k) => n + lines.slice(paragraphs[k]!.start, paragraphs[k]!.end + 1).reduce((m, l) => m + (l.tailOf === l.text && l.printed ? l.printed.length : 1), 0), 0);
    if (run.length >= NUMBERED_PAGES && count >= run.length * PAGE_LINES) for (const k of run) take.add(k);
    run = [];
  };
  paragraphs.forEach((p, k) => {
    const prev = run.length > 0 ? paragraphs[run[run.length - 1]!]! : null;
    if (prev && p.number !== prev.number + 1) close();
    run.push(k);
  });
  close();
  let joined = 0;
  // (From the last, so that the indexes of those before stay.)
  for (const k of [...take].sort((a, b) => b - a)) {
    const p = paragraphs[k]!;
    if (p.end === p.start || !fits(p)) continue;
    let text = lines[p.start]!.text;
    for (let n = p.start + 1; n <= p.end; n++) text = appendWrapped(text, lines[n - 1]!.text, lines[n]!.text);
    joined += mergeLines(lines, p.start, p.end + 1, text, lines[p.end]!.text);
  }
  return joined;
}

/** A line opened by a list's number (`3.`, `3)`, `3.Budget`, `3 .`), the number. */
const LIST_NUMBER = /^(\d{1,3})\s?[.)]/u;

/** Whether lines hold a list numbered in turn: three lines or more opening with the next number each (other lines between). */
function listInTurn(block: SLine[]): boolean {
  let run = 0;
  let prev = -1;
  for (const l of block) {
    const m = LIST_NUMBER.exec(l.text.trim());
    if (!m) continue;
    const n = Number(m[1]);
    run = n === prev + 1 ? run + 1 : 1;
    prev = n;
    if (run >= 3) return true;
  }
  return false;
}

/** How many of a PDF's first lines are read as its header, where sentences wrapped by the page are joined. */
const HEADER_LINES = 15;
/** A document's word opening a line (`Dagsorden`): the header's next line, no line going on (as a field's label is: FIELD_LABEL). */
const HEADER_BREAK = /^(?:Dagsorden|Referat|Beslutningsreferat|Indkaldelse|Program)\b/u;

/** A number glued to an entry's title, not a date's day and month (`4.Godkendelse …`, not `1.Maj`). */
const GLUED_ENTRY = new RegExp(`^\\d{1,2}[.)](?!(?:${Object.keys(MONTHS).map((m) => `[${m[0]!.toUpperCase()}${m[0]}]${m.slice(1)}`).join('|')})\\b)\\p{Lu}`, 'u');

/** An entry of an agenda numbered by a case's or a point's word, or by a number alone (`Sag nr. 6 …`, `Punkt 2 …`, `3 Budget`). */
const HEADER_ENTRY = new RegExp(`${WORD_NUMBERED.source}|^\\d{1,3}\\s*[.):]?\\s+\\p{Lu}`, 'iu');

/** A table's row of an agenda, its access first (`åbent 13 Afholdelse af …`, `lukket 14 Lukket punkt`): a word in small letters, the number, a capital. */
const STATUS_ROW = /^\p{Ll}+\s+\d{1,3}\s+\p{Lu}/u;

/** A contents' leaders: dots or ellipses in a row. */
const LEADERS = /(?:\.\s?){5,}|…{2,}/u;
/** Leaders inside a line, a page's number and more text after them (a contents list run together). */
const LEADERS_INSIDE = /(?:(?:\.\s?){5,}|…{2,})\s*\d{1,4}\s+\S/u;

/** A line's first two words with figures taken out: lines of one list open alike. */
function opening(t: string): string {
  return t.split(/\s+/u).slice(0, 2).join(' ').replace(/\d+/gu, '#').toLowerCase();
}

/**
 * The sentences at the top of a PDF that the page wrapped (`Referat af generalforsamling i Holmby Skiklub afholdt mandag den` /
 * `13. oktober 2031, kl. 18.00 i Kantinen, Skovvej 4`), joined into the one line a web page or a text file gives them, so that
 * the date, the hour and the place are read from the whole sentence (`GRAND` / `Seniorhuset` is one place). A line goes on the
 * one above it when that is full (as joinWrappedEntries reads it) and ends no sentence, on one page in one font size; not a
 * field's label, a group of people's label, a list's entry or a block's heading. Only the first lines, up to the first list
 * entry or block heading; only PDFs, whose lines the page broke (a text file's lines are as written). Returns how many lines
 * were joined.
 */
export function joinWrappedHeader(lines: SLine[], layout: TextLayout, isHeading: (text: string) => boolean): number {
  if (!lines.some((l) => l.x !== undefined)) return 0;
  let joined = 0;
  let seen = 0;
  const page = lines.find((l) => !l.blank)?.page;
  for (let i = 0; i < lines.length && seen < HEADER_LINES; i++) {
    const first = lines[i]!;
    if (first.blank) continue;
    // (The first page's top only; a contents' line with its leaders (`Budget ……… 4`) ends it.)
    if (first.page !== page || LEADERS.test(first.text)) break;
    seen++;
    if (isListItem(first.text) || HEADER_ENTRY.test(first.text) || GLUED_ENTRY.test(first.text) || isHeading(first.text)) break;
    const run = extendRun(lines, i, (next, last, j) => {
      const t = next.text;
      // (A heading's shape after a line that asks for more is the title going on: `… BESTYRELSESMØDE I` / `GRUNDEJERFORENINGEN …`.)
      if (next.blank || next.page !== first.page || LEADERS.test(t) || isListItem(t) || HEADER_ENTRY.test(t) || GLUED_ENTRY.test(t) || STATUS_ROW.test(t) || (isHeading(t) && !WRAPS_ON.test(last)) || FIELD_LABEL.test(t) || HEADER_BREAK.test(t) || groupLabel(t.replace(/:.*$/u, '')) !== null) return false;
      // (Lines that open alike are a list's, however long: `Sag nr. 6 …` / `Sag nr. 7 …`.)
      if (opening(t) === opening(last) || otherSize(first, next)) return false;
      return wrapped(last, t, layout, lines[j - 1]) && !closesSentence(last);
    });
    if (run.end === i + 1) continue;
    const went = mergeLines(lines, i, run.end, run.text, run.last);
    joined += went;
    seen += went;
  }
  return joined;
}

/** A line that is one person (`Bo Dal`, `Bo Dal (formand)`), also after a label (`Til stede: Bo Dal`): people one a line are not run together. */
function nameLine(text: string): boolean {
  const t = text.replace(/^[^:]{3,40}:\s*/u, '');
  return t.length <= 60 && looksLikeName(notesOf(t).rest);
}

/** Joins the lines of a block into text. */
export function blockText(lines: SLine[], layout: TextLayout): string {
  const paragraphs: string[] = [];
  let current = '';
  let blanks = 0;
  let prevLine: SLine | null = null;
  const flush = () => {
    if (current.trim()) paragraphs.push(current.trim());
    current = '';
  };
  for (const l of lines) {
    if (l.blank) {
      blanks++;
      continue;
    }
    const t = l.text;
    if (current === '') {
      current = t;
    } else {
      const prev = prevLine!.text;
      // (An entry joined from wrapped lines ends as its last printed line did.)
      const prevLength = prevLine!.tailOf === prev ? printedLength(prevLine!) : prev.length;
      const shortPrev = prevLength < layout.fullWidth * 0.72;
      const fullPrev = prevLength >= layout.fullWidth * 0.8;
      const endsSentence = /[.!?:;]["”’)]?$/.test(prev);
      const continues = /[-,–&/]$/.test(prev) || /^\p{Ll}/u.test(t);
      let breakHere: boolean;
      // A sub-point's title (`2.1 Nyt fra formanden`) stands on its own line above its text.
      const subTitle = SUB_NUMBER.test(prev) && shortPrev && !/[.,;:]$/.test(prev) && /^\p{Lu}/u.test(t);
      if (isListItem(t) || subTitle || VOTE_LINE.test(t) || VOTE_LINE.test(prev) || (VERDICT_LINE.test(prev) && /^\p{Lu}/u.test(t)) || (blanks === 0 && nameLine(prev) && nameLine(t))) breakHere = true;
      else if (blanks === 0) breakHere = endsSentence && shortPrev;
      else if (fullPrev && !endsSentence) breakHere = false;
      else if (layout.doubleSpaced && blanks === 1) breakHere = !continues && (endsSentence || shortPrev);
      else breakHere = !(continues && !endsSentence);
      if (breakHere) {
        flush();
        current = t;
      } else if (current.endsWith('-') && /\p{L}-$/u.test(current.slice(-3)) && /^\p{L}/u.test(t)) {
        // (Only the paragraph's end is read: a test of the whole would cost its length at every line.)
        current = joinHyphenated(current, t);
      } else {
        current = `${current} ${t}`;
      }
    }
    blanks = 0;
    prevLine = l;
  }
  flush();
  return paragraphs.join('\n');
}
