/**
 * Saved web pages end to end: the two portal-shaped fixtures keep their chrome
 * out of every field, bad pages fail in one line with a documented exit code,
 * and damaged HTML never crashes `parse`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../src/cli/exit-codes.js';
import { decodePage, extractHtml } from '../src/extract/html.js';
import { parseBytes, parseFile } from '../src/pipeline.js';
import { MeetingDocument } from '../src/schema.js';
import { run } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

const fixture = (name: string) => path.resolve(__dirname, '../fixtures', name);

/** Every string a reader of the meeting document sees, with where it is. */
function fields(doc: MeetingDocument): [string, string][] {
  const out: [string, string][] = [];
  const visit = (v: unknown, at: string) => {
    if (typeof v === 'string') out.push([at, v]);
    else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${at}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, at ? `${at}.${k}` : k);
  };
  visit({ meeting: doc.meeting, participants: doc.participants, items: doc.items, documentType: doc.documentType }, '');
  return out;
}

const pages: [string, string[]][] = [
  [
    'web-firstagenda.html',
    ['cookies', 'Accepter alle', 'Kun nødvendige', 'Gå til indhold', 'Borger', 'Erhverv', 'Politik og demokrati', 'Dagsordener og referater', 'Forside', 'Udskriv', 'Hent som PDF', 'Til toppen', 'Se også', 'Udvalgenes sammensætning', 'Rådhustorvet', 'Tilgængelighedserklæring', 'Abonnér', 'Skjult ikon', 'Kladde', 'window.print', 'dataLayer', 'max-height', 'Søg'],
  ],
  [
    'web-dagsorden.htm',
    ['cookies', 'Tillad alle', 'Afvis', 'Søg i dagsordener', 'Hjælp', 'Du er her', 'Forside', 'Udskriv', 'Hent som PDF', '77120', 'Torvet 2', 'post@aaby', 'jquery', 'toggle', 'font-weight'],
  ],
];

describe('saved web pages: page chrome never reaches a field', () => {
  it.each(pages)('%s', async (name, chrome) => {
    const bytes = readFileSync(fixture(name));
    const source = decodePage(bytes).text.toLowerCase();
    const r = await parseFile(fixture(name));
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.document.source.format).toBe('html');
    expect(r.document.items.length).toBeGreaterThanOrEqual(5);
    // The chrome is on the page (the test could fail) …
    for (const c of chrome) expect(source, c).toContain(c.toLowerCase());
    // … and in no field of the document.
    for (const [at, value] of fields(r.document)) {
      for (const c of chrome) expect(/^\p{L}+$/u.test(c) && c.length <= 4 ? new RegExp(`\\b${c}\\b`, 'u').test(value) : value.includes(c), `${at}: ${value}`).toBe(false);
    }
    // `Del` as a word (the share button) is in no field either.
    for (const [at, value] of fields(r.document)) expect(/(?:^|\s)Del(?:\s|$)/u.test(value), `${at}: ${value}`).toBe(false);
  });

  it('the chrome is kept as furniture, by kind', () => {
    const doc = extractHtml(readFileSync(fixture('web-firstagenda.html')));
    expect(new Set(doc.furniture.map((f) => f.furniture))).toEqual(new Set(['header', 'footer', 'sidebar']));
    expect(doc.furniture.map((f) => f.text)).toEqual(expect.arrayContaining(['Udskriv | Hent som PDF | Del', 'Til toppen', 'Gå til indhold']));
  });

  it('every attachment link reaches attachments[].url, absolute', async () => {
    const urls = async (name: string) => {
      const r = await parseFile(fixture(name));
      if (!r.ok) throw new Error(r.failure.message);
      return r.document.items.flatMap((i) => i.attachments.map((a) => `${i.number} ${a.label} ${a.url}`));
    };
    expect(await urls('web-firstagenda.html')).toEqual([
      '2 Bilag 1 https://referater.skovby-kommune.example/file/88121/Belysningsplan.pdf',
      '2 Bilag 2 https://referater.skovby-kommune.example/file/88122/Tilbud.pdf',
      '3 Bilag 1 https://referater.skovby-kommune.example/file/88140/Hoeringssvar.pdf',
    ]);
    expect(await urls('web-dagsorden.htm')).toEqual([
      '2 Bilag 1 https://dagsorden.aaby.example/bilag/77101.pdf',
      '2 Bilag 2 https://dagsorden.aaby.example/bilag/77102.pdf',
      '4 Bilag 1 https://dagsorden.aaby.example/bilag/77140.pdf',
    ]);
  });
});

describe('bad web pages: one line naming the file, a documented exit code', () => {
  const tmp = tempDir('html-bad');
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(tmp, name);
    writeFileSync(file, content);
    return file;
  };
  const notMinutes = write(
    'nyhed.html',
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Nyheder</title></head><body><nav><a href="/">Forside</a></nav><main><h1>Ny legeplads i byparken</h1><p>Børnene i Skovby kan glæde sig til foråret, hvor den nye legeplads åbner med klatrestativ og svævebane.</p><p>Legepladsen er tegnet i samarbejde med to skoleklasser.</p></main><footer>Skovby Kommune</footer></body></html>',
  );
  const emptyBody = write('tom.html', '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Referat</title><script>var x = "Referat";</script></head><body>\n  \n</body></html>');
  const onlyChrome = write('kun-menu.htm', '<html><body><header><nav><a href="/">Forside</a> <a href="/politik">Politik</a></nav></header><div class="cookie-banner">Vi bruger cookies <button>Accepter</button></div><p><a href="#">Udskriv</a> | <a href="#">Del</a></p><footer>Rådhuset</footer></body></html>');

  const cases: [string, string, number, RegExp][] = [
    ['a page without minutes', notMinutes, ExitCode.badInput, /nyhed\.html: does not look like meeting minutes/],
    ['a page with an empty body', emptyBody, ExitCode.badInput, /tom\.html: is a web page with no text in its body$/],
    ['a page of chrome alone', onlyChrome, ExitCode.badInput, /kun-menu\.htm: is a web page with no text in its body, only page chrome/],
  ];

  it.each(cases)('%s', async (_what, file, code, message) => {
    const r = await run(['parse', file]);
    expect(r.code).toBe(code);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^minutes: error: /);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(message);
  });

  it('ingest reports them, stores nothing of them, and exits 1', async () => {
    const db = path.join(tempDir('html-db'), 'm.db');
    const r = await run(['ingest', '--quiet', '--db', db, '--jobs', '1', notMinutes, emptyBody, fixture('web-firstagenda.html')]);
    expect(r.code).toBe(ExitCode.failed);
    expect(r.stderr).toMatch(/nyhed\.html: does not look like meeting minutes/);
    expect(r.stderr).toMatch(/tom\.html: is a web page with no text in its body/);
    const shown = await run(['stats', '--db', db, '--format', 'json']);
    expect(JSON.parse(shown.stdout)).toEqual([expect.objectContaining({ body: 'Teknik- og Miljøudvalget', meetings: 1, items: 5 })]);
  });

  it('a page in windows-1252 read as UTF-8 would garble its letters: the declared or sniffed charset is used', async () => {
    const latin = readFileSync(fixture('web-dagsorden.htm'));
    // Declared windows-1252 in a meta tag.
    const declared = await parseBytes(latin, 'web-dagsorden.htm');
    // The same page, its declaration removed: sniffed as not UTF-8, read as Windows-1252.
    const undeclared = await parseBytes(Buffer.from(latin.toString('latin1').replace(/<meta http-equiv[^>]*>/u, ''), 'latin1'), 'x.htm');
    // Declared iso-8859-1.
    const iso = await parseBytes(Buffer.from(latin.toString('latin1').replace('charset=windows-1252', 'charset=iso-8859-1'), 'latin1'), 'y.htm');
    for (const r of [declared, undeclared, iso]) {
      if (!r.ok) throw new Error(r.failure.message);
      expect(r.document.meeting.body).toBe('Børne- og Skoleudvalget');
      expect(r.document.items.map((i) => i.title)).toContain('Ændret skolevejsbetegnelse for Vestervej');
    }
    expect([declared, undeclared, iso].map((r) => r.ok && r.document.source.encoding)).toEqual(['windows-1252', 'iso-8859-1', 'iso-8859-1']);
  });
});

describe('damaged HTML never crashes parse', () => {
  const runs = Number(process.env.PROPERTY_RUNS ?? 40);
  const seed = Number(process.env.PROPERTY_SEED ?? 20261203);
  const html = readFileSync(fixture('web-firstagenda.html'), 'utf8');

  async function survives(bytes: Uint8Array): Promise<void> {
    const r = await parseBytes(bytes, 'x.html');
    if (r.ok) expect(MeetingDocument.safeParse(r.document).success).toBe(true);
    else expect(r.failure.code, r.failure.message).not.toBe('internal');
  }

  it('cut, repeated and shuffled spans of a page', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(html.length), fc.nat(400)), { minLength: 1, maxLength: 30 }), async (spans) => {
        await survives(Buffer.from('<!DOCTYPE html><html><body>' + spans.map(([at, n]) => html.slice(at, at + n)).join('')));
      }),
      { numRuns: runs, seed },
    );
  });

  it('tag soup: stray and unclosed tags, odd list attributes, entities, random text', async () => {
    const tokens = ['<ol start="-3">', '<ol type="i" start="0">', '<ol reversed>', '<li value="x">', '<li value="99999999999">', '<li>', '</li>', '</ol>', '<ul>', '<table>', '<tr>', '<td>', '<th>', '</table>', '<br>', '</br>', '<b>', '</b>', '<h2>', '</h3>', '<p>', '<dl><dt>', '<dd>', '<a href="Bilag 1">', '<a href=":::">Bilag 2</a>', '</a>', '<script>', '<style>', '<!--', '-->', '&aelig;', '&#0;', '&#x110000;', '<nav>', '<div hidden>', '<pre>', '<meta charset="x">', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constantFrom(...tokens), fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 200 }), async (parts) => {
        await survives(Buffer.from('<html><body>' + parts.join('')));
      }),
      { numRuns: runs, seed },
    );
  });

  it('flipped bytes and truncation', async () => {
    const bytes = readFileSync(fixture('web-dagsorden.htm'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 50 }), fc.nat(bytes.length), async (flips, cut) => {
        const b = Buffer.from(bytes.subarray(0, Math.max(1, cut)));
        for (const [i, v] of flips) if (i < b.length) b[i] = v;
        await survives(b);
      }),
      { numRuns: runs, seed },
    );
  });

  it('nesting far deeper than any page: the text, no stack overflow', async () => {
    const n = 20000;
    const doc = extractHtml(Buffer.from(`<html><body><p>Referat</p>${'<div><ol><li>'.repeat(n)}Dybt${'</li></ol></div>'.repeat(n)}</body></html>`));
    expect(doc.lines.map((l) => l.text).some((t) => /\bDybt$/u.test(t))).toBe(true);
  }, 60_000);
});

describe('web pages in the other commands', () => {
  it('a wrong charset declaration is a one-line warning with --diagnostics, and the text is read right', async () => {
    const file = path.join(tempDir('html-charset'), 'forkert.html');
    const latin = readFileSync(fixture('web-dagsorden.htm')).toString('latin1').replace('charset=windows-1252', 'charset=utf-8');
    writeFileSync(file, Buffer.from(latin, 'latin1'));
    const r = await run(['parse', file, '--diagnostics', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).meeting.body).toBe('Børne- og Skoleudvalget');
    expect(r.stderr).toContain(`${file}: warning the page declares UTF-8 but is not valid UTF-8; read as iso-8859-1 [html-charset-mismatch]\n`);
  });

  it('ingest walks a directory for .html and .htm files', async () => {
    const dir = tempDir('html-walk');
    writeFileSync(path.join(dir, 'a.html'), readFileSync(fixture('web-firstagenda.html')));
    writeFileSync(path.join(dir, 'b.HTM'), readFileSync(fixture('web-dagsorden.htm')));
    writeFileSync(path.join(dir, 'c.xhtml'), readFileSync(fixture('web-dagsorden.htm')));
    const db = path.join(tempDir('html-walk-db'), 'm.db');
    const r = await run(['ingest', '--db', db, '--jobs', '1', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 ingested, 0 replaced, 0 unchanged, 0 failed/);
  });

  it('an attachment line with its address after the title: the title alone, the address as url', async () => {
    const r = await parseBytes(Buffer.from(['Referat', '', '1. Regnskab', 'Beslutning', 'Godkendt.', 'Bilag', 'Bilag 1: Regnskab 2025 https://x.dk/r.pdf', 'Bilag 2 - Revisionsprotokol https://x.dk/p.pdf', 'Bilag 3: https://x.dk/n.pdf'].join('\n')), 'r.txt');
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.document.items[0]!.attachments).toEqual([
      { label: 'Bilag 1', title: 'Regnskab 2025', url: 'https://x.dk/r.pdf' },
      { label: 'Bilag 2', title: 'Revisionsprotokol', url: 'https://x.dk/p.pdf' },
      { label: 'Bilag 3', title: 'https://x.dk/n.pdf', url: 'https://x.dk/n.pdf' },
    ]);
  });

  it('text --furniture --lines prints a page\'s chrome first, marked by kind', async () => {
    const r = await run(['text', fixture('web-firstagenda.html'), '--furniture', '--lines']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('-:-\t[sidebar] Skovby Kommune bruger cookies til statistik og til at huske dine valg. Læs mere i vores cookiepolitik.');
    expect(lines).toContain('-:-\t[footer] Til toppen');
    expect(lines).toContain('-:19\t1. Godkendelse af dagsorden');
    expect(lines.findIndex((l) => l.startsWith('-:1\t'))).toBeGreaterThan(lines.findLastIndex((l) => l.startsWith('-:-\t')));
  });
});

describe('normalize --out on web pages', () => {
  it('walks a directory for .html and .htm and writes their text as .txt', async () => {
    const dir = tempDir('html-norm');
    const src = path.join(dir, 'in');
    const out = path.join(dir, 'out');
    mkdirSync(src);
    writeFileSync(path.join(src, 'a.html'), readFileSync(fixture('web-firstagenda.html')));
    writeFileSync(path.join(src, 'b.htm'), readFileSync(fixture('web-dagsorden.htm')));
    const r = await run(['normalize', src, '--out', out, '--no-progress']);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a.html.txt', 'b.htm.txt', 'normalize-report.json']);
    const text = readFileSync(path.join(out, 'b.htm.txt'), 'utf8');
    expect(text.startsWith('Børne- og Skoleudvalget\n')).toBe(true);
    expect(text).not.toContain('Udskriv');
  });
});

describe('items numbered by an <ol>', () => {
  it('start and value give the numbers the browser shows; a nested lettered list stays the item\'s text', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<h1>Referat</h1><p>Økonomiudvalget, mandag den 7. december 2026 kl. 16.00, Byrådssalen</p>
<ol start="5">
<li><h3>Godkendelse af dagsorden</h3><h4>Beslutning</h4><p>Godkendt.</p></li>
<li><h3>Anlægsbudget for 2027</h3><h4>Beslutning</h4><p>Anbefales med disse ændringer:</p><ol type="a"><li>færre p-pladser</li><li>flere cykelstier</li></ol></li>
<li value="8"><h3>Salg af areal ved havnen</h3><h4>Beslutning</h4><p>Udsat.</p></li>
</ol></body></html>`;
    const r = await parseBytes(Buffer.from(html), 'oekonomi.html');
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.document.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [5, 'Godkendelse af dagsorden', 'approved'],
      [6, 'Anlægsbudget for 2027', 'approved'],
      [8, 'Salg af areal ved havnen', 'postponed'],
    ]);
    expect(r.document.items[1]!.decision).toBe('Anbefales med disse ændringer:\na. færre p-pladser\nb. flere cykelstier');
    expect(r.document.diagnostics.map((d) => d.code)).toContain('numbering-gap');
    expect(r.document.meeting).toMatchObject({ body: 'Økonomiudvalget', date: '2026-12-07', startTime: '16:00' });
  });
});
