/**
 * Loads the backdrops, the site map and the portraits while a progress bar
 * fills: a rounded teal bar on cream, driven by the loader's real progress. No
 * words on the canvas; the overlay mirrors the fraction in the DOM through
 * `onProgress`.
 */
import * as Phaser from 'phaser';
import { fitCamera } from './fit.ts';
import { MOODS, PLACES } from '../src/engine/rules/types.ts';
import {
  BACKDROP_URLS,
  backdropKey,
  HEIGHT,
  PALETTE,
  PORTRAIT_TEXTURE,
  SITE_MAP_KEY,
  SITE_MAP_URL,
  WIDTH,
} from './assets.ts';
import { PORTRAIT_IDS, portraitDataUri, portraitKey } from './portraits.ts';
import { loadableUrl } from './svgdata.ts';
import type { WorldContext } from './context.ts';

export const BOOT_SCENE = 'boot';

const BAR = { width: 360, height: 14, radius: 7 } as const;

export class BootScene extends Phaser.Scene {
  private bar?: Phaser.GameObjects.Graphics;

  constructor(private readonly world: WorldContext) {
    super({ key: BOOT_SCENE });
  }

  preload(): void {
    fitCamera(this);
    this.drawMark();
    this.bar = this.add.graphics();
    this.drawBar(0);
    this.world.options.onProgress(0);

    this.load.on(Phaser.Loader.Events.PROGRESS, (value: number) => {
      this.drawBar(value);
      this.world.options.onProgress(value);
    });
    // A missing picture must not stop the game: the world draws a plain room instead.
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, (file: Phaser.Loader.File) => {
      console.warn(`Common Ground: could not load ${file.key}`);
    });

    for (const place of PLACES) {
      this.load.svg(backdropKey(place), loadableUrl(BACKDROP_URLS[place]), { width: WIDTH, height: HEIGHT });
    }
    this.load.svg(SITE_MAP_KEY, loadableUrl(SITE_MAP_URL), { width: WIDTH, height: HEIGHT });
    for (const id of PORTRAIT_IDS) {
      for (const mood of MOODS) {
        this.load.svg(portraitKey(id, mood), portraitDataUri(id, mood), PORTRAIT_TEXTURE);
      }
    }
  }

  create(): void {
    this.drawBar(1);
    this.world.options.onProgress(1);
    // From here on each scene follows the screen itself (see follow.ts).
    this.scene.start(this.world.sceneFor(this.world.options.store.getState().screen));
  }

  /** The game's mark (two overlapping circles, as in the favicon) above the bar. */
  private drawMark(): void {
    const g = this.add.graphics();
    const cy = HEIGHT / 2 - 52;
    g.fillStyle(PALETTE.teal, 1);
    g.fillCircle(WIDTH / 2 - 11, cy, 20);
    g.fillStyle(PALETTE.amber, 0.85);
    g.fillCircle(WIDTH / 2 + 11, cy, 20);
  }

  private drawBar(fraction: number): void {
    const g = this.bar;
    if (!g) return;
    const x = (WIDTH - BAR.width) / 2;
    const y = (HEIGHT - BAR.height) / 2;
    g.clear();
    g.fillStyle(PALETTE.track, 1);
    g.fillRoundedRect(x, y, BAR.width, BAR.height, BAR.radius);
    const f = Math.min(1, Math.max(0, fraction));
    if (f > 0) {
      // Never narrower than the bar is tall, so the rounded ends stay round.
      const w = Math.max(BAR.height, BAR.width * f);
      g.fillStyle(PALETTE.teal, 1);
      g.fillRoundedRect(x, y, w, BAR.height, BAR.radius);
    }
  }
}
