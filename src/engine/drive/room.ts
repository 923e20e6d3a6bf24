/**
 * A simulated room (issue 12): players who join a workshop session and play
 * it with the simulator's strategies, each handing in a result. Used by the
 * room tests, the browser tests that feed a dashboard, and the bench.
 */
import { Game } from '../run/game.ts';
import { seededRandom } from '../rules/random.ts';
import { ROLES, type GameEvent, type Role } from '../rules/types.ts';
import { SESSION_PATTERN } from '../rules/quarter.ts';
import type { GameState } from '../rules/rules.ts';
import { recordOf } from '../read/record.ts';
import { resultOfRecord } from '../read/room.ts';
import type { RoomResult } from '../read/result.ts';
import { move, playOn, STRATEGIES } from './simulate.ts';

export interface SimulatedPlayer {
  role: Role;
  strategy: string;
  /** The player's game as they hand it in. */
  state: GameState;
  result: RoomResult;
}

const ROOM_STRATEGIES = ['random', 'diagnose', 'front-line', 'formal', 'right', 'wrong', 'never-asks'];

/**
 * `count` players of one session: roles alternate, strategies take turns, and
 * every `midSession`-th player hands in after week `stopWeek` instead of
 * finishing (a result handed in before the debrief).
 */
export function simulatedRoom(
  story: string | object,
  session: string,
  seed: string,
  count: number,
  { midSession = 4, stopWeek = 3, weeks }: { midSession?: number; stopWeek?: number; weeks?: number } = {},
): SimulatedPlayer[] {
  if (!SESSION_PATTERN.test(session)) throw new Error(`"${session}" is not a session name (W and five characters)`);
  return Array.from({ length: count }, (_, i) => {
    const role = ROLES[i % 2]!;
    const key = ROOM_STRATEGIES[Math.floor(i / 2) % ROOM_STRATEGIES.length]!;
    const game = new Game({ story, slot: null, random: seededRandom(i + 1) });
    game.send({ type: 'NEW_GAME' });
    game.send({ type: 'CHOOSE_ROLE', role, seed, session, ...(weeks ? { weeks } : {}) });
    game.send({ type: 'BEGIN' });
    const stopEarly = midSession > 0 && i % midSession === midSession - 1;
    const error = playOn(game, STRATEGIES[key]!, seededRandom(100 + i), (g) =>
      stopEarly ? g.state.week > stopWeek || g.state.screen === 'debrief' : g.state.screen === 'debrief',
    );
    if (error) throw new Error(`simulated player ${i + 1} (${role}, ${key}): ${error}`);
    const state = game.state;
    const result = resultOfRecord(recordOf(state), story);
    if (!result) throw new Error('a new run always keeps its inputs');
    return { role, strategy: key, state, result };
  });
}

/** How a room or a pair decides at a choice: the CHOOSE event to send (with a vote, or with proposals). */
export type Decide = (state: GameState, random: () => number) => Extract<GameEvent, { type: 'CHOOSE' }>;

/** A room voting at random: hands for every option, the most hands taken. */
export const voteAtRandom: Decide = (s, random) => {
  const votes = s.choices.map(() => Math.floor(random() * 8));
  return { type: 'CHOOSE', index: s.choices[votes.indexOf(Math.max(...votes))]!.index, votes };
};

/** A pair proposing at random: the partner's proposal is the one agreed. */
export const pairAtRandom: Decide = (s, random) => {
  const lead = Math.floor(random() * s.choices.length);
  const partner = Math.floor(random() * s.choices.length);
  return { type: 'CHOOSE', index: s.choices[partner]!.index, proposals: [lead, partner] };
};

/** Play on, every choice decided by `decide` and everything else at random, until `done` holds. */
export function playDeciding(game: Game, decide: Decide, random: () => number, done: (g: Game) => boolean): void {
  for (let step = 0; step < 2000 && !done(game); step++) {
    const s = game.state;
    if (s.screen === 'scene' && s.choices.length) game.send(decide(s, random));
    else if (move(game, STRATEGIES.random!, random)) return;
  }
}
