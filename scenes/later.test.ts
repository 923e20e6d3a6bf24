// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createGameStore } from '../src/engine/run/store.ts';
import { afterPaintQueue, paintFirst } from './later.ts';

describe('the world hears of changes after the page has painted them', () => {
  it('delivers each change later, in order, and never after unsubscribing', () => {
    const store = createGameStore();
    const pending: (() => void)[] = [];
    const world = paintFirst(
      store,
      afterPaintQueue((flush) => pending.push(flush)),
    );
    const seen: number[] = [];
    const off = world.subscribe(
      (s) => s.week,
      (week) => seen.push(week),
    );
    store.setState({ week: 2 });
    store.setState({ week: 3 });
    expect(seen).toEqual([]); // nothing inside the task that changed the store
    expect(pending).toHaveLength(1); // one flush, however many changes
    expect(world.getState().week).toBe(3); // reading is immediate
    pending.shift()!();
    expect(seen).toEqual([2, 3]);
    store.setState({ week: 4 });
    off();
    pending.shift()!();
    expect(seen).toEqual([2, 3]);
  });

  it('keeps the store’s changes and the overlay’s messages in the order they happened', () => {
    const store = createGameStore();
    const pending: (() => void)[] = [];
    const later = afterPaintQueue((flush) => pending.push(flush));
    const world = paintFirst(store, later);
    const heard: string[] = [];
    world.subscribe(
      (s) => s.week,
      (week) => heard.push(`week ${week}`),
    );
    later(() => heard.push('line 1'));
    store.setState({ week: 5 });
    later(() => heard.push('line 2'));
    pending.shift()!();
    expect(heard).toEqual(['line 1', 'week 5', 'line 2']);
  });
});
