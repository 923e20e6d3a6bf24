import { describe, expect, it } from 'vitest';
import { CHARACTERS } from './characters.ts';
import { hurtsFor, misreadFor, termById } from './glossary.ts';
import { chance, INTERVENTION, missCharge, MISSED_BY, otherSide } from './quarter.ts';
import {
  applyTags,
  ASK_HOURS,
  askTerm,
  missedWhy,
  beginScene,
  FLAGGED_PER_SCENE,
  lookUpTerm,
  MISREAD_AFTER,
  MISREAD_CHANCE,
  MISREAD_COST,
  newRun,
  noteClue,
  nodAlong,
  startDecision,
  unknownTermsIn,
  type GameState,
} from './rules.ts';
import { TEST_PLAN, tagOf } from '../drive/fixture.ts';
import { LEVELS, TRUST_GROUPS, type Role } from './types.ts';

const plan = [...TEST_PLAN];

function start(role: Role = 'manager', seed = 'K7M2QX'): GameState {
  return { ...beginScene(newRun(role, plan, seed), 0), week: 2 };
}

/** A term of the other world that this role does not know at the start. */
function foreignTerm(s: GameState): string {
  const id = ['news2', 'sbar', 'run-rate', 'variance'].find((t) => termById(t) && !s.known.includes(t));
  if (!id) throw new Error('no foreign term');
  return id;
}

describe('intervene', () => {
  it('past the full payoffs, a right move says the tension was already easing, and adds less later', () => {
    let s = start();
    for (let i = 0; i <= INTERVENTION.fullPayoffs; i++) {
      const opened = startDecision(s, `Fix ${i}`);
      s = applyTags(opened.state, [tagOf(`intervene ${s.pressing}`)], opened.id);
    }
    const last = s.decisions.length - 1;
    const full = `The change aimed at the ${s.pressing} level reached the worst of the tension: people began to feel it where it had hurt most, and patients with them.`;
    const easing = `The change aimed at the ${s.pressing} level held, though after ${INTERVENTION.fullPayoffs} changes that had reached it the tension there was already easing, so it added less.`;
    expect(s.pending.filter((p) => p.note === full)).toHaveLength(2 * INTERVENTION.fullPayoffs);
    expect(s.pending.filter((p) => p.decision === last).map((p) => [p.effect, p.note])).toEqual([
      [{ kind: 'meter', target: 'trust', delta: 1 }, easing],
      [{ kind: 'meter', target: 'care', delta: INTERVENTION.right.care }, easing],
    ]);
  });

  it('at the pressing level: nothing moves at once; trust and care rise later, and it is recorded', () => {
    const s0 = start();
    const opened = startDecision(s0, 'Fix the rota together');
    const s = applyTags(opened.state, [tagOf(`intervene ${s0.pressing}`)], opened.id);

    // What the change did to the tension shows afterwards, not as it is made (the story says what it did there).
    expect(s.meters).toEqual(s0.meters);
    expect(s.changes).toEqual(s0.changes);
    expect(s.interventions).toEqual([{ level: s0.pressing, right: true, decision: opened.id, scene: 0, week: 2 }]);
    expect(s.decisions[opened.id]!.intervene).toBe(s0.pressing);

    const due = INTERVENTION.after;
    expect(s.pending).toEqual([
      {
        decision: opened.id,
        due,
        effect: { kind: 'meter', target: 'trust', delta: INTERVENTION.right.trust },
        note: expect.stringContaining(s0.pressing),
        origin: { kind: 'intervention', level: s0.pressing, right: true },
      },
      {
        decision: opened.id,
        due,
        effect: { kind: 'meter', target: 'care', delta: INTERVENTION.right.care },
        note: expect.stringContaining(s0.pressing),
        origin: { kind: 'intervention', level: s0.pressing, right: true },
      },
    ]);

    // nothing more until the due scene; then it lands, attributed and delayed
    const early = beginScene(s, due - 1);
    expect(early.meters).toEqual(s.meters);
    const landed = beginScene(early, due);
    for (const g of TRUST_GROUPS) {
      expect(landed.meters.trust[g]).toBe(s.meters.trust[g] + INTERVENTION.right.trust);
    }
    expect(landed.meters.care).toBe(s.meters.care + INTERVENTION.right.care);
    expect(landed.pending).toEqual([]);
    const delayed = landed.changes.filter((c) => c.delayed);
    expect(delayed.map((c) => [c.target, c.delta, c.decision, c.scene])).toEqual([
      ['trust', INTERVENTION.right.trust, opened.id, due],
      ['care', INTERVENTION.right.care, opened.id, due],
    ]);
    expect(delayed[0]!.note).toMatch(/reached the worst of the tension/);
  });

  it.each(LEVELS)(
    'at another level than the pressing one (pressing %s): nothing at once; trust falls later, for the groups its own level names',
    (pressing) => {
      const s0 = { ...start(), pressing };
      const level = LEVELS.find((l) => l !== pressing)!;
      const s = applyTags(s0, [tagOf(`intervene ${level}`)], null);
      const charged = MISSED_BY[level];

      expect(s.meters).toEqual(s0.meters);
      expect(s.interventions).toEqual([
        { level, right: false, charged: [...charged], decision: null, scene: 0, week: 2 },
      ]);
      // A change to the whole hospital costs all three: one change to the whole of trust.
      const effects =
        charged.length === TRUST_GROUPS.length
          ? [{ kind: 'meter', target: 'trust', delta: INTERVENTION.wrong.trust }]
          : charged.map((g) => ({ kind: 'meter', target: `trust.${g}`, delta: INTERVENTION.wrong.trust }));
      expect(s.pending.map((p) => p.effect)).toEqual(effects);
      for (const p of s.pending)
        expect(p).toEqual({
          decision: null,
          due: INTERVENTION.after,
          effect: p.effect,
          // It leaves the change its own effect where it was aimed, says what it missed, and does not say where the tension was.
          note: expect.stringMatching(
            /^The change aimed at the \w+ level worked on how .*, but the worst of the tension sat at another level and stayed: those living with it saw your effort go elsewhere\.( Executives saw it made, and little come of it\.)?$/,
          ),
          origin: { kind: 'intervention', level, right: false },
        });
      // Executives are told of exactly when they pay.
      expect(s.pending[0]!.note!.includes('Executives saw it made')).toBe(charged.includes('executives'));
      expect(s.pending[0]!.note).not.toContain(pressing);
      expect(INTERVENTION.wrong.trust).toBeLessThan(0);

      const landed = beginScene(s, INTERVENTION.after);
      for (const g of TRUST_GROUPS)
        expect(landed.meters.trust[g]).toBe(s.meters.trust[g] + (charged.includes(g) ? INTERVENTION.wrong.trust : 0));
      expect(landed.meters.care).toBe(s.meters.care);
      // Only the people of a group charged move with their group.
      for (const c of CHARACTERS)
        if (s.people[c.id] !== undefined)
          expect(landed.people[c.id]! - s.people[c.id]!).toBe(charged.includes(c.group) ? -1 : 0);
    },
  );

  it.each(LEVELS)(
    'a change aimed at the %s level that misses reads and costs the same whichever level it missed: the cost never tells',
    (level) => {
      const [a, b] = LEVELS.filter((l) => l !== level).map((pressing) =>
        applyTags({ ...start(), pressing }, [tagOf(`intervene ${level}`)], null),
      );
      expect(a!.pending).toEqual(b!.pending);
      expect(a!.interventions).toEqual(b!.interventions);
    },
  );

  it('front-line staff and clinical leaders pay for every miss; executives only for a change aimed at the organisation', () => {
    // How it works, What was hidden and the facilitator guide say this table in words: change them with it.
    expect(missCharge('practice', 'executives')).toEqual({ charged: ['clinicians', 'leaders'] });
    expect(missCharge('organisation', 'executives')).toEqual({
      charged: ['clinicians', 'leaders'],
      spared: 'executives',
    });
    expect(missCharge('department', 'clinicians')).toEqual({ charged: ['leaders'], spared: 'clinicians' });
    expect(MISSED_BY).toEqual({
      practice: ['clinicians', 'leaders'],
      department: ['clinicians', 'leaders'],
      organisation: ['clinicians', 'leaders', 'executives'],
    });
  });

  it.each(TRUST_GROUPS)(
    'a change %s asked for, aimed at the organisation and missing, costs the other two groups and not them, and says so',
    (asked) => {
      const s0 = { ...start(), pressing: 'practice' as const };
      const s = applyTags(s0, [tagOf(`intervene organisation asked ${asked}`)], null);
      const others = TRUST_GROUPS.filter((g) => g !== asked);
      expect(s.interventions).toEqual([
        { level: 'organisation', right: false, asked, charged: others, decision: null, scene: 0, week: 2 },
      ]);
      expect(s.pending.map((p) => p.effect)).toEqual(
        others.map((g) => ({ kind: 'meter', target: `trust.${g}`, delta: INTERVENTION.wrong.trust })),
      );
      const note = s.pending[0]!.note!;
      expect(note).toMatch(
        /\. (Front-line staff|Clinical leaders|Executives) had asked for this change, so it cost none of their trust\.$/,
      );
      expect(note.includes('Executives saw it made')).toBe(asked !== 'executives');
      expect(s.pending.every((p) => p.note === note)).toBe(true);

      const landed = beginScene(s, INTERVENTION.after);
      expect(landed.meters.trust[asked]).toBe(s.meters.trust[asked]);
      for (const g of others) expect(landed.meters.trust[g]).toBe(s.meters.trust[g] + INTERVENTION.wrong.trust);
      // The people of the group that asked keep their trust too; the others' move with their group.
      for (const c of CHARACTERS)
        if (s.people[c.id] !== undefined)
          expect(landed.people[c.id]! - s.people[c.id]!).toBe(c.group === asked ? 0 : -1);
    },
  );

  it('a group that asked is said to be spared only where the miss would have cost it', () => {
    // Executives pay only for a change aimed at the organisation: asking for a practice change spared them nothing.
    const s = applyTags(
      { ...start(), pressing: 'department' as const },
      [tagOf('intervene practice asked executives')],
      null,
    );
    expect(s.interventions[0]!.charged).toEqual(['clinicians', 'leaders']);
    expect(s.pending.map((p) => p.effect)).toEqual([
      { kind: 'meter', target: 'trust.clinicians', delta: INTERVENTION.wrong.trust },
      { kind: 'meter', target: 'trust.leaders', delta: INTERVENTION.wrong.trust },
    ]);
    expect(s.pending[0]!.note).not.toMatch(/had asked|Executives/);
  });

  it('a change one group asked for, at the pressing level, pays off for every group as any other does', () => {
    const s0 = start();
    const s = applyTags(s0, [tagOf(`intervene ${s0.pressing} asked clinicians`)], null);
    expect(s.pending.map((p) => p.effect)).toEqual([
      { kind: 'meter', target: 'trust', delta: INTERVENTION.right.trust },
      { kind: 'meter', target: 'care', delta: INTERVENTION.right.care },
    ]);
  });

  it('a run of changes aimed elsewhere is told as a run, each saying what it works on and never where the tension sat', () => {
    const s0 = { ...start(), pressing: 'organisation' as const };
    let s: GameState = s0;
    const aims = ['department', 'practice', 'department', 'practice', 'department'] as const;
    for (const level of aims) s = applyTags(s, [tagOf(`intervene ${level}`)], null);
    // One note a change: its two groups' costs carry the same one.
    const notes = [...new Set(s.pending.map((p) => p.note ?? ''))];
    expect(s.pending).toHaveLength(aims.length * 2);
    expect(notes).toHaveLength(aims.length);
    expect(notes[0]).toMatch(/^The change aimed at the department level worked on how your division runs/);
    expect(notes[1]).toMatch(
      /^A second change aimed away .* at the practice level: it worked on how one team works day to day/,
    );
    expect(notes[2]).toMatch(/^The third change aimed away/);
    expect(notes[4]).toMatch(/^The fifth change aimed away/);
    expect(new Set(notes).size).toBe(notes.length);
    for (const n of notes) expect(n).not.toContain('organisation');
    // The price does not change with the telling: each costs the same, two scenes on.
    expect(s.pending.every((p) => p.effect.kind === 'meter' && p.effect.delta === INTERVENTION.wrong.trust)).toBe(true);
    expect(missedWhy('practice', 20)).toMatch(/^Another change aimed away/);
  });

  it('a change names who last told the player where the tension sat: its level only, front line before formal leaders', () => {
    const s0 = { ...start(), pressing: 'organisation' as const };
    const land = (s: GameState, level: string) =>
      applyTags(s, [tagOf(`intervene ${level}`)], null).pending.at(-1)!.note!;
    // Nothing heard yet: the consequence stays with what people saw.
    expect(land(s0, 'practice')).not.toMatch(/told you|raised|showed you/);
    // A clue at another level is someone's own reading, told whatever the level: never named as the tension.
    const elsewhere = noteClue(s0, 'practice', 'okafor', 'It’s how we hand over.');
    expect(land(elsewhere, 'department')).not.toMatch(/Grace/);
    // A formal leader at the level is named only when nobody else is: after a paper read, after a person heard.
    const formal = noteClue(elsewhere, 'organisation', 'cole', 'It’s system pressure.');
    expect(land(formal, 'department')).toContain(
      'stayed: it missed what Janet Cole told you in week 2, and those living',
    );
    const read = noteClue(formal, 'organisation', null, 'Everything comes down from Riverside.');
    const paper = `what “${plan[0]!.title}” showed you in week 2`;
    expect(land(read, 'practice')).toContain(`stayed: it missed ${paper}, and those living with it`);
    const heard = noteClue(
      { ...noteClue(read, 'organisation', 'okafor', 'It all comes down from Riverside.'), week: 3 },
      'organisation',
      'nair',
      'It came from the top.',
    );
    const later = noteClue({ ...heard, week: 4 }, 'organisation', 'marsh', 'It’s the board.');
    expect(land(later, 'department')).toContain('it missed what Dr Nair told you in week 3,');
    expect(land(later, 'organisation')).toBe(
      'The change aimed at the organisation level reached the worst of the tension, the one Dr Nair raised in week 3: it began to ease, for patients too.',
    );
    // A run of misses names the person once, and again only when someone new has spoken; none names the level.
    let s = later;
    for (const level of ['department', 'practice'] as const) s = applyTags(s, [tagOf(`intervene ${level}`)], null);
    s = noteClue({ ...s, week: 5 }, 'organisation', 'bello', 'Riverside never asks us.');
    s = applyTags(s, [tagOf('intervene department')], null);
    // One note a change (its two groups' costs share it).
    const notes = [...new Set(s.pending.map((p) => p.note ?? ''))];
    expect(notes[0]).toMatch(
      /^The change aimed at the department level .* it missed what Dr Nair told you in week 3, /,
    );
    expect(notes[1]).toMatch(
      /^A second change .* but those living with the tension saw your effort go elsewhere again/,
    );
    expect(notes[2]).toMatch(/^The third change .* but it missed what Ade Bello told you in week 5, and people expect/);
    for (const n of notes) expect(n).not.toContain('organisation');
  });

  it('the same change asked for again on a later visit chases it: no second intervention, nothing scheduled', () => {
    // Scene 3 is the place of scene 0 again (a place visit has the same title every week).
    const again = plan.map((p, i) => (i === 3 ? { ...p, title: plan[0]!.title } : p));
    const s0 = { ...start(), plan: again };
    const ask = (s: GameState, text: string, level = s0.pressing) => {
      const opened = startDecision(s, text);
      return { id: opened.id, state: applyTags(opened.state, [tagOf(`intervene ${level}`)], opened.id) };
    };
    const first = ask(s0, 'Ask Janet to put ED first');
    const visit = beginScene(first.state, 3);
    const chase = ask(visit, 'Ask Janet to put ED first');
    expect(chase.state.interventions).toEqual(first.state.interventions);
    expect(chase.state.decisions[chase.id]).toMatchObject({ intervene: null, repeats: first.id });
    expect(chase.state.pending).toEqual(visit.pending);
    expect(chase.state.meters).toEqual(visit.meters);
    // Another choice there, or the same words in a scene of another name, is a change of its own.
    expect(ask(visit, 'Ask Janet for a rule').state.interventions).toHaveLength(2);
    const elsewhere = ask(beginScene(first.state, 4), 'Ask Janet to put ED first');
    expect(elsewhere.state.interventions).toHaveLength(2);
    expect(elsewhere.state.decisions[elsewhere.id]!.repeats).toBeUndefined();
  });

  it('the same choice in other words on a later visit (a follow-up) chases the change too; another choice does not', () => {
    const again = plan.map((p, i) => (i === 3 ? { ...p, title: plan[0]!.title } : p));
    const s0 = { ...start(), plan: again };
    const ask = (s: GameState, text: string, at?: string) => {
      const opened = startDecision(s, text, undefined, undefined, at);
      return { id: opened.id, state: applyTags(opened.state, [tagOf(`intervene ${s0.pressing}`)], opened.id) };
    };
    const first = ask(s0, 'Ask Janet to share ward-changing decisions a week ahead', 'enc_exec.0.c-4');
    expect(first.state.decisions[first.id]!.choice).toBe('enc_exec.0.c-4');
    const visit = beginScene(first.state, 3);
    const followUp = ask(visit, 'Ask Janet to keep the week-ahead trial going', 'enc_exec.0.c-4');
    expect(followUp.state.interventions).toEqual(first.state.interventions);
    expect(followUp.state.decisions[followUp.id]).toMatchObject({ intervene: null, repeats: first.id });
    expect(followUp.state.pending).toEqual(visit.pending);
    // The same words from another choice of the scene are another change; a decision kept without its place
    // (an earlier save's) is matched by its words, as before.
    expect(
      ask(visit, 'Ask Janet to share ward-changing decisions a week ahead', 'enc_exec.0.c-5').state.interventions,
    ).toHaveLength(2);
    const unplaced = ask(
      beginScene(ask(s0, 'Ask Janet to put ED first').state, 3),
      'Ask Janet to put ED first',
      'x.0.c-1',
    );
    expect(unplaced.state.interventions).toHaveLength(1);
  });
});

describe('askTerm', () => {
  it('spends half an hour, warms the speaker, teaches the term and records that you asked', () => {
    const s0 = start('manager');
    const term = foreignTerm(s0);
    const withTerm = { ...s0, unknown: [{ term, speaker: 'okafor' }] };
    const s = askTerm(withTerm, term);

    expect(ASK_HOURS).toBe(0.5);
    expect(s.hours).toBe(s0.hours - 0.5);
    expect(s.people.okafor).toBe(s0.people.okafor! + 2);
    expect(s.meters).toEqual(s0.meters);
    expect(s.known).toContain(term);
    expect(s0.known).not.toContain(term);
    expect(s.unknown).toEqual([]);
    expect(s.terms).toEqual([{ term, how: 'asked', scene: 0, week: 2, misread: false }]);
    expect(s.skills.listening).toBe(s0.skills.listening + 1);
    const logged = s.changes.slice(s0.changes.length);
    expect(logged.map((c) => [c.target, c.person, c.delta])).toEqual([
      ['hours', undefined, -0.5],
      ['person', 'okafor', 2],
    ]);
    expect(logged[0]!.note).toContain(termById(term)!.label);
  });

  it('when nobody in particular said it, the other side’s trust rises a little instead', () => {
    const s0 = start('manager');
    const term = foreignTerm(s0);
    const s = askTerm({ ...s0, unknown: [{ term, speaker: null }] }, term);
    const side = otherSide('manager');
    expect(s.meters.trust[side]).toBe(s0.meters.trust[side] + 1);
    expect(s.known).toContain(term);
  });

  it('asking costs overtime when no hours are left', () => {
    const s0 = { ...start('manager'), hours: 0 };
    const term = foreignTerm(s0);
    const s = askTerm({ ...s0, unknown: [{ term, speaker: 'okafor' }] }, term);
    expect(s.hours).toBe(0);
    expect(s.overtime).toBe(0.5);
    expect(s.meters.wellbeing).toBeLessThan(s0.meters.wellbeing);
  });

  it('does nothing for a term that is not on screen', () => {
    const s0 = start('manager');
    expect(askTerm(s0, foreignTerm(s0))).toBe(s0);
  });
});

describe('lookUpTerm', () => {
  it('does nothing unless the glossary holds the term', () => {
    const s0 = start('manager');
    const term = foreignTerm(s0);
    const s = { ...s0, unknown: [{ term, speaker: 'okafor' }] };
    expect(lookUpTerm(s, term)).toBe(s);
  });

  it('does nothing for a term in the glossary that is not on screen', () => {
    const s0 = start('manager');
    const term = foreignTerm(s0);
    const s = { ...s0, glossary: [term] };
    expect(lookUpTerm(s, term)).toBe(s);
  });

  it('with the term in the glossary: learned for free, quietly', () => {
    const s0 = start('manager');
    const term = foreignTerm(s0);
    const s1 = { ...s0, unknown: [{ term, speaker: 'okafor' }], glossary: [term, 'obs'] };
    const s = lookUpTerm(s1, term);
    expect(s.known).toContain(term);
    expect(s.glossary).toEqual(['obs'].filter((t) => t !== term));
    expect(s.unknown).toEqual([]);
    expect(s.hours).toBe(s0.hours);
    expect(s.people).toEqual(s0.people);
    expect(s.terms).toEqual([{ term, how: 'looked up', scene: 0, week: 2, misread: false }]);
    expect(s.changes).toEqual(s0.changes);
  });
});

describe('nodAlong', () => {
  /** A quarter code in which nodding at `term` does (or does not) turn into a misunderstanding. */
  function codeWhere(term: string, misread: boolean): string {
    for (const code of ['K7M2QX', 'CAFE22', 'WARDAA', 'THEATR', 'ABCDEF', 'ZZZZZZ', 'MMMMMM', 'PQRSTU']) {
      if (chance(code, `nod:${term}`) < MISREAD_CHANCE === misread) return code;
    }
    throw new Error(`no code where nodding at ${term} is ${misread ? '' : 'not '}misread`);
  }
  const said = 'Bed 9 has a NEWS2 of five.';

  it('records the nod and clears the unknown terms; no misread, no consequence', () => {
    const probe = start('manager');
    const term = foreignTerm(probe);
    const s0 = { ...probe, seed: codeWhere(term, false) };
    const s1 = { ...beginScene(s0, 1), unknown: [{ term, speaker: 'okafor', line: said }] };
    const s = nodAlong(s1);
    expect(s.terms).toEqual([{ term, how: 'nodded', scene: 1, week: 2, misread: false }]);
    expect(s.unknown).toEqual([]);
    expect(s.known).not.toContain(term);
    expect(s.pending).toEqual([]);
    expect(s.meters).toEqual(s1.meters);
  });

  it('a misread schedules the glossary’s misunderstanding, caused by the nod — never by a decision', () => {
    const probe = start('manager');
    const term = foreignTerm(probe);
    const entry = termById(term)!;
    const s0 = { ...probe, seed: codeWhere(term, true) };
    const s1 = { ...beginScene(s0, 1), unknown: [{ term, speaker: 'okafor', line: said }] };
    const s = nodAlong(s1);
    expect(s.terms).toEqual([{ term, how: 'nodded', scene: 1, week: 2, misread: true }]);
    expect(s.unknown).toEqual([]);
    expect(s.meters).toEqual(s1.meters);
    const origin = { kind: 'nod', term, scene: 1, line: said, speaker: 'okafor' };
    expect(s.pending).toEqual([
      {
        decision: null,
        due: 1 + MISREAD_AFTER,
        effect: { kind: 'meter', target: hurtsFor(entry, 'manager'), delta: MISREAD_COST.hurt },
        note: misreadFor(entry, 'manager'),
        origin,
      },
      {
        decision: null,
        due: 1 + MISREAD_AFTER,
        effect: { kind: 'meter', target: `trust.${otherSide('manager')}`, delta: MISREAD_COST.trust },
        note: misreadFor(entry, 'manager'),
        origin,
      },
    ]);
  });

  it('a word both sides use is misread from the side of the role that nodded', () => {
    const capacity = termById('capacity')!;
    for (const role of ['clinician', 'manager'] as const) {
      const s0 = { ...start(role), seed: codeWhere('capacity', true) };
      const s = nodAlong({ ...s0, unknown: [{ term: 'capacity', speaker: null, line: 'No capacity.' }] });
      expect(s.pending[0]!.note).toBe(misreadFor(capacity, role));
      expect(s.pending[0]!.effect).toMatchObject({ target: hurtsFor(capacity, role) });
    }
    expect(misreadFor(capacity, 'clinician')).not.toBe(misreadFor(capacity, 'manager'));
  });

  it('a word met in a scene the glossary tells it for turns into that scene’s misunderstanding', () => {
    const capacity = termById('capacity')!;
    const board = plan.map((p, i) => (i === 1 ? { ...p, knot: 'w3_board' } : p));
    for (const role of ['clinician', 'manager'] as const) {
      const s0 = { ...start(role), plan: board, seed: codeWhere('capacity', true) };
      const nod = (scene: number) =>
        nodAlong({ ...beginScene(s0, scene), unknown: [{ term: 'capacity', speaker: null, line: 'GP capacity' }] });
      // At the ICB's board the word was about general practice, not a ward.
      expect(nod(1).pending[0]!.note).toContain('GP capacity');
      expect(nod(1).pending[0]!.note).toBe(misreadFor(capacity, role, 'w3_board'));
      expect(nod(1).pending[0]!.effect).toMatchObject({ target: hurtsFor(capacity, role) });
      // Anywhere else, the glossary's own.
      expect(nod(2).pending[0]!.note).toBe(misreadFor(capacity, role));
      expect(nod(2).pending[0]!.note).not.toContain('GP');
    }
  });

  it('flags a word once a quarter, and at most FLAGGED_PER_SCENE in a scene, marked words first', () => {
    const s0 = beginScene(start('manager'), 1);
    const found = ['news2', 'sbar', 'nbm'].map((term) => ({ term, speaker: null, line: said }));
    const marked = [{ term: 'escalate', speaker: null, line: said }];
    expect(unknownTermsIn(s0, [...marked, ...found]).map((u) => u.term)).toEqual(['escalate', 'news2']);
    expect(FLAGGED_PER_SCENE).toBe(2);
    // once nodded at, a word is not flagged again, in this scene or later ones
    const nodded = nodAlong({ ...s0, unknown: unknownTermsIn(s0, found) });
    expect(unknownTermsIn(nodded, found)).toEqual([]);
    const later = beginScene(nodded, 2);
    expect(unknownTermsIn(later, found).map((u) => u.term)).toEqual(['nbm']);
    // words a role uses every day are never flagged
    expect(unknownTermsIn(later, [{ term: 'locum', speaker: null }])).toEqual([]);
  });

  it('is deterministic for a quarter code', () => {
    const s0 = start('manager');
    const term = foreignTerm(s0);
    const s1 = { ...s0, unknown: [{ term, speaker: null }] };
    expect(nodAlong(s1)).toEqual(nodAlong(s1));
  });

  it('ignores ids that are not glossary terms', () => {
    const s0 = { ...start('manager'), unknown: [{ term: 'not-a-term', speaker: null }] };
    const s = nodAlong(s0);
    expect(s.terms).toEqual([]);
    expect(s.unknown).toEqual([]);
  });
});

describe('jargon', () => {
  it.each(['manager', 'clinician'] as const)('costs the other side’s trust (%s)', (role) => {
    const s0 = start(role);
    const opened = startDecision(s0, 'Talk about WTE');
    const s = applyTags(opened.state, [tagOf('jargon')], opened.id);
    const side = otherSide(role);
    expect(side).toBe(role === 'manager' ? 'clinicians' : 'executives');
    expect(s.meters.trust[side]).toBe(s0.meters.trust[side] - 2);
    for (const g of TRUST_GROUPS.filter((x) => x !== side)) expect(s.meters.trust[g]).toBe(s0.meters.trust[g]);
    expect(s.decisions[opened.id]!.barrier).toBe('jargon');
    expect(s.changes.at(-1)).toMatchObject({
      target: `trust.${side}`,
      delta: -2,
      note: expect.stringMatching(/jargon/),
    });
  });

  it('costs the trust of the group that heard it, when the story names one (a manager’s jargon to the consultants)', () => {
    const s0 = start('manager');
    const opened = startDecision(s0, 'Walk the consultants through the run-rate');
    const s = applyTags(opened.state, [tagOf('jargon leaders')], opened.id);
    expect(s.meters.trust.leaders).toBe(s0.meters.trust.leaders - 2);
    for (const g of TRUST_GROUPS.filter((x) => x !== 'leaders')) expect(s.meters.trust[g]).toBe(s0.meters.trust[g]);
    expect(s.changes.at(-1)).toMatchObject({ target: 'trust.leaders', delta: -2 });
  });
});

describe('person trust', () => {
  it('`trust.okafor +2` moves Okafor’s trust only, and logs a person change', () => {
    const s0 = start('manager');
    const s = applyTags(s0, [tagOf('trust.okafor +2')], null);
    expect(s.people.okafor).toBe(s0.people.okafor! + 2);
    for (const c of CHARACTERS.filter((x) => x.id !== 'okafor')) expect(s.people[c.id]).toBe(s0.people[c.id]);
    expect(s.meters).toEqual(s0.meters);
    expect(s.changes.at(-1)).toEqual({
      scene: 0,
      week: 2,
      decision: null,
      delayed: false,
      target: 'person',
      person: 'okafor',
      delta: 2,
      before: s0.people.okafor,
      after: s0.people.okafor! + 2,
      origin: { kind: 'scene' },
    });
  });

  it('is clamped to 0–100', () => {
    const s0 = { ...start('manager'), people: { ...start('manager').people, okafor: 99 } };
    const s = applyTags(s0, [tagOf('trust.okafor +5')], null);
    expect(s.people.okafor).toBe(100);
    expect(s.changes.at(-1)).toMatchObject({ before: 99, after: 100, delta: 5 });
  });

  it('a delayed person effect lands on its scene', () => {
    const s0 = start('manager');
    const s = applyTags(s0, [tagOf('later 2 trust.webb -3')], null);
    expect(s.people.webb).toBe(s0.people.webb);
    const landed = beginScene(s, 2);
    expect(landed.people.webb).toBe(s0.people.webb! - 3);
    expect(landed.changes.at(-1)).toMatchObject({ target: 'person', person: 'webb', delayed: true });
  });

  it.each([
    ['clinicians', +3],
    ['executives', -4],
  ] as const)('a group trust effect nudges that group’s people by 1 the same way (%s %i)', (group, delta) => {
    const s0 = start('manager');
    const s = applyTags(s0, [tagOf(`trust.${group} ${delta > 0 ? '+' : ''}${delta}`)], null);
    expect(s.meters.trust[group]).toBe(s0.meters.trust[group] + delta);
    for (const c of CHARACTERS) {
      expect(s.people[c.id]).toBe(s0.people[c.id]! + (c.group === group ? Math.sign(delta) : 0));
    }
  });

  it('overall trust nudges everyone by 1', () => {
    const s0 = start('manager');
    const s = applyTags(s0, [tagOf('trust -2')], null);
    for (const c of CHARACTERS) expect(s.people[c.id]).toBe(s0.people[c.id]! - 1);
  });

  it('other meters leave people alone', () => {
    const s0 = start('manager');
    const s = applyTags(s0, [tagOf('budget -5'), tagOf('care +3'), tagOf('wellbeing -2')], null);
    expect(s.people).toEqual(s0.people);
  });
});

describe('arcs and structures', () => {
  it('`arc` starts an arc in the current week, once', () => {
    const s0 = start('manager');
    const s = applyTags(s0, [tagOf('arc paired')], null);
    expect(s.arcs).toEqual({ paired: { started: 2 } });
    const again = applyTags({ ...s, week: 4 }, [tagOf('arc paired')], null);
    expect(again.arcs).toEqual({ paired: { started: 2 } });
  });

  it('`build` adds a structure, once', () => {
    const s0 = start('manager');
    const s = applyTags(s0, [tagOf('build kitchen'), tagOf('build kitchen')], null);
    expect(s.structures).toEqual(['kitchen']);
  });
});
