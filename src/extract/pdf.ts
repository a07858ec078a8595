/**
 * PDFs to positioned lines through pdf.js: text items grouped into lines by
 * baseline, lines ordered top to bottom, blank lines where the page leaves a
 * paragraph gap. Every line keeps its page.
 */
import { FileFailure } from '../diagnostics.js';
import type { ExtractedDocument, Line } from './types.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | null = null;
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontName: string;
}

export interface PageText {
  page: number;
  width: number;
  height: number;
  items: TextItem[];
}

/** Opens a PDF and yields the text items of each page. */
export async function readPdfPages(bytes: Uint8Array): Promise<{ pages: PageText[]; numPages: number }> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    const name = (err as { name?: string }).name ?? '';
    if (name === 'PasswordException') {
      throw new FileFailure('encrypted-pdf', 'is an encrypted PDF (password protected)', 'decrypt it first, e.g. `qpdf --decrypt in.pdf out.pdf`');
    }
    throw new FileFailure('corrupt-pdf', `is not a readable PDF (${(err as Error).message ?? name})`);
  }
  const pages: PageText[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
      const items: TextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const t = it.transform as number[];
        items.push({
          str: it.str,
          x: t[4]!,
          y: t[5]!,
          width: it.width,
          height: it.height || Math.hypot(t[2]!, t[3]!),
          fontName: it.fontName,
        });
      }
      pages.push({ page: p, width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
  } catch (err) {
    if (err instanceof FileFailure) throw err;
    throw new FileFailure('corrupt-pdf', `is a damaged PDF (${(err as Error).message})`);
  } finally {
    await doc.destroy();
  }
  return { pages, numPages: pages.length };
}

/** Groups a page's items into lines (top to bottom, left to right). */
export function pageLines(page: PageText): Omit<Line, 'line'>[] {
  const items = page.items.filter((i) => i.str.length > 0 && i.str.trim() !== '' || i.str === ' ');
  const rows: TextItem[][] = [];
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  for (const it of sorted) {
    if (it.str.trim() === '') continue;
    const tol = Math.max(2, (it.height || 10) * 0.45);
    const row = rows.find((r) => Math.abs(r[0]!.y - it.y) <= tol);
    if (row) row.push(it);
    else rows.push([it]);
  }
  rows.sort((a, b) => b[0]!.y - a[0]!.y);
  const out: Omit<Line, 'line'>[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const it of row) {
      const size = it.height || 10;
      if (text !== '' && it.x - end > size * 0.12 && !text.endsWith(' ') && !it.str.startsWith(' ')) text += ' ';
      text += it.str;
      end = Math.max(end, it.x + it.width);
    }
    const first = row[0]!;
    out.push({
      text: text.replace(/\s+/g, ' ').trim(),
      page: page.page,
      x: first.x,
      y: first.y,
      width: end - first.x,
      fontSize: Math.max(...row.map((r) => r.height || 0)),
    });
  }
  return out;
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  const { pages, numPages } = await readPdfPages(bytes);
  const lines: Line[] = [];
  let chars = 0;
  for (const page of pages) {
    const rows = pageLines(page);
    const gaps: number[] = [];
    for (let i = 1; i < rows.length; i++) gaps.push(rows[i - 1]!.y! - rows[i]!.y!);
    const typical = median(gaps.filter((g) => g > 0)) ?? 12;
    rows.forEach((row, i) => {
      if (i > 0) {
        const gap = rows[i - 1]!.y! - row.y!;
        if (gap > typical * 1.45) lines.push({ text: '', page: page.page, line: lines.length + 1 });
      }
      chars += row.text.length;
      lines.push({ ...row, line: lines.length + 1 });
    });
    if (rows.length > 0) lines.push({ text: '', page: page.page, line: lines.length + 1 });
  }
  if (chars === 0) {
    throw new FileFailure(
      'no-text-layer',
      `is a PDF with no text layer (${numPages} page${numPages === 1 ? '' : 's'} of images)`,
      'run OCR first: `ocrmypdf -l dan in.pdf out.pdf`',
    );
  }
  while (lines.length > 0 && lines[lines.length - 1]!.text === '') lines.pop();
  return { format: 'pdf', pages: numPages, encoding: null, lines, furniture: [] };
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
