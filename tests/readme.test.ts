/** The README's examples show real output. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';

const root = path.resolve(__dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

describe('README', () => {
  it('the parse example prints what the README shows', async () => {
    const block = /<!-- example: parse-004 -->\n```console\n\$ minutes (.+)\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const args = block![1]!.split(' ').map((a) => (a.startsWith('fixtures/') ? path.join(root, a) : a));
    const r = await run(args);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(block![2]!)).toBe(true);
  });

  it('documents every exit code the CLI defines', async () => {
    const { ExitCode } = await import('../src/cli/exit-codes.js');
    for (const code of Object.values(ExitCode)) expect(readme).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
  });
});
