/**
 * Reflection questions (answers typed and kept with the run) and the short
 * self-assessment taken before and after the quarter.
 */
import { REFLECTIONS, SELF_ITEMS, selfChanges, selfEvidence, type ReflectionId } from '../../engine/read/debrief.ts';
import type { RunRecord } from '../../engine/read/record.ts';
import { dataTable, h, tr } from '../dom.ts';
import { signed } from '../format.ts';
import { beforeLeaving } from '../after-paint.ts';

export const AGREE = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'] as const;

/**
 * Questions with a text box each; `save` is called as the player types (debounced), and returns null when
 * the answers are kept in the browser, or why not (storage full or off): said beside them, never "saved".
 */
export function reflectionForm(
  ids: readonly ReflectionId[],
  answers: Readonly<Record<string, string>>,
  save: (answers: Record<string, string>) => string | null,
  first = 1,
): HTMLElement {
  const current: Record<string, string> = { ...answers };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const status = h('p', { class: 'hint', role: 'status' }, '');
  // Only this form's questions are saved: another form on the page keeps its own answers.
  const flush = () => {
    timer = undefined;
    const notKept = save(Object.fromEntries(ids.map((id) => [REFLECTIONS[id].id, current[REFLECTIONS[id].id] ?? ''])));
    status.textContent = notKept ?? 'Saved with this run.';
  };
  // Words typed just before the tab is closed or reloaded are saved then, not lost with the pause they wait for.
  beforeLeaving(() => {
    if (timer === undefined) return;
    clearTimeout(timer);
    flush();
  });
  return h(
    'div',
    { class: 'reflections' },
    ids.map((id, i) => {
      const q = REFLECTIONS[id];
      const boxId = `reflect-${q.id}`;
      // A text box prints cut off at its height; the printout shows the answer as text instead.
      const printed = h('p', { class: 'print-answer', 'aria-hidden': 'true' }, current[q.id] ?? '');
      const box = h('textarea', {
        id: boxId,
        rows: 3,
        maxlength: 5000,
        'data-question': q.id,
        oninput: (e: Event) => {
          current[q.id] = (e.target as HTMLTextAreaElement).value;
          printed.textContent = current[q.id] ?? '';
          status.textContent = '';
          clearTimeout(timer);
          timer = setTimeout(flush, 400);
        },
        onblur: () => {
          clearTimeout(timer);
          flush();
        },
      });
      box.value = current[q.id] ?? '';
      return h(
        'div',
        { class: 'reflection' },
        h('label', { for: boxId }, h('span', { class: 'num' }, `${first + i}. `), q.text),
        box,
        printed,
      );
    }),
    status,
  );
}

/** The self-assessment: one radio group per statement. Calls `done` with the answers when submitted. */
export function selfForm(
  idPrefix: string,
  answers: Readonly<Record<string, number>> | null,
  submitLabel: string,
  done: (answers: Record<string, number>) => void,
): HTMLFormElement {
  const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const form = h(
    'form',
    {
      class: 'self-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const data = new FormData(form);
        const out: Record<string, number> = {};
        for (const item of SELF_ITEMS) {
          const v = Number(data.get(`${idPrefix}-${item.id}`));
          if (v >= 1 && v <= 5) out[item.id] = v;
        }
        const missing = SELF_ITEMS.length - Object.keys(out).length;
        if (missing) {
          error.hidden = false;
          error.textContent = `Please answer every statement (${missing} left), or skip this.`;
          const unanswered = [...form.querySelectorAll('fieldset')].find((f) => !f.querySelector('input:checked'));
          unanswered?.querySelector('input')?.focus();
          return;
        }
        error.hidden = true;
        done(out);
      },
    },
    SELF_ITEMS.map((item) =>
      h(
        'fieldset',
        { class: 'likert' },
        h('legend', {}, item.text),
        AGREE.map((label, i) =>
          h(
            'label',
            {},
            h('input', {
              type: 'radio',
              name: `${idPrefix}-${item.id}`,
              value: i + 1,
              checked: answers?.[item.id] === i + 1,
            }),
            h('span', {}, label),
          ),
        ),
      ),
    ),
    error,
    h('button', { type: 'submit', class: 'primary' }, submitLabel),
  );
  return form;
}

/** Before and after, statement by statement. */
export function selfTable(run: Pick<RunRecord, 'self' | 'decisions' | 'terms' | 'changes' | 'missed'>): HTMLElement {
  const rows = selfChanges(run);
  const evidence = selfEvidence(run);
  const text = (n: number | null) => (n === null ? '—' : `${n} (${AGREE[n - 1]!.toLowerCase()})`);
  return dataTable({
    label: 'Your self-assessment',
    caption: 'Your self-assessment, 1 (strongly disagree) to 5 (strongly agree)',
    className: 'self-table',
    head: ['Statement', 'Before', 'After', 'Change', 'In this run'],
    // A card per row on a phone: five columns of a statement and its counts do not fit.
    stack: true,
    rows: rows.map((r) =>
      tr(
        {},
        r.text,
        text(r.before),
        text(r.after),
        r.before !== null && r.after !== null ? signed(r.after - r.before) : '—',
        h('span', { class: 'muted' }, evidence[r.id] ?? ''),
      ),
    ),
  });
}
