/**
 * Words of a line that repair may touch, with their offsets. Web and mail
 * addresses and file paths are left out whole: their letters are not Danish
 * words. Words joined by a slash (`undervisning/ERFA-netværk`) are words.
 */

export interface Token {
  /** Index of the line in the document. */
  index: number;
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{M}0-9@©|]+/gu;
/** A mail address has a domain after its @ (`navn@kommune.dk`); `afdelingsma@de.` at a sentence's end is a word read with @ for ø. */
const ADDRESS = /https?:|www\.|\.(dk|com|org|net|eu|se|no|de)\b|\w@\w+\.\w|\\/i;
/** A slash makes a path only with a dot or at the start (`/sti`, `bilag/referat.pdf`); between words it is `og/eller`. */
const PATH = /^\/|\/\S*\.\p{L}|\.\p{L}\S*\//u;

/** Letters in a token; digits and signs may stand for letters, but a word needs real ones. */
export function letterCount(text: string): number {
  return lettersUpTo(text, Infinity);
}

const ONE_LETTER = /^\p{L}$/u;

/** The letters of `text` counted up to `max` (a code point at a time, as `\p{L}` with the `u` flag matches). */
function lettersUpTo(text: string, max: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < max; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (ONE_LETTER.test(String.fromCodePoint(cp))) n++;
  }
  return n;
}

export function tokenize(text: string, index: number): Token[] {
  const out: Token[] = [];
  // exec loops on the shared global expressions: `matchAll` would copy them for every line and chunk.
  if (!MAY_BE_ADDRESS.test(text)) {
    // No chunk can be an address or a path, and words never span a space: the words of the whole line are the chunks' words.
    words(text, 0, index, out);
    return out;
  }
  // Only a chunk with one of MAY_BE_ADDRESS's characters may be an address or a path: the words of the
  // line between such chunks are read as one stretch (words never span a space).
  let from = 0;
  for (let at = nextAddressChar(text, 0); at >= 0; ) {
    let start = at;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    const chunk = text.slice(start, end);
    if (ADDRESS.test(chunk) || PATH.test(chunk)) {
      if (start > from) words(text.slice(from, start), from, index, out);
      from = end;
    }
    at = nextAddressChar(text, end);
  }
  if (from === 0) words(text, 0, index, out);
  else if (from < text.length) words(text.slice(from), from, index, out);
  return out;
}

/** Every address and path pattern above needs one of these characters. */
const MAY_BE_ADDRESS = /[.:\/\\]/;

/** Where the next of MAY_BE_ADDRESS's characters stands from `from` on, or -1. */
function nextAddressChar(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 58 || c === 47 || c === 92) return i;
  }
  return -1;
}

/** The white space of `\s` (what ends a chunk of `\S+`), by character code. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function words(c: string, offset: number, index: number, out: Token[]): void {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(c); m !== null; m = WORD.exec(c)) {
    const word = m[0];
    if (lettersUpTo(word, 2) < 2 && word !== '|') continue;
    const first = word.charCodeAt(0);
    if (first >= 48 && first <= 57 && /[0-9]{2}/.test(word)) continue; // 2022a, 10ars: numbers, not words
    const start = offset + m.index;
    out.push({ index, start, end: start + word.length, text: word });
  }
}
