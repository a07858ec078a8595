/**
 * CPU time of one thread, read from Linux's /proc: a worker's time limit
 * counts the CPU its document used, not the wall-clock time a busy machine
 * stretches it to. Where /proc is not there (macOS, Windows) the functions
 * return null and the caller falls back to wall-clock time.
 */
import { readFileSync } from 'node:fs';

/** Linux reports thread times in clock ticks of 1/100 s (USER_HZ) on every architecture it runs Node on. */
const MS_PER_TICK = 10;

/** The OS id of the calling thread, or null. */
export function currentThreadId(): number | null {
  try {
    const id = Number(readFileSync('/proc/thread-self/stat', 'utf8').split(' ', 1)[0]);
    return Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}

/** CPU milliseconds (user and system) that thread `tid` of this process has used, or null. */
export function threadCpuMs(tid: number): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    // Fields after the command name (which is in parentheses and may hold spaces): state is the first, utime the 12th, stime the 13th.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(rest[11]) + Number(rest[12]);
    return Number.isFinite(ticks) ? ticks * MS_PER_TICK : null;
  } catch {
    return null;
  }
}
