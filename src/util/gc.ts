/**
 * A full garbage collection on request, for the pipeline to call between the
 * stages of a large document. Each stage's output outlives the stage before
 * it, and V8 lets the heap grow rather than collect while a document is
 * parsed: on a 1,000-page PDF the process held ~300 MB of which ~70 MB was
 * live. Collecting between stages costs a few tens of milliseconds on such a
 * document and nothing on ordinary ones (they never ask).
 *
 * V8 only offers `gc()` behind --expose-gc; the flag is set here at run time
 * and the function taken from a fresh context, which is where V8 installs it.
 * If that fails (another engine, a locked-down runtime) this does nothing.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (collect === undefined) {
    collect = null;
    try {
      v8.setFlagsFromString('--expose-gc');
      const fn: unknown = vm.runInNewContext('typeof gc === "function" ? gc : null');
      if (typeof fn === 'function') collect = fn as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}

/** Documents at least this long are collected between stages. */
export const LARGE_DOCUMENT_PAGES = 150;
