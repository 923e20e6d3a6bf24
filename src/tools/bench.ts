/**
 * `npm run bench`: measures the production build in headless Chromium.
 * - JS transferred (gzip) before the title screen is usable, and in total;
 * - time from navigation to the first usable screen and to the first story
 *   choice (median of 10 cold loads);
 * - the story explorer's speed (states per second) and the quarter
 *   simulator's throughput (whole quarters per second);
 * - the debrief of a whole quarter: from pressing "See your debrief" to the
 *   page painted, and to every what-if worked out (median of 10).
 * Run after `vite build` (the npm script does both).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { launchChromium, seedStorage } from './chromium.ts';
import { compileInk } from './ink-compile.ts';
import { exploreWeek } from '../engine/explore.ts';
import { ROLES } from '../engine/types.ts';
import { Game } from '../engine/game.ts';
import { autosaveWhere, simulate } from '../engine/simulate.ts';
import { seededRandom } from '../engine/explore.ts';

const RUNS = 10;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
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
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const scripts: { url: string; end: number }[] = [];
      page.on('requestfinished', (req) => {
        if (req.resourceType() === 'script') scripts.push({ url: new URL(req.url()).pathname, end: Date.now() });
      });
      const t0 = Date.now();
      await page.goto(base, { waitUntil: 'commit' });
      await page.getByRole('button', { name: 'New game' }).waitFor({ state: 'visible' });
      const usable = Date.now();
      toUsable.push(usable - t0);
      await page.getByRole('button', { name: 'New game' }).click();
      await page.getByRole('button', { name: /^Play as clinician leader/ }).click();
      await page.getByRole('button', { name: 'Begin Monday' }).click();
      const cont = page.getByRole('button', { name: 'Continue', exact: true });
      const choice = page.locator('section[aria-label="Choices"] button').first();
      while (!(await choice.isVisible())) if (await cont.isVisible()) await cont.click();
      toChoice.push(Date.now() - t0);
      await page.waitForLoadState('networkidle');
      if (run === 0) {
        const file = (p: string) => join('dist', p.replace(/^\//, ''));
        const before = scripts.filter((s) => s.end <= usable).map((s) => s.url);
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
  } finally {
    await browser.close();
    await server.close();
  }

  let states = 0;
  let ms = 0;
  let paths = 0;
  for (const role of ROLES) {
    const r = exploreWeek(story.json, role);
    states += r.states;
    ms += r.ms;
    paths += r.paths;
  }

  const SIM_RUNS = 500;
  let quarters = 0;
  let simMs = 0;
  let decisions = 0;
  const game = new Game({ story: story.json, random: seededRandom(5) });
  for (const role of ROLES) {
    const r = simulate(game, role, 'random', SIM_RUNS, 3);
    quarters += r.runs;
    simMs += r.ms;
    decisions += r.meanDecisions * r.runs;
  }

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
    `Story explorer: ${paths} paths, ${states} states in ${ms.toFixed(0)} ms (${Math.round((states / ms) * 1000)} states/s)`,
  );
  console.log(
    `Debrief of a whole quarter, "See your debrief" → painted: median ${median(debriefPaint).toFixed(0)} ms of ${RUNS} (max ${Math.max(...debriefPaint).toFixed(0)}); → every what-if worked out: median ${median(debriefWhatIfs).toFixed(0)} ms`,
  );
  console.log(
    `Quarter simulator: ${quarters} random quarters (${Math.round(decisions / quarters)} decisions each on average) in ${(simMs / 1000).toFixed(1)} s (${Math.round((quarters / simMs) * 1000)} quarters/s)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
