/**
 * Handing in a result (issue 12), on the player's device: the run as one or
 * more QR codes for the facilitator's camera, a short code to read out or
 * type, and the run file. Nothing is sent anywhere: the result stays on
 * this device until the facilitator collects it, so a dropped wifi loses
 * nothing.
 */
import story from '../../../stories/main.ink';
import type { GameState } from '../../engine/rules/rules.ts';
import { recordOf } from '../../engine/read/record.ts';
import { weeksOf } from '../../engine/rules/quarter.ts';
import { reachedTheEnd, resultOfRecord, summaryOf } from '../../engine/read/room.ts';
import { resultTexts, shortCode } from '../../engine/read/result.ts';
import { downloadRun } from '../archive.ts';
import { h } from '../dom.ts';
import { qrSvg } from './qr.ts';

/** The hand-in panel for the run a state holds (a workshop run, finished or not). */
export function handInPanel(state: GameState, headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement {
  const record = recordOf(state);
  const done = reachedTheEnd(state.screen);
  const result = resultOfRecord(record, story);
  const texts = result ? resultTexts(result) : [];
  const code = shortCode(summaryOf(record, done));
  const stage = h('div', { class: 'handin-qr' });
  const counter = h('p', { class: 'handin-count', 'aria-live': 'polite' });
  let at = 0;
  const showPart = (i: number): void => {
    at = i;
    stage.replaceChildren(
      qrSvg(texts[i]!, texts.length > 1 ? `Result code ${i + 1} of ${texts.length}` : 'Your result as a QR code'),
    );
    counter.textContent = texts.length > 1 ? `Code ${i + 1} of ${texts.length}: show each to the camera.` : '';
    prev.disabled = i === 0;
    next.disabled = i === texts.length - 1;
  };
  const prev = h('button', { type: 'button', class: 'secondary', onclick: () => showPart(at - 1) }, 'Previous code');
  const next = h('button', { type: 'button', class: 'secondary', onclick: () => showPart(at + 1) }, 'Next code');
  const nav = h('div', { class: 'actions', hidden: texts.length < 2 }, prev, next);
  if (texts.length) showPart(0);
  const heading = h(headingLevel, { id: 'handin-h', tabindex: -1 }, 'Hand in your result');
  return h(
    'section',
    { class: 'handin', 'aria-labelledby': 'handin-h' },
    heading,
    h(
      'p',
      {},
      done
        ? 'Show this code to your facilitator: they read it with their laptop’s camera, or photograph your screen.'
        : // At the week's summary and on the plan, the week is over and the next not begun: its number is weeks played.
          `${state.screen === 'plan' || state.screen === 'week' ? `You have played ${state.week} of ${weeksOf(state.run)} weeks` : `You are in week ${state.week} of ${weeksOf(state.run)}`}: you can hand in your result so far now, and again when you finish.`,
    ),
    texts.length
      ? [stage, counter, nav]
      : h(
          'p',
          {},
          'This run was saved by an earlier version of the game, so only the short code below can be handed in.',
        ),
    h(
      'div',
      { class: 'handin-code' },
      // The code straight after the QR, so a phone shows both without scrolling; what each carries after.
      h('p', {}, 'No camera? Read out or type this short code:'),
      h('p', { class: 'short-code', 'aria-label': `Short code: ${code.split('').join(' ')}` }, code),
      h(
        'p',
        { class: 'hint' },
        `${texts.length ? 'The QR code holds your role, the quarter code and the choices you made; the short code only' : 'The short code holds only'} your week, ending and meters and how many of your fixes were aimed where. Your written answers stay here, and nothing is sent over the network: it stays on this device until it is read.`,
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => downloadRun(record),
        },
        'Download the run file',
      ),
      h(
        'p',
        { class: 'hint' },
        'Unlike the QR code and the short code, the run file also holds anything you typed (your reflections and self-assessment): read it before you send it.',
      ),
    ),
    texts.length
      ? h(
          'details',
          { class: 'handin-text' },
          h('summary', {}, 'The result as text (to paste into a chat or an email)'),
          h('textarea', { readonly: true, rows: 4, 'aria-label': 'Your result as text' }, texts.join('\n')),
        )
      : null,
  );
}
