/** Tests leave nothing in the temp directory: every temp dir comes from helpers/tmp.ts, which removes it. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/tmp.js';

const testsDir = __dirname;
const sources = (readdirSync(testsDir, { recursive: true }) as string[])
  .filter((f) => /\.(ts|js|mjs)$/.test(f))
  .filter((f) => path.join(testsDir, f) !== path.join(testsDir, 'helpers', 'tmp.ts') && f !== 'temp-dirs.test.ts');

const fromCollection = tempDir('selftest-file');

describe('temporary directories', () => {
  it('no test makes one but through tempDir (helpers/tmp.ts)', () => {
    expect(sources.length).toBeGreaterThan(20);
    const offenders = sources.filter((f) => /\bmkdtemp(Sync)?\b|\btmpdir\s*\(/.test(readFileSync(path.join(testsDir, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  let inTest = '';
  it('tempDir makes a fresh directory in the temp dir', () => {
    inTest = tempDir('selftest');
    expect(path.dirname(inTest)).toBe(os.tmpdir());
    expect(path.basename(inTest)).toMatch(/^minutes-selftest-/);
    writeFileSync(path.join(inTest, 'x.txt'), 'x');
    expect(tempDir('selftest')).not.toBe(inTest);
  });

  it('one made in a test is gone, with its content, after that test; one made at the top of the file is still there', () => {
    expect(inTest).not.toBe('');
    expect(existsSync(inTest)).toBe(false);
    expect(existsSync(fromCollection)).toBe(true);
  });
});
