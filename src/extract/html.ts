/**
 * Saved web pages (`.html`, `.htm`) to lines: the visible text in reading
 * order, with the structure the page has (headings, list numbers as the
 * browser shows them, tables row by row) and without its chrome (scripts,
 * styles, navigation, banner and footer, cookie banners, hidden elements,
 * buttons such as `Udskriv` or `Hent som PDF`, breadcrumbs).
 *
 * The tree is built by parse5, the WHATWG parsing algorithm browsers use, so
 * a sloppy page (unclosed `<p>` and `<li>`, misnested `<b>`, a heading left
 * open) is read as a browser shows it. See README, "Web pages".
 */
import { isAttachmentLink } from './links.js';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { FileFailure } from '../diagnostics.js';
import { decodePage } from './html-charset.js';
import { attr, CHROME_PHRASE, chromeKind, isChromeLine, isHidden } from './html-chrome.js';
import { listMarker } from './html-lists.js';
import type { ExtractedDocument, FurnitureKind, Line } from './types.js';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

export { declaredCharset, decodePage, isHtml, type DecodedPage } from './html-charset.js';
export { listMarker } from './html-lists.js';
export { isChromeLine } from './html-chrome.js';

// ---------------------------------------------------------------- the tree

/** Elements whose content is never shown as text. */
const NOT_SHOWN = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'map', 'select', 'option', 'button', 'input', 'textarea', 'img', 'picture', 'dialog']);

/** Elements that start and end a line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Blocks a browser sets apart by a margin: a blank line after them. */
const SPACED = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'dl', 'blockquote', 'pre', 'hr', 'figure', 'address']);
const BOLD = new Set(['b', 'strong']);

/** Elements inside which a `<header>` or `<footer>` belongs to the content, not the page. */
const SECTIONING = new Set(['article', 'section', 'main', 'aside', 'nav']);

const integer = (s: string | null): number | null => {
  const m = s === null ? null : /^\s*([+-]?\d{1,9})/u.exec(s);
  return m ? Number(m[1]) : null;
};

interface List {
  ordered: boolean;
  type: string;
  reversed: boolean;
  /** The number of the item before the next one. */
  counter: number;
}

/** The `<li>` elements an `<ol>` numbers: its own, not those of lists nested in them. */
function ownItems(el: ParentNode): number {
  let n = 0;
  for (const c of el.childNodes) {
    if (!('tagName' in c)) continue;
    if (c.tagName === 'li') n++;
    else if (c.tagName !== 'ol' && c.tagName !== 'ul' && c.tagName !== 'menu') n += ownItems(c);
  }
  return n;
}

// ---------------------------------------------------------------- links


/** The page's own address, where relative links are resolved: `<base href>`, a browser's `saved from url` comment, the canonical link. */
function pageAddress(doc: DefaultTreeAdapterMap['document'], source: string): string | null {
  const base: string[] = [];
  const declared: string[] = [];
  const walk = (n: ParentNode) => {
    for (const c of n.childNodes) {
      if (!('tagName' in c)) continue;
      if (c.tagName === 'base' && attr(c, 'href')) base.push(attr(c, 'href')!);
      if (c.tagName === 'link' && /\bcanonical\b/iu.test(attr(c, 'rel') ?? '') && attr(c, 'href')) declared.push(attr(c, 'href')!);
      if (c.tagName === 'meta' && attr(c, 'property') === 'og:url' && attr(c, 'content')) declared.push(attr(c, 'content')!);
      if (c.tagName === 'head' || c.tagName === 'html') walk(c);
    }
  };
  walk(doc);
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/iu.exec(source.slice(0, 2048));
  for (const c of [...base, ...(saved ? [saved[1]!] : []), ...declared]) {
    try {
      const u = new URL(c);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // Not an absolute address: try the next.
    }
  }
  return null;
}

/** A link's address as the reader would follow it: absolute where the page says where it came from. */
function resolveHref(href: string, base: string | null): string | null {
  const h = href.trim();
  if (h === '' || /^(?:#|javascript:|mailto:|tel:)/iu.test(h)) return null;
  try {
    return new URL(h, base ?? undefined).href;
  } catch {
    return h.replace(/\s+/gu, '%20');
  }
}

// ---------------------------------------------------------------- lines

/** How deep the structure is read; deeper elements give their text alone. */
const MAX_DEPTH = 200;

/**
 * A table cell that labels the cell after it (`Mødested`, `Dato og tid`): a
 * word or three, only the first capitalised (not a name such as `Anne Holm`).
 */
const LABEL_CELL = /^\p{Lu}\p{Ll}+(?:[ -]\p{Ll}+){0,2}\.?$/u;

interface Run {
  text: string;
  bold: boolean;
}

interface Structure {
  headingLevel?: number;
  listLevel?: number;
  listNumber?: string;
}

interface Out {
  text: string;
  bold: boolean;
  structure: Structure;
  furniture?: FurnitureKind;
  /** A blank line standing for a block's margin. */
  blank?: boolean;
  /** A table row's cells and its table's first row (see Line). */
  cells?: string[];
  head?: string[];
  /** A line of a table row after the one that carries its cells. */
  rowPart?: boolean;
}

interface Context {
  bold: boolean;
  pre: boolean;
  chrome: FurnitureKind | null;
  /** Inside article, section, main, aside or nav: a header or footer there is content. */
  inContent: boolean;
  headingLevel?: number;
  lists: List[];
  listLevel?: number;
}

class Walker {
  readonly out: Out[] = [];
  private runs: Run[] = [];
  private runChrome: FurnitureKind | null = null;
  /** Structure of the line being built: the heading or list item it belongs to. */
  private structure: Structure = {};
  /** The list number waiting for the first line of its item. */
  private pendingNumber: string | null = null;
  private depth = 0;

  constructor(private readonly base: string | null) {}

  private text(t: string, ctx: Context): void {
    const s = t.replace(/[\u00ad\u200b\u200c\u200d\ufeff]/gu, '');
    if (ctx.pre) {
      const parts = s.split(/\r\n|\r|\n/u);
      parts.forEach((p, i) => {
        if (i > 0) this.flush(ctx);
        this.push(p, ctx);
      });
      return;
    }
    this.push(s.replace(/[ \t\n\r\f]+/gu, ' '), ctx);
  }

  private push(t: string, ctx: Context): void {
    if (t === '') return;
    if (this.runs.length === 0) {
      this.runChrome = ctx.chrome;
      this.structure = { headingLevel: ctx.headingLevel, listLevel: ctx.listLevel };
    }
    this.runs.push({ text: t, bold: ctx.bold });
  }

  /** Ends the line being built, if it has text. */
  flush(ctx: Context): void {
    const text = this.runs.map((r) => r.text).join('').replace(/\u00a0/gu, ' ').replace(/ {2,}/gu, ' ').trim();
    const lettered = this.runs.filter((r) => /[\p{L}\p{N}]/u.test(r.text));
    const bold = lettered.length > 0 && lettered.every((r) => r.bold);
    const chrome = this.runChrome ?? ctx.chrome;
    this.runs = [];
    if (text === '') return;
    const structure: Structure = {};
    if (this.structure.headingLevel !== undefined) structure.headingLevel = this.structure.headingLevel;
    if (this.structure.listLevel !== undefined) structure.listLevel = this.structure.listLevel;
    let shown = text;
    if (this.pendingNumber !== null && chrome === null) {
      structure.listNumber = this.pendingNumber;
      shown = `${this.pendingNumber} ${text}`;
      this.pendingNumber = null;
    }
    this.out.push({ text: shown, bold: bold || structure.headingLevel !== undefined, structure, ...(chrome ? { furniture: chrome } : {}) });
  }

  private blank(ctx: Context): void {
    if (ctx.chrome !== null) return;
    const last = this.out.findLast((o) => o.furniture === undefined);
    if (last !== undefined && !last.blank) this.out.push({ text: '', bold: false, structure: {}, blank: true });
  }

  walk(parent: ParentNode, ctx: Context): void {
    if (++this.depth > MAX_DEPTH) this.flat(parent, ctx);
    else for (const node of parent.childNodes) this.node(node, ctx);
    this.depth--;
  }

  /**
   * Elements nested deeper than MAX_DEPTH (no real page does; a damaged or
   * hostile one may): their text without structure, read without recursion,
   * a line at each block.
   */
  private flat(parent: ParentNode, ctx: Context): void {
    const stack: Node[] = [...parent.childNodes].reverse();
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n.nodeName === '#text') this.text((n as DefaultTreeAdapterMap['textNode']).value, ctx);
      else if ('tagName' in n && !NOT_SHOWN.has(n.tagName) && !isHidden(n)) {
        if (BLOCK.has(n.tagName) || n.tagName === 'br') this.flush(ctx);
        for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
      }
    }
  }

  private node(node: Node, ctx: Context): void {
    if (node.nodeName === '#text') {
      this.text((node as DefaultTreeAdapterMap['textNode']).value, ctx);
      return;
    }
    if (!('tagName' in node)) return;
    const el = node;
    const tag = el.tagName;
    if (NOT_SHOWN.has(tag) || isHidden(el)) return;
    if (tag === 'br') {
      this.flush(ctx);
      return;
    }
    const kind = ctx.chrome ?? chromeKind(el, ctx.inContent);
    const inner: Context = { ...ctx, chrome: kind, inContent: ctx.inContent || SECTIONING.has(tag) };
    if (BOLD.has(tag) || tag === 'th') inner.bold = true;
    if (tag === 'pre' || tag === 'listing' || tag === 'plaintext') inner.pre = true;
    if (kind !== null && ctx.chrome === null) {
      // Chrome inside a line (a `Del` link in a paragraph) ends the line before it.
      this.flush(ctx);
    }
    const block = BLOCK.has(tag) || (kind !== null && ctx.chrome === null);
    if (block) this.flush(ctx);
    const h = /^h([1-6])$/u.exec(tag);
    if (h) inner.headingLevel = Number(h[1]);
    if (tag === 'ol' || tag === 'ul' || tag === 'menu') {
      this.list(el, inner);
    } else if (tag === 'li') {
      this.item(el, inner);
    } else if (tag === 'table') {
      this.table(el, inner);
    } else if (tag === 'dl') {
      this.definitions(el, inner);
    } else if (tag === 'a') {
      this.link(el, inner);
    } else {
      this.walk(el, inner);
    }
    if (block) {
      this.flush(inner);
      if (SPACED.has(tag) || ((tag === 'ol' || tag === 'ul') && ctx.lists.length === 0)) this.blank(ctx);
    }
  }

  private list(el: Element, ctx: Context): void {
    const ordered = el.tagName === 'ol';
    const reversed = ordered && attr(el, 'reversed') !== null;
    const type = ordered ? (attr(el, 'type') ?? '1').trim() || '1' : '';
    const start = ordered ? integer(attr(el, 'start')) : null;
    const first = start ?? (reversed ? ownItems(el) : 1);
    const list: List = { ordered, type, reversed, counter: reversed ? first + 1 : first - 1 };
    this.walk(el, { ...ctx, lists: [...ctx.lists, list], listLevel: ctx.lists.length });
  }

  private item(el: Element, ctx: Context): void {
    const list = ctx.lists[ctx.lists.length - 1];
    if (list?.ordered) {
      const value = integer(attr(el, 'value'));
      list.counter = value ?? (list.reversed ? list.counter - 1 : list.counter + 1);
      const type = (attr(el, 'type') ?? list.type).trim() || list.type;
      this.pendingNumber = listMarker(list.counter, type);
    } else this.pendingNumber = null;
    this.walk(el, { ...ctx, listLevel: ctx.listLevel ?? 0 });
    this.flush(ctx);
    this.pendingNumber = null;
  }

  private link(el: Element, ctx: Context): void {
    const before = this.runs.length;
    this.walk(el, ctx);
    const text = this.runs.slice(before).map((r) => r.text).join('').trim();
    const href = attr(el, 'href');
    if (href === null || text === '') return;
    // A document's link that is a button (`Hent som PDF`) is chrome, not an attachment.
    if (!isAttachmentLink(text, href) || CHROME_PHRASE.test(text)) return;
    const url = resolveHref(href, this.base);
    if (url !== null && !text.includes(url)) this.push(` ${url}`, ctx);
  }

  /** Renders an element's content on its own; returns the lines it gave. */
  private apart(walk: () => void, ctx: Context): Out[] {
    this.flush(ctx);
    const at = this.out.length;
    walk();
    this.flush(ctx);
    return this.out.splice(at);
  }

  /**
   * A table row by row: a row whose cells hold a line each is one line, the
   * cells joined by commas (`Anne Holm, formand, (A)`) or after a label
   * (`Mødested: Rådhuset`, where a row of two cells begins with a label,
   * LABEL_CELL, or a cell ends in a colon); a row of column headings is left out; a row whose cells
   * hold more (a layout table) gives its cells' lines in order.
   */
  private table(el: Element, ctx: Context): void {
    const rows: Element[] = [];
    const collect = (n: ParentNode) => {
      for (const c of n.childNodes) {
        if (!('tagName' in c) || isHidden(c)) continue;
        if (c.tagName === 'tr') rows.push(c);
        else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') collect(c);
        else if (c.tagName === 'caption') {
          const lines = this.apart(() => this.walk(c, ctx), ctx);
          this.out.push(...lines);
        }
      }
    };
    collect(el);
    let head: string[] | undefined;
    rows.forEach((row, r) => {
      const cells = row.childNodes.filter((c): c is Element => 'tagName' in c && (c.tagName === 'td' || c.tagName === 'th') && !isHidden(c));
      const rendered = cells.map((cell) => ({ cell, lines: this.apart(() => this.walk(cell, { ...ctx, bold: ctx.bold || cell.tagName === 'th' }), ctx) }));
      const filled = rendered.filter((x) => x.lines.some((l) => !l.blank));
      if (filled.length === 0) return;
      // The cells as texts, for a table of items (`1 | Budget | Godkendt.`); the table's first row may name its columns.
      const cellTexts = rendered.map((x) => x.lines.filter((l) => !l.blank).map((l) => l.text).join('\n'));
      const rowCells = cells.length >= 2 ? { cells: cellTexts, ...(head ? { head } : {}) } : {};
      head ??= cells.length >= 2 ? cellTexts : undefined;
      const simple = rendered.every((x) => x.lines.filter((l) => !l.blank).length <= 1) && filled.every((x) => x.lines[0]!.furniture === undefined);
      if (!simple) {
        const lines = rendered.flatMap((x) => x.lines.filter((l) => !l.blank));
        // The row's first line carries its cells; the others are parts of the same row.
        if (lines.length > 0 && cells.length >= 2) lines[0] = { ...lines[0]!, ...rowCells };
        this.out.push(...lines.map((l, i) => (i > 0 && cells.length >= 2 ? { ...l, rowPart: true } : l)));
        return;
      }
      // Column headings (`Navn | Funktion`): the table's own labels, not a row of it.
      const headings = filled.length >= 2 && filled.every((x) => x.cell.tagName === 'th') && (r === 0 || (row.parentNode as Element | null)?.tagName === 'thead');
      if (headings && rows.length > 1) return;
      let text = '';
      filled.forEach((x, i) => {
        const t = x.lines.find((l) => !l.blank)!.text;
        if (i === 0) text = t;
        else if (/:$/u.test(text)) text = `${text} ${t}`;
        else if (i === 1 && filled.length === 2 && LABEL_CELL.test(text)) text = `${text}: ${t}`;
        else text = `${text}, ${t}`;
      });
      const first = filled[0]!.lines.find((l) => !l.blank)!;
      this.out.push({ text, bold: filled.every((x) => x.lines.find((l) => !l.blank)!.bold), structure: first.structure, ...rowCells });
    });
  }

  /** A definition list: a term and its one-line description on one line (`Mødested: Rådhuset`). */
  private definitions(el: Element, ctx: Context): void {
    let term: Out[] | null = null;
    const shown = el.childNodes.filter((c): c is Element => 'tagName' in c && !isHidden(c) && !NOT_SHOWN.has(c.tagName));
    const groups = shown.flatMap((c) => (c.tagName === 'div' ? c.childNodes.filter((d): d is Element => 'tagName' in d && !isHidden(d)) : [c]));
    for (const c of groups) {
      const lines = this.apart(() => this.walk(c, ctx), ctx).filter((l) => !l.blank);
      if (c.tagName === 'dt') {
        if (term) this.out.push(...term);
        term = lines;
      } else if (c.tagName === 'dd' && term !== null && term.length === 1 && lines.length === 1) {
        const t = term[0]!.text;
        this.out.push({ ...term[0]!, text: `${/:$/u.test(t) ? t : `${t}:`} ${lines[0]!.text}`, bold: false });
        term = null;
      } else {
        if (term) this.out.push(...term);
        term = null;
        this.out.push(...lines);
      }
    }
    if (term) this.out.push(...term);
  }
}

/** The page's lines and its chrome, in reading order. */
export function extractHtml(bytes: Uint8Array): ExtractedDocument {
  const { text: source, encoding, diagnostics } = decodePage(bytes);
  const doc = parse(source);
  const walker = new Walker(pageAddress(doc, source));
  const ctx: Context = { bold: false, pre: false, chrome: null, inContent: false, lists: [] };
  walker.walk(doc, ctx);
  walker.flush(ctx);
  const lines: Line[] = [];
  const furniture: Line[] = [];
  for (const o of walker.out) {
    const furnitureKind = o.furniture ?? (!o.blank && isChromeLine(o.text) ? 'header' : undefined);
    if (furnitureKind !== undefined) {
      furniture.push({ text: o.text, page: null, line: lines.length, furniture: furnitureKind });
      continue;
    }
    if (o.blank && (lines.length === 0 || lines[lines.length - 1]!.text === '')) continue;
    const line: Line = { text: o.text, page: null, line: lines.length + 1 };
    if (o.bold) line.bold = true;
    if (o.structure.headingLevel !== undefined) line.headingLevel = o.structure.headingLevel;
    if (o.structure.listLevel !== undefined) line.listLevel = o.structure.listLevel;
    if (o.structure.listNumber !== undefined) line.listNumber = o.structure.listNumber;
    if (o.cells) line.cells = o.cells;
    if (o.head) line.head = o.head;
    if (o.rowPart) line.rowPart = true;
    lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1]!.text === '') lines.pop();
  if (lines.length === 0) {
    throw new FileFailure('empty', furniture.length > 0 ? 'is a web page with no text in its body, only page chrome (navigation, banners, buttons)' : 'is a web page with no text in its body');
  }
  const out: ExtractedDocument = { format: 'html', pages: null, encoding, lines, furniture };
  if (diagnostics.length > 0) out.diagnostics = diagnostics;
  return out;
}
