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
  beginScene,
  finishDecision,
  newRun,
  showDialogue,
  startDecision,
  type GameState,
  type Line,
} from './rules.ts';
import { createGameStore, type GameStore, type ViewState } from './store.ts';
import { StoryError, StoryRunner, type InkVars, type RunnerChoice } from './story.ts';
import { parseSave, serializeSave, statePath, type SaveFile } from './save.ts';
import { WEEK_ONE } from './schedule.ts';
import type { Role, SceneMeta } from './types.ts';

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
  /** Scene knots in play order. */
  plan?: readonly string[];
}

type SnapshotParts = Omit<SaveFile, 'format' | 'version' | 'savedAt'>;

export class Game {
  readonly store: GameStore = createGameStore();
  readonly plan: SceneMeta[];
  private readonly runner: StoryRunner;
  private readonly slot: SaveSlot | null;
  private readonly machine;
  private actor: Actor<typeof gameMachine>;
  private choicesNow: RunnerChoice[] = [];

  constructor(options: GameOptions) {
    this.runner = new StoryRunner(options.story);
    this.plan = (options.plan ?? WEEK_ONE).map((knot) => this.runner.sceneMeta(knot));
    this.slot = options.slot ?? null;
    if (!this.slot) {
      this.store.setState({ saveStatus: { kind: 'off', reason: options.slotUnavailable ?? 'no storage' } });
    }
    this.machine = gameMachine.provide({
      actions: {
        showScreen: (_, { screen }) => this.set({ screen }),
        startRun: (_, { role }) => this.startRun(role),
        enterScene: (_, { index }) => this.guarded(() => this.enterScene(index)),
        choose: (_, { index }) => this.guarded(() => this.choose(index)),
        closeScene: () => this.set({ screen: 'summary' }),
        finishRun: () => this.set({ screen: 'debrief' }),
      },
      guards: {
        validChoice: (_, { index }) => this.state.choices.some((c) => c.index === index),
        sceneOver: () => this.state.sceneOver,
      },
    });
    this.actor = this.createActor();
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
    const actor = createActor(this.machine, {
      input: { sceneCount: this.plan.length },
      ...(snapshot ? { snapshot } : {}),
    });
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

  private inkVars(state: GameState): InkVars {
    return { role: state.role ?? 'clinician', hours: state.hours, ...headline(state.meters) };
  }

  private startRun(role: Role): void {
    this.runner.reset();
    const state = newRun(role, this.plan);
    this.runner.setVars(this.inkVars(state));
    this.commit(state);
    this.set({ storyError: null });
  }

  /** Run the story to its next choice point, applying tags as lines go by. */
  private step(state: GameState, decision: number | null): GameState {
    const lines: Line[] = [];
    let next = state;
    const { choices, ended } = this.runner.continue(({ line, tags }) => {
      if (line.text) lines.push(line);
      next = applyTags(next, tags, decision);
      return this.inkVars(next);
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
    return showDialogue(next, lines, views, ended);
  }

  private enterScene(index: number): void {
    let state = beginScene(this.state, index);
    this.runner.setVars(this.inkVars(state));
    this.runner.begin(state.plan[index]!.knot);
    state = this.step(state, null);
    this.commit(state);
  }

  private choose(index: number): void {
    const choice = this.choicesNow.find((c) => c.index === index);
    if (!choice) throw new StoryError(`there is no choice ${index} here`);
    const opened = startDecision(this.state, choice.text);
    let state = applyTags(opened.state, choice.tags, opened.id);
    this.runner.setVars(this.inkVars(state));
    this.runner.choose(index);
    state = this.step(state, opened.id);
    state = finishDecision(state, opened.id);
    this.commit(state);
  }

  /** Everything that can change what the story offers next (for the explorer). */
  flowKey(): string {
    const s = this.state;
    return JSON.stringify([this.flow, s.sceneIndex, this.runner.flowVariables()]);
  }

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
