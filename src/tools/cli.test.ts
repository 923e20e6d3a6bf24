/**
 * The command-line tools answer `--help` with what they do and how to call them, and a story file that
 * is not there with a plain sentence, rather than starting a long run or printing a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (tool: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `src/tools/${tool}`, ...args], { encoding: 'utf8' });

describe('command-line tools', () => {
  it.each([
    ['simulate-cli.ts', 'npm run simulate'],
    ['explore-cli.ts', 'npm run explore'],
    ['reading.ts', 'npm run reading'],
  ])('%s --help prints its help and exits 0', (tool, usage) => {
    const out = run(tool, '--help');
    expect(out.status).toBe(0);
    expect(out.stdout.startsWith(usage)).toBe(true);
    expect(out.stderr).toBe('');
  });

  it('explore names a missing story file in a sentence', () => {
    const out = run('explore-cli.ts', 'no-such-story.ink');
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('There is no story file at no-such-story.ink');
    expect(out.stderr).not.toContain('ENOENT');
  });
});
