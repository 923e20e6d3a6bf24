/**
 * Versioned, validated saves. A save holds the machine's persisted snapshot,
 * the ink state and the game state together, so a resumed game is exactly
 * where it was. Anything that fails validation is refused with a reason.
 */
import { plainQuotes } from '../rules/prose.ts';
import * as v from 'valibot';
import { METER_MAX, METER_MIN } from '../rules/meters.ts';
import {
  ARCS,
  AUTHORITIES,
  BARRIERS,
  DAYS,
  LEVELS,
  METER_TARGETS,
  MOODS,
  PLACES,
  ROLES,
  STRUCTURES,
  TRUST_GROUPS,
  WEEKS,
  WORKSHOP_WEEKS,
  type Role,
} from '../rules/types.ts';
import { SESSION_PATTERN } from '../rules/quarter.ts';
import { SKILLS } from '../rules/skills.ts';
import { RESUMABLE_STATES, statePath } from './machine.ts';
import { type Input } from '../rules/types.ts';
import { MAX_HANDS, PRESSURES, type GameState, type Origin } from '../rules/rules.ts';
import { CHARACTERS } from '../rules/characters.ts';
import { misreadFor, TERMS, TERM_IDS, type Term } from '../rules/glossary.ts';
import { LEGACY_MISREADS } from './legacy-misreads.ts';
import { FINDINGS, type FindingId } from '../rules/findings.ts';
import {
  ARC_INFO,
  checkSeed,
  ENDINGS,
  PLACE_INFO,
  pressingLevel,
  SEED_ALPHABET,
  startingPeople,
  startingTerms,
  STRUCTURE_INFO,
} from '../rules/quarter.ts';

export const SAVE_FORMAT = 'common-ground-save';
export const SAVE_VERSION = 4;

const meter = v.pipe(v.number(), v.integer(), v.minValue(METER_MIN), v.maxValue(METER_MAX));
/** Whole numbers in a save stay within sane bounds: a quarter has at most a few thousand of anything. */
const int = v.pipe(v.number(), v.integer(), v.minValue(-100_000), v.maxValue(100_000));
const nat = v.pipe(int, v.minValue(0));
/** Text in a save: a line, a title, a note; never megabytes. */
const text = v.pipe(v.string(), v.maxLength(5000));
/** A list in a save, bounded well above what any quarter produces. */
const list = <T extends v.GenericSchema>(item: T, max = 20_000) => v.pipe(v.array(item), v.maxLength(max));
/** Hours move in half-hours. */
const halfHours = v.pipe(
  v.number(),
  v.check((n) => Number.isInteger(n * 2), 'hours come in half-hours'),
  v.minValue(-1000),
  v.maxValue(1000),
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
const line = v.object({
  text: text,
  speaker: v.optional(text),
  mood: v.optional(v.picklist(MOODS)),
  recorded: v.optional(v.literal(true)),
});
const meterEffect = v.union([
  v.object({ kind: v.literal('meter'), target: v.picklist(METER_TARGETS), delta: int }),
  v.object({ kind: v.literal('person'), id: person, delta: int }),
]);

const originSchema = v.variant('kind', [
  v.object({ kind: v.literal('choice') }),
  v.object({ kind: v.literal('scene'), line: v.optional(text), scene: v.optional(nat) }),
  v.object({ kind: v.literal('intervention'), level, right: v.boolean() }),
  v.object({ kind: v.literal('jargon') }),
  v.object({
    kind: v.literal('nod'),
    term,
    scene: nat,
    line: text,
    speaker: v.nullable(text),
  }),
  v.object({ kind: v.literal('ask'), term }),
  v.object({ kind: v.literal('arc'), arc: v.picklist(ARCS) }),
  v.object({ kind: v.literal('build'), structure: v.picklist(STRUCTURES) }),
  v.object({ kind: v.literal('pressure'), pressure: v.picklist(PRESSURES) }),
  v.object({ kind: v.literal('visit'), place: v.picklist(PLACES) }),
  v.object({ kind: v.literal('missed'), place: v.picklist(PLACES), title: text }),
]) satisfies v.GenericSchema<unknown, Origin>;

const inputSchema = v.variant('type', [
  v.object({ type: v.literal('BEGIN') }),
  v.object({
    type: v.literal('CHOOSE'),
    index: nat,
    votes: v.optional(list(v.pipe(int, v.minValue(0), v.maxValue(MAX_HANDS)), 50)),
    proposals: v.optional(v.tuple([nat, nat])),
  }),
  v.object({ type: v.literal('ASK'), term, partner: v.optional(v.boolean()) }),
  v.object({ type: v.literal('LOOK_UP'), term }),
  v.object({ type: v.literal('PLAN'), visits: list(v.picklist(PLACES)) }),
  v.object({ type: v.literal('NEXT') }),
]) satisfies v.GenericSchema<unknown, Input>;
const runId = v.pipe(text, v.minLength(1), v.maxLength(120));
export const runInfo = v.object({
  id: runId,
  branchOf: v.nullable(v.object({ id: runId, decision: nat })),
  pairedWith: v.nullable(runId),
  // Added with workshops (issue 12): optional, so every earlier save still reads unchanged.
  session: v.optional(v.pipe(v.string(), v.regex(SESSION_PATTERN))),
  pair: v.optional(v.picklist(ROLES)),
  // Added with the workshop quarter (issue 12): optional, absent in the full quarter.
  weeks: v.optional(v.literal(WORKSHOP_WEEKS)),
  // Added with a pair's two devices (issue 12): optional, absent on one device.
  device: v.optional(v.picklist(ROLES)),
});
const selfAnswers = v.record(text, v.pipe(int, v.minValue(1), v.maxValue(5)));

const sceneMeta = v.object({
  knot: text,
  title: text,
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
  plan: list(sceneMeta),
  sceneIndex: nat,
  place: v.nullable(v.picklist(PLACES)),
  speaker: v.nullable(v.object({ id: text, mood: v.picklist(MOODS) })),
  lines: list(line),
  earlier: v.optional(list(v.object({ lines: list(line), chose: text }))),
  // Added with a pair's partner's aside: optional, so earlier saves read unchanged.
  aside: v.optional(list(line)),
  choices: list(v.object({ index: nat, text: text, hours: hoursLeft, authority: v.optional(v.picklist(AUTHORITIES)) })),
  sceneOver: v.boolean(),
  decisions: list(
    v.object({
      id: nat,
      scene: nat,
      week: nat,
      sceneTitle: text,
      day: text,
      barrier: v.picklist(BARRIERS),
      text: text,
      skills: list(v.picklist(SKILLS)),
      level: v.nullable(level),
      intervene: v.nullable(level),
      // Added with asking again (a repeat chases a change; it is not another): optional, so earlier saves read unchanged.
      repeats: v.optional(nat),
      // Added with following a change up (rules edition 10): where the choice sits in the story; optional.
      choice: v.optional(v.pipe(v.string(), v.maxLength(200))),
      finding: v.optional(v.picklist(Object.keys(FINDINGS) as FindingId[])),
      before: headline,
      after: headline,
      // Added with projector play-throughs (issue 12): optional, so earlier saves read unchanged.
      votes: v.optional(list(v.object({ text, hands: v.pipe(int, v.minValue(0), v.maxValue(MAX_HANDS)) }), 50)),
      // Added with paired play (issue 12): optional, so earlier saves read unchanged.
      // What the partner had been told there: added with the partner's aside, optional as the rest.
      proposals: v.optional(v.object({ lead: text, partner: text, partnerTold: v.optional(list(text)) })),
    }),
  ),
  changes: list(
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
      note: v.optional(text),
      origin: originSchema,
    }),
  ),
  pending: list(
    v.object({
      decision: v.nullable(nat),
      due: nat,
      effect: meterEffect,
      note: v.optional(text),
      origin: originSchema,
    }),
  ),
  history: list(v.object({ label: text, scene: nat, budget: meter, care: meter, trust: meter })),
  skills: v.object({ understanding: nat, listening: nat, communication: nat }),
  seed,
  pressing: level,
  people: v.record(person, meter),
  known: list(term),
  glossary: list(term),
  unknown: list(
    v.object({
      term,
      speaker: v.nullable(text),
      line: v.optional(text),
      choice: v.optional(v.boolean()),
      nodChoice: v.optional(v.boolean()),
    }),
  ),
  terms: list(
    v.object({
      term,
      how: v.picklist(['asked', 'looked up', 'nodded', 'from your partner']),
      scene: nat,
      week: nat,
      misread: v.boolean(),
      ownCost: v.optional(v.literal(true)),
    }),
  ),
  clues: list(v.object({ level, speaker: v.nullable(text), text: text, scene: nat, week: nat })),
  interventions: list(
    v.object({
      level,
      right: v.boolean(),
      asked: v.optional(v.picklist(TRUST_GROUPS)),
      // Added with rules edition 12 (whom a miss cost): optional, so earlier saves read unchanged, their misses told
      // as costing every group but the one that asked, as they did.
      charged: v.optional(list(v.picklist(TRUST_GROUPS), TRUST_GROUPS.length)),
      decision: v.nullable(nat),
      scene: nat,
      week: nat,
    }),
  ),
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
  structures: list(v.picklist(STRUCTURES)),
  visits: list(v.picklist(PLACES)),
  weekStart: nat,
  missed: list(v.object({ knot: text, title: text, place: v.picklist(PLACES), week: nat })),
  ending: v.nullable(v.picklist(ENDINGS)),
  inputs: v.nullable(list(inputSchema)),
  sources: v.record(text, nat),
  run: runInfo,
  reflections: v.record(text, v.pipe(text, v.maxLength(5000))),
  self: v.object({ before: v.nullable(selfAnswers), after: v.nullable(selfAnswers) }),
  leavers: list(
    v.object({
      week: v.pipe(int, v.minValue(1), v.maxValue(WEEKS)),
      count: v.pipe(int, v.minValue(1)),
      wellbeing: meter,
    }),
  ),
});

const machineSnapshot = v.looseObject({
  status: v.literal('active'),
  value: v.union([v.string(), v.record(v.string(), v.string())]),
});

const inkValue = v.union([v.string(), v.number(), v.boolean()]);

const saveFile = v.object({
  format: v.literal(SAVE_FORMAT),
  version: v.literal(SAVE_VERSION),
  savedAt: v.string(),
  machine: machineSnapshot,
  /** The ink runtime's own state; empty when only the story's variables carried over (see `inkVars`). */
  ink: v.string(),
  /** The story's variables, when a save from before a story update could keep only those. */
  inkVars: v.optional(v.record(v.string(), inkValue)),
  /** Something the player should be told on resuming (set by a migration). */
  notice: v.optional(v.string()),
  /**
   * A fingerprint of the compiled story the save was written on (`storyPrint`). A save without
   * it, or from another story, has the scene it was in checked against the story as it is now.
   */
  story: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff))),
  state: gameState,
});

export type SaveFile = v.InferOutput<typeof saveFile>;

// A compile-time check that the schema and GameState agree.
const _sameShape: (s: SaveFile['state']) => GameState = (s) => s;
void _sameShape;

export type ParseResult = { ok: true; save: SaveFile } | { ok: false; reason: string };

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

const noteIs = (note: unknown, text: string): boolean =>
  typeof note === 'string' && plainQuotes(note) === plainQuotes(text);

/**
 * What caused a change or a pending effect recorded before changes said so
 * (formats up to 3), read back from the decision and the words it was logged
 * with. A misunderstanding used to be charged to the decision on screen at the
 * nod; it is given back to the nod, and the decision is cleared.
 */
export function inferOrigin(c: Json, role: Role): { origin: Origin; decision: unknown } {
  const note = c.note;
  const term = (TERMS as readonly Term[]).find(
    (t) =>
      ROLES.some((r) => noteIs(note, misreadFor(t, r)) && (r === role || typeof t.misread === 'string')) ||
      (LEGACY_MISREADS[t.id] ?? []).some((text) => noteIs(note, text)),
  );
  if (term) return { origin: { kind: 'nod', term: term.id, scene: 0, line: '', speaker: null }, decision: null };
  const text = typeof note === 'string' ? note : '';
  const level = LEVELS.find((l) => text.startsWith(`Aimed at the ${l} level`));
  if (level)
    return { origin: { kind: 'intervention', level, right: text.includes('it landed') }, decision: c.decision };
  if (text === 'You spoke your own jargon to the other side.')
    return { origin: { kind: 'jargon' }, decision: c.decision };
  const arc = ARCS.find((a) => text === `${ARC_INFO[a].name} is paying off.`);
  if (arc) return { origin: { kind: 'arc', arc }, decision: c.decision };
  const structure = STRUCTURES.find((st) => text.startsWith(STRUCTURE_INFO[st].short));
  if (structure) return { origin: { kind: 'build', structure }, decision: c.decision };
  const asked = /^You asked what “(.+)” means\.$/.exec(text);
  const askedTerm = asked ? (TERMS as readonly Term[]).find((t) => t.label === asked[1]) : undefined;
  if (askedTerm) return { origin: { kind: 'ask', term: askedTerm.id }, decision: null };
  const place = PLACES.find(
    (p) =>
      text === `Visit: ${PLACE_INFO[p].name}` ||
      text === `You showed up at ${PLACE_INFO[p].name}.` ||
      text === `You made time for ${PLACE_INFO[p].name}.`,
  );
  if (place) return { origin: { kind: 'visit', place }, decision: null };
  const missed = PLACES.find((p) => text.startsWith(`You weren’t at ${PLACE_INFO[p].name}`));
  if (missed) {
    const title = /“(.+)”/.exec(text)?.[1] ?? '';
    return { origin: { kind: 'missed', place: missed, title }, decision: null };
  }
  if (c.decision !== null && c.decision !== undefined) return { origin: { kind: 'choice' }, decision: c.decision };
  if (text) return { origin: { kind: 'pressure', pressure: 'earlier' }, decision: null };
  return { origin: { kind: 'scene' }, decision: null };
}

/** Primitive ink variables from an ink state's JSON (what survives a story update). */
export function inkVariablesOf(ink: unknown): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  try {
    const parsed = JSON.parse(typeof ink === 'string' ? ink : '{}') as { variablesState?: Record<string, unknown> };
    for (const [name, value] of Object.entries(parsed.variablesState ?? {})) {
      if (typeof value === 'number' || typeof value === 'boolean') out[name] = value;
      else if (typeof value === 'string' && value.startsWith('^')) out[name] = value.slice(1);
    }
  } catch {
    // An unreadable ink state keeps no variables; the engine's own values are written again on load.
  }
  return out;
}

/** A game state's lasting records, given the causes format 4 keeps (shared by saves and run files). */
export function withOrigins(state: Json): Json {
  const role: Role = state.role === 'manager' ? 'manager' : 'clinician';
  const lift = (list: unknown): unknown =>
    Array.isArray(list)
      ? list.map((c: unknown) => {
          if (typeof c !== 'object' || c === null) return c;
          const { origin, decision } = inferOrigin(c as Json, role);
          return { ...(c as Json), origin, decision };
        })
      : list;
  const people = typeof state.people === 'object' && state.people !== null ? (state.people as Json) : {};
  const known = Array.isArray(state.known) ? (state.known as unknown[]) : [];
  return {
    ...state,
    changes: lift(state.changes),
    pending: lift(state.pending),
    people: { ...startingPeople(role), ...people },
    known: [...new Set([...known, ...startingTerms(role)])],
    leavers: [],
  };
}

/** What a player who saved before the story was rewritten is told. */
export const STORY_UPDATED =
  'The story has been rewritten since you saved. Everything you decided is kept; the scene you were in is closed, and you carry on from the next one.';

/**
 * Format 3 was the quarter before the content rewrite: its ink positions point
 * into scenes that have since changed, so only the story's variables (what
 * scenes remember) carry over, a scene in progress is closed where it stood,
 * and the run's inputs, which the new story could not replay, are set aside.
 * Changes learn their true causes (a misunderstanding is the nod's, not the
 * decision's), the new head of nursing starts with a role's usual trust, and
 * the words a role uses every day are known.
 */
function fromBeforeRewrite(old: Json): Json {
  const machine = { ...(old.machine as Json) };
  let state = withOrigins(old.state as Json);
  const inScene = typeof machine.value === 'object' && machine.value !== null && 'scene' in (machine.value as Json);
  if (inScene) {
    machine.value = { scene: 'summary' };
    state = { ...state, screen: 'summary', sceneOver: true, choices: [], unknown: [] };
  } else {
    state = { ...state, unknown: [] };
  }
  return {
    ...old,
    version: 4,
    machine,
    ink: '',
    inkVars: inkVariablesOf(old.ink),
    notice: STORY_UPDATED,
    state: { ...state, inputs: null },
  };
}

/** Older formats are lifted one version at a time: `n` lifts format n to n + 1. */
const MIGRATIONS: Record<number, (old: Json) => Json> = { 1: fromWeekOne, 2: fromQuarter, 3: fromBeforeRewrite };

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
    return { ok: false, reason: `${f.what} is not readable (it is cut short or damaged)` };
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
    try {
      record = lift(record);
    } catch {
      // A migration meets what it cannot read (a missing part, a null where a list should be): damaged.
      return { ok: false, reason: `${f.what} is damaged (it could not be brought up from format ${from})` };
    }
  }
  const result = v.safeParse(f.schema, record);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    // Too many of something at the top (a file of 60 runs) is not damage: say how many it holds, and the limit.
    if (issue?.type === 'max_length' && where && !where.includes('.') && Array.isArray(issue.input))
      return {
        ok: false,
        reason: `${f.what} holds ${issue.input.length} ${where}, and one file can bring in at most ${String(issue.requirement)} (split it into files of ${String(issue.requirement)} or fewer)`,
      };
    // Plain words for the player; the place in the file, for whoever they send it to.
    return {
      ok: false,
      reason: `${f.what} is damaged (a part of it is missing or not what it should be, at ${where ?? 'the top level'})`,
    };
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
