/**
 * A structural diff of two JSON-like values, by path (`items[3].decision`),
 * for `minutes check`: what changed, not where the lines of a file moved.
 */
export interface Difference {
  path: string;
  kind: 'changed' | 'added' | 'removed';
  expected?: unknown;
  actual?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function diff(expected: unknown, actual: unknown, path = ''): Difference[] {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const out: Difference[] = [];
    const n = Math.max(expected.length, actual.length);
    for (let i = 0; i < n; i++) {
      const p = `${path}[${i}]`;
      if (i >= actual.length) out.push({ path: p, kind: 'removed', expected: expected[i] });
      else if (i >= expected.length) out.push({ path: p, kind: 'added', actual: actual[i] });
      else out.push(...diff(expected[i], actual[i], p));
    }
    return out;
  }
  if (isObject(expected) && isObject(actual)) {
    const out: Difference[] = [];
    const keys = [...Object.keys(expected), ...Object.keys(actual).filter((k) => !(k in expected))];
    for (const k of keys) {
      const p = path ? `${path}.${k}` : k;
      if (!(k in actual)) out.push({ path: p, kind: 'removed', expected: expected[k] });
      else if (!(k in expected)) out.push({ path: p, kind: 'added', actual: actual[k] });
      else out.push(...diff(expected[k], actual[k], p));
    }
    return out;
  }
  if (Object.is(expected, actual)) return [];
  return [{ path: path || '(document)', kind: 'changed', expected, actual }];
}

const CONTEXT = 60;

/** Two long strings shown around their first difference. */
function excerpts(a: string, b: string): [string, string] {
  if (a.length <= 2 * CONTEXT + 20 && b.length <= 2 * CONTEXT + 20) return [a, b];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  const from = Math.max(0, start - CONTEXT);
  const cut = (s: string) => (from > 0 ? '…' : '') + s.slice(from, start + CONTEXT) + (start + CONTEXT < s.length ? '…' : '');
  return [cut(a), cut(b)];
}

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? 'undefined';
}

/** One difference as readable lines: `path:` then `- expected` and `+ actual`. */
export function formatDifference(d: Difference): string[] {
  if (d.kind === 'added') return [`${d.path}: added`, `  + ${show(d.actual)}`];
  if (d.kind === 'removed') return [`${d.path}: removed`, `  - ${show(d.expected)}`];
  if (typeof d.expected === 'string' && typeof d.actual === 'string') {
    const [a, b] = excerpts(d.expected, d.actual);
    return [`${d.path}:`, `  - ${show(a)}`, `  + ${show(b)}`];
  }
  return [`${d.path}:`, `  - ${show(d.expected)}`, `  + ${show(d.actual)}`];
}
