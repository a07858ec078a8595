/**
 * Schema migrations, named and applied in order. `PRAGMA user_version` holds
 * how many have run; each runs in one transaction together with its record in
 * `schema_migrations`, so a database is never half migrated.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  name: string;
  up(db: Database.Database): void;
  /** Only makes reading faster (an index): a read-only command reads a database without it, `ingest` adds it. */
  readersNeedNot?: true;
}

const TOKENIZER = `tokenize = 'unicode61 remove_diacritics 0'`;

export const MIGRATIONS: readonly Migration[] = [
  {
    name: 'create-meetings',
    up(db) {
      db.exec(`
        CREATE TABLE schema_migrations (
          version INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          appliedAt TEXT NOT NULL
        );

        -- One row per current meeting document; older versions of a file live in meeting_history.
        CREATE TABLE meetings (
          id INTEGER PRIMARY KEY,
          path TEXT NOT NULL,              -- absolute path of the file when it was ingested
          file TEXT NOT NULL,              -- source.file
          sha256 TEXT NOT NULL,            -- source.sha256
          format TEXT NOT NULL,            -- source.format
          pages INTEGER,                   -- source.pages
          encoding TEXT,                   -- source.encoding
          schemaVersion INTEGER NOT NULL,
          documentType TEXT,
          body TEXT,
          bodyKey TEXT,                    -- body folded to lower case, for matching
          date TEXT,
          startTime TEXT,
          endTime TEXT,
          location TEXT,
          chair TEXT,
          repairs INTEGER NOT NULL,        -- normalization.repairs
          normalizationEncoding TEXT,      -- normalization.encoding
          ocrDamage INTEGER NOT NULL,      -- normalization.ocrDamage (0/1)
          ingestedAt TEXT NOT NULL
        );
        CREATE UNIQUE INDEX meetings_sha256 ON meetings(sha256);
        CREATE UNIQUE INDEX meetings_path ON meetings(path);
        CREATE INDEX meetings_date ON meetings(date);
        CREATE INDEX meetings_body_date ON meetings(bodyKey, date);

        CREATE TABLE participants (
          id INTEGER PRIMARY KEY,
          meetingId INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          name TEXT NOT NULL,
          role TEXT,
          "group" TEXT NOT NULL,
          note TEXT
        );
        CREATE INDEX participants_meeting ON participants(meetingId, position);

        CREATE TABLE items (
          id INTEGER PRIMARY KEY,
          meetingId INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,       -- order in the document, from 0
          number INTEGER NOT NULL,
          title TEXT NOT NULL,
          heading TEXT NOT NULL,
          itemType TEXT,
          presenter TEXT,
          durationMinutes INTEGER,
          closed INTEGER NOT NULL,         -- 0/1
          caseNumber TEXT,
          decision TEXT,
          outcome TEXT,
          pageStart INTEGER,               -- pages.start
          pageEnd INTEGER                  -- pages.end
        );
        CREATE UNIQUE INDEX items_meeting ON items(meetingId, position);
        CREATE INDEX items_outcome ON items(outcome, meetingId);

        CREATE TABLE sections (
          id INTEGER PRIMARY KEY,
          itemId INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          kind TEXT NOT NULL,
          heading TEXT,
          text TEXT NOT NULL
        );
        CREATE INDEX sections_item ON sections(itemId, position);

        CREATE TABLE attachments (
          id INTEGER PRIMARY KEY,
          itemId INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          label TEXT,
          title TEXT NOT NULL,
          url TEXT
        );
        CREATE INDEX attachments_item ON attachments(itemId, position);

        CREATE TABLE diagnostics (
          id INTEGER PRIMARY KEY,
          meetingId INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          severity TEXT NOT NULL,
          code TEXT NOT NULL,
          message TEXT NOT NULL,
          page INTEGER,
          line INTEGER
        );
        CREATE INDEX diagnostics_meeting ON diagnostics(meetingId, position);

        -- Earlier versions of a file that changed, as meeting documents (JSON), out of the way of queries.
        CREATE TABLE meeting_history (
          id INTEGER PRIMARY KEY,
          path TEXT NOT NULL,
          sha256 TEXT NOT NULL,
          ingestedAt TEXT NOT NULL,
          replacedAt TEXT NOT NULL,
          document TEXT NOT NULL
        );
        CREATE INDEX meeting_history_path ON meeting_history(path);

        -- Full text over item titles, section texts (but the decision) and decisions; rowid = items.id.
        -- unicode61 folds case (Æ→æ) and, with remove_diacritics 0, keeps æ, ø, å as letters of their own.
        -- Contentless (the text is in the tables already), so rows are removed with the 'delete' command.
        CREATE VIRTUAL TABLE items_fts USING fts5(title, text, decision, content = '', ${TOKENIZER});
        -- Participant names; rowid = participants.id.
        CREATE VIRTUAL TABLE people_fts USING fts5(name, content = '', ${TOKENIZER});
      `);
    },
  },
  {
    name: 'create-views',
    up(db) {
      db.exec(`
        CREATE VIEW decisions AS
          SELECT i.id AS itemId, m.id AS meetingId, m.date, m.body, i.number, i.title, i.itemType,
                 i.closed, i.outcome, i.decision, m.file, m.path, i.pageStart, i.pageEnd
          FROM items i JOIN meetings m ON m.id = i.meetingId
          WHERE i.decision IS NOT NULL;

        CREATE VIEW agenda AS
          SELECT i.id AS itemId, m.id AS meetingId, m.date, m.body, i.number, i.heading, i.title,
                 i.itemType, i.presenter, i.closed, i.caseNumber, i.outcome, m.file, i.pageStart, i.pageEnd
          FROM items i JOIN meetings m ON m.id = i.meetingId;

        CREATE VIEW attendance AS
          SELECT p.id AS participantId, m.id AS meetingId, m.date, m.body, p.name, p.role, p."group", p.note, m.file
          FROM participants p JOIN meetings m ON m.id = p.meetingId;
      `);
    },
  },
  {
    // A case's trail (every item with one case number, `minutes serve`'s /case page) without reading every item.
    name: 'index-case-numbers',
    readersNeedNot: true,
    up(db) {
      db.exec(`CREATE INDEX items_case ON items(caseNumber) WHERE caseNumber IS NOT NULL;`);
    },
  },
];
