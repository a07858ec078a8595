/**
 * Patterns gated by a cheap cue (src/util/cued.ts) answer as the pattern alone
 * would: over every line of the text fixtures, and over lines made to match,
 * no line the pattern matches lacks its cue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Cued, CUED } from '../src/util/cued.js';
// The modules that gate patterns (importing them registers their patterns in CUED).
import '../src/segment/index.js';
import { RECOMMENDATION_OPENER } from '../src/segment/vocabulary.js';
import { OUTCOME_RULES, sentences } from '../src/segment/outcome.js';

const fixtures = new URL('../fixtures/', import.meta.url);
const lines = readdirSync(fixtures)
  .filter((f) => /\.(?:txt|md|html?)$/u.test(f))
  .flatMap((f) => readFileSync(new URL(f, fixtures), 'utf8').split(/\r?\n/u))
  .map((l) => l.trim())
  .filter((l) => l !== '');

/** Lines each gated pattern matches: the cue must let them through. */
const MATCHING = [
  'Det indstilles, at budgettet godkendes.',
  'Administrationen indstiller, at sagen tages til efterretning.',
  'Forvaltningen indstiller:',
  'Bestyrelsesmøde 3. maj 2031 - Referat',
  'Holmby Roklub. Referat fra generalforsamlingen 2031',
  'Generalforsamling, referat af 12. marts',
  'Dagsorden 1 Valg af dirigent 2 Beretning',
  'Se Dagsorden: 1 Godkendelse af referat',
  'Forslaget fik 38 stemmer for og 2 imod.',
  'Resultat: ja med 40 stemmer, nej med 12.',
];

describe('gated patterns', () => {
  it('are registered by the modules that use them', () => {
    expect(CUED.length).toBeGreaterThanOrEqual(3);
    expect(CUED).toContain(RECOMMENDATION_OPENER);
  });

  it('read enough lines to be a check', () => {
    expect(lines.length).toBeGreaterThan(1000);
  });

  it('never match a line without their cue', () => {
    const missed: string[] = [];
    for (const c of CUED) for (const l of [...lines, ...MATCHING]) if (c.pattern.test(l) && !c.cue.test(l)) missed.push(`${c.pattern.source.slice(0, 40)}: ${l}`);
    expect(missed).toEqual([]);
  });

  it('let every line made to match through', () => {
    for (const l of MATCHING) expect(CUED.some((c) => c.test(l)), l).toBe(true);
    expect(RECOMMENDATION_OPENER.test('Det indstilles, at budgettet godkendes.')).toBe(true);
    expect(RECOMMENDATION_OPENER.test('Budgettet blev godkendt.')).toBe(false);
  });

  it('answer as the pattern alone over the fixtures', () => {
    for (const c of CUED) for (const l of lines) expect(c.test(l), l).toBe(c.pattern.test(l));
  });

  it("hold for the outcome rows' cues too, over the fixtures' lines and sentences", () => {
    const texts = [...lines, ...lines.flatMap(sentences)];
    const missed = OUTCOME_RULES.flatMap((r) => (r.cue === undefined ? [] : texts.filter((l) => r.pattern.test(l) && !r.cue!.test(l)).map((l) => `${r.outcome}: ${l}`)));
    expect(missed).toEqual([]);
    // Each row's examples pass its cue (the row is read at all).
    for (const r of OUTCOME_RULES) if (r.cue !== undefined) for (const e of r.examples) expect(r.cue.test(e), e).toBe(true);
  });

  it('refuse a pattern with state', () => {
    expect(() => new Cued(/a/u, /a/gu)).toThrow(/state/u);
    expect(() => new Cued(/a/gu, /a/u)).toThrow(/state/u);
  });
});
