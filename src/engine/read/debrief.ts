/**
 * The debrief's reading of a run: the causal timeline (every change linked
 * to the decision behind it, delayed ones from the week of the decision to
 * the week they landed), the pressures nobody chose, the key decisions with
 * the finding each relates to, the skills profile and an earned style title,
 * reflection questions chosen from what happened, and comparisons between
 * runs. Pure functions of a RunRecord: the same for a live run, an archived
 * one and an imported file.
 */
import { sameChoice } from '../run/legacy-choices.ts';
import { FINDINGS, REFLECTIONS, SELF_ITEMS, STYLE_TITLES, styleLine, type FindingId } from '../rules/findings.ts';
import { applyMeterEffect, headline, readTarget, START_METERS, trustOverall, type Meters } from '../rules/meters.ts';
import {
  addressed,
  ENDING_TITLES,
  otherRole,
  PLACE_INFO,
  runSpan,
  weeksOf,
  type Ending,
  type PlaceInfo,
} from '../rules/quarter.ts';
import type { RunRecord } from './record.ts';
import {
  netOf,
  sumNets,
  type ChangeRecord,
  type ChangeTarget,
  type DecisionRecord,
  type Net,
  type PressureId,
} from '../rules/rules.ts';
import { termById } from '../rules/glossary.ts';

const termLabel = (id: string): string => termById(id)?.label ?? id;

/**
 * Whose proposal a pair's decision was: the role that proposed it, 'both', or null (a run played alone, or an
 * option neither proposed). The run's role led; the partner held the other.
 */
export function proposerOf(
  run: { role?: Role | null },
  d: Pick<DecisionRecord, 'text' | 'proposals'>,
): Role | 'both' | null {
  const p = d.proposals;
  if (!p) return null;
  if (p.lead === d.text && p.partner === d.text) return 'both';
  const lead = run.role ?? 'clinician';
  return p.lead === d.text ? lead : p.partner === d.text ? otherRole(lead) : null;
}

/** Whose proposal a pair's decision was, said after its words: " (the operational manager’s proposal)". */
export function proposedBy(run: { role?: Role | null }, d: Pick<DecisionRecord, 'text' | 'proposals'>): string {
  const whose = proposerOf(run, d);
  if (!whose) return '';
  return whose === 'both' ? ' (you both proposed it)' : ` (the ${ROLE_LABEL[whose].toLowerCase()}’s proposal)`;
}

/** The week a scene was played in: its own, or (week one, the map's encounters) the week of its decisions. */
export function weekOfScene(run: Pick<RunRecord, 'plan' | 'decisions'>, scene: number): number | undefined {
  return run.plan[scene]?.week ?? run.decisions.find((d) => d.scene === scene)?.week;
}

export { netOf, sumNets, type Net };
import {
  METER_TARGETS,
  TRUST_GROUPS,
  WEEKS,
  type Arc,
  type HeadlineMeter,
  type MeterTarget,
  type Place,
  type Role,
  type Structure,
  type TrustGroup,
} from '../rules/types.ts';
import { SKILLS, type Skill } from '../rules/skills.ts';
import { DEPARTURE_LINE, EXODUS_LINE, MAX_GAPS, WINTER_FROM } from '../rules/weekly.ts';
import { listOf, ROLE_LABEL } from '../rules/prose.ts';

export { FINDINGS, REFLECTIONS, SELF_ITEMS, STYLE_TITLES, styleLine, type FindingId };

/** A finding's source in a few words (its part before the first comma or bracket): "Keller et al. 2025". */
export const shortSource = (id: FindingId): string => FINDINGS[id].source.split(/[,(]/)[0]!.trim();

export interface WeekPoint {
  /** 0 is the start of the quarter. */
  week: number;
  budget: number;
  care: number;
  trust: number;
  wellbeing: number;
  /** Each group's trust, whose mean (rounded) is `trust`. */
  groups: Record<TrustGroup, number>;
}

/** The meters after one entry of the ledger (hours and a person's trust are not meters). */
function afterChange(meters: Meters, c: ChangeRecord): Meters {
  return c.target === 'hours' || c.target === 'person'
    ? meters
    : applyMeterEffect(meters, { kind: 'meter', target: c.target, delta: c.delta });
}

/**
 * The ledger replayed from the role's start: each change with the meters just before and after it. A
 * change to all three trust groups logs only their average, so a group's own move is read from these.
 */
export function replayLedger(run: {
  changes: readonly ChangeRecord[];
  role: Role | null;
}): { change: ChangeRecord; before: Meters; after: Meters }[] {
  let meters = structuredClone(START_METERS[run.role ?? 'clinician']);
  return run.changes.map((change) => {
    const before = meters;
    meters = afterChange(meters, change);
    return { change, before, after: meters };
  });
}

/** Each change's meters before and after, from the ledger replayed once per run's list of changes. */
const ledgers = new WeakMap<readonly ChangeRecord[], Map<ChangeRecord, { before: Meters; after: Meters }>>();
function ledgerOf(run: Parameters<typeof replayLedger>[0]): Map<ChangeRecord, { before: Meters; after: Meters }> {
  let ledger = ledgers.get(run.changes);
  if (!ledger) {
    ledger = new Map(replayLedger(run).map(({ change, before, after }) => [change, { before, after }]));
    ledgers.set(run.changes, ledger);
  }
  return ledger;
}

/**
 * The net of some of a run's changes (`netOf`), with what a change to all three trust groups did read from the
 * ledger: it is logged with the groups' average, rounded, so with a group at its limit the average moves by
 * less than the others did ("+2 to all three" with front-line staff at 100 moved clinical leaders and
 * executives 2 each, and the average 1). One line when all three moved alike, a line a group otherwise, so
 * the lines add up to what each group shows.
 */
export function netIn(
  run: Parameters<typeof replayLedger>[0],
  list: readonly ChangeRecord[],
  leaveOut: readonly ChangeTarget[] = ['hours'],
): Net[] {
  const net = netOf(list, leaveOut);
  if (leaveOut.includes('trust') || !list.some((c) => c.target === 'trust')) return net;
  const ledger = ledgerOf(run);
  const moved = { clinicians: 0, leaders: 0, executives: 0 };
  for (const c of list) {
    const at = c.target === 'trust' ? ledger.get(c) : undefined;
    if (c.target === 'trust' && !at) return net;
    if (at) for (const g of TRUST_GROUPS) moved[g] += at.after.trust[g] - at.before.trust[g];
  }
  const alike = TRUST_GROUPS.every((g) => moved[g] === moved.clinicians);
  if (alike && net.some((n) => n.target === 'trust' && n.delta === moved.clinicians)) return net;
  const trust: Net[] = alike
    ? [{ target: 'trust', delta: moved.clinicians }]
    : TRUST_GROUPS.map((g) => ({ target: `trust.${g}` as const, delta: moved[g] }));
  return sumNets([...net.filter((n) => n.target !== 'trust'), ...trust]);
}

/**
 * Headline meters and hidden wellbeing at the start and at the end of every
 * week played, rebuilt from the ledger of applied changes (so the chart and
 * the links can never disagree with each other or with the final meters).
 */
export function weekly(run: RunRecord): WeekPoint[] {
  const ledger = replayLedger(run);
  let meters = START_METERS[run.role];
  const point = (week: number): WeekPoint => ({
    week,
    ...headline(meters),
    wellbeing: meters.wellbeing,
    groups: { ...meters.trust },
  });
  const points: WeekPoint[] = [point(0)];
  const last = Math.min(run.week, WEEKS);
  let i = 0;
  for (let week = 1; week <= last; week++) {
    for (; i < ledger.length && ledger[i]!.change.week <= week; i++) meters = ledger[i]!.after;
    points.push(point(week));
  }
  return points;
}

/**
 * The headline meters just before a scene's first change and after its last,
 * from the replayed ledger (what the meters bar showed as the
 * scene opened, and shows as it ends).
 */
export function sceneSpan(
  run: Pick<RunRecord, 'role' | 'changes'>,
  scene: number,
): { from: Record<HeadlineMeter, number>; to: Record<HeadlineMeter, number> } {
  let meters = START_METERS[run.role];
  let from: Record<HeadlineMeter, number> | null = null;
  for (const { change, before, after } of replayLedger(run)) {
    if (change.scene > scene) break;
    if (change.scene === scene) from ??= headline(before);
    meters = after;
  }
  const to = headline(meters);
  return { from: from ?? to, to };
}

/** A delayed consequence: decided in one week, landed in a later one. */
export interface Link {
  /** The decision that caused it, or null for something in a scene (then `cause` says what). */
  decision: number | null;
  /** For a consequence of a scene rather than a decision: where, and what happened there. */
  cause?: string;
  fromWeek: number;
  toWeek: number;
  /** The scene it landed in. */
  landed: string;
  net: Net[];
  /** What the engine said about it, when it said anything. */
  note?: string;
}

/** Every delayed consequence, grouped by decision and by the scene it landed in. */
export function links(run: RunRecord): Link[] {
  const groups = new Map<string, ChangeRecord[]>();
  for (const c of run.changes) {
    if (!c.delayed || c.target === 'hours') continue;
    if (c.decision === null && !fromScene(c)) continue;
    const key = `${c.decision ?? `scene ${fromScene(c)}`}:${c.scene}:${c.note ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: Link[] = [];
  for (const list of groups.values()) {
    const c = list[0]!;
    const at = fromScene(c);
    if (at !== null) {
      // Something in a scene set it going (being there, when the player planned to be): no decision, but a cause.
      const m = run.plan[at];
      const net = netIn(run, list);
      if (!net.length) continue;
      const link: Link = {
        decision: null,
        cause: m ? `${m.here === false ? 'You heard about' : 'You were at'} “${m.title}”` : 'Something earlier',
        fromWeek: weekOfScene(run, at) ?? c.week,
        toWeek: c.week,
        landed: run.plan[c.scene]?.title ?? `week ${c.week}`,
        net,
      };
      if (c.note) link.note = c.note;
      out.push(link);
      continue;
    }
    const d = run.decisions[c.decision!];
    const net = netIn(run, list);
    if (!d || !net.length) continue;
    const link: Link = {
      decision: d.id,
      fromWeek: d.week,
      toWeek: c.week,
      landed: run.plan[c.scene]?.title ?? `week ${c.week}`,
      net,
    };
    if (c.note) link.note = c.note;
    out.push(link);
  }
  return out;
}

/** Something that moved the meters that no decision chose: the week's pressures, and the scene's own events. */
export interface Pressure {
  /** The weeks it pushed in, in order (the same pressure, week after week, is one row). */
  weeks: number[];
  note: string;
  /** What it moved in all those weeks together. */
  net: Net[];
}

/** The scene a line's delayed effect was set in, when it was recorded (older runs lack it). */
function fromScene(c: ChangeRecord): number | null {
  return c.delayed && c.decision === null && c.origin.kind === 'scene' && c.origin.scene !== undefined
    ? c.origin.scene
    : null;
}

export function pressures(run: RunRecord): Pressure[] {
  const groups = new Map<string, ChangeRecord[]>();
  for (const c of run.changes) {
    if (c.decision !== null || c.target === 'hours' || c.target === 'person') continue;
    if (c.origin.kind !== 'pressure' && c.origin.kind !== 'scene') continue;
    // A line's effect that landed later is among the consequences (`links`), with where it was set going.
    if (fromScene(c) !== null) continue;
    const note =
      c.note ??
      (c.origin.kind === 'scene' ? `In “${run.plan[c.scene]?.title ?? 'a scene'}”, whatever you chose` : 'The week');
    groups.set(note, [...(groups.get(note) ?? []), c]);
  }
  return [...groups.entries()]
    .map(([note, list]) => ({ weeks: [...new Set(list.map((c) => c.week))], note, net: netIn(run, list) }))
    .filter((p) => p.net.length)
    .sort((a, b) => a.weeks[0]! - b.weeks[0]!);
}

/** A misunderstanding: a word nodded at, what came of it, and when. */
export interface Misunderstanding {
  term: string;
  /** Where the nod was: the scene and the line. */
  nodWeek: number;
  scene: string;
  line: string;
  landedWeek: number;
  story: string;
  net: Net[];
}

export function misunderstandings(run: RunRecord): Misunderstanding[] {
  const groups = new Map<string, ChangeRecord[]>();
  for (const c of run.changes) {
    if (c.origin.kind !== 'nod') continue;
    const key = `${c.origin.term}:${c.origin.scene}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].flatMap((list) => {
    const c = list[0]!;
    if (c.origin.kind !== 'nod') return [];
    const net = netIn(run, list);
    if (!net.length) return [];
    return [
      {
        term: c.origin.term,
        nodWeek: weekOfScene(run, c.origin.scene) ?? c.week,
        scene: run.plan[c.origin.scene]?.title ?? '',
        line: c.origin.line,
        landedWeek: c.week,
        story: c.note ?? '',
        net,
      },
    ];
  });
}

/** What each pressure is, in a few words, for the debrief. */
export const PRESSURE_NAMES: Record<PressureId, string> = {
  'dual-role': 'The dual role, without protected time',
  stall: 'The savings plan stalling without the wards',
  'care-slipping': 'Care slipping, week after week',
  'care-crisis': 'Severe harm on the wards',
  overspend: 'The overspend feeding on itself',
  winter: 'Winter',
  'wellbeing-care': 'Staff worn down by the state of care',
  'wellbeing-trust': 'How the front line felt about its leaders',
  'wellbeing-say': 'Whether you listened and asked',
  'wellbeing-gaps': 'Colleagues covering for those off sick',
  'wellbeing-winter': 'Winter, on the staff',
  'rota-gaps': 'Rota gaps after staff went off sick',
  earlier: 'Pressures recorded by an earlier version',
  unseen: 'Weeks that never crossed the site',
};

/** A pressure that wore wellbeing down, named as what it was when it did (each only ever counted at a net fall). */
const WORN_BY: Partial<Record<PressureId, string>> = {
  'dual-role': 'your dual role, without protected time',
  'wellbeing-care': 'the state of care on the wards',
  'wellbeing-trust': 'a front line that felt unheard by its leaders',
  'wellbeing-say': 'weeks when you did not stop to listen, or to ask what a word meant',
  'wellbeing-gaps': 'covering for colleagues off sick',
  'wellbeing-winter': 'winter',
};

/**
 * What has worn staff wellbeing down most in a run so far, most first: the net fall of each
 * cause, named as the debrief names it. Only the names: the meter stays hidden until the debrief,
 * but a week that has someone signed off says why.
 */
export function wornDownBy(run: Pick<RunRecord, 'changes' | 'plan'>, max = 3): string[] {
  const net = new Map<string, number>();
  for (const c of run.changes) {
    if (c.target !== 'wellbeing') continue;
    const cause =
      c.origin.kind === 'pressure'
        ? (WORN_BY[c.origin.pressure] ?? PRESSURE_NAMES[c.origin.pressure].toLowerCase())
        : c.decision !== null
          ? 'what your own decisions asked of people'
          : c.origin.kind === 'scene'
            ? `what happened in “${run.plan[c.origin.scene ?? c.scene]?.title ?? 'a scene'}”`
            : 'what happened around you';
    net.set(cause, (net.get(cause) ?? 0) + c.after - c.before);
  }
  return [...net]
    .filter(([, moved]) => moved < 0)
    .sort((a, b) => a[1] - b[1])
    .slice(0, max)
    .map(([cause]) => cause);
}

/** Pressures that fall on every quarter alike, whatever anyone does: not a cost the player's leadership caused. */
const WEATHER: readonly PressureId[] = ['winter', 'wellbeing-winter', 'earlier'];

/** A cost the player did not see coming: delayed, misunderstood, or pressing in week after week. */
export interface HiddenCost {
  cause: string;
  detail?: string;
  net: Net[];
  /** Headline points lost, with a group's trust counted a third (its share of Trust). */
  loss: number;
  weeks: number[];
  /** A pressure's first push: what set it off can be named from it (`setOffBy`). */
  pushed?: ChangeRecord;
}

/** Headline points a set of changes lost, net (a trust group's change is a third of Trust). */
export function lossOf(changes: readonly ChangeRecord[]): number {
  const total = changes.reduce((sum, c) => sum + headlinePoints(c.target, c.after - c.before), 0);
  return Math.max(0, Math.round(-total * 10) / 10);
}

/**
 * A change in points on the three meters the player sees: Budget and Patient
 * care as they are, Trust as the mean of its three groups (one group's point
 * is a third of one); hidden wellbeing, hours and named people count nothing.
 */
export function headlinePoints(target: ChangeTarget, delta: number): number {
  if (target === 'budget' || target === 'care' || target === 'trust') return delta;
  return target.startsWith('trust.') ? delta / 3 : 0;
}

export { listOf };

/** Several reasons as one text: the rules' reasons end in a full stop and the story's do not, so each is cut to its words. */
function reasons(details: readonly string[]): string {
  return details.length === 1 ? details[0]! : `${details.map((d) => d.replace(/\.$/, '')).join('. ')}.`;
}

/**
 * The costs that were not on screen when the player chose: consequences that
 * landed later (by decision), misunderstandings (by word) and the pressures
 * nobody chose (by pressure, over the quarter). Largest first. What changes
 * aimed at a level did is not here: it is the level's own part of the debrief.
 */
export function hiddenCosts(run: RunRecord): HiddenCost[] {
  const groups = new Map<string, { changes: ChangeRecord[]; cause: string; details: string[] }>();
  // `every`: a decision's later consequences can each have their own reason, and all of them are said
  // (one reason under two effects named the wrong cause for one of them); a pressure's or a word's
  // reason is the same story told again, and its latest telling stands.
  const add = (key: string, c: ChangeRecord, cause: string, detail?: string, every = false) => {
    const g = groups.get(key) ?? { changes: [], cause, details: [] };
    g.changes.push(c);
    if (detail && !g.details.includes(detail)) g.details = every ? [...g.details, detail] : [detail];
    groups.set(key, g);
  };
  for (const c of run.changes) {
    const o = c.origin;
    if (o.kind === 'nod') {
      const m = run.plan[o.scene];
      add(
        `nod:${o.term}`,
        c,
        `You nodded at “${termLabel(o.term)}” in week ${weekOfScene(run, o.scene) ?? c.week}, in “${m?.title ?? 'a scene'}”`,
        c.note,
      );
    } else if (o.kind === 'pressure' && !WEATHER.includes(o.pressure)) {
      add(`pressure:${o.pressure}`, c, PRESSURE_NAMES[o.pressure], c.note);
    } else if (c.delayed && c.decision !== null && o.kind === 'choice') {
      // What a change aimed at a level did to trust is told beside where the tension sat, all of them together:
      // as one decision's hidden cost it held up whichever change came first among equals, however sound.
      const d = run.decisions[c.decision];
      add(
        `decision:${c.decision}`,
        c,
        d ? `Week ${d.week}, “${d.sceneTitle}”: you chose “${d.text}”${proposedBy(run, d)}` : 'An earlier decision',
        c.note,
        true,
      );
    }
  }
  return [...groups]
    .map(([key, g]) => ({
      cause: g.cause,
      ...(g.details.length ? { detail: reasons(g.details) } : {}),
      net: netIn(run, g.changes, ['hours', 'person', 'wellbeing']),
      loss: lossOf(g.changes),
      weeks: [...new Set(g.changes.map((c) => c.week))].sort((a, b) => a - b),
      ...(key.startsWith('pressure:') ? { pushed: g.changes[0]! } : {}),
    }))
    .filter((h) => h.loss > 0)
    .sort((a, b) => b.loss - a.loss);
}

export interface DecisionView {
  decision: DecisionRecord;
  /** Applied at once (in the decision's own scene). */
  now: Net[];
  /** Hours the decision took. */
  hours: number;
  /** Landed later. */
  later: Link[];
  arc: Arc | null;
  build: Structure | null;
  /** The research finding it relates to; null when it relates to none closely enough to name one. */
  finding: FindingId | null;
  /** How much it moved in all (for picking the key decisions). */
  weight: number;
  /** Meters it asked to move at once but that stopped at 0 or 100 (so "No change" is explained). */
  atLimit: { target: MeterTarget; at: number }[];
}

/** What a decision's weight counts: every meter the player sees (hidden wellbeing, hours and people left out). */
const HEADLINE_TARGETS: readonly ChangeTarget[] = METER_TARGETS.filter((t) => t !== 'wellbeing');

/** Every decision with what it did at once and later, and the research it relates to. */
export function decisionViews(run: RunRecord): DecisionView[] {
  const all = links(run);
  const sourceOf = (id: number, kind: 'arc' | 'build'): string | null => {
    const hit = Object.entries(run.sources).find(([k, v]) => v === id && k.startsWith(`${kind}:`));
    return hit ? hit[0].slice(kind.length + 1) : null;
  };
  const limits = limitsMet(run);
  return run.decisions.map((d) => {
    const own = run.changes.filter((c) => c.decision === d.id && !c.delayed);
    const later = all.filter((l) => l.decision === d.id);
    const arc = sourceOf(d.id, 'arc') as Arc | null;
    const build = sourceOf(d.id, 'build') as Structure | null;
    const now = netIn(run, own);
    const misread = own.some((c) => c.note && run.terms.some((t) => t.misread && t.scene === d.scene));
    const weight =
      [...now, ...later.flatMap((l) => l.net)]
        .filter((n) => HEADLINE_TARGETS.includes(n.target))
        .reduce((s, n) => s + Math.abs(n.delta), 0) +
      (d.intervene ? 6 : 0) +
      (arc || build ? 6 : 0);
    return {
      decision: d,
      now,
      hours: -own.filter((c) => c.target === 'hours').reduce((s, c) => s + c.delta, 0),
      later,
      arc,
      build,
      finding: pickFinding(run, d, arc, build, misread),
      weight,
      atLimit: [
        ...new Map(
          limits
            .filter((l) => own.includes(l.change) && HEADLINE_TARGETS.includes(l.target))
            .map((l) => [l.target, { target: l.target, at: l.at }] as const),
        ).values(),
      ],
    };
  });
}

/** The research finding a decision relates to, from what the decision was and what it did. */
export function pickFinding(
  run: Pick<RunRecord, 'pressing' | 'changes' | 'role'>,
  d: DecisionRecord,
  arc: Arc | null,
  build: Structure | null,
  misread = false,
): FindingId | null {
  if (d.intervene) return d.intervene === run.pressing ? 'level_right' : 'level_wrong';
  if (d.finding) return d.finding;
  if (arc) return arc;
  if (build) return build === 'walkrounds' ? 'location' : 'informal_contact';
  if (misread) return 'same_word';
  const own = run.changes.filter((c) => c.decision === d.id && !c.delayed);
  if (own.some((c) => c.note?.includes('own jargon'))) return 'jargon';
  const moved = (t: ChangeTarget): number =>
    own.filter((c) => c.target === t).reduce((s, c) => s + c.after - c.before, 0);
  const hours = -own.filter((c) => c.target === 'hours').reduce((s, c) => s + c.delta, 0);
  if (moved('wellbeing') <= -3) return 'burnout';
  if (run.role === 'clinician' && hours >= 3) return 'dual_role';
  if (moved('budget') > 0 && (moved('care') < 0 || moved('trust.clinicians') < 0)) return 'savings';
  if (moved('care') > 0 && moved('budget') < 0) return 'priorities';
  switch (d.barrier) {
    case 'status':
      if (d.skills.includes('listening')) return 'status_unheard';
      if (moved('trust.leaders') + moved('trust.executives') > moved('trust.clinicians')) return 'status_formal';
      break;
    case 'location':
      return d.skills.includes('listening') ? 'informal_contact' : 'location';
    case 'jargon':
      return d.skills.includes('communication') ? 'skill_communication' : 'jargon';
  }
  if (d.skills.includes('understanding')) return 'skill_understanding';
  if (d.skills.includes('listening')) return 'skill_listening';
  if (d.skills.includes('communication')) return 'skill_communication';
  // Heading back to work or fetching a coffee is not what any study looked at: no finding is named for it.
  return null;
}

/** The decisions that moved the most, or started something, in play order. */
export function keyDecisions(views: readonly DecisionView[], max = 8): DecisionView[] {
  // The same choice made again (an encounter met week after week) is shown once, where it moved most.
  const texts = new Set<string>();
  const top = [...views]
    .filter((v) => v.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.decision.id - b.decision.id)
    .filter((v) => !texts.has(v.decision.text) && texts.add(v.decision.text))
    .slice(0, max);
  return top.sort((a, b) => a.decision.id - b.decision.id);
}

export interface SkillsProfile {
  counts: Record<Skill, number>;
  /**
   * Share of all skill uses in whole per cents, each rounded to the nearest (all 0 when there were none).
   * Equal counts always show equal shares, so three may add up to 99 or 101: 9 of 26 is 35% however
   * often it comes, where making them add up to 100 showed 9 as 35% beside 9 as 34%.
   */
  share: Record<Skill, number>;
  /** The skills used most, and least: more than one when they tie (empty when none was used, or all tie). */
  strongest: Skill[];
  weakest: Skill[];
}

export function skillsProfile(run: Pick<RunRecord, 'skills'>): SkillsProfile {
  const total = SKILLS.reduce((s, k) => s + run.skills[k], 0);
  const share = Object.fromEntries(
    SKILLS.map((k) => [k, total ? Math.round((run.skills[k] / total) * 100) : 0]),
  ) as Record<Skill, number>;
  const most = Math.max(...SKILLS.map((k) => run.skills[k]));
  const least = Math.min(...SKILLS.map((k) => run.skills[k]));
  const apart = total > 0 && most !== least;
  return {
    counts: { ...run.skills },
    share,
    strongest: apart ? SKILLS.filter((k) => run.skills[k] === most) : [],
    weakest: apart ? SKILLS.filter((k) => run.skills[k] === least) : [],
  };
}

export type StyleId = keyof typeof STYLE_TITLES;

/**
 * The title a run earns, from how it balanced the meters and where it aimed. A quarter that ended
 * early is named by what ended it, never by the meters left standing ("nothing collapsed").
 */
export function styleOf(run: RunRecord): StyleId {
  if (run.ending === 'no_confidence') return 'lone_operator';
  if (run.ending === 'investigation' || run.ending === 'special_measures') return 'stopped_short';
  const end = run.history.at(-1);
  const m = { budget: run.meters.budget, care: run.meters.care, trust: end?.trust ?? 50 };
  const right = run.interventions.filter((i) => i.right).length;
  const wrong = run.interventions.length - right;
  const swing = run.history.slice(1).reduce((s, p, i) => {
    const q = run.history[i]!;
    return s + Math.abs(p.budget - q.budget) + Math.abs(p.care - q.care) + Math.abs(p.trust - q.trust);
  }, 0);
  // Not beside Two hospitals: a bridge is not built where the groups ended more than 25 apart.
  if (
    run.ending === 'common_ground' ||
    (run.ending !== 'two_worlds' && m.budget >= 50 && m.care >= 55 && m.trust >= 60 && addressed(right, wrong))
  )
    return 'bridge_builder';
  if (wrong >= 3 && wrong >= 2 * right) return 'wrong_target';
  if (m.trust <= 30) return 'lone_operator';
  if (Math.min(m.budget, m.care) < 35 && swing >= 150) return 'firefighter';
  if (m.budget >= m.care + 15 && m.budget >= m.trust + 10) return 'guardian_of_the_ledger';
  if (m.care >= m.budget + 15) return 'patients_advocate';
  if (m.trust >= Math.max(m.budget, m.care) + 10) return 'good_listener';
  return 'steady_hand';
}

/**
 * How far the run's interventions really moved the Trust meter: those aimed at the pressing level, and those
 * aimed elsewhere. A miss moves one, two or all three groups (`MISSED_BY`, less a group that asked), so the meter's
 * move is read from the ledger (the three groups' average before and after each change).
 */
export function trustFromAim(run: Parameters<typeof replayLedger>[0]): { right: number; wrong: number } {
  const moved = { right: 0, wrong: 0 };
  let ledger: ReturnType<typeof ledgerOf> | undefined;
  for (const c of run.changes) {
    if (c.origin.kind !== 'intervention' || (c.target !== 'trust' && !c.target.startsWith('trust.'))) continue;
    ledger ??= ledgerOf(run);
    const at = ledger.get(c)!;
    moved[c.origin.right ? 'right' : 'wrong'] += trustOverall(at.after) - trustOverall(at.before);
  }
  return moved;
}

/**
 * What the debrief says of the staff: how their wellbeing fared, and who was
 * signed off sick and whether their rota gaps opened within the quarter (a
 * gap opens the week after).
 */
export function staffLines(
  run: Pick<RunRecord, 'role' | 'meters' | 'leavers' | 'week'> & { run?: { weeks?: number } },
): {
  wellbeing: string;
  signedOff: string | null;
} {
  const change = run.meters.wellbeing - START_METERS[run.role].wellbeing;
  const span = runSpan(run.run);
  const gapsOpened = run.leavers.some((l) => l.week < run.week);
  const wellbeing =
    change <= -10
      ? gapsOpened
        ? `Worn-out staff go off sick: in the ${span}, low wellbeing turned into rota gaps.`
        : run.leavers.length
          ? `Worn-out staff go off sick: by the ${span}’s last week, low wellbeing had people signed off.`
          : `Low wellbeing is where sickness absence starts: below ${DEPARTURE_LINE} at a week’s end, someone is signed off. It was never below that at a week’s end${run.meters.wellbeing === DEPARTURE_LINE ? ' (it ended on the line)' : ''}, so nobody was.`
      : change >= 5
        ? 'People had a little more left at the end than at the start.'
        : change <= -4
          ? run.leavers.length
            ? 'It slipped, and at its lowest had people signed off sick.'
            : `It slipped, but it never ended a week below ${DEPARTURE_LINE}, the line under which people go off sick.`
          : run.week >= WINTER_FROM
            ? 'It held roughly steady into the winter, which is not nothing.'
            : 'It held roughly steady, which with beds this full is not nothing.';
  const off = run.leavers.reduce((n, l) => n + l.count, 0);
  // Each week's count beside the wellbeing it fell to, and the rule that made it that many.
  const when =
    run.leavers.length === 1
      ? ` in week ${run.leavers[0]!.week} (wellbeing ${run.leavers[0]!.wellbeing})`
      : `: ${listOf(run.leavers.map((l) => `${l.count} in week ${l.week} (wellbeing ${l.wellbeing})`))}`;
  const signedOff = run.leavers.length
    ? `${off === 1 ? 'One member of staff was' : `${off} staff were`} signed off sick with stress${when}. At a week’s end under ${DEPARTURE_LINE}, one person is signed off, and under ${EXODUS_LINE}, two; no more than ${MAX_GAPS} are signed off in a ${span}. ${
        gapsOpened
          ? 'From the week after, their shifts were gaps on the rota, filled from the bank or agency on top of their sick pay, and by colleagues working extra shifts.'
          : `The ${span} ended before the gaps they left on the rota opened.`
      }`
    : null;
  return { wellbeing, signedOff };
}

/**
 * Trust the interventions had set in motion that had not landed when the quarter ended (so never moved it), on
 * the Trust meter: a change to one group counts a third, as it would have moved the three groups' average.
 */
export function trustStillToLand(run: Pick<RunRecord, 'pending'>): { right: number; wrong: number } {
  const due = { right: 0, wrong: 0 };
  for (const p of run.pending)
    if (p.origin.kind === 'intervention' && p.effect.kind === 'meter' && p.effect.target.startsWith('trust'))
      due[p.origin.right ? 'right' : 'wrong'] += p.effect.target === 'trust' ? p.effect.delta : p.effect.delta / 3;
  return { right: Math.round(due.right), wrong: Math.round(due.wrong) };
}

export type ReflectionId = keyof typeof REFLECTIONS;

/** Up to five questions, chosen from what happened in this run; the last is always about Monday. */
export function reflectionsFor(run: RunRecord): ReflectionId[] {
  const right = run.interventions.filter((i) => i.right).length;
  const wrong = run.interventions.length - right;
  const start = START_METERS[run.role];
  // Where the player went, a visit each (not each person met there), by the kind of place.
  const went = new Map<string, Place>();
  for (const c of run.changes) if (c.origin.kind === 'visit') went.set(`${c.week}:${c.origin.place}`, c.origin.place);
  const wentTo = (kind: PlaceInfo['kind']) => [...went.values()].filter((p) => PLACE_INFO[p].kind === kind).length;
  const frontLine = wentTo('front line');
  const candidates: [boolean, ReflectionId][] = [
    [run.ending !== null && EARLY.includes(run.ending), 'early_end'],
    // One intervention is a choice, not a habit: it is asked about as one.
    [wrong > right && wrong >= 2, 'wrong_level'],
    [wrong === 1 && right === 0, 'once_wrong'],
    [right > wrong && right >= 2, 'right_level'],
    [right === 1 && wrong === 0, 'once_right'],
    [right > 0 && right === wrong, 'split_level'],
    [run.interventions.length === 0, 'never_intervened'],
    [run.terms.some((t) => t.misread), 'nodded_along'],
    [run.terms.some((t) => t.how === 'asked'), 'asked_terms'],
    [run.meters.wellbeing <= start.wellbeing - 15, 'burnout'],
    [run.missed.length >= 3, 'missed_scenes'],
    [run.meters.budget >= 60 && (run.meters.care < 50 || (run.history.at(-1)?.trust ?? 50) < 50), 'budget_first'],
    [run.meters.care >= 65 && run.meters.budget < 45, 'care_first'],
    [Object.keys(run.arcs).length >= 2, 'arcs_started'],
    [Object.keys(run.arcs).length === 0, 'no_arcs'],
    // About one a week at a ward, ED, theatres or clinic; or barely any there, and the formal places instead.
    [frontLine >= weeksOf(run.run), 'front_line'],
    [frontLine <= 2 && wentTo('formal') >= 3 && wentTo('formal') > wentTo('informal'), 'formal_only'],
    [!run.run.pairedWith, 'other_role'],
  ];
  // A question the player has answered is always asked again, so their words still show, even if the run was kept
  // before the question's rule changed; the others fill up to four.
  const answered = (id: ReflectionId): boolean => !!run.reflections[id]?.trim();
  const picked = candidates.filter(([when, id]) => when || answered(id)).map(([, id]) => id);
  let room = 4 - picked.filter(answered).length;
  return [...picked.filter((id) => answered(id) || room-- > 0), 'monday'];
}

const EARLY: readonly Ending[] = ['special_measures', 'investigation', 'no_confidence'];

export interface SelfChange {
  id: string;
  text: string;
  skill: Skill;
  before: number | null;
  after: number | null;
}

export function selfChanges(run: Pick<RunRecord, 'self'>): SelfChange[] {
  return SELF_ITEMS.map((item) => ({
    id: item.id,
    text: item.text,
    skill: item.skill,
    before: run.self.before?.[item.id] ?? null,
    after: run.self.after?.[item.id] ?? null,
  }));
}

/**
 * What the run itself did that bears on each self-assessment statement, in its own counts, to set beside the
 * answers (a trainee who rated themselves only against themselves is shown the one comparison the game can
 * make). Where the game records nothing that bears on it, it says so.
 */
export function selfEvidence(
  run: Pick<RunRecord, 'decisions' | 'terms' | 'changes' | 'missed'>,
): Record<string, string> {
  const skill = (s: Skill) => run.decisions.filter((d) => d.skills.includes(s)).length;
  const of = `of your ${run.decisions.length} decisions`;
  const asked = run.terms.filter((t) => t.how === 'asked' || t.how === 'from your partner').length;
  const looked = run.terms.filter((t) => t.how === 'looked up').length;
  const nodded = run.terms.filter((t) => t.how === 'nodded');
  const back = nodded.filter((t) => t.misread).length;
  const jargon = run.changes.filter((c) => c.origin.kind === 'jargon').length;
  const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
  return {
    s1: `Asked about ${asked} of the other side’s words, and looked up ${looked}.`,
    s2: `${skill('understanding')} ${of} showed understanding of the other side.`,
    s3: `${skill('listening')} ${of} were listening; ${run.missed.length} scene${run.missed.length === 1 ? '' : 's'} reached you second-hand.`,
    s4: 'The game does not count this one: ask it of your own last month.',
    s5: `Asked ${asked}, looked up ${looked}, nodded along at ${nodded.length}${nodded.length ? ` (${back} came back as ${back === 1 ? 'a misunderstanding' : 'misunderstandings'})` : ''}.`,
    s6: `${skill('communication')} ${of} put things in terms the other side uses; ${jargon ? `you spoke your own jargon to them ${times(jargon)}` : 'you never spoke your own jargon to them'}.`,
  };
}

/** One line of a side-by-side comparison. */
export interface CompareRow {
  label: string;
  a: string;
  b: string;
  /** b − a for numbers (for a meter, b's change from its start minus a's), null for words. */
  diff: number | null;
  /** For a meter, where each run's role starts it: the two roles start apart, so their ends alone would compare the starts. */
  from?: { a: number; b: number };
}

const num = (label: string, a: number, b: number): CompareRow => ({
  label,
  a: String(a),
  b: String(b),
  diff: b - a,
});

/**
 * The meters (a trust group counts as its own) where a run asked for more than the meter could take: a
 * change that met 0 or 100 and moved less than it said. Two runs compared can then differ on that meter
 * by less than the choices that parted them would suggest.
 */
export function atTheirLimit(run: Pick<RunRecord, 'changes' | 'role'>): MeterTarget[] {
  return [...new Set(limitsMet(run).map((l) => l.target))];
}

/**
 * Every change that asked a meter for more than it could take, with the meter and the limit it stopped at
 * (a change to all three groups is read group by group, from the replayed ledger).
 */
export function limitsMet(
  run: Parameters<typeof replayLedger>[0],
): { change: ChangeRecord; target: MeterTarget; at: number }[] {
  let out = limitsOf.get(run.changes);
  if (out) return out;
  out = [];
  for (const [c, { before, after }] of ledgerOf(run)) {
    if (c.target === 'trust') {
      for (const g of TRUST_GROUPS)
        if (after.trust[g] - before.trust[g] !== c.delta)
          out.push({ change: c, target: `trust.${g}`, at: after.trust[g] });
    } else if (
      c.target !== 'hours' &&
      c.target !== 'person' &&
      readTarget(after, c.target) - readTarget(before, c.target) !== c.delta
    )
      out.push({ change: c, target: c.target, at: readTarget(after, c.target) });
  }
  limitsOf.set(run.changes, out);
  return out;
}
/** Each run's limits met, read once per list of changes (a screen asks for several decisions' at once). */
const limitsOf = new WeakMap<readonly ChangeRecord[], { change: ChangeRecord; target: MeterTarget; at: number }[]>();

/**
 * What some changes (one decision's at once, or what landed together) asked of a meter the player sees, or of
 * one person's trust in them, that stopped at 0 or 100 short of it: each once, with where it stopped (so
 * "Nothing on the meters" can say why).
 */
export function stoppedShort(
  run: Parameters<typeof replayLedger>[0],
  changes: readonly ChangeRecord[],
  limits: readonly { change: ChangeRecord; target: MeterTarget; at: number }[] = limitsMet(run),
): ({ target: MeterTarget; at: number } | { person: string; at: number })[] {
  const these = new Set(changes);
  const meters = new Map(
    limits
      .filter((l) => these.has(l.change) && HEADLINE_TARGETS.includes(l.target))
      .map((l) => [l.target, { target: l.target, at: l.at }] as const),
  );
  const people = new Map(
    changes
      .filter((c) => c.target === 'person' && c.person && c.after - c.before !== c.delta)
      .map((c) => [c.person!, { person: c.person!, at: c.after }] as const),
  );
  return [...meters.values(), ...people.values()];
}

/** Two runs side by side: the ending, the meters, trust by group, where they aimed, what they learned. */
export function compareRuns(a: RunRecord, b: RunRecord): CompareRow[] {
  const aim = (r: RunRecord): [number, number] => {
    const right = r.interventions.filter((i) => i.right).length;
    return [right, r.interventions.length - right];
  };
  const [ar, aw] = aim(a);
  const [br, bw] = aim(b);
  const words = (label: string, x: string, y: string): CompareRow => ({ label, a: x, b: y, diff: null });
  const startA = START_METERS[a.role];
  const startB = START_METERS[b.role];
  /** A meter in both runs: each run's end, and the last column compares their changes from their own starts. */
  const meter = (label: string, read: (m: Meters) => number): CompareRow => {
    const [endA, fromA, endB, fromB] = [read(a.meters), read(startA), read(b.meters), read(startB)];
    return {
      label,
      a: String(endA),
      b: String(endB),
      diff: endB - fromB - (endA - fromA),
      from: { a: fromA, b: fromB },
    };
  };
  return [
    words(
      'Role',
      a.role === 'clinician' ? 'Clinician leader' : 'Operational manager',
      b.role === 'clinician' ? 'Clinician leader' : 'Operational manager',
    ),
    words(
      'Ending',
      a.ending ? ENDING_TITLES[a.ending] : `Week ${a.week}`,
      b.ending ? ENDING_TITLES[b.ending] : `Week ${b.week}`,
    ),
    words('Ended in', endedIn(a), endedIn(b)),
    words('Leadership style', STYLE_TITLES[styleOf(a)].title, STYLE_TITLES[styleOf(b)].title),
    meter('Budget', (m) => m.budget),
    meter('Patient care', (m) => m.care),
    meter('Trust', (m) => headline(m).trust),
    meter('Trust: front-line staff', (m) => m.trust.clinicians),
    meter('Trust: clinical leaders', (m) => m.trust.leaders),
    meter('Trust: executives', (m) => m.trust.executives),
    meter('Staff wellbeing (hidden)', (m) => m.wellbeing),
    num('Changes aimed at the pressing level', ar, br),
    num('Changes aimed elsewhere', aw, bw),
    num('What people told you, as the notebook lists it', a.clues.length, b.clues.length),
    num(
      'Words asked about',
      a.terms.filter((t) => t.how === 'asked').length,
      b.terms.filter((t) => t.how === 'asked').length,
    ),
    num('Misunderstandings', a.terms.filter((t) => t.misread).length, b.terms.filter((t) => t.misread).length),
    num('Long arcs started', Object.keys(a.arcs).length, Object.keys(b.arcs).length),
    num('Decisions', a.decisions.length, b.decisions.length),
  ];
}

/** When a run ended: its last week, and whether early. */
const endedIn = (r: RunRecord): string =>
  `Week ${r.week} of ${weeksOf(r.run)}${r.ending && EARLY.includes(r.ending) ? ', early' : r.ending ? '' : ', unfinished'}`;

/** Where a branch left its original: the first decision whose choice differs. */
export function divergence(a: RunRecord, b: RunRecord): number | null {
  const n = Math.min(a.decisions.length, b.decisions.length);
  // A run kept before the story's quotes were set curly, or a choice was reworded, still matches its choices.
  for (let i = 0; i < n; i++) if (!sameChoice(a.decisions[i]!.text, b.decisions[i]!.text)) return i;
  return a.decisions.length === b.decisions.length ? null : n;
}
