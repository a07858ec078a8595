/** `--db PATH` for the commands that use the archive, and opening it with one-line errors. */
import { Option } from 'commander';
import { closeStore, openStore, openStoreReadOnly, resolveDbPath, StoreError, type Db } from '../store/db.js';
import { ExitCode } from './exit-codes.js';
import type { CliIO } from './io.js';
import { printError, printWarning } from './report.js';

export function dbOption(): Option {
  return new Option('--db <path>', 'the database file (default: $MINUTES_DB, else ./minutes.db)');
}

/** `read`: an existing archive, opened so that nothing is ever written; `write`: created when missing. */
export type DbMode = 'read' | 'write';

/** Runs `fn` with an open database, closing it afterwards; database errors become one line and exit code 5. */
export async function withDb(io: CliIO, flag: string | undefined, mode: DbMode, fn: (db: Db) => Promise<number> | number): Promise<number> {
  const file = resolveDbPath(flag, io.env, io.cwd);
  let db: Db;
  try {
    db = mode === 'read' ? openStoreReadOnly(file, { onWarning: (m) => printWarning(io, m) }) : openStore(file);
  } catch (err) {
    if (err instanceof StoreError) {
      printError(io, `${err.file}: ${err.message}`);
      return ExitCode.database;
    }
    throw err;
  }
  try {
    return await fn(db);
  } catch (err) {
    if (err instanceof StoreError || (err as { code?: unknown }).code?.toString().startsWith('SQLITE_')) {
      printError(io, `${file}: database error (${(err as Error).message})`);
      return ExitCode.database;
    }
    throw err;
  } finally {
    if (mode === 'write') closeStore(db);
    else db.close();
  }
}
