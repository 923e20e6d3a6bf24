/**
 * The shared-leadership skills profile (the three skills Aufegger et al.
 * found senior leaders name) as bars and a table, and the style title the run
 * earned, which opens the conversation rather than closing it.
 */
import { skillsProfile, STYLE_TITLES, styleLine, styleOf } from '../../engine/read/debrief.ts';
import type { RunRecord } from '../../engine/read/record.ts';
import { SKILLS, type Skill } from '../../engine/rules/skills.ts';
import { chartFigure, dataTable, h, svg, tr } from '../dom.ts';

export const SKILL_LABEL: Record<Skill, string> = {
  understanding: 'Mutual understanding and a cooperative attitude',
  listening: 'Listening, empathy and emotional intelligence',
  communication: 'Communication and collaboration',
};

const SKILL_SHORT: Record<Skill, string> = {
  understanding: 'Understanding',
  listening: 'Listening',
  communication: 'Communication',
};

const W = 560;
const ROW = 44;
const LEFT = 130;
const RIGHT = 70;

function bars(run: RunRecord): SVGSVGElement {
  const p = skillsProfile(run);
  const max = Math.max(1, ...SKILLS.map((s) => p.counts[s]));
  const height = SKILLS.length * ROW + 8;
  return svg(
    'svg',
    {
      viewBox: `0 0 ${W} ${height}`,
      role: 'img',
      'aria-labelledby': 'skills-title',
      class: 'chart skills-chart',
    },
    svg(
      'title',
      { id: 'skills-title' },
      `Shared-leadership skills used: ${SKILLS.map((s) => `${SKILL_SHORT[s]} ${p.counts[s]}`).join(', ')}`,
    ),
    ...SKILLS.map((s, i) => {
      const y = 8 + i * ROW;
      const width = ((W - LEFT - RIGHT) * p.counts[s]) / max;
      return svg(
        'g',
        { class: `skill skill-${s}` },
        svg('text', { x: LEFT - 10, y: y + 22, 'text-anchor': 'end', class: 'tick' }, SKILL_SHORT[s]),
        svg('rect', { x: LEFT, y: y + 4, width: W - LEFT - RIGHT, height: 26, rx: 4, class: 'skill-track' }),
        svg('rect', { x: LEFT, y: y + 4, width: Math.max(width, 0), height: 26, rx: 4, class: 'skill-bar' }),
        svg(
          'text',
          { x: LEFT + Math.max(width, 0) + 8, y: y + 22, class: 'series-label' },
          `${p.counts[s]} (${p.share[s]}%)`,
        ),
      );
    }),
  );
}

export function profileSection(run: RunRecord): HTMLElement[] {
  const p = skillsProfile(run);
  const style = STYLE_TITLES[styleOf(run)];
  return [
    h(
      'div',
      { class: 'style-card' },
      h('p', { class: 'eyebrow' }, 'Your leadership style this quarter'),
      h('p', { class: 'style-title' }, style.title),
      h('p', {}, styleLine(style, run.role)),
    ),
    h(
      'p',
      {},
      'Senior leaders in an English integrated care system named three skills that make shared leadership work (Aufegger et al.). Every choice in the game that drew on one of them counted here.',
    ),
    h(
      'div',
      { class: 'chart-wrap' },
      chartFigure(bars(run), 'Chart of the skills you used'),
      dataTable({
        label: 'Skills used',
        caption: 'How often you used each skill',
        head: ['Skill', 'Times', 'Share'],
        rows: SKILLS.map((s) => tr({}, SKILL_LABEL[s], String(p.counts[s]), `${p.share[s]}%`)),
      }),
    ),
    p.strongest === null
      ? h('p', {}, 'None of your choices drew on these skills this time.')
      : p.weakest && p.counts[p.strongest] !== p.counts[p.weakest]
        ? h(
            'p',
            {},
            `You leaned most on ${SKILL_LABEL[p.strongest].toLowerCase()}, and least on ${SKILL_LABEL[p.weakest].toLowerCase()}.`,
          )
        : h('p', {}, 'You drew on the three skills about equally.'),
  ];
}
