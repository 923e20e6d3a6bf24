/**
 * A trial of a facilitator's own scene (`?try=clinician&level=…&knot=…`): the
 * scene kept by the write page is compiled with the game's story and played
 * as the first scene of a quarter, in the real game (the overlay, the meters,
 * the world), as the role asked for, under the hidden level asked for. Its
 * game lives in memory: the player's own saved game and kept runs are never
 * read or written. The scene's end leads back to the page it was written on.
 */
import { Game } from '../../engine/run/game.ts';
import { type Role } from '../../engine/rules/types.ts';
import { otherRole } from '../../engine/rules/quarter.ts';
import { h } from '../dom.ts';
import { ROLE_POST } from '../../engine/rules/prose.ts';
import { memoryStorage } from '../memory-storage.ts';
import { mountOverlay } from '../overlay.ts';
import { SETTINGS_KEY, type Settings } from '../settings.ts';
import { openStorage } from '../storage.ts';
import { baseUrl, workshopLink } from '../workshop/session.ts';
import { loadWorld } from '../world.ts';
import { runCheck } from './run-check.ts';
import { DRAFT_KEY, readTrial, seedFor, trialLink } from './trial-link.ts';

/**
 * The trial's storage: its game and anything it keeps in memory, but the settings (text size, sound, motion)
 * in the browser's own, so Larger text set for a projector stays set for the next trial and the game.
 */
function trialStorage(own: Storage | null): Storage {
  const memory = memoryStorage();
  const place = (key: string): Storage => (key === SETTINGS_KEY && own ? own : memory);
  return {
    get length() {
      return memory.length;
    },
    clear: () => memory.clear(),
    key: (i) => memory.key(i),
    getItem: (key) => place(key).getItem(key),
    setItem: (key, value) => place(key).setItem(key, value),
    removeItem: (key) => place(key).removeItem(key),
  };
}

export async function startTrial(root: HTMLElement, storage: Storage | null, settings: Settings): Promise<void> {
  const trial = readTrial(location.search) ?? {
    role: 'clinician' as const,
    level: 'random' as const,
    knot: null,
    here: true,
  };
  const back = workshopLink(baseUrl(location), 'write');
  const stop = (heading: string, text: string): void => {
    document.title = `${heading} — Common Ground`;
    root.replaceChildren(
      h(
        'main',
        { id: 'main', class: 'panel trial-stopped' },
        h('h1', { tabindex: -1 }, heading),
        h('p', {}, text),
        h('p', {}, h('a', { class: 'button primary', href: back }, 'Back to your scene')),
      ),
    );
    root.querySelector<HTMLElement>('h1')?.focus();
  };
  let draft: string | null;
  try {
    draft = storage?.getItem(DRAFT_KEY) ?? null;
  } catch {
    draft = null;
  }
  if (!draft?.trim()) {
    stop(
      'No scene to play',
      'This browser holds no scene of your own: write one, or open your .ink file, on the page where scenes are checked, and play it from there.',
    );
    return;
  }
  root.textContent =
    'Putting your scene into the game: it is compiled with the game’s whole story first (a few seconds).';
  const checked = await runCheck(draft);
  if (!checked.json && import.meta.env.MODE === 'single') {
    stop('Your scene needs the hosted game', checked.problems[0]?.message ?? '');
    return;
  }
  if (!checked.json) {
    const errors = checked.problems.filter((p) => p.kind === 'error').length;
    stop(
      'Your scene cannot be played yet',
      `The scene kept in this browser has ${errors === 1 ? 'a problem' : `${errors} problems`} to mend first. The page you wrote it on names ${errors === 1 ? 'it' : 'each'} by its line.`,
    );
    return;
  }
  const knot = checked.knots.find((k) => k.knot === trial.knot) ?? checked.knots[0]!;
  // The trial's game, and anything it keeps, live in memory: the player's own saved game and runs are untouched.
  const saves = openStorage(trialStorage(storage));
  const game = new Game({ story: checked.json, plan: [knot.knot], here: trial.here, slot: saves.slot });
  game.prepare();
  const other = otherRole(trial.role);
  const link = (role: Role): string =>
    trialLink(location, { role, level: trial.level, knot: knot.knot, here: trial.here });
  const overlay = mountOverlay(root, game, saves, settings, undefined, null, null, false, false, {
    back,
    again: link(trial.role),
    otherRole: { href: link(other), label: `Play it as the ${ROLE_POST[other]}` },
  });
  // Said above the game as the game says what matters beyond one screen, with the way back.
  overlay.notify({
    kind: 'info',
    text: `A trial of your own scene, “${knot.title}”, as the ${ROLE_POST[trial.role]}${trial.here ? '' : ', hearing of it second-hand'}${trial.level === 'random' ? '' : `, with the tension at the ${trial.level} level`}. Nothing is saved or sent.`,
    action: { label: 'Back to your scene', run: () => location.assign(back) },
  });
  game.send({ type: 'NEW_GAME' });
  game.send({ type: 'CHOOSE_ROLE', role: trial.role, seed: seedFor(trial.level) });
  game.send({ type: 'BEGIN' });
  loadWorld(overlay, overlay.store);
}
