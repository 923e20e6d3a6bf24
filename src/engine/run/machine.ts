/**
 * The game's flow: title → role → briefing → week one's scenes → the week's
 * summary → plan the next week on the map → its scenes → … → the quarter
 * review (the month-end review in the workshop quarter) → the ending → the debrief. A quarter can end early after any scene.
 *
 * Each state is one screen. What the states do is supplied by the Game facade
 * (game.ts) through `provide`; the guards read the game state, so this file
 * only says what follows what.
 */
import { setup } from 'xstate';
import type { GameEvent, Place, Role, Screen } from '../rules/types.ts';

export const gameMachine = setup({
  types: {
    events: {} as GameEvent,
  },
  actions: {
    startRun: (
      _,
      _params: {
        role: Role;
        seed: string | undefined;
        pairedWith: string | undefined;
        session: string | undefined;
        pair: boolean | undefined;
        weeks: number | undefined;
        id: string | undefined;
        device: Role | undefined;
      },
    ) => {},
    enterScene: () => {},
    nextScene: () => {},
    choose: (_, _params: { index: number; votes: number[] | undefined; proposals: [number, number] | undefined }) => {},
    ask: (_, _params: { term: string; partner: boolean | undefined }) => {},
    lookUp: (_, _params: { term: string }) => {},
    closeScene: () => {},
    closeWeek: () => {},
    planWeek: (_, _params: { visits: Place[] }) => {},
    startReview: () => {},
    enterEnding: () => {},
  },
  guards: {
    validRole: (
      _,
      _params: {
        role: Role;
        seed: string | undefined;
        session: string | undefined;
        weeks: number | undefined;
        pair: boolean | undefined;
        id: string | undefined;
        device: Role | undefined;
      },
    ) => false,
    askable: (_, _params: { term: string; partner: boolean | undefined }) => false,
    lookable: (_, _params: { term: string }) => false,
    validChoice: (
      _,
      _params: { index: number; votes: number[] | undefined; proposals: [number, number] | undefined },
    ) => false,
    validPlan: (_, _params: { visits: Place[] }) => false,
    sceneOver: () => false,
    quarterOver: () => false,
    moreThisWeek: () => false,
    lastWeek: () => false,
  },
}).createMachine({
  id: 'game',
  initial: 'title',
  on: { TITLE: { target: '.title' } },
  states: {
    title: {
      on: { NEW_GAME: 'role' },
    },
    role: {
      on: {
        BACK: 'title',
        CHOOSE_ROLE: {
          guard: {
            type: 'validRole',
            params: ({ event }) => ({
              role: event.role,
              seed: event.seed,
              session: event.session,
              weeks: event.weeks,
              pair: event.pair,
              id: event.id,
              device: event.device,
            }),
          },
          target: 'briefing',
          actions: [
            {
              type: 'startRun',
              params: ({ event }) => ({
                role: event.role,
                seed: event.seed,
                pairedWith: event.pairedWith,
                session: event.session,
                pair: event.pair,
                weeks: event.weeks,
                id: event.id,
                device: event.device,
              }),
            },
          ],
        },
      },
    },
    briefing: {
      on: {
        BACK: 'role',
        BEGIN: 'scene',
      },
    },
    scene: {
      initial: 'playing',
      entry: 'enterScene',
      states: {
        playing: {
          on: {
            CHOOSE: {
              guard: {
                type: 'validChoice',
                params: ({ event }) => ({ index: event.index, votes: event.votes, proposals: event.proposals }),
              },
              target: 'checking',
              actions: {
                type: 'choose',
                params: ({ event }) => ({ index: event.index, votes: event.votes, proposals: event.proposals }),
              },
            },
            ASK: {
              guard: { type: 'askable', params: ({ event }) => ({ term: event.term, partner: event.partner }) },
              actions: { type: 'ask', params: ({ event }) => ({ term: event.term, partner: event.partner }) },
            },
            LOOK_UP: {
              guard: { type: 'lookable', params: ({ event }) => ({ term: event.term }) },
              actions: { type: 'lookUp', params: ({ event }) => ({ term: event.term }) },
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
              { guard: 'quarterOver', target: '#game.ending' },
              { guard: 'moreThisWeek', target: '#game.scene', reenter: true, actions: 'nextScene' },
              { target: '#game.week' },
            ],
          },
        },
      },
    },
    week: {
      entry: 'closeWeek',
      on: {
        NEXT: [
          { guard: 'quarterOver', target: 'ending' },
          { guard: 'lastWeek', target: 'scene', actions: 'startReview' },
          { target: 'plan' },
        ],
      },
    },
    plan: {
      on: {
        PLAN: {
          guard: { type: 'validPlan', params: ({ event }) => ({ visits: event.visits }) },
          target: 'scene',
          actions: { type: 'planWeek', params: ({ event }) => ({ visits: event.visits }) },
        },
      },
    },
    ending: {
      entry: 'enterEnding',
      on: { NEXT: 'debrief' },
    },
    debrief: {
      on: { NEW_GAME: 'role' },
    },
  },
});

/**
 * Where the player is, for each state of the machine: the one place the
 * screen comes from. The store's `screen` is written from this table only.
 */
export const SCREEN_OF: Readonly<Record<string, Screen>> = {
  title: 'title',
  role: 'role',
  briefing: 'briefing',
  'scene.playing': 'scene',
  'scene.checking': 'scene',
  'scene.summary': 'summary',
  week: 'week',
  plan: 'plan',
  ending: 'ending',
  debrief: 'debrief',
};

/** Dotted path of a machine state value, e.g. "scene.playing". */
export function statePath(value: string | Record<string, string>): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value)[0] ?? ['', ''];
  return `${key}.${child}`;
}

/** The states a save may be taken in (transient ones never persist). */
export const RESUMABLE_STATES = [
  'briefing',
  'scene.playing',
  'scene.summary',
  'week',
  'plan',
  'ending',
  'debrief',
] as const;
