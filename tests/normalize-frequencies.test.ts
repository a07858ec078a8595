import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pairCount, perThreshold, usualFrequency, wordCount, wordTotal } from '../src/normalize/frequencies.js';
import { ALL_HELD_OUT, TUNING } from '../scripts/eval-normalize-sets.js';

const header = readFileSync(new URL('../src/normalize/frequencies.data.ts', import.meta.url), 'utf8').split('\n').slice(0, 3).join('\n');
const listed = (from: string): string[] => (/\(([^)]*)\)/.exec(from)?.[1] ?? '').split(/,\s*/).filter(Boolean);

describe('word frequencies of clean minutes (frequencies.data.ts)', () => {
  const tuning = listed(header.split('\n')[0]!);
  const reference = listed(header.split('\n')[1]!.replace(/\(\d+: /, '(')).map((f) => f.replace(/\.(txt|md)$/, ''));

  it('are learnt from the tuning twins and reference documents, never from a held-out twin or another document of its body', () => {
    expect(tuning).toEqual(TUNING);
    expect(reference.length).toBeGreaterThan(1000);
    const body = (id: string): string => id.replace(/^[a-z]+\d+-/, '').replace(/-\d{4}.*$/, '');
    const heldOut = new Set<string>(ALL_HELD_OUT as string[]);
    const heldBodies = new Set((ALL_HELD_OUT as string[]).map(body));
    for (const id of reference) {
      expect(heldOut.has(id)).toBe(false);
      expect(heldBodies.has(body(id))).toBe(false);
    }
  });

  it('counts the words of the reference text, and scales a count to the size the thresholds were set at', () => {
    expect(wordTotal()).toBeGreaterThan(400_000);
    expect(wordCount('møde')).toBeGreaterThan(wordCount('måde'));
    expect(pairCount('næste', 'møde')).toBeGreaterThan(pairCount('næste', 'måde'));
    expect(perThreshold(wordTotal())).toBeCloseTo(27_000);
    // A word seen once in the whole reference is rare at the thresholds' size.
    expect(perThreshold(1)).toBeLessThan(0.1);
    expect(usualFrequency('møde')).toBeGreaterThan(usualFrequency('mød'));
  });
});
