/**
 * Grammatical frames that tell two readings of a damaged word apart where
 * both are words (`barn`/`børn`, `møde`/`måde`, `sager`/`søger`): the word
 * right before decides. A determiner fixes number and gender (`alle børn`,
 * `et barn`; `et møde`, `en måde`), a subject pronoun a verb (`vi søger`).
 * The examples are run as tests (the damaged form as printed, the word
 * before it, what it becomes).
 */
export interface Frame {
  /** The word the frame asks for, in small letters. */
  word: string;
  /** Words (small letters) right before it that ask for it. */
  after: readonly string[];
  /** [word before, token as printed, repaired]. */
  examples: readonly [string, string, string][];
}

/** Determiners before a plural noun. */
const PLURAL = ['alle', 'mange', 'flere', 'nogle', 'andre', 'vores', 'deres', 'jeres', 'sine', 'mine', 'dine', 'egne', 'begge', 'to', 'tre', 'fire', 'fem', 'seks'];
/** Determiners before a singular neuter noun (`et møde`, `et barn`). */
const NEUTER = ['et', 'ét', 'dette', 'andet', 'hvilket', 'hvert', 'ethvert', 'intet', 'mit', 'dit', 'sit', 'vort', 'eget'];
/** Determiners before a singular common-gender noun (`en måde`). */
const COMMON = ['en', 'én', 'denne', 'anden', 'hvilken', 'hver', 'enhver', 'ingen', 'min', 'din', 'sin', 'vor', 'egen'];
/** Subject pronouns, before a verb. */
const SUBJECT = ['vi', 'jeg', 'du', 'han', 'hun', 'man'];

export const FRAMES: readonly Frame[] = [
  { word: 'børn', after: PLURAL, examples: [['alle', 'barn', 'børn'], ['mange', 'born', 'børn']] },
  { word: 'barn', after: NEUTER, examples: [['et', 'barn', 'barn'], ['hvert', 'barn', 'barn']] },
  { word: 'møde', after: NEUTER, examples: [['et', 'made', 'møde'], ['dette', 'mode', 'møde']] },
  { word: 'måde', after: COMMON, examples: [['denne', 'made', 'måde'], ['anden', 'made', 'måde']] },
  { word: 'søger', after: SUBJECT, examples: [['vi', 'sager', 'søger'], ['man', 'soger', 'søger']] },
];
