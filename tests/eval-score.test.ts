/** How lenient `npm run eval` is when it compares the parser's output with gold. */
import { describe, expect, it } from 'vitest';
import { matchNames, pool, sameDecision, samePerson, sameTitle, scoreDocument } from '../scripts/eval-score.js';

describe('eval scoring', () => {
  it.each([
    ['Godkendelse af dagsorden', 'Godkendelse af dagsordenen.', true],
    ['Valg af dirigent', ['VALG AF DIRIGENT'], true],
    ['Regnskab', 'Budget', false],
    [['Næste møde', 'Næste møde tirsdag den 29. august'], 'Næste møde tirsdag den 29. august kl. 18.30', true],
  ])('title %j ~ %j: %s', (gold, got, same) => expect(sameTitle(gold, got)).toBe(same));

  it.each([
    ['Ole Berg', 'Ole Berg', true],
    ['Lise', 'Lise Holm', true],
    ['Ole Berg', 'Berg Ole', false],
  ])('person %s ~ %s: %s', (gold, got, same) => expect(samePerson(gold, got)).toBe(same));

  it('a decision is right when the gold sentence stands near its start, not after the background', () => {
    expect(sameDecision('Godkendt.', 'Godkendt. Med bemærkninger fra V.')).toBe(true);
    expect(sameDecision('Godkendt.', `${'Baggrund for sagen. '.repeat(20)}Godkendt.`)).toBe(false);
  });

  it('scores items by number and title, and fields as F1 (a value where none is stated counts against)', () => {
    const gold = { documentType: 'referat', meeting: { body: 'Bestyrelsen', date: '2024-05-01', location: null }, items: [{ number: 1, title: 'Regnskab', decision: 'Godkendt.', outcome: 'approved' }, { number: 2, title: 'Eventuelt', decision: null }], absent: ['Per Dam'] };
    const doc = { documentType: 'referat', meeting: { body: 'Bestyrelsen', date: '2024-05-02', startTime: null, endTime: null, location: 'Klubhuset', chair: null }, participants: [{ name: 'Per Dam', group: 'absent' }], items: [{ number: 1, title: 'Regnskab', heading: '1. Regnskab', decision: 'Godkendt.', outcome: 'approved' }, { number: 3, title: 'Eventuelt', heading: '3. Eventuelt', decision: null, outcome: null }] };
    const s = scoreDocument(gold, doc);
    expect(s.items).toEqual({ tp: 1, gold: 2, got: 2 });
    expect(s.fields.date).toEqual({ tp: 0, fp: 1, fn: 1, tn: 0 });
    expect(s.fields.location).toEqual({ tp: 0, fp: 1, fn: 0, tn: 0 });
    expect(s.outcomes).toEqual({ right: 1, total: 1 });
    expect(pool([s]).absent.f1).toBe(1);
    expect(matchNames(['Ane', 'Bo'], ['Ane Lund'])).toEqual({ tp: 1, fp: 0, fn: 1 });
  });
});

describe('an item printed without a title', () => {
  const gold = { items: [{ number: 1, title: null, decision: 'Bo Dal blev valgt.' }, { number: 2, title: null, decision: 'Godkendt.' }] };
  it('matches the parsed item of its number with no title, or with the same record', () => {
    const doc = { meeting: {}, items: [{ number: 1, title: '', heading: '1.', decision: 'Bo Dal blev valgt.' }, { number: 2, title: 'Regnskab', heading: '2. Regnskab', decision: 'Godkendt.' }] };
    expect(scoreDocument(gold, doc).items).toEqual({ tp: 2, gold: 2, got: 2 });
  });
  it('never matches a titled item with another record, nor an item of another number', () => {
    const doc = { meeting: {}, items: [{ number: 1, title: 'Valg', heading: '1. Valg', decision: 'Eva Holm blev valgt.' }, { number: 3, title: '', heading: '3.', decision: 'Godkendt.' }] };
    expect(scoreDocument(gold, doc).items).toEqual({ tp: 0, gold: 2, got: 2 });
  });
});
