/**
 * The balance simulator: plays whole quarters headless through the real
 * engine (the same Game the browser runs), with strategies that plan the
 * map, answer the story's choices and deal with jargon in set ways. Used by
 * `npm run simulate`, the balance tests and the bench.
 */
import { Game } from '../run/game.ts';
import { headline, metersInRange } from '../rules/meters.ts';
import { characterById } from '../rules/characters.ts';
import { ENDINGS, FORMAL_LEADERS, PLACE_INFO, SCHEDULE, type Ending } from '../rules/quarter.ts';
import { checkPlan, maxVisits } from '../rules/weekly.ts';
import type { RunnerChoice } from '../run/story.ts';
import type { ChangeRecord, GameState } from '../rules/rules.ts';
import { START_METERS } from '../rules/meters.ts';
import {
  LEVELS,
  PLACES,
  type CulturalLevel,
  type HeadlineMeter,
  type Place,
  type Role,
  type Tag,
} from '../rules/types.ts';
import { seededRandom } from '../rules/random.ts';

export interface Strategy {
  name: string;
  /** Places to visit this week, in order. */
  plan(state: GameState, random: () => number): Place[];
  /** Which of the live choices to take (position in the list). */
  choose(state: GameState, choices: readonly RunnerChoice[], random: () => number): number;
  /** Whether to ask about an unknown term on screen. */
  ask(state: GameState, term: string, random: () => number): boolean;
  /** True when it never looks at what a choice does (so the simulator need not read choice bodies). */
  blind?: boolean;
}

const FRONT_LINE: readonly string[] = ['okafor', 'bello', 'nair', 'doyle'];

/** What a choice's tags do to one headline meter right away (trust as the mean of its groups). */
function effectOn(tags: readonly Tag[], m: HeadlineMeter): number {
  let sum = 0;
  for (const t of tags) {
    if (t.kind !== 'effect' || t.effect.kind !== 'meter') continue;
    const { target, delta } = t.effect;
    if (target === m) sum += delta;
    else if (m === 'trust' && target.startsWith('trust.')) sum += delta / 3;
  }
  return sum;
}

function sumWhere(tags: readonly Tag[], pick: (t: Tag) => number): number {
  return tags.reduce((s, t) => s + pick(t), 0);
}

function best(choices: readonly RunnerChoice[], score: (c: RunnerChoice) => number): number {
  let at = 0;
  let top = -Infinity;
  choices.forEach((c, i) => {
    const v = score(c);
    if (v > top) {
      top = v;
      at = i;
    }
  });
  return at;
}

const interventionOf = (c: RunnerChoice): CulturalLevel | null => {
  for (const t of c.tags) if (t.kind === 'intervene') return t.level;
  return null;
};

/** Where week `week`'s scheduled scenes happen (read from the knots' names' places via the schedule's metadata cache). */
function scheduledPlaces(week: number): Place[] {
  return (SCHEDULE[week] ?? []).flatMap((knot) => {
    const place = SCENE_PLACES.get(knot);
    return place ? [place] : [];
  });
}
/** Filled by the simulator from the story it plays (knot → place). */
export const SCENE_PLACES = new Map<string, Place>();

/** Take up to three affordable places from a preference list. */
function affordable(state: GameState, prefer: readonly Place[]): Place[] {
  const out: Place[] = [];
  for (const p of prefer) {
    if (out.length >= maxVisits(state)) break;
    const next = [...out, p];
    const check = checkPlan(state, next);
    if (check.ok && check.hours <= state.weekHours * 0.75) out.push(p);
  }
  return out;
}

/** How much a choice does for front-line people and for listening. */
function frontLineScore(c: RunnerChoice): number {
  return sumWhere(c.tags, (t) => {
    if (t.kind === 'skill' && t.skill === 'listening') return 2;
    if (t.kind === 'effect' && t.effect.kind === 'person' && FRONT_LINE.includes(t.effect.id)) return t.effect.delta;
    if (t.kind === 'effect' && t.effect.kind === 'meter' && t.effect.target === 'trust.clinicians')
      return t.effect.delta;
    return 0;
  });
}

function formalScore(c: RunnerChoice): number {
  return sumWhere(c.tags, (t) => {
    if (t.kind === 'effect' && t.effect.kind === 'meter') {
      if (t.effect.target === 'trust.leaders' || t.effect.target === 'trust.executives') return t.effect.delta;
      if (t.effect.target === 'trust.clinicians') return -0.5;
    }
    if (t.kind === 'effect' && t.effect.kind === 'person') {
      const c = characterById(t.effect.id);
      return c && c.standing >= 4 ? t.effect.delta : 0;
    }
    if (t.kind === 'effect' && t.effect.kind === 'hours') return t.effect.delta; // prefers quick
    return 0;
  });
}

function randomPlaces(state: GameState, random: () => number): Place[] {
  const n = Math.floor(random() * (maxVisits(state) + 1));
  const pool = [...PLACES];
  const out: Place[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return checkPlan(state, out).ok ? out : [];
}

/** Weigh the clues heard: front-line voices count double, formal leaders' filtered views not at all. */
export function diagnose(state: GameState): { level: CulturalLevel | null; weight: number } {
  const weights: Record<CulturalLevel, number> = { organisation: 0, department: 0, practice: 0 };
  for (const c of state.clues) {
    if (c.speaker && (FORMAL_LEADERS as readonly string[]).includes(c.speaker)) continue;
    const standing = c.speaker ? (characterById(c.speaker)?.standing ?? 3) : 3;
    weights[c.level] += standing <= 2 ? 2 : 1;
  }
  const ranked = [...LEVELS].sort((a, b) => weights[b] - weights[a]);
  const top = ranked[0]!;
  const lead = weights[top] - weights[ranked[1]!];
  return { level: weights[top] > 0 ? top : null, weight: lead };
}

const greedy = (m: HeadlineMeter, places: readonly Place[]): Strategy => ({
  name: `greedy ${m}`,
  plan: (s) => affordable(s, places),
  choose: (_s, cs) => best(cs, (c) => effectOn(c.tags, m) - 0.01 * interventionPenalty(c)),
  ask: () => false,
});
const interventionPenalty = (c: RunnerChoice): number => (interventionOf(c) ? 1 : 0);

/**
 * Adversarial players that run one meter into the ground, to prove the early
 * endings can happen: they take the worst option for it, work themselves and
 * everyone else into the ground (worn-out staff leave, and the gaps cost care
 * and money), and run down the front line's trust and the wards' care too,
 * since those drive the budget's own spirals. The care sink never aims at a level,
 * so a quarter it wears down without breaking ends as worn thin.
 */
const sink = (m: HeadlineMeter): Strategy => ({
  name: `sink ${m}`,
  // Budget and care sinks go where this week's scenes are: more decisions to get wrong.
  plan: (s) =>
    m === 'trust'
      ? affordable(s, ['exec', 'finance'])
      : [...new Set([...scheduledPlaces(s.week + 1), 'exec', 'finance', 'clinic'] as Place[])].slice(0, maxVisits(s)),
  choose: (s, cs) =>
    best(cs, (c) => {
      const l = interventionOf(c);
      const jargon = c.tags.some((t) => t.kind === 'jargon') ? 3 : 0;
      const hours = sumWhere(c.tags, (t) => (t.kind === 'effect' && t.effect.kind === 'hours' ? -t.effect.delta : 0));
      const wellbeing = sumWhere(c.tags, (t) =>
        t.kind === 'effect' && t.effect.kind === 'meter' && t.effect.target === 'wellbeing' ? -t.effect.delta : 0,
      );
      const spent = m === 'trust' ? 0 : hours + wellbeing;
      const frontLine = sumWhere(c.tags, (t) =>
        t.kind === 'effect' && t.effect.kind === 'meter' && t.effect.target === 'trust.clinicians'
          ? -t.effect.delta
          : 0,
      );
      const knockOn = m === 'budget' ? -effectOn(c.tags, 'care') * 0.5 : m === 'care' ? frontLine * 0.5 : 0;
      // The trust sink aims at the wrong level; the care sink aims at nothing, so what ends its quarter is the
      // care it ran down, not a tally of wrong fixes.
      const aim = m === 'trust' ? jargon + (l && l !== s.pressing ? 5 : 0) : m === 'care' && l ? -20 : 0;
      return -effectOn(c.tags, m) + spent + knockOn + aim;
    }),
  ask: () => false,
});

export const STRATEGIES: Record<string, Strategy> = {
  random: {
    name: 'random',
    plan: randomPlaces,
    choose: (_s, cs, r) => Math.floor(r() * cs.length),
    ask: (_s, _t, r) => r() < 0.5,
    blind: true,
  },
  first: {
    name: 'always first',
    plan: () => [],
    choose: () => 0,
    ask: () => false,
    blind: true,
  },
  'greedy-budget': greedy('budget', ['finance', 'exec']),
  'greedy-care': greedy('care', ['ward', 'ed', 'clinic']),
  'greedy-trust': greedy('trust', ['cafe', 'ward', 'exec']),
  'front-line': {
    name: 'front line first',
    plan: (s) => affordable(s, ['ward', 'ed', 'cafe', 'theatres']),
    choose: (_s, cs) => best(cs, frontLineScore),
    ask: (s) => s.hours >= 1,
  },
  formal: {
    name: 'formal leaders only',
    plan: (s) => affordable(s, ['exec', 'finance']),
    choose: (_s, cs) => best(cs, formalScore),
    ask: () => false,
  },
  right: {
    name: 'right level (knows the answer)',
    plan: (s) => affordable(s, ['ward', 'ed', 'cafe']),
    choose: (s, cs) =>
      best(cs, (c) => {
        const l = interventionOf(c);
        return (l === s.pressing ? 10 : l ? -10 : 0) + frontLineScore(c) * 0.5 + effectOn(c.tags, 'trust');
      }),
    ask: (s) => s.hours >= 1,
  },
  wrong: {
    name: 'wrong level',
    plan: (s) => affordable(s, ['exec', 'finance', 'ward']),
    choose: (s, cs) =>
      best(cs, (c) => {
        const l = interventionOf(c);
        return (l && l !== s.pressing ? 10 : l ? -10 : 0) + effectOn(c.tags, 'trust');
      }),
    ask: () => false,
  },
  'sink-budget': sink('budget'),
  'sink-care': sink('care'),
  'sink-trust': sink('trust'),
  'never-asks': {
    name: 'random, never asks',
    plan: randomPlaces,
    // Never asks in the words box, nor takes a choice that asks what a word means while another is on offer.
    choose: (_s, cs, r) => {
      const pool = cs.filter((c) => !c.tags.some((t) => t.kind === 'asks'));
      return pool.length ? cs.indexOf(pool[Math.floor(r() * pool.length)]!) : Math.floor(r() * cs.length);
    },
    ask: () => false,
    blind: true,
  },
  diagnose: {
    name: 'diagnose, then target',
    plan: (s) => affordable(s, s.week < 4 ? ['ward', 'ed', 'cafe'] : ['ward', 'cafe', 'ed']),
    choose: (s, cs) => {
      const d = diagnose(s);
      const sure = d.level !== null && d.weight >= 2;
      return best(cs, (c) => {
        const l = interventionOf(c);
        const aim = l ? (sure ? (l === d.level ? 10 : -10) : -3) : 0;
        return aim + frontLineScore(c) + effectOn(c.tags, 'trust') * 0.5;
      });
    },
    ask: (s) => s.hours >= 1,
  },
};

/** Meters a quarter's losses are counted on (trust as the headline mean, so a group's change counts a third). */
export type LossMeter = 'budget' | 'care' | 'trust';

/**
 * What a quarter lost on each headline meter, in all and from misunderstandings
 * (nods that came back): the sum of every fall, whatever rose elsewhere.
 */
export function losses(changes: readonly ChangeRecord[]): Record<LossMeter, { all: number; misread: number }> {
  const out = { budget: { all: 0, misread: 0 }, care: { all: 0, misread: 0 }, trust: { all: 0, misread: 0 } };
  for (const c of changes) {
    const moved = c.after - c.before;
    if (moved >= 0) continue;
    const on: LossMeter | null =
      c.target === 'budget' || c.target === 'care' || c.target === 'trust'
        ? c.target
        : c.target.startsWith('trust.')
          ? 'trust'
          : null;
    if (!on) continue;
    const amount = -moved / (c.target.startsWith('trust.') ? 3 : 1);
    out[on].all += amount;
    if (c.origin.kind === 'nod') out[on].misread += amount;
  }
  return out;
}

export interface QuarterResult {
  ending: Ending;
  /** Week the quarter ended in (8 for a full quarter). */
  week: number;
  budget: number;
  care: number;
  trust: number;
  groups: Record<'clinicians' | 'leaders' | 'executives', number>;
  right: number;
  wrong: number;
  scenes: number;
  decisions: number;
  seen: string[];
  /** Staff wellbeing at the start and the end, and the lowest it fell to at a week's end. */
  wellbeing: { start: number; end: number; low: number };
  /** Staff signed off sick with stress (each a rota gap from the week after). */
  leavers: number;
  losses: Record<LossMeter, { all: number; misread: number }>;
  error?: string;
}

/**
 * One move of a strategy: on a scene, ask about the words it wants to and
 * choose; on the map, plan the week; elsewhere, press on. Returns why it
 * could not move, when it could not.
 */
export function move(game: Game, strategy: Strategy, random: () => number): string | null {
  const s = game.state;
  switch (s.screen) {
    case 'scene': {
      for (const u of s.unknown)
        if (!u.choice && strategy.ask(s, u.term, random)) game.send({ type: 'ASK', term: u.term });
      const choices = game.choiceDetails(!strategy.blind);
      if (!choices.length) return `no choices in ${s.plan[s.sceneIndex]?.knot}`;
      const pick = choices[strategy.choose(game.state, choices, random)] ?? choices[0]!;
      game.send({ type: 'CHOOSE', index: pick.index });
      return null;
    }
    case 'plan': {
      const visits = strategy.plan(s, random);
      game.send({ type: 'PLAN', visits: checkPlan(s, visits).ok ? visits : [] });
      return null;
    }
    case 'summary':
    case 'week':
    case 'ending':
      game.send({ type: 'NEXT' });
      return null;
    default:
      return `stuck on the ${s.screen} screen`;
  }
}

/**
 * Move with a strategy until `done` holds (checked before every move), calling
 * `each` with the state before and after each move. Returns why it stopped
 * before `done`, when it did: a story error, a meter out of range, no move.
 */
export function playOn(
  game: Game,
  strategy: Strategy,
  random: () => number,
  done: (game: Game) => boolean,
  each?: (before: GameState, after: GameState) => void,
): string | null {
  for (let step = 0; step < 2000; step++) {
    const s = game.state;
    if (s.storyError) return `${s.plan[s.sceneIndex]?.knot ?? '?'}: ${s.storyError}`;
    if (!metersInRange(s.meters)) return `a meter left 0–100 in ${s.plan[s.sceneIndex]?.knot}`;
    if (done(game)) return null;
    const error = move(game, strategy, random);
    if (error) return error;
    each?.(s, game.state);
  }
  return `did not finish (on the ${game.state.screen} screen)`;
}

/** First choice every time, no questions, the ward every week: a plain player for saves deep in a quarter. */
export const FIRST_AT_THE_WARD: Strategy = {
  ...STRATEGIES.first!,
  name: 'first choice, the ward',
  plan: () => ['ward'],
};

/** Start a quarter and play it with a strategy; return the autosave the game wrote when `stop` first held. */
export function autosaveWhere(
  story: string | object,
  role: Role,
  stop: (state: GameState, flow: string) => boolean,
  { seed = 'K7M2QX', strategy = FIRST_AT_THE_WARD, random = seededRandom(1) } = {},
): string {
  let text = '';
  const game = new Game({ story, slot: { write: (t) => (text = t) }, random });
  game.send({ type: 'NEW_GAME' });
  game.send({ type: 'CHOOSE_ROLE', role, seed });
  game.send({ type: 'BEGIN' });
  const error = playOn(game, strategy, random, (g) => stop(g.state, g.flow) || g.state.screen === 'debrief');
  if (error) throw new Error(error);
  if (!stop(game.state, game.flow)) throw new Error('the quarter ended before the wanted point');
  return text;
}

/** Play one whole quarter with a strategy. `game` is reused between runs (the story is parsed once). */
export function playQuarter(
  game: Game,
  role: Role,
  strategy: Strategy,
  random: () => number,
  seed?: string,
  weeks?: number,
): QuarterResult {
  if (!SCENE_PLACES.size)
    for (const knots of Object.values(SCHEDULE)) for (const k of knots) SCENE_PLACES.set(k, game.metaOf(k).place);
  game.send({ type: 'TITLE' });
  game.send({ type: 'NEW_GAME' });
  game.send({ type: 'CHOOSE_ROLE', role, ...(seed ? { seed } : {}), ...(weeks ? { weeks } : {}) });
  game.send({ type: 'BEGIN' });
  const error = playOn(game, strategy, random, (g) => g.state.screen === 'debrief');
  const s = game.state;
  const h = headline(s.meters);
  return {
    ending: s.ending ?? 'holding',
    week: s.week,
    ...h,
    groups: { ...s.meters.trust },
    right: s.interventions.filter((i) => i.right).length,
    wrong: s.interventions.filter((i) => !i.right).length,
    scenes: s.sceneIndex + 1,
    decisions: s.decisions.length,
    seen: s.plan.slice(0, s.sceneIndex + 1).map((m) => m.knot),
    wellbeing: wellbeingPath(s),
    leavers: s.leavers.reduce((n, l) => n + l.count, 0),
    losses: losses(s.changes),
    ...(error !== null ? { error } : {}),
  };
}

/** Wellbeing at the start, the end, and its lowest at any week's end, rebuilt from the ledger. */
function wellbeingPath(s: GameState): QuarterResult['wellbeing'] {
  const start = START_METERS[s.role ?? 'clinician'].wellbeing;
  let now = start;
  let low = start;
  let week = 1;
  for (const c of s.changes) {
    if (c.week !== week) {
      low = Math.min(low, now);
      week = c.week;
    }
    if (c.target === 'wellbeing') now = c.after;
  }
  return { start, end: s.meters.wellbeing, low: Math.min(low, now) };
}

export interface StrategyReport {
  strategy: string;
  role: Role;
  runs: number;
  endings: Record<Ending, number>;
  mean: { budget: number; care: number; trust: number };
  meanWeek: number;
  meanDecisions: number;
  /** Mean staff wellbeing change over the quarter, the share of quarters where it moved 5 or more, and leavers. */
  wellbeing: { change: number; moved: number; leavers: number };
  /** Share of each meter's total loss that came from misunderstandings, 0–1. */
  misreadShare: Record<LossMeter, number>;
  errors: string[];
  ms: number;
}

/** Play `runs` quarters with a strategy, each with a fresh random quarter code (`weeks`: 4 plays the workshop quarter). */
export function simulate(game: Game, role: Role, key: string, runs: number, seed = 1, weeks?: number): StrategyReport {
  const strategy = STRATEGIES[key];
  if (!strategy) throw new Error(`unknown strategy "${key}" (have: ${Object.keys(STRATEGIES).join(', ')})`);
  const random = seededRandom(seed);
  const endings = Object.fromEntries(ENDINGS.map((e) => [e, 0])) as Record<Ending, number>;
  const total = { budget: 0, care: 0, trust: 0, week: 0, decisions: 0 };
  const wb = { change: 0, moved: 0, leavers: 0 };
  const lost = { budget: { all: 0, misread: 0 }, care: { all: 0, misread: 0 }, trust: { all: 0, misread: 0 } };
  const errors: string[] = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const r = playQuarter(game, role, strategy, random, undefined, weeks);
    if (r.error) errors.push(r.error);
    endings[r.ending]++;
    total.budget += r.budget;
    total.care += r.care;
    total.trust += r.trust;
    total.week += r.week;
    total.decisions += r.decisions;
    wb.change += r.wellbeing.end - r.wellbeing.start;
    if (Math.abs(r.wellbeing.end - r.wellbeing.start) >= 5 || r.wellbeing.start - r.wellbeing.low >= 5) wb.moved++;
    wb.leavers += r.leavers;
    for (const m of ['budget', 'care', 'trust'] as const) {
      lost[m].all += r.losses[m].all;
      lost[m].misread += r.losses[m].misread;
    }
  }
  const mean = (n: number): number => Math.round((n / runs) * 10) / 10;
  return {
    strategy: strategy.name,
    role,
    runs,
    endings,
    mean: { budget: mean(total.budget), care: mean(total.care), trust: mean(total.trust) },
    meanWeek: mean(total.week),
    meanDecisions: mean(total.decisions),
    wellbeing: { change: mean(wb.change), moved: wb.moved / runs, leavers: mean(wb.leavers) },
    misreadShare: {
      budget: lost.budget.all ? lost.budget.misread / lost.budget.all : 0,
      care: lost.care.all ? lost.care.misread / lost.care.all : 0,
      trust: lost.trust.all ? lost.trust.misread / lost.trust.all : 0,
    },
    errors: [...new Set(errors)],
    ms: performance.now() - started,
  };
}

export { PLACE_INFO };
