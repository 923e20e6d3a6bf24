import titleArt from '../../../assets/backdrops/title.svg?url';
import { h } from '../dom.ts';
import { GAME_NAME, PREMISE } from '../text.ts';
import type { Screen, ScreenContext } from './context.ts';
import { packageMark } from '../../platform/package-mark.ts';

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
  | 'joinFailed'
  | 'partner'
  | 'inPlatform'
>;

/**
 * Joining a workshop by typing its code, for a player who cannot scan the QR code or
 * open the link (a locked-down PC, a link typed wrong). It reopens the game as the
 * link would have, so everything a join link does follows.
 */
function joinForm(badLink: boolean, summary = 'Join a workshop'): HTMLElement {
  const input = h('input', {
    id: 'join-code',
    type: 'text',
    size: 14,
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    'aria-describedby': 'join-code-hint join-code-problem',
  });
  const problem = h('p', { id: 'join-code-problem', class: 'field-error', 'aria-live': 'polite' });
  return h(
    'details',
    { class: 'join-by-code', open: badLink },
    h('summary', {}, summary),
    h(
      'form',
      {
        onsubmit: async (event: Event) => {
          event.preventDefault();
          // The reading rules come with the game's own code, not with the first screen.
          const { joinSearch, readJoinCode } = await import('../workshop/session.ts');
          const read = readJoinCode(input.value);
          if (read?.ok) {
            location.assign(`${location.pathname}${joinSearch(read.join)}`);
            return;
          }
          problem.textContent = read
            ? `${read.reason.charAt(0).toUpperCase()}${read.reason.slice(1)}. Check it against the screen or your handout.`
            : 'Type the code first.';
          input.focus();
        },
      },
      h('label', { for: 'join-code' }, 'Workshop code'),
      h(
        'p',
        { id: 'join-code-hint', class: 'hint' },
        'It is on the facilitator’s screen and your handout, under the QR code, for example ',
        h('span', { class: 'join-example' }, 'WQTR44-K7M2QX-C-4-Z'),
        '.',
      ),
      h('div', { class: 'join-code-row' }, input, h('button', { type: 'submit', class: 'secondary' }, 'Join')),
      problem,
    ),
  );
}

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
        `${run.weekDone ? `You have played ${run.week} of ${run.weeks} weeks` : `You are in week ${run.week} of ${run.weeks}`} as the ${run.role}. A new quarter replaces it: you will not be able to carry on with it, but it is kept among your runs, so a debrief can compare with it.${elsewhere ? ' It is not this workshop’s, so its result would be refused at the hand-in.' : ''}`,
      ),
      h(
        'div',
        { class: 'actions' },
        // Carrying on comes first, unless the quarter saved is not the workshop's just joined.
        ...((): HTMLElement[] => {
          const carry = h(
            'button',
            { type: 'button', class: elsewhere ? 'secondary' : 'primary', onclick: () => ctx.continueGame() },
            'Continue my quarter',
          );
          const fresh = h(
            'button',
            { type: 'button', class: elsewhere ? 'primary' : 'secondary', onclick: () => ctx.newGame() },
            'Start a new quarter',
          );
          return elsewhere ? [fresh, carry] : [carry, fresh];
        })(),
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
  // Continue says what it goes back to (the shell, before the game has read the save, cannot yet).
  const saved = ctx.canContinue() ? ctx.runInProgress() : null;
  // A quarter saved in this browser that is not the workshop's just joined (played before, or by someone
  // else on a shared PC): its result would be refused at the hand-in, so New game comes first.
  const differs =
    saved && join && !join.room
      ? [
          saved.seed !== join.seed ? `quarter code ${saved.seed ?? 'unknown'}` : null,
          saved.session !== join.session ? (saved.session ? `workshop ${saved.session}` : 'not in a workshop') : null,
          saved.weeks !== join.weeks ? (saved.weeks === 4 ? 'the workshop quarter' : 'the full quarter') : null,
          join.role && saved.roleId && saved.roleId !== join.role ? `as the ${saved.role}` : null,
        ].filter((d): d is string => d !== null)
      : [];
  const elsewhere = differs.length > 0;
  const carryOn = saved && !elsewhere;
  const newGame = h('button', { type: 'button', class: carryOn ? null : 'primary', onclick: askFirst }, 'New game');
  const continuing = (
    ctx.canContinue()
      ? [
          h(
            'button',
            {
              type: 'button',
              class: carryOn ? 'primary' : null,
              onclick: () => ctx.continueGame(),
              'aria-describedby': saved ? 'continue-where' : null,
            },
            'Continue',
          ),
          saved
            ? h(
                'p',
                { class: 'hint continue-where', id: 'continue-where' },
                `${saved.whatIf ? 'A what-if of a finished quarter (the original is kept). ' : ''}${
                  saved.ended
                    ? `The quarter is over, played as the ${saved.role}: Continue opens its ending.`
                    : saved.weekDone
                      ? `${saved.week} of ${saved.weeks} weeks played, as the ${saved.role}: next, ${saved.next}.`
                      : `Week ${saved.week} of ${saved.weeks}, as the ${saved.role}${saved.where ? `: ${saved.where}` : ''}.`
                }${saved.pair ? ` ${saved.pair}` : ''}${elsewhere ? ' Not this workshop’s quarter.' : ''}`,
              )
            : [],
        ].flat()
      : []
  ) as HTMLElement[];
  menu.append(
    // A quarter under way (a reload, a dropped connection, tomorrow's sitting): carrying on comes first, above
    // New game, the first thing a keyboard reaches; another workshop's quarter, or none, after it.
    ...(carryOn ? [...continuing, newGame] : [newGame, ...continuing]),
    h('button', { type: 'button', onclick: () => ctx.openSettings() }, 'Settings'),
  );
  const partner = ctx.partner();
  const address = new URLSearchParams(location.search);
  const linkInAddress = address.has('join');
  // Facilitators set up a session from here; players who came by a join link do not need it.
  // Nor do learners inside a learning platform, or launched by one (a cmi5 launch names where to fetch its token).
  const platform = ctx.inPlatform() || address.has('fetch') || packageMark() !== null;
  if (!join && !partner && !platform && !linkInAddress)
    menu.append(h('a', { class: 'button secondary', href: '?workshop=setup' }, 'Run a workshop'));
  // Offered unless the game was joined; open from the start after a join link that could not be read.
  // Before the game has loaded (the shell) a link's reading is not known yet: nothing is offered then.
  const badLink = ctx.joinFailed?.() ?? false;
  // A player who joined with a code typed wrong (an old one with no check) can join again with the right one.
  const joinByCode =
    !partner && !platform
      ? join && !join.room
        ? joinForm(false, 'Not the session on the facilitator’s screen? Join another')
        : !join && (!linkInAddress || badLink)
          ? joinForm(badLink)
          : null
      : null;
  const joined = join
    ? h(
        'p',
        { class: 'notice notice-info workshop-joined' },
        join.room
          ? `Projector play-through for workshop ${join.session}, quarter ${join.seed}: at each decision, count the room’s hands and take its choice. The run keeps the vote, and its debrief shows where the room split.`
          : [
              // Everything the code fixed, in words the facilitator's screen can be checked against. (Four weeks is
              // the engine's WORKSHOP_WEEKS: the title is drawn before the engine has loaded.)
              `Workshop session ${join.session}: you will play ${join.weeks === 4 ? 'the workshop quarter (four weeks)' : 'the full quarter (eight weeks)'}`,
              join.pair
                ? ', in pairs'
                : join.role
                  ? ` as the ${join.role === 'clinician' ? 'clinician leader' : 'operational manager'}`
                  : '',
              `, quarter code ${join.seed}`,
              elsewhere && saved
                ? `. The game saved in this browser is not this session’s (${differs.join(', ')}), so its result would be refused here: press New game to start this session’s quarter. The other one is kept among your runs.`
                : saved?.ended
                  ? '. Your quarter is over: press Continue to see your ending and hand in your result from there.'
                  : saved
                    ? '. Your game is under way: press Continue to carry on where you were. Your facilitator will tell you when to hand in your result.'
                    : '. Press New game to start; your facilitator will tell you when to hand in your result.',
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
      joinByCode,
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
