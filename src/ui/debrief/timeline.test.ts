import { describe, expect, it } from 'vitest';
import { arcFigures, arcSense, arcSize, meterPoints, spreadLabels, weekRowLabels, weeksText } from './timeline.ts';

describe('a delayed consequence on the chart', () => {
  it('counts points on the three meters the player sees: a group’s trust is a third of a Trust point', () => {
    const link = {
      net: [
        { target: 'budget', delta: 2 },
        { target: 'trust.clinicians', delta: 3 },
        { target: 'trust.executives', delta: -6 },
        { target: 'care', delta: -1 },
        { target: 'person', person: 'okafor', delta: 4 },
      ] as const,
    };
    expect(meterPoints({ net: [...link.net] })).toEqual({ budget: 2, care: -1, trust: -1 });
    expect(meterPoints({ net: [{ target: 'trust', delta: -2 }] })).toEqual({ budget: 0, care: 0, trust: -2 });
  });

  it('leaves out what is not on those meters: hidden wellbeing, hours and named people', () => {
    const none = meterPoints({
      net: [
        { target: 'wellbeing', delta: -5 },
        { target: 'hours', delta: 2 },
        { target: 'person', person: 'okafor', delta: 4 },
      ],
    });
    expect(none).toEqual({ budget: 0, care: 0, trust: 0 });
    expect(arcFigures(none)).toBe('');
  });

  it('shows each meter’s own points on an arc, never their sum, and draws a trade as both', () => {
    // Two budget points saved for two of care lost: a sum would say 0, and draw it as having helped.
    const trade = { budget: 2, care: -2, trust: 0 };
    expect(arcFigures(trade)).toBe('B+2 C−2');
    expect(arcSense(trade)).toBe('mixed');
    expect(arcSize(trade)).toBe(4);
    expect(arcSense({ budget: 0, care: 1, trust: 2.4 })).toBe('up');
    expect(arcFigures({ budget: 0, care: 1, trust: 2.4 })).toBe('C+1 T+2');
    expect(arcSense({ budget: -3, care: 0, trust: 0.2 })).toBe('down');
  });
});

describe('weeks, as a reader says them', () => {
  it('joins runs of weeks and lists the rest', () => {
    expect(weeksText([3])).toBe('Week 3');
    expect(weeksText([5, 6, 7, 8])).toBe('Weeks 5–8');
    expect(weeksText([2, 3, 4, 7])).toBe('Weeks 2–4 and 7');
    expect(weeksText([7, 3, 5, 5])).toBe('Weeks 3, 5 and 7');
  });
});

describe('the figures on the consequence arcs', () => {
  it('move apart where two would overlap, and stay put where they would not', () => {
    // Two arcs meeting over the same week (2→4 and 3→3) put their figures on one spot.
    const ys = spreadLabels(
      [
        { x: 300, y: 370, w: 20 },
        { x: 304, y: 368, w: 26 },
        { x: 500, y: 370, w: 20 },
      ],
      298,
    );
    expect(ys[0]).toBe(370);
    expect(Math.abs(ys[1]! - ys[0]!)).toBeGreaterThanOrEqual(13);
    expect(ys[2]).toBe(370);
  });

  it('go down rather than above the band', () => {
    const ys = spreadLabels(
      [
        { x: 300, y: 305, w: 20 },
        { x: 300, y: 302, w: 20 },
      ],
      298,
    );
    expect(ys[1]).toBeGreaterThanOrEqual(298);
    expect(Math.abs(ys[1]! - ys[0]!)).toBeGreaterThanOrEqual(13);
  });
});

describe('the table of the meters week by week', () => {
  const points = (n: number) =>
    Array.from({ length: n + 1 }, (_, week) => ({
      week,
      budget: 50,
      care: 50,
      trust: 50,
      wellbeing: 50,
      groups: { clinicians: 50, leaders: 50, executives: 50 },
    }));
  const scene = (knot: string) => ({ knot }) as never;

  it('says the last week’s row has the review in it, once the review was played', () => {
    expect(weekRowLabels({ plan: [scene('week1_status'), scene('quarter_review')] }, points(8)).slice(-2)).toEqual([
      'Week 7',
      'Week 8, with the quarter review',
    ]);
    expect(weekRowLabels({ plan: [scene('month_review')] }, points(4)).at(-1)).toBe(
      'Week 4, with the month-end review',
    );
  });

  it('leaves a run that stopped before its review as plain weeks', () => {
    expect(weekRowLabels({ plan: [scene('week1_status')] }, points(3))).toEqual([
      'Start',
      'Week 1',
      'Week 2',
      'Week 3',
    ]);
  });
});
