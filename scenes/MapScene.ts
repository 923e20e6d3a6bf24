/**
 * The plan map: the hospital site from above while the player plans a week.
 * A marker at each place, a highlighted ring on the places the DOM plan screen
 * has selected, and a dashed route to each from the building the player works
 * from. No words: the DOM screen says all of it, and is the control; a click
 * or tap on a marker only asks it to toggle that place (`mapPick` on the channel).
 *
 * Drawn once and redrawn only when the selection (or the pointer's marker)
 * changes, so the loop sleeps while the player reads.
 */
import * as Phaser from 'phaser';
import { baseBuilding, type Building } from '../src/engine/rules/quarter.ts';
import type { ViewState } from '../src/engine/run/store.ts';
import { PLACES, type Place } from '../src/engine/rules/types.ts';
import { HEIGHT, MAP_BASES, PALETTE, SITE_MAP_KEY, WIDTH } from './assets.ts';
import { spotsFor } from './spots.ts';
import { followScreen } from './follow.ts';
import { fitCamera } from './fit.ts';
import { dashes, routePoints, spotAt, toLogical, type PlanSelection } from './map.ts';
import type { WorldContext } from './context.ts';

export const MAP_SCENE = 'map';

const FADE_MS = 250;

/** Marker sizes, in the map's 1280x720 space. */
const MARKER_RADIUS = 17;
const SELECTED_RING = MARKER_RADIUS + 9;
/** Generous, so a tap on a small screen still lands: this, in the map's space, or a finger's 22 CSS px. */
const HIT_RADIUS = 38;
const FINGER_PX = 22;
const BASE_RADIUS = 13;

const DASH = 14;
const GAP = 9;

/** Where the player works from, as the store has it (used until the plan screen says). */
function storeBase(s: Pick<ViewState, 'role' | 'structures'>): Building {
  return baseBuilding(s.role ?? 'clinician', s.structures);
}

export class MapScene extends Phaser.Scene {
  private unsubscribers: Array<() => void> = [];
  private routes!: Phaser.GameObjects.Graphics;
  private markers!: Phaser.GameObjects.Graphics;
  private selection: PlanSelection = { visits: [], base: null };
  private fallbackBase: Building = 'main';
  /** Each place's marker, in the building the quarter's structures have put it in. */
  private spots = spotsFor([]);
  private hovered: Place | null = null;
  private canvas: HTMLCanvasElement | null = null;

  constructor(private readonly world: WorldContext) {
    super({ key: MAP_SCENE });
  }

  init(): void {
    this.unsubscribers = [];
    this.hovered = null;
    this.canvas = null;
  }

  create(): void {
    const { store } = this.world.options;
    fitCamera(this);
    this.selection = this.world.plan.selection;
    this.fallbackBase = storeBase(store.getState());
    this.spots = spotsFor(store.getState().structures);

    const ground = this.makeGround().setDepth(0);
    this.routes = this.add.graphics().setDepth(1);
    this.markers = this.add.graphics().setDepth(2);
    this.draw();

    if (!this.reduced()) {
      for (const object of [ground, this.routes, this.markers]) object.setAlpha(0);
      this.tweens.add({
        targets: [ground, this.routes, this.markers],
        alpha: 1,
        duration: FADE_MS,
        ease: 'Sine.easeInOut',
      });
    }

    this.unsubscribers.push(
      this.world.plan.subscribe((selection) => {
        this.selection = selection;
        this.draw();
      }),
      store.subscribe(storeBase, (base) => {
        this.fallbackBase = base;
        this.draw();
      }),
      store.subscribe(
        (s) => s.structures.join(' '),
        () => {
          this.spots = spotsFor(store.getState().structures);
          this.draw();
        },
      ),
    );
    this.listen(this.game.canvas);

    // Every other screen shows the world: hand back when the plan closes.
    this.unsubscribers.push(followScreen(this, this.world));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.release, this);
    this.events.once(Phaser.Scenes.Events.DESTROY, this.release, this);

    this.game.events.once(Phaser.Core.Events.POST_RENDER, this.world.ready);
    this.world.idle?.enable();
  }

  /** Stop listening to the store, the plan screen and the pointer. */
  release(): void {
    for (const off of this.unsubscribers.splice(0)) off();
    if (this.canvas) {
      this.canvas.removeEventListener('click', this.onClick);
      this.canvas.removeEventListener('pointermove', this.onPointerMove);
      this.canvas.removeEventListener('pointerleave', this.onPointerLeave);
      this.canvas.style.cursor = '';
      this.canvas = null;
    }
  }

  private reduced(): boolean {
    try {
      return this.world.options.reducedMotion();
    } catch {
      return true;
    }
  }

  // ---------------------------------------------------------------- pointer

  /**
   * Phaser's own input is off (the canvas takes no keyboard and nothing else
   * needs the pointer), so listen on the element: it works while the loop sleeps.
   */
  private listen(canvas: HTMLCanvasElement | null): void {
    if (!canvas) return;
    this.canvas = canvas;
    canvas.addEventListener('click', this.onClick);
    canvas.addEventListener('pointermove', this.onPointerMove);
    canvas.addEventListener('pointerleave', this.onPointerLeave);
  }

  private placeAt(event: MouseEvent): Place | null {
    if (!this.canvas) return null;
    const rect = this.canvas.getBoundingClientRect();
    const p = toLogical({ x: event.clientX, y: event.clientY }, rect, { width: WIDTH, height: HEIGHT });
    // On a phone the map is drawn at about a quarter of its size: a marker's reach stays a finger's.
    return p ? spotAt(this.spots, p, Math.max(HIT_RADIUS, (FINGER_PX * WIDTH) / rect.width)) : null;
  }

  private readonly onClick = (event: MouseEvent): void => {
    const place = this.placeAt(event);
    if (place) this.world.options.channel.send('mapPick', place);
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    this.hover(this.placeAt(event));
  };

  private readonly onPointerLeave = (): void => this.hover(null);

  private hover(place: Place | null): void {
    if (place === this.hovered) return;
    this.hovered = place;
    if (this.canvas) this.canvas.style.cursor = place ? 'pointer' : '';
    this.draw();
  }

  // ---------------------------------------------------------------- drawing

  private makeGround(): Phaser.GameObjects.Image | Phaser.GameObjects.Graphics {
    if (this.textures.exists(SITE_MAP_KEY)) {
      return this.add.image(0, 0, SITE_MAP_KEY).setOrigin(0, 0).setDisplaySize(WIDTH, HEIGHT);
    }
    // The map did not load: plain grounds in the same palette, so the markers still read.
    const g = this.add.graphics();
    g.fillStyle(0xe3ebdc, 1);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.fillStyle(PALETTE.track, 1);
    g.fillRoundedRect(40, 40, WIDTH - 80, HEIGHT - 80, 24);
    return g;
  }

  private draw(): void {
    const visits = this.selection.visits;
    const base = MAP_BASES[this.selection.base ?? this.fallbackBase];

    const r = this.routes;
    r.clear();
    for (const place of visits) {
      const cut = dashes(routePoints(base, this.spots[place]), DASH, GAP, BASE_RADIUS + 6, SELECTED_RING + 4);
      // A pale casing under each dash keeps the route readable over any part of the map.
      r.lineStyle(9, PALETTE.white, 0.85);
      for (const [a, b] of cut) r.lineBetween(a.x, a.y, b.x, b.y);
      r.lineStyle(5, PALETTE.teal, 1);
      for (const [a, b] of cut) r.lineBetween(a.x, a.y, b.x, b.y);
    }

    const g = this.markers;
    g.clear();
    // Where the player works from: a small ink diamond.
    const d = BASE_RADIUS + 3;
    const diamond = [
      new Phaser.Math.Vector2(base.x, base.y - d),
      new Phaser.Math.Vector2(base.x + d, base.y),
      new Phaser.Math.Vector2(base.x, base.y + d),
      new Phaser.Math.Vector2(base.x - d, base.y),
    ];
    g.fillStyle(PALETTE.white, 1);
    g.fillCircle(base.x, base.y, d + 4);
    g.fillStyle(PALETTE.ink, 1);
    g.fillPoints(diamond, true);

    for (const place of PLACES) {
      const { x, y } = this.spots[place];
      const selected = visits.includes(place);
      const hovered = place === this.hovered;
      if (selected) {
        g.fillStyle(PALETTE.amber, 0.28);
        g.fillCircle(x, y, SELECTED_RING + 4);
        g.lineStyle(6, PALETTE.amber, 1);
        g.strokeCircle(x, y, SELECTED_RING);
      } else if (hovered) {
        g.lineStyle(4, PALETTE.ink, 0.45);
        g.strokeCircle(x, y, SELECTED_RING - 2);
      }
      g.fillStyle(selected ? PALETTE.teal : PALETTE.white, 1);
      g.fillCircle(x, y, MARKER_RADIUS);
      g.lineStyle(4, selected ? PALETTE.white : PALETTE.teal, 1);
      g.strokeCircle(x, y, MARKER_RADIUS - 5);
      g.lineStyle(3, PALETTE.teal, 1);
      g.strokeCircle(x, y, MARKER_RADIUS);
    }
    this.world.idle?.wake();
  }
}
