/**
 * Stale or missing data is never silent: a path's record follows its file when
 * its new bytes are those of another stored file, a copy is said and can be
 * found by its path, symbolic links in a walk are followed (each folder once),
 * and a folder given that holds nothing to take is a warning and exit code 1.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tempDir } from './helpers/tmp.js';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/db.js';
import { run } from './helpers/cli.js';
import { minutesText } from './helpers/meetings.js';

let dir: string;
beforeEach(() => {
  dir = tempDir('paths');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
};
const ingest = (...args: string[]) => run(['ingest', ...args, '--db', 'm.db', '-j', '1'], { cwd: dir });
const show = (ref: string) => run(['show', ref, '--db', 'm.db', '--format', 'json'], { cwd: dir });

/** The stored meetings, path (relative to the test's folder) by file name, and the history. */
function stored() {
  const db = openStore(path.join(dir, 'm.db'), { mustExist: true });
  try {
    return {
      paths: (db.prepare('SELECT path FROM meetings ORDER BY path').pluck().all() as string[]).map((p) => path.relative(dir, p)),
      history: (db.prepare('SELECT path FROM meeting_history ORDER BY id').pluck().all() as string[]).map((p) => path.relative(dir, p)),
    };
  } finally {
    db.close();
  }
}

describe('a path and its record', () => {
  it('a file changed to the bytes of another stored file: its earlier document goes to history, the path finds the other', async () => {
    write('in/a.txt', minutesText(1));
    write('in/b.txt', minutesText(2));
    expect((await ingest('in')).code).toBe(0);
    const b = JSON.parse((await show('in/b.txt')).stdout);
    write('in/a.txt', minutesText(2));
    const r = await ingest('in');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^minutes: 0 ingested, 1 replaced, 1 unchanged, 0 failed/m);
    expect(r.stderr).toMatch(
      /^minutes: in\/a\.txt: same bytes as in\/b\.txt \(meeting \d+\), stored once under that path; the document stored for its earlier bytes is kept in history$/m,
    );
    expect(stored()).toEqual({ paths: ['in/b.txt'], history: ['in/a.txt'] });
    const a = await show('in/a.txt');
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout)).toEqual(b);
    expect(a.stderr).toMatch(/^minutes: in\/a\.txt: same bytes as .*in\/b\.txt \(meeting \d+\), stored once under that path$/m);
    // Nothing of the earlier a.txt is left to be found.
    const rows = JSON.parse((await run(['query', '--db', 'm.db', '--format', 'json'], { cwd: dir })).stdout) as { file: string }[];
    expect(new Set(rows.map((row) => row.file))).toEqual(new Set(['b.txt']));
    // A rerun has nothing more to do, and says why a.txt is not stored under its own path.
    const again = await ingest('in');
    expect(again.stderr).toMatch(/0 ingested, 0 replaced, 2 unchanged, 0 failed/);
    expect(again.stderr).toMatch(/^minutes: in\/a\.txt: same bytes as in\/b\.txt \(meeting \d+\), stored once under that path$/m);
  });

  it('a copy at a new path is said, and found by its path', async () => {
    write('in/b.txt', minutesText(2));
    await ingest('in');
    write('more/b-copy.txt', minutesText(2));
    const r = await ingest('more');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/0 ingested, 0 replaced, 1 unchanged, 0 failed/);
    expect(r.stderr).toMatch(/^minutes: more\/b-copy\.txt: same bytes as in\/b\.txt \(meeting 1\), stored once under that path$/m);
    const copy = await show('more/b-copy.txt');
    expect(copy.code).toBe(0);
    expect(JSON.parse(copy.stdout)).toEqual(JSON.parse((await show('in/b.txt')).stdout));
  });

  it('a file and its copy in one batch, read at once: one is stored, the other is said', async () => {
    for (let n = 0; n < 4; n++) write(`in/r${n}.txt`, minutesText(n));
    write('in/r3-copy.txt', minutesText(3));
    const r = await run(['ingest', 'in', '--db', 'm.db', '-j', '2'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/4 ingested, 0 replaced, 1 unchanged, 0 failed/);
    expect(r.stderr.match(/same bytes as/g)).toHaveLength(1);
    expect((await show('in/r3.txt')).stdout).toBe((await show('in/r3-copy.txt')).stdout);
  });
});

describe('walking a folder', () => {
  it('follows links to files and folders, each folder once, and says what it leaves out', async () => {
    write('in/real/x.txt', minutesText(1));
    write('outside/y.txt', minutesText(2));
    write('elsewhere/z.txt', minutesText(3));
    symlinkSync(path.join(dir, 'outside', 'y.txt'), path.join(dir, 'in', 'y.txt'));
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'in', 'linked'));
    symlinkSync(path.join(dir, 'in'), path.join(dir, 'in', 'real', 'loop'));
    symlinkSync(path.join(dir, 'in', 'real', 'x.txt'), path.join(dir, 'in', 'alias.txt'));
    symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'in', 'broken.txt'));
    const r = await ingest('in');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^minutes: 3 ingested, 0 replaced, 0 unchanged, 0 failed/m);
    expect(stored().paths).toEqual(['in/linked/z.txt', 'in/real/x.txt', 'in/y.txt']);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('minutes: warning:'));
    expect(warnings.sort()).toEqual([
      'minutes: warning: in/alias.txt: the same file as in/real/x.txt, taken once; skipped',
      'minutes: warning: in/broken.txt: a link to nothing (broken); skipped',
      'minutes: warning: in/real/loop: a link to a folder already walked; skipped',
    ]);
  });

  it('a folder given with nothing to take is a warning and exit code 1; the others are still ingested', async () => {
    mkdirSync(path.join(dir, 'empty'));
    write('other/notes.rtf', 'not taken');
    write('in/a.txt', minutesText(1));
    const r = await ingest('empty', 'other', 'in');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^minutes: warning: empty: no \.pdf, \.txt, \.text, \.md, \.markdown, \.html or \.htm files in it$/m);
    expect(r.stderr).toMatch(/^minutes: warning: other: no \.pdf, \.txt, \.text, \.md, \.markdown, \.html or \.htm files in it$/m);
    expect(r.stderr).toMatch(/1 ingested, 0 replaced, 0 unchanged, 0 failed/);
    expect(stored().paths).toEqual(['in/a.txt']);
    const alone = await ingest('empty', '-q');
    expect(alone).toMatchObject({ code: 1, stdout: '', stderr: 'minutes: warning: empty: no .pdf, .txt, .text, .md, .markdown, .html or .htm files in it\n' });
  });
});
