import { describe, expect, it } from 'vitest';
import { candidates, findSites } from '../src/normalize/confusions.js';
import { SEEN_DAMAGE } from '../src/normalize/damage.data.js';
import { learnProfile } from '../src/normalize/profile.js';

const DANISH = /[æøåÆØÅ]/g;

describe('the damage tesseract showed on the tuning twins (damage.data.ts)', () => {
  it('has examples for every confusion, each made by that confusion', () => {
    for (const d of SEEN_DAMAGE) {
      expect(d.examples.length, `${d.letter}:${d.damaged}`).toBeGreaterThan(0);
      for (const [clean, ocr] of d.examples) {
        expect(clean, `${d.letter}:${d.damaged}`).toContain(d.letter);
        expect(ocr, `${d.letter}:${d.damaged}`).toContain(d.damaged);
        expect(ocr).not.toMatch(DANISH);
      }
    }
  });

  it('turns every example back into its clean word by undoing the confusions it knows', () => {
    for (const d of SEEN_DAMAGE) {
      for (const [clean, ocr] of d.examples) {
        // A lone sign (`@` for the party letter Ø) has no case to read: lone.ts reads it beside its neighbours.
        if (!/\p{L}/u.test(ocr)) {
          expect(clean).toBe('Ø');
          continue;
        }
        const lost = clean.match(DANISH)!.length;
        const spellings = candidates(ocr, findSites(ocr), lost, 200_000).map((c) => c.text);
        expect(spellings, `${ocr} → ${clean} (${d.letter}:${d.damaged})`).toContain(clean);
      }
    }
  });

  it('never counts aa, the way names spell å (Kaarup, Damgaard), as damage', () => {
    expect(SEEN_DAMAGE.some((d) => d.damaged.toLowerCase() === 'aa')).toBe(false);
    expect(candidates('Kaarup', findSites('Kaarup'), 1).map((c) => c.text)).not.toContain('Kærup');
  });

  it('shares per letter are shares: each letter sums to at most 1, and the usual damage leads', () => {
    const sums = new Map<string, number>();
    for (const d of SEEN_DAMAGE) sums.set(d.letter.toLowerCase(), (sums.get(d.letter.toLowerCase()) ?? 0) + d.share);
    for (const [letter, sum] of sums) expect(sum, letter).toBeLessThanOrEqual(1.0001);
    const top = (letter: string) => SEEN_DAMAGE.filter((d) => d.letter === letter).sort((a, b) => b.seen - a.seen)[0]!.damaged;
    expect(top('å')).toBe('a');
    expect(top('ø')).toBe('g');
    expect(top('æ')).toBe('ee');
  });

  it('a document learns a rarer confusion of the table from its own words (ø read as a@)', () => {
    const counts = new Map([['bestyrelsesma@de', 2], ['ma@det', 1], ['generalforsamlingsma@de', 1], ['mgde', 3]]);
    const profile = learnProfile(counts);
    expect(profile.counts.get('ø:a@')).toBe(4);
    expect(profile.counts.get('ø:g')).toBe(3);
  });
});
