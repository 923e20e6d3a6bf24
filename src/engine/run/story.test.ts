import { describe, expect, it, vi } from 'vitest';
import { Story } from 'inkjs';
import shuffle from '../../../tests/fixtures/shuffle.ink';
import mini from '../../../tests/fixtures/mini.ink';
import external from '../../../tests/fixtures/external.ink';
import { StoryRunner } from './story.ts';

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
});
