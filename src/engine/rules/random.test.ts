import { describe, expect, it } from 'vitest';
import { shuffledBy } from './random.ts';

describe('an order drawn from a key', () => {
  const items = ['a', 'b', 'c', 'd'];

  it('is always the same for the same key, and holds every item once', () => {
    for (const key of ['K7M2QX|w2_beds|3', 'ABC234|w1_board_round|0', ''])
      expect(shuffledBy(items, key)).toEqual(shuffledBy(items, key));
    expect([...shuffledBy(items, 'K7M2QX|w2_beds|3')].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd']); // the list given is left as it was
  });

  it('puts each item first about as often as any other, over many keys', () => {
    const first = new Map<string, number>();
    for (let n = 0; n < 4000; n++) {
      const top = shuffledBy(items, `Q${n}|scene|${n % 7}`)[0]!;
      first.set(top, (first.get(top) ?? 0) + 1);
    }
    // 1,000 each expected; a fair draw stays well inside 850–1,150.
    for (const item of items) expect(first.get(item)).toBeGreaterThan(850);
    for (const item of items) expect(first.get(item)).toBeLessThan(1150);
  });
});
