/**
 * Check scenes as a writer: compile the whole story, then play each named
 * knot many times in both roles, under every hidden level, first-hand and
 * second-hand, with people open and guarded at random. Reports dead ends,
 * story errors, single-option choice points, a change asked for by a group
 * that costs them or comes before their ask, which clue and intervention
 * tags a run can meet, and the words a player can read.
 *
 *   npx tsx src/tools/ink-check.ts w3_clinic enc_ward      (named knots)
 *   npx tsx src/tools/ink-check.ts stories/week3/clinic.ink (every knot in a file)
 *   npx tsx src/tools/ink-check.ts --main draft/main.ink draft/week3/clinic.ink
 *                                                            (a draft copy of the story)
 */
import { readFileSync } from 'node:fs';
import { compileInk, formatProblem } from './ink-compile.ts';
import { StoryRunner } from '../engine/run/story.ts';
import { ROLES } from '../engine/rules/types.ts';
import { checkKnot, knotsOf } from '../engine/drive/check.ts';

export { askedAgainstItself, askedUnheard, checkKnot, type KnotReport } from '../engine/drive/check.ts';

const knotsIn = (file: string): string[] => knotsOf(readFileSync(file, 'utf8')).map((k) => k.knot);

function main(): void {
  let args = process.argv.slice(2);
  let main = 'stories/main.ink';
  const at = args.indexOf('--main');
  if (at >= 0) {
    main = args[at + 1] ?? main;
    args = args.filter((_, i) => i !== at && i !== at + 1);
  }
  const result = compileInk(main);
  for (const w of result.warnings) console.log(`warning ${formatProblem(w)}`);
  if (!result.json) {
    for (const e of result.errors) console.log(`ERROR ${formatProblem(e)}`);
    process.exit(1);
  }
  const runner = new StoryRunner(result.json);
  const knots = args.flatMap((a) => (a.endsWith('.ink') ? knotsIn(a) : [a]));
  let failed = false;
  for (const knot of knots) {
    const r = checkKnot(runner, knot);
    console.log(`\n${r.knot} — "${r.title}"`);
    console.log(
      `  words a player can read: clinician ${r.words.clinician}, manager ${r.words.manager}, both roles ${r.words.both}`,
    );
    console.log(`  decisions per play: ${r.decisions.min}–${r.decisions.max}`);
    console.log(
      `  clue tags seen (tag level ← pressing levels it appeared under): ${
        Object.entries(r.clues)
          .map(([k, v]) => `${k} ← [${v.join(', ')}]`)
          .join('; ') || 'none'
      }`,
    );
    console.log(`  intervene levels: ${r.interventions.join(', ') || 'none'}`);
    console.log(
      `  arcs: ${r.arcs.join(', ') || 'none'}; builds: ${r.builds.join(', ') || 'none'}; jargon choices: ${r.jargonChoices}`,
    );
    console.log(`  glossary terms in the text: ${r.terms.join(', ') || 'none'}`);
    for (const role of ROLES) {
      const a = r.authority[role];
      console.log(
        `  ${role}: reads ${r.playWords[role].mean} words a play (most ${r.playWords[role].max}, about ${(r.playWords[role].mean / 200).toFixed(1)} min); ` +
          `own authority: ${a.kinds.join(', ') || 'none'} (${a.playsWithout} of ${a.plays} plays without); ` +
          `lines only this role sees: ${r.ownLines[role].count} (${r.ownLines[role].playsWithout} plays without); ` +
          `flagged words: ${r.flagged[role].terms.join(', ') || 'none'} (at most ${r.flagged[role].max} a play)`,
      );
    }
    for (const p of r.problems) console.log(`  PROBLEM ${p}`);
    if (r.problems.length) failed = true;
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1]?.endsWith('ink-check.ts')) main();
