// @vitest-environment node
import { describe, expect, it } from 'vitest';
import example from './example.ink?raw';
import { checkScene, MAX_SCENE_CHARS, plainProblems } from './compile.ts';
import { StoryRunner } from '../../engine/run/story.ts';

/** The example with one passage changed (the change must be there to make). */
const edited = (from: string | RegExp, to: string): string => {
  const text = example.replace(from, to);
  expect(text).not.toBe(example);
  return text;
};
const lineOf = (text: string, words: string): number => text.split('\n').findIndex((l) => l.includes(words)) + 1;

// Each check compiles the whole game's story with the scene (about a second alone; several with the other lanes running).
describe('a facilitator’s own scene, checked in the browser', { timeout: 30_000 }, () => {
  it('the example compiles with the game’s story, passes the story check and reads like one of its scenes', () => {
    const r = checkScene(example);
    expect(r.problems).toEqual([]);
    expect(r.knots.map((k) => [k.knot, k.title, k.line])).toEqual([['local_discharge', 'Out by eleven', 5]]);
    const report = r.knots[0]!.report;
    for (const role of ['clinician', 'manager'] as const) {
      expect(report.authority[role].playsWithout).toBe(0);
      expect(report.ownLines[role].count).toBeGreaterThan(0);
      expect(report.playWords[role].mean).toBeGreaterThanOrEqual(300);
      expect(report.playWords[role].mean).toBeLessThanOrEqual(520);
    }
    // The compiled story is the game's with the scene in it: the game's scenes and the new one both play.
    const runner = new StoryRunner(r.json!);
    expect(runner.sceneMeta('local_discharge').place).toBe('ward');
    expect(runner.sceneMeta('w3_clinic').title).toBe('Ten-minute slots');
  });

  it('names the line of an ink error, in the facilitator’s own file', () => {
    const text = edited('+ [Ask Grace to ring her back]', '+ [Ask Grace to ring her back');
    const r = checkScene(text);
    expect(r.json).toBeNull();
    expect(r.problems).toEqual([
      { line: lineOf(text, 'Ask Grace to ring'), message: expect.stringMatching(/closing '\]'/), kind: 'error' },
    ]);
    const divert = edited('- -> scene_end', '- -> nowhere');
    expect(checkScene(divert).problems).toEqual([
      { line: lineOf(divert, '-> nowhere'), message: "Divert target not found: '-> nowhere'.", kind: 'error' },
    ]);
    // A name the game's story already has: said in the game's words, with the line in the facilitator's file.
    expect(checkScene(`VAR here = false\n${example}`).problems).toEqual([
      {
        line: 1,
        message:
          '"here" is already one of the game\'s own variables (common.ink, line 14): your scene can read it, but give a variable of its own a name of its own, such as "local_here".',
        kind: 'error',
      },
    ]);
    const unknown = edited('{here:', '{local_seen:');
    expect(checkScene(unknown).problems).toEqual([
      { line: lineOf(unknown, 'local_seen'), message: 'Unresolved variable: local_seen.', kind: 'error' },
    ]);
  });

  it('reads each tag against the game’s grammar, by line', () => {
    const text = edited('# budget -2', '# budgte -2');
    expect(checkScene(text).problems).toEqual([
      { line: lineOf(text, 'budgte'), message: 'The tag "# budgte -2": unknown tag "budgte -2".', kind: 'error' },
    ]);
  });

  it('refuses a scene named as one of the game’s own, one without its header, and an INCLUDE', () => {
    expect(checkScene(edited('=== local_discharge ===', '=== w3_clinic ===')).problems).toEqual([
      {
        line: 5,
        message: expect.stringContaining('"w3_clinic" is the name of one of the game\'s own scenes'),
        kind: 'error',
      },
    ]);
    expect(checkScene(edited('# day Thursday\n', '')).problems).toEqual([
      { line: 5, message: expect.stringContaining('header tags'), kind: 'error' },
    ]);
    expect(checkScene(`INCLUDE week1/status.ink\n${example}`).problems[0]).toMatchObject({ line: 1, kind: 'error' });
    expect(checkScene('// only a note').problems).toEqual([
      { line: null, message: expect.stringContaining('There is no knot'), kind: 'error' },
    ]);
  });

  it('plays the scene and says once what goes wrong, and in which roles', () => {
    const r = checkScene(edited('- -> scene_end', '- That is all.'));
    expect(r.json).toBeNull();
    expect(r.problems.filter((p) => p.kind === 'error')).toEqual([
      {
        line: 5,
        message:
          'local_discharge: the scene runs out of lines before it reaches "-> scene_end": end every path through it with "-> scene_end" (in both roles).',
        kind: 'error',
      },
    ]);
    // Ink's own warning at the loose end points at the line.
    expect(r.problems.find((p) => p.kind === 'advice')?.message).toMatch(/loose end/);
    // Ended as a plain ink story ends, it never reaches the scene's end either.
    expect(checkScene(edited('- -> scene_end', '- -> END')).problems).toEqual([
      {
        line: 5,
        message:
          'local_discharge: the scene stops before it reaches "-> scene_end": end every path through it with "-> scene_end", not "-> END" or "-> DONE" (in both roles).',
        kind: 'error',
      },
    ]);
    expect(
      plainProblems('k', ['manager, pressing practice, second-hand: "X" is tagged as asked for by clinicians']),
    ).toEqual(['k: "X" is tagged as asked for by clinicians (as the general manager).']);
  });

  it('stops a scene that loops back on itself, and says so, in a few seconds', () => {
    const started = Date.now();
    const r = checkScene(
      '=== local_loop ===\n# title Loop\n# barrier status\n# place ward\n# day Monday\nHello again.\n-> local_loop\n',
    );
    expect(r.problems).toEqual([
      {
        line: 1,
        message:
          'local_loop: the scene ran 1000 lines without a choice or its end (a divert that loops back on itself?) (in both roles).',
        kind: 'error',
      },
    ]);
    // Before the check stopped after two dozen failed plays, this took 400 plays of a thousand lines (27 s).
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('gives what the game’s own scenes are held to as advice, which does not stop a trial', () => {
    // Without the manager's own move, and shorter.
    const text = edited(/\+ \{role == "manager"\} \[Pay pharmacy[\s\S]*?(?=\+ \[\{role)/, '');
    const r = checkScene(text);
    expect(r.json).not.toBeNull();
    expect(r.problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(
        /^local_discharge: \d+ of 200 plays offer the general manager no move of their own authority/,
      ),
    );
    expect(r.problems.every((p) => p.kind === 'advice')).toBe(true);
  });

  it('refuses a file that cannot be a scene, with a reason', () => {
    expect(checkScene('x'.repeat(MAX_SCENE_CHARS + 1)).problems[0]!.message).toMatch(/a scene is at most 100 thousand/);
    expect(checkScene('PK\u0003\u0004binary').problems[0]!.message).toMatch(/not plain text/);
    // Windows line endings and a byte-order mark are a text file all the same.
    expect(checkScene(`\uFEFF${example.replace(/\n/g, '\r\n')}`).problems).toEqual([]);
  });
});
