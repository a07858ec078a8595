/**
 * The meeting document: the single source of truth for the output contract
 * (docs/contract.md). Types are inferred from these schemas.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

export const SectionKind = z.enum([
  'summary',
  'background',
  'recommendation',
  'decision',
  'attachments',
  'economy',
  'other',
]);

export const Outcome = z.enum(['approved', 'noted', 'discussed', 'referred', 'postponed', 'rejected', 'none']);

export const ParticipantGroup = z.enum(['chair', 'member', 'secretariat', 'guest', 'absent', 'other']);

export const Severity = z.enum(['info', 'warning', 'error']);

export const Diagnostic = z.object({
  severity: Severity,
  code: z.string().regex(/^[a-z][a-z0-9-]*$/),
  message: z.string(),
  page: z.number().int().positive().nullable(),
  line: z.number().int().positive().nullable(),
});

export const Source = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(['pdf', 'text', 'html']),
  pages: z.number().int().nonnegative().nullable(),
  encoding: z.string().nullable(),
});

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const MeetingInfo = z.object({
  body: z.string().nullable(),
  date: IsoDate.nullable(),
  startTime: ClockTime.nullable(),
  endTime: ClockTime.nullable(),
  location: z.string().nullable(),
  chair: z.string().nullable(),
});

export const Participant = z.object({
  name: z.string().min(1),
  role: z.string().nullable(),
  group: ParticipantGroup,
  note: z.string().nullable(),
});

export const Section = z.object({
  kind: SectionKind,
  heading: z.string().nullable(),
  text: z.string(),
});

export const Attachment = z.object({
  label: z.string().nullable(),
  title: z.string(),
  url: z.string().nullable(),
});

export const PageRange = z.object({
  start: z.number().int().positive(),
  end: z.number().int().positive(),
});

export const Item = z.object({
  number: z.number().int().nonnegative(),
  title: z.string(),
  heading: z.string(),
  itemType: z.string().nullable(),
  presenter: z.string().nullable(),
  durationMinutes: z.number().int().positive().nullable(),
  closed: z.boolean(),
  caseNumber: z.string().nullable(),
  sections: z.array(Section),
  decision: z.string().nullable(),
  outcome: Outcome.nullable(),
  attachments: z.array(Attachment),
  pages: PageRange.nullable(),
});

export const Normalization = z.object({
  repairs: z.number().int().nonnegative(),
  encoding: z.string().nullable(),
  ocrDamage: z.boolean(),
});

export const MeetingDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: Source,
  documentType: z.enum(['referat', 'dagsorden']).nullable(),
  meeting: MeetingInfo,
  participants: z.array(Participant),
  items: z.array(Item),
  diagnostics: z.array(Diagnostic),
  normalization: Normalization,
});

export type SectionKind = z.infer<typeof SectionKind>;
export type Outcome = z.infer<typeof Outcome>;
export type ParticipantGroup = z.infer<typeof ParticipantGroup>;
export type Severity = z.infer<typeof Severity>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type Source = z.infer<typeof Source>;
export type MeetingInfo = z.infer<typeof MeetingInfo>;
export type Participant = z.infer<typeof Participant>;
export type Section = z.infer<typeof Section>;
export type Attachment = z.infer<typeof Attachment>;
export type PageRange = z.infer<typeof PageRange>;
export type Item = z.infer<typeof Item>;
export type Normalization = z.infer<typeof Normalization>;
export type MeetingDocument = z.infer<typeof MeetingDocument>;

/** JSON Schema for the meeting document, generated from the Zod schema. */
export function meetingJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(MeetingDocument, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $id: 'urn:minutes:meeting-document:1',
    title: 'Meeting document',
    description: 'The meeting document every minutes command speaks (contract version 1).',
    ...schema,
  };
}
