/**
 * Issue 10 in the browser: causes named where they land, an honest jargon box,
 * a stopping point at the week's end, a debrief that starts on one screen with
 * a short printed report, and the small things (New game asks first, a branch
 * says so, the map's names, next week's hours while planning, focus after the
 * last line, flagged words that lead somewhere).
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  heading,
  readOn,
  savedGame,
  screen,
  settle,
  useBrowser,
  watchErrors,
} from './browser.ts';
import { saveWhere } from './saves.ts';
import { seedStorage } from '../../src/tools/chromium.ts';
import { arrivals, sceneDecisions } from '../../src/engine/read/explain.ts';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { autosaveWhere, STRATEGIES } from '../../src/engine/drive/simulate.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { weekHours } from '../../src/engine/rules/weekly.ts';
import { parseSave } from '../../src/engine/run/save.ts';
import type { GameState } from '../../src/engine/rules/rules.ts';
import { INTERVENTION, PLACE_INFO, weeksOf } from '../../src/engine/rules/quarter.ts';
import { termById } from '../../src/engine/rules/glossary.ts';
import { PLACES, type Place, type Role } from '../../src/engine/rules/types.ts';
import { nodRuleInFull } from '../../src/ui/format.ts';
import { MAP_SPOTS, spotsFor } from '../../scenes/spots.ts';

const browserFor = useBrowser();
const base = inject('baseURL');
const json = compileInk('stories/main.ink').json!;
const NEVER_ASKS = { ...STRATEGIES.random!, name: 'never asks', ask: () => false };

/** The autosave of a run that never asks, taken where `at` first holds in a scene being played. */
const neverAsking = (role: Role, at: (s: GameState) => boolean): string =>
  autosaveWhere(json, role, (s, flow) => flow === 'scene.playing' && at(s), {
    strategy: NEVER_ASKS,
    random: seededRandom(3),
  });

/** The title with a save to continue; `touch`: a phone, as a phone lays a page out (its viewport meta, touch). */
async function open(
  save: string,
  viewport = { width: 1280, height: 900 },
  touch = false,
): Promise<{ page: Page; errors: string[]; context: BrowserContext }> {
  const context = await browserFor().newContext({ viewport, ...(touch ? { isMobile: true, hasTouch: true } : {}) });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await seedStorage(page, { 'common-ground.save': save });
  await page.goto(base);
  await page.getByRole('button', { name: 'New game' }).waitFor();
  return { page, errors, context };
}

/** As if the player had read only `read` of the save's scene lines when they left: the rest behind Continue. */
async function leftHavingRead(page: Page, save: string, read: number): Promise<void> {
  const parsed = parseSave(save);
  if (!parsed.ok) throw new Error(parsed.reason);
  const s = parsed.save.state;
  const place = { run: s.run.id, scene: s.sceneIndex, decisions: s.decisions.length, lines: s.lines.length, read };
  await page.evaluate((note) => localStorage.setItem('common-ground.reading', note), JSON.stringify(place));
}

async function resume(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-screen') !== 'title');
}

describe('causes named where they land', () => {
  it('a misunderstanding surfaces as a small written moment naming the word and the line', async () => {
    const save = neverAsking(
      'manager',
      (s) => arrivals(s, s.sceneIndex).some((e) => e.origin.kind === 'nod') && s.week >= 2,
    );
    const { page, errors } = await open(save);
    await resume(page);
    const card = page.getByRole('complementary', { name: 'What catches up with you' });
    await card.waitFor();
    const moment = card.locator('.misreading').first();
    expect(await moment.locator('.misreading-label').textContent()).toBe('A misunderstanding');
    expect(await moment.locator('.decision-text').textContent()).toMatch(/^You nodded at “.+” on \w+day of week \d/);
    expect((await moment.locator('.cause-detail').textContent())!.length).toBeGreaterThan(40);
    expect(await moment.locator('.decision-effects').textContent()).toMatch(/[−+]\d/);
    await expectNoAxeViolations(page, 'a scene with a misunderstanding');
    expect(errors).toEqual([]);
  });

  it('the jargon box states the real odds, and a flagged word leads to the ways of finding out', async () => {
    // A word of the other side's only (a word both sides use has a box of its own): a clinical director's, after
    // week one, in a run that never asks (a manager meets the wards' words mostly in week one).
    const save = neverAsking(
      'clinician',
      (s) =>
        s.week >= 2 &&
        s.unknown.length > 0 &&
        s.unknown.every((u) => !u.choice && termById(u.term)?.world !== 'both' && !termById(u.term)?.byName),
    );
    const { page } = await open(save);
    await resume(page);
    await readOn(page);
    const box = page.getByRole('region', { name: 'Words you don’t know' });
    expect(await box.textContent()).toContain(
      'each nod has a one-in-three chance of coming back four scenes later as a misunderstanding',
    );
    // And what one costs when it comes back: the rule's own figures, the clinician's other side named.
    expect(await box.textContent()).toContain(
      'as a misunderstanding, named when it does: 2 points off the meter it touches and 2 off the executives’ trust.',
    );
    expect(await box.textContent()).not.toMatch(/nobody will know/i);
    // The word in the story is a button that takes you to the ask button.
    const word = page.locator('.dialogue button.term-unknown').first();
    const term = await page.locator('.words button[data-term]').first().getAttribute('data-term');
    await word.click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-term'))).toBe(term);
    // Asked, the word reads as learned in its line at once (a screen reader hears so), not as unknown.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator(`.dialogue button.term-known[data-term="${term}"]`).count())
      .toBeGreaterThan(0);
    expect(await page.locator(`.dialogue button.term-unknown[data-term="${term}"]`).count()).toBe(0);
    expect(await page.locator(`.dialogue button[data-term="${term}"]`).first().innerText()).not.toContain('don’t know');
  });

  it('a word both sides use is not called unknown: the box and a screen reader say it may mean something else', async () => {
    // A GM reading "activity (a word you don't know)" in their own dashboard's line would laugh at the game.
    const both = (id: string) => termById(id)?.world === 'both';
    const save = saveWhere(
      'manager',
      (s, flow) =>
        flow === 'scene.playing' && s.unknown.some((u) => both(u.term)) && s.unknown.some((u) => !both(u.term)),
    );
    const { page } = await open(save);
    await resume(page);
    await readOn(page);
    const ids = await page
      .locator('.dialogue button.term-unknown')
      .evaluateAll((b) => b.map((x) => x.getAttribute('data-term')!));
    const shared = ids.find(both);
    const other = ids.find((id) => !both(id));
    expect(shared && other).toBeTruthy();
    const said = (id: string) =>
      page.locator(`.dialogue button.term-unknown[data-term="${id}"] .sr-only`).first().textContent();
    expect(await said(shared!)).toBe(' (a word you use too, which may mean something else here)');
    // The other word is one the manager doesn't know, or (NEWS2, the Sepsis Six) knows only by name.
    expect(await said(other!)).toBe(
      termById(other!)?.byName
        ? ' (a word you know by name, not what it asks of you here)'
        : ' (a word you don’t know)',
    );
    const item = (id: string) =>
      page.locator('.words li').filter({ has: page.locator('.term-unknown', { hasText: termById(id)!.label }) });
    expect(await item(shared!).textContent()).toContain('You use this word too; here it may mean something else.');
    expect(await item(other!).textContent()).not.toContain('You use this word too');
    // With only such words on screen, the box is not called "Words you don't know".
    const onlyBoth = saveWhere(
      'manager',
      (s, flow) => flow === 'scene.playing' && s.unknown.length > 0 && s.unknown.every((u) => both(u.term)),
    );
    const second = await open(onlyBoth);
    await resume(second.page);
    await readOn(second.page);
    expect(await second.page.locator('#words-heading').textContent()).toMatch(
      /^(A word|Words) that may mean something else here$/,
    );
  });

  it('a word the role hears every week is called known by name, not unknown, in the box and to a screen reader', async () => {
    // A clinical director hears "run-rate" at every divisional board: the game calling it a word they don't know
    // is the line a consultant stops trusting it at. What they could not say is what it asks of them.
    const byName = (id: string) => termById(id)?.byName === true;
    let at: GameState['unknown'] = [];
    const save = saveWhere('clinician', (s, flow) => {
      const stop = flow === 'scene.playing' && s.unknown.some((u) => byName(u.term));
      if (stop) at = s.unknown;
      return stop;
    });
    const { page } = await open(save);
    await resume(page);
    await readOn(page);
    const heard = at.find((u) => byName(u.term))!;
    expect(
      await page.locator(`.dialogue button.term-unknown[data-term="${heard.term}"] .sr-only`).first().textContent(),
    ).toBe(' (a word you know by name, not what it asks of you here)');
    const only = at.every((u) => byName(u.term));
    const noneStrange = at.every((u) => byName(u.term) || termById(u.term)?.world === 'both');
    expect(await page.locator('#words-heading').textContent()).toBe(
      only
        ? at.length === 1
          ? 'A word you know only by name'
          : 'Words you know only by name'
        : noneStrange
          ? 'Words to ask about'
          : 'Words you don’t know',
    );
    // Said beside the word in the box, unless the word is left to the choice that asks about it.
    const plain = at.find((u) => byName(u.term) && !u.choice);
    if (plain) {
      const item = page
        .locator('.words li')
        .filter({ has: page.locator('.term-unknown', { hasText: termById(plain.term)!.label }) });
      expect(await item.textContent()).toContain(
        'You hear this word every week; what it asks of you here, you could not say.',
      );
    }
  });

  it('a choice that goes along with a word as said says so in the box, and at the scene’s end is its cost', async () => {
    const save = saveWhere(
      'clinician',
      (s, flow) =>
        flow === 'scene.playing' &&
        s.plan[s.sceneIndex]?.knot === 'week1_jargon' &&
        s.unknown.some((u) => u.term === 'recurrent'),
    );
    const { page, errors } = await open(save);
    await resume(page);
    await readOn(page);
    // Run-rate and recurrent are words a clinical director hears at every divisional board: known by name.
    const box = page.getByRole('region', { name: /^(Words you don’t know|Words you know only by name)$/ });
    expect(await box.locator('.word-choice-nods').textContent()).toBe(
      'Here, nodding along to “recurrent” is choosing “Agree the cut as Marcus puts it, and move on”. It costs what that choice costs, said when it lands: no misunderstanding is drawn by chance.',
    );
    // The odds of a nod coming back are said of the other word, by name.
    expect(await box.textContent()).toContain('Or choose without asking, and nod along at “run-rate”');
    await page.locator('button.choice', { hasText: 'Agree the cut as Marcus puts it' }).click();
    while ((await readOn(page)) !== 'end') await page.locator('button.choice').first().click();
    const end = page.locator('.scene-end');
    expect(await end.locator('.scene-owned-nods').textContent()).toBe(
      'You went along with “recurrent” as it was said, unasked: what that costs is your choice’s own, told when it lands, not a misunderstanding drawn by chance.',
    );
    expect(await end.textContent()).toMatch(/You nodded along at “run-rate”\. Each nod has a one-in-three chance/);
    expect(errors).toEqual([]);
  });

  it('a flagged word pressed before the choices says, where the reader is looking, when it can be asked', async () => {
    // A scene left with a flagged word on screen and lines still to come behind Continue.
    const at = (s: GameState): number =>
      s.lines.findIndex((l) => s.unknown.some((u) => !u.choice && u.line === l.text));
    const save = saveWhere(
      'clinician',
      (s, flow) => flow === 'scene.playing' && at(s) >= 0 && at(s) < s.lines.length - 1,
    );
    const parsed = parseSave(save);
    if (!parsed.ok) throw new Error(parsed.reason);
    const { page, errors } = await open(save);
    await leftHavingRead(page, save, at(parsed.save.state) + 1);
    await resume(page);
    const more = page.getByRole('button', { name: 'Continue', exact: true });
    expect(await more.isVisible()).toBe(true);
    await page.locator('.dialogue button.term-unknown').last().click();
    const note = page.locator('.word-later');
    await expect
      .poll(() => note.textContent())
      .toMatch(/^You can ask what “.+” means when the choices come up, before you choose\.$/);
    expect(await note.isVisible()).toBe(true);
    // Once the choices are up, the words box under them is the way to ask, and the note goes.
    await readOn(page);
    expect(await note.isVisible()).toBe(false);
    // (Here the word is one both sides use, so the box is named for that.)
    expect(
      await page
        .getByRole('region', {
          name: /^(Words you don’t know|(A word|Words) that may mean something else here|(A word|Words) you know only by name|Words to ask about)$/,
        })
        .isVisible(),
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  it('leaves a flagged word to the choice on offer that asks about it, and taking that choice learns the word', async () => {
    const save = saveWhere(
      'clinician',
      (s, flow) =>
        flow === 'scene.playing' &&
        s.plan[s.sceneIndex]?.knot === 'week1_jargon' &&
        s.unknown.some((u) => u.term === 'run-rate'),
    );
    const { page, errors } = await open(save);
    await resume(page);
    await readOn(page);
    const box = page.getByRole('region', { name: /^(Words you don’t know|Words you know only by name)$/ });
    // Asking in the box and then taking the choice to nod along would tell the story two things at once:
    // the box offers no other way to ask, and the word in the line leads to the choice that asks.
    const runRate = box.locator('li', { hasText: 'run-rate' });
    // Both words the choice asks about are told together, with the choice that asks by its words.
    expect(await runRate.locator('.term').allTextContents()).toEqual(['run-rate', 'recurrent']);
    expect(await runRate.locator('.word-choice-asks').textContent()).toBe(
      'To ask what they mean, take “Ask what run-rate and recurrent mean” below.',
    );
    expect(await box.locator('.word-choice-asks').count()).toBe(1);
    expect(await runRate.locator('button').count()).toBe(0);
    expect(await box.textContent()).toContain('taking a choice that asks about a word is asking');
    const asks = page.getByRole('button', { name: /^Ask what run-rate and recurrent mean/ });
    await page.locator('.dialogue button.term-unknown', { hasText: 'run-rate' }).first().click();
    expect(await asks.evaluate((b) => b === document.activeElement)).toBe(true);
    await asks.click();
    await readOn(page);
    await page.getByRole('button', { name: 'Notebook' }).click();
    expect(await page.locator('.glossary dt').allTextContents()).toEqual(
      expect.arrayContaining(['run-rate', 'recurrent']),
    );
    // Learned means learned in this run: the two just asked about, apart from the words known from the start.
    expect(await page.locator('#nb-glossary + p').textContent()).toMatch(
      /you knew \d+ from the start and have learned 2\b/,
    );
    expect(errors).toEqual([]);
  });

  it('takes the meters’ change badges down when the player moves on: they belong to the moment that moved them', async () => {
    const save = saveWhere('clinician', (s, flow) => flow === 'scene.playing' && s.week === 2);
    const { page, errors } = await open(save);
    await resume(page);
    const badges = () => page.locator('.meter .meter-delta').allTextContents();
    const shown = async () => (await badges()).some((t) => t.trim() !== '');
    // Choose until a choice moves a meter and its badge shows, then on to the end of the scene.
    let state = await readOn(page);
    for (let i = 0; i < 12 && state === 'choices' && !(await shown()); i++) {
      await page.locator('section[aria-label="Choices"] button.choice').first().click();
      state = await readOn(page);
    }
    expect(await shown()).toBe(true);
    // On to the week's summary (the week's pressures move the meters as it closes): it gives its own account.
    for (let i = 0; i < 60 && (await screen(page)) !== 'week'; i++) {
      if (state === 'choices') await page.locator('section[aria-label="Choices"] button.choice').first().click();
      else await page.locator('.scene-end:not([hidden]) button').first().click();
      if ((await screen(page)) !== 'week') state = await readOn(page);
    }
    expect(await screen(page)).toBe('week');
    expect(await badges()).toEqual(['', '', '']);
    expect(await page.locator('.meter.up, .meter.down').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('once words have come up in two scenes, what a nod risks is one line, the rest a press away', async () => {
    const save = neverAsking(
      'clinician',
      (s) => !nodRuleInFull(s.terms) && s.unknown.length > 0 && s.unknown.every((u) => !u.choice && !u.nodChoice),
    );
    const { page, errors } = await open(save, { width: 390, height: 844 }, true);
    await resume(page);
    await readOn(page);
    const rule = page.locator('section.words details.nod-rule');
    expect(await rule.locator('summary').textContent()).toMatch(
      /: each nod has a one-in-three chance of coming back\.$/,
    );
    expect(await rule.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await rule.locator('summary').click();
    expect(await rule.locator('p').textContent()).toMatch(
      /^It comes back four scenes later as a misunderstanding, named when it does: 2 points off the meter it touches/,
    );
    expect(errors).toEqual([]);
  });

  it('a choice that lifts one group and lowers another shows both on Trust, whose mean did not move', async () => {
    const save = saveWhere('clinician', (s, flow) => flow === 'scene.playing' && s.sceneIndex === 0);
    const { page, errors } = await open(save);
    await resume(page);
    const rule = page.locator('section[aria-label="Choices"] button.choice', { hasText: 'Make it Larch’s rule' });
    let state = await readOn(page);
    for (let i = 0; i < 8 && state === 'choices' && !(await rule.count()); i++) {
      await page.locator('section[aria-label="Choices"] button.choice').first().click();
      state = await readOn(page);
    }
    const trust = page.locator('.meter-trust');
    const before = await trust.locator('.meter-value').textContent();
    await rule.click();
    // The front line +3 and the executives −3: the bar's Trust stands still, and its badge says why.
    await expect.poll(() => trust.locator('.meter-delta').textContent()).toBe('▲ +3 ▼ −3');
    expect(await trust.locator('.meter-value').textContent()).toBe(before);
    expect(await page.locator('.meter-care .meter-delta').textContent()).toBe('▲ +3');
    // Which groups: Trust by group is marked, and opened it says each group's part beside its trust.
    const summary = page.locator('.trust-breakdown summary');
    expect(await summary.getAttribute('class')).toBe('moved');
    await summary.click();
    expect(await page.locator('.trust-detail li').allInnerTexts()).toEqual([
      expect.stringMatching(/^Front-line staff\W+\d+\s+▲ \+3 just now/),
      expect.not.stringContaining('just now'),
      expect.stringMatching(/^Executives\W+\d+\s+▼ −3 just now/),
    ]);
    expect(errors).toEqual([]);
  });

  it('a scene’s end names every decision taken in it, and what caught up with the player as it opened', async () => {
    const seen = (s: Parameters<typeof arrivals>[0], at: number) =>
      sceneDecisions(s, at).filter((e) => e.net.some((n) => n.target !== 'wellbeing'));
    const save = autosaveWhere(
      json,
      'clinician',
      (s, flow) =>
        flow === 'scene.summary' &&
        arrivals(s, s.sceneIndex).some((e) => e.net.some((n) => n.target !== 'wellbeing')) &&
        s.decisions.some((d) => d.scene === s.sceneIndex && !seen(s, s.sceneIndex).some((e) => e.decision === d.id)),
      { strategy: STRATEGIES['front-line']!, random: seededRandom(3) },
    );
    const state = parseSave(save);
    if (!state.ok) throw new Error(state.reason);
    const s = state.save.state;
    const taken = s.decisions.filter((d) => d.scene === s.sceneIndex);
    const { page } = await open(save);
    await resume(page);
    const end = page.locator('.scene-end');
    const rows = end.locator('.scene-decisions').first().locator('li');
    // Every decision is there, in the order taken, the one that moved nothing visible (yet) saying so.
    const said = (await rows.locator('.decision-text').allTextContents())
      .filter((t) => t.startsWith('You chose'))
      .map((t) => t.replace(/\. $/, '')); // the full stop a screen reader hears
    expect(said).toEqual(taken.map((d) => `You chose “${d.text}”`));
    expect(await end.locator('.decision-effects.quiet').first().textContent()).toMatch(
      /^(Lands in a later scene|Nothing on the meters( yet)?|A change at the \w+ level: what it does to the tension lands in a later scene)$/,
    );
    // What landed as the scene opened is listed again at its end, since the scene's net counts it.
    await end.getByText('What caught up with you as the scene opened (told in full above):').waitFor();
    const caught = end.locator('.scene-caught + ul li');
    expect(await caught.count()).toBe(
      arrivals(s, s.sceneIndex).filter((e) => e.net.some((n) => n.target !== 'wellbeing')).length,
    );
    // Said in full once, in the box at the top: the end names it and what it did, without the why again.
    const told = arrivals(s, s.sceneIndex).filter((e) => e.detail && e.net.some((n) => n.target !== 'wellbeing'));
    expect(told.length).toBeGreaterThan(0);
    expect(await page.locator('.consequence .cause-detail').count()).toBe(told.length);
    expect(await caught.locator('.cause-detail').count()).toBe(0);
    expect(await caught.first().locator('.decision-effects').textContent()).toMatch(/[−+]\d/);
    expect(await end.locator('.scene-net').textContent()).toMatch(
      /^Over the scene, with what caught up with you: Budget \d+ →to \d+/,
    );
    await expectNoAxeViolations(page, 'the end of a scene with a quiet decision and consequences');
  });

  it('a change asked for again on a later visit is said at the scene’s end to count once', async () => {
    // The same words again (a follow-up in other words says so in its own way: format.test.ts).
    const again = (s: Pick<GameState, 'decisions' | 'sceneIndex'>) =>
      s.decisions.find(
        (d) => d.scene === s.sceneIndex && d.repeats !== undefined && s.decisions[d.repeats]?.text === d.text,
      );
    const save = autosaveWhere(json, 'clinician', (s, flow) => flow === 'scene.summary' && !!again(s), {
      strategy: STRATEGIES.right!,
    });
    const state = parseSave(save);
    if (!state.ok) throw new Error(state.reason);
    const d = again(state.save.state)!;
    const first = state.save.state.decisions[d.repeats!]!;
    expect(first.text).toBe(d.text);
    expect(first.week).toBeLessThan(d.week);
    const { page, errors } = await open(save, { width: 390, height: 844 });
    await resume(page);
    expect(await page.locator('.scene-end .scene-again').textContent()).toBe(
      `“${d.text}”: You asked for this in week ${first.week}. Asking again chases it up; the change is made, and scored, only once.`,
    );
    expect(errors).toEqual([]);
  });

  /** A manager's scene end where `pick` finds a change aimed at a level, opened on a phone: the change, and its row's note. */
  async function levelNoteAt(
    pick: (s: GameState) => GameState['decisions'][number] | undefined,
    strategy: string,
    seed: number,
  ) {
    const save = autosaveWhere(json, 'manager', (s, flow) => flow === 'scene.summary' && !!pick(s), {
      strategy: STRATEGIES[strategy]!,
      random: seededRandom(seed),
    });
    const state = parseSave(save);
    if (!state.ok) throw new Error(state.reason);
    const d = pick(state.save.state)!;
    const { page, errors } = await open(save, { width: 390, height: 844 });
    await resume(page);
    const row = page.locator('.scene-end .scene-decisions li', { hasText: d.text.slice(0, 40) });
    return { d, page, errors, note: await row.locator('.level-note').textContent() };
  }
  const aimedHere = (s: GameState) => s.decisions.find((d) => d.scene === s.sceneIndex && d.intervene);
  // The plan reaches only to the end of the week being played: only in the last week is its end the quarter's,
  // and the review comes after it, so a change due at the plan's end lands at the review and one due after it never does.
  const lastWeek = (s: GameState) => s.week >= weeksOf(s.run);

  it('a change aimed at a level says which as it is made, and that what it does lands later', async () => {
    const { d, errors, note } = await levelNoteAt(aimedHere, 'wrong', 5);
    // Said whether or not the choice moved something else at once.
    expect(note).toBe(`A change at the ${d.intervene} level: what it does to the tension lands in a later scene`);
    expect(errors).toEqual([]);
  });

  it('a change aimed at a level in the last week’s second-last scene still lands, at the review', async () => {
    const atReview = (s: GameState) =>
      lastWeek(s) && s.sceneIndex + INTERVENTION.after === s.plan.length ? aimedHere(s) : undefined;
    const { d, errors, note } = await levelNoteAt(atReview, 'random', 1);
    expect(note).toBe(`A change at the ${d.intervene} level: what it does to the tension lands in a later scene`);
    expect(errors).toEqual([]);
  });

  it('a change aimed at a level too late to land says so, and is not promised for a later scene', async () => {
    const late = (s: GameState) =>
      lastWeek(s) && s.sceneIndex + INTERVENTION.after > s.plan.length ? aimedHere(s) : undefined;
    const { d, page, errors, note } = await levelNoteAt(late, 'wrong', 5);
    expect(note).toBe(
      `A change at the ${d.intervene} level: the quarter ends before what it does to the tension can show, but your ending still counts it`,
    );
    expect((await page.locator('.scene-end .scene-echoes').allTextContents()).join('')).not.toContain(d.text);
    expect(errors).toEqual([]);
  });

  it('a week that has someone signed off sick says what has worn the team down', async () => {
    const save = autosaveWhere(
      json,
      'manager',
      // Before the last week, whose summary says the review comes next instead of what next week brings.
      (s, flow) => flow === 'week' && s.week < 8 && s.leavers.some((l) => l.week === s.week),
      {
        strategy: STRATEGIES['sink-care']!,
        random: seededRandom(3),
      },
    );
    const { page } = await open(save, { width: 390, height: 844 });
    await resume(page);
    expect(await page.locator('.notice-warning').textContent()).toMatch(
      /signed off sick with stress this week\. What has worn the team down most: [a-z][^.]+\. From next week/,
    );
  });

  it('once a change has landed where the tension was, the week no longer asks where it sits', async () => {
    const save = autosaveWhere(
      json,
      'manager',
      (s, flow) =>
        flow === 'week' &&
        s.changes.some((c) => c.origin.kind === 'intervention' && c.origin.right) &&
        s.clues.some((c) => c.week === s.week),
      { strategy: STRATEGIES.right!, random: seededRandom(3) },
    );
    const parsed = parseSave(save);
    if (!parsed.ok) throw new Error(parsed.reason);
    const { page } = await open(save);
    await resume(page);
    const hint = page.locator('.clue-list + .hint');
    expect(await hint.textContent()).toMatch(
      new RegExp(
        `^All of it is in your notebook\\. (This week|In week \\d) your changes? at the ${parsed.save.state.pressing} level landed where the tension was(; .* did not)?\\. What else could reach it there\\?$`,
      ),
    );
  });

  it('the end of a week lists what moved with its causes, and says where to stop and how to come back', async () => {
    const save = saveWhere('clinician', (s, flow) => flow === 'week' && s.week === 3);
    const { page } = await open(save);
    // Left at the week's summary, the week is played: the title counts it so, and says what comes next.
    expect(await page.locator('#continue-where').textContent()).toBe(
      '3 of 8 weeks played, as the clinician leader: next, plan week 4.',
    );
    await resume(page);
    expect(await heading(page)).toBe('End of week 3');
    // Read aloud as "Budget 55 to 58": the arrow is hidden from screen readers, which call it "right arrow".
    const net = (await page.locator('.week-net').ariaSnapshot()).replace(/\s+/g, ' ');
    // A meter that did not move says so, not "(0)".
    expect(net).toMatch(/Budget \d+ to \d+ \(([−+]\d+|no change)\)/);
    expect(net).not.toMatch(/\(0\)/);
    expect(net).not.toContain('→');
    // Trust names the three groups it is the mean of, each from and to, and the mean is the bar's.
    const trustTo = Number(/Trust \d+ to (\d+)/.exec(net)?.[1]);
    const groups =
      /; the average of front-line staff (\d+) to (\d+), clinical leaders (\d+) to (\d+) and executives (\d+) to (\d+), rounded\)/.exec(
        net,
      );
    expect(groups, net).not.toBeNull();
    expect(Math.round((Number(groups![2]) + Number(groups![4]) + Number(groups![6])) / 3)).toBe(trustTo);
    await page.getByRole('heading', { name: 'What moved, and why' }).waitFor();
    expect(await page.locator('.week-group li').count()).toBeGreaterThan(0);
    for (const row of await page.locator('.week-group li').all()) {
      expect(
        (await row.locator('.decision-text').textContent())!.trim().length,
        'every row names a cause',
      ).toBeGreaterThan(5);
      expect(await row.locator('.decision-effects').textContent()).toMatch(/[−+]\d/);
    }
    expect(await page.locator('.stopping-point').textContent()).toMatch(
      /good place to stop: week 3 is done and saved\. Next time, press Continue on the title screen to plan week 4/,
    );
    await expectNoAxeViolations(page, 'the end of week 3');
    // Enter on the week's heading goes to the way on at the foot of the summary; only a second Enter takes it.
    await page.locator('#week-heading').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Plan week 4');
    expect(await heading(page)).toBe('End of week 3');
  });
});

describe('a first sitting on a phone', () => {
  // The end of Wednesday on a 390 × 844 phone, as a manager who has caught up with Monday's and Wednesday's
  // choices: Friday, next, opens with "What catches up with you" above its first line.
  let wednesdayEnd: string | undefined;
  const phoneBeforeFriday = async () => {
    wednesdayEnd ??= autosaveWhere(
      json,
      'manager',
      (s, flow) => flow === 'scene.summary' && s.plan[s.sceneIndex]?.knot === 'week1_location',
      { strategy: STRATEGIES.first!, random: seededRandom(3) },
    );
    const opened = await open(wednesdayEnd, { width: 390, height: 844 }, true);
    await resume(opened.page);
    return opened;
  };

  it('a scene opens at its head, says what its time takes, and a word asked about is in view from its start', async () => {
    const { page, errors, context } = await phoneBeforeFriday();
    await page.getByRole('button', { name: 'On to Friday' }).tap();
    await page.getByRole('heading', { name: 'Heads, not WTE' }).waitFor();
    await page.waitForTimeout(600);
    // The scene's head is in view below the bar, with what caught up with the player under it.
    const bar = (await page.locator('.topbar').boundingBox())!;
    const head = (await page.locator('.scene-head').boundingBox())!;
    expect(head.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
    expect(head.y).toBeLessThan(844);
    // The two hours the meeting takes are said where the Hours meter just fell.
    expect(await page.locator('main .eyebrow').first().textContent()).toMatch(
      /^Week 1, Friday · takes 2\sh of your week$/,
    );
    // Read on to the words box and ask: the meaning paid for is in view from its start.
    for (let i = 0; i < 40 && !(await page.locator('section.words:not([hidden])').count()); i++) {
      const more = page.getByRole('button', { name: 'Continue', exact: true });
      if (await more.isVisible()) await more.tap();
      else await page.locator('section[aria-label="Choices"] button.choice').first().tap();
    }
    // A finger's tap: "Earlier in this scene" is as tall as one, and a flagged word in a line takes one around it.
    expect((await page.locator('.earlier > summary').boundingBox())!.height).toBeGreaterThanOrEqual(44);
    const word = page.locator('.dialogue button.term').first();
    await word.scrollIntoViewIfNeeded();
    const w = (await word.boundingBox())!;
    expect(
      await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('button.term') != null,
        [w.x + w.width / 2, w.y - 6],
      ),
    ).toBe(true);
    await page
      .locator('section.words button', { hasText: /^Ask .*what it means/ })
      .first()
      .tap();
    const dt = page.locator('dl.explained dt').last();
    await dt.waitFor();
    await page.waitForTimeout(400);
    const term = (await dt.boundingBox())!;
    const bar2 = (await page.locator('.topbar').boundingBox())!;
    expect(term.y).toBeGreaterThanOrEqual(bar2.y + bar2.height - 1);
    expect(term.y + term.height).toBeLessThanOrEqual(844);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a scene that opens as the meters bar grows (a warning’s line) opens below the bar as it is drawn then', async () => {
    const { page, errors, context } = await phoneBeforeFriday();
    // The bar grows by a line in the same update that opens Friday, as when what caught up crosses a warning's
    // line (a tester's manager run: the bar went from 136 to 192 px, and the scene's head opened 44 px under it).
    await page.evaluate(() => {
      const heading = document.querySelector('#scene-heading')!;
      new MutationObserver((_, watch) => {
        if (heading.textContent !== 'Heads, not WTE') return;
        document.querySelector<HTMLElement>('.topbar')!.style.paddingBottom = '60px';
        watch.disconnect();
      }).observe(heading, { childList: true, characterData: true, subtree: true });
    });
    await page.getByRole('button', { name: 'On to Friday' }).tap();
    await page.getByRole('heading', { name: 'Heads, not WTE' }).waitFor();
    await page.waitForTimeout(1000);
    const bar = (await page.locator('.topbar').boundingBox())!;
    const head = (await page.locator('.scene-head').boundingBox())!;
    expect(head.y, `bar ${bar.y + bar.height}`).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a choice in a scene that opened with what caught up shows what it did, below the choice said back', async () => {
    // Friday, on a phone: the scene opens with "What catches up with you" above its first line. After a
    // choice the story starts again at one line; the page once stopped at the scene's head, 500 px above it.
    const { page, errors, context } = await phoneBeforeFriday();
    await page.getByRole('button', { name: 'On to Friday' }).tap();
    await page.getByRole('heading', { name: 'Heads, not WTE' }).waitFor();
    await page.getByRole('heading', { name: 'What catches up with you' }).waitFor();
    const choice = page.locator('section[aria-label="Choices"] button.choice').first();
    const more = page.getByRole('button', { name: 'Continue', exact: true });
    for (let i = 0; i < 40 && !(await choice.isVisible()); i++) await more.tap();
    await choice.tap();
    await page.locator('#scene-echo:not([hidden])').waitFor();
    await page.waitForTimeout(1200);
    const bar = (await page.locator('.topbar').boundingBox())!;
    const line = (await page.locator('.dialogue .line').last().boundingBox())!;
    const echo = (await page.locator('#scene-echo').boundingBox())!;
    expect(await page.locator('.dialogue .line').count()).toBe(1);
    // The line the choice led to, and the choice said back above it, are on screen below the bar.
    expect(line.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
    expect(line.y).toBeLessThan(844 - 40);
    expect(echo.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('back at a scene’s choices on a small phone, the line they answer is below the bar, and what caught up is a tap away', async () => {
    const caught = (s: GameState) => arrivals(s, s.sceneIndex).some((e) => e.net.some((n) => n.target !== 'wellbeing'));
    const save = saveWhere(
      'manager',
      (s, flow) => flow === 'scene.playing' && s.week >= 2 && s.lines.length > 3 && s.choices.length > 2 && caught(s),
    );
    const parsed = parseSave(save);
    if (!parsed.ok) throw new Error(parsed.reason);
    const { page, errors, context } = await open(save, { width: 360, height: 640 }, true);
    await leftHavingRead(page, save, parsed.save.state.lines.length);
    await resume(page);
    const recall = page.getByRole('button', { name: 'Read again what caught up with you as this scene opened' });
    await recall.waitFor();
    await page.waitForTimeout(400);
    const barBottom = async () => {
      const bar = (await page.locator('.topbar').boundingBox())!;
      return bar.y + bar.height;
    };
    // The title has no bar: the scene's first scroll once stopped as if it had none, and the last line went under it.
    const last = (await page.locator('.dialogue .line').last().boundingBox())!;
    expect(last.y).toBeGreaterThanOrEqual((await barBottom()) - 1);
    // Opened at the choices, the card that the meters already show is scrolled past, under the bar.
    const card = page.getByRole('heading', { name: 'What catches up with you' });
    expect((await card.boundingBox())!.y).toBeLessThan(await barBottom());
    expect((await recall.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await recall.tap();
    // The scene's head and the card are in view below the bar, and the focus is on the card.
    await expect
      .poll(async () => (await page.locator('.scene-head').boundingBox())!.y)
      .toBeGreaterThanOrEqual((await barBottom()) - 1);
    expect((await card.boundingBox())!.y).toBeLessThan(640);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('arrivals-heading');
    // Once the story moves on, the way back is gone: the scene's end names what caught up again.
    await page.locator('section[aria-label="Choices"] button.choice').first().tap();
    await expect.poll(() => recall.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the small things', () => {
  it('after the last line, focus is on the words box or the choices’ heading, so Enter does not pick a choice unread', async () => {
    const save = saveWhere('clinician', (s, flow) => flow === 'scene.playing' && s.week === 2);
    const { page } = await open(save);
    await resume(page);
    const cont = page.getByRole('button', { name: 'Continue', exact: true });
    const decisions = async () => (await savedGame<{ state: { decisions: unknown[] } }>(page))!.state.decisions.length;
    const before = await decisions();
    // Start a fresh scene's lines: choose, then read on by keyboard.
    await page.locator('section[aria-label="Choices"] button').first().click();
    for (let i = 0; i < 60 && (await cont.isVisible()); i++) {
      await cont.focus();
      await page.keyboard.press('Enter');
    }
    // Read to the last line, Continue goes, and what comes next stands alone: the choices or the scene's end.
    expect(await cont.isHidden()).toBe(true);
    expect(await page.locator('section[aria-label="Choices"]:not([hidden]), .scene-end:not([hidden])').count()).toBe(1);
    if (await page.locator('section[aria-label="Choices"]:not([hidden])').isVisible()) {
      // Words on screen come first (ask, look up or nod along before choosing); otherwise the choices.
      const words = await page.locator('section.words:not([hidden])').count();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(words ? 'words-heading' : 'choices-heading');
      await page.keyboard.press('Enter');
      expect(await decisions()).toBe(before + 1);
    }
  });

  it('New game with a quarter in progress asks first, and keeps that quarter among the runs', async () => {
    const save = saveWhere('manager', (s, flow) => flow === 'plan' && s.week === 3);
    const { page } = await open(save);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('heading', { name: 'Start a new quarter?' }).waitFor();
    expect(await page.locator('.confirm').textContent()).toContain('played 3 of 8 weeks as the operational manager');
    await expectNoAxeViolations(page, 'the New game question');
    // Back keeps everything as it was.
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Start a new quarter' }).click();
    await page.getByRole('heading', { name: 'Choose your role' }).waitFor();
    const kept = await page.evaluate(() => localStorage.getItem('common-ground.runs'));
    const seed = parseSave(save);
    if (!seed.ok) throw new Error(seed.reason);
    expect(JSON.parse(kept!).runs.map((r: { run: { id: string } }) => r.run.id)).toContain(seed.save.state.run.id);
  });

  it('while planning, the map names its places and the hours meter counts next week, less the plan', async () => {
    const save = saveWhere('manager', (s, flow) => flow === 'plan' && s.week === 3);
    const parsed = parseSave(save);
    if (!parsed.ok) throw new Error(parsed.reason);
    const next = weekHours(parsed.save.state, 4);
    const { page } = await open(save);
    await resume(page);
    await page.locator('.map-labels').waitFor();
    const labels = await page.locator('.map-label .map-label-full').allTextContents();
    expect(labels.sort()).toEqual(PLACES.map((p) => PLACE_INFO[p].name).sort());
    for (const label of await page.locator('.map-label .map-label-full').all())
      expect(await label.isVisible()).toBe(true);
    // The diamond every route starts from has its key: the player's own office (the manager's, here).
    expect(await page.locator('.map-key').textContent()).toBe('◆ Your office: Riverside HouseYour office');
    await checkMapNames(page, MAP_SPOTS);
    expect(await page.locator('.map-label-short').first().isVisible()).toBe(true);
    // A laptop's page zoomed to 200% draws the map a few centimetres wide: no names over it and each
    // other, and the list under it still names every place.
    await page.setViewportSize({ width: 683, height: 384 });
    expect((await page.locator('.stage').boundingBox())!.width).toBeLessThan(260);
    expect(await page.locator('.map-labels').isVisible()).toBe(false);
    for (const p of PLACES) expect(await page.locator('.place-name', { hasText: PLACE_INFO[p].name }).count()).toBe(1);
    await page.setViewportSize({ width: 1280, height: 900 });
    const hours = page.getByRole('meter', { name: 'Hours left this week' });
    expect(Number(await hours.getAttribute('aria-valuenow'))).toBe(next);
    expect(await hours.getAttribute('aria-valuetext')).toMatch(/next week/);
    await page.locator('#visit-ward').check();
    await settle(page);
    expect(Number(await hours.getAttribute('aria-valuenow'))).toBeLessThan(next);
  });

  it('once the managers have moved into the main block, the map draws the finance office there', async () => {
    // The plan said the finance office was in the player's building and an hour away; the map drew it, and its
    // route, across the road in Riverside House.
    const save = autosaveWhere(json, 'manager', (s, flow) => flow === 'plan' && s.structures.includes('colocate'), {
      strategy: {
        ...STRATEGIES.first!,
        name: 'the move into the main block',
        plan: (s) => (s.week === 4 ? ['finance'] : ['ward']), // planned at the end of week four
        choose: (_s, choices) =>
          Math.max(
            0,
            choices.findIndex((c) => /main block/.test(c.text)),
          ),
      },
    });
    const { page, errors } = await open(save);
    await resume(page);
    await page.locator('.map-labels').waitFor();
    const spots = spotsFor(['colocate']);
    expect(spots.finance).not.toEqual(MAP_SPOTS.finance);
    const finance = page.locator('.map-label').nth(PLACES.indexOf('finance'));
    const box = (await page.locator('.map-labels').boundingBox())!;
    const at = (await finance.boundingBox())!;
    // Its name starts at its marker in the main block, not at Riverside House's.
    expect(Math.abs(at.x - (box.x + (spots.finance.x / 1280) * box.width))).toBeLessThan(30);
    expect(at.x + at.width).toBeLessThan(box.x + (MAP_SPOTS.clinic.x / 1280) * box.width + 60);
    await checkMapNames(page, spots);
    // A press on its name still ticks the finance office.
    await page.setViewportSize({ width: 1280, height: 900 });
    await finance.click();
    expect(await page.locator('#visit-finance').isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('on a phone turned on its side mid-scene, the last line and Continue are still in view', async () => {
    const save = saveWhere('clinician', (s, flow) => flow === 'scene.playing' && s.week === 2 && s.lines.length > 4);
    const { page, errors, context } = await open(save, { width: 390, height: 844 }, true);
    await leftHavingRead(page, save, 1);
    await resume(page);
    const more = page.getByRole('button', { name: 'Continue', exact: true });
    for (let i = 0; i < 3; i++) await more.tap();
    const inView = () =>
      more.evaluate((b) => {
        const r = b.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
    await expect.poll(inView).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await page.setViewportSize({ width: 844, height: 390 });
    await expect.poll(inView).toBe(true);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(inView).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a small phone, trust by group opened mid-scene is in view, and closing it goes back to the line', async () => {
    const save = saveWhere('clinician', (s, flow) => flow === 'scene.playing' && s.week === 2 && s.lines.length > 4);
    const { page, errors, context } = await open(save, { width: 360, height: 640 }, true);
    await resume(page);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
    const lastLineInView = () =>
      page
        .locator('.dialogue .line')
        .last()
        .evaluate((l) => {
          const r = l.getBoundingClientRect();
          return r.bottom > 0 && r.top < innerHeight;
        });
    await expect.poll(lastLineInView).toBe(true);
    const summary = page.locator('.trust-breakdown summary');
    await summary.tap();
    // The bar, grown too tall to follow the reader, is brought into view with what was opened.
    await expect
      .poll(() => page.locator('.trust-breakdown').evaluate((d) => d.getBoundingClientRect().top >= 0))
      .toBe(true);
    expect(await page.locator('.trust-breakdown').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await lastLineInView()).toBe(false);
    // Closed, the page goes back to where the reader was.
    await summary.tap();
    await expect.poll(lastLineInView).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone, a place on the map is ticked by a finger on its name, or near its marker', async () => {
    const save = saveWhere('manager', (s, flow) => flow === 'plan' && s.week === 3);
    const { page, errors } = await open(save, { width: 390, height: 844 });
    await resume(page);
    const canvas = page.locator('.stage canvas');
    await canvas.waitFor();
    // The name drawn beside a marker is pressed as the marker is.
    const ed = page.locator('#visit-ed');
    await page.locator('.map-label').nth(PLACES.indexOf('ed')).click(); // the names come in PLACES' order
    expect(await ed.isChecked()).toBe(true);
    // A finger a little off the marker still lands: 18 CSS px below the ward's (its name is above), on a map
    // drawn at about a quarter of its size.
    const ward = page.locator('#visit-ward');
    for (let i = 0; i < 40 && !(await ward.isChecked()); i++) {
      const box = (await canvas.boundingBox())!;
      expect(box.width).toBeLessThan(400);
      await page.mouse.click(
        box.x + (MAP_SPOTS.ward.x / 1280) * box.width,
        box.y + (MAP_SPOTS.ward.y / 720) * box.height + 18,
      );
      await page.waitForTimeout(250); // until the map is up, a tap does nothing
    }
    expect(await ward.isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('on a touch screen, each place in the plan’s list is a finger’s tap tall, its box beside its name', async () => {
    const save = saveWhere('manager', (s, flow) => flow === 'plan' && s.week === 3);
    const { page, errors, context } = await open(save, { width: 390, height: 844 }, true);
    await resume(page);
    const rows = await page.locator('.plan-place').evaluateAll((all) =>
      all.map((li) => {
        const label = li.querySelector('label')!.getBoundingClientRect();
        const box = li.querySelector('input')!.getBoundingClientRect();
        return { label: label.height, offset: Math.abs(box.top + box.height / 2 - (label.top + label.height / 2)) };
      }),
    );
    expect(rows.length).toBe(PLACES.length);
    for (const r of rows) {
      expect(r.label).toBeGreaterThanOrEqual(44);
      expect(r.offset).toBeLessThanOrEqual(2);
    }
    // A tap near the foot of the name's row ticks the place.
    const cafe = page.locator('.plan-place:has(#visit-cafe) label');
    await cafe.scrollIntoViewIfNeeded();
    const label = (await cafe.boundingBox())!;
    await page.touchscreen.tap(label.x + 40, label.y + label.height - 4);
    expect(await page.locator('#visit-cafe').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone, a fourth place ticked in the list says why, beside it, and looks unavailable', async () => {
    const save = saveWhere('manager', (s, flow) => flow === 'plan' && s.week === 3);
    const { page } = await open(save, { width: 390, height: 844 });
    await resume(page);
    for (const place of ['ward', 'cafe', 'exec']) await page.locator(`#visit-${place}`).check();
    const fourth = page.locator('#visit-finance');
    expect(await fourth.getAttribute('aria-disabled')).toBe('true');
    expect(await fourth.evaluate((box) => Number(getComputedStyle(box).opacity))).toBeLessThan(1);
    await fourth.click({ force: true }); // aria-disabled, which Playwright will not press unless told to; a finger does
    const note = page.locator('.plan-place:has(#visit-finance) .place-full');
    expect(await note.textContent()).toMatch(
      /^You already have three visits this week, the most a week allows: untick one to go to Finance office instead\.$/,
    );
    expect(await note.isVisible()).toBe(true);
    expect(await note.evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    expect(await fourth.isChecked()).toBe(false);
    // Said once, by the note above the map; unticking one takes the word beside the place away.
    expect(await page.locator('.plan-map-note').textContent()).toBe(await note.textContent());
    await page.locator('#visit-cafe').uncheck();
    expect(await page.locator('.place-full').count()).toBe(0);
    await fourth.check();
    expect(await fourth.isChecked()).toBe(true);
    // A fourth place pressed on the map is refused just under the map, where the finger is (it was said a
    // screen and a half below, and the map seemed broken).
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.map-label').nth(PLACES.indexOf('theatres')).click();
    const mapNote = page.locator('.plan-map-note');
    await expect.poll(() => mapNote.textContent()).toMatch(/^You already have three visits this week.*Theatres/);
    expect(await mapNote.evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await expectNoAxeViolations(page, 'the plan at its limit on a phone');
  });

  it('a what-if branch says so in play, and leads back to the original debrief', async () => {
    const save = saveWhere('clinician', (_s, flow) => flow === 'debrief');
    const { page } = await open(save);
    await resume(page);
    expect(await heading(page)).toBe('Debrief');
    const scenes = await page.evaluate(() =>
      (
        JSON.parse(localStorage.getItem('common-ground.save')!) as { state: { decisions: { scene: number }[] } }
      ).state.decisions.map((d) => d.scene),
    );
    const decisions = scenes.length;
    // A decision after another in the same scene: the branch opens with that scene's set-up behind it.
    const second = scenes.findIndex((scene, i) => i > 0 && scenes[i - 1] === scene);
    expect(second).toBeGreaterThan(0);
    await page.locator('#db-decisions .fold-toggle').click();
    await page.locator('#db-decisions summary', { hasText: /^Show all \d+ decisions$/ }).click();
    await page.locator(`button[data-replay="${second}"]`).click();
    const banner = page.locator('.branch-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/What-if from week \d, \w+day, “[^”]+” · your original is kept/);
    await expectNoAxeViolations(page, 'a scene in a what-if branch');
    // Branched after an earlier choice in the scene, the scene's set-up is there to read again.
    await readOn(page);
    expect(await page.locator('#scene-echo').isVisible()).toBe(true);
    expect(await page.locator('#scene-earlier').isVisible()).toBe(true);
    await banner.getByRole('button', { name: 'Back to the debrief' }).click();
    await page.getByRole('heading', { name: 'Debrief', level: 1 }).waitFor();
    expect(await banner.isVisible()).toBe(false);
    // The what-if, as far as it went, is kept to compare, not thrown away.
    await page.locator('#db-compare .fold-toggle').click();
    expect(await page.locator('#db-compare').textContent()).not.toContain('No other run to compare with yet');
    const back = await page.evaluate(
      () => JSON.parse(localStorage.getItem('common-ground.save')!).state.decisions.length as number,
    );
    expect(back).toBe(decisions);
  });
});

describe('the debrief', () => {
  const save = () => saveWhere('manager', (_s, flow) => flow === 'debrief');

  it('starts on one screen: the level, the biggest hidden cost, the best what-if, the style and one question', async () => {
    const { page, errors } = await open(save());
    await resume(page);
    await page.waitForSelector('[data-whatifs="done"]', { timeout: 30_000 });
    for (const name of [
      'Where the tension sat',
      'The biggest hidden cost',
      'The what-if that would have done most, at no meter’s cost',
      'Your style',
    ]) {
      const card = page.getByRole('region', { name });
      const box = await card.boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.y + box!.height, `${name} is on the first screen`).toBeLessThanOrEqual(900);
    }
    expect(await page.locator('#glance-whatif').textContent()).not.toMatch(/Working it out/);
    // Each reason on the cards reads as a sentence, its full stop and all.
    for (const note of await page.locator('.glance-note').allTextContents()) expect(note).toMatch(/[.!?)”]$/);
    expect(await page.locator('.glance-question textarea').count()).toBe(1);
    // Everything else is folded, one click away.
    expect(await page.locator('.debrief-part').count()).toBe(8);
    expect(await page.locator('.debrief-part[data-open]').count()).toBe(0);
    // Each part's title is a real heading (found by heading navigation), holding the button that opens it.
    const part = page.getByRole('heading', { level: 3, name: 'What was hidden' });
    await part.getByRole('button', { name: 'What was hidden', expanded: false }).click();
    expect(await page.locator('#db-reveal-body').isVisible()).toBe(true);
    // The parts sit a level under "The whole debrief", and their own sections a level under them.
    expect(await page.getByRole('heading', { level: 2, name: 'The whole debrief' }).count()).toBe(1);
    expect(
      await page
        .locator('#db-reveal-body')
        .getByRole('heading', { level: 4, name: 'Trust, group by group and person by person' })
        .count(),
    ).toBe(1);
    await part.getByRole('button', { name: 'What was hidden', expanded: true }).click();
    expect(await page.locator('#db-reveal-body').isVisible()).toBe(false);
    // Folded, not gone: the browser's find-in-page (here, a link to the text) still reaches it, and opens it.
    await page.evaluate(() => (location.hash = ':~:text=tension%20sat%20at%20the'));
    await expect.poll(() => page.locator('#db-reveal-body').isVisible()).toBe(true);
    expect(await part.getByRole('button', { name: 'What was hidden', expanded: true }).count()).toBe(1);
    await part.getByRole('button', { name: 'What was hidden' }).click();
    await expectNoAxeViolations(page, 'the debrief, folded');
    expect(errors).toEqual([]);
  });

  it('prints a short report of at most four A4 pages, and the full one on demand', async () => {
    const { page } = await open(save());
    await resume(page);
    await page.waitForSelector('[data-whatifs="done"]', { timeout: 30_000 });
    const pages = async (kind: 'short' | 'full') => {
      await page.evaluate((k) => {
        document.documentElement.dataset.print = k;
        window.dispatchEvent(new Event('beforeprint'));
      }, kind);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    };
    const short = await pages('short');
    expect(short).toBeGreaterThanOrEqual(1);
    expect(short).toBeLessThanOrEqual(4);
    expect(await pages('full')).toBeGreaterThan(short);
  });
});

/**
 * The plan map's names, each beside its own place (`spots`, where the quarter's structures put them) and clear
 * of its neighbours' names and of the key, on a desktop, a laptop and a projector; on a phone, short names, none
 * over another, none off the map.
 */
async function checkMapNames(page: Page, spots: Record<Place, { x: number; y: number }>): Promise<void> {
  const keyRect = () =>
    page.locator('.map-key').evaluate((s) => {
      const r = s.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: 'the key' };
    });
  const labelRects = () =>
    page.locator('.map-label').evaluateAll((spans) =>
      spans.map((s) => {
        const r = s.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: s.textContent };
      }),
    );
  // Each full name sits nearer its own place than any other, and clear of its neighbours' names (a name
  // stacked just under another read as a second label for it), on a desktop, a laptop and a projector.
  // At 1280 × 720 with Large text, as a projector play-through draws Standard, every name is on the map.
  for (const size of [
    { width: 1280, height: 900 },
    { width: 1366, height: 768 },
    { width: 1024, height: 768 },
    { width: 1280, height: 720, large: true },
  ]) {
    await page.setViewportSize(size);
    await page.evaluate((large) => {
      document.documentElement.style.setProperty('--text-scale', large ? '1.25' : '');
    }, Boolean(size.large));
    const box = (await page.locator('.map-labels').boundingBox())!;
    const wide = await labelRects();
    for (const a of wide) {
      expect(a.left, `${a.text} inside the map at ${size.width} px`).toBeGreaterThanOrEqual(box.x);
      expect(a.right, `${a.text} inside the map at ${size.width} px`).toBeLessThanOrEqual(box.x + box.width);
    }
    for (const [i, a] of wide.entries()) {
      const spot = (p: (typeof PLACES)[number]) => ({
        x: box.x + (spots[p].x / 1280) * box.width,
        y: box.y + (spots[p].y / 720) * box.height,
      });
      const centre = { x: (a.left + a.right) / 2, y: (a.top + a.bottom) / 2 };
      const nearest = [...PLACES].sort(
        (p, q) =>
          Math.hypot(spot(p).x - centre.x, spot(p).y - centre.y) -
          Math.hypot(spot(q).x - centre.x, spot(q).y - centre.y),
      )[0]!;
      expect(a.text, `the name nearest its own place at ${size.width} px`).toContain(PLACE_INFO[nearest].name);
      for (const b of [...wide.slice(i + 1), await keyRect()]) {
        const gap = Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom);
        expect(gap, `${a.text} and ${b.text} too close at ${size.width} px`).toBeGreaterThanOrEqual(8);
      }
    }
  }
  // On a phone the map is a quarter of the size: short names, none over another, none off the map.
  await page.setViewportSize({ width: 360, height: 740 });
  const small = [...(await labelRects()), await keyRect()];
  const map = (await page.locator('.map-labels').boundingBox())!;
  for (const [i, a] of small.entries()) {
    expect(a.left, a.text!).toBeGreaterThanOrEqual(map.x);
    expect(a.right, a.text!).toBeLessThanOrEqual(map.x + map.width);
    for (const b of small.slice(i + 1)) {
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart, `${a.text} and ${b.text} overlap`).toBe(true);
    }
  }
}
