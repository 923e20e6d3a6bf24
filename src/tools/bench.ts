/**
 * `npm run bench`: measures the production build in headless Chromium.
 * - JS transferred (gzip) before the title screen is usable, and in total;
 * - time from navigation to the first usable screen and to the first story
 *   choice (median of 10 cold loads);
 * - the story explorer's speed (states per second) and the quarter
 *   simulator's throughput (whole quarters per second);
 * - the debrief of a whole quarter: from pressing "See your debrief" to the
 *   page painted, and to every what-if worked out (median of 10).
 * - responsiveness beside a plain ink web player on the same story, at 1×
 *   and 4× CPU throttling (bench-paint.ts), with the issue-11 targets;
 * - the room dashboard's time to take in 200 results (issue 12);
 * - the explorer and the simulator as a share of raw ink on the same story
 *   (bench-ink.ts).
 * Run after `vite build` (the npm script does both).
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { launchChromium, seedStorage } from './chromium.ts';
import { compileInk } from './ink-compile.ts';
import { exploreWeek } from '../engine/drive/explore.ts';
import { ROLES } from '../engine/rules/types.ts';
import { Game } from '../engine/run/game.ts';
import { autosaveWhere, simulate } from '../engine/drive/simulate.ts';
import { seededRandom } from '../engine/rules/random.ts';
import { measureGame, measurePlayer, p, plainPlayerHtml, type PaintFigures } from './bench-paint.ts';
import { rawInkExplore, rawInkQuarters, rawInkReplay, recordInkWork } from './bench-ink.ts';
import { simulatedRoom } from '../engine/drive/room.ts';
import { recordOf, serializeRuns } from '../engine/read/record.ts';

const RUNS = 10;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Ratios taken round by round, as a sentence: "round by round: median 62%, from 56 to 64% over 5 rounds". */
const byRounds = (ratios: readonly number[]): string =>
  `round by round: median ${Math.round(median(ratios.map((x) => 100 * x)))}%, from ${Math.round(100 * Math.min(...ratios))} to ${Math.round(100 * Math.max(...ratios))}% over ${ratios.length} rounds`;

const gz = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

async function main(): Promise<void> {
  const story = compileInk('stories/main.ink');
  if (!story.json) throw new Error('stories do not compile');
  statSync('dist/index.html');
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  const base = server.resolvedUrls!.local[0]!;
  const browser = await launchChromium();

  const toUsable: number[] = [];
  const toChoice: number[] = [];
  let firstScreenJs = 0;
  let totalJs = 0;
  let firstScreenFiles: string[] = [];
  const debriefPaint: number[] = [];
  const debriefWhatIfs: number[] = [];
  const room = { ms: 0, longest: 0, tbt: 0, count: 0 };
  const paint: { rate: number; game: PaintFigures; player: PaintFigures }[] = [];
  try {
    // Responsiveness, beside the plain ink player, the two taking turns so both meet the same machine.
    const html = plainPlayerHtml(story.json);
    for (const rate of [1, 4]) {
      const runs = { game: [] as PaintFigures[], player: [] as PaintFigures[] };
      // At 4× a p95 of one or two rounds' 16 lines each is the slowest line or two, which swung from 61 to 119 ms
      // between rounds of the same build on this machine: four rounds make it a figure that holds.
      for (let i = 0; i < (rate === 4 ? 4 : 2); i++) {
        runs.player.push(await measurePlayer(browser, html, rate));
        runs.game.push(await measureGame(browser, base, rate));
      }
      const merge = (xs: PaintFigures[]): PaintFigures => ({
        ready: median(xs.map((x) => x.ready)),
        continueMs: xs.flatMap((x) => x.continueMs),
        choiceMs: xs.flatMap((x) => x.choiceMs),
        tbt: median(xs.map((x) => x.tbt)),
        tbtWorld: median(xs.map((x) => x.tbtWorld)),
        precached: median(xs.map((x) => x.precached)),
        frames: xs.flatMap((x) => x.frames),
        renderer: xs[0]!.renderer,
      });
      paint.push({ rate, game: merge(runs.game), player: merge(runs.player) });
    }
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      // The page notes when the title's menu first appears; scripts that had arrived by then are what it needed.
      await page.addInitScript(() => {
        const w = window as unknown as { __titleAt?: number };
        new MutationObserver((_m, observer) => {
          if (document.querySelector('nav.menu button')) {
            w.__titleAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      const t0 = Date.now();
      await page.goto(base, { waitUntil: 'commit' });
      await page.getByRole('button', { name: 'New game' }).waitFor({ state: 'visible' });
      toUsable.push(Date.now() - t0);
      await page.getByRole('button', { name: 'New game' }).click();
      await page.getByRole('button', { name: /^Play as clinician leader/ }).click();
      await page.getByRole('button', { name: 'Begin Monday' }).click();
      const cont = page.getByRole('button', { name: 'Continue', exact: true });
      const choice = page.locator('section[aria-label="Choices"] button').first();
      while (!(await choice.isVisible())) if (await cont.isVisible()) await cont.click();
      toChoice.push(Date.now() - t0);
      await page.waitForLoadState('networkidle');
      if (run === 0) {
        const { titleAt, scripts } = await page.evaluate(() => ({
          titleAt: (window as unknown as { __titleAt: number }).__titleAt,
          scripts: performance
            .getEntriesByType('resource')
            .map((e) => e as PerformanceResourceTiming)
            .filter((e) => e.initiatorType === 'script' || /\.js$/.test(e.name))
            .map((e) => ({ url: new URL(e.name).pathname, end: e.responseEnd })),
        }));
        const file = (p: string) => join('dist', p.replace(/^\//, ''));
        const before = scripts.filter((s) => s.end <= titleAt).map((s) => s.url);
        firstScreenFiles = before;
        firstScreenJs = before.reduce((sum, p) => sum + gz(file(p)), 0);
        totalJs = [...new Set(scripts.map((s) => s.url))].reduce((sum, p) => sum + gz(file(p)), 0);
      }
      await context.close();
    }
    // The debrief: a whole quarter played in Node, resumed at its ending screen.
    const atEnding = autosaveWhere(story.json, 'manager', (s) => s.screen === 'ending');
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await seedStorage(page, { 'common-ground.save': atEnding });
      await page.goto(base);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: 'See your debrief' }).waitFor();
      // The world loads as the title is left; a player reaches the debrief long after it is up.
      await page.waitForFunction(() => document.querySelector('canvas'));
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      // Timed inside the page: the click, the synchronous render, then the next frame painted.
      const times = await page.evaluate(`new Promise((resolve) => {
        const button = [...document.querySelectorAll('main button')].find((b) => b.textContent === 'See your debrief');
        const t0 = performance.now();
        button.click();
        requestAnimationFrame(() => setTimeout(() => {
          const painted = performance.now() - t0;
          const done = () => document.querySelector('.screen-debrief')?.dataset.whatifs;
          const wait = () => (done() ? resolve([painted, performance.now() - t0, done()]) : setTimeout(wait, 5));
          wait();
        }, 0));
      })`);
      const [painted, whatifs, outcome] = times as [number, number, string];
      if (outcome !== 'done') throw new Error(`the what-ifs did not finish: ${outcome}`);
      debriefPaint.push(painted);
      debriefWhatIfs.push(whatifs);
      await context.close();
    }
    // A room of 200 results taken in by the dashboard (four run files of fifty), timed inside the page,
    // with its long tasks: the page must keep answering while they are read.
    {
      const ROOM = 200;
      const players = simulatedRoom(story.json, 'WBENCH', 'ABC234', ROOM, { midSession: 5 });
      const dir = mkdtempSync(join(tmpdir(), 'cg-bench-room-'));
      const files = Array.from({ length: ROOM / 50 }, (_, i) => {
        const path = join(dir, `runs-${i + 1}.json`);
        writeFileSync(path, serializeRuns(players.slice(i * 50, (i + 1) * 50).map((p) => recordOf(p.state))));
        return path;
      });
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(`${base}?workshop=dashboard&session=WBENCH&code=ABC234&mode=solo`);
      await page.getByRole('heading', { name: /Room dashboard/ }).waitFor();
      await page.evaluate(() => {
        const w = window as unknown as { __long: number[] };
        w.__long = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__long.push(e.duration);
        }).observe({ type: 'longtask', buffered: false });
      });
      const t0 = await page.evaluate(() => performance.now());
      await page.locator('#result-files').setInputFiles(files);
      await page.waitForFunction(
        (n) =>
          !document.querySelector('.intake-progress')?.textContent &&
          document.querySelector('.room-counts dd')?.textContent === String(n),
        ROOM,
        { timeout: 600_000, polling: 50 },
      );
      const { end, long } = await page.evaluate(() => ({
        end: performance.now(),
        long: (window as unknown as { __long: number[] }).__long,
      }));
      room.ms = end - t0;
      room.longest = Math.max(0, ...long);
      room.tbt = long.reduce((s, d) => s + Math.max(0, d - 50), 0);
      room.count = ROOM;
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }

  // The explorer beside raw ink, as the simulator below: after a warm-up of each, in alternating rounds
  // (one-off pairs on this machine gave 50–96% for the same code), reporting the median of the rounds.
  let states = 0;
  let ms = 0;
  let paths = 0;
  let rawStates = 0;
  let rawMs = 0;
  const exploreRatios: number[] = [];
  const compiled = story.json;
  for (const role of ROLES) {
    rawInkExplore(compiled, role);
    exploreWeek(compiled, role);
  }
  const EXPLORE_ROUNDS = 5;
  for (let round = 0; round < EXPLORE_ROUNDS; round++) {
    const inRound = { states: 0, ms: 0, rawStates: 0, rawMs: 0 };
    for (const role of ROLES) {
      const raw = (): void => {
        const r = rawInkExplore(compiled, role);
        inRound.rawStates += r.states;
        inRound.rawMs += r.ms;
      };
      const engine = (): void => {
        const r = exploreWeek(compiled, role);
        inRound.states += r.states;
        inRound.ms += r.ms;
        if (round === 0) paths += r.paths;
      };
      // Each goes first in turn, so neither always meets the machine as the other left it.
      for (const run of round % 2 ? [engine, raw] : [raw, engine]) run();
    }
    states += inRound.states;
    ms += inRound.ms;
    rawStates += inRound.rawStates;
    rawMs += inRound.rawMs;
    exploreRatios.push(inRound.states / inRound.ms / (inRound.rawStates / inRound.rawMs));
  }
  // The simulator beside raw ink, in alternating rounds: this machine's speed drifts over a minute
  // (one-off measurements 40 s apart gave 43–73% for the same code), so each round's ratio is taken
  // between neighbours and the median of the rounds is reported.
  const ROUNDS = 10;
  const raw = { quarters: 0, ms: 0 };
  let quarters = 0;
  let simMs = 0;
  let decisions = 0;
  const ratios: number[] = [];
  const game = new Game({ story: story.json, random: seededRandom(5) });
  rawInkQuarters(story.json, 20, 1);
  for (const role of ROLES) simulate(game, role, 'random', 10, 2);
  for (let round = 0; round < ROUNDS; round++) {
    const r = rawInkQuarters(story.json, 40, 100 + round);
    raw.quarters += r.quarters;
    raw.ms += r.ms;
    let q = 0;
    let t = 0;
    for (const role of ROLES) {
      const s = simulate(game, role, 'random', 50, 200 + round);
      q += s.runs;
      t += s.ms;
      decisions += s.meanDecisions * s.runs;
    }
    quarters += q;
    simMs += t;
    ratios.push(q / t / (r.quarters / r.ms));
  }
  // Like for like: the same quarters played twice by fresh games (the game is deterministic),
  // once timed and once with its calls on ink recorded, and that ink work replayed on raw ink alone.
  const LIKE_RUNS = 150;
  const json = story.json;
  const likeFor = (): number =>
    ROLES.reduce(
      (t, role) => t + simulate(new Game({ story: json, random: seededRandom(7) }), role, 'random', LIKE_RUNS, 9).ms,
      0,
    );
  const likeMs = likeFor();
  const replay = rawInkReplay(json, recordInkWork(likeFor));
  const likeQuarters = LIKE_RUNS * ROLES.length;

  console.log('Common Ground — benchmark (production build, headless Chromium, this machine)');
  console.log(`JS before the first usable screen: ${kb(firstScreenJs)} gzip (${firstScreenFiles.join(', ')})`);
  console.log(`JS in total once the world has loaded: ${kb(totalJs)} gzip`);
  console.log(
    `Navigation → title usable: median ${median(toUsable)} ms of ${RUNS} (min ${Math.min(...toUsable)}, max ${Math.max(...toUsable)})`,
  );
  console.log(
    `Navigation → first story choice visible (scripted clicks through title, role, briefing): median ${median(toChoice)} ms of ${RUNS}`,
  );
  console.log(
    `Story explorer: ${paths} paths, ${states / EXPLORE_ROUNDS} states a round in ${(ms / EXPLORE_ROUNDS).toFixed(0)} ms (${Math.round((states / ms) * 1000)} states/s over ${EXPLORE_ROUNDS} rounds)`,
  );
  console.log(
    `Debrief of a whole quarter, "See your debrief" → painted: median ${median(debriefPaint).toFixed(0)} ms of ${RUNS} (max ${Math.max(...debriefPaint).toFixed(0)}); → every what-if worked out: median ${median(debriefWhatIfs).toFixed(0)} ms`,
  );
  const rate = (n: number, t: number): number => (n / t) * 1000;
  console.log(
    `Raw ink on the same story: explores week one at ${Math.round(rate(rawStates, rawMs))} states/s (the explorer, ${byRounds(exploreRatios)}; target ≥ 70%); plays ${Math.round(rate(raw.quarters, raw.ms))} quarters/s of scheduled scenes (the simulator, ${byRounds(ratios)}; target ≥ 90%)`,
  );
  console.log(
    `  Like for like: the simulator's own quarters' ink work (every reset, variable write, knot, line and choice it made) replayed on raw ink runs at ${Math.round(rate(likeQuarters, replay.ms))} quarters/s, so the engine keeps ${Math.round((100 * replay.ms) / likeMs)}% of raw ink's speed on the same work; a random quarter asks ink for ${Math.round((100 * rate(raw.quarters, raw.ms)) / rate(likeQuarters, replay.ms))}% of the plain loop's work`,
  );
  console.log(
    `Room dashboard takes in ${room.count} results (four run files of 50, each replayed through the engine): ${(room.ms / 1000).toFixed(1)} s, ${Math.round(room.ms / room.count)} ms a result; longest task ${Math.round(room.longest)} ms, total blocking time ${Math.round(room.tbt)} ms`,
  );
  const ms0 = (x: number): string => `${Math.round(x)} ms`;
  const mark = (ok: boolean): string => (ok ? 'meets target' : 'MISSES target');
  for (const { rate: cpu, game: g, player: pl } of paint) {
    console.log(`— At ${cpu}× CPU throttling (the world drawn with ${g.renderer}); the plain ink player in brackets —`);
    console.log(
      `  Continue → next line painted: p50 ${ms0(p(g.continueMs, 0.5))}, p95 ${ms0(p(g.continueMs, 0.95))} (${ms0(p(pl.continueMs, 0.5))}, ${ms0(p(pl.continueMs, 0.95))}) of ${g.continueMs.length}${cpu === 4 ? `; ${mark(p(g.continueMs, 0.95) <= 100)} p95 ≤ 100 ms` : ''}`,
    );
    console.log(
      `  A choice → its result painted: p50 ${ms0(p(g.choiceMs, 0.5))}, p95 ${ms0(p(g.choiceMs, 0.95))} (${ms0(p(pl.choiceMs, 0.5))}, ${ms0(p(pl.choiceMs, 0.95))}) of ${g.choiceMs.length}${cpu === 4 ? `; ${mark(p(g.choiceMs, 0.95) <= 150)} p95 ≤ 150 ms` : ''}`,
    );
    console.log(
      `  Title usable ${ms0(g.ready)} (the player's first choice ${ms0(pl.ready)}: ${(g.ready / pl.ready).toFixed(2)}×; ${mark(g.ready <= 1.2 * pl.ready)} ≤ 1.2×)`,
    );
    console.log(
      `  Total blocking time after the title is usable, while the game loads behind it: ${ms0(g.tbt)} (${ms0(pl.tbt)})${cpu === 4 ? `; ${mark(g.tbt <= 1000)} ≤ 1 s` : ''}`,
    );
    console.log(`  …and from leaving the title until the world (Phaser) is up, on the role screen: ${ms0(g.tbtWorld)}`);
    console.log(`  Every file precached for offline play (a first visit, once): ${ms0(g.precached)} from navigation`);
    console.log(
      `  Frames while lines advance: p95 ${p(g.frames, 0.95).toFixed(1)} ms (${p(pl.frames, 0.95).toFixed(1)} ms)${cpu === 1 ? `; ${mark(p(g.frames, 0.95) <= 17)} ≤ 17 ms` : ''}`,
    );
  }
  console.log(`JS before the title: ${mark(firstScreenJs <= 60 * 1024)} ≤ 60 kB gzip`);
  console.log(
    `Quarter simulator: ${quarters} random quarters (${Math.round(decisions / quarters)} decisions each on average) in ${(simMs / 1000).toFixed(1)} s (${Math.round((quarters / simMs) * 1000)} quarters/s)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
