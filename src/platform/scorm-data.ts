/**
 * What the game tells a learning platform over SCORM, as pure functions of
 * the run (no window, no API): the suspend data that lets the platform
 * resume a learner on any device, the location, the score, the session time
 * and one interaction per decision, each within SCORM 1.2's and SCORM 2004's
 * limits. `scorm.ts` writes them through the platform's API.
 *
 * The score is the share of the run's interventions aimed at the hidden
 * level, 0–100 (0 when none were made): the game's central lesson, measured
 * the same way its debrief measures it.
 */
import { recordOf } from '../engine/read/record.ts';
import { B45, readResultBytes, resultBytes, toBase45, fromBase45, type RoomResult } from '../engine/read/result.ts';
import { CHOICE_CHECKS, choiceCheck } from '../engine/run/legacy-choices.ts';
import { resultOfRecord } from '../engine/read/room.ts';
import type { GameState } from '../engine/rules/rules.ts';

export type ScormVersion = '1.2' | '2004';

/** SCORM 1.2's limit on `cmi.suspend_data` (2004 allows 64,000). */
export const SUSPEND_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };

/** What a platform keeps so that the learner can resume anywhere. */
export interface Suspended {
  result: RoomResult;
  /** The self-assessment before and after (answers 1–5 by statement), when given. */
  self: { before: Record<string, number> | null; after: Record<string, number> | null };
  /** The reflections typed in the debrief, when they fit. */
  reflections: Record<string, string>;
  /**
   * Each decision's `choiceCheck`, in order (from S2): taken up on a story changed since, each choice is
   * found again by its words. Absent in S1's data, which replays by position alone.
   */
  chosen?: number[];
}

/** Each choice's check as two base45 characters (RFC 9285). */
const checksText = (texts: readonly string[]): string =>
  texts
    .map((t) => {
      const n = choiceCheck(t);
      return B45[n % 45]! + B45[Math.floor(n / 45)]!;
    })
    .join('');

function readChecks(text: string): number[] | null {
  if (text.length % 2) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 2) {
    const [lo, hi] = [B45.indexOf(text[i]!), B45.indexOf(text[i + 1]!)];
    if (lo < 0 || hi < 0 || lo + hi * 45 >= CHOICE_CHECKS) return null;
    out.push(lo + hi * 45);
  }
  return out;
}

const SELF_KEYS = ['s1', 's2', 's3', 's4', 's5', 's6'];

function selfText(answers: Record<string, number> | null): string {
  return answers ? SELF_KEYS.map((k) => String(answers[k] ?? 0)).join('') : '-';
}

function readSelf(text: string | undefined): Record<string, number> | null {
  if (!text || !/^[0-5]{6}$/.test(text)) return null;
  const out: Record<string, number> = {};
  SELF_KEYS.forEach((k, i) => {
    const n = Number(text[i]);
    if (n >= 1) out[k] = n;
  });
  return Object.keys(out).length ? out : null;
}

/**
 * Base45's space, `+` and `%` are what a platform that sends or stores its data form-encoded, or trims it,
 * changes (a space for `+`, a byte for `%xx`): in the suspend data from S3 they are written as `_`, `~` and
 * `!`, none of which base45 or the fields' separator use.
 */
const SAFE: Readonly<Record<string, string>> = { ' ': '_', '+': '~', '%': '!' };
const UNSAFE: Readonly<Record<string, string>> = { _: ' ', '~': '+', '!': '%' };
const safe45 = (text: string): string => text.replace(/[ +%]/g, (c) => SAFE[c]!);
const from45 = (text: string): string | null => (/[ +%]/.test(text) ? null : text.replace(/[_~!]/g, (c) => UNSAFE[c]!));

/**
 * The suspend data: `S3;` then the run as base45 result bytes (role, quarter
 * code, every input), each decision's check (two base45 characters), the
 * self-assessment before and after as six digits each, and as many of the
 * reflections as fit within `limit`, in the order they were written (as
 * base45 of their JSON), every base45 field in the safe letters above.
 * Returns the text and whether any had to be left out (they stay in the
 * browser's save). S2 wrote base45 as it is and the reflections
 * percent-encoded; S1, before the checks, is S2 without them.
 */
export function suspendData(
  state: GameState,
  story: string | object,
  limit: number,
): { text: string; reflectionsKept: boolean } | null {
  const result = resultOfRecord(recordOf(state), story);
  if (!result) return null;
  const checks = checksText(state.decisions.map((d) => d.text));
  const base = `S3;${safe45(toBase45(resultBytes(result)))};${safe45(checks)};${selfText(state.self.before)};${selfText(state.self.after)}`;
  const written = Object.fromEntries(Object.entries(state.reflections).filter(([, v]) => v.trim()));
  if (!Object.keys(written).length) return { text: base, reflectionsKept: true };
  const kept: Record<string, string> = {};
  let text = base;
  for (const [key, value] of Object.entries(written)) {
    const withThis = `${base};${safe45(toBase45(new TextEncoder().encode(JSON.stringify({ ...kept, [key]: value }))))}`;
    if (withThis.length > limit) continue;
    kept[key] = value;
    text = withThis;
  }
  return { text, reflectionsKept: Object.keys(kept).length === Object.keys(written).length };
}

/** S3's reflections: base45, in safe letters, of their JSON as UTF-8 (throws when damaged). */
function notesText(notes: string): string {
  const plain = from45(notes);
  const bytes = plain === null ? null : fromBase45(plain);
  if (!bytes) throw new Error('damaged reflections');
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export type SuspendRead = { ok: true; value: Suspended } | { ok: false; reason: string };

export function readSuspendData(text: string): SuspendRead {
  const fields = text.split(';');
  const tag = fields[0];
  // S1 (before the decisions' checks) has no field for them.
  const [written, writtenChecks, before, after, notes] =
    tag === 'S1' ? [fields[1], undefined, ...fields.slice(2)] : fields.slice(1);
  if ((tag !== 'S1' && tag !== 'S2' && tag !== 'S3') || !written)
    return { ok: false, reason: 'it is not a Common Ground resume point' };
  // S3's base45 is in safe letters; a space, `+` or `%` in it is a platform's change.
  const run = tag === 'S3' ? from45(written) : written;
  const checks = writtenChecks === undefined || tag !== 'S3' ? writtenChecks : from45(writtenChecks);
  const chosen = checks === undefined ? undefined : checks === null ? null : readChecks(checks);
  if (chosen === null) return { ok: false, reason: 'its record of the choices made is damaged' };
  const bytes = run === null ? null : fromBase45(run);
  if (!bytes) return { ok: false, reason: 'its run is damaged' };
  const result = readResultBytes(bytes);
  if (!result.ok) return { ok: false, reason: result.reason };
  let reflections: Record<string, string> = {};
  if (notes) {
    try {
      const parsed = JSON.parse(tag === 'S3' ? notesText(notes) : decodeURIComponent(notes)) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        reflections = Object.fromEntries(
          Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
        );
    } catch {
      // Damaged notes are dropped; the run itself is intact.
    }
  }
  const self: Suspended['self'] = { before: readSelf(before), after: readSelf(after) };
  return { ok: true, value: { result: result.value, self, reflections, ...(chosen ? { chosen } : {}) } };
}

/** Where the learner is, in words a platform's report can show (`cmi.core.lesson_location`, 255 characters). */
export function locationOf(state: GameState): string {
  const meta = state.plan[state.sceneIndex];
  const where =
    state.screen === 'debrief' ? 'debrief' : meta ? `week ${state.week}, ${meta.title}` : `week ${state.week}`;
  return where.slice(0, 255);
}

/**
 * The score, 0–100: the share of interventions aimed at the hidden level; null
 * when the run made none (nothing to score, which is not the same as 0).
 */
export function scoreOf(state: Pick<GameState, 'interventions'>): number | null {
  const right = state.interventions.filter((i) => i.right).length;
  const all = state.interventions.length;
  return all ? Math.round((100 * right) / all) : null;
}

/** Session time as SCORM 1.2 writes it (HHHH:MM:SS.SS) and as SCORM 2004 does (an ISO 8601 duration). */
export function sessionTime(ms: number, version: ScormVersion): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  if (version === '1.2') {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    return `${pad(Math.min(h, 9999), 4)}:${pad(m, 2)}:${s.toFixed(2).padStart(5, '0')}`;
  }
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s.toFixed(2).replace(/\.?0+$/, '') || '0'}S`;
}

export interface Interaction {
  id: string;
  /** The option taken: a letter (a for the first), as SCORM's choice type wants. */
  response: string;
  /** Where the decision had a right answer (an intervention at a level): was it the hidden level? */
  result: 'correct' | 'wrong' | 'neutral';
  description: string;
  week: number;
}

/**
 * An option's letter by its place in the story's order of the options on offer (a for the first written), as
 * SCORM's choice type and xAPI's `choices` read it: the same letter for every learner, whatever order the
 * screen drew them in.
 */
export const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** One interaction per decision: id from the scene, its week (encounters come back) and the decision's place in it. */
export function interactionsOf(state: GameState): Interaction[] {
  const chosen = (state.inputs ?? []).flatMap((i) => (i.type === 'CHOOSE' ? [i.index] : []));
  const perScene = new Map<number, number>();
  return state.decisions.map((d, n) => {
    const ordinal = (perScene.get(d.scene) ?? 0) + 1;
    perScene.set(d.scene, ordinal);
    const knot = (state.plan[d.scene]?.knot ?? 'scene').replace(/[^A-Za-z0-9_]/g, '_');
    return {
      id: `${knot}-w${d.week}-${ordinal}`,
      response: LETTERS[chosen[n] ?? 0] ?? 'a',
      result: d.intervene === null ? 'neutral' : d.intervene === state.pressing ? 'correct' : 'wrong',
      description: `Week ${d.week}, ${d.sceneTitle}: ${d.text}`.slice(0, 250),
      week: d.week,
    };
  });
}
