/**
 * How long a week takes to read: plays whole quarters through the real engine
 * and counts, week by week, the words a player is shown — each scene's lines
 * and choices, the cards that say what moved and why, and the week's summary —
 * at 200 words a minute, plus ten seconds for each decision.
 *
 *   npm run reading                      (both roles, 40 quarters per strategy)
 *   npm run reading -- --runs 100 --strategy diagnose
 *   npm run reading -- --weeks 4         (the workshop quarter)
 */
import { compileInk, formatProblem } from './ink-compile.ts';
import { Game } from '../engine/run/game.ts';
import { arrivals, sceneChanges, weekSummary, type Explained } from '../engine/read/explain.ts';
import { seededRandom } from '../engine/rules/random.ts';
import { move, STRATEGIES } from '../engine/drive/simulate.ts';
import { isReviewKnot } from '../engine/rules/quarter.ts';
import type { GameState } from '../engine/rules/rules.ts';
import { ROLES, WEEKS, WORKSHOP_WEEKS, type Role } from '../engine/rules/types.ts';

export const WORDS_PER_MINUTE = 200;
export const SECONDS_PER_DECISION = 10;

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const cardWords = (list: readonly Explained[]): number =>
  list.reduce((n, e) => n + words(e.cause) + words(e.detail ?? '') + 3 * e.net.length, 0);

export interface WeekReading {
  week: number;
  /** Mean words shown in that week. */
  words: number;
  decisions: number;
  /** Mean minutes: words at WORDS_PER_MINUTE plus SECONDS_PER_DECISION a decision. */
  minutes: number;
  /** The longest that week was in any quarter played. */
  maxMinutes: number;
}

export interface ReadingReport {
  role: Role;
  strategy: string;
  runs: number;
  weeks: WeekReading[];
  /** A whole quarter, the review and the ending included. */
  quarter: number;
}

/**
 * Play `runs` quarters with a strategy and time each week's reading. The week
 * after the last (9, or 5 in the workshop quarter) is the review and the ending.
 */
export function measureReading(
  story: string | object,
  role: Role,
  strategy: string,
  runs: number,
  length: number = WEEKS,
): ReadingReport {
  const plan = STRATEGIES[strategy];
  if (!plan) throw new Error(`unknown strategy "${strategy}"`);
  const totals = Array.from({ length: length + 2 }, () => ({ words: 0, decisions: 0, max: 0 }));
  for (let run = 0; run < runs; run++) {
    const random = seededRandom(run + 1);
    const game = new Game({ story, random });
    const week = Array.from({ length: length + 2 }, () => ({ words: 0, decisions: 0 }));
    let lines: unknown = null;
    let scene = -1;
    // The quarter review and the ending count as their own "week" at the end.
    const slotOf = (s: GameState): number =>
      s.screen === 'ending' || isReviewKnot(s.plan[s.sceneIndex]?.knot) ? length + 1 : s.week;
    const slot = () => slotOf(game.state);
    game.store.subscribe((s) => {
      if (s.lines !== lines) {
        lines = s.lines;
        const w = slotOf(s);
        week[w]!.words += s.lines.reduce((n, l) => n + words(l.text), 0);
        week[w]!.words += s.choices.reduce((n, c) => n + words(c.text), 0);
      }
    });
    game.send({ type: 'NEW_GAME' });
    game.send({ type: 'CHOOSE_ROLE', role, weeks: length });
    game.send({ type: 'BEGIN' });
    for (let step = 0; step < 2000 && game.state.screen !== 'debrief'; step++) {
      const s = game.state;
      if (s.screen === 'scene' && s.sceneIndex !== scene) {
        scene = s.sceneIndex;
        week[slot()]!.words += cardWords(arrivals(s, scene));
      }
      const before = s.decisions.length;
      const screen = s.screen;
      if (move(game, plan, random)) break;
      const after = game.state;
      if (after.decisions.length > before) week[slot()]!.decisions++;
      if (screen === 'scene' && after.screen === 'summary')
        week[slot()]!.words += cardWords(sceneChanges(after, after.sceneIndex));
      if (after.screen === 'week' && screen !== 'week')
        week[after.week]!.words += 60 + cardWords(weekSummary(after, after.week));
    }
    week.forEach((w, i) => {
      totals[i]!.words += w.words;
      totals[i]!.decisions += w.decisions;
      totals[i]!.max = Math.max(totals[i]!.max, minutesOf(w.words, w.decisions));
    });
  }
  const weeks = totals.slice(1).map((t, i) => ({
    week: i + 1,
    words: Math.round(t.words / runs),
    decisions: Math.round((t.decisions / runs) * 10) / 10,
    minutes: Math.round(minutesOf(t.words / runs, t.decisions / runs) * 10) / 10,
    maxMinutes: Math.round(t.max * 10) / 10,
  }));
  return { role, strategy, runs, weeks, quarter: Math.round(weeks.reduce((n, w) => n + w.minutes, 0)) };
}

export function minutesOf(wordCount: number, decisions: number): number {
  return wordCount / WORDS_PER_MINUTE + (decisions * SECONDS_PER_DECISION) / 60;
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log('npm run reading [-- --runs N] [--strategy name] [--role clinician|manager] [--weeks 4|8]');
    console.log(`strategies: ${Object.keys(STRATEGIES).join(', ')}`);
    return;
  }
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const runs = Number(opt('runs') ?? 40);
  const weeks = Number(opt('weeks') ?? WEEKS);
  if (weeks !== WEEKS && weeks !== WORKSHOP_WEEKS) {
    console.error(`--weeks takes ${WORKSHOP_WEEKS} (the workshop quarter) or ${WEEKS} (the full quarter)`);
    process.exit(1);
  }
  const strategies = opt('strategy') ? [opt('strategy')!] : ['diagnose', 'random'];
  const roles = opt('role') ? [opt('role') as Role] : [...ROLES];
  const compiled = compileInk('stories/main.ink');
  if (!compiled.json) {
    for (const e of compiled.errors) console.error(formatProblem(e));
    process.exit(1);
  }
  console.log(
    `Reading time: words shown at ${WORDS_PER_MINUTE} a minute, plus ${SECONDS_PER_DECISION} s a decision (${runs} quarters each)`,
  );
  for (const strategy of strategies) {
    for (const role of roles) {
      const r = measureReading(compiled.json, role, strategy, runs, weeks);
      const what = weeks === WORKSHOP_WEEKS ? 'the workshop quarter' : 'a whole quarter';
      console.log(`\n${role}, ${STRATEGIES[strategy]!.name}: ${what} about ${r.quarter} minutes`);
      console.log('  week   words  decisions  minutes (mean)  longest');
      for (const w of r.weeks) {
        const label = w.week > weeks ? 'end' : String(w.week);
        console.log(
          `  ${label.padStart(4)}  ${String(w.words).padStart(6)}  ${String(w.decisions).padStart(9)}  ${w.minutes.toFixed(1).padStart(14)}  ${w.maxMinutes.toFixed(1).padStart(7)}`,
        );
      }
    }
  }
}

if (process.argv[1]?.endsWith('reading.ts')) main();
