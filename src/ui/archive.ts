/**
 * Finished runs kept in the browser for comparisons (a what-if branch beside
 * its original, the other role beside the first), and the run file a player
 * exports or imports. Storage may be missing or full: then the archive is
 * empty and says why, and nothing else breaks.
 */
import { parseRuns, serializeRuns, type RunRecord } from '../engine/record.ts';
import { download } from './dom.ts';

export const ARCHIVE_KEY = 'common-ground.runs';
export const ARCHIVE_REJECTED_KEY = 'common-ground.runs.rejected';
/** The archive keeps this many runs, newest first (a workshop's worth; each is about 60 kB). */
export const ARCHIVE_MAX = 30;

export interface Archive {
  list(): RunRecord[];
  /** Keep (or update) a run. Returns a reason when it could not be stored. */
  keep(run: RunRecord): string | null;
  /** Add imported runs; returns how many were new. */
  add(runs: readonly RunRecord[]): { added: number; error: string | null };
}

export function openArchive(storage: Storage | null): Archive {
  // Read once; from then on this list is the truth, and storage is its copy.
  let memory: RunRecord[] | null = null;
  const read = (): RunRecord[] => {
    if (memory) return memory;
    memory = [];
    try {
      const text = storage?.getItem(ARCHIVE_KEY);
      const parsed = text ? parseRuns(text) : null;
      if (parsed?.ok) memory = parsed.runs;
      // A damaged archive is set aside, never overwritten.
      else if (text && storage?.getItem(ARCHIVE_REJECTED_KEY) === null) storage.setItem(ARCHIVE_REJECTED_KEY, text);
    } catch {
      // unreadable storage: start empty
    }
    return memory;
  };
  const write = (runs: RunRecord[]): string | null => {
    memory = runs.slice(0, ARCHIVE_MAX);
    if (!storage) return 'this browser is not storing anything, so runs are kept only until you close the tab';
    // When storage is full, the oldest kept runs make room for the newest (a run is about 60 kB).
    for (let keep = memory.length; keep > 0; keep--) {
      try {
        storage.setItem(ARCHIVE_KEY, serializeRuns(memory.slice(0, keep), new Date(), true));
        return keep === memory.length
          ? null
          : `the browser’s storage is nearly full, so only the newest ${keep} run${keep === 1 ? ' is' : 's are'} kept after you close the tab`;
      } catch {
        // try with one fewer
      }
    }
    return 'the browser’s storage is full, so runs are kept only until you close the tab';
  };
  const list = (): RunRecord[] => [...read()];
  return {
    list,
    keep(run) {
      return write([run, ...read().filter((r) => r.run.id !== run.run.id)]);
    },
    add(runs) {
      const have = read();
      const fresh = runs.filter((r) => !have.some((x) => x.run.id === r.run.id));
      const error = write([...fresh, ...have]);
      return { added: fresh.length, error };
    },
  };
}

/** Offer a run file for download (the debrief's Export). */
export function downloadRuns(runs: readonly RunRecord[], name: string): void {
  download(serializeRuns(runs), name);
}
