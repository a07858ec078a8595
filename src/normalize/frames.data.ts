/**
 * Grammatical frames that tell two readings of a damaged word apart where
 * both are words (`barn`/`børn`, `møde`/`måde`, `sager`/`søger`): the word
 * right before decides. A determiner fixes number and gender (`alle børn`,
 * `et barn`; `et møde`, `en måde`), a subject pronoun a verb (`vi søger`).
 * An article asks so across an adjective in its weak form (`den
 * uhensigtsmæssige måde`, `det næste møde`). The examples are run as tests
 * (the words before it, the damaged form as printed, what it becomes).
 */
export interface Frame {
  /** The word the frame asks for, in small letters. */
  word: string;
  /** Words (small letters) right before it that ask for it. */
  after: readonly string[];
  /** Articles that ask for it with an adjective between (`den uhensigtsmæssige måde`, `det næste møde`). */
  afterAdjective: readonly string[];
  /** [words before, token as printed, repaired]. */
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
  { word: 'børn', after: PLURAL, afterAdjective: ['de', 'disse', ...PLURAL], examples: [['alle', 'barn', 'børn'], ['mange', 'born', 'børn'], ['de yngste', 'barn', 'børn']] },
  { word: 'barn', after: NEUTER, afterAdjective: ['det', ...NEUTER], examples: [['et', 'barn', 'barn'], ['hvert', 'barn', 'barn']] },
  { word: 'møde', after: NEUTER, afterAdjective: ['det', ...NEUTER], examples: [['et', 'made', 'møde'], ['dette', 'mode', 'møde'], ['det næste', 'made', 'møde']] },
  { word: 'måde', after: COMMON, afterAdjective: ['den', ...COMMON], examples: [['denne', 'made', 'måde'], ['anden', 'made', 'måde'], ['den bedste', 'made', 'måde']] },
  { word: 'søger', after: SUBJECT, afterAdjective: [], examples: [['vi', 'sager', 'søger'], ['man', 'soger', 'søger']] },
];
