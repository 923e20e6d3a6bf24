/**
 * How the room voted, in the debrief of a projector play-through (issue 12):
 * each decision the room voted on, the hands for every option, and where the
 * room split (no option had three in every five hands).
 */
import type { RunRecord } from '../../engine/read/record.ts';
import { dataTable, h, tr } from '../dom.ts';

/** Where the room split (no option had three in every five hands), said for one count or several. */
export function splitText(splits: number, counted: number): string {
  if (!splits && counted === 1) return 'It did not split: at least three in five hands (60%) went one way.';
  if (!splits) return `At ${counted === 2 ? 'both' : 'every one'}, at least three in five hands (60%) went one way.`;
  if (counted === 1) return 'It split: no option had three in every five hands (60%).';
  return `At ${splits} of them, no option had three in every five hands (60%).`;
}

/** A room split when its most popular option had fewer than three in every five hands. */
export const SPLIT_SHARE = 0.6;

export function votesSection(run: RunRecord): HTMLElement | null {
  const voted = run.decisions.filter((d) => d.votes && d.votes.some((v) => v.hands > 0));
  if (!voted.length) return null;
  const splitOf = (votes: { hands: number }[]): boolean => {
    const total = votes.reduce((s, v) => s + v.hands, 0);
    return total > 0 && Math.max(...votes.map((v) => v.hands)) / total < SPLIT_SHARE;
  };
  const splits = voted.filter((d) => splitOf(d.votes!));
  const all = run.decisions.length;
  const uncounted = all - voted.length;
  return h(
    'div',
    {},
    h(
      'p',
      {},
      `The room counted hands at ${voted.length} of its ${all} decision${all === 1 ? '' : 's'}. ${splitText(splits.length, voted.length)}${uncounted ? ` The other ${uncounted} ${uncounted === 1 ? 'was' : 'were'} taken without a count.` : ''}${splits.length ? ' For one of the splits: what did people on each side of it know, or fear?' : ''}`,
    ),
    dataTable({
      label: 'How the room voted',
      caption: 'Hands for each option, decision by decision',
      head: ['Decision', 'Hands for each option', 'Taken', 'Room'],
      rows: voted.map((d) => {
        const total = d.votes!.reduce((s, v) => s + v.hands, 0);
        return tr(
          splitOf(d.votes!) ? { class: 'vote-split' } : {},
          `Week ${d.week}, ${d.sceneTitle}`,
          h(
            'ul',
            { class: 'vote-list' },
            d.votes!.map((v) => h('li', {}, `${v.text}: ${v.hands} of ${total}`)),
          ),
          d.text,
          splitOf(d.votes!) ? 'Split' : 'Most agreed',
        );
      }),
    }),
  );
}
