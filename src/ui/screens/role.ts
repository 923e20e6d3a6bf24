import { h } from '../dom.ts';
import { checkSeed, SEED_LENGTH } from '../../engine/rules/quarter.ts';
import { ROLE_CARDS } from '../text.ts';
import { ROLE_LABEL } from '../format.ts';
import { joinPartner, type PartnerJoin } from '../pair-devices.ts';
import { WEEKS, WORKSHOP_WEEKS } from '../../engine/rules/types.ts';
import type { Screen, ScreenContext } from './context.ts';

/**
 * A role's card: who they are, the button that starts the run as them, and what they have and lack. The
 * button comes under who they are, so both roles' buttons show on a 1366 × 768 laptop without scrolling;
 * the briefing that follows says again what the role has and lacks.
 */
function roleCard(card: (typeof ROLE_CARDS)[number], id: string, button: HTMLButtonElement): HTMLElement {
  return h(
    'article',
    { class: `role-card role-card-${card.role}`, 'aria-labelledby': id },
    h('h2', { id }, card.title),
    h('p', { class: 'role-who' }, card.who),
    button,
    h(
      'div',
      { class: 'role-detail' },
      h('h3', {}, 'You have'),
      h('p', {}, card.has),
      h('h3', {}, 'You lack'),
      h('p', {}, card.lacks),
    ),
  );
}

/** The partner's device of a pair, opened from the lead's link: it joins that run in the other role. */
function partnerRoleScreen(ctx: ScreenContext, partner: PartnerJoin): Screen {
  const heading = h('h1', { tabindex: -1, id: 'role-heading' }, 'Join your partner’s run');
  const card = ROLE_CARDS.find((c) => c.role === partner.partner)!;
  const lead = ROLE_LABEL[partner.lead].toLowerCase();
  const element = h(
    'section',
    { class: 'screen screen-role', 'aria-labelledby': 'role-heading' },
    heading,
    h(
      'p',
      { class: 'lede' },
      `Your partner leads quarter ${partner.seed} as the ${lead}${partner.weeks === WORKSHOP_WEEKS ? ', in the workshop quarter (four weeks)' : ''}. On this device you are the ${card.title.toLowerCase()}: you read your own briefing, propose at every decision on your own screen, and agree each one with your partner. Both devices take the same steps, and a short step code on each shows that they have.`,
    ),
    // In the cards' grid, as on the role screen: a card's rows are the grid's, and a button wrapped onto two
    // lines on a phone overlapped the part under it when the card stood on its own.
    h(
      'div',
      { class: 'role-cards' },
      roleCard(
        card,
        'partner-card',
        h(
          'button',
          { type: 'button', class: 'primary', onclick: () => joinPartner(ctx.game, partner) },
          `Join as the ${card.title.toLowerCase()}`,
        ),
      ),
    ),
    h(
      'button',
      { type: 'button', class: 'secondary', onclick: () => ctx.game.send({ type: 'BACK' }) },
      'Back to the title',
    ),
  );
  return { element, focus: () => heading.focus() };
}

export function roleScreen(ctx: ScreenContext): Screen {
  const partner = ctx.partner();
  if (partner) return partnerRoleScreen(ctx, partner);
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
  // Who is playing: one person, a pair sharing this device, or a pair with a device each. A pair's
  // way of playing is explained under the choices once it is chosen (and read out with its radio button).
  const playersRadio = (value: 'one' | 'pair' | 'devices', id: string, label: string, hint: string): HTMLElement =>
    h(
      'label',
      { class: 'radio choice-card', for: id },
      h('input', {
        type: 'radio',
        name: 'players',
        id,
        value,
        checked: value === (join?.pair ? 'pair' : 'one'),
        ...(value === 'one' ? {} : { 'aria-describedby': `${id}-how` }),
      }),
      h('span', {}, h('strong', {}, label), h('span', { class: 'hint' }, hint)),
    );
  const pairHow = (id: string, value: string, text: string): HTMLElement =>
    h('p', { id: `${id}-how`, class: 'pair-how', 'data-players': value }, text);
  const players = (): string =>
    element.querySelector<HTMLInputElement>('input[name="players"]:checked')?.value ?? 'one';
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
          ? join.room
            ? 'The room plays the workshop quarter: the first four weeks and a month-end review. Read aloud, with the room voting at each decision, it takes about 55 minutes.'
            : 'Your workshop plays the workshop quarter: the first four weeks and a month-end review, about 35 to 45 minutes with the briefing.'
          : 'Your workshop plays the full quarter: eight weeks, about ten minutes each. Your facilitator will say where to stop.',
      )
    : h(
        'fieldset',
        { class: 'run-length' },
        h('legend', {}, 'How long'),
        lengthRadio(
          WEEKS,
          'The full quarter',
          'Eight weeks of about ten minutes each. It saves as you go, so take as many sittings as you like.',
        ),
        lengthRadio(
          WORKSHOP_WEEKS,
          'The workshop quarter',
          'Four weeks and a month-end review: about 35 to 45 minutes at one sitting, with the briefing.',
        ),
      );
  const weeks = (): number =>
    join ? join.weeks : Number(length.querySelector<HTMLInputElement>('input:checked')?.value ?? WEEKS);
  const cards = ROLE_CARDS.filter((card) => !join?.role || card.role === join.role).map((card) => {
    const id = `role-${card.role}`;
    return roleCard(
      card,
      id,
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          'aria-describedby': id,
          onclick: () => {
            const code = seed();
            if (code === null) {
              // A bad code folded away is opened again, so its reason shows.
              seedInput.closest('details')?.setAttribute('open', '');
              seedInput.focus();
              return;
            }
            ctx.game.send({
              type: 'CHOOSE_ROLE',
              role: card.role,
              ...(code ? { seed: code } : {}),
              ...(join ? { session: join.session } : {}),
              ...(players() !== 'one' ? { pair: true } : {}),
              // A device each: this one is the lead's; the partner's joins from the briefing's link.
              ...(players() === 'devices' ? { device: card.role } : {}),
              ...(weeks() === WORKSHOP_WEEKS ? { weeks: WORKSHOP_WEEKS } : {}),
            });
          },
        },
        `Play as ${card.title.toLowerCase()}`,
      ),
    );
  });
  const codeField = [
    h('label', { for: 'quarter-code' }, join ? 'Quarter code (set by your workshop)' : 'Quarter code'),
    seedInput,
    h(
      'p',
      { id: 'quarter-code-help', class: 'hint' },
      join
        ? `Everyone in workshop ${join.session} plays this quarter, so the room can compare what each side saw and chose.`
        : `Each quarter hides where the tension really sits. Leave this empty for a random quarter, or type a ${SEED_LENGTH}-character code to play the same quarter as someone else.`,
    ),
    seedError,
  ];
  // Most players want a random quarter: the code is one click away, and open when one is already set
  // (the other role of a quarter just played). A workshop's code is always shown.
  const quarterCode = join
    ? h('div', { class: 'quarter-code' }, codeField)
    : h(
        'details',
        { class: 'quarter-code', open: seedInput.value !== '' },
        h('summary', {}, 'Play a particular quarter, from its code'),
        h('div', { class: 'quarter-code-field' }, codeField),
      );
  const element = h(
    'section',
    { class: 'screen screen-role', 'aria-labelledby': 'role-heading' },
    heading,
    h(
      'p',
      { class: 'lede' },
      'The same quarter at Alderbank General, seen from either side. You can play the other role afterwards.',
    ),
    // How long, who is playing and which quarter come before the Play buttons, so nobody starts before seeing them.
    h(
      'div',
      { class: 'role-options' },
      // Which quarter goes under how long: beside who is playing, the two columns come out about even.
      h('div', { class: 'role-quarter' }, length, quarterCode),
      join?.room
        ? h(
            'p',
            { class: 'room-role-advice' },
            'For the facilitator: play the role fewer people here hold by day, so most of the room plays the other side’s job. Where clinicians and managers may differ, count their hands separately, say both counts and enter the total.',
          )
        : h(
            'fieldset',
            { class: 'pair-choice' },
            h('legend', {}, 'Who is playing'),
            h(
              'div',
              { class: 'choice-row' },
              join?.pair ? null : playersRadio('one', 'play-alone', 'Just me', 'You lead alone.'),
              playersRadio(
                'pair',
                'pair-play',
                'We are a pair on this device',
                'Turn and turn about, behind a hand-over.',
              ),
              playersRadio('devices', 'pair-devices', 'We are a pair with a device each', 'Each on your own screen.'),
            ),
            pairHow(
              'pair-play',
              'pair',
              'One of you is the clinician leader, the other the operational manager. The role you choose below leads the run. Each of you reads your own private briefing behind a hand-over, you each propose at every decision without seeing the other’s proposal, and where you differ you agree before going on. Each of you can explain the words of your own world.',
            ),
            pairHow(
              'pair-devices',
              'devices',
              'Choose the role of the person holding this device; it leads. The briefing then shows a link and a code for your partner’s device, which joins the same run in the other role. Each of you reads your own briefing and proposes on your own screen; you agree each decision together, and both devices take the same steps.',
            ),
          ),
    ),
    h('div', { class: 'role-cards' }, cards),
    h(
      'button',
      { type: 'button', class: 'secondary', onclick: () => ctx.game.send({ type: 'BACK' }) },
      'Back to the title',
    ),
  );
  // Only the chosen pair's way of playing is shown.
  const showHow = (): void => {
    for (const how of element.querySelectorAll<HTMLElement>('.pair-how'))
      how.hidden = how.dataset.players !== players();
  };
  showHow();
  element.addEventListener('change', showHow);
  return { element, focus: () => heading.focus() };
}
