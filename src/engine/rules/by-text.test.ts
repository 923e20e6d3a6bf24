import { describe, expect, it } from 'vitest';
import { byText } from './by-text.ts';

describe('a pure function of a line of text, worked out once per text', () => {
  it('works each text out once, and gives back what it worked out, falsy values too', () => {
    const seen: string[] = [];
    const length = byText((text) => (seen.push(text), text.length));
    expect([length('ward'), length(''), length('ward'), length('')]).toEqual([4, 0, 4, 0]);
    expect(seen).toEqual(['ward', '']);
  });

  it('starts again past its limit, so endless different texts do not fill the memory', () => {
    let calls = 0;
    const upper = byText((text) => (calls++, text.toUpperCase()), 3);
    for (const t of ['a', 'b', 'c', 'd', 'a']) expect(upper(t)).toBe(t.toUpperCase());
    // a, b, c kept; d cleared them; a again was worked out afresh.
    expect(calls).toBe(5);
    upper('d');
    expect(calls).toBe(5);
  });
});
