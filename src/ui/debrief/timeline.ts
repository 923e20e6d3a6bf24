/**
 * The causal timeline: the meters week by week (with hidden wellbeing
 * revealed), and an arc for every delayed consequence from the week of the
 * decision to the week it landed. SVG for the eye, tables for everyone.
 */
import {
  headlinePoints,
  links,
  listOf,
  pressures,
  weekly,
  type Link,
  type WeekPoint,
} from '../../engine/read/debrief.ts';
import type { RunRecord } from '../../engine/read/record.ts';
import { setOffBy } from '../../engine/read/explain.ts';
import { HEADLINE_METERS, type HeadlineMeter } from '../../engine/rules/types.ts';
import { isReviewKnot, REVIEW_KNOT } from '../../engine/rules/quarter.ts';
import { chartFigure, dataTable, h, svg, tr } from '../dom.ts';
import { METER_LABEL, netsText, runSpan, signed } from '../format.ts';

const W = 720;
const H = 410;
const PAD = { left: 46, right: 124, top: 16 };
const CHART_BOTTOM = 240;
const BAND_TOP = 298;
const BAND_BOTTOM = 396;
type Series = 'budget' | 'care' | 'trust' | 'wellbeing';
const SERIES: readonly Series[] = ['budget', 'care', 'trust', 'wellbeing'];
const LABEL: Record<Series, string> = { ...METER_LABEL, wellbeing: 'Wellbeing (hidden)' };
/** At a line's end, beside its last value, within the chart's right margin (the legend says wellbeing was hidden). */
const END_LABEL: Record<Series, string> = { ...METER_LABEL, wellbeing: 'Wellbeing' };
/** Arcs drawn at most: the largest, by how much they moved. */
const MAX_ARCS = 5;
const DASH: Record<Series, string> = { budget: '', care: '8 5', trust: '2 5', wellbeing: '10 4 2 4' };
/** About how wide one character of an arc's figure is, at the label's 12 px bold. */
const ARC_LABEL_CHAR = 7.5;
/** How far apart two labels' baselines must be not to touch. */
const LABEL_LINE = 13;

/** How far a label's capitals rise above its baseline, at the label's 12 px bold. */
const LABEL_CAP = 10;

/** A point a label must keep clear of (a sample of an arc's stroke), with the stroke's half-width. */
export interface Obstacle {
  x: number;
  y: number;
  r: number;
}

/**
 * Moves centred labels apart where they would overlap one another or an arc's
 * stroke: taken from the lowest up, a label goes to the nearest line above
 * where it touches nothing (not above `top`), else the nearest below (not
 * below `bottom`), else stays. Returns each label's new baseline.
 */
export function spreadLabels(
  labels: readonly { x: number; y: number; w: number }[],
  top: number,
  { obstacles = [], bottom = Infinity }: { obstacles?: readonly Obstacle[]; bottom?: number } = {},
): number[] {
  const ys = labels.map((l) => l.y);
  const order = labels.map((_, i) => i).sort((a, b) => labels[b]!.y - labels[a]!.y);
  const done: number[] = [];
  const touches = (i: number, y: number): boolean =>
    done.some(
      (j) =>
        Math.abs(labels[i]!.x - labels[j]!.x) < (labels[i]!.w + labels[j]!.w) / 2 && Math.abs(y - ys[j]!) < LABEL_LINE,
    ) ||
    obstacles.some(
      (o) => Math.abs(o.x - labels[i]!.x) < labels[i]!.w / 2 + o.r && o.y > y - LABEL_CAP - o.r && o.y < y + 2 + o.r,
    );
  for (const i of order) {
    const start = ys[i]!;
    const lines = Math.ceil(Math.max(0, start - top) / LABEL_LINE) + labels.length + 8;
    const up = Array.from({ length: lines }, (_, k) => start - k * LABEL_LINE).filter((y) => y >= top);
    const down = Array.from({ length: lines }, (_, k) => start + (k + 1) * LABEL_LINE).filter((y) => y <= bottom);
    ys[i] = [...up, ...down].find((y) => !touches(i, y)) ?? start;
    done.push(i);
  }
  return ys;
}

/** An arc of the band: from x1 to x2 on the band's base, `lift` its control points' height, `width` its stroke. */
export interface ArcShape {
  x1: number;
  x2: number;
  lift: number;
  width: number;
}

/** Points along an arc's stroke (a cubic from the base up by `lift` and back), for labels to keep clear of. */
export function arcSamples({ x1, x2, lift, width }: ArcShape, base: number): Obstacle[] {
  return Array.from({ length: 33 }, (_, k) => {
    const t = k / 32;
    return {
      x: x1 + (x2 - x1) * (3 * (1 - t) * t * t + t * t * t),
      y: base - 3 * lift * t * (1 - t),
      r: width / 2 + 1.5,
    };
  });
}

/**
 * Where each arc's figures go: just above its own top (clear of its stroke, however thick), moved
 * where they would touch another label or another arc. Returns each label's centre and baseline.
 */
export function placeArcLabels(
  arcs: readonly (ArcShape & { text: string })[],
  band: { top: number; base: number },
): { x: number; y: number }[] {
  const labels = arcs.map((a) => ({
    x: (a.x1 + a.x2) / 2,
    y: band.base - a.lift * 0.75 - a.width / 2 - 4.5,
    w: ARC_LABEL_CHAR * a.text.length + 4,
  }));
  const ys = spreadLabels(labels, band.top, {
    obstacles: arcs.flatMap((a) => arcSamples(a, band.base)),
    bottom: band.base - 4,
  });
  return labels.map((l, i) => ({ x: l.x, y: ys[i]! }));
}

/**
 * What a link moved on the three meters the player sees, in their points, meter by meter:
 * Budget and Patient care as they are, Trust as the mean of its three groups (one group's
 * point is a third of one). Hidden wellbeing, hours and named people are on none of them.
 */
export function meterPoints(link: Pick<Link, 'net'>): Record<HeadlineMeter, number> {
  const by = { budget: 0, care: 0, trust: 0 };
  for (const n of link.net)
    by[n.target === 'budget' || n.target === 'care' ? n.target : 'trust'] += headlinePoints(n.target, n.delta);
  return by;
}

/** An arc's figures name their meter by its first letter; the band's note says which is which. */
const METER_LETTER: Record<HeadlineMeter, string> = { budget: 'B', care: 'C', trust: 'T' };
export const ARC_NOTE = 'Each arc’s figures: points moved on B Budget, C Patient care, T Trust';
const LINK_DASH = { up: '', down: '5 3', mixed: '1 4' } as const;

type Points = Record<HeadlineMeter, number>;
/**
 * What an arc's consequences moved, meter by meter, with the points up and the points down kept apart: one that
 * helped trust by 2 and one that hurt it by 2 did not leave it alone.
 */
export interface ArcPoints {
  up: Points;
  down: Points;
}
const shows = (n: number): boolean => Math.round(n) !== 0;

/** The points of the consequences an arc gathers: each one's own move on each meter, as a rise or a fall. */
export function arcPoints(links: readonly Pick<Link, 'net'>[]): ArcPoints {
  const up = { budget: 0, care: 0, trust: 0 };
  const down = { budget: 0, care: 0, trust: 0 };
  for (const link of links) {
    const by = meterPoints(link);
    for (const m of HEADLINE_METERS) (by[m] > 0 ? up : down)[m] += by[m];
  }
  return { up, down };
}

/** A meter's move on an arc: "+2", "−2", or "+2−2" where its consequences went both ways. */
const moveText = ({ up, down }: ArcPoints, m: HeadlineMeter): string =>
  `${shows(up[m]) ? signed(Math.round(up[m])) : ''}${shows(down[m]) ? signed(Math.round(down[m])) : ''}`;

/** An arc's figures, each meter's own ("C+2 T+4−1"): budget, care and trust points are not one currency. */
export function arcFigures(points: ArcPoints): string {
  return HEADLINE_METERS.filter((m) => shows(points.up[m]) || shows(points.down[m]))
    .map((m) => `${METER_LETTER[m]}${moveText(points, m)}`)
    .join(' ');
}

/** How much an arc moved, every meter's points counted whichever way they went: for ranking and thickness. */
export const arcSize = ({ up, down }: ArcPoints): number => HEADLINE_METERS.reduce((n, m) => n + up[m] - down[m], 0);

/** Helped (nothing down), hurt (nothing up), or both: a rise and a fall on the same meter are both. */
export function arcSense({ up, down }: ArcPoints): 'up' | 'down' | 'mixed' {
  const rose = HEADLINE_METERS.some((m) => shows(up[m]));
  const fell = HEADLINE_METERS.some((m) => shows(down[m]));
  return rose && fell ? 'mixed' : fell ? 'down' : 'up';
}

function marker(series: Series, x: number, y: number): SVGElement {
  const cls = `series-${series}`;
  if (series === 'budget') return svg('rect', { x: x - 4.5, y: y - 4.5, width: 9, height: 9, class: cls });
  if (series === 'care') return svg('circle', { cx: x, cy: y, r: 5, class: cls });
  if (series === 'trust')
    return svg('path', { d: `M${x} ${y - 6} L${x + 6} ${y + 5} L${x - 6} ${y + 5} Z`, class: cls });
  return svg('path', { d: `M${x} ${y - 6} L${x + 6} ${y} L${x} ${y + 6} L${x - 6} ${y} Z`, class: cls });
}

export function timelineFigure(run: RunRecord): SVGSVGElement {
  const points = weekly(run);
  const all = links(run);
  const last = Math.max(1, points.at(-1)?.week ?? 1);
  const x = (week: number) => PAD.left + (week / last) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / 100) * (CHART_BOTTOM - PAD.top);
  const grid = [0, 25, 50, 75, 100].map((v) =>
    svg(
      'g',
      { class: 'grid' },
      svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v) }),
      svg('text', { x: PAD.left - 11, y: y(v) + 4, 'text-anchor': 'end' }, String(v)),
    ),
  );
  const weeks = points.map((p) =>
    svg(
      'text',
      { x: x(p.week), y: CHART_BOTTOM + 18, 'text-anchor': 'middle', class: 'tick' },
      p.week === 0 ? 'Start' : `Wk ${p.week}`,
    ),
  );
  const series = SERIES.map((m) => {
    const d = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.week).toFixed(1)} ${y(p[m]).toFixed(1)}`).join(' ');
    const end = points.at(-1)!;
    return svg(
      'g',
      { class: `series series-${m}` },
      svg('path', { d, fill: 'none', 'stroke-dasharray': DASH[m] }),
      ...points.map((p) => marker(m, x(p.week), y(p[m]))),
      svg('text', { x: x(end.week) + 10, y: y(end[m]) + 4, class: 'series-label' }, `${END_LABEL[m]} ${end[m]}`),
    );
  });
  const labels = series.map((g) => g.querySelector('.series-label')!);
  labels.sort((a, b) => Number(a.getAttribute('y')) - Number(b.getAttribute('y')));
  for (let i = 1; i < labels.length; i++) {
    const prev = Number(labels[i - 1]!.getAttribute('y'));
    if (Number(labels[i]!.getAttribute('y')) - prev < 15) labels[i]!.setAttribute('y', String(prev + 15));
  }
  // Consequence arcs: one per (decision week → landing week), thicker the more landed there.
  // The points are kept meter by meter, and an arc shows each meter's own: budget, care and trust points
  // are not one currency, so they are never added into one figure.
  const gathered = new Map<string, { from: number; to: number; links: Link[] }>();
  for (const l of all) {
    const key = `${l.fromWeek}:${l.toWeek}`;
    const p = gathered.get(key) ?? { from: l.fromWeek, to: l.toWeek, links: [] };
    p.links.push(l);
    gathered.set(key, p);
  }
  const pairs = new Map(
    [...gathered].map(([key, p]) => [key, { ...p, count: p.links.length, by: arcPoints(p.links) }] as const),
  );
  // Only the largest few: a whole quarter's worth overlap into a tangle (the table below lists them all).
  const shown = [...pairs.values()]
    .sort((a, b) => arcSize(b.by) - arcSize(a.by))
    .slice(0, MAX_ARCS)
    .map((p) => {
      const x1 = x(p.from);
      const x2 = x(p.to) + (p.from === p.to ? 14 : 0);
      return { ...p, x1, x2, lift: Math.min(BAND_BOTTOM - BAND_TOP - 8, 18 + (x2 - x1) / 5) };
    });
  const widths = shown.map((p) => Math.min(7, 1.5 + arcSize(p.by) * 0.4));
  const arcs = shown.map((p, i) => {
    const { x1, x2, lift } = p;
    const way = arcSense(p.by);
    return svg(
      'path',
      {
        d: `M${x1.toFixed(1)} ${BAND_BOTTOM} C${x1.toFixed(1)} ${BAND_BOTTOM - lift} ${x2.toFixed(1)} ${BAND_BOTTOM - lift} ${x2.toFixed(1)} ${BAND_BOTTOM}`,
        class: `link link-${way}`,
        'stroke-width': widths[i]!.toFixed(1),
        'stroke-dasharray': LINK_DASH[way],
        fill: 'none',
      },
      svg(
        'title',
        {},
        `${p.count} consequence${p.count === 1 ? '' : 's'} of week ${p.from} decisions landed in week ${p.to}: ${HEADLINE_METERS.map((m) => `${METER_LABEL[m]} ${moveText(p.by, m) || '0'}`).join(', ')}`,
      ),
    );
  });
  const texts = shown.map((p) => arcFigures(p.by));
  const placed = placeArcLabels(
    shown.map((p, i) => ({ x1: p.x1, x2: p.x2, lift: p.lift, width: widths[i]!, text: texts[i]! })),
    { top: BAND_TOP, base: BAND_BOTTOM },
  );
  const arcLabels = placed.map((l, i) =>
    svg('text', { x: l.x.toFixed(1), y: l.y.toFixed(1), 'text-anchor': 'middle', class: 'arc-label' }, texts[i]!),
  );
  const band = svg(
    'g',
    { class: 'band' },
    svg('line', { x1: PAD.left, x2: W - PAD.right, y1: BAND_BOTTOM, y2: BAND_BOTTOM, class: 'band-base' }),
    svg(
      'text',
      { x: PAD.left, y: BAND_TOP - 20, class: 'band-title' },
      pairs.size > MAX_ARCS
        ? `Delayed consequences, decided → landed: the ${MAX_ARCS} biggest week-to-week arcs of ${pairs.size} (${all.length} consequences in all)`
        : `Delayed consequences, decided → landed (${all.length} in all)`,
    ),
    svg('text', { x: PAD.left, y: BAND_TOP - 6, class: 'band-note' }, ARC_NOTE),
    svg('text', { x: W - PAD.right + 26, y: BAND_BOTTOM - 48, class: 'band-key band-key-up' }, '— helped'),
    svg('text', { x: W - PAD.right + 26, y: BAND_BOTTOM - 30, class: 'band-key band-key-down' }, '- - hurt'),
    svg('text', { x: W - PAD.right + 26, y: BAND_BOTTOM - 12, class: 'band-key band-key-mixed' }, '··· both'),
    ...arcs,
    ...arcLabels,
  );
  return svg(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      role: 'img',
      'aria-labelledby': 'timeline-title timeline-desc',
      class: 'chart timeline',
    },
    svg('title', { id: 'timeline-title' }, `The ${runSpan(run.run)} week by week, and when consequences landed`),
    svg(
      'desc',
      { id: 'timeline-desc' },
      `Lines for Budget, Patient care, Trust and the hidden staff wellbeing at the start and the end of each of ${last} weeks. Below, arcs from the week of a decision to the week its consequences landed, for the ${Math.min(MAX_ARCS, pairs.size)} that moved the three meters most, of ${all.length} delayed consequences. The tables that follow hold all of them.`,
    ),
    ...grid,
    ...weeks,
    ...series,
    band,
  );
}

/** Weeks as a reader says them: "Week 3", "Weeks 5–8", "Weeks 2–4 and 7". */
export function weeksText(weeks: readonly number[]): string {
  const sorted = [...new Set(weeks)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return `${sorted.length === 1 ? 'Week' : 'Weeks'} ${listOf(runs)}`;
}

/**
 * The week table's name for each row. The review is played after the last week's summary, and what it
 * moves counts in that week: its row says so, or it would differ from the End of week screen with no reason.
 */
export function weekRowLabels(run: Pick<RunRecord, 'plan'>, points: readonly WeekPoint[]): string[] {
  const review = run.plan.find((p) => isReviewKnot(p.knot));
  const last = points.at(-1)?.week;
  return points.map((p) =>
    p.week === 0
      ? 'Start'
      : review && p.week === last
        ? `Week ${p.week}, with ${review.knot === REVIEW_KNOT ? 'the quarter review' : 'the month-end review'}`
        : `Week ${p.week}`,
  );
}

function weekTable(run: RunRecord, points: readonly WeekPoint[]): HTMLElement {
  const labels = weekRowLabels(run, points);
  return dataTable({
    label: 'The meters at the end of each week',
    caption: 'The meters at the end of each week',
    className: 'data-table week-table',
    head: ['Week', ...SERIES.map((m) => LABEL[m])],
    rows: points.map((p, i) => tr({}, labels[i]!, ...SERIES.map((m) => String(p[m])))),
  });
}

/**
 * The chart's key in the page, above it: on a phone the chart scrolls sideways, and the labels
 * at its lines' right-hand ends, its only key, were out of sight until then.
 */
function legend(points: readonly WeekPoint[]): HTMLElement[] {
  const first = points[0];
  const end = points.at(-1);
  if (!first || !end) return [];
  return [
    h(
      'ul',
      { class: 'chart-legend' },
      SERIES.map((m) =>
        h(
          'li',
          {},
          svg(
            'svg',
            { class: 'chart legend-key', viewBox: '0 0 36 14', width: 36, height: 14, 'aria-hidden': 'true' },
            svg(
              'g',
              { class: `series series-${m}` },
              svg('path', { d: 'M2 7 H34', fill: 'none', 'stroke-dasharray': DASH[m] }),
              marker(m, 18, 7),
            ),
          ),
          ` ${LABEL[m]}: ${first[m]} at the start, ${end[m]} at the end`,
        ),
      ),
    ),
  ];
}

/**
 * What each pressure's row says happened: its note, and for a spiral (or a line crossed the same way) what
 * took its meter under the line, said once, on its first row; a line crossed by the same falls as one told
 * above (care at 50 and under 50 in the same week) points to it.
 */
export function pressureNotes(run: RunRecord, rows: readonly { note: string }[]): string[] {
  const told = new Set<string>();
  return rows.map((p) => {
    const first = run.changes.find((c) => c.origin.kind === 'pressure' && c.note === p.note);
    const off = first ? setOffBy(run, first) : null;
    if (!off) return p.note;
    const said = told.has(off.text);
    const causesSaid = off.causes !== undefined && told.has(off.causes);
    told.add(off.text);
    if (off.causes !== undefined) told.add(off.causes);
    if (said) return p.note;
    return causesSaid ? `${p.note} ${off.crossing} (what took it there: as above).` : `${p.note} ${off.text}`;
  });
}

/** The whole section: figure, the week table, every delayed consequence and the pressures nobody chose. */
export function timelineSection(run: RunRecord): HTMLElement[] {
  const all = links(run);
  const forced = pressures(run);
  const points = weekly(run);
  return [
    h(
      'div',
      { class: 'chart-wrap timeline-wrap' },
      ...legend(points),
      chartFigure(
        timelineFigure(run),
        `Chart of the ${runSpan(run.run)} week by week`,
        'Arcs are drawn for the pairs of weeks that moved the meters most. An arc’s figures are the points moved on each meter, a rise and a fall kept apart (T+2−2), never added together: B Budget, C Patient care, T Trust (a point of one group’s trust is a third of a Trust point). The meters’ own lines are dashed only to tell them apart.',
      ),
      weekTable(run, points),
    ),
    h('h4', {}, 'What landed later, and what caused it'),
    all.length
      ? dataTable({
          label: 'Delayed consequences',
          stack: true,
          caption: `${all.length} delayed consequences, each linked to what caused it`,
          className: 'links',
          head: ['What caused it', 'When', 'Landed', 'What changed', 'Why'],
          rows: all.map((l) => {
            const d = l.decision === null ? undefined : run.decisions[l.decision];
            return tr(
              d ? { 'data-decision': d.id } : {},
              d ? [`${d.text} `, h('span', { class: 'muted' }, `(${d.sceneTitle})`)] : (l.cause ?? ''),
              `Week ${l.fromWeek}`,
              `Week ${l.toWeek}, ${l.landed}`,
              netsText(l.net),
              l.note ?? 'Set in motion by this decision',
            );
          }),
        })
      : h('p', {}, 'Nothing you decided had a delayed consequence this time.'),
    h('h4', {}, 'Pressures and spirals'),
    h(
      'p',
      {},
      'Not everything was a single decision: the week, the winter and the state of the service pushed too, and so did how much you listened and asked in each week as a whole, and whether each week took you across the site, to where the other group works. A spiral runs by itself once a meter is under its line, but something took the meter there: each spiral says what.',
    ),
    forced.length
      ? dataTable({
          label: 'Pressures and spirals',
          caption:
            'What moved the meters outside any single decision, with the weeks it pushed in (a pressure told in other words as it went on has a row for each)',
          className: 'pressures',
          head: ['What happened', 'When', 'What changed in all'],
          rows: pressureNotes(run, forced).map((note, i) =>
            tr({}, note, weeksText(forced[i]!.weeks), netsText(forced[i]!.net)),
          ),
        })
      : h('p', {}, 'None: everything that moved, you moved.'),
  ];
}
