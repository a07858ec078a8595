/**
 * Opening the archive: SQLite through better-sqlite3, WAL, foreign keys, a busy
 * timeout and a retry for the moments another process holds the write lock.
 */
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
