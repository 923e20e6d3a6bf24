/** Hashes for fingerprints, tags and checksums (not security). */

/** A 32-bit FNV-1a hash. */
export function fnv(text: string | Uint8Array): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= typeof text === 'string' ? text.charCodeAt(i) : text[i]!;
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

let lastStory: string | object | null = null;
let lastPrint = 0;

/**
 * A fingerprint of a compiled story, written into each save so that resuming
 * knows whether the story has changed since. The same story as text (Node,
 * the tools) or as an object (the bundle) gives the same fingerprint; the
 * last story asked is remembered, so a game pays for it once.
 */
export function storyPrint(story: string | object): number {
  if (story !== lastStory) {
    lastPrint = fnv(JSON.stringify(typeof story === 'string' ? JSON.parse(story) : story));
    lastStory = story;
  }
  return lastPrint;
}
