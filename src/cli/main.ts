/**
 * The `minutes` command line: a thin layer over the pipeline. `main` takes the
 * arguments and the streams and returns the exit code; it never exits itself.
 */
import { Command, CommanderError } from 'commander';
import { checkCommand } from './commands/check.js';
import { ingestCommand } from './commands/ingest.js';
import { normalizeCommand } from './commands/normalize.js';
import { parseCommand } from './commands/parse.js';
import { queryCommand } from './commands/query.js';
import { serveCommand } from './commands/serve.js';
import { showCommand } from './commands/show.js';
import { statsCommand } from './commands/stats.js';
import { textCommand } from './commands/text.js';
import { ExitCode } from './exit-codes.js';
import { defaultIO, type CliIO } from './io.js';
import { printError } from './report.js';

export interface CommandContext {
  io: CliIO;
  setExit(code: number): void;
}

/** Every subcommand, in the order `--help` lists them. */
const COMMANDS: ((ctx: CommandContext) => Command)[] = [
  parseCommand,
  textCommand,
  normalizeCommand,
  ingestCommand,
  queryCommand,
  showCommand,
  statsCommand,
  serveCommand,
  checkCommand,
];

export const VERSION = '0.1.0';

/**
 * Help on stdout; commander's own errors as one line `minutes: error: …; see
 * minutes CMD --help` on stderr, like ours (a suggestion such as "(Did you
 * mean parse?)" joins the line).
 */
function output(ctx: CommandContext, command?: string) {
  const help = `minutes${command ? ` ${command}` : ''} --help`;
  return {
    writeOut: (s: string) => ctx.io.stdout.write(s),
    writeErr: (s: string) => ctx.io.stderr.write(s),
    outputError: (s: string, write: (s: string) => void) => write(`minutes: ${s.trim().split(/\s*\n\s*/).join(' ')}; see ${help}\n`),
  };
}

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command('minutes')
    .description('Turn Danish meeting minutes (referater), PDF, Word, web page or text, into structured, queryable data.')
    .version(VERSION)
    .configureOutput(output(ctx))
    .exitOverride();
  for (const make of COMMANDS) {
    const cmd = make(ctx);
    cmd.exitOverride();
    cmd.configureOutput(output(ctx, cmd.name()));
    program.addCommand(cmd);
  }
  return program;
}

export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  let exit: number = ExitCode.ok;
  const ctx: CommandContext = { io, setExit: (code) => (exit = code) };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return ExitCode.ok;
      // Help shown on stderr because something was missing (`minutes` with no command) is a usage error.
      if (err.code === 'commander.help') return err.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
      if (err.code === 'commander.executeSubCommandAsync') return ExitCode.internal;
      return ExitCode.usage;
    }
    printError(io, `internal error: ${err instanceof Error ? err.message : String(err)}`);
    return ExitCode.internal;
  }
  return exit;
}
