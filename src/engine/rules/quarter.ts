/**
 * The quarter: eight weeks (four in the workshop quarter), the hospital map, the seed that hides the most
 * pressing cultural level, the long arcs, structures, the weekly tick and the
 * endings. Pure data and pure functions.
 */
import { CHARACTERS, characterById, type Character } from './characters.ts';
import { knownAtStart, TERMS, type Term } from './glossary.ts';
import { START_METERS, trustOverall } from './meters.ts';
import { listOf } from './prose.ts';
import {
  LEVELS,
  WEEKS,
  WORKSHOP_WEEKS,
  type Arc,
  type CulturalLevel,
  type Place,
  type Role,
  type Structure,
  type TrustGroup,
} from './types.ts';

// ---------------------------------------------------------------- the seed

/** Quarter codes: six characters from an alphabet with no look-alikes (no 0/O, 1/I/L). */
export const SEED_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const SEED_LENGTH = 6;

/** Workshop session names: "W" and five characters from the same alphabet. */
export const SESSION_PATTERN = /^W[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{5}$/;

/**
 * A new run's id: its quarter code, its role's letter and a time stamp in base 36
 * (e.g. "K7M2QX-c-mx3dqvc2"). A pair on two devices shares one, so that their two
 * copies of the run are one player to a dashboard.
 */
export const RUN_ID_PATTERN = /^([ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6})-([cm])-([0-9a-z]{1,16})$/;

export function newRunId(seed: string, role: Role, now = Date.now()): string {
  return `${seed}-${role === 'clinician' ? 'c' : 'm'}-${now.toString(36)}`;
}

/** The quarter code and lead role a new run's id names, or null when it is not one. */
export function readRunId(id: string): { seed: string; role: Role } | null {
  const m = RUN_ID_PATTERN.exec(id);
  return m ? { seed: m[1]!, role: m[2] === 'c' ? 'clinician' : 'manager' } : null;
}

export type SeedCheck = { ok: true; seed: string } | { ok: false; reason: string };

/** Validate a code typed by a person: case and spaces forgiven, everything else explained. */
export function checkSeed(input: string): SeedCheck {
  const seed = input.replace(/[\s-]/g, '').toUpperCase();
  if (!seed) return { ok: false, reason: 'Type a quarter code, or leave it empty for a random one.' };
  if (seed.length !== SEED_LENGTH) {
    return {
      ok: false,
      reason: `A quarter code has ${SEED_LENGTH} characters; "${input.trim()}" has ${seed.length}.`,
    };
  }
  const bad = [...seed].filter((c) => !SEED_ALPHABET.includes(c));
  if (bad.length) {
    const which = [...new Set(bad)].map((c) => `"${c}"`).join(', ');
    return {
      ok: false,
      reason: `${which} can't appear in a quarter code (codes use letters and the digits 2–9, without O, I or L).`,
    };
  }
  return { ok: true, seed };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** The hidden most-pressing level a code stands for. */
export function pressingLevel(seed: string): CulturalLevel {
  return LEVELS[hash(seed) % LEVELS.length]!;
}

/** A new random code; `avoid` asks for one whose hidden level differs. */
export function randomSeed(random: () => number = Math.random, avoid?: CulturalLevel): string {
  for (;;) {
    let seed = '';
    for (let i = 0; i < SEED_LENGTH; i++) seed += SEED_ALPHABET[Math.floor(random() * SEED_ALPHABET.length)];
    if (!avoid || pressingLevel(seed) !== avoid) return seed;
  }
}

/** A deterministic random number for a named event in a quarter (so runs replay exactly). */
export function chance(seed: string, event: string): number {
  return hash(`${seed}:${event}`) / 4294967296;
}

// ---------------------------------------------------------------- the map

export const BUILDINGS = ['main', 'outpatients', 'riverside'] as const;
export type Building = (typeof BUILDINGS)[number];

export interface PlaceInfo {
  id: Place;
  name: string;
  /** The name as a phone's small map shows it. */
  short: string;
  building: Building;
  /** Hours spent there on a visit. */
  visit: number;
  /** Who you are likely to find. */
  people: string[];
  /** One line for the planner. */
  blurb: string;
  /** Front-line places are slower and truer; formal ones quick and filtered. */
  kind: 'front line' | 'formal' | 'informal';
}

export const PLACE_INFO: Record<Place, PlaceInfo> = {
  ward: {
    id: 'ward',
    name: 'Larch Ward',
    short: 'Larch',
    building: 'main',
    visit: 3,
    people: ['okafor', 'bello'],
    blurb: 'Medical ward, 28 beds. The board round, the nurses’ station, the night staff going home.',
    kind: 'front line',
  },
  ed: {
    id: 'ed',
    name: 'Emergency department',
    short: 'ED',
    building: 'main',
    visit: 3,
    people: ['nair', 'doyle'],
    blurb: 'Majors, the corridor trolleys and the registrars holding the department together.',
    kind: 'front line',
  },
  theatres: {
    id: 'theatres',
    name: 'Theatres',
    short: 'Theatres',
    building: 'main',
    visit: 2,
    people: ['achterberg', 'doyle'],
    blurb: 'Eight theatres, the list board, the surgeons, and the theatre coordinator who keeps the day running.',
    kind: 'front line',
  },
  clinic: {
    id: 'clinic',
    name: 'Outpatient clinic',
    short: 'Clinic',
    building: 'outpatients',
    visit: 2,
    people: [],
    blurb: 'The waiting room, the clinic nurses and consultants running late.',
    kind: 'front line',
  },
  cafe: {
    id: 'cafe',
    name: 'Staff café',
    short: 'Café',
    building: 'main',
    visit: 1,
    people: ['doyle', 'bello', 'nair'],
    blurb: 'Where people talk when nobody is taking minutes.',
    kind: 'informal',
  },
  finance: {
    id: 'finance',
    name: 'Finance office',
    short: 'Finance',
    building: 'riverside',
    visit: 1,
    people: ['webb'],
    blurb: 'Marcus Webb and the spreadsheets behind every decision.',
    kind: 'formal',
  },
  exec: {
    id: 'exec',
    name: 'Executive suite',
    short: 'Execs',
    building: 'riverside',
    visit: 1,
    people: ['cole', 'marsh'],
    blurb: 'In Riverside House: the COO and the medical director. Quick, and filtered.',
    kind: 'formal',
  },
};

/** Walking time between buildings, in hours (Riverside House is across the site). */
const TRAVEL: Record<Building, Record<Building, number>> = {
  main: { main: 0, outpatients: 0.5, riverside: 1 },
  outpatients: { main: 0.5, outpatients: 0, riverside: 1 },
  riverside: { main: 1, outpatients: 1, riverside: 0 },
};

/** Where a role works from. Co-location moves the management team into the main block. */
export function baseBuilding(role: Role, structures: readonly Structure[]): Building {
  if (role === 'clinician') return 'main';
  return structures.includes('colocate') ? 'main' : 'riverside';
}

/** The building a place is in this quarter (co-location brings finance into the main block). */
export function buildingOf(place: Place, structures: readonly Structure[]): Building {
  if (place === 'finance' && structures.includes('colocate')) return 'main';
  return PLACE_INFO[place].building;
}

/**
 * Hours a visit costs: travel from your base plus time there, less what
 * structures save, plus (in week `week`) the journey and the meeting when
 * the place is where the trust's people set out for a meeting off the site.
 */
export function visitCost(
  role: Role,
  place: Place,
  structures: readonly Structure[],
  week?: number,
): { travel: number; there: number; away: number; total: number } {
  const travel = TRAVEL[baseBuilding(role, structures)][buildingOf(place, structures)];
  let there = PLACE_INFO[place].visit;
  if (structures.includes('walkrounds') && (place === 'ward' || place === 'ed')) there -= 1;
  if (structures.includes('kitchen') && place === 'cafe') there -= 0.5;
  const away = week === undefined ? 0 : (awayFrom(place, week)?.hours ?? 0);
  return { travel, there, away, total: travel + there + away };
}

/** A scheduled scene that meets off the site: planned as a visit to the place people set out from. */
export interface AwayMeeting {
  /** The place on the map the visit is planned at (the scene's own `# place`). */
  place: Place;
  /** Hours on top of the visit: the journey there and back, and the meeting. */
  hours: number;
  /** Where it meets, said after "in" on the plan. */
  where: string;
  /** What the extra hours are for, said after "more for" on the plan. */
  spentOn: string;
  /** Who from the trust goes, as the scene has it: who notices a player who does not. */
  people: string[];
}

/** The meetings off the site, by knot (a story test holds each to its scene's week and place). */
export const AWAY: Readonly<Record<string, AwayMeeting>> = {
  // The ICB's system board, forty minutes' drive each way, on a Thursday afternoon.
  w3_board: {
    place: 'exec',
    hours: 2,
    where: 'a council building across town',
    // Forty minutes each way: the two hours are the drive and the discharge item, not the whole board.
    spentOn: 'the drive there and back and the discharge item',
    // Janet Cole drives there (the scene); the medical director is not at it.
    people: ['cole'],
  },
};

/**
 * Where a scheduled scene the player missed happened, and who from the game's people was there to notice:
 * a meeting off the site is not the place it is planned from.
 */
export function missedAt(m: { knot: string; place: Place }): { where: string; people: readonly string[] } {
  const away = AWAY[m.knot];
  return away
    ? { where: away.where, people: away.people }
    : { where: PLACE_INFO[m.place].name, people: PLACE_INFO[m.place].people };
}

/** The meeting off the site a visit to `place` in week `week` goes on to, if any. */
export function awayFrom(place: Place, week: number): (AwayMeeting & { knot: string }) | null {
  for (const knot of SCHEDULE[week] ?? []) {
    const away = AWAY[knot];
    if (away?.place === place) return { ...away, knot };
  }
  return null;
}

/** The encounter knot each place plays when visited. */
export function encounterKnot(place: Place): string {
  return `enc_${place}`;
}

// ---------------------------------------------------------------- the calendar

/** The scheduled scenes of each week, in play order. Week one has no map. */
export const SCHEDULE: Record<number, readonly string[]> = {
  1: ['week1_status', 'week1_location', 'week1_jargon'],
  2: ['w2_opel', 'w2_rota'],
  3: ['w3_clinic', 'w3_board'],
  4: ['w4_survey', 'w4_app'],
  5: ['w5_move', 'w5_paired'],
  6: ['w6_utilisation', 'w6_outliers'],
  7: ['w7_assurance', 'w7_cip'],
  8: ['w8_nights', 'w8_safe'],
};

export const REVIEW_KNOT = 'quarter_review';
/** The workshop quarter closes with the month-end performance review instead. */
export const MONTH_REVIEW_KNOT = 'month_review';

/** How many weeks a run lasts: the workshop quarter's four, or the full eight. */
export function weeksOf(run: { weeks?: number } | undefined): number {
  return run?.weeks === WORKSHOP_WEEKS ? WORKSHOP_WEEKS : WEEKS;
}

/** What a run is called as it ends: the workshop quarter is a month, closed by the month-end review. */
export type RunSpan = 'month' | 'quarter';

export function runSpan(run: { weeks?: number } | undefined): RunSpan {
  return weeksOf(run) === WORKSHOP_WEEKS ? 'month' : 'quarter';
}

/** The review that closes a run of `weeks` weeks. */
export function reviewKnot(weeks: number): string {
  return weeks === WORKSHOP_WEEKS ? MONTH_REVIEW_KNOT : REVIEW_KNOT;
}

export function isReviewKnot(knot: string | undefined): boolean {
  return knot === REVIEW_KNOT || knot === MONTH_REVIEW_KNOT;
}

/** Hours each role has outside fixed commitments; the clinician's clinical sessions come first. */
export const CLINICAL_SESSIONS = 28;

// ---------------------------------------------------------------- people

/** The player's formal standing, on the characters' 1–5 scale. */
export const PLAYER_STANDING: Record<Role, number> = { clinician: 4, manager: 3 };

const WORLD: Record<TrustGroup, 'clinical' | 'management'> = {
  clinicians: 'clinical',
  leaders: 'clinical',
  executives: 'management',
};

function otherWorld(role: Role, c: Character): boolean {
  return (role === 'clinician') !== (WORLD[c.group] === 'clinical');
}

/** How wide the status gap is between the player and someone: rank apart, plus one across worlds. */
export function statusGap(role: Role, c: Character): number {
  return Math.abs(PLAYER_STANDING[role] - c.standing) + (otherWorld(role, c) ? 1 : 0);
}

/** Trust a person needs in you before they tell you the real story. */
export function disclosureThreshold(role: Role, c: Character): number {
  return 50 + 4 * statusGap(role, c);
}

/** Formal leaders always talk to you; what they say is filtered. */
export const FORMAL_LEADERS = ['marsh', 'cole'] as const;

export function isOpen(role: Role, id: string, trust: number): boolean {
  if ((FORMAL_LEADERS as readonly string[]).includes(id)) return true;
  const c = characterById(id);
  return c ? trust >= disclosureThreshold(role, c) : false;
}

/** Where each person's trust in the player starts: near their group's, lower across a wide gap. */
export function startingPeople(role: Role): Record<string, number> {
  const groups = START_METERS[role].trust;
  return Object.fromEntries(
    CHARACTERS.map((c) => [c.id, Math.round(50 + (groups[c.group] - 50) / 2 - statusGap(role, c))]),
  );
}

/** The other role: a pair's partner, to the lead. */
export const otherRole = (role: Role): Role => (role === 'clinician' ? 'manager' : 'clinician');

/** The group on the other side of the divide from a role (whose trust jargon costs). */
export function otherSide(role: Role): TrustGroup {
  return role === 'clinician' ? 'executives' : 'clinicians';
}

/** One of a trust group, as whom a word nobody said aloud is asked of: its group's trust is what the ask earns. */
const ONE_OF: Readonly<Record<TrustGroup, string>> = {
  clinicians: 'someone on the front line',
  leaders: 'a clinical leader',
  executives: 'a manager',
};

/**
 * Whom a word nobody said aloud is asked of, and what is asked: a word of the other side's own is asked as it is
 * ("someone on the front line", "what it means"); a word both sides use (assurance, safe) is one the player knows
 * in their own sense, so it is asked what it means to them ("the front line", "what it means to them").
 */
export function askedOf(group: TrustGroup, shared: boolean): { whom: string; to: string } {
  return shared
    ? { whom: group === 'clinicians' ? 'the front line' : ONE_OF[group], to: ' to them' }
    : { whom: ONE_OF[group], to: '' };
}

export function startingTerms(role: Role): string[] {
  return knownAtStart(role);
}

/** Terms of the other world, in glossary order (what shadowing and paired learning unlock). */
export function otherWorldTerms(role: Role): Term[] {
  const theirs = role === 'clinician' ? 'M' : 'C';
  return (TERMS as readonly Term[]).filter((t) => t.world === theirs || t.world === 'both');
}

// ---------------------------------------------------------------- arcs

export interface ArcInfo {
  id: Arc;
  name: string;
  /** Hours a week it takes while it runs. */
  hours: number;
  /** Weeks before it pays off. */
  matures: number;
  /** What it does each week once it pays off, in words for the summary (see `arcPayoff`). */
  payoff: string;
  /** Where it does something else in each role's run, what it does there. */
  payoffFor?: Partial<Record<Role, string>>;
  /** Evidence it rests on. */
  source: string;
}

export const ARC_INFO: Record<Arc, ArcInfo> = {
  paired: {
    id: 'paired',
    name: 'Paired learning',
    hours: 1,
    matures: 3,
    payoff: 'Both sides understand each other’s language and pressures; trust rises on both sides each week.',
    source: 'IHM calls to action; Imperial paired learning (registrars buddied with Band 7/8 managers).',
  },
  shadowing: {
    id: 'shadowing',
    name: 'Shadowing',
    hours: 1,
    matures: 2,
    payoff: 'You learn the other side’s words: the glossary fills, and their trust in you grows.',
    source: 'IHM calls to action: paired learning and shadowing.',
  },
  training: {
    id: 'training',
    name: 'Joint training',
    hours: 1,
    matures: 3,
    payoff: 'Clinicians and managers who trained together work together: trust rises a little everywhere each week.',
    source: 'IHM calls to action; Aufegger et al.: paired learning, role modelling, simulation.',
  },
  board: {
    id: 'board',
    name: 'Clinical seats on the system board',
    hours: 0.5,
    matures: 4,
    payoff:
      'A GP and a consultant on every clinical item: what reaches the wards has been tested by clinicians first, and care and front-line trust improve week by week.',
    source:
      'Veronesi et al. 2012, cited by the IHM: trusts with a larger share of doctors on their boards were more likely to have high quality ratings and lower morbidity (an association, and evidence about trust boards; a system board is a step further from the wards).',
  },
  induction: {
    id: 'induction',
    name: 'Protected time and an induction',
    hours: 1,
    matures: 2,
    payoff:
      'The clinician leader gets protected hours and a proper start in the team: in a clinician’s run, hours come back and the dual role stops wearing them down; in a manager’s, clinical leaders see the division backs its clinicians.',
    payoffFor: {
      clinician:
        'Three protected hours a week come back to you, and the dual role stops wearing you and your team down.',
      manager:
        'Your clinical director has an induction and fewer of your meetings: clinical leaders see the division backs its clinicians, and their trust in you rises each week.',
    },
    source:
      'Aufegger et al. 2020: inductions suggested for clinicians entering leadership; the authors recommend adapting clinicians’ time.',
  },
  mapping: {
    id: 'mapping',
    name: 'Mapping informal leaders',
    hours: 1,
    matures: 2,
    payoff: 'You know who people really listen to; the front line opens up to you.',
    source:
      'Aufegger et al. 2020: recognise informal leaders and map the informal routes word travels by; a US consultancy’s blog (opinion): executives rely on formal leaders whom the front line may see as out of touch.',
  },
};

/** What an arc does each week once it pays off, in the words of the player's own role. */
export function arcPayoff(arc: Arc, role: Role | null | undefined): string {
  const info = ARC_INFO[arc];
  return (role && info.payoffFor?.[role]) ?? info.payoff;
}

export interface ArcState {
  /** Week it started. */
  started: number;
}

/**
 * Weeks an arc takes to pay off in a run of `weeks` weeks: in the workshop quarter half as long, rounded up, but
 * never under two, so that every long game there still costs a week of hours before it pays (at one week,
 * shadowing, the induction and the map paid off the week after they were begun and cost nothing at all).
 */
export function arcMatures(arc: Arc, weeks: number): number {
  const full = ARC_INFO[arc].matures;
  return weeks === WORKSHOP_WEEKS ? Math.max(2, Math.ceil(full / 2)) : full;
}

/** The week from which a running arc pays off, in a run of `weeks` weeks. */
export function paysOffFrom(arc: Arc, a: ArcState, weeks: number = WEEKS): number {
  return a.started + arcMatures(arc, weeks);
}

/**
 * How many weeks of a run of `weeks` weeks a long game begun in week `started` takes its hours from: each week
 * after the one it is begun in (that week's hours were planned before it), until it pays off or the run ends.
 * None when it is begun in the run's last week (no long game pays off the week after it is begun: see arcMatures).
 */
export function arcWeeksCharged(arc: Arc, started: number, weeks: number = WEEKS): number {
  return weeksChargedBefore(paysOffFrom(arc, { started }, weeks), started, weeks);
}

/** The same count for a long game begun in week `started` that pays off from week `paysFrom`. */
export function weeksChargedBefore(paysFrom: number, started: number, weeks: number = WEEKS): number {
  return Math.max(0, Math.min(paysFrom - 1, weeks) - started);
}

/** 0 not started, 1 under way, 2 paying off (what ink reads as `arc_<name>`), in a run of `weeks` weeks. */
export function arcStage(
  arc: Arc,
  arcs: Partial<Record<Arc, ArcState>>,
  week: number,
  weeks: number = WEEKS,
): 0 | 1 | 2 {
  const a = arcs[arc];
  if (!a) return 0;
  return week >= paysOffFrom(arc, a, weeks) ? 2 : 1;
}

// ---------------------------------------------------------------- structures

export const STRUCTURE_INFO: Record<Structure, { name: string; short: string; weekly: string; effect: string }> = {
  colocate: {
    name: 'Managers co-located in the clinical block',
    short: 'Co-location',
    weekly: 'Co-location: managers and clinicians share corridors.',
    effect:
      'The finance office sits in the main block: walking to the wards costs nothing, and people meet in corridors.',
  },
  kitchen: {
    name: 'A shared staff kitchen',
    short: 'The shared kitchen',
    weekly: 'The shared kitchen: conversations nobody scheduled.',
    effect: 'Café visits are quicker, and clinicians and managers run into each other every day.',
  },
  walkrounds: {
    name: 'Regular walk-rounds',
    short: 'Walk-rounds',
    weekly: 'Walk-rounds: the front line sees you every week.',
    effect: 'Ward and ED visits take an hour less, and the front line sees you every week.',
  },
};

// ---------------------------------------------------------------- interventions

/**
 * What an intervention does at the right level, and at a wrong one (EVIDENCE.md §1, Keller et al.): all of it
 * lands `after` scenes later: trust for every group and care at the right level, trust for the groups `MISSED_BY`
 * names at a wrong one.
 */
export const INTERVENTION = {
  right: { trust: 3, care: 1 },
  wrong: { trust: -3 },
  after: 2,
  /** After this many right moves, more of the same adds less: the tension is already easing. */
  fullPayoffs: 5,
} as const;

/**
 * Whose trust a change aimed away from the pressing level costs, by the level it was aimed at: front-line staff and
 * clinical leaders, who live with the tension wherever it sits, on every miss; executives too when the change was
 * aimed at how the hospital decides, the kind of change they see made. A group that asked for the change is spared.
 * It is read from the level the player aimed at, which they know, so a miss's cost never tells where the tension
 * sits. Keller et al. report that such changes made things worse, not whose trust fell: which groups pay is the
 * game's assumption.
 */
export const MISSED_BY: Record<CulturalLevel, readonly TrustGroup[]> = {
  practice: ['clinicians', 'leaders'],
  department: ['clinicians', 'leaders'],
  organisation: ['clinicians', 'leaders', 'executives'],
};

/**
 * What a change aimed at `level` that misses costs: the groups `MISSED_BY` names, less the group that asked for it,
 * and that group, named as spared only where the miss would otherwise have cost it.
 */
export function missCharge(level: CulturalLevel, asked?: TrustGroup): { charged: TrustGroup[]; spared?: TrustGroup } {
  const charged = MISSED_BY[level].filter((g) => g !== asked);
  return asked && MISSED_BY[level].includes(asked) ? { charged, spared: asked } : { charged };
}

/** The pressing level counts as addressed with at least two right moves that outnumber the wrong ones. */
export function addressed(right: number, wrong: number): boolean {
  return right >= 2 && right > wrong;
}

// ---------------------------------------------------------------- endings

export const ENDINGS = [
  'common_ground',
  'two_worlds',
  'holding',
  'worn_thin',
  'wrong_fix',
  'special_measures',
  'investigation',
  'no_confidence',
] as const;
export type Ending = (typeof ENDINGS)[number];
export const EARLY_ENDINGS: readonly Ending[] = ['special_measures', 'investigation', 'no_confidence'];

export const ENDING_TITLES: Record<Ending, string> = {
  common_ground: 'Common ground',
  two_worlds: 'Two hospitals',
  holding: 'Holding the line',
  worn_thin: 'Running on empty',
  wrong_fix: 'The wrong fix',
  special_measures: 'Special measures',
  investigation: 'The investigation',
  no_confidence: 'No confidence',
};

export interface EndingInput {
  budget: number;
  care: number;
  trust: Record<TrustGroup, number>;
  right: number;
  wrong: number;
  /** Whose run it was: the reasons say where its trust started (the rules never read it). */
  role?: Role | null;
  /** Who the reasons speak of: the player (the default), or another player's run beside theirs. */
  who?: 'you' | 'that run';
}

/** The groups whose trust at 0 ends the quarter: their letter to the board goes over the player's head. */
export const LETTER_GROUPS: readonly TrustGroup[] = ['leaders', 'clinicians'];

/** Headline trust at or below this ends the quarter too: nobody is left who will work with you. */
export const NO_CONFIDENCE_LINE = 10;

type EarlyMeters = { budget: number; care: number; trust: Record<TrustGroup, number> };

/**
 * What ends a quarter early, in the order they are checked: a headline meter
 * at 0, or trust collapsed among the front line or the clinical leaders (whose
 * letters to the board over a leader's head end their quarter), or overall.
 * Each says why, in the words the player is shown.
 */
const EARLY_RULES: readonly { ending: Ending; holds(m: EarlyMeters): boolean; why(m: EarlyMeters): string }[] = [
  {
    ending: 'investigation',
    holds: (m) => m.care <= 0,
    why: () => 'Patient care reached 0: harm on that scale is investigated, and the quarter stops there.',
  },
  {
    ending: 'special_measures',
    holds: (m) => m.budget <= 0,
    why: () =>
      'The budget reached 0: medicine’s overspend dragged an already off-plan trust so far off plan that NHS England put the local system into its investigation and intervention regime (what everyone calls special measures), and the quarter stops there.',
  },
  // Leaders before the front line, as the ending's own text checks them, so the reason matches the letter shown.
  {
    ending: 'no_confidence',
    holds: (m) => m.trust[LETTER_GROUPS[0]!] <= 0,
    why: () =>
      'Clinical leaders’ trust in you reached 0: one group is enough for a letter of no confidence to the board.',
  },
  {
    ending: 'no_confidence',
    holds: (m) => m.trust[LETTER_GROUPS[1]!] <= 0,
    why: () =>
      'Front-line staff’s trust in you reached 0: one group is enough for the wards to write to the board over your head.',
  },
  {
    ending: 'no_confidence',
    holds: (m) => trustOverall(m) <= NO_CONFIDENCE_LINE,
    why: (m) =>
      `Trust across the three groups fell to ${Math.round(trustOverall(m))}, and at ${NO_CONFIDENCE_LINE} or below nobody is left who will work with you.`,
  },
];

/** An early ending, if one of the rules above holds. */
export function earlyEnding(m: EarlyMeters): Ending | null {
  return EARLY_RULES.find((r) => r.holds(m))?.ending ?? null;
}

/** Why a quarter ended early, in one sentence (null when nothing would end it). */
export function earlyEndingWhy(m: EarlyMeters): string | null {
  return EARLY_RULES.find((r) => r.holds(m))?.why(m) ?? null;
}

/** What "holding the line" means: the budget and care a quarter must end with to say it held. */
export const HELD = { budget: 40, care: 45 } as const;

/** What a final rule reads of a run's end, worked out once for every rule. */
interface FinalFigures extends EndingInput {
  /** The lowest group's trust, the groups at it, and how far the highest is above it. */
  low: number;
  lowGroups: TrustGroup[];
  spread: number;
  /** "3 changes aimed at the level where the tension was and 1 elsewhere" (the words the scenes' ends use). */
  aim: string;
  /** Who the reasons speak of ("you", or "that run"). */
  by: string;
}

/**
 * The endings at the close of a quarter that nothing ended early, in the order they are checked: the
 * first that holds is the run's. Each says why, in the words the player is shown (Compare runs).
 */
const FINAL_RULES: readonly { ending: Ending; holds(f: FinalFigures): boolean; why(f: FinalFigures): string }[] = [
  {
    ending: 'common_ground',
    holds: (f) => addressed(f.right, f.wrong) && f.budget >= HELD.budget && f.care >= HELD.care && f.low >= 45,
    why: (f) =>
      `${cap(f.by)} aimed ${changes(f.right)} at the level where the tension was (two or more, and ${f.wrong ? `more than the ${f.wrong} aimed elsewhere` : 'none elsewhere'}); the budget ended at ${f.budget} and care at ${f.care} (${HELD.budget} or more, and ${HELD.care} or more); and every group’s trust ended at 45 or more (the lowest, ${lowest(f)}, at ${f.low}).`,
  },
  {
    ending: 'wrong_fix',
    holds: (f) => f.wrong >= 3 && f.wrong > f.right,
    why: (f) =>
      `${cap(f.by)} aimed ${changes(f.wrong)} away from the level where the tension was and ${f.right || 'none'} at it; three or more aimed away, and more of them than at it, is the wrong fix.`,
  },
  {
    ending: 'two_worlds',
    holds: (f) => f.spread >= 25,
    why: (f) => `The groups’ trust ended ${f.spread} points apart (25 or more), with ${f.aim}${startedApart(f)}.`,
  },
  // Nothing broke and nothing was fixed: whether the line held depends on the money and the care.
  {
    ending: 'worn_thin',
    holds: (f) => f.budget < HELD.budget || f.care < HELD.care,
    why: (f) =>
      `The budget ended at ${f.budget} and care at ${f.care}, and a budget under ${HELD.budget} or care under ${HELD.care} is running on empty (${f.aim}).`,
  },
  {
    ending: 'holding',
    holds: () => true,
    why: (f) =>
      `The budget ended at ${f.budget} and care at ${f.care}, both at or above their lines (${HELD.budget} and ${HELD.care}), with ${f.aim}` +
      (addressed(f.right, f.wrong)
        ? `; that was enough there, but ${lowest(f)} trust ended at ${f.low}, under the 45 that Common ground needs.`
        : f.right > 0
          ? `; Common ground needs two or more aimed there, and more than elsewhere.`
          : ': nothing broke, and nothing was mended.'),
  },
];

/** "no change", "1 change", "3 changes". */
const changes = (n: number): string => (n === 0 ? 'no change' : n === 1 ? '1 change' : `${n} changes`);

function finalFigures(e: EndingInput): FinalFigures {
  const groups = Object.values(e.trust);
  const low = Math.min(...groups);
  const lowGroups = (Object.keys(e.trust) as TrustGroup[]).filter((g) => e.trust[g] === low);
  const aim =
    e.right === 0 && e.wrong === 0
      ? 'no change aimed at any level'
      : `${changes(e.right)} aimed at the level where the tension was and ${e.wrong || 'none'} elsewhere`;
  return { ...e, low, lowGroups, spread: Math.max(...groups) - low, aim, by: e.who ?? 'you' };
}

const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Whose, as the reasons name each group ("front-line staff’s trust"). */
const GROUPS_OF: Record<TrustGroup, string> = {
  clinicians: 'front-line staff’s',
  leaders: 'clinical leaders’',
  executives: 'the executives’',
};

/** The group or groups whose trust ended lowest, named as whose ("front-line staff’s and clinical leaders’"). */
function lowest(f: FinalFigures): string {
  return listOf(f.lowGroups.map((g) => GROUPS_OF[g]));
}

/**
 * Both roles start the quarter with their groups more than 25 apart: a run that ends apart is told where
 * its gap began, so one that narrowed it is not blamed for all of it.
 */
function startedApart(f: FinalFigures): string {
  if (!f.role) return '';
  const start = Object.values(START_METERS[f.role].trust);
  const from = Math.max(...start) - Math.min(...start);
  if (f.spread < from)
    return `; they were ${from} apart when ${f.by} started, so ${f.by} narrowed the gap, but not below 25`;
  return `; they were ${from} apart when ${f.by} started`;
}

/**
 * Why a run ended as it did, when the rules still give that ending from its last figures (a run kept from
 * an earlier edition of the rules may not): null otherwise, rather than a reason for another ending.
 */
export function whyEnded(e: EndingInput, ending: Ending): string | null {
  return finalEnding(e) === ending ? endingWhy(e) : null;
}

/** The ending at the close of the quarter. */
export function finalEnding(e: EndingInput): Ending {
  const f = finalFigures(e);
  return earlyEnding(e) ?? FINAL_RULES.find((r) => r.holds(f))!.ending;
}

/**
 * Why a run ended as it did, in one sentence, by the rule that decided it (for a what-if whose ending differs
 * from its original's: the game says which line one choice took it over).
 */
export function endingWhy(e: EndingInput): string {
  const f = finalFigures(e);
  return earlyEndingWhy(e) ?? FINAL_RULES.find((r) => r.holds(f))!.why(f);
}

export function endingKnot(ending: Ending): string {
  return `ending_${ending}`;
}
