/**
 * The story's variables stay true to the game state. The engine writes only
 * the groups of variables whose part of the state changed since the last
 * write (`syncVars`), and a rewind keeps what was written at the bookmark; so
 * whenever the story is at a choice, in whole random quarters with rewinds
 * and asks between, each variable ink holds must equal what the full
 * `inkVars` works out afresh. (Between scenes the story is not running; the
 * next scene writes what the week's end moved before it begins.)
 */
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { Game, type Bookmark } from '../../src/engine/run/game.ts';
import { inkVars } from '../../src/engine/run/step.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { move, STRATEGIES } from '../../src/engine/drive/simulate.ts';
import type { StoryRunner } from '../../src/engine/run/story.ts';

const story = compileInk('stories/main.ink').json!;

function mismatches(game: Game): string[] {
  const inside = game as unknown as { story: Parameters<typeof inkVars>[0]; runner: StoryRunner };
  const out: string[] = [];
  for (const [name, value] of Object.entries(inkVars(inside.story, game.state))) {
    if (!inside.runner.readVariables.has(name)) continue;
    const held = inside.runner.getVar(name);
    if (held !== value) out.push(`${name}: ink holds ${String(held)}, the state says ${String(value)}`);
  }
  return out;
}

describe('ink variables', () => {
  it('match the state after every event, through rewinds', () => {
    const random = seededRandom(11);
    const game = new Game({ story, random: seededRandom(4) });
    let checked = 0;
    for (const role of ['clinician', 'manager'] as const) {
      for (let run = 0; run < 3; run++) {
        game.send({ type: 'TITLE' });
        game.send({ type: 'NEW_GAME' });
        game.send({ type: 'CHOOSE_ROLE', role });
        game.send({ type: 'BEGIN' });
        let mark: Bookmark | null = null;
        for (let step = 0; step < 400 && game.state.screen !== 'debrief'; step++) {
          // Now and then take a bookmark, play on a little, and come back to it.
          if (step % 17 === 5) mark = game.mark();
          if (step % 17 === 9 && mark) {
            game.rewind(mark);
            if (game.state.screen === 'scene') expect(mismatches(game), `after a rewind, step ${step}`).toEqual([]);
          }
          move(game, STRATEGIES.random!, random);
          if (game.state.screen !== 'scene') continue;
          expect(mismatches(game), `${role}, step ${step}`).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
