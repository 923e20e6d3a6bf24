/**
 * Finished runs kept in the browser for comparisons (a what-if branch beside
 * its original, the other role beside the first), and the run file a player
 * exports or imports. Storage may be missing or full: then the archive is
 * empty and says why, and nothing else breaks.
 */
import { parseRuns, serializeRuns, type RunRecord } from '../engine/read/record.ts';
import { download, fileStamp } from './dom.ts';
import { ARCHIVE_KEY, ARCHIVE_REJECTED_KEY, freeKey, IMPORTED_KEY } from './storage.ts';

// The player's own runs (ARCHIVE_KEY), and the runs brought in from files (IMPORTED_KEY: a facilitator's whole
// room, in a list of their own, so they never push out the player's). Both live in storage.ts with the rest of
// what one learner keeps.
export { ARCHIVE_KEY, IMPORTED_KEY };
export { ARCHIVE_REJECTED_KEY };
/** The player's own runs kept, newest first (a workshop's worth; each is about 60 kB). */
export const ARCHIVE_MAX = 30;
/** Imported runs kept, newest first (at most what one run file may hold). */
export const IMPORTED_MAX = 50;

export interface Archive {
  /** The player's own runs, then the imported ones. */
  list(): RunRecord[];
  /** Keep (or update) one of the player's own runs. Returns a reason when it could not be stored. */
  keep(run: RunRecord): string | null;
  /**
   * Add imported runs to their own list, newest first: how many were new and are kept, how many new ones
   * did not fit (past IMPORTED_MAX), and how many imported earlier were let go to make room.
   */
  add(runs: readonly RunRecord[]): { added: number; notKept: number; letGo: number; error: string | null };
  /** Damaged copies found and set aside (or, when storage had no room, held here): each can be downloaded. */
  damaged(): { key: string | null; text: string }[];
  /** The ids of the runs brought in from files (not the player's own). */
  importedIds(): ReadonlySet<string>;
  /** Whether one of the player's own runs is in the browser's storage, to be there after the tab is closed. */
  stored(id: string): boolean;
}

/** One bounded list of runs in one storage key, read once, never writing over a copy it could not read. */
function shelf(storage: Storage | null, key: string, max: number, damaged: { key: string | null; text: string }[]) {
  let memory: RunRecord[] | null = null;
  /** How many of the runs in memory, from the first, are in storage too. */
  let persisted = 0;
  /** True when what is stored could not be read and could not be set aside either: leave it alone. */
  let locked = false;
  const read = (): RunRecord[] => {
    if (memory) return memory;
    memory = [];
    try {
      const text = storage?.getItem(key);
      const parsed = text ? parseRuns(text) : null;
      if (parsed?.ok) {
        memory = parsed.runs;
        persisted = memory.length;
      } else if (text) {
        // A damaged archive is moved aside, never overwritten; each damaged copy gets its own place. Moved, not
        // copied: a copy left behind was set aside again on every visit, until the browser's storage was full.
        const aside = freeKey(storage!, ARCHIVE_REJECTED_KEY);
        try {
          storage!.setItem(aside, text);
          storage!.removeItem(key);
          damaged.push({ key: aside, text });
        } catch {
          locked = true;
          damaged.push({ key: null, text });
        }
      }
    } catch {
      // unreadable storage: start empty
    }
    return memory;
  };
  const write = (runs: RunRecord[]): string | null => {
    memory = runs.slice(0, max);
    persisted = 0;
    if (!memory.length) return null;
    if (!storage) return 'this browser is not storing anything, so runs are kept only until you close the tab';
    if (locked)
      return 'a damaged copy of your kept runs could not be set aside (the browser’s storage is full), so nothing is written over it and runs are kept only until you close the tab';
    // When storage is full, the oldest runs make room for the newest (a run is about 60 kB).
    for (let keep = memory.length; keep > 0; keep--) {
      try {
        storage.setItem(key, serializeRuns(memory.slice(0, keep), new Date(), true));
        persisted = keep;
        return keep === memory.length
          ? null
          : `the browser’s storage is nearly full, so only the newest ${keep} run${keep === 1 ? ' is' : 's are'} kept after you close the tab`;
      } catch {
        // try with one fewer
      }
    }
    return 'the browser’s storage is full, so runs are kept only until you close the tab';
  };
  const stored = (id: string): boolean =>
    read()
      .slice(0, persisted)
      .some((r) => r.run.id === id);
  return { read, write, stored };
}

export function openArchive(storage: Storage | null): Archive {
  const damaged: { key: string | null; text: string }[] = [];
  const own = shelf(storage, ARCHIVE_KEY, ARCHIVE_MAX, damaged);
  const imported = shelf(storage, IMPORTED_KEY, IMPORTED_MAX, damaged);
  return {
    list: () => {
      const mine = own.read();
      return [...mine, ...imported.read().filter((r) => !mine.some((m) => m.run.id === r.run.id))];
    },
    keep(run) {
      return own.write([run, ...own.read().filter((r) => r.run.id !== run.run.id)]);
    },
    add(runs) {
      const have = [...own.read(), ...imported.read()];
      // The same run twice in one file, or one already here, counts once.
      const fresh: RunRecord[] = [];
      for (const r of runs)
        if (!have.some((x) => x.run.id === r.run.id) && !fresh.some((x) => x.run.id === r.run.id)) fresh.push(r);
      const before = imported.read();
      const error = fresh.length ? imported.write([...fresh, ...before]) : null;
      const kept = new Set(imported.read().map((r) => r.run.id));
      const added = fresh.filter((r) => kept.has(r.run.id)).length;
      return {
        added,
        notKept: fresh.length - added,
        letGo: before.filter((r) => !kept.has(r.run.id)).length,
        error,
      };
    },
    damaged: () => [...damaged],
    importedIds: () => {
      const mine = new Set(own.read().map((r) => r.run.id));
      return new Set(imported.read().flatMap((r) => (mine.has(r.run.id) ? [] : [r.run.id])));
    },
    stored: (id) => own.stored(id),
  };
}

/**
 * A run file's name, for a tutor's or a facilitator's inbox: the workshop session if any, the role,
 * the quarter code, "-what-if" for a branch, and the local day and time it was saved.
 */
export function runFileName(run: Pick<RunRecord, 'role' | 'seed' | 'run'>, at: Date = new Date()): string {
  const session = run.run.session ? `${run.run.session}-` : '';
  const branch = run.run.branchOf ? '-what-if' : '';
  return `common-ground-${session}${run.role}-${run.seed}${branch}-${fileStamp(at, true)}.json`.replace(/[^\w.-]/g, '');
}

/** Offer one run as a file (the debrief's Export, the workshop hand-in), named by `runFileName`. */
export function downloadRun(run: RunRecord): void {
  download(serializeRuns([run]), runFileName(run));
}
