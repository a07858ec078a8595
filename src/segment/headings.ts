/**
 * Finding agenda item headings. Every line that could open an item becomes a
 * candidate with a score from its own evidence; the items are the best chain
 * of candidates whose numbers rise by one through the document. A numbered
 * list inside an item, a table of contents or a date (`2. kvartal`) loses
 * to the chain that the rest of the document supports.
 */
import { ABBREVIATION_END, blockKind, inlineBlock, ITEM_TYPE_SOURCE, MONTHS, ONE_WORD_TITLE } from './vocabulary.js';
import type { SLine } from './model.js';
import { outcomeOf } from './outcome.js';
import { TOC_ENTRY } from './clean.js';
import { groupLabel, looksLikeName, PERSON_ENTRY } from './people.js';
import { CLAUSE_VERB_WORDS, hasFiniteVerb } from './run-on.js';
import { findDate } from './dates.js';
import { RECORD_BY_NUMBER, WRAPS_ON } from './text.js';

export type HeadingPattern = 'punkt' | 'numbered' | 'spaced' | 'bare' | 'trailing';

export interface Candidate {
  /** Index of the heading's first line in the line array. */
  index: number;
  number: number;
  pattern: HeadingPattern;
  /** Heading text after the number (may be empty for a bare number). */
  rest: string;
  score: number;
  /** For a number printed under its title (`Sag nr. 130`), the index of that line. */
  numberAt?: number;
  /** `Pkt. 2 & 3: …`: one heading for consecutive items, the last number it covers. */
  through?: number;
  /** `Pkt 2 & 5: …`: one record for two entries that are not next to each other, the second number. */
  also?: number;
  /** An item found by its case number alone (`Sagsid.: 23/1101` over its blocks): no heading line, no title. */
  untitled?: boolean;
  /** A heading in decimal numbering (`3.0 Title`, `5.1 Title`), for an item that has no heading of its own. */
  decimal?: boolean;
  /** An item headed by its title alone (`Meddelelser fra kassereren:`), numbered in order: `rest` is the heading as found. */
  unnumbered?: boolean;
  /** A numbered paragraph whose title runs into its text with no mark between: the title is `rest`, this is the text. */
  gluedText?: string;
  /** The mark printed after the number (`.`, `:`, `)`), for a numbered heading. */
  mark?: string;
  /** How far the heading's line is indented (its x in a PDF, its leading spaces in text). */
  indent?: number;
  /** Text stands under the heading before the next candidate (set once all are found). */
  overText?: boolean;
  /** The record of an agenda's entry, headed by its number alone (`1` / `Bo Dal blev valgt.` under the agenda): the lines under it are the record, the entry titles it. */
  recordOfEntry?: boolean;
  /** A record under the agenda's number in words of its own (`4. Gik godt …` under the agenda's `4. Holmby Cup`): the entry titles it. */
  agendaRecord?: boolean;
}

const PUNKT = /^(?:Add?[.:]?\s*)?(?:dagsordenens\s+|dagsorden(?:en)?\s+(?=pkt|punkt))?(?:Punkt|Pkt\.?|(?:Pt|Ptk)\.?(?=\s*\d)|Dagsordenspunkt|Dagsordenpunkt|§|Nr\.?)\s*(?:nr\.?\s*)?(\d{1,3})(?:\s+(?:på|af)\s+dagsordenen)?\s*(?:[:.)\-–]|,(?=\s))?\s*(?:[-–]\s+)?(.*)$/iu;
/** `Sag nr. 21 Vedligeholdelse af cykelstier`: an item numbered as a case (a case number has a slash or dots: `Sag nr. 12/345`). */
const SAG = /^Sag\s+(?:nr\.?\s*)?(\d{1,3})\s*[:.)\-–]?\s+(\p{Lu}.*)$/u;
// `Ad.2.Forretningsorden.`, `Ad4.Siden sidst.`: the mark after the number, the title glued to it.
const AD = /^Add?[.:]?\s*(\d{1,3})\s*(?:[.:),]?(?:\s+(.*))?|[:.](\p{Lu}.*))$/iu;
/** `Ad 2a. Formandens beretning`: the record of an entry's lettered part, numbered by the entry, the letter kept before its title. */
const AD_PART = /^Add?[.:]?\s*(\d{1,3})([a-h][.:)]?\s+\S.*)$/u;
/** A letter glued to the number, then a colon or a full stop (`R1: Evaluering af sæsonen`, `B2. budget`): the item numbered by the number. */
const LETTER_CODE = /^\p{Lu}{1,2}(\d{1,2})\s*[:.]\s+(\p{L}.*)$/u;
/** A committee's case id before the title (`ØU-55/07-O Økonomisk orientering`): the committee, the item's running number, the year, the kind. */
export const CASE_ID = /^\p{Lu}{1,5}-(\d{1,3})\/\d{2}(?:-\p{Lu})?\s+(\p{Lu}.*)$/u;
/** A running case number of the year before the title (`19-001 Budget`, `KOM 19-027 Turismestrategi`, `KOM 19-030, Skoler`): numbered by the case's number here; segment() (index.ts) numbers a list of them by place. */
export const YEAR_CASE = /^(?:\p{Lu}{2,5}\s+)?\d{2}-(\d{3}),?\s+(\p{L}.*)$/u;
/** The same case number at a heading's start, the number as printed (`KOM 19-027,` → `KOM 19-027`): the item's case number. */
export const YEAR_CASE_PREFIX = /^((?:\p{Lu}{2,5}\s+)?\d{2}-\d{3}),?\s+(?=\p{L})/u;
// `3 (Åben) Title`: the access marker in brackets before the title (read with the title, see heading-parts.ts).
const SPACED = /^(\d{1,3})(?:\s+|(?=\p{Lu}\p{Ll}{2}))(\p{Lu}.*|\d{1,2}\.\s+\p{Ll}{3,}.*|\((?:Åben|Åbent|Lukket|Fortrolig)\w*\)\s+\p{Lu}.*)$/u;
/** `3. Title`, `3) Title`, `3: Title`, `3 - Title`, `3- Title`, `3* Title`, `3> Title`; a stray second mark (`3). Title`, `4. .Budget`) too. */
const NUMBERED = /^(\d{1,3})(?:\s*[.):](?:\s*[.)](?!\d))?|[*>](?=\s)|\s*[-–](?=\s))\s*(?!\d)(.*)$/u;
/** A number alone on its line, perhaps with its mark (`3.`, `3)`, `3.)`), or its first lettered part (`6.a`, `6a)`): the title is on the line under it. */
const BARE = /^(\d{1,3})(?:\.\)?|\)|:|\.?a[.)]?)?$/u;
/** Decimal numbering: `3.0 Title`, `2.1. Title`. */
const DECIMAL = /^(\d{1,3})\.(\d{1,2})\.?\s+(\p{Lu}.*)$/u;
/** What a sub-item (`2.1`) loses against an item's own heading. */
const DECIMAL_SUB_PENALTY = 3;
/** `Sag nr. 130` on the line under the title it numbers. */
/** `Sag nr. 31` under its title, also with a reference to an earlier treatment (`Sag nr. 31 (ØU 40/2011)`). */
const TRAILING = /^(?:Sag|Sagsnr\.?|Punkt)\s*(?:nr\.?)?\s*(\d{1,4})(?:\s*\([^()]{1,40}\))?$/iu;
export const BULLET_START = /^(?:[•·▪◦●○■]\s*|[-–]\s+(?=(?:Punkt|Pkt\.?)\s*\d|\d{1,2}[.)]\s+\p{Lu}))/u;
/** An access word printed in a column before an item's number (`åbent 3 Title`). */
const ACCESS_BEFORE_NUMBER = /^(?:åben|åbent|lukket)\s+(?=\d{1,3}\s+\p{Lu})/iu;
const MONTH_WORD = new RegExp(`^(?:${Object.keys(MONTHS).join('|')})\\b`, 'iu');
/** A month's short form that is a given name too, capitalised, then a capitalised word or a verb: a person (`Jan Holm`, `Jan blev valgt`); `Maj Faner` stays May Day's. */
const NAME_FIRST = new RegExp(`^Jan\\s+(?:\\p{Lu}\\p{Ll}|(?:${CLAUSE_VERB_WORDS}|og)(?!\\p{L}))`, 'u');
/** A title that opens with a month (`1. maj 2031`: a date, no item), not with a name that is a month's (`1. Jan Holm blev valgt`). */
function monthFirst(rest: string): boolean {
  return MONTH_WORD.test(rest) && !NAME_FIRST.test(rest) && !CHRISTMAS.test(rest);
}
/** `Jul` with a capital and more words after it, no verb: Christmas as a title (`6. Jul m.m.`, `4. Jul og nytår`), not July's short form. */
const CHRISTMAS = new RegExp(`^Jul\\s+(?!(?:${CLAUSE_VERB_WORDS}|kl)(?!\\p{L}))\\p{L}`, 'u');
/** Words after a number that make it a count or a reference, not a heading (`2. kvartal`, `3. punkt`; `2. Punkt fra formanden` is a title). */
const NOT_A_TITLE = /^(?:kvartal|halvår|halvårs|klasse|årgang|udgave|gang|sal|sals|etage|time|timer|min|minutter|kr|mio|pct|plads|del|led|afsnit|og|eller)\b/iu;
const NOT_A_TITLE_SMALL = /^(?:pkt|punkt)\b/u;
const TYPE_WORD = new RegExp(`(?:^|[\\s:–-])(?:${ITEM_TYPE_SOURCE})(?=$|[\\s:–-])`, 'iu');
const PRESENTER_OR_DURATION = /(?:\/\s*\p{Lu}|\bv\.?\s+\p{Lu}|\(\s*\d+\s*(?:min|minutter|time|timer)\b)/iu;

export function isBlockHeadingLine(text: string): boolean {
  return blockKind(text) !== null || inlineBlock(text) !== null;
}

export function nextNonBlank(lines: SLine[], i: number): number {
  let j = i + 1;
  while (j < lines.length && lines[j]!.blank) j++;
  return j;
}

/** The index of the last line with text before line `i`, or -1. */
export function prevNonBlank(lines: SLine[], i: number): number {
  let j = i - 1;
  while (j >= 0 && lines[j]!.blank) j--;
  return j;
}

/**
 * A list's number before the same number printed (`1.  1. Godkendelse af dagsordenen`), or each entry a list
 * of its own numbered 1 before its number (`1. 1. Valg af dirigent`, `1. 2. Beretning`): one number, the second.
 */
export const DOUBLED_NUMBER = /^(?:(\d{1,3})\.\s+\1|1\.\s+(\d{1,3}))\.\s+(?=\S)/u;
const LETTERS_BEFORE_NUMBER = /^\p{Lu}{2,4}(?:\.\s?(\d{1,3})\.?|\s(\d{1,3})\.)\s+(?=\p{Lu})/u;
/** Other ways to print a number before a title, each read as `N. `: `(3) Regnskab`, `3. punkt: Regnskab`, `#3 Regnskab`. */
const NUMBER_FORMS: [RegExp, string][] = [
  [/^\((\d{1,3})\)\s+(?=\p{Lu})/u, '$1. '],
  [/^(\d{1,3})\.\s*punkt\s*:\s*(?=\S)/iu, '$1. '],
  [/^#\s?(\d{1,3})\s+(?=\p{Lu})/u, '$1. '],
  // `2/ Bestyrelsens beretning blev fremlagt.`: a slash after the number.
  [/^(\d{1,3})\/\s+(?=\p{Lu})/u, '$1. '],
  // `HR. 1 Præsentation`, `HR 1. Præsentation`: the council's letters before the number, a full stop after one of them.
  [LETTERS_BEFORE_NUMBER, '$1$2. '],
  // `Ad dagsordenens pkt l - …`: a typed or scanned `l` or `I` for the digit one after the word for a point.
  [/^((?:Add?\.?\s*)?(?:dagsordenens\s+)?(?:Punkt|Pkt\.?)\s*)[lI](?=\s*[-–:.]?\s+\S)/iu, '$11'],
];

/** The line with its number as one plain number: a doubled number as one, the forms of NUMBER_FORMS as `N. `. */
export const singleNumber = (text: string): string => {
  let t = text.replace(DOUBLED_NUMBER, (_m, same: string | undefined, second: string | undefined) => `${same ?? second}. `);
  // A cheap look at the line's start first: most lines have none of these forms.
  if (/^[(#\dAaPp]|^\p{Lu}{2,4}[.\s]\s?\d/u.test(t)) for (const [re, to] of NUMBER_FORMS) t = t.replace(re, to);
  return t;
};

/** `& 3:`, `og 3.`, `-3:` after a heading's number: the last of the items it covers. */
/** `Pkt 2 & 5:`, `Ad. 7`: a line of the minutes that refers to the agenda's entries by number. */
export { RECORD_BY_NUMBER };

export const JOINT = /^(?:&|og|\+|[-–])\s*(\d{1,3})\s*[:.)]?(?:\s+(\S.*))?$/u;

/** Words that open the usual items of a general assembly or a board meeting. */
export const USUAL_TITLE = /^(?:Valg|Beretning|Formandens|Bestyrelsens|Kassererens|Regnskab|Regnskabs\p{L}+|Behandling\s+af|Budget|Kontingent|Indkomne|Forslag|Eventuelt|Evt|Godkendelse|Meddelelser?|Orientering|Næste møde|Dagsorden|Konstituering|Nyt\s+fra|Siden\s+sidst|Referat(?:et)?\s+(?:fra|af)\s+(?:sidste|forrige|seneste)\s+(?:\p{L}*møde|generalforsamling))\b/iu;

/** Raw candidates with the evidence of their own line. */
export function findCandidates(lines: SLine[]): Candidate[] {
  const found: Candidate[] = [];
  lines.forEach((l, index) => {
    if (l.blank) return;
    // `åbent 3 Title`, `lukket 14 Lukket punkt`: an agenda's access column before the number.
    const text = singleNumber(l.text.replace(BULLET_START, '').replace(ACCESS_BEFORE_NUMBER, ''))
    const trailing = TRAILING.exec(text);
    if (trailing) {
      const p = prevNonBlank(lines, index);
      const title = p >= 0 && index - p <= 2 ? lines[p]!.text : '';
      // `Punkt 3` alone reads as the number under its title only right under it, and never under a header's field (`Mødedato: …`).
      const under = !/^Punkt/iu.test(text) || index - p === 1;
      if (under && /^\p{Lu}/u.test(title) && !/[.:;]$/.test(title) && !/^[^:]{2,30}:\s/u.test(title) && title.length <= 160 && !isBlockHeadingLine(title) && !TRAILING.test(title)) {
        found.push({ index: p, number: Number(trailing[1]), pattern: 'trailing', rest: title, score: scoreOf(lines, p, 'trailing', title) + 2, numberAt: index });
        return;
      }
      // `Punkt 3` over its title: a heading with its title on the next line.
      if (!/^Punkt/iu.test(text)) return;
    }
    let m: RegExpExecArray | null;
    let pattern: HeadingPattern;
    if ((m = PUNKT.exec(text)) || (m = AD.exec(text)) || (m = AD_PART.exec(text)) || (m = SAG.exec(text)) || (m = CASE_ID.exec(text)) || (m = YEAR_CASE.exec(text))) pattern = 'punkt';
    else if ((m = BARE.exec(text))) pattern = 'bare';
    else if ((m = NUMBERED.exec(text)) || (m = LETTER_CODE.exec(text))) pattern = 'numbered';
    else if ((m = SPACED.exec(text))) pattern = 'spaced';
    else {
      // `3.0 Beboersager`: item 3 in decimal numbering; `5.1 Næste møde` opens item 5 when nothing else does (a weak candidate).
      const d = DECIMAL.exec(text);
      if (!d) return;
      const rest = d[3]!.trim();
      if (monthFirst(rest) || NOT_A_TITLE.test(rest)) return;
      const penalty = Number(d[2]) === 0 ? 0 : DECIMAL_SUB_PENALTY;
      found.push({ index, number: Number(d[1]), pattern: 'numbered', rest, score: scoreOf(lines, index, 'numbered', rest) - penalty, decimal: true });
      return;
    }
    const number = Number(m[1]);
    // `1 - 09.00-09.05 Godkendelse af dagsorden`: the item's time slot before its title is no part of it.
    let rest = (m[2] ?? m[3] ?? '').trim().replace(TIME_SLOT_FIRST, '');
    // The number alone (`3.`, `Pkt. 11`): the title is the next line.
    if (pattern === 'bare' || (pattern === 'punkt' && rest === '' && !/^Add?\b/iu.test(text))) {
      const j = nextNonBlank(lines, index);
      // (Up to five blank lines between, as a table's empty cells leave them.)
      rest = j < lines.length && j - index <= 6 ? lines[j]!.text : '';
      if (!rest || /^\d/.test(rest)) return;
    }
    if (number > 999) return;
    // `1. at lokaludvalget tager orienteringen til efterretning`: a point of a recommendation, never an item.
    if (/^[Aa]t\s+\p{Ll}/u.test(rest)) return;
    // `00 Referat uden bilag`: a file's number in a list of documents before the document's title; no item 0.
    if (number === 0 && /^00\s/u.test(text) && /^(?:Referat|Dagsorden|Beslutningsprotokol|Mødereferat)\b/iu.test(rest)) return;
    // `1. : Fakturering`: a colon left after the number is no part of the title.
    rest = rest.replace(/^:\s+(?=\p{L})/u, '');
    // `4. a. Forelæggelse af regnskab`: a web list's number before the letter the document printed (its statutes' `4 a`); the title follows the letter.
    if (pattern === 'numbered') rest = rest.replace(/^[a-h][.):]\s+(?=\p{Lu})/u, '');
    // `Pkt. 2 & 3: Hjemmesiden og regnskabet blev godkendt.`: items 2 and 3 recorded together.
    const joint = JOINT.exec(rest);
    let through: number | undefined;
    let also: number | undefined;
    // (A dash spans up to ten: `3. - 8. Valg af enkeltmandsposter`, six posts elected under one heading.)
    if (joint && Number(joint[1]) > number && (Number(joint[1]) === number + 1 || (/^[-–]/u.test(rest) && Number(joint[1]) <= number + 9))) {
      through = Number(joint[1]);
      rest = (joint[2] ?? '').trim();
    } else if (joint && pattern === 'punkt' && Number(joint[1]) > number + 1 && Number(joint[1]) <= number + 20) {
      // `Pkt 2 & 5:`, `Ad 3 og 7:`: two entries, not the ones between them.
      also = Number(joint[1]);
      rest = (joint[2] ?? '').trim();
    }
    if (monthFirst(rest) || NOT_A_TITLE.test(rest) || NOT_A_TITLE_SMALL.test(rest)) return;
    // `344 2. behandling af budget`: a title may open with an ordinal (`2. behandling`, `1. halvår`), not with a date or a count.
    const ordinal = /^\d{1,2}\.\s+(\p{Ll}{3,})/u.exec(rest);
    // A year may open a title too (`2017 Aktivitetsplan`, `2025 budget for hallen`).
    const yearFirst = /^(?:19|20)\d\d\s+\p{L}{3,}/u.test(rest) && pattern !== 'bare';
    // So may a count in a told entry (`5. 2 indkomne forslag blev vedtaget.`), a word in small letters and more after it.
    const countFirst = pattern === 'numbered' && /^\d{1,3}\s+\p{Ll}{3,}(?:\s+\S+){2,}/u.test(rest) && !MONTH_WORD.test(rest.replace(/^\d{1,3}\s+/u, '')) && !NOT_A_TITLE.test(rest.replace(/^\d{1,3}\s+/u, ''));
    if (/^[\d%,.]/.test(rest) && !yearFirst && !countFirst && !(ordinal && pattern !== 'bare' && !MONTH_WORD.test(ordinal[1]!) && rest.split(/\s+/).length >= 3)) {
      // `6. 1 Maj`, `4. 1. maj i Holmby`: a day's name for a title (May Day) is a weak heading, taken only where it fills its place in a chain.
      // A holiday's name (`1. maj`, `5. juni`, no year after it) is a title as good as any.
      if (pattern === 'numbered' && /^\d{1,2}\.?\s+\p{L}/u.test(rest) && MONTH_WORD.test(rest.replace(/^\d{1,2}\.?\s+/u, '')) && rest.length <= 60) {
        found.push({ index, number, pattern, rest, score: HOLIDAY_TITLE.test(rest) ? scoreOf(lines, index, pattern, rest, number) : WEAK_DAY_TITLE });
      }
      return;
    }
    // The mark after the number (`3.`, `3:`, `3)`): one list keeps one.
    const mark = pattern === 'numbered' ? (/^\d{1,3}\s*([.):*>\-–])/u.exec(text)?.[1] ?? undefined) : undefined;
    found.push({ index, number, pattern, rest, score: scoreOf(lines, index, pattern, rest, number), ...(through !== undefined ? { through } : {}), ...(also !== undefined ? { also } : {}), ...(mark !== undefined ? { mark } : {}), ...(l.indent !== undefined ? { indent: l.indent } : {}) });
  });
  useStructure(lines, found);
  // Decimal headings stand for an item only where the item has no heading of its own (`2.` over `2.0`, `2.1` is the item with its sub-items).
  const plain = new Set(found.filter((c) => !c.decimal).map((c) => c.number));
  const headings = recordsUnderTheirHeading(lines, found.filter((c) => !c.decimal || !plain.has(c.number)));
  const nested = nestedLists(lines, headings);
  for (const c of setInBetween(lines, headings)) nested.add(c);
  for (const c of pointsUnderBullets(lines, headings)) nested.add(c);
  const out = nested.size > 0 ? headings.filter((c) => !nested.has(c)) : headings;
  const skip = new Set([...nested].map((c) => c.index));
  out.forEach((c, k) => {
    const j = nextNonBlank(lines, c.index);
    c.overText = j < lines.length && (k + 1 >= out.length || j < out[k + 1]!.index);
  });
  addSpanEvidence(lines, out);
  addRunEvidence(out);
  demoteAgendaLists(lines, out, skip);
  // `Ad 1. Karen Holm blev valgt …`, `Punkt 2: Godkendt.` under item 1's or 2's blocks: the item's text referring to its number.
  for (let k = 1; k < out.length; k++) {
    const c = out[k]!;
    const p = out[k - 1]!;
    if (c.pattern !== 'punkt' || p.pattern === 'punkt' || c.number !== p.number) continue;
    if (lines.slice(p.index + 1, c.index).some((l) => !l.blank && isBlockHeadingLine(l.text))) c.score -= REFERENCE_PENALTY;
  }
  // `2. Ansøgninger til programmet` / `2. a. Styrkepositioner` / `2. b. Spirende klynger`: the entry's lettered parts, printed with
  // its number before their letter, are no rivals of the entry for its number.
  for (let k = 1; k < out.length; k++) {
    const c = out[k]!;
    if (!LETTERED_PART.test(lines[c.index]!.text)) continue;
    const entry = out.slice(0, k).reverse().find((d) => d.number === c.number && !LETTERED_PART.test(lines[d.index]!.text));
    if (entry && c.index - entry.index <= LETTERED_PART_REACH) c.score -= DECIMAL_SUB_PENALTY;
  }
  return out;
}

/** A part of an entry lettered after the entry's own number (`2. a. Syddanske styrkepositioner`, `4 b) Kontingent`). */
const LETTERED_PART = /^\s*\d{1,3}\.?\s*[a-h][.):]\s+\p{Lu}/u;
/** How far below its entry, in lines, a lettered part is read as the entry's. */
const LETTERED_PART_REACH = 60;

const REFERENCE_PENALTY = 6;
/** The score of a title that is a day's name (`1. maj`): enough to fill a gap between its neighbours, never to start a chain. */
const WEAK_DAY_TITLE = -4;
/** Days known by their date (May Day, Constitution Day): `1. maj`, `1 Maj`, `5. juni`, without a year after them. */
const HOLIDAY_TITLE = /^(?:1\.?\s*maj|5\.?\s*juni)(?!\p{L})(?!\s*[\d.,])/iu;

/** A time slot opening a heading's title (`09.00-09.05 `, `kl. 14.30 – 15.00: `). */
const TIME_SLOT_FIRST = /^(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}\s*:?\s+(?=\p{L})/iu;

/** A heading in a heading style, or numbered by the document's own top-level list (Word, HTML), is strong evidence of an item. */
const STYLED_HEADING_BONUS = 4;
const LIST_NUMBER_BONUS = 2;

/**
 * Structure a Word or HTML document carries: a candidate in a deeper list
 * level (`2.1`, an indented `a)`) is never an item; one in a heading style,
 * or numbered by the top level of a list, gains. Lines without structure
 * (text, PDF) are left as they are.
 */
function useStructure(lines: SLine[], found: Candidate[]): void {
  for (let k = found.length - 1; k >= 0; k--) {
    const l = lines[found[k]!.index]!;
    if (l.listLevel !== undefined && l.listLevel > 0) found.splice(k, 1);
    else if (l.headingLevel !== undefined) found[k]!.score += STYLED_HEADING_BONUS;
    else if (l.listNumber !== undefined) found[k]!.score += LIST_NUMBER_BONUS;
  }
}

/** A label that introduces the agenda: `Dagsorden:`, `Referat:`, `Dagsorden var:`. */
const AGENDA_WORDS = 'Dagsorden|Dagsordenen|Program|Programmet|Punkter|Dagsordenspunkter|Dagsorden\\s+(?:og|&)\\s+referat|Referat\\s+(?:og|&)\\s+dagsorden';
const AGENDA_LABEL = new RegExp(`^(?:${AGENDA_WORDS}|(?:Beslutnings|Møde)?referat|Beslutningsprotokol)(?:\\s+(?:af|fra)\\s+(?:dagsorden(?:en)?|mødet))?(?:\\s+(?:var|er))?\\s*:$`, 'iu');
/** A contents list's label with its colon (`Indholdsfortegnelse:`, `Sagsoversigt:`). */
const CONTENTS_LABEL_ALONE = /^(?:Indholdsfortegnelse|Indhold|Sagsoversigt|Punktoversigt|Sagsliste)\s*:$/iu;
/** The same words before a list that is the agenda (not `Referat:`), the colon optional (`DAGSORDEN`, `Dagsorden ifølge vedtægterne`, `Dagsorden i henhold til vedtægternes §8:`). */
export const AGENDA_INTRO = new RegExp(`^(?:${AGENDA_WORDS})(?:\\s+(?:var|er)|\\s+(?:ifølge|iflg\\.?|jf\\.?|i\\s+henhold\\s+til|efter|for|til)\\s[^.:;]{2,50})?\\s*:?$`, 'iu');

/**
 * The agenda as the statutes set it, on a line of its own or at the end of a sentence: `… Dagsordenen følger vedtægterne:`,
 * `… med en dagsorden, der skal indeholde følgende punkter:`, `… med følgende dagsorden:`.
 */
const AGENDA_BY_STATUTES = /(?:^|[.!?]\s+)Dagsorden(?:en)?\s+(?:følger|ifølge|iflg\.?|jf\.?)\s.{2,100}?\s*:$|(?:^|[.!?]\s+)Dagsorden(?:en)?\s+(?:skal|vil|kan)\s+(?:\p{L}+\s+){0,2}(?:indeholde|omfatte)(?:\s+følgende)?(?:\s+punkter)?\s*:$|\s(?:en|følgende)\s+dagsorden(?:,?\s+(?:der|som)\s+(?:skal\s+)?(?:indeholde|omfatte|indeholder|omfatter)(?:\s+følgende)?(?:\s+punkter)?)?\s*:$/iu;

/** A list of item headings is an agenda (a table of contents without page numbers) when its entries return later as headings. */
const AGENDA_LIST_PENALTY = 6;

/**
 * Runs of three or more headings on consecutive lines, numbered one after
 * another with nothing between them, are the agenda when two of their
 * entries (or half of a short run) come back later with the same number and title: every entry
 * of the run then loses, also one whose item the minutes leave out (a closed
 * item kept out of public minutes).
 */
function demoteAgendaLists(lines: SLine[], cands: Candidate[], skip: Set<number>): void {
  const next = (i: number) => {
    let j = nextNonBlank(lines, i);
    while (skip.has(j)) j = nextNonBlank(lines, j);
    return j;
  };
  const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').replace(/[.:]$/, '').trim();
  let start = 0;
  while (start < cands.length) {
    let end = start + 1;
    while (
      end < cands.length &&
      cands[end]!.number === cands[end - 1]!.number + 1 &&
      next(cands[end - 1]!.index) === cands[end]!.index
    ) end++;
    if (end - start >= 3) {
      const run = cands.slice(start, end);
      const later = cands.slice(end);
      const back = run.filter((c) => later.some((d) => d.number === c.number && norm(d.rest) === norm(c.rest))).length;
      if (back >= 2 || back * 2 >= run.length || numberedAgain(lines, run, later) || (underAgendaLabel(lines, run[0]!) && numberedAgainApart(run, later)) || referencesUnder(lines, cands[start - 1], run, later)) {
        // The agenda goes on past a note under an entry (`6. Valg til bestyrelsen` / `På valg er: Bo Dal` / `7. …`): a few short
        // lines, no heading among them, before the next number.
        while (end < cands.length && cands[end]!.number === cands[end - 1]!.number + 1 && (next(cands[end - 1]!.index) === cands[end]!.index || noteBetween(lines, cands[end - 1]!.index, cands[end]!.index))) end++;
        for (const c of cands.slice(start, end)) c.score -= AGENDA_LIST_PENALTY;
      }
    }
    start = end;
  }
}

/** A note under an agenda's entry: one to eight lines of up to 240 characters (two lines of a page) between two entries (`På valg er: …`, `a. Nye vedtægter`), none of them a block's heading. */
function noteBetween(lines: SLine[], from: number, to: number): boolean {
  const between = lines.slice(from + 1, to).filter((l) => !l.blank);
  return between.length >= 1 && between.length <= 8 && between.every((l) => l.text.trim().length <= 240 && !isBlockHeadingLine(l.text));
}

/** How far apart, in lines, the entries of a nested list and the entry after it may be. */
const NESTED_REACH = 3;
/** How far apart two points set in under an entry may stand, the lines between set further in still. */
const NESTED_SET_IN_REACH = 12;

/** A bullet or a dash that opens a list entry (`• Regnskab`, `- Økonomi`, `* Eventuelt`). */
export const LIST_BULLET = /^(?:[•·▪◦●○■]|[-–*])\s+(?=\S)/u;

/** How much further in a line must be to sit under another: a character of a text file, a space's width of a PDF. */
function indentStep(l: SLine): number {
  if (l.x === undefined) return 1;
  // (In a PDF, a space's width at the least: a text's lines printed with their leading spaces are set in by one space a level.)
  return l.fontSize !== undefined ? Math.min(INDENT_STEP_POINTS, l.fontSize * SPACE_EM) : INDENT_STEP_POINTS;
}

/** How far in a PDF's line must be set to sit under the bulleted entry above it, in points, where its size is not known. */
const INDENT_STEP_POINTS = 10;
/** A space's width in a font's size, about (a quarter of an em). */
const SPACE_EM = 0.25;

/**
 * A line further in than a bulleted entry above it (`• Valg af formand` /
 * `  1. Bo Dal blev valgt`): a point under that entry. The entry is the
 * nearest line above that is further out; a numbered point under a point
 * under a bullet is under the bullet too.
 */
export function underBullet(lines: SLine[], index: number): boolean {
  return bulletAbove(lines, index) >= 0;
}

/** The bulleted entry a line sits under (see underBullet), or -1. */
/** How far up a point's entry is looked for, in lines. */
const BULLET_REACH = 40;
/** A meeting or its minutes named at a bullet, with its day (`Bestyrelsesmøde 09.12.31`, `Referat fra mødet 4. maj`). */
/** A line that opens by naming a meeting or its minutes (`Kort referat af bestyrelsesmøde den 15. marts 2031`, `Uddrag fra bestyrelsesmøde …`), not the next one. */
export const MEETING_DATED = /^(?!Næste\b)(?:\p{L}+\s+){0,1}(?:referat|uddrag|dagsorden|\p{L}*møde|generalforsamling)/iu;

/** A line that names a meeting or its minutes and when (`Referat november 2031`, `Dagsorden 4. april 2031`), perhaps at a bullet. */
function meetingHead(text: string): boolean {
  // (Most lines hold none of the words: a cheap test first.)
  if (!MEETING_CUE.test(text)) return false;
  const t = text.replace(LIST_BULLET, '').trim();
  return t.split(/\s+/u).length <= 10 && MEETING_DATED.test(t) && (findDate(t) !== null || MONTH_YEAR.test(t));
}
const MEETING_CUE = /møde|referat|uddrag|dagsorden|generalforsamling/iu;
/** A meeting's word alone on its line (`Generalforsamling`, `Bestyrelsesmøde`). */
const MEETING_WORD_ALONE = /^(?:(?:ordinær|ekstraordinær)e?\s+)?(?:\p{L}*møde|generalforsamling|årsmøde)$/iu;
/** A meeting declared closed (`Mødet afsluttet kl. 21.50`, `Generalforsamlingen blev hævet`). */
const MEETING_CLOSED = /^(?:mødet|generalforsamlingen)\s+(?:blev\s+)?(?:afsluttet|afsluttedes|hævet|hævedes|sluttede|slut)\b/iu;
const MONTH_YEAR = new RegExp(`\\b(?:${Object.keys(MONTHS).join('|')})\\.?\\s+(?:19|20)\\d\\d\\b`, 'iu');

/**
 * A page of several meetings' minutes one after another (`Referat november 2031` / `1. …` … / `Dagsorden april 2031` / `1. …`):
 * the line that heads the second meeting, after the first meeting's items began; -1 where there is none.
 */
/**
 * `Bestyrelsesmøde 30. august 2031` / `Til stede: Alle` / sentences of what was said / `Bestyrelsesmøde 7. august 2030` / `1. …`:
 * a page of meetings whose first is told in prose, the next headed with a day of its own before any numbered item. The line
 * that heads the second meeting, or -1.
 */
export function secondMeetingAfterProse(lines: SLine[], cands: Candidate[]): number {
  const firstOne = cands.find((c) => c.number === 1);
  const heads: number[] = [];
  for (let i = 0, seen = 0; i < lines.length && seen < 40 && (firstOne === undefined || i < firstOne.index); i++) {
    if (lines[i]!.blank) continue;
    seen++;
    if (meetingHead(lines[i]!.text)) heads.push(i);
  }
  // Both heads name the same kind of meeting, the second in a few words with no time (not `Generalforsamling d. 25/3 kl. 19.30 …`
  // announced among the first meeting's points).
  const kind = (t: string) => /\p{L}*møde|generalforsamling/iu.exec(t)?.[0].toLowerCase() ?? null;
  for (let k = 1; k < heads.length; k++) {
    const [a, b] = [heads[k - 1]!, heads[k]!];
    const second = lines[b]!.text.replace(LIST_BULLET, '').trim();
    if (kind(lines[a]!.text) === null || kind(lines[a]!.text) !== kind(second) || second.split(/\s+/u).length > 6 || /\bkl\b|\d[.:]\d\d\b/iu.test(second)) continue;
    const days = [findDate(lines[a]!.text)?.date, findDate(second)?.date];
    const told = lines.slice(a + 1, b).filter((l) => !l.blank && /\p{Ll}.*[.!]$/u.test(l.text.trim()) && l.text.trim().split(/\s+/u).length >= 5).length;
    if (days[0] !== undefined && days[1] !== undefined && days[0] !== days[1] && told >= 2) return b;
  }
  return -1;
}

/** How many short lines the text under a second meeting's head must repeat from the first meeting's (its agenda's titles again). */
const REPEATED_TITLES = 2;

/** The day on one of the few short lines of a meeting's head under its line `i` (`Generalforsamling` / `Dansk Selskab` / `Fredag den 23. september 2031`), or null. */
function dayUnderHead(lines: SLine[], i: number): string | null {
  for (let k = i, n = 0; n < 3; n++) {
    k = nextNonBlank(lines, k);
    if (k >= lines.length || k - i > 6 || lines[k]!.text.trim().split(/\s+/u).length > 8) return null;
    const day = findDate(lines[k]!.text)?.date;
    if (day) return day;
  }
  return null;
}

/**
 * `Referat fra generalforsamling 24. marts 2031` / `Valg af dirigent:` / … / `Eventuelt:` / `Referat fra generalforsamling
 * 26. marts 2030` / `Valg af dirigent:` / … / `Eventuelt:`: a page of one kind of meeting's minutes, year after year, numbered
 * or not. The second meeting is headed as the first, with another day, and the lines under it repeat short lines of the first
 * (the agenda's titles again). The line that heads the second meeting, or -1.
 */
export function repeatedMeetingHead(lines: SLine[]): number {
  // A head of its own: a line that opens in a capital, no point of a list (`• godkender referat fra mødet den 4. maj`).
  // (meetingHead tries its cheap word first: most lines name no meeting.)
  const head = (l: SLine) => !l.blank && /^\s*\p{Lu}/u.test(l.text) && meetingHead(l.text);
  // The first meeting's head among the top lines, its day perhaps on the line under it (`Referat fra generalforsamlingen` /
  // `Søndag den 24. marts 2031.`).
  let first = -1;
  let firstDay: string | null = null;
  for (let i = 0, seen = 0; i < lines.length && seen < 15; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    seen++;
    // (The lines under are read only for a line that names a meeting and no day.)
    const t = l.text.trim();
    if (head(l) || (/^\p{Lu}/u.test(t) && MEETING_DATED.test(t) && t.split(/\s+/u).length <= 10 && dayUnderHead(lines, i) !== null)) {
      first = i;
      firstDay = findDate(l.text)?.date ?? dayUnderHead(lines, i);
      break;
    }
  }
  if (first < 0) return -1;
  const kind = (t: string) => /\p{L}*møde|generalforsamling/iu.exec(t)?.[0].toLowerCase() ?? null;
  const firstKind = kind(lines[first]!.text);
  if (firstKind === null) return -1;
  /** A short line as a title is compared: no bullet, no closing colon, spaces folded, small letters. */
  const short = (l: SLine): string | null => {
    if (l.blank) return null;
    const t = l.text.replace(LIST_BULLET, '').replace(/[\s:.]+$/u, '').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('da');
    return t.length >= 5 && t.length <= 60 && t.split(' ').length <= 8 ? t : null;
  };
  for (let b = first + 1; b < lines.length; b++) {
    const l = lines[b]!;
    // (Or a short line that names a meeting, its day under it: checked below.)
    if (l.blank || !MEETING_CUE.test(l.text)) continue;
    const second = l.text.trim();
    if (!head(l) && !(/^\p{Lu}/u.test(second) && MEETING_DATED.test(second) && second.split(/\s+/u).length <= 6)) continue;
    if (kind(second) !== firstKind) continue;
    const day = findDate(second)?.date ?? dayUnderHead(lines, b);
    if (day === null || day === firstDay) continue;
    const above = new Set(lines.slice(first + 1, b).map(short).filter((t) => t !== null));
    const again = new Set(lines.slice(b + 1).map(short).filter((t) => t !== null && above.has(t)));
    if (again.size >= REPEATED_TITLES) return b;
  }
  return -1;
}

/**
 * `01102031 | Referat | Bestyrelsesmøde i Gårdlauget` / … / `13082031 | Referat | Bestyrelsesmøde i Gårdlauget` / …: a page of
 * one body's minutes, newest first, each headed by the same line with another day. The line that heads the second meeting
 * (five lines of its own under it at least, and five under the first before it), or -1.
 */
export function sameHeadAgain(lines: SLine[]): number {
  // The head's shape: its date, its weekday and other numbers as `#`, spaces folded, small letters.
  const shape = (t: string, at: { index: number; length: number }) => `${t.slice(0, at.index)}#${t.slice(at.index + at.length)}`.replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('da').replace(/(?<!\p{L})(?:man|tirs|ons|tors|fre|lør|søn)dag(?!\p{L})/gu, '#');
  let first = -1;
  let firstShape = '';
  let firstDay = '';
  for (let i = 0, seen = 0; i < lines.length && seen < 15; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    seen++;
    const day = MEETING_CUE.test(l.text) ? findDate(l.text) : null;
    if (day === null || l.text.trim().split(/\s+/u).length > 12) continue;
    [first, firstShape, firstDay] = [i, shape(l.text, day), day.date];
    break;
  }
  if (first < 0) return -1;
  // (A head of the same shape is about as long as the first: the cheap test before its date is read.)
  const length = lines[first]!.text.trim().length;
  for (let b = first + 1; b < lines.length; b++) {
    const l = lines[b]!;
    if (l.blank || Math.abs(l.text.trim().length - length) > 12 || !MEETING_CUE.test(l.text)) continue;
    const day = findDate(l.text);
    if (day === null || day.date === firstDay || shape(l.text, day) !== firstShape) continue;
    const own = lines.slice(b + 1).filter((x) => !x.blank).length;
    const between = lines.slice(first + 1, b).filter((x) => !x.blank).length;
    // (Heads one under another are a list of the page's meetings, links to them, not a meeting's minutes.)
    if (between < 5) return -1;
    if (own >= 5) return b;
  }
  return -1;
}

export function nextMeetingHead(lines: SLine[], cands: Candidate[]): number {
  const firstOne = cands.find((c) => c.number === 1);
  if (!firstOne) return -1;
  for (let i = firstOne.index + 1; i < lines.length; i++) {
    if (lines[i]!.blank) continue;
    // (`Generalforsamling` / `den 9. oktober 2031`: the meeting's word alone, its day on the line under it.)
    // (Most lines name no meeting: a cheap test first.)
    if (!MEETING_CUE.test(lines[i]!.text)) continue;
    const alone = MEETING_WORD_ALONE.test(lines[i]!.text.trim());
    const under = alone ? nextNonBlank(lines, i) : lines.length;
    const split = alone && under < lines.length && under - i <= 2 && findDate(lines[under]!.text) !== null && lines[under]!.text.trim().split(/\s+/u).length <= 6;
    if (!split && !meetingHead(lines[i]!.text)) continue;
    // A new list from 1 right under it.
    const next = cands.find((c) => c.index > i);
    // (Its fields between, `den 9. oktober 2031` / `Tid: kl. 20` / `Sted: …` / `Referent: …`, are no text of its own.)
    const between = lines.slice(i + 1, next?.index ?? i + 1).filter((l) => !l.blank);
    const fields = between.filter((l) => /^\p{Lu}[\p{L} ]{1,20}:\s*\S/u.test(l.text.trim()) || (findDate(l.text) !== null && l.text.trim().split(/\s+/u).length <= 6));
    if (!next || next.number !== 1 || between.length - fields.length > 3 || between.length > 8) continue;
    // (A bare agenda first, a notice's list with nothing written between its entries, is not a meeting's minutes: the minutes
    // below are. Nor is the same meeting's day again: a notice, then its minutes.)
    const first = cands.filter((c) => c.index >= firstOne.index && c.index < i);
    const lastEntry = first.length > 0 ? first[first.length - 1]!.index : firstOne.index;
    const written = lines.slice(firstOne.index, lastEntry).filter((l, k) => !l.blank && !first.some((c) => c.index === firstOne.index + k)).length;
    const day = findDate(lines[split ? under : i]!.text)?.date ?? null;
    const above = lines.slice(0, firstOne.index).reverse().find((l) => !l.blank && findDate(l.text) !== null);
    // (The same day again after the first meeting was closed, `Mødet afsluttet kl. 21.50`, is another meeting of that day.)
    const closed = lines.slice(lastEntry, i).some((l) => !l.blank && MEETING_CLOSED.test(l.text));
    const sameDay = day !== null && above !== undefined && findDate(above.text)!.date === day && !closed;
    return written > 0 && !sameDay ? i : -1;
  }
  return -1;
}

/** A bullet that names a meeting and its day (`• Bestyrelsesmøde 09.12.31 Holmby Musikskole`): a web page's fold of one meeting's minutes. */
export function meetingFold(text: string): boolean {
  return LIST_BULLET.test(text) && MEETING_DATED.test(text.replace(LIST_BULLET, '')) && findDate(text) !== null;
}

function bulletAbove(lines: SLine[], index: number): number {
  let at = lines[index]!.indent;
  if (at === undefined || at === 0) return -1;
  const step = indentStep(lines[index]!);
  for (let i = index - 1; i >= 0 && i >= index - BULLET_REACH; i--) {
    const l = lines[i]!;
    if (l.blank || l.indent === undefined || l.indent > at - step) continue;
    // `• Bestyrelsesmøde 09.12.31 Holmby Musikskole` over its minutes: a web page's fold of one meeting, not a list's entry.
    if (LIST_BULLET.test(l.text)) return meetingFold(l.text) ? -1 : i;
    if (!/^\d{1,3}[.):]\s/u.test(l.text)) return -1;
    at = l.indent;
  }
  return -1;
}

/**
 * Numbered points under bulleted entries, never items: a list numbered from
 * 1 under each of two or more entries. A number that goes on from a heading
 * further out (`1)` / `  • …` / `  2)`, a web copy's stray indentation) is
 * no point, and one list under a single bullet (a web page's `• Vis alle` over
 * the numbered items) is the items.
 */
function pointsUnderBullets(lines: SLine[], cands: Candidate[]): Candidate[] {
  // Nothing is under a bullet where no line is a bulleted entry.
  if (!lines.some((l) => !l.blank && LIST_BULLET.test(l.text))) return [];
  const points: Candidate[] = [];
  const parents = new Set<number>();
  let last: Candidate | null = null;
  let parent = -1;
  for (const c of cands) {
    const above = bulletAbove(lines, c.index);
    // `  1. Status` under `• Corona` / ` 1. Generalforsamling` / ` 1. Standerhejsning`: a point's list numbered 1 again and
    // again (its numbering and indent lost) goes on under the same bullet, until a bullet comes between.
    const goesOn = above < 0 && last !== null && points.includes(last) && c.number === 1 && last.number === 1 && !lines.slice(last.index + 1, c.index).some((l) => !l.blank && LIST_BULLET.test(l.text));
    if ((above >= 0 && (c.number === 1 || (last !== null && points.includes(last) && last.number === c.number - 1))) || goesOn) {
      points.push(c);
      if (above >= 0) parent = above;
      parents.add(above >= 0 ? above : parent);
    }
    last = c;
  }
  // Under one bullet only where the bullets are the items: three or more, each over text of its own (not a web page's `• Vis alle`).
  const overText = (i: number) => {
    const j = nextNonBlank(lines, i);
    return j < lines.length && !LIST_BULLET.test(lines[j]!.text) && !/^\d{1,3}[.):]\s/u.test(lines[j]!.text);
  };
  const titledBullets = lines.filter((l, i) => !l.blank && LIST_BULLET.test(l.text) && overText(i)).length;
  return parents.size >= 2 || (parents.size === 1 && titledBullets >= 3) ? points : [];
}

/**
 * `2. Gennemgang af beslutninger` / `Ad. 2 – Ingen punkter til drøftelse`: an
 * `Ad N` line a few lines under the heading of its own number, nothing
 * numbered between, is that item's record, no heading of its own. (An agenda's
 * list, then `Ad 1` … `Ad 2` … further on, keeps its records.)
 */
function recordsUnderTheirHeading(lines: SLine[], cands: Candidate[]): Candidate[] {
  return cands.filter((c, k) => {
    if (c.pattern !== 'punkt' || !/^Add?\b/iu.test(lines[c.index]!.text.trim()) || k === 0) return true;
    const p = cands[k - 1]!;
    return !(p.pattern !== 'punkt' && p.number === c.number && c.index - p.index <= 4);
  });
}

/**
 * ` 4. Indkomne forslag` / `  § 2 Formål:` / `  Forslag …` / `  § 3 Medlemskab.` / ` 5. Valg`: headings between two entries
 * of one list, numbered one after the other at one margin in one style, where every line between them is set further in,
 * are the first entry's points, whatever their numbers.
 */
function setInBetween(lines: SLine[], cands: Candidate[]): Candidate[] {
  const points: Candidate[] = [];
  for (let k = 0; k < cands.length; k++) {
    const a = cands[k]!;
    if (a.indent === undefined) continue;
    const margin = a.indent + 0.5;
    let j = k + 1;
    while (j < cands.length && cands[j]!.indent !== undefined && cands[j]!.indent! > margin) j++;
    const b = cands[j];
    if (b === undefined || j === k + 1 || b.indent === undefined || Math.abs(b.indent - a.indent) >= 0.5) continue;
    if (b.number !== (a.through ?? a.number) + 1 || b.pattern !== a.pattern || b.mark !== a.mark) continue;
    if (!lines.slice(a.index + 1, b.index).every((l) => l.blank || (l.indent !== undefined && l.indent > margin))) continue;
    points.push(...cands.slice(k + 1, j));
    k = j - 1;
  }
  return points;
}

/**
 * A list nested in an entry and numbered from 1 again (`2. Nye vedtægter` /
 * `1. Fremlæggelse` / `2. Debat` / `3. Eventuelt`): the entries from 1, each
 * on the line under the one before, between an entry and the next number of
 * its own list. Where the text shows indentation, the nested entries are
 * further in and the next entry back out; else the shortest such run closes.
 */
function nestedLists(lines: SLine[], cands: Candidate[]): Set<Candidate> {
  const nested = new Set<Candidate>();
  const indent = (c: Candidate) => lines[c.index]!.indent;
  for (let k = 0; k + 3 < cands.length; k++) {
    const outer = cands[k]!;
    const first = cands[k + 1]!;
    if (first.number !== 1 || nextNonBlank(lines, outer.index) !== first.index) continue;
    const at = indent(outer);
    const stepped = at !== undefined && (indent(first) ?? at) > at;
    // One point right under the one before; set in, also over lines of its own set further in than the points
    // (`  1. Grupperådet består af:` / `   For ulvene Bo Dal` / `  2. …`).
    const pointsAt = indent(first) ?? 0;
    const follows = (a: Candidate, b: Candidate) =>
      nextNonBlank(lines, a.index) === b.index || (stepped && b.index - a.index <= NESTED_SET_IN_REACH && lines.slice(a.index + 1, b.index).every((l) => l.blank || (l.indent ?? 0) > pointsAt + 0.5));
    let j = k + 1;
    let closer = -1;
    while (j + 1 < cands.length) {
      const n = cands[j + 1]!;
      const back = !stepped || (indent(n) ?? Infinity) <= at!;
      if (n.number === outer.number + 1 && j > k + 1 && back && n.index - cands[j]!.index <= NESTED_REACH) {
        // (`2. Beretning:` / `1.` / `2.` / `3. Status …` / … / `6.` / `3. Regnskab`: where the points run on past the outer's
        // next number, line after line, and that number follows them, the points are all of them.)
        let end = j + 1;
        while (end + 1 < cands.length && cands[end + 1]!.number === cands[end]!.number + 1 && nextNonBlank(lines, cands[end]!.index) === cands[end + 1]!.index) end++;
        if (!stepped && n.number === cands[j]!.number + 1 && end > j + 1 && end + 1 < cands.length && cands[end + 1]!.number === outer.number + 1 && cands[end + 1]!.index - cands[end]!.index <= NESTED_REACH) {
          closer = end + 1;
          break;
        }
        closer = j + 1;
        break;
      }
      if (n.number !== cands[j]!.number + 1 || !follows(cands[j]!, n) || (stepped && back)) break;
      j++;
    }
    // Indented and ending the list (`5. Udelukkelser` / `  1. …` / `  2. …` / blank): nested all the same.
    if (closer < 0 && stepped && j > k + 1 && (j + 1 >= cands.length || nextNonBlank(lines, cands[j]!.index) !== cands[j + 1]!.index)) closer = j + 1;
    if (closer < 0) continue;
    // `1. Valg af dirigent` / `  1. Beretning` / `  2. Regnskab` / … / `  9. Eventuelt`: a first entry set apart, the rest set in and
    // numbered from 1 again (a list copied from Word), nothing numbered 2 at the first's depth after it, the set-in run the usual
    // entries of an agenda ending in its closing one: the list goes on, each number one on from the first.
    const run = cands.slice(k + 1, closer);
    const outerTwo = cands.some((c) => c.index > outer.index && c.number === 2 && (indent(c) ?? Infinity) <= at!);
    if (stepped && outer.number === 1 && run.length >= 3 && !outerTwo && CLOSING_TITLE.test(run[run.length - 1]!.rest.replace(/\s+\S.*$/u, '').trim()) && run.filter((c) => USUAL_TITLE.test(c.rest)).length >= 2) {
      for (const c of run) c.number += 1;
      k = closer - 1;
      continue;
    }
    // At the same depth, right under, its entries items' titles (`2. Oldermanden berettede …` / `1. Regnskab: …` / `2. Forslag: …` /
    // `3. Kontingent: …`): the list's numbering started again, no points.
    const inner = cands.slice(k + 1, closer);
    if (!stepped && inner.length >= 2 && inner.every(TITLED_ENTRY) && cands[closer]!.number === inner[inner.length - 1]!.number + 1 && cands[closer]!.index === cands[closer - 1]!.index + 1) continue;
    for (let m = k + 1; m < closer; m++) nested.add(cands[m]!);
    k = closer - 1;
  }
  return nested;
}

/**
 * The same numbers again later, as a run of their own on consecutive lines
 * (`Dagsorden:` 1–5, then `Referat:` 1–5 with what was said): the first run
 * is the agenda, the second the minutes.
 */
function numberedAgain(lines: SLine[], run: Candidate[], later: Candidate[]): boolean {
  const at = later.findIndex((d) => d.number === run[0]!.number);
  if (at < 0 || at + run.length > later.length) return false;
  for (let k = 1; k < run.length; k++) {
    const d = later[at + k]!;
    if (d.number !== run[k]!.number || nextNonBlank(lines, later[at + k - 1]!.index) !== d.index) return false;
  }
  // (Not the numbered rows of a table further on: `1 Julebryg 30-11-2031 30 9`.)
  const rows = later.slice(at, at + run.length);
  return rows.filter((d) => TABLE_ROW.test(d.rest)).length * 2 <= rows.length;
}

/** A table's row after its number: words, then two numbers or more, the last ending the line (`Julebryg 30-11-2031 30 9`, `Holm IF 12 8 nr. 3`). */
const TABLE_ROW = /^\p{L}.*?(?:\s[\d.,:/-]*\d[\d.,:/-]*){1,}(?:\s+(?:nr\.\s*)?\d+[.,]?\d*)$/u;

/**
 * A run right under another heading whose numbers all come back later (or are that heading's)
 * (`2. Punkter fra kirkegårdsudvalget` / `Punkt 2 - …` / `Punkt 3 Nyt hegn godkendt.`
 * / `Punkt 4 Intet`, then `3. …`, `4. …`): the heading's text, citing another
 * meeting's items.
 */
function referencesUnder(lines: SLine[], above: Candidate | undefined, run: Candidate[], later: Candidate[]): boolean {
  if (above === undefined) return false;
  if (prevNonBlank(lines, run[0]!.index) !== above.index || run.some((c) => c.pattern === above.pattern)) return false;
  return run.every((c) => c.number === above.number || later.some((d) => d.number === c.number && d.pattern !== c.pattern));
}

/** The line above the entry is the agenda's label (`Dagsorden`, `Dagsorden:`). */
function underAgendaLabel(lines: SLine[], first: Pick<Candidate, 'index'>): boolean {
  const p = prevNonBlank(lines, first.index);
  return p >= 0 && AGENDA_INTRO.test(lines[p]!.text);
}

/**
 * After a list under `Dagsorden:`, paragraphs numbered from its first number
 * again, rising (`1. Lars Holm blev valgt …` / `2. Formanden gennemgik …`),
 * covering two thirds of the list or more: the list is the agenda and those
 * paragraphs the minutes, however far apart.
 */
function numberedAgainApart(run: Candidate[], later: Candidate[]): boolean {
  const first = run[0]!.number;
  const last = run[run.length - 1]!.number;
  const at = later.findIndex((d) => d.number === first);
  if (at < 0) return false;
  let count = 1;
  let prev = first;
  for (let k = at + 1; k < later.length; k++) {
    const n = later[k]!.number;
    if (n <= prev || n > last) break;
    count++;
    prev = n;
  }
  return count >= 2 && count * 3 >= run.length * 2;
}

/** A title before a colon or a spaced dash, and text after it. */
export const INLINE_TITLE = /^(\p{Lu}[^:.!?–]{1,60}?)(?:\s*:\s+|\s+[–-]\s+)(\S.*)$/u;

/** A short title ended by a full stop, then a sentence: `Kassen. Vi skal have styr på listen.` */
const DOT_TITLE = /^(\p{Lu}[^.:!?–]{1,40}?)\.\s+\p{Lu}/u;

/** A person as a list entry: an office before the name (`Borgmester Jesper Holm`), or a party letter after it (`Lars Weiss (A)`). */

function scoreOf(lines: SLine[], index: number, pattern: HeadingPattern, rest: string, number = 0): number {
  let s = 0;
  const l = lines[index]!;
  if (pattern === 'punkt') s += 3;
  if (pattern === 'bare') s -= 0.5;
  if (pattern === 'spaced') s -= 1.5;
  if (rest === '') s -= 2;
  else if (/^\p{Lu}/u.test(rest)) s += 1;
  // After `Punkt 3.` a title in lower case (`Punkt 3. forslag til …`) is still a title; after a bare number it is rarely one.
  // A usual item's title in small letters further down a list (`5. indkomne forslag`) is still one.
  // So is the first, right under the agenda's label (`Dagsorden` / `1. valg af dirigent`).
  else if (/^\p{Ll}/u.test(rest)) s -= USUAL_TITLE.test(rest) && (number > 1 || underAgendaLabel(lines, { index })) ? 0.5 : pattern === 'punkt' && /^(?:[-–•]\s+)?\p{Lu}/u.test(l.text) ? 1.5 : 2.5;
  if (/^\p{Lu}{3,}/u.test(rest)) s += 1;
  if (TYPE_WORD.test(rest)) s += 1.5;
  if (PRESENTER_OR_DURATION.test(rest)) s += 1.5;
  if (/^[(\[]?(?:Lukket|Åben|Åbent)\b/iu.test(rest)) s += 1.5;
  if (TOC_ENTRY.test(l.text) || /\s{2,}\d{1,3}$/.test(l.text)) s -= 6;
  // `2. Lars Weiss (A)`, `4. Borgmester Jesper Holm (A)`: a numbered list of people, not of items.
  const person = PERSON_ENTRY.exec(rest);
  if (person && looksLikeName(person[1] ?? person[2]!)) s -= 4;
  if (BULLET_START.test(l.text)) s -= 0.5;
  // `3. Medlemstal: Foreningen har nu 212 medlemmer. …`: a short title, then what was said on the same line; the title is what is judged.
  // (After `Punkt 1,` the title may begin in small letters: `Punkt 1, valg af referent: som referent valgtes …`.)
  const capitalised = pattern === 'punkt' ? rest.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : rest;
  const inline = INLINE_TITLE.exec(capitalised) ?? DOT_TITLE.exec(capitalised);
  // (A usual item's title may be longer: `4. Beretning om foreningens virke i det forløbne år: Formanden fortalte …`.)
  const words = inline ? inline[1]!.split(/\s+/).length : 0;
  const title = inline && (words <= (inline[2] === undefined ? 4 : 6) || (words <= 10 && USUAL_TITLE.test(inline[1]!))) ? inline[1]! : rest;
  // A short title in small letters after `Punkt N,` and before its colon is a title all the same.
  if (pattern === 'punkt' && title !== rest && /^\p{Ll}/u.test(rest) && /^\p{Lu}/u.test(l.text.trim())) s += 1.5;
  if (title.length > 160) s -= 2;
  if (/[.;]$/.test(title) && title.split(/\s+/).length > 6 && !ABBREVIATION_END.test(title)) s -= 1.5;
  if (/,$/.test(rest)) s -= 1;
  if (l.bold) s += 1.5;
  // `2. Indstilling` is a numbered block heading; `5. Økonomi: Regnskabet …` in a club's minutes may be an item with its text.
  // (`1. Økonomi` is as often a club's item as a case's block, and costs nothing.)
  const kind = blockKind(rest);
  if (kind !== null && kind !== 'economy') s -= kind === 'other' || kind === 'attachments' ? 1.5 : 3;
  else {
    const inline = inlineBlock(rest);
    if (inline) s -= inline.kind === 'economy' || inline.kind === 'other' || inline.kind === 'attachments' ? 1 : 3;
  }
  // A line that starts a paragraph (blank line or page start before it) is more heading-like.
  const p = prevNonBlank(lines, index);
  if (p < 0 || index - p > 1 || lines[p]!.page !== l.page || l.opensParagraph === true) s += 0.5;
  return s;
}

/** A run of headings this long, one number after another with text between, supports each of them. */
const MIN_RUN = 4;
const RUN_BONUS = 1.5;

/**
 * Headings in one style numbered one after another, each over text of its
 * own (`1 Godkendelse af dagsorden` / `Godkendt` / `2 Meddelelser` / …): the
 * run is evidence for each of them, also for a weak one (`6 Økonomi`, which
 * could be a block's heading alone).
 */
function addRunEvidence(cands: Candidate[]): void {
  let start = 0;
  for (let k = 1; k <= cands.length; k++) {
    const prev = cands[k - 1]!;
    const c = cands[k];
    const goesOn = c !== undefined && c.number === prev.number + 1 && c.pattern === prev.pattern && c.index - prev.index >= 2;
    if (goesOn) continue;
    if (k - start >= MIN_RUN) for (let j = start; j < k; j++) cands[j]!.score += RUN_BONUS;
    start = k;
  }
}

/** A part of a run-together paragraph this long holds text of its own, not only an agenda entry. */
const PARAGRAPH_PART = 80;

/**
 * Evidence from what follows: a candidate whose span (up to the next candidate)
 * holds block headings (Indstilling, Referat, …) opens an item; one that sits
 * in a run of numbered lines is a list entry.
 */
function addSpanEvidence(lines: SLine[], cands: Candidate[]): void {
  cands.forEach((c, i) => {
    const end = i + 1 < cands.length ? cands[i + 1]!.index : lines.length;
    let blocks = 0;
    for (let j = c.index + 1; j < end; j++) if (!lines[j]!.blank && isBlockHeadingLine(lines[j]!.text)) blocks++;
    if (blocks > 0) c.score += 3;
  });
  // Runs of numbered lines one under the other are lists; a run introduced by
  // a line ending in a colon (`De fem områder er:`) certainly is.
  let k = 0;
  while (k < cands.length) {
    let end = k;
    while (
      end + 1 < cands.length &&
      cands[end + 1]!.number === cands[end]!.number + 1 &&
      cands[end + 1]!.pattern === cands[k]!.pattern &&
      cands[end + 1]!.index - cands[end]!.index <= 3 &&
      !lines.slice(cands[end]!.index + 1, cands[end + 1]!.index).some((l) => !l.blank && isBlockHeadingLine(l.text)) &&
      !ownParagraph(lines, cands[end]!, cands[end + 1]!) &&
      // Parts of a run-together paragraph, each with its text on its line, are no list.
      !(lines[cands[end + 1]!.index]!.opensParagraph === true && lines[cands[end + 1]!.index]!.text.length > PARAGRAPH_PART)
    ) end++;
    if (end > k) {
      const intro = prevNonBlank(lines, cands[k]!.index);
      // `Dagsorden:` introduces the items themselves (an agenda whose entries return later is demoted apart).
      // An empty attendance label (`Fraværende:` with nobody after it) introduces nothing.
      const t = intro >= 0 ? lines[intro]!.text : '';
      // A block's heading (`Sagsfremstilling` / `1. Status …`) introduces a list in that block; `Referat` over the items does not.
      // (A block's heading with its text on the line, `Beslutning: Vi tager det op igen.`, over numbers going on from the item's,
      // not from 1, is the end of that item: the numbers are the next items, as tight as an agenda's tail prints them.)
      const inBlock = isBlockHeadingLine(t) && !/^(?:Referat|Beslutningsreferat|Mødereferat)\s*:?$/iu.test(t) && !AGENDA_LABEL.test(t) && (cands[k]!.number === 1 || blockKind(t) !== null);
      // `Det er et år siden … Dagsordenen følger vedtægterne:`: a sentence that introduces the agenda set by the statutes;
      // `Dagsorden for generalforsamlingen:` names the agenda as well as `Dagsorden:` does.
      const statutes = AGENDA_BY_STATUTES.test(t);
      // (Nor a contents list's label, `Indholdsfortegnelse:`: what it introduces are the items.)
      const introduced = /:$/.test(t) && !isBlockHeadingLine(t) && !AGENDA_LABEL.test(t) && !AGENDA_INTRO.test(t.trim()) && !CONTENTS_LABEL_ALONE.test(t.trim()) && !statutes && groupLabel(t) === null;
      for (let j = k; j <= end; j++) cands[j]!.score -= inBlock ? 6 : introduced ? 4 : 1;
    }
    k = end + 1;
  }
}

/**
 * A title (no closing full stop) over a paragraph of its own that a blank line
 * ends (`4 Økonomi` / `Kassereren gennemgik regnskabet.` / blank): a heading
 * with a one-line body, not an entry of a list.
 */
function ownParagraph(lines: SLine[], c: Candidate, next: Candidate): boolean {
  if (/[.;,]$/.test(c.rest) || next.index <= c.index + 1) return false;
  const body = c.index + 1;
  return body + 1 < lines.length && !lines[body]!.blank && /[.!?:)]$/.test(lines[body]!.text) && lines[body + 1]!.blank;
}

/** The best chain of candidates with rising numbers, by dynamic programming. */
/** The keys a chain may end under at a number: each pattern, numbered ones also by their mark. */
const MARKS = ['', ':.', '::', ':)', ':*', ':>', ':-', ':–'];
const ENDING_KEYS = (n: number): string[] => ['punkt', 'spaced', 'bare', 'trailing', ...MARKS.map((m) => `numbered${m}`)].map((p) => `${n}:${p}`);

/** A list's usual last entry: `Eventuelt`, `Evt.`. */
const CLOSING_TITLE = /^(?:Eventuelt|Evt\.?)\s*[.:]?$/iu;

export function chooseChain(cands: Candidate[], lines?: SLine[]): { chain: Candidate[]; gaps: [Candidate, Candidate][]; renumbered: boolean } {
  interface State {
    total: number;
    prev: number;
  }
  const state: State[] = [];
  // Best state ending at each (number, pattern) so far, for O(n) transitions.
  const bestEnding = new Map<string, number>();
  cands.forEach((c, j) => {
    let total = c.score - (c.number === 1 ? 0 : 1);
    let prev = -1;
    for (let gap = 1; gap <= 4; gap++) {
      for (const key of ENDING_KEYS(c.number - gap)) {
        const i = bestEnding.get(key);
        const pattern = cands[i ?? 0]?.pattern;
        if (i === undefined) continue;
        // A number alone over its title and a number before its title on one line are one list's styles where a page's text came out unevenly.
        const kin = (pattern === 'bare' && c.pattern === 'spaced') || (pattern === 'spaced' && c.pattern === 'bare');
        // `1:` `2:` `3:` over `3.` (a point of the item before): a mark unlike the list's costs a little.
        const otherMark = pattern === c.pattern && cands[i]!.mark !== undefined && c.mark !== undefined && cands[i]!.mark !== c.mark ? 0.75 : 0;
        // `1) Godkendelse af referat` / `2) sæsonstart` / `3) julefest`: the next number on the next line, with the same mark, is the
        // list going on whatever its case (an agenda typed in small letters): its small letters cost it nothing there.
        const listed = gap === 1 && c.index === cands[i]!.index + 1 && c.mark !== undefined && c.mark === cands[i]!.mark && c.score < 0 && /^\p{Ll}/u.test(c.rest) && c.rest.split(/\s+/).length <= 12 && !/[.;]$/u.test(c.rest) ? Math.min(3.5, -c.score) : 0;
        // `8: Næste møde` / `10: Eventuelt`: a list's usual last entry after one number missing, in the list's style, ends it
        // (a list of a few entries at least).
        // (Not where the missing number stands between them: the list is another.)
        const closing = gap === 2 && c.number >= 5 && pattern === c.pattern && cands[i]!.mark === c.mark && CLOSING_TITLE.test(c.rest) && !cands.slice(i + 1, j).some((d) => d.number === c.number - 1) ? 2 : 0;
        const t = state[i]!.total + c.score + (gap === 1 ? 1 : -2.5 * (gap - 1)) + (pattern === c.pattern ? 0.5 : kin && gap === 1 ? 0 : -1.5) - otherMark + listed + closing;
        if (t > total) {
          total = t;
          prev = i;
        }
      }
    }
    // A number printed twice on lines one under the other, in the list's style (`5. Klager` / `5. Ønsker` / `6. Jul`): the
    // writer's slip; both are entries, the second numbered as printed.
    for (const key of ENDING_KEYS(c.number)) {
      const i = bestEnding.get(key);
      if (i === undefined || c.index !== cands[i]!.index + 1 || cands[i]!.pattern !== c.pattern || cands[i]!.mark !== c.mark || cands[i]!.through !== undefined || c.rest === '' || cands[i]!.rest === '') continue;
      // (Inside a tight list: the number before on the line above the first, the number after on the line under the second.)
      const inList = (d: Candidate | undefined, n: number, at: number) => d !== undefined && d.number === n && d.index === at && d.pattern === c.pattern && d.mark === c.mark;
      const before = state[i]!.prev >= 0 ? cands[state[i]!.prev] : undefined;
      if (!inList(before, c.number - 1, cands[i]!.index - 1) || !cands.some((d) => inList(d, c.number + 1, c.index + 1))) continue;
      const t = state[i]!.total + c.score + 1.5;
      if (t > total) {
        total = t;
        prev = i;
      }
    }
    state.push({ total, prev });
    const key = `${c.through ?? c.number}:${c.pattern}${c.mark !== undefined ? `:${c.mark}` : ''}`;
    const have = bestEnding.get(key);
    if (have === undefined || state[have]!.total <= total) bestEnding.set(key, j);
  });
  let bestJ = -1;
  state.forEach((s, j) => {
    // On a tie the longer chain: a heading next in sequence that adds nothing still continues it.
    if (s.total > 0 && (bestJ < 0 || s.total > state[bestJ]!.total || (s.total === state[bestJ]!.total && s.prev === bestJ))) bestJ = j;
  });
  const chain: Candidate[] = [];
  for (let j = bestJ; j >= 0; j = state[j]!.prev) chain.unshift(cands[j]!);
  // A tight list the chain stopped inside, its later entries weak (each on the line under the one before, as an agenda's
  // are): the list goes on to its last entry.
  if (chain.length >= 2 && chain.at(-1)!.index - chain.at(-2)!.index === 1) {
    for (let j = cands.indexOf(chain.at(-1)!) + 1; j < cands.length; j++) {
      const last = chain.at(-1)!;
      const c = cands[j]!;
      if (c.index - last.index > 1) break;
      if (c.number !== last.number + 1 || c.pattern !== last.pattern || c.mark !== last.mark || c.through !== undefined || c.indent !== last.indent) break;
      chain.push(c);
    }
  }
  // The list's next entry right after the chain's last, with its mark and at its depth, the lines between set further in
  // (the last entry's text): the list goes on to it however weak it reads (`5. Temadagen 13.11.: Bo har …`).
  // (From two entries on, where the list is set in from the margin, and then also on the very next line: ` 2. Siden sidst:` /
  // `  • …` / ` 3. Godkendelse af regnskab … . Den skæve periode …` / ` 4. …`.)
  if (lines !== undefined && (chain.length >= 3 || (chain.length === 2 && (chain[0]!.indent ?? 0) > 0 && chain[0]!.indent === chain[1]!.indent))) {
    for (let j = cands.indexOf(chain.at(-1)!) + 1; j < cands.length; j++) {
      const last = chain.at(-1)!;
      const c = cands[j]!;
      if (c.number !== last.number + 1 || c.pattern !== last.pattern || c.mark !== last.mark || c.through !== undefined || c.indent === undefined || c.indent !== last.indent) break;
      const between = lines.slice(last.index + 1, c.index).filter((l) => !l.blank);
      if ((between.length === 0 && c.index !== last.index + 1) || !between.every((l) => (l.indent ?? 0) > c.indent!)) break;
      chain.push(c);
    }
  }
  // One number missing between two of the chain's entries, the candidate with that number standing between them in the list's
  // style and at its depth (`2. Nyt fra byrådet` / `3. kommende valgkamp status. Lene …` / `4. Økonomi`): that entry, however
  // weak it reads (a title in small letters, run into its record).
  for (let k = 1; k < chain.length; k++) {
    const a = chain[k - 1]!;
    const b = chain[k]!;
    if (a.through !== undefined || b.number !== a.number + 2 || a.pattern !== b.pattern || a.mark !== b.mark) continue;
    const fill = cands.find((c) => c.number === a.number + 1 && c.index > a.index && c.index < b.index && c.pattern === a.pattern && c.mark === a.mark && c.through === undefined && c.indent === a.indent && c.indent === b.indent && c.rest !== '');
    if (fill) chain.splice(k, 0, fill);
  }
  const gaps: [Candidate, Candidate][] = [];
  for (let k = 1; k < chain.length; k++) if (chain[k]!.number !== (chain[k - 1]!.through ?? chain[k - 1]!.number) + 1) gaps.push([chain[k - 1]!, chain[k]!]);
  const ones = chain.length <= 1 ? repeatedOnes(cands) : null;
  if (ones) return { chain: ones, gaps: [], renumbered: true };
  const restarted = restartedLists(cands, lines);
  if (restarted && restarted.length > chain.length) return { chain: restarted, gaps: [], renumbered: true };
  const broken = brokenNumbering(cands, lines);
  if (broken && broken.length > chain.length) return { chain: broken, gaps: [], renumbered: true };
  const records = onesAfterList(cands);
  if (records) return { chain: records, gaps: [], renumbered: true };
  return { chain, gaps, renumbered: false };
}

/**
 * An agenda's tight list (`1. Bemanding` / `2. Koncerter` / … on lines one under another), then its records each numbered 1
 * again, a paragraph apart (`1. Janne har orlov …` / text / `1. Vi har muligvis en koncert …`): Word's numbering lost in the
 * minutes. The records, two or more and no more than the list's entries, are the items in order (the copy may stop before
 * the list's end); nothing else numbered may follow the list.
 */
function onesAfterList(cands: Candidate[]): Candidate[] | null {
  const start = cands.findIndex((c) => c.number === 1);
  if (start < 0) return null;
  let end = start;
  while (end + 1 < cands.length && cands[end + 1]!.number === cands[end]!.number + 1 && cands[end + 1]!.index === cands[end]!.index + 1 && cands[end + 1]!.pattern === cands[start]!.pattern) end++;
  const list = cands.slice(start, end + 1);
  const after = cands.slice(end + 1);
  if (list.length < 3 || after.length < 2 || after.length > list.length) return null;
  if (!after.every((c, k) => c.number === 1 && c.pattern === list[0]!.pattern && /^\p{Lu}/u.test(c.rest) && c.index - (k === 0 ? list.at(-1)! : after[k - 1]!).index >= 2)) return null;
  // (A list's usual last entry among them, `1. Eventuelt`, before another: more entries of a list, not records.)
  if (after.slice(0, -1).some((c) => CLOSING_TITLE.test(c.rest.trim()))) return null;
  // (Each record under its entry's title again, by its first two words, or none: `1. Meddelelser` / `1. Afbud. Der var afbud …`
  // is the first item's heading and a point of its own under it.)
  const opening = (t: string) => t.toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean).slice(0, 2).join(' ');
  const repeats = after.filter((c, k) => opening(c.rest) === opening(list[k]!.rest)).length;
  if (repeats > 0 && repeats < after.length) return null;
  return after.map((c, k) => ({ ...c, number: k + 1, agendaRecord: true }));
}

/**
 * A web page whose numbered list was cut into short lists, each numbered
 * from 1 again (`1.` `2.` `1.` `2.` `1.`): the headings in order, in one
 * style, every list short and starting at 1, rising by one within it, are
 * the items, numbered on.
 */
function restartedLists(cands: Candidate[], lines?: SLine[]): Candidate[] | null {
  const strong = restartedFrom(withoutToldAmongLabelled(outermostOnes(cands).filter((c) => c.score >= 0 && /^\p{Lu}/u.test(c.rest) && c.through === undefined)), false);
  if (strong || !lines) return strong;
  const weak = sameMargin(withoutToldAmongLabelled(outermostOnes(cands).filter((c) => /^\p{Lu}/u.test(c.rest) && c.through === undefined)));
  // (Not lists each under a title of their own, `Nyt fra kassereren:` / `1. …`: those are points under items.)
  const titled = weak.some((c) => {
    const above = lines[prevNonBlank(lines, c.index)];
    return c.number === 1 && above !== undefined && /:\s*$/u.test(above.text);
  });
  return titled ? null : restartedFrom(weak, true);
}

/**
 * Entries numbered 1 again and again whose titles end in a colon (`1. Regnskab:` / `  1. Kassereren gennemgik …`), and among
 * them, a list of one of its own, a sentence told with its verb and full stop (`1. Regnskabet blev taget til efterretning.`):
 * that one is the record of the title before it, cut from it by the list's restart. The entries without it.
 */
function withoutToldAmongLabelled(cands: Candidate[]): Candidate[] {
  const labelled = cands.filter((c) => /:$/u.test(c.rest.trim())).length;
  if (labelled < 3 || labelled * 2 <= cands.length) return cands;
  const told = (c: Candidate, k: number) =>
    k > 0 && c.number === 1 && (cands[k + 1]?.number ?? 1) === 1 && /\p{L}\.$/u.test(c.rest.trim()) && c.rest.split(/\s+/u).length >= 3 && hasFiniteVerb(c.rest);
  const dropped = cands.filter((c, k) => !told(c, k));
  return (cands.length - dropped.length) * 3 <= cands.length ? dropped : cands;
}

/** A list cut by what is written under its entries is cut often: of told entries, no piece longer than this is read so. */
const WEAK_LIST = 4;

/** The candidates set in as far as the first, where every one is (a web page's list, its entries at one margin). */
function sameMargin(cands: Candidate[]): Candidate[] {
  return cands.length > 0 && cands.every((c) => c.indent !== undefined && Math.abs(c.indent - cands[0]!.indent!) < 0.5) ? cands : [];
}

/**
 * The lists read from `strongish`. With `weak` (entries of any strength, a told sentence too: `1. Som referent valgtes …`,
 * all at one margin), only three lists or more, each following on where the one before ended, will do.
 */
function restartedFrom(strongish: Candidate[], weak: boolean): Candidate[] | null {
  if (strongish.length < 4 || strongish[0]!.number !== 1 || new Set(strongish.map((c) => c.pattern)).size > 1) return null;
  let lists = 1;
  let run = 1;
  for (let k = 1; k < strongish.length; k++) {
    const c = strongish[k]!;
    const prev = strongish[k - 1]!;
    if (c.number === 1) {
      lists++;
      run = 1;
    } else if (c.number === prev.number + 1) run++;
    else return null;
    if (run > 8) return null;
  }
  // Short lists, or longer ones none of whose titles comes again (an agenda, then its records, repeats them).
  const titles = strongish.map((c) => c.rest.toLowerCase().replace(/[.:]$/u, '').trim());
  const longest = Math.max(...strongish.map((c) => c.number));
  if (longest > 3 && new Set(titles).size < titles.length) return null;
  // Two lists will do where no entry stands right under another (no agenda's tight list) and no title comes again.
  // Each list's entries over text of their own, half of them at least (an agenda's entries stand over nothing).
  const firstList = strongish.slice(0, strongish.findIndex((c, k) => k > 0 && c.number === 1));
  // (Not an agenda's tight list and then its records each numbered 1 (`1. Bemanding` / `2. Koncerter` / … / `1. Janne har orlov …` /
  // `1. Vi har …`): Word's numbering lost in the minutes after the agenda, not one list cut up.)
  const tightFirst = firstList.length >= 3 && firstList.every((c, k) => k === 0 || c.index - firstList[k - 1]!.index <= 1);
  if (tightFirst && strongish.slice(firstList.length).every((c) => c.number === 1)) return null;
  const over = (l: Candidate[]) => l.filter((c) => c.overText).length * 2 >= l.length;
  const apart = strongish.every((c, k) => k === 0 || c.index - strongish[k - 1]!.index >= 2) && new Set(titles).size === titles.length && over(firstList) && over(strongish.slice(firstList.length));
  // (Two lists will do where each has three entries or more and no title comes again: `1. Bo orienterede …` / `2. Siden sidst` /
  // `3. Kommende` / `1. Regnskab` / `2. Eva laver …` / `3. Generalforsamling`.)
  // (Not an agenda, then its records under the same numbers: the agenda's entries stand over nothing, and an entry and its record
  // share a word: `3. Formandens beretning` / … / `3. Beretning: …`.)
  const words = (c: Candidate) => new Set(c.rest.toLowerCase().split(/[^\p{L}]+/u).slice(0, 4).filter((w) => w.length >= 5));
  const echoed = strongish.slice(firstList.length).some((c) => firstList.some((d) => d.number === c.number && [...words(c)].some((w) => words(d).has(w))));
  const twoFull = lists === 2 && firstList.length >= 3 && strongish.length - firstList.length >= 3 && new Set(titles).size === titles.length && over(firstList) && !echoed;
  if (weak) return (lists >= 3 || twoFull) && longest <= WEAK_LIST ? strongish.map((c, k) => ({ ...c, number: k + 1 })) : null;
  return lists >= 3 || (lists === 2 && apart) ? strongish.map((c, k) => ({ ...c, number: k + 1 })) : null;
}

/** A title before a colon opening an entry (`Regnskab: Kassereren fremlagde …`), or a usual item's title. */
const TITLED_ENTRY = (c: Candidate) => USUAL_TITLE.test(c.rest) || /^\p{Lu}[^:.]{2,40}:\s/u.test(c.rest);

/**
 * One list on lines one under another whose numbering starts at 1 again
 * partway (`1. …` `2. …` `1. Regnskab: …` `2. Forslag: …` `3. …`), Word's
 * automatic numbering broken in two: the entries in order, numbered on, when
 * those after each new start are items' titles (half of them or more).
 */
function brokenNumbering(cands: Candidate[], lines?: SLine[]): Candidate[] | null {
  let best: Candidate[] | null = null;
  for (let s = 0; s < cands.length; s++) {
    if (cands[s]!.number !== 1) continue;
    let e = s;
    const starts: number[] = [];
    // (`5. Forslag …` / `5.1. § 7 …` / `5.2. …` / `1. Kontingent …`: the list broken by its last entry's own points starts again.)
    let nested = false;
    while (e + 1 < cands.length) {
      const a = cands[e]!;
      const b = cands[e + 1]!;
      if (b.pattern !== a.pattern || b.mark !== a.mark || b.through !== undefined) break;
      if (b.index !== a.index + 1) {
        if (b.number !== 1 || a.number < 2 || !lines || !pointsOf(lines, a, b.index)) break;
        nested = true;
        starts.push(++e);
        continue;
      }
      if (b.number === a.number + 1) e++;
      else if (b.number === 1 && a.number >= 2) starts.push(++e);
      else break;
    }
    const run = cands.slice(s, e + 1);
    if (starts.length > 0 && run.length >= 4) {
      const after = cands.slice(starts[0]!, e + 1);
      // An agenda, then its records under the same numbers and titles (`1. Valg af dirigent` … `1. Valg af dirigent Bo Dal blev valgt`), is no broken list.
      const head = (c: Candidate) => c.rest.toLowerCase().replace(/[^\p{L}\d ]/gu, '').split(/\s+/).slice(0, 3).join(' ');
      const again = after.some((c) => run.slice(0, starts[0]! - s).some((d) => d.number === c.number && head(d) === head(c)));
      if (!again && after.length >= 2 && (nested || after.filter(TITLED_ENTRY).length * 2 >= after.length) && (best === null || run.length > best.length)) best = run;
    }
    s = e;
  }
  return best ? best.map((c, k) => ({ ...c, number: k + 1 })) : null;
}

/**
 * Whether every line between an entry and `end` is blank or one of its own points, numbered by its number (`5.1.`, `5.2`);
 * in a PDF, a point's sentences the page set on lines of their own may follow it (`5.3. Orientering om …` / `Det får ingen …`).
 */
function pointsOf(lines: SLine[], entry: Candidate, end: number): boolean {
  const own = new RegExp(`^\\s*${entry.number}\\.\\d+\\.?\\s`, 'u');
  const between = lines.slice(entry.index + 1, end).filter((l) => !l.blank);
  if (between.length === 0 || !own.test(between[0]!.text)) return false;
  if (between.length <= 9 && between.every((l) => own.test(l.text))) return true;
  const points = between.filter((l) => own.test(l.text)).length;
  return between.length <= 16 && points >= 2 && between.every((l) => own.test(l.text) || (l.x !== undefined && !/^\s*\d/u.test(l.text) && !isBlockHeadingLine(l.text)));
}

/**
 * ` 1. Kommunalvalg` / `  1. Drøftelse …` / `  2. Kommunalvalg` / ` 1. Nyt fra Regionen`: where every item is
 * numbered `1.`, a heading further in than the outermost `1.` before it is a point under that item.
 */
function outermostOnes(cands: Candidate[]): Candidate[] {
  const outer = Math.min(...cands.filter((c) => c.number === 1).map((c) => c.indent ?? 0));
  const deeper = (c: Candidate) => c.indent !== undefined && c.indent > outer + 0.5 && cands.some((d) => d.number === 1 && d.index < c.index && (d.indent ?? 0) <= outer + 0.5);
  return cands.some(deeper) ? cands.filter((c) => !deeper(c)) : cands;
}

/** Candidates for a heading, each as printed `1.`, that may all be items. */
const MIN_REPEATED = 3;
const MIN_REPEATED_SCORE = 3;

/** How many words an entry's line holds, its record run on after its title, to be a paragraph of its own (see repeatedOnes). */
const RUN_IN_PARAGRAPH_WORDS = 10;

/**
 * Word's automatic numbering lost on the way to PDF or text prints every item
 * as `1.`: with no chain of rising numbers, three or more strong headings all
 * numbered 1, in one pattern, are the items, numbered in order.
 */
function repeatedOnes(cands: Candidate[]): Candidate[] | null {
  // Each `1.` after another gets little support from its neighbours: a lower bar, with some strong ones among them.
  // A title in small letters when it is a usual one (`1. godkendelse af dagsorden`), or after a stray colon (`1. : Kurser`).
  // (Or a year first: `1. 2031 Aktivitetsplan`.)
  const titled = (c: Candidate) => /^(?::\s*)?\p{Lu}/u.test(c.rest) || (/^\p{Ll}/u.test(c.rest) && USUAL_TITLE.test(c.rest)) || /^(?:19|20)\d\d\s+\p{Lu}/u.test(c.rest);
  cands = outermostOnes(cands);
  const ones = cands.filter((c) => c.number === 1 && (c.score >= 1 || (c.score > -2 && /^:\s*\p{Lu}/u.test(c.rest))) && titled(c));
  const strong = ones.filter((c) => c.score >= MIN_REPEATED_SCORE).length;
  // Four or more, each over a paragraph of its own (never one line under another, as a list's are), need only one strong one.
  const spaced = ones.every((c, k) => k === 0 || c.index - ones[k - 1]!.index > 2);
  const apart = ones.length >= 4 && spaced;
  // Three a paragraph apart, two of them usual items' titles (`1. Valg af dirigent` / … / `1. Valg af stemmetællere` / …): items without a strong one.
  // Four or more with a line of text under each (`1. Siden sidst` / `  Godkendt` / `1. …`) will do too.
  const underEach = ones.length >= 4 && ones.every((c, k) => k === 0 || c.index - ones[k - 1]!.index >= 2);
  const usual = (spaced || underEach) && ones.filter((c) => USUAL_TITLE.test(c.rest)).length >= 2;
  // No heading anywhere numbered 2, four or more numbered 1 a paragraph apart, one of them a fair heading: Word's numbering lost, weak ones and all.
  const lonely = cands.filter((c) => c.number === 1 && c.score > -4 && titled(c));
  // (An entry whose record runs on after its title and a colon, a paragraph in itself (`1. Kurser: Provstiet udbyder … kurser.`), stands apart
  // from the next a blank line under it as one with lines under it does: a page that wrapped it gives it those lines.)
  const apartFrom = (prev: Candidate, c: Candidate) => c.index - prev.index > 2 || (c.index - prev.index === 2 && /^(?::\s*)?[^:.!?]{3,80}:\s+\S/u.test(prev.rest) && prev.rest.split(/\s+/u).length >= RUN_IN_PARAGRAPH_WORDS);
  // Three will do when each has two lines or more under it (`1. Økonomi` / `• Kassen …` / `• Budget …` / `1. Sager til beslutning` / …).
  const roomy = lonely.every((c, k) => k === 0 || apartFrom(lonely[k - 1]!, c));
  // (Five or more may have one entry of a single line right over the next: `1. Referatet godkendt.` / `1. Bo orienterede om …`.)
  const close = lonely.filter((c, k) => k > 0 && !apartFrom(lonely[k - 1]!, c)).length;
  if (!cands.some((c) => c.number === 2) && (lonely.length >= 4 || (lonely.length === 3 && roomy)) && lonely.some((c) => c.score >= 1) && new Set(lonely.map((c) => c.pattern)).size === 1 && (close === 0 || (close === 1 && lonely.length >= 5))) {
    return lonely.map((c, k) => ({ ...c, number: k + 1 }));
  }
  // Two only (a copy cut short), one a usual item's title, a paragraph apart (`1. Valg af dirigent` / … / `1. Formandens beretning`), none numbered 2 anywhere.
  if (ones.length === 2 && spaced && ones.some((c) => USUAL_TITLE.test(c.rest)) && ones[0]!.pattern === ones[1]!.pattern && !cands.some((c) => c.number === 2)) return ones.map((c, k) => ({ ...c, number: k + 1 }));
  // (Or one of the two weaker, where both are usual items' titles: `1. Valg af dirigent.` / … / `1. Beretning om foreningens virksomhed …`.)
  const pair = cands.filter((c) => c.number === 1 && c.score > -2 && titled(c));
  if (pair.length === 2 && pair[1]!.index - pair[0]!.index > 2 && pair.every((c) => USUAL_TITLE.test(c.rest)) && pair.some((c) => c.score >= 1) && pair[0]!.pattern === pair[1]!.pattern && !cands.some((c) => c.number === 2)) return pair.map((c, k) => ({ ...c, number: k + 1 }));
  if (ones.length < MIN_REPEATED || strong < (usual ? 0 : apart ? 1 : 2) || new Set(ones.map((c) => c.pattern)).size > 1) return null;
  // Headings a paragraph apart: a weak `1.` in the same style between them (`1. Vi har søgt om tilskud.`) is one of them too,
  // when it stands a paragraph apart from its neighbours as well.
  let all = ones;
  if (apart || usual) {
    const weak = cands.filter((c) => c.number === 1 && c.score < 1 && c.score > -3 && c.pattern === ones[0]!.pattern && titled(c));
    const merged = [...ones, ...weak].sort((a, b) => a.index - b.index);
    all = merged.filter((c, k) => ones.includes(c) || ((k === 0 || c.index - merged[k - 1]!.index > 2) && (k + 1 === merged.length || merged[k + 1]!.index - c.index > 2)));
  }
  return withoutToldAmongLabelled(all).map((c, k) => ({ ...c, number: k + 1 }));
}

/** The shortest run of numbered paragraphs read as the items when nothing else is. */
const MIN_PARAGRAPH_RUN = 3;
/** How many numbers a run of numbered paragraphs may skip at a step. */
const MAX_SKIP = 2;

/**
 * Numbered paragraphs, one number after the other, each opening a paragraph
 * of its own (`1. Referat af mødet den 6. juni Godkendt.` / blank /
 * `2. Siden sidst Beboerlokalet lukkes …`): the items, when no heading was
 * found otherwise (the paragraphs are long and read as text). A title that runs
 * into its text with no mark between is split where a capitalised word follows
 * a small word or a number (`Siden sidst | Beboerlokalet lukkes`).
 */
export function paragraphRun(lines: SLine[], cands: Candidate[]): Candidate[] {
  const opens = (c: Candidate) => {
    const p = prevNonBlank(lines, c.index);
    // `Punkt 3. forslag til …`: after `Punkt` the title may begin in lower case.
    const capital = /^\p{Lu}/u.test(c.rest) || (c.pattern === 'punkt' && /^\p{Ll}/u.test(c.rest));
    // (Or set out to the left of the line above it: a hanging list's entry, its text indented under it.)
    const outdented = p >= 0 && (lines[c.index]!.indent ?? 0) < (lines[p]!.indent ?? 0);
    return (p < 0 || c.index - p > 1 || lines[c.index]!.opensParagraph === true || outdented) && capital && (c.pattern === 'numbered' || c.pattern === 'punkt');
  };
  const longest = (skip: number) => {
    let best: Candidate[] = [];
    let run: Candidate[] = [];
    for (const c of cands) {
      const last = run[run.length - 1];
      if (opens(c) && last && c.number > last.number && c.number <= last.number + skip + 1) run.push(c);
      else run = opens(c) ? [c] : [];
      if (run.length > best.length) best = [...run];
    }
    return best;
  };
  // One number after another; or a longer run from 1 that skips a number or two at a step (items with nothing recorded,
  // `2.` / `4.` / `6.`).
  let best = longest(0);
  const skipping = longest(MAX_SKIP);
  if (skipping.length > best.length && skipping[0]!.number === 1) best = skipping;
  // Two (a copy cut short) when they start at 1 and both open with a usual item's title (`1. Valg af stemmetællere Bo Dal …` / `2. Formandens beretning …`).
  const usualPair = best.length === 2 && best[0]!.number === 1 && best.every((c) => USUAL_TITLE.test(c.rest));
  if (best.length < MIN_PARAGRAPH_RUN && !usualPair) return [];
  return best.map((c) => {
    const split = gluedTitle(c.rest);
    if (split) return { ...c, rest: split.title, gluedText: split.text };
    // `1. Bo Dal blev valgt som dirigent …`: a sentence of what was done, no title.
    return TOLD_ENTRY.test(c.rest) && !USUAL_TITLE.test(c.rest) ? { ...c, rest: '', gluedText: c.rest } : c;
  });
}

/** A numbered paragraph that opens with what was done, its verb in the first six words: `Bo Dal blev valgt som dirigent.`, `Formanden bød velkommen og …`. */
export const TOLD_ENTRY = new RegExp(`^\\p{Lu}\\S*(?:\\s+\\S+){0,4}?\\s+(?:${CLAUSE_VERB_WORDS})(?!\\p{L})(?:\\s+\\S+){3,}`, 'u');

/** A numbered list entry: `3. Budget Halvårsregnskab`. */
const LIST_ENTRY = /^(\d{1,3})([.)])\s+(\S.*)$/u;

/**
 * A list whose numbers skip one (`3. Budget Halvårsregnskab` / `5. Beretning`)
 * where the entry before the gap holds two titles: the number was lost in
 * extraction (a transcript that drops digits). The entry is split before its
 * first capitalised word that may open a title (not after `på`, `af`, …) and
 * the second part gets the lost number, as its own line. Only where no line
 * anywhere carries that number. Returns the numbers restored and their lines.
 */
export function restoreLostNumbers(lines: SLine[]): { number: number; index: number; listed: boolean }[] {
  const restored: { number: number; index: number; listed: boolean }[] = [];
  const printed = new Set<string>();
  for (const l of lines) {
    const m = l.blank ? null : LIST_ENTRY.exec(l.text);
    if (m) printed.add(m[1]!);
  }
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    const ma = a.blank ? null : LIST_ENTRY.exec(a.text);
    if (!ma) continue;
    const j = nextNonBlank(lines, i);
    const mb = j < lines.length && j - i <= 2 ? LIST_ENTRY.exec(lines[j]!.text) : null;
    const n = Number(ma[1]);
    if (!mb || Number(mb[1]) !== n + 2 || mb[2] !== ma[2] || printed.has(String(n + 1))) continue;
    const words = ma[3]!.split(/\s+/);
    if (words.length > 12) continue;
    let at = -1;
    for (let k = 1; k < words.length; k++) {
      const prev = words[k - 1]!;
      if (/^\p{Lu}/u.test(words[k]!) && !TITLE_CANNOT_END.test(prev) && !/[,:;–-]$/.test(prev)) {
        at = k;
        break;
      }
    }
    if (at < 0) continue;
    const first = words.slice(0, at).join(' ');
    const second = words.slice(at).join(' ');
    lines.splice(i, 1, { ...a, text: `${n}${ma[2]} ${first}` }, { ...a, text: `${n + 1}${ma[2]} ${second}` });
    printed.add(String(n + 1));
    restored.push({ number: n + 1, index: i + 1, listed: false });
    i++;
  }
  return restored;
}

/** An entry's last word with the next list's first number glued to it: `… handlingsplaner174. Godkendelse …`. */
const GLUED_ENTRY = /^(\d{1,3}[.)]\s+\S.*?[\p{Ll})])(\d{1,3})([.)]\s+\p{Lu}.*)$/u;

/** What every glued section has (a letter or a mark, one or two digits, a full stop and a space): tested before the costly pattern. */
const MAY_BE_GLUED = /[\p{L}.!?)"”]\d{1,2}\.\s/u;
/** A number glued to a word in small letters or a sentence's end, then a heading: `… referatet.2. Budget`, `Godkendt3. Notat`. */
const GLUED_SECTION_GAP = /^(.*(?:\p{Ll}{3}|\p{L}[.!?]|[)"”]))(\d{1,2})\.\s+(\p{L}.{1,80})$/u;

/** A line that ends in a number and a capitalised title after a space: `… Eva og Bo 2. Dirigent og referent`. */
const GLUED_SPACED = /^(.*[\p{L}.!?)"”])\s+(\d{1,2})\.\s+(\p{Lu}.{1,120})$/u;
/** A month's name first: a date's day before it, not a number of a section (`2. Marts`). */
const MONTH_FIRST = new RegExp(`^(?:${Object.keys(MONTHS).join('|')})\\b`, 'iu');

/** A paragraph's last sentence with the next section's number and title run on after its full stop: `… næste år.3. Regnskab`. */
const GLUED_SECTION = /^(.*(?:\p{L}[)"”]?\s?[.!?]|\p{Ll}\)))(\d{1,2})\.\s+(\p{Lu}.{1,80})$/u;

/**
 * A list's last entry run together with what follows it, which opens with an
 * entry's number that the list itself has (`176. Budgetrevision 2 og
 * handlingsplaner174. Godkendelse af dagsorden`): cut into two lines.
 */
export function splitGluedEntries(lines: SLine[]): void {
  /** A line above numbered one less (`3. …` above a glued `4.`), its title capitalised or in any case. */
  const numberedAbove = (n: number, i: number, capital: boolean): boolean => {
    const before = new RegExp(`^\\s*${n - 1}\\.\\s+${capital ? '\\p{Lu}' : '\\S'}`, 'u');
    return lines.slice(0, i).some((o) => !o.blank && before.test(o.text));
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // Both glued sections' patterns are costly to try; a cheap look first.
    const mayGlue = !l.blank && MAY_BE_GLUED.test(l.text);
    const section = mayGlue ? GLUED_SECTION.exec(l.text) : null;
    // The next section's heading run on after a paragraph's last full stop (`… uden anmærkninger.4. Andet`): the heading of the number after one above,
    // or the first section after a bracket that ends the header's last line (`… Facius (referent)1. ORIENTERING: Velkomst`).
    const sectionSplits = section !== null && section[3]!.split(/\s+/).length <= 10 && !/[.:;,!?]$/u.test(section[3]!.trim()) && (Number(section[2]!) > 1 ? numberedAbove(Number(section[2]!), i, true) : section[1]!.endsWith(')'));
    // `… godkendtes referatet.2. Budget 2015,`, `Godkendt3. Notat …`: a section's number glued to the text before it (a word processor's
    // list, its gap lost); the heading of the number after one above, in any case, short, and no sentence.
    const gap = mayGlue && !sectionSplits ? GLUED_SECTION_GAP.exec(l.text) : null;
    const words = gap ? gap[3]!.split(/\s+/).length : 0;
    // `11. Eventuelt1. Stemmetællere: …`: the first section glued to the agenda's last entry (itself numbered, one above it numbered too).
    const entry = gap !== null && Number(gap[2]!) === 1 ? /^\s*(\d{1,2})[.)]\s+\p{L}/u.exec(gap[1]!) : null;
    const afterList = entry !== null && Number(entry[1]!) >= 3 && numberedAbove(Number(entry[1]!), i, false);
    const gapSplits = gap !== null && words <= 12 && !(words >= 5 && /[.!?]$/u.test(gap[3]!)) && ((Number(gap[2]!) > 1 && numberedAbove(Number(gap[2]!), i, false)) || afterList);
    // `Afbud fra Eva og Bo 2. Dirigent og referent`: the next number and its title run on after a space (the line break lost),
    // the number after one that opens a line above, not opening any line itself, and no date or reference (`den 2. marts`, `pkt. 2.`).
    const spaced = !sectionSplits && !gapSplits && !l.blank && /\s\d{1,2}\.\s+\p{Lu}/u.test(l.text) ? GLUED_SPACED.exec(l.text) : null;
    const spacedN = spaced ? Number(spaced[2]!) : 0;
    const spacedSplits =
      spaced !== null &&
      spacedN > 1 &&
      spaced[3]!.split(/\s+/u).length <= 16 &&
      !MONTH_FIRST.test(spaced[3]!) &&
      !/(?:\b(?:den|d\.|nr\.?|kl\.?|pkt\.?|punkt|punkterne|jf\.?|og|til|§)|\d)$/iu.test(spaced[1]!) &&
      (numberedAbove(spacedN, i, true) || new RegExp(`^\\s*${spacedN - 1}\\.\\s+\\p{Lu}`, 'u').test(spaced[1]!)) &&
      !lines.some((o, k) => {
        const e = k !== i && !o.blank ? LIST_ENTRY.exec(o.text.trim()) : null;
        return e !== null && e[1] === String(spacedN) && e[2] === '.';
      });
    // `7. Kontingent samt budget for` / `indeværende år 8. Valg til bestyrelsen`: the entry above wrapped, its tail before the next number.
    if (spacedSplits && !/^\s*\d/u.test(spaced[1]!)) {
      let k = i - 1;
      while (k >= 0 && lines[k]!.blank) k--;
      if (k >= 0 && new RegExp(`^\\s*${spacedN - 1}\\.\\s`, 'u').test(lines[k]!.text) && /\s(?:for|af|og|til|i|med|om|på|samt|fra|ved)$/u.test(lines[k]!.text)) {
        lines[k] = { ...lines[k]!, text: `${lines[k]!.text} ${spaced[1]!.trim()}` };
        lines.splice(i, 1, { ...l, text: `${spacedN}. ${spaced[3]!}` });
        continue;
      }
    }
    const glued = sectionSplits ? section : gapSplits ? gap : spacedSplits ? spaced : null;
    if (glued) {
      lines.splice(i, 1, { ...l, text: glued[1]! }, { ...l, text: `${Number(glued[2]!)}. ${glued[3]!}` });
      i++;
      continue;
    }
    const m = l.blank ? null : GLUED_ENTRY.exec(l.text);
    if (!m) continue;
    const n = m[2]!;
    if (!lines.some((o, k) => k !== i && !o.blank && o.text.startsWith(`${n}${m[3]!.charAt(0)} `))) continue;
    lines.splice(i, 1, { ...l, text: m[1]! }, { ...l, text: `${n}${m[3]!}` });
    i++;
  }
}

/** Bare numbers, one a line, this many at least, read as a table's number column. */
const MIN_COLUMN = 3;

/**
 * A contents table whose columns came out one after the other: its numbers
 * one a line (`79.` / `80.` / … / `90.`), then as many titles one a line
 * (a title wrapped onto a line in small letters goes on with it). Each number
 * gets its title on its line (`79. Meddelelser`); the title lines are left
 * blank. Returns how many were joined.
 */
export function zipNumberColumn(lines: SLine[]): number {
  let joined = 0;
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!.blank ? null : /^(\d{1,3})\.?$/u.exec(lines[i]!.text.trim());
    if (!first) continue;
    const numbers: number[] = [i];
    const numberAt = (k: number) => Number(/^(\d{1,3})\.?$/u.exec(lines[k]!.text.trim())?.[1] ?? NaN);
    let j = i + 1;
    while (j < lines.length && !lines[j]!.blank && numberAt(j) === Number(first[1]) + numbers.length) numbers.push(j++);
    if (numbers.length < MIN_COLUMN) {
      i = j - 1;
      continue;
    }
    // The titles: as many as the numbers, each a line opening with a capital; a line in small letters goes on with the one before.
    const titles: { text: string; at: number[] }[] = [];
    let k = j;
    while (k < lines.length && titles.length <= numbers.length) {
      const l = lines[k]!;
      if (l.blank) {
        k++;
        continue;
      }
      const t = l.text.trim();
      if (/^\d/u.test(t)) break;
      const last = titles[titles.length - 1];
      if (/^\p{Ll}/u.test(t) && last) {
        last.text += ` ${t}`;
        last.at.push(k);
      } else if (/^\p{Lu}/u.test(t) && titles.length < numbers.length) titles.push({ text: t, at: [k] });
      else break;
      k++;
    }
    if (titles.length !== numbers.length) {
      i = j - 1;
      continue;
    }
    numbers.forEach((n, m) => {
      lines[n] = { ...lines[n]!, text: `${Number(first[1]) + m}. ${titles[m]!.text}` };
      for (const at of titles[m]!.at) lines[at] = { ...lines[at]!, text: '', blank: true };
    });
    joined += numbers.length;
    i = k - 1;
  }
  return joined;
}

/** What opens a table of contents or an agenda's list: `Indholdsfortegnelse`, `Åben dagsorden`, `Dagsorden:`. */
const LIST_OPENER = /^(?:Indholdsfortegnelse|Indhold|(?:Åben|Åbent|Lukket)\s+dagsorden|Dagsorden(?:en)?)\s*:?$/iu;
/** A number alone on its line, or before a title: the entry whose number survived. */
const ENTRY_NUMBER = /^(\d{1,2})(?:[.)]?\s+\p{Lu}.*|[.)]?)$/u;

/** The most lines read as a list's own lines, entries and their points, before its first surviving number. */
const MAX_LIST_LINES = 40;
/** A point under an entry (`a: …`, `b.- …`, `- …`), not an entry. */
const POINT_LINE = /^(?:[a-zæøå](?:[.):]|\.-)|[-–•·*]\s)/u;
/** A note told under an entry's points (`Bestyrelsen foreslår Bo Dal.`): a sentence with a verb of its own. */
const TOLD_NOTE = new RegExp(`(?<!\\p{L})(?:${CLAUSE_VERB_WORDS}|modtager)(?!\\p{L})`, 'iu');

/**
 * The entries of a list printed a line each with no numbers, among the points under them: every line that opens in a
 * capital but a point (`a: …`) and a note told after a point; null where an entry is too long to be one (over 16 words).
 */
function entriesOfLines(lines: SLine[], block: number[]): number[] | null {
  const entries: number[] = [];
  let underPoint = false;
  for (const at of block) {
    const t = lines[at]!.text.trim();
    if (POINT_LINE.test(t)) {
      underPoint = true;
      continue;
    }
    if (underPoint && TOLD_NOTE.test(t)) continue;
    if (!/^\p{Lu}/u.test(t) || t.split(/\s+/u).length > 16 || TOLD_NOTE.test(t)) return null;
    underPoint = false;
    entries.push(at);
  }
  return entries;
}

/**
 * A table of contents whose first numbers were lost (a single-digit column
 * dropped in extraction): after its opener (`Åben dagsorden`), exactly N−1
 * paragraphs of one to three lines stand before the first entry that kept
 * its number N. Those are entries 1 … N−1, numbered in place. Returns the
 * numbers restored and their lines.
 */
export function restoreListStart(lines: SLine[]): { number: number; index: number; listed: boolean }[] {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.blank || !LIST_OPENER.test(lines[i]!.text.trim())) continue;
    // The paragraphs after the opener, up to the first line with a number.
    const paragraphs: number[][] = [];
    let j = i + 1;
    let current: number[] = [];
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.blank) {
        if (current.length > 0) paragraphs.push(current);
        current = [];
        continue;
      }
      if (ENTRY_NUMBER.test(l.text.trim()) || /^\d/.test(l.text.trim())) break;
      current.push(j);
      // (A block longer than an entry's three lines is read on only while it may be the list's lines themselves.)
      if ((current.length > 3 && (paragraphs.length > 0 || current.length > MAX_LIST_LINES)) || paragraphs.length > 30) break;
    }
    if (current.length > 0) paragraphs.push(current);
    const m = j < lines.length ? ENTRY_NUMBER.exec(lines[j]!.text.trim()) : null;
    if (m && Number(m[1]) >= 3 && paragraphs.length === 1) {
      // One block of lines, the list's lines with no blank between (`Valg af dirigent.` / … / `a: Bestyrelsen foreslår …` /
      // `8. Valg af kranførere`): each line an entry but the points under one and the notes after those points.
      const lineEntries = entriesOfLines(lines, paragraphs[0]!);
      if (lineEntries !== null && lineEntries.length === Number(m[1]) - 1) {
        return lineEntries.map((at, k) => {
          lines[at] = { ...lines[at]!, text: `${k + 1}. ${lines[at]!.text.trim()}` };
          return { number: k + 1, index: at, listed: true };
        });
      }
    }
    if (!m || Number(m[1]) < 3 || paragraphs.length !== Number(m[1]) - 1) continue;
    const readsAsEntries = paragraphs.every((p) => p.length <= 3 && /^\p{Lu}/u.test(lines[p[0]!]!.text.trim()) && p.map((k) => lines[k]!.text).join(' ').length <= 240 && p.slice(1).every((k) => /^\p{Ll}/u.test(lines[k]!.text.trim()) || WRAPS_ON.test(lines[k - 1]!.text.trim())));
    if (!readsAsEntries) continue;
    const restored = paragraphs.map((p, k) => {
      const at = p[0]!;
      lines[at] = { ...lines[at]!, text: `${k + 1}. ${lines[at]!.text.trim()}` };
      return { number: k + 1, index: at, listed: true };
    });
    return restored;
  }
  return [];
}

/** An entry that runs its title into its record after a colon (`4. Kassereren fremlægger budgettet: Astrid foreslog …`). */
const TITLED_RUN_IN = /^(\d{1,2})[.)]\s+(\p{Lu}[^:]{2,120}?):\s+\S/u;
/** A paragraph shaped so, unnumbered: a title of a few words, a colon, what was said. */
const UNNUMBERED_RUN_IN = /^\p{Lu}[^:]{2,120}?:\s+\S/u;

/**
 * A web list whose first numbers were lost, its entries each a title run into its record after a colon: N−1 paragraphs
 * shaped so (`Valg af dirigent: Bo Dal valgtes`, a blank line apart) right before the first entry that kept its number N,
 * itself and the next one shaped so (`4. Kassereren fremlægger …: …` / `5. Valg af formand: …`). Those are entries 1 … N−1,
 * numbered in place. Returns the numbers restored and their lines.
 */
export function restoreRunInStart(lines: SLine[]): { number: number; index: number; listed: boolean }[] {
  const paragraphText = (k: number) => {
    let t = '';
    for (let i = k; i < lines.length && !lines[i]!.blank; i++) t += ` ${lines[i]!.text.trim()}`;
    return t.trim();
  };
  // (A paragraph's text, its lines joined: a PDF wraps a long title before its colon, `4. Kassereren fremlægger … og` /
  // `foreslår næste års kontingent: Astrid …`.)
  const runIn = (i: number) => !lines[i]!.blank && (i === 0 || lines[i - 1]!.blank) && TITLED_RUN_IN.test(paragraphText(i));
  const at = lines.findIndex((_, i) => runIn(i));
  // (The document's first numbered line: with entries numbered before it, no numbers were lost at the list's start.)
  if (at < 0 || lines.some((l, i) => i < at && !l.blank && /^\s*\d{1,3}[.)]?\s+\p{L}/u.test(l.text))) return [];
  const n = Number(TITLED_RUN_IN.exec(paragraphText(at))![1]);
  const next = lines.findIndex((l, i) => i > at && !l.blank && /^\d{1,2}[.)]\s/u.test(l.text.trim()));
  if (n < 2 || n > 6 || next < 0 || !runIn(next) || Number(TITLED_RUN_IN.exec(paragraphText(next))![1]) !== n + 1) return [];
  // The paragraphs right above, first lines (a blank line apart; a paragraph may have wrapped lines).
  const starts: number[] = [];
  for (let i = at - 1; i >= 0 && starts.length < n; i--) {
    if (lines[i]!.blank) continue;
    let first = i;
    while (first > 0 && !lines[first - 1]!.blank) first--;
    starts.unshift(first);
    i = first;
  }
  if (starts.length < n - 1) return [];
  const entries = starts.slice(-(n - 1));
  // (The paragraph before them, if any, is none of them: the document's title or a header's line.)
  const before = starts.length === n ? lines[starts[0]!]!.text.trim() : '';
  // (Each a title of a few words, no block's heading or label, `Referat:`, `Baggrund:`, `Bilag:`.)
  const entryLike = (text: string) => {
    const title = text.split(':')[0]!.trim();
    return UNNUMBERED_RUN_IN.test(text) && title.split(/\s+/u).length <= RUN_IN_TITLE_WORDS && blockKind(title) === null && groupLabel(title) === null;
  };
  if (!entries.every((k) => entryLike(paragraphText(k))) || UNNUMBERED_RUN_IN.test(before)) return [];
  return entries.map((k, j) => {
    lines[k] = { ...lines[k]!, text: `${j + 1}. ${lines[k]!.text.trim()}` };
    return { number: j + 1, index: k, listed: true };
  });
}
/** The most words a title run into its record after a colon has. */
const RUN_IN_TITLE_WORDS = 14;

/** A web list's own marker before the number the text prints: `  1. 4  Formandens beretning`, `  1. 2.Beretning`. */
const MARKER_BEFORE_NUMBER = /^(\s*)1[.)]\s+(\d{1,2})(?:\s+|[.)](?=\p{Lu}))(?=\S)/u;

/**
 * Numbered points copied from a web page whose list restarted at each point, its marker `1.` kept before the printed
 * number (`1. 1  Bo Dal blev valgt …` / `1. 4  Formandens beretning: …`): the printed number is the entry's. Two such
 * lines at least, with different printed numbers. Returns how many lines were mended.
 */
export function dropListMarkers(lines: SLine[]): number {
  const marked = lines.flatMap((l, i) => (!l.blank && MARKER_BEFORE_NUMBER.test(l.text) ? [i] : []));
  if (marked.length < 2 || new Set(marked.map((i) => MARKER_BEFORE_NUMBER.exec(lines[i]!.text)![2])).size < 2) return 0;
  for (const i of marked) lines[i] = { ...lines[i]!, text: lines[i]!.text.replace(MARKER_BEFORE_NUMBER, '$1$2. ') };
  return marked.length;
}

/** An entry numbered one: `1. Velkomst`, `  1) Godkendelse af dagsorden`. */
const ONE_ENTRY = /^1[.)]\s+\p{Lu}/u;

/**
 * A list whose numbering restarted at every entry (a web page's `<ol>` cut by what is written under each entry):
 * K entries numbered `1.` one after another, then the entry numbered K+1 (`1. Velkomst` / … / `1. Økonomi` / `5. Lukket
 * møde`). The ones are entries 1 … K, numbered in place. Returns the numbers restored and their lines.
 */
export function restoreRepeatedOnes(lines: SLine[]): { number: number; index: number; listed: boolean; followed: boolean }[] {
  const ones: number[] = [];
  // Every entry of the document numbered one (`  1. Budget: …` / `  1. Klager: …`), two or more at one depth: the list restarted
  // at each of them, with no entry after to show it.
  let otherNumber = false;
  const restore = (followed: boolean) =>
    ones.map((at, k) => {
      lines[at] = { ...lines[at]!, text: lines[at]!.text.replace(/^(\s*)1(?=[.)])/u, `$1${k + 1}`) };
      return { number: k + 1, index: at, listed: false, followed };
    });
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.blank ? '' : lines[i]!.text.trim();
    const m = LIST_ENTRY.exec(t);
    if (!m) {
      // (`2.Cafearrangement:` numbered by hand, no space after its mark: the document has other numbers.)
      if (/^\d{1,3}[.)]\p{Lu}/u.test(t)) otherNumber = true;
      continue;
    }
    const n = Number(m[1]);
    if (n === 1 && ONE_ENTRY.test(t) && (ones.length === 0 || (lines[i]!.indent ?? 0) === (lines[ones[0]!]!.indent ?? 0))) {
      ones.push(i);
      continue;
    }
    if (ones.length >= 2 && n === ones.length + 1) return restore(true);
    otherNumber = true;
    // Another number: no list restarted at each entry here (`1. holdet` inside a record is no entry).
    if (ones.length > 0) ones.length = 0;
  }
  // (Not points under titles of their own: `Økonomi` / `1. Kassen er tom.` … `Hallen` / `1. Nye tider.`, each a list of one.)
  const underTitle = (at: number) => {
    const p = prevNonBlank(lines, at);
    const t = p >= 0 ? lines[p]!.text.trim() : '';
    // (The agenda's or the minutes' label over the first is no such title: `Dagsorden` / `1. Valg af dirigent`.)
    return p >= 0 && /^\p{Lu}[^.!?:;,]{0,60}$/u.test(t) && !LIST_ENTRY.test(t) && !AGENDA_INTRO.test(t) && !/^(?:Referat|Beslutningsreferat|Mødereferat)$/iu.test(t);
  };
  return ones.length >= 2 && !otherNumber && !ones.some(underTitle) ? restore(false) : [];
}


/**
 * A list whose numbering restarted after its first entry (the first a list of its own, two joined in it or not: `1. + 2. Valg af
 * dirigent og referent. …` / `1. Bestyrelsens beretning.` / … / `2. Godkendelse af regnskab.` / … / `4. Budget.`), every entry at
 * one depth and no other number there, the first not among the document's first lines: the entries after the first are numbered
 * on from it by their place. The indexes of the lines renumbered.
 */
export function restoreRestartAfterFirst(lines: SLine[]): number[] {
  const entries: { i: number; n: number }[] = [];
  let depth: number | null = null;
  let seen = 0;
  let firstAt = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.blank) continue;
    seen++;
    const m = LIST_ENTRY.exec(lines[i]!.text.trim());
    if (!m) continue;
    const indent = lines[i]!.indent ?? 0;
    depth ??= indent;
    // (Deeper, an entry's points; set out further, another list.)
    if (indent > depth) continue;
    if (indent < depth) return [];
    if (entries.length === 0) firstAt = seen;
    entries.push({ i, n: Number(m[1]) });
  }
  if (entries.length < 4 || firstAt <= 3 || entries[0]!.n !== 1 || !entries.slice(1).every((e, k) => e.n === k + 1)) return [];
  if (!entries.every((e, k) => (k === 0 ? /^1[.)]\s+(?:\+\s*2[.)]\s+)?\p{Lu}/u : ONE_OR_MORE_ENTRY).test(lines[e.i]!.text.trim()))) return [];
  for (const [k, e] of entries.slice(1).entries()) lines[e.i] = { ...lines[e.i]!, text: lines[e.i]!.text.replace(/^(\s*)\d{1,3}(?=[.)])/u, `$1${k + 2}`) };
  // (The first, two joined in it, `1. + 2. Valg af dirigent og referent`, is item 1 of the list so numbered: the next is 2.)
  const first = entries[0]!.i;
  const single = lines[first]!.text.replace(/^(\s*1[.)])\s+\+\s*2[.)](?=\s)/u, '$1');
  if (single !== lines[first]!.text) lines[first] = { ...lines[first]!, text: single };
  return entries.slice(1).map((e) => e.i);
}
/** A list's entry with a title in capitals after its number. */
const ONE_OR_MORE_ENTRY = /^\d{1,3}[.)]\s+\p{Lu}/u;

/** Words a title never ends on: conjunctions, relative words and prepositions (`hvor`, `og`, `at`, `til`). */
export const TITLE_CANNOT_END = /^(?:hvor|hvorefter|og|eller|men|at|som|der|om|til|af|med|for|i|på|hos|fra|ved|mod|samt|efter|under|over|da|når|hvis)$/iu;

/** Where a long heading with no mark between title and text splits: before a capitalised word after a small word or a number. */
export function gluedTitle(rest: string, sentences = true): { title: string; text: string } | null {
  // `Skal vi have en venskabsmenighed? Tanken blev drøftet …`: a title asked as a question, then what was said (`Kandidater ???? Hvis …` too).
  const question = /^((?:\S+\s+){1,14}(?:\S*\p{L}\?+|\?+))\s+(\p{Lu}\p{Ll}*(?:\s+\S+){2,}.*)$/u.exec(rest);
  // One sentence only: `Valg af dirigent. Måske Bo vil? Det ville han` has its title before the first full stop.
  if (question && !/[.!]\s+\p{Lu}/u.test(question[1]!)) return { title: question[1]!, text: question[2]! };
  // `Opfølgning efter mødet. Bestyrelsen var enige om …`: a short title ended by a full stop, then sentences.
  const stop = /^((?:\S*[^\s.]\s+){0,7}\S+?[\p{L}\d)])\.\s+(\p{Lu}\p{Ll}*(?:\s+\S+){3,}.*)$/u.exec(rest);
  // The text ends as a sentence does, or says what was decided (`Kommissoriet vedtaget. Udvalget består af …`, cut before its full stop).
  // A usual item's title (`Valg af dirigent. Måske Bo vil? Det ville han`) needs no more.
  if (stop && !ABBREVIATION_END.test(`${stop[1]!}.`) && (/[.!]$/.test(stop[2]!) || outcomeOf(stop[2]!) !== null || USUAL_TITLE.test(stop[1]!))) return { title: stop[1]!, text: stop[2]! };
  // A colon or a dash near the start marks the title's end itself, unless the text runs on long after it.
  if (rest.length <= 50 || (/[:–]|\s-\s/.test(rest.slice(0, 60)) && rest.length <= 100)) return null;
  const words = rest.split(/\s+/);
  // `Diverse Bestyrelsen vil gerne …`: a one-word title, then sentences.
  const after = words.slice(1).join(' ');
  if (ONE_WORD_TITLE.test(words[0]!) && /^\p{Lu}\p{Ll}/u.test(words[1] ?? '') && !/^\p{Lu}\p{Ll}+$/u.test(words[2] ?? '') && words.length >= 5 && /[.!]$/.test(after)) return { title: words[0]!, text: after };
  // `Beretning Jens Holm Dal aflagde beretningen.`: a one-word title, then a person's name and what the person did.
  if (ONE_WORD_TITLE.test(words[0]!) && /[.!]$/.test(after)) {
    let n = 1;
    while (n < words.length && n <= 4 && /^\p{Lu}\p{Ll}+$/u.test(words[n]!)) n++;
    if (n >= 3 && n < words.length && /^\p{Ll}{3,}$/u.test(words[n]!) && looksLikeName(words.slice(1, n).join(' '))) return { title: words[0]!, text: after };
  }
  for (let k = 2; k < Math.min(words.length - 1, 10); k++) {
    const prev = words[k - 1]!;
    if (/^\p{Lu}\p{Ll}/u.test(words[k]!) && (/^\p{Ll}/u.test(prev) || /^\d{2,4}$/.test(prev)) && !/[.,;]$/.test(prev)) {
      // Never after a word that cannot end a title: `… til godkendelse, hvor Vita Nielsen gennemgik …` ends at its comma, else not here.
      let at = k;
      if (TITLE_CANNOT_END.test(prev)) {
        if (k < 3 || !/,$/.test(words[k - 2]!)) continue;
        at = k - 1;
      }
      const text = words.slice(at).join(' ');
      // What follows is sentences: four words or more, ended by a full stop (an agenda's note after its entry may end otherwise);
      // three will do where they say what came of it (`Godkendelse af dagsorden Dagsordenen blev godkendt.`).
      if (words.length - at < (/[.!]$/.test(text) && outcomeOf(text) !== null ? 3 : 4) || (sentences && !/[.!]$/.test(text))) return null;
      return { title: words.slice(0, at).join(' ').replace(/,$/, ''), text };
    }
  }
  return null;
}

/**
 * The numbering styles of item headings, each a row with lines it must read
 * (`[line, number, title]`) and lines it must not take for a heading;
 * tests/vocabulary.test.ts runs them through findCandidates.
 */
export const NUMBERING_STYLES: { style: string; examples: [string, number, string][]; not: string[] }[] = [
  { style: 'a number and a mark', examples: [['3. Regnskab', 3, 'Regnskab'], ['4. 2031 Aktivitetsplan', 4, '2031 Aktivitetsplan'], ['3) Regnskab', 3, 'Regnskab'], ['3: Regnskab', 3, 'Regnskab'], ['3 - Regnskab', 3, 'Regnskab'], ['3). Regnskab', 3, 'Regnskab'], ['4. .Budget', 4, 'Budget'], ['3* REGNSKAB', 3, 'REGNSKAB']], not: ['2. kvartal 2022', '3. maj blev mødet holdt', '1.500 kr. i kassen', '2. Lars Weiss (A)', '4. Borgmester Jesper Holm (A)'] },
  { style: 'a number in brackets, with a hash, or with the word punkt after it', examples: [['(3) Regnskab', 3, 'Regnskab'], ['#3 Regnskab', 3, 'Regnskab'], ['3/ Regnskab', 3, 'Regnskab'], ['HR. 3 Regnskab', 3, 'Regnskab'], ['HR 3. Regnskab', 3, 'Regnskab'], ['3. punkt: Regnskab', 3, 'Regnskab'], ['Punkt 3 på dagsordenen: Regnskab', 3, 'Regnskab']], not: ['(3) af medlemmerne', '#3 og #4', '3/4 af medlemmerne', 'TV 2 Danmark sendte indslaget'] },
  { style: 'a number without a mark before a capital', examples: [['5 Eventuelt', 5, 'Eventuelt'], ['1Godkendelse af dagsorden', 1, 'Godkendelse af dagsorden']], not: ['5 medlemmer var mødt', '3DK leverer'] },
  { style: 'Punkt, Pkt., Ad, §, Nr.', examples: [['Punkt 2: Budget', 2, 'Budget'], ['Ad.2.Forretningsorden.', 2, 'Forretningsorden.'], ['Ad4.Siden sidst.', 4, 'Siden sidst.'], ['Pkt. 11 Meddelelser', 11, 'Meddelelser'], ['§ 3 Regnskab', 3, 'Regnskab'], ['Ad 4. Valg af revisor', 4, 'Valg af revisor'], ['Nr.1 - Godkendelse af dagsorden', 1, 'Godkendelse af dagsorden'], ['Punkt 1. – Opfølgning', 1, 'Opfølgning'], ['Ad dagsordenens pkt 2 - beretning', 2, 'beretning'], ['Ad pkt l - Valg af revisor', 1, 'Valg af revisor'], ['Pt. 5.Valg til bestyrelsen', 5, 'Valg til bestyrelsen'], ['Pt 4. Indkomne forslag', 4, 'Indkomne forslag'], ['Ptk.5:Forslag til vedtægter', 5, 'Forslag til vedtægter'], ['Add.2            Opfølgning fra sidste møde.', 2, 'Opfølgning fra sidste møde.'], ['Dagsordenen pkt. 2 Beretning', 2, 'Beretning'], ['Dagsorden pkt. 1: Valg af dirigent', 1, 'Valg af dirigent'], ['Ad 2a. Formandens beretning', 2, 'a. Formandens beretning'], ['Ad 2, aflæggelse af beretning:', 2, 'aflæggelse af beretning:']], not: ['Punktet blev udsat.'] },
  { style: "a committee's case id before a title", examples: [['ØU-55/07-O Økonomisk orientering maj 2007', 55, 'Økonomisk orientering maj 2007'], ['TMU-12/19 Cykelsti langs åen', 12, 'Cykelsti langs åen']], not: ['CVR-12/34'] },
  { style: 'a letter glued to the number', examples: [['R1: Evaluering af sæsonen', 1, 'Evaluering af sæsonen'], ['R2: fremtiden', 2, 'fremtiden']], not: ['A4 papir bestilles'] },
  { style: 'Sag nr. before a title', examples: [['Sag nr. 21 Vedligeholdelse af cykelstier', 21, 'Vedligeholdelse af cykelstier']], not: ['Sag nr. 12/345'] },
  { style: "an agenda's access column before the number", examples: [['åbent 3 Tilskud til spillestedet', 3, 'Tilskud til spillestedet'], ['lukket 14 Lukket punkt', 14, 'Lukket punkt']], not: [] },
  { style: 'a title that opens with an ordinal', examples: [['344 2. behandling af budget 2020-23', 344, '2. behandling af budget 2020-23'], ['12. 1. behandling af lokalplan 4', 12, '1. behandling af lokalplan 4']], not: ['3 2. maj blev mødet holdt', '4. 3. kvartal'] },
  { style: 'decimal numbering for an item with none of its own', examples: [['3.0 Beboersager', 3, 'Beboersager']], not: [] },
  { style: "a list's number before the number printed", examples: [['2.  2. Orientering fra borgmesteren', 2, 'Orientering fra borgmesteren'], ['5. b. Godkendelse af budget', 5, 'Godkendelse af budget']], not: ['2. 3. kvartal'] },
  { style: 'a bullet before the number', examples: [['• 2. Budget', 2, 'Budget'], ['- Punkt 2. Budget', 2, 'Budget']], not: [] },
  { style: "the item's time slot before its title", examples: [['1 - 09.00-09.05 Godkendelse af dagsorden', 1, 'Godkendelse af dagsorden'], ['2. 14.30-15.00: Budget', 2, 'Budget']], not: ['3. 14.30-15.00'] },
];
