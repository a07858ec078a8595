/** A worker thread for `ingest`: extracts documents, or runs the stages after extraction (see pool.ts). */
import { deserialize, serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { PartExtraction } from '../extract/complete.js';
import { asFailure, sha256 } from '../input.js';
import type { StageReply, StageResult, StageTask, WorkerData, WorkerReady } from './pool.js';
import { currentThreadId } from './thread-cpu.js';

const data = workerData as WorkerData | undefined;

// Each worker loads the stages it runs, and only those (loading all of them
// took each thread about a third of a second of CPU).
type Stages = {
  extractPart?: typeof import('../extract/index.js').extractPart;
  completeExtraction?: typeof import('../extract/complete.js').completeExtraction;
  analyse?: typeof import('../analyse.js').analyse;
};
const stages: Stages = {};

async function run(task: StageTask): Promise<StageResult> {
  if (task.stage === 'extract') {
    const digest = task.sha256 ?? sha256(task.bytes);
    stages.extractPart ??= (await import('../extract/index.js')).extractPart;
    // A PDF leaves this worker laid out and judged; its furniture and joins are the analysing worker's (see extract/complete.ts).
    return { stage: 'extract', extracted: serialize(await stages.extractPart(task.bytes, { engine: data?.engine, name: task.fileName })), sha256: digest };
  }
  stages.completeExtraction ??= (await import('../extract/complete.js')).completeExtraction;
  stages.analyse ??= (await import('../analyse.js')).analyse;
  const extracted = await stages.completeExtraction(deserialize(task.extracted) as PartExtraction);
  const { document } = stages.analyse(extracted, { fileName: task.fileName, sha256: task.sha256 });
  return { stage: 'analyse', document };
}

/** Loads what this worker's stage needs before it takes a document, so that no document's time limit pays for it. */
async function warmUp(stage: WorkerData['stage'] | undefined): Promise<void> {
  if (stage === 'extract') {
    stages.extractPart = (await import('../extract/index.js')).extractPart;
    const { engine } = await import('../extract/engine.js');
    // The engine asked for. With PDFium, pdf.js (which a file PDFium cannot
    // read falls back to) is loaded only when a file needs it: most batches
    // never do, and loading it costs each worker its start-up time and some
    // 40 MB it would keep.
    await (await engine(data?.engine)).load();
  }
  else if (stage === 'analyse') {
    stages.completeExtraction = (await import('../extract/complete.js')).completeExtraction;
    stages.analyse = (await import('../analyse.js')).analyse;
    (await import('../normalize/dictionary.js')).loadLanguageData();
  }
}

parentPort?.on('message', async (task: StageTask) => {
  let reply: StageReply;
  try {
    reply = { id: task.id, ok: true, result: await run(task) };
  } catch (err) {
    const f = asFailure(err);
    reply = { id: task.id, ok: false, failure: { code: f.code, message: f.message, hint: f.hint } };
  }
  parentPort?.postMessage(reply, reply.ok && reply.result.stage === 'extract' ? [reply.result.extracted.buffer as ArrayBuffer] : []);
});

await warmUp(data?.stage).catch(() => undefined);
const ready: WorkerReady = { ready: true, tid: currentThreadId() };
parentPort?.postMessage(ready);
