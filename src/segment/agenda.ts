/**
 * The agenda printed before the items (`Dagsorden` / `1. Godkendelse af
 * dagsorden` / `2. …`, or the same as a bulleted list) matched item by item
 * with the items found under it. An entry whose item is never recorded (a
 * closed item left out of public minutes, a copy cut short, an item the
 * minutes skip) is still an item of the meeting: it is kept, with its title
 * from the agenda and nothing recorded.
 */
import type { Item } from '../schema.js';
import { splitHeading } from './heading-parts.js';
import { AGENDA_INTRO, BULLET_START, gluedTitle, isBlockHeadingLine, LIST_BULLET, RECORD_BY_NUMBER, type Candidate } from './headings.js';
import { sharesWord, type SLine } from './model.js';
import { FINITE_VERB } from './vocabulary.js';
import { memoize } from '../util/memo.js';

export interface AgendaEntry {
  number: number;
  /** The entry's text after its number (or bullet). */
  rest: string;
  /** Its line. */
  index: number;
}

/** Entries of one list lie on consecutive lines, blank lines and a wrapped line between them aside. */
const MAX_LINE_STEP = 3;
/** A list needs this many entries to be read as the agenda. */
const MIN_ENTRIES = 3;
/** Lines of text an entry of an established list may have under it. */
const MAX_ENTRY_TEXT = 4;
/** Lines of text under a list's last entry before the list goes on, numbered from 1 again. */
const MAX_BROKEN_TEXT = 10;


/** A title's words in small letters, one space between them: kept, as a line is compared with every entry of its agenda. */
const fold = memoize(
  (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  20_000,
);

/** Titles compared loosely: case, spacing and punctuation aside; the shorter one a start of the longer. */
export function sameEntry(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === '' || y === '') return false;
  // `Evt. (besøg)` in the agenda, `Evt.` over the text: a note in brackets after the title is not part of it.
  const bare = (s: string) => fold(s.replace(/\s*\([^()]*\)\s*$/u, ''));
  if (x !== y && bare(a) !== '' && bare(a) === bare(b) && (bare(a) === x || bare(b) === y)) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.startsWith(short) && short.length >= Math.min(12, long.length);
}

/**
 * The runs of numbered candidates before the first item that read as one
 * list: numbers rising by one, each on the line after the one before.
 */
function numberedRuns(cands: Candidate[], before: number, lines: SLine[] = []): AgendaEntry[][] {
  const early = cands.filter((c) => c.index <= before && c.rest !== '' && !c.decimal && !c.unnumbered).sort((a, b) => a.index - b.index);
  const all: AgendaEntry[][] = [];
  let run: AgendaEntry[] = [];
  // The margin of the last sub-point passed over, while its points go on.
  let subMargin: number | null = null;
  for (const c of early) {
    const last = run[run.length - 1];
    const margin = lines.length > 0 ? (lines[c.index]!.indent ?? 0) : 0;
    const further = last !== undefined && lines.length > 0 && margin > (lines[last.index]!.indent ?? 0);
    // An entry may have a line or two of its own under it (`4 Nyt fra Sussie` / `Sussie har et punkt` / … / `5 Kassereren`).
    // A number inside a sub-point further in than the list (`  d. 1 Suppleant` / `  2 Suppleant`) neither ends nor joins it;
    // nor do the points after it at its margin (`  1. Kontakt til skolen` / `  2. Nye medlemmer` under ` 1. Havnen`).
    if (further && (c.number !== last.number + 1 || subMargin === margin)) {
      subMargin = margin;
      continue;
    }
    subMargin = null;
    // A number printed twice on lines one under the other, inside a tight list (`4. Kameraer` / `5. Klager` / `5. Ønsker` /
    // `6. Jul`): a slip of the writer's; both are entries, with the number as printed.
    const next = early[early.indexOf(c) + 1];
    const above = run[run.length - 2];
    if (last && c.number === last.number && c.index === last.index + 1 && above?.number === c.number - 1 && above.index === last.index - 1 && next?.number === c.number + 1 && next.index === c.index + 1 && !further) {
      run.push({ number: c.number, rest: c.rest, index: c.index });
      continue;
    }
    // … or lettered sub-points, further in (`6. Valg.` / `  a. Formand` / … / `  h. Delegerede` / `7. Eventuelt.`).
    if (last && c.number === last.number + 1 && (c.index - last.index <= MAX_LINE_STEP + (run.length >= 2 ? MAX_ENTRY_TEXT : 0) || subPointsBetween(lines, last.index, c.index))) run.push({ number: c.number, rest: c.rest, index: c.index });
    else {
      if (run.length > 0) all.push(run);
      run = [{ number: c.number, rest: c.rest, index: c.index }];
    }
  }
  if (run.length > 0) all.push(run);
  // A list broken by its last entry's lines (`8. Valg` / `Kasserer: …` / `Revisorer: …`) and numbered from 1 again
  // (`1. Nedsættelse af udvalg` / `2. Eventuelt`), as a web page's list is when text interrupts it: one list, numbered on.
  const runs: AgendaEntry[][] = [];
  for (const [k, r] of all.entries()) {
    const prev = runs[runs.length - 1];
    const end = prev?.[prev.length - 1];
    // Points numbered from 1 under an entry, the list going on after them with the entry's next number
    // (`4. Siden sidst` / `a) Kassen` / `1. …` `2. …` / `5. Eventuelt`): the points belong to their entry, no part of the list.
    const after = all[k + 1];
    if (prev && end && r[0]!.number === 1 && after && after[0]!.number === end.number + 1 && after[0]!.index - r[r.length - 1]!.index <= MAX_LINE_STEP + MAX_BROKEN_TEXT && r[0]!.index - end.index <= MAX_LINE_STEP + MAX_BROKEN_TEXT) continue;
    if (prev && end && r[0]!.number === 1 && r.length < prev.length && r[r.length - 1]!.index < before && r[0]!.index - end.index <= MAX_LINE_STEP + MAX_BROKEN_TEXT && !sameEntry(r[0]!.rest, prev[0]!.rest)) {
      runs[runs.length - 1] = [...prev, ...r.map((e, k) => ({ ...e, number: end.number + 1 + k }))];
      continue;
    }
    // The same list going on after its last entry's notes (`7. Valg` / `Valg til bestyrelse: …` / `• …` / `8. Eventuelt.`): the next number, numbered as printed.
    if (prev && end && r[0]!.number === end.number + 1 && prev.length >= MIN_ENTRIES && r[r.length - 1]!.index < before && r[0]!.index - end.index <= 3 * MAX_BROKEN_TEXT) {
      runs[runs.length - 1] = [...prev, ...r];
      continue;
    }
    if (r.length >= MIN_ENTRIES) runs.push(r);
  }
  return runs;
}

/** Every line between two entries is a sub-point further in than they are (`  a. Formand`, `  • Kasserer`). */
function subPointsBetween(lines: SLine[], a: number, b: number): boolean {
  if (lines.length === 0 || b - a > 40) return false;
  const indent = Math.max(lines[a]!.indent ?? 0, lines[b]!.indent ?? 0);
  const between = lines.slice(a + 1, b).filter((l) => !l.blank);
  return between.length > 0 && between.every((l) => (l.indent ?? 0) > indent && /^(?:[a-zæøå][.)]|[-•·*▪]|\d{1,2}\.?)\s*\S/u.test(l.text));
}

/** Runs of bulleted lines before the first item, numbered later by matching them to the items. */
function bulletedRuns(lines: SLine[], before: number): { rest: string; index: number }[][] {
  const runs: { rest: string; index: number }[][] = [];
  let run: { rest: string; index: number }[] = [];
  for (let i = 0; i < before; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    const m = LIST_BULLET.exec(l.text);
    const last = run[run.length - 1];
    if (m && (!last || i - last.index <= MAX_LINE_STEP)) run.push({ rest: l.text.slice(m[0].length).trim(), index: i });
    else {
      if (run.length >= MIN_ENTRIES) runs.push(run);
      run = m ? [{ rest: l.text.slice(m[0].length).trim(), index: i }] : [];
    }
  }
  if (run.length >= MIN_ENTRIES) runs.push(run);
  return runs;
}

/**
 * The agenda's entries, numbered: the longest list before the first item
 * that the items confirm (one of its entries has an item's number and reads
 * as that item's title, and none contradicts them). Empty when there is none.
 */
export function agendaEntries(lines: SLine[], cands: Candidate[], chain: Candidate[]): AgendaEntry[] {
  if (chain.length === 0) return [];
  const first = chain[0]!.index;
  const inChain = new Set(chain.map((c) => c.index));
  const byNumber = new Map(chain.map((c) => [c.number, c]));
  // The items confirm the list: one agrees and none contradicts, or most agree (minutes that retitle an item or two).
  const confirmed = (entries: AgendaEntry[]): boolean => {
    let agree = 0;
    let differ = 0;
    for (const e of entries) {
      const c = byNumber.get(e.number);
      if (!c || c.index === e.index) continue;
      // `Ad 3) Regnskabet blev godkendt.` refers to entry 3 by its number: it agrees whatever it says.
      // … or records what was done under the entry's number (`2: Formanden berettede om …`).
      const record = /\p{L}[.!](?:\s|$)/u.test(c.rest) && c.rest.split(/\s+/).length >= 3 && /\s(?:blev|er|var|har|havde)\s|\p{Ll}{3,}(?:ede|de|te)\b/u.test(c.rest);
      if (c.untitled || c.rest === '' || c.agendaRecord === true || sameEntry(e.rest, c.rest) || RECORD_BY_NUMBER.test(lines[c.index]!.text) || record) agree++;
      else differ++;
    }
    return differ === 0 ? agree >= 1 : agree >= 3 && differ * 2 <= agree;
  };
  const candidates: AgendaEntry[][] = [];
  for (const run of numberedRuns(cands, first, lines)) {
    // The list itself may have given the first item (the chain runs on from it into the sections).
    if (run.some((e) => inChain.has(e.index) && e.index !== first)) continue;
    if (confirmed(run)) candidates.push(run);
    // `Dagsorden:` over `1. …` to `7. …`, and the minutes numbered 1, 2, 3 after it in their own words: the agenda, whatever the sections call the items.
    // One of the sections shares a word with its entry (`2. Stemmeudvalg` under `2. Valg af stemmeudvalg`): the same list, told otherwise.
    else if (run[0]!.number === 1 && underAgendaLabel(lines, run[0]!.index) && chain.length >= 2 && chain.every((c) => c.index > run[run.length - 1]!.index && c.number <= run[run.length - 1]!.number) && chain.some((c) => sharesWord(c.rest, run.find((e) => e.number === c.number)?.rest ?? ''))) candidates.push(run);
  }
  // Closed items listed under their heading (`Lukkede sager` / `209. …`), one or more, whose numbers no section has: public minutes print those in the contents alone.
  const closedOnly: AgendaEntry[] = cands
    .filter((c) => c.index < first && lines[c.index]!.closedGroup === true && !byNumber.has(c.number))
    .map((c) => ({ number: c.number, rest: c.rest, index: c.index }));
  const head = chain[0]!;
  for (const run of bulletedRuns(lines, first)) {
    const at = run.findIndex((e) => sameEntry(e.rest, head.rest));
    if (at < 0) continue;
    const entries = run.map((e, k) => ({ number: head.number - at + k, rest: e.rest, index: e.index })).filter((e) => e.number >= 0);
    if (confirmed(entries)) candidates.push(entries);
  }
  const best = candidates.sort((a, b) => b.length - a.length)[0] ?? [];
  return [...best, ...closedOnly.filter((e) => !best.some((b) => b.number === e.number))];
}

/** The line above a list is an agenda's label (`Dagsorden:`). */
function underAgendaLabel(lines: SLine[], index: number): boolean {
  let j = index - 1;
  while (j >= 0 && lines[j]!.blank) j--;
  // … or a line that ends with it (`Lokalrådsmøde i Folkemusikhuset … Dagsorden:`).
  return j >= 0 && (AGENDA_INTRO.test(lines[j]!.text.trim()) || /\sDagsorden(?:en)?\s*:$/u.test(lines[j]!.text.trim()));
}

/** A title, then its first point lettered `a` (`a.`, `a)`, `2 a.`, `9a:`) and the point's text with a capital. */
const FIRST_POINT_AFTER_TITLE = /^(\p{Lu}[^.:;!?]{2,80}?)\s+((?:\d{1,2}\s*)?[aA][.)]\s+\p{Lu}.*|\d{1,2}a\s*[:.)]\s*\p{Lu}.*)$/u;

/**
 * `Behandling af indkomne forslag a. Bestyrelsen foreslår …`, `Valg 9a: Valg af formand …`: an entry's title, then its first
 * lettered point run on after it on its line; null where the part before the letter is no title (a verb in it, a preposition last).
 */
export function titleBeforeFirstPoint(rest: string): { title: string; text: string } | null {
  const m = FIRST_POINT_AFTER_TITLE.exec(rest);
  if (!m || FINITE_VERB.test(m[1]!) || /\s(?:af|for|til|i|og|om|med|på|ved)$/u.test(m[1]!)) return null;
  return { title: m[1]!, text: m[2]! };
}

/**
 * Items for the agenda's entries that no item found records: numbered as
 * listed, titled from the entry, with nothing recorded.
 */
export function agendaOnlyItems(lines: SLine[], entries: AgendaEntry[], numbers: Set<number>, names: string[]): Item[] {
  const out: Item[] = [];
  for (const e of entries) {
    if (numbers.has(e.number)) continue;
    const text = lines[e.index]!.text.replace(BULLET_START, '');
    // `5. Valg af bestyrelsesmedlemmer På valg er Bo Holm (modtager genvalg) …`: a note run on after the entry's title.
    const noted = titleBeforeFirstPoint(e.rest) ?? (e.rest.length > 80 ? gluedTitle(e.rest, false) : null);
    const parts = splitHeading(noted ? noted.title : e.rest, names);
    const page = lines[e.index]!.page;
    out.push({
      number: e.number,
      title: parts.title,
      heading: text,
      itemType: parts.itemType,
      presenter: parts.presenter,
      durationMinutes: parts.durationMinutes,
      closed: parts.closed || /^lukket\b/iu.test(text) || /^lukket\b/iu.test(parts.title) || lines[e.index]!.closedGroup === true,
      caseNumber: null,
      sections: [],
      decision: null,
      outcome: null,
      attachments: [],
      pages: page === null ? null : { start: page, end: page },
    });
  }
  return out;
}

/** Items in their order with the agenda's own put where their numbers place them. */
export function mergeByNumber(items: Item[], extra: Item[]): Item[] {
  const out = [...items];
  for (const e of extra) {
    const at = out.findIndex((it) => it.number > e.number);
    if (at < 0) out.push(e);
    else out.splice(at, 0, e);
  }
  return out;
}

/**
 * The first line from `from` on that heads an agenda entry's item: its title again, perhaps after a
 * number or bullet and before a colon (`• Sommerfest`, `1. Valg af dirigent:`); -1 if none.
 */
function titleLine(lines: SLine[], from: number, title: string): number {
  const wanted = title.replace(/\s*\([^()]*\)\s*$/u, '').replace(/[.:]$/u, '');
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank || l.text.length > title.length + 12) continue;
    // (The number with its mark, or with none: `3   Regnskab`.)
    const text = l.text.replace(LIST_BULLET, '').replace(/^\d{1,3}(?:\s*[.):]\s*|\s+)/u, '').replace(/[.:]$/u, '');
    if (text.length >= 3 && sameEntry(text, title) && text.length * 2 >= wanted.length) return i;
  }
  return -1;
}

/** How far apart, in lines, the entries of an agenda list lie at most. */
const LIST_STEP = 2;

/**
 * An agenda list taken for the items (its entries on consecutive lines, with
 * text after the last) whose titles come back later as headings without
 * their numbers (`• Ydermur renovation`, `Sommerfest`): those headings are
 * the items, numbered from the list. Null when the list is no such agenda
 * (too short, or fewer than half its titles come back, in order).
 */
export function sectionsByTitle(lines: SLine[], whole: Candidate[]): Candidate[] | null {
  // A chain that runs from the list into later headings numbered on from it (`6. Evt.` / … / `7. NT85` where every paragraph
  // of the minutes is numbered): the list alone, where every one of its titles comes back.
  const cut = whole.findIndex((c, k) => k > 0 && c.index - whole[k - 1]!.index > LIST_STEP);
  const chain = cut >= MIN_ENTRIES ? whole.slice(0, cut) : whole;
  if (chain.length < MIN_ENTRIES) return null;
  if (!chain.every((c, k) => k === 0 || c.index - chain[k - 1]!.index <= LIST_STEP)) return null;
  const found: Candidate[] = [];
  let numbered = 0;
  let from = chain[chain.length - 1]!.index + 1;
  for (const c of chain) {
    const i = titleLine(lines, from, c.rest);
    if (i < 0) continue;
    // The number again with the title (`1. Meddelelse fra formanden`): the item's own heading, whatever else comes back.
    const again = new RegExp(`^${c.number}\\s*[.):]`, 'u').test(lines[i]!.text);
    if (again) numbered++;
    found.push({ ...c, index: i, rest: c.rest, unnumbered: !again });
    from = i + 1;
  }
  if (found.length === 0) return null;
  // (Or the first three entries or more, in order, and the copy cut short: the records of the rest were never printed.)
  const firstOnes = found.length >= 3 && found.every((f, k) => f.number === chain[k]!.number);
  if (chain !== whole && found.length < chain.length) return null;
  return (found.length * 2 >= chain.length && found.length >= 2) || numbered === found.length || firstOnes ? found : null;
}

/** Words of an agenda's titles too common to key an item's record by (`Valg af …`, `Aflæggelse af …`). */
const GENERIC_KEY = /^(?:valg|valget|aflæggelse|forelæggelse|fremlæggelse|behandling|godkendelse|orientering|eventuelt|indkomne|forslag|bestyrelsens|formandens|meddelelser|status|punkt|emner|andet|diverse|herunder|samt|eller|under|bestyrelse|bestyrelsen|foreningen|foreningens|medlemmer|medlemmerne|mødet|næste|sidste|kommende)$/u;

/** The words of an agenda entry that may open its record's heading: five letters or more, none of the common ones. */
function keysOf(title: string): string[] {
  return title.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 5 && !GENERIC_KEY.test(w));
}

/** `ledelsesberetning` for `ledelsens`, `udvalgenes` for `aktivitetsudvalgenes`: the same word, or one stem, or one the other's end. */
function sameKey(word: string, key: string): boolean {
  if (word === key) return true;
  const [short, long] = word.length <= key.length ? [word, key] : [key, word];
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return (common >= 7 && common * 3 >= short.length * 2) || (short.length >= 7 && long.endsWith(short));
}

/**
 * The line from `from` on that heads an entry's record by a word of its title
 * (`Trampesti : Folmer forelagde …` for `Trampesti ved søen`, `Dirigent til
 * generalforsamling: Bo Dal` for `Valg af dirigent & referent`,
 * `Udvalgenes beretninger:` for `Aflæggelse af aktivitetsudvalgenes
 * beretninger`): its first word; with what follows its colon, or its word, on
 * the line as the record's start.
 */
function keyLine(lines: SLine[], firstWords: (string | null)[], from: number, title: string): { index: number; glued?: string } | null {
  const keys = keysOf(title);
  if (keys.length === 0) return null;
  for (let i = from; i < lines.length; i++) {
    const word = firstWords[i];
    if (!word || !keys.some((k) => sameKey(word, k))) continue;
    const t = lines[i]!.text.replace(LIST_BULLET, '').trim();
    // A heading of its own (`Konstituering:`, `Udvalgenes beretninger:`), or one run on after its colon or right after its word.
    const colon = /^([^:]{0,60}?)\s*:\s*(\S.*)?$/u.exec(t);
    if (colon) return colon[2] !== undefined ? { index: i, glued: colon[2] } : { index: i };
    if (t.split(/\s+/u).length <= 14 && !/[.!?]$/u.test(t)) return { index: i };
    const after = t.slice(word.length).trim();
    if (/^\p{Lu}/u.test(after)) return { index: i, glued: after };
  }
  return null;
}

/**
 * An agenda list taken for the items whose records come later headed by a
 * word of each title rather than the title itself (`Trampesti : …`,
 * `Visioner Foreningen arbejder …`, `Konstituering:`): those lines head the
 * items, numbered from the list, in its order. Null unless half the entries
 * are found so, or three or more from the first on (a copy cut after them).
 */
export function sectionsByKey(lines: SLine[], chain: Candidate[]): Candidate[] | null {
  if (chain.length < MIN_ENTRIES) return null;
  if (!chain.every((c, k) => k === 0 || c.index - chain[k - 1]!.index <= LIST_STEP)) return null;
  const found: Candidate[] = [];
  let from = chain[chain.length - 1]!.index + 1;
  // Each line's first word, capitalised (`Trampesti`, `Konstituering`), in small letters: read once for all the entries.
  const firstWords = lines.map((l, i) => (i < from || l.blank ? null : (/^(\p{Lu}\p{L}+)(?=[\s:]|$)/u.exec(l.text.replace(LIST_BULLET, '').trim())?.[1]?.toLowerCase() ?? null)));
  const after = from;
  // (In the agenda's order; an entry recorded before the one above it in the list (`Kontingent` before `Hjemmeside`) is
  // looked for again from the list's end, on a line no other entry took and not a block's label, `Beslutning`.)
  let untaken: (string | null)[] | null = null;
  for (const c of chain) {
    const hit = keyLine(lines, firstWords, from, c.rest) ?? keyLine(lines, (untaken ??= firstWords.map((w, i) => (w === null || found.some((f) => f.index === i) || isBlockHeadingLine(lines[i]!.text) ? null : w))), after, c.rest);
    if (!hit || found.some((f) => f.index === hit.index)) continue;
    found.push({ ...c, index: hit.index, unnumbered: true, ...(hit.glued !== undefined ? { gluedText: hit.glued } : {}) });
    if (untaken) untaken[hit.index] = null;
    from = Math.max(from, hit.index + 1);
  }
  found.sort((a, b) => a.index - b.index);
  const fromFirst = found.length >= 3 && found.every((c, k) => c.number === chain[k]!.number);
  return found.length >= 2 && (found.length * 2 >= chain.length || fromFirst) ? found : null;
}

/** `Dagsorden:`, `Dagsorden`, `Dagsorden iflg. vedtægterne:` alone on a line. */
const AGENDA_LABEL_LINE = /^(?:dagsorden|dagsordenen|program)(?:\s+(?:iflg\.?|ifølge|jf\.?|i\s+henhold\s+til|efter)\s+[^.:]{2,40})?\s*:?$/iu;
/** The fewest entries of an unnumbered agenda read as the items with nothing else in the document to read. */
const MIN_ALONE_ENTRIES = 4;
/** A list entry printed as a short line of its own (a title, not a sentence of text). */
const ENTRY_WORDS = 14;

/**
 * An agenda of unnumbered lines under its label (`Dagsorden:` / `Valg af
 * dirigent` / `Beretning` / …), its titles returning later as headings
 * (`Beretning:`, `1. Valg af dirigent:`): those headings are the items,
 * numbered by their place in the agenda, and an entry that does not return is
 * an item from the agenda. Null when there is no such agenda or too few of its
 * titles return; `alone` (nothing else in the document to read) takes an
 * unbulleted list of four or more entries as the items themselves.
 */
export function unnumberedAgenda(lines: SLine[], alone = false): { chain: Candidate[]; entries: AgendaEntry[] } | null {
  const label = lines.findIndex((l) => !l.blank && AGENDA_LABEL_LINE.test(l.text));
  if (label < 0) return null;
  const entries: AgendaEntry[] = [];
  for (let i = label + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) {
      if (entries.length > 0) break;
      continue;
    }
    const t = l.text.replace(LIST_BULLET, '');
    // `Generalforsamlingens dagsorden var følgende:` right under the label introduces the list.
    if (entries.length === 0 && /:$/u.test(t.trim()) && /\bdagsorden/iu.test(t)) continue;
    if (/^\d/.test(t) || t.split(/\s+/).length > ENTRY_WORDS || !/^\p{Lu}/u.test(t)) break;
    // A case system's block (`Resumé`, `Beslutning`) ends the list: what came before it is the page's header, no agenda.
    if (isBlockHeadingLine(t)) break;
    entries.push({ number: entries.length + 1, rest: t.replace(/[.:]$/u, ''), index: i });
  }
  if (entries.length < MIN_ENTRIES) return null;
  const chain: Candidate[] = [];
  let from = entries[entries.length - 1]!.index + 1;
  for (const e of entries) {
    const i = titleLine(lines, from, e.rest);
    if (i < 0) continue;
    chain.push({ index: i, number: e.number, pattern: 'punkt', rest: e.rest, score: 0, unnumbered: true });
    from = i + 1;
  }
  // Two titles returning in order are enough: a copy cut short keeps the rest of the agenda as items.
  if (chain.length >= 2) return { chain, entries };
  // With nothing else to read (`alone`), the list under its label is the agenda itself, each entry an item.
  // (Not a list of bullets or dashes, which the bulleted agenda reads with its groups and records.)
  if (alone && chain.length === 0 && entries.length >= MIN_ALONE_ENTRIES && entries.every((e) => !LIST_BULLET.test(lines[e.index]!.text.trim()))) return { chain: entries.map((e) => ({ index: e.index, number: e.number, pattern: 'punkt', rest: e.rest, score: 0, unnumbered: true })), entries };
  return null;
}
