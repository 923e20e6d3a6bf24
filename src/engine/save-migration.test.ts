import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../tools/ink-compile.ts';
import { seededRandom } from './explore.ts';
import { Game } from './game.ts';
import { checkSeed, pressingLevel, SCHEDULE, startingPeople, startingTerms } from './quarter.ts';
import { parseSave, SAVE_VERSION, statePath, type SaveFile } from './save.ts';

const midweek = readFileSync('tests/fixtures/save-v1-midweek.json', 'utf8');
const debrief = readFileSync('tests/fixtures/save-v1-debrief.json', 'utf8');

let json: string;
beforeAll(() => {
  const compiled = compileInk('stories/main.ink');
  if (!compiled.json) throw new Error(`the story does not compile: ${JSON.stringify(compiled.errors.slice(0, 3))}`);
  json = compiled.json;
});

const newGame = () => new Game({ story: json, random: seededRandom(1) });

function parsed(text: string): SaveFile {
  const result = parseSave(text);
  if (!result.ok) throw new Error(result.reason);
  return result.save;
}

/** Press on (first choice, or NEXT) until `done`; fails on a story error or a stuck flow. */
function playUntil(game: Game, done: (g: Game) => boolean): void {
  for (let steps = 0; !done(game); steps++) {
    if (game.state.storyError) throw new Error(`story error: ${game.state.storyError}`);
    if (steps > 500) throw new Error(`stuck at ${game.flow} (${game.state.screen})`);
    if (game.flow === 'plan') throw new Error(`reached the map in week ${game.state.week} before expected`);
    const first = game.state.choices[0];
    if (game.flow === 'scene.playing' && first) game.send({ type: 'CHOOSE', index: first.index });
    else game.send({ type: 'NEXT' });
  }
  expect(game.state.storyError).toBeNull();
}

describe('format 1 saves (the first-week edition)', () => {
  it('the fixtures are format 1', () => {
    expect(JSON.parse(midweek).version).toBe(1);
    expect(JSON.parse(debrief).version).toBe(1);
  });

  it.each([
    ['midweek', midweek],
    ['debrief', debrief],
  ])('the %s save is lifted to the current format', (_, text) => {
    const old = JSON.parse(text);
    const save = parsed(text);
    expect(SAVE_VERSION).toBe(3);
    expect(save.version).toBe(3);
    const s = save.state;
    const role = old.state.role;
    // what week one had is kept
    expect(s.role).toBe(role);
    expect(s.meters).toEqual(old.state.meters);
    expect(s.sceneIndex).toBe(old.state.sceneIndex);
    // every change learns its week (week one's, here)
    expect(s.changes).toEqual(old.state.changes.map((c: object) => ({ ...c, week: 1 })));
    // inputs were not kept then: the run carries on but cannot be replayed
    expect(s.inputs).toBeNull();
    expect(s.pending).toEqual(old.state.pending);
    expect(save.ink).toBe(old.ink);
    // week one, every scene first-hand
    expect(s.week).toBe(1);
    expect(s.plan.map((m) => m.knot)).toEqual(SCHEDULE[1]);
    for (const m of s.plan) expect(m).toMatchObject({ week: 1, here: true });
    for (const d of s.decisions) expect(d).toMatchObject({ week: 1, intervene: null });
    // the quarter's new fields start as a new run would have them
    expect(checkSeed(s.seed)).toEqual({ ok: true, seed: s.seed });
    expect(s.pressing).toBe(pressingLevel(s.seed));
    expect(s.people).toEqual(startingPeople(role));
    expect(s.known).toEqual(startingTerms(role));
    expect(s.arcs).toEqual({});
    expect(s.structures).toEqual([]);
    expect(s.interventions).toEqual([]);
    expect(s.ending).toBeNull();
    // the old machine context is gone
    expect(save.machine).not.toHaveProperty('context');
  });

  it('the quarter code given to an old save is stable', () => {
    expect(parsed(midweek).state.seed).toBe(parsed(midweek).state.seed);
    // two saves taken at different moments get their own codes
    expect(parsed(midweek).state.seed).not.toBe(parsed(debrief).state.seed);
  });

  it('the midweek save resumes mid-scene', () => {
    const save = parsed(midweek);
    expect(statePath(save.machine.value)).toBe('scene.playing');
    expect(save.state.screen).toBe('scene');
  });

  it('the debrief save resumes at the end-of-week summary, ready for week two', () => {
    const save = parsed(debrief);
    expect(statePath(save.machine.value)).toBe('week');
    expect(save.state.screen).toBe('week');
  });

  it('a game resumes the midweek save and plays on to the map and through week two', () => {
    const game = newGame();
    const result = game.resumeFrom(midweek);
    expect(result).toEqual({ ok: true });
    expect(game.flow).toBe('scene.playing');
    expect(game.state.storyError).toBeNull();
    expect(game.state.screen).toBe('scene');
    expect(game.state.week).toBe(1);
    // the restored scene offers its choices again
    expect(game.state.choices.length).toBeGreaterThan(0);
    expect(game.choiceDetails().length).toBe(game.state.choices.length);

    playUntil(game, (g) => g.flow === 'week');
    expect(game.state.history.at(-1)?.label).toBe('End of week 1');
    game.send({ type: 'NEXT' });
    expect(game.flow).toBe('plan');
    expect(game.state.screen).toBe('plan');
    expect(game.state.week).toBe(1);

    game.send({ type: 'PLAN', visits: [] });
    expect(game.state.storyError).toBeNull();
    expect(game.state.week).toBe(2);
    playUntil(game, (g) => g.flow === 'week');
    game.send({ type: 'NEXT' });
    expect(game.flow).toBe('plan');
    expect(game.state.week).toBe(2);
    expect(game.state.storyError).toBeNull();
  });

  it('a game resumes the debrief save at the week summary and goes on to the map', () => {
    const game = newGame();
    expect(game.resumeFrom(debrief)).toEqual({ ok: true });
    expect(game.flow).toBe('week');
    expect(game.state.screen).toBe('week');
    game.send({ type: 'NEXT' });
    expect(game.flow).toBe('plan');
    game.send({ type: 'PLAN', visits: ['cafe'] });
    expect(game.flow).toBe('scene.playing');
    expect(game.state.week).toBe(2);
    expect(game.state.storyError).toBeNull();
  });
});

describe('saves that are refused', () => {
  it('a save from a newer version of the game', () => {
    const result = parseSave(JSON.stringify({ ...JSON.parse(midweek), version: 99 }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/newer version/);
      expect(result.reason).toContain('99');
    }
  });

  it('a current-format save with an invalid quarter code is damaged', () => {
    const save = parsed(midweek);
    const text = JSON.stringify({ ...save, state: { ...save.state, seed: 'OOOOOO' } });
    const result = parseSave(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/damaged/);
      expect(result.reason).toContain('seed');
    }
    // and a game refuses to resume it, staying where it was
    const game = newGame();
    const resumed = game.resumeFrom(text);
    expect(resumed.ok).toBe(false);
    expect(game.flow).toBe('title');
  });

  it('the same save with its valid code is accepted (the code is what was wrong)', () => {
    const save = parsed(midweek);
    expect(parseSave(JSON.stringify(save)).ok).toBe(true);
  });
});

describe('format 2 saves (the quarter edition, before the debrief kept inputs)', () => {
  const week3 = readFileSync('tests/fixtures/save-v2-week3.json', 'utf8');

  it('is lifted to the current format: every change learns its week, the rest is kept', () => {
    const old = JSON.parse(week3);
    expect(old.version).toBe(2);
    const save = parsed(week3);
    expect(save.version).toBe(SAVE_VERSION);
    const s = save.state;
    expect(s.meters).toEqual(old.state.meters);
    expect(s.decisions).toEqual(old.state.decisions);
    expect(s.week).toBe(3);
    expect(s.changes).toHaveLength(old.state.changes.length);
    // (the old save knew each decision's week: its changes must agree)
    for (const c of s.changes)
      if (c.decision !== null && !c.delayed) expect(c.week).toBe(s.decisions[c.decision]!.week);
    for (const c of s.changes) if (s.plan[c.scene]!.week) expect(c.week).toBe(s.plan[c.scene]!.week);
    expect(new Set(s.changes.map((c) => c.week))).toEqual(new Set([1, 2, 3]));
    // what the player did was not kept then: the run plays on but cannot be replayed
    expect(s.inputs).toBeNull();
    expect(s.run).toEqual({ id: `${old.state.seed}-saved`, branchOf: null, pairedWith: null });
    expect(s.self).toEqual({ before: null, after: null });
    expect(save.ink).toBe(old.ink);
  });

  it('resumes mid-scene in week 3 and plays on to the end of the quarter', () => {
    const game = newGame();
    expect(game.resumeFrom(week3)).toEqual({ ok: true });
    expect(game.flow).toBe('scene.playing');
    expect(game.state.week).toBe(3);
    for (let steps = 0; game.state.screen !== 'debrief'; steps++) {
      expect(steps).toBeLessThan(1500);
      expect(game.state.storyError).toBeNull();
      const s = game.state;
      if (s.screen === 'scene' && s.choices[0]) game.send({ type: 'CHOOSE', index: s.choices[0].index });
      else if (s.screen === 'plan') game.send({ type: 'PLAN', visits: [] });
      else game.send({ type: 'NEXT' });
    }
    // a migrated run still cannot be branched: it says why instead of guessing
    expect(game.state.inputs).toBeNull();
    expect(() => game.branchFrom(0)).toThrow(/before the game kept what you did/);
  });
});
