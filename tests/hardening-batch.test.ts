/**
 * Batches survive pathological files (a PDF that keeps pdf.js busy, a file
 * over the size limit), and odd file names (spaces, Danish letters, leading
 * dashes) work in every command.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/db.js';
import { run } from './helpers/cli.js';
import { minutesText } from './helpers/meetings.js';
import { slowPdf } from './helpers/pdf.js';
import { tempDir } from './helpers/tmp.js';

const dir = tempDir('hardening');

function meetings(db: string): string[] {
  const store = openStore(db, { mustExist: true });
  try {
    return store.prepare('SELECT file FROM meetings ORDER BY file').pluck().all() as string[];
  } finally {
    store.close();
  }
}

describe('pathological files in a batch', () => {
  it.each([
    [1, 'pdfjs'],
    [2, 'pdfjs'],
    [1, 'pdfium'],
    [2, 'pdfium'],
  ])('a PDF that keeps the PDF engine busy is stopped by --timeout and the batch goes on (--jobs %i, %s)', async (jobs, engine) => {
    const input = path.join(dir, `slow-${jobs}-${engine}`);
    mkdirSync(input);
    writeFileSync(path.join(input, 'a.txt'), minutesText(1));
    // A 40 KB file that unpacks to three million text operators: many seconds of pdf.js, and of PDFium.
    writeFileSync(path.join(input, 'b-slow.pdf'), slowPdf(3_000_000));
    writeFileSync(path.join(input, 'c.txt'), minutesText(2));
    const db = path.join(dir, `slow-${jobs}-${engine}.db`);
    const r = await run(['ingest', input, '--db', db, '--timeout', '1', '--jobs', String(jobs), '--engine', engine]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`minutes: error: ${path.join(input, 'b-slow.pdf')}: took longer than 1 s to parse`);
    expect(r.stderr).toMatch(/2 ingested, 0 replaced, 0 unchanged, 1 failed \(timeout 1\)/);
    expect(meetings(db)).toEqual(['a.txt', 'c.txt']);
  });

  it('a file over --max-size is reported and skipped', async () => {
    const input = path.join(dir, 'big');
    mkdirSync(input);
    writeFileSync(path.join(input, 'a.txt'), minutesText(3));
    writeFileSync(path.join(input, 'huge.txt'), minutesText(4) + 'x'.repeat(1024 * 1024 + 1));
    const db = path.join(dir, 'big.db');
    const r = await run(['ingest', input, '--db', db, '--max-size', '1', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/huge\.txt: is too large \(\d+ bytes; the limit is 1048576\)/);
    expect(meetings(db)).toEqual(['a.txt']);
  });
});

describe('odd file names', () => {
  const names = ['-rf.txt', 'møde referat 2024.txt', 'Ærø – byråd (kopi).txt', '--help.txt', ' mellemrum .txt'];
  let odd: string;
  beforeAll(() => {
    odd = path.join(dir, 'odd');
    mkdirSync(odd);
    names.forEach((n, i) => writeFileSync(path.join(odd, n), minutesText(10 + i)));
  });

  it.each(names)('parse, text and normalize read %j after `--` and as ./NAME', async (name) => {
    for (const args of [['--', name], [`./${name}`]]) {
      const parsed = await run(['parse', ...args], { cwd: odd });
      expect(parsed.stderr).toBe('');
      expect(parsed.code).toBe(0);
      expect(JSON.parse(parsed.stdout).source.file).toBe(name);
      const text = await run(['text', ...args], { cwd: odd });
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('1. Godkendelse af dagsorden');
      const normalized = await run(['normalize', ...args], { cwd: odd });
      expect(normalized.code).toBe(0);
      expect(normalized.stdout).toContain('Referat');
    }
  });

  it('a name with a leading dash, not after `--`, is an option: a usage error, not a file read', async () => {
    const r = await run(['parse', '-rf.txt'], { cwd: odd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('ingest, query, show and check take them too', async () => {
    const db = path.join(dir, 'odd.db');
    const ing = await run(['ingest', '--db', db, '--jobs', '1', '--', ...names], { cwd: odd });
    expect(ing.stderr).toMatch(/5 ingested, 0 replaced, 0 unchanged, 0 failed/);
    expect(ing.code).toBe(0);
    expect(meetings(db)).toEqual([...names].sort());
    // the directory walk finds the same files
    const again = await run(['ingest', '--db', db, odd]);
    expect(again.stderr).toMatch(/0 ingested, 0 replaced, 5 unchanged, 0 failed/);

    const q = await run(['query', '--db', db, '--format', 'json']);
    expect(q.code).toBe(0);
    expect(new Set(JSON.parse(q.stdout).map((r: { file: string }) => r.file))).toEqual(new Set(names));

    for (const name of names) {
      for (const ref of [name, path.join(odd, name)]) {
        const shown = await run(['show', '--db', db, '--format', 'json', '--', ref]);
        expect(shown.stderr).toBe('');
        expect(JSON.parse(shown.stdout).source.file).toBe(name);
      }
    }

    // check: expected files beside the odd names, written and then compared
    const checked = path.join(dir, 'checked');
    mkdirSync(checked);
    for (const n of names) copyFileSync(path.join(odd, n), path.join(checked, n));
    const update = await run(['check', '--update', '--', ...names], { cwd: checked });
    expect(update.code).toBe(0);
    const check = await run(['check', '.'], { cwd: checked });
    expect(check.stderr).toContain('5 checked, 5 same');
    expect(check.code).toBe(0);
  });
});
