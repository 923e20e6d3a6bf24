/**
 * A pair's run in the debrief (issue 12): where the two proposed different
 * things and what they agreed, and the words the partner explained (what
 * the partner's own knowledge brought to the run).
 */
import type { RunRecord } from '../../engine/read/record.ts';
import { termById } from '../../engine/rules/glossary.ts';
import { h } from '../dom.ts';
import { ROLE_LABEL } from '../format.ts';

export function pairSection(run: RunRecord): HTMLElement | null {
  const partner = run.run.pair;
  if (!partner) return null;
  const proposed = run.decisions.filter((d) => d.proposals);
  const differed = proposed.filter((d) => d.proposals!.lead !== d.proposals!.partner);
  const leadWon = differed.filter((d) => d.text === d.proposals!.lead).length;
  const partnerWon = differed.filter((d) => d.text === d.proposals!.partner).length;
  const explained = run.terms.filter((t) => t.how === 'from your partner');
  const lead = ROLE_LABEL[run.role].toLowerCase();
  const other = ROLE_LABEL[partner].toLowerCase();
  return h(
    'div',
    {},
    h(
      'p',
      {},
      `You proposed the same thing at ${proposed.length - differed.length} of ${proposed.length} decisions and differed at ${differed.length}. Where you differed, you went with the ${lead}’s proposal ${leadWon} time${leadWon === 1 ? '' : 's'}, the ${other}’s ${partnerWon}, and something else ${differed.length - leadWon - partnerWon}.`,
    ),
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
          `${explained.length} word${explained.length === 1 ? '' : 's'} from the ${other}’s world, learned without spending half an hour asking or nodding along: `,
          explained.map((t) => termById(t.term)?.label ?? t.term).join(', '),
          '.',
        )
      : h('p', {}, `No words were put to the ${other} this time.`),
  );
}
