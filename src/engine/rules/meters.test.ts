import { describe, expect, it } from 'vitest';
import { applyMeterEffect, clamp, headline, metersInRange, START_METERS, trustOverall } from './meters.ts';

describe('meters', () => {
  const start = START_METERS.clinician;

  it('clamps to 0–100 and rounds', () => {
    expect(clamp(-4)).toBe(0);
    expect(clamp(140)).toBe(100);
    expect(clamp(41.6)).toBe(42);
    expect(clamp(Number.NaN)).toBe(0);
  });

  it('never goes past either end, however large the push', () => {
    let m = start;
    for (let i = 0; i < 20; i++) m = applyMeterEffect(m, { kind: 'meter', target: 'budget', delta: -20 });
    expect(m.budget).toBe(0);
    for (let i = 0; i < 20; i++) m = applyMeterEffect(m, { kind: 'meter', target: 'trust', delta: 20 });
    expect(m.trust).toEqual({ clinicians: 100, leaders: 100, executives: 100 });
    expect(metersInRange(m)).toBe(true);
  });

  it('headline trust is the mean of the three groups', () => {
    const m = { ...start, trust: { clinicians: 70, leaders: 50, executives: 30 } };
    expect(trustOverall(m)).toBe(50);
    const moved = applyMeterEffect(m, { kind: 'meter', target: 'trust.executives', delta: 9 });
    expect(moved.trust.executives).toBe(39);
    expect(moved.trust.clinicians).toBe(70);
    expect(headline(moved).trust).toBe(53);
  });

  it('does not change the meters it was given', () => {
    const copy = structuredClone(start);
    applyMeterEffect(start, { kind: 'meter', target: 'care', delta: 5 });
    applyMeterEffect(start, { kind: 'meter', target: 'trust', delta: 5 });
    expect(start).toEqual(copy);
  });

  it('roles start on opposite sides of the divide', () => {
    expect(START_METERS.clinician.trust.clinicians).toBeGreaterThan(START_METERS.clinician.trust.executives);
    expect(START_METERS.manager.trust.executives).toBeGreaterThan(START_METERS.manager.trust.clinicians);
  });

  it('reports values outside the range', () => {
    expect(metersInRange({ ...start, care: 101 })).toBe(false);
    expect(metersInRange({ ...start, budget: 3.5 })).toBe(false);
  });
});
