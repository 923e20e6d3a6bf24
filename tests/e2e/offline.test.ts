/**
 * Offline (issue 13): the hosted build's service worker precaches every file,
 * so after one visit the game plays with the network off: the title, a new
 * game, the world and a whole scene, with the browser offline throughout.
 */
import { describe, expect, inject, it } from 'vitest';
import { press, readOn, screen, useBrowser, watchErrors } from './browser.ts';

const browserFor = useBrowser();
const base = inject('baseURL');

describe('offline', () => {
  it('plays to the end of a scene with the network off, after one visit', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(base);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    // The first visit installs the service worker; the next load is under its control.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const manifest = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
    expect(manifest).toMatchObject({ short_name: 'Common Ground', display: 'standalone' });

    await context.setOffline(true);
    await page.reload();
    await press(page, /^New game$/);
    await press(page, /^Play as clinician leader/);
    await press(page, /^Begin Monday$/);
    // Monday's scene, to its end: every line read and every choice made offline.
    for (let i = 0; i < 40 && (await screen(page)) !== 'summary'; i++) {
      if ((await readOn(page)) === 'choices') await page.locator('button.choice').first().click();
    }
    expect(await screen(page)).toBe('summary');
    expect(await readOn(page)).toBe('end');
    await page.locator('canvas').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
