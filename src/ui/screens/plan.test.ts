import { describe, expect, it } from 'vitest';
import { hoursAdjusted, siteText } from './plan.ts';

describe('the plan’s hours to lead with', () => {
  it('names each arc that takes hours as it is called, so two of them never run together', () => {
    expect(hoursAdjusted({ base: 12, protected: 0, arcs: ['induction', 'mapping'] }, 10)).toBe(
      '; “Protected time and an induction” and “Mapping informal leaders” take 2\u00a0h a week until they pay off, so 10\u00a0h',
    );
  });

  it('gives protected time and one arc as two reasons, and nothing when the week is the role’s own', () => {
    expect(hoursAdjusted({ base: 12, protected: 4, arcs: ['shadowing'] }, 15)).toBe(
      '; your protected time adds 4\u00a0h and “Shadowing” takes 1\u00a0h a week until it pays off, so 15\u00a0h',
    );
    expect(hoursAdjusted({ base: 12, protected: 0, arcs: [] }, 12)).toBe('');
  });
});

describe('the site as the plan describes it', () => {
  it('puts the finance office where a visit to it is costed: across the car park, or in the main block once co-located', () => {
    expect(siteText([])).toContain('Riverside House, with the finance office and the executive suite, is ten minutes');
    const moved = siteText(['colocate']);
    expect(moved).toContain(
      'the main block holds Larch Ward, the emergency department, theatres, the staff café, now the management team and the finance office;',
    );
    expect(moved).toContain('Riverside House, with the executive suite, is ten minutes');
    expect(moved).not.toMatch(/Riverside House, with the finance office/);
  });
});
