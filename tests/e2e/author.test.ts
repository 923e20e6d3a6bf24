/**
 * A facilitator's own scene (DESIGN.md's authoring mode), on the production
 * build: the write page checks the ink in the browser and names each problem
 * by its line, a press on the line selects it in the box, the draft survives
 * a reload, and a trial plays the scene in the real game as the role and at
 * the hidden level asked for, ending with the way back. The player's own
 * saved game is never touched; every screen passes axe at desktop and phone
 * sizes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import example from '../../src/ui/author/example.ink?raw';
import { DRAFT_KEY } from '../../src/ui/author/trial-link.ts';
import { expectNoAxeViolations, useBrowser, watchErrors } from './browser.ts';

const browserFor = useBrowser();
const base = inject('baseURL');
const SAVE = '{"kept":"the player’s own game"}';

/**
 * A fresh browser at `path`, holding the player's own saved game (which nothing here may touch) and, when given,
 * a scene of one's own kept as the write page keeps it.
 */
async function openAt(path: string, { width = 1280, draft }: { width?: number; draft?: string } = {}) {
  const context = await browserFor().newContext({
    viewport: { width, height: width < 500 ? 800 : 900 },
    reducedMotion: 'reduce',
  });
  await context.addInitScript(
    ([save, key, text]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem('common-ground.save', save!);
      if (text) localStorage.setItem(key!, text);
      sessionStorage.setItem('seeded', '1');
    },
    [SAVE, DRAFT_KEY, draft ?? ''] as const,
  );
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${base}${path}`);
  return { context, page, errors };
}

async function writePage(width = 1280) {
  const opened = await openAt('?workshop=write', { width });
  await opened.page.getByRole('heading', { level: 1, name: 'Try a scene of your own' }).waitFor();
  return opened;
}

const box = (page: Page) => page.getByLabel('Your scene, in ink');
async function check(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Check the scene' }).click();
  const result = page.getByRole('heading', { level: 2, name: /ready to play|to mend/ });
  await result.waitFor({ timeout: 60_000 });
  return (await result.textContent()) ?? '';
}

describe('a scene of your own', () => {
  it('is checked in the browser, each problem named by its line, and the line found in the box', async () => {
    const { context, page, errors } = await writePage();
    await expectNoAxeViolations(page, 'the write page, empty');
    await page.getByRole('button', { name: 'Start from the example' }).click();
    expect(await box(page).inputValue()).toBe(example);
    expect(await check(page)).toBe('Your scene is ready to play');
    expect(await page.locator('.scene-results .hint').first().textContent()).toMatch(
      /^Checked in \d+\.\d s: compiled with the game’s whole story, and played 400 times in both roles under every hidden level/,
    );
    // What the story check found, per role.
    const figures = page.getByRole('table');
    expect(await figures.getByRole('row', { name: /Moves of the role’s own authority/ }).textContent()).toMatch(
      /standards.*post/,
    );
    await expectNoAxeViolations(page, 'the write page, checked');

    // Two mistakes: an ink error and an unknown tag.
    const broken = example
      .replace('+ [Ask Grace to ring her back]', '+ [Ask Grace to ring her back')
      .replace('# budget -2', '# budgte -2');
    await box(page).fill(broken);
    expect(await check(page)).toBe('One problem to mend before it can be played');
    const tagLine = broken.split('\n').findIndex((l) => l.includes('budgte')) + 1;
    const problems = page.locator('.scene-problems li');
    expect(await problems.allTextContents()).toEqual([
      `Line ${tagLine}: The tag "# budgte -2": unknown tag "budgte -2".# budgte -2`,
    ]);
    // The tag mended, the ink error is the next to find.
    await box(page).fill(broken.replace('budgte', 'budget'));
    expect(await check(page)).toBe('One problem to mend before it can be played');
    const inkLine = broken.split('\n').findIndex((l) => l.includes('[Ask Grace to ring her back')) + 1;
    await page.getByRole('button', { name: `Line ${inkLine}` }).click();
    const selected = await box(page).evaluate((el: HTMLTextAreaElement) => ({
      text: el.value.slice(el.selectionStart, el.selectionEnd),
      focused: document.activeElement === el,
      scrolled: el.scrollTop,
    }));
    expect(selected).toMatchObject({ text: '+ [Ask Grace to ring her back', focused: true });
    // The line is far down the box: the box scrolled to it.
    expect(selected.scrolled).toBeGreaterThan(200);
    await expectNoAxeViolations(page, 'the write page, with problems');

    // The draft is kept as typed: a reload brings it back.
    await page.reload();
    await box(page).waitFor();
    expect(await box(page).inputValue()).toBe(broken.replace('budgte', 'budget'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stops a check that never ends, and says why, with the page still answering', async () => {
    const { context, page, errors } = await writePage();
    await page.evaluate(() => ((globalThis as { commonGroundCheckLimitMs?: number }).commonGroundCheckLimitMs = 3000));
    // A stitch that diverts to itself with no line between: ink itself never comes back.
    await box(page).fill(
      '=== local_loop ===\n# title Loop\n# barrier status\n# place ward\n# day Monday\nHello.\n-> again\n= again\n-> again\n',
    );
    await page.getByRole('button', { name: 'Check the scene' }).click();
    // The page answers while the worker is stuck: the tag list opens.
    await page.getByText('The tags, in short').click();
    expect(await page.locator('.tags-in-short').getAttribute('open')).toBe('');
    await page.getByRole('heading', { level: 2, name: 'One problem to mend before it can be played' }).waitFor();
    expect(await page.locator('.scene-problems li').textContent()).toMatch(
      /^The file: The check was stopped after a minute without an answer: .*divert that loops back on itself/,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a file, and keeps what the file or the example replaced, back with one press', async () => {
    const { context, page } = await writePage();
    await box(page).fill('=== local_mine ===\nMy own words.');
    await page.getByRole('button', { name: 'Start from the example' }).click();
    expect(await box(page).inputValue()).toBe(example);
    await page.getByRole('button', { name: 'put it back' }).click();
    expect(await box(page).inputValue()).toBe('=== local_mine ===\nMy own words.');
    // A file saved from Inky on Windows.
    await page.locator('input[type="file"]').setInputFiles({
      name: 'handover.ink',
      mimeType: 'text/plain',
      buffer: Buffer.from('=== local_handover ===\r\nFrom Inky.\r\n'),
    });
    await expect.poll(() => box(page).inputValue()).toBe('=== local_handover ===\nFrom Inky.\n');
    expect(await page.getByRole('status').first().textContent()).toMatch(/^Opened “handover.ink”/);
    await page.getByRole('button', { name: 'put it back' }).click();
    expect(await box(page).inputValue()).toBe('=== local_mine ===\nMy own words.');
    // Too big to be a scene: refused, and the box unchanged.
    await page.locator('input[type="file"]').setInputFiles({
      name: 'video.mp4',
      mimeType: 'video/mp4',
      buffer: Buffer.alloc(300_000),
    });
    await page.getByRole('alert').filter({ hasText: '“video.mp4” is 300 kB' }).waitFor();
    expect(await box(page).inputValue()).toBe('=== local_mine ===\nMy own words.');
    await context.close();
  });

  it('plays in the real game as the role and level asked for, and its end leads back; the player’s own game is untouched', async () => {
    const { context, page, errors } = await writePage(390);
    await page.getByRole('button', { name: 'Start from the example' }).click();
    await check(page);
    await page.getByText('The tags, in short').click();
    await expectNoAxeViolations(page, 'the write page, checked, its tags open, on a phone');
    // Nothing on the page is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByLabel(/hidden level/).selectOption('practice');
    await page.getByRole('button', { name: 'Play as the general manager' }).click();
    await page.locator('[data-screen="scene"]').waitFor({ timeout: 60_000 });
    expect(new URL(page.url()).search).toBe('?try=manager&level=practice&knot=local_discharge');
    expect(await page.locator('.notice-banner').textContent()).toBe(
      'A trial of your own scene, “Out by eleven”, as the general manager, with the tension at the practice level. Nothing is saved or sent.Back to your sceneDismiss',
    );
    await expectNoAxeViolations(page, 'a trial, its first line, on a phone');
    // The manager's own line, and the clue for practice (Grace: "It depends whose patients they are").
    const seen: string[] = [];
    for (let step = 0; step < 120 && !(await page.locator('.trial-end').isVisible()); step++) {
      seen.push(await page.locator('main').innerText());
      const choice = page.locator('section[aria-label="Choices"]:not([hidden]) button.choice');
      if (await choice.first().isVisible()) await choice.first().click();
      else if (await page.locator('button.continue').isVisible()) await page.locator('button.continue').click();
      else await page.waitForTimeout(50);
    }
    seen.push(await page.locator('main').innerText());
    const read = seen.join('\n');
    expect(read).toContain('At the ten o’clock bed meeting in the site office');
    expect(read).not.toContain('You did the round.');
    expect(read).toContain('It depends whose patients they are.');
    const end = page.locator('.trial-end a');
    expect(await end.allTextContents()).toEqual([
      'Back to your scene',
      'Play it again',
      'Play it as the clinical director',
    ]);
    await expectNoAxeViolations(page, 'a trial, its end, on a phone');
    // Nothing of the trial reached the player's own storage, but a setting does, as in the game: Larger text
    // chosen for a projector stays for the next trial. Settings' way out goes back to the scene, not to a title.
    expect(await page.evaluate(() => localStorage.getItem('common-ground.save'))).toBe(SAVE);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Larger').check();
    expect(await page.locator('.settings .to-title').textContent()).toBe('Back to your scene');
    expect(await page.locator('.settings .to-title-note').isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('common-ground.settings') ?? '{}'))).toMatchObject(
      {
        textScale: 1.5,
      },
    );
    await end.filter({ hasText: 'Play it as the clinical director' }).click();
    await page.locator('[data-screen="scene"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('.notice-banner').textContent()).toContain('as the clinical director');
    expect(await page.evaluate(() => document.documentElement.dataset.text)).toBe('larger');
    await page.locator('.notice-banner').getByRole('button', { name: 'Back to your scene' }).click();
    await page.getByRole('heading', { level: 1, name: 'Try a scene of your own' }).waitFor();
    expect(await box(page).inputValue()).toBe(example);
    // Checked again without a press, its ways to play ready, and the reader left at the page's top.
    await page.getByRole('heading', { level: 2, name: 'Your scene is ready to play' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('button', { name: 'Play as the general manager' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('write-heading');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays the scene heard of second-hand when asked', async () => {
    const { context, page, errors } = await openAt('?try=clinician&level=department&knot=local_discharge&heard=1', {
      draft: example,
    });
    await page.locator('[data-screen="scene"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('.notice-banner').textContent()).toContain(
      'as the clinical director, hearing of it second-hand, with the tension at the department level.',
    );
    const first = page.locator('main p').filter({ hasText: 'Larch Ward' }).first();
    expect(await first.textContent()).toContain('Larch Ward’s discharges reach you as a number on a spreadsheet');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says why a trial cannot start: no scene kept, or one with problems', async () => {
    const { context, page, errors } = await openAt('?try=clinician');
    await page.getByRole('heading', { level: 1, name: 'No scene to play' }).waitFor({ timeout: 60_000 });
    await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [
      DRAFT_KEY,
      '=== local_x ===\n+ [Only',
    ] as const);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your scene cannot be played yet' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('main p').first().textContent()).toMatch(/problems? to mend first/);
    await expectNoAxeViolations(page, 'a trial that cannot start');
    expect(errors).toEqual([]);
    await context.close();
  });
});
