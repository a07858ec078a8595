import { describe, expect, it } from 'vitest';
import { linesFromText } from '../src/extract/text.js';
import { normalize } from '../src/normalize/index.js';
import { loneI } from '../src/normalize/lone.js';

const repaired = (text: string) => {
  const lines = linesFromText(text).lines;
  const edits = loneI(lines);
  return lines.map((l, i) => {
    let t = l.text;
    for (const e of edits.filter((x) => x.index === i).sort((a, b) => b.start - a.start)) t = t.slice(0, e.start) + 'i' + t.slice(e.end);
    return t;
  });
};

describe('a lone i read as 1 by OCR', () => {
  it('is the preposition between words where no numeral stands', () => {
    expect(
      repaired(
        [
          'byrådet 1 sit møde den 27. august',
          'som nævnt 1 forbindelse med sagen',
          'diskrimination 1 Aarhus er et problem',
          'udgifterne på 2 mio. kr. 1 2026',
          'Magistraten 1 mødet den 19. august',
          'der er ikke 1 sagens akter',
        ].join('\n'),
      ),
    ).toEqual([
      'byrådet i sit møde den 27. august',
      'som nævnt i forbindelse med sagen',
      'diskrimination i Aarhus er et problem',
      'udgifterne på 2 mio. kr. i 2026',
      'Magistraten i mødet den 19. august',
      'der er ikke i sagens akter',
    ]);
  });

  it('stays a numeral after a word the document numbers elsewhere (a list: abent 1, abent 2)', () => {
    expect(repaired(['abent 1 Fravarende og bemarkninger', 'abent 2 Valg af formand', 'borgerne 1 Aarhus'].join('\n'))).toEqual([
      'abent 1 Fravarende og bemarkninger',
      'abent 2 Valg af formand',
      'borgerne i Aarhus',
    ]);
  });

  it('stays a numeral after a word that takes a number, before a word that follows one, and before a verb after a capital', () => {
    const lines = [
      'jf. bilag 1 godkendes indstillingen',
      'beslutningspunkter 1 og 2 anbefales',
      'se side 1 af 3',
      'Punkt 1 godkendes uden bemærkninger',
      'Fase 1 omfatter to skoler',
      'pr. 1 august 2025',
      'der blev ansat 1 person i afdelingen',
      'mødet varede 1 time',
      'Lokalplan med tillæg 1',
      'Bilag',
    ];
    expect(repaired(lines.join('\n'))).toEqual(lines);
  });

  it('is only repaired in a document with OCR damage', () => {
    const clean = 'Byrådet behandlede sagen på mødet.\nDer er afsat midler til 1 fuldtidsstilling 1 perioden.\n';
    // A clean document (its æ, ø, å intact) is left as it is, odd as the line may be.
    expect(normalize(linesFromText(`Referat fra mødet i Økonomiudvalget\n${clean}`)).lines.map((l) => l.text)).toContain('Der er afsat midler til 1 fuldtidsstilling 1 perioden.');
  });
});

describe('a bullet read as e by OCR', () => {
  it('is a bullet where lines of the document open with a lone e; a single such line is left', async () => {
    const { ocrBullets } = await import('../src/normalize/lone.js');
    const lines = linesFromText(['Dagsorden:', 'e Strategisk drøftelse af klynger', 'o Underpunkt', 'e Godkendelse af høringsudkast', 'tekst e Ikke her'].join('\n')).lines;
    expect(ocrBullets(lines).map((e) => [e.index, e.start, e.original])).toEqual([
      [1, 0, 'e'],
      [3, 0, 'e'],
    ]);
    expect(ocrBullets(linesFromText('e Kun en linje\nog mere tekst').lines)).toEqual([]);
  });
});
