import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../tools/ink-compile.ts';
import { seededRandom } from '../rules/random.ts';
import { Game } from './game.ts';
import { checkSeed, pressingLevel, SCHEDULE, startingPeople, startingTerms } from '../rules/quarter.ts';
import { inferOrigin, parseSave, SAVE_VERSION, STORY_UPDATED, type SaveFile } from './save.ts';
import { LEGACY_MISREADS } from './legacy-misreads.ts';
import { statePath } from './machine.ts';
import { misreadFor, termById } from '../rules/glossary.ts';
import { parseRuns, RUN_VERSION } from '../read/record.ts';
import type { StoryRunner } from './story.ts';
import { ROLES, type Place } from '../rules/types.ts';

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

/** First choice every time, `visits` every week, to the debrief; fails on a story error or a stuck flow. */
function playToDebrief(game: Game, visits: Place[]): void {
  for (let steps = 0; game.state.screen !== 'debrief'; steps++) {
    expect(steps).toBeLessThan(1500);
    expect(game.state.storyError).toBeNull();
    const s = game.state;
    if (s.screen === 'scene' && s.choices[0]) game.send({ type: 'CHOOSE', index: s.choices[0].index });
    else if (s.screen === 'plan') game.send({ type: 'PLAN', visits });
    else game.send({ type: 'NEXT' });
  }
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
    expect(SAVE_VERSION).toBe(4);
    expect(save.version).toBe(4);
    const s = save.state;
    const role = old.state.role;
    // what week one had is kept
    expect(s.role).toBe(role);
    expect(s.meters).toEqual(old.state.meters);
    expect(s.sceneIndex).toBe(old.state.sceneIndex);
    // every change learns its week (week one's, here) and its cause
    expect(s.changes.map(({ origin: _o, ...c }) => c)).toEqual(
      old.state.changes.map((c: object) => ({ ...c, week: 1 })),
    );
    for (const c of s.changes) expect(c.origin.kind).toBe(c.decision === null ? 'scene' : 'choice');
    // inputs were not kept then: the run carries on but cannot be replayed
    expect(s.inputs).toBeNull();
    expect(s.pending.map(({ origin: _o, ...p }) => p)).toEqual(old.state.pending);
    // the story has been rewritten since: only its variables carry over, and the player is told
    expect(save.ink).toBe('');
    expect(save.inkVars).toMatchObject({ role });
    expect(save.notice).toBe(STORY_UPDATED);
    // week one, every scene first-hand
    expect(s.week).toBe(1);
    expect(s.plan.map((m) => m.knot)).toEqual(SCHEDULE[1]);
    for (const m of s.plan) expect(m).toMatchObject({ week: 1, here: true });
    for (const d of s.decisions) expect(d).toMatchObject({ week: 1, intervene: null });
    // the quarter's new fields start as a new run would have them
    expect(checkSeed(s.seed)).toEqual({ ok: true, seed: s.seed });
    expect(s.pressing).toBe(pressingLevel(s.seed));
    expect(s.people).toEqual(startingPeople(role));
    expect([...s.known].sort()).toEqual([...startingTerms(role)].sort());
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

  it('the midweek save resumes at the end of its scene: the scene it was in has been rewritten since', () => {
    const save = parsed(midweek);
    expect(statePath(save.machine.value)).toBe('scene.summary');
    expect(save.state.screen).toBe('summary');
    expect(save.state.sceneOver).toBe(true);
    expect(save.state.choices).toEqual([]);
  });

  it('the debrief save resumes at the end-of-week summary, ready for week two', () => {
    const save = parsed(debrief);
    expect(statePath(save.machine.value)).toBe('week');
    expect(save.state.screen).toBe('week');
  });

  it('a game resumes the midweek save and plays on to the map and through week two', () => {
    const game = newGame();
    const result = game.resumeFrom(midweek);
    expect(result).toEqual({ ok: true, notice: STORY_UPDATED });
    expect(game.flow).toBe('scene.summary');
    expect(game.state.storyError).toBeNull();
    expect(game.state.week).toBe(1);
    // what the scenes remembered carries over into the new story
    expect(JSON.parse(JSON.parse(midweek).ink).variablesState.wed_showed_up).toBe(true);
    expect((game as unknown as { runner: StoryRunner }).runner.getVar('wed_showed_up')).toBe(true);

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
    expect(game.resumeFrom(debrief)).toEqual({ ok: true, notice: STORY_UPDATED });
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
    expect(save.ink).toBe('');
  });

  it('resumes at the end of its week-3 scene and plays on to the end of the quarter', () => {
    const game = newGame();
    expect(game.resumeFrom(week3)).toEqual({ ok: true, notice: STORY_UPDATED });
    expect(game.flow).toBe('scene.summary');
    expect(game.state.week).toBe(3);
    playToDebrief(game, []);
    // a migrated run still cannot be branched: it says why instead of guessing
    expect(game.state.inputs).toBeNull();
    expect(() => game.branchFrom(0)).toThrow(/before the game kept what you did/);
  });
});

describe('format 3 saves (the quarter before the story was rewritten)', () => {
  const scene = readFileSync('tests/fixtures/save-v3-week3-scene.json', 'utf8');
  const plan = readFileSync('tests/fixtures/save-v3-week5-plan.json', 'utf8');

  it('a misunderstanding pending in an old save is given back to the nod, not the decision it was charged to', () => {
    const old = JSON.parse(scene);
    expect(old.version).toBe(3);
    const save = parsed(scene);
    const role = save.state.role!;
    const oldNods = (old.state.pending as { decision: number | null; note?: string }[]).filter((p) =>
      p.note?.startsWith('You praised "flow"'),
    );
    expect(oldNods.length, 'the fixture holds a nod charged to a decision').toBeGreaterThan(0);
    for (const p of oldNods) expect(p.decision).not.toBeNull();
    const nods = save.state.pending.filter((p) => p.origin.kind === 'nod');
    expect(nods).toHaveLength(oldNods.length);
    for (const p of nods) {
      expect(p.decision).toBeNull();
      expect(p.origin).toMatchObject({ kind: 'nod', term: 'flow' });
      // The words it was logged in stay: the glossary has rewritten them since, and they are still known.
      expect([misreadFor(termById('flow')!, role), ...LEGACY_MISREADS.flow!]).toContain(p.note);
    }
    // the intervention still belongs to its decision
    const aimed = save.state.pending.filter((p) => p.origin.kind === 'intervention');
    expect(aimed.length).toBeGreaterThan(0);
    for (const p of aimed) expect(p.decision).not.toBeNull();
    // landed misunderstandings are given back too
    for (const c of save.state.changes.filter((c) => c.origin.kind === 'nod')) expect(c.decision).toBeNull();
    // the head of nursing joins the cast at a role's usual trust; daily words are known
    expect(save.state.people.quinn).toBe(startingPeople(role).quinn);
    for (const t of startingTerms(role)) expect(save.state.known).toContain(t);
  });

  it('a misunderstanding logged in words the glossary has since rewritten is still known as that word’s', () => {
    for (const [term, texts] of Object.entries(LEGACY_MISREADS))
      for (const note of texts)
        for (const role of ROLES)
          expect(inferOrigin({ note, decision: 3 }, role), `${term}: ${note}`).toEqual({
            origin: { kind: 'nod', term, scene: 0, line: '', speaker: null },
            decision: null,
          });
  });

  it('mid-scene: resumes at the end of that scene, says why, and plays on to the debrief', () => {
    const game = newGame();
    expect(game.resumeFrom(scene)).toEqual({ ok: true, notice: STORY_UPDATED });
    expect(game.flow).toBe('scene.summary');
    expect(game.state.week).toBe(3);
    playToDebrief(game, ['ward']);
    expect(game.state.ending).not.toBeNull();
  });

  it('on the map: resumes there and plans the week', () => {
    const game = newGame();
    expect(game.resumeFrom(plan)).toEqual({ ok: true, notice: STORY_UPDATED });
    expect(game.flow).toBe('plan');
    expect(game.state.week).toBe(5);
    game.send({ type: 'PLAN', visits: ['ward', 'cafe'] });
    expect(game.flow).toBe('scene.playing');
    expect(game.state.week).toBe(6);
    expect(game.state.storyError).toBeNull();
  });
});

describe('run files from before the rewrite (version 1)', () => {
  const file = readFileSync('tests/fixtures/run-v1-quarter.json', 'utf8');

  it('are lifted: every change knows its cause, misunderstandings belong to the nod', () => {
    expect(JSON.parse(file).version).toBe(1);
    expect(RUN_VERSION).toBe(2);
    const read = parseRuns(file);
    if (!read.ok) throw new Error(read.reason);
    const [run] = read.runs;
    const old = JSON.parse(file).runs[0];
    expect(run!.changes).toHaveLength(old.changes.length);
    expect(run!.meters).toEqual(old.meters);
    expect(run!.leavers).toEqual([]);
    const nods = run!.changes.filter((c) => c.origin.kind === 'nod');
    expect(nods.length, 'the fixture holds landed misunderstandings').toBeGreaterThan(0);
    for (const c of nods) expect(c.decision).toBeNull();
  });
});
