/**
 * Writing one meeting document: everything in one immediate transaction, keyed
 * by the file's SHA-256. Same hash: nothing to do. Same path, new hash: the
 * earlier version moves to `meeting_history` and the new one takes its place.
 * A path whose new bytes are those of another stored file: its earlier version
 * moves to `meeting_history` too, and the document is stored once, under the
 * other path.
 */
import type { Item, MeetingDocument } from '../schema.js';
import { withRetry, type Db } from './db.js';
import { fold } from './fold.js';
import { loadDocument } from './read.js';

export type StoreOutcome = 'ingested' | 'replaced' | 'unchanged';

function statements(db: Db) {
  return {
    bySha: db.prepare<[string], { id: number; path: string }>('SELECT id, path FROM meetings WHERE sha256 = ?'),
    byPath: db.prepare<[string], { id: number; sha256: string; ingestedAt: string }>(
      'SELECT id, sha256, ingestedAt FROM meetings WHERE path = ?',
    ),
    meeting: db.prepare(`INSERT INTO meetings (path, file, sha256, format, pages, encoding, schemaVersion, documentType,
        body, bodyKey, date, startTime, endTime, location, chair, repairs, normalizationEncoding, ocrDamage, ingestedAt)
      VALUES (@path, @file, @sha256, @format, @pages, @encoding, @schemaVersion, @documentType,
        @body, @bodyKey, @date, @startTime, @endTime, @location, @chair, @repairs, @normalizationEncoding, @ocrDamage, @ingestedAt)`),
    participant: db.prepare(
      'INSERT INTO participants (meetingId, position, name, role, "group", note) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    personFts: db.prepare('INSERT INTO people_fts (rowid, name) VALUES (?, ?)'),
    item: db.prepare(`INSERT INTO items (meetingId, position, number, title, heading, itemType, presenter, durationMinutes,
        closed, caseNumber, decision, outcome, pageStart, pageEnd)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    itemFts: db.prepare('INSERT INTO items_fts (rowid, title, text, decision) VALUES (?, ?, ?, ?)'),
    section: db.prepare('INSERT INTO sections (itemId, position, kind, heading, text) VALUES (?, ?, ?, ?, ?)'),
    attachment: db.prepare('INSERT INTO attachments (itemId, position, label, title, url) VALUES (?, ?, ?, ?, ?)'),
    diagnostic: db.prepare(
      'INSERT INTO diagnostics (meetingId, position, severity, code, message, page, line) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    history: db.prepare(
      'INSERT INTO meeting_history (path, sha256, ingestedAt, replacedAt, document) VALUES (?, ?, ?, ?, ?)',
    ),
    itemIds: db.prepare<[number], number>('SELECT id FROM items WHERE meetingId = ? ORDER BY position').pluck(),
    participantIds: db.prepare<[number], number>('SELECT id FROM participants WHERE meetingId = ? ORDER BY position').pluck(),
    dropItemFts: db.prepare(
      "INSERT INTO items_fts (items_fts, rowid, title, text, decision) VALUES ('delete', ?, ?, ?, ?)",
    ),
    dropPersonFts: db.prepare("INSERT INTO people_fts (people_fts, rowid, name) VALUES ('delete', ?, ?)"),
    dropMeeting: db.prepare('DELETE FROM meetings WHERE id = ?'),
  };
}

type Statements = ReturnType<typeof statements>;
const cache = new WeakMap<Db, Statements>();

function prepared(db: Db): Statements {
  let s = cache.get(db);
  if (!s) {
    s = statements(db);
    cache.set(db, s);
  }
  return s;
}

/** True when a document with these bytes is already in the archive (no need to parse it again). */
export function hasDocument(db: Db, sha256: string): boolean {
  return prepared(db).bySha.get(sha256) !== undefined;
}

/** The stored meeting with these bytes, if any: its id and the path it is stored under. */
export function meetingWithBytes(db: Db, sha256: string): { id: number; path: string } | undefined {
  return prepared(db).bySha.get(sha256);
}

/**
 * `absPath` now holds the bytes of the meeting stored under another path: the
 * document stored for `absPath` (its earlier bytes), if any, moves to
 * `meeting_history`. Returns 'replaced' when there was one, else 'unchanged'.
 */
export function followCopy(db: Db, absPath: string, sha256: string): StoreOutcome {
  const s = prepared(db);
  const write = db.transaction((): StoreOutcome => {
    const previous = s.byPath.get(absPath);
    if (!previous || previous.sha256 === sha256) return 'unchanged';
    retire(db, s, previous, absPath);
    return 'replaced';
  });
  return withRetry(() => write.immediate());
}

/** Stores one document read from `absPath`; safe to call from several processes at once. */
export function storeDocument(db: Db, doc: MeetingDocument, absPath: string): StoreOutcome {
  const s = prepared(db);
  const write = db.transaction((): StoreOutcome => {
    const previous = s.byPath.get(absPath);
    if (s.bySha.get(doc.source.sha256)) {
      // Stored already, under this path or (a copy) under another.
      if (!previous || previous.sha256 === doc.source.sha256) return 'unchanged';
      retire(db, s, previous, absPath);
      return 'replaced';
    }
    if (previous) retire(db, s, previous, absPath);
    insert(s, doc, absPath);
    return previous ? 'replaced' : 'ingested';
  });
  return withRetry(() => write.immediate());
}

function retire(db: Db, s: Statements, previous: { id: number; sha256: string; ingestedAt: string }, absPath: string): void {
  const old = loadDocument(db, previous.id);
  if (!old) return;
  s.history.run(absPath, previous.sha256, previous.ingestedAt, new Date().toISOString(), JSON.stringify(old));
  // A contentless index forgets a row only when given the very values it was given.
  const itemIds = s.itemIds.all(previous.id);
  old.items.forEach((item, i) => s.dropItemFts.run(itemIds[i], ...ftsValues(item)));
  const personIds = s.participantIds.all(previous.id);
  old.participants.forEach((p, i) => s.dropPersonFts.run(personIds[i], p.name));
  s.dropMeeting.run(previous.id);
}

/** What the full-text index holds for an item: title, the texts of its sections but the decision, the decision. */
function ftsValues(item: Item): [string, string, string] {
  const text = item.sections
    .filter((sec) => sec.kind !== 'decision')
    .map((sec) => sec.text)
    .join('\n');
  return [item.title, text, item.decision ?? ''];
}

function insert(s: Statements, doc: MeetingDocument, absPath: string): void {
  const m = doc.meeting;
  const meetingId = Number(
    s.meeting.run({
      path: absPath,
      file: doc.source.file,
      sha256: doc.source.sha256,
      format: doc.source.format,
      pages: doc.source.pages,
      encoding: doc.source.encoding,
      schemaVersion: doc.schemaVersion,
      documentType: doc.documentType,
      body: m.body,
      bodyKey: m.body == null ? null : fold(m.body),
      date: m.date,
      startTime: m.startTime,
      endTime: m.endTime,
      location: m.location,
      chair: m.chair,
      repairs: doc.normalization.repairs,
      normalizationEncoding: doc.normalization.encoding,
      ocrDamage: doc.normalization.ocrDamage ? 1 : 0,
      ingestedAt: new Date().toISOString(),
    }).lastInsertRowid,
  );
  doc.participants.forEach((p, i) => {
    const id = s.participant.run(meetingId, i, p.name, p.role, p.group, p.note).lastInsertRowid;
    s.personFts.run(id, p.name);
  });
  doc.items.forEach((item, i) => {
    const itemId = s.item.run(
      meetingId,
      i,
      item.number,
      item.title,
      item.heading,
      item.itemType,
      item.presenter,
      item.durationMinutes,
      item.closed ? 1 : 0,
      item.caseNumber,
      item.decision,
      item.outcome,
      item.pages?.start ?? null,
      item.pages?.end ?? null,
    ).lastInsertRowid;
    s.itemFts.run(itemId, ...ftsValues(item));
    item.sections.forEach((sec, j) => s.section.run(itemId, j, sec.kind, sec.heading, sec.text));
    item.attachments.forEach((a, j) => s.attachment.run(itemId, j, a.label, a.title, a.url));
  });
  doc.diagnostics.forEach((d, i) => s.diagnostic.run(meetingId, i, d.severity, d.code, d.message, d.page, d.line));
}
