/**
 * Where a facilitator's scene is checked: in a worker, so the page stays responsive for the second it
 * takes here (three or four on a slow work PC; the page says "Checking…", and a screen reader can read
 * it); on the page itself where the browser gives no worker. The one-file copy has no checker at all
 * (`no-compile.ts` stands in for it), so it never starts a worker.
 */
import { afterPaint } from '../after-paint.ts';
import type { SceneCheck } from './compile.ts';

/** Longer than any scene takes on a slow PC (about 4 s): a check still running is stuck. */
export const CHECK_LIMIT_MS = 60_000;
export const TOO_LONG =
  'The check was stopped after a minute without an answer: something in the scene keeps ink busy for ever, most likely a divert that loops back on itself with no line of text or choice in between (such as a stitch that diverts to itself). Look at the scene’s diverts (->).';

export async function runCheck(text: string): Promise<SceneCheck> {
  if (import.meta.env.MODE !== 'single' && typeof Worker === 'function') {
    try {
      const { default: CheckWorker } = await import('./check-worker.ts?worker');
      return await new Promise<SceneCheck>((resolve, reject) => {
        const worker = new CheckWorker();
        // A scene that loops without a line of text holds ink's compiler or runtime for ever: stopped, and said.
        // (The browser tests shorten the wait through the page's `commonGroundCheckLimitMs`.)
        const limit = (globalThis as { commonGroundCheckLimitMs?: number }).commonGroundCheckLimitMs ?? CHECK_LIMIT_MS;
        const stop = setTimeout(() => {
          worker.terminate();
          resolve({ json: null, problems: [{ line: null, message: TOO_LONG, kind: 'error' }], knots: [], ms: limit });
        }, limit);
        worker.onmessage = (event: MessageEvent<SceneCheck>) => {
          clearTimeout(stop);
          worker.terminate();
          resolve(event.data);
        };
        worker.onerror = (event) => {
          clearTimeout(stop);
          event.preventDefault();
          worker.terminate();
          reject(new Error(event.message));
        };
        worker.postMessage(text);
      });
    } catch {
      // No worker (a policy, the network): the check runs on the page, and says so only if it cannot load either.
    }
  }
  const { checkScene } = await import('./compile.ts');
  // Once the page has painted what it says, before the long compile.
  await new Promise<void>((resolve) => afterPaint(resolve));
  return checkScene(text);
}
