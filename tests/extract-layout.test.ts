/** Line building from pdf.js-like text items: spacing, columns, rotation, joining. */
import { describe, expect, it } from 'vitest';
import { layoutPage } from '../src/extract/layout/index.js';
import { fontWeights } from '../src/extract/layout/typography.js';
import type { RawItem, RawPage } from '../src/extract/layout/types.js';
import { hyphenDecision, joinHyphenation, joinPageBreaks } from '../src/extract/hyphenation.js';
import { checkTextLayer } from '../src/extract/pdf.js';

/** An item of `str` at (x, y), 10 pt, about 0.5 em per character, turned by `q` quarter turns. */
function item(str: string, x: number, y: number, opts: { size?: number; q?: number; width?: number; font?: string } = {}): RawItem {
  const s = opts.size ?? 10;
  const w = opts.width ?? str.length * s * 0.5;
  const q = opts.q ?? 0;
  const [cos, sin] = [Math.round(Math.cos((q * Math.PI) / 2)), Math.round(Math.sin((q * Math.PI) / 2))];
  // Position given in upright coordinates; turn it back into user space.
  const pos = q === 0 ? [x, y] : q === 1 ? [-y, x] : q === 2 ? [-x, -y] : [y, -x];
  return { str, transform: [s * cos, s * sin, -s * sin, s * cos, pos[0]!, pos[1]!], width: w, height: s, fontName: opts.font ?? 'f1' };
}

function lines(items: RawItem[], view = [0, 0, 595, 842]): string[] {
  const page: RawPage = { page: 1, view, items };
  return layoutPage(page, fontWeights([page])).lines.map((l) => l.text);
}

describe('words and spaces', () => {
  it('joins a word pdf.js split by kerning (T + eknik)', () => {
    expect(lines([item('Magistratsafdelingen for', 40, 700), item('T', 166, 700, { width: 6.6 }), item('eknik og Miljø', 172, 700)])).toEqual([
      'Magistratsafdelingen for Teknik og Miljø',
    ]);
  });
  it('rebuilds an OCR layer of one word per item into the line', () => {
    const words = ['Sagens', 'behandling', 'blev', 'udsat'];
    let x = 40;
    const items = words.map((w) => {
      const it = item(w, x, 700);
      x += w.length * 5 + 4;
      return it;
    });
    expect(lines(items)).toEqual(['Sagens behandling blev udsat']);
  });
  it('groups items on one baseline despite jitter, and orders lines top down', () => {
    expect(lines([item('anden', 40, 688), item('første', 40, 700), item('linje', 72, 700.8)])).toEqual(['første linje', 'anden']);
  });
});

describe('columns and panels', () => {
  it('reads a side panel apart from the body text beside it', () => {
    const items: RawItem[] = [];
    for (let i = 0; i < 8; i++) items.push(item(`Brødtekst linje nummer ${i} som fylder`, 60, 700 - i * 12));
    for (let i = 0; i < 6; i++) items.push(item(`Panel ${i}`, 450, 703 - i * 9.5, { size: 8 }));
    const out = lines(items);
    expect(out.slice(0, 8)).toEqual(Array.from({ length: 8 }, (_, i) => `Brødtekst linje nummer ${i} som fylder`));
    expect(out.slice(8)).toEqual(Array.from({ length: 6 }, (_, i) => `Panel ${i}`));
  });
  it('keeps the cells of a label/value table on their rows', () => {
    const items = [item('Mødedato', 40, 700), item('Onsdag d. 27. august 2025', 140, 700), item('Mødested', 40, 686), item('Byrådssalen', 140, 686), item('Mødeleder', 40, 672), item('Anders', 140, 672)];
    // The wide gap between a label and its value is kept as a tab.
    expect(lines(items)).toEqual(['Mødedato\tOnsdag d. 27. august 2025', 'Mødested\tByrådssalen', 'Mødeleder\tAnders']);
  });
});

describe('rotated pages', () => {
  it.each([1, 2, 3])('reads text turned by %i quarter turns like upright text', (q) => {
    expect(lines([item('Punkt 1: Godkendelse', 40, 700, { q }), item('af dagsorden', 40, 688, { q })])).toEqual(['Punkt 1: Godkendelse', 'af dagsorden']);
  });
});

describe('typography', () => {
  it('marks a face that sets wider than the body text as bold', () => {
    const body = Array.from({ length: 10 }, (_, i) => item('almindelig brødtekst her', 40, 600 - i * 12, { width: 24 * 4.1 }));
    const page: RawPage = { page: 1, view: [0, 0, 595, 842], items: [item('Beslutninger', 40, 700, { font: 'fb', width: 12 * 4.7 }), ...body] };
    const out = layoutPage(page, fontWeights([page])).lines;
    expect(out[0]!.bold).toBe(true);
    expect(out[1]!.bold).toBe(false);
  });
});

describe('hyphenation', () => {
  it.each([
    ['hastigheds', 'nedsættelser', 'join'],
    ['p', 'huse', 'keep-hyphen'],
    ['Sundheds', 'og', 'leave'],
    ['Social', 'eller', 'leave'],
    ['2030', 'fremskrivning', 'keep-hyphen'],
    ['UngiAarhus', 'tilbud', 'keep-hyphen'],
    ['EU', 'midler', 'keep-hyphen'],
    ['Nord', 'Vest', 'keep-hyphen'],
    ['maj', 'juni', 'keep-hyphen'],
    ['mandag', 'fredag.', 'keep-hyphen'],
    ['sept', 'okt', 'keep-hyphen'],
    ['majs', 'marker', 'join'],
    ['ikke', 'medlemmer', 'keep-hyphen'],
    ['for', 'ikke', 'join'],
    ['ex', 'formand', 'keep-hyphen'],
  ] as const)('%s- / %s → %s', (a, b, d) => expect(hyphenDecision(a, b)).toBe(d));

  it('joins lines, uses the word list for short prefixes, and keeps paragraph ends', async () => {
    const ls = [
      { text: 'sænkning af farten og hastigheds-', page: 1 },
      { text: 'nedsættelser på vejen. Prisen i p-', page: 1 },
      { text: 'huse.', page: 1 },
      { text: 'Næste afsnit om an-', page: 1 },
      { text: 'lægsomkostninger og Sundheds-', page: 1 },
      { text: 'og Ældreministeriet', page: 1 },
    ];
    expect((await joinHyphenation(ls)).map((l) => l.text)).toEqual([
      'sænkning af farten og hastighedsnedsættelser',
      'på vejen. Prisen i p-huse.',
      '',
      'Næste afsnit om anlægsomkostninger',
      'og Sundheds-',
      'og Ældreministeriet',
    ]);
  });

  it('joins a word broken across a page, and only then', async () => {
    const ls = [
      { text: 'Det er meget relevan', page: 1 },
      { text: 't for gruppen, og', page: 2 },
      { text: 'videre på næste', page: 2 },
      { text: 'side står der', page: 3 },
    ];
    expect((await joinPageBreaks(ls)).map((l) => l.text)).toEqual(['Det er meget relevant', 'for gruppen, og', 'videre på næste', 'side står der']);
  });
});

describe('image-only PDFs', () => {
  const page = (items: RawItem[]): RawPage => ({ page: 1, view: [0, 0, 595, 842], items });
  it('refuses pages with no text, and a scan with a few stray characters, naming ocrmypdf -l dan', () => {
    for (const pages of [[page([])], [page([item('x', 10, 10)]), page([item('Scan 01', 10, 10)])]]) {
      try {
        checkTextLayer(pages);
        expect.unreachable();
      } catch (err) {
        expect((err as { code: string }).code).toBe('no-text-layer');
        expect((err as { hint: string }).hint).toContain('ocrmypdf -l dan');
      }
    }
  });
  it('accepts a page of text', () => {
    expect(() => checkTextLayer([page([item('Referat af mødet i Følgegruppen for uddannelse og arbejde', 40, 700)])])).not.toThrow();
  });
});
