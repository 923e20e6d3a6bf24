import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from './memory-storage.ts';
import {
  ARCHIVE_KEY,
  ARCHIVE_REJECTED_KEY,
  openStorage,
  ORIGINAL_KEY,
  OWNER_KEY,
  ownerOf,
  REJECTED_KEY,
  SAVE_KEY,
  SaveElsewhereError,
} from './storage.ts';
import { forgetKept, keptAside, keptList } from './kept.ts';

/** A browser whose localStorage is `storage`. */
function browserWith(storage: Storage) {
  vi.stubGlobal('window', { localStorage: storage });
  return openStorage();
}

afterEach(() => vi.unstubAllGlobals());

describe('one browser, several learners (a shared PC inside a learning platform)', () => {
  const a = ownerOf('A1001');
  const b = ownerOf('B2002');

  it('keeps learner ids hashed, and tells them apart', () => {
    expect(a).not.toContain('A1001');
    expect(a).not.toBe(b);
    expect(ownerOf('A1001')).toBe(a);
  });

  it('sets one learner’s game aside for the next, and gives it back, never deleting anything', () => {
    const s = memoryStorage();
    const saves = browserWith(s);
    expect(saves.claimFor(a, () => false)).toBe(saves);
    s.setItem(SAVE_KEY, 'game of A');
    s.setItem(ARCHIVE_KEY, 'runs of A');
    expect(saves.claimFor(b, () => true).read()).toBeNull();
    expect(s.getItem(OWNER_KEY)).toBe(b);
    expect(s.getItem(ARCHIVE_KEY)).toBeNull();
    s.setItem(SAVE_KEY, 'game of B');
    expect(saves.claimFor(a, () => true).read()).toBe('game of A');
    expect(s.getItem(ARCHIVE_KEY)).toBe('runs of A');
    expect(saves.claimFor(b, () => true).read()).toBe('game of B');
    expect(saves.claimFor(b, () => false).read()).toBe('game of B');
  });

  it('a move cut short by a full browser is finished when the learner next comes back', () => {
    const s = memoryStorage();
    const saves = browserWith(s);
    s.setItem(OWNER_KEY, a);
    s.setItem(`${ARCHIVE_KEY}@${a}`, 'runs of A');
    s.setItem(SAVE_KEY, 'game of A');
    expect(saves.claimFor(a, () => false).read()).toBe('game of A');
    expect(s.getItem(ARCHIVE_KEY)).toBe('runs of A');
    expect(s.getItem(`${ARCHIVE_KEY}@${a}`)).toBeNull();
  });

  it('a game from before any platform named a learner: adopted when it is theirs, set aside when not', () => {
    const s = memoryStorage();
    const saves = browserWith(s);
    s.setItem(SAVE_KEY, 'run 7');
    s.setItem(ORIGINAL_KEY, 'run 6');
    expect(saves.claimFor(a, (save) => save === 'run 7').read()).toBe('run 7');
    expect(s.getItem(OWNER_KEY)).toBe(a);

    const other = memoryStorage();
    const elsewhere = browserWith(other);
    other.setItem(SAVE_KEY, 'somebody’s run');
    expect(elsewhere.claimFor(b, () => false).read()).toBeNull();
    expect(other.getItem(`${SAVE_KEY}@unclaimed`)).toBe('somebody’s run');
  });

  it('with no room to set another learner’s game aside: it stays untouched and unseen, and nothing is saved', () => {
    const s = memoryStorage(40);
    const saves = browserWith(s);
    s.setItem(OWNER_KEY, a);
    s.setItem(SAVE_KEY, 'the game of learner A');
    const mine = saves.claimFor(b, () => true);
    expect(mine.read()).toBeNull();
    expect(mine.slot).toBeNull();
    expect(mine.unavailableReason).toMatch(/another learner’s game/);
    expect(s.getItem(SAVE_KEY)).toBe('the game of learner A');
    expect(s.getItem(OWNER_KEY)).toBe(a);
  });
});

describe('the game open in two tabs or windows of one browser', () => {
  it('a page that has fallen behind never writes over the other’s newer save, until the player says so', () => {
    const s = memoryStorage();
    const older = browserWith(s);
    const newer = browserWith(s);
    s.setItem(SAVE_KEY, 'monday');
    expect(older.read()).toBe('monday');
    expect(newer.read()).toBe('monday');
    // The newer page plays on, saving as it goes; its own saves never count against it.
    newer.slot!.write('tuesday');
    newer.slot!.write('wednesday');
    expect(newer.elsewhere()).toBe(false);
    // The older page, still on Monday, is refused, and the newer game is where it was.
    expect(older.elsewhere()).toBe(true);
    expect(() => older.slot!.write('monday, one more decision')).toThrow(SaveElsewhereError);
    expect(s.getItem(SAVE_KEY)).toBe('wednesday');
    // The player keeps the older page's game after all: it saves, and now the other page is the one behind.
    older.takeOver();
    older.slot!.write('monday, one more decision');
    expect(s.getItem(SAVE_KEY)).toBe('monday, one more decision');
    expect(() => newer.slot!.write('thursday')).toThrow(SaveElsewhereError);
  });

  it('a save taken away (set aside, or never made) is nobody’s: the page saves a new game', () => {
    const s = memoryStorage();
    const page = browserWith(s);
    s.setItem(SAVE_KEY, 'not a game');
    expect(page.read()).toBe('not a game');
    expect(page.setAside('not a game')).not.toBeNull();
    page.slot!.write('a new game');
    expect(s.getItem(SAVE_KEY)).toBe('a new game');
    // A page that has read nothing yet has nothing to fall behind.
    const fresh = browserWith(memoryStorage());
    expect(fresh.elsewhere()).toBe(false);
  });
});

describe('what the browser keeps aside', () => {
  it('lists damaged saves and archives, and a game moved out of a platform learner’s way, until the player deletes one', () => {
    const s = memoryStorage();
    s.setItem(SAVE_KEY, 'the game');
    s.setItem(REJECTED_KEY, 'damaged one');
    s.setItem(`${REJECTED_KEY}.1764806400000`, 'damaged two');
    s.setItem(ARCHIVE_REJECTED_KEY, 'damaged runs');
    s.setItem(`${SAVE_KEY}@unclaimed`, 'a game from outside the platform');
    s.setItem(`${SAVE_KEY}@${ownerOf('B2002')}`, 'another learner’s game');
    s.setItem(`${REJECTED_KEY}.notatime`, 'not ours');
    const kept = keptAside(s);
    expect(kept.map((k) => k.text)).toEqual([
      'damaged one',
      'damaged two',
      'damaged runs',
      'a game from outside the platform',
    ]);
    expect(kept[1]!.since?.toISOString()).toBe('2025-12-04T00:00:00.000Z');
    expect(keptList(kept)).toBe(
      '2 damaged saved games, a damaged copy of your kept runs and a game played in this browser outside your learning platform',
    );
    // Deleting takes only what was asked, and only what is kept aside.
    forgetKept(s, REJECTED_KEY);
    forgetKept(s, SAVE_KEY);
    expect(keptAside(s).map((k) => k.text)).toEqual([
      'damaged two',
      'damaged runs',
      'a game from outside the platform',
    ]);
    expect(s.getItem(SAVE_KEY)).toBe('the game');
    expect(keptAside(null)).toEqual([]);
  });
});
