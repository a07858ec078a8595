/**
 * Commands that write files never touch their inputs: `parse -o` refuses to
 * overwrite its input and writes YAML to a .yaml name.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
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
  root = mkdtempSync(path.join(os.tmpdir(), 'minutes-safe-'));
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
