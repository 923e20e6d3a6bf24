/** `npm run explore`: compile the stories and play every path of the week for both roles. */
import { compileInk, formatProblem } from './ink-compile.ts';
import { exploreWeek, wordCount } from '../engine/drive/explore.ts';
import { existsSync } from 'node:fs';
import { ROLES } from '../engine/rules/types.ts';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`npm run explore [-- story.ink]
Compiles the story (default stories/main.ink) and plays every path of the week through the real
engine for each role. Prints, per role, the paths and states visited and the time taken; per scene,
the fewest and most decisions on a path and the words seen; the range of final meters; and any
problem found (a story error, a meter out of 0–100, hours out of range, a dead end). Exits 1 on a problem.`);
  process.exit(0);
}
const file = process.argv[2] ?? 'stories/main.ink';
if (!existsSync(file)) {
  console.error(`There is no story file at ${file}. Run it as: npm run explore [-- story.ink]`);
  process.exit(2);
}
const result = compileInk(file);
for (const w of result.warnings) console.warn(`warning: ${formatProblem(w)}`);
if (!result.json) {
  for (const e of result.errors) console.error(formatProblem(e));
  process.exit(1);
}
let failed = false;
const words = new Set<string>();
for (const role of ROLES) {
  const r = exploreWeek(result.json, role);
  console.log(`${role}: ${r.paths} paths, ${r.states} states, ${r.ms.toFixed(0)} ms`);
  for (const s of r.scenes) {
    console.log(
      `  ${s.knot}: ${s.minDecisions}–${s.maxDecisions} decisions a path, ${wordCount([...s.lines, ...s.choices])} words seen`,
    );
    for (const t of [...s.lines, ...s.choices]) words.add(t);
  }
  console.log(
    `  final Budget ${r.final.budget.join('–')}, Patient care ${r.final.care.join('–')}, Trust ${r.final.trust.join('–')}`,
  );
  for (const p of r.problems) {
    console.error(`  problem: ${p}`);
    failed = true;
  }
}
console.log(`${wordCount(words)} distinct words across both roles`);
process.exit(failed ? 1 : 0);
