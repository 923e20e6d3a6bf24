import { describe, expect, it } from 'vitest';
import { seededRandom } from '../rules/random.ts';
import { wallCounts, wallHides, type WallCount } from './room.ts';

/** Every assignment of the counts the wall does not write exactly that agrees with what it writes and the total. */
function readings(cells: readonly number[], shown: readonly WallCount[]): number[][] {
  const total = cells.reduce((a, b) => a + b, 0);
  const out: number[][] = [];
  const walk = (i: number, sofar: number[], sum: number): void => {
    if (i === cells.length) {
      if (sum === total) out.push(sofar);
      return;
    }
    const range =
      shown[i] === 'exact' ? [cells[i]!] : shown[i] === 'few' ? [1, 2] : Array.from({ length: total }, (_, k) => k + 3);
    for (const v of range) if (sum + v <= total) walk(i + 1, [...sofar, v], sum + v);
  };
  walk(0, [], 0);
  return out;
}

describe('counts on the room’s wall', () => {
  it('writes a partition with no one or two exactly', () => {
    expect(wallCounts([4, 0, 7])).toEqual(['exact', 'exact', 'exact']);
  });

  it('hides a lone 1 or 2 that the total would give away, behind the smallest count that can absorb it', () => {
    // "3 · 1 or 2 · 5" of 9 would be a 1: the 5 becomes "3 or more" (a 3 cannot give one up and stay 3 or more).
    expect(wallCounts([3, 1, 5])).toEqual(['exact', 'few', 'many']);
    // Two hidden counts that add up to 3 are each still 1 or 2.
    expect(wallCounts([4, 1, 2])).toEqual(['exact', 'few', 'few']);
    // Two 1s add up to 2: only 1 and 1.
    expect(wallCounts([4, 1, 1])).toEqual(['many', 'few', 'few']);
  });

  it('shows nothing of a partition it cannot write without giving a one or two away', () => {
    expect(wallCounts([1])).toBeNull();
    expect(wallCounts([1, 3])).toBeNull();
    expect(wallCounts([0, 2])).toBeNull();
  });

  it('never writes a partition from which a 1 or 2 can be worked out (random partitions, every reading)', () => {
    const random = seededRandom(5);
    for (let n = 0; n < 400; n++) {
      const cells = Array.from({ length: 1 + Math.floor(random() * 5) }, () => Math.floor(random() * 7));
      const shown = wallCounts(cells);
      if (!shown) continue;
      expect(wallHides(cells, shown)).toBe(true);
      const all = readings(cells, shown);
      cells.forEach((c, i) => {
        if (shown[i] !== 'few') return;
        const values = new Set(all.map((r) => r[i]));
        expect([...values].sort(), `${cells} as ${shown}: cell ${i}`).toEqual([1, 2]);
      });
    }
  });
});
