/** Zero axe-core violations (WCAG 2.2 AA tags) on every screen of the production build. */
import { describe, expect, inject, it } from 'vitest';
import {
  expectNoAxeViolations,
  heading,
  useBrowser,
  play,
  playWeek,
  press,
  readOn,
  screen,
  watchErrors,
} from './browser.ts';
import { saveWhere } from './saves.ts';
import { seedStorage } from '../../src/tools/chromium.ts';

const browserFor = useBrowser();
const base = inject('baseURL');

describe('accessibility', () => {
  it.each([
    ['a desktop', { width: 1280, height: 900 }],
    ['a phone', { width: 360, height: 740 }],
  ])('every screen passes axe on %s', async (_name, viewport) => {
    const context = await browserFor().newContext({ viewport });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(base);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await expectNoAxeViolations(page, 'title');

    await page.getByRole('button', { name: 'Settings' }).first().click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    await expectNoAxeViolations(page, 'settings');
    await page.getByRole('button', { name: 'Done' }).click();

    await press(page, /^New game$/);
    await page.getByRole('heading', { name: 'Choose your role' }).waitFor();
    await expectNoAxeViolations(page, 'role');
    await press(page, /^Play as clinician leader/);
    await expectNoAxeViolations(page, 'briefing');
    await press(page, /^Begin Monday$/);
    await readOn(page);
    // The contract tests rely on: named meters, a Choices region of buttons, a heading per screen.
    for (const name of ['Budget', 'Patient care', 'Trust']) {
      expect(await page.getByRole('meter', { name, exact: true }).getAttribute('aria-valuenow')).toMatch(/^\d+$/);
    }
    expect(await page.getByRole('region', { name: 'Choices' }).getByRole('button').count()).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page, 'scene');
    for (;;) {
      if ((await readOn(page)) === 'end') break;
      await page.keyboard.press('1');
    }
    await expectNoAxeViolations(page, 'end of scene');
    await press(page, /^On to/);
    await playWeek(page, () => 0);
    await expectNoAxeViolations(page, 'end of week');
    await page.getByRole('button', { name: 'Notebook' }).click();
    await page.getByRole('dialog', { name: 'Notebook' }).waitFor();
    await expectNoAxeViolations(page, 'notebook');
    await page.keyboard.press('Escape');
    await press(page, /^Plan week 2$/);
    await page.locator('#visit-exec').check();
    await expectNoAxeViolations(page, 'plan');
    await press(page, /^Start the week$/);
    await play(page, {
      pick: () => 0,
      until: async () =>
        (await page.locator('.words:not([hidden]) button').count()) > 0 || (await screen(page)) === 'week',
    });
    await expectNoAxeViolations(page, 'a scene with unknown words');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['a desktop', { width: 1280, height: 900 }],
    ['a phone', { width: 360, height: 740 }],
  ])('the quarter review, the ending and the debrief pass axe on %s', async (_name, viewport) => {
    const text = saveWhere('clinician', (s) => s.screen === 'week' && s.week === 8);
    const context = await browserFor().newContext({ viewport });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await seedStorage(page, { 'common-ground.save': text });
    await page.goto(base);
    await press(page, /^Continue$/);
    await page.getByRole('heading', { name: 'End of week 8' }).waitFor();
    await play(page, { pick: () => 0, until: async () => (await screen(page)) === 'ending' });
    await expectNoAxeViolations(page, 'ending');
    await press(page, /^See your debrief$/);
    await page.getByRole('heading', { name: 'Debrief', exact: true }).waitFor();
    expect(await heading(page)).toBe('Debrief');
    await expectNoAxeViolations(page, 'debrief');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('focus', () => {
  it('a closed dialog gives the focus back, and never takes it from where the player has already moved', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(base);
    await page.locator('.topbar').waitFor({ state: 'attached' });
    const settings = page.locator('main .menu button', { hasText: /^Settings$/ });
    await settings.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    // Done, then straight on to New game in the same moment: the close event comes a task later.
    await page.evaluate(() => {
      document.querySelector<HTMLDialogElement>('dialog.settings[open]')?.close();
      [...document.querySelectorAll<HTMLButtonElement>('main .menu button')]
        .find((b) => b.textContent === 'New game')
        ?.focus();
    });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New game');
    // Closed with nothing else chosen, the focus is back on Settings.
    await settings.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    await page.getByRole('button', { name: 'Done' }).press('Enter');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Settings');
    await context.close();
  });
});
