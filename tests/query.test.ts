import { rmSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryError } from '../src/query/errors.js';
import { toFtsQuery, toNameQuery } from '../src/query/fts.js';
import { dateBound, queryItems, type ItemFilters } from '../src/query/items.js';
import { ItemRow, StatsRow } from '../src/query/rows.js';
import { Item, MeetingInfo, Source } from '../src/schema.js';
import { openStore, type Db } from '../src/store/db.js';
import { storeDocument } from '../src/store/write.js';
import { writeRows, type Column } from '../src/cli/output.js';
import { run } from './helpers/cli.js';
import { makeDoc, makeItem } from './helpers/meetings.js';
import { tempDir } from './helpers/tmp.js';

let dir: string;
let dbPath: string;
let db: Db;

beforeAll(() => {
  dir = tempDir('query');
  dbPath = path.join(dir, 'q.db');
  db = openStore(dbPath);
  const fg = 'Følgegruppen for uddannelse og arbejde';
  storeDocument(db, makeDoc({
    file: 'a.pdf', body: fg, date: '2021-03-04', people: ['Mette Heidemann'], absent: ['Åse Øster'],
    items: [
      makeItem({ number: 1, title: 'Godkendelse af dagsorden', decision: 'Godkendt.', outcome: 'approved' }),
      makeItem({ number: 2, title: 'IPS for unge', itemType: 'orientering', decision: 'Taget til efterretning.', outcome: 'noted', pages: { start: 2, end: 3 } }),
      makeItem({ number: 3, title: 'Lukket: Personsag', closed: true, decision: 'Ikke godkendt.', outcome: 'rejected' }),
    ],
  }), '/x/a.pdf');
  storeDocument(db, makeDoc({
    file: 'b.pdf', body: 'Aarhus Byråd', date: '2022-08-27', people: ['Jens Ærø'],
    items: [
      makeItem({ number: 49, title: 'Beskæftigelsesplan', itemType: 'mundtlig orientering', decision: 'Godkendt; IPS-indsatsen fortsætter.', outcome: 'approved', pages: { start: 5, end: 5 } }),
      makeItem({ number: 50, title: 'Budget', decision: 'Udsat.', outcome: 'postponed' }),
    ],
  }), '/x/b.pdf');
  storeDocument(db, makeDoc({
    file: 'c.pdf', body: fg, date: '2020-12-31',
    items: [makeItem({ number: 1, title: 'Drøftelse af strategi', itemType: 'drøftelse', decision: 'Punktet blev drøftet.', outcome: 'discussed' })],
  }), '/x/c.pdf');
  storeDocument(db, makeDoc({ file: 'd.pdf', body: null, date: null, items: [makeItem({ number: 7, title: 'Evt.', decision: null })] }), '/x/d.pdf');
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const titles = (f: ItemFilters) => queryItems(db, f).map((r) => r.title);

describe('query filters', () => {
  it('lists every item, in date order; --decision only those with a decision', () => {
    expect(titles({})).toEqual(['Evt.', 'Drøftelse af strategi', 'Godkendelse af dagsorden', 'IPS for unge', 'Lukket: Personsag', 'Beskæftigelsesplan', 'Budget']);
    expect(titles({ decisionsOnly: true })).not.toContain('Evt.');
    expect(titles({ decisionsOnly: true })).toHaveLength(6);
  });

  it('filters by date range, inclusive, with YYYY and YYYY-MM bounds', () => {
    expect(titles({ from: '2021' })).toEqual(['Godkendelse af dagsorden', 'IPS for unge', 'Lukket: Personsag', 'Beskæftigelsesplan', 'Budget']);
    expect(titles({ to: '2021-03-04' })).toEqual(['Drøftelse af strategi', 'Godkendelse af dagsorden', 'IPS for unge', 'Lukket: Personsag']);
    expect(titles({ from: '2020-12', to: '2020' })).toEqual(['Drøftelse af strategi']);
    expect(dateBound('2024-02', true, '--to')).toBe('2024-02-29');
    expect(() => dateBound('2021-02-30', false, '--from')).toThrow(QueryError);
    expect(() => dateBound('yesterday', false, '--from')).toThrow(/not a date/);
  });

  it('filters by body, any case, Danish letters included, % and _ taken literally', () => {
    expect(titles({ body: 'FØLGEGRUPPEN' })).toEqual(['Drøftelse af strategi', 'Godkendelse af dagsorden', 'IPS for unge', 'Lukket: Personsag']);
    expect(titles({ body: 'aarhus byråd' })).toEqual(['Beskæftigelsesplan', 'Budget']);
    expect(titles({ body: '%' })).toEqual([]);
    expect(titles({ body: 'Aarhus_Byråd' })).toEqual([]);
  });

  it('filters by outcome, type, closed and person', () => {
    expect(titles({ outcome: ['approved', 'rejected'] })).toEqual(['Godkendelse af dagsorden', 'Lukket: Personsag', 'Beskæftigelsesplan']);
    expect(titles({ body: 'aarhus', outcome: ['approved'] })).toEqual(['Beskæftigelsesplan']);
    expect(titles({ type: 'orientering' })).toEqual(['IPS for unge', 'Beskæftigelsesplan']);
    expect(titles({ type: 'DRØFTELSE' })).toEqual(['Drøftelse af strategi']);
    expect(titles({ closed: true })).toEqual(['Lukket: Personsag']);
    expect(titles({ closed: false })).toHaveLength(6);
    expect(titles({ person: 'åse øster' })).toEqual(['Godkendelse af dagsorden', 'IPS for unge', 'Lukket: Personsag']);
    expect(titles({ person: 'Heidemann' })).toEqual(titles({ person: 'åse' }));
    expect(titles({ person: 'Jens ærø' })).toEqual(['Beskæftigelsesplan', 'Budget']);
    expect(titles({ person: 'Mette Ærø' })).toEqual([]);
  });

  it('searches titles, texts and decisions; --decision TEXT only the decisions', () => {
    expect(titles({ search: 'IPS' })).toEqual(['IPS for unge', 'Beskæftigelsesplan']);
    expect(titles({ search: 'ips NOT unge' })).toEqual(['Beskæftigelsesplan']);
    expect(titles({ search: '(budget OR strategi) AND baggrund' })).toEqual(['Drøftelse af strategi', 'Budget']);
    expect(titles({ search: 'beskæftig*' })).toEqual(['Beskæftigelsesplan']);
    expect(titles({ search: '"for unge"' })).toEqual(['IPS for unge']);
    expect(titles({ decisionsOnly: true, decisionText: 'ips' })).toEqual(['Beskæftigelsesplan']);
    expect(titles({ search: 'ips', from: '2022', outcome: ['approved'], limit: 5 })).toEqual(['Beskæftigelsesplan']);
    expect(titles({ limit: 2 })).toEqual(['Evt.', 'Drøftelse af strategi']);
  });
});

describe('search expressions', () => {
  it('quotes every word and phrase for FTS5', () => {
    expect(toFtsQuery('ips unge')).toBe('"ips" AND "unge"');
    expect(toFtsQuery('title:ips')).toBe('"title:ips"');
    expect(toFtsQuery('a OR b NOT c')).toBe('"a" OR "b" NOT "c"');
    expect(toFtsQuery('(a OR b) c*')).toBe('("a" OR "b") AND "c"*');
    expect(toFtsQuery('"say ""x"')).toBe('"say " AND "x"');
    expect(toFtsQuery('"a""b"')).toBe('"a" AND "b"');
    expect(toFtsQuery('NEAR(a b)')).toBe('"NEAR" AND ("a" AND "b")');
    expect(toNameQuery("O'Brien Ærø")).toBe('"O" AND "Brien" AND "Ærø"');
  });

  it('rejects malformed expressions with one clear message', () => {
    for (const [input, message] of [
      ['"ips', /quote .* not closed/],
      ['(ips', /"\(" that is not closed/],
      ['ips)', /"\)" without its "\("/],
      ['ips OR', /expects a word where it has the end/],
      ['AND ips', /expects a word where it has AND/],
      ['; -- *', /has no words/],
    ] as const) {
      expect(() => toFtsQuery(input), input).toThrow(message);
    }
  });
});

describe('minutes query on the command line', () => {
  const q = (...args: string[]) => run(['query', '--db', dbPath, ...args]);

  it('prints JSON rows with the contract names, valid by the row schema', async () => {
    const r = await q('--decision', '--search', 'IPS', '--format', 'json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as unknown[];
    expect(rows).toHaveLength(2);
    const contract = new Set([...Object.keys(Item.shape), ...Object.keys(MeetingInfo.shape), ...Object.keys(Source.shape), 'meetingId']);
    for (const row of rows) {
      expect(ItemRow.safeParse(row).success).toBe(true);
      for (const key of Object.keys(row as object)) expect(contract.has(key), key).toBe(true);
    }
    expect(rows[0]).toMatchObject({ file: 'a.pdf', number: 2, pages: { start: 2, end: 3 }, outcome: 'noted', date: '2021-03-04' });
    expect(rows[1]).toMatchObject({ file: 'b.pdf', number: 49, pages: { start: 5, end: 5 }, body: 'Aarhus Byråd' });
  });

  it('prints [] for no rows, and ndjson, yaml, csv and a plain table when piped', async () => {
    expect((await q('--search', 'ingenting', '--format', 'json')).stdout).toBe('[]\n');
    expect((await q('--search', 'ingenting')).stdout).toBe('[]\n');
    const nd = (await q('--decision', '--body', 'aarhus', '--format', 'ndjson')).stdout.trim().split('\n');
    expect(nd.map((l) => JSON.parse(l).title)).toEqual(['Beskæftigelsesplan', 'Budget']);
    const json = JSON.parse((await q('--format', 'json')).stdout);
    expect(parseYaml((await q('--format', 'yaml')).stdout)).toEqual(json);
    const csv = (await q('--body', 'aarhus', '--format', 'csv')).stdout.split('\r\n');
    expect(csv[0]).toBe('date,body,number,title,outcome,decision,file,pages,meetingId');
    expect(csv[1]).toBe('2022-08-27,Aarhus Byråd,49,Beskæftigelsesplan,approved,Godkendt; IPS-indsatsen fortsætter.,b.pdf,5,2');
    const table = (await q('--body', 'aarhus', '--format', 'table')).stdout;
    expect(table).not.toMatch(/\x1b\[/);
    expect(table.split('\n')[2]).toMatch(/^2022-08-27 {2}Aarhus Byråd {2}49 {6}Beskæftigelsesplan/);
  });

  it('an empty search is the same error as a blank one, for --search and --decision', async () => {
    for (const flag of ['--search', '-s', '--decision']) {
      for (const value of ['', '   ']) {
        const r = await q(flag, value, '--format', 'json');
        expect(r.code, `${flag} ${JSON.stringify(value)}`).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toBe(`minutes: error: the search ${JSON.stringify(value)} has no words to look for\n`);
      }
    }
  });

  it('an error names the value as the user wrote it, not lower-cased', async () => {
    const r = await q('--outcome', 'Approved,Vedtaget', '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^minutes: error: --outcome "Vedtaget" is not one of /);
    expect((await q('--outcome', 'APPROVED', '--format', 'json')).code).toBe(0);
  });

  it('CSV rows carry the meetingId of their JSON rows, the id minutes show takes', async () => {
    const json = JSON.parse((await q('--format', 'json')).stdout) as { meetingId: number; title: string }[];
    const lines = (await q('--format', 'csv')).stdout.trimEnd().split('\r\n');
    const header = lines[0]!.split(',');
    const at = header.indexOf('meetingId');
    expect(at).toBeGreaterThanOrEqual(0);
    // The test rows hold no commas or quotes in their other cells.
    expect(lines.slice(1).map((l) => Number(l.split(',')[at]))).toEqual(json.map((r) => r.meetingId));
    const shown = await run(['show', '--db', dbPath, String(json[0]!.meetingId), '--format', 'json']);
    expect(JSON.parse(shown.stdout).items.map((i: { title: string }) => i.title)).toContain(json[0]!.title);
  });

  it('wraps and colours the table on a terminal', async () => {
    const r = await run(['query', '--db', dbPath, '--body', 'aarhus'], { tty: true, env: { NO_COLOR: '' } });
    expect(r.stdout).toMatch(/\x1b\[1m/);
    // eslint-disable-next-line no-control-regex
    const plain = r.stdout.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
    expect(Math.max(...plain.map((l) => l.length))).toBeLessThanOrEqual(99);
  });

  it('lets no user input reach SQL as text: quotes, FTS operators and ; in every filter', async () => {
    const evil = [`'`, `"`, `'; DROP TABLE meetings; --`, `"); DELETE FROM items; --`, `ips OR`, `NEAR(ips unge, 2)`, `title:ips`, `* OR *`, `(`, `)`, `AND`, `^ips`, `%`, `_`, `\\`, `a;b`, `"a" "b`, `1 OR 1=1`];
    const flags = ['--decision', '--search', '--body', '--from', '--to', '--outcome', '--type', '--person'];
    for (const flag of flags) {
      for (const value of evil) {
        const r = await q(flag, value, '--format', 'json');
        expect([0, 2], `${flag} ${value}: ${r.stderr}`).toContain(r.code);
        if (r.code === 0) expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
        else {
          expect(r.stderr.trim().split('\n')).toHaveLength(1);
          expect(r.stderr).toMatch(/^minutes: error: /);
          expect(r.stderr).not.toMatch(/sqlite|syntax error|fts5|no such column/i);
        }
      }
    }
    expect(db.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(4);
    expect(db.prepare('SELECT count(*) FROM items').pluck().get()).toBe(7);
  });

  it('reports a missing database and bad filter values in one line', async () => {
    const missing = await run(['query', '--db', path.join(dir, 'none.db')]);
    expect(missing.code).toBe(5);
    expect(missing.stderr).toMatch(/^minutes: error: .*none\.db: no database here/);
    const bad = await q('--outcome', 'maybe');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('minutes: error: --outcome "maybe" is not one of approved, noted, discussed, referred, postponed, rejected, none, unknown\n');
  });
});

describe('minutes stats and show', () => {
  it('counts meetings, items and outcomes per body and year', async () => {
    const r = await run(['stats', '--db', dbPath, '--format', 'json']);
    const rows = JSON.parse(r.stdout) as StatsRow[];
    for (const row of rows) expect(StatsRow.safeParse(row).success).toBe(true);
    expect(rows.map((x) => [x.body, x.year, x.meetings, x.items, x.approved, x.unknown])).toEqual([
      ['Aarhus Byråd', 2022, 1, 2, 1, 0],
      ['Følgegruppen for uddannelse og arbejde', 2020, 1, 1, 0, 0],
      ['Følgegruppen for uddannelse og arbejde', 2021, 1, 3, 1, 0],
      [null, null, 1, 1, 0, 1],
    ]);
  });

  it('--outcome unknown lists the items stats counts as unknown, alone or with outcomes', async () => {
    const stats = JSON.parse((await run(['stats', '--db', dbPath, '--format', 'json'])).stdout) as StatsRow[];
    const unknown = JSON.parse((await run(['query', '--db', dbPath, '--outcome', 'unknown', '--format', 'json'])).stdout) as ItemRow[];
    expect(unknown.length).toBe(stats.reduce((n, r) => n + r.unknown, 0));
    expect(unknown.map((r) => [r.title, r.outcome])).toEqual([['Evt.', null]]);
    const mixed = JSON.parse((await run(['query', '--db', dbPath, '--outcome', 'Unknown,postponed', '--format', 'json'])).stdout) as ItemRow[];
    expect(mixed.map((r) => r.title)).toEqual(['Evt.', 'Budget']);
  });

  it('shows one meeting by id, path or file name as YAML', async () => {
    const byFile = await run(['show', 'b.pdf', '--db', dbPath]);
    expect(byFile.code).toBe(0);
    const doc = parseYaml(byFile.stdout);
    expect(doc.meeting.body).toBe('Aarhus Byråd');
    const id = (JSON.parse((await run(['query', '--db', dbPath, '--body', 'aarhus', '--limit', '1'])).stdout)[0] as ItemRow).meetingId;
    expect(parseYaml((await run(['show', String(id), '--db', dbPath])).stdout)).toEqual(doc);
    expect((await run(['show', '/x/b.pdf', '--db', dbPath, '--format', 'json'])).stdout).toBe(JSON.stringify(doc, null, 2) + '\n');
    const none = await run(['show', 'zzz.pdf', '--db', dbPath]);
    expect(none).toMatchObject({ code: 3, stderr: 'minutes: error: zzz.pdf: no such meeting in the database\n' });
  });
});

describe('minutes show by the start of a SHA-256', () => {
  it('takes six hex digits or more, in any case, as git takes a commit', async () => {
    const doc = JSON.parse((await run(['show', 'b.pdf', '--db', dbPath, '--format', 'json'])).stdout);
    const sha: string = doc.source.sha256;
    for (const ref of [sha.slice(0, 6), sha.slice(0, 12).toUpperCase(), sha.slice(0, 63)]) {
      const r = await run(['show', ref, '--db', dbPath, '--format', 'json']);
      expect(r.code, ref).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(doc);
    }
    const short = await run(['show', sha.slice(0, 5), '--db', dbPath]);
    expect(short).toMatchObject({ code: 3, stderr: `minutes: error: ${sha.slice(0, 5)}: no such meeting in the database\n` });
  });
});

describe('the rows writer', () => {
  const capture = (tty: boolean, columns = 60) => {
    let out = '';
    const io = { stdout: { write: (s: string) => (out += s), isTTY: tty, columns }, stderr: { write: () => true }, env: { NO_COLOR: '1' }, cwd: '/' };
    return { io, out: () => out };
  };
  const cols: Column<{ id: number; text: string }>[] = [
    { header: 'id', value: (r) => r.id },
    { header: 'text', value: (r) => r.text, wrap: 1 },
  ];
  const long = Array.from({ length: 200 }, (_, i) => `ord${i}`).join(' ');

  it('wraps long cells to the terminal and shows at most eight lines of each', () => {
    const c = capture(true);
    writeRows(c.io, [{ id: 1, text: long }], 'table', cols);
    const lines = c.out().trimEnd().split('\n');
    expect(lines).toHaveLength(2 + 8);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(59);
    expect(lines.at(-1)).toMatch(/…$/);
  });

  it('piped, one long cell makes only its own row long, not every row padded to it', () => {
    const three: Column<{ id: number; text: string; file: string }>[] = [
      { header: 'id', value: (r) => r.id },
      { header: 'text', value: (r) => r.text, wrap: 1 },
      { header: 'file', value: (r) => r.file },
    ];
    const c = capture(false);
    const rows = [{ id: 1, text: long, file: 'a.pdf' }, { id: 2, text: 'kort', file: 'b.pdf' }, { id: 3, text: 'x'.repeat(50), file: 'c.pdf' }];
    writeRows(c.io, rows, 'table', three);
    const lines = c.out().trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toBe(`1   ${long}  a.pdf`);
    // The rows whose cells fit line up with the header, at the width of the widest that fits.
    expect(lines[3]).toBe(`2   kort${' '.repeat(50 - 4)}  b.pdf`);
    expect(lines[4]).toBe(`3   ${'x'.repeat(50)}  c.pdf`);
    expect(lines[0]).toBe(`id  text${' '.repeat(50 - 4)}  file`);
  });

  it('prints whole cells, unwrapped, when not on a terminal; quotes CSV cells that need it', () => {
    const c = capture(false);
    writeRows(c.io, [{ id: 1, text: long }], 'table', cols);
    expect(c.out().split('\n')[2]).toBe(`1   ${long}`);
    const csv = capture(false);
    writeRows(csv.io, [{ id: 2, text: 'a, "b"\nc' }], 'csv', cols);
    expect(csv.out()).toBe('id,text\r\n2,"a, ""b""\nc"\r\n');
  });
});
