/** The meter model: 0–100, clamped; headline Trust is the mean of the three groups. */
import {
  TRUST_GROUPS,
  type HeadlineMeter,
  type MeterEffect,
  type MeterTarget,
  type Role,
  type TrustGroup,
} from './types.ts';

export const METER_MIN = 0;
export const METER_MAX = 100;

export interface Meters {
  budget: number;
  care: number;
  /** Hidden driver: staff wellbeing and the player's own reserve. */
  wellbeing: number;
  trust: Record<TrustGroup, number>;
}

export function clamp(value: number): number {
  if (Number.isNaN(value)) return METER_MIN;
  return Math.min(METER_MAX, Math.max(METER_MIN, Math.round(value)));
}

/** Where each role starts (DESIGN.md §1: each side starts trusted by its own). */
export const START_METERS: Record<Role, Meters> = {
  clinician: {
    budget: 55,
    care: 60,
    wellbeing: 58,
    trust: { clinicians: 66, leaders: 56, executives: 38 },
  },
  manager: {
    budget: 60,
    care: 56,
    wellbeing: 62,
    trust: { clinicians: 36, leaders: 46, executives: 68 },
  },
};

/** Hours outside fixed commitments in a week (the clinician's clinical sessions come first). */
export const WEEK_HOURS: Record<Role, number> = { clinician: 12, manager: 20 };

export function trustOverall(meters: Pick<Meters, 'trust'>): number {
  const groups = TRUST_GROUPS.map((g) => meters.trust[g]);
  return clamp(groups.reduce((a, b) => a + b, 0) / groups.length);
}

export function headline(meters: Meters): Record<HeadlineMeter, number> {
  return { budget: meters.budget, care: meters.care, trust: trustOverall(meters) };
}

export function readTarget(meters: Meters, target: MeterTarget): number {
  switch (target) {
    case 'budget':
    case 'care':
    case 'wellbeing':
      return meters[target];
    case 'trust':
      return trustOverall(meters);
    default:
      return meters.trust[target.slice('trust.'.length) as TrustGroup];
  }
}

/** Apply one meter effect, clamping each value. Returns new meters (input untouched). */
export function applyMeterEffect(meters: Meters, effect: MeterEffect): Meters {
  const { target, delta } = effect;
  switch (target) {
    case 'budget':
    case 'care':
    case 'wellbeing':
      return { ...meters, [target]: clamp(meters[target] + delta) };
    case 'trust': {
      const trust = { ...meters.trust };
      for (const g of TRUST_GROUPS) trust[g] = clamp(trust[g] + delta);
      return { ...meters, trust };
    }
    default: {
      const group = target.slice('trust.'.length) as TrustGroup;
      return { ...meters, trust: { ...meters.trust, [group]: clamp(meters.trust[group] + delta) } };
    }
  }
}

export function metersInRange(meters: Meters): boolean {
  const values = [meters.budget, meters.care, meters.wellbeing, ...TRUST_GROUPS.map((g) => meters.trust[g])];
  return values.every((v) => Number.isInteger(v) && v >= METER_MIN && v <= METER_MAX);
}
