/** Hashes for fingerprints, tags and checksums (not security). */

import { fnv } from '../rules/random.ts';

export { fnv };

/** The last fingerprint worked out for each prefix, with the story it was for. */
const printed = new Map<string, { story: string | object; print: number }>();

/**
 * A fingerprint of a compiled story, after `prefix`: written into each save
 * (no prefix) so that resuming knows whether the story has changed since, and
 * into each result (the rules' edition as prefix, `storyFingerprint`). The
 * same story as text (Node, the tools) or as an object (the bundle) gives the
 * same fingerprint; the last story asked is remembered, so a game pays once.
 */
export function storyPrint(story: string | object, prefix = ''): number {
  const known = printed.get(prefix);
  if (known?.story === story) return known.print;
  const print = fnv(`${prefix}${JSON.stringify(typeof story === 'string' ? JSON.parse(story) : story)}`);
  printed.set(prefix, { story, print });
  return print;
}
