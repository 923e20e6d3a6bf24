/**
 * The end of a week: what moved and why (decisions, the slow systems), what
 * reached you second-hand, the long arcs under way, and what you heard.
 */
import { characterById } from '../../engine/characters.ts';
import { ARC_INFO, arcStage, PLACE_INFO, STRUCTURE_INFO } from '../../engine/quarter.ts';
import { ARCS, WEEKS } from '../../engine/types.ts';
import { h } from '../dom.ts';
import { netText, hoursText } from '../format.ts';
import { netOf } from '../../engine/rules.ts';
import type { Screen, ScreenContext } from './context.ts';

export function weekScreen(ctx: ScreenContext): Screen {
  const state = ctx.game.state;
  const week = state.week;
  const heading = h('h1', { tabindex: -1, id: 'week-heading' }, `End of week ${week}`);
  const weekChanges = state.changes.filter((c) => c.scene >= state.weekStart);
  // The weekly tick is logged last, against the week's final scene, with no decision.
  const lastDecision = state.changes.findLastIndex((c) => c.decision !== null || c.delayed);
  const ticks = state.changes
    .slice(lastDecision + 1)
    .filter((c) => c.note && c.decision === null && c.scene === state.sceneIndex && c.target !== 'hours');
  const tickNotes = [...new Set(ticks.filter((c) => c.target !== 'person').map((c) => c.note!))];
  const missed = state.missed.filter((m) => m.week === week);
  const clues = state.clues.filter((c) => c.week === week);
  const running = ARCS.filter((a) => state.arcs[a]);
  const net = netOf(
    weekChanges.filter((c) => c.target !== 'wellbeing'),
    ['person'],
  );
  const last = week >= WEEKS;
  const next = h(
    'button',
    { type: 'button', class: 'primary', onclick: () => ctx.game.send({ type: 'NEXT' }) },
    state.ending ? 'See how the quarter ends' : last ? 'To the quarter review' : `Plan week ${week + 1}`,
  );
  const element = h(
    'section',
    { class: 'screen screen-week', 'aria-labelledby': 'week-heading' },
    h('p', { class: 'eyebrow' }, `Week ${week} of ${WEEKS}`),
    heading,
    h('h2', {}, 'This week in numbers'),
    h('p', {}, net.length ? net.map(netText).join(' · ') : 'Nothing moved much this week.'),
    tickNotes.length
      ? [
          h('h2', {}, 'Behind the scenes'),
          h(
            'ul',
            { class: 'week-notes' },
            tickNotes.map((n) => {
              const moved = netOf(
                ticks.filter((c) => c.note === n && c.target !== 'wellbeing'),
                ['person'],
              );
              return h(
                'li',
                {},
                n,
                moved.length ? h('span', { class: 'decision-effects' }, ` ${moved.map(netText).join(' · ')}`) : '',
              );
            }),
          ),
        ]
      : null,
    missed.length
      ? [
          h('h2', {}, 'Heard second-hand'),
          h(
            'ul',
            {},
            missed.map((m) =>
              h(
                'li',
                {},
                `“${m.title}” happened at ${PLACE_INFO[m.place].name} while you were elsewhere. By the time it reached you, the details had gone and the people there had noticed you weren’t.`,
              ),
            ),
          ),
        ]
      : null,
    clues.length
      ? [
          h('h2', {}, 'What people told you'),
          h(
            'ul',
            { class: 'clue-list' },
            clues.map((c) =>
              h(
                'li',
                {},
                h('strong', {}, c.speaker ? `${characterById(c.speaker)?.short ?? c.speaker}: ` : 'You read: '),
                c.text,
              ),
            ),
          ),
          h(
            'p',
            { class: 'hint' },
            'All of it is in your notebook. Where does the tension really sit: the organisation, a department, or how people practise?',
          ),
        ]
      : null,
    running.length || state.structures.length
      ? [
          h('h2', {}, 'Long game'),
          h(
            'ul',
            {},
            running.map((a) => {
              const stage = arcStage(a, state.arcs, week + 1);
              const info = ARC_INFO[a];
              return h(
                'li',
                {},
                h('strong', {}, info.name),
                stage === 2
                  ? ` — paying off. ${info.payoff}`
                  : ` — under way (${hoursText(info.hours)} a week). Pays off from week ${(state.arcs[a]?.started ?? week) + info.matures}.`,
              );
            }),
            state.structures.map((s) =>
              h('li', {}, h('strong', {}, STRUCTURE_INFO[s].name), ` — ${STRUCTURE_INFO[s].effect}`),
            ),
          ),
        ]
      : null,
    h('div', { class: 'actions' }, next),
  );
  return { element, focus: () => heading.focus() };
}
