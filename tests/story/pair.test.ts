/**
 * Paired play (issue 12): a clinician leader and an operational manager play
 * one run on one device, the run's role leading. Each decision keeps what
 * each proposed; a word from the partner's world can be put to the partner
 * (no hours, no trust: nobody else sees it), and only such a word; a run
 * played alone takes neither; a replay rebuilds the pair's run exactly. A
 * pair with a device each plays the same run on both: the same steps give the
 * same run, and a device out of step catches up from the other's result.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileInk, inkFiles } from '../../src/tools/ink-compile.ts';
import { Game } from '../../src/engine/run/game.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { WORKSHOP_WEEKS } from '../../src/engine/rules/types.ts';
import { knownAtStart } from '../../src/engine/rules/glossary.ts';
import { move, STRATEGIES } from '../../src/engine/drive/simulate.ts';
import { pairAtRandom, playDeciding } from '../../src/engine/drive/room.ts';
import { recordOf } from '../../src/engine/read/record.ts';
import { readResultText, resultTexts, stepCode } from '../../src/engine/read/result.ts';
import { resultOfRecord } from '../../src/engine/read/room.ts';
import { explain } from '../../src/engine/read/explain.ts';

const story = compileInk('stories/main.ink').json!;

/** Quotes and apostrophes as a writer types them, for finding a line of ink among the typeset lines shown. */
const plain = (text: string): string => text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');

function pairRun(pair: boolean): Game {
  const game = new Game({ story, slot: null });
  game.send({ type: 'NEW_GAME' });
  game.send({ type: 'CHOOSE_ROLE', role: 'clinician', seed: 'ABC234', pair });
  game.send({ type: 'BEGIN' });
  return game;
}

describe('a pair', () => {
  it('plays one run in the lead’s role, keeping both proposals and what the partner explained', () => {
    const game = pairRun(true);
    expect(game.state.run.pair).toBe('manager');
    const random = seededRandom(3);
    const partnerKnows = new Set(knownAtStart('manager'));
    let asked = 0;
    let refused = 0;
    let disagreed = 0;
    for (let step = 0; step < 400 && game.state.week <= 3; step++) {
      const s = game.state;
      if (s.screen !== 'scene' || !s.choices.length) {
        move(game, STRATEGIES.random!, random);
        continue;
      }
      for (const u of s.unknown) {
        const hours = game.state.hours;
        const before = game.state.meters;
        game.send({ type: 'ASK', term: u.term, partner: true });
        // Even a word a choice on offer asks about: the partner knows it from their own job.
        if (partnerKnows.has(u.term)) {
          asked++;
          expect(game.state.known).toContain(u.term);
          expect(game.state.hours).toBe(hours);
          expect(game.state.meters).toEqual(before);
          expect(game.state.terms.at(-1)).toMatchObject({ term: u.term, how: 'from your partner' });
        } else {
          refused++;
          expect(game.state.known).not.toContain(u.term);
        }
      }
      const n = game.state.choices.length;
      const lead = Math.floor(random() * n);
      const partner = Math.floor(random() * n);
      const agreed = random() < 0.5 ? lead : partner;
      if (lead !== partner) disagreed++;
      const shown = game.state.choices;
      game.send({ type: 'CHOOSE', index: shown[agreed]!.index, proposals: [lead, partner] });
      expect(game.state.decisions.at(-1)).toMatchObject({
        text: shown[agreed]!.text,
        proposals: { lead: shown[lead]!.text, partner: shown[partner]!.text },
      });
    }
    expect(asked).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
    expect(disagreed).toBeGreaterThan(0);
    // The pair's run replays exactly, proposals and the partner's words included.
    const copy = game.headless();
    copy.replay({ role: 'clinician', seed: 'ABC234', inputs: game.state.inputs, pair: true });
    expect(copy.state.run.pair).toBe('manager');
    expect(copy.state.decisions).toEqual(game.state.decisions);
    expect(copy.state.terms).toEqual(game.state.terms);
  });

  it('gives the partner what the story, told to their role, says that the lead’s lines leave out', () => {
    const game = pairRun(true);
    // The opening of Monday's board round: what the manager knows of Home by 11, which the clinician's lines do not say.
    expect(game.state.aside!.map((l) => l.text)).toEqual([
      expect.stringMatching(/^The pilot’s figures reached you on Friday/),
    ]);
    expect(pairRun(false).state.aside).toBeUndefined();
    // Over three weeks: never a line the lead read, nor what the partner's role would have said aloud; and at
    // half or more of the scenes' first decisions, something of the partner's own.
    const random = seededRandom(5);
    const firsts: boolean[] = [];
    let scene = -1;
    for (let step = 0; step < 400 && game.state.week <= 3; step++) {
      const s = game.state;
      if (s.screen === 'scene' && s.choices.length) {
        const read = new Set(s.lines.map((l) => l.text));
        for (const line of s.aside ?? []) {
          expect(read.has(line.text)).toBe(false);
          expect(line.speaker).not.toBe('you');
        }
        if (s.sceneIndex !== scene) firsts.push((s.aside ?? []).length > 0);
        scene = s.sceneIndex;
      }
      move(game, STRATEGIES.random!, random);
    }
    expect(firsts.length).toBeGreaterThan(6);
    expect(firsts.filter(Boolean).length / firsts.length).toBeGreaterThanOrEqual(0.5);
  });

  it('keeps with a decision what the partner had been told there, through a replay', () => {
    const game = pairRun(true);
    const told = game.state.aside!.map((l) => l.text);
    expect(told.length).toBeGreaterThan(0);
    game.send({ type: 'CHOOSE', index: game.state.choices[0]!.index, proposals: [0, 1] });
    expect(game.state.decisions[0]!.proposals).toEqual({
      lead: expect.any(String),
      partner: expect.any(String),
      partnerTold: told,
    });
    const copy = game.headless();
    copy.replay({ role: 'clinician', seed: 'ABC234', inputs: game.state.inputs, pair: true });
    expect(copy.state.decisions[0]!.proposals!.partnerTold).toEqual(told);
    // A run played alone keeps no proposals, so nothing of the kind.
    const alone = pairRun(false);
    alone.send({ type: 'CHOOSE', index: alone.state.choices[0]!.index });
    expect(alone.state.decisions[0]!.proposals).toBeUndefined();
  });

  it('names a decision’s consequences with whose proposal it was', () => {
    const game = pairRun(true);
    playDeciding(game, pairAtRandom, seededRandom(8), (g) => g.state.week > 2 || g.state.screen === 'debrief');
    const named = explain(game.state, game.state.changes).filter((e) => e.decision !== null);
    const whose = (id: number): string => {
      const p = game.state.decisions[id]!.proposals!;
      const text = game.state.decisions[id]!.text;
      if (p.lead === text && p.partner === text) return '(you both proposed it)';
      return p.lead === text
        ? '(the clinician leader’s proposal)'
        : p.partner === text
          ? '(the operational manager’s proposal)'
          : '';
    };
    const kinds = new Set(named.map((e) => whose(e.decision!)));
    // Both seats' proposals, and agreed ones, were taken and had consequences in two weeks.
    expect(kinds).toContain('(the operational manager’s proposal)');
    expect(kinds).toContain('(you both proposed it)');
    for (const e of named) if (whose(e.decision!)) expect(e.cause).toContain(whose(e.decision!));
    // A run played alone names no proposer.
    const alone = pairRun(false);
    playDeciding(
      alone,
      (s, random) => ({ type: 'CHOOSE', index: s.choices[Math.floor(random() * s.choices.length)]!.index }),
      seededRandom(8),
      (g) => g.state.week > 2,
    );
    expect(explain(alone.state, alone.state.changes).some((e) => /proposal\)|proposed it\)/.test(e.cause))).toBe(false);
  });

  it('a replay that only counts reads no partner’s part, and comes to the same run', () => {
    const game = pairRun(true);
    playDeciding(game, pairAtRandom, seededRandom(8), (g) => g.state.week > 2 || g.state.screen === 'debrief');
    const counting = game.headless(true);
    counting.replay({ role: 'clinician', seed: 'ABC234', inputs: game.state.inputs, pair: true });
    expect(counting.state.aside).toBeUndefined();
    expect(counting.state.decisions.some((d) => d.proposals?.partnerTold)).toBe(false);
    const strip = (s: typeof game.state) => ({
      ...s,
      aside: undefined,
      run: { ...s.run, id: '' },
      saveStatus: null,
      decisions: s.decisions.map((d) => ({
        ...d,
        proposals: { lead: d.proposals!.lead, partner: d.proposals!.partner },
      })),
    });
    expect(strip(counting.state)).toEqual(strip(game.state));
  });

  it('reads the partner’s part with the partner’s words: a word the lead knows is not the partner’s', () => {
    // Friday in finance, the clinician leading: the clinician knows NEWS2, the manager partner does not, so the
    // partner is told what NEWS2 is to them now, not what it is to a manager who has learned it.
    const game = pairRun(true);
    const random = seededRandom(9);
    const told: string[] = [];
    for (let step = 0; step < 200 && game.state.week === 1; step++) {
      if (game.state.plan[game.state.sceneIndex]?.knot === 'week1_jargon')
        told.push(...(game.state.aside ?? []).map((l) => l.text));
      move(game, STRATEGIES.first!, random);
    }
    expect(told).toContain(
      'NEWS2 is a column in your quality report, beside a target. What a seven asks of one nurse with fourteen patients at night, you could not say.',
    );
    expect(told.join(' ')).not.toMatch(/You know a seven means a doctor now/);
  });

  it('shows every line a writer marks `# aside` to some partner, in a handful of quarters of each lead', () => {
    // A mark on a line both roles read, or inside a choice's body, would never reach a partner.
    const shown: string[] = [];
    const read = new Set<string>();
    // Each scene's first decision, by the partner's role: whether the partner was told something there.
    const firsts = new Map<string, boolean>();
    // Twenty whole quarters of each lead, and four workshop quarters, which close with the month-end review.
    for (const role of ['clinician', 'manager'] as const)
      for (let r = 0; r < 24; r++) {
        const random = seededRandom(r + 11);
        const game = new Game({ story, slot: null, random });
        game.send({ type: 'NEW_GAME' });
        game.send({ type: 'CHOOSE_ROLE', role, pair: true, ...(r >= 20 ? { weeks: WORKSHOP_WEEKS } : {}) });
        game.send({ type: 'BEGIN' });
        const strategy = Object.values(STRATEGIES)[r % Object.values(STRATEGIES).length]!;
        let scene = -1;
        for (let step = 0; step < 2000 && game.state.screen !== 'debrief'; step++) {
          const s = game.state;
          shown.push(...(s.aside ?? []).map((l) => plain(l.text)));
          for (const l of s.lines) read.add(plain(l.text));
          if (s.screen === 'scene' && s.choices.length && s.sceneIndex !== scene) {
            scene = s.sceneIndex;
            const key = `${s.plan[scene]!.knot}, told to the ${s.run.pair}`;
            firsts.set(key, (firsts.get(key) ?? false) || (s.aside ?? []).length > 0);
          }
          move(game, strategy, random);
        }
      }
    // Every scene tells each partner something of their own at its first decision.
    const never = [...firsts].filter(([, told]) => !told).map(([k]) => k);
    expect(firsts.size).toBeGreaterThan(40);
    expect(never).toEqual([]);
    const all = shown.join('\n');
    const files = inkFiles('stories/main.ink').map((file) => readFileSync(file, 'utf8').split('\n'));
    // Lines under `as_partner` are the partner's alone: no lead ever reads them.
    const partnerOnly = files.flatMap((lines) =>
      lines.flatMap((line, i) => {
        if (!/^\s*(\{|- )as_partner\b/.test(line)) return [];
        // The lines indented under the condition or the branch.
        const indent = line.search(/\S/);
        const end = lines.findIndex((l, j) => j > i && l.trim() !== '' && l.search(/\S/) <= indent);
        return lines.slice(i + 1, end).filter((l) => /#\s*aside\b/.test(l));
      }),
    );
    expect(partnerOnly.length).toBeGreaterThanOrEqual(21);
    const lead = [...read].join('\n');
    const readByLead = partnerOnly.filter((line) => lead.includes(plain(line.replace(/#.*$/, '').trim()).slice(0, 40)));
    expect(readByLead).toEqual([]);
    const marked = files.flat().filter((line) => /#\s*aside\b/.test(line));
    expect(marked.length).toBeGreaterThan(40);
    // A marked line's own words, outside its inline conditionals: one of them must have been shown.
    const missing = marked.filter((line) => {
      const words = line
        .replace(/#.*$/, '')
        .split(/[{}|]/)
        .map((part) => plain(part.replace(/^[^:]*:(?!\s*$)/, '').trim()))
        .filter((part) => part.length >= 12);
      return !words.some((part) => all.includes(part.slice(0, 30)));
    });
    expect(missing).toEqual([]);
  });

  it('is the only run that takes proposals or asks a partner', () => {
    const game = pairRun(false);
    expect(game.state.run.pair).toBeUndefined();
    const c = game.state.choices[0]!;
    game.send({ type: 'CHOOSE', index: c.index, proposals: [0, 1] });
    expect(game.state.decisions).toHaveLength(0);
    // Proposals must point at options on offer, and a vote and proposals never come together.
    const pair = pairRun(true);
    const n = pair.state.choices.length;
    for (const proposals of [
      [0, n],
      [-1, 0],
      [0.5, 1],
    ] as [number, number][]) {
      pair.send({ type: 'CHOOSE', index: pair.state.choices[0]!.index, proposals });
      expect(pair.state.decisions).toHaveLength(0);
    }
    pair.send({
      type: 'CHOOSE',
      index: pair.state.choices[0]!.index,
      proposals: [0, 0],
      votes: pair.state.choices.map(() => 1),
    });
    expect(pair.state.decisions).toHaveLength(0);
  });
});

describe('a pair with a device each', () => {
  const start = (device: 'clinician' | 'manager', id?: string): Game => {
    const game = new Game({ story, slot: null });
    game.send({ type: 'NEW_GAME' });
    game.send({
      type: 'CHOOSE_ROLE',
      role: 'clinician',
      seed: 'ABC234',
      pair: true,
      device,
      ...(id ? { id } : {}),
    });
    return game;
  };

  it('plays one run on two devices: the same steps give the same run, one player to a dashboard', () => {
    const lead = start('clinician');
    const partner = start('manager', lead.state.run.id);
    expect(partner.state.run).toMatchObject({ id: lead.state.run.id, pair: 'manager', device: 'manager' });
    expect(lead.state.run.device).toBe('clinician');
    // Each step the lead's device takes, the partner's takes too.
    const random = seededRandom(12);
    lead.send({ type: 'BEGIN' });
    partner.send({ type: 'BEGIN' });
    for (let step = 0; step < 300 && lead.state.week <= 2; step++) {
      const s = lead.state;
      if (s.screen === 'scene' && s.choices.length) lead.send(pairAtRandom(s, random));
      else expect(move(lead, STRATEGIES.random!, random)).toBeNull();
      const taken = lead.state.inputs!.at(-1)!;
      if (partner.state.inputs!.length < lead.state.inputs!.length) partner.send(taken);
      expect(stepCode(partner.state.inputs!, partner.state.run.id)).toBe(
        stepCode(lead.state.inputs!, lead.state.run.id),
      );
    }
    const { device: _a, ...leadRun } = lead.state.run;
    const { device: _b, ...partnerRun } = partner.state.run;
    expect(partnerRun).toEqual(leadRun);
    expect(partner.state.meters).toEqual(lead.state.meters);
    expect(partner.state.decisions).toEqual(lead.state.decisions);
    const a = resultOfRecord(recordOf(lead.state), story)!;
    const b = resultOfRecord(recordOf(partner.state), story)!;
    expect(resultTexts(b)).toEqual(resultTexts(a));
  });

  it('shows another step code from the first decision on a device that opened another pair’s link', () => {
    const lead = start('clinician');
    const [seed, letter] = lead.state.run.id.split('-');
    const stranger = start('manager', [seed, letter, lead.state.run.id.endsWith('-1') ? '2' : '1'].join('-'));
    expect(stranger.state.run.id).not.toBe(lead.state.run.id);
    lead.send({ type: 'BEGIN' });
    stranger.send({ type: 'BEGIN' });
    // The same steps so far on both (a run's first steps are the same in every quarter)…
    expect(stranger.state.inputs).toEqual(lead.state.inputs);
    // …but not the same run: the codes differ, so the pair sees it at once.
    expect(stepCode(stranger.state.inputs!, stranger.state.run.id)).not.toBe(
      stepCode(lead.state.inputs!, lead.state.run.id),
    );
  });

  it('a device that falls behind, or goes its own way, catches up from the other’s result', () => {
    const lead = start('clinician');
    const partner = start('manager', lead.state.run.id);
    const random = seededRandom(5);
    playDeciding(lead, pairAtRandom, random, (g) => g.state.week >= 2 && g.state.screen === 'scene');
    // The partner's device took one wrong step of its own.
    partner.send({ type: 'BEGIN' });
    partner.send({ type: 'CHOOSE', index: partner.state.choices.at(-1)!.index, proposals: [0, 0] });
    expect(stepCode(partner.state.inputs!, partner.state.run.id)).not.toBe(
      stepCode(lead.state.inputs!, lead.state.run.id),
    );
    const read = readResultText(resultTexts(resultOfRecord(recordOf(lead.state), story)!).join('\n'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    partner.catchUp(read.value.inputs);
    expect(stepCode(partner.state.inputs!, partner.state.run.id)).toBe(stepCode(lead.state.inputs!, lead.state.run.id));
    expect(partner.state.run.device).toBe('manager');
    expect(partner.state.meters).toEqual(lead.state.meters);
    expect(partner.flow).toBe(lead.flow);
  });

  it('refuses a shared run id that names another quarter or another lead, and a device without a pair', () => {
    for (const event of [
      { id: 'ZZZ234-c-abc', device: 'manager' as const, pair: true },
      { id: 'ABC234-m-abc', device: 'manager' as const, pair: true },
      { device: 'manager' as const },
      { id: 'ABC234-c-abc', pair: true },
    ]) {
      const game = new Game({ story, slot: null });
      game.send({ type: 'NEW_GAME' });
      game.send({ type: 'CHOOSE_ROLE', role: 'clinician', seed: 'ABC234', ...event });
      expect(game.state.screen, JSON.stringify(event)).toBe('role');
    }
  });
});
