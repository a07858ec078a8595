/**
 * Bytes of a text file to a string: BOMs, UTF-8 and the single-byte Windows
 * encodings that archived minutes are stored in.
 */
import iconv from 'iconv-lite';
import { FileFailure } from '../diagnostics.js';

export interface DecodedText {
  text: string;
  encoding: string;
  /** NUL bytes dropped from a text file that had a few by accident (see strayNuls). */
  droppedNuls?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Windows-1252's bytes 0x80–0x9F. Node 20's TextDecoder('windows-1252') reads
 * them as Latin-1 C1 controls, and iconv-lite turns the five undefined ones
 * into U+FFFD, which loses what mojibake repair needs; so the WHATWG mapping
 * is spelled out here: undefined bytes keep their C1 control.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 (and Latin-1, its printable subset) bytes to a string. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    out += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  }
  return out;
}

/** The byte Windows-1252 writes a character as, or undefined. */
export function encodeWindows1252(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  if (ch.length !== 1) return undefined;
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  const at = CP1252_HIGH.indexOf(ch);
  return at >= 0 ? 0x80 + at : undefined;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  const nuls = strayNuls(bytes);
  if (nuls > 0) {
    const decoded = decodeText(bytes.filter((b) => b !== 0));
    return { ...decoded, droppedNuls: nuls };
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (looksBinary(bytes)) {
    throw new FileFailure('binary', 'is a binary file, not text, PDF or Word');
  }
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: a DOS code page where its letters show, else Windows-1252
    // (a superset of Latin-1 in the printable range).
    const dos = dosCodePage(bytes);
    // DOS shows byte 0x15 as § (its glyph in these pages), how DOS programs wrote it.
    if (dos) return { text: iconv.decode(Buffer.from(bytes), dos).replace(/\u0015/g, '§'), encoding: dos };
    const hasC1 = bytes.some((b) => b >= 0x80 && b <= 0x9f);
    const encoding = hasC1 ? 'windows-1252' : 'iso-8859-1';
    return { text: decodeWindows1252(bytes), encoding };
  }
}

/** Bytes that are æ, ø, å, Ø, Å in DOS code pages 865 and 850 but no letter in Windows-1252 (›, †, two undefined). */
const DOS_LETTERS = new Set([0x9b, 0x86, 0x9d, 0x8f]);
/** æ in the DOS code pages, a left single quote in Windows-1252: a letter only between letters. */
const DOS_AE = 0x91;
/** æ, ø, å, Æ, Ø, Å in Windows-1252 and Latin-1. */
const WINDOWS_LETTERS = new Set([0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5]);
const DOS_PAGES = ['cp865', 'cp850'] as const;

const isAsciiLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

/**
 * A text written in a DOS code page (old DOS and OS/2 programs, some mail):
 * its Danish letters are bytes that Windows-1252 has as punctuation or not at
 * all (`M›de`, `p†`), beside letters, and more of them than Windows-1252's own
 * æ, ø, å. The Nordic page 865 and the Western 850 agree on those; where they
 * differ, the one that reads more of the other bytes as Latin letters (or §)
 * is taken, 865 on a tie. Null when the text does not show a DOS code page.
 */
export function dosCodePage(bytes: Uint8Array): (typeof DOS_PAGES)[number] | null {
  let dos = 0;
  let windows = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (WINDOWS_LETTERS.has(b)) windows++;
    else if (DOS_LETTERS.has(b) ? isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[i + 1]) : b === DOS_AE && isAsciiLetter(bytes[i - 1]) && isAsciiLetter(bytes[i + 1])) dos++;
  }
  if (dos === 0 || dos <= windows) return null;
  const high = Buffer.from(bytes.filter((b) => b >= 0x80));
  const latin = (page: string) => iconv.decode(high, page).match(/[\p{Script=Latin}§]/gu)?.length ?? 0;
  return latin('cp850') > latin('cp865') ? 'cp850' : 'cp865';
}

/**
 * UTF-16 without a BOM: text whose every other byte is NUL (ASCII letters in
 * UTF-16), on the even bytes for big-endian, on the odd ones for little-endian.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * NUL bytes that a text file holds by accident, to be dropped: a few stray
 * ones (at most one in a hundred of the bytes before the end), or a run
 * padding its end (a file cut short by a crash or a copy). Returns how many,
 * or 0 when there are none or too many for text (then it is binary).
 */
export function strayNuls(bytes: Uint8Array): number {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  let inner = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0) inner++;
  const padding = bytes.length - end;
  if (inner === 0 && padding === 0) return 0;
  return inner <= end / 100 ? inner + padding : 0;
}

/** NUL bytes or many control characters in the first 8 KiB mark a binary file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / n > 0.02;
}
