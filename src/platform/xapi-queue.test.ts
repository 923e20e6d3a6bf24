import { describe, expect, it } from 'vitest';
import { MAX_BYTES, StatementQueue, type QueueStore, type Sent } from './xapi-queue.ts';
import type { Statement } from './xapi-data.ts';

const statement = (n: number): Statement => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  actor: { objectType: 'Agent', mbox: 'mailto:learner@example.nhs.uk' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
  object: { objectType: 'Activity', id: `https://example.nhs.uk/decision/${n}` },
});
const many = (from: number, count: number) => Array.from({ length: count }, (_, i) => statement(from + i));

function memory(): QueueStore & { text: string | null; full: boolean } {
  const m = {
    text: null as string | null,
    full: false,
    read: () => m.text,
    write: (t: string) => {
      if (m.full) return false;
      m.text = t;
      return true;
    },
  };
  return m;
}

/**
 * A record store as xAPI allows one to be: a batch is all or nothing, and a batch holding an id it
 * already has is answered 409 (which the session reads as "stored") with nothing of it stored.
 */
function lrs() {
  const kept: Statement[] = [];
  const store = {
    kept,
    down: false,
    denied: false,
    /** The next request is stored but its reply is lost. */
    loseReply: false,
    refuse: null as number | null,
    /** Refuse only batches holding this statement. */
    bad: null as string | null,
    requests: 0,
    send: async (batch: Statement[]): Promise<Sent> => {
      store.requests++;
      if (store.down) return { kind: 'unreachable' };
      if (store.denied) return { kind: 'denied' };
      if (store.refuse) return { kind: 'refused', reason: `HTTP ${store.refuse}` };
      if (store.bad && batch.some((s) => s.id === store.bad)) return { kind: 'refused', reason: 'HTTP 400' };
      if (batch.some((s) => kept.some((k) => k.id === s.id))) return { kind: 'stored' };
      kept.push(...batch);
      if (store.loseReply) {
        store.loseReply = false;
        return { kind: 'unreachable' };
      }
      return { kind: 'stored' };
    },
  };
  return store;
}

describe('the statement queue', () => {
  it('sends everything in order, a batch at a time', async () => {
    const store = lrs();
    const q = new StatementQueue(memory(), store.send);
    q.add(many(1, 60));
    expect(await q.flush()).toBe('sent');
    expect(store.kept.map((s) => s.id)).toEqual(many(1, 60).map((s) => s.id));
    expect(q.pending).toBe(0);
    expect(await q.flush()).toBe('empty');
  });

  it('keeps statements while the store cannot be reached and sends them in order when it can', async () => {
    const store = lrs();
    const q = new StatementQueue(memory(), store.send);
    q.add(many(1, 5));
    await q.flush();
    store.down = true;
    q.add(many(6, 10));
    expect(await q.flush()).toBe('unreachable');
    q.add(many(16, 30));
    expect(q.pending).toBe(40);
    store.down = false;
    expect(await q.flush()).toBe('sent');
    expect(store.kept.map((s) => s.id)).toEqual(many(1, 45).map((s) => s.id));
  });

  it('a batch whose reply was lost is sent again and not stored twice', async () => {
    const store = lrs();
    const q = new StatementQueue(memory(), store.send);
    store.loseReply = true;
    q.add(many(1, 3));
    expect(await q.flush()).toBe('unreachable');
    expect(q.pending).toBe(3);
    expect(await q.flush()).toBe('sent');
    expect(store.kept).toHaveLength(3);
    expect(q.pending).toBe(0);
  });

  it('a reply lost, then more queued: the batch goes again as it was, so the 409 answers for it alone', async () => {
    const store = lrs();
    const q = new StatementQueue(memory(), store.send);
    store.loseReply = true;
    q.add(many(1, 2));
    expect(await q.flush()).toBe('unreachable');
    q.add(many(3, 2));
    expect(await q.flush()).toBe('sent');
    expect(store.kept.map((s) => s.id)).toEqual(many(1, 4).map((s) => s.id));
    expect(q.pending).toBe(0);
  });

  it('an invalid statement is found by sending its batch a statement at a time: only it is set aside', async () => {
    const store = lrs();
    const told: string[] = [];
    const q = new StatementQueue(memory(), store.send, { refused: (reason, n) => told.push(`${reason} (${n})`) });
    store.bad = statement(3).id!;
    q.add(many(1, 5));
    await q.flush();
    expect(q.refused).toBe(1);
    expect(told).toEqual(['HTTP 400 (1)']);
    expect(store.kept.map((s) => s.id)).toEqual([1, 2, 4, 5].map((n) => statement(n).id));
    // Then batches again.
    store.requests = 0;
    q.add(many(6, 10));
    await q.flush();
    expect(store.requests).toBe(1);
  });

  it('a key the store does not accept stops sending and keeps everything', async () => {
    const store = lrs();
    store.denied = true;
    const q = new StatementQueue(memory(), store.send);
    q.add(many(1, 60));
    expect(await q.flush()).toBe('denied');
    expect(q.pending).toBe(60);
    expect(q.refused).toBe(0);
    store.denied = false;
    expect(await q.flush()).toBe('sent');
    expect(store.kept).toHaveLength(60);
  });

  it('two tabs of one launch add to one queue: neither writes over the other’s statements or cursors', async () => {
    const shared = memory();
    const store = lrs();
    store.down = true;
    const a = new StatementQueue(shared, store.send);
    const b = new StatementQueue(shared, store.send);
    a.add(many(1, 2), { run: 'A', decisions: 2, terms: 0, weeks: 0, completed: false });
    b.add(many(3, 1), { run: 'B', decisions: 1, terms: 0, weeks: 0, completed: false });
    a.add(many(4, 1), { run: 'A', decisions: 3, terms: 0, weeks: 0, completed: false });
    const again = new StatementQueue(shared, store.send);
    expect(again.pending).toBe(4);
    expect(again.cursorOf('A')?.decisions).toBe(3);
    expect(again.cursorOf('B')?.decisions).toBe(1);
    store.down = false;
    await Promise.all([a.flush(), b.flush()]);
    expect(new Set(store.kept.map((s) => s.id))).toEqual(new Set(many(1, 4).map((s) => s.id)));
    expect(store.kept).toHaveLength(4);
  });

  it('never grows past its share of storage: past it, statements are not kept and the learner is told once', () => {
    const notes: string[] = [];
    const q = new StatementQueue(memory(), async () => ({ kind: 'unreachable' }), { full: (k) => notes.push(k) });
    let added = 0;
    for (let i = 0; i < 2000 && q.add(many(i * 10, 10)); i++) added += 10;
    expect(added).toBeGreaterThan(100);
    expect(JSON.stringify(q.waiting()).length).toBeLessThanOrEqual(MAX_BYTES);
    expect(q.add(many(90_000, 10), { run: 'R', decisions: 9, terms: 0, weeks: 0, completed: false })).toBe(false);
    expect(q.cursorOf('R')).toBeNull();
    expect(notes).toEqual(['full']);
  });

  it('survives a reload: what is waiting and what was said about each run come back from storage', async () => {
    const kept = memory();
    const store = lrs();
    store.down = true;
    const q = new StatementQueue(kept, store.send);
    q.add(many(1, 4), { run: 'R1', decisions: 3, terms: 1, weeks: 0, completed: false });
    await q.flush();
    const again = new StatementQueue(kept, store.send);
    expect(again.pending).toBe(4);
    expect(again.cursorOf('R1')).toEqual({ run: 'R1', decisions: 3, terms: 1, weeks: 0, completed: false });
    expect(again.cursorOf('R2')).toBeNull();
    store.down = false;
    await again.flush();
    expect(store.kept).toHaveLength(4);
  });

  it('starts empty from a damaged queue, and keeps working in memory when storage is full', async () => {
    const kept = memory();
    kept.text = '{"v":1,"queue":[{"id":';
    const store = lrs();
    const q = new StatementQueue(kept, store.send);
    expect(q.pending).toBe(0);
    kept.full = true;
    q.add(many(1, 2));
    expect(q.durable).toBe(false);
    expect(q.pending).toBe(2);
    expect(await q.flush()).toBe('sent');
    expect(store.kept).toHaveLength(2);
  });

  it('flushes asked for while one runs share it: nothing is sent twice', async () => {
    const store = lrs();
    let requests = 0;
    const q = new StatementQueue(memory(), async (b) => {
      requests++;
      await new Promise((r) => setTimeout(r, 5));
      return store.send(b);
    });
    q.add(many(1, 10));
    await Promise.all([q.flush(), q.flush(), q.flush()]);
    expect(requests).toBe(1);
    expect(store.kept).toHaveLength(10);
  });
});
