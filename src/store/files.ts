/** The inputs of a batch: files as given, directories walked for PDF and text files. */
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The extensions a directory is walked for (a file named on the command line is taken whatever its name). */
export const INGESTIBLE_EXTENSIONS = ['pdf', 'txt', 'text', 'md', 'markdown', 'html', 'htm'] as const;
export const INGESTIBLE = new RegExp(`\\.(?:${INGESTIBLE_EXTENSIONS.join('|')})$`, 'i');

/** The extensions as a reader is told them: `.pdf, .txt, .text, .md and .markdown`. */
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

export interface CollectOptions {
  /** File names a walk takes (default: INGESTIBLE_EXTENSIONS). */
  accept?: RegExp;
  /** Told of every entry of a walk left out, and why (a broken link, a link to a folder already walked, …). */
  onSkip?(file: string, reason: string): void;
  /** Told of a directory named in `args` whose walk found no file to take. */
  onEmpty?(dir: string): void;
}

interface Found {
  /** As shown to the user: the argument joined with the path under it. */
  file: string;
  absPath: string;
}

/**
 * Expands the arguments; a path that does not exist is still returned, to fail
 * as one file of the batch. Symbolic links in a walk are followed, to files and
 * to folders; a folder reached a second time (a link looping back, or a second
 * link to it) is walked once, and a file reached by two paths is taken once.
 */
export async function collectInputs(args: string[], cwd: string, opts: CollectOptions = {}): Promise<Input[]> {
  const accept = opts.accept ?? INGESTIBLE;
  const out: Input[] = [];
  const taken = new Map<string, string>();
  const add = async (found: Found): Promise<void> => {
    const real = await fs.realpath(found.absPath).catch(() => found.absPath);
    const before = taken.get(real);
    if (before !== undefined) {
      if (before !== found.file) opts.onSkip?.(found.file, `the same file as ${before}, taken once`);
      return;
    }
    taken.set(real, found.file);
    out.push({ file: found.file, absPath: found.absPath });
  };
  for (const arg of args) {
    const absPath = path.resolve(cwd, arg);
    const stat = await fs.stat(absPath).catch(() => null);
    if (!stat?.isDirectory()) {
      await add({ file: arg, absPath });
      continue;
    }
    const found = await walk({ file: arg, absPath }, accept, opts);
    if (found.length === 0) opts.onEmpty?.(arg);
    for (const f of found) await add(f);
  }
  return out;
}

/**
 * The files under `root` that `accept` takes, in name order: first the tree of
 * real folders, then the folders that links lead to, each real folder once,
 * then the links to files (so that a file reached both ways keeps its own path).
 */
async function walk(root: Found, accept: RegExp, opts: CollectOptions): Promise<Found[]> {
  const walked = new Set<string>();
  const files: Found[] = [];
  const linkedFiles: Found[] = [];
  const linked: Found[] = [];
  const visit = async (dir: Found): Promise<void> => {
    const real = await fs.realpath(dir.absPath).catch(() => dir.absPath);
    if (walked.has(real)) {
      opts.onSkip?.(dir.file, 'a link to a folder already walked');
      return;
    }
    walked.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir.absPath, { withFileTypes: true });
    } catch (err) {
      opts.onSkip?.(dir.file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const entry = { file: path.join(dir.file, e.name), absPath: path.join(dir.absPath, e.name) };
      if (e.isDirectory()) {
        await visit(entry);
      } else if (e.isFile()) {
        if (accept.test(e.name)) files.push(entry);
      } else if (e.isSymbolicLink()) {
        const target = await fs.stat(entry.absPath).catch((err: NodeJS.ErrnoException) => err);
        if (target instanceof Error) {
          opts.onSkip?.(entry.file, target.code === 'ENOENT' ? 'a link to nothing (broken)' : `a link that cannot be followed (${target.code ?? target.message})`);
        } else if (target.isDirectory()) {
          linked.push(entry);
        } else if (target.isFile() && accept.test(e.name)) {
          linkedFiles.push(entry);
        }
      }
    }
  };
  await visit(root);
  // Real folders first, so that a link to one of them is the second way there, not the first.
  while (linked.length > 0) await visit(linked.shift()!);
  return [...files, ...linkedFiles];
}
