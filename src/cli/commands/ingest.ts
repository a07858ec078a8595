/** `minutes ingest FILE|DIR...`: documents into the archive, one transaction each. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { ingestibleList } from '../../store/files.js';
import { defaultJobs, ingest, type IngestSummary } from '../../store/ingest.js';
import { dbOption, withDb } from '../db-option.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import type { CommandContext } from '../main.js';
import { progressBar } from '../progress.js';
import { errorLine, failureLine, printError, printInfo } from '../report.js';

interface IngestFlags {
  db?: string;
  jobs: number;
  timeout: number;
  maxSize: number;
  quiet?: boolean;
}

export function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return Number(value);
}

export function ingestCommand(ctx: CommandContext): Command {
  return new Command('ingest')
    .description(`Parse minutes (files, or directories walked for ${ingestibleList()} files) and store them in the database.`)
    .argument('<paths...>', 'files or directories')
    .addOption(dbOption())
    .addOption(new Option('-j, --jobs <n>', 'documents read at once, each in a worker thread (another worker segments them)').argParser(positiveInt).default(defaultJobs(), 'the number of cores'))
    .addOption(new Option('--timeout <seconds>', 'give up on a document after this long').argParser(positiveInt).default(120))
    .addOption(new Option('--max-size <MB>', 'skip (and report) files larger than this').argParser(positiveInt).default(256))
    .option('-q, --quiet', 'no progress bar and no summary')
    .addHelpText(
      'after',
      `
A document already in the database (same SHA-256) is skipped without parsing; a
changed file at the same path replaces its earlier version. A bad file is
reported and skipped; the exit code is 1 when any file failed. An interrupted
run can simply be run again: it continues where it stopped.

Examples:
  $ minutes ingest referater/
  $ minutes ingest --db archive.db --jobs 4 2023/*.pdf`,
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      ctx.setExit(await withDb(ctx.io, flags.db, false, (db) => runIngest(ctx.io, db, paths, flags)));
    });
}

async function runIngest(io: CliIO, db: import('../../store/db.js').Db, paths: string[], flags: IngestFlags): Promise<number> {
  const started = Date.now();
  let progress = progressBar(io.stderr, 0);
  let stop = false;
  const onSigint = () => (stop = true);
  process.once('SIGINT', onSigint);
  const failures = new Map<string, number>();
  let summary: IngestSummary;
  try {
    summary = await ingest(db, paths, {
      cwd: io.cwd,
      jobs: flags.jobs,
      timeoutMs: flags.timeout * 1000,
      maxBytes: flags.maxSize * 1024 * 1024,
      stopped: () => stop,
      onJobsCapped: (requested, used) => printInfo(io, `--jobs ${requested} is more than this machine's ${used} cores can run at once; using ${used}`),
      onStart: (total) => {
        if (!flags.quiet) progress = progressBar(io.stderr, total, { pages: true });
      },
      onFile: (ev) => {
        if (ev.failure) {
          failures.set(ev.failure.code, (failures.get(ev.failure.code) ?? 0) + 1);
          progress.log(errorLine(io, failureLine(ev.input.file, ev.failure)));
        }
        progress.tick(ev.pages);
      },
    });
  } finally {
    process.off('SIGINT', onSigint);
    progress.done();
  }
  if (!flags.quiet) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const reasons = [...failures].map(([code, n]) => `${code} ${n}`).join(', ');
    printInfo(
      io,
      `${summary.ingested} ingested, ${summary.replaced} replaced, ${summary.unchanged} unchanged, ` +
        `${summary.failed} failed${reasons ? ` (${reasons})` : ''}; ${summary.pages} pages in ${seconds} s`,
    );
  }
  if (summary.interrupted) {
    printError(io, 'interrupted; run the same command again to continue where it stopped');
    return ExitCode.failed;
  }
  return summary.failed > 0 ? ExitCode.failed : ExitCode.ok;
}
