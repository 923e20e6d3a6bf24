/** The build-time compiler: good stories compile, bad ones fail with file and line. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk, formatProblem, inkFiles, tagsInSource } from '../../src/tools/ink-compile.ts';
import { parseTag } from '../../src/engine/rules/tags.ts';
import { CHARACTERS } from '../../src/engine/rules/characters.ts';
import { LEGACY_CHOICES } from '../../src/engine/run/legacy-choices.ts';

describe('ink compilation', () => {
  it('compiles the game’s stories with no errors', () => {
    const result = compileInk('stories/main.ink');
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.json).not.toBeNull();
    expect(result.files.length).toBeGreaterThanOrEqual(4);
  });

  it('keeps every reworded choice’s present words in the story, so an old save still finds the choice it made', () => {
    // A rewording recorded against words the story no longer offers would send an old save's replay astray.
    const source = inkFiles('stories/main.ink')
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const missing = Object.values(LEGACY_CHOICES).filter((now) => !source.includes(now));
    expect(missing).toEqual([]);
    // And no old wording is still offered beside its new one.
    expect(
      Object.keys(LEGACY_CHOICES).filter((was) => source.includes(`[${was}]`) || source.includes(`[${was} #`)),
    ).toEqual([]);
  });

  it('writes scene titles with the typesetter’s quotes: a title is shown as written, never set by the engine', () => {
    // Lines and choices are set curly as they play; a title goes straight into week summaries and the debrief.
    const straight = inkFiles('stories/main.ink').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/^# title .*['"]/.test(line) ? [`${relative('.', file)}:${i + 1}: ${line}`] : [])),
    );
    expect(straight).toEqual([]);
  });

  it('keeps narration out of speech: a speaker’s line never says who is speaking or what they do', () => {
    // A stage direction inside a speech bubble reads as the person narrating themselves ("Grace Okafor nods…
    // Everything is under control, she says." was shown as Grace's own words).
    const SAYS = /\b(she|he|they) (says|asks|adds|replies)\b/i;
    const bubbled = inkFiles('stories/main.ink').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => {
          const speaker = /# speaker (\w+)/.exec(line)?.[1];
          if (!speaker || speaker === 'you') return [];
          const words = line.slice(0, line.indexOf('#')).replace(/^[\s*+-]*(\([^)]*\))?\s*(\{[^:}]*:)?/, '');
          // Their own name opening the line ("Marcus taps the gap.", "Ade, restocking gloves, adds…") is narration.
          const names = (CHARACTERS.find((c) => c.id === speaker)?.name ?? '')
            .split(' ')
            .filter((n) => n.length > 2 && !['Sister', 'Dr'].includes(n));
          const first = /^[A-Z][a-z]+/.exec(words.trimStart())?.[0] ?? '';
          const own = names.includes(first);
          return SAYS.test(words) || own ? [`${relative('.', file)}:${i + 1}: ${line.trim()}`] : [];
        }),
    );
    expect(bubbled).toEqual([]);
  });

  it('reports an unknown tag and a compiler error with file and line', () => {
    const result = compileInk('tests/fixtures/broken.ink');
    expect(result.json).toBeNull();
    const text = result.errors.map(formatProblem);
    expect(text).toContainEqual(expect.stringMatching(/^tests\/fixtures\/broken\.ink:2: tag "# budget plus five"/));
    expect(text).toContainEqual(expect.stringMatching(/^tests\/fixtures\/broken\.ink:3: .*Divert target not found/));
  });

  it('gives the same result from its kept copy as from compiling afresh, and compiles again when a file changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-ink-'));
    const write = (main: string) => {
      writeFileSync(join(dir, 'main.ink'), `INCLUDE part.ink\n${main}`);
      writeFileSync(join(dir, 'part.ink'), '=== part ===\nA part. # budget -1\n-> END\n');
    };
    write('-> part\n');
    const fresh = compileInk(join(dir, 'main.ink'));
    expect(fresh.json).not.toBeNull();
    expect(compileInk(join(dir, 'main.ink'))).toEqual(fresh);
    // A changed file is compiled again: here it now has an error, with its file and line.
    write('-> nowhere\n');
    const broken = compileInk(join(dir, 'main.ink'));
    expect(broken.json).toBeNull();
    expect(broken.errors.map((e) => `${e.line}: ${e.message}`)).toContainEqual(
      expect.stringMatching(/^2: .*Divert target not found/),
    );
    expect(compileInk(join(dir, 'main.ink'))).toEqual(broken);
    // And an included file's change counts too.
    write('-> part\n');
    writeFileSync(join(dir, 'part.ink'), '=== part ===\nAnother part.\n-> END\n');
    const changed = compileInk(join(dir, 'main.ink'));
    expect(changed.json).not.toBe(fresh.json);
    expect(changed.json).toContain('Another part.');
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

  it('gives every delayed effect in the story its cause, which the player is shown when it lands', () => {
    const files = inkFiles('stories/main.ink');
    const delayed: string[] = [];
    const causeless: string[] = [];
    for (const file of files)
      for (const tag of tagsInSource(readFileSync(file, 'utf8'))) {
        const parsed = parseTag(tag.text);
        if (!parsed.ok || parsed.tag.kind !== 'effect' || parsed.tag.effect.kind !== 'later') continue;
        delayed.push(`${file}:${tag.line}`);
        if (!parsed.tag.effect.why) causeless.push(`${relative(process.cwd(), file)}:${tag.line}: # ${tag.text}`);
      }
    expect(delayed.length).toBeGreaterThan(50);
    expect(causeless).toEqual([]);
  });
});
