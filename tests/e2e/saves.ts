/** Saves made in Node with the real engine, to start browser tests deep in a quarter. */
import { compileInk } from '../../src/tools/ink-compile.ts';
import { autosaveWhere, STRATEGIES } from '../../src/engine/drive/simulate.ts';
import type { GameState } from '../../src/engine/rules/rules.ts';
import type { Role } from '../../src/engine/rules/types.ts';

const json = compileInk('stories/main.ink').json!;

/**
 * Play first options (visiting the ward each week), or the simulator's strategy `strategy`, until `stop` holds;
 * return the autosave taken there.
 */
export function saveWhere(
  role: Role,
  stop: (s: GameState, flow: string) => boolean,
  seed = 'K7M2QX',
  strategy?: keyof typeof STRATEGIES,
): string {
  return autosaveWhere(json, role, stop, { seed, ...(strategy ? { strategy: STRATEGIES[strategy] } : {}) });
}
