/**
 * The notebook: who trusts you and why, what people have told you about where
 * the tension sits, and the glossary you have built. A modal dialog opened
 * from the meters bar; everything in it is plain DOM text.
 */
import { CHARACTERS, type Character } from '../engine/rules/characters.ts';
import { clueSource } from './format.ts';
import { TERMS, termById, type Term } from '../engine/rules/glossary.ts';
import {
  disclosureThreshold,
  FORMAL_LEADERS,
  isOpen,
  otherWorldTerms,
  startingPeople,
} from '../engine/rules/quarter.ts';
import { personMoves } from '../engine/read/explain.ts';
import type { ViewState } from '../engine/run/store.ts';
import { TRUST_GROUPS, type Role } from '../engine/rules/types.ts';
import { h } from './dom.ts';
import { signed, times, TRUST_GROUP_LABEL } from './format.ts';
import { rulesHelp, STAKES } from './rules-help.ts';

/** Why a person's trust in you is what it is: the latest moves, the earlier ones in one line, and their group's share; they add up. */
function personHistory(state: ViewState, c: Character, start: number): string[] {
  const { own, withGroup, groupMoves } = personMoves(state.changes, c.id, start, state.people[c.id] ?? start);
  const latest = own.slice(-3).reverse();
  const earlier = own.slice(0, -3);
  const lines = latest.map((ch) => {
    const why =
      ch.decision !== null ? `“${state.decisions[ch.decision]?.text ?? ''}”` : (ch.note ?? 'Something that happened');
    return `${signed(ch.after - ch.before)}: ${why}`;
  });
  if (earlier.length) {
    const sum = earlier.reduce((n, ch) => n + (ch.after - ch.before), 0);
    lines.push(`${signed(sum)}: ${earlier.length} earlier move${earlier.length === 1 ? '' : 's'} of your own`);
  }
  // Ups and downs that cancel are said too: "0" alone, or nothing, read as the rule not applied.
  const { up, down } = groupMoves;
  if (withGroup || (up && down)) {
    lines.push(
      `${signed(withGroup)}: moved with ${TRUST_GROUP_LABEL[c.group].toLowerCase()} as a group${up && down ? ` (up ${times(up)}, down ${times(down)})` : ''}`,
    );
  }
  return lines;
}

/** A glossary's words in alphabetical order, as a reader looks for them. */
const byLabel = (terms: readonly Term[]): Term[] =>
  [...terms].sort((a, b) => a.label.localeCompare(b.label, 'en-GB', { sensitivity: 'base' }));

function termEntry(t: Term): HTMLElement {
  return h(
    'div',
    { class: 'term-entry' },
    h('dt', {}, t.label),
    h(
      'dd',
      {},
      t.meaning,
      t.clinicians
        ? h('span', { class: 'term-sides' }, ` To clinicians: ${t.clinicians} To managers: ${t.managers}`)
        : '',
    ),
  );
}

/** Whether someone talks to you openly, and the trust it takes: more across a wider gap in status. */
function openness(role: Role, c: Character, trust: number): string {
  if ((FORMAL_LEADERS as readonly string[]).includes(c.id))
    return 'Always talks to you, as formal leaders do: what you hear is filtered.';
  const bar = disclosureThreshold(role, c);
  return isOpen(role, c.id, trust)
    ? `Talks to you openly (it takes trust of ${bar}).`
    : `Guarded with you until their trust in you reaches ${bar}: tells you what is safe to say.`;
}

export function notebookContent(state: ViewState): HTMLElement {
  const role = state.role ?? 'clinician';
  const starts = startingPeople(role);
  const people = CHARACTERS.map((c) => {
    const trust = state.people[c.id] ?? 0;
    const start = starts[c.id] ?? trust;
    const history = personHistory(state, c, start);
    return h(
      'li',
      { class: 'person' },
      h('strong', {}, c.name),
      ` — ${c.job}. `,
      h(
        'span',
        { class: 'person-trust' },
        `Trust in you: ${trust}${trust === start ? '' : ` (${start} at the start)`}. `,
      ),
      h('span', {}, openness(role, c, trust)),
      history.length
        ? h(
            'ul',
            { class: 'person-history' },
            history.map((t) => h('li', {}, t)),
          )
        : '',
    );
  });
  const clues = state.clues.map((c) =>
    h(
      'li',
      {},
      h('span', { class: 'clue-when' }, `Week ${c.week}. `),
      h('strong', {}, clueSource(c.speaker, true, state.plan[c.scene]?.title)),
      c.text,
    ),
  );
  const known = (TERMS as readonly Term[]).filter(
    (t) => state.known.includes(t.id) && t.world !== (role === 'clinician' ? 'C' : 'M'),
  );
  const unlocked = state.glossary.map(termById).filter((t): t is Term => Boolean(t));
  // Of those known, the ones learned in this run (asked, looked up, explained by a partner), not known from the start.
  const learned = known.filter((t) => state.terms.some((r) => r.term === t.id && r.how !== 'nodded'));
  const theirs = otherWorldTerms(role);
  // The notebook runs to several screens on a phone: its parts are a press away from its top.
  const parts: [string, string][] = [
    ['nb-trust', 'Trust'],
    ['nb-people', 'People'],
    ['nb-heard', 'What you have heard'],
    ['nb-glossary', 'Glossary'],
    ['nb-rules', 'How it works'],
  ];
  const jump = h(
    'nav',
    { class: 'notebook-parts', 'aria-label': 'Parts of the notebook' },
    parts.map(([id, label]) =>
      h(
        'button',
        {
          type: 'button',
          class: 'link-button',
          onclick: (event: Event) => {
            const target = (event.currentTarget as HTMLElement)
              .closest('.notebook')
              ?.querySelector<HTMLElement>(`#${id}`);
            target?.scrollIntoView({ block: 'start' });
            target?.focus();
          },
        },
        label,
      ),
    ),
  );
  return h(
    'div',
    { class: 'notebook' },
    jump,
    // One level under the dialog's own heading, Notebook.
    h('h3', { id: 'nb-trust', tabindex: -1 }, 'Trust'),
    h(
      'ul',
      { class: 'trust-groups' },
      TRUST_GROUPS.map((g) => h('li', {}, `${TRUST_GROUP_LABEL[g]}: `, h('strong', {}, String(state.meters.trust[g])))),
    ),
    h('h3', { id: 'nb-people', tabindex: -1 }, 'People'),
    h(
      'p',
      { class: 'hint' },
      'Each person tells you the real story once they trust you enough; the wider the gap in status between you, the more trust that takes. Each time a group’s trust in you moves, by however much, each person in it moves 1 point the same way (“moved with … as a group” below).',
    ),
    h('ul', { class: 'people' }, people),
    h('h3', { id: 'nb-heard', tabindex: -1 }, 'What you have heard'),
    clues.length
      ? h('ul', { class: 'clue-list' }, clues)
      : h(
          'p',
          {},
          'Nothing yet that points to where the tension sits. People tell you more when they trust you, and when you are there.',
        ),
    h('h3', { id: 'nb-glossary', tabindex: -1 }, 'Glossary'),
    h(
      'p',
      { class: 'hint' },
      `You know your own side’s words. Of the other side’s, and the ones both sides use differently (${theirs.length} in all), you knew ${known.length - learned.length} from the start${learned.length ? ` and have learned ${learned.length}` : ''}${unlocked.length ? `; ${unlocked.length} more are in your glossary, ready to look up` : ''}. You learn a word by asking what it means, or by looking it up once it is in your glossary; shadowing and paired learning put words there.`,
    ),
    known.length ? h('dl', { class: 'glossary' }, byLabel(known).map(termEntry)) : null,
    // Words in the glossary but not yet looked up: still unknown in a scene until the player looks them up there.
    unlocked.length
      ? [
          h('h4', {}, 'In your glossary, not yet looked up'),
          h(
            'p',
            { class: 'hint' },
            'When one of these comes up in a scene, “Look it up in your glossary” in the words box learns it, free; choosing without it is still a nod.',
          ),
          h('dl', { class: 'glossary glossary-unlocked' }, byLabel(unlocked).map(termEntry)),
        ]
      : null,
    // The briefing's rules, folded there: the meters' lines, the hours and the role's own authority.
    h('h3', { id: 'nb-rules', tabindex: -1 }, 'How it works'),
    h('p', {}, STAKES),
    rulesHelp(state, 'notebook'),
  );
}
