/** Every command explains itself: a description, its options, and at least one example; the README names it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/main.js';
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
});
