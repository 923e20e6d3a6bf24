/**
 * What the pages of a facilitator's own scene share, kept small (no compiler):
 * the address of a trial and reading it back, and the quarter code for the
 * level asked for. The scene itself travels in this browser's
 * storage, under `DRAFT_KEY`, never in the address.
 */
import { pressingLevel, randomSeed } from '../../engine/rules/quarter.ts';
import { LEVELS, ROLES, type CulturalLevel, type Role } from '../../engine/rules/types.ts';

/** Where the facilitator's scene is kept while it is written. */
export const DRAFT_KEY = 'common-ground.own-scene';

export type TrialLevel = CulturalLevel | 'random';

export interface Trial {
  role: Role;
  level: TrialLevel;
  /** The knot to play; null for the scene's first. */
  knot: string | null;
  /** Whether the player is there in person, or hears of it second-hand (`{here: … - else: …}`). */
  here: boolean;
}

export function trialLink(
  location: Pick<Location, 'origin' | 'pathname'>,
  trial: { role: Role; level: TrialLevel; knot: string; here: boolean },
): string {
  const q = new URLSearchParams({ try: trial.role, level: trial.level, knot: trial.knot });
  if (!trial.here) q.set('heard', '1');
  return `${location.origin === 'null' || location.origin === 'file://' ? 'file://' : location.origin}${location.pathname}?${q.toString()}`;
}

/** The page's trial, or null when it was not opened as one. A part that cannot be read takes its default. */
export function readTrial(search: string): Trial | null {
  const q = new URLSearchParams(search);
  const role = q.get('try');
  if (role === null) return null;
  const level = q.get('level');
  const knot = q.get('knot');
  return {
    role: (ROLES as readonly string[]).includes(role) ? (role as Role) : 'clinician',
    level: level && (LEVELS as readonly string[]).includes(level) ? (level as CulturalLevel) : 'random',
    knot: knot && /^\w{1,80}$/.test(knot) ? knot : null,
    here: q.get('heard') !== '1',
  };
}

/** A quarter code whose hidden level is the one asked for. */
export function seedFor(level: TrialLevel, random: () => number = Math.random): string {
  for (;;) {
    const seed = randomSeed(random);
    if (level === 'random' || pressingLevel(seed) === level) return seed;
  }
}
