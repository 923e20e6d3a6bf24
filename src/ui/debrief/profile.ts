/**
 * The shared-leadership skills profile (the three skills Aufegger et al.
 * found senior leaders name) as bars and a table, and the style title the run
 * earned, which opens the conversation rather than closing it.
 */
import { skillsProfile, STYLE_TITLES, styleLine, styleOf } from '../../engine/read/debrief.ts';
import type { RunRecord } from '../../engine/read/record.ts';
import { SKILLS, type Skill } from '../../engine/rules/skills.ts';
import { dataTable, h, tr } from '../dom.ts';
import { runSpan } from '../format.ts';
import { listOf } from '../../engine/rules/prose.ts';

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

/**
 * The skills as three bars in HTML rather than a drawn chart, so on a phone they reflow to the
 * screen's width with text at its own size (a drawn chart either shrank its labels or scrolled
 * its largest figure out of sight). Read aloud as one sentence; the table after it has the figures.
 */
function bars(run: RunRecord): HTMLElement {
  const p = skillsProfile(run);
  const max = Math.max(1, ...SKILLS.map((s) => p.counts[s]));
  return h(
    'figure',
    {
      class: 'skill-bars',
      role: 'img',
      'aria-label': `Shared-leadership skills used: ${SKILLS.map((s) => `${SKILL_SHORT[s]} ${p.counts[s]}`).join(', ')}`,
    },
    SKILLS.map((s) => {
      const bar = h('span', { class: 'skill-bar' });
      bar.style.setProperty('--value', `${(100 * p.counts[s]) / max}%`);
      return h(
        'div',
        { class: `skill skill-${s}`, 'aria-hidden': 'true' },
        h('span', { class: 'skill-name' }, SKILL_SHORT[s]),
        h('span', { class: 'skill-track' }, bar),
        h('span', { class: 'skill-value' }, `${p.counts[s]} (${p.share[s]}%)`),
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
      h('p', { class: 'eyebrow' }, `Your leadership style this ${runSpan(run.run)}`),
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
      bars(run),
      dataTable({
        label: 'Skills used',
        caption: 'How often you used each skill',
        head: ['Skill', 'Times', 'Share'],
        rows: SKILLS.map((s) => tr({}, SKILL_LABEL[s], String(p.counts[s]), `${p.share[s]}%`)),
      }),
    ),
    h(
      'p',
      { class: 'hint' },
      'Each bar is drawn against the skill you drew on most. A share is of all the times you drew on one, each rounded to the nearest whole per cent, so the three can add up to 99 or 101.',
    ),
    SKILLS.every((s) => p.counts[s] === 0)
      ? h('p', {}, 'None of your choices drew on these skills this time.')
      : p.strongest.length
        ? h(
            'p',
            {},
            `You leaned most on ${listOf(p.strongest.map((s) => SKILL_LABEL[s].toLowerCase()))}, and least on ${listOf(p.weakest.map((s) => SKILL_LABEL[s].toLowerCase()))}.`,
          )
        : h('p', {}, 'You drew on the three skills equally.'),
  ];
}
