/**
 * The rules of a run, as pure functions on GameState: each takes a state and
 * returns a new one. The Game facade (game.ts) calls them and writes the result
 * to the store; tests and tools can call them directly.
 */
import { applyMeterEffect, headline, readTarget, START_METERS, WEEK_HOURS, type Meters } from './meters.ts';
import type {
  Barrier,
  CulturalLevel,
  Effect,
  HeadlineMeter,
  MeterEffect,
  MeterTarget,
  Mood,
  Place,
  Role,
  SceneMeta,
  Skill,
  Tag,
} from './types.ts';
import { SKILLS } from './types.ts';

export type Screen = 'title' | 'role' | 'briefing' | 'scene' | 'summary' | 'debrief';

export interface Line {
  text: string;
  /** Character id, or `you`; absent for narration. */
  speaker?: string;
  mood?: Mood;
}

export interface ChoiceView {
  index: number;
  text: string;
  /** Hours the choice costs (0 when free), shown on the button. */
  hours: number;
}

/** One meter movement and what caused it. */
export interface ChangeRecord {
  /** Scene (0-based, in play order) in which the change landed. */
  scene: number;
  /** The decision that caused it, or null for a scene's own events. */
  decision: number | null;
  /** True when it was scheduled earlier with `later`. */
  delayed: boolean;
  target: MeterTarget | 'hours';
  delta: number;
  before: number;
  after: number;
}

export interface PendingEffect {
  decision: number | null;
  /** Scene index at which it lands. */
  due: number;
  effect: MeterEffect;
}

export interface DecisionRecord {
  id: number;
  scene: number;
  sceneTitle: string;
  day: string;
  barrier: Barrier;
  text: string;
  skills: Skill[];
  level: CulturalLevel | null;
  /** Headline meters before and after the immediate effects. */
  before: Record<HeadlineMeter, number>;
  after: Record<HeadlineMeter, number>;
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
  choices: ChoiceView[];
  sceneOver: boolean;
  decisions: DecisionRecord[];
  changes: ChangeRecord[];
  pending: PendingEffect[];
  history: HistoryPoint[];
  skills: Record<Skill, number>;
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
  };
}

function point(state: GameState, label: string): HistoryPoint {
  return { label, scene: state.sceneIndex, ...headline(state.meters) };
}

export function newRun(role: Role, plan: SceneMeta[]): GameState {
  const base: GameState = {
    ...initialState(),
    screen: 'briefing',
    role,
    meters: structuredClone(START_METERS[role]),
    hours: WEEK_HOURS[role],
    weekHours: WEEK_HOURS[role],
    plan,
  };
  return { ...base, history: [point(base, 'Start of week')] };
}

export interface Cause {
  decision: number | null;
  delayed: boolean;
}

/** Apply a meter effect now and log it. */
function applyMeter(state: GameState, effect: MeterEffect, cause: Cause): GameState {
  const before = readTarget(state.meters, effect.target);
  const meters = applyMeterEffect(state.meters, effect);
  const after = readTarget(meters, effect.target);
  const change: ChangeRecord = {
    scene: state.sceneIndex,
    ...cause,
    target: effect.target,
    delta: effect.delta,
    before,
    after,
  };
  return { ...state, meters, changes: [...state.changes, change] };
}

/** Spend or give back hours; hours past zero become overtime that costs wellbeing. */
function applyHours(state: GameState, delta: number, cause: Cause): GameState {
  const wanted = state.hours + delta;
  const hours = Math.max(0, Math.min(state.weekHours, wanted));
  const extra = wanted < 0 ? -wanted : 0;
  const change: ChangeRecord = {
    scene: state.sceneIndex,
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
    case 'hours':
      return applyHours(state, effect.delta, cause);
    case 'later':
      return {
        ...state,
        pending: [
          ...state.pending,
          { decision: cause.decision, due: state.sceneIndex + effect.after, effect: effect.effect },
        ],
      };
  }
}

/** Apply what a batch of tags says to the current decision (or to the scene itself). */
export function applyTags(state: GameState, tags: readonly Tag[], decision: number | null): GameState {
  let next = state;
  for (const tag of tags) {
    switch (tag.kind) {
      case 'effect':
        next = applyEffect(next, tag.effect, { decision, delayed: false });
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
      case 'barrier':
        next = editDecision(next, decision, (d) => ({ ...d, barrier: tag.barrier }));
        break;
      case 'place':
        next = { ...next, place: tag.place };
        break;
      case 'speaker':
        next = { ...next, speaker: { id: tag.speaker, mood: tag.mood } };
        break;
      default:
        break; // title, day, end: read by the runner, not the rules
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
    choices: [],
    sceneOver: false,
  };
  const due = next.pending.filter((p) => p.due <= index);
  next = { ...next, pending: next.pending.filter((p) => p.due > index) };
  for (const p of due) next = applyMeter(next, p.effect, { decision: p.decision, delayed: true });
  if (due.length) next = { ...next, history: [...next.history, point(next, `${meta.day}: consequences arrive`)] };
  return next;
}

/** Open the record of a decision the player just took. */
export function startDecision(state: GameState, text: string): { state: GameState; id: number } {
  const meta = state.plan[state.sceneIndex]!;
  const id = state.decisions.length;
  const now = headline(state.meters);
  const record: DecisionRecord = {
    id,
    scene: state.sceneIndex,
    sceneTitle: meta.title,
    day: meta.day,
    barrier: meta.barrier,
    text,
    skills: [],
    level: null,
    before: now,
    after: now,
  };
  return { state: { ...state, decisions: [...state.decisions, record] }, id };
}

/** Close a decision: note its immediate outcome and add a point to the chart. */
export function finishDecision(state: GameState, id: number): GameState {
  const meta = state.plan[state.sceneIndex]!;
  const after = headline(state.meters);
  const next = editDecision(state, id, (d) => ({ ...d, after }));
  const count = next.decisions.filter((d) => d.scene === state.sceneIndex).length;
  return { ...next, history: [...next.history, point(next, `${meta.day}: decision ${count}`)] };
}

export function showDialogue(state: GameState, lines: Line[], choices: ChoiceView[], sceneOver: boolean): GameState {
  return { ...state, lines, choices, sceneOver };
}

/** Changes that landed in a scene, for the end-of-scene card. */
export function changesInScene(state: GameState, scene: number): ChangeRecord[] {
  return state.changes.filter((c) => c.scene === scene);
}
