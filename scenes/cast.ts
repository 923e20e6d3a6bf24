/**
 * Who stands where: a pure model of the two portrait places on the stage.
 *
 * The last two people to speak stand one on each side, so a conversation reads
 * as two people facing each other; whoever is speaking is lit, the other is
 * dimmed. A new speaker takes the side away from the one who spoke last.
 * Narration keeps both in place but dims them; the player (`you`) has no
 * portrait and leaves the stage as it is (the listener stays lit).
 */
import type { Line } from '../src/engine/rules/rules.ts';
import type { Mood } from '../src/engine/rules/types.ts';
import { hasPortrait } from './portraits.ts';

export type Side = 'left' | 'right';

export interface Actor {
  id: string;
  mood: Mood;
}

export interface Cast {
  left: Actor | null;
  right: Actor | null;
  /** The side that is speaking now (lit), or null when nobody on stage speaks. */
  active: Side | null;
  /** The side that spoke most recently, so the next newcomer takes the other one. */
  lastSide: Side | null;
}

export const EMPTY_CAST: Cast = { left: null, right: null, active: null, lastSide: null };

export const SIDES: readonly Side[] = ['left', 'right'];

export function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

/** Someone speaks. Characters without a portrait (`you`) change nothing. */
export function speak(cast: Cast, id: string, mood: Mood): Cast {
  if (!hasPortrait(id)) return cast;
  const actor: Actor = { id, mood };
  for (const side of SIDES) {
    if (cast[side]?.id === id) return { ...cast, [side]: actor, active: side, lastSide: side };
  }
  const side: Side = cast.lastSide ? otherSide(cast.lastSide) : 'left';
  return { ...cast, [side]: actor, active: side, lastSide: side };
}

/** A narration line: everyone stays, nobody is lit. */
export function narrate(cast: Cast): Cast {
  return cast.active === null ? cast : { ...cast, active: null };
}

/** Play a batch of dialogue lines through the cast, in order. */
export function playLines(cast: Cast, lines: readonly Line[]): Cast {
  let next = cast;
  for (const line of lines) {
    next = line.speaker ? speak(next, line.speaker, line.mood ?? 'neutral') : narrate(next);
  }
  return next;
}

export function sameActor(a: Actor | null, b: Actor | null): boolean {
  return a === b || (a !== null && b !== null && a.id === b.id && a.mood === b.mood);
}

export function sameCast(a: Cast, b: Cast): boolean {
  return sameActor(a.left, b.left) && sameActor(a.right, b.right) && a.active === b.active && a.lastSide === b.lastSide;
}

/** The part of the store that decides who stands on the stage. */
export interface StageInput {
  screen: string;
  week: number;
  sceneIndex: number;
  speaker: Actor | null;
  lines: readonly Line[];
  /** The scene's lines before the choices made in it, batch by batch (absent in saves from before they were kept). */
  earlier?: readonly { lines: readonly Line[] }[] | undefined;
}

/**
 * The cast after the store moved from `prev` to `next`. Leaving the scene screen
 * or starting another scene clears the stage; a new batch of lines is played in
 * order (each line carries its speaker and mood); a speaker change without new
 * lines (a tag on a silent line) brings that speaker forward. A scene the stage
 * meets part-way (picked up after a reload) first plays the lines before its
 * choices, so the same people stand there as when it was played through.
 */
export function castFor(cast: Cast, prev: StageInput | null, next: StageInput): Cast {
  if (next.screen !== 'scene') return EMPTY_CAST;
  const newScene =
    prev === null || prev.screen !== 'scene' || prev.week !== next.week || prev.sceneIndex !== next.sceneIndex;
  const base = newScene
    ? playLines(
        EMPTY_CAST,
        (next.earlier ?? []).flatMap((b) => b.lines),
      )
    : cast;
  const linesChanged = newScene || prev.lines !== next.lines;
  if (linesChanged && next.lines.length > 0) return playLines(base, next.lines);
  const speakerChanged = newScene || !sameActor(prev.speaker, next.speaker);
  if (speakerChanged && next.speaker) return speak(base, next.speaker.id, next.speaker.mood);
  return base;
}
