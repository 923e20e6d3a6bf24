import { describe, expect, it } from 'vitest';
import { backingHeight, backingWidth } from './fit.ts';

describe('the world canvas drawn in software', () => {
  it('has the pixels the stage shows it at, fitted 16:9, and never more than the world’s 1280 × 720', () => {
    // A laptop's stage, as wide as the column allows.
    expect(backingWidth({ width: 574, height: 323 }, 1)).toBe(574);
    // A stage taller than 16:9 shows the world as wide as it is; a wider one, as wide as its height allows.
    expect(backingWidth({ width: 360, height: 400 }, 1)).toBe(360);
    expect(backingWidth({ width: 900, height: 180 }, 1)).toBe(320);
    // A phone's screen has two or three device pixels to a CSS pixel.
    expect(backingWidth({ width: 358, height: 201.4 }, 3)).toBe(1074);
    expect(backingWidth({ width: 800, height: 450 }, 2)).toBe(1280);
    expect(backingWidth({ width: 1600, height: 900 }, 1)).toBe(1280);
    expect(backingHeight(574)).toBe(323);
    expect(backingHeight(1280)).toBe(720);
  });

  it('keeps its size while the stage is folded away, or the browser reports nothing sensible', () => {
    expect(backingWidth({ width: 1, height: 1 }, 1)).toBeNull();
    expect(backingWidth({ width: 0, height: 0 }, 2)).toBeNull();
    expect(backingWidth({ width: Number.NaN, height: 300 }, 1)).toBeNull();
    // No device pixel ratio reported: one device pixel to a CSS pixel.
    expect(backingWidth({ width: 574, height: 323 }, 0)).toBe(574);
  });
});
