/**
 * Saves across the workshop release (issue 12). The save format stayed at 4:
 * the run's session and pair, a decision's vote and proposals, and a word
 * learned from a partner are optional additions. So real saves written by
 * the release before them must resume and play on unchanged, and a real
 * workshop pair's save from this release must keep what it added, and so
 * must a save of the four-week workshop quarter (its length, and its arcs'
 * shorter time to pay off). A save from the release before rules editions 9 and 10
 * is recounted by them and plays on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { Game } from '../../src/engine/run/game.ts';
import { parseSave } from '../../src/engine/run/save.ts';
import { arcStage, MISSED_BY } from '../../src/engine/rules/quarter.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { move, playOn as playStrategy, STRATEGIES } from '../../src/engine/drive/simulate.ts';
import { pairAtRandom } from '../../src/engine/drive/room.ts';
import { arrivals } from '../../src/engine/read/explain.ts';
import { FIGURES_RECOUNTED, GAME_UPDATED, SCENE_UPDATED } from '../../src/engine/run/resume.ts';
import { hoursText } from '../../src/engine/rules/prose.ts';
import { choiceKey } from '../../src/engine/run/legacy-choices.ts';
import { storyPrint } from '../../src/engine/run/hash.ts';
import type { GameState } from '../../src/engine/rules/rules.ts';
import { chargedBy } from '../../src/ui/debrief/decisions.ts';

const story = compileInk('stories/main.ink').json!;
const fixture = (name: string): string => readFileSync(`tests/fixtures/${name}`, 'utf8');

function playOn(game: Game, moves: number, decide?: typeof pairAtRandom): void {
  const random = seededRandom(2);
  for (let i = 0; i < moves && game.state.screen !== 'debrief'; i++) {
    const s = game.state;
    if (decide && s.screen === 'scene' && s.choices.length) game.send(decide(s, random));
    else expect(move(game, STRATEGIES.random!, random)).toBeNull();
    expect(game.state.storyError).toBeNull();
  }
}

/** A text as a regular expression matching it exactly. */
const esc = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('saves from the release before workshops', () => {
  it('resume mid-scene and play on for 20 moves', () => {
    const text = fixture('save-v4-week4-scene.json');
    expect(JSON.parse(text).version).toBe(4);
    const game = new Game({ story, slot: null });
    expect(game.resumeFrom(text)).toMatchObject({ ok: true });
    expect(game.state.screen).toBe('scene');
    expect(game.state.run.session).toBeUndefined();
    expect(game.state.run.pair).toBeUndefined();
    // Saved before the workshop quarter existed: it is the full quarter.
    expect(game.state.run.weeks).toBeUndefined();
    const decisions = game.state.decisions.length;
    playOn(game, 20);
    expect(game.state.decisions.length).toBeGreaterThan(decisions);
  });

  it('resume at the debrief', () => {
    const game = new Game({ story, slot: null });
    expect(game.resumeFrom(fixture('save-v4-debrief.json'))).toMatchObject({ ok: true });
    expect(game.state.screen).toBe('debrief');
  });
});

/**
 * Resume a real save that the rules as they are now count otherwise: `start` picks its decisions of one choice,
 * saved as `saved` ([week, level aimed at] each); the resume must say its figures were counted again.
 */
function recounted(name: string, start: string, saved: [number, string][]) {
  const text = fixture(name);
  const before = (JSON.parse(text) as { state: GameState }).state;
  const pick = (d: GameState['decisions'][number]) => d.text.startsWith(start);
  expect(before.decisions.filter(pick).map((d) => [d.week, d.intervene])).toEqual(saved);
  const game = new Game({ story, slot: null });
  const resumed = game.resumeFrom(text);
  expect(resumed).toMatchObject({ ok: true, notice: expect.stringContaining(FIGURES_RECOUNTED) });
  return {
    game,
    before,
    notice: (resumed as { notice: string }).notice,
    picked: () => game.state.decisions.filter(pick),
  };
}

describe('a save from the release before a change asked for again counted once (rules edition 4)', () => {
  it('is counted again by the rules as they are now, says so, and plays on', () => {
    // Written by c82aec7 at the end of week four: the clinician asked Janet in weeks 3 and 4, and both counted.
    const { game, before, notice, picked } = recounted('save-v4-repeated-asks.json', 'Ask Janet to put ED’s waits', [
      [3, 'organisation'],
      [4, 'organisation'],
    ]);
    // The notice names the rule that moved the figures, and the decision it moved them at.
    expect(notice).toContain(
      'A change you ask for twice is now made, and counted, only once: in week 4, “Ask Janet to put ED’s waits',
    );
    expect(notice).toMatch(/” asked again for what you had asked for in week 3\.$/);
    // The week-4 ask chases the week-3 change: one intervention fewer, and the meters recounted.
    const [first, second] = picked();
    expect(second).toMatchObject({ intervene: null, repeats: first!.id });
    expect(game.state.interventions).toHaveLength(before.interventions.length - 1);
    expect(game.state.screen).toBe(before.screen);
    const error = playStrategy(
      game,
      STRATEGIES.right!,
      seededRandom(2),
      (g) => picked().length > 2 || g.state.screen === 'debrief',
    );
    expect(error).toBeNull();
    expect(picked()[2]).toMatchObject({ intervene: null, repeats: first!.id });
  });
});

describe('a save from the release before asks and follow-ups were counted (rules editions 9 and 10)', () => {
  it('is counted again: the group that asked keeps its trust, a follow-up chases its change, and it plays on', () => {
    // Written by a4657b3 at the end of week five, the organisation quarter: the clinician agreed Grace's bedside
    // handover and let each consultant mark their complex follow-ups (both aimed at practice, so both missed,
    // each costing every group 3), and asked after the night staff's Monday page in week five, counted as a
    // change of its own.
    const { game, before, notice, picked } = recounted(
      'save-v4-asked-and-followed-up.json',
      'Promise nights a one-page note',
      [
        [3, 'practice'],
        [5, 'practice'],
      ],
    );
    expect(before.interventions.every((i) => !('asked' in i))).toBe(true);
    expect(notice).toMatch(
      /in week 5, “Promise nights a one-page note of changes, and ask if it’s reaching them” followed up the change you made in week 3 \(“Promise nights a one-page note of changes, every Monday”\)\.$/,
    );
    const [first, again] = picked();
    expect(again).toMatchObject({ intervene: null, repeats: first!.id, choice: first!.choice });
    // The handover Grace asked for and the follow-ups the medical director asked consultants to mark: asked for.
    const asked = (start: string) =>
      game.state.interventions.find((i) => game.state.decisions[i.decision!]!.text.startsWith(start))?.asked;
    expect(asked('Agree a bedside handover')).toBe('clinicians');
    expect(asked('Let each consultant mark')).toBe('leaders');
    // Front-line staff kept the trust the handover's miss used to take, and the follow-up's: recounted higher.
    expect(game.state.meters.trust.clinicians).toBeGreaterThan(before.meters.trust.clinicians);
    expect(game.state.interventions).toHaveLength(before.interventions.length - 1);
    expect(game.state.screen).toBe(before.screen);
    playOn(game, 20);
  });
});

describe('a workshop pair’s save from this release', () => {
  it('keeps its session, its pair, both proposals and the words the partner explained, and plays on as a pair', () => {
    const text = fixture('save-v4-workshop-pair.json');
    const parsed = parseSave(text);
    expect(parsed.ok).toBe(true);
    const game = new Game({ story, slot: null });
    expect(game.resumeFrom(text)).toMatchObject({ ok: true });
    expect(game.state.run).toMatchObject({ session: 'WK7QM2', pair: 'manager' });
    expect(game.state.decisions.every((d) => d.proposals)).toBe(true);
    expect(game.state.terms.some((t) => t.how === 'from your partner')).toBe(true);
    const decisions = game.state.decisions.length;
    playOn(game, 20, pairAtRandom);
    expect(game.state.decisions.length).toBeGreaterThan(decisions);
    expect(game.state.decisions.at(-1)!.proposals).toBeDefined();
  });

  it('is refused, with a reason, when a later field is damaged', () => {
    const bad = JSON.parse(fixture('save-v4-workshop-pair.json'));
    bad.state.run.session = 'not a session';
    const game = new Game({ story, slot: null });
    const result = game.resumeFrom(JSON.stringify(bad));
    expect(result.ok).toBe(false);
  });
});

describe('a pair’s save with the partner’s part (6 December)', () => {
  it('keeps what the partner was told, at the decision on screen and with a decision taken, and plays on as a pair', () => {
    const text = fixture('save-v4-pair-aside.json');
    expect(parseSave(text).ok).toBe(true);
    const game = new Game({ story, slot: null });
    expect(game.resumeFrom(text)).toMatchObject({ ok: true });
    expect(game.state.aside?.[0]?.text).toMatch(/^You were on the 06:15 site call/);
    expect(game.state.decisions[0]!.proposals!.partnerTold).toEqual([
      expect.stringMatching(/^The pilot’s figures reached you on Friday/),
    ]);
    const decisions = game.state.decisions.length;
    playOn(game, 20, pairAtRandom);
    expect(game.state.decisions.length).toBeGreaterThan(decisions);
    expect(game.state.decisions[decisions]!.proposals!.partnerTold?.[0]).toMatch(/^You were on the 06:15 site call/);
  });

  it('is refused, with a reason, when what the partner was told is damaged', () => {
    const bad = JSON.parse(fixture('save-v4-pair-aside.json'));
    bad.state.decisions[0].proposals.partnerTold = 'not a list';
    const game = new Game({ story, slot: null });
    expect(game.resumeFrom(JSON.stringify(bad)).ok).toBe(false);
  });
});

describe('a workshop quarter’s save from this release', () => {
  it('resumes at the week-three summary with its length and its halved arcs, and ends after week four', () => {
    const text = fixture('save-v4-workshop-quarter.json');
    const game = new Game({ story, slot: null });
    expect(game.resumeFrom(text)).toMatchObject({ ok: true });
    expect(game.state.screen).toBe('week');
    expect(game.state.run).toMatchObject({ session: 'WK4QTR', weeks: 4 });
    // Written while arcs also kept their time to pay off (now worked out from the run's length): read as before.
    // Since rules edition 14 a long game in the workshop quarter pays off two weeks after it is begun (the map,
    // begun in week 2, had paid off in week 3): a run saved before it plays on under the rules of now.
    expect(game.state.arcs.mapping).toEqual({ started: 2 });
    expect(arcStage('mapping', game.state.arcs, 3, 4)).toBe(1);
    expect(arcStage('mapping', game.state.arcs, 4, 4)).toBe(2);
    playOn(game, 400);
    expect(game.state.screen).toBe('debrief');
    expect(game.state.week).toBe(4);
    expect(game.state.plan.at(-1)!.knot).toBe('month_review');
  });

  it('is refused, with a reason, when its length is one the game does not have', () => {
    const bad = JSON.parse(fixture('save-v4-workshop-quarter.json'));
    bad.state.run.weeks = 6;
    const result = new Game({ story, slot: null }).resumeFrom(JSON.stringify(bad));
    expect(result.ok).toBe(false);
  });
});

describe('a pair’s two-device save from this release', () => {
  it('resumes on the partner’s device as the partner’s copy of the shared run', () => {
    let text = '';
    const game = new Game({ story, slot: { write: (t) => (text = t) } });
    game.send({ type: 'NEW_GAME' });
    game.send({
      type: 'CHOOSE_ROLE',
      role: 'manager',
      seed: 'QTR4WK',
      pair: true,
      id: 'QTR4WK-m-k2',
      device: 'clinician',
    });
    game.send({ type: 'BEGIN' });
    playOn(game, 12, pairAtRandom);
    const copy = new Game({ story, slot: null });
    expect(copy.resumeFrom(text)).toMatchObject({ ok: true });
    expect(copy.state.run).toMatchObject({ id: 'QTR4WK-m-k2', pair: 'clinician', device: 'clinician' });
    const bad = JSON.parse(text);
    bad.state.run.device = 'porter';
    expect(new Game({ story, slot: null }).resumeFrom(JSON.stringify(bad)).ok).toBe(false);
  });
});

describe('a save from the release before this one, at a choice in week three’s system board', () => {
  // Written by 1c2f195: choice texts with straight apostrophes, "Earlier in this scene" not kept, the
  // rebooked clinic's later Patient care −1 pending from a line, without the scene it was said in, and
  // the system board not yet costing the drive across town (rules edition 2).
  const text = fixture('save-v4-week3-board.json');

  it('resumes at that very choice, rebuilt by the rules as they are now, and says which figure moved', () => {
    const saved = JSON.parse(text) as {
      story?: number;
      state: { sceneIndex: number; hours: number; decisions: { text: string }[]; choices: { text: string }[] };
    };
    expect(saved.story).toBeUndefined();
    expect(saved.state.choices.some((c) => c.text.includes("'"))).toBe(true);
    const game = new Game({ story, slot: null });
    // The hours it names, and any figure the story has changed since by rewording what an earlier decision did.
    const resumed = game.resumeFrom(text);
    expect(resumed).toEqual({
      ok: true,
      notice: expect.stringMatching(new RegExp(`^${esc(`${GAME_UPDATED} ${FIGURES_RECOUNTED}`)}`)),
    });
    expect(resumed.ok && resumed.notice).toContain(
      `Hours left this week ${hoursText(saved.state.hours)} → ${hoursText(game.state.hours)}`,
    );
    expect(game.state.hours).toBe(saved.state.hours - 2);
    expect(game.state.plan[game.state.sceneIndex]?.knot).toBe('w3_board');
    expect(game.state.sceneIndex).toBe(saved.state.sceneIndex);
    expect(game.state.decisions.map((d) => choiceKey(d.text))).toEqual(
      saved.state.decisions.map((d) => choiceKey(d.text)),
    );
    // The choices read as the story words them now, and "Earlier in this scene" is kept from here on.
    expect(game.state.choices.map((c) => c.text)).toContain('Back the pathway with Alderbank’s bed numbers');
    expect(game.state.earlier).toEqual([]);
    playOn(game, 20);
  });

  it('lands the rebooked clinic naming the scene it was said in', () => {
    const game = new Game({ story, slot: null });
    expect(game.resumeFrom(text)).toMatchObject({ ok: true });
    const landed = landClinic(game);
    const shown = arrivals(game.state, landed.scene).find((e) => e.changes.includes(landed))!;
    expect(shown.cause).toMatch(/^Thursday of week 3, in “The system board/);
    expect(shown.detail).toMatch(/^Eleven of your clinic patients were rebooked/);
  });

  it('when the run cannot be replayed (no inputs kept), lands the old pending effect with its reason all the same', () => {
    const bare = JSON.parse(text);
    bare.state.inputs = null;
    const game = new Game({ story, slot: null });
    expect(game.resumeFrom(JSON.stringify(bare))).toEqual({ ok: true });
    expect(game.state.hours).toBe(bare.state.hours);
    const landed = landClinic(game);
    const shown = arrivals(game.state, landed.scene).find((e) => e.changes.includes(landed))!;
    expect(shown.cause).toMatch(/^Something that happened earlier: “You are here for medicine/);
    expect(shown.detail).toMatch(/^Eleven of your clinic patients were rebooked/);
  });

  /** Play on until the rebooked clinic's Patient care −1 lands, and return it. */
  function landClinic(game: Game) {
    const random = seededRandom(4);
    for (let i = 0; i < 60 && !game.state.changes.some((c) => c.delayed && c.origin.kind === 'scene'); i++)
      expect(move(game, STRATEGIES.first!, random)).toBeNull();
    const landed = game.state.changes.find((c) => c.delayed && c.origin.kind === 'scene')!;
    expect(landed).toMatchObject({ target: 'care', delta: -1 });
    return landed;
  }
});

/** How many of Larch's vacant posts the story counts as still there. */
const larchPosts = (game: Game): number =>
  Number((game as unknown as { runner: { getVar(name: string): unknown } }).runner.getVar('larch_posts'));

/** Play on at random for up to `moves` moves: no story error, and never a post spent that was not there. */
function playOnCountingPosts(game: Game, moves: number, seed: number): void {
  const random = seededRandom(seed);
  for (let i = 0; i < moves && game.state.screen !== 'debrief'; i++) {
    expect(move(game, STRATEGIES.random!, random)).toBeNull();
    expect(game.state.storyError).toBeNull();
    if (game.state.screen === 'scene') expect(larchPosts(game)).toBeGreaterThanOrEqual(0);
  }
}

describe('a save from the release before the Larch posts ledger (5401808)', () => {
  it('resumes at week seven’s savings plan as the story now words it, and plays on without spending a post twice', () => {
    // Saved by a manager who converted a Larch post at the finance office, at the choice that then read
    // "Unfreeze the two Larch posts you have been holding"; its ink state has no count of Larch's posts.
    // Resuming replays its inputs on today's story, which words the choice anew and counts the posts.
    const text = fixture('save-v4-w7-savings-plan.json');
    expect(JSON.parse(text).version).toBe(4);
    const game = new Game({ story, slot: null });
    // (Counted again, too, where the story has changed what an earlier decision did since.)
    expect(game.resumeFrom(text)).toEqual({
      ok: true,
      notice: expect.stringMatching(new RegExp(`^${esc(SCENE_UPDATED)}`)),
    });
    expect(game.state.screen).toBe('scene');
    expect(game.state.plan[game.state.sceneIndex]?.knot).toBe('w7_cip');
    expect(game.state.storyError).toBeNull();
    // The choice on offer reads as the story now has it, and the ledger counts the post already converted.
    const choices = game.state.choices.map((c) => c.text);
    expect(choices.some((c) => c.startsWith('Recruit to two of Larch’s vacancies'))).toBe(true);
    expect(choices.some((c) => c.startsWith('Unfreeze'))).toBe(false);
    expect(larchPosts(game)).toBe(2);
    playOnCountingPosts(game, 20, 4);
  });
});

describe('a save from the release before the Larch posts ledger (5401808), at the week-seven plan', () => {
  it('counts the post already converted, which its own ink state cannot, and plays on without spending a post twice', () => {
    // A manager who took the finance office's post conversion in week three (and, in week six, the same choice
    // again, which today's story reads as chasing the first); saved planning week seven. Its ink state has no
    // count of Larch's posts, so on its own it would start the ledger at three again.
    const text = fixture('save-v4-w7-plan-posts.json');
    expect(text).not.toContain('larch_posts');
    const game = new Game({ story, slot: null });
    expect(game.resumeFrom(text)).toMatchObject({ ok: true });
    expect(game.flow).toBe('plan');
    expect(larchPosts(game)).toBe(2);
    playOnCountingPosts(game, 40, 6);
  });
});

describe('a save written by 946fdb8, which names the story it was written on', () => {
  // A clinician in week two's OPEL scene, after a choice there. While the story is the one it names, it
  // resumes untouched; once the story has changed, as the story then plays the run it holds.
  const text = fixture('save-v4-named-story.json');
  const saved = JSON.parse(text) as { story: number; state: GameState };

  it('resumes where it was, as the story it names or the story as it is now plays it, and plays on', () => {
    expect(saved.story).toEqual(expect.any(Number));
    const game = new Game({ story, slot: null });
    const resumed = game.resumeFrom(text);
    expect(resumed.ok).toBe(true);
    expect(game.state.sceneIndex).toBe(saved.state.sceneIndex);
    const texts = (s: GameState) => s.choices.map((c) => c.text);
    if (saved.story === storyPrint(story)) {
      expect(resumed).toEqual({ ok: true });
      expect(texts(game.state)).toEqual(texts(saved.state));
      expect(game.state.meters).toEqual(saved.state.meters);
    } else {
      // Written on an earlier story: where a replay of its inputs stands in the same place, it is the game now.
      const replay = new Game({ story, slot: null });
      replay.replay({ role: saved.state.role!, seed: saved.state.seed, inputs: saved.state.inputs });
      const same =
        replay.flow === 'scene.playing' &&
        replay.state.sceneIndex === saved.state.sceneIndex &&
        // The same choices, a reworded one included (LEGACY_CHOICES), as the resume itself matches them.
        replay.state.decisions.map((d) => choiceKey(d.text)).join('\n') ===
          saved.state.decisions.map((d) => choiceKey(d.text)).join('\n');
      // Whatever the story has become, the decisions of the weeks before this scene are the player's still.
      const words = (s: GameState, before: number) =>
        s.decisions.filter((d) => d.scene < before).map((d) => choiceKey(d.text));
      expect(words(game.state, saved.state.sceneIndex)).toEqual(words(saved.state, saved.state.sceneIndex));
      if (same) expect(texts(game.state)).toEqual(texts(replay.state));
      // A replay that does not stand where the save did is never passed off as the save updated.
      else expect(resumed.ok ? (resumed.notice ?? '') : '').not.toContain(SCENE_UPDATED);
    }
    playOn(game, 20);
  });
});

describe('a save from the release before Sunita’s surgery visit was the player’s own time (08c5f91)', () => {
  // Written by 08c5f91 at week three's last choice, which then read "Go, before your own week starts" and cost two
  // of the week's hours. The visit is at half past seven on a Monday, before the player's day: it now costs none.
  const text = fixture('save-v4-w3-surgery-visit.json');

  it('resumes at that choice as the story now words it, and taking it spends none of the week’s hours', () => {
    const saved = JSON.parse(text) as { state: { hours: number; choices: { text: string }[] } };
    expect(saved.state.choices.map((c) => c.text)).toContain('Go, before your own week starts');
    const game = new Game({ story, slot: null });
    expect(game.resumeFrom(text)).toMatchObject({
      ok: true,
      notice: expect.stringMatching(new RegExp(`^${esc(GAME_UPDATED)}`)),
    });
    expect(game.state.plan[game.state.sceneIndex]?.knot).toBe('w3_board');
    const go = game.state.choices.find((c) => c.text === 'Go, before your own day starts')!;
    expect(go).toBeDefined();
    expect(go.hours).toBe(0);
    const hours = game.state.hours;
    game.send({ type: 'CHOOSE', index: go.index });
    expect(game.state.storyError).toBeNull();
    expect(game.state.hours).toBe(hours);
    expect(game.state.decisions.at(-1)?.text).toBe('Go, before your own day starts');
    playOn(game, 20);
  });
});

describe('a save from the release before a miss cost only the groups its level names (rules edition 12)', () => {
  // Written by d01e6f1 in week four of a department quarter (W9R2KD), by a manager who made two changes aimed
  // away from it: Dr Marsh's consultants' own follow-ups (practice, asked for by clinical leaders; it cost the front
  // line and executives 3 each) and one at the organisation level (all three groups 3 each, not landed yet). Played
  // on, at this commit, its next miss is Grace's bedside handover trial, which she asked for: clinical leaders pay.
  const text = fixture('save-v4-department-misses.json');

  it('tells each miss as it was charged, and charges a new miss by the level it was aimed at', () => {
    const before = (JSON.parse(text) as { state: GameState }).state;
    expect(before.pressing).toBe('department');
    const misses = (s: GameState) => s.interventions.filter((i) => !i.right);
    expect(misses(before).map((i) => [i.level, i.asked, 'charged' in i])).toEqual([
      ['practice', 'leaders', false],
      ['organisation', undefined, false],
    ]);
    const game = new Game({ story, slot: null });
    const resumed = game.resumeFrom(text);
    expect(resumed.ok).toBe(true);
    // As saved, a miss carries no `charged`, and is told as charged then: every group but one that asked (what a
    // finished run of that release still shows).
    expect(misses(before).map(chargedBy)).toEqual([
      ['clinicians', 'executives'],
      ['clinicians', 'leaders', 'executives'],
    ]);
    // The rules' edition is part of the fingerprint, so since edition 13 the run is always replayed and recounted
    // by the rules as they are now, and the player is told so: the practice miss now costs front-line staff alone.
    expect(resumed).toMatchObject({ notice: expect.stringContaining(FIGURES_RECOUNTED) });
    expect(misses(game.state).map((i) => i.charged)).toEqual([['clinicians'], ['clinicians', 'leaders', 'executives']]);
    // What each miss is told to have cost is what it did cost, landed or still to land.
    const costOf = (miss: GameState['interventions'][number]): string[] => [
      ...new Set([
        ...game.state.changes
          .filter((c) => c.decision === miss.decision && c.origin.kind === 'intervention')
          .map((c) => c.target),
        ...game.state.pending
          .filter((p) => p.decision === miss.decision && p.origin.kind === 'intervention' && p.effect.kind === 'meter')
          .map((p) => (p.effect.kind === 'meter' ? p.effect.target : '')),
      ]),
    ];
    const told = (groups: string[]) => (groups.length === 3 ? ['trust'] : groups.map((g) => `trust.${g}`));
    for (const miss of misses(game.state)) expect(costOf(miss)).toEqual(told(chargedBy(miss)));
    // Played on aiming away from the tension: the next miss costs what its own level says (`MISSED_BY`), and
    // executives nothing unless it was aimed at the organisation.
    const error = playStrategy(
      game,
      STRATEGIES.wrong!,
      seededRandom(3),
      (g) => misses(g.state).length > 2 || g.state.screen === 'debrief',
    );
    expect(error).toBeNull();
    const next = misses(game.state)[2]!;
    expect(next.charged).toEqual(MISSED_BY[next.level].filter((g) => g !== next.asked));
    expect(next.charged!.includes('executives')).toBe(next.level === 'organisation' && next.asked !== 'executives');
    expect(costOf(next)).toEqual(told(next.charged!));
  });
});
