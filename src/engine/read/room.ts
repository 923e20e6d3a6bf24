/**
 * The room: what a facilitator's dashboard makes of the results a workshop
 * hands in (issue 12). Every source comes to one documented shape, a
 * `PlayerEntry`: a result (QR code or pasted text) and a run file are
 * replayed through the real engine, so their numbers are the game's own; a
 * short code carries only its summary. The dashboard adds entries one by
 * one (`takeIn`), refusing what does not belong with a reason, and draws
 * `roomView` of what it holds.
 */
import { Game } from '../run/game.ts';
import { ReplayError, playInput } from '../run/replay.ts';
import { headline } from '../rules/meters.ts';
import { ENDINGS, ENDING_TITLES, pressingLevel, weeksOf, type Ending } from '../rules/quarter.ts';
import {
  ROLES,
  TRUST_GROUPS,
  WEEKS,
  WORKSHOP_WEEKS,
  type CulturalLevel,
  type HeadlineMeter,
  type Role,
  type Screen,
  type TrustGroup,
} from '../rules/types.ts';
import type { ChangeRecord } from '../rules/rules.ts';
import { misunderstandings } from './debrief.ts';
import { recordOf, type RunRecord } from './record.ts';
import { idHash, sessionHash, storyFingerprint, type RoomResult, type ShortSummary } from './result.ts';

/** One decision a player made, as the room sees it. */
export interface PlayerDecision {
  /** The decision point: the scene's knot and which decision of the scene it was (`ward_round#1`). */
  point: string;
  sceneTitle: string;
  week: number;
  /** The options on offer, in the order shown, and the one taken. */
  options: string[];
  chosen: number;
  /** The level the choice intervened at, if it was an intervention. */
  intervene: CulturalLevel | null;
  /** What the choice did to the headline meters straight away. */
  delta: Record<HeadlineMeter, number>;
  /** What it did straight away to each group's trust (the Trust meter is their average); absent in entries kept before. */
  groups?: Record<TrustGroup, number>;
  /** Whether it set something going that landed, or would land, later. */
  later?: boolean;
  /**
   * What it set going that had landed by the hand-in (a change aimed at a level left out: how that landed is the
   * reveal's); absent in entries kept before.
   */
  landed?: Later;
}

/** What came later of a decision: to Budget and Patient care, and to each group's trust. */
export interface Later {
  budget: number;
  care: number;
  groups: Record<TrustGroup, number>;
}

/**
 * What a decision's own changes that `keep` keeps did to Budget, Patient care and each group's trust (what else the
 * same input set off, a scene's closing lines, is not its doing). A move of everyone's trust moves each group.
 */
function movesOf(changes: readonly ChangeRecord[], decision: number, keep: (c: ChangeRecord) => boolean): Later {
  const out: Later = { budget: 0, care: 0, groups: { clinicians: 0, leaders: 0, executives: 0 } };
  for (const c of changes) {
    if (c.decision !== decision || !keep(c)) continue;
    if (c.target === 'budget' || c.target === 'care') out[c.target] += c.after - c.before;
    else if (c.target === 'trust') for (const g of TRUST_GROUPS) out.groups[g] += c.delta;
    else if (c.target.startsWith('trust.')) {
      const g = c.target.slice('trust.'.length) as TrustGroup;
      out.groups[g] += c.after - c.before;
    }
  }
  return out;
}

/**
 * Whether a player has finished: reached an ending. The guide has players hand in from the
 * ending page and open the debrief only after the reveal, and a short code from an earlier
 * release set its "done" bit only in the debrief, so the ending is the test.
 */
export const finished = (e: Pick<PlayerEntry, 'done' | 'ending'>): boolean => e.done || e.ending !== null;

/**
 * Whether a run on this screen has come to its end: its ending page or its debrief. A short code
 * says so in one bit, and it is the same on both pages, so the code a player copied from the
 * ending page is still the one the debrief shows.
 */
export const reachedTheEnd = (screen: Screen): boolean => screen === 'ending' || screen === 'debrief';

export interface PlayerEntry {
  /** Who this is: the run's id, or for a short code its id hash (`code:…`). */
  key: string;
  source: 'result' | 'file' | 'code';
  role: Role;
  /** Whether the run reached its end, its ending page or its debrief (a result handed in mid-quarter has not). */
  done: boolean;
  ending: Ending | null;
  week: number;
  meters: Record<HeadlineMeter, number>;
  /** Interventions aimed at the hidden level, and at another. */
  right: number;
  wrong: number;
  /** Played by a pair (the role is the lead's), and at how many decisions the two proposed different things. */
  pair: boolean;
  differed: number | null;
  /** Decisions and misread words: only from a replayed run, not from a short code. */
  decisions: PlayerDecision[] | null;
  misread: string[] | null;
}

export type TakeIn = { ok: true; entry: PlayerEntry } | { ok: false; reason: string };

/** What a dashboard checks results against: its session and the story this page plays. */
export interface RoomContext {
  session: string;
  /** The compiled story this page plays (text or object). */
  story: string | object;
  /** The session's quarter code (so its hidden level is known). */
  seed: string;
  /** The session's length: `WORKSHOP_WEEKS` for the workshop quarter; absent for the full one. */
  weeks?: number;
  /** A headless game on this story to replay with, reused from one result to the next (one is made when absent). */
  game?: Game;
}

const lengthName = (w: number): string =>
  w === WORKSHOP_WEEKS ? 'the four-week workshop quarter' : 'the full quarter';

const otherLength = (weeks: number, ctx: RoomContext): string =>
  `it was played as ${lengthName(weeks)}, and this session plays ${lengthName(weeksOf(ctx))}`;

const otherQuarter = (seed: string, ctx: RoomContext): string =>
  `it was played on quarter code ${seed}, not this session’s ${ctx.seed}, so its hidden level may not be the room’s (the player probably joined with a code typed wrong): ask them to join again from the screen`;

/** Replay a result through the engine, keeping what the room needs at each decision. */
export function replayResult(ctx: RoomContext, result: RoomResult, source: 'result' | 'file' = 'result'): TakeIn {
  if (result.session !== ctx.session) {
    return {
      ok: false,
      reason: result.session
        ? `it was played in another workshop session (${result.session}, not ${ctx.session})`
        : 'it was played outside this workshop (not from its join link)',
    };
  }
  if (weeksOf(result) !== weeksOf(ctx)) return { ok: false, reason: otherLength(weeksOf(result), ctx) };
  // Everyone in a session plays its quarter code: another code (joined with one typed wrong) has its own hidden level.
  if (result.seed !== ctx.seed) return { ok: false, reason: otherQuarter(result.seed, ctx) };
  if (result.story !== storyFingerprint(ctx.story)) {
    return {
      ok: false,
      reason:
        'it was played on a different version of the game from this dashboard’s (the game was updated during the session): reload this page, ask the player to reload the join link, and add their result again',
    };
  }
  const game =
    ctx.game ?? new Game({ story: ctx.story, slot: null, slotUnavailable: 'a dashboard replay', asides: false });
  const decisions: PlayerDecision[] = [];
  const ids: number[] = [];
  const perScene = new Map<number, number>();
  try {
    game.send({ type: 'TITLE' });
    game.send({ type: 'NEW_GAME' });
    game.send({
      type: 'CHOOSE_ROLE',
      role: result.role,
      seed: result.seed,
      ...(result.pair ? { pair: true } : {}),
      ...(result.weeks ? { weeks: result.weeks } : {}),
    });
    if (game.state.role !== result.role) return { ok: false, reason: 'its role or quarter code is not valid' };
    for (const input of result.inputs) {
      if (input.type !== 'CHOOSE') {
        playInput(game, input);
        continue;
      }
      const s = game.state;
      const meta = s.plan[s.sceneIndex];
      const ordinal = perScene.get(s.sceneIndex) ?? 0;
      perScene.set(s.sceneIndex, ordinal + 1);
      const options = s.choices.map((c) => c.text);
      const chosen = s.choices.findIndex((c) => c.index === input.index);
      const changesBefore = s.changes.length;
      playInput(game, input);
      const d = game.state.decisions[game.state.decisions.length - 1];
      const after = game.state;
      ids.push(d?.id ?? -1);
      decisions.push({
        point: `${meta?.knot ?? '?'}#${ordinal + 1}`,
        sceneTitle: meta?.title ?? '',
        week: s.week,
        options,
        chosen,
        intervene: d?.intervene ?? null,
        delta: {
          budget: (d?.after.budget ?? 0) - (d?.before.budget ?? 0),
          care: (d?.after.care ?? 0) - (d?.before.care ?? 0),
          trust: (d?.after.trust ?? 0) - (d?.before.trust ?? 0),
        },
        groups: movesOf(after.changes.slice(changesBefore), d?.id ?? -1, (c) => !c.delayed).groups,
        // More to come: a consequence waiting to land, or a long arc or a building it started, which pay off week by week.
        later:
          !!d &&
          (after.pending.some((p) => p.decision === d.id) ||
            Object.keys(after.arcs).length > Object.keys(s.arcs).length ||
            after.structures.length > s.structures.length),
      });
    }
  } catch (error) {
    if (error instanceof ReplayError) return { ok: false, reason: `it does not replay on this game: ${error.message}` };
    throw error;
  }
  const s = game.state;
  // What each set going that had landed by the hand-in; a level's card is left out, as how it landed is the reveal's.
  decisions.forEach(
    (d, i) => (d.landed = movesOf(s.changes, ids[i]!, (c) => c.delayed && c.origin.kind !== 'intervention')),
  );
  const record: RunRecord = recordOf(s);
  return {
    ok: true,
    entry: {
      key: result.id,
      source,
      role: result.role,
      done: reachedTheEnd(s.screen),
      ending: s.ending,
      week: s.week,
      meters: headline(s.meters),
      right: s.interventions.filter((i) => i.right).length,
      wrong: s.interventions.filter((i) => !i.right).length,
      pair: s.run.pair !== undefined,
      differed: s.run.pair
        ? s.decisions.filter((d) => d.proposals && d.proposals.lead !== d.proposals.partner).length
        : null,
      decisions,
      misread: misunderstandings(record).map((m) => m.term),
    },
  };
}

/**
 * The run a result stands for, rebuilt by replaying it on `game` (a headless
 * game on this story): how a partner's run, played on another device of the
 * same quarter, reaches a debrief to be compared, through the same codes.
 */
export function runOfResult(
  game: Game,
  story: string | object,
  result: RoomResult,
): { ok: true; run: RunRecord } | { ok: false; reason: string } {
  if (result.story !== storyFingerprint(story)) {
    return { ok: false, reason: 'it was played on a different version of the game' };
  }
  try {
    game.replay({
      role: result.role,
      seed: result.seed,
      inputs: result.inputs,
      ...(result.pair ? { pair: true } : {}),
      ...(result.weeks ? { weeks: result.weeks } : {}),
    });
  } catch (error) {
    if (error instanceof ReplayError) return { ok: false, reason: `it does not replay on this game: ${error.message}` };
    throw error;
  }
  const record = recordOf(game.state);
  record.run = { ...record.run, id: result.id, ...(result.session ? { session: result.session } : {}) };
  return { ok: true, run: record };
}

/** The result a run file's record stands for (its inputs replay it). */
export function resultOfRecord(record: RunRecord, story: string | object): RoomResult | null {
  if (!record.inputs) return null;
  return {
    session: record.run.session ?? '',
    id: record.run.id,
    role: record.role,
    ...(record.run.pair ? { pair: true } : {}),
    ...(record.run.weeks ? { weeks: record.run.weeks } : {}),
    seed: record.seed,
    story: storyFingerprint(story),
    inputs: [...record.inputs],
  };
}

/**
 * A run file's record, replayed as a result is, and held to the figures the file itself carries: a record
 * exported by an earlier version of the game replays its choices on this one, and where the story or the
 * rules have changed since, it would count meters its player never saw. Such a record is refused, with the
 * way the result can still be counted (its short code carries only what the player saw).
 */
export function replayRecord(ctx: RoomContext, record: RunRecord): TakeIn {
  const result = resultOfRecord(record, ctx.story);
  if (!result)
    return { ok: false, reason: 'this run was saved before the game kept what was chosen, so it cannot be replayed' };
  const taken = replayResult(ctx, result, 'file');
  if (!taken.ok) return taken;
  const e = taken.entry;
  const seen = headline(record.meters);
  const same =
    e.week === record.week &&
    e.ending === record.ending &&
    e.decisions?.length === record.decisions.length &&
    (Object.keys(seen) as HeadlineMeter[]).every((m) => e.meters[m] === seen[m]);
  if (same) return taken;
  return {
    ok: false,
    reason:
      'its choices come to other figures on this version of the game than the file holds, so it was played on an earlier version: ask the player for the short code on their ending page, which this dashboard can count',
  };
}

const sameSession = (code: ShortSummary, ctx: RoomContext): boolean =>
  code.sessionHash === sessionHash(ctx.session, ctx.seed, weeksOf(ctx));

/** A short code as an entry: the summary only. */
export function entryOfCode(ctx: RoomContext, code: ShortSummary): TakeIn {
  if (code.version === 1 ? code.sessionHash !== sessionHash(ctx.session) : !sameSession(code, ctx)) {
    const other = weeksOf(ctx) === WORKSHOP_WEEKS ? WEEKS : WORKSHOP_WEEKS;
    return {
      ok: false,
      reason:
        code.sessionHash === sessionHash(ctx.session, ctx.seed, other)
          ? otherLength(other, ctx)
          : `it was played in another workshop session, or on another quarter code (not ${ctx.session} on ${ctx.seed})`,
    };
  }
  return {
    ok: true,
    entry: {
      key: `code:${code.idHash}`,
      source: 'code',
      role: code.role,
      done: code.done,
      ending: code.ending,
      week: code.week,
      meters: { budget: code.budget, care: code.care, trust: code.trust },
      right: code.right,
      wrong: code.wrong,
      pair: false,
      differed: null,
      decisions: null,
      misread: null,
    },
  };
}

/** The short code for a run as it stands. */
export function summaryOf(
  state: Pick<RunRecord, 'role' | 'meters' | 'ending' | 'week' | 'interventions' | 'run' | 'seed'>,
  done: boolean,
): ShortSummary {
  const h = headline(state.meters);
  return {
    role: state.role,
    done,
    ending: state.ending,
    week: state.week,
    budget: h.budget,
    care: h.care,
    trust: h.trust,
    right: state.interventions.filter((i) => i.right).length,
    wrong: state.interventions.filter((i) => !i.right).length,
    sessionHash: sessionHash(state.run.session ?? '', state.seed, weeksOf(state.run)),
    idHash: idHash(state.run.id),
  };
}

/**
 * Add an entry to the room. The same player handed in twice is one player:
 * a later result replaces an earlier one when it has gone further ('updated'),
 * and a short code gives way to the full result of the same run, with its
 * choices ('completed' when the run has gone no further than the code said).
 */
export function addEntry(
  entries: readonly PlayerEntry[],
  entry: PlayerEntry,
): { entries: PlayerEntry[]; outcome: 'added' | 'updated' | 'completed' | 'duplicate' } {
  // Full results are one player by their run id; a short code knows only twenty bits of it.
  const codeKey = (e: PlayerEntry): string => (e.source === 'code' ? e.key : `code:${idHash(e.key)}`);
  const same = (e: PlayerEntry): boolean =>
    e.source !== 'code' && entry.source !== 'code' ? e.key === entry.key : codeKey(e) === codeKey(entry);
  const at = entries.findIndex(same);
  if (at < 0) return { entries: [...entries, entry], outcome: 'added' };
  const old = entries[at]!;
  const progress = (e: PlayerEntry): number => (e.done ? 1000 : 0) + (e.decisions?.length ?? 0) + e.week * 10;
  const better =
    (old.source === 'code' && entry.source !== 'code') ||
    progress(entry) > progress(old) ||
    (entry.source !== 'code' && old.source !== 'code' && (entry.decisions?.length ?? 0) > (old.decisions?.length ?? 0));
  if (!better) return { entries: [...entries], outcome: 'duplicate' };
  const next = [...entries];
  next[at] = entry;
  // A short code carries no choices, so only its week and whether it finished say how far the run had gone.
  const further = entry.week > old.week || (entry.done && !old.done);
  return {
    entries: next,
    outcome: old.source === 'code' && entry.source !== 'code' && !further ? 'completed' : 'updated',
  };
}

// ---------------------------------------------------------------- the view

export interface OptionTally {
  text: string;
  /** Players who took it, by role. */
  count: Record<Role, number>;
  /** Mean immediate change to each headline meter among those who took it. */
  delta: Record<HeadlineMeter, number>;
  /** Mean immediate change to each group's trust (whole points, as the players' screens show them), when known. */
  groups: Record<TrustGroup, number> | null;
  /** How many of those who took it set something going that lands later. */
  later: number;
  /**
   * The mean of what it set going that had landed by each one's hand-in (a level's card left out), over those who
   * took it whose entries say; null when none do.
   */
  landed: Later | null;
  intervene: CulturalLevel | null;
}

export interface DecisionTally {
  point: string;
  sceneTitle: string;
  /** The earliest and latest week players met it in (a place visited in different weeks). */
  week: number;
  lastWeek: number;
  /** Players who reached it, by role. */
  reached: Record<Role, number>;
  /** Options by role: each role sees its own (roles have different moves). */
  options: Record<Role, OptionTally[]>;
}

export interface RoomView {
  players: number;
  finished: number;
  /**
   * Each role's players, how many finished, and their mean meters: of those who finished, once any has
   * (a result handed in at week one beside a finished quarter would average to a move nobody made), and
   * of everyone where they handed in until then. `counted` is how many the means are of.
   */
  byRole: Record<
    Role,
    { players: number; finished: number; counted: number; meters: Record<HeadlineMeter, number> | null }
  >;
  endings: { ending: Ending; title: string; count: Record<Role, number> }[];
  /** The hidden level, and how players aimed their interventions. */
  level: CulturalLevel;
  aimed: { right: number; wrong: number; playersRight: number; playersNone: number };
  decisions: DecisionTally[];
  /**
   * The decisions to put on the projector: of those most of the room reached,
   * the ones where it split most, in the order of the quarter.
   */
  keyDecisions: DecisionTally[];
  /** How many decisions most of the room reached (the key decisions are those of them where it split). */
  reachedByMost: number;
  /** Misread words, most common first (replayed runs only). */
  misread: { term: string; count: number }[];
  /** Players whose decisions the room cannot show (short codes). */
  summaryOnly: number;
  /** Pairs among the results, and the decisions at which a pair proposed different things. */
  pairs: number;
  differed: number;
}

/** How many decisions the dashboard puts up front. */
export const KEY_DECISIONS = 6;

const zeroRoles = (): Record<Role, number> => ({ clinician: 0, manager: 0 });
const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Each list's mean, to one decimal place. */
function means<K extends string>(seen: Record<K, number[]>): Record<K, number> {
  return Object.fromEntries(Object.entries<number[]>(seen).map(([k, xs]) => [k, round1(mean(xs))])) as Record<
    K,
    number
  >;
}

export function roomView(entries: readonly PlayerEntry[], seed: string): RoomView {
  const byRole = Object.fromEntries(
    ROLES.map((role) => {
      const mine = entries.filter((e) => e.role === role);
      const done = mine.filter(finished);
      const counted = done.length ? done : mine;
      return [
        role,
        {
          players: mine.length,
          finished: done.length,
          counted: counted.length,
          meters: counted.length
            ? {
                budget: round1(mean(counted.map((e) => e.meters.budget))),
                care: round1(mean(counted.map((e) => e.meters.care))),
                trust: round1(mean(counted.map((e) => e.meters.trust))),
              }
            : null,
        },
      ];
    }),
  ) as RoomView['byRole'];
  const endings = ENDINGS.map((ending) => {
    const count = zeroRoles();
    for (const e of entries) if (e.ending === ending) count[e.role]++;
    return { ending, title: ENDING_TITLES[ending], count };
  }).filter((e) => e.count.clinician + e.count.manager > 0);

  const points = new Map<string, DecisionTally>();
  const deltas = new Map<string, Record<HeadlineMeter, number[]>>();
  const groupsSeen = new Map<string, Record<TrustGroup, number[]>>();
  const landedSeen = new Map<string, Record<'budget' | 'care' | TrustGroup, number[]>>();
  for (const e of entries) {
    // A player who meets the same scene again (a place visited twice) is counted the first time.
    const met = new Set<string>();
    for (const d of e.decisions ?? []) {
      if (met.has(d.point)) continue;
      met.add(d.point);
      let t = points.get(d.point);
      if (!t) {
        t = {
          point: d.point,
          sceneTitle: d.sceneTitle,
          week: d.week,
          lastWeek: d.week,
          reached: zeroRoles(),
          options: { clinician: [], manager: [] },
        };
        points.set(d.point, t);
      }
      t.week = Math.min(t.week, d.week);
      t.lastWeek = Math.max(t.lastWeek, d.week);
      t.reached[e.role]++;
      const list = t.options[e.role];
      for (const text of d.options) {
        if (!list.some((o) => o.text === text)) {
          list.push({
            text,
            count: zeroRoles(),
            delta: { budget: 0, care: 0, trust: 0 },
            groups: null,
            later: 0,
            landed: null,
            intervene: null,
          });
        }
      }
      const option = list.find((o) => o.text === d.options[d.chosen]);
      if (!option) continue;
      option.count[e.role]++;
      option.intervene = d.intervene;
      const key = `${d.point}|${e.role}|${option.text}`;
      const seen = deltas.get(key) ?? { budget: [], care: [], trust: [] };
      for (const m of ['budget', 'care', 'trust'] as const) seen[m].push(d.delta[m]);
      deltas.set(key, seen);
      if (d.later) option.later++;
      if (d.landed) {
        const l = landedSeen.get(key) ?? { budget: [], care: [], clinicians: [], leaders: [], executives: [] };
        l.budget.push(d.landed.budget);
        l.care.push(d.landed.care);
        for (const group of TRUST_GROUPS) l[group].push(d.landed.groups[group] ?? 0);
        landedSeen.set(key, l);
      }
      if (d.groups) {
        const g = groupsSeen.get(key) ?? { clinicians: [], leaders: [], executives: [] };
        for (const group of TRUST_GROUPS) g[group].push(d.groups[group] ?? 0);
        groupsSeen.set(key, g);
      }
    }
  }
  for (const t of points.values()) {
    for (const role of ROLES) {
      for (const o of t.options[role]) {
        const key = `${t.point}|${role}|${o.text}`;
        const seen = deltas.get(key);
        if (seen) o.delta = means(seen);
        const groups = groupsSeen.get(key);
        if (groups) o.groups = means(groups);
        const landed = landedSeen.get(key);
        if (landed) {
          const m = means(landed);
          o.landed = {
            budget: m.budget,
            care: m.care,
            groups: { clinicians: m.clinicians, leaders: m.leaders, executives: m.executives },
          };
        }
      }
    }
  }
  const order = (t: DecisionTally): number => t.week * 1000 + (t.reached.clinician + t.reached.manager > 0 ? 0 : 1);
  const decisions = [...points.values()].sort(
    (a, b) =>
      order(a) - order(b) || b.reached.clinician + b.reached.manager - (a.reached.clinician + a.reached.manager),
  );

  const replayed = entries.filter((e) => e.decisions !== null).length;
  const split = (t: DecisionTally): number => {
    // How evenly the room divided: 1 minus the largest option's share, per role, averaged over the roles there.
    const shares = ROLES.filter((r) => t.reached[r] > 0).map(
      (r) => 1 - Math.max(...t.options[r].map((o) => o.count[r])) / t.reached[r],
    );
    return mean(shares);
  };
  const reachedByMost = decisions.filter((t) => t.reached.clinician + t.reached.manager >= Math.max(2, replayed / 2));
  // Only where the room divided: a decision everyone of a role took alike is no split to talk about.
  const keyDecisions = reachedByMost
    .filter((t) => split(t) > 0)
    .sort((a, b) => split(b) - split(a))
    .slice(0, KEY_DECISIONS)
    .sort((a, b) => decisions.indexOf(a) - decisions.indexOf(b));

  const misread = new Map<string, number>();
  for (const e of entries) for (const term of new Set(e.misread ?? [])) misread.set(term, (misread.get(term) ?? 0) + 1);

  return {
    players: entries.length,
    finished: entries.filter(finished).length,
    byRole,
    endings,
    level: pressingLevel(seed),
    aimed: {
      right: entries.reduce((n, e) => n + e.right, 0),
      wrong: entries.reduce((n, e) => n + e.wrong, 0),
      playersRight: entries.filter((e) => e.right > 0).length,
      playersNone: entries.filter((e) => e.right + e.wrong === 0).length,
    },
    decisions,
    keyDecisions,
    reachedByMost: reachedByMost.length,
    misread: [...misread]
      .map(([term, count]) => ({ term, count }))
      .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term)),
    summaryOnly: entries.filter((e) => e.decisions === null).length,
    pairs: entries.filter((e) => e.pair).length,
    differed: entries.reduce((n, e) => n + (e.differed ?? 0), 0),
  };
}

// ---------------------------------------------------------------- CSV

/** One CSV field: quoted when it holds a comma, a quote or a line break; formula characters defused. */
function field(value: string | number | boolean | null): string {
  let s = value === null ? '' : String(value);
  // A spreadsheet would run a cell that starts with = + - @ as a formula: a leading apostrophe keeps it text.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (values: (string | number | boolean | null)[]): string => values.map(field).join(',');

export const PLAYER_COLUMNS = [
  'session',
  'player',
  'source',
  'role',
  'finished',
  'week',
  'ending',
  'budget',
  'care',
  'trust',
  'aimed_at_hidden_level',
  'aimed_elsewhere',
  'misread_words',
  'pair',
  'pair_differed_at',
] as const;

export const DECISION_COLUMNS = [
  'session',
  'player',
  'role',
  'week',
  'scene',
  'decision',
  'choice',
  'intervened_at',
  'budget_change',
  'care_change',
  'trust_change',
  // What it set going that had landed by the hand-in (a level's card left out); empty in entries kept before.
  'budget_later',
  'care_later',
  'front_line_trust_later',
  'clinical_leaders_trust_later',
  'executives_trust_later',
] as const;

/** One row per player. */
export function playersCsv(session: string, entries: readonly PlayerEntry[]): string {
  return [
    row([...PLAYER_COLUMNS]),
    ...entries.map((e) =>
      row([
        session,
        e.key,
        e.source,
        e.role,
        finished(e),
        e.week,
        e.ending ? ENDING_TITLES[e.ending] : '',
        e.meters.budget,
        e.meters.care,
        e.meters.trust,
        e.right,
        e.wrong,
        e.misread ? e.misread.join('; ') : '',
        // Rooms kept before pairs existed have neither field.
        e.pair ?? false,
        e.differed ?? null,
      ]),
    ),
  ].join('\r\n');
}

/** One row per player per decision (players from short codes have none). */
export function decisionsCsv(session: string, entries: readonly PlayerEntry[]): string {
  return [
    row([...DECISION_COLUMNS]),
    ...entries.flatMap((e) =>
      (e.decisions ?? []).map((d) =>
        row([
          session,
          e.key,
          e.role,
          d.week,
          d.sceneTitle,
          d.point,
          d.options[d.chosen] ?? '',
          d.intervene ?? '',
          d.delta.budget,
          d.delta.care,
          d.delta.trust,
          ...(d.landed
            ? [d.landed.budget, d.landed.care, ...TRUST_GROUPS.map((g) => d.landed!.groups[g])]
            : ['', '', '', '', '']),
        ]),
      ),
    ),
  ].join('\r\n');
}

/** Read CSV text back into rows of fields (RFC 4180), for checking an export. */
export function parseCsv(csv: string): string[][] {
  // A byte-order mark (the dashboard writes one, for Excel) is not part of the first field.
  const text = csv.startsWith('\uFEFF') ? csv.slice(1) : csv;
  const rows: string[][] = [];
  let fieldText = '';
  let current: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        fieldText += '"';
        i++;
      } else if (c === '"') quoted = false;
      else fieldText += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      current.push(fieldText);
      fieldText = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      current.push(fieldText);
      rows.push(current);
      current = [];
      fieldText = '';
    } else fieldText += c;
  }
  if (fieldText || current.length) {
    current.push(fieldText);
    rows.push(current);
  }
  return rows;
}

/**
 * How a count is written on the room's wall: exactly, as "1 or 2", or as "3 or more".
 */
export type WallCount = 'exact' | 'few' | 'many';

/** Counts of one to this are never written exactly on the wall: one can point at a person. */
export const WALL_FEW = 3;

/**
 * How to write on the wall the counts of one partition whose total the room can see or work out (the
 * options of one role's side of a decision, one role's endings, the players who did and did not do
 * something): a count of one or two is written "1 or 2", and where the total and the exact counts would
 * then pin it down ("3 · 1 or 2 · 5" of 10 is a 2), the smallest exact counts that can absorb it are
 * written "3 or more" too. Null when no such writing hides every one or two: the partition is then not
 * shown at all. Zero is written exactly: it points at nobody.
 */
export function wallCounts(cells: readonly number[]): WallCount[] | null {
  const shown: WallCount[] = cells.map((c) => (c > 0 && c < WALL_FEW ? 'few' : 'exact'));
  if (!shown.includes('few')) return shown;
  // Exact counts that could be written "3 or more" instead, smallest first (the least taken from the room).
  const spare = cells
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c >= WALL_FEW)
    .sort((a, b) => a.c - b.c || a.i - b.i);
  for (;;) {
    if (wallHides(cells, shown)) break;
    const next = spare.shift();
    if (!next) return null;
    shown[next.i] = 'many';
  }
  // Then as few "3 or more" as hide it: each is written exactly again if the rest still do.
  shown.forEach((w, i) => {
    if (w !== 'many') return;
    shown[i] = 'exact';
    if (!wallHides(cells, shown)) shown[i] = 'many';
  });
  return shown;
}

/**
 * Whether, given the partition's total and what is written, every count written "1 or 2" could still be
 * either: a 1 could be a 2 if another hidden count could be one less (a "1 or 2" that is a 2, or a
 * "3 or more" of four or more), and a 2 could be a 1 if another could be one more (a 1, or any "3 or more").
 */
export function wallHides(cells: readonly number[], shown: readonly WallCount[]): boolean {
  return cells.every((c, i) => {
    if (shown[i] !== 'few') return true;
    return cells.some((d, j) => {
      if (j === i) return false;
      if (shown[j] === 'few') return c === 1 ? d === 2 : d === 1;
      if (shown[j] === 'many') return c === 1 ? d >= WALL_FEW + 1 : true;
      return false;
    });
  });
}
