/**
 * Word (.docx) input: what extraction reads from the fixtures (written by
 * scripts/make-fixture-docx.js), the seeds as Word documents parsing as their
 * text does, bad input refused with one line and exit code 4, and damaged
 * bytes never crashing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../src/cli/exit-codes.js';
import { extract } from '../src/extract/index.js';
import { parseBytes, parseFile } from '../src/pipeline.js';
import { MeetingDocument } from '../src/schema.js';
import { openStore } from '../src/store/db.js';
import { run } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';
// The writer the fixtures are made with: a docx is built here the same way.
// @ts-expect-error a JavaScript module without types
import { makeDocx } from '../scripts/docx-writer.js';

const fixture = (name: string) => path.resolve(__dirname, '../fixtures', name);
const data = (name: string) => path.resolve(__dirname, 'data', name);
const SEEDS = ['000_342929e38b3588cc', '001_763f3c5fdc9e2965', '002_144977c5e146f517', '003_43a637de8935a15f', '004_02c19877bf6487b0'];

describe('extracting a .docx', () => {
  it('numbers paragraphs as Word shows them: levels, letters, a list that restarts, and an agenda list of its own', async () => {
    const doc = await extract(readFileSync(fixture('docx-levels.docx')));
    expect(doc.format).toBe('docx');
    expect(doc.pages).toBeNull();
    const numbered = doc.lines.filter((l) => l.listNumber !== undefined).map((l) => [l.listNumber, l.listLevel, l.headingLevel ?? null, l.text]);
    expect(numbered).toEqual([
      ['1)', 0, null, '1) Godkendelse af dagsorden'],
      ['2)', 0, null, '2) Skolens budget'],
      ['3)', 0, null, '3) Trafik ved skolen'],
      ['4)', 0, null, '4) Eventuelt'],
      ['1.', 0, 1, '1. Godkendelse af dagsorden'],
      ['2.', 0, 1, '2. Skolens budget'],
      ['2.1.', 1, null, '2.1. Lønbudgettet'],
      ['a)', 2, null, 'a) lærere'],
      ['b)', 2, null, 'b) pædagoger'],
      ['2.2.', 1, null, '2.2. Undervisningsmidler'],
      ['2.3.', 1, null, '2.3. Bygninger'],
      ['3.', 0, 1, '3. Trafik ved skolen'],
      // The same list as the agenda's, started again at 1 by its own instance.
      ['1)', 0, null, '1) Skolepatrulje ved hovedindgangen'],
      ['2)', 0, null, '2) Cykelparkering flyttes'],
      ['3)', 0, null, '3) Lavere hastighed på Engvej'],
      ['4.', 0, 1, '4. Eventuelt'],
    ]);
    // Lines are numbered by paragraph.
    expect(doc.lines.map((l) => l.line)).toEqual(doc.lines.map((_, i) => i + 1));
  });

  it('reads a table row by row, keeps header and footer apart, leaves footnotes, comments and deleted text out', async () => {
    const doc = await extract(readFileSync(fixture('docx-table.docx')));
    const text = doc.lines.map((l) => l.text);
    expect(text).toContain('Birgitte Holm, formand');
    expect(text).toContain('Aida Nørgaard, bestyrelsesmedlem');
    expect(text).toContain('Regnskabet blev godkendt og sendes til generalforsamlingen.');
    expect(text).toContain('Kasseren gennemgik regnskabet, som viser et overskud på 41.200 kr.');
    const all = text.join('\n');
    expect(all).not.toMatch(/udsat|udsendt en uge|vedhæfte|Lærkehaven – bestyrelsen|side 1/);
    expect(doc.furniture.map((l) => [l.furniture, l.text])).toEqual([
      ['header', 'Andelsboligforeningen Lærkehaven – bestyrelsen'],
      ['footer', 'Referat 12. marts 2024 – side 1'],
    ]);
  });

  it('computes numbers from the numbering definitions: roman, upper letters, legal numbering, a start value and soft line breaks', async () => {
    const bytes = makeDocx(
      [
        { num: { id: 1, level: 0 }, text: 'Første' },
        { num: { id: 1, level: 1 }, text: 'Under' },
        { num: { id: 1, level: 0 }, text: 'Anden' },
        { num: { id: 2, level: 0 }, text: 'Fortsat' },
        { num: { id: 2, level: 0 }, text: '' },
        { num: { id: 2, level: 0 }, text: 'Efter en tom' },
        { num: { id: 3, level: 0 }, text: 'Igen' },
        { num: { id: 4, level: 0 }, text: 'Punkt med prik' },
      ],
      {
        abstracts: { 1: [{ fmt: 'upperRoman', text: '%1.' }, { fmt: 'upperLetter', text: '%1.%2' }], 2: [{ fmt: 'decimal', text: 'Punkt %1:', start: 5 }], 3: [{ fmt: 'bullet', text: '\uf0b7' }] },
        numbering: [{ id: 1, abstract: 1 }, { id: 2, abstract: 2 }, { id: 3, abstract: 2, start: 1 }, { id: 4, abstract: 3 }],
      },
    );
    const doc = await extract(bytes);
    // An empty numbered paragraph counts, as Word numbers it; a bullet is shown as •, with a list level and no number.
    expect(doc.lines.map((l) => l.text)).toEqual(['I. Første', 'I.A Under', 'II. Anden', 'Punkt 5: Fortsat', '', 'Punkt 7: Efter en tom', 'Punkt 1: Igen', '• Punkt med prik']);
    expect(doc.lines.at(-1)).toMatchObject({ listLevel: 0 });
    expect(doc.lines.at(-1)!.listNumber).toBeUndefined();
  });
});

describe('parsing a .docx', () => {
  it.each(SEEDS)('seed %s as a Word document gives the items, titles, decisions and meeting fields of its text', async (name) => {
    const word = await parseFile(fixture(`${name}.docx`));
    const text = await parseFile(fixture(`${name}.txt`));
    if (!word.ok || !text.ok) throw new Error('a seed did not parse');
    expect(word.document.source.format).toBe('docx');
    const items = (d: MeetingDocument) => d.items.map((i) => ({ number: i.number, title: i.title, heading: i.heading, decision: i.decision, outcome: i.outcome, sections: i.sections }));
    expect(items(word.document)).toEqual(items(text.document));
    expect(word.document.meeting).toEqual(text.document.meeting);
    expect(word.document.participants).toEqual(text.document.participants);
    expect(word.document.documentType).toEqual(text.document.documentType);
  });

  it('a document whose numbering has levels and restarts gives exactly its top-level items', async () => {
    const r = await parseFile(fixture('docx-levels.docx'));
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.document.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Skolens budget'],
      [3, 'Trafik ved skolen'],
      [4, 'Eventuelt'],
    ]);
    expect(r.document.items[1]!.decision).toBe('Budgettet blev godkendt.');
  });

  it('uses the structure: headings in a heading style are items however they read, a deeper list level never is', async () => {
    // Titles in lower case, with a numbered list one level in: as text, nothing reads as an item heading.
    const blocks = [
      { text: 'Referat fra bestyrelsesmødet' },
      { text: 'Grundejerforeningen Kløvermarken, 14. maj 2024' },
      { text: '' },
      { style: 'Heading1', num: { id: 1, level: 0 }, text: 'godkendelse af referat fra sidste møde' },
      { text: 'Referatet blev godkendt.' },
      { style: 'Heading1', num: { id: 1, level: 0 }, text: 'økonomi, herunder kontingent for næste år og restancer' },
      { text: 'Kassereren orienterede. Der er tre restancer.' },
      { num: { id: 1, level: 1 }, text: 'kontingentet hæves til 900 kr.' },
      { num: { id: 1, level: 1 }, text: 'rykkere sendes i juni.' },
      { style: 'Heading1', num: { id: 1, level: 0 }, text: 'vejene' },
      { text: 'Huller i Kløvervej lappes i august.' },
      { style: 'Heading1', num: { id: 1, level: 0 }, text: 'eventuelt' },
      { text: 'Intet.' },
    ];
    const bytes = makeDocx(blocks, { abstracts: { 1: [{ fmt: 'decimal', text: '%1.' }, { fmt: 'decimal', text: '%2.' }] }, numbering: [{ id: 1, abstract: 1 }] });
    const word = await parseBytes(bytes, 'k.docx');
    if (!word.ok) throw new Error(word.failure.message);
    expect(word.document.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'godkendelse af referat fra sidste møde'],
      [2, 'økonomi, herunder kontingent for næste år og restancer'],
      [3, 'vejene'],
      [4, 'eventuelt'],
    ]);
    expect(word.document.items[1]!.sections.map((s) => s.text).join('\n')).toContain('1. kontingentet hæves til 900 kr.');
    // The same lines as plain text (what `minutes text` prints): the structure is gone, and with it the items.
    const lines = (await extract(bytes)).lines.map((l) => l.text).join('\n');
    expect(lines).toContain('1. godkendelse af referat fra sidste møde\n');
    const text = await parseBytes(Buffer.from(lines), 'k.txt');
    if (!text.ok) throw new Error(text.failure.message);
    expect(text.document.items).toEqual([]);
  });

  it('a participants table gives the participants', async () => {
    const r = await parseFile(fixture('docx-table.docx'));
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.document.participants.map((p) => [p.name, p.role, p.group])).toEqual([
      ['Birgitte Holm', 'formand', 'chair'],
      ['Kasper Lund', 'kasserer', 'member'],
      ['Aida Nørgaard', 'bestyrelsesmedlem', 'member'],
      ['Torben Vest', null, 'absent'],
    ]);
  });

  it('`text --lines` numbers a Word document by paragraph and `--furniture` shows its header and footer', async () => {
    const r = await run(['text', fixture('docx-table.docx'), '--lines', '--furniture']);
    expect(r.code).toBe(0);
    const out = r.stdout.split('\n');
    expect(out.slice(0, 3)).toEqual(['-:-\t[header] Andelsboligforeningen Lærkehaven – bestyrelsen', '-:-\t[footer] Referat 12. marts 2024 – side 1', '-:1\tReferat af bestyrelsesmøde']);
    expect(out).toContain('-:13\t1. Godkendelse af dagsorden');
    expect(r.stdout).not.toMatch(/--- page/);
  });

  it('the Word fixtures are the ones the committed script writes', () => {
    const out = tempDir('docx-fixtures');
    const r = spawnSync(process.execPath, [path.resolve(__dirname, '../scripts/make-fixture-docx.js'), out], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toEqual([...SEEDS.map((s) => `${s}.docx`), 'docx-levels.docx', 'docx-table.docx']);
    for (const n of names) expect(readFileSync(path.join(out, n)).equals(readFileSync(fixture(n))), n).toBe(true);
  });
});

describe('bad Word input: one line naming the file and the problem, exit code 4', () => {
  const dir = tempDir('docx-bad');
  const write = (name: string, bytes: Uint8Array | string) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  const refused = async (file: string, message: RegExp) => {
    const r = await run(['parse', file]);
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(new RegExp(`^minutes: error: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${message.source}`));
  };

  it('a .docx that is not a zip', async () => {
    await refused(write('tekst.docx', 'Referat\n\n1. Godkendelse af dagsorden\nGodkendt.\n'), /is named \.docx but is not a Word document \(not a zip archive\)$/);
  });

  it('a zip without word/document.xml', async () => {
    const zip = zipSync({ 'mimetype': strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<office:document-content/>') });
    await refused(write('andet.docx', zip), /is a zip archive without word\/document\.xml, not a Word document \(it holds mimetype, content\.xml\)$/);
  });

  it('an old binary .doc (fixtures/docx-table.docx saved as .doc by LibreOffice 7.4), told to be saved as .docx', async () => {
    await refused(data('old-binary-word.doc'), /is an old binary Word document \(\.doc\), which minutes does not read; save it as \.docx/);
  });

  it('a password-protected Word document (fixtures/docx-table.docx encrypted by officecrypto-tool: an OLE container)', async () => {
    await refused(data('encrypted-word.docx'), /is a password-protected \(encrypted\) Word document; open it in Word, remove the password and save it again$/);
  });

  it('a zip bomb: a part that unpacks far beyond its packed size', async () => {
    const bomb = zipSync({ 'word/document.xml': [new Uint8Array(48 * 1024 * 1024).fill(0x20), { level: 9 }] });
    expect(bomb.length).toBeLessThan(200 * 1024);
    await refused(write('bombe.docx', bomb), /is a zip whose part word\/document\.xml unpacks to 50331648 bytes from \d+ \(a zip bomb\?\); the limit is/);
  });

  it('a zip that declares more than the limit for a part', async () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>') });
    // The central directory's uncompressed size (offset 24 of the entry) set to 1 GB.
    const view = Buffer.from(zip);
    const central = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    view.writeUInt32LE(1024 * 1024 * 1024, central + 24);
    await refused(write('stor.docx', view), /is a zip whose part word\/document\.xml unpacks to 1073741824 bytes/);
  });

  it('damaged XML in the document', async () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Referat</w:t></w:r>') });
    await refused(write('skadet.docx', zip), /is a damaged Word document \(word\/document\.xml is not well-formed XML: /);
  });

  it('a Word document with no text', async () => {
    await refused(write('tom.docx', makeDocx([{ text: '' }], {})), /has no text$/);
  });

  it('ingest reports each bad file, stores the good one, and leaves the database otherwise as it was', async () => {
    const folder = path.join(dir, 'ind');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'a.docx'), readFileSync(fixture('docx-table.docx')));
    writeFileSync(path.join(folder, 'b.docx'), readFileSync(data('old-binary-word.doc')));
    writeFileSync(path.join(folder, 'c.docx'), 'ikke en zip');
    const db = path.join(dir, 'x.db');
    const r = await run(['ingest', folder, '--db', db, '--jobs', '1'], { cwd: dir });
    expect(r.code).toBe(ExitCode.failed);
    expect(r.stderr).toMatch(/b\.docx: is an old binary Word document/);
    expect(r.stderr).toMatch(/c\.docx: is named \.docx but is not a Word document/);
    expect(r.stderr).toMatch(/1 ingested, 0 replaced, 0 unchanged, 2 failed/);
    const store = openStore(db, { mustExist: true });
    try {
      expect(store.prepare('SELECT file, format FROM meetings').all()).toEqual([{ file: 'a.docx', format: 'docx' }]);
    } finally {
      store.close();
    }
  });
});

describe('damaged .docx bytes never crash', () => {
  const runs = Number(process.env.PROPERTY_RUNS ?? 60);
  const seed = Number(process.env.PROPERTY_SEED ?? 20261203);
  const bytes = readFileSync(fixture('docx-table.docx'));
  it('flipped bytes, truncation and spliced runs end in a document or a clean failure', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 40 }),
        fc.nat(bytes.length),
        fc.option(fc.tuple(fc.nat(bytes.length - 1), fc.nat(bytes.length - 1), fc.nat(200))),
        async (flips, cut, splice) => {
          let b = Buffer.from(bytes.subarray(0, Math.max(4, cut)));
          for (const [i, v] of flips) if (i < b.length) b[i] = v;
          if (splice) {
            const [from, to, n] = splice;
            b = Buffer.concat([b.subarray(0, Math.min(to, b.length)), bytes.subarray(from, from + n), b.subarray(Math.min(to, b.length))]);
          }
          const r = await parseBytes(b, 'x.docx');
          if (r.ok) expect(MeetingDocument.safeParse(r.document).success).toBe(true);
          else expect(r.failure.code).not.toBe('internal');
        },
      ),
      { numRuns: runs, seed },
    );
  }, 120_000);
});

describe('links in a Word document', () => {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const p = (inner: string) => `<w:p>${inner}</w:p>`;
  const r = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
  const docx = (body: string, rels: Record<string, string>) =>
    zipSync({
      'word/document.xml': strToU8(`<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`),
      'word/_rels/document.xml.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Object.entries(rels)
          .map(([id, target]) => `<Relationship Id="${id}" Type="${R}/hyperlink" Target="${target}" TargetMode="External"/>`)
          .join('')}</Relationships>`,
      ),
    });

  it('an attachment linked to its file gets its address; other links and other addresses do not', async () => {
    const bytes = docx(
      [
        p(r('Referat af bestyrelsesmøde 3. marts 2025')),
        p(r('1. Regnskab 2024')),
        p(r('Regnskabet blev godkendt.')),
        p(r('Bilag')),
        p(`<w:hyperlink r:id="rId7">${r('Bilag 1: Regnskab 2024')}</w:hyperlink>`),
        p(`Se ${`<w:hyperlink r:id="rId8">${r('foreningens hjemmeside')}</w:hyperlink>`}`.replace('Se ', r('Se '))),
        p(`<w:hyperlink r:id="rId9">${r('Bilag 2: Budget')}</w:hyperlink>`),
      ].join(''),
      { rId7: 'https://example.org/bilag/regnskab-2024.pdf', rId8: 'https://example.org/', rId9: 'javascript:alert(1)' },
    );
    const lines = (await extract(bytes)).lines.map((l) => l.text);
    expect(lines).toContain('Bilag 1: Regnskab 2024 https://example.org/bilag/regnskab-2024.pdf');
    expect(lines).toContain('Se foreningens hjemmeside');
    expect(lines).toContain('Bilag 2: Budget');
    const parsed = await parseBytes(bytes, 'links.docx');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.document.items[0]!.attachments.map((a) => a.url)).toContain('https://example.org/bilag/regnskab-2024.pdf');
    // The list of attachments under the text leaves the text what was decided.
    expect(parsed.document.items[0]!.decision).toBe('Regnskabet blev godkendt.');
  });
});
