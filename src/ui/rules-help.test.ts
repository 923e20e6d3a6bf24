import { describe, expect, it } from 'vitest';
import { MISSED_BY } from '../engine/rules/quarter.ts';
import { authorityLabel } from './rules-help.ts';

describe('a choice that uses the role’s own authority', () => {
  it('is the player’s own call alone, and the post’s in a pair, where the partner does not hold it', () => {
    expect(authorityLabel({ role: 'clinician', run: {} as never })).toBe('Your call as clinical director');
    expect(authorityLabel({ role: 'manager', run: { pair: 'clinician' } as never })).toBe('The general manager’s call');
  });
});

describe('how a change aimed away from the tension is charged, as How it works says it', () => {
  it('names the groups a miss costs by the level it was aimed at, as the rules charge them', () => {
    // How it works says: front-line staff and clinical leaders, and executives too if it was aimed at the
    // organisation. A change to this table must change those words.
    expect(MISSED_BY).toEqual({
      practice: ['clinicians', 'leaders'],
      department: ['clinicians', 'leaders'],
      organisation: ['clinicians', 'leaders', 'executives'],
    });
  });
});
