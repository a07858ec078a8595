/** A worker thread that parses documents for `ingest --jobs N`. */
import { parentPort } from 'node:worker_threads';
import { parseBytes } from '../pipeline.js';
import type { ParseReply, ParseTask } from './pool.js';

parentPort?.on('message', async (task: ParseTask) => {
  const result = await parseBytes(task.bytes, task.fileName);
  const reply: ParseReply = result.ok
    ? { id: task.id, ok: true, document: result.document }
    : {
        id: task.id,
        ok: false,
        failure: { code: result.failure.code, message: result.failure.message, hint: result.failure.hint },
      };
  parentPort?.postMessage(reply);
});
