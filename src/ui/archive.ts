/**
 * Finished runs kept in the browser for comparisons (a what-if branch beside
 * its original, the other role beside the first), and the run file a player
 * exports or imports. Storage may be missing or full: then the archive is
 * empty and says why, and nothing else breaks.
 */
import { parseRuns, serializeRuns, type RunRecord } from '../engine/record.ts';
import { download } from './dom.ts';

export const ARCHIVE_KEY = 'common-ground.runs';
/** The archive keeps this many runs, newest first. */
export const ARCHIVE_MAX = 12;

export interface Archive {
  list(): RunRecord[];
  /** Keep (or update) a run. Returns a reason when it could not be stored. */
  keep(run: RunRecord): string | null;
  /** Add imported runs; returns how many were new. */
  add(runs: readonly RunRecord[]): { added: number; error: string | null };
}

export function openArchive(storage: Storage | null): Archive {
  let memory: RunRecord[] = [];
  const read = (): RunRecord[] => {
    if (!storage) return memory;
    try {
      const text = storage.getItem(ARCHIVE_KEY);
      if (!text) return memory;
      const parsed = parseRuns(text);
      return parsed.ok ? parsed.runs : memory;
    } catch {
      return memory;
    }
  };
  const write = (runs: RunRecord[]): string | null => {
    memory = runs.slice(0, ARCHIVE_MAX);
    if (!storage) return 'this browser is not storing anything, so runs are kept only until you close the tab';
    try {
      storage.setItem(ARCHIVE_KEY, serializeRuns(memory));
      return null;
    } catch {
      return 'the browser’s storage is full, so runs are kept only until you close the tab';
    }
  };
  return {
    list: read,
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
