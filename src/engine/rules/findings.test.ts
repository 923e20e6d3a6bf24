import { describe, expect, it } from 'vitest';
import { STYLE_TITLES, styleLine } from './findings.ts';
import { ROLES } from './types.ts';

describe('a style’s line', () => {
  it('asks the manager, who holds the budget, about the budget as their own', () => {
    const advocate = STYLE_TITLES.patients_advocate;
    expect(styleLine(advocate, 'clinician')).toBe(advocate.line);
    expect(styleLine(advocate, 'manager')).not.toBe(advocate.line);
    expect(styleLine(advocate, 'manager')).toMatch(/budget is yours/);
  });

  it('is the shared line wherever no role has its own, and every line is a question', () => {
    for (const style of Object.values(STYLE_TITLES))
      for (const role of ROLES) {
        const line = styleLine(style, role);
        if (!('lineFor' in style)) expect(line).toBe(style.line);
        expect(line.trim().endsWith('?'), `${style.id} for the ${role}`).toBe(true);
      }
  });
});
