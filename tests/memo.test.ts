import { describe, expect, it } from 'vitest';
import { BoundedMap, memoize } from '../src/util/memo.js';

describe('bounded caches', () => {
  it('a BoundedMap never holds more than its limit, and keeps what was set last', () => {
    const m = new BoundedMap<string, number>(100);
    for (let i = 0; i < 1000; i++) {
      m.set(`k${i}`, i);
      expect(m.size).toBeLessThanOrEqual(100);
      expect(m.get(`k${i}`)).toBe(i);
    }
    // Setting a key it holds does not empty it.
    const before = m.size;
    m.set('k999', -1);
    expect(m.size).toBe(before);
    expect(m.get('k999')).toBe(-1);
  });

  it('memoize calls the function once per key while it is kept, also for null answers', () => {
    let calls = 0;
    const f = memoize((k: string) => {
      calls++;
      return k.length > 3 ? null : k.toUpperCase();
    }, 10);
    expect(f('abc')).toBe('ABC');
    expect(f('abcd')).toBeNull();
    expect(f('abc')).toBe('ABC');
    expect(f('abcd')).toBeNull();
    expect(calls).toBe(2);
  });
});
