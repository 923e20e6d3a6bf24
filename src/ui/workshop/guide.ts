/**
 * The facilitator guide as a page that reads on screen and prints on A4
 * (print CSS in styles.css): the session plan, choosing the level, the
 * quarter codes by level, debrief questions, debriefing with care, the
 * research behind each mechanic and, with a session, the player handout
 * with its join QR code.
 */
import { ENDING_TITLES, ENDINGS } from '../../engine/rules/quarter.ts';
import { LEVELS, WORKSHOP_WEEKS } from '../../engine/rules/types.ts';
import { dataTable, h, tr } from '../dom.ts';
import {
  DEBRIEF_BY_ENDING,
  DEBRIEF_BY_LEVEL,
  GUIDE_INTRO,
  HANDOUT,
  handoutNote,
  handoutSteps,
  PICK_LEVEL,
  RESEARCH,
  RUNNING_IT,
  SESSION_PLAN,
  WITH_CARE,
  type GuideSection,
} from './guide-text.ts';
import { joinCodes } from './qr.ts';
import { RUN_WAYS, runSheet, type RunWay } from './run-sheet.ts';
import { baseUrl, joinTargets, LEVEL_NAME, newSession, type WorkshopSession } from './session.ts';

function section(s: GuideSection): HTMLElement {
  return h(
    'section',
    { class: 'guide-section', id: s.id, 'aria-labelledby': `${s.id}-h` },
    h('h2', { id: `${s.id}-h` }, s.title),
    s.paragraphs.map((p) => h('p', {}, p)),
    s.list
      ? h(
          'ul',
          {},
          s.list.map((item) => h('li', {}, item)),
        )
      : null,
    s.table
      ? dataTable({
          label: s.table.caption,
          caption: s.table.caption,
          head: s.table.head,
          rows: s.table.rows.map(([first, ...rest]) => tr({}, first ?? '', ...rest)),
        })
      : null,
  );
}

/** Three quarter codes for each level, made afresh (any code of the level will do). */
function codesByLevel(): HTMLElement {
  const rows = LEVELS.map((level) =>
    tr({}, LEVEL_NAME[level], Array.from({ length: 3 }, () => newSession(level, 'solo').seed).join(', ')),
  );
  return h(
    'section',
    { class: 'guide-section', id: 'codes', 'aria-labelledby': 'codes-h' },
    h('h2', { id: 'codes-h' }, 'Quarter codes by level'),
    h(
      'p',
      {},
      'Setting up a session picks a code for the level you choose. To run the game without the workshop tools, give the room any one of these codes to type on the role screen: everyone who types the same code plays the same quarter.',
    ),
    dataTable({
      label: 'Quarter codes by level',
      caption: 'Quarter codes by hidden level',
      head: ['Level', 'Codes'],
      rows,
    }),
  );
}

/**
 * The run sheet: clock, what to do, what to say, for the way the room plays (the session's own, or
 * the projector play-through), on one printed page. Without a session, any way can be chosen.
 */
export function runSheetSection(session: WorkshopSession | null, base: string): HTMLElement {
  const body = h('div', { class: 'run-sheet-body' });
  const show = (way: RunWay): void => {
    const sheet = runSheet(way, {
      weeks: session?.weeks ?? WORKSHOP_WEEKS,
      seed: session?.seed ?? null,
      store: Boolean(session?.store),
    });
    body.replaceChildren(
      ...[
        h('h3', {}, sheet.title),
        // On the printed page too, so a lost tab is found again from the sheet in hand.
        session
          ? h(
              'p',
              { class: 'run-sheet-codes' },
              `Session ${session.id} · quarter code ${session.seed}`,
              way === 'room'
                ? ''
                : ` · join codes: ${joinTargets(base, session)
                    .map((t) => (session.mode === 'split' ? `${t.label.replace(/ join here$/, '')} ${t.code}` : t.code))
                    .join('; ')}`,
            )
          : null,
        h('p', {}, sheet.note),
        sheet.rows.length
          ? dataTable({
              label: sheet.title,
              caption: 'The clock from the start, what to do, and what to say aloud',
              head: ['When', 'Do', 'Say'],
              rows: sheet.rows.map((r) =>
                tr({}, r.at, h('span', {}, h('strong', {}, r.title), ` ${r.act}`), r.say ? `“${r.say}”` : ''),
              ),
              className: 'data-table run-sheet-table',
              stack: true,
            })
          : null,
      ].filter((e): e is HTMLElement => e !== null),
    );
  };
  const first: RunWay = session?.mode ?? 'solo';
  show(first);
  return h(
    'section',
    { class: 'guide-section run-sheet', id: 'run-sheet', 'aria-labelledby': 'run-sheet-h' },
    h('h2', { id: 'run-sheet-h' }, 'Run sheet for the day'),
    h(
      'fieldset',
      { class: 'run-way no-print' },
      h('legend', {}, 'How the room plays'),
      h(
        'div',
        { class: 'choice-row' },
        RUN_WAYS.filter((w) => !session || w.way === session.mode || w.way === 'room').map((w) =>
          h(
            'label',
            { class: 'radio' },
            h('input', {
              type: 'radio',
              name: 'run-way',
              value: w.way,
              checked: w.way === first,
              onchange: () => show(w.way),
            }),
            ` ${w.label}`,
            session && w.way === session.mode
              ? h('span', { class: 'hint' }, ` (as session ${session.id} is set up)`)
              : null,
          ),
        ),
      ),
    ),
    body,
    h(
      'div',
      { class: 'actions no-print' },
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => printOnly('run-sheet') },
        'Print the run sheet only',
      ),
    ),
  );
}

/** The one-page player handout; with a session, its join QR code and link. */
export function handout(session: WorkshopSession | null, base: string): HTMLElement {
  return h(
    'section',
    { class: 'guide-section handout', id: 'handout', 'aria-labelledby': 'handout-h' },
    h('h2', { id: 'handout-h' }, HANDOUT.title),
    session
      ? joinCodes(joinTargets(base, session))
      : h('p', { class: 'muted' }, 'Set up a session to print this handout with its join QR code.'),
    h(
      'ol',
      {},
      handoutSteps(session ? { mode: session.mode, weeks: session.weeks, store: Boolean(session.store) } : null).map(
        (s) => h('li', {}, s),
      ),
    ),
    h('p', {}, handoutNote(Boolean(session?.store))),
    h(
      'div',
      { class: 'actions no-print' },
      h('button', { type: 'button', class: 'primary', onclick: () => printOnly('handout') }, 'Print the handout only'),
    ),
  );
}

/**
 * Print the handout (or the run sheet) and nothing else: the rest of the guide names the levels
 * and the quarter codes for each, which would give the room's puzzle away on a handout.
 */
function printOnly(part: 'handout' | 'run-sheet'): void {
  const root = document.documentElement;
  root.dataset.print = part;
  const done = (): void => {
    delete root.dataset.print;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

export function guidePage(
  session: WorkshopSession | null,
  location: Pick<Location, 'origin' | 'pathname'>,
): HTMLElement {
  const base = baseUrl(location);
  const heading = h('h1', { tabindex: -1, id: 'guide-heading' }, 'Facilitator guide');
  return h(
    'div',
    { class: 'guide' },
    heading,
    h('p', { class: 'lede' }, GUIDE_INTRO),
    h(
      'div',
      { class: 'actions no-print' },
      h('button', { type: 'button', class: 'primary', onclick: () => window.print() }, 'Print the guide'),
      h('a', { class: 'button secondary', href: '?workshop=setup' }, 'Set up a session'),
    ),
    h(
      'nav',
      { class: 'guide-contents no-print', 'aria-label': 'Contents' },
      h(
        'ul',
        {},
        [
          ['run-sheet', 'Run sheet for the day'],
          ['plan', 'The 90-minute session'],
          ['pick-level', PICK_LEVEL.title],
          ['codes', 'Quarter codes by level'],
          ['by-level', 'Debrief questions by level'],
          ['by-ending', 'Debrief questions by ending'],
          [WITH_CARE.id, WITH_CARE.title],
          [RUNNING_IT.id, RUNNING_IT.title],
          [RESEARCH.id, RESEARCH.title],
          ['handout', HANDOUT.title],
        ].map(([id, label]) => h('li', {}, h('a', { href: `#${id}` }, label))),
      ),
    ),
    runSheetSection(session, base),
    h(
      'section',
      { class: 'guide-section', id: 'plan', 'aria-labelledby': 'plan-h' },
      h('h2', { id: 'plan-h' }, 'The 90-minute session'),
      dataTable({
        label: 'Session plan',
        caption: 'Brief 10 minutes, play 35, hand in 5, debrief 40',
        head: ['When', 'What', 'How'],
        rows: SESSION_PLAN.map((r) => tr({}, r.minutes, r.title, r.what)),
      }),
    ),
    section(PICK_LEVEL),
    codesByLevel(),
    h(
      'section',
      { class: 'guide-section', id: 'by-level', 'aria-labelledby': 'by-level-h' },
      h('h2', { id: 'by-level-h' }, 'Debrief questions by level'),
      LEVELS.map((level) =>
        h(
          'div',
          {},
          h('h3', {}, LEVEL_NAME[level]),
          h(
            'ol',
            {},
            DEBRIEF_BY_LEVEL[level].map((q) => h('li', {}, q)),
          ),
        ),
      ),
    ),
    h(
      'section',
      { class: 'guide-section', id: 'by-ending', 'aria-labelledby': 'by-ending-h' },
      h('h2', { id: 'by-ending-h' }, 'Debrief questions by ending'),
      ENDINGS.map((e) =>
        h(
          'div',
          {},
          h('h3', {}, DEBRIEF_BY_ENDING[e]?.title ?? ENDING_TITLES[e]),
          h(
            'ol',
            {},
            (DEBRIEF_BY_ENDING[e]?.questions ?? []).map((q) => h('li', {}, q)),
          ),
        ),
      ),
    ),
    section(WITH_CARE),
    section(RUNNING_IT),
    section(RESEARCH),
    handout(session, base),
  );
}
