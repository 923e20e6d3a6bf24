import { describe, expect, it } from 'vitest';
import { WEEKS, WORKSHOP_WEEKS } from '../../engine/rules/types.ts';
import { handoutNote, handoutSteps, RUNNING_IT } from './guide-text.ts';
import { RUN_WAYS, runSheet, type RunWay } from './run-sheet.ts';
import { joinTargets, newSession } from './session.ts';

const minutes = (at: string): number => {
  const [h, m] = at.split(':').map(Number);
  return h! * 60 + m!;
};
const text = (way: RunWay, weeks: number, store = false, seed: string | null = 'ABC234'): string =>
  runSheet(way, { weeks, seed, store })
    .rows.map((r) => `${r.at} ${r.title} ${r.act} ${r.say ?? ''}`)
    .join('\n');

describe('the run sheet', () => {
  const every = RUN_WAYS.flatMap(({ way }) =>
    [WORKSHOP_WEEKS, WEEKS].flatMap((weeks) => [false, true].map((store) => [way, weeks, store] as const)),
  );

  it.each(every)(
    'for %s, %i weeks (store %s): a clock that runs forward from 0:00 and ends inside 90 minutes',
    (way, weeks, store) => {
      const sheet = runSheet(way, { weeks, seed: 'ABC234', store });
      if (way === 'room' && weeks !== WORKSHOP_WEEKS) return;
      const [before, ...timed] = sheet.rows;
      expect(before!.at).toBe('Before');
      expect(timed[0]!.at).toBe('0:00');
      const clock = timed.map((r) => minutes(r.at));
      expect(clock).toEqual([...clock].sort((a, b) => a - b));
      expect(new Set(clock).size).toBe(clock.length);
      expect(clock.at(-1)).toBeLessThan(90);
      for (const r of sheet.rows) {
        expect(r.act.length).toBeGreaterThan(10);
        // Said aloud: in the first person or to the room, never an instruction to the facilitator.
        if (r.say !== null) expect(r.say).not.toMatch(/^Say\b/);
      }
      // Closes on the quarter code, to replay at home.
      expect(sheet.rows.at(-1)!.say).toContain('ABC234');
    },
  );

  it('tells each way of joining only its own way', () => {
    const join = (way: RunWay): string => runSheet(way, { weeks: 4, seed: null, store: false }).rows[2]!.say!;
    expect(join('solo')).not.toMatch(/pair|partner|side of the room/i);
    // The split room is told each code by the label printed over it.
    for (const t of joinTargets('https://example.org/', newSession(null, 'split')))
      expect(join('split')).toContain(`“${t.label}”`);
    expect(join('pairs')).toMatch(/choose in private, then agree/);
    expect(text('room', WORKSHOP_WEEKS)).toMatch(/Take the room’s choice/);
    expect(text('room', WORKSHOP_WEEKS)).not.toMatch(/Hand in result|camera/);
    // On the projector the game is on the wall, and no screen is promised to stay off it.
    expect(text('room', WORKSHOP_WEEKS)).not.toMatch(/Nobody’s screen/);
    expect(text('solo', WORKSHOP_WEEKS)).toMatch(/Nobody’s screen or result goes on the wall/);
  });

  it('asks for hand-in only where results do not reach a record store by themselves', () => {
    const stop = (store: boolean): string =>
      runSheet('solo', { weeks: 4, seed: null, store }).rows.find((r) => r.at === '0:45')!.say!;
    expect(stop(false)).toMatch(/^Stop where you are\. Press “Hand in result”/);
    expect(stop(true)).toMatch(/If you typed the workshop code instead of scanning/);
  });

  it('stops the full quarter at week four, and opens no debrief nobody has reached', () => {
    expect(text('solo', WEEKS)).toMatch(/end of week four, stop there/);
    expect(text('solo', WEEKS)).not.toMatch(/open your debrief|reached your ending/);
    expect(text('solo', WEEKS)).toMatch(/Continue on the game’s first screen picks up where you stopped/);
    expect(text('solo', WORKSHOP_WEEKS)).toMatch(/open your debrief now/);
  });

  it('gives the projector play-through the 55 minutes the guide says it takes, and the full quarter none', () => {
    const rows = runSheet('room', { weeks: WORKSHOP_WEEKS, seed: null, store: false }).rows;
    const play =
      minutes(rows.find((r) => r.title === 'The show of hands')!.at) -
      minutes(rows.find((r) => /briefing/.test(r.title))!.at);
    expect(play).toBe(55);
    expect(RUNNING_IT.list!.join(' ')).toMatch(/the workshop quarter takes about 55 minutes this way/);
    const full = runSheet('room', { weeks: WEEKS, seed: null, store: false });
    expect(full.rows).toEqual([]);
    expect(full.note).toMatch(/set up a session with the workshop quarter/);
  });
});

describe('the handout’s steps', () => {
  const all = (s: Parameters<typeof handoutSteps>[0]): string => handoutSteps(s).join('\n');
  it('say only the session’s way of playing, and the typed code once (the join box under the QR says it)', () => {
    expect(all({ mode: 'solo', weeks: 4, store: false })).not.toMatch(/pair|a device each|side of the room/i);
    expect(all({ mode: 'split', weeks: 4, store: false })).not.toMatch(/pair|a device each/i);
    expect(all({ mode: 'split', weeks: 4, store: false })).toMatch(/your side of the room/);
    expect(all({ mode: 'pairs', weeks: 4, store: false })).toMatch(/choose in private/);
    for (const mode of ['solo', 'split', 'pairs'] as const)
      expect(all({ mode, weeks: 4, store: false }).match(/no camera/gi)).toHaveLength(1);
    // Two codes on a split room's handout: each side is told its own by the label printed over it.
    for (const t of joinTargets('https://example.org/', newSession(null, 'split')))
      expect(all({ mode: 'split', weeks: 4, store: false })).toContain(`“${t.label}”`);
    // Without a session, every way is there, and the typed code in full.
    expect(all(null)).toMatch(/choose in private/);
    expect(all(null)).toMatch(/type the workshop code printed after it/);
  });

  it('say the places a week for the quarter played, and hand-in as the session takes results', () => {
    expect(all({ mode: 'solo', weeks: WORKSHOP_WEEKS, store: false })).toMatch(/choose up to two places\./);
    expect(all({ mode: 'solo', weeks: WEEKS, store: false })).toMatch(/choose up to three places\./);
    expect(all({ mode: 'solo', weeks: 4, store: true })).toMatch(
      /sends its result to your organisation’s learning record store as you play, under an anonymous ID/,
    );
    expect(all({ mode: 'solo', weeks: 4, store: true })).not.toMatch(/hand in from the ending page/);
    // The note under the steps says the same: a store's result does not wait on the device to be handed in.
    expect(handoutNote(true)).not.toMatch(/stay on your device/);
    expect(handoutNote(false)).toMatch(/stay on your device until you hand them in/);
    // The full quarter stops at week four today.
    expect(all({ mode: 'solo', weeks: WEEKS, store: false })).toMatch(/Today you play to the end of week four/);
    expect(all({ mode: 'solo', weeks: 4, store: false })).toMatch(/Hand in your result the way the facilitator asks/);
  });
});
