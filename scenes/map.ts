/**
 * The plan map's pure parts: the DOM plan screen's selection events, the
 * dashed routes and the hit test. No Phaser, so they can be tested in Node.
 *
 * The DOM plan screen is the control (keyboard, screen readers, zoom); the map
 * only mirrors it. The screen tells us its selection on the channel
 * (`planSelection`); a click on a marker asks it to toggle a place (`mapPick`).
 */
import { PLACES, type Place } from '../src/engine/rules/types.ts';
import type { Channel, PlanSelection } from '../src/ui/channel.ts';

export type { PlanSelection };

export interface Point {
  x: number;
  y: number;
}

export const EMPTY_SELECTION: PlanSelection = { visits: [], base: null };

/**
 * Keeps the plan screen's latest selection for the lifetime of the world, so a
 * map scene that starts after the screen has spoken still knows it.
 */
export class PlanWatch {
  private current: PlanSelection = EMPTY_SELECTION;
  private readonly listeners = new Set<(selection: PlanSelection) => void>();
  private readonly off: () => void;

  constructor(channel: Channel) {
    this.off = channel.on('planSelection', (next) => this.set(next));
  }

  get selection(): PlanSelection {
    return this.current;
  }

  /** Call `listener` on every change; returns the unsubscribe. */
  subscribe(listener: (selection: PlanSelection) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Forget the selection (the plan screen has closed; the next one starts empty). */
  clear(): void {
    if (this.current !== EMPTY_SELECTION) this.set(EMPTY_SELECTION);
  }

  destroy(): void {
    this.off();
    this.listeners.clear();
  }

  private set(next: PlanSelection): void {
    this.current = next;
    for (const listener of [...this.listeners]) listener(next);
  }
}

/** A pointer position on the canvas element, in the world's logical coordinates. */
export function toLogical(
  client: Point,
  rect: { left: number; top: number; width: number; height: number },
  size: { width: number; height: number },
): Point | null {
  if (rect.width <= 0 || rect.height <= 0) return null;
  return {
    x: ((client.x - rect.left) * size.width) / rect.width,
    y: ((client.y - rect.top) * size.height) / rect.height,
  };
}

/** The place whose marker is nearest to `p`, if within `radius`. */
export function spotAt(spots: Record<Place, Point>, p: Point, radius: number): Place | null {
  let best: Place | null = null;
  let bestDistance = radius;
  for (const place of PLACES) {
    const spot = spots[place];
    const distance = Math.hypot(spot.x - p.x, spot.y - p.y);
    if (distance <= bestDistance) {
      best = place;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * A gently curved route from `from` to `to` (a quadratic curve bowed to the
 * left of the direction of travel by `bend` of its length), as a polyline.
 */
export function routePoints(from: Point, to: Point, bend = 0.15, samples = 32): Point[] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const control = { x: (from.x + to.x) / 2 + dy * bend, y: (from.y + to.y) / 2 - dx * bend };
  const points: Point[] = [];
  for (let i = 0; i <= samples; i++) {
    const t = i / samples;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    points.push({ x: a * from.x + b * control.x + c * to.x, y: a * from.y + b * control.y + c * to.y });
  }
  return points;
}

/**
 * Cut a polyline into dashes of `dash` with `gap` between, leaving `trimStart`
 * and `trimEnd` clear at the ends (so the route stops short of the markers).
 */
export function dashes(
  points: readonly Point[],
  dash: number,
  gap: number,
  trimStart = 0,
  trimEnd = 0,
): Array<[Point, Point]> {
  if (points.length < 2 || dash <= 0 || gap < 0) return [];
  const at: number[] = [0];
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    at.push(at[i - 1]! + Math.hypot(q.x - p.x, q.y - p.y));
  }
  const total = at[at.length - 1]!;
  const end = total - trimEnd;
  let segment = 1;
  const pointAt = (distance: number): Point => {
    while (segment < at.length - 1 && at[segment]! < distance) segment++;
    const p = points[segment - 1]!;
    const q = points[segment]!;
    const span = at[segment]! - at[segment - 1]!;
    const t = span > 0 ? Math.min(1, Math.max(0, (distance - at[segment - 1]!) / span)) : 0;
    return { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t };
  };
  const out: Array<[Point, Point]> = [];
  for (let s = trimStart; s < end; s += dash + gap) {
    const e = Math.min(s + dash, end);
    out.push([pointAt(s), pointAt(e)]);
  }
  return out;
}
