import { describe, expect, it } from 'vitest';
import { isFiniteVerb } from '../src/normalize/dictionary.js';

// The finite verb forms the dictionary's morphology tells (src/normalize/verbs.ts).
describe('finite verb forms from the dictionary', () => {
  it.each([
    ['indhenter', 'present of a regular verb'],
    ['købte', 'past in -te'],
    ['manglede', 'past in -ede'],
    ['godkendes', 'passive'],
    ['revideres', 'passive'],
    ['trak', 'irregular past, listed before the participle'],
    ['fandt', 'irregular past'],
    ['Udtræder', 'a capital at the start of a sentence'],
  ])('%s is one (%s)', (word) => {
    expect(isFiniteVerb(word)).toBe(true);
  });

  it.each([
    ['godkendt', 'a past participle'],
    ['trukket', 'an irregular past participle'],
    ['træk', 'an imperative'],
    ['deltager', 'a present that is also a noun'],
    ['løber', 'a present that is also a noun'],
    ['vurderer', 'a present that is also a noun (one who judges)'],
    ['beretning', 'a noun'],
    ['generalforsamling', 'a noun'],
    ['indkomne', 'an adjective'],
    ['af', 'a preposition'],
  ])('%s is none (%s)', (word) => {
    expect(isFiniteVerb(word)).toBe(false);
  });
});
