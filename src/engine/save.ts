/**
 * Versioned, validated saves. A save holds the machine's persisted snapshot,
 * the ink state and the game state together, so a resumed game is exactly
 * where it was. Anything that fails validation is refused with a reason.
 */
import * as v from 'valibot';
import { METER_MAX, METER_MIN } from './meters.ts';
import { BARRIERS, DAYS, LEVELS, METER_TARGETS, MOODS, PLACES, ROLES, SKILLS } from './types.ts';
import { RESUMABLE_STATES } from './machines/game.ts';
import type { GameState } from './rules.ts';

export const SAVE_FORMAT = 'common-ground-save';
export const SAVE_VERSION = 1;

const meter = v.pipe(v.number(), v.integer(), v.minValue(METER_MIN), v.maxValue(METER_MAX));
const int = v.pipe(v.number(), v.integer());
const nat = v.pipe(int, v.minValue(0));
const headline = v.object({ budget: meter, care: meter, trust: meter });
const meterEffect = v.object({ kind: v.literal('meter'), target: v.picklist(METER_TARGETS), delta: int });

const sceneMeta = v.object({
  knot: v.string(),
  title: v.string(),
  barrier: v.picklist(BARRIERS),
  place: v.picklist(PLACES),
  day: v.picklist(DAYS),
});

const gameState = v.object({
  screen: v.picklist(['title', 'role', 'briefing', 'scene', 'summary', 'debrief']),
  role: v.nullable(v.picklist(ROLES)),
  week: nat,
  meters: v.object({
    budget: meter,
    care: meter,
    wellbeing: meter,
    trust: v.object({ clinicians: meter, leaders: meter, executives: meter }),
  }),
  hours: nat,
  weekHours: nat,
  overtime: nat,
  plan: v.array(sceneMeta),
  sceneIndex: nat,
  place: v.nullable(v.picklist(PLACES)),
  speaker: v.nullable(v.object({ id: v.string(), mood: v.picklist(MOODS) })),
  lines: v.array(v.object({ text: v.string(), speaker: v.optional(v.string()), mood: v.optional(v.picklist(MOODS)) })),
  choices: v.array(v.object({ index: nat, text: v.string(), hours: nat })),
  sceneOver: v.boolean(),
  decisions: v.array(
    v.object({
      id: nat,
      scene: nat,
      sceneTitle: v.string(),
      day: v.string(),
      barrier: v.picklist(BARRIERS),
      text: v.string(),
      skills: v.array(v.picklist(SKILLS)),
      level: v.nullable(v.picklist(LEVELS)),
      before: headline,
      after: headline,
    }),
  ),
  changes: v.array(
    v.object({
      scene: nat,
      decision: v.nullable(nat),
      delayed: v.boolean(),
      target: v.picklist([...METER_TARGETS, 'hours']),
      delta: int,
      before: int,
      after: int,
    }),
  ),
  pending: v.array(v.object({ decision: v.nullable(nat), due: nat, effect: meterEffect })),
  history: v.array(v.object({ label: v.string(), scene: nat, budget: meter, care: meter, trust: meter })),
  skills: v.object({ understanding: nat, listening: nat, communication: nat }),
});

const machineSnapshot = v.looseObject({
  status: v.literal('active'),
  value: v.union([v.string(), v.record(v.string(), v.string())]),
  context: v.object({ sceneIndex: nat, sceneCount: nat }),
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

/**
 * Older formats are lifted one version at a time. Version 1 is the first, so
 * there is nothing to migrate yet; a later format adds `2: (old) => new` here.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

export function parseSave(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the save is not readable (it is not valid JSON)' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== SAVE_FORMAT) {
    return { ok: false, reason: 'this is not a Common Ground save' };
  }
  let record = data as Record<string, unknown>;
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, reason: 'the save has no version number' };
  }
  if (version > SAVE_VERSION) {
    return {
      ok: false,
      reason: `the save was made by a newer version of the game (format ${version}; this game reads up to ${SAVE_VERSION})`,
    };
  }
  for (let from = version; from < SAVE_VERSION; from++) {
    const lift = MIGRATIONS[from];
    if (!lift) return { ok: false, reason: `saves in format ${from} can no longer be loaded` };
    record = lift(record);
  }
  const result = v.safeParse(saveFile, record);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    return { ok: false, reason: `the save is damaged (${where ?? 'structure'}: ${issue?.message ?? 'invalid'})` };
  }
  const path = statePath(result.output.machine.value);
  if (!(RESUMABLE_STATES as readonly string[]).includes(path)) {
    return { ok: false, reason: `the save points to a place in the game that does not exist ("${path}")` };
  }
  return { ok: true, save: result.output };
}

export function serializeSave(parts: Omit<SaveFile, 'format' | 'version' | 'savedAt'>, now = new Date()): string {
  const file: SaveFile = { format: SAVE_FORMAT, version: SAVE_VERSION, savedAt: now.toISOString(), ...parts };
  return JSON.stringify(file);
}
