/**
 * `minutes serve` in a real browser: Debian's Chromium, headless, driven by
 * playwright-core (which downloads no browser). Without /usr/bin/chromium
 * these tests are reported as skipped, with the command that installs it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { HOSTILE, servedArchive, type ServedArchive } from './helpers/serve.js';
import { tempDir } from './helpers/tmp.js';

/** Debian's Chromium; MINUTES_CHROMIUM names another (or a missing one, to see the tests skipped). */
export const CHROMIUM = process.env.MINUTES_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const haveBrowser = existsSync(CHROMIUM);
const title = haveBrowser ? 'serve in a browser (Chromium)' : `serve in a browser: SKIPPED, no ${CHROMIUM}; install it with \`apt-get install -y chromium\``;

let a: ServedArchive;
let context: BrowserContext;
let page: Page;
/** What the page reported that it should not have: script errors, dialogs, CSP violations. */
const troubles: string[] = [];

beforeAll(async () => {
  if (!haveBrowser) return;
  a = await servedArchive(tempDir('serve-browser'));
  context = await chromium.launchPersistentContext(tempDir('serve-chromium'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => troubles.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    troubles.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) troubles.push(`console: ${m.text()}`);
  });
}, 240_000);

afterAll(async () => {
  await context?.close();
  await a?.close();
});

const url = (p: string) => new URL(p, a.server.url).toString();

describe(title, () => {
  it.skipIf(!haveBrowser)('searches from the box and highlights what matched', async () => {
    await page.goto(url('/'));
    await page.fill('form.search input[name=search]', 'dagsorden');
    await Promise.all([page.waitForURL(/search=dagsorden/), page.click('form.search button[type=submit]')]);
    const count = await page.textContent('#count');
    expect(count).toMatch(/^\d+ items?$/);
    expect(await page.locator('li.result').count()).toBeGreaterThan(0);
    expect((await page.locator('li.result mark').first().textContent())?.toLowerCase()).toBe('dagsorden');
    // Empty fields stay out of the address (the script), so that it can be shared as it is.
    expect(new URL(page.url()).search).toBe('?search=dagsorden');
  });

  it.skipIf(!haveBrowser)('filters by outcome (the form submits on change) and by a facet, keeping the search in the URL', async () => {
    await page.goto(url('/?search=dagsorden'));
    const before = Number((await page.textContent('#count'))!.split(' ')[0]);
    await Promise.all([page.waitForURL(/outcome=approved/), page.selectOption('form.search select[name=outcome]', 'approved')]);
    const labels = await page.locator('li.result h3 .outcome').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels)).toEqual(new Set(['approved']));
    expect(labels.length).toBeLessThanOrEqual(before);
    const facet = page.locator('section.facet').filter({ hasText: 'Bodies' }).locator('a').first();
    const body = (await facet.textContent())!;
    const expected = Number(await page.locator('section.facet').filter({ hasText: 'Bodies' }).locator('.count').first().textContent());
    await Promise.all([page.waitForURL(/body=/), facet.click()]);
    const u = new URL(page.url());
    expect(u.searchParams.get('search')).toBe('dagsorden');
    expect(u.searchParams.get('outcome')).toBe('approved');
    expect(u.searchParams.get('body')).toBe(body);
    expect(await page.textContent('#count')).toBe(`${expected} item${expected === 1 ? '' : 's'}`);
  });

  it.skipIf(!haveBrowser)('opens a meeting from a result, with its header, participants and items', async () => {
    await page.goto(url('/?search=dagsorden'));
    await page.locator('li.result').filter({ hasText: '004_02c19877bf6487b0.txt' }).locator('.links a', { hasText: 'meeting' }).first().click();
    await page.waitForURL(/\/meeting\/\d+/);
    expect(await page.textContent('h1')).toBe('Fokusgruppen Sundhed & Beskæftigelse');
    expect(await page.locator('section.participants').textContent()).toContain('Ole Carstensen');
    expect(await page.locator('article.item').count()).toBeGreaterThan(3);
    // Sections fold: a closed one opens on a click.
    const sections = page.locator('details.section');
    const open = await sections.evaluateAll((ds) => ds.map((d) => (d as HTMLDetailsElement).open));
    const k = open.indexOf(false);
    expect(k).toBeGreaterThanOrEqual(0);
    await sections.nth(k).locator('summary').click();
    expect(await sections.nth(k).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  it.skipIf(!haveBrowser)('shows an item beside its PDF page, drawn by pdf.js', async () => {
    const item = a.db
      .prepare("SELECT i.id, i.pageStart, i.pageEnd FROM items i JOIN meetings m ON m.id = i.meetingId WHERE m.file = 'pdf-header-footer.pdf' AND i.pageStart IS NOT NULL ORDER BY i.position")
      .get() as { id: number; pageStart: number; pageEnd: number };
    await page.goto(url(`/item/${item.id}`));
    await page.waitForSelector('#pdf-view[data-rendered], #pdf-view[data-error]', { timeout: 60_000 });
    expect(await page.getAttribute('#pdf-view', 'data-error')).toBeNull();
    const canvases = page.locator('#pdf-view canvas.pdf-page');
    expect(await canvases.count()).toBe(item.pageEnd - item.pageStart + 1);
    expect(await canvases.first().getAttribute('data-page')).toBe(String(item.pageStart));
    // Drawn, not blank: some pixels are dark (text).
    const dark = await canvases.first().evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! < 100 && d[i + 1]! < 100 && d[i + 2]! < 100) n++;
      return n;
    });
    expect(dark).toBeGreaterThan(500);
    expect(await page.locator('article.item-text h1').textContent()).toBeTruthy();
  });

  it.skipIf(!haveBrowser)('follows a case trail from an item to the same case in another meeting', async () => {
    await page.goto(url(`/?search=${encodeURIComponent('mødeplan')}&sort=oldest`));
    await page.locator('li.result h3 a').first().click();
    await page.waitForURL(/\/item\/\d+/);
    await Promise.all([page.waitForURL(/\/case\?number=/), page.click('#case-link')]);
    expect(await page.textContent('h1')).toBe(`Case ${HOSTILE.caseNumber}`);
    const steps = await page.locator('ol.trail li .meta').allTextContents();
    expect(steps.map((s) => s.replace(/\s+/g, ' ').trim())).toEqual(['2019-11-07 · Kulturudvalget', '2019-11-28 · Byrådet']);
    await page.locator('ol.trail li h3 a').nth(1).click();
    await page.waitForURL(/\/item\/\d+/);
    expect(await page.textContent('article.item-text h1')).toContain('Mødeplan for 2024');
  });

  it.skipIf(!haveBrowser)('exports the current results as CSV, the rows `minutes query` gives', async () => {
    await page.goto(url('/?search=dagsorden&outcome=approved'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const file = path.join(tempDir('serve-download'), 'minutes.csv');
    await download.saveAs(file);
    const cli = await run(['query', '--db', a.dbFile, '--search', 'dagsorden', '--outcome', 'approved', '--format', 'csv']);
    expect(readFileSync(file, 'utf8')).toBe(cli.stdout);
    expect(download.suggestedFilename()).toBe('minutes.csv');
  });

  it.skipIf(!haveBrowser)('shows hostile text as text: no script runs, no dialog, nothing refused by the CSP', async () => {
    troubles.length = 0;
    await page.goto(url(`/?search=${encodeURIComponent('mødeplan')}`));
    const titles = await page.locator('li.result h3 a').allTextContents();
    expect(titles.some((t) => t.includes(HOSTILE.title))).toBe(true);
    expect(await page.locator('li.result p.decision').allTextContents()).toContain(HOSTILE.decision);
    const meeting = a.db.prepare("SELECT id FROM meetings WHERE file = 'kulturudvalget-2019-11-07.txt'").pluck().get() as number;
    await page.goto(url(`/meeting/${meeting}`));
    await page.locator('details.section').filter({ hasText: 'Sagstema' }).locator('summary').click();
    expect(await page.locator('details.section').filter({ hasText: 'Sagstema' }).locator('.text').textContent()).toBe(HOSTILE.section);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    await page.goto(url('/?search=' + encodeURIComponent('"><img src=x onerror=alert(9)>')));
    expect(await page.inputValue('form.search input[name=search]')).toBe('"><img src=x onerror=alert(9)>');
    expect(troubles).toEqual([]);
  });

  it.skipIf(!haveBrowser)('answers path traversal with 404, not a file', async () => {
    for (const p of ['/static/..%2f..%2fpackage.json', '/file/..%2f..%2fetc%2fpasswd', '/vendor/pdfjs/..%2f..%2f..%2fpackage.json']) {
      const r = await page.goto(url(p));
      expect(r?.status()).toBe(404);
      expect(await page.textContent('h1')).toBe('Not found');
    }
  });
});
