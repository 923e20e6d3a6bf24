// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILDINGS } from '../src/engine/rules/quarter.ts';
import { PLACES } from '../src/engine/rules/types.ts';
import { BACKDROP_URLS, HEIGHT, MAP_BASES, MAP_SPOTS, SITE_MAP_URL, WIDTH } from './assets.ts';

const siteMap = readFileSync(new URL('../assets/map/site.svg', import.meta.url), 'utf8');

/** The centre of each `<circle id="spot-...">` in the site map. */
function spotsInSvg(svg: string): Map<string, { x: number; y: number }> {
  const spots = new Map<string, { x: number; y: number }>();
  for (const [tag] of svg.matchAll(/<circle\b[^>]*>/g)) {
    const id = /\bid="spot-([a-z]+)"/.exec(tag)?.[1];
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
