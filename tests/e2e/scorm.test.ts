/**
 * Inside a learning platform (issue 13), against the real packages: a harness
 * page plays the platform (`scorm-again`, SCORM 1.2 and 2004) and launches the
 * packaged game in an iframe. Week one is played with the keyboard; the game
 * is closed; the browser's storage is cleared; relaunched, the game resumes at
 * the same place from the platform's data alone. A run resumed at its ending
 * reports completion, its score and every decision. A platform that refuses
 * every call does not stop play.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { Game } from '../../src/engine/run/game.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { autosaveWhere, move, STRATEGIES } from '../../src/engine/drive/simulate.ts';
import { WORKSHOP_WEEKS } from '../../src/engine/rules/types.ts';
import { scoreOf, SUSPEND_LIMIT, suspendData } from '../../src/platform/scorm-data.ts';
import { refuseStorage, savedGame, useBrowser, watchErrors } from './browser.ts';
import { servePlatform } from './lms.ts';
import { NOT_CONNECTED } from '../../src/platform/package-mark.ts';

const browserFor = useBrowser();
const story = compileInk('stories/main.ink').json!;

/** The game's frame inside the harness, once its title is up. */
async function gameFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const frame = page.frames().find((f) => f.url().includes('/pkg/index.html'));
    if (frame && (await frame.locator('.app').count())) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('the packaged game never started in the platform’s frame');
}

const screenOf = async (frame: Frame) => (await frame.locator('.app').getAttribute('data-screen')) ?? '';

/** Press a visible button with the keyboard: focus it, then Enter. */
async function pressKey(page: Page, frame: Frame, selector: ReturnType<Frame['locator']>): Promise<boolean> {
  if (!(await selector.isVisible())) return false;
  await selector.focus();
  await page.keyboard.press('Enter');
  return true;
}

/** Wait for a button to be shown (the title's shell hands over to the game as it loads), then press it. */
async function pressWhenShown(page: Page, frame: Frame, selector: ReturnType<Frame['locator']>): Promise<void> {
  await selector.waitFor({ state: 'visible' });
  expect(await pressKey(page, frame, selector)).toBe(true);
}

/** Play with the keyboard until the week's summary. */
async function playWeekOne(page: Page, frame: Frame): Promise<void> {
  for (let i = 0; i < 600 && (await screenOf(frame)) !== 'week'; i++) {
    if (await pressKey(page, frame, frame.getByRole('button', { name: 'Continue', exact: true }))) continue;
    if (await pressKey(page, frame, frame.locator('button.choice').first())) continue;
    if (await pressKey(page, frame, frame.getByRole('button', { name: /^(On to|Also on|End of week)/ }).first()))
      continue;
    await page.waitForTimeout(20);
  }
  expect(await screenOf(frame)).toBe('week');
}

const savedDecisions = async (frame: Frame) =>
  (await savedGame<{ state: { decisions: unknown[] } }>(frame))?.state.decisions.length ?? -1;

/** What the platform holds, read from its side (its JSON form includes the write-only fields). */
function platformData(page: Page, version: '1.2' | '2004') {
  return page.evaluate((v) => {
    type Api = { cmi: { interactions: { childArray: unknown[] } }; isTerminated(): boolean };
    const w = window as unknown as { API?: Api; API_1484_11?: Api };
    const api = v === '1.2' ? w.API! : w.API_1484_11!;
    const json = JSON.parse(JSON.stringify(api.cmi)) as Record<string, Record<string, unknown> | string | undefined>;
    const core = (v === '1.2' ? json.core : json) as Record<string, unknown>;
    const score = (core.score ?? {}) as Record<string, unknown>;
    return {
      status: String(v === '1.2' ? core.lesson_status : core.completion_status),
      location: String(v === '1.2' ? core.lesson_location : core.location),
      exit: String(core.exit ?? ''),
      time: String(core.session_time ?? ''),
      raw: String(score.raw ?? ''),
      suspend: String(json.suspend_data ?? ''),
      interactions: api.cmi.interactions.childArray.length,
      terminated: api.isTerminated(),
    };
  }, version);
}

describe.each([
  ['1.2', 'scorm12'],
  ['2004', 'scorm2004'],
] as const)('inside a SCORM %s platform', (version, kind) => {
  let platform: Awaited<ReturnType<typeof servePlatform>>;
  beforeAll(async () => {
    platform = await servePlatform(kind);
  });
  afterAll(async () => platform.close());

  it('plays week one with the keyboard, closes, and resumes at the same place from the platform’s data alone', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1300, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${platform.url}/harness.html`);
    await page.evaluate(
      (v) => (window as unknown as { launch: (...a: unknown[]) => void }).launch(v, null, false),
      version,
    );
    let frame = await gameFrame(page);
    // A learner inside a platform is not offered the facilitator's tools.
    await expect.poll(() => frame.getByRole('link', { name: 'Run a workshop' }).count()).toBe(0);
    await pressWhenShown(page, frame, frame.getByRole('button', { name: 'New game' }));
    await pressWhenShown(page, frame, frame.getByRole('button', { name: 'Play as operational manager' }));
    await pressWhenShown(page, frame, frame.getByRole('button', { name: 'Begin Monday' }));
    await playWeekOne(page, frame);
    const decisions = await savedDecisions(frame);
    expect(decisions).toBeGreaterThanOrEqual(8);
    const during = await platformData(page, version);
    expect(during.status).toBe('incomplete');
    expect(during.location).toMatch(/^week 1, /);
    expect(during.interactions).toBe(decisions);
    expect(during.suspend.startsWith('S3;')).toBe(true);
    expect(during.suspend.length).toBeLessThanOrEqual(SUSPEND_LIMIT['1.2']);

    // Close: the session is finished and suspended, with its time.
    await page.evaluate(() => (window as unknown as { closeGame: () => void }).closeGame());
    await expect.poll(async () => (await platformData(page, version)).terminated).toBe(true);
    const closed = await platformData(page, version);
    expect(closed.exit).toBe('suspend');
    expect(closed.time).toMatch(version === '1.2' ? /^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/ : /^PT/);

    // Another device, or this one with its storage cleared: only the platform's data is left.
    await page.evaluate(() => localStorage.clear());
    const kept =
      version === '1.2'
        ? {
            suspend_data: closed.suspend,
            core: { lesson_location: closed.location, lesson_status: closed.status, entry: 'resume' },
          }
        : {
            suspend_data: closed.suspend,
            location: closed.location,
            completion_status: closed.status,
            entry: 'resume',
          };
    await page.evaluate(
      ([v, data]) => (window as unknown as { launch: (...a: unknown[]) => void }).launch(v, data, false),
      [version, kept] as const,
    );
    frame = await gameFrame(page);
    await expect.poll(() => screenOf(frame)).toBe('week');
    expect(await frame.locator('main h1').textContent()).toBe('End of week 1');
    expect(await savedDecisions(frame)).toBe(decisions);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reports completion, the score and every decision when the learner reaches the debrief', async () => {
    // A workshop quarter played to its ending in Node, as a platform would have kept it.
    const game = new Game({ story, slot: null, random: seededRandom(4) });
    game.send({ type: 'NEW_GAME' });
    game.send({ type: 'CHOOSE_ROLE', role: 'clinician', weeks: WORKSHOP_WEEKS });
    game.send({ type: 'BEGIN' });
    const random = seededRandom(9);
    while (game.state.screen !== 'ending') expect(move(game, STRATEGIES.diagnose!, random)).toBeNull();
    const suspend = suspendData(game.state, story, SUSPEND_LIMIT['1.2'])!.text;
    const context = await browserFor().newContext({ viewport: { width: 1300, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${platform.url}/harness.html`);
    // This browser holds another run of the player's: it is kept among their runs, not overwritten.
    const other = autosaveWhere(story, 'manager', (s) => s.screen === 'plan');
    const otherId = (JSON.parse(other) as { state: { run: { id: string } } }).state.run.id;
    await page.evaluate((text) => localStorage.setItem('common-ground.save', text), other);
    const kept =
      version === '1.2'
        ? { suspend_data: suspend, core: { entry: 'resume' } }
        : { suspend_data: suspend, entry: 'resume' };
    await page.evaluate(
      ([v, data]) => (window as unknown as { launch: (...a: unknown[]) => void }).launch(v, data, false),
      [version, kept] as const,
    );
    const frame = await gameFrame(page);
    await expect.poll(() => screenOf(frame)).toBe('ending');
    await pressKey(page, frame, frame.getByRole('button', { name: /^See your debrief/ }));
    await expect.poll(() => screenOf(frame)).toBe('debrief');
    const done = await platformData(page, version);
    expect(done.status).toBe('completed');
    expect(Number(done.raw)).toBe(scoreOf(game.state));
    // The learner is told the number the platform keeps, and what it counts.
    expect(await frame.locator('#glance-level').textContent()).toContain(
      `records this as a score of ${scoreOf(game.state)} out of 100`,
    );
    expect(done.interactions).toBe(game.state.decisions.length);
    expect(done.location).toBe('debrief');
    const archived = await page.evaluate(() => localStorage.getItem('common-ground.runs') ?? '');
    expect(archived).toContain(otherId);
    await page.evaluate(() => (window as unknown as { closeGame: () => void }).closeGame());
    await expect.poll(async () => (await platformData(page, version)).exit).toBe(version === '1.2' ? '' : 'normal');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('one browser, two learners (a shared ward PC)', () => {
  it('a second learner is not offered the first one’s game, and the first gets it back', async () => {
    const platform = await servePlatform('scorm12');
    const context = await browserFor().newContext({ viewport: { width: 1300, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${platform.url}/harness.html`);
    const launchAs = async (learner: string, kept: Record<string, unknown> = {}) => {
      await page.evaluate(
        ([id, data]) =>
          (window as unknown as { launch: (...a: unknown[]) => void }).launch(
            '1.2',
            { ...data, core: { ...((data as { core?: object }).core ?? {}), student_id: id } },
            false,
          ),
        [learner, kept] as const,
      );
      return gameFrame(page);
    };
    // Learner A plays a scene and leaves.
    let frame = await launchAs('A1001');
    await pressWhenShown(page, frame, frame.getByRole('button', { name: 'New game' }));
    await pressWhenShown(page, frame, frame.getByRole('button', { name: 'Play as clinician leader' }));
    await pressWhenShown(page, frame, frame.getByRole('button', { name: 'Begin Monday' }));
    for (let i = 0; i < 200 && !(await pressKey(page, frame, frame.locator('button.choice').first())); i++)
      if (!(await pressKey(page, frame, frame.getByRole('button', { name: 'Continue', exact: true }))))
        await page.waitForTimeout(20);
    await expect.poll(() => savedDecisions(frame)).toBeGreaterThan(0);
    const aDecisions = await savedDecisions(frame);
    expect(aDecisions).toBeGreaterThan(0);
    const aData = await platformData(page, '1.2');
    await page.evaluate(() => (window as unknown as { closeGame: () => void }).closeGame());
    await expect.poll(async () => (await platformData(page, '1.2')).terminated).toBe(true);

    // Learner B, new to the course, on the same browser: a title with nothing to continue, and nothing of A's sent.
    frame = await launchAs('B2002');
    await frame.getByRole('button', { name: 'New game' }).waitFor();
    await expect.poll(() => frame.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
    // The title is up before the game has loaded and learnt who is playing: A's game is set aside once it has.
    await expect.poll(() => savedDecisions(frame)).toBe(-1);
    expect(await frame.getByRole('button', { name: 'Continue' }).count()).toBe(0);
    const bData = await platformData(page, '1.2');
    expect(bData.suspend).toBe('');
    expect(bData.interactions).toBe(0);
    await page.evaluate(() => (window as unknown as { closeGame: () => void }).closeGame());

    // A comes back: their game is there to continue, as they left it.
    frame = await launchAs('A1001', { suspend_data: aData.suspend, core: { lesson_location: aData.location } });
    await pressWhenShown(page, frame, frame.getByRole('button', { name: 'Continue' }));
    await expect.poll(() => screenOf(frame)).toBe('scene');
    expect(await savedDecisions(frame)).toBe(aDecisions);
    expect(errors).toEqual([]);
    await context.close();
    await platform.close();
  });

  it('a game played here outside the platform is set aside for a learner, and the learner is told where it is', async () => {
    const platform = await servePlatform('scorm12');
    const context = await browserFor().newContext({ viewport: { width: 1300, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${platform.url}/harness.html`);
    const outside = autosaveWhere(story, 'manager', (_s, flow) => flow === 'plan', { seed: 'K7M2QX' });
    await page.evaluate((save) => localStorage.setItem('common-ground.save', save), outside);
    await page.evaluate(() =>
      (window as unknown as { launch: (...a: unknown[]) => void }).launch(
        '1.2',
        { core: { student_id: 'C3003' } },
        false,
      ),
    );
    const frame = await gameFrame(page);
    const notice = frame.locator('.notice', {
      hasText: 'Kept aside in this browser, not deleted: a game played in this browser outside your learning platform.',
    });
    await notice.waitFor();
    expect(await frame.getByRole('button', { name: 'Continue' }).count()).toBe(0);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download it' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('common-ground-set-aside-game.json');
    expect(await page.evaluate(() => localStorage.getItem('common-ground.save@unclaimed'))).toBe(outside);
    expect(errors).toEqual([]);
    await context.close();
    await platform.close();
  });
});

describe('a course whose files are served where the platform cannot be reached', () => {
  it('says the platform will not record it, and does not offer the facilitator’s tools', async () => {
    const platform = await servePlatform('scorm12');
    const context = await browserFor().newContext({ viewport: { width: 1300, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // The package's own page with no platform around it: what a learner meets when its API is out of reach.
    await page.goto(`${platform.url}/pkg/index.html`);
    const notice = page.locator('.notice-banner', { hasText: 'cannot reach the platform from this page' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(NOT_CONNECTED);
    expect(await page.getByRole('link', { name: 'Run a workshop' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
    await platform.close();
  });
});

describe('a work PC whose browser lets the course store nothing', () => {
  it('is told the platform keeps its place, which it does, and is not told the place is lost', async () => {
    const platform = await servePlatform('scorm12');
    const context = await browserFor().newContext({ viewport: { width: 1300, height: 900 } });
    // Storage refused to the course's frame only, as a work policy or blocked third-party storage does.
    await refuseStorage(context, '/pkg/');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${platform.url}/harness.html`);
    await page.evaluate(() => (window as unknown as { launch: (...a: unknown[]) => void }).launch('1.2', null, false));
    const frame = await gameFrame(page);
    await frame.locator('.notice', { hasText: 'Your learning platform keeps your place' }).waitFor();
    await pressWhenShown(page, frame, frame.getByRole('button', { name: 'New game' }));
    await pressWhenShown(page, frame, frame.getByRole('button', { name: 'Play as operational manager' }));
    await pressWhenShown(page, frame, frame.getByRole('button', { name: 'Begin Monday' }));
    await playWeekOne(page, frame);
    expect(await frame.locator('.save-banner').textContent()).toMatch(/learning platform keeps your place/);
    expect(await frame.getByText(/will not be kept/).count()).toBe(0);
    // Nothing to warn of in the bar: the place is kept.
    expect(await frame.locator('.save-mark').isVisible()).toBe(false);
    const kept = await platformData(page, '1.2');
    expect(kept.interactions).toBeGreaterThanOrEqual(8);
    expect(kept.suspend.startsWith('S3;')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
    await platform.close();
  });
});

describe('a platform that refuses every call', () => {
  it('does not stop play: the refusals are logged and the game carries on, saved in the browser', async () => {
    const platform = await servePlatform('scorm12');
    const context = await browserFor().newContext({ viewport: { width: 1300, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const refusals: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' && m.text().startsWith('Learning platform refused')) refusals.push(m.text());
    });
    await page.goto(`${platform.url}/harness.html`);
    await page.evaluate(() => (window as unknown as { launch: (...a: unknown[]) => void }).launch('1.2', null, true));
    const frame = await gameFrame(page);
    await pressWhenShown(page, frame, frame.getByRole('button', { name: 'New game' }));
    await pressWhenShown(page, frame, frame.getByRole('button', { name: 'Play as clinician leader' }));
    await pressWhenShown(page, frame, frame.getByRole('button', { name: 'Begin Monday' }));
    await playWeekOne(page, frame);
    expect(await savedDecisions(frame)).toBeGreaterThanOrEqual(8);
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals[0]).toMatch(/error 101 \(General exception\)\. Play carries on\./);
    // The learner hears it too: the platform is not keeping their progress, the browser is.
    expect(await frame.locator('.notice-banner').textContent()).toMatch(/not accepting your progress/);
    expect(errors).toEqual([]);
    await context.close();
    await platform.close();
  });
});
