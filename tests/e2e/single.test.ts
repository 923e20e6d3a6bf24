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
import { describe, expect, it } from 'vitest';
import { singleFile } from '../../src/tools/package.ts';
import { press, readOn, useBrowser, watchErrors } from './browser.ts';

const browserFor = useBrowser();

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
    const save = await page.evaluate(() => localStorage.getItem('common-ground.save'));
    expect(JSON.parse(save!).state.role).toBe('manager');
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);

    // A record store named in the address is declined at once, saying why, and nothing is sent.
    await page.goto(
      `file://${file}?endpoint=${encodeURIComponent('https://lrs.example.nhs.uk/xapi/')}&auth=Basic%20eDp5`,
    );
    await page.locator('.notice-banner', { hasText: 'asks the network for nothing' }).waitFor();
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await context.close();
  });
});
