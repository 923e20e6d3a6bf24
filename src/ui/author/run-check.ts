/**
 * Where a facilitator's scene is checked: in a worker, so the page stays responsive for the second it
 * takes here (three or four on a slow work PC; the page says "Checking…", and a screen reader can read
 * it); on the page itself where the browser gives no worker. The one-file copy has no checker at all
 * (`no-compile.ts` stands in for it), so it never starts a worker.
 */
import { afterPaint } from '../after-paint.ts';
import type { SceneCheck } from './compile.ts';

export async function runCheck(text: string): Promise<SceneCheck> {
  if (import.meta.env.MODE !== 'single' && typeof Worker === 'function') {
    try {
      const { default: CheckWorker } = await import('./check-worker.ts?worker');
      return await new Promise<SceneCheck>((resolve, reject) => {
        const worker = new CheckWorker();
        worker.onmessage = (event: MessageEvent<SceneCheck>) => {
          worker.terminate();
          resolve(event.data);
        };
        worker.onerror = (event) => {
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
