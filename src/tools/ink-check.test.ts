import { describe, expect, it } from 'vitest';
import { askedAgainstItself, askedUnheard } from './ink-check.ts';
import { parseTag } from '../engine/rules/tags.ts';
import type { Tag } from '../engine/rules/types.ts';

const tags = (...texts: string[]): Tag[] =>
  texts.map((t) => {
    const r = parseTag(t);
    if (!r.ok) throw new Error(r.error);
    return r.tag;
  });

describe('a change tagged as asked for by a group', () => {
  it('may not take that group’s trust, at once or later, nor one of its people’s', () => {
    expect(askedAgainstItself('Back it', tags('intervene practice asked clinicians', 'trust.clinicians -1'))).toMatch(
      /^"Back it" is tagged as asked for by clinicians but takes their trust \(trust\.clinicians -1\)$/,
    );
    expect(askedAgainstItself('Back it', tags('intervene practice asked leaders', 'later 2 trust -1'))).toMatch(
      /takes their trust \(trust -1\)/,
    );
    expect(askedAgainstItself('Back it', tags('intervene practice asked clinicians', 'trust.okafor -1'))).toMatch(
      /takes the trust of okafor, one of them/,
    );
  });

  it('may move the other groups, and lift its own; an untagged change may do anything', () => {
    expect(
      askedAgainstItself(
        'Back it',
        tags('intervene practice asked clinicians', 'trust.executives -1', 'trust.okafor +1', 'trust.marsh -1'),
      ),
    ).toBeNull();
    expect(askedAgainstItself('Back it', tags('intervene practice', 'trust.clinicians -1'))).toBeNull();
  });
});

describe('a change tagged as asked for by a group, where it is offered', () => {
  it('needs a line before it that shows that group asking', () => {
    const asked = tags('intervene practice asked clinicians', 'trust.leaders -1');
    expect(askedUnheard('Back it', asked, new Set())).toBe(
      '"Back it" is tagged as asked for by clinicians, but no line before it on this path shows them asking (tag the line that does "request clinicians")',
    );
    expect(askedUnheard('Back it', asked, new Set(['leaders', 'executives'] as const))).toMatch(
      /asked for by clinicians/,
    );
    expect(askedUnheard('Back it', asked, new Set(['clinicians'] as const))).toBeNull();
  });

  it('asks nothing of a change no group asked for', () => {
    expect(askedUnheard('Back it', tags('intervene practice'), new Set())).toBeNull();
    expect(askedUnheard('Back it', tags('trust.clinicians +1'), new Set())).toBeNull();
  });
});
