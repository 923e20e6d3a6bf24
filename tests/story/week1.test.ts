/**
 * Story checks: every story compiles, every tag is valid, and every path of
 * week one is played headless for both roles through the real engine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import story from '../../stories/main.ink';
import { exploreWeek, sampleWeek, wordCount, type ExploreReport } from '../../src/engine/drive/explore.ts';
import { StoryRunner } from '../../src/engine/run/story.ts';
import { randomSeed, SCHEDULE } from '../../src/engine/rules/quarter.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { Game } from '../../src/engine/run/game.ts';
import { plainQuotes } from '../../src/engine/rules/prose.ts';
import { sceneChanges } from '../../src/engine/read/explain.ts';

const WEEK_ONE = SCHEDULE[1]!;
import { ROLES } from '../../src/engine/rules/types.ts';

const reports = {} as Record<(typeof ROLES)[number], ExploreReport>;

beforeAll(() => {
  for (const role of ROLES) {
    reports[role] = exploreWeek(story, role);
    const r = reports[role];
    console.log(
      `[story] ${role}: ${r.paths} paths explored (${r.states} states, ${r.boundaries} scene-boundary states) in ${r.ms.toFixed(0)} ms; ` +
        `every state within 0–100`,
    );
  }
});

describe('week one stories', () => {
  it('every scene of the week has a valid header', () => {
    const runner = new StoryRunner(story);
    const metas = WEEK_ONE.map((k) => runner.sceneMeta(k));
    expect(metas.map((m) => m.barrier).sort()).toEqual(['jargon', 'location', 'status']);
  });

  it.each(ROLES)('%s: every path reaches the end of week one with no dead end and meters in range', (role) => {
    const r = reports[role];
    expect(r.problems).toEqual([]);
    expect(r.paths).toBeGreaterThan(20);
  });

  it.each(ROLES)('%s: every scene has at least three decisions on every path, each with a real choice', (role) => {
    for (const s of reports[role].scenes) {
      expect(s.minDecisions, s.knot).toBeGreaterThanOrEqual(3);
      expect(s.minOptions, s.knot).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(ROLES)('%s: a decision lands as a delayed consequence in a later scene', (role) => {
    expect(reports[role].delayedLanded).toBeGreaterThanOrEqual(1);
  });

  it.each(ROLES)('%s: the week can end better or worse depending on the decisions (500 random weeks)', (role) => {
    const sample = sampleWeek(story, role, 500, 7);
    console.log(
      `[story] ${role}, 500 random weeks end with Budget ${sample.final.budget.join('–')}, ` +
        `Patient care ${sample.final.care.join('–')}, Trust ${sample.final.trust.join('–')}`,
    );
    expect(sample.problems).toEqual([]);
    for (const m of ['budget', 'care', 'trust'] as const) {
      expect(sample.final[m][1] - sample.final[m][0], m).toBeGreaterThanOrEqual(8);
    }
  });

  it('each scene differs by role in what the player reads and can choose', () => {
    WEEK_ONE.forEach((knot, i) => {
      const c = reports.clinician.scenes[i]!;
      const m = reports.manager.scenes[i]!;
      const onlyClinicianChoices = [...c.choices].filter((t) => !m.choices.has(t));
      const onlyManagerChoices = [...m.choices].filter((t) => !c.choices.has(t));
      const onlyClinicianLines = [...c.lines].filter((t) => !m.lines.has(t));
      const onlyManagerLines = [...m.lines].filter((t) => !c.lines.has(t));
      expect(onlyClinicianChoices.length, `${knot}: clinician-only choices`).toBeGreaterThanOrEqual(2);
      expect(onlyManagerChoices.length, `${knot}: manager-only choices`).toBeGreaterThanOrEqual(2);
      expect(wordCount(onlyClinicianLines), `${knot}: clinician-only words`).toBeGreaterThan(150);
      expect(wordCount(onlyManagerLines), `${knot}: manager-only words`).toBeGreaterThan(150);
    });
  });

  it('scenes remember each other only through variables, which the explorer tracks', () => {
    // Visit counts read inside a scene are relative paths (".^.^.stitch"); a read of another
    // scene's counts would be absolute ("week1_status.stitch") and could hide paths from the explorer.
    const counts = [...JSON.stringify(story).matchAll(/"CNT\?":"([^"]+)"/g)].map((m) => m[1]!);
    expect(counts.filter((path) => !path.startsWith('.'))).toEqual([]);
  });

  it('holds at least 3,000 words of writing across both roles', () => {
    const all = new Set<string>();
    for (const role of ROLES)
      for (const s of reports[role].scenes) for (const t of [...s.lines, ...s.choices]) all.add(t);
    const words = wordCount(all);
    console.log(`[story] ${words} distinct words of dialogue, narration and choices across both roles`);
    expect(words).toBeGreaterThanOrEqual(3000);
  });
});

describe('a choice that asks what a word means', () => {
  const friday = (role: (typeof ROLES)[number]) => {
    const game = new Game({ story, plan: ['week1_jargon'] });
    game.send({ type: 'NEW_GAME' });
    game.send({ type: 'CHOOSE_ROLE', role });
    game.send({ type: 'BEGIN' });
    return game;
  };
  const take = (game: Game, text: string) => {
    const choice = game.state.choices.find((c) => c.text.startsWith(text));
    if (!choice) throw new Error(`no "${text}" in ${game.state.choices.map((c) => c.text).join(' | ')}`);
    game.send({ type: 'CHOOSE', index: choice.index });
  };
  const how = (game: Game, term: string) => game.state.terms.filter((t) => t.term === term).map((t) => t.how);

  it('gives the time a scene takes as the time it takes to be there, not a line of its scenery', () => {
    const game = friday('manager');
    take(game, 'Let Marcus take everyone');
    const time = sceneChanges(game.state, 0).find(
      (e) => e.origin.kind === 'scene' && e.net.some((n) => n.target === 'hours'),
    );
    expect(time?.cause).toBe('Time in “Heads, not WTE”');
    expect(time?.net).toEqual([{ target: 'hours', delta: -2 }]);
  });

  it('learns the words it asks about, where nodding along would not', () => {
    const asking = friday('clinician');
    expect(asking.state.unknown.map((u) => u.term)).toEqual(expect.arrayContaining(['run-rate', 'recurrent']));
    take(asking, 'Ask what run-rate and recurrent mean');
    expect(how(asking, 'run-rate')).toEqual(['asked']);
    expect(how(asking, 'recurrent')).toEqual(['asked']);
    expect(asking.state.known).toEqual(expect.arrayContaining(['run-rate', 'recurrent']));
    expect(asking.state.changes.filter((c) => c.origin.kind === 'nod')).toEqual([]);

    const nodding = friday('clinician');
    take(nodding, 'Agree the cut as Marcus puts it');
    expect(how(nodding, 'run-rate')).toEqual(['nodded']);
    expect(how(nodding, 'recurrent')).toEqual(['nodded']);
  });

  it('charges going along with “recurrent” once: the cut’s own cost, never a misunderstanding besides', () => {
    // The choice's body is the misunderstanding (posts, not agency) and its later Budget −4 what it cost; a
    // misunderstanding drawn for the same nod told the same event again, and charged it twice.
    const seen = { recurrent: 0, runRate: 0 };
    for (let n = 0; n < 60; n++) {
      const game = new Game({ story, plan: ['week1_jargon'] });
      game.send({ type: 'NEW_GAME' });
      game.send({ type: 'CHOOSE_ROLE', role: 'clinician', seed: randomSeed(seededRandom(n)) });
      game.send({ type: 'BEGIN' });
      expect(game.state.unknown.find((u) => u.term === 'recurrent')?.nodChoice).toBe(true);
      expect(game.state.unknown.find((u) => u.term === 'run-rate')?.nodChoice).toBeUndefined();
      take(game, 'Agree the cut as Marcus puts it');
      expect(game.state.terms.find((t) => t.term === 'recurrent')).toMatchObject({ misread: false, ownCost: true });
      const nodded = (term: string) =>
        game.state.pending.filter((p) => p.origin.kind === 'nod' && p.origin.term === term).length;
      seen.recurrent += nodded('recurrent');
      seen.runRate += nodded('run-rate');
      const later = game.state.pending.filter((p) => p.decision !== null);
      expect(later.map((p) => p.effect)).toEqual([{ kind: 'meter', target: 'budget', delta: -4 }]);
    }
    expect(seen.recurrent).toBe(0);
    // The other word nodded at with it still comes back for some codes: only the word the choice carries is spared.
    expect(seen.runRate).toBeGreaterThan(0);
  });

  it('keeps the lines a choice answered, and the choice, for "Earlier in this scene" (so a reload keeps them)', () => {
    const game = friday('clinician');
    const shown = game.state.lines;
    take(game, 'Ask what run-rate and recurrent mean');
    expect(game.state.earlier).toEqual([{ lines: shown, chose: 'Ask what run-rate and recurrent mean' }]);
    const next = game.state.lines;
    game.send({ type: 'CHOOSE', index: game.state.choices[0]!.index });
    expect(game.state.earlier?.map((b) => b.lines)).toEqual([shown, next]);
  });

  it('lets a pair’s partner explain its words, and the agreement then is an informed one', () => {
    const game = new Game({ story, plan: ['week1_jargon'] });
    game.send({ type: 'NEW_GAME' });
    game.send({ type: 'CHOOSE_ROLE', role: 'clinician', pair: true });
    game.send({ type: 'BEGIN' });
    expect(game.state.unknown.find((u) => u.term === 'recurrent')?.choice).toBe(true);
    // The manager knows their own finance words: no hours, learned all the same.
    const hours = game.state.hours;
    game.send({ type: 'ASK', term: 'recurrent', partner: true });
    game.send({ type: 'ASK', term: 'run-rate', partner: true });
    expect(how(game, 'recurrent')).toEqual(['from your partner']);
    expect(game.state.hours).toBe(hours);
    take(game, 'Agree the cut as Marcus puts it');
    const said = game.state.lines.map((l) => l.text).join(' ');
    expect(said).toContain('posts out of Larch’s establishment, for good');
    expect(said).not.toContain('assuming he means the agency');
    expect(game.state.terms.filter((t) => t.how === 'nodded')).toEqual([]);
  });

  it('resumes a save from before the story’s quotes were set curly at the very choice it was at', () => {
    let text = '';
    const game = new Game({ story, plan: ['week1_jargon'], slot: { write: (t) => (text = t) } });
    game.send({ type: 'NEW_GAME' });
    game.send({ type: 'CHOOSE_ROLE', role: 'clinician' });
    game.send({ type: 'BEGIN' });
    take(game, 'Agree the cut as Marcus puts it');
    // "Back Grace flatly: nights aren’t negotiable" is on offer: saved as an older release wrote it, straight.
    expect(game.state.choices.some((c) => c.text.includes('’'))).toBe(true);
    const old = JSON.parse(text) as { state: { choices: { text: string }[] } };
    old.state.choices = old.state.choices.map((c) => ({ ...c, text: c.text.replace(/’/g, "'") }));
    const resumed = new Game({ story, plan: ['week1_jargon'] });
    expect(resumed.resumeFrom(JSON.stringify(old))).toEqual({ ok: true });
    expect(resumed.state.decisions).toHaveLength(1);
    expect(resumed.state.choices.map((c) => plainQuotes(c.text))).toEqual(
      game.state.choices.map((c) => plainQuotes(c.text)),
    );
  });

  it('leaves its words to the choice: the words box cannot ask, look them up or put them to a partner first', () => {
    const game = friday('clinician');
    const words = game.state.unknown.filter((u) => u.term === 'run-rate' || u.term === 'recurrent');
    expect(words.map((u) => u.choice)).toEqual([true, true]);
    const before = game.state;
    game.send({ type: 'ASK', term: 'run-rate' });
    game.send({ type: 'LOOK_UP', term: 'recurrent' });
    game.send({ type: 'ASK', term: 'recurrent', partner: true });
    expect(game.state.known).not.toContain('run-rate');
    expect(game.state.known).not.toContain('recurrent');
    expect(game.state.hours).toBe(before.hours);
    expect(game.state.changes).toBe(before.changes);
    // A word no choice asks about is still the words box's to ask.
    const other = game.state.unknown.find((u) => !u.choice);
    if (other) {
      game.send({ type: 'ASK', term: other.term });
      expect(game.state.known).toContain(other.term);
    }
  });
});
