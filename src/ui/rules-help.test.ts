import { describe, expect, it } from 'vitest';
import { authorityLabel } from './rules-help.ts';

describe('a choice that uses the role’s own authority', () => {
  it('is the player’s own call alone, and the post’s in a pair, where the partner does not hold it', () => {
    expect(authorityLabel({ role: 'clinician', run: {} as never })).toBe('Your call as clinical director');
    expect(authorityLabel({ role: 'manager', run: { pair: 'clinician' } as never })).toBe('The general manager’s call');
  });
});
