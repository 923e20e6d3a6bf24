/** What the world loads, and the few numbers every scene agrees on. */
import type { Place } from '../src/engine/rules/types.ts';
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

export { MAP_BASES, MAP_SPOTS } from './spots.ts';

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
