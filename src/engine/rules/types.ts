/** Shared vocabulary of the engine. Pure data types: no DOM, no Phaser. */
import type { FindingId } from './findings.ts';
import type { Skill } from './skills.ts';

export const ROLES = ['clinician', 'manager'] as const;
export type Role = (typeof ROLES)[number];

export const HEADLINE_METERS = ['budget', 'care', 'trust'] as const;
export type HeadlineMeter = (typeof HEADLINE_METERS)[number];

export const TRUST_GROUPS = ['clinicians', 'leaders', 'executives'] as const;
export type TrustGroup = (typeof TRUST_GROUPS)[number];

/** Everything an effect can move. `trust` moves every group at once. */
export const METER_TARGETS = [
  'budget',
  'care',
  'trust',
  'trust.clinicians',
  'trust.leaders',
  'trust.executives',
  'wellbeing',
] as const;
export type MeterTarget = (typeof METER_TARGETS)[number];

export const LEVELS = ['organisation', 'department', 'practice'] as const;
export type CulturalLevel = (typeof LEVELS)[number];

export const BARRIERS = ['status', 'location', 'jargon'] as const;
export type Barrier = (typeof BARRIERS)[number];

export const MOODS = ['neutral', 'pleased', 'worried'] as const;
export type Mood = (typeof MOODS)[number];

/** Places on the hospital map (week one used ward, finance and cafe). */
export const PLACES = ['ward', 'ed', 'theatres', 'clinic', 'finance', 'exec', 'cafe'] as const;
export type Place = (typeof PLACES)[number];

export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
export type Day = (typeof DAYS)[number];

/** Long arcs from the evidence: slow to pay off, lasting when they do (EVIDENCE.md §3.9). */
export const ARCS = ['paired', 'shadowing', 'training', 'board', 'induction', 'mapping'] as const;
export type Arc = (typeof ARCS)[number];

/**
 * What only one role's real authority allows (DESIGN.md §1): a consultant who is
 * clinical director decides medical cover, the rota, job plans and clinical
 * standards, and can have a word with a peer; a general manager approves
 * agency spend, moves or funds posts, releases budget, commissions estates work
 * and changes how the operational process runs.
 */
export const AUTHORITY = {
  clinician: ['cover', 'rota', 'jobplan', 'standards', 'peer'],
  manager: ['agency', 'post', 'budget', 'estates', 'process'],
} as const;
export type Authority = (typeof AUTHORITY)[Role][number];
export const AUTHORITIES: readonly Authority[] = [...AUTHORITY.clinician, ...AUTHORITY.manager];

/** What an ending's line may claim about the final state (`# claim care>=45`), checked by the story tests. */
export const CLAIM_VARS = [
  'budget',
  'care',
  /** Patient care against where the role started it: what "than last quarter" compares. */
  'care.moved',
  'trust',
  'trust.clinicians',
  'trust.leaders',
  'trust.executives',
  'wellbeing',
  'right',
  'wrong',
] as const;
export type ClaimVar = (typeof CLAIM_VARS)[number];
export interface Claim {
  on: ClaimVar;
  op: '>=' | '<=' | '>' | '<';
  value: number;
}

/** Structural changes to where people work (EVIDENCE.md §3.4). */
export const STRUCTURES = ['colocate', 'kitchen', 'walkrounds'] as const;
export type Structure = (typeof STRUCTURES)[number];

/** Weeks in the full quarter. */
export const WEEKS = 8;
/**
 * Weeks in the workshop quarter: the first month of the same quarter, closed
 * by a month-end review, with the long arcs maturing in half the time so that
 * one can pay off inside a 90-minute session.
 */
export const WORKSHOP_WEEKS = 4;

/** A change to a meter, as written in a story tag. */
export interface MeterEffect {
  kind: 'meter';
  target: MeterTarget;
  delta: number;
}

/** Hours spent (negative) or given back (positive) this week. */
export interface HoursEffect {
  kind: 'hours';
  delta: number;
}

/** A meter or person effect that lands `after` scenes later. */
export interface DelayedEffect {
  kind: 'later';
  after: number;
  effect: MeterEffect | PersonEffect;
  /** What will have happened by then, in the writer's words (`later 3 care -1 why …`): shown when it lands. */
  why?: string;
}

/** A change in how far one named character trusts the player (`trust.okafor +2`). */
export interface PersonEffect {
  kind: 'person';
  id: string;
  delta: number;
}

/** A meter or person effect that lands `after` scenes later. */
export type Effect = MeterEffect | HoursEffect | DelayedEffect | PersonEffect;

/** What one parsed ink tag means. */
export type Tag =
  | { kind: 'effect'; effect: Effect }
  | { kind: 'skill'; skill: Skill }
  | { kind: 'level'; level: CulturalLevel }
  | { kind: 'barrier'; barrier: Barrier }
  /** `recorded`: the words come from a video, an email or a screen, so there is nobody to ask about them. */
  | { kind: 'speaker'; speaker: string; mood: Mood; recorded?: true }
  | { kind: 'place'; place: Place }
  | { kind: 'title'; title: string }
  | { kind: 'day'; day: Day }
  | { kind: 'week'; week: number }
  | { kind: 'clue'; level: CulturalLevel }
  /** `asked`: the group that asked for the change, when one did (a miss costs the others' trust, not theirs). */
  | { kind: 'intervene'; level: CulturalLevel; asked?: TrustGroup }
  /**
   * On a line: the group the line shows asking for a change. A choice tagged as asked for by a group
   * comes after one of these on every path to it (the story check holds the scenes to that).
   */
  | { kind: 'request'; group: TrustGroup }
  | { kind: 'arc'; arc: Arc }
  | { kind: 'build'; structure: Structure }
  | { kind: 'jargon'; heard?: TrustGroup }
  | { kind: 'term'; term: string }
  /** On a choice: taking it asks what the word means, and the scene explains it (so it is learned, not nodded at). */
  | { kind: 'asks'; term: string }
  /**
   * On a choice: taking it goes along with the word as it was said, unasked, and what that costs is the
   * choice's own (written in its body): it is nodded at, and no misunderstanding is drawn for it besides.
   */
  | { kind: 'nods'; term: string }
  | { kind: 'finding'; finding: FindingId }
  | { kind: 'authority'; authority: Authority }
  | { kind: 'claim'; claim: Claim }
  /**
   * On a line told to one role only (in a `role ==` branch): what that role knows there, shown to a pair's
   * partner in that role at the decision that follows, when the story is told to the other (see `partnerAside`).
   */
  | { kind: 'aside' }
  | { kind: 'end' };

/** The header of a scene knot: what the scene is about and where it happens. */
export interface SceneMeta {
  knot: string;
  title: string;
  barrier: Barrier;
  place: Place;
  day: Day;
  /** The week a scheduled scene belongs to (absent for encounters, the review and endings). */
  week?: number;
  /** The cultural level the scene is set at, when it names one. */
  level?: CulturalLevel;
  /** In a week's plan: false when the player was elsewhere and hears it second-hand. */
  here?: boolean;
}

// ---------------------------------------------------------------- the flow's vocabulary

/** The screens the player can be on (the store shows the one the machine is in). */
export type Screen = 'title' | 'role' | 'briefing' | 'plan' | 'scene' | 'summary' | 'week' | 'ending' | 'debrief';

export type GameEvent =
  | { type: 'NEW_GAME' }
  | {
      type: 'CHOOSE_ROLE';
      role: Role;
      seed?: string;
      pairedWith?: string;
      session?: string;
      pair?: boolean;
      /** `WORKSHOP_WEEKS` for the workshop quarter; absent (or `WEEKS`) for the full one. */
      weeks?: number;
      /** A pair on two devices: the run id they share (`RUN_ID_PATTERN`), and whose device this is. */
      id?: string;
      device?: Role;
    }
  | { type: 'BACK' }
  | { type: 'BEGIN' }
  | { type: 'CHOOSE'; index: number; votes?: number[]; proposals?: [number, number] }
  | { type: 'ASK'; term: string; partner?: boolean }
  | { type: 'LOOK_UP'; term: string }
  | { type: 'PLAN'; visits: Place[] }
  | { type: 'NEXT' }
  | { type: 'TITLE' };

/** The events that play a run (everything after choosing the role). Logged in order, they replay it. */
export const INPUT_EVENTS = ['BEGIN', 'CHOOSE', 'ASK', 'LOOK_UP', 'PLAN', 'NEXT'] as const;
export type Input = Extract<GameEvent, { type: (typeof INPUT_EVENTS)[number] }>;
export const isInput = (event: GameEvent): event is Input => (INPUT_EVENTS as readonly string[]).includes(event.type);
