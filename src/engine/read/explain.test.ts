import { describe, expect, it } from 'vitest';
import { applyTags, beginScene, newRun, startDecision, type GameState } from '../rules/rules.ts';
import { TEST_PLAN, tagOf } from '../drive/fixture.ts';
import { sceneChanges } from './explain.ts';
import { netIn } from './debrief.ts';

/** A choice in scene 0 with these tags, after the scene's own lines did `first`. */
function chose(first: string[], tags: string[]): { state: GameState; id: number } {
  const s0 = applyTags(beginScene(newRun('clinician', [...TEST_PLAN], 'K7M2QX'), 0), first.map(tagOf), null);
  const opened = startDecision(s0, 'Do the thing');
  return { state: applyTags(opened.state, tags.map(tagOf), opened.id), id: opened.id };
}

const lineOf = (state: GameState, id: number) => sceneChanges(state, 0).find((e) => e.decision === id)!.net;

describe('a change to all three trust groups, as the scene names it', () => {
  it('is one line when all three moved alike', () => {
    const { state, id } = chose([], ['trust +2']);
    expect(lineOf(state, id)).toEqual([{ target: 'trust', delta: 2 }]);
  });

  it('names each group’s own move when one was at its limit, so the lines add up to the groups', () => {
    // A clinical director's week: front-line staff at 100, "+2 to all three groups" moved the other two 2 each
    // and the rounded average 1, and the card said "Trust of all three groups +1" (or +2) beside groups that
    // had moved 2 and 0.
    const { state, id } = chose(['trust.clinicians +20', 'trust.clinicians +20', 'trust.clinicians +20'], ['trust +2']);
    expect(state.meters.trust.clinicians).toBe(100);
    const own = [
      { target: 'trust.leaders', delta: 2 },
      { target: 'trust.executives', delta: 2 },
    ];
    expect(lineOf(state, id)).toEqual(own);
    // The debrief reads the same changes the same way (its links, its decisions, the pressures' causes).
    expect(
      netIn(
        state,
        state.changes.filter((c) => c.decision === id),
      ),
    ).toEqual(own);
  });
});
