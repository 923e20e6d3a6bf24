import { describe, expect, it } from 'vitest';
import { splitText } from './votes.ts';

describe('where the room split', () => {
  it('says it for one count or several, and never "at 0 of them, no option had…"', () => {
    expect(splitText(0, 1)).toBe('It did not split: at least three in five hands (60%) went one way.');
    expect(splitText(1, 1)).toBe('It split: no option had three in every five hands (60%).');
    expect(splitText(0, 2)).toBe('At both, at least three in five hands (60%) went one way.');
    expect(splitText(0, 5)).toBe('At every one, at least three in five hands (60%) went one way.');
    expect(splitText(2, 5)).toBe('At 2 of them, no option had three in every five hands (60%).');
  });
});
