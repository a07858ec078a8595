/**
 * Extraction in two parts (src/extract/complete.ts), as `ingest` runs it: the
 * extracting worker's part, moved to the analysing worker the way the pool
 * moves it (v8-serialized), and completed there, gives the very document
 * `extractBytes` gives in one thread, with either PDF engine and for the
 * other formats.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { completeExtraction, extractBytes, extractPart, type PartExtraction } from '../src/extract/index.js';
import { buildWordList, readDic, readWordsFile, wordsKey, WORDS_FILE, writeWordsFile } from '../src/extract/words.js';
import { tempDir } from './helpers/tmp.js';

const fixtures = path.resolve(__dirname, '../fixtures');
const inputs = readdirSync(fixtures).filter((f) => !f.endsWith('.yaml'));
const pdfs = inputs.filter((f) => f.endsWith('.pdf'));

async function handedOver(bytes: Uint8Array, engine: 'pdfjs' | 'pdfium', name: string) {
  const part = await extractPart(bytes, { engine, name });
  return { kind: part.kind, document: await completeExtraction(deserialize(serialize(part)) as PartExtraction) };
}

describe('extraction handed over between threads', () => {
  it.each(pdfs.flatMap((f) => (['pdfjs', 'pdfium'] as const).map((e) => [f, e] as const)))('%s with %s: laid out in one thread, finished in another, the same document', async (f, engine) => {
    const bytes = new Uint8Array(readFileSync(path.join(fixtures, f)));
    const whole = await extractBytes(bytes, { engine, name: f });
    const { kind, document } = await handedOver(bytes, engine, f);
    expect(kind).toBe('pdf');
    expect(document).toEqual(whole);
    expect(document.lines.length).toBeGreaterThan(20);
  });

  it.each(inputs.filter((f) => !f.endsWith('.pdf')))('%s: read whole in one thread, the same document', async (f) => {
    const bytes = new Uint8Array(readFileSync(path.join(fixtures, f)));
    const { kind, document } = await handedOver(bytes, 'pdfium', f);
    expect(kind).toBe('document');
    expect(document).toEqual(await extractBytes(bytes, { name: f }));
  });

  it('refuses a file without text in the second part, as in one thread', async () => {
    const bytes = new TextEncoder().encode('   \n\n  \n');
    await expect(extractBytes(bytes)).rejects.toMatchObject({ code: 'empty' });
    const part = await extractPart(bytes);
    await expect(completeExtraction(deserialize(serialize(part)) as PartExtraction)).rejects.toMatchObject({ code: 'empty' });
  });
});

describe('the page-break word list (buildWordList)', () => {
  it('holds each stem once, in small letters, cut at its flags, sorted as < sorts strings', () => {
    const dic = '7\nÆble/AB\nable\nzebra/C\n  Able  \nøl\naarhus/D\næble\n\nÅ/E';
    const list = buildWordList(dic);
    const stems = ['7', 'able', 'zebra', 'æble', 'øl', 'aarhus', 'å'];
    const expected = [...new Set(stems)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(list.text).toBe(expected.join('\n') + '\n');
    expect([...list.starts]).toEqual([...expected.map((_, i) => expected.slice(0, i).join('\n').length + (i > 0 ? 1 : 0)), list.text.length]);
  });

  it('is read back from the file the build writes, the same as built from the .dic', () => {
    const built = buildWordList(readDic());
    const read = readWordsFile(WORDS_FILE, wordsKey());
    expect(read).not.toBeNull();
    expect(read!.text).toBe(built.text);
    expect([...read!.starts]).toEqual([...built.starts]);
  });

  it('is not read from a file for another dictionary, nor from a damaged one', () => {
    const dir = tempDir('words-file');
    const file = pathToFileURL(path.join(dir, 'words.bin'));
    const list = buildWordList('able\næble\nzebra/C\n');
    writeWordsFile(file, 'k1', list);
    const back = readWordsFile(file, 'k1');
    expect(back?.text).toBe(list.text);
    expect([...back!.starts]).toEqual([...list.starts]);
    expect(readWordsFile(file, 'k2')).toBeNull();
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 3));
    expect(readWordsFile(file, 'k1')).toBeNull();
    expect(readWordsFile(pathToFileURL(path.join(dir, 'missing.bin')), 'k1')).toBeNull();
  });
});
