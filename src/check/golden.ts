/**
 * Golden fixtures: an input `X` with its expected meeting document beside it in
 * `X.expected.yaml`. Finding the pairs, comparing, rewriting.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { MeetingDocument } from '../schema.js';
import { collectInputs, type Input } from '../store/files.js';
import { toYaml } from '../util/yaml.js';
import { diff, type Difference } from './diff.js';

export const EXPECTED_SUFFIX = '.expected.yaml';

export const expectedPath = (input: string) => input + EXPECTED_SUFFIX;

/**
 * Files in the directories that have an expected file beside them, and every
 * file given by name; `empty` are the directories given that have none.
 */
export async function findGoldenInputs(
  args: string[],
  cwd: string,
  onSkip?: (file: string, reason: string) => void,
): Promise<{ inputs: Input[]; missing: string[]; empty: string[] }> {
  const inputs: Input[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  for (const arg of args) {
    const stat = await fs.stat(path.resolve(cwd, arg)).catch(() => null);
    if (!stat) {
      missing.push(arg);
      continue;
    }
    const all = await collectInputs([arg], cwd, { accept: /(?<!\.expected\.yaml)$/, ...(onSkip ? { onSkip } : {}) });
    if (!stat.isDirectory()) {
      inputs.push(...all);
      continue;
    }
    let found = 0;
    for (const input of all) {
      if (await exists(expectedPath(input.absPath))) {
        inputs.push(input);
        found++;
      }
    }
    if (found === 0) empty.push(arg);
  }
  return { inputs, missing, empty };
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

export function serializeExpected(doc: MeetingDocument): string {
  return toYaml(doc);
}

export type CheckResult =
  | { status: 'same' }
  | { status: 'different'; differences: Difference[]; schemaProblem: string | null; document: MeetingDocument }
  | { status: 'no-expected'; document: MeetingDocument }
  | { status: 'failed'; message: string };

export async function checkOne(input: Input): Promise<CheckResult> {
  // The pipeline is loaded when a file is checked, not with the CLI (see cli/main.ts).
  const { parseFile } = await import('../pipeline.js');
  const parsed = await parseFile(input.absPath);
  if (!parsed.ok) return { status: 'failed', message: parsed.failure.message };
  const actual = parsed.document;
  let text: string;
  try {
    text = await fs.readFile(expectedPath(input.absPath), 'utf8');
  } catch {
    return { status: 'no-expected', document: actual };
  }
  let expected: unknown;
  try {
    expected = parseYaml(text);
  } catch (err) {
    return { status: 'failed', message: `its expected file is not valid YAML (${(err as Error).message.split('\n')[0]})` };
  }
  const valid = MeetingDocument.safeParse(expected);
  const schemaProblem = valid.success
    ? null
    : valid.error.issues.map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`)[0] ?? null;
  // Compare the plain data, as a YAML round trip would see it.
  const differences = diff(expected, JSON.parse(JSON.stringify(actual)));
  if (differences.length === 0 && !schemaProblem) return { status: 'same' };
  return { status: 'different', differences, schemaProblem, document: actual };
}

export async function writeExpected(input: Input, doc: MeetingDocument): Promise<void> {
  await fs.writeFile(expectedPath(input.absPath), serializeExpected(doc));
}
