/**
 * A workshop room (issue 12): twelve simulated players hand in results; the
 * dashboard's engine replays each and its counts, endings, meters and
 * decisions must equal what the players' own games hold. Duplicates, short
 * codes, foreign results and CSV exports are checked on the same room.
 */
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { pairAtRandom, playDeciding, simulatedRoom } from '../../src/engine/drive/room.ts';
import { playOn, STRATEGIES } from '../../src/engine/drive/simulate.ts';
import { headline } from '../../src/engine/rules/meters.ts';
import { ENDING_TITLES, pressingLevel } from '../../src/engine/rules/quarter.ts';
import {
  addEntry,
  decisionsCsv,
  entryOfCode,
  finished,
  parseCsv,
  PLAYER_COLUMNS,
  playersCsv,
  replayRecord,
  replayResult,
  resultOfRecord,
  roomView,
  reachedTheEnd,
  summaryOf,
  type PlayerEntry,
  type RoomContext,
} from '../../src/engine/read/room.ts';
import { fnv } from '../../src/engine/run/hash.ts';
import {
  readResultText,
  readShortCode,
  resultTexts,
  RULES_EDITION,
  sessionHash,
  shortCode,
} from '../../src/engine/read/result.ts';
import { recordOf } from '../../src/engine/read/record.ts';
import { Game } from '../../src/engine/run/game.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { ROLES, TRUST_GROUPS } from '../../src/engine/rules/types.ts';

const story = compileInk('stories/main.ink').json!;
// One game replays every result, as on the dashboard; a refused result must not spoil the next.
const ctx: RoomContext = { session: 'WK7QM2', story, seed: 'ABC234', game: new Game({ story, slot: null }) };
const players = simulatedRoom(story, ctx.session, ctx.seed, 12);

function takeAll(): PlayerEntry[] {
  let entries: PlayerEntry[] = [];
  for (const p of players) {
    const read = readResultText(resultTexts(p.result).join('\n'));
    if (!read.ok) throw new Error(read.reason);
    const taken = replayResult(ctx, read.value);
    if (!taken.ok) throw new Error(taken.reason);
    entries = addEntry(entries, taken.entry).entries;
  }
  return entries;
}
const entries = takeAll();

/** A manager in this session, played at random to the ending page (not yet the debrief). */
function managerAtTheEnding(weeks?: number): Game {
  const game = new Game({ story, slot: null, random: seededRandom(3) });
  game.send({ type: 'NEW_GAME' });
  game.send({
    type: 'CHOOSE_ROLE',
    role: 'manager',
    seed: ctx.seed,
    session: ctx.session,
    ...(weeks ? { weeks } : {}),
  });
  game.send({ type: 'BEGIN' });
  expect(playOn(game, STRATEGIES.random!, seededRandom(4), (g) => g.state.screen === 'ending')).toBeNull();
  return game;
}

describe('a workshop room', () => {
  it('replays every result to exactly what the player’s game holds', () => {
    expect(entries).toHaveLength(12);
    players.forEach((p, i) => {
      const e = entries[i]!;
      expect(e.role).toBe(p.role);
      expect(e.done).toBe(reachedTheEnd(p.state.screen));
      expect(e.ending).toBe(p.state.ending);
      expect(e.week).toBe(p.state.week);
      expect(e.meters).toEqual(headline(p.state.meters));
      expect(e.decisions!.map((d) => d.options[d.chosen])).toEqual(p.state.decisions.map((d) => d.text));
      expect(e.right).toBe(p.state.interventions.filter((x) => x.right).length);
    });
    // The room mixes finished runs and results handed in mid-session.
    expect(entries.filter((e) => e.done).length).toBe(9);
  });

  it('counts a player who handed in from the ending page as finished, as the guide has them do', () => {
    const game = managerAtTheEnding(4);
    const result = resultOfRecord(recordOf(game.state), story)!;
    const taken = replayResult({ ...ctx, weeks: 4, game: new Game({ story, slot: null }) }, result);
    if (!taken.ok) throw new Error(taken.reason);
    expect(taken.entry.done).toBe(true);
    expect(taken.entry.ending).toBe(game.state.ending);
    // A short code from an earlier release said "not done" on the ending page; its ending still counts.
    expect(finished({ ...taken.entry, done: false })).toBe(true);
    expect(roomView([taken.entry], ctx.seed).finished).toBe(1);
    expect(parseCsv(playersCsv(ctx.session, [taken.entry]))[1]![PLAYER_COLUMNS.indexOf('finished')]).toBe('true');
    // One handed in mid-quarter has not finished.
    expect(
      roomView(
        entries.filter((e) => !e.ending),
        ctx.seed,
      ).finished,
    ).toBe(0);
  });

  it('gives each decision’s trust moves group by group, as the player saw them, and whether more landed later', () => {
    players.forEach((p, i) => {
      const e = entries[i]!;
      e.decisions!.forEach((d, k) => {
        const id = p.state.decisions[k]!.id;
        // The player's own record: the decision's immediate moves to each group's trust.
        const own = (g: string) =>
          p.state.changes
            .filter((c) => c.decision === id && !c.delayed && (c.target === `trust.${g}` || c.target === 'trust'))
            .reduce((n, c) => n + (c.target === 'trust' ? c.delta : c.after - c.before), 0);
        expect(d.groups).toEqual({
          clinicians: own('clinicians'),
          leaders: own('leaders'),
          executives: own('executives'),
        });
        const landed =
          p.state.changes.some((c) => c.decision === id && c.delayed) || p.state.pending.some((x) => x.decision === id);
        // Whatever landed later (or is still to land) is marked; so is a long arc or a building started,
        // which may pay off after the run ends.
        if (landed) expect(d.later).toBe(true);
        else if (d.later)
          expect(Object.values(p.state.arcs).some((a) => a?.started === d.week) || p.state.structures.length > 0).toBe(
            true,
          );
      });
    });
    // Some choices set something going, and the room's view counts who took them.
    const view = roomView(entries, ctx.seed);
    const options = view.decisions.flatMap((t) => [...t.options.clinician, ...t.options.manager]);
    expect(options.some((o) => o.later > 0)).toBe(true);
    for (const o of options) expect(o.later).toBeLessThanOrEqual(o.count.clinician + o.count.manager);
  });

  it('gives what each decision set going that had landed by the hand-in, as the player’s own record has it', () => {
    let seen = 0;
    players.forEach((p, i) => {
      entries[i]!.decisions!.forEach((d, k) => {
        const id = p.state.decisions[k]!.id;
        // A change aimed at a level is left out: how it landed is the reveal's, and the wall is up before it.
        const later = p.state.changes.filter((c) => c.decision === id && c.delayed && c.origin.kind !== 'intervention');
        const sum = (t: string) =>
          later
            .filter((c) => c.target === t || (t.startsWith('trust.') && c.target === 'trust'))
            .reduce((n, c) => n + (c.target === 'trust' ? c.delta : c.after - c.before), 0);
        expect(d.landed).toEqual({
          budget: sum('budget'),
          care: sum('care'),
          groups: {
            clinicians: sum('trust.clinicians'),
            leaders: sum('trust.leaders'),
            executives: sum('trust.executives'),
          },
        });
        if (later.some((c) => c.target !== 'hours' && c.target !== 'wellbeing' && c.target !== 'person')) seen++;
      });
    });
    expect(seen).toBeGreaterThan(0);
    // The room's view gives each option the mean of it over those who took it.
    const view = roomView(entries, ctx.seed);
    const options = view.decisions.flatMap((t) => [...t.options.clinician, ...t.options.manager]);
    const took = options.filter((o) => o.count.clinician + o.count.manager > 0);
    expect(took.every((o) => o.landed !== null)).toBe(true);
    expect(took.some((o) => o.landed!.budget || o.landed!.care || Object.values(o.landed!.groups).some(Boolean))).toBe(
      true,
    );
    // An entry kept before had none: its options say nothing of later, rather than a made-up nought.
    const before = entries.map((e) => ({ ...e, decisions: e.decisions!.map(({ landed: _, ...d }) => d) }));
    for (const t of roomView(before, ctx.seed).decisions)
      for (const o of [...t.options.clinician, ...t.options.manager]) expect(o.landed).toBeNull();
  });

  it('counts the room as the players’ runs add up', () => {
    const view = roomView(entries, ctx.seed);
    expect(view.players).toBe(12);
    expect(view.finished).toBe(players.filter((p) => p.state.screen === 'debrief' || p.state.ending).length);
    expect(view.byRole.clinician.players).toBe(6);
    expect(view.endings.reduce((n, e) => n + e.count.clinician + e.count.manager, 0)).toBe(
      players.filter((p) => p.state.ending).length,
    );
    expect(view.level).toBe(pressingLevel(ctx.seed));
    // Each decision point a player met is counted once (the first time, if a place was visited again), under the option they took.
    const taken = view.decisions.reduce(
      (n, t) =>
        n + [...t.options.clinician, ...t.options.manager].reduce((m, o) => m + o.count.clinician + o.count.manager, 0),
      0,
    );
    expect(taken).toBe(entries.reduce((n, e) => n + new Set(e.decisions!.map((d) => d.point)).size, 0));
    for (const t of view.decisions) {
      expect(t.reached.clinician).toBeLessThanOrEqual(view.byRole.clinician.players);
      expect(t.reached.manager).toBeLessThanOrEqual(view.byRole.manager.players);
    }
    // The key decisions were reached by at least half the room, and come in the order of the quarter.
    expect(view.keyDecisions.length).toBeGreaterThan(0);
    for (const t of view.keyDecisions) expect(t.reached.clinician + t.reached.manager).toBeGreaterThanOrEqual(6);
    const order = view.keyDecisions.map((t) => view.decisions.indexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Week one's first scene is reached by everyone, and each role sees its own options there.
    const first = view.decisions[0]!;
    expect(first.reached.clinician + first.reached.manager).toBe(12);
    expect(first.options.clinician.length).toBeGreaterThan(1);
  });

  it('puts up as a split only a decision where the room divided, and says when none has', () => {
    for (const t of roomView(entries, ctx.seed).keyDecisions)
      expect(ROLES.some((r) => t.options[r].filter((o) => o.count[r] > 0).length > 1)).toBe(true);
    // Two players who chose alike throughout: plenty reached, nothing split.
    const alike = roomView([entries[0]!, { ...entries[0]!, key: 'another player' }], ctx.seed);
    expect(alike.reachedByMost).toBeGreaterThan(0);
    expect(alike.keyDecisions).toEqual([]);
  });

  it('knows the same player handed in twice, and a short code then the full result', () => {
    const again = replayResult(ctx, players[0]!.result);
    expect(again.ok && addEntry(entries, again.entry).outcome).toBe('duplicate');
    const p = players[5]!;
    const code = readShortCode(shortCode(summaryOf(recordOf(p.state), reachedTheEnd(p.state.screen))));
    expect(code.ok).toBe(true);
    const fromCode = code.ok ? entryOfCode(ctx, code.value) : null;
    expect(fromCode?.ok).toBe(true);
    if (!fromCode?.ok) return;
    expect(fromCode.entry.meters).toEqual(entries[5]!.meters);
    expect(fromCode.entry.ending).toBe(entries[5]!.ending);
    const withCode = addEntry(entries.slice(0, 5), fromCode.entry).entries;
    const replaced = addEntry(withCode, entries[5]!);
    // The same point in the run, now with its choices: not a later result.
    expect(replaced.outcome).toBe('completed');
    expect(replaced.entries[5]!.source).toBe('result');
    // A short code after the full result adds nothing.
    expect(addEntry(entries, fromCode.entry).outcome).toBe('duplicate');
  });

  it('gives a finished run the same short code on its ending page as in its debrief', () => {
    const game = managerAtTheEnding();
    const codeNow = (): string => shortCode(summaryOf(recordOf(game.state), reachedTheEnd(game.state.screen)));
    const onEnding = codeNow();
    game.send({ type: 'NEXT' });
    expect(game.state.screen).toBe('debrief');
    expect(codeNow()).toBe(onEnding);
    const read = readShortCode(onEnding);
    expect(read.ok && read.value.done).toBe(true);
  });

  it('refuses results from another session or another version of the game, with the reason', () => {
    expect(replayResult({ ...ctx, session: 'WABCDE' }, players[0]!.result)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('another workshop session'),
    });
    expect(replayResult({ ...ctx, story: story.replace('Larch', 'Beech') }, players[0]!.result)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('different version'),
    });
    // The same story under the rules' previous edition: its figures would replay differently.
    const before = fnv(`${RULES_EDITION - 1} ${JSON.stringify(JSON.parse(story))}`);
    expect(replayResult(ctx, { ...players[0]!.result, story: before })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('different version'),
    });
    const tampered = {
      ...players[1]!.result,
      inputs: [...players[1]!.result.inputs, { type: 'CHOOSE' as const, index: 9 }],
    };
    expect(replayResult(ctx, tampered)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('does not replay'),
    });
  });

  it('takes a run file at the figures its player saw, and refuses one whose choices now come to others', () => {
    const record = recordOf(players[0]!.state);
    expect(replayRecord(ctx, record)).toMatchObject({ ok: true, entry: { meters: headline(record.meters) } });
    // A file exported by an earlier version: the same choices, the figures that version gave them.
    const earlier = {
      ...record,
      meters: { ...record.meters, budget: record.meters.budget + (record.meters.budget > 50 ? -7 : 7) },
    };
    expect(replayRecord(ctx, earlier)).toMatchObject({ ok: false, reason: expect.stringContaining('short code') });
    // Where the earlier version ended the quarter, or reached another week, the same.
    expect(replayRecord(ctx, { ...record, week: record.week - 1 })).toMatchObject({ ok: false });
    expect(replayRecord(ctx, { ...record, decisions: record.decisions.slice(1) })).toMatchObject({ ok: false });
    expect(replayRecord(ctx, { ...record, inputs: null })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('cannot be replayed'),
    });
    // A refused file does not spoil the next.
    expect(replayRecord(ctx, recordOf(players[1]!.state))).toMatchObject({ ok: true });
  });

  it('gives each role’s meters over those who finished, once any has, not mixed with results handed in at week one', () => {
    const done = entries.find((e) => e.done && e.role === 'clinician')!;
    const early = {
      ...done,
      key: 'early',
      done: false,
      ending: null,
      week: 1,
      meters: { budget: 60, care: 57, trust: 52 },
    };
    const one = (x: number): number => Math.round(x * 10) / 10;
    expect(roomView([done, early], ctx.seed).byRole.clinician).toEqual({
      players: 2,
      finished: 1,
      counted: 1,
      meters: { budget: one(done.meters.budget), care: one(done.meters.care), trust: one(done.meters.trust) },
    });
    // While nobody in a role has finished, everyone where they handed in.
    const second = { ...early, key: 'early 2', meters: { budget: 50, care: 55, trust: 52 } };
    expect(roomView([early, second], ctx.seed).byRole.clinician).toEqual({
      players: 2,
      finished: 0,
      counted: 2,
      meters: { budget: 55, care: 56, trust: 52 },
    });
  });

  it('refuses a run joined on another quarter code, or of the other length, as a result and as a short code', () => {
    const p = players[0]!;
    const otherCode = { ...ctx, seed: 'ABC235' };
    expect(replayResult(otherCode, p.result)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('played on quarter code ABC234, not this session’s ABC235'),
    });
    const code = readShortCode(shortCode(summaryOf(recordOf(p.state), reachedTheEnd(p.state.screen))));
    if (!code.ok) throw new Error(code.reason);
    expect(entryOfCode(ctx, code.value).ok).toBe(true);
    expect(entryOfCode(otherCode, code.value)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('or on another quarter code (not WK7QM2 on ABC235)'),
    });
    expect(entryOfCode({ ...ctx, weeks: 4 }, code.value)).toMatchObject({
      ok: false,
      reason: 'it was played as the full quarter, and this session plays the four-week workshop quarter',
    });
    expect(entryOfCode({ ...ctx, session: 'WABCDE' }, code.value)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('another workshop session'),
    });
    // A code made before codes knew the quarter and the length is known by the session's name alone.
    const before = { ...code.value, version: 1 as const, sessionHash: sessionHash(ctx.session) };
    expect(entryOfCode(otherCode, before).ok).toBe(true);
    expect(entryOfCode({ ...ctx, session: 'WABCDE' }, before).ok).toBe(false);
  });

  it('counts a pair by the role that led, with the decisions where the two differed', () => {
    const game = new Game({ story, slot: null });
    game.send({ type: 'NEW_GAME' });
    game.send({ type: 'CHOOSE_ROLE', role: 'manager', seed: ctx.seed, session: ctx.session, pair: true });
    game.send({ type: 'BEGIN' });
    const random = seededRandom(8);
    playDeciding(game, pairAtRandom, random, (g) => g.state.week > 2);
    const differed = game.state.decisions.filter((d) => d.proposals!.lead !== d.proposals!.partner).length;
    expect(differed).toBeGreaterThan(0);
    const result = resultOfRecord(recordOf(game.state), story)!;
    const read = readResultText(resultTexts(result).join('\n'));
    expect(read.ok && read.value.pair).toBe(true);
    const taken = read.ok ? replayResult(ctx, read.value) : read;
    expect(taken).toMatchObject({ ok: true, entry: { role: 'manager', pair: true, differed } });
    const view = roomView([...entries, (taken as { entry: PlayerEntry }).entry], ctx.seed);
    expect(view.pairs).toBe(1);
    expect(view.differed).toBe(differed);
  });

  it('exports CSV that reads back to the same rows', () => {
    const players = parseCsv(playersCsv(ctx.session, entries));
    expect(players[0]).toEqual([...PLAYER_COLUMNS]);
    expect(players).toHaveLength(13);
    players.slice(1).forEach((r, i) => {
      const e = entries[i]!;
      expect(r[1]).toBe(e.key);
      expect(r[3]).toBe(e.role);
      expect(r[6]).toBe(e.ending ? ENDING_TITLES[e.ending] : '');
      expect(Number(r[8])).toBe(e.meters.care);
    });
    const decisions = parseCsv(decisionsCsv(ctx.session, entries));
    expect(decisions).toHaveLength(1 + entries.reduce((n, e) => n + e.decisions!.length, 0));
    const choices = decisions.slice(1).map((r) => r[6]);
    expect(choices).toEqual(entries.flatMap((e) => e.decisions!.map((d) => d.options[d.chosen])));
    // What each set going that had landed by the hand-in, as the dashboard gives it.
    expect(decisions[0]!.slice(-5)).toEqual([
      'budget_later',
      'care_later',
      'front_line_trust_later',
      'clinical_leaders_trust_later',
      'executives_trust_later',
    ]);
    const later = entries.flatMap((e) =>
      e.decisions!.map((d) => [d.landed!.budget, d.landed!.care, ...TRUST_GROUPS.map((g) => d.landed!.groups[g])]),
    );
    expect(decisions.slice(1).map((r) => r.slice(-5).map(Number))).toEqual(later);
    expect(later.some((l) => l.some((n) => n !== 0))).toBe(true);
  });

  it('keeps a cell that looks like a formula as text', () => {
    const odd = { ...entries[0]!, key: '=HYPERLINK("x")' };
    const rows = parseCsv(playersCsv(ctx.session, [odd]));
    expect(rows[1]![1]).toBe(`'=HYPERLINK("x")`);
  });
});
