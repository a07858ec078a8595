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
