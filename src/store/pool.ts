/**
 * Parsing in worker threads: a pool started as needed, one document per worker at a time,
 * a time limit per document (a worker that exceeds it is replaced), and a
 * crashed worker reported as that file's failure, never the batch's.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FileFailure, type FailureCode } from '../diagnostics.js';
import { parseBytes } from '../pipeline.js';
import type { MeetingDocument } from '../schema.js';

export interface ParseTask {
  id: number;
  bytes: Uint8Array;
  fileName: string;
}

export type ParseReply =
  | { id: number; ok: true; document: MeetingDocument }
  | { id: number; ok: false; failure: { code: FailureCode; message: string; hint: string | null } };

export type Parsed = { ok: true; document: MeetingDocument } | { ok: false; failure: FileFailure };

export interface Parser {
  parse(bytes: Uint8Array, fileName: string): Promise<Parsed>;
  close(): Promise<void>;
}

/**
 * Parses in this thread, one document at a time: pdf.js in one thread mixes
 * up two documents opened at once ("Invalid page request"), and one at a time
 * is as fast on one thread anyway.
 */
export function inlineParser(): Parser {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    parse(bytes, fileName) {
      const run = tail.then(async (): Promise<Parsed> => {
        const r = await parseBytes(bytes, fileName);
        return r.ok ? { ok: true, document: r.document } : { ok: false, failure: r.failure };
      });
      tail = run.catch(() => undefined);
      return run;
    },
    async close() {
      await tail;
    },
  };
}

/** The compiled worker; when running from TypeScript sources (tests), the one in dist/. */
function workerUrl(): URL {
  const here = new URL('./parse-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL('../../dist/store/parse-worker.js', import.meta.url);
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

interface Pending {
  task: ParseTask;
  resolve(p: Parsed): void;
}

export interface PoolOptions {
  /** Parsers running at once (worker threads, started as needed). */
  size: number;
  /** Give up on a document after this long; its worker is replaced. */
  timeoutMs: number;
  /** Heap limit of each worker; a document that needs more fails alone. */
  memoryMb?: number;
}

/** Default heap limit of a parse worker: far above what a 1,000-page PDF needs. */
export const WORKER_MEMORY_MB = 2048;

export function workerParser(sizeOrOptions: number | PoolOptions, timeoutMs = 120_000): Parser {
  const opts: PoolOptions = typeof sizeOrOptions === 'number' ? { size: sizeOrOptions, timeoutMs } : sizeOrOptions;
  const memoryMb = opts.memoryMb ?? WORKER_MEMORY_MB;
  const url = workerUrl();
  const queue: Pending[] = [];
  const slots: Slot[] = [];

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(url, { resourceLimits: { maxOldGenerationSizeMb: memoryMb } }), busy: false };
    slot.worker.unref();
    return slot;
  };

  const dispatch = () => {
    for (let i = 0; i < opts.size && queue.length > 0; i++) {
      if (i === slots.length) slots.push(spawn());
      if (!slots[i]!.busy) runOn(i, queue.shift()!);
    }
  };

  const runOn = (index: number, pending: Pending) => {
    const slot = slots[index]!;
    slot.busy = true;
    slot.worker.ref();
    const finish = (parsed: Parsed, replace: boolean) => {
      clearTimeout(timer);
      slot.worker.off('message', onMessage);
      slot.worker.off('error', onError);
      slot.worker.off('exit', onExit);
      if (replace) {
        // A worker stuck in a loop (inside pdf.js, say) is stopped here: terminate() interrupts running code.
        void slot.worker.terminate();
        slots[index] = spawn();
      } else {
        slot.busy = false;
        slot.worker.unref();
      }
      pending.resolve(parsed);
      dispatch();
    };
    const onMessage = (reply: ParseReply) => {
      if (reply.id !== pending.task.id) return;
      finish(
        reply.ok
          ? { ok: true, document: reply.document }
          : { ok: false, failure: new FileFailure(reply.failure.code, reply.failure.message, reply.failure.hint) },
        false,
      );
    };
    const onError = (err: Error & { code?: string }) =>
      finish(
        {
          ok: false,
          failure:
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new FileFailure('too-large', `needs more than ${memoryMb} MB of memory to parse`)
              : new FileFailure('internal', `could not be parsed: internal error (${err.message})`),
        },
        true,
      );
    const onExit = (code: number) =>
      finish({ ok: false, failure: new FileFailure('internal', `could not be parsed: the parser stopped (exit ${code})`) }, true);
    const timer = setTimeout(
      () =>
        finish(
          { ok: false, failure: new FileFailure('timeout', `took longer than ${Math.round(opts.timeoutMs / 1000)} s to parse`, 'raise --timeout') },
          true,
        ),
      opts.timeoutMs,
    );
    slot.worker.on('message', onMessage);
    slot.worker.on('error', onError);
    slot.worker.on('exit', onExit);
    slot.worker.postMessage(pending.task, [pending.task.bytes.buffer as ArrayBuffer]);
  };

  let nextId = 1;

  return {
    parse(bytes, fileName) {
      return new Promise<Parsed>((resolve) => {
        queue.push({ task: { id: nextId++, bytes, fileName }, resolve });
        dispatch();
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
