import { h } from '../dom.ts';
import { ROLE_CARDS } from '../text.ts';
import type { Screen, ScreenContext } from './context.ts';

export function roleScreen(ctx: ScreenContext): Screen {
  const heading = h('h1', { tabindex: -1, id: 'role-heading' }, 'Choose your role');
  const cards = ROLE_CARDS.map((card) => {
    const id = `role-${card.role}`;
    return h(
      'article',
      { class: `role-card role-card-${card.role}`, 'aria-labelledby': id },
      h('h2', { id }, card.title),
      h('p', { class: 'role-who' }, card.who),
      h('h3', {}, 'You have'),
      h('p', {}, card.has),
      h('h3', {}, 'You lack'),
      h('p', {}, card.lacks),
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          'aria-describedby': id,
          onclick: () => ctx.game.send({ type: 'CHOOSE_ROLE', role: card.role }),
        },
        `Play as ${card.title.toLowerCase()}`,
      ),
    );
  });
  const element = h(
    'section',
    { class: 'screen screen-role', 'aria-labelledby': 'role-heading' },
    heading,
    h(
      'p',
      { class: 'lede' },
      'The same week at Alderbank General, seen from either side. You can play the other role afterwards.',
    ),
    h('div', { class: 'role-cards' }, cards),
    h(
      'button',
      { type: 'button', class: 'secondary', onclick: () => ctx.game.send({ type: 'BACK' }) },
      'Back to the title',
    ),
  );
  return { element, focus: () => heading.focus() };
}
