import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidates, findSites } from '../src/normalize/confusions.js';
import { isWord } from '../src/normalize/dictionary.js';
import { MUNICIPALITIES } from '../src/normalize/lexicon.js';
import { linesFromText } from '../src/extract/text.js';
import { normalize } from '../src/normalize/index.js';
import { emptyProfile } from '../src/normalize/profile.js';
import { run } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

const fixture = (name: string): string => fileURLToPathSafe(new URL(`../fixtures/${name}`, import.meta.url));
function fileURLToPathSafe(u: URL): string {
  return decodeURIComponent(u.pathname);
}
const evalText = (name: string): string => readFileSync(new URL(`../eval/normalize/${name}.txt`, import.meta.url), 'utf8');
const normalized = (text: string) => normalize(linesFromText(text));
const textOf = (text: string): string => normalized(text).lines.map((l) => l.text).join('\n');

describe('confusions (the examples in confusions.ts)', () => {
  const readings = (token: string): string[] => candidates(token, findSites(token), 2).map((c) => c.text);
  it.each([
    ['mgde', 'møde'],
    ['Beskaeftigelse', 'Beskæftigelse'],
    ['Radhus', 'Rådhus'],
    ['Téender', 'Tønder'],
    ['@konomi', 'Økonomi'],
    ['Igbende', 'løbende'],
    ['DROFTELSE', 'DRØFTELSE'],
  ])('%s can be read as %s, and that is a word', (damaged, original) => {
    expect(readings(damaged)).toContain(original);
    expect(isWord(original)).toBe(true);
    expect(isWord(damaged)).toBe(false);
  });

  it('Danish compounds not listed whole are words through the affix file\'s compound rules', () => {
    for (const w of ['byrådsmøde', 'opgaveportefølje', 'styregruppemøde', 'samarbejdsmodel']) expect(isWord(w)).toBe(true);
    expect(isWord('fglgegruppen')).toBe(false);
  });

  it('the lexicon has the 98 municipalities, and names in it are words', () => {
    expect(new Set(MUNICIPALITIES).size).toBe(98);
    expect(isWord('Tønder')).toBe(true);
    expect(isWord('Gødstrup')).toBe(true);
  });
});

describe('letter restoration', () => {
  it('seed 001 reads right in its header', () => {
    const out = textOf(readFileSync(fixture('001_763f3c5fdc9e2965.txt'), 'utf8')).split('\n').slice(0, 40).join('\n');
    for (const want of ['Møde:', 'Følgegruppen', 'direktør', 'Beskæftigelse og Velfærd', 'Rådhus', 'mødelokale', 'Døne Bagdat', 'Peter Michael Jørgensen', 'Tønder Kommune']) {
      expect(out).toContain(want);
    }
  });

  it('an uncertain word with one reading says so without a dangling "or"', () => {
    // Made-up minutes, damaged as OCR without Danish letters damages them.
    const doc = normalized(
      [
        'Referat af mgdet i bestyrelsen',
        'Mgdet blev holdt pa radhuset. Karen Tamte bad om en drgftelse af budgettet.',
        'Naeste mgde holdes i Kgge. Planlagning af arets fest blev drgftet.',
        'Formanden Stenner takkede for fremmgdet.',
      ].join('\n'),
    );
    const uncertain = doc.diagnostics.filter((d) => d.code === 'ocr-uncertain');
    expect(uncertain.length).toBeGreaterThan(0);
    for (const d of uncertain) expect(d.message).not.toMatch(/\bor\s*$/);
    expect(uncertain.map((d) => d.message)).toContain('left "Tamte" as it is: it may be "Tømte", or a name');
    // A long compound of words is no surname: repaired, not left.
    expect(doc.repairs.find((r) => r.original === 'Planlagning')?.repaired).toBe('Planlægning');
  });

  it('reads the fixture\'s "Kgr efter" as "Kør efter", a word clean minutes show', () => {
    const doc = normalized(readFileSync(fixture('001_763f3c5fdc9e2965.txt'), 'utf8'));
    expect(doc.repairs.find((r) => r.original === 'Kgr')?.repaired).toBe('Kør');
  });

  it('every repair is recorded with original, repair, reason, page and line', () => {
    const doc = normalized(readFileSync(fixture('001_763f3c5fdc9e2965.txt'), 'utf8'));
    expect(doc.ocrDamage).toBe(true);
    const r = doc.repairs.find((x) => x.original === 'Mgde');
    expect(r).toMatchObject({ repaired: 'Møde', line: 6, page: null });
    expect(r!.reason).toMatch(/not a word/);
    for (const x of doc.repairs) expect(doc.lines[x.line - 1]!.text).toContain(x.repaired);
  });

  it('changes no word in clean documents', () => {
    for (const name of ['seed-000', 'seed-002', 'seed-003', 'seed-004', 'council-a', 'council-b']) {
      const doc = normalized(evalText(`${name}.clean`));
      expect(doc.repairs, name).toEqual([]);
      expect(doc.ocrDamage, name).toBe(false);
    }
  });

  it('leaves a lone typo in clean text alone: one damaged-looking word is no damage profile', () => {
    const text = evalText('seed-000.clean').replace('mødet', 'mgdet');
    const doc = normalized(text);
    expect(doc.repairs).toEqual([]);
    expect(doc.lines.map((l) => l.text).join('\n')).toBe(linesFromText(text).lines.map((l) => l.text).join('\n'));
  });

  it('repairs collisions only with evidence: pa → på, but for stays for', () => {
    const doc = normalized(evalText('council-b.ocr'));
    const pa = doc.repairs.filter((r) => r.original === 'pa');
    expect(pa.length).toBeGreaterThan(5);
    expect(pa.every((r) => r.repaired === 'på')).toBe(true);
    expect(doc.repairs.some((r) => r.original === 'for')).toBe(false);
  });

  it('keeps case: capitals stay capitals', () => {
    const text = evalText('seed-002.ocr') + '\nMGDE I FGLGEGRUPPEN\n';
    const lines = normalized(text).lines;
    expect(lines[lines.length - 1]!.text).toBe('MØDE I FØLGEGRUPPEN');
  });

  it('recovers most æ, ø, å on a held-out OCR twin (seed 004) without inventing them', () => {
    const clean = evalText('seed-004.clean');
    const out = textOf(evalText('seed-004.ocr'));
    const words = (t: string) => t.match(/[\p{L}]+/gu) ?? [];
    const cleanSet = new Set(words(clean));
    const danishOut = words(out).filter((w) => /[æøå]/i.test(w));
    const right = danishOut.filter((w) => cleanSet.has(w)).length;
    expect(danishOut.length).toBeGreaterThan(250);
    expect(right / danishOut.length).toBeGreaterThan(0.95);
  });
});

describe('minutes normalize', () => {
  it('prints the repaired text, and --explain lists the repairs on stderr', async () => {
    const r = await run(['normalize', fixture('001_763f3c5fdc9e2965.txt'), '--explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Møde: Følgegruppen for uddannelse og arbejde');
    expect(r.stderr).toMatch(/001_763f3c5fdc9e2965\.txt:l6: Mgde → Møde \(not a word/);
    expect(r.stderr).toMatch(/repairs, encoding utf-8, OCR damage yes/);
  });

  it('prints a PDF in reading order, pages separated by form feeds', async () => {
    const r = await run(['normalize', fixture('aarhus_byraad_2025-08-27.ocr-eng.pdf')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Aarhus Byråd');
    expect(r.stdout.split('\f').length).toBe(28);
  });

  it('a missing file is one error line and exit code 3', async () => {
    const r = await run(['normalize', '/nonexistent/referat.txt']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('minutes: error: /nonexistent/referat.txt: does not exist\n');
  });

  it('DIR --out mirrors the tree, writes a report, goes on past a bad file and exits 1', async () => {
    const root = tempDir('norm');
    const src = path.join(root, 'archive');
    mkdirSync(path.join(src, '2022'), { recursive: true });
    copyFileSync(fixture('001_763f3c5fdc9e2965.txt'), path.join(src, '2022', 'referat.txt'));
    copyFileSync(fixture('000_342929e38b3588cc.txt'), path.join(src, 'clean.txt'));
    writeFileSync(path.join(src, '2022', 'broken.pdf'), '%PDF-1.4 this is not a pdf');
    const out = path.join(root, 'out');
    const r = await run(['normalize', src, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.pdf: is not a readable PDF/);
    expect(readFileSync(path.join(out, '2022', 'referat.txt'), 'utf8')).toContain('Tønder Kommune');
    expect(existsSync(path.join(out, 'clean.txt'))).toBe(true);
    const report = JSON.parse(readFileSync(path.join(out, 'normalize-report.json'), 'utf8'));
    expect(report).toMatchObject({ files: 3, failed: 1 });
    const damaged = report.entries.find((e: { file: string }) => e.file.endsWith('referat.txt'));
    expect(damaged).toMatchObject({ ok: true, encoding: 'utf-8', ocrDamage: true });
    expect(damaged.repairs).toBeGreaterThan(100);
    expect(damaged.confusions['ø:g']).toBeGreaterThan(10);
    expect(report.entries.find((e: { file: string }) => e.file.endsWith('clean.txt'))).toMatchObject({ repairs: 0, ocrDamage: false });
    expect(r.stderr).not.toContain('files/s'); // no progress bar when stderr is not a terminal
  });

  it('--dry-run or --report without --out is a usage error, not silently ignored', async () => {
    const file = fixture('000_342929e38b3588cc.txt');
    for (const [flags, named] of [[['--dry-run'], '--dry-run goes'], [['--report', 'r.json'], '--report goes'], [['--dry-run', '--report', 'r.json'], '--dry-run and --report go']] as const) {
      const r = await run(['normalize', file, ...flags]);
      expect(r).toMatchObject({ code: 2, stdout: '', stderr: `minutes: error: ${named} with --out DIR; one file's repairs are listed by --explain\n` });
    }
  });

  it('a directory without --out says how to normalize it', async () => {
    const dir = path.dirname(fixture('000_342929e38b3588cc.txt'));
    const r = await run(['normalize', dir]);
    expect(r).toMatchObject({ code: 3, stdout: '', stderr: `minutes: error: ${dir}: is a directory, not a file; to normalize every file under it, give --out DIR\n` });
  });

  it('an --out or --report that cannot be written is one line and exit code 73, before any file is read', async () => {
    const root = tempDir('norm');
    try {
      const src = path.join(root, 'a');
      mkdirSync(src);
      copyFileSync(fixture('000_342929e38b3588cc.txt'), path.join(src, 'x.txt'));
      const file = path.join(root, 'a-file');
      writeFileSync(file, '');
      const out = path.join(file, 'out');
      const r = await run(['normalize', src, '--out', out]);
      expect(r).toMatchObject({ code: 73, stdout: '', stderr: `minutes: error: ${out}: cannot write (ENOTDIR)\n` });
      const report = path.join(file, 'report.json');
      const dry = await run(['normalize', src, '--out', path.join(root, 'out'), '--dry-run', '--report', report]);
      expect(dry.code).toBe(73);
      expect(dry.stderr).toBe(`minutes: error: ${report}: cannot write the report (EEXIST)\n`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('--dry-run writes the report but no text files', async () => {
    const root = tempDir('norm');
    const src = path.join(root, 'a');
    mkdirSync(src);
    copyFileSync(fixture('001_763f3c5fdc9e2965.txt'), path.join(src, 'x.txt'));
    const out = path.join(root, 'out');
    const r = await run(['normalize', src, '--out', out, '--dry-run']);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(out, 'x.txt'))).toBe(false);
    const report = JSON.parse(readFileSync(path.join(out, 'normalize-report.json'), 'utf8'));
    expect(report).toMatchObject({ dryRun: true, files: 1, failed: 0 });
    expect(report.entries[0].repairs).toBeGreaterThan(100);
  });

  it('shows a progress bar on a terminal', async () => {
    const root = tempDir('norm');
    const src = path.join(root, 'a');
    mkdirSync(src);
    copyFileSync(fixture('000_342929e38b3588cc.txt'), path.join(src, 'x.txt'));
    const r = await run(['normalize', src, '--out', path.join(root, 'out')], { tty: true });
    expect(r.stderr).toMatch(/█+ 1\/1 files/);
  });
});

describe('dictionary reader and heuristics (hunspell.ts, restore.ts, lone.ts)', () => {
  it('reads words through affixes, but not intermediate forms (NEEDAFFIX) nor forbidden misspellings', async () => {
    const { reading, isDictionaryWord } = await import('../src/normalize/dictionary.js');
    expect(reading('oplægget')).toMatchObject({ parts: 1, lemma: 'oplæg' });
    expect(reading('mødet')).toMatchObject({ parts: 1, lemma: 'møde' });
    expect(reading('oplægg')).toBeNull(); // only a step to oplægget
    expect(isDictionaryWord('aksionen')).toBe(false); // listed as a forbidden misspelling
    expect(isDictionaryWord('aktionen')).toBe(true);
    expect(reading('MØDET')).toMatchObject({ lemma: 'møde' });
    expect(reading('københavn')).toBeNull(); // a name keeps its capital
  });

  it('counts the parts of a compound: a listed word reads from fewer parts than damage made into a compound', async () => {
    const { reading } = await import('../src/normalize/dictionary.js');
    expect(reading('forløb')!.parts).toBe(1);
    expect(reading('forlab')!.parts).toBe(2); // for + lab: a word only as a compound
    expect(reading('byrådsmøde')).toMatchObject({ parts: 2, lemma: 'byrådsmøde' });
  });

  it('leaves an abbreviation the dictionary lists with its full stop (vedr.), repairs the words around it', () => {
    const text = evalText('seed-002.ocr') + '\nvedr. mgdet pa Radhuset\n';
    const lines = normalized(text).lines;
    expect(lines[lines.length - 1]!.text).toBe('vedr. mødet på Rådhuset');
  });

  it('leaves an abbreviation minutes write with a full stop (bla.), never making it a word (blå)', () => {
    const text = evalText('seed-002.ocr') + '\nvi drøftede bla. mgdet pa Radhuset\n';
    const lines = normalized(text).lines;
    expect(lines[lines.length - 1]!.text).toBe('vi drøftede bla. mødet på Rådhuset');
  });

  it('reads a lone @ or © after a name as Ø, and a lone 0 only after a name also seen with such a sign', async () => {
    const { loneØ } = await import('../src/normalize/lone.js');
    const lines = linesFromText('byudvikling pa Aarhus @ og\nfremtid pa Aarhus 0\nside 0 af 3\nklokken 10 0').lines;
    const edits = loneØ(lines, new Set(['@']));
    expect(edits.map((e) => [e.index, e.original])).toEqual([[0, '@'], [1, '0']]);
    expect(loneØ(lines, new Set())).toEqual([]); // no ø read as @ in this document: no lone Ø either
  });

  it('reads a lone © as Ø after a name the document also shows with a lone @, though its profile has only @', async () => {
    const { loneØ } = await import('../src/normalize/lone.js');
    const lines = linesFromText('pa Aarhus @ er\nAlt pa Aarhus © skal\n© Region Midtjylland\nRegion © 2024').lines;
    expect(loneØ(lines, new Set(['@'])).map((e) => [e.index, e.original])).toEqual([[0, '@'], [1, '©']]);
  });

  it('writes a sign read as a capital in small letters inside a sentence, unless the capital form is a name', async () => {
    const { caseInSentence } = await import('../src/normalize/index.js');
    expect(caseInSentence('@konomien', 'Økonomien', 'en vurdering af ')).toBe('økonomien');
    expect(caseInSentence('@nsker', 'Ønsker', 'indkommet følgende ')).toBe('ønsker');
    expect(caseInSentence('@konomi', 'Økonomi', 'specialkonsulent, ')).toBe('Økonomi'); // a list of names
    expect(caseInSentence('@konomi', 'Økonomi', 'erklæring fra ', '- og Erhvervsudvalget')).toBe('Økonomi');
    expect(caseInSentence('@konomi', 'Økonomi', '')).toBe('Økonomi'); // starts the line
    expect(caseInSentence('@konomi', 'Økonomi', 'Punkt 3. ')).toBe('Økonomi'); // starts a sentence
    expect(caseInSentence('@lgod', 'Ølgod', 'borgere i ')).toBe('Ølgod'); // a name
    expect(caseInSentence('@st', 'Øst', 'referent var Hanne ')).toBe('Øst'); // a surname after a given name
    expect(caseInSentence('@st', 'Øst', 'vinden kom fra ')).toBe('øst');
    // After a capitalised word a heading or a name runs on; only a common word (a verb after its subject) is small there.
    expect(caseInSentence('@konomisekretariatet', 'Økonomisekretariatet', 'Indstilling Budgetplan ')).toBe('Økonomisekretariatet');
    expect(caseInSentence('@nskede', 'Ønskede', 'Ib Holm ')).toBe('ønskede');
    expect(caseInSentence('@nsker', 'Ønsker', 'bestyrelsen mener at Klubben ')).toBe('ønsker');
    // A name's genitive stays a name.
    expect(caseInSentence('@konomiudvalgets', 'Økonomiudvalgets', 'blev sendt til ')).toBe('Økonomiudvalgets');
    expect(caseInSentence('Okonomi', 'Økonomi', 'af ')).toBe('Økonomi'); // O has a case of its own
  });

  it('takes words joined by a slash as words, and leaves paths and addresses whole', async () => {
    const { tokenize } = await import('../src/normalize/tokens.js');
    const words = (s: string): string[] => tokenize(s, 0).map((t) => t.text);
    expect(words('undervisning/ERFA-netveerk')).toEqual(['undervisning', 'ERFA', 'netveerk']);
    expect(words('og/eller.')).toEqual(['og', 'eller']);
    expect(words('se bilag/referat.pdf og /sti/til www.aarhus.dk/mgde')).toEqual(['se', 'og']);
  });

  it('lets the document\'s own use of a compound outweigh a listed word no text supports (Legten: Løgten, not Lægten)', async () => {
    const { decide } = await import('../src/normalize/restore.js');
    const profile = {
      ...emptyProfile(),
      counts: new Map([['ø:o', 100], ['ø:e', 13], ['æ:e', 38], ['æ:ee', 50]]),
      damageShare: 0.9,
      damaged: true,
    };
    const docCounts = new Map([['Legten', 2], ['Logten', 6]]);
    // Løgten is a town of the names lexicon, so it reads as one listed name; read only as a compound (løg+ten), it could not beat Lægten alone.
    const { isLexiconName } = await import('../src/normalize/dictionary.js');
    expect(isLexiconName('Løgten')).toBe(true);
    expect(decide('Legten', { profile, docCounts })).toMatchObject({ repaired: 'Løgten', confident: true });
    const d = decide('Legten', { profile, docCounts, docLemmas: new Map([['løgten', 6]]) });
    expect(d).toMatchObject({ repaired: 'Løgten', confident: true });
  });
});

describe('the cheap check for damage', () => {
  it('lets clean text with units and formulas (CO2e, 3D, H2O) through untouched, and catches 0/1 inside words', async () => {
    const { normalize } = await import('../src/normalize/index.js');
    const { linesFromText } = await import('../src/extract/text.js');
    const clean = normalize(linesFromText('Klimaregnskab: udledningen af CO2e faldt, og H2O-forbruget og 3D-print blev drøftet på mødet.\n'));
    expect(clean.ocrDamage).toBe(false);
    expect(clean.damage?.confusions ?? {}).toEqual({});
    const { mayBeDamaged } = await import('../src/normalize/screen.js');
    const { tokenize } = await import('../src/normalize/tokens.js');
    const lines = linesFromText('M0det blev afholdt i Radhuset.\n').lines;
    expect(mayBeDamaged(lines, lines.flatMap((l, i) => tokenize(l.text, i)))).toBe(true);
  });
});

describe('a capital I read as a small l', () => {
  it('at a word start before a consonant, where the word with I is Danish: repaired in any document; real words and non-words kept', () => {
    const doc = normalize(linesFromText('lngen bemærkninger.\nlntet.\nlkke godkendt, lyd og lys.\nlbs og lnk er forkortelser.'));
    expect(doc.lines.map((l) => l.text)).toEqual(['Ingen bemærkninger.', 'Intet.', 'Ikke godkendt, lyd og lys.', 'lbs og lnk er forkortelser.']);
    expect(doc.repairs.map((r) => [r.original, r.repaired])).toEqual([
      ['lngen', 'Ingen'],
      ['lntet', 'Intet'],
      ['lkke', 'Ikke'],
    ]);
    expect(doc.ocrDamage).toBe(false);
  });
});
