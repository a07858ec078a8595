/**
 * `ingest` on a busy machine: a document's time limit counts the CPU it used,
 * not the time it waited for a core, and more workers than cores are never
 * started. The busy machine is made here: CPU-bound processes on every core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/db.js';
import { run } from './helpers/cli.js';
import { minutesText } from './helpers/meetings.js';
import { tempDir } from './helpers/tmp.js';

let dir: string;
beforeAll(() => {
  dir = tempDir('load');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function stored(db: string): number {
  const store = openStore(db, { mustExist: true });
  try {
    return store.prepare('SELECT count(*) FROM meetings').pluck().get() as number;
  } finally {
    store.close();
  }
}

function batch(name: string, files: number): string {
  const input = path.join(dir, name);
  mkdirSync(input);
  for (let n = 0; n < files; n++) writeFileSync(path.join(input, `m${n}.txt`), minutesText(n));
  return input;
}

/** Two CPU-bound processes per core, until stopped. */
function loadMachine(): ChildProcess[] {
  return Array.from({ length: availableParallelism() * 2 }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
}

describe('ingest on a loaded machine', () => {
  it('does not time out small documents that only wait for a core (--timeout 1)', async () => {
    const input = batch('busy', 6);
    const db = path.join(dir, 'busy.db');
    const hogs = loadMachine();
    try {
      const r = await run(['ingest', input, '--db', db, '--timeout', '1', '--jobs', String(availableParallelism())]);
      expect(r.stderr).not.toContain('took longer');
      expect(r.code).toBe(0);
    } finally {
      for (const h of hogs) h.kill('SIGKILL');
    }
    expect(stored(db)).toBe(6);
  });

  it('runs no more workers than the machine has cores, and says so', async () => {
    const input = batch('many', 3);
    const db = path.join(dir, 'many.db');
    const r = await run(['ingest', input, '--db', db, '--jobs', '100']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`minutes: --jobs 100 is more than this machine's ${availableParallelism()} cores can run at once; using ${availableParallelism()}`);
    expect(stored(db)).toBe(3);
  });
});
