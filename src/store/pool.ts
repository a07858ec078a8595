/**
 * Parsing in worker threads: a fixed pool, one document per worker at a time,
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

/** Parses in this thread: `--jobs 1`. */
export function inlineParser(): Parser {
  return {
    async parse(bytes, fileName) {
      const r = await parseBytes(bytes, fileName);
      return r.ok ? { ok: true, document: r.document } : { ok: false, failure: r.failure };
    },
    async close() {},
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

export function workerParser(size: number, timeoutMs: number): Parser {
  const url = workerUrl();
  const queue: Pending[] = [];
  const slots: Slot[] = [];

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(url), busy: false };
    slot.worker.unref();
    return slot;
  };

  const dispatch = () => {
    for (let i = 0; i < slots.length && queue.length > 0; i++) {
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
    const onError = (err: Error) =>
      finish({ ok: false, failure: new FileFailure('internal', `could not be parsed: internal error (${err.message})`) }, true);
    const onExit = (code: number) =>
      finish({ ok: false, failure: new FileFailure('internal', `could not be parsed: the parser stopped (exit ${code})`) }, true);
    const timer = setTimeout(
      () =>
        finish(
          { ok: false, failure: new FileFailure('timeout', `took longer than ${Math.round(timeoutMs / 1000)} s to parse`, 'raise --timeout') },
          true,
        ),
      timeoutMs,
    );
    slot.worker.on('message', onMessage);
    slot.worker.on('error', onError);
    slot.worker.on('exit', onExit);
    slot.worker.postMessage(pending.task, [pending.task.bytes.buffer as ArrayBuffer]);
  };

  for (let i = 0; i < size; i++) slots.push(spawn());
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
