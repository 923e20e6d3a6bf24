import { describe, expect, it } from 'vitest';
import { arcLine, levelHint, missedLine, sameReasonTogether } from './week.ts';
import type { ChangeRecord } from '../../engine/rules/rules.ts';
import { ARC_INFO } from '../../engine/rules/quarter.ts';
import type { Explained } from '../../engine/read/explain.ts';

const item = (cause: string, detail?: string): Explained => ({
  key: cause,
  origin: { kind: 'intervention' } as Explained['origin'],
  decision: null,
  cause,
  ...(detail ? { detail } : {}),
  net: [],
  changes: [],
});

describe('the week summary’s reasons', () => {
  it('puts causes that share a reason together, each reason where it first came up', () => {
    const practice = 'aimed at the practice level';
    const department = 'aimed at the department level';
    const items = [item('a', practice), item('b', department), item('c'), item('d', practice), item('e')];
    expect(sameReasonTogether(items).map((e) => e.cause)).toEqual(['a', 'd', 'b', 'c', 'e']);
  });

  it('leaves causes with no reason where they were', () => {
    const items = [item('a'), item('b', 'x'), item('c'), item('d')];
    expect(sameReasonTogether(items).map((e) => e.cause)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('the week’s long game', () => {
  // Shadowing matures two weeks after it starts.
  const started = (week: number) => ({ shadowing: { started: week } });

  it('says an arc pays off from next week only when next week is in the run', () => {
    expect(arcLine('shadowing', started(3), 3, 8)).toMatch(/^ — under way \(1\sh a week\)\. Pays off from week 5\.$/);
    expect(arcLine('shadowing', started(3), 4, 8)).toBe(
      ` — pays off from week 5, next week. ${ARC_INFO.shadowing.payoff}`,
    );
    expect(arcLine('shadowing', started(3), 5, 8)).toBe(` — paying off. ${ARC_INFO.shadowing.payoff}`);
    // Started in week 7 of 8: week 9 never comes.
    expect(arcLine('shadowing', started(7), 8, 8)).toMatch(
      /after this run’s last week, so it will not pay off in this run\.$/,
    );
  });

  it('says what protected time and an induction do in the player’s own role, and only that', () => {
    // A clinician's run: hours back and the dual role's wear stops; a manager's: clinical leaders' trust rises.
    const induction = { induction: { started: 2 } };
    const clinician = arcLine('induction', induction, 4, 8, 'clinician');
    const manager = arcLine('induction', induction, 4, 8, 'manager');
    expect(clinician).toMatch(/^ — paying off\. Three protected hours a week come back to you/);
    expect(clinician).not.toMatch(/clinical leaders/);
    expect(manager).toMatch(/clinical leaders see the division backs its clinicians, and their trust in you rises/);
    expect(manager).not.toMatch(/hours|wears?/);
  });
});

describe('a scene heard second-hand', () => {
  it('says a meeting across town met there, and only those who went noticed', () => {
    // The system board is planned from the executive suite, but meets in a council building; Janet Cole drives there.
    expect(missedLine({ knot: 'w3_board', place: 'exec', title: 'The system board' })).toBe(
      '“The system board” met in a council building across town without you. By the time it reached you, the details had gone, and those who went had noticed you weren’t there: Janet Cole trusts you 1 less.',
    );
  });

  it('says a scene on the site happened where it did, and claims nobody where nobody the game follows works', () => {
    expect(missedLine({ knot: 'w2_x', place: 'exec', title: 'A meeting' })).toMatch(
      /^“A meeting” happened at Executive suite .*the people who work there had heard you weren’t: Janet Cole and Dr Helen Marsh each trust you 1 less\.$/,
    );
    expect(missedLine({ knot: 'w2_y', place: 'clinic', title: 'A clinic' })).toBe(
      '“A clinic” happened at Outpatient clinic without you. By the time it reached you, the details had gone.',
    );
  });
});

describe('the week’s closing question about the level', () => {
  const landed = (week: number, decision: number, right: boolean, target: ChangeRecord['target'] = 'trust') =>
    ({
      scene: week * 3,
      week,
      decision,
      delayed: true,
      target,
      delta: right ? 3 : -3,
      before: 50,
      after: 50,
      origin: { kind: 'intervention', level: right ? 'practice' : 'department', right },
    }) as ChangeRecord;
  const ask = 'Where does the tension really sit: the organisation, a department, or how people practise?';

  it('asks where the tension sits until a change has landed there', () => {
    expect(levelHint({ pressing: 'practice', week: 6, changes: [] })).toBe(`All of it is in your notebook. ${ask}`);
    expect(levelHint({ pressing: 'practice', week: 6, changes: [landed(6, 1, false)] })).toBe(
      `All of it is in your notebook. ${ask}`,
    );
  });

  it('says which week a change landed there, and what this week’s changes did, never claiming this week for an earlier one', () => {
    // One right change lands trust and care: one change, not two.
    const hitInSix = [landed(6, 1, true), landed(6, 1, true, 'care')];
    expect(levelHint({ pressing: 'practice', week: 6, changes: hitInSix })).toBe(
      'All of it is in your notebook. This week your change at the practice level landed where the tension was. What else could reach it there?',
    );
    expect(
      levelHint({ pressing: 'practice', week: 8, changes: [...hitInSix, landed(8, 4, false), landed(8, 5, false)] }),
    ).toBe(
      'All of it is in your notebook. In week 6 your change at the practice level landed where the tension was; this week two aimed elsewhere did not. What else could reach it there?',
    );
    expect(
      levelHint({
        pressing: 'practice',
        week: 7,
        changes: [...hitInSix, landed(7, 2, true), landed(7, 3, true), landed(7, 4, false)],
      }),
    ).toBe(
      'All of it is in your notebook. This week your changes at the practice level landed where the tension was; one aimed elsewhere did not. What else could reach it there?',
    );
  });
});
