/**
 * `npm test`: everything that guards main, in three lanes side by side, so a
 * two-core machine is never left with a core idle while a single-threaded step
 * (the type-check, lint) runs:
 * - checks: `npm run typecheck`, then `npm run lint` (which runs even when the type-check fails);
 * - engine: the unit and story suites (one worker: the lane is one core's work);
 * - browser: `npm run build`, then the browser suites (one file at a time against the build).
 * Each line of output is marked with its lane. Exits non-zero if any step fails.
 * With VITEST_JSON_REPORT set (CI), the engine and browser lanes each write their
 * own report beside it: `<path>.engine.json` and `<path>.browser.json`.
 *
 *   npm test                      all three lanes
 *   npm test -- engine            one lane (or several: checks, engine, browser)
 */
import { minutes, runLanes, type Lane, type Step } from './lanes.ts';

/** The package.json script `name`, through the npm that started this (or the one on the PATH). */
const npmRun = (name: string): string[] =>
  process.env.npm_execpath?.endsWith('.js')
    ? [process.execPath, process.env.npm_execpath, 'run', '--silent', name]
    : ['npm', 'run', '--silent', name];

/** A suite: one worker, and in CI its own JSON report beside the others. */
const vitest = (report: string, ...projects: string[]): Step => ({
  label: `${report} suites`,
  command: [process.execPath, 'node_modules/vitest/vitest.mjs', 'run', ...projects.flatMap((p) => ['--project', p])],
  env: {
    VITEST_MAX_WORKERS: '1',
    ...(process.env.VITEST_JSON_REPORT
      ? { VITEST_JSON_REPORT: `${process.env.VITEST_JSON_REPORT}.${report}.json` }
      : {}),
    FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0'),
  },
});

const LANES: Lane[] = [
  {
    name: 'checks',
    steps: [
      { label: 'type-check', command: npmRun('typecheck') },
      { label: 'lint', command: npmRun('lint') },
    ],
  },
  { name: 'engine', steps: [vitest('engine', 'unit', 'story')] },
  {
    name: 'browser',
    steps: [{ label: 'both builds', command: npmRun('build'), needed: true }, vitest('browser', 'e2e')],
  },
];

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !LANES.some((lane) => lane.name === name));
if (unknown.length) {
  console.error(`No lane called ${unknown.join(', ')}: the lanes are ${LANES.map((l) => l.name).join(', ')}.`);
  process.exit(2);
}
const started = Date.now();
const outcomes = await runLanes(asked.length ? LANES.filter((lane) => asked.includes(lane.name)) : LANES);
for (const o of outcomes)
  console.log(`${o.lane}: ${o.failed.length ? `failed: ${o.failed.join('; ')}` : 'passed'} (${minutes(o.seconds)})`);
console.log(`all lanes in ${minutes(Math.round((Date.now() - started) / 1000))}`);
process.exit(outcomes.every((o) => o.failed.length === 0) ? 0 : 1);
