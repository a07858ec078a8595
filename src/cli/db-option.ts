/** `--db PATH` for the commands that use the archive, and opening it with one-line errors. */
import { Option } from 'commander';
import { openStore, resolveDbPath, StoreError, type Db } from '../store/db.js';
import { ExitCode } from './exit-codes.js';
import type { CliIO } from './io.js';
import { printError } from './report.js';

export function dbOption(): Option {
  return new Option('--db <path>', 'the database file (default: $MINUTES_DB, else ./minutes.db)');
}

/** Opens the database, or prints why not and returns the exit code. */
export function openDb(io: CliIO, flag: string | undefined, mustExist: boolean): Db | number {
  const file = resolveDbPath(flag, io.env, io.cwd);
  try {
    return openStore(file, { mustExist });
  } catch (err) {
    if (err instanceof StoreError) {
      printError(io, `${err.file}: ${err.message}`);
      return ExitCode.database;
    }
    throw err;
  }
}

/** Runs `fn` with an open database, closing it afterwards; database errors become one line and exit code 5. */
export async function withDb(io: CliIO, flag: string | undefined, mustExist: boolean, fn: (db: Db) => Promise<number> | number): Promise<number> {
  const db = openDb(io, flag, mustExist);
  if (typeof db === 'number') return db;
  try {
    return await fn(db);
  } catch (err) {
    if (err instanceof StoreError || (err as { code?: unknown }).code?.toString().startsWith('SQLITE_')) {
      printError(io, `${db.name}: database error (${(err as Error).message})`);
      return ExitCode.database;
    }
    throw err;
  } finally {
    db.close();
  }
}
