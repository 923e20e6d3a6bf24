/**
 * One file (issue 13): the single-file build, with its own Content-Security-
 * Policy written in (`singleFile`, as `npm run package` writes
 * `packages/common-ground.html`), opened from `file://` as from a USB stick or
 * an intranet share: it plays to the first choice with the keyboard, draws the
 * world, saves in the browser, asks the network for nothing (it declines a
 * learning record store, saying why), and breaks no part of its policy.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { singleFile } from '../../src/tools/package.ts';
import { press, readOn, savedGame, useBrowser, watchErrors } from './browser.ts';

const browserFor = useBrowser();

/** From the game's first screen at `url`, set up a workshop session with the setup page's defaults. */
async function setUpSession(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // The game's own title, not the shell's it replaces as it loads (a click across the swap is lost).
  await page.locator('.app[data-screen="title"]').waitFor({ state: 'attached' });
  await page.getByRole('link', { name: 'Run a workshop' }).click();
  await page.getByRole('button', { name: 'Create the session' }).click();
}
const base = inject('baseURL');

describe('the game in one file', () => {
  it('plays from file:// to the first choice, with the world, a save, no network and no policy broken', async () => {
    const html = singleFile(readFileSync('dist-single/index.html', 'utf8'));
    expect(html).not.toMatch(/<script[^>]*\bsrc=|<link[^>]*rel="(stylesheet|modulepreload)"/);
    const file = join(mkdtempSync(join(tmpdir(), 'cg-single-')), 'common-ground.html');
    writeFileSync(file, html);
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url());
    });
    await page.goto(`file://${file}`);
    await press(page, /^New game$/);
    await press(page, /^Play as operational manager/);
    await press(page, /^Begin Monday$/);
    expect(await readOn(page)).toBe('choices');
    await page.locator('canvas').first().waitFor();
    expect((await savedGame(page))?.state.role).toBe('manager');
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);

    // A record store named in the address is declined at once, saying why, and nothing is sent.
    await page.goto(
      `file://${file}?endpoint=${encodeURIComponent('https://lrs.example.nhs.uk/xapi/')}&auth=Basic%20eDp5`,
    );
    await page
      .locator('.notice-banner', { hasText: 'this one-file copy of the game never uses the network' })
      .waitFor();
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);

    // A scene of one's own: the page opens, keeps the scene, and says the checker is not in this copy.
    await page.goto(`file://${file}?workshop=write`);
    await page.getByRole('button', { name: 'Start from the example' }).click();
    await page.getByRole('button', { name: 'Check the scene' }).click();
    await page.getByRole('status').filter({ hasText: 'needs the game opened from its web address' }).waitFor();
    await page.goto(`file://${file}?try=clinician`);
    await page.getByRole('heading', { level: 1, name: 'Your scene needs the hosted game' }).waitFor();
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is offered for download on the hosted workshop page, and runs the projector play-through from file://', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // Hosted: the session's page offers the one file, with its own policy written in.
    await setUpSession(page, base);
    const link = page.getByRole('link', { name: 'download the game as one file' });
    await link.waitFor();
    const served = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).toString());
    expect(served.ok()).toBe(true);
    const html = await served.text();
    expect(html).toBe(singleFile(readFileSync('dist-single/index.html', 'utf8')));
    expect(html).toContain("default-src 'none'");
    // A host that answers a missing file with the game's own page (a fallback) is not offered it.
    const fallback = await context.newPage();
    await fallback.route('**/common-ground.html', async (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: readFileSync('dist/index.html', 'utf8') }),
    );
    await setUpSession(fallback, base);
    await fallback.getByRole('link', { name: 'Play it on the projector, the room voting' }).waitFor();
    await fallback.waitForTimeout(300);
    expect(await fallback.getByRole('link', { name: 'download the game as one file' }).isVisible()).toBe(false);
    // And it says so, where the guide sends the facilitator to look for the file.
    await fallback.getByText('This site does not offer the game as one file for a USB stick.').waitFor();
    await fallback.close();

    // On a USB stick, with the site blocked: the facilitator sets up the session and the room votes.
    const file = join(mkdtempSync(join(tmpdir(), 'cg-usb-')), 'common-ground.html');
    writeFileSync(file, html);
    await setUpSession(page, `file://${file}`);
    // Offered only where the hosted build has it: not in the copy itself. No join code either: no phone can open a file.
    await page.getByRole('link', { name: 'Play it on the projector, the room voting' }).waitFor();
    expect(await link.isVisible()).toBe(false);
    expect(await page.locator('.join-url').count()).toBe(0);
    await page.getByText('players’ phones and computers cannot join it').waitFor();
    await page.getByRole('link', { name: 'Play it on the projector, the room voting' }).click();
    await page.getByText(/^Projector play-through for workshop/).waitFor();
    expect(page.url()).toMatch(/^file:\/\/.*common-ground\.html\?join=W/);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Play as clinician leader' }).click();
    await page.getByRole('button', { name: 'Begin Monday' }).click();
    expect(await readOn(page)).toBe('choices');
    await page.getByRole('button', { name: 'Take the room’s choice' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
