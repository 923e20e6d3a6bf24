/**
 * The record-store session (issue 13) around a real game, with the xAPI
 * clients replaced by fakes that keep what they are sent: a launch link's
 * session opens with launched and initialized, reports as the game is played
 * and closes with terminated; the learner hears once that the store cannot be
 * reached; under cmi5, the platform's launch data frames every statement and
 * a registration is completed once, however many runs are played in it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { Game } from '../../src/engine/run/game.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { move, STRATEGIES } from '../../src/engine/drive/simulate.ts';
import { WORKSHOP_WEEKS } from '../../src/engine/rules/types.ts';
import { EXT, VERB, type Statement } from '../../src/platform/xapi-data.ts';
import { connectXapi, type Learner, type XapiEnv } from '../../src/platform/xapi-session.ts';

const sent: Statement[] = [];
let storeDown = false;
/** Like a store: a batch holding an id it already has is refused with 409, and nothing of it is kept. */
const send = async ({ statements }: { statements: Statement[] }) => {
  if (storeDown) throw new Error('Network Error');
  if (platform.expired) throw Object.assign(new Error('401'), { response: { status: 401 } });
  if (statements.some((s) => sent.some((k) => k.id === s.id)))
    throw Object.assign(new Error('409'), { response: { status: 409 } });
  sent.push(...statements);
  return { data: statements.map((s) => s.id) };
};

vi.mock('@xapi/xapi', () => ({
  default: class {
    sendStatements = send;
  },
}));
/** A cmi5 platform that fails the next `down` requests of a launch; `tokenFirst`: the token is handed out before it fails. */
const platform = {
  down: 0,
  tokenFirst: false,
  initializes: 0,
  refuse: false,
  session: 's-1',
  launchMode: 'Normal',
  /** The store no longer takes the session's key (an expired token). */
  expired: false,
};
vi.mock('@xapi/cmi5', () => ({
  // As @xapi/cmi5 does it: the token (fetched, or the one given), the launch data, then `initialized` unless given a date.
  default: class {
    // The platform's store, as a cmi5 token reads it: this registration's statements, by verb.
    xapi = {
      sendStatements: send,
      getStatements: async ({ verb, registration }: { verb?: string; registration?: string }) => ({
        data: {
          statements: sent.filter(
            (s) => (!verb || s.verb.id === verb) && (!registration || s.context?.registration === registration),
          ),
        },
      }),
    };
    private token: string | null = null;
    async initialize(kept?: { authToken: string }) {
      platform.initializes++;
      if (platform.down > 0 && !(platform.tokenFirst && !kept)) {
        platform.down--;
        throw platform.refuse
          ? Object.assign(new Error('401'), { response: { status: 401 } })
          : new Error('Network Error');
      }
      this.token = kept?.authToken ?? 'token';
      if (platform.down > 0) {
        platform.down--;
        throw new Error('Network Error');
      }
      if (kept) return;
      sent.push({
        id: '00000000-0000-4000-8000-000000000001',
        actor: { objectType: 'Agent', mbox: 'mailto:learner@example.nhs.uk' },
        verb: VERB.initialized,
        object: { objectType: 'Activity', id: 'https://lms.example/au/1' },
      });
    }
    getAuthToken = () => this.token;
    getInitializedDate = () => new Date('2026-11-30T09:00:00Z');
    getLaunchParameters = () => ({
      actor: { objectType: 'Agent', mbox: 'mailto:learner@example.nhs.uk' },
      activityId: 'https://lms.example/au/1',
      registration: '11111111-2222-4333-8444-555555555555',
    });
    getLaunchData = () => ({
      contextTemplate: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': platform.session } },
      launchMode: platform.launchMode,
      returnURL: 'https://lms.example/course/1',
    });
  },
}));

const story = compileInk('stories/main.ink').json!;

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

/** Statement ids count up across every session of the file, as random ones would never repeat. */
let bytes = 0;

function environment(storage = memoryStorage()) {
  const listeners = new Map<string, ((event: object) => void)[]>();
  const env: XapiEnv = {
    storage,
    session: memoryStorage(),
    win: {
      location: { origin: 'https://games.example.nhs.uk', pathname: '/cg/', assign: vi.fn() },
      addEventListener: ((type: string, fn: (event: object) => void) =>
        listeners.set(type, [...(listeners.get(type) ?? []), fn])) as unknown as Window['addEventListener'],
    },
    now: () => Date.UTC(2026, 10, 30, 9, 0, 0),
    pause: async () => undefined,
    // A counter in the last bytes: every statement id is different, as random ones are.
    randomBytes: () => {
      bytes++;
      return Uint8Array.from({ length: 16 }, (_, i) => (i < 12 ? 7 : (bytes >> ((15 - i) * 8)) & 255));
    },
  };
  return {
    env,
    fire: (type: string, event: object = { persisted: false }) => listeners.get(type)?.forEach((fn) => fn(event)),
  };
}

function playToDebrief(game: Game, seed: number): void {
  game.send({ type: 'NEW_GAME' });
  game.send({ type: 'CHOOSE_ROLE', role: 'manager', weeks: WORKSHOP_WEEKS });
  game.send({ type: 'BEGIN' });
  const random = seededRandom(seed);
  for (let i = 0; i < 4000 && game.state.screen !== 'debrief'; i++)
    expect(move(game, STRATEGIES.random!, random)).toBeNull();
}

/** A cmi5 launch as a platform makes it: its own fetch address, in a registration. */
const cmi5Launch = (fetch: number, registration = 1) => ({
  kind: 'cmi5' as const,
  endpoint: 'https://lrs.example/xapi/',
  fetch: `https://lms.example/fetch/${fetch}`,
  registration: `${registration}1111111-2222-4333-8444-555555555555`,
});

const settle = () => new Promise((r) => setTimeout(r, 20));
const count = (verb: keyof typeof VERB) => sent.filter((s) => s.verb.id === VERB[verb].id).length;

/** A learner who hears nothing; one whose messages go into `told`. */
const quiet: Learner = { say: () => undefined, offerExit: () => undefined };
const hearing = (told: string[]): Learner => ({ say: (text) => told.push(text), offerExit: () => undefined });

/**
 * One day of a learner's cmi5 course on a browser's `storage`: the platform opens session `s-<day>` of the same
 * registration. The first day starts a workshop quarter; a later one carries on from the game `saved` then.
 */
async function cmi5Day(storage: Storage, day: number, seed: number, learner: Learner = quiet, saved?: string) {
  platform.session = `s-${day}`;
  let save = '';
  const game = new Game({ story, slot: { write: (t) => (save = t) }, random: seededRandom(seed) });
  if (saved) expect(game.resumeFrom(saved).ok).toBe(true);
  const session = await connectXapi(game, story, learner, cmi5Launch(day), null, environment(storage).env);
  if (!saved) {
    game.send({ type: 'NEW_GAME' });
    game.send({ type: 'CHOOSE_ROLE', role: 'manager', weeks: WORKSHOP_WEEKS });
    game.send({ type: 'BEGIN' });
  }
  const moves = seededRandom(seed + 1);
  return {
    session: session!,
    /** The game as this browser last saved it. */
    saved: () => save,
    /** Play on with random moves until `n` decisions have been made in the run. */
    playTo: (n: number) => {
      while (game.state.decisions.length < n) expect(move(game, STRATEGIES.random!, moves)).toBeNull();
    },
  };
}

beforeEach(() => {
  sent.length = 0;
  storeDown = false;
  Object.assign(platform, {
    down: 0,
    tokenFirst: false,
    initializes: 0,
    refuse: false,
    session: 's-1',
    launchMode: 'Normal',
    expired: false,
  });
});

describe('a record-store session', () => {
  it('a launch link: launched and initialized, every decision, terminated when the page goes', async () => {
    const { env, fire } = environment();
    const told: string[] = [];
    const game = new Game({ story, slot: null, random: seededRandom(3) });
    const session = await connectXapi(
      game,
      story,
      hearing(told),
      { kind: 'link', endpoint: 'https://lrs.example/xapi/', auth: 'Basic eDp5' },
      { session: 'WQTR44', seed: 'K7M2QX' },
      env,
    );
    expect(session).not.toBeNull();
    await settle();
    expect(sent.map((s) => s.verb.id)).toEqual([VERB.launched.id, VERB.initialized.id]);
    playToDebrief(game, 5);
    await session!.flush();
    expect(count('answered')).toBe(game.state.decisions.length);
    // Each decision lists the options as shown, and its response names the one taken, in its own words.
    for (const s of sent.filter((s) => s.verb.id === VERB.answered.id)) {
      const definition = (s.object as { definition: { choices?: { id: string; description: { 'en-GB': string } }[] } })
        .definition;
      expect(definition.choices?.length).toBeGreaterThanOrEqual(2);
      const taken = definition.choices!.find((c) => c.id === s.result!.response);
      expect(taken?.description['en-GB']).toBe(s.result!.extensions![EXT.choice]);
    }
    expect(count('completed')).toBe(1);
    fire('pagehide');
    await settle();
    expect(sent.at(-1)!.verb.id).toBe(VERB.terminated.id);
    expect(told).toEqual([]);
    // Anonymous: an account id kept in this browser, never a name; another workshop in the same browser has another.
    expect(sent[0]!.actor).toMatchObject({ account: { homePage: 'https://games.example.nhs.uk/cg/' } });
    const name = (sent[0]!.actor as { account: { name: string } }).account.name;
    sent.length = 0;
    const other = new Game({ story, slot: null, random: seededRandom(3) });
    await connectXapi(
      other,
      story,
      quiet,
      { kind: 'link', endpoint: 'https://lrs.example/xapi/', auth: 'Basic eDp5' },
      { session: 'WQTR45', seed: 'K7M2QX' },
      { ...env, win: { ...env.win, addEventListener: () => undefined } },
    );
    await settle();
    expect((sent[0]!.actor as { account: { name: string } }).account.name).not.toBe(name);
  });

  it('says once that the store cannot be reached, keeps everything, and sends it when the browser is back online', async () => {
    const { env, fire } = environment();
    const told: string[] = [];
    storeDown = true;
    const game = new Game({ story, slot: null, random: seededRandom(4) });
    const session = await connectXapi(
      game,
      story,
      hearing(told),
      { kind: 'link', endpoint: 'https://lrs.example/xapi/', auth: 'Basic eDp5' },
      null,
      env,
    );
    playToDebrief(game, 6);
    await settle();
    expect(sent).toEqual([]);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/cannot be reached just now/);
    const waiting = session!.pending;
    expect(waiting).toBeGreaterThan(game.state.decisions.length);
    storeDown = false;
    fire('online');
    await settle();
    expect(sent).toHaveLength(waiting);
    expect(session!.pending).toBe(0);
    // The notice that it could not be reached is taken back once everything has arrived.
    expect(told).toHaveLength(2);
    expect(told[1]).toBe('The learning record store can be reached again: everything that waited has been sent.');
  });

  it('a cmi5 launch: a reload does not end it; a terminated not yet sent is taken back; once one has reached the platform, nothing more is said', async () => {
    const storage = memoryStorage();
    const launch = cmi5Launch(2);
    const first = environment(storage);
    const game = new Game({ story, slot: null, random: seededRandom(11) });
    const one = await connectXapi(game, story, quiet, launch, null, first.env);
    game.send({ type: 'NEW_GAME' });
    game.send({ type: 'CHOOSE_ROLE', role: 'clinician', weeks: WORKSHOP_WEEKS });
    game.send({ type: 'BEGIN' });
    await one!.flush();
    // A reload (the page cannot tell it from a close) does not end a cmi5 session.
    first.fire('pagehide');
    await settle();
    expect(count('terminated')).toBe(0);
    // The learner exits while the store is away: the terminated stays queued, and the page is opened again.
    storeDown = true;
    one!.close();
    await settle();
    expect(count('terminated')).toBe(0);
    storeDown = false;
    const again = environment(storage);
    const two = await connectXapi(game, story, quiet, launch, null, again.env);
    expect(two).not.toBeNull();
    const moves = seededRandom(12);
    for (let i = 0; i < 30; i++) move(game, STRATEGIES.random!, moves);
    await two!.flush();
    expect(count('terminated')).toBe(0);
    expect(count('answered')).toBeGreaterThan(0);
    // This time the terminated reaches the platform: a later load of the same launch records nothing more.
    two!.close();
    await settle();
    expect(sent.at(-1)!.verb.id).toBe(VERB.terminated.id);
    const told: string[] = [];
    const three = await connectXapi(game, story, hearing(told), launch, null, environment(storage).env);
    expect(three).toBeNull();
    expect(told[0]).toMatch(/already ended/);
    expect(count('terminated')).toBe(1);
  });

  it('a cmi5 learner who finishes is offered the way back to the platform, again after a reload: the session ends, then the platform’s page opens', async () => {
    const storage = memoryStorage();
    const launch = cmi5Launch(3, 2);
    const game = new Game({ story, slot: null, random: seededRandom(15) });
    /** A page load of this launch: each way back it offers goes into `exits`. */
    const load = (exits: (() => void)[], env: XapiEnv) =>
      connectXapi(game, story, { say: () => undefined, offerExit: (leave) => exits.push(leave) }, launch, null, env);
    const exits: (() => void)[] = [];
    const first = await load(exits, environment(storage).env);
    // Nothing is offered while the run is under way.
    game.send({ type: 'NEW_GAME' });
    game.send({ type: 'CHOOSE_ROLE', role: 'manager', weeks: WORKSHOP_WEEKS });
    await first!.flush();
    expect(exits).toHaveLength(0);
    playToDebrief(game, 16);
    await first!.flush();
    expect(exits).toHaveLength(1);
    // The page is reloaded on the debrief: the way back is offered again, once.
    const { env } = environment(storage);
    const again: (() => void)[] = [];
    const session = await load(again, env);
    await session!.flush();
    expect(again).toHaveLength(1);
    expect(count('completed')).toBe(1);
    again[0]!();
    await vi.waitFor(() => expect(env.win.location.assign).toHaveBeenCalledWith('https://lms.example/course/1'));
    expect(sent.at(-1)!.verb.id).toBe(VERB.terminated.id);
    expect(count('terminated')).toBe(1);
  });

  it('a page put in the back-forward cache does not end the session', async () => {
    const { env, fire } = environment();
    const game = new Game({ story, slot: null, random: seededRandom(13) });
    await connectXapi(
      game,
      story,
      quiet,
      { kind: 'link', endpoint: 'https://lrs.example/xapi/', auth: 'Basic eDp5' },
      null,
      env,
    );
    fire('pagehide', { persisted: true });
    await settle();
    expect(count('terminated')).toBe(0);
    fire('pagehide', { persisted: false });
    await settle();
    expect(count('terminated')).toBe(1);
  });

  it('a cmi5 launch: the platform frames every statement, and a registration is completed once however many runs it holds', async () => {
    const storage = memoryStorage();
    const { env } = environment(storage);
    const game = new Game({ story, slot: null, random: seededRandom(7) });
    const session = await connectXapi(game, story, quiet, cmi5Launch(1), null, env);
    playToDebrief(game, 8);
    await session!.flush();
    expect(count('launched')).toBe(0);
    expect(count('initialized')).toBe(1);
    expect(count('completed')).toBe(1);
    for (const s of sent.slice(1))
      expect(s.context!.extensions!['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe('s-1');
    // A second run in the same registration, even after a reload, reports play but not a second completion.
    const again = new Game({ story, slot: null, random: seededRandom(9) });
    const second = await connectXapi(again, story, quiet, cmi5Launch(1), null, environment(storage).env);
    playToDebrief(again, 10);
    await second!.flush();
    expect(count('completed')).toBe(1);
    expect(count('answered')).toBe(game.state.decisions.length + again.state.decisions.length);
  });

  it('a cmi5 learner back another day (a new session) has each decision reported once: the run carries on from the last', async () => {
    const storage = memoryStorage();
    const first = await cmi5Day(storage, 1, 12);
    first.playTo(6);
    await first.session.flush();
    expect(count('answered')).toBe(6);

    // Another day: the platform opens a new session in the same registration, and the learner carries on.
    const second = await cmi5Day(storage, 2, 14, quiet, first.saved());
    second.playTo(7);
    await second.session.flush();
    const answered = sent.filter((s) => s.verb.id === VERB.answered.id);
    expect(answered).toHaveLength(7);
    expect(new Set(answered.map((s) => (s.object as { id: string }).id)).size).toBe(7);
    // Only the seventh was said in the second session.
    const sessionOf = (s: Statement) =>
      s.context!.extensions!['https://w3id.org/xapi/cmi5/context/extensions/sessionid'];
    expect(answered.map(sessionOf)).toEqual([...Array(6).fill('s-1'), 's-2']);
  });

  it('a cmi5 learner whose session ended with records unsent has them made again in the next session, once', async () => {
    const storage = memoryStorage();
    const first = await cmi5Day(storage, 1, 15);
    first.playTo(3);
    await first.session.flush();
    // The store goes away for the rest of the session: three more decisions wait in it, and the learner leaves.
    storeDown = true;
    first.playTo(6);
    await first.session.flush();
    expect(count('answered')).toBe(3);
    storeDown = false;

    const second = await cmi5Day(storage, 2, 17, quiet, first.saved());
    await second.session.flush();
    const answered = sent.filter((s) => s.verb.id === VERB.answered.id);
    expect(new Set(answered.map((s) => (s.object as { id: string }).id)).size).toBe(6);
    expect(answered).toHaveLength(6);
  });

  it.each(['Browse', 'Review'])(
    'a cmi5 launch in %s mode says the visit is recorded but does not complete the course',
    async (mode) => {
      platform.launchMode = mode;
      const told: string[] = [];
      const game = new Game({ story, slot: null, random: seededRandom(18) });
      const session = await connectXapi(game, story, hearing(told), cmi5Launch(1), null, environment().env);
      playToDebrief(game, 19);
      await session!.flush();
      expect(told).toEqual([
        `The learning platform opened this in ${mode.toLowerCase()} mode: your play is recorded, but this visit does not complete the course. Open the course normally for that.`,
      ]);
      expect(count('completed')).toBe(0);
      expect(count('answered')).toBe(game.state.decisions.length);
    },
  );

  it('a cmi5 session whose key has expired tells the learner to open the course again, which sends what waited', async () => {
    const storage = memoryStorage();
    const told: string[] = [];
    const first = await cmi5Day(storage, 1, 20, hearing(told));
    first.playTo(2);
    await first.session.flush();
    platform.expired = true;
    first.playTo(5);
    await first.session.flush();
    expect(told).toEqual([
      expect.stringMatching(
        /^Your learning platform no longer accepts this session’s key.*open the course again from the platform/,
      ),
    ]);
    expect(count('answered')).toBe(2);
    // Opened again from the platform: a new session, a new key, and the three that waited are said in it.
    platform.expired = false;
    const second = await cmi5Day(storage, 2, 22, quiet, first.saved());
    await second.session.flush();
    expect(count('answered')).toBe(5);
  });

  it('a cmi5 platform out of reach at launch is tried again: the learner plays on, is told, and every decision reaches it once it is back', async () => {
    const { env } = environment();
    const pauses: (() => void)[] = [];
    env.pause = () => new Promise((resolve) => pauses.push(() => resolve()));
    const told: string[] = [];
    platform.down = 3;
    const game = new Game({ story, slot: null, random: seededRandom(21) });
    const connecting = connectXapi(game, story, hearing(told), cmi5Launch(4, 4), null, env);
    await settle();
    expect(told).toEqual([expect.stringMatching(/cannot be reached just now\. Play on/)]);
    // The learner plays while the platform is away.
    game.send({ type: 'NEW_GAME' });
    game.send({ type: 'CHOOSE_ROLE', role: 'clinician', weeks: WORKSHOP_WEEKS });
    game.send({ type: 'BEGIN' });
    const moves = seededRandom(22);
    for (let i = 0; i < 40; i++) move(game, STRATEGIES.random!, moves);
    expect(sent).toHaveLength(0);
    while (pauses.length) {
      pauses.shift()!();
      await settle();
    }
    const session = await connecting;
    await session!.flush();
    expect(platform.initializes).toBe(4);
    expect(told.at(-1)).toMatch(/can be reached again/);
    expect(count('initialized')).toBe(1);
    expect(count('answered')).toBe(game.state.decisions.length);
  });

  it('a cmi5 launch whose token arrived before the platform went away keeps it, and says initialized itself, once', async () => {
    const { env } = environment();
    platform.down = 2;
    platform.tokenFirst = true;
    const game = new Game({ story, slot: null, random: seededRandom(23) });
    const session = await connectXapi(game, story, quiet, cmi5Launch(5, 5), null, env);
    expect(session).not.toBeNull();
    await session!.flush();
    expect(count('initialized')).toBe(1);
    const initialized = sent.find((s) => s.verb.id === VERB.initialized.id)!;
    expect(sent[0]).toBe(initialized);
    expect(initialized.context!.registration).toBe('11111111-2222-4333-8444-555555555555');
    expect(initialized.context!.contextActivities!.category).toEqual([
      expect.objectContaining({ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }),
    ]);
  });

  it('a cmi5 platform that never comes back: after about nine minutes of tries the learner is told, and the game plays on', async () => {
    const { env } = environment();
    const waited: number[] = [];
    env.pause = async (ms) => void waited.push(ms);
    const told: string[] = [];
    platform.down = 1000;
    const game = new Game({ story, slot: null, random: seededRandom(24) });
    const session = await connectXapi(game, story, hearing(told), cmi5Launch(6, 6), null, env);
    expect(session).toBeNull();
    expect(waited.reduce((a, b) => a + b, 0) / 60_000).toBeCloseTo(9.25, 1);
    expect(told).toHaveLength(2);
    expect(told[1]).toMatch(/will not be recorded there/);
    expect(sent).toHaveLength(0);
  });

  it('a cmi5 platform that refuses the launch is not asked again', async () => {
    const { env } = environment();
    const told: string[] = [];
    platform.down = 1;
    platform.refuse = true;
    const game = new Game({ story, slot: null, random: seededRandom(25) });
    expect(await connectXapi(game, story, hearing(told), cmi5Launch(7, 7), null, env)).toBeNull();
    expect(platform.initializes).toBe(1);
    expect(told).toEqual([
      expect.stringMatching(
        /^Your learning platform did not accept this launch.*open the course again from the platform/,
      ),
    ]);
  });

  it('a registration completed in another browser is not completed again: the platform’s own record is asked at launch', async () => {
    const one = new Game({ story, slot: null, random: seededRandom(26) });
    const first = await connectXapi(one, story, quiet, cmi5Launch(8, 8), null, environment().env);
    playToDebrief(one, 27);
    await first!.flush();
    expect(count('completed')).toBe(1);
    // Another browser (its own storage, so no note of the completion), a new launch in the same registration.
    const two = new Game({ story, slot: null, random: seededRandom(28) });
    const second = await connectXapi(two, story, quiet, cmi5Launch(9, 8), null, environment().env);
    playToDebrief(two, 29);
    await second!.flush();
    expect(count('completed')).toBe(1);
    expect(count('progressed')).toBeGreaterThan(0);
  });
});
