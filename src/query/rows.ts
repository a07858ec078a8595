/**
 * The rows `query` and `stats` print, as Zod schemas built from the contract's
 * own fields, so JSON output speaks the contract's names (and tests can check it).
 */
import { z } from 'zod';
import { Item, MeetingInfo, Outcome, Source } from '../schema.js';

export const ItemRow = z
  .object({
    meetingId: z.number().int().positive(),
    date: MeetingInfo.shape.date,
    body: MeetingInfo.shape.body,
    number: Item.shape.number,
    title: Item.shape.title,
    itemType: Item.shape.itemType,
    closed: Item.shape.closed,
    outcome: Item.shape.outcome,
    decision: Item.shape.decision,
    file: Source.shape.file,
    pages: Item.shape.pages,
  })
  .strict();
export type ItemRow = z.infer<typeof ItemRow>;

const count = z.number().int().nonnegative();

export const StatsRow = z
  .object({
    body: MeetingInfo.shape.body,
    year: z.number().int().nullable(),
    meetings: count,
    items: count,
    decisions: count,
    ...(Object.fromEntries(Outcome.options.map((o) => [o, count])) as Record<Outcome, typeof count>),
    unknown: count,
  })
  .strict();
export type StatsRow = z.infer<typeof StatsRow>;
