/**
 * Word documents (.docx) to lines: the paragraphs of `word/document.xml` in
 * order, one line each (a line break inside a paragraph starts a new line),
 * tables row by row with their cells separated by commas, the running headers
 * and footers as furniture, footnotes, comments and deleted text left out,
 * inserted text kept (tracked changes as accepted). A paragraph in a heading
 * style carries its level; a numbered or bulleted paragraph its list level and
 * the number Word shows for it, computed from `word/numbering.xml` (levels,
 * start values, restarts) and put at the start of its text, as Word prints it.
 *
 * The file is recognised by its bytes: a zip (fflate) holding
 * `word/document.xml`. An OLE compound file (D0 CF 11 E0) is an old binary
 * .doc or a password-protected Word file, told apart and refused. The XML is
 * read by saxes, a strict streaming parser: damaged XML is a failure, never a
 * guess. Zip bombs are refused from the sizes the zip declares, and no part is
 * inflated beyond its declared size.
 */
import { isAttachmentLink, webAddress } from './links.js';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { FileFailure } from '../diagnostics.js';
import type { ExtractedDocument, Line } from './types.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
/** Relationship ids in the document (`r:id` of a hyperlink). */
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Largest part read, unpacked, and all parts together: a 1,000-page document's XML is some 30 MB. */
export const MAX_PART_BYTES = 128 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 256 * 1024 * 1024;
/** A part packed more tightly than this is a zip bomb (Word's XML packs 5-20 to 1). */
const MAX_RATIO = 500;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/** Whether the UTF-16LE name of a stream occurs in an OLE file (its directory holds the names so). */
function hasStream(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
}

/**
 * An OLE compound file is never read: a password-protected .docx (Word keeps
 * the encrypted package in an OLE file, with the streams `EncryptionInfo` and
 * `EncryptedPackage`) or an old binary .doc (a `WordDocument` stream), or some
 * other Office file.
 */
export function refuseOle(bytes: Uint8Array): never {
  if (hasStream(bytes, 'EncryptedPackage') || hasStream(bytes, 'EncryptionInfo')) {
    throw new FileFailure('encrypted-docx', 'is a password-protected (encrypted) Word document', 'open it in Word, remove the password and save it again');
  }
  if (hasStream(bytes, 'WordDocument')) {
    throw new FileFailure('old-word-format', 'is an old binary Word document (.doc), which minutes does not read', 'save it as .docx (Word: File > Save As > Word Document; or `soffice --headless --convert-to docx FILE`)');
  }
  throw new FileFailure('not-word', 'is an OLE compound file (an old Office format) but not a Word document');
}

interface Parts {
  document: string;
  styles: string | null;
  numbering: string | null;
  headers: string[];
  footers: string[];
  /** The document's relationships (`word/_rels/document.xml.rels`): where its hyperlinks point. */
  rels: string | null;
}

/** The parts of a .docx that are read, unpacked within the size limits. */
function unpack(bytes: Uint8Array): Parts {
  const wanted = (name: string) => name === 'word/document.xml' || name === 'word/styles.xml' || name === 'word/numbering.xml' || name === 'word/_rels/document.xml.rels' || /^word\/(?:header|footer)\d*\.xml$/.test(name);
  let names: string[] = [];
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(f: UnzipFileInfo) {
        names.push(f.name);
        if (!wanted(f.name)) return false;
        if (f.originalSize > MAX_PART_BYTES || (f.size > 0 && f.originalSize / f.size > MAX_RATIO && f.originalSize > 1024 * 1024)) {
          throw new FileFailure('too-large', `is a zip whose part ${f.name} unpacks to ${f.originalSize} bytes from ${f.size} (a zip bomb?); the limit is ${MAX_PART_BYTES} bytes a part`);
        }
        total += f.originalSize;
        if (total > MAX_TOTAL_BYTES) throw new FileFailure('too-large', `is a zip whose parts unpack to more than ${MAX_TOTAL_BYTES} bytes (a zip bomb?)`);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof FileFailure) throw err;
    throw new FileFailure('corrupt-docx', `is a damaged zip archive, not a readable Word document (${(err as Error).message})`);
  }
  const doc = files['word/document.xml'];
  if (!doc) {
    names = names.filter((n) => !n.endsWith('/'));
    const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '');
    throw new FileFailure('not-word', `is a zip archive without word/document.xml, not a Word document${names.length ? ` (it holds ${shown})` : ' (it is empty)'}`);
  }
  const text = (name: string) => {
    const b = files[name];
    return b ? decodeXml(b, name) : null;
  };
  const sorted = (re: RegExp) => Object.keys(files).filter((n) => re.test(n)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return {
    document: decodeXml(doc, 'word/document.xml'),
    styles: text('word/styles.xml'),
    numbering: text('word/numbering.xml'),
    headers: sorted(/^word\/header\d*\.xml$/).map((n) => text(n)!),
    footers: sorted(/^word\/footer\d*\.xml$/).map((n) => text(n)!),
    rels: text('word/_rels/document.xml.rels'),
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
function decodeXml(b: Uint8Array, name: string): string {
  try {
    if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(b.subarray(2));
    if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(b.subarray(2));
    return utf8.decode(b);
  } catch {
    throw new FileFailure('corrupt-docx', `is a damaged Word document (${name} is not valid UTF-8 or UTF-16)`);
  }
}

/** Parses XML strictly with namespaces, handing every element to the callbacks. */
function parseXml(xml: string, part: string, on: { open(tag: SaxesTagNS): void; close(tag: SaxesTagNS): void; text?(t: string): void }): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on('opentag', (t) => on.open(t));
  parser.on('closetag', (t) => on.close(t));
  if (on.text) parser.on('text', on.text);
  try {
    parser.write(xml).close();
  } catch (err) {
    const msg = ((err as Error).message ?? String(err)).split('\n')[0];
    throw new FileFailure('corrupt-docx', `is a damaged Word document (${part} is not well-formed XML: ${msg})`);
  }
}

/** The external targets of the document's relationships, by id: where its hyperlinks point. */
function readLinks(xml: string | null): Map<string, string> {
  const links = new Map<string, string>();
  if (xml === null) return links;
  parseXml(xml, 'word/_rels/document.xml.rels', {
    open(t) {
      if (t.local !== 'Relationship') return;
      const attr = (name: string) => Object.values(t.attributes).find((a) => a.local === name && a.uri === '')?.value;
      const id = attr('Id');
      const target = attr('Target');
      if (id !== undefined && target !== undefined && attr('TargetMode') === 'External' && /\/hyperlink$/u.test(attr('Type') ?? '')) links.set(id, target);
    },
    close() {},
  });
  return links;
}

function wAttr(tag: SaxesTagNS, local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.local === local && a.uri === W) return a.value;
  return undefined;
}

/** `<w:b/>`, `<w:b w:val="true"/>`: on; `w:val="0"`/`"false"`: off. */
function onOff(tag: SaxesTagNS): boolean {
  const v = wAttr(tag, 'val');
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v);
}

// ── Styles ─────────────────────────────────────────────────────────────────

interface Style {
  id: string;
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
  bold?: boolean;
  halfPoints?: number;
}

interface Styles {
  byId: Map<string, Style>;
  defaultParagraph?: string;
  defaultHalfPoints?: number;
}

function readStyles(xml: string | null): Styles {
  const styles: Styles = { byId: new Map() };
  if (!xml) return styles;
  let cur: Style | null = null;
  let inRPrDefault = false;
  let inRPr = false;
  let inPPr = false;
  parseXml(xml, 'word/styles.xml', {
    open(t) {
      if (t.uri !== W) return;
      switch (t.local) {
        case 'style':
          if (wAttr(t, 'type') === 'paragraph') {
            cur = { id: wAttr(t, 'styleId') ?? '', name: '' };
            if (['1', 'true', 'on'].includes(wAttr(t, 'default') ?? '')) styles.defaultParagraph = cur.id;
          } else cur = null;
          break;
        case 'rPrDefault':
          inRPrDefault = true;
          break;
        case 'rPr':
          inRPr = true;
          break;
        case 'pPr':
          inPPr = true;
          break;
        case 'name':
          if (cur) cur.name = wAttr(t, 'val') ?? '';
          break;
        case 'basedOn':
          if (cur) cur.basedOn = wAttr(t, 'val');
          break;
        case 'outlineLvl':
          if (cur && inPPr) cur.outlineLevel = Number(wAttr(t, 'val'));
          break;
        case 'numId':
          if (cur && inPPr) cur.numId = wAttr(t, 'val');
          break;
        case 'ilvl':
          if (cur && inPPr) cur.ilvl = Number(wAttr(t, 'val'));
          break;
        case 'b':
          if (cur && inRPr) cur.bold = onOff(t);
          break;
        case 'sz':
          if (inRPrDefault && inRPr) styles.defaultHalfPoints = Number(wAttr(t, 'val'));
          else if (cur && inRPr) cur.halfPoints = Number(wAttr(t, 'val'));
          break;
      }
    },
    close(t) {
      if (t.uri !== W) return;
      if (t.local === 'style') {
        if (cur?.id) styles.byId.set(cur.id, cur);
        cur = null;
      } else if (t.local === 'rPrDefault') inRPrDefault = false;
      else if (t.local === 'rPr') inRPr = false;
      else if (t.local === 'pPr') inPPr = false;
    },
  });
  return styles;
}

/** A style's property, from it or the styles it is based on. */
function inherited<K extends keyof Style>(styles: Styles, id: string | undefined, key: K): Style[K] | undefined {
  const seen = new Set<string>();
  let s = id !== undefined ? styles.byId.get(id) : undefined;
  while (s && !seen.has(s.id)) {
    if (s[key] !== undefined) return s[key];
    seen.add(s.id);
    s = s.basedOn !== undefined ? styles.byId.get(s.basedOn) : undefined;
  }
  return undefined;
}

/** Heading level 1–6 of a paragraph style: its outline level, else a heading style's name (`heading 2`, `Overskrift 2`). */
function styleHeadingLevel(styles: Styles, id: string | undefined): number | undefined {
  const outline = inherited(styles, id, 'outlineLevel');
  if (outline !== undefined && outline >= 0 && outline <= 5) return outline + 1;
  const s = id !== undefined ? styles.byId.get(id) : undefined;
  const m = /^(?:heading|overskrift)\s*([1-6])$/i.exec(s?.name ?? '') ?? /^(?:heading|overskrift)([1-6])$/i.exec(id ?? '');
  return m ? Number(m[1]) : undefined;
}

// ── Numbering ──────────────────────────────────────────────────────────────

interface Level {
  start: number;
  format: string;
  text: string;
  /** Restart after a higher level: the 1-based level that restarts it, 0 never. */
  restart?: number;
  legal?: boolean;
}

interface Numbering {
  abstracts: Map<string, Level[]>;
  nums: Map<string, { abstract: string; starts: Map<number, number>; levels: Map<number, Level> }>;
}

function readNumbering(xml: string | null): Numbering {
  const numbering: Numbering = { abstracts: new Map(), nums: new Map() };
  if (!xml) return numbering;
  let levels: Level[] | null = null;
  let level: Level | null = null;
  let ilvl = 0;
  let num: { abstract: string; starts: Map<number, number>; levels: Map<number, Level> } | null = null;
  let overrideLevel: number | null = null;
  let depthPPr = 0;
  parseXml(xml, 'word/numbering.xml', {
    open(t) {
      if (t.uri !== W) return;
      switch (t.local) {
        case 'abstractNum':
          levels = [];
          numbering.abstracts.set(wAttr(t, 'abstractNumId') ?? '', levels);
          break;
        case 'num':
          num = { abstract: '', starts: new Map(), levels: new Map() };
          numbering.nums.set(wAttr(t, 'numId') ?? '', num);
          break;
        case 'abstractNumId':
          if (num) num.abstract = wAttr(t, 'val') ?? '';
          break;
        case 'lvlOverride':
          overrideLevel = Number(wAttr(t, 'ilvl') ?? 0);
          break;
        case 'startOverride':
          if (num && overrideLevel !== null) num.starts.set(overrideLevel, Number(wAttr(t, 'val') ?? 1));
          break;
        case 'lvl':
          ilvl = Number(wAttr(t, 'ilvl') ?? 0);
          level = { start: 1, format: 'decimal', text: `%${ilvl + 1}.` };
          if (num && overrideLevel !== null) num.levels.set(overrideLevel, level);
          else if (levels) levels[ilvl] = level;
          break;
        case 'pPr':
        case 'rPr':
          depthPPr++;
          break;
        case 'start':
          if (level && !depthPPr) level.start = Number(wAttr(t, 'val') ?? 1);
          break;
        case 'numFmt':
          if (level && !depthPPr) level.format = wAttr(t, 'val') ?? 'decimal';
          break;
        case 'lvlText':
          if (level && !depthPPr) level.text = wAttr(t, 'val') ?? '';
          break;
        case 'lvlRestart':
          if (level && !depthPPr) level.restart = Number(wAttr(t, 'val') ?? 0);
          break;
        case 'isLgl':
          if (level && !depthPPr) level.legal = onOff(t);
          break;
      }
    },
    close(t) {
      if (t.uri !== W) return;
      if (t.local === 'abstractNum') levels = null;
      else if (t.local === 'num') num = null;
      else if (t.local === 'lvlOverride') overrideLevel = null;
      else if (t.local === 'lvl') level = null;
      else if (t.local === 'pPr' || t.local === 'rPr') depthPPr--;
    },
  });
  return numbering;
}

const ROMAN: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

/** Word's letters: a…z, then aa…zz, aaa…. */
function letters(n: number): string {
  if (n < 1) return String(n);
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Counts the lists of one document as Word does: per abstract list, levels below reset, restarts by override. */
class ListCounter {
  private readonly counts = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();
  constructor(private readonly numbering: Numbering) {}

  /**
   * The shown number of a paragraph in list `numId` at level `ilvl`:
   * `{ shown, bullet }`, or null when not numbered. Every numbered paragraph
   * counts, an empty one too (Word numbers it), though an empty one shows nothing here.
   */
  next(numId: string, ilvl: number): { shown: string; bullet: boolean } | null {
    const num = this.numbering.nums.get(numId);
    if (!num) return null;
    const abstract = this.numbering.abstracts.get(num.abstract) ?? [];
    const levelAt = (i: number): Level | undefined => num.levels.get(i) ?? abstract[i];
    const lvl = levelAt(ilvl);
    if (!lvl) return null;
    let counts = this.counts.get(num.abstract);
    if (!counts) this.counts.set(num.abstract, (counts = []));
    // A list instance that overrides a level's start restarts it there, the first time it is used.
    const key = `${numId}:${ilvl}`;
    if (!this.started.has(key)) {
      this.started.add(key);
      const start = num.starts.get(ilvl);
      if (start !== undefined) counts[ilvl] = start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? lvl.start - 1) + 1;
    // Deeper levels start again, unless a level restarts only after a level above this one (`w:lvlRestart`, 1-based; 0: never).
    for (let d = ilvl + 1; d < 9; d++) {
      const restart = levelAt(d)?.restart;
      if (restart === undefined || ilvl + 1 <= restart) counts[d] = undefined;
    }
    if (lvl.format === 'bullet') return { shown: '•', bullet: true };
    const shown = lvl.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const l = levelAt(i);
      const value = counts![i] ?? l?.start ?? 1;
      return formatNumber(value, lvl.legal && i !== ilvl ? 'decimal' : (l?.format ?? 'decimal'));
    });
    return { shown: shown.trim(), bullet: false };
  }
}

// ── The document ───────────────────────────────────────────────────────────

interface Paragraph {
  text: string;
  style?: string;
  numId?: string;
  ilvl?: number;
  outline?: number;
  /** Characters set bold and in all, and the largest size in half-points. */
  boldChars: number;
  chars: number;
  halfPoints?: number;
  /** Parts of a paragraph split by its line breaks. */
  breaks: string[];
}

/** What one body (document, header, footer) reads to: paragraphs and table rows in order. */
interface Block {
  texts: string[];
  paragraph?: Paragraph;
  row?: boolean;
  /** A table row's cells (a cell's paragraphs joined by line breaks) and its table's first row. */
  cells?: string[];
  head?: string[];
  /** The row's cells as paragraphs, with the numbering Word gives them (`1.` in a numbered column). */
  cellParas?: CellParagraph[][];
}

/** A paragraph in a table cell, with its list numbering if it has one. */
interface CellParagraph {
  text: string;
  numId?: string;
  ilvl?: number;
  style?: string;
}

/**
 * Reads a body part (the document, a header or a footer) to blocks: each
 * paragraph (split at its line breaks) and each table row (one line, see
 * `rowText`).
 */
function readBody(xml: string, part: string, links: Map<string, string> = new Map()): Block[] {
  const blocks: Block[] = [];
  const paras: Paragraph[] = [];
  // Table rows in progress (nested tables each have their own), with their cells' texts.
  const rows: { cells: string[][]; paras: CellParagraph[][] }[] = [];
  // Tables in progress: the first row of each, once read.
  const tables: { head?: string[] }[] = [];
  let skip = 0; // inside deleted text, field instructions, a fallback, properties
  let inRun = false;
  let runBold: boolean | undefined;
  let runSize: number | undefined;
  let runHidden = false;
  let inRPr = false;
  let inPPr = false;
  let inText = false;
  const cur = () => paras[paras.length - 1];
  // Hyperlinks in progress: where their text starts in the paragraph, and their address.
  const opened: { from: number; href: string | undefined }[] = [];
  const SKIPPED = new Set(['del', 'moveFrom', 'instrText', 'delInstrText', 'pPrChange', 'rPrChange', 'sectPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange', 'numberingChange', 'sdtPr', 'footnoteReference', 'endnoteReference', 'commentReference', 'annotationRef']);
  const add = (s: string) => {
    const p = cur();
    if (!p || skip || runHidden) return;
    p.text += s;
    const n = s.replace(/\s/g, '').length;
    p.chars += n;
    if (runBold) p.boldChars += n;
    if (runSize !== undefined && (p.halfPoints === undefined || runSize > p.halfPoints)) p.halfPoints = runSize;
  };
  parseXml(xml, part, {
    open(t) {
      if (t.uri === MC && t.local === 'Fallback') {
        skip++;
        return;
      }
      if (t.uri !== W) return;
      if (SKIPPED.has(t.local)) {
        skip++;
        return;
      }
      if (skip) return;
      switch (t.local) {
        case 'p':
          paras.push({ text: '', boldChars: 0, chars: 0, breaks: [] });
          break;
        case 'hyperlink': {
          const id = Object.values(t.attributes).find((a) => a.local === 'id' && a.uri === R)?.value;
          opened.push({ from: cur()?.text.length ?? 0, href: id === undefined ? undefined : links.get(id) });
          break;
        }
        case 'pPr':
          inPPr = true;
          break;
        case 'pStyle':
          if (inPPr && cur()) cur()!.style = wAttr(t, 'val');
          break;
        case 'numId':
          if (inPPr && cur()) cur()!.numId = wAttr(t, 'val');
          break;
        case 'ilvl':
          if (inPPr && cur()) cur()!.ilvl = Number(wAttr(t, 'val') ?? 0);
          break;
        case 'outlineLvl':
          if (inPPr && cur()) cur()!.outline = Number(wAttr(t, 'val'));
          break;
        case 'r':
          inRun = true;
          runBold = undefined;
          runSize = undefined;
          runHidden = false;
          break;
        case 'rPr':
          inRPr = true;
          break;
        case 'b':
          if (inRun && inRPr) runBold = onOff(t);
          break;
        case 'sz':
          if (inRun && inRPr) runSize = Number(wAttr(t, 'val'));
          break;
        case 'vanish':
          if (inRun && inRPr) runHidden = onOff(t);
          break;
        case 't':
          inText = true;
          break;
        case 'tab':
          if (inRun && !inPPr) add('\t');
          break;
        case 'noBreakHyphen':
          add('-');
          break;
        case 'br':
        case 'cr':
          if (inRun && cur() && !skip && wAttr(t, 'type') !== 'page' && wAttr(t, 'type') !== 'column') {
            cur()!.breaks.push(cur()!.text);
            cur()!.text = '';
          }
          break;
        case 'tbl':
          tables.push({});
          break;
        case 'tr':
          rows.push({ cells: [], paras: [] });
          break;
        case 'tc':
          rows[rows.length - 1]?.cells.push([]);
          rows[rows.length - 1]?.paras.push([]);
          break;
      }
    },
    text(s) {
      if (inText) add(s);
    },
    close(t) {
      if (t.uri === MC && t.local === 'Fallback') {
        skip--;
        return;
      }
      if (t.uri !== W) return;
      if (SKIPPED.has(t.local)) {
        skip--;
        return;
      }
      if (skip) return;
      switch (t.local) {
        case 't':
          inText = false;
          break;
        case 'hyperlink': {
          // `Bilag 1` linked to its file: the address after the text, as the segmenter reads attachments.
          const link = opened.pop();
          const p = cur();
          const url = link?.href === undefined ? null : webAddress(link.href);
          if (p && url !== null) {
            const text = p.text.slice(link!.from).trim();
            if (text !== '' && isAttachmentLink(text, url) && !text.includes(url)) p.text += ` ${url}`;
          }
          break;
        }
        case 'pPr':
          inPPr = false;
          break;
        case 'rPr':
          inRPr = false;
          break;
        case 'r':
          inRun = false;
          runHidden = false;
          break;
        case 'p': {
          const p = paras.pop()!;
          const row = rows[rows.length - 1];
          const cell = row?.cells[row.cells.length - 1];
          if (cell && paras.length === 0) {
            // A paragraph in a table cell: part of the cell's text.
            const text = [...p.breaks, p.text].map((s) => s.trim()).filter(Boolean).join(' ');
            // A numbered paragraph without text (a numbered column's cell) still shows its number.
            if (text || p.numId !== undefined) {
              if (text) cell.push(text);
              const para: CellParagraph = { text };
              if (p.numId !== undefined) para.numId = p.numId;
              if (p.ilvl !== undefined) para.ilvl = p.ilvl;
              if (p.style !== undefined) para.style = p.style;
              row!.paras[row!.paras.length - 1]?.push(para);
            }
          } else blocks.push({ texts: [...p.breaks, p.text], paragraph: p });
          break;
        }
        case 'tr': {
          const row = rows.pop()!;
          const cells = row.cells.map((c) => c.join(' ').replace(/\s+/g, ' ').trim());
          const outer = rows[rows.length - 1];
          const outerCell = outer?.cells[outer.cells.length - 1];
          if (outerCell) {
            // A table nested in a cell: its rows are the cell's text.
            const text = cells.filter(Boolean).join(' ');
            if (text) outerCell.push(text);
          } else if (cells.some(Boolean)) {
            const table = tables[tables.length - 1];
            const texts = row.cells.map((c) => c.join('\n').trim());
            const block: Block = { texts: [rowText(cells)], row: true, cellParas: row.paras };
            if (texts.length >= 2) {
              block.cells = texts;
              if (table?.head) block.head = table.head;
              else if (table) table.head = texts;
            }
            blocks.push(block);
          }
          break;
        }
        case 'tbl':
          tables.pop();
          break;
      }
    },
  });
  return blocks;
}

/**
 * A table row as one line, its cells in order separated by commas, as a
 * participant is written (`Birgitte Holm, formand`); a label cell ending in a
 * colon is followed by a space (`Dato: 12. marts 2024`). Empty cells are left out.
 */
function rowText(cells: string[]): string {
  let out = '';
  for (const c of cells) {
    if (c === '') continue;
    out += out === '' ? c : /[:,;]$/.test(out) ? ` ${c}` : `, ${c}`;
  }
  return out;
}

/** Lines of header and footer parts (furniture), each part's text once. */
function furnitureLines(parts: string[], kind: 'header' | 'footer', names: string): Line[] {
  const out: Line[] = [];
  const seen = new Set<string>();
  parts.forEach((xml, i) => {
    for (const b of readBody(xml, `word/${names}${i + 1}.xml`)) {
      for (const t of b.texts) {
        const text = t.replace(/\s+$/u, '');
        if (text.trim() === '' || seen.has(text)) continue;
        seen.add(text);
        out.push({ text, page: null, line: out.length + 1, furniture: kind });
      }
    }
  });
  return out;
}

export function extractDocx(bytes: Uint8Array): ExtractedDocument {
  if (isOle(bytes)) refuseOle(bytes);
  const parts = unpack(bytes);
  const styles = readStyles(parts.styles);
  const numbering = readNumbering(parts.numbering);
  const counter = new ListCounter(numbering);
  const lines: Line[] = [];
  for (const block of readBody(parts.document, 'word/document.xml', readLinks(parts.rels))) {
    const p = block.paragraph;
    const extra: Partial<Line> = {};
    let prefix = '';
    if (p) {
      const style = p.style ?? styles.defaultParagraph;
      const heading = p.outline !== undefined ? (p.outline <= 5 ? p.outline + 1 : undefined) : styleHeadingLevel(styles, style);
      if (heading !== undefined) extra.headingLevel = heading;
      const numId = p.numId ?? inherited(styles, style, 'numId');
      const ilvl = p.ilvl ?? (p.numId === undefined ? inherited(styles, style, 'ilvl') : undefined) ?? 0;
      const hasText = [...p.breaks, p.text].some((s) => s.trim() !== '');
      if (numId !== undefined && numId !== '0') {
        const n = counter.next(numId, ilvl);
        if (n && hasText) {
          extra.listLevel = ilvl;
          if (!n.bullet && n.shown !== '') extra.listNumber = n.shown;
          if (n.shown !== '') prefix = `${n.shown} `;
        }
      }
      const styleBold = inherited(styles, style, 'bold');
      if (p.chars > 0 && (p.boldChars === p.chars || (styleBold && p.boldChars === 0))) extra.bold = true;
      const half = p.halfPoints ?? inherited(styles, style, 'halfPoints') ?? styles.defaultHalfPoints;
      if (half !== undefined && half > 0) extra.fontSize = half / 2;
    }
    if (block.cellParas && block.cellParas.some((c) => c.some((q) => (q.numId ?? inherited(styles, q.style ?? styles.defaultParagraph, 'numId')) !== undefined))) {
      // A numbered column (Word's numbering in the cells' paragraphs): the numbers as Word shows them, in the row's text and its cells.
      const shown = block.cellParas.map((c) =>
        c.map((q) => {
          const style = q.style ?? styles.defaultParagraph;
          const numId = q.numId ?? inherited(styles, style, 'numId');
          const ilvl = q.ilvl ?? (q.numId === undefined ? inherited(styles, style, 'ilvl') : undefined) ?? 0;
          if (numId === undefined || numId === '0') return q.text;
          const n = counter.next(numId, ilvl);
          return n && !n.bullet && n.shown !== '' ? `${n.shown} ${q.text}`.trim() : q.text;
        }),
      );
      block.texts = [rowText(shown.map((c) => c.join(' ')))];
      if (block.cells) block.cells = shown.map((c) => c.join('\n'));
    }
    block.texts.forEach((t, i) => {
      let text = t.replace(/\s+$/u, '');
      if (i === 0 && prefix) text = prefix + text.replace(/^\s+/u, '');
      lines.push({ text, page: null, line: lines.length + 1, ...(i === 0 ? extra : { ...extra, listNumber: undefined, headingLevel: undefined }), ...(block.cells ? { cells: block.cells } : {}), ...(block.head ? { head: block.head } : {}) });
    });
  }
  for (const l of lines) {
    if (l.listNumber === undefined) delete l.listNumber;
    if (l.headingLevel === undefined) delete l.headingLevel;
  }
  while (lines.length > 0 && lines[lines.length - 1]!.text.trim() === '') lines.pop();
  const furniture = [...furnitureLines(parts.headers, 'header', 'header'), ...furnitureLines(parts.footers, 'footer', 'footer')];
  return { format: 'docx', pages: null, encoding: null, lines, furniture };
}
