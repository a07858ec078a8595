/**
 * A saved web page's bytes: is it HTML (sniffed from its first bytes), and
 * which character set is it in (its BOM, its `<meta>` declaration, or what
 * the bytes show).
 */
import iconv from 'iconv-lite';
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic } from '../schema.js';
import { decodeText, decodeWindows1252, utf16WithoutBom } from './decode.js';

// ---------------------------------------------------------------- sniffing

/**
 * An HTML page: after a BOM, white space, comments and an XML declaration,
 * its bytes begin with a doctype or an `<html>`, `<head>` or `<body>` tag.
 */
export function isHtml(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 2048);
  let text: string;
  if (head[0] === 0xff && head[1] === 0xfe) text = new TextDecoder('utf-16le').decode(head.subarray(2));
  else if (head[0] === 0xfe && head[1] === 0xff) text = new TextDecoder('utf-16be').decode(head.subarray(2));
  else {
    // UTF-16 without a BOM shows as every other byte NUL.
    const utf16 = utf16WithoutBom(head);
    text = utf16 ? new TextDecoder(utf16).decode(head) : Buffer.from(head).toString('latin1').replace(/^\xef\xbb\xbf/, '');
  }
  // Comments (`<!-- saved from url=… -->`) and an XML declaration may come first.
  const rest = text.replace(/^(?:\s+|<!--[\s\S]*?-->|<\?xml[^>]*\?>)*/u, '');
  return /^<(?:!doctype\s+html\b|html\b|head\b|body\b)/iu.test(rest);
}

// ---------------------------------------------------------------- character set

export interface DecodedPage {
  text: string;
  /** The encoding the page was read in, as `source.encoding` records it. */
  encoding: string;
  diagnostics: Diagnostic[];
}

/** The charset a page declares in its first 4 KiB: `<meta charset>` or `<meta http-equiv … content="…; charset=…">`. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  for (const m of head.matchAll(/<meta\b[^>]*>/giu)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(tag);
    if (direct) return direct[1]!.toLowerCase();
  }
  return null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The page's bytes to text: a BOM first, then the charset the page declares,
 * then (undeclared) UTF-8 where the bytes are valid UTF-8, else what a text
 * file would be read as (a DOS code page or Windows-1252).
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
  const diagnostics: Diagnostic[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', diagnostics };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', diagnostics };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', diagnostics };
  const declared = declaredCharset(bytes);
  if (declared !== null) {
    if (declared === 'utf-8' || declared === 'utf8') {
      try {
        return { text: utf8.decode(bytes), encoding: 'utf-8', diagnostics };
      } catch {
        // Saved in another character set than the page says: read as undeclared.
        const sniffed = decodeText(bytes);
        diagnostics.push(diagnostic('warning', 'html-charset-mismatch', `the page declares UTF-8 but is not valid UTF-8; read as ${sniffed.encoding}`));
        return { text: sniffed.text, encoding: sniffed.encoding, diagnostics };
      }
    }
    // A single-byte declaration over bytes that are UTF-8, with letters beyond ASCII (`Ã¸` for `ø` if believed): UTF-8.
    if (iconv.encodingExists(declared) && bytes.some((x) => x >= 0x80)) {
      try {
        const text = utf8.decode(bytes);
        diagnostics.push(diagnostic('warning', 'html-charset-mismatch', `the page declares ${declared} but is UTF-8; read as utf-8`));
        return { text, encoding: 'utf-8', diagnostics };
      } catch {
        // Not UTF-8: the declaration holds.
      }
    }
    // Latin-1 and ASCII labels mean Windows-1252 to a browser (WHATWG Encoding).
    if (/^(?:iso-?8859-1|latin-?1|l1|us-ascii|ascii|windows-1252|cp1252|x-cp1252|iso_8859-1(?::1987)?|cp819|ibm819)$/u.test(declared)) {
      return { text: decodeWindows1252(bytes), encoding: /1252/.test(declared) ? 'windows-1252' : declared.includes('ascii') ? 'windows-1252' : 'iso-8859-1', diagnostics };
    }
    if (iconv.encodingExists(declared) && !/^utf-?16|^utf-?32|^ucs-?2/u.test(declared)) {
      return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared, diagnostics };
    }
    diagnostics.push(diagnostic('warning', 'html-charset-unknown', `the page declares the character set "${declared}", which is unknown; read as undeclared`));
  }
  const sniffed = decodeText(bytes);
  return { text: sniffed.text, encoding: sniffed.encoding, diagnostics };
}
