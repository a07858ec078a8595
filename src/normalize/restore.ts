/**
 * Letter restoration for one distinct token of a damaged document, led by
 * evidence: the dictionary, the document's damage profile, the document's own
 * intact and repaired words, and word frequencies of clean Danish.
 */
import { candidates, CONFUSIONS, findSites, MAX_SITES, type Candidate, type Site } from './confusions.js';

const Ø_AS_G = CONFUSIONS.find((c) => c.id === 'ø:g')!;
import { isDictionaryName, isLexiconName, reading, type Reading } from './dictionary.js';
import { endingCount, frequency, inPairs, pairedAfter, smallFrequency, lemmaFrequency, pairCount, perThreshold, usualFrequency, wordCount, wordTotal } from './frequencies.js';
import { confusionShare, type DamageProfile } from './profile.js';
import { BoundedMap } from '../util/memo.js';
import { FRAMES, type Frame } from './frames.data.js';
import { MISREADS, type Misread } from './misread.data.js';

export interface Decision {
  repaired: string;
  /** Why, in words, for `--explain`. */
  reason: string;
  /** False for a guess between close alternatives: it is reported, not made. */
  confident: boolean;
  alternatives: string[];
  /** The token's own letters prove the damage (no Danish word could be printed so), whatever the lists know. */
  proven?: boolean;
  /** Made on the length of a listed word alone, without support (`longListedWord`): after a name it may be a surname, and is left. */
  byLength?: boolean;
}

export interface Evidence {
  profile: DamageProfile;
  /** Occurrences of each distinct token in the document. */
  docCounts: Map<string, number>;
  /** Occurrences of each lemma among the document's intact and repaired Danish words. */
  docLemmas?: Map<string, number>;
  /** Tokens the document shows before a full stop that, with it, are dictionary words (`vedr.`). */
  abbreviations?: Set<string>;
}

const DANISH = /[æøåÆØÅ]/;
/** The best candidate must be this many times likelier than the next. */
export const CLEAR_MARGIN = 3;
/** A real word is replaced only when the repair is this many times likelier. */
export const COLLISION_MARGIN = 2.5;
const SMOOTHING = 0.5;
/** A confusion behind at least this share of a letter's damage is the document's usual one. */
const STRONG_SHARE = 0.3;
const DOC_WEIGHT = 5;
/** Other forms of the same lemma count for less than the word itself. */
const LEMMA_WEIGHT = 0.5;
const DOC_LEMMA_WEIGHT = 2;
/**
 * Each part beyond the first makes a compound reading this much less likely
 * than a listed word, unless the document itself uses the word (intact, or in
 * clear repairs): then it is no guess that the compound is a word.
 */
const PART_PENALTY = 0.1;

function partPenalty(word: string, r: Reading, ev: Evidence): number {
  if (r.parts === 1) return 1;
  if (docOccurrences(word, ev) > 0 || (ev.docLemmas?.get(r.lemma) ?? 0) > 0 || wordCount(word) > 0) return 1;
  return PART_PENALTY ** (r.parts - 1);
}
/** A listed word is only replaced by a word with at least this much support. */
const MIN_SUPPORT = 1;

/** How often the document prints the word in small letters, or capitalised. */
function docOccurrences(word: string, ev: Evidence): number {
  return smallAndCapital(ev.docCounts).get(word.toLowerCase()) ?? 0;
}

/**
 * The document's counts by small form: each token printed in small letters,
 * or as its small form capitalised (`Møde` for `møde`), counted under its
 * small form; found once per document (repair asks for every spelling it tries).
 */
const smallCache = new WeakMap<Map<string, number>, Map<string, number>>();
function smallAndCapital(docCounts: Map<string, number>): Map<string, number> {
  let out = smallCache.get(docCounts);
  if (!out) {
    out = new Map();
    for (const [token, n] of docCounts) {
      const lower = token.toLowerCase();
      const cap = lower.charAt(0).toUpperCase() + lower.slice(1);
      if (token === lower || token === cap) out.set(lower, (out.get(lower) ?? 0) + n);
    }
    smallCache.set(docCounts, out);
  }
  return out;
}

/** Whether the document prints this form, with its Danish letters, as it stands or capitalised otherwise. */
function printedIntact(form: string, ev: Evidence): boolean {
  const intact = intactForms(ev.docCounts);
  if (intact.size === 0) return false;
  if (intact.has(form)) return true;
  const upper = form.toUpperCase();
  return intact.has(upper) || intact.has(form.charAt(0).toUpperCase() + form.slice(1).toLowerCase());
}

/** The document's tokens with æ, ø or å, found once per document (a badly damaged one has none). */
const intactCache = new WeakMap<Map<string, number>, Set<string>>();
function intactForms(docCounts: Map<string, number>): Set<string> {
  let set = intactCache.get(docCounts);
  if (!set) {
    set = new Set();
    for (const t of docCounts.keys()) if (DANISH.test(t)) set.add(t);
    intactCache.set(docCounts, set);
  }
  return set;
}

/**
 * How often clean Danish uses the word: itself, and other forms of its lemma,
 * which count by their square root: a lemma's forms tell that a rare form is
 * a word in use, but many of them (`møde`, `mødet`, `møder` on every page)
 * must not outweigh a common word (`mod`) for a rare form (`mød`).
 */
function cleanPrior(word: string, r: Reading): number {
  const own = frequency(word);
  return own + LEMMA_WEIGHT * Math.sqrt(Math.max(0, lemmaFrequency(r.lemma) - own));
}

/** `cleanPrior` per the thresholds' size of text (`usualFrequency`), for comparing with a threshold. */
function usualPrior(word: string, r: Reading): number {
  const own = usualFrequency(word);
  return own + LEMMA_WEIGHT * Math.max(0, perThreshold(lemmaFrequency(r.lemma)) - own);
}

function prior(word: string, r: Reading, ev: Evidence): number {
  const doc = docOccurrences(word, ev);
  return cleanPrior(word, r) + DOC_WEIGHT * doc + DOC_LEMMA_WEIGHT * Math.max(0, (ev.docLemmas?.get(r.lemma) ?? 0) - doc);
}

function likelihood(c: Candidate, ev: Evidence): number {
  let p = 1;
  for (const conf of c.confusions) p *= Math.max(confusionShare(ev.profile, conf), 0.02);
  return p;
}

interface Scored {
  c: Candidate;
  r: Reading;
  support: number;
  score: number;
}

interface Word {
  c: Candidate;
  r: Reading;
}

/**
 * The candidates of a token that read as words, found once per document (a
 * token is decided twice, and the dictionary is the costly part); `cheap`
 * leaves out, unread, those neither clean text nor the document shows.
 */
const wordsCache = new WeakMap<Map<string, number>, Map<string, Word[]>>();

function candidateWords(token: string, ev: Evidence, maxSites: number, cheap: boolean): Word[] {
  let cache = wordsCache.get(ev.docCounts);
  if (!cache) wordsCache.set(ev.docCounts, (cache = new Map()));
  const key = `${maxSites}${cheap ? '+' : ''}${token}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const out: Word[] = [];
  const sites = docSites(token, ev);
  if (sites.length > 0) {
    const list = likeliest(candidates(token, sites, maxSites), ev);
    const small = cheap ? smallAndCapital(ev.docCounts) : null;
    for (const c of list) {
      // Cheap test first: a candidate without support (in clean minutes or the document: `frequency`, `docOccurrences`) is not looked up at all.
      if (small) {
        const lower = c.text.toLowerCase();
        if (smallFrequency(lower) + (small.get(lower) ?? 0) === 0) continue;
      }
      // The document's own evidence first: a form it prints intact elsewhere is a word of it, listed or not (a name in a letterhead, `ØU`).
      const r = reading(c.text) ?? (DANISH.test(c.text) && (printedIntact(c.text, ev) || seenWhole(c.text)) ? { parts: 1, lemma: c.text.toLowerCase() } : null) ?? streetName(c.text) ?? verbalNoun(c.text);
      if (r) out.push({ c, r });
    }
    // Only where no spelling reads otherwise: a compound by its parts alone is the weakest reading.
    if (out.length === 0 && !cheap && mayBeLoose(token)) {
      for (const c of list.slice(0, LOOSE_CANDIDATES)) {
        const r = looseCompound(c.text);
        if (r) out.push({ c, r });
      }
    }
  }
  cache.set(key, out);
  return out;
}

/** A name as clean minutes print names: capitalised, or in capitals (not `AArø`). */
const NAME_SHAPE = /^(?:\p{Lu}\p{Ll}+|\p{Lu}+)$/u;

/**
 * Whether clean minutes print this capitalised form: a name the dictionary
 * does not list, or reads only as words (`Brostrøm`, `Vindeløv`), is a word
 * of theirs. Not a form in small letters: the counts do not keep case, and a
 * small word the dictionary does not make is more often a slip (`hoy` is
 * `høj`, though someone is called Høy).
 */
function seenWhole(form: string): boolean {
  return NAME_SHAPE.test(form) && wordCount(form) > 0;
}

/**
 * The places in a token where the document's confusions may have happened.
 * A long word has more places than can all be undone (`e` may be `æ` or `ø`
 * in every syllable of `medarbejderrepreesentanter`): it keeps the places of
 * its likeliest confusions (`ee` for `æ`), up to MAX_SITES, rather than be
 * read as noise.
 */
function docSites(token: string, ev: Evidence): Site[] {
  // Found once per token and document: a token's spellings are asked for at several depths.
  let cache = sitesCache.get(ev.profile);
  if (!cache) sitesCache.set(ev.profile, (cache = new Map()));
  let sites = cache.get(token);
  if (!sites) cache.set(token, (sites = likeliestSites(findSites(token, (c) => confusionShare(ev.profile, c) > 0), ev)));
  return sites;
}

const sitesCache = new WeakMap<DamageProfile, Map<string, Site[]>>();

function likeliestSites(sites: Site[], ev: Evidence): Site[] {
  if (sites.length <= MAX_SITES) return sites;
  const shares = sites.map((s) => confusionShare(ev.profile, s.confusion));
  const cut = [...shares].sort((a, b) => b - a)[MAX_SITES - 1]!;
  const kept = sites.filter((_, i) => shares[i]! >= cut);
  return kept.length <= MAX_SITES ? kept : sites.filter((_, i) => shares[i]! > cut);
}

/** The spellings a token may have come from through the document's confusions, unread. */
function spellings(token: string, ev: Evidence, maxSites: number): Candidate[] {
  const sites = docSites(token, ev);
  return sites.length === 0 ? [] : likeliest(candidates(token, sites, maxSites), ev);
}

/** A long token with many places to undo is read only in its likeliest spellings. */
export const MAX_CANDIDATES = 150;

function likeliest(list: Candidate[], ev: Evidence): Candidate[] {
  if (list.length <= MAX_CANDIDATES) return list;
  return list
    .map((c) => ({ c, p: likelihood(c, ev) }))
    .sort((a, b) => b.p - a.p || a.c.confusions.length - b.c.confusions.length)
    .slice(0, MAX_CANDIDATES)
    .map((x) => x.c);
}

function scored(token: string, ev: Evidence, maxSites: number, minSupport = 0): Scored[] {
  const out: Scored[] = [];
  for (const { c, r } of candidateWords(token, ev, maxSites, minSupport > 0)) {
    const support = prior(c.text, r, ev);
    if (support < minSupport) continue;
    out.push({ c, r, support, score: (support + SMOOTHING) * likelihood(c, ev) * partPenalty(c.text, r, ev) });
  }
  return out.sort((a, b) => b.score - a.score);
}

function describe(c: Candidate): string {
  return c.confusions.map((x) => `${x.letter} read as ${x.damaged}`).join(', ');
}

/** What `token` should be, or null to leave it. */
export function decide(token: string, ev: Evidence): Decision | null {
  if (DANISH.test(token)) return null;
  // An abbreviation the dictionary lists with its full stop (`vedr.`) is a word.
  // A form clean minutes print as it stands (`vedr`, a surname the dictionary does not list) is a word of theirs too: replaced only as a real word is.
  const own = reading(token) ?? (ev.abbreviations?.has(token) ? { parts: 1, lemma: `${token.toLowerCase()}.` } : null) ?? (token.length > SHORT && frequency(token) > 0 ? { parts: 1, lemma: token.toLowerCase() } : null);
  if (own) return decideCollision(token, own, ev);
  const maxSites = token.length <= 12 ? 3 : 2;
  const found = scored(token, ev, maxSites);
  if (found.length === 0) return gAfterInitial(token, ev) ?? signForØ(token, ev) ?? misread(token, ev);
  const best = found[0]!;
  const alternatives = found.slice(1, 4).map((f) => f.c.text);
  // A reading that may be a name's, or an unsupported compound's, is made only where the word is long and listed (and then checked at its place).
  const doubt = maybeName(token, best, ev) || unsupportedCompound(token, best, ev);
  const byLength = doubt && longListedWord(token, best, ev);
  const unsure = unsupportedShort(token, best, ev) || (doubt && !byLength);
  if (found.length === 1 && !unsure) {
    return {
      repaired: best.c.text,
      reason: `not a word; the only word it can be (${describe(best.c)})`,
      confident: true,
      alternatives,
      ...(byLength ? { byLength } : {}),
    };
  }
  const second = found[1];
  const confident = second !== undefined && best.score >= CLEAR_MARGIN * second.score && !unsure;
  // Where no reading is sure, one with a Latin letter misread beside the restored one may be (`planiaegges`: `planlægges`, l read as i).
  const withMisread = confident ? null : misread(token, ev);
  if (withMisread?.confident) return withMisread;
  return {
    repaired: best.c.text,
    reason: second === undefined ? `not a word; the only word it can be (${describe(best.c)})` : `not a word; likeliest of ${found.length} words (${describe(best.c)}; next: ${second.c.text})`,
    confident,
    alternatives,
    ...(byLength ? { byLength } : {}),
  };
}

/**
 * A capitalised token that a confusion the document shows makes into a
 * capitalised form the document repaired another token into with confidence
 * (`Brand` beside `Brg@nd`, repaired `Brønd`): the same name printed twice,
 * damaged two ways, where the token as printed is no common word. Only where
 * exactly one of its spellings is such a form.
 */
export function echoOfRepair(token: string, ev: Evidence, repaired: Map<string, number>): Decision | null {
  if (repaired.size === 0 || !/^\p{Lu}\p{Ll}+$/u.test(token) || usualFrequency(token) >= HEAD_SUPPORT) return null;
  const echoes = spellings(token, ev, 2).filter((c) => repaired.has(c.text));
  if (echoes.length !== 1) return null;
  const best = echoes[0]!;
  return {
    repaired: best.text,
    reason: `the document has ${best.text} elsewhere, damaged otherwise (${describe(best)})`,
    confident: true,
    alternatives: [],
  };
}

/** A capitalised token whose reading is one listed word at least this long is read as that word, not as a name. */
const LONG_WORD = 8;
/** A capitalised token whose reading is a listed compound at least this long is read as the compound. */
const LONG_LISTED_COMPOUND = 7;

/**
 * A capitalised token whose reading is a word the dictionary lists whole, or
 * makes by its compound rules, and long (`Kvzelstof`: `Kvælstof`; `Hggevej`:
 * `Høgevej`): few names turn into a listed word of that length by undoing one
 * confusion, so the reading needs no support from clean minutes (more restored
 * letters only through the document's usual confusions: `Hesseldal`, with æ
 * seldom read as e, is no `Hæssældal`). A short one
 * (`Temte` is no `Tømte`, `Lank` no `Lænk`) may be a name as printed. Where
 * the token stands in a surname's place, the repair is checked there again.
 */
function longListedWord(token: string, s: Scored, ev: Evidence): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(token)) return false;
  if (s.c.confusions.length > 1 && s.c.confusions.some((x) => confusionShare(ev.profile, x) < STRONG_SHARE)) return false;
  const r = reading(s.c.text);
  if (!r || r.parts >= MANY_PARTS) return false;
  return token.length >= (r.parts === 1 ? LONG_WORD : LONG_LISTED_COMPOUND);
}

/**
 * Whether a reading is a word clean minutes or the document show as it
 * stands, or in other forms of its lemma in the document; other forms in
 * clean minutes alone do not make a guess a word seen (`tømte` for a name
 * `Tamte`, though `tømme` is seen; a compound's lemma is its last part's).
 */
function seen(s: Scored, ev: Evidence): boolean {
  return frequency(s.c.text) > 0 || docOccurrences(s.c.text, ev) > 0 || (ev.docLemmas?.get(s.r.lemma) ?? 0) > 0;
}

/** Tokens this short are read as a word only with support: `or`, `get` are English or OCR noise far more often than `ør`, `gæt`. */
const SHORT = 3;

function unsupportedShort(token: string, s: Scored, ev: Evidence): boolean {
  if (seen(s, ev) || printedIntact(s.c.text, ev)) return false;
  if (token.length <= SHORT) return true;
  // A four-letter token read through a confusion the document seldom shows (`lead` is no `lød`: ø read as ea) is a guess too.
  return token.length <= SHORT + 1 && s.c.confusions.some((x) => confusionShare(ev.profile, x) < STRONG_SHARE);
}

/** A compound at least this long is read as words, not as a name, and without support. */
const LONG_COMPOUND = 12;
/** A compound of this many parts or more needs support however long: four short words make a word of almost any letters (`kommuneplan`+`til`+`løg`). */
const MANY_PARTS = 3;

/**
 * A short token whose reading is only a compound that neither clean minutes
 * nor the document show (`sparing` is no `spå`+`ring`, `abefaler` no
 * `abe`+`føler`): two short words joined make a word of almost any letters,
 * so the repair would be a guess. So is a compound of three parts or more,
 * however long, whose restored letters stand in no part the dictionary lists
 * as a word of four letters or more (`Kommuneplantilléeg` is no
 * `kommuneplan`+`til`+`løg`; `indtegtsanlegsbevillinger` is
 * `indtægtsanlægsbevillinger`).
 */
function unsupportedCompound(token: string, s: Scored, ev: Evidence): boolean {
  if (s.r.parts < 2 || seen(s, ev) || restoredInKnownPart(s.c.text)) return false;
  if (token.length < LONG_COMPOUND) return true;
  return s.r.parts >= MANY_PARTS && !restoredInListedPart(s.c.text);
}

/**
 * Whether every restored letter of a long compound stands in a part of it the
 * dictionary lists as one word (`indtægts`+`anlægs`+…: `indtægt`, `anlæg`),
 * not only in a short piece (`til`+`løg`).
 */
function restoredInListedPart(word: string): boolean {
  const lower = word.toLowerCase();
  for (let p = 0; p < lower.length; p++) {
    if (!DANISH.test(lower[p]!)) continue;
    let listed = false;
    for (let i = Math.max(0, p - LISTED_PART_REACH); i <= p && !listed; i++) {
      for (let j = Math.max(p + 1, i + MIN_KNOWN_PART); j <= Math.min(lower.length, p + LISTED_PART_REACH + 1) && !listed; j++) listed = reading(lower.slice(i, j))?.parts === 1;
    }
    if (!listed) return false;
  }
  return true;
}

/** How far from a restored letter a listed part around it may reach. */
const LISTED_PART_REACH = 8;

/** The shortest part around a restored letter that speaks for a compound. */
const MIN_KNOWN_PART = 4;
/** A part clean minutes show once may be a slip of one document (`trær`): a known part is seen at least twice. */
const KNOWN_PART_SEEN = 2;

/**
 * Whether every restored letter of a compound stands in a part of it that
 * clean minutes show (`temamødet`: `mødet`; `jobforløb`: `forløb`): then the
 * repair restores a known word inside a new compound, and guesses nothing.
 */
function restoredInKnownPart(word: string): boolean {
  const lower = word.toLowerCase();
  for (let p = 0; p < lower.length; p++) {
    if (!DANISH.test(lower[p]!)) continue;
    let known = false;
    for (let i = 0; i <= p && !known; i++) {
      for (let j = Math.max(p + 1, i + MIN_KNOWN_PART); j <= lower.length && !known; j++) known = frequency(lower.slice(i, j)) >= KNOWN_PART_SEEN;
    }
    if (!known) return false;
  }
  return true;
}


/**
 * A capitalised token whose only reading is a word never seen in clean minutes
 * nor intact in this document, and no known name (in the names lexicon, or
 * listed by the dictionary as a name), may be a surname (`Stenner`
 * is not `Stønner`): a guess to report, not to make.
 */
function maybeName(token: string, s: Scored, ev: Evidence): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(token) || !/^\p{Lu}/u.test(s.c.text)) return false;
  if (seen(s, ev) || isLexiconName(s.c.text) || isDictionaryName(s.c.text)) return false;
  // A long compound of words (`Strategiforløbet`) is no surname.
  if (s.r.parts >= 2 && token.length >= LONG_COMPOUND) return false;
  return s.c.confusions.some((x) => confusionShare(ev.profile, x) < STRONG_SHARE);
}

/**
 * A real word that may still be damage (`mode` for `møde`): only with clear
 * evidence. A token read only as a compound of several parts (`forlab`,
 * `tilleg`) is weaker evidence of itself than a listed word is.
 */
function decideCollision(token: string, own: Reading, ev: Evidence): Decision | null {
  const name = wordRepair(token, own, ev);
  if (name) return name;
  const found = scored(token, ev, 2, own.parts === 1 ? MIN_SUPPORT : 0);
  if (found.length === 0) return null;
  const best = found[0]!;
  if (best.r.parts >= own.parts && best.support < MIN_SUPPORT) return null;
  // The token's own occurrences are what is in question: only clean text speaks for it.
  const stay = ((cleanPrior(token, own) + SMOOTHING) * PART_PENALTY ** (own.parts - 1)) / Math.max(ev.profile.damageShare, 0.01);
  if (best.score < COLLISION_MARGIN * stay) return null;
  return {
    repaired: best.c.text,
    reason: `a word, but ${best.c.text} is far likelier in damaged text (${describe(best.c)}; support ${best.support.toFixed(1)} vs ${cleanPrior(token, own).toFixed(1)})`,
    confident: true,
    alternatives: found.slice(1, 4).map((f) => f.c.text),
  };
}

/**
 * A word's repair as a known name or through a compound's rare part: none of
 * these asks for the document's lemmas, so it is found once per token and
 * document, though a word is decided in both rounds.
 */
const wordRepairCache = new WeakMap<Map<string, number>, Map<string, Decision | null>>();

function wordRepair(token: string, own: Reading, ev: Evidence): Decision | null {
  let cache = wordRepairCache.get(ev.docCounts);
  if (!cache) wordRepairCache.set(ev.docCounts, (cache = new Map()));
  const hit = cache.get(token);
  if (hit !== undefined) return hit;
  const out = knownName(token, own, ev) ?? compoundHead(token, own, ev) ?? compoundTail(token, own, ev);
  cache.set(token, out);
  return out;
}

/** A word seen less often than this in clean minutes is no reason to keep a capitalised token from being a name. */
const RARE_WORD = 1;

/**
 * A capitalised token that is a rare word (`Soren`, `Tander`, `Lakken`) and,
 * with a letter restored, exactly one known Danish name (`Søren`, `Tønder`,
 * `Løkken`) in a damaged document: the name. Known means in the names lexicon
 * (first names, surnames, places, public bodies), through a confusion the
 * document shows.
 */
function knownName(token: string, own: Reading, ev: Evidence): Decision | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(token) || isLexiconName(token) || usualPrior(token, own) >= RARE_WORD) return null;
  // Names of the lexicon read as words: a set lookup, no dictionary.
  const names = spellings(token, ev, 2).filter((c) => /^\p{Lu}/u.test(c.text) && isLexiconName(c.text));
  if (names.length !== 1) return null;
  const best = { c: names[0]! };
  return {
    repaired: best.c.text,
    reason: `a rare word, but ${best.c.text} is a known name (${describe(best.c)})`,
    confident: true,
    alternatives: [],
  };
}

/** A verbal noun in -else and its forms (`vedhæftelse`, `skrinlæggelsen`, `forespørgelser`). */
const VERBAL_NOUN = /^(\p{L}{3,}e)lse(?:n|r|rne|s|ns|rs|rnes)?$/u;

/**
 * A verbal noun the dictionary does not list, made of a verb it lists and
 * -else (`vedhæfte` + `lse`, `skrinlægge` + `lse`), as Danish makes them:
 * read as the verb's noun. Only with a Danish letter, as a repair's reading.
 */
function verbalNoun(form: string): Reading | null {
  // Cheap first: the ending -lse, with at most four letters of inflection after it.
  const at = form.lastIndexOf('lse');
  if (at < 0 || at < form.length - 7) return null;
  const m = VERBAL_NOUN.exec(form.toLowerCase());
  if (!m || !DANISH.test(m[1]!)) return null;
  const verb = reading(m[1]!);
  // The infinitive itself, a word of its own: `vedhæfte` (not a form of another word).
  if (!verb || verb.parts !== 1 || verb.lemma !== m[1]) return null;
  return { parts: 1, lemma: `${m[1]}lse` };
}

/** The common last parts of street and place names: `Møllevangsvej`, `Sølystgade`, `Tangsøcentret`. */
const STREET_END = /(?:vej|vejen|gade|gaden|stræde|vænget|parken|plads|pladsen|torv|torvet|allé|alle|centret|centeret|hallen|huset|skolen|gård|gården)$/iu;

const STREET_LAST_LETTER = new Set([...'jJnNeEtTsSvVéÉdDſ'].map((c) => c.charCodeAt(0)));

/**
 * A street or place name the dictionary does not list whole: a known last
 * part after a word, a compound or a name (`Møllevang`+`s`+`vej`,
 * `Amstrupgård`+`s`+`vej` through `gård`). Read as a compound of two parts.
 */
function streetName(form: string): Reading | null {
  // Cheap first: every such last part ends in one of these letters (in either case; `ſ` folds to `s`).
  if (!STREET_LAST_LETTER.has(form.charCodeAt(form.length - 1))) return null;
  const end = STREET_END.exec(form);
  if (!end) return null;
  const head = form.slice(0, form.length - end[0].length);
  if (head.length < 3) return null;
  const bare = head.endsWith('s') ? head.slice(0, -1) : head;
  for (const part of new Set([head, bare])) {
    if (part.length < 3) continue;
    if (reading(part) || reading(part.toLowerCase()) || isLexiconName(part) || lastPartReads(part.toLowerCase())) {
      return { parts: 2, lemma: form.toLowerCase() };
    }
  }
  return null;
}

/** A compound read by its parts alone is at least this long. */
const LOOSE_COMPOUND = 10;
/** Its parts are at least this long. */
const LOOSE_PART = 4;
/** Only a token's likeliest spellings are read so: each costs a dictionary look-up per place it may split. */
const LOOSE_CANDIDATES = 40;

/**
 * A compound the dictionary's compound rules do not make (they let only some
 * forms begin one: `forældre` in `Forældrevalgte`, `råderums` in
 * `råderumspuljen`): a word, or a word and a linking `s` or `e`, and then a
 * word, each at least LOOSE_PART letters and each listed as one word, or the
 * first a name of the lexicon (`Lillebælt`+`området`); read as two parts, so
 * that it weighs as a compound. Only for a token that as printed is no such
 * compound itself (`peersprojekter` is `peers`+`projekter`, no `projektør`),
 * and never through a first part that is itself a compound (`Skovboskolen`
 * is no `skovbos`+`kølen`).
 */
function looseCompound(form: string): Reading | null {
  if (!DANISH.test(form) || !/^\p{Lu}?\p{Ll}+$/u.test(form)) return null;
  return looseSplit(form.toLowerCase(), CAPITAL_FIRST.test(form));
}

/** Whether a token may be read through a loose compound: long enough, and no such compound as printed. */
function mayBeLoose(token: string): boolean {
  // Signs read for ø stand among the small letters (`landsplansunders@gelse`).
  return token.length >= LOOSE_COMPOUND && /^\p{Lu}?[\p{Ll}@©]+$/u.test(token) && looseSplit(token.toLowerCase(), CAPITAL_FIRST.test(token)) === null;
}

const CAPITAL_FIRST = /^\p{Lu}/u;
const looseCache = new BoundedMap<string, Reading | null>(50_000);

/**
 * A loose compound's reading; `capital` for a capitalised token, whose first
 * part may also be a name the dictionary lists capitalised (`Gudenå` in
 * `Gudenåkomitéen`, `Vejle` in `Vejlemodellen`): a name heads the compound
 * of an institution named after it.
 */
function looseSplit(lower: string, capital = false): Reading | null {
  const key = capital ? `^${lower}` : lower;
  const hit = looseCache.get(key);
  if (hit !== undefined) return hit;
  let out: Reading | null = null;
  for (let i = LOOSE_PART; i <= lower.length - LOOSE_PART && !out; i++) {
    const tail = lower.slice(i);
    const tailRead = reading(tail);
    if (tailRead?.parts !== 1) continue;
    const head = lower.slice(0, i);
    const bare = /[se]$/.test(head) && head.length > LOOSE_PART ? head.slice(0, -1) : null;
    const named = capital && (isDictionaryName(capitalised(head)) || (bare !== null && isDictionaryName(capitalised(bare))));
    const headRead = isLexiconName(head) || (bare && isLexiconName(bare)) || named ? { parts: 1, lemma: head } : reading(head) ?? (bare ? reading(bare) : null);
    if (headRead?.parts !== 1) continue;
    out = { parts: 2, lemma: head + tailRead.lemma };
  }
  looseCache.set(key, out);
  return out;
}

function capitalised(lower: string): string {
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Whether a word ends in a listed Danish word of at least five letters that has a Danish letter (`amstrupgårds`; not `ånds`). */
function lastPartReads(lower: string): boolean {
  for (let i = 1; i <= lower.length - 5; i++) {
    const tail = lower.slice(i);
    if (DANISH.test(tail) && reading(tail)?.parts === 1) return true;
  }
  return false;
}

/** A compound's first part must be seen at least this often in clean minutes to speak for a repair. */
const HEAD_SUPPORT = 5;

/**
 * A token read as a compound whose first part is a rare word (`mede` in
 * `Medeforberedelse`, `Medested`), where one restored letter makes that first
 * part a common one (`møde`) and the whole a word: the repair, when it is the
 * only one of that kind. Not for a short capitalised token, which may be a
 * name (`Grenave` is no `Grønave`).
 */
function compoundHead(token: string, own: Reading, ev: Evidence): Decision | null {
  // A short capitalised compound may be a name (`Grenave`, `Granild`): its first part is no evidence.
  if (own.parts < 2 || (/^\p{Lu}/u.test(token) && token.length < LONG_COMPOUND)) return null;
  const found: Candidate[] = [];
  for (const c of spellings(token, ev, 1)) {
    const cand = c.text;
    let d = 0;
    while (d < cand.length && cand[d] === token[d]) d++;
    const shift = token.length - cand.length;
    for (let len = Math.max(d + 1, 3); len <= cand.length - 3; len++) {
      const head = cand.slice(0, len).toLowerCase();
      if (!DANISH.test(head)) continue;
      // Frequencies first (map lookups); the dictionary only for what they let through.
      if (usualFrequency(head) >= HEAD_SUPPORT && usualFrequency(token.slice(0, len + shift)) < RARE_WORD && reading(head)) {
        const r = reading(cand);
        if (r && r.parts <= own.parts) found.push(c);
        break;
      }
    }
  }
  if (found.length !== 1) return null;
  const best = found[0]!;
  return {
    repaired: best.text,
    reason: `a compound of a rare first part, but ${best.text} begins with a common word (${describe(best)})`,
    confident: true,
    alternatives: [],
  };
}

/**
 * How much likelier the word is beside these neighbours than alone: the pairs
 * clean minutes show (`næste møde`), against those the word's and the
 * neighbour's frequencies would give by chance, each side with one pair
 * added to both, so that a pair never seen in little text tells little.
 */
function contextLift(word: string, prev: string | null, next: string | null): { lift: number; seen: number } {
  const lower = word.toLowerCase();
  const n = wordCount(lower);
  const all = wordTotal();
  let lift = 1;
  let seen = 0;
  for (const [a, b, other] of [[prev, lower, prev], [lower, next, next]] as const) {
    if (!a || !b || !other) continue;
    const c = pairCount(a, b);
    seen += c;
    lift *= (c + 1) / ((n * wordCount(other)) / all + 1);
  }
  return { lift, seen };
}

/**
 * The decision for one place of a token, given its neighbours (lower case, as
 * repaired): the token's readings, and the token itself if it is a word,
 * weighed again by the pairs of clean minutes (`kort made` is `kort møde`,
 * `følgende made` is `følgende måde`). Context only changes a decision
 * towards a word that clean minutes show beside one of these neighbours, and
 * only by the same margins as without it; otherwise `current` stands.
 */
export function inContext(token: string, prev: string | null, next: string | null, ev: Evidence, current: Decision | null): Decision | null {
  if (DANISH.test(token) || (!prev && !next)) return current;
  if (current && !current.alternatives.length && current.confident) return current;
  const found = contextOptions(token, ev);
  if (!found) return current;
  const { own, list } = found;
  const options = list.map((o) => ({ ...o, seen: 0 }));
  for (const o of options) {
    const { lift, seen } = contextLift(o.text, prev, next);
    o.score *= lift;
    o.seen = seen;
  }
  if (!options.some((o) => o.seen > 0)) return current;
  options.sort((a, b) => b.score - a.score);
  const [best, second] = [options[0]!, options[1]!];
  const clear = best.score >= CLEAR_MARGIN * second.score;
  const chosen = current?.confident ? current.repaired : own ? token : null;
  if (!clear) {
    // Context turns a clear repair round (`samme made`: `måde` beside `samme`, where alone `møde` won): two readings are close, and the token is left.
    if (current?.confident && !current.proven && best.text !== chosen && best.seen > 0) {
      return { ...current, confident: false, alternatives: options.filter((o) => o.text !== current.repaired).map((o) => o.text) };
    }
    return current;
  }
  if (best.text === chosen) return current;
  // A change only towards a word clean minutes show beside these neighbours.
  if (best.seen === 0) return current;
  const where = [prev ? `after "${prev}"` : '', next ? `before "${next}"` : ''].filter(Boolean).join(', ');
  if (!best.c) return null;
  return {
    repaired: best.c.text,
    reason: `${own ? 'a word, but' : 'not a word;'} ${best.c.text} is likeliest ${where} in clean minutes (${describe(best.c)}; next: ${second.text})`,
    confident: true,
    alternatives: options.filter((o) => o !== best).map((o) => o.text),
  };
}

interface ContextOption {
  text: string;
  score: number;
  c?: Candidate;
}

/**
 * A token's readings to weigh by context, with their scores before it, and
 * the token itself if it is a word (scored so that the margins of a repair
 * over a word hold as without context); null where no reading is a word
 * clean minutes show in any pair. Found once per token and document.
 */
const optionsCache = new WeakMap<Map<string, number>, Map<string, { own: boolean; list: ContextOption[] } | null>>();

function contextOptions(token: string, ev: Evidence): { own: boolean; list: ContextOption[] } | null {
  let cache = optionsCache.get(ev.docCounts);
  if (!cache) optionsCache.set(ev.docCounts, (cache = new Map()));
  const hit = cache.get(token);
  if (hit !== undefined) return hit;
  const own = reading(token);
  const list = own ? scored(token, ev, 2, own.parts === 1 ? MIN_SUPPORT : 0) : scored(token, ev, token.length <= 12 ? 3 : 2);
  let out: { own: boolean; list: ContextOption[] } | null = null;
  if (list.length > 1 || (own && list.length === 1)) {
    const options: ContextOption[] = [];
    if (own) {
      const stay = ((cleanPrior(token, own) + SMOOTHING) * PART_PENALTY ** (own.parts - 1)) / Math.max(ev.profile.damageShare, 0.01);
      options.push({ text: token, score: (stay * COLLISION_MARGIN) / CLEAR_MARGIN });
    }
    for (const s of list.slice(0, 4)) options.push({ text: s.c.text, score: s.score, c: s.c });
    if (options.some((o) => inPairs(o.text))) out = { own: own !== null, list: options };
  }
  cache.set(token, out);
  return out;
}

/** A capitalised word opening with a consonant and `g` before another letter: `Sgtrup`, `Hgimark`, `Mghring`. */
const G_AFTER_INITIAL = /^[BCDFHJKLMNPRSTVWZ]g\p{Ll}{2,}$/u;
/** Signs of more damage in the rest of a name (`Hglmkjzer`): it is left whole rather than half repaired. */
const MORE_DAMAGE = /z|ee|ae|[@©]/;

/**
 * A name no list knows whose first letters no Danish word opens with: a
 * consonant and then `g` (`Sgtrup`, `Hgimark`). OCR reads ø as g more than
 * as anything else, and the name opens with the consonant and ø (`Søtrup`,
 * `Høimark`). Only in a document whose damage shows ø read as g.
 */
function gAfterInitial(token: string, ev: Evidence): Decision | null {
  if (!G_AFTER_INITIAL.test(token) || MORE_DAMAGE.test(token.slice(2)) || confusionShare(ev.profile, Ø_AS_G) < STRONG_SHARE) return null;
  const repaired = `${token[0]}ø${token.slice(2)}`;
  return { repaired, reason: 'a name opening with a consonant and g, as no Danish word does (ø read as g)', confident: true, alternatives: [], proven: true };
}

/** A name opening with a sign, then small letters (`@rhem`), or ending in one after a consonant other than g (`Mlj@`). */
const SIGN_FIRST = /^[@©]\p{Ll}{2,}$/u;
const SIGN_LAST = /^\p{Lu}\p{Ll}*[bcdfhjklmnpqrstvwxz][@©]$/u;

/**
 * A token no spelling makes a word of, opening with a sign the document reads
 * ø as (`@rhem`, `@eby`), or a capitalised one ending in it after a consonant
 * (`Mlj@`), where the document's own words show the sign for ø: no Danish
 * word or name is printed with the sign, and the sign stands for ø alone, so
 * the token is the name with Ø (ø). Not after g, which
 * with the sign may be one ø (`Jorsg@` may be `Jorsø`).
 */
function signForØ(token: string, ev: Evidence): Decision | null {
  const first = SIGN_FIRST.test(token);
  if (!first && !SIGN_LAST.test(token)) return null;
  const sign = first ? token[0]! : token[token.length - 1]!;
  const c = CONFUSIONS.find((x) => x.id === (first ? `Ø:${sign}` : `ø:${sign}`));
  // The document's own words show the sign for ø (`ø:@` counts capitals too).
  if (!c || (ev.profile.counts.get(`ø:${sign}`) ?? 0) === 0) return null;
  const repaired = first ? `Ø${token.slice(1)}` : `${token.slice(0, -1)}ø`;
  return { repaired, reason: `a name printed with ${sign}, which the document reads ø as (${describe({ text: repaired, confusions: [c] })})`, confident: true, alternatives: [], proven: true };
}

/** The frames by the word before them, and by the article before an adjective before them. */
const FRAMES_AFTER = new Map<string, Frame[]>();
const FRAMES_AFTER_ADJECTIVE = new Map<string, Frame[]>();
for (const f of FRAMES) {
  for (const w of f.after) FRAMES_AFTER.set(w, [...(FRAMES_AFTER.get(w) ?? []), f]);
  for (const w of f.afterAdjective) FRAMES_AFTER_ADJECTIVE.set(w, [...(FRAMES_AFTER_ADJECTIVE.get(w) ?? []), f]);
}
/** An adjective in its weak form, as after an article (`næste`, `uhensigtsmæssige`). */
const WEAK_ADJECTIVE = /^\p{Ll}{2,}e$/u;

/** What a frame says of a token: keep it as printed (it is the word the frame asks for), repair it, or nothing. */
export type FrameVerdict = { keep: true } | { keep: false; decision: Decision } | null;

/**
 * The grammatical frame of a token whose readings are words of a frame
 * (`frames.data.ts`): after `alle`, `barn` is `børn`; after `et`, `made` is
 * `møde` and `barn` stays; after `den` and an adjective (`den bedste made`),
 * `måde`. Only through a confusion the document shows, and only for a word
 * the frame asks for by the word right before it, or by the article before
 * an adjective right before it.
 */
export function inFrame(token: string, prev: string | null, ev: Evidence, prev2: string | null = null): FrameVerdict {
  if (!prev || DANISH.test(token)) return null;
  const frames = FRAMES_AFTER.get(prev) ?? (prev2 && WEAK_ADJECTIVE.test(prev) && isAdjectiveLike(prev) ? FRAMES_AFTER_ADJECTIVE.get(prev2) : undefined);
  if (!frames) return null;
  const lower = token.toLowerCase();
  for (const f of frames) {
    if (lower === f.word) return { keep: true };
    // Cheap first: a spelling of the frame's word has its first letter and about its length.
    if (lower[0] !== f.word[0] || Math.abs(lower.length - f.word.length) > 2) continue;
    const c = spellings(token, ev, 2).find((s) => s.text.toLowerCase() === f.word);
    if (!c) continue;
    return {
      keep: false,
      decision: { repaired: c.text, reason: `after "${prev}" only ${f.word} fits (${describe(c)})`, confident: true, alternatives: [] },
    };
  }
  return null;
}

/** Whether a word in its weak form may be an adjective: a word, and none of the frames' own words (`de små børn`, not `de børn made`). */
function isAdjectiveLike(word: string): boolean {
  return !FRAMES_AFTER.has(word) && reading(word) !== null;
}

/** A token no confusion of æ, ø, å makes a word of, read again with one Latin letter misread too, found once per document. */
const misreadCache = new WeakMap<Map<string, number>, Map<string, Decision | null>>();

/**
 * A token that is no word, and that no undoing of æ, ø, å makes one, where
 * one Latin letter beside a restored one was misread too (`misread.data.ts`:
 * `hoy` is `høj` with y for j, `afhgviet` is `afhøvlet` with i for l): the
 * repair, when exactly one such reading is a word that clean minutes or the
 * document show (a long compound: a word of at most two parts). Two or more
 * are reported, not made.
 */
function misread(token: string, ev: Evidence): Decision | null {
  // Small letters only: a capitalised token may be a name, whose letters no list can check.
  if (token.length < SHORT || !/^\p{Ll}+$/u.test(token)) return null;
  // A compound of listed words as printed (`medlemsklage`) is a word the dictionary does not make, not damage.
  if (token.length >= LOOSE_COMPOUND && looseSplit(token.toLowerCase())) return null;
  let cache = misreadCache.get(ev.docCounts);
  if (!cache) misreadCache.set(ev.docCounts, (cache = new Map()));
  const hit = cache.get(token);
  if (hit !== undefined) return hit;
  const found = new Map<string, { c: Candidate; m: Misread }>();
  for (const m of MISREADS) {
    for (let at = token.indexOf(m.printed); at >= 0; at = token.indexOf(m.printed, at + 1)) {
      const edited = token.slice(0, at) + m.letter + token.slice(at + m.printed.length);
      if (edited.length < SHORT) continue;
      for (const c of spellings(edited, ev, 2)) {
        if (!DANISH.test(c.text) || found.has(c.text)) continue;
        const supported = frequency(c.text) > 0 || docOccurrences(c.text, ev) > 0;
        // Far from a restored letter only in a long word that clean minutes or the document show (`byradsmediem` → `byrådsmedlem`).
        if (!nearRestored(c.text, at, m) && !(supported && c.text.length >= FAR_MISREAD)) continue;
        if (!supported && c.text.length < LONG_COMPOUND) continue;
        const r = reading(c.text);
        if (!r || (!supported && r.parts > 2)) continue;
        found.set(c.text, { c, m });
      }
    }
  }
  let out: Decision | null = null;
  const list = [...found.values()];
  if (list.length > 0) {
    const best = list[0]!;
    const misreadLetter = best.m.letter ? `${best.m.letter} read as ${best.m.printed}` : `${best.m.printed} printed where the word has none`;
    out = {
      repaired: best.c.text,
      reason: list.length === 1 ? `not a word; the only word it can be (${describe(best.c)}, ${misreadLetter})` : `not a word; it may be ${list.map((x) => x.c.text).join(' or ')}`,
      confident: list.length === 1,
      alternatives: list.slice(1, 4).map((x) => x.c.text),
    };
  }
  cache.set(token, out);
  return out;
}

/** A word at least this long, and shown by clean minutes or the document, may have its misread letter anywhere. */
const FAR_MISREAD = 10;

/** A misread letter is at most this far from a restored æ, ø or å: OCR that cannot read a letter garbles its neighbours. */
const MISREAD_REACH = 2;

/** Whether a restored Danish letter stands within MISREAD_REACH of the misread one (`hoy`: y right after o for ø). */
function nearRestored(word: string, at: number, m: Misread): boolean {
  // Positions in the repaired word shift by what undoing the confusions took out; a window wide enough for a two-letter form either side.
  const from = Math.max(0, at - MISREAD_REACH - 2);
  const to = Math.min(word.length, at + m.letter.length + MISREAD_REACH + 1);
  return DANISH.test(word.slice(from, to));
}

/** A compound's last part is at least this long to be weighed alone. */
const MIN_TAIL = 4;
/** A shorter last part (`rad` for `råd`) is weighed by how often clean minutes end their compounds in it. */
const SHORT_TAIL = 3;
/** The first part of a compound is at least this long. */
const MIN_PART_BEFORE_TAIL = 3;

/**
 * A token read as a compound whose last part is a word clean minutes never
 * or hardly use (`made` in `skolebestyrelsesmade`), where one restored letter
 * makes that part a common one (`møde`, clearly likelier than `måde`) and the
 * whole still a word: the repair. A token that ends in a common word is left.
 * A last part of three letters (`rad` in `handicaprad`) counts by the
 * compounds clean minutes end in it (`byråd`, `ældreråd`), and only after a
 * first part that is a word, where the last four letters are none (`grad`)
 * or are the part with a linking `s` before it (`udviklings`+`mal`).
 * A capitalised token too (`Seniorrad`): a name read as a compound of words
 * is rare, and a surname's place is checked where the repair is made.
 */
function compoundTail(token: string, own: Reading, ev: Evidence): Decision | null {
  if (own.parts < 2 || !/^\p{Lu}?\p{Ll}+$/u.test(token)) return null;
  for (let i = MIN_PART_BEFORE_TAIL; i <= token.length - SHORT_TAIL; i++) {
    const tail = token.slice(i);
    if (usualFrequency(tail) >= HEAD_SUPPORT) return null;
    const short = tail.length < MIN_TAIL;
    if (short && ((reading(token.slice(i - 1).toLowerCase()) !== null && !linkingS(token, i)) || !headReads(token.slice(0, i).toLowerCase()))) continue;
    if (reading(tail)?.parts !== 1) continue;
    const support = (c: Candidate): number => (short ? perThreshold(endingCount(c.text)) : usualFrequency(c.text));
    const options = spellings(tail, ev, 1)
      .filter((c) => DANISH.test(c.text) && support(c) >= HEAD_SUPPORT && (!short || support(c) >= CLEAR_MARGIN * perThreshold(endingCount(tail))))
      .map((c) => ({ c, score: support(c) * likelihood(c, ev) }))
      .sort((a, b) => b.score - a.score);
    if (options.length === 0) continue;
    if (options.length > 1 && options[0]!.score < CLEAR_MARGIN * options[1]!.score) return null;
    const best = options[0]!.c;
    const whole = token.slice(0, i) + best.text;
    if (!reading(whole) && !looseSplit(whole.toLowerCase())) return null;
    // A spelling of the whole token that is a listed word (`paklaget` is `påklaget`, no `pak`+`løget`) is weighed whole, not by its last part.
    if (spellings(token, ev, 1).some((c) => reading(c.text)?.parts === 1)) return null;
    return {
      repaired: whole,
      reason: `a compound of a rare last part, but ${whole} ends in a common word (${describe(best)})`,
      confident: true,
      alternatives: [],
    };
  }
  return null;
}

/** Whether the letter before a last part is a linking `s` after a word (`udviklings`+`mal`, where `smal` is a word too). */
function linkingS(token: string, i: number): boolean {
  return token[i - 1] === 's' && i - 1 > MIN_PART_BEFORE_TAIL && reading(token.slice(0, i - 1).toLowerCase()) !== null;
}

/** Whether a compound's first part is a word, alone or before a linking `s` or `e` (`landdistrikts`). */
function headReads(head: string): boolean {
  if (reading(head)) return true;
  return /[se]$/.test(head) && head.length > MIN_PART_BEFORE_TAIL && reading(head.slice(0, -1)) !== null;
}

/** Text that ends in a Danish postcode (four digits, the first not 0) and a space. */
const POSTCODE_BEFORE = /(?:^|[\s,])[1-9]\d{3} +$/;

/**
 * A capitalised token right after a postcode (`4600 Kage`) is a town: where
 * exactly one of its spellings is a place of the names lexicon (`Køge`),
 * that is the repair, even where the token is a word as printed.
 */
export function afterPostcode(token: string, before: string, ev: Evidence): Decision | null {
  if (!POSTCODE_BEFORE.test(before) || !/^\p{Lu}\p{Ll}+$/u.test(token) || isLexiconName(token)) return null;
  const places = spellings(token, ev, 2).filter((c) => DANISH.test(c.text) && isLexiconName(c.text));
  if (places.length !== 1) return null;
  const best = places[0]!;
  return { repaired: best.text, reason: `a town after a postcode, and ${best.text} is a known place (${describe(best)})`, confident: true, alternatives: [], proven: true };
}

/** At most this share of a word's occurrences in clean minutes is followed by words the pairs do not show, for it to be a set phrase's. */
const FORMULAIC = 0.1;
/** A word seen fewer times than this in clean minutes is too little known to be called a set phrase's. */
const FORMULAIC_SEEN = 20;
/** How many words after it a set phrase's other words may stand (`bød alle velkommen`). */
export const FORMULA_REACH = 3;

/**
 * Why a word as printed (`bed`) stays rather than become a word that clean
 * minutes print only in set phrases (`bød`: nearly always `bød … velkommen`,
 * the pairs covering all but FORMULAIC of its occurrences), where none of the
 * phrase's words follows within FORMULA_REACH words; null where nothing keeps it.
 */
export function withoutItsPhrase(repaired: string, following: (string | null)[]): string | null {
  const w = repaired.toLowerCase();
  const n = wordCount(w);
  if (n < FORMULAIC_SEEN || (n - pairedAfter(w)) / n > FORMULAIC) return null;
  if (following.some((f) => f !== null && pairCount(w, f) > 0)) return null;
  return `a word, and clean minutes print "${repaired}" only in set phrases, none of which follows here`;
}
