/**
 * The story check's player: plays one scene's knot many times in both roles,
 * under every hidden level, first-hand and second-hand, with people open and
 * guarded at random, and reports what a writer needs (dead ends, story
 * errors, single-option choice points, a change asked for by a group that
 * costs them or comes before their ask, clues, interventions, words a play).
 * Pure: the command-line check (`src/tools/ink-check.ts`), the story tests and
 * the facilitator's own-scene page in the browser all use it.
 */
import type { StoryRunner } from '../run/story.ts';
import { CHARACTERS, characterById } from '../rules/characters.ts';
import { knownAtStart, knowsVar, termsIn, TERMS } from '../rules/glossary.ts';
import { FLAGGED_PER_SCENE } from '../rules/rules.ts';
import {
  ARCS,
  AUTHORITY,
  LEVELS,
  ROLES,
  WEEKS,
  WORKSHOP_WEEKS,
  type Authority,
  type Role,
  type Tag,
  type TrustGroup,
} from '../rules/types.ts';
import { wordCount } from './explore.ts';
import { otherRole } from '../rules/quarter.ts';
import { fnv, seededRandom as rng } from '../rules/random.ts';

/** Find the `# tags` in ink source, with their line numbers; comments are skipped. */
export function tagsInSource(source: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  let inBlockComment = false;
  source.split('\n').forEach((raw, i) => {
    let line = '';
    for (let c = 0; c < raw.length; c++) {
      if (inBlockComment) {
        if (raw.startsWith('*/', c)) {
          inBlockComment = false;
          c++;
        }
        continue;
      }
      if (raw.startsWith('/*', c)) {
        inBlockComment = true;
        c++;
        continue;
      }
      if (raw.startsWith('//', c)) break;
      line += raw[c];
    }
    if (/^\s*TODO\b/.test(line)) return;
    for (let c = 0; c < line.length; c++) {
      if (line[c] === '\\') {
        c++;
        continue;
      }
      if (line[c] !== '#') continue;
      let end = c + 1;
      while (
        end < line.length &&
        line[end] !== '#' &&
        line[end] !== ']' &&
        !(line[end] === '\\' && line[end + 1] === '#')
      )
        end++;
      found.push({ line: i + 1, text: line.slice(c + 1, end).trim() });
      c = end - 1;
    }
  });
  return found;
}

/** The knots an ink file declares (not its functions), with their lines. */
export function knotsOf(source: string): { knot: string; line: number }[] {
  const found: { knot: string; line: number }[] = [];
  source.split('\n').forEach((text, i) => {
    const m = /^\s*={2,}\s*(function\s+)?(\w+)/.exec(text);
    if (m && !m[1]) found.push({ knot: m[2]!, line: i + 1 });
  });
  return found;
}

/** A message from ink's compiler, read: its kind, the file it names (null: the main file), the line and the words. */
export interface CompilerMessage {
  kind: 'ERROR' | 'WARNING' | 'TODO';
  file: string | null;
  line: number;
  text: string;
}

/** Null for a message not in the compiler's usual form (said as it is, as an error). */
export function readCompilerMessage(message: string): CompilerMessage | null {
  const m = /^(ERROR|WARNING|TODO): (?:'([^']+)' )?line (\d+): (.*)$/s.exec(message);
  return m
    ? { kind: m[1] as CompilerMessage['kind'], file: m[2] ?? null, line: Number(m[3]), text: m[4]!.trim() }
    : null;
}

export const RUNS = 400;
/** Plays that fail before the check stops playing a scene: enough for both roles under every level. */
const FAILED_PLAYS_ENOUGH = 24;

export interface KnotReport {
  knot: string;
  title: string;
  problems: string[];
  words: { clinician: number; manager: number; both: number };
  decisions: { min: number; max: number };
  clues: Record<string, string[]>;
  interventions: string[];
  arcs: string[];
  builds: string[];
  jargonChoices: number;
  terms: string[];
  /** Per role: moves only that role's authority allows, and how many plays offered none. */
  authority: Record<Role, { kinds: Authority[]; playsWithout: number; plays: number }>;
  /** Per role: lines only that role is ever shown, and how many plays showed none of them. */
  ownLines: Record<Role, { count: number; playsWithout: number }>;
  /** Per role: words read in one play (lines and choices), mean and most. */
  playWords: Record<Role, { mean: number; max: number }>;
  /** Per role: the most words flagged as unknown in one play (after the per-scene cap). */
  flagged: Record<Role, { max: number; terms: string[] }>;
}

/**
 * A change tagged as asked for by a group (`# intervene … asked <group>`) is spared that group's trust when it
 * misses, so the same choice must not take that group's trust itself: one person's view is not their group's
 * ask when the group minds the change. Null when the choice is consistent.
 */
export function askedAgainstItself(text: string, tags: readonly Tag[]): string | null {
  const asked = tags.find((t) => t.kind === 'intervene')?.asked;
  if (!asked) return null;
  for (const t of tags) {
    if (t.kind !== 'effect') continue;
    const e = t.effect.kind === 'later' ? t.effect.effect : t.effect;
    if (e.kind === 'meter' && e.delta < 0 && (e.target === 'trust' || e.target === `trust.${asked}`))
      return `"${text}" is tagged as asked for by ${asked} but takes their trust (${e.target} ${e.delta})`;
    if (e.kind === 'person' && e.delta < 0 && characterById(e.id)?.group === asked)
      return `"${text}" is tagged as asked for by ${asked} but takes the trust of ${e.id}, one of them (${e.delta})`;
  }
  return null;
}

/**
 * A change tagged as asked for by a group must be offered only after a line that shows that group asking
 * for it (`# request <group>`) on the same path: otherwise the debrief spares a group the player never
 * heard ask. `heard` holds the groups whose ask has been shown so far in this play of the scene. Null when
 * the ask was heard, or the choice is not tagged as asked for.
 */
export function askedUnheard(text: string, tags: readonly Tag[], heard: ReadonlySet<TrustGroup>): string | null {
  const asked = tags.find((t) => t.kind === 'intervene')?.asked;
  if (!asked || heard.has(asked)) return null;
  return `"${text}" is tagged as asked for by ${asked}, but no line before it on this path shows them asking (tag the line that does "request ${asked}")`;
}

/** A draw in [0, 1) fixed by the scene, the play and what is drawn for (a seed made from words, as elsewhere). */
const chance = (knot: string, run: number, name: string): number => rng(fnv(`${knot} ${run} ${name}`))();

export function checkKnot(runner: StoryRunner, knot: string, runs = RUNS): KnotReport {
  const meta = runner.sceneMeta(knot);
  const problems = new Set<string>();
  const lines: Record<string, Set<string>> = { clinician: new Set(), manager: new Set() };
  const clues: Record<string, Set<string>> = Object.fromEntries(LEVELS.map((l) => [l, new Set<string>()]));
  const interventions = new Set<string>();
  const arcs = new Set<string>();
  const builds = new Set<string>();
  const terms = new Set<string>();
  let jargonChoices = 0;
  const authority = Object.fromEntries(
    ROLES.map((r) => [r, { kinds: new Set<Authority>(), playsWithout: 0, plays: 0 }]),
  ) as Record<Role, { kinds: Set<Authority>; playsWithout: number; plays: number }>;
  const plays: { role: Role; lines: Set<string> }[] = [];
  const playWords = Object.fromEntries(ROLES.map((r) => [r, { total: 0, n: 0, max: 0 }])) as Record<
    Role,
    { total: number; n: number; max: number }
  >;
  const flagged = Object.fromEntries(ROLES.map((r) => [r, { max: 0, terms: new Set<string>() }])) as Record<
    Role,
    { max: number; terms: Set<string> }
  >;
  const known = Object.fromEntries(ROLES.map((r) => [r, new Set(knownAtStart(r))])) as Record<Role, Set<string>>;
  // Scenes' memories: true/false variables the story reads that the engine does not write.
  const memories = [...runner.readVariables].filter(
    (n) =>
      typeof runner.getVar(n) === 'boolean' &&
      !n.startsWith('open_') &&
      !n.startsWith('knows_') &&
      !['here', 'colocated', 'kitchen', 'walkrounds', 'addressed'].includes(n),
  );
  let minDecisions = Infinity;
  let maxDecisions = 0;
  const random = rng(knot.length * 7919);
  let failed = 0;
  for (let run = 0; run < runs; run++) {
    const role = ROLES[run % 2]!;
    const pressing = LEVELS[Math.floor(run / 2) % 3]!;
    runner.reset();
    const vars: Record<string, string | number | boolean> = {
      role,
      pressing,
      week: meta.week ?? 4,
      // Weeks one to four (and the endings) are played in the workshop quarter as well as the full one.
      weeks: (meta.week ?? 4) <= WORKSHOP_WEEKS && random() < 0.5 ? WORKSHOP_WEEKS : WEEKS,
      here: random() < 0.5,
      budget: 20 + Math.floor(random() * 60),
      care: 20 + Math.floor(random() * 60),
      trust: 20 + Math.floor(random() * 60),
      hours: Math.floor(random() * 12),
      colocated: random() < 0.3,
      kitchen: random() < 0.3,
      walkrounds: random() < 0.3,
    };
    for (const c of CHARACTERS) vars[`open_${c.id}`] = random() < 0.5;
    for (const a of ARCS) vars[`arc_${a}`] = Math.floor(random() * 3);
    // What earlier scenes remember, and the words the player has learned, vary from play to play: each drawn
    // by its own name and the play's number, not from the stream the choices are picked by, so that a variable
    // or a word added anywhere in the story changes no other draw (it had moved scenes' word counts by a few).
    for (const name of memories) vars[name] = chance(knot, run, name) < 0.5;
    for (const t of TERMS) vars[knowsVar(t.id)] = known[role].has(t.id) || chance(knot, run, t.id) < 0.3;
    runner.setVars(vars);
    const note = (tags: Tag[]): void => {
      for (const t of tags) {
        if (t.kind === 'clue') clues[t.level]!.add(pressing);
        if (t.kind === 'intervene') interventions.add(t.level);
        if (t.kind === 'arc') arcs.add(t.arc);
        if (t.kind === 'build') builds.add(t.structure);
        if (t.kind === 'jargon') jargonChoices++;
      }
    };
    const seen = new Set<string>();
    const heard = new Set<TrustGroup>();
    const flaggedHere = new Set<string>();
    let words = 0;
    let offered = false;
    const count = (text: string): number => text.split(/\s+/).filter(Boolean).length;
    try {
      runner.begin(knot);
      let decisions = 0;
      for (let step = 0; step < 200; step++) {
        const { choices, ended } = runner.continue(({ line, tags }) => {
          if (line.text) {
            lines[role]!.add(line.text.replace(/\d+/g, '#'));
            seen.add(line.text.replace(/\d+/g, '#'));
            words += count(line.text);
          }
          const candidates = [
            ...tags.flatMap((t) => (t.kind === 'term' ? [t.term] : [])),
            ...(line.speaker === 'you' ? [] : termsIn(line.text)),
          ];
          for (const t of termsIn(line.text)) terms.add(t);
          for (const t of tags) if (t.kind === 'request') heard.add(t.group);
          for (const t of candidates) {
            if (!known[role].has(t) && flaggedHere.size < FLAGGED_PER_SCENE) flaggedHere.add(t);
          }
          note(tags);
        });
        if (ended) break;
        if (choices.length < 2) problems.add(`a choice point with only one option: "${choices[0]?.text ?? ''}"`);
        // Each choice with its body's tags too (an intervention and its effects are written under the choice).
        for (const c of runner.choicesWithBodies()) {
          const against = askedAgainstItself(c.text, c.tags);
          if (against) problems.add(against);
          const unheard = askedUnheard(c.text, c.tags, heard);
          if (unheard)
            problems.add(`${role}, pressing ${pressing}, ${vars.here ? 'there' : 'second-hand'}: ${unheard}`);
        }
        for (const c of choices) {
          words += count(c.text);
          for (const t of c.tags) {
            if (t.kind !== 'authority') continue;
            if (!(AUTHORITY[role] as readonly string[]).includes(t.authority)) {
              problems.add(`"${c.text}" is offered to the ${role} but "${t.authority}" is the other role's authority`);
            } else {
              authority[role].kinds.add(t.authority);
              offered = true;
            }
          }
        }
        const pick = choices[Math.floor(random() * choices.length)]!;
        note(pick.tags);
        for (const t of termsIn(pick.text)) terms.add(t);
        runner.choose(pick.index);
        decisions++;
      }
      minDecisions = Math.min(minDecisions, decisions);
      maxDecisions = Math.max(maxDecisions, decisions);
      authority[role].plays++;
      if (!offered) authority[role].playsWithout++;
      plays.push({ role, lines: seen });
      playWords[role].total += words;
      playWords[role].n++;
      playWords[role].max = Math.max(playWords[role].max, words);
      flagged[role].max = Math.max(flagged[role].max, flaggedHere.size);
      for (const t of flaggedHere) flagged[role].terms.add(t);
    } catch (error) {
      problems.add(`${role}, pressing ${pressing}: ${error instanceof Error ? error.message : String(error)}`);
      // Every role and level has failed at least once by now: what is wrong is known, and a scene that loops
      // costs a thousand lines a play (a facilitator's own scene is checked while they wait).
      if (++failed >= FAILED_PLAYS_ENOUGH) break;
    }
  }
  // Encounters are visited week after week in one story state: once-only choices (`*`) run dry.
  if (knot.startsWith('enc_')) {
    for (const role of ROLES) {
      runner.reset();
      runner.setVars({ role });
      try {
        for (let visit = 0; visit < 7; visit++) {
          runner.setVars({ week: 2 + visit });
          runner.begin(knot);
          for (let step = 0; step < 200; step++) {
            const { choices, ended } = runner.continue(() => undefined);
            if (ended) break;
            runner.choose(choices[0]!.index);
          }
        }
      } catch (error) {
        problems.add(
          `${role}: fails when visited again in later weeks (use sticky + choices in encounters): ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
  const ownLines = Object.fromEntries(
    ROLES.map((r) => {
      const other = lines[otherRole(r)]!;
      const own = new Set([...lines[r]!].filter((l) => !other.has(l)));
      const without = plays.filter((p) => p.role === r && ![...p.lines].some((l) => own.has(l))).length;
      return [r, { count: own.size, playsWithout: without }];
    }),
  ) as KnotReport['ownLines'];
  return {
    authority: Object.fromEntries(
      ROLES.map((r) => [r, { ...authority[r], kinds: [...authority[r].kinds] }]),
    ) as KnotReport['authority'],
    ownLines,
    playWords: Object.fromEntries(
      ROLES.map((r) => [
        r,
        { mean: Math.round(playWords[r].total / Math.max(1, playWords[r].n)), max: playWords[r].max },
      ]),
    ) as KnotReport['playWords'],
    flagged: Object.fromEntries(
      ROLES.map((r) => [r, { max: flagged[r].max, terms: [...flagged[r].terms] }]),
    ) as KnotReport['flagged'],
    knot,
    title: meta.title,
    problems: [...problems],
    words: {
      clinician: wordCount(lines.clinician!),
      manager: wordCount(lines.manager!),
      both: wordCount(new Set([...lines.clinician!, ...lines.manager!])),
    },
    decisions: { min: minDecisions === Infinity ? 0 : minDecisions, max: maxDecisions },
    clues: Object.fromEntries(Object.entries(clues).map(([k, v]) => [k, [...v]])),
    interventions: [...interventions],
    arcs: [...arcs],
    builds: [...builds],
    jargonChoices,
    terms: [...terms],
  };
}
