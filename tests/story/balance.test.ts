/**
 * Balance, per role, through the real engine with the simulator's strategies:
 * every ending is reachable in one role or the other, and each role reaches at
 * least six of them (a clinical director cannot bankrupt the division alone: only
 * the general manager's spending can end in special measures); staff wellbeing
 * moves in ordinary play and people leave when it is low; misunderstandings
 * matter without deciding the quarter; no fixed strategy beats a player who diagnoses
 * the pressing level and targets it; aiming at the wrong level costs trust; the other side's words
 * come up after the first week too;
 * and (in random-*.test.ts, one file per role so they run side by side)
 * 10,000 random quarters finish without an error.
 */
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { Game } from '../../src/engine/run/game.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { playQuarter, simulate, STRATEGIES, type StrategyReport } from '../../src/engine/drive/simulate.ts';
import { ownWorld, termById } from '../../src/engine/rules/glossary.ts';
import { ENDINGS, type Ending } from '../../src/engine/rules/quarter.ts';
import { ROLES } from '../../src/engine/rules/types.ts';

const json = compileInk('stories/main.ink').json!;
const RUNS = 100;
const FIXED = ['random', 'first', 'greedy-budget', 'greedy-care', 'greedy-trust', 'front-line', 'formal', 'wrong'];

const seen = new Map(ROLES.map((r) => [r, new Set<Ending>()]));

describe.each(ROLES)('balance as the %s', (role) => {
  const game = new Game({ story: json, random: seededRandom(role.length) });
  const reports = new Map<string, StrategyReport>();
  const run = (key: string): StrategyReport => {
    let r = reports.get(key);
    if (!r) {
      r = simulate(game, role, key, RUNS, 101);
      reports.set(key, r);
    }
    return r;
  };

  it('every strategy finishes its quarters without an error', () => {
    for (const key of Object.keys(STRATEGIES)) expect(run(key).errors, key).toEqual([]);
  });

  it('reaches at least six of the endings, and between the two roles every one', () => {
    for (const key of Object.keys(STRATEGIES))
      for (const e of ENDINGS) if (run(key).endings[e] > 0) seen.get(role)!.add(e);
    expect(seen.get(role)!.size).toBeGreaterThanOrEqual(6);
    if (role === ROLES[1]) {
      const both = new Set([...seen.get(ROLES[0])!, ...seen.get(ROLES[1])!]);
      expect([...both].sort()).toEqual([...ENDINGS].sort());
    }
  });

  it('staff wellbeing moves in ordinary play, and when it falls people leave', () => {
    const random = run('random');
    expect(random.wellbeing.moved, 'share of random quarters where wellbeing moved by 5 or more').toBeGreaterThan(0.5);
    // Running the front line down costs people: the manager who hears only the formal leaders (whose quarter
    // ends in harm), the clinician who sinks the front line's trust (the clinician who hears only formal
    // leaders avoids the front line's choices either way, and loses fewer). Listening keeps them.
    expect(Math.max(run('formal').wellbeing.leavers, run('sink-trust').wellbeing.leavers)).toBeGreaterThan(1);
    expect(run('diagnose').wellbeing.leavers).toBeLessThan(run('formal').wellbeing.leavers);
    // The manager who sinks trust, from Riverside House and never on the wards, loses the room's confidence first
    // (about week 4), before the wards have worn thin enough for people to go; the clinician loses people.
    const sinker = run('sink-trust');
    if (role === 'manager') {
      expect(sinker.endings.no_confidence).toBe(sinker.runs);
      expect(sinker.meanWeek).toBeLessThan(6);
    } else expect(run('diagnose').wellbeing.leavers).toBeLessThan(sinker.wellbeing.leavers);
  });

  it('misunderstandings matter for a player who never asks, without deciding the quarter', () => {
    const never = run('never-asks').misreadShare;
    // A real share of the losses on the meters that role's unknown words touch...
    expect(Math.max(never.budget, never.care, never.trust)).toBeGreaterThanOrEqual(0.08);
    // ...and never most of any meter's loss.
    for (const m of ['budget', 'care', 'trust'] as const) expect(never[m], m).toBeLessThanOrEqual(1 / 3);
    // A player who asks loses less to them.
    expect(run('diagnose').misreadShare.care).toBeLessThanOrEqual(never.care);
  });

  it('the other side’s words still come up after week one', () => {
    // Jargon is a barrier all quarter, not only in the first week's meetings: a player who never asks meets a
    // word of the other side's after week one in most quarters. (When the wards' words were said in week one and
    // in two places after it, a general manager met one in about half.)
    const theirs = ownWorld(role) === 'C' ? 'M' : 'C';
    const random = seededRandom(202);
    let met = 0;
    for (let i = 0; i < 40; i++) {
      playQuarter(game, role, STRATEGIES['never-asks']!, random);
      if (game.state.terms.some((t) => t.week >= 2 && termById(t.term)?.world === theirs)) met++;
    }
    expect(met, 'quarters of 40 meeting an unknown word of the other side after week one').toBeGreaterThanOrEqual(28);
  });

  it('no fixed strategy reaches the best ending more often than diagnosing and targeting the pressing level', () => {
    const target = run('diagnose').endings.common_ground;
    expect(target, 'the diagnosing player reaches Common ground').toBeGreaterThan(RUNS * 0.2);
    for (const key of FIXED) expect(run(key).endings.common_ground, key).toBeLessThanOrEqual(target);
  });

  it('aiming at the wrong level ends with lower trust than aiming at the right one', () => {
    expect(run('wrong').mean.trust).toBeLessThan(run('right').mean.trust - 5);
  });
});
