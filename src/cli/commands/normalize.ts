/**
 * `minutes normalize FILE` prints the repaired text; `minutes normalize DIR...
 * --out DIR` repairs a whole archive into a mirrored tree of `.txt` files with
 * a JSON report, going on past bad files.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { FileFailure } from '../../diagnostics.js';
import type { NormalizedDocument } from '../../normalize/index.js';
import { asFailure, readInput } from '../../input.js';
import { exitCodeFor, ExitCode } from '../exit-codes.js';
import { engineOption } from '../engine-option.js';
import type { EngineName } from '../../extract/engine.js';
import type { CliIO } from '../io.js';
import { progressBar } from '../progress.js';
import { fileId, isWithin, realPath } from '../paths.js';
import { cannotWrite, errorLine, failureLine, printError, printInfo } from '../report.js';
import type { CommandContext } from '../main.js';

interface NormalizeFlags {
  out?: string;
  explain?: boolean;
  dryRun?: boolean;
  report?: string;
  progress: boolean;
  engine: EngineName;
}

export function normalizeCommand(ctx: CommandContext): Command {
  return new Command('normalize')
    .description('Repair OCR and encoding damage (lost æ, ø, å; mojibake; Windows-1252) and print the repaired text.')
    .argument('<paths...>', 'a PDF, Word, HTML or text file, or with --out, files and directories')
    .option('-o, --out <dir>', 'repair every file under the given paths into DIR (outside them), mirroring the tree as .txt files (x.pdf to x.pdf.txt)')
    .option('--explain', 'list every repair (original, repair, reason, page, line) on stderr')
    .option('--dry-run', 'with --out: report what would be repaired without writing text files')
    .option('--report <file>', 'with --out: where to write the JSON report, outside the inputs (default DIR/normalize-report.json)')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .addOption(engineOption())
    .addHelpText(
      'after',
      `
Examples:
  $ minutes normalize scan.pdf > scan.txt
  $ minutes normalize referat.txt --explain
  $ minutes normalize archive/ --out repaired/
  $ minutes normalize archive/ --out repaired/ --dry-run`,
    )
    .action(async (paths: string[], flags: NormalizeFlags) => {
      const batchOnly = [flags.dryRun ? '--dry-run' : null, flags.report !== undefined ? '--report' : null].filter(Boolean);
      if (!flags.out && batchOnly.length > 0) {
        printError(ctx.io, `${batchOnly.join(' and ')} ${batchOnly.length > 1 ? 'go' : 'goes'} with --out DIR; one file's repairs are listed by --explain`);
        return ctx.setExit(ExitCode.usage);
      }
      ctx.setExit(flags.out ? await runBatch(ctx.io, paths, flags.out, flags) : await runOne(ctx.io, paths, flags));
    });
}

function text(doc: NormalizedDocument): string {
  const out: string[] = [];
  let page: number | null = doc.lines[0]?.page ?? null;
  for (const l of doc.lines) {
    if (doc.format === 'pdf' && l.page !== page) out.push('\f');
    page = l.page;
    out.push(l.text);
  }
  return out.join('\n').replace(/\n\f\n/g, '\n\f') + '\n';
}

function explain(io: CliIO, file: string, doc: NormalizedDocument): void {
  for (const r of doc.repairs) {
    const where = [file, r.page != null ? `p${r.page}` : null, `l${r.line}`].filter(Boolean).join(':');
    io.stderr.write(`${where}: ${r.original} → ${r.repaired} (${r.reason})\n`);
  }
  for (const d of doc.diagnostics) {
    const where = [file, d.page != null ? `p${d.page}` : null, d.line != null ? `l${d.line}` : null].filter(Boolean).join(':');
    io.stderr.write(`${where}: ${d.severity} ${d.message} [${d.code}]\n`);
  }
  io.stderr.write(`${file}: ${doc.repairs.length} repair${doc.repairs.length === 1 ? '' : 's'}, encoding ${doc.encoding ?? 'pdf'}, OCR damage ${doc.ocrDamage ? 'yes' : 'no'}\n`);
}

async function runOne(io: CliIO, paths: string[], flags: NormalizeFlags): Promise<number> {
  if (paths.length !== 1) {
    printError(io, 'give one file, or use --out DIR to normalize several files or directories');
    return ExitCode.usage;
  }
  const file = paths[0]!;
  try {
    const { readLines } = await import('../../pipeline.js');
    const doc = await readLines(await readInput(path.resolve(io.cwd, file)), { engine: flags.engine }, file);
    io.stdout.write(text(doc));
    if (flags.explain) explain(io, file, doc);
    return ExitCode.ok;
  } catch (err) {
    let failure = asFailure(err);
    if (failure.code === 'not-a-file' && (await isDirectory(path.resolve(io.cwd, file)))) {
      failure = new FileFailure(failure.code, failure.message, `to normalize every file under it, give --out DIR`);
    }
    printError(io, failureLine(file, failure));
    return exitCodeFor(failure.code);
  }
}

async function isDirectory(p: string): Promise<boolean> {
  return (await fs.stat(p).catch(() => null))?.isDirectory() === true;
}

interface ReportEntry {
  file: string;
  output: string | null;
  ok: boolean;
  encoding: string | null;
  ocrDamage: boolean;
  damageShare: number;
  confusions: Record<string, number>;
  mojibake: boolean;
  repairs: number;
  uncertain: number;
  failure: { code: string; message: string } | null;
}

const INPUT = /\.(pdf|docx|html|htm|txt|text)$/i;

/** Every input file under the paths, each with the path it gets under --out. */
async function collect(io: CliIO, paths: string[]): Promise<{ file: string; rel: string }[]> {
  const out: { file: string; rel: string }[] = [];
  for (const p of paths) {
    const abs = path.resolve(io.cwd, p);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch {
      out.push({ file: p, rel: path.basename(p) });
      continue;
    }
    if (!stat.isDirectory()) {
      out.push({ file: p, rel: path.basename(p) });
      continue;
    }
    const entries = await fs.readdir(abs, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((e) => e.isFile() && INPUT.test(e.name))
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    const base = paths.length > 1 ? path.basename(abs) : '';
    for (const f of files) out.push({ file: path.join(p, path.relative(abs, f)), rel: path.join(base, path.relative(abs, f)) });
  }
  return out;
}

/** The input files and folders of a batch, which it must never write to. */
interface InputSet {
  /** The input folders as given, with their real paths. */
  dirs: { arg: string; real: string }[];
  /** Real paths of the input files. */
  files: Set<string>;
  /** Device and inode of the input files, to see hard links. */
  ids: Set<string>;
}

async function inputSet(io: CliIO, paths: string[], inputs: { file: string }[]): Promise<InputSet> {
  const set: InputSet = { dirs: [], files: new Set(), ids: new Set() };
  for (const p of paths) {
    const abs = path.resolve(io.cwd, p);
    if ((await fs.stat(abs).catch(() => null))?.isDirectory()) set.dirs.push({ arg: p, real: await fs.realpath(abs) });
  }
  for (const { file } of inputs) {
    const abs = path.resolve(io.cwd, file);
    const stat = await fs.stat(abs).catch(() => null);
    if (!stat) continue;
    set.ids.add(fileId(stat));
    set.files.add(await fs.realpath(abs));
  }
  return set;
}

/** Why writing `target` would touch an input, or null when it would not. */
async function touchesInput(target: string, inputs: InputSet): Promise<string | null> {
  const real = await realPath(target);
  const dir = inputs.dirs.find((d) => isWithin(real, d.real));
  if (dir) return `is inside the input folder ${dir.arg}`;
  const stat = await fs.stat(target).catch(() => null);
  if (inputs.files.has(real) || (stat && inputs.ids.has(fileId(stat)))) return 'is an input file';
  return null;
}

/**
 * The name of a file's repaired text: its own name for a .txt, else the name
 * with .txt added (x.pdf → x.pdf.txt), so that x.pdf and x.txt side by side
 * both keep theirs.
 */
const textName = (rel: string): string => (/\.txt$/i.test(rel) ? rel : rel + '.txt');

async function runBatch(io: CliIO, paths: string[], outDir: string, flags: NormalizeFlags): Promise<number> {
  const outRoot = path.resolve(io.cwd, outDir);
  const reportName = flags.report ?? path.join(outDir, 'normalize-report.json');
  const reportPath = path.resolve(io.cwd, reportName);
  const inputs = await collect(io, paths);
  const guard = await inputSet(io, paths, inputs);
  for (const dir of guard.dirs) {
    // Where the folder's files go: the output folder itself, or with several paths a folder of its name in it.
    const dest = paths.length > 1 ? path.join(outRoot, path.basename(path.resolve(io.cwd, dir.arg))) : outRoot;
    const destReal = await realPath(dest);
    if (!isWithin(destReal, dir.real)) continue;
    const where = dest === outRoot ? 'is' : `would put its files in ${path.join(outDir, path.relative(outRoot, dest))}, which is`;
    printError(io, `--out ${outDir}: ${where}${destReal === dir.real ? '' : ' inside'} the input folder ${dir.arg}; give an output folder outside the inputs`);
    return ExitCode.usage;
  }
  const reportProblem = await touchesInput(reportPath, guard);
  if (reportProblem) {
    printError(io, `--report ${reportName}: ${reportProblem}; give a report file outside the inputs`);
    return ExitCode.usage;
  }
  const entries: ReportEntry[] = [];
  /** Each output path taken so far, and by which file; the report's is taken from the start. */
  const taken = new Map<string, string>([[reportPath, 'the report']]);
  /** The files written so far (device and inode), to see two names of one file on a case-insensitive disk. */
  const written = new Map<string, string>();
  // An output that cannot be written is no input file's fault: it ends the batch (before any reading, when it is --out itself).
  if (!flags.dryRun) {
    try {
      await fs.mkdir(outRoot, { recursive: true });
    } catch (err) {
      printError(io, cannotWrite(outDir, err));
      return ExitCode.cannotWrite;
    }
  }
  const bar = flags.progress ? progressBar(io.stderr, inputs.length, { label: true }) : progressBar({ write: (s) => io.stderr.write(s) }, 0);
  const fail = (file: string, failure: { code: string; message: string; hint?: string | null }) => {
    bar.log(errorLine(io, `${file}: ${failure.message}${failure.hint ? `; ${failure.hint}` : ''}`));
    entries.push({
      file, output: null, ok: false, encoding: null, ocrDamage: false, damageShare: 0, confusions: {},
      mojibake: false, repairs: 0, uncertain: 0, failure: { code: failure.code, message: failure.message },
    });
  };
  for (const { file, rel } of inputs) {
    const target = path.join(outRoot, textName(rel));
    const output = path.join(outDir, path.relative(outRoot, target));
    try {
      const problem = await touchesInput(target, guard);
      if (problem) {
        fail(file, { code: 'output-is-input', message: `its output ${output} ${problem}; not written` });
        continue;
      }
      const stat = await fs.stat(target).catch(() => null);
      const before = taken.get(target) ?? (stat ? written.get(fileId(stat)) : undefined);
      if (before) {
        fail(file, { code: 'output-clash', message: `its output ${output} is the output of ${before}; not written` });
        continue;
      }
      const { readLines } = await import('../../pipeline.js');
      const doc = await readLines(await readInput(path.resolve(io.cwd, file)), { engine: flags.engine }, file);
      taken.set(target, file);
      if (!flags.dryRun) {
        try {
          await fs.mkdir(path.dirname(target), { recursive: true });
          await fs.writeFile(target, text(doc));
        } catch (err) {
          bar.done();
          printError(io, cannotWrite(path.join(outDir, path.relative(outRoot, target)), err));
          return ExitCode.cannotWrite;
        }
        written.set(fileId(await fs.stat(target)), file);
      }
      if (flags.explain) explain(io, file, doc);
      entries.push({
        file,
        output: flags.dryRun ? null : output,
        ok: true,
        encoding: doc.encoding,
        ocrDamage: doc.ocrDamage,
        damageShare: doc.damage?.share ?? 0,
        confusions: doc.damage?.confusions ?? {},
        mojibake: doc.damage?.mojibake ?? false,
        repairs: doc.repairs.length,
        uncertain: doc.diagnostics.filter((d) => d.code === 'ocr-uncertain').length,
        failure: null,
      });
    } catch (err) {
      fail(file, asFailure(err));
    } finally {
      bar.tick(0, file);
    }
  }
  bar.done();
  const failed = entries.filter((e) => !e.ok).length;
  const report = {
    files: entries.length,
    failed,
    repaired: entries.filter((e) => e.repairs > 0).length,
    repairs: entries.reduce((n, e) => n + e.repairs, 0),
    dryRun: flags.dryRun === true,
    entries,
  };
  try {
    await fs.mkdir(path.dirname(reportPath), { recursive: true });
    await fs.writeFile(reportPath, JSON.stringify(report, null, 2) + '\n');
  } catch (err) {
    printError(io, cannotWrite(reportPath, err, 'the report'));
    return ExitCode.cannotWrite;
  }
  printInfo(
    io,
    `normalized ${entries.length - failed} of ${entries.length} file${entries.length === 1 ? '' : 's'}, ${report.repairs} repairs${failed ? `, ${failed} failed` : ''}; report: ${reportName}`,
  );
  return failed > 0 ? ExitCode.failed : ExitCode.ok;
}
