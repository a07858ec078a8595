/**
 * Minimal PDFs written byte by byte, for hardening tests: any Unicode in the
 * text layer (a Type0 font whose ToUnicode map gives each code its text), and
 * pathological content streams. No font program is embedded; pdf.js reads
 * the text through the ToUnicode map as it does for OCR layers.
 */
import { deflateSync } from 'node:zlib';

/** Assembles numbered objects into a PDF with a correct cross-reference table. */
export function assemblePdf(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let size = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(size);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    size += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`));
  return Buffer.concat(parts);
}

function stream(dict: string, data: Buffer, compress = true): Buffer {
  const body = compress ? deflateSync(data) : data;
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${body.length}${compress ? ' /Filter /FlateDecode' : ''} >>\nstream\n`), body, Buffer.from('\nendstream')]);
}

function utf16Hex(s: string): string {
  return Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase();
}

/**
 * A PDF whose pages show the given lines (any Unicode, control characters
 * included), one text line per entry, top down, wrapping to a new page after
 * `linesPerPage`.
 */
export function unicodePdf(lines: string[], linesPerPage = 50): Buffer {
  const codes = new Map<string, number>();
  const codeOf = (ch: string) => {
    let c = codes.get(ch);
    if (c === undefined) codes.set(ch, (c = codes.size + 1));
    return c;
  };
  const pageLines: string[][] = [];
  for (let i = 0; i < Math.max(1, lines.length); i += linesPerPage) pageLines.push(lines.slice(i, i + linesPerPage));
  const contents = pageLines.map((ls) => {
    const ops = ['BT', '/F1 10 Tf', '12 TL', '50 800 Td'];
    for (const l of ls) {
      const hex = [...l].map((ch) => codeOf(ch).toString(16).padStart(4, '0')).join('');
      ops.push(`<${hex}> Tj T*`);
    }
    ops.push('ET');
    return Buffer.from(ops.join('\n'));
  });
  // ToUnicode in chunks of at most 100 entries per bfchar block.
  const entries = [...codes].map(([ch, c]) => `<${c.toString(16).padStart(4, '0')}> <${utf16Hex(ch)}>`);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  const cmap = Buffer.from(
    `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n${blocks.join('\n')}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`,
  );
  // 1 catalog, 2 pages, 3 font, 4 descendant, 5 ToUnicode, 6 descriptor, then page + content pairs.
  const n = pageLines.length;
  const kids = Array.from({ length: n }, (_, i) => `${7 + 2 * i} 0 R`).join(' ');
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /MinutesTestSans /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MinutesTestSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 /CIDToGIDMap /Identity /FontDescriptor 6 0 R >>',
    stream('', cmap),
    '<< /Type /FontDescriptor /FontName /MinutesTestSans /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>',
  ];
  contents.forEach((c, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${8 + 2 * i} 0 R >>`);
    objects.push(stream('', c));
  });
  return assemblePdf(objects);
}

/**
 * A small file that unpacks to a content stream of `ops` text operators: a
 * decompression bomb that keeps pdf.js busy for a long time.
 */
export function slowPdf(ops: number): Buffer {
  const unit = Buffer.from('(a) Tj 0.001 0 Td ');
  const data = Buffer.alloc(unit.length * ops + 30);
  let o = data.write('BT /F1 1 Tf ');
  for (let i = 0; i < ops; i++) o += unit.copy(data, o);
  data.write(' ET', o);
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream('', data.subarray(0, o + 3)),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}
