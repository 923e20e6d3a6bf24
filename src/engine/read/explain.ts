/**
 * Every change, named by its true cause, grouped for the screen that shows it.
 * A change is explained on exactly one screen: what lands as a scene opens
 * (consequences, misunderstandings) is listed on that scene; what a decision
 * or the scene itself did, at the scene's end; what the week's slow systems
 * and pressures did, at the week's end. The scene, the week summary and the
 * debrief all read these, and the story tests check that nothing a player can
 * see moves without one of them naming it.
 */
import { characterById } from '../rules/characters.ts';
import { findTerm, termById } from '../rules/glossary.ts';
import { listOf, TARGET_LABEL } from '../rules/prose.ts';
import { ARC_INFO, askedOf, isReviewKnot, paysOffFrom, PLACE_INFO, STRUCTURE_INFO, weeksOf } from '../rules/quarter.ts';
import { netIn, PRESSURE_NAMES, proposedBy, replayLedger, weekOfScene } from './debrief.ts';
import {
  BUDGET_SPIRAL,
  CARE_CRISIS,
  CARE_SPIRAL,
  DEPARTURE_LINE,
  STALL_LINE,
  STRAINED_CARE,
  UNHEARD,
} from '../rules/weekly.ts';
import { readTarget, START_METERS } from '../rules/meters.ts';
import {
  netOf,
  type ChangeRecord,
  type ChangeTarget,
  type GameState,
  type Net,
  type Origin,
  type PressureId,
} from '../rules/rules.ts';
import { TRUST_GROUPS, WEEKS, type Arc, type MeterTarget, type Role, type Structure } from '../rules/types.ts';

export type Moment = 'arrival' | 'scene' | 'week';

/**
 * How a person's trust in the player got from `start` to `now`: the moves logged for them (a
 * choice, a visit, a question asked), and the rest, which came with their group's trust (when a
 * group's trust moves, by however much, each of its people moves 1 the same way, and that is not logged per person).
 * `groupMoves` counts those moves of the group, up and down: ups and downs that cancel leave `withGroup` at
 * nought, and a reader told of the rule should still see that it was applied.
 */
export function personMoves(
  changes: readonly ChangeRecord[],
  id: string,
  start: number,
  now: number,
): { own: ChangeRecord[]; withGroup: number; groupMoves: { up: number; down: number } } {
  const own = changes.filter((c) => c.target === 'person' && c.person === id);
  const logged = own.reduce((sum, c) => sum + (c.after - c.before), 0);
  // A group's move is one its trust (or the three groups' together) actually made, as `applyMeter` moves people.
  const group = characterById(id)?.group;
  const moved = changes.filter((c) => (c.target === 'trust' || c.target === `trust.${group}`) && c.after !== c.before);
  const up = moved.filter((c) => c.after > c.before).length;
  return { own, withGroup: now - start - logged, groupMoves: { up, down: moved.length - up } };
}

/** Which screen explains a change. */
export function momentOf(c: ChangeRecord): Moment {
  switch (c.origin.kind) {
    case 'arc':
    case 'build':
    case 'pressure':
      return 'week';
    case 'nod':
      return 'arrival';
    case 'visit':
    case 'missed':
    case 'ask':
      return 'scene';
    default:
      return c.delayed ? 'arrival' : 'scene';
  }
}

export interface Explained {
  /** Same key, same cause: used to group changes. */
  key: string;
  origin: Origin;
  /** The decision behind it, when one was. */
  decision: number | null;
  /** The cause in a few words: "You nodded at “MFFD” on Monday, in The board round". */
  cause: string;
  /** What happened, when there is more to tell (a misunderstanding's story, a pressure's reason). */
  detail?: string;
  /** What it moved, net (hours and single people's trust left out unless `people`). */
  net: Net[];
  changes: ChangeRecord[];
}

type Source = Pick<GameState, 'decisions' | 'plan'> & { role?: Role | null };

/** A line quoted, cut to `max` characters where it is long: at the last whole word, never inside one. */
const quote = (text: string, max = 90): string => {
  // Quotation marks inside a quote are single, as in print: “the move will ‘release clinical capacity’…”.
  const t = text.trim().replace(/“/g, '‘').replace(/”/g, '’');
  if (t.length <= max) return `“${t}”`;
  const cut = t.slice(0, max - 1);
  const word = t[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `“${(word > max / 2 ? cut.slice(0, word) : cut).replace(/[\s,;:—–-]+$/, '')}…”`;
};

/**
 * A line quoted for the word in it: as `quote`, but when the word comes after the cut, the quote starts at a
 * word shortly before it ("…a man in bay three I'm worried about. When I escalate, I'm calling…"), so the word
 * the cause is about is never the part left out.
 */
const quoteWith = (text: string, term: string, max = 90): string => {
  const t = text.trim();
  const at = findTerm(t, term);
  if (!at || at.end <= max - 1 || t.length <= max) return quote(t, max);
  // About a third of the quote before the word, from the start of a word.
  const from = t.indexOf(' ', Math.max(0, at.start - Math.floor(max / 3))) + 1;
  const start = from > 0 && from <= at.start ? from : at.start;
  return `“…${quote(t.slice(start), max - 1).slice(1)}`;
};

/** A decision named on its own scene's screen, as every line there names one. */
export const youChose = (text: string): string => `You chose ${quote(text)}`;

function keyOf(c: ChangeRecord): string {
  const o = c.origin;
  switch (o.kind) {
    case 'choice':
    case 'jargon':
    case 'intervention':
      // Two consequences of one decision landing together, each with its own cause, are two lines.
      return `d${c.decision}:${o.kind}:${c.delayed ? `later:${c.note ?? ''}` : 'now'}`;
    case 'scene':
      return `s${c.scene}:${c.delayed ? 'later' : 'now'}:${c.target === 'hours' && !c.delayed ? 'hours' : (o.line ?? '')}`;
    case 'nod':
      return `nod:${o.term}:${o.scene}`;
    case 'ask':
      return `ask:${o.term}`;
    case 'arc':
      return `arc:${o.arc}`;
    case 'build':
      return `build:${o.structure}`;
    case 'pressure':
      return `pressure:${o.pressure}:${c.note ?? ''}`;
    case 'visit':
      return `visit:${o.place}`;
    case 'missed':
      return `missed:${o.place}`;
  }
}

/**
 * The cause of a group of changes, in words, from the run it belongs to. On
 * the screen of the decision's own scene (`here`), a decision is named by
 * what was chosen alone.
 */
export function causeText(run: Source, c: ChangeRecord, here?: number): { cause: string; detail?: string } {
  const o = c.origin;
  const d = c.decision !== null ? run.decisions[c.decision] : undefined;
  const when = (scene: number): string => {
    const m = run.plan[scene];
    const week = weekOfScene(run, scene);
    return m ? `${m.day}${week ? ` of week ${week}` : ''}, in “${m.title}”` : 'earlier';
  };
  // Named with its week, unless it landed in the same week; the review closes the quarter, so there every week is named.
  const at = d && d.scene !== here ? decidedAt(run, d, isReviewKnot(run.plan[c.scene]?.knot) ? null : c.week) : null;
  const chose = !d
    ? 'An earlier decision'
    : at
      ? `${at.where}: you chose ${at.what}`
      : youChose(d.text) + proposedBy(run, d);
  switch (o.kind) {
    case 'choice':
      // A delayed consequence carries the writer's `why`: what had happened by the time it landed.
      return { cause: chose, ...(c.note ? { detail: c.note } : {}) };
    case 'jargon':
      return { cause: chose, detail: c.note ?? 'You spoke your own jargon to the other side.' };
    case 'intervention':
      return { cause: chose, ...(c.note ? { detail: c.note } : {}) };
    case 'scene': {
      const m = run.plan[c.scene];
      // A scene's own hours are the time it takes to be there, whatever line the writer hung them on.
      if (c.target === 'hours' && !c.delayed) return { cause: `Time in “${m?.title ?? 'this scene'}”` };
      // What lands later from a line of the story names where it was said, and carries the writer's `why`.
      const where = !c.delayed
        ? `In “${m?.title ?? 'this scene'}”`
        : o.scene !== undefined
          ? when(o.scene)
          : 'Something that happened earlier';
      return {
        cause: o.line ? `${where}: ${quote(o.line)}` : where,
        ...(c.delayed && c.note ? { detail: c.note } : {}),
      };
    }
    case 'nod': {
      const term = termById(o.term);
      const who = o.speaker ? characterById(o.speaker)?.short : null;
      const said = !o.line
        ? ''
        : who
          ? `, when ${who} said ${quoteWith(o.line, o.term)}`
          : `: ${quoteWith(o.line, o.term)}`;
      return {
        cause: `You nodded at “${term?.label ?? o.term}” on ${when(o.scene)}${said}`,
        ...(c.note ? { detail: c.note } : {}),
      };
    }
    case 'ask':
      return { cause: `You asked what “${termById(o.term)?.label ?? o.term}” means` };
    case 'arc': {
      const started = d ? `, started when you chose ${quote(d.text, 60)}` : '';
      return { cause: `${ARC_INFO[o.arc].name}${started}`, detail: c.note ?? ARC_INFO[o.arc].payoff };
    }
    case 'build': {
      const started = d ? `, since you chose ${quote(d.text, 60)}` : '';
      return { cause: `${STRUCTURE_INFO[o.structure].name}${started}`, detail: STRUCTURE_INFO[o.structure].weekly };
    }
    case 'pressure':
      return { cause: c.note ?? 'The week’s pressures' };
    case 'visit':
      return { cause: `You went to ${PLACE_INFO[o.place].name}` };
    case 'missed':
      // The note says where it met (a meeting across town is not the place it is planned from).
      return {
        cause: c.note?.split('; you heard')[0] ?? `You were not at ${PLACE_INFO[o.place].name} for “${o.title}”`,
      };
  }
}

/**
 * The spirals: pressures that run by themselves once a meter is under a line (weekly.ts), and that line:
 * `under` where the rule reads "below", `atOrBelow` where it reads "at or below"; `meaning` says what the
 * line stands for.
 */
type Spiral = { target: MeterTarget; meaning?: string } & ({ under: number } | { atOrBelow: number });
const SPIRALS: Partial<Record<PressureId, Spiral>> = {
  'care-slipping': { target: 'care', under: CARE_SPIRAL },
  'care-crisis': { target: 'care', under: CARE_CRISIS },
  overspend: { target: 'budget', under: BUDGET_SPIRAL },
  // Not spirals, but lines crossed the same way: the stalled savings plan; staff worn down by the state of
  // care and by not being heard (at or below a line); colleagues signed off sick, whose shifts are rota gaps.
  stall: { target: 'trust.clinicians', under: STALL_LINE },
  'wellbeing-care': { target: 'care', atOrBelow: STRAINED_CARE, meaning: 'where shifts turn to firefighting' },
  'wellbeing-trust': { target: 'trust.clinicians', atOrBelow: UNHEARD, meaning: 'where staff feel unheard' },
  'rota-gaps': { target: 'wellbeing', under: DEPARTURE_LINE },
};

/** Why a meter started the quarter already under a line, where the game says so (who the player is). */
const STARTED_SO: Partial<Record<Role, Partial<Record<MeterTarget, string>>>> = {
  manager: { 'trust.clinicians': 'the wards did not yet know whose side their general manager was on' },
};

/** Each change that moved one meter, with that meter before and after it (a trust group's own, from the replayed ledger). */
function movesOn(run: Pick<GameState, 'changes' | 'role'>, target: MeterTarget): Map<ChangeRecord, [number, number]> {
  const out = new Map<ChangeRecord, [number, number]>();
  for (const { change, before, after } of replayLedger(run)) {
    const [from, to] = [readTarget(before, target), readTarget(after, target)];
    if (from !== to) out.set(change, [from, to]);
  }
  return out;
}

/**
 * What set a spiral off: a spiral runs by itself, but its meter was taken under the line by what had
 * happened before, and that is named (the biggest falls in the meter up to the change that crossed the
 * line last before `at`). `first` is whether `at` is the spiral's first push since then, and `since`
 * the week of that first push: the week whose summary told it in full (the stall can start weeks after
 * its line was crossed). Null for a pressure that is not a spiral, or a meter never under its line.
 */
export function setOffBy(
  run: Pick<GameState, 'decisions' | 'plan' | 'changes' | 'role'>,
  at: ChangeRecord,
): SetOff | null {
  // A pressure that lifts a meter (staff lifted by good care) was set off by nothing going wrong.
  if (at.origin.kind !== 'pressure' || at.delta > 0) return null;
  const pressure = at.origin.pressure;
  const spiral = SPIRALS[pressure];
  if (!spiral) return null;
  const { target } = spiral;
  // The meter is under the line below this, whichever way the rule reads.
  const line = 'under' in spiral ? spiral.under : spiral.atOrBelow + 1;
  const mark = 'under' in spiral ? spiral.under : spiral.atOrBelow;
  const moves = movesOn(run, target);
  const upTo = run.changes.indexOf(at);
  let crossed = -1;
  for (let i = 0; i < (upTo < 0 ? run.changes.length : upTo); i++) {
    const move = moves.get(run.changes[i]!);
    if (move && move[0] >= line && move[1] < line) crossed = i;
  }
  const name = target === 'wellbeing' ? 'Staff wellbeing' : TARGET_LABEL[target];
  const role = run.role ?? 'clinician';
  const start = readTarget(START_METERS[role], target);
  // Never crossed, yet pushing: the meter started the quarter under the line and had stayed there.
  if (crossed < 0 && start < line) {
    const since = run.changes.find((c) => c.origin.kind === 'pressure' && c.origin.pressure === pressure)!.week;
    const why = [spiral.meaning, STARTED_SO[role]?.[target]].filter(Boolean).join(': ');
    const crossing = `${name} started the quarter at ${start}, already ${start < mark ? `below ${mark}` : `at ${mark}`}${why ? `, ${why}` : ''}`;
    return { week: 1, since, first: since === at.week, target, crossing, text: `${crossing}.` };
  }
  if (crossed < 0) return null;
  const pushed = run.changes
    .slice(crossed + 1)
    .find((c) => c.origin.kind === 'pressure' && c.origin.pressure === pressure);
  const first = !pushed || pushed === at;
  const fell = (c: ChangeRecord): number => {
    const move = moves.get(c);
    return move ? move[1] - move[0] : 0;
  };
  const week = run.changes[crossed]!.week;
  // A fall, with the minus sign the screens use.
  const fall = (n: number): string => `−${-n}`;
  // A decision's fall at the time and its consequence that caught up later are one cause, told once with
  // both parts (never the same choice twice, under two names for its day).
  type Fall = { where?: string; what: string; delta: number; parts: Map<number, number> };
  const falls: Fall[] = [];
  const byDecision = new Map<number, Fall>();
  for (const e of explain(
    run,
    run.changes.slice(0, crossed + 1).filter((c) => fell(c) < 0),
  )) {
    const delta = e.changes.reduce((n, c) => n + fell(c), 0);
    const d = e.decision === null ? undefined : run.decisions[e.decision];
    if (d && CHOSEN.includes(e.origin.kind)) {
      let cause = byDecision.get(e.decision!);
      if (!cause) {
        // Named from the week the line was crossed: "Friday of week 1" when it was chosen in another.
        cause = { ...decidedAt(run, d, week), delta: 0, parts: new Map() };
        byDecision.set(e.decision!, cause);
        falls.push(cause);
      }
      cause.delta += delta;
      // Each part by the week it landed in (0 for at the time), change by change: one cause can land over weeks.
      for (const c of e.changes) {
        const landed = c.delayed ? c.week : 0;
        cause.parts.set(landed, (cause.parts.get(landed) ?? 0) + fell(c));
      }
    } else
      falls.push({
        // A pressure among the causes by its name, and a cause told as "You nodded at…", lower-cased to sit
        // inside the sentence.
        what:
          e.origin.kind === 'pressure'
            ? PRESSURE_NAMES[e.origin.pressure].replace(/^./, (c) => c.toLowerCase())
            : e.cause.replace(/^You /, 'you '),
        delta,
        // Told by its total: "caught up" is said of a decision's consequences only.
        parts: new Map([[0, delta]]),
      });
  }
  const moved = ({ delta, parts }: Fall): string => {
    const each = [...parts]
      .filter(([, n]) => n < 0)
      .sort(([a], [b]) => a - b)
      .map(([at, n]) => `${fall(n)} ${at === 0 ? 'at the time' : `as it caught up in week ${at}`}`);
    return each.length > 1 ? `${name} ${fall(delta)}: ${listOf(each)}` : `${name} ${fall(delta)}`;
  };
  const top = falls
    .filter((f) => f.delta < 0)
    .sort((a, b) => a.delta - b.delta)
    .slice(0, 3);
  const crossing = `${name} ${'under' in spiral ? `went under ${mark}` : `fell to ${mark} or below`} in week ${week}`;
  const causes = sameScene(top.map((f) => ({ ...f, moved: moved(f) })));
  return {
    week,
    since: pushed?.week ?? week,
    first,
    target,
    crossing,
    causes,
    text: `${crossing}. What took it there most, since week 1: ${causes}.`,
  };
}

/** Causes named by the decision itself, where and what was chosen (`causeText`'s `chose`). */
const CHOSEN: readonly Origin['kind'][] = ['choice', 'jargon', 'intervention'];

/** What set a spiral off (`setOffBy`). */
export interface SetOff {
  /** The week its meter crossed the line (1 when it started under it). */
  week: number;
  /** The week of the spiral's first push since then: the week whose summary told it in full. */
  since: number;
  /** Whether the change asked about is that first push. */
  first: boolean;
  target: MeterTarget;
  /** The line, in words: "Patient care went under 50 in week 3". */
  crossing: string;
  /** What took the meter there most, in words (absent when it started under the line). */
  causes?: string;
  /** The whole sentence or two. */
  text: string;
}

/**
 * Causes with what each moved, one after another; several choices in one scene are said under the scene
 * once ("Monday, “The board round”: you chose “A” (…) and “B” (…)"), in the order they first come up.
 */
function sameScene(causes: readonly { where?: string; what: string; moved: string }[]): string {
  const groups: { where?: string; told: string[] }[] = [];
  for (const { where, what, moved } of causes) {
    const told = `${what} (${moved})`;
    const same = where === undefined ? undefined : groups.find((g) => g.where === where);
    if (same) same.told.push(told);
    else groups.push(where === undefined ? { told: [told] } : { where, told: [told] });
  }
  return groups.map((g) => (g.where === undefined ? g.told[0]! : `${g.where}: you chose ${listOf(g.told)}`)).join('; ');
}

/**
 * Where a decision was made and its words, as a cause names them ("Monday, “The board round”" and the
 * quoted choice); a decision from another week than `week` says which (the same place and day come round
 * every week).
 */
/** Where and what a decision was, its week named unless it is `week` (null: always named). */
function decidedAt(
  run: Source,
  d: GameState['decisions'][number],
  week: number | null,
): { where: string; what: string } {
  const chosenWeek = weekOfScene(run, d.scene);
  return {
    where: `${d.day}${chosenWeek && chosenWeek !== week ? ` of week ${chosenWeek}` : ''}, “${d.sceneTitle}”`,
    what: quote(d.text) + proposedBy(run, d),
  };
}

/** The net of some of a run's changes, each trust group's own move read from the ledger where the run has one. */
function netFor(run: Source, list: readonly ChangeRecord[], leaveOut: readonly ChangeTarget[]): Net[] {
  return 'changes' in run && 'role' in run
    ? netIn(run as Pick<GameState, 'changes' | 'role'>, list, leaveOut)
    : netOf(list, leaveOut);
}

/**
 * Changes grouped by cause, in the order they happened. Hours are kept (they
 * are a cost the player sees); one person's trust is kept only when `people`.
 */
export function explain(
  run: Source,
  changes: readonly ChangeRecord[],
  { people = false, here }: { people?: boolean; here?: number } = {},
): Explained[] {
  const groups = new Map<string, ChangeRecord[]>();
  for (const c of changes) {
    if (c.target === 'person' && !people) continue;
    const key = keyOf(c);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: Explained[] = [];
  for (const [key, list] of groups) {
    const first = list[0]!;
    const net = netFor(run, list, people ? [] : ['person']);
    if (!net.length) continue;
    const cause = causeText(run, first, here);
    // An ask names whom it went to, by what it moved: the person who said the word, or one of the group it earned.
    if (first.origin.kind === 'ask') cause.cause = askedCause(first.origin.term, list) ?? cause.cause;
    out.push({ key, origin: first.origin, decision: first.decision, ...cause, net, changes: list });
  }
  return out;
}

/** Whom a word was asked of, by what the ask moved: the speaker, or one of the group whose trust it earned. */
function askedWhom(term: string, list: readonly ChangeRecord[]): { whom: string; to: string } | null {
  const person = list.find((c) => c.target === 'person')?.person;
  const name = person ? characterById(person)?.short : undefined;
  if (name) return { whom: name, to: '' };
  const group = TRUST_GROUPS.find((g) => list.some((c) => c.target === `trust.${g}`));
  return group ? askedOf(group, termById(term)?.world === 'both') : null;
}

function askedCause(term: string, list: readonly ChangeRecord[]): string | null {
  const asked = askedWhom(term, list);
  return asked ? `You asked ${asked.whom} what “${termById(term)?.label ?? term}” means${asked.to}` : null;
}

/**
 * What landed as scene `scene` opened: consequences of earlier decisions and misunderstandings, one person's
 * trust among them (a choice whose only good news was one person won over must not lose it on the way).
 */
export function arrivals(state: Pick<GameState, 'decisions' | 'plan' | 'changes'>, scene: number): Explained[] {
  return explain(
    state,
    state.changes.filter((c) => c.scene === scene && momentOf(c) === 'arrival'),
    { people: true },
  );
}

/**
 * What the decisions of scene `scene`, and the scene itself, did: people's trust too, since a
 * choice that only won one person over (a promise, an hour spent helping) is still a decision
 * the scene's end should name, and who trusts you decides who tells you what.
 */
export function sceneChanges(state: Pick<GameState, 'decisions' | 'plan' | 'changes'>, scene: number): Explained[] {
  return explain(
    state,
    state.changes.filter(
      (c) => c.scene === scene && momentOf(c) === 'scene' && c.origin.kind !== 'visit' && c.origin.kind !== 'missed',
    ),
    { here: scene, people: true },
  );
}

/**
 * A scene's own changes with one line a decision: a choice that also spoke jargon, or aimed a
 * fix at a level, moved things for each reason, and two lines both saying "You chose …" read
 * as if it had been chosen, and charged, twice. The reasons stay, joined, as its detail.
 */
export function sceneDecisions(state: Pick<GameState, 'decisions' | 'plan' | 'changes'>, scene: number): Explained[] {
  const out: Explained[] = [];
  const at = new Map<number, number>();
  for (const e of sceneChanges(state, scene)) {
    const i = e.decision === null ? undefined : at.get(e.decision);
    if (i === undefined) {
      if (e.decision !== null) at.set(e.decision, out.length);
      out.push(e);
      continue;
    }
    const first = out[i]!;
    const changes = [...first.changes, ...e.changes];
    const details = [first.detail, e.detail].filter((d): d is string => !!d);
    out[i] = {
      ...first,
      changes,
      net: netFor(state, changes, []),
      ...(details.length ? { detail: details.join(' ') } : {}),
    };
  }
  return out.filter((e) => e.net.length);
}

/**
 * The decisions of scene `scene` with consequences still to land (a meter the player can see),
 * named at the scene's end so that what lands later is recognised when it does.
 */
export function stillToCome(state: Pick<GameState, 'decisions' | 'pending'>, scene: number): GameState['decisions'] {
  return state.decisions.filter(
    (d) =>
      d.scene === scene &&
      state.pending.some((p) => p.decision === d.id && !(p.effect.kind === 'meter' && p.effect.target === 'wellbeing')),
  );
}

/**
 * Whether all that decision `id` has still to land (of one origin, with `kind`) falls due after the run's last
 * scene, so never lands. The plan reaches only to the end of the week being played, so only in the last week
 * is its end the run's; and the review is added after that week, so until it is reached its place is the plan's end.
 */
export function landsAfterEnd(
  state: Pick<GameState, 'pending' | 'plan' | 'week' | 'run'>,
  id: number,
  kind?: Origin['kind'],
): boolean {
  if (state.week < weeksOf(state.run)) return false;
  const last = isReviewKnot(state.plan.at(-1)?.knot ?? '') ? state.plan.length - 1 : state.plan.length;
  return state.pending
    .filter((p) => p.decision === id && (!kind || p.origin?.kind === kind))
    .every((p) => p.due > last);
}

export interface SetGoing {
  decision: number;
  kind: 'arc' | 'build';
  name: string;
  /**
   * The week it pays off from in a run of the weeks given (which may fall after the run): a long game's, or the
   * week after a thing built is agreed, when it opens.
   */
  paysFrom?: number;
  /** For a long game begun, the hours it takes each week until it pays off. */
  hours?: number;
}

/** What the decisions of scene `scene` set going for the weeks ahead: long games begun, things built. */
export function setGoing(
  state: Pick<GameState, 'decisions' | 'sources' | 'arcs' | 'week'>,
  scene: number,
  weeks: number = WEEKS,
): SetGoing[] {
  return Object.entries(state.sources).flatMap(([key, id]): SetGoing[] => {
    if (state.decisions[id]?.scene !== scene) return [];
    const [kind, what] = key.split(':') as [string, string];
    if (kind === 'arc' && what in ARC_INFO)
      return [
        {
          decision: id,
          kind,
          name: ARC_INFO[what as Arc].name,
          hours: ARC_INFO[what as Arc].hours,
          paysFrom: paysOffFrom(what as Arc, state.arcs[what as Arc] ?? { started: state.week }, weeks),
        },
      ];
    // What is built opens the Monday after it is agreed, and its weekly good starts then (weekly.ts).
    if (kind === 'build' && what in STRUCTURE_INFO)
      return [{ decision: id, kind, name: STRUCTURE_INFO[what as Structure].name, paysFrom: state.week + 1 }];
    return [];
  });
}

/** What the end of week `week` did: the long game, the buildings, and the pressures nobody chose. */
export function weekEnd(state: Pick<GameState, 'decisions' | 'plan' | 'changes'>, week: number): Explained[] {
  return explain(
    state,
    state.changes.filter((c) => c.week === week && momentOf(c) === 'week'),
  );
}

/**
 * Every change of week `week` by cause, for the week's summary: what the
 * player did in each scene (its decisions and the words they asked about),
 * added up scene by scene since each was shown as it happened; everything
 * else, the scenes' own time and lines included, one cause at a time, so no
 * decision is credited with what the scene did whatever was chosen.
 */
export function weekSummary(state: Pick<GameState, 'decisions' | 'plan' | 'changes'>, week: number): Explained[] {
  const inWeek = state.changes.filter(
    (c) => c.week === week && c.origin.kind !== 'visit' && c.origin.kind !== 'missed',
  );
  const decided = (c: ChangeRecord) => momentOf(c) === 'scene' && c.origin.kind !== 'scene';
  const scenes = [...new Set(inWeek.filter(decided).map((c) => c.scene))];
  // A projector play-through (its decisions carry the room's hands): the decisions were the room's.
  const whose = state.decisions.some((d) => d.votes) ? 'the room’s' : 'your';
  const byScene: Explained[] = scenes.flatMap((scene) => {
    const changes = inWeek.filter((c) => decided(c) && c.scene === scene);
    // The people a decision moved count too: a scene whose choices only won a porter's trust is still one the player decided.
    const net = netFor(state, changes, []);
    const m = state.plan[scene];
    const count = state.decisions.filter((d) => d.scene === scene).length;
    if (!net.length) return [];
    // The words asked about, each with whom it was asked of (as the scene's end named them), one phrase a person.
    const asked = new Map<string, { whom: string; to: string; labels: string[] }>();
    for (const term of new Set(changes.flatMap((c) => (c.origin.kind === 'ask' ? [c.origin.term] : [])))) {
      const of = askedWhom(
        term,
        changes.filter((c) => c.origin.kind === 'ask' && c.origin.term === term),
      ) ?? { whom: '', to: '' };
      const key = `${of.whom}|${of.to}`;
      if (!asked.has(key)) asked.set(key, { ...of, labels: [] });
      asked.get(key)!.labels.push(`“${termById(term)?.label ?? term}”`);
    }
    const did = [
      ...(count ? [`${whose} ${count === 1 ? 'decision' : `${count} decisions`}`] : []),
      ...[...asked.values()].map(
        (a) =>
          `asking ${a.whom ? `${a.whom} ` : ''}what ${listOf(a.labels)} ${a.labels.length === 1 ? 'means' : 'mean'}${a.to}`,
      ),
    ];
    return [
      {
        key: `scene:${scene}`,
        origin: { kind: 'choice' },
        decision: null,
        cause: `${m?.day ?? ''}, “${m?.title ?? 'a scene'}”: ${listOf(did)}`,
        net,
        changes,
      },
    ];
  });
  return [
    ...byScene,
    // People's own trust too, as each scene's decisions have it: a long game's payoff to Grace and Kev, or what
    // landed later with one person, was listed by the debrief and the notebook and left off the week.
    ...explain(
      state,
      inWeek.filter((c) => !decided(c)),
      { people: true },
    ),
  ];
}
