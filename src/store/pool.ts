/**
 * Parsing in worker threads, in two stages: extraction (the PDF engine, the
 * bulk of the work, and the page layout) in one pool of workers, the stages
 * after it (a PDF's furniture and joins, normalize, segment, validate) in
 * another, so that while one document is segmented the next is already being
 * read. Workers are started as needed and run one document
 * each at a time; a document has one time limit over both stages (a worker
 * that exceeds it is replaced), and a crashed worker is reported as that
 * file's failure, never the batch's.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FileFailure, type FailureCode } from '../diagnostics.js';
import type { EngineName } from '../extract/engine.js';
import type { MeetingDocument } from '../schema.js';
import { threadCpuMs } from './thread-cpu.js';

/** What a worker is asked to do: one stage, or the other, for one document. */
export type StageRequest =
  | { stage: 'extract'; bytes: Uint8Array; fileName?: string; sha256?: string }
  | { stage: 'analyse'; extracted: Uint8Array; fileName: string; sha256: string };

export type StageTask = StageRequest & { id: number };

/**
 * An extracted document (for a PDF: laid out and judged, not yet finished;
 * see extract/complete.ts) travels from one worker to the other serialized
 * (`v8.serialize`) in a buffer that is moved, not copied: this thread passes
 * it on without reading it.
 */
export type StageResult =
  | { stage: 'extract'; extracted: Uint8Array; sha256: string }
  | { stage: 'analyse'; document: MeetingDocument };

export type WireFailure = { code: FailureCode; message: string; hint: string | null };

export type StageReply = { id: number; ok: true; result: StageResult } | { id: number; ok: false; failure: WireFailure };

/** What a worker is started with: the stage it will run, so that it loads what that stage needs first. */
export interface WorkerData {
  stage: 'extract' | 'analyse';
  /** The PDF engine an extracting worker loads and reads with (PDFium unless told). */
  engine?: EngineName;
}

/** A worker's first message: loaded and warm, and its OS thread id (for its CPU time), where the OS tells it. */
export interface WorkerReady {
  ready: true;
  tid: number | null;
}

export type Parsed = { ok: true; document: MeetingDocument } | { ok: false; failure: FileFailure };

export interface Parser {
  /** `sha256`, when the caller has it already, spares hashing the bytes again. */
  parse(bytes: Uint8Array, fileName: string, sha256?: string): Promise<Parsed>;
  close(): Promise<void>;
}

/**
 * Parses in this thread, one document at a time: pdf.js in one thread mixes
 * up two documents opened at once ("Invalid page request"), and one at a time
 * is as fast on one thread anyway.
 */
export function inlineParser(engine?: EngineName): Parser {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    parse(bytes, fileName) {
      const run = tail.then(async (): Promise<Parsed> => {
        const { parseBytes } = await import('../pipeline.js');
        const r = await parseBytes(bytes, fileName, { engine });
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
  /** Set when the worker said it is loaded and warm; until then it takes no document. */
  ready: boolean;
  /** Its OS thread id, for its CPU time (null where the OS does not tell). */
  tid: number | null;
}

type Result = { ok: true; result: StageResult } | { ok: false; failure: FileFailure };
/** A task's result, and how long it ran: its worker's CPU time where the OS tells it, else wall-clock time (waiting for a free worker never counted). */
type Outcome = Result & { ms: number };

interface Pending {
  task: StageTask;
  transfer: ArrayBuffer[];
  timeoutMs: number;
  resolve(o: Outcome): void;
}

export interface PoolOptions {
  /** Documents extracted at once (worker threads, started as needed). */
  size: number;
  /** Give up on a document after this long, over both stages; its worker is replaced. */
  timeoutMs: number;
  /** Heap limit of each worker; a document that needs more fails alone. */
  memoryMb?: number;
  /** Workers for the stages after extraction (default: one for every three extracting, at least one). */
  analysers?: number;
  /** The PDF text engine of the extracting workers (PDFium unless told). */
  engine?: EngineName;
}

/**
 * How often a running document's CPU time is read. A document is stopped
 * within this much of its limit.
 */
const POLL_MS = 100;

/**
 * A document's time limit counts the CPU its worker used for it, so that a
 * busy machine (other programs, more workers than cores) never times out a
 * document that is merely waiting for a core. Wall-clock time still has a
 * ceiling, far above the limit, for a worker that stops without using CPU.
 */
export function wallCeilingMs(limitMs: number): number {
  return limitMs * 10 + 60_000;
}

/** Default heap limit of a parse worker: far above what a 1,000-page PDF needs. */
export const WORKER_MEMORY_MB = 2048;

/**
 * Workers running stage tasks, one at a time each, in the order asked; a task
 * that runs past its time limit or kills its worker fails alone and the
 * worker is replaced.
 */
class StagePool {
  private readonly queue: Pending[] = [];
  private readonly slots: Slot[] = [];
  private nextId = 1;

  constructor(
    private readonly size: number,
    private readonly memoryMb: number,
    private readonly url: URL,
    private readonly stage: WorkerData['stage'],
    private readonly engine?: EngineName,
  ) {}

  run(request: StageRequest, transfer: ArrayBuffer[], timeoutMs: number): Promise<Outcome> {
    return new Promise<Outcome>((resolve) => {
      this.queue.push({ task: { ...request, id: this.nextId++ }, transfer, timeoutMs, resolve });
      this.dispatch();
    });
  }

  private closed = false;

  /** Starts the workers not started yet, so that they load while the first task is on its way. */
  warm(): void {
    if (this.closed) return;
    while (this.slots.length < this.size) this.slots.push(this.spawn());
  }

  close(): Promise<unknown> {
    this.closed = true;
    return Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const data: WorkerData = { stage: this.stage };
    if (this.engine) data.engine = this.engine;
    const worker = new Worker(this.url, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: this.memoryMb } });
    const slot: Slot = { worker, busy: false, ready: false, tid: null };
    const onReady = (message: WorkerReady | StageReply) => {
      if (!('ready' in message)) return;
      worker.off('message', onReady);
      worker.off('exit', onEarlyExit);
      slot.ready = true;
      slot.tid = message.tid;
      worker.unref();
      this.dispatch();
    };
    // A worker that dies while loading (no memory, say) is replaced; the queue waits for the new one.
    const onEarlyExit = () => {
      worker.off('message', onReady);
      const at = this.slots.indexOf(slot);
      if (at >= 0 && !this.closed) this.slots[at] = this.spawn();
    };
    worker.on('message', onReady);
    worker.on('exit', onEarlyExit);
    worker.on('error', () => undefined);
    return slot;
  }

  private dispatch(): void {
    if (this.closed) return;
    for (let i = 0; i < this.size && this.queue.length > 0; i++) {
      if (i === this.slots.length) this.slots.push(this.spawn());
      const slot = this.slots[i]!;
      if (slot.ready && !slot.busy) this.runOn(i, this.queue.shift()!);
    }
  }

  private runOn(index: number, pending: Pending): void {
    const slot = this.slots[index]!;
    slot.busy = true;
    slot.worker.ref();
    const startedAt = Date.now();
    const cpuAtStart = slot.tid === null ? null : threadCpuMs(slot.tid);
    /** Time this document has taken so far: its worker's CPU time where known. */
    const used = (): number => {
      const cpu = cpuAtStart === null || slot.tid === null ? null : threadCpuMs(slot.tid);
      return cpu === null || cpuAtStart === null ? Date.now() - startedAt : cpu - cpuAtStart;
    };
    const finish = (result: Result, replace: boolean) => {
      clearInterval(timer);
      const ms = used();
      slot.worker.off('message', onMessage);
      slot.worker.off('error', onError);
      slot.worker.off('exit', onExit);
      if (replace) {
        // A worker stuck in a loop (inside pdf.js, say) is stopped here: terminate() interrupts running code.
        void slot.worker.terminate();
        this.slots[index] = this.spawn();
      } else {
        slot.busy = false;
        slot.worker.unref();
      }
      pending.resolve({ ...result, ms });
      this.dispatch();
    };
    const onMessage = (reply: StageReply) => {
      if (reply.id !== pending.task.id) return;
      finish(reply.ok ? { ok: true, result: reply.result } : { ok: false, failure: new FileFailure(reply.failure.code, reply.failure.message, reply.failure.hint) }, false);
    };
    const onError = (err: Error & { code?: string }) =>
      finish(
        {
          ok: false,
          failure:
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new FileFailure('too-large', `needs more than ${this.memoryMb} MB of memory to parse`)
              : new FileFailure('internal', `could not be parsed: internal error (${err.message})`),
        },
        true,
      );
    const onExit = (code: number) => finish({ ok: false, failure: new FileFailure('internal', `could not be parsed: the parser stopped (exit ${code})`) }, true);
    const ceiling = wallCeilingMs(pending.timeoutMs);
    const timer = setInterval(() => {
      if (used() > pending.timeoutMs || Date.now() - startedAt > ceiling) finish({ ok: false, failure: timedOut(pending.timeoutMs) }, true);
    }, Math.min(POLL_MS, pending.timeoutMs));
    slot.worker.on('message', onMessage);
    slot.worker.on('error', onError);
    slot.worker.on('exit', onExit);
    slot.worker.postMessage(pending.task, pending.transfer);
  }
}

function timedOut(limitMs: number): FileFailure {
  return new FileFailure('timeout', `took longer than ${Math.max(1, Math.round(limitMs / 1000))} s to parse`, 'raise --timeout');
}

export function workerParser(sizeOrOptions: number | PoolOptions, timeoutMs = 120_000): Parser {
  const opts: PoolOptions = typeof sizeOrOptions === 'number' ? { size: sizeOrOptions, timeoutMs } : sizeOrOptions;
  const memoryMb = opts.memoryMb ?? WORKER_MEMORY_MB;
  const url = workerUrl();
  const extractors = new StagePool(opts.size, memoryMb, url, 'extract', opts.engine);
  const analysers = new StagePool(opts.analysers ?? Math.max(1, Math.round(opts.size / 3)), memoryMb, url, 'analyse');

  return {
    async parse(bytes, fileName, digest) {
      // The analysing workers load (the language data, a fraction of a second)
      // while the first document is extracted, not after it.
      analysers.warm();
      const read = await extractors.run({ stage: 'extract', bytes, fileName, ...(digest ? { sha256: digest } : {}) }, [bytes.buffer as ArrayBuffer], opts.timeoutMs);
      if (!read.ok) return { ok: false, failure: read.failure };
      if (read.result.stage !== 'extract') throw new Error('extract stage answered with another stage');
      const left = opts.timeoutMs - read.ms;
      if (left <= 0) return { ok: false, failure: timedOut(opts.timeoutMs) };
      const { extracted, sha256 } = read.result;
      const done = await analysers.run({ stage: 'analyse', extracted, fileName, sha256 }, [extracted.buffer as ArrayBuffer], left);
      if (!done.ok) return { ok: false, failure: done.failure.code === 'timeout' ? timedOut(opts.timeoutMs) : done.failure };
      if (done.result.stage !== 'analyse') throw new Error('analyse stage answered with another stage');
      return { ok: true, document: done.result.document };
    },
    async close() {
      await Promise.all([extractors.close(), analysers.close()]);
    },
  };
}
