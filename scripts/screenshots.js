// The README's screenshots of `minutes serve`, made from the fixtures:
// ingests fixtures/ into a temporary database, serves it, and photographs the
// pages with Debian's Chromium (playwright-core) into docs/serve-*.png.
// Usage: npm run build && node scripts/screenshots.js
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { openStoreReadOnly } from '../dist/store/db.js';
import { startServer } from '../dist/serve/server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`screenshots: no ${CHROMIUM}; install it with \`apt-get install -y chromium\``);
  process.exit(1);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'minutes-screenshots-'));
try {
  const dbFile = path.join(dir, 'fixtures.db');
  const ingest = spawnSync(process.execPath, [path.join(root, 'bin', 'minutes.js'), 'ingest', 'fixtures', '--db', dbFile, '--quiet'], { cwd: root, stdio: 'inherit' });
  if (ingest.status !== 0) throw new Error(`ingest failed (${ingest.status})`);
  const db = openStoreReadOnly(dbFile);
  const server = await startServer(db, { host: '127.0.0.1', port: 0 });
  const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 860 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const aarhus = db.prepare("SELECT id FROM meetings WHERE file = 'aarhus_byraad_2025-08-27.pdf'").pluck().get();
    const item = db.prepare('SELECT id, caseNumber FROM items WHERE meetingId = ? AND number = 2').get(aarhus);
    const shots = [
      ['serve-search.png', `/?search=${encodeURIComponent('IPS OR dagsorden')}`],
      ['serve-meeting.png', `/meeting/${aarhus}`],
      ['serve-item.png', `/item/${item.id}`],
      ['serve-case.png', `/case?number=${encodeURIComponent(item.caseNumber)}`],
      ['serve-overview.png', '/overview'],
    ];
    for (const [file, p] of shots) {
      await page.goto(new URL(p, server.url).toString());
      if (file === 'serve-item.png') await page.waitForSelector('#pdf-view[data-rendered], #pdf-view[data-error]', { timeout: 60_000 });
      await page.screenshot({ path: path.join(root, 'docs', file) });
      console.error(`screenshots: docs/${file} (${p})`);
    }
  } finally {
    await context.close();
    await server.close();
    db.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
