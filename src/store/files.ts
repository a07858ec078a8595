/** The inputs of a batch: files as given, directories walked for PDF and text files. */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const INGESTIBLE = /\.(pdf|txt|text)$/i;

export interface Input {
  /** As the user would recognise it (relative to cwd when given so). */
  file: string;
  /** Absolute path: the key of "the same file" across runs. */
  absPath: string;
}

/** Expands the arguments; a path that does not exist is still returned, to fail as one file of the batch. */
export async function collectInputs(args: string[], cwd: string, accept: RegExp = INGESTIBLE): Promise<Input[]> {
  const out: Input[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const absPath = path.resolve(cwd, file);
    if (seen.has(absPath)) return;
    seen.add(absPath);
    out.push({ file, absPath });
  };
  for (const arg of args) {
    const stat = await fs.stat(path.resolve(cwd, arg)).catch(() => null);
    if (stat?.isDirectory()) {
      for (const f of await walk(path.resolve(cwd, arg), accept)) add(path.join(arg, path.relative(path.resolve(cwd, arg), f)));
    } else {
      add(arg);
    }
  }
  return out;
}

async function walk(dir: string, accept: RegExp): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(full, accept)));
    else if (e.isFile() && accept.test(e.name)) files.push(full);
  }
  return files;
}
