/**
 * The world: Phaser scenes that draw the hospital from the store and hold no
 * game state. Loaded with a dynamic `import()` after the title screen is up,
 * so Phaser arrives in its own chunk.
 *
 * All words are DOM: the canvas is hidden from assistive technology, is never
 * focusable and takes no keyboard input. Its only pointer input is a click or
 * tap on a plan-map marker, which asks the DOM plan screen to toggle that place
 * (the screen's checkboxes remain the control).
 *
 * Which scene shows follows the store's screen: the site map (MapScene) while
 * planning a week, the world (WorldScene) otherwise.
 */
import * as Phaser from 'phaser';
import type { Screen } from '../src/engine/rules/types.ts';
import { HEIGHT, PALETTE, WIDTH } from './assets.ts';
import { BootScene } from './BootScene.ts';
import { chooseRenderer } from './renderer.ts';
import { afterPaintQueue, paintFirst } from './later.ts';
import { IdleLoop } from './idle.ts';
import { backingHeight, backingWidth, fitCamera } from './fit.ts';
import { PlanWatch } from './map.ts';
import { MAP_SCENE, MapScene } from './MapScene.ts';
import { WORLD_SCENE, WorldScene } from './WorldScene.ts';
import { type WorldContext } from './context.ts';

import type { WorldOptions } from './context.ts';

export interface World {
  destroy(): void;
}

function hideCanvas(canvas: HTMLCanvasElement | undefined): void {
  if (!canvas) return;
  canvas.setAttribute('aria-hidden', 'true');
  canvas.tabIndex = -1;
}

/** The scene a screen shows. */
function sceneFor(screen: Screen): string {
  return screen === 'plan' ? MAP_SCENE : WORLD_SCENE;
}

export function startWorld(options: WorldOptions): World {
  let announced = false;
  const graphics = chooseRenderer();
  // The words come first: the world hears of changes and revealed lines once the page has painted them.
  const later = afterPaintQueue();
  const context: WorldContext = {
    options: {
      ...options,
      store: paintFirst(options.store, later),
      // Without graphics hardware the world changes without animating (see renderer.ts).
      reducedMotion: () => graphics.software || options.reducedMotion(),
    },
    idle: null,
    sceneFor,
    plan: new PlanWatch(options.channel),
    ready: () => {
      if (announced) return;
      announced = true;
      options.onReady();
    },
  };

  const game = new Phaser.Game({
    type: graphics.renderer,
    parent: options.parent,
    backgroundColor: PALETTE.creamCss,
    banner: false,
    // Never steal focus from the DOM.
    autoFocus: false,
    audio: { noAudio: true },
    render: { antialias: true, powerPreference: 'low-power' },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: WIDTH,
      height: HEIGHT,
      // The overlay owns the page's layout: do not restyle the parent or <body>.
      expandParent: false,
    },
    callbacks: { postBoot: (booted) => hideCanvas(booted.canvas) },
    scene: [new BootScene(context), new WorldScene(context), new MapScene(context)],
  });
  context.idle = new IdleLoop(game);
  // Boot is synchronous once the DOM is ready, so the canvas usually exists already.
  hideCanvas(game.canvas);

  // Without graphics hardware the canvas has only the pixels the stage shows it at (see fit.ts).
  const fitBacking = (): boolean => {
    if (!graphics.software) return false;
    const width = backingWidth(options.parent.getBoundingClientRect(), window.devicePixelRatio);
    if (width === null || width === game.scale.width) return false;
    game.scale.setGameSize(width, backingHeight(width));
    for (const scene of game.scene.getScenes(false)) fitCamera(scene);
    return true;
  };

  // While the loop sleeps Phaser does not poll its parent's size: watch it instead.
  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          if (!game.isBooted) return;
          // refresh() sizes from the last measured parent: measure first (a new size refreshes itself).
          game.scale.getParentBounds();
          if (!fitBacking()) game.scale.refresh();
          context.idle?.wake();
        });
  observer?.observe(options.parent);

  // A window moved to a screen of another pixel density keeps the stage's size, so the observer above does
  // not hear of it: watch the density itself, or the world stays drawn for the old screen (blurred or wasted).
  let density: MediaQueryList | null = null;
  const onDensity = (): void => {
    watchDensity();
    if (game.isBooted && fitBacking()) context.idle?.wake();
  };
  const watchDensity = (): void => {
    density?.removeEventListener('change', onDensity);
    density = typeof matchMedia === 'function' ? matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`) : null;
    density?.addEventListener('change', onDensity);
  };
  watchDensity();

  // A restored WebGL context starts blank: draw a frame.
  const onRestore = (): void => context.idle?.wake();
  game.events.once(Phaser.Core.Events.READY, () => {
    game.renderer?.on(Phaser.Renderer.Events.RESTORE_WEBGL, onRestore);
  });

  // A plan screen that closes takes its selection with it: the next one starts afresh.
  const offPlan = options.store.subscribe(
    (s) => s.screen === 'plan',
    (planning) => {
      if (!planning) context.plan.clear();
    },
  );

  // The portraits follow the reader, one frame behind, through the same queue as the store's changes.
  // The scene wakes the loop only when the stage changes: a line from whoever already speaks draws no
  // frame (on a PC with no graphics card, each frame of the world costs the page about 10 ms at full speed).
  const offReveal = options.channel.on('reveal', (count) =>
    later(() => {
      if (destroyed) return;
      for (const scene of game.scene.getScenes(true)) {
        if (scene instanceof WorldScene) scene.showLines(count);
      }
    }),
  );

  let destroyed = false;
  return {
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      observer?.disconnect();
      density?.removeEventListener('change', onDensity);
      offPlan();
      offReveal();
      context.plan.destroy();
      // Scenes unsubscribe from the store on shutdown/destroy; do it now too, since
      // Phaser destroys a game on its next frame rather than at once.
      for (const scene of game.scene.getScenes(false)) {
        if (scene instanceof WorldScene || scene instanceof MapScene) scene.release();
      }
      context.idle?.destroy();
      context.idle = null;
      game.destroy(true);
      // The loop may be asleep: wake it so the pending destroy actually runs.
      if (game.loop.started && !game.loop.running) game.loop.wake();
    },
  };
}
