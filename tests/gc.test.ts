import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../src/util/gc.js';

describe('collectGarbage', () => {
  it('frees unreachable memory on request (the pipeline relies on it between the stages of long documents)', () => {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    let junk: number[][] | null = Array.from({ length: 200 }, (_, i) => Array.from({ length: 20_000 }, (_, j) => i * j + 0.5));
    expect(junk.length).toBe(200);
    const full = process.memoryUsage().heapUsed;
    expect(full - before).toBeGreaterThan(20 * 2 ** 20);
    junk = null;
    collectGarbage();
    const after = process.memoryUsage().heapUsed;
    expect(after - before).toBeLessThan((full - before) / 4);
  });
});
