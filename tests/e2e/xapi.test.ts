/**
 * A learning record store (issue 13), against the production build and a
 * loopback store that validates every statement (`lrs.ts`):
 * - a player who joins a workshop whose games report to the store plays
 *   week one; the store is cut off mid-week and the game plays on, keeping
 *   what it has to say; when the store is back everything arrives, in order,
 *   once, and valid;
 * - the facilitator's dashboard reads the room (twelve simulated players and
 *   the real one) from the store;
 * - a cmi5 launch: the platform's token and launch data, `initialized` from
 *   the cmi5 client, then the game's statements in the platform's context;
 *   at the debrief, the way back to the platform among the debrief's actions.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { simulatedRoom } from '../../src/engine/drive/room.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { Game } from '../../src/engine/run/game.ts';
import { move, STRATEGIES } from '../../src/engine/drive/simulate.ts';
import {
  EXT,
  freshCursor,
  registrationOf,
  statementsSince,
  uuidOf,
  VERB,
  type Statement,
} from '../../src/platform/xapi-data.ts';
import { play, press, readOn, savedGame, screen, useBrowser, watchErrors } from './browser.ts';
import { saveWhere } from './saves.ts';
import { seedStorage } from '../../src/tools/chromium.ts';
import { startLrs, type Lrs } from './lrs.ts';

const browserFor = useBrowser();
const base = inject('baseURL');
const SESSION = 'WQTR44';
const SEED = 'K7M2QX';

let lrs: Lrs;
beforeAll(async () => {
  lrs = await startLrs();
});
afterAll(async () => {
  await lrs.close();
});

const verbs = (all: Statement[]) => all.map((s) => s.verb.id.split('/').pop());

async function waitForStore(page: Page, count: () => number, atLeast: number): Promise<void> {
  await expect.poll(count, { timeout: 20_000 }).toBeGreaterThanOrEqual(atLeast);
}

/** Decisions the game has kept (from its autosave), to compare with what the store holds. */
async function decisionsSaved(page: Page): Promise<number> {
  const save = await savedGame<{ state?: { decisions?: unknown[] } }>(page);
  return save?.state?.decisions?.length ?? -1;
}

describe('a learning record store', () => {
  it('takes a workshop player’s statements, queued while it cannot be reached, in order, once each, every one valid', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // As the workshop's join link carries it: the store after `#`.
    const link = `${base}?join=${SESSION}-${SEED}-M&weeks=4#endpoint=${encodeURIComponent(lrs.endpoint)}&auth=${encodeURIComponent(lrs.auth)}`;
    await page.goto(link);
    await page.getByRole('button', { name: 'New game' }).click();
    // The store's key is not left on show in the address bar (nor in the history); the join stays.
    expect(page.url()).toBe(`${base}?join=${SESSION}-${SEED}-M&weeks=4`);
    await page.getByRole('button', { name: 'Play as operational manager' }).click();
    await press(page, /^Begin Monday$/);
    await waitForStore(page, () => lrs.stored.length, 2);
    const mine = () =>
      lrs.stored.filter((s) => s.context?.extensions?.[EXT.session] === SESSION || !s.context?.extensions);
    expect(verbs(lrs.stored).slice(0, 2)).toEqual(['launched', 'initialized']);
    expect(lrs.stored[0]!.context!.registration).toBe(registrationOf(SESSION, SEED));

    // Two decisions with the store there...
    for (let made = 0; made < 2;) {
      if ((await readOn(page)) === 'choices') {
        await page.locator('button.choice').first().click();
        made++;
      }
    }
    await waitForStore(page, () => verbs(lrs.stored).filter((v) => v === 'answered').length, 2);

    // ...then the store is cut off, and the rest of the week is played without it.
    const origin = new URL(lrs.endpoint).origin;
    await context.route(`${origin}/**`, (route) => route.abort('internetdisconnected'));
    const before = lrs.stored.length;
    await play(page, { pick: (n, step) => step % n, until: async () => (await screen(page)) === 'week' });
    await page.locator('.notice-banner', { hasText: 'cannot be reached' }).waitFor();
    expect(lrs.stored.length).toBe(before);
    const waiting = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('common-ground.xapi.') && !k.startsWith('common-ground.xapi.learner'))
        .map((k) => (JSON.parse(localStorage.getItem(k)!) as { queue: unknown[] }).queue.length)
        .reduce((a, b) => a + b, 0),
    );
    expect(waiting).toBeGreaterThan(3);

    // The store is back: the next thing the player does sends everything that waited, then itself.
    await context.unroute(`${origin}/**`);
    await press(page, /^Plan week 2/);
    await page.locator('#visit-ward').check();
    await press(page, /^Start the week$/);
    await expect.poll(() => screen(page)).toBe('scene');
    if ((await readOn(page)) === 'choices') await page.locator('button.choice').first().click();
    const decisions = await decisionsSaved(page);
    await waitForStore(page, () => verbs(mine()).filter((v) => v === 'answered').length, decisions);

    const all = mine();
    expect(lrs.refused).toEqual([]);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    expect(verbs(all).filter((v) => v === 'answered')).toHaveLength(decisions);
    expect(verbs(all).filter((v) => v === 'progressed')).toHaveLength(1);
    // In the order they were made: each statement's own time never goes backwards.
    const times = all.map((s) => s.timestamp!);
    expect([...times].sort()).toEqual(times);
    // Week one's end carries the run as a result the dashboard can read.
    const week = all.find((s) => s.verb.id === VERB.progressed.id)!;
    expect(String(week.result!.extensions![EXT.result])).toMatch(/^CG:1\/1:/);
    // A reload of the tidied address still reports to the store the link named.
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await play(page, { pick: () => 0, until: async () => (await decisionsSaved(page)) > decisions });
    await waitForStore(page, () => verbs(mine()).filter((v) => v === 'answered').length, decisions + 1);
    // The only errors are the browser's own notes of the requests the cut-off store did not answer.
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.close();
  });

  it('gives the facilitator’s dashboard the room: every player’s latest result, read from the store', async () => {
    const story = compileInk('stories/main.ink').json!;
    const room = simulatedRoom(story, SESSION, SEED, 12, { weeks: 4, midSession: 4, stopWeek: 2 });
    let n = 0;
    const random = seededRandom(44);
    const stamp = () => ({
      id: uuidOf(Uint8Array.from({ length: 16 }, () => Math.floor(random() * 256))),
      timestamp: new Date(Date.UTC(2026, 10, 30, 10, 0, n++)).toISOString(),
    });
    const report = async (i: number, state: (typeof room)[number]['state']): Promise<void> => {
      const frame = {
        actor: { objectType: 'Agent' as const, account: { homePage: base, name: `player-${i}` } },
        activityId: base,
        registration: registrationOf(SESSION, SEED),
      };
      const { statements } = statementsSince(state, freshCursor(state.run.id), frame, story, stamp, 1_800_000);
      const sent = await fetch(`${lrs.endpoint}statements`, {
        method: 'POST',
        headers: { authorization: lrs.auth, 'content-type': 'application/json', 'x-experience-api-version': '1.0.3' },
        body: JSON.stringify(statements),
      });
      expect(sent.status).toBe(200);
    };
    for (const [i, p] of room.entries()) await report(i, p.state);
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(
      `${base}?workshop=dashboard&session=${SESSION}&code=${SEED}&mode=solo&weeks=4&endpoint=${encodeURIComponent(lrs.endpoint)}`,
    );
    await page.getByRole('heading', { name: `Room dashboard · session ${SESSION}` }).waitFor();
    expect(await page.getByLabel('Record store address').inputValue()).toBe(lrs.endpoint);
    // A wrong address is said to be one, and is not asked again until the facilitator presses Read the room.
    const wrong = lrs.endpoint.replace('/xapi/', '/lrs/');
    let wrongAsked = 0;
    page.on('request', (r) => void (r.method() === 'GET' && r.url().startsWith(wrong) && wrongAsked++));
    await page.getByLabel('Record store address').fill(wrong);
    await page.getByLabel('Key that can read statements').fill('workshop');
    await page.getByLabel('Its secret').fill('secret');
    await page.getByRole('button', { name: 'Read the room' }).click();
    await page
      .locator('.store-status', {
        hasText: 'That address did not answer as a record store (error 404), so the dashboard has stopped asking it.',
      })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Check now' }).isVisible()).toBe(false);
    await page.getByLabel('Record store address').fill(lrs.endpoint);
    // A wrong key is refused with the reason.
    await page.getByLabel('Key that can read statements').fill('workshop');
    await page.getByLabel('Its secret').fill('wrong');
    await page.getByRole('button', { name: 'Read the room' }).click();
    await page.locator('.store-status', { hasText: 'did not accept this key' }).waitFor();
    expect(lrs.refused.splice(0)).toEqual(['401 GET /xapi/statements']);
    await page.getByLabel('Its secret').fill('secret');
    await page.getByRole('button', { name: 'Read the room' }).click();
    // Twelve simulated players and the one who played in the first test.
    await page.locator('.store-status', { hasText: '13 games have reported so far, checked' }).waitFor();
    const resultsIn = page.locator('.room-counts dt', { hasText: 'Results in' }).locator('xpath=following-sibling::dd');
    await expect.poll(async () => Number(await resultsIn.textContent()), { timeout: 20_000 }).toBe(13);
    const finished = room.filter((p) => p.state.screen === 'debrief' || p.state.ending).length;
    const done = page.locator('.room-counts dt', { hasText: 'Finished' }).locator('xpath=following-sibling::dd');
    expect(Number(await done.textContent())).toBe(finished);
    // Checking again finds nothing new, and counts nobody twice.
    await page.getByRole('button', { name: 'Check now' }).click();
    await page.locator('.store-status', { hasText: '13 games have reported so far, checked' }).waitFor();
    expect(Number(await resultsIn.textContent())).toBe(13);
    // A latecomer reports at week two, then plays on to the debrief: the later result updates the same player,
    // counted once, and the log (read aloud as it changes) stays quiet, as a store brings such an update every
    // week for every player; the store's own status line counts them.
    const latecomer = new Game({ story, slot: null, random: seededRandom(77) });
    latecomer.send({ type: 'NEW_GAME' });
    latecomer.send({ type: 'CHOOSE_ROLE', role: 'manager', seed: SEED, session: SESSION, weeks: 4 });
    latecomer.send({ type: 'BEGIN' });
    const moves = seededRandom(78);
    while (latecomer.state.week < 3) expect(move(latecomer, STRATEGIES.random!, moves)).toBeNull();
    await report(13, latecomer.state);
    await page.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(async () => Number(await resultsIn.textContent()), { timeout: 20_000 }).toBe(14);
    while (latecomer.state.screen !== 'debrief') expect(move(latecomer, STRATEGIES.random!, moves)).toBeNull();
    await report(13, latecomer.state);
    await page.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(async () => Number(await done.textContent()), { timeout: 20_000 }).toBe(finished + 1);
    expect(Number(await resultsIn.textContent())).toBe(14);
    // The status line counts games, not the results each sends every week.
    await page
      .locator('.store-status', {
        hasText:
          /^Reading the room from the record store: 14 games have reported so far \(1[5-9] results in all, as a game reports again each week\), checked at /,
      })
      .waitFor();
    // The latest line is still the latecomer joining.
    expect(await page.locator('.intake-log li').first().textContent()).toBe(
      'Added an operational manager (week 3) from the record store.',
    );
    expect(await page.locator('.intake-log li', { hasText: /^Updated/ }).count()).toBe(0);
    expect(lrs.refused).toEqual([]);
    expect(wrongAsked).toBe(1);
    expect(errors).toEqual([
      'Failed to load resource: the server responded with a status of 404 (Not Found)',
      'Failed to load resource: the server responded with a status of 401 (Unauthorized)',
    ]);
    await context.close();
  });

  it('plays a cmi5 launch: the platform’s token and launch data, then every statement in its context', async () => {
    const registration = 'c0ffee00-1234-4abc-8def-0123456789ab';
    const activityId = 'https://platform.example.nhs.uk/course/common-ground/au/1';
    lrs.launchData = {
      contextTemplate: {
        contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://platform.example.nhs.uk/course/cg' }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'cmi5-session-1' },
      },
      launchMode: 'Normal',
      moveOn: 'Completed',
    };
    const actor = { objectType: 'Agent', account: { homePage: 'https://platform.example.nhs.uk', name: 'learner-7' } };
    const q = new URLSearchParams({
      endpoint: lrs.endpoint,
      fetch: lrs.fetchUrl,
      actor: JSON.stringify(actor),
      registration,
      activityId,
    });
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${base}?${q.toString()}`);
    const ours = () => lrs.stored.filter((s) => s.context?.registration === registration);
    await waitForStore(page, () => ours().length, 1);
    expect(verbs(ours())[0]).toBe('initialized');
    // A learner the platform launched is not offered the facilitator's tools, nor a workshop to join.
    expect(await page.getByRole('link', { name: 'Run a workshop' }).count()).toBe(0);
    expect(await page.getByText('Join a workshop').count()).toBe(0);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Play as clinician leader' }).click();
    await press(page, /^Begin Monday$/);
    for (let made = 0; made < 3;) {
      if ((await readOn(page)) === 'choices') {
        await page.locator('button.choice').first().click();
        made++;
      }
    }
    await waitForStore(page, () => verbs(ours()).filter((v) => v === 'answered').length, 3);
    for (const s of ours()) {
      expect(s.actor).toMatchObject({ account: actor.account });
      expect(s.context!.extensions!['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe('cmi5-session-1');
    }
    // A reload keeps the platform's session: its token (which the platform hands out once) is reused.
    const answeredBefore = verbs(ours()).filter((v) => v === 'answered').length;
    await page.reload();
    // A launched learner's title offers Continue once the game has read the launch (the shell before it cannot tell
    // whose save this browser holds); on a loaded machine that outlasts sixty Tabs.
    await page.getByRole('button', { name: /^Continue/ }).waitFor({ timeout: 30_000 });
    await press(page, /^Continue/);
    await expect.poll(() => screen(page)).toBe('scene');
    for (let made = 0; made < 1;) {
      if ((await readOn(page)) === 'choices') {
        await page.locator('button.choice').first().click();
        made++;
      }
    }
    await waitForStore(page, () => verbs(ours()).filter((v) => v === 'answered').length, answeredBefore + 1);
    expect(verbs(ours()).filter((v) => v === 'initialized')).toHaveLength(1);
    expect(await page.locator('.notice-banner', { hasText: 'could not be reached' }).count()).toBe(0);
    const answered = ours().find((s) => s.verb.id === VERB.answered.id)!;
    expect((answered.object as { id: string }).id.startsWith(`${activityId}/decision/`)).toBe(true);
    expect(lrs.refused).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers a cmi5 learner at the debrief the way back to the platform: completed, terminated, then the platform’s page', async () => {
    const registration = 'c0ffee00-1234-4abc-8def-0123456789ac';
    const activityId = 'https://platform.example.nhs.uk/course/common-ground/au/1';
    const returnURL = `${base}?back-at-the-platform`;
    lrs.launchData = {
      contextTemplate: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'cmi5-session-2' } },
      launchMode: 'Normal',
      moveOn: 'Completed',
      returnURL,
    };
    const q = new URLSearchParams({
      endpoint: lrs.endpoint,
      fetch: `${lrs.fetchUrl}?launch=2`,
      actor: JSON.stringify({
        objectType: 'Agent',
        account: { homePage: 'https://platform.example.nhs.uk', name: 'l-8' },
      }),
      registration,
      activityId,
    });
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await seedStorage(page, { 'common-ground.save': saveWhere('manager', (s) => s.screen === 'week' && s.week === 8) });
    await page.goto(`${base}?${q.toString()}`);
    const ours = () => lrs.stored.filter((s) => s.context?.registration === registration);
    await press(page, /^Continue$/);
    await page.getByRole('heading', { name: 'End of week 8' }).waitFor();
    await play(page, { pick: () => 0, until: async () => (await screen(page)) === 'ending' });
    expect(await page.getByRole('button', { name: 'Return to the learning platform' }).count()).toBe(0);
    await press(page, /^See your debrief$/);
    await page.getByRole('heading', { name: 'Debrief', exact: true }).waitFor();
    await waitForStore(page, () => verbs(ours()).filter((v) => v === 'completed').length, 1);
    // The way back sits with the debrief's own actions, beside printing.
    const back = page.locator('.glance-actions').getByRole('button', { name: 'Return to the learning platform' });
    await back.waitFor();
    await back.click();
    await page.waitForURL(returnURL);
    expect(verbs(ours()).at(-1)).toBe('terminated');
    expect(verbs(ours()).filter((v) => v === 'completed')).toHaveLength(1);
    expect(lrs.refused).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
