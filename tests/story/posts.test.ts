/**
 * Larch's vacancies are a ledger, not a mood. Week one puts them at 3.2 WTE
 * (three whole posts); the manager can convert one to a pharmacy technician
 * (finance), one to an outlier coordinator (week 6 or 7), and recruit to the
 * rest to end their agency (week 7's savings plan). Played greedily for posts,
 * no quarter may spend more posts than Larch has, and the savings plan must
 * speak of the posts still there.
 */
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { Game } from '../../src/engine/run/game.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { move, STRATEGIES, type Strategy } from '../../src/engine/drive/simulate.ts';
import { checkPlan } from '../../src/engine/rules/weekly.ts';
import type { StoryRunner } from '../../src/engine/run/story.ts';
import type { Place } from '../../src/engine/rules/types.ts';

const story = compileInk('stories/main.ink').json!;

const POSTS = /vacan|Larch post|Release non-recurrent money/;

/** Where the scenes that spend a post are met: week 6's outliers in ED, week 7's assurance in the executive suite. */
const POST_SCENES: Record<number, Place> = { 6: 'ed', 7: 'exec' };

/**
 * Goes to the finance office whenever it can (from week 5 only, when `late`, so the technician
 * post comes after the others), and takes every choice about posts.
 */
const greedy = (late: boolean): Strategy => ({
  name: 'greedy for posts',
  plan: (state, random) => {
    const week = state.week + 1;
    const scene = POST_SCENES[week];
    // Half the time leave the post's scene out, so the savings plan is also reached with two posts left.
    const plans: Place[][] = scene && random() < 0.5 ? [[scene, 'finance'], [scene]] : [];
    if (!late || week >= 5) plans.push(['finance']);
    for (const plan of plans) if (checkPlan(state, plan).ok) return plan;
    return [];
  },
  choose: (_s, choices, random) => {
    const post = choices.findIndex((c) => POSTS.test(c.text));
    return post >= 0 ? post : Math.floor(random() * choices.length);
  },
  ask: () => false,
});

describe('Larch posts', () => {
  it('are never spent twice, and the savings plan offers only the posts left', () => {
    const random = seededRandom(8);
    const game = new Game({ story, random: seededRandom(2) });
    const runner = (game as unknown as { runner: StoryRunner }).runner;
    const lowest: number[] = [];
    const offered = new Set<string>();
    for (let run = 0; run < 12; run++) {
      game.send({ type: 'TITLE' });
      game.send({ type: 'NEW_GAME' });
      game.send({ type: 'CHOOSE_ROLE', role: 'manager' });
      game.send({ type: 'BEGIN' });
      let low = 3;
      for (let step = 0; step < 600 && game.state.screen !== 'debrief'; step++) {
        if (game.state.screen === 'scene') {
          const left = Number(runner.getVar('larch_posts'));
          low = Math.min(low, left);
          for (const c of game.choiceDetails(false)) {
            if (!c.text.startsWith('Recruit to')) continue;
            offered.add(c.text);
            expect(c.text, `with ${left} posts left`).toContain(
              left >= 2 ? 'two of Larch’s vacancies' : 'Larch’s last vacancy',
            );
          }
        }
        expect(move(game, greedy(run % 2 === 1), random)).toBeNull();
      }
      expect(game.state.screen).toBe('debrief');
      lowest.push(low);
    }
    expect(Math.min(...lowest)).toBe(0);
    // Greedy play reaches the savings plan with one post and with two.
    expect([...offered].sort()).toEqual([
      'Recruit to Larch’s last vacancy, and end the agency covering it',
      'Recruit to two of Larch’s vacancies, and end the agency covering them',
    ]);
  });

  it('random play never overdraws them either', () => {
    const game = new Game({ story, random: seededRandom(6) });
    const runner = (game as unknown as { runner: StoryRunner }).runner;
    const random = seededRandom(12);
    for (let run = 0; run < 20; run++) {
      game.send({ type: 'TITLE' });
      game.send({ type: 'NEW_GAME' });
      game.send({ type: 'CHOOSE_ROLE', role: 'manager' });
      game.send({ type: 'BEGIN' });
      for (let step = 0; step < 600 && game.state.screen !== 'debrief'; step++) {
        if (game.state.screen === 'scene') expect(Number(runner.getVar('larch_posts'))).toBeGreaterThanOrEqual(0);
        move(game, STRATEGIES.random!, random);
      }
    }
  });
});
