/**
 * Lanes of commands run side by side, the steps of each in order, every line
 * of output marked with its lane (`npm test` is three of them: see test.ts).
 * A failed step fails its lane; the lane goes on to its next step unless the
 * failed one was `needed` by those after it, which are then reported as not run.
 */
import { spawn } from 'node:child_process';

export interface Step {
  /** What the step is called in the output and in a failure. */
  label: string;
  command: string[];
  /** Environment for this step only, over the runner's own. */
  env?: Record<string, string>;
  /** The steps after it cannot run without it (the browser suites need the build). */
  needed?: boolean;
}

export interface Lane {
  name: string;
  steps: Step[];
}

export interface Outcome {
  lane: string;
  /** The steps that failed or were not run, with why; empty when the lane passed. */
  failed: string[];
  /** From the start of all the lanes to this one's end. */
  seconds: number;
}

export interface Output {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

export const minutes = (s: number): string => `${Math.floor(s / 60)} min ${s % 60} s`;

function relay(stream: NodeJS.ReadableStream, to: NodeJS.WritableStream, prefix: string): void {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) to.write(`${prefix}${line}\n`);
  });
  stream.on('end', () => {
    if (rest) to.write(`${prefix}${rest}\n`);
  });
}

function runStep(lane: Lane, step: Step, output: Output): Promise<number> {
  const [command, ...args] = step.command;
  const prefix = `[${lane.name}] `;
  return new Promise((resolve) => {
    const child = spawn(command!, args, {
      env: { ...process.env, ...step.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    relay(child.stdout, output.out, prefix);
    relay(child.stderr, output.err, prefix);
    child.on('error', (error) => {
      output.err.write(`${prefix}could not start ${step.label}: ${error.message}\n`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function runLane(lane: Lane, started: number, output: Output): Promise<Outcome> {
  const failed: string[] = [];
  for (const [i, step] of lane.steps.entries()) {
    const from = Date.now();
    const code = await runStep(lane, step, output);
    const took = minutes(Math.round((Date.now() - from) / 1000));
    output.out.write(`[${lane.name}] ${step.label}: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${took}\n`);
    if (code === 0) continue;
    failed.push(`${step.label} (exit ${code})`);
    const rest = lane.steps.slice(i + 1).map((s) => s.label);
    if (step.needed && rest.length) {
      failed.push(`not run: ${rest.join(', ')}`);
      break;
    }
  }
  return { lane: lane.name, failed, seconds: Math.round((Date.now() - started) / 1000) };
}

/** Runs every lane at once; resolves when all have ended, with each one's outcome in the order given. */
export function runLanes(
  lanes: readonly Lane[],
  output: Output = { out: process.stdout, err: process.stderr },
): Promise<Outcome[]> {
  const started = Date.now();
  return Promise.all(lanes.map((lane) => runLane(lane, started, output)));
}
