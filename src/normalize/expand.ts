/**
 * Forward expansion of the dictionary, for the filters in `filters.ts`: every
 * form a stem makes by chains of suffixes (as deep as `stemOf` and `carrier`
 * undo them) and by prefixes, handed to a callback with the compound flags it
 * carries. The filters built from it only ever say "certainly not": a form is
 * emitted whenever the reverse lookup could accept it, so when in doubt it
 * emits more (it ignores NEEDAFFIX and FORBIDDENWORD, which only take forms away).
 */
import type { Affix, Hunspell } from './hunspell.js';

/** Suffixes `stemOf` undoes: the word's own suffix and up to three that made its stem (`carrier`). */
export const EXPAND_DEPTH = 4;

export interface Carried {
  begin: boolean;
  middle: boolean;
  end: boolean;
}

export function expandForms(h: Hunspell, emit: (form: string, carried: Carried) => void): void {
  const suffixesByFlag = byFlag([...h.suffixes.values()].flat());
  const prefixesByFlag = byFlag([...h.prefixes.values()].flat());
  const { begin = '', middle = '', end = '' } = h.flags;
  const visit = (form: string, flags: readonly string[], rootFlags: readonly string[], depth: number): void => {
    emit(form, { begin: flags.includes(begin), middle: flags.includes(middle), end: flags.includes(end) });
    // Prefixes go on last (`stemOf` tries them on the whole form), for the form's own flags or its stem's (cross products).
    for (const list of [flags, rootFlags]) {
      for (const f of list) {
        for (const p of prefixesByFlag.get(f) ?? []) {
          if (!form.startsWith(p.strip)) continue;
          const rest = form.slice(p.strip.length);
          if (p.condition !== null && !p.condition.test(form)) continue;
          emit(p.add + rest, { begin: false, middle: false, end: false });
        }
      }
    }
    if (depth >= EXPAND_DEPTH) return;
    for (const f of flags) {
      for (const a of suffixesByFlag.get(f) ?? []) {
        if (!form.endsWith(a.strip)) continue;
        if (a.condition !== null && !a.condition.test(form)) continue;
        visit(form.slice(0, form.length - a.strip.length) + a.add, a.continuation, rootFlags, depth + 1);
      }
    }
  };
  for (const [stem, flags] of h.stems) visit(stem, flags, flags, 0);
}

function byFlag(list: Affix[]): Map<string, Affix[]> {
  const out = new Map<string, Affix[]>();
  for (const a of list) {
    const had = out.get(a.flag);
    if (had) had.push(a);
    else out.set(a.flag, [a]);
  }
  return out;
}
