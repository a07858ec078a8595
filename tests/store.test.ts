import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, resolveDbPath, schemaVersion, StoreError, type Db } from '../src/store/db.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { findMeetings, loadDocument } from '../src/store/read.js';
import { followCopy, hasDocument, meetingWithBytes, storeDocument } from '../src/store/write.js';
import { queryItems } from '../src/query/items.js';
import { makeDoc, makeItem } from './helpers/meetings.js';
import { tempDir } from './helpers/tmp.js';

let dir: string;
let db: Db;

const counts = (d: Db) =>
  Object.fromEntries(
    ['meetings', 'participants', 'items', 'sections', 'attachments', 'diagnostics', 'meeting_history', 'items_fts', 'people_fts'].map((t) => [
      t,
      (d.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
    ]),
  );

beforeEach(() => {
  dir = tempDir('store');
  db = openStore(path.join(dir, 'm.db'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('opening and migrating', () => {
  it('records every named migration and the user_version, once', () => {
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    const names = db.prepare('SELECT name FROM schema_migrations ORDER BY version').pluck().all();
    expect(names).toEqual(MIGRATIONS.map((m) => m.name));
    db.close();
    db = openStore(path.join(dir, 'm.db'));
    expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses a database from a newer minutes, and a missing one when it must exist', () => {
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openStore(path.join(dir, 'm.db'))).toThrow(/newer than this minutes knows/);
    expect(() => openStore(path.join(dir, 'nope.db'), { mustExist: true })).toThrow(StoreError);
    db = openStore(path.join(dir, 'other.db'));
  });

  it('resolves --db, then MINUTES_DB, then ./minutes.db against cwd', () => {
    expect(resolveDbPath('a.db', { MINUTES_DB: '/x/b.db' }, '/w')).toBe('/w/a.db');
    expect(resolveDbPath(undefined, { MINUTES_DB: 'b.db' }, '/w')).toBe('/w/b.db');
    expect(resolveDbPath(undefined, {}, '/w')).toBe('/w/minutes.db');
  });
});

describe('storing a meeting document', () => {
  it('round-trips the whole document through the tables', () => {
    const doc = makeDoc({
      people: ['Mette Heidemann', 'Jens Ærø'],
      absent: ['Åse Øster'],
      items: [
        makeItem({ number: 1, attachments: [{ label: 'Bilag 1', title: 'Notat', url: 'https://example.dk/1' }] }),
        makeItem({ number: 2, title: 'Lukket punkt', closed: true, decision: null, pages: null, caseNumber: 'EMN-2025-003383' }),
      ],
    });
    expect(storeDocument(db, doc, '/a/referat.pdf')).toBe('ingested');
    const [ref] = findMeetings(db, '/a/referat.pdf', '/');
    expect(loadDocument(db, ref!.id)).toEqual(doc);
  });

  it('skips the same bytes and replaces a changed file at the same path, keeping history out of queries', () => {
    const v1 = makeDoc({ seed: 'v1', items: [makeItem({ title: 'Gammel titel', decision: 'Udsat.' })] });
    const v2 = makeDoc({ seed: 'v2', items: [makeItem({ title: 'Ny titel', decision: 'Godkendt.' })] });
    expect(storeDocument(db, v1, '/a/r.pdf')).toBe('ingested');
    expect(storeDocument(db, v1, '/a/r.pdf')).toBe('unchanged');
    expect(storeDocument(db, v1, '/b/copy.pdf')).toBe('unchanged');
    expect(hasDocument(db, v1.source.sha256)).toBe(true);
    expect(storeDocument(db, v2, '/a/r.pdf')).toBe('replaced');
    expect(counts(db)).toMatchObject({ meetings: 1, items: 1, items_fts: 1, meeting_history: 1 });
    expect(queryItems(db, { search: 'gammel' })).toEqual([]);
    // The contentless indexes forgot the old rows cleanly (this throws on a corrupt index).
    db.exec("INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 0)");
    db.exec("INSERT INTO people_fts (people_fts, rank) VALUES ('integrity-check', 0)");
    expect(queryItems(db, { search: 'ny' }).map((r) => r.title)).toEqual(['Ny titel']);
    const old = JSON.parse(db.prepare('SELECT document FROM meeting_history').pluck().get() as string);
    expect(old).toEqual(v1);
  });

  it('a path whose new bytes are stored under another path: its earlier document goes to history, nothing is stored twice', () => {
    const v1 = makeDoc({ seed: 'v1', items: [makeItem({ title: 'Gammel titel' })] });
    const v2 = makeDoc({ seed: 'v2', items: [makeItem({ title: 'Ny titel' })] });
    expect(storeDocument(db, v1, '/a/r.pdf')).toBe('ingested');
    expect(storeDocument(db, v2, '/b/s.pdf')).toBe('ingested');
    expect(storeDocument(db, v2, '/a/r.pdf')).toBe('replaced');
    expect(counts(db)).toMatchObject({ meetings: 1, items: 1, items_fts: 1, meeting_history: 1 });
    expect(queryItems(db, { search: 'gammel' })).toEqual([]);
    expect(followCopy(db, '/a/r.pdf', v2.source.sha256)).toBe('unchanged');
    expect(meetingWithBytes(db, v2.source.sha256)?.path).toBe('/b/s.pdf');
    db.exec("INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 0)");
  });

  it('leaves the database exactly as it was when a write fails half-way', () => {
    storeDocument(db, makeDoc({ seed: 'first' }), '/a/1.pdf');
    const before = counts(db);
    db.exec(`CREATE TEMP TRIGGER boom BEFORE INSERT ON sections WHEN NEW.text = 'boom'
             BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    const bad = makeDoc({
      seed: 'second',
      items: [makeItem({ number: 1 }), makeItem({ number: 2, decision: 'boom' })],
    });
    expect(() => storeDocument(db, bad, '/a/2.pdf')).toThrow(/boom/);
    expect(counts(db)).toEqual(before);
    expect(hasDocument(db, bad.source.sha256)).toBe(false);
  });

  it('folds case and keeps æ, ø, å as letters of their own in full-text search', () => {
    storeDocument(db, makeDoc({ seed: 'a', items: [makeItem({ title: 'ØKONOMI og Ældrepleje', decision: 'Mødet godkendte på stedet.' })] }), '/a.pdf');
    storeDocument(db, makeDoc({ seed: 'b', items: [makeItem({ title: 'Mode og design', decision: 'Taget til efterretning.' })] }), '/b.pdf');
    const titles = (q: string) => queryItems(db, { search: q }).map((r) => r.title);
    expect(titles('økonomi')).toEqual(['ØKONOMI og Ældrepleje']);
    expect(titles('ældrepleje')).toEqual(['ØKONOMI og Ældrepleje']);
    expect(titles('MØDET')).toEqual(['ØKONOMI og Ældrepleje']);
    expect(titles('mode')).toEqual(['Mode og design']);
    expect(titles('pa')).toEqual([]);
    expect(titles('på')).toEqual(['ØKONOMI og Ældrepleje']);
  });
});
