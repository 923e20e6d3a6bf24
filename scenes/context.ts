/** What the world's scenes are given and share (a module of its own, so the scenes and index.ts need not import each other). */
import type { Screen } from '../src/engine/rules/types.ts';
import type { GameStore } from '../src/engine/run/store.ts';
import type { Channel } from '../src/ui/channel.ts';
import type { IdleLoop } from './idle.ts';
import type { PlanWatch } from './map.ts';

export interface WorldOptions {
  parent: HTMLElement; // a div the overlay gives you; size it to fill it (Scale.FIT, 1280x720 logical)
  store: GameStore; // zustand vanilla store with subscribeWithSelector; READ ONLY
  channel: Channel; // the overlay's messages (lines revealed, the plan's selection) and the map's picks
  reducedMotion: () => boolean; // true => no tweens/shakes: change instantly
  onProgress: (fraction: number) => void; // loading progress 0..1 for the DOM to mirror
  onReady: () => void; // boot finished, world visible
}

/** What the scenes share: the options from the overlay, the loop keeper and the plan screen's selection. */
export interface WorldContext {
  options: WorldOptions;
  idle: IdleLoop | null;
  /** The scene each screen shows (the map while planning, the world otherwise). */
  sceneFor: (screen: Screen) => string;
  /** The DOM plan screen's latest selection, kept for the map. */
  plan: PlanWatch;
  /** Tell the overlay the world is up (only the first call counts). */
  ready: () => void;
}
