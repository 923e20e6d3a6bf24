/**
 * Dr Marsh's launch video in week four's café is her words but not her: a
 * player who asks what "supportive" means asks whoever is at the table, and is
 * not warmed to a medical director who was never there. Her line still counts
 * as her clue (a formal leader's view, weighed as such).
 */
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { Game } from '../../src/engine/run/game.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { move, STRATEGIES, type Strategy } from '../../src/engine/drive/simulate.ts';
import { checkPlan } from '../../src/engine/rules/weekly.ts';

const story = compileInk('stories/main.ink').json!;

/** The café in week four, first choices otherwise, never asking on its own. */
const toTheCafe: Strategy = {
  ...STRATEGIES.first!,
  name: 'the café in week four',
  plan: (state) => (state.week + 1 === 4 && checkPlan(state, ['cafe']).ok ? ['cafe'] : []),
};

describe('a recorded speaker', () => {
  it.each(['clinician', 'manager'] as const)('is not asked, nor warmed, for a word in the video (%s)', (role) => {
    const game = new Game({ story, random: seededRandom(3) });
    game.send({ type: 'TITLE' });
    game.send({ type: 'NEW_GAME' });
    game.send({ type: 'CHOOSE_ROLE', role });
    game.send({ type: 'BEGIN' });
    const random = seededRandom(1);
    const heard = (): boolean => game.state.lines.some((l) => l.text.startsWith('A supportive trust'));
    for (let step = 0; step < 400 && !(game.state.plan[game.state.sceneIndex]?.knot === 'w4_app' && heard()); step++) {
      expect(move(game, toTheCafe, random)).toBeNull();
    }
    const s = game.state;
    expect(s.plan[s.sceneIndex]).toMatchObject({ knot: 'w4_app', here: true });
    const word = s.unknown.find((u) => u.term === 'supportive');
    expect(word, 'supportive is in the words box').toBeDefined();
    expect(word!.line).toContain('A supportive trust');
    expect(word!.speaker).toBeNull();
    // Her words are still her clue.
    expect(s.clues.at(-1)).toMatchObject({ level: 'practice', speaker: 'marsh' });
    const marsh = s.people.marsh;
    game.send({ type: 'ASK', term: 'supportive' });
    expect(game.state.known).toContain('supportive');
    expect(game.state.people.marsh).toEqual(marsh);
  });
});
