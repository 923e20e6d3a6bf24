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
import type XAPI from '@xapi/xapi';
import type { Game } from '../engine/run/game.ts';
import type { GameState } from '../engine/rules/rules.ts';
import { fnv } from '../engine/read/result.ts';
import {
  freshCursor,
  registrationOf,
  sessionStatement,
  statementsSince,
  uuidOf,
  type Statement,
  type XapiFrame,
} from './xapi-data.ts';
import { StatementQueue, storageQueue, type Sent } from './xapi-queue.ts';
import { UUID, type XapiLaunch } from './xapi-launch.ts';

export interface XapiEnv {
  storage: Storage | null;
  /** Where the session keeps a cmi5 token across a reload (the fetch address works once). */
  session: Storage | null;
  win: Pick<Window, 'addEventListener' | 'location'> & { document?: Pick<Document, 'visibilityState'> };
  now: () => number;
  randomBytes: () => Uint8Array;
}

const browserEnv = (): XapiEnv => ({
  storage: safe(() => window.localStorage),
  session: safe(() => window.sessionStorage),
  win: window,
  now: Date.now,
  randomBytes: () => crypto.getRandomValues(new Uint8Array(16)),
});

function safe<T>(get: () => T): T | null {
  try {
    return get();
  } catch {
    return null;
  }
}

export interface XapiSession {
  /** Statements waiting for the store. */
  readonly pending: number;
  /** Send what is waiting now; resolves when the store has it or cannot be reached. */
  flush(): Promise<unknown>;
  /** Close the session (as the page does when it goes): terminated, then a last attempt to send. */
  close(): void;
}

/** Why a request failed, as the queue needs it: try again later, or never. */
function sentOf(error: unknown): Sent {
  const status = (error as { response?: { status?: number } } | null)?.response?.status;
  if (!status || status >= 500 || status === 408 || status === 429) return { kind: 'unreachable' };
  // The store already has statements with these ids: they arrived before the reply was lost.
  if (status === 409) return { kind: 'stored' };
  return {
    kind: 'refused',
    reason: status === 401 || status === 403 ? 'the store did not accept the key it was given' : `HTTP ${status}`,
  };
}

/**
 * Connect the game to the record store named in the page's address. `join`
 * is the workshop session the player joined, when they did: its players share
 * one registration, so the facilitator's dashboard can read the room.
 */
export async function connectXapi(
  game: Game,
  story: string | object,
  say: (text: string) => void,
  launch: XapiLaunch,
  join: { session: string; seed: string } | null,
  env: XapiEnv = browserEnv(),
): Promise<XapiSession | null> {
  const stamp = () => ({ id: uuidOf(env.randomBytes()), timestamp: new Date(env.now()).toISOString() });
  const started = env.now();
  let client: XAPI;
  let frame: XapiFrame;
  if (launch.kind === 'cmi5') {
    const { default: Cmi5 } = await import('@xapi/cmi5');
    const cmi5 = new Cmi5();
    const key = `common-ground.cmi5.${launch.registration}`;
    const kept = safe(
      () => JSON.parse(env.session?.getItem(key) ?? 'null') as { authToken: string; at: string } | null,
    );
    try {
      // The platform's own launch: its token (once per session), its launch data, then `initialized`.
      await cmi5.initialize(kept ? { authToken: kept.authToken, initializedDate: new Date(kept.at) } : undefined);
    } catch {
      say(
        'The learning platform’s record store could not be reached, so this session will not be recorded there. Your game is still saved in this browser.',
      );
      return null;
    }
    safe(() =>
      env.session?.setItem(
        key,
        JSON.stringify({ authToken: cmi5.getAuthToken(), at: cmi5.getInitializedDate().toISOString() }),
      ),
    );
    const params = cmi5.getLaunchParameters();
    const data = cmi5.getLaunchData();
    client = cmi5.xapi!;
    frame = {
      actor: params.actor,
      activityId: params.activityId,
      registration: params.registration,
      contextTemplate: data.contextTemplate,
      mayComplete: data.launchMode === 'Normal',
    };
  } else {
    const { default: XAPIClient } = await import('@xapi/xapi');
    client = new XAPIClient({ endpoint: launch.endpoint, auth: launch.auth });
    const home = `${env.win.location.origin}${env.win.location.pathname}`;
    frame = {
      actor: launch.actor ?? { objectType: 'Agent', account: { homePage: home, name: learnerId(env) } },
      activityId: launch.activityId ?? home,
      ...(launch.registration
        ? { registration: launch.registration }
        : join
          ? { registration: registrationOf(join.session, join.seed) }
          : {}),
    };
  }

  let toldRefused = false;
  const queue = new StatementQueue(
    storageQueue(
      env.storage,
      `common-ground.xapi.${(fnv(`${launch.endpoint} ${frame.registration ?? ''} ${JSON.stringify(frame.actor)}`) >>> 0).toString(36)}`,
    ),
    async (batch: Statement[]) => {
      try {
        await client.sendStatements({ statements: batch });
        return { kind: 'stored' };
      } catch (error) {
        return sentOf(error);
      }
    },
    (reason) => {
      if (toldRefused) return;
      toldRefused = true;
      say(
        `The learning record store refused some of this run’s records (${reason}). Your game is saved in this browser; tell whoever set up the session.`,
      );
    },
  );

  let toldOffline = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let wait = 5_000;
  const flush = async (): Promise<void> => {
    clearTimeout(retry);
    const result = await queue.flush();
    if (result === 'unreachable') {
      if (!toldOffline) {
        toldOffline = true;
        say(
          'The learning record store cannot be reached just now. Play on: your progress is kept in this browser and sent when the connection is back.',
        );
      }
      retry = setTimeout(() => void flush(), wait);
      wait = Math.min(wait * 2, 60_000);
    } else wait = 5_000;
  };

  // cmi5 takes one completion per registration (a platform refuses a second): a new run after it reports play, not completion.
  const completedKey = `common-ground.cmi5.completed.${frame.registration ?? ''}`;
  if (launch.kind === 'cmi5' && safe(() => env.storage?.getItem(completedKey))) frame.mayComplete = false;

  const report = (state: GameState): void => {
    if (!state.role) return;
    const cursor = queue.cursorOf(state.run.id) ?? freshCursor(state.run.id);
    const next = statementsSince(state, cursor, frame, story, stamp, env.now() - started);
    if (next.statements.length) {
      queue.add(next.statements, next.cursor);
      if (launch.kind === 'cmi5' && next.cursor.completed && !cursor.completed) {
        frame.mayComplete = false;
        safe(() => env.storage?.setItem(completedKey, '1'));
      }
      void flush();
    }
  };

  const opening: Statement[] = [];
  if (launch.kind === 'link') opening.push(sessionStatement('launched', frame, game.state, stamp()));
  if (launch.kind === 'link') opening.push(sessionStatement('initialized', frame, game.state, stamp()));
  queue.add(opening);
  report(game.state);
  void flush();
  game.store.subscribe(
    (s) => s,
    (s) => report(s as GameState),
  );
  env.win.addEventListener('online', () => void flush());

  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    report(game.state);
    queue.add([sessionStatement('terminated', frame, game.state, stamp(), env.now() - started)]);
    void flush();
  };
  env.win.addEventListener('pagehide', close);
  env.win.addEventListener('visibilitychange', () => {
    if (env.win.document?.visibilityState === 'hidden') void flush();
  });
  return {
    get pending() {
      return queue.pending;
    },
    flush,
    close,
  };
}

/** This browser's anonymous learner id for a launch link that names no learner: no name leaves the device. */
function learnerId(env: XapiEnv): string {
  const key = 'common-ground.xapi.learner';
  const kept = safe(() => env.storage?.getItem(key));
  if (kept && UUID.test(kept)) return kept;
  const id = uuidOf(env.randomBytes());
  safe(() => env.storage?.setItem(key, id));
  return id;
}
