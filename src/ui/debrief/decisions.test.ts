import { describe, expect, it } from 'vitest';
import { laterText, missedBy, stillDue } from './decisions.ts';
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
  it('names the two groups that had not asked for it, and every group when none had', () => {
    const run = {
      interventions: [
        { ...miss, decision: 3, asked: 'clinicians' as const },
        { ...miss, decision: 5 },
      ],
    };
    expect(missedBy(run, 3)).toBe('clinical leaders and executives, not front-line staff, who had asked for it');
    expect(missedBy(run, 5)).toBe('every group');
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
