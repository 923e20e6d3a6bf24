import { describe, expect, it } from 'vitest';
import { groupMoves, groupShift, groupWarning, hoursMeter } from './hud.ts';
import { OVERTIME_WELLBEING_COST } from '../engine/rules/rules.ts';
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

  it('gives each group’s own part in a change, for Trust by group to show beside it', () => {
    const before = { clinicians: 60, leaders: 55, executives: 70 };
    expect(groupMoves(before, { ...before, clinicians: 63, executives: 67 })).toEqual({
      clinicians: 3,
      executives: -3,
    });
    expect(groupMoves(before, { clinicians: 61, leaders: 56, executives: 71 })).toEqual({
      clinicians: 1,
      leaders: 1,
      executives: 1,
    });
    expect(groupMoves(before, { ...before })).toBeNull();
  });
});

describe('the hours bar', () => {
  it('says the hours left in a week, next week’s after a plan, and what went unspent once it is over', () => {
    expect(hoursMeter(5, 12, 0, 'week')).toMatchObject({ label: 'Hours left', value: '5\u00a0h', overtime: false });
    expect(hoursMeter(5, 12, 0, 'week').valuetext).toBe('5 of 12 hours');
    expect(hoursMeter(4, 20, 0, 'plan').valuetext).toBe('4 of next week’s 20 hours left after this plan');
    expect(hoursMeter(2, 12, 0, 'over')).toMatchObject({ label: 'Unspent', name: 'Hours unspent, the week over' });
  });

  it('says the hours spent past the week’s end, and what each costs, where 0 would hide them', () => {
    const over = hoursMeter(0, 12, 1.5, 'week');
    expect(over).toMatchObject({ label: 'Overtime', name: 'Hours past the week’s end', value: '+1½\u00a0h' });
    expect(over.overtime).toBe(true);
    expect(over.valuetext).toBe(
      `1 and a half hours past this week’s 12 hours; staff wellbeing falls by ${OVERTIME_WELLBEING_COST} for each`,
    );
    // The week's card says it too once the week is over; a plan is next week's hours, which start afresh.
    expect(hoursMeter(0, 12, 2, 'over').label).toBe('Overtime');
    expect(hoursMeter(0, 12, 2, 'plan').overtime).toBe(false);
    // No overtime, or hours still left: the hours as they are.
    expect(hoursMeter(0, 12, 0, 'week')).toMatchObject({ label: 'Hours left', value: '0\u00a0h', overtime: false });
  });
});
