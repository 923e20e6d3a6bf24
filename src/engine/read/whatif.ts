/**
 * The road not taken: for each decision of a run, replay the run headless to
 * the moment before it, take every other choice in turn and measure what that
 * choice itself did — at once, and what it set in motion to land later. The
 * figures are computed by the real engine, never written by hand.
 */
import { Game } from '../run/game.ts';
import { chosenIndex, ReplayError, wordsChosen, type ReplaySource } from '../run/replay.ts';
import { sameChoice } from '../run/legacy-choices.ts';
import { applyMeterEffect, headline } from '../rules/meters.ts';
import { weeksOf, type Ending } from '../rules/quarter.ts';
import type { ChangeRecord, GameState, PendingEffect } from '../rules/rules.ts';
import { longGame } from '../rules/weekly.ts';
import { headlinePoints, limitsMet, netIn } from './debrief.ts';
import {
  HEADLINE_METERS,
  type Arc,
  type CulturalLevel,
  type HeadlineMeter,
  type Role,
  type Structure,
} from '../rules/types.ts';

export interface Outcome {
  /** Headline meters moved by the choice before the next decision (or the end of its scene). */
  now: Record<HeadlineMeter, number>;
  /**
   * What landed later, applied to the meters as they stood: what it scheduled,
   * and what an arc it started or a thing it built pays off week by week to the
   * end of the quarter (`slow`).
   */
  later: Record<HeadlineMeter, number>;
  /** The part of `later` that is an arc's or a building's weekly payoff. */
  slow: Record<HeadlineMeter, number>;
  /** now + later. */
  total: Record<HeadlineMeter, number>;
  /** Hidden wellbeing, now and later together. */
  wellbeing: number;
  /** Hours the choice took (positive). */
  hours: number;
  /**
   * Net change in each named person's trust in the player, by character id
   * (only people the choice itself moved, not the share of a group's move).
   */
  people: Record<string, number>;
  /** The part of `people` that came later: scheduled by the choice, or paid by an arc it started. */
  peopleLater: Record<string, number>;
  arcs: Arc[];
  builds: Structure[];
  /**
   * A change aimed at a level, and the part of `later` that its fit to the tension moved (the same for any
   * change at that level): what the choice did on its own is the rest, so the table can tell them apart.
   */
  intervene: { level: CulturalLevel; right: boolean; moved: Record<HeadlineMeter, number> } | null;
  /** Set when the choice would have ended the quarter there and then. */
  ending: Ending | null;
}

export interface Alternative {
  index: number;
  text: string;
  chosen: boolean;
  outcome: Outcome;
  /**
   * The choice made only, when less of what it set in motion really landed than
   * the figures (worked out like every other choice's) show: what did land
   * later, and why the rest did not.
   */
  landed?: { later: Record<HeadlineMeter, number>; why: ('limit' | 'ended')[] };
}

/**
 * What really landed later from decision `id` in the finished run, when less
 * landed than was set in motion: a meter already at its limit took less, or
 * the quarter ended first. Null when all of it landed.
 */
export function landedLater(
  run: { changes: readonly ChangeRecord[]; pending: readonly PendingEffect[]; role: Role },
  id: number,
  limits: ReturnType<typeof limitsMet> = limitsMet(run),
): NonNullable<Alternative['landed']> | null {
  const own = run.changes.filter(
    (c) => c.delayed && c.decision === id && c.target !== 'hours' && c.target !== 'person',
  );
  const why: ('limit' | 'ended')[] = [];
  // A change to all three groups logs their average, rounded: whether a group stopped short is read from the
  // ledger, group by group, not from that rounding.
  const mine = new Set(own);
  if (limits.some((l) => mine.has(l.change) && l.target !== 'wellbeing')) why.push('limit');
  if (run.pending.some((p) => p.decision === id && p.effect.kind === 'meter' && p.effect.target !== 'wellbeing'))
    why.push('ended');
  if (!why.length) return null;
  // Each group's own move, from the ledger: "+1 and +1" to two groups is +⅔ on the Trust meter, which rounds to 1.
  const net = netIn(run, own, ['hours', 'person', 'wellbeing']);
  const moved = (t: string) => net.filter((n) => n.target === t).reduce((s, n) => s + n.delta, 0);
  const trust = net
    .filter((n) => n.target === 'trust' || n.target.startsWith('trust.'))
    .reduce((s, n) => s + headlinePoints(n.target, n.delta), 0);
  return {
    later: { budget: moved('budget'), care: moved('care'), trust: Math.round(trust) },
    why,
  };
}

export interface WhatIf {
  decision: number;
  alternatives: Alternative[];
}

const diff = (a: Record<HeadlineMeter, number>, b: Record<HeadlineMeter, number>): Record<HeadlineMeter, number> => ({
  budget: a.budget - b.budget,
  care: a.care - b.care,
  trust: a.trust - b.trust,
});

const add = (a: Record<HeadlineMeter, number>, b: Record<HeadlineMeter, number>): Record<HeadlineMeter, number> => ({
  budget: a.budget + b.budget,
  care: a.care + b.care,
  trust: a.trust + b.trust,
});

/** Each person's net trust move in `changes` (as it landed, after the 0–100 limits), added to `into`; people back where they were are left out. */
function peopleMoved(
  changes: readonly ChangeRecord[],
  into: Readonly<Record<string, number>> = {},
): Record<string, number> {
  const out: Record<string, number> = { ...into };
  for (const c of changes)
    if (c.target === 'person' && c.person) out[c.person] = (out[c.person] ?? 0) + c.after - c.before;
  for (const id of Object.keys(out)) if (!out[id]) delete out[id];
  return out;
}

/** Each person's total (what the choice moved at once plus `later`) and the later part; anyone moved either way is kept. */
function peopleOf(
  own: readonly ChangeRecord[],
  later: Readonly<Record<string, number>>,
): Pick<Outcome, 'people' | 'peopleLater'> {
  const peopleLater = peopleMoved([], later);
  const people = peopleMoved(own, later);
  for (const id of Object.keys(peopleLater)) people[id] ??= 0;
  return { people, peopleLater };
}

function addPeople(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const out = { ...a };
  for (const [id, n] of Object.entries(b)) out[id] = (out[id] ?? 0) + n;
  return out;
}

/**
 * What the arcs and buildings a choice started pay off, week by week, from the
 * week it was made to `lastWeek`: the long game played on its own, on the
 * meters as they stood, so nothing else the quarter did is counted.
 */
function slowPayoff(
  before: GameState,
  after: GameState,
  lastWeek: number,
): { meters: GameState['meters']; people: Record<string, number> } {
  const arcs = Object.fromEntries(Object.entries(after.arcs).filter(([a]) => !before.arcs[a as Arc]));
  const structures = after.structures.filter((b) => !before.structures.includes(b));
  let alone: GameState = { ...after, arcs, structures, changes: [] };
  if (Object.keys(arcs).length || structures.length)
    for (let week = after.week; week <= lastWeek; week++) alone = longGame(alone, week);
  return { meters: alone.meters, people: peopleMoved(alone.changes) };
}

/**
 * What decision `id` did, read from the state just after it: its own changes
 * only (the shared lines of the scene that follow it, and misunderstandings
 * from words nodded at, are not the choice's doing), what it scheduled, and
 * what the arcs and buildings it started pay off until `lastWeek` (the week
 * the quarter ended; without it, nothing of theirs is counted).
 */
export function outcomeOf(before: GameState, after: GameState, id: number, lastWeek = 0): Outcome {
  const own = after.changes.filter((c) => c.decision === id);
  let chosen = before.meters;
  for (const c of own) {
    if (c.target === 'hours' || c.target === 'person') continue;
    chosen = applyMeterEffect(chosen, { kind: 'meter', target: c.target, delta: c.delta });
  }
  let meters = chosen;
  let fit = chosen;
  let laterWellbeing = 0;
  // A person's trust it scheduled for later counts with what it moved at once (each within 0–100).
  const laterPeople: Record<string, number> = {};
  for (const p of after.pending) {
    if (p.decision !== id) continue;
    if (p.effect.kind === 'person') {
      const { id: who, delta } = p.effect;
      const at = (after.people[who] ?? 50) + (laterPeople[who] ?? 0);
      laterPeople[who] = (laterPeople[who] ?? 0) + Math.max(0, Math.min(100, at + delta)) - at;
      continue;
    }
    if (p.effect.target === 'wellbeing') laterWellbeing += p.effect.delta;
    meters = applyMeterEffect(meters, p.effect);
    if (p.origin?.kind === 'intervention') fit = applyMeterEffect(fit, p.effect);
  }
  // The long game on its own, from the meters as the choice left them; its effect is added on top.
  const long = slowPayoff(before, { ...after, meters: chosen }, lastWeek);
  const slow = diff(headline(long.meters), headline(chosen));
  const now = diff(headline(chosen), headline(before.meters));
  const scheduled = diff(headline(meters), headline(chosen));
  const later = add(scheduled, slow);
  const newIntervention = after.interventions.find((i) => i.decision === id);
  return {
    now,
    later,
    slow,
    total: add(now, later),
    wellbeing: chosen.wellbeing - before.meters.wellbeing + laterWellbeing + (long.meters.wellbeing - chosen.wellbeing),
    hours: -own.filter((c) => c.target === 'hours').reduce((s, c) => s + c.delta, 0),
    ...peopleOf(own, addPeople(long.people, laterPeople)),
    arcs: (Object.keys(after.arcs) as Arc[]).filter((a) => !before.arcs[a]),
    builds: after.structures.filter((b) => !before.structures.includes(b)),
    intervene: newIntervention
      ? {
          level: newIntervention.level,
          right: newIntervention.right,
          moved: diff(headline(fit), headline(chosen)),
        }
      : null,
    ending: before.ending === null ? after.ending : null,
  };
}

/**
 * Every decision that had a choice to make, with what each of its choices
 * would have done. `game` must be a headless game of the same story.
 */
export function whatIfs(game: Game, source: ReplaySource, only?: ReadonlySet<number>): WhatIf[] {
  return [...whatIfSteps(game, source, only)].filter((w): w is WhatIf => w !== null);
}

/**
 * The same, one input at a time (null between decisions), so a view can
 * spread the work over frames and never freeze the page. With `only`, just
 * those decisions are worked out (the rest are replayed as they were).
 */
export function* whatIfSteps(game: Game, source: ReplaySource, only?: ReadonlySet<number>): Generator<WhatIf | null> {
  if (!source.inputs) throw new ReplayError('this run was saved before the game kept what you did');
  // Slow work is counted to the week the quarter really ended in.
  const lastWeek = source.week ?? weeksOf(source.run ?? { weeks: source.weeks });
  // A finished run (a record or a state) says what really landed of the choices made.
  const finished =
    source.changes && source.pending ? { changes: source.changes, pending: source.pending, role: source.role } : null;
  const limits = finished ? limitsMet(finished) : [];
  const landedIn = (run: NonNullable<typeof finished>, id: number): Pick<Alternative, 'landed'> => {
    const landed = landedLater(run, id, limits);
    return landed ? { landed } : {};
  };
  game.replay(source, 0);
  for (const input of source.inputs) {
    let found: WhatIf | null = null;
    // A choice is known by its words when the run kept them: on a story changed since, it may stand elsewhere.
    const chose = wordsChosen(source, game.state.decisions.length, input);
    if (input.type === 'CHOOSE') {
      const before = game.state;
      const id = before.decisions.length;
      const taken =
        chose === undefined ? input.index : chosenIndex(before.choices, input.index, (text) => sameChoice(text, chose));
      if (taken !== undefined && before.choices.length > 1 && (!only || only.has(id))) {
        const mark = game.mark();
        const alternatives: Alternative[] = [];
        for (const c of before.choices) {
          game.send({ type: 'CHOOSE', index: c.index });
          alternatives.push({
            index: c.index,
            text: c.text,
            chosen: c.index === taken,
            outcome: outcomeOf(before, game.state, id, lastWeek),
            ...(c.index === taken && finished ? landedIn(finished, id) : {}),
          });
          game.rewind(mark);
        }
        found = { decision: id, alternatives };
      }
    }
    // A choice whose words are gone stops here, with the reason.
    game.play(input, chose);
    yield found;
  }
}

/** The alternative that would have done most, of all worked out: what was chosen, what might have been, and the gain. */
export interface BestWhatIf {
  decision: number;
  chosen: Alternative;
  instead: Alternative;
  /** Headline points gained in all (budget + care + trust, now and later). */
  gain: number;
  /** Hours of the player's week it would have taken beyond the choice made (negative: fewer). */
  hours: number;
}

const sum = (o: Outcome): number => o.total.budget + o.total.care + o.total.trust;

/**
 * The single what-if that would have done most, at no meter's cost: of the other choices that left
 * Budget, Patient care, Trust and the staff's hidden wellbeing each at least where the choice made did,
 * the one that gained most in all. A choice that traded one meter for another is not put forward as the quarter's best missed
 * move: whether Patient care is worth a budget point is the player's to weigh, not the sum's. Hours the player did not have
 * are counted already (an hour past the week's end is overtime, which costs wellbeing at once); the hours it would have
 * taken beyond the choice made come with it, for the player to weigh against what else the week held.
 */
export function bestWhatIf(found: Iterable<WhatIf>): BestWhatIf | null {
  let best: BestWhatIf | null = null;
  for (const w of found) {
    const chosen = w.alternatives.find((a) => a.chosen);
    if (!chosen) continue;
    for (const a of w.alternatives) {
      if (a.chosen || a.outcome.ending) continue;
      const worse =
        HEADLINE_METERS.some((m) => a.outcome.total[m] < chosen.outcome.total[m]) ||
        a.outcome.wellbeing < chosen.outcome.wellbeing;
      const gain = sum(a.outcome) - sum(chosen.outcome);
      if (!worse && gain > 0 && (!best || gain > best.gain))
        best = { decision: w.decision, chosen, instead: a, gain, hours: a.outcome.hours - chosen.outcome.hours };
    }
  }
  return best;
}
