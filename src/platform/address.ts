/**
 * The page's address as the game reads it. A launch link to a learning record
 * store carries the store's key (and often the learner's name or email): left
 * in the address bar it is on show to anyone behind the learner, on a
 * projector, and in the browser's history. So those parts are taken out of the
 * address as soon as the page opens and kept for this tab alone
 * (sessionStorage), where a reload of the same page finds them again.
 * Everything else in the address (a workshop join, a pair) stays as it was.
 *
 * Drawn on by the title before the game loads: nothing here may import the engine.
 */
import { safe } from './safe.ts';

/** The parts of a launch link that name the store and the learner (a cmi5 launch is read by its own library, and left be). */
export const STORE_PARAMS = ['endpoint', 'auth', 'actor', 'registration', 'activity_id'] as const;

/** Where this tab keeps a launch link's store while its address no longer shows it. */
export const KEPT_LAUNCH_KEY = 'common-ground.store-link';

export interface PageAddress {
  search: string;
  hash: string;
}

interface Env {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'replaceState' | 'state'> | null;
  session: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** How this page was reached: 'reload' and 'back_forward' come back to a page already opened. */
  navigation: string | null;
}

const hasStore = (q: URLSearchParams): boolean => q.has('auth') && !q.has('fetch');

function without(q: URLSearchParams): string {
  const rest = new URLSearchParams(q);
  for (const name of STORE_PARAMS) rest.delete(name);
  return rest.toString();
}

/**
 * Read the address once for the page: a launch link's store is moved out of
 * the address bar into this tab's keeping; a page come back to by a reload (or
 * back and forward) with no store in its address gets the one it kept.
 */
export function readAddress(env: Env): PageAddress {
  const { search, hash } = env.location;
  const query = new URLSearchParams(search);
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  if (hasStore(query) || hasStore(fragment)) {
    const kept = safe(() => {
      env.session!.setItem(KEPT_LAUNCH_KEY, JSON.stringify({ search, hash }));
      return true;
    });
    // Without a place to keep it, the link stays where it is: a reload must still find its store.
    if (kept && env.history) {
      const q = without(query);
      const f = without(fragment);
      safe(() =>
        env.history!.replaceState(
          env.history!.state,
          '',
          `${env.location.pathname}${q ? `?${q}` : ''}${f ? `#${f}` : ''}`,
        ),
      );
    }
    return { search, hash };
  }
  const comeBack = env.navigation === 'reload' || env.navigation === 'back_forward';
  const kept = comeBack ? safe(() => JSON.parse(env.session?.getItem(KEPT_LAUNCH_KEY) ?? 'null') as unknown) : null;
  // A page opened afresh in this tab (a new link, the plain address) is not the launch any more.
  if (!comeBack) safe(() => env.session?.removeItem(KEPT_LAUNCH_KEY));
  if (
    kept &&
    typeof kept === 'object' &&
    typeof (kept as PageAddress).search === 'string' &&
    typeof (kept as PageAddress).hash === 'string'
  )
    return kept as PageAddress;
  return { search, hash };
}

let read: PageAddress | null = null;

/** This page's address as the game reads it (worked out once: the first call tidies the address bar). */
export function pageAddress(): PageAddress {
  if (!read)
    read = readAddress({
      location: window.location,
      history: safe(() => window.history),
      session: safe(() => window.sessionStorage),
      navigation: safe(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type ?? null,
      ),
    });
  return read;
}
