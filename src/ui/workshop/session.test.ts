import { describe, expect, it } from 'vitest';
import { readXapiLaunch } from '../../platform/xapi-launch.ts';
import {
  joinLink,
  readJoin,
  readWorkshop,
  roomPlayLink,
  storeAddress,
  workshopLink,
  type WorkshopSession,
} from './session.ts';

const BASE = 'https://games.example.nhs.uk/common-ground/';
const SESSION: WorkshopSession = {
  id: 'WQTR44',
  seed: 'K7M2QX',
  mode: 'solo',
  weeks: 4,
  store: { endpoint: 'https://lrs.example.nhs.uk/xapi/', auth: 'Basic d29ya3Nob3A6c2VjcmV0' },
};

describe('a workshop session with a record store', () => {
  it('puts the store and the players’ key in the join link, where the game reads both', () => {
    const link = new URL(joinLink(BASE, SESSION));
    const join = readJoin(link.search);
    expect(join).toMatchObject({ ok: true, join: { session: 'WQTR44', seed: 'K7M2QX', weeks: 4 } });
    // The store travels after `#`, which browsers never send to the game's host.
    expect(link.search).not.toContain('auth');
    expect(readXapiLaunch(link.search, link.hash)).toEqual({
      ok: true,
      launch: { kind: 'link', endpoint: 'https://lrs.example.nhs.uk/xapi/', auth: 'Basic d29ya3Nob3A6c2VjcmV0' },
    });
  });

  it('gives the dashboard link the store’s address but never the players’ key', () => {
    const link = new URL(workshopLink(BASE, 'dashboard', SESSION));
    expect(link.searchParams.get('endpoint')).toBe('https://lrs.example.nhs.uk/xapi/');
    expect(link.href).not.toContain('auth');
    expect(readWorkshop(link.search)?.session?.store?.endpoint).toBe('https://lrs.example.nhs.uk/xapi/');
    expect(new URL(workshopLink(BASE, 'guide', SESSION)).searchParams.has('endpoint')).toBe(false);
  });

  it('a session without a store keeps its links as they were', () => {
    const { store: _store, ...plain } = SESSION;
    expect(joinLink(BASE, plain)).toBe(`${BASE}?join=WQTR44-K7M2QX&weeks=4`);
  });

  it('takes only addresses the page’s policy lets the game reach', () => {
    expect(storeAddress('https://lrs.example.nhs.uk/xapi')).toBe('https://lrs.example.nhs.uk/xapi/');
    expect(storeAddress('http://localhost:8080/xapi/')).toBe('http://localhost:8080/xapi/');
    expect(storeAddress('http://lrs.example.nhs.uk/xapi/')).toBeNull();
    expect(readXapiLaunch('?endpoint=http://lrs.example.nhs.uk/xapi/&auth=x')).toMatchObject({ ok: false });
    expect(storeAddress('ftp://lrs.example/')).toBeNull();
    expect(storeAddress('not an address')).toBeNull();
  });

  it('the projector play-through is one run the room votes on, never a pair’s, and reports to the same store', () => {
    const link = new URL(roomPlayLink(BASE, { ...SESSION, mode: 'pairs' }));
    expect(readJoin(link.search)).toMatchObject({ ok: true, join: { room: true, pair: false, weeks: 4 } });
    expect(readXapiLaunch(link.search, link.hash)).toMatchObject({ ok: true, launch: { kind: 'link' } });
  });
});
