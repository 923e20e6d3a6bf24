/**
 * The store as the world sees it: the same state, but it hears of a change
 * only after the page has painted it. A choice or a new line is on screen
 * first; the portraits and the room follow a frame later. On a slow PC the
 * reader never waits for the canvas (issue 11: a choice took 400 ms to paint
 * at 4× CPU throttling while the world redrew inside the same task).
 */
import type { GameStore } from '../src/engine/run/store.ts';

export function paintFirst(
  store: GameStore,
  schedule: (run: () => void) => void = (run) => requestAnimationFrame(() => setTimeout(run, 0)),
): GameStore {
  const queue: (() => void)[] = [];
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    for (const run of queue.splice(0)) run();
  };
  const later = (run: () => void): void => {
    queue.push(run);
    if (scheduled) return;
    scheduled = true;
    schedule(flush);
  };
  const subscribe = (...args: unknown[]): (() => void) => {
    let active = true;
    const wrap =
      (listener: (...values: never[]) => void) =>
      (...values: never[]): void =>
        later(() => {
          if (active) listener(...values);
        });
    const off =
      args.length === 1
        ? store.subscribe(wrap(args[0] as never) as never)
        : store.subscribe(args[0] as never, wrap(args[1] as never) as never, args[2] as never);
    return () => {
      active = false;
      off();
    };
  };
  return { ...store, subscribe: subscribe as GameStore['subscribe'] };
}
