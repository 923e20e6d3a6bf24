/**
 * The bench's responsiveness part (issue 11): the game beside a plain ink web
 * player, both in the same headless Chromium, at 1× and 4× CPU throttling.
 *
 * The plain player is built here from the same compiled story and the same
 * inkjs runtime: the canonical loop (Continue shows one line; choices are
 * buttons; a choice shows its first line). Every figure is measured the same
 * way in both, so their ratio holds on a noisy machine:
 * - an interaction → painted: from the click event's timestamp to the first
 *   task after the next frame (rAF, then a message), as Event Timing counts it;
 * - the title usable (our game) and the first choice shown (the player);
 * - total blocking time after the title: the long tasks' time over 50 ms,
 *   from the title being usable until the world has loaded and settled;
 * - frame intervals while lines advance.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, CDPSession, Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** A page script that times each click to the frame after it is painted. */
const TIMING_SCRIPT = `
(() => {
  const t = (window.__bench = { clicks: [], frames: [], longtasks: [], usable: 0 });
  addEventListener('click', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => t.clicks.push(performance.now() - start);
      channel.port2.postMessage(0);
    });
  }, true);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) t.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  let last = 0;
  t.recordFrames = (on) => {
    t.framing = on;
    if (!on) return;
    last = performance.now();
    const tick = (now) => {
      if (!t.framing) return;
      t.frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
})();
`;

/** The plain ink web player, playing the game's own story from its first scene. */
export function plainPlayerHtml(storyJson: string): string {
  const runtime = readFileSync(require.resolve('inkjs'), 'utf8');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain ink player</title>
<style>body{font:18px/1.5 system-ui,sans-serif;max-width:40em;margin:2em auto;padding:0 1em}button{display:block;margin:.5em 0;font:inherit}</style>
</head><body><main><div id="story" role="log"></div><div id="controls"></div></main>
<script>${runtime.replace(/<\/script/gi, '<\\/script')}</script>
<script>
const story = new inkjs.Story(${JSON.stringify(storyJson)});
story.variablesState.role = 'clinician';
story.ChoosePathString('week1_status');
const log = document.getElementById('story');
const controls = document.getElementById('controls');
function step() {
  controls.replaceChildren();
  if (story.canContinue) {
    const p = document.createElement('p');
    p.textContent = story.Continue();
    log.append(p);
    p.scrollIntoView({ block: 'nearest' });
  }
  if (story.canContinue) {
    const b = document.createElement('button');
    b.textContent = 'Continue';
    b.onclick = step;
    controls.append(b);
  } else {
    story.currentChoices.forEach((c, i) => {
      const b = document.createElement('button');
      b.className = 'choice';
      b.textContent = c.text;
      b.onclick = () => { story.ChooseChoiceIndex(i); step(); };
      controls.append(b);
    });
  }
}
step();
</script></body></html>`;
}

export interface PaintFigures {
  /** The game: title usable; the player: first choice shown (ms from navigation). */
  ready: number;
  continueMs: number[];
  choiceMs: number[];
  /** Total blocking time after the title was usable (the game) or the first choice (the player). */
  tbt: number;
  /** The game: total blocking time from leaving the title until the world has loaded and settled. */
  tbtWorld: number;
  /** The game: when its service worker had precached every file, in ms from navigation (a first visit's one-off). */
  precached: number;
  frames: number[];
  renderer: string;
}

export const p = (xs: readonly number[], q: number): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

async function throttle(page: Page, rate: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

const read = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          __bench: { clicks: number[]; frames: number[]; longtasks: [number, number][]; usable: number };
        }
      ).__bench,
  );

const blocking = (longtasks: [number, number][], after: number): number =>
  longtasks.filter(([start]) => start >= after).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);

/** Clicks `count` interactions of one kind and returns how long each took to paint. */
async function timeClicks(page: Page, act: () => Promise<boolean>, count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const before = (await read(page)).clicks.length;
    if (!(await act())) break;
    await page.waitForFunction(
      (n) => (window as unknown as { __bench: { clicks: number[] } }).__bench.clicks.length > n,
      before,
    );
    out.push((await read(page)).clicks.at(-1)!);
    await page.waitForTimeout(60); // a reader's pause, so each click meets a quiet page
  }
  return out;
}

/** The game: title, role, briefing, then lines and choices through week one's scenes. */
export async function measureGame(browser: Browser, base: string, rate: number, lines = 30): Promise<PaintFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(TIMING_SCRIPT);
  await throttle(page, rate);
  const t0 = Date.now();
  await page.goto(base, { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'New game' }).waitFor({ state: 'visible' });
  const ready = Date.now() - t0;
  const usableAt = await page.evaluate(() => performance.now());
  // The title, as a room waiting for the facilitator sees it: until the game has loaded and settled.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  const tbt = blocking((await read(page)).longtasks, usableAt);
  // Leaving the title loads the world: its blocking time until it is up and settled, on the role screen.
  const leftAt = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'New game' }).click();
  await page.waitForFunction(() => document.querySelector('canvas'), undefined, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  const tbtWorld = blocking((await read(page)).longtasks, leftAt);
  // A first visit also precaches every file for offline play, once, in the service worker. Lines and choices
  // are timed after that, as every later visit plays them; when it finished is reported beside them.
  const precached =
    (await page.evaluate(async () => {
      await navigator.serviceWorker?.ready;
      return performance.now();
    })) -
    usableAt +
    ready;
  await page.waitForTimeout(500);
  const renderer = await page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    if (!canvas) return 'none';
    return canvas.getContext('webgl2') || canvas.getContext('webgl') ? 'webgl' : 'canvas';
  });
  await page.getByRole('button', { name: /^Play as clinician leader/ }).click();
  await page.getByRole('button', { name: 'Begin Monday' }).click();
  const cont = page.getByRole('button', { name: 'Continue', exact: true });
  const choice = page.locator('section[aria-label="Choices"] button.choice').first();
  const continueMs: number[] = [];
  const choiceMs: number[] = [];
  await page.evaluate(() =>
    (window as unknown as { __bench: { recordFrames: (on: boolean) => void } }).__bench.recordFrames(true),
  );
  for (let guard = 0; guard < 200 && continueMs.length < lines; guard++) {
    if (await cont.isVisible()) continueMs.push(...(await timeClicks(page, async () => (await cont.click(), true), 1)));
    else if (await choice.isVisible())
      choiceMs.push(...(await timeClicks(page, async () => (await choice.click(), true), 1)));
    else {
      const next = page.getByRole('button', { name: /^(Next scene|Continue to|Plan week|Next)/ }).first();
      if (await next.isVisible()) await next.click();
      else await page.waitForTimeout(50);
    }
  }
  const { frames } = await read(page);
  await context.close();
  return { ready, continueMs, choiceMs, tbt, tbtWorld, precached, frames, renderer };
}

/** The plain player, on the same story, measured the same way. */
export async function measurePlayer(browser: Browser, html: string, rate: number, lines = 30): Promise<PaintFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(TIMING_SCRIPT);
  await page.route('http://player.local/', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await throttle(page, rate);
  const t0 = Date.now();
  await page.goto('http://player.local/', { waitUntil: 'commit' });
  const cont = page.getByRole('button', { name: 'Continue', exact: true });
  const choice = page.locator('button.choice').first();
  await cont.or(choice).first().waitFor({ state: 'visible' });
  const ready = Date.now() - t0;
  const usableAt = await page.evaluate(() => performance.now());
  await page.waitForTimeout(1000);
  const tbt = blocking((await read(page)).longtasks, usableAt);
  await page.evaluate(() =>
    (window as unknown as { __bench: { recordFrames: (on: boolean) => void } }).__bench.recordFrames(true),
  );
  const continueMs: number[] = [];
  const choiceMs: number[] = [];
  for (let guard = 0; guard < 200 && continueMs.length < lines; guard++) {
    if (await cont.isVisible()) continueMs.push(...(await timeClicks(page, async () => (await cont.click(), true), 1)));
    else if (await choice.isVisible())
      choiceMs.push(...(await timeClicks(page, async () => (await choice.click(), true), 1)));
    else break;
  }
  const { frames } = await read(page);
  await context.close();
  return { ready, continueMs, choiceMs, tbt, tbtWorld: 0, precached: 0, frames, renderer: 'none' };
}
