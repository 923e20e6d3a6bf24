/**
 * Character portraits: one deterministic SVG per character and mood, drawn with
 * DiceBear's Open Peeps style (art CC0 1.0, Pablo Stanley; code MIT).
 *
 * Pure data and string building: no Phaser, no DOM, so the overlay (a small
 * portrait beside the dialogue) and tests can use it too.
 */
import { createAvatar } from '@dicebear/core';
import * as openPeeps from '@dicebear/open-peeps';
import type { Mood } from '../src/engine/rules/types.ts';
import { asciiSvg, svgDataUrl } from './svgdata.ts';

type PeepOptions = openPeeps.Options;
type Head = NonNullable<PeepOptions['head']>[number];
type Face = NonNullable<PeepOptions['face']>[number];
type FacialHair = NonNullable<PeepOptions['facialHair']>[number];
type Accessory = NonNullable<PeepOptions['accessories']>[number];

/** The faces each mood may use (DESIGN.md: neutral / pleased / worried). */
export const MOOD_FACES = {
  neutral: ['calm', 'serious'],
  pleased: ['smile', 'smileBig'],
  worried: ['concerned', 'tired'],
} as const satisfies Record<Mood, readonly Face[]>;

export interface PortraitStyle {
  /** Hair or headwear. */
  head: Head;
  /** Hex without `#`. */
  skin: string;
  /** What they wear, hex without `#`: the quickest way to tell people apart. */
  clothing: string;
  /** Hair colour for the heads that take one (grey, ginger), hex without `#`. */
  hair: string;
  facialHair?: FacialHair;
  accessory?: Accessory;
  faces: { [M in Mood]: (typeof MOOD_FACES)[M][number] };
  /** Plain words for the look, for anyone who describes the picture in text. */
  look: string;
}

/**
 * How each person looks. Clothing carries the role: nurses in navy and blue
 * scrubs, the medical registrar in wine-red scrubs, the head of nursing in dark navy, the medical director in teal,
 * finance in mustard with glasses, the COO in a dark jacket, the porter in green,
 * the GP and clinical director from the place partnership in a deep plum blazer.
 */
export const PORTRAIT_STYLES = {
  okafor: {
    head: 'bun',
    skin: '694d3d',
    clothing: '2b3a67',
    hair: '2c1b18',
    faces: { neutral: 'serious', pleased: 'smile', worried: 'concerned' },
    look: 'Navy ward-sister scrubs, hair up in a bun with a navy band.',
  },
  bello: {
    head: 'flatTop',
    skin: 'ae5d29',
    clothing: '4f7cc4',
    hair: '2c1b18',
    faces: { neutral: 'calm', pleased: 'smileBig', worried: 'tired' },
    look: 'Mid-blue healthcare-assistant scrubs, flat-top haircut.',
  },
  nair: {
    head: 'long',
    skin: 'd08b5b',
    clothing: '8e2f4a',
    hair: '2c1b18',
    faces: { neutral: 'serious', pleased: 'smile', worried: 'tired' },
    look: 'Wine-red scrubs, long dark hair.',
  },
  achterberg: {
    head: 'grayShort',
    skin: 'ffdbb4',
    clothing: '6b4f8c',
    hair: 'c9c4bb',
    facialHair: 'full4',
    faces: { neutral: 'serious', pleased: 'smile', worried: 'concerned' },
    look: 'Plum shirt, short grey hair and a full grey beard.',
  },
  marsh: {
    head: 'grayMedium',
    skin: 'edb98a',
    clothing: '1f6f78',
    hair: 'd5d0c6',
    faces: { neutral: 'serious', pleased: 'smile', worried: 'concerned' },
    look: 'Teal top, grey hair to the collar.',
  },
  webb: {
    head: 'short5',
    skin: 'ae5d29',
    clothing: 'c68f2c',
    hair: '2c1b18',
    accessory: 'glasses3',
    faces: { neutral: 'serious', pleased: 'smileBig', worried: 'concerned' },
    look: 'Mustard jumper, dark-framed glasses, short hair.',
  },
  cole: {
    head: 'bangs',
    skin: 'edb98a',
    clothing: '33373d',
    hair: 'd6b370',
    faces: { neutral: 'serious', pleased: 'smile', worried: 'tired' },
    look: 'Dark charcoal jacket, fair bob with a fringe.',
  },
  doyle: {
    head: 'short4',
    skin: 'ffdbb4',
    clothing: '3d8b40',
    hair: 'c2531c',
    facialHair: 'moustache9',
    faces: { neutral: 'calm', pleased: 'smileBig', worried: 'concerned' },
    look: "Green porter's uniform, ginger hair and moustache.",
  },
  quinn: {
    head: 'grayBun',
    skin: 'f2c9a0',
    clothing: '1b2a4a',
    hair: 'bdb6ad',
    accessory: 'glasses4',
    faces: { neutral: 'serious', pleased: 'smile', worried: 'concerned' },
    look: 'Dark navy senior nurse’s tunic, grey hair in a bun, reading glasses.',
  },
  rao: {
    head: 'longBangs',
    skin: 'b7775a',
    clothing: '4e2450',
    hair: '1c1412',
    accessory: 'glasses2',
    faces: { neutral: 'serious', pleased: 'smile', worried: 'tired' },
    look: 'Deep plum blazer, long dark hair with a fringe, glasses.',
  },
} as const satisfies Record<string, PortraitStyle>;

export type PortraitId = keyof typeof PORTRAIT_STYLES;

export const PORTRAIT_IDS = Object.keys(PORTRAIT_STYLES) as PortraitId[];

/** True for the characters who have a portrait (`you` and narration do not). */
export function hasPortrait(id: string): id is PortraitId {
  return Object.prototype.hasOwnProperty.call(PORTRAIT_STYLES, id);
}

/** The texture key the Phaser scenes use for one portrait. */
export function portraitKey(id: string, mood: Mood): string {
  return `portrait-${id}-${mood}`;
}

/**
 * The art is drawn on a 704-unit square with the body running on below it and
 * some hair above it. We show a taller, slightly wider bust, so hair is never
 * cut off and clothing (the quickest cue to a role) reads at a glance.
 */
export const PORTRAIT_VIEWBOX = { x: -56, y: -48, width: 816, height: 928 } as const;

/**
 * The SVG text for one character in one mood. Pure and deterministic: the same
 * arguments always give the same string. ASCII only (non-ASCII is written as
 * XML character references), so it can go straight through `btoa`.
 */
export function portraitSvg(id: string, mood: Mood): string {
  if (!hasPortrait(id)) throw new Error(`No portrait for "${id}"`);
  const style: PortraitStyle = PORTRAIT_STYLES[id];
  const svg = createAvatar(openPeeps, {
    seed: `common-ground:${id}`,
    head: [style.head],
    face: [style.faces[mood]],
    skinColor: [style.skin],
    clothingColor: [style.clothing],
    headContrastColor: [style.hair],
    facialHair: style.facialHair ? [style.facialHair] : [],
    facialHairProbability: style.facialHair ? 100 : 0,
    accessories: style.accessory ? [style.accessory] : [],
    accessoriesProbability: style.accessory ? 100 : 0,
    mask: [],
    maskProbability: 0,
    backgroundColor: ['transparent'],
    clip: false,
  }).toString();
  const { x, y, width, height } = PORTRAIT_VIEWBOX;
  const bust = svg.replace('viewBox="0 0 704 704"', `viewBox="${x} ${y} ${width} ${height}"`);
  return asciiSvg(bust);
}

/** A data URI for `<img src>` or a texture loader. */
export function portraitDataUri(id: string, mood: Mood): string {
  return svgDataUrl(portraitSvg(id, mood));
}
