/**
 * The debrief's claims, checked against the real engine and the real story:
 * every link it draws is a change that was really applied, every what-if
 * figure is what really playing that choice does, and a run survives export
 * and import unchanged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { LEGACY_CHOICES } from '../../src/engine/run/legacy-choices.ts';
import { typeset } from '../../src/engine/rules/prose.ts';
import { Game } from '../../src/engine/run/game.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { applyMeterEffect, headline, readTarget, START_METERS } from '../../src/engine/rules/meters.ts';
import { playOn, STRATEGIES, type Strategy } from '../../src/engine/drive/simulate.ts';
import type { ChangeRecord, GameState, PendingEffect } from '../../src/engine/rules/rules.ts';
import { recordOf, parseRuns, serializeRuns, type RunRecord } from '../../src/engine/read/record.ts';
import {
  compareRuns,
  decisionViews,
  divergence,
  keyDecisions,
  links,
  pressures,
  reflectionsFor,
  replayLedger,
  styleOf,
  trustFromAim,
  trustStillToLand,
  weekly,
} from '../../src/engine/read/debrief.ts';
import { outcomeOf, whatIfs, type WhatIf } from '../../src/engine/read/whatif.ts';
import { explain, setOffBy } from '../../src/engine/read/explain.ts';
import { pressureNotes } from '../../src/ui/debrief/timeline.ts';
import { METER_TARGETS, TRUST_GROUPS, type Role } from '../../src/engine/rules/types.ts';

const story = compileInk('stories/main.ink').json!;

/** Play a strategy to the debrief, calling `each` around every move. */
function drive(
  game: Game,
  strategy: Strategy,
  random: () => number,
  each?: (before: GameState, after: GameState) => void,
): void {
  expect(playOn(game, strategy, random, (g) => g.state.screen === 'debrief', each)).toBeNull();
}

function start(role: Role, seed: string): Game {
  const game = new Game({ story, random: seededRandom(3) });
  game.send({ type: 'NEW_GAME' });
  game.send({ type: 'CHOOSE_ROLE', role, seed });
  game.send({ type: 'BEGIN' });
  return game;
}

const key = (c: Pick<ChangeRecord, 'target' | 'person'>): string =>
  c.target === 'person' ? `person:${c.person}` : c.target;

describe('the causal timeline', () => {
  for (const [role, strategy, seed] of [
    ['clinician', 'diagnose', 'K7M2QX'],
    ['manager', 'random', 'B4T9WA'],
    ['manager', 'front-line', 'Q2H8KP'],
  ] as const) {
    it(`links every change to what really moved the meters (${role}, ${strategy})`, () => {
      const game = start(role, seed);
      let delayedSeen = 0;
      drive(game, STRATEGIES[strategy]!, seededRandom(11), (before, after) => {
        const added = after.changes.slice(before.changes.length);
        // The ledger is complete: what the new records say moved is exactly what moved.
        // (A whole-trust change moves each group, clamped one by one, so groups are checked only without one.)
        const whole = added.some((c) => c.target === 'trust');
        for (const target of METER_TARGETS.filter((t) => t !== 'trust' && !(whole && t.startsWith('trust.')))) {
          const said = added.filter((c) => c.target === target).reduce((s, c) => s + c.after - c.before, 0);
          expect(readTarget(after.meters, target) - readTarget(before.meters, target), target).toBe(said);
        }
        for (const c of added) {
          if (!c.delayed) continue;
          // A misunderstanding is the nod's, and a scene's own later event is the scene's: no decision.
          if (c.decision === null) {
            expect(['nod', 'scene']).toContain(c.origin.kind);
            continue;
          }
          delayedSeen++;
          // A delayed change names a decision taken earlier, and lands in the week it is shown in.
          const d = after.decisions[c.decision!]!;
          expect(d).toBeDefined();
          expect(c.week).toBe(after.week);
          expect(c.week).toBeGreaterThanOrEqual(d.week);
          expect(d.id).toBeLessThan(before.decisions.length);
        }
        // Every scheduled consequence that fell due landed as a delayed change from its decision.
        const landed = before.pending.filter((p: PendingEffect) => !after.pending.includes(p));
        for (const p of landed) {
          if (p.decision === null || after.ending) continue;
          const hit = added.find(
            (c) =>
              c.delayed &&
              c.decision === p.decision &&
              key(c) === (p.effect.kind === 'person' ? `person:${p.effect.id}` : p.effect.target),
          );
          expect(hit, `a consequence of decision ${p.decision} landed`).toBeDefined();
        }
      });
      expect(delayedSeen).toBeGreaterThan(0);

      const run = recordOf(game.state);
      const drawn = links(run);
      // The links carry exactly the delayed movement, decision by decision and target by target, a trust
      // group by its own move (a change to all three is logged with their rounded average: the ledger has each).
      const add = (into: Map<string, number>, k: string, v: number) => into.set(k, (into.get(k) ?? 0) + v);
      const fromChanges = new Map<string, number>();
      for (const { change: c, before, after } of replayLedger(run)) {
        if (!c.delayed || c.decision === null || c.target === 'hours') continue;
        if (c.target === 'trust')
          for (const g of TRUST_GROUPS) add(fromChanges, `${c.decision}|trust.${g}`, after.trust[g] - before.trust[g]);
        else add(fromChanges, `${c.decision}|${key(c)}`, c.after - c.before);
      }
      const fromLinks = new Map<string, number>();
      for (const l of drawn) {
        expect(l.toWeek).toBeGreaterThanOrEqual(l.fromWeek);
        for (const n of l.net) {
          if (n.target === 'trust') for (const g of TRUST_GROUPS) add(fromLinks, `${l.decision}|trust.${g}`, n.delta);
          else add(fromLinks, `${l.decision}|${n.person ? `person:${n.person}` : n.target}`, n.delta);
        }
      }
      for (const [k, v] of fromChanges) if (v !== 0) expect(fromLinks.get(k), k).toBe(v);
      for (const [k, v] of fromLinks) expect(fromChanges.get(k), k).toBe(v);

      // The weekly chart ends where the run ended.
      const last = weekly(run).at(-1)!;
      expect([last.budget, last.care, last.trust]).toEqual(Object.values(headline(run.meters)));
      expect(last.wellbeing).toBe(run.meters.wellbeing);
    });
  }
});

/** Branch `run` at decision `decision`, take choice `index` there, and play on to the end (the first choice each time). */
function playOnFrom(game: Game, run: RunRecord, decision: number, index: number) {
  const branch = game.headless();
  branch.replay(run, Game.inputsBefore(run.inputs!, decision));
  const before = branch.state;
  branch.send({ type: 'CHOOSE', index });
  const after = branch.state;
  drive(branch, STRATEGIES.first!, seededRandom(1));
  return { branch, before, after };
}

describe('what each alternative would have done', () => {
  let game: Game;
  let found: WhatIf[];
  let run: RunRecord;

  beforeAll(() => {
    game = start('clinician', 'M3R8ZD');
    drive(game, STRATEGIES.random!, seededRandom(5));
    run = recordOf(game.state);
    found = whatIfs(game.headless(), run);
  });

  it('finds every decision that had more than one choice, with the one really chosen marked', () => {
    expect(found.length).toBeGreaterThan(20);
    for (const w of found) {
      expect(w.alternatives.length).toBeGreaterThan(1);
      const chosen = w.alternatives.filter((a) => a.chosen);
      expect(chosen).toHaveLength(1);
      expect(chosen[0]!.text).toBe(run.decisions[w.decision]!.text);
      // The chosen line's "at once" is the record of what really happened.
      const d = run.decisions[w.decision]!;
      for (const m of ['budget', 'care', 'trust'] as const)
        expect(chosen[0]!.outcome.now[m]).toBe(d.after[m] - d.before[m]);
    }
  });

  it('says, for the choice made, when less landed later than its figures show, and why', () => {
    // A run that ends with consequences still waiting, and one whose trust groups reach their limit.
    const runs = [run];
    const full = start('manager', 'K7M2QX');
    drive(full, STRATEGIES.right!, seededRandom(2));
    runs.push(recordOf(full.state));
    const why = new Set<string>();
    for (const r of runs)
      for (const w of whatIfs(game.headless(), r)) {
        const chosen = w.alternatives.find((a) => a.chosen)!;
        expect(w.alternatives.filter((a) => a.landed && !a.chosen)).toEqual([]);
        const own = r.changes.filter((c) => c.delayed && c.decision === w.decision && c.target !== 'hours');
        // Stopped short, group by group: a change to all three logs their average rounded, which can move when
        // none stopped (and stay put when one did), so each group's own move is read from the replayed meters.
        const ledger = new Map(replayLedger(r).map((e) => [e.change, e] as const));
        const clamped = own.some((c) => {
          if (['person', 'wellbeing'].includes(c.target)) return false;
          const { before, after } = ledger.get(c)!;
          return c.target === 'trust'
            ? TRUST_GROUPS.some((g) => after.trust[g] - before.trust[g] !== c.delta)
            : c.after - c.before !== c.delta;
        });
        const waiting = r.pending.some(
          (p) => p.decision === w.decision && p.effect.kind === 'meter' && p.effect.target !== 'wellbeing',
        );
        expect(chosen.landed !== undefined, chosen.text).toBe(clamped || waiting);
        if (!chosen.landed) continue;
        for (const reason of chosen.landed.why) why.add(reason);
        const sum = (t: string) => own.filter((c) => c.target === t).reduce((n, c) => n + c.after - c.before, 0);
        expect(chosen.landed.later.budget).toBe(sum('budget'));
        expect(chosen.landed.later.care).toBe(sum('care'));
      }
    expect([...why].sort()).toEqual(['ended', 'limit']);
  });

  it('computes for each alternative exactly what really playing it does, at once and later', () => {
    // Every third what-if, every alternative not taken: branch, play it for real, compare.
    let checked = 0;
    let later = 0;
    for (const w of found.filter((_, i) => i % 3 === 0)) {
      for (const alt of w.alternatives.filter((a) => !a.chosen)) {
        const branch = game.headless();
        branch.replay(run, Game.inputsBefore(run.inputs!, w.decision));
        const before = branch.state;
        branch.send({ type: 'CHOOSE', index: alt.index });
        const after = branch.state;
        const now = headline(after.meters);
        const was = headline(before.meters);
        expect(alt.text).toBe(after.decisions[w.decision]!.text);
        for (const m of ['budget', 'care', 'trust'] as const)
          expect(alt.outcome.now[m], `${alt.text}: ${m}`).toBe(now[m] - was[m]);
        expect(alt.outcome.ending).toBe(before.ending === null ? after.ending : null);

        // Later: play the branch on to the end and collect what landed from this decision.
        const due = after.pending.filter((p) => p.decision === w.decision);
        drive(branch, STRATEGIES.first!, seededRandom(1));
        const landed = branch.state.changes.filter(
          (c) => c.delayed && c.decision === w.decision && c.target !== 'person',
        );
        const sum = (t: string) => landed.filter((c) => c.target === t).reduce((s, c) => s + c.after - c.before, 0);
        const scheduled = (t: string) =>
          due
            .filter((p) => p.effect.kind === 'meter' && p.effect.target === t)
            .reduce((s, p) => s + (p.effect as { delta: number }).delta, 0);
        // Nothing clamped and the quarter lasted: the landed changes are what the what-if predicted.
        const clamped = landed.some((c) => c.after - c.before !== c.delta);
        const lasted = due.every((p) => p.due <= branch.state.sceneIndex);
        if (!clamped && lasted) {
          expect(sum('budget'), `${alt.text}: later budget`).toBe(scheduled('budget'));
          expect(scheduled('budget')).toBe(alt.outcome.later.budget - alt.outcome.slow.budget);
          expect(scheduled('care')).toBe(alt.outcome.later.care - alt.outcome.slow.care);
          expect(sum('care')).toBe(scheduled('care'));
          if (due.length) later++;
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(later).toBeGreaterThan(0);
  });

  it('names each person whose trust a choice moves, at once and later, as playing it on does', () => {
    // Every alternative of every other what-if: branch, play on to the end, and add up each person's trust
    // changes caused by that decision (its own, what it scheduled, what an arc it started paid).
    let named = 0;
    let later = 0;
    for (const w of found.filter((_, i) => i % 2 === 0)) {
      for (const alt of w.alternatives) {
        const { branch, before, after } = playOnFrom(game, run, w.decision, alt.index);
        if (after.pending.some((p) => p.decision === w.decision && p.due > branch.state.sceneIndex)) continue;
        const real: Record<string, number> = {};
        const realLater: Record<string, number> = {};
        for (const c of branch.state.changes) {
          if (c.decision !== w.decision || c.target !== 'person') continue;
          real[c.person!] = (real[c.person!] ?? 0) + c.after - c.before;
          if (c.delayed || c.origin.kind === 'arc' || c.origin.kind === 'build')
            realLater[c.person!] = (realLater[c.person!] ?? 0) + c.after - c.before;
        }
        const outcome = outcomeOf(before, after, w.decision, branch.state.week);
        const moved = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, n]) => n));
        expect(moved(outcome.people), alt.text).toEqual(moved(real));
        expect(outcome.peopleLater, alt.text).toEqual(moved(realLater));
        if (Object.keys(moved(real)).length) named++;
        if (Object.keys(realLater).length) later++;
      }
    }
    expect(named).toBeGreaterThan(10);
    expect(later).toBeGreaterThan(0);
  });

  it('counts what slow work pays off week by week to the end of the quarter, as playing it on does', () => {
    // Every alternative that starts an arc or builds something, in runs that reach them: branch, play on, compare.
    const runs = [run];
    for (const [role, seed, strategy] of [
      ['manager', 'K7M2QX', 'right'],
      ['clinician', 'K7M2QX', 'front-line'],
    ] as const) {
      const g = start(role, seed);
      drive(g, STRATEGIES[strategy]!, seededRandom(3));
      runs.push(recordOf(g.state));
    }
    let checked = 0;
    for (const r of runs) {
      for (const w of whatIfs(game.headless(), r)) {
        for (const alt of w.alternatives.filter((a) => a.outcome.arcs.length || a.outcome.builds.length)) {
          const { branch, before, after } = playOnFrom(game, r, w.decision, alt.index);
          const paid = branch.state.changes.filter(
            (c) =>
              c.decision === w.decision &&
              (c.origin.kind === 'arc' || c.origin.kind === 'build') &&
              c.target !== 'person',
          );
          if (paid.some((c) => c.after - c.before !== c.delta)) continue; // a meter at its limit took less
          const outcome = outcomeOf(before, after, w.decision, branch.state.week);
          const sum = (t: string) => paid.filter((c) => c.target === t).reduce((s, c) => s + c.delta, 0);
          expect(outcome.slow.budget, alt.text).toBe(sum('budget'));
          expect(outcome.slow.care, alt.text).toBe(sum('care'));
          const groups = paid.filter((c) => c.target.startsWith('trust.')).reduce((s, c) => s + c.delta, 0) / 3;
          const all = sum('trust');
          expect(Math.abs(outcome.slow.trust - (groups + all)), alt.text).toBeLessThanOrEqual(1);
          // The part that pays off is counted in the choice's total.
          expect(outcome.total.trust).toBe(outcome.now.trust + outcome.later.trust);
          if (paid.length) checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(2);
  });
});

describe('the rest of the debrief', () => {
  let a: RunRecord;
  let b: RunRecord;
  beforeAll(() => {
    const one = start('clinician', 'K7M2QX');
    drive(one, STRATEGIES.diagnose!, seededRandom(2));
    a = recordOf(one.state, new Date('2026-11-01T10:00:00Z'));
    const two = start('clinician', 'K7M2QX');
    drive(two, STRATEGIES.wrong!, seededRandom(2));
    b = recordOf(two.state, new Date('2026-11-01T11:00:00Z'));
  });

  it('export → import gives back the same runs, field for field', () => {
    const text = serializeRuns([a, b], new Date('2026-11-02T09:00:00Z'));
    const back = parseRuns(text);
    expect(back).toEqual({ ok: true, runs: [a, b] });
    // And again: a re-exported import is the same file.
    const again = serializeRuns((back as { runs: RunRecord[] }).runs, new Date('2026-11-02T09:00:00Z'));
    expect(JSON.parse(again)).toEqual(JSON.parse(text));
  });

  it('reads the runs differently: right level earns a better title and question than wrong level', () => {
    expect(styleOf(a)).toBe('bridge_builder');
    expect(['wrong_target', 'lone_operator', 'firefighter']).toContain(styleOf(b));
    expect(reflectionsFor(a)).toContain('right_level');
    expect(reflectionsFor(b)).toContain('wrong_level');
    expect(reflectionsFor(a).at(-1)).toBe('monday');
    expect(reflectionsFor(b).length).toBeLessThanOrEqual(5);
  });

  it('lists each pressure nobody chose once, with its weeks, and loses none of what it moved', () => {
    for (const r of [a, b]) {
      const list = pressures(r);
      expect(new Set(list.map((p) => p.note)).size).toBe(list.length);
      // Winter pushes every week from week 5 to the quarter's last: one row, not one a week.
      const winter = list.filter((p) => p.note.startsWith('Winter pressure: more admissions'));
      expect(winter).toHaveLength(1);
      const weeks = winter[0]!.weeks;
      expect(weeks.length).toBeGreaterThanOrEqual(3);
      expect(weeks).toEqual(Array.from({ length: weeks.length }, (_, i) => i + 5));
      // A line's effect that landed later is a consequence of that scene, listed with where it was set going.
      const fromScene = (c: (typeof r.changes)[number]) =>
        c.delayed && c.origin.kind === 'scene' && c.origin.scene !== undefined;
      const pushed = (t: string) =>
        r.changes
          .filter(
            (c) =>
              c.decision === null &&
              (c.origin.kind === 'pressure' || c.origin.kind === 'scene') &&
              !fromScene(c) &&
              c.target === t,
          )
          .reduce((n, c) => n + c.after - c.before, 0);
      const fromScenes = r.changes.filter((c) => fromScene(c) && c.after !== c.before);
      if (fromScenes.length)
        expect(
          links(r)
            .filter((l) => l.decision === null)
            .flatMap((l) => l.net),
        ).not.toEqual([]);
      for (const t of ['budget', 'care'])
        expect(
          list
            .flatMap((p) => p.net)
            .filter((n) => n.target === t)
            .reduce((n, x) => n + x.delta, 0),
        ).toBe(pushed(t));
    }
  });

  it('says how far the interventions themselves moved trust, at the pressing level and elsewhere', () => {
    // The Trust meter is the three groups' average: a miss one group asked for moves the other two, a third each.
    const moved = (r: RunRecord, right: boolean) =>
      replayLedger(r)
        .filter(
          ({ change: c }) =>
            c.target.startsWith('trust') && c.origin.kind === 'intervention' && c.origin.right === right,
        )
        .reduce((sum, { before, after }) => sum + headline(after).trust - headline(before).trust, 0);
    // The diagnosing run aimed at the pressing level and gained by it; the wrong-level run lost by aiming elsewhere.
    expect(a.interventions.some((i) => i.right)).toBe(true);
    expect(trustFromAim(a).right).toBeGreaterThan(0);
    expect(trustFromAim(a)).toEqual({ right: moved(a, true), wrong: moved(a, false) });
    expect(b.interventions.some((i) => !i.right)).toBe(true);
    expect(trustFromAim(b).wrong).toBeLessThan(0);
    expect(trustFromAim(b)).toEqual({ right: moved(b, true), wrong: moved(b, false) });
    // The wrong-level run made changes a group had asked for, which moved the other two groups alone.
    expect(b.changes.some((c) => c.origin.kind === 'intervention' && c.target.startsWith('trust.'))).toBe(true);
    // Only the interventions' own moves: the run's whole trust change is something else.
    const all = b.changes.filter((c) => c.target === 'trust').reduce((sum, c) => sum + c.after - c.before, 0);
    expect(trustFromAim(b).wrong).not.toBe(all);
  });

  it('says what trust the interventions had set in motion that the quarter ended before it landed', () => {
    const due = (r: RunRecord, right: boolean) =>
      r.pending
        .filter((p) => p.origin.kind === 'intervention' && p.origin.right === right && p.effect.kind === 'meter')
        .reduce(
          (sum, p) =>
            sum +
            (p.effect.kind !== 'meter' || !p.effect.target.startsWith('trust')
              ? 0
              : p.effect.target === 'trust'
                ? p.effect.delta
                : p.effect.delta / 3),
          0,
        );
    for (const r of [a, b])
      expect(trustStillToLand(r)).toEqual({ right: Math.round(due(r, true)), wrong: Math.round(due(r, false)) });
    // A run that ends with a right move's later trust still waiting: it is counted, and never in what moved.
    const waiting: RunRecord = {
      ...a,
      pending: [
        ...a.pending,
        {
          decision: 0,
          due: 99,
          effect: { kind: 'meter', target: 'trust', delta: 2 },
          origin: { kind: 'intervention', level: a.pressing, right: true },
        },
      ],
    };
    expect(trustStillToLand(waiting).right).toBe(trustStillToLand(a).right + 2);
    expect(trustFromAim(waiting)).toEqual(trustFromAim(a));
  });

  it('asks about the level as the interventions really fell: mostly right, mostly wrong, or half and half', () => {
    const aimed = (right: number, wrong: number): RunRecord => ({
      ...a,
      interventions: [
        ...Array.from({ length: right }, () => ({ ...a.interventions[0]!, right: true })),
        ...Array.from({ length: wrong }, () => ({ ...a.interventions[0]!, right: false })),
      ],
    });
    const level = (r: RunRecord) => reflectionsFor(r).filter((id) => /_level$/.test(id));
    expect(level(aimed(3, 1))).toEqual(['right_level']);
    expect(level(aimed(1, 3))).toEqual(['wrong_level']);
    expect(level(aimed(2, 2))).toEqual(['split_level']);
    expect(level(aimed(0, 0))).toEqual([]);
    // One intervention is asked about as one choice, not as "most of your interventions".
    const once = (r: RunRecord) => reflectionsFor(r).filter((id) => /_level$|^once_/.test(id));
    expect(once(aimed(1, 0))).toEqual(['once_right']);
    expect(once(aimed(0, 1))).toEqual(['once_wrong']);
    expect(once(aimed(2, 1))).toEqual(['right_level']);
    // A run kept with an answer to a question its rule no longer asks keeps that question, so the answer shows.
    const answered = { ...aimed(2, 2), reflections: { right_level: 'The ward sister told me on Monday.' } };
    expect(level(answered)).toEqual(['right_level', 'split_level']);
    const many = {
      ...aimed(2, 2),
      reflections: Object.fromEntries(
        ['burnout', 'care_first', 'front_line', 'no_arcs', 'early_end'].map((id) => [id, 'Yes.']),
      ),
    };
    expect(reflectionsFor(many)).toEqual(
      expect.arrayContaining(['burnout', 'care_first', 'front_line', 'no_arcs', 'early_end']),
    );
    expect(reflectionsFor(many).at(-1)).toBe('monday');
  });

  it('picks up to eight key decisions in play order, and ties every intervention to the level finding', () => {
    const views = decisionViews(a);
    const key = keyDecisions(views);
    expect(key.length).toBeGreaterThan(3);
    expect(key.length).toBeLessThanOrEqual(8);
    for (const v of views) if (v.decision.intervene) expect(v.finding).toMatch(/^level_/);
    expect(key.map((v) => v.decision.id)).toEqual([...key.map((v) => v.decision.id)].sort((x, y) => x - y));
    // A choice made more than once is shown once.
    for (const r of [a, b]) {
      const texts = keyDecisions(decisionViews(r)).map((v) => v.decision.text);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('names no research for a decision no finding covers: no skill, no intervention, nothing started, no tag', () => {
    const views = [...decisionViews(a), ...decisionViews(b)];
    const none = views.filter((v) => v.finding === null);
    expect(none.length).toBeGreaterThan(0);
    for (const v of none) {
      expect(v.decision.skills, v.decision.text).toEqual([]);
      expect(v.decision.intervene).toBeNull();
      expect(v.decision.finding).toBeUndefined();
      expect(v.arc ?? v.build).toBeNull();
    }
  });

  it('says when a decision asked a meter to move past its limit, so a smaller move or "No change" is explained', () => {
    const i = a.changes.findIndex((c) => c.decision !== null && !c.delayed && c.target === 'trust.clinicians');
    const c = a.changes[i]!;
    // Asked for far more than the meter had room for: it stops at 100.
    const capped: RunRecord = { ...a, changes: a.changes.map((x, j) => (j === i ? { ...x, delta: 200 } : x)) };
    const view = decisionViews(capped).find((v) => v.decision.id === c.decision)!;
    expect(view.atLimit).toEqual([{ target: 'trust.clinicians', at: 100 }]);
    // A change to all three groups is read group by group: only the group that stopped is named.
    // (The same change, made to all three groups: front-line staff start highest for the clinician.)
    const nearTop: RunRecord = {
      ...a,
      role: 'clinician',
      changes: a.changes.map((x, j) => (j === i ? { ...x, target: 'trust', delta: 40 } : x)),
    };
    const hit = decisionViews(nearTop).find((v) => v.decision.id === c.decision)!.atLimit;
    expect(hit.map((l) => l.target)).toContain('trust.clinicians');
    expect(hit.map((l) => l.target)).not.toContain('trust');
    expect(decisionViews(a).find((v) => v.decision.id === c.decision)!.atLimit).toEqual([]);
  });

  it('compares two runs of the same quarter, row by row, with the difference', () => {
    const rows = compareRuns(a, b);
    const trust = rows.find((r) => r.label === 'Trust')!;
    expect(trust.diff).toBe(Number(trust.b) - Number(trust.a));
    expect(trust.diff).toBeLessThan(0);
    // The other role starts elsewhere: the meters compare their changes, not their ends.
    const other: RunRecord = { ...a, role: a.role === 'clinician' ? 'manager' : 'clinician' };
    const budget = compareRuns(a, other).find((r) => r.label === 'Budget')!;
    expect(budget.a).toBe(budget.b);
    expect(budget.from).toEqual({ a: START_METERS[a.role].budget, b: START_METERS[other.role].budget });
    expect(budget.diff).toBe(START_METERS[a.role].budget - START_METERS[other.role].budget);
    expect(budget.diff).not.toBe(0);
    const front = compareRuns(a, other).find((r) => r.label === 'Trust: front-line staff')!;
    expect(front.diff).toBe(START_METERS[a.role].trust.clinicians - START_METERS[other.role].trust.clinicians);
    expect(divergence(a, a)).toBeNull();
    const d = divergence(a, b);
    expect(d).not.toBeNull();
    expect(a.decisions[d!]!.text).not.toBe(b.decisions[d!]!.text);
    // A run kept before the story's quotes were set curly parts from no one over an apostrophe.
    const straight = { ...a, decisions: a.decisions.map((x) => ({ ...x, text: x.text.replace(/’/g, "'") })) };
    expect(a.decisions.some((x) => x.text.includes('’'))).toBe(true);
    expect(divergence(straight, a)).toBeNull();
    // Nor a run kept before a choice was reworded: the old words are the same choice.
    const [was, now] = Object.entries(LEGACY_CHOICES)[0]!;
    const saying = (text: string) => ({ ...a, decisions: a.decisions.map((x, i) => (i ? x : { ...x, text })) });
    expect(divergence(saying(was), saying(typeset(now)))).toBeNull();
    expect(divergence(saying(was), saying('Stand at the back and just listen'))).toBe(0);
  });
});

/**
 * A cause is named with what it moved; choices in one scene are said under the scene once, so a choice is
 * checked as its scene, then its words with what they moved.
 */
/**
 * The three biggest falls up to a crossing, as a set-off names them (the oracle, worked out here from the
 * ledger): a decision once, its fall at the time and what caught up with it later summed; any other cause
 * by its own words. `own` is what a change did to the meter itself.
 */
function biggestFalls(
  s: GameState,
  falls: readonly ChangeRecord[],
  own: (c: ChangeRecord) => number,
): { named: string; total: number; decision: boolean }[] {
  const byCause = new Map<string, { named: string; total: number; decision: boolean }>();
  for (const e of explain(s, falls)) {
    const decision = e.decision !== null && ['choice', 'jargon', 'intervention'].includes(e.origin.kind);
    const key = decision ? `d${e.decision}` : e.cause;
    // Inside the sentence, a cause told as "You nodded at…" starts in lower case.
    const named = decision ? s.decisions[e.decision!]!.text : e.cause.replace(/^You /, 'you ');
    const fall = byCause.get(key) ?? { named, total: 0, decision };
    fall.total += e.changes.reduce((n, c) => n + own(c), 0);
    byCause.set(key, fall);
  }
  return [...byCause.values()]
    .filter((f) => f.total < 0)
    .sort((a, b) => a.total - b.total)
    .slice(0, 3);
}

/** A fall named in a set-off's text: a choice's words then its whole fall (and its parts, when it caught up later). */
function expectNamed(text: string, fall: { named: string; total: number; decision: boolean }, meter: string): void {
  const moved = `${meter} −${-fall.total}`;
  if (!fall.decision) return void expect(text).toContain(`${fall.named} (${moved})`);
  const words = fall.named.length > 90 ? fall.named.slice(0, 89).trimEnd() : fall.named;
  expect(text).toMatch(new RegExp(`${escape(words)}.{0,2}” \\(${escape(moved)}[):]`));
  // Named once, whatever it did at the time and later.
  expect(text.split(words).length).toBe(2);
}

const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('what set a spiral off', () => {
  it('names the falls that took the meter under its line, in full the first week the spiral pushes', () => {
    const game = start('manager', 'Q2W9XE');
    playOn(game, STRATEGIES['sink-care']!, seededRandom(3), (g) => ['ending', 'debrief'].includes(g.state.screen));
    const s = game.state;
    const slips = s.changes.filter((c) => c.origin.kind === 'pressure' && c.origin.pressure === 'care-slipping');
    expect(slips.length).toBeGreaterThan(2);
    // The last time care went under 50 before it first slipped (it can rise back over the line and fall again).
    const crossed = s.changes.findLastIndex(
      (c, i) => i < s.changes.indexOf(slips[0]!) && c.target === 'care' && c.before >= 50 && c.after < 50,
    );
    const first = setOffBy(s, slips[0]!)!;
    expect(first).toMatchObject({ week: s.changes[crossed]!.week, first: true });
    // The three biggest falls in Patient care up to the crossing, each with its own sum.
    const falls = s.changes.slice(0, crossed + 1).filter((c) => c.target === 'care' && c.delta < 0);
    for (const fall of biggestFalls(s, falls, (c) => c.delta)) expectNamed(first.text, fall, 'Patient care');
    expect(first.text).toContain('you chose');
    // Two choices in one scene are said under it once.
    const scenes = [...first.text.matchAll(/(\w+day, “[^”]+”): you chose/g)].map((m) => m[1]);
    expect(new Set(scenes).size).toBe(scenes.length);
    // Later weeks point back to it rather than say it again; winter is no spiral.
    expect(setOffBy(s, slips.at(-1)!)).toMatchObject({ first: false, week: first.week });
    const winter = s.changes.find((c) => c.origin.kind === 'pressure' && c.origin.pressure === 'winter');
    if (winter) expect(setOffBy(s, winter)).toBeNull();
    // Here front-line trust went under 35 before week three, when the savings plan can first stall: a later
    // week points back to the week it first stalled, whose summary told it in full, not to the crossing's.
    const stalls = s.changes.filter((c) => c.origin.kind === 'pressure' && c.origin.pressure === 'stall');
    const stalled = setOffBy(s, stalls[0]!)!;
    expect(stalled.week).toBeLessThan(stalls[0]!.week);
    expect(setOffBy(s, stalls.at(-1)!)).toMatchObject({ first: false, since: stalls[0]!.week, week: stalled.week });
  });

  it('names what wore staff down: care and front-line trust at or below their lines, wellbeing under the sickness line', () => {
    const game = start('manager', 'Q2W9XE');
    playOn(game, STRATEGIES['sink-care']!, seededRandom(3), (g) => ['ending', 'debrief'].includes(g.state.screen));
    const s = game.state;
    const pushes = (p: string) => s.changes.filter((c) => c.origin.kind === 'pressure' && c.origin.pressure === p);
    // The last time the meter went under the line before `at` (it can rise back over it and fall again).
    const crossing = (target: 'care' | 'wellbeing', line: number, at: ChangeRecord) =>
      s.changes
        .slice(0, s.changes.indexOf(at))
        .findLast((c) => c.target === target && c.before >= line && c.after < line)!;
    // Care at or below 50 wears staff down: named by the falls that took care there, in the week it got there.
    const worn = pushes('wellbeing-care').filter((c) => c.delta < 0);
    expect(worn.length).toBeGreaterThan(1);
    expect(setOffBy(s, worn[0]!)).toMatchObject({
      first: true,
      week: crossing('care', 51, worn[0]!).week,
      target: 'care',
    });
    expect(setOffBy(s, worn[0]!)!.text).toMatch(
      /^Patient care fell to 50 or below in week \d\. What took it there most, since week 1: .*you chose .*\(Patient care −\d+\)/,
    );
    expect(setOffBy(s, worn[1]!)).toMatchObject({ first: false, since: worn[0]!.week });
    // A manager's front-line trust starts at 36, already at or below 45: that is what is named, not a fall.
    const unheard = pushes('wellbeing-trust');
    expect(unheard[0]!.week).toBe(1);
    expect(setOffBy(s, unheard[0]!)).toMatchObject({
      first: true,
      since: 1,
      text: 'Trust of front-line staff started the quarter at 36, already below 45, where staff feel unheard: the wards did not yet know whose side their general manager was on.',
    });
    // Rota gaps: colleagues went off sick once staff wellbeing went under 45, named by what wore it down.
    const gaps = pushes('rota-gaps');
    expect(gaps.length).toBeGreaterThan(0);
    const off = setOffBy(s, gaps[0]!)!;
    expect(off).toMatchObject({ first: true, target: 'wellbeing', week: crossing('wellbeing', 45, gaps[0]!).week });
    expect(off.week).toBeLessThan(gaps[0]!.week);
    expect(off.text).toMatch(
      /^Staff wellbeing went under 45 in week \d\. What took it there most, since week 1: .*staff worn down by/,
    );
    // In the debrief's table, care at 50 and under 50 crossed by the same falls in the same week: told once.
    const notes = pressureNotes(recordOf(s), pressures(recordOf(s)));
    const slipping = notes.find((n) => n.startsWith('Patient care is under 50, so it slips'))!;
    const firefighting = notes.find((n) => n.startsWith('Shifts spent firefighting'))!;
    expect(slipping).toContain('. What took it there most, since week 1: ');
    expect(firefighting).toMatch(/ Patient care fell to 50 or below in week \d \(what took it there: as above\)\.$/);
    expect(notes.indexOf(slipping)).toBeLessThan(notes.indexOf(firefighting));
  });

  it('names nothing for a pressure that lifts staff: a manager the front line came to trust', () => {
    // A manager's front-line trust starts at 36, under the line: once it is 70 or more, staff feel backed.
    const game = start('manager', 'K7M2QX');
    playOn(game, STRATEGIES['diagnose']!, seededRandom(3), (g) => ['ending', 'debrief'].includes(g.state.screen));
    const s = game.state;
    const backed = s.changes.find(
      (c) => c.origin.kind === 'pressure' && c.origin.pressure === 'wellbeing-trust' && c.delta > 0,
    );
    expect(backed).toBeDefined();
    expect(setOffBy(s, backed!)).toBeNull();
  });

  it('names what took front-line trust under the stall line, a change to all three groups by its own share', () => {
    const game = start('manager', 'HPN4TW');
    playOn(game, STRATEGIES['wrong']!, seededRandom(1), (g) => ['ending', 'debrief'].includes(g.state.screen));
    const s = game.state;
    const stalls = s.changes.filter((c) => c.origin.kind === 'pressure' && c.origin.pressure === 'stall');
    expect(stalls.length).toBeGreaterThan(0);
    // The group's own value before and after each change, replayed from the role's start.
    let meters = structuredClone(START_METERS.manager);
    const own: number[] = [];
    let crossed = -1;
    s.changes.forEach((c, i) => {
      const was = meters.trust.clinicians;
      if (c.target !== 'hours' && c.target !== 'person')
        meters = applyMeterEffect(meters, { kind: 'meter', target: c.target, delta: c.delta });
      own.push(meters.trust.clinicians - was);
      if (i < s.changes.indexOf(stalls[0]!) && was >= 35 && meters.trust.clinicians < 35) crossed = i;
    });
    expect(crossed).toBeGreaterThanOrEqual(0);
    const off = setOffBy(s, stalls[0]!)!;
    expect(off).toMatchObject({ week: s.changes[crossed]!.week, first: true });
    expect(off.text).toMatch(
      /^Trust of front-line staff went under 35 in week \d\. What took it there most, since week 1: /,
    );
    // Each named fall is its cause's own move on the group, whether logged for the group or all three.
    const falls = s.changes.slice(0, crossed + 1).filter((c) => own[s.changes.indexOf(c)]! < 0);
    const top = biggestFalls(s, falls, (c) => own[s.changes.indexOf(c)]!);
    for (const fall of top) expectNamed(off.text, fall, 'Trust of front-line staff');
    // A choice that fell at the time and again when it caught up is named once, with both parts: the same run,
    // with the biggest fall a choice set off split into a point at the time and the rest as it caught up.
    const whole = falls
      .filter((c) => c.decision !== null && c.origin.kind !== 'nod' && c.delta <= -2)
      .sort((x, y) => x.delta - y.delta)[0]!;
    expect(own[s.changes.indexOf(whole)]).toBe(whole.delta);
    const at = s.changes.indexOf(whole);
    const split = [
      ...s.changes.slice(0, at),
      { ...whole, delta: -1, after: whole.before - 1, delayed: false },
      { ...whole, delta: whole.delta + 1, before: whole.before - 1, delayed: true },
      ...s.changes.slice(at + 1),
    ];
    expect(setOffBy({ ...s, changes: split }, stalls[0]!)!.text).toContain(
      `(Trust of front-line staff −${-whole.delta}: −1 at the time and −${-whole.delta - 1} as it caught up in week ${whole.week})`,
    );
    expect(falls.some((c) => c.target === 'trust')).toBe(true);
    // The stall starts in week three at the earliest, whenever the line was crossed: a later week points back to the
    // week it first stalled, whose summary told it in full, not to the week of the crossing.
    expect(stalls[0]!.week).toBeGreaterThanOrEqual(3);
    expect(setOffBy(s, stalls[0]!)).toMatchObject({ first: true, since: stalls[0]!.week });
    const later = stalls.find((c) => c.week > stalls[0]!.week)!;
    expect(setOffBy(s, later)).toMatchObject({ first: false, since: stalls[0]!.week, week: off.week });
  });
});
