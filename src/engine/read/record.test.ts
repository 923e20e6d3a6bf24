import { describe, expect, it } from 'vitest';
import { newRun } from '../rules/rules.ts';
import { parseRuns, recordOf, RUN_FORMAT, RUN_VERSION, serializeRuns, type RunRecord } from './record.ts';
import type { SceneMeta } from '../rules/types.ts';

const plan: SceneMeta[] = [{ knot: 'a', title: 'A', barrier: 'status', place: 'ward', day: 'Monday' }];
const when = new Date('2026-11-23T09:00:00Z');

function run(id: string): RunRecord {
  const state = newRun('manager', plan, 'K7M2QX');
  return recordOf(
    { ...state, run: { id, branchOf: null, pairedWith: null }, reflections: { monday: 'Ask first.' } },
    when,
  );
}

describe('run files', () => {
  it('round-trip, compact or indented, with answers and identity intact', () => {
    const runs = [run('a'), run('b')];
    for (const compact of [false, true]) {
      const text = serializeRuns(runs, when, compact);
      expect(JSON.parse(text)).toMatchObject({
        format: RUN_FORMAT,
        version: RUN_VERSION,
        exportedAt: when.toISOString(),
      });
      expect(parseRuns(text)).toEqual({ ok: true, runs });
    }
    expect(serializeRuns(runs, when, true).length).toBeLessThan(serializeRuns(runs, when).length);
  });

  it('a record is a copy: changing the game afterwards does not change it', () => {
    const state = newRun('clinician', plan, 'K7M2QX');
    const record = recordOf(state, when);
    state.meters.budget = 1;
    expect(record.meters.budget).not.toBe(1);
    expect(record.role).toBe('clinician');
  });

  it.each([
    ['not JSON', '{ runs: ', /not readable/],
    ['another file', JSON.stringify({ format: 'common-ground-save', version: 3 }), /not a Common Ground run file/],
    ['a newer format', JSON.stringify({ format: RUN_FORMAT, version: 9, runs: [] }), /newer version.*format 9/],
    ['no runs', JSON.stringify({ format: RUN_FORMAT, version: 1, exportedAt: 'x', runs: [] }), /damaged/],
    [
      'more runs than one file brings in (not damage: it says how many, and the limit)',
      () =>
        serializeRuns(
          Array.from({ length: 60 }, (_, i) => run(`r${i}`)),
          when,
        ),
      /^the file holds 60 runs, and one file can bring in at most 50 \(split it into files of 50 or fewer\)$/,
    ],
    [
      'a run with a meter out of range',
      () => {
        const r = run('a');
        return serializeRuns([{ ...r, meters: { ...r.meters, budget: 140 } }], when);
      },
      /damaged \(.*at runs\.0\.meters\.budget/,
    ],
    [
      'a run with an unknown role',
      () => serializeRuns([{ ...run('a'), role: 'surgeon' as 'manager' }], when),
      /damaged \(.*at runs\.0\.role/,
    ],
  ])('refuses %s with a reason', (_, text, reason) => {
    const result = parseRuns(typeof text === 'function' ? text() : text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
