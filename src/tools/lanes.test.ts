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

  it('starts a step that waits on another lane only once that step has passed, and never when it failed', async () => {
    const wait = (label: string, say: string, after: string) => ({ ...node(label, say), after });
    // The build takes a while; the waiting step's lane has nothing else to do first.
    const slow = {
      label: 'build',
      command: [process.execPath, '-e', 'setTimeout(() => console.log("built"), 400)'],
      needed: true,
    };
    const { outcomes, lines } = await run([
      { name: 'checks', steps: [node('lint', 'linted'), wait('some files', 'files ran', 'build')] },
      { name: 'browser', steps: [slow, node('suites', 'ran the suites')] },
    ]);
    expect(outcomes.map((o) => o.failed)).toEqual([[], []]);
    expect(lines.indexOf('[checks] files ran')).toBeGreaterThan(lines.indexOf('[browser] built'));
    const broken = await run([
      { name: 'checks', steps: [wait('some files', 'files ran', 'build'), node('after', 'went on')] },
      { name: 'browser', steps: [node('build', 'broke', 1, true), node('suites', 'ran the suites')] },
      { name: 'other', steps: [wait('orphan', 'ran alone', 'no such step')] },
    ]);
    expect(broken.outcomes.map((o) => o.failed)).toEqual([
      ['not run: some files (it needs build)'],
      ['build (exit 1)', 'not run: suites'],
      ['not run: orphan (it needs no such step)'],
    ]);
    expect(broken.lines).not.toContain('[checks] files ran');
    expect(broken.lines).toContain('[checks] went on');
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
