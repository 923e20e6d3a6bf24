/** Browser storage for saves: detects when it is missing, keeps bad saves aside. */
import type { SaveSlot } from '../engine/run/game.ts';

export const SAVE_KEY = 'common-ground.save';
export const REJECTED_KEY = 'common-ground.save.rejected';

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
   * Keep autosaves from writing over a damaged save that could not be set aside,
   * until the player says so (`release`). While held, the game plays without saving.
   */
  hold(): void;
  release(): void;
  held(): boolean;
}

/** What a held slot throws: the game says saving waits for the player's word. */
export class SaveHeldError extends Error {
  override name = 'SaveHeldError';
}

function probe(): { storage: Storage | null; reason: string | null; full: boolean } {
  try {
    const storage = window.localStorage;
    const key = 'common-ground.probe';
    storage.setItem(key, '1');
    storage.removeItem(key);
    return { storage, reason: null, full: false };
  } catch (error) {
    // Full storage still lets the game write over its own save (often the same size), so saving stays on and says when it fails.
    if (error instanceof DOMException && /quota/i.test(error.name))
      return { storage: window.localStorage, reason: null, full: true };
    return {
      storage: null,
      reason: 'this browser is not letting the game store anything (private browsing or a work policy)',
      full: false,
    };
  }
}

export function openStorage(): SaveStorage {
  const { storage, reason, full } = probe();
  let held = false;
  const slot: SaveSlot | null =
    storage && !reason
      ? {
          write(text) {
            if (held) throw new SaveHeldError('the damaged save is kept until you decide what to do with it');
            storage.setItem(SAVE_KEY, text);
          },
        }
      : null;
  return {
    storage,
    slot,
    unavailableReason: reason,
    full,
    hold: () => {
      held = true;
    },
    release: () => {
      held = false;
    },
    held: () => held,
    read() {
      try {
        return storage?.getItem(SAVE_KEY) ?? null;
      } catch {
        return null;
      }
    },
    setAside(text) {
      if (!storage) return null;
      try {
        const key = storage.getItem(REJECTED_KEY) === null ? REJECTED_KEY : `${REJECTED_KEY}.${Date.now()}`;
        storage.setItem(key, text);
        storage.removeItem(SAVE_KEY);
        return key;
      } catch {
        return null; // left where it was: still not overwritten until the player starts a new game
      }
    },
  };
}
