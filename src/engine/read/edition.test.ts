// @vitest-environment node
/**
 * The rules' edition is raised by hand (`RULES_EDITION` in result.ts), so this
 * test makes forgetting it loud. It fingerprints the code a replay runs on —
 * the rules, the machine, stepping the story and reading its tags — as the
 * JavaScript it compiles to, so comments, types and formatting do not count.
 * When that code changes, the test fails until someone decides: if a run's
 * inputs would now replay to other figures, raise the edition; either way,
 * record the new fingerprint below beside the edition it belongs to.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { RULES_EDITION } from './result.ts';

/**
 * The edition, and the fingerprint of the code it was decided for. Still 10 after the runner's stop at a
 * thousand lines without a choice (6 December): no scene of the game's runs near it, so no run replays otherwise;
 * and after the roles' posts' names (`ROLE_POST`) joined the rules' words, which no rule reads. Still 10 after a
 * choice's body kept its lines past a conditional inside a conditional (6 December): sixteen changes in 300
 * quarters are now named by the decision that made them, not by the line they came with, and every meter,
 * ending and intervention of those quarters is the same; results from before it are of an older story anyway.
 * Still 10 after a pair's run read each stretch of story again as the partner's role, with the partner's words
 * known (6 December), for the lines a writer marks `# aside`, which no rule reads: the read is put back
 * exactly, and 80 pair quarters step through the same states with it and without it, so no figure moves;
 * a pair's decision keeps what the partner had been told there, beside the proposals, which no rule reads;
 * and a replay that only counts (the dashboard's, the what-ifs) reads no partner's part, to the same figures.
 * Still 10 after a word stopped being marked inside a longer name that is not it ("safe" in "the guardian of
 * safe working hours"): only the screen's marking reads that (`findTerm`), and the words found in a line
 * (`termsIn`), which now share its matchers, find no word of the game's own inside such a name.
 * Still 10 after the partner's read sets `as_partner`, a variable only that read sets (6 December): lines under
 * it are the partner's alone, and no rule reads them. Still 10 after the roles' names moved into the rules' prose
 * (6 December), for the debrief to say whose proposal a pair's decision was: no rule reads them.
 * 11 when a general manager came to know "sats" from the start, and what a quarter builds came to pay its weekly
 * good from the week after it is agreed (6 December; see result.ts). The same edition told the misunderstanding
 * of "safe" at week one's Friday as Marcus's note of the meeting, and four of a manager's misunderstandings
 * named the front-line staff whose trust they cost beside the consultants: texts no rule reads. Still 11 after
 * the other role (`otherRole`) moved into the rules from the pair's devices, which only the readers call.
 * Still 11 after a general manager's misunderstandings of "M&M" and "ReSPECT" were told for the scenes that now
 * say them (6 December), and M&M's meaning said it reviews deaths and complications: texts no rule reads. Still
 * 11 after week five's misunderstandings of "escalate" were told as happening on Thursday night and at Friday's
 * bed meeting, before a player can have put both meanings on Larch's whiteboard: texts again. Still 11 after ten
 * more misunderstandings (and SitRep's) were told so that no choice in their scene contradicts them, and a second
 * change aimed away from the tension no longer says its people felt unheard (a change can be one that hears them).
 * Still 11 after a change aimed at a level came to name who last told the player where the tension sat, and in
 * which week (7 December): the reason's words, which no rule reads; every meter moves as before. Still 11 after
 * the rules named one of each trust group (`askedOf`), for the words box and the card to say whom an
 * ask went to. Still 11 after a reviewer's read of the glossary (7 December): six misunderstandings told as
 * the gap in the word itself (M&M, SBAR, Sepsis Six, ReSPECT, variance, premium pay), NBM's in today's fasting
 * practice, "safe" at week one's finance meeting with what it cost patients too, a few meanings made current,
 * and two spellings dropped that no run meets as a word to learn ("four hours" is any four hours, and an ICP is
 * not an ICB; both words are known to both roles from the start); eleven words the other role hears every week
 * were marked as known by name (`byName`), which only the words box reads. Still 11 after a planned visit's
 * people came to be told of as "You made time for …" (they are credited as the week is planned, and the
 * notebook can be read on the Monday of a Thursday visit): a note no rule reads. Still 11 after a second
 * reviewer's read the same day: five misunderstandings and four meanings told truer (a rule by age for ReSPECT,
 * Beech's variance, an SBAR read the next morning, hourly obs, NBM till teatime; the guardian sees every exception
 * report, ABG, PSII, occupancy), and premium pay and M&M known by name too: texts and a flag no rule reads.
 * Still 11 after a GM's play-test the same day: a change aimed away from the tension is granted that it "worked
 * on" what it was aimed at (it said the change "may in time improve" it, where the story had shown it working),
 * and a planned visit's note is "You made time for …" without "this week": reasons no rule reads.
 * 12 when a change aimed away from the tension came to cost front-line staff and clinical leaders, and executives
 * only for a change aimed at the organisation, less a group that asked (7 December; see result.ts): all three
 * testers of two sessions had found executives losing faith over a ward's bedside handover trial. The same
 * edition (the same day, before any result was played on it): a week planned with no visit costs 2 of the trust
 * of those who did not see the player (`outOfSight`), which a GM tester had found the cheapest week to play.
 * Still 12 after a mend the same day: whom a miss charges and spares is worked out in one place (`missCharge`),
 * for the rules and the debrief alike, and a week with no visit is charged through the weekly pressures' own
 * `press`: every figure as before.
 * 13 when that week's cost came to fall on any week with no visit to where the other side works (7 December;
 * see result.ts): a manager whose week was the executive suite and the finance office, or a clinical director
 * whose week was ED and theatres, had been seen by the other side no more than at a desk, and paid nothing. The
 * same edition (the same day, before any result was played on it): no week costs it once the shared kitchen is
 * built, where clinicians and managers run into each other every day; and a clinical director's week costs 1 of
 * executives' trust, not 2 (a reviewer: their crossing is a sixth of the week, and no executive marks a clinical
 * director down for one week on the wards). Still 13 when the rules came to count the weeks a long game takes
 * its hours from (`arcWeeksCharged`, 7 December), for its choice to say so: a count no rule reads.
 * 14 when every long game in the workshop quarter came to pay off two weeks after it is begun, not one for
 * shadowing, the induction and the map, which had cost no hours at all (7 December; see result.ts). Still 14
 * when that count came to be shared with the scene's end (`weeksChargedBefore`): the same sum, in one place.
 */
const RECORDED = { edition: 14, code: '6d6a909b10ad0777' };

const ENGINE = join(import.meta.dirname, '..');
const REPLAYED = [
  ...readdirSync(join(ENGINE, 'rules'))
    .filter((name) => /\.ts$/.test(name) && !/\.test\.ts$/.test(name))
    .map((name) => join('rules', name)),
  join('run', 'machine.ts'),
  join('run', 'step.ts'),
  join('run', 'story.ts'),
].sort();

function fingerprint(): string {
  const hash = createHash('sha256');
  for (const file of REPLAYED) {
    const source = readFileSync(join(ENGINE, file), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
    });
    hash.update(`${file}\n${outputText}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

describe('the rules edition', () => {
  it('is decided again whenever the code a replay runs on changes', () => {
    const code = fingerprint();
    const message =
      `The code a replay runs on has changed (fingerprint ${code}, recorded ${RECORDED.code} for edition ${RECORDED.edition}). ` +
      'If a run’s inputs would now replay to other figures (what a visit costs, what a tag does, when an ending comes), ' +
      'raise RULES_EDITION in src/engine/read/result.ts and say why there. Either way, record the new fingerprint and ' +
      `edition in RECORDED in ${join('src', 'engine', 'read', 'edition.test.ts')}.`;
    expect({ edition: RULES_EDITION, code }, message).toEqual(RECORDED);
    // Transpiling the rules' sixteen files takes about 1.5 s alone. Beside the rest of the unit lane, on a two-core
    // machine also running browsers, it failed once and passed alone and in three later runs: the 5 s default is
    // the likeliest cause, so it has room.
  }, 30_000);

  it('fingerprints the code, not its comments', () => {
    const a = ts.transpileModule('// a note\nexport const x = 1; /* more */', {
      compilerOptions: { removeComments: true },
    }).outputText;
    const b = ts.transpileModule('export const x: number = 1;', {
      compilerOptions: { removeComments: true },
    }).outputText;
    expect(a).toBe(b);
  });
});
