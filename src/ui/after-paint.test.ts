import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './after-paint.ts';

describe('afterPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** Work handed to `afterPaint`, on fake timers, with frames the test hands out itself (`frame()`). */
  const scheduled = (): { work: ReturnType<typeof vi.fn>; frame: () => void } => {
    vi.useFakeTimers();
    const waiting: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => waiting.push(callback));
    const work = vi.fn();
    afterPaint(work);
    return { work, frame: () => waiting.shift()!() };
  };

  it('runs the work in a task after the next frame, once, and not again at the backstop', () => {
    const { work, frame } = scheduled();
    vi.advanceTimersByTime(0);
    expect(work).not.toHaveBeenCalled(); // no frame yet
    frame();
    expect(work).not.toHaveBeenCalled(); // not inside the frame either
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs the work after half a second when no frame comes (a hidden tab), and not again when one does', () => {
    const { work, frame } = scheduled();
    vi.advanceTimersByTime(499);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    frame();
    vi.advanceTimersByTime(10);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
