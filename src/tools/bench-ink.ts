/**
 * The bench's baselines (issue 11): the ink runtime on its own, playing the
 * game's own compiled story, so the explorer and the simulator can be given
 * as a share of what raw ink does on the same machine in the same run.
 *
 * - Explore: depth-first over week one's scenes for a role, every choice at
 *   every choice point, backtracking with ink's own saved states, and (as the
 *   explorer does) each scene boundary explored once per distinct set of the
 *   variables the week reads; each path leaves the story where it ended and
 *   only the later choices at a point load its state again, as the explorer's
 *   rewinds do. A state is a choice point or a scene's end.
 * - Quarters: what a random quarter plays, in order, choosing at random: week
 *   one's scenes, then each week's agenda for up to three places picked at
 *   random (the week's scenes there, encounters elsewhere, the rest heard of
 *   second-hand), then the review, as the simulator's random strategy does,
 *   and then one of the endings, picked at random (every quarter the game plays
 *   ends on one; the engine's rules, not ink, say which).
 */
import { Story } from 'inkjs';
import { StoryRunner } from '../engine/run/story.ts';
import { ENDINGS, endingKnot, REVIEW_KNOT, SCHEDULE } from '../engine/rules/quarter.ts';
import { seededRandom } from '../engine/rules/random.ts';
import { agendaFor, MAX_VISITS } from '../engine/rules/weekly.ts';
import { PLACES, WEEKS, type Role, type SceneMeta } from '../engine/rules/types.ts';

export function rawInkExplore(json: string, role: Role): { states: number; paths: number; ms: number } {
  const knots = SCHEDULE[1]!;
  const reads = [...new StoryRunner(json).variablesReadBy(knots)].sort();
  const started = performance.now();
  const story = new Story(json);
  story.variablesState.$('role', role);
  const memo = new Map<string, number>();
  let states = 0;

  const toChoice = (): void => {
    while (story.canContinue) {
      story.Continue();
      void story.currentTags;
    }
  };
  const scene = (index: number): number => {
    if (index >= knots.length) return 1;
    const key = `${index}:${JSON.stringify(reads.map((name) => story.variablesState.$(name)))}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    story.ChoosePathString(knots[index]!);
    toChoice();
    const n = point(index);
    memo.set(key, n);
    return n;
  };
  const point = (index: number): number => {
    states++;
    const count = story.currentChoices.length;
    if (count === 0) return scene(index + 1);
    const saved = story.state.ToJson();
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (i > 0) story.state.LoadJson(saved);
      story.ChooseChoiceIndex(i);
      toChoice();
      total += point(index);
    }
    return total;
  };
  const paths = scene(0);
  return { states, paths, ms: performance.now() - started };
}

export function rawInkQuarters(json: string, runs: number, seed = 3): { quarters: number; ms: number } {
  const random = seededRandom(seed);
  const runner = new StoryRunner(json);
  const metas = new Map<string, SceneMeta>();
  const metaOf = (knot: string): SceneMeta => {
    let meta = metas.get(knot);
    if (!meta) metas.set(knot, (meta = runner.sceneMeta(knot)));
    return meta;
  };
  const weekKnots = (week: number): string[] => {
    if (week === 1) return [...SCHEDULE[1]!];
    const n = Math.floor(random() * (MAX_VISITS + 1));
    const pool = [...PLACES];
    const visits = Array.from({ length: n }, () => pool.splice(Math.floor(random() * pool.length), 1)[0]!);
    return agendaFor(week, visits, metaOf).agenda.map((m) => m.knot);
  };
  const story = new Story(json);
  const started = performance.now();
  for (let run = 0; run < runs; run++) {
    story.ResetState();
    story.variablesState.$('role', run % 2 ? 'manager' : 'clinician');
    const knots = [
      ...Array.from({ length: WEEKS }, (_, w) => weekKnots(w + 1)).flat(),
      REVIEW_KNOT,
      endingKnot(ENDINGS[Math.floor(random() * ENDINGS.length)]!),
    ];
    for (const knot of knots) {
      story.ChoosePathString(knot);
      for (let guard = 0; guard < 200; guard++) {
        while (story.canContinue) {
          story.Continue();
          void story.currentTags;
        }
        const n = story.currentChoices.length;
        if (!n) break;
        story.ChooseChoiceIndex(Math.floor(random() * n));
      }
    }
  }
  return { quarters: runs, ms: performance.now() - started };
}

/** One call the engine made on the ink runtime (what `rawInkReplay` plays again). */
type InkOp =
  | { op: 'reset' }
  | { op: 'set'; name: string; value: unknown }
  | { op: 'path'; knot: string }
  | { op: 'continue' }
  | { op: 'choose'; index: number };

/**
 * Record every call `work` makes on any ink Story (resets, variable writes,
 * knots begun, lines continued, choices taken), so the same ink work can be
 * timed on raw ink alone: what is left over is the engine's own cost.
 */
export function recordInkWork(work: () => void): InkOp[] {
  const ops: InkOp[] = [];
  const story = Story.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const vars = Object.getPrototypeOf(
    new Story('{"inkVersion":21,"root":[["done",null],"done",null],"listDefs":{}}').variablesState,
  ) as Record<string, (...a: unknown[]) => unknown>;
  const wraps: [Record<string, (...a: unknown[]) => unknown>, string, (args: unknown[]) => InkOp | null][] = [
    [story, 'ResetState', () => ({ op: 'reset' })],
    [story, 'ChoosePathString', (a) => ({ op: 'path', knot: String(a[0]) })],
    [story, 'Continue', () => ({ op: 'continue' })],
    [story, 'ChooseChoiceIndex', (a) => ({ op: 'choose', index: Number(a[0]) })],
    [vars, '$', (a) => (a.length > 1 ? { op: 'set', name: String(a[0]), value: a[1] } : null)],
  ];
  const originals = wraps.map(([target, name]) => target[name]!);
  wraps.forEach(([target, name, toOp], i) => {
    const original = originals[i]!;
    target[name] = function (this: unknown, ...args: unknown[]) {
      const op = toOp(args);
      if (op) ops.push(op);
      return original.apply(this, args);
    };
  });
  try {
    work();
  } finally {
    wraps.forEach(([target, name], i) => (target[name] = originals[i]!));
  }
  return ops;
}

/** Play recorded ink work again on a fresh Story, reading each line's text and tags as the engine does. */
export function rawInkReplay(json: string, ops: readonly InkOp[]): { ms: number } {
  const story = new Story(json);
  const started = performance.now();
  for (const o of ops) {
    if (o.op === 'continue') {
      story.Continue();
      void story.currentTags;
    } else if (o.op === 'set') story.variablesState.$(o.name, o.value as never);
    else if (o.op === 'path') story.ChoosePathString(o.knot);
    else if (o.op === 'choose') story.ChooseChoiceIndex(o.index);
    else story.ResetState();
  }
  return { ms: performance.now() - started };
}
