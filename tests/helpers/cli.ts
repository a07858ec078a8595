/** Runs `main` with captured streams, as the binary would. */
import { main } from '../../src/cli/main.js';
import type { CliIO, Writer } from '../../src/cli/io.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string>;
  cwd?: string;
  tty?: boolean;
  /** Called on every write to stdout, while the command is still running (e.g. with its database open). */
  onStdout?(chunk: string): void;
}

export async function run(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const out: Writer = { write: (s: string) => (opts.onStdout?.(s), (stdout += s)), isTTY: opts.tty ?? false, columns: 100 };
  const err: Writer = { write: (s: string) => (stderr += s), isTTY: opts.tty ?? false, columns: 100 };
  const io: CliIO = { stdout: out, stderr: err, env: { NO_COLOR: '1', ...opts.env }, cwd: opts.cwd ?? process.cwd() };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
