/**
 * Where things sit on the site map (assets/map/site.svg, a 1280x720 space).
 * A module of its own, with nothing heavy imported, so the DOM overlay can
 * place the map's name labels without loading the world's art.
 */
import type { Building } from '../src/engine/rules/quarter.ts';
import type { Place } from '../src/engine/rules/types.ts';

/**
 * Where each place's marker sits on the site map, in its 1280x720 space: the
 * centres of the `spot-<place>` circles in assets/map/site.svg (a test checks
 * they agree).
 */
export const MAP_SPOTS: Record<Place, { x: number; y: number }> = {
  ward: { x: 270, y: 215 },
  ed: { x: 215, y: 455 },
  theatres: { x: 560, y: 215 },
  clinic: { x: 845, y: 290 },
  finance: { x: 1185, y: 375 },
  exec: { x: 1185, y: 245 },
  cafe: { x: 450, y: 420 },
};

/** Where each building's routes start from: its entrance on the site map. */
export const MAP_BASES: Record<Building, { x: number; y: number }> = {
  main: { x: 410, y: 530 },
  outpatients: { x: 840, y: 402 },
  riverside: { x: 1120, y: 300 },
};
