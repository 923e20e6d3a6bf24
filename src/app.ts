/**
 * The game itself, loaded while the title is already up (see main.ts): the
 * story, the engine and the DOM overlay, then the Phaser world.
 */
import story from '../stories/main.ink';
import { Game } from './engine/run/game.ts';
import { mountOverlay, type Overlay } from './ui/overlay.ts';
import type { Settings } from './ui/settings.ts';
import type { Shell } from './ui/shell.ts';
import { ownerOf, type SaveStorage } from './ui/storage.ts';
import { readJoin } from './ui/workshop/session.ts';
import { readPartner } from './ui/pair-devices.ts';
import { connectScorm, learnerOf, openScorm, platformRunId } from './platform/scorm-session.ts';
import { NOT_CONNECTED, packageMark } from './platform/package-mark.ts';
import { findApi } from './platform/find-api.ts';
import type { Scorm } from './platform/scorm.ts';
import { parseSave } from './engine/run/save.ts';
import { startOffline } from './platform/offline.ts';
import { learnerOfLaunch, readXapiLaunch } from './platform/xapi-launch.ts';
import { pageAddress } from './platform/address.ts';
import { recordOf } from './engine/read/record.ts';
import { afterPaint, beforeLeaving } from './ui/after-paint.ts';
import { loadWorld } from './ui/world.ts';

/** The next task: the page may paint and answer a click between the steps of starting up. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Inside a learning platform, the browser's things are the learner's the
 * platform names: a shared PC may hold another learner's game, which is set
 * aside (never deleted) and this learner's brought back. A game saved before
 * any platform named a learner is theirs when it is the run the platform holds.
 */
function learnersOwn(saves: SaveStorage, scorm: Scorm): SaveStorage {
  const learner = learnerOf(scorm);
  if (!learner) return saves;
  const runId = platformRunId(scorm);
  return saves.claimFor(ownerOf(learner), (text) => {
    const parsed = text && runId ? parseSave(text) : null;
    return parsed?.ok === true && parsed.save.state.run.id === runId;
  });
}

async function start(
  root: HTMLElement,
  shared: SaveStorage,
  settings: Settings,
  shell: Shell,
): Promise<Overlay | null> {
  try {
    // Inside a learning platform (even one that will not open a session): no offline copy, no record store.
    const inPlatform = findApi(window as unknown as Parameters<typeof findApi>[0]) !== null;
    const told: string[] = [];
    const scorm = inPlatform ? openScorm((text) => told.push(text)) : null;
    // A learning record store named in the address (a cmi5 launch, or a link with its address and key, which the
    // address bar no longer shows: see address.ts).
    const address = pageAddress();
    const store = inPlatform ? null : readXapiLaunch(address.search, address.hash);
    const storeLearner = store?.ok ? learnerOfLaunch(store.launch) : null;
    // A cmi5 platform keeps no copy of the run to tell a learner's own game by: one saved before a platform named
    // anyone is taken as this learner's, as it was before; from then on each learner's is their own.
    const saves = scorm
      ? learnersOwn(shared, scorm)
      : storeLearner
        ? shared.claimFor(ownerOf(storeLearner), () => true)
        : shared;
    // Reading the story is the longest step: a task of its own, then the overlay in the next.
    // Each autosave is written once the page has painted what the event did; one still waiting is written
    // before the next event, and before the page is hidden or left.
    const game = new Game({
      story,
      slot: saves.slot,
      slotUnavailable: saves.unavailableReason ?? undefined,
      saveLater: afterPaint,
    });
    beforeLeaving(() => game.flushSave());
    await nextTask();
    // A task of its own, while the title waits: the story's one-off check before its first line.
    game.prepare();
    await nextTask();
    const overlay = mountOverlay(
      root,
      game,
      saves,
      settings,
      shell.handOver(),
      readJoin(location.search),
      readPartner(location.search),
      inPlatform,
      scorm !== null && !['review', 'browse'].includes(scorm.get(scorm.keys.mode)),
    );
    for (const text of told) overlay.notify({ kind: 'info', text });
    // Inside a learning platform: resume from its copy of the run, and report to it as the learner plays.
    if (scorm)
      connectScorm(game, story, (text) => overlay.notify({ kind: 'info', text }), scorm, {
        text: saves.read(),
        keep: (state) => overlay.keepRun(recordOf(state)),
      });
    // Hosted on the web: playable offline after this visit, and installable. Never a copy packaged for a platform.
    if (!inPlatform && !packageMark())
      startOffline((text, action) => overlay.notify({ kind: 'info', text, ...(action ? { action } : {}) }));
    // A course packaged for a platform, opened where it cannot reach it: said, rather than played as if never sent.
    if (packageMark() && !inPlatform && !store) overlay.notify({ kind: 'warning', text: NOT_CONNECTED });
    if (store && !store.ok)
      overlay.notify({
        kind: 'info',
        text: `This game will not be recorded in a learning record store: ${store.reason}. Your game is still saved in this browser.`,
      });
    else if (store) {
      const join = readJoin(location.search);
      const say = (text: string) => overlay.notify({ kind: 'info', text });
      const learner = {
        say,
        // The way back to the platform is one of the debrief's own actions; the notice says where it is.
        offerExit: (leave: () => void) => {
          overlay.offerExit({ label: 'Return to the learning platform', run: leave });
          say(
            'Your run is complete. Read the debrief here as long as you like: Return to the learning platform, beside Print a short report, takes you back.',
          );
        },
      };
      import('./platform/xapi-session.ts')
        .then(({ connectXapi }) => connectXapi(game, story, learner, store.launch, join?.ok ? join.join : null))
        .catch((error: unknown) =>
          say(
            `This game will not be recorded in the learning record store (${error instanceof Error && error.message.includes('one-file') ? error.message : 'its part of the game could not be loaded; reload to try again'}). Your game is still saved in this browser.`,
          ),
        );
    }
    return overlay;
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

/** Take over from the title shell; the world follows once the page has painted. */
export async function boot(root: HTMLElement, saves: SaveStorage, settings: Settings, shell: Shell): Promise<void> {
  await nextTask(); // after this chunk has been evaluated
  const overlay = await start(root, saves, settings, shell);
  if (!overlay) return;
  let loading = false;
  const load = (): void => {
    if (loading) return;
    loading = true;
    off();
    requestAnimationFrame(() => setTimeout(() => loadWorld(overlay, overlay.store), 0));
  };
  const off = overlay.store.subscribe(
    (s) => s.screen,
    (screen) => {
      if (screen !== 'title') load();
    },
  );
  if (overlay.store.getState().screen !== 'title') load();
}
