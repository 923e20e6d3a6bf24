/**
 * How far the player had read in the scene they left: kept beside the save,
 * so Continue on the title opens the scene at that line, with the lines not
 * yet read still behind Continue, instead of showing them all at once where a
 * tired reader would skip them. It is a page's note, not part of the save:
 * when it is missing, damaged, or about another moment (another run, scene or
 * choice), the scene opens with every line shown, as it did before.
 */
import type { ViewState } from '../engine/run/store.ts';
import { READING_KEY } from './storage.ts';

/** The moment a count of read lines belongs to. */
interface ReadingPlace {
  run: string;
  scene: number;
  decisions: number;
  lines: number;
  read: number;
}

type Moment = Pick<ViewState, 'run' | 'sceneIndex' | 'decisions' | 'lines'>;

const placeOf = (state: Moment, read: number): ReadingPlace => ({
  run: state.run.id,
  scene: state.sceneIndex,
  decisions: state.decisions.length,
  lines: state.lines.length,
  read,
});

export interface Reading {
  /** How many of the state's lines the player had read, when this page kept it for this very moment; else null. */
  readTo(state: Moment): number | null;
  /** Note that the player has read `read` of the state's lines. Never throws (full or missing storage: nothing kept). */
  keep(state: Moment, read: number): void;
  /** Write the note still waiting for `later`, if one is (the page is being hidden or left). */
  flush(): void;
}

/**
 * `later`: when the note is written (the page passes "after the next frame", so a line is on screen before
 * its note is stored); omitted, at once. Only the newest note is written.
 */
export function openReading(storage: Storage | null, later?: (write: () => void) => void): Reading {
  let waiting: ReadingPlace | null = null;
  const flush = (): void => {
    if (!waiting) return;
    const place = waiting;
    waiting = null;
    try {
      storage?.setItem(READING_KEY, JSON.stringify(place));
    } catch {
      // Without room for the note, a resumed scene shows all its lines, as it always did.
    }
  };
  return {
    readTo(state) {
      flush();
      let place: Partial<ReadingPlace> | null;
      try {
        const text = storage?.getItem(READING_KEY);
        place = text ? (JSON.parse(text) as Partial<ReadingPlace>) : null;
      } catch {
        return null;
      }
      const now = placeOf(state, 0);
      if (
        !place ||
        typeof place !== 'object' ||
        place.run !== now.run ||
        place.scene !== now.scene ||
        place.decisions !== now.decisions ||
        place.lines !== now.lines ||
        !Number.isInteger(place.read)
      )
        return null;
      return Math.max(1, Math.min(now.lines, place.read!));
    },
    keep(state, read) {
      const first = waiting === null;
      waiting = placeOf(state, read);
      if (!later) flush();
      else if (first) later(flush);
    },
    flush,
  };
}
