/**
 * How the meters, the week's hours and the role's own authority work, in the player's words: the
 * briefing folds it under its essentials, and the notebook keeps it for a player who wants it again.
 */
import { INTERVENTION, weeksOf } from '../engine/rules/quarter.ts';
import { listOf, ROLE_POST, TRUST_GROUP_LABEL } from '../engine/rules/prose.ts';
import type { GameState } from '../engine/rules/rules.ts';
import { outOfSight, WINTER_FROM } from '../engine/rules/weekly.ts';
import { h } from './dom.ts';
import { seatOf } from './pair-devices.ts';
import { METER_HELP } from './text.ts';
import { WEEK_HOURS } from '../engine/rules/meters.ts';

/**
 * How a choice that uses the role's own authority is marked. A pair's run marks it with the post, not "your":
 * the partner proposing on the same device, or on their own, does not hold it.
 */
export const authorityLabel = (state: Pick<GameState, 'role' | 'run'>): string => {
  const post = ROLE_POST[state.role ?? 'clinician'];
  return state.run.pair ? `The ${post}’s call` : `Your call as ${post}`;
};

/** What is at stake, said where it is always in view: when the quarter ends early. */
export const STAKES = METER_HELP.scale;

/** The three meters' lines, the hours and what only the role may decide, as list and paragraphs. */
export function rulesHelp(
  state: Pick<GameState, 'role' | 'run' | 'weekHours'>,
  /** 'briefing': this week's hours, as the week begins; 'notebook': the rule, read at any time (the bar has this week's). */
  when: 'briefing' | 'notebook',
): HTMLElement[] {
  const role = state.role ?? 'clinician';
  // A pair with a device each: the partner's device is told the run's hours and authority are the lead's.
  const seat = seatOf(state);
  const partnerLeads = seat !== null && !seat.lead;
  // What wears staff wellbeing down (the rules in weekly.ts), said before the player meets any of it.
  // Winter wears it down from week five, November: a four-week run never gets there.
  const drains = [
    'poor care',
    'a front line that feels unheard',
    ...(role === 'clinician' ? ['a clinician leader’s two jobs in one diary'] : []),
    ...(weeksOf(state.run) >= WINTER_FROM ? ['winter, from November'] : []),
  ];
  const wears = `Staff wellbeing stays hidden until the debrief. Overwork wears it down, and so do ${listOf(drains)}. When it runs low, people go off sick.`;
  // The week's figure as it begins; later the bar has it, and the rule is what the notebook keeps.
  const weekly = `${WEEK_HOURS[role]} hours a week to lead with${role === 'clinician' ? ', after the clinical sessions' : ''}`;
  const changes = `a long piece of work started takes some of them while it runs${role === 'clinician' ? ', and protected time gives some back' : ''}; the bar shows this week’s`;
  // What a week that never crosses to the other side costs, said where the rules are kept, not in the briefing: the
  // visit it lacks and its cost are the rule's own (`outOfSight`, with nothing built).
  const out = outOfSight(role, [], []);
  const whose = out && TRUST_GROUP_LABEL[out.group].toLowerCase().replace(/s?$/, (s) => (s ? 's’' : '’s'));
  const unseen = out
    ? `A week with no visit ${out.missing} costs ${out.cost} of ${whose} trust: ${
        role === 'manager'
          ? 'at your desk, in the executive suite or the finance office, nobody on the wards sees you, unless co-location, a shared kitchen or walk-rounds put you in their path.'
          : 'on the wards, in ED, in theatres or in clinic, nobody in Riverside House sees you, unless co-location or a shared kitchen puts you in each other’s path.'
      }`
    : '';
  const hours =
    when === 'briefing'
      ? partnerLeads
        ? `Hours: the run keeps your partner’s diary, as the lead: ${state.weekHours} hours this week.`
        : `Hours: you start this week with ${state.weekHours}.`
      : partnerLeads
        ? `Hours: the run keeps your partner’s diary, as the lead: ${weekly}; ${changes}.`
        : `Hours: you have ${weekly}; ${changes}.`;
  return [
    h(
      'ul',
      { class: 'meter-help' },
      [METER_HELP.budget, METER_HELP.care, METER_HELP.trust].map((t) => h('li', {}, t)),
    ),
    h(
      'p',
      {},
      `${hours} Choices that take time say so on the button. Working past zero comes out of ${partnerLeads ? 'their' : 'your'} evenings, and the team feels it.${when === 'notebook' ? ` ${unseen}` : ''} ${wears}`,
    ),
    // The level rule's figures, said before a card charges them: a miss costs trust whatever it did where aimed.
    h(
      'p',
      {},
      `A change aimed at a level (a standard, a rota, a post, a process) shows what it did to the tension ${INTERVENTION.after === 2 ? 'two' : INTERVENTION.after} scenes later. Aimed where the tension is worst, it adds ${INTERVENTION.right.trust} to each group’s trust and ${INTERVENTION.right.care} to Patient care; aimed anywhere else, whatever it did there, it costs ${-INTERVENTION.wrong.trust} from front-line staff and clinical leaders, and from executives too if it was aimed at the organisation, but never from a group that had asked for it. Who pays, and how much, is the game’s simplification of a study of three hospitals, where changes aimed away from the most pressing level tended to make things worse.`,
    ),
    h(
      'p',
      {},
      // Delegations differ between trusts: what the role holds is said of Alderbank.
      role === 'manager'
        ? `A choice marked “${authorityLabel(state)}” uses authority that, at Alderbank, only ${partnerLeads ? 'the general manager holds' : 'you hold as general manager'}: spending within the division’s delegated budget, changing or funding posts (through the vacancy panel), approving agency shifts within the price cap (over it, an executive signs), commissioning estates work, and how the division’s operational processes run. The clinical director can only ask for it.`
        : `A choice marked “${authorityLabel(state)}” uses authority that, at Alderbank, only ${partnerLeads ? 'the clinical director holds' : 'you hold as clinical director'}: medical cover and the doctors’ rotas (with the notice the rules require), consultants’ job plans (agreed with each consultant at their annual job-plan review; extra sessions only with their yes), medicine’s clinical standards, and a word with a fellow consultant as their peer. The general manager can only ask for it.`,
    ),
  ];
}
