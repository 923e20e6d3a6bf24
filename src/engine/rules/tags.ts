/**
 * The effect-tag grammar. Every `# tag` in a story is one of these forms
 * (documented in the README, "Writing a scenario"); anything else is refused
 * with a message saying what was expected.
 *
 *   budget -5 | care +3 | trust +2 | trust.clinicians +4 | wellbeing -2
 *   trust.okafor +2                      (one named character's trust in you)
 *   hours -2
 *   later 2 care -4 | later 3 trust.webb -2
 *   later 2 care -4 why The TTOs were late again   (what will have happened, shown when it lands)
 *   skill listening | level department | barrier status
 *   speaker okafor worried | place ward | title <text> | day Monday | week 3 | end
 *   speaker marsh neutral recorded       (said on a video, in an email: nobody there to ask)
 *   clue practice                        (a line that points at the pressing level)
 *   intervene department                 (a choice aimed at a cultural level)
 *   intervene practice asked clinicians  (… that one group asked for: aimed at the wrong level, it costs them nothing)
 *   request clinicians                   (a line showing that group asking for it, before the choice on every path)
 *   arc paired | build kitchen | jargon | term capacity
 *   jargon leaders                       (jargon said to a group other than the other role's own)
 *   finding absence                      (the research a choice relates to, for the debrief)
 *   authority rota                       (a move only one role's real authority allows)
 *   claim care>=45                       (what an ending's line says about the final state)
 */
import {
  AUTHORITIES,
  CLAIM_VARS,
  ARCS,
  BARRIERS,
  DAYS,
  LEVELS,
  METER_TARGETS,
  MOODS,
  PLACES,
  STRUCTURES,
  TRUST_GROUPS,
  WEEKS,
  type Effect,
  type MeterEffect,
  type MeterTarget,
  type PersonEffect,
  type Claim,
  type Tag,
} from './types.ts';
import { SKILLS } from './skills.ts';
import { CHARACTER_IDS } from './characters.ts';
import { TERM_IDS } from './glossary.ts';
import { FINDINGS, type FindingId } from './findings.ts';
import { typeset } from './prose.ts';

const FINDING_IDS = Object.keys(FINDINGS) as FindingId[];

export const MAX_DELTA = 20;
export const MAX_DELAY = 8;

export type TagResult = { ok: true; tag: Tag } | { ok: false; error: string };

const SIGNED = /^[+-]\d{1,3}$/;

function includes<T extends string>(list: readonly T[], word: string | undefined): word is T {
  return word !== undefined && (list as readonly string[]).includes(word);
}

function parseDelta(word: string | undefined, what: string): number | string {
  if (word === undefined) return `${what} needs a signed number, e.g. "${what} -3"`;
  if (!SIGNED.test(word)) return `"${word}" is not a signed number (write +3 or -3)`;
  const n = Number(word);
  if (n === 0) return `${what} 0 changes nothing; remove the tag`;
  if (Math.abs(n) > MAX_DELTA) return `${what} ${word} is larger than the limit of ±${MAX_DELTA}`;
  return n;
}

function parseMeterEffect(words: string[]): MeterEffect | PersonEffect | string {
  const [target, amount, ...rest] = words;
  const person = target?.startsWith('trust.') ? target.slice('trust.'.length) : undefined;
  if (person && person !== 'you' && CHARACTER_IDS.includes(person)) {
    const delta = parseDelta(amount, target!);
    if (typeof delta === 'string') return delta;
    if (rest.length) return `unexpected "${rest.join(' ')}" after "${target} ${amount ?? ''}"`;
    return { kind: 'person', id: person, delta };
  }
  if (!includes(METER_TARGETS, target)) {
    if (person) {
      return `unknown trust group or character "${person}" (groups: clinicians, leaders, executives; characters: ${CHARACTER_IDS.filter((c) => c !== 'you').join(', ')})`;
    }
    return `unknown meter "${target ?? ''}" (expected one of ${METER_TARGETS.join(', ')})`;
  }
  const delta = parseDelta(amount, target);
  if (typeof delta === 'string') return delta;
  if (rest.length) return `unexpected "${rest.join(' ')}" after "${target} ${amount ?? ''}"`;
  return { kind: 'meter', target: target satisfies MeterTarget, delta };
}

const fail = (error: string): TagResult => ({ ok: false, error });
const ok = (tag: Tag): TagResult => ({ ok: true, tag });

/** Parse one tag (the text after `#`). Never throws. */
export function parseTag(raw: string): TagResult {
  const text = raw.trim();
  if (!text) return fail('empty tag');
  const words = text.split(/\s+/);
  const [head, ...rest] = words;
  const one = (list: readonly string[], name: string): string | undefined => {
    if (rest.length !== 1) return `"${head}" takes one word: ${list.join(' | ')}`;
    if (!list.includes(rest[0]!)) return `unknown ${name} "${rest[0]}" (expected ${list.join(' | ')})`;
    return undefined;
  };
  switch (head) {
    case 'hours': {
      if (rest.length !== 1) return fail('"hours" takes one signed number, e.g. "hours -2"');
      const delta = parseDelta(rest[0], 'hours');
      return typeof delta === 'string' ? fail(delta) : ok({ kind: 'effect', effect: { kind: 'hours', delta } });
    }
    case 'later': {
      const [n, ...words] = rest;
      if (!n || !/^\d+$/.test(n) || Number(n) < 1 || Number(n) > MAX_DELAY) {
        return fail(`"later" needs a number of scenes from 1 to ${MAX_DELAY}, e.g. "later 2 care -4"`);
      }
      // An optional cause after "why": what will have happened by the time it lands.
      const at = words.indexOf('why');
      const effectWords = at < 0 ? words : words.slice(0, at);
      const why = at < 0 ? undefined : words.slice(at + 1).join(' ');
      if (why !== undefined && !why)
        return fail('"later … why" needs the cause after "why", e.g. "later 2 care -4 why …"');
      const effect = parseMeterEffect(effectWords);
      if (typeof effect === 'string') return fail(`in "later": ${effect}`);
      const delayed: Effect = { kind: 'later', after: Number(n), effect, ...(why ? { why: typeset(why) } : {}) };
      return ok({ kind: 'effect', effect: delayed });
    }
    case 'skill': {
      const e = one(SKILLS, 'skill');
      return e ? fail(e) : ok({ kind: 'skill', skill: rest[0] as (typeof SKILLS)[number] });
    }
    case 'finding': {
      const e = one(FINDING_IDS, 'finding');
      return e ? fail(e) : ok({ kind: 'finding', finding: rest[0] as FindingId });
    }
    case 'level': {
      const e = one(LEVELS, 'cultural level');
      return e ? fail(e) : ok({ kind: 'level', level: rest[0] as (typeof LEVELS)[number] });
    }
    case 'barrier': {
      const e = one(BARRIERS, 'barrier');
      return e ? fail(e) : ok({ kind: 'barrier', barrier: rest[0] as (typeof BARRIERS)[number] });
    }
    case 'place': {
      const e = one(PLACES, 'place');
      return e ? fail(e) : ok({ kind: 'place', place: rest[0] as (typeof PLACES)[number] });
    }
    case 'day': {
      const e = one(DAYS, 'day');
      return e ? fail(e) : ok({ kind: 'day', day: rest[0] as (typeof DAYS)[number] });
    }
    case 'speaker': {
      const [who, mood = 'neutral', ...extra] = rest;
      if (!includes(CHARACTER_IDS, who)) {
        return fail(`unknown speaker "${who ?? ''}" (expected one of ${CHARACTER_IDS.join(', ')})`);
      }
      if (!includes(MOODS, mood)) return fail(`unknown mood "${mood}" (expected ${MOODS.join(' | ')})`);
      const recorded = extra[0] === 'recorded';
      if (extra.length > (recorded ? 1 : 0)) {
        return fail(
          `unexpected "${extra.slice(recorded ? 1 : 0).join(' ')}" after the mood (only "recorded" may follow it)`,
        );
      }
      if (recorded && who === 'you') return fail('"recorded" marks someone else\'s words; the player is always there');
      return ok(recorded ? { kind: 'speaker', speaker: who, mood, recorded } : { kind: 'speaker', speaker: who, mood });
    }
    case 'week': {
      const n = Number(rest[0]);
      if (rest.length !== 1 || !Number.isInteger(n) || n < 1 || n > WEEKS) {
        return fail(`"week" takes a week number from 1 to ${WEEKS}`);
      }
      return ok({ kind: 'week', week: n });
    }
    case 'clue': {
      const e = one(LEVELS, 'cultural level');
      return e ? fail(e) : ok({ kind: head, level: rest[0] as (typeof LEVELS)[number] });
    }
    case 'intervene': {
      // The group that asked for the change, when one did: `intervene practice asked clinicians`.
      const [level, word, group, ...extra] = rest;
      const wanted = `"intervene" takes a level (${LEVELS.join(' | ')}), then optionally "asked" and the group that asked for the change (${TRUST_GROUPS.join(' | ')})`;
      if (!includes(LEVELS, level)) return fail(level ? `unknown cultural level "${level}" (${wanted})` : wanted);
      if (word === undefined) return ok({ kind: 'intervene', level });
      if (word !== 'asked' || !includes(TRUST_GROUPS, group) || extra.length) return fail(wanted);
      return ok({ kind: 'intervene', level, asked: group });
    }
    case 'request': {
      const e = one(TRUST_GROUPS, 'trust group');
      return e ? fail(e) : ok({ kind: 'request', group: rest[0] as (typeof TRUST_GROUPS)[number] });
    }
    case 'arc': {
      const e = one(ARCS, 'arc');
      return e ? fail(e) : ok({ kind: 'arc', arc: rest[0] as (typeof ARCS)[number] });
    }
    case 'build': {
      const e = one(STRUCTURES, 'structure');
      return e ? fail(e) : ok({ kind: 'build', structure: rest[0] as (typeof STRUCTURES)[number] });
    }
    case 'jargon': {
      // Who heard it, when it is not the other role's own side (a manager's jargon to the consultants).
      if (!rest.length) return ok({ kind: 'jargon' });
      const e = one(TRUST_GROUPS, 'trust group');
      return e ? fail(e) : ok({ kind: 'jargon', heard: rest[0] as (typeof TRUST_GROUPS)[number] });
    }
    case 'term': {
      const e = one(TERM_IDS, 'glossary term');
      return e ? fail(e) : ok({ kind: 'term', term: rest[0]! });
    }
    case 'asks': {
      const e = one(TERM_IDS, 'glossary term');
      return e ? fail(e) : ok({ kind: 'asks', term: rest[0]! });
    }
    case 'nods': {
      const e = one(TERM_IDS, 'glossary term');
      return e ? fail(e) : ok({ kind: 'nods', term: rest[0]! });
    }
    case 'authority': {
      const e = one(AUTHORITIES, 'authority');
      return e ? fail(e) : ok({ kind: 'authority', authority: rest[0] as (typeof AUTHORITIES)[number] });
    }
    case 'claim': {
      const m = rest.length === 1 ? /^([a-z.]+)(>=|<=|>|<)(-?\d{1,3})$/.exec(rest[0]!) : null;
      if (!m || !includes(CLAIM_VARS, m[1])) {
        return fail(
          `"claim" takes one comparison such as "care>=45" (on ${CLAIM_VARS.join(', ')}; with >=, <=, > or <)`,
        );
      }
      const claim: Claim = { on: m[1], op: m[2] as Claim['op'], value: Number(m[3]) };
      return ok({ kind: 'claim', claim });
    }
    case 'title':
      return rest.length ? ok({ kind: 'title', title: rest.join(' ') }) : fail('"title" needs the scene title');
    case 'end':
      return rest.length ? fail('"end" takes nothing after it') : ok({ kind: 'end' });
    case 'aside':
      return rest.length ? fail('"aside" takes nothing after it') : ok({ kind: 'aside' });
    default: {
      const effect = parseMeterEffect(words);
      if (typeof effect !== 'string') return ok({ kind: 'effect', effect });
      if (includes(METER_TARGETS, head) || head?.startsWith('trust.')) return fail(effect);
      return fail(`unknown tag "${text}"`);
    }
  }
}
