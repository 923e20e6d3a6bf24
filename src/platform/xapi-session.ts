/**
 * A learning record store's session (issue 13): the game reports to any
 * conformant xAPI store, launched either by a platform through cmi5 or by a
 * link that carries the store's address and a key (the launch convention
 * learning platforms and workshop facilitators use). Statements are built by
 * `xapi-data.ts`, queued by `xapi-queue.ts` and sent by the maintained xAPI
 * client (`@xapi/xapi`; `@xapi/cmi5` for a cmi5 launch), which this module
 * loads only when a store is named.
 *
 * The network may come and go: statements wait in the browser, in order, and
 * go when it returns (on the browser's `online` event, and by retrying with a
 * growing wait). The learner hears about it once, in plain words, and play
 * never waits for the store.
 */
import { safe } from './safe.ts';
import type XAPI from '@xapi/xapi';
import type { Game } from '../engine/run/game.ts';
import type { GameState } from '../engine/rules/rules.ts';
import { fnv } from '../engine/run/hash.ts';
import { inkOrder } from '../engine/run/resume.ts';
import {
  freshCursor,
  registrationOf,
  sessionStatement,
  statementsSince,
  uuidOf,
  VERB,
  type Statement,
  type XapiFrame,
} from './xapi-data.ts';
import { SentCursors, StatementQueue, storageQueue, type Sent } from './xapi-queue.ts';
import { UUID, type XapiLaunch } from './xapi-launch.ts';

/** What the session may show the learner: a message, and (under cmi5, once the run is complete) the way back. */
export interface Learner {
  say(text: string): void;
  /** `leave` ends the session and opens the platform's return address. */
  offerExit(leave: () => void): void;
}

export interface XapiEnv {
  storage: Storage | null;
  /** Where the session keeps a cmi5 token across a reload (the fetch address works once). */
  session: Storage | null;
  win: Pick<Window, 'addEventListener'> & {
    location: Pick<Location, 'origin' | 'pathname' | 'assign'>;
    document?: Pick<Document, 'visibilityState'>;
  };
  now: () => number;
  randomBytes: () => Uint8Array;
  /** Wait before trying the platform again: `ms`, or less if the browser comes back online. */
  pause: (ms: number) => Promise<void>;
}

const browserEnv = (): XapiEnv => ({
  storage: safe(() => window.localStorage),
  session: safe(() => window.sessionStorage),
  win: window,
  now: Date.now,
  randomBytes: () => crypto.getRandomValues(new Uint8Array(16)),
  pause: (ms) =>
    new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        window.removeEventListener('online', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      window.addEventListener('online', done);
    }),
});

/** How long to wait before each new try at a cmi5 platform that could not be reached at launch: about nine minutes in all. */
const CMI5_RETRIES_MS = [5, 10, 20, 40, 60, 60, 60, 60, 60, 60, 60, 60].map((s) => s * 1000);

export interface XapiSession {
  /** Statements waiting for the store. */
  readonly pending: number;
  /** Send what is waiting now; resolves when the store has it or cannot be reached. */
  flush(): Promise<unknown>;
  /** Close the session (as the page does when it goes): terminated, then a last attempt to send. */
  close(): void;
  /** Close the session and return to the learning platform, when it gave a return address. */
  exit(): Promise<void>;
}

/** Why a request failed, as the queue needs it: try again later, stop until the key works, or never. */
function sentOf(error: unknown): Sent {
  const status = (error as { response?: { status?: number } } | null)?.response?.status;
  if (!status || status >= 500 || status === 408 || status === 429) return { kind: 'unreachable' };
  // The store already has statements with these ids: the batch (sent again exactly as it was) arrived before.
  if (status === 409) return { kind: 'stored' };
  if (status === 401 || status === 403) return { kind: 'denied' };
  return { kind: 'refused', reason: `HTTP ${status}` };
}

const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

/**
 * Connect the game to the record store named in the page's address. `join`
 * is the workshop session the player joined, when they did: its players share
 * one registration, so the facilitator's dashboard can read the room.
 * `learner` is how the session speaks to the learner.
 */
export async function connectXapi(
  game: Game,
  story: string | object,
  learner: Learner,
  launch: XapiLaunch,
  join: { session: string; seed: string } | null,
  env: XapiEnv = browserEnv(),
): Promise<XapiSession | null> {
  const say = (text: string): void => learner.say(text);
  // Each statement's time is later than the last, so the order they were made in is the order a store sorts them in.
  let last = 0;
  const stamp = () => {
    last = Math.max(env.now(), last + 1);
    return { id: uuidOf(env.randomBytes()), timestamp: new Date(last).toISOString() };
  };
  let started = env.now();
  let client: XAPI;
  let frame: XapiFrame;
  let returnURL: string | null = null;
  let session = '';
  let initializedHere = false;
  if (launch.kind === 'cmi5') {
    const { default: Cmi5 } = await import('@xapi/cmi5');
    const cmi5 = new Cmi5();
    // The token of this launch (its fetch address works once): kept for a reload of the same launch only.
    // `at` is when the session was initialized, or null while `initialized` is still to be said.
    const key = `common-ground.cmi5.${launch.fetch}`;
    type Kept = { authToken: string; at: string | null };
    const keep = (value: Kept): void => void safe(() => env.session?.setItem(key, JSON.stringify(value)));
    let kept = safe(() => JSON.parse(env.session?.getItem(key) ?? 'null') as Kept | null);
    // A platform out of reach at launch (patchy wifi) is tried again for a while. Nothing the learner does meanwhile
    // is lost: what the session reports is worked out from the game's state once it is connected.
    let toldWaiting = false;
    for (let attempt = 0; ; attempt++) {
      try {
        if (kept) {
          // A reload of this launch, or a token fetched by a try that failed after it: the platform's launch data.
          const at = kept.at ? new Date(kept.at) : new Date(env.now());
          await cmi5.initialize({ authToken: kept.authToken, initializedDate: at });
          if (!kept.at) {
            initializedHere = true;
            kept = { authToken: kept.authToken, at: at.toISOString() };
          }
        } else {
          // The platform's own launch: its token, its launch data, then `initialized`.
          await cmi5.initialize();
          kept = { authToken: cmi5.getAuthToken() ?? '', at: cmi5.getInitializedDate().toISOString() };
        }
        keep(kept);
        break;
      } catch (error) {
        // The token is handed out once: if this try got it before failing, keep it, and say `initialized` ourselves.
        const token = cmi5.getAuthToken();
        if (!kept && token) {
          kept = { authToken: token, at: null };
          keep(kept);
        }
        // A platform that answers but refuses this launch will not change its mind: no point trying again.
        const status = (error as { response?: { status?: number } } | null)?.response?.status;
        const refusedLaunch = status === 401 || status === 403;
        const wait = refusedLaunch ? undefined : CMI5_RETRIES_MS[attempt];
        if (wait === undefined) {
          // A refusal is not a network fault: a launch used once already, or expired, needs opening again.
          say(
            refusedLaunch
              ? 'Your learning platform did not accept this launch, so this session will not be recorded there. Close this window and open the course again from the platform. Your game is still saved in this browser.'
              : 'The learning platform’s record store could not be reached, so this session will not be recorded there. Your game is still saved in this browser.',
          );
          return null;
        }
        if (!toldWaiting) {
          toldWaiting = true;
          say(
            'The learning platform cannot be reached just now. Play on: the game keeps trying for a few minutes, and records your progress there once it can. Your game is saved in this browser as usual.',
          );
        }
        await env.pause(wait);
      }
    }
    if (toldWaiting) say('The learning platform can be reached again: your progress is being recorded there.');
    const params = cmi5.getLaunchParameters();
    const data = cmi5.getLaunchData();
    client = cmi5.xapi!;
    // Durations run from `initialized`, across reloads of the launch (cmi5 §9.5.4.1).
    started = cmi5.getInitializedDate().getTime();
    returnURL = typeof data.returnURL === 'string' && data.returnURL ? data.returnURL : null;
    // The platform's session id (cmi5 requires one in the template); the launch's own fetch address if it is missing.
    session = String(data.contextTemplate?.extensions?.[SESSION_ID] ?? launch.fetch);
    frame = {
      actor: params.actor,
      activityId: params.activityId,
      registration: params.registration,
      contextTemplate: data.contextTemplate,
      mayComplete: data.launchMode === 'Normal',
    };
    // Browse and Review: play is recorded, but this visit cannot complete the course (cmi5 §10.2.2), as a SCORM
    // launch in those modes says of itself.
    if (data.launchMode === 'Browse' || data.launchMode === 'Review')
      say(
        `The learning platform opened this in ${data.launchMode.toLowerCase()} mode: your play is recorded, but this visit does not complete the course. Open the course normally for that.`,
      );
  } else {
    const { default: XAPIClient } = await import('@xapi/xapi');
    client = new XAPIClient({ endpoint: launch.endpoint, auth: launch.auth });
    const home = `${env.win.location.origin}${env.win.location.pathname}`;
    const registration = launch.registration ?? (join ? registrationOf(join.session, join.seed) : undefined);
    frame = {
      actor: launch.actor ?? {
        objectType: 'Agent',
        account: { homePage: home, name: learnerId(env, registration ?? '') },
      },
      activityId: launch.activityId ?? home,
      ...(registration ? { registration } : {}),
    };
  }

  let toldRefused = false;
  let toldFull = false;
  const learnerKey = `${launch.endpoint} ${frame.registration ?? ''} ${JSON.stringify(frame.actor)}`;
  // What reached the store in this learner's earlier sessions of the registration (under cmi5; a link's queue is
  // the same in every session, and says so itself).
  const sentBefore =
    launch.kind === 'cmi5'
      ? new SentCursors(storageQueue(env.storage, `common-ground.xapi.sent.${(fnv(learnerKey) >>> 0).toString(36)}`))
      : null;
  const queue = new StatementQueue(
    storageQueue(
      env.storage,
      // Under cmi5 each session has a queue of its own: a platform takes a session's statements only in it.
      `common-ground.xapi.${(fnv(`${learnerKey} ${session}`) >>> 0).toString(36)}`,
    ),
    async (batch: Statement[]) => {
      try {
        await client.sendStatements({ statements: batch });
        return { kind: 'stored' };
      } catch (error) {
        return sentOf(error);
      }
    },
    {
      refused: (reason) => {
        if (toldRefused) return;
        toldRefused = true;
        say(
          `The learning record store refused a record of this run (${reason}). Your game is saved in this browser; tell whoever set up the session.`,
        );
      },
      full: (kind) => {
        if (toldFull) return;
        toldFull = true;
        say(
          kind === 'full'
            ? 'The learning record store has not been reachable for a long time, and this browser is keeping as much for it as it should: later records of this run will not reach it. Your game itself is saved as usual.'
            : 'This browser has no room to keep records for the learning record store, so anything not yet sent is lost if you close the page. Your game itself is saved as usual.',
        );
      },
    },
  );

  const isTerminated = (s: Statement) => s.verb.id === VERB.terminated.id;
  // A reload of the same cmi5 launch: a `terminated` queued as the page went was not the end, so it is taken back.
  // If it already reached the platform, the session is over there, and nothing more may be said in it.
  if (launch.kind === 'cmi5') {
    queue.drop(isTerminated);
    const endedKey = `common-ground.cmi5.ended.${session}`;
    if (safe(() => env.storage?.getItem(endedKey))) {
      say(
        'This session has already ended on your learning platform, so nothing more is recorded in it. Your game is saved in this browser; open it again from the platform to record your progress.',
      );
      return null;
    }
  }

  let toldOffline = false;
  let toldDenied = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let wait = 5_000;
  const flush = async (): Promise<void> => {
    clearTimeout(retry);
    const waiting = queue.waiting();
    const result = await queue.flush();
    if ((result === 'sent' || result === 'empty') && !queue.pending) sentBefore?.reached(queue.cursors());
    if (launch.kind === 'cmi5' && waiting.some(isTerminated) && !queue.waiting().some(isTerminated))
      safe(() => env.storage?.setItem(`common-ground.cmi5.ended.${session}`, '1'));
    // Under cmi5 the record store is the learning platform's own, and the learner knows it by that name.
    const where = launch.kind === 'cmi5' ? 'learning platform' : 'learning record store';
    if (result === 'unreachable') {
      if (!toldOffline) {
        toldOffline = true;
        say(
          `The ${where} cannot be reached just now. Play on: your progress is kept in this browser and sent when the connection is back.`,
        );
      }
      retry = setTimeout(() => void flush(), wait);
      wait = Math.min(wait * 2, 60_000);
    } else if (result === 'denied') {
      if (!toldDenied) {
        toldDenied = true;
        say(
          launch.kind === 'cmi5'
            ? 'Your learning platform no longer accepts this session’s key (a session left open a long time ends), so your progress is not reaching it. It is kept in this browser: open the course again from the platform, and it is sent from there.'
            : 'The learning record store did not accept this game’s key, so your progress is not reaching it. It is kept in this browser; tell whoever set up the session.',
        );
      }
    } else {
      wait = 5_000;
      // Everything that waited has arrived: the notice that it could not is taken back.
      if (toldOffline && result === 'sent' && !queue.waiting().length) {
        toldOffline = false;
        say(`The ${where} can be reached again: everything that waited has been sent.`);
      }
    }
  };

  // cmi5 takes one completion per registration (a platform refuses a second): a new run after it reports play, not completion.
  const completedKey = `common-ground.cmi5.completed.${frame.registration ?? ''}`;
  if (launch.kind === 'cmi5' && safe(() => env.storage?.getItem(completedKey))) frame.mayComplete = false;
  // Completed on another device or browser: the platform's own record says so (a cmi5 token may read its registration).
  if (launch.kind === 'cmi5' && frame.mayComplete) {
    let slow: ReturnType<typeof setTimeout> | undefined;
    try {
      // Asked for a few seconds at most: a platform slow to answer must not hold up the session's own records.
      const found = await Promise.race([
        client.getStatements({
          ...(frame.actor.objectType === 'Group'
            ? {}
            : { agent: frame.actor as NonNullable<Parameters<XAPI['getStatements']>[0]>['agent'] }),
          verb: VERB.completed.id,
          activity: frame.activityId,
          ...(frame.registration ? { registration: frame.registration } : {}),
          limit: 1,
        }),
        new Promise<null>((resolve) => (slow = setTimeout(() => resolve(null), 8_000))),
      ]);
      if ((found?.data as { statements?: unknown[] } | undefined)?.statements?.length) {
        frame.mayComplete = false;
        safe(() => env.storage?.setItem(completedKey, '1'));
      }
    } catch {
      // A platform whose tokens cannot read statements: this browser's own note is the only guard.
    } finally {
      clearTimeout(slow);
    }
  }

  let closed = false;
  let offeredExit = false;
  // A platform's learner is offered the way back to it once the run is done (cmi5 §10.2.6), again after a reload.
  const offerExit = (): void => {
    if (offeredExit || !returnURL) return;
    offeredExit = true;
    learner.offerExit(() => void exit());
  };
  // The options on screen at each decision, as the session saw them (a decision's record keeps only the one taken).
  // Each decision is reported as it is made, so it has them; only one made before this session started (a run
  // begun without the record store, then opened with it) is reported without them. They are listed in the
  // story's order, not the order the screen drew, so an option has the same letter for every learner.
  const offered = new Map<string, readonly string[]>();
  const report = (state: GameState): void => {
    if (!state.role || closed) return;
    if (state.screen === 'scene' && state.choices.length)
      offered.set(`${state.run.id}:${state.decisions.length}`, inkOrder(state.choices));
    // A run this session has said nothing about yet carries on from what earlier sessions said of it.
    const cursor = queue.cursorOf(state.run.id) ?? sentBefore?.of(state.run.id) ?? freshCursor(state.run.id);
    if (launch.kind === 'cmi5' && cursor.completed) offerExit();
    const next = statementsSince(state, cursor, frame, story, stamp, env.now() - started, (n) =>
      offered.get(`${state.run.id}:${n}`),
    );
    if (!next.statements.length) return;
    if (!queue.add(next.statements, next.cursor)) return;
    if (launch.kind === 'cmi5' && next.cursor.completed && !cursor.completed) {
      frame.mayComplete = false;
      safe(() => env.storage?.setItem(completedKey, '1'));
      offerExit();
    }
    void flush();
  };

  const opening: Statement[] = [];
  if (launch.kind === 'link') opening.push(sessionStatement('launched', frame, game.state, stamp()));
  if (launch.kind === 'link' || initializedHere)
    opening.push(sessionStatement('initialized', frame, game.state, stamp()));
  queue.add(opening);
  report(game.state);
  void flush();
  game.store.subscribe(
    (s) => s,
    (s) => report(s as GameState),
  );
  env.win.addEventListener('online', () => void flush());

  const close = (): void => {
    if (closed) return;
    report(game.state);
    closed = true;
    queue.add([sessionStatement('terminated', frame, game.state, stamp(), env.now() - started)]);
    void flush();
  };
  /** End the session and go back to the platform: terminated sent (or given a few seconds), then its return address. */
  const exit = async (): Promise<void> => {
    close();
    await Promise.race([flush(), new Promise((resolve) => setTimeout(resolve, 4000))]);
    if (returnURL) env.win.location.assign(returnURL);
  };
  // A page going into the back-forward cache may come back: only a page that is really going ends the session.
  // Under cmi5 only the learner's own exit does: a page cannot tell a reload from a close, and a session a reload
  // had ended could record nothing more (the platform marks one left without an exit as abandoned, its completion kept).
  env.win.addEventListener('pagehide', (event: Event) => {
    if (launch.kind === 'link' && !(event as PageTransitionEvent).persisted) close();
  });
  env.win.addEventListener('visibilitychange', () => {
    if (env.win.document?.visibilityState === 'hidden') void flush();
  });
  return {
    get pending() {
      return queue.pending;
    },
    flush,
    close,
    exit,
  };
}

/**
 * This browser's anonymous learner id for a launch link that names no learner: no name leaves the
 * device, and each registration (each workshop) has its own, so one browser's sessions cannot be linked.
 */
function learnerId(env: XapiEnv, registration: string): string {
  const key = `common-ground.xapi.learner.${registration}`;
  const kept = safe(() => env.storage?.getItem(key));
  if (kept && UUID.test(kept)) return kept;
  const id = uuidOf(env.randomBytes());
  safe(() => env.storage?.setItem(key, id));
  return id;
}
