import { describe, expect, it } from 'vitest';
import { applyTags, askTerm, beginScene, newRun, startDecision, type GameState } from '../rules/rules.ts';
import { characterById } from '../rules/characters.ts';
import { knownAtStart, termById } from '../rules/glossary.ts';
import { TEST_PLAN, tagOf } from '../drive/fixture.ts';
import { causeText, explain, landsAfterEnd, sceneChanges, setGoing, weekSummary, youChose } from './explain.ts';
import { REVIEW_KNOT } from '../rules/quarter.ts';
import type { ChangeRecord } from '../rules/rules.ts';
import { netIn } from './debrief.ts';

/** A choice in scene 0 with these tags, after the scene's own lines did `first`. */
function chose(first: string[], tags: string[]): { state: GameState; id: number } {
  const s0 = applyTags(beginScene(newRun('clinician', [...TEST_PLAN], 'K7M2QX'), 0), first.map(tagOf), null);
  const opened = startDecision(s0, 'Do the thing');
  return { state: applyTags(opened.state, tags.map(tagOf), opened.id), id: opened.id };
}

const lineOf = (state: GameState, id: number) => sceneChanges(state, 0).find((e) => e.decision === id)!.net;

describe('a change to all three trust groups, as the scene names it', () => {
  it('is one line when all three moved alike', () => {
    const { state, id } = chose([], ['trust +2']);
    expect(lineOf(state, id)).toEqual([{ target: 'trust', delta: 2 }]);
  });

  it('names each group’s own move when one was at its limit, so the lines add up to the groups', () => {
    // A clinical director's week: front-line staff at 100, "+2 to all three groups" moved the other two 2 each
    // and the rounded average 1, and the card said "Trust of all three groups +1" (or +2) beside groups that
    // had moved 2 and 0.
    const { state, id } = chose(['trust.clinicians +20', 'trust.clinicians +20', 'trust.clinicians +20'], ['trust +2']);
    expect(state.meters.trust.clinicians).toBe(100);
    const own = [
      { target: 'trust.leaders', delta: 2 },
      { target: 'trust.executives', delta: 2 },
    ];
    expect(lineOf(state, id)).toEqual(own);
    // The debrief reads the same changes the same way (its links, its decisions, the pressures' causes).
    expect(
      netIn(
        state,
        state.changes.filter((c) => c.decision === id),
      ),
    ).toEqual(own);
  });
});

describe('what a decision has still to land, against the end of the run', () => {
  const scenes = (knots: string[]) => knots.map((knot) => ({ knot })) as unknown as GameState['plan'];
  const pending = (due: number, kind: 'intervention' | 'choice' = 'intervention') =>
    ({
      decision: 4,
      due,
      effect: { kind: 'meter', target: 'trust', delta: -3 },
      origin: { kind },
    }) as GameState['pending'][number];
  const week8 = { week: 8, run: { weeks: 8 } as unknown as GameState['run'] };

  it('lands at the review when due at the last week’s end, where the review is added; not when due after it', () => {
    const plan = scenes(['a', 'b', 'c']); // the last week's scenes, the review not yet added (it will be scene 3)
    expect(landsAfterEnd({ ...week8, plan, pending: [pending(3)] }, 4)).toBe(false);
    expect(landsAfterEnd({ ...week8, plan, pending: [pending(4)] }, 4)).toBe(true);
    // At the review itself, it is the last scene.
    const atReview = scenes(['a', 'b', 'c', 'quarter_review']);
    expect(landsAfterEnd({ ...week8, plan: atReview, pending: [pending(3)] }, 4)).toBe(false);
    expect(landsAfterEnd({ ...week8, plan: atReview, pending: [pending(4)] }, 4)).toBe(true);
  });

  it('never says so before the last week, whose plan is not yet made; and reads one origin when asked', () => {
    const plan = scenes(['a', 'b', 'c']);
    expect(
      landsAfterEnd({ week: 7, run: { weeks: 8 } as unknown as GameState['run'], plan, pending: [pending(9)] }, 4),
    ).toBe(false);
    const both = [pending(9), pending(3, 'choice')];
    expect(landsAfterEnd({ ...week8, plan, pending: both }, 4, 'intervention')).toBe(true);
    expect(landsAfterEnd({ ...week8, plan, pending: both }, 4)).toBe(false);
  });
});

describe('what a scene set going', () => {
  it('says from which week a long game begun pays off, after the run in a short one', () => {
    const { state, id } = chose([], ['arc paired', 'arc shadowing']);
    const at = (weeks: number, week: number) =>
      Object.fromEntries(
        setGoing(
          {
            ...state,
            week,
            arcs: { paired: { started: week }, shadowing: { started: week } },
          },
          0,
          weeks,
        ).map((g) => [g.name, g.paysFrom]),
      );
    expect(state.decisions[id]?.scene).toBe(0);
    // The full quarter: three weeks and two; the workshop's four weeks: half, rounded up, never under two.
    expect(at(8, 3)).toEqual({ 'Paired learning': 6, Shadowing: 5 });
    expect(at(4, 3)).toEqual({ 'Paired learning': 5, Shadowing: 5 });
  });

  it('says a thing built opens the week after it is agreed: in the last week, after the run', () => {
    // Its weekly good starts the week after; agreed in the last week, the scene said it would pay off "in the
    // weeks ahead", and none were left.
    const { state } = chose([], ['build kitchen']);
    const going = (week: number) => setGoing({ ...state, week }, 0, 8);
    expect(going(5)).toEqual([expect.objectContaining({ kind: 'build', paysFrom: 6 })]);
    expect(going(8)[0]?.paysFrom).toBeGreaterThan(8);
  });
});

describe('the week’s summary', () => {
  it('lists what a long game did to one person’s trust, as it lists a decision’s', () => {
    const { state, id } = chose([], ['arc mapping']);
    const payoff = (person: string): GameState['changes'][number] => ({
      scene: 0,
      week: state.week,
      decision: id,
      delayed: true,
      origin: { kind: 'arc', arc: 'mapping' },
      target: 'person',
      person,
      delta: 2,
      before: 50,
      after: 52,
    });
    const week = weekSummary({ ...state, changes: [...state.changes, payoff('okafor'), payoff('doyle')] }, state.week);
    const arc = week.find((e) => e.origin.kind === 'arc');
    expect(arc?.net).toEqual([
      { target: 'person', person: 'okafor', delta: 2 },
      { target: 'person', person: 'doyle', delta: 2 },
    ]);
  });
});

describe('a line quoted where it is long', () => {
  it('is cut after its last whole word, never inside one', () => {
    const line = 'And it’s been transparent from the start: every line has been on the finance intranet since May.';
    expect(youChose(line)).toBe(
      'You chose “And it’s been transparent from the start: every line has been on the finance intranet…”',
    );
    expect(youChose('Short and whole.')).toBe('You chose “Short and whole.”');
    // A word longer than half the room is cut where the room ends.
    expect(youChose('x'.repeat(120))).toBe(`You chose “${'x'.repeat(89)}…”`);
  });
});

describe('a decision named where its consequence lands', () => {
  it('leaves its week out where it landed in the same week, but names it at the review, which closes the quarter', () => {
    const cafe = { ...TEST_PLAN[0]!, knot: 'cafe', title: 'Staff café', day: 'Wednesday', week: 8 };
    const run = {
      plan: [
        cafe,
        { ...cafe, knot: 'nights', title: 'Nights', day: 'Thursday' },
        { ...cafe, knot: REVIEW_KNOT, title: 'The quarter review', day: 'Friday' },
      ],
      decisions: [
        {
          id: 0,
          scene: 0,
          week: 8,
          day: 'Wednesday',
          sceneTitle: 'Staff café',
          text: 'Build protected breaks into the take rota',
        },
      ],
    } as unknown as Parameters<typeof causeText>[0];
    const landed = (scene: number): ChangeRecord =>
      ({
        scene,
        week: 8,
        decision: 0,
        delayed: true,
        target: 'care',
        delta: 2,
        before: 50,
        after: 52,
        origin: { kind: 'choice' },
      }) as ChangeRecord;
    expect(causeText(run, landed(1)).cause).toBe(
      'Wednesday, “Staff café”: you chose “Build protected breaks into the take rota”',
    );
    expect(causeText(run, landed(2)).cause).toBe(
      'Wednesday of week 8, “Staff café”: you chose “Build protected breaks into the take rota”',
    );
  });
});

describe('a misunderstanding’s cause', () => {
  it('quotes the line with the word in it, even when the word comes late in a long line', () => {
    const line =
      'Capacity? There’s one nurse for fourteen on that side and a man in bay three I’m worried about. When I escalate, I’m calling my consultant in, now.';
    const run = {
      plan: [{ knot: 'w5_paired', title: 'What escalate means', day: 'Thursday', place: 'ward', week: 5 }],
      decisions: [],
    } as unknown as Parameters<typeof causeText>[0];
    const nod = (text: string, term: string): string =>
      causeText(run, {
        scene: 0,
        week: 7,
        decision: null,
        delayed: true,
        target: 'care',
        delta: -2,
        before: 50,
        after: 48,
        origin: { kind: 'nod', term, scene: 0, line: text, speaker: 'nair' },
      } as ChangeRecord).cause;
    // It was cut at ninety characters, before "escalate": the cause named a word its quote left out.
    expect(nod(line, 'escalate')).toBe(
      'You nodded at “escalate” on Thursday of week 5, in “What escalate means”, when Dr Nair said “…I’m worried about. When I escalate, I’m calling my consultant in, now.”',
    );
    // A word near the start is quoted from the line's start, as before.
    expect(nod(line, 'capacity')).toMatch(/said “Capacity\? There’s one nurse .*…”$/);
    expect(nod(line, 'capacity')).toContain('Capacity');
    // Quotation marks inside the quote are single, as in print, not a quote closed early.
    expect(
      nod(
        'Janet Cole’s covering note says the move will “release clinical capacity”, and that the rent is cheap.',
        'capacity',
      ),
    ).toMatch(/said “Janet Cole’s covering note says the move will ‘release clinical capacity’, and that the…”$/);
  });
});

describe('an ask, as its card names it', () => {
  it('names whom it went to by what it moved: the speaker, or one of the group a word nobody said earned', () => {
    for (const [role, whom] of [
      ['manager', 'someone on the front line'],
      ['clinician', 'a manager'],
    ] as const) {
      const unknown = [
        { term: 'news2', speaker: null },
        { term: 'sbar', speaker: 'nair' },
        { term: 'run-rate', speaker: null },
        { term: 'variance', speaker: 'webb' },
      ].filter((u) => !knownAtStart(role).includes(u.term));
      let s: GameState = { ...beginScene(newRun(role, [...TEST_PLAN], 'K7M2QX'), 0), unknown };
      for (const u of unknown) s = askTerm(s, u.term);
      const label = (id: string) => termById(id)!.label;
      const [unsaid, said] = unknown;
      const causes = explain(s, s.changes, { people: true }).map((e) => e.cause);
      expect(causes).toEqual([
        `You asked ${whom} what “${label(unsaid!.term)}” means`,
        `You asked ${characterById(said!.speaker!)!.short} what “${label(said!.term)}” means`,
      ]);
      // Without single people's trust the spoken word's card keeps only its hours, and names nobody.
      expect(explain(s, s.changes).map((e) => e.cause)).toEqual([
        causes[0],
        `You asked what “${label(said!.term)}” means`,
      ]);
      // A word both sides use is the player's own in their own sense: what is asked is what it means to them.
      const shared: GameState = askTerm({ ...s, unknown: [{ term: 'assurance', speaker: null }] }, 'assurance');
      expect(explain(shared, shared.changes.slice(s.changes.length)).map((e) => e.cause)).toEqual([
        `You asked ${role === 'manager' ? 'the front line' : 'a manager'} what “assurance” means to them`,
      ]);
    }
  });

  it('is named with whom it went to in the week’s summary too, one phrase for each of them', () => {
    const unknown = [
      { term: 'run-rate', speaker: null },
      { term: 'variance', speaker: 'webb' },
      { term: 'cip', speaker: 'webb' },
    ];
    let s: GameState = { ...beginScene(newRun('clinician', [...TEST_PLAN], 'K7M2QX'), 0), unknown };
    for (const u of unknown) s = askTerm(s, u.term);
    const label = (id: string) => termById(id)!.label;
    const [scene] = weekSummary(s, s.week).filter((e) => e.key.startsWith('scene:'));
    expect(scene!.cause).toMatch(
      new RegExp(
        `: asking a manager what “${label('run-rate')}” means and asking ${characterById('webb')!.short} what “${label('variance')}” and “${label('cip')}” mean$`,
      ),
    );
  });
});
