/**
 * Replaying a run: the game is deterministic, so a run's role, quarter code
 * and logged inputs rebuild it exactly. What-ifs, branches, resuming a scene
 * whose story changed, and the story tests all stand on this.
 */
import type { GameEvent, Input, Role } from '../rules/types.ts';
import type { ChangeRecord, PendingEffect } from '../rules/rules.ts';
import type { ViewState } from './store.ts';
import { sameChoice } from './legacy-choices.ts';

/** A run could not be replayed (the story changed since it was played, or its inputs were not kept). */
export class ReplayError extends Error {}

/** Where a replay starts from: who played, which quarter, and what they did. */
export interface ReplaySource {
  role: Role;
  seed: string;
  inputs: readonly Input[] | null;
  /** Whether a pair played it (their proposals and questions to each other are only taken in a pair's run). */
  pair?: boolean;
  /** The workshop quarter's weeks, when it was played in that format. */
  weeks?: number;
  /** A run record or a save's state can be passed as it is: its run says whether a pair played it, and its length. */
  run?: { pair?: Role; weeks?: number };
  /** The week the run ended in (a run record's or a state's own). */
  week?: number;
  /** What the run changed, and what it left still to land (a run record's or a state's own). */
  changes?: readonly ChangeRecord[];
  pending?: readonly PendingEffect[];
  /**
   * What the run decided, in order (a run record's or a state's own): each choice is then found again by
   * its words, wherever the story now offers it, and the replay stops where those words are gone.
   */
  decisions?: readonly { text: string }[];
}

/** What a replay drives: a game. */
export interface Replayable {
  readonly state: ViewState;
  can(event: GameEvent): boolean;
  send(event: GameEvent): void;
}

/** Replay a run's first `count` inputs from a new start. */
export function replayRun(game: Replayable, source: ReplaySource, count: number): void {
  if (!source.inputs)
    throw new ReplayError('this run was saved before the game kept what you did, so it cannot be replayed');
  game.send({ type: 'TITLE' });
  game.send({ type: 'NEW_GAME' });
  const pair = source.pair ?? source.run?.pair !== undefined;
  const weeks = source.weeks ?? source.run?.weeks;
  game.send({
    type: 'CHOOSE_ROLE',
    role: source.role,
    seed: source.seed,
    ...(pair ? { pair } : {}),
    ...(weeks ? { weeks } : {}),
  });
  for (const input of source.inputs.slice(0, count))
    playInput(game, input, wordsChosen(source, game.state.decisions.length, input));
}

/** The words a logged CHOOSE chose, when the run kept them: its decision of that number (`made` before it). */
export function wordsChosen(source: Pick<ReplaySource, 'decisions'>, made: number, input: Input): string | undefined {
  return input.type === 'CHOOSE' ? source.decisions?.[made]?.text : undefined;
}

/**
 * Which of the options on offer a logged choice was: the one at its logged index if that one `matches`
 * (its words, or a check of them), else the first that does, wherever the story now offers it; undefined
 * when none does (its words are gone from the story).
 */
export function chosenIndex(
  offered: readonly { index: number; text: string }[],
  logged: number,
  matches: (text: string) => boolean,
): number | undefined {
  return (offered.find((c) => c.index === logged && matches(c.text)) ?? offered.find((c) => matches(c.text)))?.index;
}

/** What each kind of step a player takes is, in words, for the reason a replay stops. */
const STEP_WORDS: Record<Input['type'], string> = {
  BEGIN: 'beginning the quarter',
  CHOOSE: 'a choice',
  ASK: 'asking what a word means',
  LOOK_UP: 'looking a word up',
  PLAN: 'a week’s plan',
  NEXT: 'moving on',
};

/**
 * Play one logged input; a replay that no longer fits the story stops with a clear reason. With `chose`,
 * the words of the choice a CHOOSE made, that choice is taken wherever it now stands among the options
 * (a story changed since may have added or moved one before it), or the replay stops if none says them.
 */
export function playInput(game: Replayable, event: Input, chose?: string): void {
  const step = (game.state.inputs?.length ?? 0) + 1;
  if (event.type === 'CHOOSE' && chose !== undefined) {
    const index = chosenIndex(game.state.choices, event.index, (text) => sameChoice(text, chose));
    if (index === undefined)
      throw new ReplayError(
        `the story has changed since this run was played (at its step ${step}, the choice “${chose}” is no longer offered)`,
      );
    event = { ...event, index };
  }
  if (!game.can(event)) {
    throw new ReplayError(
      `the story has changed since this run was played (at its step ${step}, ${STEP_WORDS[event.type]} no longer fits)`,
    );
  }
  game.send(event);
  if (game.state.storyError) throw new ReplayError(`the story stopped during the replay: ${game.state.storyError}`);
}

/** How many inputs come before a run's decision `decision` (its CHOOSE is input number that). */
export function inputsBefore(inputs: readonly Input[], decision: number): number {
  let seen = 0;
  for (let i = 0; i < inputs.length; i++) {
    if (inputs[i]!.type !== 'CHOOSE') continue;
    if (seen === decision) return i;
    seen++;
  }
  throw new ReplayError(`this run has no decision ${decision + 1}`);
}
