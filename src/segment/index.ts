/** Stage 3, segment: lines to the meeting document (meeting, people, items, blocks). */
import type { NormalizedDocument } from '../normalize/index.js';
import type { MeetingDocument, Source } from '../schema.js';
import { SCHEMA_VERSION } from '../schema.js';

export function segment(doc: NormalizedDocument, source: Source): MeetingDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    source,
    documentType: null,
    meeting: { body: null, date: null, startTime: null, endTime: null, location: null, chair: null },
    participants: [],
    items: [],
    diagnostics: [...doc.diagnostics],
    normalization: { repairs: doc.repairs.length, encoding: doc.encoding, ocrDamage: doc.ocrDamage },
  };
}
