import { describe, expect, it } from 'vitest';
import { linesFromText } from '../src/extract/text.js';
import { normalize } from '../src/normalize/index.js';
import { emptyProfile, type DamageProfile } from '../src/normalize/profile.js';
import { decide, inContext, inFrame, type Evidence } from '../src/normalize/restore.js';
import { FRAMES } from '../src/normalize/frames.data.js';
import { MISREADS } from '../src/normalize/misread.data.js';

/** A document's damage as OCR without Danish letters does it: ø read as g, o, a, e; æ as ee, ae, e; å as a. */
function profile(): DamageProfile {
  return {
    ...emptyProfile(),
    counts: new Map([['ø:g', 60], ['ø:o', 20], ['ø:a', 15], ['ø:e', 10], ['æ:ee', 40], ['æ:ae', 10], ['æ:e', 5], ['å:a', 80]]),
    damageShare: 0.9,
    damaged: true,
  };
}
const evidence = (docCounts: Map<string, number> = new Map()): Evidence => ({ profile: profile(), docCounts });
const textOf = (text: string): string => normalize(linesFromText(text)).lines.map((l) => l.text).join('\n');

describe('grammatical frames (frames.data.ts)', () => {
  it.each(FRAMES.flatMap((f) => f.examples.map((e) => [f.word, ...e] as const)))('%s: after "%s", "%s" is "%s"', (_word, before, printed, want) => {
    const words = before.split(' ');
    const verdict = inFrame(printed, words[words.length - 1]!, evidence(), words.length > 1 ? words[0]! : null);
    if (printed === want) expect(verdict).toEqual({ keep: true });
    else expect(verdict).toMatchObject({ keep: false, decision: { repaired: want, confident: true } });
  });

  it('says nothing where the word before asks for no frame, or the token is no reading of the frame\'s word', () => {
    expect(inFrame('barn', 'om', evidence())).toBeNull();
    expect(inFrame('bord', 'alle', evidence())).toBeNull();
    expect(inFrame('made', null, evidence())).toBeNull();
    // An article asks across an adjective, not across a noun or a frame's own word.
    expect(inFrame('made', 'næste', evidence(), 'det')).toMatchObject({ keep: false, decision: { repaired: 'møde' } });
    expect(inFrame('made', 'børn', evidence(), 'de')).toBeNull();
    expect(inFrame('made', 'xqze', evidence(), 'den')).toBeNull();
  });

  it('repairs a damaged document by the frames: plural after alle, a verb after vi, and leaves et barn', () => {
    const out = textOf(
      [
        'Referat af mgdet i foreeldreradet',
        'Alle barn i klassen skal have en drgftelse af mgdet med lereren.',
        'Vi sager en ny formand til radet, og et barn fra 5. klasse er valgt til elevradet.',
        'Naeste mgde holdes pa skolen. Mgdet sluttede kl. 20.',
      ].join('\n'),
    );
    expect(out).toContain('Alle børn i klassen');
    expect(out).toContain('Vi søger en ny formand');
    expect(out).toContain('et barn fra 5. klasse');
  });
});

describe('context that turns a repair round', () => {
  it('leaves the token, and reports it, where its neighbours favour another reading but not clearly', () => {
    // Alone, `made` would be `møde`; after `bedste`, clean minutes show `måde` (`den bedste måde`), but not by a clear margin.
    const alone = { repaired: 'møde', reason: 'made up', confident: true, alternatives: ['måde'] };
    const d = inContext('made', 'bedste', null, evidence(), alone);
    expect(d).toMatchObject({ repaired: 'møde', confident: false });
    expect(d?.alternatives).toContain('måde');
    // With `som` after it as well (`på samme måde som`), they show it clearly.
    expect(inContext('made', 'samme', 'som', evidence(), alone)).toMatchObject({ repaired: 'måde', confident: true });
    // Where the neighbours say nothing, the repair stands.
    expect(inContext('made', 'xqze', 'zqxe', evidence(), alone)).toBe(alone);
  });
});

describe('a Latin letter misread beside a damaged Danish one (misread.data.ts)', () => {
  it.each(MISREADS.flatMap((m) => m.examples.map((e) => [m.printed, m.letter, ...e] as const)))('%s for %s: %s is %s', (_p, _l, printed, want) => {
    expect(decide(printed, evidence())).toMatchObject({ repaired: want, confident: true });
  });

  it('reads no capitalised token so, since it may be a name, nor a compound of listed words as printed', () => {
    expect(decide('Hoy', evidence())).not.toMatchObject({ repaired: 'Høj' });
    // `medlems`+`klage` as printed is a word the dictionary does not make whole, not damage.
    expect(decide('medlemsklage', evidence())?.repaired ?? 'medlemsklage').toBe('medlemsklage');
  });

  it('repairs a made-up line with y read for j beside ø read as o', () => {
    const out = textOf(
      [
        'Referat af mgdet i grundejerforeningen',
        'Der var hoy stemning, og formanden bad om en drgftelse af arets regnskab.',
        'Naeste mgde holdes i huset. Mgdet sluttede kl. 21, og alle gik hjem i godt humgr.',
      ].join('\n'),
    );
    expect(out).toContain('Der var høj stemning');
  });
});

describe('long words and compounds the dictionary does not make whole', () => {
  it('a long word with more places to undo than can all be tried keeps its likeliest (ee for æ)', () => {
    expect(decide('medarbejderrepreesentanter', evidence())).toMatchObject({ repaired: 'medarbejderrepræsentanter', confident: true });
  });

  it('reads a compound of listed words the compound rules do not make: forældre + valgte', () => {
    expect(decide('Foreeldrevalgte', evidence())).toMatchObject({ repaired: 'Forældrevalgte', confident: true });
  });

  it('takes no compound of three parts or more that nothing supports, however long the token', () => {
    // æ printed as `ée`, which no confusion undoes: the one reading left is `skole`+`plan`+`til`+`løg`, a guess.
    const withÉe: Evidence = { profile: { ...profile(), counts: new Map([...profile().counts, ['ø:ée', 5]]) }, docCounts: new Map() };
    expect(decide('Skoleplantilléeg', withÉe)).toMatchObject({ repaired: 'Skoleplantilløg', confident: false });
    expect(decide('skoleplantilléeg', withÉe)).toMatchObject({ confident: false });
  });

  it('reads a verbal noun in -else the dictionary does not list by its listed verb (vedhæfte + lse)', () => {
    expect(decide('vedheeftelsen', evidence())).toMatchObject({ repaired: 'vedhæftelsen', confident: true });
    expect(decide('skrinleeggelse', evidence())).toMatchObject({ repaired: 'skrinlæggelse', confident: true });
  });

  it('reads a loose compound in a token with a sign read for ø (sundhedsunders@gelse)', () => {
    const withSign: Evidence = { profile: { ...profile(), counts: new Map([...profile().counts, ['ø:@', 30]]) }, docCounts: new Map() };
    expect(decide('trivselsunders@gelse', withSign)).toMatchObject({ repaired: 'trivselsundersøgelse', confident: true });
  });

  it('makes no compound where the token as printed is one already, or the restored part is no listed word', () => {
    // `skovbos`+`kølen`: the part before is no listed word, only a compound, and `Skovbo` may be a name.
    expect(decide('Skovboskolen', evidence())?.repaired ?? 'Skovboskolen').toBe('Skovboskolen');
    expect(decide('peersprojekter', evidence())?.repaired ?? 'peersprojekter').toBe('peersprojekter');
  });
});

describe('an item\'s number before a word is no id', () => {
  it('repairs the word in "5.Preesentation", and still leaves a case-system label as printed', () => {
    const out = textOf(
      [
        'Referat af mgdet i bestyrelsen',
        '5.Preesentation af arets regnskab ved kassereren.',
        'Sagen har nummer @U-55/07-0. Naeste mgde holdes pa radhuset, og mgdet sluttede kl. 20.',
      ].join('\n'),
    );
    expect(out).toContain('5.Præsentation af årets regnskab');
    expect(out).toContain('@U-55/07-0');
  });
});

describe('a compound whose last part is a rare word one letter from a common one', () => {
  it('repairs the last part (personalemode: møde), and leaves a compound that ends in a common word', () => {
    expect(decide('personalemode', evidence())).toMatchObject({ repaired: 'personalemøde', confident: true });
    expect(decide('forældremøde', evidence())).toBeNull();
    // `skolen` is common: nothing in `sommerskolen` asks for a repair.
    expect(decide('sommerskolen', evidence())).toBeNull();
  });

  it('reads a three-letter last part by the compounds clean minutes end in it (ungdomsrad: råd), capitalised too', () => {
    expect(decide('ungdomsrad', evidence())).toMatchObject({ repaired: 'ungdomsråd', confident: true });
    expect(decide('Kulturrad', evidence())).toMatchObject({ repaired: 'Kulturråd', confident: true });
    expect(decide('budgetmal', evidence())).toMatchObject({ repaired: 'budgetmål', confident: true });
    // `smal` is a word, but here the `s` links `udviklings` and `mal`.
    expect(decide('udviklingsmal', evidence())).toMatchObject({ repaired: 'udviklingsmål', confident: true });
    // The last four letters are a word (`grad`): `rad` is no part of this compound.
    expect(decide('opfyldelsesgrad', evidence())).toBeNull();
  });

  it('weighs the whole token where a spelling of it is a listed word: paklaget is påklaget, no pak + løget', () => {
    const d = decide('paklaget', evidence());
    expect(d?.repaired).not.toBe('pakløget');
    expect(d).toMatchObject({ repaired: 'påklaget' });
  });
});

describe('names and misreads in long words', () => {
  it('reads a capitalised compound headed by a name the dictionary lists capitalised (Gudenå + udvalget)', () => {
    expect(decide('Gudenaudvalget', evidence())).toMatchObject({ repaired: 'Gudenåudvalget', confident: true });
    expect(decide('Gudenaprojektet', evidence())).toMatchObject({ repaired: 'Gudenåprojektet', confident: true });
  });

  it('reads a Latin letter misread beside the restored one where the undoing of æ, ø, å alone gives no sure word (i for l, ae for æ)', () => {
    // `plani` + `ægge` is no sure reading; with l read as i, `planlægge` is a word clean minutes show.
    expect(decide('planiaegge', evidence())).toMatchObject({ repaired: 'planlægge', confident: true });
  });

  it('reads a Latin letter misread far from the restored one in a long word clean minutes show (i for l)', () => {
    expect(decide('byradsmediemmer', evidence())).toMatchObject({ repaired: 'byrådsmedlemmer', confident: true });
    // A word clean minutes do not show keeps the narrow reach: nothing is made of it.
    expect(decide('bestyrelsesmediem', evidence())).toBeNull();
  });
});

describe('a form clean minutes print as it stands', () => {
  it('is a word of theirs, though the dictionary does not list it, and is replaced only as a real word is', () => {
    // `vedr` (an abbreviation printed without its full stop): no `vædr`, and nothing to report.
    expect(decide('vedr', evidence())).toBeNull();
    expect(decide('Vedr', evidence())).toBeNull();
    // A form they never print is still read: `Vedrsel` has no reading, `veedr` is damage.
    expect(decide('veedr', evidence())).toMatchObject({ repaired: 'vædr' });
  });
});

describe('a four-letter token', () => {
  it('is left, and reported, where its only reading needs a confusion the document seldom shows and nothing supports it', () => {
    // æ read as e is rare in this profile (5 of 55): `Tver` may well be a name as printed.
    expect(decide('Tver', evidence())).toMatchObject({ repaired: 'Tvær', confident: false });
    // `Kier` is a form clean minutes print as it stands: left, as a word of theirs.
    expect(decide('Kier', evidence())).toBeNull();
    // å read as a is the document's usual damage: `gard` is `gård`.
    expect(decide('gard', evidence())).toMatchObject({ repaired: 'gård', confident: true });
  });
});

describe('a town after a postcode', () => {
  it('is the one place of the lexicon its spellings give, even where the token is a word as printed', async () => {
    const { afterPostcode } = await import('../src/normalize/restore.js');
    expect(afterPostcode('Kage', 'Rådhustorvet 1, 4600 ', evidence())).toMatchObject({ repaired: 'Køge', confident: true });
    // No postcode before it: a cake is a cake.
    expect(afterPostcode('Kage', 'en ', evidence())).toBeNull();
    expect(afterPostcode('Kage', 'kl. 0600 ', evidence())).toBeNull();
  });
});
