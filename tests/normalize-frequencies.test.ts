import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pairCount, perThreshold, usualFrequency, wordCount, wordTotal } from '../src/normalize/frequencies.js';
import { isGivenName } from '../src/normalize/lexicon.js';
import { FIRST_NAMES, OTHER_GIVEN_NAMES } from '../src/normalize/names.data.js';
import { SEEN_GIVEN_NAMES } from '../src/normalize/names-seen.data.js';
import { ALL_HELD_OUT, nearHeldOut, TUNING } from '../scripts/eval-normalize-sets.js';

const header = readFileSync(new URL('../src/normalize/frequencies.data.ts', import.meta.url), 'utf8').split('\n').slice(0, 3).join('\n');
const listed = (from: string): string[] => (/\(([^)]*)\)/.exec(from)?.[1] ?? '').split(/,\s*/).filter(Boolean);

describe('word frequencies of clean minutes (frequencies.data.ts)', () => {
  const tuning = listed(header.split('\n')[0]!);
  const reference = listed(header.split('\n')[1]!.replace(/\(\d+: /, '(')).map((f) => f.replace(/\.(txt|md)$/, ''));

  it('are learnt from the tuning twins and reference documents, never from a held-out twin or another document of its body', () => {
    expect(tuning).toEqual(TUNING);
    expect(reference.length).toBeGreaterThan(1000);
    const heldOut = new Set<string>(ALL_HELD_OUT as string[]);
    for (const id of reference) {
      expect(heldOut.has(id)).toBe(false);
      expect(nearHeldOut(id)).toBe(false);
    }
  });

  it('tell a document near a held-out twin by its body, its municipality, or its kind and place', () => {
    // Held-out twins: a5-roklub-nykoebing-mors-2017, m2-viborg-byraad-2019, a5-golfklub-varde-2018.
    expect(nearHeldOut('a99-roklub-nykoebing-mors-2030')).toBe(true);
    expect(nearHeldOut('a99-roklub-nykoebing-mors-kajakudvalg-2030')).toBe(true);
    expect(nearHeldOut('m99-viborg-teknik-miljoe-2030')).toBe(true);
    expect(nearHeldOut('o99-sf-viborg-2030')).toBe(true);
    expect(nearHeldOut('a99-golf-seniorklub-varde-2030')).toBe(true);
    expect(nearHeldOut('a99-roklub-nykoebing-falster-2030')).toBe(false);
    expect(nearHeldOut('a99-bridgeklub-varde-2030')).toBe(false);
    expect(nearHeldOut('m99-aalborg-byraad-2030')).toBe(false);
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

  it('add given names clean minutes print before a surname, apart from the lexicon\'s, and no common word', () => {
    expect(SEEN_GIVEN_NAMES.length).toBeGreaterThan(100);
    expect(SEEN_GIVEN_NAMES).toContain('Palle');
    for (const word of ['Fra', 'Skov', 'Formand']) expect(SEEN_GIVEN_NAMES).not.toContain(word);
    const lexicon = new Set([...FIRST_NAMES, ...OTHER_GIVEN_NAMES]);
    for (const name of SEEN_GIVEN_NAMES) expect(lexicon.has(name)).toBe(false);
    expect(isGivenName('Palle')).toBe(true);
    expect(isGivenName('Palle', false)).toBe(false);
  });
});
