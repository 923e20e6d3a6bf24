// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { castFor, EMPTY_CAST, narrate, playLines, speak, type StageInput } from './cast.ts';

const input = (over: Partial<StageInput> = {}): StageInput => ({
  screen: 'scene',
  week: 1,
  sceneIndex: 0,
  speaker: null,
  lines: [],
  ...over,
});

describe('cast', () => {
  it('puts the first speaker on the left and the next one on the right', () => {
    const a = speak(EMPTY_CAST, 'okafor', 'worried');
    expect(a).toMatchObject({ left: { id: 'okafor', mood: 'worried' }, right: null, active: 'left' });
    const b = speak(a, 'bello', 'neutral');
    expect(b).toMatchObject({ left: { id: 'okafor' }, right: { id: 'bello' }, active: 'right' });
  });

  it('keeps the last two speakers, a newcomer replacing the one who spoke less recently', () => {
    let c = speak(EMPTY_CAST, 'okafor', 'neutral');
    c = speak(c, 'bello', 'neutral');
    c = speak(c, 'okafor', 'pleased');
    c = speak(c, 'nair', 'worried');
    expect(c).toMatchObject({ left: { id: 'okafor', mood: 'pleased' }, right: { id: 'nair' }, active: 'right' });
  });

  it('dims everyone for narration and ignores the player', () => {
    const c = speak(EMPTY_CAST, 'webb', 'pleased');
    expect(narrate(c).active).toBeNull();
    expect(speak(c, 'you', 'neutral')).toBe(c);
    expect(playLines(c, [{ text: 'Rain.' }]).active).toBeNull();
  });

  it('clears the stage between scenes and off the scene screen', () => {
    const c = castFor(EMPTY_CAST, null, input({ lines: [{ text: 'Hi', speaker: 'doyle', mood: 'pleased' }] }));
    expect(c.left?.id).toBe('doyle');
    expect(castFor(c, input(), input({ screen: 'summary' }))).toEqual(EMPTY_CAST);
    expect(castFor(c, input(), input({ sceneIndex: 1 }))).toEqual(EMPTY_CAST);
  });

  it('stands the same people in a scene picked up part-way as in one played through', () => {
    const before = [
      { text: 'We are short again.', speaker: 'okafor', mood: 'worried' as const },
      { text: 'I saw the rota.', speaker: 'bello', mood: 'neutral' as const },
      { text: 'So what do we do?', speaker: 'okafor', mood: 'worried' as const },
    ];
    const after = [{ text: 'How are the wards taking it?', speaker: 'you' }];
    // Played through: the lines before the choice, then the answer's.
    const first = input({ lines: before });
    const played = castFor(
      castFor(EMPTY_CAST, null, first),
      first,
      input({ lines: after, earlier: [{ lines: before }] }),
    );
    expect(played).toMatchObject({ left: { id: 'okafor' }, right: { id: 'bello' }, active: 'left' });
    // Picked up after a reload: the stage meets the scene at the answer, with what came before kept beside it.
    expect(castFor(EMPTY_CAST, null, input({ lines: after, earlier: [{ lines: before }] }))).toEqual(played);
    // Another scene starts with nobody, whatever the last one's lines were.
    expect(castFor(played, input({ lines: after }), input({ sceneIndex: 1, earlier: [] }))).toEqual(EMPTY_CAST);
  });

  it('follows a speaker tag without new lines', () => {
    const lines = [{ text: 'Hello', speaker: 'cole', mood: 'neutral' as const }];
    const prev = input({ lines, speaker: { id: 'cole', mood: 'neutral' } });
    const c = castFor(EMPTY_CAST, null, prev);
    const next = castFor(c, prev, { ...prev, speaker: { id: 'cole', mood: 'worried' } });
    expect(next.left).toEqual({ id: 'cole', mood: 'worried' });
  });
});
