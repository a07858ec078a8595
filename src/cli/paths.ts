/** Where an output may go: never onto an input, nor into an input folder. */
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';

/** The file a path names, whatever the spelling or link: device and inode. */
export const fileId = (s: Stats): string => `${s.dev}:${s.ino}`;

/**
 * The real path (links resolved) of `p`, or, for a path not made yet, the real
 * path of its nearest existing folder with the rest appended.
 */
export async function realPath(p: string): Promise<string> {
  const rest: string[] = [];
  for (let at = path.resolve(p); ; at = path.dirname(at)) {
    try {
      return path.join(await fs.realpath(at), ...rest);
    } catch {
      if (path.dirname(at) === at) return path.resolve(p);
      rest.unshift(path.basename(at));
    }
  }
}

/** Whether `inner` is `outer` or lies below it (both real, absolute paths). */
export function isWithin(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/** Whether two paths name one file (the same path, a link to it, a hard link). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if ((await realPath(a)) === (await realPath(b))) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return sa != null && sb != null && fileId(sa) === fileId(sb);
}
