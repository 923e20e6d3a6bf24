/**
 * Where there is no graphics card, every frame of the world is drawn in software, pixel by pixel, and the
 * stage shows the world far smaller than its logical 1280 × 720 (about 570 px wide on a laptop, 360 on a
 * phone). There the canvas is given only the pixels it is shown at (see `backingWidth`), and each scene's
 * camera zooms so that its 1280 × 720 of world coordinates still fill it: a frame costs a fraction of the
 * page's time, and looks as it did when the browser scaled the full-size canvas down.
 */
import type * as Phaser from 'phaser';
import { HEIGHT, WIDTH } from './assets.ts';

/** Below this many pixels wide the stage is folded away (a pixel on the title and role screens). */
const HIDDEN = 64;

/**
 * The canvas width for a stage of `box` CSS pixels at `dpr` device pixels each: the width the world is shown
 * at (fitted 16:9 inside the box), never above the logical width; null when the stage is folded away.
 */
export function backingWidth(box: { width: number; height: number }, dpr: number): number | null {
  const shown = Math.min(box.width, (box.height * WIDTH) / HEIGHT) * (dpr > 0 ? dpr : 1);
  if (!(shown >= HIDDEN)) return null;
  return Math.min(WIDTH, Math.ceil(shown));
}

/** The height that keeps the world's proportions at `width`. */
export function backingHeight(width: number): number {
  return Math.round((width * HEIGHT) / WIDTH);
}

/** Zoom a scene's camera so the world's logical 1280 × 720 fills the canvas, whatever its size. */
export function fitCamera(scene: Phaser.Scene): void {
  // A scene not yet started has neither.
  const camera = scene.cameras?.main;
  const width = scene.scale?.width;
  if (!camera || !width) return;
  camera.setZoom(width / WIDTH);
  camera.centerOn(WIDTH / 2, HEIGHT / 2);
}
