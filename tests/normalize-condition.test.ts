import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Condition } from '../src/normalize/condition.js';
import { loadDictionaryFiles } from '../src/normalize/dictionary.js';

describe('affix conditions (condition.ts)', () => {
  it('match the end of a stem for suffixes and its start for prefixes, with sets and negated sets', () => {
    expect(new Condition('[^aeiou]g', true).test('plag')).toBe(false);
    expect(new Condition('[^aeiou]g', true).test('borg')).toBe(true);
    expect(new Condition('e', true).test('møde')).toBe(true);
    expect(new Condition('.e', true).test('e')).toBe(false); // shorter than the condition
    expect(new Condition('[sxz]', true).test('hus')).toBe(true);
    expect(new Condition('[sxz]', false).test('hus')).toBe(false);
    expect(new Condition('A', false).test('Afrika')).toBe(true);
  });

  it('agree with the same conditions read as regular expressions, for every condition of the dictionary', () => {
    const { aff } = loadDictionaryFiles();
    const sources = new Set<string>();
    for (const line of aff.split('\n')) {
      const f = line.trim().split(/\s+/);
      if ((f[0] === 'SFX' || f[0] === 'PFX') && f.length >= 5 && f[4] !== '.') sources.add(`${f[0]} ${f[4]}`);
    }
    expect(sources.size).toBeGreaterThan(100);
    const words = [...new Set(readFileSync(new URL('../eval/normalize/seed-000.clean.txt', import.meta.url), 'utf8').match(/\p{L}+/gu))];
    for (const key of sources) {
      const [kind, source] = key.split(' ') as [string, string];
      const suffix = kind === 'SFX';
      const re = new RegExp(suffix ? `${source}$` : `^${source}`, 'u');
      const c = new Condition(source, suffix);
      for (const w of words) if (c.test(w) !== re.test(w)) expect([key, w, c.test(w)]).toEqual([key, w, re.test(w)]);
    }
  });
});
