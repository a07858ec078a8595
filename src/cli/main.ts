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
  checkCommand,
];

export const VERSION = '0.1.0';

/** Help on stdout; commander's own errors as `minutes: error: …` on stderr, like ours. */
function output(ctx: CommandContext) {
  return {
    writeOut: (s: string) => ctx.io.stdout.write(s),
    writeErr: (s: string) => ctx.io.stderr.write(s),
    outputError: (s: string, write: (s: string) => void) => write(`minutes: ${s}`),
  };
}

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command('minutes')
    .description('Turn Danish meeting minutes (referater), PDF or text, into structured, queryable data.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput(output(ctx))
    .exitOverride();
  for (const make of COMMANDS) {
    const cmd = make(ctx);
    cmd.exitOverride();
    cmd.configureOutput(output(ctx));
    cmd.showHelpAfterError('(run with --help for usage)');
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
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        return ExitCode.ok;
      }
      if (err.code === 'commander.executeSubCommandAsync') return ExitCode.internal;
      return ExitCode.usage;
    }
    printError(io, `internal error: ${err instanceof Error ? err.message : String(err)}`);
    return ExitCode.internal;
  }
  return exit;
}
