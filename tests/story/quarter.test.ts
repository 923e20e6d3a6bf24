/**
 * The quarter's content, checked headless: every scene, encounter, the review
 * and every ending is played hundreds of times in both roles under each hidden
 * level, and the whole quarter is checked for coverage and length.
 */
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { checkKnot, type KnotReport } from '../../src/tools/ink-check.ts';
import { StoryRunner } from '../../src/engine/run/story.ts';
import { Game } from '../../src/engine/run/game.ts';
import { move, STRATEGIES, type Strategy } from '../../src/engine/drive/simulate.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import {
  AWAY,
  ENDINGS,
  encounterKnot,
  endingKnot,
  MONTH_REVIEW_KNOT,
  REVIEW_KNOT,
  SCHEDULE,
} from '../../src/engine/rules/quarter.ts';
import { AUTHORITY, BARRIERS, LEVELS, PLACES, ROLES } from '../../src/engine/rules/types.ts';
import { knownAtStart } from '../../src/engine/rules/glossary.ts';
import { CHARACTERS } from '../../src/engine/rules/characters.ts';
import { hasPortrait } from '../../scenes/portraits.ts';

const json = compileInk('stories/main.ink').json!;
const runner = new StoryRunner(json);
const SCENES = Object.entries(SCHEDULE)
  .filter(([week]) => Number(week) > 1)
  .flatMap(([, knots]) => knots);
const ENCOUNTERS = PLACES.map(encounterKnot);
const reports = new Map<string, KnotReport>();
const report = (knot: string): KnotReport => {
  let r = reports.get(knot);
  if (!r) {
    r = checkKnot(runner, knot, 240);
    reports.set(knot, r);
  }
  return r;
};

describe('the quarter’s scenes (weeks 2–8)', () => {
  it('has at least 12 scenes beyond the first week, each with its week, place, barrier and level', () => {
    expect(SCENES.length).toBeGreaterThanOrEqual(12);
    for (const knot of SCENES) {
      const meta = runner.sceneMeta(knot);
      expect(meta.week, knot).toBeGreaterThan(1);
      expect(meta.level, knot).toBeDefined();
    }
  });

  it('plans each meeting off the site at its own scene’s week and place', () => {
    expect(Object.keys(AWAY).length).toBeGreaterThan(0);
    for (const [knot, away] of Object.entries(AWAY)) {
      const meta = runner.sceneMeta(knot);
      expect(SCHEDULE[meta.week!], knot).toContain(knot);
      expect(meta.place, knot).toBe(away.place);
    }
  });

  it('puts every barrier at every cultural level somewhere in the quarter', () => {
    const pairs = new Set(
      [...SCHEDULE[1]!, ...SCENES].map((k) => {
        const m = runner.sceneMeta(k);
        return `${m.barrier}·${m.level ?? 'none'}`;
      }),
    );
    for (const b of BARRIERS) for (const l of LEVELS) expect(pairs, `${b} at the ${l} level`).toContain(`${b}·${l}`);
  });

  it.each(SCENES)('%s plays in both roles under every hidden level with no dead end or error', (knot) => {
    const r = report(knot);
    expect(r.problems).toEqual([]);
    expect(r.decisions.min, 'decisions per play').toBeGreaterThanOrEqual(3);
    // A week reads in about ten minutes: a scene is a substantial two or three minutes, no more.
    for (const role of ROLES) {
      expect(r.playWords[role].mean, `${role}: mean words a play`).toBeGreaterThanOrEqual(300);
      expect(r.playWords[role].mean, `${role}: mean words a play`).toBeLessThanOrEqual(520);
    }
  });

  it.each(SCENES)(
    '%s gives each role, on every play, a move only its authority allows and something only it sees',
    (knot) => {
      const r = report(knot);
      for (const role of ROLES) {
        const a = r.authority[role];
        expect(a.kinds.length, `${role}: authority moves`).toBeGreaterThan(0);
        for (const k of a.kinds) expect(AUTHORITY[role] as readonly string[], `${role}: ${k}`).toContain(k);
        expect(a.playsWithout, `${role}: plays with no move of its own (of ${a.plays})`).toBe(0);
        expect(r.ownLines[role].count, `${role}: lines only this role sees`).toBeGreaterThan(0);
        expect(r.ownLines[role].playsWithout, `${role}: plays showing nothing of its own`).toBe(0);
      }
    },
  );

  it.each(SCENES)('%s flags at most two unknown words a play, the ones a role does not use daily', (knot) => {
    const r = report(knot);
    for (const role of ROLES) {
      expect(r.flagged[role].max).toBeLessThanOrEqual(2);
      const known = new Set(knownAtStart(role));
      for (const t of r.flagged[role].terms) expect(known.has(t), `${role} knows “${t}”`).toBe(false);
    }
  });

  it.each(SCENES)(
    '%s carries the cultural-level puzzle: true clues and interventions at two levels or more',
    (knot) => {
      const r = report(knot);
      // A true clue names the level that is actually pressing in that quarter.
      const trueClue = LEVELS.some((l) => r.clues[l]!.includes(l) && r.clues[l]!.length < 3);
      expect(trueClue, 'a clue that follows the hidden level').toBe(true);
      expect(r.interventions.length, 'levels an intervention can aim at').toBeGreaterThanOrEqual(2);
    },
  );
});

describe('the map encounters', () => {
  it.each(ENCOUNTERS)('%s plays week after week in both roles, in about a minute and a half', (knot) => {
    const r = report(knot);
    expect(r.problems).toEqual([]);
    expect(r.decisions.min).toBeGreaterThanOrEqual(2);
    for (const role of ROLES) expect(r.playWords[role].mean, role).toBeLessThanOrEqual(320);
  });

  it('offers every long arc and every structural change somewhere', () => {
    const all = [...SCENES, ...ENCOUNTERS].map(report);
    const arcs = new Set(all.flatMap((r) => r.arcs));
    const builds = new Set(all.flatMap((r) => r.builds));
    expect([...arcs].sort()).toEqual(['board', 'induction', 'mapping', 'paired', 'shadowing', 'training']);
    expect([...builds].sort()).toEqual(['colocate', 'kitchen', 'walkrounds']);
  });

  it('flags the other world’s words for both roles, and marks the words both sides read differently', () => {
    const all = [...SCENES, ...ENCOUNTERS].map(report);
    for (const role of ROLES)
      expect(new Set(all.flatMap((r) => r.flagged[role].terms)).size, role).toBeGreaterThanOrEqual(8);
    // Keller et al.: the traits both sides praise and mean differently
    const flagged = new Set(all.flatMap((r) => [...r.flagged.clinician.terms, ...r.flagged.manager.terms]));
    for (const t of ['transparent', 'supportive', 'visible']) expect(flagged, t).toContain(t);
    expect(all.reduce((n, r) => n + r.jargonChoices, 0)).toBeGreaterThan(0);
  });
});

describe('the review and the endings', () => {
  it('the quarter review plays in both roles', () => {
    const r = report(REVIEW_KNOT);
    expect(r.problems).toEqual([]);
    expect(r.words.both).toBeGreaterThanOrEqual(500);
  });

  it('the month-end review (the workshop quarter’s close) plays in both roles', () => {
    const r = report(MONTH_REVIEW_KNOT);
    expect(r.problems).toEqual([]);
    expect(r.words.both).toBeGreaterThanOrEqual(500);
    expect(runner.sceneMeta(MONTH_REVIEW_KNOT).week).toBe(4);
  });

  it.each([...ENDINGS])('ending "%s" is written out', (ending) => {
    const r = report(endingKnot(ending));
    expect(r.problems).toEqual([]);
    expect(r.playWords.clinician.mean).toBeGreaterThanOrEqual(150);
    expect(r.playWords.manager.mean).toBeGreaterThanOrEqual(150);
  });
});

describe('the glossary that shadowing and paired learning open', () => {
  // A player who plans the ward and the finance office (where both are offered) and starts either when offered.
  const learner: Strategy = {
    ...STRATEGIES.random!,
    name: 'learner',
    blind: false,
    plan: () => ['finance', 'ward'],
    choose: (_s, cs, r) => {
      const i = cs.findIndex((c) =>
        c.tags.some((t) => t.kind === 'arc' && (t.arc === 'paired' || t.arc === 'shadowing')),
      );
      return i >= 0 ? i : Math.floor(r() * cs.length);
    },
    ask: () => false,
  };
  /** How often, over 20 quarters a role, a flagged word could be looked up in the glossary instead of nodded at. */
  const lookUps = (ahead: boolean): number => {
    let offered = 0;
    for (const role of ROLES)
      for (let seed = 1; seed <= 20; seed++) {
        const random = seededRandom(seed);
        const game = new Game({ story: json, random });
        if (!ahead) game.wordsAhead = () => [];
        game.send({ type: 'NEW_GAME' });
        game.send({ type: 'CHOOSE_ROLE', role });
        game.send({ type: 'BEGIN' });
        for (let i = 0; i < 2000 && game.state.screen !== 'debrief'; i++) {
          const st = game.state;
          if (st.screen === 'scene')
            offered += st.unknown.filter((u) => !u.choice && st.glossary.includes(u.term)).length;
          if (move(game, learner, random)) break;
        }
      }
    return offered;
  };

  it('holds the words the rest of the quarter shows, so looking one up is a real way to learn it', () => {
    const withAhead = lookUps(true);
    const inGlossaryOrder = lookUps(false);
    // Against the glossary's own order, which put in words that rarely came up again.
    expect(withAhead).toBeGreaterThan(inGlossaryOrder * 1.2);
    expect(withAhead / 40).toBeGreaterThan(2);
  });
});

describe('the whole quarter', () => {
  it('holds at least 12,000 words of writing beyond the first week, both roles together', () => {
    const knots = [...SCENES, ...ENCOUNTERS, REVIEW_KNOT, MONTH_REVIEW_KNOT, ...ENDINGS.map(endingKnot)];
    const words = knots.reduce((n, k) => n + report(k).words.both, 0);
    expect(words).toBeGreaterThanOrEqual(12_000);
  });

  it('has at least 8 named characters, each with a portrait', () => {
    expect(CHARACTERS.length).toBeGreaterThanOrEqual(8);
    for (const c of CHARACTERS) expect(hasPortrait(c.id), c.id).toBe(true);
  });
});
