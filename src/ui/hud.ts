/**
 * The meters across the top: number, label, icon and bar (never colour alone),
 * with the hours left this week. Changes animate and are announced.
 */
import budgetIcon from '../../assets/icons/budget.svg?raw';
import careIcon from '../../assets/icons/care.svg?raw';
import trustIcon from '../../assets/icons/trust.svg?raw';
import hoursIcon from '../../assets/icons/hours.svg?raw';
import { headline } from '../engine/rules/meters.ts';
import type { GameStore, ViewState } from '../engine/run/store.ts';
import { HEADLINE_METERS, TRUST_GROUPS, type HeadlineMeter, type TrustGroup } from '../engine/rules/types.ts';
import type { Announcer } from './announcer.ts';
import { h, icon } from './dom.ts';
import { hoursSpoken, hoursText, METER_LABEL, signed, spoken, TRUST_GROUP_LABEL } from './format.ts';
import { checkPlan, STALL_COST, STALL_LINE, weekHours as nextWeekHours } from '../engine/rules/weekly.ts';
import { OVERTIME_WELLBEING_COST, overtimeOf } from '../engine/rules/rules.ts';
import { isReviewKnot, LETTER_GROUPS } from '../engine/rules/quarter.ts';
import { PLACES, type Place } from '../engine/rules/types.ts';
import type { Channel } from './channel.ts';

const ICONS: Record<HeadlineMeter, string> = { budget: budgetIcon, care: careIcon, trust: trustIcon };

/**
 * What a group's trust is close to costing, when it is: Trust on the bar is the mean of three
 * groups, so one group nearing a line the rules act on would otherwise not show there. `ends`:
 * the line is the one that ends the quarter, the worse of the two.
 */
export function groupWarning(
  group: TrustGroup,
  value: number,
  week: number,
  weeksLeft = true,
  runOver = false,
): { note: string; short: string; ends: boolean } | null {
  // Once the run has ended (its ending, the debrief) no line is left to warn of: a letter that ended it is told there.
  if (runOver) return null;
  if (LETTER_GROUPS.includes(group) && value <= NEAR_ZERO)
    return { note: '— at 0, a letter to the board ends the quarter', short: 'a letter to the board at 0', ends: true };
  // The stall costs at a week's close: once the last week has closed (the review, the ending) none is left to cost.
  if (group === 'clinicians' && value < STALL_LINE + 5 && weeksLeft)
    return {
      note:
        value < STALL_LINE
          ? `— under ${STALL_LINE}: the savings plan stalls, Budget −${STALL_COST} a week${week < 3 ? ' from week 3' : ''}`
          : `— near ${STALL_LINE}, where the savings plan stalls (Budget −${STALL_COST} a week${week < 3 ? ' from week 3' : ''})`,
      // Said in words: "36, near 35" read as a number beside another.
      // Before week three the stall is still to come: "stalls" alone read as a stall already costing.
      short:
        (value < STALL_LINE ? `under ${STALL_LINE}: savings plan stalls` : `savings plan stalls under ${STALL_LINE}`) +
        (week < 3 ? ' from week 3' : ''),
      ends: false,
    };
  return null;
}
const NEAR_ZERO = 10;

/**
 * Groups' trust that moved while Trust on the bar, their rounded mean, did not: one group up and another down
 * cancel in the mean ("Make it Larch's rule": the front line +3, the executives −3), and the bar alone would say
 * nothing happened. `badge` when groups moved both ways (the largest rise and fall), `said` whenever any moved.
 */
export function groupShift(
  before: Readonly<Record<TrustGroup, number>>,
  after: Readonly<Record<TrustGroup, number>>,
): { badge: string | null; said: string } | null {
  const moved = TRUST_GROUPS.map((g) => ({ g, d: after[g] - before[g] })).filter((m) => m.d !== 0);
  if (!moved.length) return null;
  const up = Math.max(...moved.map((m) => m.d));
  const down = Math.min(...moved.map((m) => m.d));
  return {
    badge: up > 0 && down < 0 ? `▲ ${signed(up)} ▼ ${signed(down)}` : null,
    said: moved.map((m) => `${TRUST_GROUP_LABEL[m.g].toLowerCase()} ${spoken(m.d)}`).join(', '),
  };
}

/** Each group's trust that moved, by how much. Null when none did. */
export function groupMoves(
  before: Readonly<Record<TrustGroup, number>>,
  after: Readonly<Record<TrustGroup, number>>,
): Partial<Record<TrustGroup, number>> | null {
  const moved = TRUST_GROUPS.filter((g) => after[g] !== before[g]);
  return moved.length ? Object.fromEntries(moved.map((g) => [g, after[g] - before[g]])) : null;
}

const arrow = (delta: number): string => (delta > 0 ? '▲' : '▼');

interface MeterView {
  root: HTMLElement;
  value: HTMLElement;
  fill: HTMLElement;
  delta: HTMLElement;
  /** The badge's and the meter's animations for the last change, stopped when the next one starts. */
  played: Animation[];
}

/** Each keyframe eased on its own, as a CSS animation's timing function is. */
const eased = (frames: Keyframe[]): Keyframe[] => frames.map((f) => ({ ...f, easing: 'ease' }));
/** A change's badge rises into view, holds, and fades. */
const BADGE = eased([
  { opacity: 0, transform: 'translateY(6px)' },
  { offset: 0.15, opacity: 1, transform: 'translateY(0)' },
  { offset: 0.75, opacity: 1, transform: 'translateY(0)' },
  { opacity: 0, transform: 'translateY(0)' },
]);
/** The meter glows in its colour as it rises… */
const GLOW = eased([
  { boxShadow: '0 0 0 0 transparent' },
  { offset: 0.4, boxShadow: '0 0 0 4px color-mix(in srgb, var(--color) 30%, transparent)' },
  { boxShadow: '0 0 0 0 transparent' },
]);
/** …and shakes as it falls. */
const SHAKE = eased([
  { transform: 'translateX(0)' },
  { offset: 0.25, transform: 'translateX(-3px)' },
  { offset: 0.75, transform: 'translateX(3px)' },
  { transform: 'translateX(0)' },
]);

/** The hours bar's words when no overtime is shown: in the week, planning the next, or the week just over. */
const HOURS_WORDS: Record<
  'plan' | 'week' | 'over',
  { label: string; name: string; of: (hours: number, week: number) => string }
> = {
  plan: {
    label: 'Hours left',
    name: 'Hours left this week',
    of: (hours, week) => `${hours} of next week’s ${week} hours left after this plan`,
  },
  week: { label: 'Hours left', name: 'Hours left this week', of: (hours, week) => `${hours} of ${week} hours` },
  over: {
    label: 'Unspent',
    name: 'Hours unspent, the week over',
    of: (hours, week) => `${hours} of ${week} hours went unspent`,
  },
};

/**
 * What the hours bar says. The week's hours stop at 0, but hours spent past them are spent all the same, out of the
 * evenings, and each costs staff wellbeing: once a week has gone past its hours, the bar says by how much, not 0.
 * `over`: this week's hours past its end; `mode`: planning next week, in the week, or the week just over.
 */
export function hoursMeter(
  hours: number,
  weekHours: number,
  over: number,
  mode: 'plan' | 'week' | 'over',
): { label: string; name: string; value: string; valuetext: string; overtime: boolean } {
  if (mode !== 'plan' && hours <= 0 && over > 0)
    return {
      label: 'Overtime',
      name: 'Hours past the week’s end',
      value: `+${hoursText(over)}`,
      valuetext: `${hoursSpoken(over)} past this week’s ${weekHours} hours; staff wellbeing falls by ${OVERTIME_WELLBEING_COST} for each`,
      overtime: true,
    };
  const words = HOURS_WORDS[mode];
  return {
    label: words.label,
    name: words.name,
    value: hoursText(hours),
    valuetext: words.of(hours, weekHours),
    overtime: false,
  };
}

export class Hud {
  readonly element: HTMLElement;
  private readonly views = {} as Record<HeadlineMeter, MeterView>;
  private readonly hours: { root: HTMLElement; label: HTMLElement; value: HTMLElement; fill: HTMLElement };
  /** The places the plan screen has ticked, while it is open. */
  private planned: readonly Place[] = [];
  private readonly trustDetail: HTMLElement;
  /** Says which group is near a line that costs the player, since Trust itself is their mean and hides it. */
  private readonly trustSummary: HTMLElement;
  private last: Record<HeadlineMeter, number> | null = null;
  private lastGroups: Record<TrustGroup, number> | null = null;
  /** Where the change badges were last shown (screen and scene): they belong to that moment, not the next screen's. */
  private flashedAt: string | null = null;
  /**
   * How each group's trust moved in the last change, shown beside it in Trust by group while the badges stand:
   * the badge "▲ +1 ▼ −2" beside a Trust that did not move named no group (a play-tester read it so).
   */
  private groupMoves: Partial<Record<TrustGroup, number>> | null = null;
  /** The last change moved a group while the bar's Trust, their rounded mean, stood still. */
  private meanHid = false;
  private runStart: ViewState['history'][number] | undefined;
  private changeCount = 0;
  private unsubscribe: (() => void)[] = [];

  constructor(
    private readonly store: GameStore,
    private readonly announcer: Announcer,
    private readonly onChange: (meter: HeadlineMeter, delta: number) => void,
    channel: Channel,
  ) {
    const meters = HEADLINE_METERS.map((m) => {
      const value = h('span', { class: 'meter-value' });
      const fill = h('span', { class: 'meter-fill' });
      const delta = h('span', { class: 'meter-delta', 'aria-hidden': 'true' });
      const root = h(
        'div',
        {
          class: `meter meter-${m}`,
          role: 'meter',
          'aria-label': METER_LABEL[m],
          'aria-valuemin': 0,
          'aria-valuemax': 100,
        },
        icon(ICONS[m]),
        h('span', { class: 'meter-label' }, METER_LABEL[m]),
        value,
        h('span', { class: 'meter-track' }, fill),
        delta,
      );
      this.views[m] = { root, value, fill, delta, played: [] };
      return root;
    });
    const hoursValue = h('span', { class: 'meter-value' });
    const hoursFill = h('span', { class: 'meter-fill' });
    const hoursLabel = h('span', { class: 'meter-label' }, 'Hours left');
    const hoursRoot = h(
      'div',
      { class: 'meter meter-hours', role: 'meter', 'aria-label': 'Hours left this week', 'aria-valuemin': 0 },
      icon(hoursIcon),
      hoursLabel,
      hoursValue,
      h('span', { class: 'meter-track' }, hoursFill),
    );
    this.hours = { root: hoursRoot, label: hoursLabel, value: hoursValue, fill: hoursFill };
    this.trustDetail = h('ul', { class: 'trust-detail' });
    this.trustSummary = h('summary', {}, 'Trust by group');
    // How the bar's Trust is made from the groups: a group's 1 point can move it by 1 or by nothing, as rounding falls.
    const how = h(
      'p',
      { class: 'trust-how' },
      'Trust on the bar is the three groups averaged, then rounded: 3 points in one group move it by 1, and a single point by a third of one.',
    );
    const detailBox = h('details', { class: 'trust-breakdown' }, this.trustSummary, this.trustDetail, how);
    this.element = h(
      'header',
      { class: 'hud', 'aria-label': 'Meters' },
      h('div', { class: 'hud-meters' }, meters, hoursRoot),
      detailBox,
    );
    this.unsubscribe.push(
      store.subscribe(
        (s) => s.meters,
        () => this.render(store.getState(), this.played(store.getState())),
      ),
      store.subscribe(
        (s) => s.hours,
        () => this.render(store.getState(), this.played(store.getState())),
      ),
      // Hours spent past the week's end leave the hours at 0: the bar says them from the overtime.
      store.subscribe(
        (s) => s.overtime,
        () => this.render(store.getState(), this.played(store.getState())),
      ),
      store.subscribe(
        (s) => [s.role, s.screen] as const,
        () => this.render(store.getState(), false),
        { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
      ),
    );
    this.unsubscribe.push(
      channel.on('planSelection', (selection) => {
        this.planned = selection.visits;
        this.render(store.getState(), false);
      }),
    );
    this.render(store.getState(), false);
  }

  /** Whether a state is a change the player just caused, judged once however many parts of it changed. */
  private played(state: ViewState): boolean {
    if (this.judged?.state !== state) this.judged = { state, played: this.isPlayedChange(state) };
    return this.judged.played;
  }
  private judged: { state: ViewState; played: boolean } | null = null;
  /** The hours and the trust warning last shown, so each is said only when it changes. */
  private lastHours: number | null = null;
  private lastOver = 0;
  private lastWarning = '';

  /**
   * Only a change the player just caused is announced and animated: the same
   * run as last time (its first history point is the very same object) with
   * more changes logged. A new run or a loaded save is not a change.
   */
  private isPlayedChange(state: ViewState): boolean {
    const sameRun = state.history[0] !== undefined && state.history[0] === this.runStart;
    const grew = state.changes.length > this.changeCount;
    this.runStart = state.history[0];
    this.changeCount = state.changes.length;
    return sameRun && grew;
  }

  private render(state: ViewState, announce: boolean): void {
    const now = headline(state.meters);
    const said: string[] = [];
    // A badge says what just moved. On the next screen or scene it would read as that screen's change (a week's
    // summary beside the last decision's "▼ −4"), and with reduced motion it never fades: take it down there.
    const moment = `${state.screen}:${state.sceneIndex}`;
    // Only a scene and its end show them: the week's summary, the plan, the ending and the debrief give
    // their own account of what moved, and a badge beside it would be a second, different figure.
    const badges = state.screen === 'scene' || state.screen === 'summary';
    // Each change's badges replace the last change's: where they stay (reduced motion, a projector), a meter the
    // last decision moved kept its badge beside the next decision's, and read as that decision's.
    const moves = announce && badges && this.lastGroups ? groupMoves(this.lastGroups, state.meters.trust) : null;
    const moved =
      moves !== null || (announce && this.last !== null && HEADLINE_METERS.some((m) => now[m] !== this.last![m]));
    if (this.flashedAt !== null && (this.flashedAt !== moment || moved)) {
      for (const m of HEADLINE_METERS) this.unflash(this.views[m]);
      this.flashedAt = null;
      this.groupMoves = null;
      this.meanHid = false;
    }
    // Each group's part in this change, said beside the group (below, in Trust by group).
    if (moves) {
      this.groupMoves = moves;
      this.meanHid = false;
      this.flashedAt = moment;
    }
    for (const m of HEADLINE_METERS) {
      const v = this.views[m];
      const value = now[m];
      v.root.setAttribute('aria-valuenow', String(value));
      // Trust is the average of the three groups' trust; a listener hears which, as the bar's detail shows them.
      v.root.setAttribute(
        'aria-valuetext',
        m === 'trust'
          ? `${value} out of 100, the average of ${TRUST_GROUPS.map((g) => `${TRUST_GROUP_LABEL[g].toLowerCase()} ${state.meters.trust[g]}`).join(', ')}`
          : `${value} out of 100`,
      );
      v.value.textContent = String(value);
      v.fill.style.setProperty('--value', `${value}%`);
      const delta = this.last ? value - this.last[m] : 0;
      if (announce && delta !== 0) {
        said.push(`${METER_LABEL[m]} ${spoken(delta)}, now ${value}.`);
        if (badges) {
          this.flash(v, delta);
          this.flashedAt = moment;
        }
        this.onChange(m, delta);
      } else if (announce && m === 'trust' && this.lastGroups) {
        // The mean stood still, but the groups under it may not have.
        const shift = groupShift(this.lastGroups, state.meters.trust);
        if (shift) {
          // Trust by group is marked, since it alone shows which.
          this.meanHid = badges;
          said.push(`Trust unchanged at ${value} on average: ${shift.said}.`);
          if (badges && shift.badge) {
            this.flash(v, 0, shift.badge);
            this.flashedAt = moment;
          }
        }
      }
    }
    this.last = now;
    this.lastGroups = { ...state.meters.trust };
    // While planning, the hours are next week's: what it gives, less what the plan so far takes.
    const planning = state.screen === 'plan';
    const weekHours = planning ? nextWeekHours(state, state.week + 1) : state.weekHours;
    const hours = planning
      ? Math.max(
          0,
          weekHours -
            checkPlan(
              state,
              this.planned.filter((p) => PLACES.includes(p)),
            ).hours,
        )
      : state.hours;
    this.hours.root.setAttribute('aria-valuenow', String(hours));
    this.hours.root.setAttribute('aria-valuemax', String(Math.max(weekHours, 1)));
    // Once the week is over, what is left is what went unspent, not time still to use (a play-tester read it so).
    const weekOver = state.screen === 'week';
    const over = planning || hours > 0 ? 0 : overtimeOf(state.changes.filter((c) => c.week === state.week));
    const shown = hoursMeter(hours, weekHours, over, planning ? 'plan' : weekOver ? 'over' : 'week');
    this.hours.label.textContent = shown.label;
    this.hours.root.setAttribute('aria-label', shown.name);
    this.hours.root.setAttribute('aria-valuetext', shown.valuetext);
    this.hours.root.classList.toggle('overtime', shown.overtime);
    // Once the weeks are over there is no week left to spend hours on: the review comes after the last
    // week's summary, and takes none.
    const weeksOver =
      state.screen === 'ending' || state.screen === 'debrief' || isReviewKnot(state.plan[state.sceneIndex]?.knot);
    this.hours.root.hidden = weeksOver;
    this.hours.value.textContent = shown.value;
    // Hours a scene or a choice takes are seen on the bar; they are said too (never the plan's what-ifs).
    if (announce && !planning && this.lastHours !== null && hours !== this.lastHours)
      said.push(`Hours left: ${hoursSpoken(hours)} of ${hoursSpoken(weekHours)}.`);
    if (announce && !planning && over > this.lastOver) said.push(`Overtime: ${hoursSpoken(over)} past the week’s end.`);
    this.lastHours = hours;
    this.lastOver = over;
    this.hours.fill.style.setProperty('--value', `${weekHours ? (hours / weekHours) * 100 : 0}%`);
    const warnings = TRUST_GROUPS.map((g) => ({
      g,
      warning: groupWarning(
        g,
        state.meters.trust[g],
        state.week,
        !weeksOver,
        state.screen === 'ending' || state.screen === 'debrief',
      ),
    }));
    this.trustDetail.replaceChildren(
      ...warnings.map(({ g, warning }) =>
        h(
          'li',
          { class: warning ? `trust-low${warning.ends ? ' ends' : ''}` : '' },
          h('span', {}, TRUST_GROUP_LABEL[g], h('span', { class: 'sr-only' }, ': ')),
          h('strong', {}, String(state.meters.trust[g])),
          this.groupMoves?.[g]
            ? h('span', { class: 'trust-moved' }, `${arrow(this.groupMoves[g])} ${signed(this.groupMoves[g])} just now`)
            : null,
          warning ? h('span', { class: 'trust-note' }, warning.note) : null,
        ),
      ),
    );
    // The worst first: a group whose letter would end the quarter before one near the stall.
    const worst = warnings.find((w) => w.warning?.ends) ?? warnings.find((w) => w.warning);
    const warning = worst?.warning
      ? `${TRUST_GROUP_LABEL[worst.g]} trust ${state.meters.trust[worst.g]} ${worst.warning.note}`
      : '';
    if (announce && warning && warning !== this.lastWarning) said.push(`Warning: ${warning}.`);
    this.lastWarning = warning;
    this.trustSummary.classList.toggle('moved', this.meanHid);
    const hid = this.meanHid && this.groupMoves ? this.groupMoves : null;
    this.trustSummary.replaceChildren(
      'Trust by group',
      worst
        ? h(
            'span',
            { class: `trust-alert${worst.warning!.ends ? ' ends' : ''}` },
            // Why it is marked (amber near the stall, red where a letter would end the quarter), in two
            // words; the open list says what happens at the line.
            ` · ${TRUST_GROUP_LABEL[worst.g]} ${state.meters.trust[worst.g]}, ${worst.warning!.short}`,
          )
        : '',
      // Which groups moved under a Trust that stood still, where the bar has the width (not a phone's): a room
      // on a projector saw "▲ +2 ▼ −2" beside an unchanged 53. Said already by the live region.
      hid
        ? h(
            'span',
            { class: 'trust-moved-note', 'aria-hidden': 'true' },
            ` · just now: ${TRUST_GROUPS.filter((g) => hid[g])
              .map((g) => `${TRUST_GROUP_LABEL[g].toLowerCase()} ${signed(hid[g]!)}`)
              .join(', ')}`,
          )
        : '',
    );
    if (said.length) this.announcer.say(said.join(' '));
  }

  private unflash(v: MeterView): void {
    for (const a of v.played.splice(0)) a.cancel();
    v.root.classList.remove('up', 'down');
    v.delta.textContent = '';
  }

  /** Show a change's badge: a rise or a fall, or (`text`, a delta of 0) groups that moved both ways under it. */
  private flash(v: MeterView, delta: number, text?: string): void {
    for (const a of v.played.splice(0)) a.cancel();
    v.delta.textContent = text ?? `${arrow(delta)} ${signed(delta)}`;
    v.root.classList.remove('up', 'down');
    v.root.classList.add(delta < 0 ? 'down' : 'up');
    // With reduced motion the badge simply stays (see styles.css). Otherwise each change plays from the start,
    // however many came before it: animations started here, not by the class, which would need the page
    // laid out between taking the class off and putting it back (reading offsetWidth, the usual trick, did
    // that in the middle of a choice).
    const page = document.documentElement.dataset;
    if (page.motion === 'reduced' || typeof v.root.animate !== 'function') return;
    v.played.push(
      // On a projector the badge stays, as with reduced motion, until the next change or the next scene: gone in
      // under two seconds, it faded while the facilitator read out the room's choice.
      ...(page.room === 'projector' ? [] : [v.delta.animate(BADGE, { duration: 1800, fill: 'forwards' })]),
      delta >= 0 ? v.root.animate(GLOW, { duration: 900 }) : v.root.animate(SHAKE, { duration: 500 }),
    );
  }

  destroy(): void {
    for (const u of this.unsubscribe) u();
  }
}
