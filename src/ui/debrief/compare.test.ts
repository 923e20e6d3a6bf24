import { describe, expect, it } from 'vitest';
import { afterParting } from './compare.ts';
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
      'After it, 1 of the 2 later decisions differs too, so the difference below is not that choice’s alone.',
    );
    // One run went on longer (the other ended early): its extra decisions differ.
    expect(afterParting(run('a', 'b', 'c', 'd', 'e'), run('a', 'x', 'c'), 1)).toMatch(/^After it, 2 of the 3 later/);
    expect(afterParting(run('a', 'b'), run('a', 'x'), 1)).toBe(
      'Nothing was decided after it, so the difference below is that choice’s.',
    );
  });
});
