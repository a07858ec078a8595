/** `minutes stats`: meetings, items and outcomes per body and year. */
import { Command, Option } from 'commander';
import { Outcome } from '../../schema.js';
import { queryStats } from '../../query/stats.js';
import type { StatsRow } from '../../query/rows.js';
import { dbOption, withDb } from '../db-option.js';
import { ExitCode } from '../exit-codes.js';
import type { CommandContext } from '../main.js';
import { defaultRowFormat, ROW_FORMATS, writeRows, type Column, type RowFormat } from '../output.js';

const COLUMNS: Column<StatsRow>[] = [
  { header: 'body', value: (r) => r.body, wrap: 1 },
  { header: 'year', value: (r) => r.year },
  { header: 'meetings', value: (r) => r.meetings },
  { header: 'items', value: (r) => r.items },
  { header: 'decisions', value: (r) => r.decisions },
  ...Outcome.options.map((o): Column<StatsRow> => ({ header: o, value: (r) => r[o] })),
  { header: 'unknown', value: (r) => r.unknown },
];

export function statsCommand(ctx: CommandContext): Command {
  return new Command('stats')
    .description('Count meetings, items, decisions and outcomes per body and year.')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else json)').choices(ROW_FORMATS))
    .addOption(dbOption())
    .addHelpText(
      'after',
      `
"unknown" counts items whose outcome the parser could not tell.

Examples:
  $ minutes stats
  $ minutes stats --format csv > stats.csv`,
    )
    .action(async (flags: { db?: string; format?: RowFormat }) => {
      ctx.setExit(
        await withDb(ctx.io, flags.db, 'read', (db) => {
          writeRows(ctx.io, queryStats(db), flags.format ?? defaultRowFormat(ctx.io), COLUMNS);
          return ExitCode.ok;
        }),
      );
    });
}
