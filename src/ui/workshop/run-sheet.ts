/**
 * The facilitator's run sheet: the 90-minute session as one page to hold on the
 * day, for the way the room plays (one role each, half the room per role, pairs,
 * or the projector play-through with the room voting). Each row is a clock time,
 * what to do and a line to say aloud. Plain data, no DOM: the guide draws it.
 * Timings are the guide's own (SESSION_PLAN and RUNNING_IT in guide-text.ts).
 */
import { WORKSHOP_WEEKS } from '../../engine/rules/types.ts';
import type { RoomMode } from './session.ts';

/** How the room plays: on its own devices (a session's mode), or the facilitator on the projector. */
export type RunWay = RoomMode | 'room';

export const RUN_WAYS: readonly { way: RunWay; label: string }[] = [
  { way: 'solo', label: 'Everyone chooses a role' },
  { way: 'split', label: 'Half the room per role' },
  { way: 'pairs', label: 'Pairs' },
  { way: 'room', label: 'On the projector, the room voting' },
];

export interface RunRow {
  /** The clock from the start, as `0:45`. */
  at: string;
  title: string;
  /** What the facilitator does. */
  act: string;
  /** A line to say aloud, or null where nothing needs saying. */
  say: string | null;
}

export interface RunSheet {
  title: string;
  /** Said once above the table: what this sheet assumes. */
  note: string;
  rows: RunRow[];
}

export interface RunSheetFor {
  /** The quarter's length: the workshop quarter's four weeks or the full quarter's eight. */
  weeks: number;
  /** The session's quarter code, said in the closing line; null in a guide opened without a session. */
  seed: string | null;
  /** Results reach a learning record store as people play. */
  store: boolean;
}

const WELCOME =
  'Today you’ll lead at Alderbank, a fictional hospital, for a month, from one side of the clinician–manager divide. Nobody’s screen or result goes on the wall: results come to me, and no count under three is shown. The game includes patient harm and staff under strain: step out whenever you need to. What we say about our own workplaces stays in this room.';

const LEVEL_VOTE =
  'On three, show me where you think the tension really sits: one finger for the whole organisation, two for a department, three for day-to-day practice. One, two, three. Now: what told you?';

function closing(seed: string | null, room: boolean): string {
  const code = seed ? `today’s quarter code, ${seed},` : 'today’s quarter code';
  return `To play at home, open the game’s own address, not today’s link: New game, then “The full quarter”. Type ${code} and play ${room ? 'either role' : 'the other role'} to compare.`;
}

const JOIN: Record<RoomMode, { act: string; say: string }> = {
  solo: {
    act: 'Put the session page, with its join QR code, on the screen; hand out the handout. Everyone opens the link and stops at the role screen.',
    say: 'Scan the code, or type the address and the code under it into “Join a workshop” on the game’s first screen. Choose the role that is not your day job if you can, then stop at the role screen.',
  },
  split: {
    act: 'Put both join QR codes on the screen and point: clinician leaders on one side of the room, operational managers on the other.',
    say: 'This side of the room, scan the left code: you play clinician leaders. That side, the right code: operational managers. No camera? Type the address and the code under your side’s QR. Stop at the role screen.',
  },
  pairs: {
    act: 'Put the join QR code on the screen. Pair people across the divide, one clinician and one manager to a device; ask half the pairs to lead as each role, or the dashboard shows one side only.',
    say: 'Find a partner from the other side of the divide: one clinician, one manager, one device. At each decision, each of you chooses in private first, then you agree one. A device each? Choose “a device each”, and the other scans the code on its briefing.',
  },
};

/** The sheet for a room on its own devices. */
function onDevices(mode: RoomMode, o: RunSheetFor): RunSheet {
  const workshop = o.weeks === WORKSHOP_WEEKS;
  const handIn: RunRow = o.store
    ? {
        at: '0:45',
        title: 'Stop',
        act: 'Results reach the dashboard as people play; those who joined by typing the code hand in by QR, code or file. Before the projector shows the dashboard again, press Projector view.',
        say: 'Stop where you are. If you typed the workshop code instead of scanning, press “Hand in result” at the top and bring me your QR code. If you reached your ending, stay on that page: don’t open the debrief yet, its first card gives the answer away.',
      }
    : {
        at: '0:45',
        title: 'Stop and hand in',
        act: 'Switch the projector to one question (“Where does the tension really sit at Alderbank, and what told you?”) while you take results: the endings coming in can hint at the level. Press Projector view before you show the dashboard again.',
        say: 'Stop where you are. Press “Hand in result” at the top and hold your result QR up to my laptop, or read me the short code. If you reached your ending, stay on that page: don’t open the debrief yet, its first card gives the answer away.',
      };
  return {
    title: `Run sheet: ${RUN_WAYS.find((w) => w.way === mode)!.label.toLowerCase()}, ${workshop ? 'the workshop quarter' : 'the full quarter'}`,
    note: workshop
      ? 'Ninety minutes: the briefing and the month’s play take 35 to 45 minutes, so many players reach an ending by 0:45. The guide’s session plan says why each step is there.'
      : 'Ninety minutes with the full quarter: play stops at the end of week four or at 0:45, whichever comes first, so almost nobody reaches an ending and you reveal the level yourself.',
    rows: [
      {
        at: 'Before',
        title: 'Ready the room',
        act: 'Test the join link on the venue’s wifi; open the dashboard once while the wifi works; choose the one or two decisions you will compare at 1:00.',
        say: null,
      },
      { at: '0:00', title: 'Welcome', act: 'The session page on the projector.', say: WELCOME },
      { at: '0:05', title: 'Join and choose roles', ...JOIN[mode] },
      {
        at: '0:10',
        title: 'Play: the briefing and week one',
        act: 'Walk the room. Answer questions about buttons, never about what to choose.',
        say: 'Read your briefing, about two minutes, then play. Week one is guided. I’ll help with buttons, not with choices.',
      },
      {
        at: '0:35',
        title: o.store ? 'Watch the dashboard' : 'Open the camera',
        act: o.store
          ? 'Results arrive on the dashboard as people play. Keep the projector off it.'
          : 'Open the dashboard’s camera and take results from anyone who has finished, so the queue at 0:45 is short.',
        say: null,
      },
      {
        at: '0:40',
        title: 'Five-minute warning',
        act: workshop
          ? 'If most of the room is in week four, let play run to 0:50 and keep the first debrief block short.'
          : 'Nobody goes past week four today.',
        say: workshop
          ? 'Five minutes. Finish the scene you’re in, then stop.'
          : 'Five minutes. Finish the scene you’re in, then stop; if you reach the end of week four, stop there.',
      },
      handIn,
      {
        at: '0:50',
        title: 'First impressions and the show of hands',
        act: 'Hear a few first reactions from each role, then take the show of hands, everyone at once, so nobody waits to see where the most senior hand goes.',
        say: LEVEL_VOTE,
      },
      {
        at: '0:55',
        title: 'The reveal',
        act: 'If the level was drawn at random, freeze the projector, press Reveal the hidden level and check it privately first; then show it.',
        say: workshop
          ? 'Who heard clues pointing here, and from whom? You can open your debrief now.'
          : 'Who heard clues pointing here, and from whom?',
      },
      {
        at: '1:00',
        title: 'Clinicians and managers compared',
        act: 'On the dashboard, put the two roles’ choices side by side on one or two decisions; then the guide’s questions for the level.',
        say: 'What could each role see, reach and do at this decision? Not who was right: what each side had to work with.',
      },
      {
        at: '1:15',
        title: 'Back to work',
        act: 'Move from Alderbank to the room’s own workplaces.',
        say: 'Where does the tension sit where you work? Whose voice do you hear only second-hand? Which word of the other side’s will you ask about? And one thing you’ll do differently on Monday.',
      },
      {
        at: '1:28',
        title: 'Close',
        act: 'Point to support for anyone the game stirred up.',
        say: closing(o.seed, false),
      },
    ],
  };
}

/** The sheet for the projector play-through: the facilitator reads aloud and the room votes. */
function onProjector(o: RunSheetFor): RunSheet {
  if (o.weeks !== WORKSHOP_WEEKS)
    return {
      title: 'Run sheet: on the projector, the room voting',
      note: 'Read aloud with the room voting, the full quarter’s eight weeks take far longer than 90 minutes, and the game’s debrief opens only at its end. For a 90-minute session, set up a session with the workshop quarter and play that on the projector.',
      rows: [],
    };
  return {
    title: 'Run sheet: on the projector, the room voting, the workshop quarter',
    note: 'Ninety minutes: read aloud, with a vote at each decision, the month takes about 55 minutes. Do not stop at a week’s end: the game’s debrief, and where the room split, open only after the month-end review.',
    rows: [
      {
        at: 'Before',
        title: 'Ready the room',
        act: 'On the session page, open “Play it on the projector, the room voting” and stop at the role screen. If the venue may block the site, bring the one-file copy on a USB stick.',
        say: null,
      },
      { at: '0:00', title: 'Welcome', act: 'The role screen on the projector.', say: WELCOME },
      {
        at: '0:03',
        title: 'The role and the readers',
        act: 'Ask who is a clinician and who a manager by day; play as the role fewer people hold. Ask a manager to read the consultants’ lines and a clinician the finance lead’s.',
        say: 'We’ll play the side fewer of you work on. Would a manager read the consultants’ lines for us, and a clinician the finance lead’s?',
      },
      {
        at: '0:05',
        title: 'The briefing, then week one',
        act: 'Read aloud. At each decision, count the hands for each option into its box and press Take the room’s choice; where it matters, count clinicians and managers separately and say both counts.',
        say: 'Decide which you would choose. On three, hold up as many fingers as your option’s number. One, two, three.',
      },
      {
        at: '0:20',
        title: 'Weeks two and three',
        act: 'From week two, plan each week on the map with the room: two places a week. Aim to be in week three by 0:35.',
        say: 'Two places this week. Where should we be, and who do we miss if we go there?',
      },
      {
        at: '0:50',
        title: 'Week four and the month-end review',
        act: 'Aim to be in week four by 0:50. Play on to the ending and stay on the ending page.',
        say: null,
      },
      {
        at: '1:00',
        title: 'The show of hands',
        act: 'Before anyone opens the debrief: everyone at once, so nobody waits to see where the most senior hand goes.',
        say: LEVEL_VOTE,
      },
      {
        at: '1:05',
        title: 'The reveal',
        act: 'Open the debrief: it starts with where the tension sat.',
        say: 'Who heard clues pointing here, and from whom?',
      },
      {
        at: '1:10',
        title: 'Where the room split',
        act: 'In the debrief, open “How the room voted”: the decisions where no option had three hands in every five.',
        say: 'Here the room split. What made you choose as you did? Clinicians first, then managers.',
      },
      {
        at: '1:20',
        title: 'Back to work',
        act: 'Move from Alderbank to the room’s own workplaces.',
        say: 'Where does the tension sit where you work? Whose voice do you hear only second-hand? And one thing you’ll do differently on Monday.',
      },
      {
        at: '1:28',
        title: 'Close',
        act: 'Point to support for anyone the game stirred up.',
        say: closing(o.seed, true),
      },
    ],
  };
}

export function runSheet(way: RunWay, o: RunSheetFor): RunSheet {
  return way === 'room' ? onProjector(o) : onDevices(way, o);
}
