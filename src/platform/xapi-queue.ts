/**
 * The statements waiting for the record store (issue 13). Every statement is
 * queued in the browser's storage before it is sent, with the cursor that
 * says what has been queued, in one write: a reload, a closed laptop or a
 * dropped network loses nothing and says nothing twice.
 *
 * - **Order, once.** Sending takes the head of the queue a batch at a time. A
 *   batch whose reply was lost is sent again exactly as it was (its size is
 *   kept), so a store that answers 409 ("I have these ids") is answering for
 *   that batch alone, and it leaves the queue by its ids.
 * - **Two tabs.** Storage is the queue: every change reads it, changes it and
 *   writes it back in one step, so two tabs of the same launch add to one
 *   queue instead of writing over each other.
 * - **Bounded.** The queue never takes more than `MAX_BYTES` of the storage the
 *   game's own save lives in; past it, new statements are not kept, and the
 *   learner is told.
 * - **Refusals.** A key the store does not accept stops sending and keeps
 *   everything. A batch it refuses as invalid is sent again a statement at a
 *   time, so only the bad one is set aside.
 */
import type { Cursor, Statement } from './xapi-data.ts';

/** Where the queue lives: the browser's storage, or memory in tests. `write` is false when storage refuses. */
export interface QueueStore {
  read(): string | null;
  write(text: string): boolean;
}

/** What became of a batch. */
export type Sent =
  | { kind: 'stored' }
  /** No answer, or one that says try later (5xx, 429): it stays first in the queue. */
  | { kind: 'unreachable' }
  /** The store does not accept the key: nothing more can go until it does; everything is kept. */
  | { kind: 'denied' }
  /** The store will never take it (invalid): set aside, with the reason. */
  | { kind: 'refused'; reason: string };

export type FlushResult = 'sent' | 'unreachable' | 'denied' | 'empty';

interface Kept {
  v: 1;
  /** What has been queued about each run, the most recent last. */
  cursors: Cursor[];
  queue: Statement[];
  refused: Statement[];
  /** The size of the batch sent last without a clear answer: it is sent again as it was. */
  inflight?: number;
  /** Statements still to send one at a time, after a batch was refused. */
  singly?: number;
}

/** Statements sent in one request. */
export const BATCH = 25;
/** The most the queue keeps in the browser's storage, which it shares with the game's save (about 5 MB in all). */
export const MAX_BYTES = 400_000;
/** Refused statements kept for inspection; beyond it the oldest go first. */
const MAX_REFUSED = 100;
/** Runs whose cursors are kept: as many as the player's archive holds. */
const MAX_RUNS = 30;

const empty = (): Kept => ({ v: 1, cursors: [], queue: [], refused: [] });

export interface QueueNotes {
  /** A batch was refused as invalid and set aside. */
  refused?: (reason: string, count: number) => void;
  /** The queue is full, or storage refused a write: statements are kept in this page only, or not at all. */
  full?: (kind: 'full' | 'not-durable') => void;
}

export class StatementQueue {
  /** The queue as last written, used when storage cannot be read or written. */
  private memory: Kept = empty();
  private flushing: Promise<FlushResult> | null = null;
  /** False once storage has refused a write: the queue is then kept in this page's memory. */
  durable = true;
  private toldFull = false;

  constructor(
    private readonly store: QueueStore,
    private readonly send: (batch: Statement[]) => Promise<Sent>,
    private readonly notes: QueueNotes = {},
  ) {
    this.memory = this.load();
  }

  /** The queue as storage holds it now (another tab may have changed it). */
  private load(): Kept {
    if (!this.durable) return this.memory;
    const text = this.store.read();
    if (!text) return empty();
    try {
      const parsed = JSON.parse(text) as Partial<Kept>;
      if (parsed.v === 1 && Array.isArray(parsed.queue) && Array.isArray(parsed.refused))
        return {
          v: 1,
          cursors: Array.isArray(parsed.cursors) ? parsed.cursors.filter(isCursor) : [],
          queue: parsed.queue.filter(isStatement),
          refused: parsed.refused.filter(isStatement),
          ...(isCount(parsed.inflight) ? { inflight: parsed.inflight } : {}),
          ...(isCount(parsed.singly) ? { singly: parsed.singly } : {}),
        };
    } catch {
      // A damaged queue is one that cannot be sent: start afresh (the game's own save is untouched).
    }
    return empty();
  }

  private save(kept: Kept): void {
    this.memory = kept;
    if (!this.durable) return;
    this.durable = this.store.write(JSON.stringify(kept));
    if (!this.durable) this.notes.full?.('not-durable');
  }

  /** Read, change and write the queue in one step. */
  private change(edit: (kept: Kept) => void): Kept {
    const kept = this.load();
    edit(kept);
    this.save(kept);
    return kept;
  }

  /** What has been queued about a run (null: nothing yet). */
  cursorOf(run: string): Cursor | null {
    return this.load().cursors.find((c) => c.run === run) ?? null;
  }

  /** What has been queued about each run, the most recent last (a copy). */
  cursors(): Cursor[] {
    return [...this.load().cursors];
  }

  get pending(): number {
    return this.load().queue.length;
  }

  get refused(): number {
    return this.load().refused.length;
  }

  /** Statements waiting, oldest first (a copy). */
  waiting(): Statement[] {
    return [...this.load().queue];
  }

  /**
   * Queue statements and move their run's cursor, in one write. Returns false
   * when the queue is full and they were not kept (the cursor does not move,
   * so they are made again once there is room).
   */
  add(statements: Statement[], cursor?: Cursor): boolean {
    let kept = true;
    this.change((k) => {
      const size = JSON.stringify(k).length + JSON.stringify(statements).length;
      if (statements.length && size > MAX_BYTES) {
        kept = false;
        return;
      }
      k.queue.push(...statements);
      if (cursor) k.cursors = [...k.cursors.filter((c) => c.run !== cursor.run), cursor].slice(-MAX_RUNS);
    });
    if (!kept && !this.toldFull) {
      this.toldFull = true;
      this.notes.full?.('full');
    }
    if (kept) this.toldFull = false;
    return kept;
  }

  /** Take statements out of the queue (a statement the session must not send after all). */
  drop(which: (s: Statement) => boolean): number {
    let dropped = 0;
    this.change((k) => {
      const before = k.queue.length;
      k.queue = k.queue.filter((s) => !which(s));
      dropped = before - k.queue.length;
      if (dropped) delete k.inflight;
    });
    return dropped;
  }

  /** Send everything waiting, in order. Calls made while a flush runs share it. */
  flush(): Promise<FlushResult> {
    this.flushing ??= this.run().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async run(): Promise<FlushResult> {
    let sentAny = false;
    for (;;) {
      const kept = this.load();
      if (!kept.queue.length) return sentAny ? 'sent' : 'empty';
      const size = kept.singly ? 1 : Math.min(kept.inflight ?? BATCH, BATCH);
      const batch = kept.queue.slice(0, size);
      this.change((k) => {
        k.inflight = batch.length;
      });
      const sent = await this.send(batch).catch((): Sent => ({ kind: 'unreachable' }));
      if (sent.kind === 'unreachable') return 'unreachable';
      if (sent.kind === 'denied') {
        this.change((k) => delete k.inflight);
        return 'denied';
      }
      if (sent.kind === 'refused' && batch.length > 1) {
        // Find the bad one: the same statements again, a request each.
        this.change((k) => {
          delete k.inflight;
          k.singly = batch.length;
        });
        continue;
      }
      const ids = new Set(batch.map((s) => s.id));
      this.change((k) => {
        k.queue = k.queue.filter((s) => !ids.has(s.id));
        delete k.inflight;
        if (k.singly) k.singly = k.singly > 1 ? k.singly - 1 : undefined;
        if (k.singly === undefined) delete k.singly;
        if (sent.kind === 'refused') {
          k.refused.push(...batch);
          k.refused.splice(0, Math.max(0, k.refused.length - MAX_REFUSED));
        }
      });
      if (sent.kind === 'refused') this.notes.refused?.(sent.reason, batch.length);
      else sentAny = true;
    }
  }
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 1000;

function isCursor(value: unknown): value is Cursor {
  const c = value as Partial<Cursor> | null;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.run === 'string' &&
    [c.decisions, c.terms, c.weeks].every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0) &&
    typeof c.completed === 'boolean'
  );
}

function isStatement(value: unknown): value is Statement {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

/** The browser's storage under one key; a write that storage refuses (full, or blocked) returns false. */
/**
 * What has reached the store about each run, kept across a learner's cmi5 sessions (each of which has a queue of
 * its own): a new session reports a run from where the last one left it, not from its first decision. It moves
 * only when a session's queue is empty, so what was queued but never sent is made again in the next session.
 */
export class SentCursors {
  constructor(private readonly store: QueueStore) {}

  /** Where the store has a run up to (null: nothing known). */
  of(run: string): Cursor | null {
    return this.read().find((c) => c.run === run) ?? null;
  }

  /** Everything queued has been sent: these runs have reached the store up to their cursors. */
  reached(cursors: readonly Cursor[]): void {
    const runs = new Set(cursors.map((c) => c.run));
    this.store.write(
      JSON.stringify({ v: 1, cursors: [...this.read().filter((c) => !runs.has(c.run)), ...cursors].slice(-MAX_RUNS) }),
    );
  }

  private read(): Cursor[] {
    try {
      const parsed = JSON.parse(this.store.read() ?? 'null') as { v?: unknown; cursors?: unknown } | null;
      return parsed?.v === 1 && Array.isArray(parsed.cursors) ? parsed.cursors.filter(isCursor) : [];
    } catch {
      return [];
    }
  }
}

export function storageQueue(storage: Storage | null, key: string): QueueStore {
  return {
    read: () => {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write: (text) => {
      try {
        if (!storage) return false;
        storage.setItem(key, text);
        return true;
      } catch {
        return false;
      }
    },
  };
}
