/**
 * Balance, per role, through the real engine with the simulator's strategies:
 * every ending is reachable; no fixed strategy beats a player who diagnoses
 * the pressing level and targets it; aiming at the wrong level costs trust;
 * and (in random-*.test.ts, one file per role so they run side by side)
 * 10,000 random quarters finish without an error.
 */
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { Game } from '../../src/engine/game.ts';
import { seededRandom } from '../../src/engine/explore.ts';
import { simulate, STRATEGIES, type StrategyReport } from '../../src/engine/simulate.ts';
import { ENDINGS, type Ending } from '../../src/engine/quarter.ts';
import { ROLES } from '../../src/engine/types.ts';

const json = compileInk('stories/main.ink').json!;
const RUNS = 150;
const FIXED = ['random', 'first', 'greedy-budget', 'greedy-care', 'greedy-trust', 'front-line', 'formal', 'wrong'];

describe.each(ROLES)('balance as the %s', (role) => {
  const game = new Game({ story: json, random: seededRandom(role.length) });
  const reports = new Map<string, StrategyReport>();
  const run = (key: string): StrategyReport => {
    let r = reports.get(key);
    if (!r) {
      r = simulate(game, role, key, RUNS, 101);
      reports.set(key, r);
    }
    return r;
  };

  it('every strategy finishes its quarters without an error', () => {
    for (const key of Object.keys(STRATEGIES)) expect(run(key).errors, key).toEqual([]);
  });

  it('every ending is reachable', () => {
    const seen = new Set<Ending>();
    for (const key of Object.keys(STRATEGIES)) {
      for (const e of ENDINGS) if (run(key).endings[e] > 0) seen.add(e);
    }
    expect([...seen].sort()).toEqual([...ENDINGS].sort());
  });

  it('no fixed strategy reaches the best ending more often than diagnosing and targeting the pressing level', () => {
    const target = run('diagnose').endings.common_ground;
    expect(target, 'the diagnosing player reaches Common ground').toBeGreaterThan(RUNS * 0.2);
    for (const key of FIXED) expect(run(key).endings.common_ground, key).toBeLessThanOrEqual(target);
  });

  it('aiming at the wrong level ends with lower trust than aiming at the right one', () => {
    expect(run('wrong').mean.trust).toBeLessThan(run('right').mean.trust - 5);
  });
});
