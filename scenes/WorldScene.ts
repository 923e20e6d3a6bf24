/**
 * Draws the world from the store: the backdrop of the current place, the two
 * people in the conversation, and a small burst when a headline meter moves.
 * Holds no game state: everything here is derived from the store and thrown
 * away when the scene shuts down.
 */
import * as Phaser from 'phaser';
import { shallow } from 'zustand/vanilla/shallow';
import { headline } from '../src/engine/rules/meters.ts';
import type { Line } from '../src/engine/rules/rules.ts';
import type { ViewState } from '../src/engine/run/store.ts';
import { HEADLINE_METERS, type HeadlineMeter, type Place } from '../src/engine/rules/types.ts';
import { backdropKey, HEIGHT, METER_ACCENTS, PORTRAIT_TEXTURE, WIDTH } from './assets.ts';
import { type Actor, type Cast, castFor, EMPTY_CAST, SIDES, type Side, type StageInput } from './cast.ts';
import type { WorldContext } from './context.ts';
import { followScreen } from './follow.ts';
import { fitCamera } from './fit.ts';
import { portraitKey } from './portraits.ts';

export const WORLD_SCENE = 'world';

/** Timings (ms): short and purposeful. */
const FADE_MS = 250;
const ENTER_MS = 260;
const EXIT_MS = 200;
const LIGHT_MS = 200;
const BOB_MS = 110;
const BURST_MS = 750;

/** How dim the room is behind the title, role and briefing screens. */
const DIM_ALPHA = 0.3;
const DIM_COLOUR = 0x1d2a33;

/** Busts run a little below the bottom edge, so a bob never shows where they are cut off. */
const BASE_Y = HEIGHT + 14;
/** Where people stand: centred in the lower-left and lower-right thirds. */
const SLOT_X: Record<Side, number> = { left: WIDTH / 6 + 24, right: (WIDTH * 5) / 6 - 24 };
/** Where meter bursts rise, in HUD order across the top edge. */
const BURST_X: Record<HeadlineMeter, number> = { budget: WIDTH / 6, care: WIDTH / 2, trust: (WIDTH * 5) / 6 };

/**
 * A dimmed (listening) portrait: a little smaller and faded into the room's
 * light. Screen-tinting with a warm haze lifts every skin tone and line alike,
 * where darkening would swallow the features of darker-skinned characters.
 */
const DIM_SCALE = 0.94;
const DIM_HAZE = [0x46, 0x42, 0x3a] as const;
const DIM_ALPHA_CANVAS = 0.7;

interface Backdrop {
  place: Place;
  object: Phaser.GameObjects.Image | Phaser.GameObjects.Graphics;
}

interface Figure {
  actor: Actor;
  image: Phaser.GameObjects.Image;
  /** 1 = speaking (lit), 0 = listening (dimmed). */
  light: number;
  lightTween: Phaser.Tweens.Tween | null;
}

/** The screens that show the room but not a conversation. */
function roomFor(state: Pick<ViewState, 'screen' | 'place'>): { place: Place; dim: boolean } {
  if (state.screen === 'scene') return { place: state.place ?? 'ward', dim: false };
  if (state.screen === 'summary') return { place: state.place ?? 'ward', dim: true };
  return { place: 'ward', dim: true };
}

function stageInput(s: ViewState): StageInput {
  return {
    screen: s.screen,
    week: s.week,
    sceneIndex: s.sceneIndex,
    speaker: s.speaker,
    lines: s.lines,
    earlier: s.earlier,
  };
}

export class WorldScene extends Phaser.Scene {
  private unsubscribers: Array<() => void> = [];
  private backdrop: Backdrop | null = null;
  private dim!: Phaser.GameObjects.Rectangle;
  private cast: Cast = EMPTY_CAST;
  /**
   * The overlay reveals a batch of lines one at a time; the stage follows it,
   * showing only the lines the reader has reached (see showLines).
   */
  private batch: readonly Line[] | null = null;
  private visible: readonly Line[] = [];
  private lastInput: StageInput | null = null;
  private figures: Record<Side, Figure | null> = { left: null, right: null };
  private canTint = true;

  constructor(private readonly world: WorldContext) {
    super({ key: WORLD_SCENE });
  }

  init(): void {
    this.unsubscribers = [];
    this.backdrop = null;
    this.cast = EMPTY_CAST;
    this.figures = { left: null, right: null };
  }

  create(): void {
    const { store } = this.world.options;
    fitCamera(this);
    // The Canvas renderer cannot tint; there a listener is dimmed with alpha instead.
    this.canTint = this.game.renderer.type === Phaser.WEBGL;

    this.dim = this.add.rectangle(0, 0, WIDTH, HEIGHT, DIM_COLOUR, 1).setOrigin(0, 0).setDepth(10).setAlpha(0);

    const state = store.getState();
    const room = roomFor(state);
    this.showBackdrop(room.place, !this.reduced());
    this.dim.setAlpha(room.dim ? DIM_ALPHA : 0);
    this.lastInput = this.visibleInput(stageInput(state));
    this.stageCast(castFor(EMPTY_CAST, null, this.lastInput), true);

    this.unsubscribers.push(
      store.subscribe(roomFor, (next) => this.onRoom(next), {
        equalityFn: (a, b) => a.place === b.place && a.dim === b.dim,
      }),
      store.subscribe(stageInput, (next) => this.restage(this.visibleInput(next)), {
        equalityFn: shallow,
      }),
      store.subscribe(
        (s) => ({ screen: s.screen, ...headline(s.meters) }),
        (next, prev) => this.onMeters(next, prev),
        { equalityFn: shallow },
      ),
    );

    // The plan screen shows the map instead (and back again): hand over when the screen changes.
    this.unsubscribers.push(followScreen(this, this.world));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.release, this);
    this.events.once(Phaser.Scenes.Events.DESTROY, this.release, this);

    this.game.events.once(Phaser.Core.Events.POST_RENDER, this.world.ready);
    this.world.idle?.enable();
  }

  /** The stage as the store has it, cut to the lines the reader has seen so far. */
  private visibleInput(input: StageInput): StageInput {
    if (input.lines !== this.batch) {
      this.batch = input.lines;
      this.visible = input.lines.slice(0, 1);
    }
    return { ...input, lines: this.visible };
  }

  private restage(input: StageInput): void {
    this.stageCast(castFor(this.cast, this.lastInput, input), false);
    this.lastInput = input;
  }

  /** The reader has reached line `count` of the current batch: bring its speaker forward. */
  showLines(count: number): void {
    if (!this.batch || !this.lastInput || count <= this.visible.length) return;
    this.visible = this.batch.slice(0, count);
    this.restage({ ...this.lastInput, lines: this.visible });
  }

  /** Stop listening to the store (on shutdown, destroy, or when the world is torn down). */
  release(): void {
    for (const off of this.unsubscribers.splice(0)) off();
  }

  private reduced(): boolean {
    try {
      return this.world.options.reducedMotion();
    } catch {
      return true;
    }
  }

  /** Something changed: make sure a frame gets drawn (the loop may be asleep). */
  private wake(): void {
    this.world.idle?.wake();
  }

  // ---------------------------------------------------------------- the room

  private onRoom(room: { place: Place; dim: boolean }): void {
    const animate = !this.reduced();
    if (this.backdrop?.place !== room.place) this.showBackdrop(room.place, animate);
    const alpha = room.dim ? DIM_ALPHA : 0;
    this.tweens.killTweensOf(this.dim);
    if (animate) this.tweens.add({ targets: this.dim, alpha, duration: FADE_MS, ease: 'Sine.easeInOut' });
    else this.dim.setAlpha(alpha);
    this.wake();
  }

  private showBackdrop(place: Place, animate: boolean): void {
    const old = this.backdrop;
    const object = this.makeBackdrop(place).setDepth(old ? 1 : 0);
    this.backdrop = { place, object };
    if (old) this.tweens.killTweensOf(old.object);
    if (animate) {
      object.setAlpha(0);
      this.tweens.add({
        targets: object,
        alpha: 1,
        duration: FADE_MS,
        ease: 'Sine.easeInOut',
        onComplete: () => {
          old?.object.destroy();
          object.setDepth(0);
        },
      });
    } else {
      old?.object.destroy();
      object.setDepth(0);
    }
    this.wake();
  }

  private makeBackdrop(place: Place): Phaser.GameObjects.Image | Phaser.GameObjects.Graphics {
    const key = backdropKey(place);
    if (this.textures.exists(key)) {
      return this.add.image(0, 0, key).setOrigin(0, 0).setDisplaySize(WIDTH, HEIGHT);
    }
    // The picture did not load: a plain room in the same palette, so the game still reads.
    const walls: Record<Place, number> = {
      ward: 0xe3ece6,
      ed: 0xe6e9ec,
      theatres: 0xdfe9ea,
      clinic: 0xeee8dc,
      finance: 0xe4e7ee,
      exec: 0xe2e4ea,
      cafe: 0xf1e4cf,
    };
    const g = this.add.graphics();
    g.fillStyle(walls[place], 1);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.fillStyle(0xd8ccb6, 1);
    g.fillRect(0, HEIGHT * 0.72, WIDTH, HEIGHT * 0.28);
    g.fillStyle(0xffffff, 0.45);
    g.fillRoundedRect(WIDTH * 0.38, HEIGHT * 0.12, WIDTH * 0.24, HEIGHT * 0.3, 12);
    return g;
  }

  // ---------------------------------------------------------------- the people

  /** Bring the figures on stage in line with `next`. */
  private stageCast(next: Cast, first: boolean): void {
    const before = this.cast;
    this.cast = next;
    // The same people in the same moods, the same one speaking: nothing to draw (no frame, no work).
    const same = (a: Actor | null, b: Actor | null): boolean => a?.id === b?.id && a?.mood === b?.mood;
    if (!first && before.active === next.active && SIDES.every((side) => same(before[side], next[side]))) return;
    const animate = !first && !this.reduced();
    for (const side of SIDES) {
      const want = next[side];
      const have = this.figures[side];
      if (!want) {
        if (have) this.exit(side, animate);
        continue;
      }
      if (!have || have.actor.id !== want.id) {
        if (have) this.exit(side, animate);
        this.enter(side, want, next.active === side ? 1 : 0, animate);
        continue;
      }
      if (have.actor.mood !== want.mood) this.changeMood(have, want, animate);
      this.setLight(have, next.active === side ? 1 : 0, animate);
    }
    this.wake();
  }

  private enter(side: Side, actor: Actor, light: number, animate: boolean): void {
    const image = this.add
      .image(SLOT_X[side], BASE_Y, portraitKey(actor.id, actor.mood))
      .setOrigin(0.5, 1)
      .setDisplaySize(PORTRAIT_TEXTURE.width, PORTRAIT_TEXTURE.height)
      .setDepth(20)
      // The art faces right: whoever stands on the right turns to face the left.
      .setFlipX(side === 'right');
    const figure: Figure = { actor, image, light, lightTween: null };
    this.figures[side] = figure;
    this.applyLight(figure);
    if (animate) {
      const alpha = image.alpha;
      image.setAlpha(0).setY(BASE_Y + 24);
      this.tweens.add({ targets: image, alpha, y: BASE_Y, duration: ENTER_MS, ease: 'Cubic.easeOut' });
    }
  }

  private exit(side: Side, animate: boolean): void {
    const figure = this.figures[side];
    if (!figure) return;
    this.figures[side] = null;
    figure.lightTween?.stop();
    const { image } = figure;
    this.tweens.killTweensOf(image);
    if (!animate) {
      image.destroy();
      return;
    }
    image.setDepth(19);
    this.tweens.add({
      targets: image,
      alpha: 0,
      y: BASE_Y + 24,
      duration: EXIT_MS,
      ease: 'Cubic.easeIn',
      onComplete: () => image.destroy(),
    });
  }

  private changeMood(figure: Figure, actor: Actor, animate: boolean): void {
    figure.actor = actor;
    figure.image.setTexture(portraitKey(actor.id, actor.mood));
    // setTexture resets the frame size; keep the figure the same size.
    this.applyLight(figure);
    if (!animate || this.tweens.isTweening(figure.image)) return;
    this.tweens.add({
      targets: figure.image,
      y: BASE_Y - 10,
      duration: BOB_MS,
      ease: 'Sine.easeOut',
      yoyo: true,
      onComplete: () => figure.image.setY(BASE_Y),
    });
  }

  private setLight(figure: Figure, light: number, animate: boolean): void {
    if (figure.light === light && !figure.lightTween) return;
    figure.lightTween?.stop();
    figure.lightTween = null;
    if (!animate) {
      figure.light = light;
      this.applyLight(figure);
      return;
    }
    figure.lightTween = this.tweens.addCounter({
      from: figure.light,
      to: light,
      duration: LIGHT_MS,
      ease: 'Sine.easeInOut',
      onUpdate: (tween) => {
        figure.light = tween.getValue() ?? light;
        this.applyLight(figure);
      },
      onComplete: () => {
        figure.light = light;
        figure.lightTween = null;
        this.applyLight(figure);
      },
    });
  }

  private applyLight(figure: Figure): void {
    const { image, light } = figure;
    const scale = DIM_SCALE + (1 - DIM_SCALE) * light;
    image.setDisplaySize(PORTRAIT_TEXTURE.width * scale, PORTRAIT_TEXTURE.height * scale);
    if (this.canTint) {
      const [r, g, b] = DIM_HAZE.map((c) => Math.round(c * (1 - light))) as [number, number, number];
      image.setTintMode(Phaser.TintModes.SCREEN).setTint((r << 16) | (g << 8) | b);
    } else {
      image.setAlpha(DIM_ALPHA_CANVAS + (1 - DIM_ALPHA_CANVAS) * light);
    }
  }

  // ---------------------------------------------------------------- the meters

  private onMeters(
    next: { screen: string } & Record<HeadlineMeter, number>,
    prev: { screen: string } & Record<HeadlineMeter, number>,
  ): void {
    // Only changes made in play: not a new run, a loaded save or a screen change.
    if (next.screen !== 'scene' || prev.screen !== 'scene' || this.reduced()) return;
    for (const meter of HEADLINE_METERS) {
      const delta = next[meter] - prev[meter];
      if (delta !== 0) this.burst(meter, delta > 0);
    }
    this.wake();
  }

  /** A small chevron and a puff of dots in the meter's colour, rising (or sinking) near the top edge. */
  private burst(meter: HeadlineMeter, up: boolean): void {
    const colour = METER_ACCENTS[meter];
    const x = BURST_X[meter];
    const from = up ? 100 : 34;
    const to = up ? 34 : 100;
    const dir = up ? -1 : 1;

    const chevron = this.add.graphics({ x, y: from }).setDepth(30);
    // The point of the chevron leads the way it moves.
    const points = [
      new Phaser.Math.Vector2(-18, -8 * dir),
      new Phaser.Math.Vector2(0, 8 * dir),
      new Phaser.Math.Vector2(18, -8 * dir),
    ];
    chevron.lineStyle(12, 0xffffff, 0.9).strokePoints(points);
    chevron.lineStyle(7, colour, 1).strokePoints(points);
    this.tweens.add({
      targets: chevron,
      y: to,
      ease: 'Quad.easeOut',
      duration: BURST_MS,
      onComplete: () => chevron.destroy(),
    });
    // Full strength for the first part, then fade out.
    this.fadeOut(chevron, BURST_MS * 0.4, BURST_MS * 0.6);

    const count = 7;
    for (let i = 0; i < count; i++) {
      const angle = (Math.PI * (i + 0.5)) / count; // a fan across the direction of travel
      const reach = 30 + (i % 3) * 12;
      const dot = this.add
        .circle(x, from, 5 + (i % 2), colour, 1)
        .setStrokeStyle(2, 0xffffff, 0.9)
        .setDepth(30);
      this.tweens.add({
        targets: dot,
        x: x + Math.cos(angle) * reach * 1.7,
        y: from + dir * Math.sin(angle) * reach,
        scale: 0.5,
        ease: 'Quad.easeOut',
        duration: BURST_MS * 0.85,
        onComplete: () => dot.destroy(),
      });
      this.fadeOut(dot, BURST_MS * 0.3, BURST_MS * 0.55);
    }
  }

  private fadeOut(target: Phaser.GameObjects.GameObject, delay: number, duration: number): void {
    this.tweens.add({ targets: target, alpha: 0, delay, duration, ease: 'Sine.easeIn' });
  }
}
