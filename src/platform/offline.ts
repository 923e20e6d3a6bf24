/**
 * Offline play (issue 13): the hosted build registers a service worker that
 * precaches every file, so the game plays with the network off after the
 * first visit and can be installed. A new version waits: the learner is told
 * it is ready and chooses when to load it (never in the middle of a scene,
 * unless they press the button), and the game resumes from its autosave.
 *
 * Not inside a learning platform (its frame serves the package itself) and
 * not from file:// or plain http (browsers refuse service workers there).
 */
import { registerSW } from 'virtual:pwa-register';

export function startOffline(
  say: (text: string, action?: { label: string; run: () => void }) => void,
  ready = 'A new version of Common Ground is ready. It loads the next time you open the game; your place is saved after every decision.',
): void {
  if (!('serviceWorker' in navigator)) return;
  const local = location.hostname === 'localhost' || location.hostname === '127.0.0.1';
  if (location.protocol !== 'https:' && !(location.protocol === 'http:' && local)) return;
  const update = registerSW({
    onNeedRefresh: () => say(ready, { label: 'Load it now', run: () => void update(true) }),
    onRegisterError: () => undefined,
  });
}
