/** `minutes parse FILE`: one document to its meeting document on stdout. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { formatDiagnostic } from '../../diagnostics.js';
import { parseFile } from '../../pipeline.js';
import { exitCodeFor, ExitCode } from '../exit-codes.js';
import { DOCUMENT_FORMATS, serialize, type DocumentFormat } from '../format.js';
import type { CliIO } from '../io.js';
import { cannotWrite, failureLine, printError } from '../report.js';
import type { CommandContext } from '../main.js';

interface ParseFlags {
  format: DocumentFormat;
  output?: string;
  normalize: boolean;
  diagnostics: boolean;
}

export function parseCommand(ctx: CommandContext): Command {
  return new Command('parse')
    .description('Parse one minutes document (PDF or text) into the meeting document, validated against the schema.')
    .argument('<file>', 'a PDF or text file')
    .addOption(new Option('-f, --format <format>', 'output format').choices(DOCUMENT_FORMATS).default('json'))
    .option('-o, --output <file>', 'write the document to a file instead of stdout')
    .option('--no-normalize', 'keep the extracted text as it is (no OCR or encoding repair)')
    .option('--diagnostics', 'also print the diagnostics on stderr, one per line')
    .addHelpText(
      'after',
      `
Examples:
  $ minutes parse referat.pdf
  $ minutes parse referat.txt --format yaml
  $ minutes parse referat.pdf -o referat.json --diagnostics`,
    )
    .action(async (file: string, flags: ParseFlags) => {
      ctx.setExit(await runParse(ctx.io, file, flags));
    });
}

async function runParse(io: CliIO, file: string, flags: ParseFlags): Promise<number> {
  const result = await parseFile(path.resolve(io.cwd, file), { normalize: { disabled: !flags.normalize } });
  if (!result.ok) {
    printError(io, failureLine(file, result.failure));
    return exitCodeFor(result.failure.code);
  }
  const text = serialize(result.document, flags.format);
  if (flags.output) {
    try {
      await fs.writeFile(path.resolve(io.cwd, flags.output), text);
    } catch (err) {
      printError(io, cannotWrite(flags.output, err));
      return ExitCode.cannotWrite;
    }
  } else {
    io.stdout.write(text);
  }
  if (flags.diagnostics) {
    for (const d of result.document.diagnostics) io.stderr.write(formatDiagnostic(file, d) + '\n');
  }
  return ExitCode.ok;
}
