/**
 * The README's examples show real output: every block marked
 * `<!-- example: NAME -->` is run, in the README's order, and what the
 * commands print is compared with what the README shows (as sqlite-utils
 * tests its documentation).
 *
 * How a block is read:
 * - a line starting with `$ ` is a command; the lines up to the next command
 *   are its output, stdout then stderr (what a terminal shows when the
 *   command prints its errors last, as these do);
 * - a command is split into words as a shell splits plain words and 'single'
 *   or "double" quoted ones (a quote left open goes on over the next lines);
 *   a `# comment` after it is dropped, and `> FILE` sends stdout to FILE;
 * - `minutes …` runs the command in this process (tests/helpers/cli.ts);
 *   `sqlite3 DB SQL` runs SQL on the database and prints its rows as the
 *   sqlite3 shell does by default (columns joined by `|`, NULL as nothing);
 * - a last output line `…` means the output goes on: what is shown must be
 *   its beginning.
 *
 * All blocks run in one temporary directory holding `fixtures`, `tests/data`
 * and `eval` (links to the repository's), so the database one example makes
 * (`minutes ingest fixtures`) is there for the next. What varies from run to
 * run is normalised on both sides before comparing: durations (`in 5.0 s`),
 * and meeting ids, which follow the order in which parallel workers finish.
 * CSV rows end in CR LF (RFC 4180), which a README cannot show: line ends are
 * compared as LF.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

const root = path.resolve(__dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

interface Step {
  command: string;
  output: string[];
}

interface Example {
  name: string;
  steps: Step[];
}

const MARKED = /<!-- example: ([\w-]+) -->\n```console\n([\s\S]*?)```/g;

function examples(): Example[] {
  return [...readme.matchAll(MARKED)].map((m) => ({ name: m[1]!, steps: steps(m[2]!) }));
}

function steps(body: string): Step[] {
  const out: Step[] = [];
  const lines = body.replace(/\n$/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('$ ')) {
      let command = line.slice(2);
      while (openQuote(command) && i + 1 < lines.length) command += `\n${lines[++i]}`;
      out.push({ command, output: [] });
    } else {
      expect(out.length, `output before the first command: ${line}`).toBeGreaterThan(0);
      out.at(-1)!.output.push(line);
    }
  }
  return out;
}

function openQuote(command: string): boolean {
  return words(command) === null;
}

/** Shell words of a command; null while a quote is open. */
function words(command: string): string[] | null {
  const out: string[] = [];
  let word: string | null = null;
  let quote: string | null = null;
  for (const ch of command) {
    if (quote) {
      if (ch === quote) quote = null;
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      word ??= '';
    } else if (/\s/.test(ch)) {
      if (word !== null) out.push(word);
      word = null;
    } else if (ch === '#' && word === null) {
      break;
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (quote) return null;
  if (word !== null) out.push(word);
  return out;
}

/** What varies from run to run (see the head of this file). */
function normalise(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(/\bin \d+(?:\.\d+)? s\b/g, 'in N s')
    .replace(/"meetingId": \d+/g, '"meetingId": N')
    // A CSV row ends in its meetingId.
    .replace(/^(\d{4}-\d{2}-\d{2},.*),\d+$/gm, '$1,N');
}

let tmp: string;

beforeAll(() => {
  tmp = tempDir('readme');
  symlinkSync(path.join(root, 'fixtures'), path.join(tmp, 'fixtures'));
  symlinkSync(path.join(root, 'eval'), path.join(tmp, 'eval'));
  mkdirSync(path.join(tmp, 'tests'));
  symlinkSync(path.join(root, 'tests', 'data'), path.join(tmp, 'tests', 'data'));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

async function execute(command: string): Promise<string> {
  const argv = words(command)!;
  let target: string | null = null;
  const redirect = argv.indexOf('>');
  if (redirect >= 0) {
    target = argv[redirect + 1]!;
    argv.splice(redirect, 2);
  }
  const [program, ...args] = argv;
  let stdout: string;
  let stderr = '';
  if (program === 'minutes') {
    const r = await run(args, { cwd: tmp });
    stdout = r.stdout;
    stderr = r.stderr;
  } else if (program === 'sqlite3') {
    const db = new Database(path.join(tmp, args[0]!), { readonly: true });
    try {
      const rows = db.prepare(args[1]!).raw().all() as unknown[][];
      stdout = rows.map((r) => `${r.map((v) => (v === null ? '' : String(v))).join('|')}\n`).join('');
    } finally {
      db.close();
    }
  } else {
    throw new Error(`the README's examples run minutes and sqlite3 only, not ${program}`);
  }
  if (target !== null) {
    writeFileSync(path.join(tmp, target), stdout);
    stdout = '';
  }
  return stdout + stderr;
}

describe('README', () => {
  const all = examples();

  it('marks its examples: every console block is run, and every block that shows a command with its output is a console block', () => {
    expect(all.map((e) => e.name)).toContain('parse-004');
    const consoleBlocks = readme.match(/^```console$/gm) ?? [];
    expect(all).toHaveLength(consoleBlocks.length);
    for (const [, lang, body] of readme.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)) {
      if (/^\$ /m.test(body!)) expect(lang, body).toBe('console');
    }
    expect(new Set(all.map((e) => e.name)).size).toBe(all.length);
  });

  for (const example of examples()) {
    it(`example ${example.name}: the commands print what the README shows`, async () => {
      for (const step of example.steps) {
        const actual = normalise(await execute(step.command));
        const goesOn = step.output.at(-1) === '…';
        const shown = normalise((goesOn ? step.output.slice(0, -1) : step.output).map((l) => `${l}\n`).join(''));
        if (goesOn) expect(actual.slice(0, shown.length), `$ ${step.command}`).toBe(shown);
        else expect(actual, `$ ${step.command}`).toBe(shown);
      }
    });
  }

  it('names only paths of the project that exist (placeholders such as fixtures/X aside)', () => {
    const named = [...readme.matchAll(/`((?:src|scripts|docs|tests|schemas|eval|fixtures|bin|\.ci)\/[^`\s]*)`/g)].map((m) => m[1]!);
    expect(named).toContain('docs/contract.md');
    const missing = named.filter((p) => !/\/X\b/.test(p) && !existsSync(path.join(root, p)));
    expect(missing).toEqual([]);
  });

  it('documents every exit code the CLI defines', async () => {
    const { ExitCode } = await import('../src/cli/exit-codes.js');
    for (const code of Object.values(ExitCode)) expect(readme).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
  });

  it('tells what to do about the approval npm asks for install scripts, and package.json approves every dependency that has one', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
    const scripted = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([where]) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(scripted).toContain('better-sqlite3');
    for (const name of scripted) {
      expect(pkg.allowScripts?.[name], name).toBe(true);
      expect(readme).toContain(`npm approve-scripts ${name}`);
    }
    expect(readme).toMatch(/not yet covered by allowScripts/);
  });
});
