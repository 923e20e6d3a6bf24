/**
 * What the game tells a learning record store (issue 13), on whole quarters
 * played through the real engine and reported as the session reports them
 * (after every event): every statement passes an xAPI validator, each
 * decision is answered once, each week progressed once, completion once at
 * the debrief with a result the room dashboard reads back to the same run;
 * a cmi5 launch's statements carry the platform's template and categories.
 */
import validate from 'xapi-validation';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { Game } from '../../src/engine/run/game.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { move, STRATEGIES } from '../../src/engine/drive/simulate.ts';
import { readResultText } from '../../src/engine/read/result.ts';
import { WORKSHOP_WEEKS, WEEKS } from '../../src/engine/rules/types.ts';
import type { GameState } from '../../src/engine/rules/rules.ts';
import {
  CMI5_CATEGORY,
  EXT,
  freshCursor,
  MOVE_ON_CATEGORY,
  registrationOf,
  sessionStatement,
  statementsSince,
  uuidOf,
  VERB,
  type Cursor,
  type Statement,
  type XapiFrame,
} from '../../src/platform/xapi-data.ts';

const story = compileInk('stories/main.ink').json!;

const FRAME: XapiFrame = {
  actor: { objectType: 'Agent', account: { homePage: 'https://learn.example.nhs.uk/', name: 'learner-42' } },
  activityId: 'https://learn.example.nhs.uk/common-ground/',
  registration: registrationOf('WABCDE', 'ABC234'),
};

const CMI5_FRAME: XapiFrame = {
  ...FRAME,
  contextTemplate: {
    platform: 'The trust’s learning platform',
    contextActivities: {
      grouping: [{ objectType: 'Activity', id: 'https://platform.example/publisher/cg' }],
      parent: [{ objectType: 'Activity', id: 'https://platform.example/course/cg' }],
    },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-1' },
  },
  mayComplete: true,
};

/** Plays a quarter, reporting after every step as `xapi-session.ts` does. */
function play(seed: number, frame: XapiFrame, weeks?: number): { game: Game; statements: Statement[] } {
  const random = seededRandom(seed * 13);
  let n = 0;
  const stamp = () => {
    n++;
    const bytes = new Uint8Array(16).map(() => Math.floor(random() * 256));
    return { id: uuidOf(bytes), timestamp: new Date(Date.UTC(2026, 10, 30, 9, 0, n)).toISOString() };
  };
  const game = new Game({ story, slot: null, random: seededRandom(seed) });
  const statements: Statement[] = [sessionStatement('initialized', frame, game.state, stamp())];
  let cursor: Cursor = freshCursor('');
  const report = (s: GameState) => {
    const next = statementsSince(s, cursor, frame, story, stamp, 60_000 * n);
    statements.push(...next.statements);
    cursor = next.cursor;
  };
  game.store.subscribe(
    (s) => s,
    (s) => report(s as GameState),
  );
  game.send({ type: 'NEW_GAME' });
  game.send({ type: 'CHOOSE_ROLE', role: seed % 2 ? 'manager' : 'clinician', ...(weeks ? { weeks } : {}) });
  game.send({ type: 'BEGIN' });
  const moves = seededRandom(seed * 7);
  const strategy = { ...STRATEGIES.random!, ask: () => moves() < 0.5 };
  for (let i = 0; i < 4000 && game.state.screen !== 'debrief'; i++) expect(move(game, strategy, moves)).toBeNull();
  report(game.state);
  statements.push(sessionStatement('terminated', frame, game.state, stamp(), 3_600_000));
  return { game, statements };
}

const byVerb = (all: Statement[], verb: keyof typeof VERB) => all.filter((s) => s.verb.id === VERB[verb].id);

describe('xAPI statements', () => {
  it('a whole quarter: every statement valid; each decision, asked word and week said once; completed once with the run', () => {
    for (const [seed, weeks] of [
      [1, undefined],
      [2, undefined],
      [3, WORKSHOP_WEEKS],
      [4, WORKSHOP_WEEKS],
    ] as const) {
      const { game, statements } = play(seed, FRAME, weeks);
      const s = game.state;
      for (const statement of statements) expect(validate(statement), JSON.stringify(statement)).toEqual([]);
      // The validator does refuse what a store would: a statement whose id is not a UUID.
      expect(validate({ ...statements[1]!, id: 'decision-1' })).not.toEqual([]);
      expect(new Set(statements.map((x) => x.id)).size).toBe(statements.length);

      const answered = byVerb(statements, 'answered');
      expect(answered).toHaveLength(s.decisions.length);
      expect(new Set(answered.map((a) => (a.object as { id: string }).id)).size).toBe(answered.length);
      expect(answered[0]!.result!.extensions![EXT.meters]).toEqual({
        before: {
          budget: s.decisions[0]!.before.budget,
          care: s.decisions[0]!.before.care,
          trust: s.decisions[0]!.before.trust,
        },
        after: {
          budget: s.decisions[0]!.after.budget,
          care: s.decisions[0]!.after.care,
          trust: s.decisions[0]!.after.trust,
        },
      });
      // Interventions say whether they aimed at the hidden level; other decisions do not claim a right answer.
      const aimed = answered.filter((a) => a.result!.success !== undefined);
      expect(aimed).toHaveLength(s.decisions.filter((d) => d.intervene).length);
      for (const a of answered) expect(a.context!.extensions![EXT.level]).toBe(s.pressing);

      expect(byVerb(statements, 'asked')).toHaveLength(s.terms.filter((t) => t.how === 'asked').length);

      const progressed = byVerb(statements, 'progressed');
      const lastWeek = s.week;
      expect(progressed).toHaveLength(lastWeek);
      expect(progressed.at(-1)!.result!.extensions!['https://w3id.org/xapi/cmi5/result/extensions/progress']).toBe(
        Math.round((100 * lastWeek) / (weeks ?? WEEKS)),
      );

      const completed = byVerb(statements, 'completed');
      expect(completed).toHaveLength(1);
      const done = completed[0]!;
      expect(done.result!.completion).toBe(true);
      expect(done.result!.extensions![EXT.ending]).toBe(s.ending);
      const right = s.interventions.filter((i) => i.right).length;
      if (s.interventions.length) expect(done.result!.score!.scaled).toBeCloseTo(right / s.interventions.length);
      // The result the dashboard reads is this run, exactly.
      const read = readResultText(String(done.result!.extensions![EXT.result]));
      expect(read.ok).toBe(true);
      if (read.ok) expect(read.value.inputs).toEqual(s.inputs);

      expect(statements[0]!.verb.id).toBe(VERB.initialized.id);
      expect(statements.at(-1)!.verb.id).toBe(VERB.terminated.id);
      for (const x of statements) expect(x.context!.registration).toBe(FRAME.registration);
    }
  });

  it('a cmi5 launch: the platform’s template in every statement, cmi5’s categories where its rules want them, no score on completed', () => {
    const { statements } = play(5, CMI5_FRAME, WORKSHOP_WEEKS);
    for (const statement of statements) {
      expect(validate(statement)).toEqual([]);
      expect(statement.context!.extensions!['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe(
        'session-1',
      );
      expect(statement.context!.contextActivities!.grouping).toContainEqual({
        objectType: 'Activity',
        id: 'https://platform.example/publisher/cg',
      });
    }
    // Nothing the platform's template says is overwritten (cmi5 §10.2.1): ours only adds to it.
    for (const statement of statements) {
      expect(statement.context!.platform).toBe('The trust’s learning platform');
      expect(statement.context!.contextActivities!.parent).toContainEqual({
        objectType: 'Activity',
        id: 'https://platform.example/course/cg',
      });
    }
    const decision = byVerb(statements, 'answered')[0]!;
    expect(decision.context!.contextActivities!.parent).toHaveLength(2);
    const categories = (s: Statement) => (s.context!.contextActivities!.category ?? []).map((c) => c.id);
    expect(categories(byVerb(statements, 'initialized')[0]!)).toEqual([CMI5_CATEGORY]);
    expect(categories(byVerb(statements, 'completed')[0]!)).toEqual([CMI5_CATEGORY, MOVE_ON_CATEGORY]);
    expect(byVerb(statements, 'completed')[0]!.result!.score).toBeUndefined();
    // cmi5 "allowed" statements must not carry the cmi5 category.
    for (const s of byVerb(statements, 'answered')) expect(categories(s)).toEqual([]);
  });

  it('a browse-mode cmi5 launch never reports completion', () => {
    const { statements } = play(6, { ...CMI5_FRAME, mayComplete: false }, WORKSHOP_WEEKS);
    expect(byVerb(statements, 'completed')).toHaveLength(0);
  });

  it('a “what if?” branch reports only what the learner does in it, not the decisions it inherits', () => {
    const { game } = play(7, FRAME, WORKSHOP_WEEKS);
    const first = game.state;
    const from = Math.floor(first.decisions.length / 2);
    let cursor: Cursor = { run: first.run.id, decisions: first.decisions.length, terms: 0, weeks: 4, completed: true };
    const out: Statement[] = [];
    const random = seededRandom(70);
    let n = 0;
    const stamp = () => ({
      id: uuidOf(Uint8Array.from({ length: 16 }, () => Math.floor(random() * 256))),
      timestamp: new Date(Date.UTC(2026, 10, 30, 10, 0, n++)).toISOString(),
    });
    game.store.subscribe(
      (s) => s,
      (s) => {
        const next = statementsSince(s as GameState, cursor, FRAME, story, stamp, 1000);
        out.push(...next.statements);
        cursor = next.cursor;
      },
    );
    game.branchFrom(from);
    expect(game.state.run.branchOf).toEqual({ id: first.run.id, decision: from });
    expect(out).toEqual([]);
    const moves = seededRandom(71);
    for (let i = 0; i < 4000 && game.state.screen !== 'debrief'; i++)
      expect(move(game, STRATEGIES.random!, moves)).toBeNull();
    expect(byVerb(out, 'answered')).toHaveLength(game.state.decisions.length - from);
    expect(byVerb(out, 'completed')).toHaveLength(1);
    for (const s of out) expect(s.context!.extensions![EXT.run]).toBe(game.state.run.id);
    // The room dashboard counts players by their results: a branch is the same player, so it hands in none.
    for (const s of out) expect(s.result?.extensions?.[EXT.result]).toBeUndefined();
  });

  it('a workshop session’s registration is a UUID, the same for everyone in it and different for another session', () => {
    const a = registrationOf('WABCDE', 'ABC234');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(registrationOf('wabcde', 'abc234')).toBe(a);
    expect(registrationOf('WABCDF', 'ABC234')).not.toBe(a);
    expect(registrationOf('WABCDE', 'ABC235')).not.toBe(a);
  });
});
