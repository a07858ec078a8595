/**
 * Scoring one parsed meeting document against its gold (eval/real/gold/*.yaml).
 * Pure functions: `npm run eval` (scripts/eval.js) runs them over the corpus,
 * tests/eval-score.test.ts pins how lenient each comparison is.
 */

/** Case-folded, NFC, quotes and dashes unified, punctuation at the ends and runs of spaces dropped. */
export function norm(s) {
  return String(s ?? '')
    .normalize('NFC')
    .toLocaleLowerCase('da')
    .replace(/[‘’‚`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.,:;!?()\-–•*#]+|[\s"'.,:;!?()\-–•*#]+$/g, '')
    .trim();
}

function tokens(s) {
  return norm(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Dice coefficient over word tokens (multiset). */
export function dice(a, b) {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 && tb.length === 0) return 1;
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  return (2 * common) / (ta.length + tb.length);
}

const alternatives = (gold) => (Array.isArray(gold) ? gold : [gold]).filter((g) => g !== null && g !== undefined && String(g).trim() !== '');

/** Two texts read the same: equal, nearly the same words (Dice ≥ `words`), or one holding most (≥ `share`) of the other. */
function readsTheSame(gold, got, words, share) {
  if (got === null || got === undefined) return false;
  const g2 = norm(got);
  return alternatives(gold).some((g) => {
    const g1 = norm(g);
    if (g1 === g2 || dice(g1, g2) >= words) return true;
    const [short, long] = g1.length <= g2.length ? [g1, g2] : [g2, g1];
    return short.length >= 4 && long.includes(short) && short.length / long.length >= share;
  });
}

/** A title reads the same: equal, nearly the same words, or one holds most of the other. */
export const sameTitle = (gold, got) => readsTheSame(gold, got, 0.7, 0.5);

/** A body or place reads the same: as a title, but a little stricter. */
export const sameName = (gold, got) => readsTheSame(gold, got, 0.8, 0.6);

/** A person: the shorter name's words appear, in order and together, in the longer (`Lise` ~ `Lise Holm`). */
export function samePerson(gold, got) {
  if (got === null || got === undefined) return false;
  const t2 = tokens(got);
  return alternatives(gold).some((g) => {
    const t1 = tokens(g);
    if (t1.length === 0 || t2.length === 0) return false;
    const [short, long] = t1.length <= t2.length ? [t1, t2] : [t2, t1];
    for (let i = 0; i + short.length <= long.length; i++) {
      if (short.every((t, k) => long[i + k] === t)) return true;
    }
    return false;
  });
}

/**
 * A decision is right when the gold's first sentence(s) are in it, near its
 * start (a decision that opens with the background is wrong), or when the
 * parser's decision is most of the gold snippet (the snippet ran on).
 */
export function sameDecision(gold, got) {
  if (got === null || got === undefined) return false;
  const g2 = norm(got);
  return alternatives(gold).some((g) => {
    const g1 = norm(g);
    const at = g2.indexOf(g1);
    if (at >= 0 && at <= 200) return true;
    return g2.length >= 20 && g1.startsWith(g2) && g2.length / g1.length >= 0.5;
  });
}

const blank = (v) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && alternatives(v).length === 0);

/** One field: tp (right), fp (a value where none or another is right), fn (the right value missing). */
function fieldScore(gold, got, same) {
  const g = blank(gold) ? null : gold;
  const p = blank(got) ? null : got;
  if (g === null && p === null) return { tp: 0, fp: 0, fn: 0, tn: 1 };
  if (g === null) return { tp: 0, fp: 1, fn: 0, tn: 0 };
  if (p === null) return { tp: 0, fp: 0, fn: 1, tn: 0 };
  return same(g, p) ? { tp: 1, fp: 0, fn: 0, tn: 0 } : { tp: 0, fp: 1, fn: 1, tn: 0 };
}

const exact = (g, p) => alternatives(g).some((x) => String(x).trim() === String(p).trim());

export const FIELDS = {
  documentType: (gold, doc) => fieldScore(gold.documentType, doc.documentType, exact),
  body: (gold, doc) => fieldScore(gold.meeting?.body, doc.meeting.body, sameName),
  date: (gold, doc) => fieldScore(gold.meeting?.date, doc.meeting.date, exact),
  startTime: (gold, doc) => fieldScore(gold.meeting?.startTime, doc.meeting.startTime, exact),
  endTime: (gold, doc) => fieldScore(gold.meeting?.endTime, doc.meeting.endTime, exact),
  location: (gold, doc) => fieldScore(gold.meeting?.location, doc.meeting.location, sameName),
  chair: (gold, doc) => fieldScore(gold.meeting?.chair, doc.meeting.chair, samePerson),
};

/**
 * Gold items matched to parsed items: the same number and a title that reads
 * the same, in order. An item printed without a title (gold `title: null`)
 * matches the parsed item of its number that has no title either, or whose
 * record reads as the gold's. Returns pairs of indexes.
 */
export function matchItems(goldItems, items) {
  const used = new Set();
  const pairs = [];
  for (let gi = 0; gi < goldItems.length; gi++) {
    const g = goldItems[gi];
    let best = -1;
    for (let pi = 0; pi < items.length; pi++) {
      if (used.has(pi)) continue;
      const p = items[pi];
      if (Number(g.number) !== p.number) continue;
      const untitled = alternatives(g.title).length === 0;
      if (untitled ? !blank(p.title) && !(g.decision && sameDecision(g.decision, p.decision)) : !sameTitle(g.title, p.title) && !sameTitle(g.title, p.heading)) continue;
      best = pi;
      break;
    }
    if (best >= 0) {
      used.add(best);
      pairs.push([gi, best]);
    }
  }
  return pairs;
}

/** Scores one document; `doc` is the meeting document, or null when the parser refused it. */
export function scoreDocument(gold, doc) {
  const goldItems = gold.items ?? [];
  const items = doc?.items ?? [];
  const pairs = doc ? matchItems(goldItems, items) : [];
  const matchedGold = new Map(pairs.map(([g, p]) => [g, p]));
  const result = {
    refused: doc === null,
    items: { tp: pairs.length, gold: goldItems.length, got: items.length },
    decisions: { tp: 0, fp: 0, fn: 0 },
    outcomes: { right: 0, total: 0 },
    fields: {},
    absent: { tp: 0, fp: 0, fn: 0 },
    present: { found: 0, total: 0 },
    misses: [],
  };
  for (let gi = 0; gi < goldItems.length; gi++) {
    const g = goldItems[gi];
    const pi = matchedGold.get(gi);
    const p = pi === undefined ? null : items[pi];
    if (!p) result.misses.push({ kind: 'item', number: g.number, gold: g.title });
    const goldDecision = blank(g.decision) ? null : g.decision;
    if (p) {
      const got = blank(p.decision) ? null : p.decision;
      const s = fieldScore(goldDecision, got, sameDecision);
      result.decisions.tp += s.tp;
      result.decisions.fp += s.fp;
      result.decisions.fn += s.fn;
      if (s.fp || s.fn) result.misses.push({ kind: 'decision', number: g.number, gold: goldDecision, got: got === null ? null : got.slice(0, 160) });
    } else if (goldDecision !== null) {
      result.decisions.fn += 1;
    }
    if (!blank(g.outcome)) {
      result.outcomes.total += 1;
      if (p && p.outcome === g.outcome) result.outcomes.right += 1;
      else if (p) result.misses.push({ kind: 'outcome', number: g.number, gold: g.outcome, got: p.outcome });
    }
  }
  for (const [name, score] of Object.entries(FIELDS)) {
    const s = doc ? score(gold, doc) : fieldScore(name === 'documentType' ? gold.documentType : gold.meeting?.[name], null, exact);
    result.fields[name] = s;
    if (s.fp || s.fn) {
      const got = doc ? (name === 'documentType' ? doc.documentType : doc.meeting[name]) : null;
      result.misses.push({ kind: name, gold: name === 'documentType' ? gold.documentType : gold.meeting?.[name] ?? null, got });
    }
  }
  const people = doc?.participants ?? [];
  if (Array.isArray(gold.absent)) {
    const gotAbsent = people.filter((p) => p.group === 'absent').map((p) => p.name);
    const s = matchNames(gold.absent, gotAbsent);
    result.absent = s;
    if (s.fp || s.fn) result.misses.push({ kind: 'absent', gold: gold.absent, got: gotAbsent });
  }
  if (Array.isArray(gold.present)) {
    const gotPresent = people.filter((p) => p.group !== 'absent').map((p) => p.name);
    const s = matchNames(gold.present, gotPresent);
    result.present = { found: s.tp, total: gold.present.length };
    if (s.fn) result.misses.push({ kind: 'present', gold: gold.present, got: gotPresent });
  }
  return result;
}

/** Names matched one to one. */
export function matchNames(goldNames, gotNames) {
  const used = new Set();
  let tp = 0;
  for (const g of goldNames) {
    const i = gotNames.findIndex((n, k) => !used.has(k) && samePerson(g, n));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return { tp, fp: gotNames.length - tp, fn: goldNames.length - tp };
}

export const f1 = ({ tp, fp, fn }) => (tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn));

/** Pools document scores into the corpus figures. */
export function pool(scores) {
  const sum = (pick) => scores.reduce((a, s) => a + pick(s), 0);
  const items = { tp: sum((s) => s.items.tp), gold: sum((s) => s.items.gold), got: sum((s) => s.items.got) };
  const precision = items.got ? items.tp / items.got : 1;
  const recall = items.gold ? items.tp / items.gold : 1;
  const fields = {};
  for (const name of Object.keys(FIELDS)) {
    const c = { tp: sum((s) => s.fields[name].tp), fp: sum((s) => s.fields[name].fp), fn: sum((s) => s.fields[name].fn), tn: sum((s) => s.fields[name].tn) };
    fields[name] = { ...c, f1: f1(c) };
  }
  const decisions = { tp: sum((s) => s.decisions.tp), fp: sum((s) => s.decisions.fp), fn: sum((s) => s.decisions.fn) };
  const absent = { tp: sum((s) => s.absent.tp), fp: sum((s) => s.absent.fp), fn: sum((s) => s.absent.fn) };
  const outcomes = { right: sum((s) => s.outcomes.right), total: sum((s) => s.outcomes.total) };
  const present = { found: sum((s) => s.present.found), total: sum((s) => s.present.total) };
  return {
    documents: scores.length,
    refused: scores.filter((s) => s.refused).length,
    noItems: scores.filter((s) => !s.refused && s.items.got === 0 && s.items.gold > 0).length,
    allItemsRight: scores.filter((s) => s.items.tp === s.items.gold && s.items.got === s.items.gold).length,
    items: { ...items, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) },
    decisions: { ...decisions, f1: f1(decisions) },
    outcomes: { ...outcomes, accuracy: outcomes.total ? outcomes.right / outcomes.total : 1 },
    fields,
    absent: { ...absent, f1: f1(absent) },
    present: { ...present, recall: present.total ? present.found / present.total : 1 },
  };
}
