/** `minutes query`: agenda items and decisions across the archive. */
import { Command, Option } from 'commander';
import { QueryError } from '../../query/errors.js';
import { parseOutcomes, queryItems, type ItemFilters } from '../../query/items.js';
import type { ItemRow } from '../../query/rows.js';
import { dbOption, withDb } from '../db-option.js';
import { ExitCode } from '../exit-codes.js';
import type { CommandContext } from '../main.js';
import { defaultRowFormat, ROW_FORMATS, writeRows, type Column, type RowFormat } from '../output.js';
import { printError } from '../report.js';
import { positiveInt } from './ingest.js';

interface QueryFlags {
  db?: string;
  decision?: true | string;
  search?: string;
  body?: string;
  from?: string;
  to?: string;
  outcome?: string;
  type?: string;
  closed?: boolean;
  person?: string;
  limit?: number;
  format?: RowFormat;
}

export const ITEM_COLUMNS: Column<ItemRow>[] = [
  { header: 'date', value: (r) => r.date },
  { header: 'body', value: (r) => r.body, wrap: 2 },
  { header: 'number', value: (r) => r.number },
  { header: 'title', value: (r) => r.title, wrap: 3 },
  { header: 'outcome', value: (r) => r.outcome },
  { header: 'decision', value: (r) => r.decision, wrap: 5 },
  { header: 'file', value: (r) => r.file, wrap: 2 },
  { header: 'pages', value: (r) => (r.pages ? (r.pages.start === r.pages.end ? `${r.pages.start}` : `${r.pages.start}-${r.pages.end}`) : null) },
  // Last, so that the columns before keep their places; the id `minutes show` takes.
  { header: 'meetingId', value: (r) => r.meetingId },
];

export function queryCommand(ctx: CommandContext): Command {
  return new Command('query')
    .description('List agenda items, or only decisions, across the database.')
    .option('--decision [text]', 'only items with a recorded decision (and, with text, whose decision matches it)')
    .option('-s, --search <expr>', 'full-text search in titles, section texts and decisions: words, "phrases", prefix*, AND, OR, NOT, ( )')
    .option('--body <name>', 'meetings of bodies whose name contains this (any case)')
    .option('--from <date>', 'meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'meetings on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--outcome <list>', 'outcomes, comma-separated: approved, noted, discussed, referred, postponed, rejected, none, or unknown (not told)')
    .option('--type <type>', 'item types containing this (e.g. orientering, drøftelse)')
    .option('--closed', 'only closed items')
    .option('--no-closed', 'only open items')
    .option('--person <name>', 'meetings this person attended or sent apologies to')
    .addOption(new Option('-n, --limit <n>', 'at most this many rows').argParser(positiveInt))
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else json)').choices(ROW_FORMATS))
    .addOption(dbOption())
    .addHelpText(
      'after',
      `
Rows are ordered by meeting date, then by their place in the meeting.

Examples:
  $ minutes query --decision --search IPS --from 2021
  $ minutes query --decision --body "Aarhus Byråd" --outcome approved,rejected --format csv
  $ minutes query --person "Mette Heidemann" --format json`,
    )
    .action(async (flags: QueryFlags) => {
      ctx.setExit(
        await withDb(ctx.io, flags.db, 'read', (db) => {
          try {
            const filters: ItemFilters = {
              decisionsOnly: flags.decision !== undefined,
              ...(typeof flags.decision === 'string' ? { decisionText: flags.decision } : {}),
              ...(flags.search !== undefined ? { search: flags.search } : {}),
              ...(flags.body !== undefined ? { body: flags.body } : {}),
              ...(flags.from !== undefined ? { from: flags.from } : {}),
              ...(flags.to !== undefined ? { to: flags.to } : {}),
              ...(flags.outcome !== undefined ? { outcome: parseOutcomes(flags.outcome) } : {}),
              ...(flags.type !== undefined ? { type: flags.type } : {}),
              ...(flags.closed !== undefined ? { closed: flags.closed } : {}),
              ...(flags.person !== undefined ? { person: flags.person } : {}),
              ...(flags.limit !== undefined ? { limit: flags.limit } : {}),
            };
            const rows = queryItems(db, filters);
            writeRows(ctx.io, rows, flags.format ?? defaultRowFormat(ctx.io), ITEM_COLUMNS);
            return ExitCode.ok;
          } catch (err) {
            if (err instanceof QueryError) {
              printError(ctx.io, err.message);
              return ExitCode.usage;
            }
            throw err;
          }
        }),
      );
    });
}
