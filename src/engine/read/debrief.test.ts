import { describe, expect, it } from 'vitest';
import {
  atTheirLimit,
  hiddenCosts,
  reflectionsFor,
  selfEvidence,
  skillsProfile,
  staffLines,
  stoppedShort,
  styleOf,
  trustFromAim,
  trustStillToLand,
  wornDownBy,
} from './debrief.ts';
import type { RunRecord } from './record.ts';
import { causeText } from './explain.ts';
import { applyTags, beginScene, newRun, startDecision, type ChangeRecord, type GameState } from '../rules/rules.ts';
import { headline, START_METERS } from '../rules/meters.ts';
import { INTERVENTION } from '../rules/quarter.ts';
import { TEST_PLAN, tagOf } from '../drive/fixture.ts';

describe('the skills profile', () => {
  it('gives each skill its share to the nearest whole per cent, the same for the same count', () => {
    // 9, 9 and 8 of 26 are 34.6, 34.6 and 30.8: the two nines are both 35% (made to add up to 100, one was 34%).
    const tied = skillsProfile({ skills: { understanding: 9, listening: 9, communication: 8 } });
    expect(tied.share).toEqual({ understanding: 35, listening: 35, communication: 31 });
    expect(
      Object.values(skillsProfile({ skills: { understanding: 1, listening: 1, communication: 1 } }).share),
    ).toEqual([33, 33, 33]);
    expect(skillsProfile({ skills: { understanding: 7, listening: 5, communication: 3 } }).share).toEqual({
      understanding: 47,
      listening: 33,
      communication: 20,
    });
  });

  it('names every skill that ties for most or least, and none when all three tie', () => {
    const tied = skillsProfile({ skills: { understanding: 9, listening: 9, communication: 8 } });
    expect([tied.strongest, tied.weakest]).toEqual([['understanding', 'listening'], ['communication']]);
    const low = skillsProfile({ skills: { understanding: 4, listening: 1, communication: 1 } });
    expect([low.strongest, low.weakest]).toEqual([['understanding'], ['listening', 'communication']]);
    const even = skillsProfile({ skills: { understanding: 2, listening: 2, communication: 2 } });
    expect([even.strongest, even.weakest]).toEqual([[], []]);
  });

  it('is all zero when no skill was drawn on', () => {
    expect(skillsProfile({ skills: { understanding: 0, listening: 0, communication: 0 } }).share).toEqual({
      understanding: 0,
      listening: 0,
      communication: 0,
    });
  });
});

describe('the title a run earns', () => {
  // A slow slide to the end: no big swings, nothing aimed anywhere.
  const run = (ending: RunRecord['ending'], end: { budget: number; care: number; trust: number }) =>
    ({
      ending,
      meters: { ...START_METERS.manager, budget: end.budget, care: end.care },
      interventions: [],
      history: [
        { week: 1, budget: 55, care: 55, trust: 55 },
        { week: 5, ...end },
      ],
    }) as unknown as RunRecord;

  it('never says "nothing collapsed" of a quarter that ended early', () => {
    // Balanced meters would earn "Steady hand"; a quarter stopped by a death or by the money ran out earns neither it nor praise.
    expect(styleOf(run('holding', { budget: 45, care: 45, trust: 45 }))).toBe('steady_hand');
    expect(styleOf(run('investigation', { budget: 45, care: 0, trust: 45 }))).toBe('stopped_short');
    expect(styleOf(run('special_measures', { budget: 0, care: 50, trust: 50 }))).toBe('stopped_short');
    // One group's letter with the other two at 50 leaves the headline near 33: still a run few people stayed with.
    expect(styleOf(run('no_confidence', { budget: 50, care: 50, trust: 33 }))).toBe('lone_operator');
  });
});

describe('what the debrief says of the staff', () => {
  const start = START_METERS.clinician.wellbeing;
  const run = (fall: number, leavers: { week: number; count: number; wellbeing: number }[], week = 8) => ({
    role: 'clinician' as const,
    meters: { ...START_METERS.clinician, wellbeing: start - fall },
    leavers,
    week,
  });

  it('claims rota gaps only when someone went off before the last week', () => {
    const gaps = staffLines(run(20, [{ week: 5, count: 1, wellbeing: 43 }]));
    expect(gaps.wellbeing).toMatch(/turned into rota gaps/);
    expect(gaps.signedOff).toBe(
      'One member of staff was signed off sick with stress in week 5 (wellbeing 43). At a week’s end under 45, one person is signed off, and under 32, two; no more than 4 are signed off in a quarter. From the week after, their shifts were gaps on the rota, filled from the bank or agency on top of their sick pay, and by colleagues working extra shifts.',
    );
    const several = staffLines(
      run(30, [
        { week: 5, count: 1, wellbeing: 43 },
        { week: 6, count: 2, wellbeing: 30 },
      ]),
    );
    // Each week's count beside the wellbeing it fell to: two in a week is the rule under 32, said there too.
    expect(several.signedOff).toMatch(
      /^3 staff were signed off sick with stress: 1 in week 5 \(wellbeing 43\) and 2 in week 6 \(wellbeing 30\)\. At a week’s end under 45, one person is signed off, and under 32, two;/,
    );
    const last = staffLines(run(20, [{ week: 8, count: 2, wellbeing: 30 }]));
    expect(last.wellbeing).not.toMatch(/rota gaps/);
    expect(last.signedOff).toMatch(/The quarter ended before the gaps they left on the rota opened\.$/);
    // The workshop's four weeks are a month.
    const month = staffLines({ ...run(20, [{ week: 4, count: 1, wellbeing: 40 }], 4), run: { weeks: 4 } });
    expect(month.wellbeing).toMatch(/by the month’s last week/);
    expect(month.signedOff).toMatch(/The month ended before the gaps/);
  });

  it('says nobody went when nobody did, and names the line they would have crossed', () => {
    const none = staffLines(run(10, []));
    expect(none.wellbeing).toMatch(
      /below 45 at a week’s end, someone is signed off. It was never below that at a week’s end, so nobody was/,
    );
    // Ending on the line is not "above" it.
    expect(start - 45).toBeGreaterThanOrEqual(10);
    expect(staffLines(run(start - 45, [])).wellbeing).toMatch(
      /was never below that at a week’s end \(it ended on the line\), so nobody/,
    );
    expect(none.signedOff).toBeNull();
    expect(staffLines(run(2, [])).wellbeing).toMatch(/held roughly steady/);
    // A fall of 8 is not "steady": it slipped, and whether anyone went is said as it was.
    expect(staffLines(run(8, [])).wellbeing).toBe(
      'It slipped, but it never ended a week below 45, the line under which people go off sick.',
    );
    expect(staffLines(run(8, [{ week: 4, count: 1, wellbeing: 44 }])).wellbeing).toBe(
      'It slipped, and at its lowest had people signed off sick.',
    );
    expect(staffLines(run(-6, [])).wellbeing).toMatch(/a little more left/);
  });
});

describe('what wore the staff down, said when someone is signed off', () => {
  let level = 60;
  const fall = (delta: number, origin: ChangeRecord['origin'], decision: number | null = null): ChangeRecord => {
    const before = level;
    level += delta;
    return { scene: 0, week: 3, decision, delayed: false, target: 'wellbeing', delta, before, after: level, origin };
  };
  const pressure = (p: 'wellbeing-winter' | 'dual-role' | 'wellbeing-trust' | 'wellbeing-care') =>
    ({ kind: 'pressure', pressure: p }) as const;

  it('names the causes by their net fall, most first, and leaves out what lifted people', () => {
    const changes: ChangeRecord[] = [
      fall(-2, pressure('wellbeing-winter')),
      fall(-1, pressure('dual-role')),
      fall(-1, pressure('dual-role')),
      fall(-1, pressure('dual-role')),
      fall(-3, { kind: 'choice' }, 4),
      fall(1, pressure('wellbeing-trust')),
      fall(-2, pressure('wellbeing-care')),
      fall(2, pressure('wellbeing-care')),
      // Another meter, and hours, are not wellbeing.
      { ...fall(0, { kind: 'choice' }, 5), target: 'care' as const, before: 50, after: 40, delta: -10 },
    ];
    expect(wornDownBy({ changes, plan: [] })).toEqual([
      'your dual role, without protected time',
      'what your own decisions asked of people',
      'winter',
    ]);
    expect(wornDownBy({ changes, plan: [] }, 5)).toHaveLength(3);
    expect(wornDownBy({ changes: [], plan: [] })).toEqual([]);
    // A scene's own line that wore people down is named by the scene, which the player can look back on.
    const plan = [{ title: 'The board round' }] as Parameters<typeof wornDownBy>[0]['plan'];
    expect(wornDownBy({ changes: [fall(-4, { kind: 'scene', line: 'x' })], plan })).toEqual([
      'what happened in “The board round”',
    ]);
  });
});

describe('the meters a run pushed against their limits', () => {
  const change = (target: ChangeRecord['target'], before: number, delta: number, after: number): ChangeRecord => ({
    scene: 0,
    week: 2,
    decision: 1,
    delayed: false,
    target,
    delta,
    before,
    after,
    origin: { kind: 'choice' },
  });
  const start = START_METERS.clinician;
  const leaders = start.trust.leaders;

  it('names a meter, or a group, that a change met at 0 or 100 and moved less than it said', () => {
    const run = {
      role: 'clinician' as const,
      changes: [
        change('care', start.care, -3, start.care - 3), // room to move
        change('budget', start.budget, -(start.budget + 3), 0), // asked for 3 below 0
        change('trust.leaders', leaders, 99 - leaders, 99),
        // All three groups +2: the leaders, at 99, take only 1 (the change logs the groups' average).
        change('trust', 60, 2, 61.7),
      ],
    };
    expect(atTheirLimit(run).sort()).toEqual(['budget', 'trust.leaders']);
    expect(atTheirLimit({ role: 'clinician', changes: run.changes.slice(0, 1) })).toEqual([]);
  });

  it('says, for some changes, which meter or person’s trust stopped short and where, each once', () => {
    const person = (before: number, delta: number, after: number, decision = 1): ChangeRecord => ({
      ...change('person', before, delta, after),
      person: 'doyle',
      decision,
    });
    const run = {
      role: 'clinician' as const,
      changes: [
        change('trust.leaders', leaders, 99 - leaders, 99),
        // All three groups +2 (the leaders, at 99, take 1), then +1 more (they take none): the leaders named once.
        change('trust', 60, 2, 61.7),
        change('trust', 61.7, 1, 62.3),
        person(98, 3, 100),
        person(100, 2, 100),
        // Another decision's, and one that landed later: not this decision's at once.
        person(40, 2, 42, 2),
        { ...change('budget', start.budget, -(start.budget + 3), 0), delayed: true },
      ],
    };
    const own = (id: number) => run.changes.filter((c) => c.decision === id && !c.delayed);
    expect(stoppedShort(run, own(1))).toEqual([
      { target: 'trust.leaders', at: 100 },
      { person: 'doyle', at: 100 },
    ]);
    expect(stoppedShort(run, own(2))).toEqual([]);
    // What landed later is read the same way, from its own changes.
    expect(stoppedShort(run, run.changes.slice(-1))).toEqual([{ target: 'budget', at: 0 }]);
  });
});

describe('the biggest hidden costs', () => {
  it('gives each reason a decision’s later consequences came with, not only the last', () => {
    const later = (target: ChangeRecord['target'], delta: number, note: string): ChangeRecord => ({
      scene: 9,
      week: 5,
      decision: 0,
      delayed: true,
      target,
      delta,
      before: 50,
      after: 50 + delta,
      note,
      origin: { kind: 'choice' },
    });
    const bleep = 'With the wards’ bleep passed to a foundation doctor, evening ward reviews waited longer';
    const notice = 'The rota started short of notice, teaching went, and exception reports rose';
    const run = {
      plan: [],
      decisions: [{ id: 0, week: 2, sceneTitle: 'The rota nobody asked about', text: 'Let it start on time' }],
      changes: [later('care', -2, bleep), later('trust.clinicians', -3, notice), later('care', -1, bleep)],
    } as unknown as RunRecord;
    const [cost] = hiddenCosts(run);
    expect(cost!.cause).toBe('Week 2, “The rota nobody asked about”: you chose “Let it start on time”');
    expect(cost!.detail).toBe(`${bleep}. ${notice}.`);
    // The rules' own reasons end in a full stop; joined, none is doubled.
    const held = 'The change aimed at the practice level held.';
    const [both] = hiddenCosts({ ...run, changes: [later('care', -2, held), later('care', -1, bleep)] });
    expect(both!.detail).toBe(`The change aimed at the practice level held. ${bleep}.`);
    const [one] = hiddenCosts({ ...run, changes: [later('care', -2, held)] });
    expect(one!.detail).toBe(held);
  });

  it('leaves out what changes aimed at a level did: the level’s own card tells all of them together', () => {
    const landed = (decision: number, delta: number, origin: ChangeRecord['origin']): ChangeRecord => ({
      scene: 9,
      week: 7,
      decision,
      delayed: true,
      target: 'trust',
      delta,
      before: 60,
      after: 60 + delta,
      note: 'why',
      origin,
    });
    const run = {
      plan: [],
      decisions: [
        { id: 0, week: 6, sceneTitle: 'Staff café', text: 'Build protected breaks into the take rota' },
        { id: 1, week: 6, sceneTitle: 'Outliers', text: 'Keep the outliers where they are' },
      ],
      changes: [
        landed(0, -3, { kind: 'intervention', level: 'department', right: false }),
        landed(1, -1, { kind: 'choice' }),
      ],
    } as unknown as RunRecord;
    const costs = hiddenCosts(run);
    expect(costs.map((c) => c.cause)).toEqual(['Week 6, “Outliers”: you chose “Keep the outliers where they are”']);
  });

  it('keeps a pressure’s first push, from which what set it off is named; a decision’s cost has none', () => {
    const push = (week: number, delta: number): ChangeRecord => ({
      scene: week,
      week,
      decision: null,
      delayed: false,
      target: 'care',
      delta,
      before: 45,
      after: 45 + delta,
      note: 'Care slips',
      origin: { kind: 'pressure', pressure: 'care-slipping' },
    });
    const first = push(2, -3);
    const run = { plan: [], decisions: [], changes: [first, push(3, -3)] } as unknown as RunRecord;
    const [cost] = hiddenCosts(run);
    expect(cost!.pushed).toBe(first);
    expect(cost!.weeks).toEqual([2, 3]);
    const chosen = { ...first, decision: 0, delayed: true, origin: { kind: 'choice' } } as ChangeRecord;
    const decided = { ...run, decisions: [{ id: 0, week: 1, sceneTitle: 'A', text: 'B' }], changes: [chosen] };
    expect(hiddenCosts(decided as unknown as RunRecord)[0]).not.toHaveProperty('pushed');
  });
});

describe('what the run did, beside each self-assessment statement', () => {
  it('counts the run’s own decisions, words and scenes, and claims nothing where the game records nothing', () => {
    const decision = (skills: string[]) => ({ skills }) as unknown as RunRecord['decisions'][number];
    const term = (how: string, misread = false) => ({ how, misread }) as unknown as RunRecord['terms'][number];
    const run = {
      decisions: [decision(['listening']), decision(['understanding', 'listening']), decision(['communication'])],
      terms: [term('asked'), term('looked up'), term('nodded', true), term('nodded'), term('from your partner')],
      changes: [{ origin: { kind: 'jargon' } }] as unknown as RunRecord['changes'],
      missed: [{}] as unknown as RunRecord['missed'],
    };
    expect(selfEvidence(run)).toEqual({
      s1: 'Asked about 2 of the other side’s words, and looked up 1.',
      s2: '1 of your 3 decisions showed understanding of the other side.',
      s3: '2 of your 3 decisions were listening; 1 scene reached you second-hand.',
      s4: 'The game does not count this one: ask it of your own last month.',
      s5: 'Asked 2, looked up 1, nodded along at 2 (1 came back as a misunderstanding).',
      s6: '1 of your 3 decisions put things in terms the other side uses; you spoke your own jargon to them once.',
    });
  });
});

describe('the questions about where the player went', () => {
  // A visit logs its hours and one change for each person met there: the executive suite has two people, finance
  // one, the clinic none. The questions count visits by the kind of place, not people met.
  const visit = (week: number, place: 'ward' | 'clinic' | 'exec' | 'finance', people: number): ChangeRecord[] => [
    {
      scene: 0,
      week,
      decision: null,
      delayed: false,
      target: 'hours',
      delta: -3,
      before: 20,
      after: 17,
      origin: { kind: 'visit', place },
    },
    ...Array.from({ length: people }, (): ChangeRecord => ({
      scene: 0,
      week,
      decision: null,
      delayed: false,
      target: 'person',
      person: 'x',
      delta: 1,
      before: 0,
      after: 1,
      note: 'You showed up at somewhere.',
      origin: { kind: 'visit', place },
    })),
  ];
  const went = (changes: ChangeRecord[], weeks?: number) =>
    reflectionsFor({
      role: 'clinician',
      ending: 'holding',
      interventions: [],
      terms: [],
      missed: [],
      arcs: {},
      reflections: {},
      meters: START_METERS.clinician,
      history: [],
      run: { id: 'r', branchOf: null, pairedWith: 'p', ...(weeks ? { weeks } : {}) },
      changes,
    } as unknown as RunRecord);
  const weeks = (n: number, f: (w: number) => ChangeRecord[]) => Array.from({ length: n }, (_, i) => f(i + 1)).flat();

  it('asks about the front line of a player in clinic every week, and never calls them formal-only', () => {
    const clinic = weeks(8, (w) => visit(w, 'clinic', 0));
    expect(went(clinic)).toContain('front_line');
    expect(went(clinic)).not.toContain('formal_only');
  });

  it('asks a player who went only to the executive suite and finance about formal routes, not the front line', () => {
    const formal = weeks(7, (w) => [...visit(w, 'exec', 2), ...visit(w, 'finance', 1)]);
    expect(went(formal)).toContain('formal_only');
    expect(went(formal)).not.toContain('front_line');
  });

  it('does not call a player formal-only who went to the café more than to the formal places', () => {
    const cafe = (week: number): ChangeRecord[] => [
      {
        scene: 0,
        week,
        decision: null,
        delayed: false,
        target: 'hours',
        delta: -1,
        before: 20,
        after: 19,
        origin: { kind: 'visit', place: 'cafe' },
      },
    ];
    const mixed = [...weeks(3, (w) => visit(w, 'exec', 2)), ...weeks(6, cafe), ...visit(1, 'ward', 3)];
    expect(went(mixed)).not.toContain('formal_only');
  });

  it('asks neither of a player who barely went anywhere, and counts a week a visit over the four-week quarter', () => {
    expect(went(visit(1, 'ward', 3))).not.toContain('front_line');
    expect(went(visit(1, 'ward', 3))).not.toContain('formal_only');
    expect(
      went(
        weeks(4, (w) => visit(w, 'ward', 3)),
        4,
      ),
    ).toContain('front_line');
    expect(went(weeks(4, (w) => visit(w, 'ward', 3)))).not.toContain('front_line');
  });
});

describe('the title beside Two hospitals', () => {
  it('is never Bridge builder, however well the meters ended, where the groups ended more than 25 apart', () => {
    const run = (ending: RunRecord['ending']) =>
      ({
        ending,
        meters: { ...START_METERS.manager, budget: 60, care: 60 },
        interventions: [{ right: true }, { right: true }, { right: true }],
        history: [
          { week: 1, budget: 60, care: 56, trust: 50 },
          { week: 8, budget: 60, care: 60, trust: 62 },
        ],
      }) as unknown as RunRecord;
    expect(styleOf(run('holding'))).toBe('bridge_builder');
    expect(styleOf(run('two_worlds'))).not.toBe('bridge_builder');
  });
});

describe('a scene missed, as the debrief names the cause', () => {
  it('says where a meeting across town met, as the week screen does, and where an older save did not say', () => {
    const missed = (note?: string): ChangeRecord => ({
      scene: 5,
      week: 3,
      decision: null,
      delayed: false,
      target: 'person',
      person: 'cole',
      delta: -1,
      before: 0,
      after: -1,
      ...(note ? { note } : {}),
      origin: { kind: 'missed', place: 'exec', title: 'The system board' },
    });
    const run = { decisions: [], plan: [] };
    expect(
      causeText(
        run,
        missed('You weren’t at “The system board” in a council building across town; you heard about it second-hand.'),
      ).cause,
    ).toBe('You weren’t at “The system board” in a council building across town');
    expect(causeText(run, missed()).cause).toBe('You were not at Executive suite for “The system board”');
  });
});

describe('how far the changes aimed at a level moved the Trust meter', () => {
  const opened = () => {
    const s = { ...beginScene(newRun('manager', [...TEST_PLAN], 'K7M2QX'), 0), pressing: 'practice' as const };
    return startDecision(s, 'Back the ward’s own idea');
  };

  it('reads a miss one group asked for from the two groups it moved, as the meter moved', () => {
    const { state, id } = opened();
    // Aimed at the organisation, it would cost all three; the front line asked for it.
    const made = applyTags(state, [tagOf('intervene organisation asked clinicians')], id);
    // Set in motion, not landed: two groups at −3 each are −2 on the three groups' average.
    expect(trustStillToLand(made)).toEqual({ right: 0, wrong: -2 });
    const landed = beginScene(made, INTERVENTION.after);
    const meter = (s: GameState) => headline(s.meters).trust;
    expect(trustFromAim(landed)).toEqual({ right: 0, wrong: meter(landed) - meter(made) });
    expect(meter(landed) - meter(made)).toBe(-2);
    expect(trustStillToLand(landed)).toEqual({ right: 0, wrong: 0 });
  });

  it('reads a miss nobody asked for, aimed at the organisation, as the three groups’ own move', () => {
    const { state, id } = opened();
    const made = applyTags(state, [tagOf('intervene organisation')], id);
    expect(trustStillToLand(made)).toEqual({ right: 0, wrong: INTERVENTION.wrong.trust });
    const landed = beginScene(made, INTERVENTION.after);
    expect(trustFromAim(landed)).toEqual({ right: 0, wrong: INTERVENTION.wrong.trust });
  });
});
