/**
 * A pair's run in the debrief (issue 12): where the two proposed different
 * things, what the partner's role had been told there, and what they agreed;
 * and the words the partner explained (what the partner's own knowledge
 * brought to the run).
 */
import type { RunRecord } from '../../engine/read/record.ts';
import { termById } from '../../engine/rules/glossary.ts';
import { h } from '../dom.ts';
import { ROLE_LABEL, times } from '../format.ts';
import { listOf } from '../../engine/rules/prose.ts';

/** Where a pair proposed the same and where they differed, and whose proposal they went with: one paragraph. */
export function pairSummary(run: Pick<RunRecord, 'role' | 'run' | 'decisions'>): string {
  const partner = run.run.pair ?? run.role;
  const proposed = run.decisions.filter((d) => d.proposals);
  const differed = proposed.filter((d) => d.proposals!.lead !== d.proposals!.partner);
  const leadWon = differed.filter((d) => d.text === d.proposals!.lead).length;
  const partnerWon = differed.filter((d) => d.text === d.proposals!.partner).length;
  const lead = ROLE_LABEL[run.role].toLowerCase();
  const other = ROLE_LABEL[partner].toLowerCase();
  const elsewhere = differed.length - leadWon - partnerWon;
  const went = [
    ...(leadWon ? [`the ${lead}’s proposal ${times(leadWon)}`] : []),
    ...(partnerWon ? [`the ${other}’s proposal ${times(partnerWon)}`] : []),
    ...(elsewhere ? [`something else ${times(elsewhere)}`] : []),
  ];
  return !proposed.length
    ? 'This run kept no proposals of its own to compare.'
    : !differed.length
      ? `You proposed the same thing at ${proposed.length === 1 ? 'the one decision' : `all ${proposed.length} decisions`}. Was that agreement each time, or did one of you go along with the other?`
      : `You proposed the same thing at ${proposed.length - differed.length} of ${proposed.length} decisions and differed at ${differed.length}. Where you differed, you went with ${listOf(went)}.`;
}

export function pairSection(run: RunRecord): HTMLElement | null {
  const partner = run.run.pair;
  if (!partner) return null;
  const differed = run.decisions.filter((d) => d.proposals && d.proposals.lead !== d.proposals.partner);
  const explained = run.terms.filter((t) => t.how === 'from your partner');
  const lead = ROLE_LABEL[run.role].toLowerCase();
  const other = ROLE_LABEL[partner].toLowerCase();
  return h(
    'div',
    {},
    h('p', {}, pairSummary(run)),
    // A card per decision, not a four-column table: it has to read on a phone held between two people.
    differed.length
      ? h(
          'ol',
          { class: 'pair-differed' },
          differed.map((d) =>
            h(
              'li',
              {},
              h('h5', {}, `Week ${d.week}, ${d.sceneTitle}`),
              h(
                'dl',
                {},
                h('dt', {}, `The ${lead} proposed`),
                h('dd', {}, d.proposals!.lead),
                h('dt', {}, `The ${other} proposed`),
                h('dd', {}, d.proposals!.partner),
                // What the partner's role had been told there, which the lead's screen did not say.
                ...(d.proposals!.partnerTold?.length
                  ? [
                      h('dt', {}, `The ${other} had been told`),
                      h(
                        'dd',
                        {},
                        d.proposals!.partnerTold.map((line) => h('p', { class: 'told' }, line)),
                      ),
                    ]
                  : []),
                h('dt', {}, 'You agreed'),
                h('dd', {}, d.text),
              ),
            ),
          ),
        )
      : null,
    h('h4', {}, `What the ${other} explained`),
    explained.length
      ? h(
          'p',
          {},
          `${explained.length} word${explained.length === 1 ? '' : 's'} from the ${other}’s world, explained by your partner: no hours spent, and no trust earned either (asking the person who said it takes half an hour, and warms them to you): `,
          explained.map((t) => termById(t.term)?.label ?? t.term).join(', '),
          '.',
        )
      : h('p', {}, `No words were put to the ${other} this time.`),
  );
}
