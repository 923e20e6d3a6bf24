import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './after-paint.ts';

describe('afterPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** Frames the test hands out itself. */
  const frames = (): (() => void)[] => {
    const waiting: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => waiting.push(callback));
    return waiting;
  };

  it('runs the work in a task after the next frame, once, and not again at the backstop', () => {
    vi.useFakeTimers();
    const waiting = frames();
    const work = vi.fn();
    afterPaint(work);
    vi.advanceTimersByTime(0);
    expect(work).not.toHaveBeenCalled(); // no frame yet
    waiting.shift()!();
    expect(work).not.toHaveBeenCalled(); // not inside the frame either
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs the work after half a second when no frame comes (a hidden tab), and not again when one does', () => {
    vi.useFakeTimers();
    const waiting = frames();
    const work = vi.fn();
    afterPaint(work);
    vi.advanceTimersByTime(499);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    waiting.shift()!();
    vi.advanceTimersByTime(10);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
