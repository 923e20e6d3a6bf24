/**
 * "Try a scene of your own" (`?workshop=write`): a facilitator writes a local
 * scene in ink (here, or in Inky and opens the file), checks it against the
 * game's story and grammar with every problem named by its line, and plays it
 * in the game as either role (`trial.ts`). The draft is kept in this browser
 * as it is typed; nothing leaves it.
 */
import { download, h } from '../dom.ts';
import { midSentence } from '../format.ts';
import { LEVEL_NAME } from '../workshop/session.ts';
import { AUTHORITY, BARRIERS, DAYS, LEVELS, MOODS, PLACES, ROLES, type Role } from '../../engine/rules/types.ts';
import { CHARACTERS } from '../../engine/rules/characters.ts';
import { ROLE_POST } from '../../engine/rules/prose.ts';
import { SKILLS } from '../../engine/rules/skills.ts';
import type { SceneCheck, SceneProblem } from './compile.ts';
import { runCheck } from './run-check.ts';
import { RUNS } from '../../engine/drive/check.ts';
import { DRAFT_KEY, trialLink, type TrialLevel } from './trial-link.ts';
import example from './example.ink?raw';

/** The tags a scene is written with, in short, from the game's own lists: a facilitator may have no README. */
function tagsInShort(): HTMLElement {
  const row = (tag: string, what: string): HTMLElement => h('li', {}, h('code', {}, tag), ` ${what}`);
  return h(
    'details',
    { class: 'tags-in-short' },
    h('summary', {}, 'The tags, in short'),
    h(
      'ul',
      {},
      row(
        '+ [Words on the button]',
        'a choice; the indented lines under it are what follows. A line starting “-” brings the choices back together. “+ {here} [ … ]” or “+ {role == "manager"} [ … ]” offers a choice only to a player who is there, or only to one role.',
      ),
      row(
        `# title …  # barrier ${BARRIERS.join('|')}  # place ${PLACES.join('|')}  # day ${DAYS[0]}…${DAYS[DAYS.length - 1]}`,
        'on the lines just after the knot: the scene’s header. The barrier is what keeps the two sides apart in it: rank, distance, or words.',
      ),
      row(
        `# speaker okafor ${MOODS.join('|')}`,
        `after a line someone says. The people: ${CHARACTERS.map((c) => `${c.id} (${c.name}, ${midSentence(c.job)})`).join('; ')}. The player speaking is “you”. Narration has no speaker.`,
      ),
      row(
        '# budget -2  # care +1  # trust +1  # trust.clinicians -1  # trust.leaders +1  # trust.executives -1  # trust.okafor +2',
        'under a choice: how far it moves a meter (by 1 to 20; the meters run from 0 to 100). “trust” alone moves every group. Front-line staff (nurses and ward sisters, resident doctors, pharmacists, porters) are “clinicians”, which the clinical director is not; consultants, matrons and the head of nursing are “leaders”; executives and corporate managers are “executives”; one person goes by their name.',
      ),
      row('[Walk over # hours -1]', 'inside a choice’s brackets: the time it takes, shown on the button.'),
      row(
        '# later 2 care +1 why …',
        'under a choice: a consequence that lands two scenes later, with what will have happened by then.',
      ),
      row(
        `# clue ${LEVELS.join('|')}`,
        'on a line that points at where the tension sits. Write it in three variants, each on its own line, as the example does: {pressing:, then - "organisation": …, - "department": …, - else: …, then }.',
      ),
      row(
        `# intervene ${LEVELS.join('|')}`,
        'under a choice that makes a lasting change at that level (a standard, a rota, a post, a process): it pays off if the tension sits there, and if not costs the trust of front-line staff and clinical leaders (and of executives too when it is aimed at the organisation), two scenes later.',
      ),
      row(
        `# authority ${AUTHORITY.clinician.join('|')} (the clinical director)  ·  # authority ${AUTHORITY.manager.join('|')} (the general manager)`,
        'inside the brackets of a choice offered only to that role ({role == "clinician"} or {role == "manager"}): a move only that role’s authority allows. “authority budget” is the right to spend, not a cost: a cost is “# budget -2”.',
      ),
      row(`# skill ${SKILLS.join('|')}`, 'under a choice: the skill the debrief credits it with.'),
      row(
        '{role == "clinician": … | …}  {here: … | …}',
        'within a line: words only the clinical director reads, or the general manager; words for a player who is there, or who hears of it second-hand. For whole lines, put each part on its own line, as the example does.',
      ),
      row('-> scene_end', 'at the end of every path through the scene.'),
    ),
  );
}

export function writePage(storage: Storage | null, location: Pick<Location, 'origin' | 'pathname'>): HTMLElement {
  const readDraft = (): string | null => {
    try {
      return storage?.getItem(DRAFT_KEY) ?? null;
    } catch {
      return null;
    }
  };
  const keepNote = h('p', { class: 'notice notice-warning', role: 'alert', hidden: true });
  const keepDraft = (text: string): void => {
    try {
      if (!storage) throw new Error('no storage');
      storage.setItem(DRAFT_KEY, text);
      keepNote.hidden = true;
    } catch {
      keepNote.hidden = false;
      keepNote.textContent =
        'This browser cannot keep your scene (its storage is full or turned off), and the game can only play what it keeps. Download the scene now so nothing is lost; then free some space or use another browser to play it.';
    }
  };

  const editor = h('textarea', {
    id: 'scene-text',
    class: 'scene-text',
    rows: 22,
    spellcheck: 'false',
    autocapitalize: 'off',
    autocomplete: 'off',
    'aria-describedby': 'scene-text-hint',
  });
  editor.value = readDraft() ?? '';
  let typing: ReturnType<typeof setTimeout> | null = null;
  editor.addEventListener('input', () => {
    results.replaceChildren();
    if (typing) clearTimeout(typing);
    typing = setTimeout(() => keepDraft(editor.value), 400);
  });
  const setText = (text: string, said: string): void => {
    editor.value = text;
    keepDraft(text);
    results.replaceChildren(h('p', { class: 'hint', role: 'status' }, said));
    editor.focus();
    editor.setSelectionRange(0, 0);
    editor.scrollTop = 0;
  };

  const fileInput = h('input', {
    type: 'file',
    accept: '.ink,.txt,text/plain',
    hidden: true,
    'aria-label': 'Your scene’s .ink file',
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    if (file.size > 200_000) {
      results.replaceChildren(
        h(
          'p',
          { class: 'notice notice-warning', role: 'alert' },
          `“${file.name}” is ${Math.round(file.size / 1000)} kB: a scene is a few kilobytes. Your scene here is unchanged.`,
        ),
      );
      return;
    }
    file
      .text()
      .then((text) => replaceWith(text, `Opened “${file.name}”. Check it when you are ready.`))
      .catch(() =>
        results.replaceChildren(
          h(
            'p',
            { class: 'notice notice-warning', role: 'alert' },
            `“${file.name}” could not be read. Your scene here is unchanged.`,
          ),
        ),
      );
  });

  const results = h('div', { class: 'scene-results', 'aria-live': 'polite' });
  // The example or a file replaces what is in the box; what was there is kept while the page is open, and one
  // press brings it back.
  const replaceWith = (text: string, said: string): void => {
    const before = editor.value;
    setText(text, said);
    if (!before.trim() || before === text) return;
    results.replaceChildren(
      h(
        'p',
        { class: 'hint', role: 'status' },
        `${said} What was in the box before is kept while this page is open: `,
        h(
          'button',
          {
            type: 'button',
            class: 'link-button',
            onclick: () => replaceWith(before, 'What you had is back in the box.'),
          },
          'put it back',
        ),
        '.',
      ),
    );
  };
  const useExample = (): void =>
    replaceWith(example, 'The example is in the box: “Out by eleven”, Larch Ward on a Thursday morning.');
  const checkButton = h('button', { type: 'button', class: 'primary' }, 'Check the scene');
  const hereSelect = h(
    'select',
    { id: 'trial-here' },
    h('option', { value: 'there' }, 'there in person'),
    h('option', { value: 'heard' }, 'hearing of it second-hand'),
  );
  const levelSelect = h(
    'select',
    { id: 'trial-level' },
    h('option', { value: 'random' }, 'Drawn at random, as in a quarter'),
    LEVELS.map((l) => h('option', { value: l }, LEVEL_NAME[l])),
  );

  const goToLine = (line: number): void => {
    const lines = editor.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    const end = start + (lines[line - 1]?.length ?? 0);
    editor.focus();
    editor.setSelectionRange(start, end);
    // Long lines wrap in the box: where the line starts is measured on a copy of the box holding the text above it.
    const style = getComputedStyle(editor);
    const mirror = h('div', {
      style: `position:absolute;visibility:hidden;white-space:pre-wrap;overflow-wrap:break-word;box-sizing:border-box;width:${editor.clientWidth}px;padding:${style.padding};font:${style.font};line-height:${style.lineHeight};tab-size:${style.tabSize}`,
    });
    mirror.textContent = `${lines.slice(0, line - 1).join('\n')}\n`;
    document.body.append(mirror);
    const above = line > 1 ? mirror.offsetHeight - parseFloat(style.paddingBottom) : 0;
    mirror.remove();
    editor.scrollTop = Math.max(0, above - editor.clientHeight / 3);
  };

  const problemItem = (p: SceneProblem, lines: string[]): HTMLElement =>
    h(
      'li',
      {},
      p.line !== null
        ? h('button', { type: 'button', class: 'link-button', onclick: () => goToLine(p.line!) }, `Line ${p.line}`)
        : h('strong', {}, 'The file'),
      `: ${p.message}`,
      p.line !== null && lines[p.line - 1]?.trim()
        ? h('code', { class: 'problem-line' }, lines[p.line - 1]!.trim())
        : null,
    );

  const report = (r: SceneCheck, lines: string[], focus: boolean): HTMLElement[] => {
    const errors = r.problems.filter((p) => p.kind === 'error');
    const advice = r.problems.filter((p) => p.kind === 'advice');
    const out: HTMLElement[] = [];
    const heading = h(
      'h2',
      { tabindex: -1, id: 'results-h' },
      errors.length
        ? `${errors.length === 1 ? 'One problem' : `${errors.length} problems`} to mend before it can be played`
        : 'Your scene is ready to play',
    );
    out.push(heading);
    out.push(
      h(
        'p',
        { class: 'hint' },
        `Checked in ${(r.ms / 1000).toFixed(1)} s: compiled with the game’s whole story${
          !r.knots.length
            ? ''
            : r.knots.some((k) => k.report.problems.length)
              ? ', and played in both roles under every hidden level until the problems below showed'
              : `, and played ${RUNS} times in both roles under every hidden level, as the game’s own scenes are`
        }.`,
      ),
    );
    if (errors.length)
      out.push(
        h(
          'ul',
          { class: 'scene-problems' },
          errors.map((p) => problemItem(p, lines)),
        ),
      );
    for (const k of r.knots) {
      const rep = k.report;
      out.push(
        h('h3', {}, `“${k.title}” (${k.knot})`),
        h(
          'table',
          { class: 'scene-figures' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'In one play'),
              ...ROLES.map((r) => h('th', { scope: 'col' }, `the ${ROLE_POST[r]}`)),
            ),
          ),
          h(
            'tbody',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, 'Words read (minutes at 200 a minute)'),
              ...ROLES.map((role) =>
                h(
                  'td',
                  {},
                  `about ${rep.playWords[role].mean} (${Math.max(1, Math.round(rep.playWords[role].mean / 200))} min)`,
                ),
              ),
            ),
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, 'Moves of the role’s own authority'),
              ...ROLES.map((role) => h('td', {}, rep.authority[role].kinds.join(', ') || 'none')),
            ),
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, 'Lines only this role sees'),
              ...ROLES.map((role) => h('td', {}, String(rep.ownLines[role].count))),
            ),
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, 'Words the game may flag to the player as jargon'),
              ...ROLES.map((role) => h('td', {}, rep.flagged[role].terms.join(', ') || 'none')),
            ),
          ),
        ),
        h(
          'p',
          { class: 'hint' },
          `Decisions a play: ${rep.decisions.min === rep.decisions.max ? rep.decisions.min : `${rep.decisions.min}–${rep.decisions.max}`}. Changes aimed at a level: ${rep.interventions.join(', ') || 'none'}. Clues: ${
            Object.entries(rep.clues)
              .filter(([, under]) => under.length)
              .map(([level, under]) => `${level}, shown when the tension is at the ${under.join(' or ')} level`)
              .join('; ') || 'none'
          }.`,
        ),
      );
    }
    if (advice.length)
      out.push(
        h('h3', {}, 'Advice: what the game’s own scenes are held to'),
        h(
          'ul',
          { class: 'scene-problems scene-advice' },
          advice.map((p) => problemItem(p, lines)),
        ),
      );
    if (r.json && r.knots.length) {
      const knotSelect =
        r.knots.length > 1
          ? h(
              'select',
              { id: 'trial-knot' },
              r.knots.map((k) => h('option', { value: k.knot }, `“${k.title}”`)),
            )
          : null;
      const play = (role: Role): void => {
        keepDraft(editor.value);
        if (!keepNote.hidden) return;
        const knot = knotSelect?.value ?? r.knots[0]!.knot;
        window.location.assign(
          trialLink(location, {
            role,
            level: levelSelect.value as TrialLevel,
            knot,
            here: hereSelect.value === 'there',
          }),
        );
      };
      out.push(
        h(
          'section',
          { class: 'trial-panel', 'aria-labelledby': 'trial-h' },
          h('h3', { id: 'trial-h' }, 'Play it in the game'),
          h(
            'p',
            {},
            'Your scene plays as the first scene of a quarter, with the meters as a quarter starts. At its end the game shows what each decision did; what it sets going for later scenes is listed as still to come. The trial is not saved as a game and nothing is sent anywhere; your scene stays in this browser.',
          ),
          knotSelect ? h('p', {}, h('label', { for: 'trial-knot' }, 'Scene '), knotSelect) : null,
          h('p', {}, h('label', { for: 'trial-level' }, 'Where the tension sits (the hidden level): '), levelSelect),
          h('p', {}, h('label', { for: 'trial-here' }, 'The player is '), hereSelect),
          h(
            'div',
            { class: 'actions' },
            ROLES.map((role) =>
              h(
                'button',
                { type: 'button', class: role === 'clinician' ? 'primary' : 'secondary', onclick: () => play(role) },
                `Play as the ${ROLE_POST[role]}`,
              ),
            ),
          ),
        ),
      );
    }
    if (focus) requestAnimationFrame(() => heading.focus());
    return out;
  };

  let checking = false;
  /** Check the box's scene and show what was found; `focus` takes the reader there (not on opening the page). */
  const check = (focus: boolean): void => {
    if (checking) return;
    const text = editor.value;
    if (!text.trim()) {
      results.replaceChildren(
        h(
          'p',
          { class: 'notice notice-info', role: 'status' },
          'There is nothing to check yet: write a scene, open a file, or start from the example.',
        ),
      );
      return;
    }
    checking = true;
    keepDraft(text);
    checkButton.disabled = true;
    results.replaceChildren(
      h(
        'p',
        { class: 'hint', role: 'status' },
        'Checking: your scene is compiled with the game’s whole story and played a few hundred times. This takes a few seconds, longer on a slow computer.',
      ),
    );
    runCheck(text)
      .then((r) => {
        if (
          r.knots.length === 0 &&
          r.problems.length === 1 &&
          r.problems[0]!.line === null &&
          import.meta.env.MODE === 'single'
        ) {
          results.replaceChildren(h('p', { class: 'notice notice-info', role: 'status' }, r.problems[0]!.message));
          return;
        }
        // Typed into since the check began: what it found is no longer about the box.
        if (editor.value !== text) return;
        results.replaceChildren(...report(r, text.replace(/\r\n?/g, '\n').split('\n'), focus));
      })
      .catch(() =>
        results.replaceChildren(
          h(
            'p',
            { class: 'notice notice-warning', role: 'alert' },
            'The checker could not be loaded: the network may have dropped. Your scene is kept in this browser; try again when you are connected.',
          ),
        ),
      )
      .finally(() => {
        checking = false;
        checkButton.disabled = false;
      });
  };
  checkButton.addEventListener('click', () => check(true));
  // Back from a trial, or opened again later: the scene kept here is checked at once, so its figures and its
  // ways to play are there without a press (the reader stays at the page's top).
  if (editor.value.trim()) setTimeout(() => check(false), 0);

  return h(
    'div',
    { class: 'author' },
    h('h1', { tabindex: -1, id: 'write-heading' }, 'Try a scene of your own'),
    h(
      'p',
      { class: 'lede' },
      'Write a scene from your own organisation — a handover, a bed meeting, a clinic that overruns — and play it in the game as either role. Scenes are written in ink, the language of the free Inky editor, with the game’s tags for what each choice does to Budget, Patient care and Trust.',
    ),
    h(
      'p',
      {},
      'Start from the example: it is a whole scene, with a line only each role sees, a move only each role’s authority allows, and a clue to where the tension sits. Change it, check it here (every problem is named by its line), then play it. The tags are below in short; the game’s source code, where your digital team has it, documents them in full (its README, “Writing a scenario”).',
    ),
    tagsInShort(),
    keepNote,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', onclick: () => fileInput.click() }, 'Open an .ink file'),
      fileInput,
      h('button', { type: 'button', class: 'secondary', onclick: () => useExample() }, 'Start from the example'),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => download(editor.value, 'my-scene.ink', 'text/plain;charset=utf-8'),
        },
        'Download this scene',
      ),
    ),
    h('label', { for: 'scene-text', class: 'scene-label' }, 'Your scene, in ink'),
    h(
      'p',
      { id: 'scene-text-hint', class: 'hint' },
      'Kept in this browser as you type (not in private browsing; download it to keep it elsewhere). One knot, a line such as “=== local_handover ===”, holds the scene: start its name with local_ so it cannot clash with the game’s own.',
    ),
    editor,
    h('div', { class: 'actions' }, checkButton),
    results,
  );
}

export type { TrialLevel };
