import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linesFromText } from '../src/extract/text.js';
import { normalize } from '../src/normalize/index.js';
import { isLexiconName } from '../src/normalize/dictionary.js';

/**
 * A made-up board meeting, OCR'd without Danish letters (ø read as g or @,
 * æ as e or ae, å as a), full of tokens that are no Danish word with a letter
 * lost: ids, case-system labels, abbreviations, party letters, product names
 * and English.
 */
const DAMAGED = [
  'REFERAT AF MODE OG DROFTELSE AF OKONOMI FOR NASTE AR',
  'Referat af mgde i bestyrelsen for Grgnne Omrader',
  'Mgdet blev holdt pa radhuset den 3. marts. Formanden bad om en drgftelse af @konomien.',
  'Til stede: Sgren Kjersgaard (@), Mette Mglgaard (O), Per Brgndum (A) og Lis Ørum (V).',
  'Forslaget blev stgttet af @ og F, mens A, B og V stemte imod. Et flertal gnskede en made at lgse det pa.',
  'Sagen har journalnummer @U-55/07-0 og G01-2019-0034; brevet har id AB12 og K2.',
  'Punktet blev drgftet pa et Teams-mgde, og materialet ligger i OneDrive, i MitID og pa en iPad.',
  'OL i 2028 blev naevnt, og KL, FOA og AU har sendt hgringssvar til DR og TV 2. Projektet med AR og VR er udskudt.',
  'The Board of Directors made a decision on the new meeting plan.',
  'Beslutning: Bestyrelsen godkendte indstillingen. Naeste mgde holdes i Hgjbjerg.',
].join('\n');

const repaired = (text: string) => normalize(linesFromText(text));
const textOf = (text: string): string => repaired(text).lines.map((l) => l.text).join('\n');

describe('repair never invents a word', () => {
  it('repairs the damaged Danish words and names of the document', () => {
    const out = textOf(DAMAGED);
    expect(out).toContain('REFERAT AF MØDE OG DRØFTELSE AF ØKONOMI FOR NÆSTE ÅR');
    for (const w of ['møde', 'Mødet', 'på', 'rådhuset', 'drøftelse', 'økonomien', 'Søren', 'støttet', 'ønskede', 'måde', 'løse', 'Næste', 'Højbjerg']) {
      expect(out).toContain(w);
    }
  });

  it('leaves ids, case-system labels and codes as printed', () => {
    const out = textOf(DAMAGED);
    for (const w of ['@U-55/07-0', 'G01-2019-0034', 'AB12', 'K2']) expect(out).toContain(w);
  });

  it('leaves capitalised abbreviations as printed (no ØL from OL)', () => {
    const out = textOf(DAMAGED);
    expect(out).toContain('OL i 2028');
    expect(out).toContain('KL, FOA og AU');
    expect(out).toContain('DR og TV 2');
    expect(out).toContain('med AR og VR');
    expect(out).not.toMatch(/ØL|ÅU|ØU /);
  });

  it('leaves product names and English words as printed', () => {
    const out = textOf(DAMAGED);
    for (const w of ['Teams', 'OneDrive', 'MitID', 'iPad', 'The Board of Directors made a decision on the new meeting plan.']) expect(out).toContain(w);
  });

  it('keeps the party letters O, A and V, and reads the signs of Ø as the party letter Ø', () => {
    const out = textOf(DAMAGED);
    expect(out).toContain('(Ø)');
    expect(out).toContain('(O)');
    expect(out).toContain('(A)');
    expect(out).toContain('(V)');
    expect(out).toContain('af Ø og F, mens A, B og V');
  });

  it('a token kept as printed is reported, not silently passed over', () => {
    const messages = repaired(DAMAGED).diagnostics.filter((d) => d.code === 'ocr-uncertain').map((d) => d.message);
    expect(messages.some((m) => m.startsWith('left "AR" as printed'))).toBe(true);
  });

  it('a capitalised abbreviation the document itself prints repaired is repaired', () => {
    const out = textOf(`${DAMAGED}\nØU har behandlet sagen, og OU sender den videre.`);
    expect(out).toContain('og ØU sender');
    // Not so without the proof.
    expect(textOf(`${DAMAGED}\nUdvalget har behandlet sagen, og OU sender den videre.`)).toContain('og OU sender');
  });

  it('reads four capitals that clean minutes never use, whose repair they use often, as a word in capitals', () => {
    const out = textOf(`${DAMAGED}\nPunkt 4 ABEN Budgetopfglgning, og OL i 2028.`);
    expect(out).toContain('Punkt 4 ÅBEN Budgetopfølgning, og OL i 2028.');
  });

  it('leaves a short token joined to another by a full stop as an abbreviation (Reg.nr.)', () => {
    const out = textOf(`${DAMAGED}\nBankens Reg.nr. er 1234, og Bes.nr. er 56.`);
    expect(out).toContain('Bankens Reg.nr. er 1234, og Bes.nr. er 56.');
  });

  it('leaves an English word whose first letters, with a letter restored, are a Danish word clean minutes use (Transcription is no træn+scription)', () => {
    const out = textOf(`${DAMAGED}\nHgjbjerg Kommune Transcription Services sendte bilaget.`);
    expect(out).toContain('Højbjerg Kommune Transcription Services');
  });

  it('ids, codes, abbreviations, product names and English put anywhere in a damaged document come out as printed', () => {
    const foreign = ['OL', 'AR', 'AU', 'FOA', 'KL', 'G01', 'AB12', 'K2', 'X7B', 'SAG-2019-0034', 'ØU-55/07-O', 'B-12/A', 'OneDrive', 'iPad', 'MitID', 'PowerPoint', 'the Board', 'made by the team', 'open data'];
    const lines = DAMAGED.split('\n');
    fc.assert(
      // Into any line but the heading in capitals, where `AR` is the word ÅR.
      fc.property(fc.array(fc.tuple(fc.constantFrom(...foreign), fc.integer({ min: 1, max: lines.length - 1 })), { minLength: 1, maxLength: 6 }), (inserts) => {
        const doc = lines.map((l) => l);
        for (const [token, at] of inserts) doc[at] = `${doc[at]} ${token} .`;
        const out = textOf(doc.join('\n')).split('\n');
        for (const [token, at] of inserts) expect(out[at]).toContain(` ${token} .`);
      }),
      { numRuns: 25 },
    );
  });
});

describe('names lexicon', () => {
  it('knows Danish first names, surnames and towns from the public data sets', () => {
    for (const n of ['Søren', 'Jørgensen', 'Sørensen', 'Hørsholm', 'Tjæreborg', 'Søndergade']) expect(isLexiconName(n)).toBe(true);
    expect(isLexiconName('Sgren')).toBe(false);
  });

  it('leaves out place names written without their Danish letters, which look like damage', () => {
    expect(isLexiconName('Skaerbaek')).toBe(false);
    expect(isLexiconName('Skærbæk')).toBe(true);
  });
});
