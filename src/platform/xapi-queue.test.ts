import { describe, expect, it } from 'vitest';
import { StatementQueue, type QueueStore, type Sent } from './xapi-queue.ts';
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

/** A record store: keeps statements by id, answers 409 to an id it has, and can be cut off. */
function lrs() {
  const kept: Statement[] = [];
  const store = {
    kept,
    down: false,
    /** The next request is stored but its reply is lost. */
    loseReply: false,
    refuse: null as number | null,
    send: async (batch: Statement[]): Promise<Sent> => {
      if (store.down) return { kind: 'unreachable' };
      if (store.refuse) return { kind: 'refused', reason: `HTTP ${store.refuse}` };
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

  it('sets aside a batch the store refuses, says why once per batch, and goes on with the rest', async () => {
    const store = lrs();
    const told: string[] = [];
    const q = new StatementQueue(memory(), store.send, (reason, n) => told.push(`${reason} (${n})`));
    store.refuse = 400;
    q.add(many(1, 2));
    expect(await q.flush()).toBe('sent');
    expect(q.refused).toBe(2);
    expect(told).toEqual(['HTTP 400 (2)']);
    store.refuse = null;
    q.add(many(3, 2));
    await q.flush();
    expect(store.kept.map((s) => s.id)).toEqual(many(3, 2).map((s) => s.id));
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
