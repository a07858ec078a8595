/**
 * Latin letters that tesseract without Danish letters also misread, beside a
 * damaged æ, ø or å in the same word: seen in the tuning twins' alignments
 * (each clean word beside the OCR word in its place, `scripts/eval-normalize-damage.js`'s
 * pairing), seen at least twice, as what the page showed and the letter it stood for (`''`: a
 * letter printed that the word does not have). The examples, the OCR word
 * and the word it was, are run as tests.
 */
export interface Misread {
  printed: string;
  letter: string;
  examples: readonly [string, string][];
}

export const MISREADS: readonly Misread[] = [
  { printed: 'i', letter: 'l', examples: [['afhgviet', 'afhøvlet'], ['arbejdsigshedsforsikring', 'arbejdsløshedsforsikring']] },
  // Also seen capitalised (`Ostyysk` for `Østjysk`), but a capitalised token may be a name: only small letters are read so.
  { printed: 'y', letter: 'j', examples: [['hoy', 'høj']] },
];

/**
 * Seen once only, and left out as the damage table leaves out what it saw
 * once (one case is no pattern): `n` for `h` (`Frivillignedsrad`), `o` for
 * `b` or `p` (`tiloud`, `Toomgde`), `a` for `d` (`pabegynat`, `meat`), an `i`
 * too many (`byradsmedilemmernes`).
 */
