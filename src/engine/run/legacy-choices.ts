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
