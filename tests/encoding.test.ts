import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/extract/decode.js';
import { extractText } from '../src/extract/text.js';
import { normalize } from '../src/normalize/index.js';
import { repairMojibake } from '../src/normalize/mojibake.js';
import { run } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

const original = readFileSync(new URL('../eval/normalize/seed-000.clean.txt', import.meta.url), 'utf8');
// Latin-1 has no curly quotes or dashes: the Latin-1 version keeps only what it can encode.
const latin1Text = original.replace(/[^\u0000-\u00ff]/g, '-');
// Windows-1252 by its published table (0x80–0x9F), independent of the code under test.
const HIGH: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '™': 0x99 };
const cp1252 = (s: string): Buffer =>
  Buffer.from([...s].map((ch) => HIGH[ch] ?? (ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : 0x3f)));
const fromCp1252 = (b: Buffer): string =>
  [...b].map((x) => Object.keys(HIGH).find((k) => HIGH[k] === x) ?? String.fromCharCode(x)).join('');
const asMojibake = (s: string): string => fromCp1252(Buffer.from(s, 'utf8'));
const textOf = (bytes: Uint8Array): string => normalize(extractText(bytes)).lines.map((l) => l.text).join('\n');
const expected = (s: string): string => extractText(Buffer.from(s, 'utf8')).lines.map((l) => l.text).join('\n');

describe('encodings', () => {
  it('the original has Danish letters and Windows-1252 punctuation to lose', () => {
    expect(original).toMatch(/[æøå]/);
    expect(original).toMatch(/[“”–]/);
  });

  it('Windows-1252 bytes normalize to exactly the UTF-8 original', () => {
    const bytes = cp1252(original);
    expect(decodeText(bytes).encoding).toBe('windows-1252');
    expect(textOf(bytes)).toBe(expected(original));
  });

  it('Latin-1 bytes normalize to exactly the UTF-8 original', () => {
    const bytes = Buffer.from(latin1Text, 'latin1');
    expect(decodeText(bytes).encoding).toBe('iso-8859-1');
    expect(textOf(bytes)).toBe(expected(latin1Text));
  });

  it('mojibake (UTF-8 read as Windows-1252), once and twice, normalizes to exactly the original', () => {
    const once = asMojibake(original);
    const twice = asMojibake(once);
    expect(once).toContain('Ã¸');
    expect(textOf(Buffer.from(once, 'utf8'))).toBe(expected(original));
    expect(textOf(Buffer.from(twice, 'utf8'))).toBe(expected(original));
  });

  it.each(['cp852', 'cp850'])('UTF-8 read in the DOS code page %s normalizes to exactly the original', async (page) => {
    const iconv = (await import('iconv-lite')).default;
    const dos = iconv.decode(Buffer.from(original, 'utf8'), page);
    expect(dos).toContain('├');
    expect(textOf(Buffer.from(dos, 'utf8'))).toBe(expected(original));
  });

  it.each(['cp865', 'cp850'])('a file written in the DOS code page %s is read in it, not as Windows-1252', async (page) => {
    const iconv = (await import('iconv-lite')).default;
    const bytes = iconv.encode(original, page);
    // What the code page can write of the original (it has no curly quotes).
    const writable = iconv.decode(bytes, page);
    expect(writable).toMatch(/[æøå]/);
    // The two pages write every character of this text alike; 865, the Nordic one, is named on a tie.
    expect(decodeText(bytes)).toMatchObject({ encoding: 'cp865', text: writable });
    expect(textOf(bytes)).toBe(expected(writable));
  });

  it('a DOS file with a § is read in the page that has it: 850 (0xF5), or 865 with DOS\'s § at 0x15', async () => {
    const iconv = (await import('iconv-lite')).default;
    const text = 'Mødet i Fællesrådet, jf. § 17, stk. 4, på Åen. ØKONOMI.';
    expect(decodeText(iconv.encode(text, 'cp850'))).toEqual({ encoding: 'cp850', text });
    const cp865 = iconv.encode(text.replace('§', '\u0015'), 'cp865');
    expect(decodeText(cp865)).toEqual({ encoding: 'cp865', text });
  });

  it('Windows-1252 with curly quotes, an apostrophe and a dagger beside letters stays Windows-1252', () => {
    const [before, after] = ['Mødet ‘Regionens’ plan – Region’s budget; Hansen', ' og Østergård.'];
    const bytes = Buffer.concat([cp1252(before), Buffer.from([0x86]), cp1252(after)]); // 0x86: † in Windows-1252
    expect(decodeText(bytes)).toEqual({ encoding: 'windows-1252', text: `${before}†${after}` });
  });

  it.each(['macintosh', 'maccenteuro'])('UTF-8 read as the Mac code page %s normalizes to exactly the original', async (page) => {
    const iconv = (await import('iconv-lite')).default;
    const mac = iconv.decode(Buffer.from(original, 'utf8'), page);
    expect(mac).toContain('√');
    expect(textOf(Buffer.from(mac, 'utf8'))).toBe(expected(original));
  });

  it.each(['macintosh', 'maccenteuro'])('punctuation of UTF-8 read as %s (‚Äì for –) is repaired, also with no Danish letter', async (page) => {
    const iconv = (await import('iconv-lite')).default;
    const clean = 'Budget 2024–2025: “Godkendt” • se punkt 3…\nIngen bemærkninger – punktet blev taget til efterretning.';
    for (const text of [clean.split('\n')[0]!, clean]) {
      const mac = iconv.decode(Buffer.from(text, 'utf8'), page);
      expect(mac).toContain('‚Ä');
      expect(repairMojibake(mac)).toBe(text);
      expect(textOf(Buffer.from(mac, 'utf8'))).toBe(expected(text));
    }
  });

  it('a low quotation mark before a capital Ä that is not mojibake is left alone', () => {
    const german = 'Das Wort ‚Äpfel‘ steht im Protokoll.';
    expect(repairMojibake(german)).toBe(german);
  });

  it('a square root sign that is not mojibake is left alone', () => {
    const formula = 'Afstanden er √2 gange siden.';
    expect(repairMojibake(formula)).toBe(formula);
  });

  it('a Danish capital before a curly apostrophe is not mojibake, though its bytes decode to a sign of another script', () => {
    const possessive = 'Bestyrelsen forvalter NØ’ s midler og ÆØ’s konto.';
    expect(repairMojibake(possessive)).toBe(possessive);
    expect(repairMojibake('MÃ¸de om NØ’ s midler')).toBe('Møde om NØ’ s midler');
  });

  it('box drawing that is not mojibake is left alone', () => {
    const table = 'Struktur:\n├── Byrådet\n└── Udvalgene';
    expect(repairMojibake(table)).toBe(table);
  });

  it('mojibake repairs are recorded with their line', () => {
    const doc = normalize(extractText(Buffer.from('Referat\nMÃ¸de i FÃ¸lgegruppen pÃ¥ RÃ¥dhuset\n', 'utf8')));
    expect(doc.lines[1]!.text).toBe('Møde i Følgegruppen på Rådhuset');
    expect(doc.repairs).toHaveLength(1);
    expect(doc.repairs[0]).toMatchObject({ line: 2, reason: expect.stringContaining('mojibake') });
    expect(doc.damage?.mojibake).toBe(true);
  });

  it('leaves clean Danish text alone: single Latin-1 letters are not mojibake', () => {
    const clean = 'Æble, Økonomi, Ålborg – “citat” på Rådhuset é';
    expect(repairMojibake(clean)).toBe(clean);
  });

  it('UTF-16 with a BOM, and UTF-8 with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeText(le).encoding).toBe('utf-16le');
    expect(decodeText(be).encoding).toBe('utf-16be');
    expect(textOf(le)).toBe(expected(original));
    expect(textOf(be)).toBe(expected(original));
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original, 'utf8')]);
    expect(textOf(bom)).toBe(expected(original));
  });

  it('UTF-16 without a BOM is recognised, not taken for binary', () => {
    const le = Buffer.from(original, 'utf16le');
    expect(decodeText(le)).toMatchObject({ encoding: 'utf-16le' });
    expect(textOf(le)).toBe(expected(original));
  });

  it('`minutes normalize` prints a Windows-1252 file as the UTF-8 text', async () => {
    const dir = tempDir('enc');
    const file = path.join(dir, 'cp1252.txt');
    writeFileSync(file, cp1252(original));
    const r = await run(['normalize', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected(original) + '\n');
  });
});

describe('NUL bytes in a text file', () => {
  const fixtureText = readFileSync(new URL('../fixtures/004_02c19877bf6487b0.txt', import.meta.url));
  const withNul = (bytes: Buffer, at: number, n = 1): Buffer => Buffer.concat([bytes.subarray(0, at), Buffer.alloc(n), bytes.subarray(at)]);
  const parsed = async (bytes: Buffer) => {
    const dir = tempDir('nul');
    try {
      const file = path.join(dir, 'referat.txt');
      writeFileSync(file, bytes);
      return await run(['parse', file, '--diagnostics']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('a stray NUL byte is dropped with a warning, and the document parses as without it', async () => {
    const clean = JSON.parse((await parsed(fixtureText)).stdout);
    const r = await parsed(withNul(fixtureText, 200));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.items).toEqual(clean.items);
    expect(doc.meeting).toEqual(clean.meeting);
    expect(doc.diagnostics).toContainEqual({ severity: 'warning', code: 'nul-bytes-dropped', message: 'dropped a NUL byte (zero bytes, not text) from the file', page: null, line: null });
    expect(r.stderr).toContain('warning dropped a NUL byte');
    expect(r.stdout).not.toContain('\\u0000');
  });

  it('a run of NULs padding the end, and a few inside a UTF-8 file with a BOM, are dropped too', () => {
    const padded = decodeText(Buffer.concat([fixtureText, Buffer.alloc(5000)]));
    expect(padded).toMatchObject({ encoding: 'utf-8', droppedNuls: 5000 });
    expect(padded.text).toBe(fixtureText.toString('utf8'));
    const bom = decodeText(withNul(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixtureText]), 50, 2));
    expect(bom.droppedNuls).toBe(2);
    expect(bom.text).toBe(fixtureText.toString('utf8'));
    expect(extractText(withNul(fixtureText, 10)).diagnostics?.map((d) => d.code)).toEqual(['nul-bytes-dropped']);
  });

  it('many NULs inside still make a binary file; a file of NULs alone has no text', async () => {
    let bytes = fixtureText;
    for (let at = 100; at < bytes.length; at += 50) bytes = withNul(bytes, at);
    expect(() => decodeText(bytes)).toThrow(/binary/);
    const r = await parsed(Buffer.alloc(100));
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/has no text/);
  });
});
