/** Small helpers for the sentences the engine writes. */
import type { MeterTarget, Role, TrustGroup } from './types.ts';
import { byText } from './by-text.ts';

/** Words as a sentence lists them: "a", "a and b", "a, b and c". */
export const listOf = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** A count as a sentence says it: words to ten ("no" for nothing, unless `zero` says otherwise), figures after. */
export const inWords = (n: number, zero = 'no'): string => (n === 0 ? zero : (NUMBER_WORDS[n] ?? String(n)));

/** A place in a run as a sentence says it: "first" to "tenth", then "11th", "21st", "22nd". */
export function ordinal(n: number): string {
  const word = ORDINAL_WORDS[n - 1];
  if (word) return word;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * Straight quotes as a typesetter sets them, so the story reads like the rest of the game: “ and ” for
 * double quotes, ‘ for a single quote that opens, ’ for one that closes and for an apostrophe.
 */
export function typeset(text: string): string {
  return text.includes('"') || text.includes("'") ? setQuotes(text) : text;
}

const setQuotes = byText((text) =>
  text
    .replace(/(^|[\s([{—–-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{—–“-])'/g, '$1‘')
    .replace(/'/g, '’'),
);

/** Quotes as typed, straight: a text saved before the story's quotes were set curly still matches, and back. */
export const plainQuotes = (text: string): string => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

/** Hours as people write them: "3 h", "½ h", "1½ h". */
export function hoursText(n: number): string {
  const sign = n < 0 ? '−' : '';
  const a = Math.abs(n);
  const whole = Math.floor(a);
  const half = a - whole >= 0.5;
  // A no-break space: "1 h" never splits across two lines.
  return `${sign}${whole === 0 && half ? '' : whole}${half ? '½' : ''}\u00a0h`;
}

/** The post each role holds at Alderbank: a move marked as the role's own uses that post's authority. */
export const ROLE_POST: Record<Role, string> = { clinician: 'clinical director', manager: 'general manager' };

/** The two roles as the game names them to the player. */
export const ROLE_LABEL: Record<Role, string> = {
  clinician: 'Clinician leader',
  manager: 'Operational manager',
};

/** What each trust group is called on screen, and in what the rules say of it. */
export const TRUST_GROUP_LABEL: Record<TrustGroup, string> = {
  clinicians: 'Front-line staff',
  leaders: 'Clinical leaders',
  executives: 'Executives',
};

/** What each meter a change can move is called on screen. */
export const TARGET_LABEL: Record<MeterTarget | 'hours', string> = {
  budget: 'Budget',
  care: 'Patient care',
  trust: 'Trust of all three groups',
  'trust.clinicians': 'Trust of front-line staff',
  'trust.leaders': 'Trust of clinical leaders',
  'trust.executives': 'Trust of executives',
  wellbeing: 'Wellbeing',
  hours: 'Hours',
};
