/**
 * A change aimed at a level lands two scenes later as people beginning to feel it (at the pressing level) or
 * as effort gone elsewhere; either way the game treats the change as made. So a choice tagged `# intervene`
 * must show it made or begun, by whoever can make it, not refused, left unanswered or sent to a review months
 * away. These are the phrases such bodies used; a body that says one of them again is refused.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inkFiles } from '../../src/tools/ink-compile.ts';

/** Each `# intervene` choice: its file, line and text, and the body under it down to the next choice or gather. */
function interventions(): { at: string; choice: string; body: string }[] {
  const found: { at: string; choice: string; body: string }[] = [];
  for (const file of inkFiles('stories/main.ink')) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!/^\s*[*+]/.test(line)) return;
      const body: string[] = [];
      // Down to the next choice, a gather or divert at the knot's top level, or the next knot or stitch: a
      // body's own branches (`- else:`, a first visit after a follow-up's words) are part of it.
      for (let j = i + 1; j < lines.length && !/^(\s*[*+]\s*[[{(]|-[\s>]|\s*==?\s)/.test(lines[j]!); j++)
        body.push(lines[j]!);
      if (!body.some((l) => /^\s*# intervene\b/.test(l)) && !/# intervene\b/.test(line)) return;
      found.push({ at: `${relative('.', file)}:${i + 1}`, choice: line.trim(), body: body.join('\n') });
    });
  }
  return found;
}

const NOTHING_DONE =
  /will be considered|she'll look at it|"look at|reporting in (the spring|six months)|policy review|working group, reporting|"reflect on|have conversations|he'll think about it|does not\.\s*$/im;

describe('a change aimed at a level', () => {
  const all = interventions();

  it('is found in the story', () => expect(all.length).toBeGreaterThan(80));

  it('shows the change made or begun, not refused, unanswered or put off for months', () => {
    const none = all.filter((c) => NOTHING_DONE.test(c.body)).map((c) => `${c.at} ${c.choice}`);
    expect(none).toEqual([]);
  });
});
