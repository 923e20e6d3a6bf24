// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CHARACTERS } from '../src/engine/rules/characters.ts';
import { MOODS } from '../src/engine/rules/types.ts';
import { hasPortrait, PORTRAIT_IDS, PORTRAIT_STYLES, portraitDataUri, portraitKey, portraitSvg } from './portraits.ts';

const IDS = ['okafor', 'bello', 'nair', 'achterberg', 'marsh', 'webb', 'cole', 'quinn', 'doyle', 'rao'];

describe('portraitSvg', () => {
  it('has a portrait for every character in the cast, and none for the player', () => {
    expect([...PORTRAIT_IDS].sort()).toEqual([...IDS].sort());
    expect(CHARACTERS.map((c) => c.id).sort()).toEqual([...IDS].sort());
    expect(hasPortrait('you')).toBe(false);
    expect(() => portraitSvg('you', 'neutral')).toThrow();
  });

  it('returns valid, ASCII-only SVG text for all 9 characters x 3 moods', () => {
    for (const id of IDS) {
      for (const mood of MOODS) {
        const svg = portraitSvg(id, mood);
        expect(svg.startsWith('<svg ')).toBe(true);
        expect(svg.endsWith('</svg>')).toBe(true);
        expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
        expect(svg).toMatch(/viewBox="-?\d+ -?\d+ \d+ \d+"/);
        expect(svg).toMatch(/^[\x20-\x7e\t\n\r]*$/);
        // Balanced group tags are a cheap check that the markup is well formed.
        expect(svg.match(/<g[\s>]/g)?.length).toBe(svg.match(/<\/g>/g)?.length);
        expect(svg).toContain(PORTRAIT_STYLES[id as keyof typeof PORTRAIT_STYLES].clothing);
        expect(portraitDataUri(id, mood)).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+$/);
      }
    }
  });

  it('is deterministic', () => {
    for (const id of IDS) {
      for (const mood of MOODS) expect(portraitSvg(id, mood)).toBe(portraitSvg(id, mood));
    }
  });

  it('differs between characters', () => {
    for (const mood of MOODS) {
      const all = IDS.map((id) => portraitSvg(id, mood));
      expect(new Set(all).size).toBe(IDS.length);
    }
  });

  it('differs between moods', () => {
    for (const id of IDS) {
      const all = MOODS.map((mood) => portraitSvg(id, mood));
      expect(new Set(all).size).toBe(MOODS.length);
    }
  });

  it('gives each character a look of their own (clothing and head never both shared)', () => {
    const looks = IDS.map((id) => {
      const s = PORTRAIT_STYLES[id as keyof typeof PORTRAIT_STYLES];
      return `${s.head}/${s.clothing}`;
    });
    expect(new Set(looks).size).toBe(IDS.length);
    expect(new Set(IDS.map((id) => PORTRAIT_STYLES[id as keyof typeof PORTRAIT_STYLES].clothing)).size).toBe(
      IDS.length,
    );
  });

  it('names textures per character and mood', () => {
    expect(portraitKey('okafor', 'worried')).toBe('portrait-okafor-worried');
  });
});
