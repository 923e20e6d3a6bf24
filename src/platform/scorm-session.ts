/**
 * A learning platform's session, from launch to close (issue 13): resume the
 * learner from the platform's suspend data (so another device, or a browser
 * whose storage was cleared, carries on where they left off), then report as
 * they play, and close the session when the page goes.
 *
 * What the platform sees:
 * - `lesson_status` / `completion_status`: incomplete from the first launch,
 *   completed when the learner reaches the debrief (a record already
 *   completed is never put back to incomplete);
 * - the score (0–100, see `scoreOf`), written at the debrief when the run
 *   made an intervention to score;
 * - one interaction per decision (id, type choice, the option taken, and
 *   correct or wrong where the decision aimed at a cultural level);
 * - the location (week and scene) and the session time;
 * - the suspend data (the run, the self-assessment, the reflections when they fit).
 *
 * Commits come at the end of each scene and week, at the debrief, when the page
 * is hidden, and when it closes (then the session is finished, suspended unless
 * the learner completed).
 *
 * What it leaves alone: a "what if?" branch is exploration, not the learner's
 * run, so while one is played the platform keeps the run it came from; a
 * launch in review or browse mode writes nothing.
 */
import type { Game } from '../engine/run/game.ts';
import type { GameState } from '../engine/rules/rules.ts';
import { parseSave } from '../engine/run/save.ts';
import { findApi, Scorm } from './scorm.ts';
import {
  interactionsOf,
  locationOf,
  readSuspendData,
  scoreOf,
  sessionTime,
  SUSPEND_LIMIT,
  suspendData,
} from './scorm-data.ts';

export interface ScormSession {
  scorm: Scorm;
  /** Close the session now (as the page does when it goes). */
  close: () => void;
}

interface Host {
  addEventListener(type: 'pagehide' | 'visibilitychange', listener: () => void): void;
  addEventListener(type: 'pageshow', listener: (event: { persisted?: boolean }) => void): void;
}

/** The game this browser has saved, and a way to keep a run among the player's runs before it is replaced. */
export interface LocalSave {
  text: string | null;
  keep: (state: GameState) => void;
}

/**
 * Open a session with the platform above this page, when there is one; null
 * when there is none, or when it would not open one (the learner is told).
 * `say` shows the learner a message (never an error code).
 */
export function openScorm(say: (text: string) => void, win: Window = window): Scorm | null {
  const found = findApi(win as unknown as Parameters<typeof findApi>[0]);
  if (!found) return null;
  const scorm = new Scorm(found);
  if (!scorm.initialize()) {
    say(
      'The learning platform did not open a session for this game, so it will not record your progress. Your game is still saved in this browser.',
    );
    return null;
  }
  return scorm;
}

/** Who the platform says the learner is (empty when it does not say). */
export function learnerOf(scorm: Scorm): string {
  return scorm.get(scorm.keys.learner);
}

/** The run id the platform's copy holds, or null when it holds none it can read. */
export function platformRunId(scorm: Scorm): string | null {
  const kept = scorm.get('cmi.suspend_data');
  const read = kept ? readSuspendData(kept) : null;
  return read?.ok ? read.value.result.id : null;
}

/** Connect the game to an open session: resume from the platform's copy, then report as the learner plays. */
export function connectScorm(
  game: Game,
  story: string | object,
  say: (text: string) => void,
  scorm: Scorm,
  local: LocalSave = { text: null, keep: () => undefined },
  host: Host = window,
): ScormSession {
  const k = scorm.keys;
  // Review and browse launches look, and record nothing.
  const mode = scorm.get(k.mode);
  const looking = mode === 'review' || mode === 'browse';
  if (looking)
    say(
      `The learning platform opened this in ${mode} mode, so it is not recording this visit: play as you like, and open the course normally for play that counts.`,
    );
  // A record already completed (or passed or failed) stays so, whatever this launch does.
  const done = ['completed', 'passed', 'failed'].includes(scorm.get(k.status));
  const started = Date.now();
  const limit = SUSPEND_LIMIT[scorm.version];

  // The platform's interactions are appended, one per decision, and cannot be read back (SCORM 1.2): what is
  // known is how many it holds, and which run the last of them came from.
  const held = Number(scorm.get('cmi.interactions._count')) || 0;
  /** The run whose decisions the platform holds, and how many of them (its first so many), from its copy. */
  let fromCopy: { run: string | null; decisions: number } | null = null;

  // Resume: the platform's copy of the run, when it has one.
  const kept = scorm.get('cmi.suspend_data');
  if (kept) {
    const read = readSuspendData(kept);
    if (!read.ok) {
      say(
        game.state.role
          ? `The learning platform’s copy of your progress could not be read: ${read.reason}. Your game saved in this browser is untouched, and carries on from where this browser last saved it.`
          : `The learning platform’s copy of your progress could not be read: ${read.reason}, and this browser holds no game to carry on. Start a new game to play on (the platform then keeps it), or ask your learning administrator whether your progress can be restored.`,
      );
    } else {
      const { result, self, reflections, chosen } = read.value;
      const parsed = local.text ? parseSave(local.text) : null;
      const saved = parsed?.ok ? parsed.save.state : null;
      // The browser's own save of the same run, as far along or further, wins: the learner carries on from it.
      const localAhead =
        saved !== null && saved.run.id === result.id && (saved.inputs?.length ?? 0) >= result.inputs.length;
      // What the browser's save needs the learner told (a story updated since) is said; a save that cannot be
      // resumed gives way to the platform's copy.
      const resumed = localAhead ? game.resumeFrom(local.text!) : null;
      if (resumed?.ok) {
        if (resumed.notice) say(resumed.notice);
      } else {
        // Another run saved here is kept among the player's runs before the platform's replaces it.
        if (saved?.role && saved.run.id !== result.id) local.keep(saved);
        const taken = game.takeUp(
          {
            role: result.role,
            seed: result.seed,
            inputs: result.inputs,
            ...(result.pair ? { pair: true } : {}),
            ...(result.weeks ? { weeks: result.weeks } : {}),
            id: result.id,
            ...(result.session ? { session: result.session } : {}),
          },
          // With the run, not after it: the debrief it opens draws the answers as it opens.
          { self: { before: self.before, after: self.after }, reflections },
          chosen,
        );
        if (taken.replayed < taken.of)
          say(
            `The game has changed since your last session: your progress was restored up to step ${taken.replayed} of ${taken.of}, the last point this version of the story still has.`,
          );
      }
      // The platform holds the decisions its copy of the run had made: they are written before the copy is.
      const made = result.inputs.filter((i) => i.type === 'CHOOSE').length;
      fromCopy = { run: result.id, decisions: Math.min(held, made) };
    }
  } else if (!looking && !done) {
    scorm.set(k.status, 'incomplete');
    scorm.commit();
  }
  // With no copy of a run to say whose they are, the platform's interactions are taken as the decisions of the
  // run on hand, as far as it goes; a run started later has none there.
  let reported =
    fromCopy ??
    (game.state.role
      ? { run: game.state.run.id, decisions: Math.min(held, game.state.decisions.length) }
      : { run: null, decisions: 0 });

  /** The platform's next interaction's place. */
  let slot = held;
  /** The run whose debrief has been reported this session. */
  let completedRun: string | null = null;
  let toldTooLong = false;
  let toldReflections = false;
  let toldRefused = false;
  /** Whether the platform refused something in the report being made. */
  let refusedNow = false;
  /** Say once that the platform is not taking what the game sends (it is sent again at the next change). */
  const refused = (): void => {
    refusedNow = true;
    if (toldRefused) return;
    toldRefused = true;
    say(
      'Your learning platform is not accepting your progress at the moment. It is saved in this browser, so finish this run here if you can; the game keeps offering it to the platform.',
    );
  };
  let lastSuspend = '';
  let lastLocation = '';

  const report = (state: GameState, commit: boolean): void => {
    // A branch is exploration: the platform keeps the run it came from.
    if (!scorm.isOpen || !state.role || looking || state.run.branchOf) return;
    refusedNow = false;
    const location = locationOf(state);
    if (location !== lastLocation && scorm.set(k.location, location)) lastLocation = location;
    // A new run (New game after a debrief, or after a copy that could not be read) has none of its decisions
    // on the platform yet: they are appended after the last run's.
    if (reported.run !== state.run.id) reported = { run: state.run.id, decisions: 0 };
    const all = interactionsOf(state);
    // Interactions are appended, never rewritten (SCORM 1.2 cannot read them back).
    for (; reported.decisions < all.length; reported.decisions++, slot++) {
      const it = all[reported.decisions]!;
      const at = `cmi.interactions.${slot}`;
      const ok = scorm.set(`${at}.id`, scorm.version === '1.2' ? it.id : `urn:common-ground:decision:${it.id}`);
      if (!ok) break;
      scorm.set(`${at}.type`, 'choice');
      scorm.set(`${at}.${k.response}`, it.response);
      scorm.set(`${at}.result`, scorm.version === '1.2' || it.result !== 'wrong' ? it.result : 'incorrect');
      if (scorm.version === '2004') scorm.set(`${at}.description`, it.description);
    }
    const suspend = suspendData(state, story, limit);
    if (suspend && suspend.text !== lastSuspend) {
      if (suspend.text.length <= limit) {
        if (scorm.set('cmi.suspend_data', suspend.text)) lastSuspend = suspend.text;
        else refused();
      } else if (!toldTooLong) {
        toldTooLong = true;
        say(
          'Your run is now too long for this learning platform to keep: it is saved in this browser, so carry on here to finish it.',
        );
      }
    }
    // Said when an answer is too long, whether or not anything else changed: an answer that does not fit changes
    // nothing the platform is sent, and the learner was told "Saved with this run" and nothing more.
    if (suspend && !suspend.reflectionsKept && !toldReflections) {
      toldReflections = true;
      say(
        'Some of your reflections are too long for the learning platform to keep: it keeps those that fit, and this browser keeps them all.',
      );
    }
    // Each run that reaches its debrief is reported: the platform's score is the latest scored run's.
    if (state.screen === 'debrief' && completedRun !== state.run.id) {
      completedRun = state.run.id;
      scorm.set(k.status, 'completed');
      const score = scoreOf(state);
      if (score !== null) {
        scorm.set(k.raw, String(score));
        scorm.set(k.min, '0');
        scorm.set(k.max, '100');
        if (scorm.version === '2004') scorm.set('cmi.score.scaled', String(score / 100));
      }
      commit = true;
    }
    if (commit) {
      if (!scorm.commit()) refused();
      else if (toldRefused && !refusedNow) {
        // Taking it again: the learner is told, so nobody stays at this PC to finish a run for nothing.
        toldRefused = false;
        say('Your learning platform is recording your progress again.');
      }
    }
  };

  report(game.state, true);
  // After every event: write what changed; commit when a scene or week closes, or the debrief opens.
  game.store.subscribe(
    (s) => s,
    (s, before) => {
      const closing = s.screen !== before.screen && ['summary', 'week', 'plan', 'debrief'].includes(s.screen);
      report(s as GameState, closing);
    },
  );

  const close = (): void => {
    if (!scorm.isOpen) return;
    report(game.state, false);
    if (!looking) {
      scorm.set(k.sessionTime, sessionTime(Date.now() - started, scorm.version));
      // Suspended unless the last run reported is the one finished (a "what if?" branch is not reported): a run
      // begun after a debrief is resumed next time.
      scorm.set(
        k.exit,
        completedRun !== null && completedRun === reported.run ? (scorm.version === '1.2' ? '' : 'normal') : 'suspend',
      );
      scorm.commit();
    }
    scorm.finish();
  };
  host.addEventListener('pagehide', close);
  // Back from the browser's back-forward cache: the session closed when the page was left, and cannot reopen.
  host.addEventListener('pageshow', (event) => {
    if (event.persisted && !scorm.isOpen)
      say(
        'This page was closed and brought back, and its session with your learning platform ended when it closed, so the platform is no longer recording your progress. Your game is still saved in this browser: to record it again, open the game from the learning platform.',
      );
  });
  host.addEventListener('visibilitychange', () => {
    if ((globalThis.document?.visibilityState ?? 'visible') === 'hidden' && scorm.isOpen) {
      report(game.state, false);
      scorm.commit();
    }
  });
  return { scorm, close };
}
