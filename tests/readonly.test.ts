/**
 * `query`, `stats` and `show` only read: the archive keeps its bytes and its
 * mtime, nothing appears beside it (no -wal, no -shm) even while they run, a
 * read-only directory is no obstacle, and a file that is not a minutes archive
 * is refused in one line (exit code 5) and left as it was.
 */
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tempDir } from './helpers/tmp.js';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, openStoreReadOnly, type Db } from '../src/store/db.js';
import { storeDocument } from '../src/store/write.js';
import { run } from './helpers/cli.js';
import { makeDoc, makeItem, minutesText } from './helpers/meetings.js';

let dir: string;
beforeEach(() => {
  dir = tempDir('readonly');
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const COMMANDS = [
  ['query', '--format', 'json'],
  ['stats', '--format', 'json'],
  ['show', '1', '--format', 'json'],
];

/** An archive of one meeting, closed as `journal` leaves it: WAL without a -wal file, or rollback mode. */
function archive(journal: 'wal' | 'delete', file = path.join(dir, 'm.db')): string {
  const db = openStore(file);
  storeDocument(db, makeDoc({ seed: 'one', items: [makeItem({ title: 'Budget 2024', decision: 'Godkendt.' })] }), '/x/one.pdf');
  if (journal === 'delete') db.pragma('journal_mode = DELETE');
  db.close();
  return file;
}

/** What a write would change: the bytes, the mtime, and the files in the directory. */
function fingerprint(file: string) {
  const st = statSync(file, { throwIfNoEntry: false });
  return {
    sha256: st?.isFile() ? createHash('sha256').update(readFileSync(file)).digest('hex') : null,
    mtimeMs: st?.mtimeMs ?? null,
    size: st?.size ?? null,
    listing: readdirSync(path.dirname(file)).sort(),
  };
}

/** Runs a command and records the directory's listing whenever it writes to stdout, with its database open. */
async function runWatching(args: string[], watched: string) {
  const listings: string[][] = [];
  const r = await run(args, { onStdout: () => listings.push(readdirSync(watched).sort()) });
  return { ...r, listings };
}

describe('read-only commands never write', () => {
  it.each(['wal', 'delete'] as const)('leave an archive (%s mode) byte for byte as it was, with nothing created beside it', async (journal) => {
    const file = archive(journal);
    const before = fingerprint(file);
    for (const args of COMMANDS) {
      const r = await runWatching([...args, '--db', file], dir);
      expect(r.code, `${args[0]}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/Budget 2024|Følgegruppen/);
      expect(r.listings.length, args[0]).toBeGreaterThan(0);
      for (const listing of r.listings) expect(listing, `${args[0]} while running`).toEqual(before.listing);
      expect(fingerprint(file), args[0]).toEqual(before);
    }
  });

  it.each(['wal', 'delete'] as const)('read an archive (%s mode) in a read-only directory, through a connection that cannot write', async (journal) => {
    const file = archive(journal);
    const before = fingerprint(file);
    // chmod stops everyone but root; the tests also run as root, so the
    // connection itself must be one that cannot write.
    chmodSync(dir, 0o555);
    const db = openStoreReadOnly(file);
    try {
      expect(db.readonly).toBe(true);
      expect(() => db.exec('CREATE TABLE probe (x)')).toThrow(/readonly/i);
      expect(db.prepare('SELECT title FROM items').pluck().all()).toEqual(['Budget 2024']);
    } finally {
      db.close();
    }
    const r = await run(['query', '--db', file, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).map((row: { title: string }) => row.title)).toEqual(['Budget 2024']);
    expect(fingerprint(file)).toEqual(before);
  });

  it('read an archive made before the case-number index, unchanged; the next ingest adds the index', async () => {
    const file = archive('delete');
    const o = new Database(file);
    o.exec('DELETE FROM schema_migrations WHERE version = 3; DROP INDEX items_case; PRAGMA user_version = 2');
    o.close();
    const before = fingerprint(file);
    const r = await run(['query', '--db', file, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).map((row: { title: string }) => row.title)).toEqual(['Budget 2024']);
    expect(fingerprint(file)).toEqual(before);
    const writer = openStore(file);
    try {
      expect(writer.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'items_case'").pluck().get()).toBe('items_case');
    } finally {
      writer.close();
    }
  });

  it('see what a running ingest has committed, using the -wal and -shm files it made', async () => {
    const file = path.join(dir, 'm.db');
    const writer = openStore(file);
    try {
      storeDocument(writer, makeDoc({ seed: 'a', items: [makeItem({ title: 'Første' })] }), '/x/a.pdf');
      storeDocument(writer, makeDoc({ seed: 'b', items: [makeItem({ title: 'Anden' })] }), '/x/b.pdf');
      const before = fingerprint(file);
      expect(before.listing).toEqual(['m.db', 'm.db-shm', 'm.db-wal']);
      const r = await runWatching(['query', '--db', file, '--format', 'json'], dir);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).map((row: { title: string }) => row.title).sort()).toEqual(['Anden', 'Første']);
      for (const listing of r.listings) expect(listing).toEqual(before.listing);
      expect(fingerprint(file).sha256).toBe(before.sha256);
    } finally {
      writer.close();
    }
  });

  it('refuse a file that is not a minutes archive in one line, exit code 5, and leave it as it was', async () => {
    const other = path.join(dir, 'other.db');
    const foreign = new Database(other);
    foreign.pragma('journal_mode = DELETE');
    foreign.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine')");
    foreign.close();
    const empty = path.join(dir, 'empty.db');
    writeFileSync(empty, '');
    const text = path.join(dir, 'notes.txt');
    writeFileSync(text, 'not a database at all, but long enough to have a header of a hundred bytes or more, surely, yes.\n');
    const older = archive('delete', path.join(dir, 'older.db'));
    const o = new Database(older);
    o.exec('DELETE FROM schema_migrations WHERE version >= 2; DROP VIEW decisions; DROP VIEW agenda; DROP VIEW attendance; DROP INDEX items_case; PRAGMA user_version = 1');
    o.close();
    const folder = path.join(dir, 'folder');
    mkdirSync(folder);
    const cases: [string, RegExp][] = [
      [other, /other\.db: is not a minutes database \(an SQLite file without the tables `minutes ingest` makes\)$/],
      [empty, /empty\.db: is not a minutes database \(the file is empty\)$/],
      [text, /notes\.txt: is not a minutes database \(not an SQLite file\)$/],
      [older, /older\.db: the database has schema version 1, older than this minutes \(3\); `minutes ingest` into it upgrades it$/],
      [folder, /folder: is a directory, not a database$/],
    ];
    for (const [file, message] of cases) {
      const before = fingerprint(file);
      for (const args of COMMANDS) {
        const r = await run([...args, '--db', file]);
        expect(r.code, `${args[0]} ${file}`).toBe(5);
        expect(r.stdout).toBe('');
        const lines = r.stderr.trimEnd().split('\n');
        expect(lines, r.stderr).toHaveLength(1);
        expect(lines[0]).toMatch(/^minutes: error: /);
        expect(lines[0]).toMatch(message);
        expect(fingerprint(file), `${args[0]} ${file}`).toEqual(before);
      }
    }
  });
});

describe('ingest and the database file', () => {
  it('refuses to add its tables to an SQLite file that is not a minutes archive', async () => {
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in', 'a.txt'), minutesText(1));
    const other = path.join(dir, 'other.db');
    const foreign = new Database(other);
    foreign.pragma('journal_mode = DELETE');
    foreign.exec('CREATE TABLE notes (text TEXT)');
    foreign.close();
    const before = fingerprint(other);
    const r = await run(['ingest', 'in', '--db', other, '-q'], { cwd: dir });
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^minutes: error: .*other\.db: is not a minutes database \(an SQLite file with other tables\); give --db a new file or a minutes archive\n$/);
    expect(fingerprint(other)).toEqual(before);
  });

  it('leaves the archive in rollback-journal mode when it ends, so readers need nothing beside it', async () => {
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in', 'a.txt'), minutesText(1));
    const file = path.join(dir, 'm.db');
    expect((await run(['ingest', 'in', '--db', file, '-q'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['in', 'm.db']);
    const header = readFileSync(file).subarray(18, 20);
    expect([...header]).toEqual([1, 1]);
    // Reading it is a plain read-only open, with SQLite's locking, not a copy in memory.
    const db: Db = openStoreReadOnly(file);
    try {
      expect(db.memory).toBe(false);
      expect(db.readonly).toBe(true);
    } finally {
      db.close();
    }
  });
});
