/**
 * The hosted build's Content-Security-Policy (issue 13): everything from the
 * game's own origin, no inline script, no inline style. Over a play-through
 * with the keyboard (week one, the map, week two) and the facilitator's pages,
 * the browser reports no violation; an inline style or script is reported, so
 * the check can fail.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CSP } from '../../src/tools/vite-plugin-csp.ts';
import { beginQuarter, play, screen, useBrowser, watchErrors } from './browser.ts';

const browserFor = useBrowser({ workers: true });
const base = inject('baseURL');

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('the Content-Security-Policy', () => {
  it('is in the built page, with no inline script or style allowed', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('sees no violation over a keyboard play-through and the facilitator’s pages', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(base);
    await beginQuarter(page, 'clinician leader');
    let weeks = 0;
    await play(page, {
      pick: (n, step) => (step * 3) % n,
      visits: () => ['ward', 'cafe'],
      until: async () => {
        if ((await screen(page)) !== 'week') return false;
        weeks++;
        return (await page.locator('main h1').textContent()) === 'End of week 2';
      },
    });
    expect(weeks).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    for (const path of ['?workshop=setup', '?workshop=guide', '?workshop=dashboard&session=WCSPOK&code=ABC234']) {
      await page.goto(`${base}${path}`);
      await page.locator('main h1, h1').first().waitFor();
      expect(await violations(page), path).toEqual([]);
    }
    // The check can fail: an inline style and an inline script are reported.
    await page.evaluate(() => {
      const div = document.createElement('div');
      div.setAttribute('style', 'color: red');
      const script = document.createElement('script');
      script.textContent = 'void 0';
      document.body.append(div, script);
    });
    await expect.poll(async () => (await violations(page)).length).toBe(2);
    expect(errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
    await context.close();
  }, 240_000);
});
