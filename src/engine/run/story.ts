/**
 * The ink runner: continue, choices, tags → typed effects, variables in.
 * Wraps one inkjs Story; the engine chooses which scene knot to play.
 */
import { Story } from 'inkjs';
import { SimpleJson } from 'inkjs/engine/SimpleJson';
import { parseTag } from '../rules/tags.ts';
import { typeset } from '../rules/prose.ts';
import { termsIn } from '../rules/glossary.ts';
import { byText } from '../rules/by-text.ts';
import type { Line } from '../rules/rules.ts';
import type { SceneMeta, Tag } from '../rules/types.ts';
import { BARRIERS, DAYS, PLACES } from '../rules/types.ts';

/** inkjs 2.4's ControlCommand.CommandType values for the tag markers (checked by story.test.ts). */
const BEGIN_TAG = 24;
const END_TAG = 25;
/** How far a resumed save's choices are played on to prove they can be taken (a scene's branch is far shorter). */
const STATE_PLAYS_LINES = 400;

/** The parts of inkjs's runtime containers the runner reads. */
interface InkNode {
  content?: unknown[];
  path?: { toString(): string };
  parent?: InkNode | null;
}

export class StoryError extends Error {
  override name = 'StoryError';
}

/** Values the engine mirrors into ink before a scene and after each step. */
export type InkVars = Record<string, string | number | boolean>;

export interface Beat {
  /** Text shown to the player, with speaker and mood. */
  line: Line;
  tags: Tag[];
  /** True while the lines come from the body of the choice just taken (see `continue`). */
  owned: boolean;
}

export interface RunnerChoice {
  index: number;
  text: string;
  tags: Tag[];
  /** Where the choice's body starts (`knot.0.c-3`); lines under it belong to the choice. */
  body: string;
}

/**
 * A tag parsed, once per distinct text (see `byText`). Parsed tags are shared, so they are frozen:
 * nothing may change one.
 */
const parseOnce = byText((text): ReturnType<typeof parseTag> => {
  const r = parseTag(text);
  return r.ok ? { ok: true, tag: freeze(r.tag) } : r;
});

function freeze(tag: Tag): Tag {
  if (tag.kind === 'effect') {
    if (tag.effect.kind === 'later') Object.freeze(tag.effect.effect);
    Object.freeze(tag.effect);
  }
  return Object.freeze(tag);
}

/** Parse a line's or a choice's tags; `where` names them in the error, and is only worked out for one. */
function parseAll(raw: readonly string[], where: () => string): Tag[] {
  const tags: Tag[] = [];
  for (const text of raw) {
    const r = parseOnce(text);
    if (!r.ok) throw new StoryError(`${where()}: ${r.error}`);
    tags.push(r.tag);
  }
  return tags;
}

/** More lines than this between two choices is a loop, not a scene (the game's own run to a few dozen). */
export const LINES_WITHOUT_A_CHOICE = 1000;

export class StoryRunner {
  private readonly story: Story;
  private errors: string[] = [];
  /** Header tags of the current knot, stripped from its first line. */
  private headerToSkip = 0;

  /** Global variables the story ever reads (its choices and text can depend only on these). */
  readonly readVariables: ReadonlySet<string>;

  /** The compiled story's named content (its knots), for reading what each knot reads. */
  private readonly named: Record<string, unknown>;

  constructor(json: string | object) {
    const text = typeof json === 'string' ? json : JSON.stringify(json);
    this.story = new Story(text);
    this.readVariables = new Set([...text.matchAll(/"VAR\?":"([^"]+)"/g)].map((m) => m[1]!));
    const root = (JSON.parse(text) as { root: unknown[] }).root;
    this.named = (root[root.length - 1] ?? {}) as Record<string, unknown>;
    this.story.onError = (message: string) => {
      this.errors.push(message);
    };
  }

  /**
   * Before its first line, ink walks the whole story once to check that every external function it calls is
   * bound (about 12 ms on a laptop, four times that on a slow PC). Done here, in a moment of the page's
   * choosing, the player's first move does not wait for it. A story that calls an unbound function is
   * reported at its first line, as ink would.
   */
  prepare(): void {
    try {
      this.story.ValidateExternalBindings();
    } catch (error) {
      this.unbound = error;
    }
  }
  /** What `prepare` found missing, thrown again at the first line (ink checks only once). */
  private unbound: unknown = null;

  private check(): void {
    if (this.errors.length) {
      const message = this.errors.join('; ');
      this.errors = [];
      throw new StoryError(message);
    }
  }

  /** Every top-level knot in the compiled story. */
  knots(): string[] {
    const named = this.story.mainContentContainer.namedContent;
    return [...named.keys()].filter((k) => !k.startsWith('global '));
  }

  /** Read a scene's header tags without playing it. Endings need only a title and a place. */
  sceneMeta(knot: string): SceneMeta {
    const raw = this.story.TagsForContentAtPath(knot) ?? [];
    const tags = parseAll(raw, () => `scene "${knot}"`);
    const ending = knot.startsWith('ending_');
    let title: string | undefined;
    let barrier: (typeof BARRIERS)[number] | undefined = ending ? 'status' : undefined;
    let place: (typeof PLACES)[number] | undefined;
    let day: (typeof DAYS)[number] | undefined = ending ? 'Friday' : undefined;
    const meta: Partial<SceneMeta> = {};
    for (const t of tags) {
      if (t.kind === 'title') title = t.title;
      else if (t.kind === 'barrier') barrier = t.barrier;
      else if (t.kind === 'place') place = t.place;
      else if (t.kind === 'day') day = t.day;
      else if (t.kind === 'week') meta.week = t.week;
      else if (t.kind === 'level') meta.level = t.level;
    }
    if (!title || !barrier || !place || !day) {
      throw new StoryError(
        `scene "${knot}" needs header tags: title, barrier, place and day (has: ${raw.join(', ') || 'none'})`,
      );
    }
    return { knot, title, barrier, place, day, ...meta };
  }

  /** What the engine last wrote, so unchanged values are not written again (writing is the runner's hot spot). */
  private written = new Map<string, string | number | boolean>();
  /** Whether the story has a global of each name asked about (it only reads its own). */
  private hasGlobal = new Map<string, boolean>();
  /** The engine value the written variables were last brought up to date from; null after a reset or a load. */
  syncedWith: unknown = null;

  /**
   * Write the engine's values into ink. Stories only read these, so a value
   * written stays until changed. `from` names the engine state they came from
   * (see `syncedWith`); without it, the next sync writes everything again.
   */
  setVars(vars: InkVars, from: unknown = null): void {
    for (const name in vars) {
      const value = vars[name]!;
      if (this.written.get(name) === value) continue;
      let exists = this.hasGlobal.get(name);
      if (exists === undefined) {
        exists = this.story.variablesState.GlobalVariableExistsWithName(name);
        this.hasGlobal.set(name, exists);
      }
      if (!exists) continue;
      this.story.variablesState.$(name, value);
      this.written.set(name, value);
    }
    this.syncedWith = from;
  }

  getVar(name: string): unknown {
    return this.story.variablesState.$(name);
  }

  /** Global variables the given knots read. */
  variablesReadBy(knots: readonly string[]): Set<string> {
    const out = new Set<string>();
    for (const knot of knots) {
      const body = JSON.stringify(this.named[knot] ?? null);
      for (const m of body.matchAll(/"VAR\?":"([^"]+)"/g)) out.add(m[1]!);
    }
    return out;
  }

  /**
   * The other world's words a knot's text can show (every line and choice of it, in any branch), as the
   * glossary finds them: what a player may meet there.
   */
  wordsIn(knot: string): Set<string> {
    const out = new Set<string>();
    const body = JSON.stringify(this.named[knot] ?? null);
    for (const m of body.matchAll(/"\^((?:[^"\\]|\\.)*)"/g)) {
      // A writer's `# term <id>` marks a word both sides use differently, which the glossary does not find itself.
      const marked = /^\s*term /.test(m[1]!) ? parseTag(m[1]!) : null;
      if (marked?.ok && marked.tag.kind === 'term') out.add(marked.tag.term);
      else for (const id of termsIn(m[1]!)) out.add(id);
    }
    return out;
  }

  /** The values of the variables that can steer what comes next (by default, all the story reads). */
  flowVariables(names: ReadonlySet<string> = this.readVariables): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const name of [...names].sort()) out[name] = this.story.variablesState.$(name);
    return out;
  }

  /** Back to the story's opening state (a new run). */
  /**
   * Start the story again. `seed` fixes ink's own randomness (shuffles,
   * RANDOM), so a run replays exactly; ink would otherwise seed from the clock.
   */
  reset(seed?: number): void {
    this.story.ResetState();
    if (seed !== undefined) {
      this.story.state.storySeed = seed % 100;
      this.story.state.previousRandom = 0;
    }
    this.written.clear();
    this.syncedWith = null;
    this.errors = [];
    this.headerToSkip = 0;
  }

  /** How many header tags each knot begins with (the compiled story never changes under the runner). */
  private readonly headers = new Map<string, number>();
  private headerCount(knot: string): number {
    let count = this.headers.get(knot);
    if (count === undefined) {
      count = (this.story.TagsForContentAtPath(knot) ?? []).length;
      this.headers.set(knot, count);
    }
    return count;
  }

  begin(knot: string): void {
    this.headerToSkip = this.headerCount(knot);
    this.story.ChoosePathString(knot);
    this.check();
  }

  /**
   * Whether the next line still comes from the body of the choice at `body`:
   * the story is inside it, with text or a tag of its own still ahead before
   * it diverts on to the shared flow (a gather or a stitch).
   */
  private inBody(body: string): boolean {
    const pointer = this.story.state.currentPointer;
    let container = pointer.container as unknown as InkNode | null;
    let from = Math.max(0, pointer.index);
    const path = (node: InkNode | null): string => node?.path?.toString() ?? '';
    const within = (node: InkNode | null | undefined): node is InkNode =>
      !!node && (path(node) === body || path(node).startsWith(`${body}.`));
    if (!within(container)) return false;
    // A body that loops within itself is followed a bounded number of steps.
    for (let steps = 0; container && steps < 200; steps++) {
      let jumped = false;
      for (const item of (container.content ?? []).slice(from) as InkNode[]) {
        if ('pushesToStack' in item) {
          // A divert. One that stays in the body, as the end of a conditional's branch rejoining the body's
          // next line does, is followed (or, when conditional, passed: its other way stays in the body too);
          // one that leaves it, calls a tunnel or a function, or goes where a variable says, hands over here.
          const divert = item as unknown as {
            pushesToStack: boolean;
            isConditional: boolean;
            hasVariableTarget: boolean;
            targetPointer: { container: InkNode | null; index: number };
          };
          if (divert.pushesToStack || divert.hasVariableTarget) return false;
          const target = divert.targetPointer;
          if (!within(target.container)) return false;
          if (divert.isConditional) continue;
          container = target.container;
          from = Math.max(0, target.index);
          jumped = true;
          break;
        }
        if (item.content !== undefined) return true; // a nested block (a conditional) of the body's own
        if ((item as { commandType?: number }).commandType === BEGIN_TAG) return true;
        const value = (item as { value?: unknown }).value;
        if (typeof value === 'string' && value.trim()) return true;
      }
      if (jumped) continue;
      // Out of this block: carry on in the one around it, if that is still the body.
      const parent: InkNode | null = container.parent ?? null;
      if (!within(parent)) return false;
      from = (parent.content ?? []).indexOf(container) + 1;
      container = parent;
    }
    return false;
  }

  /**
   * Run to the next choice point. `onBeat` is called after each line with its
   * tags, and may write variables back (`setVars`) before the story goes on.
   * After a choice, pass its `body`: each beat says whether it came from it.
   */
  continue(onBeat: (beat: Beat) => void, body: string | null = null): { choices: RunnerChoice[]; ended: boolean } {
    if (this.unbound !== null)
      this.guard(() => {
        throw this.unbound;
      });
    let ended = false;
    let owned = body !== null;
    let lines = 0;
    while (this.story.canContinue) {
      // A story that runs on without a choice or an end (a knot that diverts to itself) would hold the page for
      // ever: the game's own scenes run a few dozen lines between choices, a facilitator's own may not.
      if (++lines > LINES_WITHOUT_A_CHOICE)
        throw new StoryError(
          `the scene ran ${LINES_WITHOUT_A_CHOICE} lines without a choice or its end (a divert that loops back on itself?)`,
        );
      if (owned) owned = this.inBody(body!);
      const text = this.guard(() => this.story.Continue()) ?? '';
      this.check();
      let raw = this.story.currentTags ?? [];
      if (this.headerToSkip) {
        raw = raw.slice(this.headerToSkip);
        this.headerToSkip = 0;
      }
      const tags = parseAll(raw, () => `line "${text.trim().slice(0, 60)}"`);
      if (tags.some((t) => t.kind === 'end')) ended = true;
      let said: Extract<Tag, { kind: 'speaker' }> | undefined;
      for (const t of tags) if (t.kind === 'speaker') said = t;
      const line: Line = { text: typeset(text.trim()) };
      if (said) {
        line.speaker = said.speaker;
        line.mood = said.mood;
        if (said.recorded) line.recorded = true;
      }
      onBeat({ line, tags, owned });
    }
    const choices = this.currentChoices();
    if (!ended && choices.length === 0) {
      throw new StoryError('the story stopped without reaching the end of the scene (a dead end)');
    }
    return { choices, ended };
  }

  /** The choices open right now (after a load, without continuing). */
  currentChoices(): RunnerChoice[] {
    return this.story.currentChoices.map((c) => ({
      index: c.index,
      text: typeset(c.text.trim()),
      tags: parseAll(c.tags ?? [], () => `choice "${c.text.trim()}"`),
      body: c.targetPath?.toString() ?? '',
    }));
  }

  /** The live choices with every tag they carry: on the choice line and in the body. */
  choicesWithBodies(): RunnerChoice[] {
    return this.currentChoices().map((c) => ({ ...c, tags: [...c.tags, ...this.choiceBodyTags(c.index)] }));
  }

  /**
   * The tags a choice's body will emit when taken (its effects, its
   * intervention, its arc), read from the compiled story without playing it.
   * Tags inside conditional branches are all included. Used by the simulator's
   * strategies; the game itself applies tags as the lines play.
   */
  choiceBodyTags(index: number): Tag[] {
    const choice = this.story.currentChoices.find((c) => c.index === index);
    if (!choice?.targetPath) return [];
    // The compiled story never changes under the runner, so a body is walked once.
    const at = choice.targetPath.toString();
    let raw = this.bodyTags.get(at);
    if (!raw) this.bodyTags.set(at, (raw = this.bodyContent(choice.targetPath).tags));
    return raw.flatMap((t) => {
      const r = parseOnce(t);
      return r.ok ? [r.tag] : [];
    });
  }

  /** Each choice body's tags as written, by where the body starts (see `choiceBodyTags`). */
  private readonly bodyTags = new Map<string, readonly string[]>();

  /**
   * What a choice's body holds before the shared flow it joins: its tags and
   * whether it writes any text of its own. A body with neither only diverts
   * on, so the next line already belongs to the scene.
   */
  private bodyContent(path: Parameters<Story['ContentAtPath']>[0]): { tags: string[]; text: boolean } {
    const tags: string[] = [];
    let text = false;
    const seen = new Set<unknown>();
    const walk = (node: { content?: unknown[]; namedContent?: Map<string, unknown> } | null): void => {
      if (!node || seen.has(node)) return;
      seen.add(node);
      let inTag = false;
      let tag = '';
      for (const item of node.content ?? []) {
        const command = (item as { commandType?: number }).commandType;
        const value = (item as { value?: unknown }).value;
        if (command === BEGIN_TAG) {
          inTag = true;
          tag = '';
        } else if (command === END_TAG) {
          inTag = false;
          tags.push(tag);
        } else if (typeof value === 'string') {
          if (inTag) tag += value;
          else if (value.trim()) text = true;
        } else if ((item as { content?: unknown }).content !== undefined) {
          walk(item as never);
        }
      }
      for (const named of node.namedContent?.values() ?? []) {
        // Sub-containers of a choice body (conditionals), not the gathers it diverts to.
        if (!String((named as { name?: string }).name ?? '').startsWith('g-')) walk(named as never);
      }
    };
    const hit = this.story.ContentAtPath(path) as { container?: unknown; obj?: unknown };
    walk((hit.container ?? hit.obj) as never);
    return { tags, text };
  }

  choose(index: number): void {
    this.guard(() => this.story.ChooseChoiceIndex(index));
    this.check();
  }

  /** Anything the ink runtime throws is a StoryError: the game shows it, and never stops on it. */
  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      if (error instanceof StoryError) throw error;
      throw new StoryError(`the story could not go on (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  /**
   * Whether every choice this ink state offers can really be taken (a damaged state can list choices it cannot
   * follow): each is taken and played on to the next choice point or the end, since what the damage breaks (a
   * temporary variable a choice's thread no longer holds) may be read lines after the choice.
   */
  statePlays(json: string): boolean {
    try {
      this.loadState(json);
      const count = this.story.currentChoices.length;
      for (let i = 0; i < count; i++) {
        this.loadState(json);
        this.choose(this.story.currentChoices[i]!.index);
        for (let line = 0; line < STATE_PLAYS_LINES && this.story.canContinue; line++) {
          this.story.Continue();
          this.check();
        }
        this.check();
      }
      return true;
    } catch {
      return false;
    }
  }

  saveState(): string {
    return this.story.state.ToJson();
  }

  loadState(json: string): void {
    this.load(() => this.story.state.LoadJson(json));
  }

  /** Put ink in another state: what the engine had written into the one before no longer holds. */
  private load(into: () => void): void {
    this.written.clear();
    this.syncedWith = null;
    this.guard(into);
    this.check();
  }

  /**
   * The story's state and what the engine had written into it: a bookmark to come back to.
   * A bookmark never leaves memory, so it is a copy of ink's live state (`copyInk`), made the way ink
   * copies its own state between lines; where that state is not the plain one the game runs (another flow,
   * a background save), the object ink writes its save from. The explorer takes one at every choice
   * point: writing the state out and building it again was a fifth of its work.
   */
  bookmark(): RunnerBookmark {
    const copied = copyInk(this.story);
    let state: RunnerBookmark['state'];
    if (copied) state = copied;
    else {
      const writer = new SimpleJson.Writer();
      this.story.state.WriteJson(writer);
      // inkjs keeps what the writer built private; `toString()` is only JSON.stringify of it.
      const written = (writer as unknown as { _jsonObject: Record<string, unknown> | null })._jsonObject;
      if (!written) throw new StoryError('the story state could not be kept');
      state = written;
    }
    return { state, written: new Map(this.written), syncedWith: this.syncedWith };
  }

  /**
   * Where the story is, to read again as someone else (`readAs`): a bookmark, with the knot's header tags
   * still to be skipped when it is taken at a scene's opening.
   */
  mark(): RunnerMark {
    return { ...this.bookmark(), header: this.headerToSkip };
  }

  /**
   * The lines, with their tags, the story gives from `mark` to its next choice point with `vars` written over
   * what the engine wrote (a pair's other role, for what they would know there): only those outside the body of
   * the choice just taken (`body`), which tell what the chooser did. The story is left exactly where it was,
   * and a read that fails gives what it had read by then.
   */
  readAs(mark: RunnerMark, vars: InkVars, body: string | null): Beat[] {
    const here = this.mark();
    const errors = this.errors;
    this.errors = [];
    const lines: Beat[] = [];
    try {
      this.returnTo(mark);
      this.headerToSkip = mark.header;
      this.setVars(vars);
      this.continue((beat) => {
        if (!beat.owned && beat.line.text) lines.push(beat);
      }, body);
    } catch {
      // What could not be read is not said; the player's own story is untouched.
    } finally {
      this.returnTo(here);
      this.headerToSkip = here.header;
      this.errors = errors;
    }
    return lines;
  }

  /** Back to a bookmark; values the engine wrote then need not be written again. */
  returnTo(mark: RunnerBookmark): void {
    const { state } = mark;
    // Either way, the bookmark is left as it was, so one bookmark serves any number of returns.
    this.load(() =>
      state instanceof InkCopy ? pasteInk(this.story, state) : this.story.state.LoadJsonObj(state as object),
    );
    this.written = new Map(mark.written);
    this.syncedWith = mark.syncedWith;
  }
}

/**
 * The parts of inkjs 2.4's live story state that make up where a story is: private in its typings, so
 * named here (story.test.ts checks that a copy comes back as ink's own save and load would).
 */
interface InkChoice {
  Clone(): InkChoice;
  tags: string[] | null;
}
interface InkCallStack {
  constructor: new (toCopy: InkCallStack) => InkCallStack;
}
interface InkPointer {
  copy(): InkPointer;
}
interface InkLiveState {
  _currentFlow: { callStack: InkCallStack; outputStream: unknown[]; currentChoices: InkChoice[] };
  _namedFlows: unknown;
  _patch: unknown;
  _evaluationStack: unknown[];
  divertedPointer: InkPointer;
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  currentTurnIndex: number;
  storySeed: number;
  previousRandom: number;
  didSafeExit: boolean;
  variablesState: { _globalVariables: Map<string, unknown>; callStack: InkCallStack; patch: unknown };
  OutputStreamDirty(): void;
}

/** ink's state, copied: nothing in it is shared with the live story, which goes on changing its own. */
class InkCopy {
  constructor(
    readonly callStack: InkCallStack,
    readonly output: readonly unknown[],
    readonly choices: readonly InkChoice[],
    readonly evaluation: readonly unknown[],
    readonly diverted: InkPointer,
    readonly visits: ReadonlyMap<string, number>,
    readonly turns: ReadonlyMap<string, number>,
    readonly globals: ReadonlyMap<string, unknown>,
    readonly turn: number,
    readonly seed: number,
    readonly previousRandom: number,
    readonly safeExit: boolean,
  ) {}
}

/**
 * A choice as ink copies one: its thread is the one the story carries on in when it is taken, so each
 * copy has its own. (ink's `Clone` leaves out the choice's tags, which ink 2.4 keeps on it.)
 */
function copyChoice(choice: InkChoice): InkChoice {
  const copy = choice.Clone();
  copy.tags = choice.tags;
  return copy;
}

function liveState(story: Story): InkLiveState {
  return story.state as unknown as InkLiveState;
}

/**
 * The story's place, output, choices, variables, visit counts and randomness, copied as ink copies its
 * state between lines (`CopyAndStartPatching`) but sharing nothing with it; or null when the state is not
 * the plain kind this copies (more than one flow, or changes held aside while ink saves in the background).
 * The values ink keeps (numbers, text, diverts) are never changed in place, so they are shared.
 */
function copyInk(story: Story): InkCopy | null {
  const s = liveState(story);
  // An ink whose insides are not laid out as 2.4's (a later release) is saved and loaded, as ink itself would.
  if (!s._currentFlow?.callStack || !(s._visitCounts instanceof Map)) return null;
  if (!(s.variablesState._globalVariables instanceof Map)) return null;
  if (s._namedFlows !== null || s._patch !== null || s.variablesState.patch !== null) return null;
  const flow = s._currentFlow;
  return new InkCopy(
    new flow.callStack.constructor(flow.callStack),
    flow.outputStream.slice(),
    flow.currentChoices.map(copyChoice),
    s._evaluationStack.slice(),
    s.divertedPointer.copy(),
    new Map(s._visitCounts),
    new Map(s._turnIndices),
    new Map(s.variablesState._globalVariables),
    s.currentTurnIndex,
    s.storySeed,
    s.previousRandom,
    s.didSafeExit,
  );
}

/** Make the story's live state a copy of `copy` (which stays as it is, to be pasted again). */
function pasteInk(story: Story, copy: InkCopy): void {
  const s = liveState(story);
  const flow = s._currentFlow;
  flow.callStack = new copy.callStack.constructor(copy.callStack);
  flow.outputStream = copy.output.slice();
  flow.currentChoices = copy.choices.map(copyChoice);
  s.OutputStreamDirty();
  s._evaluationStack = copy.evaluation.slice();
  s.divertedPointer = copy.diverted.copy();
  s._visitCounts = new Map(copy.visits);
  s._turnIndices = new Map(copy.turns);
  s.currentTurnIndex = copy.turn;
  s.storySeed = copy.seed;
  s.previousRandom = copy.previousRandom;
  s.didSafeExit = copy.safeExit;
  s._patch = null;
  s.variablesState._globalVariables = new Map(copy.globals);
  s.variablesState.callStack = flow.callStack;
  s.variablesState.patch = null;
}

export interface RunnerMark extends RunnerBookmark {
  header: number;
}

export interface RunnerBookmark {
  /** ink's state copied, or (see `bookmark`) as the object `StoryState.WriteJson` builds. */
  state: InkCopy | Readonly<Record<string, unknown>>;
  written: ReadonlyMap<string, string | number | boolean>;
  syncedWith: unknown;
}
