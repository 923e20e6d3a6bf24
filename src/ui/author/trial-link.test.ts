import { describe, expect, it } from 'vitest';
import { pressingLevel } from '../../engine/rules/quarter.ts';
import { seededRandom } from '../../engine/rules/random.ts';
import { readTrial, seedFor, trialLink } from './trial-link.ts';

describe('a trial’s address', () => {
  it('reads back what it was made from', () => {
    const link = trialLink(
      { origin: 'https://example.org', pathname: '/game/' },
      { role: 'manager', level: 'practice', knot: 'local_discharge', here: true },
    );
    expect(link).toBe('https://example.org/game/?try=manager&level=practice&knot=local_discharge');
    expect(readTrial(new URL(link).search)).toEqual({
      role: 'manager',
      level: 'practice',
      knot: 'local_discharge',
      here: true,
    });
    const heard = trialLink(
      { origin: 'null', pathname: '/media/usb/common-ground.html' },
      { role: 'clinician', level: 'random', knot: 'local_x', here: false },
    );
    expect(heard).toBe('file:///media/usb/common-ground.html?try=clinician&level=random&knot=local_x&heard=1');
    expect(readTrial(new URL(heard).search)?.here).toBe(false);
  });

  it('is not a trial without `try`, and takes the defaults for what it cannot read', () => {
    expect(readTrial('?workshop=write')).toBeNull();
    expect(readTrial('?try=surgeon&level=ward&knot=a%20b&heard=yes')).toEqual({
      role: 'clinician',
      level: 'random',
      knot: null,
      here: true,
    });
  });

  it('draws a quarter code with the hidden level asked for', () => {
    const random = seededRandom(7);
    for (const level of ['organisation', 'department', 'practice'] as const) {
      for (let i = 0; i < 20; i++) expect(pressingLevel(seedFor(level, random))).toBe(level);
    }
    expect(new Set(Array.from({ length: 60 }, () => pressingLevel(seedFor('random', random)))).size).toBe(3);
  });
});
