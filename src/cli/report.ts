/** One-line messages on stderr: errors, warnings, progress. */
import chalk, { Chalk } from 'chalk';
import type { FileFailure } from '../diagnostics.js';
import { useColor, type CliIO } from './io.js';

function painter(io: CliIO): typeof chalk {
  return new Chalk({ level: useColor(io) ? 1 : 0 });
}

/** `minutes: FILE: problem; hint` — one line, no stack trace. */
export function failureLine(file: string, failure: FileFailure): string {
  return `${file}: ${failure.message}${failure.hint ? `; ${failure.hint}` : ''}`;
}

/** `OUT: cannot write (EACCES)`: an output file or directory that could not be written. */
export function cannotWrite(file: string, err: unknown, what = ''): string {
  const reason = (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
  return `${file}: cannot write${what ? ` ${what}` : ''} (${reason})`;
}

/** `minutes: error: message`, red on a terminal. */
export function errorLine(io: CliIO, message: string): string {
  return `${painter(io).red('minutes: error:')} ${message}`;
}

export function printError(io: CliIO, message: string): void {
  io.stderr.write(errorLine(io, message) + '\n');
}

/** `minutes: warning: message`, yellow on a terminal. */
export function warningLine(io: CliIO, message: string): string {
  return `${painter(io).yellow('minutes: warning:')} ${message}`;
}

export function printWarning(io: CliIO, message: string): void {
  io.stderr.write(warningLine(io, message) + '\n');
}

export function printInfo(io: CliIO, message: string): void {
  io.stderr.write(`minutes: ${message}\n`);
}
