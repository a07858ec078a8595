/** `minutes check DIR... [--update]`: golden fixtures, parsed and compared with their expected documents. */
import { Command } from 'commander';
import { checkOne, EXPECTED_SUFFIX, findGoldenInputs, writeExpected } from '../../check/golden.js';
import { formatDifference } from '../../check/diff.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import type { CommandContext } from '../main.js';
import { cannotWrite, printError, printInfo, printWarning } from '../report.js';

const MAX_SHOWN = 40;

export function checkCommand(ctx: CommandContext): Command {
  return new Command('check')
    .description(`Parse every file that has an expected document beside it (X${EXPECTED_SUFFIX}) and compare the two.`)
    .argument('<paths...>', 'directories (walked for X with X.expected.yaml) or files')
    .option('-u, --update', 'rewrite the expected files with what the parser gives now (review the change!)')
    .addHelpText(
      'after',
      `
The whole meeting document is compared, diagnostics included. Differences are
printed on stdout by path, e.g.

  fixtures/referat.txt: 1 difference from referat.txt.expected.yaml
  items[3].decision:
    - "Godkendt."
    + "Godkendt med bemærkninger."

Exit code 1 when any file differs or fails to parse, or when a directory given
has no file with an expected document beside it.

Examples:
  $ minutes check fixtures
  $ minutes check fixtures --update`,
    )
    .action(async (paths: string[], flags: { update?: boolean }) => {
      ctx.setExit(await runCheck(ctx.io, paths, flags.update === true));
    });
}

async function runCheck(io: CliIO, paths: string[], update: boolean): Promise<number> {
  const { inputs, missing, empty } = await findGoldenInputs(paths, io.cwd, (file, reason) => printWarning(io, `${file}: ${reason}; skipped`));
  for (const m of missing) printError(io, `${m}: does not exist`);
  if (missing.length > 0) return ExitCode.noInput;
  for (const dir of empty) printWarning(io, `${dir}: no files with ${EXPECTED_SUFFIX} beside them`);
  if (inputs.length === 0) return ExitCode.failed;
  let same = 0;
  let different = 0;
  let failed = 0;
  let updated = 0;
  for (const input of inputs) {
    const result = await checkOne(input);
    const expectedName = `${input.file.split(/[\\/]/).pop()}${EXPECTED_SUFFIX}`;
    if (result.status === 'same') {
      same++;
    } else if (result.status === 'failed') {
      failed++;
      printError(io, `${input.file}: ${result.message}`);
    } else if (update) {
      try {
        await writeExpected(input, result.document);
      } catch (err) {
        printError(io, cannotWrite(`${input.file}${EXPECTED_SUFFIX}`, err));
        return ExitCode.cannotWrite;
      }
      updated++;
      printInfo(io, `${input.file}: ${result.status === 'no-expected' ? 'wrote' : 'updated'} ${expectedName}`);
    } else if (result.status === 'no-expected') {
      failed++;
      printError(io, `${input.file}: has no ${expectedName}; run with --update to write it`);
    } else {
      different++;
      const n = result.differences.length;
      const lines = [`${input.file}: ${n} difference${n === 1 ? '' : 's'} from ${expectedName}`];
      if (result.schemaProblem) lines.push(`(the expected file does not match the schema: ${result.schemaProblem})`);
      for (const d of result.differences.slice(0, MAX_SHOWN)) lines.push(...formatDifference(d));
      if (n > MAX_SHOWN) lines.push(`… and ${n - MAX_SHOWN} more`);
      io.stdout.write(lines.join('\n') + '\n\n');
    }
  }
  const parts = [`${inputs.length} checked`, `${same} same`];
  if (different) parts.push(`${different} different`);
  if (updated) parts.push(`${updated} updated`);
  if (failed) parts.push(`${failed} failed`);
  printInfo(io, `check: ${parts.join(', ')}`);
  return different > 0 || failed > 0 || empty.length > 0 ? ExitCode.failed : ExitCode.ok;
}
