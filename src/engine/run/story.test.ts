import { describe, expect, it, vi } from 'vitest';
import { Story } from 'inkjs';
import shuffle from '../../../tests/fixtures/shuffle.ink';
import mini from '../../../tests/fixtures/mini.ink';
import external from '../../../tests/fixtures/external.ink';
import nested from '../../../tests/fixtures/nested.ink';
import roles from '../../../tests/fixtures/roles.ink';
import { StoryRunner } from './story.ts';
import { compileInk } from '../../tools/ink-compile.ts';
import { SCHEDULE } from '../rules/quarter.ts';
import { seededRandom } from '../rules/random.ts';

function read(seed: number): string {
  const runner = new StoryRunner(shuffle);
  runner.reset(seed);
  runner.begin('shuffled');
  const lines: string[] = [];
  runner.continue((beat) => void lines.push(beat.line.text));
  return lines.join(' ');
}

describe('the story runner', () => {
  it('seeds ink’s own randomness, so the same seed reads the same words (replays depend on it)', () => {
    // Read each seed twice, a few milliseconds apart: ink left alone would seed from the clock.
    for (const seed of [17, 4242, 9, 100_000]) {
      const first = read(seed);
      const until = Date.now() + 3;
      while (Date.now() < until) {
        // wait for the clock to move on
      }
      expect(read(seed)).toBe(first);
    }
    // and the seed does matter: across a few seeds the shuffles differ
    expect(new Set([1, 2, 3, 5, 8, 13, 21, 34].map(read)).size).toBeGreaterThan(1);
  });

  it('gives a choice every line of its body, after a conditional inside a conditional too, and the scene what follows', () => {
    const runner = new StoryRunner(nested);
    runner.begin('nested');
    runner.continue(() => undefined);
    const body = runner.currentChoices()[0]!.body;
    runner.choose(0);
    const owned: [string, boolean][] = [];
    runner.continue((beat) => void (beat.line.text && owned.push([beat.line.text, beat.owned])), body);
    expect(owned).toEqual([
      ['You use their words.', true],
      ['You say yes to Thursday.', true],
      // After the inner conditional's branch rejoins the body: still the choice's (the scene's, before).
      ['By Friday her office rings.', true],
      ['Your clinic waits.', true],
      ['Janet writes it down.', true],
      ['The shared line.', false],
    ]);
  });

  it('reads a stretch of story again as the other role, leaving out the choice’s body, and the story where it was', () => {
    const runner = new StoryRunner(roles);
    runner.begin('roles');
    const opening = runner.mark();
    const text = (beats: { line: { text: string } }[]): string[] => beats.map((b) => b.line.text);
    const read: string[] = [];
    runner.continue((beat) => void (beat.line.text && read.push(beat.line.text)));
    expect(read).toEqual(['The ward at eight.', 'You know the patients from the take.']);
    expect(text(runner.readAs(opening, { role: 'manager' }, null))).toEqual([
      'The ward at eight.',
      'You know the beds from the bed state.',
    ]);
    // Put back: the same choices, the clinician's variables, and the story plays on as it would have.
    expect(runner.getVar('role')).toBe('clinician');
    expect(runner.currentChoices().map((c) => c.text)).toEqual(['Go and see']);
    const body = runner.currentChoices()[0]!.body;
    runner.choose(0);
    const afterChoice = runner.mark();
    const next: string[] = [];
    runner.continue((beat) => void (beat.line.text && next.push(beat.line.text)), body);
    expect(next).toEqual(['You examine him.', 'The round goes on.']);
    // What the chooser did (the body) is theirs; what follows is read as the manager.
    expect(text(runner.readAs(afterChoice, { role: 'manager' }, body))).toEqual([
      'The round goes on.',
      'The site team ring you.',
    ]);
    expect(runner.currentChoices().map((c) => c.text)).toEqual(['Stop']);
    runner.choose(runner.currentChoices()[0]!.index);
    expect(runner.continue(() => undefined).ended).toBe(true);
  });

  it('reads what each choice’s body does, the same each time it is asked, whatever a caller does with it', () => {
    const runner = new StoryRunner(mini);
    runner.begin('first');
    runner.continue(() => undefined);
    const kinds = (): string[][] => runner.choicesWithBodies().map((c) => c.tags.map((t) => t.kind));
    const first = kinds();
    // The first choice's body: trust, a skill and a later effect; the second's, a level.
    expect(first).toEqual([
      ['effect', 'effect', 'skill', 'effect'],
      ['effect', 'level'],
    ]);
    // Kept from the story once (the balance suite asks at every choice point): a caller's changes do not stick.
    runner.choiceBodyTags(0).length = 0;
    expect(kinds()).toEqual(first);
    expect(() => ((runner.choiceBodyTags(0)[0] as { kind: string }).kind = 'end')).toThrow();
    expect(kinds()).toEqual(first);
  });

  it('makes ink’s one-off check of the whole story when asked, not again at the first line, and says then what is missing', () => {
    const check = vi.spyOn(Story.prototype, 'ValidateExternalBindings');
    // The check walks the story by calling itself: count only the calls that start a walk.
    const walks = (): number => check.mock.calls.filter((args) => (args as unknown[]).length === 0).length;
    try {
      const runner = new StoryRunner(mini);
      runner.prepare();
      expect(walks()).toBe(1);
      runner.begin('first');
      runner.continue(() => undefined);
      expect(walks()).toBe(1);
      // Without it, ink makes the check itself, on the first line.
      const unprepared = new StoryRunner(mini);
      unprepared.begin('first');
      unprepared.continue(() => undefined);
      expect(walks()).toBe(2);
    } finally {
      check.mockRestore();
    }
    // A function the game never binds: asking does not throw, and the story stops before its first line with what is
    // missing, as ink would.
    for (const prepared of [true, false]) {
      const runner = new StoryRunner(external);
      if (prepared) expect(() => runner.prepare()).not.toThrow();
      runner.begin('first');
      const read: string[] = [];
      expect(() => runner.continue((beat) => void read.push(beat.line.text))).toThrow(/could not go on.*page/);
      expect(read).toEqual([]);
    }
  });

  it('comes back to a bookmark exactly, as often as asked: the place, the variables, the visits and the choices', () => {
    const runner = new StoryRunner(mini);
    runner.begin('first');
    runner.continue(() => undefined);
    runner.setVars({ hours: 7 });
    const mark = runner.bookmark();
    const saved = runner.saveState();
    const choices = runner.currentChoices().map((c) => c.text);
    for (const index of [0, 1, 0]) {
      // Each time, go on somewhere else first: a choice that writes a variable, and on to the next choice.
      runner.choose(runner.currentChoices()[index]!.index);
      runner.continue(() => undefined);
      runner.setVars({ hours: 1 });
      expect(runner.saveState()).not.toBe(saved);
      runner.returnTo(mark);
      expect(runner.saveState()).toBe(saved);
      expect(runner.currentChoices().map((c) => c.text)).toEqual(choices);
      expect(runner.flowVariables(new Set(['hours', 'asked']))).toEqual({ hours: 7, asked: false });
    }
  });

  it('comes back from a bookmark to the state ink’s own save and load would give, all through week one’s scenes', () => {
    // A bookmark copies ink's live state by hand (its private parts), not through ink's save: this holds it to
    // what ink's save text says, at every choice point of random walks through the real story, for both roles.
    const json = compileInk('stories/main.ink').json!;
    const random = seededRandom(11);
    let returns = 0;
    for (const role of ['clinician', 'manager', 'clinician', 'manager']) {
      const runner = new StoryRunner(json);
      runner.reset(7);
      runner.setVars({ role });
      for (const knot of SCHEDULE[1]!) {
        runner.begin(knot);
        let { choices } = runner.continue(() => undefined);
        while (choices.length) {
          const mark = runner.bookmark();
          const saved = runner.saveState();
          // Every option once, each from the bookmark, and the first again: what each leads to must not depend on
          // which was played before it.
          const heard = new Map<number, string>();
          for (const c of [...choices, choices[0]!]) {
            runner.returnTo(mark);
            returns++;
            expect(runner.saveState()).toBe(saved);
            const lines: string[] = [];
            runner.choose(c.index);
            // A variable the engine writes on the way (the same for the same option).
            runner.setVars({ hours: 4 + c.index });
            runner.continue((beat) => void lines.push(beat.line.text));
            const text = lines.join(' ') + runner.saveState();
            expect(heard.get(c.index) ?? text).toBe(text);
            heard.set(c.index, text);
          }
          runner.returnTo(mark);
          runner.choose(choices[Math.floor(random() * choices.length)]!.index);
          ({ choices } = runner.continue(() => undefined));
        }
      }
    }
    expect(returns).toBeGreaterThan(40);
  });

  it('comes back from a bookmark to ink’s randomness as it was: a shuffle reads the same again', () => {
    const runner = new StoryRunner(shuffle);
    runner.reset(4242);
    runner.begin('shuffled');
    const story = (runner as unknown as { story: Story }).story;
    story.state.previousRandom = 3;
    const mark = runner.bookmark();
    const saved = runner.saveState();
    const read = (): string => {
      const lines: string[] = [];
      runner.continue((beat) => void lines.push(beat.line.text));
      return lines.join(' ');
    };
    const first = read();
    story.state.previousRandom = 9;
    story.state.storySeed = 1;
    runner.returnTo(mark);
    expect(runner.saveState()).toBe(saved);
    expect(read()).toBe(first);
  });

  it('keeps a bookmark through ink’s own save where the state is not the plain one it copies', () => {
    // While ink saves in the background it holds changes aside, and the copy would miss them: the bookmark
    // falls back to the object ink writes its save from.
    const runner = new StoryRunner(mini);
    runner.begin('first');
    runner.continue(() => undefined);
    const story = (runner as unknown as { story: Story }).story;
    story.CopyStateForBackgroundThreadSave();
    runner.setVars({ hours: 3 });
    const mark = runner.bookmark();
    expect(mark.state.constructor).toBe(Object);
    const saved = runner.saveState();
    runner.choose(runner.currentChoices()[0]!.index);
    runner.continue(() => undefined);
    runner.returnTo(mark);
    expect(runner.saveState()).toBe(saved);
    story.BackgroundSaveComplete();
  });
});
