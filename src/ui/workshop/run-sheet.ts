/**
 * The facilitator's run sheet: the 90-minute session as one page to hold on the
 * day, for the way the room plays (one role each, half the room per role, pairs,
 * or the projector play-through with the room voting). Each row is a clock time,
 * what to do and a line to say aloud. Plain data, no DOM: the guide draws it.
 * Timings are the guide's own (SESSION_PLAN and RUNNING_IT in guide-text.ts).
 */
import { WORKSHOP_WEEKS } from '../../engine/rules/types.ts';
import { MODE_LABEL, type RoomMode } from './session.ts';

/** How the room plays: on its own devices (a session's mode), or the facilitator on the projector. */
export type RunWay = RoomMode | 'room';

export const RUN_WAYS: readonly { way: RunWay; label: string }[] = [
  ...(['solo', 'split', 'pairs'] as const).map((way) => ({ way, label: MODE_LABEL[way] })),
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
  'Today you’ll lead at Alderbank, a fictional hospital, for a month, from one side of the clinician–manager divide. Nobody’s screen or result goes on the wall: results come to me, and no count under three is shown. The game includes patient harm and staff under strain: step out whenever you need to. What we say about our own workplaces stays in this room, unless someone’s safety is at risk.';

/** On the projector the game itself is on the wall, and the hands are counted aloud: only the counts are kept. */
const ROOM_WELCOME =
  'Today we’ll lead at Alderbank, a fictional hospital, together, for a month. I’ll read; at each decision you all vote at once, and only the counts are kept, never names. The game includes patient harm and staff under strain: step out whenever you need to. What we say about our own workplaces stays in this room, unless someone’s safety is at risk.';

const LEVEL_VOTE =
  'On three, show me where you think the tension really sits: one finger for the whole organisation, two for a department, three for day-to-day practice. One, two, three. Now: what told you?';

const BACK_TO_WORK =
  'Where does the tension sit where you work? Whose voice do you hear only second-hand? Which of their words will you ask the other side about? Finally: one thing you’ll do differently when you’re back at work.';

function closing(seed: string | null, room: boolean, full: boolean): string {
  const code = seed ? `today’s quarter code, ${seed}` : 'today’s quarter code';
  const steps = `New game, choose “The full quarter”, open “Play a particular quarter, from its code” and type ${code}`;
  return full
    ? `At home, on this device, Continue on the game’s first screen picks up where you stopped. When you have finished, compare: from the game’s own address, not today’s link, ${steps}, then play the other role.`
    : `To play at home, open the game’s own address, not today’s link: ${steps}. Play ${room ? 'either role' : 'the other role'} to compare.`;
}

/** Every sheet's last two rows: from Alderbank to the room's own workplaces at `at`, then the close. */
function ending(at: string, close: string): RunRow[] {
  return [
    { at, title: 'Back to work', act: 'Move from Alderbank to the room’s own workplaces.', say: BACK_TO_WORK },
    {
      at: '1:28',
      title: 'Close',
      act: 'Write the quarter code up where everyone can see it. Point to support for anyone the game stirred up.',
      say: close,
    },
  ];
}

const NO_CAMERA =
  'No camera? Type the address under the code into your browser, choose “Join a workshop” and type the code.';

const JOIN: Record<RoomMode, { act: string; say: string }> = {
  solo: {
    act: 'Put the session page on the screen and press “Full screen, for the projector”; hand out the handout. Everyone opens the link and stops at the role screen.',
    say: `Scan the code. ${NO_CAMERA} Stop at the role screen. When I say go, play the side that isn’t your day job if you can.`,
  },
  split: {
    act: 'Put both join QR codes on the screen (“Full screen, for the projector”). Seat people so that most play the side that is not their day job: clinician leaders on one side of the room, operational managers on the other.',
    say: `This side of the room, scan the code marked “Clinician leaders join here”; that side, “Operational managers join here”. ${NO_CAMERA.replace('under the code', 'under your side’s code')} Stop at the role screen.`,
  },
  pairs: {
    act: 'Put the join QR code on the screen (“Full screen, for the projector”). Pair people across the divide, one clinician and one manager to a device, and ask half the pairs to lead as each role, or the dashboard shows one side only.',
    say: 'Pair up across the divide: one clinician, one manager, one device. This half of the room, press “Play as clinician leader”; that half, “Play as operational manager”: that role leads. At each decision you each choose in private, then agree. A device each? Choose “We are a pair with a device each”; the other person scans the code on its briefing.',
  },
};

/** The sheet for a room on its own devices. */
function onDevices(mode: RoomMode, o: RunSheetFor): RunSheet {
  const workshop = o.weeks === WORKSHOP_WEEKS;
  const reached = workshop
    ? 'If you reached your ending, stay on that page: don’t open the debrief yet, its first card gives the answer away.'
    : 'If you reached the end of week four, stay on its summary.';
  const handIn: RunRow = o.store
    ? {
        at: '0:45',
        title: 'Stop',
        act: 'Results reach the dashboard as people play; take results from those who joined by typing the code. Press “Projector view” before the projector shows the dashboard again.',
        say: `Stop where you are. If you typed the workshop code instead of scanning, press “Hand in result” at the top and bring me your QR code. ${reached}`,
      }
    : {
        at: '0:45',
        title: 'Stop and hand in',
        act: 'Switch the projector to one question (“Where does the tension really sit at Alderbank, and what told you?”) while you take results: the endings coming in can hint at the level. Press “Projector view” before you show the dashboard again.',
        say: `Stop where you are. Press “Hand in result” at the top and hold your result QR up to my laptop; only if that fails, read me the short code. ${reached}`,
      };
  return {
    title: `Run sheet: ${RUN_WAYS.find((w) => w.way === mode)!.label.toLowerCase()}, ${workshop ? 'the workshop quarter' : 'the full quarter'}`,
    note: workshop
      ? 'By 0:45 faster readers have reached an ending, most others are in week four, and pairs often in week three: that is fine. The guide’s session plan says why each step is there.'
      : 'Ninety minutes with the full quarter: play stops at the end of week four or at 0:45, whichever comes first, so almost nobody reaches an ending and you reveal the level yourself.',
    rows: [
      {
        at: 'Before',
        title: 'Ready the room',
        act: `Test the join link on the venue’s wifi, and your webcam reading a result QR${o.store ? ' (for anyone who joins by typing the code)' : ''}; open the dashboard once while the wifi works; print a handout for each person; check the back row can read the projector; play week one yourself and note one or two decisions you would like to compare at 1:00.`,
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
        title: 'Start the camera',
        act: o.store
          ? 'Results arrive on the dashboard as people play; keep the projector off it. Press “Start the camera” for anyone who joined by typing the code and has finished.'
          : 'On the dashboard, press “Start the camera” and take results from anyone who has finished, so the queue at 0:45 is short. Take result QRs, not short codes: a short code carries no choices, and 1:00 compares choices.',
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
        act: 'If the level was drawn at random, freeze the projector (its remote’s Freeze button) or blank it (the laptop’s display key), press “Reveal the hidden level” and check it privately first; then show it.',
        say: workshop
          ? 'Who heard clues pointing here, and from whom? You can open your debrief now.'
          : 'Who heard clues pointing here, and from whom?',
      },
      {
        at: '1:00',
        title: 'Clinicians and managers compared',
        act: 'On the dashboard, scroll to “How the room chose”: the decisions where the room split come first, each role’s choices side by side; the rest are under “All … decisions players reached”. Take one or two, then the guide’s questions for the level.',
        say: 'What could each role see, reach and do at this decision? Not who was right: what each side had to work with.',
      },
      ...ending('1:15', closing(o.seed, false, !workshop)),
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
        act: 'On the session page, open “Play it on the projector, the room voting” and stop at the role screen. If the venue may block the site, save the one-file copy to your laptop’s disk (if the session page offers it); many NHS-managed laptops block USB.',
        say: null,
      },
      { at: '0:00', title: 'Welcome', act: 'The role screen on the projector.', say: ROOM_WELCOME },
      {
        at: '0:03',
        title: 'The role and the readers',
        act: 'Ask who is a clinician and who a manager by day; play as the role fewer people hold. Seat clinicians and managers on opposite sides, to count them apart. Ask a manager to read the consultants’ lines and a clinician the finance lead’s.',
        say: 'We’ll play the side fewer of you work on. Would a manager read the consultants’ lines for us, and a clinician the finance lead’s?',
      },
      {
        at: '0:05',
        title: 'The briefing, then week one (the longest week: three scenes, about a dozen votes)',
        act: 'Read aloud. At each decision, count the hands for each option into its box and press “Take the room’s choice”; where clinicians and managers may differ, count them apart, say both counts and enter the total. If the game queries a total, recount, or press again to keep it.',
        say: 'Decide which you would choose. On three, hold up your option’s number on your fingers (six: one hand and one finger). One, two, three.',
      },
      {
        at: '0:25',
        title: 'Week two (a short week)',
        act: 'From week two, plan each week on the map with the room: press two places on the map, then scroll down to “Start the week”.',
        say: 'Two places this week. Where should we be, and who do we miss if we go there?',
      },
      {
        at: '0:35',
        title: 'Week three',
        act: 'Running behind? Where the room is clearly agreed, press the option without counting.',
        say: null,
      },
      {
        at: '0:45',
        title: 'Week four and the month-end review',
        act: 'Be here by 0:50 at the latest. Play on to the ending and stay on the ending page.',
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
        act: 'Press “Open the room’s debrief”: its first card names the level.',
        say: 'Which clues pointed here, and who gave them? When did you first notice?',
      },
      {
        at: '1:10',
        title: 'Where the room split',
        act: 'Scroll to “How the room voted”: the decisions where no option had three hands in every five.',
        say: 'Here the room split. What made you choose as you did? One voice from each side, then anyone else.',
      },
      ...ending('1:20', closing(o.seed, true, false)),
    ],
  };
}

export function runSheet(way: RunWay, o: RunSheetFor): RunSheet {
  return way === 'room' ? onProjector(o) : onDevices(way, o);
}
