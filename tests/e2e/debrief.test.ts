/**
 * The debrief in the production build: its parts, the what-ifs it works out,
 * replaying from a decision into a branch and comparing, pairing with the
 * other role, export → import, printing, and accessibility at phone widths.
 */
import { describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { Game } from '../../src/engine/run/game.ts';
import { seededRandom } from '../../src/engine/rules/random.ts';
import { autosaveWhere, playOn, STRATEGIES } from '../../src/engine/drive/simulate.ts';
import { ARC_NOTE } from '../../src/ui/debrief/timeline.ts';
import { earlyEndingWhy, ENDING_TITLES } from '../../src/engine/rules/quarter.ts';
import { parseSave } from '../../src/engine/run/save.ts';
import { recordOf, serializeRuns } from '../../src/engine/read/record.ts';
import { STYLE_TITLES } from '../../src/engine/rules/findings.ts';
import {
  continueFrom,
  expectNoAxeViolations,
  heading,
  meters,
  play,
  press,
  screen,
  savedGame,
  useBrowser,
  watchErrors,
} from './browser.ts';
import { saveWhere } from './saves.ts';

const browserFor = useBrowser();
const base = inject('baseURL');
const atEnding = saveWhere('manager', (s) => s.screen === 'ending');

/** A page whose game is at the ending screen of a whole quarter, then opened on the debrief. */
async function debriefPage(
  viewport = { width: 1280, height: 900 },
  archive?: string,
): Promise<{ page: Page; errors: string[] }> {
  const context = await browserFor().newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await continueFrom(page, base, atEnding, archive ? { 'common-ground.runs': archive } : {});
  await press(page, /^See your debrief$/);
  await page.getByRole('heading', { name: 'Debrief', level: 1 }).waitFor();
  await page.locator('.screen-debrief[data-whatifs="done"]').waitFor({ timeout: 60_000 });
  return { page, errors };
}

/** Open every folded part of the debrief, as a reader who wants all of it. */
async function openAll(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll<HTMLElement & { open: boolean }>('.debrief-part')) d.open = true;
  });
}

const number = (text: string): number => Number(text.replace('−', '-'));

/** One alternatives table, read back: choice, meters in all, meters later. */
async function alternatives(page: Page, decision: number) {
  return page.locator(`[data-whatif="${decision}"] tbody tr`).evaluateAll((rows) =>
    rows.map((r) => {
      const cells = [...r.querySelectorAll('td')].slice(0, 3).map((td) => {
        const later = td.querySelector('.muted')?.textContent ?? '';
        const total = (td.firstChild?.textContent ?? '').trim();
        return { total, later: (later.match(/, ([^ ]+) later\)/) ?? [])[1] ?? '0' };
      });
      return {
        text: r.querySelector('th')!.firstChild!.textContent!.trim(),
        chosen: r.classList.contains('chosen'),
        cells,
      };
    }),
  );
}

describe('the debrief', () => {
  it('shows every part, with what-ifs computed for the key decisions and a finding with its source', async () => {
    const { page, errors } = await debriefPage();
    const parts = await page.locator('.debrief-part > h3').allTextContents();
    expect(parts).toEqual([
      'What was hidden',
      'Cause and effect, week by week',
      'The decisions that mattered most',
      'Your style and skills',
      'Self-assessment',
      'More questions to take away',
      'Compare runs',
      'Print, export, import',
    ]);
    // What the interventions did to Trust adds up, with the rest of the quarter, to the meter's start and end.
    const note = (await page.locator('#glance-level .glance-note').textContent())!;
    const figures =
      /meter ([+−-]\d+) points?(?:; those aimed elsewhere, ([+−-]\d+))?.*moved it ([+−-]\d+), so Trust went from (\d+) to (\d+)\./.exec(
        note,
      );
    expect(figures, note).not.toBeNull();
    const num = (s: string | undefined) => Number((s ?? '0').replace('−', '-'));
    expect(num(figures![1]) + num(figures![2]) + num(figures![3])).toBe(num(figures![5]) - num(figures![4]));
    // Folded until opened: a click opens a part.
    expect(await page.locator('.reveal').isVisible()).toBe(false);
    await page.locator('#db-reveal .fold-toggle').click();
    expect(await page.locator('.reveal').isVisible()).toBe(true);
    await openAll(page);
    expect(await page.locator('.reveal').textContent()).toMatch(
      /tension sat at the (organisation|department|practice) level/,
    );
    // What leaves the debrief stands apart from the parts that open in place, and says so.
    const next = page.getByRole('region', { name: 'When you are done' });
    expect(await next.getByRole('button', { name: 'New game' }).count()).toBe(1);
    expect(await next.getByRole('button', { name: 'What was hidden' }).count()).toBe(0);
    // The level cards' points are explained, and said to be the game's simplification of the study.
    expect(await page.locator('#db-reveal-body').textContent()).toMatch(
      /How the game counts it: each change aimed at the \w+ level added 3 to each group’s trust and 1 to Patient care, 2 scenes later \(from the sixth such change on, 1 trust instead.* took 3 from the trust of front-line staff and clinical leaders, and of executives too when it was aimed at the organisation level, though never from a group that had asked for it, 2 scenes later, .* the game’s simplification/,
    );
    // Charts are images with a name, each followed by a table of the same data: the timeline is drawn,
    // the three skills are bars in the page that fit a phone.
    expect(await page.locator('svg.chart[role="img"]').count()).toBe(1);
    expect(await page.locator('figure.skill-bars[role="img"]').getAttribute('aria-label')).toMatch(
      /^Shared-leadership skills used: Understanding \d+, Listening \d+, Communication \d+$/,
    );
    expect(await page.locator('table', { hasText: 'How often you used each skill' }).count()).toBe(1);
    expect(await page.locator('.timeline-wrap table tbody tr').count()).toBe(9);
    const consequences = await page.locator('table.links tbody tr').count();
    expect(Number((await page.locator('table.links caption').textContent())!.match(/^\d+/)![0])).toBe(consequences);
    // The chart's arcs count the same consequences as the table, and say what their numbers are.
    expect(await page.locator('svg.timeline .band-title').textContent()).toMatch(
      new RegExp(`\\(${consequences}( consequences)? in all\\)$`),
    );
    expect(await page.locator('svg.timeline .band-note').textContent()).toBe(ARC_NOTE);
    // Each arc names each meter's own points; budget, care and trust points are never added together, and a
    // meter its consequences moved both ways shows both ("C+3−2").
    const arcLabels = await page.locator('svg.timeline .arc-label').allTextContents();
    expect(arcLabels.length).toBeGreaterThan(0);
    const move = '[BCT](?:\\+\\d+−\\d+|[+−]\\d+)';
    for (const label of arcLabels) expect(label).toMatch(new RegExp(`^${move}( ${move})*$`));
    // In a contrast theme (Windows' dark one here), which does not recolour SVG, the chart's words take
    // the theme's text colour, and a dialog, drawn by a shadow the theme removes, has an edge.
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    const themed = await page.evaluate(() => ({
      text: getComputedStyle(document.body).color,
      fills: [...document.querySelectorAll('svg.timeline text')].map((t) => getComputedStyle(t).fill),
    }));
    expect(themed.fills.length).toBeGreaterThan(10);
    expect(new Set(themed.fills)).toEqual(new Set([themed.text]));
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => getComputedStyle(d).borderTopWidth)).not.toBe('0px');
    await page.keyboard.press('Escape');
    await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
    // Key decisions: each has a finding with a source and a table of computed alternatives with one marked.
    const cards = page.locator('.decision-card');
    const n = await cards.count();
    expect(n).toBeGreaterThanOrEqual(4);
    expect(n).toBeLessThanOrEqual(8);
    let findings = 0;
    for (let i = 0; i < n; i++) {
      const card = cards.nth(i);
      // A finding where the decision relates to one, never more than one.
      findings += await card.locator('.finding').count();
      expect(await card.locator('.finding').count()).toBeLessThanOrEqual(1);
      const tables = await card.locator('table.alternatives').count();
      if (tables) {
        expect(await card.locator('table.alternatives tr.chosen').count()).toBe(1);
        // Beside a group's move named above, the Trust column says what it is.
        expect(await card.locator('.whatif .hint').textContent()).toMatch(/^Trust is the average of your trust with/);
      } else expect(await card.locator('.whatif').textContent()).toContain('no other choice');
    }
    expect(findings).toBeGreaterThan(0);
    expect(await page.locator('.finding .source').first().textContent()).toMatch(/^Source: \w+/);
    // Said once: the lead says a practitioner's view is opinion, so its source does not say it again.
    expect(await page.locator('.finding .source', { hasText: 'opinion' }).count()).toBe(0);
    // Opinion is called opinion, and no source shows an internal id.
    for (const lead of await page.locator('.finding-opinion strong').allTextContents())
      expect(lead).toMatch(/opinion, not research/);
    expect(await page.locator('main').textContent()).not.toMatch(/seed \d{3}/i);
    // The title earned is one of the written ones (this run aims mostly at the wrong level).
    expect(Object.values(STYLE_TITLES).map((t) => t.title)).toContain(await page.locator('.style-title').textContent());
    expect(await page.locator('.reflection textarea').count()).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('replays from a key decision into a branch: the what-if figure is what playing it does, and the runs compare', async () => {
    const { page, errors } = await debriefPage();
    await openAll(page);
    // The last key decision whose table offers another choice that moves the meters at once.
    const ids = await page
      .locator('.decision-card [data-whatif]')
      .evaluateAll((els) =>
        els.filter((e) => e.querySelector('table')).map((e) => Number((e as HTMLElement).dataset.whatif)),
      );
    let pick: { decision: number; text: string; now: number[] } | null = null;
    for (const id of ids.reverse()) {
      const alt = (await alternatives(page, id)).find((a) => !a.chosen);
      if (alt) {
        pick = { decision: id, text: alt.text, now: alt.cells.map((c) => number(c.total) - number(c.later)) };
        break;
      }
    }
    expect(pick).not.toBeNull();
    const { decision, text, now } = pick!;
    await page.locator(`button[data-replay="${decision}"]`).first().click();
    await page.locator('section[aria-label="Choices"]:not([hidden]) button').first().waitFor();
    // The top bar, always in view, says a what-if is being played and leads to the way back.
    await page.getByRole('button', { name: /^What-if branch/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Back to the debrief');
    await expectNoAxeViolations(page, 'a what-if branch, its mark and banner showing');
    const before = await meters(page);
    await page.locator('section[aria-label="Choices"] button', { hasText: text }).first().click();
    await page.waitForTimeout(50);
    const after = await meters(page);
    expect([
      after['Budget']! - before['Budget']!,
      after['Patient care']! - before['Patient care']!,
      after['Trust']! - before['Trust']!,
    ]).toEqual(now);

    await play(page, { pick: () => 0, until: async () => (await heading(page)) === 'Debrief' });
    await page.locator('.screen-debrief[data-whatifs="done"]').waitFor({ timeout: 60_000 });
    await openAll(page);
    // Named as the player met it (week, day and scene), not by a decision number nothing in play shows.
    expect(await page.locator('.notice-info').textContent()).toMatch(/up to your decision in week \d, \w+day, “[^”]+”/);
    // The original is kept, and is what the branch is compared with.
    const kept = JSON.parse((await page.evaluate(() => localStorage.getItem('common-ground.runs')))!);
    expect(kept.runs).toHaveLength(2);
    expect(kept.runs[0].run.branchOf).toEqual({ id: kept.runs[1].run.id, decision });
    expect(await page.locator('#compare-with option:checked').textContent()).toContain('the original run');
    expect(await page.locator('.compare').textContent()).toMatch(
      /The two runs parted in week \d, at “[^”]+”\. In the other run: /,
    );
    // Played on with the first choice each time, the branch differs later too: the gap is not that choice's alone.
    expect(await page.locator('.compare').textContent()).toMatch(
      /After it, .+, so the difference below is not that choice’s alone\./,
    );
    expect(await page.locator('.compare-table tbody tr').count()).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('pairs with the same quarter in the other role and compares the two side by side', async () => {
    // The clinician's run of the same quarter, played in Node, stands in the archive.
    const save = JSON.parse(atEnding);
    const game = new Game({ story: compileInk('stories/main.ink').json!, random: seededRandom(2) });
    game.send({ type: 'NEW_GAME' });
    game.send({ type: 'CHOOSE_ROLE', role: 'clinician', seed: save.state.seed, pairedWith: save.state.run.id });
    game.send({ type: 'BEGIN' });
    expect(playOn(game, STRATEGIES.diagnose!, seededRandom(4), (g) => g.state.screen === 'debrief')).toBeNull();
    const other = recordOf(game.state);
    const { page, errors } = await debriefPage({ width: 1280, height: 900 }, serializeRuns([other]));
    await openAll(page);
    expect(await page.locator('#compare-with option:checked').textContent()).toBe(
      `${ENDING_TITLES[other.ending!]} (the other role), clinician leader, quarter ${other.seed}`,
    );
    const rows = await page
      .locator('.compare-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows[0]).toEqual(['Role', 'Operational manager', 'Clinician leader', '']);
    // The roles start apart: each meter is its end with its change from the role's start, and the
    // difference is of the changes, not of the ends (which would compare the starts).
    const change = (cell: string): number => {
      const [, end, move, from] = /^(\d+) \((no change|[+−]\d+) from (\d+)\)$/.exec(cell) ?? [];
      const moved = move === 'no change' ? 0 : number(move!);
      expect(moved, cell).toBe(Number(end) - Number(from));
      return moved;
    };
    for (const label of ['Budget', 'Trust', 'Trust: front-line staff']) {
      const row = rows.find((r) => r[0] === label)!;
      expect(number(row[3]!)).toBe(change(row[1]!) - change(row[2]!));
    }
    const budget = rows.find((r) => r[0] === 'Budget')!;
    expect(budget[1]).toMatch(/from 60\)$/);
    expect(budget[2]).toMatch(/from 55\)$/);
    expect(await page.locator('.compare-starts').textContent()).toMatch(/start from different places/);
    // And the button starts that pairing: the same code, the other role, linked to this run.
    await press(page, /^Play quarter \w{6} as the clinician leader$/);
    await page.getByRole('heading', { name: 'Week one briefing' }).waitFor();
    expect(await page.locator('main').textContent()).toContain(`Quarter code: ${save.state.seed}`);
    expect(await page.locator('.eyebrow').first().textContent()).toContain('Clinician leader');
    const saved = (await savedGame<{ state: { run: { pairedWith: string } } }>(page))!;
    expect(saved.state.run.pairedWith).toBe(save.state.run.id);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports a run file that imports back into another browser, and refuses a damaged one with a reason', async () => {
    const { page, errors } = await debriefPage();
    await openAll(page);
    await page.locator('#reflect-monday').fill('Walk the ward with Marcus on Tuesday.');
    await page.locator('#reflect-monday').blur();
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, /^Export this run$/)]);
    // Kept outside the browser's own download folder, which goes when its context closes.
    const path = join(mkdtempSync(join(tmpdir(), 'common-ground-')), download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toMatch(/^common-ground-manager-K7M2QX-\d{4}-\d\d-\d\d-\d\d-\d\d\.json$/);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file).toMatchObject({ format: 'common-ground-run', version: 2 });
    expect(file.runs).toHaveLength(1);
    expect(file.runs[0].reflections.monday).toBe('Walk the ward with Marcus on Tuesday.');
    const exported = file.runs[0];
    await page.context().close();

    // Another browser (a fresh context, its own storage) at the end of the same quarter.
    const elsewhere = await debriefPage({ width: 1280, height: 900 });
    const p2 = elsewhere.page;
    await openAll(p2);
    const status = () => p2.locator('.debrief-status').textContent();
    const damaged = `${path}.broken.json`;
    writeFileSync(damaged, JSON.stringify({ ...file, runs: [{ ...exported, meters: 'lots' }] }));
    await p2.locator('#import-runs').setInputFiles(damaged);
    await p2.waitForFunction(() => /not imported/.test(document.querySelector('.debrief-status')?.textContent ?? ''));
    expect(await status()).toMatch(
      /^That file was not imported: the file is damaged \(a part of it is missing or not what it should be, at runs\.0\.meters\)\. Nothing was changed\.$/,
    );
    // The same run it already has is recognised, not doubled, and counted once however many files hold it.
    const again = `${path}.again.json`;
    writeFileSync(again, readFileSync(path));
    await p2.locator('#import-runs').setInputFiles([path, again]);
    await p2.waitForFunction(() =>
      /you already had/.test(document.querySelector('.debrief-status')?.textContent ?? ''),
    );
    expect(await status()).toBe('Imported 0 runs (1 you already had).');
    // Said beside the button too, where the eyes are: on a phone the top of the debrief is screens away.
    const beside = p2.locator('#import-runs ~ .action-note, .actions:has(#import-runs) + .action-note');
    expect(await beside.textContent()).toBe('Imported 0 runs (1 you already had).');
    const button = await p2.getByRole('button', { name: 'Import run files' }).boundingBox();
    const note = await beside.boundingBox();
    expect(Math.abs(note!.y - button!.y)).toBeLessThan(200);

    const renamed = `${path}.copy.json`;
    writeFileSync(
      renamed,
      JSON.stringify({ ...file, runs: [{ ...exported, run: { ...exported.run, id: `${exported.run.id}-sent` } }] }),
    );
    // Several files at once, as a facilitator would: the good one comes in, the damaged one is named.
    const [chooser] = await Promise.all([p2.waitForEvent('filechooser'), press(p2, /^Import run files$/)]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles([renamed, damaged]);
    await p2.waitForFunction(() => /Imported 1 run/.test(document.querySelector('.debrief-status')?.textContent ?? ''));
    expect(await status()).toMatch(/Not imported: .*broken\.json: the file is damaged/);
    // Imported runs have their own list, so a room's files never push out the player's own.
    const kept = JSON.parse((await p2.evaluate(() => localStorage.getItem('common-ground.runs.imported')))!);
    const back = kept.runs.find((r: { run: { id: string } }) => r.run.id === `${exported.run.id}-sent`);
    // Field for field what was exported (only the id was changed, by us, above).
    expect({ ...back, run: exported.run }).toEqual(exported);
    // A run of the same quarter: no word that the quarters differ.
    expect(await p2.locator('.compare-quarters').count()).toBe(0);
    // Named as what it is: a run from a file, not one of this player's own earlier runs.
    expect(await p2.locator('#compare-with option').allTextContents()).toContainEqual(
      expect.stringContaining('(imported), operational manager'),
    );
    // A run of another quarter is compared with a word that the quarters differ.
    await p2.locator('#import-runs').setInputFiles('tests/fixtures/run-v1-quarter.json');
    await p2.waitForFunction(() => /Imported 1 run/.test(document.querySelector('.debrief-status')?.textContent ?? ''));
    const wardaa = p2.locator('#compare-with option', { hasText: 'quarter WARDAA' });
    await p2.locator('#compare-with').selectOption((await wardaa.getAttribute('value'))!);
    expect(await p2.locator('.compare-quarters').textContent()).toMatch(
      /^These runs are of different quarters \(this one [A-Z0-9]{6}, the other WARDAA\)\./,
    );
    // The side-by-side table names its every column (its first header was empty: axe's best-practice rule).
    await expectNoAxeViolations(p2, 'Compare runs, beside a run of another quarter');
    const headers = await new AxeBuilder({ page: p2 }).withRules(['empty-table-header']).setLegacyMode().analyze();
    expect(headers.violations.map((v) => v.id)).toEqual([]);
    // Files of more runs together than the browser keeps (one file may hold 50): what did not fit, and what
    // made way for the rest, is said.
    const files = [0, 1].map((f) => {
      const name = `${path}.room${f}.json`;
      const runs = Array.from({ length: 30 }, (_, i) => ({
        ...exported,
        run: { ...exported.run, id: `room-${f}-${i}` },
      }));
      writeFileSync(name, JSON.stringify({ ...file, runs }));
      return name;
    });
    await p2.locator('#import-runs').setInputFiles(files);
    await p2.waitForFunction(() =>
      /Imported 50 runs/.test(document.querySelector('.debrief-status')?.textContent ?? ''),
    );
    expect(await status()).toContain(
      '10 runs in those files were not kept: this browser keeps 50 imported runs at a time.',
    );
    expect(await status()).toContain('To make room, 2 runs imported earlier were let go (your own runs are kept).');
    expect(elsewhere.errors).toEqual([]);
    expect(errors).toEqual([]);
    await p2.context().close();
  });

  it('with the browser’s storage full, says beside the answers that they are not saved, and how to keep them', async () => {
    const { page, errors } = await debriefPage();
    await openAll(page);
    // Fill what is left of the browser's storage, as another site or an old game could.
    await page.evaluate(() => {
      let n = 0;
      for (const size of [512 * 1024, 16384, 1024, 64, 4, 1]) {
        const piece = 'z'.repeat(size);
        for (;;) {
          try {
            localStorage.setItem(`fill-${n++}`, piece);
          } catch {
            break;
          }
        }
      }
    });
    await page.locator('#reflect-monday').fill('An answer typed with the storage full.');
    await page.locator('#reflect-monday').blur();
    const status = page.locator('.reflections:has(#reflect-monday) > [role="status"]');
    await expect
      .poll(() => status.textContent())
      .toMatch(
        /^Not saved in this browser \(.*storage is full.*\)\. To keep your answers, export this run or print it/,
      );
    // The page's own banner says the same, not that the game will try again after a decision there is none of.
    await expect
      .poll(() => page.locator('.save-banner').textContent())
      .toMatch(/^Your debrief could not be saved in this browser: .*To keep your answers, export this run or print it/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps typed answers and the self-assessment with the run across a reload', async () => {
    const { page, errors } = await debriefPage();
    await openAll(page);
    // Who the groups are, beside the tables that count them (a GM reads "Executives" as the board otherwise).
    expect(await page.locator('.trust-groups-who').textContent()).toContain(
      '; executives, Marcus Webb and Janet Cole.',
    );
    await page.locator('#reflect-monday').fill('Ask before I nod.');
    await page.locator('#reflect-monday').blur();
    for (const item of ['s1', 's2', 's3', 's4', 's5', 's6'])
      await page.locator(`input[name="self-after-${item}"][value="4"]`).check();
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.locator('.self-table').waitFor();
    // The form the focus was in is gone: the table that replaced it has it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Your self-assessment');
    await page.reload();
    await press(page, /^Continue$/);
    await page.getByRole('heading', { name: 'Debrief', level: 1 }).waitFor();
    await openAll(page);
    expect(await page.locator('#reflect-monday').inputValue()).toBe('Ask before I nod.');
    expect(await page.locator('.self-table tbody tr').count()).toBe(6);
    expect(await page.locator('.self-table tbody tr').first().textContent()).toContain('4 (agree)');
    // Beside each statement, what the run did that bears on it (asking rather than nodding, for the fifth).
    expect(await page.locator('.self-table tbody tr').nth(4).textContent()).toMatch(
      /Asked \d+, looked up \d+, nodded along at \d+/,
    );
    // Words typed just before the tab is reloaded (or closed), with no pause and no leaving the box, are kept too.
    const box = page.locator('.reflection textarea').last();
    const id = await box.getAttribute('id');
    await box.fill('Walk the ward first.');
    await page.reload();
    await press(page, /^Continue$/);
    await page.getByRole('heading', { name: 'Debrief', level: 1 }).waitFor();
    await openAll(page);
    expect(await page.locator(`#${id}`).inputValue()).toBe('Walk the ward first.');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints cleanly: nothing wider than the page, every decision in, and the PDF is tagged', async () => {
    // A4 less Chromium's default margins is about 718 CSS pixels wide.
    const { page, errors } = await debriefPage({ width: 718, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    // The full report.
    await page.evaluate(() => {
      document.documentElement.dataset.print = 'full';
      window.dispatchEvent(new Event('beforeprint'));
    });
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('main *')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.right > width + 0.5 || el.scrollWidth > el.clientWidth + 1)
          out.push(`${el.tagName.toLowerCase()}.${el.className}: ${Math.round(r.right)} > ${width}`);
      }
      return out;
    });
    expect(overflow).toEqual([]);
    expect(await page.locator('details.all-decisions').getAttribute('open')).not.toBeNull();
    expect(await page.locator('table.decisions tbody tr').first().isVisible()).toBe(true);
    // Buttons and forms are not printed; answers are.
    expect(await page.locator('.debrief-actions').isVisible()).toBe(false);
    expect(await page.locator('.reflection textarea').first().isVisible()).toBe(false);
    expect(await page.locator('.print-answer').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', tagged: true, printBackground: false });
    const text = pdf.toString('latin1');
    expect(text).toContain('/StructTreeRoot');
    expect(text).toMatch(/\/MarkInfo\s*<<[^>]*\/Marked true/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints a short report with each decision that mattered named, trust by group and the self-assessment', async () => {
    const { page, errors } = await debriefPage({ width: 718, height: 1000 });
    await openAll(page);
    for (const item of ['s1', 's2', 's3', 's4', 's5', 's6'])
      await page.locator(`input[name="self-after-${item}"][value="4"]`).check();
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.locator('.self-table').waitFor();
    // Folded again, as a player who pressed "Print a short report" would leave it.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll<HTMLElement & { open: boolean }>('.debrief-part')) d.open = false;
    });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => {
      document.documentElement.dataset.print = 'short';
      window.dispatchEvent(new Event('beforeprint'));
    });
    // Every card names its decision (each printed as its effects alone, with no choice on it).
    const cards = await page.locator('.decision-card').evaluateAll((all) =>
      all.map((c) => {
        const h4 = c.querySelector('h4') as HTMLElement;
        return { shown: h4.offsetHeight > 0, text: h4.textContent ?? '' };
      }),
    );
    expect(cards.length).toBeGreaterThan(2);
    for (const card of cards) expect(card.shown && card.text.length > 5).toBe(true);
    expect(await page.locator('.every-heading').isVisible()).toBe(false);
    expect(await page.locator('details.all-decisions').isVisible()).toBe(false);
    // Trust by group, not person by person; the self-assessment the trainee gave.
    expect(await page.getByRole('region', { name: 'Trust by group' }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Trust by person' }).isVisible()).toBe(false);
    expect(await page.locator('.self-table').isVisible()).toBe(true);
    // And not the parts the full report adds: at most five A4 pages with the self-assessment, as the README says.
    expect(await page.locator('#db-profile').isVisible()).toBe(false);
    const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['320 px wide', { width: 320, height: 700 }],
    ['200% zoom on a 1280 px screen', { width: 640, height: 450 }],
  ])('reads at %s: no sideways scrolling, and zero axe violations with every part open', async (_name, viewport) => {
    const { page, errors } = await debriefPage(viewport);
    await expectNoAxeViolations(page, `the debrief at ${viewport.width} px, folded`);
    await openAll(page);
    await page.locator('details.all-decisions summary').click();
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(wide).toBe(0);
    if (viewport.width <= 560) {
      // Each choice is a small card on a phone: a choice that did nothing else has no empty "Also" row.
      await page.locator('.whatif .alternatives').first().waitFor({ state: 'attached', timeout: 60_000 });
      const also = await page.$$eval('.alternatives td.also', (cells) =>
        cells.map((c) => ({ text: c.textContent, shown: (c as HTMLElement).offsetHeight > 0 })),
      );
      expect(also.filter((c) => c.shown && c.text === '—')).toEqual([]);
      expect(also.some((c) => c.shown)).toBe(true);
      // A change aimed at a level says how much of its totals its fit to the tension moved, apart from the rest.
      const aimed = also.filter((c) => /aimed at the \w+ level/.test(c.text ?? ''));
      expect(aimed.length).toBeGreaterThan(0);
      for (const c of aimed)
        expect(c.text).toMatch(
          /aimed at the \w+ level \((not )?where the tension was\)(; all of the totals came from the level|; of the totals, (Patient care [−+]\d+ and )?Trust [−+]\d+ came from the level, the rest from the choice itself)/,
        );
      // The long tables are a card per row: none scrolls sideways inside its box, and each cell names its column.
      const stacked = await page.$$eval('table.stack', (tables) =>
        tables.map((t) => ({
          over: t.getBoundingClientRect().width - t.parentElement!.getBoundingClientRect().width,
          unnamed: [...t.querySelectorAll('td')].filter((td) => !td.dataset.label).length,
        })),
      );
      expect(stacked.length).toBeGreaterThanOrEqual(2);
      for (const t of stacked) expect(t).toEqual({ over: 0, unnamed: 0 });
      // The week-by-week chart keeps its own size and scrolls sideways in its box: its 12-unit words are drawn
      // at 12 px or more, not shrunk to 10 (drawn 620 px wide from its 720 units, they were).
      const scale = await page
        .locator('.chart-scroll > .timeline')
        .first()
        .evaluate((svg) => svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width);
      expect(scale).toBeGreaterThanOrEqual(1);
    }
    await expectNoAxeViolations(page, `the debrief at ${viewport.width} px`);
    // Keyboard: the first what-if button is reachable and names its decision.
    const label = await page.locator('.decision-card button[data-replay]').first().getAttribute('aria-label');
    expect(label).toMatch(/^What if\? Replay from here, decision \d+: /);
    expect(await screen(page)).toBe('debrief');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('an early ending', () => {
  it('names the rule that ended the quarter, on the ending and in the debrief, and claims no rota gaps it did not open', async () => {
    // An operational manager who runs the front line's trust into the ground loses its confidence within the month,
    // with nobody off sick (which rule ends it, a group's trust or all three, moves with the writing). Aiming every
    // fix at the wrong level no longer does it: a change asked for again is not another wrong fix.
    const json = compileInk('stories/main.ink').json!;
    const text = autosaveWhere(json, 'manager', (s) => s.screen === 'ending', {
      strategy: STRATEGIES['sink-trust']!,
      random: seededRandom(3),
    });
    const parsed = parseSave(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    const state = parsed.save.state;
    expect(state.ending).toBe('no_confidence');
    expect(state.leavers).toEqual([]);
    const why = earlyEndingWhy(state.meters)!;
    expect(why).toMatch(/trust/i);
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await continueFrom(page, base, text);
    await page.getByRole('heading', { name: 'No confidence', level: 1 }).waitFor();
    expect(await page.locator('.ending-why').textContent()).toBe(why);
    // The ending's own story comes first, and the rule that decided it after, under its own heading.
    expect(await page.locator('.screen-ending .ending-text + .ending-rule .ending-why').count()).toBe(1);
    expect(await page.locator('.ending-rule h2').textContent()).toBe('How the game decided this ending');
    expect(await page.locator('.screen-ending .eyebrow').textContent()).toBe(
      state.week >= 8
        ? `The quarter ended before its review, in week ${state.week}`
        : `The quarter ended early, in week ${state.week}`,
    );
    await press(page, /^See your debrief$/);
    await page.getByRole('heading', { name: 'Debrief', level: 1 }).waitFor();
    expect(await page.locator('.screen-debrief > .lede').allTextContents()).toContain(why);
    await openAll(page);
    const hidden = (await page.locator('.screen-debrief').textContent())!;
    expect(hidden).not.toContain('turned into rota gaps');
    expect(hidden).not.toContain('signed off sick with stress (in week');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a run played on an earlier story that no longer replays offers no replay buttons, and says why once', async () => {
    const context = await browserFor().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // Saved on 30 November: a finished quarter whose steps the story has changed since.
    await continueFrom(page, base, readFileSync('tests/fixtures/save-v4-debrief.json', 'utf8'));
    await page.getByRole('heading', { name: 'Debrief', level: 1 }).waitFor();
    await page.locator('.screen-debrief[data-whatifs="failed"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-replay]').count()).toBe(0);
    expect(await page.locator('[data-best-whatif]').textContent()).toMatch(
      /^Not worked out: the story has changed since this run was played \(at its step \d+, [a-z’ ]+ no longer fits\), so its decisions cannot be replayed from here either\.$/,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
