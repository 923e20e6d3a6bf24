/**
 * The title comes up before the game has loaded (issue 11). A button pressed
 * meanwhile is pressed again when the game is ready; a game that cannot be
 * loaded says so on the title, and nothing is lost.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watchErrors } from './browser.ts';

const browserFor = useBrowser();
const base = inject('baseURL');

/** The chunk that holds the game: everything the title does not need. */
const GAME_CHUNK = /\/assets\/app-[^/]*\.js$/;

/** Keep the game's code from arriving until the returned function is called. */
async function holdGameChunk(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(GAME_CHUNK, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** A fresh title, the game's code held back until `release` is called. */
async function titleBeforeTheGame() {
  const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const release = await holdGameChunk(page);
  await page.goto(base);
  return { context, page, errors, release };
}

describe('the title before the game has loaded', () => {
  it('remembers New game pressed while the game loads, and goes on to the roles when it is ready', async () => {
    const { context, page, errors, release } = await titleBeforeTheGame();
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('status').filter({ hasText: 'Getting the game ready' }).waitFor();
    expect(await page.getByRole('button', { name: /^Play as clinician leader/ }).count()).toBe(0);
    release();
    await page.getByRole('button', { name: /^Play as clinician leader/ }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a press the game took over in the middle of: the button went down on the title before, and came up on the title after', async () => {
    const { context, page, errors, release } = await titleBeforeTheGame();
    const box = (await page.getByRole('button', { name: 'New game' }).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    release();
    // The game's own title has replaced the shell's (only the game's has the meters bar).
    await page.locator('.topbar').waitFor({ state: 'attached' });
    await page.mouse.up();
    await page.getByRole('button', { name: /^Play as clinician leader/ }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a workshop code being typed as the game takes over: the box open, the text, the focus', async () => {
    const { context, page, errors, release } = await titleBeforeTheGame();
    await page.getByText('Join a workshop').click();
    await page.getByLabel('Workshop code').pressSequentially('WQTR44-K7M2');
    release();
    await page.locator('.topbar').waitFor({ state: 'attached' });
    // Typing goes on where it was, in the game's own box.
    await page.keyboard.type('QX');
    expect(await page.getByLabel('Workshop code').inputValue()).toBe('WQTR44-K7M2QX');
    expect(await page.locator('details.join-by-code').getAttribute('open')).not.toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so on the title when the game cannot be loaded, and keeps the save', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.route(GAME_CHUNK, (route) => route.abort('internetdisconnected'));
    await page.addInitScript(() => localStorage.setItem('common-ground.save', '{"kept":true}'));
    await page.goto(base);
    await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/network may have dropped.*Reload the page/);
    expect(await page.evaluate(() => localStorage.getItem('common-ground.save'))).toBe('{"kept":true}');
    await context.close();
  });

  it('loads the world as the player leaves the title, and the empty stage says so until it is drawn', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route(/\/assets\/phaser-[^/]*\.js$/, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.goto(base);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await page.waitForTimeout(500);
    expect(asked).toBe(false); // nothing of the world on the title
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /^Play as clinician leader/ }).click();
    await page.getByRole('button', { name: 'Begin Monday' }).waitFor();
    expect(asked).toBe(true);
    expect(await page.locator('.stage-note').textContent()).toMatch(/^Drawing the hospital… \d+%$/);
    release();
    await page.locator('canvas').waitFor();
    await page.locator('.stage-note').waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
