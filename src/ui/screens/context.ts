/** What every screen may use: the game to send events to, and the overlay's services. */
import type { Game } from '../../engine/run/game.ts';
import type { Announcer } from '../announcer.ts';
import type { Archive } from '../archive.ts';
import type { Channel } from '../channel.ts';
import type { PartnerJoin } from '../pair-devices.ts';
import type { Reading } from '../reading.ts';
import type { JoinInfo } from '../workshop/session.ts';

export interface ScreenContext {
  game: Game;
  announcer: Announcer;
  /** Messages to and from the Phaser world. */
  channel: Channel;
  openSettings: () => void;
  /** A save that can be resumed right now. */
  canContinue: () => boolean;
  continueGame: () => void;
  /** The quarter the save is in the middle of (week and role), or null. */
  /** The quarter in progress: its week, and whether that week is played (its summary read, or the next being planned). */
  runInProgress: () => {
    week: number;
    weeks: number;
    role: string;
    weekDone: boolean;
    /** What follows a played week, said after "next," ("plan week 3", "the month-end review"). */
    next: string;
    /** Whether it stopped on its ending page: the quarter is over, its debrief not yet opened. */
    ended?: boolean;
    /** The scene it stopped in ("Tuesday, “Larch Ward”"), when it stopped in one. */
    where: string | null;
    /** A what-if branch of a finished quarter (its original is kept). */
    whatIf?: boolean;
    /** A pair's run on one device, said in a sentence (who proposes next, mid-decision). */
    pair?: string | null;
    /** The workshop session it was joined in, if any, its quarter code and its role. */
    session?: string | null;
    seed?: string;
    roleId?: 'clinician' | 'manager';
  } | null;
  /** Start a new game; a quarter in progress is kept among the runs first. */
  newGame: () => void;
  /** Message for the title screen (a save that could not be loaded, storage off). */
  notices: () => Notice[];
  /** Loading progress of the hospital art, 0..1, or null when done. */
  loading: () => number | null;
  reducedMotion: () => boolean;
  playSound: (name: 'choose' | 'up' | 'down') => void;
  /** A quarter code to offer on the role screen (set by "play again with a different level"). */
  nextSeed: () => string | null;
  setNextSeed: (seed: string | null) => void;
  /** Finished runs kept for comparisons. */
  archive: Archive;
  /** The workshop session this page was opened into by a join link, if any. */
  join: () => JoinInfo | null;
  /** The page came from a workshop link that could not be read (the title then offers the code box, open). */
  joinFailed?: () => boolean;
  /** The partner's run this page was opened into from the other device of a pair, if any. */
  partner: () => PartnerJoin | null;
  /** Whether the game runs inside a learning platform (its SCORM API was found above this page). */
  inPlatform: () => boolean;
  /** Keep the current run and branch from one of its decisions; returns why not, when it cannot. */
  replayFrom: (decision: number) => string | null;
  /** The way back to the learning platform that launched this run, once it is offered (cmi5 at completion). */
  exit: () => Action | null;
  /** Hear when the way back is offered; returns the unsubscribe. */
  onExit: (listener: () => void) => () => void;
  /** How far the player had read in the scene, kept so Continue on the title picks up at that line. */
  reading: Reading;
  /** A trial of a facilitator's own scene (`?try=`): its end offers these instead of going on into a quarter. */
  trial?: TrialEnd | null;
  /**
   * Measure the meters bar now, so the page's scroll padding is its height as drawn: a screen's own scrolling
   * calls it first, since the bar can have grown in the same update (a warning's line) and its observer reports
   * only after the frame's first scroll.
   */
  measureBar?: () => void;
}

/** Where a trial of a facilitator's own scene goes from its end. */
export interface TrialEnd {
  /** The same scene and role again, with a new quarter code. */
  again: string;
  /** The same scene as the other role. */
  otherRole: { href: string; label: string };
  /** The page the scene is written on. */
  back: string;
}

export interface Action {
  label: string;
  run: () => void;
}

export interface Notice {
  kind: 'warning' | 'info';
  text: string;
  action?: Action;
  /** A second thing the player can do about it. */
  second?: Action;
}

export interface Screen {
  element: HTMLElement;
  /** Called after the screen is in the document. */
  focus?: () => void;
  destroy?: () => void;
}

/**
 * Whether this run is a projector play-through, the room voting: opened from the session's room link, or
 * (reopened some other way) a run whose decisions carry the room's votes. Its ending and debrief speak to the room.
 */
export function roomPlay(ctx: Pick<ScreenContext, 'game' | 'join'>): boolean {
  return !!ctx.join()?.room || ctx.game.state.decisions.some((d) => d.votes);
}
