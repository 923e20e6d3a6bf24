/**
 * An idle game should cost nothing: when no tween is running the game loop is
 * put to sleep (no requestAnimationFrame at all) and woken only when something
 * changes. On a PC without a graphics card WebGL runs in software, so this is
 * the difference between a quiet fan and a busy one.
 */
import * as Phaser from 'phaser';

export class IdleLoop {
  private enabled = false;
  private holdUntil = 0;
  private destroyed = false;

  constructor(private readonly game: Phaser.Game) {
    game.events.on(Phaser.Core.Events.POST_RENDER, this.check, this);
  }

  /** From now on the loop may sleep when nothing moves (called once the world is up). */
  enable(): void {
    this.enabled = true;
    this.wake();
  }

  /** True while the loop is sleeping. */
  get sleeping(): boolean {
    return !this.game.loop.running;
  }

  /**
   * Draw at least one more frame, and keep drawing for `ms` (on top of any
   * running tweens). Safe to call at any time, including mid-frame.
   */
  wake(ms = 0): void {
    if (this.destroyed) return;
    this.holdUntil = Math.max(this.holdUntil, performance.now() + ms);
    const loop = this.game.loop;
    if (!loop.running) {
      // Forget the time spent asleep, so nothing jumps on the first frame back.
      loop.resetDelta();
      loop.wake();
    }
  }

  /** Stop managing the loop (before the game is destroyed). */
  destroy(): void {
    this.destroyed = true;
    this.game.events.off(Phaser.Core.Events.POST_RENDER, this.check, this);
  }

  /** After each frame: sleep if nothing is moving. */
  private check(): void {
    if (!this.enabled || this.destroyed) return;
    if (performance.now() < this.holdUntil) return;
    for (const scene of this.game.scene.getScenes(true)) {
      if (scene.tweens && scene.tweens.getTweens().length > 0) return;
    }
    this.game.loop.sleep();
  }
}
