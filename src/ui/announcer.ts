/** One polite live region for everything the game says aloud. */
import { h } from './dom.ts';

export class Announcer {
  readonly element = h('div', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true', id: 'announcer' });
  private pending: string[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** `first`: said before the rest of the moment (a cause before the meters' changes it made). */
  say(message: string, first = false): void {
    if (first) this.pending.unshift(message);
    else this.pending.push(message);
    if (this.timer) return;
    // Batch what happens in one moment into one announcement.
    this.timer = setTimeout(() => {
      this.element.textContent = this.pending.join(' ');
      this.pending = [];
      this.timer = null;
    }, 120);
  }
}
