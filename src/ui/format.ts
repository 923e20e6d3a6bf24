/** Words and numbers as the player reads them. */
import { characterById } from '../engine/rules/characters.ts';
import {
  ARC_INFO,
  arcWeeksCharged,
  FORMAL_LEADERS,
  paysOffFrom,
  runSpan,
  weeksChargedBefore,
  weeksOf,
  type Building,
  type RunSpan,
} from '../engine/rules/quarter.ts';
import { endsSentence, fromTo, type Child } from './dom.ts';
import { hoursText, listOf, TARGET_LABEL, TRUST_GROUP_LABEL } from '../engine/rules/prose.ts';
import { stoppedShort } from '../engine/read/debrief.ts';
import type { ChangeRecord, GameState } from '../engine/rules/rules.ts';
import {
  HEADLINE_METERS,
  type Arc,
  type Barrier,
  type HeadlineMeter,
  type MeterTarget,
  type Role,
} from '../engine/rules/types.ts';

// Moved to the rules' prose, where the engine's own messages use them too.
export { hoursText, TARGET_LABEL };

// What a run is called (the rules' own, which the debrief's engine uses too).
export { runSpan, type RunSpan };

/**
 * What follows week `state.week` once it is played (its summary, or the next week's plan): the next week's plan,
 * the run's review after its last week, or its ending when one has come already. `next` is said after "next," on
 * the title; `button` is the week summary's way on.
 */
export function afterWeek(state: Pick<GameState, 'week' | 'run' | 'ending'>): {
  kind: 'plan' | 'review' | 'ending';
  next: string;
  button: string;
} {
  const span = runSpan(state.run);
  if (state.ending) return { kind: 'ending', next: `see how the ${span} ends`, button: `See how the ${span} ends` };
  if (state.week >= weeksOf(state.run)) {
    const review = span === 'month' ? 'the month-end review' : 'the quarter review';
    return { kind: 'review', next: review, button: `To ${review}` };
  }
  return { kind: 'plan', next: `plan week ${state.week + 1}`, button: `Plan week ${state.week + 1}` };
}

export const METER_LABEL: Record<HeadlineMeter, string> = {
  budget: 'Budget',
  care: 'Patient care',
  trust: 'Trust',
};

export { TRUST_GROUP_LABEL };

export const BARRIER_LABEL: Record<Barrier, string> = {
  status: 'Status',
  location: 'Location',
  jargon: 'Jargon and background',
};

/** The site's buildings as a sentence names them. */
export const BUILDING_NAME: Record<Building, string> = {
  main: 'the main block',
  outpatients: 'the outpatients building',
  riverside: 'Riverside House',
};

/** A count of times in words: "once", "twice", "3 times". */
export const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

export { ROLE_LABEL } from '../engine/rules/prose.ts';

/** "+3" or "−3" with a true minus sign. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}

/** A title as it reads after a comma: "Ward sister" → "ward sister", but "GP and…" stays "GP and…". */
export function midSentence(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** "up 3" / "down 3" for screen readers. */
export function spoken(n: number): string {
  return n > 0 ? `up ${n}` : n < 0 ? `down ${Math.abs(n)}` : 'unchanged';
}

/** Hours as a screen reader should say them: "3 hours", "half an hour", "1 and a half hours" ("h" is read as a letter). */
export function hoursSpoken(n: number): string {
  const a = Math.abs(n);
  const whole = Math.floor(a);
  const half = a - whole >= 0.5;
  const sign = n < 0 ? 'minus ' : '';
  if (!whole) return half ? `${sign}half an hour` : `${sign}0 hours`;
  if (!half) return `${sign}${whole} hour${whole === 1 ? '' : 's'}`;
  return `${sign}${whole} and a half hours`;
}

/**
 * One net movement as words: "Budget +2", "Spent 2 h", "Dr Okafor's trust in you −1". Hours come back when a
 * choice leaves sooner than the scene's time allowed for: they go back into the week's diary.
 */
export function netText(n: { target: MeterTarget | 'hours' | 'person'; person?: string; delta: number }): string {
  if (n.target === 'hours')
    return n.delta < 0 ? `Spent ${hoursText(-n.delta)}` : `${hoursText(n.delta)} back in your diary`;
  if (n.target === 'person')
    return `${characterById(n.person ?? '')?.name ?? 'Someone'}’s trust in you ${signed(n.delta)}`;
  return `${TARGET_LABEL[n.target]} ${signed(n.delta)}`;
}

/**
 * Why a choice moved less than it asked: "Trust of front-line staff was at its limit, 100, so the choice could not
 * move it" (a meter, or one person's trust in the player, at 0 or 100); `moved` when the choice moved anything at
 * all, so what stopped "took less than was asked". Null when nothing stopped short.
 */
export function stoppedText(
  list: readonly ({ target: MeterTarget; at: number } | { person: string; at: number })[],
  moved = true,
): string | null {
  if (!list.length) return null;
  const many = list.length > 1;
  const names = list.map((l) =>
    'person' in l ? `${characterById(l.person)?.name ?? 'Someone'}’s trust in you` : TARGET_LABEL[l.target],
  );
  const ats = [...new Set(list.map((l) => l.at))];
  const limit =
    ats.length === 1
      ? `${many ? 'their' : 'its'} limit, ${ats[0]}`
      : `their limits, ${listOf(list.map((l) => String(l.at)))}`;
  const so = moved
    ? `${many ? 'they' : 'it'} took less than was asked`
    : `the choice could not move ${many ? 'them' : 'it'}`;
  return `${listOf(names)} ${many ? 'were' : 'was'} at ${limit}, so ${so}`;
}

/** Why some of a run's changes moved less than they asked (`stoppedText`), read from the run's ledger. */
export function stoppedIn(
  run: { changes: readonly ChangeRecord[]; role: Role | null },
  changes: readonly ChangeRecord[],
  moved = true,
): string | null {
  return run.role ? stoppedText(stoppedShort({ changes: run.changes, role: run.role }, changes), moved) : null;
}

/** Several, or "No change". */
export function netsText(
  list: readonly { target: MeterTarget | 'hours' | 'person'; person?: string; delta: number }[],
): string {
  if (!list.length) return 'No change';
  // Beside a change to all three groups, a group's own change is on top of it: "Trust of all three groups −2 ·
  // Trust of front-line staff −2" read as if the second were part of the first, and the front line lost 4.
  const all = list.find((n) => n.target === 'trust')?.delta;
  return list
    .map((n) => {
      if (all === undefined || !String(n.target).startsWith('trust.')) return netText(n);
      const total = all + n.delta;
      return `${netText(n)} on top (${total ? signed(total) : 'no change'} in all)`;
    })
    .join(' · ');
}

/**
 * Who a clue came from, as the notebook and the week's end name them: a formal leader's view is marked as
 * such; one with no speaker (a paper, an email, a passer-by the notebook does not list) is placed by the
 * scene it was in, `where`.
 */
export function clueSource(speaker: string | null, long = false, where?: string): string {
  if (!speaker) return where ? `In “${where}”: ` : 'You read: ';
  const c = characterById(speaker);
  const name = (long ? c?.name : c?.short) ?? speaker;
  return FORMAL.includes(speaker) ? `${name} (a formal leader’s view, quick and filtered): ` : `${name}: `;
}
const FORMAL: readonly string[] = FORMAL_LEADERS;

/**
 * The three headline meters from one reading to another, "Budget 55 → 58 · Patient care …", read aloud
 * as "55 to 58"; `after` adds words after each (the change, or what Trust is).
 */
export function headlineMoves(
  from: Record<HeadlineMeter, number>,
  to: Record<HeadlineMeter, number>,
  after: (m: HeadlineMeter) => Child | Child[] = () => '',
): Child[] {
  return HEADLINE_METERS.flatMap((m, i) =>
    [i ? ' · ' : '', `${METER_LABEL[m]} `, ...fromTo(from[m], to[m]), after(m)].flat(),
  );
}

/**
 * Where a what-if left the original run, as the player met it: "week 1, Friday, “Heads, not WTE”". Before the
 * branch's own decision there is taken, the game still stands in that scene; without either, the decision's number.
 */
export function branchPoint(
  run: {
    decisions: readonly { week: number; day: string; sceneTitle: string }[];
    plan?: readonly { day: string; title: string }[];
    sceneIndex?: number;
    week?: number;
  },
  decision: number,
): string {
  const d = run.decisions[decision];
  if (d) return `week ${d.week}, ${d.day}, “${d.sceneTitle}”`;
  const m = run.sceneIndex !== undefined ? run.plan?.[run.sceneIndex] : undefined;
  return m && run.week ? `week ${run.week}, ${m.day}, “${m.title}”` : `decision ${decision + 1}`;
}

/** A meter's end with its move from where its role started it: "51 (−9 from 60)", "55 (no change from 55)". */
export function endFrom(end: number, from: number): string {
  const move = end - from;
  return `${end} (${move === 0 ? 'no change' : signed(move)} from ${from})`;
}

/**
 * Whether the words box gives what a nod risks in full: until words to ask about or nod at have come up in two
 * scenes (`terms`, the run's record of each word asked, looked up or nodded at); after that, one line.
 */
export function nodRuleInFull(terms: readonly { scene: number }[]): boolean {
  return new Set(terms.map((t) => t.scene)).size < 2;
}

/**
 * The week a clue was first heard, when the same person said the same words in an earlier week (a place
 * visited again): the week's summary marks it as heard before rather than as news.
 */
export function heardBefore(
  clues: readonly { speaker: string | null; text: string; week: number }[],
  clue: { speaker: string | null; text: string; week: number },
): number | null {
  return clues.find((c) => c.week < clue.week && c.text === clue.text && c.speaker === clue.speaker)?.week ?? null;
}

/** A reason written as a sentence ends with a full stop on screen, unless it already ends in one. */
export function sentence(text: string): string {
  const t = text.trimEnd();
  return endsSentence(t) ? t : `${t}.`;
}

/** The scene end's way on: "On to Wednesday", or "Also on Tuesday" when the next scene is on the same day (not "later": the next may be set earlier in the day). */
export function onwardLabel(nextDay: string | undefined, today: string | undefined): string {
  if (!nextDay) return 'On to the next scene';
  return nextDay === today ? `Also on ${nextDay}` : `On to ${nextDay}`;
}

/** A change asked for again on a later visit (`repeats`): what the scene's end and the debrief say of it. */
export function askedAgain(week: number, first: { week: number; text: string }, text: string): string {
  const when = first.week === week ? 'earlier this week' : `in week ${first.week}`;
  if (first.text !== text)
    return `This follows up the change you made ${when} (“${first.text}”): a follow-up keeps it going, but it counts as one change, scored when first made.`;
  return `You asked for this ${when}. Asking again chases it up; the change is made, and scored, only once.`;
}

/**
 * What a choice that begins a long game says before it is chosen: the hours it will take from the weeks
 * ahead (which the button's own hours do not count) and when it pays off. Every long game takes at least the
 * week after it is begun before it pays (weekly.test.ts holds the rules to it); begun in the last week, it
 * takes none, and pays off after the run.
 */
export function longGameOnOffer(arc: Arc, week: number, run: { weeks?: number } | undefined): string {
  const weeks = weeksOf(run);
  const { name, hours } = ARC_INFO[arc];
  const from = paysOffFrom(arc, { started: week }, weeks);
  const cost = arcWeeksCharged(arc, week, weeks) > 0 ? `${hoursText(hours)} a week from next week` : null;
  if (from <= weeks) return `Starts “${name}”: ${cost} until it pays off in week ${from}`;
  return `Starts “${name}”: ${cost ? `${cost}; it` : 'it'} would pay off in week ${from}, after the ${runSpan(run)} ends`;
}

/** A long game begun too late to pay off inside the run, said at the scene's end: what it still costs, if anything. */
export function longGameTooLate(
  name: string,
  paysFrom: number,
  hours: number,
  week: number,
  run: { weeks?: number } | undefined,
): string {
  const charged = weeksChargedBefore(paysFrom, week, weeksOf(run));
  const when = `It pays off from week ${paysFrom}, after the ${runSpan(run)} ends`;
  return charged > 0
    ? `Started: ${name}. ${when}, but takes ${hoursText(hours)} every week until then.`
    : `Started: ${name}. ${when}, and takes none of your hours before then.`;
}
