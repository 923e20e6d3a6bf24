/** The build-time compiler: good stories compile, bad ones fail with file and line. */
import { describe, expect, it } from 'vitest';
import { compileInk, formatProblem, tagsInSource } from '../../src/tools/ink-compile.ts';

describe('ink compilation', () => {
  it('compiles the game’s stories with no errors', () => {
    const result = compileInk('stories/main.ink');
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.json).not.toBeNull();
    expect(result.files.length).toBeGreaterThanOrEqual(4);
  });

  it('reports an unknown tag and a compiler error with file and line', () => {
    const result = compileInk('tests/fixtures/broken.ink');
    expect(result.json).toBeNull();
    const text = result.errors.map(formatProblem);
    expect(text).toContainEqual(expect.stringMatching(/^tests\/fixtures\/broken\.ink:2: tag "# budget plus five"/));
    expect(text).toContainEqual(expect.stringMatching(/^tests\/fixtures\/broken\.ink:3: .*Divert target not found/));
  });

  it('finds tags in source, skipping comments and escaped hashes', () => {
    const src = [
      'Hello # budget -1 # skill listening',
      '// # not a tag',
      '* [Walk # hours -2] On.',
      'Issue \\#4 is fixed /* # nope */ # care +1',
    ].join('\n');
    expect(tagsInSource(src)).toEqual([
      { line: 1, text: 'budget -1' },
      { line: 1, text: 'skill listening' },
      { line: 3, text: 'hours -2' },
      { line: 4, text: 'care +1' },
    ]);
  });
});
