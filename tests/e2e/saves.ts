/** Saves made in Node with the real engine, to start browser tests deep in a quarter. */
import { compileInk } from '../../src/tools/ink-compile.ts';
import { Game } from '../../src/engine/game.ts';
import { seededRandom } from '../../src/engine/explore.ts';
import { checkPlan } from '../../src/engine/weekly.ts';
import type { GameState } from '../../src/engine/rules.ts';
import type { Role } from '../../src/engine/types.ts';

const json = compileInk('stories/main.ink').json!;

/** Play first options (visiting the ward each week) until `stop` holds; return the autosave taken there. */
export function saveWhere(role: Role, stop: (s: GameState, flow: string) => boolean, seed = 'K7M2QX'): string {
  let text = '';
  const game = new Game({ story: json, slot: { write: (t) => (text = t) }, random: seededRandom(1) });
  game.send({ type: 'NEW_GAME' });
  game.send({ type: 'CHOOSE_ROLE', role, seed });
  game.send({ type: 'BEGIN' });
  for (let i = 0; i < 3000; i++) {
    const s = game.state;
    if (stop(s, game.flow)) return text;
    if (s.storyError) throw new Error(s.storyError);
    if (s.screen === 'scene') game.send({ type: 'CHOOSE', index: game.choiceDetails()[0]!.index });
    else if (s.screen === 'plan') game.send({ type: 'PLAN', visits: checkPlan(s, ['ward']).ok ? ['ward'] : [] });
    else if (s.screen === 'debrief') break;
    else game.send({ type: 'NEXT' });
  }
  throw new Error('the quarter ended before the wanted point');
}
