// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { PLACES } from '../src/engine/rules/types.ts';
import { Channel } from '../src/ui/channel.ts';
import { dashes, EMPTY_SELECTION, PlanWatch, routePoints, spotAt, toLogical, type Point } from './map.ts';

describe('the plan screen’s selection, as the map keeps it', () => {
  it('keeps the latest selection and tells subscribers until destroyed', () => {
    const channel = new Channel();
    const watch = new PlanWatch(channel);
    const seen = vi.fn();
    const off = watch.subscribe(seen);
    expect(watch.selection).toBe(EMPTY_SELECTION);

    channel.send('planSelection', { visits: ['cafe'], base: 'main' });
    expect(watch.selection).toEqual({ visits: ['cafe'], base: 'main' });
    expect(seen).toHaveBeenCalledTimes(1);

    watch.clear();
    expect(watch.selection).toBe(EMPTY_SELECTION);
    expect(seen).toHaveBeenCalledTimes(2);
    watch.clear();
    expect(seen).toHaveBeenCalledTimes(2);

    off();
    channel.send('planSelection', { visits: ['ed'], base: 'main' });
    expect(seen).toHaveBeenCalledTimes(2);
    expect(watch.selection.visits).toEqual(['ed']);

    watch.destroy();
    channel.send('planSelection', { visits: ['exec'], base: 'main' });
    expect(watch.selection.visits).toEqual(['ed']);
  });
});

describe('map geometry', () => {
  const spots = Object.fromEntries(PLACES.map((p, i) => [p, { x: 100 + i * 100, y: 200 }])) as Record<
    (typeof PLACES)[number],
    Point
  >;

  it('maps client coordinates on a scaled canvas to the logical world', () => {
    const rect = { left: 10, top: 20, width: 640, height: 360 };
    expect(toLogical({ x: 330, y: 200 }, rect, { width: 1280, height: 720 })).toEqual({ x: 640, y: 360 });
    expect(toLogical({ x: 0, y: 0 }, { ...rect, width: 0 }, { width: 1280, height: 720 })).toBeNull();
  });

  it('finds the nearest marker within reach, and nothing elsewhere', () => {
    expect(spotAt(spots, { x: 104, y: 210 }, 30)).toBe(PLACES[0]);
    expect(spotAt(spots, { x: 160, y: 200 }, 70)).toBe(PLACES[1]);
    expect(spotAt(spots, { x: 150, y: 300 }, 30)).toBeNull();
  });

  it('bows a route between its ends', () => {
    const points = routePoints({ x: 0, y: 0 }, { x: 100, y: 0 }, 0.2, 10);
    expect(points[0]).toEqual({ x: 0, y: 0 });
    expect(points.at(-1)).toEqual({ x: 100, y: 0 });
    expect(Math.min(...points.map((p) => p.y))).toBeLessThan(-5);
  });

  it('dashes a line, stopping short of both ends', () => {
    const line = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    const cut = dashes(line, 10, 5, 20, 20);
    expect(cut.length).toBe(4);
    expect(cut[0]).toEqual([
      { x: 20, y: 0 },
      { x: 30, y: 0 },
    ]);
    expect(cut.at(-1)![1].x).toBeLessThanOrEqual(80);
    for (const [a, b] of cut) expect(b.x - a.x).toBeLessThanOrEqual(10);
    expect(dashes(line, 10, 5, 60, 60)).toEqual([]);
    expect(dashes([{ x: 0, y: 0 }], 10, 5)).toEqual([]);
  });

  it('keeps the dashes on a curve', () => {
    const points = routePoints({ x: 0, y: 0 }, { x: 300, y: 100 });
    for (const [a, b] of dashes(points, 12, 8, 10, 10)) {
      expect(Math.hypot(b.x - a.x, b.y - a.y)).toBeLessThanOrEqual(12.0001);
    }
  });
});
