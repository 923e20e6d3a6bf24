/** Two runs side by side: a what-if beside its original, or the other role's run of the same quarter. */
import { atTheirLimit, compareRuns, divergence } from '../../engine/read/debrief.ts';
import { endingInput } from '../../engine/rules/rules.ts';
import { sameChoice } from '../../engine/run/legacy-choices.ts';
import { listOf } from '../../engine/rules/prose.ts';
import { WEEKS, type MeterTarget } from '../../engine/rules/types.ts';
import { ENDING_TITLES, endingWhy, weeksOf } from '../../engine/rules/quarter.ts';
import type { RunRecord } from '../../engine/read/record.ts';
import { dataTable, h, tr } from '../dom.ts';
import { branchPoint, endFrom, midSentence, ROLE_LABEL, signed, TARGET_LABEL } from '../format.ts';

/** How a run is named in a list: role, quarter code, ending, and what it is. */
export function runName(run: RunRecord, current?: RunRecord, imported: ReadonlySet<string> = new Set()): string {
  const what = run.run.branchOf
    ? `what-if from ${branchPoint(run, run.run.branchOf.decision)}`
    : current && run.run.id === current.run.branchOf?.id
      ? 'the original run'
      : run.role !== current?.role && run.seed === current?.seed
        ? 'the other role'
        : imported.has(run.run.id)
          ? 'imported'
          : 'earlier run';
  const ending = run.ending ? ENDING_TITLES[run.ending] : `Stopped in week ${run.week}`;
  // What tells the runs apart comes first: a phone's select shows only the start of the name. A workshop
  // month says so (the code is still the quarter's).
  const length = weeksOf(run.run) < WEEKS ? ', workshop month' : '';
  return `${ending} (${what}), ${ROLE_LABEL[run.role].toLowerCase()}${length}, quarter ${run.seed}`;
}

/** The run this one is most naturally compared with, if the archive has it. */
export function partnerOf(run: RunRecord, archive: readonly RunRecord[]): RunRecord | null {
  const others = archive.filter((r) => r.run.id !== run.run.id);
  return (
    others.find((r) => r.run.id === run.run.branchOf?.id) ??
    others.find((r) => r.run.id === run.run.pairedWith || r.run.pairedWith === run.run.id) ??
    others.find((r) => r.seed === run.seed) ??
    null
  );
}

/**
 * Whose the difference is: the choice where two runs parted alone only when every decision after it was the
 * same (a what-if played on with other choices differs by all of them).
 */
export function afterParting(a: RunRecord, b: RunRecord, parted: number): string {
  // Only decisions both runs made can be the same or differ; one run may have gone on where the other stopped.
  const both = Math.max(0, Math.min(a.decisions.length, b.decisions.length) - parted - 1);
  const on = Math.abs(a.decisions.length - b.decisions.length);
  let differ = 0;
  for (let i = parted + 1; i < parted + 1 + both; i++) {
    const [x, y] = [a.decisions[i]!, b.decisions[i]!];
    // Matched as `divergence` matches them: a choice reworded since, or quoted before quotes were curly, is the same.
    if (!sameChoice(x.text, y.text) || x.sceneTitle !== y.sceneTitle || x.week !== y.week) differ++;
  }
  if (!both && !on) return 'Nothing was decided after it, so the difference below is that choice’s.';
  if (!differ && !on) return 'Every decision after it was the same, so the difference below is that choice’s.';
  const parts: string[] = [];
  if (both)
    parts.push(
      differ
        ? `${differ} of the ${both} later decisions both runs made ${differ === 1 ? 'differs' : 'differ'} too`
        : both === 1
          ? 'the one later decision both runs made was the same'
          : `the ${both} later decisions both runs made were the same`,
    );
  if (on)
    parts.push(
      `${a.decisions.length > b.decisions.length ? 'this run' : 'the other'} went on for ${on} decision${on === 1 ? '' : 's'} more`,
    );
  return `After it, ${parts.join(', but ')}, so the difference below is not that choice’s alone.`;
}

/**
 * Runs that ended in different weeks: in the weeks one ran on, the spirals and pressures went on too, so the ends
 * differ by more than the choices (a what-if that kept an early-ending run going can end lower for it).
 */
export function lastedText(a: RunRecord, b: RunRecord): string | null {
  // A month beside a quarter: neither stopped early; the two lengths play by different rules as well.
  if (weeksOf(a.run) !== weeksOf(b.run)) {
    const month = weeksOf(a.run) < weeksOf(b.run) ? 'This run' : 'The other';
    return `${month} was the four-week workshop month and ${month === 'This run' ? 'the other' : 'this run'} the full eight-week quarter. The quarter has twice the weeks, three visits a week to the month’s two, and long changes that take twice as long to pay off, so the two runs’ figures differ by more than their choices: compare weeks 1 to 4 in each run’s week-by-week table.`;
  }
  // A run still under way (a what-if left part-way) has not ended: its figures are where it stopped.
  const open = [a.ending ? null : 'this run', b.ending ? null : 'the other'].filter((x) => x !== null);
  if (open.length)
    return `${open.length === 2 ? 'Neither run is' : open[0] === 'this run' ? 'This run is not' : 'The other run is not'} finished (${[
      a,
      b,
    ]
      .filter((r) => !r.ending)
      .map((r) => `played to week ${r.week} of ${weeksOf(r.run)}`)
      .join(
        '; ',
      )}): ${open.length === 2 ? 'their' : 'its'} figures are where ${open.length === 2 ? 'they' : 'it'} stopped, not where ${open.length === 2 ? 'they' : 'it'} would end, so compare the weeks both played in each run’s week-by-week table.`;
  if (a.week === b.week) return null;
  const more = Math.abs(a.week - b.week);
  return `This run ${a.week > b.week ? 'lasted' : 'stopped'} ${more} week${more === 1 ? '' : 's'} ${a.week > b.week ? 'longer than' : 'sooner than'} the other (week ${a.week} against week ${b.week}). In the weeks one ran on, its pressures and spirals went on too, so the two runs’ ends differ by more than their choices: compare the weeks in each run’s week-by-week table.`;
}

function lastedNote(a: RunRecord, b: RunRecord): HTMLElement | null {
  const text = lastedText(a, b);
  return text ? h('p', { class: 'hint compare-lasted' }, text) : null;
}

/** Runs with different endings: why each ended as it did, rule by rule, so a line one choice took it over is seen. */
export function endingsText(a: RunRecord, b: RunRecord, imported: ReadonlySet<string> = new Set()): string | null {
  if (a.ending === b.ending || !a.ending || !b.ending) return null;
  // Another player's run (imported) is spoken of as that run, not as "you".
  const theirs = { who: imported.has(b.run.id) ? ('that run' as const) : ('you' as const) };
  return `Why the endings differ. This run, ${ENDING_TITLES[a.ending]}: ${midSentence(endingWhy(endingInput(a)))} The other, ${ENDING_TITLES[b.ending]}: ${midSentence(endingWhy({ ...endingInput(b), ...theirs }))}`;
}

function endingNote(a: RunRecord, b: RunRecord, imported: ReadonlySet<string>): HTMLElement | null {
  const text = endingsText(a, b, imported);
  return text ? h('p', { class: 'hint compare-endings' }, text) : null;
}

/** `current` beside `other`; the difference column is current minus other. */
export function compareTable(
  current: RunRecord,
  other: RunRecord,
  imported: ReadonlySet<string> = new Set(),
): HTMLElement {
  const rows = compareRuns(other, current);
  const related = current.run.branchOf?.id === other.run.id || other.run.branchOf?.id === current.run.id;
  const parted = related ? divergence(other, current) : null;
  const a = current;
  const b = other;
  return h(
    'div',
    { class: 'compare' },
    parted !== null && a.decisions[parted] && b.decisions[parted]
      ? h(
          'p',
          {},
          `The two runs parted in week ${a.decisions[parted]!.week}, at “${a.decisions[parted]!.sceneTitle}”. In the other run: `,
          h('strong', {}, `“${b.decisions[parted]!.text}”`),
          '. In this one: ',
          h('strong', {}, `“${a.decisions[parted]!.text}”`),
          '. ',
          afterParting(a, b, parted),
        )
      : null,
    a.seed !== b.seed
      ? h(
          'p',
          { class: 'hint compare-quarters' },
          `These runs are of different quarters (this one ${a.seed}, the other ${b.seed}). Each quarter hides its own level, and draws for itself which nods along come back as misunderstandings, so a row can differ for reasons no choice made.`,
        )
      : null,
    limitNote(a, b, related),
    lastedNote(a, b),
    endingNote(a, b, imported),
    a.role !== b.role
      ? h(
          'p',
          { class: 'hint compare-starts' },
          'The two roles start from different places, so each meter is given with its change from where its role starts, and the last column compares the changes, not the ends.',
        )
      : null,
    dataTable({
      label: 'The two runs side by side',
      caption: 'The two runs side by side; the difference is this run less the other (for a meter, of its change)',
      className: 'compare-table',
      // A card per row on a phone: four columns did not fit, and the difference was the one cut off.
      stack: true,
      head: ['Measure', 'This run', 'The other run', 'Difference'],
      rows: rows.map((r) => {
        // A meter: where it ended, and how far it moved from its role's start.
        const cell = (end: string, from: number | undefined): string =>
          from === undefined ? end : endFrom(Number(end), from);
        return tr({}, r.label, cell(r.b, r.from?.b), cell(r.a, r.from?.a), r.diff === null ? '' : signed(r.diff));
      }),
    }),
  );
}

/**
 * Where either run asked a meter for more than it could take (0 or 100): there the two can differ by less
 * than the choices that parted them would suggest (a what-if worked out in one run meets the other's limits).
 */
function limitNote(a: RunRecord, b: RunRecord, related: boolean): HTMLElement | null {
  const here = atTheirLimit(a);
  const there = atTheirLimit(b);
  if (!here.length && !there.length) return null;
  const names = (targets: readonly MeterTarget[]): string => listOf(targets.map((t) => TARGET_LABEL[t].toLowerCase()));
  const both = here.filter((t) => there.includes(t));
  const parts = [
    ...(both.length ? [`${names(both)} in both runs`] : []),
    ...(here.some((t) => !both.includes(t)) ? [`${names(here.filter((t) => !both.includes(t)))} in this run`] : []),
    ...(there.some((t) => !both.includes(t)) ? [`${names(there.filter((t) => !both.includes(t)))} in the other`] : []),
  ];
  return h(
    'p',
    { class: 'hint' },
    `A meter stops at 0 and at 100, and some changes met that limit: ${listOf(parts)}. There a choice moved less than it said, so ${related ? 'the runs can differ by less than the choices that parted them would suggest' : 'a run’s figure there is less than its choices added up to'}.`,
  );
}

/** A picker over the kept runs and the table for the one picked. */
export function compareSection(
  current: RunRecord,
  archive: readonly RunRecord[],
  imported: ReadonlySet<string> = new Set(),
): HTMLElement {
  const others = archive.filter((r) => r.run.id !== current.run.id);
  const slot = h('div', { class: 'compare-slot' });
  const show = (id: string) => {
    const other = others.find((r) => r.run.id === id);
    slot.replaceChildren(other ? compareTable(current, other, imported) : h('p', {}, 'Pick a run to compare with.'));
  };
  if (!others.length) {
    return h(
      'p',
      { class: 'compare-empty' },
      'No other run to compare with yet. Replay from a decision, play the same quarter in the other role, or import a run file, and it appears here.',
    );
  }
  const first = partnerOf(current, archive) ?? others[0]!;
  const select = h(
    'select',
    { id: 'compare-with', onchange: (e: Event) => show((e.target as HTMLSelectElement).value) },
    others.map((r) =>
      h('option', { value: r.run.id, selected: r.run.id === first.run.id }, runName(r, current, imported)),
    ),
  );
  show(first.run.id);
  return h('div', {}, h('label', { for: 'compare-with' }, 'Compare this run with '), select, slot);
}
