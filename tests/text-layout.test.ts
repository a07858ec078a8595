/** The layout measures of a document's lines (src/segment/text.ts). */
import { describe, expect, it } from 'vitest';
import { linesFromText } from '../src/extract/text.js';
import { toSLines, type SLine } from '../src/segment/model.js';
import { measureLayout, percentileLength } from '../src/segment/text.js';

/** The same percentile the slow way: every length sorted. */
function bySorting(lines: SLine[], fraction: number): number | null {
  const lengths = lines.filter((l) => !l.blank).map((l) => l.text.length).sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(lengths.length * fraction)]! : null;
}

/** A small deterministic generator of lines of any length, blank ones among them. */
function randomLines(seed: number, n: number): SLine[] {
  let a = seed >>> 0;
  const next = () => ((a = (Math.imul(a, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: n }, (_, i) => {
    const len = next() < 0.2 ? 0 : Math.floor(next() ** 2 * 200);
    const text = 'x'.repeat(len);
    return { text, page: null, line: i + 1, blank: text === '' };
  });
}

describe('the length percentile of lines', () => {
  it('is what sorting the lengths gives, for any lines and fraction', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const lines = randomLines(seed, seed % 37);
      for (const f of [0, 0.1, 0.5, 0.9, 0.99]) expect(percentileLength(lines, f)).toBe(bySorting(lines, f));
    }
  });

  it('is null without text lines, and the layout then assumes a width of 80', () => {
    const blank = toSLines(linesFromText('\n\n\n').lines);
    expect(percentileLength(blank, 0.9)).toBeNull();
    expect(measureLayout(blank).fullWidth).toBe(80);
  });

  it('reads a text file: the long lines set the full width, not the short ones', () => {
    const text = [
      'Referat af bestyrelsesmøde',
      '',
      ...Array.from({ length: 18 }, () => 'Bestyrelsen drøftede budgettet for det kommende år og vedtog det.'),
      'Godkendt.',
      'Eventuelt.',
    ].join('\n');
    const lines = toSLines(linesFromText(text).lines);
    expect(measureLayout(lines).fullWidth).toBe('Bestyrelsen drøftede budgettet for det kommende år og vedtog det.'.length);
  });
});
