/**
 * Reading a meeting document back out of the archive. Rows go through the Zod
 * schema on the way out, like every other boundary.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MeetingDocument } from '../schema.js';
import { StoreError, type Db } from './db.js';

interface MeetingRow {
  id: number;
  path: string;
  file: string;
  sha256: string;
  format: string;
  pages: number | null;
  encoding: string | null;
  schemaVersion: number;
  documentType: string | null;
  body: string | null;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  chair: string | null;
  repairs: number;
  normalizationEncoding: string | null;
  ocrDamage: number;
}

interface ItemRow {
  id: number;
  number: number;
  title: string;
  heading: string;
  itemType: string | null;
  presenter: string | null;
  durationMinutes: number | null;
  closed: number;
  caseNumber: string | null;
  decision: string | null;
  outcome: string | null;
  pageStart: number | null;
  pageEnd: number | null;
}

/** The meeting document stored under `id`, or null when there is none. */
export function loadDocument(db: Db, id: number): MeetingDocument | null {
  const m = db.prepare<[number], MeetingRow>('SELECT * FROM meetings WHERE id = ?').get(id);
  if (!m) return null;
  const participants = db
    .prepare('SELECT name, role, "group", note FROM participants WHERE meetingId = ? ORDER BY position')
    .all(id);
  const sections = db.prepare('SELECT kind, heading, text FROM sections WHERE itemId = ? ORDER BY position');
  const attachments = db.prepare('SELECT label, title, url FROM attachments WHERE itemId = ? ORDER BY position');
  const items = db
    .prepare<[number], ItemRow>('SELECT * FROM items WHERE meetingId = ? ORDER BY position')
    .all(id)
    .map((i) => ({
      number: i.number,
      title: i.title,
      heading: i.heading,
      itemType: i.itemType,
      presenter: i.presenter,
      durationMinutes: i.durationMinutes,
      closed: i.closed === 1,
      caseNumber: i.caseNumber,
      sections: sections.all(i.id),
      decision: i.decision,
      outcome: i.outcome,
      attachments: attachments.all(i.id),
      pages: i.pageStart != null && i.pageEnd != null ? { start: i.pageStart, end: i.pageEnd } : null,
    }));
  const diagnostics = db
    .prepare('SELECT severity, code, message, page, line FROM diagnostics WHERE meetingId = ? ORDER BY position')
    .all(id);
  const doc = {
    schemaVersion: m.schemaVersion,
    source: { file: m.file, sha256: m.sha256, format: m.format, pages: m.pages, encoding: m.encoding },
    documentType: m.documentType,
    meeting: {
      body: m.body,
      date: m.date,
      startTime: m.startTime,
      endTime: m.endTime,
      location: m.location,
      chair: m.chair,
    },
    participants,
    items,
    diagnostics,
    normalization: { repairs: m.repairs, encoding: m.normalizationEncoding, ocrDamage: m.ocrDamage === 1 },
  };
  const parsed = MeetingDocument.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError(db.name, `meeting ${id} does not match the schema (${issue?.path.join('.')}: ${issue?.message})`);
  }
  return parsed.data;
}

export interface MeetingRef {
  id: number;
  path: string;
  file: string;
  /** Found by the bytes of the file at `ref`, a copy of the one stored under `path`. */
  byContent?: true;
}

/** The shortest start of a SHA-256 taken for the whole, as `git` takes a commit's. */
export const MIN_SHA_PREFIX = 6;

/**
 * Meetings a user means by `ref`: an id, a SHA-256, a path (resolved against
 * `cwd`), the file at that path by its bytes (a copy stored once, under
 * another path), a file's base name, or the start of a SHA-256 (six hex
 * digits or more; every meeting whose SHA-256 starts so).
 */
export function findMeetings(db: Db, ref: string, cwd: string): MeetingRef[] {
  const columns = 'SELECT id, path, file FROM meetings';
  if (/^\d+$/.test(ref)) {
    const byId = db.prepare<[number], MeetingRef>(`${columns} WHERE id = ?`).all(Number(ref));
    if (byId.length > 0) return byId;
  }
  if (/^[0-9a-f]{64}$/i.test(ref)) {
    return db.prepare<[string], MeetingRef>(`${columns} WHERE sha256 = ?`).all(ref.toLowerCase());
  }
  const byPath = db.prepare<[string], MeetingRef>(`${columns} WHERE path = ?`).all(path.resolve(cwd, ref));
  if (byPath.length > 0) return byPath;
  const bytes = fileBytes(path.resolve(cwd, ref));
  if (bytes) {
    const sha = createHash('sha256').update(bytes).digest('hex');
    const byContent = db.prepare<[string], MeetingRef>(`${columns} WHERE sha256 = ?`).all(sha);
    if (byContent.length > 0) return byContent.map((m) => ({ ...m, byContent: true as const }));
  }
  const byName = db.prepare<[string], MeetingRef>(`${columns} WHERE file = ? ORDER BY id`).all(path.basename(ref));
  if (byName.length > 0 || !new RegExp(`^[0-9a-f]{${MIN_SHA_PREFIX},63}$`, 'i').test(ref)) return byName;
  // A range on the unique index: every hex digit sorts before 'g'.
  const prefix = ref.toLowerCase();
  return db.prepare<[string, string], MeetingRef>(`${columns} WHERE sha256 >= ? AND sha256 < ? ORDER BY id`).all(prefix, `${prefix}g`);
}

function fileBytes(file: string): Buffer | null {
  try {
    return statSync(file).isFile() ? readFileSync(file) : null;
  } catch {
    return null;
  }
}
