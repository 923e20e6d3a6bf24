/**
 * The rules of a run, as pure functions on GameState: each takes a state and
 * returns a new one. The Game facade (game.ts) calls them and writes the result
 * to the store; tests and tools can call them directly.
 */
import { applyMeterEffect, clamp, headline, readTarget, START_METERS, WEEK_HOURS, type Meters } from './meters.ts';
import type {
  Arc,
  Authority,
  Barrier,
  CulturalLevel,
  Effect,
  HeadlineMeter,
  MeterEffect,
  MeterTarget,
  Mood,
  PersonEffect,
  Place,
  Role,
  SceneMeta,
  Structure,
  Tag,
} from './types.ts';
import type { Skill } from './skills.ts';
import { METER_TARGETS, TRUST_GROUPS, type TrustGroup, type WORKSHOP_WEEKS } from './types.ts';
import { SKILLS } from './skills.ts';
import { characterById } from './characters.ts';
import {
  addressed,
  chance,
  earlyEnding,
  FORMAL_LEADERS,
  INTERVENTION,
  missCharge,
  otherSide,
  pressingLevel,
  startingPeople,
  startingTerms,
  type ArcState,
  type Ending,
  type EndingInput,
} from './quarter.ts';
import { hurtsFor, knownAtStart, misreadFor, termById } from './glossary.ts';
import type { FindingId } from './findings.ts';
import { ordinal, TRUST_GROUP_LABEL } from './prose.ts';
import type { Input, Screen } from './types.ts';

export interface Line {
  text: string;
  /** Character id, or `you`; absent for narration. */
  speaker?: string;
  mood?: Mood;
  /** Said on a video, in an email or on a screen: the speaker is not there to be asked. */
  recorded?: true;
}

export interface ChoiceView {
  index: number;
  text: string;
  /** Hours the choice costs (0 when free), shown on the button. */
  hours: number;
  /** Set when only the player's role could make this move (`# authority`), shown on the button. */
  authority?: Authority;
}

/** A term from the other world on screen that the player has not learned. */
export interface UnknownTerm {
  term: string;
  /** Who said it (asking them builds their trust), or null for narration. */
  speaker: string | null;
  /** The line it was said in (a misunderstanding names it when it surfaces). */
  line?: string;
  /**
   * A choice on offer asks what it means (`# asks`): the asking is that
   * choice, so the words box leaves it there (asking twice, or asking and
   * then taking the choice to nod, would tell the story two things at once),
   * except for a pair's partner who knows the word from their own job.
   */
  choice?: boolean;
  /** A choice on offer goes along with it as said (`# nods`), and carries what that costs itself. */
  nodChoice?: boolean;
}

export interface TermRecord {
  term: string;
  how: 'asked' | 'looked up' | 'nodded' | 'from your partner';
  scene: number;
  week: number;
  /** For a nod: whether a misunderstanding was set to surface later. */
  misread: boolean;
  /** A nod taken with a choice that carries what it cost itself (`# nods`): no misunderstanding is drawn. */
  ownCost?: true;
}

export interface ClueRecord {
  level: CulturalLevel;
  /** Who said it (null: something the player read or saw). */
  speaker: string | null;
  text: string;
  scene: number;
  week: number;
}

export interface InterventionRecord {
  level: CulturalLevel;
  right: boolean;
  /** The group that asked for the change (`# intervene … asked <group>`): aimed elsewhere, it cost the others' trust, not theirs. */
  asked?: TrustGroup;
  /**
   * Aimed elsewhere: the groups whose trust it cost (`MISSED_BY` the level it was aimed at, less the group that
   * asked). Absent before rules edition 12, when a miss cost every group but the one that asked.
   */
  charged?: TrustGroup[];
  decision: number | null;
  scene: number;
  week: number;
}

/**
 * The weekly pressures (weekly.ts), each named where it lands: what the week brings that nobody chose, and what a
 * week planned with no visit costs (`unseen`: nobody on the other side saw you).
 */
export const PRESSURES = [
  'dual-role',
  'stall',
  'care-slipping',
  'care-crisis',
  'overspend',
  'winter',
  'wellbeing-care',
  'wellbeing-trust',
  'wellbeing-say',
  'wellbeing-gaps',
  'wellbeing-winter',
  'rota-gaps',
  'earlier',
  'unseen',
] as const;
export type PressureId = (typeof PRESSURES)[number];

/**
 * Where a change really came from. The player is told this cause where the
 * change lands and in the debrief, and the story tests check it against what
 * actually happened, so no choice is ever shown carrying an effect it did not
 * cause.
 */
export type Origin =
  /** A tag on the choice the player took, or in its body. */
  | { kind: 'choice' }
  /**
   * A tag on a line of the scene that no choice owns (before the first choice, or in a shared part after
   * one); `scene` is where it was said, when its effect lands later.
   */
  | { kind: 'scene'; line?: string; scene?: number }
  /** A choice aimed at a cultural level (`# intervene`). */
  | { kind: 'intervention'; level: CulturalLevel; right: boolean }
  /** A choice that spoke the player's own jargon to the other side (`# jargon`). */
  | { kind: 'jargon' }
  /** A nod at a word the player did not know, surfacing as a misunderstanding. */
  | { kind: 'nod'; term: string; scene: number; line: string; speaker: string | null }
  /** Asking what a word means. */
  | { kind: 'ask'; term: string }
  /** A long arc running or paying off. */
  | { kind: 'arc'; arc: Arc }
  /** A change to the buildings or the diary (co-location, the kitchen, walk-rounds). */
  | { kind: 'build'; structure: Structure }
  /** A pressure of the week that nobody chose. */
  | { kind: 'pressure'; pressure: PressureId }
  /** Going somewhere on the map. */
  | { kind: 'visit'; place: Place }
  /** Not being where a scheduled scene happened. */
  | { kind: 'missed'; place: Place; title: string };

/** One meter movement and what caused it. */
export interface ChangeRecord {
  /** Scene (0-based, in play order) in which the change landed. */
  scene: number;
  /** Week in which it landed. */
  week: number;
  /** The decision that caused it, or null for a scene's own events. */
  decision: number | null;
  /** True when it was scheduled earlier with `later`. */
  delayed: boolean;
  /** A meter, hours, or `person` (one character's trust; see `person`). */
  target: MeterTarget | 'hours' | 'person';
  person?: string;
  delta: number;
  before: number;
  after: number;
  /** Why, in words, when it was not a decision's own effect (the weekly tick, a misunderstanding, an intervention). */
  note?: string;
  /** What really caused it. */
  origin: Origin;
}

export type ChangeTarget = ChangeRecord['target'];

/** What moved, net, for one target (a person counts as `person:<id>`). */
export interface Net {
  target: ChangeTarget;
  person?: string;
  delta: number;
}

const NET_ORDER: readonly ChangeTarget[] = [...METER_TARGETS, 'hours', 'person'];

/**
 * Movements added up per target, in a stable order (meters, hours, then
 * people as they came); what cancelled out is dropped, and so is what
 * `leaveOut` names.
 */
export function sumNets(nets: readonly Net[], leaveOut: readonly ChangeTarget[] = []): Net[] {
  const sums = new Map<string, Net>();
  for (const n of nets) {
    if (leaveOut.includes(n.target)) continue;
    const key = n.target === 'person' ? `person:${n.person}` : n.target;
    const sum = sums.get(key) ?? { ...n, delta: 0 };
    sum.delta += n.delta;
    sums.set(key, sum);
  }
  return [...sums.values()]
    .filter((n) => n.delta !== 0)
    .sort((x, y) => NET_ORDER.indexOf(x.target) - NET_ORDER.indexOf(y.target));
}

/**
 * Net applied movement (after − before) of some changes; hours left out unless `leaveOut` says otherwise. Hours
 * spent are all of what was spent: past the week's end they come out of the evenings (`overtimeOf`), though the
 * week's hours stop at 0.
 */
export function netOf(changes: readonly ChangeRecord[], leaveOut: readonly ChangeTarget[] = ['hours']): Net[] {
  return sumNets(
    changes.map((c) => ({
      target: c.target,
      ...(c.person ? { person: c.person } : {}),
      delta: c.target === 'hours' && c.delta < 0 ? c.delta : c.after - c.before,
    })),
    leaveOut,
  );
}

/** The hours of some changes spent past the week's end: overtime, each hour of it costing staff wellbeing. */
export function overtimeOf(changes: readonly ChangeRecord[]): number {
  return changes.reduce(
    (n, c) => n + (c.target === 'hours' && c.delta < 0 ? Math.max(0, -(c.before + c.delta)) : 0),
    0,
  );
}

export interface PendingEffect {
  decision: number | null;
  /** Scene index at which it lands. */
  due: number;
  effect: MeterEffect | PersonEffect;
  note?: string;
  origin: Origin;
}

export interface DecisionRecord {
  id: number;
  scene: number;
  week: number;
  sceneTitle: string;
  day: string;
  barrier: Barrier;
  text: string;
  skills: Skill[];
  level: CulturalLevel | null;
  /** The level this choice intervened at, if it was an intervention. */
  intervene: CulturalLevel | null;
  /**
   * Where the choice sits in the story (`enc_exec.0.c-3`): the same choice on a later visit, whatever its
   * words then ("Ask Janet to keep the week-ahead trial going"). Absent in saves from before it was kept.
   */
  choice?: string;
  /**
   * The same change asked for again (the same choice in the same scene, on a later visit): the id of the
   * decision that made it. Asking again chases the change; it is not another intervention.
   */
  repeats?: number;
  /** The research the writer tied this choice to (`# finding`), when they did. */
  finding?: FindingId;
  /** Headline meters before and after the immediate effects. */
  before: Record<HeadlineMeter, number>;
  after: Record<HeadlineMeter, number>;
  /** In a projector play-through, the room's hands for each option as shown. */
  votes?: { text: string; hands: number }[];
  /**
   * Played by a pair: what each of them proposed before they agreed (the run's role leads), and what the
   * partner's role had been told there that the lead's lines left out (`GameState.aside`), when anything.
   */
  proposals?: { lead: string; partner: string; partnerTold?: string[] };
}

/** A pair's proposals (positions among the options shown, the lead's then the partner's): only in a pair's run. */
export function validProposals(state: Pick<GameState, 'run' | 'choices'>, proposals: unknown): boolean {
  return (
    state.run.pair !== undefined &&
    Array.isArray(proposals) &&
    proposals.length === 2 &&
    proposals.every((n) => Number.isInteger(n) && n >= 0 && n < state.choices.length)
  );
}

/** Most hands a room's vote can count for one option. */
export const MAX_HANDS = 500;

/** A room's vote: a whole number of hands, none too many, for each option on offer. */
export function validVotes(votes: unknown, options: number): boolean {
  return (
    Array.isArray(votes) &&
    votes.length === options &&
    votes.every((n) => Number.isInteger(n) && n >= 0 && n <= MAX_HANDS)
  );
}

export interface HistoryPoint {
  label: string;
  scene: number;
  budget: number;
  care: number;
  trust: number;
}

export interface GameState {
  screen: Screen;
  role: Role | null;
  week: number;
  meters: Meters;
  hours: number;
  weekHours: number;
  /** Hours worked beyond the week's budget (each costs wellbeing). */
  overtime: number;
  plan: SceneMeta[];
  sceneIndex: number;
  place: Place | null;
  speaker: { id: string; mood: Mood } | null;
  lines: Line[];
  /**
   * This scene's lines before the last choice, batch by batch, each with the choice that followed it,
   * so that "Earlier in this scene" survives a reload (absent in a save from before it was kept).
   */
  earlier?: { lines: Line[]; chose: string }[];
  /**
   * A pair's run: what the partner's role knows at this point that the lines, told to the lead, leave out
   * (the same stretch of story read as that role). Absent outside a pair's run, and in a save from before it.
   */
  aside?: Line[];
  choices: ChoiceView[];
  sceneOver: boolean;
  decisions: DecisionRecord[];
  changes: ChangeRecord[];
  pending: PendingEffect[];
  history: HistoryPoint[];
  skills: Record<Skill, number>;
  /** The quarter code; it decides the hidden pressing level and every chance event. */
  seed: string;
  pressing: CulturalLevel;
  /** Each named character's trust in the player, 0–100. */
  people: Record<string, number>;
  /** Glossary terms the player knows. */
  known: string[];
  /** Terms unlocked in the glossary (by shadowing and paired learning) but not yet learned. */
  glossary: string[];
  /** Unlearned terms on screen now: asking or looking up resolves them; choosing nods along. */
  unknown: UnknownTerm[];
  terms: TermRecord[];
  clues: ClueRecord[];
  interventions: InterventionRecord[];
  arcs: Partial<Record<Arc, ArcState>>;
  structures: Structure[];
  /** Places planned for this week. */
  visits: Place[];
  /** Index in `plan` of this week's first scene. */
  weekStart: number;
  /** Scheduled scenes the player was not there for. */
  missed: { knot: string; title: string; place: Place; week: number }[];
  /** Set when the quarter is over (early or at the end). */
  ending: Ending | null;
  /** Every input since the run began, in order: replaying them rebuilds the run (null for runs saved before inputs were kept). */
  inputs: Input[] | null;
  /** The decision behind each slow system (`arc:<name>`, `build:<structure>`), so its payoffs are linked to it. */
  sources: Record<string, number>;
  /** Who this run is and what it is compared with. */
  run: RunInfo;
  /** The player's typed answers to the debrief's reflection questions, by question id. */
  reflections: Record<string, string>;
  /** The optional self-assessment, 1–5 per item id, before and after the quarter. */
  self: { before: Record<string, number> | null; after: Record<string, number> | null };
  /** Staff signed off sick with stress: in the week wellbeing was low, how many, and how low it was. */
  leavers: { week: number; count: number; wellbeing: number }[];
}

export type { Input };

export interface RunInfo {
  id: string;
  /** Set for a "what if?" branch: the run it came from and the decision it replays from. */
  branchOf: { id: string; decision: number } | null;
  /** Set when this run plays the same quarter in the other role as another run. */
  pairedWith: string | null;
  /** The workshop session the run was joined from (see `SESSION_PATTERN`); absent outside a workshop. */
  session?: string;
  /** Played by a pair on one device: the partner's role (the run's own role leads). Absent when played alone. */
  pair?: Role;
  /** `WORKSHOP_WEEKS` in the workshop quarter; absent in the full quarter (every earlier run). */
  weeks?: typeof WORKSHOP_WEEKS;
  /**
   * A pair on two devices: whose device this copy of the run is on (the lead's role or
   * the partner's). Both copies share the run's id and inputs. Absent on one device.
   */
  device?: Role;
}

/** Each overtime hour costs this much wellbeing. */
export const OVERTIME_WELLBEING_COST = 2;

export function emptySkills(): Record<Skill, number> {
  return Object.fromEntries(SKILLS.map((s) => [s, 0])) as Record<Skill, number>;
}

export function initialState(): GameState {
  return {
    screen: 'title',
    role: null,
    week: 1,
    meters: START_METERS.clinician,
    hours: 0,
    weekHours: 0,
    overtime: 0,
    plan: [],
    sceneIndex: 0,
    place: null,
    speaker: null,
    lines: [],
    choices: [],
    sceneOver: false,
    decisions: [],
    changes: [],
    pending: [],
    history: [],
    skills: emptySkills(),
    seed: 'AAAAAA',
    pressing: 'department',
    people: {},
    known: [],
    glossary: [],
    unknown: [],
    terms: [],
    clues: [],
    interventions: [],
    arcs: {},
    structures: [],
    visits: [],
    weekStart: 0,
    missed: [],
    ending: null,
    inputs: [],
    sources: {},
    run: { id: 'run', branchOf: null, pairedWith: null },
    reflections: {},
    self: { before: null, after: null },
    leavers: [],
  };
}

function point(state: GameState, label: string): HistoryPoint {
  return { label, scene: state.sceneIndex, ...headline(state.meters) };
}

export function newRun(role: Role, plan: SceneMeta[], seed: string): GameState {
  const base: GameState = {
    ...initialState(),
    screen: 'briefing',
    role,
    meters: structuredClone(START_METERS[role]),
    hours: WEEK_HOURS[role],
    weekHours: WEEK_HOURS[role],
    plan,
    seed,
    pressing: pressingLevel(seed),
    people: startingPeople(role),
    known: startingTerms(role),
  };
  return { ...base, history: [point(base, 'Start of week')] };
}

export interface Cause {
  decision: number | null;
  delayed: boolean;
  note?: string;
  origin: Origin;
}

/**
 * The cause of a tag's effect: the decision's own when the tag is the choice's, the scene's otherwise
 * (with the scene it was said in, `scene`, for an effect that lands later and elsewhere).
 */
export function tagCause(decision: number | null, line?: string, scene?: number): Cause {
  if (decision !== null) return { decision, delayed: false, origin: { kind: 'choice' } };
  const origin: Origin = line ? { kind: 'scene', line } : { kind: 'scene' };
  if (scene !== undefined && origin.kind === 'scene') origin.scene = scene;
  return { decision: null, delayed: false, origin };
}

/** Apply a meter effect now and log it. */
function applyMeter(state: GameState, effect: MeterEffect, cause: Cause): GameState {
  const before = readTarget(state.meters, effect.target);
  const meters = applyMeterEffect(state.meters, effect);
  const after = readTarget(meters, effect.target);
  const change: ChangeRecord = {
    scene: state.sceneIndex,
    week: state.week,
    ...cause,
    target: effect.target,
    delta: effect.delta,
    before,
    after,
  };
  let next: GameState = { ...state, meters, changes: [...state.changes, change] };
  // A group's trust moving moves each of its members a little the same way.
  const group = effect.target.startsWith('trust.') ? effect.target.slice('trust.'.length) : null;
  if (
    (group || effect.target === 'trust') &&
    readTarget(meters, effect.target) !== readTarget(state.meters, effect.target)
  ) {
    const people = { ...next.people };
    for (const id of Object.keys(people)) {
      const c = characterById(id);
      if (c && (effect.target === 'trust' || c.group === group))
        people[id] = clamp(people[id]! + Math.sign(effect.delta));
    }
    next = { ...next, people };
  }
  return next;
}

/** Change one person's trust in the player, and log it. */
function applyPerson(state: GameState, effect: PersonEffect, cause: Cause): GameState {
  const before = state.people[effect.id] ?? 50;
  const after = clamp(before + effect.delta);
  const change: ChangeRecord = {
    scene: state.sceneIndex,
    week: state.week,
    ...cause,
    target: 'person',
    person: effect.id,
    delta: effect.delta,
    before,
    after,
  };
  return { ...state, people: { ...state.people, [effect.id]: after }, changes: [...state.changes, change] };
}

/** Spend or give back hours; hours past zero become overtime that costs staff wellbeing (a leader running on empty passes it on). */
function applyHours(state: GameState, delta: number, cause: Cause): GameState {
  const wanted = state.hours + delta;
  const hours = Math.max(0, Math.min(state.weekHours, wanted));
  const extra = wanted < 0 ? -wanted : 0;
  const change: ChangeRecord = {
    scene: state.sceneIndex,
    week: state.week,
    ...cause,
    target: 'hours',
    delta,
    before: state.hours,
    after: hours,
  };
  let next: GameState = { ...state, hours, overtime: state.overtime + extra, changes: [...state.changes, change] };
  if (extra > 0) {
    next = applyMeter(next, { kind: 'meter', target: 'wellbeing', delta: -extra * OVERTIME_WELLBEING_COST }, cause);
  }
  return next;
}

export function applyEffect(state: GameState, effect: Effect, cause: Cause): GameState {
  switch (effect.kind) {
    case 'meter':
      return applyMeter(state, effect, cause);
    case 'person':
      return applyPerson(state, effect, cause);
    case 'hours':
      return applyHours(state, effect.delta, cause);
    case 'later': {
      const pending: PendingEffect = {
        decision: cause.decision,
        due: state.sceneIndex + effect.after,
        effect: effect.effect,
        origin: cause.origin,
      };
      const note = effect.why ?? cause.note;
      if (note) pending.note = note;
      return { ...state, pending: [...state.pending, pending] };
    }
  }
}

const meter = (target: MeterTarget, delta: number): MeterEffect => ({ kind: 'meter', target, delta });

/**
 * An intervention: at the pressing level it pays off and lasts; elsewhere trust falls further. Either way
 * it shows two scenes later, never at the moment it is made: the story tells what the change did where it
 * was aimed, and what it did to the tension lands afterwards, with its reason.
 */
function intervene(
  state: GameState,
  level: CulturalLevel,
  decision: number | null,
  asked: TrustGroup | undefined,
): GameState {
  const first = madeBefore(state, level, decision);
  if (first) return editDecision(state, decision, (d) => ({ ...d, repeats: first.id }));
  const right = level === state.pressing;
  const record: InterventionRecord = { level, right, decision, scene: state.sceneIndex, week: state.week };
  if (asked) record.asked = asked;
  // Aimed elsewhere, it costs the groups its own level names, except a group that asked for it.
  const { charged, spared } = missCharge(level, asked);
  if (!right) record.charged = charged;
  let next: GameState = { ...state, interventions: [...state.interventions, record] };
  next = editDecision(next, decision, (d) => ({ ...d, intervene: level }));
  const cause: Cause = { decision, delayed: false, origin: { kind: 'intervention', level, right } };
  const later = (effect: MeterEffect, why: string): Effect => ({
    kind: 'later',
    after: INTERVENTION.after,
    effect,
    why,
  });
  // The last person who told the player where the tension sat: its consequence names them.
  const told = toldOf(state);
  if (right) {
    const earlier = state.interventions.filter((i) => i.right).length;
    const full = earlier < INTERVENTION.fullPayoffs;
    // One line for its trust and its care: what happened in between.
    const why = full
      ? told
        ? `The change aimed at the ${level} level reached the worst of the tension, the one ${told.raised}: it began to ease, for patients too.`
        : `The change aimed at the ${level} level reached the worst of the tension: people began to feel it where it had hurt most, and patients with them.`
      : `The change aimed at the ${level} level held, though after ${earlier} changes that had reached it the tension there was already easing, so it added less.`;
    next = applyEffect(next, later(meter('trust', full ? INTERVENTION.right.trust : 1), why), cause);
    next = applyEffect(next, later(meter('care', INTERVENTION.right.care), why), cause);
  } else {
    const why = missedWhy(level, state.interventions.filter((i) => !i.right).length, spared, told?.what);
    if (charged.length === TRUST_GROUPS.length)
      next = applyEffect(next, later(meter('trust', INTERVENTION.wrong.trust), why), cause);
    else
      for (const group of charged)
        next = applyEffect(next, later(meter(`trust.${group}`, INTERVENTION.wrong.trust), why), cause);
  }
  return next;
}

/** What a change at each level works on where it is aimed: a missed change's reason says so, never where the tension sat. */
const WORKS_ON: Record<CulturalLevel, string> = {
  organisation: 'how the hospital decides',
  department: 'how your division runs',
  practice: 'how one team works day to day',
};

/**
 * Who last told the player where the tension sat, as a change's consequence names them: `raised` ("Dr Nair raised
 * in week 6") and `what` ("what Dr Nair told you in week 6"). Only clues at the pressing level count: the formal
 * leaders' own readings (Janet's system pressure, Dr Marsh's handful of consultants) are told whatever the level
 * is. Someone who works with the tension is named before a paper the player read, and a paper before a formal
 * leader. Null when nothing at that level has been heard, or when the last card that named someone named the
 * same person and week (a run of misses is not told the same name each time). It names a person, never the level.
 */
export function toldOf(state: Pick<GameState, 'clues' | 'plan' | 'pressing' | 'changes' | 'pending'>): {
  raised: string;
  what: string;
} | null {
  const atLevel = state.clues.filter((c) => c.level === state.pressing);
  const formal = (c: ClueRecord) => (FORMAL_LEADERS as readonly (string | null)[]).includes(c.speaker);
  const heard =
    atLevel.findLast((c) => c.speaker !== null && characterById(c.speaker) && !formal(c)) ??
    atLevel.findLast((c) => c.speaker === null && state.plan[c.scene]?.title) ??
    atLevel.findLast((c) => c.speaker !== null && characterById(c.speaker));
  if (!heard) return null;
  const who = heard.speaker ? characterById(heard.speaker)!.short : `“${state.plan[heard.scene]!.title}”`;
  const told = heard.speaker
    ? { raised: `${who} raised in week ${heard.week}`, what: `what ${who} told you in week ${heard.week}` }
    : { raised: `${who} showed you in week ${heard.week}`, what: `what ${who} showed you in week ${heard.week}` };
  // The last card that named anyone: if it named this person and week, this one does not again.
  const named = [...state.changes, ...state.pending].filter((c) => c.origin.kind === 'intervention' && c.note);
  const last = named.findLast((c) => / (raised|told you|showed you) in week \d+/.test(c.note!))?.note;
  return last && (last.includes(told.raised) || last.includes(told.what)) ? null : told;
}

/**
 * Why a change aimed away from the pressing level cost trust, with `before` such changes made earlier: it
 * may have done good where it was aimed (the story may show it working, or it may not yet have started), so
 * the reason grants it that ("worked on") and reads the cost from where the effort went, and a run of them
 * is told as a run, as people would see it. `told` is what the player last heard of where the tension sat
 * (`toldOf`): the miss names the person it missed.
 */
export function missedWhy(level: CulturalLevel, before: number, asked?: TrustGroup, told?: string): string {
  const good = `worked on ${WORKS_ON[level]}`;
  // Executives pay for a change aimed at how the hospital decides (`MISSED_BY`): the reason says why they do.
  const watched =
    level === 'organisation' && asked !== 'executives' ? ' Executives saw it made, and little come of it.' : '';
  const spared = asked ? ` ${TRUST_GROUP_LABEL[asked]} had asked for this change, so it cost none of their trust.` : '';
  const end = `${watched}${spared}`;
  // Whom it missed is a person the player heard, not a rule.
  if (before === 0)
    return told
      ? `The change aimed at the ${level} level ${good}, but the worst of the tension sat at another level and stayed: it missed ${told}, and those living with it saw your effort go elsewhere.${end}`
      : `The change aimed at the ${level} level ${good}, but the worst of the tension sat at another level and stayed: those living with it saw your effort go elsewhere.${end}`;
  if (before === 1)
    return `A second change aimed away from the worst of the tension, this one at the ${level} level: it ${good}, but ${told ? `it missed ${told}, and those living with it saw your effort go elsewhere again` : 'those living with the tension saw your effort go elsewhere again, and began to count the changes'}.${end}`;
  return `${before < 10 ? `The ${ordinal(before + 1)}` : 'Another'} change aimed away from the worst of the tension, this one at the ${level} level: it ${good}, but ${told ? `it missed ${told}, and people expect the next one to miss too` : 'people have begun to expect each new change to miss them too'}.${end}`;
}

/**
 * The earlier decision that already made this change: the same choice, aimed at the same level, in a scene of
 * the same name. A choice is the same by where it sits in the story, so one whose words follow the change up
 * on a later visit is still it; a decision saved without that place is matched by its words.
 */
function madeBefore(state: GameState, level: CulturalLevel, decision: number | null): DecisionRecord | undefined {
  const now = decision === null ? undefined : state.decisions.find((d) => d.id === decision);
  if (!now) return undefined;
  const same = (d: DecisionRecord) =>
    d.choice !== undefined && now.choice !== undefined ? d.choice === now.choice : d.text === now.text;
  return state.decisions.find(
    (d) => d.id < now.id && d.intervene === level && d.sceneTitle === now.sceneTitle && same(d),
  );
}

/**
 * Apply what a batch of tags says. `decision` is the decision that owns the
 * tags (the choice and its body), or null for the scene's own lines; `line`
 * is the scene line they came with, for naming the cause.
 */
export function applyTags(state: GameState, tags: readonly Tag[], decision: number | null, line?: string): GameState {
  let next = state;
  for (const tag of tags) {
    switch (tag.kind) {
      case 'effect':
        next = applyEffect(
          next,
          tag.effect,
          tagCause(decision, line, tag.effect.kind === 'later' ? next.sceneIndex : undefined),
        );
        break;
      case 'skill':
        next = { ...next, skills: { ...next.skills, [tag.skill]: next.skills[tag.skill] + 1 } };
        next = editDecision(next, decision, (d) =>
          d.skills.includes(tag.skill) ? d : { ...d, skills: [...d.skills, tag.skill] },
        );
        break;
      case 'level':
        next = editDecision(next, decision, (d) => ({ ...d, level: tag.level }));
        break;
      case 'finding':
        next = editDecision(next, decision, (d) => ({ ...d, finding: tag.finding }));
        break;
      case 'barrier':
        next = editDecision(next, decision, (d) => ({ ...d, barrier: tag.barrier }));
        break;
      case 'place':
        next = { ...next, place: tag.place };
        break;
      case 'intervene':
        next = intervene(next, tag.level, decision, tag.asked);
        break;
      case 'arc':
        if (!next.arcs[tag.arc]) {
          next = { ...next, arcs: { ...next.arcs, [tag.arc]: { started: next.week } } };
          if (decision !== null) next = { ...next, sources: { ...next.sources, [`arc:${tag.arc}`]: decision } };
        }
        break;
      case 'build':
        if (!next.structures.includes(tag.structure)) {
          next = { ...next, structures: [...next.structures, tag.structure] };
          if (decision !== null) next = { ...next, sources: { ...next.sources, [`build:${tag.structure}`]: decision } };
        }
        break;
      case 'jargon': {
        const side = tag.heard ?? otherSide(next.role ?? 'clinician');
        next = applyEffect(next, meter(`trust.${side}`, -2), {
          decision,
          delayed: false,
          note: 'You spoke your own jargon to the other side.',
          origin: { kind: 'jargon' },
        });
        next = editDecision(next, decision, (d) => ({ ...d, barrier: 'jargon' }));
        break;
      }
      case 'speaker':
        next = { ...next, speaker: { id: tag.speaker, mood: tag.mood } };
        break;
      default:
        break; // title, day, week, clue, term, end: read by the runner or the Game, not here
    }
  }
  return next;
}

function editDecision(state: GameState, id: number | null, edit: (d: DecisionRecord) => DecisionRecord): GameState {
  if (id === null) return state;
  return { ...state, decisions: state.decisions.map((d) => (d.id === id ? edit(d) : d)) };
}

/** Start scene `index` of the week's plan: set the stage and land what was scheduled for it. */
export function beginScene(state: GameState, index: number): GameState {
  const meta = state.plan[index];
  if (!meta) throw new Error(`There is no scene ${index} in this week's plan`);
  let next: GameState = {
    ...state,
    screen: 'scene',
    sceneIndex: index,
    place: meta.place,
    speaker: null,
    lines: [],
    earlier: [],
    choices: [],
    sceneOver: false,
  };
  const due = next.pending.filter((p) => p.due <= index);
  next = { ...next, pending: next.pending.filter((p) => p.due > index) };
  for (const p of due) {
    const cause: Cause = { decision: p.decision, delayed: true, origin: p.origin };
    if (p.note) cause.note = p.note;
    next = applyEffect(next, p.effect, cause);
  }
  if (due.length)
    next = { ...next, history: [...next.history, point(next, `Week ${next.week} ${meta.day}: consequences arrive`)] };
  return next;
}

/** Open the record of a decision the player just took. */
export function startDecision(
  state: GameState,
  text: string,
  votes?: { text: string; hands: number }[],
  proposals?: { lead: string; partner: string; partnerTold?: string[] },
  choice?: string,
): { state: GameState; id: number } {
  const meta = state.plan[state.sceneIndex]!;
  const id = state.decisions.length;
  const now = headline(state.meters);
  const record: DecisionRecord = {
    id,
    scene: state.sceneIndex,
    week: state.week,
    sceneTitle: meta.title,
    day: meta.day,
    barrier: meta.barrier,
    text,
    skills: [],
    level: null,
    intervene: null,
    before: now,
    after: now,
    ...(votes ? { votes } : {}),
    ...(proposals ? { proposals } : {}),
    ...(choice ? { choice } : {}),
  };
  return { state: { ...state, decisions: [...state.decisions, record] }, id };
}

/** Close a decision: note its immediate outcome and add a point to the chart. */
export function finishDecision(state: GameState, id: number): GameState {
  const meta = state.plan[state.sceneIndex]!;
  const after = headline(state.meters);
  const next = editDecision(state, id, (d) => ({ ...d, after }));
  const count = next.decisions.filter((d) => d.scene === state.sceneIndex).length;
  return { ...next, history: [...next.history, point(next, `Week ${state.week} ${meta.day}: decision ${count}`)] };
}

export function showDialogue(state: GameState, lines: Line[], choices: ChoiceView[], sceneOver: boolean): GameState {
  return { ...state, lines, choices, sceneOver };
}

/** Note a clue the player just heard or read. */
export function noteClue(state: GameState, level: CulturalLevel, speaker: string | null, text: string): GameState {
  const clue: ClueRecord = { level, speaker, text, scene: state.sceneIndex, week: state.week };
  return { ...state, clues: [...state.clues, clue] };
}

/** At most this many words are flagged in one scene: the ones that matter, not every acronym in it. */
export const FLAGGED_PER_SCENE = 2;

/**
 * Terms on screen that this player does not know yet and that the game will
 * flag. A word is flagged once a quarter (after asking you know it; after a
 * nod you got by without it), and no more than FLAGGED_PER_SCENE in a scene,
 * the writer's marked words (`# term`) first. `found` lists candidates in the
 * order they appeared, marked words before the rest.
 */
export function unknownTermsIn(state: GameState, found: readonly UnknownTerm[]): UnknownTerm[] {
  const met = new Set(state.terms.map((t) => t.term));
  const thisScene = new Set(state.terms.filter((t) => t.scene === state.sceneIndex).map((t) => t.term));
  const out: UnknownTerm[] = [];
  for (const f of found) {
    if (state.known.includes(f.term) || met.has(f.term) || out.some((o) => o.term === f.term)) continue;
    if (thisScene.size + out.length >= FLAGGED_PER_SCENE) break;
    out.push(f);
  }
  return out;
}

/** Ask what a term means: half an hour and a little face, and the person who said it warms to you. */
export const ASK_HOURS = 0.5;

/** An unknown word on screen the words box can ask about, look up or put to a partner (not one a choice asks). */
export function inWordsBox(state: Pick<GameState, 'unknown'>, term: string): UnknownTerm | undefined {
  return state.unknown.find((x) => x.term === term && !x.choice);
}

export function askTerm(state: GameState, term: string): GameState {
  const u = inWordsBox(state, term);
  if (!u) return state;
  const cause: Cause = {
    decision: null,
    delayed: false,
    note: `You asked what “${termById(term)?.label ?? term}” means.`,
    origin: { kind: 'ask', term },
  };
  let next = applyHours(state, -ASK_HOURS, cause);
  if (u.speaker && characterById(u.speaker)) {
    next = applyPerson(next, { kind: 'person', id: u.speaker, delta: 2 }, cause);
  } else {
    next = applyMeter(next, meter(`trust.${otherSide(state.role ?? 'clinician')}`, 1), cause);
  }
  next = { ...next, skills: { ...next.skills, listening: next.skills.listening + 1 } };
  return learn(next, term, 'asked');
}

/**
 * In a pair, a word from the partner's world can be put to the partner: they
 * know it from their own job. It costs no hours and nobody else sees it, so
 * it earns no trust either; the word is learned all the same.
 */
export function askPartner(state: GameState, term: string): GameState {
  if (!canAskPartner(state, term)) return state;
  return learn(
    { ...state, skills: { ...state.skills, listening: state.skills.listening + 1 } },
    term,
    'from your partner',
  );
}

/** Whether the partner in a pair knows a word on screen (their own world's, or one their job uses daily). */
export function canAskPartner(state: Pick<GameState, 'run' | 'unknown'>, term: string): boolean {
  const partner = state.run.pair;
  // Even a word a choice asks about: a pair's partner knows it from their own job, which is what a pair is for.
  return partner !== undefined && state.unknown.some((u) => u.term === term) && knownAtStart(partner).includes(term);
}

/**
 * A choice that asks what a word means (`# asks <term>`), answered in the
 * scene: the word is learned as asked, and so is not nodded at. The choice
 * carries its own cost in hours and its own effects.
 */
export function askInStory(state: GameState, term: string): GameState {
  return state.known.includes(term) ? state : learn(state, term, 'asked');
}

/** Look a term up: only possible once the glossary holds it. Free, but nobody sees you ask. */
export function lookUpTerm(state: GameState, term: string): GameState {
  if (!inWordsBox(state, term) || !state.glossary.includes(term)) return state;
  return learn(state, term, 'looked up');
}

function learn(state: GameState, term: string, how: 'asked' | 'looked up' | 'from your partner'): GameState {
  const record: TermRecord = { term, how, scene: state.sceneIndex, week: state.week, misread: false };
  return {
    ...state,
    known: state.known.includes(term) ? state.known : [...state.known, term],
    glossary: state.glossary.filter((t) => t !== term),
    unknown: state.unknown.filter((u) => u.term !== term),
    terms: [...state.terms, record],
  };
}

/** Scenes until a nodded-through misunderstanding surfaces. */
export const MISREAD_AFTER = 4;
/**
 * How likely a nod turns into a misunderstanding: one in three, decided by
 * the quarter code and the word (so a replay nods the same way). The scene
 * says so in these words (`MISREAD_ODDS`).
 */
export const MISREAD_CHANCE = 1 / 3;
export const MISREAD_ODDS = 'each nod has a one-in-three chance';
/** What a misunderstanding costs when it surfaces: the meter the word hurts, and the other side's trust. */
export const MISREAD_COST = { hurt: -2, trust: -2 } as const;

/**
 * Choosing with unknown terms on screen is nodding along. Some nods come back
 * a few scenes later as a misunderstanding; its cause is the nod itself — the
 * word and the line it was said in — never the choice that happened to be on
 * screen. A word the choice taken goes along with (`# nods`, in `owned`) is
 * nodded at too, but what it cost is that choice's own, told where it lands:
 * no misunderstanding is drawn for it besides, or the one mistake would be
 * charged twice.
 */
export function nodAlong(state: GameState, owned: ReadonlySet<string> = new Set()): GameState {
  let next = state;
  const role = state.role ?? 'clinician';
  for (const u of state.unknown) {
    const term = termById(u.term);
    if (!term) continue;
    const ownCost = owned.has(u.term);
    const misread = !ownCost && chance(state.seed, `nod:${u.term}`) < MISREAD_CHANCE;
    const record: TermRecord = {
      term: u.term,
      how: 'nodded',
      scene: state.sceneIndex,
      week: state.week,
      misread,
      ...(ownCost ? { ownCost: true } : {}),
    };
    next = { ...next, terms: [...next.terms, record] };
    if (misread) {
      const cause: Cause = {
        decision: null,
        delayed: false,
        note: misreadFor(term, role, state.plan[state.sceneIndex]?.knot),
        origin: { kind: 'nod', term: u.term, scene: state.sceneIndex, line: u.line ?? '', speaker: u.speaker },
      };
      const later = (effect: MeterEffect): Effect => ({ kind: 'later', after: MISREAD_AFTER, effect });
      next = applyEffect(next, later(meter(hurtsFor(term, role), MISREAD_COST.hurt)), cause);
      next = applyEffect(next, later(meter(`trust.${otherSide(role)}`, MISREAD_COST.trust)), cause);
    }
  }
  return { ...next, unknown: [] };
}

/** The quarter ends early the moment a headline meter, or a whole group's trust, reaches 0. */
export function checkEarlyEnding(state: GameState): GameState {
  if (state.ending) return state;
  const ending = earlyEnding(state.meters);
  return ending ? { ...state, ending } : state;
}

export function rightAndWrong(state: Pick<GameState, 'interventions'>): {
  right: number;
  wrong: number;
  addressed: boolean;
} {
  const right = state.interventions.filter((i) => i.right).length;
  const wrong = state.interventions.length - right;
  return { right, wrong, addressed: addressed(right, wrong) };
}

/** The figures a run's ending is decided on (`finalEnding`), and said why (`endingWhy`). */
export function endingInput(
  state: Pick<GameState, 'meters' | 'interventions'> & { role?: GameState['role'] },
): EndingInput {
  const { right, wrong } = rightAndWrong(state);
  const m = state.meters;
  return { budget: m.budget, care: m.care, trust: m.trust, right, wrong, role: state.role ?? null };
}

export { applyMeter, applyPerson, meter };
