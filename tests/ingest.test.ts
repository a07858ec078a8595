import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseFile } from '../src/pipeline.js';
import { ItemRow } from '../src/query/rows.js';
import { openStore, type Db } from '../src/store/db.js';
import { INGESTIBLE } from '../src/store/files.js';
import { loadDocument } from '../src/store/read.js';
import { run } from './helpers/cli.js';
import { minutesText } from './helpers/meetings.js';
import { tempDir } from './helpers/tmp.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'minutes.js');
const fixtures = path.join(root, 'fixtures');
const fixtureInputs = existsSync(fixtures) ? readdirSync(fixtures).filter((f) => INGESTIBLE.test(f)) : [];

let dir: string;
beforeEach(() => {
  dir = tempDir('ingest');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeMinutes(target: string, from: number, to: number): string[] {
  mkdirSync(target, { recursive: true });
  const files: string[] = [];
  for (let n = from; n < to; n++) {
    const file = path.join(target, `referat-${String(n).padStart(4, '0')}.txt`);
    writeFileSync(file, minutesText(n));
    files.push(file);
  }
  return files;
}

function counts(dbFile: string): Record<string, number> {
  const db = openStore(dbFile, { mustExist: true });
  try {
    return Object.fromEntries(
      ['meetings', 'participants', 'items', 'sections', 'attachments', 'diagnostics', 'items_fts', 'people_fts', 'meeting_history'].map((t) => [
        t,
        db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number,
      ]),
    );
  } finally {
    db.close();
  }
}

/** Every file is in the database once, and what is stored is exactly what the parser gives. */
async function expectComplete(db: Db, files: string[]): Promise<void> {
  expect(db.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(files.length);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  expect(db.prepare('SELECT count(*) FROM items_fts').pluck().get()).toBe(db.prepare('SELECT count(*) FROM items').pluck().get());
  const byPath = db.prepare<[string], { id: number }>('SELECT id FROM meetings WHERE path = ?');
  for (const file of files) {
    const rows = byPath.all(file);
    expect(rows, file).toHaveLength(1);
    const parsed = await parseFile(file);
    if (!parsed.ok) throw new Error(parsed.failure.message);
    expect(loadDocument(db, rows[0]!.id)).toEqual(parsed.document);
  }
}

function spawnMinutes(args: string[]): {
  done: Promise<{ code: number | null; signal: string | null; stderr: string }>;
  kill(): void;
  interrupt(signal?: NodeJS.Signals): boolean;
  /** Whether the process has ended. */
  exited(): boolean;
} {
  const child = spawn(process.execPath, [bin, ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  let ended = false;
  void done.then(() => (ended = true));
  return { done, kill: () => child.kill('SIGKILL'), interrupt: (signal = 'SIGINT') => child.kill(signal), exited: () => ended };
}

describe('minutes ingest', () => {
  it('ingests a directory; a second run finds everything unchanged; bad files never stop the batch', async () => {
    const files = writeMinutes(path.join(dir, 'in', 'sub'), 0, 6);
    writeFileSync(path.join(dir, 'in', 'empty.txt'), '');
    writeFileSync(path.join(dir, 'in', 'broken.pdf'), '%PDF-1.7\n garbage that is not a PDF');
    writeFileSync(path.join(dir, 'in', 'notes.rtf'), 'not walked');
    const db = path.join(dir, 'm.db');
    const first = await run(['ingest', 'in', '--db', db, '--jobs', '2'], { cwd: dir });
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/^minutes: error: in\/empty\.txt: is empty$/m);
    expect(first.stderr).toMatch(/^minutes: error: in\/broken\.pdf: /m);
    expect(first.stderr).toMatch(/^minutes: 6 ingested, 0 replaced, 0 unchanged, 2 failed \(/m);
    const once = counts(db);
    const second = await run(['ingest', 'in', '--db', db, '--jobs', '1'], { cwd: dir });
    expect(second.stderr).toMatch(/0 ingested, 0 replaced, 6 unchanged, 2 failed/);
    expect(counts(db)).toEqual(once);
    const dump = () => {
      const store = openStore(db);
      try {
        return ['meetings', 'items', 'sections', 'participants', 'diagnostics'].map((t) => store.prepare(`SELECT * FROM ${t} ORDER BY id`).all());
      } finally {
        store.close();
      }
    };
    const before = dump();
    const bad = await run(['ingest', 'in/empty.txt', 'in/broken.pdf', '--db', db], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^minutes: error: in\/empty\.txt: is empty$/m);
    expect(dump()).toEqual(before);
    const store = openStore(db);
    try {
      await expectComplete(store, files);
    } finally {
      store.close();
    }
  });

  it('a path named that does not exist is exit code 3 before anything is read, and no database is made', async () => {
    writeMinutes(path.join(dir, 'in'), 0, 1);
    const db = path.join(dir, 'new.db');
    const r = await run(['ingest', 'in', 'in/missing.txt', 'gone/', '--db', db], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('minutes: error: in/missing.txt: does not exist\nminutes: error: gone/: does not exist\n');
    expect(existsSync(db)).toBe(false);
  });

  it('uses MINUTES_DB, else ./minutes.db in the working directory', async () => {
    writeMinutes(path.join(dir, 'in'), 0, 2);
    expect((await run(['ingest', 'in', '-q'], { cwd: dir })).code).toBe(0);
    expect(existsSync(path.join(dir, 'minutes.db'))).toBe(true);
    expect((await run(['ingest', 'in', '-q'], { cwd: dir, env: { MINUTES_DB: 'env.db' } })).code).toBe(0);
    expect(counts(path.join(dir, 'env.db')).meetings).toBe(2);
  });

  it('replaces a changed file at the same path and keeps the old version as history', async () => {
    const [file] = writeMinutes(path.join(dir, 'in'), 0, 1);
    const db = path.join(dir, 'm.db');
    await run(['ingest', file!, '--db', db, '-j', '1']);
    writeFileSync(file!, minutesText(1));
    const r = await run(['ingest', file!, '--db', db, '-j', '1']);
    expect(r.stderr).toMatch(/0 ingested, 1 replaced, 0 unchanged, 0 failed/);
    const c = counts(db);
    expect([c.meetings, c.meeting_history]).toEqual([1, 1]);
    const store = openStore(db);
    try {
      await expectComplete(store, [file!]);
    } finally {
      store.close();
    }
  });

  it('after SIGKILL part-way, a rerun stores every meeting exactly once and complete', async () => {
    const files = writeMinutes(path.join(dir, 'many'), 0, 300);
    const db = path.join(dir, 'k.db');
    const child = spawnMinutes(['ingest', 'many', '--db', db, '--jobs', '2', '-q']);
    let seen = 0;
    let killedAt = -1;
    // No clock: on a busy machine the first meetings may take long to come; the test's timeout guards a hang.
    while (!child.exited()) {
      await new Promise((r) => setTimeout(r, 10));
      if (!existsSync(db)) continue;
      try {
        const probe = openStore(db, { mustExist: true });
        seen = probe.prepare('SELECT count(*) FROM meetings').pluck().get() as number;
        probe.close();
      } catch {
        continue; // still being created
      }
      if (seen >= 5) {
        child.kill();
        killedAt = seen;
        break;
      }
    }
    const killed = await child.done;
    expect(killed.signal).toBe('SIGKILL');
    expect(killedAt).toBeGreaterThan(0);
    const after = counts(db).meetings;
    expect(after).toBeGreaterThanOrEqual(killedAt);
    expect(after).toBeLessThan(300);

    const rerun = await spawnMinutes(['ingest', 'many', '--db', db, '--jobs', '2']).done;
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toContain(`${300 - after} ingested, 0 replaced, ${after} unchanged, 0 failed`);
    const store = openStore(db);
    try {
      await expectComplete(store, files);
    } finally {
      store.close();
    }
    // Two ingests of hundreds of files: minutes on a busy machine.
  }, 300_000);

  it.each(['SIGINT', 'SIGTERM'] as const)('stops cleanly on %s (Ctrl-C, or a polite kill), and the rerun continues', async (signal) => {
    const files = writeMinutes(path.join(dir, 'many'), 0, 150);
    const db = path.join(dir, 'i.db');
    const child = spawnMinutes(['ingest', 'many', '--db', db, '--jobs', '2']);
    let sent = false;
    while (!sent && !child.exited()) {
      await new Promise((r) => setTimeout(r, 10));
      try {
        const probe = openStore(db, { mustExist: true });
        const n = probe.prepare('SELECT count(*) FROM meetings').pluck().get() as number;
        probe.close();
        if (n >= 5) sent = child.interrupt(signal);
      } catch {
        // not created yet
      }
    }
    const stopped = await child.done;
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toMatch(/^minutes: error: interrupted; run the same command again to continue where it stopped$/m);
    const after = counts(db).meetings;
    expect(after).toBeLessThan(150);
    const rerun = await spawnMinutes(['ingest', 'many', '--db', db, '--jobs', '2']).done;
    expect(rerun.stderr).toContain(`${150 - after} ingested, 0 replaced, ${after} unchanged, 0 failed`);
    const store = openStore(db);
    try {
      await expectComplete(store, files);
    } finally {
      store.close();
    }
    // Two ingests of hundreds of files: minutes on a busy machine.
  }, 300_000);

  it('reports a database that cannot be opened in one line, exit code 5', async () => {
    writeMinutes(path.join(dir, 'in'), 0, 1);
    const r = await run(['ingest', 'in', '--db', path.join(dir, 'no', 'such', 'dir', 'm.db')], { cwd: dir });
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^minutes: error: .*m\.db: cannot open the database \(.*\)\n$/);
  });

  it('shows a progress bar on a terminal only', async () => {
    writeMinutes(path.join(dir, 'in'), 0, 3);
    const tty = await run(['ingest', 'in', '--db', 'a.db', '-j', '1'], { cwd: dir, tty: true });
    expect(tty.stderr).toMatch(/3\/3 files {2}0 pages {2}[\d.]+ files\/s/);
    const piped = await run(['ingest', 'in', '--db', 'b.db', '-j', '1'], { cwd: dir });
    expect(piped.stderr).not.toMatch(/files\/s/);
    expect(piped.stderr).toBe(piped.stderr.replace(/\r/g, ''));
  });

  it('two ingest processes on the same database at once both finish, with nothing lost', async () => {
    const files = writeMinutes(path.join(dir, 'all'), 0, 240);
    const a = path.join(dir, 'a');
    const b = path.join(dir, 'b');
    mkdirSync(a);
    mkdirSync(b);
    const db = path.join(dir, 'c.db');
    const first = spawnMinutes(['ingest', ...files.slice(0, 160), '--db', db, '--jobs', '1', '-q']);
    const second = spawnMinutes(['ingest', ...files.slice(80), '--db', db, '--jobs', '1', '-q']);
    const [r1, r2] = await Promise.all([first.done, second.done]);
    expect(r1.code, r1.stderr).toBe(0);
    expect(r2.code, r2.stderr).toBe(0);
    const store = openStore(db);
    try {
      await expectComplete(store, files);
    } finally {
      store.close();
    }
  });
});

describe.runIf(fixtureInputs.length > 0)('minutes ingest on the fixtures', () => {
  let fixturesDir: string;
  let db: string;
  let first: { code: number; stderr: string };
  beforeAll(async () => {
    fixturesDir = tempDir('fixtures');
    db = path.join(fixturesDir, 'f.db');
    first = await run(['ingest', fixtures, '--db', db]);
  });
  afterAll(() => rmSync(fixturesDir, { recursive: true, force: true }));

  it('gives the same counts when run twice as once', async () => {
    expect(first.code, first.stderr).toBe(0);
    const once = counts(db);
    expect(once.meetings).toBeGreaterThan(0);
    await run(['ingest', fixtures, '--db', db]);
    expect(counts(db)).toEqual(once);
  });

  it('finds the IPS items with their file and page, exactly those the parser gives', async () => {
    const r = await run(['query', '--decision', '--search', 'IPS', '--db', db, '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as ItemRow[];
    for (const row of rows) expect(ItemRow.parse(row)).toEqual(row);
    // What the query should find, worked out from the parsed documents themselves.
    // Files with the same bytes are one document (stored under whichever name came first).
    const canonical = new Map<string, string>();
    const bySha = new Map<string, string>();
    const expected = new Set<string>();
    for (const name of fixtureInputs) {
      const parsed = await parseFile(path.join(fixtures, name));
      if (!parsed.ok) continue;
      const first = bySha.get(parsed.document.source.sha256) ?? name;
      bySha.set(parsed.document.source.sha256, first);
      canonical.set(name, first);
      for (const item of parsed.document.items) {
        const text = [item.title, item.decision ?? '', ...item.sections.map((s) => s.text)].join('\n');
        if (item.decision !== null && /\bIPS\b/i.test(text)) expected.add(JSON.stringify([first, item.number, item.pages]));
      }
    }
    expect(expected.size).toBeGreaterThanOrEqual(2);
    const found = rows.map((row) => JSON.stringify([canonical.get(row.file), row.number, row.pages]));
    expect(found).toHaveLength(expected.size);
    expect(new Set(found)).toEqual(expected);
    expect(rows.some((row) => /IPS/.test(row.title))).toBe(true);
  });
});

describe('Markdown in a walked folder', () => {
  it('is taken, as text', async () => {
    const dir = tempDir('md');
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in', 'bestyrelse.md'), ['# Referat af bestyrelsesmøde 4. april 2023', '', '## 1. Regnskab', '', 'Regnskabet blev godkendt.', '', '## 2. Eventuelt', '', 'Intet.'].join('\n'));
    const r = await run(['ingest', path.join(dir, 'in'), '--db', path.join(dir, 'a.db')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 ingested/);
  });
});
