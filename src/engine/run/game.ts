/**
 * The Game: wires the flow machine, the ink runner and the store together.
 * Pure TypeScript (no DOM, no Phaser) so it runs the same in the browser, in
 * tests and in the story explorer. Views send events; the store tells them
 * what to show.
 */
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { gameMachine, RESUMABLE_STATES, SCREEN_OF, statePath } from './machine.ts';
import { isInput, type GameEvent } from '../rules/types.ts';
import {
  validVotes,
  validProposals,
  askPartner,
  canAskPartner,
  inWordsBox,
  askTerm,
  initialState,
  checkEarlyEnding,
  lookUpTerm,
  newRun,
  type GameState,
  type Input,
} from '../rules/rules.ts';
import { createGameStore, type GameStore, type ViewState } from './store.ts';
import { playChoice, playEnding, playScene, syncVars, type Story } from './step.ts';
import {
  chosenIndex,
  inputsBefore,
  playInput,
  ReplayError,
  replayRun,
  wordsChosen,
  type ReplaySource,
} from './replay.ts';
import { StoryError, StoryRunner, type RunnerBookmark, type RunnerChoice } from './story.ts';
import { inkVariablesOf, parseSave, serializeSave, type SaveFile } from './save.ts';
import { fitSave, ResumeError, type StoryProbe } from './resume.ts';
import { checkedAs } from './legacy-choices.ts';
import { storyPrint } from './hash.ts';
import {
  checkSeed,
  encounterKnot,
  isReviewKnot,
  newRunId,
  randomSeed,
  readRunId,
  reviewKnot,
  SCHEDULE,
  SESSION_PATTERN,
  weeksOf,
} from '../rules/quarter.ts';
import { agendaFor, checkPlan, closeWeek, settleEnding, startWeek } from '../rules/weekly.ts';
import { knowsVar, TERMS } from '../rules/glossary.ts';
import { PLACES, ROLES, WEEKS, WORKSHOP_WEEKS, type Role, type SceneMeta } from '../rules/types.ts';

/** Ink's own random seed for a quarter code, so a replay reads the same words. */
const inkSeed = (code: string): number => [...code].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1_000_003, 7);

/** A cheap in-memory bookmark of the whole game (for what-ifs; never saved). */
export interface Bookmark {
  ink: RunnerBookmark;
  state: ViewState;
  machine: ReturnType<Actor<typeof gameMachine>['getPersistedSnapshot']>;
}

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
  /** Whether the player is at those scenes in person (true unless said): a trial of a facilitator's own scene may be heard of second-hand. */
  here?: boolean;
  /** Where random quarter codes come from (tests pass a seeded one). */
  random?: () => number;
  /**
   * When an autosave is written. Omitted: at once, inside the event. The browser passes a scheduler that
   * runs it after the next frame, so what a choice does is on screen before its save is made (on a slow
   * PC the save was about a tenth of a choice's time to paint). A save still waiting is written before the
   * next event is taken, and whenever `flushSave` is called (the page is being hidden or left).
   */
  saveLater?: (save: () => void) => void;
  /**
   * Whether a pair's run reads each stretch of story again for the partner's part (`GameState.aside`): true
   * unless said. A replay that only counts (the dashboard's, the debrief's what-ifs) goes without it.
   */
  asides?: boolean;
}

type SnapshotParts = Omit<SaveFile, 'format' | 'version' | 'savedAt'>;

export class Game {
  readonly store: GameStore = createGameStore();
  readonly plan: SceneMeta[];
  private readonly options: GameOptions;
  private runner: StoryRunner;
  private readonly metas = new Map<string, SceneMeta>();
  private readonly random: () => number;
  private readonly slot: SaveSlot | null;
  private readonly machine;
  private actor: Actor<typeof gameMachine>;
  private choicesNow: RunnerChoice[] = [];
  /** The runner with what the story reads: what the stepping functions need. */
  private get story(): Story {
    return { runner: this.runner, knowsRead: this.knowsRead, asides: this.options.asides !== false };
  }
  /** The `knows_<term>` variables the story actually reads (the rest need not be written). */
  private readonly knowsRead: [string, string][];

  constructor(options: GameOptions) {
    this.options = options;
    this.runner = new StoryRunner(options.story);
    this.knowsRead = TERMS.map((t): [string, string] => [t.id, knowsVar(t.id)]).filter(([, name]) =>
      this.runner.readVariables.has(name),
    );
    this.random = options.random ?? Math.random;
    this.plan = (options.plan ?? SCHEDULE[1]!).map((knot) => ({ ...this.metaOf(knot), here: options.here ?? true }));
    this.slot = options.slot ?? null;
    if (!this.slot) {
      this.write({ saveStatus: { kind: 'off', reason: options.slotUnavailable ?? 'no storage' } });
    }
    this.machine = gameMachine.provide({
      actions: {
        startRun: (_, { role, seed, pairedWith, session, pair, weeks, id, device }) =>
          this.startRun(role, seed, pairedWith, session, pair === true, weeks, id, device),
        enterScene: () => this.guarded(() => this.enterScene()),
        nextScene: () => this.commit({ ...this.state, sceneIndex: this.state.sceneIndex + 1 }),
        choose: (_, { index, votes, proposals }) => this.guarded(() => this.choose(index, votes, proposals)),
        ask: (_, { term, partner }) =>
          this.afterTerm(partner ? askPartner(this.state, term) : askTerm(this.state, term)),
        lookUp: (_, { term }) => this.afterTerm(lookUpTerm(this.state, term)),
        closeScene: () => this.closeScene(),
        closeWeek: () => this.commit(closeWeek(this.state, (s) => this.wordsAhead(s))),
        planWeek: (_, { visits }) =>
          this.commit(startWeek(this.state, this.state.week + 1, visits, (k) => this.metaIfAny(k))),
        startReview: () =>
          this.guarded(() =>
            this.commit({
              ...this.state,
              plan: [...this.state.plan, { ...this.metaOf(reviewKnot(weeksOf(this.state.run))), here: true }],
              sceneIndex: this.state.plan.length,
            }),
          ),
        enterEnding: () => this.guarded(() => this.enterEnding()),
      },
      // Events the interface never sends (an unknown role or word, a malformed plan) are refused here,
      // so they are neither applied nor logged into the run.
      guards: {
        validRole: (_, { role, seed, session, weeks, pair, id, device }) =>
          (ROLES as readonly string[]).includes(role) &&
          (weeks === undefined || weeks === WEEKS || weeks === WORKSHOP_WEEKS) &&
          // Two devices: a pair's run, whose shared id names this quarter and this lead role.
          (device === undefined || (pair === true && (ROLES as readonly string[]).includes(device))) &&
          (id === undefined ||
            (typeof id === 'string' &&
              device !== undefined &&
              readRunId(id)?.role === role &&
              (seed === undefined || readRunId(id)?.seed === seed))) &&
          (seed === undefined || checkSeed(seed).ok) &&
          (session === undefined || (typeof session === 'string' && SESSION_PATTERN.test(session))),
        askable: (_, { term, partner }) =>
          partner ? canAskPartner(this.state, term) : inWordsBox(this.state, term) !== undefined,
        lookable: (_, { term }) => inWordsBox(this.state, term) !== undefined && this.state.glossary.includes(term),
        // Not after the story stopped: ink may have moved past the choices on screen (see `guarded`).
        validChoice: (_, { index, votes, proposals }) =>
          this.state.storyError === null &&
          this.state.choices.some((c) => c.index === index) &&
          (votes === undefined || validVotes(votes, this.state.choices.length)) &&
          (proposals === undefined || (votes === undefined && validProposals(this.state, proposals))),
        validPlan: (_, { visits }) => {
          if (!Array.isArray(visits) || !checkPlan(this.state, visits).ok) return false;
          try {
            const week = this.state.week + 1;
            if (agendaFor(week, visits, (k) => this.metaIfAny(k)).agenda.length) return true;
            // Nothing to play: the story has none of the week's scenes, nor a scene at the places planned.
            const wanted = [...(SCHEDULE[week] ?? []), ...visits.map(encounterKnot)];
            this.set({ storyError: `the story has no scene to play in week ${week} (${wanted.join(', ')})` });
            return false;
          } catch (error) {
            if (error instanceof StoryError) this.set({ storyError: error.message });
            return false;
          }
        },
        sceneOver: () => this.state.sceneOver,
        quarterOver: () => this.state.ending !== null,
        moreThisWeek: () => this.state.sceneIndex + 1 < this.state.plan.length,
        lastWeek: () => this.state.week >= weeksOf(this.state.run),
      },
    });
    this.actor = this.createActor();
  }

  /** A scene's header, or null when the story has no such scene (planning leaves it out). */
  private metaIfAny(knot: string): SceneMeta | null {
    this.knotSet ??= new Set(this.runner.knots());
    return this.knotSet.has(knot) ? this.metaOf(knot) : null;
  }
  private knotSet: Set<string> | undefined;

  /** A scene's header, read once. */
  metaOf(knot: string): SceneMeta {
    let meta = this.metas.get(knot);
    if (!meta) {
      meta = this.runner.sceneMeta(knot);
      this.metas.set(knot, meta);
    }
    return meta;
  }

  /** The state as it stands, mid-event included (the store sees it when the event is done). */
  get state(): ViewState {
    return this.draft ?? this.store.getState();
  }

  /** The state an event is building; the store gets it in one write when the event is done. */
  private draft: ViewState | null = null;

  private write(partial: Partial<ViewState>, replace = false): void {
    if (this.draft) this.draft = replace ? (partial as ViewState) : { ...this.draft, ...partial };
    else if (replace) this.store.setState(partial as ViewState, true);
    else this.store.setState(partial);
  }

  /** Everything `work` changes reaches the store (and so the views) in a single write. */
  private batch<T>(work: () => T): T {
    if (this.draft) return work();
    // A save still waiting is of the state as it stands: it is written before anything changes that state.
    this.flushSave();
    this.draft = this.store.getState();
    try {
      return work();
    } finally {
      const next = this.draft;
      this.draft = null;
      if (next !== this.store.getState()) this.store.setState(next, true);
    }
  }

  /** Dotted path of the flow state, e.g. "scene.playing". */
  get flow(): string {
    return statePath(this.actor.getSnapshot().value as string | Record<string, string>);
  }

  send(event: GameEvent): void {
    this.batch(() => {
      // Log before sending, so the autosave the transition triggers already holds it.
      if (isInput(event) && this.state.inputs && this.actor.getSnapshot().can(event)) {
        this.write({ inputs: [...this.state.inputs, event] });
      }
      this.actor.send(event);
    });
  }

  /** Do now, in a task the page chooses, the one-off check ink would otherwise make on the player's first move. */
  prepare(): void {
    this.runner.prepare();
  }

  /**
   * A game like this one (same story) that saves nothing: for replays and what-ifs. `counting` leaves out
   * what only a player reads and no figure depends on (a pair's partner's part), for a replay that only counts.
   */
  headless(counting = false): Game {
    return new Game({
      ...this.options,
      slot: null,
      slotUnavailable: 'a replay',
      random: () => 0.5,
      ...(counting ? { asides: false } : {}),
    });
  }

  /**
   * Replay a run's first `count` inputs (all of them when omitted) from a new
   * start. The game is deterministic, so this rebuilds the run exactly.
   */
  replay(source: ReplaySource, count = source.inputs?.length ?? 0): void {
    replayRun(this, source, count);
  }

  /** Play one logged input (a choice by its words, when given); a replay that no longer fits the story stops with a clear reason. */
  play(event: Input, chose?: string): void {
    playInput(this, event, chose);
  }

  /** Whether the machine would take this event where it is now. */
  can(event: GameEvent): boolean {
    return this.actor.getSnapshot().can(event);
  }

  /** How many inputs come before a run's decision `decision` (its CHOOSE is input number that). */
  static inputsBefore(inputs: readonly Input[], decision: number): number {
    return inputsBefore(inputs, decision);
  }

  /**
   * "What if?": make this game a branch of the current run, back at the moment
   * before decision `decision`. The run it came from is left to the caller to keep.
   */
  branchFrom(decision: number): void {
    this.batch(() => this.branch(decision));
  }

  private branch(decision: number): void {
    const from = this.state;
    if (!from.role) throw new ReplayError('there is no run to branch from');
    if (!from.inputs)
      throw new ReplayError('this run was saved before the game kept what you did, so it cannot be replayed');
    const source: ReplaySource = {
      role: from.role,
      seed: from.seed,
      inputs: from.inputs,
      run: from.run,
      decisions: from.decisions,
    };
    const copy = this.headless();
    copy.replay(source, Game.inputsBefore(from.inputs, decision));
    const parts = copy.snapshot();
    parts.state = {
      ...parts.state,
      run: {
        // Named after the first run of the line, so branches of branches stay short.
        id: `${from.run.id.split('.')[0]}.${decision + 1}-${Date.now().toString(36)}`,
        branchOf: { id: from.run.id, decision },
        pairedWith: null,
        // A branch keeps how the run is played (as a pair, over the workshop quarter's four weeks); a pair on
        // two devices explores it on one.
        ...(from.run.pair ? { pair: from.run.pair } : {}),
        ...(from.run.weeks ? { weeks: from.run.weeks } : {}),
      },
      self: from.self,
    };
    this.restore(parts);
    this.autosave(this.flow, this.actor);
  }

  /**
   * A pair on two devices: bring this copy of the run level with the partner's,
   * whose inputs (from their result code) run further or differ. The run stays
   * this device's (its id, its holder, what its player wrote); only what was
   * done is taken from the other copy. Throws a ReplayError when they do not replay here.
   */
  catchUp(inputs: readonly Input[]): void {
    this.batch(() => {
      const from = this.state;
      if (!from.role) throw new ReplayError('there is no run to bring up to date');
      const copy = this.headless();
      copy.replay({
        role: from.role,
        seed: from.seed,
        inputs,
        pair: from.run.pair !== undefined,
        ...(from.run.weeks ? { weeks: from.run.weeks } : {}),
      });
      const parts = copy.snapshot();
      parts.state = { ...parts.state, run: from.run, self: from.self, reflections: from.reflections };
      this.restore(parts);
      this.autosave(this.flow, this.actor);
    });
  }

  /**
   * Take up a run kept elsewhere (a learning platform's copy): replay its
   * inputs from the start, as many as this story still takes, and make it
   * this game's run under its own id. Returns how many inputs were replayed
   * of how many there were (fewer when the story has changed since).
   *
   * `chosen` is each decision's `choiceCheck`, when the copy kept them: each
   * choice is then taken by its words, wherever the story now offers it, and
   * the replay stops where the words the player chose are no longer offered,
   * rather than taking whatever now stands in its place.
   */
  takeUp(
    source: ReplaySource & { id: string; session?: string },
    /** What the player wrote about the run, kept with it: part of the one write, so the screen shows it at once. */
    notes: Partial<Pick<GameState, 'reflections' | 'self'>> = {},
    chosen?: readonly number[],
  ): { replayed: number; of: number } {
    const inputs = source.inputs ?? [];
    let replayed = 0;
    this.batch(() => {
      const copy = this.headless();
      copy.replay({ ...source, inputs }, 0);
      for (const logged of inputs) {
        const check = logged.type === 'CHOOSE' ? chosen?.[copy.state.decisions.length] : undefined;
        let input = logged;
        if (logged.type === 'CHOOSE' && check !== undefined) {
          const index = chosenIndex(copy.state.choices, logged.index, (text) => checkedAs(text, check));
          if (index === undefined) break;
          input = { ...logged, index };
        }
        try {
          copy.play(input);
        } catch (error) {
          if (error instanceof ReplayError) break;
          throw error;
        }
        replayed++;
      }
      const parts = copy.snapshot();
      parts.state = {
        ...parts.state,
        ...notes,
        run: { ...parts.state.run, id: source.id, ...(source.session ? { session: source.session } : {}) },
      };
      this.restore(parts);
      this.autosave(this.flow, this.actor);
    });
    return { replayed, of: inputs.length };
  }

  /** A bookmark of everything, cheap enough to take at every decision (never saved). */
  mark(): Bookmark {
    return { ink: this.runner.bookmark(), state: this.state, machine: this.actor.getPersistedSnapshot() };
  }

  rewind(mark: Bookmark): void {
    this.batch(() => this.rewindTo(mark));
  }

  private rewindTo(mark: Bookmark): void {
    this.runner.returnTo(mark.ink);
    // The bookmark carries the variables as they were written then, so none need writing now.
    this.write(mark.state, true);
    // The machine keeps no context, so a running machine already in the bookmark's state is that state:
    // only a machine elsewhere (or stopped) is rebuilt. The explorer rewinds within a scene thousands of times.
    const now = this.actor.getSnapshot();
    const then = mark.machine as SnapshotFrom<typeof gameMachine>;
    if (
      now.status !== 'active' ||
      then.status !== 'active' ||
      statePath(now.value as string | Record<string, string>) !==
        statePath(then.value as string | Record<string, string>)
    ) {
      this.actor.stop();
      this.actor = this.createActor(then);
    }
    this.rebuildChoices();
  }

  /** Save now (after the overlay has put a different run back in place, e.g. leaving a branch). */
  saveNow(): void {
    this.batch(() => {
      this.autosave(this.flow, this.actor);
      this.flushSave();
    });
  }

  /** Write the autosave that is waiting (see `saveLater`), if one is: the page is being hidden or left. */
  flushSave(): void {
    if (!this.savePending) return;
    this.savePending = false;
    // Every change flushes a waiting save first, so the state is the one the save was asked for; a machine
    // that broke since has put the game at the title, which is not saved over the last good autosave.
    this.batch(() => {
      if ((RESUMABLE_STATES as readonly string[]).includes(this.flow)) this.writeSave();
    });
  }
  private savePending = false;

  /** Things the player writes in the debrief (reflections, the self-assessment): kept with the run. */
  annotate(partial: Partial<Pick<GameState, 'reflections' | 'self'>>): void {
    this.batch(() => {
      this.commit({ ...this.state, ...partial });
      // Written at once, not after the next paint: an answer is often the last thing typed before the tab closes.
      this.autosave(this.flow, this.actor);
      this.flushSave();
    });
  }

  private createActor(snapshot?: SnapshotFrom<typeof gameMachine>): Actor<typeof gameMachine> {
    const actor = createActor(this.machine, snapshot ? { snapshot } : {});
    actor.subscribe({
      next: (snapshot) => {
        if (actor !== this.actor) return;
        const flow = statePath(snapshot.value as string | Record<string, string>);
        this.showWhere(flow);
        this.autosave(flow, actor);
      },
      // Anything that breaks a transition stops the machine: say so, and start again at the title
      // (the last autosave, taken before the break, is kept), rather than leave a game that never answers.
      error: () => {
        if (actor !== this.actor) return;
        // The story runtime may be what broke: start it afresh too.
        this.runner = new StoryRunner(this.options.story);
        this.actor = this.createActor();
        this.set({
          storyError: 'the game stopped on something it could not handle',
        });
      },
    });
    actor.start();
    this.showWhere(statePath(actor.getSnapshot().value as string | Record<string, string>));
    return actor;
  }

  /** The screen comes from the machine's state, through its table, and from nowhere else. */
  private showWhere(flow: string): void {
    const screen = SCREEN_OF[flow];
    if (screen && this.state.screen !== screen) this.write({ screen });
  }

  private set(partial: Partial<ViewState>): void {
    this.write(partial);
  }

  /** The screen stays the machine's; a state that already shows it is written as it is, without another copy. */
  private commit(next: GameState): void {
    const { screen } = this.state;
    this.write(next.screen === screen ? next : { ...next, screen });
  }

  /**
   * Story problems become a message on screen, never a crash. Ink may have moved on before it stopped, past
   * what the game state shows, so nothing is saved and no choice is taken until the player goes back to the
   * title: the last autosave, from before the step that stopped, is what Continue goes back to.
   */
  private guarded(work: () => void): void {
    try {
      work();
    } catch (error) {
      if (error instanceof StoryError) this.set({ storyError: error.message });
      else throw error;
    }
  }

  private startRun(
    role: Role,
    seed: string | undefined,
    pairedWith: string | undefined,
    session: string | undefined,
    pair: boolean,
    weeks: number | undefined,
    id: string | undefined,
    device: Role | undefined,
  ): void {
    const code = seed ?? readRunId(id ?? '')?.seed ?? randomSeed(this.random);
    this.runner.reset(inkSeed(code));
    const state = newRun(role, this.plan, code);
    state.run = {
      id: id ?? newRunId(code, role),
      branchOf: null,
      pairedWith: pairedWith ?? null,
      ...(session ? { session } : {}),
      ...(pair ? { pair: role === 'clinician' ? ('manager' as const) : ('clinician' as const) } : {}),
      ...(weeks === WORKSHOP_WEEKS ? { weeks } : {}),
      ...(pair && device ? { device } : {}),
    };
    syncVars(this.story, state);
    this.commit(state);
    this.set({ storyError: null });
  }

  private enterScene(): void {
    const { state, choices } = playScene(this.story, this.state);
    this.choicesNow = choices;
    this.commit(state);
  }

  private choose(index: number, votes: number[] | undefined, proposals: [number, number] | undefined): void {
    const { state, choices } = playChoice(this.story, this.state, this.choicesNow, index, votes, proposals);
    this.choicesNow = choices;
    this.commit(state);
  }

  /** Asking or looking up changes hours and trust, which the story may read. */
  private afterTerm(state: GameState): void {
    this.commit(state);
    syncVars(this.story, state);
  }

  private closeScene(): void {
    let state: GameState = { ...this.state, screen: 'summary', unknown: [] };
    if (isReviewKnot(state.plan[state.sceneIndex]?.knot)) state = settleEnding(state);
    this.commit(checkEarlyEnding(state));
  }

  /** Play the ending's text (it has no choices) and show it. */
  private enterEnding(): void {
    this.choicesNow = [];
    this.commit(playEnding(this.story, this.state));
  }

  /**
   * The other world's words the rest of this run will show most, most first: each counted once for
   * every scheduled scene of a week still to come, and every place's encounter, whose text holds it.
   * What the glossary puts first when shadowing and paired learning open it up.
   */
  wordsAhead(state: GameState): readonly string[] {
    const last = weeksOf(state.run);
    const key = `${state.week}/${last}`;
    const known = this.aheadCache.get(key);
    if (known) return known;
    const count = new Map<string, number>();
    const knots = [
      ...Array.from({ length: Math.max(0, last - state.week) }, (_, i) => SCHEDULE[state.week + 1 + i] ?? []).flat(),
      ...PLACES.map(encounterKnot),
    ];
    for (const knot of knots) for (const id of this.runner.wordsIn(knot)) count.set(id, (count.get(id) ?? 0) + 1);
    const order = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)!);
    this.aheadCache.set(key, order);
    return order;
  }
  private readonly aheadCache = new Map<string, readonly string[]>();

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

  /** The save's text: the three parts, and which story they were written on. */
  serialize(): string {
    return serializeSave({ ...this.snapshot(), story: storyPrint(this.options.story) });
  }

  /**
   * Put the game back exactly as a snapshot or validated save had it. A save
   * from before a story update may carry only the story's variables: the
   * story starts fresh and gets them back.
   */
  restore(parts: SnapshotParts): void {
    this.flushSave();
    if (parts.ink) this.runner.loadState(parts.ink);
    else {
      this.runner.reset(inkSeed(parts.state.seed));
      this.runner.setVars(parts.inkVars ?? {});
    }
    this.write({ ...parts.state, storyError: null });
    syncVars(this.story, parts.state);
    this.choicesNow = [];
    this.actor.stop();
    // The machine is rebuilt from where it was (its state value), never from a saved snapshot's insides.
    const value = parts.machine.value as string | Record<string, string>;
    this.actor = this.createActor(this.machine.resolveState({ value }) as SnapshotFrom<typeof gameMachine>);
    this.rebuildChoices();
  }

  /** What the story can tell resume.ts about a save. */
  private probe(): StoryProbe {
    const knots = new Set(this.runner.knots());
    return {
      print: storyPrint(this.options.story),
      hasKnot: (knot) => knots.has(knot),
      choicesOf: (ink) => {
        try {
          this.scratch ??= new StoryRunner(this.options.story);
          if (!this.scratch.statePlays(ink)) return null;
          this.scratch.loadState(ink);
          return this.scratch.currentChoices().map((c) => c.text);
        } catch {
          return null;
        }
      },
      variablesOf: inkVariablesOf,
      replayTo: (source, scene) => {
        try {
          const copy = this.headless();
          copy.replay(source, 0);
          for (const input of source.inputs) {
            if (scene !== 'end' && copy.flow === 'scene.playing' && copy.state.sceneIndex === scene) break;
            copy.play(input, wordsChosen(source, copy.state.decisions.length, input));
          }
          const there = scene === 'end' || (copy.flow === 'scene.playing' && copy.state.sceneIndex === scene);
          return there ? copy.snapshot() : null;
        } catch {
          return null;
        }
      },
    };
  }
  private scratch: StoryRunner | undefined;

  /** After loading, the runner's live choices come from the ink state itself. */
  private rebuildChoices(): void {
    this.choicesNow = this.runner.currentChoices();
  }

  /**
   * Load a saved text; returns a plain reason instead when it cannot be
   * resumed, and what to tell the player when it was fitted to a changed
   * story. A save that is accepted is one the game can go on from: the
   * machine is running and, in a scene, there is something to choose.
   */
  resumeFrom(text: string): { ok: true; notice?: string } | { ok: false; reason: string } {
    return this.batch(() => this.resumeText(text));
  }

  private resumeText(text: string): { ok: true; notice?: string } | { ok: false; reason: string } {
    const parsed = parseSave(text);
    if (!parsed.ok) return parsed;
    const before = this.safeSnapshot();
    try {
      const fitted = fitSave(parsed.save, this.probe());
      this.restore(fitted.parts);
      this.checkResumed();
      return fitted.notice ? { ok: true, notice: fitted.notice } : { ok: true };
    } catch (error) {
      this.goBackTo(before);
      return {
        ok: false,
        reason:
          error instanceof ResumeError
            ? `the save cannot be picked up: ${error.message}`
            : 'the save does not fit this version of the story',
      };
    }
  }

  /** The game as it is, or null when the story runtime can no longer say (it was left broken). */
  private safeSnapshot(): SnapshotParts | null {
    try {
      return this.snapshot();
    } catch {
      return null;
    }
  }

  /** Put back what was there before a refused save; when that cannot be had, a fresh story at the title. */
  private goBackTo(before: SnapshotParts | null): void {
    try {
      if (before) {
        this.restore(before);
        return;
      }
    } catch {
      // fall through to a fresh start
    }
    this.runner = new StoryRunner(this.options.story);
    this.actor.stop();
    this.write({ ...initialState(), saveStatus: this.state.saveStatus, storyError: null }, true);
    this.actor = this.createActor();
  }

  /** A resumed game must be able to go on. */
  private checkResumed(): void {
    if (this.actor.getSnapshot().status !== 'active') throw new ResumeError('the game could not be restarted from it');
    if (this.flow === 'scene.playing' && !this.state.sceneOver && this.choicesNow.length === 0)
      throw new ResumeError('the scene it was in offers nothing to choose');
  }

  private autosave(flow: string, actor: Actor<typeof gameMachine>): void {
    if (!this.slot || actor !== this.actor || this.state.storyError) return;
    if (!(RESUMABLE_STATES as readonly string[]).includes(flow)) return;
    const later = this.options.saveLater;
    if (!later) return this.writeSave();
    if (this.savePending) return;
    this.savePending = true;
    later(() => this.flushSave());
  }

  private writeSave(): void {
    if (!this.slot) return;
    try {
      this.slot.write(this.serialize());
      if (this.state.saveStatus.kind !== 'on') this.set({ saveStatus: { kind: 'on' } });
    } catch (error) {
      if (error instanceof Error && error.name === 'SaveElsewhereError') {
        if (this.state.saveStatus.kind !== 'elsewhere') this.set({ saveStatus: { kind: 'elsewhere' } });
        return;
      }
      const reason =
        error instanceof Error && error.name === 'SaveHeldError'
          ? error.message
          : error instanceof Error && /quota/i.test(error.name + error.message)
            ? 'storage is full'
            : 'storage refused the save';
      this.set({ saveStatus: { kind: 'failed', reason } });
    }
  }
}
