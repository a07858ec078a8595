/** `minutes parse FILE`: one document to its meeting document on stdout. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { formatDiagnostic } from '../../diagnostics.js';
import { exitCodeFor, ExitCode } from '../exit-codes.js';
import { DOCUMENT_FORMATS, serialize, type DocumentFormat } from '../format.js';
import { engineOption } from '../engine-option.js';
import type { EngineName } from '../../extract/engine.js';
import type { CliIO } from '../io.js';
import { sameFile } from '../paths.js';
import { cannotWrite, failureLine, printError, printWarning } from '../report.js';
import type { CommandContext } from '../main.js';

interface ParseFlags {
  format?: DocumentFormat;
  output?: string;
  normalize: boolean;
  diagnostics: boolean;
  engine: EngineName;
}

export function parseCommand(ctx: CommandContext): Command {
  return new Command('parse')
    .description('Parse one minutes document (PDF, Word, web page or text) into the meeting document, validated against the schema.')
    .argument('<file>', 'a PDF, Word (.docx), HTML or text file')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: json, or yaml when --output ends in .yaml or .yml)').choices(
        DOCUMENT_FORMATS,
      ),
    )
    .option('-o, --output <file>', 'write the document to a file instead of stdout (never over the input)')
    .option('--no-normalize', 'keep the extracted text as it is (no OCR or encoding repair)')
    .option('--diagnostics', 'also print the diagnostics on stderr, one per line')
    .addOption(engineOption())
    .addHelpText(
      'after',
      `
Examples:
  $ minutes parse referat.pdf
  $ minutes parse referat.txt --format yaml
  $ minutes parse referat.pdf -o referat.json --diagnostics
  $ minutes parse referat.pdf -o referat.yaml`,
    )
    .action(async (file: string, flags: ParseFlags) => {
      ctx.setExit(await runParse(ctx.io, file, flags));
    });
}

/** The format a file name asks for: YAML for .yaml and .yml, JSON for .json. */
function formatOfName(file: string): DocumentFormat | null {
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  if (/\.json$/i.test(file)) return 'json';
  return null;
}

async function runParse(io: CliIO, file: string, flags: ParseFlags): Promise<number> {
  const input = path.resolve(io.cwd, file);
  if (flags.output && (await sameFile(input, path.resolve(io.cwd, flags.output)))) {
    printError(io, `${flags.output}: is the input file; parse never writes over its input (give another --output)`);
    return ExitCode.usage;
  }
  const named = flags.output ? formatOfName(flags.output) : null;
  const format = flags.format ?? named ?? 'json';
  const { parseFile } = await import('../../pipeline.js');
  const result = await parseFile(input, { normalize: { disabled: !flags.normalize }, engine: flags.engine });
  if (!result.ok) {
    printError(io, failureLine(file, result.failure));
    return exitCodeFor(result.failure.code);
  }
  const text = serialize(result.document, format);
  if (flags.output) {
    try {
      await fs.writeFile(path.resolve(io.cwd, flags.output), text);
    } catch (err) {
      printError(io, cannotWrite(flags.output, err));
      return ExitCode.cannotWrite;
    }
    if (named && named !== format) {
      printWarning(io, `${flags.output}: written as ${format.toUpperCase()}, as --format ${format} asks, though the name says ${named.toUpperCase()}`);
    }
  } else {
    io.stdout.write(text);
  }
  if (flags.diagnostics) {
    for (const d of result.document.diagnostics) io.stderr.write(formatDiagnostic(file, d) + '\n');
  }
  return ExitCode.ok;
}
