/**
 * The one-file copy of the game (a USB stick, a learning platform's package)
 * leaves the ink compiler and the story's sources out, about a sixth of its
 * size: in their place, a stand-in that checks nothing and says why.
 */
import type { SceneCheck } from './compile.ts';

export const NEEDS_HOSTED =
  'Checking and playing a scene of your own needs the game opened from its web address: this one-file copy leaves the ink compiler out to stay small. Your scene is kept in this browser.';

export function checkScene(): SceneCheck {
  return { json: null, problems: [{ line: null, message: NEEDS_HOSTED, kind: 'error' }], knots: [], ms: 0 };
}

/** Nor a worker to run the check in. */
export default class NoCheckWorker {
  constructor() {
    throw new Error(NEEDS_HOSTED);
  }
}
