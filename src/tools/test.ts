/**
 * `npm test`'s last step: the engine suites (unit and story) and the browser
 * suites (e2e, one file at a time against the production build) run side by
 * side, one core each, each line of output marked with its side. Exits
 * non-zero if either side fails. With VITEST_JSON_REPORT set (CI), each side
 * writes its own report beside it: `<path>.engine.json` and `<path>.browser.json`.
 *
 *   npm test                 everything, after type-check, lint and build
 *   tsx src/tools/test.ts    the two sides only (needs a build for the browser side)
 */
import { spawn } from 'node:child_process';

interface Side {
  name: string;
  args: string[];
}

const SIDES: Side[] = [
  { name: 'engine', args: ['run', '--project', 'unit', '--project', 'story'] },
  { name: 'browser', args: ['run', '--project', 'e2e'] },
];

function run(side: Side): Promise<number> {
  const report = process.env.VITEST_JSON_REPORT;
  const env = {
    ...process.env,
    // Two sides on two cores: one worker each.
    VITEST_MAX_WORKERS: '1',
    ...(report ? { VITEST_JSON_REPORT: `${report}.${side.name}.json` } : {}),
    FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0'),
  };
  const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', ...side.args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${side.name}] `;
  const relay = (stream: NodeJS.ReadableStream, out: NodeJS.WritableStream) => {
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
  };
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

const started = Date.now();
const codes = await Promise.all(SIDES.map(run));
const seconds = Math.round((Date.now() - started) / 1000);
for (const [i, side] of SIDES.entries())
  console.log(`${side.name}: ${codes[i] === 0 ? 'passed' : `failed (exit ${codes[i]})`}`);
console.log(`both sides in ${Math.floor(seconds / 60)} min ${seconds % 60} s`);
process.exit(codes.every((c) => c === 0) ? 0 : 1);
