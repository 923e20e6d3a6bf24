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
const shell = mountShell(root, saves);

import('./app.ts').then(({ boot }) => boot(root, saves, settings, shell)).catch(() => shell.failed());
