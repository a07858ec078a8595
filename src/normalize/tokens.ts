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
const ADDRESS = /https?:|www\.|\.(dk|com|org|net|eu|se|no|de)\b|\w@\w+\.|\\/i;
/** A slash makes a path only with a dot or at the start (`/sti`, `bilag/referat.pdf`); between words it is `og/eller`. */
const PATH = /^\/|\/\S*\.\p{L}|\.\p{L}\S*\//u;
const LETTER = /\p{L}/gu;

/** Letters in a token; digits and signs may stand for letters, but a word needs real ones. */
export function letterCount(text: string): number {
  return text.match(LETTER)?.length ?? 0;
}

export function tokenize(text: string, index: number): Token[] {
  const out: Token[] = [];
  for (const chunk of text.matchAll(CHUNK)) {
    const c = chunk[0];
    if (ADDRESS.test(c) || PATH.test(c)) continue;
    for (const m of c.matchAll(WORD)) {
      const word = m[0];
      if (letterCount(word) < 2 && word !== '|') continue;
      if (/^[0-9]/.test(word) && /[0-9]{2}/.test(word)) continue; // 2022a, 10ars: numbers, not words
      const start = chunk.index! + m.index!;
      out.push({ index, start, end: start + word.length, text: word });
    }
  }
  return out;
}
