/**
 * The server's HTML pages, rendered on the server with `html` (every value
 * escaped). Links and forms carry the whole state in the URL; the small
 * scripts in assets/serve only add to pages that work without them.
 */
import { Outcome, ParticipantGroup, type MeetingDocument } from '../schema.js';
import type { StatsRow } from '../query/rows.js';
import { html, raw, type Html } from './html.js';
import { FILTER_PARAMS, termPattern, type ResultRow, type SearchResult } from './search.js';

const OUTCOME_WORDS: Record<string, string> = {
  approved: 'approved',
  noted: 'noted',
  discussed: 'discussed',
  referred: 'referred',
  postponed: 'postponed',
  rejected: 'rejected',
  none: 'none',
};

export function layout(title: string, main: Html, opts: { search?: string; scripts?: string[] } = {}): string {
  return html`<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · minutes</title>
<link rel="stylesheet" href="/static/app.css">
${(opts.scripts ?? []).map((s) => html`<script type="module" src="${s}"></script>`)}
</head>
<body>
<header class="top">
  <a class="brand" href="/">minutes</a>
  <form class="quick" action="/" method="get" role="search">
    <input type="search" name="search" value="${opts.search ?? ''}" placeholder="Search the archive" aria-label="Search the archive">
  </form>
  <nav><a href="/">Search</a> <a href="/overview">Overview</a></nav>
</header>
<main>
${main}
</main>
</body>
</html>
`.value;
}

export function outcomeLabel(outcome: string | null): Html {
  if (outcome == null) return html`<span class="outcome outcome-unknown" title="the parser could not tell">unknown</span>`;
  return html`<span class="outcome outcome-${OUTCOME_WORDS[outcome] ?? 'unknown'}">${outcome}</span>`;
}

/** `text` with every match of `pattern` marked; everything escaped. */
export function highlight(text: string, pattern: RegExp | null): Html {
  if (!pattern) return html`${text}`;
  const parts: Html[] = [];
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    parts.push(html`${text.slice(last, m.index)}<mark>${m[0]}</mark>`);
    last = m.index + m[0].length;
  }
  parts.push(html`${text.slice(last)}`);
  return html`${parts}`;
}

/** A URL for `path` with `params` changed: null removes a parameter. */
export function link(path: string, params: URLSearchParams, changes: Record<string, string | null> = {}): string {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) next.delete(k);
    else next.set(k, v);
  }
  for (const [k, v] of [...next]) if (v === '' && k !== 'decision') next.delete(k);
  const qs = next.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Only the filter parameters of a search URL (for export links). */
export function filterParams(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of params) if ((FILTER_PARAMS as readonly string[]).includes(k) && (v !== '' || k === 'decision')) out.append(k, v);
  return out;
}

const pagesText = (p: { start: number; end: number } | null) => (p ? (p.start === p.end ? `p. ${p.start}` : `pp. ${p.start}–${p.end}`) : '');

function resultRow(r: ResultRow, pattern: RegExp | null, snippet: { heading: string | null; text: string } | undefined): Html {
  return html`<li class="result">
  <div class="meta"><span class="date">${r.date ?? 'no date'}</span> · <a href="/meeting/${r.meetingId}">${r.body ?? 'no body'}</a>${r.closed ? html` · <span class="closed">closed</span>` : ''}</div>
  <h3><a href="/item/${r.itemId}">${r.number}. ${highlight(r.title || '(untitled)', pattern)}</a> ${outcomeLabel(r.outcome)}</h3>
  ${r.decision ? html`<p class="decision">${highlight(r.decision, pattern)}</p>` : html`<p class="decision none">No decision recorded.</p>`}
  ${snippet ? html`<p class="snippet">${snippet.heading ? html`<b>${snippet.heading}</b> ` : ''}${highlight(snippet.text, pattern)}</p>` : ''}
  <div class="links"><a href="/meeting/${r.meetingId}#item-${r.number}">meeting</a>${
    r.caseNumber ? html` · <a href="${link('/case', new URLSearchParams(), { number: r.caseNumber })}">case ${r.caseNumber}</a>` : ''
  } · <span class="file">${r.file}${r.pages ? ` ${pagesText(r.pages)}` : ''}</span></div>
</li>`;
}

function facetBlock(title: string, name: 'body' | 'year' | 'outcome', values: { value: string | null; count: number }[], params: URLSearchParams): Html {
  const shown = values.slice(0, 12);
  const href = (v: string) =>
    name === 'year' ? link('/', params, { from: v, to: v, page: null }) : link('/', params, { [name]: v, page: null });
  return html`<section class="facet"><h4>${title}</h4><ul>${shown.map((f) =>
    f.value == null
      ? html`<li><span class="none">${name === 'outcome' ? 'unknown' : 'none'}</span> <span class="count">${f.count}</span></li>`
      : html`<li><a href="${href(name === 'outcome' && f.value === null ? 'unknown' : f.value)}">${name === 'outcome' ? outcomeLabel(f.value) : f.value}</a> <span class="count">${f.count}</span></li>`,
  )}${values.length > shown.length ? html`<li class="more">and ${values.length - shown.length} more</li>` : ''}</ul></section>`;
}

export function searchPage(params: URLSearchParams, result: SearchResult | null, error: string | null, snippetsById: Map<number, { heading: string | null; text: string }>): string {
  const v = (k: string) => params.get(k) ?? '';
  const outcomes = params.getAll('outcome').join(',');
  const pattern = result ? termPattern(result.terms) : null;
  const options = (values: readonly string[], current: string, labels: Record<string, string> = {}) =>
    values.map((o) => html`<option value="${o}"${o === current ? raw(' selected') : ''}>${labels[o] ?? o}</option>`);
  const form = html`<form class="search" action="/" method="get">
  <div class="row"><input type="search" name="search" value="${v('search')}" placeholder='words, "a phrase", prefix*, OR, NOT' aria-label="Search">
  <button type="submit">Search</button></div>
  <div class="filters">
    <label>Body <input name="body" value="${v('body')}"></label>
    <label>From <input name="from" value="${v('from')}" placeholder="YYYY[-MM[-DD]]" size="10"></label>
    <label>To <input name="to" value="${v('to')}" placeholder="YYYY[-MM[-DD]]" size="10"></label>
    <label>Outcome <select name="outcome"><option value="">any</option>${options([...Outcome.options, 'unknown'], outcomes)}</select></label>
    <label>Type <input name="type" value="${v('type')}" size="12"></label>
    <label>Person <input name="person" value="${v('person')}" size="14"></label>
    <label>Access <select name="closed">${options(['', 'false', 'true'], v('closed'), { '': 'any', false: 'open items', true: 'closed items' })}</select></label>
    <label><input type="checkbox" name="decision" value=""${params.has('decision') && v('decision') === '' ? raw(' checked') : ''}> with a decision</label>
    ${params.has('decision') && v('decision') !== '' ? html`<input type="hidden" name="decision" value="${v('decision')}">` : ''}
    <label>Sort <select name="sort">${options(['', 'newest', 'oldest', 'relevance'], v('sort'), { '': 'default' })}</select></label>
  </div>
</form>`;
  let body: Html;
  if (error) body = html`<p class="error" role="alert">${error}</p>`;
  else if (!result) body = html``;
  else {
    const filters = filterParams(params);
    const count = result.capped ? `more than ${result.total.toLocaleString('en')} items` : `${result.total.toLocaleString('en')} item${result.total === 1 ? '' : 's'}`;
    const first = (result.page - 1) * result.pageSize;
    const more = result.rows.length === result.pageSize && (result.capped || first + result.pageSize < result.total);
    body = html`<div class="results-layout">
<aside class="facets">
  ${result.capped ? html`<p class="note">Counts of the first ${result.total.toLocaleString('en')} matches.</p>` : ''}
  ${facetBlock('Bodies', 'body', result.facets.body, params)}
  ${facetBlock('Years', 'year', result.facets.year, params)}
  ${facetBlock('Outcomes', 'outcome', result.facets.outcome.map((f) => ({ value: f.value ?? 'unknown', count: f.count })), params)}
</aside>
<section class="results">
  <p class="summary"><span id="count">${count}</span>${result.rows.length ? `, ${first + 1}–${first + result.rows.length} shown` : ''} ·
    export <a id="export-csv" href="${link('/export.csv', filters)}">CSV</a> · <a id="export-json" href="${link('/export.json', filters)}">JSON</a></p>
  ${result.rows.length === 0 ? html`<p class="empty">Nothing found.</p>` : html`<ol class="result-list">${result.rows.map((r) => resultRow(r, pattern, snippetsById.get(r.itemId)))}</ol>`}
  <nav class="pager">${result.page > 1 ? html`<a rel="prev" href="${link('/', params, { page: String(result.page - 1) })}">← previous</a>` : ''}
  ${more ? html`<a rel="next" href="${link('/', params, { page: String(result.page + 1) })}">next →</a>` : ''}</nav>
</section>
</div>`;
  }
  return layout(params.get('search') ? `Search: ${params.get('search')}` : 'Search', html`${form}${body}`, { search: v('search'), scripts: ['/static/app.js'] });
}

const GROUP_WORDS: Record<string, string> = {
  chair: 'Chair',
  member: 'Members',
  secretariat: 'Secretariat',
  guest: 'Guests',
  absent: 'Absent',
  other: 'Others',
};

/** Only web links become links; anything else in a document stays text. */
function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}

export function meetingHeader(doc: MeetingDocument, meetingId: number): Html {
  const m = doc.meeting;
  const time = m.startTime ? `${m.startTime}${m.endTime ? `–${m.endTime}` : ''}` : null;
  return html`<header class="meeting-head">
  <h1>${m.body ?? 'Meeting without a body'}</h1>
  <dl class="facts">
    <dt>Date</dt><dd>${m.date ?? 'not given'}</dd>
    ${time ? html`<dt>Time</dt><dd>${time}</dd>` : ''}
    ${m.location ? html`<dt>Place</dt><dd>${m.location}</dd>` : ''}
    ${m.chair ? html`<dt>Chair</dt><dd>${m.chair}</dd>` : ''}
    <dt>Source</dt><dd><a href="/file/${meetingId}">${doc.source.file}</a> (${doc.source.format}${doc.source.pages ? `, ${doc.source.pages} pages` : ''}${doc.documentType ? `, ${doc.documentType}` : ''})</dd>
  </dl>
</header>`;
}

function sectionBlock(s: MeetingDocument['items'][number]['sections'][number], open: boolean): Html {
  return html`<details class="section section-${s.kind}"${open ? raw(' open') : ''}><summary>${s.heading ?? s.kind}</summary><div class="text">${s.text}</div></details>`;
}

function attachmentList(item: MeetingDocument['items'][number]): Html {
  if (item.attachments.length === 0) return html``;
  return html`<ul class="attachments">${item.attachments.map((a) => {
    const url = safeUrl(a.url);
    const label = `${a.label ? `${a.label}: ` : ''}${a.title}`;
    return html`<li>${url ? html`<a href="${url}" rel="noreferrer noopener">${label}</a>` : label}</li>`;
  })}</ul>`;
}

export function meetingPage(doc: MeetingDocument, meetingId: number, itemIds: number[]): string {
  const groups = ParticipantGroup.options
    .map((g) => ({ g, people: doc.participants.filter((p) => p.group === g) }))
    .filter((x) => x.people.length > 0);
  const participants = groups.length
    ? html`<section class="participants"><h2>Participants</h2><dl>${groups.map(
        (x) => html`<dt>${GROUP_WORDS[x.g] ?? x.g}</dt><dd>${x.people.map((p, i) => html`${i ? ', ' : ''}${p.name}${p.role ? ` (${p.role})` : ''}${p.note ? html` <span class="note">${p.note}</span>` : ''}`)}</dd>`,
      )}</dl></section>`
    : html``;
  const items = doc.items.map((it, k) => {
    const meta = [
      it.itemType,
      it.presenter ? `presented by ${it.presenter}` : null,
      it.durationMinutes ? `${it.durationMinutes} min` : null,
      pagesText(it.pages) || null,
    ].filter(Boolean);
    return html`<article class="item" id="item-${it.number}">
  <h3><a href="/item/${itemIds[k]}">${it.number}. ${it.title || '(untitled)'}</a> ${outcomeLabel(it.outcome)}${it.closed ? html` <span class="closed">closed</span>` : ''}</h3>
  <p class="meta">${meta.join(' · ')}${it.caseNumber ? html`${meta.length ? ' · ' : ''}<a href="${link('/case', new URLSearchParams(), { number: it.caseNumber })}">case ${it.caseNumber}</a>` : ''}</p>
  ${it.sections.map((s) => sectionBlock(s, s.kind === 'decision'))}
  ${it.decision && !it.sections.some((s) => s.kind === 'decision') ? html`<p class="decision">${it.decision}</p>` : ''}
  ${attachmentList(it)}
</article>`;
  });
  const diagnostics = doc.diagnostics.length
    ? html`<details class="diagnostics quiet"><summary>${doc.diagnostics.length} note${doc.diagnostics.length === 1 ? '' : 's'} from the parser</summary><ul>${doc.diagnostics.map(
        (d) => html`<li><span class="where">${d.page != null ? `p. ${d.page}` : ''}${d.line != null ? ` l. ${d.line}` : ''}</span> <span class="sev sev-${d.severity}">${d.severity}</span> ${d.message} <code>${d.code}</code></li>`,
      )}</ul></details>`
    : html``;
  const title = `${doc.meeting.body ?? 'Meeting'} ${doc.meeting.date ?? ''}`.trim();
  return layout(title, html`${meetingHeader(doc, meetingId)}${participants}<section class="items"><h2>Items</h2>${items.length ? items : html`<p class="empty">No items found in this document.</p>`}</section>${diagnostics}`);
}

export type SourceView =
  | { kind: 'pdf'; meetingId: number; pages: { start: number; end: number } | null }
  | { kind: 'text'; lines: { n: number; text: string }[]; found: boolean }
  | { kind: 'missing'; path: string; reason: string };

export function itemPage(doc: MeetingDocument, meetingId: number, index: number, neighbours: { prev: number | null; next: number | null }, source: SourceView): string {
  const it = doc.items[index]!;
  let view: Html;
  if (source.kind === 'missing') {
    view = html`<div class="source-missing" role="status"><p><b>The source file cannot be shown.</b> ${source.reason}</p><p class="path">${source.path}</p></div>`;
  } else if (source.kind === 'pdf') {
    const first = source.pages?.start ?? 1;
    const last = source.pages?.end ?? first;
    view = html`<div id="pdf-view" class="pdf-view" data-src="/file/${meetingId}" data-first="${first}" data-last="${last}">
  <p class="pdf-status">Page ${first}${last !== first ? `–${last}` : ''} of ${doc.source.file}.</p>
  <noscript><p>The page is drawn by a script. <a href="/file/${meetingId}#page=${first}">Open the PDF</a> instead.</p></noscript>
</div>`;
  } else {
    view = html`<div class="text-source"><p class="pdf-status">${source.found ? `Lines ${source.lines[0]?.n ?? ''}–${source.lines.at(-1)?.n ?? ''} of ${doc.source.file}` : `${doc.source.file} (the item's heading was not found in the file; the whole text is shown)`}</p>
<pre class="lines">${source.lines.map((l) => html`<span class="ln">${String(l.n).padStart(4)}</span> ${l.text}\n`)}</pre></div>`;
  }
  const meta = [it.itemType, it.presenter ? `presented by ${it.presenter}` : null, pagesText(it.pages) || null].filter(Boolean);
  const side = html`<article class="item-text">
  <p class="crumb"><a href="/meeting/${meetingId}#item-${it.number}">${doc.meeting.body ?? 'Meeting'} ${doc.meeting.date ?? ''}</a></p>
  <h1>${it.number}. ${it.title || '(untitled)'} ${outcomeLabel(it.outcome)}${it.closed ? html` <span class="closed">closed</span>` : ''}</h1>
  <p class="meta">${meta.join(' · ')}${it.caseNumber ? html`${meta.length ? ' · ' : ''}<a id="case-link" href="${link('/case', new URLSearchParams(), { number: it.caseNumber })}">case ${it.caseNumber}</a>` : ''}</p>
  ${it.sections.map((s) => sectionBlock(s, true))}
  ${it.decision && !it.sections.some((s) => s.kind === 'decision') ? html`<h2>Decision</h2><p class="decision">${it.decision}</p>` : ''}
  ${attachmentList(it)}
  <nav class="pager">${neighbours.prev != null ? html`<a rel="prev" href="/item/${neighbours.prev}">← previous item</a>` : ''} ${neighbours.next != null ? html`<a rel="next" href="/item/${neighbours.next}">next item →</a>` : ''}</nav>
</article>`;
  return layout(`${it.number}. ${it.title}`, html`<div class="beside">${side}<section class="source">${view}</section></div>`, { scripts: source.kind === 'pdf' ? ['/static/page.js'] : [] });
}

export interface CaseRow {
  itemId: number;
  meetingId: number;
  date: string | null;
  body: string | null;
  number: number;
  title: string;
  outcome: string | null;
  decision: string | null;
}

export function casePage(caseNumber: string, rows: CaseRow[], more = false): string {
  const body = rows.length
    ? html`<ol class="trail">${rows.map(
        (r) => html`<li><div class="meta"><span class="date">${r.date ?? 'no date'}</span> · <a href="/meeting/${r.meetingId}">${r.body ?? 'no body'}</a></div>
<h3><a href="/item/${r.itemId}">${r.number}. ${r.title || '(untitled)'}</a> ${outcomeLabel(r.outcome)}</h3>
${r.decision ? html`<p class="decision">${r.decision}</p>` : ''}</li>`,
      )}</ol>`
    : html`<p class="empty">No item has this case number.</p>`;
  return layout(`Case ${caseNumber}`, html`<h1>Case ${caseNumber}</h1><p class="summary">${more ? `The first ${rows.length} items` : `${rows.length} item${rows.length === 1 ? '' : 's'}`}, in date order.</p>${body}`);
}

const OUTCOME_ORDER = [...Outcome.options, 'unknown'] as const;

/** A horizontal stacked bar of outcome counts, drawn as SVG (no script, no style attribute). */
function outcomeBar(row: StatsRow, max: number): Html {
  const width = 240;
  let x = 0;
  const parts: Html[] = [];
  for (const o of OUTCOME_ORDER) {
    const n = row[o as keyof StatsRow] as number;
    if (!n) continue;
    const w = (n / max) * width;
    parts.push(html`<rect class="bar-${o}" x="${x.toFixed(1)}" y="0" width="${Math.max(w, 0.5).toFixed(1)}" height="14"><title>${o}: ${n}</title></rect>`);
    x += w;
  }
  return html`<svg class="chart" width="${width}" height="14" viewBox="0 0 ${width} 14" role="img" aria-label="decisions by outcome">${parts}</svg>`;
}

function monthChart(months: { month: string; n: number }[]): Html {
  if (months.length === 0) return html`<p class="empty">No dated meetings.</p>`;
  const max = Math.max(...months.map((m) => m.n));
  const bar = 6;
  const height = 80;
  const width = months.length * bar;
  return html`<svg class="chart months" width="${width}" height="${height + 14}" viewBox="0 0 ${width} ${height + 14}" role="img" aria-label="meetings per month">${months.map((m, i) => {
    const h = Math.max(1, (m.n / max) * height);
    return html`<rect class="bar-month" x="${i * bar}" y="${(height - h).toFixed(1)}" width="${bar - 1}" height="${h.toFixed(1)}"><title>${m.month}: ${m.n}</title></rect>${
      m.month.endsWith('-01') ? html`<text x="${i * bar}" y="${height + 12}">${m.month.slice(0, 4)}</text>` : ''
    }`;
  })}</svg>`;
}

export interface Quality {
  meetings: number;
  items: number;
  withWarnings: number;
  undecided: number;
  ocrRepaired: number;
}

export function overviewPage(stats: StatsRow[], months: { month: string; n: number }[], quality: Quality, body: string | null): string {
  const max = Math.max(1, ...stats.map((s) => s.decisions));
  const rows = stats.map((s) => {
    const params = new URLSearchParams();
    if (s.body) params.set('body', s.body);
    if (s.year != null) {
      params.set('from', String(s.year));
      params.set('to', String(s.year));
    }
    return html`<tr><td>${s.body ? html`<a href="${link('/overview', new URLSearchParams(), { body: s.body })}">${s.body}</a>` : html`<span class="none">none</span>`}</td><td>${s.year ?? ''}</td><td class="n">${s.meetings}</td><td class="n"><a href="${link('/', params)}">${s.items}</a></td><td class="n">${s.decisions}</td><td>${outcomeBar(s, max)}</td></tr>`;
  });
  const legend = html`<p class="legend">${OUTCOME_ORDER.map((o) => html`<span class="key"><svg width="10" height="10"><rect class="bar-${o}" width="10" height="10"/></svg> ${o}</span> `)}</p>`;
  const qualityList = html`<ul class="quality">
  <li><a href="/list/warnings">${quality.withWarnings}</a> of ${quality.meetings} documents with warnings</li>
  <li><a href="/list/undecided">${quality.undecided}</a> of ${quality.items} items without a decision</li>
  <li><a href="/list/ocr">${quality.ocrRepaired}</a> documents repaired from OCR damage</li>
</ul>`;
  return layout(
    'Overview',
    html`<h1>Overview${body ? html`: ${body}` : ''}</h1>${body ? html`<p><a href="/overview">the whole archive</a></p>` : ''}
<section><h2>Decisions by outcome, per body and year</h2>${legend}
<table class="stats"><thead><tr><th>Body</th><th>Year</th><th>Meetings</th><th>Items</th><th>Decisions</th><th>Outcomes</th></tr></thead><tbody>${rows}</tbody></table></section>
<section><h2>Meetings per month</h2>${monthChart(months)}</section>
<section><h2>Quality of the archive</h2>${qualityList}</section>`,
  );
}

export interface ListRow {
  href: string;
  date: string | null;
  body: string | null;
  text: string;
  extra?: string;
}

export function listPage(title: string, rows: ListRow[], page: number, more: boolean, base: string): string {
  return layout(
    title,
    html`<h1>${title}</h1><p><a href="/overview">back to the overview</a></p>
<ol class="plain-list">${rows.map((r) => html`<li><span class="date">${r.date ?? 'no date'}</span> · ${r.body ?? 'no body'} · <a href="${r.href}">${r.text}</a>${r.extra ? html` <span class="note">${r.extra}</span>` : ''}</li>`)}</ol>
${rows.length === 0 ? html`<p class="empty">None.</p>` : ''}
<nav class="pager">${page > 1 ? html`<a rel="prev" href="${base}?page=${page - 1}">← previous</a>` : ''} ${more ? html`<a rel="next" href="${base}?page=${page + 1}">next →</a>` : ''}</nav>`,
  );
}

export function errorPage(status: number, message: string): string {
  return layout(`${status}`, html`<h1>${status === 404 ? 'Not found' : 'Cannot show this'}</h1><p class="error">${message}</p><p><a href="/">Search the archive</a></p>`);
}
