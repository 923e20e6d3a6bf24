/**
 * The Game: wires the flow machine, the ink runner and the store together.
 * Pure TypeScript (no DOM, no Phaser) so it runs the same in the browser, in
 * tests and in the story explorer. Views send events; the store tells them
 * what to show.
 */
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { gameMachine, RESUMABLE_STATES, type GameEvent } from './machines/game.ts';
import { headline } from './meters.ts';
import {
  applyTags,
  askTerm,
  beginScene,
  checkEarlyEnding,
  finishDecision,
  lookUpTerm,
  newRun,
  noteClue,
  nodAlong,
  rightAndWrong,
  showDialogue,
  startDecision,
  unknownTermsIn,
  type GameState,
  type Line,
  type UnknownTerm,
} from './rules.ts';
import { createGameStore, type GameStore, type ViewState } from './store.ts';
import { StoryError, StoryRunner, type InkVars, type RunnerChoice } from './story.ts';
import { parseSave, serializeSave, statePath, type SaveFile } from './save.ts';
import { arcStage, endingKnot, isOpen, randomSeed, REVIEW_KNOT, SCHEDULE } from './quarter.ts';
import { agendaFor, checkPlan, closeWeek, settleEnding, startWeek } from './weekly.ts';
import { CHARACTERS } from './characters.ts';
import { termsIn } from './glossary.ts';
import { ARCS, WEEKS, type Role, type SceneMeta } from './types.ts';

/** Where autosaves go. `write` throws when storage is full or unavailable. */
export interface SaveSlot {
  write(text: string): void;
}

export interface GameOptions {
  /** Compiled ink (JSON text or object). */
  story: string | object;
  /** Omit to play without saving (the store says saving is off). */
  slot?: SaveSlot | null;
  /** Why there is no slot, shown to the player. */
  slotUnavailable?: string;
  /** Week one's scene knots in play order (tests use a shorter story). */
  plan?: readonly string[];
  /** Where random quarter codes come from (tests pass a seeded one). */
  random?: () => number;
}

type SnapshotParts = Omit<SaveFile, 'format' | 'version' | 'savedAt'>;

export class Game {
  readonly store: GameStore = createGameStore();
  readonly plan: SceneMeta[];
  private readonly runner: StoryRunner;
  private readonly metas = new Map<string, SceneMeta>();
  private readonly random: () => number;
  private readonly slot: SaveSlot | null;
  private readonly machine;
  private actor: Actor<typeof gameMachine>;
  private choicesNow: RunnerChoice[] = [];

  constructor(options: GameOptions) {
    this.runner = new StoryRunner(options.story);
    this.random = options.random ?? Math.random;
    this.plan = (options.plan ?? SCHEDULE[1]!).map((knot) => ({ ...this.metaOf(knot), here: true }));
    this.slot = options.slot ?? null;
    if (!this.slot) {
      this.store.setState({ saveStatus: { kind: 'off', reason: options.slotUnavailable ?? 'no storage' } });
    }
    this.machine = gameMachine.provide({
      actions: {
        showScreen: (_, { screen }) => this.set({ screen }),
        startRun: (_, { role, seed }) => this.startRun(role, seed),
        enterScene: () => this.guarded(() => this.enterScene()),
        nextScene: () => this.commit({ ...this.state, sceneIndex: this.state.sceneIndex + 1 }),
        choose: (_, { index }) => this.guarded(() => this.choose(index)),
        ask: (_, { term }) => this.afterTerm(askTerm(this.state, term)),
        lookUp: (_, { term }) => this.afterTerm(lookUpTerm(this.state, term)),
        closeScene: () => this.closeScene(),
        closeWeek: () => this.commit({ ...closeWeek(this.state), screen: 'week' }),
        openPlan: () => this.set({ screen: 'plan' }),
        planWeek: (_, { visits }) =>
          this.commit(startWeek(this.state, this.state.week + 1, visits, (k) => this.metaOf(k))),
        startReview: () =>
          this.guarded(() =>
            this.commit({
              ...this.state,
              plan: [...this.state.plan, { ...this.metaOf(REVIEW_KNOT), here: true }],
              sceneIndex: this.state.plan.length,
            }),
          ),
        enterEnding: () => this.guarded(() => this.enterEnding()),
        finishRun: () => this.set({ screen: 'debrief' }),
      },
      guards: {
        validChoice: (_, { index }) => this.state.choices.some((c) => c.index === index),
        validPlan: (_, { visits }) => {
          if (!checkPlan(this.state, visits).ok) return false;
          try {
            agendaFor(this.state.week + 1, visits, (k) => this.metaOf(k));
            return true;
          } catch (error) {
            if (error instanceof StoryError) this.set({ storyError: error.message });
            return false;
          }
        },
        sceneOver: () => this.state.sceneOver,
        quarterOver: () => this.state.ending !== null,
        moreThisWeek: () => this.state.sceneIndex + 1 < this.state.plan.length,
        lastWeek: () => this.state.week >= WEEKS,
      },
    });
    this.actor = this.createActor();
  }

  /** A scene's header, read once. */
  metaOf(knot: string): SceneMeta {
    let meta = this.metas.get(knot);
    if (!meta) {
      meta = this.runner.sceneMeta(knot);
      this.metas.set(knot, meta);
    }
    return meta;
  }

  get state(): ViewState {
    return this.store.getState();
  }

  /** Dotted path of the flow state, e.g. "scene.playing". */
  get flow(): string {
    return statePath(this.actor.getSnapshot().value as string | Record<string, string>);
  }

  send(event: GameEvent): void {
    this.actor.send(event);
  }

  private createActor(snapshot?: SnapshotFrom<typeof gameMachine>): Actor<typeof gameMachine> {
    const actor = createActor(this.machine, snapshot ? { snapshot } : {});
    actor.subscribe((snapshot) => this.autosave(statePath(snapshot.value as string | Record<string, string>), actor));
    actor.start();
    return actor;
  }

  private set(partial: Partial<ViewState>): void {
    this.store.setState(partial);
  }

  private commit(next: GameState): void {
    this.store.setState(next);
  }

  /** Story problems become a message on screen, never a crash. */
  private guarded(work: () => void): void {
    try {
      work();
    } catch (error) {
      if (error instanceof StoryError) this.set({ storyError: error.message });
      else throw error;
    }
  }

  /** Everything the story may read: the engine's side of `common.ink`. */
  private inkVars(state: GameState): InkVars {
    const role = state.role ?? 'clinician';
    const m = headline(state.meters);
    const { right, wrong, addressed } = rightAndWrong(state);
    const vars: InkVars = {
      role,
      hours: state.hours,
      ...m,
      week: state.week,
      pressing: state.pressing,
      here: state.plan[state.sceneIndex]?.here ?? true,
      colocated: state.structures.includes('colocate'),
      kitchen: state.structures.includes('kitchen'),
      walkrounds: state.structures.includes('walkrounds'),
      wellbeing: state.meters.wellbeing,
      trust_clinicians: state.meters.trust.clinicians,
      trust_leaders: state.meters.trust.leaders,
      trust_executives: state.meters.trust.executives,
      right_moves: right,
      wrong_moves: wrong,
      addressed,
    };
    for (const c of CHARACTERS) vars[`open_${c.id}`] = isOpen(role, c.id, state.people[c.id] ?? 0);
    for (const a of ARCS) vars[`arc_${a}`] = arcStage(a, state.arcs, state.week);
    return vars;
  }

  private startRun(role: Role, seed: string | undefined): void {
    this.runner.reset();
    const state = newRun(role, this.plan, seed ?? randomSeed(this.random));
    this.runner.setVars(this.inkVars(state));
    this.commit(state);
    this.set({ storyError: null });
  }

  /** Run the story to its next choice point, applying tags as lines go by. */
  private step(state: GameState, decision: number | null): GameState {
    const lines: Line[] = [];
    const found: UnknownTerm[] = [];
    let next = state;
    const { choices, ended } = this.runner.continue(({ line, tags }) => {
      if (line.text) lines.push(line);
      next = applyTags(next, tags, decision);
      const speaker = line.speaker && line.speaker !== 'you' ? line.speaker : null;
      for (const t of tags) {
        if (t.kind === 'clue') next = noteClue(next, t.level, speaker, line.text);
        if (t.kind === 'term') found.push({ term: t.term, speaker });
      }
      if (line.speaker !== 'you') for (const term of termsIn(line.text)) found.push({ term, speaker });
      return tags.length ? this.inkVars(next) : undefined;
    });
    this.choicesNow = choices;
    const views = choices.map((c) => ({
      index: c.index,
      text: c.text,
      hours: c.tags.reduce(
        (sum, t) =>
          sum + (t.kind === 'effect' && t.effect.kind === 'hours' && t.effect.delta < 0 ? -t.effect.delta : 0),
        0,
      ),
    }));
    next = { ...next, unknown: ended ? [] : unknownTermsIn(next, found) };
    return showDialogue(next, lines, views, ended);
  }

  private enterScene(): void {
    let state = beginScene(this.state, this.state.sceneIndex);
    this.runner.setVars(this.inkVars(state));
    this.runner.begin(state.plan[state.sceneIndex]!.knot);
    state = this.step(state, null);
    this.commit(checkEarlyEnding(state));
  }

  private choose(index: number): void {
    const choice = this.choicesNow.find((c) => c.index === index);
    if (!choice) throw new StoryError(`there is no choice ${index} here`);
    const nodded = this.state.unknown.length ? nodAlong(this.state) : this.state;
    const opened = startDecision(nodded, choice.text);
    let state = applyTags(opened.state, choice.tags, opened.id);
    this.runner.setVars(this.inkVars(state));
    this.runner.choose(index);
    state = this.step(state, opened.id);
    state = finishDecision(state, opened.id);
    this.commit(checkEarlyEnding(state));
  }

  /** Asking or looking up changes hours and trust, which the story may read. */
  private afterTerm(state: GameState): void {
    this.commit(state);
    this.runner.setVars(this.inkVars(state));
  }

  private closeScene(): void {
    let state: GameState = { ...this.state, screen: 'summary', unknown: [] };
    if (state.plan[state.sceneIndex]?.knot === REVIEW_KNOT) state = settleEnding(state);
    this.commit(checkEarlyEnding(state));
  }

  /** Play the ending's text (it has no choices) and show it. */
  private enterEnding(): void {
    let state = settleEnding(this.state);
    this.runner.setVars(this.inkVars(state));
    this.runner.begin(endingKnot(state.ending!));
    const lines: Line[] = [];
    this.runner.continue(({ line }) => {
      if (line.text) lines.push(line);
    });
    state = { ...state, screen: 'ending', lines, choices: [], unknown: [], speaker: null };
    this.choicesNow = [];
    this.commit(state);
  }

  /** The live choices with every tag they carry, body included (for the simulator's strategies). */
  choiceDetails(bodies = true): readonly RunnerChoice[] {
    return bodies ? this.runner.choicesWithBodies() : this.choicesNow;
  }

  /** Everything that can change what the story offers next (for the explorer). */
  flowKey(): string {
    const s = this.state;
    this.weekOneVars ??= this.runner.variablesReadBy(this.plan.map((m) => m.knot));
    return JSON.stringify([this.flow, s.sceneIndex, this.runner.flowVariables(this.weekOneVars)]);
  }
  private weekOneVars: Set<string> | undefined;

  /** The three parts a save holds. */
  snapshot(): SnapshotParts {
    const { saveStatus: _s, storyError: _e, ...state } = this.state;
    return {
      machine: this.actor.getPersistedSnapshot() as unknown as SnapshotParts['machine'],
      ink: this.runner.saveState(),
      state: structuredClone(state),
    };
  }

  serialize(): string {
    return serializeSave(this.snapshot());
  }

  /** Put the game back exactly as a snapshot or validated save had it. */
  restore(parts: SnapshotParts): void {
    this.runner.loadState(parts.ink);
    this.store.setState({ ...parts.state, storyError: null });
    this.runner.setVars(this.inkVars(parts.state));
    this.choicesNow = [];
    this.actor.stop();
    this.actor = this.createActor(parts.machine as unknown as SnapshotFrom<typeof gameMachine>);
    this.rebuildChoices();
  }

  /** After loading, the runner's live choices come from the ink state itself. */
  private rebuildChoices(): void {
    this.choicesNow = this.runner.currentChoices();
  }

  /** Load a saved text; returns a reason instead when it cannot be resumed. */
  resumeFrom(text: string): { ok: true } | { ok: false; reason: string } {
    const parsed = parseSave(text);
    if (!parsed.ok) return parsed;
    const before = this.snapshot();
    try {
      this.restore(parsed.save);
      return { ok: true };
    } catch (error) {
      this.restore(before);
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, reason: `the save does not match this version of the story (${message})` };
    }
  }

  private autosave(flow: string, actor: Actor<typeof gameMachine>): void {
    if (!this.slot || actor !== this.actor) return;
    if (!(RESUMABLE_STATES as readonly string[]).includes(flow)) return;
    try {
      this.slot.write(this.serialize());
      if (this.state.saveStatus.kind !== 'on') this.set({ saveStatus: { kind: 'on' } });
    } catch (error) {
      const reason =
        error instanceof Error && /quota/i.test(error.name + error.message)
          ? 'storage is full'
          : 'storage refused the save';
      this.set({ saveStatus: { kind: 'failed', reason } });
    }
  }
}
