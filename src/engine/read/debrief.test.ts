import { describe, expect, it } from 'vitest';
import { skillsProfile } from './debrief.ts';

describe('the skills profile', () => {
  it('gives whole per cents that add up to 100, the largest remainders rounded up', () => {
    const thirds = skillsProfile({ skills: { understanding: 1, listening: 1, communication: 1 } });
    expect(Object.values(thirds.share).reduce((a, b) => a + b, 0)).toBe(100);
    expect(Object.values(thirds.share).sort()).toEqual([33, 33, 34]);
    // 7/15, 5/15 and 3/15 are 46.7, 33.3 and 20: rounding each would give 47 + 33 + 20 = 100, and so must this.
    expect(skillsProfile({ skills: { understanding: 7, listening: 5, communication: 3 } }).share).toEqual({
      understanding: 47,
      listening: 33,
      communication: 20,
    });
    // 1/6, 1/6 and 4/6 rounded one by one make 101.
    const six = skillsProfile({ skills: { understanding: 1, listening: 1, communication: 4 } }).share;
    expect(Object.values(six).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('is all zero when no skill was drawn on', () => {
    expect(skillsProfile({ skills: { understanding: 0, listening: 0, communication: 0 } }).share).toEqual({
      understanding: 0,
      listening: 0,
      communication: 0,
    });
  });
});
