import { describe, expect, it } from 'vitest';
import { newRun } from '../engine/rules/rules.ts';
import { parseRuns, recordOf, type RunRecord } from '../engine/read/record.ts';
import { memoryStorage } from './memory-storage.ts';
import { fileStamp } from './dom.ts';
import { ARCHIVE_KEY, ARCHIVE_MAX, ARCHIVE_REJECTED_KEY, IMPORTED_MAX, openArchive, runFileName } from './archive.ts';

function run(id: string): RunRecord {
  const state = newRun('clinician', [], 'K7M2QX');
  return recordOf({ ...state, run: { id, branchOf: null, pairedWith: null } });
}

const storage = memoryStorage;

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

  it('adds imported runs it does not have, and counts only those, after the player’s own', () => {
    const archive = openArchive(storage());
    archive.keep(run('a'));
    expect(archive.add([run('a'), run('c')])).toEqual({ added: 1, notKept: 0, letGo: 0, error: null });
    expect(archive.list().map((r) => r.run.id)).toEqual(['a', 'c']);
    // Which of them came from a file, so the list can say so.
    expect([...archive.importedIds()]).toEqual(['c']);
  });

  it('importing a whole room’s runs never pushes the player’s own runs out', () => {
    const s = storage();
    const archive = openArchive(s);
    for (let i = 0; i < 5; i++) archive.keep(run(`mine${i}`));
    const room = Array.from({ length: 50 }, (_, i) => run(`room${i}`));
    expect(archive.add(room).added).toBe(50);
    const ids = openArchive(s)
      .list()
      .map((r) => r.run.id);
    for (let i = 0; i < 5; i++) expect(ids).toContain(`mine${i}`);
    expect(ids.filter((id) => id.startsWith('room'))).toHaveLength(50);
    // and the imported list has its own bound, and says what made way for the new runs
    expect(archive.add(Array.from({ length: IMPORTED_MAX }, (_, i) => run(`more${i}`)))).toMatchObject({
      added: IMPORTED_MAX,
      notKept: 0,
      letGo: 50,
    });
    const again = openArchive(s).list();
    expect(again.filter((r) => r.run.id.startsWith('mine'))).toHaveLength(5);
    expect(again.length).toBe(5 + IMPORTED_MAX);
  });

  it('a file of more runs than it keeps says how many were not kept, and counts only those kept as added', () => {
    const archive = openArchive(storage());
    const big = Array.from({ length: IMPORTED_MAX + 10 }, (_, i) => run(`big${i}`));
    expect(archive.add(big)).toMatchObject({ added: IMPORTED_MAX, notKept: 10, letGo: 0 });
    expect(archive.list()).toHaveLength(IMPORTED_MAX);
  });

  it('recognises the same run twice in one file', () => {
    const archive = openArchive(storage());
    expect(archive.add([run('x'), run('x'), run('y')]).added).toBe(2);
    expect(archive.list().map((r) => r.run.id)).toEqual(['x', 'y']);
  });

  it('when storage fills, keeps the newest runs that fit and says so; the list still has them all this session', () => {
    const one = JSON.stringify(run('x')).length;
    const archive = openArchive(storage(one * 2.5));
    expect(archive.keep(run('a'))).toBeNull();
    expect(archive.keep(run('b'))).toBeNull();
    expect(archive.keep(run('c'))).toMatch(/only the newest 2 runs are kept/);
    expect(archive.list().map((r) => r.run.id)).toEqual(['c', 'b', 'a']);
    // The newest is in storage (the note is about the oldest); one that did not fit at all is not.
    expect(archive.stored('c')).toBe(true);
    expect(archive.stored('a')).toBe(false);
    const full = openArchive(storage(0));
    expect(full.keep(run('z'))).toMatch(/storage is full/);
    expect(full.stored('z')).toBe(false);
    expect(openArchive(null).stored('z')).toBe(false);
  });

  it('with no storage at all, keeps runs for the session and says why', () => {
    const archive = openArchive(null);
    expect(archive.keep(run('a'))).toMatch(/not storing anything/);
    expect(archive.list().map((r) => r.run.id)).toEqual(['a']);
  });

  it('sets a damaged archive aside instead of failing or overwriting it, and keeps every damaged copy', () => {
    const s = storage();
    const damaged = '{"format":"common-ground-run","version":1,"runs":"oops"}';
    s.setItem(ARCHIVE_KEY, damaged);
    const archive = openArchive(s);
    expect(archive.list()).toEqual([]);
    expect(s.getItem(ARCHIVE_REJECTED_KEY)).toBe(damaged);
    expect(archive.damaged()).toEqual([{ key: ARCHIVE_REJECTED_KEY, text: damaged }]);
    // Moved, not copied: the next visit finds nothing damaged to set aside again.
    expect(s.getItem(ARCHIVE_KEY)).toBeNull();
    const visit = openArchive(s);
    expect([visit.list(), visit.damaged()]).toEqual([[], []]);
    expect([...s.data.keys()].filter((k) => k.startsWith(ARCHIVE_REJECTED_KEY))).toHaveLength(1);
    expect(archive.keep(run('a'))).toBeNull();
    expect(archive.list()).toHaveLength(1);
    // A second damaged archive later: kept too, under its own key.
    const second = '{"format":"common-ground-run","version":2,"runs":[1]}';
    s.setItem(ARCHIVE_KEY, second);
    const next = openArchive(s);
    next.list();
    const kept = [...s.data.entries()].filter(([k]) => k.startsWith(ARCHIVE_REJECTED_KEY)).map(([, v]) => v);
    expect(kept.sort()).toEqual([damaged, second].sort());
  });

  it('when a damaged archive cannot be set aside (storage full), nothing is written over it', () => {
    const damaged = `{"format":"common-ground-run","version":2,"runs":"${'x'.repeat(200)}"}`;
    const s = storage(damaged.length + 10);
    s.setItem(ARCHIVE_KEY, damaged);
    const archive = openArchive(s);
    expect(archive.list()).toEqual([]);
    expect(archive.damaged()).toEqual([{ key: null, text: damaged }]);
    expect(archive.keep(run('a'))).toMatch(/nothing is written over it/);
    expect(s.getItem(ARCHIVE_KEY)).toBe(damaged);
    expect(archive.list().map((r) => r.run.id)).toEqual(['a']);
  });
});

describe('a run file’s name', () => {
  const at = new Date(2026, 11, 2, 9, 5);
  it('says the role, the quarter and the local day and time, and a branch or a session when there is one', () => {
    const own = run('ABC234-c-1');
    expect(runFileName(own, at)).toBe('common-ground-clinician-K7M2QX-2026-12-02-09-05.json');
    expect(runFileName({ ...own, run: { ...own.run, branchOf: { id: 'x', decision: 3 } } }, at)).toBe(
      'common-ground-clinician-K7M2QX-what-if-2026-12-02-09-05.json',
    );
    expect(runFileName({ ...own, run: { ...own.run, session: 'WK7QM2' } }, at)).toBe(
      'common-ground-WK7QM2-clinician-K7M2QX-2026-12-02-09-05.json',
    );
  });
});

describe('a downloaded file’s stamp', () => {
  it('is the local day, and with the time the local day, hour and minute, never the UTC day', () => {
    const lateEvening = new Date(2026, 11, 2, 23, 40);
    expect(fileStamp(lateEvening)).toBe('2026-12-02');
    expect(fileStamp(lateEvening, true)).toBe('2026-12-02-23-40');
    expect(fileStamp(new Date(2026, 0, 5, 7, 3), true)).toBe('2026-01-05-07-03');
  });
});
