/**
 * A misunderstanding told for a scene (`misreadAt` in the glossary) must be
 * about a word that scene really says: the knot exists, and its text marks or
 * contains the word. Otherwise a nod would never reach the text written for it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inkFiles } from '../../src/tools/ink-compile.ts';
import { misreadFor, TERMS, termsIn, type Term } from '../../src/engine/rules/glossary.ts';

/** Each knot's lines, from every ink file. */
const knots = new Map<string, string[]>();
for (const file of inkFiles('stories/main.ink')) {
  let knot = '';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const head = /^===\s*(\w+)\s*===/.exec(line);
    if (head) knot = head[1]!;
    else if (knot) knots.set(knot, [...(knots.get(knot) ?? []), line]);
  }
}

const written = (TERMS as readonly Term[]).flatMap((t) =>
  Object.keys(t.misreadAt ?? {}).map((knot) => [t.id, knot, t] as const),
);

describe('misunderstandings told for a scene', () => {
  it('there are some', () => expect(written.length).toBeGreaterThanOrEqual(5));

  it.each(written)('%s in %s: the scene says the word', (id, knot, term) => {
    const lines = knots.get(knot);
    expect(lines, `knot ${knot}`).toBeDefined();
    const says = lines!.some(
      (l) => new RegExp(`# term ${id}(?![\\w-])`).test(l) || termsIn(l.replace(/#.*$/, '')).includes(id),
    );
    expect(says).toBe(true);
    // And says it where a choice still follows: a word after the scene's last choice is never
    // nodded at there (the words box closes with the scene), so a text for it would never be read.
    const saidAt = lines!.findIndex(
      (l) => new RegExp(`# term ${id}(?![\\w-])`).test(l) || termsIn(l.replace(/#.*$/, '')).includes(id),
    );
    expect(
      lines!.slice(saidAt + 1).some((l) => /^\s*[+*]/.test(l)),
      `${id} in ${knot} comes after the scene's last choice`,
    ).toBe(true);
    // Told for the scene (one text, or for one role or both), and never in the same words for a role.
    const here = term.misreadAt![knot]!;
    expect(typeof here === 'string' || Object.keys(here).length > 0).toBe(true);
    for (const role of ['manager', 'clinician'] as const) {
      const told = typeof here === 'string' ? here : here[role];
      if (told !== undefined) expect(told).not.toBe(misreadFor(term, role));
      expect(misreadFor(term, role, knot)).toBe(told ?? misreadFor(term, role));
    }
  });
});
