import { describe, expect, it } from 'vitest';
import {
  applyEffect,
  applyTags,
  beginScene,
  netOf,
  newRun,
  OVERTIME_WELLBEING_COST,
  overtimeOf,
  startDecision,
  sumNets,
  type ChangeRecord,
} from './rules.ts';
import type { SceneMeta } from './types.ts';
import { parseTag } from './tags.ts';

const plan: SceneMeta[] = [
  { knot: 'a', title: 'A', barrier: 'status', place: 'ward', day: 'Monday' },
  { knot: 'b', title: 'B', barrier: 'location', place: 'cafe', day: 'Wednesday' },
  { knot: 'c', title: 'C', barrier: 'jargon', place: 'finance', day: 'Friday' },
];

describe('rules', () => {
  it('a delayed effect lands on the scene it names, not before, and is attributed', () => {
    let s = beginScene(newRun('clinician', plan, 'K7M2QX'), 0);
    const opened = startDecision(s, 'Nod along');
    s = applyEffect(
      opened.state,
      { kind: 'later', after: 2, effect: { kind: 'meter', target: 'care', delta: -4 } },
      { decision: opened.id, delayed: false, origin: { kind: 'choice' } },
    );
    const care = s.meters.care;
    expect(s.pending).toHaveLength(1);
    s = beginScene(s, 1);
    expect(s.meters.care).toBe(care);
    expect(s.pending).toHaveLength(1);
    s = beginScene(s, 2);
    expect(s.meters.care).toBe(care - 4);
    expect(s.pending).toHaveLength(0);
    const landed = s.changes.filter((c) => c.delayed);
    expect(landed).toEqual([
      {
        scene: 2,
        week: 1,
        decision: opened.id,
        delayed: true,
        target: 'care',
        delta: -4,
        before: care,
        after: care - 4,
        origin: { kind: 'choice' },
      },
    ]);
  });

  it('a delayed effect with a cause says it when it lands', () => {
    let s = beginScene(newRun('clinician', plan, 'K7M2QX'), 0);
    const opened = startDecision(s, 'Ask the complaints team to reply');
    const why = 'The reply was a template, and the daughter went to PALS';
    s = applyEffect(
      opened.state,
      { kind: 'later', after: 1, effect: { kind: 'meter', target: 'care', delta: -1 }, why },
      { decision: opened.id, delayed: false, origin: { kind: 'choice' } },
    );
    s = beginScene(s, 1);
    expect(s.changes.filter((c) => c.delayed).map((c) => c.note)).toEqual([why]);
  });

  it('hours past zero become overtime that costs wellbeing', () => {
    let s = beginScene(newRun('clinician', plan, 'K7M2QX'), 0);
    const wellbeing = s.meters.wellbeing;
    s = applyEffect(
      s,
      { kind: 'hours', delta: -(s.hours + 3) },
      { decision: null, delayed: false, origin: { kind: 'scene' } },
    );
    expect(s.hours).toBe(0);
    expect(s.overtime).toBe(3);
    expect(s.meters.wellbeing).toBe(wellbeing - 3 * OVERTIME_WELLBEING_COST);
  });

  it('counts hours spent past zero as spent, and says how many were past the week', () => {
    let s = beginScene(newRun('clinician', plan, 'K7M2QX'), 0);
    const left = s.hours;
    const cause = { decision: null, delayed: false, origin: { kind: 'scene' } } as const;
    s = applyEffect(s, { kind: 'hours', delta: -(left - 0.5) }, cause);
    const from = s.changes.length;
    // Half an hour left: a choice of 1 h spends it and half an hour of the evening; then another hour, all evening.
    s = applyEffect(s, { kind: 'hours', delta: -1 }, cause);
    s = applyEffect(s, { kind: 'hours', delta: -1 }, cause);
    const spent = s.changes.slice(from);
    expect(netOf(spent, []).find((n) => n.target === 'hours')?.delta).toBe(-2);
    expect(overtimeOf(spent)).toBe(1.5);
    expect(overtimeOf(s.changes)).toBe(1.5);
    // Hours given back are what came back into the week, never past it.
    s = applyEffect(s, { kind: 'hours', delta: 40 }, cause);
    expect(netOf(s.changes.slice(-1), []).find((n) => n.target === 'hours')?.delta).toBe(s.weekHours);
  });

  it('hours given back never exceed the week', () => {
    let s = newRun('manager', plan, 'K7M2QX');
    s = applyEffect(s, { kind: 'hours', delta: 5 }, { decision: null, delayed: false, origin: { kind: 'scene' } });
    expect(s.hours).toBe(s.weekHours);
  });

  it('skill, level and barrier tags mark the decision that carried them', () => {
    let s = beginScene(newRun('manager', plan, 'K7M2QX'), 1);
    const opened = startDecision(s, 'Set up a huddle');
    s = applyTags(
      opened.state,
      [
        { kind: 'skill', skill: 'communication' },
        { kind: 'level', level: 'organisation' },
        { kind: 'barrier', barrier: 'jargon' },
      ],
      opened.id,
    );
    expect(s.decisions[0]).toMatchObject({
      skills: ['communication'],
      level: 'organisation',
      barrier: 'jargon',
      scene: 1,
      day: 'Wednesday',
    });
    expect(s.skills.communication).toBe(1);
  });

  it('a decision defaults to its scene’s barrier', () => {
    const s = beginScene(newRun('clinician', plan, 'K7M2QX'), 2);
    expect(startDecision(s, 'Ask').state.decisions[0]!.barrier).toBe('jargon');
  });
});

describe('a finding tag', () => {
  it('ties the decision to the research the writer chose, and the debrief uses it', async () => {
    const { pickFinding } = await import('../read/debrief.ts');
    const s0 = beginScene(
      newRun('manager', [{ knot: 'a', title: 'A', barrier: 'status', place: 'ward', day: 'Monday' }], 'K7M2QX'),
      0,
    );
    const opened = startDecision(s0, 'Say the silence is exhaustion');
    const parsed = parseTag('finding absence');
    if (!parsed.ok) throw new Error(parsed.error);
    const s = applyTags(opened.state, [parsed.tag], opened.id);
    expect(s.decisions[opened.id]!.finding).toBe('absence');
    expect(pickFinding({ ...s, role: 'manager' }, s.decisions[opened.id]!, null, null)).toBe('absence');
    // Without the tag, the same decision gets a finding from what it was.
    expect(pickFinding({ ...opened.state, role: 'manager' }, opened.state.decisions[opened.id]!, null, null)).not.toBe(
      'absence',
    );
  });
});

describe('net movement', () => {
  const change = (target: ChangeRecord['target'], before: number, after: number, person?: string): ChangeRecord => ({
    scene: 0,
    week: 1,
    decision: null,
    delayed: false,
    origin: { kind: 'scene' },
    target,
    ...(person ? { person } : {}),
    delta: after - before,
    before,
    after,
  });

  it('adds up what was applied per target, meters first, and drops what cancelled out', () => {
    const changes = [
      change('hours', 12, 10),
      change('person', 50, 53, 'okafor'),
      change('care', 60, 63),
      change('budget', 50, 48),
      change('person', 40, 41, 'webb'),
      change('care', 63, 60),
      // clamped: asked for +5, only 2 applied
      change('trust.clinicians', 98, 100),
      change('person', 53, 55, 'okafor'),
    ];
    expect(netOf(changes)).toEqual([
      { target: 'budget', delta: -2 },
      { target: 'trust.clinicians', delta: 2 },
      { target: 'person', person: 'okafor', delta: 5 },
      { target: 'person', person: 'webb', delta: 1 },
    ]);
    expect(netOf(changes, ['person']).map((n) => [n.target, n.delta])).toEqual([
      ['budget', -2],
      ['trust.clinicians', 2],
      ['hours', -2],
    ]);
  });

  it('sums nets the same way', () => {
    expect(
      sumNets([
        { target: 'care', delta: 2 },
        { target: 'person', person: 'bello', delta: 1 },
        { target: 'care', delta: -3 },
        { target: 'person', person: 'bello', delta: 2 },
      ]),
    ).toEqual([
      { target: 'care', delta: -1 },
      { target: 'person', person: 'bello', delta: 3 },
    ]);
  });
});
