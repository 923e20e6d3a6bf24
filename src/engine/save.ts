/**
 * Versioned, validated saves. A save holds the machine's persisted snapshot,
 * the ink state and the game state together, so a resumed game is exactly
 * where it was. Anything that fails validation is refused with a reason.
 */
import * as v from 'valibot';
import { METER_MAX, METER_MIN } from './meters.ts';
import { BARRIERS, DAYS, LEVELS, METER_TARGETS, MOODS, PLACES, ROLES, SKILLS, STRUCTURES, WEEKS } from './types.ts';
import { RESUMABLE_STATES, type Input } from './machines/game.ts';
import type { GameState } from './rules.ts';
import { CHARACTERS } from './characters.ts';
import { TERM_IDS } from './glossary.ts';
import { FINDINGS, type FindingId } from './findings.ts';
import { checkSeed, ENDINGS, pressingLevel, SEED_ALPHABET, startingPeople, startingTerms } from './quarter.ts';

export const SAVE_FORMAT = 'common-ground-save';
export const SAVE_VERSION = 3;

const meter = v.pipe(v.number(), v.integer(), v.minValue(METER_MIN), v.maxValue(METER_MAX));
const int = v.pipe(v.number(), v.integer());
const nat = v.pipe(int, v.minValue(0));
/** Hours move in half-hours. */
const halfHours = v.pipe(
  v.number(),
  v.check((n) => Number.isInteger(n * 2), 'hours come in half-hours'),
);
const hoursLeft = v.pipe(halfHours, v.minValue(0));
const level = v.picklist(LEVELS);
const arcSchema = v.object({ started: nat });
const person = v.pipe(
  v.string(),
  v.check((id) => CHARACTERS.some((c) => c.id === id), 'unknown character'),
);
const term = v.pipe(
  v.string(),
  v.check((id) => TERM_IDS.includes(id), 'unknown glossary term'),
);
const seed = v.pipe(
  v.string(),
  v.check((s) => checkSeed(s).ok, 'not a valid quarter code'),
);
const headline = v.object({ budget: meter, care: meter, trust: meter });
const meterEffect = v.union([
  v.object({ kind: v.literal('meter'), target: v.picklist(METER_TARGETS), delta: int }),
  v.object({ kind: v.literal('person'), id: person, delta: int }),
]);

const inputSchema = v.variant('type', [
  v.object({ type: v.literal('BEGIN') }),
  v.object({ type: v.literal('CHOOSE'), index: nat }),
  v.object({ type: v.literal('ASK'), term }),
  v.object({ type: v.literal('LOOK_UP'), term }),
  v.object({ type: v.literal('PLAN'), visits: v.array(v.picklist(PLACES)) }),
  v.object({ type: v.literal('NEXT') }),
]) satisfies v.GenericSchema<unknown, Input>;
const runId = v.pipe(v.string(), v.minLength(1), v.maxLength(120));
export const runInfo = v.object({
  id: runId,
  branchOf: v.nullable(v.object({ id: runId, decision: nat })),
  pairedWith: v.nullable(runId),
});
const selfAnswers = v.record(v.string(), v.pipe(int, v.minValue(1), v.maxValue(5)));

const sceneMeta = v.object({
  knot: v.string(),
  title: v.string(),
  barrier: v.picklist(BARRIERS),
  place: v.picklist(PLACES),
  day: v.picklist(DAYS),
  week: v.optional(v.pipe(int, v.minValue(1), v.maxValue(WEEKS))),
  level: v.optional(level),
  here: v.optional(v.boolean()),
});

export const gameState = v.object({
  screen: v.picklist(['title', 'role', 'briefing', 'plan', 'scene', 'summary', 'week', 'ending', 'debrief']),
  role: v.nullable(v.picklist(ROLES)),
  week: v.pipe(int, v.minValue(1), v.maxValue(WEEKS)),
  meters: v.object({
    budget: meter,
    care: meter,
    wellbeing: meter,
    trust: v.object({ clinicians: meter, leaders: meter, executives: meter }),
  }),
  hours: hoursLeft,
  weekHours: hoursLeft,
  overtime: hoursLeft,
  plan: v.array(sceneMeta),
  sceneIndex: nat,
  place: v.nullable(v.picklist(PLACES)),
  speaker: v.nullable(v.object({ id: v.string(), mood: v.picklist(MOODS) })),
  lines: v.array(v.object({ text: v.string(), speaker: v.optional(v.string()), mood: v.optional(v.picklist(MOODS)) })),
  choices: v.array(v.object({ index: nat, text: v.string(), hours: hoursLeft })),
  sceneOver: v.boolean(),
  decisions: v.array(
    v.object({
      id: nat,
      scene: nat,
      week: nat,
      sceneTitle: v.string(),
      day: v.string(),
      barrier: v.picklist(BARRIERS),
      text: v.string(),
      skills: v.array(v.picklist(SKILLS)),
      level: v.nullable(level),
      intervene: v.nullable(level),
      finding: v.optional(v.picklist(Object.keys(FINDINGS) as FindingId[])),
      before: headline,
      after: headline,
    }),
  ),
  changes: v.array(
    v.object({
      scene: nat,
      week: v.pipe(int, v.minValue(1), v.maxValue(WEEKS)),
      decision: v.nullable(nat),
      delayed: v.boolean(),
      target: v.picklist([...METER_TARGETS, 'hours', 'person']),
      person: v.optional(person),
      delta: halfHours,
      before: halfHours,
      after: halfHours,
      note: v.optional(v.string()),
    }),
  ),
  pending: v.array(
    v.object({ decision: v.nullable(nat), due: nat, effect: meterEffect, note: v.optional(v.string()) }),
  ),
  history: v.array(v.object({ label: v.string(), scene: nat, budget: meter, care: meter, trust: meter })),
  skills: v.object({ understanding: nat, listening: nat, communication: nat }),
  seed,
  pressing: level,
  people: v.record(person, meter),
  known: v.array(term),
  glossary: v.array(term),
  unknown: v.array(v.object({ term, speaker: v.nullable(v.string()) })),
  terms: v.array(
    v.object({
      term,
      how: v.picklist(['asked', 'looked up', 'nodded']),
      scene: nat,
      week: nat,
      misread: v.boolean(),
    }),
  ),
  clues: v.array(v.object({ level, speaker: v.nullable(v.string()), text: v.string(), scene: nat, week: nat })),
  interventions: v.array(v.object({ level, right: v.boolean(), decision: v.nullable(nat), scene: nat, week: nat })),
  arcs: v.partial(
    v.object({
      paired: arcSchema,
      shadowing: arcSchema,
      training: arcSchema,
      board: arcSchema,
      induction: arcSchema,
      mapping: arcSchema,
    }),
  ),
  structures: v.array(v.picklist(STRUCTURES)),
  visits: v.array(v.picklist(PLACES)),
  weekStart: nat,
  missed: v.array(v.object({ knot: v.string(), title: v.string(), place: v.picklist(PLACES), week: nat })),
  ending: v.nullable(v.picklist(ENDINGS)),
  inputs: v.nullable(v.array(inputSchema)),
  sources: v.record(v.string(), nat),
  run: runInfo,
  reflections: v.record(v.string(), v.pipe(v.string(), v.maxLength(5000))),
  self: v.object({ before: v.nullable(selfAnswers), after: v.nullable(selfAnswers) }),
});

const machineSnapshot = v.looseObject({
  status: v.literal('active'),
  value: v.union([v.string(), v.record(v.string(), v.string())]),
});

const saveFile = v.object({
  format: v.literal(SAVE_FORMAT),
  version: v.literal(SAVE_VERSION),
  savedAt: v.string(),
  machine: machineSnapshot,
  ink: v.string(),
  state: gameState,
});

export type SaveFile = v.InferOutput<typeof saveFile>;

// A compile-time check that the schema and GameState agree.
const _sameShape: (s: SaveFile['state']) => GameState = (s) => s;
void _sameShape;

export type ParseResult = { ok: true; save: SaveFile } | { ok: false; reason: string };

/** Dotted path of a machine state value: { scene: 'playing' } → "scene.playing". */
export function statePath(value: string | Record<string, string>): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value)[0] ?? ['', ''];
  return `${key}.${child}`;
}

/** A quarter code for a save that never had one: derived from when it was saved, so it is stable. */
function codeFrom(text: string): string {
  let h = 5381;
  let out = '';
  for (let i = 0; i < 6; i++) {
    for (const c of `${text}:${i}`) h = (Math.imul(h, 33) ^ c.charCodeAt(0)) >>> 0;
    out += SEED_ALPHABET[h % SEED_ALPHABET.length];
  }
  return out;
}

export type Json = Record<string, unknown>;

/**
 * Format 1 was the first-week edition. Its scenes are week one of the
 * quarter, unchanged, so a week-one save carries on: the quarter's new
 * fields start as a new run would have them, and a save taken at the old
 * week-one debrief resumes at the end-of-week summary, ready for week two.
 */
function fromWeekOne(old: Json): Json {
  const state = { ...(old.state as Json) };
  const role = state.role === 'manager' ? 'manager' : 'clinician';
  const code = codeFrom(String(old.savedAt ?? ''));
  const machine = { ...(old.machine as Json) };
  delete machine.context;
  if (machine.value === 'debrief') {
    machine.value = 'week';
    state.screen = 'week';
  }
  const decisions = Array.isArray(state.decisions) ? (state.decisions as Json[]) : [];
  return {
    ...old,
    version: 2,
    machine,
    state: {
      ...state,
      week: 1,
      plan: Array.isArray(state.plan) ? (state.plan as Json[]).map((m) => ({ ...m, week: 1, here: true })) : state.plan,
      decisions: decisions.map((d) => ({ ...d, week: 1, intervene: null })),
      seed: code,
      pressing: pressingLevel(code),
      people: startingPeople(role),
      known: startingTerms(role),
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
    },
  };
}

/**
 * Format 2 was the quarter before the debrief kept the run's inputs. Such a
 * run carries on, but cannot be replayed: its inputs are unknown (null).
 * Changes learn their week from the scene they landed in.
 */
function fromQuarter(old: Json): Json {
  const state = { ...(old.state as Json) };
  const changes = Array.isArray(state.changes) ? (state.changes as Json[]) : [];
  const history = Array.isArray(state.history) ? (state.history as Json[]) : [];
  // A change's week is one more than the weeks that had ended before its scene (the history marks each end).
  const ends = history
    .filter((h) => typeof h.label === 'string' && h.label.startsWith('End of week') && typeof h.scene === 'number')
    .map((h) => h.scene as number);
  const weekOf = (scene: unknown): number =>
    typeof scene === 'number' ? Math.min(WEEKS, 1 + ends.filter((e) => e < scene).length) : 1;
  return {
    ...old,
    version: 3,
    state: {
      ...state,
      changes: changes.map((c) => ({ ...c, week: weekOf(c.scene) })),
      inputs: null,
      sources: {},
      run: { id: `${String(state.seed ?? 'run')}-saved`, branchOf: null, pairedWith: null },
      reflections: {},
      self: { before: null, after: null },
    },
  };
}

/** Older formats are lifted one version at a time: `n` lifts format n to n + 1. */
const MIGRATIONS: Record<number, (old: Json) => Json> = { 1: fromWeekOne, 2: fromQuarter };

/** A versioned JSON file the game reads: a save, or a run file. */
export interface VersionedFormat<T> {
  format: string;
  /** The newest version this game writes and reads. */
  version: number;
  /** How messages name it: "the save", "the file". */
  what: string;
  /** What to say when it is some other file altogether. */
  notOurs: string;
  /** `n` lifts version n to n + 1. */
  migrations: Record<number, (old: Json) => Json>;
  schema: v.GenericSchema<unknown, T>;
}

/** Read a versioned file: refuse what is not ours or newer, lift what is older, validate what is left. */
export function readVersioned<T>(
  text: string,
  f: VersionedFormat<T>,
): { ok: true; value: T } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: `${f.what} is not readable (it is not valid JSON)` };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== f.format) {
    return { ok: false, reason: f.notOurs };
  }
  let record = data as Json;
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, reason: `${f.what} has no version number` };
  }
  if (version > f.version) {
    return {
      ok: false,
      reason: `${f.what} was made by a newer version of the game (format ${version}; this game reads up to ${f.version})`,
    };
  }
  for (let from = version; from < f.version; from++) {
    const lift = f.migrations[from];
    if (!lift)
      return { ok: false, reason: `${f.what.replace(/^the /, '')}s in format ${from} can no longer be loaded` };
    record = lift(record);
  }
  const result = v.safeParse(f.schema, record);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    return { ok: false, reason: `${f.what} is damaged (${where ?? 'structure'}: ${issue?.message ?? 'invalid'})` };
  }
  return { ok: true, value: result.output };
}

const SAVES: VersionedFormat<SaveFile> = {
  format: SAVE_FORMAT,
  version: SAVE_VERSION,
  what: 'the save',
  notOurs: 'this is not a Common Ground save',
  migrations: MIGRATIONS,
  schema: saveFile,
};

export function parseSave(text: string): ParseResult {
  const read = readVersioned(text, SAVES);
  if (!read.ok) return read;
  const path = statePath(read.value.machine.value);
  if (!(RESUMABLE_STATES as readonly string[]).includes(path)) {
    return { ok: false, reason: `the save points to a place in the game that does not exist ("${path}")` };
  }
  return { ok: true, save: read.value };
}

export function serializeSave(parts: Omit<SaveFile, 'format' | 'version' | 'savedAt'>, now = new Date()): string {
  const file: SaveFile = { format: SAVE_FORMAT, version: SAVE_VERSION, savedAt: now.toISOString(), ...parts };
  return JSON.stringify(file);
}
