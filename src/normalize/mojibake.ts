/**
 * Mojibake: UTF-8 bytes once decoded as Windows-1252 (`MÃ¸de` for `Møde`),
 * sometimes twice (`MÃƒÂ¸de`). A run of non-ASCII characters is re-encoded as
 * Windows-1252 and decoded as UTF-8; it is kept only when that is valid UTF-8.
 * Clean Danish text never forms such runs: `ø` alone is not valid UTF-8.
 */

import iconv from 'iconv-lite';
import { encodeWindows1252 } from '../extract/decode.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Character → byte: Windows-1252, and the C1 controls that UTF-8 read as Latin-1 leaves. */
function byteOf(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code >= 0x80 && code < 0xa0) return code;
  return encodeWindows1252(ch);
}

/** Runs of non-ASCII characters that Windows-1252 can encode, starting with a UTF-8 lead byte's character. */
const RUN = /[\u00c2-\u00f4][\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+/g;

function unmangleRun(run: string): string {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const b = byteOf(run[i]!);
    if (b === undefined) return run;
    bytes[i] = b;
  }
  try {
    const decoded = utf8.decode(bytes);
    return PLAUSIBLE.test(decoded) ? decoded : run;
  } catch {
    return run;
  }
}

/**
 * What mojibake in Danish text decodes to: Latin letters with their marks,
 * punctuation, currency and other symbols, emoji, or (doubled mojibake's
 * middle layer) any character Windows-1252 has. A run that decodes to
 * Arabic or Hebrew (`NØ’s`: Ø and a curly apostrophe are the bytes of an
 * Arabic sign) was never mojibake, and is left as printed.
 */
const PLAUSIBLE = /^[\u0080-\u017f\u0192\u02c6\u02dc\u2000-\u2bff\u{1f000}-\u{1faff}]+$/u;

/** Undoes one layer of mojibake in a string; returns it unchanged when there is none. */
function unmangleOnce(text: string): string {
  return text.replace(RUN, (run) => {
    // A run may hold several characters; decode the longest valid prefix pieces.
    const whole = unmangleRun(run);
    if (whole !== run) return whole;
    let out = '';
    let i = 0;
    while (i < run.length) {
      let done = false;
      for (let len = Math.min(4, run.length - i); len >= 2; len--) {
        const piece = run.slice(i, i + len);
        const fixed = unmangleRun(piece);
        if (fixed !== piece) {
          out += fixed;
          i += len;
          done = true;
          break;
        }
      }
      if (!done) out += run[i++];
    }
    return out;
  });
}

/**
 * UTF-8 read in a DOS code page (web exports, old mail): `Regionsr├ądet`,
 * `M├©de`, `ÔÇØ` for a quotation mark. Each run of a UTF-8 lead byte and
 * its continuation bytes, as the code page shows them, is re-encoded and
 * decoded as UTF-8; a code page is used only when every run it finds decodes.
 */
const DOS_PAGES = ['cp852', 'cp850', 'cp437'] as const;
const DOS_MARK = /[\u251c\u252c\u253c\u00d4]/;
/**
 * UTF-8 read as Mac OS Roman (old Mac mail and web exports): `ekstraordin√¶re`,
 * `Dr√łftelse` (Mac Central European), `p√•`. Every Danish letter's lead byte shows as `√`;
 * punctuation (U+2000–U+203F: dashes, curly quotes, bullets, the ellipsis) as `‚Ä`
 * (`‚Äì` for –, `‚Äù` for ”), also in a text with no Danish letter to show it.
 */
const MAC_PAGES = ['macintosh', 'maccenteuro'] as const;
const MAC_MARK = /\u221a|\u201a\u00c4/;
const dosBytes = new Map<string, Map<string, number>>();

function byteTable(page: string): Map<string, number> {
  let table = dosBytes.get(page);
  if (!table) {
    table = new Map();
    const chars = iconv.decode(Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i)), page);
    for (let i = 0; i < chars.length; i++) table.set(chars[i]!, 0x80 + i);
    dosBytes.set(page, table);
  }
  return table;
}

function unmangleDosPage(text: string, page: string): string | null {
  const table = byteTable(page);
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; ) {
    const lead = table.get(text[i]!);
    const need = lead === undefined ? 0 : lead >= 0xf0 && lead <= 0xf4 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc2 && lead < 0xe0 ? 1 : 0;
    if (need === 0) {
      out += text[i++];
      continue;
    }
    const bytes = [lead!];
    for (let k = 1; k <= need; k++) {
      const b = table.get(text[i + k] ?? '');
      if (b === undefined || b < 0x80 || b > 0xbf) break;
      bytes.push(b);
    }
    // A lead without its continuation: not this code page (or no mojibake at all).
    if (bytes.length !== need + 1) return null;
    try {
      out += utf8.decode(new Uint8Array(bytes));
    } catch {
      return null;
    }
    changed = true;
    i += need + 1;
  }
  return changed ? out : null;
}

function unmangleDos(text: string): string {
  if (MAC_MARK.test(text)) {
    for (const page of MAC_PAGES) {
      const fixed = unmangleDosPage(text, page);
      if (fixed !== null) return fixed;
    }
  }
  if (!DOS_MARK.test(text)) return text;
  for (const page of DOS_PAGES) {
    const fixed = unmangleDosPage(text, page);
    if (fixed !== null) return fixed;
  }
  return text;
}

/** Undoes mojibake, also doubled or tripled. */
export function repairMojibake(input: string): string {
  const text = unmangleDos(input);
  let current = text;
  for (let layer = 0; layer < 4; layer++) {
    const next = unmangleOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Does the text show mojibake at all (cheap test before line-by-line work)? */
export function hasMojibake(text: string): boolean {
  RUN.lastIndex = 0;
  const found = RUN.exec(text);
  RUN.lastIndex = 0;
  if (found !== null && repairMojibake(found[0]) !== found[0]) return true;
  return (DOS_MARK.test(text) || MAC_MARK.test(text)) && unmangleDos(text) !== text;
}
