import { CHARACTERS } from '../../engine/rules/characters.ts';
import { baseBuilding, otherRole, weeksOf } from '../../engine/rules/quarter.ts';
import { WORKSHOP_WEEKS } from '../../engine/rules/types.ts';
import { selfForm } from '../debrief/reflect.ts';
import { h } from '../dom.ts';
import { BUILDING_NAME, midSentence, ROLE_LABEL } from '../format.ts';
import { BRIEFINGS, ROLE_CARDS } from '../text.ts';
import { rulesHelp, STAKES } from '../rules-help.ts';
import type { Screen, ScreenContext } from './context.ts';
import type { GameState } from '../../engine/rules/rules.ts';
import { partnerLink, seatOf } from '../pair-devices.ts';
import { WEEK_HOURS } from '../../engine/rules/meters.ts';
import { qrSvg } from '../workshop/qr.ts';

/** On the lead's device of a pair with a device each: the link and code the partner's device opens. */
function devicePart(state: GameState): HTMLElement {
  const other = ROLE_LABEL[otherRole(state.role ?? 'clinician')].toLowerCase();
  const link = partnerLink(`${location.origin}${location.pathname}`, state);
  return h(
    'section',
    { class: 'partner-device', 'aria-labelledby': 'partner-device-h' },
    h('h2', { id: 'partner-device-h' }, `Your partner’s device: the ${other}`),
    h(
      'p',
      {},
      `Your partner scans this code with their phone’s camera, or opens the link below, and presses New game: their device joins this run as the ${other}, with their own briefing. Start when you have both read yours.`,
    ),
    h('div', { class: 'partner-qr' }, qrSvg(link, `Link for your partner’s device, the ${other}`)),
    h('p', {}, h('a', { href: link, class: 'partner-url' }, link)),
  );
}

export function briefingScreen(ctx: ScreenContext): Screen {
  const state = ctx.game.state;
  const role = state.role ?? 'clinician';
  // A pair with a device each: this device shows only its holder's briefing.
  const seat = seatOf(state);
  const reader = seat?.seat ?? role;
  const brief = BRIEFINGS[reader];
  const heading = h('h1', { tabindex: -1, id: 'briefing-heading' }, brief.heading);
  // A pair on one device begins once the partner has read their briefing and handed the device back.
  let partnerToRead: (() => void) | null = null;
  const waiting = h('p', { class: 'notice notice-info begin-waits', role: 'status', hidden: true });
  const begin = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      onclick: () => (partnerToRead ? partnerToRead() : ctx.game.send({ type: 'BEGIN' })),
    },
    'Begin Monday',
  );
  const selfSlot = h('div', {});
  const renderSelf = () => {
    const before = ctx.game.state.self.before;
    selfSlot.replaceChildren(
      before
        ? h(
            'p',
            { role: 'status', tabindex: -1 },
            'Saved. The debrief asks the same six statements again at the end and shows what changed.',
          )
        : selfForm('self-before', null, 'Save my answers', (answers) => {
            ctx.game.annotate({ self: { ...ctx.game.state.self, before: answers } });
            renderSelf();
            selfSlot.querySelector<HTMLElement>('[role="status"]')?.focus();
          }),
    );
  };
  renderSelf();
  // The reader's own briefing; in a pair on one device it folds away while the partner reads theirs.
  // A pair: the partner's own briefing, behind a hand-over, so each reads what only their role knows.
  const partner = state.run.pair;
  const leadBrief = h(
    'div',
    { class: 'lead-brief' },
    // On one device the lead's part is on screen first: whose it is, so the partner looks away while it is read.
    partner && !seat
      ? h(
          'p',
          { class: 'notice notice-info' },
          `${ROLE_LABEL[role]}: this part is yours to read while your partner looks away. Theirs comes after, behind a hand-over.`,
        )
      : null,
    brief.paragraphs.map((p) => h('p', {}, p)),
  );
  // The run's hours and base are the lead's; the partner's own briefing gives theirs, so say whose count.
  const leadWeek = `about ${WEEK_HOURS[role]} hours to lead with, from ${BUILDING_NAME[baseBuilding(role, state.structures)]}`;
  const partnerPart = seat
    ? seat.lead
      ? devicePart(state)
      : h(
          'p',
          { class: 'notice notice-info' },
          `In this run your partner, the ${ROLE_LABEL[role].toLowerCase()}, holds the role’s authority. The story is told to them (its “you” is your partner), and the week is theirs: ${leadWeek}. The hours and office above are your own role’s, for knowing what you bring. You propose at every decision on this device, and the two of you agree. Where the story, told to your role, would say more, this device shows it at the decision, under “Told to the ${seat.label}”; your partner’s does not. When a word from your world comes up, explain it: on both devices, press “Ask your partner” so that both keep the same steps.`,
        )
    : partner
      ? (() => {
          const card = ROLE_CARDS.find((c) => c.role === partner)!;
          const body = h(
            'div',
            { class: 'partner-brief', hidden: true },
            h('p', {}, h('strong', {}, card.who)),
            h('h3', {}, 'You have'),
            h('p', {}, card.has),
            h('h3', {}, 'You lack'),
            h('p', {}, card.lacks),
            BRIEFINGS[partner].paragraphs.map((p) => h('p', {}, p)),
            h(
              'p',
              {},
              `In this run the ${ROLE_LABEL[role].toLowerCase()} holds the role’s authority. The story is told to them (its “you” is your partner), and the week is theirs: ${leadWeek}. The hours and office above are your own role’s, for knowing what you bring. You propose at every decision, and the two of you agree. When you hold the device to propose, it shows what the story, told to your role, would say there that your partner’s screen leaves out. When a word from your world comes up, your partner can ask you.`,
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'secondary',
                onclick: () => {
                  body.hidden = true;
                  whoReads(false);
                  leadBrief.hidden = false;
                  show.hidden = false;
                  // Both briefings read, and the device back with the lead: the week can begin.
                  partnerToRead = null;
                  waiting.hidden = true;
                  begin.hidden = false;
                  begin.focus();
                },
              },
              'Done: hand back',
            ),
          );
          // Said to the lead until the partner holds the device; then to the partner, whose briefing it is.
          const partnerHeading = h('h2', { id: 'partner-h' });
          const passIt = h('p', {}, 'Pass the device to your partner: this part is theirs to read.');
          const whoReads = (partnerHolds: boolean): void => {
            partnerHeading.textContent = partnerHolds
              ? `${ROLE_LABEL[partner]}: your private briefing`
              : `Your partner’s private briefing: the ${ROLE_LABEL[partner].toLowerCase()}`;
            passIt.hidden = partnerHolds;
          };
          whoReads(false);
          const show = h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              onclick: () => {
                body.hidden = false;
                whoReads(true);
                // What only the lead's role knows is not left on screen above the partner's, and the week
                // is not begun from the partner's hands.
                leadBrief.hidden = true;
                show.hidden = true;
                begin.hidden = true;
                waiting.hidden = true;
                body.querySelector<HTMLElement>('strong')?.parentElement?.setAttribute('tabindex', '-1');
                body.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
              },
            },
            `I am the ${ROLE_LABEL[partner].toLowerCase()}: show my briefing`,
          );
          partnerToRead = () => {
            waiting.textContent = `Your partner has not read their briefing yet: pass them the device, and they press “I am the ${ROLE_LABEL[partner].toLowerCase()}: show my briefing”. Monday begins once they hand it back.`;
            waiting.hidden = false;
            show.focus();
          };
          return h(
            'section',
            { class: 'partner-part', 'aria-labelledby': 'partner-h' },
            partnerHeading,
            passIt,
            waiting,
            show,
            body,
          );
        })()
      : null;
  const element = h(
    'section',
    { class: 'screen screen-briefing', 'aria-labelledby': 'briefing-heading' },
    h(
      'p',
      { class: 'eyebrow' },
      `${ROLE_LABEL[reader]} · Alderbank General Hospital${seat && !seat.lead ? ' · your partner leads' : ''}`,
    ),
    heading,
    // A device each: the partner's code first, so they join and read their own briefing while the lead reads this.
    seat?.lead ? partnerPart : null,
    leadBrief,
    h('h2', {}, weeksOf(state.run) === WORKSHOP_WEEKS ? 'The workshop quarter' : 'The quarter'),
    h(
      'p',
      {},
      weeksOf(state.run) === WORKSHOP_WEEKS
        ? 'The workshop quarter: the quarter’s first four weeks, closed by the month-end review. In week one you are walked through Monday, Wednesday and Friday. From week two you plan each week on a map of the hospital, with time for two visits a week: where you go decides what you see first-hand and what reaches you late. Somewhere, at the level of the organisation, a department or day-to-day practice, the tension between clinicians and managers is worst. Find it, and aim there. Every long change you can start pays off two weeks after it is begun (some take longer in the full quarter), so one begun by week two pays off inside the four weeks. The whole run takes about 35 to 45 minutes, this briefing included; the game saves as you go.'
        : 'Eight weeks. In week one you are walked through Monday, Wednesday and Friday. From week two you plan each week on a map of the hospital: where you go decides what you see first-hand and what reaches you late. Somewhere, at the level of the organisation, a department or day-to-day practice, the tension between clinicians and managers is worst. Find it, and aim there. Each week takes about ten minutes and ends at a good place to stop; the game saves as you go.',
    ),
    h(
      'p',
      {},
      'Research on clinicians and managers working together finds three things that keep them apart, and each scene turns on one of them, named at its end. Status: who speaks up, and who is heard, depends on the gap between people and their history. Location: people who work in different buildings, on different clocks, hear things late and second-hand. Jargon and background: each side has its own words and training, and a word can mean one thing on the ward and another in the finance office.',
    ),
    h('p', { class: 'hint' }, `Quarter code: ${state.seed}. Share it and others can play the same quarter.`),
    // What is at stake stays in view; how each meter, the hours and the role's authority work is folded (the
    // notebook keeps it too), so a first read is the situation and the stakes, about two minutes, then Monday.
    h('p', { class: 'meter-stakes' }, STAKES),
    // Week one's scenes take hours from Monday: what going past zero costs is said before the fold.
    h(
      'p',
      {},
      seat && !seat.lead
        ? 'The hours on the bar are your partner’s, as the lead. Going past zero comes out of their evenings and wears down the staff’s wellbeing, which stays hidden until the debrief; when it runs low, people go off sick.'
        : 'Your hours are on the bar. Going past zero comes out of your evenings and wears down your staff’s wellbeing, which stays hidden until the debrief; when it runs low, people go off sick.',
    ),
    h(
      'details',
      { class: 'briefing-rules' },
      h(
        'summary',
        {},
        'How the meters, your hours and your authority work (also in your notebook, under How it works)',
      ),
      ...rulesHelp(state, 'briefing'),
    ),
    h(
      'p',
      // Not on a touch screen, where there is no keyboard to speak of.
      { class: 'hint keyboard-hint' },
      'Keyboard: Enter reads on, and 1 to 9 take a choice while you are in the scene (or the up and down arrows move between them, and Enter takes one). With a screen reader, Tab to a choice and press Enter.',
    ),
    h(
      'details',
      { class: 'self-before' },
      h('summary', {}, 'Optional: rate yourself before you start (six statements, one minute)'),
      h(
        'p',
        {},
        'How far do you agree with each statement about your own work today? There are no right answers; your ratings stay with this run.',
      ),
      selfSlot,
    ),
    seat?.lead ? null : partnerPart,
    // Folded: on a phone the list is a screen to scroll past before Monday, and the notebook keeps it too.
    h(
      'details',
      { class: 'cast-list' },
      h('summary', {}, `People you will meet this quarter (${CHARACTERS.length})`),
      h(
        'ul',
        { class: 'cast' },
        CHARACTERS.map((c) => h('li', {}, h('strong', {}, c.name), `, ${midSentence(c.job)}`)),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      begin,
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => ctx.game.send({ type: 'BACK' }) },
        'Choose another role',
      ),
    ),
  );
  return { element, focus: () => heading.focus() };
}
