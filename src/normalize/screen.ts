/**
 * A cheap first look, before the dictionary is loaded: a document whose every
 * stretch of text has its share of æ, ø and å, and none of the signs that
 * stand in for them, cannot show OCR damage worth looking for.
 */
import type { Line } from '../extract/types.js';
import type { Token } from './tokens.js';

/** Danish prose has æ, ø or å in roughly one word in ten; OCR'd text in almost none. */
export const MIN_DANISH_SHARE = 0.025;
const STRETCH = 250;

const SIGN_FOR_LETTER = /[@©|]|\p{L}[01]\p{L}/u;
const DANISH = /[æøåÆØÅ]/;
/** Every match of SIGN_FOR_LETTER has one of these characters: a line without them needs no closer look. */
const MAY_HAVE_SIGN = /[@©|01]/;

/** Where the next æ, ø, å, Æ, Ø or Å of the text stands from `from` on, or -1. */
function nextDanish(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xe6 || c === 0xf8 || c === 0xe5 || c === 0xc6 || c === 0xd8 || c === 0xc5) return i;
  }
  return -1;
}

/**
 * The look taken token by token, in document order, so that a document's
 * tokens need not be kept to take it (`normalize` keeps them only for a
 * document that shows damage): `add` every token with its line's page, then
 * `verdict`.
 */
export class DamageScreen {
  private sign = false;
  private stretchFailed = false;
  private words = 0;
  private danish = 0;
  private page: number | null | undefined;
  private stretches = 0;

  add(t: Token, page: number | null): void {
    this.step(t.text, page, true, null);
  }

  /**
   * The tokens of one line, as `add` takes them: a sign or a Danish letter
   * no token of the line can have (the line has none) is not looked for
   * token by token.
   */
  addLine(tokens: readonly Token[], text: string, page: number | null): void {
    if (tokens.length === 0) return;
    const signs = !this.sign && MAY_HAVE_SIGN.test(text) && SIGN_FOR_LETTER.test(text);
    // The tokens with a Danish letter, found from where the line has them (tokens come in order and do not overlap).
    let at = nextDanish(text, 0);
    for (const t of tokens) {
      while (at >= 0 && at < t.start) at = nextDanish(text, at + 1);
      this.step(t.text, page, signs, at >= 0 && at < t.end);
    }
  }

  /** Whether the verdict is known already (a sign for a letter was seen): the tokens after it cannot change it. */
  get settled(): boolean {
    return this.sign;
  }

  /** `danish`: whether the token has æ, ø or å (null: not known, to be looked at). */
  private step(text: string, page: number | null, signs: boolean, danish: boolean | null): void {
    if (signs && !this.sign && SIGN_FOR_LETTER.test(text)) this.sign = true;
    // Stretches of about STRETCH words, cut at page breaks where there are pages.
    if ((this.page !== undefined && page !== this.page) || this.words >= STRETCH) {
      if (this.check()) this.stretchFailed = true;
      this.stretches++;
      this.words = 0;
      this.danish = 0;
    }
    this.page = page;
    this.words++;
    if (danish ?? DANISH.test(text)) this.danish++;
  }

  /** Whether the document may show damage: a sign for a letter anywhere, or a stretch with too few æ, ø, å. */
  verdict(): boolean {
    // A short document (a note of a dozen words) is one stretch, looked at whole.
    return this.sign || this.stretchFailed || this.check(this.stretches === 0 ? SHORT_DOCUMENT : 60);
  }

  private check(min = 60): boolean {
    return this.words >= min && this.danish / this.words < MIN_DANISH_SHARE;
  }
}

export function mayBeDamaged(lines: Line[], tokens: Token[]): boolean {
  const screen = new DamageScreen();
  for (const t of tokens) screen.add(t, lines[t.index]!.page);
  return screen.verdict();
}

/** A document of fewer words than a stretch is looked at from this many words on. */
export const SHORT_DOCUMENT = 10;
