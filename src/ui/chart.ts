/**
 * A line chart of the headline meters, drawn as SVG with a data table beside
 * it. Series differ by colour, line style and marker shape, and carry direct
 * labels, so nothing depends on colour alone.
 */
import type { HistoryPoint } from '../engine/rules.ts';
import { HEADLINE_METERS, type HeadlineMeter } from '../engine/types.ts';
import { h, svg } from './dom.ts';
import { METER_LABEL } from './format.ts';

const W = 640;
const H = 300;
const PAD = { left: 44, right: 110, top: 16, bottom: 44 };
const DASH: Record<HeadlineMeter, string> = { budget: '', care: '8 5', trust: '2 5' };

function marker(meter: HeadlineMeter, x: number, y: number): SVGElement {
  const cls = `series-${meter}`;
  if (meter === 'budget') return svg('rect', { x: x - 4.5, y: y - 4.5, width: 9, height: 9, class: cls });
  if (meter === 'care') return svg('circle', { cx: x, cy: y, r: 5, class: cls });
  return svg('path', { d: `M${x} ${y - 6} L${x + 6} ${y + 5} L${x - 6} ${y + 5} Z`, class: cls });
}

export function meterChart(points: readonly HistoryPoint[], titleText: string): HTMLElement {
  const id = `chart-${Math.random().toString(36).slice(2, 8)}`;
  const n = Math.max(points.length - 1, 1);
  const x = (i: number) => PAD.left + (i / n) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / 100) * (H - PAD.top - PAD.bottom);

  const grid = [0, 25, 50, 75, 100].map((v) =>
    svg(
      'g',
      { class: 'grid' },
      svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v) }),
      svg('text', { x: PAD.left - 8, y: y(v) + 4, 'text-anchor': 'end' }, String(v)),
    ),
  );
  const series = HEADLINE_METERS.map((m) => {
    const d = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)} ${y(p[m]).toFixed(1)}`).join(' ');
    const last = points[points.length - 1];
    return svg(
      'g',
      { class: `series series-${m}` },
      svg('path', { d, fill: 'none', 'stroke-dasharray': DASH[m] }),
      ...points.map((p, i) => marker(m, x(i), y(p[m]))),
      ...(last
        ? [
            svg(
              'text',
              { x: x(points.length - 1) + 10, y: y(last[m]) + 4, class: 'series-label' },
              `${METER_LABEL[m]} ${last[m]}`,
            ),
          ]
        : []),
    );
  });
  // Spread the end labels so they do not overlap.
  const labels = series.map((g) => g.querySelector('.series-label')).filter((t): t is SVGTextElement => !!t);
  labels.sort((a, b) => Number(a.getAttribute('y')) - Number(b.getAttribute('y')));
  for (let i = 1; i < labels.length; i++) {
    const prev = Number(labels[i - 1]!.getAttribute('y'));
    if (Number(labels[i]!.getAttribute('y')) - prev < 16) labels[i]!.setAttribute('y', String(prev + 16));
  }
  const axis = points.map((_, i) =>
    svg('text', { x: x(i), y: H - PAD.bottom + 18, 'text-anchor': 'middle', class: 'tick' }, String(i)),
  );
  const figure = svg(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, class: 'chart' },
    svg('title', { id: `${id}-title` }, titleText),
    svg(
      'desc',
      { id: `${id}-desc` },
      `Line chart of Budget, Patient care and Trust from 0 to 100 across ${points.length} moments of the week; the same numbers are in the table beside it.`,
    ),
    ...grid,
    svg(
      'text',
      { x: (W - PAD.right + PAD.left) / 2, y: H - 8, 'text-anchor': 'middle', class: 'axis-title' },
      'Moments of the week (see table)',
    ),
    ...axis,
    ...series,
  );
  const table = h(
    'table',
    { class: 'data-table' },
    h('caption', {}, `${titleText}: the numbers`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, '#'),
        h('th', { scope: 'col' }, 'Moment'),
        HEADLINE_METERS.map((m) => h('th', { scope: 'col' }, METER_LABEL[m])),
      ),
    ),
    h(
      'tbody',
      {},
      points.map((p, i) =>
        h(
          'tr',
          {},
          h('td', {}, String(i)),
          h('th', { scope: 'row' }, p.label),
          HEADLINE_METERS.map((m) => h('td', {}, String(p[m]))),
        ),
      ),
    ),
  );
  const wrap = h(
    'div',
    { class: 'chart-wrap' },
    h('figure', { class: 'chart-figure' }, figure),
    h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': `${titleText}: the numbers` }, table),
  );
  return wrap;
}
