/**
 * Search expressions, parsed by us and rebuilt for FTS5 so that no user text
 * reaches FTS5's own syntax: every word and phrase becomes a quoted string.
 *
 *   words            ips unge          both words (AND is implied)
 *   "a phrase"       "psykiatriens 10-årsplan"
 *   prefix           beskæftig*
 *   operators        ips OR peer, ips NOT voksen, (ips OR peer) AND unge
 *
 * Anything else (column filters, NEAR, ^, stray punctuation) is taken as text.
 */
import { QueryError } from './errors.js';

type Token =
  | { kind: 'word'; text: string; prefix: boolean }
  | { kind: 'phrase'; text: string }
  | { kind: 'op'; op: 'AND' | 'OR' | 'NOT' }
  | { kind: 'open' }
  | { kind: 'close' };

/** True when a word or phrase holds something FTS5 would index (a letter or a digit). */
function hasText(s: string): boolean {
  return /[\p{L}\p{N}]/u.test(s);
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(') {
      tokens.push({ kind: 'open' });
      i++;
    } else if (c === ')') {
      tokens.push({ kind: 'close' });
      i++;
    } else if (c === '"') {
      const end = input.indexOf('"', i + 1);
      if (end < 0) throw new QueryError('the search has a quote (") that is not closed');
      const text = input.slice(i + 1, end);
      if (hasText(text)) tokens.push({ kind: 'phrase', text });
      i = end + 1;
    } else {
      let j = i;
      while (j < input.length && !/[\s()"]/.test(input[j]!)) j++;
      const raw = input.slice(i, j);
      i = j;
      if (raw === 'AND' || raw === 'OR' || raw === 'NOT') tokens.push({ kind: 'op', op: raw });
      else {
        const prefix = raw.endsWith('*');
        const text = raw.replace(/\*+$/, '');
        if (hasText(text)) tokens.push({ kind: 'word', text, prefix });
      }
    }
  }
  return tokens;
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Parses `input` and returns the equivalent FTS5 query; throws QueryError when it is malformed. */
export function toFtsQuery(input: string): string {
  const tokens = tokenize(input);
  if (tokens.length === 0) throw new QueryError(`the search ${JSON.stringify(input)} has no words to look for`);
  let pos = 0;
  const peek = () => tokens[pos];
  const describe = (t: Token | undefined) =>
    t === undefined ? 'the end' : t.kind === 'op' ? t.op : t.kind === 'open' ? '"("' : t.kind === 'close' ? '")"' : 'a word';

  const primary = (): string => {
    const t = peek();
    if (t?.kind === 'open') {
      pos++;
      const inner = or();
      if (peek()?.kind !== 'close') throw new QueryError(`the search has a "(" that is not closed`);
      pos++;
      return `(${inner})`;
    }
    if (t?.kind === 'word') {
      pos++;
      return quote(t.text) + (t.prefix ? '*' : '');
    }
    if (t?.kind === 'phrase') {
      pos++;
      return quote(t.text);
    }
    throw new QueryError(`the search expects a word where it has ${describe(t)}`);
  };
  const not = (): string => {
    let left = primary();
    while (peek()?.kind === 'op' && (peek() as { op: string }).op === 'NOT') {
      pos++;
      left = `${left} NOT ${primary()}`;
    }
    return left;
  };
  const startsOperand = (t: Token | undefined) => t !== undefined && (t.kind === 'word' || t.kind === 'phrase' || t.kind === 'open');
  const and = (): string => {
    const parts = [not()];
    for (;;) {
      const t = peek();
      if (t?.kind === 'op' && t.op === 'AND') {
        pos++;
        parts.push(not());
      } else if (startsOperand(t)) {
        parts.push(not());
      } else break;
    }
    return parts.join(' AND ');
  };
  const or = (): string => {
    const parts = [and()];
    while (peek()?.kind === 'op' && (peek() as { op: string }).op === 'OR') {
      pos++;
      parts.push(and());
    }
    return parts.join(' OR ');
  };

  const result = or();
  if (pos < tokens.length) {
    const t = peek();
    throw new QueryError(t?.kind === 'close' ? 'the search has a ")" without its "("' : `the search has ${describe(t)} out of place`);
  }
  return result;
}

/** A person's name as an FTS5 query: every word of it, in the same name. */
export function toNameQuery(input: string): string {
  const words = input.split(/[^\p{L}\p{N}]+/u).filter(hasText);
  if (words.length === 0) throw new QueryError(`the person ${JSON.stringify(input)} has no name to look for`);
  return words.map(quote).join(' AND ');
}

/** A word or phrase a search looks for (not one it excludes with NOT), for highlighting what matched. */
export interface SearchTerm {
  text: string;
  /** `word*`: the term is the start of a word. */
  prefix: boolean;
}

/** The words and phrases of a search expression that a match holds; those after NOT are left out. */
export function searchTerms(input: string): SearchTerm[] {
  let tokens: Token[];
  try {
    tokens = tokenize(input);
  } catch {
    return [];
  }
  const terms: SearchTerm[] = [];
  let negated = false;
  let depth = 0;
  let negatedDepth = -1;
  for (const t of tokens) {
    if (t.kind === 'op') {
      if (t.op === 'NOT') negated = true;
      continue;
    }
    if (t.kind === 'open') {
      if (negated && negatedDepth < 0) negatedDepth = depth;
      depth++;
      negated = false;
      continue;
    }
    if (t.kind === 'close') {
      depth--;
      if (depth === negatedDepth) negatedDepth = -1;
      continue;
    }
    if (!negated && negatedDepth < 0) terms.push({ text: t.text, prefix: t.kind === 'word' && t.prefix });
    negated = false;
  }
  return terms;
}
