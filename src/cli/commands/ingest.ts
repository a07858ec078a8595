/** `minutes ingest FILE|DIR...`: documents into the archive, one transaction each. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { INGESTIBLE_EXTENSIONS, ingestibleList } from '../../store/files.js';
import { defaultJobs, ingest, type IngestSummary } from '../../store/ingest.js';
import { dbOption, withDb } from '../db-option.js';
import { ExitCode } from '../exit-codes.js';
import { engineOption } from '../engine-option.js';
import type { EngineName } from '../../extract/engine.js';
import type { CliIO } from '../io.js';
import type { CommandContext } from '../main.js';
import { progressBar } from '../progress.js';
import { errorLine, failureLine, printError, printInfo, warningLine } from '../report.js';

interface IngestFlags {
  db?: string;
  jobs: number;
  timeout: number;
  maxSize: number;
  quiet?: boolean;
  engine: EngineName;
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
    .addOption(engineOption())
    .addHelpText(
      'after',
      `
A document already in the database (same SHA-256) is skipped without parsing; a
changed file at the same path replaces its earlier version; a file with the
bytes of another stored file is stored once, under the other's path (said on
stderr). Directories are walked following symbolic links, each folder once;
what a walk leaves out is a warning. A bad file is reported and skipped; the
exit code is 1 when any file failed or a directory given held no file to take.
An interrupted run can simply be run again: it continues where it stopped.

Examples:
  $ minutes ingest referater/
  $ minutes ingest --db archive.db --jobs 4 2023/*.pdf`,
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      const missing = await missingPaths(ctx.io.cwd, paths);
      for (const m of missing) printError(ctx.io, `${m}: does not exist`);
      if (missing.length > 0) return ctx.setExit(ExitCode.noInput);
      ctx.setExit(await withDb(ctx.io, flags.db, 'write', (db) => runIngest(ctx.io, db, paths, flags)));
    });
}

/**
 * Paths named on the command line that do not exist: a typo, reported before
 * anything is read or the database is touched (a bad file found in the batch
 * is that file's failure instead).
 */
async function missingPaths(cwd: string, paths: string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const p of paths) {
    try {
      await fs.stat(path.resolve(cwd, p));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') missing.push(p);
    }
  }
  return missing;
}

async function runIngest(io: CliIO, db: import('../../store/db.js').Db, paths: string[], flags: IngestFlags): Promise<number> {
  const started = Date.now();
  let progress = progressBar(io.stderr, 0);
  let stop = false;
  // Ctrl-C, and a polite kill (SIGTERM, as from `kill`, systemd or a container's stop), finish the documents in hand and stop.
  const onSignal = () => (stop = true);
  const signals = ['SIGINT', 'SIGTERM'] as const;
  for (const s of signals) process.once(s, onSignal);
  const failures = new Map<string, number>();
  let emptyDirs = 0;
  const shown = (file: string) => {
    const rel = path.relative(io.cwd, file);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  };
  let summary: IngestSummary;
  try {
    summary = await ingest(db, paths, {
      cwd: io.cwd,
      jobs: flags.jobs,
      timeoutMs: flags.timeout * 1000,
      maxBytes: flags.maxSize * 1024 * 1024,
      engine: flags.engine,
      stopped: () => stop,
      onJobsCapped: (requested, used) => printInfo(io, `--jobs ${requested} is more than this machine's ${used} cores can run at once; using ${used}`),
      onSkip: (file, reason) => progress.log(warningLine(io, `${file}: ${reason}; skipped`)),
      onEmpty: (dir) => {
        emptyDirs++;
        progress.log(warningLine(io, `${dir}: no ${INGESTIBLE_EXTENSIONS.map((e) => `.${e}`).join(', ').replace(/, ([^,]*)$/, ' or $1')} files in it`));
      },
      onStart: (total) => {
        if (!flags.quiet) progress = progressBar(io.stderr, total, { pages: true });
      },
      onFile: (ev) => {
        if (ev.failure) {
          failures.set(ev.failure.code, (failures.get(ev.failure.code) ?? 0) + 1);
          progress.log(errorLine(io, failureLine(ev.input.file, ev.failure)));
        }
        if (ev.sameAs && !flags.quiet) {
          const earlier = ev.status === 'replaced' ? '; the document stored for its earlier bytes is kept in history' : '';
          progress.log(`minutes: ${ev.input.file}: same bytes as ${shown(ev.sameAs.path)} (meeting ${ev.sameAs.id}), stored once under that path${earlier}`);
        }
        progress.tick(ev.pages);
      },
    });
  } finally {
    for (const s of signals) process.off(s, onSignal);
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
  return summary.failed > 0 || emptyDirs > 0 ? ExitCode.failed : ExitCode.ok;
}
