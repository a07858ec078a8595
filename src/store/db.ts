/**
 * Opening the archive. Writers (`ingest`): SQLite through better-sqlite3, WAL,
 * foreign keys, a busy timeout and a retry for the moments another process
 * holds the write lock; the last writer leaves the file in rollback-journal
 * mode. Readers (`query`, `show`, `stats`) never write: not the file, not the
 * directory beside it.
 */
import { closeSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

export const DEFAULT_DB = 'minutes.db';
const BUSY_TIMEOUT_MS = 10_000;

/** A problem with the database file itself: one line for the user. */
export class StoreError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** `--db PATH`, else `MINUTES_DB`, else `./minutes.db`, relative to `cwd`. */
export function resolveDbPath(flag: string | undefined, env: Record<string, string | undefined>, cwd: string): string {
  const chosen = flag ?? (env.MINUTES_DB ? env.MINUTES_DB : DEFAULT_DB);
  return path.resolve(cwd, chosen);
}

export interface OpenOptions {
  /** Refuse to create a new database (for commands that only read). */
  mustExist?: boolean;
}

export function openStore(file: string, opts: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: opts.mustExist ?? false, timeout: BUSY_TIMEOUT_MS });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (opts.mustExist && (code === 'SQLITE_CANTOPEN' || /does not exist/.test((err as Error).message))) {
      throw new StoreError(file, 'no database here; run `minutes ingest` first or give --db');
    }
    throw new StoreError(file, `cannot open the database (${(err as Error).message})`);
  }
  try {
    refuseForeign(db);
    withRetry(() => db.pragma('journal_mode = WAL'));
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (err) {
    db.close();
    if (err instanceof StoreError) throw err;
    throw new StoreError(file, `cannot use the database (${(err as Error).message})`);
  }
  return db;
}

/**
 * Closes a database opened by `openStore`. The last connection leaves the file
 * in rollback-journal mode, so that readers need no -wal and -shm files beside
 * it (and can read it in a directory they may not write); while another
 * connection is open it stays in WAL mode.
 */
export function closeStore(db: Db): void {
  if (db.open && !db.readonly && !db.memory) {
    try {
      db.pragma('busy_timeout = 0');
      db.pragma('journal_mode = DELETE');
    } catch {
      // Another connection has it open: it stays in WAL mode for now.
    }
  }
  db.close();
}

const NOT_MINUTES = 'is not a minutes database';

/**
 * An SQLite file with tables, none of them ours: never add our schema to it.
 * The version and the tables are read in one transaction: read apart, another
 * process creating the same new archive could lay down its first tables in
 * between, and its archive would look foreign.
 */
function refuseForeign(db: Db): void {
  const foreign = db.transaction((): boolean => {
    if (schemaVersion(db) !== 0) return false;
    return (db.prepare("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").pluck().get() as number) > 0;
  });
  if (withRetry(() => foreign())) throw new StoreError(db.name, `${NOT_MINUTES} (an SQLite file with other tables); give --db a new file or a minutes archive`);
}

const SQLITE_MAGIC = 'SQLite format 3\0';
/** fs.readFileSync reads at most this much; a larger file cannot be read into memory. */
const MAX_SNAPSHOT = 2 ** 31 - 1;

export interface ReadOnlyOptions {
  /** Told when what is read may lack the newest changes. */
  onWarning?(message: string): void;
}

/**
 * Opens an archive for reading only, never writing the file, never creating
 * anything beside it. A file in rollback-journal mode, or in WAL mode with its
 * -wal and -shm files present (a writer has it open), is opened read-only with
 * SQLite's locking. A file in WAL mode without them (as an older minutes left
 * it, or when reading overlapped a writer) would make SQLite create them, even
 * read-only, and cannot be opened at all in a directory the user may not write:
 * it is read into memory instead, the equivalent of SQLite's `immutable=1`,
 * which this build of SQLite (URIs off) cannot be asked for.
 */
export function openStoreReadOnly(file: string, opts: ReadOnlyOptions = {}): Db {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new StoreError(file, 'no database here; run `minutes ingest` first or give --db');
  if (stat.isDirectory()) throw new StoreError(file, 'is a directory, not a database');
  if (!stat.isFile()) throw new StoreError(file, `${NOT_MINUTES} (not a regular file)`);
  if (stat.size === 0) throw new StoreError(file, `${NOT_MINUTES} (the file is empty)`);
  const header = readHeader(file);
  if (header.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC) throw new StoreError(file, `${NOT_MINUTES} (not an SQLite file)`);
  const wal = header[18] === 2 || header[19] === 2;
  const walFile = statSync(`${file}-wal`, { throwIfNoEntry: false });
  const shmFile = statSync(`${file}-shm`, { throwIfNoEntry: false });
  let db: Db | null = null;
  if (!wal || (walFile && shmFile)) {
    try {
      db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
      schemaVersion(db);
    } catch (err) {
      db?.close();
      db = null;
      if (!wal) throw new StoreError(file, `cannot open the database (${(err as Error).message})`);
    }
  }
  if (!db) {
    if (walFile && walFile.size > 0) {
      opts.onWarning?.(`${file}: changes in ${path.basename(file)}-wal not yet written to the database are not read (it cannot be opened in place)`);
    }
    db = snapshot(file);
  }
  try {
    checkMinutes(db, file);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    readSync(fd, header, 0, 100, 0);
    return header;
  } catch (err) {
    throw new StoreError(file, `cannot read the database (${(err as Error).message})`);
  } finally {
    closeSync(fd);
  }
}

/** The file's bytes as an in-memory, read-only database; read again if a writer changed it meanwhile. */
function snapshot(file: string): Db {
  const same = (a: Stats, b: Stats) => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = statSync(file);
    if (before.size > MAX_SNAPSHOT) {
      throw new StoreError(
        file,
        'is in WAL mode without its -wal file and too large to read from memory; ' +
          'any `minutes ingest` into it leaves it in rollback-journal mode, which can be read in place',
      );
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      throw new StoreError(file, `cannot read the database (${(err as Error).message})`);
    }
    if (!same(before, statSync(file))) continue;
    // In memory there is no -wal file: mark the copy as a rollback-journal database.
    bytes[18] = 1;
    bytes[19] = 1;
    return new Database(bytes, { readonly: true });
  }
  throw new StoreError(file, 'kept changing while being read; try again');
}

/** A minutes archive of this minutes' schema, or a one-line StoreError. */
function checkMinutes(db: Db, file: string): void {
  let version: number;
  let names: string[];
  try {
    version = schemaVersion(db);
    const hasLog = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
    names = hasLog ? (db.prepare('SELECT name FROM schema_migrations ORDER BY version').pluck().all() as string[]) : [];
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new StoreError(file, `${NOT_MINUTES} (${(err as Error).message})`);
    throw new StoreError(file, `cannot read the database (${(err as Error).message})`);
  }
  if (version > MIGRATIONS.length) {
    throw new StoreError(file, `the database has schema version ${version}, newer than this minutes knows (${MIGRATIONS.length})`);
  }
  const ours = MIGRATIONS.slice(0, version).map((m) => m.name);
  if (version === 0 || names.length !== version || names.some((n, i) => n !== ours[i])) {
    throw new StoreError(file, `${NOT_MINUTES} (an SQLite file without the tables \`minutes ingest\` makes)`);
  }
  // What is missing only makes reading faster (an index): read it as it is; the next `ingest` adds it.
  if (version < MIGRATIONS.length && MIGRATIONS.slice(version).some((m) => m.readersNeedNot !== true)) {
    throw new StoreError(file, `the database has schema version ${version}, older than this minutes (${MIGRATIONS.length}); \`minutes ingest\` into it upgrades it`);
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies the migrations not yet recorded, each in its own immediate transaction. */
export function migrate(db: Db): void {
  const current = schemaVersion(db);
  if (current > MIGRATIONS.length) {
    throw new StoreError(db.name, `the database has schema version ${current}, newer than this minutes knows (${MIGRATIONS.length})`);
  }
  for (let version = current + 1; version <= MIGRATIONS.length; version++) {
    const migration = MIGRATIONS[version - 1]!;
    const apply = db.transaction(() => {
      // Another process may have migrated while we waited for the lock.
      if (schemaVersion(db) >= version) return;
      migration.up(db);
      db.prepare('INSERT INTO schema_migrations (version, name, appliedAt) VALUES (?, ?, ?)').run(
        version,
        migration.name,
        new Date().toISOString(),
      );
      db.pragma(`user_version = ${version}`);
    });
    withRetry(() => apply.immediate());
  }
}

function isBusy(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === 'SQLITE_LOCKED';
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Runs `fn`, retrying while another connection holds the lock beyond the busy timeout. */
export function withRetry<T>(fn: () => T, attempts = 20): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return fn();
    } catch (err) {
      if (!isBusy(err) || attempt >= attempts) throw err;
      Atomics.wait(sleeper, 0, 0, 25 + Math.floor(Math.random() * 75 * attempt));
    }
  }
}
