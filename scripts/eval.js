#!/usr/bin/env node
/**
 * `npm run eval`: parses every document in eval/real/docs, scores it against
 * eval/real/gold/<id>.yaml, prints a table per document and the pooled
 * figures, writes them to eval/out/latest.json (the run before is kept as
 * eval/out/previous.json) and prints what changed since the last run.
 *
 *   node scripts/eval.js [--corpus DIR] [--verbose] [--only TEXT] [--no-save]
 *
 * --corpus    another annotated corpus laid out like eval/real (eval/heldout:
 *             documents kept apart, never looked at while tuning); its runs are
 *             saved as eval/out/<name>-latest.json
 * --verbose   every miss of every document (item, decision, outcome, field)
 * --only      documents whose id contains TEXT (nothing is saved)
 * --no-save   print, but leave eval/out as it is
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { parseFile } from '../dist/pipeline.js';
import { FIELDS, f1, pool, scoreDocument } from './eval-score.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const corpusAt = args.indexOf('--corpus');
const corpus = corpusAt >= 0 ? path.resolve(args[corpusAt + 1]) : path.join(root, 'eval', 'real');
const outDir = path.join(root, 'eval', 'out');
const runName = path.basename(corpus) === 'real' ? 'latest' : `${path.basename(corpus)}-latest`;
const previousName = path.basename(corpus) === 'real' ? 'previous' : `${path.basename(corpus)}-previous`;
const verbose = args.includes('--verbose');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : null;
const save = !args.includes('--no-save') && only === null;

const FIELD_SHORT = { documentType: 'y', body: 'b', date: 'd', startTime: 's', endTime: 'e', location: 'l', chair: 'c' };

async function main() {
  const files = (await fs.readdir(path.join(corpus, 'docs'))).filter((f) => !f.startsWith('.')).sort();
  const rows = [];
  const started = Date.now();
  for (const file of files) {
    const id = file.replace(/\.[^.]+$/, '');
    if (only && !id.includes(only)) continue;
    const goldPath = path.join(corpus, 'gold', `${id}.yaml`);
    let gold;
    try {
      gold = YAML.parse(await fs.readFile(goldPath, 'utf8'));
    } catch (err) {
      console.error(`eval: ${id}: no readable gold (${err.message.split('\n')[0]})`);
      continue;
    }
    const t0 = process.hrtime.bigint();
    const result = await parseFile(path.join(corpus, 'docs', file));
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const doc = result.ok ? result.document : null;
    const score = scoreDocument(gold, doc);
    rows.push({ id, kind: gold.kind ?? 'other', ms, failure: result.ok ? null : result.failure.message, ...score });
  }
  const pooled = pool(rows);
  const byKind = {};
  for (const kind of [...new Set(rows.map((r) => r.kind))].sort()) byKind[kind] = pool(rows.filter((r) => r.kind === kind));

  printDocuments(rows);
  console.log('');
  printPooled(pooled, byKind);
  console.log(`\n${rows.length} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const run = {
    date: new Date().toISOString(),
    pooled,
    byKind,
    documents: Object.fromEntries(rows.map((r) => [r.id, summarize(r)])),
  };
  let previous = null;
  try {
    previous = JSON.parse(await fs.readFile(path.join(outDir, `${runName}.json`), 'utf8'));
  } catch {
    // no earlier run
  }
  if (previous) printDifference(previous, run);
  if (save) {
    await fs.mkdir(outDir, { recursive: true });
    if (previous) await fs.writeFile(path.join(outDir, `${previousName}.json`), JSON.stringify(previous, null, 1) + '\n');
    await fs.writeFile(path.join(outDir, `${runName}.json`), JSON.stringify(run, null, 1) + '\n');
    console.log(`\nwritten: eval/out/${runName}.json${previous ? ` (the run before: eval/out/${previousName}.json)` : ''}`);
  }
}

/** What one document's line in the JSON keeps. */
function summarize(r) {
  return {
    kind: r.kind,
    refused: r.refused,
    items: r.items,
    itemsF1: itemsF1(r.items),
    decisions: r.decisions,
    outcomes: r.outcomes,
    fields: Object.fromEntries(Object.entries(r.fields).map(([k, s]) => [k, s.tp ? 'right' : s.tn ? 'none' : s.fn && !s.fp ? 'missing' : 'wrong'])),
    absentF1: f1(r.absent),
  };
}

function itemsF1({ tp, gold, got }) {
  if (gold === 0 && got === 0) return 1;
  return (2 * tp) / (gold + got);
}

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const fmt = (x) => x.toFixed(3);

function printDocuments(rows) {
  const width = Math.max(8, ...rows.map((r) => r.id.length));
  console.log(`${pad('document', width)}  items (ok/gold/got)  F1     decisions  outcomes  fields (y b d s e l c)  absent`);
  for (const r of rows) {
    const fields = Object.keys(FIELDS)
      .map((k) => {
        const s = r.fields[k];
        return s.tp ? FIELD_SHORT[k].toUpperCase() : s.tn ? '.' : s.fp && !s.fn ? '+' : s.fn && !s.fp ? '-' : 'x';
      })
      .join(' ');
    const decisionsNeeded = r.decisions.tp + r.decisions.fn;
    const absent = r.absent.tp + r.absent.fp + r.absent.fn ? fmt(f1(r.absent)) : '';
    const note = r.refused ? `  REFUSED: ${r.failure}` : r.items.got === 0 && r.items.gold > 0 ? '  NO ITEMS' : '';
    console.log(
      `${pad(r.id, width)}  ${lpad(`${r.items.tp}/${r.items.gold}/${r.items.got}`, 19)}  ${fmt(itemsF1(r.items))}  ${lpad(`${r.decisions.tp}/${decisionsNeeded}${r.decisions.fp - r.decisions.fn > 0 ? '+' : ''}`, 9)}  ${lpad(`${r.outcomes.right}/${r.outcomes.total}`, 8)}  ${pad(fields, 22)}  ${absent}${note}`,
    );
    if (verbose) for (const m of r.misses) console.log(`    ${describeMiss(m)}`);
  }
  console.log('fields: capital = right, . = rightly none, - = missing, + = stated where the document has none, x = wrong');
}

function describeMiss(m) {
  const show = (v) => (v === null || v === undefined ? 'null' : typeof v === 'string' ? JSON.stringify(v.length > 140 ? v.slice(0, 140) + '…' : v) : JSON.stringify(v));
  if (m.kind === 'item') return `item ${m.number} not found: ${show(m.gold)}`;
  if (m.kind === 'decision' || m.kind === 'outcome') return `${m.kind} of item ${m.number}: gold ${show(m.gold)}, got ${show(m.got)}`;
  return `${m.kind}: gold ${show(m.gold)}, got ${show(m.got)}`;
}

function pooledLines(p) {
  const lines = [
    ['items precision', p.items.precision, `${p.items.tp}/${p.items.got}`],
    ['items recall', p.items.recall, `${p.items.tp}/${p.items.gold}`],
    ['items F1', p.items.f1, ''],
    ['decisions F1', p.decisions.f1, `${p.decisions.tp} right, ${p.decisions.fn} missed, ${p.decisions.fp} wrong or extra`],
    ['outcomes accuracy', p.outcomes.accuracy, `${p.outcomes.right}/${p.outcomes.total}`],
  ];
  for (const [name, s] of Object.entries(p.fields)) lines.push([`${name} F1`, s.f1, `${s.tp} right, ${s.fn} missed, ${s.fp} wrong or extra, ${s.tn} rightly none`]);
  lines.push(['absentees F1', p.absent.f1, `${p.absent.tp} right, ${p.absent.fn} missed, ${p.absent.fp} extra`]);
  lines.push(['present recall', p.present.recall, `${p.present.found}/${p.present.total}`]);
  return lines;
}

function printPooled(p, byKind) {
  const kinds = Object.keys(byKind);
  console.log(`pooled over ${p.documents} documents (${kinds.map((k) => `${byKind[k].documents} ${k}`).join(', ')})`);
  console.log(`${pad('', 20)}  ${lpad('all', 6)}  ${kinds.map((k) => lpad(k.slice(0, 11), 11)).join('  ')}  counts (all)`);
  const per = kinds.map((k) => pooledLines(byKind[k]));
  pooledLines(p).forEach(([name, value, counts], i) => {
    console.log(`${pad(name, 20)}  ${lpad(fmt(value), 6)}  ${per.map((l) => lpad(fmt(l[i][1]), 11)).join('  ')}  ${counts}`);
  });
  console.log(`documents refused: ${p.refused}; with no items found: ${p.noItems}; with every item right: ${p.allItemsRight}/${p.documents}`);
}

function printDifference(previous, run) {
  console.log(`\ndifference from the previous run (${previous.date}):`);
  const before = Object.fromEntries(pooledLines(previous.pooled).map(([n, v]) => [n, v]));
  let any = false;
  for (const [name, value] of pooledLines(run.pooled)) {
    const b = before[name];
    if (b === undefined || Math.abs(b - value) < 0.0005) continue;
    any = true;
    console.log(`  ${pad(name, 20)}  ${fmt(b)} → ${fmt(value)}  (${value > b ? '+' : ''}${(value - b).toFixed(3)})`);
  }
  if (previous.pooled.documents !== run.pooled.documents) console.log(`  documents: ${previous.pooled.documents} → ${run.pooled.documents}`);
  for (const [id, now] of Object.entries(run.documents)) {
    const was = previous.documents[id];
    if (!was) {
      console.log(`  ${id}: new`);
      continue;
    }
    const changes = [];
    if (Math.abs(was.itemsF1 - now.itemsF1) >= 0.0005) changes.push(`items F1 ${fmt(was.itemsF1)} → ${fmt(now.itemsF1)}`);
    if (was.decisions.tp !== now.decisions.tp || was.decisions.fp !== now.decisions.fp) changes.push(`decisions ${was.decisions.tp} → ${now.decisions.tp} right (${was.decisions.fp} → ${now.decisions.fp} wrong)`);
    if (was.outcomes.right !== now.outcomes.right) changes.push(`outcomes ${was.outcomes.right} → ${now.outcomes.right}`);
    for (const k of Object.keys(now.fields)) if (was.fields[k] !== now.fields[k]) changes.push(`${k} ${was.fields[k]} → ${now.fields[k]}`);
    if (Math.abs((was.absentF1 ?? 1) - now.absentF1) >= 0.0005) changes.push(`absent F1 ${fmt(was.absentF1)} → ${fmt(now.absentF1)}`);
    if (was.refused !== now.refused) changes.push(now.refused ? 'now refused' : 'no longer refused');
    if (changes.length) {
      any = true;
      console.log(`  ${id}: ${changes.join('; ')}`);
    }
  }
  for (const id of Object.keys(previous.documents)) if (!run.documents[id]) console.log(`  ${id}: gone`);
  if (!any) console.log('  no change');
}

main().catch((err) => {
  console.error(`eval: ${err.stack ?? err}`);
  process.exit(1);
});
