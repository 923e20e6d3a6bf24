import { describe, expect, it } from 'vitest';
import { newRun } from '../engine/rules.ts';
import { parseRuns, recordOf, type RunRecord } from '../engine/record.ts';
import { ARCHIVE_KEY, ARCHIVE_MAX, ARCHIVE_REJECTED_KEY, openArchive } from './archive.ts';

function run(id: string): RunRecord {
  const state = newRun('clinician', [], 'K7M2QX');
  return recordOf({ ...state, run: { id, branchOf: null, pairedWith: null } });
}

/** localStorage with a size limit, like a browser's. */
function storage(limit = Infinity): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    removeItem: (k) => void data.delete(k),
    setItem(k, v) {
      const used = [...data].reduce((s, [key, val]) => s + (key === k ? 0 : val.length), 0);
      if (used + v.length > limit) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
  };
}

describe('the run archive', () => {
  it('keeps runs newest first, updates a run in place, and survives reopening', () => {
    const s = storage();
    const archive = openArchive(s);
    expect(archive.keep(run('a'))).toBeNull();
    expect(archive.keep(run('b'))).toBeNull();
    expect(archive.keep({ ...run('a'), reflections: { monday: 'x' } })).toBeNull();
    expect(archive.list().map((r) => r.run.id)).toEqual(['a', 'b']);
    const again = openArchive(s);
    expect(again.list().map((r) => r.run.id)).toEqual(['a', 'b']);
    expect(again.list()[0]!.reflections).toEqual({ monday: 'x' });
    expect(parseRuns(s.data.get(ARCHIVE_KEY)!).ok).toBe(true);
  });

  it(`holds at most ${ARCHIVE_MAX}, dropping the oldest`, () => {
    const archive = openArchive(storage());
    for (let i = 0; i < ARCHIVE_MAX + 3; i++) archive.keep(run(`r${i}`));
    const ids = archive.list().map((r) => r.run.id);
    expect(ids).toHaveLength(ARCHIVE_MAX);
    expect(ids[0]).toBe(`r${ARCHIVE_MAX + 2}`);
    expect(ids).not.toContain('r0');
  });

  it('adds imported runs it does not have, and counts only those', () => {
    const archive = openArchive(storage());
    archive.keep(run('a'));
    expect(archive.add([run('a'), run('c')])).toEqual({ added: 1, error: null });
    expect(archive.list().map((r) => r.run.id)).toEqual(['c', 'a']);
  });

  it('when storage fills, keeps the newest runs that fit and says so; the list still has them all this session', () => {
    const one = JSON.stringify(run('x')).length;
    const archive = openArchive(storage(one * 2.5));
    expect(archive.keep(run('a'))).toBeNull();
    expect(archive.keep(run('b'))).toBeNull();
    expect(archive.keep(run('c'))).toMatch(/only the newest 2 runs are kept/);
    expect(archive.list().map((r) => r.run.id)).toEqual(['c', 'b', 'a']);
    expect(openArchive(storage(0)).keep(run('z'))).toMatch(/storage is full/);
  });

  it('with no storage at all, keeps runs for the session and says why', () => {
    const archive = openArchive(null);
    expect(archive.keep(run('a'))).toMatch(/not storing anything/);
    expect(archive.list().map((r) => r.run.id)).toEqual(['a']);
  });

  it('sets a damaged archive aside instead of failing or overwriting it', () => {
    const s = storage();
    const damaged = '{"format":"common-ground-run","version":1,"runs":"oops"}';
    s.setItem(ARCHIVE_KEY, damaged);
    const archive = openArchive(s);
    expect(archive.list()).toEqual([]);
    expect(s.getItem(ARCHIVE_REJECTED_KEY)).toBe(damaged);
    expect(archive.keep(run('a'))).toBeNull();
    expect(archive.list()).toHaveLength(1);
  });
});
