/**
 * One progress bar for every batch command (cli-progress), on stderr and only
 * on a terminal: done/total, pages where the command counts them, rate and
 * time left. Messages printed while it runs go above the bar.
 */
import cliProgress from 'cli-progress';
import type { Writer } from './io.js';

export interface Progress {
  /** One more file done; `pages` adds to the page count, `label` names the current file. */
  tick(pages?: number, label?: string): void;
  /** Write a message line above the bar. */
  log(line: string): void;
  done(): void;
}

export interface ProgressOptions {
  /** Show the page count and pages/s (ingest). */
  pages?: boolean;
  /** Show the name of the file being worked on (normalize). */
  label?: boolean;
}

export function progressBar(stream: Writer, total: number, opts: ProgressOptions = {}): Progress {
  if (stream.isTTY !== true || total === 0) {
    return { tick() {}, log: (line) => stream.write(line + '\n'), done() {} };
  }
  const format = [
    '{bar} {value}/{total} files',
    opts.pages ? '  {pages} pages' : '',
    '  {rate} files/s  {eta_formatted} left',
    opts.label ? '  {label}' : '',
  ].join('');
  const multi = new cliProgress.MultiBar({
    stream: stream as unknown as NodeJS.WritableStream,
    format,
    barsize: 24,
    fps: 10,
    hideCursor: true,
    clearOnComplete: false,
    stopOnComplete: false,
    barCompleteChar: '█',
    barIncompleteChar: '░',
    autopadding: true,
  });
  const started = Date.now();
  let files = 0;
  let pages = 0;
  let stopped = false;
  const bar = multi.create(total, 0, { pages: 0, rate: '0.0', label: '' });
  return {
    tick(p = 0, label = '') {
      files++;
      pages += p;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(files, { pages, rate: (files / seconds).toFixed(1), label: label.length > 40 ? '…' + label.slice(-39) : label });
    },
    log(line) {
      multi.log(line + '\n');
    },
    done() {
      if (stopped) return;
      stopped = true;
      multi.update(); // flushes messages logged since the last frame
      multi.stop(); // leaves the final bar on screen
    },
  };
}
