/** How the quarter ended, written out; then the debrief. */
import { ENDING_TITLES, EARLY_ENDINGS, weeksOf, whyEnded } from '../../engine/rules/quarter.ts';
import { endingInput } from '../../engine/rules/rules.ts';
import { characterById } from '../../engine/rules/characters.ts';
import { h } from '../dom.ts';
import { runSpan } from '../format.ts';
import { roomPlay, type Screen, type ScreenContext } from './context.ts';
import { handInPanel } from '../workshop/handin.ts';

export function endingScreen(ctx: ScreenContext): Screen {
  const state = ctx.game.state;
  const ending = state.ending ?? 'holding';
  const early = EARLY_ENDINGS.includes(ending);
  // Every ending names the rule that decided it, in the run's own figures, after the ending's own story.
  const why = whyEnded(endingInput(state), ending);
  const span = runSpan(state.run);
  const heading = h('h1', { tabindex: -1, id: 'ending-heading' }, ENDING_TITLES[ending]);
  const room = roomPlay(ctx);
  const workshop = !!state.run.session && !room;
  const element = h(
    'section',
    { class: `screen screen-ending ending-${ending}`, 'aria-labelledby': 'ending-heading' },
    h(
      'p',
      { class: 'eyebrow' },
      !early
        ? `The end of the ${span}`
        : state.week >= weeksOf(state.run)
          ? `The ${span} ended before its review, in week ${state.week}`
          : `The ${span} ended early, in week ${state.week}`,
    ),
    heading,
    h(
      'div',
      { class: 'ending-text' },
      state.lines.map((l) =>
        l.speaker
          ? h(
              'p',
              { class: 'line speech' },
              h('span', { class: 'who' }, l.speaker === 'you' ? 'You' : (characterById(l.speaker)?.short ?? l.speaker)),
              h('span', { class: 'said' }, l.text),
            )
          : h('p', {}, l.text),
      ),
    ),
    // The people first, then the rule in the run's own figures: a learner meets the quarter before its scoring.
    why
      ? h(
          'div',
          { class: 'ending-rule' },
          h('h2', {}, 'How the game decided this ending'),
          h('p', { class: 'ending-why' }, why),
        )
      : null,
    // In a workshop the room's reveal is the hinge of the debrief: hand in first, and open the
    // debrief (whose first card names where the tension sat) when the facilitator says.
    workshop ? h('div', { class: 'no-print' }, handInPanel(state)) : null,
    workshop
      ? h(
          'p',
          { class: 'hint' },
          'Wait for your facilitator to reveal where the tension sat before you open your debrief: it names it on the first page. If they already have, open it now.',
        )
      : null,
    // On the projector the debrief's first card names the level to the whole room at once.
    room
      ? h(
          'p',
          { class: 'hint' },
          'Before you open the debrief, take the room’s show of hands on where the tension sat: the whole organisation, a department, or day-to-day practice in particular teams. The debrief names it at the top of its first page.',
        )
      : null,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: workshop || room ? 'secondary' : 'primary',
          onclick: () => ctx.game.send({ type: 'NEXT' }),
        },
        room ? 'Open the room’s debrief' : 'See your debrief',
      ),
    ),
  );
  return { element, focus: () => heading.focus() };
}
