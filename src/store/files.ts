/** The inputs of a batch: files as given, directories walked for PDF and text files. */
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The extensions a directory is walked for (a file named on the command line is taken whatever its name). */
export const INGESTIBLE_EXTENSIONS = ['pdf', 'txt', 'text'] as const;
export const INGESTIBLE = new RegExp(`\\.(?:${INGESTIBLE_EXTENSIONS.join('|')})$`, 'i');

/** The extensions as a reader is told them: `.pdf, .txt and .text`. */
export function ingestibleList(): string {
  const names = INGESTIBLE_EXTENSIONS.map((e) => `.${e}`);
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

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
    if (e.isDirectory()) for (const f of await walk(full, accept)) files.push(f);
    else if (e.isFile() && accept.test(e.name)) files.push(full);
  }
  return files;
}
