import { describe, expect, it } from 'vitest';
import { seededRandom } from '../rules/random.ts';
import { PLACES, type Input } from '../rules/types.ts';
import {
  findResults,
  fromBase45,
  idHash,
  joinParts,
  readPart,
  readResultText,
  readShortCode,
  resultTexts,
  sessionHash,
  shortCode,
  toBase45,
  type ResultPart,
  type RoomResult,
  type ShortSummary,
} from './result.ts';

const bytes = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

function randomResult(seed: number, steps: number): RoomResult {
  const random = seededRandom(seed);
  const inputs: Input[] = [{ type: 'BEGIN' }];
  for (let i = 0; i < steps; i++) {
    const r = random();
    if (r < 0.6) inputs.push({ type: 'CHOOSE', index: Math.floor(random() * 5) });
    else if (r < 0.8) inputs.push({ type: 'NEXT' });
    else if (r < 0.9) inputs.push({ type: 'ASK', term: 'news2' });
    else inputs.push({ type: 'PLAN', visits: [PLACES[Math.floor(random() * PLACES.length)]!] });
  }
  inputs.push({ type: 'CHOOSE', index: 70 });
  inputs.push({ type: 'CHOOSE', index: 1, votes: [3, 300, 0] });
  inputs.push({ type: 'ASK', term: 'cip', partner: true });
  inputs.push({ type: 'CHOOSE', index: 2, proposals: [0, 2] });
  return {
    session: 'WK7QM2',
    id: `ABC234-c-${seed.toString(36)}`,
    role: seed % 2 ? 'manager' : 'clinician',
    ...(seed % 3 === 0 ? { pair: true } : {}),
    ...(seed % 4 === 1 ? { weeks: 4 } : {}),
    seed: 'ABC234',
    story: 123456789,
    inputs,
  };
}

describe('base45 (RFC 9285)', () => {
  it('encodes the RFC’s examples', () => {
    expect(toBase45(bytes('AB'))).toBe('BB8');
    expect(toBase45(bytes('Hello!!'))).toBe('%69 VD92EX0');
    expect(toBase45(bytes('base-45'))).toBe('UJCLQE7W581');
    expect(fromBase45('QED8WEX0')).toEqual(bytes('ietf!'));
  });
  it('refuses what is not base45', () => {
    expect(fromBase45('GGW')).toBeNull(); // 65536 does not fit in two bytes
    expect(fromBase45('a')).toBeNull();
  });
});

describe('a result', () => {
  it('comes back exactly from its text, whole or split over several codes in any order', () => {
    for (let seed = 1; seed < 40; seed++) {
      const result = randomResult(seed, seed * 5);
      const texts = resultTexts(result, 60);
      for (const t of texts) expect(t).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
      expect(readResultText(texts.join('\n'))).toEqual({ ok: true, value: result });
      const parts = texts.map((t) => (readPart(t) as { ok: true; value: ResultPart }).value).reverse();
      expect(joinParts(parts)).toEqual({ ok: true, value: result });
      if (parts.length > 1) expect(joinParts(parts.slice(1))).toBeNull();
    }
  });

  it('is refused with a reason when damaged, foreign or mixed with another', () => {
    const [text] = resultTexts(randomResult(3, 40));
    const at = text!.length - 10;
    const flipped = text!.slice(0, at) + (text![at] === 'A' ? 'B' : 'A') + text!.slice(at + 1);
    // A single code's damage is called damage, not a mix of two results.
    expect(text!.startsWith('CG:1/1:')).toBe(true);
    expect(readResultText(flipped)).toEqual({
      ok: false,
      reason: 'it is damaged or cut short (its check does not match)',
    });
    expect(readResultText(text!.slice(0, -6))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/damaged|cut/),
    });
    expect(readResultText('https://example.org')).toEqual({ ok: false, reason: 'it is not a Common Ground result' });
    const a = resultTexts(randomResult(5, 200), 80);
    const b = resultTexts(randomResult(6, 200), 80);
    expect(a.length).toBeGreaterThan(1);
    expect(readResultText([a[0], ...b.slice(1)].join('\n'))).toMatchObject({ ok: false });
  });
});

describe('the short code', () => {
  const summary: ShortSummary = {
    role: 'manager',
    done: true,
    ending: 'two_worlds',
    week: 12,
    budget: 61,
    care: 44,
    trust: 58,
    right: 2,
    wrong: 3,
    sessionHash: sessionHash('WK7QM2', 'K7M2QX', 4),
    idHash: idHash('ABC234-m-x'),
  };

  it('is sixteen characters in four groups and reads back', () => {
    const code = shortCode(summary);
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(readShortCode(code)).toEqual({ ok: true, value: { ...summary, version: 2 } });
    expect(readShortCode(code.toLowerCase().replace(/-/g, ' '))).toEqual({
      ok: true,
      value: { ...summary, version: 2 },
    });
  });

  it('knows the session by its name, quarter code and length, and still reads a code made before it did', () => {
    expect(sessionHash('WK7QM2', 'K7M2QX', 4)).not.toBe(sessionHash('WK7QM2', 'K7M2QY', 4));
    expect(sessionHash('WK7QM2', 'K7M2QX', 4)).not.toBe(sessionHash('WK7QM2', 'K7M2QX', 8));
    // Made by the release before (4 December): its ten bits are of the session's name alone.
    expect(readShortCode('E93T-P78H-K5E7-VZNH')).toEqual({
      ok: true,
      value: { ...summary, week: 4, sessionHash: sessionHash('WK7QM2'), idHash: idHash('K7M2QX-m-x'), version: 1 },
    });
  });

  it('catches typing mistakes', () => {
    const code = shortCode(summary).replace(/-/g, '');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let caught = 0;
    let tried = 0;
    for (let i = 0; i < code.length; i++) {
      for (const c of alphabet) {
        if (c === code[i]) continue;
        tried++;
        if (!readShortCode(code.slice(0, i) + c + code.slice(i + 1)).ok) caught++;
      }
    }
    // A nine-bit check misses one mistake in 512 at most.
    expect(caught / tried).toBeGreaterThan(0.99);
    expect(readShortCode('ABCD')).toMatchObject({ ok: false, reason: expect.stringContaining('16 characters') });
  });
});

describe('findResults', () => {
  it('finds every result part and short code in a chat pasted whole, and nothing in its other words', () => {
    const code = 'ABCD-EFGH-JKMN-PQRS';
    const found = findResults(
      [
        '[10:41] Sam Patel',
        'CG:1/2:AB12:PART ONE',
        'CG:2/2:AB12:PART TWO',
        'thanks, good session!',
        "here's mine: CG:1/1:ZZ99:WHOLE",
        'CG:1/1:YY88:SAID AFTER <- mine',
        '"CG:1/1:XX77:QUOTED" thanks',
        code,
        'abcd efgh jkmn pqrs',
        `Mine is ${code} sorry`,
        'with four word long text here',
      ].join('\r\n'),
    );
    expect(found.parts).toEqual([
      'CG:1/2:AB12:PART ONE',
      'CG:2/2:AB12:PART TWO',
      'CG:1/1:ZZ99:WHOLE',
      // Words typed after a result on its line are not part of it.
      'CG:1/1:YY88:SAID AFTER',
      'CG:1/1:XX77:QUOTED',
    ]);
    expect(found.codes).toEqual([code, 'abcd efgh jkmn pqrs', code]);
    // Four-letter words in a sentence are only candidates, kept if their check says so.
    expect(found.maybe).toEqual(['with four word long']);
  });
});
