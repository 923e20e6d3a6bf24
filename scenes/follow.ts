/**
 * Which scene shows follows the store's screen (see `WorldContext.sceneFor`).
 * Each scene watches for itself and hands over when the screen wants the other
 * one; its watch ends when it shuts down, so only the scene showing listens.
 */
import type * as Phaser from 'phaser';
import type { WorldContext } from './context.ts';

/**
 * Call from `create()`. Hands over at once if the screen already wants another
 * scene (it may have changed while this one was starting). Returns the
 * unsubscribe, for the scene's shutdown.
 */
export function followScreen(scene: Phaser.Scene, world: WorldContext): () => void {
  const self = scene.sys.settings.key;
  let leavingFor: string | null = null;
  const follow = (want: string): void => {
    if (want === self || want === leavingFor) return;
    leavingFor = want;
    // Queued: shuts this scene down and starts the other on the next frame.
    scene.scene.start(want);
    world.idle?.wake();
  };
  const { store } = world.options;
  const off = store.subscribe((s) => world.sceneFor(s.screen), follow);
  follow(world.sceneFor(store.getState().screen));
  return off;
}
