/**
 * Which copy of a run a SCORM launch resumes (issue 13), in Node with a
 * platform API made of a map: the platform's suspend data and the browser's
 * own save may both hold a run. The same run further along in the browser wins
 * (a learner who played on while the platform missed the last commit loses
 * nothing); the same run further along on the platform wins (another device);
 * a different run saved in the browser is kept among the player's runs before
 * the platform's replaces it.
 */
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { Game } from '../../src/engine/run/game.ts';
import type { GameState } from '../../src/engine/rules/rules.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { move, STRATEGIES } from '../../src/engine/drive/simulate.ts';
import { connectScorm } from '../../src/platform/scorm-session.ts';
import { SUSPEND_LIMIT, suspendData } from '../../src/platform/scorm-data.ts';

const story = compileInk('stories/main.ink').json!;

/** A SCORM 1.2 platform holding `suspend` (or nothing), as a window the game finds it in. */
function platformWindow(suspend: string | null) {
  const data = new Map<string, string>(suspend ? [['cmi.suspend_data', suspend]] : []);
  const api = {
    LMSInitialize: () => 'true',
    LMSFinish: () => 'true',
    LMSGetValue: (key: string) => data.get(key) ?? '',
    LMSSetValue: (key: string, value: string) => (data.set(key, String(value)), 'true'),
    LMSCommit: () => 'true',
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => '',
    LMSGetDiagnostic: () => '',
  };
  const win = { API: api, addEventListener: () => undefined } as unknown as Window & { parent: unknown };
  (win as { parent: unknown }).parent = win;
  return { win, data };
}

/** One run, saved by the browser after `early` and after `late` decisions. */
type Saved = { state: GameState; text: string };
function oneRun(early: number, late: number): { early: Saved; late: Saved } {
  let text = '';
  const game = new Game({ story, slot: { write: (t) => (text = t) }, random: seededRandom(31) });
  game.send({ type: 'NEW_GAME' });
  game.send({ type: 'CHOOSE_ROLE', role: 'clinician', seed: 'K7M2QX' });
  game.send({ type: 'BEGIN' });
  const moves = seededRandom(32);
  const playTo = (n: number) => {
    for (let i = 0; i < 2000 && game.state.decisions.length < n; i++)
      expect(move(game, STRATEGIES.random!, moves)).toBeNull();
    expect(game.state.decisions.length).toBe(n);
  };
  playTo(early);
  const atEarly = { state: game.state, text };
  playTo(late);
  return { early: atEarly, late: { state: game.state, text } };
}

const launch = (suspend: string | null, local: string | null) => {
  const { win } = platformWindow(suspend);
  const told: string[] = [];
  const kept: GameState[] = [];
  const game = new Game({ story, slot: null, random: seededRandom(33) });
  const session = connectScorm(game, story, (t) => told.push(t), { text: local, keep: (s) => kept.push(s) }, win, {
    addEventListener: () => undefined,
  });
  expect(session).not.toBeNull();
  return { game, told, kept };
};

describe('a SCORM launch chooses which copy of the run to resume', () => {
  const run = oneRun(4, 9);
  const platformAt4 = suspendData(run.early.state, story, SUSPEND_LIMIT['1.2'])!.text;

  it('the same run further along in this browser: carries on from the browser’s save', () => {
    const { game, told, kept } = launch(platformAt4, run.late.text);
    expect(game.state.decisions).toHaveLength(9);
    expect(game.state.run.id).toBe(run.early.state.run.id);
    expect(told).toEqual([]);
    expect(kept).toEqual([]);
  });

  it('the same run further along on the platform (another device): carries on from the platform’s', () => {
    const platformAt9 = suspendData(run.late.state, story, SUSPEND_LIMIT['1.2'])!.text;
    const { game, kept } = launch(platformAt9, run.early.text);
    expect(game.state.decisions).toHaveLength(9);
    expect(game.state.run.id).toBe(run.early.state.run.id);
    expect(kept).toEqual([]);
  });

  it('another run saved in this browser: kept among the player’s runs, and the platform’s run taken up', () => {
    let other = '';
    const elsewhere = new Game({ story, slot: { write: (t) => (other = t) }, random: seededRandom(40) });
    elsewhere.send({ type: 'NEW_GAME' });
    elsewhere.send({ type: 'CHOOSE_ROLE', role: 'manager', seed: 'K7M2QX' });
    elsewhere.send({ type: 'BEGIN' });
    const { game, kept } = launch(platformAt4, other);
    expect(game.state.run.id).toBe(run.early.state.run.id);
    expect(game.state.decisions).toHaveLength(4);
    expect(kept.map((s) => s.run.id)).toEqual([elsewhere.state.run.id]);
  });

  it('nothing on the platform: the game starts as it is, and the platform hears the lesson is under way', () => {
    const { win, data } = platformWindow(null);
    const game = new Game({ story, slot: null, random: seededRandom(34) });
    connectScorm(game, story, () => undefined, undefined, win, { addEventListener: () => undefined });
    expect(data.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(game.state.role).toBeNull();
  });
});
