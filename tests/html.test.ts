/**
 * Saved web pages: sniffing, character sets, list numbers as a browser shows
 * them, page chrome kept out of the text, tables and links.
 */
import { describe, expect, it } from 'vitest';
import { decodePage, extractHtml, isChromeLine, isHtml, listMarker } from '../src/extract/html.js';

const page = (body: string, head = '<meta charset="utf-8">') => Buffer.from(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
const texts = (body: string) => extractHtml(page(body)).lines.map((l) => l.text).filter((t) => t !== '');

describe('isHtml', () => {
  it('takes a doctype or an html, head or body tag after a BOM, white space and comments', () => {
    expect(isHtml(Buffer.from('<!DOCTYPE html><html></html>'))).toBe(true);
    expect(isHtml(Buffer.from('\ufeff  \n<!doctype HTML>'))).toBe(true);
    expect(isHtml(Buffer.from('<!-- saved from url=(0022)https://example.org/ -->\r\n<html lang="da">'))).toBe(true);
    expect(isHtml(Buffer.from('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'))).toBe(true);
    expect(isHtml(Buffer.from('<HEAD><TITLE>x</TITLE>'))).toBe(true);
    expect(isHtml(Buffer.from('\n\n<body><p>Referat</p>'))).toBe(true);
    expect(isHtml(Buffer.from('\ufeff<html>', 'utf16le'))).toBe(true);
    const utf16 = Buffer.from('<!DOCTYPE html><html><body><p>Mødet blev holdt på Rådhuset.</p></body></html>', 'utf16le');
    expect(isHtml(utf16)).toBe(true);
    expect(extractHtml(utf16)).toMatchObject({ encoding: 'utf-16le', lines: [{ text: 'Mødet blev holdt på Rådhuset.' }] });
  });

  it('refuses text that only mentions tags, Markdown and PDF', () => {
    expect(isHtml(Buffer.from('Referat\n<html> står i teksten'))).toBe(false);
    expect(isHtml(Buffer.from('# Referat\n\n[Bilag 1](https://x.dk/b.pdf)'))).toBe(false);
    expect(isHtml(Buffer.from('%PDF-1.7\n<html>'))).toBe(false);
    expect(isHtml(Buffer.from('<htmlx>'))).toBe(false);
    expect(isHtml(new Uint8Array())).toBe(false);
  });
});

describe('character set', () => {
  const body = '<p>Mødet blev holdt på Rådhuset, Ærø.</p>';
  it('reads the charset a meta tag declares: windows-1252 and iso-8859-1', () => {
    for (const [head, encoding] of [
      ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', 'windows-1252'],
      ['<meta charset="ISO-8859-1">', 'iso-8859-1'],
    ] as const) {
      const bytes = Buffer.from(`<html><head>${head}</head><body>${body}</body></html>`, 'latin1');
      const doc = extractHtml(bytes);
      expect(doc.encoding).toBe(encoding);
      expect(doc.lines[0]!.text).toBe('Mødet blev holdt på Rådhuset, Ærø.');
    }
  });

  it('reads an undeclared page as UTF-8 when it is, else as Windows-1252', () => {
    expect(extractHtml(Buffer.from(`<html><body>${body}</body></html>`, 'utf8'))).toMatchObject({ encoding: 'utf-8', lines: [{ text: 'Mødet blev holdt på Rådhuset, Ærø.' }] });
    const latin = extractHtml(Buffer.from(`<html><body>${body}</body></html>`, 'latin1'));
    expect(latin.lines[0]!.text).toBe('Mødet blev holdt på Rådhuset, Ærø.');
    expect(latin.encoding).toBe('iso-8859-1');
  });

  it('a BOM wins over a declaration, and a page declared UTF-8 that is not says so', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<html><head><meta charset="windows-1252"></head><body>${body}</body></html>`)]);
    expect(decodePage(bom)).toMatchObject({ encoding: 'utf-8', diagnostics: [] });
    const wrong = decodePage(Buffer.from(`<html><head><meta charset="utf-8"></head><body>${body}</body></html>`, 'latin1'));
    expect(wrong.text).toContain('Mødet blev holdt på Rådhuset');
    expect(wrong.diagnostics.map((d) => d.code)).toEqual(['html-charset-mismatch']);
    const utf8Declared1252 = decodePage(Buffer.from(`<html><head><meta charset="windows-1252"></head><body>${body}</body></html>`, 'utf8'));
    expect(utf8Declared1252.text).toContain('Mødet blev holdt på Rådhuset, Ærø.');
    expect(utf8Declared1252).toMatchObject({ encoding: 'utf-8', diagnostics: [{ code: 'html-charset-mismatch', message: 'the page declares windows-1252 but is UTF-8; read as utf-8' }] });
    const unknown = decodePage(Buffer.from(`<html><head><meta charset="x-klingon"></head><body>${body}</body></html>`));
    expect(unknown.diagnostics.map((d) => d.code)).toEqual(['html-charset-unknown']);
  });
});

describe('list numbers as the browser shows them', () => {
  it('formats decimal, letters and roman numerals, with decimal where those have no number', () => {
    expect([1, 3, 26, 27, 28].map((n) => listMarker(n, 'a'))).toEqual(['a.', 'c.', 'z.', 'aa.', 'ab.']);
    expect(listMarker(2, 'A')).toBe('B.');
    expect([1, 4, 9, 14, 1999].map((n) => listMarker(n, 'i'))).toEqual(['i.', 'iv.', 'ix.', 'xiv.', 'mcmxcix.']);
    expect(listMarker(12, 'I')).toBe('XII.');
    expect(listMarker(0, 'a')).toBe('0.');
    expect(listMarker(-2, 'i')).toBe('-2.');
    expect(listMarker(7, '1')).toBe('7.');
  });

  it('numbers <ol> items from 1, from start, and from a value on', () => {
    const doc = extractHtml(page('<ol><li>Regnskab</li><li>Budget</li></ol><ol start="3"><li>Valg<li>Eventuelt</ol><ol><li>A</li><li value="7">B</li><li>C</li></ol>'));
    const items = doc.lines.filter((l) => l.listNumber !== undefined);
    expect(items.map((l) => [l.text, l.listNumber, l.listLevel])).toEqual([
      ['1. Regnskab', '1.', 0],
      ['2. Budget', '2.', 0],
      ['3. Valg', '3.', 0],
      ['4. Eventuelt', '4.', 0],
      ['1. A', '1.', 0],
      ['7. B', '7.', 0],
      ['8. C', '8.', 0],
    ]);
  });

  it('letters and roman numerals by type, also on an item, and a reversed list', () => {
    expect(texts('<ol type="a"><li>et<li>to</ol><ol type="A" start="3"><li>tre</ol><ol type="i"><li>x<li>y<li>z<li>w</ol><ol type="I"><li>ja</ol>')).toEqual(['a. et', 'b. to', 'C. tre', 'i. x', 'ii. y', 'iii. z', 'iv. w', 'I. ja']);
    expect(texts('<ol><li>et<li type="a">to</ol>')).toEqual(['1. et', 'b. to']);
    expect(texts('<ol reversed><li>tre<li>to<li>et</ol>')).toEqual(['3. tre', '2. to', '1. et']);
  });

  it('nested lists: the level, a number of their own, the outer count going on', () => {
    const doc = extractHtml(page('<ol><li>Regnskab<ol type="a"><li>Drift</li><li>Anlæg</li></ol></li><li>Budget<ul><li>Skoler</li></ul>med noter</li></ol>'));
    expect(doc.lines.filter((l) => l.text !== '').map((l) => [l.text, l.listLevel, l.listNumber])).toEqual([
      ['1. Regnskab', 0, '1.'],
      ['a. Drift', 1, 'a.'],
      ['b. Anlæg', 1, 'b.'],
      ['2. Budget', 0, '2.'],
      ['Skoler', 1, undefined],
      ['med noter', 0, undefined],
    ]);
  });

  it('an <li> with a heading in it: the number leads the heading line', () => {
    const doc = extractHtml(page('<ol start="4"><li><h3>Kvalitetsrapport</h3><p>Tekst</p></li></ol>'));
    expect(doc.lines[0]).toMatchObject({ text: '4. Kvalitetsrapport', headingLevel: 3, listLevel: 0, listNumber: '4.', bold: true });
    expect(doc.lines.find((l) => l.text === 'Tekst')).toMatchObject({ listLevel: 0 });
    expect(doc.lines.find((l) => l.text === 'Tekst')!.listNumber).toBeUndefined();
  });
});

describe('lines, headings, bold, tables, links', () => {
  it('blocks give lines, <br> breaks them, white space collapses', () => {
    expect(texts('<div>Et\n   to</div><p>tre<br>fire</p>fem<span> seks</span>')).toEqual(['Et to', 'tre', 'fire', 'fem seks']);
  });

  it('headings set headingLevel; a wholly bold line is bold, a partly bold one is not', () => {
    const doc = extractHtml(page('<h2>1. Regnskab</h2><p><strong>Beslutning</strong></p><p><b>Godkendt</b> uden bemærkninger</p>'));
    const [h, b, partly] = doc.lines.filter((l) => l.text !== '');
    expect(h).toMatchObject({ text: '1. Regnskab', headingLevel: 2 });
    expect(b).toMatchObject({ text: 'Beslutning', bold: true });
    expect(partly!.bold).toBeUndefined();
  });

  it('a table row by row: cells joined, a label cell before its value, column headings left out', () => {
    expect(texts('<table><thead><tr><th>Navn</th><th>Funktion</th></tr></thead><tr><td>Anne Holm</td><td>formand</td></tr><tr><td>Bo Berg</td><td>medlem</td></tr></table>')).toEqual(['Anne Holm, formand', 'Bo Berg, medlem']);
    expect(texts('<table><tr><th>Mødested</th><td>Rådhuset</td></tr><tr><td>Dato:</td><td>3. marts 2026</td></tr><tr><td>Dato og tid</td><td>3. marts kl. 15</td></tr></table>')).toEqual(['Mødested: Rådhuset', 'Dato: 3. marts 2026', 'Dato og tid: 3. marts kl. 15']);
    // A name is no label, even in a header cell; an office before a name is.
    expect(texts('<table><tr><th>Anne Holm</th><td>formand</td></tr><tr><td>Formand</td><td>Bo Berg</td></tr><tr><td>Ole</td><td>Lund</td><td>medlem</td></tr></table>')).toEqual(['Anne Holm, formand', 'Formand: Bo Berg', 'Ole, Lund, medlem']);
  });

  it('a layout table gives its cells\' lines in order', () => {
    expect(texts('<table><tr><td><h2>1. Regnskab</h2><p>Godkendt.</p></td><td>Side</td></tr></table>')).toEqual(['1. Regnskab', 'Godkendt.', 'Side']);
  });

  it('a definition list: term and description on one line', () => {
    expect(texts('<dl><dt>Mødested</dt><dd>Rådhuset</dd><dt>Tid:</dt><dd>kl. 15</dd></dl>')).toEqual(['Mødested: Rådhuset', 'Tid: kl. 15']);
  });

  it('an attachment link keeps its address, made absolute from the page\'s base', () => {
    const doc = extractHtml(page('<p><a href="bilag/1.pdf">Bilag 1: Budget</a></p><p><a href="https://x.dk/b">Bilag 2</a></p><p><a href="/om">Om kommunen</a></p>', '<base href="https://dagsorden.example.dk/udvalg/">'));
    expect(doc.lines.map((l) => l.text).filter(Boolean)).toEqual(['Bilag 1: Budget https://dagsorden.example.dk/udvalg/bilag/1.pdf', 'Bilag 2 https://x.dk/b', 'Om kommunen']);
  });

  it('a browser\'s saved-from comment is the base where the page has none', () => {
    const bytes = Buffer.from('<!-- saved from url=(0032)https://referat.example.dk/m/12 -->\n<html><body><a href="/fil/9.pdf">Bilag 3</a></body></html>');
    expect(extractHtml(bytes).lines[0]!.text).toBe('Bilag 3 https://referat.example.dk/fil/9.pdf');
  });

  it('a page Word saved: its list numbers are text, its conditional comments and <o:p> nothing', () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Bo</o:Author></o:DocumentProperties></xml><![endif]--></head><body lang=DA><div class=WordSection1><p class=MsoTitle>Referat</p><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><b>Godkendelse af dagsorden<o:p></o:p></b></p><p class=MsoNormal>Godkendt.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p></div></body></html>`;
    expect(extractHtml(Buffer.from(word, 'latin1')).lines.map((l) => l.text)).toEqual(['Referat', '', '1. Godkendelse af dagsorden', '', 'Godkendt.']);
  });

  it('line numbers count lines, pages are null', () => {
    const doc = extractHtml(page('<p>a</p><p>b</p>'));
    expect(doc).toMatchObject({ format: 'html', pages: null });
    expect(doc.lines.map((l) => [l.line, l.page])).toEqual(doc.lines.map((_, i) => [i + 1, null]));
  });
});

describe('page chrome', () => {
  it('scripts, styles, hidden elements and form controls are not text', () => {
    expect(texts('<script>var a = "<p>x</p>";</script><style>p{}</style><p hidden>skjult</p><p aria-hidden="true">ikon</p><p style="color:red; display: none">kladde</p><span class="sr-only">Til skærmlæser</span><div class="d-none">Skjult</div><button>Udskriv</button><select><option>Vælg</option></select><noscript>Slå JavaScript til</noscript><p>Synlig</p>')).toEqual(['Synlig']);
  });

  it('nav, the page\'s header, footer and asides, and cookie banners are furniture; an article\'s header and aside are content', () => {
    const doc = extractHtml(page('<div class="cookie-banner"><p>Vi bruger cookies</p></div><header><a href="/">Kommunen</a><nav><a>Borger</a></nav></header><main><article><header><h1>Referat</h1></header><aside>Mødested: Rådhuset</aside><p>Godkendt.</p><footer>Referent: Bo Berg</footer></article></main><aside>Se også</aside><footer>Rådhuset · 9999 By</footer>'));
    expect(doc.lines.map((l) => l.text).filter(Boolean)).toEqual(['Referat', 'Mødested: Rådhuset', 'Godkendt.', 'Referent: Bo Berg']);
    expect(doc.furniture.map((f) => [f.furniture, f.text])).toEqual([
      ['sidebar', 'Vi bruger cookies'],
      ['header', 'Kommunen'],
      ['header', 'Borger'],
      ['sidebar', 'Se også'],
      ['footer', 'Rådhuset · 9999 By'],
    ]);
  });

  it('print, download and share buttons and breadcrumbs are chrome lines', () => {
    for (const t of ['Udskriv', 'Print', 'Hent som PDF', 'Del', 'Udskriv | Del | Hent som PDF', 'Forside > Politik > Referater', 'Du er her: Forside / Byrådet', 'Til toppen', 'Accepter alle cookies']) expect(isChromeLine(t), t).toBe(true);
    for (const t of ['Delvis godkendt', 'Udskrivning af sygehus', 'Forsiden af budgettet blev drøftet.', 'Beslutning', 'Hent som PDF og send til alle medlemmer inden mødet.']) expect(isChromeLine(t), t).toBe(false);
    const doc = extractHtml(page('<div class="breadcrumb"><a>Forside</a> › <a>Politik</a></div><p>Forside &gt; Politik &gt; Referat</p><p><a>Udskriv</a> | <a>Hent som PDF</a></p><p>Godkendt.</p><p>Del</p>'));
    expect(doc.lines.map((l) => l.text).filter(Boolean)).toEqual(['Godkendt.']);
    expect(doc.furniture.map((f) => f.text)).toEqual(['Forside › Politik', 'Forside > Politik > Referat', 'Udskriv | Hent som PDF', 'Del']);
  });
});
