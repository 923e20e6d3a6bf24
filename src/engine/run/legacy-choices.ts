/**
 * What a choice said in earlier releases, beside what it says now. A decision
 * is matched by its text where a kept run or a save meets the story again
 * (Compare runs' "parted at", a save resumed after a content update): a choice
 * reworded since is still the same choice. Add a choice's old text here, in
 * plain quotes, whenever a choice is reworded and does the same thing.
 */
import { plainQuotes } from '../rules/prose.ts';

export const LEGACY_CHOICES: Readonly<Record<string, string>> = {
  // Week one's board round: the medical director is Dr Marsh in every option a player is offered.
  "Tell Helen it's fine; keep the round moving": "Tell Dr Marsh it's fine; keep the round moving",
};

/** A choice's text as it is matched: plain quotes, and its present wording when it has been reworded. */
export function choiceKey(text: string): string {
  const plain = plainQuotes(text);
  return LEGACY_CHOICES[plain] ?? plain;
}

/** Whether two choice texts are the same choice, across curly quotes and rewordings. */
export const sameChoice = (a: string, b: string): boolean => choiceKey(a) === choiceKey(b);

/** How many values a choice's check takes (two base45 characters' worth). */
export const CHOICE_CHECKS = 2025;

/**
 * A short check of a choice's text (FNV-1a of its key, in 0–2024): a run kept as its inputs alone (a
 * learning platform's copy) can carry one per decision, so that replayed on a story changed since, each
 * choice is found again by its words, wherever it now stands among the options, or known to be gone.
 */
export function choiceCheck(text: string): number {
  let hash = 0x811c9dc5;
  for (const ch of choiceKey(text)) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % CHOICE_CHECKS;
}
