import { describe, expect, it } from 'vitest';
import { KEPT_LAUNCH_KEY, readAddress } from './address.ts';
import { readXapiLaunch } from './xapi-launch.ts';

/** A tab: its address, its history, its sessionStorage, and how the page was reached. */
function tab(address: string, navigation = 'navigate', session: Map<string, string> | null = new Map()) {
  const url = new URL(address, 'https://game.example');
  const location = { pathname: url.pathname, search: url.search, hash: url.hash };
  const shown: string[] = [];
  return {
    shown,
    session,
    env: {
      location,
      history: {
        state: null,
        replaceState: (_: unknown, __: string, to?: string | URL | null) => void shown.push(String(to)),
      },
      session: session && {
        getItem: (k: string) => session.get(k) ?? null,
        setItem: (k: string, v: string) => void session.set(k, v),
        removeItem: (k: string) => void session.delete(k),
      },
      navigation,
    },
  };
}

const STORE = `endpoint=${encodeURIComponent('https://lrs.example.nhs.uk/xapi/')}&auth=Basic%20dXNlcjpwYXNz&actor=${encodeURIComponent('{"mbox":"mailto:sam@example.nhs.uk"}')}`;

describe('the page’s address', () => {
  it('takes a launch link’s store and learner out of the address bar, keeping the workshop join, and still reads them', () => {
    const t = tab(`/play/?join=WABCDE-ABC234&weeks=4#${STORE}`);
    const read = readAddress(t.env);
    expect(t.shown).toEqual(['/play/?join=WABCDE-ABC234&weeks=4']);
    expect(read.hash).toBe(`#${STORE}`);
    expect(readXapiLaunch(read.search, read.hash)?.ok).toBe(true);
  });

  it('finds the store again when the same tab reloads the tidied address, and only then', () => {
    const session = new Map<string, string>();
    readAddress(tab(`/?${STORE}&join=WABCDE-ABC234`, 'navigate', session).env);
    expect(session.has(KEPT_LAUNCH_KEY)).toBe(true);
    const reloaded = readAddress(tab('/?join=WABCDE-ABC234', 'reload', session).env);
    expect(readXapiLaunch(reloaded.search, reloaded.hash)).toMatchObject({ ok: true, launch: { kind: 'link' } });
    expect(new URLSearchParams(reloaded.search).get('join')).toBe('WABCDE-ABC234');
    // Opening the plain address afresh in the same tab is not the launch any more.
    const fresh = readAddress(tab('/', 'navigate', session).env);
    expect(readXapiLaunch(fresh.search, fresh.hash)).toBeNull();
    expect(session.has(KEPT_LAUNCH_KEY)).toBe(false);
  });

  it('leaves the address as it is where the tab cannot keep the store (a reload must still find it)', () => {
    const t = tab(`/#${STORE}`, 'navigate', null);
    expect(readAddress(t.env)).toEqual({ search: '', hash: `#${STORE}` });
    expect(t.shown).toEqual([]);
  });

  it('leaves a cmi5 launch and an address with no store alone', () => {
    const cmi5 = tab(`/?fetch=${encodeURIComponent('https://lms.example/fetch/1')}&endpoint=x&auth=y&actor=z`);
    readAddress(cmi5.env);
    const plain = tab('/?join=WABCDE-ABC234');
    expect(readAddress(plain.env)).toEqual({ search: '?join=WABCDE-ABC234', hash: '' });
    expect([...cmi5.shown, ...plain.shown]).toEqual([]);
  });

  it('ignores a kept store it cannot read', () => {
    const session = new Map([[KEPT_LAUNCH_KEY, '{"search":4']]);
    expect(readAddress(tab('/?join=WABCDE-ABC234', 'reload', session).env)).toEqual({
      search: '?join=WABCDE-ABC234',
      hash: '',
    });
  });
});
