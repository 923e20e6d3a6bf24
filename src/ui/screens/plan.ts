/**
 * Plan the week on the hospital map. The Phaser map above draws the site; this
 * DOM form is the whole control (keyboard, screen readers, zoom): pick up to
 * three places, see what each costs from where you work, and start the week.
 */
import { characterById } from '../../engine/rules/characters.ts';
import {
  baseBuilding,
  PLACE_INFO,
  SCHEDULE,
  AWAY,
  visitCost,
  CLINICAL_SESSIONS,
  weeksOf,
  ARC_INFO,
  buildingOf,
} from '../../engine/rules/quarter.ts';
import { checkPlan, maxVisits, outOfSight, weekHours, weekHoursParts } from '../../engine/rules/weekly.ts';
import { OVERTIME_WELLBEING_COST } from '../../engine/rules/rules.ts';
import { inWords, listOf } from '../../engine/rules/prose.ts';
import { PLACES, type Place, type Structure } from '../../engine/rules/types.ts';
import { h } from '../dom.ts';
import { leadsHere } from '../pair-devices.ts';
import { PLAN_DRAFT_KEY } from '../storage.ts';
import { BUILDING_NAME, hoursSpoken, hoursText, TRUST_GROUP_LABEL } from '../format.ts';
import type { Screen, ScreenContext } from './context.ts';
import { weekMoves } from './week.ts';

export function planScreen(ctx: ScreenContext): Screen {
  const state = ctx.game.state;
  const role = state.role ?? 'clinician';
  const week = state.week + 1;
  const hours = weekHours(state, week);
  const most = maxVisits(state);
  const mostInWords = inWords(most, 'none');
  const base = baseBuilding(role, state.structures);
  const selected: Place[] = [];
  const heading = h('h1', { tabindex: -1, id: 'plan-heading' }, `Plan week ${week}`);
  const total = h('p', { class: 'plan-total', 'aria-live': 'polite' });
  const problem = h('p', { class: 'field-error', role: 'alert', hidden: true });
  const start = h('button', { type: 'button', class: 'primary' }, 'Start the week');

  const diary = (SCHEDULE[week] ?? []).map((knot) => ctx.game.metaOf(knot));
  // A meeting off the site: where it is, and what its extra hours (already in the place's cost) are for.
  const awayText = (knot: string): string => {
    const away = AWAY[knot];
    return away ? `, in ${away.where}: ${hoursText(away.hours)} more for ${away.spentOn}` : '';
  };
  const boxes = new Map<Place, HTMLInputElement>();

  const publish = (): void => {
    ctx.channel.send('planSelection', { visits: [...selected], base });
  };

  // What a week that never crosses to the other side costs, said before it is chosen, in the rule's own words.
  const unseenBy = (visits: readonly Place[]): string => {
    const out = outOfSight(role, visits, state.structures);
    const group = out && TRUST_GROUP_LABEL[out.group].toLowerCase();
    return out ? ` No visit ${out.missing}: ${group} won’t see you. Trust of ${group} −${out.cost}.` : '';
  };

  const render = (): void => {
    const check = checkPlan(state, selected);
    const left = hours - check.hours;
    total.textContent =
      selected.length === 0
        ? `No visits planned: you stay ${role === 'clinician' ? 'on your own ward and in clinic' : 'at your desk in ' + BUILDING_NAME[base]}. ${hoursText(hours)} free this week.${unseenBy(selected)}`
        : `${selected.length} of ${most} visits: ${hoursText(check.hours)} of your ${hoursText(hours)}, leaving ${hoursText(left)} for what the week brings.${unseenBy(selected)}${selected.length >= most ? ' Untick one to choose another place.' : ''}`;
    // Marked unavailable rather than disabled: a keyboard or screen-reader player can still reach each
    // place, compare it, and be told why it cannot be added.
    for (const box of boxes.values())
      box.setAttribute('aria-disabled', String(!box.checked && selected.length >= most));
    problem.hidden = left >= 0;
    problem.textContent =
      left < 0
        ? `That plan takes ${hoursText(-left)} more than you have: the rest comes out of your evenings, and staff wellbeing falls by ${OVERTIME_WELLBEING_COST} for every hour over (the team feels a leader running on empty). The week’s scenes take hours too.`
        : '';
    publish();
  };

  const full = (name: string, how: string): string =>
    `You already have ${mostInWords} visits this week, the most a week allows: ${how} to go to ${name} instead.`;
  // What a press on the map, or a tick at the week's limit, did or why it did nothing: said where it is seen and heard.
  const mapNote = h('p', { class: 'plan-map-note', 'aria-live': 'polite' });
  // The same word beside a place ticked in the list, where the finger is: on a phone the note above the
  // map is a screen or more away. Seen here and heard from the note above, so it is not said twice.
  const listNote = h('p', { class: 'place-full', 'aria-hidden': 'true' });
  const toggle = (place: Place, on: boolean): void => {
    const at = selected.indexOf(place);
    listNote.remove();
    if (on && at < 0 && selected.length >= most) {
      mapNote.textContent = full(PLACE_INFO[place].name, 'untick one');
      listNote.textContent = mapNote.textContent;
      boxes.get(place)?.closest('li')?.append(listNote);
    }
    if (on && at < 0 && selected.length < most) selected.push(place);
    if (!on && at >= 0) selected.splice(at, 1);
    const box = boxes.get(place);
    if (box) box.checked = selected.includes(place);
    keepDraft();
    render();
  };
  // The places ticked are kept until the week starts: a reload, or the page closed and opened again (a phone
  // put away mid-plan), comes back to them, as to a scene's lines.
  const draftOf = `${state.run.id}:${week}`;
  const keepDraft = (): void => {
    try {
      localStorage.setItem(PLAN_DRAFT_KEY, JSON.stringify({ of: draftOf, visits: selected }));
    } catch {
      // No storage: the ticks last as long as the page.
    }
  };
  const draft = ((): readonly unknown[] => {
    try {
      const kept = JSON.parse(localStorage.getItem(PLAN_DRAFT_KEY) ?? 'null') as {
        of?: unknown;
        visits?: unknown;
      } | null;
      return kept?.of === draftOf && Array.isArray(kept.visits) ? kept.visits : [];
    } catch {
      return [];
    }
  })();

  const items = PLACES.map((place) => {
    const info = PLACE_INFO[place];
    const cost = visitCost(role, place, state.structures, week);
    const events = diary.filter((m) => m.place === place);
    const id = `visit-${place}`;
    const box = h('input', { type: 'checkbox', id, name: 'visits', value: place, 'aria-describedby': `${id}-about` });
    box.addEventListener('change', () => toggle(place, box.checked));
    boxes.set(place, box);
    const people = info.people.map((p) => characterById(p)?.short).filter(Boolean);
    return h(
      'li',
      { class: `plan-place kind-${info.kind.replace(' ', '-')}` },
      box,
      h(
        'label',
        { for: id },
        h('span', { class: 'place-name' }, info.name),
        h('span', { class: 'place-cost', 'aria-hidden': 'true' }, hoursText(cost.total)),
        h('span', { class: 'sr-only' }, `, ${hoursSpoken(cost.total)}`),
      ),
      h(
        'p',
        { id: `${id}-about`, class: 'place-about' },
        `${info.blurb} `,
        cost.travel
          ? `${hoursText(cost.travel)} walking from ${BUILDING_NAME[base]}, ${hoursText(cost.there)} there.`
          : `${hoursText(cost.there)} there; it’s in your building.`,
        people.length
          ? ` Likely to see: ${people.join(', ')}; ${people.length === 1 ? 'they' : 'each'} will trust you 1 more for showing up.`
          : '',
        events.length
          ? h(
              'strong',
              { class: 'place-event' },
              ` This week: ${events.map((e) => `${e.day}, “${e.title}”${awayText(e.knot)}`).join('; ')}.`,
            )
          : '',
      ),
    );
  });

  start.addEventListener('click', () => {
    try {
      localStorage.removeItem(PLAN_DRAFT_KEY);
    } catch {
      // Nothing kept.
    }
    ctx.game.send({ type: 'PLAN', visits: [...selected] });
  });
  for (const place of draft) if (boxes.has(place as Place)) toggle(place as Place, true);

  const offPick = ctx.channel.on('mapPick', (place) => {
    if (!boxes.has(place)) return;
    const name = PLACE_INFO[place].name;
    if (!selected.includes(place) && selected.length >= most) {
      mapNote.textContent = full(name, 'take one off (press it again, or untick it below)');
      return;
    }
    toggle(place, !selected.includes(place));
    mapNote.textContent = `${selected.includes(place) ? 'Added' : 'Taken off'}: ${name}. ${total.textContent}`;
  });

  const parts = weekHoursParts(state, week);
  const adjusted = hoursAdjusted(parts, hours);
  /**
   * The week just played, in numbers, with what moved them a press away: a player back from a break (the
   * week's end says it is a good place to stop) meets the plan, and the meters, with no other word of it.
   */
  function lastWeek(): HTMLElement | null {
    if (state.week < 1) return null;
    // Its groups' headings are the plan's own second level, under its h1 (as the diary's is).
    const { moved, why } = weekMoves(state, state.week, 'h2');
    return h(
      'details',
      { class: 'plan-last-week' },
      h('summary', {}, h('strong', {}, `Week ${state.week}: `), ...moved, '. What moved them, and why'),
      why,
    );
  }

  const element = h(
    'section',
    { class: 'screen screen-plan', 'aria-labelledby': 'plan-heading' },
    h('p', { class: 'eyebrow' }, `Week ${week} of ${weeksOf(state.run)} · Alderbank General`),
    heading,
    leadsHere(
      state,
      (lead) => `This week’s plan is your partner’s, the ${lead}’s: its hours, its diary and its “you” are theirs.`,
    ),
    // Just under the map, where the finger that pressed it is: on a phone the rest of the plan is screens below.
    mapNote,
    lastWeek(),
    h(
      'p',
      { class: 'lede' },
      role === 'clinician'
        ? `Your clinical sessions come first: ${CLINICAL_SESSIONS} hours (${CLINICAL_SESSIONS / 4} programmed activities) of ward rounds, clinic and the take are fixed in your job plan. Of the other ${inWords(10 - CLINICAL_SESSIONS / 4)} of your ten PAs, ${inWords(9 - CLINICAL_SESSIONS / 4)} ${9 - CLINICAL_SESSIONS / 4 === 1 ? 'is' : 'are'} for the clinical director role and one is for your own supporting activities (CPD, appraisal, revalidation); in practice the role takes that one too, which leaves ${hoursText(parts.base)}${adjusted} to lead with.`
        : `You have ${hoursText(parts.base)} outside the standing meetings${adjusted}. Your office is in ${BUILDING_NAME[base]}.`,
    ),
    diary.length
      ? h(
          'div',
          { class: 'plan-diary' },
          h('h2', {}, 'In the diary'),
          h(
            'ul',
            {},
            diary.map((m) =>
              h(
                'li',
                {},
                `${m.day}: ${PLACE_INFO[m.place].name}${AWAY[m.knot] ? `, then ${AWAY[m.knot]!.where}` : ''} — “${m.title}”`,
              ),
            ),
          ),
          h(
            'p',
            { class: 'hint' },
            'Be there and you see it first-hand. Miss it and you hear about it later, second-hand, and each of the people who were there trusts you 1 less. Under People, your notebook says what each one’s trust opens up.',
          ),
        )
      : null,
    h(
      'p',
      { class: 'hint plan-map-hint' },
      `Choose up to ${mostInWords} places: press them on the map above, or tick them in the list below.`,
    ),
    h('p', { class: 'site-description' }, siteText(state.structures)),
    h(
      'fieldset',
      { class: 'plan-places' },
      h('legend', {}, `Where will you go? Up to ${most} places`),
      h('ul', {}, items),
    ),
    total,
    problem,
    state.run.device
      ? h(
          'p',
          { class: 'notice notice-info' },
          'A device each: agree the week’s visits together and choose the same places on both devices, then both press Start the week.',
        )
      : null,
    h('div', { class: 'actions' }, start),
  );
  render();
  return {
    element,
    focus: () => heading.focus(),
    destroy: () => {
      offPick();
      ctx.channel.send('planSelection', { visits: [], base });
    },
  };
}

/** The site as the plan describes it: where each building's people and places are this quarter (`buildingOf`). */
export function siteText(structures: readonly Structure[]): string {
  const finance = buildingOf('finance', structures) === 'main';
  const mainHolds = [
    'Larch Ward',
    'the emergency department',
    'theatres',
    'the staff café',
    ...(structures.includes('colocate') ? ['now the management team'] : []),
    ...(finance ? ['the finance office'] : []),
  ];
  const riverside = finance ? 'the executive suite' : 'the finance office and the executive suite';
  return `The site: the main block holds ${listOf(mainHolds)}; the outpatients building is next door to it (half an hour there and back from the main block); Riverside House, with ${riverside}, is ten minutes across the car park (a trip there and back costs an hour of your diary).`;
}

/**
 * Where the week's hours differ from the role's own, the reasons, as the plan's opening sentence goes on:
 * protected time, and arcs under way. The arcs are named in quotes, as written: run together in lower case,
 * "protected time and an induction and mapping informal leaders" read as one muddle.
 */
export function hoursAdjusted(parts: ReturnType<typeof weekHoursParts>, hours: number): string {
  const changes = [
    ...(parts.protected ? [`your protected time adds ${hoursText(parts.protected)}`] : []),
    ...(parts.arcs.length
      ? [
          `${listOf(parts.arcs.map((a) => `“${ARC_INFO[a].name}”`))} ${parts.arcs.length === 1 ? 'takes' : 'take'} ${hoursText(parts.arcs.reduce((n, a) => n + ARC_INFO[a].hours, 0))} a week until ${parts.arcs.length === 1 ? 'it pays' : 'they pay'} off`,
        ]
      : []),
  ];
  return changes.length ? `; ${listOf(changes)}, so ${hoursText(hours)}` : '';
}
