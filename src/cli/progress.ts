/**
 * A one-line progress bar on stderr, only on a terminal: files, pages, rate and
 * time left, redrawn at most ten times a second.
 */
import type { Writer } from './io.js';

export interface Progress {
  tick(pages: number): void;
  /** Write a message above the bar. */
  log(line: string): void;
  done(): void;
}

export function progressBar(stream: Writer, total: number, now: () => number = Date.now): Progress {
  if (stream.isTTY !== true || total === 0) {
    return { tick() {}, log: (line) => stream.write(line + '\n'), done() {} };
  }
  const start = now();
  let files = 0;
  let pages = 0;
  let lastDraw = 0;
  const clear = () => stream.write('\r\x1b[K');
  const draw = (force = false) => {
    const t = now();
    if (!force && t - lastDraw < 100) return;
    lastDraw = t;
    const seconds = Math.max((t - start) / 1000, 0.001);
    const rate = files / seconds;
    const left = rate > 0 ? (total - files) / rate : NaN;
    const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 60));
    const filled = Math.round((files / total) * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    clear();
    stream.write(`${bar} ${files}/${total} files  ${pages} pages  ${rate.toFixed(1)} files/s  ${clock(left)} left`);
  };
  draw(true);
  return {
    tick(p) {
      files++;
      pages += p;
      draw(files === total);
    },
    log(line) {
      clear();
      stream.write(line + '\n');
      draw(true);
    },
    done() {
      clear();
    },
  };
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  return m >= 60 ? `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}` : `${m}:${String(s % 60).padStart(2, '0')}`;
}
