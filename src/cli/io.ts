/** The streams a command writes to; tests pass their own. */
export interface Writer {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIO {
  stdout: Writer;
  stderr: Writer;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function defaultIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Colour only on a terminal, and never when NO_COLOR is set. */
export function useColor(io: CliIO, stream: Writer = io.stderr): boolean {
  if (io.env.NO_COLOR != null && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR != null && io.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
