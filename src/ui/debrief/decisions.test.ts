import { describe, expect, it } from 'vitest';
import { TRUST_GROUPS } from '../../engine/rules/types.ts';
import { chargedBy, laterText, levelRule, missedBy, stillDue, trustLost } from './decisions.ts';
import type { PendingEffect } from '../../engine/rules/rules.ts';

describe('what a decision had still to land when the run ended', () => {
  // A GM's promise to Janet in the workshop quarter came due after the month ended, and the debrief showed only
  // what it did at once.
  const pending: PendingEffect[] = [
    {
      decision: 7,
      due: 30,
      effect: { kind: 'meter', target: 'trust.executives', delta: -2 },
      origin: { kind: 'choice' },
    },
    { decision: 7, due: 31, effect: { kind: 'person', id: 'cole', delta: -1 }, origin: { kind: 'choice' } },
    {
      decision: 7,
      due: 32,
      effect: { kind: 'meter', target: 'trust.executives', delta: -1 },
      origin: { kind: 'choice' },
    },
    { decision: 9, due: 30, effect: { kind: 'meter', target: 'care', delta: 1 }, origin: { kind: 'choice' } },
  ];

  it('says it, summed, in the words of the run’s length', () => {
    const month = stillDue({ pending, run: { weeks: 4 } as never }, 7);
    expect(month).toMatch(/^still to land when the month ended: /);
    expect(month).toContain('−3');
    expect(month).toContain('Janet Cole');
    expect(month).not.toMatch(/care/i);
    expect(stillDue({ pending, run: {} as never }, 9)).toMatch(
      /^still to land when the quarter ended: Patient care \+1$/,
    );
  });

  it('says nothing for a decision with nothing still due', () => {
    expect(stillDue({ pending, run: {} as never }, 8)).toBe('');
    expect(stillDue({ pending: [], run: {} as never }, 7)).toBe('');
  });
});

describe('whose trust a change aimed away from the tension cost, on its card', () => {
  const miss = { level: 'practice', right: false, scene: 4, week: 2 } as const;
  it('names the groups the rules charged, and a group that asked where asking spared it', () => {
    const run = {
      interventions: [
        { ...miss, decision: 3, asked: 'clinicians' as const, charged: ['leaders' as const] },
        { ...miss, decision: 5, charged: ['clinicians' as const, 'leaders' as const] },
        // Executives pay only for a change aimed at the organisation: asking for a practice change spared nothing.
        { ...miss, decision: 6, asked: 'executives' as const, charged: ['clinicians' as const, 'leaders' as const] },
        { ...miss, level: 'organisation' as const, decision: 7, charged: [...TRUST_GROUPS] },
      ],
    };
    expect(missedBy(run, 3)).toBe(
      'In this game that takes 3 trust from clinical leaders, 2 scenes later (front-line staff had asked for it)',
    );
    expect(missedBy(run, 5)).toBe(
      'In this game that takes 3 trust from front-line staff and clinical leaders, 2 scenes later',
    );
    expect(missedBy(run, 6)).toBe(missedBy(run, 5));
    expect(missedBy(run, 7)).toBe('In this game that takes 3 trust from every group, 2 scenes later');
  });

  it('tells a change made before rules edition 12 as it was charged: every group but one that asked', () => {
    const run = {
      interventions: [
        { ...miss, decision: 3, asked: 'clinicians' as const },
        { ...miss, decision: 5 },
      ],
    };
    expect(missedBy(run, 3)).toBe(
      'In this game that takes 3 trust from clinical leaders and executives, 2 scenes later (front-line staff had asked for it)',
    );
    expect(missedBy(run, 5)).toBe('In this game that takes 3 trust from every group, 2 scenes later');
    expect(chargedBy({ asked: 'clinicians' })).toEqual(['leaders', 'executives']);
    expect(chargedBy({})).toEqual([...TRUST_GROUPS]);
  });
});

describe('whose trust a run’s changes aimed away from the tension cost, on the glance card', () => {
  const miss = { level: 'department', right: false, scene: 4, week: 2 } as const;
  it('names the groups charged, every group when all three were, and a group that asked where it was spared', () => {
    const one = { interventions: [{ ...miss, decision: 1, charged: ['clinicians' as const, 'leaders' as const] }] };
    expect(trustLost(one)).toBe('trust lost from front-line staff and clinical leaders');
    const spared = {
      interventions: [
        { ...miss, decision: 1, asked: 'leaders' as const, charged: ['clinicians' as const] },
        { ...miss, level: 'organisation' as const, decision: 2, charged: [...TRUST_GROUPS] },
      ],
    };
    expect(trustLost(spared)).toBe(
      'trust lost from every group, though not from a group that had asked for one of them',
    );
    expect(
      trustLost({
        interventions: [{ ...miss, decision: 1, asked: 'leaders' as const, charged: ['clinicians' as const] }],
      }),
    ).toBe('trust lost from front-line staff, though not from a group that had asked for that change');
    // A save from before edition 12: its misses cost every group.
    expect(trustLost({ interventions: [{ ...miss, decision: 1 }] })).toBe('trust lost from every group');
  });
});

describe('how the game counts a change aimed at a level, in the debrief’s What was hidden', () => {
  it('says whose trust a miss took, as the rules charge it, and that who pays is the game’s simplification', () => {
    const miss = { level: 'practice', right: false, scene: 4, week: 2, decision: 1 } as const;
    for (const interventions of [[], [{ ...miss, charged: ['clinicians' as const, 'leaders' as const] }]]) {
      const rule = levelRule({ pressing: 'department', interventions });
      expect(rule).toMatch(/^How the game counts it: each change aimed at the department level added 3/);
      expect(rule).toContain(
        'each change aimed elsewhere took 3 from the trust of front-line staff and clinical leaders, and of executives too when it was aimed at the organisation level, though never from a group that had asked for it, 2 scenes later',
      );
      expect(rule).toContain('one fixed figure, and which groups pay it, are the game’s simplification');
    }
  });

  it('tells a run finished before rules edition 12 as it was counted then, as its cards do', () => {
    // Its misses carry no record of whom they charged: each cost every group but one that asked.
    const old = { level: 'practice', right: false, scene: 4, week: 2, decision: 1 } as const;
    const rule = levelRule({ pressing: 'organisation', interventions: [old] });
    expect(rule).toContain(
      'each change aimed elsewhere took 3 from every group’s trust, as the game counted it when this quarter was played, though never from a group that had asked for it, 2 scenes later',
    );
    expect(missedBy({ interventions: [old] }, 1)).toContain('takes 3 trust from every group');
  });
});

describe('what landed later from one decision, in one line', () => {
  it('says a group’s own change beside one to all three as on top of it, as every list of changes does', () => {
    const link = (toWeek: number, net: { target: 'trust' | 'trust.clinicians' | 'care'; delta: number }[]) => ({
      decision: 3,
      fromWeek: 2,
      toWeek,
      landed: 'Larch Ward',
      net,
    });
    const v = {
      later: [
        link(3, [{ target: 'trust', delta: -2 }]),
        link(4, [{ target: 'trust.clinicians', delta: -2 }]),
        link(5, [{ target: 'care', delta: -1 }]),
      ],
    };
    // Summed over three weeks, it read "Trust of all three groups −2 · Trust of front-line staff −2".
    expect(laterText(v)).toBe(
      '3 times, weeks 3–5: Patient care −1 · Trust of all three groups −2 · Trust of front-line staff −2 on top (−4 in all)',
    );
  });
});
