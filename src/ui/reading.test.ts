import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage.ts';
import { openReading } from './reading.ts';
import { READING_KEY } from './storage.ts';

const line = (text: string) => ({ text });
const moment = (over: Partial<{ id: string; scene: number; decisions: number; lines: number }> = {}) => ({
  run: { id: over.id ?? 'r1' } as never,
  sceneIndex: over.scene ?? 2,
  decisions: Array.from({ length: over.decisions ?? 3 }, () => ({})) as never,
  lines: Array.from({ length: over.lines ?? 6 }, (_, i) => line(`line ${i}`)),
});

describe('where the player had read to', () => {
  it('gives back the count kept for the same moment', () => {
    const reading = openReading(memoryStorage());
    reading.keep(moment(), 4);
    expect(reading.readTo(moment())).toBe(4);
  });

  it('ignores a count kept for another run, scene, choice or batch of lines', () => {
    const reading = openReading(memoryStorage());
    reading.keep(moment(), 4);
    expect(reading.readTo(moment({ id: 'r2' }))).toBeNull();
    expect(reading.readTo(moment({ scene: 3 }))).toBeNull();
    expect(reading.readTo(moment({ decisions: 4 }))).toBeNull();
    expect(reading.readTo(moment({ lines: 7 }))).toBeNull();
  });

  it('keeps the count within the lines, at least the first one', () => {
    const storage = memoryStorage();
    const reading = openReading(storage);
    const place = { run: 'r1', scene: 2, decisions: 3, lines: 6 };
    storage.setItem(READING_KEY, JSON.stringify({ ...place, read: 0 }));
    expect(reading.readTo(moment())).toBe(1);
    storage.setItem(READING_KEY, JSON.stringify({ ...place, read: 60 }));
    expect(reading.readTo(moment())).toBe(6);
  });

  it('reads damaged or hostile notes as nothing kept', () => {
    const storage = memoryStorage();
    const reading = openReading(storage);
    for (const text of [
      '{',
      'null',
      '[]',
      '"r1"',
      JSON.stringify({ run: 'r1', scene: 2, decisions: 3, lines: 6, read: '4' }),
      JSON.stringify({ __proto__: { run: 'r1' } }),
    ]) {
      storage.setItem(READING_KEY, text);
      expect(reading.readTo(moment())).toBeNull();
    }
  });

  it('never throws when storage is missing or full', () => {
    expect(openReading(null).readTo(moment())).toBeNull();
    expect(() => openReading(null).keep(moment(), 2)).not.toThrow();
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(() => openReading(full).keep(moment(), 2)).not.toThrow();
    expect(openReading(full).readTo(moment())).toBeNull();
  });
});
