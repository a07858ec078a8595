import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ExitCode } from '../src/cli/exit-codes.js';
import { MeetingDocument } from '../src/schema.js';
import { run } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

const fixture = (name: string) => path.resolve(__dirname, '../fixtures', name);
const data = (name: string) => path.resolve(__dirname, 'data', name);
const tmp = tempDir('parse');

describe('minutes parse', () => {
  it('prints a valid meeting document as JSON on stdout, nothing on stderr', async () => {
    const r = await run(['parse', fixture('000_342929e38b3588cc.txt')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = MeetingDocument.parse(JSON.parse(r.stdout));
    expect(doc.meeting.date).toBe('2023-01-26');
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('prints YAML with --format yaml and writes --output files', async () => {
    const yaml = await run(['parse', fixture('004_02c19877bf6487b0.txt'), '--format', 'yaml']);
    expect(yaml.code).toBe(0);
    expect(MeetingDocument.parse(parseYaml(yaml.stdout)).items).toHaveLength(9);
    const out = path.join(tmp, 'out.json');
    const written = await run(['parse', fixture('004_02c19877bf6487b0.txt'), '-o', out]);
    expect(written.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(parseYaml(yaml.stdout));
  });

  it('--diagnostics lists the diagnostics on stderr with file, page and line', async () => {
    const r = await run(['parse', fixture('aarhus_byraad_2025-08-27.pdf'), '--diagnostics']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/aarhus_byraad_2025-08-27\.pdf:p2:l7: info Skipped a table of contents .*\[table-of-contents\]/);
  });

  it('--help explains the command with an example', async () => {
    const r = await run(['parse', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: minutes parse');
    expect(r.stdout).toContain('$ minutes parse referat.pdf');
  });

  it('an --output that cannot be written is one line and exit code 73, not an input path problem', async () => {
    const out = path.join(tmp, 'no-such-dir', 'out.json');
    const r = await run(['parse', fixture('004_02c19877bf6487b0.txt'), '-o', out]);
    expect(r.code).toBe(ExitCode.cannotWrite);
    expect(r.code).toBe(73);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`minutes: error: ${out}: cannot write (ENOENT)\n`);
  });

  it('rejects an unknown format as a usage error', async () => {
    const r = await run(['parse', fixture('000_342929e38b3588cc.txt'), '--format', 'xml']);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stdout).toBe('');
  });

  const binary = path.join(tmp, 'binary.txt');
  writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x10, 0x00, 0x01, 0x02, 0x03]));
  const empty = path.join(tmp, 'empty.txt');
  writeFileSync(empty, '');
  const blank = path.join(tmp, 'blank.txt');
  writeFileSync(blank, '\n  \n\t\n');

  const cases: [string, string, number, RegExp][] = [
    ['a missing path', path.join(tmp, 'nope.pdf'), ExitCode.noInput, /nope\.pdf: does not exist$/],
    ['a directory', tmp, ExitCode.noInput, /: is a directory, not a file$/],
    ['an empty file', empty, ExitCode.badInput, /empty\.txt: is empty$/],
    ['a file of blank lines', blank, ExitCode.badInput, /blank\.txt: has no text$/],
    ['a corrupt PDF', data('corrupt.pdf'), ExitCode.badInput, /corrupt\.pdf: is not a readable PDF/],
    ['an encrypted PDF', data('encrypted.pdf'), ExitCode.badInput, /encrypted\.pdf: is an encrypted PDF .*qpdf --decrypt/],
    ['a PDF with no text layer', data('image-only.pdf'), ExitCode.badInput, /image-only\.pdf: is a PDF with no text layer.*ocrmypdf -l dan/],
    ['a binary file named .txt (its bytes begin as a zip does)', binary, ExitCode.badInput, /binary\.txt: is a damaged zip archive, not a readable Word document/],
    ['a text that is not minutes', data('not-minutes.txt'), ExitCode.badInput, /not-minutes\.txt: does not look like meeting minutes/],
  ];

  it.each(cases)('%s: one line on stderr naming the file, a documented exit code, nothing on stdout', async (_what, file, code, message) => {
    const r = await run(['parse', file]);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^minutes: error: /);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
