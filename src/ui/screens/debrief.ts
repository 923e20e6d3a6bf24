/**
 * The debrief: what was hidden, cause and effect week by week, the decisions
 * that mattered with what every other choice would have done (worked out by
 * replaying the run headless after the page is up), the research behind each,
 * the skills profile and style, a self-assessment and reflection questions,
 * comparisons with other runs, and printing, export and import.
 */
import { CHARACTERS } from '../../engine/characters.ts';
import { decisionViews, keyDecisions, reflectionsFor } from '../../engine/debrief.ts';
import { ReplayError } from '../../engine/game.ts';
import { headline, START_METERS } from '../../engine/meters.ts';
import { ENDING_TITLES, randomSeed, startingPeople } from '../../engine/quarter.ts';
import { parseRuns, recordOf, type RunRecord } from '../../engine/record.ts';
import { rightAndWrong } from '../../engine/rules.ts';
import { TRUST_GROUPS, type Role } from '../../engine/types.ts';
import { whatIfSteps, type WhatIf } from '../../engine/whatif.ts';
import { downloadRuns } from '../archive.ts';
import { alternativesTable, allDecisionsTable, findingNote, keyDecisionCards } from '../debrief/decisions.ts';
import { compareSection } from '../debrief/compare.ts';
import { profileSection } from '../debrief/profile.ts';
import { reflectionForm, selfForm, selfTable } from '../debrief/reflect.ts';
import { timelineSection } from '../debrief/timeline.ts';
import { dataTable, h, tr } from '../dom.ts';
import { ROLE_LABEL, signed, TRUST_GROUP_LABEL } from '../format.ts';
import type { Screen, ScreenContext } from './context.ts';

/** What-ifs already worked out, by run id and length, so coming back to a debrief is instant. */
const worked = new Map<string, Map<number, WhatIf>>();
const workKey = (run: RunRecord) => `${run.run.id}:${run.inputs?.length ?? 0}`;

const OTHER: Record<Role, Role> = { clinician: 'manager', manager: 'clinician' };

const section = (id: string, title: string, ...body: (Node | Node[] | null)[]) =>
  h(
    'section',
    { class: 'debrief-part', id, 'aria-labelledby': `${id}-h` },
    h('h2', { id: `${id}-h`, tabindex: -1 }, title),
    ...body,
  );

const startToEnd = (who: Parameters<typeof tr>[1], from: number, to: number) =>
  tr({}, who, String(from), String(to), signed(to - from));

function revealPart(run: RunRecord): Node[] {
  const aim = rightAndWrong(run);
  const start = START_METERS[run.role];
  const people = startingPeople(run.role);
  const wellbeing = run.meters.wellbeing - start.wellbeing;
  return [
    h(
      'p',
      { class: 'reveal' },
      `In this quarter (code ${run.seed}) the most pressing tension sat at the `,
      h('strong', {}, `${run.pressing} level`),
      `. You aimed ${aim.right} intervention${aim.right === 1 ? '' : 's'} there and ${aim.wrong} elsewhere.`,
    ),
    findingNote('level_wrong'),
    h(
      'p',
      {},
      `Staff wellbeing, hidden while you played, went from ${start.wellbeing} to ${run.meters.wellbeing} (${signed(wellbeing)}). `,
      wellbeing <= -10
        ? 'Worn-out staff are the ones who leave: in the quarter, low wellbeing turned into rota gaps and sickness.'
        : wellbeing >= 5
          ? 'People had a little more left at the end than at the start, which is rarer than it should be.'
          : 'It held roughly steady, which in a winter quarter is not nothing.',
    ),
    findingNote('burnout'),
    h('h3', {}, 'Trust, group by group and person by person'),
    h(
      'div',
      { class: 'two-tables' },
      dataTable({
        label: 'Trust by group',
        caption: 'Trust in you by group',
        head: ['Group', 'Start', 'End', 'Change'],
        rows: TRUST_GROUPS.map((g) => startToEnd(TRUST_GROUP_LABEL[g], start.trust[g], run.meters.trust[g])),
      }),
      dataTable({
        label: 'Trust by person',
        caption: 'Trust in you, person by person',
        head: ['Person', 'Start', 'End', 'Change'],
        rows: CHARACTERS.map((c) =>
          startToEnd([c.name, h('span', { class: 'muted' }, `, ${c.job}`)], people[c.id] ?? 0, run.people[c.id] ?? 0),
        ),
      }),
    ),
  ];
}

export function debriefScreen(ctx: ScreenContext): Screen {
  const game = ctx.game;
  const state = game.state;
  const run = recordOf(state);
  const keptError = ctx.archive.keep(run);
  const views = decisionViews(run);
  const key = keyDecisions(views);
  const replayable = run.inputs !== null;
  const end = headline(run.meters);
  const start = headline(START_METERS[run.role]);
  const heading = h('h1', { tabindex: -1, id: 'debrief-heading' }, 'Debrief');
  const status = h('p', { class: 'debrief-status', role: 'status' });
  const say = (text: string) => {
    status.textContent = text;
    ctx.announcer.say(text);
  };

  const replay = (decision: number) => {
    const error = ctx.replayFrom(decision);
    if (error) say(`That decision cannot be replayed: ${error}.`);
  };
  const actions = replayable ? { replay } : {};

  // Comparisons: refreshed when a run file is imported.
  const compareSlot = h('div', {});
  const renderCompare = () => compareSlot.replaceChildren(compareSection(run, ctx.archive.list()));
  renderCompare();

  // The self-assessment: after the quarter, beside the one taken before (if any).
  const selfSlot = h('div', {});
  const renderSelf = () => {
    const self = game.state.self;
    if (self.after) {
      selfSlot.replaceChildren(
        selfTable(game.state),
        self.before
          ? h('p', { class: 'hint' }, 'A rise is not the point: noticing where you rated yourself differently is.')
          : h(
              'p',
              { class: 'hint' },
              'Next time, take the short self-assessment on the briefing screen too, and see the change.',
            ),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary small',
            onclick: () => {
              game.annotate({ self: { ...game.state.self, after: null } });
              renderSelf();
            },
          },
          'Answer again',
        ),
      );
      return;
    }
    selfSlot.replaceChildren(
      h(
        'p',
        {},
        self.before
          ? 'You answered these six statements before the quarter. Answer them again now and see what changed.'
          : 'Six statements about working across the clinician–manager divide. Optional, and kept only with this run.',
      ),
      selfForm('self-after', null, 'Save my answers', (answers) => {
        game.annotate({ self: { ...game.state.self, after: answers } });
        ctx.archive.keep(recordOf(game.state));
        renderSelf();
        say('Your self-assessment is saved with this run.');
      }),
    );
  };
  renderSelf();

  const fileInput = h('input', {
    type: 'file',
    accept: '.json,application/json',
    id: 'import-runs',
    hidden: true,
    multiple: true,
    onchange: async (e: Event) => {
      // A facilitator can bring in a whole room's files at once.
      const input = e.target as HTMLInputElement;
      const files = [...(input.files ?? [])];
      input.value = '';
      if (!files.length) return;
      const runs: RunRecord[] = [];
      const refused: { name: string; reason: string }[] = [];
      for (const file of files) {
        let text: string;
        try {
          text = await file.text();
        } catch {
          refused.push({ name: file.name, reason: 'it could not be read' });
          continue;
        }
        const parsed = parseRuns(text);
        if (parsed.ok) runs.push(...parsed.runs);
        else refused.push({ name: file.name, reason: parsed.reason });
      }
      const why = refused.map((r) => `${r.name}: ${r.reason}`).join('; ');
      if (!runs.length) {
        say(
          files.length === 1
            ? `That file was not imported: ${refused[0]!.reason}. Nothing was changed.`
            : `None of those files was imported (${why}). Nothing was changed.`,
        );
        return;
      }
      const result = ctx.archive.add(runs);
      renderCompare();
      say(
        [
          `Imported ${result.added} run${result.added === 1 ? '' : 's'}${runs.length > result.added ? ` (${runs.length - result.added} you already had)` : ''}.`,
          result.added ? 'Pick one under “Compare runs”.' : '',
          refused.length ? `Not imported: ${why}.` : '',
          result.error ? `Note: ${result.error}.` : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
    },
  });

  const allDetails = h(
    'details',
    { class: 'all-decisions' },
    h('summary', {}, `Show all ${views.length} decisions`),
    allDecisionsTable(run, views, actions),
  );

  const branchNote = run.run.branchOf
    ? h(
        'p',
        { class: 'notice notice-info' },
        `This is a what-if: a branch that replayed your original run up to decision ${run.run.branchOf.decision + 1} and went another way. The original is kept; compare the two below.`,
      )
    : null;

  const element = h(
    'section',
    { class: 'screen screen-debrief', 'aria-labelledby': 'debrief-heading' },
    h(
      'p',
      { class: 'eyebrow' },
      `${ROLE_LABEL[run.role]} · ${run.ending ? ENDING_TITLES[run.ending] : `Week ${run.week}`} · Quarter ${run.seed}`,
    ),
    heading,
    h(
      'p',
      { class: 'lede' },
      `You finished with Budget ${end.budget}, Patient care ${end.care} and Trust ${end.trust} (from ${start.budget}, ${start.care} and ${start.trust}), after ${run.decisions.length} decisions. `,
      'This page shows why: what moved each meter and when, what your other choices would have done, and what the research says.',
    ),
    branchNote,
    keptError
      ? h('p', { class: 'notice notice-warning' }, `This run could not be kept for comparisons: ${keptError}.`)
      : null,
    status,
    h(
      'nav',
      { class: 'debrief-nav', 'aria-label': 'On this page' },
      h(
        'ol',
        {},
        [
          ['db-reveal', 'What was hidden'],
          ['db-timeline', 'Cause and effect'],
          ['db-decisions', 'Decisions that mattered'],
          ['db-profile', 'Your style and skills'],
          ['db-self', 'Self-assessment'],
          ['db-reflect', 'Questions to take away'],
          ['db-compare', 'Compare runs'],
          ['db-keep', 'Print, export, import'],
        ].map(([id, label]) => h('li', {}, h('a', { href: `#${id}` }, label!))),
      ),
    ),
    section('db-reveal', 'What was hidden', revealPart(run)),
    section(
      'db-timeline',
      'Cause and effect, week by week',
      h(
        'p',
        {},
        'The lines are the meters at the end of each week, with staff wellbeing shown for the first time. The arcs underneath join the week you made a decision to the week its consequences landed.',
      ),
      timelineSection(run),
    ),
    section(
      'db-decisions',
      'The decisions that mattered most',
      h(
        'p',
        {},
        replayable
          ? `The ${key.length} decisions that moved the most or started something. For each, the game replays your quarter to that moment and plays every other choice, so the figures below are computed, not written.`
          : `The ${key.length} decisions that moved the most or started something. This run was saved by an earlier version that did not keep what you did, so its alternatives cannot be replayed.`,
      ),
      keyDecisionCards(run, views, actions),
      h('h3', {}, 'Every decision'),
      allDetails,
    ),
    section('db-profile', 'Your style and skills', profileSection(run)),
    section('db-self', 'Self-assessment', selfSlot),
    section(
      'db-reflect',
      'Questions to take away',
      h(
        'p',
        {},
        'Chosen from what happened in your quarter. Your answers are saved with this run as you type, and go into the printout and the exported file.',
      ),
      reflectionForm(reflectionsFor(run), state.reflections, (answers) => {
        game.annotate({ reflections: answers });
        ctx.archive.keep(recordOf(game.state));
      }),
    ),
    section(
      'db-compare',
      'Compare runs',
      h(
        'p',
        {},
        'Put this run beside a what-if branch, the same quarter played in the other role, or a run someone sent you. The pairing with the other role is the game’s own paired-learning exercise: each of you plays one side, then compare.',
      ),
      compareSlot,
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'primary',
            onclick: () => {
              ctx.archive.keep(recordOf(game.state));
              game.send({ type: 'NEW_GAME' });
              game.send({ type: 'CHOOSE_ROLE', role: OTHER[run.role], seed: run.seed, pairedWith: run.run.id });
            },
          },
          `Play quarter ${run.seed} as the ${ROLE_LABEL[OTHER[run.role]].toLowerCase()}`,
        ),
      ),
    ),
    section(
      'db-keep',
      'Print, export, import',
      h(
        'p',
        {},
        'Print this debrief for a workshop or your portfolio (choose “Save as PDF” in the print dialogue). Export saves the run, with your answers, as a file that later versions of the game can open; import brings back a run file to compare with.',
      ),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, 'Print or save as PDF'),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            onclick: () => {
              const now = recordOf(game.state);
              downloadRuns([now], `common-ground-${now.role}-${now.seed}-${now.run.id.replace(/[^\w.-]/g, '')}.json`);
              say('The run file is downloading.');
            },
          },
          'Export this run',
        ),
        h('button', { type: 'button', class: 'secondary', onclick: () => fileInput.click() }, 'Import a run file'),
        fileInput,
      ),
    ),
    h(
      'div',
      { class: 'actions debrief-actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => {
            ctx.setNextSeed(randomSeed(Math.random, run.pressing));
            game.send({ type: 'NEW_GAME' });
          },
        },
        'Play a quarter where the tension sits elsewhere',
      ),
      h('button', { type: 'button', class: 'secondary', onclick: () => game.send({ type: 'NEW_GAME' }) }, 'New game'),
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => game.send({ type: 'TITLE' }) },
        'Back to the title',
      ),
    ),
  );

  // Printing shows every decision, not only the key ones.
  const openAll = () => (allDetails.open = true);
  window.addEventListener('beforeprint', openAll);

  // The what-ifs, worked out after the page is up, a slice at a time.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const fill = (w: WhatIf) => {
    const slot = element.querySelector<HTMLElement>(`[data-whatif="${w.decision}"]`);
    slot?.replaceChildren(h('h4', {}, 'What each choice would have done'), alternativesTable(w));
  };
  const finish = (error?: string) => {
    for (const slot of element.querySelectorAll<HTMLElement>('[data-whatif]')) {
      if (error)
        slot.replaceChildren(h('p', { class: 'muted' }, `The other choices could not be worked out: ${error}.`));
      else if (!slot.querySelector('table'))
        slot.replaceChildren(h('p', { class: 'muted' }, 'There was no other choice here.'));
    }
    element.dataset.whatifs = error ? 'failed' : 'done';
  };
  const cached = worked.get(workKey(run));
  if (!replayable) {
    finish('this run was saved before the game kept what you did');
  } else if (cached) {
    for (const w of cached.values()) fill(w);
    finish();
  } else {
    const found = new Map<number, WhatIf>();
    let steps: Generator<WhatIf | null> | null = null;
    const work = () => {
      if (stopped) return;
      try {
        steps ??= whatIfSteps(game.headless(), run, new Set(key.map((v) => v.decision.id)));
        const until = performance.now() + 12;
        while (performance.now() < until) {
          const next = steps.next();
          if (next.done) {
            worked.set(workKey(run), found);
            finish();
            ctx.announcer.say(
              `What the other choices would have done is ready for ${found.size} key decision${found.size === 1 ? '' : 's'}.`,
            );
            return;
          }
          if (next.value) {
            found.set(next.value.decision, next.value);
            fill(next.value);
          }
        }
        timer = setTimeout(work, 0);
      } catch (error) {
        finish(error instanceof ReplayError ? error.message : 'the replay stopped unexpectedly');
      }
    };
    timer = setTimeout(work, 30);
  }

  return {
    element,
    focus: () => heading.focus(),
    destroy: () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('beforeprint', openAll);
    },
  };
}
