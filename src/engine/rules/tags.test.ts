import { describe, expect, it } from 'vitest';
import { parseTag } from './tags.ts';

const parsed = (t: string) => {
  const r = parseTag(t);
  if (!r.ok) throw new Error(r.error);
  return r.tag;
};
const error = (t: string) => {
  const r = parseTag(t);
  if (r.ok) throw new Error(`"${t}" should be refused`);
  return r.error;
};

describe('tag grammar', () => {
  it.each([
    ['budget -5', { kind: 'effect', effect: { kind: 'meter', target: 'budget', delta: -5 } }],
    ['care +3', { kind: 'effect', effect: { kind: 'meter', target: 'care', delta: 3 } }],
    ['trust +2', { kind: 'effect', effect: { kind: 'meter', target: 'trust', delta: 2 } }],
    ['trust.clinicians +4', { kind: 'effect', effect: { kind: 'meter', target: 'trust.clinicians', delta: 4 } }],
    ['trust.executives -1', { kind: 'effect', effect: { kind: 'meter', target: 'trust.executives', delta: -1 } }],
    ['wellbeing -2', { kind: 'effect', effect: { kind: 'meter', target: 'wellbeing', delta: -2 } }],
    ['hours -2', { kind: 'effect', effect: { kind: 'hours', delta: -2 } }],
    [
      'later 2 care -4',
      { kind: 'effect', effect: { kind: 'later', after: 2, effect: { kind: 'meter', target: 'care', delta: -4 } } },
    ],
    [
      'later 3 trust.nair -1 why Priya was bleeped to Rowan   twice before ten',
      {
        kind: 'effect',
        effect: {
          kind: 'later',
          after: 3,
          effect: { kind: 'person', id: 'nair', delta: -1 },
          why: 'Priya was bleeped to Rowan twice before ten',
        },
      },
    ],
    ['skill listening', { kind: 'skill', skill: 'listening' }],
    ['level department', { kind: 'level', level: 'department' }],
    ['finding absence', { kind: 'finding', finding: 'absence' }],
    ['barrier jargon', { kind: 'barrier', barrier: 'jargon' }],
    ['intervene practice', { kind: 'intervene', level: 'practice' }],
    ['intervene practice asked clinicians', { kind: 'intervene', level: 'practice', asked: 'clinicians' }],
    ['clue organisation', { kind: 'clue', level: 'organisation' }],
    ['request executives', { kind: 'request', group: 'executives' }],
    ['jargon', { kind: 'jargon' }],
    ['jargon leaders', { kind: 'jargon', heard: 'leaders' }],
    ['speaker okafor worried', { kind: 'speaker', speaker: 'okafor', mood: 'worried' }],
    ['speaker you', { kind: 'speaker', speaker: 'you', mood: 'neutral' }],
    ['speaker marsh neutral recorded', { kind: 'speaker', speaker: 'marsh', mood: 'neutral', recorded: true }],
    ['place finance', { kind: 'place', place: 'finance' }],
    ['day Friday', { kind: 'day', day: 'Friday' }],
    ['title The list that was not', { kind: 'title', title: 'The list that was not' }],
    ['end', { kind: 'end' }],
    ['aside', { kind: 'aside' }],
    ['  budget   +1  ', { kind: 'effect', effect: { kind: 'meter', target: 'budget', delta: 1 } }],
  ])('parses "%s"', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['budget 5', /signed number/],
    ['budget +0', /changes nothing/],
    ['budget +25', /limit/],
    ['budget', /needs a signed number/],
    ['trust.patients +2', /unknown trust group or character/],
    ['hours 2', /signed number/],
    ['later 0 care -1', /from 1 to 8/],
    ['later 9 care -1', /from 1 to 8/],
    ['later 2 hours -1', /unknown meter/],
    ['later 2', /unknown meter/],
    ['later 2 care -1 why', /needs the cause after "why"/],
    ['later 2 why The TTOs were late', /unknown meter/],
    ['skill charisma', /unknown skill/],
    ['level ward', /unknown cultural level/],
    ['intervene', /takes a level/],
    ['intervene ward', /unknown cultural level "ward"/],
    ['intervene practice clinicians', /optionally "asked" and the group/],
    ['intervene practice asked', /optionally "asked" and the group/],
    ['intervene practice asked patients', /optionally "asked" and the group/],
    ['intervene practice asked clinicians twice', /optionally "asked" and the group/],
    ['clue practice asked clinicians', /takes one word/],
    ['request', /takes one word/],
    ['request patients', /unknown trust group "patients"/],
    ['request clinicians leaders', /takes one word/],
    ['finding gossip', /unknown finding "gossip"/],
    ['barrier money', /unknown barrier/],
    ['speaker nobody', /unknown speaker/],
    ['speaker okafor furious', /unknown mood/],
    ['speaker marsh neutral taped', /only "recorded" may follow/],
    ['speaker marsh neutral recorded loud', /unexpected "loud"/],
    ['speaker you neutral recorded', /player is always there/],
    ['place moon', /unknown place/],
    ['day Sunday', /unknown day/],
    ['title', /needs the scene title/],
    ['end now', /takes nothing/],
    ['jargon consultants', /unknown trust group "consultants"/],
    ['jargon leaders executives', /takes one word/],
    ['budget -2 extra', /unexpected/],
    ['flavour text', /unknown tag/],
    ['', /empty/],
  ])('refuses "%s"', (text, message) => {
    expect(error(text)).toMatch(message);
  });
});
