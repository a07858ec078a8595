/**
 * The real council PDF and its OCR'd twin (English-only OCR, a word per text
 * item, æ/ø/å lost): all 21 items, each with its case number and decision, the
 * closed item marked, the table of contents not repeated; the twin segmented
 * like the original.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFile } from '../src/pipeline.js';
import type { MeetingDocument } from '../src/schema.js';

const fixture = (name: string) => path.resolve(__dirname, '../fixtures', name);
const docs: Record<string, MeetingDocument> = {};

beforeAll(async () => {
  for (const name of ['aarhus_byraad_2025-08-27.pdf', 'aarhus_byraad_2025-08-27.ocr-eng.pdf']) {
    const r = await parseFile(fixture(name));
    if (!r.ok) throw new Error(r.failure.message);
    docs[name] = r.document;
  }
});

/** What English OCR does to Danish letters, folded away, with spacing. */
const fold = (s: string | null) =>
  s === null ? s : s.toLowerCase().replace(/æ|ae|ø|å|@|©/g, '').replace(/[^a-z0-9]/g, '').replace(/[aeiougzl1o0q]/g, '');

describe.each(['aarhus_byraad_2025-08-27.pdf', 'aarhus_byraad_2025-08-27.ocr-eng.pdf'])('%s', (name) => {
  it('has all 21 items once, numbered 1–21, each with a case number, a decision and an outcome', () => {
    const items = docs[name]!.items;
    expect(items.map((i) => i.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    for (const item of items) {
      expect(item.caseNumber).toMatch(/^EMN-\d{4}-\d{6}$/);
      expect(item.decision).not.toBeNull();
      expect(item.outcome).not.toBeNull();
      expect(item.pages!.start).toBeGreaterThanOrEqual(3);
    }
  });

  it('marks the closed item, and only it', () => {
    expect(docs[name]!.items.filter((i) => i.closed).map((i) => i.number)).toEqual([21]);
  });

  it('reads the meeting from the title line and the labelled fields', () => {
    expect(docs[name]!.meeting).toMatchObject({ date: '2025-08-27', startTime: '16:00' });
    expect(docs[name]!.documentType).toBe('referat');
  });
});

it('the OCR twin is segmented like the original: same titles, decisions and blocks, apart from damaged letters', () => {
  const a = docs['aarhus_byraad_2025-08-27.pdf']!.items;
  const b = docs['aarhus_byraad_2025-08-27.ocr-eng.pdf']!.items;
  expect(b.map((i) => fold(i.title))).toEqual(a.map((i) => fold(i.title)));
  expect(b.map((i) => fold(i.decision))).toEqual(a.map((i) => fold(i.decision)));
  const sameBlocks = b.filter((item, k) => item.sections.map((s) => s.kind).join() === a[k]!.sections.map((s) => s.kind).join());
  expect(sameBlocks.length).toBeGreaterThanOrEqual(20);
});
