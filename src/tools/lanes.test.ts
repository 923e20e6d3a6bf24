import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runLanes, type Lane } from './lanes.ts';

/** A step that prints `say` and exits with `code`. */
const node = (label: string, say: string, code = 0, needed = false) => ({
  label,
  command: [process.execPath, '-e', `console.log(${JSON.stringify(say)}); process.exit(${code})`],
  ...(needed ? { needed } : {}),
});

async function run(lanes: Lane[]) {
  const out = new PassThrough();
  const err = new PassThrough();
  let text = '';
  out.on('data', (c: Buffer) => (text += c.toString()));
  const outcomes = await runLanes(lanes, { out, err });
  return { outcomes, lines: text.split('\n') };
}

describe('lanes', () => {
  it('marks each line with its lane, and passes when every step does', async () => {
    const { outcomes, lines } = await run([
      { name: 'a', steps: [node('one', 'first'), node('two', 'second')] },
      { name: 'b', steps: [node('three', 'third')] },
    ]);
    expect(outcomes.map((o) => [o.lane, o.failed])).toEqual([
      ['a', []],
      ['b', []],
    ]);
    expect(lines).toContain('[a] first');
    expect(lines).toContain('[a] second');
    expect(lines).toContain('[b] third');
    expect(lines.some((l) => /^\[a\] two: passed in 0 min \d+ s$/.test(l))).toBe(true);
  });

  it('goes on after a failed step, unless the steps after it need it', async () => {
    const { outcomes, lines } = await run([
      { name: 'checks', steps: [node('type-check', 'types wrong', 2), node('lint', 'linted')] },
      { name: 'browser', steps: [node('build', 'broke', 1, true), node('suites', 'ran the suites')] },
    ]);
    expect(outcomes[0]!.failed).toEqual(['type-check (exit 2)']);
    expect(lines).toContain('[checks] linted');
    expect(outcomes[1]!.failed).toEqual(['build (exit 1)', 'not run: suites']);
    expect(lines).not.toContain('[browser] ran the suites');
  });

  it('fails a step whose command cannot start, and says so', async () => {
    const err = new PassThrough();
    let said = '';
    err.on('data', (c: Buffer) => (said += c.toString()));
    const [outcome] = await runLanes([{ name: 'x', steps: [{ label: 'ghost', command: ['/no/such/command'] }] }], {
      out: new PassThrough(),
      err,
    });
    expect(outcome!.failed).toEqual(['ghost (exit 1)']);
    expect(said).toMatch(/^\[x\] could not start ghost: /);
  });
});
