import { describe, expect, it } from 'vitest';
import { findTerm } from './glossary.ts';

describe('finding a word in a line', () => {
  it('finds a word both sides use, but not inside a longer name that is not that word', () => {
    const line = 'You tell the guardian of safe working hours. Is Larch safe tonight?';
    const at = findTerm(line, 'safe')!;
    expect(line.slice(at.start, at.end)).toBe('safe');
    expect(at.start).toBe(line.indexOf('Larch safe') + 'Larch '.length);
    expect(findTerm('The guardian of safe working hours has read every one.', 'safe')).toBeNull();
    expect(findTerm('Not safe, tonight, in those beds.', 'safe')).toEqual({ start: 4, end: 8 });
  });

  it('matches acronyms by their case and ordinary words in any case, as whole words', () => {
    expect(findTerm('The NCTR list has three.', 'nctr')).toEqual({ start: 4, end: 8 });
    expect(findTerm('The nctr list has three.', 'nctr')).toBeNull();
    expect(findTerm('Unsafe staffing.', 'safe')).toBeNull();
  });
});
