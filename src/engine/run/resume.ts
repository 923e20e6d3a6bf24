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
 *   - a scene in progress whose story has changed (its knot renamed, a line or
 *     choice gone) starts again from its beginning, by replaying the run up to
 *     it; when that cannot be done (an older run that kept no inputs, or an
 *     earlier scene changed too), the scene is closed where it stood and the
 *     player carries on from the next one. Either way the player is told.
 */
import { plainQuotes } from '../rules/prose.ts';
import { RESUMABLE_STATES, SCREEN_OF, statePath } from './machine.ts';
import { type Input } from '../rules/types.ts';
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
   * The run replayed from its start to the opening of scene `scene`, or null
   * when the story no longer fits what the player did.
   */
  replayTo(
    source: {
      role: NonNullable<SaveParts['state']['role']>;
      seed: string;
      inputs: readonly Input[];
      pair?: boolean;
      weeks?: number;
    },
    scene: number,
  ): SaveParts | null;
}

export class ResumeError extends Error {}

export const SCENE_RESTARTS =
  'The scene you were in has changed since you saved, so it starts again from its beginning. Everything you decided before it is kept.';
export const SCENE_CLOSED =
  'The scene you were in has changed since you saved and could not be picked up where you left it. Everything you decided is kept; the scene is closed, and you carry on from the next one.';
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

  if (path === 'scene.playing') {
    const meta = state.plan[state.sceneIndex]!;
    const fits =
      story.hasKnot(meta.knot) &&
      offered !== null &&
      (state.sceneOver ||
        (offered.length > 0 &&
          plainQuotes(offered.join('\n')) === plainQuotes(state.choices.map((c) => c.text).join('\n'))));
    if (!fits) {
      const replayed =
        state.inputs && state.role && story.hasKnot(meta.knot)
          ? story.replayTo(
              {
                role: state.role,
                seed: state.seed,
                inputs: state.inputs,
                pair: state.run.pair !== undefined,
                ...(state.run.weeks ? { weeks: state.run.weeks } : {}),
              },
              state.sceneIndex,
            )
          : null;
      if (replayed) {
        // The run as it stood when the scene opened; who the run is, and what the player wrote, stay.
        parts = {
          ...replayed,
          state: {
            ...replayed.state,
            run: state.run,
            reflections: state.reflections,
            self: state.self,
          },
        };
        notices.push(SCENE_RESTARTS);
      } else {
        parts = closeScene(parts, story);
        notices.push(SCENE_CLOSED);
      }
    }
  }
  const notice = notices.join(' ');
  return notice ? { parts, notice } : { parts };
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
