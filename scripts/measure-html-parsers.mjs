// The measurement behind the choice of parse5 as the HTML parser (README,
// "Web pages"): three candidates on (1) 20 constructs sloppy pages are made of
// (unclosed <p> and <li>, misnested <b>, a heading left open, text in a table
// outside its cells, Word's conditional comments, `</br>`, …), each tree
// compared with the one the WHATWG algorithm (what browsers build) gives;
// (2) the two portal-shaped fixture pages, compared the same way; (3) parse
// time on a 191 KB generated portal page and on the fixtures.
// The two other candidates are not dependencies; to run it:
//   npm install --no-save htmlparser2@10.0.0 node-html-parser@9.0.7
//   node scripts/measure-html-parsers.mjs
import { parse } from 'parse5';
import { parseDocument } from 'htmlparser2';
import { parse as nhpParse } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';

// --- one normalized outline per library: element names and text, in tree order
const VOID = new Set(['br','img','meta','link','input','hr']);
function outP5(n, out = []) {
  for (const c of n.childNodes ?? []) {
    if (c.nodeName === '#text') { const t = c.value.replace(/\s+/g,' ').trim(); if (t) out.push(t); }
    else if (c.nodeName === '#comment' || c.nodeName === '#documentType') {}
    else { out.push('<' + c.tagName); outP5(c.tagName === 'template' ? c.content : c, out); if (!VOID.has(c.tagName)) out.push('>'); }
  }
  return out;
}
function outH2(n, out = []) {
  for (const c of n.children ?? []) {
    if (c.type === 'text') { const t = c.data.replace(/\s+/g,' ').trim(); if (t) out.push(t); }
    else if (c.type === 'tag' || c.type === 'script' || c.type === 'style') { out.push('<' + c.name.toLowerCase()); outH2(c, out); if (!VOID.has(c.name)) out.push('>'); }
  }
  return out;
}
function outNhp(n, out = []) {
  for (const c of n.childNodes ?? []) {
    if (c.nodeType === 3) { const t = c.text.replace(/\s+/g,' ').trim(); if (t) out.push(t); }
    else if (c.nodeType === 1) { out.push('<' + c.rawTagName.toLowerCase()); outNhp(c, out); if (!VOID.has(c.rawTagName.toLowerCase())) out.push('>'); }
  }
  return out;
}
// body only (html/head/body implied differently by each): take what follows <body
const bodyOf = (o) => { const i = o.indexOf('<body'); return (i >= 0 ? o.slice(i + 1, o.lastIndexOf('>', o.length - 2) ) : o).filter(x=>x!=='<html'&&x!=='<head'&&x!=='<body').join(' '); };

const cases = {
  'implied </p>': '<p>Et<p>To',
  'implied </li>': '<ol><li>Et<li>To</ol>',
  'nested lists, implied </li>': '<ol><li>A<ol><li>A1<li>A2</ol><li>B</ol>',
  'table without tbody, implied </td></tr>': '<table><tr><td>Anne Holm<td>Formand<tr><td>Bo Berg<td>Medlem</table>',
  '<p> closed by <ol>': '<p>Dagsorden<ol><li>Regnskab</ol>',
  'misnested <b><p>': '<b><p>Beslutning</b> Godkendt</p>',
  'entities (legacy, no semicolon)': '<p>&aelig;&oslash;&aring; &AElig &nbsp;&#229;&#xF8;</p>',
  'script with </div> in a string': '<div><script>var s="</div>";</script>Tekst</div>',
  'Word export conditional comment': '<p><![if !supportLists]>1.<![endif]>Regnskab<o:p></o:p></p>',
  '</br> is a break': '<p>Linje et</br>Linje to</p>',
  'text in a table outside cells (foster parenting)': '<table>Fodnote<tr><td>Celle</td></tr></table>',
  'unclosed <div> at the end': '<div><h2>Punkt 1</h2><div>Tekst',
  'heading closes open heading': '<h2>Punkt 1<h3>Beslutning</h3>',
  '<td> closes open <td>s in nested markup': '<table><tr><td><b>Navn<td>Rolle</table>',
  'self-closing <div/> is not closed': '<div/>Tekst<p>Mere</p>',
  '<select> content': '<select><option>Udskriv<option>Del</select>Tekst',
  '<li> outside a list': '<li>Løs<li>Punkt',
  'uppercase tags and attributes': '<OL START=3><LI>Regnskab</OL>',
  'stray </p>': '<div>Tekst</p>Mere</div>',
  '<textarea> raw text': '<textarea><b>ikke fed</b></textarea>',
};
let agree = { htmlparser2: 0, 'node-html-parser': 0 };
for (const [name, html] of Object.entries(cases)) {
  const doc = '<!DOCTYPE html><html><head></head><body>' + html + '</body></html>';
  const ref = bodyOf(outP5(parse(doc)));
  const h2 = bodyOf(outH2(parseDocument(doc, { decodeEntities: true })));
  let nhp; try { nhp = bodyOf(outNhp(nhpParse(doc, { comment: false, blockTextElements: { script: true, style: true, pre: true, textarea: true } }))); } catch (e) { nhp = 'THROWS ' + e.message; }
  if (h2 === ref) agree.htmlparser2++; if (nhp === ref) agree['node-html-parser']++;
  console.log(`${name}\n  parse5: ${ref}\n  h2:     ${h2 === ref ? '=' : h2}\n  nhp:    ${nhp === ref ? '=' : nhp}`);
}
console.log('agree with the WHATWG tree (parse5, as browsers build it):', JSON.stringify(agree), 'of', Object.keys(cases).length);

// --- speed: a portal-like page of ~300 KB, parsed repeatedly
function page(items) {
  let s = '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Referat</title><script>var x = 1;</script><style>.a{color:red}</style></head><body><nav><ul><li><a href="/">Forside</a></li><li><a href="/politik">Politik</a></li></ul></nav><main><h1>Referat</h1><table><tr><th>Navn</th><th>Rolle</th></tr>';
  for (let i = 0; i < 15; i++) s += `<tr><td>Person ${i} Jensen</td><td>Medlem</td></tr>`;
  s += '</table>';
  for (let i = 1; i <= items; i++) s += `<section class="punkt"><h2>${i}. Sag nummer ${i} om budget &amp; regnskab</h2><div class="felt"><h3>Sagsfremstilling</h3><p>Udvalget skal tage stilling til <b>forslaget</b> om ændring af budgettet for ${i}. kvartal. Der er tale om en justering af <a href="/x">rammen</a> på 1.200.000 kr.</p><p>Forvaltningen indstiller, at<br>1) forslaget godkendes<br>2) sagen sendes videre</p><ul><li>Første punkt</li><li>Andet punkt<ul><li>under</li></ul></li></ul></div><div class="felt"><h3>Beslutning</h3><p>Godkendt.</p></div><div class="bilag"><h3>Bilag</h3><ul><li><a href="https://example.invalid/bilag/${i}.pdf">Bilag ${i}: Oversigt</a></li></ul></div></section>`;
  return s + '</main><footer><p>Kommunen · Rådhuset</p></footer></body></html>';
}
const big = page(300);
console.log('page size', (big.length / 1024).toFixed(0), 'KB');
function time(label, fn) {
  for (let i = 0; i < 30; i++) fn();
  const runs = [];
  for (let r = 0; r < 9; r++) { const t0 = performance.now(); for (let i = 0; i < 10; i++) fn(); runs.push((performance.now() - t0) / 10); }
  console.log(label, 'ms per parse (best of 5 × 10):', Math.min(...runs).toFixed(2), ' runs', runs.map(x=>x.toFixed(1)).join(' '));
}
time('parse5           ', () => parse(big));
time('htmlparser2      ', () => parseDocument(big));
time('node-html-parser ', () => nhpParse(big));

// --- the two fixture pages (portal-shaped): do the trees agree with the browser's, and how long

for (const [f, enc] of [[new URL('../fixtures/web-firstagenda.html', import.meta.url), 'utf8'], [new URL('../fixtures/web-dagsorden.htm', import.meta.url), 'win1252']]) {
  const s = iconv.decode(readFileSync(f), enc);
  const ref = outP5(parse(s)).filter(x => x !== '<tbody');
  const h2 = outH2(parseDocument(s)).filter(x => x !== '<tbody');
  const nhp = outNhp(nhpParse(s, { comment: false, blockTextElements: { script: true, style: true, pre: true, textarea: true } })).filter(x => x !== '<tbody');
  const diff = (a) => { // tokens not in the longest common subsequence, both sides
    const m = a.length, n = ref.length; const dp = Array.from({ length: m + 1 }, () => new Int32Array(n + 1));
    for (let i = m - 1; i >= 0; i--) for (let j = n - 1; j >= 0; j--) dp[i][j] = a[i] === ref[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    let i = 0, j = 0; const shown = [];
    while (i < m && j < n) { if (a[i] === ref[j]) { i++; j++; } else if (dp[i + 1][j] >= dp[i][j + 1]) { if (shown.length < 3) shown.push('-' + a[i] + ' @' + ref.slice(Math.max(0, j - 3), j).join(' ')); i++; } else { if (shown.length < 3) shown.push('+' + ref[j]); j++; } }
    return (m + n - 2 * dp[0][0]) + ' ' + JSON.stringify(shown); };
  console.log(String(f).split('/').pop(), (s.length/1024).toFixed(1), 'KB; tokens', ref.length, 'differ from parse5: htmlparser2', diff(h2), 'node-html-parser', diff(nhp));
  time('  parse5           ', () => parse(s));
  time('  htmlparser2      ', () => parseDocument(s));
  time('  node-html-parser ', () => nhpParse(s));
}
