/**
 * Work that can wait until the page has painted what the player did (an autosave, a note of how far they
 * have read, the world's redraw): it runs after the next frame, or after half a second where no frame comes
 * (a hidden tab draws none). Each call runs its work once.
 */
export function afterPaint(work: () => void): void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    clearTimeout(backstop);
    work();
  };
  const backstop = setTimeout(run, 500);
  requestAnimationFrame(() => setTimeout(run, 0));
}

/** Run `work` as the page is hidden or left: the last moment what waits for `afterPaint` can still be written. */
export function beforeLeaving(work: () => void): void {
  addEventListener('pagehide', work);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') work();
  });
}
