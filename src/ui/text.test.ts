import { describe, expect, it } from 'vitest';
import { METER_HELP } from './text.ts';
import { BUDGET_SPIRAL, CARE_CRISIS, CARE_SPIRAL, STALL_LINE } from '../engine/rules/weekly.ts';
import { earlyEnding, HELD, NO_CONFIDENCE_LINE } from '../engine/rules/quarter.ts';
import { readFileSync } from 'node:fs';

describe('the briefing’s meter help', () => {
  it('names the lines the rules use, so a number the player meets has been explained', () => {
    expect(METER_HELP.budget).toContain(`Under ${BUDGET_SPIRAL},`);
    expect(METER_HELP.care).toContain(`Under ${CARE_SPIRAL},`);
    expect(METER_HELP.care).toContain(`under ${CARE_CRISIS},`);
    // The endings judge care held at HELD.care ("both at or above their lines (40 and 45)").
    expect(METER_HELP.care).toContain(`ends with it under ${HELD.care} has not held it`);
    expect(METER_HELP.trust).toContain(`trust in you under ${STALL_LINE},`);
    expect(METER_HELP.scale).toContain(`Trust falls to ${NO_CONFIDENCE_LINE}`);
  });

  it('gives the budget the bands the reviews and endings speak in', () => {
    // The endings' "inside its line" and the month-end's "close to its year-to-date plan" are HELD.budget and over;
    // the endings' "on plan" is 55 and over (`# claim budget>=55` in endings.ink).
    const endings = readFileSync('stories/quarter/endings.ink', 'utf8');
    expect(endings).toMatch(/the division on plan.*# claim budget>=55/);
    expect(endings).toMatch(new RegExp(`inside its line.*# claim budget>=${HELD.budget}`));
    expect(METER_HELP.budget).toContain('55 or more is on plan');
    expect(METER_HELP.budget).toContain(`under ${HELD.budget} it is off plan`);
  });

  it('says which trust groups end the quarter at 0, as the rules do', () => {
    const fine = { budget: 50, care: 50, trust: { clinicians: 50, leaders: 50, executives: 50 } };
    expect(earlyEnding({ ...fine, trust: { ...fine.trust, clinicians: 0 } })).toBe('no_confidence');
    expect(earlyEnding({ ...fine, trust: { ...fine.trust, leaders: 0 } })).toBe('no_confidence');
    expect(earlyEnding({ ...fine, trust: { ...fine.trust, executives: 0 } })).toBeNull();
    expect(METER_HELP.scale).toMatch(/front-line staff’s or clinical leaders’ trust reaches 0/);
    expect(METER_HELP.scale).not.toMatch(/executives/);
  });
});
