/**
 * The world hears of things only after the page has painted them. A choice
 * or a new line is on screen first; the portraits and the room follow a frame
 * later. On a slow PC the reader never waits for the canvas (issue 11: a
 * choice took 400 ms to paint at 4× CPU throttling while the world redrew
 * inside the same task).
 *
 * One queue carries both the store's changes and the overlay's messages, so
 * the world meets them in the order they happened.
 */
import type { GameStore } from '../src/engine/run/store.ts';
import { afterPaint } from '../src/ui/after-paint.ts';

/** Runs work after the next frame has been painted, in the order it was asked for. */
export type Later = (run: () => void) => void;

export function afterPaintQueue(schedule: (flush: () => void) => void = afterPaint): Later {
  const queue: (() => void)[] = [];
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    for (const run of queue.splice(0)) run();
  };
  return (run) => {
    queue.push(run);
    if (scheduled) return;
    scheduled = true;
    schedule(flush);
  };
}

/** The store as the world sees it: the same state to read, its changes told through `later`. */
export function paintFirst(store: GameStore, later: Later): GameStore {
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
