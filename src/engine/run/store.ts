/** The single source of truth for the views. Written by the engine only. */
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { initialState, type GameState } from '../rules/rules.ts';

export type SaveStatus =
  | { kind: 'on' }
  | { kind: 'off'; reason: string }
  | { kind: 'failed'; reason: string }
  /** Another tab or window has saved this game since: autosaves wait for the player's word. */
  | { kind: 'elsewhere' };

export interface ViewState extends GameState {
  saveStatus: SaveStatus;
  /** Set when the story itself broke at run time; the overlay shows it. */
  storyError: string | null;
}

export type GameStore = Mutate<StoreApi<ViewState>, [['zustand/subscribeWithSelector', never]]>;

export function freshViewState(): ViewState {
  return { ...initialState(), saveStatus: { kind: 'on' }, storyError: null };
}

export function createGameStore(): GameStore {
  return createStore<ViewState>()(subscribeWithSelector(() => freshViewState()));
}
