/**
 * How the page was told about a learning record store (issue 13): a cmi5
 * launch from a learning platform, or a launch link carrying the store's
 * address and a key (the convention platforms and workshop facilitators use).
 * Read from the address alone, so the title can say at once when a link is
 * broken; the client that talks to the store loads only when one is named.
 */
import type { Actor } from './xapi-data.ts';

/** How the game was told about a record store. */
export type XapiLaunch =
  | { kind: 'cmi5'; endpoint: string; fetch: string; registration: string; learner?: string }
  | { kind: 'link'; endpoint: string; auth: string; actor?: Actor; registration?: string; activityId?: string };

/** Who a launch says is playing (a cmi5 launch always says; a link may), as text to tell learners apart by. */
export function learnerOfLaunch(launch: XapiLaunch): string | null {
  return launch.kind === 'cmi5' ? (launch.learner ?? null) : launch.actor ? JSON.stringify(launch.actor) : null;
}

export type LaunchRead = { ok: true; launch: XapiLaunch } | { ok: false; reason: string } | null;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A web address the game may reach: https, or http on this computer (the page's policy allows no other). */
export function reachable(text: string | null): string | null {
  if (!text) return null;
  try {
    const url = new URL(text.trim());
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    return url.protocol === 'https:' || (url.protocol === 'http:' && local) ? url.href : null;
  } catch {
    return null;
  }
}

/** A key and secret as an HTTP `Authorization` value (`Basic`, over their UTF-8 bytes), as a record store takes them. */
export function basicAuth(key: string, secret: string): string {
  return `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${key}:${secret}`)))}`;
}

/** Any http(s) address: an activity id names, it is never fetched. */
function webAddress(text: string | null): string | null {
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** An actor as a launch link gives it: JSON, sometimes in the older array form (`{"name":["…"],"account":[{…}]}`). */
function readActor(text: string | null): Actor | undefined | false {
  if (!text) return undefined;
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    const one = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
    const actor: Record<string, unknown> = { objectType: 'Agent' };
    if (raw.name) actor.name = String(one(raw.name));
    if (raw.mbox) actor.mbox = String(one(raw.mbox));
    if (raw.account) {
      const a = (one(raw.account) ?? {}) as Record<string, string | undefined>;
      actor.account = { homePage: a.homePage ?? a.accountServiceHomePage, name: a.name ?? a.accountName };
    }
    const account = actor.account as { homePage?: string; name?: string } | undefined;
    if (!actor.mbox && !(account?.homePage && account.name)) return false;
    return actor as Actor;
  } catch {
    return false;
  }
}

/**
 * Read the page's address for a record store: a cmi5 launch (`fetch`,
 * `endpoint`, `actor`, `registration`, `activityId`), or a launch link
 * (`endpoint` and `auth`, with `actor`, `registration` and `activity_id`
 * optional). Null when neither is there; a reason when one is broken.
 */
export function readXapiLaunch(search: string, hash = ''): LaunchRead {
  const q = new URLSearchParams(search);
  // A workshop link carries its store after `#`, which browsers never send to the game's host (nor its logs).
  for (const [k, v] of new URLSearchParams(hash.replace(/^#/, ''))) if (!q.has(k)) q.set(k, v);
  // A platform's launch that lost its store's address would otherwise play on unrecorded without a word.
  if (!q.has('endpoint'))
    return q.has('fetch') ? { ok: false, reason: 'the learning platform’s launch is incomplete' } : null;
  const endpoint = reachable(q.get('endpoint'));
  if (!endpoint)
    return {
      ok: false,
      reason: 'the address of the learning record store must be an https address (or one on this computer)',
    };
  const registration = q.get('registration') ?? undefined;
  if (registration !== undefined && !UUID.test(registration))
    return { ok: false, reason: 'the link’s registration is not a valid identifier' };
  if (q.has('fetch')) {
    const fetch = reachable(q.get('fetch'));
    if (!fetch || !q.get('actor') || !registration || !q.get('activityId'))
      return { ok: false, reason: 'the learning platform’s launch is incomplete' };
    return { ok: true, launch: { kind: 'cmi5', endpoint, fetch, registration, learner: q.get('actor')! } };
  }
  const auth = q.get('auth');
  if (!auth) return { ok: false, reason: 'the link names a learning record store but gives no key for it' };
  const actor = readActor(q.get('actor'));
  if (actor === false) return { ok: false, reason: 'the link’s learner is not one a record store can name' };
  const activityId = webAddress(q.get('activity_id')) ?? undefined;
  return {
    ok: true,
    launch: {
      kind: 'link',
      endpoint,
      auth: /^basic /i.test(auth) ? auth : `Basic ${auth}`,
      ...(actor ? { actor } : {}),
      ...(registration ? { registration } : {}),
      ...(activityId ? { activityId } : {}),
    },
  };
}
