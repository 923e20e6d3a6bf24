/**
 * Setting up a workshop session (issue 12): choose the hidden level for the
 * room (or let it be drawn) and how the room is split, and get the join
 * link and QR code, large enough to scan from the back of a room, with the
 * dashboard and the printable handout a click away. Sessions are kept in
 * this browser so the facilitator can go back to one.
 */
import { LEVELS, WEEKS, WORKSHOP_WEEKS, type CulturalLevel } from '../../engine/rules/types.ts';
import { SESSION_PATTERN, checkSeed } from '../../engine/rules/quarter.ts';
import { h, textField } from '../dom.ts';
import { basicAuth } from '../../platform/xapi-launch.ts';
import { PICK_LEVEL } from './guide-text.ts';
import { fullScreenButton, joinCodes } from './qr.ts';
import {
  baseUrl,
  ONE_FILE_NAME,
  joinTargets,
  LEVEL_NAME,
  MODE_LABEL,
  newSession,
  roomPlayLink,
  workshopLink,
  weeksFrom,
  storeAddress,
  type RecordStore,
  type RoomMode,
  type WorkshopSession,
} from './session.ts';

const SESSIONS_KEY = 'common-ground.workshops';

/** When a session was set up, as a facilitator tells today's from yesterday's: "Sat 5 Dec, 10:42". */
export const setUpAt = (time: number): string =>
  new Date(time).toLocaleString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

export function recentSessions(storage: Storage | null): WorkshopSession[] {
  try {
    const list = JSON.parse(storage?.getItem(SESSIONS_KEY) ?? '[]') as unknown;
    if (!Array.isArray(list)) return [];
    return (
      list
        .filter(
          (s): s is WorkshopSession =>
            typeof s === 'object' &&
            s !== null &&
            SESSION_PATTERN.test(String((s as WorkshopSession).id)) &&
            checkSeed(String((s as WorkshopSession).seed)).ok &&
            ['solo', 'split', 'pairs'].includes((s as WorkshopSession).mode),
        )
        // Sessions kept before the workshop quarter existed played the full quarter.
        .map(({ store, ...s }) => {
          const endpoint = store && typeof store.auth === 'string' ? storeAddress(String(store.endpoint)) : null;
          return {
            ...s,
            weeks: weeksFrom(s.weeks),
            // When it was set up (sessions kept before it was recorded have none).
            ...(Number.isFinite(s.created) && s.created! > 0 ? { created: s.created } : { created: undefined }),
            ...(endpoint && store ? { store: { endpoint, auth: store.auth } } : {}),
          };
        })
    );
  } catch {
    return [];
  }
}

/**
 * This browser's own record of a session named in an address, where it has one: it keeps the record
 * store's key, which no address carries. Null when the session was set up elsewhere.
 */
export function keptSession(storage: Storage | null, s: Pick<WorkshopSession, 'id' | 'seed'>): WorkshopSession | null {
  return recentSessions(storage).find((r) => r.id === s.id && r.seed === s.seed) ?? null;
}

function remember(storage: Storage | null, s: WorkshopSession): void {
  try {
    storage?.setItem(
      SESSIONS_KEY,
      JSON.stringify([s, ...recentSessions(storage).filter((r) => r.id !== s.id)].slice(0, 10)),
    );
  } catch {
    // Storage full or off: the session still works from its links.
  }
}

/**
 * The one-file copy for a USB stick, in case the venue blocks the site: offered only where the hosted
 * build has it beside itself (not in development, nor in the copy itself, opened from a file).
 */
export function oneFileOffer(): HTMLElement {
  const offer = h('p', { class: 'one-file-offer hint', hidden: true });
  // Only the real file: a host that answers every address with the game's page (a fallback) must not be
  // offered, so its first bytes are read for the one file's own policy, written at its top. Where the
  // site has no such file, the guide's advice to download it is answered here, not left to a search.
  if (location.protocol !== 'file:')
    void fetch(ONE_FILE_NAME, { headers: { Range: 'bytes=0-4095' }, cache: 'no-store' })
      .then((r) => (r.ok ? r.text() : ''))
      .then(
        (text) => {
          if (text.slice(0, 8192).includes("default-src 'none'"))
            offer.replaceChildren(
              'In case the venue blocks this site: ',
              h('a', { href: ONE_FILE_NAME, download: ONE_FILE_NAME }, 'download the game as one file'),
              ' (about 3 MB) and keep it on a USB stick. Opened from the stick in a browser on your own laptop, it plays with no network: Run a workshop on its first screen, then the projector play-through, the room voting.',
            );
          else
            offer.textContent =
              'This site does not offer the game as one file for a USB stick. If the venue might block this site, test the join link there before the day.';
          offer.hidden = false;
        },
        // No answer at all (the wifi is down): nothing is said either way.
        () => undefined,
      );
  return offer;
}

/** The join QR codes and links for a session, with where to go next. */
export function sessionPanel(s: WorkshopSession, location: Pick<Location, 'origin' | 'pathname'>): HTMLElement {
  const base = baseUrl(location);
  const panel: HTMLElement = h(
    'section',
    { class: 'session-panel', 'aria-labelledby': 'session-h' },
    h('h2', { id: 'session-h', tabindex: -1 }, `Session ${s.id} is ready`),
    h(
      'p',
      {},
      `${s.weeks === WORKSHOP_WEEKS ? 'The workshop quarter (four weeks)' : 'The full quarter (eight weeks)'}, quarter code ${s.seed}: anyone who types it under “Play a particular quarter, from its code” (New game) plays this same hospital again, at home or as the other role. Its hidden level is on the dashboard, behind a button, so the projector does not give it away.`,
    ),
    s.store
      ? h(
          'p',
          {},
          `Players’ games report to the learning record store at ${s.store.endpoint} as they play; the dashboard reads the room from it.`,
        )
      : null,
    // The one-file copy, opened from a USB stick: no phone can open a file on this laptop, so no join codes.
    base.startsWith('file:')
      ? h(
          'p',
          { class: 'notice notice-warning one-file-join' },
          'This copy of the game is opened from a file, so players’ phones and computers cannot join it. Play it on the projector, the room voting: the button is below.',
        )
      : joinCodes(joinTargets(base, s)),
    h(
      'div',
      { class: 'actions' },
      h('a', { class: 'button primary', href: workshopLink(base, 'dashboard', s) }, 'Open the room dashboard'),
      // Full screen makes the codes as large as the projector allows, for the back of the room.
      fullScreenButton(() => panel),
      h('a', { class: 'button secondary', href: roomPlayLink(base, s) }, 'Play it on the projector, the room voting'),
      h(
        'a',
        { class: 'button secondary', href: `${workshopLink(base, 'guide', s)}#handout` },
        'Print the player handout',
      ),
      h(
        'a',
        { class: 'button secondary', href: `${workshopLink(base, 'guide', s)}#run-sheet` },
        'Your run sheet for the day',
      ),
      h('a', { class: 'button secondary', href: workshopLink(base, 'guide', s) }, 'Facilitator guide'),
    ),
    // The dashboard is its own page: offline, it opens only once this browser has kept the game (W16).
    h(
      'p',
      { class: 'hint' },
      'Open the dashboard once now, while the wifi works: if the wifi then drops, it still opens and counts results.',
    ),
    // Read aloud with a vote at each decision, eight weeks run far past a 90-minute session (the run sheet says so too).
    s.weeks === WORKSHOP_WEEKS
      ? null
      : h(
          'p',
          { class: 'hint room-full-quarter' },
          'Played on the projector with the room voting, the full quarter takes far longer than 90 minutes, and its debrief opens only at its end: for a 90-minute session played that way, set up the workshop quarter.',
        ),
    oneFileOffer(),
  );
  return panel;
}

/** The record store typed on the form: null when none, false when it is incomplete or not an address the game may use. */
function storeOf(data: FormData): RecordStore | null | false {
  const endpoint = String(data.get('store-endpoint') ?? '').trim();
  const key = String(data.get('store-key') ?? '').trim();
  const secret = String(data.get('store-secret') ?? '');
  if (!endpoint && !key && !secret.trim()) return null;
  const address = storeAddress(endpoint);
  if (!address || !key || !secret) return false;
  return { endpoint: address, auth: basicAuth(key, secret) };
}

export function setupPage(
  storage: Storage | null,
  location: Pick<Location, 'origin' | 'pathname'>,
  /** A session named in the page's address: its page again, as a reload (the laptop woke up) must not lose it. */
  opened: WorkshopSession | null = null,
): HTMLElement {
  const base = baseUrl(location);
  /** The address says which session's page is on show, so a reload or a bookmark comes back to it. */
  const addressFor = (s: WorkshopSession | null): void => {
    try {
      history.replaceState(history.state, '', s ? workshopLink(base, 'setup', s) : workshopLink(base, 'setup'));
    } catch {
      // A page opened from a file may refuse: the list of recent sessions still has it.
    }
  };
  const storeProblem = h('p', { class: 'notice notice-warning', role: 'alert', hidden: true });
  const heading = h('h1', { tabindex: -1, id: 'setup-heading' }, 'Run a workshop');
  const out = h('div', {});
  // Said while setting up; with a session's codes on show (on a projector), its room goes to them.
  const lede = h(
    'p',
    { class: 'lede' },
    'Set up a session for a room: everyone plays the same quarter on their own device, hands in a result from their screen, and the room’s choices come together on your dashboard. No accounts and no server: results travel as QR codes, short codes or files.',
  );
  /** A session's page (its join codes, the projector play-through, the handout): made now, or reopened from the list. */
  /** This browser's recent sessions, above the form: never on show with a session's codes, on a projector. */
  let recentList: HTMLElement | null = null;
  const showSession = (s: WorkshopSession): void => {
    form.hidden = true;
    lede.hidden = true;
    if (recentList) recentList.hidden = true;
    addressFor(s);
    out.replaceChildren(
      sessionPanel(s, location),
      h(
        'button',
        {
          type: 'button',
          class: 'link-button',
          onclick: () => {
            out.replaceChildren();
            form.hidden = false;
            lede.hidden = false;
            if (recentList) recentList.hidden = false;
            addressFor(null);
            form.querySelector<HTMLInputElement>('input:checked')?.focus();
          },
        },
        'Set up another session',
      ),
    );
    out.querySelector<HTMLElement>('#session-h')?.focus();
  };
  const levelRows = PICK_LEVEL.table?.rows ?? [];
  const radio = (name: string, value: string, label: string, hint: string | null, checked = false): HTMLElement =>
    h(
      'label',
      { class: 'radio choice-card' },
      h('input', { type: 'radio', name, value, checked }),
      h('span', {}, h('strong', {}, label), hint ? h('span', { class: 'hint' }, hint) : null),
    );
  const form = h(
    'form',
    {
      class: 'setup-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const data = new FormData(form);
        const level = String(data.get('level'));
        const mode = String(data.get('mode')) as RoomMode;
        const weeks = weeksFrom(data.get('weeks'));
        const store = storeOf(data);
        storeProblem.hidden = store !== false;
        if (store === false) {
          storeProblem.textContent =
            'The record store needs an https address (or one on this computer), a key and a secret; or leave all three empty.';
          form.querySelector<HTMLInputElement>('#store-endpoint')?.focus();
          return;
        }
        const s = {
          ...newSession((LEVELS as readonly string[]).includes(level) ? (level as CulturalLevel) : null, mode, weeks),
          created: Date.now(),
          ...(store ? { store } : {}),
        };
        remember(storage, s);
        showSession(s);
      },
    },
    h(
      'fieldset',
      {},
      h('legend', {}, 'What the room plays'),
      radio(
        'weeks',
        String(WORKSHOP_WEEKS),
        'The workshop quarter',
        'The quarter’s first four weeks and a month-end review: about 35 to 45 minutes of play with the briefing, so many players reach an ending and the debrief has whole runs to compare. The long changes pay off in half the time, so one can pay off inside the session. Fits the 90-minute session plan.',
        true,
      ),
      radio(
        'weeks',
        String(WEEKS),
        'The full quarter',
        'Eight weeks of about ten minutes each: an hour to an hour and a half. For a longer session, or for players who go on alone afterwards; in 90 minutes the room stops at about week four and hands in results from wherever they are.',
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Where the tension sits (the hidden level)'),
      radio(
        'level',
        'random',
        'Drawn at random',
        'You will see which on the dashboard when you choose to reveal it.',
        true,
      ),
      LEVELS.map((level, i) => radio('level', level, LEVEL_NAME[level], levelRows[i]?.[1] ?? null)),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'The room'),
      radio(
        'mode',
        'solo',
        MODE_LABEL.solo,
        'One join code; each player picks clinician leader or operational manager.',
        true,
      ),
      radio('mode', 'split', MODE_LABEL.split, 'Two join codes, one per role, so both sides are played.'),
      radio(
        'mode',
        'pairs',
        MODE_LABEL.pairs,
        'One clinician leader and one operational manager to a device: each proposes at every decision, and where they differ they agree. A pair can also play one run on a device each: the second device joins from a code on the first one’s briefing. A pair hands in one result, so 16 people give 8, and with fewer than about 12 the projector view hides most of how the room chose.',
      ),
    ),
    h(
      'details',
      { class: 'store-settings' },
      h('summary', {}, 'Results to a learning record store (optional)'),
      h(
        'p',
        { class: 'hint', id: 'store-hint' },
        'Leave this closed unless your learning technology team has given you a record store’s address and a key for players that can only write to it. With them, players’ games report their results to the store as they play (xAPI, for the team), and the dashboard reads the room from it, so you collect codes only from anyone who joined by typing the workshop code. The players’ key travels in the join link, so anyone in the room can see it: that is why it must be one that can only write. The dashboard asks for a key of its own, one that can read, on the day.',
      ),
      textField('store-endpoint', 'Record store address (its xAPI endpoint)', 'url', {
        placeholder: 'https://lrs.example.nhs.uk/xapi/',
        'aria-describedby': 'store-hint',
      }),
      textField('store-key', 'Players’ key', 'text', { 'aria-describedby': 'store-hint' }),
      textField('store-secret', 'Players’ secret', 'text', { 'aria-describedby': 'store-hint' }),
      storeProblem,
    ),
    h('button', { type: 'submit', class: 'primary' }, 'Create the session'),
  );
  const recent = recentSessions(storage);
  recentList = recent.length
    ? h(
        'section',
        { class: 'recent', 'aria-labelledby': 'recent-h' },
        h('h2', { id: 'recent-h' }, 'Your recent sessions'),
        h(
          'ul',
          {},
          recent.map((s) =>
            h(
              'li',
              {},
              `Session ${s.id} · ${s.weeks === WORKSHOP_WEEKS ? 'workshop quarter' : 'full quarter'}, code ${s.seed} · ${MODE_LABEL[s.mode].toLowerCase()}${s.created ? ` · set up ${setUpAt(s.created)}` : ''}: `,
              h(
                'button',
                { type: 'button', class: 'link-button', onclick: () => showSession(s) },
                'its page',
                h('span', { class: 'sr-only' }, ` (session ${s.id}: join codes, projector play-through, handout)`),
              ),
              ' · ',
              h(
                'a',
                { href: workshopLink(base, 'dashboard', s) },
                'dashboard',
                h('span', { class: 'sr-only' }, ` (session ${s.id})`),
              ),
            ),
          ),
        ),
      )
    : null;
  // Reopened by its address: this browser's own record of it where there is one (it keeps the record store's
  // key, which the address does not carry).
  if (opened) showSession(keptSession(storage, opened) ?? opened);
  return h(
    'div',
    { class: 'setup' },
    heading,
    lede,
    // A facilitator back on the day finds the session set up the day before first, with when it was set up.
    recentList,
    form,
    out,
    h(
      'p',
      {},
      h('a', { href: '?workshop=guide' }, 'Read the facilitator guide'),
      ' · ',
      h('a', { href: '?workshop=write' }, 'Try a scene of your own'),
      ' · ',
      h('a', { href: './' }, 'Back to the game'),
    ),
  );
}
