/** Every command explains itself: a description, its options, and at least one example; the README names it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/main.js';
import { INGESTIBLE, INGESTIBLE_EXTENSIONS } from '../src/store/files.js';
import { run } from './helpers/cli.js';

const readme = readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');
const program = buildProgram({ io: { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: process.cwd() }, setExit: () => {} });
const names = program.commands.map((c) => c.name());

describe('help', () => {
  it('lists every command in `minutes --help`', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const name of names) expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it.each(names)('`minutes %s --help` has a description and an example, and the README documents the command', async (name) => {
    const r = await run([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: minutes ${name}`);
    expect(r.stdout).toMatch(/Examples?:\n\s+\$ minutes /);
    expect(readme).toContain(`minutes ${name}`);
  });

  it.each(names)('the README names every option of `minutes %s`', (name) => {
    const command = program.commands.find((c) => c.name() === name)!;
    const missing = command.options.map((o) => o.long!).filter((long) => long !== '--help' && !readme.includes(long));
    expect(missing).toEqual([]);
  });

  it('`ingest --help` and the README name the extensions a directory is walked for', async () => {
    const r = await run(['ingest', '--help']);
    const help = r.stdout.replace(/\s+/g, ' ');
    const section = readme.slice(readme.indexOf('### `minutes ingest'), readme.indexOf('### `minutes query'));
    for (const e of INGESTIBLE_EXTENSIONS) {
      expect(INGESTIBLE.test(`referat.${e}`)).toBe(true);
      expect(help).toMatch(new RegExp(`\\.${e}\\b`));
      expect(section).toContain(`\`.${e}\``);
    }
    // And no other extension is claimed.
    const claimed = [...help.matchAll(/walked for ([^)]*) files/g)].flatMap((m) => m[1]!.match(/\.\w+/g) ?? []);
    expect(claimed.sort()).toEqual(INGESTIBLE_EXTENSIONS.map((e) => `.${e}`).sort());
  });

  it('the README says what `minutes --version` does', () => {
    expect(readme).toContain('minutes --version');
  });
});

describe('usage errors', () => {
  it.each([
    [['parse', '--bogus', 'x.txt'], "minutes: error: unknown option '--bogus'; see minutes parse --help\n"],
    [['pars'], "minutes: error: unknown command 'pars' (Did you mean parse?); see minutes --help\n"],
    [['parse'], "minutes: error: missing required argument 'file'; see minutes parse --help\n"],
    [['query', '--format', 'xml'], expect.stringMatching(/^minutes: error: option '-f, --format <format>' argument 'xml' is invalid\. .*; see minutes query --help\n$/)],
  ])('%j is one line on stderr and exit code 2', async (args, stderr) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toEqual(stderr);
  });

  it('`minutes` with no command prints the help on stderr and exits 2; `minutes help` and --help exit 0', async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Usage: minutes [options] [command]');
    for (const args of [['help'], ['--help'], ['help', 'parse']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toContain('Usage: minutes');
    }
  });
});
