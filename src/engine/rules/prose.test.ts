import { describe, expect, it } from 'vitest';
import { listOf, typeset } from './prose.ts';

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
