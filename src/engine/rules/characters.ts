/** The people of Alderbank General. Data only; portraits live in scenes/portraits.ts. */
import type { TrustGroup } from './types.ts';

export interface Character {
  id: string;
  name: string;
  /** How the dialogue panel labels them. */
  short: string;
  job: string;
  group: TrustGroup;
  /** Formal standing, 1 (front line) to 5 (executive). */
  standing: number;
}

export const CHARACTERS = [
  {
    id: 'okafor',
    name: 'Sister Grace Okafor',
    short: 'Grace Okafor',
    job: 'Ward sister, Larch Ward',
    group: 'clinicians',
    standing: 2,
  },
  {
    id: 'bello',
    name: 'Ade Bello',
    short: 'Ade Bello',
    job: 'Healthcare assistant, Larch Ward',
    group: 'clinicians',
    standing: 1,
  },
  {
    id: 'nair',
    name: 'Dr Priya Nair',
    short: 'Dr Nair',
    job: 'Medical registrar, on the acute take',
    group: 'clinicians',
    standing: 2,
  },
  {
    id: 'achterberg',
    name: 'Mr Daniel Achterberg',
    short: 'Mr Achterberg',
    job: 'Consultant surgeon, clinical lead for theatres',
    group: 'leaders',
    standing: 4,
  },
  { id: 'marsh', name: 'Dr Helen Marsh', short: 'Dr Marsh', job: 'Medical director', group: 'leaders', standing: 5 },
  {
    id: 'webb',
    name: 'Marcus Webb',
    short: 'Marcus Webb',
    job: 'Finance business partner, medicine',
    group: 'executives',
    standing: 3,
  },
  {
    id: 'cole',
    name: 'Janet Cole',
    short: 'Janet Cole',
    job: 'Chief operating officer',
    group: 'executives',
    standing: 5,
  },
  {
    id: 'quinn',
    name: 'Bernie Quinn',
    short: 'Bernie Quinn',
    job: 'Head of nursing, medicine',
    group: 'leaders',
    standing: 4,
  },
  { id: 'doyle', name: 'Kev Doyle', short: 'Kev Doyle', job: 'Porter', group: 'clinicians', standing: 1 },
  {
    id: 'rao',
    name: 'Dr Sunita Rao',
    short: 'Dr Rao',
    job: 'GP and clinical director, Alderbank place partnership',
    group: 'leaders',
    standing: 4,
  },
] as const satisfies readonly Character[];

export type CharacterId = (typeof CHARACTERS)[number]['id'];

/** `you` is the player speaking aloud. */
export const CHARACTER_IDS: readonly string[] = ['you', ...CHARACTERS.map((c) => c.id)];

const BY_ID: ReadonlyMap<string, Character> = new Map(CHARACTERS.map((c) => [c.id, c]));

/** A character by id (a map lookup: trust changes ask this for every person). */
export function characterById(id: string): Character | undefined {
  return BY_ID.get(id);
}
