/**
 * Stepping the story: what a scene's opening, a choice and an ending do to
 * the game state, line by line as ink plays them. Pure functions of the
 * state and the ink runner; the Game commits what they return.
 */
import { headline } from '../rules/meters.ts';
import {
  applyTags,
  beginScene,
  checkEarlyEnding,
  finishDecision,
  noteClue,
  nodAlong,
  rightAndWrong,
  showDialogue,
  startDecision,
  unknownTermsIn,
  type ChoiceView,
  type GameState,
  type Line,
  type UnknownTerm,
} from '../rules/rules.ts';
import { arcStage, endingKnot, isOpen } from '../rules/quarter.ts';
import { settleEnding } from '../rules/weekly.ts';
import { CHARACTERS } from '../rules/characters.ts';
import { termsIn } from '../rules/glossary.ts';
import { ARCS } from '../rules/types.ts';
import { StoryError, type InkVars, type StoryRunner, type RunnerChoice } from './story.ts';

/** The story as the stepping functions need it: the runner, and the `knows_<term>` variables it reads. */
export interface Story {
  runner: StoryRunner;
  knowsRead: readonly (readonly [string, string])[];
}

/** A state after the story has run to its next choice point, with the choices ink offers there. */
export interface StoryStep {
  state: GameState;
  choices: RunnerChoice[];
}

/** Tag kinds that can change a variable the story reads. */
const MOVES_VARS: ReadonlySet<string> = new Set(['effect', 'intervene', 'arc', 'build', 'jargon']);

/** Everything the story may read: the engine's side of `common.ink`. */
export function inkVars(story: Story, state: GameState): InkVars {
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
  if (story.knowsRead.length) {
    const known = new Set(state.known);
    for (const [id, name] of story.knowsRead) vars[name] = known.has(id);
  }
  return vars;
}

/**
 * Run the story to its next choice point, applying tags as lines go by.
 * After a choice, its body's lines belong to its decision; once the story
 * leaves the body (a gather or a shared stitch), what follows is the
 * scene's own, whoever chose what.
 */
function runToChoice(story: Story, state: GameState, decision: number | null, body: string | null): StoryStep {
  const lines: Line[] = [];
  const marked: UnknownTerm[] = [];
  const found: UnknownTerm[] = [];
  let next = state;
  const { choices, ended } = story.runner.continue(({ line, tags, owned }) => {
    if (line.text) lines.push(line);
    next = applyTags(next, tags, owned ? decision : null, line.text || undefined);
    const speaker = line.speaker && line.speaker !== 'you' ? line.speaker : null;
    for (const t of tags) {
      if (t.kind === 'clue') next = noteClue(next, t.level, speaker, line.text);
      if (t.kind === 'term') marked.push({ term: t.term, speaker, line: line.text });
    }
    if (line.speaker !== 'you') for (const term of termsIn(line.text)) found.push({ term, speaker, line: line.text });
    // Only tags that move what the story reads (meters, hours, trust, arcs, buildings) need the variables again.
    return tags.some((t) => MOVES_VARS.has(t.kind)) ? inkVars(story, next) : undefined;
  }, body);
  const views = choices.map((c) => {
    const view: ChoiceView = {
      index: c.index,
      text: c.text,
      hours: c.tags.reduce(
        (sum, t) =>
          sum + (t.kind === 'effect' && t.effect.kind === 'hours' && t.effect.delta < 0 ? -t.effect.delta : 0),
        0,
      ),
    };
    const authority = c.tags.find((t) => t.kind === 'authority');
    if (authority?.kind === 'authority') view.authority = authority.authority;
    return view;
  });
  next = { ...next, unknown: ended ? [] : unknownTermsIn(next, [...marked, ...found]) };
  return { state: showDialogue(next, lines, views, ended), choices };
}

/** Open the scene the state's plan is at, and play it to its first choice. */
export function playScene(story: Story, from: GameState): StoryStep {
  const state = beginScene(from, from.sceneIndex);
  story.runner.setVars(inkVars(story, state));
  story.runner.begin(state.plan[state.sceneIndex]!.knot);
  const step = runToChoice(story, state, null, null);
  return { state: checkEarlyEnding(step.state), choices: step.choices };
}

/** Take choice `index` of those on offer, and play on to the next choice or the scene's end. */
export function playChoice(story: Story, from: GameState, offered: readonly RunnerChoice[], index: number): StoryStep {
  const choice = offered.find((c) => c.index === index);
  if (!choice) throw new StoryError(`there is no choice ${index} here`);
  const opened = startDecision(from, choice.text);
  const nodded = opened.state.unknown.length ? nodAlong(opened.state) : opened.state;
  const state = applyTags(nodded, choice.tags, opened.id);
  story.runner.setVars(inkVars(story, state));
  story.runner.choose(index);
  const step = runToChoice(story, state, opened.id, choice.body);
  return { state: checkEarlyEnding(finishDecision(step.state, opened.id)), choices: step.choices };
}

/** Play the ending's text (it has no choices). */
export function playEnding(story: Story, from: GameState): GameState {
  const state = settleEnding(from);
  story.runner.setVars(inkVars(story, state));
  story.runner.begin(endingKnot(state.ending!));
  const lines: Line[] = [];
  story.runner.continue(({ line }) => {
    if (line.text) lines.push(line);
  });
  return { ...state, screen: 'ending', lines, choices: [], unknown: [], speaker: null };
}
