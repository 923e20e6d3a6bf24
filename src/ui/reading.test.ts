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

  it('with `later`, writes only the newest note, once its turn comes, on a flush, or before reading', () => {
    const storage = memoryStorage();
    const turns: (() => void)[] = [];
    const reading = openReading(storage, (write) => turns.push(write));
    reading.keep(moment(), 2);
    reading.keep(moment(), 3);
    expect(storage.getItem(READING_KEY)).toBeNull();
    expect(turns).toHaveLength(1);
    turns.shift()!();
    expect(JSON.parse(storage.getItem(READING_KEY)!).read).toBe(3);
    reading.keep(moment(), 4);
    reading.flush();
    expect(JSON.parse(storage.getItem(READING_KEY)!).read).toBe(4);
    storage.removeItem(READING_KEY);
    turns.splice(0).forEach((write) => write());
    expect(storage.getItem(READING_KEY)).toBeNull(); // nothing was waiting any more
    reading.keep(moment(), 5);
    expect(reading.readTo(moment())).toBe(5);
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
