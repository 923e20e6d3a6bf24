/**
 * A pair's run in the debrief (issue 12): where the two proposed different
 * things and what they agreed, and the words the partner explained (what
 * the partner's own knowledge brought to the run).
 */
import type { RunRecord } from '../../engine/read/record.ts';
import { termById } from '../../engine/rules/glossary.ts';
import { dataTable, h, tr } from '../dom.ts';
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
    differed.length
      ? dataTable({
          label: 'Where you differed',
          caption: 'Where you proposed different things, and what you agreed',
          head: ['Decision', `The ${lead} proposed`, `The ${other} proposed`, 'You agreed'],
          rows: differed.map((d) =>
            tr({}, `Week ${d.week}, ${d.sceneTitle}`, d.proposals!.lead, d.proposals!.partner, d.text),
          ),
        })
      : null,
    h('h3', {}, `What the ${other} explained`),
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
