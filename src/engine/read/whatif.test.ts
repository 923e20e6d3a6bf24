import { describe, expect, it } from 'vitest';
import { bestWhatIf, landedLater, outcomeOf, type Alternative, type Outcome, type WhatIf } from './whatif.ts';
import {
  applyEffect,
  applyTags,
  beginScene,
  initialState,
  newRun,
  OVERTIME_WELLBEING_COST,
  startDecision,
} from '../rules/rules.ts';
import { TEST_PLAN, tagOf } from '../drive/fixture.ts';
import { INTERVENTION } from '../rules/quarter.ts';

const zero = { budget: 0, care: 0, trust: 0 };

function option(index: number, total: Outcome['total'], chosen = false, wellbeing = 0, hours = 0): Alternative {
  const outcome: Outcome = {
    now: total,
    later: zero,
    slow: zero,
    total,
    wellbeing,
    hours,
    people: {},
    peopleLater: {},
    arcs: [],
    builds: [],
    intervene: null,
    ending: null,
  };
  return { index, text: `option ${index}`, chosen, outcome };
}

describe('the what-if the glance puts forward', () => {
  it('is never one that trades a meter away, however much it gains in all', () => {
    const found: WhatIf[] = [
      {
        decision: 0,
        alternatives: [
          option(0, { budget: 0, care: 0, trust: 0 }, true),
          // Seven budget points for two of patient care: more in all, but not the game's verdict to give.
          option(1, { budget: 7, care: -2, trust: 0 }),
          option(2, { budget: 1, care: 1, trust: 0 }),
        ],
      },
    ];
    expect(bestWhatIf(found)).toMatchObject({ instead: { index: 2 }, gain: 2 });
  });

  it('is the one that gains most of those that cost nothing, across decisions', () => {
    const found: WhatIf[] = [
      { decision: 0, alternatives: [option(0, zero, true), option(1, { budget: 1, care: 1, trust: 1 })] },
      {
        decision: 4,
        alternatives: [option(0, { budget: -2, care: 0, trust: 0 }, true), option(1, { budget: 0, care: 2, trust: 1 })],
      },
    ];
    expect(bestWhatIf(found)).toMatchObject({ decision: 4, gain: 5 });
  });

  it('is none when every better total costs some meter', () => {
    const found: WhatIf[] = [
      { decision: 0, alternatives: [option(0, zero, true), option(1, { budget: -1, care: 0, trust: 9 })] },
    ];
    expect(bestWhatIf(found)).toBeNull();
  });

  it('is never one that would have worn the staff down more, though wellbeing is hidden while playing', () => {
    const found: WhatIf[] = [
      {
        decision: 0,
        alternatives: [
          option(0, zero, true),
          // A night shift on the ward: more care and trust, and a tired team.
          option(1, { budget: 0, care: 3, trust: 2 }, false, -2),
          option(2, { budget: 0, care: 1, trust: 0 }, false, 0),
        ],
      },
    ];
    expect(bestWhatIf(found)).toMatchObject({ instead: { index: 2 }, gain: 1 });
  });

  it('comes with the hours it would have taken beyond the choice made', () => {
    const found: WhatIf[] = [
      {
        decision: 0,
        alternatives: [option(0, zero, true, 0, 1), option(1, { budget: 0, care: 2, trust: 0 }, false, 0, 3)],
      },
    ];
    expect(bestWhatIf(found)).toMatchObject({ instead: { index: 1 }, hours: 2 });
    found[0]!.alternatives[1] = option(1, { budget: 0, care: 2, trust: 0 }, false, 0, 0);
    expect(bestWhatIf(found)).toMatchObject({ instead: { index: 1 }, hours: -1 });
  });

  it('counts hours the player did not have against it, as the overtime they cost the staff', () => {
    const before = { ...initialState(), hours: 1, weekHours: 10 };
    const after = applyEffect(
      before,
      { kind: 'hours', delta: -3 },
      { decision: 0, delayed: false, origin: { kind: 'choice' } },
    );
    const outcome = outcomeOf(before, after, 0);
    expect(outcome.hours).toBe(3);
    expect(outcome.wellbeing).toBe(-2 * OVERTIME_WELLBEING_COST);
    const chosen = option(0, zero, true);
    const instead: Alternative = {
      index: 1,
      text: 'stay late',
      chosen: false,
      outcome: { ...outcome, total: { budget: 0, care: 3, trust: 0 } },
    };
    expect(bestWhatIf([{ decision: 0, alternatives: [chosen, instead] }])).toBeNull();
  });

  it('tells the part a change’s fit to the tension moved apart from what the choice did on its own', () => {
    const start = { ...beginScene(newRun('manager', [...TEST_PLAN], 'K7M2QX'), 0), pressing: 'practice' as const };
    const opened = startDecision(start, 'Take a vacant post to the panel as a discharge coordinator');
    const tags = ['intervene department', 'budget -1', 'later 1 care +2 why Discharges went earlier'].map(tagOf);
    const after = applyTags(opened.state, tags, opened.id);
    const outcome = outcomeOf(opened.state, after, opened.id);
    expect(outcome.intervene).toEqual({
      level: 'department',
      right: false,
      // A department's change costs front-line staff and clinical leaders: 3 points each are 2 on the Trust meter.
      moved: { budget: 0, care: 0, trust: (INTERVENTION.wrong.trust * 2) / 3 },
    });
    expect(outcome.total).toEqual({ budget: -1, care: 2, trust: (INTERVENTION.wrong.trust * 2) / 3 });
  });
});

describe('what really landed later of a choice', () => {
  it('reads the Trust meter from each group’s own move, not the rounded average a change to all three logs', () => {
    // Front-line staff at 100 (the groups 100, 56 and 38: an average of 64.7); then a choice sets a later +1 to all three going.
    let s = applyTags(
      beginScene(newRun('clinician', [...TEST_PLAN], 'K7M2QX'), 0),
      ['trust.clinicians +20', 'trust.clinicians +20', 'trust.clinicians +20'].map(tagOf),
      null,
    );
    expect(s.meters.trust.clinicians).toBe(100);
    const opened = startDecision(s, 'Do the thing');
    s = applyTags(opened.state, ['later 1 trust +1'].map(tagOf), opened.id);
    s = beginScene(s, 1);
    // The leaders and the executives took 1 each, the front line none: ⅔ on the meter, which rounds to 1; the
    // average the change logged went 64.7 → 65.3, both 65, and read as 0.
    expect(s.changes.at(-1)).toMatchObject({ target: 'trust', before: 65, after: 65 });
    expect(landedLater({ ...s, role: 'clinician' }, opened.id)).toEqual({
      later: { budget: 0, care: 0, trust: 1 },
      why: ['limit'],
    });
  });

  it('says nothing when all of it landed, however the average rounds', () => {
    let s = beginScene(newRun('clinician', [...TEST_PLAN], 'K7M2QX'), 0);
    const opened = startDecision(s, 'Do the thing');
    s = applyTags(opened.state, ['later 1 trust +1'].map(tagOf), opened.id);
    s = beginScene(s, 1);
    expect(landedLater({ ...s, role: 'clinician' }, opened.id)).toBeNull();
  });
});
