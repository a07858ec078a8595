/**
 * docs/contract.md, the meeting document as users read it, agrees with the
 * Zod schema it describes (src/schema.ts): every field the schema has is
 * named in the contract's document, every fixed value (enums, literals) is
 * given, and the contract names no field the schema lacks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { MeetingDocument } from '../src/schema.js';

const contract = readFileSync(path.resolve(__dirname, '../docs/contract.md'), 'utf8');
/** The annotated document in the contract: its first fenced block. */
const sketch = /```\n([\s\S]*?)```/.exec(contract)![1]!;

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
}
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Every field as `parent.name` and every fixed value, walking the schema. */
function walk(s: z.ZodType, at: string, fields: string[], values: [string, string][]): void {
  const d = def(s);
  if (d.type === 'object') {
    for (const [name, child] of Object.entries(d.shape!)) {
      fields.push(at ? `${at}.${name}` : name);
      walk(child, at ? `${at}.${name}` : name, fields, values);
    }
  } else if (d.type === 'nullable' || d.type === 'optional') walk(d.innerType!, at, fields, values);
  else if (d.type === 'array') walk(d.element!, at, fields, values);
  else if (d.type === 'enum') for (const v of Object.values(d.entries!)) values.push([at, String(v)]);
  else if (d.type === 'literal') for (const v of d.values!) values.push([at, JSON.stringify(v)]);
}

const fields: string[] = [];
const values: [string, string][] = [];
walk(MeetingDocument, '', fields, values);

describe('docs/contract.md', () => {
  it('the walk found the schema (a guard on the test itself)', () => {
    expect(fields).toContain('items.sections.kind');
    expect(values).toContainEqual(['items.outcome', 'rejected']);
  });

  it.each(fields)('names the field %s', (field) => {
    const name = field.split('.').pop()!;
    expect(sketch).toContain(`"${name}":`);
  });

  it.each(values)('gives %s the value %s', (field, value) => {
    // Enum values are quoted strings; a literal (schemaVersion) is shown as the field's value.
    const literal = def(MeetingDocument).shape![field] !== undefined && !Number.isNaN(Number(value));
    expect(sketch).toContain(literal ? `"${field}": ${value}` : `"${value}"`);
  });

  it('names no field the schema lacks', () => {
    const named = new Set(fields.map((f) => f.split('.').pop()!));
    const inSketch = [...sketch.matchAll(/"(\w+)":/g)].map((m) => m[1]!);
    expect(inSketch.filter((n) => !named.has(n))).toEqual([]);
  });

  it('is the contract the README points to', () => {
    const readme = readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');
    expect(readme).toContain('[`docs/contract.md`](docs/contract.md)');
  });
});
