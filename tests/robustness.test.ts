/**
 * Damaged and random input never crashes `parse`: it ends in a valid
 * document or a clean failure. Fixed seed and bounded runs in `npm test`;
 * `PROPERTY_RUNS=2000 npm test` for a longer run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';
import { MeetingDocument } from '../src/schema.js';

const runs = Number(process.env.PROPERTY_RUNS ?? 60);
const seed = Number(process.env.PROPERTY_SEED ?? 20261123);
const text = readFileSync(path.resolve(__dirname, '../fixtures/000_342929e38b3588cc.txt'), 'utf8');
const lines = text.split('\n');

async function survives(bytes: Uint8Array): Promise<void> {
  const r = await parseBytes(bytes, 'x.txt');
  if (r.ok) expect(MeetingDocument.safeParse(r.document).success).toBe(true);
  else expect(r.failure.code).not.toBe('internal');
}

describe('robustness of parse', () => {
  it('shuffled, duplicated and dropped lines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(lines.length - 1), { maxLength: 400 }), async (picks) => {
        await survives(Buffer.from(picks.map((i) => lines[i]).join('\n')));
      }),
      { numRuns: runs, seed },
    );
  });

  it('random Unicode, control characters and very long lines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(...lines), fc.string({ minLength: 5000, maxLength: 20000 })), { maxLength: 60 }), async (parts) => {
        await survives(Buffer.from(parts.join('\n')));
      }),
      { numRuns: runs, seed },
    );
  });

  it('flipped bytes and truncation', async () => {
    const bytes = Buffer.from(text);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 50 }), fc.nat(bytes.length), async (flips, cut) => {
        const b = Buffer.from(bytes.subarray(0, Math.max(1, cut)));
        for (const [i, v] of flips) if (i < b.length) b[i] = v;
        await survives(b);
      }),
      { numRuns: runs, seed },
    );
  });
});

describe('long lines shaped like the sentences the parser reads', () => {
  // Each ends so that its pattern fails at the last word: a pattern that backtracks over every way
  // to split the names would not finish (the stand-in sentence once did not).
  const names = (n: number) => Array.from({ length: n }, (_, k) => `Ole Berg${k % 2 ? ' Dal' : ''}`).join(' og ');
  it.each([
    ['a stand-in', `Som stedfortræder for ${names(1500)} deltog x`],
    ['all but some', `Alle medlemmer var mødt undtagen ${names(1500)} x`],
    ['absent in a decision', `1. Punkt\nBeslutning\n${names(1500)} var fraværende x`],
    ['left out of items', `1. Punkt\nBeslutning\n${names(1500)} deltog ikke under punkt x`],
    ['absence with a result glued on', `1. Punkt\nBeslutning\nFraværende: ${'Ole Berg '.repeat(20)}Godkendt x`],
  ])('%s', async (_, body) => {
    await survives(Buffer.from(`Referat\nden 3. maj 2024\n\n${body}\n\n2. Eventuelt\nIntet.\n`));
  });
});
