/**
 * Work that can wait until the page has painted what the player did (an autosave, a note of how far they
 * have read): it runs after the next frame, or after half a second where no frame comes (a hidden tab
 * draws none). Each call runs its work once.
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
