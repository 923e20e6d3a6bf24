/**
 * The story check plays each scene a few hundred times with what earlier scenes remember drawn at random, and
 * holds its mean words a play to a budget. A memory added anywhere in the story must not change what it draws
 * for a scene that never reads it: when the memories came from the same stream as the choices picked, a
 * variable added to the finance office moved three other scenes' means by a few words, over their budget.
 */
import { describe, expect, it } from 'vitest';
import { checkKnot } from '../../src/tools/ink-check.ts';
import { storyWithEdit } from './edited-story.ts';

const runnerWith = (edit: (source: string) => string) => storyWithEdit('week6/utilisation.ink', edit);

describe('the story check’s plays', () => {
  it('are the same for a scene when a memory is added to another scene', () => {
    const before = runnerWith((s) => s);
    const after = runnerWith((s) => {
      const header =
        '=== w6_utilisation ===\n# title Utilisation\n# barrier jargon\n# place theatres\n# day Tuesday\n# week 6\n# level department\n';
      expect(s).toContain(header);
      // A memory the story reads (so the check draws it), in a week-6 scene the rota never reaches.
      return `VAR zz_added_memory = false\n${s.replace(header, `${header}{zz_added_memory: A line only a memory shows.}\n`)}`;
    });
    expect(after.readVariables.has('zz_added_memory')).toBe(true);
    for (const knot of ['w2_rota', 'w3_clinic', 'w7_assurance']) {
      const a = checkKnot(before, knot, 120);
      const b = checkKnot(after, knot, 120);
      expect(b.playWords, knot).toEqual(a.playWords);
      expect(b.authority, knot).toEqual(a.authority);
    }
  });
});
