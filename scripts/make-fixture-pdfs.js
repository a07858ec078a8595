#!/usr/bin/env node
/**
 * Builds the generated PDF fixtures from the seed texts with real producers:
 * LibreOffice (headless Writer, from flat ODT) and ocrmypdf for the OCR twin.
 *
 *   node scripts/make-fixture-pdfs.js [SEED_DIR]
 *
 * Needs `soffice` (Debian: libreoffice-writer-nogui) and `ocrmypdf` with
 * English tesseract data. The PDFs are committed; tests never run this.
 *
 * - fixtures/pdf-header-footer.pdf   seed 000, a running header and a `Side N af M` footer
 * - fixtures/pdf-sidebar.pdf         seed 004, its letterhead sidebar set in the right margin of every page
 * - fixtures/pdf-toc.pdf             seed 002, a table of contents and bold headings wrapped over two lines
 * - fixtures/pdf-header-footer.ocr-eng.pdf  the first one rendered to images and OCR'd (`-l eng --force-ocr`)
 *
 * Beside each PDF, `X.source.txt` is the body text it was made from (what the
 * PDF must parse like).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seeds = process.argv[2] ?? '/work/shared/corpus/seeds';
const fixtures = path.join(root, 'fixtures');
const work = mkdtempSync(path.join(tmpdir(), 'minutes-fixtures-'));

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const seedLines = (name) =>
  readFileSync(path.join(seeds, name), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.replace(/\f/g, '').trim());

/** Seed lines to paragraphs: a line is a paragraph; a run of blank lines puts space before the next one. */
function paragraphs(lines, headingAt = new Map()) {
  const out = [];
  let gap = false;
  for (let i = 0; i < lines.length; i++) {
    const h = headingAt.get(i);
    if (h) {
      out.push(`<text:h text:style-name="ItemHeading" text:outline-level="1"><text:bookmark text:name="item${h.n}"/>${esc(h.text)}</text:h>`);
      i += h.span - 1;
      gap = false;
      continue;
    }
    const l = lines[i];
    if (l === '') {
      gap = true;
      continue;
    }
    out.push(`<text:p text:style-name="${gap ? 'Gap' : 'Body'}">${esc(l)}</text:p>`);
    gap = false;
  }
  return out.join('\n');
}

function fodt({ body, header = '', footer = '', marginRight = '2.5cm' }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="da" fo:country="DK"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph"/>
<style:style style:name="Gap" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm"/></style:style>
<style:style style:name="ItemHeading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Toc" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.1cm"><style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="TocEnd" style:family="paragraph"><style:paragraph-properties fo:break-after="page"/></style:style>
<style:style style:name="Furniture" style:family="paragraph"><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="Side" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="7.5pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="${marginRight}"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.6cm"/></style:footer-style></style:page-layout>
<style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="none" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page" fo:border="none" fo:padding="0cm" style:flow-with-text="false"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
${header ? `<style:header>${header}</style:header>` : ''}
${footer ? `<style:footer>${footer}</style:footer>` : ''}
</style:master-page></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body></office:document>
`;
}

function convert(name, xml, source) {
  const file = path.join(work, `${name}.fodt`);
  writeFileSync(file, xml);
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, file], { stdio: 'ignore' });
  copyFileSync(path.join(work, `${name}.pdf`), path.join(fixtures, `${name}.pdf`));
  writeFileSync(path.join(fixtures, `${name}.source.txt`), source.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n');
  console.log(`fixtures/${name}.pdf`);
}

const pageFooter = '<text:p text:style-name="Furniture">Side <text:page-number text:select-page="current">1</text:page-number> af <text:page-count>1</text:page-count></text:p>';

// 1. Running header and `Side N af M` footer.
{
  const lines = seedLines('000_342929e38b3588cc.txt');
  const header = '<text:p text:style-name="Furniture">Region Syddanmark · Følgegruppen for uddannelse og arbejde · Referat af mødet 26. januar 2023</text:p>';
  convert('pdf-header-footer', fodt({ body: paragraphs(lines), header, footer: pageFooter }), lines);
}

// 2. A letterhead sidebar in the right margin of every page (a frame anchored in the page header).
{
  const all = seedLines('004_02c19877bf6487b0.txt');
  const start = all.findIndex((l) => l.startsWith('Fokusgruppen Sundhed & Beskæftigelse'));
  const end = all.findIndex((l, i) => i > start && l.startsWith('Mobil:'));
  const side = all.slice(start, end + 1).filter((l) => l !== '');
  const body = [...all.slice(0, start), ...all.slice(end + 1)];
  const frame = `<text:p text:style-name="Furniture"><draw:frame draw:style-name="fr1" text:anchor-type="paragraph" svg:x="15.3cm" svg:y="3cm" svg:width="4.6cm" svg:height="23cm" draw:z-index="0"><draw:text-box>${side.map((l) => `<text:p text:style-name="Side">${esc(l)}</text:p>`).join('')}</draw:text-box></draw:frame></text:p>`;
  convert('pdf-sidebar', fodt({ body: paragraphs(body), header: frame, marginRight: '6.5cm' }), body);
}

// 3. A table of contents, then bold item headings that wrap over two lines.
{
  const lines = seedLines('002_144977c5e146f517.txt');
  const expected = parseYaml(readFileSync(path.join(fixtures, '002_144977c5e146f517.txt.expected.yaml'), 'utf8'));
  const headingAt = new Map();
  const source = [];
  let from = 0;
  for (const item of expected.items) {
    const i = lines.findIndex((l, k) => k >= from && l !== '' && item.heading.startsWith(l.replace(/\s+/g, ' ').slice(0, 30)));
    if (i < 0) throw new Error(`heading not found in seed: ${item.heading}`);
    let span = 1;
    let text = lines[i];
    while (text.replace(/\s+/g, ' ').length < item.heading.length - 1 && lines[i + span] !== undefined) text += ' ' + lines[i + span++];
    headingAt.set(i, { n: item.number, text: item.heading, span });
    from = i + span;
  }
  for (let i = 0; i < lines.length; i++) {
    const h = headingAt.get(i);
    if (h) {
      source.push(h.text);
      i += h.span - 1;
    } else source.push(lines[i]);
  }
  const toc = [
    '<text:p text:style-name="Title">Indholdsfortegnelse</text:p>',
    ...expected.items.map(
      (it) => `<text:p text:style-name="Toc">${esc(it.heading)}<text:tab/><text:bookmark-ref text:reference-format="page" text:ref-name="item${it.number}">1</text:bookmark-ref></text:p>`,
    ),
    '<text:p text:style-name="TocEnd"/>',
  ].join('\n');
  convert('pdf-toc', fodt({ body: toc + '\n' + paragraphs(lines, headingAt), footer: pageFooter }), source);
}

// 4. The OCR twin: every page rendered to an image and OCR'd without Danish.
execFileSync('ocrmypdf', ['-q', '-l', 'eng', '--force-ocr', '--output-type', 'pdf', path.join(fixtures, 'pdf-header-footer.pdf'), path.join(fixtures, 'pdf-header-footer.ocr-eng.pdf')], { stdio: 'inherit' });
console.log('fixtures/pdf-header-footer.ocr-eng.pdf');
rmSync(work, { recursive: true, force: true });
