/**
 * What the engine's unit tests build runs from: a plan of plain scenes (a to g, on Larch, Monday of week
 * two) and tags written as the story writes them.
 */
import { parseTag } from '../rules/tags.ts';
import type { SceneMeta, Tag } from '../rules/types.ts';

export const TEST_PLAN: readonly SceneMeta[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((knot) => ({
  knot,
  title: knot.toUpperCase(),
  barrier: 'status',
  place: 'ward',
  day: 'Monday',
  week: 2,
}));

/** A tag from its text (`trust +2`, `intervene practice`), or a thrown error naming what is wrong with it. */
export function tagOf(text: string): Tag {
  const parsed = parseTag(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.tag;
}
