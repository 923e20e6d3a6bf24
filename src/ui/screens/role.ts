import { h } from '../dom.ts';
import { checkSeed, SEED_LENGTH } from '../../engine/rules/quarter.ts';
import { ROLE_CARDS } from '../text.ts';
import { WEEKS, WORKSHOP_WEEKS } from '../../engine/rules/types.ts';
import type { Screen, ScreenContext } from './context.ts';

export function roleScreen(ctx: ScreenContext): Screen {
  // From a workshop link, the room's quarter code is fixed, and so is the role when the room was split.
  const join = ctx.join();
  const heading = h('h1', { tabindex: -1, id: 'role-heading' }, 'Choose your role');
  const seedInput = h('input', {
    type: 'text',
    id: 'quarter-code',
    name: 'quarter-code',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: 12,
    size: SEED_LENGTH + 2,
    value: join?.seed ?? ctx.nextSeed() ?? '',
    readonly: join !== null,
    'aria-describedby': 'quarter-code-help quarter-code-error',
  });
  const seedError = h('p', { id: 'quarter-code-error', class: 'field-error', 'aria-live': 'polite' });
  /** The typed code, or undefined for a random quarter; null when it is not valid (the error says why). */
  const seed = (): string | undefined | null => {
    const typed = seedInput.value.trim();
    if (!typed) {
      seedError.textContent = '';
      seedInput.removeAttribute('aria-invalid');
      return undefined;
    }
    const check = checkSeed(typed);
    seedError.textContent = check.ok ? '' : check.reason;
    if (check.ok) seedInput.removeAttribute('aria-invalid');
    else seedInput.setAttribute('aria-invalid', 'true');
    return check.ok ? check.seed : null;
  };
  seedInput.addEventListener('change', () => void seed());
  // A pair on one device: the role chosen leads; the other person is the partner in the other role.
  const pairBox = h('input', {
    type: 'checkbox',
    id: 'pair-play',
    checked: join?.pair === true,
    disabled: join?.pair === true,
    'aria-describedby': 'pair-help',
  });
  // How long the run is: the full quarter, or the workshop quarter's four weeks (fixed by a workshop link).
  const lengthRadio = (weeks: number, label: string, hint: string): HTMLElement =>
    h(
      'label',
      { class: 'radio choice-card' },
      h('input', { type: 'radio', name: 'run-length', value: String(weeks), checked: weeks === WEEKS }),
      h('span', {}, h('strong', {}, label), h('span', { class: 'hint' }, hint)),
    );
  const length = join
    ? h(
        'p',
        { class: 'run-length-fixed' },
        join.weeks === WORKSHOP_WEEKS
          ? 'Your workshop plays the workshop quarter: the first four weeks and a month-end review, about 35 minutes.'
          : 'Your workshop plays the full quarter: eight weeks, about ten minutes each. Your facilitator will say where to stop.',
      )
    : h(
        'fieldset',
        { class: 'run-length' },
        h('legend', {}, 'How long'),
        lengthRadio(
          WEEKS,
          'The full quarter',
          'Eight weeks of about ten minutes each, in as many sittings as you like: the game saves as you go.',
        ),
        lengthRadio(
          WORKSHOP_WEEKS,
          'The workshop quarter',
          'The first four weeks and a month-end review, in about 35 minutes. Made for workshops, and for one sitting.',
        ),
      );
  const weeks = (): number =>
    join ? join.weeks : Number(length.querySelector<HTMLInputElement>('input:checked')?.value ?? WEEKS);
  const cards = ROLE_CARDS.filter((card) => !join?.role || card.role === join.role).map((card) => {
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
          onclick: () => {
            const code = seed();
            if (code === null) {
              seedInput.focus();
              return;
            }
            ctx.game.send({
              type: 'CHOOSE_ROLE',
              role: card.role,
              ...(code ? { seed: code } : {}),
              ...(join ? { session: join.session } : {}),
              ...(pairBox.checked ? { pair: true } : {}),
              ...(weeks() === WORKSHOP_WEEKS ? { weeks: WORKSHOP_WEEKS } : {}),
            });
          },
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
      'The same quarter at Alderbank General, seen from either side. You can play the other role afterwards.',
    ),
    length,
    h('div', { class: 'role-cards' }, cards),
    join?.room
      ? null
      : h(
          'div',
          { class: 'pair-choice' },
          h(
            'label',
            { class: 'check', for: 'pair-play' },
            pairBox,
            ' We are a pair on this device: one clinician leader, one operational manager',
          ),
          h(
            'p',
            { id: 'pair-help', class: 'hint' },
            'The role you choose above leads the run; your partner plays the other role beside you. Each of you reads your own private briefing, you each propose at every decision without seeing the other’s proposal, and where you differ you agree before going on. Your partner can explain the words of their own world.',
          ),
        ),
    h(
      'div',
      { class: 'quarter-code' },
      h('label', { for: 'quarter-code' }, join ? 'Quarter code (set by your workshop)' : 'Quarter code (optional)'),
      seedInput,
      h(
        'p',
        { id: 'quarter-code-help', class: 'hint' },
        join
          ? `Everyone in workshop ${join.session} plays this quarter, so the room can compare what each side saw and chose.`
          : `Each quarter hides where the tension really sits. Leave this empty for a random quarter, or type a ${SEED_LENGTH}-character code to play the same quarter as someone else.`,
      ),
      seedError,
    ),
    h(
      'button',
      { type: 'button', class: 'secondary', onclick: () => ctx.game.send({ type: 'BACK' }) },
      'Back to the title',
    ),
  );
  return { element, focus: () => heading.focus() };
}
