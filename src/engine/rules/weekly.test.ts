import { beforeAll, describe, expect, it } from 'vitest';
import mini from '../../../tests/fixtures/mini.ink';
import { compileInk } from '../../tools/ink-compile.ts';
import { seededRandom } from './random.ts';
import { Game } from '../run/game.ts';
import { WEEK_HOURS } from './meters.ts';
import { ARCS, WEEKS, WORKSHOP_WEEKS } from './types.ts';
import { ARC_INFO, arcWeeksCharged, otherWorldTerms, paysOffFrom, PLACE_INFO, SCHEDULE, visitCost } from './quarter.ts';
import { applyTags, beginScene, newRun, startDecision, type GameState } from './rules.ts';
import { TEST_PLAN, tagOf } from '../drive/fixture.ts';
import type { Place, SceneMeta } from './types.ts';
import {
  agendaFor,
  checkPlan,
  DEPARTURE_LINE,
  EXODUS_LINE,
  MAX_GAPS,
  openGaps,
  STRAINED_CARE,
  UNHEARD,
  closeWeek,
  longGame,
  severeHarm,
  MAX_VISITS,
  outOfSight,
  OUT_OF_SIGHT,
  PROTECTED_HOURS,
  settleEnding,
  startWeek,
  weekHours,
  WINTER_FROM,
} from './weekly.ts';

// ---------------------------------------------------------------- helpers

let json: string;
beforeAll(() => {
  const compiled = compileInk('stories/main.ink');
  if (!compiled.json) throw new Error(`the story does not compile: ${JSON.stringify(compiled.errors.slice(0, 3))}`);
  json = compiled.json;
});

/** A new game played through week one (choosing the first choice each time) to the map. */
function gameAtPlan(role: 'clinician' | 'manager' = 'manager'): Game {
  const game = new Game({ story: json, random: seededRandom(1) });
  game.send({ type: 'NEW_GAME' });
  game.send({ type: 'CHOOSE_ROLE', role, seed: 'K7M2QX' });
  game.send({ type: 'BEGIN' });
  playUntil(game, (g) => g.state.screen === 'plan');
  return game;
}

/** Press on (first choice, or NEXT) until `done`; fails on a story error or a stuck flow. */
function playUntil(game: Game, done: (g: Game) => boolean): void {
  for (let steps = 0; !done(game); steps++) {
    if (game.state.storyError) throw new Error(`story error: ${game.state.storyError}`);
    if (steps > 500) throw new Error(`stuck at ${game.flow} (${game.state.screen})`);
    if (game.state.screen === 'plan') throw new Error('reached the map before expected');
    const first = game.state.choices[0];
    if (game.flow === 'scene.playing' && first) game.send({ type: 'CHOOSE', index: first.index });
    else game.send({ type: 'NEXT' });
  }
  expect(game.state.storyError).toBeNull();
}

/** A scheduled scene of a week whose place no other scene of that week shares. */
function soloScene(game: Game, week: number): { meta: SceneMeta; others: SceneMeta[] } {
  const metas = SCHEDULE[week]!.map((k) => game.metaOf(k));
  const meta = metas.find((m) => metas.filter((o) => o.place === m.place).length === 1);
  if (!meta) throw new Error(`every scene of week ${week} shares its place`);
  return { meta, others: metas.filter((m) => m.knot !== meta.knot) };
}

/** Synthetic scene headers, so the pure rules are tested apart from the story text. */
const FAKE: Record<string, SceneMeta> = {
  w2_opel: { knot: 'w2_opel', title: 'Opel', barrier: 'location', place: 'theatres', day: 'Wednesday', week: 2 },
  w2_rota: { knot: 'w2_rota', title: 'Rota', barrier: 'status', place: 'ed', day: 'Thursday', week: 2 },
};
const fakeMeta = (knot: string): SceneMeta => {
  if (FAKE[knot]) return FAKE[knot];
  const place = knot.replace(/^enc_/, '') as Place;
  return { knot, title: PLACE_INFO[place].name, barrier: 'status', place, day: 'Monday' };
};

const state = (role: 'clinician' | 'manager' = 'manager', patch: Partial<GameState> = {}): GameState => ({
  ...newRun(role, [], 'K7M2QX'),
  ...patch,
});

const notes = (s: GameState, from = 0): string[] => s.changes.slice(from).flatMap((c) => (c.note ? [c.note] : []));

// ---------------------------------------------------------------- checkPlan

describe('checkPlan', () => {
  it('refuses visiting the same place twice', () => {
    const result = checkPlan(state(), ['ward', 'cafe', 'ward']);
    expect(result.ok).toBe(false);
    expect(result.reason).toMatch(/once a week/);
  });

  it(`refuses more than ${MAX_VISITS} visits`, () => {
    const result = checkPlan(state(), ['ward', 'ed', 'theatres', 'cafe']);
    expect(result.ok).toBe(false);
    expect(result.reason).toMatch(/at most 3 visits/);
  });

  it('refuses a place that does not exist', () => {
    const result = checkPlan(state(), ['ward', 'moon' as Place]);
    expect(result.ok).toBe(false);
    expect(result.reason).toContain('"moon"');
  });

  it('refuses names that only exist on Object.prototype', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty']) {
      const result = checkPlan(state(), [name as Place]);
      expect(result.ok, name).toBe(false);
      expect(result.reason).toContain(`"${name}"`);
    }
  });

  it('accepts up to three visits and reports their total hours for the role and structures', () => {
    expect(checkPlan(state(), [])).toEqual({ ok: true, hours: 0 });
    // manager from Riverside: ward 1 + 3, cafe 1 + 1, exec 0 + 1
    expect(checkPlan(state(), ['ward', 'cafe', 'exec'])).toEqual({ ok: true, hours: 7 });
    // clinician from the main block: ward 3, cafe 1, exec 1 + 1
    expect(checkPlan(state('clinician'), ['ward', 'cafe', 'exec'])).toEqual({ ok: true, hours: 6 });
    // walk-rounds and the kitchen make it cheaper
    const built = state('manager', { structures: ['walkrounds', 'kitchen'] });
    expect(checkPlan(built, ['ward', 'cafe', 'exec'])).toEqual({ ok: true, hours: 5.5 });
  });
});

// ---------------------------------------------------------------- agendaFor

describe('agendaFor', () => {
  it('a visit to the place of a scheduled scene plays that scene first-hand', () => {
    const { agenda, missed } = agendaFor(2, ['theatres'], fakeMeta);
    expect(agenda).toEqual([{ ...FAKE.w2_opel, here: true }]);
    expect(missed).toEqual([FAKE.w2_rota]);
  });

  it('visits to both scheduled places play both, in the order of the week', () => {
    const { agenda, missed } = agendaFor(2, ['ed', 'theatres'], fakeMeta);
    expect(agenda.map((a) => [a.knot, a.here])).toEqual([
      ['w2_opel', true],
      ['w2_rota', true],
    ]);
    expect(missed).toEqual([]);
  });

  it('a scene the story does not have is left out, and the week can still be planned', () => {
    const without = (knot: string) => (knot === 'w2_opel' || knot === 'enc_cafe' ? null : fakeMeta(knot));
    const { agenda, missed } = agendaFor(2, ['theatres', 'cafe'], without);
    // The theatres have no week-two scene now, so the visit meets whoever is there; the week's scene arrives second-hand.
    expect(agenda.map((a) => [a.knot, a.here])).toEqual(
      expect.arrayContaining([
        ['enc_theatres', true],
        ['w2_rota', false],
      ]),
    );
    expect(agenda).toHaveLength(2);
    expect(missed).toEqual([]);
  });

  it('other visits play the place’s encounter, sorted by day with the scenes', () => {
    const { agenda } = agendaFor(2, ['ed', 'cafe'], fakeMeta);
    expect(agenda.map((a) => [a.knot, a.here])).toEqual([
      ['enc_cafe', true], // Monday
      ['w2_rota', true], // Thursday
    ]);
  });

  it('visiting none of the scenes’ places: the week’s first scene arrives second-hand, the other is missed', () => {
    const { agenda, missed } = agendaFor(2, ['cafe', 'exec'], fakeMeta);
    expect(agenda.map((a) => [a.knot, a.here])).toEqual([
      ['enc_cafe', true],
      ['enc_exec', true],
      ['w2_opel', false],
    ]);
    expect(missed.map((m) => m.knot)).toEqual(['w2_rota']);
  });

  it('with no visits at all the week is just the first scene, second-hand', () => {
    const { agenda, missed } = agendaFor(2, [], fakeMeta);
    expect(agenda).toEqual([{ ...FAKE.w2_opel, here: false }]);
    expect(missed).toEqual([FAKE.w2_rota]);
  });

  it('works the same on the real story’s scene headers', () => {
    const game = gameAtPlan();
    for (let week = 2; week <= 8; week++) {
      const { meta } = soloScene(game, week);
      const here = agendaFor(week, [meta.place], (k) => game.metaOf(k));
      expect(here.agenda.find((a) => a.knot === meta.knot)?.here).toBe(true);
      const away = agendaFor(week, [], (k) => game.metaOf(k));
      const first = game.metaOf(SCHEDULE[week]![0]!);
      expect(away.agenda).toEqual([{ ...first, here: false }]);
      expect(away.missed.map((m) => m.knot)).toEqual(SCHEDULE[week]!.slice(1));
    }
  });
});

// ---------------------------------------------------------------- startWeek (pure)

describe('startWeek', () => {
  it('resets the hours, pays for the visits, appends the agenda and records the missed scene', () => {
    const before = state('manager', { hours: 3, plan: [fakeMeta('enc_cafe')] });
    const s = startWeek(before, 2, ['theatres', 'cafe'], fakeMeta);
    const cost = visitCost('manager', 'theatres', []).total + visitCost('manager', 'cafe', []).total;
    expect(s.week).toBe(2);
    expect(s.weekHours).toBe(WEEK_HOURS.manager);
    expect(s.hours).toBe(WEEK_HOURS.manager - cost);
    expect(s.visits).toEqual(['theatres', 'cafe']);
    expect(s.weekStart).toBe(1);
    expect(s.plan.slice(1).map((m) => m.knot)).toEqual(['enc_cafe', 'w2_opel']);
    expect(s.missed).toEqual([{ knot: 'w2_rota', title: 'Rota', place: 'ed', week: 2 }]);
  });

  it('people at the places you visit warm to you; people where you missed a scene cool', () => {
    const before = state('manager');
    const s = startWeek(before, 2, ['theatres'], fakeMeta);
    // theatres: achterberg and doyle are there
    expect(s.people.achterberg).toBe(before.people.achterberg! + 1);
    // ED (missed): nair -1; doyle is at both (+1 -1)
    expect(s.people.nair).toBe(before.people.nair! - 1);
    expect(s.people.doyle).toBe(before.people.doyle);
  });
});

describe('a week that never goes where the other side works', () => {
  const unseen = (s: GameState) =>
    s.changes.filter((c) => c.origin.kind === 'pressure' && c.origin.pressure === 'unseen');

  it('costs a manager the front line’s trust, and a clinical director the executives’, naming why', () => {
    const manager = state('manager');
    const m = startWeek(manager, 2, [], fakeMeta);
    expect(m.meters.trust.clinicians).toBe(manager.meters.trust.clinicians - OUT_OF_SIGHT.manager);
    expect(m.meters.trust.executives).toBe(manager.meters.trust.executives);
    expect(unseen(m).map((c) => [c.target, c.delta, c.note, c.week])).toEqual([
      ['trust.clinicians', -2, 'You never crossed to the clinical side: front-line staff never saw you.', 2],
    ]);
    const clinician = state('clinician');
    const c = startWeek(clinician, 2, [], fakeMeta);
    expect(c.meters.trust.executives).toBe(clinician.meters.trust.executives - OUT_OF_SIGHT.clinician);
    // Less for a clinical director, whose crossing is a sixth of the week.
    expect(OUT_OF_SIGHT).toEqual({ manager: 2, clinician: 1 });
    expect(c.meters.trust.clinicians).toBe(clinician.meters.trust.clinicians);
    expect(unseen(c)[0]!.note).toBe('You never crossed to Riverside House: the executives never saw you.');
  });

  it('costs the same when every visit stays on your own side of the site', () => {
    // A manager in the executive suite and the finance office is still in Riverside House; a clinical director
    // in ED, theatres, the café and clinic is still nowhere Riverside House sees.
    for (const [role, visits, group] of [
      ['manager', ['exec', 'finance'], 'clinicians'],
      ['manager', ['finance'], 'clinicians'],
      ['clinician', ['ed', 'theatres', 'cafe'], 'executives'],
      ['clinician', ['ward', 'clinic'], 'executives'],
    ] as const) {
      expect(outOfSight(role, visits, [])?.group, `${role} ${visits.join(', ')}`).toBe(group);
      expect(unseen(startWeek(state(role), 2, visits, fakeMeta)).map((c) => c.target)).toEqual([`trust.${group}`]);
    }
  });

  it('costs nothing when a visit crosses to where the other side works', () => {
    for (const [role, place] of [
      ['manager', 'cafe'],
      ['manager', 'clinic'],
      ['manager', 'ward'],
      ['clinician', 'exec'],
      ['clinician', 'finance'],
    ] as const) {
      expect(outOfSight(role, [place], [])).toBeNull();
      expect(unseen(startWeek(state(role), 2, [place], fakeMeta))).toEqual([]);
      // One such visit among others on your own side is enough.
      const own = role === 'manager' ? 'exec' : 'ed';
      expect(outOfSight(role, [own, place], [])).toBeNull();
    }
  });

  it('costs nothing once co-location or the shared kitchen puts people in each other’s path, nor a manager on walk-rounds', () => {
    for (const role of ['manager', 'clinician'] as const)
      for (const built of ['colocate', 'kitchen'] as const) {
        expect(outOfSight(role, [], [built])).toBeNull();
        expect(unseen(startWeek(state(role, { structures: [built] }), 2, [], fakeMeta))).toEqual([]);
      }
    expect(outOfSight('manager', [], ['walkrounds'])).toBeNull();
    expect(outOfSight('manager', ['exec'], ['walkrounds'])).toBeNull();
    // A clinical director's walk-rounds are on the wards: Riverside House still does not see them.
    expect(outOfSight('clinician', [], ['walkrounds'])?.group).toBe('executives');
  });
});

// ---------------------------------------------------------------- PLAN, in the game

describe('planning a week in the game', () => {
  it('reaches the map after week one and its summary', () => {
    const game = gameAtPlan();
    expect(game.flow).toBe('plan');
    expect(game.state.week).toBe(1);
    expect(game.state.plan).toHaveLength(SCHEDULE[1]!.length);
  });

  it('an invalid plan is refused and the map stays', () => {
    const game = gameAtPlan();
    game.send({ type: 'PLAN', visits: ['ward', 'ward'] });
    expect(game.flow).toBe('plan');
    game.send({ type: 'PLAN', visits: ['ward', 'ed', 'cafe', 'exec'] });
    expect(game.flow).toBe('plan');
    expect(game.state.week).toBe(1);
  });

  it('visiting the place of a scheduled scene plays it first-hand; the hours are spent', () => {
    const game = gameAtPlan();
    const before = game.state.plan.length;
    const { meta, others } = soloScene(game, 2);
    const cost = visitCost('manager', meta.place, []).total;
    game.send({ type: 'PLAN', visits: [meta.place] });

    expect(game.state.storyError).toBeNull();
    expect(game.state.week).toBe(2);
    expect(game.state.weekHours).toBe(WEEK_HOURS.manager);
    expect(game.state.visits).toEqual([meta.place]);
    // the agenda is appended to the plan, and the first of it is playing
    expect(game.state.plan.slice(before)).toEqual([{ ...meta, here: true }]);
    expect(game.state.screen).toBe('scene');
    expect(game.state.sceneIndex).toBe(before);
    expect(game.state.plan[game.state.sceneIndex]).toMatchObject({ knot: meta.knot, here: true });
    // the visit's hours, logged and taken off the week's hours
    const visit = game.state.changes.filter((c) => c.target === 'hours' && c.note?.startsWith('Visit:'));
    expect(visit).toEqual([
      expect.objectContaining({
        delta: -cost,
        before: WEEK_HOURS.manager,
        after: WEEK_HOURS.manager - cost,
        note: `Visit: ${PLACE_INFO[meta.place].name}`,
      }),
    ]);
    expect(game.state.hours).toBeLessThanOrEqual(WEEK_HOURS.manager - cost);
    // the other scene was missed
    expect(game.state.missed.map((m) => m.knot)).toEqual(others.map((o) => o.knot));
  });

  it('a meeting off the site costs its journey and meeting on top of the visit, and says so where the hours go', () => {
    const game = gameAtPlan('clinician');
    const base = visitCost('clinician', 'exec', []);
    // Week three's system board meets across town: planned at the executive suite, two hours more than a visit there.
    expect(checkPlan(game.state, ['exec'], 3).hours).toBe(base.total + 2);
    expect(checkPlan(game.state, ['exec'], 4).hours).toBe(base.total);
    expect(checkPlan(game.state, ['exec', 'ward'], 3).hours).toBe(
      base.total + 2 + visitCost('clinician', 'ward', []).total,
    );
    const state = startWeek(game.state, 3, ['exec'], (k) => game.metaOf(k));
    const visit = state.changes.filter((c) => c.target === 'hours' && c.origin.kind === 'visit');
    expect(visit).toEqual([
      expect.objectContaining({
        delta: -(base.total + 2),
        note: 'Visit: Executive suite, and on to “The system board” in a council building across town',
      }),
    ]);
    expect(state.plan.at(-1)).toMatchObject({ knot: 'w3_board', here: true });
  });

  it('missing the meeting across town costs the trust of who went to it, not of everyone where it is planned from', () => {
    const game = gameAtPlan('manager');
    const state = startWeek(game.state, 3, ['ward'], (k) => game.metaOf(k));
    const missed = state.changes.filter((c) => c.origin.kind === 'missed' && c.origin.title === 'The system board');
    // Janet Cole drives to the system board; the medical director is not at it.
    expect(missed.map((c) => [c.person, c.delta])).toEqual([['cole', -1]]);
    expect(missed[0]!.note).toBe(
      'You weren’t at “The system board” in a council building across town; you heard about it second-hand.',
    );
  });

  it('visiting none of the scenes’ places plays the first scene second-hand and lists the other as missed', () => {
    const game = gameAtPlan();
    const before = game.state.plan.length;
    const scheduled = SCHEDULE[2]!.map((k) => game.metaOf(k));
    const elsewhere = (Object.keys(PLACE_INFO) as Place[]).find((p) => !scheduled.some((s) => s.place === p))!;
    game.send({ type: 'PLAN', visits: [elsewhere] });

    expect(game.state.storyError).toBeNull();
    const agenda = game.state.plan.slice(before);
    expect(agenda).toHaveLength(2);
    expect(agenda).toContainEqual({ ...scheduled[0]!, here: false });
    expect(agenda.find((a) => a.place === elsewhere)).toMatchObject({ knot: `enc_${elsewhere}`, here: true });
    expect(game.state.missed.map((m) => m.knot)).toEqual(SCHEDULE[2]!.slice(1));
    expect(game.state.hours).toBeLessThanOrEqual(WEEK_HOURS.manager - visitCost('manager', elsewhere, []).total);
  });

  it('the visit’s costs and the people who saw you are logged against the new week, not the last scene of the old', () => {
    const game = gameAtPlan();
    const lastOfWeekOne = game.state.plan.length - 1;
    const { meta } = soloScene(game, 2);
    game.send({ type: 'PLAN', visits: [meta.place] });
    const fromPlanning = game.state.changes.filter(
      (c) =>
        c.note?.startsWith('Visit:') || c.note?.startsWith('You made time for') || c.note?.startsWith('You weren’t'),
    );
    expect(fromPlanning.length).toBeGreaterThan(1);
    // Credited as the week is planned, the people who will see you are told of in words true on its Monday.
    expect(fromPlanning.some((c) => c.note === `You made time for ${PLACE_INFO[meta.place].name}.`)).toBe(true);
    for (const c of fromPlanning) {
      expect(c.scene, c.note).not.toBe(lastOfWeekOne);
      expect(c.scene, c.note).toBeGreaterThanOrEqual(game.state.weekStart);
    }
  });

  it('a story problem while planning a week shows as a story error and leaves the game usable', () => {
    // the small test story has week one's two scenes and none of the quarter's
    const game = new Game({ story: mini, plan: ['first', 'second'] });
    game.send({ type: 'NEW_GAME' });
    game.send({ type: 'CHOOSE_ROLE', role: 'manager', seed: 'K7M2QX' });
    game.send({ type: 'BEGIN' });
    for (let steps = 0; game.flow !== 'plan' && steps < 50; steps++) {
      const first = game.state.choices[0];
      game.send(game.flow === 'scene.playing' && first ? { type: 'CHOOSE', index: first.index } : { type: 'NEXT' });
    }
    expect(game.flow).toBe('plan');
    game.send({ type: 'PLAN', visits: ['cafe'] });
    expect(game.state.storyError, 'the StoryError escaped into the flow machine').not.toBeNull();
    expect(game.state.storyError).toMatch(/w2_opel|enc_cafe/);
    game.send({ type: 'TITLE' });
    expect(game.state.screen).toBe('title');
  });

  it('plays the planned week through to the next map without a story error', () => {
    const game = gameAtPlan('clinician');
    const { meta } = soloScene(game, 2);
    game.send({ type: 'PLAN', visits: [meta.place] });
    playUntil(game, (g) => g.flow === 'week');
    expect(game.state.history.at(-1)?.label).toBe('End of week 2');
    game.send({ type: 'NEXT' });
    expect(game.flow).toBe('plan');
    expect(game.state.week).toBe(2);
  });
});

// ---------------------------------------------------------------- weekHours and arcs

describe('weekHours', () => {
  it('is the role’s free hours with nothing running', () => {
    expect(weekHours(state('manager'), 3)).toBe(WEEK_HOURS.manager);
    expect(weekHours(state('clinician'), 3)).toBe(WEEK_HOURS.clinician);
  });

  it('a running arc takes its hours while under way, and gives them back once it pays off', () => {
    const s = state('manager', { arcs: { paired: { started: 2 } } });
    expect(weekHours(s, 2)).toBe(WEEK_HOURS.manager - ARC_INFO.paired.hours);
    expect(weekHours(s, 4)).toBe(WEEK_HOURS.manager - ARC_INFO.paired.hours);
    expect(weekHours(s, 2 + ARC_INFO.paired.matures)).toBe(WEEK_HOURS.manager);
    const two = state('manager', { arcs: { paired: { started: 2 }, board: { started: 2 } } });
    expect(weekHours(two, 3)).toBe(WEEK_HOURS.manager - ARC_INFO.paired.hours - ARC_INFO.board.hours);
  });

  it('the clinician gets protected hours once the induction pays off', () => {
    const s = state('clinician', { arcs: { induction: { started: 2 } } });
    expect(weekHours(s, 3)).toBe(WEEK_HOURS.clinician - ARC_INFO.induction.hours);
    expect(weekHours(s, 2 + ARC_INFO.induction.matures)).toBe(WEEK_HOURS.clinician + PROTECTED_HOURS);
    // the manager has no dual role to protect
    const m = state('manager', { arcs: { induction: { started: 2 } } });
    expect(weekHours(m, 2 + ARC_INFO.induction.matures)).toBe(WEEK_HOURS.manager);
  });

  it('never falls below four hours', () => {
    const all = { started: 3 };
    const s = state('clinician', {
      arcs: { paired: all, shadowing: all, training: all, board: all, induction: all, mapping: all },
    });
    expect(weekHours(s, 3)).toBeGreaterThanOrEqual(4);
  });

  it('takes a long game’s hours in exactly the weeks arcWeeksCharged counts (what its choice says), in either run', () => {
    for (const weeks of [WEEKS, WORKSHOP_WEEKS])
      for (const arc of ARCS)
        for (let started = 1; started <= weeks; started++) {
          const base = state('manager');
          const run: GameState['run'] = weeks === WORKSHOP_WEEKS ? { ...base.run, weeks: WORKSHOP_WEEKS } : base.run;
          const s: GameState = { ...base, arcs: { [arc]: { started } }, run };
          let charged = 0;
          for (let w = started + 1; w <= weeks; w++) if (weekHours(s, w) < WEEK_HOURS.manager) charged++;
          expect(arcWeeksCharged(arc, started, weeks), `${arc} begun in week ${started} of ${weeks}`).toBe(charged);
        }
    // Halved, shadowing's two weeks were one in the workshop quarter: begun in week 2 it paid off in week 3 and
    // cost nothing. Never under two, it costs week 3.
    expect(arcWeeksCharged('shadowing', 2, WORKSHOP_WEEKS)).toBe(1);
    expect(arcWeeksCharged('shadowing', 2, WEEKS)).toBe(1);
  });

  it('every long game that pays off inside the run first takes a week of hours or more, in either run', () => {
    for (const weeks of [WEEKS, WORKSHOP_WEEKS])
      for (const arc of ARCS)
        for (let started = 1; started <= weeks; started++)
          if (paysOffFrom(arc, { started }, weeks) <= weeks)
            expect(arcWeeksCharged(arc, started, weeks), `${arc} begun in week ${started} of ${weeks}`).toBeGreaterThan(
              0,
            );
  });

  it('startWeek uses it', () => {
    const s = startWeek(state('manager', { arcs: { training: { started: 1 } } }), 2, [], fakeMeta);
    expect(s.weekHours).toBe(WEEK_HOURS.manager - ARC_INFO.training.hours);
    expect(s.hours).toBe(WEEK_HOURS.manager - ARC_INFO.training.hours);
  });
});

// ---------------------------------------------------------------- closeWeek

describe('closeWeek', () => {
  it('puts first in the glossary the words the weeks to come will show, and last the ones already met', () => {
    // Paired learning under way (stage 1): three words a week go into the glossary.
    const base = state('manager', { week: 3, arcs: { paired: { started: 3 } } });
    const open = otherWorldTerms('manager')
      .map((t) => t.id)
      .filter((id) => !base.known.includes(id));
    const [a, b, c, d] = open.slice(-4);
    // Without a view of what is coming, the glossary's own order.
    expect(closeWeek(base).glossary).toEqual(open.slice(0, 3));
    // With one, the words ahead first, in its order; a word already met (nodded at) goes last.
    const met = { ...base, terms: [{ term: a!, how: 'nodded' as const, scene: 0, week: 1, misread: false }] };
    expect(closeWeek(met, () => [a!, d!, b!, c!]).glossary).toEqual([d, b, c]);
  });

  it('adds an end-of-week point to the chart', () => {
    const s = closeWeek(state('manager', { week: 3 }));
    expect(s.history.at(-1)).toMatchObject({ label: 'End of week 3' });
  });

  it(`applies winter pressure from week ${WINTER_FROM}, with notes`, () => {
    const autumn = state('manager', { week: WINTER_FROM - 1 });
    const a = closeWeek(autumn);
    expect(notes(a).filter((n) => /Winter/.test(n))).toEqual([]);
    expect(a.meters.care).toBe(autumn.meters.care);
    expect(a.meters.budget).toBe(autumn.meters.budget);

    for (const week of [WINTER_FROM, 8]) {
      const winter = state('manager', { week });
      const w = closeWeek(winter);
      expect(w.meters.care).toBe(winter.meters.care - 1);
      expect(w.meters.budget).toBe(winter.meters.budget - 1);
      const winterNotes = w.changes.filter((c) => /Winter/.test(c.note ?? ''));
      expect(winterNotes.map((c) => [c.target, c.delta])).toEqual([
        ['care', -1],
        ['budget', -1],
        ['wellbeing', -2],
      ]);
      for (const c of winterNotes) expect(c).toMatchObject({ decision: null, delayed: false });
    }
  });

  const moved = (s: GameState, pressure: string, target = 'wellbeing'): number =>
    s.changes
      .filter((c) => c.origin.kind === 'pressure' && c.origin.pressure === pressure && c.target === target)
      .reduce((n, c) => n + c.after - c.before, 0);

  it('staff wellbeing moves with care, front-line trust and whether you listened and asked, each named', () => {
    const base = state('manager', { week: 3 });
    const strained = {
      ...base,
      meters: { ...base.meters, care: STRAINED_CARE, trust: { ...base.meters.trust, clinicians: UNHEARD } },
    };
    const s = closeWeek(strained);
    expect(moved(s, 'wellbeing-care')).toBe(-2);
    expect(moved(s, 'wellbeing-trust')).toBe(-2);
    // nobody listened and nobody asked this week
    expect(moved(s, 'wellbeing-say')).toBe(-1);
    for (const c of s.changes.filter((c) => c.target === 'wellbeing')) {
      expect(c.decision).toBeNull();
      expect(c.note, 'every wellbeing change says why').toBeTruthy();
    }
    const heard = {
      ...base,
      meters: { ...base.meters, care: 70, trust: { ...base.meters.trust, clinicians: 70 } },
      terms: [
        { term: 'news2', how: 'asked' as const, scene: 4, week: 3, misread: false },
        { term: 'sbar', how: 'asked' as const, scene: 4, week: 3, misread: false },
      ],
    };
    const h = closeWeek(heard);
    expect(moved(h, 'wellbeing-care')).toBe(1);
    expect(moved(h, 'wellbeing-trust')).toBe(1);
    expect(moved(h, 'wellbeing-say')).toBe(1);
    // The note says only what the player did: here they asked, and made no listening decision.
    const say = (s: GameState) =>
      s.changes.find((c) => c.origin.kind === 'pressure' && c.origin.pressure === 'wellbeing-say')?.note;
    expect(say(h)).toBe('You asked when you didn’t follow this week: wherever it was, word gets round.');
  });

  it('severe harm is reported and reviewed the first week, and each later week tells of more, not the same again', () => {
    const base = state('manager', { week: 3 });
    let s: GameState = { ...base, meters: { ...base.meters, care: 10 } };
    const told: string[] = [];
    for (let week = 3; week <= 7; week++) {
      s = closeWeek({ ...s, week, ending: null, meters: { ...s.meters, care: 10 } });
      const crisis = s.changes.filter(
        (c) => c.week === week && c.origin.kind === 'pressure' && c.origin.pressure === 'care-crisis',
      );
      expect(crisis.map((c) => c.delta)).toEqual([-3]);
      told.push(crisis[0]!.note!);
    }
    expect(told[0]).toMatch(/^Patient care is under 30, .*reported on Datix.*duty of candour.*after-action review/);
    expect(told[1]).toMatch(/^Patient care is still under 30, .*chief nurse/);
    expect(told[2]).toMatch(/thematic review/);
    expect(told[4]).toMatch(/holds 5 weeks of severe harm(, with colleagues off sick and the rota running short)?\.$/);
    expect(new Set(told).size).toBe(told.length);
    // After a week above the line, it is under it again, not still.
    expect(severeHarm([3, 4], 6)).toMatch(/^Patient care is under 30 again, /);
    // The reviews name staffing only when staff off sick have left the rota short.
    expect(told[2]).toMatch(/care on the wards had been slipping for weeks/);
    expect(told[2]).not.toMatch(/too few staff/);
    expect(severeHarm([3, 4], 5, true)).toMatch(
      /too few staff for the patients on the wards, with colleagues off sick/,
    );
  });

  it(`below wellbeing ${DEPARTURE_LINE} people are signed off sick, and their shifts are rota gaps from the next week that cost care and budget`, () => {
    const base = state('manager', { week: 3 });
    const low = { ...base, meters: { ...base.meters, wellbeing: DEPARTURE_LINE - 5 } };
    const w3 = closeWeek(low);
    expect(w3.leavers).toEqual([{ week: 3, count: 1, wellbeing: w3.meters.wellbeing }]);
    // the gap opens the week after they are signed off
    expect(moved(w3, 'rota-gaps', 'care')).toBe(0);
    const w4 = closeWeek({ ...w3, week: 4 });
    expect(openGaps(w4, 4)).toBe(1);
    expect(moved(w4, 'rota-gaps', 'care')).toBe(-1);
    expect(moved(w4, 'rota-gaps', 'budget')).toBe(-1);
    expect(moved(w4, 'wellbeing-gaps')).toBe(-1);
    expect(w4.changes.find((c) => c.origin.kind === 'pressure' && c.origin.pressure === 'rota-gaps')?.note).toMatch(
      /^Rota gaps: one colleague off sick since week 3\. Their shifts go to the bank/,
    );
    // a second signed off in week 4: both named, with their weeks, from week 5
    const w5 = closeWeek({ ...w4, week: 5, ending: null });
    expect(w4.leavers.map((l) => l.week)).toEqual([3, 4]);
    expect(w5.changes.findLast((c) => c.origin.kind === 'pressure' && c.origin.pressure === 'rota-gaps')?.note).toMatch(
      /^Rota gaps: 2 colleagues off sick since weeks 3 and 4\./,
    );
    // deep burnout: two are signed off in a week; never more than MAX_GAPS off at once
    const exodus = closeWeek({ ...base, meters: { ...base.meters, wellbeing: EXODUS_LINE - 10 } });
    expect(exodus.leavers[0]?.count).toBe(2);
    let s = exodus;
    for (let week = 4; week <= 8; week++) s = closeWeek({ ...s, week, ending: null });
    expect(s.leavers.reduce((n, l) => n + l.count, 0)).toBeLessThanOrEqual(MAX_GAPS);
    // nobody leaves while wellbeing holds
    const fine = closeWeek({ ...base, meters: { ...base.meters, wellbeing: 80 } });
    expect(fine.leavers).toEqual([]);
  });

  it('the clinician’s dual role wears wellbeing from week two until the induction pays off', () => {
    expect(moved(closeWeek(state('clinician', { week: 1 })), 'dual-role')).toBe(0);
    expect(moved(closeWeek(state('clinician', { week: 2 })), 'dual-role')).toBe(-1);
    expect(moved(closeWeek(state('manager', { week: 2 })), 'dual-role')).toBe(0);
    const protectedTime = state('clinician', { week: 5, arcs: { induction: { started: 2 } } });
    expect(moved(closeWeek(protectedTime), 'dual-role')).toBe(0);
  });

  it('the savings plan stalls from week three when clinicians’ trust is low', () => {
    const base = state('manager', { week: 3 });
    const low = { ...base, meters: { ...base.meters, trust: { ...base.meters.trust, clinicians: 30 } } };
    expect(closeWeek(low).meters.budget).toBe(low.meters.budget - 2);
    expect(closeWeek({ ...low, week: 2 }).meters.budget).toBe(low.meters.budget);
  });

  it('structures move trust every week, with notes', () => {
    const s = state('manager', { week: 2, structures: ['walkrounds'] });
    const w = closeWeek(s);
    expect(w.meters.trust.clinicians).toBe(s.meters.trust.clinicians + 1);
    expect(notes(w).some((n) => /Walk-rounds/.test(n))).toBe(true);
  });

  it('a running shadowing arc unlocks other-world terms; a mature one pays off in trust', () => {
    const running = state('manager', { week: 2, arcs: { shadowing: { started: 2 } } });
    const r = closeWeek(running);
    const theirs = otherWorldTerms('manager').map((t) => t.id);
    expect(r.glossary).toHaveLength(3);
    for (const id of r.glossary) expect(theirs).toContain(id);
    expect(r.meters.trust).toEqual(running.meters.trust);

    // Started in week 2, it pays off from week 4 (as the week summary says): week 3 is still under way.
    expect(paysOffFrom('shadowing', { started: 2 })).toBe(4);
    const stillRunning = closeWeek({ ...r, week: 3 });
    expect(stillRunning.meters.trust).toEqual(r.meters.trust);
    expect(notes(stillRunning)).not.toContain(`${ARC_INFO.shadowing.name} is paying off.`);

    const mature = { ...stillRunning, week: 4 };
    const m = closeWeek(mature);
    expect(m.meters.trust.clinicians).toBe(mature.meters.trust.clinicians + 1);
    expect(notes(m)).toContain(`${ARC_INFO.shadowing.name} is paying off.`);
    expect(m.glossary.length).toBeGreaterThan(3);
    expect(new Set(m.glossary).size).toBe(m.glossary.length);
  });

  it('an arc that would pay off after the last week never pays off in the run, as the week summary says', () => {
    const started = WEEKS - ARC_INFO.shadowing.matures + 1;
    expect(paysOffFrom('shadowing', { started })).toBe(WEEKS + 1);
    const last = state('manager', { week: WEEKS, arcs: { shadowing: { started } } });
    const r = closeWeek(last);
    expect(notes(r)).not.toContain(`${ARC_INFO.shadowing.name} is paying off.`);
  });

  it('ends the quarter early when the week’s pressure empties a meter', () => {
    const base = state('manager', { week: WINTER_FROM });
    const broke = { ...base, meters: { ...base.meters, budget: 1 } };
    const s = closeWeek(broke);
    expect(s.meters.budget).toBe(0);
    expect(s.ending).toBe('special_measures');
  });
});

// ---------------------------------------------------------------- settleEnding

describe('settleEnding', () => {
  it('sets an ending from the meters and the interventions', () => {
    const s = state('manager', { week: 8 });
    expect(s.ending).toBeNull();
    // the manager starts with trust 36–68: more than 25 apart
    expect(settleEnding(s).ending).toBe('two_worlds');

    const even = { ...s, meters: { ...s.meters, trust: { clinicians: 60, leaders: 60, executives: 60 } } };
    expect(settleEnding(even).ending).toBe('holding');
    const right = { level: s.pressing, right: true, decision: null, scene: 0, week: 2 };
    expect(settleEnding({ ...even, interventions: [right, right] }).ending).toBe('common_ground');
    const wrong = { ...right, right: false };
    expect(settleEnding({ ...even, interventions: [wrong, wrong, wrong] }).ending).toBe('wrong_fix');
  });

  it('keeps an ending already reached', () => {
    const s = { ...state('manager'), ending: 'investigation' as const };
    expect(settleEnding(s)).toBe(s);
  });
});

describe('what a quarter builds', () => {
  it('pays its weekly good from the week after it is agreed, when it opens, not the week it is agreed in', () => {
    // Week five's move: "Medicine's managers go first, … from Monday". The week's summary paid "Co-location:
    // managers and clinicians share corridors" that Friday, before anyone had moved.
    const s0 = { ...beginScene(newRun('manager', [...TEST_PLAN], 'K7M2QX'), 0), week: 5 };
    const opened = startDecision(s0, 'Propose the opposite: managers into the main block, by the wards');
    const built = applyTags(opened.state, [tagOf('build colocate')], opened.id);
    const paid = (s: GameState, week: number) =>
      longGame({ ...s, week }, week).changes.filter((c) => c.origin.kind === 'build' && c.week === week);
    expect(paid(built, 5)).toEqual([]);
    expect(paid(built, 6).map((c) => [c.target, c.delta])).toEqual([['trust.clinicians', 1]]);
  });
});
