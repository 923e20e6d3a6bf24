/**
 * Every change names its true cause (issue 10, items 1 and 2). Whole quarters
 * are played through the real engine, recording what each choice could do
 * (its tags, its body's tags) at the moment it was taken; then every applied
 * change is checked against its stated origin — a choice's effect must be one
 * its body carries, a misunderstanding must come from a word that was nodded
 * at in the line it names, a pressure must belong to no decision — and every
 * change a player can see must be listed, with its cause, on exactly one
 * screen: as the scene opens, at the scene's end, or at the week's end.
 */
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { Game } from '../../src/engine/run/game.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { move, STRATEGIES, type Strategy } from '../../src/engine/drive/simulate.ts';
import {
  arrivals,
  momentOf,
  personMoves,
  sceneDecisions,
  setGoing,
  stillToCome,
  weekEnd,
  weekSummary,
} from '../../src/engine/read/explain.ts';
import { CHARACTERS } from '../../src/engine/rules/characters.ts';
import { startingPeople } from '../../src/engine/rules/quarter.ts';
import { findTerm } from '../../src/engine/rules/glossary.ts';
import { decisionViews, links, pressures, sceneSpan } from '../../src/engine/read/debrief.ts';
import { headline } from '../../src/engine/rules/meters.ts';
import { recordOf } from '../../src/engine/read/record.ts';
import type { ChangeRecord, GameState } from '../../src/engine/rules/rules.ts';
import type { Role, Tag } from '../../src/engine/rules/types.ts';

const json = compileInk('stories/main.ink').json!;

interface Played {
  state: GameState;
  /** Every tag each decision's choice could apply (its line and its body, all branches). */
  bodies: Map<number, Tag[]>;
  /** What each screen listed, by change, as the player moved through the quarter. */
  listed: Map<ChangeRecord, string>;
  /** Scene ends that listed one decision on two lines (it reads as chosen, and charged, twice). */
  twice: string[];
  /** Decisions a scene's end named as having more to come. */
  announced: Set<number>;
  /** Scene ends whose meters, before and after, were not what the bar showed as the scene opened and as it ended. */
  spans: string[];
}

const NEVER_ASKS: Strategy = { ...STRATEGIES.random!, name: 'random, never asks', ask: () => false };

function playQuarter(role: Role, strategy: Strategy, seed: number): Played {
  const random = seededRandom(seed);
  const game = new Game({ story: json, random });
  game.send({ type: 'NEW_GAME' });
  game.send({ type: 'CHOOSE_ROLE', role });
  game.send({ type: 'BEGIN' });
  const bodies = new Map<number, Tag[]>();
  const listed = new Map<ChangeRecord, string>();
  const twice: string[] = [];
  const announced = new Set<number>();
  const list = (where: string, groups: ReturnType<typeof arrivals>) => {
    for (const g of groups)
      for (const c of g.changes) listed.set(c, listed.has(c) ? `${listed.get(c)} + ${where}` : where);
  };
  let opened = -1;
  const spans: string[] = [];
  let sceneFrom = headline(game.state.meters);
  for (let step = 0; step < 2000 && game.state.screen !== 'debrief'; step++) {
    const s = game.state;
    // The screens a player sees, and what each lists.
    if (s.screen === 'scene' && s.sceneIndex !== opened) {
      opened = s.sceneIndex;
      list(`arrivals of scene ${opened}`, arrivals(s, opened));
    }
    const details = s.screen === 'scene' ? game.choiceDetails(true) : [];
    const before = s.decisions.length;
    const error = move(game, strategy, random);
    if (error) throw new Error(error);
    const after = game.state;
    if (after.decisions.length > before) {
      const chosen = after.inputs!.at(-1)!;
      if (chosen.type !== 'CHOOSE') throw new Error('a decision without a choice');
      const body = details.find((c) => c.index === chosen.index);
      bodies.set(after.decisions.length - 1, body?.tags ?? []);
    }
    if (after.screen === 'scene' && (s.screen !== 'scene' || after.sceneIndex !== s.sceneIndex))
      sceneFrom = headline(s.meters);
    if (after.screen === 'summary' && s.screen === 'scene') {
      const span = JSON.stringify(sceneSpan({ role, changes: after.changes }, after.sceneIndex));
      const bar = JSON.stringify({ from: sceneFrom, to: headline(after.meters) });
      if (span !== bar) spans.push(`scene ${after.sceneIndex}: ${span}, the bar ${bar}`);
      const ended = sceneDecisions(after, after.sceneIndex);
      list(`end of scene ${after.sceneIndex}`, ended);
      const named = ended.flatMap((e) => (e.decision === null ? [] : [e.decision]));
      if (new Set(named).size !== named.length) twice.push(`scene ${after.sceneIndex} lists a decision twice`);
      for (const d of stillToCome(after, after.sceneIndex)) announced.add(d.id);
      for (const g of setGoing(after, after.sceneIndex)) announced.add(g.decision);
    }
    if (after.screen === 'week' && s.screen !== 'week') list(`end of week ${after.week}`, weekEnd(after, after.week));
  }
  return { state: game.state, bodies, listed, twice, announced, spans };
}

/** Whether a tag (or, for delayed changes, a `later` tag) could have made this change. */
function carries(tags: readonly Tag[], c: ChangeRecord): boolean {
  for (const t of tags) {
    if (t.kind !== 'effect') continue;
    const e = c.delayed ? (t.effect.kind === 'later' ? t.effect.effect : null) : t.effect;
    if (!e) continue;
    if (e.kind === 'hours' && c.target === 'hours' && e.delta === c.delta) return true;
    // hours past zero become overtime: a wellbeing cost of the same choice
    if (e.kind === 'hours' && c.target === 'wellbeing' && !c.delayed) return true;
    if (e.kind === 'meter' && e.target === c.target && e.delta === c.delta) return true;
    if (e.kind === 'person' && c.target === 'person' && e.id === c.person && e.delta === c.delta) return true;
  }
  return false;
}

const VISIBLE = (c: ChangeRecord) =>
  c.target !== 'wellbeing' && c.target !== 'person' && c.target !== 'hours' && c.after !== c.before;

const RUNS: [Role, Strategy, number][] = [
  ['manager', NEVER_ASKS, 3],
  ['clinician', NEVER_ASKS, 4],
  ['clinician', STRATEGIES.random!, 5],
  ['manager', STRATEGIES['front-line']!, 6],
  ['clinician', STRATEGIES.diagnose!, 7],
  ['manager', STRATEGIES['sink-care']!, 8],
];

describe.each(RUNS)('a whole quarter as the %s (%s)', (role, strategy, seed) => {
  const played = playQuarter(role, strategy, seed);
  const s = played.state;

  it('every change’s stated cause is where it really came from', () => {
    const wrong: string[] = [];
    for (const c of s.changes) {
      const o = c.origin;
      const tags = c.decision === null ? null : (played.bodies.get(c.decision) ?? []);
      const say = (why: string) => wrong.push(`${why}: ${JSON.stringify(c)}`);
      switch (o.kind) {
        case 'choice':
          if (!tags) say('a choice’s change with no decision');
          else if (!carries(tags, c)) say('a choice’s change that its body does not carry');
          break;
        case 'intervention':
          if (!tags?.some((t) => t.kind === 'intervene' && t.level === o.level))
            say('an intervention its choice did not make');
          if (o.right !== (o.level === s.pressing)) say('an intervention landing the wrong way');
          break;
        case 'jargon':
          if (!tags?.some((t) => t.kind === 'jargon')) say('a jargon cost on a choice that spoke no jargon');
          break;
        case 'nod': {
          if (c.decision !== null) say('a misunderstanding charged to a decision');
          const nod = s.terms.find((t) => t.term === o.term && t.scene === o.scene && t.how === 'nodded');
          if (!nod?.misread) say('a misunderstanding from a word that was not nodded at, misread, in that scene');
          if (!findTerm(o.line, o.term)) say('a misunderstanding naming a line without its word');
          if (!c.delayed || c.scene <= o.scene) say('a misunderstanding that did not come later');
          break;
        }
        case 'scene':
        case 'pressure':
        case 'visit':
        case 'missed':
        case 'ask':
          if (c.decision !== null) say(`a ${o.kind} change charged to a decision`);
          break;
        case 'arc':
          if (!s.arcs[o.arc]) say('an arc that never started');
          if ((c.decision ?? undefined) !== s.sources[`arc:${o.arc}`])
            say('an arc charged to a decision that did not start it');
          break;
        case 'build':
          if (!s.structures.includes(o.structure)) say('a structure that was never built');
          if ((c.decision ?? undefined) !== s.sources[`build:${o.structure}`])
            say('a structure charged to a decision that did not build it');
          break;
      }
      if (o.kind === 'ask' && !s.terms.some((t) => t.term === o.term && t.how === 'asked'))
        say('an ask that never happened');
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(s.changes.length).toBeGreaterThan(50);
  });

  it('no decision is shown carrying a change it did not cause (scene end and debrief)', () => {
    for (const view of decisionViews(recordOf(s))) {
      const tags = played.bodies.get(view.decision.id) ?? [];
      const own = s.changes.filter((c) => c.decision === view.decision.id);
      for (const c of own) expect(['choice', 'intervention', 'jargon', 'arc', 'build']).toContain(c.origin.kind);
      for (const c of own.filter((c) => c.origin.kind === 'choice'))
        expect(carries(tags, c), JSON.stringify(c)).toBe(true);
    }
  });

  it('the week’s summary credits a scene’s decisions only with what they moved, and names the words asked about', () => {
    let own = 0;
    for (let w = 1; w <= s.week; w++)
      for (const e of weekSummary(s, w)) {
        if (!e.key.startsWith('scene:')) {
          // A scene's own time and lines are listed apart, under their own cause.
          if (e.origin.kind === 'scene' && !e.changes.some((c) => c.delayed)) {
            own++;
            expect(e.cause).toMatch(/^(Time in|In) “/);
          }
          continue;
        }
        for (const c of e.changes) expect(['choice', 'intervention', 'jargon', 'ask']).toContain(c.origin.kind);
        const asked = e.changes.some((c) => c.origin.kind === 'ask');
        expect(/asking (?:[^“]+ )?what “/.test(e.cause), e.cause).toBe(asked);
        expect(e.cause).not.toMatch(/your 0 decisions/);
      }
    expect(own).toBeGreaterThan(0);
  });

  it('the week’s summary of a projector play-through calls the decisions the room’s', () => {
    const room = {
      ...s,
      decisions: s.decisions.map((d, i) => (i ? d : { ...d, votes: [{ text: d.text, hands: 9 }] })),
    };
    const scenes = weekSummary(room, 1).filter((e) => e.key.startsWith('scene:'));
    expect(scenes.length).toBeGreaterThan(0);
    for (const e of scenes) {
      expect(e.cause).toMatch(/: the room’s (decision|\d+ decisions)\b/);
      expect(e.cause).not.toMatch(/\byour\b/);
    }
    // Played alone, they are the player's own.
    for (const e of weekSummary(s, 1).filter((x) => x.key.startsWith('scene:'))) expect(e.cause).toMatch(/: your /);
  });

  it('the week’s summary lists every scene whose decisions moved a meter or a person, however small', () => {
    let people = 0;
    for (let w = 1; w <= s.week; w++) {
      const listed = new Set(weekSummary(s, w).map((e) => e.key));
      const moved = s.changes.filter(
        (c) =>
          c.week === w &&
          c.decision !== null &&
          !c.delayed &&
          ['choice', 'intervention', 'jargon'].includes(c.origin.kind) &&
          c.target !== 'hours' &&
          c.after !== c.before,
      );
      for (const c of moved) expect(listed, `week ${w}, scene ${c.scene}: ${c.target}`).toContain(`scene:${c.scene}`);
      people += moved.filter((c) => c.target === 'person').length;
    }
    expect(people).toBeGreaterThan(0);
  });

  it('the end of a scene lists each decision once, whatever moved for its several reasons', () => {
    expect(played.twice).toEqual([]);
  });

  it('the end of a scene gives the meters as the bar showed them when it opened and shows them now', () => {
    expect(played.spans).toEqual([]);
  });

  it('a decision whose consequence lands later was named at its scene’s end: more to come, or set going', () => {
    const unannounced = s.changes.filter(
      (c) => c.delayed && VISIBLE(c) && c.decision !== null && s.decisions[c.decision]?.scene !== c.scene,
    );
    expect(unannounced.length).toBeGreaterThan(0);
    expect(
      unannounced
        .filter((c) => !played.announced.has(c.decision!))
        .map(
          (c) =>
            `${c.decision} ${c.origin.kind} ${c.target} s${s.decisions[c.decision!]?.scene}->${c.scene} ${momentOf(c)}`,
        ),
    ).toEqual([]);
  });

  it('the end of a scene names every decision that moved anything, a single person’s trust included', () => {
    const missing: string[] = [];
    s.decisions.forEach((d, id) => {
      const moved = s.changes.some(
        (c) =>
          c.decision === id &&
          !c.delayed &&
          c.after !== c.before &&
          c.target !== 'wellbeing' &&
          momentOf(c) === 'scene',
      );
      if (moved && !sceneDecisions(s, d.scene).some((e) => e.decision === id)) missing.push(`“${d.text}”`);
    });
    expect(missing).toEqual([]);
  });

  it('each person’s trust is what was logged for them plus one point for each move of their group’s trust', () => {
    // The notebook and the debrief explain a person's trust as their own logged moves plus their group's share.
    const starts = startingPeople(role);
    const wrong: string[] = [];
    for (const c of CHARACTERS) {
      const end = s.people[c.id]!;
      // A person held at 0 or 100 skips a group's move; the share then falls short, never over.
      const { withGroup, groupMoves } = personMoves(s.changes, c.id, starts[c.id]!, end);
      const groups = s.changes.filter(
        (ch) => (ch.target === 'trust' || ch.target === `trust.${c.group}`) && ch.after !== ch.before,
      );
      const moves = groups.reduce((n, ch) => n + Math.sign(ch.delta), 0);
      // The notebook says the ups and downs too, where they cancel: counted from the same moves.
      if (groupMoves.up + groupMoves.down !== groups.length || groupMoves.up - groupMoves.down !== moves)
        wrong.push(`${c.id}: group moves counted up ${groupMoves.up}, down ${groupMoves.down}, of ${groups.length}`);
      const clamped =
        end === 0 || end === 100 || s.changes.some((ch) => ch.person === c.id && (ch.after === 0 || ch.after === 100));
      if (clamped ? Math.abs(withGroup) > Math.abs(moves) + 1 : withGroup !== moves)
        wrong.push(`${c.id}: ${starts[c.id]} → ${end}, group share ${withGroup}, group moves ${moves}`);
    }
    expect(wrong).toEqual([]);
  });

  it('every change a player can see is listed with its cause on exactly one screen', () => {
    const unlisted = s.changes.filter((c) => VISIBLE(c) && !played.listed.has(c));
    expect(
      unlisted.map((c) => `${momentOf(c)} ${c.origin.kind} ${c.target} ${c.delta} (scene ${c.scene}, week ${c.week})`),
    ).toEqual([]);
    const twice = [...played.listed.values()].filter((where) => where.includes(' + '));
    expect(twice).toEqual([]);
  });
});

describe('consequences that catch up with the player', () => {
  it('say, as they arrive, why each landed, where the writer said: one person won over too', () => {
    let told = 0;
    let people = 0;
    for (const [role, strategy, seed] of RUNS.slice(2, 4)) {
      const { state } = playQuarter(role, strategy, seed);
      // A clinical director's read: "Priya saw protected breaks written into the next take rota" (+1) was in the
      // debrief but never on the screen it landed on, where only the people-less changes were listed.
      const landed = state.changes.filter(
        (c) =>
          c.delayed &&
          c.origin.kind === 'choice' &&
          c.note &&
          (VISIBLE(c) || (c.target === 'person' && c.after !== c.before)),
      );
      for (const c of landed) {
        const shown = arrivals(state, c.scene).find((e) => e.changes.includes(c));
        expect(shown?.detail, `${c.target} ${c.person ?? ''} ${c.delta} in scene ${c.scene}`).toBe(c.note);
        told++;
        if (c.target === 'person') people++;
      }
    }
    expect(told).toBeGreaterThan(3);
    expect(people).toBeGreaterThan(0);
  });
});

describe('a consequence of a scene rather than of a decision', () => {
  it('names where it was set going and why, and is no pressure nobody chose', () => {
    // The clinician who goes to week three's system board rebooks a clinic to be there: that lands later.
    const toTheBoard: Strategy = {
      ...NEVER_ASKS,
      name: 'the board',
      plan: (st) => (st.week + 1 === 3 ? ['exec'] : []),
    };
    const { state } = playQuarter('clinician', toTheBoard, 9);
    const board = state.plan.findIndex((m) => m.knot === 'w3_board' && m.here);
    expect(board).toBeGreaterThan(0);
    const rebooked = state.changes.filter(
      (c) => c.delayed && c.origin.kind === 'scene' && c.origin.scene === board && c.target === 'care',
    );
    expect(rebooked).toHaveLength(1);
    const c = rebooked[0]!;
    expect(c.note).toMatch(/^Eleven of your clinic patients were rebooked/);
    const shown = arrivals(state, c.scene).find((e) => e.changes.includes(c))!;
    expect(shown.cause).toMatch(/^Thursday of week 3, in “The system board”: “You are here for medicine/);
    expect(shown.detail).toBe(c.note);
    const run = recordOf(state);
    expect(links(run)).toContainEqual(
      expect.objectContaining({ decision: null, cause: 'You were at “The system board”', fromWeek: 3, note: c.note }),
    );
    expect(pressures(run).map((p) => p.note)).not.toContain(c.note);
  });
});

describe('a player who never asks', () => {
  it('meets misunderstandings, each a small written moment that names the word and the line', () => {
    const { state } = playQuarter('manager', NEVER_ASKS, 11);
    const nods = state.changes.filter((c) => c.origin.kind === 'nod');
    expect(nods.length).toBeGreaterThan(0);
    for (const c of nods) {
      expect(c.note, 'the misunderstanding is told').toBeTruthy();
      const shown = arrivals(state, c.scene).find((e) => e.changes.includes(c))!;
      expect(shown.cause).toMatch(/^You nodded at “.+” on \w+day/);
      expect(shown.detail).toBe(c.note);
    }
  });
});
