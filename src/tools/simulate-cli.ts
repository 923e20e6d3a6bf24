/**
 * `npm run simulate`: play thousands of quarters per role with each strategy
 * and print where they end up.
 *
 *   npm run simulate                       1,000 quarters per strategy and role
 *   npm run simulate -- --runs 200 --role manager --strategy diagnose,random
 */
import { compileInk, formatProblem } from './ink-compile.ts';
import { Game } from '../engine/run/game.ts';
import { seededRandom } from '../engine/rules/random.ts';
import { simulate, STRATEGIES, type StrategyReport } from '../engine/drive/simulate.ts';
import { ENDING_TITLES, ENDINGS } from '../engine/rules/quarter.ts';
import { ROLES, type Role } from '../engine/rules/types.ts';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`npm run simulate [-- options]
  --runs N            quarters per strategy and role (default 1000)
  --role R            clinician, manager or both (default both)
  --strategy a,b      strategies to play (default all): ${Object.keys(STRATEGIES).join(', ')}
Prints, per strategy: the share of quarters reaching each ending, the mean final meters, the
week quarters end in, staff wellbeing (mean change, share of quarters where it moved by 5 or
more, staff signed off sick with stress: 'off sick'), and the share of each meter's losses that came from misunderstandings.`);
  process.exit(0);
}

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const runs = Number(arg('runs', '1000'));
const roleArg = arg('role', 'both');
const roles: Role[] = roleArg === 'both' ? [...ROLES] : [roleArg as Role];
const strategies = arg('strategy', 'all') === 'all' ? Object.keys(STRATEGIES) : arg('strategy', '').split(',');

if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs needs a whole number of quarters, e.g. --runs 500');
  process.exit(2);
}
for (const r of roles) {
  if (!(ROLES as readonly string[]).includes(r)) {
    console.error(`--role must be clinician, manager or both (got "${r}")`);
    process.exit(2);
  }
}
for (const s of strategies) {
  if (!STRATEGIES[s]) {
    console.error(`unknown strategy "${s}" (have: ${Object.keys(STRATEGIES).join(', ')})`);
    process.exit(2);
  }
}

const compiled = compileInk('stories/main.ink');
if (!compiled.json) {
  for (const e of compiled.errors) console.error(formatProblem(e));
  process.exit(1);
}
const game = new Game({ story: compiled.json, random: seededRandom(7) });

const pct = (n: number, of: number): string => `${Math.round((n / of) * 100)}%`.padStart(5);
const short: Record<string, string> = {
  common_ground: 'common',
  two_worlds: '2 worlds',
  holding: 'holding',
  worn_thin: 'on empty',
  wrong_fix: 'wrong fix',
  special_measures: 'sp.meas',
  investigation: 'investig',
  no_confidence: 'no conf',
};

let failed = false;
let quarters = 0;
let ms = 0;
for (const role of roles) {
  console.log(`\n${role === 'clinician' ? 'Clinician leader' : 'Operational manager'} — ${runs} quarters per strategy`);
  console.log(
    `${'strategy'.padEnd(32)}${ENDINGS.map((e) => short[e]!.padStart(10)).join('')}   budget   care  trust  ends wk  wellbeing moved off sick  misread share b/c/t  errors`,
  );
  for (const key of strategies) {
    const r: StrategyReport = simulate(game, role, key, runs, 11);
    quarters += r.runs;
    ms += r.ms;
    console.log(
      `${r.strategy.padEnd(32)}${ENDINGS.map((e) => pct(r.endings[e], r.runs).padStart(10)).join('')}   ${String(r.mean.budget).padStart(6)} ${String(r.mean.care).padStart(6)} ${String(r.mean.trust).padStart(6)} ${String(r.meanWeek).padStart(8)}  ${String(r.wellbeing.change).padStart(9)} ${pct(r.wellbeing.moved * r.runs, r.runs)} ${String(r.wellbeing.leavers).padStart(8)}  ${(
        ['budget', 'care', 'trust'] as const
      )
        .map((m) => pct(r.misreadShare[m] * 100, 100).trim())
        .join('/')
        .padStart(19)}  ${r.errors.length}`,
    );
    for (const e of r.errors.slice(0, 3)) console.log(`    error: ${e}`);
    if (r.errors.length) failed = true;
  }
}
console.log(`\nEndings: ${ENDINGS.map((e) => `${short[e]} = ${ENDING_TITLES[e]}`).join('; ')}.`);
console.log(
  `${quarters} quarters in ${(ms / 1000).toFixed(1)} s: ${Math.round((quarters / ms) * 1000)} quarters per second.`,
);
process.exit(failed ? 1 : 0);
