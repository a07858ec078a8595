/**
 * An archive to serve in tests: some fixtures and two documents written here
 * (a committee's and a council's minutes sharing a case number, the first
 * with HTML and script in its title, a section and its decision), ingested
 * into a database in a temp dir, and the server started on a free port.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openStoreReadOnly, type Db } from '../../src/store/db.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { run } from './cli.js';

const root = path.resolve(__dirname, '..', '..');

export const SERVED_FIXTURES = [
  '000_342929e38b3588cc.txt',
  '001_763f3c5fdc9e2965.txt',
  '002_144977c5e146f517.txt',
  '003_43a637de8935a15f.txt',
  '004_02c19877bf6487b0.txt',
  'pdf-header-footer.pdf',
  'pdf-toc.pdf',
];

/** What the hostile document's title, section and decision hold. */
export const HOSTILE = {
  title: 'Mødeplan <script>alert("title")</script> for 2024',
  section: 'Datoer for møder <img src=x onerror=alert("section")> i det nye år.',
  decision: 'Godkendt <script>document.title="pwned"</script> med ændringer.',
  caseNumber: 'KU 212/2019',
};

const COMMITTEE = [
  'Kulturudvalget',
  'BESLUTNINGSPROTOKOL',
  'fra ordinært møde torsdag den 7. november 2019',
  '',
  `7. ${HOSTILE.title}`,
  `(${HOSTILE.caseNumber})`,
  '',
  'Sagstema',
  HOSTILE.section,
  'Redegørelse',
  'Møderne holdes tirsdage kl. 16.',
  'Beslutning',
  HOSTILE.decision,
  '',
  '8. Eventuelt',
  '',
  'Beslutning',
  'Intet.',
];

const COUNCIL = [
  'Byrådet',
  'BESLUTNINGSPROTOKOL',
  'fra ordinært møde torsdag den 28. november 2019',
  '',
  '3. Mødeplan for 2024',
  `(${HOSTILE.caseNumber})`,
  '',
  'Sagstema',
  'Kulturudvalget anbefaler mødeplanen.',
  'Beslutning',
  'Vedtaget.',
];

export interface ServedArchive {
  dir: string;
  dbFile: string;
  docs: string;
  db: Db;
  server: RunningServer;
  close(): Promise<void>;
}

/** Builds the archive in `dir` (from tempDir) and serves it. */
export async function servedArchive(dir: string): Promise<ServedArchive> {
  const docs = path.join(dir, 'docs');
  mkdirSync(docs);
  for (const f of SERVED_FIXTURES) copyFileSync(path.join(root, 'fixtures', f), path.join(docs, f));
  writeFileSync(path.join(docs, 'kulturudvalget-2019-11-07.txt'), COMMITTEE.join('\n') + '\n');
  writeFileSync(path.join(docs, 'byraadet-2019-11-28.txt'), COUNCIL.join('\n') + '\n');
  const dbFile = path.join(dir, 'archive.db');
  const r = await run(['ingest', docs, '--db', dbFile, '--jobs', '1', '--quiet']);
  if (r.code !== 0) throw new Error(`ingest failed (${r.code}): ${r.stderr}`);
  const db = openStoreReadOnly(dbFile);
  const server = await startServer(db, { host: '127.0.0.1', port: 0 });
  return {
    dir,
    dbFile,
    docs,
    db,
    server,
    close: async () => {
      await server.close();
      db.close();
    },
  };
}
