/**
 * `npm test`: everything that guards main, in three lanes side by side, so a
 * two-core machine is never left with a core idle while a single-threaded step
 * (the type-check, lint) runs:
 * - checks: type-check, ESLint, Prettier (each runs even if one before it failed, so every problem shows);
 * - engine: the unit and story suites (one worker: the lane is one core's work);
 * - browser: the production builds, then the browser suites (one file at a time against them).
 * Each line of output is marked with its lane. Exits non-zero if any step fails.
 * With VITEST_JSON_REPORT set (CI), the engine and browser lanes each write their
 * own report beside it: `<path>.engine.json` and `<path>.browser.json`.
 *
 *   npm test                      all three lanes
 *   tsx src/tools/test.ts engine  one lane (or several: checks, engine, browser)
 */
import { spawn } from 'node:child_process';

interface Step {
  /** What a failure says it was. */
  label: string;
  command: string[];
  /** A report this step writes, as VITEST_JSON_REPORT (CI only). */
  report?: string;
  /** Later steps of the lane need this one (the browser suites need the build). */
  needed?: boolean;
}

interface Lane {
  name: string;
  steps: Step[];
}

const node = process.execPath;
const bin = (name: string) => `node_modules/${name}`;

const LANES: Lane[] = [
  {
    name: 'checks',
    steps: [
      { label: 'type-check', command: [node, bin('typescript/bin/tsc'), '--noEmit'] },
      { label: 'ESLint', command: [node, bin('eslint/bin/eslint.js'), '.'] },
      { label: 'Prettier', command: [node, bin('prettier/bin/prettier.cjs'), '--check', '.'] },
    ],
  },
  {
    name: 'engine',
    steps: [
      {
        label: 'unit and story suites',
        command: [node, bin('vitest/vitest.mjs'), 'run', '--project', 'unit', '--project', 'story'],
        report: 'engine',
      },
    ],
  },
  {
    name: 'browser',
    steps: [
      { label: 'build', command: [node, bin('vite/bin/vite.js'), 'build'], needed: true },
      {
        label: 'single-file build',
        command: [node, bin('vite/bin/vite.js'), 'build', '--mode', 'single'],
        needed: true,
      },
      {
        label: 'browser suites',
        command: [node, bin('vitest/vitest.mjs'), 'run', '--project', 'e2e'],
        report: 'browser',
      },
    ],
  },
];

function relay(stream: NodeJS.ReadableStream, out: NodeJS.WritableStream, prefix: string): void {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) out.write(`${prefix}${line}\n`);
  });
  stream.on('end', () => {
    if (rest) out.write(`${prefix}${rest}\n`);
  });
}

function runStep(lane: Lane, step: Step): Promise<number> {
  const report = process.env.VITEST_JSON_REPORT;
  const env = {
    ...process.env,
    // Each suite is one lane's work: one worker each.
    VITEST_MAX_WORKERS: '1',
    ...(report && step.report ? { VITEST_JSON_REPORT: `${report}.${step.report}.json` } : {}),
    FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0'),
  };
  const [command, ...args] = step.command;
  const child = spawn(command!, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${lane.name}] `;
  relay(child.stdout, process.stdout, prefix);
  relay(child.stderr, process.stderr, prefix);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      process.stderr.write(`${prefix}could not start ${step.label}: ${error.message}\n`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const minutes = (s: number) => `${Math.floor(s / 60)} min ${s % 60} s`;

interface Outcome {
  lane: string;
  failed: string[];
  seconds: number;
}

async function runLane(lane: Lane, started: number): Promise<Outcome> {
  const failed: string[] = [];
  for (const step of lane.steps) {
    const from = Date.now();
    const code = await runStep(lane, step);
    const took = minutes(Math.round((Date.now() - from) / 1000));
    console.log(`[${lane.name}] ${step.label}: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${took}`);
    if (code === 0) continue;
    failed.push(`${step.label} (exit ${code})`);
    if (step.needed) {
      const skipped = lane.steps.slice(lane.steps.indexOf(step) + 1).map((s) => s.label);
      if (skipped.length) failed.push(`not run: ${skipped.join(', ')}`);
      break;
    }
  }
  return { lane: lane.name, failed, seconds: Math.round((Date.now() - started) / 1000) };
}

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !LANES.some((lane) => lane.name === name));
if (unknown.length) {
  console.error(`No lane called ${unknown.join(', ')}: the lanes are ${LANES.map((l) => l.name).join(', ')}.`);
  process.exit(2);
}
const lanes = asked.length ? LANES.filter((lane) => asked.includes(lane.name)) : LANES;
const started = Date.now();
const outcomes = await Promise.all(lanes.map((lane) => runLane(lane, started)));
for (const o of outcomes)
  console.log(`${o.lane}: ${o.failed.length ? `failed: ${o.failed.join('; ')}` : 'passed'} (${minutes(o.seconds)})`);
console.log(`all lanes in ${minutes(Math.round((Date.now() - started) / 1000))}`);
process.exit(outcomes.every((o) => o.failed.length === 0) ? 0 : 1);
