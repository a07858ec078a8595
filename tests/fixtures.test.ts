/**
 * Golden fixtures: every `fixtures/X` with `X.expected.yaml` beside it parses
 * to exactly that document. `UPDATE_FIXTURES=1 npm test` rewrites them; read
 * the diff of every rewritten file before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { expectedPath, serializeExpected } from '../src/check/golden.js';
import { parseFile } from '../src/pipeline.js';
import { MeetingDocument } from '../src/schema.js';

const dir = path.resolve(__dirname, '../fixtures');
const inputs = readdirSync(dir)
  .filter((f) => !f.endsWith('.expected.yaml') && existsSync(expectedPath(path.join(dir, f))))
  .sort();

describe('golden fixtures', () => {
  it('there are fixtures to check', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(7);
  });

  it.each(inputs)('%s parses to its expected document', async (name) => {
    const result = await parseFile(path.join(dir, name));
    if (!result.ok) throw new Error(`${name}: ${result.failure.message}`);
    const expected = expectedPath(path.join(dir, name));
    if (process.env.UPDATE_FIXTURES === '1') {
      writeFileSync(expected, serializeExpected(result.document));
    }
    expect(result.document).toEqual(MeetingDocument.parse(parseYaml(readFileSync(expected, 'utf8'))));
  });
});
