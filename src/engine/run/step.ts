/**
 * Stepping the story: what a scene's opening, a choice and an ending do to
 * the game state, line by line as ink plays them. Pure functions of the
 * state and the ink runner; the Game commits what they return.
 */
import { headline, START_METERS } from '../rules/meters.ts';
import {
  applyTags,
  askInStory,
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
import { arcStage, endingKnot, isOpen, weeksOf } from '../rules/quarter.ts';
import { settleEnding } from '../rules/weekly.ts';
import { CHARACTERS } from '../rules/characters.ts';
import { knownAtStart, termsIn } from '../rules/glossary.ts';
import { ARCS, type Role } from '../rules/types.ts';
import { shuffledBy } from '../rules/random.ts';
import { StoryError, type InkVars, type StoryRunner, type RunnerChoice, type RunnerMark } from './story.ts';

/** The story as the stepping functions need it: the runner, and the `knows_<term>` variables it reads. */
export interface Story {
  runner: StoryRunner;
  knowsRead: readonly (readonly [string, string])[];
  /** Whether a pair's run reads the partner's part (`partnerAside`); a replay that only counts goes without. */
  asides?: boolean;
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
  const vars: InkVars = {};
  for (const group of VAR_GROUPS) group.write(story, state, vars);
  return vars;
}

/**
 * The variables the story reads, in groups by the part of the state they come
 * from. The state is immutable, so a group whose parts are the same objects
 * as last time holds the same values, and need not be worked out or written again.
 */
interface VarGroup {
  same(a: GameState, b: GameState): boolean;
  write(story: Story, state: GameState, into: InkVars): void;
}

/** Each character's `open_<id>` variable. */
const OPEN_VARS: readonly (readonly [string, string])[] = CHARACTERS.map((c) => [c.id, `open_${c.id}`]);

const VAR_GROUPS: readonly VarGroup[] = [
  {
    same: (a, b) => a.role === b.role && a.hours === b.hours && a.pressing === b.pressing,
    write: (_, s, v) => {
      v.role = s.role ?? 'clinician';
      v.hours = s.hours;
      v.pressing = s.pressing;
    },
  },
  {
    same: (a, b) => a.meters === b.meters && a.role === b.role,
    write: (_, s, v) => {
      Object.assign(v, headline(s.meters));
      v.care_moved = s.meters.care - START_METERS[s.role ?? 'clinician'].care;
      v.wellbeing = s.meters.wellbeing;
      v.trust_clinicians = s.meters.trust.clinicians;
      v.trust_leaders = s.meters.trust.leaders;
      v.trust_executives = s.meters.trust.executives;
    },
  },
  {
    same: (a, b) => a.week === b.week && a.arcs === b.arcs && a.run === b.run,
    write: (_, s, v) => {
      v.week = s.week;
      v.weeks = weeksOf(s.run);
      for (const a of ARCS) v[`arc_${a}`] = arcStage(a, s.arcs, s.week, weeksOf(s.run));
    },
  },
  {
    same: (a, b) => a.plan === b.plan && a.sceneIndex === b.sceneIndex,
    write: (_, s, v) => {
      v.here = s.plan[s.sceneIndex]?.here ?? true;
    },
  },
  {
    same: (a, b) => a.structures === b.structures,
    write: (_, s, v) => {
      v.colocated = s.structures.includes('colocate');
      v.kitchen = s.structures.includes('kitchen');
      v.walkrounds = s.structures.includes('walkrounds');
    },
  },
  {
    same: (a, b) => a.interventions === b.interventions,
    write: (_, s, v) => {
      const { right, wrong, addressed } = rightAndWrong(s);
      v.right_moves = right;
      v.wrong_moves = wrong;
      v.addressed = addressed;
    },
  },
  {
    same: (a, b) => a.role === b.role && a.people === b.people,
    write: (_, s, v) => {
      const role = s.role ?? 'clinician';
      for (const [id, name] of OPEN_VARS) v[name] = isOpen(role, id, s.people[id] ?? 0);
    },
  },
  {
    same: (a, b) => a.known === b.known,
    write: (story, s, v) => {
      if (!story.knowsRead.length) return;
      const known = new Set(s.known);
      for (const [id, name] of story.knowsRead) v[name] = known.has(id);
    },
  },
];

/**
 * Bring the story's variables up to date with `state`, working out and
 * writing only the groups that changed since the state the runner's
 * variables last came from (all of them after a reset or a load).
 */
export function syncVars(story: Story, state: GameState): void {
  const before = story.runner.syncedWith as GameState | null;
  if (before === state) return;
  const vars: InkVars = {};
  for (const group of VAR_GROUPS) if (!before || !group.same(before, state)) group.write(story, state, vars);
  story.runner.setVars(vars, state);
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
  // A pair's run: where the story was, to read again as the partner's role (see `partnerAside`).
  const mark = state.run.pair && story.asides !== false ? story.runner.mark() : null;
  const { choices, ended } = story.runner.continue(({ line, tags, owned }) => {
    if (line.text) lines.push(line);
    next = applyTags(next, tags, owned ? decision : null, line.text || undefined);
    const speaker = line.speaker && line.speaker !== 'you' ? line.speaker : null;
    // Words from a recording are still the speaker's clue, but there is nobody there to ask about them.
    const askable = line.recorded ? null : speaker;
    for (const t of tags) {
      if (t.kind === 'clue') next = noteClue(next, t.level, speaker, line.text);
      if (t.kind === 'term') marked.push({ term: t.term, speaker: askable, line: line.text });
    }
    if (line.speaker !== 'you')
      for (const term of termsIn(line.text)) found.push({ term, speaker: askable, line: line.text });
    // Only tags that move what the story reads (meters, hours, trust, arcs, buildings) need the variables again.
    if (tags.some((t) => MOVES_VARS.has(t.kind))) syncVars(story, next);
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
  // A word a choice on offer asks about is asked by taking that choice.
  const asked = new Set(choices.flatMap((c) => c.tags.flatMap((t) => (t.kind === 'asks' ? [t.term] : []))));
  const nodded = new Set(choices.flatMap((c) => c.tags.flatMap((t) => (t.kind === 'nods' ? [t.term] : []))));
  const unknown = ended ? [] : unknownTermsIn(next, [...marked, ...found]);
  next = {
    ...next,
    unknown:
      asked.size || nodded.size
        ? unknown.map((u) => ({
            ...u,
            ...(asked.has(u.term) ? { choice: true } : {}),
            ...(nodded.has(u.term) ? { nodChoice: true } : {}),
          }))
        : unknown,
  };
  // Options are shown in an order drawn from the quarter code, the scene and the decision, not in the
  // order they were written: writers tend to put the kinder option first, and a player who always took
  // the top one did well without reading. Everyone on the same code sees the same order.
  const shown = shuffledBy(views, `${next.seed}|${next.plan[next.sceneIndex]?.knot ?? ''}|${next.decisions.length}`);
  const shownState = showDialogue(next, lines, shown, ended);
  if (!mark || !state.run.pair) return { state: shownState, choices };
  return { state: { ...shownState, aside: partnerAside(story, state, mark, state.run.pair, body, lines) }, choices };
}

/**
 * What the partner in a pair's run knows here that the story, told to the lead, did not say: the lines the
 * writer marked `# aside` that the same stretch of story gives when read as the partner's role, and that the
 * lead did not read. Read with the partner's own words known (their role's, and those the two have learned in
 * the run), and with the story as it stands (what the lead did, who trusts them). Lines from the body of the
 * choice just taken are left out: they tell what the lead did, not what the partner knows. A writer can give the
 * partner a line no one else reads by putting it under `as_partner`, which is true only in this read.
 */
function partnerAside(
  story: Story,
  state: GameState,
  mark: RunnerMark,
  partner: Role,
  body: string | null,
  read: readonly Line[],
): Line[] {
  const seen = new Set(read.map((l) => l.text));
  const lead = new Set(knownAtStart(state.role ?? 'clinician'));
  const theirs = new Set([...knownAtStart(partner), ...state.known.filter((t) => !lead.has(t))]);
  // `as_partner` is true only in this read: lines a writer put under it are for the partner's box alone.
  const vars: InkVars = { role: partner, as_partner: true };
  for (const [id, name] of story.knowsRead) vars[name] = theirs.has(id);
  return story.runner
    .readAs(mark, vars, body)
    .filter((b) => b.tags.some((t) => t.kind === 'aside') && b.line.speaker !== 'you' && !seen.has(b.line.text))
    .map((b) => b.line);
}

/** Open the scene the state's plan is at, and play it to its first choice. */
export function playScene(story: Story, from: GameState): StoryStep {
  const state = beginScene(from, from.sceneIndex);
  syncVars(story, state);
  story.runner.begin(state.plan[state.sceneIndex]!.knot);
  const step = runToChoice(story, state, null, null);
  return { state: checkEarlyEnding(step.state), choices: step.choices };
}

/** Take choice `index` of those on offer, and play on to the next choice or the scene's end. */
export function playChoice(
  story: Story,
  from: GameState,
  offered: readonly RunnerChoice[],
  index: number,
  votes?: readonly number[],
  proposals?: readonly [number, number],
): StoryStep {
  const choice = offered.find((c) => c.index === index);
  if (!choice) throw new StoryError(`there is no choice ${index} here`);
  // A room's vote (a projector play-through) is kept with the decision, option by option as shown.
  const tally = votes ? from.choices.map((c, i) => ({ text: c.text, hands: votes[i] ?? 0 })) : undefined;
  const proposed = proposals
    ? {
        lead: from.choices[proposals[0]]?.text ?? '',
        partner: from.choices[proposals[1]]?.text ?? '',
        ...(from.aside?.length ? { partnerTold: from.aside.map((l) => l.text) } : {}),
      }
    : undefined;
  // The lines this choice answered, and the choice, are kept for "Earlier in this scene".
  const kept = { ...from, earlier: [...(from.earlier ?? []), { lines: from.lines, chose: choice.text }] };
  const opened = startDecision(kept, choice.text, tally, proposed, choice.body || undefined);
  // A choice that asks what a word means learns it; only the words left unknown are nodded at.
  const asked = choice.tags.reduce((s, t) => (t.kind === 'asks' ? askInStory(s, t.term) : s), opened.state);
  const owned = new Set(choice.tags.flatMap((t) => (t.kind === 'nods' ? [t.term] : [])));
  const nodded = asked.unknown.length ? nodAlong(asked, owned) : asked;
  const state = applyTags(nodded, choice.tags, opened.id);
  syncVars(story, state);
  story.runner.choose(index);
  const step = runToChoice(story, state, opened.id, choice.body);
  return { state: checkEarlyEnding(finishDecision(step.state, opened.id)), choices: step.choices };
}

/** Play the ending's text (it has no choices). */
export function playEnding(story: Story, from: GameState): GameState {
  const state = settleEnding(from);
  syncVars(story, state);
  story.runner.begin(endingKnot(state.ending!));
  const lines: Line[] = [];
  story.runner.continue(({ line }) => {
    if (line.text) lines.push(line);
  });
  return { ...state, screen: 'ending', lines, choices: [], unknown: [], speaker: null };
}
