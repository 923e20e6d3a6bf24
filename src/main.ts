/** Wires the game together: engine, store, DOM overlay, then the Phaser world. */
import '@fontsource/atkinson-hyperlegible-next/latin-400.css';
import '@fontsource/atkinson-hyperlegible-next/latin-700.css';
import './ui/styles.css';
import story from '../stories/main.ink';
import { Game } from './engine/game.ts';
import { mountOverlay, type Overlay } from './ui/overlay.ts';
import { applySettings, loadSettings } from './ui/settings.ts';
import { openStorage } from './ui/storage.ts';

const saves = openStorage();
const settings = loadSettings(saves.storage);
applySettings(settings);

const root = document.getElementById('app')!;

function start(): Overlay | null {
  try {
    const game = new Game({ story, slot: saves.slot, slotUnavailable: saves.unavailableReason ?? undefined });
    return mountOverlay(root, game, saves, settings);
  } catch (error) {
    // Only a story shipped broken can land here; say so rather than show a blank page.
    const main = document.createElement('main');
    const h1 = document.createElement('h1');
    h1.textContent = 'Common Ground could not start';
    const p = document.createElement('p');
    p.textContent = `The story data in this copy of the game is damaged (${error instanceof Error ? error.message : String(error)}). Your saved game is untouched. Please tell whoever gave you the link.`;
    main.append(h1, p);
    root.replaceChildren(main);
    return null;
  }
}

const overlay = start();

/** Phaser arrives in its own chunk once the title screen is already usable. */
function loadWorld(overlay: Overlay, store: Overlay['store']): void {
  import('../scenes/index.ts')
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

if (overlay) requestAnimationFrame(() => setTimeout(() => loadWorld(overlay, overlay.store), 0));
