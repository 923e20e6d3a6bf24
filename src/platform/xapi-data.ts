/**
 * What the game tells a learning record store over xAPI (issue 13), as pure
 * functions of the run: no window, no network. `xapi-session.ts` queues and
 * sends what these build.
 *
 * The vocabulary. Verbs are the ADL registry's own, so any record store's
 * reports understand them; what only this game says (its role, its hidden
 * level, its meters, its result) is an extension under one base of our own:
 *
 * | statement                                   | verb (ADL)   | object                                  |
 * | ------------------------------------------- | ------------ | --------------------------------------- |
 * | the game opened (outside cmi5)              | launched     | the simulation                          |
 * | play began                                  | initialized  | the simulation                          |
 * | each decision                               | answered     | `{activity}/decision/{knot}-w{week}-{n}` |
 * | each jargon term asked about                | asked        | `{activity}/term/{term}`                |
 * | each week finished                          | progressed   | the simulation                          |
 * | the debrief reached                         | completed    | the simulation                          |
 * | the page closed                             | terminated   | the simulation                          |
 *
 * Extensions (`{VOCABULARY}/extensions/…`): `role`, `hidden-level`, `week`,
 * `run` (the run's id), `session` (the workshop session), in every
 * statement's context; on a decision's result `meters` (Budget, Patient
 * care and Trust before and after its immediate effects), `choice` (the
 * option's words) and `aimed-at` (the level it intervened at, when it did);
 * on progressed and completed `result` (the run as one result text, exactly
 * what a player's QR code carries: the room dashboard reads it; a "what if?"
 * branch, the same player exploring, carries none) and
 * `aimed-right` (interventions at the hidden level, of all made); on
 * completed `ending`.
 *
 * A decision's definition lists the options as they were shown (`choices`,
 * by letter), where the session saw them: the same letter is not the same
 * option for every role or every state of the story.
 *
 * A workshop's players share one registration, made from the session's name
 * and quarter code (`registrationOf`), so the facilitator's dashboard finds
 * the room's statements without a server of ours.
 */
import type { Statement } from '@xapi/xapi';
import { recordOf } from '../engine/read/record.ts';
import { v5 as uuidv5 } from 'uuid';
import { resultTexts } from '../engine/read/result.ts';
import { resultOfRecord } from '../engine/read/room.ts';
import type { GameState } from '../engine/rules/rules.ts';
import { HEADLINE_METERS, WEEKS, type HeadlineMeter } from '../engine/rules/types.ts';
import { interactionsOf, LETTERS } from './scorm-data.ts';

export type { Statement };

/** The base of every IRI of our own (the w3id.org namespace the xAPI community uses for profiles). */
export const VOCABULARY = 'https://w3id.org/xapi/common-ground';

const ext = (name: string): string => `${VOCABULARY}/extensions/${name}`;
export const EXT = {
  role: ext('role'),
  level: ext('hidden-level'),
  week: ext('week'),
  run: ext('run'),
  session: ext('session'),
  meters: ext('meters'),
  choice: ext('choice'),
  aimedAt: ext('aimed-at'),
  aimedRight: ext('aimed-right'),
  result: ext('result'),
  ending: ext('ending'),
} as const;

export const ACTIVITY_TYPE = {
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  term: `${VOCABULARY}/activities/term`,
} as const;

const adl = (verb: string) => ({ id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { 'en-GB': verb } });
export const VERB = {
  launched: adl('launched'),
  initialized: adl('initialized'),
  answered: adl('answered'),
  asked: adl('asked'),
  progressed: adl('progressed'),
  completed: adl('completed'),
  terminated: adl('terminated'),
} as const;

/** cmi5's category activities (cmi5 spec §9.6.2): "cmi5 defined" statements carry the first, moveOn ones both. */
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVE_ON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';

export type Actor = Statement['actor'];

/** Who is playing, in what, and how the statements are framed. */
export interface XapiFrame {
  actor: Actor;
  /** The simulation's activity id: the platform's (cmi5, a launch link) or the game's own address. */
  activityId: string;
  registration?: string;
  /** cmi5 only: the platform's context template (its session id, publisher id and so on). */
  contextTemplate?: Statement['context'];
  /** cmi5 only: whether completion may be reported (launch mode Normal). */
  mayComplete?: boolean;
}

/** What has been said about the run so far: kept with the queue, so a reload never says it twice. */
export interface Cursor {
  run: string;
  decisions: number;
  terms: number;
  weeks: number;
  completed: boolean;
}

export const freshCursor = (run: string): Cursor => ({ run, decisions: 0, terms: 0, weeks: 0, completed: false });

/** A random UUID (version 4) from 16 random bytes: `crypto.randomUUID` exists only on secure pages. */
export function uuidOf(bytes: Uint8Array): string {
  const b = Array.from(bytes.slice(0, 16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The namespace of workshop registrations (a random UUID of our own, fixed for good). */
export const REGISTRATION_NAMESPACE = '6f1d1c4e-6a43-4b7e-9c55-0d2f4a8e3b21';

/**
 * A workshop session's registration: a name-based UUID (version 5, RFC 4122)
 * made from its name and quarter code, the same on every player's device and
 * on the facilitator's dashboard.
 */
export function registrationOf(session: string, seed: string): string {
  return uuidv5(`${session.toUpperCase()}:${seed.toUpperCase()}`, REGISTRATION_NAMESPACE);
}

const pick = (m: Record<HeadlineMeter, number>) => Object.fromEntries(HEADLINE_METERS.map((k) => [k, m[k]]));

/** The run as one result text (the QR code's `CG:1/1:…`), or null before a role is chosen. */
export function resultTextOf(state: GameState, story: string | object): string | null {
  const result = state.role ? resultOfRecord(recordOf(state), story) : null;
  return result ? resultTexts(result, Number.MAX_SAFE_INTEGER)[0]! : null;
}

function aimedRight(state: GameState): { right: number; of: number } {
  return { right: state.interventions.filter((i) => i.right).length, of: state.interventions.length };
}

/** An ISO 8601 duration from milliseconds, to the hundredth of a second. */
export function duration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s.toFixed(2).replace(/\.?0+$/, '') || '0'}S`;
}

/** Merge our context into the platform's template (cmi5 requires its template in every statement). */
function contextOf(
  frame: XapiFrame,
  state: GameState | null,
  extra: { parent?: string; category?: string[] } = {},
): NonNullable<Statement['context']> {
  // cmi5 §10.2.1: nothing in the platform's template is overwritten; ours only adds to it.
  const template = frame.contextTemplate ?? {};
  const activities = template.contextActivities ?? {};
  const extensions: Record<string, unknown> = {};
  if (state?.role) {
    extensions[EXT.role] = state.role;
    extensions[EXT.level] = state.pressing;
    extensions[EXT.week] = state.week;
    extensions[EXT.run] = state.run.id;
    if (state.run.session) extensions[EXT.session] = state.run.session;
  }
  Object.assign(extensions, template.extensions ?? {});
  const list = <T>(value: T | T[] | undefined): T[] =>
    value === undefined ? [] : Array.isArray(value) ? value : [value];
  const grouping = [...list(activities.grouping)];
  const parent = [...list(activities.parent)];
  if (extra.parent) parent.push({ objectType: 'Activity', id: extra.parent });
  if (extra.parent && !grouping.some((a) => a.id === frame.activityId))
    grouping.push({ objectType: 'Activity', id: frame.activityId });
  const category = [
    ...list(activities.category).filter((a) => !extra.category || !extra.category.includes(a.id)),
    ...(extra.category ?? []).map((id) => ({ objectType: 'Activity' as const, id })),
  ];
  return {
    platform: 'Common Ground',
    language: 'en-GB',
    ...template,
    ...(frame.registration ? { registration: frame.registration } : {}),
    contextActivities: {
      ...activities,
      ...(parent.length ? { parent } : {}),
      ...(grouping.length ? { grouping } : {}),
      ...(category.length ? { category } : {}),
    },
    ...(Object.keys(extensions).length ? { extensions } : {}),
  };
}

const simulation = (frame: XapiFrame): Statement['object'] => ({
  objectType: 'Activity',
  id: frame.activityId,
  definition: {
    type: ACTIVITY_TYPE.simulation,
    name: { 'en-GB': 'Common Ground' },
    description: {
      'en-GB': 'A leadership simulation: a quarter in an English hospital, across the clinician–manager divide.',
    },
  },
});

export interface Stamp {
  id: string;
  timestamp: string;
}

/** A statement about the simulation as a whole (launched, initialized, terminated). */
export function sessionStatement(
  verb: 'launched' | 'initialized' | 'terminated',
  frame: XapiFrame,
  state: GameState | null,
  stamp: Stamp,
  elapsedMs?: number,
): Statement {
  const cmi5 = frame.contextTemplate !== undefined && verb !== 'launched';
  return {
    ...stamp,
    actor: frame.actor,
    verb: VERB[verb],
    object: simulation(frame),
    ...(verb === 'terminated' && elapsedMs !== undefined ? { result: { duration: duration(elapsedMs) } } : {}),
    context: contextOf(frame, state, cmi5 ? { category: [CMI5_CATEGORY] } : {}),
  };
}

/**
 * Everything the run has done since `cursor`: each new decision, each term
 * newly asked about, each week finished, and completion at the debrief. Pure:
 * the same state and cursor give the same statements (given the same stamps).
 */
export function statementsSince(
  state: GameState,
  cursor: Cursor,
  frame: XapiFrame,
  story: string | object,
  stamp: () => Stamp,
  elapsedMs: number,
  offered?: (decision: number) => readonly string[] | undefined,
): { statements: Statement[]; cursor: Cursor } {
  if (!state.role) return { statements: [], cursor };
  const asked = state.terms.filter((t) => t.how === 'asked');
  // A week is finished once the player is on its summary, or beyond it.
  const finished = state.ending ? state.week : state.screen === 'week' ? state.week : state.week - 1;
  // A "what if?" branch is first seen holding the run it came from up to the decision it replays:
  // that was said of the first run, so only what the learner does in the branch is new.
  const at =
    cursor.run === state.run.id
      ? cursor
      : state.run.branchOf
        ? { ...freshCursor(state.run.id), decisions: state.decisions.length, terms: asked.length, weeks: finished }
        : freshCursor(state.run.id);
  const out: Statement[] = [];
  const weeks = state.run.weeks ?? WEEKS;

  const interactions = interactionsOf(state);
  for (let n = at.decisions; n < state.decisions.length; n++) {
    const d = state.decisions[n]!;
    const it = interactions[n]!;
    const knot = state.plan[d.scene]?.knot ?? 'scene';
    // The options in the story's order, where the session saw them: a response's letter means the same option to every report.
    const options = offered?.(n);
    out.push({
      ...stamp(),
      actor: frame.actor,
      verb: VERB.answered,
      object: {
        objectType: 'Activity',
        id: `${frame.activityId}/decision/${encodeURIComponent(it.id)}`,
        definition: {
          type: ACTIVITY_TYPE.interaction,
          interactionType: 'choice',
          name: { 'en-GB': `Week ${d.week}, ${d.sceneTitle}` },
          ...(options?.length
            ? {
                choices: options.map((text, i) => ({ id: LETTERS[i] ?? String(i), description: { 'en-GB': text } })),
              }
            : {}),
        },
      },
      result: {
        response: it.response,
        ...(it.result === 'neutral' ? {} : { success: it.result === 'correct' }),
        extensions: {
          [EXT.choice]: d.text,
          [EXT.meters]: { before: pick(d.before), after: pick(d.after) },
          ...(d.intervene ? { [EXT.aimedAt]: d.intervene } : {}),
        },
      },
      context: contextOf(frame, state, { parent: `${frame.activityId}/scene/${encodeURIComponent(knot)}` }),
    });
  }

  for (let n = at.terms; n < asked.length; n++) {
    const t = asked[n]!;
    out.push({
      ...stamp(),
      actor: frame.actor,
      verb: VERB.asked,
      object: {
        objectType: 'Activity',
        id: `${frame.activityId}/term/${encodeURIComponent(t.term)}`,
        definition: { type: ACTIVITY_TYPE.term, name: { 'en-GB': t.term } },
      },
      context: contextOf(frame, state),
    });
  }

  // The result the room dashboard counts a player by: a branch is the same player exploring, so it carries none.
  const text =
    !state.run.branchOf && (finished > at.weeks || (state.screen === 'debrief' && !at.completed))
      ? resultTextOf(state, story)
      : null;
  if (finished > at.weeks) {
    out.push({
      ...stamp(),
      actor: frame.actor,
      verb: VERB.progressed,
      object: simulation(frame),
      result: {
        extensions: {
          // cmi5 §9.5.5.1: no progress once the registration is complete.
          ...(at.completed || frame.mayComplete === false
            ? {}
            : {
                'https://w3id.org/xapi/cmi5/result/extensions/progress': Math.min(
                  100,
                  Math.round((100 * finished) / weeks),
                ),
              }),
          ...(text ? { [EXT.result]: text } : {}),
          [EXT.aimedRight]: aimedRight(state),
        },
      },
      context: contextOf(frame, state),
    });
  }

  const complete = state.screen === 'debrief' && !at.completed && frame.mayComplete !== false;
  if (complete) {
    const score = aimedRight(state);
    const cmi5 = frame.contextTemplate !== undefined;
    out.push({
      ...stamp(),
      actor: frame.actor,
      verb: VERB.completed,
      object: simulation(frame),
      result: {
        completion: true,
        duration: duration(elapsedMs),
        // cmi5's completed statement carries no score (spec §9.5.4.2): the share is in an extension either way.
        ...(cmi5 || !score.of
          ? {}
          : { score: { scaled: score.right / score.of, raw: score.right, min: 0, max: score.of } }),
        extensions: {
          ...(text ? { [EXT.result]: text } : {}),
          [EXT.aimedRight]: score,
          ...(state.ending ? { [EXT.ending]: state.ending } : {}),
        },
      },
      context: contextOf(frame, state, cmi5 ? { category: [CMI5_CATEGORY, MOVE_ON_CATEGORY] } : {}),
    });
  }

  return {
    statements: out,
    cursor: {
      run: state.run.id,
      decisions: state.decisions.length,
      terms: asked.length,
      weeks: Math.max(at.weeks, finished),
      completed: at.completed || complete,
    },
  };
}
