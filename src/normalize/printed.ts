/**
 * Tokens that repair leaves as printed, whatever word undoing a confusion
 * would make of them: they are not Danish words with a letter lost, so a
 * repair would put a word into the document that it never had.
 *
 * - ids and case-system labels: a token of capitals and digits (`G01`, `K2`),
 *   or any token of a chunk that joins capitals and digits with `-`, `/`, `_`
 *   or `.` (`ØU-55/07-O`, `SAG-2019-0034`), but not a word of small letters
 *   after an item's number (`5.Præsentation`);
 * - product names and other words with a capital inside (`OneDrive`, `MitID`,
 *   `iPad`), which Danish words never have (a capital I inside a word is the
 *   damage `l` read as `I`, and is not counted);
 * - capitalised abbreviations and codes of two to four capitals (`AR`, `OL`,
 *   `FOA`) in a line that is not all capitals (a heading), unless the document
 *   proves them damaged: it prints the repaired form itself somewhere; four
 *   capitals that clean minutes never use, whose repair they use often, are a
 *   word in capitals (`ABEN` is `ÅBEN`);
 * - English words among English words (`the Board of Directors`, `made by the
 *   team`): a word of the English list below with, two words either side on
 *   the line, an English word that is no Danish word (or a plainly English
 *   function word such as `the`, which Danish spells tea with); beside
 *   such a word, also a token whose repair clean minutes never show
 *   (`Frozen Policy` is not `Frøzen`).
 */
import { COMMON_DANISH } from './common.js';
import { isLexiconName, isWord } from './dictionary.js';
import { frequency, usualFrequency } from './frequencies.js';
import type { Token } from './tokens.js';

/**
 * Common English words that Danish does not use (general knowledge of the
 * language): function words and the words of meetings and offices. Loanwords
 * Danish minutes use (`team`, `data`, `online`, `system`) are not among them.
 */
const ENGLISH = new Set(
  `the of and to in is are was were be been being for on with as by at from that this these those it its
  or not no but if then than so such can could will would should may might must shall do does did done
  have has had having an all any some more most other each every about into over under after before
  between through during without within up down out off again further once here there when where why how
  what which who whom whose our your their his her my we you they he she them us me made make makes making
  meeting meetings board boards directors management manager update updates report reports agenda minutes
  chair committee policy policies business network council annual general assembly summary review reviews
  action actions item items date new old best good great first last next open closed free public private
  school university health care social green global local international national world day days week
  weeks year years home page site share shared document documents welcome thanks thank please yes hello
  dear regards sincerely house road lake island harbour harbor`
    .split(/\s+/)
    .filter(Boolean),
);

/** The whitespace-delimited stretch of the line the token stands in, without brackets and closing marks. */
function chunkOf(text: string, t: Token): string {
  let start = t.start;
  let end = t.end;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  return text.slice(start, end).replace(/^[("'«„“[]+|[)"'»”\].,;:!?]+$/g, '');
}

const CODE = /^(?=.*\d)(?=.*\p{Lu})[\p{Lu}\d]+$/u;
const ID_CHUNK = /^(?=.*\d)(?=.*\p{Lu})[\p{L}\d@©|]+(?:[-/_.][\p{L}\d@©|]+)+$/u;
const INNER_CAPITAL = /\p{Ll}(?!I\p{Ll})\p{Lu}/u;
const ABBREVIATION = /^\p{Lu}{2,4}$/u;
/** A word of small letters, capitalised or not (`Præsentation`): no piece of an id. */
const WORD_IN_CHUNK = /^\p{Lu}?\p{Ll}{3,}$/u;
/** A line in capitals only (a heading): its short words are words, not abbreviations. */
const CAPITALS_LINE = /^[^\p{Ll}]*$/u;
/** English words that are also among the commonest Danish ones (`at`, `for`, `by`) tell nothing. */
let danishToo: Set<string> | null = null;
/** English function words that tell English text even where Danish has a word of the same letters (`the`, tea). */
const PLAINLY_ENGLISH = new Set(
  'the of with from which would should could this these those their there where what who whom whose been being have has had having does did done made make makes making about into through during without within'.split(' '),
);

function englishOnly(word: string): boolean {
  danishToo ??= new Set(COMMON_DANISH);
  const lower = word.toLowerCase();
  if (!ENGLISH.has(lower) || danishToo.has(lower)) return false;
  // `Social`, `Plan`, `Team`: Danish words too, so they tell nothing.
  return PLAINLY_ENGLISH.has(lower) || !isWord(lower);
}

/** A token this short joined to another by a full stop (`Reg.nr.`, `f.eks.`) is an abbreviation, whatever its letters. */
const SHORT_ABBREVIATION = 4;

/** Capitals this many are a word in capitals, not a code, where clean minutes use the repair often and the token never (`ABEN` for `ÅBEN`). */
const WORD_IN_CAPITALS = 4;
const COMMON_IN_MINUTES = 5;

/** Whether a token of four capitals is a word of clean minutes printed in capitals (`ÅBEN`), not an abbreviation (`ØL` stays `OL`). */
function wordInCapitals(token: string, repaired: string): boolean {
  return token.length === WORD_IN_CAPITALS && frequency(token) === 0 && usualFrequency(repaired) >= COMMON_IN_MINUTES;
}

/**
 * Why the token, at this place, stays as printed rather than become `repaired`;
 * null when nothing keeps it. `printed(form)` tells how often the document
 * prints a form.
 */
export function keptAsPrinted(text: string, t: Token, repaired: string, printed: (form: string) => number, neighbours: string[]): string | null {
  const token = t.text;
  if (CODE.test(token) && token.replace(/\d/g, '').length <= 4) return 'an id or code of capitals and digits';
  // A number before a word (`5.Præsentation`) is an item's number, not an id: a word of small letters is no part of a code.
  if (ID_CHUNK.test(chunkOf(text, t)) && !WORD_IN_CHUNK.test(token)) return 'part of an id or case-system label';
  if (INNER_CAPITAL.test(token)) return 'a name with a capital inside (a product or system name)';
  if (token.length <= SHORT_ABBREVIATION && (/^\.\p{L}/u.test(text.slice(t.end)) || /\p{L}\.$/u.test(text.slice(0, t.start)))) return 'part of a run of abbreviations (`Reg.nr.`)';
  if (ABBREVIATION.test(token) && !CAPITALS_LINE.test(text) && printed(repaired) === 0 && !wordInCapitals(token, repaired)) return 'a capitalised abbreviation or code the document does not show damaged';
  if (neighbours.some(englishOnly)) {
    if (ENGLISH.has(token.toLowerCase())) return 'an English word among English words';
    // `Frozen Policy`: beside English, a repair to a word clean minutes never show is no repair.
    if (frequency(repaired) === 0 && printed(repaired) === 0 && !isLexiconName(repaired)) return 'beside English words, and clean Danish does not show the repair';
  }
  return null;
}
