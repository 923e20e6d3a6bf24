/**
 * The statements waiting for the record store (issue 13). Every statement is
 * queued in the browser's storage before it is sent, with the cursor that
 * says what has been queued, in one write: a reload, a closed laptop or a
 * dropped network loses nothing and says nothing twice. Sending takes the
 * queue in order, a batch at a time; a batch leaves the queue only when the
 * store has it. Each statement has its id from the moment it is made, so a
 * batch sent again after a lost reply is one the store already holds (it
 * answers 409 or takes it as the same statement), never a second copy.
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
  /** The store will never take it (invalid, or the credentials refused): set aside, with the reason. */
  | { kind: 'refused'; reason: string };

export type FlushResult = 'sent' | 'unreachable' | 'empty';

interface Kept {
  v: 1;
  /** What has been queued about each run, the most recent last. */
  cursors: Cursor[];
  queue: Statement[];
  refused: Statement[];
}

/** Statements sent in one request: a week's decisions, in a request a record store takes without complaint. */
export const BATCH = 25;
/** More than a whole quarter's statements many times over; beyond it the oldest refused ones go first. */
const MAX_REFUSED = 500;
/** Runs whose cursors are kept: as many as the player's archive holds. */
const MAX_RUNS = 30;

export class StatementQueue {
  private kept: Kept = { v: 1, cursors: [], queue: [], refused: [] };
  private flushing: Promise<FlushResult> | null = null;
  /** False once storage has refused a write: the queue is then kept in memory only. */
  durable = true;

  constructor(
    private readonly store: QueueStore,
    private readonly send: (batch: Statement[]) => Promise<Sent>,
    private readonly onRefused: (reason: string, count: number) => void = () => undefined,
  ) {
    const text = store.read();
    if (!text) return;
    try {
      const parsed = JSON.parse(text) as Partial<Kept>;
      if (parsed.v === 1 && Array.isArray(parsed.queue) && Array.isArray(parsed.refused))
        this.kept = {
          v: 1,
          cursors: Array.isArray(parsed.cursors) ? parsed.cursors.filter(isCursor) : [],
          queue: parsed.queue.filter(isStatement),
          refused: parsed.refused.filter(isStatement),
        };
    } catch {
      // A damaged queue is one that cannot be sent: start afresh (the game's own save is untouched).
    }
  }

  /** What has been queued about a run (null: nothing yet). */
  cursorOf(run: string): Cursor | null {
    return this.kept.cursors.find((c) => c.run === run) ?? null;
  }

  get pending(): number {
    return this.kept.queue.length;
  }

  get refused(): number {
    return this.kept.refused.length;
  }

  /** Statements waiting, oldest first (a copy). */
  waiting(): Statement[] {
    return [...this.kept.queue];
  }

  /** Queue statements and move their run's cursor, in one write. */
  add(statements: Statement[], cursor?: Cursor): void {
    this.kept.queue.push(...statements);
    if (cursor) {
      this.kept.cursors = [...this.kept.cursors.filter((c) => c.run !== cursor.run), cursor].slice(-MAX_RUNS);
    }
    this.persist();
  }

  /** Send everything waiting, in order. Calls made while a flush runs share it. */
  flush(): Promise<FlushResult> {
    this.flushing ??= this.run().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async run(): Promise<FlushResult> {
    if (!this.kept.queue.length) return 'empty';
    while (this.kept.queue.length) {
      const batch = this.kept.queue.slice(0, BATCH);
      const sent = await this.send(batch).catch((): Sent => ({ kind: 'unreachable' }));
      if (sent.kind === 'unreachable') return 'unreachable';
      // Only now does the batch leave the queue (statements queued meanwhile stay behind it).
      this.kept.queue.splice(0, batch.length);
      if (sent.kind === 'refused') {
        this.kept.refused.push(...batch);
        this.kept.refused.splice(0, Math.max(0, this.kept.refused.length - MAX_REFUSED));
        this.onRefused(sent.reason, batch.length);
      }
      this.persist();
    }
    return 'sent';
  }

  private persist(): void {
    this.durable = this.store.write(JSON.stringify(this.kept));
  }
}

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
