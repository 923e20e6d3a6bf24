/**
 * Decisions in the debrief: the key ones as cards (what they did at once and
 * later, the finding they relate to, and — once the engine has replayed them —
 * what every other choice would have done), and every decision in a table.
 * Each can be replayed as a "what if?" branch.
 */
import {
  FINDINGS,
  keyDecisions,
  shortSource,
  stoppedShort,
  sumNets,
  type DecisionView,
  type FindingId,
} from '../../engine/read/debrief.ts';
import { characterById } from '../../engine/rules/characters.ts';
import type { Finding } from '../../engine/rules/findings.ts';
import {
  ARC_INFO,
  ENDING_TITLES,
  INTERVENTION,
  missCharge,
  runSpan,
  STRUCTURE_INFO,
} from '../../engine/rules/quarter.ts';
import type { RunRecord } from '../../engine/read/record.ts';
import type { Alternative, Outcome, WhatIf } from '../../engine/read/whatif.ts';
import { HEADLINE_METERS, TRUST_GROUPS, type TrustGroup } from '../../engine/rules/types.ts';
import { dataTable, h, tr } from '../dom.ts';
import {
  askedAgain,
  BARRIER_LABEL,
  hoursText,
  METER_LABEL,
  netsText,
  signed,
  stoppedText,
  TRUST_GROUP_LABEL,
  type RunSpan,
} from '../format.ts';
import { listOf, ordinal } from '../../engine/rules/prose.ts';
import type { InterventionRecord } from '../../engine/rules/rules.ts';

export interface DecisionActions {
  /** Replay from this decision in a branch; absent when the run cannot be replayed. */
  replay?: (decision: number) => void;
}

/** A finding in plain words, with its source. */
/**
 * A study is called a study, one at a time (the game's central lesson rests on one interview study, not a body
 * of research); a practitioner's opinion says so, in plain words.
 */
export const findingLead = (id: FindingId): string => {
  const f: Finding = FINDINGS[id];
  return (
    f.lead ??
    {
      research: 'What a study found: ',
      practice: 'What a programme reports (practice, not a study): ',
      policy: 'What a professional body says (policy, not a study): ',
      opinion: 'A practitioner’s view (opinion, not research): ',
    }[f.kind]
  );
};

export function findingNote(id: FindingId): HTMLElement {
  const f = FINDINGS[id];
  return h(
    'div',
    { class: `finding finding-${f.kind}` },
    h('p', {}, h('strong', {}, findingLead(id)), f.text),
    h('p', { class: 'source' }, `Source: ${f.source}`),
  );
}

function findingBlock(view: DecisionView, seenFor: string | undefined): HTMLElement | null {
  if (!view.finding) return null;
  if (seenFor !== undefined) {
    return h(
      'p',
      { class: 'finding finding-again' },
      h('strong', {}, findingLead(view.finding)),
      `the same as for “${seenFor}”, above (${shortSource(view.finding)}).`,
    );
  }
  return findingNote(view.finding);
}

function extras(o: Outcome, span: RunSpan): string {
  const bits: string[] = [];
  if (o.intervene) {
    // The level's part is said apart from the rest, so a sound change is not read as harmful in itself.
    const moved = HEADLINE_METERS.filter((m) => o.intervene!.moved[m]).map(
      (m) => `${METER_LABEL[m]} ${signed(o.intervene!.moved[m])}`,
    );
    const all = HEADLINE_METERS.every((m) => o.intervene!.moved[m] === o.total[m]);
    const part = !moved.length
      ? ''
      : all
        ? '; all of the totals came from the level'
        : `; of the totals, ${listOf(moved)} came from the level, the rest from the choice itself`;
    bits.push(
      `aimed at the ${o.intervene.level} level (${o.intervene.right ? 'where the tension was' : 'not where the tension was'})${part}`,
    );
  }
  for (const a of o.arcs) bits.push(`starts ${ARC_INFO[a].name.toLowerCase()}`);
  for (const b of o.builds) bits.push(STRUCTURE_INFO[b].name.toLowerCase());
  if (o.hours) bits.push(taken(o.hours));
  if (o.wellbeing) bits.push(`wellbeing ${signed(o.wellbeing)}`);
  const people = Object.entries(o.people).map(([id, n]) => {
    const later = o.peopleLater[id] ?? 0;
    const split = !later ? '' : later === n ? ' later' : ` (${signed(n - later)} at once, ${signed(later)} later)`;
    return `${characterById(id)?.name ?? 'someone'} ${signed(n)}${split}`;
  });
  if (people.length) bits.push(`trust in you: ${people.join(', ')}`);
  if (o.ending) bits.push(`ends the ${span}: ${ENDING_TITLES[o.ending]}`);
  return bits.join('; ') || '—';
}

const cell = (n: number, later: number, label: string) =>
  h(
    'td',
    { class: n > 0 ? 'up' : n < 0 ? 'down' : '', 'data-label': label },
    signed(n),
    later ? h('span', { class: 'muted' }, ` (${signed(n - later)} at once, ${signed(later)} later)`) : null,
  );

/** Hours a choice took, or (leaving early) gave back: a minus sign read as a cost. */
const taken = (hours: number): string => (hours > 0 ? hoursText(hours) : `${hoursText(-hours)} back`);

/** Everything that landed later from one decision, in one line: people summed, weeks as a range. */
export function laterText(v: Pick<DecisionView, 'later'>): string {
  if (v.later.length <= 2) return v.later.map((l) => `week ${l.toWeek} (${l.landed}): ${netsText(l.net)}`).join('; ');
  // Everyone's trust in you is summed into one figure: the names are in the tables.
  const nets = sumNets(v.later.flatMap((l) => l.net.map((n) => (n.target === 'person' ? { ...n, person: '' } : n))));
  const people = nets.find((n) => n.target === 'person')?.delta ?? 0;
  const weeks = v.later.map((l) => l.toWeek);
  // Through netsText, as every list of changes is said: a group's own change beside all three's is said on top.
  const rest = nets.filter((n) => n.target !== 'person');
  const parts = rest.length ? [netsText(rest)] : [];
  if (people) parts.push(`named people’s trust in you ${signed(people)} in all`);
  return `${v.later.length} times, weeks ${Math.min(...weeks)}–${Math.max(...weeks)}: ${parts.join(' · ') || 'no net change'}`;
}

/**
 * What a decision had set going that had not landed when the run ended (a promise's reckoning, a delayed cost):
 * not in the figures, but said, so the debrief does not lose it. Empty when nothing was still due.
 */
export function stillDue(run: Pick<RunRecord, 'pending' | 'run'>, decision: number): string {
  const nets = sumNets(
    run.pending.flatMap((p) =>
      p.decision !== decision
        ? []
        : [
            p.effect.kind === 'person'
              ? { target: 'person' as const, person: p.effect.id, delta: p.effect.delta }
              : { target: p.effect.target, delta: p.effect.delta },
          ],
    ),
  );
  return nets.length ? `still to land when the ${runSpan(run.run)} ended: ${netsText(nets)}` : '';
}

/** The rest a choice did; on a phone, a choice that did nothing else shows no empty row for it. */
const alsoCell = (text: string) =>
  h('td', { class: text === '—' ? 'also nothing-else' : 'also', 'data-label': 'Also' }, text);

/** Why the figures of the choice made are more than really landed in the quarter. */
function landedText(landed: NonNullable<Alternative['landed']>, span: RunSpan): string {
  const why = landed.why
    .map((w) => (w === 'limit' ? 'a meter already at its limit took less' : `the ${span} ended before the rest landed`))
    .join(', and ');
  const moved = HEADLINE_METERS.map((m) => `${METER_LABEL[m]} ${signed(landed.later[m])}`).join(' · ');
  return `In your ${span}, what landed later was ${moved}: ${why}.`;
}

/**
 * Why one group's trust and the Trust column differ: the card above names a group's move ("Trust of
 * executives +7"), the column the headline meter, which is the three groups' rounded average.
 */
export const TRUST_COLUMN_NOTE =
  'Trust is the average of your trust with front-line staff, clinical leaders and executives, rounded, so a change with one group moves it by about a third as much.';

/** What each choice would have done, computed by replaying it. */
export function alternativesTable(w: WhatIf, span: RunSpan = 'quarter'): HTMLElement {
  return dataTable({
    label: `The other choices for decision ${w.decision + 1}`,
    caption: `Every choice you had here, replayed by the game: the total effect, and in brackets what came at once and what landed later (for slow work, what it paid off each week to the end of the ${span})`,
    className: 'alternatives',
    head: ['Choice', ...HEADLINE_METERS.map((m) => METER_LABEL[m]), 'Also'],
    rows: w.alternatives.map((a: Alternative) =>
      tr(
        { class: a.chosen ? 'chosen' : '' },
        [
          a.text,
          a.chosen ? h('strong', { class: 'tag' }, 'Your choice') : null,
          a.landed ? h('span', { class: 'landed' }, landedText(a.landed, span)) : null,
        ],
        ...HEADLINE_METERS.map((m) => cell(a.outcome.total[m], a.outcome.later[m], METER_LABEL[m])),
        alsoCell(extras(a.outcome, span)),
      ),
    ),
  });
}

function replayButton(id: number, actions: DecisionActions, label: string, spoken?: string): HTMLElement | null {
  if (!actions.replay) return null;
  return h(
    'button',
    {
      type: 'button',
      class: 'secondary small',
      'aria-label': spoken ?? null,
      'data-replay': id,
      onclick: () => actions.replay!(id),
    },
    label,
  );
}

/** The key decisions as cards. Each has a slot the what-ifs fill in when they are ready. */
export function keyDecisionCards(
  run: RunRecord,
  views: readonly DecisionView[],
  actions: DecisionActions,
): HTMLElement {
  const picked = keyDecisions(views);
  const shown = new Map<string, number>();
  return h(
    'ol',
    { class: 'key-decisions' },
    picked.map((v) => {
      const d = v.decision;
      const headingId = `decision-${d.id}`;
      const seen = v.finding !== null && shown.has(v.finding);
      if (v.finding && !seen) shown.set(v.finding, d.id);
      return h(
        'li',
        { class: 'decision-card', 'aria-labelledby': headingId },
        h('p', { class: 'eyebrow' }, `Week ${d.week}, ${d.day} · ${d.sceneTitle} · ${BARRIER_LABEL[d.barrier]}`),
        h('h4', { id: headingId }, d.text),
        h(
          'p',
          {},
          h('strong', {}, 'At once: '),
          netsText(v.now),
          v.hours ? ` · ${taken(v.hours)}` : '',
          v.arc ? ` · started ${ARC_INFO[v.arc].name.toLowerCase()}` : '',
          v.build ? ` · ${STRUCTURE_INFO[v.build].name.toLowerCase()}` : '',
        ),
        v.later.length ? h('p', {}, h('strong', {}, 'Later: '), laterText(v)) : null,
        stillDue(run, d.id)
          ? h('p', { class: 'still-due' }, h('strong', {}, 'Not landed: '), stillDue(run, d.id))
          : null,
        d.intervene
          ? h(
              'p',
              {},
              d.intervene === run.pressing
                ? `Aimed at the ${d.intervene} level, where the tension sat, so it landed.`
                : `Aimed at the ${d.intervene} level; the tension sat at the ${run.pressing} level and stayed. ${missedBy(run, d.id)}: the game’s simplification of the study below.`,
            )
          : null,
        findingBlock(v, seen && v.finding ? run.decisions[shown.get(v.finding)!]?.text : undefined),
        h(
          'div',
          { class: 'whatif', 'data-whatif': d.id },
          h('p', { class: 'muted' }, 'Working out what the other choices would have done…'),
        ),
        replayButton(
          d.id,
          actions,
          'What if? Replay from here',
          `What if? Replay from here, decision ${d.id + 1}: ${d.text}`,
        ),
      );
    }),
  );
}

/**
 * Whose trust a change aimed away from the tension cost, as a sentence: front-line staff and clinical leaders, and
 * executives too for a change aimed at the organisation (`MISSED_BY`), less a group that asked for it; for a change
 * made before rules edition 12, every group but the one that asked.
 */
export function missedBy(run: Pick<RunRecord, 'interventions'>, decision: number): string {
  const miss = run.interventions.find((i) => i.decision === decision);
  const charged = miss ? chargedBy(miss) : [...TRUST_GROUPS];
  const lose = `${-INTERVENTION.wrong.trust} trust`;
  const from = charged.length === TRUST_GROUPS.length ? 'every group' : listOf(charged.map(groupLabel));
  const spared = miss && sparedBy(miss);
  return `In this game that takes ${lose} from ${from}, ${INTERVENTION.after} scenes later${spared ? ` (${groupLabel(spared)} had asked for it)` : ''}`;
}

/**
 * The groups whose trust a change aimed away from the tension cost: `MISSED_BY` its level, less the group that asked
 * for it (`charged`); for a change made before rules edition 12, every group but the one that asked.
 */
export function chargedBy(miss: Pick<InterventionRecord, 'asked' | 'charged'>): TrustGroup[] {
  return miss.charged ? [...miss.charged] : TRUST_GROUPS.filter((g) => g !== miss.asked);
}

/** The group that asked for a missed change, where the miss would otherwise have cost it (before edition 12, always). */
function sparedBy(miss: Pick<InterventionRecord, 'asked' | 'charged' | 'level'>): TrustGroup | undefined {
  return miss.charged ? missCharge(miss.level, miss.asked).spared : miss.asked;
}

const groupLabel = (g: TrustGroup): string => TRUST_GROUP_LABEL[g].toLowerCase();

/**
 * What a decision did at once; a meter that stopped at its limit (0 or 100) short of what was asked says so,
 * and so does a change asked for again.
 */
function atOnce(v: DecisionView, run: RunRecord): string {
  // The meters from the view (read group by group from the ledger); one person's trust straight from the changes.
  const stopped = stoppedText(
    [
      ...v.atLimit,
      ...stoppedShort(
        run,
        run.changes.filter((c) => c.decision === v.decision.id && !c.delayed),
        [],
      ),
    ],
    v.now.length > 0,
  );
  const moved = stopped ? `${netsText(v.now)} (${stopped})` : netsText(v.now);
  const first = v.decision.repeats === undefined ? undefined : run.decisions[v.decision.repeats];
  return first ? `${moved}. ${askedAgain(v.decision.week, first, v.decision.text)}` : moved;
}

/** Every decision in one table, by week. */
export function allDecisionsTable(
  run: RunRecord,
  views: readonly DecisionView[],
  actions: DecisionActions,
): HTMLElement {
  return dataTable({
    label: 'Every decision',
    stack: true,
    caption: `All ${views.length} decisions: what each changed at once and later, and the finding it relates to`,
    className: 'decisions',
    head: [
      'Decision',
      'Week',
      'At once',
      'Later',
      'Finding',
      ...(actions.replay ? [h('th', { scope: 'col', class: 'no-print' }, 'What if?')] : []),
    ],
    rows: views.map((v) =>
      tr(
        { 'data-decision': v.decision.id },
        [v.decision.text, h('span', { class: 'muted' }, ` (${v.decision.sceneTitle})`)],
        `${v.decision.week}, ${v.decision.day}`,
        atOnce(v, run),
        [v.later.map((l) => `wk ${l.toWeek}: ${netsText(l.net)}`), stillDue(run, v.decision.id)]
          .flat()
          .filter(Boolean)
          .join('; ') || '—',
        v.finding ? shortSource(v.finding) : '—',
        ...(actions.replay
          ? [
              h(
                'td',
                { class: 'no-print' },
                // One short word in a narrow column (at Larger text "Replay from decision 54" wrapped to four lines);
                // the button's name says which decision.
                replayButton(
                  v.decision.id,
                  actions,
                  'Replay',
                  `Replay from decision ${v.decision.id + 1}: ${v.decision.text}`,
                ),
              ),
            ]
          : []),
      ),
    ),
  });
}

/**
 * Whose trust the run's changes aimed away from the tension cost, after "which the game counts as": every group, or
 * the groups charged, and whether a group that asked was spared.
 */
export function trustLost(run: Pick<RunRecord, 'interventions'>): string {
  const misses = run.interventions.filter((i) => !i.right);
  const groups = TRUST_GROUPS.filter((g) => misses.some((i) => chargedBy(i).includes(g)));
  const spared = misses.some((i) => sparedBy(i));
  const who = groups.length === TRUST_GROUPS.length ? 'every group' : listOf(groups.map(groupLabel));
  return `trust lost from ${who}${spared ? `, though not from a group that had asked for ${misses.length === 1 ? 'that change' : 'one of them'}` : ''}`;
}

/**
 * How the game turns the finding into points: the numbers in the level's cards, said once, and said to be the game's.
 * Whose trust a miss took is said as this run's misses were charged: a run finished before rules edition 12 (its
 * misses carry no `charged`) is told as it was played, every group but one that asked, as its cards tell it.
 */
export function levelRule(run: Pick<RunRecord, 'pressing' | 'interventions'>): string {
  const { right, wrong, after, fullPayoffs } = INTERVENTION;
  const before12 = run.interventions.some((i) => !i.right && !i.charged);
  const whose = before12
    ? 'every group’s trust, as the game counted it when this quarter was played'
    : 'the trust of front-line staff and clinical leaders, and of executives too when it was aimed at the organisation level';
  return `How the game counts it: each change aimed at the ${run.pressing} level added ${right.trust} to each group’s trust and ${right.care} to Patient care, ${after} scenes later (from the ${ordinal(fullPayoffs + 1)} such change on, 1 trust instead: the tension there was already easing); each change aimed elsewhere took ${-wrong.trust} from ${whose}, though never from a group that had asked for it, ${after} scenes later, whatever good it may yet do where it was aimed. A change made in the last ${after} scenes would have landed after the quarter ended, so it moved no meter, though the ending still counts it among the changes aimed at a level. The study reports what people told its researchers and puts no number on it: one fixed figure, and which groups pay it, are the game’s simplification, so that the pattern can show within a quarter.`;
}
