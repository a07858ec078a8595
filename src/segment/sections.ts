/**
 * The blocks inside an item: headed (Indstilling, Referat, Bilag, …), inline
 * (`Referat: Godkendt`), in capitals (`BESLUTNINGSFORSLAG FRA DD`), or the
 * unheaded text right under the item heading.
 */
import type { Attachment, Section, SectionKind } from '../schema.js';
import { findDate } from './dates.js';
import { STATUS_LINE } from './heading-parts.js';
import { tolerant, withoutEndColon, type SLine } from './model.js';
import { blockText, type TextLayout } from './text.js';
import { outcomeOf } from './outcome.js';
import { hasFiniteVerb } from './run-on.js';
import { isGivenName } from '../normalize/lexicon.js';
import { groupLabel } from './people.js';
import { blockKind, BODY_MEETING_DATE, inlineBlock, MONTHS, RECOMMENDATION_OPENER } from './vocabulary.js';

interface Block {
  kind: SectionKind | null;
  heading: string | null;
  lines: SLine[];
}

export interface ItemBody {
  sections: Section[];
  attachments: Attachment[];
  /** Lines of each section, for page ranges and diagnostics. */
  firstLines: (SLine | undefined)[];
}

/** A stand-alone heading in capitals: `INDSTILLING FRA MAGISTRATSAFDELINGEN`. */
export function capsHeading(t: string): boolean {
  if (t.length > 100 || /[.!?,;]$/.test(t)) return false;
  // A small ASCII letter is one that upper case changes: most lines stop here.
  if (/[a-z]/.test(t)) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  const words = t.split(/\s+/);
  return letters.length >= 8 && words.length >= 2 && words.length <= 12 && letters === letters.toUpperCase();
}

function nextText(lines: SLine[], i: number): string | null {
  for (let j = i + 1; j < lines.length; j++) if (!lines[j]!.blank) return lines[j]!.text;
  return null;
}

/** Text that reads as a block's body, not as the next entry of a list of attachments. */
function proseLike(t: string | null): boolean {
  return t !== null && !LABEL.test(t) && (t.split(/\s+/).length >= 8 || /[.!?]$/.test(t));
}

export function splitBlocks(lines: SLine[]): Block[] {
  const blocks: Block[] = [];
  let cur: Block = { kind: null, heading: null, lines: [] };
  const open = (kind: SectionKind, heading: string | null, first: SLine | null) => {
    blocks.push(cur);
    cur = { kind, heading, lines: first ? [first] : [] };
  };
  lines.forEach((l, i) => {
    if (l.blank) {
      cur.lines.push(l);
      return;
    }
    const t = l.text;
    const kind = blockKind(t);
    // `Det indstilles:` right under `Beslutningspunkter` is the first line of that block.
    if (kind && kind === cur.kind && cur.heading !== null && !cur.lines.some((x) => !x.blank)) {
      cur.lines.push(l);
      return;
    }
    // `Planen blev vedtaget af` / `Byrådets møde den 4. juni 2019`: a body-and-date line that ends a sentence begun above is text.
    const prev = i > 0 ? lines[i - 1]! : null;
    if (kind === 'decision' && prev !== null && !prev.blank && /\p{Ll}$/u.test(prev.text) && !/^(?:Beslut|Afgørelse|Referat|Behandling)/iu.test(t) && BODY_MEETING_DATE.test(withoutEndColon(t)) && !/:$/.test(t)) {
      cur.lines.push(l);
      return;
    }
    if (kind) {
      // In a list of attachments a bare title such as `Indstilling` is an attachment, not a heading.
      const inAttachments = cur.kind === 'attachments' && kind !== 'decision' && !/:$/.test(t) && !proseLike(nextText(lines, i));
      if (!inAttachments) {
        open(kind, withoutEndColon(t), null);
        return;
      }
    }
    const inline = inlineBlock(t);
    if (inline) {
      open(inline.kind, inline.heading, { ...l, text: inline.rest });
      return;
    }
    if (capsHeading(t) && !/^(?:[-–•]|\d+[.)])/.test(t)) {
      const k = blockKind(t.charAt(0) + t.slice(1).toLowerCase()) ?? blockKindOfFirstWord(t) ?? 'other';
      open(k, t, null);
      return;
    }
    if (RECOMMENDATION_OPENER.test(t) && cur.kind !== 'recommendation' && cur.kind !== 'decision' && cur.kind !== 'attachments') {
      open('recommendation', null, l);
      return;
    }
    cur.lines.push(l);
  });
  blocks.push(cur);
  return blocks.filter((b) => b.heading !== null || b.lines.some((l) => !l.blank));
}

function blockKindOfFirstWord(t: string): SectionKind | null {
  const first = t.split(/\s+/)[0]!;
  const k = blockKind(first.charAt(0) + first.slice(1).toLowerCase());
  return k === 'other' ? null : k;
}

const LABEL = /^(Bilag\s*(?:nr\.?\s*)?\d+[a-z]?(?:\s*,\s*punkt\s*\d+)?)\s*[:.\-–]?\s*/iu;
const URL = /(https?:\/\/\S+|www\.\S+)/iu;
/** A bullet or dash opening a list entry. */
const LIST_MARK = /^(?:[•·▪◦●○■*]|[-–](?=\s))\s*/u;
/** A list number opening an entry: `1.`, `2)`, `3 -` (not a date or an amount). */
const LIST_NUMBER = /^(\d{1,2})\s*(?:[.)]|\s[-–])\s+(?=\p{L})/u;

/** `Ingen bilag.`, `Der er ingen bilag`, `Ingen`: nothing attached. */
const NO_ATTACHMENTS = /^(?:(?:der er\s+)?ingen(?:\s+bilag)?|intet|-|–)\.?$/iu;

export function parseAttachments(lines: SLine[]): Attachment[] {
  const entries: string[] = [];
  for (const l of lines) {
    if (l.blank || NO_ATTACHMENTS.test(l.text.trim())) continue;
    const t = l.text;
    const last = entries.length - 1;
    if (last >= 0 && !LABEL.test(t) && (/^[\p{Ll}(]/u.test(t) || /[-,]$/.test(entries[last]!))) {
      entries[last] = /-$/.test(entries[last]!) && !URL.test(entries[last]!) ? entries[last]! + t : `${entries[last]} ${t}`;
    } else if (last >= 0 && URL.test(entries[last]!) && /^[\w/?=&%#.~-]+$/u.test(t) && /[/\-_]$/.test(entries[last]!)) {
      entries[last] = entries[last]! + t;
    } else entries.push(t);
  }
  return entries.map((entry) => {
    const e = entry.replace(LIST_MARK, '');
    const lm = LABEL.exec(e);
    // `1. Lokalplan 312` in a list under `Bilag`: attachment 1.
    const nm = lm ? null : LIST_NUMBER.exec(e);
    const label = lm ? lm[1]!.replace(/\s+/g, ' ') : nm ? `Bilag ${nm[1]}` : null;
    let rest = lm ? e.slice(lm[0].length) : nm ? e.slice(nm[0].length) : e;
    const um = URL.exec(rest);
    const url = um ? um[1]!.replace(/[).,;]+$/, '') : null;
    if (um && rest.trim() === um[1]) rest = '';
    // `Bilag 1: Budget https://…` (a web page's link): the title without its address.
    else if (um && um[1] === url && rest.trim().endsWith(url)) rest = rest.trim().slice(0, -url.length).replace(/\s*[-–:]?\s*$/u, '');
    const title = rest.trim() || url || label || e;
    return { label, title, url };
  });
}

/**
 * A line of attendance or meeting details recorded with a decision:
 * `Fraværende: Ole Berg`, `Afbud: Per Lund (V).`, `Ikke til stede: Per Holm (V)`,
 * `Dato: 8. februar 2024`, `Sted: Mødelokale 3`.
 */
const DETAIL_LABEL = new RegExp(`^(?:Dato|Sted|${tolerant('Mødested')}|${tolerant('Mødedato')})$`, 'iu');
/** A label and its value (`Fraværende: Ole Berg`), or a dash for the colon (`Fraværende- Bo Jensen ()`). */
const LABELLED = /^([^:]{3,40}?)\s*:\s*(\S.{0,200})$/u;
const DASHED = /^([^:\-–]{3,40}?)\s*[-–]\s*(\p{Lu}.{0,200})$/u;
const isAbsence = (label: string) => groupLabel(label) === 'absent';
/** A line under such a label: a name with its party or note (`Bo Jensen (V)`, `• Ole Berg ()`), or nobody (`Ingen.`). */
const ATTENDANCE_VALUE = /^(?:[•·\-–]\s*)?(?:\p{Lu}[\p{L}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}.'’\-]*|de|van|von|af))*(?:\s*\([^()]{0,40}\))?[,.]?|Ingen\.?|Intet\.?|[-–])$/u;

interface AttendanceLine {
  label: string;
  value: string;
  /** The lines it takes up. */
  lines: SLine[];
  /** What follows the names on the same line (`Fraværende: Dorte Lind Godkendt.`): the decision's. */
  after: string | null;
}

/**
 * Attendance recorded in a decision block: `Fraværende: X` on one line, the
 * label over its names, or with a dash. A short result glued to or following
 * the names (`Fraværende: Dorte LindGodkendt.`) is split off for the decision.
 */
function attendanceLines(lines: SLine[]): AttendanceLine[] {
  const out: AttendanceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    const labelled = LABELLED.exec(l.text);
    if (labelled && DETAIL_LABEL.test(labelled[1]!)) {
      out.push({ label: labelled[1]!, value: labelled[2]!.trim(), lines: [l], after: null });
      continue;
    }
    const m = labelled && isAbsence(labelled[1]!) ? labelled : DASHED.exec(l.text);
    if (m && isAbsence(m[1]!)) {
      const { names, after } = resultAfterNames(m[2]!.trim());
      out.push({ label: m[1]!, value: names, lines: [l], after });
      continue;
    }
    // The label alone (`Fraværende med afbud:`, `Fraværende`), its names on the lines below.
    if (!isAbsence(l.text)) continue;
    const taken: SLine[] = [l];
    const values: string[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j]!.blank && values.length === 0 && j - i <= 2) j++;
    // A name, not a result (`Fraværende:` / `Godkendt.`: nobody was absent and the item was approved).
    const isValue = (t: string) => ATTENDANCE_VALUE.test(t) && (/^(?:Ingen|Intet|[-–])\.?$/u.test(t) || outcomeOf(t) === null);
    for (; j < lines.length && !lines[j]!.blank && isValue(lines[j]!.text) && values.length < 40; j++) {
      values.push(lines[j]!.text.replace(/^[•·\-–]\s*/u, '').replace(/,$/, ''));
      taken.push(lines[j]!);
    }
    if (values.length === 0) continue;
    out.push({ label: withoutEndColon(l.text), value: values.join(', '), lines: taken, after: null });
    i = j - 1;
  }
  return out;
}

/** `Dorte Lind Drøftet.` → names `Dorte Lind`, result `Drøftet.`; `Dorte LindGodkendt.` likewise (the last cut that leaves a result). */
function resultAfterNames(value: string): { names: string; after: string | null } {
  const cuts = [...value.matchAll(/(?<=\p{Ll})(?=\p{Lu})|(?<=\s)(?=\p{Lu})/gu)].map((m) => m.index).reverse();
  for (const at of cuts) {
    const tail = value.slice(at).trim();
    const head = value.slice(0, at).trim();
    if (head === '' || tail.split(/\s+/).length > 8 || !/[.!]$/.test(tail)) continue;
    if (outcomeOf(tail) !== null) return { names: head, after: tail };
  }
  return { names: value, after: null };
}

/**
 * Wording that records what was done (`Godkendt`, `Sagen blev udsat`, `Intet`),
 * not what is proposed (`Dagsordenen godkendes.`, `Sagen drøftes.`): in a
 * document that says neither referat nor dagsorden, only such text is taken as
 * an item's decision.
 */
const RECORDED = new RegExp(
  `\\b(?:${tolerant('godkendt')}|vedtaget|anbefalet|udsat|udskudt|udskydes|${tolerant('udsættes')}|forkastet|afvist|${tolerant('tiltrådt')}|taget til efterretning|${tolerant('drøftet')}|${tolerant('drøftede')}|besluttede|besluttet|blev|valgt|bevilget)\\b|^(?:intet|ingen)\\b`,
  'iu',
);

/** A day and a month without the year: `den 31. januar`, `15. nov.`. */
const DAY_MONTH = new RegExp(`(?<!\\d)\\d{1,2}\\.\\s*(?:${Object.keys(MONTHS).join('|')})(?!\\p{L})`, 'iu');

/** A point's letter or number at a line's start: `a.`, `B)`, `2.`, `8.1.`. */
const POINT_START = /^(?:[a-hA-H]|\d{1,2}(?:\.\d{1,2})?)[.)]\s+(?=\S)/u;
/** That, or a point's letter inside a line run together (`a. Valg af … b. Valg af …`). */
const POINT_MARK = new RegExp(`${POINT_START.source}|\\s[a-h][.)]\\s+(?=\\p{Lu})`, 'gu');

/**
 * Lines that are all an agenda's points, each a letter or number and a topic with no verb and nothing that records what
 * was done (`a. Valg af dirigent` / `b. Valg af referent`, `8.1. Kapacitetstilpasninger (orientering)`): the entry's parts.
 */
function agendaPointsOnly(lines: SLine[]): boolean {
  const text = lines.filter((l) => !l.blank).map((l) => l.text.trim());
  if (text.length === 0 || !text.every((t) => POINT_START.test(t))) return false;
  const points = text.flatMap((t) => t.split(POINT_MARK)).map((t) => t.trim()).filter((t) => t !== '');
  // (A point that names someone, or a field and its value, records who: `1. Dirigent: Bo Dal`, `1. Bo Dal`, `a. Film – Kim starter.`;
  // one with a date records when: `a) Spilledag 15. november`.)
  const names = (t: string) => /:\s*\S/u.test(t) || findDate(t) !== null || DAY_MONTH.test(t) || (t.match(/(?<!\p{L})\p{Lu}\p{Ll}+/gu) ?? []).some((w) => isGivenName(w));
  return points.length >= 2 && points.every((t) => t.split(/\s+/u).length <= 14 && !hasFiniteVerb(t) && !RECORDED.test(t) && outcomeOf(t) === null && !names(t));
}

function recordsDecision(text: string): boolean {
  return outcomeOf(text) !== null && RECORDED.test(text);
}

/**
 * `isMinutes`: true for minutes, false for an agenda, null when the document
 * does not say; then unheaded item text that reads as a decision
 * (`Godkendt`, `Udskydes til næste møde.`) is taken as one.
 */
/** A body and a date alone on a line: `Handicaprådet den 06.05.2024`, `Økonomiudvalget 3. juni 2024:`, `Vejudvalget, 04.04.2022`. */
const BODY_AND_DATE = /^\p{Lu}(?:[\p{L}\- ]|(?<=-),){2,60}?,?\s+(?:den\s+|d\.\s*)?(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.\s*\p{L}+\s+\d{4}):?$/u;

/** A case system's letter or document id on a line of its own: `Brevid: 123456`, `Dok.nr.: 24/1234`. */
const LETTER_ID = /^(?:Brev-?id|Brev\s*nr\.?|Dok(?:ument)?\.?\s*nr\.?|Dokumentnummer|Akt-?id)\s*:?\s*[\w./-]+$/iu;

export function buildSections(lines: SLine[], layout: TextLayout, isMinutes: boolean | null): ItemBody {
  const blocks = splitBlocks(lines);
  // A line in capitals with nothing under it (`PARKERING ER FORBUDT`) is emphasis, not a heading that makes the text above background.
  // Nor does a list of attachments under the text (`Godkendt.` / `Bilag` / `Bilag 1: …`): the text is still what was recorded.
  const headed = blocks.filter((b) => b.kind !== null && b.kind !== 'attachments' && !(b.kind === 'other' && b.lines.every((l) => l.blank)));
  const sections: Section[] = [];
  const attachments: Attachment[] = [];
  const firstLines: (SLine | undefined)[] = [];
  for (const b of blocks) {
    let kind = b.kind;
    if (kind === null) {
      // (Only an agenda's points under the entry, `a. Valg af dirigent` / `b. Valg af referent`, record nothing.)
      const decides = (isMinutes === true || (isMinutes === null && recordsDecision(blockText(b.lines, layout)))) && !agendaPointsOnly(b.lines);
      kind = headed.length === 0 && decides ? 'decision' : 'background';
    }
    let text: string;
    if (kind === 'attachments') {
      const found = parseAttachments(b.lines);
      attachments.push(...found);
      text = found.map((a) => [a.label, a.title !== a.url ? a.title : null, a.url].filter(Boolean).join(' ')).join('\n');
    } else if (kind === 'decision') {
      // `Beslutninger` / `Handicaprådet den 06.05.2024`: the body and date under the heading are more heading.
      let heading = b.heading;
      let blockLines = b.lines;
      const first = blockLines.findIndex((l) => !l.blank);
      if (heading !== null && first >= 0 && BODY_AND_DATE.test(blockLines[first]!.text)) {
        heading = `${heading} ${blockLines[first]!.text.replace(/:$/, '')}`;
        blockLines = blockLines.filter((_, i) => i !== first);
      }
      // A heading wrapped before its date (`Beslutning i Børneudvalget den` / `3. marts 2022`), then a letter id
      // (`Brevid: 123456`) and an access line (`Åbent`) under it: heading and particulars, not what was decided.
      for (let lead = 0; lead < 3; lead++) {
        const i = blockLines.findIndex((l) => !l.blank);
        if (i < 0) break;
        const t = blockLines[i]!.text;
        if (heading !== null && /\b(?:den|d\.)$/iu.test(heading) && findDate(t)?.index === 0) heading = `${heading} ${t.replace(/:$/, '')}`;
        else if (!LETTER_ID.test(t) && !STATUS_LINE.test(t)) break;
        blockLines = blockLines.filter((_, k) => k !== i);
      }
      // `Fraværende: Ole Berg` recorded with the decision is attendance, not the decision: a block of its own.
      const attendance = attendanceLines(blockLines);
      const taken = new Set(attendance.flatMap((a) => a.lines));
      const kept = blockLines.flatMap((l): SLine[] => {
        if (!taken.has(l)) return [l];
        const after = attendance.find((a) => a.lines[0] === l)?.after;
        return after ? [{ ...l, text: after }] : [];
      });
      text = blockText(attendance.length > 0 ? kept : blockLines, layout);
      if (text !== '') {
        sections.push({ kind, heading, text });
        firstLines.push(b.lines.find((l) => !l.blank));
      }
      for (const a of attendance) {
        sections.push({ kind: 'other', heading: a.label, text: a.value });
        firstLines.push(a.lines[0]);
      }
      continue;
    } else text = blockText(b.lines, layout);
    if (text === '') continue;
    sections.push({ kind, heading: b.heading, text });
    firstLines.push(b.lines.find((l) => !l.blank));
  }
  return { sections, attachments, firstLines };
}
