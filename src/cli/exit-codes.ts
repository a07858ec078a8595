/** Exit codes of the `minutes` command (documented in README.md). */
export const ExitCode = {
  /** Everything worked. */
  ok: 0,
  /** Some files failed in a batch, a directory given held nothing to take, or `check` found differences. */
  failed: 1,
  /** Bad command line: unknown option, missing argument, an output that would overwrite an input. */
  usage: 2,
  /** An input path does not exist, is a directory where a file was expected, or cannot be read. */
  noInput: 3,
  /** An input file is not something minutes can read: empty, binary, corrupt, encrypted, image-only, not minutes. */
  badInput: 4,
  /** The database could not be opened or written. */
  database: 5,
  /** An output file or directory could not be written (as sysexits' EX_CANTCREAT). */
  cannotWrite: 73,
  /** A bug in minutes. */
  internal: 70,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

import type { FailureCode } from '../diagnostics.js';

export function exitCodeFor(code: FailureCode): ExitCode {
  switch (code) {
    case 'not-found':
    case 'not-a-file':
    case 'unreadable':
      return ExitCode.noInput;
    case 'internal':
      return ExitCode.internal;
    default:
      return ExitCode.badInput;
  }
}
