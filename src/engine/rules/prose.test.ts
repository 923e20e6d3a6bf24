import { describe, expect, it } from 'vitest';
import { inWords, listOf, ordinal, typeset } from './prose.ts';

describe('the sentences the engine writes', () => {
  it('lists words as a sentence does', () => {
    expect(listOf(['a'])).toBe('a');
    expect(listOf(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('sets the story’s straight quotes as the rest of the game does', () => {
    expect(typeset('Dr Marsh calls it "the Larch way", as if she had thought of it.')).toBe(
      'Dr Marsh calls it “the Larch way”, as if she had thought of it.',
    );
    expect(typeset("Marcus's summary doesn't say.")).toBe('Marcus’s summary doesn’t say.');
    expect(typeset(`"Then you'll know what 'GP capacity: to be confirmed' looks like."`)).toBe(
      '“Then you’ll know what ‘GP capacity: to be confirmed’ looks like.”',
    );
    expect(typeset('A line—"quoted"—and (“already” set).')).toBe('A line—“quoted”—and (“already” set).');
    expect(typeset('No quotes at all.')).toBe('No quotes at all.');
  });
});

describe('counts and places in words', () => {
  it('says counts to ten in words, then in figures, and nothing as the sentence needs it', () => {
    expect([0, 1, 2, 10, 11].map((n) => inWords(n))).toEqual(['no', 'one', 'two', 'ten', '11']);
    expect(inWords(0, 'none')).toBe('none');
  });

  it('says places to the tenth in words, then in figures with their own endings', () => {
    expect([1, 3, 10, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual([
      'first',
      'third',
      'tenth',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
  });
});
