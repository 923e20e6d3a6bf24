/** Shared vocabulary of the engine. Pure data types: no DOM, no Phaser. */

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

export const SKILLS = ['understanding', 'listening', 'communication'] as const;
export type Skill = (typeof SKILLS)[number];

export const LEVELS = ['organisation', 'department', 'practice'] as const;
export type CulturalLevel = (typeof LEVELS)[number];

export const BARRIERS = ['status', 'location', 'jargon'] as const;
export type Barrier = (typeof BARRIERS)[number];

export const MOODS = ['neutral', 'pleased', 'worried'] as const;
export type Mood = (typeof MOODS)[number];

export const PLACES = ['ward', 'finance', 'cafe'] as const;
export type Place = (typeof PLACES)[number];

export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
export type Day = (typeof DAYS)[number];

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

/** A meter effect that lands `after` scenes later. */
export interface DelayedEffect {
  kind: 'later';
  after: number;
  effect: MeterEffect;
}

export type Effect = MeterEffect | HoursEffect | DelayedEffect;

/** What one parsed ink tag means. */
export type Tag =
  | { kind: 'effect'; effect: Effect }
  | { kind: 'skill'; skill: Skill }
  | { kind: 'level'; level: CulturalLevel }
  | { kind: 'barrier'; barrier: Barrier }
  | { kind: 'speaker'; speaker: string; mood: Mood }
  | { kind: 'place'; place: Place }
  | { kind: 'title'; title: string }
  | { kind: 'day'; day: Day }
  | { kind: 'end' };

/** The header of a scene knot: what the scene is about and where it happens. */
export interface SceneMeta {
  knot: string;
  title: string;
  barrier: Barrier;
  place: Place;
  day: Day;
}
