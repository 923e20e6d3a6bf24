import { headline, START_METERS } from '../../engine/meters.ts';
import type { ChangeRecord } from '../../engine/rules.ts';
import { SKILLS, TRUST_GROUPS, type Skill } from '../../engine/types.ts';
import { meterChart } from '../chart.ts';
import { ENDING_TITLES, randomSeed } from '../../engine/quarter.ts';
import { rightAndWrong } from '../../engine/rules.ts';
import { h } from '../dom.ts';
import { BARRIER_LABEL, describeChange, netChanges, ROLE_LABEL, signed, TRUST_GROUP_LABEL } from '../format.ts';
import type { Screen, ScreenContext } from './context.ts';

const SKILL_LABEL: Record<Skill, string> = {
  understanding: 'Mutual understanding and a cooperative attitude',
  listening: 'Listening, empathy and emotional intelligence',
  communication: 'Communication and collaboration that turn knowledge into action',
};

const effectsText = (list: readonly ChangeRecord[]): string => {
  const net = netChanges(list.filter((c) => c.target !== 'hours'));
  return net.length ? net.map(describeChange).join(' · ') : 'No change';
};

export function debriefScreen(ctx: ScreenContext): Screen {
  const state = ctx.game.state;
  const role = state.role ?? 'clinician';
  const heading = h('h1', { tabindex: -1, id: 'debrief-heading' }, 'Debrief');
  const start = state.history[0];
  const end = headline(state.meters);
  const startWellbeing = START_METERS[role].wellbeing;

  const rows = state.decisions.map((d) => {
    const own = state.changes.filter((c) => c.decision === d.id);
    const now = own.filter((c) => !c.delayed);
    const later = own.filter((c) => c.delayed);
    const laterScene = later[0] ? state.plan[later[0].scene] : null;
    const hours = now.filter((c) => c.target === 'hours').reduce((s, c) => s + c.delta, 0);
    return h(
      'tr',
      {},
      h('td', {}, `Week ${d.week}, ${d.day}`),
      h('td', {}, d.sceneTitle),
      h('td', {}, BARRIER_LABEL[d.barrier]),
      h('th', { scope: 'row' }, d.text),
      h('td', {}, effectsText(now), hours ? h('span', { class: 'muted' }, ` · ${Math.abs(hours)} h`) : null),
      h(
        'td',
        {},
        later.length ? `${effectsText(later)} (landed ${laterScene ? `in “${laterScene.title}”` : 'later'})` : '—',
        d.intervene
          ? h(
              'span',
              { class: 'muted' },
              ` · aimed at the ${d.intervene} level${d.intervene === state.pressing ? ', where the tension was' : ', not where the tension was'}`,
            )
          : null,
      ),
    );
  });

  const stillToCome = state.pending.filter((p) => p.decision !== null && p.effect.kind === 'meter');
  const aim = rightAndWrong(state);
  const element = h(
    'section',
    { class: 'screen screen-debrief', 'aria-labelledby': 'debrief-heading' },
    h(
      'p',
      { class: 'eyebrow' },
      `${ROLE_LABEL[role]} · ${state.ending ? ENDING_TITLES[state.ending] : `Week ${state.week}`}`,
    ),
    heading,
    h('h2', {}, 'Where the tension really sat'),
    h(
      'p',
      { class: 'reveal' },
      `In this quarter (code ${state.seed}) the most pressing tension sat at the `,
      h('strong', {}, `${state.pressing} level`),
      `. You aimed ${aim.right} intervention${aim.right === 1 ? '' : 's'} there and ${aim.wrong} elsewhere. `,
      'Keller and colleagues (J Healthc Leadership 2025; 92 interviews at three US academic medical centres) found the most pressing tension at a different level in each centre, and that interventions aimed at another level tended to make things worse.',
    ),
    h(
      'p',
      { class: 'lede' },
      `You finished with Budget ${end.budget}, Patient care ${end.care} and Trust ${end.trust}` +
        (start ? ` (from ${start.budget}, ${start.care} and ${start.trust}).` : '.') +
        ` You took ${state.decisions.length} decisions and used ${state.weekHours - state.hours + state.overtime} hours${state.overtime ? `, ${state.overtime} of them overtime` : ''}.`,
    ),
    h('h2', {}, 'The meters over the quarter'),
    meterChart(state.history, 'Meters over the quarter'),
    h('h2', {}, 'What you decided and what it did'),
    h(
      'div',
      { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Decisions table' },
      h(
        'table',
        { class: 'decisions' },
        h('caption', {}, 'Every decision, the barrier it concerned and what it changed'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Day', 'Scene', 'Barrier', 'Decision', 'Changed at once', 'Changed later'].map((t) =>
              h('th', { scope: 'col' }, t),
            ),
          ),
        ),
        h('tbody', {}, rows),
      ),
    ),
    stillToCome.length
      ? h(
          'p',
          { class: 'hint' },
          `Still on its way: ${stillToCome.length} consequence${stillToCome.length > 1 ? 's' : ''} of this week will land next week (${stillToCome.map((p) => describeChange({ target: p.effect.kind === 'meter' ? p.effect.target : 'trust', delta: p.effect.delta })).join(', ')}).`,
        )
      : null,
    h('h2', {}, 'Behind the numbers'),
    h(
      'p',
      {},
      `Wellbeing, hidden while you played, moved from ${startWellbeing} to ${state.meters.wellbeing} (${signed(state.meters.wellbeing - startWellbeing)}). ` +
        'Worn-out staff and leaders are the ones who leave; in the quarter, low wellbeing turns into rota gaps.',
    ),
    h(
      'ul',
      { class: 'trust-groups' },
      TRUST_GROUPS.map((g) => h('li', {}, `${TRUST_GROUP_LABEL[g]}: ${state.meters.trust[g]}`)),
    ),
    h('h2', {}, 'Shared-leadership skills you used'),
    h(
      'ul',
      { class: 'skills' },
      SKILLS.map((s) =>
        h(
          'li',
          {},
          h('span', {}, SKILL_LABEL[s]),
          h('strong', {}, `${state.skills[s]} time${state.skills[s] === 1 ? '' : 's'}`),
        ),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => ctx.game.send({ type: 'NEW_GAME' }) },
        'Play again or switch role',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => {
            ctx.setNextSeed(randomSeed(Math.random, state.pressing));
            ctx.game.send({ type: 'NEW_GAME' });
          },
        },
        'Play a quarter where the tension sits elsewhere',
      ),
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => ctx.game.send({ type: 'TITLE' }) },
        'Back to the title',
      ),
    ),
  );
  return { element, focus: () => heading.focus() };
}
