/** `minutes text FILE`: the extracted text in reading order, the view to debug extraction with. */
import path from 'node:path';
import { Command } from 'commander';
import { formatDiagnostic } from '../../diagnostics.js';
import type { Line } from '../../extract/types.js';
import { asFailure, readInput } from '../../input.js';
import { exitCodeFor, ExitCode } from '../exit-codes.js';
import { engineOption } from '../engine-option.js';
import type { EngineName } from '../../extract/engine.js';
import type { CliIO } from '../io.js';
import { failureLine, printError } from '../report.js';
import type { CommandContext } from '../main.js';

interface TextFlags {
  furniture: boolean;
  lines: boolean;
  engine: EngineName;
}

export function textCommand(ctx: CommandContext): Command {
  return new Command('text')
    .description('Print the text of a PDF, Word, HTML or text file in reading order, as the parser reads it, with page breaks marked.')
    .argument('<file>', 'a PDF, Word (.docx), HTML or text file')
    .option('--furniture', 'also print what was removed as page furniture (headers, footers, page numbers, sidebars)')
    .option('--lines', 'prefix every line with PAGE:LINE, the place diagnostics point to')
    .addOption(engineOption())
    .addHelpText(
      'after',
      `
Page breaks are marked by a line "--- page N ---". With --furniture, each
removed line is printed where its page is, as "[header] …", "[footer] …",
"[page-number] …" or "[sidebar] …". Damage found in a PDF (what pdf.js could
not read, text that came out as glyph codes) is printed on stderr as
FILE:pPAGE:lLINE: warning MESSAGE [CODE]. A Word document has no pages: its
lines are numbered by paragraph (-:LINE), and --furniture prints its headers
and footers first.

Examples:
  $ minutes text referat.pdf
  $ minutes text referat.pdf --furniture --lines | less`,
    )
    .action(async (file: string, flags: TextFlags) => {
      ctx.setExit(await runText(ctx.io, file, flags));
    });
}

async function runText(io: CliIO, file: string, flags: TextFlags): Promise<number> {
  let doc;
  try {
    const { extract } = await import('../../extract/index.js');
    doc = await extract(await readInput(path.resolve(io.cwd, file)), { engine: flags.engine, name: file });
  } catch (err) {
    const failure = asFailure(err);
    printError(io, failureLine(file, failure));
    return exitCodeFor(failure.code);
  }
  io.stdout.write(renderText(doc.lines, flags.furniture ? doc.furniture : [], flags.lines));
  for (const d of doc.diagnostics ?? []) io.stderr.write(`${formatDiagnostic(file, d)}\n`);
  return ExitCode.ok;
}

/** Lines with page markers, optional PAGE:LINE prefixes and the furniture of each page. */
export function renderText(lines: Line[], furniture: Line[], numbered: boolean): string {
  const out: string[] = [];
  const extra = new Map<number, Line[]>();
  // A document without pages (Word) has its headers and footers once: printed first.
  for (const f of furniture) if (f.page == null) out.push(`${numbered ? '-:-\t' : ''}[${f.furniture ?? 'furniture'}] ${f.text}`);
  for (const f of furniture) {
    if (f.page == null) continue;
    const list = extra.get(f.page ?? 0) ?? [];
    list.push(f);
    extra.set(f.page ?? 0, list);
  }
  let page: number | null | undefined;
  const prefix = (l: Line) => (numbered ? `${l.page ?? '-'}:${l.line}\t` : '');
  const startPage = (p: number | null) => {
    if (p == null) return;
    out.push(`--- page ${p} ---`);
    for (const f of extra.get(p) ?? []) out.push(`${numbered ? `${p}:-\t` : ''}[${f.furniture ?? 'furniture'}] ${f.text}`);
    extra.delete(p);
  };
  for (const l of lines) {
    if (l.page !== page) {
      // A page with no body text still shows its furniture.
      if (page != null && l.page != null) for (let p = page + 1; p < l.page; p++) if (extra.has(p)) startPage(p);
      page = l.page;
      startPage(page);
    }
    out.push(prefix(l) + l.text);
  }
  for (const p of [...extra.keys()].sort((a, b) => a - b)) startPage(p);
  return out.join('\n') + '\n';
}
