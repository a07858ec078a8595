/** Items from a document's own headings when none is numbered (issue 13): Markdown `##`, a web page's `<h2>`. */
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';
import { parseText } from './helpers/parse.js';

describe('headings without numbers, by the document\'s structure', () => {
  it('Markdown `##` headings over text are the items, the `#` title is not', () => {
    const text = ['# Referat af bestyrelsesmøde 3. maj 2031', '', '## Budget', '', 'Budgettet blev godkendt.', '', '## Skolevej', '', 'Punktet blev drøftet.', '', '## Eventuelt', '', 'Intet.'].join('\n');
    expect(parseText(text).items.map((it) => [it.number, it.title, it.outcome])).toEqual([
      [1, 'Budget', 'approved'],
      [2, 'Skolevej', 'discussed'],
      [3, 'Eventuelt', 'none'],
    ]);
  });

  it('a web page\'s `<h2>` headings are the items; a block heading among them is not', async () => {
    const html = '<html><body><h1>Referat af bestyrelsesmøde 3. maj 2031</h1><h2>Budget</h2><p>Forslaget blev fremlagt.</p><h3>Beslutning</h3><p>Godkendt.</p><h2>Skolevej</h2><p>Punktet blev drøftet.</p><h2>Eventuelt</h2><p>Intet.</p></body></html>';
    const r = await parseBytes(Buffer.from(html), 'm.html');
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.document.items.map((it) => [it.number, it.title, it.decision])).toEqual([
      [1, 'Budget', 'Godkendt.'],
      [2, 'Skolevej', 'Punktet blev drøftet.'],
      [3, 'Eventuelt', 'Intet.'],
    ]);
  });

  it('two headings are too few to be a list of items: a newsletter is no minutes', () => {
    const text = ['# Nyhedsbrev', '', '## Sommerfest', '', 'Festen holdes i juni.', '', '## Vejarbejde', '', 'Vejen lukkes en uge.'].join('\n');
    expect(() => parseText(text)).toThrow(/does not look like meeting minutes/);
  });
});

describe('a number alone over its record (`Punkt 2` / `Bo Dal fremlagde beretningen. Den blev godkendt.`)', () => {
  const doc = (records: string[]) =>
    parseText(['Referat af generalforsamling i Holmby Fugleforening 3. marts 2031', '', ...records.flatMap((r, k) => [`Punkt ${k + 1}`, r, ''])].join('\n'));
  it('takes no title from a told sentence with more after it, where other numbers have a title over their record', () => {
    const d = doc([
      'Bo Dal blev valgt som dirigent. Han konstaterede, at generalforsamlingen var lovligt indkaldt.',
      'Per C. Holm fremlagde som formand beretningen for året. Beretningen blev godkendt med akklamation.',
      'I kassererens fravær gennemgik Eva Krog regnskabet. Det blev godkendt uden bemærkninger.',
      'Valg til bestyrelsen.\nEva Holm og Ib Lund blev genvalgt.',
      'Valg af revisor.\nOle Krog fortsætter.',
      'Eventuelt.\nIntet.',
    ]);
    expect(d.items.map((i) => i.title)).toEqual(['', '', '', 'Valg til bestyrelsen.', 'Valg af revisor.', 'Eventuelt.']);
    expect(d.items[1]!.sections.map((s) => s.text).join(' ')).toContain('Per C. Holm fremlagde');
  });
  it('takes no title from a sentence told with `skete`, nor from one long sentence told in the past', () => {
    const d = doc([
      'Ida Krog valgt som ordstyrer, hvilket skete uden modkandidat. Hun takkede for valget.',
      'Formanden, Bo Dal, aflagde beretningen og takkede de mange frivillige for en stor indsats i året.',
      'Valg til bestyrelsen.\nEva Holm og Ib Lund blev genvalgt.',
      'Eventuelt.\nIntet.',
    ]);
    expect(d.items.map((i) => i.title)).toEqual(['', '', 'Valg til bestyrelsen.', 'Eventuelt.']);
    expect(d.items[1]!.sections.map((s) => s.text).join(' ')).toContain('Formanden, Bo Dal, aflagde beretningen');
  });
  it('takes a title\'s sentence before the record for the title', () => {
    const d = doc(['Valg af dirigent. Bo Dal blev valgt.', 'Beretning. Formanden fremlagde beretningen, som blev godkendt.', 'Valg til bestyrelsen. På valg er Eva Holm, der blev genvalgt.']);
    expect(d.items.map((i) => i.title)).toEqual(['Valg af dirigent', 'Beretning', 'Valg til bestyrelsen']);
  });
});

describe('unnumbered titles a paragraph of their own, one with its record on the next line', () => {
  it('reads the glued one as a title too, among the titles standing alone', () => {
    const doc = parseText([
      'Bestyrelsesmøde 30. januar 2031',
      '',
      'Regnskab',
      '',
      'Kassereren viste tallene for januar, og der er balance i budgettet.',
      '',
      'Nye fendere',
      '',
      'Der købes tolv nye fendere til broen inden sæsonstart.',
      '',
      'Ny havnekontrakt',
      'Der er lavet et nyt udkast til kontrakten med kommunen om havnen.',
      '',
      'Slæbested',
      '',
      'Slæbestedet skal repareres, og Bo indhenter tilbud.',
      '',
      'Standerhejsning',
      '',
      'Standeren hejses den 2. maj kl. 10 med morgenkaffe bagefter.',
    ].join('\n'));
    expect(doc.items.map((it) => it.title)).toEqual(['Regnskab', 'Nye fendere', 'Ny havnekontrakt', 'Slæbested', 'Standerhejsning']);
    expect(doc.items[2]!.decision).toMatch(/^Der er lavet et nyt udkast/);
  });
});
