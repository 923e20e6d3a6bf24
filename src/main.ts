/**
 * The entry: the title comes up from a few kilobytes of script, and the game
 * (story, engine, overlay: app.ts) loads behind it at once. Phaser's world
 * follows once the game is up. See shell.ts.
 */
import '@fontsource/atkinson-hyperlegible-next/latin-400.css';
import '@fontsource/atkinson-hyperlegible-next/latin-700.css';
import './ui/styles.css';
import { applySettings, loadSettings } from './ui/settings.ts';
import { mountShell } from './ui/shell.ts';
import { openStorage } from './ui/storage.ts';

const saves = openStorage();
const settings = loadSettings(saves.storage);
applySettings(settings);

const root = document.getElementById('app')!;

// A facilitator's pages (setting up a workshop, the room's dashboard, the guide) need neither the title nor the world.
if (/[?&]workshop=/.test(location.search)) {
  root.textContent = 'Loading the workshop tools…';
  import('./ui/workshop/facilitator.ts')
    .then(({ mountFacilitator }) => mountFacilitator(root, saves.storage))
    .catch(() => {
      root.textContent =
        'The workshop tools could not be loaded: the network may have dropped. Reload the page to try again.';
    });
} else if (/[?&]try=/.test(location.search)) {
  // A trial of a facilitator's own scene, from the page it is written on (`?workshop=write`).
  root.textContent = 'Loading your scene…';
  import('./ui/author/trial.ts')
    .then(({ startTrial }) => startTrial(root, saves.storage, settings))
    .catch(() => {
      root.textContent = 'Your scene could not be loaded: the network may have dropped. Reload the page to try again.';
    });
} else {
  const shell = mountShell(root, saves);
  import('./app.ts').then(({ boot }) => boot(root, saves, settings, shell)).catch(() => shell.failed());
}
