/**
 * Noise that is not content: page markers, a table of contents, link
 * footnotes that repeat a URL already in the text, Word's empty-TOC notice,
 * and words broken across a page (`Relevan` … `t`).
 */
import type { DiagnosticList } from '../diagnostics.js';
import { place, tolerant, type SLine } from './model.js';
import { blockKind } from './vocabulary.js';
import { findDate } from './dates.js';

export const PAGE_MARKER = new RegExp(
  `^(?:(?:${tolerant('Side')}|Page|S\\.)\\s*\\d{1,4}(?:\\s*(?:af|of|/|ud af)\\s*\\d{1,4})?|-\\s*\\d{1,4}\\s*-|\\d{1,4}\\s*/\\s*\\d{1,4}|\\d{1,4}\\s+af\\s+\\d{1,4})$`,
  'iu',
);

/** A table-of-contents entry: dot leaders, or a title ending in a page number after a wide gap. */
export const TOC_ENTRY = /(?:\.{4,}|(?:\.\s){4,}|…{2,})|\.{3,}\s*\S{0,40}\s*\d{1,4}$/u;
const TOC_HEADING = new RegExp(`^(?:${tolerant('Indholdsfortegnelse')}(?: (?:for )?(?:${tolerant('åbent')}|lukket|${tolerant('åben')}) ${tolerant('møde')})?|${tolerant('Indhold')}|Dagsordenspunkter|Sagsoversigt|Punktoversigt)\\s*:?$`, 'iu');
/** A contents entry's number alone on its line, its title under it (`03.` / `Budget ……… 7`). */
const TOC_NUMBER_ALONE = /^\d{1,3}[.)]?$/u;
const STRONG_ITEM = /^(?:Punkt|Pkt\.?)\s*\d{1,3}\b/iu;
const URL_ONLY = /^(?:https?:\/\/|www\.)(\S+)$/iu;

/** A web page's controls, each alone or several on a line between dashes or bars. */
const WEB_NAV =
  /^(?:(?:tilbage )?til toppen|til top|print|luk|udskriv(?: siden)?|del(?: på \S+)?|tilbage til oversigt|(?:luk|åbn|fold) alle punkter(?: (?:ud|ind))?(?: (?:referat|dagsorden))?|kopier link(?: til (?:punktet|sagen|siden))?|send (?:som |pr\.? )?e-?mail|download(?: som pdf)?|(?:vis|fold|luk|åbn) alle(?: (?:ud|ind|punkter))?|tilbage til (?:indhold|forsiden|toppen)|retur til (?:hoved ?menu|forsiden|oversigten)|skip to (?:content|main navigation|footer))$/iu;
/** A web page's fold control in front of a heading: `fold dette punkt ind`, `fold punktet ud`. */
const WEB_FOLD = /^(?:fold|luk|åbn) (?:dette punkt|punktet|afsnittet) (?:ind|ud|op)\s+/iu;
/** The same controls glued to the end of a line whose break was lost (`Bo Dal () Kopier link til punktet - Print`). */
/** A print control run into the start of the line after it (`UdskrivSagsid.: 13/115`). */
const WEB_NAV_LEADING = /^(?:Udskriv|Print)(?=\p{Lu}\p{Ll}+\.?\s*:)/u;
const WEB_NAV_GLUED = /\s+kopier link til (?:punktet|sagen|siden)(?:\s*[-|]\s*(?:print|udskriv))?$/iu;

/** A heading over a group of items: `Punkter til drøftelse`, `Orienteringspunkter`, `Sager til beslutning`, `Beslutninger`, also with its first part (`Punkter til orientering: Drift`). */
const GROUP_HEADING = new RegExp(
  `^(?:(?:(?:Punkter|Sager) )?til (?:beslutning|${tolerant('drøftelse')}|orientering|${tolerant('afgørelse')}|godkendelse|behandling|efterretning)(?:\\s*[-–]\\s*for (?:${tolerant('åbne')}|lukkede) ${tolerant('døre')})?|Beslutningspunkter|Orienteringspunkter|${tolerant('Drøftelsespunkter')}|Orienteringssager|Beslutningssager|${tolerant('Drøftelsessager')}|${tolerant('Åbne')} (?:punkter|sager)|Lukkede (?:punkter|sager)|Beslutninger|Orienteringer|${tolerant('Drøftelser')})\\s*(?::\\s*[^.:;]{0,60})?$`,
  'iu',
);

/** A line of capitals one a space apart, four or more: a word set letter-spaced (`R E F E R A T`, `D A G S O R D E N:`). */
const LETTER_SPACED = /^\s*\p{Lu}(?: {1,2}\p{Lu}){3,}[:.]?\s*$/u;

const BULLET = /^[•·▪◦●○■]\s*/u;

/** A bullet beside `i`, as far in, within a few lines (not counting lines set further in), that is no block heading: `i` is a point of a list (`· Konklusion` among `· Revisors ansvar` …). */
function amongListPoints(lines: SLine[], i: number, dropped: Set<number> = new Set()): boolean {
  const indent = lines[i]!.indent ?? 0;
  for (const step of [-1, 1]) {
    let seen = 0;
    for (let j = i + step; j >= 0 && j < lines.length && seen < 3 && Math.abs(j - i) <= 60; j += step) {
      const l = lines[j]!;
      if (l.blank || dropped.has(j)) continue;
      // (Text set further in than the bullets is under one of them, however long: ` • Økonomi` / `   Budgettet holder.` / … / ` • Tilsyn`.)
      if ((l.indent ?? 0) > indent) continue;
      seen++;
      const b = BULLET.exec(l.text);
      if (b && (l.indent ?? 0) === indent) {
        if (blockKind(l.text.slice(b[0].length)) === null) return true;
        break;
      }
    }
  }
  return false;
}

/** Some line after a table of contents (lines `from`…`to`) heads a section with one of its entries' numbers (`3. Budget`, `Punkt 3`). */
function sectionsAfter(lines: SLine[], from: number, to: number): boolean {
  const numbers = new Set<number>();
  for (let j = from + 1; j <= to; j++) {
    // `3. Budget …… 7`, or `03.` alone over its title.
    const m = /^(\d{1,3})[.)]?(?:\s+\S|$)/u.exec(lines[j]!.text);
    if (m) numbers.add(Number(m[1]));
  }
  if (numbers.size < 3) return true;
  for (let j = to + 1; j < lines.length; j++) {
    const m = lines[j]!.blank ? null : /^(?:(?:Punkt|Pkt\.?)\s*)?(\d{1,3})[.):]?\s+\S/iu.exec(lines[j]!.text);
    if (m && numbers.has(Number(m[1]))) return true;
  }
  return false;
}

export interface CleanResult {
  lines: SLine[];
  removed: SLine[];
}

/** A meeting named with its day, as a web page lists its meetings (`Bestyrelsesmøde d. 9. marts 2031.`, `Generalforsamling torsdag den 3. juni 2031`). */
const MEETING_LINK_HEAD = /^(?:Referat\s+(?:fra|af)\s+)?(?:\p{L}+\s+)?(?:\p{L}*møde|generalforsamling|årsmøde)\b/iu;
/** Every such head has one of these (the cheap test before it). */
const MEETING_WORD = /møde|generalforsamling/iu;
/** A link's words (`Se referatet HER`, `Læs referatet her`, `Download PDF`, `Se regnskab og budget HER`). */
const LINK_LINE = /^(?:(?:Se|Læs|Hent|Download)\b.{0,40}\b(?:her|HER|pdf|PDF)|(?:Klik\s+)?her|HER|Download(?:\s+PDF)?|PDF)\.?$/u;

export function clean(input: SLine[], diags: DiagnosticList): CleanResult {
  const removed: SLine[] = [];
  const drop = new Set<number>();
  const lines = input;

  // A word set in spaced capitals (`D A G S O R D E N:`, `R E F E R A T`): the word as read (`DAGSORDEN:`); words two spaces apart stay apart.
  lines.forEach((l, i) => {
    if (!l.blank && LETTER_SPACED.test(l.text)) lines[i] = { ...l, text: l.text.replace(/(?<=\p{Lu}) (?=\p{Lu}(?: |[:.]?\s*$))/gu, '') };
  });
  // Page markers.
  lines.forEach((l, i) => {
    if (!l.blank && PAGE_MARKER.test(l.text)) drop.add(i);
    if (/indholdsfortegnelse/iu.test(l.text) && /ikke fundet/iu.test(l.text)) drop.add(i);
    // Group headings of an agenda (`A. Sager til afgørelse i byrådet`, `B. Sager til orientering`), printed between items and repeated under them.
    if (/^[A-H]\.\s+(?:Sager|Punkter|Beslutningssager|Orienteringssager|Drøftelsessager|Åbne sager|Lukkede sager)\b.{0,60}$/u.test(l.text)) drop.add(i);
    // Unlettered group headings right above an item (`Punkter til drøftelse` / `2. Mødefrekvens`).
    if (GROUP_HEADING.test(l.text)) {
      let j = i + 1;
      while (j < lines.length && lines[j]!.blank) j++;
      if (j < lines.length && /^(?:\d{1,3}[.):]?|(?:Punkt|Pkt\.?)\s*\d{1,3}[.:]?)\s+\p{Lu}/u.test(lines[j]!.text)) {
        drop.add(i);
        // `Lukkede sager` over a list of closed items' numbers and titles: each entry is closed (the heading goes).
        if (/lukkede/iu.test(l.text)) {
          for (let k = j; k < lines.length && !lines[k]!.blank && /^\d{1,3}[.)]?\s+\p{Lu}/u.test(lines[k]!.text); k++) lines[k] = { ...lines[k]!, closedGroup: true };
        }
      }
    }
    // A Word document's file path printed as its footer (`H:\Udvalg\2009\Dagsorden 04.doc Vestby Kommune`).
    if (/^(?:[A-Z]:\\|\\\\)\S*(?:\\\S*)*/u.test(l.text) && /\.(?:docx?|rtf|odt|pdf)\b/iu.test(l.text)) drop.add(i);
    // Navigation left by printing a web page (`Print`, `Kopier link til punktet - Print`).
    if (!l.blank && l.text.length <= 100 && l.text.replace(/^[•·▪◦●○■]\s*/u, '').split(/\s+[-|·•]\s+/u).every((part) => WEB_NAV.test(part))) drop.add(i);
  });
  // A web page's list of its meetings, each a link (`Bestyrelsesmøde d. 9. marts 2031.` / `Se referatet HER`), above the minutes
  // it shows: three such pairs or more are the page's navigation, no text of the minutes.
  const pairs: number[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // (The cheap tests first: most lines name no meeting.)
    if (l.blank || drop.has(i) || !MEETING_WORD.test(l.text) || !MEETING_LINK_HEAD.test(l.text.trim()) || l.text.trim().split(/\s+/u).length > 10 || findDate(l.text) === null) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.blank) j++;
    const links: number[] = [];
    while (j < lines.length && !lines[j]!.blank && LINK_LINE.test(lines[j]!.text.trim())) {
      links.push(j);
      j++;
      while (j < lines.length && lines[j]!.blank) j++;
    }
    if (links.length > 0) pairs.push([i, ...links]);
  }
  if (pairs.length >= 3) {
    for (const p of pairs) for (const k of p) drop.add(k);
    diags.info('web-meeting-links', `Left out a web page's list of ${pairs.length} meetings, each a link to its minutes`, place(lines[pairs[0]![0]!]));
  }
  // A block's heading printed as a bullet of a web page's list (`• Beslutning`, `• Sagsfremstilling`): the heading alone.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank || drop.has(i)) continue;
    const bullet = BULLET.exec(l.text);
    if (bullet && blockKind(l.text.slice(bullet[0].length)) !== null && !amongListPoints(lines, i, drop)) lines[i] = { ...l, text: l.text.slice(bullet[0].length) };
  }
  // A fold control before a block's heading (`fold dette punkt ind Beslutning i Brugerrådet …`): the heading alone.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank || drop.has(i)) continue;
    const fold = WEB_FOLD.exec(l.text);
    if (fold && fold[0].length < l.text.length) lines[i] = { ...l, text: l.text.slice(fold[0].length) };
  }

  // A table of contents: from its heading through the last entry that looks like one.
  for (let i = 0; i < lines.length; i++) {
    if (!TOC_HEADING.test(lines[i]!.text)) continue;
    let last = -1;
    let misses = 0;
    for (let j = i + 1; j < lines.length && misses < 3; j++) {
      const t = lines[j]!.text;
      if (lines[j]!.blank) continue;
      if (STRONG_ITEM.test(t) && !TOC_ENTRY.test(t)) break;
      // The page column's head (`Side`) and an entry's number alone go on with the contents.
      if (TOC_NUMBER_ALONE.test(t) || /^(?:Side|Sidetal|Pkt\.?|Punkt)$/iu.test(t)) continue;
      if (TOC_ENTRY.test(t) || (/\s\d{1,3}$/.test(t) && t.length > 12)) {
        last = j;
        misses = 0;
      } else misses++;
    }
    if (last > i && !sectionsAfter(lines, i, last)) {
      // A copy that ends in its contents (a web page cut short): the contents are all there is of the items; they stay.
      diags.info('table-of-contents', `Read a table of contents as the items: no section after it takes up its numbers`, place(lines[i]));
      // Their page numbers (`3. Budget 14`) are no part of the titles.
      for (let j = i + 1; j <= last; j++) {
        const t = lines[j]!.text;
        // Under a number alone, a title and its leaders (`Budget ……… 7`), perhaps wrapped over two lines: one title.
        if (TOC_NUMBER_ALONE.test(t)) {
          const a = j + 1 <= last && !lines[j + 1]!.blank ? j + 1 : -1;
          if (a < 0) continue;
          const leaders = /\s*(?:\.{3,}|…+)\s*\d{0,4}$/u;
          if (leaders.test(lines[a]!.text)) lines[a] = { ...lines[a]!, text: lines[a]!.text.replace(leaders, '') };
          else if (a + 1 <= last && !lines[a + 1]!.blank && leaders.test(lines[a + 1]!.text) && !TOC_NUMBER_ALONE.test(lines[a + 1]!.text)) {
            lines[a] = { ...lines[a]!, text: `${lines[a]!.text} ${lines[a + 1]!.text.replace(leaders, '')}` };
            lines[a + 1] = { ...lines[a + 1]!, text: '', blank: true };
          }
          continue;
        }
        // Their leaders too (`1 Budget .......... 5`, `2 Regnskab.........`).
        if (/^\d{1,3}[.)]?\s+\S/u.test(t) && /(?:\.{3,}|…+)\s*\d{0,4}$/u.test(t)) lines[j] = { ...lines[j]!, text: t.replace(/\s*(?:\.{3,}|…+)\s*\d{0,4}$/u, '') };
        else if (/^\d{1,3}[.)]?\s+\S.*\s\d{1,3}$/u.test(t)) lines[j] = { ...lines[j]!, text: t.replace(/\s+\d{1,3}$/u, '') };
      }
      i = last;
    } else if (last > i) {
      for (let j = i; j <= last; j++) drop.add(j);
      diags.info('table-of-contents', `Skipped a table of contents (${last - i} lines)`, place(lines[i]));
      i = last;
    }
  }
  // Loose TOC entries elsewhere (dot leaders with a page number).
  lines.forEach((l, i) => {
    if (/\.{5,}\s*\d{1,4}$/.test(l.text)) drop.add(i);
  });

  // A bare URL whose host already appeared in the text is a link footnote.
  const seenText: string[] = [];
  lines.forEach((l, i) => {
    const m = URL_ONLY.exec(l.text);
    if (m) {
      const host = m[1]!.replace(/^www\./i, '').split('/')[0]!.toLowerCase();
      if (host.length > 3 && seenText.some((t) => t.toLowerCase().includes(host))) drop.add(i);
    }
    if (!drop.has(i)) seenText.push(l.text);
  });

  const kept: SLine[] = [];
  lines.forEach((l, i) => {
    if (drop.has(i)) removed.push(l);
    else if (/^\s*[•▪●■]\s+\S/u.test(l.text) && /\S\s+[•▪●■]\s+\p{L}/u.test(l.text)) {
      // `• Valg af revisorer • Valg til udvalg`: two bullets run together on one line, each an entry of its own.
      const lead = /^\s*/u.exec(l.text)![0];
      for (const part of l.text.trim().split(/\s+(?=[•▪●■]\s+\p{L})/u)) kept.push({ ...l, text: `${lead}${part}` });
    } else if (labelOverFirstEntry(lines, i)) {
      const m = LABEL_THEN_FIRST.exec(l.text)!;
      kept.push({ ...l, text: m[1]!.trim() }, { ...l, text: l.text.slice(m[1]!.length).trim(), bold: false });
    } else if (WEB_NAV_GLUED.test(l.text)) kept.push({ ...l, text: l.text.replace(WEB_NAV_GLUED, '') });
    else if (WEB_NAV_LEADING.test(l.text)) kept.push({ ...l, text: l.text.replace(WEB_NAV_LEADING, '') });
    else kept.push(l);
  });
  return { lines: numbersBesideTitles(joinBrokenWords(kept)), removed };
}

/** The agenda's label with its first entry run on after it, as a form's field and value (`Dagsorden 1. Godkendelse af …`, `Med følgende dagsorden: 1. …`). */
const LABEL_THEN_FIRST = /^(\s*(?:(?:[Mm]ed\s+)?(?:[Ff]ølgende|[Dd]enne)\s+dagsorden|Dagsorden(?:en)?|Dagsordenspunkter)\s*:?\s+)(?:1[.)]|Punkt\s+1[.:]?|Pkt\.\s*1[.:]?)\s+\p{L}/u;

/** Such a line, the second entry right after it, or after a blank line, or after the first entry's wrapped end (`SEP 23.`). */
function labelOverFirstEntry(lines: SLine[], i: number): boolean {
  if (!LABEL_THEN_FIRST.test(lines[i]!.text)) return false;
  let j = i + 1;
  while (j < lines.length && j <= i + 2 && lines[j]!.blank) j++;
  if (j < lines.length && j <= i + 2 && !lines[j]!.blank && lines[j]!.text.trim().length <= 40 && !/^\s*\d/u.test(lines[j]!.text)) j++;
  return j < lines.length && /^\s*(?:2[.)]|Punkt\s+2[.:]?|Pkt\.\s*2[.:]?)\s+\p{L}/u.test(lines[j]!.text);
}

/** A list's number alone on its line: `1)`, `2.`, `3`. */
const NUMBER_CELL = /^\s*(\d{1,2})([.)]?)\s*$/u;

/**
 * A table of two columns copied a column at a time (`1)` / `2)` / `3)` / `Velkomst` / `Regnskab` / `Eventuelt`): the numbers,
 * one after another from 1, then as many titles, a title's wrapped lines (in small letters, or after an open parenthesis)
 * counted with it. Each title is set back beside its number.
 */
function numbersBesideTitles(lines: SLine[]): SLine[] {
  for (let i = 0; i < lines.length; i++) {
    const first = NUMBER_CELL.exec(lines[i]!.text);
    if (!first || first[1] !== '1') continue;
    let end = i;
    while (end + 1 < lines.length && NUMBER_CELL.exec(lines[end + 1]!.text)?.[1] === String(end + 2 - i) && NUMBER_CELL.exec(lines[end + 1]!.text)?.[2] === first[2]) end++;
    const count = end - i + 1;
    if (count < 3) continue;
    // The titles right after the numbers, no blank line among them.
    const titles: SLine[][] = [];
    let j = end + 1;
    for (; j < lines.length && !lines[j]!.blank; j++) {
      const t = lines[j]!.text.trim();
      const last = titles[titles.length - 1];
      const so = last?.map((l) => l.text).join(' ') ?? '';
      // (A bracket left open goes on too: `Rammerne (i henhold til` / `gruppernes kommentarer)`.)
      const open = so.split('(').length > so.split(')').length;
      if (last !== undefined && (/^\p{Ll}/u.test(t) || open)) last.push(lines[j]!);
      else if (titles.length === count) break;
      else titles.push([lines[j]!]);
    }
    // As many titles, each opening in a capital and not itself numbered.
    if (titles.length !== count || titles.some((g) => !/^\p{Lu}/u.test(g[0]!.text.trim()) || /^\d/u.test(g[0]!.text.trim()))) continue;
    const rebuilt = titles.map((g, k) => ({ ...g[0]!, text: `${k + 1}${first[2]} ${g.map((l) => l.text.trim()).join(' ')}` }));
    lines.splice(i, j - i, ...rebuilt);
    i += count - 1;
  }
  return lines;
}

/** Short Danish words that stand alone on a line and are never the tail of a broken word. */
const SHORT_WORDS = new Set(
  'og i at en et på til af om er de den det som med for har kan vil der sig ud op ind fra ved nu så men man vi jo da nå ny nye år uge dag kl ca mv jf fx bl evt'.split(' '),
);

/** `Relevan` + `t` on the next page: a 1–3 letter lower-case fragment after a line ending mid-word. */
function joinBrokenWords(lines: SLine[]): SLine[] {
  const out: SLine[] = [];
  for (const l of lines) {
    if (!l.blank && /^\p{Ll}{1,3}$/u.test(l.text) && !SHORT_WORDS.has(l.text)) {
      let k = out.length - 1;
      while (k >= 0 && out[k]!.blank && out.length - k < 4) k--;
      const prev = out[k];
      if (prev && !prev.blank && /\p{L}$/u.test(prev.text) && !/\s\p{L}{1,2}$/u.test(prev.text)) {
        out[k] = { ...prev, text: prev.text + l.text };
        continue;
      }
    }
    out.push(l);
  }
  return out;
}
