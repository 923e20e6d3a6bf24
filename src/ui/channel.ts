/**
 * The one way the DOM overlay and the Phaser world talk (besides the store,
 * which the world only reads): typed messages, no document events. The
 * overlay owns the channel and hands it to the world when the world loads.
 */
import type { Building } from '../engine/rules/quarter.ts';
import type { Place } from '../engine/rules/types.ts';

export interface PlanSelection {
  visits: readonly Place[];
  /** Null until the plan screen has said where the player works from. */
  base: Building | null;
}

export interface ChannelMessages {
  /** The overlay has revealed this many lines of the current batch. */
  reveal: number;
  /** The plan screen's selection: whenever it changes, when it opens and (empty) when it closes. */
  planSelection: PlanSelection;
  /** A marker on the map was clicked or tapped: the plan screen toggles that place. */
  mapPick: Place;
}

type Listener<K extends keyof ChannelMessages> = (message: ChannelMessages[K]) => void;

export class Channel {
  private readonly listeners = new Map<keyof ChannelMessages, Set<(message: never) => void>>();

  /** Listen for one kind of message; returns the way to stop. */
  on<K extends keyof ChannelMessages>(kind: K, listener: Listener<K>): () => void {
    let set = this.listeners.get(kind);
    if (!set) this.listeners.set(kind, (set = new Set()));
    set.add(listener);
    return () => void set.delete(listener);
  }

  send<K extends keyof ChannelMessages>(kind: K, message: ChannelMessages[K]): void {
    for (const listener of [...(this.listeners.get(kind) ?? [])]) (listener as Listener<K>)(message);
  }
}
