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

/** Characters of a line per font (key: font name and size), to judge its weight once the document's fonts are known. */
export type FontTally = [key: string, chars: number][];

export interface FontWeights {
  isBold(fonts: FontTally): boolean;
}

function key(font: string, size: number): string {
  return `${font}@${Math.round(size * 2) / 2}`;
}

/** The fonts of a line's runs, by the characters each sets (spaces not counted). */
export function tallyRuns(runs: Run[]): FontTally {
  const out: FontTally = [];
  for (const r of runs) {
    const n = r.str.trim().length;
    if (n === 0) continue;
    const k = key(r.font, r.size);
    const hit = out.find((e) => e[0] === k);
    if (hit) hit[1] += n;
    else out.push([k, n]);
  }
  return out;
}

/** Advance per character of every font, gathered page by page as pdf.js reads them. */
export class FontStats {
  private readonly stats = new Map<string, { chars: number; advance: number }>();

  add(page: RawPage): void {
    for (const it of page.items) {
      if (it.str.trim() === '') continue;
      const t = it.transform;
      const size = Math.hypot(t[2]!, t[3]!) || it.height || 10;
      const k = key(it.fontName, size);
      let s = this.stats.get(k);
      if (!s) this.stats.set(k, (s = { chars: 0, advance: 0 }));
      s.chars += it.str.length;
      s.advance += it.width / size;
    }
  }

  weights(): FontWeights {
    // Body ratio: the character-weighted median over all fonts.
    const ratios = [...this.stats.values()].filter((s) => s.chars >= MIN_CHARS).map((s) => ({ r: s.advance / s.chars, w: s.chars }));
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
    for (const [k, s] of this.stats) if (s.chars >= MIN_CHARS && s.advance / s.chars > body * BOLD_RATIO) bold.add(k);
    return {
      isBold(fonts: FontTally): boolean {
        let yes = 0;
        let all = 0;
        for (const [k, n] of fonts) {
          all += n;
          if (bold.has(k)) yes += n;
        }
        return all > 0 && yes * 2 > all;
      },
    };
  }
}

export function fontWeights(pages: RawPage[]): FontWeights {
  const stats = new FontStats();
  for (const p of pages) stats.add(p);
  return stats.weights();
}
