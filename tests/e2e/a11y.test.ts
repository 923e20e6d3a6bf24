/** Zero axe-core violations (WCAG 2.2 AA tags) on every screen of the production build. */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  continueFrom,
  expectNoAxeViolations,
  heading,
  useBrowser,
  play,
  playWeek,
  press,
  quarterPage,
  readOn,
  screen,
  watchErrors,
} from './browser.ts';
import { saveWhere } from './saves.ts';

const browserFor = useBrowser();

/** The accessible description Chromium gives the focused element: what a screen reader says after its name. */
async function focusedDescription(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        role?: { value: string };
        properties?: { name: string; value: { value: unknown } }[];
        description?: { value: string };
      }[];
    };
    // The document itself counts as focused too; the element is the one inside it.
    const focused = nodes.find(
      (n) =>
        n.role?.value !== 'RootWebArea' && n.properties?.some((p) => p.name === 'focused' && p.value.value === true),
    );
    return focused?.description?.value ?? '';
  } finally {
    await cdp.detach();
  }
}
const base = inject('baseURL');

describe('accessibility', () => {
  it.each([
    ['a desktop', { width: 1280, height: 900 }],
    ['a phone', { width: 360, height: 740 }],
  ])('every screen passes axe on %s', async (_name, viewport) => {
    const context = await browserFor().newContext({ viewport });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(base);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await expectNoAxeViolations(page, 'title');

    await page.getByRole('button', { name: 'Settings' }).first().click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    await expectNoAxeViolations(page, 'settings');
    await page.getByRole('button', { name: 'Done' }).click();

    await press(page, /^New game$/);
    await page.getByRole('heading', { name: 'Choose your role' }).waitFor();
    await expectNoAxeViolations(page, 'role');
    await press(page, /^Play as clinician leader/);
    await expectNoAxeViolations(page, 'briefing');
    await press(page, /^Begin Monday$/);
    await readOn(page);
    // The contract tests rely on: named meters, a Choices region of buttons, a heading per screen.
    for (const name of ['Budget', 'Patient care', 'Trust']) {
      expect(await page.getByRole('meter', { name, exact: true }).getAttribute('aria-valuenow')).toMatch(/^\d+$/);
    }
    expect(await page.getByRole('region', { name: 'Choices' }).getByRole('button').count()).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page, 'scene');
    for (;;) {
      if ((await readOn(page)) === 'end') break;
      await page.keyboard.press('1');
    }
    await expectNoAxeViolations(page, 'end of scene');
    await press(page, /^On to/);
    await playWeek(page, () => 0);
    await expectNoAxeViolations(page, 'end of week');
    await page.getByRole('button', { name: 'Notebook' }).click();
    await page.getByRole('dialog', { name: 'Notebook' }).waitFor();
    await expectNoAxeViolations(page, 'notebook');
    // Its five parts, as its own list of them names them, are headings of one level, for moving by heading.
    expect(await page.locator('dialog .notebook > h3').allTextContents()).toEqual([
      'Trust',
      'People',
      'What you have heard',
      'Glossary',
      'How it works',
    ]);
    // How it works gives the level rule's figures before a card charges them (a GM tester found them nowhere).
    expect(await page.locator('dialog .notebook').textContent()).toContain(
      'aimed anywhere else, whatever it did there, it costs 3 from front-line staff and clinical leaders, and from executives too if it was aimed at the organisation, but never from a group that had asked for it',
    );
    // And what a week that never crosses to the other side costs, as the plan says before it is chosen.
    expect(await page.locator('dialog .notebook').textContent()).toMatch(
      /A week with no visit (outside|to) Riverside House costs [12] of (front-line staff’s|executives’) trust/,
    );
    await page.keyboard.press('Escape');
    await press(page, /^Plan week 2$/);
    await page.locator('#visit-exec').check();
    await expectNoAxeViolations(page, 'plan');
    await press(page, /^Start the week$/);
    await play(page, {
      pick: () => 0,
      until: async () =>
        (await page.locator('.words:not([hidden]) button').count()) > 0 || (await screen(page)) === 'week',
    });
    await expectNoAxeViolations(page, 'a scene with unknown words');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['a desktop', { width: 1280, height: 900 }],
    ['a phone', { width: 360, height: 740 }],
  ])('the quarter review, the ending and the debrief pass axe on %s', async (_name, viewport) => {
    const text = saveWhere('clinician', (s) => s.screen === 'week' && s.week === 8);
    const context = await browserFor().newContext({ viewport });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await continueFrom(page, base, text);
    await page.getByRole('heading', { name: 'End of week 8' }).waitFor();
    await play(page, { pick: () => 0, until: async () => (await screen(page)) === 'ending' });
    await expectNoAxeViolations(page, 'ending');
    await press(page, /^See your debrief$/);
    await page.getByRole('heading', { name: 'Debrief', exact: true }).waitFor();
    expect(await heading(page)).toBe('Debrief');
    await expectNoAxeViolations(page, 'debrief');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('focus', () => {
  it('a closed dialog gives the focus back, and never takes it from where the player has already moved', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(base);
    await page.locator('.topbar').waitFor({ state: 'attached' });
    const settings = page.locator('main .menu button', { hasText: /^Settings$/ });
    await settings.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    // Done, then straight on to New game in the same moment: the close event comes a task later.
    await page.evaluate(() => {
      document.querySelector<HTMLDialogElement>('dialog.settings[open]')?.close();
      [...document.querySelectorAll<HTMLButtonElement>('main .menu button')]
        .find((b) => b.textContent === 'New game')
        ?.focus();
    });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New game');
    // Closed with nothing else chosen, the focus is back on Settings.
    await settings.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    await page.getByRole('button', { name: 'Done' }).press('Enter');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Settings');
    await context.close();
  });

  it('a number takes a choice only from inside the scene, never from the bar or with the focus nowhere (WCAG 2.1.4)', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(base);
    await press(page, /^New game$/);
    await press(page, /^Play as clinician leader/);
    await press(page, /^Begin Monday$/);
    expect(await readOn(page)).toBe('choices');
    const choices = page.locator('section[aria-label="Choices"] button.choice');
    const offered = await choices.allTextContents();
    const lines = await page.locator('.dialogue .line').count();
    // On the bar's Notebook button, and with the focus on nothing, a stray "2" decides nothing.
    await page.getByRole('button', { name: 'Notebook', exact: true }).focus();
    await page.keyboard.press('2');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('2');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(await choices.allTextContents()).toEqual(offered);
    expect(await page.locator('.dialogue .line').count()).toBe(lines);
    // From the choices themselves it takes the second.
    await choices.first().focus();
    await page.keyboard.press('2');
    const decided = () =>
      page.evaluate(
        () =>
          (
            JSON.parse(localStorage.getItem('common-ground.save') ?? 'null') as {
              state: { decisions: { text: string }[] };
            } | null
          )?.state.decisions.map((d) => d.text) ?? [],
      );
    await expect.poll(decided).toHaveLength(1);
    // (A choice's button has its number and its hours around its words.)
    expect(offered[1]).toContain((await decided())[0]);
    expect(offered[0]).not.toContain((await decided())[0]);
    await context.close();
  });
});

describe('what a screen reader hears', () => {
  it('a scene says where it is and what caught up with the player as it opens', async () => {
    // At a scene's end, with a consequence of an earlier decision due in the next scene.
    const save = saveWhere(
      'manager',
      (s, flow) =>
        flow === 'scene.summary' &&
        s.pending.some(
          (p) => p.due === s.sceneIndex + 1 && p.effect.kind === 'meter' && p.effect.target !== 'wellbeing',
        ),
    );
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await continueFrom(page, base, save);
    await page.getByRole('button', { name: /^On to |^Also on |^End of week/ }).click();
    await page.locator('aside.consequence').waitFor();
    const title = (await page.locator('main h1').textContent())!;
    // Said as the description of what takes the focus, so the focus move cannot cut it off.
    const said = await focusedDescription(page);
    expect(said).toContain(`: ${title}.`);
    // The cause is said with its effect, as the box shows them, and then the scene's first line.
    const cause = (await page.locator('aside.consequence .decision-text').first().textContent())!;
    expect(said).toContain(cause);
    const first = (await page.locator('.dialogue .line').first().textContent())!;
    expect(said.indexOf(title)).toBeLessThan(said.indexOf('What catches up with you.'));
    expect(said.indexOf('What catches up with you.')).toBeLessThan(said.lastIndexOf(first.slice(0, 30)));
    // Not said a second time by the announcer, which keeps to the meters' changes.
    await page.waitForTimeout(300);
    expect(await page.locator('#announcer').textContent()).not.toContain('What catches up with you.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('no line is lost when the focus moves: the first line of a scene, the last before the choices or the end, the first after a choice', async () => {
    const { context, page, errors } = await quarterPage(browserFor(), base, { viewport: { width: 1280, height: 900 } });
    // Compared without spaces: a speaker's name is a block of its own, which the description sets apart.
    const squash = (text: string): string => text.replace(/\s+/g, '');
    const lineText = async (which: 'first' | 'last'): Promise<string> =>
      squash(
        await page
          .locator('.dialogue .line')
          [which]()
          .evaluate((el) => el.textContent ?? ''),
      );
    const described = async (): Promise<string> => squash(await focusedDescription(page));
    // The screen opens on Continue, with where the scene is and its first line (already on screen when it appeared).
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Continue');
    const opening = await described();
    expect(opening).toContain(squash('Week 1, Monday: The board round.'));
    expect(opening).toContain(await lineText('first'));
    // Continue keeps the focus, so the live log says each line; the opening is not said again.
    await page.keyboard.press('Enter');
    expect(await described()).toBe('');
    let choicesSeen = 0;
    let endSeen = false;
    let arrowsTried = false;
    for (let step = 0; step < 200 && !endSeen; step++) {
      if (await page.getByRole('button', { name: 'Continue', exact: true }).isVisible()) {
        await page.keyboard.press('Enter');
        continue;
      }
      // The focus leaves Continue for the choices (or the words, or the scene's end), described by the
      // line that appeared as it moved: the line the choice answers.
      const focused = await page.evaluate(() => document.activeElement?.id);
      expect(['choices-heading', 'words-heading', 'scene-end-heading']).toContain(focused);
      expect(await described()).toContain(await lineText('last'));
      if (focused === 'scene-end-heading') endSeen = true;
      else {
        if (focused === 'choices-heading' && !arrowsTried) {
          arrowsTried = true;
          // Up and down move between the choices, as in a list, from their heading on; nothing is taken.
          const choiceText = () => page.evaluate(() => document.activeElement?.closest('button.choice')?.textContent);
          const list = await page.locator('button.choice').allTextContents();
          await page.keyboard.press('ArrowDown');
          expect(await choiceText()).toBe(list[0]);
          await page.keyboard.press('ArrowDown');
          expect(await choiceText()).toBe(list[1]);
          await page.keyboard.press('ArrowUp');
          expect(await choiceText()).toBe(list[0]);
        }
        choicesSeen++;
        await page.keyboard.press('1');
        // After a choice the focus lands again, described by the first line of what follows.
        await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
        expect(await described()).toContain(await lineText('first'));
      }
    }
    expect(choicesSeen).toBeGreaterThan(0);
    expect(arrowsTried).toBe(true);
    expect(endSeen).toBe(true);
    // Enter reads on at the scene's end too: once to the way on, at the panel's foot (never past the panel
    // unread), and again to take it.
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('On to Wednesday');
    expect(await page.locator('.scene-end').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('The list that wasn’t');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with words on screen, the last line hands the focus to their box, before the choices', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(base);
    await press(page, /^New game$/);
    await press(page, /^Play as operational manager/);
    await press(page, /^Begin Monday$/);
    // Read Monday by keyboard until a choice has words to ask about.
    for (let step = 0; step < 80; step++) {
      const more = page.getByRole('button', { name: 'Continue', exact: true });
      if (await more.isVisible()) {
        await more.focus();
        await page.keyboard.press('Enter');
        continue;
      }
      if (await page.locator('section.words:not([hidden])').count()) break;
      const next = page.getByRole('button', { name: /^On to / });
      if (await next.isVisible()) await next.click();
      else await page.keyboard.press('1');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('words-heading');
    // In a contrast theme a word not yet known still stands out from the page, in the theme's highlight.
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    const marked = await page.evaluate(() => {
      const probe = document.body.appendChild(document.createElement('div'));
      probe.style.background = 'Canvas';
      const canvas = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return { canvas, word: getComputedStyle(document.querySelector('.term-unknown')!).backgroundColor };
    });
    expect(marked.word).not.toBe(marked.canvas);
    expect(marked.word).not.toBe('rgba(0, 0, 0, 0)');
    await page.emulateMedia({ forcedColors: 'none' });
    // Tab reaches the ways of finding out before any choice; asking takes half an hour, and says so.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('section')?.className)).toBe('words');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Ask .*what it means/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#announcer').textContent()).toMatch(/Hours left: .+ of \d+ hours\./);
    // The focus moves on as the meaning appears, cutting off the live list: the meaning is what the
    // focused heading says next, not the line before it again.
    const meaning = (await page.locator('dl.explained dd').last().textContent())!.trim();
    expect(meaning.length).toBeGreaterThan(20);
    await expect.poll(() => focusedDescription(page)).toContain(meaning.slice(0, 40));
    expect(await focusedDescription(page)).not.toContain(
      (await page.locator('.dialogue .line').last().textContent())!.trim().slice(0, 40),
    );
    await context.close();
  });
});
