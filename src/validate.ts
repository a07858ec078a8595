/** Stage 4, validate: every document goes through the Zod schema before it leaves the pipeline. */
import { FileFailure } from './diagnostics.js';
import { MeetingDocument } from './schema.js';

export function validate(doc: unknown): MeetingDocument {
  const result = MeetingDocument.safeParse(doc);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first ? first.path.join('.') : '';
    throw new FileFailure('internal', `produced an invalid meeting document (${where}: ${first?.message ?? 'unknown'})`);
  }
  return result.data;
}
