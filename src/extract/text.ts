/** Plain text files to lines. A form feed starts a new page. */
import { diagnostic } from '../diagnostics.js';
import { decodeText } from './decode.js';
import type { ExtractedDocument, FurnitureKind, Line } from './types.js';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

export function extractText(bytes: Uint8Array): ExtractedDocument {
  const { text, encoding, droppedNuls } = decodeText(bytes);
  const doc = linesFromText(text, encoding);
  if (droppedNuls) {
    const n = droppedNuls === 1 ? 'a NUL byte' : `${droppedNuls} NUL bytes`;
    doc.diagnostics = [diagnostic('warning', 'nul-bytes-dropped', `dropped ${n} (zero bytes, not text) from the file`)];
  }
  return doc;
}

/** A Markdown heading (`## 3) Regnskab`), emphasis (`**Beslutning:**`), a link (`[Bilag 1](https://…)`). */
const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?$/u;
const MD_STRONG = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu;
const MD_EMPHASIS = /(?<![\p{L}\d*_])([*_])(?=\S)([^*_]+?)(?<=\S)\1(?![\p{L}\d*_])/gu;
const MD_LINK = /\[([^\]\n]+)\]\((\S+?)\)/gu;

/** Markdown minutes: a heading line, or emphasis or links on two lines or more. */
function isMarkdown(lines: Line[]): boolean {
  let marks = 0;
  for (const l of lines) {
    if (MD_HEADING.test(l.text)) return true;
    if (/(\*\*|__)\S.*?\S\1|\[[^\]]+\]\(\S+\)/u.test(l.text) && ++marks >= 2) return true;
  }
  return false;
}

/**
 * A Markdown line as it reads: a heading's marks dropped (the line is set
 * bold, as a PDF's heading would be), emphasis marks dropped, a link as its
 * text and address. Table rows and lists stay as they are.
 */
function fromMarkdown(l: Line): Line {
  let text = l.text;
  let bold = false;
  const h = MD_HEADING.exec(text);
  if (h) {
    text = h[2]!;
    bold = true;
  }
  // A line wholly in strong emphasis (`**Økonomi**`) is set bold, as a Word document's title in bold is.
  const strong = !h && /^\s*(\*\*|__)(?=\S)[^*_]+(?<=\S)\1\s*$/u.test(text);
  text = text.replace(MD_STRONG, '$2').replace(MD_EMPHASIS, '$2').replace(MD_LINK, '$1 $2');
  // A heading keeps its level, as a Word document's or a web page's does.
  if (strong) return { ...l, text: text.trim(), bold: true };
  return bold ? { ...l, text, bold, headingLevel: h![1]!.length } : text === l.text ? l : { ...l, text };
}

/** An inline HTML tag a web page's text copy kept as characters (`Sted X<br />`, `<strong>Referat</strong>`). */
const LEAKED_TAG = /<\/?(?:br|strong|b|em|i|u|p|span|div|font|sup|sub|small)(?:\s[^<>]*)?\s*\/?>/iu;

/** Text copied from a web page with its inline markup left in: such tags on three lines or more, or on a third of them. */
function hasLeakedMarkup(lines: Line[]): boolean {
  let tagged = 0;
  let text = 0;
  for (const l of lines) {
    if (l.text.trim() === '') continue;
    text++;
    if (LEAKED_TAG.test(l.text)) tagged++;
  }
  return tagged >= 3 || (tagged >= 1 && tagged * 3 >= text);
}

type FragmentNode = DefaultTreeAdapterMap['childNode'];

/**
 * A line with leaked markup as it reads: parse5 reads the fragment, so tags
 * go and entities (`&amp;`, `&nbsp;`) become their characters; a line wholly
 * in `<strong>` or `<b>` is set bold, as the page showed it.
 */
function fromLeakedMarkup(l: Line): Line {
  if (!/[<&]/u.test(l.text)) return l;
  const parts: { text: string; bold: boolean }[] = [];
  const walk = (nodes: FragmentNode[], bold: boolean): void => {
    for (const n of nodes) {
      if (n.nodeName === '#text') parts.push({ text: (n as DefaultTreeAdapterMap['textNode']).value, bold });
      else if (n.nodeName === 'br') parts.push({ text: ' ', bold });
      else if ('childNodes' in n) walk(n.childNodes as FragmentNode[], bold || n.nodeName === 'strong' || n.nodeName === 'b');
    }
  };
  walk(parseFragment(l.text).childNodes as FragmentNode[], false);
  const text = parts.map((p) => p.text).join('').replace(/\u00a0/gu, ' ').replace(/\s+$/u, '');
  const shown = parts.filter((p) => p.text.trim() !== '');
  const bold = shown.length > 0 && shown.every((p) => p.bold);
  if (text === l.text && !bold) return l;
  return bold ? { ...l, text, bold: true } : { ...l, text };
}

/**
 * Lines of a web page's text that kept its inline markup as characters (a text copy, or a PDF a case system printed from
 * it), read as the page showed them, in place: the tags go, entities become their characters.
 */
export function repairLeakedMarkup(lines: Line[]): void {
  if (!hasLeakedMarkup(lines)) return;
  lines.forEach((l, i) => {
    const read = fromLeakedMarkup(l);
    if (read !== l) lines[i] = Object.assign(l, read);
  });
}

export function linesFromText(text: string, encoding: string | null = 'utf-8'): ExtractedDocument {
  const hasPages = text.includes('\f');
  const lines: Line[] = [];
  let page = 1;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const parts = raw.split('\f');
    parts.forEach((part, i) => {
      if (i > 0) page++;
      if (i > 0 && part.trim() === '') return;
      lines.push({ text: part.replace(/\s+$/u, ''), page: hasPages ? page : null, line: lines.length + 1 });
    });
  }
  while (lines.length > 0 && lines[lines.length - 1]!.text.trim() === '') lines.pop();
  repairLeakedMarkup(lines);
  if (isMarkdown(lines)) lines.splice(0, lines.length, ...lines.map(fromMarkdown));
  const furniture = hasPages ? takeRunningLines(lines, page) : [];
  return { format: 'text', pages: hasPages ? page : null, encoding, lines, furniture };
}

/** How many lines at the top and at the bottom of a page may be running headers or footers. */
const EDGE = 2;

/**
 * Running headers and footers of a text with pages (form feeds): a line in
 * the same place at the top or bottom of its page (first, second, last, next
 * to last) that recurs there, its digits aside (`… 1/5`, `… 2/5`; a printed
 * web page's date and address), on at least half the pages and two of them.
 * Taken out of `lines` and returned.
 */
function takeRunningLines(lines: Line[], pages: number): Line[] {
  if (pages < 2) return [];
  const byPage = new Map<number, number[]>();
  lines.forEach((l, i) => {
    if (l.text.trim() === '') return;
    const list = byPage.get(l.page!) ?? [];
    list.push(i);
    byPage.set(l.page!, list);
  });
  const key = (t: string) => t.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const seen = new Map<string, Set<number>>();
  const slots: [number, string][] = [];
  for (const [p, idx] of byPage) {
    const at: [number, string][] = [];
    idx.slice(0, EDGE).forEach((i, k) => at.push([i, `t${k}`]));
    idx.slice(-EDGE).reverse().forEach((i, k) => at.push([i, `b${k}`]));
    for (const [i, slot] of at) {
      const text = key(lines[i]!.text);
      if (text.length < 4) continue;
      const k = `${slot} ${text}`;
      slots.push([i, k]);
      const set = seen.get(k) ?? new Set<number>();
      set.add(p);
      seen.set(k, set);
    }
  }
  const need = Math.max(2, Math.ceil(byPage.size / 2));
  const drop = new Map<number, FurnitureKind>();
  for (const [i, k] of slots) if ((seen.get(k)?.size ?? 0) >= need) drop.set(i, k.startsWith('t') ? 'header' : 'footer');
  if (drop.size === 0) return [];
  const furniture: Line[] = [];
  const kept: Line[] = [];
  lines.forEach((l, i) => {
    const kind = drop.get(i);
    if (kind) furniture.push({ ...l, furniture: kind });
    else kept.push(l);
  });
  lines.length = 0;
  kept.forEach((l, i) => lines.push({ ...l, line: i + 1 }));
  return furniture;
}
