/**
 * What this browser keeps aside for the player, never deleting it unless they say so: damaged saves
 * and copies of the kept runs, and a game a learning platform's launch moved out of a learner's way.
 * Apart from storage.ts, which the title drawn before the game loads uses, to keep the engine out of it.
 */
import { listOf } from '../engine/rules/prose.ts';
import { ARCHIVE_REJECTED_KEY, nearKey, REJECTED_KEY, SAVE_KEY } from './storage.ts';
/** Something of the player's this browser keeps aside, never deleting it: a damaged save or archive, or a game moved out of a platform learner's way. */
export interface KeptAside {
  key: string;
  /** What it is, in a few words, for a sentence ("a damaged saved game"). */
  what: string;
  /** The same for several of them ("damaged saved games"). */
  whatMany: string;
  /** The name a download of it takes. */
  file: string;
  /** When it was set aside, when its key says (the first of a kind has no time in its key). */
  since: Date | null;
  text: string;
}

/** A kind of thing kept aside: where its keys begin, and how it is named. */
type KeptKind = Pick<KeptAside, 'what' | 'whatMany' | 'file'> & { prefix: string };

/** The name a damaged save takes when it is downloaded, wherever it is offered. */
export const DAMAGED_SAVE_FILE = 'common-ground-damaged-save.json';

const KEPT_KINDS: readonly KeptKind[] = [
  {
    prefix: REJECTED_KEY,
    what: 'a damaged saved game',
    whatMany: 'damaged saved games',
    file: DAMAGED_SAVE_FILE,
  },
  {
    prefix: ARCHIVE_REJECTED_KEY,
    what: 'a damaged copy of your kept runs',
    whatMany: 'damaged copies of your kept runs',
    file: 'common-ground-damaged-runs.json',
  },
  {
    prefix: `${SAVE_KEY}@unclaimed`,
    what: 'a game played in this browser outside your learning platform',
    whatMany: 'games played in this browser outside your learning platform',
    file: 'common-ground-set-aside-game.json',
  },
];

/** Everything kept aside in `storage`, oldest kind first. */
export function keptAside(storage: Storage | null): KeptAside[] {
  if (!storage) return [];
  try {
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i))
      .filter((k): k is string => k !== null)
      .sort();
    return KEPT_KINDS.flatMap(({ prefix, what, whatMany, file }) =>
      keys.flatMap((key) => {
        const near = nearKey(key, prefix);
        const text = near ? storage.getItem(key) : null;
        return text === null ? [] : [{ key, what, whatMany, file, since: near!.at, text }];
      }),
    );
  } catch {
    return [];
  }
}

/** Delete one thing kept aside, at the player's word. */
export function forgetKept(storage: Storage | null, key: string): void {
  try {
    if (KEPT_KINDS.some(({ prefix }) => nearKey(key, prefix))) storage?.removeItem(key);
  } catch {
    // Nothing to do: it stays, and is offered again.
  }
}

/** What is kept aside, in words: "a damaged saved game", "2 damaged saved games and a damaged copy of your kept runs". */
export function keptList(kept: readonly KeptAside[]): string {
  const kinds = [...new Set(kept.map((k) => k.what))];
  return listOf(
    kinds.map((what) => {
      const same = kept.filter((k) => k.what === what);
      return same.length === 1 ? what : `${same.length} ${same[0]!.whatMany}`;
    }),
  );
}
