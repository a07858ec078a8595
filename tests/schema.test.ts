import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MeetingDocument, meetingJsonSchema } from '../src/schema.js';

describe('schema', () => {
  it('the checked-in JSON Schema is generated from the Zod schema (run `npm run schema` if this fails)', () => {
    const onDisk = JSON.parse(readFileSync(new URL('../schemas/meeting.schema.json', import.meta.url), 'utf8'));
    expect(onDisk).toEqual(meetingJsonSchema());
  });

  it('rejects a document with a renamed field', () => {
    const result = MeetingDocument.safeParse({ schemaVersion: 1, source: {}, meetingInfo: {} });
    expect(result.success).toBe(false);
  });
});
