// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createGameStore } from '../src/engine/run/store.ts';
import { paintFirst } from './later.ts';

describe('the world hears of changes after the page has painted them', () => {
  it('delivers each change later, in order, and never after unsubscribing', () => {
    const store = createGameStore();
    const pending: (() => void)[] = [];
    const world = paintFirst(store, (run) => pending.push(run));
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
});
