/**
 * The debrief: what was hidden, cause and effect week by week, the decisions
 * that mattered with what every other choice would have done (worked out by
 * replaying the run headless after the page is up), the research behind each,
 * the skills profile and style, a self-assessment and reflection questions,
 * comparisons with other runs, and printing, export and import.
 */
import { CHARACTERS } from '../../engine/rules/characters.ts';
import {
  decisionViews,
  hiddenCosts,
  keyDecisions,
  misunderstandings,
  reflectionsFor,
  STYLE_TITLES,
  styleLine,
  styleOf,
  trustFromAim,
  listOf,
  staffLines,
  trustStillToLand,
} from '../../engine/read/debrief.ts';
import { ReplayError } from '../../engine/run/replay.ts';
import { headline, START_METERS } from '../../engine/rules/meters.ts';
import { ENDING_TITLES, randomSeed, startingPeople, whyEnded } from '../../engine/rules/quarter.ts';
import { personMoves, setOffBy } from '../../engine/read/explain.ts';
import { parseRuns, recordOf, type RunRecord } from '../../engine/read/record.ts';
import { endingInput, rightAndWrong } from '../../engine/rules/rules.ts';
import { TRUST_GROUPS, type Role } from '../../engine/rules/types.ts';
import { bestWhatIf, whatIfSteps, type WhatIf } from '../../engine/read/whatif.ts';
import { downloadRun, IMPORTED_MAX } from '../archive.ts';
import {
  alternativesTable,
  allDecisionsTable,
  findingNote,
  keyDecisionCards,
  levelRule,
  TRUST_COLUMN_NOTE,
  trustLost,
} from '../debrief/decisions.ts';
import { compareSection, runName } from '../debrief/compare.ts';
import { profileSection } from '../debrief/profile.ts';
import { reflectionForm, selfForm, selfTable } from '../debrief/reflect.ts';
import { timelineSection } from '../debrief/timeline.ts';
import { dataTable, download, h, tr } from '../dom.ts';
import { scoreOf } from '../../platform/scorm-data.ts';
import { handInPanel } from '../workshop/handin.ts';
import { votesSection } from '../debrief/votes.ts';
import { runOfResult } from '../../engine/read/room.ts';
import { readResultText } from '../../engine/read/result.ts';
import { preloadQrReader, qrProblem, readQrFile } from '../workshop/qr.ts';
import story from '../../../stories/main.ink';
import { pairSection } from '../debrief/pair.ts';
import {
  branchPoint,
  headlineMoves,
  METER_LABEL,
  netsText,
  ROLE_LABEL,
  runSpan,
  sentence,
  signed,
  TRUST_GROUP_LABEL,
} from '../format.ts';
import { termById } from '../../engine/rules/glossary.ts';
import { roomPlay, type Screen, type ScreenContext } from './context.ts';

/** What-ifs already worked out, by run id and length, so coming back to a debrief is instant. */
const worked = new Map<string, Map<number, WhatIf>>();
const workKey = (run: RunRecord) => `${run.run.id}:${run.inputs?.length ?? 0}`;

const OTHER: Record<Role, Role> = { clinician: 'manager', manager: 'clinician' };
const HEADLINE = ['budget', 'care', 'trust'] as const;

/** A part of the full debrief: a heading whose button opens and closes it (`open`, as on a `<details>`). */
export type Fold = HTMLElement & { open: boolean };

/**
 * A part of the full debrief, folded until opened (the summary above says the most important things).
 * A real heading holding a button, not a heading inside a `<summary>`: screen readers flatten a
 * summary's content, so JAWS and VoiceOver could not move by heading from part to part. Closed, the
 * body is `hidden="until-found"`, so the browser's find-in-page still finds words in it, and opens it.
 */
const fold = (id: string, title: string, ...body: (Node | Node[] | null)[]): Fold => {
  const content = h('div', { class: 'fold-body', id: `${id}-body` }, ...body);
  const toggle = h(
    'button',
    { type: 'button', class: 'fold-toggle', 'aria-expanded': 'false', 'aria-controls': `${id}-body` },
    title,
  );
  const part = h(
    'div',
    { class: 'debrief-part', id },
    h('h3', { id: `${id}-h`, class: 'fold-heading' }, toggle),
    content,
  );
  const set = (open: boolean): void => {
    if (open) content.removeAttribute('hidden');
    else content.setAttribute('hidden', 'until-found');
    toggle.setAttribute('aria-expanded', String(open));
    part.toggleAttribute('data-open', open);
  };
  set(false);
  toggle.addEventListener('click', () => set(!part.hasAttribute('data-open')));
  content.addEventListener('beforematch', () => set(true));
  return Object.defineProperty(part as unknown as Fold, 'open', {
    get: () => part.hasAttribute('data-open'),
    set: (open: boolean) => set(open),
  });
};

/** One card of the summary. */
const card = (id: string, title: string, ...body: (Node | string | null)[]) =>
  h('section', { class: 'glance-card', id, 'aria-labelledby': `${id}-h` }, h('h3', { id: `${id}-h` }, title), ...body);

/** How many changes were aimed at the pressing level and how many elsewhere, after "At the … level". */
const aimedThere = (aim: { right: number; wrong: number }): string =>
  `. You aimed ${aim.right} change${aim.right === 1 ? '' : 's'} there and ${aim.wrong} elsewhere.`;

type Split = { right: number; wrong: number };

/**
 * What the interventions did to trust, in the run's own figures: points on the Trust meter, and what
 * the rest of the quarter did to it, so the sum closes on the meter's start and end (never a claim
 * that the interventions were all that moved it).
 */
const points = (n: number): string => `${signed(n)} point${Math.abs(n) === 1 ? '' : 's'}`;

function aimNote(
  aim: Split,
  moved: Split,
  due: Split,
  trust: { from: number; to: number; span: string; lost: string },
): string {
  const still = due.right || due.wrong ? ` ${stillToLand(aim, due, trust.span)}` : '';
  const rest = trust.to - trust.from - moved.right - moved.wrong;
  const close = ` Everything else in the ${trust.span} moved it ${signed(rest)}, so Trust went from ${trust.from} to ${trust.to}.`;
  if (aim.right && aim.wrong)
    return `Those aimed there moved the Trust meter ${points(moved.right)}; those aimed elsewhere, ${signed(moved.wrong)}.${close}${still}`;
  if (aim.right)
    return `${aim.right === 1 ? 'That change' : 'Those changes'} moved the Trust meter ${points(moved.right)}.${close}${still}`;
  if (aim.wrong)
    return `Aimed elsewhere, ${aim.wrong === 1 ? 'it' : 'they'} moved the Trust meter ${points(moved.wrong)}. ${aim.wrong === 1 ? 'It' : 'They'} may yet help where ${aim.wrong === 1 ? 'it was' : 'they were'} aimed, but the worst of the tension stayed where it was, which the game counts as ${trust.lost}: the game’s simplification of the study.${close}${still}`;
  return 'You aimed no change at any level, so none moved trust either way.';
}

/** Trust set in motion by the interventions that the quarter ended before it landed. */
function stillToLand(aim: Split, due: Split, span: string): string {
  const parts =
    aim.right && aim.wrong
      ? [
          due.right ? `${signed(due.right)} from those aimed there` : '',
          due.wrong ? `${signed(due.wrong)} from the others` : '',
        ]
      : [signed(due.right + due.wrong)];
  return `Set in motion but never landed, because the ${span} ended first (so not in the figures above): ${listOf(parts.filter(Boolean))}.`;
}

const startToEnd = (who: Parameters<typeof tr>[1], from: number, to: number) =>
  tr({}, who, String(from), String(to), signed(to - from));

function revealPart(run: RunRecord): (Node | Node[] | null)[] {
  const aim = rightAndWrong(run);
  const start = START_METERS[run.role];
  const people = startingPeople(run.role);
  const wellbeing = run.meters.wellbeing - start.wellbeing;
  const staff = staffLines(run);
  return [
    h(
      'p',
      { class: 'reveal' },
      `In this quarter (code ${run.seed}) the most pressing tension sat at the `,
      h('strong', {}, `${run.pressing} level`),
      aimedThere(aim),
    ),
    // The research beside it is about what this run did: aiming elsewhere as often as there, or not.
    findingNote(aim.wrong > 0 && aim.wrong >= aim.right ? 'level_wrong' : 'level_right'),
    h('p', { class: 'hint' }, levelRule(run)),
    h(
      'p',
      {},
      `Staff wellbeing, hidden while you played, went from ${start.wellbeing} to ${run.meters.wellbeing} (${signed(wellbeing)}). `,
      staff.wellbeing,
    ),
    wellbeing <= -4 || run.leavers.length ? findingNote('burnout') : null,
    staff.signedOff ? h('p', {}, staff.signedOff) : null,
    misreadPart(run),
    h('h4', {}, 'Trust, group by group and person by person'),
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
        rows: CHARACTERS.map((c) => {
          const from = people[c.id] ?? 0;
          const to = run.people[c.id] ?? 0;
          const { withGroup } = personMoves(run.changes, c.id, from, to);
          return tr({}, [c.name, h('span', { class: 'muted' }, `, ${c.job}`)], String(from), String(to), [
            signed(to - from),
            withGroup && withGroup !== to - from
              ? h(
                  'span',
                  { class: 'muted' },
                  ` (${signed(withGroup)} with their group, ${signed(to - from - withGroup)} from your own dealings with them)`,
                )
              : withGroup
                ? h('span', { class: 'muted' }, ' (all of it with their group)')
                : '',
          ]);
        }),
      }),
    ),
    h(
      'p',
      { class: 'hint' },
      'Each time a group’s trust in you moves, by however much, each of its people moves 1 point the same way: “with their group” adds up those points, up and down, so it need not match the group’s own change. The rest is your own dealings with each person: choices, visits, scenes you missed, questions asked.',
    ),
    // The groups are the research's (front line, clinical leaders, executives), not the trust board's: a GM reads
    // "Executives" as the board unless told who is in it.
    h(
      'p',
      { class: 'hint trust-groups-who' },
      'Who is in each group here: ',
      TRUST_GROUPS.map(
        (g, i) =>
          `${i ? '; ' : ''}${TRUST_GROUP_LABEL[g].toLowerCase()}, ${listOf(CHARACTERS.filter((c) => c.group === g).map((c) => c.name))}`,
      ).join(''),
      '. Medicine’s consultants count among the clinical leaders, with the medical director, who leads them; its ward sisters, registrars, foundation doctors and clinic booking team among the front line; and medicine’s finance business partner among the executives whose plan he carries.',
    ),
  ];
}

/** Every misunderstanding: the word, where it was nodded at, and what came of it. */
function misreadPart(run: RunRecord): Node[] {
  const all = misunderstandings(run);
  // Nods whose misunderstanding was still on its way when the run ended: not in the figures, but not nothing.
  const coming = [
    ...new Set(
      run.pending.flatMap((p) => (p.origin.kind === 'nod' ? [termById(p.origin.term)?.label ?? p.origin.term] : [])),
    ),
  ];
  const still = coming.length
    ? h(
        'p',
        { class: 'hint' },
        `${coming.length === 1 ? (all.length ? 'One more word' : 'One word') : `${coming.length}${all.length ? ' more' : ''} words`} you nodded along to (${listOf(coming.map((t) => `“${t}”`))}) would have come back as ${coming.length === 1 ? 'a misunderstanding' : 'misunderstandings'} had the ${runSpan(run.run)} run on (not counted in its figures).`,
      )
    : null;
  if (!all.length) return still ? [h('h4', {}, 'Words you nodded along to'), still] : [];
  return [
    h('h4', {}, 'Words you nodded along to'),
    dataTable({
      label: 'Misunderstandings',
      stack: true,
      caption: `${all.length} word${all.length === 1 ? '' : 's'} nodded along to came back as a misunderstanding`,
      head: ['The word', 'Nodded at', 'What came of it', 'What it cost'],
      rows: all.map((m) =>
        tr(
          {},
          `“${termById(m.term)?.label ?? m.term}”`,
          [`Week ${m.nodWeek}, “${m.scene}”`, m.line ? h('span', { class: 'muted' }, `: “${m.line}”`) : ''],
          `Week ${m.landedWeek}: ${m.story}`,
          netsText(m.net),
        ),
      ),
    }),
    ...(still ? [still] : []),
    findingNote('same_word'),
  ];
}

export function debriefScreen(ctx: ScreenContext): Screen {
  const game = ctx.game;
  const state = game.state;
  const run = recordOf(state);
  // A projector play-through: one run for the whole room, voted on, so its debrief speaks to the room.
  const room = roomPlay(ctx);
  const keptError = ctx.archive.keep(run);
  /** Null when the run, with what was just written into it, is in the browser's storage; else what to do. */
  const notStored = (error: string | null, what: string): string | null =>
    ctx.archive.stored(run.run.id)
      ? null
      : `Not saved in this browser (${error ?? 'it is not storing anything'}). To keep ${what}, export this run or print it before you close the tab.`;
  const views = decisionViews(run);
  const key = keyDecisions(views);
  const replayable = run.inputs !== null;
  const end = headline(run.meters);
  const start = headline(START_METERS[run.role]);
  // Every ending names the rule that decided it.
  const endedWhy = run.ending ? whyEnded(endingInput(run), run.ending) : null;
  const heading = h('h1', { tabindex: -1, id: 'debrief-heading' }, 'Debrief');
  const status = h('p', { class: 'debrief-status', role: 'status' });
  /**
   * Tell the player what happened: heard at once, kept at the top, and, for an action far down the page
   * (import, a partner's run), shown `beside` it too, where the eyes are (on a phone, the top is screens away).
   */
  const say = (text: string, beside?: HTMLElement) => {
    status.textContent = text;
    if (beside) {
      beside.textContent = text;
      beside.hidden = false;
    }
    ctx.announcer.say(text);
  };
  /** A message shown beside an action (the announcer already speaks it, so it is no live region of its own). */
  const noteBeside = (): HTMLElement => h('p', { class: 'action-note', hidden: true });
  const keepNote = noteBeside();

  const replay = (decision: number) => {
    const error = ctx.replayFrom(decision);
    if (error) say(`That decision cannot be replayed: ${error}.`);
  };
  const actions = replayable ? { replay } : {};

  // Comparisons: refreshed when a run file is imported.
  const compareSlot = h('div', {});
  const renderCompare = () =>
    compareSlot.replaceChildren(compareSection(run, ctx.archive.list(), ctx.archive.importedIds()));
  renderCompare();

  // The self-assessment: after the quarter, beside the one taken before (if any).
  const selfSlot = h('div', {});
  const renderSelf = () => {
    const self = game.state.self;
    if (self.after) {
      selfSlot.replaceChildren(
        selfTable(game.state),
        self.before
          ? h('p', { class: 'hint' }, 'Look for the statements where your two answers differ.')
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
              selfSlot.querySelector<HTMLElement>('input')?.focus();
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
          ? `You answered these six statements before the ${runSpan(run.run)}. Answer them again now and see what changed.`
          : 'Six statements about working across the clinician–manager divide. Optional, and kept only with this run.',
      ),
      selfForm('self-after', null, 'Save my answers', (answers) => {
        game.annotate({ self: { ...game.state.self, after: answers } });
        const notKept = notStored(ctx.archive.keep(recordOf(game.state)), 'your self-assessment');
        renderSelf();
        // The form the focus was in is gone: the table that replaced it takes it, where the reader was.
        selfSlot.querySelector<HTMLElement>('.table-scroll')?.focus();
        say(notKept ?? 'Your self-assessment is saved with this run.');
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
          keepNote,
        );
        return;
      }
      const result = ctx.archive.add(runs);
      renderCompare();
      // A run is counted once however many times the files hold it.
      const had = new Set(runs.map((r) => r.run.id)).size - result.added - result.notKept;
      const runsText = (n: number): string => `${n} run${n === 1 ? '' : 's'}`;
      say(
        [
          `Imported ${runsText(result.added)}${had > 0 ? ` (${had} you already had)` : ''}.`,
          result.added ? 'Pick one under “Compare runs”.' : '',
          // This browser keeps IMPORTED_MAX imported runs: what did not fit, or made way, is said, never dropped unsaid.
          result.notKept
            ? `${runsText(result.notKept)} in ${files.length === 1 ? 'the file' : 'those files'} ${result.notKept === 1 ? 'was' : 'were'} not kept: this browser keeps ${IMPORTED_MAX} imported runs at a time. Compare these first; importing the same again brings in the rest in their place (your own runs are never pushed out).`
            : '',
          result.letGo
            ? `To make room, ${runsText(result.letGo)} imported earlier ${result.letGo === 1 ? 'was' : 'were'} let go (your own runs are kept).`
            : '',
          refused.length ? `Not imported: ${why}.` : '',
          result.error ? `Note: ${result.error}.` : '',
        ]
          .filter(Boolean)
          .join(' '),
        keepNote,
      );
    },
  });

  /** A partner who played the other role on their own device adds their run here from its result code. */
  function partnerForm(): HTMLElement {
    const box = h('textarea', {
      id: 'partner-result',
      rows: 4,
      spellcheck: 'false',
      'aria-describedby': 'partner-help',
    });
    const note = noteBeside();
    const picture = h('input', { type: 'file', id: 'partner-picture', accept: 'image/*', class: 'sr-only' });
    /** Add a partner's run from its text; false when it was refused (the text is then left to mend). */
    const addText = (text: string): boolean => {
      const read = readResultText(text.toUpperCase());
      if (!read.ok) {
        say(`That result could not be added: ${read.reason}.`, note);
        return false;
      }
      if (read.value.seed !== run.seed) {
        say(
          `That run is of another quarter (${read.value.seed}, not ${run.seed}): compare runs of the same quarter.`,
          note,
        );
        return false;
      }
      const rebuilt = runOfResult(game.headless(), story, read.value);
      if (!rebuilt.ok) {
        say(`That result could not be added: ${rebuilt.reason}.`, note);
        return false;
      }
      const added = ctx.archive.add([rebuilt.run]);
      renderCompare();
      say(
        added.added
          ? `Added: ${runName(rebuilt.run, run)}. It is now beside this run under “Compare runs”.`
          : 'You already have that run: it is in the list under “Compare runs”.',
        note,
      );
      return true;
    };
    picture.addEventListener('change', () => {
      const file = picture.files?.[0];
      picture.value = '';
      if (!file) return;
      void readQrFile(file)
        .then((text) =>
          text === null
            ? say('No QR code could be read in that picture. Try a sharper one, or paste the result text.', note)
            : addText(text),
        )
        .catch((error: unknown) => say(qrProblem(error), note));
    });
    // The reader comes over the network on first use: start fetching it while the player picks a file.
    picture.addEventListener('click', preloadQrReader);
    return h(
      'form',
      {
        class: 'partner-form',
        onsubmit: (event: Event) => {
          event.preventDefault();
          // Refused, the text stays in the box to mend; taken, the box is cleared for the next.
          if (box.value.trim() && addText(box.value.trim())) box.value = '';
        },
      },
      h('h4', {}, 'Your partner played the other role on their own device?'),
      h(
        'p',
        { id: 'partner-help', class: 'hint' },
        'Add their run from its result: a picture of the QR code on their “Hand in your result” panel, or the result text pasted here. The game replays it to put the two runs side by side.',
      ),
      h('label', { for: 'partner-result' }, 'Their result text'),
      box,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'secondary' }, 'Add their run'),
        h('label', { for: 'partner-picture', class: 'button secondary' }, 'Add a picture of their QR code'),
        picture,
      ),
      note,
    );
  }

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
        `This is a what-if: a branch that replayed your original run up to your decision in ${branchPoint(run, run.run.branchOf.decision)} and went another way. The original is kept; compare the two below.`,
      )
    : null;

  // ------------------------------------------------------------ at a glance
  const aim = rightAndWrong(run);
  // The number a learning platform puts in its gradebook, said here so that it is never a surprise (a branch sends none).
  const platformScore = ctx.inPlatform() && !run.run.branchOf ? scoreOf(run) : null;
  const hidden = hiddenCosts(run)[0];
  const offText = hidden?.pushed ? (setOffBy(run, hidden.pushed)?.text ?? null) : null;
  const style = STYLE_TITLES[styleOf(run)];
  const questions = reflectionsFor(run);
  const whatIfSlot = h(
    'p',
    { class: 'muted', 'data-best-whatif': '' },
    replayable
      ? 'Working out what your other choices would have done…'
      : 'This run was saved by an earlier version, so its choices cannot be replayed.',
  );
  const saveAnswers = (answers: Record<string, string>): string | null => {
    game.annotate({ reflections: { ...game.state.reflections, ...answers } });
    return notStored(ctx.archive.keep(recordOf(game.state)), 'your answers');
  };
  // A platform that launched this run offers the way back once the run is complete (it may say so after this is drawn).
  // It is then the one primary action: printing steps back beside it.
  const exitSlot = h('span', { class: 'exit-slot' });
  const printButton = h(
    'button',
    { type: 'button', class: 'primary', onclick: () => printReport('short') },
    'Print a short report',
  );
  const renderExit = (): void => {
    const exit = ctx.exit();
    exitSlot.replaceChildren(
      exit ? h('button', { type: 'button', class: 'primary', onclick: () => exit.run() }, exit.label) : '',
    );
    printButton.className = exit ? 'secondary' : 'primary';
  };
  renderExit();
  const stopHearingExit = ctx.onExit(renderExit);

  const glance = h(
    'section',
    { class: 'debrief-summary', 'aria-labelledby': 'glance-h' },
    h(
      'h2',
      { id: 'glance-h', class: 'sr-only' },
      room ? `The room’s ${runSpan(run.run)} at a glance` : `Your ${runSpan(run.run)} at a glance`,
    ),
    h(
      'div',
      { class: 'glance-grid' },
      card(
        'glance-level',
        'Where the tension sat',
        h('p', {}, 'At the ', h('strong', {}, `${run.pressing} level`), aimedThere(aim)),
        h(
          'p',
          { class: 'glance-note' },
          aimNote(aim, trustFromAim(run), trustStillToLand(run), {
            from: headline(START_METERS[run.role]).trust,
            to: headline(run.meters).trust,
            span: runSpan(run.run),
            lost: trustLost(run),
          }),
        ),
        platformScore === null
          ? null
          : h(
              'p',
              { class: 'glance-note' },
              `Your learning platform records this as a score of ${platformScore} out of 100: of the changes you aimed at a level, the share aimed at the ${run.pressing} level. It is not a pass mark: it counts only where those changes were aimed, not the listening and the decisions around them.`,
            ),
      ),
      card(
        'glance-cost',
        'The biggest hidden cost',
        hidden
          ? h('p', {}, h('strong', {}, hidden.cause))
          : h('p', {}, 'Nothing you did not see coming cost much: what moved, moved in front of you.'),
        hidden?.detail ? h('p', { class: 'glance-note' }, sentence(hidden.detail)) : null,
        hidden
          ? h(
              'p',
              { class: 'decision-effects' },
              `${netsText(hidden.net)} (week${hidden.weeks.length > 1 ? 's' : ''} ${listOf(hidden.weeks.map(String))})`,
            )
          : null,
        // A spiral runs by itself, but something took its meter under the line: named here too.
        offText ? h('p', { class: 'glance-note' }, offText) : null,
      ),
      card('glance-whatif', 'The what-if that would have done most, at no meter’s cost', whatIfSlot),
      card(
        'glance-style',
        room ? 'The room’s style' : 'Your style',
        h('p', {}, h('strong', {}, style.title)),
        h('p', { class: 'glance-note' }, styleLine(style, run.role)),
      ),
    ),
    questions.length
      ? h(
          'div',
          { class: 'glance-question' },
          h('h3', {}, room ? 'A question for the room' : 'One question to take away'),
          reflectionForm(questions.slice(0, 1), state.reflections, saveAnswers),
          // Who will read it decides what people write: said where they write it.
          h(
            'p',
            { class: 'hint no-print' },
            [
              'What you write is kept with this run in this browser and printed in the short report.',
              ctx.inPlatform() ? ' Your learning platform keeps it too, as far as its space allows.' : '',
              run.run.session && !ctx.join()?.room
                ? ' The QR code and short code you hand in leave it out; the run file carries it.'
                : ' Export this run to keep it as a file.',
            ].join(''),
          ),
        )
      : null,
    h(
      'div',
      { class: 'actions glance-actions' },
      exitSlot,
      printButton,
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => {
            ctx.archive.keep(recordOf(game.state));
            game.send({ type: 'NEW_GAME' });
            game.send({
              type: 'CHOOSE_ROLE',
              role: OTHER[run.role],
              seed: run.seed,
              pairedWith: run.run.id,
              ...(run.run.weeks ? { weeks: run.run.weeks } : {}),
            });
          },
        },
        `Play quarter ${run.seed} as the ${ROLE_LABEL[OTHER[run.role]].toLowerCase()}`,
      ),
    ),
  );

  /** Print the short report (the summary and the essentials, a few pages) or the whole debrief. */
  const printReport = (kind: 'short' | 'full') => {
    document.documentElement.dataset.print = kind;
    window.print();
  };
  const afterPrint = () => delete document.documentElement.dataset.print;
  window.addEventListener('afterprint', afterPrint);

  const roomVotes = votesSection(run);
  const pairPart = pairSection(run);
  const element = h(
    'section',
    { class: 'screen screen-debrief', 'aria-labelledby': 'debrief-heading' },
    h(
      'p',
      { class: 'eyebrow' },
      `${ROLE_LABEL[run.role]} · ${run.ending ? ENDING_TITLES[run.ending] : `Week ${run.week}`} · Quarter ${run.seed}`,
    ),
    heading,
    h('p', { class: 'lede' }, headlineMoves(start, end), `, after ${run.decisions.length} decisions.`),
    endedWhy ? h('p', { class: 'lede' }, endedWhy) : null,
    branchNote,
    keptError
      ? h(
          'p',
          { class: 'notice notice-warning' },
          ctx.archive.stored(run.run.id)
            ? `This run is kept for comparisons, but ${keptError}.`
            : `This run could not be kept for comparisons: ${keptError}.`,
        )
      : null,
    ...ctx.archive.damaged().map((d, i) =>
      h(
        'div',
        { class: 'notice notice-warning' },
        h(
          'p',
          {},
          d.key
            ? `A damaged copy of your kept runs was found and set aside (under “${d.key}” in this browser’s storage), not deleted.`
            : 'A damaged copy of your kept runs was found. The browser has no room to set it aside, so it is left where it was and nothing is written over it.',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'link-button',
            onclick: () => download(d.text, `common-ground-damaged-runs-${i + 1}.json`),
          },
          'Download the damaged copy',
        ),
      ),
    ),
    status,
    // In a workshop, handing the result in comes first: the facilitator is waiting for the room's.
    game.state.run.session && !ctx.join()?.room ? h('div', { class: 'no-print' }, handInPanel(game.state)) : null,
    // Where the tension sat first (the ending asked the room for a show of hands on it), then how the room voted,
    // which is what it came to talk about: a vote of thirty rows before it put the answer screens down the wall.
    glance,
    roomVotes
      ? h(
          'section',
          { class: 'room-votes', id: 'db-votes', 'aria-labelledby': 'db-votes-h' },
          h('h2', { id: 'db-votes-h' }, 'How the room voted'),
          roomVotes,
        )
      : null,
    // A pair's disagreements are what they came to talk about: straight after the glance, open, as a room's vote is.
    pairPart ? Object.assign(fold('db-pair', 'The two of you', pairPart), { open: true }) : null,
    h(
      'div',
      { class: 'debrief-more' },
      h('h2', { class: 'more-heading' }, 'The whole debrief'),
      h('p', { class: 'hint no-print' }, 'Each part opens when you choose it.'),
      fold('db-reveal', 'What was hidden', ...revealPart(run)),
      fold(
        'db-timeline',
        'Cause and effect, week by week',
        h(
          'p',
          {},
          'The lines are the meters at the end of each week, with staff wellbeing shown for the first time. Each arc under them gathers the delayed consequences of one week’s decisions that landed in a later week: a solid arc helped, a dashed one hurt and a dotted one did both. How to read its figures is under the chart.',
        ),
        h('p', { class: 'print-short-only' }, 'The chart of the weeks is in the full report.'),
        timelineSection(run),
      ),
      fold(
        'db-decisions',
        'The decisions that mattered most',
        h(
          'p',
          {},
          replayable
            ? `The ${key.length} decisions that moved the most or started something. For each, the game replays your ${runSpan(run.run)} to that moment and plays every other choice, so the figures are computed, not written.`
            : `The ${key.length} decisions that moved the most or started something. This run was saved by an earlier version that did not keep what you did, so its alternatives cannot be replayed.`,
        ),
        h(
          'p',
          { class: 'print-short-only' },
          'What each other choice would have done, worked out by replaying the run, is in the full report.',
        ),
        findingNote('simulation'),
        keyDecisionCards(run, views, actions),
        h('h4', { class: 'every-heading' }, 'Every decision'),
        allDetails,
      ),
      fold('db-profile', room ? 'The room’s style and skills' : 'Your style and skills', profileSection(run)),
      fold('db-self', 'Self-assessment', selfSlot),
      fold(
        'db-reflect',
        'More questions to take away',
        h(
          'p',
          {},
          `Chosen from what happened in your ${runSpan(run.run)}. Your answers are saved with this run as you type, and go into the printout and the exported file.`,
        ),
        reflectionForm(questions.slice(1), state.reflections, saveAnswers, 2),
      ),
      fold(
        'db-compare',
        'Compare runs',
        h(
          'p',
          {},
          'Put this run beside a what-if branch, the same quarter played in the other role, or a run someone sent you. Played beside someone in the other role, this comparison is a taste of paired learning: each of you plays one side, then you compare.',
        ),
        compareSlot,
        partnerForm(),
      ),
      fold(
        'db-keep',
        'Print, export, import',
        h(
          'p',
          {},
          'The short report is the summary above with the week-by-week table, the decisions that mattered, trust by group, the self-assessment and your answers: a few pages. The full report prints every part. Choose “Save as PDF” in the print dialogue for a file. Export saves the run, with your answers, as a file that later versions of the game can open; import brings back run files to compare with.',
        ),
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            { type: 'button', class: 'secondary', onclick: () => printReport('short') },
            'Print a short report',
          ),
          h(
            'button',
            { type: 'button', class: 'secondary', onclick: () => printReport('full') },
            'Print the full report',
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              onclick: () => {
                downloadRun(recordOf(game.state));
                say('The run file is downloading.', keepNote);
              },
            },
            'Export this run',
          ),
          h('button', { type: 'button', class: 'secondary', onclick: () => fileInput.click() }, 'Import run files'),
          fileInput,
        ),
        keepNote,
      ),
    ),
    // Apart from the parts, under a heading of their own: these leave the debrief, where the parts open in place.
    h(
      'section',
      { class: 'debrief-next', 'aria-labelledby': 'db-next-h' },
      h('h2', { id: 'db-next-h' }, 'When you are done'),
      h(
        'p',
        { class: 'hint' },
        'Each of these leaves the debrief. This run is saved in this browser, so a later debrief can set it beside the next one; “Export this run” saves it as a file.',
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
    ),
  );

  // Printing opens what the report needs: everything for the full one; the short one shows a few parts.
  const openAll = () => {
    const full = document.documentElement.dataset.print !== 'short';
    for (const d of element.querySelectorAll<HTMLDetailsElement | Fold>('details, .debrief-part')) {
      if (full || ['db-reveal', 'db-timeline', 'db-decisions', 'db-self', 'db-reflect', 'db-pair'].includes(d.id))
        d.open = true;
    }
    if (!full) allDetails.open = false;
  };
  window.addEventListener('beforeprint', openAll);

  // The what-ifs, worked out after the page is up, a slice at a time.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const fill = (w: WhatIf) => {
    const slot = element.querySelector<HTMLElement>(`[data-whatif="${w.decision}"]`);
    slot?.replaceChildren(
      h('h5', {}, 'What each choice would have done'),
      alternativesTable(w, runSpan(run.run)),
      h('p', { class: 'hint' }, TRUST_COLUMN_NOTE),
    );
  };
  /** The hours the best what-if would have taken beyond the choice made, said beside its gains. */
  const hoursBeside = (hours: number): string =>
    hours === 0
      ? ''
      : `; that choice would have taken ${Math.abs(hours)} ${hours > 0 ? 'more' : 'fewer'} hour${Math.abs(hours) === 1 ? '' : 's'} that week`;
  const showBest = (all: Iterable<WhatIf>) => {
    const best = bestWhatIf(all);
    if (!best) {
      whatIfSlot.replaceChildren(
        'Of the decisions that mattered most, none had another choice that would have done better without costing a meter, taking what it set in motion into account.',
      );
    } else {
      const d = run.decisions[best.decision]!;
      const gains = HEADLINE.map((m) => best.instead.outcome.total[m] - best.chosen.outcome.total[m])
        .map((delta, i) => (delta ? `${METER_LABEL[HEADLINE[i]!]} ${signed(delta)}` : null))
        .filter((x): x is string => x !== null);
      whatIfSlot.replaceChildren(
        h('strong', {}, `Week ${d.week}, “${d.sceneTitle}”: `),
        `had you chosen “${best.instead.text}” instead of “${best.chosen.text}”`,
        h('span', { class: 'decision-effects glance-gain' }, ` ${gains.join(' · ')}`),
        h(
          'span',
          { class: 'glance-note' },
          // A difference, not what the other choice did on its own: "Budget +1" can be a cost it did not have.
          ` more than yours (each the difference between what that choice did, at once and later, and what yours did${hoursBeside(best.hours)}).`,
        ),
      );
    }
    whatIfSlot.classList.remove('muted');
  };
  const finish = (error?: string) => {
    if (error) whatIfSlot.replaceChildren(`Not worked out: ${error}.`);
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
    showBest(cached.values());
    finish();
  } else {
    const found = new Map<number, WhatIf>();
    let steps: Generator<WhatIf | null> | null = null;
    const work = () => {
      if (stopped) return;
      try {
        steps ??= whatIfSteps(game.headless(true), run, new Set(key.map((v) => v.decision.id)));
        const until = performance.now() + 12;
        while (performance.now() < until) {
          const next = steps.next();
          if (next.done) {
            worked.set(workKey(run), found);
            showBest(found.values());
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
        // A run played on an earlier story that no longer replays: none of its decisions can be replayed from here
        // either, so the buttons go, and the reason is said once.
        const changed = error instanceof ReplayError && error.message.startsWith('the story has changed');
        if (changed) for (const button of element.querySelectorAll('[data-replay]')) button.remove();
        finish(
          error instanceof ReplayError
            ? `${error.message}${changed ? ', so its decisions cannot be replayed from here either' : ''}`
            : 'the replay stopped unexpectedly',
        );
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
      stopHearingExit();
      window.removeEventListener('beforeprint', openAll);
      window.removeEventListener('afterprint', afterPrint);
    },
  };
}
