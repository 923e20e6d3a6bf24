/**
 * Offline (issue 13): the hosted build's service worker precaches every file,
 * so after one visit the game plays with the network off: the title, a new
 * game, the world and a whole scene, with the browser offline throughout.
 * A new version deployed while someone plays is offered, never forced: the
 * scene carries on until they choose to load it, and Continue brings them back.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { press, readOn, screen, useBrowser, watchErrors } from './browser.ts';
import { CONTENT_TYPES } from './lms.ts';

/** A copy of the build on a server of its own, so that a test can deploy a new version under it. */
async function serveCopy(): Promise<{ url: string; dir: string; close: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'cg-deploy-'));
  cpSync('dist', dir, { recursive: true });
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!).replace(/\.\.+/g, '');
    const file = path === '/' ? 'index.html' : path;
    try {
      const body = readFileSync(join(dir, file));
      res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
    dir,
    close: () => server.close(),
  };
}

const browserFor = useBrowser({ workers: true });
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
    // Under the service worker, the one-file copy's address still reaches the file (a navigation there
    // must not be answered with the game's own page), and it is not precached.
    const download = await context.newPage();
    await download.goto(new URL('common-ground.html', base).toString());
    expect(
      await download.evaluate(() =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
      ),
    ).toContain("default-src 'none'");
    await download.close();
    expect(
      await page.evaluate(async () =>
        (await caches.keys()).length
          ? (await Promise.all((await caches.keys()).map(async (k) => (await caches.open(k)).keys())))
              .flat()
              .some((r) => r.url.endsWith('common-ground.html'))
          : false,
      ),
    ).toBe(false);

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

  it('opens the facilitator’s pages with the network off, once opened with it on, in a browser that never showed the game', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // Straight to the room's dashboard, as the setup page says: "open the dashboard once now, while the wifi works".
    const dashboard = `${base}?workshop=dashboard&session=WQTR44&code=K7M2QX&mode=split&weeks=4`;
    await page.goto(dashboard);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The page installs the service worker itself (within 30 s, or it never will).
    expect(
      await page.evaluate(() =>
        Promise.race([
          navigator.serviceWorker.ready.then(() => true),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
        ]),
      ),
    ).toBe(true);
    await context.setOffline(true);
    await page.reload();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/WQTR44/);
    for (const other of [`${base}?workshop=guide`, `${base}?workshop=setup`]) {
      await page.goto(other);
      await page.getByRole('heading', { level: 1 }).waitFor();
    }
    // The page for a scene of one's own opens too, but its checker (over a quarter of the build's files, which
    // no player needs) is left out of the offline copy: checking says so, and the scene in the box is kept.
    await page.goto(`${base}?workshop=write`);
    await page.getByRole('button', { name: 'Start from the example' }).click();
    await page.getByRole('button', { name: 'Check the scene' }).click();
    await page.getByRole('alert').filter({ hasText: 'checker could not be loaded' }).waitFor();
    await page.reload();
    expect(await page.getByLabel('Your scene, in ink').inputValue()).toMatch(/^\/\/ An example of a scene/);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|dynamically imported module/.test(e))).toEqual([]);
    await context.close();
  });

  it('offers a new version when one is deployed, without interrupting the scene, and resumes after loading it', async () => {
    const site = await serveCopy();
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site.url);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await press(page, /^New game$/);
    await press(page, /^Play as operational manager/);
    await press(page, /^Begin Monday$/);
    expect(await readOn(page)).toBe('choices');
    await page.locator('button.choice').first().click();
    const lines = await page.locator('.dialogue .line').count();
    expect(lines).toBeGreaterThan(0);

    // A new version is deployed while the scene is being played.
    appendFileSync(join(site.dir, 'sw.js'), '\n// a new version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.locator('.notice-banner');
    await banner.getByText('A new version of Common Ground is ready').waitFor();
    // Nothing moved under the player: still the same scene, the same lines.
    expect(await screen(page)).toBe('scene');
    expect(await page.locator('.dialogue .line').count()).toBe(lines);
    // They choose when: the new version loads, and Continue brings them back to the scene.
    // The scene has a Continue button of its own: wait for the page to be replaced, then for the title.
    const reloaded = page.waitForEvent('load');
    await banner.getByRole('button', { name: 'Load it now' }).click();
    await reloaded;
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await press(page, /^Continue$/);
    await expect.poll(() => screen(page)).toBe('scene');
    expect(errors).toEqual([]);
    await context.close();
    site.close();
  });
});
