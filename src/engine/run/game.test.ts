import { describe, expect, it } from 'vitest';
import mini from '../../../tests/fixtures/mini.ink';
import { FIGURES_RECOUNTED, GAME_UPDATED, SCENE_REBUILT, SCENE_RESTARTS, SCENE_UPDATED } from './resume.ts';
import { Game, type SaveSlot } from './game.ts';
import { parseSave } from './save.ts';
import { choiceCheck } from './legacy-choices.ts';
import { whatIfs } from '../read/whatif.ts';
import { compileInk } from '../../tools/ink-compile.ts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const plan = ['first', 'second'];

function memorySlot(): SaveSlot & { text: string | null; writes: number } {
  return {
    text: null,
    writes: 0,
    write(text) {
      this.text = text;
      this.writes++;
    },
  };
}

const choose = (game: Game, text: string) => {
  const choice = game.state.choices.find((c) => c.text.startsWith(text));
  if (!choice) throw new Error(`no choice "${text}" in ${game.state.choices.map((c) => c.text).join(' | ')}`);
  game.send({ type: 'CHOOSE', index: choice.index });
};

/** The options on offer in the story's own order (the screen shows them in an order drawn from the quarter code). */
const inkOrder = (game: Game) => [...game.state.choices].sort((a, b) => a.index - b.index);

/** The fixture story with one choice's words changed, as a content update would. */
function rewordStory(from: string, to: string, story: object = mini): object {
  const text = JSON.stringify(story);
  const found = text.split(`"^${from}"`).length - 1;
  if (found !== 1) throw new Error(`"${from}" is in the story ${found} times`);
  return JSON.parse(text.replace(`"^${from}"`, `"^${to}"`)) as object;
}

/** The fixture with the first scene's two options in the other order (compiled afresh). */
function swapFirstOptions(): object {
  const source = readFileSync('tests/fixtures/mini.ink', 'utf8');
  const ask = source.slice(source.indexOf('* [Ask what is wrong'), source.indexOf('* [Carry on'));
  const carry = source.slice(source.indexOf('* [Carry on'), source.indexOf('- * {hours >= 5}'));
  const dir = mkdtempSync(join(tmpdir(), 'cg-mini-'));
  writeFileSync(join(dir, 'mini.ink'), source.replace(ask + carry, carry + ask));
  return JSON.parse(compileInk(join(dir, 'mini.ink')).json!) as object;
}

/** A manager's game in the first scene, saved just after asking what is wrong. */
function askedWhatIsWrong(): { game: Game; slot: ReturnType<typeof memorySlot> } {
  const slot = memorySlot();
  const game = new Game({ story: mini, plan, slot });
  playTo(game, 'manager');
  choose(game, 'Ask what is wrong');
  return { game, slot };
}

function playTo(game: Game, role: 'clinician' | 'manager') {
  game.send({ type: 'NEW_GAME' });
  game.send({ type: 'CHOOSE_ROLE', role });
  game.send({ type: 'BEGIN' });
}

describe('Game', () => {
  it('writes the store once per event, with the screen the machine is in', () => {
    const game = new Game({ story: mini, plan, slot: memorySlot() });
    const writes: string[] = [];
    game.store.subscribe((s) => writes.push(s.screen));
    const step = (send: () => void): string[] => {
      writes.length = 0;
      send();
      return [...writes];
    };
    expect(step(() => game.send({ type: 'NEW_GAME' }))).toEqual(['role']);
    expect(step(() => game.send({ type: 'CHOOSE_ROLE', role: 'manager' }))).toEqual(['briefing']);
    // Entering a scene plays the story to its first choice, logs the input and autosaves: still one write.
    expect(step(() => game.send({ type: 'BEGIN' }))).toEqual(['scene']);
    expect(step(() => choose(game, 'Carry on'))).toEqual(['scene']);
    expect(step(() => choose(game, 'Leave'))).toEqual(['summary']);
    // An event the machine refuses changes nothing, so nothing is written.
    expect(step(() => game.send({ type: 'CHOOSE', index: 99 }))).toEqual([]);
    expect(game.state.screen).toBe(game.flow === 'scene.summary' ? 'summary' : 'unexpected');
  });

  it('walks title → role → briefing → week one’s scenes → the end-of-week summary', () => {
    const game = new Game({ story: mini, plan });
    expect(game.state.screen).toBe('title');
    game.send({ type: 'NEW_GAME' });
    expect(game.state.screen).toBe('role');
    game.send({ type: 'CHOOSE_ROLE', role: 'manager' });
    expect(game.state.screen).toBe('briefing');
    game.send({ type: 'BEGIN' });
    expect(game.state.screen).toBe('scene');
    expect(game.state.lines.map((l) => l.text)).toEqual(['The ward is busy.', 'Morning.', 'You are the manager here.']);
    expect(game.state.lines[1]).toMatchObject({ speaker: 'okafor', mood: 'worried' });
    expect(inkOrder(game).map((c) => [c.text, c.hours])).toEqual([
      ['Ask what is wrong', 2],
      ['Carry on', 0],
    ]);
    choose(game, 'Carry on');
    choose(game, 'Leave');
    expect(game.state.screen).toBe('summary');
    game.send({ type: 'NEXT' });
    expect(game.state.screen).toBe('scene');
    expect(game.state.place).toBe('finance');
    choose(game, 'Nod along');
    game.send({ type: 'NEXT' });
    expect(game.state.screen).toBe('week');
    expect(game.state.decisions.map((d) => [d.text, d.barrier, d.level])).toEqual([
      ['Carry on', 'status', 'department'],
      ['Leave', 'location', null],
      ['Nod along', 'jargon', null],
    ]);
  });

  it('applies immediate effects, spends hours and lands delayed ones in the next scene', () => {
    const game = new Game({ story: mini, plan });
    playTo(game, 'clinician');
    const start = structuredClone(game.state.meters);
    const hours = game.state.hours;
    choose(game, 'Ask what is wrong');
    expect(game.state.meters.trust.clinicians).toBe(start.trust.clinicians + 4);
    expect(game.state.hours).toBe(hours - 2);
    expect(game.state.pending).toEqual([
      { decision: 0, due: 1, effect: { kind: 'meter', target: 'care', delta: -3 }, origin: { kind: 'choice' } },
    ]);
    expect(game.state.meters.care).toBe(start.care);
    choose(game, 'Stay longer');
    expect(game.state.meters.care).toBe(start.care + 2);
    game.send({ type: 'NEXT' });
    expect(game.state.meters.care).toBe(start.care + 2 - 3);
    expect(game.state.changes.filter((c) => c.delayed)).toHaveLength(1);
    // the ink remembered the first scene
    expect(game.state.lines[0]!.text).toBe('She remembers you asked.');
  });

  it('a choice owns its body; the shared lines after it belong to the scene, whatever was chosen', () => {
    for (const pick of ['Ask about WTE', 'Say nothing']) {
      const game = new Game({ story: mini, plan });
      playTo(game, 'clinician');
      choose(game, 'Carry on');
      choose(game, 'Leave');
      game.send({ type: 'NEXT' });
      choose(game, pick);
      const budget = game.state.changes.filter((c) => c.target === 'budget' && c.scene === 1);
      expect(budget, pick).toEqual([
        expect.objectContaining({
          decision: null,
          delta: -1,
          origin: { kind: 'scene', line: 'Marcus goes back to his spreadsheet.' },
        }),
      ]);
      const hours = game.state.changes.filter((c) => c.target === 'hours' && c.scene === 1);
      expect(hours.map((c) => [c.decision, c.origin.kind])).toEqual(
        pick === 'Ask about WTE' ? [[game.state.decisions.at(-1)!.id, 'choice']] : [],
      );
    }
  });

  it('hides a choice the hours cannot pay for (ink sees the engine’s hours)', () => {
    const game = new Game({ story: mini, plan });
    playTo(game, 'clinician');
    choose(game, 'Ask what is wrong');
    expect(game.state.choices.map((c) => c.text)).toContain('Stay longer');
    const poor = new Game({ story: mini, plan });
    playTo(poor, 'clinician');
    // A game restored with only 4 hours left: the 5-hour choice must not be offered.
    poor.restore({ ...poor.snapshot(), state: { ...poor.state, hours: 4 } });
    choose(poor, 'Carry on');
    expect(poor.state.choices.map((c) => c.text)).toEqual(['Leave']);
  });

  it('refuses a choice that is not on offer', () => {
    const game = new Game({ story: mini, plan });
    playTo(game, 'clinician');
    const before = game.serialize();
    game.send({ type: 'CHOOSE', index: 7 });
    expect(game.state.screen).toBe('scene');
    expect(JSON.parse(game.serialize()).state).toEqual(JSON.parse(before).state);
  });

  it('keeps a room’s vote with the decision, through a save and a replay, and refuses a vote that does not fit', () => {
    const slot = memorySlot();
    const game = new Game({ story: mini, plan, slot });
    playTo(game, 'clinician');
    const offered = game.state.choices;
    const before = game.serialize();
    // A vote must give whole, sane numbers of hands for exactly the options on offer.
    for (const votes of [
      [1],
      [...offered.map(() => 1), 2],
      offered.map(() => -1),
      offered.map(() => 2.5),
      offered.map(() => 10_000),
    ]) {
      game.send({ type: 'CHOOSE', index: offered[0]!.index, votes });
      expect(JSON.parse(game.serialize()).state).toEqual(JSON.parse(before).state);
    }
    const votes = offered.map((_, i) => (i === 0 ? 7 : i + 1));
    game.send({ type: 'CHOOSE', index: offered[0]!.index, votes });
    const decision = game.state.decisions[0]!;
    expect(decision.text).toBe(offered[0]!.text);
    expect(decision.votes).toEqual(offered.map((c, i) => ({ text: c.text, hands: votes[i] })));
    // Saved, resumed and replayed, the vote is still there.
    const resumed = new Game({ story: mini, plan });
    expect(resumed.resumeFrom(slot.text!)).toEqual({ ok: true });
    expect(resumed.state.decisions[0]!.votes).toEqual(decision.votes);
    const copy = game.headless();
    copy.replay({ role: 'clinician', seed: game.state.seed, inputs: game.state.inputs });
    expect(copy.state.decisions).toEqual(game.state.decisions);
  });

  it('autosaves after every decision, and a save resumes to an identical game', () => {
    const slot = memorySlot();
    const game = new Game({ story: mini, plan, slot });
    playTo(game, 'manager');
    const writes = slot.writes;
    choose(game, 'Ask what is wrong');
    expect(slot.writes).toBeGreaterThan(writes);
    const saved = slot.text!;

    const resumed = new Game({ story: mini, plan });
    expect(resumed.resumeFrom(saved)).toEqual({ ok: true });
    expect(resumed.flow).toBe('scene.playing');
    expect(JSON.parse(resumed.serialize())).toEqual({ ...JSON.parse(saved), savedAt: expect.any(String) });

    // both go on identically
    for (const g of [game, resumed]) {
      choose(g, 'Leave');
      g.send({ type: 'NEXT' });
    }
    expect(resumed.state.lines).toEqual(game.state.lines);
    expect(resumed.state.meters).toEqual(game.state.meters);
    expect(resumed.state.changes).toEqual(game.state.changes);
  });

  it('tells the player when storage refuses the save, and goes on playing', () => {
    const full: SaveSlot = {
      write() {
        throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      },
    };
    const game = new Game({ story: mini, plan, slot: full });
    playTo(game, 'clinician');
    expect(game.state.saveStatus).toEqual({ kind: 'failed', reason: 'storage is full' });
    choose(game, 'Carry on');
    expect(game.state.choices.length).toBeGreaterThan(0);
  });

  it('with saveLater, writes a save when its turn comes, or before the next event, or when flushed: once, and of the state it was asked for', () => {
    const slot = memorySlot();
    const waiting: (() => void)[] = [];
    const game = new Game({ story: mini, plan, slot, saveLater: (save) => waiting.push(save) });
    const saved = () => JSON.parse(slot.text!) as { machine: { value: unknown }; state: { decisions: unknown[] } };
    game.send({ type: 'NEW_GAME' });
    expect(waiting).toHaveLength(0); // the role screen is not saved
    game.send({ type: 'CHOOSE_ROLE', role: 'manager' });
    // The event is done and its screen is in the store; its save waits for its turn.
    expect(game.state.screen).toBe('briefing');
    expect([slot.writes, waiting.length]).toEqual([0, 1]);
    // The next event writes the waiting save first: the briefing's, not the scene's after it.
    game.send({ type: 'BEGIN' });
    expect(slot.writes).toBe(1);
    expect(saved().machine.value).toBe('briefing');
    expect(game.flow).toBe('scene.playing');
    // The scene's save is written when a turn comes, once, whichever turn it is.
    waiting.shift()!();
    expect(slot.writes).toBe(2);
    expect(saved().machine.value).toEqual({ scene: 'playing' });
    waiting.shift()!();
    expect(slot.writes).toBe(2);
    // A save asked for and flushed (the page being hidden) is written at once, and only once.
    choose(game, 'Ask what is wrong');
    expect(slot.writes).toBe(2);
    game.flushSave();
    game.flushSave();
    expect(slot.writes).toBe(3);
    waiting.splice(0).forEach((save) => save());
    expect(slot.writes).toBe(3);
    expect(saved().state.decisions).toHaveLength(1);
    expect(saved()).toEqual({ ...JSON.parse(game.serialize()), savedAt: expect.any(String) });
    expect(game.state.saveStatus).toEqual({ kind: 'on' });
  });

  it('with saveLater, an answer or self-assessment is saved at once, not after the next paint', () => {
    const slot = memorySlot();
    const waiting: (() => void)[] = [];
    const game = new Game({ story: mini, plan, slot, saveLater: (save) => waiting.push(save) });
    game.send({ type: 'NEW_GAME' });
    game.send({ type: 'CHOOSE_ROLE', role: 'manager' });
    game.send({ type: 'BEGIN' });
    waiting.splice(0).forEach((save) => save());
    const writes = slot.writes;
    game.annotate({ reflections: { q1: 'Ask Grace first.' } });
    expect(slot.writes).toBe(writes + 1);
    expect((JSON.parse(slot.text!) as { state: { reflections: unknown } }).state.reflections).toEqual({
      q1: 'Ask Grace first.',
    });
    waiting.splice(0).forEach((save) => save());
    expect(slot.writes).toBe(writes + 1);
  });

  it('with saveLater, a refused save is reported when it is written, and play goes on', () => {
    const waiting: (() => void)[] = [];
    const full: SaveSlot = {
      write() {
        throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      },
    };
    const game = new Game({ story: mini, plan, slot: full, saveLater: (save) => waiting.push(save) });
    game.send({ type: 'NEW_GAME' });
    game.send({ type: 'CHOOSE_ROLE', role: 'clinician' });
    expect(game.state.saveStatus).toEqual({ kind: 'on' });
    waiting.splice(0).forEach((save) => save());
    expect(game.state.saveStatus).toEqual({ kind: 'failed', reason: 'storage is full' });
    game.send({ type: 'BEGIN' });
    choose(game, 'Carry on');
    expect(game.state.choices.length).toBeGreaterThan(0);
  });

  it('when another tab or window has saved the game since, says saving waits for the player, and saves again once told to', () => {
    let other = true;
    let writes = 0;
    const slot: SaveSlot = {
      write() {
        if (other) throw Object.assign(new Error('open elsewhere, saved since'), { name: 'SaveElsewhereError' });
        writes++;
      },
    };
    const game = new Game({ story: mini, plan, slot });
    playTo(game, 'clinician');
    expect(game.state.saveStatus).toEqual({ kind: 'elsewhere' });
    choose(game, 'Carry on');
    expect(game.state.choices.length).toBeGreaterThan(0);
    expect(writes).toBe(0);
    other = false;
    game.saveNow();
    expect([writes, game.state.saveStatus.kind]).toEqual([1, 'on']);
  });

  it('says saving is off when there is no storage at all', () => {
    const game = new Game({ story: mini, plan, slotUnavailable: 'private browsing' });
    expect(game.state.saveStatus).toEqual({ kind: 'off', reason: 'private browsing' });
  });

  it('a choice the story stops on saves nothing and takes no further choice: the last autosave stays the one before it', () => {
    // The first option's words read a variable the story never declares: ink stops there, part-way into the choice.
    const text = JSON.stringify(mini);
    expect(text.split('"^She tells you."').length).toBe(2);
    const broken = JSON.parse(text.replace('"^She tells you."', '"ev",{"VAR?":"nowhere"},"out","/ev"')) as object;
    const slot = memorySlot();
    const game = new Game({ story: broken, plan, slot });
    playTo(game, 'manager');
    const before = slot.text;
    const writes = slot.writes;
    expect(before).not.toBeNull();
    choose(game, 'Ask what is wrong');
    expect(game.state.storyError).toMatch(/nowhere/);
    // Nothing written: the save is still the one from before the choice, which Continue goes back to.
    expect([slot.writes, slot.text]).toEqual([writes, before]);
    // Ink has moved past the choices still on screen: none is taken now, and still nothing is saved.
    choose(game, 'Carry on');
    expect(game.state.decisions).toEqual([]);
    expect([slot.writes, slot.text]).toEqual([writes, before]);
    // Resumed, the save offers the same choice again, with nothing decided.
    const again = new Game({ story: broken, plan });
    expect(again.resumeFrom(before!)).toMatchObject({ ok: true });
    expect(inkOrder(again).map((c) => c.text)).toEqual(['Ask what is wrong', 'Carry on']);
    expect(again.state.decisions).toEqual([]);
  });

  it('a save whose ink state cannot be read is rebuilt from what the player did, where they stood, and says so', () => {
    const { game, slot } = askedWhatIsWrong();
    const bad = JSON.parse(slot.text!);
    bad.ink = '{"not":"ink"}';
    expect(parseSave(JSON.stringify(bad)).ok).toBe(true);
    const other = new Game({ story: mini, plan });
    expect(other.resumeFrom(JSON.stringify(bad))).toEqual({ ok: true, notice: SCENE_REBUILT });
    expect(other.flow).toBe('scene.playing');
    expect(other.state.decisions.map((d) => d.text)).toEqual(['Ask what is wrong']);
    expect(inkOrder(other).map((c) => c.text)).toEqual(['Stay longer', 'Leave']);
    expect(other.state.meters).toEqual(game.state.meters);
  });

  it('when it cannot be rebuilt where it stood, the scene starts again from its beginning, and says so', () => {
    const { slot } = askedWhatIsWrong();
    const bad = JSON.parse(slot.text!);
    bad.ink = '{"not":"ink"}';
    // The logged choice no longer picks what the player picked: the replay cannot stand where the save did.
    bad.state.decisions[0].text = 'Something the story no longer offers';
    const other = new Game({ story: mini, plan });
    expect(other.resumeFrom(JSON.stringify(bad))).toEqual({ ok: true, notice: SCENE_RESTARTS });
    // Back at the opening of the scene it was in: its first choice is on offer again, nothing chosen yet.
    expect(other.flow).toBe('scene.playing');
    expect(other.state.sceneIndex).toBe(0);
    expect(other.state.decisions).toEqual([]);
    expect(other.state.choices.map((c) => c.text)).toContain('Ask what is wrong');
  });

  it('shows the options in an order drawn from the quarter code: the same for everyone on that code', () => {
    const orders = (seed: string) => {
      const game = new Game({ story: mini, plan });
      game.send({ type: 'NEW_GAME' });
      game.send({ type: 'CHOOSE_ROLE', role: 'clinician', seed });
      game.send({ type: 'BEGIN' });
      return game.state.choices.map((c) => c.index).join(',');
    };
    const codes = ['K7M2QX', 'ABC234', 'WQTR44', 'NFS2R3', 'SV9Q9A', 'JHV8AA', 'XQRH22', 'AN3RXQ'];
    for (const code of codes) expect(orders(code)).toBe(orders(code));
    // Not the story's order every time: over eight codes, the first option written is not always shown first.
    const seen = new Set(codes.map(orders));
    expect(seen.size).toBeGreaterThan(1);
  });

  it('a save written before a choice on offer was reworded shows the new words, keeps what was decided, and says so', () => {
    const { game, slot } = askedWhatIsWrong();
    const saved = slot.text!;
    expect(JSON.parse(saved).story).toEqual(expect.any(Number));
    const reworded = rewordStory('Leave', 'Head back to the office');
    const other = new Game({ story: reworded, plan, slot: memorySlot() });
    expect(other.resumeFrom(saved)).toEqual({ ok: true, notice: SCENE_UPDATED });
    expect(inkOrder(other).map((c) => c.text)).toEqual(['Stay longer', 'Head back to the office']);
    expect(other.state.decisions.map((d) => d.text)).toEqual(['Ask what is wrong']);
    expect(other.state.meters).toEqual(game.state.meters);
    expect(other.state.run).toEqual(game.state.run);
    choose(other, 'Head back to the office');
    expect(other.state.storyError).toBeNull();
    expect(other.state.lines.map((l) => l.text)).toContain('You leave.');
  });

  it('says once that the game was updated when both the choices and a figure have changed', () => {
    const { game, slot } = askedWhatIsWrong();
    // The choice already made now moves front-line trust by 5, not 4, and a choice on offer reads differently.
    const story = rewordStory('trust.clinicians +4', 'trust.clinicians +5', rewordStory('Leave', 'Head back'));
    const other = new Game({ story, plan });
    const before = game.state.meters.trust.clinicians;
    expect(other.resumeFrom(slot.text!)).toEqual({
      ok: true,
      notice: `${SCENE_UPDATED} ${FIGURES_RECOUNTED} Trust of front-line staff ${before} → ${before + 1}. The first decision counted differently is “Ask what is wrong”, in week 1.`,
    });
  });

  it('at a scene’s end, a save from before a rule changed is counted again as the story now has it, and says which figure moved', () => {
    const { game, slot } = askedWhatIsWrong();
    choose(game, 'Leave');
    expect(game.flow).toBe('scene.summary');
    const other = new Game({ story: rewordStory('trust.clinicians +4', 'trust.clinicians +5'), plan });
    const before = game.state.meters.trust.clinicians;
    expect(other.resumeFrom(slot.text!)).toEqual({
      ok: true,
      notice: `${GAME_UPDATED} ${FIGURES_RECOUNTED} Trust of front-line staff ${before} → ${before + 1}. The first decision counted differently is “Ask what is wrong”, in week 1.`,
    });
    expect(other.flow).toBe('scene.summary');
    expect(other.state.decisions.map((d) => d.text)).toEqual(['Ask what is wrong', 'Leave']);
  });

  it('never names hidden staff wellbeing among the figures a recount moved', () => {
    const { game, slot } = askedWhatIsWrong();
    choose(game, 'Leave');
    // The choice already made now wears staff down instead of lifting front-line trust.
    const other = new Game({ story: rewordStory('trust.clinicians +4', 'wellbeing -3'), plan });
    const before = game.state.meters.trust.clinicians;
    expect(other.resumeFrom(slot.text!)).toEqual({
      ok: true,
      notice: `${GAME_UPDATED} ${FIGURES_RECOUNTED} Trust of front-line staff ${before} → ${before - 4}. The first decision counted differently is “Ask what is wrong”, in week 1.`,
    });
    expect(other.state.meters.wellbeing).toBe(game.state.meters.wellbeing - 3);
  });

  it('takes up a platform’s copy by each choice’s words: found where the story now offers it, or stopped where it is gone', () => {
    const { game } = askedWhatIsWrong();
    choose(game, 'Leave');
    const source = { role: game.state.role!, seed: game.state.seed, inputs: game.state.inputs, id: 'copy' };
    const chosen = game.state.decisions.map((d) => choiceCheck(d.text));
    expect(game.state.decisions.map((d) => d.text)).toEqual(['Ask what is wrong', 'Leave']);
    // The first scene's two options swapped round since: by position alone, the copy would say the player
    // carried on; by its words, it is what they chose.
    const swapped = swapFirstOptions();
    const byPlace = new Game({ story: swapped, plan });
    expect(byPlace.takeUp(source)).toEqual({ replayed: game.state.inputs!.length, of: game.state.inputs!.length });
    expect(byPlace.state.decisions[0]!.text).toBe('Carry on');
    const byWords = new Game({ story: swapped, plan });
    expect(byWords.takeUp(source, {}, chosen)).toEqual({
      replayed: game.state.inputs!.length,
      of: game.state.inputs!.length,
    });
    expect(byWords.state.decisions.map((d) => d.text)).toEqual(['Ask what is wrong', 'Leave']);
    expect(byWords.state.meters).toEqual(game.state.meters);
    // Its own log now holds where each choice stands in this story, so it replays as it is.
    const again = new Game({ story: swapped, plan });
    again.takeUp({ ...source, inputs: byWords.state.inputs });
    expect(again.state.decisions.map((d) => d.text)).toEqual(['Ask what is wrong', 'Leave']);
    // Reworded since: the replay stops before the choice, rather than take what stands in its place.
    const reworded = new Game({ story: rewordStory('Ask what is wrong ', 'Ask her what is the matter '), plan });
    const taken = reworded.takeUp(source, {}, chosen);
    expect(taken.replayed).toBeLessThan(taken.of);
    expect(reworded.state.decisions).toEqual([]);
    expect(reworded.state.screen).toBe('scene');
  });

  it('a save meeting a story whose options moved since is counted again by its choices’ words, not their places', () => {
    const { game, slot } = askedWhatIsWrong();
    choose(game, 'Leave');
    const before = game.state.meters.trust.clinicians;
    // The first scene's options swapped round, and asking what is wrong now moves front-line trust by 5, not 4.
    const story = rewordStory('trust.clinicians +4', 'trust.clinicians +5', swapFirstOptions());
    const other = new Game({ story, plan });
    expect(other.resumeFrom(slot.text!)).toEqual({
      ok: true,
      notice: `${GAME_UPDATED} ${FIGURES_RECOUNTED} Trust of front-line staff ${before} → ${before + 1}. The first decision counted differently is “Ask what is wrong”, in week 1.`,
    });
    expect(other.state.decisions.map((d) => d.text)).toEqual(['Ask what is wrong', 'Leave']);
    // Its log now holds where each choice stands in this story.
    expect(other.state.inputs!.find((i) => i.type === 'CHOOSE')).toEqual({ type: 'CHOOSE', index: 1 });
  });

  it('replays a kept run by its choices’ words: the what-ifs and a branch take what the player chose, wherever it now stands', () => {
    const { game } = askedWhatIsWrong();
    choose(game, 'Leave');
    const run = { ...game.state, role: game.state.role! };
    const swapped = swapFirstOptions();
    // The first scene's options swapped round since: the what-if marks the player's own choice, by its words.
    const [first] = whatIfs(new Game({ story: swapped, plan }), run);
    expect(first!.alternatives.find((a) => a.chosen)!.text).toBe('Ask what is wrong');
    // By position alone (a run that kept no words), it would have marked the other.
    const [blind] = whatIfs(new Game({ story: swapped, plan }), { ...run, decisions: undefined });
    expect(blind!.alternatives.find((a) => a.chosen)!.text).toBe('Carry on');
    // A branch from the second decision of a run kept from before the change replays the first as it was chosen.
    const other = new Game({ story: swapped, plan });
    other.restore(game.snapshot());
    other.branchFrom(1);
    expect(other.state.decisions.map((d) => d.text)).toEqual(['Ask what is wrong']);
    // Reworded since: the replay stops, saying so, rather than count another choice as the player's.
    expect(() =>
      whatIfs(new Game({ story: rewordStory('Ask what is wrong ', 'Ask her what is the matter '), plan }), run),
    ).toThrow(
      /^the story has changed since this run was played \(at its step \d+, the choice “Ask what is wrong” is no longer offered\)$/,
    );
  });

  it('a save from the same story resumes as it was, with nothing to tell; one that does not name its story is checked first', () => {
    const { game, slot } = askedWhatIsWrong();
    const saved = JSON.parse(slot.text!);
    for (const text of [JSON.stringify(saved), JSON.stringify({ ...saved, story: undefined })]) {
      const other = new Game({ story: mini, plan });
      expect(other.resumeFrom(text)).toEqual({ ok: true });
      expect(other.snapshot()).toEqual(game.snapshot());
    }
  });

  it('keeps a save from another story as it was when a choice already made reads differently now', () => {
    // The replay followed the player's logged positions, but cannot show it picked what they picked.
    const { slot } = askedWhatIsWrong();
    const other = new Game({ story: rewordStory('Ask what is wrong ', 'Ask her what is the matter '), plan });
    expect(other.resumeFrom(slot.text!)).toEqual({ ok: true });
    expect(other.state.decisions.map((d) => d.text)).toEqual(['Ask what is wrong']);
    expect(inkOrder(other).map((c) => c.text)).toEqual(['Stay longer', 'Leave']);
  });

  it('refuses, with a plain reason, a save that points past the end of its week, and keeps the current game', () => {
    const slot = memorySlot();
    const game = new Game({ story: mini, plan, slot });
    playTo(game, 'manager');
    const bad = JSON.parse(slot.text!);
    bad.state.sceneIndex = 7;
    const other = new Game({ story: mini, plan });
    expect(other.resumeFrom(JSON.stringify(bad))).toEqual({
      ok: false,
      reason: 'the save cannot be picked up: it points to a scene past the end of its week',
    });
    expect(other.state.screen).toBe('title');
  });

  it('refuses events the interface never sends, without stopping the game or logging them', () => {
    const game = new Game({ story: mini, plan });
    game.send({ type: 'NEW_GAME' });
    game.send({ type: 'CHOOSE_ROLE', role: 'surgeon' as never });
    expect(game.flow).toBe('role');
    game.send({ type: 'CHOOSE_ROLE', role: 'manager', seed: 'OOOOOO' });
    expect(game.flow).toBe('role');
    game.send({ type: 'CHOOSE_ROLE', role: 'manager' });
    game.send({ type: 'BEGIN' });
    const inputs = game.state.inputs!.length;
    game.send({ type: 'ASK', term: 'not-a-word' });
    game.send({ type: 'LOOK_UP', term: 'news2' });
    game.send({ type: 'CHOOSE', index: 99 });
    expect(game.state.inputs).toHaveLength(inputs);
    expect(game.flow).toBe('scene.playing');
    choose(game, 'Ask what is wrong');
    expect(game.state.decisions).toHaveLength(1);
  });
});

describe('replays and branches', () => {
  function played(): Game {
    const game = new Game({ story: mini, plan });
    playTo(game, 'manager');
    choose(game, 'Ask what is wrong');
    choose(game, 'Stay longer');
    game.send({ type: 'NEXT' });
    choose(game, 'Nod along');
    game.send({ type: 'NEXT' });
    return game;
  }

  it('logs every input, and replaying them rebuilds the run exactly', () => {
    const game = played();
    expect(game.state.inputs!.map((i) => i.type)).toEqual(['BEGIN', 'CHOOSE', 'CHOOSE', 'NEXT', 'CHOOSE', 'NEXT']);
    const copy = game.headless();
    copy.replay({ role: 'manager', seed: game.state.seed, inputs: game.state.inputs });
    expect(copy.state.meters).toEqual(game.state.meters);
    expect(copy.state.changes).toEqual(game.state.changes);
    expect(copy.state.decisions).toEqual(game.state.decisions);
    expect(copy.flow).toBe(game.flow);
  });

  it('a refused event is not logged (it would break the replay)', () => {
    const game = played();
    const n = game.state.inputs!.length;
    game.send({ type: 'CHOOSE', index: 9 });
    game.send({ type: 'BEGIN' });
    expect(game.state.inputs).toHaveLength(n);
  });

  it('a replay that no longer fits the story stops with a reason', () => {
    const game = played();
    const broken = [...game.state.inputs!.slice(0, 2), { type: 'PLAN' as const, visits: [] }];
    expect(() => game.headless().replay({ role: 'manager', seed: game.state.seed, inputs: broken })).toThrow(
      /story has changed since this run was played \(at its step 3, a week’s plan no longer fits\)/,
    );
  });

  it('branches back to a decision, keeps what came before, and names where it came from', () => {
    const game = played();
    const original = game.state.run.id;
    game.branchFrom(1);
    expect(game.flow).toBe('scene.playing');
    expect(game.state.decisions.map((d) => d.text)).toEqual(['Ask what is wrong']);
    expect(game.state.run.branchOf).toEqual({ id: original, decision: 1 });
    expect(inkOrder(game).map((c) => c.text)).toEqual(['Stay longer', 'Leave']);
    choose(game, 'Leave');
    expect(game.state.decisions.map((d) => d.text)).toEqual(['Ask what is wrong', 'Leave']);
    // A branch of a branch is named after the first run, so ids stay short however deep it goes.
    const first = game.state.run.id;
    for (let i = 0; i < 8; i++) {
      game.branchFrom(0);
      choose(game, i % 2 ? 'Carry on' : 'Ask what is wrong');
    }
    expect(game.state.run.id.startsWith(`${original}.1-`)).toBe(true);
    expect(game.state.run.branchOf!.id.startsWith(`${original}.1-`)).toBe(true);
    expect(game.state.run.id.length).toBeLessThan(first.length + 4);
    expect(parseSave(game.serialize()).ok).toBe(true);
  });

  it('a bookmark rewinds the whole game: story, state and machine', () => {
    const game = new Game({ story: mini, plan });
    playTo(game, 'clinician');
    const mark = game.mark();
    const lines = game.state.lines;
    choose(game, 'Ask what is wrong');
    game.rewind(mark);
    expect(game.state.lines).toEqual(lines);
    expect(game.state.decisions).toEqual([]);
    choose(game, 'Carry on');
    expect(game.state.decisions.map((d) => d.text)).toEqual(['Carry on']);
  });

  it('a bookmark brings the machine back from wherever the game has gone on to', () => {
    const game = new Game({ story: mini, plan });
    playTo(game, 'clinician');
    const mark = game.mark();
    const { choices, sceneIndex } = game.state;
    const toSummary = (): void => {
      for (let step = 0; step < 20 && game.flow !== 'scene.summary'; step++)
        game.send({ type: 'CHOOSE', index: game.state.choices[0]!.index });
      expect(game.flow).toBe('scene.summary');
    };
    // From the scene's end, where the machine is in another state.
    toSummary();
    game.rewind(mark);
    expect(game.flow).toBe('scene.playing');
    expect(game.state.screen).toBe('scene');
    expect(game.state.choices).toEqual(choices);
    // From the next scene, where the machine is in the same state: the game state says which scene.
    toSummary();
    game.send({ type: 'NEXT' });
    expect(game.state.sceneIndex).toBe(sceneIndex + 1);
    game.rewind(mark);
    expect(game.flow).toBe('scene.playing');
    expect(game.state.sceneIndex).toBe(sceneIndex);
    expect(game.state.choices).toEqual(choices);
    // Either way, the machine answers as before.
    choose(game, 'Carry on');
    expect(game.state.decisions.map((d) => d.text)).toEqual(['Carry on']);
    toSummary();
    game.send({ type: 'NEXT' });
    expect(game.state.sceneIndex).toBe(sceneIndex + 1);
  });
});
