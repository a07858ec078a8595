import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDictionaryFiles } from '../src/normalize/dictionary.js';
import { buildFilters, dictionaryKey, FILTERS_FILE, readFilters, writeFilters } from '../src/normalize/filters.js';
import { carrier, carriesDirectly, parseAff, parseDic, stemOf, type Hunspell } from '../src/normalize/hunspell.js';
import { StemTable } from '../src/normalize/stems.js';
import { join } from 'node:path';
import { tempDir } from './helpers/tmp.js';

/** A small dictionary with the shapes the filters must cover: suffix chains, NEEDAFFIX steps, prefixes and their cross products, compound flags. */
const AFF = `SET UTF-8
FLAG num
NEEDAFFIX 8
COMPOUNDBEGIN 32
COMPOUNDEND 34
COMPOUNDMIDDLE 33
SFX 1 Y 2
SFX 1 0 e/2 [^e]
SFX 1 0 r .
SFX 2 Y 1
SFX 2 0 ne/34 .
SFX 3 Y 1
SFX 3 0 g/8,4 [^g]
SFX 4 Y 1
SFX 4 0 et .
SFX 5 Y 1
SFX 5 e s/32,33 e
SFX 6 Y 1
SFX 6 0 s .
PFX 7 Y 1
PFX 7 0 u .
`;
const DIC = `5
bil/1,34
plan/3,4,34
møde/5,32,6,7
lov/7,6,34
kan/1
`;

function small(): Hunspell {
  return { ...parseAff(AFF), stems: parseDic(DIC) };
}

/** Every string of up to two suffix endings and one prefix on every stem: what reverse lookup may accept, and much it may not. */
function probes(h: Hunspell): string[] {
  const ends = ['', 'e', 'r', 'ne', 'er', 'ene', 'g', 'get', 'et', 's', 'es', 'ges', 'ers', 'ner'];
  const out: string[] = [];
  for (const stem of h.stems.keys()) {
    const cores = [stem, stem.slice(0, -1)];
    for (const core of cores) for (const e of ends) for (const p of ['', 'u']) out.push(p + core + e);
  }
  return out;
}

describe('dictionary filters (filters.ts, expand.ts)', () => {
  it('let through every form the affix rules accept, in a dictionary with chains, prefixes and compound flags', () => {
    const h = small();
    const f = buildFilters(h);
    const accepted = probes(h).filter((w) => stemOf(h, w) !== null);
    // The shapes are really there: a chain through a NEEDAFFIX step, a prefix, a cross product.
    expect(accepted).toEqual(expect.arrayContaining(['bilene', 'planget', 'umøde', 'ulovs', 'møde']));
    expect(stemOf(h, 'planget')).toBe('plan');
    for (const w of accepted) expect(f.all.mayHave(w), w).toBe(true);
    for (const w of probes(h)) {
      if (carrier(h, w, '34') !== null) expect(f.end.mayHave(w), w).toBe(true);
      if (carriesDirectly(h, w, '32')) expect(f.begin.mayHave(w), w).toBe(true);
      if (carriesDirectly(h, w, '33')) expect(f.middle.mayHave(w), w).toBe(true);
    }
    // And turn away what the dictionary cannot make.
    expect(['bilx', 'xmøde', 'planne', 'kanx'].filter((w) => f.all.mayHave(w))).toEqual([]);
  });

  it('read back exactly as written, and refuse a file made for another dictionary', () => {
    const h = small();
    const f = buildFilters(h);
    const path = join(tempDir('filters'), 'f.bin');
    writeFilters(path, 'key-a', f);
    const back = readFilters(path, 'key-a');
    expect(back).not.toBeNull();
    expect([...back!.all.words]).toEqual([...f.all.words]);
    expect([...back!.end.words]).toEqual([...f.end.words]);
    // The stem table comes back too, and answers as the parsed one does.
    const table = StemTable.fromParts(DIC, back!.table!);
    for (const [stem, flags] of h.stems) expect(table.get(stem), stem).toEqual(flags);
    expect(table.get('bord')).toBeUndefined();
    expect(readFilters(path, 'key-b')).toBeNull();
    expect(readFilters(join(path, 'missing'), 'key-a')).toBeNull();
  });

  it('on the real dictionary, never turn away a word, a compound end or a compound start of the corpus texts', () => {
    const { aff, dic } = loadDictionaryFiles();
    const h: Hunspell = { ...parseAff(aff), stems: parseDic(dic) };
    const f = readFilters(FILTERS_FILE, dictionaryKey(aff, dic)) ?? buildFilters(h);
    const dir = new URL('../eval/normalize/', import.meta.url);
    const words = new Set<string>();
    for (const name of readdirSync(dir)) {
      for (const m of readFileSync(new URL(name, dir), 'utf8').matchAll(/\p{L}+/gu)) {
        words.add(m[0]);
        words.add(m[0].toLowerCase());
      }
    }
    const { begin = '', middle = '', end = '' } = h.flags;
    let known = 0;
    for (const w of words) {
      if (stemOf(h, w) !== null) {
        known++;
        expect(f.all.mayHave(w), w).toBe(true);
      }
      if (w.length > 8) {
        // Compound parts: every split of a long word.
        for (let i = 3; i <= w.length - 3; i++) {
          const left = w.slice(0, i);
          const right = w.slice(i);
          if (carriesDirectly(h, left, begin)) expect(f.begin.mayHave(left), left).toBe(true);
          if (carriesDirectly(h, left, middle)) expect(f.middle.mayHave(left), left).toBe(true);
          if (carrier(h, right, end) !== null) expect(f.end.mayHave(right), right).toBe(true);
        }
      }
    }
    expect(known).toBeGreaterThan(1000);
  }, 60_000);
});
