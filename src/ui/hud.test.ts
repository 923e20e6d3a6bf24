import { describe, expect, it } from 'vitest';
import { groupShift, groupWarning } from './hud.ts';
import { STALL_COST, STALL_LINE } from '../engine/rules/weekly.ts';

describe('the warning beside Trust by group', () => {
  it('names the line a group is near, as the rules act on it', () => {
    expect(groupWarning('clinicians', STALL_LINE - 5, 4)).toEqual({
      note: `— under ${STALL_LINE}: the savings plan stalls, Budget −${STALL_COST} a week`,
      short: `under ${STALL_LINE}: savings plan stalls`,
      ends: false,
    });
    expect(groupWarning('clinicians', STALL_LINE + 1, 4)?.short).toBe(`savings plan stalls under ${STALL_LINE}`);
    expect(groupWarning('leaders', 8, 4)?.short).toBe('a letter to the board at 0');
    // The stall starts in week three; before it the warning says so.
    expect(groupWarning('clinicians', STALL_LINE - 5, 2)?.note).toMatch(/from week 3$/);
    expect(groupWarning('clinicians', STALL_LINE - 5, 1)?.short).toBe(
      `under ${STALL_LINE}: savings plan stalls from week 3`,
    );
    expect(groupWarning('clinicians', STALL_LINE + 2, 2)?.short).toBe(
      `savings plan stalls under ${STALL_LINE} from week 3`,
    );
    expect(groupWarning('clinicians', STALL_LINE + 2, 4)?.note).toMatch(/^— near 35/);
    expect(groupWarning('clinicians', STALL_LINE + 10, 4)).toBeNull();
    // Front line or clinical leaders at 0 end the quarter; executives at 0 do not.
    expect(groupWarning('leaders', 8, 4)).toMatchObject({ ends: true });
    // After the run has ended (the ending, the debrief), nothing is left to warn of.
    expect(groupWarning('clinicians', 0, 8, false)).toMatchObject({ ends: true });
    expect(groupWarning('clinicians', 0, 8, false, true)).toBeNull();
    expect(groupWarning('clinicians', 4, 4)).toMatchObject({ ends: true });
    expect(groupWarning('leaders', 30, 4)).toBeNull();
    expect(groupWarning('executives', 3, 4)).toBeNull();
  });

  it('drops the stall once the last week has closed (it costs at a week’s close), but not the letter', () => {
    expect(groupWarning('clinicians', STALL_LINE - 5, 8, false)).toBeNull();
    expect(groupWarning('clinicians', STALL_LINE + 2, 8, false)).toBeNull();
    // A group at 0 still ends the quarter in the review.
    expect(groupWarning('clinicians', 4, 8, false)).toMatchObject({ ends: true });
  });
});

describe('groups that moved under a Trust that did not', () => {
  it('shows a rise and a fall that cancel in the mean, and says every group that moved', () => {
    const before = { clinicians: 60, leaders: 55, executives: 70 };
    // "Make it Larch's rule": the front line +3, the executives −3, Trust on the bar unchanged.
    expect(groupShift(before, { ...before, clinicians: 63, executives: 67 })).toEqual({
      badge: '▲ +3 ▼ −3',
      said: 'front-line staff up 3, executives down 3',
    });
    // One way only (a single point the rounded mean hides): said, with no badge beside an unmoved number.
    expect(groupShift(before, { ...before, leaders: 56 })).toEqual({ badge: null, said: 'clinical leaders up 1' });
    expect(groupShift(before, { ...before })).toBeNull();
  });
});
