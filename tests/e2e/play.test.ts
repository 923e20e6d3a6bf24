/** Keyboard-only play, resume after reload, and no console errors — on the production build. */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { heading, useBrowser, meters, playWeek, press, readOn, watchErrors } from './browser.ts';

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
  it.each([
    ['clinician leader', /^Play as clinician leader/, (n: number) => 0 * n],
    ['operational manager', /^Play as operational manager/, (n: number, step: number) => (step * 7) % n],
  ])('plays the whole week as the %s, from title to debrief', async (_role, button, pick) => {
    const { page, errors } = await freshPage();
    expect(await heading(page)).toBe('Common Ground');
    await press(page, /^New game$/);
    await page.getByRole('heading', { name: 'Choose your role' }).waitFor();
    await press(page, button);
    await page.getByRole('heading', { name: 'Week one briefing' }).waitFor();
    const start = await meters(page);
    await press(page, /^Begin Monday$/);
    const decisions = await playWeek(page, pick);
    expect(await heading(page)).toBe('Debrief');
    expect(decisions).toBeGreaterThanOrEqual(9);
    // The debrief lists every decision and charts the meters with a table beside.
    expect(await page.locator('table.decisions tbody tr').count()).toBe(decisions);
    expect(await page.locator('svg.chart[role="img"]').count()).toBe(1);
    expect(await page.locator('table.data-table tbody tr').count()).toBeGreaterThan(decisions);
    const end = await meters(page);
    expect(end).not.toEqual(start);
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

  it('Settings → Back to the title mid-scene, then Continue, returns to the same place', async () => {
    const { page, errors } = await freshPage();
    await press(page, /^New game$/);
    await press(page, /^Play as clinician leader/);
    await press(page, /^Begin Monday$/);
    await readOn(page);
    await page.keyboard.press('3');
    await readOn(page);
    const lines = await page.locator('.dialogue .line').allTextContents();
    await press(page, /^Settings$/);
    await press(page, /^Back to the title$/);
    await page.getByRole('heading', { name: 'Common Ground' }).waitFor();
    await press(page, /^Continue$/);
    await page.locator('section[aria-label="Choices"] button').first().waitFor();
    expect(await heading(page)).toBe('The board round');
    expect(await page.locator('.dialogue .line').allTextContents()).toEqual(lines);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a corrupt save gets a clear message, is kept aside, and New game still works', async () => {
    const context = await browserFor().newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('common-ground.save', '{"format":"common-ground-save","version":1,"state":{"meters":');
        sessionStorage.setItem('seeded', '1');
      }
    });
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
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('common-ground.save') ?? '{}').version)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with no storage at all the game still plays and says saving is off', async () => {
    const context = await browserFor().newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(base);
    expect(await page.getByRole('status').filter({ hasText: 'Saving is off' }).count()).toBeGreaterThan(0);
    await press(page, /^New game$/);
    await press(page, /^Play as clinician leader/);
    await press(page, /^Begin Monday$/);
    expect(await page.locator('.save-banner').textContent()).toMatch(/Saving is off/);
    expect(await readOn(page)).toBe('choices');
    expect(errors).toEqual([]);
    await context.close();
  });
});
