/**
 * Nothing the player made is lost (issue 11): a damaged save the browser has
 * no room to set aside is never written over without the player's word, and
 * importing a room's run files never pushes the player's own runs out.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { beginQuarter, painted, press, readOn, useBrowser, watchErrors } from './browser.ts';
import { saveWhere } from './saves.ts';
import { seedStorage } from '../../src/tools/chromium.ts';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { Game } from '../../src/engine/run/game.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { move, STRATEGIES } from '../../src/engine/drive/simulate.ts';
import { recordOf, serializeRuns } from '../../src/engine/read/record.ts';

const browserFor = useBrowser();
const base = inject('baseURL');

/**
 * Fill the browser's storage for this site to the last few bytes, with `text`
 * as the saved game in it: a 256 kB block is freed to make exactly enough room.
 */
async function fillAround(page: Page, text: string): Promise<void> {
  await page.evaluate((save) => {
    localStorage.clear();
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; i < 200; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        break;
      }
    }
    for (let i = 199; i >= 0; i--) {
      if (localStorage.getItem(`filler-${i}`) !== null) {
        localStorage.removeItem(`filler-${i}`);
        break;
      }
    }
    localStorage.setItem('common-ground.save', save);
    let n = 0;
    for (const size of [16_384, 1024, 64, 4, 1]) {
      const piece = 'y'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`s${n++}`, piece);
        } catch {
          break;
        }
      }
    }
  }, text);
}

describe('nothing the player made is lost', () => {
  it('a damaged save with no room to set it aside is kept, offered for download, and not saved over until the player says so', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const damaged = '{"format":"common-ground-save","version":4,"state":"this is not a game"}';
    await page.goto(base);
    // Fill the browser's storage for this site, then put the damaged save in the last of the room.
    await fillAround(page, damaged);
    await page.reload();
    await page.getByRole('button', { name: 'New game' }).waitFor();
    const notice = page.locator('.notice-warning');
    expect(await notice.textContent()).toMatch(/no room to keep a copy aside.*will not save over it until you say so/);
    // The download offers the very text that could not be read.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download the damaged save' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('common-ground-damaged-save.json');
    // A new game plays, and says it is not saving; the damaged save is still there.
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /^Play as clinician leader/ }).click();
    await page.getByRole('button', { name: 'Begin Monday' }).click();
    const banner = page.locator('.save-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/not being saved: your damaged saved game is still where it was/);
    expect(await page.evaluate(() => localStorage.getItem('common-ground.save'))).toBe(damaged);
    // The player can download it, and give their word, from the game as well as from the title.
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      banner.getByRole('button', { name: 'Download the damaged save' }).click(),
    ]);
    expect(again.suggestedFilename()).toBe('common-ground-damaged-save.json');
    await banner.getByRole('button', { name: 'Let the game save over it' }).click();
    // Storage is still full, so the game says so now, rather than that it waits for the player's word.
    await page.waitForFunction(() => /storage is full/.test(document.querySelector('.save-banner')?.textContent ?? ''));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the player’s word lets the game save over it', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(base);
    const damaged = '{"format":"common-ground-save","version":4}';
    await fillAround(page, damaged);
    await page.reload();
    await page.getByRole('button', { name: 'Let the game save over it' }).click();
    // Free some room, as a player clearing space would, then play: the game saves again.
    await page.evaluate(() => {
      for (let i = 0; i < 10; i++) localStorage.removeItem(`filler-${i}`);
    });
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /^Play as operational manager/ }).click();
    await page.waitForFunction(() => localStorage.getItem('common-ground.save')?.includes('"briefing"'));
    await context.close();
  });

  it('importing fifty runs keeps every one of the player’s own', async () => {
    // A finished quarter, and a file of fifty runs from a room.
    const story = compileInk('stories/main.ink').json!;
    const game = new Game({ story, random: seededRandom(8) });
    game.send({ type: 'NEW_GAME' });
    game.send({ type: 'CHOOSE_ROLE', role: 'clinician', seed: 'WARDAA' });
    game.send({ type: 'BEGIN' });
    const r = seededRandom(8);
    for (let i = 0; i < 3000 && game.state.screen !== 'debrief'; i++) move(game, STRATEGIES.random!, r);
    const one = recordOf(game.state);
    const own = [1, 2, 3].map((n) => ({ ...one, run: { ...one.run, id: `mine-${n}` } }));
    const room = Array.from({ length: 50 }, (_, n) => ({ ...one, run: { ...one.run, id: `room-${n}` } }));
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await seedStorage(page, {
      'common-ground.save': saveWhere('manager', (_s, flow) => flow === 'debrief'),
      'common-ground.runs': serializeRuns(own, new Date(), true),
    });
    await page.goto(base);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('heading', { name: 'Debrief', level: 1 }).waitFor();
    await page.locator('#db-keep .fold-toggle').click();
    await page.locator('#import-runs').setInputFiles({
      name: 'room.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeRuns(room)),
    });
    await page.waitForFunction(() =>
      /Imported 50 runs/.test(document.querySelector('.debrief-status')?.textContent ?? ''),
    );
    const kept = await page.evaluate(() => ({
      own: JSON.parse(localStorage.getItem('common-ground.runs')!).runs.map((r: { run: { id: string } }) => r.run.id),
      imported: JSON.parse(localStorage.getItem('common-ground.runs.imported')!).runs.length,
    }));
    for (const id of ['mine-1', 'mine-2', 'mine-3']) expect(kept.own).toContain(id);
    expect(kept.imported).toBe(50);
    await context.close();
  });

  it('the game open in two tabs: neither writes over the other’s newer save without the player’s word, and each says so at once', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const first = await context.newPage();
    const second = await context.newPage();
    const errors = [...watchErrors(first), ...watchErrors(second)];
    const saved = () => first.evaluate(() => localStorage.getItem('common-ground.save'));
    const decisions = async () =>
      (JSON.parse((await saved())!) as { state: { decisions: unknown[] } }).state.decisions.length;
    const takeFirst = async (page: Page) => {
      expect(await readOn(page)).toBe('choices');
      await page.locator('section[aria-label="Choices"] button.choice').first().click();
      await painted(page);
    };
    const stopped = (page: Page) => page.locator('.save-banner', { hasText: 'open in another tab or window too' });
    await first.goto(base);
    await beginQuarter(first, 'clinician leader');
    await takeFirst(first);
    expect(await decisions()).toBe(1);
    // The learner opens the game again in a second tab and goes on there from the same place.
    await second.goto(base);
    await press(second, /^Continue$/);
    expect(await readOn(second)).toBe('choices');
    // The first tab plays on: the second, now behind, is told at once, before anything more is played there.
    await takeFirst(first);
    expect(await decisions()).toBe(2);
    await stopped(second).waitFor();
    expect(await stopped(second).textContent()).toMatch(/this page has stopped saving/);
    // A decision taken in the tab that is behind is not saved over the first tab's newer game.
    const newer = await saved();
    await takeFirst(second);
    expect(await saved()).toBe(newer);
    // The player keeps the second tab's game after all: it is saved, and now the first tab is told.
    await stopped(second).getByRole('button', { name: 'Save this page’s game over it' }).click();
    await second.waitForFunction(() => !document.querySelector('.save-banner:not([hidden])'));
    expect(await decisions()).toBe(2);
    expect(await saved()).not.toBe(newer);
    await stopped(first).waitFor();
    // Reloading the first tab goes on from the second's place.
    await stopped(first).getByRole('button', { name: 'Reload, to go on from the other one’s place' }).click();
    await press(first, /^Continue$/);
    await takeFirst(first);
    await first.waitForFunction(
      () => JSON.parse(localStorage.getItem('common-ground.save')!).state.decisions.length === 3,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a problem in the story is told in plain words, its detail folded away, with the way back to the last autosave', async () => {
    const context = await browserFor().newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    // The story as served reads a variable it never sets, just after Monday's first choice: what a content
    // update with a slip in it, or a runtime fault, would do.
    let broken = 0;
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      const changed = body.replaceAll('"VAR?":`earned`', '"VAR?":`earnedNowhere`');
      if (changed !== body) broken++;
      await route.fulfill({ response, body: changed });
    });
    await page.goto(base);
    await beginQuarter(page, 'clinician leader');
    expect(await readOn(page)).toBe('choices');
    expect(broken).toBe(1);
    // The autosave of the choices on screen is written once they are painted: wait for it, not the briefing's.
    await page.waitForFunction(() => {
      const save = JSON.parse(localStorage.getItem('common-ground.save') ?? 'null') as {
        state: { screen: string; choices: unknown[] };
      } | null;
      return save?.state.screen === 'scene' && save.state.choices.length > 0;
    });
    const saved = await page.evaluate(() => localStorage.getItem('common-ground.save'));
    await page.getByRole('button', { name: /Stop at bed 14/ }).click();
    const notice = page.locator('.story-stopped');
    await notice.waitFor();
    // What the player reads: plain words and what to do, not the runtime's.
    expect(await notice.locator('p').first().textContent()).toBe(
      'The story hit a problem it cannot get past. Your last autosave is safe: go back to the title and press Continue, or start a new game.',
    );
    expect(await notice.innerText()).not.toMatch(/earnedNowhere|RUNTIME|Ink Pointer/);
    // The runtime's words are kept for whoever looks after the game, one press away.
    await notice.getByText('What went wrong, for whoever looks after the game').click();
    expect(await notice.locator('details p').textContent()).toMatch(/earnedNowhere/);
    // The autosave from before the choice is untouched, and Continue on the title goes back to it.
    expect(await page.evaluate(() => localStorage.getItem('common-ground.save'))).toBe(saved);
    await notice.getByRole('button', { name: 'Back to the title' }).click();
    await press(page, /^Continue$/);
    expect(await readOn(page)).toBe('choices');
    expect(await page.getByRole('button', { name: /Stop at bed 14/ }).count()).toBe(1);
    await context.close();
  });

  it('a damaged save set aside on an earlier visit is offered on the title and in Settings until the player deletes it', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(base);
    // Once the game has taken over from the title's shell (it reads the save as it starts): planted sooner, on a
    // loaded machine the first visit itself could find it, set it aside, and leave the reload the later notice.
    await page.locator('.title-card > p.notice[role="status"]').waitFor({ state: 'detached' });
    await page.evaluate(() => localStorage.setItem('common-ground.save', 'hello'));
    await page.reload();
    await page.locator('.notice-warning', { hasText: 'kept aside, not deleted' }).waitFor();
    // The next visit: the warning has been given, and what was kept is still offered.
    await page.reload();
    const notice = page.locator('.notice', {
      hasText: 'Kept aside in this browser, not deleted: a damaged saved game.',
    });
    await notice.waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download it' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('common-ground-damaged-save.json');
    await page.getByRole('button', { name: 'Settings' }).click();
    const kept = page.getByRole('region', { name: 'Kept aside in this browser' });
    expect(await kept.locator('li').allTextContents()).toEqual([expect.stringMatching(/^A damaged saved game\. /)]);
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      kept.getByRole('button', { name: 'Download it' }).click(),
    ]);
    expect(again.suggestedFilename()).toBe('common-ground-damaged-save.json');
    // Deleting takes a second press, and then it is gone for good.
    await kept.getByRole('button', { name: 'Delete it' }).click();
    expect(await page.evaluate(() => localStorage.getItem('common-ground.save.rejected'))).toBe('hello');
    await kept.getByRole('button', { name: 'Delete it for good: press again' }).click();
    expect(await page.evaluate(() => localStorage.getItem('common-ground.save.rejected'))).toBeNull();
    expect(await kept.isHidden()).toBe(true);
    await page.reload();
    await page.getByRole('button', { name: 'New game' }).waitFor();
    // The title drawn before the game loads has a hidden status line of its own: wait for the game's title,
    // which is the one that offers what was kept, before saying nothing is offered.
    await page.locator('.title-card > p.notice[role="status"]').waitFor({ state: 'detached' });
    expect(await page.locator('.notice').allTextContents()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
