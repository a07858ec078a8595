/**
 * Hostile PDFs never crash `parse` or hang a batch: mutated fixture PDFs
 * (truncated, flipped bytes, cut and duplicated spans), PDFs whose text layer
 * holds shuffled and duplicated lines, very long lines, random Unicode and
 * control characters. Each ends in a valid document or a clean failure (a
 * documented code, never `internal`). Parsing runs in the worker pool, as in
 * `ingest`, so that a hang would come back as `timeout` and fail the test.
 *
 * Fixed seed and bounded runs in `npm test`; `PROPERTY_RUNS=2000 npm test`
 * runs longer (this file takes a third of that per property).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MeetingDocument } from '../src/schema.js';
import { workerParser, type Parsed } from '../src/store/pool.js';
import { unicodePdf } from './helpers/pdf.js';

const runs = Math.max(5, Math.round(Number(process.env.PROPERTY_RUNS ?? 60) / 3));
const seed = Number(process.env.PROPERTY_SEED ?? 20261123);
const fixture = (f: string) => readFileSync(path.resolve(__dirname, '../fixtures', f));
const pdfs = [fixture('pdf-toc.pdf'), fixture('pdf-header-footer.pdf')];
const sourceLines = fixture('pdf-toc.source.txt').toString('utf8').split('\n');

// Both PDF engines, each in two workers as `ingest` on this machine; 30 s is far more than any of these needs.
const engines = ['pdfjs', 'pdfium'] as const;
const pools = new Map(engines.map((e) => [e, workerParser({ size: 2, timeoutMs: 30_000, engine: e })]));
afterAll(() => Promise.all([...pools.values()].map((p) => p.close())));

const seen = { ok: 0, failed: new Map<string, number>() };

function check(r: Parsed): void {
  if (r.ok) seen.ok++;
  else seen.failed.set(r.failure.code, (seen.failed.get(r.failure.code) ?? 0) + 1);
  if (r.ok) {
    expect(MeetingDocument.safeParse(r.document).success).toBe(true);
  } else {
    expect(r.failure.code, r.failure.message).not.toBe('internal');
    expect(r.failure.code, r.failure.message).not.toBe('timeout');
    expect(r.failure.message).not.toMatch(/\n/);
  }
}

/** A place in a file, uniform (fast-check's doubles crowd near 0). */
const position = fc.noBias(fc.integer({ min: 0, max: 2 ** 30 }));

describe.each(engines)('hostile PDFs (%s)', (engine) => {
  const pool = pools.get(engine)!;
  const parse = (bytes: Uint8Array, name = 'x.pdf') => pool.parse(new Uint8Array(bytes), name);

  it('truncated anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(pdfs.length - 1), position, async (k, at) => {
        const b = pdfs[k]!;
        check(await parse(b.subarray(0, 1 + (at % b.length))));
      }),
      { numRuns: runs, seed },
    );
  });

  it('flipped bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(pdfs.length - 1), fc.array(fc.tuple(position, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }), async (k, flips) => {
        const b = Buffer.from(pdfs[k]!);
        for (const [at, v] of flips) b[at % b.length] = v;
        check(await parse(b));
      }),
      { numRuns: runs, seed },
    );
  });

  it('spans cut out or duplicated', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(pdfs.length - 1), position, fc.integer({ min: 1, max: 5000 }), fc.boolean(), async (k, at, len, dup) => {
        const b = pdfs[k]!;
        const i = at % b.length;
        const span = b.subarray(i, i + len);
        check(await parse(Buffer.concat([b.subarray(0, i), ...(dup ? [span, span] : []), b.subarray(i + len)])));
      }),
      { numRuns: runs, seed },
    );
  });

  it('a text layer of shuffled and duplicated lines, very long lines, random Unicode and control characters', async () => {
    const line = fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...sourceLines) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
      { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\t', '\r', '\u001b', '\u200b', '\ufeff', '\u2028'), maxLength: 20 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 2000, maxLength: 6000 }) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 150 }), async (lines) => {
        check(await parse(unicodePdf(lines)));
      }),
      { numRuns: runs, seed },
    );
  });

  it('the generated text layer reads back as its lines do as text (the generator is sound)', async () => {
    const lines = sourceLines.slice(0, 120);
    const asPdf = await parse(unicodePdf(lines));
    const asText = await parse(Buffer.from(lines.join('\n')), 'x.txt');
    expect(asPdf.ok && asText.ok).toBe(true);
    if (asPdf.ok && asText.ok) {
      expect(asPdf.document.items.length).toBeGreaterThan(2);
      expect(asPdf.document.items.map((i) => [i.number, i.title])).toEqual(asText.document.items.map((i) => [i.number, i.title]));
    }
  });

  it('the mutations reached both outcomes: documents and clean failures', () => {
    expect(seen.ok).toBeGreaterThan(0);
    expect([...seen.failed.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
