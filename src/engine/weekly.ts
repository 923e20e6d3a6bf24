/**
 * A week of the quarter as pure rules: plan visits on the map, turn them into
 * the week's agenda, and close the week with the slow systems (arcs,
 * structures, the dual role, burnout, stalled savings, winter).
 */
import { WEEK_HOURS, headline } from './meters.ts';
import {
  ARC_INFO,
  arcStage,
  encounterKnot,
  finalEnding,
  otherSide,
  otherWorldTerms,
  PLACE_INFO,
  SCHEDULE,
  visitCost,
} from './quarter.ts';
import { applyEffect, checkEarlyEnding, meter, rightAndWrong, type Cause, type GameState } from './rules.ts';
import { ARCS, DAYS, PLACES, type Arc, type Place, type SceneMeta } from './types.ts';

/** At most three visits a week: three half-days away from the desk or the rota. */
export const MAX_VISITS = 3;

/** Bonus hours once the clinician leader has protected time. */
export const PROTECTED_HOURS = 3;

/** Hours this week: the role's free hours, plus protected time, minus what running arcs take. */
export function weekHours(state: GameState, week: number): number {
  const role = state.role ?? 'clinician';
  let hours = WEEK_HOURS[role];
  if (role === 'clinician' && arcStage('induction', state.arcs, week) === 2) hours += PROTECTED_HOURS;
  for (const arc of ARCS) if (arcStage(arc, state.arcs, week) === 1) hours -= ARC_INFO[arc].hours;
  return Math.max(4, hours);
}

export interface PlanCheck {
  ok: boolean;
  reason?: string;
  hours: number;
}

/** Whether a set of visits is a valid plan, and what it costs. */
export function checkPlan(state: GameState, visits: readonly Place[]): PlanCheck {
  const role = state.role ?? 'clinician';
  if (new Set(visits).size !== visits.length)
    return { ok: false, reason: 'Each place can be visited once a week.', hours: 0 };
  if (visits.length > MAX_VISITS) {
    return { ok: false, reason: `You can plan at most ${MAX_VISITS} visits a week.`, hours: 0 };
  }
  const unknown = visits.find((v) => !(PLACES as readonly string[]).includes(v));
  if (unknown) return { ok: false, reason: `There is no place called "${unknown}".`, hours: 0 };
  const hours = visits.reduce((sum, v) => sum + visitCost(role, v, state.structures).total, 0);
  return { ok: true, hours };
}

/**
 * The week's agenda: a visit to the place where a scheduled scene happens
 * plays that scene first-hand; other visits play the place's encounter. If
 * the player is at none of the week's scenes, the first arrives second-hand.
 */
export function agendaFor(
  week: number,
  visits: readonly Place[],
  metaOf: (knot: string) => SceneMeta,
): { agenda: SceneMeta[]; missed: SceneMeta[] } {
  const scheduled = (SCHEDULE[week] ?? []).map(metaOf);
  const agenda: SceneMeta[] = [];
  for (const place of visits) {
    const scene = scheduled.find((s) => s.place === place);
    agenda.push(scene ? { ...scene, here: true } : { ...metaOf(encounterKnot(place)), here: true });
  }
  if (!agenda.some((a) => a.week === week) && scheduled[0]) agenda.push({ ...scheduled[0], here: false });
  const missed = scheduled.filter((s) => !agenda.some((a) => a.knot === s.knot));
  const day = (m: SceneMeta): number => DAYS.indexOf(m.day);
  agenda.sort((a, b) => day(a) - day(b));
  return { agenda, missed };
}

/** Start week `week` with the planned visits: hours reset, visits paid for, agenda appended. */
export function startWeek(
  state: GameState,
  week: number,
  visits: readonly Place[],
  metaOf: (knot: string) => SceneMeta,
): GameState {
  const role = state.role ?? 'clinician';
  const hours = weekHours(state, week);
  const { agenda, missed } = agendaFor(week, visits, metaOf);
  let next: GameState = {
    ...state,
    week,
    visits: [...visits],
    weekStart: state.plan.length,
    // The week's visits are logged against its first scene.
    sceneIndex: state.plan.length,
    hours,
    weekHours: hours,
    plan: [...state.plan, ...agenda],
    missed: [...state.missed, ...missed.map((m) => ({ knot: m.knot, title: m.title, place: m.place, week }))],
  };
  for (const place of visits) {
    const cost = visitCost(role, place, state.structures);
    const cause: Cause = { decision: null, delayed: false, note: `Visit: ${PLACE_INFO[place].name}` };
    next = applyEffect(next, { kind: 'hours', delta: -cost.total }, cause);
    // Showing up: the people who work there see you there.
    for (const id of PLACE_INFO[place].people) {
      next = applyEffect(
        next,
        { kind: 'person', id, delta: 1 },
        { ...cause, note: `You showed up at ${PLACE_INFO[place].name}.` },
      );
    }
  }
  for (const m of missed) {
    const cause: Cause = {
      decision: null,
      delayed: false,
      note: `You weren’t at ${PLACE_INFO[m.place].name} for “${m.title}”; you heard about it second-hand.`,
    };
    for (const id of PLACE_INFO[m.place].people) next = applyEffect(next, { kind: 'person', id, delta: -1 }, cause);
  }
  return next;
}

/** Unlock up to `n` glossary entries of the other world (those not known or unlocked yet). */
function unlockTerms(state: GameState, n: number): GameState {
  const fresh = otherWorldTerms(state.role ?? 'clinician')
    .map((t) => t.id)
    .filter((id) => !state.known.includes(id) && !state.glossary.includes(id))
    .slice(0, n);
  return fresh.length ? { ...state, glossary: [...state.glossary, ...fresh] } : state;
}

function tick(
  state: GameState,
  target: Parameters<typeof meter>[0],
  delta: number,
  note: string,
  source?: string,
): GameState {
  return applyEffect(state, meter(target, delta), causeOf(state, note, source));
}

/** A slow system's payoff is a delayed consequence of the decision that started it, when there was one. */
function causeOf(state: GameState, note: string, source?: string): Cause {
  const decision = source ? state.sources[source] : undefined;
  return decision === undefined ? { decision: null, delayed: false, note } : { decision, delayed: true, note };
}

/** Wellbeing below this and people start leaving. */
export const BURNOUT_LINE = 35;
/** Clinicians' trust below this and the savings plan stalls. */
export const STALL_LINE = 35;
/** Below these, care and the budget spiral downwards each week. */
export const CARE_SPIRAL = 50;
export const CARE_CRISIS = 30;
export const BUDGET_SPIRAL = 35;
/** Winter arrives in this week. */
export const WINTER_FROM = 5;

/** The end of a week: the slow systems move, then the quarter may end. */
export function closeWeek(state: GameState): GameState {
  const role = state.role ?? 'clinician';
  const week = state.week;
  const side = otherSide(role);
  let next = state;
  for (const arc of ARCS as readonly Arc[]) {
    const stage = arcStage(arc, next.arcs, week + 1);
    if (stage === 0) continue;
    const name = ARC_INFO[arc].name;
    if (stage === 1) {
      if (arc === 'paired' || arc === 'shadowing') next = unlockTerms(next, 3);
      continue;
    }
    const note = `${name} is paying off.`;
    const src = `arc:${arc}`;
    switch (arc) {
      case 'paired':
        next = unlockTerms(next, 99);
        next = tick(next, 'trust.clinicians', 1, note, src);
        next = tick(next, 'trust.executives', 1, note, src);
        break;
      case 'shadowing':
        next = unlockTerms(next, 6);
        next = tick(next, `trust.${side}`, 1, note, src);
        break;
      case 'training':
        next = tick(next, 'trust', 1, note, src);
        break;
      case 'board':
        next = tick(next, 'care', 1, note, src);
        next = tick(next, 'trust.clinicians', 1, note, src);
        break;
      case 'induction':
        next = role === 'clinician' ? tick(next, 'wellbeing', 2, note, src) : tick(next, 'trust.leaders', 1, note, src);
        break;
      case 'mapping':
        for (const id of ['okafor', 'bello', 'nair', 'doyle']) {
          next = applyEffect(next, { kind: 'person', id, delta: 2 }, causeOf(next, note, src));
        }
        next = tick(next, 'trust.clinicians', 1, note, src);
        break;
    }
  }
  if (next.structures.includes('walkrounds'))
    next = tick(next, 'trust.clinicians', 1, 'Walk-rounds: the front line sees you every week.', 'build:walkrounds');
  if (next.structures.includes('kitchen'))
    next = tick(next, `trust.${side}`, 1, 'The shared kitchen: conversations nobody scheduled.', 'build:kitchen');
  if (next.structures.includes('colocate'))
    next = tick(next, 'trust.clinicians', 1, 'Co-location: managers and clinicians share corridors.', 'build:colocate');
  if (role === 'clinician' && arcStage('induction', next.arcs, week + 1) < 2 && week >= 2) {
    next = tick(next, 'wellbeing', -1, 'Two jobs, one diary: without protected time the dual role wears you down.');
  }
  if (next.meters.wellbeing < BURNOUT_LINE) {
    next = tick(next, 'care', -2, 'Burnout: a nurse and a registrar hand in their notice; the gaps go unfilled.');
    next = tick(next, 'budget', -2, 'Burnout: locum and agency cover at premium rates.');
  }
  if (week >= 3 && next.meters.trust.clinicians < STALL_LINE) {
    next = tick(next, 'budget', -2, 'The savings plan stalls: clinicians won’t put their names to it.');
  }
  // Spirals: a service under strain gets worse unless someone turns it round.
  if (next.meters.care < CARE_SPIRAL) {
    next = tick(next, 'care', -3, 'Care is slipping: missed observations, more incidents, staff going off sick.');
    next = tick(next, 'budget', -1, 'Care is slipping: longer stays and readmissions cost money.');
  }
  if (next.meters.care < CARE_CRISIS) {
    next = tick(next, 'care', -3, 'Serious incidents: a never event on one ward, a missed deterioration on another.');
  }
  if (next.meters.budget < BUDGET_SPIRAL) {
    next = tick(
      next,
      'budget',
      -3,
      'Overspent: premium-rate agency and locums at the cap, and the regulator asking questions.',
    );
  }
  if (week >= WINTER_FROM) {
    next = tick(next, 'care', -1, 'Winter pressure: more admissions, longer waits.');
    next = tick(next, 'budget', -1, 'Winter pressure: escalation beds and extra shifts.');
  }
  const point = { label: `End of week ${week}`, scene: next.sceneIndex, ...headline(next.meters) };
  next = { ...next, history: [...next.history, point] };
  return checkEarlyEnding(next);
}

/** After the quarter review: settle the ending from the meters, trust and the interventions. */
export function settleEnding(state: GameState): GameState {
  if (state.ending) return state;
  const { right, wrong } = rightAndWrong(state);
  const m = state.meters;
  return { ...state, ending: finalEnding({ budget: m.budget, care: m.care, trust: m.trust, right, wrong }) };
}
