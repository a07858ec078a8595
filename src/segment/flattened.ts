/**
 * Text that lost its line breaks: a web transcript of a PDF prints each page
 * as one paragraph (`2 Side 2 af 18 Dagsorden: 1. Godkendelse af dagsorden
 * 2. Budget …`), led by the page's number. The item numbers inside such a
 * line, in sequence, start lines of their own again, and the page numbers
 * leading the paragraphs are dropped.
 */
import type { SLine } from './model.js';
import { Cued } from '../util/cued.js';
import { END_MATTER, titlesRunTogether } from './title-starts.js';

/** A line this long is a page or a paragraph run together, not a line as printed. */
const FLATTENED_LENGTH = 200;
/** Words whose own number a number after them is (`Bilag 2`, `KREDS 3`), as printed or in capitals. */
const NUMBERED_WORDS = ['Bilag', 'Side', 'Sag', 'Nr', 'Nummer', 'Stk', 'Kapitel', 'Afsnit', 'Uge', 'Trin', 'Fase', 'Runde', 'Kreds', 'Hold', 'Gruppe', 'Kl', 'Bind', 'Version', 'Del', 'Pkt', 'Punkt']
  .flatMap((w) => [w, w.toUpperCase()])
  .join('|');

/**
 * A number and a mark before a capital, after a space, or a number after `Punkt` or `Ad` (`- Punkt 3. forslag …`, `Ad 1:
 * Mødet åbnes`): an item number inside a run-together text. A colon for the mark (`… mødesekretær. 2: Konstatering …`) not
 * after a word the number belongs to (`Bilag 2: Budget`, `Kreds 2: …`).
 */
const NUMBER_INSIDE = new RegExp(String.raw`(?<=\s)(?:[-–•]\s+)?(?:(?:(?:Punkt|Pkt\.?)\s+|[Aa]d\.?\s*)(\d{1,2})[.):]?\s+(?:[-–]\s+)?(?=\p{L})|(\d{1,3})(?:\.0|[.)])\s+(?=\p{Lu})|(\d{1,3}):(?<!(?:^|\s)(?:${NUMBERED_WORDS})\.?\s\d{1,3}:)\s+(?=\p{Lu}))`, 'gu');
/** A capital letter and a full stop before a capitalised word: a lettered point. */
const LETTER_INSIDE = /(?<=\s)([A-H])\.\s+(?=\p{Lu}\p{Ll})/gu;
/** The minutes' own label after an agenda run together with it; the agenda's own part labels (`Orienteringspunkter:`). */
const SECTION_LABEL = /(?<=\s)(?:Referat|REFERAT|Beslutningsprotokol|(?:Beslutnings|Orienterings|Drøftelses|Debat|Temadrøftelses)punkter\s*:|Punkter til (?:beslutning|orientering|drøftelse|godkendelse)\s*:)(?:\b|(?<=:))(?=\s+(?:\p{Lu}|\d)|:|\s*$)/gu;
/** A meeting field's label inside a run-together text (`… – Lillesøvej Dato: 20. september 2023 Deltagere: …`). */
const FIELD_LABEL_INSIDE = /(?<=\s)(?:Dato|Mødedato|Tid|Tidspunkt|Start|Slut|Starttidspunkt|Sluttidspunkt|Sted|Mødested|Deltagere|Til stede|Tilstede|Fremmødte|Afbud|Fraværende|Referent|Ordstyrer|Mødeleder|Dagsorden)\s*:/gu;
/** A case system's labels inside a run-together item (`… dagsorden Dok.nr.: 1965 Sagsid.: 14/40 Initialer: ab …`). */
/** A committee's case id inside a run-together text (`… behandlet på mødet ØU-55/07-O Økonomisk orientering …`): an item starts there. */
const CASE_ID_INSIDE = /(?<=\s)\p{Lu}{1,5}-(\d{1,3})\/\d{2}(?:-\p{Lu})?\s+(?=\p{Lu})/gu;
const CASE_LABEL_INSIDE = /(?<=\s)(?:Dok\.\s?nr\.|Dokumentnr\.|Sagsid\.|Sags?\s?nr\.|Journalnr\.|J\.nr\.|Initialer|Sagsbehandler)\s*:/gu;

/** A block's label and a colon inside a run-together item (`… sundhedsområdet. Beslutning: Taget til efterretning.`): the block starts there. */
const BLOCK_LABEL_INSIDE = /(?<=\s)(?:Beslutning|Indstilling|Sagsfremstilling|Resumé|Resume|Bilag)\s*:(?=\s+\S)/gu;

/** A case system's block heading without a colon (`… Åben sag Indledning I takt med …`, `Beslutning Teknisk Udvalg den 4. marts 2025 Godkendt.`), read only on a page the case system's labels show is one. */
const BLOCK_WORD_INSIDE = /(?<=\s)(?:Beslutning(?:\s+(?:i\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:og\s+)?\p{L}[\p{L}-]*){0,3}?\s+den(?:\s+\d{1,2}\.\s*\p{Ll}+\s+\d{4}|\s+\d{1,2}[-./]\d{1,2}[-./]\d{2,4})?)?|Indledning|Sagsfremstilling|Indstilling|Resumé|Resume|Afbud:)(?=\s+\p{Lu})/gu;

function caseLabels(text: string): number[] {
  const labels = [...text.matchAll(CASE_LABEL_INSIDE)].map((m) => m.index!);
  // The block word stands on a line of its own, as the heading it is; its text follows on the next.
  const words = labels.length > 0 ? [...text.matchAll(BLOCK_WORD_INSIDE)].flatMap((m) => (m[0].endsWith(':') ? [m.index!] : [m.index!, m.index! + m[0].length])) : [];
  return [...labels, ...words, ...[...text.matchAll(BLOCK_LABEL_INSIDE)].map((m) => m.index!)];
}

/** An item's date label (`… næstformand Dato: 13. februar 2031 Sags nr.: …`), as a case system prints it under the title. */
const DATE_LABEL_INSIDE = /(?<=\s)Dato\s*:(?=\s+\d)/gu;

/** A page's number left at the end of its text (`… til efterretning. Side 6`): furniture. */
const PAGE_FOOT = /\s+Side\s+\d{1,3}(?:\s+af\s+\d{1,3})?$/u;

/** `text` cut at `cuts` into lines of `l`'s place; with `opensAfterFirst`, each part after the first opens a paragraph. */
function pieces(l: SLine, text: string, cuts: number[], opensAfterFirst = false): SLine[] {
  const out: SLine[] = [];
  let from = 0;
  const push = (whole: string) => {
    const part = cuts.length > 0 ? whole.replace(PAGE_FOOT, '') : whole;
    if (part) out.push(opensAfterFirst && from > 0 ? { ...l, text: part, opensParagraph: true } : { ...l, text: part });
  };
  for (const at of [...cuts].sort((a, b) => a - b)) {
    push(text.slice(from, at).trim());
    from = at;
  }
  push(text.slice(from).trim());
  return out;
}

/** A table of contents' leaders and page inside a run-together text (`… Dallund Slot...ii 91. …`, `… Budget ..... 14 3. …`). */
const TOC_REF_INSIDE = /(?:\.{3,}|…+)\s*(\d{1,4}|[ivxlc]{1,7})(?=\s|$)/gu;

/**
 * A run-together table of contents: its pages blanked out (the same length
 * in spaces, so places in the text hold) and the places after them, where
 * the next entry or part starts. A page alone before an entry's number
 * (`… regnskab v 94. …`, in a table whose other pages are roman) goes too.
 */
function tocPages(text: string): { text: string; cuts: number[] } | null {
  const refs = [...text.matchAll(TOC_REF_INSIDE)];
  if (refs.length < 2) return null;
  const roman = refs.filter((m) => /^[ivxlc]+$/u.test(m[1]!)).length > refs.length / 2;
  const bare = roman ? /(?<=\s)[ivxlc]{1,7}(?=\s+\d{1,3}\.\s)/gu : /(?<=\p{L}\s)\d{1,3}(?=\s+\d{1,3}\.\s+\p{Lu})/gu;
  const spans = [...refs, ...text.matchAll(bare)].map((m) => [m.index!, m.index! + m[0].length] as const);
  let out = text;
  for (const [from, to] of spans) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  return { text: out, cuts: spans.map(([, to]) => to) };
}

/**
 * A running case number of the year that heads an item (`19-001`, `KOM 19-027`, `KOM 19-030,`): two digits of the
 * year, a dash, three of the case, perhaps after the body's letters; a title follows.
 */
const YEAR_CASE_INSIDE = /(?<=^|\s)(?:\p{Lu}{2,5}\s+)?\d{2}-\d{3},?\s+(?=\p{L})/gu;
/** The same at a line's start. */
const YEAR_CASE_FIRST = new RegExp(`^${YEAR_CASE_INSIDE.source}`, 'u');
/** An entry's leaders and page at its end (`Budget ...... 14`, `… kr…………...... 14`). */
const TOC_TAIL = /\s*(?:\.{3,}|…+)[.…]*\s*\d{0,4}$/u;

/**
 * A table of contents run together whose entries are headed by running case numbers (`Dagsorden 19-001 Budget ...... 3
 * 19-002 Skoler ...... 5`): each entry on a line of its own, without its leaders and page; an entry with no case number
 * (`Orienteringssager ...... 23`) keeps them (a loose contents entry, dropped as such). Two entries or more with case
 * numbers, two pages or more.
 */
function tocByCaseNumbers(l: SLine): SLine[] | null {
  if (!/\d{2}-\d{3}/u.test(l.text)) return null;
  const refs = [...l.text.matchAll(TOC_REF_INSIDE)];
  const ids = [...l.text.matchAll(YEAR_CASE_INSIDE)];
  if (refs.length < 2 || ids.length < 2) return null;
  const cuts = [...refs.map((m) => m.index! + m[0].length), ...ids.map((m) => m.index!)].filter((at) => at > 0 && at < l.text.length);
  const out: SLine[] = [];
  let from = 0;
  for (const at of [...new Set(cuts)].sort((a, b) => a - b)) {
    out.push({ ...l, text: l.text.slice(from, at).trim() });
    from = at;
  }
  out.push({ ...l, text: l.text.slice(from).trim() });
  return out.filter((x) => x.text !== '').map((x) => (YEAR_CASE_FIRST.test(x.text) ? { ...x, text: x.text.replace(TOC_TAIL, '') } : x));
}

/**
 * Where a text that lost its line breaks lost the spaces with them (`… Afbud: Bo.1. Godkendelse af dagsordenDagsordenen blev
 * godkendt.2. Meddelelser…`): a small letter or a sentence's end glued to a capitalised word, or to a number and its full stop
 * before one (also after a year's four figures: `februar 20112. Valg`), or a record's `ad 2.` glued to the sentence before and the one after.
 */
const GLUED_BREAK = /(?<=\p{Ll}|[.?!)])(?=\p{Lu}\p{Ll})|(?<=\p{Ll}|[.?!)]|(?<!\d)(?:19|20)\d\d)(?=\d{1,2}\.\s*\p{Lu})|(?<=[.?!])(?=[Aa]d\s?\d{1,2}\.)|(?<=\b[Aa]d\s?\d{1,2}\.)(?=\p{L})/gu;
/** A line with at least this many such places, two of them numbers in a row, has lost its breaks (a name spelt with a capital inside has one or two). */
const MIN_GLUED = 5;

/** Such a line broken at each of those places, the breaks it lost; other lines as they were. */
function unglued(l: SLine): SLine[] {
  if (l.text.length < FLATTENED_LENGTH) return [l];
  const at = [...l.text.matchAll(GLUED_BREAK)].map((m) => m.index!);
  // (Numbers among them, two in a row: a list run together, not a web page's menu run together, `Region SyddanmarkpilPolitik…`.)
  const numbers = at.map((i) => /^(\d{1,2})\.\s*\p{Lu}/u.exec(l.text.slice(i))?.[1]).filter((n) => n !== undefined).map(Number);
  if (at.length < MIN_GLUED || !numbers.some((n, k) => k > 0 && n === numbers[k - 1]! + 1)) return [l];
  return pieces(l, l.text, at);
}

/** An entry of a contents list run together, led by its access marker and perhaps its number (`1 (Åben) Godkendelse af dagsorden`). */
const ACCESS_ENTRY_INSIDE = /(?<=^|\s)(?:(\d{1,3})\s+)?(\((?:Åben|Åbent|Lukket)\))\s+(?=\p{Lu})/gu;

/**
 * A transcript's contents list whose numbers were lost but for the first, each entry still led by its access marker
 * (`Indholdsfortegnelse 1 (Åben) Godkendelse af dagsorden (Åben) Budget (Åben) Prisfest …`): each entry on a line of its own,
 * numbered by its place (the first's number is 1 or missing). Three entries or more, each of a title's length.
 */
function accessEntries(l: SLine): SLine[] | null {
  if (l.text.length < FLATTENED_LENGTH || !l.text.includes('(')) return null;
  const marks = [...l.text.matchAll(ACCESS_ENTRY_INSIDE)];
  if (marks.length < 3 || (marks[0]![1] !== undefined && marks[0]![1] !== '1') || marks.slice(1).some((m) => m[1] !== undefined)) return null;
  const spans = marks.map((m, k) => l.text.slice(m.index! + m[0].length, k + 1 < marks.length ? marks[k + 1]!.index! : undefined).trim());
  if (spans.slice(0, -1).some((t) => t.length > 140)) return null;
  const out: SLine[] = [];
  const before = l.text.slice(0, marks[0]!.index!).trim();
  if (before) out.push({ ...l, text: before });
  spans.forEach((t, k) => out.push({ ...l, text: `${k + 1} ${marks[k]![2]} ${t}`, opensParagraph: k > 0 || l.opensParagraph === true }));
  return out;
}

/** What heads a transcript's contents list (`Indholdsfortegnelse`, `Til behandling forelå:`), and the column heads after it (`Side`, `Sag nr.: Emne`, `Punkter til dagsorden Side`). */
const CONTENTS_LABEL = new Cued(
  /Indholdsfortegnelse|INDHOLDSFORTEGNELSE|behandling forelå|sager behandles/u,
  /(?<=^|\s)(?:Indholdsfortegnelse|INDHOLDSFORTEGNELSE|Til behandling forelå|Følgende sager behandles)\s*:?\s+(?:(?:Side|Sag\s+nr\.?|Emne|Punkter\s+til\s+dagsorden)\s*:?\s+)*/u,
);
/** A contents entry that is no item: a part's heading in capitals, a label (`Punkter på lukket møde:`), a page's number or head. */
const CONTENTS_NO_ITEM = /^(?:\p{Lu}{2,}(?:\s+\p{Lu}{2,})+|[^:]*\p{Ll}[^:]*:|\d{1,3}|SIDE\s+\d{1,3}|Side\s+\d{1,3})$/u;

/**
 * A transcript's contents list that lost its numbers but for the first and its breaks (`Indholdsfortegnelse Side 1.
 * Dialogmøde ældrerådet Budgetopfølgning pr. oktober Evaluering af …`): each title (see title-starts.ts) on a line of its own,
 * numbered on from the first (`264.`, `001.`, or 1), without its leaders and page; a part's heading in capitals and a label
 * stay lines of their own, unnumbered; the appendices (END_MATTER) end the items. Five titles or more, no run of the numbers left in the
 * list (those the other readings take), none longer than a title.
 */
function contentsRunTogether(l: SLine): SLine[] | null {
  if (l.text.length < FLATTENED_LENGTH) return null;
  const label = CONTENTS_LABEL.exec(l.text);
  if (!label) return null;
  const body = l.text.slice(label.index + label[0].length);
  const first = /^(\d{1,3})\.\s+(?=\p{Lu})/u.exec(body);
  const rest = first ? body.slice(first[0].length) : body;
  // (Numbers left in the list, `… 2 Integrationsrådets strategi 6 5 Arrangement …`: another shape.)
  if ([...rest.matchAll(NUMBER_INSIDE)].length > 0 || (rest.match(/(?<=\s)\d{1,3}(?=\s+\p{Lu})/gu)?.length ?? 0) >= 3) return null;
  const titles = titlesRunTogether(rest.split(/\s+/u).filter(Boolean));
  // The label on a line of its own, as it heads the list; a page's number or head before it (`side 2`) goes.
  const before = l.text.slice(0, label.index).trim();
  const out: SLine[] = [];
  if (before !== '' && !/^(?:\d{1,3}\s+)?(?:[Ss]ide|SIDE)?\s*\d{0,3}$/u.test(before)) out.push({ ...l, text: before });
  out.push({ ...l, text: /^\S+(?:\s+\p{Ll}+){0,2}(?:\s*:)?/u.exec(label[0].trim())![0], opensParagraph: true });
  let number = first ? Number(first[1]) : 1;
  let ended = false;
  let items = 0;
  for (const title of titles) {
    // (The last entry's page, its leaders lost: `… anlægsbevilling. 25`, `… aktiviteter 25 2`.)
    // (And a dash left before a part's heading cut off, `Salg af areal - LUKKET SAG`.)
    // (And a closed part's heading cut off at the page's end: `… Eventuelt Lukket`; a case's access after its title, `… Åben sag`.)
    const text = title.replace(TOC_TAIL, '').replace(/(?<=\p{L})\.?(?:\s+\d{1,3})+$/u, '').replace(/\s+[-–]$/u, '').replace(/(?<=\S)\s+(?:Lukket|LUKKET)$/u, '').replace(/(?<=\S)\s+(?:Åben|Lukket)\s+sag$/u, '').trim();
    if (text === '') continue;
    // (The signatures' sheet listed first, before any case, `Indholdsfortegnelse Underskriftsark Godkendelse af …`: no item, no end.)
    if (items === 0 && !ended && END_MATTER.test(text) && !/\s/u.test(text.replace(/\.{2,}.*$/u, ''))) out.push({ ...l, text: title, opensParagraph: true });
    // The appendices' and the signatures' entries end the list; they and the page's footer after them point to pages, and
    // are no text of the last item (`… Meddelelser Samlet bilagsliste...16 Side nr. 1`).
    else if (ended || END_MATTER.test(text)) ended = true;
    else if (CONTENTS_NO_ITEM.test(text) && !/^LUKKET\s+PUNKT:?$/iu.test(text)) out.push({ ...l, text, opensParagraph: true });
    else {
      if (text.split(/\s+/u).length > 25) return null;
      out.push({ ...l, text: `${number++}. ${text}`, opensParagraph: true });
      items++;
    }
  }
  return items >= 5 ? out : null;
}

/**
 * A page's list run together under the contents' label that a page's heading in capitals set on a line of its own
 * (`INDHOLDSFORTEGNELSE` / `Sag nr.: Emne 1. Budget … Orienteringssager`): read as one line with it; the label's own line
 * stays, the list's numbered lines follow. Null where the line above is no label alone.
 */
function underLabel(lines: SLine[], k: number): SLine[] | null {
  const above = k > 0 ? lines[k - 1]! : null;
  const l = lines[k]!;
  if (!above || above.blank || l.text.length < FLATTENED_LENGTH || !/^\s*\p{L}+\s*:?\s*$/u.test(above.text) || !CONTENTS_LABEL.test(`${above.text.trim()} `)) return null;
  const read = contentsRunTogether({ ...l, text: `${above.text.trim()} ${l.text}` });
  // (The label's line is kept above: its copy opens the list read here.)
  return read === null ? null : read.slice(1);
}

/** A case system's contents table's column heads (`Pkt. Tekst Side`, `Punkt Emne Side`): its rows run together follow. */
const TOC_COLUMNS = /(?<=^|\s)(?:Pkt\.?|Punkt|Nr\.?)\s+(?:Tekst|Emne|Titel|Overskrift)\s+Side\s+(?=\d{1,3}\s+\p{Lu})/u;
/** A number alone among a table's words: an item's number or a page's. */
const BARE_NUMBER = /^\d{1,3}$/u;
/** How far an item's number may jump past the last one read (numbers lost between them). */
const NUMBER_JUMP = 15;

/**
 * A case system's contents table run together with its numbers and pages inline (`Pkt. Tekst Side 1 Godkendelse af
 * dagsorden 2 2 Strategi for perioden Fordeling af boliger 6 5 Arrangement …`, `… Side 38 Likviditet … Budget 2 40
 * Regnskab …`): a number before a capitalised word is the next item's (two numbers: the page, then the item), one before a
 * word in small letters a page inside a wrapped title. The words between two items' numbers are cut where titles start
 * (title-starts.ts), numbered on from the first; where they give more titles than the numbers leave room for, the last
 * ones go together. Null unless three items' numbers are read.
 */
function inlineNumberedContents(l: SLine): SLine[] | null {
  if (l.text.length < FLATTENED_LENGTH) return null;
  const heads = TOC_COLUMNS.exec(l.text);
  if (!heads) return null;
  const words = l.text.slice(heads.index + heads[0].length).split(/\s+/u).filter(Boolean);
  const starts: { number: number; at: number }[] = [];
  let last: number | null = null;
  const pages = new Set<number>();
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!BARE_NUMBER.test(w)) continue;
    const next = words[k + 1] ?? '';
    const n = Number(w);
    if (BARE_NUMBER.test(next) && /^\p{Lu}/u.test(words[k + 2] ?? '')) {
      pages.add(k);
      continue;
    }
    if (/^[„"“«(]?\p{Lu}/u.test(next) && (last === null || (n > last && n <= last + NUMBER_JUMP))) {
      starts.push({ number: n, at: k });
      last = n;
    } else pages.add(k);
  }
  if (starts.length < 3) return null;
  const out: SLine[] = [];
  const before = l.text.slice(0, heads.index).trim();
  if (before !== '') out.push({ ...l, text: before });
  // The column heads on a line of their own, as they head the table (the header above ends there).
  out.push({ ...l, text: heads[0].trim(), opensParagraph: true });
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.at : words.length;
    const span = words.slice(start.at + 1, end).filter((_w, j) => !pages.has(start.at + 1 + j));
    let titles = titlesRunTogether(span);
    if (i + 1 < starts.length) {
      const room = starts[i + 1]!.number - start.number;
      if (titles.length > room) titles = [...titles.slice(0, room - 1), titles.slice(room - 1).join(' ')];
    }
    titles.forEach((title, j) => {
      const text = title.replace(TOC_TAIL, '').trim();
      if (text !== '') out.push({ ...l, text: `${start.number + j}. ${text}`, opensParagraph: true });
    });
  });
  return out;
}

/**
 * A transcript's page that is a contents list with no label, its first title numbered 1 and the rest run together
 * (`1. Budgetprocedure Prioriteringskatalog … Ny forening - … søger om godkendelse Eventuelt`): read as under a label, where no
 * sentence ends inside it and every title is short. Null otherwise.
 */
function contentsWithoutLabel(l: SLine): SLine[] | null {
  if (l.text.length < FLATTENED_LENGTH || !/^1\.\s+\p{Lu}/u.test(l.text)) return null;
  // (A sentence's end, or a label's colon, is text: an item's record, not a list of titles.)
  if (/(?<=\p{Ll}{2})[.!?:]\s/u.test(l.text)) return null;
  const read = contentsRunTogether({ ...l, text: `Indholdsfortegnelse ${l.text}` });
  if (read === null || read.some((x) => x.text.split(/\s+/u).length > 16)) return null;
  return read.slice(1);
}

/** At least this many numbers in sequence inside one line before it is split. */
const MIN_SPLITS = 2;

/**
 * The leading page number of a transcript's paragraph (`2 Side 2 af 18 …`, `3 Punkt 4 …`); not an item's number and its
 * dash (`1 - Velkommen | Lise bød velkommen.`, a row of a table of items).
 */
const PAGE_LEAD = /^(\d{1,3})\s+(?=\S)(?![-–]\s)/u;

/** A page's running header after its page number (`Side 2 af 18`, `Side 3 af` with the count lost): furniture. */
const PAGE_HEADER = /^Side\s+(?:\d{1,3}(?:\s+af(?:\s+\d{1,3})?)?|[ivxlc]{1,7})\s+(?=\S)/u;

/** One entry of a table of contents on its line: a title, then its leaders and page at the end, no leaders before. */
const TOC_ENTRY_LINE = /^[^.…]*(?:\.(?!\.)[^.…]*)*(?:\.{3,}|…+)\s*\d{0,4}$/u;

/** A transcript's page is a paragraph at least this long (a short page, one item's, too). */
const PAGE_PARAGRAPH = 80;

/**
 * Where item numbers inside `text` start lines: the next number from `from`,
 * or one after a number the transcript lost; with `restart`, 1 again (the
 * minutes after the agenda). Also the number expected after them.
 */
function numberCuts(text: string, from: number, restart: number | null): { cuts: number[]; next: number } {
  const cuts: number[] = [];
  let next = from;
  for (const m of text.matchAll(NUMBER_INSIDE)) {
    const n = Number(m[1] ?? m[2] ?? m[3]);
    if ((n >= next && n <= next + 2) || (restart !== null && n === restart && next > restart)) {
      cuts.push(m.index!);
      next = n + 1;
    }
  }
  return { cuts, next };
}

/**
 * The first number of a run of at least three in sequence inside `text`
 * (`… 89. Kvartalsrapport …i 90. Dallund Slot …ii 91. Klage …`): a list that
 * goes on numbering from an earlier meeting's items, not from 1.
 */
function chainStart(text: string): number | null {
  const numbers = [...text.matchAll(NUMBER_INSIDE)].map((m) => Number(m[1] ?? m[2] ?? m[3]));
  for (let k = 0; k < numbers.length; k++) {
    let at = numbers[k]!;
    let length = 1;
    for (let j = k + 1; j < numbers.length && length < 3; j++) {
      if (numbers[j] === at + 1) {
        at++;
        length++;
      }
    }
    if (length >= 3) return numbers[k]!;
  }
  return null;
}

/** An agenda run in after its label with bare numbers (`Dagsorden: 1 valg af ordstyrer 2 godkendelse af referat 3 …`). */
const RUN_IN_AGENDA = new Cued(/Dagsorden/u, /(?<=^|\s)Dagsorden\s*:?\s+(?=1\s+\p{L})/u);

/**
 * The entries of such an agenda, each on a line of its own and numbered with
 * a full stop (`1. valg af ordstyrer`), when three or more follow in order;
 * the text before the label and after the last entry's first words stay lines.
 */
function runInAgenda(l: SLine): SLine[] | null {
  const label = RUN_IN_AGENDA.exec(l.text);
  if (!label) return null;
  const start = label.index + label[0].length;
  const at: number[] = [start];
  for (let n = 2; ; n++) {
    const m = new RegExp(`\\s${n}\\s+(?=\\p{L})`, 'u').exec(l.text.slice(at[at.length - 1]! + 1));
    if (!m) break;
    at.push(at[at.length - 1]! + 1 + m.index + 1);
  }
  if (at.length < 3) return null;
  const out: SLine[] = [{ ...l, text: l.text.slice(0, start).trim() }];
  at.forEach((from, k) => {
    let piece = (k + 1 < at.length ? l.text.slice(from, at[k + 1]) : l.text.slice(from)).trim();
    // The last entry ends where a run of spaces or a sentence begins (`13 Evt.     Referat af møde …`).
    let rest = '';
    if (k + 1 === at.length) {
      const end = /\s{3,}|(?<=\.)\s+(?=\p{Lu})/u.exec(piece);
      if (end) {
        rest = piece.slice(end.index).trim();
        piece = piece.slice(0, end.index).trim();
      }
    }
    out.push({ ...l, text: piece.replace(/^(\d{1,3})\s+/u, '$1. ') });
    if (rest) out.push({ ...l, text: rest });
  });
  return out.filter((x) => x.text !== '');
}

export function splitFlattened(input: SLine[]): SLine[] {
  const out = splitPages(input);
  const long = out.filter((l) => !l.blank && l.text.length >= FLATTENED_LENGTH);
  // (A list split from a transcript's lines is read for lost numbers, also where no long line is left.)
  if (long.length === 0) return input.some((l) => !l.blank && l.text.length >= FLATTENED_LENGTH) ? entriesMended(out) : out;
  const columns = long.some((l) => TOC_COLUMNS.test(l.text)) ? out.flatMap((l) => (l.blank ? [l] : inlineNumberedContents(l) ?? [l])) : out;
  const labelled = columns.some((l) => !l.blank && CONTENTS_LABEL.test(`${l.text} `));
  const contents = columns.flatMap((l, k) => (l.blank ? [l] : (labelled ? contentsRunTogether(l) ?? underLabel(columns, k) : null) ?? contentsWithoutLabel(l) ?? [l]));
  const entries = long.some((l) => l.text.includes('(')) ? contents.flatMap((l) => (l.blank ? [l] : accessEntries(l) ?? [l])) : contents;
  return entriesMended(entries);
}

/** A transcript's numbered entries mended: the numbers it lost filled in, the lettered points run on set apart. */
function entriesMended(lines: SLine[]): SLine[] {
  return lostNumbersFilled(lines).flatMap((l) => (l.blank ? [l] : letteredPointsApart(l) ?? [l]));
}

/** Lettered points run on inside a numbered entry (`5. Indkomne forslag a) Kongresforslag b) Overenskomstforslag`). */
const LETTERED_POINT = /(?<=\s)([a-h])\)\s+(?=\p{Lu})/gu;

/**
 * A numbered entry of a transcript's agenda with its lettered points run on after its title: the title alone on the entry's
 * line, each point on a line of its own under it. Only a short entry (an agenda's, not a record's text) whose points run
 * from `a)` in order.
 */
function letteredPointsApart(l: SLine): SLine[] | null {
  const m = NUMBERED_ENTRY.exec(l.text);
  if (!m || l.text.length > 160) return null;
  const points = [...l.text.matchAll(LETTERED_POINT)];
  if (points.length < 2 || !points.every((p, k) => p[1] === String.fromCharCode(97 + k))) return null;
  const at = points.map((p) => p.index!);
  const out: SLine[] = [{ ...l, text: l.text.slice(0, at[0]).trim() }];
  at.forEach((from, k) => out.push({ ...l, text: l.text.slice(from, at[k + 1]).trim() }));
  return out;
}

/** A numbered entry of a list cut from a transcript (`4. Budget Revision af strategiplan …`). */
const NUMBERED_ENTRY = /^(\d{1,3})\.\s+(?=\p{Lu})/u;

/**
 * A list whose numbers a transcript lost with the breaks between some of its entries (`4. Budget Revision af strategiplan
 * Organisationsstruktur` / `7. Status …`): an entry followed by a number more than one on is cut where its titles start
 * (title-starts.ts), when that gives exactly as many titles as the numbers left out; each is numbered in its place. In a run
 * of three numbered lines or more, one under the other.
 */
function lostNumbersFilled(lines: SLine[]): SLine[] {
  const out: SLine[] = [];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const m = l.blank ? null : NUMBERED_ENTRY.exec(l.text);
    const next = lines[k + 1];
    const after = next && !next.blank ? NUMBERED_ENTRY.exec(next.text) : null;
    const before = k > 0 && !lines[k - 1]!.blank ? NUMBERED_ENTRY.exec(lines[k - 1]!.text) : null;
    const gap = m && after ? Number(after[1]) - Number(m[1]) : 0;
    if (!m || gap < 2 || gap > 4 || (before === null && !(lines[k + 2] && NUMBERED_ENTRY.test(lines[k + 2]!.text)))) {
      out.push(l);
      continue;
    }
    const titles = titlesRunTogether(l.text.slice(m[0].length).split(/\s+/u).filter(Boolean));
    if (titles.length !== gap) {
      out.push(l);
      continue;
    }
    titles.forEach((title, j) => out.push({ ...l, text: `${Number(m[1]) + j}. ${title}`, ...(j > 0 ? { opensParagraph: true } : {}) }));
  }
  return out;
}

function splitPages(input: SLine[]): SLine[] {
  const agendaRun = input.some((l) => !l.blank && RUN_IN_AGENDA.test(l.text)) ? input.flatMap((l) => (l.blank ? [l] : runInAgenda(l) ?? [l])) : input;
  const lines = agendaRun.flatMap((l) => (l.blank ? [l] : tocByCaseNumbers(l) ?? unglued(l)));
  const long = lines.filter((l) => !l.blank && l.text.length >= FLATTENED_LENGTH);
  if (long.length === 0) return lines;
  // Page numbers: the pages' paragraphs (the long ones, and shorter ones among them) led by 1, 2, 3 … in order.
  // The lines above the first page (a web page's title and links) are no pages.
  // An entry of a table of contents (`1 (Åben) Budget ........ 5`), long by its leaders, is no page.
  const paragraphs = lines.filter((l) => !l.blank && l.text.length >= PAGE_PARAGRAPH && !TOC_ENTRY_LINE.test(l.text));
  const pages = paragraphs.slice(Math.max(0, paragraphs.findIndex((l) => PAGE_LEAD.test(l.text))));
  const leads = pages.map((l) => PAGE_LEAD.exec(l.text)).map((m) => (m ? Number(m[1]) : null));
  // (A transcript of one page: its page number 1 right under the web page's `Transkript`.)
  const at = pages.length === 1 ? lines.indexOf(pages[0]!) : -1;
  let above = at - 1;
  while (above >= 0 && lines[above]!.blank) above--;
  const onePage = at >= 0 && leads[0] === 1 && above >= 0 && /^Transkript\s*$/u.test(lines[above]!.text);
  const paged = (pages.length >= 2 && leads.every((n, k) => n !== null && (k === 0 || n === leads[k - 1]! + 1))) || onePage;
  const pageSet = new Set(paged ? pages : []);
  let expected = 1;
  // The list's first number: 1, or where a list numbered on from earlier meetings starts (the minutes after it start there again).
  let first = 1;
  return lines.flatMap((l) => {
    if (l.blank) return [l];
    // A short page (`3 1. Godkendelse af dagsorden … Side 2`): its page number dropped, the item's number then leads the line.
    if (l.text.length < FLATTENED_LENGTH) {
      if (!pageSet.has(l)) return [l];
      const page = l.text.replace(PAGE_LEAD, '').replace(PAGE_HEADER, '');
      const cuts = caseLabels(page);
      // The numbers of a list begun on an earlier page go on here (`Regulering 11. Status … 12. Prislofter …`).
      if (expected > 1) {
        const going = numberCuts(page, expected, first > 1 ? first : null);
        cuts.push(...going.cuts);
        expected = going.next;
      }
      return pieces({ ...l, opensParagraph: true }, page, cuts);
    }
    const paragraph = paged ? l.text.replace(PAGE_LEAD, '').replace(PAGE_HEADER, '') : l.text;
    const toc = tocPages(paragraph);
    const text = toc ? toc.text : paragraph;
    let { cuts, next } = numberCuts(text, expected, first);
    if (cuts.length < MIN_SPLITS && expected === 1) {
      const start = chainStart(text);
      if (start !== null && start > 1) {
        ({ cuts, next } = numberCuts(text, start, null));
        if (cuts.length >= MIN_SPLITS) first = start;
      }
    }
    // Items headed by a committee's case id (`ØU-55/07-O`), numbered one after another: each starts a line.
    const ids = [...text.matchAll(CASE_ID_INSIDE)].filter((m, k, all) => k === 0 || Number(m[1]) === Number(all[k - 1]![1]) + 1);
    if (cuts.length < MIN_SPLITS && (ids.length >= 2 || (ids.length === 1 && pageSet.has(l)))) return pieces(l, paragraph, [...ids.map((m) => m.index!), ...caseLabels(paragraph)], true);
    // A page with one item (`4 2. Formulering … Dok.nr.: 2005 Sagsid.: 14/19290 …`): its case system's labels start lines.
    if (cuts.length < MIN_SPLITS) {
      if (!pageSet.has(l)) return [{ ...l, text: paragraph }];
      // A page of a list begun earlier, or of the minutes after it starting again at its first number: its numbers start lines too.
      if (expected > 1 && cuts.length > 0) {
        expected = next;
        return pieces(l, paragraph, [...cuts, ...caseLabels(paragraph)]);
      }
      return pieces(l, paragraph, caseLabels(paragraph));
    }
    expected = next;
    if (toc) cuts.push(...toc.cuts);
    // Lettered points (`A. Indstilling …`, `B. …`) in order, and the label of the minutes after the agenda (`Referat`), start lines too.
    // (An `A.` that no `B.` follows is a name's initial, `Jens A. Christiansen`, not a list's first point.)
    let letter = 0;
    let run: number[] = [];
    const lettered: number[] = [];
    for (const m of text.matchAll(LETTER_INSIDE)) {
      const k = m[1]!.charCodeAt(0) - 65;
      if (k === 0) {
        if (run.length >= 2) lettered.push(...run);
        run = [m.index!];
        letter = 1;
      } else if (k === letter) {
        run.push(m.index!);
        letter = k + 1;
      }
    }
    if (run.length >= 2) lettered.push(...run);
    cuts.push(...lettered);
    for (const m of text.matchAll(SECTION_LABEL)) cuts.push(m.index!);
    // Field labels before the first item start lines too: the header's fields; after it, an item's case labels and block labels.
    const firstItem = Math.min(...cuts);
    for (const m of text.matchAll(FIELD_LABEL_INSIDE)) if (m.index! < firstItem) cuts.push(m.index!);
    for (const at of caseLabels(text)) if (at > firstItem) cuts.push(at);
    for (const m of text.matchAll(DATE_LABEL_INSIDE)) if (m.index! > firstItem) cuts.push(m.index!);
    return pieces(l, text, cuts, true);
  });
}
