/**
 * What the game keeps in a learning platform (issue 13), on whole quarters
 * played through the real engine: the suspend data of a whole quarter, with
 * every word asked about and the self-assessment answered, fits SCORM 1.2's
 * 4,096 characters and brings the run back exactly; reflections too long to
 * fit are left to the browser's save and said so; one interaction per
 * decision within both standards' limits; the score and the session time
 * in each standard's format.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { checkedAs, choiceCheck } from '../../src/engine/run/legacy-choices.ts';
import { Game } from '../../src/engine/run/game.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { move, STRATEGIES, type Strategy } from '../../src/engine/drive/simulate.ts';
import { WORKSHOP_WEEKS } from '../../src/engine/rules/types.ts';
import {
  interactionsOf,
  readSuspendData,
  scoreOf,
  sessionTime,
  SUSPEND_LIMIT,
  suspendData,
} from '../../src/platform/scorm-data.ts';

const story = compileInk('stories/main.ink').json!;
const SELF = { s1: 2, s2: 3, s3: 4, s4: 5, s5: 1, s6: 3 };
/** Asks about every word it meets: the longest runs a learner can make. */
const ASKS_ALL: Strategy = { ...STRATEGIES.random!, name: 'asks every word', ask: () => true };

function quarter(seed: number, strategy: Strategy, weeks?: number): Game {
  const game = new Game({ story, slot: null, random: seededRandom(seed) });
  game.send({ type: 'NEW_GAME' });
  game.send({ type: 'CHOOSE_ROLE', role: seed % 2 ? 'manager' : 'clinician', ...(weeks ? { weeks } : {}) });
  game.annotate({ self: { before: SELF, after: null } });
  game.send({ type: 'BEGIN' });
  const random = seededRandom(seed * 7);
  for (let i = 0; i < 4000 && game.state.screen !== 'debrief'; i++) expect(move(game, strategy, random)).toBeNull();
  game.annotate({ self: { before: SELF, after: SELF }, reflections: { monday: 'Ask the ward before the board.' } });
  return game;
}

describe('suspend data', () => {
  it('a whole quarter, every word asked and the self-assessment answered, fits SCORM 1.2 and comes back exactly', () => {
    let longest = 0;
    for (let seed = 1; seed <= 24; seed++) {
      const game = quarter(seed, seed % 3 ? ASKS_ALL : STRATEGIES.random!);
      const data = suspendData(game.state, story, SUSPEND_LIMIT['1.2'])!;
      longest = Math.max(longest, data.text.length);
      expect(data.text.length).toBeLessThanOrEqual(SUSPEND_LIMIT['1.2']);
      expect(data.reflectionsKept).toBe(true);
      const read = readSuspendData(data.text);
      expect(read.ok).toBe(true);
      if (!read.ok) continue;
      expect(read.value.result.inputs).toEqual(game.state.inputs);
      // Each decision's words, checked: a story changed since finds each choice again by them.
      expect(read.value.chosen).toEqual(game.state.decisions.map((d) => choiceCheck(d.text)));
      expect(read.value.self).toEqual({ before: SELF, after: SELF });
      expect(read.value.reflections).toEqual({ monday: 'Ask the ward before the board.' });
      // The run it holds replays to the same quarter.
      const copy = new Game({ story, slot: null });
      copy.takeUp({ ...read.value.result, id: read.value.result.id }, {}, read.value.chosen);
      expect(copy.state.meters).toEqual(game.state.meters);
      expect(copy.state.ending).toBe(game.state.ending);
    }
    console.log(`[scorm] longest suspend data for a whole quarter: ${longest} characters of ${SUSPEND_LIMIT['1.2']}`);
    expect(longest).toBeGreaterThan(150);
  });

  it('reflections too long for SCORM 1.2 are left out (the browser keeps them), those that fit kept, and the run still fits', () => {
    const game = quarter(5, STRATEGIES.random!, WORKSHOP_WEEKS);
    game.annotate({ reflections: { monday: 'short and kept', tuesday: 'x'.repeat(5000), wednesday: 'also kept' } });
    const data = suspendData(game.state, story, SUSPEND_LIMIT['1.2'])!;
    expect(data.reflectionsKept).toBe(false);
    expect(data.text.length).toBeLessThanOrEqual(SUSPEND_LIMIT['1.2']);
    const read = readSuspendData(data.text);
    expect(read.ok && read.value.reflections).toEqual({ monday: 'short and kept', wednesday: 'also kept' });
    // SCORM 2004 has room for them.
    expect(suspendData(game.state, story, SUSPEND_LIMIT['2004'])!.reflectionsKept).toBe(true);
  });

  it('reads the suspend data the release before wrote (S1, no checks of the choices) and takes its run up', () => {
    // Written by d851f34: a manager four weeks in, the self-assessment before, one reflection.
    const text = readFileSync('tests/fixtures/suspend-s1-week4.txt', 'utf8').trim();
    expect(text.startsWith('S1;')).toBe(true);
    const read = readSuspendData(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value).not.toHaveProperty('chosen');
    expect(read.value.self.before).toEqual({ s1: 2, s2: 3, s3: 4, s4: 2, s5: 3, s6: 4 });
    expect(read.value.reflections).toEqual({ monday: 'Go to the ward first.' });
    const copy = new Game({ story, slot: null });
    const taken = copy.takeUp({ ...read.value.result, id: read.value.result.id }, {}, read.value.chosen);
    expect(taken).toEqual({ replayed: 31, of: 31 });
    expect(copy.state).toMatchObject({ role: 'manager', seed: 'R4DQ7M', week: 4, screen: 'scene' });
    expect(copy.state.decisions).toHaveLength(18);
    // Written again, it is S2, with a check for each of its decisions.
    const again = readSuspendData(suspendData(copy.state, story, SUSPEND_LIMIT['1.2'])!.text);
    expect(again.ok && again.value.chosen).toEqual(copy.state.decisions.map((d) => choiceCheck(d.text)));
  });

  it('reads the suspend data the release before wrote (S2: base45 as it is, the reflections percent-encoded)', () => {
    // Written by ab633dd: a clinician fourteen decisions in, the self-assessment before, one reflection.
    const text = readFileSync('tests/fixtures/suspend-s2-week2.txt', 'utf8').trim();
    expect(text.startsWith('S2;')).toBe(true);
    expect(text).toMatch(/[ %]/);
    const read = readSuspendData(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.self.before).toEqual({ s1: 3, s2: 4, s3: 2, s4: 5, s5: 1, s6: 3 });
    expect(read.value.reflections).toEqual({ monday: 'Ask Grace “first” — 50% of it.' });
    expect(read.value.chosen).toHaveLength(14);
    const copy = new Game({ story, slot: null });
    const taken = copy.takeUp({ ...read.value.result, id: read.value.result.id }, {}, read.value.chosen);
    expect(taken.replayed).toBe(taken.of);
    expect(copy.state).toMatchObject({ role: 'clinician', seed: 'K7M2QX', week: 2 });
    expect(copy.state.decisions).toHaveLength(14);
    // Written again, it is S3, and reads back to the same run, checks, answers and reflections.
    copy.annotate({ self: { before: read.value.self.before, after: null }, reflections: read.value.reflections });
    const again = suspendData(copy.state, story, SUSPEND_LIMIT['1.2'])!.text;
    expect(again.startsWith('S3;')).toBe(true);
    const reread = readSuspendData(again);
    // The same but for the story it was played on, which has changed since the fixture was written, and
    // the checks: each is now of its choice's present wording, which the check it had still finds.
    const storyless = (v: typeof read.value) => ({ ...v, result: { ...v.result, story: 0 }, chosen: [] });
    expect(reread.ok && storyless(reread.value)).toEqual(storyless(read.value));
    expect(reread.ok && reread.value.chosen).toEqual(copy.state.decisions.map((d) => choiceCheck(d.text)));
    copy.state.decisions.forEach((d, i) => expect(checkedAs(d.text, read.value.chosen![i]!)).toBe(true));
    // One of its choices has been reworded since (week one's flat cut), and was found by its old words.
    expect(read.value.chosen).not.toEqual(copy.state.decisions.map((d) => choiceCheck(d.text)));
  });

  it('writes nothing a form-encoding or trimming platform would change, and refuses what one did change', () => {
    for (const seed of [4, 5, 6]) {
      const game = quarter(seed, STRATEGIES.random!, WORKSHOP_WEEKS);
      game.annotate({ reflections: { monday: 'Ask Grace “first” — 50% + 3 & more = fine' } });
      const text = suspendData(game.state, story, SUSPEND_LIMIT['1.2'])!.text;
      expect(text.startsWith('S3;')).toBe(true);
      expect(text).not.toMatch(/[ +%&=]/);
      // What a platform that form-decodes it would hand back is the same text.
      expect(decodeURIComponent(text.replace(/\+/g, ' ')).trim()).toBe(text);
      const read = readSuspendData(text);
      expect(read.ok && read.value.reflections).toEqual({ monday: 'Ask Grace “first” — 50% + 3 & more = fine' });
      // A platform that put a space in its run anyway is refused with a reason, not misread.
      const [tag, run, ...rest] = text.split(';');
      expect(run).toContain('_');
      expect(readSuspendData([tag, run!.replace('_', ' '), ...rest].join(';'))).toMatchObject({ ok: false });
    }
  });

  it('refuses damaged suspend data with a reason', () => {
    const game = quarter(3, STRATEGIES.random!, WORKSHOP_WEEKS);
    const text = suspendData(game.state, story, SUSPEND_LIMIT['1.2'])!.text;
    const [tag, run, checks, ...rest] = text.split(';');
    const badChecks = [tag, run, `${checks}A`, ...rest].join(';');
    const bads = ['', 'hello', text.slice(0, 40), text.replace(/;[^;]*;/, ';ZZZ;'), `X1${text.slice(2)}`, badChecks];
    for (const bad of bads) {
      const read = readSuspendData(bad);
      expect(read.ok, bad.slice(0, 20)).toBe(false);
      if (!read.ok) expect(read.reason).toMatch(/^[a-z]/);
    }
  });
});

describe('what the platform is told', () => {
  it('one interaction per decision, each within SCORM 1.2’s and 2004’s limits', () => {
    const game = quarter(8, STRATEGIES.diagnose!);
    const all = interactionsOf(game.state);
    expect(all).toHaveLength(game.state.decisions.length);
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    for (const i of all) {
      expect(i.id).toMatch(/^[A-Za-z0-9_-]{1,255}$/);
      expect(i.response).toMatch(/^[a-z0-9]$/);
      expect(['correct', 'wrong', 'neutral']).toContain(i.result);
      expect(i.description.length).toBeLessThanOrEqual(250);
    }
    // Interventions are marked right or wrong by the hidden level, as the debrief counts them.
    const right = game.state.interventions.filter((i) => i.right).length;
    expect(all.filter((i) => i.result === 'correct')).toHaveLength(right);
    expect(scoreOf(game.state)).toBe(Math.round((100 * right) / game.state.interventions.length));
  });

  it('session time in each standard’s format', () => {
    expect(sessionTime(0, '1.2')).toBe('0000:00:00.00');
    expect(sessionTime(3_723_450, '1.2')).toBe('0001:02:03.45');
    expect(sessionTime(3_723_450, '2004')).toBe('PT1H2M3.45S');
    expect(sessionTime(61_000, '2004')).toBe('PT1M1S');
    expect(sessionTime(0, '2004')).toBe('PT0S');
  });
});
