// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILDINGS } from '../src/engine/rules/quarter.ts';
import { PLACES } from '../src/engine/rules/types.ts';
import { BACKDROP_URLS, HEIGHT, MAP_BASES, MAP_SPOTS, SITE_MAP_URL, WIDTH } from './assets.ts';
import { MOVED_SPOTS, spotsFor } from './spots.ts';

const siteMap = readFileSync(new URL('../assets/map/site.svg', import.meta.url), 'utf8');

/** The centre of each `<circle id="spot-...">` in the site map. */
function spotsInSvg(svg: string): Map<string, { x: number; y: number }> {
  const spots = new Map<string, { x: number; y: number }>();
  for (const [tag] of svg.matchAll(/<circle\b[^>]*>/g)) {
    const id = /\bid="spot-([a-z]+(?:-[a-z]+)?)"/.exec(tag)?.[1];
    const cx = /\bcx="(-?[\d.]+)"/.exec(tag)?.[1];
    const cy = /\bcy="(-?[\d.]+)"/.exec(tag)?.[1];
    if (id && cx && cy) spots.set(id, { x: Number(cx), y: Number(cy) });
  }
  return spots;
}

describe('assets', () => {
  it('has a backdrop for every place', () => {
    for (const place of PLACES) expect(BACKDROP_URLS[place], place).toMatch(/\.svg|^data:image\/svg\+xml/);
    expect(SITE_MAP_URL).toMatch(/site.*\.svg|^data:image\/svg\+xml/);
  });

  it('puts each map marker on its spot in the site map', () => {
    expect(siteMap).toContain(`viewBox="0 0 ${WIDTH} ${HEIGHT}"`);
    const spots = spotsInSvg(siteMap);
    for (const place of PLACES) expect(MAP_SPOTS[place], place).toEqual(spots.get(place));
    for (const [place, moved] of Object.entries(MOVED_SPOTS))
      for (const [building, spot] of Object.entries(moved)) expect(spot).toEqual(spots.get(`${place}-${building}`));
  });

  it('draws the finance office in the main block once it has moved there, and only then', () => {
    // Co-located, the plan said the finance office was in the main block and an hour away, and the map still
    // drew it across the road in Riverside House.
    const inMain = spotsFor(['colocate']).finance;
    expect(inMain).not.toEqual(MAP_SPOTS.finance);
    // Inside the main block's roof (x 110–710, y 130–530 in site.svg).
    expect(inMain.x).toBeGreaterThan(110);
    expect(inMain.x).toBeLessThan(710);
    expect(inMain.y).toBeGreaterThan(130);
    expect(inMain.y).toBeLessThan(530);
    expect(spotsFor([])).toEqual(MAP_SPOTS);
    expect(spotsFor(['walkrounds']).finance).toEqual(MAP_SPOTS.finance);
  });

  it('keeps every marker and route start on the map', () => {
    for (const p of [...PLACES.map((place) => MAP_SPOTS[place]), ...BUILDINGS.map((b) => MAP_BASES[b])]) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(WIDTH);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(HEIGHT);
    }
  });
});
