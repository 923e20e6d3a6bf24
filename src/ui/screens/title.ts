import titleArt from '../../../assets/backdrops/title.svg?url';
import { h } from '../dom.ts';
import { GAME_NAME, PREMISE } from '../text.ts';
import type { Screen, ScreenContext } from './context.ts';

/** What the title needs: the game's context, or the shell's stand-in before the game has loaded. */
export type TitleContext = Pick<
  ScreenContext,
  | 'canContinue'
  | 'runInProgress'
  | 'newGame'
  | 'continueGame'
  | 'openSettings'
  | 'notices'
  | 'loading'
  | 'join'
  | 'partner'
  | 'inPlatform'
>;

export function titleScreen(ctx: TitleContext): Screen {
  const heading = h('h1', { tabindex: -1, class: 'game-title' }, GAME_NAME);
  const progress = h('div', {
    class: 'loading',
    role: 'progressbar',
    'aria-label': 'Loading the hospital',
    'aria-valuemin': 0,
    'aria-valuemax': 100,
  });
  const updateProgress = () => {
    const p = ctx.loading();
    progress.hidden = p === null;
    if (p !== null) {
      const pct = Math.round(p * 100);
      progress.setAttribute('aria-valuenow', String(pct));
      progress.style.setProperty('--value', `${pct}%`);
      progress.textContent = `Loading the hospital… ${pct}%`;
    }
  };
  updateProgress();
  const timer = setInterval(updateProgress, 200);
  const notices = ctx
    .notices()
    .map((n) =>
      h(
        'div',
        { class: `notice notice-${n.kind}`, role: n.kind === 'warning' ? 'alert' : 'status' },
        h('p', {}, n.text),
        n.action ? h('button', { type: 'button', class: 'link-button', onclick: n.action.run }, n.action.label) : null,
        n.second ? h('button', { type: 'button', class: 'link-button', onclick: n.second.run }, n.second.label) : null,
      ),
    );
  // New game with a quarter in progress asks first, and keeps that quarter among the runs.
  const confirm = h('div', { class: 'confirm', role: 'group', 'aria-labelledby': 'confirm-heading', hidden: true });
  const join = ctx.join();
  const menu = h('nav', { class: 'menu', 'aria-label': 'Main menu' });
  const askFirst = (): void => {
    const run = ctx.runInProgress();
    if (!run) {
      ctx.newGame();
      return;
    }
    confirm.replaceChildren(
      h('h2', { id: 'confirm-heading', tabindex: -1 }, 'Start a new quarter?'),
      h(
        'p',
        {},
        `You are in week ${run.week} of a quarter as the ${run.role}. A new quarter replaces it: you will not be able to carry on with it, but it is kept among your runs, so a debrief can compare with it.`,
      ),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'primary', onclick: () => ctx.continueGame() }, 'Continue my quarter'),
        h('button', { type: 'button', onclick: () => ctx.newGame() }, 'Start a new quarter'),
        h(
          'button',
          {
            type: 'button',
            class: 'link-button',
            onclick: () => {
              confirm.hidden = true;
              menu.hidden = false;
              (menu.querySelector('button') as HTMLButtonElement | null)?.focus();
            },
          },
          'Back',
        ),
      ),
    );
    menu.hidden = true;
    confirm.hidden = false;
    confirm.querySelector<HTMLElement>('#confirm-heading')?.focus();
  };
  menu.append(
    h('button', { type: 'button', class: 'primary', onclick: askFirst }, 'New game'),
    ...(ctx.canContinue() ? [h('button', { type: 'button', onclick: () => ctx.continueGame() }, 'Continue')] : []),
    h('button', { type: 'button', onclick: () => ctx.openSettings() }, 'Settings'),
  );
  const partner = ctx.partner();
  // Facilitators set up a session from here; players who came by a join link do not need it.
  // Nor do learners inside a learning platform.
  if (!join && !partner && !ctx.inPlatform())
    menu.append(h('a', { class: 'button secondary', href: '?workshop=setup' }, 'Run a workshop'));
  const joined = join
    ? h(
        'p',
        { class: 'notice notice-info workshop-joined' },
        join.room
          ? `Projector play-through for workshop ${join.session}, quarter ${join.seed}: at each decision, count the room’s hands and take its choice. The run keeps the vote, and its debrief shows where the room split.`
          : [
              `Workshop session ${join.session}: you will play quarter ${join.seed}`,
              join.role ? ` as the ${join.role === 'clinician' ? 'clinician leader' : 'operational manager'}` : '',
              '. Press New game to start; your facilitator will tell you when to hand in your result.',
            ],
      )
    : null;
  const element = h(
    'section',
    { class: 'screen screen-title', 'aria-labelledby': 'title-heading' },
    h('img', { class: 'title-art', src: titleArt, alt: '' }),
    h(
      'div',
      { class: 'title-card' },
      Object.assign(heading, { id: 'title-heading' }),
      h('p', { class: 'premise' }, PREMISE),
      h('p', { class: 'subtitle' }, 'A leadership simulation for healthcare'),
      joined,
      partner
        ? h(
            'p',
            { class: 'notice notice-info partner-joined' },
            `Your partner’s device sent you here: they lead quarter ${partner.seed} as the ${partner.lead === 'clinician' ? 'clinician leader' : 'operational manager'}. Press New game to join their run as the ${partner.partner === 'clinician' ? 'clinician leader' : 'operational manager'}, on this device.`,
          )
        : null,
      menu,
      confirm,
      notices,
      progress,
    ),
  );
  return {
    element,
    focus: () => heading.focus(),
    destroy: () => clearInterval(timer),
  };
}
