/**
 * An item heading, as printed over one to three lines, split into its parts:
 * number, title, item type, presenter, duration and whether the item is closed.
 */
import { outcomeOf } from './outcome.js';
import { hasFiniteVerb } from './run-on.js';
import { printedLength, withoutEndColon, type SLine } from './model.js';
import type { Candidate } from './headings.js';
import { closingTime } from './meeting.js';
import { isBlockHeadingLine, RECORD_BY_NUMBER } from './headings.js';
import type { TextLayout } from './text.js';
import { itemTypeOf, ITEM_TYPE_SOURCE } from './vocabulary.js';
import { isGivenName } from '../normalize/lexicon.js';

export interface HeadingParts {
  heading: string;
  title: string;
  itemType: string | null;
  presenter: string | null;
  durationMinutes: number | null;
  closed: boolean;
}

const CONNECTOR_END = /(?:\s(?:v\.?|ved|og|for|i|af|til|med|om|på|fra|mod|samt|the|under|over)|[/–\-:,&(])$/iu;
export const CASE_NUMBER = /^(?:(?:Åben|Åbent|Lukket)\s*[-–:]\s*(\d[\d.\-A-Z/]{5,}\d)$|(?:Sags?\s*nr\.?|Sagnr\.?|Sag(?=\s*:\s*\d)|Sag(?=\s+\d[\d/.\-]{6,}$)|Sags?\s*id\.?|Sagsnummer|J\.?\s*nr\.?|Journalnr\.?|Dok\.?\s*nr\.?)\s*:?\s*(\S.*)|([A-ZÆØÅ]{2,6}-\d{4}-\d{2,}(?:\s.*)?)|(\d{2}\.\d{2}\.\d{2}-[A-Z]\d{2}-\d+-\d{2}|\d{2}\.\d{2}\.\d{2}\.?[A-ZÆØÅ]\d{2}(?:-\d{1,6}(?:-\d{1,4})*|\s*[-–]\s*\d{4}\/\d{2,8}|\/\d{4}-\d{1,6})?))$/u;

function openParens(s: string): number {
  return (s.match(/\(/g) ?? []).length - (s.match(/\)/g) ?? []).length;
}

/**
 * The lines a heading spans: its first line plus continuation lines. A line
 * continues the heading when the heading plainly is not finished (it ends in
 * a connector, an open parenthesis, a presenter's first name) or when the next
 * line only completes it (lower-case start, a duration, a closing parenthesis).
 */
/** A heading line that is its number only: `Pkt. 11`, `Punkt 3:`. */
const NUMBER_ONLY = /^(?:dagsordenens\s+)?(?:Punkt|Pkt\.?|Pt\.?|Dagsordenspunkt|Dagsordenpunkt|§|Nr\.?)\s*(?:nr\.?\s*)?\d{1,3}\s*[:.)\-–]?\s*$/iu;

/** `(KU 212/2019)` on a line of its own under a heading: the committee's case reference. */
export const CASE_REFERENCE = /^\((\p{Lu}{1,6}\s*\d{1,5}\/\d{2,4})\)$/u;

export function headingExtent(lines: SLine[], c: Candidate, stop: number, layout: TextLayout): number[] {
  if (c.numberAt !== undefined) return [c.index, c.numberAt];
  const used = [c.index];
  let text = c.rest;
  let i = c.index;
  if (c.pattern === 'bare' || (c.pattern === 'punkt' && NUMBER_ONLY.test(lines[c.index]!.text.replace(/^[•·▪◦●○■]\s*/u, '')))) {
    i = nextIndex(lines, i, stop, 2);
    // (Not a record under the number: a told sentence, and more after it, `Dagsordenens punkt 1` / `Bo Dal valgt som dirigent, hvilket
    // skete enstemmigt. Han konstaterede …`; a title's sentence before the record stays, `Valg til bestyrelsen. På valg er …`.)
    if (i < 0 || recordUnderNumber(lines[i]!.text)) return used;
    used.push(i);
  }
  const maxBlanks = layout.doubleSpaced || layout.bodyFontSize !== null ? 2 : 1;
  while (used.length < 4) {
    const j = nextIndex(lines, i, stop, maxBlanks);
    if (j < 0) break;
    const next = lines[j]!.text;
    const after = nextIndex(lines, j, stop, maxBlanks);
    // An access marker (`Åbent`, `Lukket`) is never title: the lead lines of the item read it.
    if (STATUS_LINE.test(next)) break;
    // A title's last line over the case number; not a case-number line itself (`J.nr.: …` over `Sagsnr.: …`), nor another label's (`Dato: …`).
    const beforeCase = after >= 0 && CASE_NUMBER.test(lines[after]!.text) && !CASE_NUMBER.test(next) && !/^\p{L}[\p{L} .]{1,25}:\s/u.test(next) && next.split(/\s+/).length <= 10 && !/[.:;!?]$/.test(next);
    // Right before the next numbered entry (a list of titles only, `101. Rideklub - principbeslutning om` / `tilskud for 2011 og 2012` / `102. …`), a longer line in small letters ends the title.
    const beforeEntry = (after < 0 && j + 1 >= stop) || (after >= 0 && /^\d{1,3}[.)]\s+\S/u.test(lines[after]!.text));
    const wrapped = beforeEntry && /^\p{Ll}/u.test(next) && !/[.:!?]$/.test(next) && !/[.:]$/.test(text) && next.split(/\s+/).length <= 12 && /^\d{1,3}[.)]\s/u.test(lines[c.index]!.text);
    // A hard-wrapped heading (`4) Godkendelse` / `af referat fra sidste møde.`): a short first line, its rest in small letters a paragraph's end.
    // (Not a result: `5. Kassereren` / `intet nyt`.)
    const hardWrapped = used.length === 1 && j === i + 1 && (j + 1 >= stop || lines[j + 1]!.blank) && /^\p{Ll}/u.test(next) && text.split(/\s+/).length <= 3 && !/[.:;,!?]$/u.test(text) && next.split(/\s+/).length <= 10 && !/^(?:og|eller|men|samt)\b/u.test(next) && outcomeOf(next) === null;
    // A title line that cannot end where it does (`… beretning for 2030 og` / `evaluering af samarbejdet.`): the next line in small letters finishes it.
    const dangling = DANGLING_END.test(text) && /^\p{Ll}/u.test(next) && !SUB_POINT.test(next) && next.split(/\s+/).length <= 12 && !/:$/u.test(next);
    if (!beforeCase && !wrapped && !hardWrapped && !dangling && !continues(text, next, lines[i]!, lines[j]!, layout)) break;
    used.push(j);
    text = `${text} ${next}`;
    i = j;
  }
  return used;
}

/** A sentence's end in small letters, another sentence after it (`… enstemmigt. Han …`). */
const SENTENCE_THEN_MORE = /\p{Ll}{2}[.!?]\s+\p{Lu}\p{Ll}/u;

/** What was done, told in the past (`aflagde`, `blev`, `valgtes`): a record's verbs, rarely a title's. */
const TOLD_IN_PAST = /(?<!\p{L})(?:blev|var|havde|fremlagde|aflagde|gennemgik|orienterede|fortalte|redegjorde|godkendte|vedtog|besluttede|drøftede|valgte|valgtes|genvalgtes|konstaterede|takkede|bød|skete|udtalte)(?!\p{L})/iu;

/**
 * Whether a line under a number alone is its record: a first sentence with a finite verb, and another sentence after it; or
 * one long sentence that tells in the past what was done (`Formanden, Bo Dal, aflagde beretning og takkede …`).
 */
function recordUnderNumber(text: string): boolean {
  const m = SENTENCE_THEN_MORE.exec(text);
  if (m !== null && hasFiniteVerb(text.slice(0, m.index + 3))) return true;
  return m === null && /\p{L}[.!]$/u.test(text) && text.split(/\s+/u).length >= 10 && TOLD_IN_PAST.test(text);
}

/** A list entry or a sub-point (`- …`, `2) …`, `a. …`, `(b) …`, `ii. …`). */
const SUB_POINT = /^(?:[-–•]|\d{1,3}[.)]|\(?[a-zæøå][.)]|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])\s/u;

/** A line ending in a conjunction or a preposition has not ended its title. */
const DANGLING_END = /(?<!\p{L})(?:og|eller|samt|af|for|til|med|i|på|om|fra|ved|mellem)$/u;

function nextIndex(lines: SLine[], i: number, stop: number, maxBlanks: number): number {
  let j = i + 1;
  let blanks = 0;
  while (j < stop && lines[j]!.blank) {
    blanks++;
    j++;
  }
  return j < stop && blanks <= maxBlanks ? j : -1;
}

function continues(text: string, next: string, cur: SLine, nxt: SLine, layout: TextLayout): boolean {
  // The title repeated under the heading (web publications) is not more heading.
  if (sameTitle(text, next)) return false;
  // (Nor `Ad 2 – …`, the item's record by its number.)
  if (isBlockHeadingLine(next) || RECORD_BY_NUMBER.test(next) || CASE_NUMBER.test(next) || CASE_REFERENCE.test(next) || ITEM_FIELD.test(next) || closingTime(next) !== null || /^(?:https?:|www\.)/i.test(next)) return false;
  // A list entry or a sub-point (`- …`, `2) …`, `a. …`, `(b) …`, `ii. …`) under the heading is never more of its title.
  if (SUB_POINT.test(next)) return false;
  // … nor a lettered sub-point that lost its mark (`3. Siden sidst` / `a Formanden` / `• …`).
  if (/^[a-h]\s+\p{Lu}/u.test(next)) return false;
  const words = next.split(/\s+/).length;
  const endsSentence = /[.!?]$/.test(next) && !/\b(?:min|evt|pkt|v|ca|mv|jf)\.$/iu.test(next);
  if (openParens(text) > 0 && /\)/.test(next) && words <= 6) return true;
  if (/^\(?\s*\d+\s*(?:min|minutter|time|timer)\b/iu.test(next) || /^(?:min|minutter|timer?)\)/iu.test(next)) return true;
  if (endsSentence || words > 12) return false;
  // `Skal vi lukke for mails?` / `Ja, det skal lukkes`: a title that asks has ended; what follows answers it.
  if (/\?$/u.test(text)) return false;
  // `Godkendt`, `Intet` alone under the heading: its result, not more title (also after a comma, `Budget 2015,` / `Godkendt`).
  if (words <= 3 && outcomeOf(next) !== null) return false;
  if (cur.bold === true && nxt.bold === true && words <= 12) return true;
  // Heading type: both lines set in the same size, larger than the body.
  if (layout.bodyFontSize !== null && cur.fontSize !== undefined && nxt.fontSize !== undefined) {
    const big = cur.fontSize > layout.bodyFontSize * 1.15;
    if (big && Math.abs(nxt.fontSize - cur.fontSize) < 0.5) return true;
    if (big && nxt.fontSize < cur.fontSize * 0.9) return false;
  }
  if (CONNECTOR_END.test(text) && !/[.:]$/.test(text.replace(/\bv\.$/, ''))) return true;
  // `v. Ann` / `Fogsgaard`: a presenter's name broken after the first name.
  if (/\bv\.?\s+\p{Lu}\p{Ll}+$/u.test(text) && /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2}(?:\s*\(.*)?$/u.test(next)) return true;
  if (/^\p{Ll}/u.test(next) && !/[.:]$/.test(text) && words <= 8) return true;
  if (/\(\s*\d+\s*(?:min|minutter|time|timer)\.?\s*\)$/iu.test(next) && words <= 6 && !/\)$/.test(text)) return true;
  // A heading filling the line and a short remainder without sentence punctuation (or a longer one in small letters, the
  // heading hard-wrapped: `7. Forslag om … i et lille` / `menighedsråd som vores bedre kan fordeles blandt medlemmerne og alle`).
  // (A line joined from a page's wrapped lines is as full as its last printed line.)
  const full = (printedLength(cur) >= layout.fullWidth * 0.85) && !/[.:]$/.test(text);
  // (Not a heading that already holds a sentence or a colon, `Næste års program: Elin kunne …`: the paragraph goes on.)
  return full && (words <= 8 || (/^\p{Ll}/u.test(next) && !/[.:;!?]\s/u.test(text) && !/[.:;!?]\s/u.test(cur.text.replace(/^\s*\d{1,3}[.)]?\s+/u, '')))) && !/[.;:]$/.test(next);
}

const DURATION = /\(\s*(\d+(?:[.,]\d+)?|½|\d+\s*½)\s*(min\.?|minutter|time|timer|t\.)\s*\)\s*\.?$/iu;
/** The same after a dash, with no brackets: `Budget v/Bo – 15 min.`. */
const DURATION_DASHED = /\s+[-–]\s*(\d+(?:[.,]\d+)?|½|\d+\s*½)\s*(min\.?|minutter|time|timer)\s*\.?$/iu;
const TYPE_PREFIX = new RegExp(`^((?:${ITEM_TYPE_SOURCE}))\\s*(?::|–|-|\\s(?=\\S))\\s*`, 'iu');
const TYPE_SUFFIX = new RegExp(`\\s[–-]\\s*((?:${ITEM_TYPE_SOURCE}))\\s*$`, 'iu');
const CLOSED = /^(?:Lukket(?:\s+(?:punkt|sag))?)\s*[:.\-–]/iu;
/**
 * An item's access marker set apart in brackets, before or after the title:
 * `(Åben) Godkendelse af dagsorden`, `Salg af grund (Lukket punkt)`. It is
 * not part of the title; `Lukket` makes the item closed.
 */
const STATUS_WORDS = '(?:(?:Åben|Åbent|Lukket|Fortrolig|Fortroligt)(?:\\s+(?:punkt|sag|dagsordenspunkt))?)';
const STATUS_BEFORE = new RegExp(`^[(\\[]\\s*(${STATUS_WORDS})\\s*[)\\]]\\s*[:.\\-–]?\\s*|^(${STATUS_WORDS})\\s+[-–]\\s+`, 'iu');
/** The marker without brackets or a mark, before a capitalised title (`Åben Budget 2032`, `Lukket sag Køb af ejendom`); no `i` flag, so that the capital is one. */
const STATUS_BARE = /^((?:Åben|Åbent|Lukket|ÅBEN|ÅBENT|LUKKET)(?:\s+(?:punkt|sag))?)\s+(?=\p{Lu})/u;
const STATUS_AFTER = new RegExp(`(?:\\s*[:\\-–]?\\s*[(\\[]\\s*(${STATUS_WORDS})\\s*[)\\]]|\\s+[-–]\\s+(${STATUS_WORDS}))$`, 'iu');
/** The same marker as a line of its own under the heading: `Lukket punkt`, `Åben sag`. */
export const STATUS_LINE = new RegExp(`^[(\\[]?\\s*(${STATUS_WORDS})\\s*[)\\]]?\\.?$`, 'iu');

/** Whether an access marker says the item is closed to the public. */
export function closedStatus(marker: string): boolean {
  return /^(?:Lukket|Fortrolig)/iu.test(marker);
}

/**
 * An item's particulars on lines of their own under its heading (school
 * boards, councils' own forms): `Art: Godkendelse`, `Ansvarlig: LD`, `Tid: 5 min.`
 */
export const ITEM_FIELD = /^(Art|Type|Punkttype|Ansvarlig|Tovholder|Oplæg ved|Oplægsholder|Fremlægges af|Præsenteres af|Tid|Varighed|Tidsforbrug)\s*:\s*(\S.{0,80})$/iu;

export interface ItemFields {
  itemType: string | null;
  presenter: string | null;
  durationMinutes: number | null;
}

/** Reads an ITEM_FIELD line; null when the line is not one or says nothing usable. */
export function itemField(text: string): Partial<ItemFields> | null {
  const m = ITEM_FIELD.exec(text);
  if (!m) return null;
  const label = m[1]!.toLowerCase();
  const value = m[2]!.trim().replace(/[.,;]$/, '');
  if (/^(?:art|type|punkttype)$/.test(label)) return { itemType: itemTypeOf(value) ?? value.toLowerCase() };
  if (/^(?:tid|varighed|tidsforbrug)$/.test(label)) {
    const d = /^(\d+(?:[.,]\d+)?)\s*(min|minutter|time|timer|t)\b/iu.exec(value);
    if (!d) return null;
    const n = Number(d[1]!.replace(',', '.'));
    return { durationMinutes: Math.round(/^min/i.test(d[2]!) ? n : n * 60) };
  }
  return { presenter: value };
}

/** `(B)`, `(O)`, `(D)` after a title: beslutning, orientering, drøftelse. */
const TYPE_LETTER = /\s*\((B|O|D)\)$/u;
/** A plan's fields after a title and a slash: the time it takes (`5 min.`), the kinds (`(O), (D)`), who brings it (`AM`, `SA+GG`). */
const PLAN_MINUTES = /^(\d{1,3})\s*min\.?$/iu;
const PLAN_KINDS = /^\((?:B|O|D)\)(?:\s*,\s*\((?:B|O|D)\))*$/u;
const PLAN_INITIALS = /^\p{Lu}{2,3}(?:\s*[+&,]\s*\p{Lu}{2,3})*$/u;
const TYPE_LETTERS: Record<string, string> = { B: 'beslutning', O: 'orientering', D: 'drøftelse' };

/** A web page's control glued to a title (`Godkendelse af dagsordenKlik her for at folde ud …`). */
const WEB_CONTROL = /(?<=\p{Ll}|[.)])\s?(?:Klik her|Læs mere|Vis mere|Fold ud|Se mere)\b.*$/u;

/** A table of contents' leaders and page at a title's end (`Dallund Slot...ii`, `Budget ....... 14`). */
export const TOC_PAGE_REF = /\s*(?:\.{3,}|…+)\s*(?:\d{1,4}|[ivxlc]{1,7})?$/u;

/** Splits a heading (without its number) into title, type, presenter, duration. */
export function splitHeading(rest: string, personNames: string[] = []): Omit<HeadingParts, 'heading'> {
  let title = rest.replace(/\s+/g, ' ').trim().replace(WEB_CONTROL, '').replace(TOC_PAGE_REF, '');
  let marker: string | null = null;
  const status = STATUS_BEFORE.exec(title) ?? STATUS_BARE.exec(title) ?? STATUS_AFTER.exec(title);
  if (status && title.length > status[0].length) {
    marker = status[1] ?? status[2]!;
    title = (title.slice(0, status.index) + title.slice(status.index + status[0].length)).trim();
  }
  // `Elevrådet /(O), (D) / 5 min / AM     Slut kl. 18.10`: a plan's fields after the title, parted by slashes (the kinds in
  // brackets, the time it takes, who brings it, when it ends); the title is the first part, the fields are read apart.
  let planned: { type: string | null; minutes: number | null; who: string | null } | null = null;
  const fields = title.replace(/\s+Slut\s+kl\.?\s*\d{1,2}[.:]\d{2}\.?$/iu, '').split(/\s*(?:(?<!\p{Ll})\/|\/(?!\p{Ll}))\s*(?=\S)/u);
  if (fields.length >= 3 && /\p{L}{3}/u.test(fields[0]!) && fields.slice(1).some((f) => PLAN_MINUTES.test(f)) && fields.slice(1).every((f) => PLAN_MINUTES.test(f) || PLAN_KINDS.test(f) || PLAN_INITIALS.test(f))) {
    const kinds = fields.slice(1).find((f) => PLAN_KINDS.test(f));
    const minutes = fields.slice(1).map((f) => PLAN_MINUTES.exec(f)).find(Boolean);
    const who = fields.slice(1).find((f) => PLAN_INITIALS.test(f));
    planned = { type: kinds ? (TYPE_LETTERS[/[BOD]/u.exec(kinds)![0]] ?? null) : null, minutes: minutes ? Number(minutes[1]) : null, who: who ? who.trim() : null };
    title = fields[0]!.trim();
  }
  let durationMinutes: number | null = planned?.minutes ?? null;
  const d = planned ? null : DURATION.exec(title) ?? DURATION_DASHED.exec(title);
  if (d) {
    const raw = d[1]!.replace(',', '.').replace(/\s*½/, '.5').replace(/^\.5$/, '0.5');
    const n = Number(raw);
    const unit = d[2]!.toLowerCase();
    durationMinutes = Math.round(unit.startsWith('min') ? n : n * 60) || null;
    title = title.slice(0, d.index).trim();
  }
  // `(kl. 15.00-15.30)`: a time slot gives the duration.
  const slot = /\s*\(\s*(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})\s*[-–]\s*(\d{1,2})[.:](\d{2})\s*\)\s*$/u.exec(title);
  if (slot && durationMinutes === null) {
    const minutes = Number(slot[3]) * 60 + Number(slot[4]) - (Number(slot[1]) * 60 + Number(slot[2]));
    if (minutes > 0 && minutes < 600) durationMinutes = minutes;
    title = title.slice(0, slot.index).trim();
  }
  let presenter: string | null = planned?.who ?? null;
  // `Title / Presenter`, `Title v. Presenter`, `Title v Presenter`.
  const slash = planned ? null : /\s*\/\s*([^/]*)$/u.exec(title);
  // (Spaced, the part after it presents where it reads as someone: initials, a given name first, two capitalised words or
  // more (`/ Yelva Bjørnholt Jensen`), an office or a unit (`/ Sekretariatet`); a lower-case note or a plan's time
  // (`/5 min. Slut kl. 18.55`) is no title's either. `Hjemmeside / Facebook`, `PR / Synlighed udadtil` are the title's.)
  const after = slash ? slash[1]!.trim() : '';
  const someone = /^\p{Lu}{1,4}(?:\s*[,&/+]\s*\p{Lu}{1,4})*\.?$|^(?:og\s+)?\p{Ll}|^\d|^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]*){1,3}(?:\s+\(.*\))?$/u.test(after) || OFFICE_OR_UNIT.test(after) || isGivenName(/^\p{L}+/u.exec(after)?.[0] ?? '');
  const spacedSlash = slash && ((/\s\/|\/\s/.test(title.slice(slash.index, slash.index + 3)) && someone) || slash[1] === '');
  // `Forældrekaffe-/ lille arbejdsdag`: a compound's two forms, not a presenter.
  // `Eventuelt / ”Bordet rundt”`: a quoted name for the item, not a presenter.
  // (`v/ leder af skolen, Bo Holm`: after `v/`, whatever follows presents.)
  const byV = slash !== null && /\sv$/u.test(title.slice(0, slash.index));
  const twoForms = slash !== null && !byV && (/-$/.test(title.slice(0, slash.index)) || /^\p{Ll}+\s+\p{Ll}/u.test(slash[1]!.trim()) || /^["”“'‘’«»]/u.test(slash[1]!.trim()));
  if (slash && !twoForms && (spacedSlash || (byV && /\p{Lu}/u.test(slash[1]!)) || plausibleName(slash[1]!, personNames, durationMinutes !== null))) {
    presenter = slash[1]!.trim() || null;
    // `Budget, oplæg v/ Bo Holm`: `v/` is `ved`; the words that announce the presenter go with it.
    title = title.slice(0, slash.index).replace(/,?\s+(?:(?:oplæg|indlæg|orientering|præsentation)\s+)?v\.?$/u, '').trim();
  } else {
    // `v. formand Ida Krog`: an office in small letters before the name.
    const v = /,?\s+v\.?\s+(?:(?:formand(?:en)?|næstformand(?:en)?|kasserer(?:en)?|sekretær(?:en)?|leder(?:en)?|direktør(?:en)?|borgmester(?:en)?|præst(?:en)?|sognepræst(?:en)?)\s+)?(\p{Lu}[\p{L}.\-]*(?:\s+(?:\p{Lu}[\p{L}.\-]*|de|von|van|la))*)$/u.exec(title);
    // `Regnskab 2023 ved kassereren`: the office alone presents.
    const office = v ? null : PRESENTING_OFFICE.exec(title);
    if (v && v[1]!.split(/\s+/).length <= 5) {
      presenter = v[1]!.trim();
      title = title.slice(0, v.index).trim();
    } else if (office && office.index >= 3) {
      presenter = office[1]!;
      title = title.slice(0, office.index).trim();
    }
  }
  if (presenter === null) {
    // `Nyt fra skolen, Per Holm:`: a name after a comma presents, when it is a participant's (or a duration says the heading is a plan).
    const comma = /,\s*(\p{Lu}[\p{Ll}\-]+(?:\s+\p{Lu}[\p{L}\-]+){1,3})\s*:?$/u.exec(title);
    if (comma && plausibleName(comma[1]!, personNames, durationMinutes !== null)) {
      presenter = comma[1]!;
      title = title.slice(0, comma.index).trim();
    }
  }
  if (presenter === null) {
    // `Kurser (Jette)`: a participant's name in brackets after the title presents the item.
    const paren = /\s*\((\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}\-]+){0,2})\)\s*:?$/u.exec(title);
    if (paren && paren.index > 0 && plausibleName(paren[1]!, personNames, durationMinutes !== null)) {
      presenter = paren[1]!;
      title = title.slice(0, paren.index).trim();
    }
  }
  if (presenter === null) {
    // `Regnskab. (Kassereren)`, `Økonomi. Kasserer`, `Budget (kassereren)`: an office after the title, in brackets or after its full stop, presents the item.
    const office = OFFICE_AFTER_TITLE.exec(title);
    if (office) {
      presenter = office[2] ?? office[3]!;
      title = office[1]!.trim();
    }
  }
  if (presenter) presenter = presenter.replace(/[.,;]$/, '').trim() || null;
  title = title.replace(/\s*[/,]$/, '').trim();
  let itemType: string | null = planned?.type ?? null;
  const letter = itemType ? null : TYPE_LETTER.exec(title);
  if (letter && letter.index > 0) {
    itemType = TYPE_LETTERS[letter[1]!]!;
    title = title.slice(0, letter.index).trim();
  }
  const pre = itemType ? null : TYPE_PREFIX.exec(title);
  const compound = pre ? /\s|^tema/iu.test(pre[1]!) : false;
  if (pre && (compound || /[:–-]/.test(title.slice(pre[1]!.length, pre[0].length)) || pre[1] === pre[1]!.toUpperCase())) {
    itemType = itemTypeOf(pre[1]!);
  }
  if (!itemType && !letter) {
    const suf = TYPE_SUFFIX.exec(title);
    if (suf) itemType = itemTypeOf(suf[1]!);
  }
  if (itemType === 'meddelelser') itemType = 'meddelelse';
  const closed = CLOSED.test(title) || (marker !== null && closedStatus(marker));
  // `Pkt 3: Formandens beretning:` over its text: the colon introduces the text, it is no part of the title.
  title = withoutEndColon(title);
  return { title, itemType, presenter, durationMinutes, closed };
}

/** An office after `ved`, `v.` or `v/` at a heading's end: who presents the item, by office (`… ved kassereren`). */
/** Offices that present an item, in the definite: `formanden`, `skolelederen`, `forvaltningen`, `sekretariatet`. */
const PRESENTING_OFFICES = ['formanden', 'næstformanden', 'kassereren', 'sekretæren', 'lederen', 'skolelederen', 'direktøren', 'borgmesteren', 'præsten', 'sognepræsten', 'revisoren', 'forvaltningen', 'administrationen', 'sekretariatet'].join('|');
/** An office or a unit after a slash that presents the item (`/ Sekretariatet`, `/ Formanden`, `/ Ledelsen`). */
const OFFICE_OR_UNIT = new RegExp(`^\\p{L}*(?:${PRESENTING_OFFICES}|bestyrelsen|ledelsen|direktionen|udvalget)(?:\\s|$)`, 'iu');
/** `Regnskab 2023 ved kassereren`: the office alone presents. */
const PRESENTING_OFFICE = new RegExp(`,?\\s+(?:v\\.?|ved|v\\/)\\s*(${PRESENTING_OFFICES})$`, 'u');

/** An office, definite or not, after a title: in brackets (`Regnskab. (Kassereren)`, `Budget (kassereren)`) or alone after its full stop (`Økonomi. Kasserer`). */
const OFFICE_AFTER_TITLE = new RegExp(
  `^(\\p{Lu}.{2,80}?)(?:\\.?\\s*\\((${PRESENTING_OFFICES}|formand|næstformand|kasserer|sekretær|revisor)\\)|\\.\\s+(${PRESENTING_OFFICES}|formand|næstformand|kasserer|sekretær))\\.?$`,
  'iu',
);

function plausibleName(s: string, personNames: string[], hasDuration: boolean): boolean {
  const t = s.trim();
  if (!/^\p{Lu}[\p{Ll}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,3}$/u.test(t)) return false;
  if (hasDuration) return true;
  const first = t.split(/\s+/)[0]!.toLowerCase();
  return personNames.some((n) => n.toLowerCase().split(/\s+/).includes(first));
}

/** True when `line` repeats the heading's title (ignoring its number, case and spacing). */
export function sameTitle(heading: string, line: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/^[•·▪◦●○■]\s*/u, '')
      .replace(/^(?:(?:Punkt|Pkt\.?)\s*)?\d{1,3}\s*[.:)]?\s*/iu, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  const printed = norm(line);
  return printed.length > 0 && printed === norm(heading);
}
