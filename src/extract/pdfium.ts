/**
 * The PDFium engine (see engine.ts): Chrome's PDF engine compiled to
 * WebAssembly (`@embedpdf/pdfium`), read character by character through its
 * text page API and grouped into runs the way pdf.js groups its text items,
 * so that the shared layout sees the same input from either engine:
 *
 * - a run is characters on one baseline, in one direction, font and size; it
 *   ends where the next character jumps back by more than `BACK_EM`, forward
 *   by more than `RUN_GAP_EM` (a tab stop, a table cell), or off the baseline
 *   by more than `BASELINE_EM`; text set outside the page box is not read;
 * - a space character is not text but a gap, as in pdf.js: a gap between
 *   `SPACE_GAP_EM` and `RUN_GAP_EM`, or one that holds a space, is one space
 *   inside the run (positioned words read as words);
 * - a hyphen that ends a line, which PDFium hands over as U+0002, is the '-'
 *   the page shows (hyphenation.ts decides what it was);
 * - PDFium's own generated characters (spaces and line ends it infers) are left
 *   out: spacing is rebuilt from positions, as for pdf.js;
 * - the run's transform is the character's matrix scaled by its font size,
 *   the same text-space-to-page transform pdf.js gives (direction, size,
 *   baseline origin); its advance is the run's extent along its direction.
 *
 * Memory: the file's bytes are copied into the WebAssembly heap for the
 * document's life and freed with it; every page and text page is closed once
 * read, also when reading fails. The module is loaded once per thread.
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { WrappedPdfiumModule } from '@embedpdf/pdfium';
import { FileFailure } from '../diagnostics.js';
import { PdfProblems } from './damage.js';
import type { EnginePage, PdfEngine, TextRun } from './engine.js';

let modulePromise: Promise<WrappedPdfiumModule> | null = null;

/** Compiles PDFium's WebAssembly from the package's own file (no network) once per thread. */
export function loadPdfium(): Promise<WrappedPdfiumModule> {
  modulePromise ??= (async () => {
    const { init } = await import('@embedpdf/pdfium');
    const require = createRequire(import.meta.url);
    const wasmBinary = await readFile(require.resolve('@embedpdf/pdfium/pdfium.wasm'));
    const pdfium = await init({ wasmBinary: wasmBinary.buffer.slice(wasmBinary.byteOffset, wasmBinary.byteOffset + wasmBinary.byteLength) as ArrayBuffer });
    pdfium.PDFiumExt_Init();
    return pdfium;
  })();
  return modulePromise;
}

/**
 * The PDFium functions this engine calls, straight from the WebAssembly
 * exports: the package's wrappers (cwrap, with argument conversion and
 * assertions on every call) took a third of the time of reading a page's
 * characters. Every argument and result here is a number (pointers, handles,
 * 0 or 1 for booleans; a null password for none).
 */
const RAW_NAMES = [
  'FPDFFont_GetBaseFontName',
  'FPDFFont_GetFlags',
  'FPDFFont_GetItalicAngle',
  'FPDFTextObj_GetFont',
  'FPDFTextObj_GetTextRenderMode',
  'FPDFText_ClosePage',
  'FPDFText_CountChars',
  'FPDFText_GetCharOrigin',
  'FPDFText_GetFontSize',
  'FPDFText_GetFontWeight',
  'FPDFText_GetLooseCharBox',
  'FPDFText_GetMatrix',
  'FPDFText_GetText',
  'FPDFText_GetTextObject',
  'FPDFText_GetUnicode',
  'FPDFText_IsGenerated',
  'FPDFText_IsHyphen',
  'FPDFText_LoadPage',
  'FPDF_CloseDocument',
  'FPDF_ClosePage',
  'FPDF_GetLastError',
  'FPDF_GetPageBoundingBox',
  'FPDF_GetPageCount',
  'FPDF_LoadMemDocument',
  'FPDF_LoadPage',
] as const;

type Raw = Record<(typeof RAW_NAMES)[number], (...args: number[]) => number>;

const raws = new WeakMap<WrappedPdfiumModule, Raw>();

function raw(P: WrappedPdfiumModule): Raw {
  let r = raws.get(P);
  if (r) return r;
  const exports = (P.pdfium as unknown as { wasmExports: Record<string, unknown> }).wasmExports;
  r = {} as Raw;
  for (const name of RAW_NAMES) {
    const fn = exports[name];
    if (typeof fn !== 'function') throw new Error(`PDFium's WebAssembly does not export ${name}`);
    r[name] = fn as (...args: number[]) => number;
  }
  raws.set(P, r);
  return r;
}

/** A gap along the text wider than this many ems ends a run (pdf.js: SPACE_IN_FLOW_MAX_FACTOR). */
const RUN_GAP_EM = 0.6;
/** A gap wider than this many ems inside a run is a space (pdf.js: SPACE_IN_FLOW_MIN_FACTOR). */
const SPACE_GAP_EM = 0.102;
/** Moving back by more than this many ems ends a run (pdf.js: NEGATIVE_SPACE_FACTOR). */
const BACK_EM = 0.2;
/** A baseline moved by more than this many ems across the text ends a run (pdf.js: VERTICAL_SHIFT_RATIO). */
const BASELINE_EM = 0.25;

/** White space as pdf.js counts it (a space glyph is not text but a gap). */
function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f;
}

/** Text direction in quarter turns (0, 1, 2, 3 = 0°, 90°, 180°, 270°), as layout/runs.ts counts it. */
function quarterTurns(a: number, b: number): number {
  return ((Math.round(Math.atan2(b, a) / (Math.PI / 2)) % 4) + 4) % 4;
}

/** Font descriptor flags (PDF 32000-1, 9.8.2). */
const ITALIC = 1 << 6;
const FORCE_BOLD = 1 << 18;
/** Weights and slants in font names (`Arial-BoldMT`, `Calibri-BoldItalic`, `TimesNewRomanPS-ItalicMT`). */
const BOLD_NAME = /bold|black|heavy|semibold|demibold|[-,]bd\b/i;
const ITALIC_NAME = /italic|oblique|[-,]it\b/i;

/** FPDF_GetLastError codes. */
const ERR_PASSWORD = 4;
const ERR_SECURITY = 5;
const ERROR_NAMES: Record<number, string> = { 1: 'unknown error', 2: 'file not found or unreadable', 3: 'not a PDF or damaged beyond repair', 6: 'page not found' };

/** What a text object says about its characters: font, size, render mode (looked up once per object). */
interface ObjectInfo {
  font: string;
  size: number;
  /** The text object's matrix (with any form's), the same for all its characters: [a, b, c, d]. */
  matrix: [number, number, number, number];
  renderMode: number;
  bold: boolean | undefined;
  italic: boolean | undefined;
  /** Worked out once per object from `matrix` and `size`: quarter turns of its direction, its characters' size in the page, the start of a run's transform. */
  q: number;
  charSize: number;
  transform: [number, number, number, number];
}

/**
 * The WebAssembly heap as the module exposes it (its typings leave the views
 * out). Views are looked up at each use: they are replaced when memory grows.
 */
interface Heap {
  HEAPU8: Uint8Array;
  HEAPU16: Uint16Array;
  HEAP32: Int32Array;
  HEAPF32: Float32Array;
  HEAPF64: Float64Array;
  wasmExports: { malloc(size: number): number; free(ptr: number): void };
  UTF8ToString(ptr: number): string;
}

function heap(P: WrappedPdfiumModule): Heap {
  return P.pdfium as unknown as Heap;
}

/** A run being gathered: its text, text object, transform, direction, extent along the text and baseline across it. */
interface OpenRun {
  str: string;
  obj: number;
  t: number[];
  info: ObjectInfo;
  q: number;
  start: number;
  end: number;
  /** The last character's baseline, across the text. */
  last: number;
  size: number;
}

/** Scratch memory in the WebAssembly heap for the out-parameters of one call at a time. */
const SCRATCH_BYTES = 64;
/** Room for a font's base name. */
const NAME_BYTES = 256;

class PageReader {
  private readonly objects = new Map<number, ObjectInfo>();
  private readonly fonts = new Map<number, string>();

  private readonly R: Raw;

  constructor(
    private readonly P: WrappedPdfiumModule,
    private readonly scratch: number,
    private readonly nameBuffer: number,
  ) {
    this.R = raw(P);
  }

  read(doc: number, index: number): EnginePage {
    const P = this.P;
    const R = this.R;
    const M = heap(P);
    const page = R.FPDF_LoadPage(doc, index);
    if (!page) throw new Error(`PDFium could not load page ${index + 1}`);
    let text = 0;
    try {
      const s = this.scratch;
      let view = [0, 0, 595, 842];
      if (R.FPDF_GetPageBoundingBox(page, s)) {
        const [left, top, right, bottom] = M.HEAPF32.subarray(s >> 2, (s >> 2) + 4);
        view = [left!, bottom!, right!, top!];
      }
      text = R.FPDFText_LoadPage(page);
      if (!text) throw new Error(`PDFium could not read the text of page ${index + 1}`);
      return { page: index + 1, view, items: this.runs(text, view) };
    } finally {
      if (text) R.FPDFText_ClosePage(text);
      R.FPDF_ClosePage(page);
      this.objects.clear();
      this.fonts.clear();
      this.lastObject = -1;
      this.lastInfo = null;
    }
  }

  /**
   * A font's key: its base name (`ABCDEF+Arial-BoldMT`), as stable as the
   * document's fonts (a handle may be reused once a page is closed).
   */
  private fontName(handle: number): string {
    if (!handle) return 'pf-none';
    let name = this.fonts.get(handle);
    if (name !== undefined) return name;
    const P = this.P;
    const R = this.R;
    const len = R.FPDFFont_GetBaseFontName(handle, this.nameBuffer, NAME_BYTES);
    name = len > 1 && len <= NAME_BYTES ? `pf-${heap(P).UTF8ToString(this.nameBuffer)}` : `pf-${handle}`;
    this.fonts.set(handle, name);
    return name;
  }

  /** The last object asked for, and its info: a text object's characters come one after another. */
  private lastObject = -1;
  private lastInfo: ObjectInfo | null = null;

  private info(obj: number, text: number, i: number): ObjectInfo {
    if (obj === this.lastObject && this.lastInfo !== null) return this.lastInfo;
    let info = this.objects.get(obj);
    if (info) {
      this.lastObject = obj;
      this.lastInfo = info;
      return info;
    }
    const P = this.P;
    const R = this.R;
    const fontHandle = obj ? R.FPDFTextObj_GetFont(obj) : 0;
    const font = this.fontName(fontHandle);
    // Weight and slant as the font says them: its descriptor's weight, flags and italic angle, or its name
    // (a subset of Arial-BoldMT has a descriptor without /FontWeight as often as not).
    const weight = R.FPDFText_GetFontWeight(text, i);
    const flags = fontHandle ? R.FPDFFont_GetFlags(fontHandle) : 0;
    let angle = 0;
    if (fontHandle && R.FPDFFont_GetItalicAngle(fontHandle, this.scratch)) angle = heap(this.P).HEAP32[this.scratch >> 2]!;
    const bold = weight >= 600 || (flags & FORCE_BOLD) !== 0 || BOLD_NAME.test(font);
    const italic = angle !== 0 || (flags & ITALIC) !== 0 || ITALIC_NAME.test(font);
    const M = heap(P);
    const m = (this.scratch + 16) >> 2;
    const matrix: [number, number, number, number] = R.FPDFText_GetMatrix(text, i, this.scratch + 16) ? [M.HEAPF32[m]!, M.HEAPF32[m + 1]!, M.HEAPF32[m + 2]!, M.HEAPF32[m + 3]!] : [1, 0, 0, 1];
    const size = R.FPDFText_GetFontSize(text, i);
    const [a, b, c, d] = matrix;
    info = {
      font,
      matrix,
      size,
      renderMode: obj ? R.FPDFTextObj_GetTextRenderMode(obj) : 0,
      bold: fontHandle ? bold : undefined,
      italic: fontHandle ? italic : undefined,
      q: quarterTurns(a, b),
      charSize: Math.hypot(c, d) * size || size,
      transform: [a * size, b * size, c * size, d * size],
    };
    this.objects.set(obj, info);
    this.lastObject = obj;
    this.lastInfo = info;
    return info;
  }

  /**
   * The characters of a text page as UTF-16 code units in one call, one per
   * character; null when a character lies outside the BMP (two units), and
   * each is then asked for on its own.
   */
  private text(text: number, n: number): Uint16Array | null {
    if (n <= 0) return new Uint16Array(0);
    const P = this.P;
    const R = this.R;
    const M = heap(P);
    const buf = M.wasmExports.malloc((n + 1) * 2);
    if (!buf) return null;
    try {
      const written = R.FPDFText_GetText(text, 0, n, buf);
      if (written !== n + 1) return null;
      const codes = M.HEAPU16.slice(buf >> 1, (buf >> 1) + n);
      for (const u of codes) if (u >= 0xd800 && u <= 0xdfff) return null;
      return codes;
    } finally {
      M.wasmExports.free(buf);
    }
  }

  /** The characters of a text page grouped into runs (see the module comment). */
  private runs(text: number, view: number[]): TextRun[] {
    const [x0, y0, x1, y1] = view as [number, number, number, number];
    const P = this.P;
    const R = this.R;
    const M = heap(P);
    const s = this.scratch;
    const f64 = s >> 3;
    const out: TextRun[] = [];
    const n = R.FPDFText_CountChars(text);
    let run: OpenRun | null = null as OpenRun | null;
    // A space the text itself holds, between the last character and the next.
    let spaceBefore = false;
    const flush = () => {
      spaceBefore = false;
      if (run && run.str !== '') {
        const t = run.t;
        const r: TextRun = { str: run.str, transform: t, width: Math.max(0, run.end - run.start), height: run.size, fontName: run.info.font };
        if (run.info.bold !== undefined) r.bold = run.info.bold;
        if (run.info.italic !== undefined) r.italic = run.info.italic;
        r.renderMode = run.info.renderMode;
        out.push(r);
      }
      run = null;
    };
    const codes = this.text(text, n);
    for (let i = 0; i < n; i++) {
      let code = codes ? codes[i]! : R.FPDFText_GetUnicode(text, i);
      // The page text holds a line-end hyphen otherwise than the character does: unusual codes are asked for one by one.
      if (codes && (code < 0x20 || code === 0xad || code >= 0xfffe)) code = R.FPDFText_GetUnicode(text, i);
      if (code === 0xfffe || code === 0xffff) continue;
      if (isWhitespace(code)) {
        // Spaces and line ends PDFium inferred are left out: spacing comes from positions, as with pdf.js.
        if (R.FPDFText_IsGenerated(text, i) === 1) continue;
        // As in pdf.js, a space is not text of its own: its advance is a gap, and it makes the next gap a space.
        if (run !== null) spaceBefore = true;
        continue;
      }
      // PDFium gives a hyphen that ends a line as U+0002 (it takes it for a soft hyphen); the page shows '-'.
      const ch = code === 2 && R.FPDFText_IsHyphen(text, i) === 1 ? '-' : String.fromCodePoint(code);
      const obj = R.FPDFText_GetTextObject(text, i);
      const info = this.info(obj, text, i);
      R.FPDFText_GetCharOrigin(text, i, s, s + 8);
      const ox = M.HEAPF64[f64]!;
      const oy = M.HEAPF64[f64 + 1]!;
      const size = info.charSize;
      // Quarter turns of the text direction, and the position along and across it.
      const q = info.q;
      const along = q === 0 ? ox : q === 1 ? oy : q === 2 ? -ox : -oy;
      const across = q === 0 ? oy : q === 1 ? -ox : q === 2 ? -oy : ox;
      let extent = 0;
      if (R.FPDFText_GetLooseCharBox(text, i, s + 40)) {
        const k = (s + 40) >> 2;
        const left = M.HEAPF32[k]!;
        const top = M.HEAPF32[k + 1]!;
        const right = M.HEAPF32[k + 2]!;
        const bottom = M.HEAPF32[k + 3]!;
        extent = q === 0 ? right - ox : q === 1 ? top - oy : q === 2 ? ox - left : oy - bottom;
      }
      // As pdf.js, text set outside the page box is not read.
      if (ox + Math.max(0, extent) < x0 || ox > x1 || oy < y0 || oy > y1) continue;
      if (run !== null) {
        const r: OpenRun = run;
        const gap = along - r.end;
        const em = r.size;
        const same = r.info.font === info.font && r.q === q && Math.abs(r.size - size) < 0.01 && Math.abs(across - r.last) <= BASELINE_EM * em;
        if (!same || gap > RUN_GAP_EM * em || gap < -BACK_EM * em) flush();
        else if (spaceBefore || gap > SPACE_GAP_EM * em) r.str += ' ';
      }
      spaceBefore = false;
      if (run === null) {
        const [ta, tb, tc, td] = info.transform;
        run = { str: '', obj, t: [ta, tb, tc, td, ox, oy], info, q, start: along, end: along, last: across, size };
      }
      run.str += ch;
      run.end = along + Math.max(0, extent);
      run.last = across;
    }
    flush();
    return out;
  }
}

/**
 * Opens a PDF with PDFium and reads the runs of every page, handing each page
 * to `onPage` as it is read. A page PDFium cannot load is handed on empty and
 * recorded as a problem; a file it cannot open is a `FileFailure` (encrypted,
 * or not readable).
 */
export async function readPdfiumPages(bytes: Uint8Array, onPage: (page: EnginePage, pageCount: number) => void): Promise<PdfProblems> {
  const P = await loadPdfium();
  const R = raw(P);
  const M = heap(P);
  const problems = new PdfProblems('PDFium');
  const data = M.wasmExports.malloc(bytes.length);
  if (!data) throw new FileFailure('too-large', `is too large for PDFium's memory (${bytes.length} bytes)`);
  const scratch = M.wasmExports.malloc(SCRATCH_BYTES + NAME_BYTES);
  let doc = 0;
  try {
    M.HEAPU8.set(bytes, data);
    doc = R.FPDF_LoadMemDocument(data, bytes.length, 0);
    if (!doc) {
      const err = R.FPDF_GetLastError();
      if (err === ERR_PASSWORD || err === ERR_SECURITY) {
        throw new FileFailure('encrypted-pdf', 'is an encrypted PDF (password protected)', 'decrypt it first, e.g. `qpdf --decrypt in.pdf out.pdf`');
      }
      throw new FileFailure('corrupt-pdf', `is not a readable PDF (PDFium: ${ERROR_NAMES[err] ?? `error ${err}`})`);
    }
    const count = R.FPDF_GetPageCount(doc);
    if (count <= 0) throw new FileFailure('corrupt-pdf', 'is not a readable PDF (PDFium: no pages)');
    const reader = new PageReader(P, scratch, scratch + SCRATCH_BYTES);
    for (let p = 1; p <= count; p++) {
      problems.page = p;
      let raw: EnginePage;
      try {
        raw = reader.read(doc, p - 1);
      } catch (err) {
        problems.pageFailed(p, (err as Error).message ?? String(err));
        raw = { page: p, view: [0, 0, 595, 842], items: [] };
      }
      onPage(raw, count);
    }
    problems.page = null;
  } finally {
    if (doc) R.FPDF_CloseDocument(doc);
    M.wasmExports.free(scratch);
    M.wasmExports.free(data);
  }
  return problems;
}

export const pdfiumEngine: PdfEngine = {
  name: 'pdfium',
  label: 'PDFium',
  async load() {
    await loadPdfium();
  },
  readPages: readPdfiumPages,
};
