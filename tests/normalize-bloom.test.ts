import { describe, expect, it } from 'vitest';
import { Bloom, EMPTY_HASH, extendHash, prefixHashes } from '../src/normalize/bloom.js';
import { parseDic } from '../src/normalize/hunspell.js';

describe('Bloom filter over stems', () => {
  const words = Array.from({ length: 20_000 }, (_, i) => `ord${i.toString(36)}æøå`);
  const filter = new Bloom(words.length);
  for (const w of words) filter.add(w);

  it('never turns away a word it was given', () => {
    expect(words.every((w) => filter.mayHave(w))).toBe(true);
  });

  it('turns away nearly every word it was not given', () => {
    const others = Array.from({ length: 20_000 }, (_, i) => `andet${i.toString(36)}`);
    const maybe = others.filter((w) => filter.mayHave(w)).length;
    expect(maybe / others.length).toBeLessThan(0.05);
  });

  it('hashes a word the same whether it is built whole or letter by letter', () => {
    const pre = prefixHashes('mødelokale');
    expect(pre[10]).toBe(extendHash(EMPTY_HASH, 'mødelokale'));
    expect(extendHash(pre[4]!, 'lokale')).toBe(pre[10]);
    expect(filter.mayHaveHash(extendHash(prefixHashes(words[7]!)[3]!, words[7]!, 3))).toBe(true);
  });
});

describe('parseDic', () => {
  it('shares flag lists between stems without letting one stem change another', () => {
    const stems = parseDic('4\nmøde/10,32\nbord/10,32\nmøde/5\nhave/31 al:har al:havde\n');
    expect(stems.get('møde')).toEqual(['10', '32', '5']);
    expect(stems.get('bord')).toEqual(['10', '32']);
    expect(stems.get('har')).toEqual([]);
    expect(stems.get('have')).toEqual(['31']);
  });
});
