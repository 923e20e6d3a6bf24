import { describe, expect, it } from 'vitest';
import mini from '../../../tests/fixtures/mini.ink';
import { Game } from './game.ts';
import { parseSave, SAVE_VERSION } from './save.ts';

function savedText(): string {
  const game = new Game({ story: mini, plan: ['first', 'second'] });
  game.send({ type: 'NEW_GAME' });
  game.send({ type: 'CHOOSE_ROLE', role: 'clinician' });
  game.send({ type: 'BEGIN' });
  return game.serialize();
}

describe('save files', () => {
  it('accepts what the game writes', () => {
    const parsed = parseSave(savedText());
    expect(parsed.ok).toBe(true);
  });

  it.each([
    [
      'not JSON',
      () => '{"format": "common-ground-save", ',
      /^the save is not readable \(it is cut short or damaged\)$/,
    ],
    ['another file', () => JSON.stringify({ hello: 1 }), /not a Common Ground save/],
    ['no version', () => JSON.stringify({ ...JSON.parse(savedText()), version: 'one' }), /no version/],
    [
      'a newer version',
      () => JSON.stringify({ ...JSON.parse(savedText()), version: SAVE_VERSION + 1 }),
      /newer version/,
    ],
    [
      'an older unknown version',
      () => JSON.stringify({ ...JSON.parse(savedText()), version: 0 }),
      /can no longer be loaded/,
    ],
    [
      'a meter out of range',
      () => {
        const s = JSON.parse(savedText());
        s.state.meters.budget = 140;
        return JSON.stringify(s);
      },
      /state\.meters\.budget/,
    ],
    [
      'an unknown role',
      () => {
        const s = JSON.parse(savedText());
        s.state.role = 'porter';
        return JSON.stringify(s);
      },
      /state\.role/,
    ],
    [
      'a machine state that does not exist',
      () => {
        const s = JSON.parse(savedText());
        s.machine.value = { scene: 'dancing' };
        return JSON.stringify(s);
      },
      /does not exist/,
    ],
    [
      'missing ink',
      () => {
        const s = JSON.parse(savedText());
        delete s.ink;
        return JSON.stringify(s);
      },
      /ink/,
    ],
  ])('refuses %s with a reason', (_name, make, reason) => {
    const parsed = parseSave(make());
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});
