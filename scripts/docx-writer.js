// A small writer of Word (.docx) files for fixtures, tests and the benchmark:
// WordprocessingML parts (document, styles, numbering, header, footer,
// footnotes, comments) zipped with fflate. Headings are paragraphs in Word's
// built-in heading styles; numbered paragraphs carry Word's automatic
// numbering (`w:numPr` pointing into numbering.xml), never typed digits.
//
// A document is described as a list of blocks:
//   { text, style?, num?: { id, level }, bold?, runs?: [{ text, bold?, del?, ins?, footnote?, comment? }] }
//   { table: [[cell, ...], ...] }       (a cell is a string, or a paragraph as above)
// and options:
//   numbering: [{ id, abstract, start?, level? }]  (num instances; start restarts the list at a value, on level (default 0))
//   abstracts: { [abstractId]: [{ fmt, text, start? }, ...] } (levels, as Word's numFmt and lvlText)
//   headingNumbering: { num, level }       (Heading 1 linked to a list, as Word's numbered heading styles)
//   header, footer: strings                (a default header and footer)
import { zipSync, strToU8 } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function xmlEscape(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function run(r) {
  const rPr = r.bold ? '<w:rPr><w:b/></w:rPr>' : '';
  if (r.footnote) return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${r.footnote}"/></w:r>`;
  if (r.comment) return `<w:commentRangeStart w:id="${r.comment}"/><w:r>${rPr}<w:t xml:space="preserve">${xmlEscape(r.text)}</w:t></w:r><w:commentRangeEnd w:id="${r.comment}"/><w:r><w:commentReference w:id="${r.comment}"/></w:r>`;
  if (r.del) return `<w:del w:id="${r.del}" w:author="Sekretariat" w:date="2024-01-01T00:00:00Z"><w:r>${rPr}<w:delText xml:space="preserve">${xmlEscape(r.text)}</w:delText></w:r></w:del>`;
  const inner = `<w:r>${rPr}<w:t xml:space="preserve">${xmlEscape(r.text)}</w:t></w:r>`;
  if (r.ins) return `<w:ins w:id="${r.ins}" w:author="Sekretariat" w:date="2024-01-01T00:00:00Z">${inner}</w:ins>`;
  return inner;
}

function paragraph(p) {
  const pPr = [];
  if (p.style) pPr.push(`<w:pStyle w:val="${p.style}"/>`);
  if (p.num) pPr.push(`<w:numPr><w:ilvl w:val="${p.num.level ?? 0}"/><w:numId w:val="${p.num.id}"/></w:numPr>`);
  const runs = p.runs ?? (p.text ? [{ text: p.text, bold: p.bold }] : []);
  return `<w:p>${pPr.length ? `<w:pPr>${pPr.join('')}</w:pPr>` : ''}${runs.map(run).join('')}</w:p>`;
}

function table(rows) {
  const grid = rows[0].map(() => '<w:gridCol w:w="3000"/>').join('');
  // A cell is a string, or a paragraph's description (`{ text: '', num: { id: 1 } }`: a cell of a numbered column).
  const tr = rows.map((cells) => `<w:tr>${cells.map((c) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${paragraph(typeof c === 'string' ? { text: c } : c)}</w:tc>`).join('')}</w:tr>`);
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${tr.join('')}</w:tbl>`;
}

function styles(opts) {
  const heading = (n) => {
    const num = n === 1 && opts.headingNumbering ? `<w:numPr><w:ilvl w:val="${opts.headingNumbering.level ?? 0}"/><w:numId w:val="${opts.headingNumbering.num}"/></w:numPr>` : '';
    return `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>${num}<w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="${n - 1}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${32 - 4 * n}"/></w:rPr></w:style>`;
  };
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${[1, 2, 3].map(heading).join('')}<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="48"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style><w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>`;
}

function numbering(opts) {
  const abstracts = Object.entries(opts.abstracts ?? {}).map(
    ([id, levels]) =>
      `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${levels
        .map((l, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/><w:lvlText w:val="${xmlEscape(l.text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>`)
        .join('')}</w:abstractNum>`,
  );
  const nums = (opts.numbering ?? []).map(
    (n) => `<w:num w:numId="${n.id}"><w:abstractNumId w:val="${n.abstract}"/>${n.start != null ? `<w:lvlOverride w:ilvl="${n.level ?? 0}"><w:startOverride w:val="${n.start}"/></w:lvlOverride>` : ''}</w:num>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">${abstracts.join('')}${nums.join('')}</w:numbering>`;
}

function part(root, body) {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:${root} xmlns:w="${W}" xmlns:r="${R}">${body}</w:${root}>`;
}

/** The bytes of a .docx holding `blocks`. */
export function makeDocx(blocks, opts = {}) {
  const rels = [
    ['rIdStyles', 'styles', 'styles.xml'],
    ['rIdNumbering', 'numbering', 'numbering.xml'],
  ];
  const types = [
    ['/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'],
    ['/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'],
    ['/word/numbering.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml'],
  ];
  const files = {};
  let sect = '';
  if (opts.header) {
    files['word/header1.xml'] = strToU8(part('hdr', paragraph({ text: opts.header })));
    rels.push(['rIdHeader1', 'header', 'header1.xml']);
    types.push(['/word/header1.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml']);
    sect += '<w:headerReference w:type="default" r:id="rIdHeader1"/>';
  }
  if (opts.footer) {
    files['word/footer1.xml'] = strToU8(part('ftr', paragraph({ text: opts.footer })));
    rels.push(['rIdFooter1', 'footer', 'footer1.xml']);
    types.push(['/word/footer1.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml']);
    sect += '<w:footerReference w:type="default" r:id="rIdFooter1"/>';
  }
  const notes = [];
  const comments = [];
  for (const b of blocks) for (const r of b.runs ?? []) {
    if (r.footnote) notes.push(r);
    if (r.comment) comments.push(r);
  }
  if (notes.length) {
    const body = `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${notes.map((n) => `<w:footnote w:id="${n.footnote}">${paragraph({ text: n.note })}</w:footnote>`).join('')}`;
    files['word/footnotes.xml'] = strToU8(part('footnotes', body));
    rels.push(['rIdFootnotes', 'footnotes', 'footnotes.xml']);
    types.push(['/word/footnotes.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml']);
  }
  if (comments.length) {
    const body = comments.map((c) => `<w:comment w:id="${c.comment}" w:author="Sekretariat" w:date="2024-01-01T00:00:00Z">${paragraph({ text: c.note })}</w:comment>`).join('');
    files['word/comments.xml'] = strToU8(part('comments', body));
    rels.push(['rIdComments', 'comments', 'comments.xml']);
    types.push(['/word/comments.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml']);
  }
  const body = blocks.map((b) => (b.table ? table(b.table) : paragraph(b))).join('\n');
  files['word/document.xml'] = strToU8(
    part('document', `<w:body>\n${body}\n<w:sectPr>${sect}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body>`),
  );
  files['word/styles.xml'] = strToU8(styles(opts));
  files['word/numbering.xml'] = strToU8(numbering(opts));
  files['word/_rels/document.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`).join('')}</Relationships>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${types.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join('')}</Types>`,
  );
  // A fixed time, so that a fixture's bytes (and its sha256) do not change between runs.
  const mtime = new Date('2024-01-01T00:00:00Z');
  const ordered = {};
  for (const name of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', ...Object.keys(files).filter((n) => !['[Content_Types].xml', '_rels/.rels', 'word/document.xml'].includes(n)).sort()]) ordered[name] = [files[name], { mtime }];
  return zipSync(ordered, { level: 6 });
}

/** Numbering as items use it: 1. / 1.1. / a) — one abstract list, with instances that can restart it. */
export const ITEM_LEVELS = [
  { fmt: 'decimal', text: '%1.' },
  { fmt: 'decimal', text: '%1.%2.' },
  { fmt: 'lowerLetter', text: '%3)' },
];
