import { describe, expect, it } from 'vitest';
import { characterById, CHARACTERS } from './characters.ts';
import { seededRandom } from './random.ts';
import { START_METERS } from './meters.ts';
import {
  addressed,
  arcStage,
  baseBuilding,
  checkSeed,
  disclosureThreshold,
  earlyEnding,
  earlyEndingWhy,
  endingWhy,
  finalEnding,
  FORMAL_LEADERS,
  isOpen,
  pressingLevel,
  randomSeed,
  SEED_ALPHABET,
  SEED_LENGTH,
  startingPeople,
  statusGap,
  visitCost,
  awayFrom,
  type EndingInput,
  whyEnded,
} from './quarter.ts';
import { LEVELS, ROLES, type CulturalLevel, type TrustGroup } from './types.ts';

const person = (id: string) => {
  const c = characterById(id);
  if (!c) throw new Error(`no character ${id}`);
  return c;
};

const trust = (clinicians: number, leaders: number, executives: number): Record<TrustGroup, number> => ({
  clinicians,
  leaders,
  executives,
});

describe('why a run ended as it did', () => {
  it('gives the rule that decided each ending, in the run’s own figures', () => {
    const random = seededRandom(44);
    const marker: Record<string, RegExp> = {
      common_ground:
        /^You aimed \d+ changes at the level where the tension was \(two or more, and (more than the \d+ aimed elsewhere|none elsewhere)\).*every group’s trust ended at 45 or more \(the lowest, .+, at \d+\)\.$/,
      wrong_fix:
        /^You aimed \d+ changes away from the level where the tension was and (\d+|none) at it; three or more aimed away, and more of them than at it, is the wrong fix\.$/,
      two_worlds: /^The groups’ trust ended \d+ points apart \(25 or more\)/,
      worn_thin: /, and a budget under 40 or care under 45 is running on empty \(/,
      holding:
        /, both at or above their lines \(40 and 45\), with .*(nothing broke, and nothing was mended|under the 45 that Common ground needs|and more than elsewhere)\.$/,
    };
    const seen = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const n = () => Math.floor(random() * 101);
      const e: EndingInput = {
        budget: n(),
        care: n(),
        trust: { clinicians: n(), leaders: n(), executives: n() },
        right: Math.floor(random() * 6),
        wrong: Math.floor(random() * 6),
      };
      const ending = finalEnding(e);
      seen.add(ending);
      const why = endingWhy(e);
      if (earlyEnding(e)) expect(why).toBe(earlyEndingWhy(e));
      else expect(why, `${ending}: ${why}`).toMatch(marker[ending]!);
      // The counts in words where they are none: never "0 … to 0".
      if (!earlyEnding(e)) expect(why).not.toMatch(/\b0 /);
      if (!earlyEnding(e) && ending !== 'common_ground' && ending !== 'wrong_fix')
        expect(why).toContain(
          e.right + e.wrong === 0
            ? 'no change aimed at any level'
            : `${e.right === 0 ? 'no change' : e.right === 1 ? '1 change' : `${e.right} changes`} aimed at the level where the tension was and ${e.wrong || 'none'} elsewhere`,
        );
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(Object.keys(marker)));
  });

  it('says where the groups’ gap started, since both roles start the quarter more than 25 apart', () => {
    // The clinician starts 66 / 56 / 38 (28 apart), the manager 36 / 46 / 68 (32 apart).
    const apart = (role: 'clinician' | 'manager', c: number, l: number, x: number) =>
      endingWhy({ budget: 50, care: 50, trust: trust(c, l, x), right: 1, wrong: 1, role });
    expect(apart('clinician', 64, 55, 38)).toMatch(
      /ended 26 points apart .*; they were 28 apart when you started, so you narrowed the gap, but not below 25\.$/,
    );
    expect(apart('manager', 30, 46, 70)).toMatch(/ended 40 points apart .*; they were 32 apart when you started\.$/);
    expect(apart('manager', 30, 46, 70)).not.toMatch(/narrowed/);
  });

  it('tells a player who reached the pressing level what kept common ground from them, when the line only held', () => {
    const why = endingWhy({ budget: 40, care: 45, trust: trust(50, 44, 60), right: 3, wrong: 0, role: 'manager' });
    expect(finalEnding({ budget: 40, care: 45, trust: trust(50, 44, 60), right: 3, wrong: 0 })).toBe('holding');
    expect(why).toBe(
      'The budget ended at 40 and care at 45, both at or above their lines (40 and 45), with 3 changes aimed at the level where the tension was and none elsewhere; that was enough there, but clinical leaders’ trust ended at 44, under the 45 that Common ground needs.',
    );
    expect(endingWhy({ budget: 60, care: 60, trust: trust(50, 50, 60), right: 0, wrong: 1 })).toMatch(
      /nothing broke, and nothing was mended\.$/,
    );
    // Aimed there, but not enough to count as addressed: said so, not "nothing was mended".
    expect(endingWhy({ budget: 60, care: 60, trust: trust(50, 50, 60), right: 3, wrong: 3 })).toMatch(
      /with 3 changes aimed at the level where the tension was and 3 elsewhere; Common ground needs two or more aimed there, and more than elsewhere\.$/,
    );
    // Two groups tied lowest are both named.
    expect(endingWhy({ budget: 50, care: 50, trust: trust(40, 40, 60), right: 2, wrong: 0 })).toMatch(
      /but front-line staff’s and clinical leaders’ trust ended at 40, under the 45/,
    );
  });

  it('gives no reason for an ending the rules would not give from a run’s last figures (a run from earlier rules)', () => {
    const e: EndingInput = { budget: 60, care: 60, trust: trust(50, 50, 50), right: 3, wrong: 0 };
    expect(whyEnded(e, 'common_ground')).toBe(endingWhy(e));
    expect(whyEnded(e, 'wrong_fix')).toBeNull();
    expect(whyEnded({ ...e, care: 0 }, 'investigation')).toMatch(/^Patient care reached 0/);
  });
});

describe('checkSeed', () => {
  it('accepts a valid code as it is', () => {
    expect(checkSeed('K7M2QX')).toEqual({ ok: true, seed: 'K7M2QX' });
  });

  it.each([
    ['lower case', 'k7m2qx'],
    ['spaces', ' K7M 2QX '],
    ['a dash', 'K7M-2QX'],
    ['a mix of all three', 'k7m - 2q x'],
    ['a tab', 'K7M\t2QX'],
  ])('forgives %s', (_, input) => {
    expect(checkSeed(input)).toEqual({ ok: true, seed: 'K7M2QX' });
  });

  it.each([
    ['too short', 'K7M2Q', 5],
    ['too long', 'K7M2QXA', 7],
    ['far too long', 'ABCDEFGHJK', 10],
  ])('refuses a code that is %s, saying how long it should be and is', (_, input, length) => {
    const result = checkSeed(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain(`${SEED_LENGTH} characters`);
    expect(result.reason).toContain(`has ${length}`);
  });

  it('counts length after spaces and dashes are removed', () => {
    const result = checkSeed('K7-M2-Q');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('has 5');
  });

  it.each([
    ['O', 'K7M2QO'],
    ['I', 'KIM2QX'],
    ['L', 'K7L2QX'],
    ['0', 'K7M20X'],
    ['1', '17M2QX'],
  ])('refuses the look-alike "%s" and names it', (char, input) => {
    const result = checkSeed(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain(`"${char}"`);
    expect(result.reason).toMatch(/can't appear/);
  });

  it('names every forbidden character once, in the order they appear (upper-cased)', () => {
    const result = checkSeed('oil01o');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.startsWith('"O", "I", "L", "0", "1" ')).toBe(true);
    // "O" appears twice in the code but once in the message
    expect(result.reason.match(/"O"/g)).toHaveLength(1);
  });

  it('does not name the allowed characters of a partly wrong code', () => {
    const result = checkSeed('K7M2Q0');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain('"0"');
    for (const c of 'K7M2Q') expect(result.reason).not.toContain(`"${c}"`);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['only dashes and spaces', ' - - '],
  ])('refuses %s input and invites a code or a random one', (_, input) => {
    const result = checkSeed(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/Type a quarter code/);
  });

  it('the alphabet has no look-alikes', () => {
    for (const c of 'OIL01') expect(SEED_ALPHABET).not.toContain(c);
  });
});

describe('pressingLevel', () => {
  it('is deterministic: the same code always hides the same level', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 50; i++) {
      const seed = randomSeed(random);
      const level = pressingLevel(seed);
      expect(LEVELS).toContain(level);
      expect(pressingLevel(seed)).toBe(level);
    }
  });

  it('all three levels occur over many random codes, none overwhelmingly', () => {
    const random = seededRandom(42);
    const counts: Record<CulturalLevel, number> = { organisation: 0, department: 0, practice: 0 };
    const n = 600;
    for (let i = 0; i < n; i++) counts[pressingLevel(randomSeed(random))]++;
    for (const level of LEVELS) {
      expect(counts[level]).toBeGreaterThan(n / 6);
    }
  });
});

describe('randomSeed', () => {
  it('makes valid codes', () => {
    const random = seededRandom(3);
    for (let i = 0; i < 100; i++) {
      const seed = randomSeed(random);
      expect(seed).toHaveLength(SEED_LENGTH);
      expect(checkSeed(seed)).toEqual({ ok: true, seed });
    }
  });

  it('is reproducible from the same random source', () => {
    const a = seededRandom(11);
    const b = seededRandom(11);
    for (let i = 0; i < 10; i++) expect(randomSeed(a)).toBe(randomSeed(b));
  });

  it.each(LEVELS)('never returns a code whose hidden level is the avoided one (%s)', (avoid) => {
    const random = seededRandom(99);
    const seen = new Set<CulturalLevel>();
    for (let i = 0; i < 200; i++) {
      const seed = randomSeed(random, avoid);
      const level = pressingLevel(seed);
      expect(level).not.toBe(avoid);
      seen.add(level);
    }
    // both other levels still turn up
    expect(seen.size).toBe(LEVELS.length - 1);
  });
});

describe('visitCost', () => {
  it('Riverside House is an hour across the site from the main block', () => {
    expect(visitCost('clinician', 'exec', [])).toEqual({ travel: 1, there: 1, away: 0, total: 2 });
    expect(visitCost('clinician', 'finance', [])).toEqual({ travel: 1, there: 1, away: 0, total: 2 });
    // and the same walk back for a manager going to the wards
    expect(visitCost('manager', 'ward', [])).toEqual({ travel: 1, there: 3, away: 0, total: 4 });
  });

  it('a meeting off the site adds its hours in its own week only, from either base', () => {
    expect(visitCost('clinician', 'exec', [], 3)).toEqual({ travel: 1, there: 1, away: 2, total: 4 });
    expect(visitCost('manager', 'exec', [], 3)).toEqual({ travel: 0, there: 1, away: 2, total: 3 });
    expect(visitCost('manager', 'exec', [], 4)).toEqual({ travel: 0, there: 1, away: 0, total: 1 });
    expect(visitCost('clinician', 'ward', [], 3)).toEqual({ travel: 0, there: 3, away: 0, total: 3 });
    expect(awayFrom('exec', 3)).toMatchObject({ knot: 'w3_board', hours: 2 });
    expect(awayFrom('finance', 3)).toBeNull();
  });

  it('places in your own building cost no travel', () => {
    expect(visitCost('clinician', 'ward', [])).toEqual({ travel: 0, there: 3, away: 0, total: 3 });
    expect(visitCost('clinician', 'cafe', [])).toEqual({ travel: 0, there: 1, away: 0, total: 1 });
    expect(visitCost('manager', 'exec', [])).toEqual({ travel: 0, there: 1, away: 0, total: 1 });
    expect(visitCost('manager', 'finance', [])).toEqual({ travel: 0, there: 1, away: 0, total: 1 });
  });

  it('outpatients is half an hour from the main block and an hour from Riverside', () => {
    expect(visitCost('clinician', 'clinic', [])).toEqual({ travel: 0.5, there: 2, away: 0, total: 2.5 });
    expect(visitCost('manager', 'clinic', [])).toEqual({ travel: 1, there: 2, away: 0, total: 3 });
  });

  it('a manager works from Riverside unless co-located; a clinician always from the main block', () => {
    expect(baseBuilding('manager', [])).toBe('riverside');
    expect(baseBuilding('manager', ['kitchen', 'walkrounds'])).toBe('riverside');
    expect(baseBuilding('manager', ['colocate'])).toBe('main');
    expect(baseBuilding('clinician', [])).toBe('main');
    expect(baseBuilding('clinician', ['colocate'])).toBe('main');
  });

  it('co-location brings the manager and the finance office into the main block', () => {
    expect(visitCost('manager', 'ward', ['colocate'])).toEqual({ travel: 0, there: 3, away: 0, total: 3 });
    expect(visitCost('manager', 'finance', ['colocate'])).toEqual({ travel: 0, there: 1, away: 0, total: 1 });
    expect(visitCost('clinician', 'finance', ['colocate'])).toEqual({ travel: 0, there: 1, away: 0, total: 1 });
    // the executive suite stays across the site
    expect(visitCost('manager', 'exec', ['colocate'])).toEqual({ travel: 1, there: 1, away: 0, total: 2 });
  });

  it('walk-rounds make the ward and ED an hour cheaper, and nothing else', () => {
    for (const role of ROLES) {
      for (const place of ['ward', 'ed'] as const) {
        const before = visitCost(role, place, []);
        const after = visitCost(role, place, ['walkrounds']);
        expect(after.there).toBe(before.there - 1);
        expect(after.total).toBe(before.total - 1);
        expect(after.travel).toBe(before.travel);
      }
      for (const place of ['theatres', 'clinic', 'cafe', 'finance', 'exec'] as const) {
        expect(visitCost(role, place, ['walkrounds'])).toEqual(visitCost(role, place, []));
      }
    }
  });

  it('the shared kitchen makes the café quicker, and nothing else', () => {
    for (const role of ROLES) {
      const before = visitCost(role, 'cafe', []);
      const after = visitCost(role, 'cafe', ['kitchen']);
      expect(after.there).toBeLessThan(before.there);
      expect(after.total).toBeLessThan(before.total);
      expect(after.there).toBe(0.5);
      expect(visitCost(role, 'ward', ['kitchen'])).toEqual(visitCost(role, 'ward', []));
    }
  });

  it('structures combine', () => {
    expect(visitCost('manager', 'ward', ['colocate', 'walkrounds'])).toEqual({
      travel: 0,
      there: 2,
      away: 0,
      total: 2,
    });
    expect(visitCost('manager', 'cafe', ['colocate', 'kitchen'])).toEqual({
      travel: 0,
      there: 0.5,
      away: 0,
      total: 0.5,
    });
  });
});

describe('status and disclosure', () => {
  it('the status gap is rank apart plus one across worlds', () => {
    // manager (3) and a ward sister (2), across worlds
    expect(statusGap('manager', person('okafor'))).toBe(2);
    // clinician (4) and a ward sister (2), same world
    expect(statusGap('clinician', person('okafor'))).toBe(2);
    // manager (3) and the finance partner (3), same world
    expect(statusGap('manager', person('webb'))).toBe(0);
    // clinician (4) and the finance partner (3), across worlds
    expect(statusGap('clinician', person('webb'))).toBe(2);
    // manager (3) and the porter (1), across worlds
    expect(statusGap('manager', person('doyle'))).toBe(3);
  });

  it('the disclosure threshold rises four points per step of the gap', () => {
    for (const role of ROLES) {
      for (const c of CHARACTERS) {
        expect(disclosureThreshold(role, c)).toBe(50 + 4 * statusGap(role, c));
      }
    }
    expect(disclosureThreshold('manager', person('doyle'))).toBe(62);
  });

  it('formal leaders (Marsh, Cole) always talk to you, even at no trust', () => {
    expect([...FORMAL_LEADERS].sort()).toEqual(['cole', 'marsh']);
    for (const role of ROLES) {
      expect(isOpen(role, 'marsh', 0)).toBe(true);
      expect(isOpen(role, 'cole', 0)).toBe(true);
    }
  });

  it('a front-line person is closed to a manager at the start and opens once trust clears the threshold', () => {
    const start = startingPeople('manager');
    for (const id of ['okafor', 'bello', 'nair', 'doyle']) {
      const threshold = disclosureThreshold('manager', person(id));
      expect(start[id]).toBeLessThan(threshold);
      expect(isOpen('manager', id, start[id]!)).toBe(false);
      expect(isOpen('manager', id, threshold - 1)).toBe(false);
      expect(isOpen('manager', id, threshold)).toBe(true);
      expect(isOpen('manager', id, 100)).toBe(true);
    }
  });

  it('an unknown person never opens up', () => {
    expect(isOpen('manager', 'nobody', 100)).toBe(false);
  });
});

describe('startingPeople', () => {
  it('gives everyone a starting trust in range', () => {
    for (const role of ROLES) {
      const people = startingPeople(role);
      expect(Object.keys(people).sort()).toEqual(CHARACTERS.map((c) => c.id).sort());
      for (const v of Object.values(people)) {
        expect(Number.isInteger(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(100);
      }
    }
  });

  it('differs by role: clinicians trust the clinician more, executives the manager', () => {
    const clinician = startingPeople('clinician');
    const manager = startingPeople('manager');
    for (const c of CHARACTERS.filter((x) => x.group === 'clinicians')) {
      expect(clinician[c.id]).toBeGreaterThan(manager[c.id]!);
    }
    for (const c of CHARACTERS.filter((x) => x.group === 'executives')) {
      expect(manager[c.id]).toBeGreaterThan(clinician[c.id]!);
    }
  });

  it('starts near the group’s trust, lower across a wider gap', () => {
    const groups = START_METERS.manager.trust;
    const manager = startingPeople('manager');
    // okafor: 50 + (36 - 50) / 2 - 2
    expect(manager.okafor).toBe(Math.round(50 + (groups.clinicians - 50) / 2 - 2));
    // same group, wider gap (porter vs ward sister): less trust
    expect(manager.doyle).toBeLessThan(manager.okafor!);
  });
});

describe('arcStage', () => {
  it('is 0 before an arc starts, 1 while it runs, 2 once it matures', () => {
    // paired learning matures after 3 weeks
    expect(arcStage('paired', {}, 5)).toBe(0);
    expect(arcStage('paired', { paired: { started: 2 } }, 2)).toBe(1);
    expect(arcStage('paired', { paired: { started: 2 } }, 4)).toBe(1);
    expect(arcStage('paired', { paired: { started: 2 } }, 5)).toBe(2);
    expect(arcStage('paired', { paired: { started: 2 } }, 8)).toBe(2);
    // shadowing matures after 2
    expect(arcStage('shadowing', { shadowing: { started: 3 } }, 4)).toBe(1);
    expect(arcStage('shadowing', { shadowing: { started: 3 } }, 5)).toBe(2);
  });

  it('reads only the arc asked about', () => {
    expect(arcStage('board', { paired: { started: 1 } }, 8)).toBe(0);
  });
});

describe('earlyEnding', () => {
  const ok = { budget: 50, care: 50, trust: trust(50, 50, 50) };

  it('is null while every meter and group is above 0', () => {
    expect(earlyEnding(ok)).toBeNull();
    expect(earlyEnding({ budget: 1, care: 1, trust: trust(11, 11, 11) })).toBeNull();
  });

  it('executives at 0 alone do not end the quarter, but overall trust at 10 or below does', () => {
    expect(earlyEnding({ ...ok, trust: { ...ok.trust, executives: 0 } })).toBeNull();
    expect(earlyEnding({ budget: 50, care: 50, trust: trust(10, 10, 10) })).toBe('no_confidence');
  });

  it('care at 0 is an investigation', () => {
    expect(earlyEnding({ ...ok, care: 0 })).toBe('investigation');
    // care comes first when both fail
    expect(earlyEnding({ ...ok, care: 0, budget: 0 })).toBe('investigation');
  });

  it('budget at 0 is special measures', () => {
    expect(earlyEnding({ ...ok, budget: 0 })).toBe('special_measures');
  });

  it.each(['clinicians', 'leaders'] as const)('clinical trust at 0 (%s) is no confidence', (group) => {
    expect(earlyEnding({ ...ok, trust: { ...ok.trust, [group]: 0 } })).toBe('no_confidence');
  });
});

describe('earlyEndingWhy', () => {
  const ok = { budget: 50, care: 50, trust: trust(50, 50, 50) };

  it('says nothing while nothing would end the quarter', () => {
    expect(earlyEndingWhy(ok)).toBeNull();
    expect(earlyEndingWhy({ ...ok, trust: { ...ok.trust, executives: 0 } })).toBeNull();
  });

  it('names the rule that ended it, the same one the ending came from', () => {
    expect(earlyEndingWhy({ ...ok, care: 0, budget: 0 })).toMatch(/^Patient care reached 0/);
    expect(earlyEndingWhy({ ...ok, budget: 0 })).toMatch(/^The budget reached 0/);
    expect(earlyEndingWhy({ ...ok, trust: { ...ok.trust, clinicians: 0 } })).toMatch(
      /^Front-line staff’s trust in you reached 0/,
    );
    expect(earlyEndingWhy({ ...ok, trust: { ...ok.trust, leaders: 0 } })).toMatch(/^Clinical leaders’ trust/);
    // Both at 0: the ending's text shows the consultants' letter (it checks leaders first), and so does the reason.
    expect(earlyEndingWhy({ ...ok, trust: { ...ok.trust, leaders: 0, clinicians: 0 } })).toMatch(
      /^Clinical leaders’ trust/,
    );
    // Overall trust at the line, no group at 0: the figure the player saw, and the line.
    expect(earlyEndingWhy({ ...ok, trust: trust(12, 10, 8) })).toBe(
      'Trust across the three groups fell to 10, and at 10 or below nobody is left who will work with you.',
    );
  });
});

describe('finalEnding', () => {
  const base: EndingInput = { budget: 60, care: 60, trust: trust(60, 60, 60), right: 0, wrong: 0 };

  it('common ground: the pressing level addressed, and budget, care and every group healthy', () => {
    expect(finalEnding({ ...base, right: 2, wrong: 0 })).toBe('common_ground');
    expect(finalEnding({ ...base, right: 3, wrong: 2 })).toBe('common_ground');
    expect(finalEnding({ ...base, budget: 40, care: 45, trust: trust(45, 80, 60), right: 2 })).toBe('common_ground');
  });

  it('not common ground when any bar is missed', () => {
    expect(finalEnding({ ...base, right: 1 })).not.toBe('common_ground');
    expect(finalEnding({ ...base, right: 2, wrong: 2 })).not.toBe('common_ground');
    expect(finalEnding({ ...base, right: 2, budget: 39 })).not.toBe('common_ground');
    expect(finalEnding({ ...base, right: 2, care: 44 })).not.toBe('common_ground');
    expect(finalEnding({ ...base, right: 2, trust: trust(44, 60, 60) })).not.toBe('common_ground');
  });

  it('the wrong fix: three or more wrong moves that outnumber the right', () => {
    expect(finalEnding({ ...base, wrong: 3 })).toBe('wrong_fix');
    expect(finalEnding({ ...base, right: 2, wrong: 3 })).toBe('wrong_fix');
    expect(finalEnding({ ...base, right: 3, wrong: 3 })).not.toBe('wrong_fix');
    expect(finalEnding({ ...base, wrong: 2 })).not.toBe('wrong_fix');
  });

  it('two worlds: trust 25 or more apart between groups', () => {
    expect(finalEnding({ ...base, trust: trust(70, 60, 45) })).toBe('two_worlds');
    expect(finalEnding({ ...base, trust: trust(69, 60, 45) })).toBe('holding');
  });

  it('holding the line otherwise', () => {
    expect(finalEnding(base)).toBe('holding');
    expect(finalEnding({ ...base, right: 1, wrong: 1 })).toBe('holding');
  });

  it('an early ending still wins at the close of the quarter', () => {
    expect(finalEnding({ ...base, right: 5, care: 0 })).toBe('investigation');
    expect(finalEnding({ ...base, budget: 0 })).toBe('special_measures');
    expect(finalEnding({ ...base, trust: trust(0, 60, 60) })).toBe('no_confidence');
  });
});

describe('addressed', () => {
  it.each([
    [0, 0, false],
    [1, 0, false],
    [2, 0, true],
    [2, 1, true],
    [2, 2, false],
    [3, 2, true],
    [3, 4, false],
  ])('right %i, wrong %i → %s', (right, wrong, expected) => {
    expect(addressed(right, wrong)).toBe(expected);
  });
});
