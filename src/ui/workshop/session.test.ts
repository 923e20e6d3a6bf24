import { describe, expect, it } from 'vitest';
import { readXapiLaunch } from '../../platform/xapi-launch.ts';
import type { Role } from '../../engine/rules/types.ts';
import { fnv } from '../../engine/rules/random.ts';
import { SEED_ALPHABET } from '../../engine/rules/quarter.ts';
import {
  joinCode,
  joinLink,
  joinSearch,
  newSession,
  readJoin,
  readJoinCode,
  readWorkshop,
  roomPlayLink,
  storeAddress,
  workshopLink,
  type WorkshopSession,
} from './session.ts';

/** The check as it was made before a left-off flag was always caught: the hash alone. */
const plainHashCheck = (session: string, seed: string, ending: string): string => {
  const alphabet = [...SEED_ALPHABET].filter((c) => !'CMP4'.includes(c)).join('');
  return alphabet[fnv(`join:${session}${seed}${ending}`) % alphabet.length]!;
};

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

  it('a session without a store has nothing after the join value but the length', () => {
    const { store: _store, ...plain } = SESSION;
    expect(joinLink(BASE, plain)).toBe(`${BASE}?join=WQTR44-K7M2QX--4-2&weeks=4`);
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

describe('a join link copied or typed by hand', () => {
  const plain: WorkshopSession = { id: 'WQTR44', seed: 'K7M2QX', mode: 'solo', weeks: 4 };
  const rooms: [WorkshopSession, Role | null][] = [
    [plain, null],
    [{ ...plain, weeks: 8 }, null],
    [{ ...plain, mode: 'split' }, 'clinician'],
    [{ ...plain, mode: 'split', weeks: 8 }, 'manager'],
    [{ ...plain, mode: 'pairs' }, null],
    [{ ...plain, mode: 'pairs', weeks: 8 }, null],
  ];

  it('keeps the quarter’s length and the pairs flag when everything after the join value is lost', () => {
    for (const [s, role] of rooms) {
      const whole = readJoin(new URL(joinLink(BASE, s, role)).search);
      const cut = readJoin(new URL(joinLink(BASE, s, role)).search.split('&')[0]!);
      expect(cut).toEqual(whole);
      expect(cut).toMatchObject({ ok: true, join: { weeks: s.weeks, pair: s.mode === 'pairs', role } });
    }
  });

  it('is still read by a release that took only the session, the quarter code and the role from it', () => {
    // How readJoin read the join value before links carried their flags and a check.
    const before = (search: string) => {
      const [session = '', seed = '', role = ''] = (new URLSearchParams(search).get('join') ?? '').split('-');
      return { session, seed, role, ok: role === '' || role === 'C' || role === 'M' };
    };
    for (const [s, role] of rooms)
      expect(before(new URL(joinLink(BASE, s, role)).search)).toEqual({
        session: 'WQTR44',
        seed: 'K7M2QX',
        role: role === 'clinician' ? 'C' : role === 'manager' ? 'M' : '',
        ok: true,
      });
  });

  it('reads a link typed from the printed code, with no empty part where a room without roles has none', () => {
    for (const [s, role] of rooms) {
      const typed = joinCode(s, role);
      expect(readJoin(`?join=${typed}`)).toEqual(readJoin(new URL(joinLink(BASE, s, role)).search));
    }
  });

  it('reads a link made before it carried a check by its query, as then', () => {
    expect(readJoin('?join=WQTR44-K7M2QX-C&weeks=4&pair=1')).toMatchObject({
      ok: true,
      join: { role: 'clinician', weeks: 4, pair: true },
    });
    expect(readJoin('?join=WQTR44-K7M2QX')).toMatchObject({ ok: true, join: { role: null, weeks: 8, pair: false } });
    // Cut short of its check, a link still keeps the flags it has.
    expect(readJoin('?join=WQTR44-K7M2QX-M-4P')).toMatchObject({
      ok: true,
      join: { role: 'manager', weeks: 4, pair: true },
    });
  });

  it('refuses a link with a character wrong after the role, or an end the game never makes', () => {
    expect(readJoin('?join=WQTR44-K7M2QX--4-3')).toMatchObject({ ok: false, reason: expect.stringMatching(/add up/) });
    // The length dropped from inside the checked part is caught, not read as the full quarter.
    expect(readJoin('?join=WQTR44-K7M2QX--2&weeks=4')).toMatchObject({ ok: false });
    expect(readJoin('?join=WQTR44-K7M2QX-C-4-X-Y')).toMatchObject({ ok: false, reason: expect.stringMatching(/end/) });
  });
});

describe('a workshop code typed instead of the link', () => {
  const plain: WorkshopSession = { id: 'WQTR44', seed: 'K7M2QX', mode: 'solo', weeks: 4 };

  it('joins exactly as its link does, for every kind of room', () => {
    const rooms: [WorkshopSession, Role | null, string][] = [
      [plain, null, 'WQTR44-K7M2QX-4-2'],
      [{ ...plain, mode: 'split' }, 'clinician', 'WQTR44-K7M2QX-C-4-Z'],
      [{ ...plain, mode: 'split', weeks: 8 }, 'manager', 'WQTR44-K7M2QX-M-Z'],
      [{ ...plain, mode: 'pairs' }, null, 'WQTR44-K7M2QX-4P-N'],
    ];
    for (const [s, role, code] of rooms) {
      expect(joinCode(s, role)).toBe(code);
      const link = readJoin(new URL(joinLink(BASE, s, role)).search);
      expect(readJoinCode(code)).toEqual(link);
      // Typed in lower case, with spaces or without the dashes, it is the same code.
      expect(readJoinCode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toEqual(link);
      expect(readJoinCode(code.replace(/-/g, ''))).toEqual(link);
      // The game it starts has the link's own query.
      const read = readJoinCode(code);
      if (!read?.ok) throw new Error('the code did not read');
      expect(readJoin(joinSearch(read.join))).toEqual(link);
    }
  });

  it('takes a whole join link pasted in, and nothing from an empty box', () => {
    expect(readJoinCode(joinLink(BASE, plain, 'manager'))).toEqual(readJoin(`?join=WQTR44-K7M2QX-M&weeks=4`));
    expect(readJoinCode('   ')).toBeNull();
  });

  it('quotes only the start of something long pasted in, so the reason stays in view', () => {
    const read = readJoinCode(`WQTR44-K7M2QX-C-4-Z${'X'.repeat(5000)}`);
    expect(read).toMatchObject({ ok: false });
    expect(read?.ok === false && read.reason.length).toBeLessThan(300);
    expect(read?.ok === false && read.reason).toMatch(
      /^“WQTR44-K7M2QX-C-4-ZXXXXXXXXX…” does not end as a workshop code does/,
    );
  });

  it('refuses a mistyped code with the reason, never a quarter outside the session', () => {
    expect(readJoinCode('WQTR44-K7M2Q')).toMatchObject({ ok: false, reason: expect.stringMatching(/second part/) });
    expect(readJoinCode('XQTR44-K7M2QX-4')).toMatchObject({ ok: false, reason: expect.stringMatching(/first part/) });
    // A character missed in one part is caught there, not slid along into another session's valid code.
    expect(readJoinCode('WQTR4-K7M2QX-C-4')).toMatchObject({ ok: false, reason: expect.stringMatching(/first part/) });
    expect(readJoinCode('WQTR44-K7M2Q-C-4')).toMatchObject({ ok: false, reason: expect.stringMatching(/second/) });
    expect(readJoinCode('WQTR44-K7M2O0')).toMatchObject({ ok: false, reason: expect.stringMatching(/never O, I, L/) });
    expect(readJoinCode('WQTR44-K7M2QX-XX')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/does not end/),
    });
    expect(readJoinCode('WQTR44-K7M2QX-4-C')).toMatchObject({ ok: false });
    expect(readJoinCode('WQTR44-K7M2QX-4-2')).not.toMatchObject({ ok: false });
  });

  it('catches a character typed wrong, or a flag left off, by the code’s last character', () => {
    const wrong = { ok: false, reason: expect.stringMatching(/does not add up/) };
    // Another session, another quarter (a different hidden level), the four weeks or the role left off.
    expect(readJoinCode('WQTR45-K7M2QX-C-4-Z')).toMatchObject(wrong);
    expect(readJoinCode('WQTR44-K7M2QY-C-4-Z')).toMatchObject(wrong);
    expect(readJoinCode('WQTR44-K7M2QX-C-Z')).toMatchObject(wrong);
    expect(readJoinCode('WQTR44-K7M2QX-4-Z')).toMatchObject(wrong);
    // Nearly every single character typed wrong in the two names is caught.
    const right = 'WQTR44K7M2QXC4Z';
    let typos = 0;
    let caught = 0;
    for (let i = 1; i < 12; i++)
      for (const c of 'ABDEFGHJKNQRSTUVWXYZ235678') {
        if (c === right[i]) continue;
        const read = readJoinCode(`${right.slice(0, i)}${c}${right.slice(i + 1)}`);
        typos++;
        if (!read?.ok) caught++;
      }
    expect(caught / typos).toBeGreaterThan(0.95);
    // Leaving off the role, the 4 or the P is always caught, in any session: a hash alone let
    // about one code in 27 through (and a player joined the eight-week quarter, or no role).
    let seedState = 7;
    const random = (): number => ((seedState = (seedState * 48271) % 2147483647) - 1) / 2147483646;
    let codesMade = 0;
    let asBefore = 0;
    for (let n = 0; n < 400; n++) {
      const session = newSession(null, 'solo', 4, random);
      for (const mode of ['solo', 'pairs', 'split'] as const)
        for (const weeks of [4, 8])
          for (const role of [null, 'clinician', 'manager'] as const) {
            const s = { ...session, mode, weeks };
            const code = joinCode(s, role);
            expect(readJoinCode(code)).toMatchObject({ ok: true });
            codesMade++;
            const [id, seed, ...rest] = code.split('-');
            const check = rest.pop()!;
            const ending = rest.join('');
            if (check === plainHashCheck(id!, seed!, ending)) asBefore++;
            // Every shorter code: each of the role, the 4 and the P left off, alone or together.
            const chars = [...ending];
            for (let mask = 0; mask < (1 << chars.length) - 1; mask++) {
              const kept = chars.filter((_, i) => mask & (1 << i));
              const role = kept.filter((c) => 'CM'.includes(c)).join('');
              const flags = kept.filter((c) => '4P'.includes(c)).join('');
              const shortened = [id, seed, role, flags, check].filter(Boolean).join('-');
              expect(readJoinCode(shortened), `${code} typed as ${shortened}`).toMatchObject(wrong);
            }
          }
    }
    // Nearly every code keeps the character it had under the rule before, so a handout or a projector
    // from the release before still lets its players in.
    expect(asBefore / codesMade).toBeGreaterThan(0.9);
    // A code from a handout printed before codes had a check still joins.
    expect(readJoinCode('WQTR44-K7M2QX-C-4')).toMatchObject({ ok: true, join: { role: 'clinician', weeks: 4 } });
  });
});
