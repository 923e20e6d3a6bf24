/** Browser storage for saves: detects when it is missing, keeps bad saves aside. */
import type { SaveSlot } from '../engine/run/game.ts';

export const SAVE_KEY = 'common-ground.save';
export const REJECTED_KEY = 'common-ground.save.rejected';
/** The run a "what if?" branch stepped away from, kept to go back to. */
export const ORIGINAL_KEY = 'common-ground.save.original';
/** The runs kept for comparison, the player's own and those imported. */
export const ARCHIVE_KEY = 'common-ground.runs';
export const IMPORTED_KEY = 'common-ground.runs.imported';
/** Where a damaged copy of the kept runs is set aside (each further one with the time after it). */
export const ARCHIVE_REJECTED_KEY = 'common-ground.runs.rejected';
/** How far the player had read in the scene they left (reading.ts). */
export const READING_KEY = 'common-ground.reading';
/** The places ticked on a week's plan, until that week starts (`src/ui/screens/plan.ts`). */
export const PLAN_DRAFT_KEY = 'common-ground.plan-draft';
/**
 * Whose game the keys below hold, when a learning platform launched it: a hash
 * of the platform's learner id. Absent for games played outside a platform.
 */
export const OWNER_KEY = 'common-ground.owner';
/**
 * What one learner keeps in this browser: the game, how far they had read in it, the plan they were
 * making, the run a branch left, and the kept runs.
 */
export const LEARNER_KEYS = [SAVE_KEY, READING_KEY, PLAN_DRAFT_KEY, ORIGINAL_KEY, ARCHIVE_KEY, IMPORTED_KEY] as const;

export interface SaveStorage {
  /** The storage object, or null when the browser gives none (private mode, policy). */
  storage: Storage | null;
  slot: SaveSlot | null;
  unavailableReason: string | null;
  /** True when the browser's storage for this site was full at start: the game still tries to save over its own save. */
  full: boolean;
  read(): string | null;
  /** Move a save that cannot be loaded out of the way, never deleting it. Returns where it went. */
  setAside(text: string): string | null;
  /**
   * Keep autosaves from writing over a damaged save (`text`) that could not be set aside,
   * until the player says so (`release`). While held, the game plays without saving.
   */
  hold(text: string): void;
  release(): void;
  /** The damaged save being held, or null when nothing is. */
  held(): string | null;
  /**
   * True when the saved game has changed since this page last read or wrote it: the game is open in
   * another tab or window, which has saved since. Autosaves then refuse to write over it (a
   * `SaveElsewhereError`) until the player reloads or says to save this page's game over it (`takeOver`).
   */
  elsewhere(): boolean;
  takeOver(): void;
  /**
   * A learning platform's learner is playing (a shared PC may hold another
   * learner's game). Put whatever another learner keeps here on a shelf of
   * their own, never deleting it, and bring this learner's back; games from
   * before any platform named a learner are adopted when `adopt` says they
   * are this learner's. Returns the storage to play with: this one, or, when
   * the browser has no room to move another learner's game aside, storage
   * that keeps nothing (their game stays untouched and unseen).
   */
  claimFor(owner: string, adopt: (save: string | null) => boolean): SaveStorage;
}

/** What a held slot throws: the game says saving waits for the player's word. */
export class SaveHeldError extends Error {
  override name = 'SaveHeldError';
}

/** What a slot throws rather than write over a game another tab or window saved since this page read it. */
export class SaveElsewhereError extends Error {
  override name = 'SaveElsewhereError';
}

function probe(given?: Storage): { storage: Storage | null; reason: string | null; full: boolean } {
  try {
    const storage = given ?? window.localStorage;
    const key = 'common-ground.probe';
    storage.setItem(key, '1');
    storage.removeItem(key);
    return { storage, reason: null, full: false };
  } catch (error) {
    // Full storage still lets the game write over its own save (often the same size), so saving stays on and says when it fails.
    if (error instanceof DOMException && /quota/i.test(error.name))
      return { storage: given ?? window.localStorage, reason: null, full: true };
    return {
      storage: null,
      reason: 'this browser is not letting the game store anything (private browsing or a work policy)',
      full: false,
    };
  }
}

/** A learner id as this browser keeps it: hashed, so a shared PC does not hold people's ids in the clear. */
export function ownerOf(learnerId: string): string {
  const fnv = (text: string, seed: number): string => {
    let hash = seed;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
    return hash.toString(36);
  };
  return `${fnv(learnerId, 2166136261)}-${fnv([...learnerId].reverse().join(''), 84696351)}`;
}

/** Storage that keeps nothing: the game plays, and says why nothing is saved. */
export function storageKeepingNothing(reason: string): SaveStorage {
  return {
    storage: null,
    slot: null,
    unavailableReason: reason,
    full: false,
    read: () => null,
    setAside: () => null,
    hold: () => undefined,
    release: () => undefined,
    held: () => null,
    elsewhere: () => false,
    takeOver: () => undefined,
    claimFor(): SaveStorage {
      return this;
    },
  };
}

/** A free key near `key`: itself, or itself with the time after it when something is already there. */
export function freeKey(storage: Storage, key: string): string {
  return storage.getItem(key) === null ? key : `${key}.${Date.now()}`;
}

/** Whether `key` is one `freeKey` gives near `near`; when it is, the time in it (null for `near` itself). */
export function nearKey(key: string, near: string): { at: Date | null } | null {
  if (key === near) return { at: null };
  const stamp = key.startsWith(`${near}.`) ? key.slice(near.length + 1) : '';
  return /^\d+$/.test(stamp) ? { at: new Date(Number(stamp)) } : null;
}

/**
 * Move the learner keys to `owner`'s shelf (`key@owner`) and bring `owner`'s
 * back. Copies go out before anything is removed, so a full browser leaves
 * everything where it was (and throws).
 */
function switchLearner(storage: Storage, from: string, to: string): void {
  const out = LEARNER_KEYS.flatMap((key) => {
    const text = storage.getItem(key);
    return text === null ? [] : [{ key, text }];
  });
  for (const { key, text } of out) storage.setItem(freeKey(storage, `${key}@${from}`), text);
  for (const { key } of out) storage.removeItem(key);
  storage.setItem(OWNER_KEY, to);
  bringBack(storage, to);
}

/** Put back whatever of `owner`'s is still on their shelf where nothing else stands (a move cut short by a full browser). */
function bringBack(storage: Storage, owner: string): void {
  for (const key of LEARNER_KEYS) {
    const shelved = storage.getItem(`${key}@${owner}`);
    if (shelved === null || storage.getItem(key) !== null) continue;
    storage.setItem(key, shelved);
    storage.removeItem(`${key}@${owner}`);
  }
}

/** The browser's storage for this site; `given` puts another in its place (a trial of a facilitator's scene keeps its game in memory). */
export function openStorage(given?: Storage): SaveStorage {
  const { storage, reason, full } = probe(given);
  /** The damaged save autosaves must not write over, until the player says so. */
  let held: string | null = null;
  /** The saved game as this page last read or wrote it (undefined: not read yet). */
  let known: string | null | undefined;
  const current = (): string | null => {
    try {
      return storage?.getItem(SAVE_KEY) ?? null;
    } catch {
      return null;
    }
  };
  // Another page's save, not this one's: a save taken away (set aside, or a new game's guard) is nobody's to keep.
  const elsewhere = (): boolean => {
    const now = current();
    return known !== undefined && now !== null && now !== known;
  };
  const slot: SaveSlot | null =
    storage && !reason
      ? {
          write(text) {
            if (held !== null) throw new SaveHeldError('the damaged save is kept until you decide what to do with it');
            if (elsewhere())
              throw new SaveElsewhereError(
                'this game is open in another tab or window too, and that one has saved since',
              );
            storage.setItem(SAVE_KEY, text);
            known = text;
          },
        }
      : null;
  return {
    storage,
    slot,
    unavailableReason: reason,
    full,
    hold: (text) => {
      held = text;
    },
    release: () => {
      held = null;
    },
    held: () => held,
    elsewhere,
    takeOver: () => {
      known = current();
    },
    read() {
      known = current();
      return known;
    },
    claimFor(owner, adopt) {
      if (!storage || reason) return this;
      try {
        const current = storage.getItem(OWNER_KEY);
        if (current === owner) {
          bringBack(storage, owner);
          return this;
        }
        const unowned = current === null;
        const nothing = LEARNER_KEYS.every((key) => storage.getItem(key) === null);
        if (unowned && (nothing || adopt(storage.getItem(SAVE_KEY)))) storage.setItem(OWNER_KEY, owner);
        else switchLearner(storage, current ?? 'unclaimed', owner);
        return this;
      } catch {
        return storageKeepingNothing(
          'this browser holds another learner’s game and has no room to set it aside, so your progress is kept by your learning platform only',
        );
      }
    },
    setAside(text) {
      if (!storage) return null;
      try {
        const key = freeKey(storage, REJECTED_KEY);
        storage.setItem(key, text);
        storage.removeItem(SAVE_KEY);
        return key;
      } catch {
        return null; // left where it was: still not overwritten until the player starts a new game
      }
    },
  };
}
