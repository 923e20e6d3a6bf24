/**
 * A facilitator's own scene, checked in the browser: the file is compiled with
 * inkjs's compiler together with the game's whole story (so it can use the
 * game's people, variables and `scene_end`, and cannot clash with a scene
 * already there), its tags are read against the game's grammar, and each of
 * its knots is played by the story check the project's own scenes pass
 * (`checkKnot`). Every problem comes back with its line in the facilitator's
 * file. No DOM: the page (`page.ts`) and the trial run in the game
 * (`trial.ts`) both use it, and the tests run it in Node.
 *
 * Loaded only where it is needed, in its worker (`check-worker.ts`): with the
 * story's sources and the engine, 218 KiB gzip, which the game never fetches.
 */
import { Compiler, CompilerOptions } from 'inkjs/full';
import { parseTag } from '../../engine/rules/tags.ts';
import { StoryRunner } from '../../engine/run/story.ts';
import { checkKnot, knotsOf, readCompilerMessage, tagsInSource, type KnotReport } from '../../engine/drive/check.ts';
import { AUTHORITY, ROLES, type Role } from '../../engine/rules/types.ts';
import { ROLE_POST } from '../../engine/rules/prose.ts';

/** The game's own story, as written: what a facilitator's scene is compiled beside. */
const SOURCES: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../../../stories/**/*.ink', { query: '?raw', import: 'default', eager: true }),
  ).map(([path, text]) => [path.replace(/^.*\/stories\//, ''), text]),
);

/** The name the facilitator's file has inside the compile (messages name it; the page never shows it). */
export const SCENE_FILE = 'your-scene.ink';
/** A scene is a few hundred lines; anything past this is not one (and would hold the page). */
export const MAX_SCENE_CHARS = 100_000;
/** Words a play: the game's own scenes keep within these (the story tests hold them to it). */
export const PLAY_WORDS = { min: 300, max: 520 } as const;

export interface SceneProblem {
  /** Line in the facilitator's file (1-based), or null for the file as a whole. */
  line: number | null;
  message: string;
  /** An error stops the scene being played; advice is what the game's own scenes are held to. */
  kind: 'error' | 'advice';
}

export interface SceneKnot {
  knot: string;
  line: number;
  title: string;
  report: KnotReport;
}

export interface SceneCheck {
  /** Compiled ink of the game's story with the scene in it, when there is no error. */
  json: string | null;
  problems: SceneProblem[];
  knots: SceneKnot[];
  /** How long the check took, for the page to say. */
  ms: number;
}

/** The knots of the game's own story: a facilitator's scene may not take one of their names. */
const gameKnots = (): Set<string> => new Set(Object.values(SOURCES).flatMap((s) => knotsOf(s).map((k) => k.knot)));

/** Ink's messages a facilitator is likely to meet, in the game's words. */
export function friendlier(message: string): string {
  const declared = /declaration variable '(\w+)' that was already declared \(line (\d+) of ([\w./-]+)"?\)/.exec(
    message,
  );
  if (declared)
    return `"${declared[1]}" is already one of the game's own variables (${declared[3]}, line ${declared[2]}): your scene can read it, but give a variable of its own a name of its own, such as "local_${declared[1]}".`;
  return message;
}

/** A message as a sentence: one full stop, not two. */
const sentence = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`);

/**
 * The story check's problems, said once each: it plays every role and hidden level, and says which play
 * met a problem; a facilitator needs to know the problem and which roles meet it.
 */
export function plainProblems(knot: string, problems: readonly string[]): string[] {
  const found = new Map<string, Set<Role>>();
  for (const p of problems) {
    const m = /^(clinician|manager), pressing \w+(?:, (?:there|second-hand))?: (.*)$/s.exec(p);
    const what = (m ? m[2]! : p)
      .replace(
        /^RUNTIME ERROR: ran out of content.*$/s,
        'the scene runs out of lines before it reaches "-> scene_end": end every path through it with "-> scene_end"',
      )
      .replace(
        /^the story stopped without reaching the end of the scene \(a dead end\)$/,
        'the scene stops before it reaches "-> scene_end": end every path through it with "-> scene_end", not "-> END" or "-> DONE"',
      );
    const roles = found.get(what) ?? new Set<Role>();
    if (m) roles.add(m[1] as Role);
    found.set(what, roles);
  }
  return [...found].map(([what, roles]) => {
    const who =
      roles.size === 2 ? ' (in both roles)' : roles.size === 1 ? ` (as the ${ROLE_POST[[...roles][0]!]})` : '';
    return `${knot}: ${sentence(what.replace(/[.?!]$/, '') + who)}`;
  });
}

/** Read a file's text for checking: refused with a reason when it cannot be an ink scene. */
export function readableScene(text: string): string | null {
  if (text.length > MAX_SCENE_CHARS)
    return `This file is ${Math.round(text.length / 1000)} thousand characters long; a scene is at most ${MAX_SCENE_CHARS / 1000} thousand. Check it is the right file.`;
  // eslint-disable-next-line no-control-regex -- looking for the control bytes a text file never holds
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text))
    return 'This file is not plain text (it holds control characters): save your scene from Inky or a text editor as a .ink file.';
  return null;
}

/** Compile and check a facilitator's scene. */
export function checkScene(text: string, now: () => number = () => performance.now()): SceneCheck {
  const started = now();
  const problems: SceneProblem[] = [];
  const done = (json: string | null, knots: SceneKnot[] = []): SceneCheck => ({
    json,
    problems,
    knots,
    ms: Math.round(now() - started),
  });
  const unreadable = readableScene(text);
  if (unreadable) {
    problems.push({ line: null, message: unreadable, kind: 'error' });
    return done(null);
  }
  // Line endings from any editor; a byte-order mark from Windows' Notepad.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = source.split('\n');
  lines.forEach((line, i) => {
    if (/^\s*INCLUDE\b/.test(line))
      problems.push({
        line: i + 1,
        message: 'INCLUDE cannot be used here: put the whole scene in this one file.',
        kind: 'error',
      });
  });
  const knots = knotsOf(source);
  if (knots.length === 0)
    problems.push({
      line: null,
      message: 'There is no knot: a scene starts with a line such as "=== local_discharge ===".',
      kind: 'error',
    });
  const taken = gameKnots();
  for (const k of knots) {
    if (taken.has(k.knot))
      problems.push({
        line: k.line,
        message: `"${k.knot}" is the name of one of the game's own scenes: give yours a name of its own, such as "local_${k.knot.replace(/^(w\d+_|enc_)/, '')}".`,
        kind: 'error',
      });
  }
  for (const tag of tagsInSource(source)) {
    const parsed = parseTag(tag.text);
    if (!parsed.ok)
      problems.push({ line: tag.line, message: `The tag "# ${tag.text}": ${parsed.error}.`, kind: 'error' });
  }
  if (problems.some((p) => p.kind === 'error')) return done(null);

  // The game's story with the scene included after its own files.
  const main = SOURCES['main.ink']!.replace(/((?:^INCLUDE .*\n)+)/m, `$1INCLUDE ${SCENE_FILE}\n`);
  const files: Record<string, string> = { ...SOURCES, [SCENE_FILE]: source };
  const messages: string[] = [];
  const options = new CompilerOptions('main.ink', [], false, (message: string) => messages.push(message), {
    ResolveInkFilename: (name: string) => name,
    LoadInkFileContents: (name: string) => {
      const found = files[name];
      if (found === undefined) throw new Error(`Cannot open ${name}.`);
      return found;
    },
  });
  let json: string | null = null;
  try {
    json = new Compiler(main, options).Compile()?.ToJson() ?? null;
  } catch (error) {
    if (!(error instanceof Error) || error.message !== 'Compilation failed.')
      problems.push({
        line: null,
        message: `The ink compiler stopped: ${error instanceof Error ? error.message : String(error)}.`,
        kind: 'error',
      });
  }
  for (const message of messages) {
    const m = readCompilerMessage(message);
    const isError = !m || m.kind === 'ERROR';
    const ours = m?.file === SCENE_FILE;
    const what = friendlier(sentence(m?.text ?? message.trim()));
    // Ink's TODO notes and the game's own files' warnings are not the facilitator's to mend.
    if (!isError && (!ours || m?.kind === 'TODO')) continue;
    problems.push({
      line: ours ? m!.line : null,
      message:
        ours || !m
          ? what
          : `${what} (reported in the game's own ${m.file ?? 'main.ink'}, line ${m.line}: usually a name your scene shares with it)`,
      kind: isError ? 'error' : 'advice',
    });
  }
  if (!json || problems.some((p) => p.kind === 'error')) return done(null);

  // Play each knot as the story check plays the game's own scenes.
  const runner = new StoryRunner(json);
  const checked: SceneKnot[] = [];
  for (const k of knots) {
    let title: string;
    try {
      title = runner.sceneMeta(k.knot).title;
    } catch {
      problems.push({
        line: k.line,
        message:
          'A scene opens with its header tags, on the lines just after the knot: "# title …", "# barrier status|location|jargon", "# place ward|ed|theatres|clinic|finance|exec|cafe" and "# day Monday…Friday".',
        kind: 'error',
      });
      continue;
    }
    const report = checkKnot(runner, k.knot);
    for (const message of plainProblems(k.knot, report.problems))
      problems.push({ line: k.line, message, kind: 'error' });
    checked.push({ ...k, title, report });
    // What the game's own scenes are held to, once the scene plays at all.
    if (report.problems.length) continue;
    for (const role of ROLES) {
      const a = report.authority[role];
      if (a.playsWithout > 0)
        problems.push({
          line: k.line,
          message: `${k.knot}: ${a.playsWithout} of ${a.plays} plays offer the ${ROLE_POST[role]} no move of their own authority (a choice gated by {role == "${role}"} with "# authority ${AUTHORITY[role].join('|')}" in its brackets).`,
          kind: 'advice',
        });
      if (report.ownLines[role].count === 0)
        problems.push({
          line: k.line,
          message: `${k.knot}: the ${ROLE_POST[role]} sees no line the other role does not: the two roles read the same scene.`,
          kind: 'advice',
        });
      const words = report.playWords[role].mean;
      if (words < PLAY_WORDS.min || words > PLAY_WORDS.max)
        problems.push({
          line: k.line,
          message: `${k.knot}: the ${ROLE_POST[role]} reads about ${words} words a play; the game's scenes keep within ${PLAY_WORDS.min}–${PLAY_WORDS.max} (two to three minutes).`,
          kind: 'advice',
        });
    }
  }
  return done(problems.some((p) => p.kind === 'error') ? null : json, checked);
}
