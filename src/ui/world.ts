/** The hospital world (Phaser), loaded once the game needs it: the game's own entry and a trial of a facilitator's scene. */
import type { Overlay } from './overlay.ts';

/**
 * Phaser arrives in its own chunk when the world is first needed. The title
 * and the role screen do not show it, so it loads as the player leaves the
 * title: evaluating Phaser is one long task (about 0.6 s on a slow PC, the
 * bench measures it), and the title, where a room waits while the
 * facilitator talks, stays free of it. A saved game resumed from the title
 * loads it the same way.
 */
export function loadWorld(overlay: Overlay, store: Overlay['store']): void {
  overlay.setLoading(0);
  import('../../scenes/index.ts')
    .then(({ startWorld }) => {
      startWorld({
        parent: overlay.stage,
        store,
        channel: overlay.channel,
        reducedMotion: () => overlay.settings().reducedMotion,
        onProgress: (fraction) => overlay.setLoading(fraction < 1 ? fraction : null),
        onReady: () => overlay.setLoading(null),
      });
    })
    .catch(() => {
      overlay.setLoading(null);
      overlay.notify({
        kind: 'info',
        text: 'The hospital pictures could not be loaded (the network may be down). The game plays fully without them.',
      });
    });
}
