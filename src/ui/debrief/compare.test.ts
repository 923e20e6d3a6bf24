import { describe, expect, it } from 'vitest';
import { afterParting, endingsText, lastedText } from './compare.ts';
import type { RunRecord } from '../../engine/read/record.ts';

/** A run reduced to its decisions' words, each in week 1 of a scene named after it. */
const run = (...texts: string[]) =>
  ({ decisions: texts.map((text) => ({ text, week: 1, sceneTitle: 'The board round' })) }) as unknown as RunRecord;

describe('whose is the difference where two runs parted', () => {
  it('is the choice’s alone only when every decision after it was the same', () => {
    expect(afterParting(run('a', 'b', 'c', 'd'), run('a', 'x', 'c', 'd'), 1)).toBe(
      'Every decision after it was the same, so the difference below is that choice’s.',
    );
    // A what-if played on with other choices: the gap is theirs too, and the learner is told how many.
    expect(afterParting(run('a', 'b', 'c', 'd'), run('a', 'x', 'y', 'd'), 1)).toBe(
      'After it, 1 of the 2 later decisions both runs made differs too, so the difference below is not that choice’s alone.',
    );
    // One run went on where the other stopped: only the decisions both made are compared, and the rest is said.
    expect(afterParting(run('a', 'b', 'c', 'd', 'e'), run('a', 'x', 'c'), 1)).toBe(
      'After it, the one later decision both runs made was the same, but this run went on for 2 decisions more, so the difference below is not that choice’s alone.',
    );
    expect(afterParting(run('a', 'b'), run('a', 'x', 'y', 'z'), 1)).toBe(
      'After it, the other went on for 2 decisions more, so the difference below is not that choice’s alone.',
    );
    expect(afterParting(run('a', 'b'), run('a', 'x'), 1)).toBe(
      'Nothing was decided after it, so the difference below is that choice’s.',
    );
  });
});

/** A finished run reduced to what its ending was decided on, and when it ended. */
const ended = (week: number, ending: string, budget: number, right: number, wrong: number) =>
  ({
    week,
    ending,
    meters: { budget, care: 50, wellbeing: 50, trust: { clinicians: 50, leaders: 50, executives: 50 } },
    interventions: [
      ...Array.from({ length: right }, () => ({ right: true })),
      ...Array.from({ length: wrong }, () => ({ right: false })),
    ],
    run: { id: `run-${week}-${ending}` },
  }) as unknown as RunRecord;

describe('runs that ended differently', () => {
  it('says when one ran on longer, since its spirals went on in those weeks', () => {
    expect(lastedText(ended(8, 'worn_thin', 13, 4, 3), ended(6, 'no_confidence', 40, 1, 1))).toBe(
      'This run lasted 2 weeks longer than the other (week 8 against week 6). In the weeks one ran on, its pressures and spirals went on too, so the two runs’ ends differ by more than their choices: compare the weeks in each run’s week-by-week table.',
    );
    expect(lastedText(ended(8, 'holding', 50, 0, 0), ended(8, 'holding', 50, 0, 0))).toBeNull();
    // A what-if left part-way has not ended: it is not said to have lasted less.
    expect(lastedText(ended(2, null as unknown as string, 50, 0, 0), ended(8, 'holding', 50, 0, 0))).toBe(
      'This run is not finished (played to week 2 of 8): its figures are where it stopped, not where it would end, so compare the weeks both played in each run’s week-by-week table.',
    );
  });

  it('says why each ended as it did, by the rule that decided it', () => {
    // One intervention moved from elsewhere to the pressing level: 4 to 3 is no longer the wrong fix.
    expect(endingsText(ended(8, 'worn_thin', 13, 4, 3), ended(8, 'wrong_fix', 13, 3, 4))).toBe(
      'Why the endings differ. This run, Running on empty: the budget ended at 13 and care at 50, and a budget under 40 or care under 45 is running on empty (4 changes aimed at the level where the tension was and 3 elsewhere). The other, The wrong fix: you aimed 4 changes away from the level where the tension was and 3 at it; three or more aimed away, and more of them than at it, is the wrong fix.',
    );
    expect(endingsText(ended(8, 'holding', 50, 0, 0), ended(8, 'holding', 50, 0, 0))).toBeNull();
    // Another player's run, imported, is not "you".
    const theirs = ended(8, 'wrong_fix', 13, 3, 4);
    expect(endingsText(ended(8, 'worn_thin', 13, 4, 3), theirs, new Set([theirs.run.id]))).toMatch(
      /The other, The wrong fix: that run aimed 4 changes away from the level where the tension was and 3 at it;/,
    );
  });

  it('says a workshop month beside a full quarter was shorter by design, not that it stopped early', () => {
    const month = { ...ended(4, 'holding', 50, 0, 0), run: { id: 'm', weeks: 4 } } as RunRecord;
    const text = lastedText(month, ended(8, 'holding', 50, 0, 0))!;
    expect(text).toMatch(/^This run was the four-week workshop month and the other the full eight-week quarter\./);
    expect(text).toMatch(/three visits a week to the month’s two/);
    expect(text).not.toMatch(/stopped|sooner/);
    expect(lastedText(ended(8, 'holding', 50, 0, 0), month)).toMatch(
      /^The other was the four-week workshop month and this run/,
    );
  });
});
