/**
 * The check of a facilitator's scene, off the page's main thread: compiling the game's whole story with the
 * scene takes a second on this machine and three or four on a slow work PC, and the page stays responsive
 * (and its "Checking…" read out) meanwhile. Each message is a scene's text; each answer its `SceneCheck`.
 */
import { checkScene } from './compile.ts';

self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(checkScene(event.data));
};
