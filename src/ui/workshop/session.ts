/**
 * A workshop session: its name, the quarter code the room plays (which fixes
 * the hidden level), and how the room is split. It lives in links, not on a
 * server: the join link carries what a player's game needs, the dashboard
 * link what the facilitator's does.
 */
import { reachable } from '../../platform/xapi-launch.ts';
import { checkSeed, pressingLevel, randomSeed, SEED_ALPHABET, SESSION_PATTERN } from '../../engine/rules/quarter.ts';
import { WEEKS, WORKSHOP_WEEKS, type CulturalLevel, type Role } from '../../engine/rules/types.ts';
import { fnv } from '../../engine/rules/random.ts';

export type RoomMode = 'solo' | 'split' | 'pairs';

/** How the room plays, as the setup form names it (the recent sessions and the run sheet say the same). */
export const MODE_LABEL: Record<RoomMode, string> = {
  solo: 'Everyone chooses a role',
  split: 'Half the room per role',
  pairs: 'Pairs',
};

export interface WorkshopSession {
  id: string;
  seed: string;
  mode: RoomMode;
  /** The workshop quarter's four weeks, or the full quarter's eight (sessions kept before it had a format: eight). */
  weeks: number;
  /**
   * A learning record store the room reports to (issue 13): its address and
   * the key players' games write with. Absent when results travel as codes.
   */
  store?: RecordStore;
  /** When it was set up (ms since 1970), kept in this browser's list of recent sessions; never in a link. */
  created?: number;
}

export interface RecordStore {
  endpoint: string;
  /** The players' key as an HTTP `Authorization` value (`Basic …`). */
  auth: string;
}

/** A record store address the game may talk to (https, or http on this computer), ending in a slash. */
export function storeAddress(text: string): string | null {
  const url = reachable(text);
  return url === null ? null : url.endsWith('/') ? url : `${url}/`;
}

/** A length read from a link or a kept session: four means the workshop quarter, anything else the full one. */
export const weeksFrom = (value: unknown): number => (Number(value) === WORKSHOP_WEEKS ? WORKSHOP_WEEKS : WEEKS);

/** What a join link tells a player's game. */
export interface JoinInfo {
  session: string;
  seed: string;
  /** Set when the facilitator gave each half of the room its own role. */
  role: Role | null;
  /** A projector play-through: the facilitator plays and the room votes at each decision. */
  room: boolean;
  /** The room plays in pairs, one clinician leader and one operational manager to a device. */
  pair: boolean;
  /** The workshop quarter's four weeks, or the full quarter's eight. */
  weeks: number;
}

/** A new session; `level` picks the hidden level for the room (null: drawn at random). */
export function newSession(
  level: CulturalLevel | null,
  mode: RoomMode,
  weeks: number = WORKSHOP_WEEKS,
  random: () => number = Math.random,
): WorkshopSession {
  let id = 'W';
  for (let i = 0; i < 5; i++) id += SEED_ALPHABET[Math.floor(random() * SEED_ALPHABET.length)];
  let seed = randomSeed(random);
  while (level && pressingLevel(seed) !== level) seed = randomSeed(random);
  return { id, seed, mode, weeks: weeksFrom(weeks) };
}

const ROLE_LETTER: Record<Role, string> = { clinician: 'C', manager: 'M' };

/**
 * A join link's `join` value: the typed code's parts (session, quarter code, role, flags, check), so
 * the link carries the quarter's length and the pairs flag inside the checked part, where a link
 * copied or typed without its tail cannot lose them. The role keeps its place when there is none
 * (`WQTR44-K7M2QX--4-2`): a release that read only the first three parts still reads it.
 */
function joinValue(s: Pick<WorkshopSession, 'id' | 'seed' | 'weeks'>, role: Role | null, pair: boolean): string {
  const letter = role ? ROLE_LETTER[role] : '';
  const flags = `${s.weeks === WORKSHOP_WEEKS ? WORKSHOP_WEEKS : ''}${pair ? 'P' : ''}`;
  return [s.id, s.seed, letter, ...(flags ? [flags] : []), checkCharacter(s.id, s.seed, `${letter}${flags}`)].join('-');
}

/** The address players open (by QR code or typing): the game, straight into this session. */
export function joinLink(base: string, s: WorkshopSession, role: Role | null = null, room = false): string {
  // A projector play-through is one run the room votes on: never a pair's.
  const paired = !room && s.mode === 'pairs';
  // The length and the pairs flag are said again after the join value, for a release that read them only there.
  const pair = room ? '&room=1' : paired ? '&pair=1' : '';
  const weeks = s.weeks === WORKSHOP_WEEKS ? `&weeks=${WORKSHOP_WEEKS}` : '';
  // The store goes after `#`: browsers never send it to the game's host, so the key stays out of its logs.
  const store = s.store
    ? `#endpoint=${encodeURIComponent(s.store.endpoint)}&auth=${encodeURIComponent(s.store.auth)}`
    : '';
  return `${base}?join=${joinValue(s, role, paired)}${pair}${weeks}${store}`;
}

export type JoinRead = { ok: true; join: JoinInfo } | { ok: false; reason: string } | null;

/** Read a join link's query; null when the page was not opened from one. */
export function readJoin(search: string): JoinRead {
  const query = new URLSearchParams(search);
  const value = query.get('join');
  if (value === null) return null;
  const [session = '', seed = '', ...rest] = value.toUpperCase().split('-');
  if (!SESSION_PATTERN.test(session))
    return {
      ok: false,
      reason: 'the workshop link has been cut short or changed (the code in it does not start as a workshop code does)',
    };
  const code = checkSeed(seed);
  if (!code.ok)
    return { ok: false, reason: 'the workshop link has been cut short or changed (its quarter code is wrong)' };
  // After the quarter code: the role, the flags and a check, as the typed code has them (with the role's
  // place kept by an empty part, or not, as when typed from the printed code); a link made before links
  // carried flags has the role last, and its length and pairs flag only in the rest of the query.
  const tail = new RegExp(`^([CM]?)([4P]*)([${CHECK_ALPHABET}]?)$`).exec(rest.join(''));
  if (!tail)
    return /^[A-Z]$/.test(rest[0] ?? '') && !'CM'.includes(rest[0]!)
      ? { ok: false, reason: 'the workshop link names a role the game does not have' }
      : { ok: false, reason: 'the workshop link has been cut short or changed at its end' };
  const [, role = '', flags = '', check = ''] = tail;
  if (check && check !== checkCharacter(session, seed, `${role}${flags}`))
    return { ok: false, reason: 'the workshop link does not add up: a character in it is probably wrong' };
  return {
    ok: true,
    join: {
      session,
      seed: code.seed,
      role: role === 'C' ? 'clinician' : role === 'M' ? 'manager' : null,
      room: query.get('room') === '1',
      // Checked, the flags say it all; a link cut short of its check still keeps the flags it has.
      pair: flags.includes('P') || (!check && query.get('pair') === '1'),
      weeks: flags.includes('4') ? WORKSHOP_WEEKS : check ? WEEKS : weeksFrom(query.get('weeks')),
    },
  };
}

/**
 * The typed code's last character: a check over everything before it, so that a character typed
 * wrong (another session, another quarter, a flag left off) is caught as the player joins, not when
 * their result is refused at the end of the workshop. Never C, M, P or 4, so it cannot be read as a
 * role or a flag.
 *
 * A hash alone lets one code in 27 keep its check with the 4 or the role left off (and join the
 * eight-week quarter, or no role). So the role and flags a code can have are taken in order, fewest
 * first, and each keeps its hash's character unless a code it could be shortened to already has it:
 * then it takes the next free one. Leaving off a role or a flag is always caught, and every other
 * code keeps the character it had before this rule: about nine in ten codes from the release before,
 * on a handout or a projector not yet updated, still join (the rest are refused as mistyped; their
 * link and QR code still work).
 */
const CHECK_ALPHABET = [...SEED_ALPHABET].filter((c) => !'CMP4'.includes(c)).join('');
const ENDINGS = ['', 'C', 'M', '4', 'P', 'C4', 'M4', 'CP', 'MP', '4P', 'C4P', 'M4P'];
const shortens = (shorter: string, longer: string): boolean =>
  shorter.length < longer.length && [...shorter].every((c) => longer.includes(c));
function checkCharacter(session: string, seed: string, rest: string): string {
  const hashed = (ending: string): number => fnv(`join:${session}${seed}${ending}`) % CHECK_ALPHABET.length;
  if (!ENDINGS.includes(rest)) return CHECK_ALPHABET[hashed(rest)]!;
  const given = new Map<string, number>();
  for (const ending of ENDINGS) {
    const taken = new Set([...given].filter(([shorter]) => shortens(shorter, ending)).map(([, i]) => i));
    let i = hashed(ending);
    while (taken.has(i)) i = (i + 1) % CHECK_ALPHABET.length;
    if (ending === rest) return CHECK_ALPHABET[i]!;
    given.set(ending, i);
  }
  return CHECK_ALPHABET[hashed(rest)]!;
}

/**
 * What a player types on the title screen when they cannot scan or open the link: the
 * link's `join` value, then `4` for the workshop quarter and `P` for pairs, then a check
 * character, e.g. WQTR44-K7M2QX-C-4-Z. It carries everything the link does but a record store's key.
 */
export function joinCode(s: WorkshopSession, role: Role | null = null): string {
  const flags = `${s.weeks === WORKSHOP_WEEKS ? WORKSHOP_WEEKS : ''}${s.mode === 'pairs' ? 'P' : ''}`;
  const letter = role ? ROLE_LETTER[role] : '';
  return [s.id, s.seed, letter, flags, checkCharacter(s.id, s.seed, `${letter}${flags}`)].filter(Boolean).join('-');
}

/** Read a typed workshop code (or a whole join link pasted in); null when the box was empty. */
export function readJoinCode(text: string): JoinRead {
  const typed = text.trim();
  if (!typed) return null;
  if (/[?&]join=/i.test(typed)) return readJoin(typed.slice(typed.indexOf('?')).split('#')[0]!);
  // Six characters of session and six of quarter code, then the role's letter and the flags. Typed
  // with its dashes, it is read part by part, so a character missed in one part is found there
  // instead of sliding the rest along into another session's valid code; without, by position.
  const upper = typed.toUpperCase();
  const parts = upper.split(/[\s-]+/).filter(Boolean);
  const byPart = parts.length > 1;
  const session = byPart ? parts[0]! : upper.slice(0, 6);
  const seed = byPart ? parts[1]! : upper.slice(6, 12);
  if (!SESSION_PATTERN.test(session))
    return {
      ok: false,
      reason:
        'the first part of that code is not right: it is six characters starting with W, using letters and the digits 2–9, never O, I, L, 0 or 1',
    };
  if (!checkSeed(seed).ok)
    return {
      ok: false,
      reason:
        'the second part of that code (six characters) is not right: codes use letters and the digits 2–9, never O, I, L, 0 or 1',
    };
  const tail = new RegExp(`^([CM]?)([4P]*)([${CHECK_ALPHABET}]?)$`).exec(
    byPart ? parts.slice(2).join('') : upper.slice(12),
  );
  if (!tail)
    return {
      ok: false,
      reason: `“${typed.length > 30 ? `${typed.slice(0, 28)}…` : typed}” does not end as a workshop code does: after the two six-character parts there may be C or M (the role), 4 (the workshop quarter) and P (pairs), each only where the code on the screen has it, and then one last check character`,
    };
  const [, role = '', flags = '', check = ''] = tail;
  // Codes written before they had a check (on an old handout) still join.
  if (check && check !== checkCharacter(session, seed, `${role}${flags}`))
    return {
      ok: false,
      reason: 'that code does not add up: a character in it is probably wrong (the last one is a check on the rest)',
    };
  const query = new URLSearchParams({ join: [session, seed, role].filter(Boolean).join('-') });
  if (flags.includes('4')) query.set('weeks', String(WORKSHOP_WEEKS));
  if (flags.includes('P')) query.set('pair', '1');
  return readJoin(`?${query}`);
}

/** The query a join link would have had, for a game joined by its typed code. */
export function joinSearch(join: JoinInfo): string {
  const query = new URLSearchParams({
    join: joinValue({ id: join.session, seed: join.seed, weeks: join.weeks }, join.role, join.pair),
  });
  if (join.weeks === WORKSHOP_WEEKS) query.set('weeks', String(WORKSHOP_WEEKS));
  if (join.pair) query.set('pair', '1');
  return `?${query}`;
}

/** Where each part of the room joins: one link for everyone, or one per role when the room is split. */
export function joinTargets(base: string, s: WorkshopSession): { label: string; url: string; code: string }[] {
  return s.mode === 'split'
    ? (['clinician', 'manager'] as const).map((role) => ({
        label: role === 'clinician' ? 'Clinician leaders join here' : 'Operational managers join here',
        url: joinLink(base, s, role),
        code: joinCode(s, role),
      }))
    : [{ label: 'Everyone joins here', url: joinLink(base, s), code: joinCode(s) }];
}

/** The hidden levels as the facilitator's pages name them. */
export const LEVEL_NAME: Record<CulturalLevel, string> = {
  organisation: 'The organisation',
  department: 'A department',
  practice: 'Day-to-day practice',
};

/** The game on the projector, for a play-through where the room votes at each decision. */
export const roomPlayLink = (base: string, s: WorkshopSession): string => joinLink(base, s, null, true);

/** The facilitator's pages: `?workshop=setup`, `dashboard`, `guide` or `write` (a scene of their own), with the session in the query. */
export type WorkshopPage = 'setup' | 'dashboard' | 'guide' | 'write';

export function workshopLink(base: string, page: WorkshopPage, s?: WorkshopSession): string {
  const q = new URLSearchParams({ workshop: page });
  if (s) {
    q.set('session', s.id);
    q.set('code', s.seed);
    q.set('mode', s.mode);
    q.set('weeks', String(s.weeks));
    // The dashboard reads with a key of its own, typed on the page: only the address travels.
    if (s.store && page === 'dashboard') q.set('endpoint', s.store.endpoint);
  }
  return `${base}?${q.toString()}`;
}

export function readWorkshop(search: string): { page: WorkshopPage; session: WorkshopSession | null } | null {
  const q = new URLSearchParams(search);
  const page = q.get('workshop');
  if (page !== 'setup' && page !== 'dashboard' && page !== 'guide' && page !== 'write') return null;
  const id = (q.get('session') ?? '').toUpperCase();
  const code = checkSeed(q.get('code') ?? '');
  const asked = q.get('mode');
  const mode: RoomMode = asked === 'split' || asked === 'pairs' ? asked : 'solo';
  const weeks = weeksFrom(q.get('weeks'));
  const endpoint = storeAddress(q.get('endpoint') ?? '');
  return {
    page,
    session:
      SESSION_PATTERN.test(id) && code.ok
        ? { id, seed: code.seed, mode, weeks, ...(endpoint ? { store: { endpoint, auth: '' } } : {}) }
        : null,
  };
}

/** The page's own address without its query: where links point. */
/** The name of the one-file copy, in `packages/` and beside the hosted build for download. */
export const ONE_FILE_NAME = 'common-ground.html';

export const baseUrl = (location: Pick<Location, 'origin' | 'pathname'>): string =>
  // A page opened from a file (the one-file copy on a USB stick) has no origin in some browsers ("null").
  `${location.origin === 'null' || location.origin === 'file://' ? 'file://' : location.origin}${location.pathname}`;
