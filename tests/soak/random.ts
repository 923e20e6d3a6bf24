/** 10,000 random quarters for one role, through the real engine: none may end in an error. */
import { expect, it } from 'vitest';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { Game } from '../../src/engine/run/game.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { simulate } from '../../src/engine/drive/simulate.ts';
import type { Role } from '../../src/engine/rules/types.ts';

export function tenThousandRandomQuarters(role: Role): void {
  it(`10,000 random quarters as the ${role} all end (at the end of week 8 or early) without an error`, () => {
    const game = new Game({ story: compileInk('stories/main.ink').json!, random: seededRandom(99) });
    const r = simulate(game, role, 'random', 10_000, role === 'clinician' ? 1 : 2);
    expect(r.errors).toEqual([]);
    expect(Object.values(r.endings).reduce((a, b) => a + b, 0)).toBe(10_000);
    // Random play is not a strategy: it should not settle on one ending.
    expect(Object.values(r.endings).filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
  });
}
