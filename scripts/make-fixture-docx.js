// Writes the Word fixtures (fixtures/*.docx):
//   - each seed text (fixtures/00N_*.txt) rebuilt as a Word document: one
//     paragraph per line of the text, the item headings in the Heading 1 style
//     with Word's automatic numbering (the typed number taken off; Word shows
//     it again), and numbered lists inside the items as an indented numbered
//     list (level 2 of the list, restarting at each list). The item headings are
//     the lines the text's expected file names.
//   - docx-table.docx: minutes with a participants table, a running header and
//     footer, a footnote, a comment and a tracked change;
//   - docx-levels.docx: an automatically numbered agenda, then items numbered
//     through the Heading 1 style with sub-points on two deeper levels, a list
//     that restarts, and a second numbered list in an item.
// Run: node scripts/make-fixture-docx.js [OUTDIR]  (OUTDIR defaults to fixtures/; then `minutes check fixtures --update`
// for the expected files, and review them).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { ITEM_LEVELS, makeDocx } from './docx-writer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'fixtures');

const SEEDS = ['000_342929e38b3588cc', '001_763f3c5fdc9e2965', '002_144977c5e146f517', '003_43a637de8935a15f', '004_02c19877bf6487b0'];
/** Levels of a list inside an item's text: shown as `1.` on the second level (indented). */
const BODY_LEVELS = [
  { fmt: 'decimal', text: '%1.' },
  { fmt: 'decimal', text: '%2.' },
];

function seedDocx(name) {
  const text = readFileSync(path.join(fixtures, `${name}.txt`), 'utf8');
  const expected = YAML.parse(readFileSync(path.join(fixtures, `${name}.txt.expected.yaml`), 'utf8'));
  const lines = text.split(/\r\n|\r|\n/);
  while (lines.length && lines.at(-1).trim() === '') lines.pop();
  // Which line heads which item: the first line after the previous heading that
  // begins with the item's number and the start of its printed heading.
  const headingAt = new Map();
  const wrapped = new Set();
  let from = 0;
  for (const item of expected.items) {
    // The number and the title's first letters (the text may hold OCR damage that the parser repairs further on).
    const start = item.heading.slice(0, `${item.number}. `.length + 5);
    const i = lines.findIndex((l, k) => k >= from && l.trim().startsWith(start));
    if (i < 0) throw new Error(`${name}: no line for item ${item.number} (${item.heading})`);
    // A heading that the text wraps onto the next lines is one paragraph in Word.
    const size = (s) => s.replace(/\s+/g, '').length;
    let text = lines[i].trim();
    let k = i + 1;
    const joined = [];
    while (size(text) < size(item.heading) && k < lines.length) {
      if (lines[k].trim() !== '') {
        text += ` ${lines[k].trim()}`;
        joined.push(k);
      }
      k++;
    }
    headingAt.set(i, { number: item.number, text });
    for (const j of joined) wrapped.add(j);
    from = k;
  }
  const numbering = [];
  const blocks = [];
  let expectedNext = null;
  let itemNum = null;
  let bodyList = null;
  let lastListLine = -10;
  lines.forEach((l, i) => {
    if (wrapped.has(i)) return;
    const heading = headingAt.get(i);
    if (heading != null) {
      const { number } = heading;
      if (number !== expectedNext) {
        itemNum = numbering.length + 1;
        numbering.push({ id: itemNum, abstract: 1, start: number });
      }
      expectedNext = number + 1;
      blocks.push({ style: 'Heading1', num: { id: itemNum, level: 0 }, text: heading.text.replace(/^\s*\d+\.\s*/u, '') });
      bodyList = null;
      return;
    }
    const m = /^\s*(\d+)\.\s+(\S.*)$/u.exec(l);
    if (itemNum != null && m) {
      // A numbered list in an item's text: Word's numbering one level in.
      const n = Number(m[1]);
      if (bodyList == null || n !== bodyList.next || i - lastListLine > 6) {
        bodyList = { id: numbering.length + 1, next: n };
        numbering.push({ id: bodyList.id, abstract: 2, start: n, level: 1 });
      }
      bodyList.next = n + 1;
      lastListLine = i;
      blocks.push({ style: 'ListParagraph', num: { id: bodyList.id, level: 1 }, text: m[2] });
      return;
    }
    blocks.push({ text: l });
  });
  return makeDocx(blocks, { abstracts: { 1: ITEM_LEVELS, 2: BODY_LEVELS }, numbering });
}

/** Minutes of a housing association's board, in our own words: a participants table, header and footer. */
function tableDocx() {
  const blocks = [
    { style: 'Title', text: 'Referat af bestyrelsesmøde' },
    { text: 'Andelsboligforeningen Lærkehaven' },
    { text: 'Dato: Tirsdag den 12. marts 2024 kl. 19.00-21.00' },
    { text: 'Sted: Fælleshuset, Lærkevej 4' },
    { text: '' },
    { text: 'Deltagere:', bold: true },
    {
      table: [
        ['Navn', 'Rolle'],
        ['Birgitte Holm', 'formand'],
        ['Kasper Lund', 'kasserer'],
        ['Aida Nørgaard', 'bestyrelsesmedlem'],
      ],
    },
    { text: 'Afbud: Torben Vest' },
    { text: '' },
    { style: 'Heading1', num: { id: 1, level: 0 }, text: 'Godkendelse af dagsorden' },
    { text: 'Dagsordenen blev godkendt uden bemærkninger.' },
    { style: 'Heading1', num: { id: 1, level: 0 }, text: 'Regnskab for 2023' },
    {
      runs: [
        { text: 'Kasseren gennemgik regnskabet' },
        { text: '', footnote: 1, note: 'Regnskabet var udsendt en uge før mødet.' },
        { text: ', som viser et overskud på 41.200 kr.' },
      ],
    },
    { text: 'Beslutning:', bold: true },
    { runs: [{ text: 'Regnskabet blev ' }, { text: 'udsat', del: 1 }, { text: 'godkendt', ins: 2 }, { text: ' og sendes til generalforsamlingen.' }] },
    { style: 'Heading1', num: { id: 1, level: 0 }, text: 'Vedligeholdelse af tagene' },
    { runs: [{ text: 'Der er indhentet to tilbud på udskiftning af tagrender.', comment: 1, note: 'Husk at vedhæfte tilbuddene.' }] },
    { text: 'Beslutning:', bold: true },
    { text: 'Bestyrelsen vælger det billigste tilbud. Arbejdet udføres i maj.' },
    { style: 'Heading1', num: { id: 1, level: 0 }, text: 'Eventuelt' },
    { text: 'Intet.' },
    { text: '' },
    { text: 'Referent: Aida Nørgaard' },
  ];
  return makeDocx(blocks, {
    abstracts: { 1: ITEM_LEVELS },
    numbering: [{ id: 1, abstract: 1 }],
    header: 'Andelsboligforeningen Lærkehaven – bestyrelsen',
    footer: 'Referat 12. marts 2024 – side 1',
  });
}

/** Minutes with an automatically numbered agenda, numbered heading styles, sub-points on two levels and restarting lists. */
function levelsDocx() {
  const agenda = 3;
  const item = (text) => ({ style: 'Heading1', text });
  const sub = (text) => ({ num: { id: 1, level: 1 }, text });
  const letter = (text) => ({ num: { id: 1, level: 2 }, text });
  const blocks = [
    { style: 'Title', text: 'Referat' },
    { text: 'Skolebestyrelsen ved Engskolen' },
    { text: 'Mødedato: 4. september 2024, kl. 17.00-19.00' },
    { text: 'Mødested: Personalerummet' },
    { text: 'Til stede: Lene Krogh (formand), Mads Fisker, Hanne Bech og Ib Thorsen (skoleleder)' },
    { text: 'Afbud: Nanna Vig' },
    { text: '' },
    { text: 'Dagsorden:', bold: true },
    { num: { id: agenda, level: 0 }, text: 'Godkendelse af dagsorden' },
    { num: { id: agenda, level: 0 }, text: 'Skolens budget' },
    { num: { id: agenda, level: 0 }, text: 'Trafik ved skolen' },
    { num: { id: agenda, level: 0 }, text: 'Eventuelt' },
    { text: '' },
    item('Godkendelse af dagsorden'),
    { text: 'Beslutning: Godkendt.' },
    item('Skolens budget'),
    { text: 'Skolelederen fremlagde budgettet. Tre områder blev drøftet:' },
    sub('Lønbudgettet'),
    letter('lærere'),
    letter('pædagoger'),
    sub('Undervisningsmidler'),
    sub('Bygninger'),
    { text: 'Beslutning: Budgettet blev godkendt.' },
    item('Trafik ved skolen'),
    { text: 'Forslag fra forældrerådet i prioriteret orden:' },
    { num: { id: 4, level: 0 }, text: 'Skolepatrulje ved hovedindgangen' },
    { num: { id: 4, level: 0 }, text: 'Cykelparkering flyttes' },
    { num: { id: 4, level: 0 }, text: 'Lavere hastighed på Engvej' },
    { text: 'Beslutning: Forslagene sendes til kommunen.' },
    item('Eventuelt'),
    { text: 'Næste møde holdes 2. oktober.' },
  ];
  return makeDocx(blocks, {
    abstracts: { 1: ITEM_LEVELS, 2: [{ fmt: 'decimal', text: '%1)' }] },
    // 1: the items, through Heading 1; 3: the agenda; 4: a list in an item, which starts again at 1.
    numbering: [
      { id: 1, abstract: 1 },
      { id: 3, abstract: 2 },
      { id: 4, abstract: 2, start: 1 },
    ],
    headingNumbering: { num: 1, level: 0 },
  });
}

const out = process.argv[2] ? path.resolve(process.argv[2]) : fixtures;
for (const name of SEEDS) writeFileSync(path.join(out, `${name}.docx`), seedDocx(name));
writeFileSync(path.join(out, 'docx-table.docx'), tableDocx());
writeFileSync(path.join(out, 'docx-levels.docx'), levelsDocx());
process.stderr.write(`make-fixture-docx: wrote ${SEEDS.length + 2} .docx files to ${path.relative(process.cwd(), out) || '.'}\n`);

// The two refused Word files in tests/data were made from docx-table.docx once,
// with tools that are not dependencies of minutes:
//   old-binary-word.doc:   soffice --headless --convert-to doc fixtures/docx-table.docx  (LibreOffice 7.4)
//   encrypted-word.docx:   officecrypto-tool 0.0.19 (npm), encrypt(bytes, { password: 'hemmelig' }): ECMA-376
//                          agile encryption, the package inside an OLE compound file as Word writes it
