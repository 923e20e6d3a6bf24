/**
 * A change tagged as asked for by a group (`# intervene <level> asked <group>`) spares that group's trust when
 * it misses, so the scene must show the group asking before the choice, on every path to it. The story check
 * holds each scene to that through the line tagged `# request <group>`: here it is seen refusing the rota
 * scene with that line's tag taken away, and passing the real one.
 */
import { describe, expect, it } from 'vitest';
import { checkKnot } from '../../src/tools/ink-check.ts';
import { storyWithEdit } from './edited-story.ts';

const checkRota = (edit: (source: string) => string): string[] =>
  checkKnot(storyWithEdit('week2/rota.ink', edit), 'w2_rota', 60).problems;

describe('a change asked for by a group, in the story check', () => {
  it('passes when the group is heard asking before the choice on every path', () => {
    expect(checkRota((s) => s)).toEqual([]);
  });

  it('is refused where no line before the choice shows the group asking', () => {
    const problems = checkRota((s) => {
      expect(s).toContain('and keep the teaching. # request clinicians');
      return s.replace('and keep the teaching. # request clinicians', 'and keep the teaching.');
    });
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p).toMatch(
        /^clinician, pressing (practice|department|organisation), (there|second-hand): "(Offer ED a consultant physician until eight on weekdays|Pull it: rebuild with the registrars and give six weeks[’']? notice)" is tagged as asked for by clinicians, but no line before it on this path shows them asking/,
      );
    }
  });
});
