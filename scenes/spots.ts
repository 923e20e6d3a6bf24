/**
 * Where things sit on the site map (assets/map/site.svg, a 1280x720 space).
 * A module of its own, with nothing heavy imported, so the DOM overlay can
 * place the map's name labels without loading the world's art.
 */
import { buildingOf, PLACE_INFO, type Building } from '../src/engine/rules/quarter.ts';
import type { Place, Structure } from '../src/engine/rules/types.ts';

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

/**
 * Where a place's marker sits once a structure has moved it to another building: co-location brings the
 * finance office into the main block's east wing. The centres of the `spot-<place>-<building>` circles.
 */
export const MOVED_SPOTS: Partial<Record<Place, Partial<Record<Building, { x: number; y: number }>>>> = {
  finance: { main: { x: 650, y: 470 } },
};

/** Each place's marker as the quarter's structures have it: in the building the place is in now. */
export function spotsFor(structures: readonly Structure[]): Record<Place, { x: number; y: number }> {
  const spots = { ...MAP_SPOTS };
  for (const place of Object.keys(MOVED_SPOTS) as Place[]) {
    const building = buildingOf(place, structures);
    const moved = building !== PLACE_INFO[place].building ? MOVED_SPOTS[place]?.[building] : undefined;
    if (moved) spots[place] = moved;
  }
  return spots;
}

/** Where each building's routes start from: its entrance on the site map. */
export const MAP_BASES: Record<Building, { x: number; y: number }> = {
  main: { x: 410, y: 530 },
  outpatients: { x: 840, y: 402 },
  riverside: { x: 1120, y: 300 },
};
