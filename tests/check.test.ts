import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diff, formatDifference } from '../src/check/diff.js';
import { parseFile } from '../src/pipeline.js';
import { run } from './helpers/cli.js';
import { minutesText } from './helpers/meetings.js';
import { tempDir } from './helpers/tmp.js';

let dir: string;
beforeEach(() => {
  dir = tempDir('check');
  mkdirSync(path.join(dir, 'fx'));
  writeFileSync(path.join(dir, 'fx', 'a.txt'), minutesText(1));
  writeFileSync(path.join(dir, 'fx', 'b.txt'), minutesText(2));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('diff', () => {
  it('names each difference by its path', () => {
    const a = { items: [{ decision: 'Godkendt.' }, { decision: null }], meeting: { date: '2023-01-26' } };
    const b = { items: [{ decision: 'Udsat.' }], meeting: { date: '2023-01-26', chair: 'X' } };
    const d = diff(a, b);
    expect(d.map((x) => `${x.kind} ${x.path}`)).toEqual(['changed items[0].decision', 'removed items[1]', 'added meeting.chair']);
    expect(formatDifference(d[0]!)).toEqual(['items[0].decision:', '  - "Godkendt."', '  + "Udsat."']);
    expect(formatDifference(d[1]!)).toEqual(['items[1]: removed', '  - {"decision":null}']);
  });

  it('shows long texts around their first difference', () => {
    const base = 'Ø'.repeat(300);
    const [, minus, plus] = formatDifference(diff({ t: base + 'slut' }, { t: base + 'SLUT' })[0]!);
    expect(minus).toBe(`  - "…${'Ø'.repeat(60)}slut"`);
    expect(plus).toBe(`  + "…${'Ø'.repeat(60)}SLUT"`);
  });
});

describe('minutes check', () => {
  it('writes expected files with --update, then passes', async () => {
    const none = await run(['check', 'fx'], { cwd: dir });
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('minutes: warning: fx: no files with .expected.yaml beside them\n');
    const missing = await run(['check', 'fx/a.txt'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('fx/a.txt: has no a.txt.expected.yaml; run with --update to write it');
    const upd = await run(['check', 'fx/a.txt', 'fx/b.txt', '--update'], { cwd: dir });
    expect(upd.code).toBe(0);
    expect(upd.stderr).toContain('minutes: fx/a.txt: wrote a.txt.expected.yaml');
    const expected = parseYaml(readFileSync(path.join(dir, 'fx', 'a.txt.expected.yaml'), 'utf8'));
    const parsed = await parseFile(path.join(dir, 'fx', 'a.txt'));
    expect(parsed.ok && expected).toEqual(parsed.ok && JSON.parse(JSON.stringify(parsed.document)));
    const ok = await run(['check', 'fx'], { cwd: dir });
    expect(ok).toMatchObject({ code: 0, stdout: '' });
    expect(ok.stderr).toBe('minutes: check: 2 checked, 2 same\n');
  });

  it('a folder given without expected files is a warning and exit code 1, and the others are still checked', async () => {
    await run(['check', 'fx/a.txt', '--update'], { cwd: dir });
    mkdirSync(path.join(dir, 'typo'));
    writeFileSync(path.join(dir, 'typo', 'c.txt'), minutesText(3));
    const r = await run(['check', 'typo', 'fx'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('minutes: warning: typo: no files with .expected.yaml beside them\nminutes: check: 1 checked, 1 same\n');
  });

  it('fails with a readable diff when an expected file is altered, and --update puts it right', async () => {
    await run(['check', 'fx/a.txt', 'fx/b.txt', '--update'], { cwd: dir });
    const file = path.join(dir, 'fx', 'b.txt.expected.yaml');
    const doc = parseYaml(readFileSync(file, 'utf8'));
    const actualLocation = doc.meeting.location;
    doc.meeting.location = 'Et andet sted';
    doc.items.push({ number: 99, title: 'Opfundet punkt' });
    doc.diagnostics = [];
    writeFileSync(file, toYaml(doc));
    const r = await run(['check', 'fx'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`meeting.location:\n  - "Et andet sted"\n  + ${JSON.stringify(actualLocation)}\n`);
    expect(r.stdout).toMatch(new RegExp(`items\\[${doc.items.length - 1}\\]: removed\\n  - \\{"number":99,"title":"Opfundet punkt"\\}`));
    expect(r.stdout).toMatch(/^fx\/b\.txt: \d+ differences? from b\.txt\.expected\.yaml$/m);
    expect(r.stderr).toBe('minutes: check: 2 checked, 1 same, 1 different\n');
    expect((await run(['check', 'fx', '--update'], { cwd: dir })).code).toBe(0);
    expect((await run(['check', 'fx'], { cwd: dir })).code).toBe(0);
  });

  it('reports an expected file that is not YAML, and a path that does not exist', async () => {
    writeFileSync(path.join(dir, 'fx', 'a.txt.expected.yaml'), 'meeting: [unclosed');
    const r = await run(['check', 'fx'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^minutes: error: fx\/a\.txt: its expected file is not valid YAML/m);
    const gone = await run(['check', 'nowhere'], { cwd: dir });
    expect(gone).toMatchObject({ code: 3, stderr: 'minutes: error: nowhere: does not exist\n' });
  });
});

describe('help', () => {
  it('every archive command has a description, options and examples in --help', async () => {
    for (const cmd of ['ingest', 'query', 'show', 'stats', 'check']) {
      const r = await run([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout, cmd).toMatch(new RegExp(`^Usage: minutes ${cmd} `));
      expect(r.stdout, cmd).toMatch(/\nExamples:\n {2}\$ minutes /);
    }
  });
});
