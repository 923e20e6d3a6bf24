import { describe, expect, it } from 'vitest';
import { CHARACTERS } from '../engine/rules/characters.ts';
import {
  askedAgain,
  clueSource,
  endFrom,
  heardBefore,
  hoursSpoken,
  longGameOnOffer,
  longGameTooLate,
  midSentence,
  netText,
  netsText,
  onwardLabel,
  runSpan,
  sentence,
  stoppedText,
  nodRuleInFull,
  afterWeek,
} from './format.ts';
import { WORKSHOP_WEEKS } from '../engine/rules/types.ts';

describe('midSentence', () => {
  it('lowers a title’s first letter after a comma, but never an acronym’s', () => {
    expect(midSentence('Ward sister, Larch Ward')).toBe('ward sister, Larch Ward');
    expect(midSentence('GP and clinical director, Alderbank place partnership')).toBe(
      'GP and clinical director, Alderbank place partnership',
    );
    expect(midSentence('A')).toBe('A');
    expect(midSentence('')).toBe('');
  });

  it('leaves no cast member’s title starting with a lowered acronym', () => {
    for (const c of CHARACTERS) expect(midSentence(c.job)).not.toMatch(/^\p{Ll}\p{Lu}/u);
  });
});

describe('netText', () => {
  it('says where hours a choice gives back go, and what hours a scene spent', () => {
    expect(netText({ target: 'hours', delta: 1 })).toBe('1\u00a0h back in your diary');
    expect(netText({ target: 'hours', delta: -2 })).toBe('Spent 2\u00a0h');
    expect(netText({ target: 'budget', delta: -3 })).toBe('Budget −3');
    // A named person's trust is theirs in the player (the bar shows only groups'): said so where it appears.
    expect(netText({ target: 'person', person: 'cole', delta: 1 })).toBe('Janet Cole’s trust in you +1');
  });
});

describe('hoursSpoken', () => {
  it('says hours in words a screen reader reads right, never "h"', () => {
    expect(hoursSpoken(12)).toBe('12 hours');
    expect(hoursSpoken(1)).toBe('1 hour');
    expect(hoursSpoken(0.5)).toBe('half an hour');
    expect(hoursSpoken(11.5)).toBe('11 and a half hours');
    expect(hoursSpoken(0)).toBe('0 hours');
    expect(hoursSpoken(-2)).toBe('minus 2 hours');
  });
});

describe('runSpan', () => {
  it('calls the workshop quarter a month and the full quarter a quarter, a run saved before either a quarter', () => {
    expect(runSpan({ weeks: WORKSHOP_WEEKS })).toBe('month');
    expect(runSpan({ weeks: 8 })).toBe('quarter');
    expect(runSpan({})).toBe('quarter');
  });
});

describe('where a clue came from', () => {
  it('names the speaker, marks a formal leader’s view, and places one with no speaker by its scene', () => {
    expect(clueSource('okafor')).toBe('Grace Okafor: ');
    expect(clueSource('cole')).toMatch(/a formal leader’s view/);
    // A passer-by the notebook does not list (the outpatient sister), or a paper: the scene it was in.
    expect(clueSource(null, false, 'Outpatient clinic')).toBe('In “Outpatient clinic”: ');
    expect(clueSource(null)).toBe('You read: ');
  });
});

describe('a meter with its move from its role’s start', () => {
  it('says the move with its sign, and no move as no change', () => {
    expect(endFrom(51, 60)).toBe('51 (−9 from 60)');
    expect(endFrom(62, 55)).toBe('62 (+7 from 55)');
    expect(endFrom(55, 55)).toBe('55 (no change from 55)');
  });
});

describe('the way on from a scene’s end', () => {
  it('names the next day, and says later the same day when the next scene shares it', () => {
    expect(onwardLabel('Wednesday', 'Monday')).toBe('On to Wednesday');
    expect(onwardLabel('Tuesday', 'Tuesday')).toBe('Also on Tuesday');
    expect(onwardLabel(undefined, 'Tuesday')).toBe('On to the next scene');
  });
});

describe('a reason shown as a sentence', () => {
  it('ends with a full stop, once', () => {
    expect(sentence('Grace heard her ward had been listened to')).toBe('Grace heard her ward had been listened to.');
    expect(sentence('You spoke your own jargon to the other side.')).toBe(
      'You spoke your own jargon to the other side.',
    );
    expect(sentence('She said “not tonight.”')).toBe('She said “not tonight.”');
  });
});

describe('a clue heard before', () => {
  it('finds the week the same person first said the same words, and nothing for news', () => {
    const said = { speaker: 'webb', text: 'Off the record? Every budget here is last year’s.', week: 3 };
    const again = { ...said, week: 6 };
    const clues = [said, { ...said, speaker: 'okafor', week: 2 }, again];
    expect(heardBefore(clues, again)).toBe(3);
    expect(heardBefore(clues, said)).toBeNull();
    expect(heardBefore(clues, { ...again, text: 'Something new.' })).toBeNull();
  });
});

describe('why a choice moved less than it asked', () => {
  it('names each meter and person that stopped, and says nothing when none did', () => {
    expect(stoppedText([])).toBeNull();
    expect(
      stoppedText([
        { target: 'trust.clinicians', at: 100 },
        { person: 'doyle', at: 100 },
      ]),
    ).toBe(
      'Trust of front-line staff and Kev Doyle’s trust in you were at their limit, 100, so they took less than was asked',
    );
    // A choice that moved nothing at all says the choice could not move it; limits apart are each named.
    expect(stoppedText([{ target: 'budget', at: 0 }], false)).toBe(
      'Budget was at its limit, 0, so the choice could not move it',
    );
    expect(
      stoppedText([
        { target: 'care', at: 100 },
        { target: 'budget', at: 0 },
      ]),
    ).toBe('Patient care and Budget were at their limits, 100 and 0, so they took less than was asked');
  });
});

describe('a change asked for again, at the scene’s end and in the debrief', () => {
  it('says the same words chase it up, and other words of the same choice follow it up, naming the first', () => {
    const first = { week: 2, text: 'Ask Janet to share ward-changing decisions a week ahead' };
    expect(askedAgain(3, { ...first, text: 'Ask Janet to put ED first' }, 'Ask Janet to put ED first')).toBe(
      'You asked for this in week 2. Asking again chases it up; the change is made, and scored, only once.',
    );
    expect(askedAgain(3, first, 'Ask Janet to keep the week-ahead trial going')).toBe(
      'This follows up the change you made in week 2 (“Ask Janet to share ward-changing decisions a week ahead”): a follow-up keeps it going, but it counts as one change, scored when first made.',
    );
    expect(askedAgain(2, first, 'Go through Friday’s notice')).toMatch(
      /^This follows up the change you made earlier this week/,
    );
  });
});

describe('netsText', () => {
  it('says a group’s own change beside one to all three groups is on top of it, and what it comes to', () => {
    // A misunderstanding that costs a manager trust, and front-line staff's trust besides: the front line lost 4.
    expect(
      netsText([
        { target: 'trust', delta: -2 },
        { target: 'trust.clinicians', delta: -2 },
      ]),
    ).toBe('Trust of all three groups −2 · Trust of front-line staff −2 on top (−4 in all)');
    expect(
      netsText([
        { target: 'trust', delta: 2 },
        { target: 'trust.executives', delta: -2 },
      ]),
    ).toBe('Trust of all three groups +2 · Trust of executives −2 on top (no change in all)');
    // Without a change to all three, a group's change is its own.
    expect(
      netsText([
        { target: 'trust.clinicians', delta: -2 },
        { target: 'care', delta: -2 },
      ]),
    ).toBe('Trust of front-line staff −2 · Patient care −2');
    expect(netsText([])).toBe('No change');
  });
});

describe('what a nod risks, in full or in one line', () => {
  it('is in full until words have come up in two scenes, however many words each had', () => {
    expect(nodRuleInFull([])).toBe(true);
    expect(nodRuleInFull([{ scene: 3 }, { scene: 3 }, { scene: 3 }])).toBe(true);
    expect(nodRuleInFull([{ scene: 3 }, { scene: 5 }])).toBe(false);
  });
});

describe('what follows a played week', () => {
  it('is the next plan, the run’s review after its last week, or its ending once one has come', () => {
    const full = { run: {} as never, ending: null };
    const workshop = { run: { weeks: WORKSHOP_WEEKS } as never, ending: null };
    expect(afterWeek({ ...full, week: 3 })).toEqual({ kind: 'plan', next: 'plan week 4', button: 'Plan week 4' });
    expect(afterWeek({ ...full, week: 8 })).toEqual({
      kind: 'review',
      next: 'the quarter review',
      button: 'To the quarter review',
    });
    expect(afterWeek({ ...workshop, week: 4 })).toEqual({
      kind: 'review',
      next: 'the month-end review',
      button: 'To the month-end review',
    });
    // An ending that came at a week's close (no confidence in week 3): not a plan for week 4.
    expect(afterWeek({ ...full, week: 3, ending: 'no_confidence' })).toEqual({
      kind: 'ending',
      next: 'see how the quarter ends',
      button: 'See how the quarter ends',
    });
  });
});

describe('a long game on offer', () => {
  const workshop = { weeks: WORKSHOP_WEEKS };

  it('says the hours it takes from the weeks ahead, and when it pays off', () => {
    expect(longGameOnOffer('paired', 2, {})).toBe(
      'Starts “Paired learning”: 1\u00a0h a week from next week until it pays off in week 5',
    );
    expect(longGameOnOffer('paired', 1, workshop)).toBe(
      'Starts “Paired learning”: 1\u00a0h a week from next week until it pays off in week 3',
    );
  });

  it('in the workshop quarter, says the week of hours even shadowing takes before it pays off', () => {
    // Shadowing's two weeks, halved, were one: begun in week 2 it paid off in week 3, and no week was charged.
    expect(longGameOnOffer('shadowing', 2, workshop)).toBe(
      'Starts “Shadowing”: 1\u00a0h a week from next week until it pays off in week 4',
    );
  });

  it('begun too late, says it pays off after the run, with hours only where a week is left to take them from', () => {
    expect(longGameOnOffer('paired', 3, workshop)).toBe(
      'Starts “Paired learning”: 1\u00a0h a week from next week; it would pay off in week 5, after the month ends',
    );
    expect(longGameOnOffer('shadowing', 4, workshop)).toBe(
      'Starts “Shadowing”: it would pay off in week 6, after the month ends',
    );
    expect(longGameTooLate('paired learning', 5, 1, 3, workshop)).toBe(
      'Started: paired learning. It pays off from week 5, after the month ends, but takes 1\u00a0h every week until then.',
    );
    expect(longGameTooLate('shadowing', 6, 1, 4, workshop)).toBe(
      'Started: shadowing. It pays off from week 6, after the month ends, and takes none of your hours before then.',
    );
  });
});
