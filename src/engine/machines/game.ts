/**
 * The game's flow: title → role → briefing → scenes → debrief.
 * Each state is one screen; the actions are supplied by the Game facade
 * (game.ts) through `provide`, so this file only says what follows what.
 */
import { assign, setup } from 'xstate';
import type { Role } from '../types.ts';

export type GameEvent =
  | { type: 'NEW_GAME' }
  | { type: 'CHOOSE_ROLE'; role: Role }
  | { type: 'BACK' }
  | { type: 'BEGIN' }
  | { type: 'CHOOSE'; index: number }
  | { type: 'NEXT' }
  | { type: 'TITLE' };

export interface GameContext {
  sceneIndex: number;
  sceneCount: number;
}

export const gameMachine = setup({
  types: {
    context: {} as GameContext,
    events: {} as GameEvent,
    input: {} as { sceneCount: number },
  },
  actions: {
    startRun: (_, _params: { role: Role }) => {},
    enterScene: (_, _params: { index: number }) => {},
    choose: (_, _params: { index: number }) => {},
    closeScene: () => {},
    finishRun: () => {},
    showScreen: (_, _params: { screen: 'title' | 'role' }) => {},
  },
  guards: {
    validChoice: (_, _params: { index: number }) => false,
    sceneOver: () => false,
    moreScenes: ({ context }) => context.sceneIndex + 1 < context.sceneCount,
  },
}).createMachine({
  id: 'game',
  initial: 'title',
  context: ({ input }) => ({ sceneIndex: 0, sceneCount: input.sceneCount }),
  on: { TITLE: { target: '.title' } },
  states: {
    title: {
      entry: { type: 'showScreen', params: { screen: 'title' } },
      on: { NEW_GAME: 'role' },
    },
    role: {
      entry: { type: 'showScreen', params: { screen: 'role' } },
      on: {
        BACK: 'title',
        CHOOSE_ROLE: {
          target: 'briefing',
          actions: [{ type: 'startRun', params: ({ event }) => ({ role: event.role }) }],
        },
      },
    },
    briefing: {
      on: {
        BACK: 'role',
        BEGIN: { target: 'scene', actions: assign({ sceneIndex: 0 }) },
      },
    },
    scene: {
      initial: 'playing',
      entry: { type: 'enterScene', params: ({ context }) => ({ index: context.sceneIndex }) },
      states: {
        playing: {
          on: {
            CHOOSE: {
              guard: { type: 'validChoice', params: ({ event }) => ({ index: event.index }) },
              target: 'checking',
              actions: { type: 'choose', params: ({ event }) => ({ index: event.index }) },
            },
          },
        },
        checking: {
          always: [{ guard: 'sceneOver', target: 'summary' }, { target: 'playing' }],
        },
        summary: {
          entry: 'closeScene',
          on: {
            NEXT: [
              {
                guard: 'moreScenes',
                target: '#game.scene',
                reenter: true,
                actions: assign({ sceneIndex: ({ context }) => context.sceneIndex + 1 }),
              },
              { target: '#game.debrief' },
            ],
          },
        },
      },
    },
    debrief: {
      entry: 'finishRun',
      on: { NEW_GAME: 'role' },
    },
  },
});

/** The states a save may be taken in (transient ones never persist). */
export const RESUMABLE_STATES = ['briefing', 'scene.playing', 'scene.summary', 'debrief'] as const;
