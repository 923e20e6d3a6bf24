/**
 * Workshops against the production build (issue 12): a facilitator sets up a
 * session; twelve simulated players (headless strategies through the engine)
 * hand in results by pictures of their QR codes, by typed short codes and by
 * a run file; the dashboard's counts must equal the players' runs, its CSV
 * must read back, foreign and repeated results are refused or recognised; a
 * real player joins by the link and hands in mid-session from their screen;
 * every new screen passes axe at desktop, projector (Larger text) and phone
 * sizes, and the guide prints.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { encode, renderSVG } from 'uqr';
import { describe, expect, inject, it } from 'vitest';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { pairAtRandom, playDeciding, simulatedRoom, voteAtRandom } from '../../src/engine/drive/room.ts';
import { recordOf, serializeRuns } from '../../src/engine/read/record.ts';
import { idHash, resultTexts, shortCode } from '../../src/engine/read/result.ts';
import { parseCsv, PLAYER_COLUMNS, reachedTheEnd, summaryOf } from '../../src/engine/read/room.ts';
import { ENDING_TITLES } from '../../src/engine/rules/quarter.ts';
import { canAskPartner } from '../../src/engine/rules/rules.ts';
import { termById } from '../../src/engine/rules/glossary.ts';
import { launchTestChromium, seedStorage } from '../../src/tools/chromium.ts';
import { qrVideo } from './camera.ts';
import { Game } from '../../src/engine/run/game.ts';
import { ROLES, type GameEvent } from '../../src/engine/rules/types.ts';
import { move, STRATEGIES } from '../../src/engine/drive/simulate.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import {
  expectNoAxeViolations,
  heading,
  play,
  readOn,
  savedGame,
  screen,
  settle,
  useBrowser,
  watchErrors,
} from './browser.ts';
import { saveWhere } from './saves.ts';

const browserFor = useBrowser();

/**
 * Counts as the wall writes them ("4", "1 or 2", "3 or more") that add up to `total`: every "1 or 2" must
 * still be either a 1 or a 2 in some reading that agrees with the rest, or the wall has given it away.
 */
function expectNothingWorkedOut(written: readonly string[], total: number, what: string): void {
  const ranges = written.map((w) =>
    w === '1 or 2'
      ? [1, 2]
      : w === '3 or more'
        ? Array.from({ length: Math.max(0, total - 2) }, (_, k) => k + 3)
        : [Number(w)],
  );
  const seen = written.map(() => new Set<number>());
  const walk = (i: number, picked: number[], sum: number): void => {
    if (sum > total) return;
    if (i === ranges.length) {
      if (sum === total) picked.forEach((v, j) => seen[j]!.add(v));
      return;
    }
    for (const v of ranges[i]!) walk(i + 1, [...picked, v], sum + v);
  };
  walk(0, [], 0);
  written.forEach((w, i) => {
    if (w === '1 or 2') expect([...seen[i]!].sort(), `${what}: ${written.join(' · ')} of ${total}`).toEqual([1, 2]);
  });
}
const base = inject('baseURL');
const story = compileInk('stories/main.ink').json!;
const dir = mkdtempSync(join(tmpdir(), 'cg-workshop-'));

/** A game in Node that keeps its autosave, started with this CHOOSE_ROLE and past the briefing. */
function savingGame(choose: Extract<GameEvent, { type: 'CHOOSE_ROLE' }>): { game: Game; saved: () => string } {
  let text = '';
  const game = new Game({ story, slot: { write: (t) => (text = t) } });
  game.send({ type: 'NEW_GAME' });
  game.send(choose);
  game.send({ type: 'BEGIN' });
  return { game, saved: () => text };
}

/** A picture of a QR code, as a phone screen shows it, made by the browser itself. */
async function qrPicture(page: Page, text: string, name: string): Promise<string> {
  // Whole pixels to a module and crisp edges: a code scaled by a fraction blurs at its edges, and the reader then
  // misses one picture in a few rooms (two fresh-clone runs in a row counted 3 of 4).
  const modules = encode(text, { ecc: 'M', border: 4 }).size;
  await page.setContent(
    `<body style="margin:0;background:#fff"><div id="q" style="width:${modules * 6}px">${renderSVG(text, { ecc: 'M', border: 4 }).replace('<svg ', '<svg shape-rendering="crispEdges" ')}</div></body>`,
  );
  const path = join(dir, name);
  writeFileSync(path, await page.locator('#q').screenshot());
  return path;
}

/**
 * A phone's photo of a player's screen showing a QR code: 12 megapixels, tilted, a little soft, saved as
 * JPEG, with the code so small in it (300 pixels across or less) that read at 1,200 pixels, as the
 * dashboard reads a picture first, it does not read: the dashboard must try the picture at other sizes.
 */
async function qrPhoto(page: Page, text: string, name: string): Promise<string> {
  const { data } = encode(text, { ecc: 'M', border: 4 });
  await page.setContent('<body></body>');
  await page.addScriptTag({ path: 'node_modules/jsqr/dist/jsQR.js' });
  const jpeg = await page.evaluate(async (grid: boolean[][]) => {
    type Read = (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
    const jsQR = (window as unknown as { jsQR: Read }).jsQR;
    // The screen first, one pixel a module on white; then photographed: scaled, turned, softened, as JPEG.
    const screen = document.createElement('canvas');
    screen.width = grid.length + 8;
    screen.height = grid.length + 24;
    const s = screen.getContext('2d')!;
    s.fillStyle = '#fff';
    s.fillRect(0, 0, screen.width, screen.height);
    s.fillStyle = '#000';
    grid.forEach((row, r) => row.forEach((on, c) => on && s.fillRect(4 + c, 12 + r, 1, 1)));
    const readsAt = async (url: string, width: number): Promise<boolean> => {
      const image = new Image();
      image.src = url;
      await image.decode();
      const c = document.createElement('canvas');
      c.width = width;
      c.height = (width * 4) / 3;
      const x = c.getContext('2d', { willReadFrequently: true })!;
      x.drawImage(image, 0, 0, c.width, c.height);
      return jsQR(x.getImageData(0, 0, c.width, c.height).data, c.width, c.height) !== null;
    };
    for (const across of [300, 280, 260, 240, 220, 200]) {
      const photo = document.createElement('canvas');
      photo.width = 3000;
      photo.height = 4000;
      const x = photo.getContext('2d')!;
      x.fillStyle = '#6b5a4a';
      x.fillRect(0, 0, 3000, 4000);
      x.translate(1500, 2000);
      x.rotate((8 * Math.PI) / 180);
      x.filter = 'blur(0.5px)';
      const scale = across / grid.length;
      const [w, h] = [screen.width * scale, screen.height * scale];
      x.drawImage(screen, -w / 2, -h / 2, w, h);
      const url = photo.toDataURL('image/jpeg', 0.8);
      if (!(await readsAt(url, 900)) && (await readsAt(url, 3000))) return url;
    }
    throw new Error('no photo made that only a larger reading reads');
  }, data);
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(jpeg.slice(jpeg.indexOf(',') + 1), 'base64'));
  return path;
}

async function createSession(
  page: Page,
  level: RegExp,
  split: boolean,
  full = false,
): Promise<{ id: string; seed: string; weeks: number; dashboard: string; joins: string[] }> {
  await page.goto(base);
  // The game's own title first: the shell's is swapped for it as the game loads, and a click that falls
  // across the swap (pressed on one link, released on the other) is no click at all.
  await page.locator('.app[data-screen="title"]').waitFor({ state: 'attached' });
  await page.getByRole('link', { name: 'Run a workshop' }).click();
  await page.getByRole('heading', { name: 'Run a workshop' }).waitFor();
  await page.getByLabel(level).check();
  if (split) await page.getByLabel(/Half the room per role/).check();
  // The workshop quarter is the default; the full quarter is one choice away.
  if (full) await page.getByLabel(/The full quarter/).check();
  await page.getByRole('button', { name: 'Create the session' }).click();
  await page.getByRole('heading', { name: /^Session W\w{5} is ready$/ }).waitFor();
  const dashboard = new URL(
    (await page.getByRole('link', { name: 'Open the room dashboard' }).getAttribute('href'))!,
    page.url(),
  ).toString();
  const q = new URL(dashboard).searchParams;
  const joins = await page.locator('.join-url').allTextContents();
  return { id: q.get('session')!, seed: q.get('code')!, weeks: Number(q.get('weeks')), dashboard, joins };
}

async function resultsIn(page: Page): Promise<number> {
  await page.waitForFunction(() => !document.querySelector('.intake-progress')?.textContent);
  await page.waitForTimeout(300);
  const dd = page.locator('.room-counts dt', { hasText: 'Results in' }).locator('xpath=following-sibling::dd');
  return Number(await dd.textContent());
}

/**
 * The dashboard's count once it has taken everything in: pictures are read one
 * by one, and the intake can fall quiet between two of them, so wait for the
 * count expected, then make sure it stays there.
 */
async function expectResults(page: Page, n: number): Promise<void> {
  await expect.poll(() => resultsIn(page), { timeout: 20_000 }).toBe(n);
  await page.waitForTimeout(500);
  expect(await resultsIn(page)).toBe(n);
}

describe('a workshop', () => {
  it('takes in a chat pasted whole: results and short codes among senders, times and greetings', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const s = await createSession(page, /A department/, true);
    const players = simulatedRoom(story, s.id, s.seed, 5, { weeks: s.weeks });
    const code = (i: number): string =>
      shortCode(summaryOf(recordOf(players[i]!.state), reachedTheEnd(players[i]!.state.screen)));
    const chat = [
      '[10:41] Sam Patel',
      ...resultTexts(players[0]!.result),
      'thanks, good session!',
      '',
      '[10:42] Priya (she/her)',
      `here's mine: ${resultTexts(players[1]!.result).join('\n')}`,
      '[10:43] Jo',
      code(2),
      code(3).toLowerCase().replace(/-/g, ' '),
      `Mine is ${code(4)} sorry it's late`,
    ].join('\n');
    await page.goto(s.dashboard);
    await page.getByRole('heading', { name: `Room dashboard · session ${s.id}` }).waitFor();
    // Before anyone hands in, the level the setup said is behind a button is there to check, hidden at first.
    await page.getByText('No results yet.').waitFor();
    const reveal = page.getByRole('button', { name: 'Reveal the hidden level' });
    expect(await page.locator('.level-reveal').isVisible()).toBe(false);
    await reveal.click();
    expect(await page.locator('.level-reveal').textContent()).toBe('The tension sits at the department level.');
    await page.getByRole('button', { name: 'Hide the level' }).click();
    // Someone arrives late: the dashboard shows the session's own join codes again.
    await page.getByText('Show the join code, for someone arriving late').click();
    expect(await page.locator('.join-again .join-url').allTextContents()).toEqual(s.joins);
    // Its Full screen is in view as the fold opens, and on the wall the codes and what to type all fit.
    const full = page.locator('.join-again').getByRole('button', { name: 'Full screen' });
    expect(await full.evaluate((b) => b.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await full.click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className)).toBe('join-again');
    expect(
      await page.evaluate(() => document.fullscreenElement!.scrollHeight <= document.fullscreenElement!.clientHeight),
    ).toBe(true);
    expect(await page.locator('.join-again .join-code').first().isVisible()).toBe(true);
    await page.locator('.join-again').getByRole('button', { name: 'Leave full screen' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    await page.getByLabel('Short code or result text').fill(chat);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expectResults(page, 5);
    expect(await page.locator('.intake-refused').count()).toBe(0);
    // A mistyped code among others is refused by its first characters, so the facilitator knows whose to ask for.
    const typo = code(2).slice(0, -1) + (code(2).endsWith('0') ? '1' : '0');
    await page.getByLabel('Short code or result text').fill(`[10:44] Alex\n${typo}\n${code(3)}`);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator('.intake-refused', { hasText: `Refused the short code “${typo.slice(0, 10)}…”` }).waitFor();
    await expectResults(page, 5);
    // Words that are neither are said to be neither; an empty box asks for something to take in.
    await page.getByLabel('Short code or result text').fill('hello world');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page
      .locator('.intake-refused', { hasText: 'neither a short code (16 characters; this has 10) nor a result' })
      .waitFor();
    // What was refused comes back to the box, to mend a character rather than type it all again.
    await expect.poll(() => page.getByLabel('Short code or result text').inputValue()).toBe('hello world');
    await page.getByLabel('Short code or result text').fill('');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Type a short code, or paste a result, into the box first.').waitFor();
    // On the projector: the intake folds away, and no count under three is shown anywhere in the room's view.
    const endingsTable = page.getByRole('table', { name: 'Players by ending and role' });
    const totals = new Map<string, number>();
    // Bars the wall still draws (three or more reached the ending) whose part for one role is a one or a two.
    let smallParts = 0;
    // Each role's column adds up to its finished players: the wall must not let a "1 or 2" be worked out from it.
    const columnTotals = [0, 0];
    for (const row of await endingsTable.locator('tbody tr').all()) {
      const cells = await row.locator('th, td').allTextContents();
      const [a, b] = [Number(cells[1]), Number(cells[2])];
      totals.set(cells[0]!, a + b);
      columnTotals[0] = columnTotals[0]! + a;
      columnTotals[1] = columnTotals[1]! + b;
      if (a + b >= 3) smallParts += [a, b].filter((n) => n === 1 || n === 2).length;
    }
    const projector = page.getByRole('button', { name: 'Projector view' });
    await projector.click();
    // An ending fewer than three reached is not named on the wall: they share one row.
    const named = await endingsTable.locator('tbody th').allTextContents();
    const OTHERS = 'Other endings (fewer than three each)';
    expect([...totals.values()].some((n) => n < 3)).toBe(true);
    expect(named).toContain(OTHERS);
    for (const title of named.filter((t) => t !== OTHERS)) expect(totals.get(title)).toBeGreaterThanOrEqual(3);
    const wallRows = await endingsTable
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent!)));
    for (const column of [0, 1])
      if (!wallRows.every((r) => r[column] === '–'))
        expectNothingWorkedOut(
          wallRows.map((r) => r[column]!),
          columnTotals[column]!,
          `endings, column ${column + 1}`,
        );
    expect(await projector.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('section.intake').isVisible()).toBe(false);
    // What the view does is the facilitator's to read, not the room's: off the wall, still the button's description.
    expect(await page.locator('.projector-toggle .hint').isVisible()).toBe(false);
    expect(await projector.getAttribute('aria-describedby')).toBe('projector-hint');
    const counts = await page
      .locator('.room-view')
      .evaluate((view) =>
        [...view.querySelectorAll('dd, td, .option-count, .word-list li, .bar')].map((e) => e.textContent ?? ''),
      );
    expect(counts.some((t) => /1 or 2/.test(t))).toBe(true);
    for (const t of counts) expect(t).not.toMatch(/^[12]$|(^|· )[12] (of|players?)\b/);
    // Nor can "results in" less "finished" be read off as a one or a two (the one still on their phone).
    const dd = async (label: string) =>
      (await page.locator('.room-counts div', { hasText: label }).locator('dd').textContent())!;
    const [inNow, finishedNow] = [Number(await dd('Results in')), await dd('Finished')];
    if (/^\d+$/.test(finishedNow)) expect([1, 2]).not.toContain(inNow - Number(finishedNow));
    else expect(finishedNow).toMatch(/^(1 or 2|all but 1 or 2)$/);
    // A reload on the projector (patchy wifi) comes back in Projector view, not with the intake on the wall.
    await page.reload();
    await page.getByRole('heading', { name: `Room dashboard · session ${s.id}` }).waitFor();
    expect(await projector.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('section.intake').isVisible()).toBe(false);
    expect(await endingsTable.locator('tbody th').allTextContents()).toEqual(named);
    // Those parts are drawn, with no number written on them (and so are counts written "3 or more").
    expect(
      await page.locator('.room-view .bar').evaluateAll((bars) => bars.filter((b) => !b.textContent).length),
    ).toBeGreaterThanOrEqual(smallParts);
    // ...and drawn alike, hatched, whether one or two: a bar as long as its count would give it away.
    const drawn = await page
      .locator('.room-view .bars .bar')
      .evaluateAll((bars) =>
        bars.filter((b) => !b.textContent).map((b) => [b.classList.contains('bar-few'), b.getAttribute('style')]),
      );
    expect(drawn.length).toBeGreaterThanOrEqual(smallParts);
    for (const [hatched] of drawn) expect(hatched).toBe(true);
    // A word fewer than three misread is not on the wall at all, not even as "1 or 2".
    for (const t of await page.locator('.word-list li').allTextContents()) expect(t).not.toContain('1 or 2');
    // On a 1920 × 1080 wall the projector view is the 1366 × 768 page drawn larger, with nothing off the side.
    const headingSize = (): Promise<number> => page.locator('h1').evaluate((e) => e.getBoundingClientRect().height);
    const at1280 = await headingSize();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(headingSize).toBeGreaterThan(at1280 * 1.3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920);
    await projector.click();
    expect(await page.locator('section.intake').isVisible()).toBe(true);
    expect(await page.locator('.projector-toggle .hint').isVisible()).toBe(true);
    // Off the projector the page is the facilitator's again: Standard text, which Projector view draws Large.
    await expect.poll(headingSize).toBeCloseTo(at1280 / 1.25, 0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on the projector, a room of twenty: no count of one or two can be worked out from what the wall shows', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const s = await createSession(page, /A department/, true);
    const players = simulatedRoom(story, s.id, s.seed, 20, { weeks: s.weeks });
    const file = join(dir, 'room-of-twenty.json');
    writeFileSync(file, serializeRuns(players.map((p) => recordOf(p.state))));
    await page.goto(s.dashboard);
    await page.getByRole('heading', { name: `Room dashboard · session ${s.id}` }).waitFor();
    await page.locator('#result-files').setInputFiles(file);
    await expectResults(page, 20);
    // The exact endings, read off the facilitator's own view: each role's column adds up to its finished players.
    const endingsTable = page.getByRole('table', { name: 'Players by ending and role' });
    const exact = await endingsTable
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((c) => Number(c.textContent))));
    const columnTotal = (k: number): number => exact.reduce((n, r) => n + r[k]!, 0);
    await page.getByRole('button', { name: 'Projector view' }).click();
    // Each count at its card's foot, level with the others, however its label wraps.
    const countTops = await page
      .locator('.room-counts dd')
      .evaluateAll((dds) => dds.map((d) => Math.round(d.getBoundingClientRect().top)));
    expect(countTops.length).toBeGreaterThan(2);
    expect(new Set(countTops).size, String(countTops)).toBe(1);
    await page.getByText('All 20 decisions players reached').or(page.locator('.all-decisions summary')).first().click();
    // The roles' players add up to the results in.
    const dd = async (label: string) =>
      (await page.locator('.room-counts div', { hasText: label }).locator('dd').textContent())!;
    expectNothingWorkedOut(
      [await dd('Played as clinician leader'), await dd('Played as operational manager')],
      20,
      'players by role',
    );
    const wallRows = await endingsTable
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent!)));
    for (const k of [0, 1])
      if (!wallRows.every((r) => r[k] === '–'))
        expectNothingWorkedOut(
          wallRows.map((r) => r[k]!),
          columnTotal(k),
          `endings, column ${k + 1}`,
        );
    // Every side of every decision on the wall: its options add up to those who reached it.
    const sides = await page
      .locator('.room-view .decision-side:has(ul.options)')
      .evaluateAll((all) =>
        all.map((side) =>
          [...side.querySelectorAll('.option-count')].map((c) =>
            /^(1 or 2|3 or more|\d+) of (\d+)/.exec(c.textContent!)!,
          ),
        ),
      );
    expect(sides.length).toBeGreaterThan(3);
    for (const [k, side] of sides.entries())
      expectNothingWorkedOut(
        side.map((m) => m[1]!),
        Number(side[0]![2]),
        `decision side ${k}`,
      );
    // Some of them hide a one or two, and one is written "3 or more" to keep it hidden.
    const written = sides.flat().map((m) => m[1]);
    expect(written).toContain('1 or 2');
    // No "1 of 4"-like count hides in what lands later either.
    for (const t of await page.locator('.room-view .option-count').allTextContents())
      expect(t).not.toMatch(/for [12] of \d+/);
    // Players who aimed at the level: never "N − 1 or 2 of N" written out.
    await page.getByRole('button', { name: 'Reveal the hidden level' }).click();
    const aimed = /Players who aimed at least one there: (all but 1 or 2|1 or 2|\d+) of (\d+)/.exec(
      (await page.locator('.room-view').innerText())!,
    )!;
    if (/^\d+$/.test(aimed[1]!)) expect([1, 2]).not.toContain(Number(aimed[2]) - Number(aimed[1]));
    // Said as the game and the debrief say it: changes aimed at a level, not "interventions".
    const reveal = await page.locator('.room-view').innerText();
    expect(reveal).toMatch(/\d+ changes? (was|were) aimed there and \d+ elsewhere\./);
    expect(reveal).not.toMatch(/intervention/i);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes a room of twelve in by QR pictures, short codes and a run file, and counts it as the players played', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const s = await createSession(page, /A department/, true);
    expect(s.joins).toHaveLength(2);
    // The length is inside the join value, with the check, and again after it for an earlier release.
    expect(s.joins[0]).toMatch(new RegExp(`\\?join=${s.id}-${s.seed}-C-4-[A-Z2-9]&weeks=4$`));
    expect(s.weeks).toBe(4);

    const players = simulatedRoom(story, s.id, s.seed, 12, { weeks: s.weeks });
    expect(players.every((p) => p.state.run.weeks === 4 && p.state.week <= 4)).toBe(true);
    const painter = await context.newPage();
    const pictures: string[] = [];
    for (const [i, p] of players.slice(0, 4).entries()) {
      // The first player's parts as phone photos, the rest as screenshots.
      for (const [k, text] of resultTexts(p.result).entries())
        pictures.push(
          i === 0 ? await qrPhoto(painter, text, `p${i}-${k}.jpg`) : await qrPicture(painter, text, `p${i}-${k}.png`),
        );
    }
    await painter.close();
    const file = join(dir, 'runs.json');
    writeFileSync(file, serializeRuns(players.slice(8).map((p) => recordOf(p.state))));

    await page.goto(s.dashboard);
    await page.getByRole('heading', { name: `Room dashboard · session ${s.id}` }).waitFor();
    // By pictures of QR codes (a split result's parts arrive as separate pictures).
    await page.locator('#result-files').setInputFiles(pictures);
    await expectResults(page, 4);
    // By typed short codes.
    const box = page.getByLabel('Short code or result text');
    for (const p of players.slice(4, 8)) {
      await box.fill(shortCode(summaryOf(recordOf(p.state), reachedTheEnd(p.state.screen))).toLowerCase());
      await page.getByRole('button', { name: 'Add', exact: true }).click();
    }
    await expectResults(page, 8);
    // By a run file holding four runs; the same file again adds nobody.
    await page.locator('#result-files').setInputFiles(file);
    await expectResults(page, 12);
    await page.locator('#result-files').setInputFiles(file);
    await expectResults(page, 12);
    await expect.poll(() => page.locator('.intake-info', { hasText: 'Already counted' }).count()).toBe(4);
    // A result from another session is refused with the reason, and the room is kept.
    const stranger = simulatedRoom(story, 'WZZZZZ', s.seed, 1)[0]!;
    await box.fill(resultTexts(stranger.result).join('\n'));
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator('.intake-refused', { hasText: 'another workshop session' }).waitFor();
    await expectResults(page, 12);
    // So is a result of the full quarter, handed in to this workshop quarter's session.
    const longer = simulatedRoom(story, s.id, s.seed, 1, { midSession: 1, stopWeek: 1 })[0]!;
    await box.fill(resultTexts(longer.result).join('\n'));
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator('.intake-refused', { hasText: 'played as the full quarter' }).waitFor();
    await expectResults(page, 12);

    // The counts are the players' own.
    const finished = players.filter((p) => p.state.screen === 'debrief' || p.state.ending).length;
    const dd = async (label: string) =>
      Number(
        await page.locator('.room-counts dt', { hasText: label }).locator('xpath=following-sibling::dd').textContent(),
      );
    expect(await dd('Finished')).toBe(finished);
    expect(await dd('Played as clinician leader')).toBe(6);
    // Each part of the wall is one press away, and each press lands on its heading.
    const jump = page.getByRole('navigation', { name: 'Parts of the room' }).getByRole('link');
    expect(await jump.count()).toBe(5);
    expect(await jump.allTextContents()).toEqual([
      'Endings',
      'Where the tension sat',
      'Meters by role',
      'Words most often misread',
      'How the room chose',
    ]);
    // The last part is screens below the links; a press brings its heading into view.
    await jump.last().click();
    await expect
      .poll(() => page.locator('#decisions-h').evaluate((el) => el.getBoundingClientRect().top))
      .toBeLessThan(900);
    expect(await page.locator('#decisions-h').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(
      0,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    // Each role's meters with the move from where that role starts (the roles start in different places).
    const meterCells = await page.getByRole('table', { name: 'Meters by role' }).locator('tbody td').allTextContents();
    expect(meterCells).toHaveLength(10);
    // Each role's meters are of those who finished (this room has some in each role).
    expect(meterCells.filter((_, i) => i % 5 === 1)).toEqual(
      ROLES.map((role) => {
        const mine = players.filter((p) => p.state.role === role);
        const done = mine.filter((p) => reachedTheEnd(p.state.screen) || p.state.ending).length;
        return done === mine.length ? 'everyone, all finished' : `the ${done} who finished`;
      }),
    );
    for (const cell of meterCells.filter((_, i) => i % 5 > 1)) {
      // No move reads "no change", not "0 from 55".
      const [, now, move, from] = /^([\d.]+) \((no change|[+−][\d.]+) from (\d+)\)$/.exec(cell) ?? [];
      expect(now, cell).toBeDefined();
      expect(Number(now) - Number(from)).toBeCloseTo(move === 'no change' ? 0 : Number(move!.replace('−', '-')), 5);
    }
    const endingRows = await page.getByRole('table', { name: 'Players by ending and role' }).locator('tbody tr').all();
    const shown = new Map<string, number>();
    for (const row of endingRows) {
      const cells = await row.locator('th, td').allTextContents();
      shown.set(cells[0]!, Number(cells[1]) + Number(cells[2]));
    }
    const expected = new Map<string, number>();
    for (const p of players)
      if (p.state.ending)
        expected.set(ENDING_TITLES[p.state.ending], (expected.get(ENDING_TITLES[p.state.ending]) ?? 0) + 1);
    expect(shown).toEqual(expected);

    // A decision's bars are shares of the players who reached it: "2 of 7" draws two sevenths, not most of the bar.
    const bars = await page
      .locator('.decision-card .decision-side')
      .first()
      .evaluate((side) =>
        [...side.querySelectorAll('li')].map((li) => {
          const [, count, of] = /^(\d+) of (\d+) chose this/.exec(li.querySelector('.option-count')!.textContent!)!;
          const track = li.querySelector('.option-bar')!.getBoundingClientRect().width;
          return {
            share: Number(count) / Number(of),
            drawn: li.querySelector('.bar')!.getBoundingClientRect().width / track,
          };
        }),
      );
    expect(bars.length).toBeGreaterThan(1);
    for (const b of bars) expect(b.drawn).toBeCloseTo(b.share, 2);
    // Beside what a choice did straight away, what it set going that had landed by the hand-in: where the lesson is.
    expect(
      await page.locator('.room-view .decision-card li', { hasText: /; later, by the hand-in: \S/ }).count(),
    ).toBeGreaterThan(0);
    // On the projector, an option one or two chose has its bar drawn alike (hatched, at one and a half), so the
    // bar does not show the count its words hide; and a card one side of which is left out gives no total.
    await page.getByRole('button', { name: 'Projector view' }).click();
    const options = await page.locator('.room-view .decision-card li').evaluateAll((items) =>
      items.map((li) => {
        const [, hid, of] = /^(1 or 2|3 or more|\d+) of (\d+)/.exec(li.querySelector('.option-count')!.textContent!)!;
        const bar = li.querySelector('.bar')!;
        const drawn =
          bar.getBoundingClientRect().width / li.querySelector('.option-bar')!.getBoundingClientRect().width;
        return {
          hidden: hid === '1 or 2',
          masked: hid === '3 or more',
          hatched: bar.classList.contains('bar-few'),
          drawn,
          of: Number(of),
        };
      }),
    );
    // Four of each role handed in decisions here: a side of "3 of 4 · 1 or 2 of 4" would be a 1, so such sides
    // are left out, and the wall says why when none is left.
    if (!options.length)
      await page.getByText(/^No decision where the room split can be shown on the projector/).waitFor();
    for (const o of options) {
      expect(o.hatched).toBe(o.hidden || o.masked);
      if (o.hidden) expect(o.drawn).toBeCloseTo(1.5 / o.of, 2);
      if (o.masked) expect(o.drawn).toBeCloseTo(3 / o.of, 2);
    }
    // Every side on the wall: its options add up to those who reached it, and no "1 or 2" can be worked out.
    const wallSides = await page
      .locator('.room-view .decision-side:has(ul.options)')
      .evaluateAll((all) =>
        all.map((side) =>
          [...side.querySelectorAll('.option-count')].map((c) =>
            /^(1 or 2|3 or more|\d+) of (\d+)/.exec(c.textContent!)!,
          ),
        ),
      );
    for (const [k, side] of wallSides.entries())
      expectNothingWorkedOut(
        side.map((m) => m[1]!),
        Number(side[0]![2]),
        `decision side ${k}`,
      );
    for (const card of await page.locator('.room-view .decision-card').all()) {
      const left = await card.locator('.decision-side', { hasText: 'not shown on the projector' }).count();
      if (left) expect(await card.locator('h3 .reached').count()).toBe(0);
      // A card whose every side is left out shows nothing: it is not drawn.
      expect(left).toBeLessThan(await card.locator('.decision-side').count());
    }
    // A side is drawn only when one of its options was taken by three or more: three options each "1 or 2 of 3"
    // are one person each, whatever the wall writes.
    const sides = await page
      .locator('.room-view .decision-side:has(ul.options)')
      .evaluateAll((all) =>
        all.map((side) =>
          Math.max(
            0,
            ...[...side.querySelectorAll('.option-count')].map((c) =>
              /^3 or more of/.test(c.textContent!) ? 3 : Number(/^(\d+) of/.exec(c.textContent!)?.[1] ?? 0),
            ),
          ),
        ),
      );
    for (const most of sides) expect(most).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: 'Projector view' }).click();

    // The CSV of players reads back: one row each, keyed by run id (or by the short code's id for typed codes).
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download players (CSV)' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    // Marked as UTF-8 for Excel, which otherwise reads "café" as "cafÃ©".
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...PLAYER_COLUMNS]);
    expect(new Set(rows.slice(1).map((r) => r[1]))).toEqual(
      new Set(players.map((p, i) => (i >= 4 && i < 8 ? `code:${idHash(p.state.run.id)}` : p.state.run.id))),
    );
    // A reload keeps the room.
    await page.reload();
    await expectResults(page, 12);
    // No camera here: the page says so and points to the typed code.
    await page.getByRole('button', { name: 'Start the camera' }).click();
    await expect.poll(() => page.locator('.camera-note').textContent()).toMatch(/short codes/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads QR pictures after the wifi drops, and says so plainly when the reader could not be fetched', async () => {
    // No service worker: the first visit at a venue, or a policy that blocks them.
    const context = await browserFor().newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const s = await createSession(page, /A department/, false);
    const [player] = simulatedRoom(story, s.id, s.seed, 1, { weeks: s.weeks });
    const painter = await context.newPage();
    const picture: string[] = [];
    for (const [k, text] of resultTexts(player!.result).entries())
      picture.push(await qrPicture(painter, text, `offline-${k}.png`));
    await painter.close();

    // The reader's code cannot be fetched: the page says that, not that the picture was unsharp.
    await page.route(/jsQR/, (route) => route.abort());
    await page.goto(s.dashboard);
    await page.getByRole('heading', { name: `Room dashboard · session ${s.id}` }).waitFor();
    await page.locator('#result-files').setInputFiles(picture);
    const refused = page.locator('.intake-refused', { hasText: 'QR reader could not be loaded' });
    await refused.waitFor();
    expect(await refused.textContent()).not.toMatch(/sharper/);
    // Back online, the same picture is read: a failed load is tried again.
    await page.unroute(/jsQR/);
    await page.locator('#result-files').setInputFiles(picture);
    await expectResults(page, 1);

    // Opened while the wifi is up, the dashboard fetches the reader at once, so pictures still read once it drops.
    const fresh = await context.newPage();
    const fetched = fresh.waitForResponse(/jsQR/);
    await fresh.goto(s.dashboard.replace(/#.*$/, ''));
    await fetched;
    await context.setOffline(true);
    await fresh.locator('#result-files').setInputFiles(picture);
    await fresh
      .locator('.intake-info', { hasText: /Already counted/ })
      .first()
      .waitFor();
    await context.close();
  });

  it('reads a result split over several QR codes from the laptop’s camera', async () => {
    const [player] = simulatedRoom(story, 'WCAMRA', 'ABC234', 1);
    const parts = resultTexts(player!.result, 150);
    expect(parts.length).toBeGreaterThan(1);
    const video = join(dir, 'camera.y4m');
    qrVideo(parts, video);
    const browser = await launchTestChromium([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    try {
      const page = await browser.newPage();
      const errors = watchErrors(page);
      // The camera needs a secure page: localhost is one.
      await page.goto(
        `${base.replace('127.0.0.1', 'localhost')}?workshop=dashboard&session=WCAMRA&code=ABC234&mode=solo`,
      );
      await page.getByRole('button', { name: 'Start the camera' }).click();
      await page.locator('.intake-info', { hasText: `Read code 1 of ${parts.length}` }).waitFor({ timeout: 30_000 });
      await page
        .locator('.intake-ok', { hasText: 'Added a clinician leader (finished) from the camera' })
        .waitFor({ timeout: 30_000 });
      await expectResults(page, 1);
      // The same codes, seen again as the video loops (a phone held up a moment longer), are not read again.
      const logged = await page.locator('.intake-log li').count();
      await page.waitForTimeout(4000);
      expect(await page.locator('.intake-log li').count()).toBe(logged);
      await expectResults(page, 1);
      await page.getByRole('button', { name: 'Stop the camera' }).click();
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('plays the workshop quarter from its join link: four weeks, two visits a week, the month-end review, an ending and the hand-in', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${base}?join=WQTR44-K7M2QX-C&weeks=4`);
    await page.getByText('Workshop session WQTR44').waitFor();
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByText('Your workshop plays the workshop quarter').waitFor();
    // The link fixes the length: no choice of it is offered.
    expect(await page.locator('input[name="run-length"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Play as clinician leader' }).click();
    await page.getByRole('heading', { name: 'The workshop quarter' }).waitFor();
    expect(await page.locator('main').textContent()).toMatch(/two visits a week/);
    await page.getByRole('button', { name: 'Begin Monday' }).click();
    let sawPlan = false;
    let sawEnding = false;
    let codeOnEnding: string | null = null;
    const weeks = new Set<string>();
    let reviewEyebrow = '';
    await play(page, {
      pick: (n, step) => (step * 5) % n,
      visits: () => ['ward', 'cafe'],
      until: async () => {
        const now = await screen(page);
        if (now === 'plan' && !sawPlan) {
          sawPlan = true;
          await page.locator('#visit-ward').check();
          await page.locator('#visit-cafe').check();
          // Two places chosen: the rest are closed, and the planner says two is the most.
          expect(await page.locator('#visit-exec').isDisabled()).toBe(true);
          expect(await page.locator('.plan-total').textContent()).toMatch(/^2 of 2 visits/);
          await page.locator('#visit-ward').uncheck();
          await page.locator('#visit-cafe').uncheck();
        }
        if (now === 'plan') weeks.add((await page.locator('main .eyebrow').first().textContent()) ?? '');
        // The review follows the last week's summary: named by the end it closes, not as a day of week four.
        if (now === 'scene' && (await heading(page)) === 'The month-end review') {
          reviewEyebrow = (await page.locator('main .eyebrow').first().textContent()) ?? '';
        }
        if (now === 'week') {
          weeks.add((await page.locator('main .eyebrow').first().textContent()) ?? '');
          // The room plays on: no "good place to stop, come back next time".
          const stop = (await page.locator('.stopping-point').textContent()) ?? '';
          expect(stop).not.toMatch(/Next time/);
        }
        if (now === 'ending' && !sawEnding) {
          sawEnding = true;
          // Hand in first; the debrief, which names the level, waits for the facilitator's reveal.
          expect(await page.locator('.screen-ending .handin').count()).toBe(1);
          expect(await page.locator('.screen-ending').textContent()).toMatch(
            /reveal where the tension sat before you open your debrief/,
          );
          expect(await page.getByRole('button', { name: 'See your debrief' }).getAttribute('class')).toBe('secondary');
          codeOnEnding = await page.locator('.screen-ending .short-code').textContent();
          // Opened again from the join link: the title says the quarter is over and leads back to the hand-in.
          await page.reload();
          await page.getByText('Workshop session WQTR44').waitFor();
          expect(await page.locator('.workshop-joined').textContent()).toMatch(
            /Your quarter is over: press Continue to see your ending and hand in your result from there\.$/,
          );
          expect(await page.locator('#continue-where').textContent()).toBe(
            'The quarter is over, played as the clinician leader: Continue opens its ending.',
          );
          await page.getByRole('button', { name: 'Continue', exact: true }).click();
          await page.locator('.screen-ending .handin').waitFor();
        }
        return (await heading(page)) === 'Debrief';
      },
    });
    expect(sawPlan).toBe(true);
    expect(sawEnding).toBe(true);
    expect([...weeks].filter((w) => /^Week \d of 4/.test(w)).length).toBeGreaterThanOrEqual(4);
    expect([...weeks].some((w) => /of 8/.test(w))).toBe(false);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('The month-end review');
    expect(text).not.toContain('The quarter review');
    expect(reviewEyebrow).toBe('End of the month, Friday');
    // The hand-in panel is at the top of the debrief, and its result carries the workshop quarter.
    await page.locator('.handin').first().waitFor();
    // The short code copied down from the ending page is the one the debrief shows.
    expect(codeOnEnding).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
    expect(await page.locator('.handin .short-code').first().textContent()).toBe(codeOnEnding);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('lets a player who cannot scan or open the link join by typing the workshop code, even after a mistyped link', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const s = await createSession(page, /Drawn at random/, true);
    // Each QR code has its code to type, under its label.
    const codes = await page.locator('.join-code').allTextContents();
    expect(codes).toEqual([
      expect.stringMatching(new RegExp(`^${s.id}-${s.seed}-C-4-[A-Z2-9]$`)),
      expect.stringMatching(new RegExp(`^${s.id}-${s.seed}-M-4-[A-Z2-9]$`)),
    ]);
    // The code ends its sentence: in full screen it stands on a line of its own, with no full stop left below it.
    expect(await page.locator('.join-typed').first().textContent()).toMatch(/and type: [\w-]+$/);
    // Open the dashboard while online: a dashboard never opened cannot open when the wifi drops.
    const online = page.getByText(/^Open the dashboard once now, while the wifi works/);
    expect(await online.isVisible()).toBe(true);
    // Full screen says the way back out while it is on.
    await page.getByRole('button', { name: 'Full screen' }).click();
    // Only the codes and the way out are on the wall, and all of them fit on it.
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className)).toBe('session-panel');
    expect(await page.getByRole('link', { name: 'Open the room dashboard' }).isVisible()).toBe(false);
    expect(await online.isVisible()).toBe(false);
    expect(
      await page.evaluate(() => document.fullscreenElement!.scrollHeight <= document.fullscreenElement!.clientHeight),
    ).toBe(true);
    await page.getByRole('button', { name: 'Leave full screen' }).click();
    await page.getByRole('button', { name: 'Full screen' }).waitFor();
    // On a 4:3 projector too, the two codes stand side by side and all of it fits (the managers' went off the wall).
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole('button', { name: 'Full screen' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const wall = document.fullscreenElement;
          const tops = [...(wall?.querySelectorAll('.join-qr') ?? [])].map((q) =>
            Math.round(q.getBoundingClientRect().top),
          );
          return {
            codes: tops.length,
            sideBySide: new Set(tops).size === 1,
            fits: wall!.scrollHeight <= wall!.clientHeight,
          };
        }),
      )
      .toEqual({ codes: 2, sideBySide: true, fits: true });
    await page.getByRole('button', { name: 'Leave full screen' }).click();
    await page.getByRole('button', { name: 'Full screen' }).waitFor();
    // On a 1920 × 1080 wall the words grow with the codes (they stayed at 1366's size), and still fit.
    const wallWords = async (width: number, height: number) => {
      await page.setViewportSize({ width, height });
      await page.getByRole('button', { name: 'Full screen' }).click();
      await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className)).toBe('session-panel');
      await page.waitForTimeout(200);
      const sizes = await page.evaluate(() => {
        const wall = document.fullscreenElement!;
        const size = (sel: string) => parseFloat(getComputedStyle(wall.querySelector(sel)!).fontSize);
        return {
          label: size('.join-label'),
          code: size('.join-code'),
          fits: wall.scrollHeight <= wall.clientHeight && wall.scrollWidth <= wall.clientWidth,
        };
      });
      await page.getByRole('button', { name: 'Leave full screen' }).click();
      await page.getByRole('button', { name: 'Full screen' }).waitFor();
      return sizes;
    };
    const small = await wallWords(1366, 768);
    const big = await wallWords(1920, 1080);
    expect(small.fits && big.fits).toBe(true);
    expect(big.label / small.label).toBeCloseTo(1920 / 1366, 1);
    expect(big.code / small.code).toBeCloseTo(1920 / 1366, 1);
    await page.setViewportSize({ width: 1366, height: 768 });
    const player = await context.newPage();
    const errors = watchErrors(player);
    // A link typed with a wrong character: the page says so, and the code box is open and waiting.
    await player.goto(`${base}?join=${s.id}-${s.seed.slice(0, 5)}&weeks=4`);
    await player
      .getByText(
        /^This page could not join the workshop: the workshop link has been cut short or changed \(its quarter code is wrong\)\./,
      )
      .waitFor();
    const box = player.getByLabel('Workshop code');
    await box.waitFor();
    await box.fill(`${s.id}-${s.seed.slice(0, 5)}`);
    await player.getByRole('button', { name: 'Join', exact: true }).click();
    await player.locator('#join-code-problem', { hasText: 'Check it against the screen' }).waitFor();
    // The code's last character catches a character typed wrong (here the four weeks left off).
    await box.fill(codes[1]!.replace('-4-', '-'));
    await player.getByRole('button', { name: 'Join', exact: true }).click();
    await player.locator('#join-code-problem', { hasText: 'does not add up' }).waitFor();
    // On a phone, even a small one, the whole code is in view as it is typed, to check against the screen.
    await player.setViewportSize({ width: 320, height: 640 });
    await box.fill(codes[1]!);
    expect(await box.evaluate((input) => input.scrollWidth <= input.clientWidth)).toBe(true);
    await player.setViewportSize({ width: 1366, height: 768 });
    // Typed in lower case without its dashes, the manager's code joins as the link would.
    await box.fill(codes[1]!.replace(/-/g, '').toLowerCase());
    await player.getByRole('button', { name: 'Join', exact: true }).click();
    await player
      .getByText(
        `Workshop session ${s.id}: you will play the workshop quarter (four weeks) as the operational manager, quarter code ${s.seed}`,
      )
      .waitFor();
    expect(new URL(player.url()).search).toBe(`?join=${codes[1]}&weeks=4`);
    // Joining another session stays possible (folded away), for a code typed wrong.
    await expect
      .poll(() => player.locator('details.join-by-code:not([open]) summary').textContent())
      .toBe('Not the session on the facilitator’s screen? Join another');
    await player.getByRole('button', { name: 'New game' }).click();
    await expect.poll(() => player.locator('#quarter-code').inputValue()).toBe(s.seed);
    await expectNoAxeViolations(player, 'role screen after joining by code');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with the dashboard open in two windows, each counts what the other takes in, and neither writes over it', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const s = await createSession(page, /Drawn at random/, false);
    const players = simulatedRoom(story, s.id, s.seed, 6, { weeks: s.weeks });
    const [a, b] = [page, await context.newPage()];
    const errors = [watchErrors(a), watchErrors(b)];
    for (const p of [a, b]) {
      await p.goto(s.dashboard);
      await p.getByRole('heading', { name: `Room dashboard · session ${s.id}` }).waitFor();
    }
    const take = async (p: Page, from: number, to: number): Promise<void> => {
      const texts = players.slice(from, to).flatMap((pl) => resultTexts(pl.result));
      await p.getByLabel('Short code or result text').fill(texts.join('\n'));
      await p.getByRole('button', { name: 'Add', exact: true }).click();
    };
    // Half the room in one window, the other half in the other (the projector's, or the link opened twice).
    await take(a, 0, 3);
    await expectResults(a, 3);
    await take(b, 3, 6);
    await expectResults(b, 6);
    await expectResults(a, 6);
    const stored = await a.evaluate((id) => JSON.parse(localStorage.getItem(`common-ground.room.${id}`)!), s.id);
    expect(stored.entries).toHaveLength(6);
    // A room cleared in one window is cleared in the other, not put back from its copy.
    await a.getByRole('button', { name: 'Clear the room…' }).click();
    await a.getByRole('button', { name: 'Clear the room', exact: true }).click();
    await expectResults(b, 0);
    await b.locator('.intake-info', { hasText: 'The room was cleared in another window of this dashboard.' }).waitFor();
    await take(b, 0, 1);
    await expectResults(b, 1);
    await expectResults(a, 1);
    expect(errors.flat()).toEqual([]);
    await context.close();
  });

  it('with another quarter saved in this browser, a join link says so and puts New game first, not Continue', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const s = await createSession(page, /Drawn at random/, false);
    const player = await context.newPage();
    const errors = watchErrors(player);
    // A quarter of the player's own, four weeks into the full quarter (or someone else's, on a shared PC).
    await seedStorage(player, { 'common-ground.save': saveWhere('clinician', (st) => st.week === 4, 'K7M2QX') });
    await player.goto(s.joins[0]!);
    const notice = player.locator('.workshop-joined');
    // What differs is named: another quarter code, no workshop, the full quarter where the session plays four weeks.
    await notice
      .getByText(/is not this session’s \(quarter code K7M2QX, not in a workshop, the full quarter\)/)
      .waitFor();
    expect(await notice.textContent()).not.toContain('press Continue');
    expect(await player.getByRole('button', { name: 'New game' }).getAttribute('class')).toContain('primary');
    expect(
      (await player.getByRole('button', { name: 'Continue', exact: true }).getAttribute('class')) ?? '',
    ).not.toContain('primary');
    expect(await player.locator('#continue-where').textContent()).toContain('Not this workshop’s quarter.');
    expect((await player.locator('main .menu button').allTextContents()).slice(0, 2)).toEqual(['New game', 'Continue']);
    // New game asks first, with starting this session's quarter first, keeps the other among the runs, and starts it.
    await player.getByRole('button', { name: 'New game' }).click();
    const start = player.getByRole('button', { name: 'Start a new quarter' });
    expect(await start.getAttribute('class')).toContain('primary');
    expect(await player.locator('.confirm .actions button').first().textContent()).toBe('Start a new quarter');
    expect(await player.locator('.confirm').textContent()).toContain('its result would be refused at the hand-in');
    await start.click();
    await expect.poll(() => player.locator('#quarter-code').inputValue()).toBe(s.seed);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets a player join by the link and hand in mid-session from their own screen', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const s = await createSession(page, /Drawn at random/, false);
    expect(s.joins).toHaveLength(1);
    const player = await context.newPage();
    const playerErrors = watchErrors(player);
    await player.goto(s.joins[0]!);
    await player.getByText(`Workshop session ${s.id}`).waitFor();
    await expect.poll(() => player.getByRole('link', { name: 'Run a workshop' }).count()).toBe(0);
    await player.getByRole('button', { name: 'New game' }).click();
    await expect.poll(() => player.locator('#quarter-code').inputValue()).toBe(s.seed);
    expect(await player.locator('#quarter-code').getAttribute('readonly')).not.toBeNull();
    await player.getByRole('button', { name: 'Play as operational manager' }).click();
    await player.getByRole('button', { name: 'Begin Monday' }).click();
    await readOn(player);
    await player.locator('section[aria-label="Choices"] button').first().click();
    await player.getByRole('button', { name: 'Hand in result' }).click();
    const dialog = player.getByRole('dialog', { name: 'Hand in your result' });
    await dialog.waitFor();
    await expectNoAxeViolations(player, 'hand in');
    const code = (await dialog.locator('.short-code').textContent())!;
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    // On a small phone the short code shows with the QR code, without scrolling, and stays inside its box.
    await player.setViewportSize({ width: 360, height: 740 });
    const codeBox = (await dialog.locator('.short-code').boundingBox())!;
    expect(codeBox.y + codeBox.height).toBeLessThanOrEqual(740);
    expect(await dialog.locator('.short-code').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await player.setViewportSize({ width: 1280, height: 900 });
    const shot = join(dir, 'own-screen.png');
    writeFileSync(shot, await dialog.locator('.handin-qr').screenshot());
    expect(playerErrors).toEqual([]);

    await page.goto(s.dashboard);
    await page.locator('#result-files').setInputFiles(shot);
    await expectResults(page, 1);
    await page.locator('.intake-ok', { hasText: 'Added an operational manager (week 1)' }).waitFor();
    // Their typed short code is the same player, and adds nobody.
    await page.getByLabel('Short code or result text').fill(code);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator('.intake-info', { hasText: 'Already counted' }).waitFor();
    await expectResults(page, 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the room vote larger on a bigger projector: the same layout in proportion, still on one screen', async () => {
    const sizes: Record<number, { text: number; span: number; view: number }> = {};
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      const context = await browserFor().newContext({ viewport: { width, height } });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await seedStorage(page, {
        'common-ground.settings': JSON.stringify({ textScale: 1.5, reducedMotion: true, sound: false }),
      });
      await createSession(page, /Drawn at random/, false);
      await page.getByRole('link', { name: 'Play it on the projector, the room voting' }).click();
      await page.getByRole('button', { name: 'New game' }).click();
      await page.getByRole('button', { name: 'Play as clinician leader' }).click();
      await page.getByRole('button', { name: 'Begin Monday' }).click();
      await readOn(page);
      await page.getByLabel(/^Hands for option 1:/).focus();
      // Measured in the game's own fonts: on a loaded machine a fallback font can still be showing, and wraps wider.
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      await settle(page);
      // And once the story box has scrolled to its last line (a frame's work, late on a loaded machine).
      await page.evaluate(
        () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
      );
      await page.waitForTimeout(100);
      const take = (await page.getByRole('button', { name: 'Take the room’s choice' }).boundingBox())!;
      const line = (await page.locator('.dialogue .line').last().boundingBox())!;
      const option = (await page.locator('button.choice').first().boundingBox())!;
      // The line that sets the choice up, the options and the button to take the room's choice fit on one
      // screen (measured from the line's top, wherever the page has scrolled to).
      const span = take.y + take.height - line.y;
      sizes[width] = { text: option.height, span, view: height };
      expect(span, `${width}: from the last line to the button`).toBeLessThanOrEqual(height);
      // The page's scrolling stops below the bar as drawn, zoomed with the layout (at 1920 a line was scrolled to
      // its layout height, 148 px, and went a third under a bar drawn 207 px tall).
      const bar = (await page.locator('.topbar').boundingBox())!;
      const padding = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop),
      );
      expect(padding, `${width}: the page's scroll padding`).toBeCloseTo(bar.height + 8, 0);
      expect(errors).toEqual([]);
      await context.close();
    }
    // 1920 × 1080 is 1366 × 768 drawn 1.41 times larger: the options grow with the screen, and still fit.
    expect(sizes[1920]!.text / sizes[1366]!.text).toBeCloseTo(1920 / 1366, 1);
    expect(sizes[1920]!.span / sizes[1920]!.view).toBeCloseTo(sizes[1366]!.span / sizes[1366]!.view, 1);
  });

  it('plays on the projector with the room voting, and the debrief shows where the room split', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const created = await createSession(page, /Drawn at random/, false);
    // A reload (the laptop woke up, in front of the room) comes back to the session's page, not an empty form.
    await page.reload();
    await page.getByRole('heading', { name: `Session ${created.id} is ready` }).waitFor();
    expect(await page.locator('form.setup-form').isVisible()).toBe(false);
    // Set up the day before: on a fresh setup page, the session's own page opens again from the list, which
    // comes before the form and says how the room plays and when it was set up (a session kept by an older
    // release, without the time, is listed as it was).
    await page.evaluate(() => {
      const kept = JSON.parse(localStorage.getItem('common-ground.workshops')!) as object[];
      kept.push({ id: 'WKEP23', seed: 'ABC234', mode: 'pairs' });
      localStorage.setItem('common-ground.workshops', JSON.stringify(kept));
    });
    await page.goto(`${base}?workshop=setup`);
    await page.locator('.recent li').nth(1).waitFor();
    const listed = await page.locator('.recent li').allTextContents();
    expect(listed[0]).toMatch(
      new RegExp(
        `^Session ${created.id} · workshop quarter, code ${created.seed} · everyone chooses a role · set up \\w{3} \\d{1,2} \\w{3}, \\d\\d:\\d\\d: its page`,
      ),
    );
    expect(listed[1]).toMatch(/^Session WKEP23 · full quarter, code ABC234 · pairs: its page/);
    expect(
      await page
        .locator('.recent')
        .evaluate((r) => r.compareDocumentPosition(document.querySelector('form.setup-form')!)),
    ).toBe(4);
    await page
      .getByRole('button', { name: `its page (session ${created.id}: join codes, projector play-through, handout)` })
      .click();
    await page.getByRole('heading', { name: `Session ${created.id} is ready` }).waitFor();
    // On the projector, the join codes are not shown under the list of this laptop's other sessions.
    expect(await page.locator('.recent').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Play it on the projector, the room voting' }).click();
    await page.getByText(/^Projector play-through for workshop/).waitFor();
    await page.getByRole('button', { name: 'New game' }).click();
    // The guide's advice on the role, where the facilitator chooses it in front of the room.
    await page.getByText(/^For the facilitator: play the role fewer people here hold by day/).waitFor();
    await page.getByRole('button', { name: 'Play as clinician leader' }).click();
    await page.getByRole('button', { name: 'Begin Monday' }).click();
    // The laptop wakes up mid-scene: the title, the room's run kept, is on a 1280 × 720 wall whole, Settings
    // last (drawn Large, it ran 114 px under the foot).
    await page.locator('.dialogue .line').first().waitFor();
    await page.reload();
    // The game's own title, not the shell's drawn before it (a press across the swap is no press).
    await page.locator('.app .topbar').waitFor({ state: 'attached' });
    const carryOn = page.getByRole('button', { name: 'Continue', exact: true });
    await carryOn.waitFor();
    await page.getByRole('button', { name: 'Settings' }).waitFor();
    // Read in one go, once the title has settled.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          await document.fonts.ready;
          const settings = [...document.querySelectorAll('.title-card button')].find(
            (b) => b.textContent === 'Settings',
          );
          return {
            page: document.documentElement.scrollHeight <= innerHeight,
            settings: !!settings && settings.getBoundingClientRect().bottom <= innerHeight,
          };
        }),
      )
      .toEqual({ page: true, settings: true });
    await carryOn.click();
    await readOn(page);
    const options = await page.locator('button.choice').count();
    await expectNoAxeViolations(page, 'a room vote');
    const howToCount = page.getByText(/^Count hands for each option into its box/);
    expect(await howToCount.count()).toBe(1);
    // Each option's count sits on its own row, beside it: typing the hands never scrolls the options away.
    for (let i = 0; i < options; i++) {
      const option = (await page.locator('button.choice').nth(i).boundingBox())!;
      const box = (await page.getByLabel(new RegExp(`^Hands for option ${i + 1}:`)).boundingBox())!;
      expect(box.x).toBeGreaterThan(option.x + option.width - 1);
      expect(box.y + box.height / 2).toBeGreaterThan(option.y - 20);
      expect(box.y + box.height / 2).toBeLessThan(option.y + option.height + 20);
    }
    // A tie is not taken: the facilitator is asked to settle it.
    for (let i = 0; i < options; i++)
      await page.getByLabel(new RegExp(`^Hands for option ${i + 1}:`)).fill(i < 2 ? '4' : '1');
    await page.getByRole('button', { name: 'Take the room’s choice' }).click();
    await page.getByText('Options 1 and 2 tie').waitFor();
    await page.getByLabel(/^Hands for option 2:/).fill('9');
    const chosen = (await page.locator('button.choice .choice-text').nth(1).textContent())!;
    await page.getByRole('button', { name: 'Take the room’s choice' }).click();
    await expect
      .poll(async () => {
        const save = await page.evaluate(() => localStorage.getItem('common-ground.save'));
        return save
          ? (JSON.parse(save) as { state: { decisions: { text: string; votes?: { hands: number }[] }[] } }).state
              .decisions[0]
          : null;
      })
      .toMatchObject({ text: chosen, votes: expect.arrayContaining([expect.objectContaining({ hands: 9 })]) });
    // Said back as the room's choice, with the hands the room can check against what it raised.
    expect(await page.locator('#scene-echo').textContent()).toBe(
      `The room chose: ${chosen} (9 of ${4 + 9 + (options - 2)} hands)`,
    );
    expect(await page.getByRole('button', { name: 'Hand in result' }).count()).toBe(0);
    // What the vote moved stays on the meters while the choice is read out (a badge faded in under two seconds).
    await page.waitForTimeout(2500);
    expect(
      await page
        .locator('.meter.up .meter-delta, .meter.down .meter-delta')
        .evaluateAll((els) => els.filter((e) => e.textContent && getComputedStyle(e).opacity === '1').length),
    ).toBeGreaterThan(0);
    // How to count is said until the room has voted once, not at every decision of the hour.
    expect(await readOn(page)).toBe('choices');
    await page.getByLabel(/^Hands for option 1:/).waitFor();
    expect(await howToCount.count()).toBe(0);
    // A count half as large again as the last is queried (a slip of the keys), and taken when pressed again.
    const last = 4 + 9 + (options - 2);
    await page.getByLabel(/^Hands for option 1:/).fill(String(last * 3));
    await page.getByRole('button', { name: 'Take the room’s choice' }).click();
    await page.getByText(`${last * 3} hands, but ${last} last time.`, { exact: false }).waitFor();
    expect(await page.locator('button.choice').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Take the room’s choice' }).click();
    await expect
      .poll(async () => {
        const save = await page.evaluate(() => localStorage.getItem('common-ground.save'));
        return (JSON.parse(save!) as { state: { decisions: unknown[] } }).state.decisions.length;
      })
      .toBe(2);
    // A choice pressed without a count (the room clearly agreed) is said back as the room's too, not "You chose".
    expect(await readOn(page)).toBe('choices');
    const pressed = (await page.locator('button.choice .choice-text').first().textContent())!;
    await page.locator('button.choice').first().click();
    await expect.poll(() => page.locator('#scene-echo').textContent()).toBe(`The room chose: ${pressed}`);

    // At the room's ending, before the debrief (whose first card names the level): the show of hands comes first.
    const roomUrl = page.url();
    const [session, seed] = new URL(roomUrl).searchParams.get('join')!.split('-');
    const ended = savingGame({ type: 'CHOOSE_ROLE', role: 'clinician', seed: seed!, session: session!, weeks: 4 });
    playDeciding(ended.game, voteAtRandom, seededRandom(5), (g) => g.state.screen === 'ending');
    const ending = await context.newPage();
    await seedStorage(ending, { 'common-ground.save': ended.saved() });
    await ending.goto(roomUrl);
    await ending.getByRole('button', { name: 'Continue' }).click();
    await ending.locator('#ending-heading').waitFor();
    await ending.getByText('Before you open the debrief, take the room’s show of hands').waitFor();
    // The three places it could sit, for the facilitator to call out.
    expect(await ending.getByText(/the whole organisation, a department, or day-to-day practice/).count()).toBe(1);
    expect(await ending.getByRole('button', { name: 'Hand in result' }).count()).toBe(0);
    await ending.close();

    // A whole play-through, voted at every decision, reaches its debrief: where the room split is shown first.
    const { game, saved } = savingGame({ type: 'CHOOSE_ROLE', role: 'manager', seed: 'ABC234' });
    const random = seededRandom(12);
    playDeciding(game, voteAtRandom, random, (g) => g.state.screen === 'debrief');
    expect(game.state.screen).toBe('debrief');
    const splits = game.state.decisions.filter((d) => {
      const total = d.votes!.reduce((n, v) => n + v.hands, 0);
      return total > 0 && Math.max(...d.votes!.map((v) => v.hands)) / total < 0.6;
    }).length;
    const debrief = await context.newPage();
    await seedStorage(debrief, { 'common-ground.save': saved() });
    await debrief.goto(base);
    await debrief.getByRole('button', { name: 'Continue' }).click();
    const votes = debrief.locator('#db-votes');
    await votes.waitFor();
    await expect.poll(() => votes.locator('tbody tr.vote-split').count()).toBe(splits);
    expect(splits).toBeGreaterThan(0);
    const counted = game.state.decisions.filter((d) => d.votes?.some((v) => v.hands > 0)).length;
    expect(await votes.textContent()).toContain(
      `The room counted hands at ${counted} of its ${game.state.decisions.length} decisions. At ${splits} of them, no option had three in every five hands (60%).`,
    );
    // It opens on where the tension sat, as the ending told the room (it took a show of hands on it first), and
    // how the room voted comes straight after, in its own part.
    expect(
      await votes.evaluate((v) => v.compareDocumentPosition(document.querySelector('.debrief-summary')!) & 2),
    ).toBe(2);
    const where = debrief.getByRole('region', { name: 'Where the tension sat' });
    expect(await where.evaluate((c) => c.getBoundingClientRect().top)).toBeLessThan(720);
    // One run for the whole room: its debrief speaks to the room.
    expect(await debrief.getByText('The room’s style', { exact: true }).count()).toBe(1);
    expect(await debrief.getByText('Your style', { exact: true }).count()).toBe(0);
    await expectNoAxeViolations(debrief, 'a voted debrief');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets a pair play on one device: private briefings, hidden proposals, agreeing where they differ, and a debrief of it', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(base);
    await page.getByRole('button', { name: 'New game' }).click();
    // How a pair plays is explained once it is chosen, and read out with its button.
    expect(await page.locator('.pair-how:visible').count()).toBe(0);
    await page.getByLabel(/We are a pair on this device/).check();
    expect(await page.locator('.pair-how:visible').textContent()).toMatch(/^One of you is the clinician leader/);
    expect(await page.getByLabel(/We are a pair on this device/).getAttribute('aria-describedby')).toBe(
      'pair-play-how',
    );
    await page.getByRole('button', { name: 'Play as clinician leader' }).click();
    // The partner's briefing is theirs: hidden until they take the device. The lead's, on screen first, says whose.
    const partnerBrief = page.locator('.partner-brief');
    expect(await partnerBrief.isVisible()).toBe(false);
    expect(await page.locator('.lead-brief .notice').textContent()).toBe(
      'Clinician leader: this part is yours to read while your partner looks away. Theirs comes after, behind a hand-over.',
    );
    // Monday waits for the partner's briefing: pressed first, Begin says so and goes to it.
    const begin = page.getByRole('button', { name: 'Begin Monday' });
    const show = page.getByRole('button', { name: 'I am the operational manager: show my briefing' });
    await begin.click();
    expect(await page.locator('.begin-waits').textContent()).toMatch(/^Your partner has not read their briefing yet/);
    expect(await show.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await page.locator('.app').getAttribute('data-screen')).toBe('briefing');
    await show.click();
    await expect.poll(() => partnerBrief.isVisible()).toBe(true);
    // Once the partner holds the device, their briefing speaks to them, not to the lead about them.
    expect(await page.locator('#partner-h').textContent()).toBe('Operational manager: your private briefing');
    // ...and the lead's own is not left on the screen above it while the partner reads, nor the week begun
    // from the partner's hands.
    expect(await page.locator('.lead-brief').isVisible()).toBe(false);
    expect(await begin.isVisible()).toBe(false);
    await expectNoAxeViolations(page, 'a pair’s briefing');
    await page.getByRole('button', { name: 'Done: hand back' }).click();
    expect(await page.locator('.lead-brief').isVisible()).toBe(true);
    expect(await begin.evaluate((b) => b === document.activeElement)).toBe(true);
    await begin.click();
    await readOn(page);
    await page.getByText(/^Clinician leader:/).waitFor();
    const texts = await page.locator('button.choice .choice-text').allTextContents();
    // The lead proposes from the story as told to them: the partner's part is not on their screen.
    expect(await page.locator('.pair-aside').count()).toBe(0);
    await page.locator('button.choice').nth(0).click();
    // Handed over: the lead's proposal is not on screen.
    await page.getByRole('heading', { name: 'Hand over to the operational manager' }).waitFor();
    expect(await page.locator('button.choice').first().isVisible()).toBe(false);
    await expectNoAxeViolations(page, 'a hand-over');
    // The page closed between the two proposals (a phone gone to sleep): back at the hand-over, the first one kept,
    // not asking the lead, with the partner now holding the device, to propose again.
    await page.reload();
    // The title says it is a pair's run, and whose turn it is.
    expect(await page.locator('.continue-where').textContent()).toMatch(
      /as the clinician leader: .*\. A pair’s run: the operational manager proposes next\.$/,
    );
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('heading', { name: 'Hand over to the operational manager' }).waitFor();
    // Back where the pair were: the hand-over has the focus and is in view, not the scene's top.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('handover-heading');
    await expect
      .poll(() =>
        page
          .locator('#handover-heading')
          .evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight),
      )
      .toBe(true);
    expect(await page.getByText(/^Clinician leader:/).count()).toBe(0);
    const showChoices = page.getByRole('button', { name: 'I am the operational manager: show me the choices' });
    const at = (await showChoices.boundingBox())!;
    await showChoices.click();
    await page.getByText(/^Operational manager:/).waitFor();
    // The choice that came up under the pointer, left where the hand-over button was, is not lit as if picked;
    // once the pointer moves, the one under it is.
    const point = { x: at.x + at.width / 2, y: at.y + at.height / 2 };
    const underPointer = () =>
      page.evaluate(({ x, y }) => {
        const c = document.elementFromPoint(x, y)?.closest('.choice');
        return c ? getComputedStyle(c).backgroundColor : null;
      }, point);
    expect(await underPointer()).toBe('rgb(255, 250, 240)');
    await page.mouse.move(point.x + 3, point.y + 3);
    await expect.poll(underPointer).toBe('rgb(241, 247, 246)');
    // The partner starts at their own prompt, not at the lead's words box.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pair-heading');
    expect(await page.locator('section.words').isVisible()).toBe(false);
    // What the opening, told to the manager, says that the clinician's lines did not: the partner's alone.
    const aside = page.getByRole('region', { name: 'Told to the operational manager' });
    expect(await aside.locator('.line').first().textContent()).toMatch(/^The pilot’s figures reached you on Friday/);
    await expectNoAxeViolations(page, 'the partner proposing, with what their role knows');
    await page.locator('button.choice').nth(1).click();
    await page.getByRole('heading', { name: 'You proposed different things' }).waitFor();
    await expectNoAxeViolations(page, 'agreeing');
    // The options read as the choices did, the two proposals marked, and the number keys take one.
    expect(await page.locator('.agree-options .choice.proposed .choice-text').allTextContents()).toEqual([
      `Agree: ${texts[0]}`,
      `Agree: ${texts[1]}`,
    ]);
    // Whose each was, in words, not in the border's colour alone (a pointer's hover draws the same border).
    expect(await page.locator('.agree-options .choice-proposed').allTextContents()).toEqual([
      'Clinician leader’s proposal',
      'Operational manager’s proposal',
    ]);
    await page.keyboard.press('2');
    await expect
      .poll(async () => {
        const save = await page.evaluate(() => localStorage.getItem('common-ground.save'));
        return save ? (JSON.parse(save) as { state: { decisions: unknown[] } }).state.decisions[0] : null;
      })
      .toMatchObject({ text: texts[1], proposals: { lead: texts[0], partner: texts[1] } });
    // What the story goes on from is said back as the pair's, and whose proposal it was.
    await expect
      .poll(() => page.locator('#scene-echo').textContent())
      .toBe(`You agreed on the operational manager’s proposal: ${texts[1]}`);

    // A pair's whole quarter, played in Node: its debrief opens on where the two differed.
    const { game, saved } = savingGame({ type: 'CHOOSE_ROLE', role: 'manager', seed: 'ABC234', pair: true });
    const random = seededRandom(21);
    playDeciding(game, pairAtRandom, random, (g) => g.state.screen === 'debrief');
    const differed = game.state.decisions.filter((d) => d.proposals!.lead !== d.proposals!.partner).length;
    expect(differed).toBeGreaterThan(0);
    const debrief = await context.newPage();
    await seedStorage(debrief, { 'common-ground.save': saved() });
    await debrief.goto(base);
    await debrief.getByRole('button', { name: 'Continue' }).click();
    const pair = debrief.locator('#db-pair');
    await pair.waitFor();
    // What the pair came to talk about comes straight after the glance, before the rest of the debrief.
    expect(
      await pair.evaluate(
        (el) => el.compareDocumentPosition(document.querySelector('.more-heading')!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    ).toBeTruthy();
    await expect.poll(() => pair.locator('.pair-differed > li').count()).toBe(differed);
    // Where they differed, what the clinician partner had been told there, as the game kept it.
    const told = game.state.decisions.filter(
      (d) => d.proposals!.lead !== d.proposals!.partner && d.proposals!.partnerTold?.length,
    );
    expect(told.length).toBeGreaterThan(0);
    expect(await pair.locator('dt', { hasText: 'The clinician leader had been told' }).count()).toBe(told.length);
    expect(await pair.locator('p.told').first().textContent()).toBe(told[0]!.proposals!.partnerTold![0]);
    await expectNoAxeViolations(debrief, 'a pair’s debrief');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets a pair play one run with a device each: the partner joins by the link, both propose, both agree, and a device out of step catches up', async () => {
    // Two devices: two browser contexts, sharing nothing but what the people carry between them.
    const one = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const two = await browserFor().newContext({ viewport: { width: 360, height: 780 } });
    const lead = await one.newPage();
    const partner = await two.newPage();
    const leadErrors = watchErrors(lead);
    const partnerErrors = watchErrors(partner);
    await lead.goto(base);
    await lead.getByRole('button', { name: 'New game' }).click();
    await lead.getByLabel(/We are a pair with a device each/).check();
    await lead.getByRole('button', { name: 'Play as clinician leader' }).click();
    await lead.getByRole('heading', { name: 'Your partner’s device: the operational manager' }).waitFor();
    expect(await lead.locator('.partner-qr svg').count()).toBe(1);
    await expectNoAxeViolations(lead, 'the lead’s briefing, a device each');
    const link = (await lead.locator('.partner-url').getAttribute('href'))!;
    expect(link).toMatch(/\?with=[A-Z2-9]{6}-c-[0-9a-z]+$/);

    await partner.goto(link);
    await partner.locator('.partner-joined').waitFor();
    await partner.getByRole('button', { name: 'New game' }).click();
    await partner.getByRole('heading', { name: 'Join your partner’s run' }).waitFor();
    await expectNoAxeViolations(partner, 'joining a partner’s run');
    // On the phone the button wraps onto two lines, and what the role has comes under it, not under its words.
    const overlap = await partner.locator('.role-card > button').evaluate((b) => {
      const next = b.nextElementSibling!.getBoundingClientRect().top;
      return { lines: Math.round(b.getBoundingClientRect().height), gap: next - b.getBoundingClientRect().bottom };
    });
    expect(overlap.lines).toBeGreaterThan(60);
    expect(overlap.gap).toBeGreaterThanOrEqual(0);
    await partner.getByRole('button', { name: 'Join as the operational manager' }).click();
    // The partner's device shows the partner's own briefing, not the lead's.
    await partner.getByText(/Operational manager · Alderbank General Hospital · your partner leads/).waitFor();

    for (const page of [lead, partner]) {
      await page.getByRole('button', { name: 'Begin Monday' }).click();
      await readOn(page);
    }
    const code = async (page: Page) => (await page.locator('.step-code strong').textContent())!;
    expect(await code(partner)).toBe(await code(lead));
    // The story speaks to the lead: the partner's screen says whose "you" it is; the lead's needs no such line.
    expect(await partner.locator('.pair-voice').textContent()).toBe(
      'The story is told to your partner, the clinician leader: its “you” is them, and its calls are theirs. You propose from what you know as the operational manager.',
    );
    expect(await lead.locator('.pair-voice').count()).toBe(0);
    // The partner's device has what the opening, told to the manager, says; the lead's has none of it.
    expect(
      await partner
        .getByRole('region', { name: 'Told to the operational manager' })
        .locator('.line')
        .first()
        .textContent(),
    ).toMatch(/^The pilot’s figures reached you on Friday/);
    expect(await lead.locator('.pair-aside').count()).toBe(0);
    const texts = await lead.locator('button.choice .choice-text').allTextContents();
    // Each proposes on their own screen; they show each other; they differ, and agree the partner's.
    await lead.locator('button.choice').nth(0).click();
    await partner.locator('button.choice').nth(1).click();
    // A slip of the finger on what the other proposed is put right before anything is taken.
    expect(texts.length).toBeGreaterThan(2);
    await lead.getByRole('button', { name: `They proposed: ${texts[2]}` }).click();
    expect(await lead.locator('.proposals li').nth(1).textContent()).toContain(texts[2]);
    await lead.getByRole('button', { name: 'Back: enter what they proposed again' }).click();
    await lead.getByRole('button', { name: `They proposed: ${texts[1]}` }).click();
    await partner.getByRole('button', { name: `They proposed: ${texts[0]}` }).click();
    for (const page of [lead, partner])
      await page.getByRole('heading', { name: 'You proposed different things' }).waitFor();
    // Agreeing, the partner still has what their role was told, to quote; the lead's device never had it.
    expect(await partner.locator('.hand-over .pair-aside').isVisible()).toBe(true);
    expect(await lead.locator('.pair-aside').count()).toBe(0);
    for (const page of [lead, partner]) await page.getByRole('button', { name: `Agree: ${texts[1]}` }).click();
    const decided = async (page: Page) =>
      (await savedGame<{ state: { decisions: unknown[] } }>(page))?.state.decisions ?? [];
    await expect.poll(() => decided(lead)).toHaveLength(1);
    expect(await decided(partner)).toEqual(await decided(lead));
    expect((await decided(lead))[0]).toMatchObject({ proposals: { lead: texts[0], partner: texts[1] } });

    // The partner's device takes the next decision alone (a slip); the step codes then differ.
    for (const page of [lead, partner]) await readOn(page);
    expect(await code(partner)).toBe(await code(lead));
    await partner.locator('button.choice').nth(0).click();
    await partner
      .getByRole('button', { name: /^They proposed: / })
      .first()
      .click();
    await readOn(partner);
    expect(await code(partner)).not.toBe(await code(lead));
    // It catches up from the lead's run, read as text (a photo of the code does the same).
    await lead.locator('.catch-up summary').click();
    await lead.getByRole('button', { name: 'Show this device’s run' }).click();
    const runText = (await lead.locator('.catch-up-codes figcaption code').allTextContents()).join('\n');
    await partner.locator('.catch-up summary').click();
    await partner.locator('#catch-up-text').fill(runText);
    await partner.getByRole('button', { name: 'Follow the other device' }).click();
    await readOn(partner);
    expect(await code(partner)).toBe(await code(lead));
    expect(await decided(partner)).toEqual(await decided(lead));
    expect(leadErrors).toEqual([]);
    expect(partnerErrors).toEqual([]);
    await one.close();
    await two.close();
  });

  it('a word put to the partner is theirs to explain: the glossary’s words wait, folded, to check against', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const run = savingGame({ type: 'CHOOSE_ROLE', role: 'clinician', seed: 'K7M2QX', pair: true });
    playDeciding(
      run.game,
      pairAtRandom,
      seededRandom(7),
      (g) =>
        g.state.screen === 'scene' &&
        g.state.choices.length > 0 &&
        g.state.unknown.some((u) => canAskPartner(g.state, u.term)),
    );
    const term = run.game.state.unknown.find((u) => canAskPartner(run.game.state, u.term))!.term;
    await seedStorage(page, { 'common-ground.save': run.saved() });
    await page.goto(base);
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await readOn(page)).toBe('choices');
    await page
      .locator('section.words li', { has: page.locator('span.term', { hasText: termById(term)!.label }) })
      .getByRole('button', { name: 'Ask your partner, the operational manager (no hours)' })
      .click();
    const meaning = page.locator('dl.explained dd').last();
    await meaning.waitFor();
    expect(await meaning.evaluate((dd) => dd.firstChild?.textContent)).toBe(
      'Your partner explains it, in their own words.',
    );
    const check = meaning.locator('details.partner-check');
    expect(await check.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await check.locator('summary').click();
    expect(await check.textContent()).toContain(termById(term)!.meaning);
    await expectNoAxeViolations(page, 'a word put to the partner');
    // The words marked in the lines are the lead's. On the partner's turn they are the story's words, unmarked:
    // pressing one would have taken the partner to the lead's ways of asking, folded away while they propose.
    const marked = await page
      .locator('.dialogue button.term')
      .evaluateAll((buttons) => buttons.map((b) => b.firstChild?.textContent ?? ''));
    expect(marked.length).toBeGreaterThan(0);
    await page.locator('button.choice').first().click();
    await page.getByRole('button', { name: 'I am the operational manager: show me the choices' }).click();
    await page.getByText(/^Operational manager:/).waitFor();
    expect(await page.locator('.dialogue button.term').count()).toBe(0);
    const lines = await page.locator('.dialogue').innerText();
    for (const word of marked) expect(lines).toContain(word);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on the partner’s device, a word asked is counted in the step code at once, and the plan and the week’s hours say they are the lead’s', async () => {
    const context = await browserFor().newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    // A clinician leads; this copy of the run is on the operational manager's phone.
    const run = savingGame({
      type: 'CHOOSE_ROLE',
      role: 'clinician',
      seed: 'K7M2QX',
      pair: true,
      id: 'K7M2QX-c-phone1',
      device: 'manager',
    });
    const errors: string[][] = [];
    // The run as far as it has been played, opened on a page of its own (a page seeds the browser's storage once).
    const resumed = async (): Promise<Page> => {
      const page = await context.newPage();
      errors.push(watchErrors(page));
      await seedStorage(page, { 'common-ground.save': run.saved() });
      await page.goto(base);
      await page.getByRole('button', { name: 'Continue' }).click();
      return page;
    };
    // A word to ask about at a decision: the ask is a step of the run, so it says to press it on both devices,
    // and the step code counts it at once (it moved only at the next decision).
    playDeciding(
      run.game,
      pairAtRandom,
      seededRandom(7),
      (g) => g.state.screen === 'scene' && g.state.choices.length > 0 && g.state.unknown.some((u) => !u.choice),
    );
    const scene = await resumed();
    expect(await readOn(scene)).toBe('choices');
    const before = await scene.locator('.step-code strong').textContent();
    const ask = scene.locator('section.words button', { hasText: /^Ask .*what it means/ }).first();
    expect(await ask.textContent()).toMatch(/; press it on both devices\)$/);
    await ask.click();
    await expect.poll(() => scene.locator('.step-code strong').textContent()).not.toBe(before);
    await scene.close();

    playDeciding(run.game, pairAtRandom, seededRandom(7), (g) => g.state.screen === 'week');
    const week = await resumed();
    await week.locator('.week-hours').waitFor();
    // Whose hours went unspent, or whose evenings paid for the hours past the week's.
    expect(await week.locator('.week-hours').textContent()).toMatch(/your partner’s/);
    await week.close();

    playDeciding(run.game, pairAtRandom, seededRandom(8), (g) => g.state.screen === 'plan');
    const plan = await resumed();
    await plan.locator('#plan-heading').waitFor();
    // The plan's "your clinical sessions" and "your job plan" are the lead's.
    expect(await plan.locator('.screen-plan .pair-voice').textContent()).toBe(
      'This week’s plan is your partner’s, the clinician leader’s: its hours, its diary and its “you” are theirs. You propose from what you know as the operational manager.',
    );
    expect(errors.flat()).toEqual([]);
    await context.close();
  });

  it('pairs on two devices through result codes: the partner’s run joins the debrief, beside this one', async () => {
    // Each partner played their own role of the same quarter on their own device.
    const [clinician] = simulatedRoom(story, 'WTWQDV', 'ABC234', 1);
    const { game, saved } = savingGame({ type: 'CHOOSE_ROLE', role: 'manager', seed: 'ABC234', session: 'WTWQDV' });
    const random = seededRandom(5);
    for (let step = 0; step < 1000 && game.state.screen !== 'debrief'; step++) move(game, STRATEGIES.random!, random);
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await seedStorage(page, { 'common-ground.save': saved() });
    await page.goto(base);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#db-compare .fold-toggle').click();
    // A run of another quarter is refused with the reason.
    const [stranger] = simulatedRoom(story, 'WTWQDV', 'XYZ789', 1);
    await page.getByLabel('Their result text').fill(resultTexts(stranger!.result).join('\n'));
    await page.getByRole('button', { name: 'Add their run' }).click();
    await page
      .locator('.debrief-status', { hasText: /That run is of another quarter \(XYZ789, not ABC234\)/ })
      .waitFor();
    // Refused, the text stays in the box.
    expect(await page.getByLabel('Their result text').inputValue()).toBe(resultTexts(stranger!.result).join('\n'));
    // The partner's run comes in from its result text, and is put beside this one.
    await page.getByLabel('Their result text').fill(resultTexts(clinician!.result).join('\n'));
    await page.getByRole('button', { name: 'Add their run' }).click();
    await page
      .locator('.debrief-status', { hasText: /^Added: .* \(the other role\), clinician leader, quarter ABC234\./ })
      .waitFor();
    expect(await page.getByLabel('Their result text').inputValue()).toBe('');
    const picked = page.locator('#compare-with option:checked');
    // The ending, which tells runs apart, comes first.
    await expect
      .poll(() => picked.textContent())
      .toBe(`${ENDING_TITLES[clinician!.state.ending!]} (the other role), clinician leader, quarter ABC234`);
    await expectNoAxeViolations(page, 'a debrief with a partner’s run');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['a desktop', { width: 1280, height: 900 }, 1],
    ['a projector with Larger text', { width: 1280, height: 720 }, 1.5],
    ['a phone', { width: 360, height: 740 }, 1],
  ])('passes axe on every workshop screen on %s, and the guide prints', async (_name, viewport, textScale) => {
    const context = await browserFor().newContext({ viewport });
    const page = await context.newPage();
    await seedStorage(page, {
      'common-ground.settings': JSON.stringify({ textScale, reducedMotion: true, sound: false }),
    });
    const errors = watchErrors(page);
    await page.goto(`${base}?workshop=setup`);
    await page.getByRole('heading', { name: 'Run a workshop' }).waitFor();
    await expectNoAxeViolations(page, 'setup');
    await page.getByRole('button', { name: 'Create the session' }).click();
    await page.getByRole('heading', { name: /is ready$/ }).waitFor();
    await expectNoAxeViolations(page, 'session');
    const s = new URL(
      (await page.getByRole('link', { name: 'Open the room dashboard' }).getAttribute('href'))!,
      page.url(),
    );
    await page.goto(s.toString());
    await page.getByRole('heading', { name: /Room dashboard/ }).waitFor();
    await expectNoAxeViolations(page, 'empty dashboard');
    const q = s.searchParams;
    const players = simulatedRoom(story, q.get('session')!, q.get('code')!, 4, { weeks: Number(q.get('weeks')) });
    for (const p of players) {
      await page.getByLabel('Short code or result text').fill(resultTexts(p.result).join('\n'));
      await page.getByRole('button', { name: 'Add', exact: true }).click();
    }
    await expectResults(page, 4);
    await page.getByRole('button', { name: 'Reveal the hidden level' }).click();
    await page.locator('.decision-table summary').first().click();
    await page.locator('.all-decisions summary').click();
    await expectNoAxeViolations(page, 'dashboard with a room');
    // Nothing on the projector scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

    await page.goto(s.toString().replace('workshop=dashboard', 'workshop=guide'));
    await page.getByRole('heading', { name: 'Facilitator guide' }).waitFor();
    await expectNoAxeViolations(page, 'guide');
    expect(await page.locator('.handout .qr').count()).toBe(1);
    // Printed on A4: no buttons or page chrome, the handout on a page of its own, nothing wider than the page.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.no-print').first().isVisible()).toBe(false);
    expect(await page.locator('.handout').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    if (viewport.width > 1000) {
      const pdf = await page.pdf({
        format: 'A4',
        margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
      });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(20_000);
    }
    // "Print the handout only" prints the handout and none of the guide that names the levels and their codes.
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = document.documentElement.dataset.print ?? '';
      };
    });
    await page.getByRole('button', { name: 'Print the handout only' }).click();
    expect(await page.evaluate(() => document.body.dataset.printed)).toBe('handout');
    await page.evaluate(() => (document.documentElement.dataset.print = 'handout'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.handout').isVisible()).toBe(true);
    expect(await page.locator('#pick-level').isVisible()).toBe(false);
    expect(await page.locator('#codes').isVisible()).toBe(false);
    // On one sheet of A4, its codes and links included: a room of forty wastes no second page.
    if (viewport.width > 1000) {
      const handout = await page.pdf({
        format: 'A4',
        margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
      });
      expect((handout.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints a run sheet and a handout for the way the session plays, the handout’s codes reporting to its record store', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${base}?workshop=setup`);
    await page.getByLabel(/Half the room per role/).check();
    await page.getByText('Results to a learning record store (optional)').click();
    await page.getByLabel('Record store address').fill('https://lrs.example.nhs.uk/xapi/');
    await page.getByLabel('Players’ key').fill('room-key');
    await page.getByLabel('Players’ secret').fill('room-secret');
    await page.getByRole('button', { name: 'Create the session' }).click();
    await page.getByRole('heading', { name: /^Session W\w{5} is ready$/ }).waitFor();
    const projected = await page.locator('.join-url').allTextContents();
    expect(projected[0]).toContain('#endpoint=');
    // The workshop quarter fits the projector play-through: no warning that it does not.
    expect(await page.locator('.room-full-quarter').count()).toBe(0);

    // The handout, opened from the session's page, carries the same join codes: its players report to the store.
    await page.getByRole('link', { name: 'Print the player handout' }).click();
    await page.getByRole('heading', { name: 'Facilitator guide' }).waitFor();
    expect(await page.locator('.handout .join-url').allTextContents()).toEqual(projected);
    const handout = (await page.locator('.handout ol').textContent())!;
    expect(handout).toMatch(/learning record store as you play, under an anonymous ID/);
    expect(handout).toMatch(/your side of the room/);
    expect(handout).not.toMatch(/pair|a device each/i);

    // The run sheet is the session's: half the room per role, results from the store; or the projector's.
    const sheet = page.locator('#run-sheet');
    await sheet.getByRole('heading', { name: /^Run sheet: half the room per role, the workshop quarter$/ }).waitFor();
    expect(await sheet.getByRole('radio').count()).toBe(2);
    // The sheet in hand finds the session again: its name, its quarter code and each side's join code.
    expect(await sheet.locator('.run-sheet-codes').textContent()).toMatch(
      /^Session W\w{5} · quarter code \w{6} · join codes: Clinician leaders W\S+-C-\S+; Operational managers W\S+-M-\S+$/,
    );
    expect(await sheet.locator('tbody tr').count()).toBe(12);
    await expect
      .poll(() => sheet.locator('tr', { hasText: '0:45' }).textContent())
      .toMatch(/^0:45Stop Results reach the dashboard/);
    await sheet.getByRole('radio', { name: 'On the projector, the room voting' }).check();
    await sheet.getByRole('heading', { name: /^Run sheet: on the projector, the room voting/ }).waitFor();
    expect(await sheet.locator('tr', { hasText: 'Take the room’s choice' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'the run sheet');

    // "Print the run sheet only": one page of A4, and nothing of the levels or their codes.
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = document.documentElement.dataset.print ?? '';
      };
    });
    await sheet.getByRole('button', { name: 'Print the run sheet only' }).click();
    expect(await page.evaluate(() => document.body.dataset.printed)).toBe('run-sheet');
    // The session's own sheets (with its codes), then every way's, as the guide opened without a session
    // offers them all (pairs' is the longest).
    const plain = `${base}?workshop=guide`;
    for (const address of [page.url(), plain])
      for (let i = 0, ways = 1; i < ways; i++) {
        if (i === 0) {
          await page.goto(address);
          await sheet.getByRole('radio').first().waitFor();
          ways = await sheet.getByRole('radio').count();
          expect(ways).toBe(address === plain ? 4 : 2);
        }
        await sheet.getByRole('radio').nth(i).check();
        const way = (await sheet.locator('h3').textContent())!;
        await page.evaluate(() => (document.documentElement.dataset.print = 'run-sheet'));
        await page.emulateMedia({ media: 'print' });
        expect(await sheet.locator('table').isVisible()).toBe(true);
        expect(await sheet.getByRole('radio').first().isVisible()).toBe(false);
        for (const hidden of ['#pick-level', '#codes', '#by-level', '.handout'])
          expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
        const pdf = await page.pdf({
          format: 'A4',
          margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
        });
        expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, way).toBe(1);
        await page.emulateMedia({ media: 'screen' });
      }
    // A full quarter's session says, beside the projector play-through, that it does not fit 90 minutes that way.
    await page.goto(`${base}?workshop=setup`);
    await page.getByLabel(/The full quarter/).check();
    await page.getByRole('button', { name: 'Create the session' }).click();
    await page.getByText(/^Played on the projector with the room voting, the full quarter takes far longer/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
