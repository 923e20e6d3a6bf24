/**
 * The end of a week: what moved and why (decisions, the slow systems), what
 * reached you second-hand, the long arcs under way, and what you heard.
 */
import {
  ARC_INFO,
  arcPayoff,
  AWAY,
  missedAt,
  arcStage,
  paysOffFrom,
  STRUCTURE_INFO,
  weeksOf,
  type ArcState,
} from '../../engine/rules/quarter.ts';
import {
  ARCS,
  TRUST_GROUPS,
  WORKSHOP_WEEKS,
  type Arc,
  type Place,
  type Role,
  type TrustGroup,
} from '../../engine/rules/types.ts';
import { characterById } from '../../engine/rules/characters.ts';
import { inWords, listOf } from '../../engine/rules/prose.ts';
import { enterLeadsTo, fromTo, h, spokenStop, type Child } from '../dom.ts';
import {
  clueSource,
  afterWeek,
  headlineMoves,
  heardBefore,
  hoursText,
  netsText,
  runSpan,
  sentence,
  signed,
  stoppedIn,
  TRUST_GROUP_LABEL,
} from '../format.ts';
import { OVERTIME_WELLBEING_COST, overtimeOf, type Origin } from '../../engine/rules/rules.ts';
import { weekly, wornDownBy } from '../../engine/read/debrief.ts';
import { recordOf } from '../../engine/read/record.ts';
import { setOffBy, weekSummary, type Explained } from '../../engine/read/explain.ts';
import { roomPlay, type Screen, type ScreenContext } from './context.ts';
import { hoursOwner } from '../pair-devices.ts';
import type { ViewState } from '../../engine/run/store.ts';

/** The week's changes in the groups a player reads them in. */
const GROUPS: { title: string; kinds: Origin['kind'][]; delayed?: boolean }[] = [
  { title: 'What you decided', kinds: ['choice', 'intervention', 'jargon', 'ask'], delayed: false },
  { title: 'What caught up with you', kinds: ['choice', 'intervention', 'jargon', 'scene'], delayed: true },
  { title: 'Misunderstandings', kinds: ['nod'] },
  { title: 'The long game', kinds: ['arc', 'build'] },
  // A scene's own time and lines, whatever was chosen in it: nobody chose them, and they are not pressures.
  { title: 'What happened in the scenes', kinds: ['scene'], delayed: false },
  // A spiral runs by itself, but something took its meter under the line: each says what (`setOffBy`).
  { title: 'Pressures and spirals', kinds: ['pressure'] },
];

/** Each group's trust over the week, as Trust by group names them ("front-line staff 36 → 29, …"). */
function groupMoves(from: Record<TrustGroup, number>, to: Record<TrustGroup, number>): Child[] {
  return TRUST_GROUPS.flatMap((g, i) => [
    i === 0 ? '' : i === TRUST_GROUPS.length - 1 ? ' and ' : ', ',
    `${TRUST_GROUP_LABEL[g].toLowerCase()} `,
    ...fromTo(from[g], to[g]),
  ]);
}

/** When a running arc pays off, and whether that falls inside this run. */
const paysOffText = (from: number, weeks: number): string =>
  from > weeks
    ? `It would pay off from week ${from}, after this run’s last week, so it will not pay off in this run.`
    : `Pays off from week ${from}.`;

/** Where a running arc stands at the end of week `week`, after its name under the week's "What you have set going". */
export function arcLine(
  arc: Arc,
  arcs: Partial<Record<Arc, ArcState>>,
  week: number,
  weeks: number,
  role: Role | null = null,
): string {
  const info = ARC_INFO[arc];
  const payoff = arcPayoff(arc, role);
  const from = paysOffFrom(arc, arcs[arc] ?? { started: week }, weeks);
  if (arcStage(arc, arcs, week, weeks) === 2) return ` — paying off. ${payoff}`;
  // Matured for the week ahead, inside the run: this week's hours still went on it.
  if (from === week + 1 && from <= weeks) return ` — pays off from week ${from}, next week. ${payoff}`;
  return ` — under way (${hoursText(info.hours)} a week). ${paysOffText(from, weeks)}`;
}

/**
 * A missed scene, said as the rule in `startWeek` has it: where it happened, and who from the game's people
 * was there to notice, each 1 point of trust less (where nobody the game follows was, none is claimed).
 */
export function missedLine(m: { knot: string; place: Place; title: string }): string {
  const at = missedAt(m);
  const names = at.people.map((id) => characterById(id)?.name ?? id);
  const cost = names.length === 1 ? `${names[0]} trusts you 1 less` : `${listOf(names)} each trust you 1 less`;
  if (AWAY[m.knot])
    return `“${m.title}” met in ${at.where} without you. By the time it reached you, the details had gone${names.length ? `, and those who went had noticed you weren’t there: ${cost}` : ''}.`;
  return `“${m.title}” happened at ${at.where} without you. By the time it reached you, the details had gone${names.length ? `, and the people who work there had heard you weren’t: ${cost}` : ''}.`;
}

/** Why people are going off sick, in the debrief's words: what has worn staff wellbeing down most (its numbers stay hidden till then). */
export function wornText(run: Parameters<typeof wornDownBy>[0]): string {
  const causes = wornDownBy(run);
  return causes.length ? `What has worn the team down most: ${causes.join('; ')}. ` : '';
}

/**
 * The week's closing question. Once a change has landed where the tension was (two scenes after it was made),
 * the game has said where that is: the question is what follows, and it says when that was and what this
 * week's own changes did, never claiming this week for an earlier one.
 */
export function levelHint(state: Pick<ViewState, 'changes' | 'pressing' | 'week'>): string {
  const landed = (right: boolean, week?: number) =>
    new Set(
      state.changes
        .filter(
          (c) =>
            c.origin.kind === 'intervention' &&
            c.origin.right === right &&
            c.delayed &&
            (week === undefined || c.week === week),
        )
        .map((c) => `${c.decision}:${c.scene}`),
    ).size;
  const hit = landed(true, state.week);
  const missed = landed(false, state.week);
  const firstHit = state.changes.find((c) => c.origin.kind === 'intervention' && c.origin.right && c.delayed);
  const many = inWords(missed);
  const missedNow = missed ? `; ${hit ? '' : 'this week '}${many} aimed elsewhere did not` : '';
  if (hit)
    return `All of it is in your notebook. This week your change${hit > 1 ? 's' : ''} at the ${state.pressing} level landed where the tension was${missedNow}. What else could reach it there?`;
  if (firstHit)
    return `All of it is in your notebook. In week ${firstHit.week} your change at the ${state.pressing} level landed where the tension was${missedNow}. What else could reach it there?`;
  return 'All of it is in your notebook. Where does the tension really sit: the organisation, a department, or how people practise?';
}

/** Causes that share a reason next to each other, in the order each reason first comes up. */
export function sameReasonTogether(items: readonly Explained[]): Explained[] {
  const keyed = items.map((e, i) => ({ e, i, key: e.detail ?? `#${i}` }));
  const first = new Map<string, number>();
  for (const { i, key } of keyed) if (!first.has(key)) first.set(key, i);
  return keyed.sort((a, b) => first.get(a.key)! - first.get(b.key)! || a.i - b.i).map(({ e }) => e);
}

/**
 * A week in numbers (each headline meter from its start to its end, the debrief's own ledger) and what moved
 * them, and why, by cause: the week's end shows it, and the plan for the next week offers it again, for a
 * player back from a break.
 */
export function weekMoves(state: ViewState, week: number, level: 'h2' | 'h3' = 'h3'): { moved: Child[]; why: Child[] } {
  // Everything that moved this week, by its cause (the week's decisions by scene, the rest one by one);
  // staff wellbeing stays hidden until the debrief.
  const causes = weekSummary(state, week)
    .map((e) => ({ ...e, net: e.net.filter((n) => n.target !== 'wellbeing' && n.target !== 'hours') }))
    .filter((e) => e.net.length);
  const points = weekly(recordOf(state));
  const from = points[week - 1];
  const to = points[week];
  const moved =
    from && to
      ? headlineMoves(from, to, (m) => {
          const change = to[m] === from[m] ? 'no change' : signed(to[m] - from[m]);
          return m === 'trust'
            ? [` (${change}; the average of `, ...groupMoves(from.groups, to.groups), ', rounded)']
            : ` (${change})`;
        })
      : [];
  // What asked a meter, or someone's trust in the player, for more than it could take says so, as a scene's end does.
  const groupOf = (e: Explained) =>
    GROUPS.find(
      (g) =>
        g.kinds.includes(e.origin.kind) && (g.delayed === undefined || g.delayed === e.changes.some((c) => c.delayed)),
    );
  /** What took a spiral's meter under its line, in full the first week it pushes, and where to find it after. */
  const spiralLine = (e: Explained): HTMLElement | null => {
    const off = e.changes[0] ? setOffBy(state, e.changes[0]) : null;
    if (!off) return null;
    // Staff wellbeing's numbers stay hidden till the debrief: the week people went off sick said what wore them down.
    if (off.target === 'wellbeing')
      return off.first
        ? h(
            'span',
            { class: 'cause-detail' },
            `The debrief says what wore the team down until people went off sick in week ${off.week}.`,
          )
        : null;
    return h(
      'span',
      { class: 'cause-detail' },
      off.first
        ? off.text
        : `Running since week ${off.since}: that week’s summary said what took it under the line, and the debrief says it again.`,
    );
  };
  const why = causes.length
    ? GROUPS.map((g) => {
        const items = sameReasonTogether(causes.filter((e) => groupOf(e) === g));
        if (!items.length) return null;
        return h(
          'section',
          { class: 'week-group', 'aria-label': g.title },
          h(level, {}, g.title),
          h(
            'ul',
            { class: 'week-notes' },
            items.map((e, i) => {
              const stopped = stoppedIn(state, e.changes);
              return h(
                'li',
                {},
                h('span', { class: 'decision-text' }, spokenStop(e.cause)),
                h(
                  'span',
                  { class: 'decision-effects' },
                  netsText(e.net),
                  stopped ? h('span', { class: 'stopped-note' }, ` (${stopped})`) : null,
                  h('span', { class: 'sr-only' }, '. '),
                ),
                spiralLine(e),
                e.detail && e.origin.kind !== 'pressure'
                  ? h(
                      'span',
                      { class: 'cause-detail' },
                      // The same reason again (three fixes at the wrong level) is said once, not word for word.
                      e.detail === items[i - 1]?.detail ? 'For the same reason as the one above.' : sentence(e.detail),
                    )
                  : null,
              );
            }),
          ),
        );
      })
    : [h('p', {}, 'Nothing moved the meters this week.')];
  return { moved: moved.flat(), why };
}

export function weekScreen(ctx: ScreenContext): Screen {
  const state = ctx.game.state;
  const week = state.week;
  const heading = h('h1', { tabindex: -1, id: 'week-heading' }, `End of week ${week}`);
  const { moved, why } = weekMoves(state, week);
  const leavers = state.leavers.filter((l) => l.week === week).reduce((n, l) => n + l.count, 0);
  const missed = state.missed.filter((m) => m.week === week);
  const clues = state.clues.filter((c) => c.week === week);
  const running = ARCS.filter((a) => state.arcs[a]);
  const weeks = weeksOf(state.run);
  const workshop = weeks === WORKSHOP_WEEKS;
  const span = runSpan(state.run);
  const last = week >= weeks;
  const next = h(
    'button',
    { type: 'button', class: 'primary', onclick: () => ctx.game.send({ type: 'NEXT' }) },
    afterWeek(state).button,
  );
  enterLeadsTo(heading, next);
  // Hours spent past the week's end: the bar stops at 0, the evenings do not.
  const over = overtimeOf(state.changes.filter((c) => c.week === week));
  const element = h(
    'section',
    { class: 'screen screen-week', 'aria-labelledby': 'week-heading' },
    h('p', { class: 'eyebrow' }, `Week ${week} of ${weeks}${workshop ? ' · the workshop quarter' : ''}`),
    heading,
    h('h2', {}, 'This week in numbers'),
    h('p', { class: 'week-net' }, moved),
    state.ending || last
      ? null
      : h(
          'p',
          { class: 'hint week-hours' },
          state.hours > 0
            ? `${hoursText(state.hours)} of ${hoursOwner(state).whose} ${hoursText(state.weekHours)} went unspent. Hours do not carry over: each week starts afresh.`
            : `You used all ${hoursText(state.weekHours)} of this week’s time${over ? `, and ${hoursText(over)} more from ${hoursOwner(state).evenings} (staff wellbeing, hidden until the debrief, falls by ${OVERTIME_WELLBEING_COST} for each hour over)` : ''}. Hours do not carry over: each week starts afresh.`,
        ),
    h('h2', {}, 'What moved, and why'),
    why,
    leavers
      ? h(
          'p',
          { class: 'notice notice-warning' },
          `${leavers === 1 ? 'A member of staff' : `${leavers} members of staff`} in medicine ${leavers === 1 ? 'has' : 'have'} been signed off sick with stress this week. ${wornText(state)}${last ? `The ${span}’s review comes next; their shifts become gaps on the rota after it, beyond this game.` : `From next week their shifts are gaps on the rota for the rest of the ${span}.`}`,
        )
      : null,
    missed.length
      ? [
          h('h2', {}, 'Heard second-hand'),
          h(
            'ul',
            {},
            missed.map((m) => h('li', {}, missedLine(m))),
          ),
        ]
      : null,
    clues.length
      ? [
          h('h2', {}, 'What people told you'),
          h(
            'ul',
            { class: 'clue-list' },
            clues.map((c) => {
              const before = heardBefore(state.clues, c);
              return h(
                'li',
                {},
                h('strong', {}, clueSource(c.speaker, false, state.plan[c.scene]?.title)),
                c.text,
                before === null ? null : h('span', { class: 'hint' }, ` (said to you before, in week ${before})`),
              );
            }),
          ),
          h('p', { class: 'hint' }, levelHint(state)),
        ]
      : null,
    running.length || state.structures.length
      ? [
          h('h2', {}, 'What you have set going'),
          h(
            'ul',
            {},
            running.map((a) =>
              h('li', {}, h('strong', {}, ARC_INFO[a].name), arcLine(a, state.arcs, week, weeks, state.role)),
            ),
            state.structures.map((s) =>
              h('li', {}, h('strong', {}, STRUCTURE_INFO[s].name), ` — ${STRUCTURE_INFO[s].effect}`),
            ),
          ),
        ]
      : null,
    state.ending
      ? null
      : h(
          'p',
          { class: 'stopping-point' },
          last
            ? `${workshop ? 'The workshop quarter’s four weeks are done; the month-end review' : 'The quarter’s eight weeks are done; the quarter review'} comes next. Your game is saved: if you stop here, Continue on the title screen brings you back to this page.`
            : roomPlay(ctx)
              ? // On the projector the facilitator reading it keeps the time.
                `Week ${week} is saved. Carry straight on to week ${week + 1}.`
              : state.run.session
                ? // In a workshop the room plays on: the facilitator, not the game, calls time.
                  `Week ${week} is saved. Carry straight on to week ${week + 1} unless your facilitator has called time.`
                : `A good place to stop: week ${week} is done and saved. Next time, press Continue on the title screen to plan week ${week + 1}.`,
        ),
    h('div', { class: 'actions' }, next),
  );
  return { element, focus: () => heading.focus() };
}
