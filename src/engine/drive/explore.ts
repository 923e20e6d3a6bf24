/**
 * The story explorer: plays every path of a week headless, through the real
 * engine, for one role. At each scene boundary, what the rest of the week can
 * offer depends only on the ink variables the story reads (role, the memory
 * flags, and any meter or hours the text tests); states that agree on those
 * are explored once and their path counts reused. The count of paths is
 * therefore exact while the work stays small. Meters are checked on every
 * state explored; clamping (meters.ts) keeps every other path in range too.
 * Used by the story tests, `npm run explore` and the bench.
 */
import { Game } from '../run/game.ts';
import { metersInRange } from '../rules/meters.ts';
import { seededRandom } from '../rules/random.ts';
import type { Role } from '../rules/types.ts';

export interface SceneStats {
  knot: string;
  /** Fewest and most decisions on any path through the scene. */
  minDecisions: number;
  maxDecisions: number;
  /** Fewest options at any choice point. */
  minOptions: number;
  lines: Set<string>;
  choices: Set<string>;
}

export interface ExploreReport {
  role: Role;
  /** Complete paths from the role screen to the end of week one. */
  paths: number;
  /** Game states visited (each after a decision or scene change). */
  states: number;
  /** Distinct story states at scene boundaries (explored once each). */
  boundaries: number;
  problems: string[];
  scenes: SceneStats[];
  /** Delayed consequences that landed in a later scene than their decision. */
  delayedLanded: number;
  final: { budget: [number, number]; care: [number, number]; trust: [number, number] };
  ms: number;
}

export function exploreWeek(story: string | object, role: Role, plan?: readonly string[]): ExploreReport {
  const started = performance.now();
  const game = new Game({ story, ...(plan ? { plan } : {}) });
  const scenes: SceneStats[] = game.plan.map((m) => ({
    knot: m.knot,
    minDecisions: Infinity,
    maxDecisions: 0,
    minOptions: Infinity,
    lines: new Set(),
    choices: new Set(),
  }));
  const problems = new Set<string>();
  const memo = new Map<string, number>();
  const final = { budget: [100, 0], care: [100, 0], trust: [100, 0] } as ExploreReport['final'];
  let states = 0;
  let delayedLanded = 0;

  game.send({ type: 'NEW_GAME' });
  game.send({ type: 'CHOOSE_ROLE', role });
  game.send({ type: 'BEGIN' });

  const where = (): string => {
    const s = game.state;
    return `${role}, ${s.plan[s.sceneIndex]?.knot ?? '?'} after ${s.decisions.map((d) => `"${d.text}"`).join(' → ') || 'no decisions'}`;
  };

  const check = (): boolean => {
    const s = game.state;
    states++;
    if (s.storyError) {
      problems.add(`${where()}: ${s.storyError}`);
      return false;
    }
    if (!metersInRange(s.meters)) problems.add(`${where()}: a meter left 0–100`);
    if (s.hours < 0 || s.hours > s.weekHours) problems.add(`${where()}: hours out of range (${s.hours})`);
    const stats = scenes[s.sceneIndex];
    if (stats) {
      for (const l of s.lines) stats.lines.add(l.text);
      for (const c of s.choices) stats.choices.add(c.text);
    }
    return true;
  };

  const dfs = (): number => {
    if (!check()) return 1;
    const s = game.state;
    if (s.screen === 'week' || s.screen === 'debrief') {
      for (const m of ['budget', 'care', 'trust'] as const) {
        const v = s.history[s.history.length - 1]![m];
        final[m] = [Math.min(final[m][0], v), Math.max(final[m][1], v)];
      }
      delayedLanded = Math.max(
        delayedLanded,
        s.changes.filter((c) => c.delayed && c.decision !== null && s.decisions[c.decision]!.scene < c.scene).length,
      );
      return 1;
    }
    if (s.screen === 'summary') {
      const stats = scenes[s.sceneIndex]!;
      const made = s.decisions.filter((d) => d.scene === s.sceneIndex).length;
      stats.minDecisions = Math.min(stats.minDecisions, made);
      stats.maxDecisions = Math.max(stats.maxDecisions, made);
      const key = game.flowKey();
      const known = memo.get(key);
      if (known !== undefined) return known;
      game.send({ type: 'NEXT' });
      const n = dfs();
      memo.set(key, n);
      return n;
    }
    if (s.screen !== 'scene') {
      problems.add(`${where()}: stopped on the ${s.screen} screen`);
      return 1;
    }
    const options = s.choices.map((c) => c.index);
    const stats = scenes[s.sceneIndex]!;
    stats.minOptions = Math.min(stats.minOptions, options.length);
    if (options.length === 0) {
      problems.add(`${where()}: no choices and the scene is not over (a dead end)`);
      return 1;
    }
    // A bookmark, not a save: the state is never mutated, so keeping it costs nothing.
    // Each path leaves the game where it ended; only the paths after the first need to go back.
    const snap = game.mark();
    let total = 0;
    options.forEach((index, i) => {
      if (i > 0) game.rewind(snap);
      game.send({ type: 'CHOOSE', index });
      total += dfs();
    });
    return total;
  };

  const paths = dfs();
  return {
    role,
    paths,
    states,
    boundaries: memo.size,
    problems: [...problems],
    scenes,
    delayedLanded,
    final,
    ms: performance.now() - started,
  };
}

/** Words a player can read in the lines and choices explored. */
export function wordCount(texts: Iterable<string>): number {
  let n = 0;
  for (const t of texts) n += t.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return n;
}

export interface SampleReport {
  runs: number;
  final: ExploreReport['final'];
  problems: string[];
}

/** Play `runs` whole weeks choosing at random: where the meters can end up. */
export function sampleWeek(story: string | object, role: Role, runs: number, seed = 1): SampleReport {
  const game = new Game({ story });
  const random = seededRandom(seed);
  const final = { budget: [100, 0], care: [100, 0], trust: [100, 0] } as ExploreReport['final'];
  const problems: string[] = [];
  game.send({ type: 'NEW_GAME' });
  game.send({ type: 'CHOOSE_ROLE', role });
  const start = game.snapshot();
  for (let run = 0; run < runs; run++) {
    game.restore(start);
    game.send({ type: 'BEGIN' });
    for (let step = 0; step < 200 && game.state.screen !== 'week'; step++) {
      const s = game.state;
      if (s.storyError) {
        problems.push(s.storyError);
        break;
      }
      if (s.screen === 'summary') game.send({ type: 'NEXT' });
      else {
        const choice = s.choices[Math.floor(random() * s.choices.length)];
        if (!choice) {
          problems.push(`dead end in ${s.plan[s.sceneIndex]?.knot}`);
          break;
        }
        game.send({ type: 'CHOOSE', index: choice.index });
      }
    }
    const end = game.state.history[game.state.history.length - 1]!;
    for (const m of ['budget', 'care', 'trust'] as const) {
      final[m] = [Math.min(final[m][0], end[m]), Math.max(final[m][1], end[m])];
    }
    if (!metersInRange(game.state.meters)) problems.push('a meter left 0–100');
  }
  return { runs, final, problems };
}
