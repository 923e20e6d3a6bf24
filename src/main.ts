/** Wires the game together: engine, store, DOM overlay, then the Phaser world. */
import '@fontsource/atkinson-hyperlegible-next/latin-400.css';
import '@fontsource/atkinson-hyperlegible-next/latin-700.css';
import './ui/styles.css';
import story from '../stories/main.ink';
import { Game } from './engine/game.ts';
import { mountOverlay } from './ui/overlay.ts';
import { applySettings, loadSettings } from './ui/settings.ts';
import { openStorage } from './ui/storage.ts';

const saves = openStorage();
const settings = loadSettings(saves.storage);
applySettings(settings);

const game = new Game({ story, slot: saves.slot, slotUnavailable: saves.unavailableReason ?? undefined });
const overlay = mountOverlay(document.getElementById('app')!, game, saves, settings);

/** Phaser arrives in its own chunk once the title screen is already usable. */
function loadWorld(): void {
  import('../scenes/index.ts')
    .then(({ startWorld }) =>
      startWorld({
        parent: overlay.stage,
        store: game.store,
        reducedMotion: () => overlay.settings().reducedMotion,
        onProgress: (fraction) => overlay.setLoading(fraction < 1 ? fraction : null),
        onReady: () => overlay.setLoading(null),
      }),
    )
    .catch(() => {
      overlay.setLoading(null);
      overlay.notify({
        kind: 'info',
        text: 'The hospital pictures could not be loaded (the network may be down). The game plays fully without them.',
      });
    });
}

requestAnimationFrame(() => setTimeout(loadWorld, 0));
