/**
 * A week of the quarter as pure rules: plan visits on the map, turn them into
 * the week's agenda, and close the week with the slow systems (arcs,
 * structures, the dual role, burnout, stalled savings, winter).
 */
import { listOf } from './prose.ts';
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
  STRUCTURE_INFO,
  AWAY,
  awayFrom,
  buildingOf,
  missedAt,
  visitCost,
  weeksOf,
} from './quarter.ts';
import {
  applyEffect,
  checkEarlyEnding,
  meter,
  endingInput,
  type Cause,
  type GameState,
  type Origin,
  type PressureId,
} from './rules.ts';
import {
  ARCS,
  DAYS,
  PLACES,
  WORKSHOP_WEEKS,
  type Arc,
  type MeterTarget,
  type Place,
  type Role,
  type SceneMeta,
  type Structure,
  type TrustGroup,
} from './types.ts';

/** At most three visits a week: three half-days away from the desk or the rota. */
export const MAX_VISITS = 3;
/** Two in the workshop quarter, so that its four weeks read in about 35 minutes. */
export const WORKSHOP_VISITS = 2;

/** The most visits a week this run allows. */
export function maxVisits(state: Pick<GameState, 'run'>): number {
  return weeksOf(state.run) === WORKSHOP_WEEKS ? WORKSHOP_VISITS : MAX_VISITS;
}

/** Bonus hours once the clinician leader has protected time. */
export const PROTECTED_HOURS = 3;

/** What makes up a week's hours: the role's own, protected time (if any), and the arcs under way that take an hour each. */
export function weekHoursParts(state: GameState, week: number): { base: number; protected: number; arcs: Arc[] } {
  const role = state.role ?? 'clinician';
  const weeks = weeksOf(state.run);
  return {
    base: WEEK_HOURS[role],
    protected: role === 'clinician' && arcStage('induction', state.arcs, week, weeks) === 2 ? PROTECTED_HOURS : 0,
    arcs: ARCS.filter((arc) => arcStage(arc, state.arcs, week, weeks) === 1),
  };
}

/** Hours this week: the role's free hours, plus protected time, minus what running arcs take. */
export function weekHours(state: GameState, week: number): number {
  const role = state.role ?? 'clinician';
  let hours = WEEK_HOURS[role];
  if (role === 'clinician' && arcStage('induction', state.arcs, week, weeksOf(state.run)) === 2)
    hours += PROTECTED_HOURS;
  for (const arc of ARCS) if (arcStage(arc, state.arcs, week, weeksOf(state.run)) === 1) hours -= ARC_INFO[arc].hours;
  return Math.max(4, hours);
}

export interface PlanCheck {
  ok: boolean;
  reason?: string;
  hours: number;
}

/** Whether a set of visits is a valid plan for week `week` (by default the next one), and what it costs. */
export function checkPlan(state: GameState, visits: readonly Place[], week = state.week + 1): PlanCheck {
  const role = state.role ?? 'clinician';
  if (new Set(visits).size !== visits.length)
    return { ok: false, reason: 'Each place can be visited once a week.', hours: 0 };
  if (visits.length > maxVisits(state)) {
    return { ok: false, reason: `You can plan at most ${maxVisits(state)} visits a week.`, hours: 0 };
  }
  const unknown = visits.find((v) => !(PLACES as readonly string[]).includes(v));
  if (unknown) return { ok: false, reason: `There is no place called "${unknown}".`, hours: 0 };
  const hours = visits.reduce((sum, v) => sum + visitCost(role, v, state.structures, week).total, 0);
  return { ok: true, hours };
}

/**
 * The week's agenda: a visit to the place where a scheduled scene happens
 * plays that scene first-hand; other visits play the place's encounter. If
 * the player is at none of the week's scenes, the first arrives second-hand.
 * A scene the story does not have (`metaOf` gives null: a story changed since,
 * or a facilitator's own) is left out, so that the week can still be planned.
 */
export function agendaFor(
  week: number,
  visits: readonly Place[],
  metaOf: (knot: string) => SceneMeta | null,
): { agenda: SceneMeta[]; missed: SceneMeta[] } {
  const scheduled = (SCHEDULE[week] ?? []).map(metaOf).filter((m): m is SceneMeta => m !== null);
  const agenda: SceneMeta[] = [];
  for (const place of visits) {
    const scene = scheduled.find((s) => s.place === place) ?? metaOf(encounterKnot(place));
    if (scene) agenda.push({ ...scene, here: true });
  }
  if (!agenda.some((a) => a.week === week) && scheduled[0]) agenda.push({ ...scheduled[0], here: false });
  const missed = scheduled.filter((s) => !agenda.some((a) => a.knot === s.knot));
  const day = (m: SceneMeta): number => DAYS.indexOf(m.day);
  agenda.sort((a, b) => day(a) - day(b));
  return { agenda, missed };
}

/**
 * What a week that never crosses to where the other group works costs their trust (EVIDENCE.md §3.4: location):
 * less for a clinical director, whose crossing is a sixth of the week's hours and whom no executive marks down for
 * one week on the wards; a general manager crosses to the café for two of twenty.
 */
export const OUT_OF_SIGHT: Record<Role, number> = { manager: 2, clinician: 1 };

/**
 * Whose trust a week costs when it never goes where the other group works, and why: a manager who stays in
 * Riverside House (at the desk, in the executive suite, in the finance office) is seen by no one on the wards,
 * in ED, in theatres or in clinic, and a clinical director who stays on the clinical side of the site by no one
 * in Riverside House. Null when the week crosses over, or when the managers sit in the main block (co-location:
 * people meet in corridors), or a shared kitchen has them run into each other every day, or, for a manager, when
 * walk-rounds take them to the wards every week anyway. `missing` is the visit the week lacked, after "No visit".
 */
export function outOfSight(
  role: Role,
  visits: readonly Place[],
  structures: readonly Structure[],
): { group: TrustGroup; cost: number; missing: string; note: string } | null {
  if (structures.includes('colocate') || structures.includes('kitchen')) return null;
  const inRiverside = (p: Place): boolean => buildingOf(p, structures) === 'riverside';
  const cost = OUT_OF_SIGHT[role];
  if (role === 'manager') {
    if (structures.includes('walkrounds') || visits.some((p) => !inRiverside(p))) return null;
    return {
      group: 'clinicians',
      cost,
      missing: 'outside Riverside House',
      note: 'You never crossed to the clinical side: front-line staff never saw you.',
    };
  }
  if (visits.some(inRiverside)) return null;
  return {
    group: 'executives',
    cost,
    missing: 'to Riverside House',
    note: 'You never crossed to Riverside House: the executives never saw you.',
  };
}

/** Start week `week` with the planned visits: hours reset, visits paid for, agenda appended. */
export function startWeek(
  state: GameState,
  week: number,
  visits: readonly Place[],
  metaOf: (knot: string) => SceneMeta | null,
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
    const cost = visitCost(role, place, state.structures, week);
    const origin: Origin = { kind: 'visit', place };
    const away = cost.away ? awayFrom(place, week) : null;
    const meeting = away && agenda.find((m) => m.knot === away.knot);
    const note = meeting
      ? `Visit: ${PLACE_INFO[place].name}, and on to “${meeting.title}” in ${away.where}`
      : `Visit: ${PLACE_INFO[place].name}`;
    const cause: Cause = { decision: null, delayed: false, note, origin };
    next = applyEffect(next, { kind: 'hours', delta: -cost.total }, cause);
    // Showing up: the people who work there see you there. Credited as the week is planned, with the visit's
    // hours, so it is told as true from then on (the notebook can be read on the Monday of a Thursday visit).
    for (const id of PLACE_INFO[place].people) {
      next = applyEffect(
        next,
        { kind: 'person', id, delta: 1 },
        { ...cause, note: `You made time for ${PLACE_INFO[place].name}.` },
      );
    }
  }
  // Out of sight: a week planned with no visit to where the other side works, and nobody there saw you.
  const unseen = outOfSight(role, visits, state.structures);
  if (unseen) next = press(next, `trust.${unseen.group}`, -unseen.cost, 'unseen', unseen.note);
  for (const m of missed) {
    const at = missedAt(m);
    const note = AWAY[m.knot]
      ? `You weren’t at “${m.title}” in ${at.where}; you heard about it second-hand.`
      : `You weren’t at ${at.where} for “${m.title}”; you heard about it second-hand.`;
    const cause: Cause = {
      decision: null,
      delayed: false,
      note,
      origin: { kind: 'missed', place: m.place, title: m.title },
    };
    for (const id of at.people) next = applyEffect(next, { kind: 'person', id, delta: -1 }, cause);
  }
  return next;
}

/**
 * Which of the other world's words to put in the glossary first, most useful first: the words the weeks
 * still to come will show most. Without one, the glossary's own order.
 */
export type WordsAhead = (state: GameState) => readonly string[];

/**
 * Unlock up to `n` glossary entries of the other world (those not known or unlocked yet): first the
 * ones the player has not met yet and will meet most often (`ahead`), since a word already nodded at
 * is not flagged again and could never be looked up.
 */
function unlockTerms(state: GameState, n: number, ahead?: WordsAhead): GameState {
  const open = otherWorldTerms(state.role ?? 'clinician')
    .map((t) => t.id)
    .filter((id) => !state.known.includes(id) && !state.glossary.includes(id));
  const met = new Set(state.terms.map((t) => t.term));
  const order = ahead?.(state) ?? [];
  const rank = (id: string): number => {
    const at = order.indexOf(id);
    return (met.has(id) ? 2 : 0) + (at < 0 ? 1 : 0) + (at < 0 ? 0 : at / (order.length + 1));
  };
  const fresh = [...open].sort((a, b) => rank(a) - rank(b)).slice(0, n);
  return fresh.length ? { ...state, glossary: [...state.glossary, ...fresh] } : state;
}

/** A pressure nobody chose moves a meter, naming itself. */
function press(state: GameState, target: MeterTarget, delta: number, pressure: PressureId, note: string): GameState {
  return applyEffect(state, meter(target, delta), {
    decision: null,
    delayed: false,
    note,
    origin: { kind: 'pressure', pressure },
  });
}

/** A slow system's cause: a delayed consequence of the decision that started it, when there was one. */
function slowCause(state: GameState, origin: Origin, source: string, note: string): Cause {
  const decision = state.sources[source];
  return decision === undefined
    ? { decision: null, delayed: false, note, origin }
    : { decision, delayed: true, note, origin };
}

/** A slow system's weekly effect on a meter. */
function slow(state: GameState, target: MeterTarget, delta: number, origin: Origin, source: string, note: string) {
  return applyEffect(state, meter(target, delta), slowCause(state, origin, source, note));
}

/** Staff wellbeing below this at the end of a week, and people are signed off sick with stress. */
export const DEPARTURE_LINE = 45;
/** Below this, two are signed off in a week rather than one. */
export const EXODUS_LINE = 32;
/** At most this many staff are off sick at once in the game (a cap on how far the spiral can go). */
export const MAX_GAPS = 4;
/** Care at or below this wears staff down; at or above WELL_CARED, it lifts them. */
export const STRAINED_CARE = 50;
export const WELL_CARED = 70;
/** Front-line trust at or below this and staff feel unheard; at or above BACKED, they feel backed. */
export const UNHEARD = 45;
export const BACKED = 70;
/** Front-line trust below this (from week three) and the savings plan stalls, costing the budget this much a week. */
export const STALL_LINE = 35;
export const STALL_COST = 2;
/** Below these, care and the budget spiral downwards each week. */
export const CARE_SPIRAL = 50;
export const CARE_CRISIS = 30;
export const BUDGET_SPIRAL = 35;
export const BUDGET_CRISIS = 20;
/** Winter arrives in this week. */
export const WINTER_FROM = 5;

/** Staff off sick whose shifts are gaps on the rota (each from the week after they were signed off). */
export function openGaps(state: Pick<GameState, 'leavers'>, week: number): number {
  return Math.min(
    MAX_GAPS,
    state.leavers.filter((l) => l.week < week).reduce((n, l) => n + l.count, 0),
  );
}

/** This week's decisions where you listened, and words you asked someone to explain. */
export function voicesHeard(state: GameState, week: number): { listened: number; asked: number } {
  const listened = state.decisions.filter((d) => d.week === week && d.skills.includes('listening')).length;
  const asked = state.terms.filter((t) => t.week === week && t.how === 'asked').length;
  return { listened, asked };
}

/** What the week's listening note says: only what the player did. */
function heardNote({ listened, asked }: { listened: number; asked: number }): string {
  if (listened && asked)
    return 'You listened this week, and asked when you didn’t follow: wherever it was, word gets round.';
  return listened
    ? 'You listened this week: wherever it was, word gets round.'
    : 'You asked when you didn’t follow this week: wherever it was, word gets round.';
}

/**
 * Staff wellbeing, hidden while you play: moved each week by the state of
 * care, whether the front line trusts its leaders, whether you listened and asked,
 * and colleagues covering the shifts of those off sick. Below DEPARTURE_LINE people are signed
 * off sick, and from the following week their shifts are rota gaps (EVIDENCE.md §2, §3.10:
 * burnout → absence and departures → gaps → care and budget suffer).
 */
function wellbeingWeek(state: GameState, week: number): GameState {
  let next = state;
  const m = next.meters;
  if (m.care <= STRAINED_CARE)
    next = press(
      next,
      'wellbeing',
      -2,
      'wellbeing-care',
      'Shifts spent firefighting: staff watch patients deteriorate faster than they can reach them.',
    );
  else if (m.care >= WELL_CARED)
    next = press(
      next,
      'wellbeing',
      1,
      'wellbeing-care',
      'Care is going well: people go home feeling they did a good job.',
    );
  if (m.trust.clinicians <= UNHEARD)
    next = press(next, 'wellbeing', -2, 'wellbeing-trust', 'The front line feels you don’t hear it.');
  else if (m.trust.clinicians >= BACKED)
    next = press(next, 'wellbeing', 1, 'wellbeing-trust', 'The front line feels you have its back.');
  const heard = voicesHeard(next, week);
  const times = heard.listened + heard.asked;
  if (times >= 2) next = press(next, 'wellbeing', 1, 'wellbeing-say', heardNote(heard));
  else if (times === 0 && week >= 2)
    next = press(
      next,
      'wellbeing',
      -1,
      'wellbeing-say',
      'You didn’t stop to listen, or ask what a word meant, anywhere this week: word of that gets round too.',
    );
  if (week >= WINTER_FROM)
    next = press(
      next,
      'wellbeing',
      -2,
      'wellbeing-winter',
      'Winter: the same staff for more patients, and leave restricted over the peak.',
    );
  const gaps = openGaps(next, week);
  if (gaps > 0)
    next = press(
      next,
      'wellbeing',
      -gaps,
      'wellbeing-gaps',
      `Short-staffed: colleagues pick up the shifts of ${gaps === 1 ? 'someone' : `${gaps} people`} off sick.`,
    );
  return next;
}

/**
 * The long game at the end of week `week`: what each running arc and each
 * thing built pays off that week (the arcs only once they have matured: from
 * the week the week summary names, the week the story first reads them as
 * paying off and their hours come back; never before).
 */
export function longGame(state: GameState, week: number, ahead?: WordsAhead): GameState {
  const role = state.role ?? 'clinician';
  const side = otherSide(role);
  let next = state;
  for (const arc of ARCS as readonly Arc[]) {
    const stage = arcStage(arc, next.arcs, week, weeksOf(next.run));
    if (stage === 0) continue;
    const name = ARC_INFO[arc].name;
    if (stage === 1) {
      if (arc === 'paired' || arc === 'shadowing') next = unlockTerms(next, 3, ahead);
      continue;
    }
    const note = `${name} is paying off.`;
    const src = `arc:${arc}`;
    const origin: Origin = { kind: 'arc', arc };
    const tick = (target: MeterTarget, delta: number): void => {
      next = slow(next, target, delta, origin, src, note);
    };
    switch (arc) {
      case 'paired':
        next = unlockTerms(next, 99, ahead);
        tick('trust.clinicians', 1);
        tick('trust.executives', 1);
        break;
      case 'shadowing':
        next = unlockTerms(next, 6, ahead);
        tick(`trust.${side}`, 1);
        break;
      case 'training':
        tick('trust', 1);
        break;
      case 'board':
        tick('care', 1);
        tick('trust.clinicians', 1);
        break;
      case 'induction':
        if (role === 'clinician') tick('wellbeing', 2);
        else tick('trust.leaders', 1);
        break;
      case 'mapping':
        for (const id of ['okafor', 'bello', 'nair', 'doyle']) {
          next = applyEffect(next, { kind: 'person', id, delta: 2 }, slowCause(next, origin, src, note));
        }
        tick('trust.clinicians', 1);
        break;
    }
  }
  const built: readonly [Structure, MeterTarget][] = [
    ['walkrounds', 'trust.clinicians'],
    ['kitchen', `trust.${side}`],
    ['colocate', 'trust.clinicians'],
  ];
  for (const [structure, target] of built) {
    // Each opens the Monday after it is agreed (the kitchen, the move, the first walk-round): its weekly good
    // starts with the week after. It was paid the week it was agreed, before anyone had moved.
    const agreed = next.sources[`build:${structure}`];
    if (agreed !== undefined && next.decisions[agreed]?.week === week) continue;
    if (next.structures.includes(structure))
      next = slow(
        next,
        target,
        1,
        { kind: 'build', structure },
        `build:${structure}`,
        STRUCTURE_INFO[structure].weekly,
      );
  }
  return next;
}

/**
 * A week of severe harm, told as the trust would meet it: reported, the families told and each incident
 * reviewed the first week; the chief nurse and the medical director on the wards the next; then, with
 * the same cause found again and again, a thematic review. `before` lists the earlier weeks of it.
 */
export function severeHarm(before: readonly number[], week: number, shortStaffed = false): string {
  const n = before.length;
  const line =
    n === 0
      ? `Patient care is under ${CARE_CRISIS}, and harm becomes severe`
      : before.at(-1) === week - 1
        ? `Patient care is still under ${CARE_CRISIS}, and severe harm goes on`
        : `Patient care is under ${CARE_CRISIS} again, and severe harm with it`;
  if (n === 0)
    return `${line}: a fall with a broken hip on one ward, a deterioration missed overnight on another. Both are reported on Datix, both families are told what happened under the duty of candour, and the trust’s weekly patient safety meeting asks each ward for an after-action review.`;
  if (n === 1)
    return `${line}: a pressure ulcer found at category 4 on a patient whose turns had slipped, and a patient with sepsis who waited four hours for antibiotics due within the hour, and went to intensive care. The chief nurse walks your wards, and the medical director asks who is reviewing medicine’s sickest patients.`;
  const harms = [
    'a patient found on the floor at the night check, with a head injury',
    'a deterioration not escalated for six hours on an outlier ward',
    shortStaffed ? 'a fall with a fractured wrist, on a ward short of nurses' : 'a fall with a fractured wrist',
    'a patient with a NEWS2 of seven who waited three hours for a doctor',
  ];
  const harm = harms[(n - 2) % harms.length]!;
  // The factor the reviews name is the run's own: staff off sick leave the rota short; otherwise care itself
  // had been let slide.
  const factor = shortStaffed
    ? 'names the same contributory factor, too few staff for the patients on the wards, with colleagues off sick and the rota running short'
    : 'finds the same thing: care on the wards had been slipping for weeks, and nothing done had stopped it';
  if (n === 2)
    return `${line}: ${harm}. Each after-action review ${factor}. The patient safety team starts a thematic review, and the ICB’s quality lead asks to visit.`;
  return `${line}: ${harm}. It goes into the thematic review, which now holds ${n + 1} weeks of severe harm${shortStaffed ? ', with colleagues off sick and the rota running short' : ''}.`;
}

/** The end of a week: the slow systems move, then the quarter may end. */
export function closeWeek(state: GameState, ahead?: WordsAhead): GameState {
  const role = state.role ?? 'clinician';
  const week = state.week;
  let next = longGame(state, week, ahead);
  if (role === 'clinician' && arcStage('induction', next.arcs, week + 1, weeksOf(next.run)) < 2 && week >= 2) {
    next = press(
      next,
      'wellbeing',
      -1,
      'dual-role',
      'Two jobs, one diary: without protected time the dual role wears you down, and your team feels it.',
    );
  }
  const gaps = openGaps(next, week);
  if (gaps > 0) {
    const since = [...new Set(next.leavers.filter((l) => l.week < week).map((l) => String(l.week)))];
    const note = `Rota gaps: ${gaps === 1 ? 'one colleague' : `${gaps} colleagues`} off sick since week${since.length > 1 ? 's' : ''} ${listOf(since)}. Their shifts go to the bank, or to agency when the bank cannot fill them, all paid on top of their sick pay, and the rest run short.`;
    next = press(next, 'care', -gaps, 'rota-gaps', note);
    next = press(next, 'budget', -gaps, 'rota-gaps', note);
  }
  if (week >= 3 && next.meters.trust.clinicians < STALL_LINE) {
    next = press(
      next,
      'budget',
      -STALL_COST,
      'stall',
      `Front-line staff’s trust in you is under ${STALL_LINE}, so the savings plan stalls: the wards won’t change how they work for a leader they don’t trust, and savings already counted in the budget don’t come.`,
    );
  }
  // Spirals: a service under strain gets worse unless someone turns it round. Each note names its line.
  if (next.meters.care < CARE_SPIRAL) {
    const note = `Patient care is under ${CARE_SPIRAL}, so it slips further each week on its own: observations missed, call bells waiting, and longer stays and readmissions that cost money.`;
    next = press(next, 'care', -3, 'care-slipping', note);
    next = press(next, 'budget', -1, 'care-slipping', note);
  }
  if (next.meters.care < CARE_CRISIS) {
    const before = [
      ...new Set(
        next.changes
          .filter((c) => c.origin.kind === 'pressure' && c.origin.pressure === 'care-crisis')
          .map((c) => c.week),
      ),
    ];
    next = press(next, 'care', -3, 'care-crisis', severeHarm(before, week, openGaps(next, week) > 0));
  }
  if (next.meters.budget < BUDGET_SPIRAL) {
    next = press(
      next,
      'budget',
      -3,
      'overspend',
      `The budget is under ${BUDGET_SPIRAL}, so it falls 3 more each week on its own: a division this far off plan does not stop overspending by itself. It stops when something you do brings the budget back to ${BUDGET_SPIRAL}.`,
    );
  }
  if (week >= WINTER_FROM) {
    next = press(next, 'care', -1, 'winter', 'Winter pressure: more admissions, longer waits.');
    next = press(next, 'budget', -1, 'winter', 'Winter pressure: escalation beds and extra shifts.');
  }
  next = wellbeingWeek(next, week);
  const wellbeing = next.meters.wellbeing;
  const standing = next.leavers.reduce((n, l) => n + l.count, 0);
  if (wellbeing < DEPARTURE_LINE && standing < MAX_GAPS) {
    const count = Math.min(wellbeing < EXODUS_LINE ? 2 : 1, MAX_GAPS - standing);
    next = { ...next, leavers: [...next.leavers, { week, count, wellbeing }] };
  }
  const point = { label: `End of week ${week}`, scene: next.sceneIndex, ...headline(next.meters) };
  next = { ...next, history: [...next.history, point] };
  return checkEarlyEnding(next);
}

/** After the quarter review: settle the ending from the meters, trust and the interventions. */
export function settleEnding(state: GameState): GameState {
  if (state.ending) return state;
  return { ...state, ending: finalEnding(endingInput(state)) };
}
