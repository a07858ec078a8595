/**
 * Commands that write files never touch their inputs: `normalize --out` refuses
 * an output folder that is an input folder or inside one, writes names that
 * cannot clash (x.pdf → x.pdf.txt) and reports a clash it cannot avoid;
 * `parse -o` refuses to overwrite its input and writes YAML to a .yaml name.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tempDir } from './helpers/tmp.js';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ExitCode } from '../src/cli/exit-codes.js';
import { run } from './helpers/cli.js';

const fixture = (name: string) => path.resolve(__dirname, '../fixtures', name);
const DAMAGED = fixture('001_763f3c5fdc9e2965.txt'); // OCR damage: normalize changes it
const CLEAN = fixture('000_342929e38b3588cc.txt');
const PDF = fixture('pdf-sidebar.pdf');

let root: string;
beforeEach(() => {
  root = tempDir('safe');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every file under a folder with its bytes, to show that nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[path.relative(dir, path.join(e.parentPath, e.name))] = readFileSync(path.join(e.parentPath, e.name), 'base64');
  }
  return out;
}

function archive(): string {
  const a = path.join(root, 'a');
  mkdirSync(path.join(a, 'sub'), { recursive: true });
  copyFileSync(DAMAGED, path.join(a, 'referat.txt'));
  copyFileSync(CLEAN, path.join(a, 'sub', 'clean.txt'));
  return a;
}

const report = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'normalize-report.json'), 'utf8'));

describe('normalize --out never touches its inputs', () => {
  it.each([
    ['the input folder itself', (a: string) => a],
    ['the input folder, spelled another way', (a: string) => path.join(a, 'sub', '..') + path.sep],
    ['a folder inside the input', (a: string) => path.join(a, 'rep')],
    ['a folder deeper inside the input, not yet made', (a: string) => path.join(a, 'sub', 'x', 'rep')],
  ])('refuses an output folder that is %s: exit 2, nothing written', async (_what, out) => {
    const a = archive();
    const before = snapshot(a);
    const r = await run(['normalize', a, '--out', out(a)]);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stderr).toMatch(/^minutes: error: --out .*: (is|is inside) the input folder .*\n$/);
    expect(snapshot(a)).toEqual(before);
    expect(existsSync(path.join(a, 'rep'))).toBe(false);
  });

  it('refuses an output folder that is a link to the input folder', async () => {
    const a = archive();
    const link = path.join(root, 'link');
    symlinkSync(a, link);
    const before = snapshot(a);
    const r = await run(['normalize', a, '--out', link]);
    expect(r.code).toBe(ExitCode.usage);
    expect(snapshot(a)).toEqual(before);
  });

  it('refuses a report that would overwrite an input or go into an input folder', async () => {
    const a = archive();
    const before = snapshot(a);
    for (const where of [path.join(a, 'referat.txt'), path.join(a, 'sub', 'report.json')]) {
      const r = await run(['normalize', a, '--out', path.join(root, 'out'), '--report', where]);
      expect(r.code).toBe(ExitCode.usage);
      expect(r.stderr).toMatch(/--report/);
    }
    expect(snapshot(a)).toEqual(before);
    expect(existsSync(path.join(root, 'out'))).toBe(false);
  });

  it('x.pdf and x.txt side by side both keep their text (x.pdf.txt, x.txt), and a rerun leaves the same tree', async () => {
    const a = path.join(root, 'a');
    mkdirSync(a);
    copyFileSync(PDF, path.join(a, 'x.pdf'));
    copyFileSync(DAMAGED, path.join(a, 'x.txt'));
    const out = path.join(root, 'out');
    const r = await run(['normalize', a, '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['normalize-report.json', 'x.pdf.txt', 'x.txt']);
    expect(readFileSync(path.join(out, 'x.txt'), 'utf8')).toContain('Tønder Kommune');
    expect(readFileSync(path.join(out, 'x.pdf.txt'), 'utf8')).not.toContain('Tønder Kommune');
    expect(report(out).entries.map((e: { output: string }) => path.basename(e.output)).sort()).toEqual(['x.pdf.txt', 'x.txt']);
    const first = snapshot(out);
    expect((await run(['normalize', a, '--out', out])).code).toBe(0);
    expect(snapshot(out)).toEqual(first);
  });

  it('reports a clash it cannot avoid (x.pdf beside x.pdf.txt; x.pdf.txt named from two folders): the first is written, the others fail', async () => {
    const a = path.join(root, 'a');
    const b = path.join(root, 'b');
    mkdirSync(a);
    mkdirSync(b);
    copyFileSync(PDF, path.join(a, 'x.pdf'));
    copyFileSync(DAMAGED, path.join(a, 'x.pdf.txt'));
    copyFileSync(CLEAN, path.join(b, 'x.pdf.txt'));
    const out = path.join(root, 'out');
    const r = await run(['normalize', path.join(a, 'x.pdf'), path.join(a, 'x.pdf.txt'), path.join(b, 'x.pdf.txt'), '--out', out]);
    expect(r.code).toBe(ExitCode.failed);
    const entries = report(out).entries;
    expect(entries.map((e: { ok: boolean }) => e.ok)).toEqual([true, false, false]);
    expect(entries[1].failure).toMatchObject({ code: 'output-clash' });
    expect(entries[1].failure.message).toContain('x.pdf');
    expect(r.stderr).toMatch(/x\.pdf\.txt: .*the output of .*x\.pdf/);
    expect(report(out)).toMatchObject({ files: 3, failed: 2 });
    // What was written is the first file's text, not overwritten by the others.
    expect(readFileSync(path.join(out, 'x.pdf.txt'), 'utf8')).not.toContain('Tønder Kommune');
    // A dry run reports the same clash.
    const dry = await run(['normalize', path.join(a, 'x.pdf'), path.join(a, 'x.pdf.txt'), '--out', path.join(root, 'dry'), '--dry-run']);
    expect(dry.code).toBe(ExitCode.failed);
    expect(report(path.join(root, 'dry')).entries[1].failure).toMatchObject({ code: 'output-clash' });
  });

  it('refuses an output folder where several input folders would put a folder over one of them', async () => {
    const a = archive();
    const b = path.join(root, 'b');
    mkdirSync(b);
    copyFileSync(CLEAN, path.join(b, 'x.txt'));
    const before = snapshot(root);
    // With several paths each folder's files go to a folder of its name in --out: here a/ and b/ themselves.
    const r = await run(['normalize', 'a', 'b', '--out', '.'], { cwd: root });
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stderr).toMatch(/^minutes: error: --out \.: would put its files in a, which is the input folder a; /);
    expect(snapshot(root)).toEqual(before);
  });

  it('never writes over an input file, nor into an input folder, when the output folder holds inputs', async () => {
    const out = path.join(root, 'out');
    mkdirSync(path.join(out, 'in', 'a'), { recursive: true });
    mkdirSync(path.join(root, 'in', 'a'), { recursive: true });
    copyFileSync(DAMAGED, path.join(out, 'x.txt'));
    copyFileSync(DAMAGED, path.join(out, 'in', 'a', 'y.txt'));
    copyFileSync(CLEAN, path.join(root, 'in', 'a', 'y.txt'));
    const before = snapshot(out);
    // out/x.txt's text would go to out/x.txt itself; root/in's files to out/in/…, where out/in/a is an input folder.
    const r = await run(['normalize', path.join(out, 'x.txt'), path.join(out, 'in', 'a'), path.join(root, 'in'), '--out', out, '--report', path.join(root, 'report.json')]);
    expect(r.code).toBe(ExitCode.failed);
    const after = snapshot(out);
    for (const [file, bytes] of Object.entries(before)) expect(after[file], file).toBe(bytes);
    expect(after[path.join('a', 'y.txt')]).toBeDefined(); // out/in/a's own file was written where it belongs
    const entries = JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')).entries;
    expect(entries.map((e: { failure: { code: string } | null }) => e.failure?.code ?? 'ok')).toEqual(['output-is-input', 'ok', 'output-is-input']);
    expect(r.stderr).toMatch(/x\.txt: its output .*x\.txt is an input file; not written/);
  });

  it('never writes through a hard link to an input', async () => {
    const a = path.join(root, 'a');
    const out = path.join(root, 'out');
    mkdirSync(a);
    mkdirSync(out);
    copyFileSync(DAMAGED, path.join(a, 'x.txt'));
    linkSync(path.join(a, 'x.txt'), path.join(out, 'x.txt'));
    const before = snapshot(a);
    const r = await run(['normalize', path.join(a, 'x.txt'), '--out', out]);
    expect(r.code).toBe(ExitCode.failed);
    expect(report(out).entries[0].failure).toMatchObject({ code: 'output-is-input' });
    expect(snapshot(a)).toEqual(before);
  });
});

describe('parse --output', () => {
  it('refuses to overwrite its input, however the path is spelled or linked: exit 2, the file unchanged', async () => {
    const file = path.join(root, 'referat.txt');
    copyFileSync(CLEAN, file);
    symlinkSync(file, path.join(root, 'link.txt'));
    linkSync(file, path.join(root, 'hard.txt'));
    const bytes = readFileSync(file, 'base64');
    for (const out of [file, path.join(root, 'x', '..', 'referat.txt'), path.join(root, 'link.txt'), path.join(root, 'hard.txt')]) {
      const r = await run(['parse', file, '-o', out]);
      expect(r.code, out).toBe(ExitCode.usage);
      expect(r.stderr).toMatch(/^minutes: error: .*: is the input file/);
      expect(readFileSync(file, 'base64')).toBe(bytes);
    }
    const cwd = await run(['parse', 'referat.txt', '-o', './referat.txt'], { cwd: root });
    expect(cwd.code).toBe(ExitCode.usage);
    expect(readFileSync(file, 'base64')).toBe(bytes);
  });

  it('writes YAML to a .yaml or .yml name, JSON otherwise; --format wins, with a note when it contradicts the name', async () => {
    const json = JSON.parse((await run(['parse', CLEAN])).stdout);
    for (const name of ['out.yaml', 'out.YML']) {
      const r = await run(['parse', CLEAN, '-o', path.join(root, name)]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      const text = readFileSync(path.join(root, name), 'utf8');
      expect(text.startsWith('schemaVersion: 1\n')).toBe(true);
      expect(parseYaml(text)).toEqual(json);
    }
    const plain = await run(['parse', CLEAN, '-o', path.join(root, 'out.json')]);
    expect(plain.stderr).toBe('');
    expect(JSON.parse(readFileSync(path.join(root, 'out.json'), 'utf8'))).toEqual(json);
    const asked = await run(['parse', CLEAN, '--format', 'json', '-o', path.join(root, 'asked.yaml')]);
    expect(asked.code).toBe(0);
    expect(asked.stderr).toMatch(/asked\.yaml: written as JSON, as --format json asks/);
    expect(readFileSync(path.join(root, 'asked.yaml'), 'utf8').startsWith('{')).toBe(true);
  });
});
