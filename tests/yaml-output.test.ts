/**
 * Every YAML the tool writes reads back as written, also by a YAML 1.1 reader
 * (PyYAML and others), where a plain `12:30` is the number 750, `2019-09-05` a
 * date and `yes`/`on` booleans.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tempDir } from './helpers/tmp.js';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { serializeExpected } from '../src/check/golden.js';
import { parseFile } from '../src/pipeline.js';
import { openStore } from '../src/store/db.js';
import { storeDocument } from '../src/store/write.js';
import { toYaml } from '../src/util/yaml.js';
import { run } from './helpers/cli.js';
import { makeDoc, makeItem } from './helpers/meetings.js';

const fixtures = path.resolve(__dirname, '../fixtures');

/** What a YAML 1.1 reader and a 1.2 reader make of the text: both must give the JSON value back. */
function expectReadsBack(yaml: string, value: unknown): void {
  const plain = JSON.parse(JSON.stringify(value));
  expect(parseYaml(yaml, { version: '1.1' })).toEqual(plain);
  expect(parseYaml(yaml)).toEqual(plain);
}

/** Strings that a YAML 1.1 or 1.2 reader resolves to something else when they are written plain. */
const TRICKY = [
  '12:30', '1:30:00', '2019-09-05', '2019-09-05T12:30:00Z', 'yes', 'No', 'on', 'OFF', 'y', 'n', 'true', 'null', '~', '',
  '012', '0o17', '0x1F', '0b101', '1_000', '1e5', '.5', '3.', '-.inf', '.NaN', '+1', '<<', '=',
];

describe('YAML output', () => {
  it('quotes every string a YAML 1.1 or 1.2 reader would take for another type', () => {
    const value = { strings: TRICKY, keyed: Object.fromEntries(TRICKY.filter(Boolean).map((s) => [s, s])), time: '12:30' };
    const yaml = toYaml(value);
    expectReadsBack(yaml, value);
    expect(yaml).toContain('time: "12:30"');
    // YAML 1.1's value key and merge key: PyYAML refuses to load either unquoted.
    expect(yaml).toContain('- "="');
    expect(yaml).toContain('- "<<"');
  });

  it('leaves ordinary text plain and keeps numbers, booleans and null as they are', () => {
    const value = { title: 'Godkendelse af dagsorden', when: '2019-09-05 kl. 12.30', count: 3, closed: false, outcome: null };
    const yaml = toYaml(value);
    expect(yaml).toBe('title: Godkendelse af dagsorden\nwhen: 2019-09-05 kl. 12.30\ncount: 3\nclosed: false\noutcome: null\n');
    expectReadsBack(yaml, value);
  });

  it('`parse --format yaml` reads back as the JSON it prints (startTime 12:30, a date)', async () => {
    const file = path.join(fixtures, '004_02c19877bf6487b0.txt');
    const json = JSON.parse((await run(['parse', file])).stdout);
    const r = await run(['parse', file, '--format', 'yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('startTime: "12:30"');
    expect(r.stdout).toContain('date: "2019-09-05"');
    expectReadsBack(r.stdout, json);
  });

  it('expected files (`check --update`, the golden fixtures) read back as the document', async () => {
    const parsed = await parseFile(path.join(fixtures, '004_02c19877bf6487b0.txt'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expectReadsBack(serializeExpected(parsed.document), parsed.document);
    for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.expected.yaml'))) {
      const text = readFileSync(path.join(fixtures, name), 'utf8');
      expect(parseYaml(text, { version: '1.1' }), name).toEqual(parseYaml(text));
    }
  });

  describe('from the database', () => {
    let dir: string;
    let db: string;
    const doc = makeDoc({
      file: 'yes.pdf', body: 'on', date: '2021-03-04',
      items: [makeItem({ number: 1, title: '12:30', decision: 'no', itemType: '1_000' }), makeItem({ number: 2, title: 'Evt.', decision: '2019-09-05' })],
    });
    beforeAll(() => {
      dir = tempDir('yaml');
      db = path.join(dir, 'y.db');
      const store = openStore(db);
      storeDocument(store, doc, '/x/yes.pdf');
      store.close();
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('`show --format yaml` reads back as `show --format json`', async () => {
      const yaml = await run(['show', '1', '--db', db, '--format', 'yaml']);
      const json = await run(['show', '1', '--db', db, '--format', 'json']);
      expect(yaml.code).toBe(0);
      expectReadsBack(yaml.stdout, JSON.parse(json.stdout));
    });

    it('`query --format yaml` and `stats --format yaml` read back as their JSON', async () => {
      for (const command of ['query', 'stats']) {
        const yaml = await run([command, '--db', db, '--format', 'yaml']);
        const json = await run([command, '--db', db, '--format', 'json']);
        expect(yaml.code).toBe(0);
        expect(JSON.parse(json.stdout).length).toBeGreaterThan(0);
        expectReadsBack(yaml.stdout, JSON.parse(json.stdout));
      }
    });
  });
});
