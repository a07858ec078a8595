import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';
import { inlineParser, workerParser } from '../src/store/pool.js';
import { minutesText } from './helpers/meetings.js';

const bytes = (n: number) => new TextEncoder().encode(minutesText(n));

describe('parsing in worker threads', () => {
  it('gives the same documents as parsing in this thread, several at once', async () => {
    const pool = workerParser(2, 60_000);
    try {
      const results = await Promise.all([0, 1, 2, 3].map((n) => pool.parse(bytes(n), `/in/r${n}.txt`)));
      for (const [n, r] of results.entries()) {
        const here = await parseBytes(bytes(n), `/in/r${n}.txt`);
        expect(r.ok && here.ok).toBe(true);
        if (r.ok && here.ok) expect(r.document).toEqual(here.document);
      }
      const bad = await pool.parse(new Uint8Array([0, 1, 2, 0, 0, 255]), 'junk.txt');
      const badHere = await inlineParser().parse(new Uint8Array([0, 1, 2, 0, 0, 255]), 'junk.txt');
      expect(bad.ok).toBe(false);
      expect(!bad.ok && !badHere.ok && [bad.failure.code, bad.failure.message]).toEqual(!badHere.ok && [badHere.failure.code, badHere.failure.message]);
    } finally {
      await pool.close();
    }
  });

  it("reports a failure of the stages after extraction as that file's, and goes on", async () => {
    // Extracted fine (a text file), refused by segmentation: the second worker's failure.
    const notMinutes = () => new TextEncoder().encode('Indkøbsliste\n\nMælk, brød og ost.\n');
    const pool = workerParser({ size: 1, timeoutMs: 60_000 });
    try {
      const [bad, good] = await Promise.all([pool.parse(notMinutes(), 'list.txt'), pool.parse(bytes(3), '/in/r3.txt')]);
      const badHere = await parseBytes(notMinutes(), 'list.txt');
      expect(!bad.ok && bad.failure.code).toBe('not-minutes');
      expect(!bad.ok && !badHere.ok && bad.failure.message).toBe(!badHere.ok && badHere.failure.message);
      expect(good.ok && good.document.source.file).toBe('r3.txt');
    } finally {
      await pool.close();
    }
  });

  it('gives up on a document that takes too long, and the pool goes on', async () => {
    const pool = workerParser(1, 1);
    try {
      const r = await pool.parse(bytes(1), 'slow.txt');
      expect(r.ok).toBe(false);
      expect(!r.ok && r.failure.code).toBe('timeout');
      const again = await pool.parse(bytes(2), 'next.txt');
      expect(!again.ok && again.failure.code).toBe('timeout');
    } finally {
      await pool.close();
    }
  });
});
