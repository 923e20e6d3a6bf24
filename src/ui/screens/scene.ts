/**
 * A scene as the player reads it: lines revealed one at a time, then the
 * choices; when the scene is over, its closing lines and what changed.
 * Serves both the `scene` and the `summary` screens so nothing is lost
 * between the last choice and the end of the scene.
 */
import { characterById } from '../../engine/rules/characters.ts';
import { findTerm, termById } from '../../engine/rules/glossary.ts';
import {
  arrivals,
  sceneDecisions,
  setGoing,
  landsAfterEnd,
  stillToCome,
  youChose,
  type Explained,
} from '../../engine/read/explain.ts';
import {
  ASK_HOURS,
  canAskPartner,
  MAX_HANDS,
  MISREAD_AFTER,
  MISREAD_COST,
  MISREAD_ODDS,
  OVERTIME_WELLBEING_COST,
  overtimeOf,
  type ChoiceView,
  type DecisionRecord,
  type Line,
} from '../../engine/rules/rules.ts';
import type { ViewState } from '../../engine/run/store.ts';
import { enterLeadsTo, h, spokenStop } from '../dom.ts';
import { proposedBy, proposerOf, sceneSpan } from '../../engine/read/debrief.ts';
import { askedOf, isReviewKnot, otherSide, weeksOf } from '../../engine/rules/quarter.ts';
import type { Role } from '../../engine/rules/types.ts';
import { authorityLabel } from '../rules-help.ts';
import { catchUpPanel, hoursOwner, leadsHere, seatOf, stepCodeOf } from '../pair-devices.ts';
import { keepPending, pendingAt } from '../pair-pending.ts';
import {
  askedAgain,
  BARRIER_LABEL,
  headlineMoves,
  hoursText,
  longGameOnOffer,
  longGameTooLate,
  netsText,
  onwardLabel,
  ROLE_LABEL,
  runSpan,
  sentence,
  stoppedIn,
  nodRuleInFull,
} from '../format.ts';
import { roomPlay, type Screen, type ScreenContext } from './context.ts';

const noop = (): void => undefined;

function speakerName(id: string | undefined): string | null {
  if (!id) return null;
  if (id === 'you') return 'You';
  return characterById(id)?.short ?? id;
}

/**
 * Text with the other world's terms marked: an unknown one is a button that
 * takes you to the ways of finding out what it means; a learned one explains
 * itself on hover and focus.
 */
function marked(
  text: string,
  unknown: readonly string[],
  learned: readonly string[],
  onUnknown: (id: string) => void,
  onKnown: (id: string) => void,
): (Node | string)[] {
  const spans: { start: number; end: number; id: string; known: boolean }[] = [];
  for (const [ids, known] of [
    [unknown, false],
    [learned, true],
  ] as const) {
    for (const id of ids) {
      const at = findTerm(text, id);
      if (at && !spans.some((s) => at.start < s.end && s.start < at.end)) spans.push({ ...at, id, known });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const out: (Node | string)[] = [];
  let i = 0;
  for (const s of spans) {
    out.push(text.slice(i, s.start));
    out.push(termButton(text.slice(s.start, s.end), s.id, s.known, s.known ? onKnown : onUnknown));
    i = s.end;
  }
  out.push(text.slice(i));
  return out;
}

const MEANT_OTHERWISE = ' (a word you use too, which may mean something else here)';
const BY_NAME = ' (a word you know by name, not what it asks of you here)';

/** How a word not yet learned is said to a screen reader: strange, known by name, or meant otherwise. */
const unknownLabel = (id: string): string => {
  const term = termById(id);
  return term?.world === 'both' ? MEANT_OTHERWISE : term?.byName ? BY_NAME : ' (a word you don’t know)';
};

/** A flagged word in a line: one not yet known leads to the ways of finding out; a learned one explains itself. */
function termButton(word: string, id: string, known: boolean, onPress: (id: string) => void): HTMLElement {
  return known
    ? h(
        'button',
        {
          type: 'button',
          class: 'term term-known',
          'data-term': id,
          title: termById(id)?.meaning ?? '',
          onclick: () => onPress(id),
        },
        word,
        h('span', { class: 'sr-only' }, ' (a word you have learned)'),
      )
    : h(
        'button',
        { type: 'button', class: 'term term-unknown', 'data-term': id, onclick: () => onPress(id) },
        word,
        // A word both sides use is not unknown: what the other side means by it is; nor is one heard every week.
        h('span', { class: 'sr-only' }, unknownLabel(id)),
      );
}

function lineElement(
  line: Line,
  unknown: readonly string[],
  learned: readonly string[],
  onUnknown: (id: string) => void,
  onKnown: (id: string) => void,
): HTMLElement {
  const name = speakerName(line.speaker);
  const text = line.speaker === 'you' ? [line.text] : marked(line.text, unknown, learned, onUnknown, onKnown);
  if (!name) return h('p', { class: 'line narration' }, text);
  return h(
    'p',
    { class: `line speech${line.speaker === 'you' ? ' own' : ''}`, 'data-speaker': line.speaker ?? '' },
    // The name sits on a line of its own; read aloud, a colon keeps it from running into the line.
    h('span', { class: 'who' }, name, h('span', { class: 'sr-only' }, ': ')),
    h('span', { class: 'said' }, text),
  );
}

export interface SceneScreen extends Screen {
  update: (state: ViewState) => void;
  /** Something the player must see where they are reading (why a resumed scene reads as it does). */
  note: (text: string) => void;
}

/** What a misunderstanding costs when it comes back (the rule's own figures), said where a nod is offered. */
export function misreadCost(role: Role | null): string {
  const side = otherSide(role ?? 'clinician') === 'executives' ? 'the executives’' : 'front-line staff’s';
  return `${-MISREAD_COST.hurt} points off the meter it touches and ${-MISREAD_COST.trust} off ${side} trust.`;
}

/**
 * Where the top of a notice the page marks to be read as a scene opens stands (`data-read-before-scene`),
 * when one is shown in the page's flow; one kept in view under the bar by itself (sticky) is left out.
 */
function readBeforeScene(): number | undefined {
  const notice = document.querySelector<HTMLElement>('[data-read-before-scene]:not([hidden])');
  if (!notice || getComputedStyle(notice).position === 'sticky') return undefined;
  return notice.getBoundingClientRect().top;
}

export function sceneScreen(ctx: ScreenContext, options: { revealAll: boolean }): SceneScreen {
  const heading = h('h1', { tabindex: -1, id: 'scene-heading' });
  const eyebrow = h('p', { class: 'eyebrow' });
  const arrivals_ = h('div', { class: 'arrivals' });
  const echo = h('p', { class: 'echo', hidden: true, id: 'scene-echo' });
  // What was said before the last choice, and the choices made, to read again (the log holds only what
  // followed the last choice). Folded: a sighted reader sees the scene move on; anyone can look back.
  // A box of its own that scrolls: it takes the focus, so a keyboard can scroll it, and is named for what it holds.
  const earlierLines = h('div', {
    class: 'earlier-lines',
    role: 'region',
    'aria-label': 'Earlier in this scene',
    tabindex: 0,
  });
  const earlierCount = h('span', { class: 'muted' });
  const earlier = h(
    'details',
    { class: 'earlier', id: 'scene-earlier', hidden: true },
    h('summary', {}, 'Earlier in this scene ', earlierCount),
    earlierLines,
  );
  // Where a scene is and what caught up with the player, for a screen reader: said as the
  // description of whatever takes the focus as the scene opens (see `describeFocus`).
  const intro = h('p', { id: 'scene-intro', hidden: true });
  const log = h('div', { class: 'dialogue', role: 'log', 'aria-live': 'polite', 'aria-label': 'Story', tabindex: 0 });
  // Scrolled down (a laptop, where the story is a box of its own), its top fades: the lines go on above
  // it, rather than a line looking cut in half at the box's edge.
  log.addEventListener('scroll', () => log.classList.toggle('scrolled', log.scrollTop > 2), { passive: true });
  const more = h('button', { type: 'button', class: 'continue', 'aria-keyshortcuts': 'Enter' }, 'Continue');
  // A word pressed before the choices: said where the reader is looking, as well as to a screen reader.
  const wordLater = h('p', { class: 'hint word-later', hidden: true });
  const choices = h('section', { class: 'choices', 'aria-label': 'Choices', hidden: true });
  const words = h('section', { class: 'words', 'aria-labelledby': 'words-heading', hidden: true });
  const explained = h('dl', { class: 'explained', 'aria-live': 'polite' });
  const ending = h('section', { class: 'scene-end', 'aria-labelledby': 'scene-end-heading', hidden: true });
  // A pair's hand-over and agreement, in place of the choices while it lasts.
  const handOverPanel = h('section', { class: 'hand-over', 'aria-labelledby': 'handover-heading', hidden: true });
  // Back in a scene from the title, it opens at the last line read: what caught up with the player as it opened is
  // told above, scrolled past on a phone, and the meters already show it. A press takes the reader back to it.
  const arrivalsHeading = (): HTMLElement | null => arrivals_.querySelector<HTMLElement>('#arrivals-heading');
  const recall = h(
    'p',
    { class: 'hint recall', hidden: true },
    h(
      'button',
      {
        type: 'button',
        class: 'link-button',
        onclick: () => {
          const target = arrivalsHeading();
          if (!target) return;
          // From the scene's head: the day and the place it is told beside, then what caught up.
          const head = element.querySelector('.scene-head') ?? arrivals_;
          head.scrollIntoView({ block: 'start', behavior: ctx.reducedMotion() ? 'auto' : 'smooth' });
          target.focus({ preventScroll: true });
        },
      },
      'Read again what caught up with you as this scene opened',
    ),
  );
  const controls = h('div', { class: 'controls' }, recall, more, wordLater, words, choices, handOverPanel, ending);
  // On the partner's device of a pair with a device each, the story still speaks to the lead: say so once,
  // where the scene opens, so "you" and "your clinic at eleven" are not read as the partner's own.
  const voice = leadsHere(
    ctx.game.state,
    (lead) => `The story is told to your partner, the ${lead}: its “you” is them, and its calls are theirs.`,
  );
  const element = h(
    'section',
    { class: 'screen screen-scene', 'aria-labelledby': 'scene-heading' },
    h('div', { class: 'scene-head' }, eyebrow, heading),
    voice,
    intro,
    arrivals_,
    earlier,
    echo,
    log,
    explained,
    controls,
  );

  // A note from the game where the player is reading (see `note`).
  let noteBox: HTMLElement | null = null;
  const dropNote = (): void => {
    noteBox?.remove();
    noteBox = null;
  };
  let shownLines: readonly Line[] | null = null;
  let revealed = 0;
  let state = ctx.game.state;
  let lastChoice: string | null = null;
  let sceneShown = -1;
  /**
   * What a screen reader has not yet heard of what is on screen: the scene's opening and the
   * lines added just as the focus moved. A focus move interrupts a polite live region (NVDA and
   * JAWS drop what was queued), so the line the focus move would cut off, usually the one a
   * choice answers, is read as the focused element's description instead.
   */
  let unheard: string[] = [];
  let described: HTMLElement | null = null;
  const describeFocus = (target: HTMLElement | null, last: boolean, withLine = true): void => {
    described?.removeAttribute('aria-describedby');
    described = null;
    if (!target) return;
    const line = !withLine ? undefined : last ? log.lastElementChild?.id : log.firstElementChild?.id;
    const ids = [...new Set([...unheard, ...(line ? [line] : [])])];
    unheard = [];
    if (ids.length) {
      target.setAttribute('aria-describedby', ids.join(' '));
      described = target;
    }
    // Moving the focus lays the page out at once: it moves once this task's other changes are made (the
    // meters, the notebook), so the page is laid out once for all of them, not once before and again after.
    queueMicrotask(() => target.focus());
  };

  // Scrolled in the next frame, where the page is laid out anyway: scrolling at once
  // would lay the page out twice for every line (the bench's slow-PC profile).
  // It brings into view the new line and as much as fits of what comes next (Continue, or the
  // choices), so a phone's reader is never left at the foot of the screen with nothing to press;
  // the new line's top never goes under the meters bar (the page's scroll padding).
  let scrollPending = 0;
  const scrollToLatest = (): void => {
    if (scrollPending) return;
    scrollPending = requestAnimationFrame(() => {
      scrollPending = 0;
      const line = log.lastElementChild;
      if (!line) return;
      // The bar as it is now, before anything is measured: it may have grown in this same update (a warning's
      // line as a scene opens) and its observer reports after this frame's scroll, so the page's scroll
      // padding would still be its old height (a phone opened Friday's head 44 px under it).
      ctx.measureBar?.();
      const behavior = ctx.reducedMotion() ? 'auto' : 'smooth';
      // Where the story is a box of its own (a laptop), the box scrolls to the line first.
      let lineBox = line.getBoundingClientRect();
      const box = log.getBoundingClientRect();
      const inner =
        log.scrollHeight > log.clientHeight + 1 && lineBox.bottom > box.bottom
          ? Math.min(lineBox.bottom - box.bottom, lineBox.top - box.top)
          : 0;
      if (inner > 0) {
        log.scrollBy({ top: inner, behavior });
        lineBox = new DOMRect(lineBox.x, lineBox.y - inner, lineBox.width, lineBox.height);
      }
      const clear = (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0) + 4;
      const next = [more, choices, ending].find((e) => !e.hidden);
      const want = next ? next.getBoundingClientRect().bottom + 12 : lineBox.bottom + 12;
      // Never so far that the line just revealed starts under the bar; up, when it already does. At a
      // scene's first line, never past the scene's own head either: what caught up with the player as it
      // opened is told above that line, and the meters just moved by it (a phone opened Friday at its foot).
      // Nor past a notice above the scene that says why the game is not being kept (saving is off): it
      // is said there and nowhere else (1366 wide, it went half under the bar; 320 wide, all of it).
      // After a choice the log starts again at one line: then the stop is the choice said back, just above
      // it, not the scene's head (a phone opened Friday's result 500 px below the screen, under what caught up).
      const first = log.children.length <= 1;
      const top = first
        ? (echo.hidden ? element.querySelector('.scene-head') : echo)?.getBoundingClientRect().top
        : undefined;
      const notice = first && echo.hidden ? readBeforeScene() : undefined;
      const by = Math.min(
        Math.max(0, want - window.innerHeight),
        lineBox.top - clear,
        top === undefined ? Infinity : top - clear,
        notice === undefined ? Infinity : notice - clear,
      );
      if (Math.abs(by) >= 1) window.scrollBy({ top: by, behavior });
    });
  };

  const revealNext = (): void => {
    const lines = state.lines;
    if (revealed < lines.length) {
      const learned = state.terms.filter((t) => t.how !== 'nodded').map((t) => t.term);
      const element = lineElement(
        lines[revealed]!,
        state.unknown.map((u) => u.term),
        learned,
        toAsk,
        (id) => explain(id, false),
      );
      element.id = `line-${revealed}`;
      log.append(element);
      revealed++;
      ctx.reading.keep(state, revealed);
      // The world (Phaser) listens, so the portraits follow the reader.
      ctx.channel.send('reveal', revealed);
      scrollToLatest();
    }
    renderControls();
  };

  const renderControls = (): void => {
    const done = revealed >= state.lines.length;
    const showChoices = done && !state.sceneOver && state.choices.length > 0 && handOverPanel.hidden;
    choices.hidden = !showChoices;
    ending.hidden = !(done && state.sceneOver);
    // On one device, while the partner proposes, the words box (the lead's) stays folded away (see `handOver`).
    words.hidden = !showChoices || state.unknown.length === 0 || (!!partner && !seat && proposal.lead !== null);
    if (!words.hidden) renderWords();
    if (showChoices && choices.childElementCount === 0) renderChoices();
    if (!ending.hidden && ending.childElementCount === 0) renderEnding();
    // Last: Continue usually has the focus, and hiding a focused element lays the page out at once. Hidden
    // after the rest is built, that one layout is the page as it will be shown, and the focus's move is free.
    more.hidden = done;
    // Once the choices are up, the words box under them is the way to ask.
    if (done) wordLater.hidden = true;
  };

  /** A flagged word was pressed: go to the ways of finding out what it means. */
  const toAsk = (id: string): void => {
    // A word a choice asks about is asked by that choice: go to it.
    const asking = ctx.game.choiceDetails(false).find((c) => c.tags.some((t) => t.kind === 'asks' && t.term === id));
    const button = asking
      ? choices.querySelector<HTMLButtonElement>(`button.choice[data-index="${asking.index}"]`)
      : words.querySelector<HTMLButtonElement>(`button[data-term="${id}"]`);
    if (button && !words.hidden) button.focus();
    else {
      const said = `You can ask what “${termById(id)?.label ?? id}” means when the choices come up, before you choose.`;
      wordLater.textContent = said;
      wordLater.hidden = false;
      announce(said);
    }
  };
  const announce = (text: string): void => ctx.announcer.say(text);

  // A projector play-through: the facilitator enters the room's hands for each option before taking one.
  const roomVote = ctx.join()?.room ?? false;
  let hands: HTMLInputElement[] = [];
  const votes = (): number[] | undefined => {
    const counts = hands.map((input) => Math.max(0, Math.min(MAX_HANDS, Math.floor(Number(input.value) || 0))));
    return counts.some((n) => n > 0) ? counts : undefined;
  };
  const take = (index: number, text: string): void => {
    lastChoice = text;
    ctx.playSound('choose');
    const counted = roomVote ? votes() : undefined;
    // The choice pressed has the focus, and the browser lays the page out at once when a focused element
    // goes: the choices go now, while nothing else has changed, so the answer's changes (the old lines
    // going, the new ones, the meters) are laid out once, as the focus moves, and not once in part before.
    choices.replaceChildren();
    ctx.game.send({ type: 'CHOOSE', index, ...(counted ? { votes: counted } : {}) });
    // Refused (nothing this screen sends is): the choices come back, with the focus.
    if (!choices.hidden && choices.childElementCount === 0) {
      renderControls();
      focusChoices();
    }
  };

  // A pair on one device: the lead proposes, hands over, the partner proposes; where they differ, they agree.
  const partner = state.run.pair ?? null;
  const lead = state.role ?? 'clinician';
  let proposal: { lead: number | null; partner: number | null } = { lead: null, partner: null };
  /** This decision, for the proposal kept across a reload. */
  const decisionAt = (): string => `${state.run.id}:${state.decisions.length}`;
  const pairPanel = h('div', { class: 'pair-panel', role: 'group', 'aria-labelledby': 'pair-heading' });
  /**
   * What this stretch of the story, told to the partner's role, says that the lead's lines leave out
   * (`state.aside`): for the partner's eyes while they propose, to bring in when the two agree.
   */
  const asideFor = (role: Role, where: 'choices' | 'agree' = 'choices'): HTMLElement | null => {
    const lines = state.aside ?? [];
    if (!lines.length) return null;
    const label = ROLE_LABEL[role].toLowerCase();
    return h(
      'section',
      { class: 'pair-aside', 'aria-labelledby': `pair-aside-${where}` },
      h('h3', { id: `pair-aside-${where}` }, `Told to the ${label}`),
      h(
        'p',
        { class: 'hint' },
        `Had this part been told to you, the ${label}, it would also have said this. Your partner’s story did not.`,
      ),
      // Laid out as the story's own lines, with no words marked: the words box is the lead's.
      lines.map((line) => lineElement(line, [], [], noop, noop)),
    );
  };
  const pairTurn = (): void => {
    if (!partner) return;
    const device = seatOf(state);
    if (device) {
      // Both devices should show the same step code here; if they do not, one of them took another step.
      const aside = device.lead ? null : asideFor(device.seat);
      pairPanel.replaceChildren(
        h(
          'p',
          { class: 'pair-prompt', id: 'pair-heading' },
          h('strong', {}, `${ROLE_LABEL[device.seat]}: `),
          'propose a choice on this device. Your partner proposes on theirs.',
        ),
        h(
          'p',
          { class: 'step-code' },
          'Step code ',
          h('strong', {}, stepCodeOf(state)),
          ': check your partner’s device shows the same.',
        ),
        ...(aside ? [aside] : []),
        catchUpPanel(ctx.game, () => undefined),
      );
      return;
    }
    const who = proposal.lead === null ? lead : partner;
    const prompt = h(
      'p',
      { class: 'pair-prompt', id: 'pair-heading' },
      h('strong', {}, `${ROLE_LABEL[who]}: `),
      proposal.lead === null
        ? 'propose a choice while your partner looks away. They will not see it on screen until they have proposed theirs.'
        : 'your partner has proposed. Propose yours.',
    );
    const aside = proposal.lead === null ? null : asideFor(partner);
    pairPanel.replaceChildren(prompt, ...(aside ? [aside] : []));
  };
  const handOver = (): void => {
    if (!partner) return;
    choices.hidden = true;
    words.hidden = true;
    const button = h(
      'button',
      {
        type: 'button',
        class: 'primary',
        onclick: () => {
          handOverPanel.hidden = true;
          choices.hidden = false;
          // The words box is the lead's: what they do not know, and who they can ask. The partner holding the
          // device starts at their own prompt, with what their role was told under it and the choices below.
          words.hidden = true;
          // So are the words marked in its lines (not known to the lead, or learned): to the partner they are
          // the story's words, and pressing one would take the partner to the lead's ways of asking.
          for (const b of log.querySelectorAll<HTMLButtonElement>('button.term'))
            b.replaceWith(b.firstChild?.textContent ?? '');
          // The pointer is where the hand-over button was: the choice that comes up under it would show its hover
          // as if already picked. No hover until the pointer moves.
          choices.classList.add('still-pointer');
          window.addEventListener('pointermove', () => choices.classList.remove('still-pointer'), { once: true });
          pairTurn();
          const prompt = pairPanel.querySelector<HTMLElement>('#pair-heading');
          if (!prompt) return focusChoices();
          prompt.tabIndex = -1;
          prompt.focus({ preventScroll: true });
          prompt.scrollIntoView({ block: 'start', behavior: 'auto' });
        },
      },
      `I am the ${ROLE_LABEL[partner].toLowerCase()}: show me the choices`,
    );
    handOverPanel.replaceChildren(
      h('h2', { id: 'handover-heading', tabindex: -1 }, `Hand over to the ${ROLE_LABEL[partner].toLowerCase()}`),
      h('p', {}, 'The first proposal is made. Pass the device to your partner: they propose without seeing it.'),
      button,
    );
    handOverPanel.hidden = false;
    handOverPanel.querySelector<HTMLElement>('#handover-heading')?.focus();
  };
  const agree = (): void => {
    if (!partner || proposal.lead === null || proposal.partner === null) return;
    const both: [number, number] = [proposal.lead, proposal.partner];
    const send = (position: number): void => {
      const c = state.choices[position]!;
      lastChoice = c.text;
      ctx.playSound('choose');
      proposal = { lead: null, partner: null };
      keepPending(null);
      handOverPanel.hidden = true;
      ctx.game.send({ type: 'CHOOSE', index: c.index, proposals: both });
    };
    if (both[0] === both[1]) {
      send(both[0]);
      return;
    }
    choices.hidden = true;
    handOverPanel.replaceChildren(
      h('h2', { id: 'handover-heading', tabindex: -1 }, 'You proposed different things'),
      h(
        'ul',
        { class: 'proposals' },
        h('li', {}, h('strong', {}, `${ROLE_LABEL[lead]}: `), state.choices[both[0]]!.text),
        h('li', {}, h('strong', {}, `${ROLE_LABEL[partner]}: `), state.choices[both[1]]!.text),
      ),
      h(
        'p',
        {},
        `Talk it through: what does each of you know that the other may not? Then choose together${seatOf(state) ? ', pressing the same one on both devices' : ''}. The game keeps both proposals for your debrief.`,
      ),
      // On the partner's own device, what their role was told stays in view to be quoted.
      ...(seat && !seat.lead ? [asideFor(seat.seat, 'agree')].filter((e) => e !== null) : []),
      h(
        'div',
        { class: 'agree-options' },
        // As the choices themselves read, hours and whose call included, and taken by the same number keys.
        state.choices.map((c, i) =>
          h(
            'button',
            {
              type: 'button',
              class: `choice agree${i === both[0] || i === both[1] ? ' proposed' : ''}`,
              'aria-keyshortcuts': i < 9 ? String(i + 1) : null,
              onclick: () => send(i),
            },
            ...choiceParts(c, i, 'Agree: '),
            // Whose proposal it was, in words: the border alone reads like the pointer's hover, and is colour only.
            i === both[0] || i === both[1]
              ? h('span', { class: 'choice-proposed' }, `${ROLE_LABEL[i === both[0] ? lead : partner]}’s proposal`)
              : null,
          ),
        ),
      ),
      // With a device each, what the other proposed was pressed on this one: a slip of the finger is put right
      // here, before the devices part ways, not by following the other device's run afterwards.
      ...(seat
        ? [
            h(
              'button',
              {
                type: 'button',
                class: 'secondary agree-back',
                onclick: () => proposeOnDevice(seat.lead ? both[0] : both[1]),
              },
              'Back: enter what they proposed again',
            ),
          ]
        : []),
    );
    handOverPanel.hidden = false;
    handOverPanel.querySelector<HTMLElement>('#handover-heading')?.focus();
  };
  // A pair with a device each: this device's holder proposes, the two compare, and each device takes the agreed one.
  const seat = seatOf(state);
  const proposeOnDevice = (position: number): void => {
    if (!seat || !partner) return;
    choices.hidden = true;
    words.hidden = true;
    const other = seat.lead ? partner : lead;
    const theirs = (i: number): void => {
      proposal = seat.lead ? { lead: position, partner: i } : { lead: i, partner: position };
      agree();
    };
    handOverPanel.replaceChildren(
      h('h2', { id: 'handover-heading', tabindex: -1 }, 'Your proposal is in'),
      h('p', {}, h('strong', {}, 'You proposed: '), state.choices[position]!.text),
      ...(seat.lead ? [] : [asideFor(seat.seat, 'agree')].filter((e) => e !== null)),
      h(
        'p',
        {},
        `When your partner has proposed on their device, show each other. What did the ${ROLE_LABEL[other].toLowerCase()} propose?`,
      ),
      h(
        'div',
        { class: 'agree-options' },
        state.choices.map((c, i) =>
          h('button', { type: 'button', class: 'secondary', onclick: () => theirs(i) }, `They proposed: ${c.text}`),
        ),
      ),
    );
    handOverPanel.hidden = false;
    handOverPanel.querySelector<HTMLElement>('#handover-heading')?.focus();
  };
  const propose = (position: number): void => {
    if (seat) {
      keepPending({ at: decisionAt(), mine: state.choices[position]!.index });
      proposeOnDevice(position);
      return;
    }
    if (proposal.lead === null) {
      proposal.lead = position;
      keepPending({ at: decisionAt(), lead: state.choices[position]!.index });
      handOver();
    } else {
      proposal.partner = position;
      agree();
    }
  };
  /** The room's count for one option, beside it: typing the hands never scrolls the options away. */
  const handsFor = (c: ChoiceView, i: number): HTMLInputElement =>
    h('input', {
      type: 'number',
      min: 0,
      max: MAX_HANDS,
      step: 1,
      inputmode: 'numeric',
      id: `hands-${i}`,
      'aria-label': `Hands for option ${i + 1}: ${c.text}`,
    });
  const votePanel = (): HTMLElement => {
    const note = h('p', { class: 'vote-note', 'aria-live': 'polite' });
    // The last vote's hands: a count half as large again is more likely a slip of the keys than a room grown.
    const lastVote = state.decisions.findLast((d) => d.votes)?.votes;
    const lastTotal = lastVote ? lastVote.reduce((a, v) => a + v.hands, 0) : 0;
    let queried = '';
    return h(
      'div',
      { class: 'room-vote' },
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          onclick: () => {
            const counted = votes();
            if (!counted) {
              note.textContent = 'No hands counted yet: enter how many chose each option.';
              return;
            }
            const total = counted.reduce((a, b) => a + b, 0);
            if (lastTotal > 0 && total > lastTotal * 1.5 && queried !== counted.join()) {
              queried = counted.join();
              note.textContent = `${total} hands, but ${lastTotal} last time. Check the counts, or press “Take the room’s choice” again to keep them.`;
              return;
            }
            const top = Math.max(...counted);
            const leaders = counted.flatMap((n, i) => (n === top ? [i] : []));
            if (leaders.length > 1) {
              note.textContent = `Options ${leaders.map((i) => i + 1).join(' and ')} tie: press the one the room settles on.`;
              return;
            }
            const c = state.choices[leaders[0]!]!;
            take(c.index, c.text);
          },
        },
        'Take the room’s choice',
      ),
      note,
      // The action first, right under the options; how to count after it, until the room has voted once.
      state.decisions.some((d) => d.votes)
        ? null
        : h(
            'p',
            { class: 'hint' },
            'Count hands for each option into its box, then take the room’s choice (or press an option when the room is clear). The count is kept with the run.',
          ),
    );
  };

  /**
   * A long game a choice would start, and what it costs, before it is chosen: an hour or so of each week
   * it is charged in before it pays off, which the button's own hours do not count (see longGameOnOffer).
   */
  const startsArc = (index: number): string | null => {
    const body = ctx.game.choiceDetails(true).find((d) => d.index === index);
    const arcs = (body?.tags ?? []).flatMap((t) => (t.kind === 'arc' && !state.arcs[t.arc] ? [t.arc] : []));
    if (!arcs.length) return null;
    return arcs.map((arc) => longGameOnOffer(arc, state.week, state.run)).join('. ');
  };

  /** What a choice's button shows: its key, its words, the hours it takes, a long game it starts and whose call it is. */
  const choiceParts = (c: ViewState['choices'][number], i: number, prefix = ''): (HTMLElement | null)[] => {
    const arc = startsArc(c.index);
    return [
      h('span', { class: 'choice-key', 'aria-hidden': 'true' }, i < 9 ? String(i + 1) : ''),
      h('span', { class: 'choice-text' }, `${prefix}${c.text}`),
      c.hours ? h('span', { class: 'choice-cost', 'aria-hidden': 'true' }, `${c.hours}\u00a0h`) : null,
      c.hours ? h('span', { class: 'sr-only' }, ` (takes ${c.hours} hour${c.hours === 1 ? '' : 's'})`) : null,
      // Past the week's hours the time still goes, from the evenings: said before it is chosen, not only after.
      c.hours && c.hours > state.hours
        ? h(
            'span',
            { class: 'choice-over' },
            `${hoursText(c.hours - state.hours)} more than ${hoursOwner(state).week} has left: from ${hoursOwner(state).evenings}, at a cost to staff wellbeing`,
          )
        : null,
      arc ? h('span', { class: 'choice-arc' }, arc) : null,
      c.authority ? h('span', { class: 'choice-authority' }, authorityLabel(state)) : null,
    ];
  };

  const renderChoices = (): void => {
    hands = roomVote ? state.choices.map(handsFor) : [];
    const buttons = state.choices.map((c, i) =>
      h(
        'button',
        {
          type: 'button',
          class: 'choice',
          'data-index': c.index,
          'aria-keyshortcuts': i < 9 ? String(i + 1) : null,
          onclick: () => (partner ? propose(i) : take(c.index, c.text)),
        },
        ...choiceParts(c, i),
      ),
    );
    choices.replaceChildren(
      h('h2', { class: 'sr-only', id: 'choices-heading', tabindex: -1 }, 'Choices'),
      ...(roomVote
        ? buttons.map((button, i) =>
            h(
              'div',
              { class: 'vote-choice' },
              button,
              h(
                'label',
                { class: 'vote-hands', for: `hands-${i}` },
                h('span', { 'aria-hidden': 'true' }, 'Hands'),
                hands[i]!,
              ),
            ),
          )
        : buttons),
    );
    if (roomVote) choices.append(votePanel());
    if (partner) {
      proposal = { lead: null, partner: null };
      pairTurn();
      choices.prepend(pairPanel);
      // A proposal made before the page was closed: back to where the pair were, not to proposing again.
      const kept = pendingAt(decisionAt());
      const at = (index: number | undefined): number => state.choices.findIndex((c) => c.index === index);
      if (kept && seat && at(kept.mine) >= 0) proposeOnDevice(at(kept.mine));
      else if (kept && !seat && at(kept.lead) >= 0) {
        proposal.lead = at(kept.lead);
        pairTurn();
        handOver();
      }
    }
  };

  let wordsShown: unknown = null;
  const renderWords = (): void => {
    if (wordsShown === state.unknown) return;
    wordsShown = state.unknown;
    // A word a choice on offer asks about (`# asks`) is asked by taking that choice: the box says so, and offers nothing else.
    const askedByChoice = state.unknown.some((u) => u.choice);
    // The choice on offer that asks about a word (`# asks`), or goes along with it as said (`# nods`, whose own
    // consequence is what the nod costs), by its words.
    const choiceThat = (kind: 'asks' | 'nods', term: string): string | undefined =>
      ctx.game.choiceDetails(false).find((c) => c.tags.some((t) => t.kind === kind && t.term === term))?.text;
    const nodsHint = (u: (typeof state.unknown)[number]) =>
      u.nodChoice
        ? h(
            'span',
            { class: 'hint word-choice-nods' },
            `Here, nodding along to “${termById(u.term)?.label ?? u.term}” is choosing “${choiceThat('nods', u.term) ?? 'one of the choices'}”. It costs what that choice costs, said when it lands: no misunderstanding is drawn by chance.`,
          )
        : null;
    // Words one choice asks about together are told together.
    const asker = (term: string) => choiceThat('asks', term);
    const askedWith = (u: (typeof state.unknown)[number]) =>
      state.unknown.filter(
        (o) => o.choice && asker(o.term) === asker(u.term) && !(partner && canAskPartner(state, o.term)),
      );
    // With such a word on screen, the nod and its odds are said of the other words by name.
    const oddsFor = state.unknown.some((u) => u.nodChoice)
      ? state.unknown.filter((u) => !u.nodChoice).map((u) => `“${termById(u.term)?.label ?? u.term}”`)
      : [];
    words.replaceChildren(
      // A pair: the run is the lead's, and the words are the ones the lead's side does not know.
      h(
        'h2',
        { id: 'words-heading', tabindex: -1 },
        partner
          ? `Words the ${ROLE_LABEL[state.role ?? 'clinician'].toLowerCase()} doesn’t know`
          : // Only words both sides use: the player knows them, not what they mean to the other side.
            state.unknown.every((u) => termById(u.term)?.world === 'both')
            ? state.unknown.length === 1
              ? 'A word that may mean something else here'
              : 'Words that may mean something else here'
            : // Only words the player hears every week: they know them by name, not what they ask here.
              state.unknown.every((u) => termById(u.term)?.byName)
              ? state.unknown.length === 1
                ? 'A word you know only by name'
                : 'Words you know only by name'
              : // Such words beside words both sides use: none of them is strange, so none is called unknown.
                state.unknown.every((u) => termById(u.term)?.byName || termById(u.term)?.world === 'both')
                ? 'Words to ask about'
                : 'Words you don’t know',
      ),
      h(
        'ul',
        {},
        state.unknown.map((u) => {
          const term = termById(u.term);
          // Whom the ask goes to, as the rules credit it (`askTerm`): the person who said the word, or, for a
          // word nobody said aloud, one of the other side, whose group's trust it earns.
          const speaker = u.speaker ? characterById(u.speaker)?.short : undefined;
          const asked = askedOf(otherSide(state.role ?? 'clinician'), term?.world === 'both');
          const who = speaker ?? asked.whom;
          const means = `what it means${speaker ? '' : asked.to}`;
          if (u.choice && !(partner && canAskPartner(state, u.term))) {
            const together = askedWith(u);
            if (together[0] !== u) return null;
            const asks = asker(u.term);
            return h(
              'li',
              {},
              together.map((o) => h('span', { class: 'term term-unknown' }, termById(o.term)?.label ?? o.term)),
              h(
                'span',
                { class: 'hint word-choice-asks' },
                `To ask what ${together.length > 1 ? 'they mean' : 'it means'}, take ${asks ? `“${asks}”` : 'the choice that asks'} below.`,
              ),
              together.map(nodsHint),
            );
          }
          return h(
            'li',
            {},
            h('span', { class: 'term term-unknown' }, term?.label ?? u.term),
            term?.world === 'both'
              ? h('span', { class: 'hint' }, 'You use this word too; here it may mean something else.')
              : term?.byName
                ? h(
                    'span',
                    { class: 'hint' },
                    'You hear this word every week; what it asks of you here, you could not say.',
                  )
                : null,
            // A word a choice asks about is asked there; a pair's partner who knows it can still explain it here.
            u.choice
              ? null
              : h(
                  'button',
                  {
                    type: 'button',
                    class: 'secondary small',
                    'data-term': u.term,
                    onclick: () => {
                      ctx.game.send({ type: 'ASK', term: u.term });
                      explain(u.term);
                    },
                  },
                  // A device each: an ask is a step of the run, so both devices take it, or their steps part.
                  `Ask ${who} ${means} (${hoursText(ASK_HOURS)}${seatOf(state) ? '; press it on both devices' : ''})`,
                ),
            partner && canAskPartner(state, u.term)
              ? h(
                  'button',
                  {
                    type: 'button',
                    class: 'secondary small',
                    onclick: () => {
                      ctx.game.send({ type: 'ASK', term: u.term, partner: true });
                      explain(u.term, true, true);
                    },
                  },
                  seat && !seat.lead
                    ? 'You know this word: explain it to your partner (no hours; press it on both devices)'
                    : seat
                      ? `Ask your partner, the ${ROLE_LABEL[partner].toLowerCase()} (no hours; press it on both devices)`
                      : `Ask your partner, the ${ROLE_LABEL[partner].toLowerCase()} (no hours)`,
                )
              : null,
            state.glossary.includes(u.term) && !u.choice
              ? h(
                  'button',
                  {
                    type: 'button',
                    class: 'secondary small',
                    onclick: () => {
                      ctx.game.send({ type: 'LOOK_UP', term: u.term });
                      explain(u.term);
                    },
                  },
                  seatOf(state)
                    ? 'Look it up in your glossary (press it on both devices)'
                    : 'Look it up in your glossary',
                )
              : null,
            u.choice
              ? h(
                  'span',
                  { class: 'hint word-choice-asks' },
                  `Or take ${asker(u.term) ? `“${asker(u.term)}”` : 'the choice that asks what it means'} below.`,
                )
              : null,
            nodsHint(u),
          );
        }),
      ),
      nodRule(oddsFor, askedByChoice),
    );
  };
  /**
   * What nodding along risks: in full while it is new; once the player has met words to ask about or nod at in two
   * scenes, the odds in one line and the rest a press away (on a phone the box stood taller than the scene). On the
   * projector always so: the facilitator tells the room the rest, and in full it pushed the room's vote off a
   * 1366×768 screen.
   */
  const nodRule = (oddsFor: readonly string[], askedByChoice: boolean): HTMLElement => {
    const at = `${oddsFor.length ? ` at ${oddsFor.join(' and ')}` : ''}${askedByChoice ? ' (taking a choice that asks about a word is asking)' : ''}`;
    const later = `${MISREAD_AFTER === 4 ? 'four' : MISREAD_AFTER} scenes later as a misunderstanding, named when it does: ${misreadCost(state.role)}`;
    if (nodRuleInFull(state.terms) && !roomVote)
      return h(
        'p',
        { class: 'hint' },
        `Or choose without asking, and nod along${at}: ${MISREAD_ODDS} of coming back ${later}`,
      );
    return h(
      'details',
      { class: 'hint nod-rule' },
      h('summary', {}, `Or choose without asking, and nod along${at}: ${MISREAD_ODDS} of coming back.`),
      h('p', {}, `It comes back ${later}`),
    );
  };

  /** Show what a word means under the story (once), after asking, looking it up or pressing a learned word. */
  const explain = (id: string, thenChoose = true, byPartner = false): void => {
    const term = termById(id);
    if (!term || state.unknown.some((u) => u.term === id)) return;
    if ([...explained.querySelectorAll('dt')].some((dt) => dt.textContent === term.label)) return;
    const key = `explained-${id.replace(/[^a-z0-9-]/gi, '')}`;
    const meaning = [
      term.meaning,
      term.clinicians ? ` To clinicians: ${term.clinicians} To managers: ${term.managers}` : '',
    ];
    explained.append(
      h('dt', { id: key }, term.label),
      // Put to a pair's partner, the word is theirs to explain: the glossary's words wait, to check against after.
      byPartner
        ? h(
            'dd',
            { id: `${key}-meaning` },
            seatOf(state)?.lead === false
              ? 'You explain it to your partner, in your own words.'
              : 'Your partner explains it, in their own words.',
            h('details', { class: 'partner-check' }, h('summary', {}, 'Then check: the glossary’s words'), ...meaning),
          )
        : h('dd', { id: `${key}-meaning` }, ...meaning),
    );
    if (!thenChoose) return;
    // The focus moves as the meaning appears, which would cut the live list off: the meaning is read as
    // what the focus lands on says next, not the line before it, which has been heard.
    unheard = [key, `${key}-meaning`];
    focusChoices(false);
    // What was paid for is in view from its start, not scrolled off above the heading the focus went to.
    const asked = explained.querySelector<HTMLElement>(`#${key}`);
    requestAnimationFrame(() => asked?.scrollIntoView({ block: 'start', behavior: 'auto' }));
  };

  /**
   * The choice the lines follow on from; on the projector, said back as the room's (it raised the hands, or
   * was clear enough to be pressed for), with its count where there was one.
   */
  const room = roomPlay(ctx);
  /** How a choice is said back: the room's, or a pair's, saying whose proposal it was. */
  const choseAs = (d: DecisionRecord | undefined, chose: string): string => {
    if (room) return 'The room chose';
    if (!d?.proposals || d.text !== chose) return 'You chose';
    const whose = proposerOf(state, d);
    if (!whose) return 'You agreed';
    return whose === 'both' ? 'You both proposed' : `You agreed on the ${ROLE_LABEL[whose].toLowerCase()}’s proposal`;
  };
  const echoOf = (chose: string): string => {
    const d = state.decisions.at(-1);
    const total = d?.votes?.reduce((n, v) => n + v.hands, 0) ?? 0;
    const hands = d?.votes?.find((v) => v.text === chose)?.hands;
    return d?.text === chose && total > 0 && hands !== undefined
      ? `The room chose: ${chose} (${hands} of ${total} hand${total === 1 ? '' : 's'})`
      : `${choseAs(d, chose)}: ${chose}`;
  };

  const causeItem = (e: Explained, level?: string | null, stopped?: string | null): HTMLElement => {
    // Hours spent past the week's end are spent all the same (the bar stops at 0): said where they went, and what they cost.
    const over = overtimeOf(e.changes);
    const overNote = over
      ? `${hoursText(over)} of it past this week’s hours, from ${hoursOwner(state).evenings}, and a tired lead passes it on: staff wellbeing, hidden until the debrief, falls by ${OVERTIME_WELLBEING_COST} for each hour over`
      : null;
    return h(
      'li',
      {},
      h('span', { class: 'decision-text' }, spokenStop(e.cause)),
      e.detail ? h('span', { class: 'cause-detail' }, sentence(e.detail)) : null,
      h(
        'span',
        { class: 'decision-effects' },
        netsText(e.net),
        stopped ? h('span', { class: 'stopped-note' }, ` (${stopped})`) : null,
        level || overNote ? h('span', { class: 'sr-only' }, '. ') : null,
      ),
      overNote
        ? h('span', { class: 'decision-effects quiet overtime-note' }, level ? spokenStop(overNote) : overNote)
        : null,
      level ? h('span', { class: 'decision-effects quiet level-note' }, level) : null,
    );
  };

  const renderEnding = (): void => {
    const meta = state.plan[state.sceneIndex];
    const last = state.sceneIndex + 1 >= state.plan.length;
    const over = state.ending !== null;
    // The review comes after the last week: no week's hours are left to count, and the bar shows none, so a
    // choice's hours there are not listed either.
    const hidden = (n: { target: string }): boolean =>
      n.target === 'wellbeing' || (n.target === 'hours' && isReviewKnot(meta?.knot));
    const here = sceneDecisions(state, state.sceneIndex).filter((e) => e.net.some((n) => !hidden(n)));
    const visible = here.map((e) => ({ ...e, net: e.net.filter((n) => !hidden(n)) }));
    // What landed as the scene opened is in its numbers too, so the end names it again: the last scene of a
    // quarter has no week's summary after it to say what moved the meters the ending quotes.
    const caught = landedHere();
    const echoes = stillToCome(state, state.sceneIndex);
    const weeks = weeksOf(state.run);
    const going = setGoing(state, state.sceneIndex, weeks);
    const tooLateToPay = going.filter((g) => g.paysFrom && g.paysFrom > weeks);
    const ahead = going.filter((g) => !g.paysFrom || g.paysFrom <= weeks);
    const named = (g: (typeof going)[number]): string => g.name.charAt(0).toLowerCase() + g.name.slice(1);
    // Every decision is named, in the order taken: one that moved nothing you can see yet says so.
    const quiet = state.decisions.filter(
      (d) => d.scene === state.sceneIndex && !visible.some((e) => e.decision === d.id),
    );
    // A change aimed at a level says so as it is made, whatever else it moved at once (which level it aims at
    // is the player's own choice; where the tension sits is not said), so the card two scenes on is no surprise.
    // What is due after the last scene never lands: said so, not promised for "a later scene".
    const tooLate = (id: number, kind?: 'intervention'): boolean => landsAfterEnd(state, id, kind);
    const aimedNote = (id: number | null): string | null => {
      const d = id === null ? undefined : state.decisions[id];
      if (!d?.intervene || !echoes.includes(d)) return null;
      return tooLate(d.id, 'intervention')
        ? `A change at the ${d.intervene} level: the ${runSpan(state.run)} ends before what it does to the tension can show, but your ending still counts it`
        : `A change at the ${d.intervene} level: what it does to the tension lands in a later scene`;
    };
    // A choice that asked a meter, or someone's trust in you, for more than it could take says so: "Nothing on
    // the meters" beside a listening move at 100 read as a move that had stopped working.
    const stopped = (id: number | null, moved = true): string | null =>
      id === null
        ? null
        : stoppedIn(
            state,
            state.changes.filter((c) => c.decision === id && !c.delayed),
            moved,
          );
    const quietItem = (d: (typeof quiet)[number]): HTMLElement =>
      h(
        'li',
        {},
        h('span', { class: 'decision-text' }, spokenStop(youChose(d.text) + proposedBy(state, d))),
        h(
          'span',
          { class: aimedNote(d.id) ? 'decision-effects quiet level-note' : 'decision-effects quiet' },
          aimedNote(d.id) ??
            (echoes.includes(d)
              ? tooLate(d.id)
                ? `Would land after the ${runSpan(state.run)} ends`
                : 'Lands in a later scene'
              : going.some((g) => g.decision === d.id)
                ? 'Nothing on the meters yet'
                : stopped(d.id, false)
                  ? `Nothing on the meters: ${stopped(d.id, false)}`
                  : 'Nothing on the meters'),
        ),
      );
    const items: HTMLElement[] = [];
    for (const e of visible) {
      while (e.decision !== null && quiet.length && quiet[0]!.id < e.decision) items.push(quietItem(quiet.shift()!));
      items.push(causeItem(e, aimedNote(e.decision), stopped(e.decision)));
    }
    items.push(...quiet.map(quietItem));
    const nodded = state.terms.filter((t) => t.scene === state.sceneIndex && t.how === 'nodded');
    const nods = nodded.filter((t) => !t.ownCost);
    const owned = nodded.filter((t) => t.ownCost);
    const quoted = (list: typeof nodded) => list.map((t) => `“${termById(t.term)?.label ?? t.term}”`).join(' and ');
    const again = state.decisions.filter((d) => d.scene === state.sceneIndex && d.repeats !== undefined);
    const next = state.plan[state.sceneIndex + 1];
    const button = h(
      'button',
      { type: 'button', class: 'primary', onclick: () => ctx.game.send({ type: 'NEXT' }) },
      over
        ? `See how the ${runSpan(state.run)} ends`
        : last
          ? `End of week ${state.week}`
          : onwardLabel(next?.day, meta?.day),
    );
    const endHeading = h('h2', { id: 'scene-end-heading', tabindex: -1 }, `End of scene: ${meta?.title ?? ''}`);
    // A trial of a facilitator's own scene ends here: its way on is back to the scene, or to play it again.
    const trial = ctx.trial
      ? h(
          'div',
          { class: 'actions trial-end' },
          h('a', { class: 'button primary', href: ctx.trial.back }, 'Back to your scene'),
          h('a', { class: 'button secondary', href: ctx.trial.again }, 'Play it again'),
          h('a', { class: 'button secondary', href: ctx.trial.otherRole.href }, ctx.trial.otherRole.label),
        )
      : null;
    enterLeadsTo(endHeading, (trial?.firstElementChild as HTMLElement | null) ?? button);
    ending.replaceChildren(
      endHeading,
      ...(meta
        ? [
            h(
              'p',
              { class: 'scene-barrier' },
              `The barrier in this scene: ${BARRIER_LABEL[meta.barrier].toLowerCase()}.`,
            ),
          ]
        : []),
      items.length
        ? h('ul', { class: 'scene-decisions' }, items)
        : h(
            'p',
            {},
            caught.length
              ? 'Nothing in the scene itself moved the three meters.'
              : 'Nothing moved the three meters in this scene.',
          ),
      ...(caught.length
        ? [
            h('p', { class: 'scene-caught' }, 'What caught up with you as the scene opened (told in full above):'),
            // What and how much only: the why is in the box at the scene's top, and read twice on a short scene.
            h(
              'ul',
              { class: 'scene-decisions' },
              caught.map((e) => causeItem({ ...e, detail: undefined }, null, stoppedIn(state, e.changes))),
            ),
          ]
        : []),
      // The bar's own numbers, from the scene's start to its end: Trust is the mean of the groups listed above.
      ...((visible.length || caught.length) && state.role
        ? [
            (() => {
              const { from, to } = sceneSpan({ role: state.role, changes: state.changes }, state.sceneIndex);
              return h(
                'p',
                { class: 'scene-net' },
                caught.length ? 'Over the scene, with what caught up with you: ' : 'Over the scene: ',
                headlineMoves(from, to, (m) => (m === 'trust' ? ' (the average of the three groups, rounded)' : '')),
                '.',
              );
            })(),
          ]
        : []),
      ...(echoes.some((d) => !tooLate(d.id))
        ? [
            h(
              'p',
              { class: 'hint scene-echoes' },
              `Not finished with you yet, and landing in a later scene: ${echoes
                .filter((d) => !tooLate(d.id))
                .map((d) => `“${d.text}”`)
                .join('; ')}.`,
            ),
          ]
        : []),
      ...(ahead.length
        ? [
            h(
              'p',
              { class: 'hint scene-going' },
              `Started, to pay off in the weeks ahead: ${ahead.map(named).join('; ')}. Each week’s summary shows what they do.`,
            ),
          ]
        : []),
      // A long game begun too late to pay off inside a shorter run says so now, not a screen later.
      ...tooLateToPay.map((g) =>
        h(
          'p',
          { class: 'hint scene-going' },
          g.kind === 'build'
            ? `Agreed: ${named(g)}. It opens the Monday after, when the ${runSpan(state.run)} has ended, so this run will not see what it does.`
            : longGameTooLate(named(g), g.paysFrom!, g.hours ?? 0, state.week, state.run),
        ),
      ),
      ...again.map((d) =>
        h(
          'p',
          { class: 'hint scene-again' },
          `“${d.text}”: ${askedAgain(d.week, state.decisions[d.repeats!] ?? d, d.text)}`,
        ),
      ),
      ...(nods.length
        ? [
            h(
              'p',
              { class: 'hint' },
              `You nodded along at ${quoted(nods)}. ${MISREAD_ODDS[0]!.toUpperCase()}${MISREAD_ODDS.slice(1)} of coming back as a misunderstanding.`,
            ),
          ]
        : []),
      ...(owned.length
        ? [
            h(
              'p',
              { class: 'hint scene-owned-nods' },
              `You went along with ${quoted(owned)} as ${owned.length > 1 ? 'they were' : 'it was'} said, unasked: what that costs is your choice’s own, told when it lands, not a misunderstanding drawn by chance.`,
            ),
          ]
        : []),
      // The review comes after the last week's summary: no week's hours are left to count.
      ...(isReviewKnot(state.plan[state.sceneIndex]?.knot)
        ? []
        : [h('p', {}, `Hours left this week: ${hoursText(state.hours)} of ${hoursText(state.weekHours)}.`)]),
      ...(trial
        ? [
            h(
              'p',
              { class: 'hint trial-note' },
              'The trial ends with your scene. In a quarter, what is still to come (a change aimed at a level, a consequence written with “later”) lands in the scenes after it, with its reason.',
            ),
            trial,
          ]
        : [button]),
    );
    describeFocus(ending.querySelector('h2'), true);
  };

  /** What caught up with the player as this scene opened, on the meters the player sees. */
  const landedHere = (): Explained[] =>
    arrivals(state, state.sceneIndex)
      .map((e) => ({ ...e, net: e.net.filter((n) => n.target !== 'wellbeing') }))
      .filter((e) => e.net.length);

  /** Draw what caught up with the player as the scene opened; returns it in words, to be read out. */
  const renderArrivals = (): string | null => {
    const landed = landedHere();
    if (!landed.length) {
      arrivals_.replaceChildren();
      return null;
    }
    const misread = landed.filter((e) => e.origin.kind === 'nod');
    const rest = landed.filter((e) => e.origin.kind !== 'nod');
    arrivals_.replaceChildren(
      h(
        'aside',
        { class: 'consequence', 'aria-labelledby': 'arrivals-heading' },
        h('h2', { id: 'arrivals-heading', tabindex: -1 }, 'What catches up with you'),
        misread.length
          ? h(
              'ul',
              { class: 'misreadings' },
              misread.map((e) =>
                h(
                  'li',
                  { class: 'misreading' },
                  h('span', { class: 'misreading-label' }, 'A misunderstanding'),
                  h('span', { class: 'decision-text' }, spokenStop(e.cause)),
                  e.detail ? h('span', { class: 'cause-detail' }, sentence(e.detail)) : null,
                  h('span', { class: 'decision-effects' }, netsText(e.net)),
                ),
              ),
            )
          : null,
        rest.length
          ? h(
              'ul',
              {},
              rest.map((e) => causeItem(e, null, stoppedIn(state, e.changes))),
            )
          : null,
      ),
    );
    const said = (e: Explained): string =>
      [e.origin.kind === 'nod' ? `A misunderstanding: ${e.cause}` : e.cause, e.detail, netsText(e.net)]
        .filter(Boolean)
        .join('. ');
    return `What catches up with you. ${[...misread, ...rest].map(said).join('. ')}.`;
  };

  const update = (next: ViewState): void => {
    state = next;
    // A device each: the step code counts every step, a word asked too, not only the decisions.
    const step = pairPanel.querySelector('.step-code strong');
    if (step && seatOf(state)) step.textContent = stepCodeOf(state);
    const meta = state.plan[state.sceneIndex];
    if (meta) {
      heading.textContent = meta.title;
      // The barrier a scene turns on is named at its end, once the player has met it, not before.
      // The review comes after the last week's summary: it is named by the end it closes, not as a day of that week.
      // The time being there takes comes off the week's hours as the scene opens: said where it is seen.
      const takes = -state.changes
        .filter(
          (c) =>
            c.scene === state.sceneIndex &&
            c.target === 'hours' &&
            !c.delayed &&
            c.decision === null &&
            c.origin.kind === 'scene',
        )
        .reduce((sum, c) => sum + c.delta, 0);
      eyebrow.textContent = isReviewKnot(meta.knot)
        ? `End of the ${runSpan(state.run)}, ${meta.day}`
        : `Week ${state.week}, ${meta.day}${meta.here === false ? ' · Heard second-hand' : ''}${takes > 0 ? ` · takes ${hoursText(takes)} of your week` : ''}`;
    }
    if (sceneShown !== state.sceneIndex) {
      const opening = sceneShown === -1;
      sceneShown = state.sceneIndex;
      lastChoice = null;
      earlierLines.replaceChildren();
      earlierDrawn = [];
      earlier.hidden = true;
      earlier.open = false;
      // A screen reader hears what a sighted player sees as a scene opens: where it is, then what
      // caught up with them, then the first line, as the description of what takes the focus; the
      // meters' changes follow from the announcer.
      const where = meta ? `${eyebrow.textContent}: ${meta.title}.` : '';
      const caught = renderArrivals();
      intro.textContent = [where, caught].filter(Boolean).join(' ');
      unheard = intro.textContent ? ['scene-intro'] : [];
      if (opening && options.revealAll && state.decisions.some((d) => d.scene === state.sceneIndex))
        unheard.push('scene-echo');
    }
    if (state.lines !== shownLines) {
      const before = shownLines;
      const first = before === null;
      shownLines = state.lines;
      // A note about where the scene was picked up has served once the story moves on.
      if (!first) dropNote();
      // Only when shown: a choice's paint is timed on a slow PC, and the attribute set again is a change to style.
      if (!recall.hidden) recall.hidden = true;
      // Back in a scene from the title: the choice the lines follow on from, so the reader knows where they were.
      if (first && options.revealAll)
        lastChoice = state.decisions.filter((d) => d.scene === state.sceneIndex).at(-1)?.text ?? null;
      // The lines a choice answered, and the choice before them, go to "Earlier in this scene": as the
      // game keeps them (so a reload keeps them too), or, in a save from before it did, as this page saw them.
      if (state.earlier) showEarlier(state.earlier);
      else if (before && lastChoice !== null) keepEarlier(before);
      log.replaceChildren();
      explained.replaceChildren();
      choices.replaceChildren();
      ending.replaceChildren();
      echo.hidden = !lastChoice;
      echo.textContent = lastChoice ? echoOf(lastChoice) : '';
      revealed = 0;
      if (first && options.revealAll) {
        // Back from the title: the lines read before leaving, and the rest still behind Continue (every line
        // when this page did not keep how far the player had read).
        const upTo = ctx.reading.readTo(state) ?? state.lines.length;
        while (revealed < upTo) revealNext();
        // Opened past its first line, the scene's head and what caught up with the player are above.
        recall.hidden = revealed <= 1 || !arrivalsHeading();
      } else {
        revealNext();
      }
      if (!first) {
        if (more.hidden) focusChoices();
        else describeFocus(more, false);
      }
    }
    // A word learned while its line is on screen (asked, looked up, put to a partner) reads as learned there at once.
    if (state.unknown !== unknownMarked) {
      unknownMarked = state.unknown;
      for (const b of log.querySelectorAll<HTMLElement>('button.term-unknown')) {
        const id = b.dataset.term ?? '';
        if (!state.unknown.some((u) => u.term === id) && state.known.includes(id))
          b.replaceWith(termButton(b.firstChild?.textContent ?? '', id, true, (x) => explain(x, false)));
      }
    }
    renderControls();
  };
  let unknownMarked: ViewState['unknown'] | null = null;

  let earlierDrawn: readonly { lines: readonly Line[]; chose: string }[] = [];
  /** "Earlier in this scene" as the game keeps it: each batch of lines, after the choice that led to it. */
  const showEarlier = (batches: readonly { lines: readonly Line[]; chose: string }[]): void => {
    // After a choice one batch is added: only it is drawn (a choice's paint is timed on a slow PC).
    const from =
      earlierDrawn.length <= batches.length && earlierDrawn.every((b, i) => batches[i] === b) ? earlierDrawn.length : 0;
    if (from === 0) earlierLines.replaceChildren();
    batches.slice(from).forEach((b, j) => {
      const i = from + j;
      if (i > 0) {
        const chose = batches[i - 1]!.chose;
        const d = state.decisions.find((d) => d.scene === state.sceneIndex && d.text === chose);
        earlierLines.append(h('p', { class: 'echo' }, `${choseAs(d, chose)}: ${chose}`));
      }
      for (const line of b.lines) earlierLines.append(lineElement(line, [], [], noop, noop));
    });
    earlierDrawn = batches;
    const count = earlierLines.querySelectorAll('.line').length;
    earlierCount.textContent = `(${count} line${count === 1 ? '' : 's'})`;
    earlier.hidden = count === 0;
  };

  /** Add the lines shown since the last choice (and that choice) to "Earlier in this scene". */
  const keepEarlier = (lines: readonly Line[]): void => {
    const before = echo.hidden ? null : echo.textContent;
    if (before) earlierLines.append(h('p', { class: 'echo' }, before));
    for (const line of lines.slice(0, revealed)) earlierLines.append(lineElement(line, [], [], noop, noop));
    const count = earlierLines.querySelectorAll('.line').length;
    earlierCount.textContent = `(${count} line${count === 1 ? '' : 's'})`;
    earlier.hidden = count === 0;
  };

  /** Focus lands on the choices' heading, so Enter on the last Continue never picks a choice unread. */
  // With words on screen, their box comes first: asking, looking up or nodding along is decided before a choice.
  const focusChoices = (withLine = true): void => {
    const target = words.hidden ? choices.querySelector('#choices-heading') : words.querySelector('#words-heading');
    if (target instanceof HTMLElement) describeFocus(target, true, withLine);
  };

  more.addEventListener('click', () => {
    // The focus stays on Continue, so the live log says the new line; the scene's opening has been heard.
    if (described === more) describeFocus(null, false);
    revealNext();
    if (more.hidden) {
      if (!choices.hidden) focusChoices();
    }
  });

  const onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
    if (document.querySelector('dialog[open]')) return;
    const agreeing = !handOverPanel.hidden && handOverPanel.querySelector('.agree-options');
    // Up and down move between the choices (from their heading too), as in a list; Enter or Space takes one.
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !choices.hidden) {
      const list = [...choices.querySelectorAll<HTMLButtonElement>('button.choice')];
      const focused = document.activeElement;
      const at = list.findIndex((b) => b === focused);
      const onHeading = focused instanceof HTMLElement && focused.id === 'choices-heading';
      if (at < 0 && !onHeading) return;
      event.preventDefault();
      const next = at < 0 ? 0 : Math.min(list.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
      list[next]?.focus();
      return;
    }
    // A number takes a choice only while the focus is in the scene itself (its lines, the words box, the
    // choices): pressed on the bar's Notebook or Settings, or dictated by speech input with the focus
    // elsewhere, it must not commit a decision that cannot be taken back (WCAG 2.1.4).
    const inScene = document.activeElement instanceof Node && element.contains(document.activeElement);
    if (/^[1-9]$/.test(event.key) && inScene && (!choices.hidden || agreeing)) {
      const from = agreeing || choices;
      const button = from.querySelectorAll('button.choice')[Number(event.key) - 1] as HTMLButtonElement | undefined;
      if (button) {
        event.preventDefault();
        button.click();
      }
    }
  };
  document.addEventListener('keydown', onKey);
  // A phone turned on its side lays the page out again, and the browser can leave it scrolled to the top:
  // the last line shown and the way on (Continue, the choices or the scene's end) are brought back into
  // view. Only when the width changes, since a phone's address bar showing and hiding as the page
  // scrolls changes the height alone.
  let width = window.innerWidth;
  let turned = 0;
  const onResize = (): void => {
    if (window.innerWidth === width) return;
    width = window.innerWidth;
    clearTimeout(turned);
    turned = window.setTimeout(scrollToLatest, 150);
  };
  window.addEventListener('resize', onResize);

  update(state);
  // A note sits just above the controls, in view beside the last line and the choices (a banner at the
  // top of the page would be scrolled past, since a resumed scene opens at its last line).
  const note = (text: string): void => {
    dropNote();
    const box: HTMLElement = h(
      'div',
      { class: 'info-banner scene-note', role: 'note', 'aria-label': 'A note from the game' },
      h('p', {}, text),
      h(
        'button',
        {
          type: 'button',
          class: 'link-button',
          onclick: () => {
            dropNote();
            if (!choices.hidden) focusChoices();
            else describeFocus(more.hidden ? heading : more, false);
          },
        },
        'Dismiss',
      ),
    );
    noteBox = box;
    controls.prepend(box);
    scrollToLatest();
  };

  return {
    element,
    update,
    note,
    focus: () => {
      // A scene opens on its first line; one picked up part-way, on the last line read before leaving; a
      // pair's, part-way through a decision, on the hand-over (whose turn it is), not the scene's top.
      const handOver = handOverPanel.hidden ? null : handOverPanel.querySelector<HTMLElement>('#handover-heading');
      if (!more.hidden) describeFocus(more, true);
      else if (handOver) {
        handOver.focus({ preventScroll: true });
        handOverPanel.scrollIntoView({ block: 'start' });
      } else if (!choices.hidden) focusChoices();
      else describeFocus(heading, true);
    },
    destroy: () => {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('resize', onResize);
      clearTimeout(turned);
      cancelAnimationFrame(scrollPending);
    },
  };
}
