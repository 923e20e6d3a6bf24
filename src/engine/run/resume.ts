/**
 * Fitting a save to the story as it is now. A save is validated by its
 * schema (save.ts); this checks it against the story the game is playing and
 * repairs what a content update can break, so that resuming never leaves a
 * game that loads "fine" and then does not respond:
 *
 *   - where the player is comes from the machine: the game state's screen is
 *     set from it, whatever the save said;
 *   - a scene index past the week's plan is refused with a plain reason;
 *   - scenes still to come that the story no longer has are dropped;
 *   - a quarter still being played (a scene, its end, the week's summary or
 *     the plan), saved on another story than this one (or on a story the save
 *     does not name), is checked by replaying the run's inputs on this story:
 *     when the replay stands where the save did, every decision in the same
 *     words, the game goes on from the replay. So the choices on offer read as
 *     the story now words them (a save's own ink state keeps the wording it was
 *     saved with), and what the story has learned to remember since is
 *     counted (a save's ink state starts a variable added later at its first
 *     value). The player is told when what they see has changed;
 *   - otherwise, a scene whose story no longer fits the save (its knot renamed,
 *     a line or choice gone) starts again from its beginning, by replaying the
 *     run up to it; when that cannot be done (an older run that kept no inputs,
 *     or an earlier scene changed too), the scene is closed where it stood and
 *     the player carries on from the next one. Either way the player is told.
 */
import { hoursText, TARGET_LABEL } from '../rules/prose.ts';
import { sameChoice } from './legacy-choices.ts';
import { readTarget } from '../rules/meters.ts';
import { RESUMABLE_STATES, SCREEN_OF, statePath } from './machine.ts';
import { METER_TARGETS, type Input, type MeterTarget } from '../rules/types.ts';
import type { ReplaySource } from './replay.ts';
import type { SaveFile } from './save.ts';

export type SaveParts = Omit<SaveFile, 'format' | 'version' | 'savedAt'>;

/** What the story can tell about a save: which knots it has, and whether an ink state still fits. */
export interface StoryProbe {
  hasKnot(knot: string): boolean;
  /** The texts of the choices an ink state offers in this story, or null when it cannot be loaded. */
  choicesOf(ink: string): string[] | null;
  /** The story's variables in an ink state's JSON (what a scene remembers). */
  variablesOf(ink: string): Record<string, string | number | boolean>;
  /**
   * The run replayed from its start to the opening of scene `scene` (or through
   * all its inputs, for `'end'`), or null when the story no longer fits what the
   * player did.
   */
  replayTo(source: ReplaySource & { inputs: readonly Input[] }, scene: number | 'end'): SaveParts | null;
  /** The story's fingerprint (`storyPrint`): a save written on it needs no replay to be trusted. */
  print: number;
}

export class ResumeError extends Error {}

export const SCENE_RESTARTS =
  'The scene you were in has changed since you saved, so it starts again from its beginning. Everything you decided before it is kept.';
export const SCENE_CLOSED =
  'The scene you were in has changed since you saved and could not be picked up where you left it. Everything you decided is kept; the scene is closed, and you carry on from the next one.';
export const SCENE_UPDATED =
  'The story has been updated since you saved. You carry on where you left off, in the scene as it now reads; everything you decided is kept.';
export const SCENE_REBUILT =
  'Part of your save could not be read, so the scene you were in was rebuilt from what you decided. You carry on where you left off.';
export const GAME_UPDATED = 'The game has been updated since you saved.';
export const FIGURES_RECOUNTED = 'What you decided has been counted again by the rules as they are now:';
export const SCENES_DROPPED = 'Some of this week’s scenes are no longer in the story; the week goes on without them.';

/** Fit a validated save to the story; throws ResumeError with a plain reason when it cannot be resumed at all. */
export function fitSave(
  save: SaveParts & { notice?: string },
  story: StoryProbe,
): { parts: SaveParts; notice?: string } {
  const path = statePath(save.machine.value as string | Record<string, string>);
  const screen = (RESUMABLE_STATES as readonly string[]).includes(path) ? SCREEN_OF[path] : undefined;
  if (!screen) throw new ResumeError(`it points to a place in the game that does not exist ("${path}")`);
  let state = { ...save.state, screen };
  const notices: string[] = save.notice ? [save.notice] : [];
  const inScene = path === 'scene.playing' || path === 'scene.summary';

  if (inScene && state.sceneIndex >= state.plan.length) {
    throw new ResumeError('it points to a scene past the end of its week');
  }
  if (!inScene && state.plan.length && state.sceneIndex > state.plan.length - 1) {
    state = { ...state, sceneIndex: state.plan.length - 1 };
  }
  // Scenes still to come this week that the story no longer has.
  const ahead = state.plan.slice(state.sceneIndex + 1);
  const kept = ahead.filter((m) => story.hasKnot(m.knot));
  if (kept.length < ahead.length) {
    state = { ...state, plan: [...state.plan.slice(0, state.sceneIndex + 1), ...kept] };
    notices.push(SCENES_DROPPED);
  }
  let parts: SaveParts = { ...save, state };
  const offered = save.ink ? story.choicesOf(save.ink) : null;
  // An ink state this story cannot load: outside a scene, only its variables (what scenes remember) matter.
  if (save.ink && offered === null && path !== 'scene.playing') {
    parts = { ...parts, ink: '', inkVars: { ...(parts.inkVars ?? {}), ...story.variablesOf(save.ink) } };
  }

  // Who played and what they did; the run says whether a pair played it, and how many weeks (see ReplaySource).
  // Its decisions' words too: a choice the story has moved since is found again by them.
  const source =
    state.inputs && state.role
      ? { role: state.role, seed: state.seed, inputs: state.inputs, run: state.run, decisions: state.decisions }
      : null;
  const changed = save.story !== story.print;
  const meta = path === 'scene.playing' ? state.plan[state.sceneIndex]! : null;
  const fits =
    !meta ||
    (story.hasKnot(meta.knot) &&
      offered !== null &&
      (state.sceneOver || (offered.length > 0 && sameTexts(offered, inkOrder(state.choices)))));
  // A save from another story (or one that does not say) is checked by playing the run again on this
  // story: its own ink state carries the choices as they were worded then, and none of what the story
  // has learned to remember since (a variable added later starts at its first value).
  const replay = source && (path === 'scene.playing' ? !fits || changed : changed && PLAYED_ON.includes(path));
  const now = replay ? story.replayTo(source, 'end') : null;
  if (now && samePlace(now, parts, path)) {
    parts = fromReplay(now, state);
    if (!changed && !fits) notices.push(SCENE_REBUILT);
    else if (!fits || !sameTexts(textsOf(now), textsOf(save))) notices.push(SCENE_UPDATED);
    const moved = figuresMoved(save.state, now.state);
    // Said once: after "The story has been updated…", the figures need no second "updated".
    const lead = notices.includes(SCENE_UPDATED) ? '' : `${GAME_UPDATED} `;
    if (moved.length) {
      const why = whyMoved(save.state, now.state);
      notices.push(`${lead}${FIGURES_RECOUNTED} ${moved.join('; ')}.${why ? ` ${why}` : ''}`);
    }
  } else if (!fits && meta) {
    const opening = source && story.hasKnot(meta.knot) ? story.replayTo(source, state.sceneIndex) : null;
    if (opening && sameDecisions(opening.state.decisions, state.decisions.slice(0, opening.state.decisions.length))) {
      parts = fromReplay(opening, state);
      notices.push(SCENE_RESTARTS);
    } else {
      parts = closeScene(parts, story);
      notices.push(SCENE_CLOSED);
    }
  }
  const notice = notices.join(' ');
  return notice ? { parts, notice } : { parts };
}

const sameTexts = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((text, i) => sameChoice(text, b[i]!));

/** The choices' texts in the story's own order (the screen shows them in a drawn order; saves before it, in this one). */
export const inkOrder = (choices: readonly { index: number; text: string }[]): string[] =>
  [...choices].sort((a, b) => a.index - b.index).map((c) => c.text);

const textsOf = (parts: SaveParts): string[] => inkOrder(parts.state.choices);

const sameDecisions = (a: readonly { text: string }[], b: readonly { text: string }[]): boolean =>
  sameTexts(
    a.map((d) => d.text),
    b.map((d) => d.text),
  );

/**
 * The figures a resumed save can show moved: each meter a change can move (Trust by its groups), then the
 * hours. Staff wellbeing stays hidden until the debrief, here too.
 */
const FIGURES: readonly MeterTarget[] = METER_TARGETS.filter((t) => t !== 'trust' && t !== 'wellbeing');

/** Each figure a replay puts somewhere else than the save had it, as "Hours left this week 9 h → 7 h". */
function figuresMoved(saved: SaveParts['state'], replayed: SaveParts['state']): string[] {
  const moved = FIGURES.flatMap((target) => {
    const [from, to] = [readTarget(saved.meters, target), readTarget(replayed.meters, target)];
    return from === to ? [] : [`${TARGET_LABEL[target]} ${from} → ${to}`];
  });
  if (saved.hours !== replayed.hours)
    moved.push(`Hours left this week ${hoursText(saved.hours)} → ${hoursText(replayed.hours)}`);
  return moved;
}

/** What each decision did, net, target by target ("trust.clinicians" or "person:okafor"), as one comparable text. */
function doneBy(changes: SaveParts['state']['changes']): Map<number, string> {
  const sums = new Map<number, Map<string, number>>();
  for (const c of changes) {
    if (c.decision === null) continue;
    const byTarget = sums.get(c.decision) ?? new Map<string, number>();
    const key = c.target === 'person' ? `person:${c.person ?? ''}` : c.target;
    byTarget.set(key, (byTarget.get(key) ?? 0) + c.delta);
    sums.set(c.decision, byTarget);
  }
  return new Map(
    [...sums].map(([id, byTarget]) => [
      id,
      [...byTarget]
        .filter(([, delta]) => delta !== 0)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([target, delta]) => `${target}${delta}`)
        .join(' '),
    ]),
  );
}

/**
 * Why a recount moved the figures, named by the first decision the rules now count differently: a change
 * asked for again (counted once since rules edition 5), or the decision whose effects changed. Null when no
 * decision's own count moved (the week's own events did).
 */
function whyMoved(saved: SaveParts['state'], replayed: SaveParts['state']): string | null {
  const [was, now] = [doneBy(saved.changes), doneBy(replayed.changes)];
  // The rule that counts a repeat once is named wherever it first applies, and a decision whose own effects
  // the story has changed since is named too when it came first: the story and the rules can both have moved.
  let rule: string | null = null;
  let changed: string | null = null;
  for (const [i, d] of replayed.decisions.entries()) {
    const before = saved.decisions[i];
    if (!before) break;
    const first = d.repeats === undefined ? undefined : replayed.decisions.find((x) => x.id === d.repeats);
    if (first && before.repeats === undefined) {
      rule = `A change you ask for twice is now made, and counted, only once: in week ${d.week}, “${d.text}” ${d.text === first.text ? `asked again for what you had asked for in week ${first.week}` : `followed up the change you made in week ${first.week} (“${first.text}”)`}.`;
      break;
    }
    if (changed === null && ((was.get(before.id) ?? '') !== (now.get(d.id) ?? '') || before.intervene !== d.intervene))
      changed = `The first decision counted differently is “${d.text}”, in week ${d.week}.`;
  }
  return [changed, rule].filter((x) => x !== null).join(' ') || null;
}

/** Where a quarter is still being played: a save there is checked against a changed story by a replay. */
const PLAYED_ON = ['scene.playing', 'scene.summary', 'week', 'plan'];

/**
 * Whether a replay stands where the save did: the same place in the same scene of the same week,
 * every decision the same words (so each logged choice still picked what the player picked).
 */
function samePlace(replayed: SaveParts, saved: SaveParts, path: string): boolean {
  const [r, s] = [replayed.state, saved.state];
  return (
    statePath(replayed.machine.value as string | Record<string, string>) === path &&
    r.week === s.week &&
    r.sceneIndex === s.sceneIndex &&
    r.plan[r.sceneIndex]?.knot === s.plan[s.sceneIndex]?.knot &&
    r.sceneOver === s.sceneOver &&
    sameDecisions(r.decisions, s.decisions)
  );
}

/** A replay of the run, kept as the player's own: who the run is, and what they wrote, stay. */
function fromReplay(replayed: SaveParts, saved: SaveParts['state']): SaveParts {
  return {
    ...replayed,
    state: { ...replayed.state, run: saved.run, reflections: saved.reflections, self: saved.self },
  };
}

/** Close the scene in progress where it stood: the decisions are kept, the story carries only its variables. */
function closeScene(parts: SaveParts, story: StoryProbe): SaveParts {
  const inkVars = { ...(parts.inkVars ?? {}), ...(parts.ink ? story.variablesOf(parts.ink) : {}) };
  return {
    ...parts,
    machine: { ...parts.machine, value: { scene: 'summary' } },
    ink: '',
    inkVars,
    state: { ...parts.state, screen: 'summary', sceneOver: true, choices: [], unknown: [] },
  };
}
