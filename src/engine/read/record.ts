/**
 * A finished (or paused) run as a record: what the debrief shows, what the
 * archive keeps for comparisons, and what a player exports to a file. The
 * file is versioned and validated, so a later version of the game can import
 * it, and a damaged or foreign file is refused with a reason.
 */
import * as v from 'valibot';
import type { GameState } from '../rules/rules.ts';
import { gameState, readVersioned, withOrigins, type Json, type VersionedFormat } from '../run/save.ts';
import { ROLES, type Role } from '../rules/types.ts';

export const RUN_FORMAT = 'common-ground-run';
export const RUN_VERSION = 2;

const RECORD_KEYS = [
  'week',
  'meters',
  'plan',
  'decisions',
  'changes',
  'pending',
  'history',
  'skills',
  'seed',
  'pressing',
  'people',
  'known',
  'terms',
  'clues',
  'interventions',
  'arcs',
  'structures',
  'missed',
  'ending',
  'inputs',
  'sources',
  'run',
  'reflections',
  'self',
  'overtime',
  'hours',
  'weekHours',
  'leavers',
] as const;

const recordSchema = v.object({
  ...v.pick(gameState, RECORD_KEYS).entries,
  role: v.picklist(ROLES),
  savedAt: v.string(),
});

export type RunRecord = Pick<GameState, (typeof RECORD_KEYS)[number]> & { role: Role; savedAt: string };

const fileSchema = v.object({
  format: v.literal(RUN_FORMAT),
  version: v.literal(RUN_VERSION),
  exportedAt: v.string(),
  runs: v.pipe(v.array(recordSchema), v.minLength(1), v.maxLength(50)),
});

export interface RunFile {
  format: typeof RUN_FORMAT;
  version: typeof RUN_VERSION;
  exportedAt: string;
  runs: RunRecord[];
}

/** The record of the run a game state holds. */
export function recordOf(state: GameState, now = new Date()): RunRecord {
  const out = Object.fromEntries(RECORD_KEYS.map((k) => [k, structuredClone(state[k])])) as Pick<
    GameState,
    (typeof RECORD_KEYS)[number]
  >;
  return { ...out, role: state.role ?? 'clinician', savedAt: now.toISOString() };
}

/** A run file's text: indented for people to open, compact for the browser's own storage. */
export function serializeRuns(runs: readonly RunRecord[], now = new Date(), compact = false): string {
  const file: RunFile = { format: RUN_FORMAT, version: RUN_VERSION, exportedAt: now.toISOString(), runs: [...runs] };
  return compact ? JSON.stringify(file) : JSON.stringify(file, null, 1);
}

export type RunParse = { ok: true; runs: RunRecord[] } | { ok: false; reason: string };

const RUN_FILES: VersionedFormat<v.InferOutput<typeof fileSchema>> = {
  format: RUN_FORMAT,
  version: RUN_VERSION,
  what: 'the file',
  notOurs: 'this is not a Common Ground run file (export one from a debrief)',
  // Older run files are lifted one version at a time, as saves are.
  migrations: {
    /** Version 1 came before changes named their true causes and before staff left (see `withOrigins`). */
    1: (old: Json): Json => ({
      ...old,
      version: 2,
      runs: Array.isArray(old.runs)
        ? old.runs.map((r: unknown) => (typeof r === 'object' && r !== null ? withOrigins(r as Json) : r))
        : old.runs,
    }),
  },
  schema: fileSchema,
};

/** Read an exported file (or the archive). Newer formats are refused; older ones are lifted. */
export function parseRuns(text: string): RunParse {
  const read = readVersioned(text, RUN_FILES);
  return read.ok ? { ok: true, runs: read.value.runs as RunRecord[] } : read;
}
