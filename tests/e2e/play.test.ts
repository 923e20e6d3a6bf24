/** Keyboard-only play, resume after reload, and no console errors — on the production build. */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import {
  beginQuarter,
  continueFrom,
  expectNoAxeViolations,
  heading,
  useBrowser,
  meters,
  play,
  playWeek,
  press,
  quarterPage,
  readOn,
  refuseStorage,
  screen,
  painted,
  savedGame,
  settle,
  tabTo,
  watchErrors,
} from './browser.ts';
import { saveWhere } from './saves.ts';
import { SAVE_VERSION } from '../../src/engine/run/save.ts';
import { seedStorage } from '../../src/tools/chromium.ts';
import { MAP_SPOTS } from '../../scenes/spots.ts';
import { isReviewKnot } from '../../src/engine/rules/quarter.ts';
import { overtimeOf, type GameState } from '../../src/engine/rules/rules.ts';
import { hoursText } from '../../src/engine/rules/prose.ts';
import { weekly } from '../../src/engine/read/debrief.ts';
import { recordOf } from '../../src/engine/read/record.ts';

const browserFor = useBrowser();
const base = inject('baseURL');

async function freshPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(base);
  await page.getByRole('button', { name: 'New game' }).waitFor();
  return { page, errors };
}

describe('playing with the keyboard alone', () => {
  it('plays a whole quarter as the operational manager: eight weeks, the map, the review, an ending, the debrief', async () => {
    const { page, errors } = await freshPage();
    expect(await heading(page)).toBe('Common Ground');
    await press(page, /^New game$/);
    await page.getByRole('heading', { name: 'Choose your role' }).waitFor();
    // Both roles' Play buttons show without scrolling on a 1366 × 768 laptop, under how long and who is playing
    // (they sat under what each role has and lacks, at 1,106 px), and side by side at one height.
    await page.setViewportSize({ width: 1366, height: 768 });
    const plays = await page
      .locator('.role-card > button')
      .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect()));
    expect(plays).toHaveLength(2);
    for (const play of plays) expect(play.bottom).toBeLessThanOrEqual(768);
    expect(plays[0]!.top).toBe(plays[1]!.top);
    await page.setViewportSize({ width: 1280, height: 900 });
    // Radio buttons are sized in the text's em, so they grow with Larger text (a control's own font would not).
    const radio = await page
      .locator('input[name="run-length"]')
      .first()
      .evaluate((r) => ({
        width: r.getBoundingClientRect().width,
        text: parseFloat(getComputedStyle(r.closest('label')!).fontSize),
      }));
    expect(radio.width).toBeCloseTo(1.2 * radio.text, 0);
    // A quarter code is one step away; a typed one is checked, and a bad one is explained and nothing starts.
    expect(await page.locator('#quarter-code').isVisible()).toBe(false);
    await press(page, /^Play a particular quarter/);
    await page.locator('#quarter-code').focus();
    await page.keyboard.type('OIL123');
    await press(page, /^Play as operational manager/);
    expect(await page.locator('#quarter-code-error').textContent()).toMatch(/"O", "I", "L", "1" can.t appear/);
    expect(await heading(page)).toBe('Choose your role');
    // Folded away, a bad code opens again to show its reason.
    await press(page, /^Play a particular quarter/);
    expect(await page.locator('#quarter-code').isVisible()).toBe(false);
    await press(page, /^Play as operational manager/);
    expect(await page.locator('#quarter-code-error').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quarter-code');
    await page.locator('#quarter-code').fill('k7m2qx');
    await press(page, /^Play as operational manager/);
    await page.getByRole('heading', { name: 'Week one briefing' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Quarter code: K7M2QX');
    // The optional self-assessment before the quarter, by keyboard: one answer per statement.
    await press(page, /^Optional: rate yourself before you start/);
    for (let item = 1; item <= 6; item++) {
      await page.locator(`input[name="self-before-s${item}"]`).first().focus();
      for (let step = 1; step < (item % 2 ? 2 : 3); step++) await page.keyboard.press('ArrowRight');
    }
    await press(page, /^Save my answers$/);
    await page.getByText('Saved. The debrief asks the same six statements again').waitFor();
    const start = await meters(page);
    await press(page, /^Begin Monday$/);
    const decisions = await play(page, {
      pick: (n, step) => (step * 7) % n,
      visits: (week) => (week % 2 ? ['ward', 'cafe'] : ['exec']),
      until: async () => (await heading(page)) === 'Debrief',
    });
    expect(decisions).toBeGreaterThanOrEqual(30);
    // The debrief names the hidden level and lists every decision; its charts come with tables.
    expect(await page.locator('.reveal').textContent()).toMatch(
      /code K7M2QX\) the most pressing tension sat at the (organisation|department|practice) level/,
    );
    expect(await page.locator('table.decisions tbody tr').count()).toBe(decisions);
    // No week is left to spend hours on.
    expect(await page.getByRole('meter', { name: 'Hours left this week' }).isHidden()).toBe(true);
    // The timeline is drawn; the skills are bars in the page. Each has a table of its figures after it.
    expect(await page.locator('svg.chart[role="img"]').count()).toBe(1);
    expect(await page.locator('figure.skill-bars[role="img"]').count()).toBe(1);
    expect(await page.locator('.chart-figure + .table-scroll table, .skill-bars + .table-scroll table').count()).toBe(
      2,
    );
    expect(await meters(page)).not.toEqual(start);
    // The same statements after the quarter, and the change beside each (the part opens from the keyboard).
    await press(page, /^Self-assessment$/);
    for (let item = 1; item <= 6; item++) await page.locator(`input[name="self-after-s${item}"][value="4"]`).check();
    await press(page, /^Save my answers$/);
    const rows = await page
      .locator('.self-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toHaveLength(6);
    // Odd statements were answered 2 before, even ones 3; all 4 after.
    expect(rows[0]!.slice(0, 3)).toEqual(['2 (disagree)', '4 (agree)', '+2']);
    expect(rows[1]!.slice(0, 3)).toEqual(['3 (neither)', '4 (agree)', '+1']);
    // And beside each, what the run did that bears on it.
    expect(rows[0]![3]).toMatch(/^Asked about \d+ of the other side’s words, and looked up \d+\.$/);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('after Settings or the Notebook is closed mid-scene, Enter reads on, as the briefing says', async () => {
    const { context, page, errors } = await quarterPage(browserFor(), base, { viewport: { width: 390, height: 844 } });
    const lines = page.getByRole('log', { name: 'Story' }).locator('.line');
    await page.getByRole('button', { name: 'Continue', exact: true }).waitFor();
    for (const [name, close] of [
      ['Settings', 'Escape'],
      ['Notebook', 'Close'],
    ] as const) {
      await tabTo(page, new RegExp(`^${name}$`));
      await page.keyboard.press('Enter');
      const dialog = page.locator('dialog[open]');
      await dialog.waitFor();
      if (close === 'Escape') await page.keyboard.press('Escape');
      else {
        await tabTo(page, /^Close$/);
        await page.keyboard.press('Enter');
      }
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Continue');
      const before = await lines.count();
      await page.keyboard.press('Enter');
      await expect.poll(() => lines.count()).toBe(before + 1);
      expect(await page.locator('dialog[open]').count(), `${name} opened again`).toBe(0);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Tab back onto the bar’s Settings or Notebook leaves the page where it was, the choices in view', async () => {
    const { context, page, errors } = await quarterPage(browserFor(), base, { viewport: { width: 390, height: 844 } });
    expect(await readOn(page)).toBe('choices');
    // The scene scrolls to its latest line a frame after painting it: on a loaded machine that frame can come
    // after the choices show, so wait for two frames in a row that leave the page where it is.
    await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let y = -1; y !== scrollY;) {
        y = scrollY;
        await frame();
        await frame();
      }
    });
    const at = () => page.evaluate(() => [scrollY, document.activeElement?.closest('.topbar') !== null] as const);
    const [start] = await at();
    expect(start).toBeGreaterThan(0);
    let before = start;
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Shift+Tab');
      const [y, inBar] = await at();
      if (inBar) {
        expect(y, 'the page moved as the focus reached the bar').toBe(before);
        break;
      }
      before = y;
      if (i === 29) throw new Error('Shift+Tab never reached the bar');
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plans a week on the map as the clinician leader, asks about a word, and reads the notebook', async () => {
    const { page, errors } = await freshPage();
    await press(page, /^New game$/);
    await press(page, /^Play as clinician leader/);
    await press(page, /^Begin Monday$/);
    await playWeek(page, () => 0);
    expect(await heading(page)).toBe('End of week 1');
    // With the week over, the bar's hours are what went unspent, not time still to use.
    const unspent = page.getByRole('meter', { name: 'Hours unspent, the week over' });
    expect(await unspent.locator('.meter-label').textContent()).toBe('Unspent');
    expect(await unspent.getAttribute('aria-valuetext')).toMatch(/^\d+(\.5)? of \d+ hours went unspent$/);
    await press(page, /^Plan week 2$/);
    await page.getByRole('heading', { name: 'Plan week 2' }).waitFor();
    // No visit yet: the plan says what a week out of sight costs before it is chosen.
    expect(await page.getByText(/^No visits planned/).textContent()).toMatch(
      /No visit to Riverside House: executives won’t see you\. Trust of executives −1\.$/,
    );
    // The plan is a form: costs from where you work, a running total, at most three places.
    const hours = Number(await page.getByRole('meter', { name: 'Hours left this week' }).getAttribute('aria-valuemax'));
    // A tap on the map's ward marker ticks the ward in the form (the map speaks to the form over the channel).
    const ward = page.locator('#visit-ward');
    const canvas = page.locator('canvas');
    await canvas.waitFor();
    const tapWard = async () => {
      const box = (await canvas.boundingBox())!;
      await page.mouse.click(
        box.x + (MAP_SPOTS.ward.x / 1280) * box.width,
        box.y + (MAP_SPOTS.ward.y / 720) * box.height,
      );
    };
    for (let i = 0; i < 40 && !(await ward.isChecked()); i++) {
      await tapWard(); // until the map is up, a tap does nothing
      await page.waitForTimeout(250);
    }
    expect(await ward.isChecked()).toBe(true);
    // A week on the clinical side alone is still out of Riverside House's sight.
    expect(await page.locator('.plan-total').textContent()).toMatch(
      /^1 of 3 visits: .* No visit to Riverside House: executives won’t see you\. Trust of executives −1\.$/,
    );
    await tapWard();
    expect(await ward.isChecked()).toBe(false);
    for (const place of ['theatres', 'finance', 'cafe']) {
      await page.locator(`#visit-${place}`).focus();
      await page.keyboard.press('Space');
    }
    // A fourth place cannot be ticked once three are; it can still be reached, and says why.
    expect(await page.locator('#visit-ward').isDisabled()).toBe(true);
    // The finance office is in Riverside House: the week crosses over, and costs nothing for being out of sight.
    expect(await page.locator('.plan-total').textContent()).toMatch(/^3 of 3 visits/);
    expect(await page.locator('.plan-total').textContent()).not.toContain('No visit');
    await page.locator('#visit-ward').focus();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('visit-ward');
    await page.keyboard.press('Space');
    expect(await page.locator('#visit-ward').isChecked()).toBe(false);
    expect(await page.locator('.plan-map-note').textContent()).toMatch(/^You already have three visits this week/);
    await press(page, /^Start the week$/);
    await readOn(page);
    expect(await heading(page)).not.toBe('Plan week 2');
    // Managers' words are unknown to the clinician: play on until one is on screen, then ask.
    let asked = false;
    await play(page, {
      pick: () => 0,
      until: async () => {
        if (!asked && (await page.locator('.words:not([hidden]) button').count())) {
          const before = Number(
            await page.getByRole('meter', { name: 'Hours left this week' }).getAttribute('aria-valuenow'),
          );
          await press(page, /^Ask .*what it means/);
          await page.locator('.explained dt').first().waitFor();
          const after = Number(
            await page.getByRole('meter', { name: 'Hours left this week' }).getAttribute('aria-valuenow'),
          );
          expect(after).toBe(before - 0.5);
          asked = true;
        }
        return (await screen(page)) === 'week';
      },
    });
    expect(asked).toBe(true);
    expect(hours).toBeGreaterThan(0);
    await press(page, /^Notebook$/);
    const notebook = page.getByRole('dialog', { name: 'Notebook' });
    await notebook.waitFor();
    expect(await notebook.textContent()).toContain('Sister Grace Okafor');
    expect(await notebook.locator('.glossary dt').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('saving and resuming', () => {
  it('after a reload, Continue returns to the same scene, lines, choices and meters', async () => {
    const { page, errors } = await freshPage();
    await press(page, /^New game$/);
    await press(page, /^Play as operational manager/);
    await press(page, /^Begin Monday$/);
    // Finish Monday, then take one decision on Wednesday.
    for (;;) {
      const state = await readOn(page);
      if (state === 'end') break;
      await page.keyboard.press('1');
    }
    await press(page, /^On to/);
    await readOn(page);
    await page.keyboard.press('2');
    await readOn(page);
    const before = {
      heading: await heading(page),
      lines: await page.locator('.dialogue .line').allTextContents(),
      choices: await page.locator('section[aria-label="Choices"] button').allTextContents(),
      meters: await meters(page),
      hours: await page.getByRole('meter', { name: 'Hours left this week' }).getAttribute('aria-valuenow'),
    };
    await page.reload();
    await press(page, /^Continue$/);
    await page.locator('section[aria-label="Choices"] button').first().waitFor();
    expect(await heading(page)).toBe(before.heading);
    expect(await page.locator('.dialogue .line').allTextContents()).toEqual(before.lines);
    expect(await page.locator('section[aria-label="Choices"] button').allTextContents()).toEqual(before.choices);
    expect(await meters(page)).toEqual(before.meters);
    expect(await page.getByRole('meter', { name: 'Hours left this week' }).getAttribute('aria-valuenow')).toBe(
      before.hours,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a move’s save is written after the page has painted it, and before the page is left, even with no frame between', async () => {
    const { page, errors } = await freshPage();
    await press(page, /^New game$/);
    await press(page, /^Play as clinician leader/);
    await press(page, /^Begin Monday$/);
    expect(await readOn(page)).toBe('choices');
    const decisions = async () => (await savedGame<{ state: { decisions: unknown[] } }>(page))!.state.decisions.length;
    expect(await decisions()).toBe(0);
    // No frame comes again on this page (as on a tab hidden mid-move): only leaving the page writes the save.
    await page.evaluate(() => {
      window.requestAnimationFrame = () => 0;
    });
    await page.keyboard.press('1');
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('common-ground.save')!).state.decisions);
    expect(kept).toHaveLength(0);
    await page.reload();
    await page.getByRole('button', { name: 'New game' }).waitFor();
    expect(await decisions()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('after a reload part-way through a scene’s lines, Continue opens at the line the player had reached, the rest still to come', async () => {
    const { page, errors } = await freshPage();
    await press(page, /^New game$/);
    await press(page, /^Play as clinician leader/);
    await press(page, /^Begin Monday$/);
    const line = page.locator('.dialogue .line');
    const more = page.getByRole('button', { name: 'Continue', exact: true });
    await line.first().waitFor();
    await more.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => line.count()).toBe(3);
    const read = await line.allTextContents();
    await page.reload();
    await press(page, /^Continue$/);
    await line.first().waitFor();
    // The three lines read, not the whole opening at once; the next line waits behind Continue, which has the focus.
    expect(await line.allTextContents()).toEqual(read);
    expect(await more.isVisible()).toBe(true);
    expect(await more.evaluate((el) => el === document.activeElement)).toBe(true);
    // A screen reader hears where the scene is and the last line read, as the description of Continue.
    expect((await more.getAttribute('aria-describedby'))?.split(' ')).toEqual(['scene-intro', 'line-2']);
    expect(await page.locator('section[aria-label="Choices"]').isHidden()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => line.count()).toBe(4);
    expect(await readOn(page)).toBe('choices');
    const all = await line.count();
    // A page that kept no note of how far the player had read (an older release's) shows every line, as before.
    await painted(page);
    await page.evaluate(() => localStorage.removeItem('common-ground.reading'));
    await page.reload();
    await press(page, /^Continue$/);
    await page.locator('section[aria-label="Choices"] button').first().waitFor();
    expect(await line.count()).toBe(all);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the world only when its stage changes, at the size it is shown on the screen it is on: a line from whoever already speaks draws no frame', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // Phaser's Canvas renderer (this browser has no graphics card) clears the whole world before each frame it draws.
    await page.addInitScript(() => {
      const count = window as unknown as { worldFrames: number };
      count.worldFrames = 0;
      const clear = CanvasRenderingContext2D.prototype.clearRect;
      CanvasRenderingContext2D.prototype.clearRect = function (x, y, width, height) {
        const whole = x === 0 && y === 0 && width === this.canvas.width && height === this.canvas.height;
        if (whole && this.canvas instanceof HTMLCanvasElement && this.canvas.closest('.stage')) count.worldFrames++;
        clear.call(this, x, y, width, height);
      };
      // The pixel-density queries the page makes, so the test can say the density changed (below).
      const queries = window as unknown as { densityQueries: MediaQueryList[] };
      queries.densityQueries = [];
      const match = window.matchMedia.bind(window);
      window.matchMedia = (query: string) => {
        const list = match(query);
        if (query.startsWith('(resolution:')) queries.densityQueries.push(list);
        return list;
      };
    });
    const errors = watchErrors(page);
    await page.goto(base);
    await press(page, /^New game$/);
    await press(page, /^Play as clinician leader/);
    await press(page, /^Begin Monday$/);
    const frames = () => page.evaluate(() => (window as unknown as { worldFrames: number }).worldFrames);
    // The world is up and asleep: no frame for half a second.
    await page.locator('canvas').waitFor();
    let quiet = -1;
    for (let i = 0; i < 60; i++) {
      const now = await frames();
      if (now > 0 && now === quiet) break;
      quiet = now;
      await page.waitForTimeout(500);
    }
    // Each line, then the frames after it, where the world would draw the reader's line (a frame behind the page).
    const framesLater = () =>
      page.evaluate(
        () =>
          new Promise<void>((done) => {
            let n = 4;
            const tick = () => (--n > 0 ? requestAnimationFrame(tick) : setTimeout(done, 50));
            requestAnimationFrame(tick);
          }),
      );
    const line = page.locator('.dialogue .line');
    const more = page.getByRole('button', { name: 'Continue', exact: true });
    await line.first().waitFor();
    await more.focus();
    const start = await frames();
    let presses = 0;
    while (await more.isVisible()) {
      const before = await line.count();
      await page.keyboard.press('Enter');
      await expect.poll(() => line.count()).toBe(before + 1);
      await framesLater();
      presses++;
    }
    const drawn = (await frames()) - start;
    // The portraits still follow the reader (someone comes forward as they speak), but not a frame for every line.
    expect(presses).toBeGreaterThan(2);
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(presses);
    // Each frame is drawn at the size the stage shows the world, not at its full 1280 × 720.
    const canvas = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('.stage canvas')!;
      return { width: c.width, height: c.height, shown: c.getBoundingClientRect().width };
    });
    expect(canvas.width).toBeLessThan(1280);
    expect(Math.abs(canvas.width - canvas.shown)).toBeLessThanOrEqual(1);
    expect(canvas.height).toBe(Math.round((canvas.width * 720) / 1280));
    // Moved to a screen with twice the pixels, the stage keeps its size, and the world is drawn for the new screen.
    // Emulating the density changes it but does not tell the page, as moving a window between screens does:
    // the test sends the page's own density query the change event the browser would.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 1280,
      height: 900,
      deviceScaleFactor: 2,
      mobile: false,
    });
    await page.evaluate(() => {
      const lists = (window as unknown as { densityQueries: MediaQueryList[] }).densityQueries;
      lists.at(-1)!.dispatchEvent(new Event('change'));
    });
    const sharp = () =>
      page.evaluate(() => {
        const c = document.querySelector<HTMLCanvasElement>('.stage canvas')!;
        return { width: c.width, shown: c.getBoundingClientRect().width, dpr: window.devicePixelRatio };
      });
    await expect.poll(async () => (await sharp()).width).toBeGreaterThan(canvas.width * 1.5);
    const dense = await sharp();
    expect(dense.dpr).toBe(2);
    expect(Math.abs(dense.shown - canvas.shown)).toBeLessThanOrEqual(1);
    expect(Math.abs(dense.width - Math.min(1280, Math.ceil(dense.shown * 2)))).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a meter’s change badge again when the same meter moves again in the scene', async () => {
    const { page, errors } = await freshPage();
    await press(page, /^New game$/);
    await press(page, /^Play as clinician leader/);
    await press(page, /^Begin Monday$/);
    const meterStates = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.meter')]
          .filter((m) => m.querySelector('.meter-delta'))
          .map((m) => ({
            value: m.getAttribute('aria-valuenow'),
            flashed: m.classList.contains('up') || m.classList.contains('down'),
            playing: m.querySelector('.meter-delta')!.getAnimations()[0]?.playState === 'running',
          })),
      );
    let again = 0;
    for (let step = 0; step < 40 && again < 2 && (await screen(page)) !== 'week'; step++) {
      if ((await readOn(page)) === 'end') {
        await page.locator('.scene-end:not([hidden]) button').first().click();
        continue;
      }
      // Every badge has played out (and faded) before the choice.
      await settle(page);
      const before = await meterStates();
      const firstLine = await page.locator('.dialogue .line').first().elementHandle();
      await page.locator('section[aria-label="Choices"] button.choice').first().click();
      await page.waitForFunction((line) => !line?.isConnected, firstLine);
      const after = await meterStates();
      after.forEach((m, i) => {
        if (m.value === before[i]!.value || !before[i]!.flashed) return;
        // A meter whose badge already showed this scene plays it again, from the start.
        expect(m.playing).toBe(true);
        again++;
      });
    }
    expect(again).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Settings → Back to the title mid-scene: Continue says where it goes back to, and returns to the same place', async () => {
    const { page, errors } = await freshPage();
    await press(page, /^New game$/);
    await press(page, /^Play as clinician leader/);
    await press(page, /^Begin Monday$/);
    await readOn(page);
    await page.keyboard.press('3');
    await readOn(page);
    const lines = await page.locator('.dialogue .line').allTextContents();
    const echoed = await page.locator('#scene-echo').textContent();
    expect(echoed).toMatch(/^You chose: /);
    await press(page, /^Settings$/);
    // Beside the button, what going back keeps (this browser is saving).
    expect(await page.locator('dialog .to-title-note').textContent()).toBe(
      'Every decision is saved: Continue on the title screen brings you back to your last one.',
    );
    await press(page, /^Back to the title$/);
    await page.getByRole('heading', { name: 'Common Ground' }).waitFor();
    // Continue says what it goes back to, and the tab does not read "Common Ground — Common Ground".
    expect(await page.getByRole('button', { name: 'Continue' }).getAttribute('aria-describedby')).toBe(
      'continue-where',
    );
    expect(await page.locator('#continue-where').textContent()).toBe(
      'Week 1 of 8, as the clinician leader: Monday, “The board round”.',
    );
    // With a quarter under way, carrying on comes first: the first button a keyboard reaches, above New game.
    expect(await page.locator('main .menu button').allTextContents()).toEqual(['Continue', 'New game', 'Settings']);
    expect(await page.title()).toBe('Common Ground — a leadership simulation for healthcare');
    await press(page, /^Continue$/);
    await page.locator('section[aria-label="Choices"] button').first().waitFor();
    expect(await heading(page)).toBe('The board round');
    expect(await page.locator('.dialogue .line').allTextContents()).toEqual(lines);
    // The choice those lines follow on from is there again, so the reader knows where they were.
    expect(await page.locator('#scene-echo').isVisible()).toBe(true);
    expect(await page.locator('#scene-echo').textContent()).toBe(echoed);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a corrupt save gets a clear message, is kept aside, and New game still works', async () => {
    const context = await browserFor().newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await seedStorage(page, { 'common-ground.save': '{"format":"common-ground-save","version":1,"state":{"meters":' });
    await page.goto(base);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/could not be loaded: the save is not readable/);
    expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('common-ground.save.rejected'))).toMatch(/^\{"format"/);
    await press(page, /^New game$/);
    await press(page, /^Play as clinician leader/);
    await press(page, /^Begin Monday$/);
    await readOn(page);
    await page.keyboard.press('1');
    expect(await page.evaluate(() => localStorage.getItem('common-ground.save.rejected'))).toMatch(/^\{"format"/);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('common-ground.save') ?? '{}').version)).toBe(
      SAVE_VERSION,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a save from the first-week edition carries on into the quarter', async () => {
    const old = readFileSync('tests/fixtures/save-v1-debrief.json', 'utf8');
    const context = await browserFor().newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await continueFrom(page, base, old);
    await page.getByRole('heading', { name: 'End of week 1' }).waitFor();
    await press(page, /^Plan week 2$/);
    await page.getByRole('heading', { name: 'Plan week 2' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a save from before a choice on offer was reworded shows the new words, with a note beside them', async () => {
    // Saved at week seven's savings plan when its first choice read "Unfreeze the two Larch posts…".
    const old = readFileSync('tests/fixtures/save-v4-w7-savings-plan.json', 'utf8');
    const context = await browserFor().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await continueFrom(page, base, old);
    const note = page.getByRole('note', { name: 'A note from the game' });
    await expect.poll(() => note.textContent()).toMatch(/^The story has been updated since you saved\./);
    // Where the player is reading: a resumed scene opens at its last line, not at the top of the page.
    await expect.poll(() => note.evaluate((e) => e.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    const choices = page.getByRole('region', { name: 'Choices' });
    expect(await choices.textContent()).toMatch(/Recruit to two of Larch’s vacancies/);
    expect(await choices.textContent()).not.toMatch(/Unfreeze/);
    await expectNoAxeViolations(page, 'a resumed scene with its note');
    await note.getByRole('button', { name: 'Dismiss' }).click();
    expect(await note.count()).toBe(0);
    // The keyboard is back among the choices.
    expect(await page.evaluate(() => document.activeElement?.closest('.choices') !== null)).toBe(true);
    // Not dismissed, the note goes once the story moves on. (Nothing was chosen, so the save still needs it.)
    await page.reload();
    await press(page, /^Continue$/);
    await expect.poll(() => note.count()).toBe(1);
    await choices.getByRole('button').first().click();
    await expect.poll(() => note.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the quarter review, played after the last week, shows no week’s hours, on the bar or at its end', async () => {
    const text = saveWhere(
      'clinician',
      (s, flow) => flow === 'scene.playing' && isReviewKnot(s.plan[s.sceneIndex]?.knot),
    );
    const context = await browserFor().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await continueFrom(page, base, text);
    await page.getByRole('heading', { name: 'The quarter review' }).waitFor();
    const hours = page.getByRole('meter', { name: 'Hours left this week' });
    expect(await hours.isVisible()).toBe(false);
    while ((await readOn(page)) !== 'end') await page.keyboard.press('1');
    await page
      .locator('.scene-end')
      .getByRole('heading', { name: /^End of scene/ })
      .waitFor();
    expect(await page.locator('.scene-end').textContent()).not.toMatch(/Hours left/);
    expect(await hours.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('once a week has gone past its hours, the bar says by how much, not 0, and names what it costs', async () => {
    // A clinical director who chases care spends past the week's hours in week three.
    const text = saveWhere(
      'clinician',
      (s, flow) =>
        flow === 'scene.playing' && s.hours === 0 && overtimeOf(s.changes.filter((c) => c.week === s.week)) > 0,
      'K7M2QX',
      'greedy-care',
    );
    const state = (JSON.parse(text) as { state: GameState }).state;
    const over = overtimeOf(state.changes.filter((c) => c.week === state.week));
    const context = await browserFor().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await continueFrom(page, base, text);
    const bar = page.getByRole('meter', { name: 'Hours past the week’s end' });
    await bar.waitFor();
    expect((await bar.textContent())?.trim().replace(/\u00a0/g, ' ')).toBe(
      `Overtime+${hoursText(over).replace(/\u00a0/g, ' ')}`,
    );
    expect(await bar.getAttribute('aria-valuetext')).toMatch(
      /past this week’s \d+ hours; staff wellbeing falls by \d for each$/,
    );
    expect(await page.getByRole('meter', { name: 'Hours left this week' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'the hours bar in overtime');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('back from a break at the plan, the week just played is there in numbers, with what moved them a press away', async () => {
    const text = saveWhere('manager', (s) => s.screen === 'plan' && s.week === 4);
    const state = (JSON.parse(text) as { state: GameState }).state;
    const points = weekly(recordOf(state));
    const context = await browserFor().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await continueFrom(page, base, text);
    await page.getByRole('heading', { name: 'Plan week 5' }).waitFor();
    const last = page.locator('.plan-last-week');
    // The arrow is read as "to" by a screen reader (a word only it hears).
    const summary = (await last.locator('summary').textContent())!.replaceAll('→to', '→');
    expect(summary).toContain(`Week 4: Budget ${points[3]!.budget} → ${points[4]!.budget}`);
    expect(summary).toContain(`Patient care ${points[3]!.care} → ${points[4]!.care}`);
    expect(await last.getByRole('heading', { name: 'What you decided' }).isVisible()).toBe(false);
    await last.locator('summary').click();
    expect(await last.getByRole('heading', { name: 'What you decided' }).isVisible()).toBe(true);
    // Its headings sit under the plan's own (an h4 under the h1 skipped two levels).
    await expectNoAxeViolations(page, 'the plan with last week open');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a reload on the map returns to the plan for the same week, with the places ticked', async () => {
    const text = saveWhere('manager', (s) => s.screen === 'plan' && s.week === 4);
    const context = await browserFor().newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await continueFrom(page, base, text);
    await page.getByRole('heading', { name: 'Plan week 5' }).waitFor();
    const ward = page.locator('input[name="visits"][value="ward"]');
    await ward.check();
    const total = await page.locator('.plan-total').textContent();
    await page.reload();
    await press(page, /^Continue$/);
    await page.getByRole('heading', { name: 'Plan week 5' }).waitFor();
    expect(await ward.isChecked()).toBe(true);
    expect(await page.locator('.plan-total').textContent()).toBe(total);
    // The page closed and opened again (a phone put away mid-plan): the ticks are still there.
    await page.close();
    const again = await context.newPage();
    await again.goto(base);
    await press(again, /^Continue$/);
    await again.getByRole('heading', { name: 'Plan week 5' }).waitFor();
    expect(await again.locator('input[name="visits"][value="ward"]').isChecked()).toBe(true);
    // Started, the week's plan is the game's: nothing is kept beside it.
    await again.getByRole('button', { name: 'Start the week' }).click();
    expect(await again.evaluate(() => localStorage.getItem('common-ground.plan-draft'))).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with no storage at all the game still plays and says saving is off, in the bar as the page scrolls on', async () => {
    const context = await browserFor().newContext({ viewport: { width: 390, height: 700 }, hasTouch: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await refuseStorage(page);
    await page.goto(base);
    await page.getByRole('status').filter({ hasText: 'Saving is off' }).first().waitFor();
    await press(page, /^New game$/);
    await press(page, /^Play as clinician leader/);
    await press(page, /^Begin Monday$/);
    expect(await page.locator('.save-banner').textContent()).toMatch(/Saving is off: .*\. You can play on/);
    expect(await readOn(page)).toBe('choices');
    // Read on, the banner has scrolled away; the bar's mark, still in view, says so and leads back to it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const inView = () =>
      page.evaluate(() => {
        const r = document.querySelector('.save-banner')!.getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight;
      });
    await expect.poll(inView).toBe(false);
    const mark = page.getByRole('button', { name: 'Not saved: show why this game is not being saved' });
    expect(await mark.isVisible()).toBe(true);
    await mark.click();
    await expect.poll(inView).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('save-banner');
    // Settings does not promise that going back to the title keeps the game.
    await press(page, /^Settings$/);
    expect(await page.locator('dialog .to-title-note').isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the bar and the notice under it as the first scene opens', () => {
  it.each([
    ['a laptop', { width: 1366, height: 768 }],
    ['a small phone', { width: 320, height: 640 }],
  ])('on %s with no storage, the notice saying saving is off is wholly below the bar', async (_name, viewport) => {
    const context = await browserFor().newContext({ viewport, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await refuseStorage(page);
    await page.goto(base);
    await beginQuarter(page, 'operational manager');
    await page.locator('.dialogue > *').first().waitFor();
    // The scene's first scroll is made in a frame after its first line (on a loaded machine the focus, moved to
    // the scene first, can scroll the page a frame before it): once it is made, the notice is below the bar.
    const under = () =>
      page.evaluate(
        () =>
          document.querySelector('.save-banner')!.getBoundingClientRect().top -
          document.querySelector('.topbar')!.getBoundingClientRect().bottom,
      );
    // It went 29 px under the bar at 1366, and all of it at 320.
    await expect.poll(under, { timeout: 5000 }).toBeGreaterThanOrEqual(-0.5);
    // And it stays there: nothing later in the scene's opening takes it back under.
    await page.waitForTimeout(500);
    expect(await under()).toBeGreaterThanOrEqual(-0.5);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['clinician leader', 'no warning beside Trust by group'],
    ['operational manager', 'a warning beside Trust by group'],
  ] as const)(
    'on a small phone, Tab goes through the bar the way the eye does (as the %s, with %s)',
    async (role, _warning) => {
      const context = await browserFor().newContext({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(base);
      await beginQuarter(page, role);
      await readOn(page);
      await page.locator('.topbar').evaluate((bar) => bar.querySelector<HTMLElement>('summary, button')!.focus());
      const seen: { name: string; left: number; right: number; top: number; bottom: number }[] = [];
      for (let i = 0; i < 8; i++) {
        const at = await page.evaluate(() => {
          const e = document.activeElement as HTMLElement;
          if (!e.closest('.topbar')) return null;
          const r = e.getBoundingClientRect();
          return { name: e.innerText.split('\n')[0]!, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        });
        if (!at) break;
        seen.push(at);
        await page.keyboard.press('Tab');
      }
      expect(seen.map((s) => s.name)).toEqual([expect.stringMatching(/^Trust by group/), 'Notebook', 'Settings']);
      // Each control after the one before: on a row further down, or to its right on the same row.
      for (const [i, next] of seen.entries()) {
        if (i === 0) continue;
        const before = seen[i - 1]!;
        const sameRow = next.top < before.bottom && next.bottom > before.top;
        expect(
          sameRow ? next.left >= before.right - 0.5 : next.top >= before.bottom - 0.5,
          `${next.name} after ${before.name}`,
        ).toBe(true);
      }
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe('the meters on a phone', () => {
  it.each([
    ['360 px', { width: 360, height: 740 }],
    ['320 px', { width: 320, height: 640 }],
  ])(
    'at %s, a change’s badge sits clear of the meter above it, and the meters and buttons keep to three short rows',
    async (_name, viewport) => {
      const { context, page, errors } = await quarterPage(browserFor(), base, { viewport });
      await readOn(page);
      // Every headline meter shows a change at once, as the widest badge would read.
      const boxes = await page.evaluate(() => {
        const rect = (e: Element) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        };
        const cards = [...document.querySelectorAll('.hud-meters .meter')];
        for (const card of cards) {
          const badge = card.querySelector('.meter-delta');
          if (!badge) continue;
          badge.textContent = '▼ −10';
          card.classList.add('down');
        }
        return cards.map((card) => {
          // Where the number's letters begin: its line box less the half-leading.
          const value = card.querySelector('.meter-value')!;
          const box = value.getBoundingClientRect();
          const size = parseFloat(getComputedStyle(value).fontSize);
          return {
            card: rect(card),
            badge: card.querySelector('.meter-delta') ? rect(card.querySelector('.meter-delta')!) : null,
            numberTop: box.top + (box.height - size) / 2,
          };
        });
      });
      expect(boxes.filter((b) => b.badge).length).toBe(3);
      // Two rows of two on a phone: the badges of the second row must not cover the first.
      expect(new Set(boxes.map((b) => Math.round(b.card.top))).size).toBe(2);
      for (const [i, { badge, numberTop }] of boxes.entries()) {
        if (!badge) continue;
        expect(badge.top, 'inside the page').toBeGreaterThanOrEqual(0);
        expect(badge.bottom, `the badge on meter ${i} covers its number`).toBeLessThanOrEqual(numberTop + 0.5);
        for (const [j, { card }] of boxes.entries()) {
          if (i === j) continue;
          const apart =
            badge.right <= card.left ||
            badge.left >= card.right ||
            badge.bottom <= card.top ||
            badge.top >= card.bottom;
          expect(apart, `the badge on meter ${i} covers meter ${j}`).toBe(true);
        }
      }
      // The meters and the buttons stay in view as the player scrolls, in three short rows (they took 152 px at 360).
      const bar = await page.locator('.topbar').evaluate((e) => e.getBoundingClientRect().height);
      expect(bar).toBeLessThanOrEqual(135);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

/** A clinician's quarter begun on a screen of this size, at this text size, on a touch screen. */
const quarterAt = (viewport: { width: number; height: number }, textScale: number) =>
  quarterPage(browserFor(), base, { viewport, hasTouch: true }, textScale);

describe('meter labels on small and crowded screens', () => {
  it.each([
    ['a phone with Larger text', { width: 360, height: 740 }, 1.5],
    ['a small phone with Larger text', { width: 320, height: 640 }, 1.5],
    ['a phone on its side', { width: 740, height: 360 }, 1],
    ['a projector at 1024 with Larger text', { width: 1024, height: 768 }, 1.5],
  ])('on %s, cuts no meter label short and breaks none mid-word', async (_name, viewport, textScale) => {
    const { context, page } = await quarterAt(viewport, textScale);
    await readOn(page);
    const wrong = await page.locator('.hud-meters .meter-label').evaluateAll((labels) =>
      labels.flatMap((l) => {
        if (l.scrollWidth > l.clientWidth + 1) return [`${l.textContent} is cut`];
        // Each word on one line: a word drawn over two lines has two boxes.
        const text = l.firstChild!;
        return [...l.textContent!.matchAll(/\S+/g)].flatMap((m) => {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          return range.getClientRects().length > 1 ? [`${m[0]} is broken`] : [];
        });
      }),
    );
    expect(wrong).toEqual([]);
    await context.close();
  });
});

describe('Back on a phone', () => {
  it('closes the notebook instead of leaving the game, and a dialog closed by its button leaves no step behind', async () => {
    const { context, page, errors } = await quarterPage(browserFor(), base, { viewport: { width: 360, height: 740 } });
    await readOn(page);
    const where = page.url();
    const notebook = page.getByRole('dialog', { name: 'Notebook' });
    await page.getByRole('button', { name: 'Notebook' }).click();
    await notebook.waitFor();
    await page.goBack();
    await notebook.waitFor({ state: 'hidden' });
    expect(page.url()).toBe(where);
    expect(await page.locator('section[aria-label="Choices"]').isVisible()).toBe(true);
    // Opened and closed by its own button, the history is as it was.
    const steps = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Notebook' }).click();
    await notebook.waitFor();
    await notebook.getByRole('button', { name: 'Close' }).first().click();
    await notebook.waitFor({ state: 'hidden' });
    await expect
      .poll(() =>
        page.evaluate(() => (history.state as { commonGroundDialog?: boolean } | null)?.commonGroundDialog ?? false),
      )
      .toBe(false);
    expect(await page.evaluate(() => history.length)).toBe(steps);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('looking back within a scene', () => {
  it('keeps what was said before each choice, and the choices, under “Earlier in this scene”, outside the live log', async () => {
    const { context, page, errors } = await quarterPage(browserFor(), base, { viewport: { width: 1280, height: 900 } });
    const log = page.getByRole('log', { name: 'Story' });
    const earlier = page.locator('#scene-earlier');
    const said: string[] = [];
    const chose: string[] = [];
    for (let k = 0; k < 2; k++) {
      await readOn(page);
      said.push(...(await log.locator('.line').allInnerTexts()));
      const first = page.locator('section[aria-label="Choices"] button.choice').first();
      chose.push((await first.locator('.choice-text').innerText()).trim());
      await first.click();
    }
    await readOn(page);
    expect(await earlier.isVisible()).toBe(true);
    /** Every line shown before the last choice, in order, with the first choice between its two parts. */
    const holdsAllSaid = async (): Promise<void> => {
      await expect
        .poll(() => earlier.locator('summary').innerText())
        .toBe(`Earlier in this scene (${said.length} lines)`);
      await earlier.locator('summary').click();
      expect(await earlier.locator('.line').allInnerTexts()).toEqual(said);
      expect(await earlier.locator('.echo').allInnerTexts()).toEqual([`You chose: ${chose[0]}`]);
      expect(await page.locator('#scene-echo').innerText()).toBe(`You chose: ${chose[1]}`);
    };
    await holdsAllSaid();
    // It is not in the live log (nothing is read twice), and a word once flagged is plain text there.
    expect(await log.locator('#scene-earlier, .earlier').count()).toBe(0);
    expect(await earlier.locator('button').count()).toBe(0);
    // Its scrolling box takes the focus and is named, so a keyboard can scroll it and a reader knows what it is.
    expect(await page.getByRole('region', { name: 'Earlier in this scene' }).getAttribute('tabindex')).toBe('0');
    await expectNoAxeViolations(page, 'a scene with its earlier lines open');
    // A reload (a sitting cut short) keeps them: back from the title, the same lines and choices.
    await page.reload();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await readOn(page);
    await holdsAllSaid();
    // The next scene starts with nothing earlier.
    while ((await readOn(page)) === 'choices')
      await page.locator('section[aria-label="Choices"] button.choice').first().click();
    await page.locator('.scene-end:not([hidden]) button').first().click();
    await readOn(page);
    expect(await earlier.isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/**
 * Where the last line, the meters bar and what comes next (Continue, or the choices) stand on the screen, and
 * whether the story scrolls in a box of its own. A bar too tall to follow the page is over nothing.
 */
const readingAt = (page: Page) =>
  page.evaluate(() => {
    const log = document.querySelector<HTMLElement>('.dialogue')!;
    const bar = document.querySelector('.topbar')!;
    const next = [...document.querySelectorAll<HTMLElement>('.controls > *')].find((e) => !e.hidden);
    const box = next?.getBoundingClientRect();
    return {
      lineTop: log.lastElementChild!.getBoundingClientRect().top,
      lineBottom: log.lastElementChild!.getBoundingClientRect().bottom,
      barBottom: getComputedStyle(bar).position === 'sticky' ? bar.getBoundingClientRect().bottom : 0,
      nextTop: box?.top ?? 0,
      nextBottom: box?.bottom ?? 0,
      continues: next?.tagName === 'BUTTON',
      ownScroll: log.scrollHeight - log.clientHeight,
      story: log.clientHeight,
      view: window.innerHeight,
    };
  });

describe('reading on a phone', () => {
  it.each([
    ['360 px', { width: 360, height: 740 }, 1],
    ['320 px with Larger text', { width: 320, height: 640 }, 1.5],
  ])(
    'at %s, Continue stays on the screen, each new line starts clear of the meters, and the bar’s small controls take a whole tap',
    async (_n, viewport, textScale) => {
      const { context, page } = await quarterAt(viewport, textScale);
      const more = page.getByRole('button', { name: 'Continue', exact: true });
      let pressed = 0;
      while (pressed < 12 && (await more.isVisible())) {
        await more.tap();
        pressed++;
        await page.waitForTimeout(120);
        const at = await readingAt(page);
        expect(at.lineTop, `line ${pressed} starts under the meters`).toBeGreaterThanOrEqual(at.barBottom - 1);
        // What comes next (Continue, or the first of the choices) begins on the screen.
        expect(at.nextTop, `after line ${pressed} nothing to press is in view`).toBeLessThan(at.view - 40);
      }
      expect(pressed).toBeGreaterThan(3);
      // The top bar's small controls are drawn small but take a 44 px tap: a finger 21 px above or below the
      // middle of each still lands on it.
      await page.evaluate(() => window.scrollTo(0, 0));
      const taps = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.settings-button, .trust-breakdown summary')].flatMap((el) => {
          const r = el.getBoundingClientRect();
          if (!r.height) return [];
          const lands = (y: number) => {
            const at = document.elementFromPoint(r.left + r.width / 2, y);
            return at !== null && (at === el || el.contains(at));
          };
          const middle = r.top + r.height / 2;
          const what = (y: number) => document.elementFromPoint(r.left + r.width / 2, y)?.className ?? 'nothing';
          return [
            `${el.textContent}: ${lands(middle - 21) && lands(middle + 21) ? 'a 44 px tap' : `${Math.round(r.height)} px (above: ${what(middle - 21)}, below: ${what(middle + 21)})`}`,
          ];
        }),
      );
      expect(taps.length).toBeGreaterThanOrEqual(3);
      for (const t of taps) expect(t).toMatch(/a 44 px tap$/);
      await context.close();
    },
  );
});

describe('reading on a short laptop or a projector', () => {
  it('at 1366 × 768 the story is not a box inside a page that scrolls too: the page alone scrolls, and each new line and Continue are in view below the meters', async () => {
    const { context, page, errors } = await quarterPage(browserFor(), base, { viewport: { width: 1366, height: 768 } });
    const more = page.getByRole('button', { name: 'Continue', exact: true });
    // Continue right under the scene's first line, not a story box's least height below it (it stood up to 50 px
    // lower, and under a long "What catches up with you" the screen's foot cut it).
    await more.waitFor();
    expect(await page.locator('.dialogue .line').count()).toBe(1);
    const first = await readingAt(page);
    expect(first.nextTop - first.lineBottom).toBeLessThan(40);
    let pressed = 0;
    let tallest = 0;
    while (pressed < 12 && (await more.isVisible())) {
      await more.click();
      pressed++;
      await page.waitForTimeout(120);
      const at = await readingAt(page);
      tallest = Math.max(tallest, at.story);
      expect(at.ownScroll, `after line ${pressed} the story scrolls inside its own box`).toBeLessThanOrEqual(1);
      expect(at.lineTop, `line ${pressed} starts under the meters`).toBeGreaterThanOrEqual(at.barBottom - 1);
      // Continue whole; the choices, at least begun (a long list runs on below).
      if (at.continues)
        expect(at.nextBottom, `after line ${pressed} Continue is off the screen`).toBeLessThanOrEqual(at.view + 1);
      else expect(at.nextTop, `after line ${pressed} the choices are off the screen`).toBeLessThan(at.view - 40);
    }
    expect(pressed).toBeGreaterThan(3);
    // The scene's story grew past the 307 px (40% of the window) its own box once had.
    expect(tallest).toBeGreaterThan(0.4 * 768);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('where the badges stay (reduced motion, as on a projector), each decision’s badges replace the last one’s', async () => {
    const { context, page, errors } = await quarterPage(browserFor(), base, { viewport: { width: 1366, height: 768 } });
    const meters = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.meter')]
          .filter((m) => m.querySelector('.meter-delta'))
          .map((m) => ({
            value: m.getAttribute('aria-valuenow'),
            badge: m.querySelector('.meter-delta')!.textContent,
          })),
      );
    let replaced = 0;
    for (let step = 0; step < 30 && replaced < 2 && (await screen(page)) !== 'week'; step++) {
      if ((await readOn(page)) === 'end') {
        await page.locator('.scene-end:not([hidden]) button').first().click();
        continue;
      }
      const before = await meters();
      const firstLine = await page.locator('.dialogue .line').first().elementHandle();
      await page.locator('section[aria-label="Choices"] button.choice').first().click();
      await page.waitForFunction((line) => !line?.isConnected, firstLine);
      const after = await meters();
      if (after.every((m, i) => m.value === before[i]!.value)) continue;
      after.forEach((m, i) => {
        // A badge shown is this decision's: its meter moved, or (Trust) the groups under it moved both ways.
        if (m.badge) expect(m.value !== before[i]!.value || /▲.*▼/.test(m.badge), `badge ${m.badge}`).toBe(true);
        if (before[i]!.badge && m.value === before[i]!.value && !m.badge) replaced++;
      });
    }
    expect(replaced).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the notebook and the week on a phone', () => {
  it('names a scene’s barrier at its end, keeps the notebook’s Close in view as it scrolls, says what trust opens each person up, and the week says hours do not carry over', async () => {
    const { context, page, errors } = await quarterPage(browserFor(), base, { viewport: { width: 360, height: 740 } });
    // Monday turns on status: the scene says so at its end, not in its heading before the player has met it.
    await readOn(page);
    expect(await page.locator('main .eyebrow').first().textContent()).toBe('Week 1, Monday');
    while ((await readOn(page)) !== 'end') await page.keyboard.press('1');
    expect(await page.locator('.scene-barrier').textContent()).toBe('The barrier in this scene: status.');
    await playWeek(page, () => 0);
    expect(await heading(page)).toBe('End of week 1');
    expect(await page.locator('.week-hours').textContent()).toMatch(/Hours do not carry over/);
    await page.getByRole('button', { name: 'Notebook' }).click();
    const notebook = page.getByRole('dialog', { name: 'Notebook' });
    await notebook.waitFor();
    // Each person who is not a formal leader has a bar, and it agrees with what the note says of them.
    const people = await notebook.locator('.person').allTextContents();
    const okafor = people.find((t) => t.includes('Sister Grace Okafor'))!;
    expect(okafor).toMatch(
      /Talks to you openly \(it takes trust of \d+\)|Guarded with you until their trust in you reaches \d+/,
    );
    for (const text of people) {
      const trust = Number(/Trust in you: (\d+)/.exec(text)?.[1]);
      const open = /it takes trust of (\d+)/.exec(text);
      const guarded = /reaches (\d+)/.exec(text);
      if (open) expect(trust).toBeGreaterThanOrEqual(Number(open[1]));
      if (guarded) expect(trust).toBeLessThan(Number(guarded[1]));
    }
    // Scrolled to its end, the dialog's heading row and its Close are still on screen.
    await notebook.evaluate((d) => d.scrollTo(0, d.scrollHeight));
    const close = notebook.locator('.dialog-head').getByRole('button', { name: 'Close' });
    const box = (await close.boundingBox())!;
    const frame = (await notebook.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(frame.y);
    expect(box.y + box.height).toBeLessThanOrEqual(frame.y + 120);
    await close.click();
    await notebook.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
