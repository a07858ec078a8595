/**
 * Typography as evidence. pdf.js text content names fonts but does not say
 * which are bold, so weight is estimated: a bold face sets the same letters
 * wider than the regular face of its family. A font whose average advance per
 * character (in ems) clearly exceeds the document's body text is taken as bold.
 * It is a hint for heading detection, never required.
 */
import type { RawPage, Run } from './types.js';

/** How much wider than body text a font must set to count as bold. */
const BOLD_RATIO = 1.07;
/** Fonts with fewer characters than this are judged by the body ratio alone. */
const MIN_CHARS = 12;

export interface FontWeights {
  isBold(runs: Run[]): boolean;
}

function key(font: string, size: number): string {
  return `${font}@${Math.round(size * 2) / 2}`;
}

export function fontWeights(pages: RawPage[]): FontWeights {
  const stats = new Map<string, { chars: number; advance: number }>();
  for (const p of pages) {
    for (const it of p.items) {
      if (it.str.trim() === '') continue;
      const t = it.transform;
      const size = Math.hypot(t[2]!, t[3]!) || it.height || 10;
      const k = key(it.fontName, size);
      let s = stats.get(k);
      if (!s) stats.set(k, (s = { chars: 0, advance: 0 }));
      s.chars += it.str.length;
      s.advance += it.width / size;
    }
  }
  // Body ratio: the character-weighted median over all fonts.
  const ratios = [...stats.values()].filter((s) => s.chars >= MIN_CHARS).map((s) => ({ r: s.advance / s.chars, w: s.chars }));
  ratios.sort((a, b) => a.r - b.r);
  const total = ratios.reduce((k, x) => k + x.w, 0);
  let acc = 0;
  let body = 0.45;
  for (const x of ratios) {
    acc += x.w;
    if (acc >= total / 2) {
      body = x.r;
      break;
    }
  }
  const bold = new Set<string>();
  for (const [k, s] of stats) if (s.chars >= MIN_CHARS && s.advance / s.chars > body * BOLD_RATIO) bold.add(k);
  return {
    isBold(runs: Run[]): boolean {
      let yes = 0;
      let all = 0;
      for (const r of runs) {
        const n = r.str.trim().length;
        if (n === 0) continue;
        all += n;
        if (bold.has(key(r.font, r.size))) yes += n;
      }
      return all > 0 && yes * 2 > all;
    },
  };
}

