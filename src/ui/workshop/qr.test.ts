import { describe, expect, it } from 'vitest';
import { readingSizes } from './qr.ts';

describe('the sizes a picture of a QR code is read at', () => {
  it('reads a big photo at 1,200 pixels first, then larger, smaller, and at its own size', () => {
    expect(readingSizes(3000, 4000)).toEqual([1200, 1600, 800, 4000]);
    expect(readingSizes(4000, 3000)).toEqual([1200, 1600, 800, 4000]);
  });

  it('never reads above 4,096 pixels, never enlarges a picture, and reads each size once', () => {
    expect(readingSizes(6000, 8000)).toEqual([1200, 1600, 800, 4096]);
    expect(readingSizes(1400, 900)).toEqual([1200, 1400, 800]);
    expect(readingSizes(1000, 700)).toEqual([1000, 800]);
    expect(readingSizes(640, 480)).toEqual([640]);
  });
});
