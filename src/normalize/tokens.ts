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

const CHUNK = /\S+/g;
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
  CHUNK.lastIndex = 0;
  for (let chunk = CHUNK.exec(text); chunk !== null; chunk = CHUNK.exec(text)) {
    const c = chunk[0];
    if (ADDRESS.test(c) || PATH.test(c)) continue;
    words(c, chunk.index, index, out);
  }
  return out;
}

/** Every address and path pattern above needs one of these characters. */
const MAY_BE_ADDRESS = /[.:\/\\]/;

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
