import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../engine/rules/random.ts';
import {
  arcFigures,
  arcPoints,
  arcSamples,
  arcSense,
  arcSize,
  meterPoints,
  placeArcLabels,
  spreadLabels,
  weekRowLabels,
  weeksText,
  type ArcShape,
} from './timeline.ts';

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
    expect(arcFigures(arcPoints([{ net: [{ target: 'wellbeing', delta: -5 }] }]))).toBe('');
  });

  it('shows each meter’s own points on an arc, never their sum, and draws a trade as both', () => {
    // Two budget points saved for two of care lost: a sum would say 0, and draw it as having helped.
    const trade = arcPoints([{ net: [{ target: 'budget', delta: 2 }] }, { net: [{ target: 'care', delta: -2 }] }]);
    expect(arcFigures(trade)).toBe('B+2 C−2');
    expect(arcSense(trade)).toBe('mixed');
    expect(arcSize(trade)).toBe(4);
    const helped = arcPoints([{ net: [{ target: 'care', delta: 1 }] }, { net: [{ target: 'trust', delta: 2.4 }] }]);
    expect(arcSense(helped)).toBe('up');
    expect(arcFigures(helped)).toBe('C+1 T+2');
    expect(arcSense(arcPoints([{ net: [{ target: 'budget', delta: -3 }] }]))).toBe('down');
  });

  it('keeps a rise and a fall on one meter apart: consequences that went both ways are both, not nothing', () => {
    // A first-time GM's debrief drew "C+1" as helped: a booking rule's T−2 and a phone call's T+2 had summed to nothing.
    const both = arcPoints([
      { net: [{ target: 'trust', delta: -2 }] },
      { net: [{ target: 'trust', delta: 2 }] },
      { net: [{ target: 'care', delta: 1 }] },
    ]);
    expect(arcFigures(both)).toBe('C+1 T+2−2');
    expect(arcSense(both)).toBe('mixed');
    expect(arcSize(both)).toBe(5);
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

describe('the figures over the arcs', () => {
  const band = { top: 298, base: 396 };
  const x = (week: number) => 46 + week * 68.75;
  const arc = (from: number, to: number, width: number, text: string): ArcShape & { text: string } => {
    const x1 = x(from);
    const x2 = x(to) + (from === to ? 14 : 0);
    return { x1, x2, lift: Math.min(band.base - band.top - 8, 18 + (x2 - x1) / 5), width, text };
  };
  /** Where a label's box (12 px bold, centred) meets a stroke or another label. */
  const clashes = (arcs: readonly (ArcShape & { text: string })[], at: { x: number; y: number }[]): string[] => {
    const boxes = arcs.map((a, i) => ({
      l: at[i]!.x - (7.5 * a.text.length) / 2,
      r: at[i]!.x + (7.5 * a.text.length) / 2,
      t: at[i]!.y - 9,
      b: at[i]!.y + 1,
    }));
    const out: string[] = [];
    boxes.forEach((box, i) => {
      for (const [j, a] of arcs.entries())
        if (
          arcSamples(a, band.base).some(
            (o) => o.x + o.r > box.l && o.x - o.r < box.r && o.y + o.r > box.t && o.y - o.r < box.b,
          )
        )
          out.push(`${arcs[i]!.text} on arc ${a.text}${i === j ? ' (its own)' : ''}`);
      boxes.forEach((other, j) => {
        if (j > i && box.l < other.r && other.l < box.r && box.t < other.b && other.t < box.b)
          out.push(`${arcs[i]!.text} on ${arcs[j]!.text}`);
      });
    });
    return out;
  };

  it('sit clear of every arc and of one another, a thick arc’s own stroke included', () => {
    // As a debrief drew them before: a short arc's figures on the start of a thick one, and a thick one's on itself.
    const arcs = [
      arc(1, 1, 2.7, 'C−2 T−1'),
      arc(1, 3, 7, 'B−4 C−5 T+3'),
      arc(3, 5, 3.1, 'T−2'),
      arc(4, 6, 3.1, 'T−2'),
      arc(6, 7, 3.5, 'C+1 T−4'),
    ];
    const at = placeArcLabels(arcs, band);
    expect(clashes(arcs, at)).toEqual([]);
    for (const p of at) {
      expect(p.y).toBeGreaterThanOrEqual(band.top);
      expect(p.y).toBeLessThanOrEqual(band.base - 4);
    }
  });

  it('never overlap one another, and stay in the band, over a thousand random quarters’ arcs', () => {
    const random = seededRandom(11);
    let clear = 0;
    for (let n = 0; n < 1000; n++) {
      const arcs = Array.from({ length: 1 + Math.floor(random() * 5) }, () => {
        const from = 1 + Math.floor(random() * 7);
        const to = Math.min(8, from + Math.floor(random() * 3));
        const text = ['T−2', 'C+1 T−4', 'B−4 C−5 T+3', 'B+2'][Math.floor(random() * 4)]!;
        return arc(from, to, 1.5 + random() * 5.5, text);
      });
      const at = placeArcLabels(arcs, band);
      const found = clashes(arcs, at);
      expect(found.filter((c) => !c.includes(' on arc '))).toEqual([]);
      for (const p of at) expect(p.y).toBeGreaterThanOrEqual(band.top);
      if (!found.length) clear++;
    }
    // Where the band has room (nearly always), no figure sits on a stroke either.
    expect(clear).toBeGreaterThan(950);
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
