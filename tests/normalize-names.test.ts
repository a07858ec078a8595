import { describe, expect, it } from 'vitest';
import { linesFromText } from '../src/extract/text.js';
import { normalize } from '../src/normalize/index.js';
import { isGivenName } from '../src/normalize/lexicon.js';
import { tokenize } from '../src/normalize/tokens.js';
import { emptyProfile } from '../src/normalize/profile.js';
import { decide } from '../src/normalize/restore.js';

// Made-up minutes of a small association, OCR'd without Danish letters (ø read as g or @, æ as ae, å as a).
const repaired = (lines: string[]) => normalize(linesFromText(lines.join('\n')));
const textOf = (lines: string[]): string => repaired(lines).lines.map((l) => l.text).join('\n');
const uncertain = (lines: string[]): string[] => repaired(lines).diagnostics.filter((d) => d.code === 'ocr-uncertain').map((d) => d.message);

describe('names in damaged minutes', () => {
  it('repairs a surname after a given name only into a name someone knows; the same word elsewhere is a word', () => {
    const doc = [
      'Referat af mgdet i bestyrelsen',
      // `Løvmose`: a surname no list and no clean minutes know.
      'Mgdet blev holdt pa radhuset. Til stede: Camilla Lgvmose og Peter Hansen.',
      'Naeste mgde er i maj. Lgvmose er et godt sted for et mgde, og mgdet sluttede.',
    ];
    const out = textOf(doc);
    expect(out).toContain('Camilla Lgvmose og Peter Hansen');
    expect(out).toContain('Løvmose er et godt sted');
    expect(uncertain(doc).some((m) => m.includes('"Lgvmose"') && m.includes('a surname after a given name'))).toBe(true);
  });

  it('repairs a surname into the form clean minutes print whole, though the dictionary reads it only as two words', () => {
    // `Brostrøm` is bro+strøm to the dictionary, and a surname in clean minutes; `ø` is read as `a` in this document.
    const out = textOf([
      'Referat af mgdet i Falgegruppen',
      'Mgdet blev holdt pa radhuset. Til stede: Pia Brostram og Peter Hansen.',
      'Opfalgning pa sagen og et tilbud fra Kabenhavn blev drgftet. Vi tog til AArg, og mgdet sluttede.',
    ]);
    expect(out).toContain('Pia Brostrøm og Peter Hansen');
    // A form clean minutes print (`Aarø`) is no word in another shape of capitals.
    expect(out).not.toContain('AArø');
  });

  it('leaves a surname that reads as a word after a given name clean minutes print, rather than make it another word', () => {
    // `Preben` is a given name seen before surnames in clean minutes; `Made` reads as a word, and `Møde` is no name.
    const doc = [
      'Referat af mgdet i Falgegruppen',
      'Mgdet blev holdt pa radhuset. Preben Made fra Damhus spurgte om opfalgning, og Made blev holdt.',
      'Et tilbud fra Kabenhavn blev drgftet, og mgdet sluttede.',
    ];
    const out = textOf(doc);
    expect(out).toContain('Preben Made fra Damhus');
    expect(out).toContain('og Møde blev holdt');
    expect(uncertain(doc).some((m) => m.includes('"Made"') && m.includes('no name'))).toBe(true);
  });

  it('reads a long capitalised token whose reading is a listed word as the word, but not in a run of names', () => {
    const doc = [
      'Referat af mgdet i bestyrelsen',
      'Mgdet blev holdt pa radhuset. Til stede: Ulla Hestebek Jensen og Peter Hansen.',
      'Naeste mgde er i maj. Kvzelstof i vandlgbet blev drgftet, og Hestebek blev nzevnt.',
      'Vi sa pa Lydanleeg pa mgdet, og Dorte Fuglebeek Madsen var gaest.',
    ];
    const out = textOf(doc);
    expect(out).toContain('Kvælstof i vandløbet');
    expect(out).toContain('og Hestebæk blev nævnt');
    expect(out).toContain('Vi så på Lydanlæg');
    // Between a given name and a surname: a name's place, where the word's length is no evidence.
    expect(out).toContain('Ulla Hestebek Jensen');
    expect(out).toContain('Dorte Fuglebeek Madsen');
    // A short one may be a name as printed.
    const profile = { ...emptyProfile(), counts: new Map([['ø:g', 60], ['ø:o', 20], ['ø:e', 10], ['ø:a', 15], ['æ:ee', 40], ['æ:e', 5], ['å:a', 80]]), damageShare: 0.9, damaged: true };
    expect(decide('Tamte', { profile, docCounts: new Map() })).toMatchObject({ confident: false });
  });

  it('reads a capitalised token as the name the document repairs elsewhere, damaged otherwise', () => {
    const out = textOf([
      'Referat af mgdet i bestyrelsen',
      'Til stede: Lis Brg@nd (formand) og Ib Holm. Mgdet blev holdt pa radhuset.',
      'Naeste mgde er i maj. Lis Brand takkede for drgftelsen, og Brand fik ordet.',
      'Der var brand i skuret, og Mark Holm sa det.',
    ]);
    expect(out).toContain('Lis Brønd takkede');
    expect(out).toContain('og Brønd fik ordet');
    // Small letters are a word, not the name; nor is a token whose spellings give no repaired form.
    expect(out).toContain('Der var brand i skuret, og Mark Holm så det.');
  });

  it('reads a name printed with the sign the document reads ø as, where no spelling makes a word of it', () => {
    const doc = [
      'Referat af m@det i bestyrelsen',
      'M@det blev holdt pa radhuset. Til stede: Ulla @rbeck og Ib Tovsk@.',
      'Naeste m@de er i maj. Punktet om vandet blev dr@ftet.',
    ];
    const out = textOf(doc);
    expect(out).toContain('Ulla Ørbeck og Ib Tovskø.');
    // After g the sign may be one ø with it: left.
    expect(textOf([...doc, 'Ib Sandg@ var ikke til stede pa m@det.'])).toContain('Ib Sandg@ var');
  });

  it('takes a surname no list knows where two tokens damaged two ways agree on it', () => {
    const out = textOf([
      'Referat af mgdet i bestyrelsen',
      'Mgdet blev holdt pa radhuset. Til stede: Camilla Lgvdal og Peter Hansen.',
      'Naeste mgde er i maj. Camilla Lavdal takkede for mgdet.',
    ]);
    expect(out).toContain('Til stede: Camilla Løvdal og Peter Hansen.');
    expect(out).toContain('Camilla Løvdal takkede');
  });

  it('takes no short capitalised compound for a repair of its first part: it may be a name', () => {
    const out = textOf([
      'Referat af mgdet i bestyrelsen',
      'Mgdet blev holdt pa radhuset. Til stede: Camilla Granild og Peter Hansen.',
      'Naeste mgde er i maj, og vejen Grenave blev drgftet pa mgdet.',
    ]);
    expect(out).toContain('Camilla Granild');
    expect(out).toContain('vejen Grenave blev drøftet');
  });

  it('knows given names of the neighbouring locales too, to place a surname', () => {
    for (const name of ['Søren', 'Mette', 'Leif', 'Sven']) expect(isGivenName(name), name).toBe(true);
    for (const word of ['Mødet', 'Referat', 'Granild']) expect(isGivenName(word), word).toBe(false);
  });

  it('reads a name opening with a consonant and g as the consonant and ø, and leaves one with more damage whole', () => {
    const out = textOf([
      'Referat af mgdet i bestyrelsen',
      'Mgdet blev holdt pa radhuset, og Naeste mgde er i maj.',
      // `Hølmbæk`: a surname no list and no clean minutes know.
      'Birgitte Sgtrup og Hans Hglmbzek skrev referatet efter mgdet.',
    ]);
    expect(out).toContain('Birgitte Søtrup');
    expect(out).toContain('Hans Hglmbzek');
  });

  it('reads a lone sign after a name and its comma, or after "liste", as the party letter Ø', () => {
    const out = textOf([
      'Referat af mgdet i byradet',
      'Til stede: Anders Holm, @ og Lise Berg, (@). Naeste mgde er i maj.',
      'Liste @ stemte for forslaget om @konomien, som blev drgftet pa mgdet.',
    ]);
    expect(out).toContain('Anders Holm, Ø og Lise Berg, (Ø)');
    expect(out).toContain('Liste Ø stemte');
  });
});

describe('repair with evidence', () => {
  it('weighs a word against its repair by clean minutes: bed is bød before velkommen and bed elsewhere, and mod stays mod though møde is everywhere', () => {
    // Here ø is read as o, as in `mod` for `mød`.
    const out = textOf([
      'Referat af modet i bestyrelsen',
      'Formanden bed velkommen til modet pa radhuset. Naeste mode er i maj, og modet drofter okonomien.',
      'Vi har en handlingsplan mod stress, og vi stemte mod forslaget. Modet sluttede, og mode for mode gik det.',
    ]);
    expect(out).toContain('Formanden bød velkommen');
    expect(out).toContain('møde for møde');
    // `bød` is a set phrase's word in clean minutes (`bød … velkommen`): where no word of it follows, `bed` is a word as printed.
    const flowers = textOf([
      'Referat af mgdet i bestyrelsen',
      'Formanden bed alle velkommen til mgdet pa radhuset. Naeste mgde er i maj.',
      'Hun bed i citronen, og der var en bed med blomster ved stien.',
    ]);
    expect(flowers).toContain('Formanden bød alle velkommen');
    expect(flowers).toContain('Hun bed i citronen, og der var en bed med blomster ved stien.');
    // `mød` is a form of the lemma `møde`, which clean minutes print on every page; `mod` itself is far commoner than `mød`.
    expect(out).toContain('handlingsplan mod stress, og vi stemte mod forslaget.');
  });

  it('leaves a short word whose only reading is a compound nothing shows, and repairs one whose restored letter is in a known word', () => {
    const doc = [
      'Referat af mgdet i bestyrelsen',
      'Vi fik god traring fra kommunen om temamgdet. Naeste mgde er i maj pa radhuset.',
    ];
    const out = textOf(doc);
    expect(out).toContain('god traring fra');
    expect(out).toContain('om temamødet');
    expect(uncertain(doc).some((m) => m.includes('"traring"'))).toBe(true);
  });

  it('screens a note shorter than a stretch whole, and repairs it', () => {
    const out = textOf([
      'Referat af bestyrelsesmgde',
      'Naeste mgde blev aftalt. Kassereren fremlagde regnskabet, som blev godkendt uden bemaerkninger. Intet til eventuelt.',
    ]);
    expect(out).toContain('Referat af bestyrelsesmøde');
    expect(out).toContain('Næste møde blev aftalt');
    expect(out).toContain('uden bemærkninger');
  });

  it('writes a sign at a line\'s start in small letters where the line before runs on into it', () => {
    const out = textOf([
      'Referat af mgdet i bestyrelsen',
      'Mgdet blev holdt pa radhuset, og vi talte om en opstramning af',
      '@konomien. Naeste mgde er i maj.',
      '@konomien er god, sagde formanden efter en drgftelse.',
    ]);
    expect(out).toContain('opstramning af\nøkonomien. Næste');
    expect(out).toContain('Økonomien er god');
  });

  it('reads a capital I for l before a sign read for ø (I@rdag is lørdag)', () => {
    const out = textOf(['Referat af mgdet', 'Arbejdsdag I@rdag den 13. Naeste mgde er pa radhuset, og formanden bad om en drgftelse.']);
    expect(out).toContain('Arbejdsdag lørdag den 13.');
  });

  it('reads a word with @ for ø at a sentence end as a word, and a mail address as an address', () => {
    expect(tokenize('Opfalgning efter afdelingsma@de.', 0).map((t) => t.text)).toContain('afdelingsma@de');
    expect(tokenize('Skriv til formand@forening.dk.', 0).map((t) => t.text)).toEqual(['Skriv', 'til']);
    const out = textOf(['Referat af mgdet', 'Opfglgning efter afdelingsma@de. Naeste mgde er pa radhuset.', 'Skriv til formand@forening.dk om mgdet.']);
    expect(out).toContain('efter afdelingsmøde.');
    expect(out).toContain('formand@forening.dk');
  });
});
