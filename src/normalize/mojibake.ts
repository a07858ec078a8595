/**
 * Mojibake: UTF-8 bytes once decoded as Windows-1252 (`MÃ¸de` for `Møde`),
 * sometimes twice (`MÃƒÂ¸de`). A run of non-ASCII characters is re-encoded as
 * Windows-1252 and decoded as UTF-8; it is kept only when that is valid UTF-8.
 * Clean Danish text never forms such runs: `ø` alone is not valid UTF-8.
 */

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
    return utf8.decode(bytes);
  } catch {
    return run;
  }
}

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

/** Undoes mojibake, also doubled or tripled. */
export function repairMojibake(text: string): string {
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
  return found !== null && repairMojibake(found[0]) !== found[0];
}
