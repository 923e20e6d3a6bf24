/** What the world loads, and the few numbers every scene agrees on. */
import type { Building } from '../src/engine/quarter.ts';
import type { Place } from '../src/engine/types.ts';
import { PORTRAIT_VIEWBOX } from './portraits.ts';
import wardUrl from '../assets/backdrops/ward.svg?url';
import financeUrl from '../assets/backdrops/finance.svg?url';
import cafeUrl from '../assets/backdrops/cafe.svg?url';
import edUrl from '../assets/backdrops/ed.svg?url';
import theatresUrl from '../assets/backdrops/theatres.svg?url';
import clinicUrl from '../assets/backdrops/clinic.svg?url';
import execUrl from '../assets/backdrops/exec.svg?url';
import siteMapUrl from '../assets/map/site.svg?url';

/** Logical size of the world; Scale.FIT fits it to whatever the overlay gives us. */
export const WIDTH = 1280;
export const HEIGHT = 720;

export const BACKDROP_URLS: Record<Place, string> = {
  ward: wardUrl,
  ed: edUrl,
  theatres: theatresUrl,
  clinic: clinicUrl,
  finance: financeUrl,
  exec: execUrl,
  cafe: cafeUrl,
};

export function backdropKey(place: Place): string {
  return `backdrop-${place}`;
}

/** The hospital site from above (1280x720), shown while the player plans a week. */
export const SITE_MAP_URL: string = siteMapUrl;
export const SITE_MAP_KEY = 'site-map';

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

/** Portrait textures: drawn 1:1 at this size (the art's own proportions), a bust standing on the bottom edge. */
export const PORTRAIT_TEXTURE = {
  width: 400,
  height: Math.round((400 * PORTRAIT_VIEWBOX.height) / PORTRAIT_VIEWBOX.width),
} as const;

/** The calm palette (DESIGN.md "Look and feel"). */
export const PALETTE = {
  cream: 0xf6f1e7,
  creamCss: '#f6f1e7',
  teal: 0x1f6f78,
  track: 0xe4dccb,
  amber: 0xb7791f,
  ink: 0x22313a,
  white: 0xffffff,
} as const;

/** One accent per headline meter. */
export const METER_ACCENTS = {
  budget: 0xb7791f,
  care: 0xc2410c,
  trust: 0x1f6f78,
} as const;
