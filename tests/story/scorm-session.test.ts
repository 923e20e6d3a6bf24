/**
 * Which copy of a run a SCORM launch resumes (issue 13), in Node with a
 * platform API made of a map: the platform's suspend data and the browser's
 * own save may both hold a run. The same run further along in the browser wins
 * (a learner who played on while the platform missed the last commit loses
 * nothing); the same run further along on the platform wins (another device);
 * a different run saved in the browser is kept among the player's runs before
 * the platform's replaces it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { Game } from '../../src/engine/run/game.ts';
import { SCENE_REBUILT } from '../../src/engine/run/resume.ts';
import type { GameState } from '../../src/engine/rules/rules.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { move, STRATEGIES } from '../../src/engine/drive/simulate.ts';
import { connectScorm, openScorm } from '../../src/platform/scorm-session.ts';
import { WORKSHOP_WEEKS } from '../../src/engine/rules/types.ts';
import { interactionsOf, scoreOf, SUSPEND_LIMIT, suspendData } from '../../src/platform/scorm-data.ts';

const story = compileInk('stories/main.ink').json!;

afterEach(() => vi.restoreAllMocks());

/**
 * A SCORM 1.2 platform holding `suspend` (or nothing) and any other fields, as a window the game finds it in;
 * `refuse` names the fields whose writes it refuses.
 */
function platformWindow(suspend: string | null, fields: Record<string, string> = {}, refuse: RegExp | null = null) {
  const data = new Map<string, string>(
    Object.entries({ ...(suspend ? { 'cmi.suspend_data': suspend } : {}), ...fields }),
  );
  const writes: string[] = [];
  const api = {
    LMSInitialize: () => 'true',
    LMSFinish: () => 'true',
    LMSGetValue: (key: string) => data.get(key) ?? '',
    LMSSetValue: (key: string, value: string) => {
      if (refuse?.test(key)) return 'false';
      writes.push(key);
      data.set(key, String(value));
      return 'true';
    },
    LMSCommit: () => 'true',
    LMSGetLastError: () => (refuse ? '405' : '0'),
    LMSGetErrorString: () => '',
    LMSGetDiagnostic: () => '',
  };
  const win = { API: api, addEventListener: () => undefined } as unknown as Window & { parent: unknown };
  (win as { parent: unknown }).parent = win;
  return { win, data, writes };
}

/** Open a session on `win` and connect a game to it. */
function connect(
  game: Game,
  win: Window,
  say: (text: string) => void = () => undefined,
  local?: Parameters<typeof connectScorm>[4],
  host: Parameters<typeof connectScorm>[5] = { addEventListener: () => undefined },
) {
  const scorm = openScorm(say, win);
  expect(scorm).not.toBeNull();
  return connectScorm(game, story, say, scorm!, local, host);
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
  connect(game, win, (t) => told.push(t), { text: local, keep: (s) => kept.push(s) });
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

  it('the browser’s save further along, with a part that cannot be read: carries on from it, and the learner is told', () => {
    expect(run.late.state.screen).toBe('scene');
    const damaged = JSON.parse(run.late.text);
    damaged.ink = '{"not":"ink"}';
    const { game, told } = launch(platformAt4, JSON.stringify(damaged));
    expect(game.state.decisions).toHaveLength(9);
    expect(told).toEqual([SCENE_REBUILT]);
  });

  it('the browser’s save further along but past resuming: the platform’s copy is taken up instead', () => {
    const broken = JSON.parse(run.late.text);
    broken.state.sceneIndex = broken.state.plan.length + 3;
    const { game } = launch(platformAt4, JSON.stringify(broken));
    expect(game.state.run.id).toBe(run.early.state.run.id);
    expect(game.state.decisions).toHaveLength(4);
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
    connect(game, win);
    expect(data.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(game.state.role).toBeNull();
  });
});

/**
 * Start a workshop quarter (four weeks), when the game is at its title or the role screen, and play it with
 * random moves until `done` holds. A quarter after the first has a code of its own, drawn by the game.
 */
function playUntil(game: Game, done: (g: Game) => boolean, seed = 51): void {
  if (!game.state.role || game.state.screen === 'role') {
    if (game.state.screen !== 'role') game.send({ type: 'NEW_GAME' });
    const code = game.state.screen === 'role' ? {} : { seed: 'K7M2QX' };
    game.send({ type: 'CHOOSE_ROLE', role: 'manager', ...code, weeks: WORKSHOP_WEEKS });
    game.send({ type: 'BEGIN' });
  }
  const moves = seededRandom(seed);
  for (let i = 0; i < 3000 && !done(game); i++) expect(move(game, STRATEGIES.random!, moves)).toBeNull();
  expect(done(game)).toBe(true);
}

describe('what a SCORM session leaves alone', () => {
  it('a “what if?” branch played after the debrief: the platform keeps the finished run, its place and its score', () => {
    const { win, data } = platformWindow(null);
    const game = new Game({ story, slot: null, random: seededRandom(50) });
    connect(game, win);
    playUntil(game, (g) => g.state.screen === 'debrief');
    const finished = new Map(data);
    expect(finished.get('cmi.core.lesson_status')).toBe('completed');
    expect(finished.get('cmi.core.lesson_location')).toBe('debrief');
    game.branchFrom(1);
    expect(game.state.run.branchOf).not.toBeNull();
    playUntil(game, (g) => g.state.decisions.length >= 6);
    playUntil(game, (g) => g.state.screen === 'debrief', 52);
    expect(new Map(data)).toEqual(finished);
  });

  it('a record already completed is not put back to incomplete by a launch with nothing to resume', () => {
    const { win, data } = platformWindow(null, { 'cmi.core.lesson_status': 'completed', 'cmi.core.score.raw': '43' });
    connect(new Game({ story, slot: null, random: seededRandom(53) }), win);
    expect(data.get('cmi.core.lesson_status')).toBe('completed');
  });

  it('a launch in review mode writes nothing, however far the learner plays', () => {
    const { win, writes } = platformWindow(null, { 'cmi.core.lesson_mode': 'review' });
    const game = new Game({ story, slot: null, random: seededRandom(54) });
    const told: string[] = [];
    const session = connect(game, win, (t) => told.push(t));
    playUntil(game, (g) => g.state.decisions.length >= 5);
    session.close();
    expect(writes).toEqual([]);
    // The learner is told, once, that this visit is not recorded.
    expect(told).toEqual([
      expect.stringMatching(/^The learning platform opened this in review mode, so it is not recording/),
    ]);
  });

  it('an answer too long for SCORM 1.2: the learner is told once that the platform keeps only those that fit', () => {
    const { win, data } = platformWindow(null);
    const told: string[] = [];
    const game = new Game({ story, slot: null, random: seededRandom(57) });
    connect(game, win, (t) => told.push(t));
    playUntil(game, (g) => g.state.screen === 'debrief');
    const sent = data.get('cmi.suspend_data');
    game.annotate({ reflections: { monday: 'x'.repeat(4500) } });
    expect(data.get('cmi.suspend_data')).toBe(sent);
    expect(told.filter((t) => /reflections are too long/.test(t))).toHaveLength(1);
    game.annotate({ reflections: { monday: 'y'.repeat(4500) } });
    expect(told.filter((t) => /reflections are too long/.test(t))).toHaveLength(1);
  });

  it('a finished run taken up from the platform opens its debrief with the answers already in it', () => {
    const first = new Game({ story, slot: null, random: seededRandom(58) });
    playUntil(first, (g) => g.state.screen === 'debrief');
    first.annotate({ reflections: { monday: 'Ask Grace first.' } });
    const { win } = platformWindow(suspendData(first.state, story, SUSPEND_LIMIT['1.2'])!.text);
    const game = new Game({ story, slot: null, random: seededRandom(59) });
    const seen: unknown[] = [];
    game.store.subscribe(
      (v) => v.screen,
      (screen, _was) => screen === 'debrief' && seen.push(game.state.reflections),
    );
    connect(game, win, () => undefined, { text: null, keep: () => undefined });
    expect(seen).toEqual([{ monday: 'Ask Grace first.' }]);
  });

  it('a platform that refuses the run: the learner is told once, and the game keeps offering it', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined); // each refusal is logged for the platform's admin
    const { win, data } = platformWindow(null, {}, /suspend_data/);
    const told: string[] = [];
    const game = new Game({ story, slot: null, random: seededRandom(55) });
    connect(game, win, (t) => told.push(t));
    playUntil(game, (g) => g.state.decisions.length >= 5);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/not accepting your progress/);
    expect(data.has('cmi.suspend_data')).toBe(false);
  });

  it('a platform that refuses commits for a while: the learner is told, and told again once it takes them', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { win, data } = platformWindow(null);
    const api = (win as unknown as { API: { LMSCommit: () => string } }).API;
    let refusals = 2;
    api.LMSCommit = () => (refusals-- > 0 ? 'false' : 'true');
    const told: string[] = [];
    const game = new Game({ story, slot: null, random: seededRandom(71) });
    connect(game, win, (t) => told.push(t));
    playUntil(game, (g) => g.state.week >= 2);
    expect(told).toEqual([
      expect.stringMatching(/^Your learning platform is not accepting your progress/),
      'Your learning platform is recording your progress again.',
    ]);
    expect(data.get('cmi.core.lesson_status')).toBe('incomplete');
  });

  it('a page brought back from the browser’s history after its session closed says the platform is not recording', () => {
    const { win } = platformWindow(null);
    const told: string[] = [];
    const listeners = new Map<string, (event: { persisted?: boolean }) => void>();
    const host = {
      addEventListener: (type: string, f: (event: { persisted?: boolean }) => void) => listeners.set(type, f),
    };
    const session = connect(
      new Game({ story, slot: null, random: seededRandom(56) }),
      win,
      (t) => told.push(t),
      undefined,
      host,
    );
    listeners.get('pageshow')!({ persisted: true });
    expect(told).toEqual([]);
    session.close();
    listeners.get('pageshow')!({ persisted: true });
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/no longer recording your progress/);
  });
});

/** The interactions a SCORM 1.2 platform holds, in order: each one's id and response. */
const interactionsIn = (data: Map<string, string>) =>
  Array.from({ length: Number(data.get('cmi.interactions._count') ?? 0) }, (_, n) => ({
    id: data.get(`cmi.interactions.${n}.id`),
    response: data.get(`cmi.interactions.${n}.student_response`),
  }));

/** What the platform should hold for a run's decisions: ids and the options taken, from the run itself. */
const expected = (state: GameState) => interactionsOf(state).map((i) => ({ id: i.id, response: i.response }));

describe('one attempt, more than one run', () => {
  it('a new game after the debrief: its decisions are appended after the finished run’s, and its debrief reported', () => {
    const { win, data } = countingPlatform(null);
    const game = new Game({ story, slot: null, random: seededRandom(60) });
    const session = connect(game, win);
    playUntil(game, (g) => g.state.screen === 'debrief');
    const first = game.state;
    expect(interactionsIn(data)).toEqual(expected(first));
    expect(data.get('cmi.core.lesson_status')).toBe('completed');

    game.send({ type: 'NEW_GAME' });
    playUntil(game, (g) => g.state.decisions.length >= 5, 61);
    expect(game.state.run.id).not.toBe(first.run.id);
    expect(interactionsIn(data)).toEqual([...expected(first), ...expected(game.state)]);
    // Closed mid-run, the attempt is suspended, so the new run is resumed next time.
    session.close();
    expect(data.get('cmi.core.exit')).toBe('suspend');
  });

  it('the second run’s debrief writes its own score', () => {
    const { win, data } = countingPlatform(null);
    const game = new Game({ story, slot: null, random: seededRandom(62) });
    connect(game, win);
    const scores: (number | null)[] = [];
    for (const seed of [63, 64, 65, 66]) {
      playUntil(game, (g) => g.state.screen === 'debrief', seed);
      scores.push(scoreOf(game.state));
      expect(data.get('cmi.core.score.raw') ?? null).toBe(scores.findLast((s) => s !== null)?.toString() ?? null);
      game.send({ type: 'NEW_GAME' });
    }
    // The four runs scored differently, so each write was seen.
    expect(new Set(scores.filter((s) => s !== null)).size).toBeGreaterThan(1);
  });

  it('a copy the platform kept damaged, and no game in this browser: the learner is told, and the new run is reported', () => {
    const { win, data } = countingPlatform('S1.damaged', 5);
    const told: string[] = [];
    const game = new Game({ story, slot: null, random: seededRandom(67) });
    connect(game, win, (t) => told.push(t));
    expect(told).toEqual([
      expect.stringMatching(/could not be read: .*this browser holds no game to carry on\. Start a new game/),
    ]);
    expect(told[0]).not.toMatch(/\(it is|\)\)/);
    playUntil(game, (g) => g.state.decisions.length >= 3, 68);
    expect(interactionsIn(data).slice(5)).toEqual(expected(game.state));
  });

  it('the platform’s copy of the run resumed: only the decisions made after it are appended', () => {
    const run = oneRun(4, 9);
    const { win, data } = countingPlatform(suspendData(run.early.state, story, SUSPEND_LIMIT['1.2'])!.text, 4);
    const game = new Game({ story, slot: null, random: seededRandom(69) });
    connect(game, win);
    playUntil(game, (g) => g.state.decisions.length >= 7, 70);
    expect(interactionsIn(data).slice(4)).toEqual(expected(game.state).slice(4));
  });
});

/**
 * A SCORM 1.2 platform (see `platformWindow`) that counts its interactions as a platform does, already
 * holding `held` of them (from earlier sessions, whose ids it does not give back).
 */
function countingPlatform(suspend: string | null, held = 0) {
  const platform = platformWindow(suspend, { 'cmi.interactions._count': String(held) });
  const api = (platform.win as unknown as { API: { LMSSetValue: (k: string, v: string) => string } }).API;
  const set = api.LMSSetValue;
  api.LMSSetValue = (key, value) => {
    const at = /^cmi\.interactions\.(\d+)\.id$/.exec(key);
    if (at) {
      const count = Number(platform.data.get('cmi.interactions._count'));
      if (Number(at[1]) !== count) return 'false'; // an interaction's place must be the next one
      platform.data.set('cmi.interactions._count', String(count + 1));
    }
    return set(key, value);
  };
  return platform;
}
