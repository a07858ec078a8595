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

export function mayBeDamaged(lines: Line[], tokens: Token[]): boolean {
  if (tokens.some((t) => /[@©|]|\p{L}[01]\p{L}/u.test(t.text))) return true;
  // Stretches of about STRETCH words, cut at page breaks where there are pages.
  let words = 0;
  let danish = 0;
  let page: number | null | undefined;
  let stretches = 0;
  const check = (min = 60): boolean => words >= min && danish / words < MIN_DANISH_SHARE;
  for (const t of tokens) {
    const p = lines[t.index]!.page;
    if ((page !== undefined && p !== page) || words >= STRETCH) {
      if (check()) return true;
      stretches++;
      words = 0;
      danish = 0;
    }
    page = p;
    words++;
    if (/[æøåÆØÅ]/.test(t.text)) danish++;
  }
  // A short document (a note of a dozen words) is one stretch, looked at whole.
  return check(stretches === 0 ? SHORT_DOCUMENT : 60);
}

/** A document of fewer words than a stretch is looked at from this many words on. */
export const SHORT_DOCUMENT = 10;
