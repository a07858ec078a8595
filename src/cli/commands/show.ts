/** `minutes show ID|FILE`: one stored meeting document. */
import { Command, Option } from 'commander';
import { findMeetings, loadDocument } from '../../store/read.js';
import { dbOption, withDb } from '../db-option.js';
import { ExitCode } from '../exit-codes.js';
import { DOCUMENT_FORMATS, serialize, type DocumentFormat } from '../format.js';
import type { CommandContext } from '../main.js';
import { printError, printInfo } from '../report.js';

export function showCommand(ctx: CommandContext): Command {
  return new Command('show')
    .description('Print one meeting from the database as its meeting document.')
    .argument('<meeting>', 'a meeting id (as in query output), a SHA-256 (or its first 6+ hex digits), a file path (also of a copy of a stored file) or a file name')
    .addOption(new Option('-f, --format <format>', 'output format').choices(DOCUMENT_FORMATS).default('yaml'))
    .addOption(dbOption())
    .addHelpText(
      'after',
      `
Examples:
  $ minutes show 12
  $ minutes show 04538559
  $ minutes show referater/2023-01-26.pdf --format json`,
    )
    .action(async (ref: string, flags: { db?: string; format: DocumentFormat }) => {
      ctx.setExit(
        await withDb(ctx.io, flags.db, 'read', (db) => {
          const found = findMeetings(db, ref, ctx.io.cwd);
          if (found.length === 0) {
            printError(ctx.io, `${ref}: no such meeting in the database`);
            return ExitCode.noInput;
          }
          if (found.length > 1) {
            printError(ctx.io, `${ref}: matches ${found.length} meetings (ids ${found.map((m) => m.id).join(', ')}); give an id or a path`);
            return ExitCode.usage;
          }
          const meeting = found[0]!;
          if (meeting.byContent) printInfo(ctx.io, `${ref}: same bytes as ${meeting.path} (meeting ${meeting.id}), stored once under that path`);
          ctx.io.stdout.write(serialize(loadDocument(db, meeting.id), flags.format));
          return ExitCode.ok;
        }),
      );
    });
}
