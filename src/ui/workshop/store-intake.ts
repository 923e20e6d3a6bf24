/**
 * The dashboard's record-store source (issue 13): when the room's games
 * report to a learning record store, the facilitator types a key that can
 * read it and the dashboard takes each player's latest result from the
 * session's statements (its registration), checking again every 15 seconds
 * while the room plays. Each result is the same text a player's QR code
 * carries, so it goes through the same intake as codes and files.
 */
import type XAPI from '@xapi/xapi';
import { EXT, registrationOf, type Statement } from '../../platform/xapi-data.ts';
import { h, textField } from '../dom.ts';
import { basicAuth } from '../../platform/xapi-launch.ts';
import { storeAddress, type WorkshopSession } from './session.ts';

export const STORE_SOURCE = 'the record store';
const EVERY_MS = 15_000;

export interface StoreIntake {
  element: HTMLElement;
  stop(): void;
}

type Client = Pick<XAPI, 'getStatements' | 'getMoreStatements'>;
/** One page of a statements query (without attachments, as the dashboard asks for them). */
type Page = { statements: Statement[]; more?: string };

/** A client for the store: the maintained xAPI library, loaded only when a store is used. */
async function clientFor(endpoint: string, auth: string): Promise<Client> {
  const { default: XAPIClient } = await import('@xapi/xapi');
  return new XAPIClient({ endpoint, auth });
}

export function storeIntake(
  session: WorkshopSession,
  take: (text: string) => void,
  connect: (endpoint: string, auth: string) => Promise<Client> = clientFor,
): StoreIntake {
  const registration = registrationOf(session.id, session.seed);
  const seenStatements = new Set<string>();
  const seenResults = new Set<string>();
  let since: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let client: Client | null = null;
  let results = 0;
  /** The games heard from (a game reports again every week, so results outnumber players). */
  const games = new Set<string>();
  let checking = false;

  const status = h('p', { class: 'store-status', role: 'status' });
  const checkNow = h(
    'button',
    { type: 'button', class: 'secondary', hidden: true, onclick: () => void check() },
    'Check now',
  );

  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void check(), EVERY_MS);
  };

  /** Stop asking the store until the facilitator presses Read the room again. */
  const stopChecking = (): void => {
    clearTimeout(timer);
    client = null;
    checkNow.hidden = true;
  };

  const check = async (): Promise<void> => {
    if (!client || checking) return;
    checking = true;
    try {
      let page = (
        await client.getStatements({ registration, ...(since ? { since } : {}), ascending: true, limit: 500 })
      ).data as unknown as Page;
      for (let guard = 0; guard < 200; guard++) {
        for (const s of page.statements) read(s);
        if (!page.more) break;
        page = (await client.getMoreStatements({ more: page.more })).data as unknown as Page;
      }
      status.textContent = `Reading the room from the record store: ${heard()}, checked at ${new Date().toLocaleTimeString('en-GB')}. It checks again every 15 seconds.`;
      schedule();
    } catch (error) {
      const code = (error as { response?: { status?: number } } | null)?.response?.status;
      if (code === 401 || code === 403) {
        status.textContent =
          'The record store did not accept this key and secret. Check both (the key must be allowed to read statements), then press Read the room again.';
        stopChecking();
      } else if (code === 404 || code === 400) {
        // A wrong address does not mend itself: asking it again every 15 seconds would only repeat the error.
        status.textContent = `That address did not answer as a record store (error ${code}), so the dashboard has stopped asking it. Check the address (it is the store’s xAPI endpoint, often ending in /xapi/), then press Read the room again. Meanwhile, take results by camera, short code or file.`;
        stopChecking();
      } else {
        status.textContent = `The record store is not answering just now (${code ? `error ${code}` : 'no answer'}). The dashboard tries again every 15 seconds and keeps the results it has; meanwhile, take results by camera, short code or file. If this lasts, ask whoever runs the store whether it accepts requests from this web address.`;
        schedule();
      }
    } finally {
      checking = false;
    }
  };

  const read = (s: Statement): void => {
    if (!s.id || seenStatements.has(s.id)) return;
    seenStatements.add(s.id);
    // Ask again from five minutes before the latest seen: a store may show a statement some time after storing it
    // (xAPI lets it), and the ids already read are skipped, so the overlap costs nothing.
    const stored = (s as Statement & { stored?: string }).stored;
    if (stored) {
      const back = new Date(Date.parse(stored) - 5 * 60_000).toISOString();
      if (!since || back > since) since = back;
    }
    const text = s.result?.extensions?.[EXT.result];
    if (typeof text !== 'string' || seenResults.has(text)) return;
    seenResults.add(text);
    results++;
    const run = s.context?.extensions?.[EXT.run];
    games.add(typeof run === 'string' ? `run ${run}` : `actor ${JSON.stringify(s.actor)}`);
    take(text);
  };

  /** What has come in: the games heard from, and the results when a game has sent more than one. */
  const heard = (): string => {
    const n = games.size;
    const from = n === 1 ? '1 game has reported so far' : `${n} games have reported so far`;
    return results > n ? `${from} (${results} results in all, as a game reports again each week)` : from;
  };

  const form = h(
    'form',
    {
      class: 'store-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const data = new FormData(form);
        const endpoint = storeAddress(String(data.get('read-endpoint') ?? ''));
        const key = String(data.get('read-key') ?? '').trim();
        const secret = String(data.get('read-secret') ?? '');
        if (!endpoint || !key || !secret) {
          status.textContent =
            'Type the record store’s address (starting https://, or http://localhost for a store on this computer), and a key and secret that can read it.';
          return;
        }
        status.textContent = 'Connecting to the record store…';
        void connect(endpoint, basicAuth(key, secret)).then(
          (c) => {
            client = c;
            checkNow.hidden = false;
            void check();
          },
          (error: unknown) => {
            status.textContent =
              error instanceof Error && error.message.includes('one-file')
                ? `The dashboard cannot read a record store here: ${error.message}. To read one, open the dashboard from the game’s web address; here, take results by camera, short code or file.`
                : 'The part of the dashboard that reads a record store could not be loaded. Reload the page and try again.';
          },
        );
      },
    },
    textField('read-endpoint', 'Record store address', 'url', { value: session.store?.endpoint ?? '' }),
    textField('read-key', 'Key that can read statements', 'text'),
    textField('read-secret', 'Its secret', 'password'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Read the room'), checkNow),
  );

  const element = h(
    'details',
    { class: 'intake-store', ...(session.store ? { open: true } : {}) },
    h('summary', {}, 'From a learning record store'),
    h(
      'p',
      { class: 'hint' },
      `When players’ games report to your organisation’s xAPI record store, the dashboard reads each player’s latest result from it (session ${session.id}’s statements). Games joined by typing the workshop code cannot report here: take those players’ results by camera, short code or file.`,
    ),
    form,
    status,
  );
  return {
    element,
    stop: () => {
      clearTimeout(timer);
      client = null;
    },
  };
}
