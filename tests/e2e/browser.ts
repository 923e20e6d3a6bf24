/** Drive the real game in headless Chromium, as a keyboard user would. */
import type { Browser, BrowserContext, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { launchTestChromium, seedStorage } from '../../src/tools/chromium.ts';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, expect } from 'vitest';

/**
 * With `E2E_RANDOM_SEED=n`, every page's Math.random is seeded (quarter codes, workshop sessions):
 * a failure that depends on a random draw can be played again, and a test can be run over many
 * draws (`for n in 1 2 3; do E2E_RANDOM_SEED=$n npx vitest run --project e2e; done`).
 */
const RANDOM_SEED = Number(process.env.E2E_RANDOM_SEED) || 0;

/** Runs in the page: xorshift32 in place of Math.random. */
function seedMathRandom(seed: number): void {
  let s = seed >>> 0 || 1;
  Math.random = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

/**
 * One browser for a test file, opened before its tests and closed after. Its
 * contexts run no service worker unless the file asks for one (`workers: true`):
 * each would otherwise precache the whole game (about 2.7 MB) in every context,
 * which only the offline and policy tests are about.
 */
export function useBrowser({ workers = false }: { workers?: boolean } = {}): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchTestChromium();
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (options) => {
      const context = await newContext({ ...(workers ? {} : { serviceWorkers: 'block' }), ...options });
      if (RANDOM_SEED) await context.addInitScript(seedMathRandom, RANDOM_SEED);
      return context;
    };
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not open yet');
    return browser;
  };
}

/** Console errors and uncaught exceptions seen on a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/**
 * A browser that lets the game store nothing, as private browsing or a work policy does: reading
 * `localStorage` throws. `onlyUnder`, when given, refuses it only to pages whose path holds it (a course's frame).
 */
export async function refuseStorage(target: Page | BrowserContext, onlyUnder?: string): Promise<void> {
  await target.addInitScript((under) => {
    if (under && !location.pathname.includes(under)) return;
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  }, onlyUnder ?? '');
}

export async function heading(page: Page): Promise<string> {
  return (await page.locator('main h1').first().textContent())?.trim() ?? '';
}

/** Press Tab until the focused element's accessible text matches, then return. */
export async function tabTo(page: Page, name: RegExp, limit = 60): Promise<void> {
  // A press on the title drawn before the game loads waits for the game ("Getting the game ready…"), as a
  // player would: on a loaded machine the game can take longer to arrive than sixty Tabs take.
  // One round trip a Tab: what has the focus, or null while the game is still being got ready.
  const focused = (notice: string): { text: string } | null => {
    if ([...document.querySelectorAll('.notice:not([hidden])')].some((n) => n.textContent === notice)) return null;
    const el = document.activeElement as HTMLElement | null;
    return { text: el ? (el.getAttribute('aria-label') ?? el.innerText ?? '').trim() : '' };
  };
  const notice = 'Getting the game ready…';
  for (let i = 0; i < limit; i++) {
    const now =
      (await page.evaluate(focused, notice)) ??
      ((await (await page.waitForFunction(focused, notice, { timeout: 30_000 })).jsonValue()) as { text: string });
    if (name.test(now.text)) return;
    await page.keyboard.press('Tab');
  }
  // Say where the page was, so a failure that happens once in many runs can be read from the log.
  const where = await page.evaluate(() => ({
    screen: document.querySelector('.app')?.getAttribute('data-screen') ?? null,
    heading: document.querySelector('main h1')?.textContent?.trim() ?? null,
    notices: [...document.querySelectorAll('.notice:not([hidden]), [role="alert"]')]
      .map((n) => n.textContent?.trim())
      .filter(Boolean),
    buttons: [...document.querySelectorAll('button:not([hidden])')].map((b) => b.textContent?.trim()).slice(0, 12),
  }));
  throw new Error(`Tab never reached ${name}: ${JSON.stringify(where)}`);
}

export async function press(page: Page, name: RegExp): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.press('Enter');
}

/** Open the game with `save` in the browser's storage (and any other keys given), and press Continue on the title. */
export async function continueFrom(
  page: Page,
  base: string,
  save: string,
  more: Record<string, string> = {},
): Promise<void> {
  await seedStorage(page, { 'common-ground.save': save, ...more });
  await page.goto(base);
  await press(page, /^Continue$/);
}

/** From the title, with the keyboard: New game, the role, then Monday's first scene. */
export async function beginQuarter(page: Page, role: 'clinician leader' | 'operational manager'): Promise<void> {
  await press(page, /^New game$/);
  await press(page, new RegExp(`^Play as ${role}`));
  await press(page, /^Begin Monday$/);
}

/**
 * A new page on the game at Monday's first scene as the clinician leader, in a context of its own
 * (reduced motion unless `options` says otherwise), with console errors watched; `textScale` is set
 * in the game's settings before it loads.
 */
export async function quarterPage(
  browser: Browser,
  base: string,
  options: BrowserContextOptions = {},
  textScale?: number,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  if (textScale !== undefined)
    await seedStorage(page, {
      'common-ground.settings': JSON.stringify({ textScale, reducedMotion: true, sound: false }),
    });
  await page.goto(base);
  await beginQuarter(page, 'clinician leader');
  return { context, page, errors };
}

/** Read the story to the next choice or to the end of the scene, with the keyboard. */
export async function readOn(page: Page): Promise<'choices' | 'end'> {
  // Just after Continue on the title (a reload), the title's own Continue can still be on screen while the game
  // loads on a busy machine: wait for the scene, so that button is never taken for the scene's.
  await page.waitForFunction(
    () => ['scene', 'summary'].includes(document.querySelector('.app')?.getAttribute('data-screen') ?? ''),
    null,
    { timeout: 30_000 },
  );
  for (let i = 0; i < 200; i++) {
    // One look at the page a step, not one a question: each round trip to the browser costs a few
    // milliseconds, and a quarter reads about a thousand lines.
    const at = await page.evaluate(() => {
      // As Playwright's isVisible: a box of some size, and not visibility: hidden.
      const shown = (el: Element | null): el is HTMLElement =>
        !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      if (shown(document.querySelector('section[aria-label="Choices"]:not([hidden]) button.choice'))) return 'choices';
      if (shown(document.querySelector('.scene-end:not([hidden]) button'))) return 'end';
      const more = document.querySelector('button.continue');
      if (!shown(more) || more.textContent?.trim() !== 'Continue') return 'wait';
      return more === document.activeElement ? 'focused' : 'elsewhere';
    });
    if (at === 'choices' || at === 'end') return at;
    if (at === 'wait') {
      await page.waitForTimeout(20);
      continue;
    }
    if (at === 'elsewhere') await tabTo(page, /^Continue$/);
    await page.keyboard.press('Enter');
  }
  throw new Error('The scene never offered a choice or an ending');
}

/** The screen the overlay shows now (the app's data-screen). */
export async function screen(page: Page): Promise<string> {
  return (await page.locator('.app').getAttribute('data-screen')) ?? '';
}

export interface PlayOptions {
  /** Which option to take at each choice point (n options, the step number). */
  pick: (n: number, step: number) => number;
  /** Places to tick on the map each week (ids of the checkboxes, e.g. "ward"). */
  visits?: (week: number) => string[];
  /** Stop when this is true (checked before every move). */
  until: () => Promise<boolean>;
}

/** Play with the keyboard only: read, choose, close scenes, plan weeks, read the week's end. */
export async function play(page: Page, options: PlayOptions): Promise<number> {
  let step = 0;
  for (let guard = 0; guard < 600; guard++) {
    if (await options.until()) return step;
    const now = await screen(page);
    if (now === 'plan') {
      const week = Number(((await heading(page)).match(/\d+/) ?? ['0'])[0]);
      for (const place of options.visits?.(week) ?? []) {
        await page.locator(`#visit-${place}`).focus();
        await page.keyboard.press('Space');
      }
      await press(page, /^Start the week$/);
      await page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-screen') !== 'plan');
      continue;
    }
    if (now === 'week' || now === 'ending') {
      const before = await heading(page);
      await press(
        page,
        /^(Plan week \d|To the quarter review|To the month-end review|See how the (?:quarter|month) ends|See your debrief)/,
      );
      await page.waitForFunction((h) => document.querySelector('main h1')?.textContent !== h, before);
      continue;
    }
    // Just after Continue on the title (a reload), a busy machine can still be loading the game behind the
    // title's shell: wait for it to take the player on, as readOn waits for the scene (CI at 1892bd7 met it).
    if (now === 'title') {
      await page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-screen') !== 'title', null, {
        timeout: 30_000,
      });
      continue;
    }
    if (now !== 'scene' && now !== 'summary') throw new Error(`play() does not know the ${now} screen`);
    const state = await readOn(page);
    if (state === 'choices') {
      const count = await page.locator('section[aria-label="Choices"] button').count();
      const index = options.pick(count, step++);
      // Alternate between the number-key shortcut and Tab + Enter.
      if (step % 2 === 0 && index < 9) await page.keyboard.press(String(index + 1));
      else {
        const text =
          (await page.locator('section[aria-label="Choices"] button .choice-text').nth(index).textContent()) ?? '';
        await press(page, new RegExp(`^${index + 1}\\s*${escape(text.trim()).slice(0, 40)}`));
      }
    } else {
      const before = await page.locator('.scene-end h2').textContent();
      await press(page, /^(On to|Also on|End of week|See how the (?:quarter|month) ends)/);
      await page.waitForFunction(
        (h) =>
          document.querySelector('.app')?.getAttribute('data-screen') !== 'summary' ||
          document.querySelector('.scene-end h2')?.textContent !== h,
        before,
      );
    }
  }
  throw new Error('play() never reached its goal');
}

/** Play week one from its first scene to the end-of-week summary. */
export async function playWeek(page: Page, pick: (n: number, step: number) => number): Promise<number> {
  return play(page, { pick, until: async () => (await screen(page)) === 'week' });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function meters(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of ['Budget', 'Patient care', 'Trust']) {
    out[name] = Number(await page.getByRole('meter', { name, exact: true }).getAttribute('aria-valuenow'));
  }
  return out;
}

/**
 * Wait until what the page put off until after its next frame has been done: the autosave of the last
 * move and the note of how far the player has read. The page asked for its frame first, so its work runs
 * before this one's.
 */
export async function painted(page: Page | Frame): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** The game's autosave as the page has written it, once the last move's save has been made (null: none). */
export async function savedGame<T = { state: Record<string, unknown> }>(page: Page | Frame): Promise<T | null> {
  await painted(page);
  return JSON.parse((await page.evaluate(() => localStorage.getItem('common-ground.save'))) ?? 'null') as T | null;
}

/** Let running CSS animations finish, so what is checked is what a reader sees. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
}

export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  await settle(page);
  // Legacy mode runs axe in the page itself. The default gathers each frame's results and finishes them
  // in a new blank page, about half a second a check, and the game's screens have no frames of their own.
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode()
    .analyze();
  const summary = result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
  expect(summary, `axe on ${where}`).toEqual([]);
}
