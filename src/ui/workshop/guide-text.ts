/**
 * The facilitator guide for a 90-minute "Common Ground" workshop: plain data,
 * no DOM. Facts about the game are checked against the engine
 * (src/engine/rules/quarter.ts, types.ts, meters.ts, rules.ts) and the story;
 * claims about research only as ../shared/EVIDENCE.md supports them.
 */

import { WORKSHOP_WEEKS } from '../../engine/rules/types.ts';

export interface GuideSection {
  id: string;
  title: string;
  paragraphs: string[];
  list?: string[];
  table?: { caption: string; head: string[]; rows: string[][] };
}

/** The ending ids, as the engine names them (ENDINGS in src/engine/rules/quarter.ts). */
type EndingId =
  | 'common_ground'
  | 'two_worlds'
  | 'holding'
  | 'worn_thin'
  | 'wrong_fix'
  | 'special_measures'
  | 'investigation'
  | 'no_confidence';

type LevelId = 'organisation' | 'department' | 'practice';

interface EndingDebrief {
  title: string;
  questions: string[];
}

// ---------------------------------------------------------------- intro and plan

export const GUIDE_INTRO =
  'In ninety minutes, a room of clinicians and managers runs the same fictional hospital for a few weeks, each from one side of the divide, and then talks about what each side saw, missed and decided. It suits leadership programmes, clinical and operational teams who work together, and mixed groups of 8 to 40. You need no experience of games, only of running a good conversation.';

export const SESSION_PLAN: { minutes: string; title: string; what: string }[] = [
  {
    minutes: '5 min · 0:00–0:05',
    title: 'Welcome',
    what: 'Say what the session is for: practising leadership across the clinician–manager divide in a hospital where mistakes cost nothing real. Say that nobody’s screen or result will be shown to the room: results come to you (by your camera, a code or a file, or the record store if you set one up), the dashboard on the projector shows no count under three (nor one its totals would give away), and the debrief compares choices, not people. Say too that the game includes patient harm and staff under strain, that anyone can step out at any time, and that what is said about real workplaces stays in the room unless someone’s safety is at risk. Ask people to talk about patterns, not named colleagues: some may be sitting with their own consultant or matron.',
  },
  {
    minutes: '5 min · 0:05–0:10',
    title: 'Join and choose roles',
    what: 'Put the join QR and the handout on the screen. Everyone opens the link now and gets as far as the role screen while the wifi is quiet. On a PC without a camera, people type the address under the QR code, then the workshop code beside it under “Join a workshop” on the game’s first screen: a game started any other way is not part of the session, and the dashboard cannot count it. In a session that reports to a record store, those who joined by the typed code must still hand in at the end (QR, short code or file): without the link’s key their game cannot report on its own. Solo: each person picks clinician leader or operational manager (nudge people towards the role that is not their day job). Half the room per role: project both QR codes and say which side of the room scans which (for example clinician leaders on the left, managers on the right). Pairs: one clinician leader and one operational manager share a device; the role they pick leads, and at each decision each chooses in private before they agree. The story is told to the lead; when the partner proposes, their screen adds what the story, told to their own role, would say there, so each brings something the other has not read. A pair who would rather have a device each choose “We are a pair with a device each” on one device, and the other person scans the code on its briefing: both devices then play the same run, and a step code at each decision shows they are level. Ask half the pairs to lead as each role, or the dashboard will show only one side. Everyone plays the same quarter code, so the hidden level is the same for the whole room.',
  },
  {
    minutes: '15 min · 0:10–0:25',
    title: 'Play: the briefing and week one',
    what: 'Players read their briefing (about two minutes) and play week one, which is guided: Monday’s board round on Larch Ward, Wednesday in the theatre corridor and café, Friday in the finance office. Walk the room; answer questions about buttons, not about what to choose.',
  },
  {
    minutes: '20 min · 0:25–0:45',
    title: 'Play: weeks two to four and the month-end review',
    what: 'From week two players plan each week on the hospital map (two places a week in the workshop quarter) and meet the scenes where they are. In the workshop quarter reading takes most people an estimated 34 to 40 minutes (from a model of reading speed, not timed players: time yourself on week one) after a two- to three-minute briefing, so at 0:45 most are in week four or at the month-end review, and faster readers have reached their ending; pairs, who talk as they go, often stop in week three or four, which is fine. At 0:40 give a five-minute warning: finish the scene you are in and stop. If most of the room is in week four, you can let play run to 0:50: take the five minutes from the 1:00 comparison, not from the reveal. With the full quarter, stop at the end of week four or at 0:45, whichever comes first. Slower readers, and people reading in a second language, may not reach the review: that is fine, and their result so far can be handed in. Open the dashboard’s camera from about 0:35 and take results from the few who finish early.',
  },
  {
    minutes: '5 min · 0:45–0:50',
    title: 'Stop and hand in',
    what: 'Everyone stops where they are. Players hand in their result by the result QR (held up to your laptop’s webcam), the typed short code or a run file, behind “Hand in result” at the top of the screen. Those who reached their ending stay on the ending page and hand in from there (the dashboard counts them as finished): ask them to open the game’s debrief only after the reveal, because its first card names the level. Anyone who reaches their ending before 0:45 can hand in straight away. In a room of desktop PCs, walk round with a phone and photograph each screen’s result QR (just the code), then put all the photos on the dashboard at once: a photo carries the player’s choices for the side-by-side comparison, which a short code does not. Check beforehand that you can get photos from that phone onto the dashboard laptop; trust laptops often block USB and phone transfers. A QR takes 15 to 20 seconds a player at one webcam, so a room of 40 takes 10 to 13 minutes, and few finish before 0:45: in a room of more than about 20, also walk round photographing result QRs from 0:40. You do not need every result before the reveal: start at 0:50 with what is in, and take the rest while the room talks, before the 1:00 comparison. Keep the laptop’s screen turned away from the queue: it lists endings as they arrive. The dashboard shows endings as they come in, which can hint at the level, so while you take results freeze the projector or switch it to a slide with one question: “Where do you think the tension really sits at Alderbank, and what told you?” Turn on the dashboard’s Projector view before you show it again.',
  },
  {
    minutes: '10 min · 0:50–1:00',
    title: 'Debrief: first impressions, then the reveal',
    what: 'Hear a few first reactions from each role. Take a show of hands on where people think the tension sits, everyone at once on a count of three (one finger for the organisation, two for a department, three for day-to-day practice), so nobody waits to see where the most senior person’s hand goes; then ask a few how they worked it out (what people told them, or how their own fixes were received). Then reveal the level with the dashboard’s button (if it was drawn at random and the dashboard is on the projector, freeze or mute the projector, press Reveal and check it privately first) and ask who heard clues pointing there, and from whom.',
  },
  {
    minutes: '15 min · 1:00–1:15',
    title: 'Debrief: clinicians and managers compared',
    what: 'Use the dashboard to put the two roles’ choices side by side on one or two decisions, then the questions for the room’s level (below). Keep the comparison on what each role could see, reach and do, not on who was right.',
  },
  {
    minutes: '15 min · 1:15–1:30',
    title: 'Debrief: back to work',
    what: 'Move from Alderbank to the room’s own workplaces: where the tension sits for them, whose voices they hear only second-hand, one word the other side uses that they will ask about. Talk about patterns, not named people. Close: each person tells a neighbour, or writes down, one thing they will do differently back at work; hear two or three. Offer the full quarter at home (eight weeks, into the winter the workshop quarter stops short of): from the game’s own address rather than the join link, New game, then “The full quarter”. To compare roles, they type today’s quarter code and play the other role; for a fresh puzzle, the debrief offers a quarter where the tension sits elsewhere. Say that the full quarter can end with a patient’s death, and that the support details on the handout still apply at home.',
  },
];

// ---------------------------------------------------------------- the hidden level

export const PICK_LEVEL: GuideSection = {
  id: 'pick-level',
  title: 'Choosing the hidden level for your room',
  paragraphs: [
    'Every quarter hides one most pressing cultural level: the organisation, a department or day-to-day practice. The six-character quarter code decides it, so everyone who plays the same code plays the same hidden situation. At setup you either choose the level to suit your room’s learning aim or let it be drawn, and you get the code for it. Write the level down somewhere only you can see: the reveal is the hinge of the debrief. Players are not wholly in the dark until then: the end of a scene names each fix as a change at its level, and each comes back two scenes later (one in the last two scenes does not) with a card saying whether it reached the worst of the tension and naming who last told them of it, so by week four many have a good idea. Every miss costs front-line staff and clinical leaders 3 points of trust each, and executives too when the change was aimed at the organisation (never a group that had asked for that very change, such as the consultants marking their own complex follow-ups, as the medical director asked). Who pays depends on where the change was aimed, not on the hidden level, so what a miss costs does not give the level away: the debrief says this is the game’s simplification of what the study’s interviewees described, which is worth saying aloud if someone asks why a sound change cost them. Treat the show of hands as “what did you work out, and how?”, not as a blind guess.',
    'Whatever the level, the scenes are the same; what changes is what people tell the player once they trust them enough, and what the week-four staff survey shows. Front-line staff name the real level. The formal leaders are quick to talk to, but their views are filtered and do not change with the hidden level: Janet Cole, the chief operating officer, tends to put everything down to system pressure, and Dr Helen Marsh, the medical director, more often to individual consultants. A change aimed at the hidden level pays off; one aimed anywhere else costs trust. In the game that is a rule; in the study it was a pattern people described, not a law, so after the reveal ask the room whether it holds where they work.',
    'If you run the workshop more than once with the same group, choose a different level the second time. If you are unsure, department makes a rich first debrief for a mixed room: the formal leaders seldom point there, so the room has to compare what the front line told each role.',
  ],
  table: {
    caption: 'The three levels: when to choose each, and what players will find',
    head: ['Level', 'Choose it when', 'What players will find'],
    rows: [
      [
        'Organisation',
        'Your room argues about decisions made “at the top” or by the integrated care board (ICB) and the regulator; you want to talk about how trust-wide changes land on wards and clinics, and who is asked first.',
        'People describe decisions arriving from Riverside House fully formed, by email, with nobody asked. The chief operating officer’s view points here too, so players who listen only to formal leaders may guess right without knowing why: a good debrief point.',
      ],
      [
        'Department',
        'You want the room to look at the middle: divisional meetings, rotas, how one specialty plans with another. It suits clinical directors, general managers, heads of nursing and their teams.',
        'The strain is in medicine: its rota, its meetings, who gets heard there, and how it plans (or does not) with surgery and ED. The formal leaders seldom point here, so only players who earn the front line’s trust hear it clearly.',
      ],
      [
        'Practice',
        'Your room is closer to the bedside and clinic: ward managers, sisters, consultants, registrars. You want to talk about habits, team by team and consultant by consultant.',
        'People describe differences between teams and individual consultants on the same ward: one rounds early and listens, another arrives late and tells. The medical director’s view often points here. Trust-wide launches and divisional fixes miss it.',
      ],
    ],
  },
};

// ---------------------------------------------------------------- debrief questions

export const DEBRIEF_BY_LEVEL: Record<LevelId, string[]> = {
  organisation: [
    'The tension sat at the level of the whole organisation. Who told you so, and where were you when they did?',
    'Janet Cole’s view pointed the same way. Players of each role: how far did you trust what the executive suite told you, and why?',
    'What did the clinician leaders do about decisions made in Riverside House that the operational managers could not, and the other way round?',
    'Which of your choices were aimed at a department or a team instead? What made them feel like the right place to start?',
    'In your own organisation, how do people on the wards and in clinics find out about a trust-wide decision? Who is asked first, and who finds out last?',
  ],
  department: [
    'The tension sat in one department: medicine. What were the first signs, and who gave them to you?',
    'The chief operating officer and the medical director seldom point there. Did anyone hear something different from the front line than from the executives? How did that happen?',
    'Compare the two roles: which of you went to the divisional meetings, the ED rota discussion or the ward, and what did each of you hear there?',
    'Some of you aimed at the whole trust or at one consultant’s habits. Looking back, what made those feel more urgent at the time?',
    'Where in your own workplace do two departments meet and nobody owns the gap between them?',
  ],
  practice: [
    'The tension sat in day-to-day practice: how individual teams and consultants work. What did people tell you that pointed there?',
    'Players of each role: who found it easier to raise a colleague’s way of working, and what did each role have to spend to do it?',
    'Some options during the quarter were trust-wide launches or divisional fixes. How did those look from the ward, and from Riverside House?',
    'Dr Marsh often pointed at practice. Did hearing it from the medical director make it more or less believable than hearing it from a sister or a registrar?',
    'On your own wards and in your own clinics, where does one team’s habit make the difference between people speaking up and keeping quiet?',
  ],
};

export const DEBRIEF_BY_ENDING: Record<string, EndingDebrief> = {
  common_ground: {
    title: 'Common ground',
    questions: [
      'You found where the tension sat and kept the budget and care in shape. What made the other side willing to tell you things?',
      'Which of your choices would you expect the other role to have found hardest, and why?',
      'What did it cost you, in hours or in goodwill with your own side, that nobody in the board meeting saw?',
    ],
  },
  two_worlds: {
    title: 'Two hospitals',
    questions: [
      'The groups were already far apart when the quarter began (the ending’s rule says by how much), and the gap was still there at its end. Which group trusted you least, and what would winning it over have asked of you?',
      'Who did you spend your hours with, and who heard about your decisions second-hand?',
      'If you played the other role, which group do you think you would drift towards, and why?',
    ],
  },
  holding: {
    title: 'Holding the line',
    questions: [
      'Nothing broke, and the budget and care held. What kept them steady, and what did you leave for later?',
      'Which group is least convinced by you now, and why?',
      'What did the players of each role count as “holding the line”? Did people’s own jobs, clinical or managerial, shape what they chose?',
    ],
  },
  worn_thin: {
    title: 'Running on empty',
    questions: [
      'The quarter ran to its end, but the money or the care ran down. Which pressures were you choosing between each week?',
      'What would you have needed, and from whom, to give either of them some slack?',
      'How did the players of each role decide which to protect first, and what did each expect the other to do?',
    ],
  },
  wrong_fix: {
    title: 'The wrong fix',
    questions: [
      'Most of the changes you aimed at a level landed away from where the tension sat. What made your chosen level feel most urgent at the time?',
      'Each of those fixes was reasonable on its own. How would you tell, in real life, that a sensible initiative is landing in the wrong place?',
      'Did the players of each role reach for the same kind of fix? Did people’s own jobs, clinical or managerial, shape what they chose?',
    ],
  },
  special_measures: {
    title: 'Special measures',
    questions: [
      'The budget ran out before the quarter did. Looking at the week-by-week chart, when did it start to go, and what was it buying?',
      'Who warned you, and how did the warning sound from where you stood?',
      'How would the same quarter look to the other role: what could they have done about the money that you could not?',
    ],
  },
  investigation: {
    title: 'The investigation',
    questions: [
      'Care fell to the point where the system failed a patient. From the chart, which pressures wore care down, over how many weeks, and why did each decision make sense at the time?',
      'The investigation looks at the system, not at one person. Which parts of that system did your role shape, and which did the other role shape?',
      'What would have told you sooner that care was slipping, and who would have told you?',
    ],
  },
  no_confidence: {
    title: 'No confidence',
    questions: [
      'Trust collapsed before the quarter ended. Which group went first, and what did they say had gone wrong?',
      'Which moments, looking back, felt like the point of no return, and did they feel like that at the time?',
      'What would each role need to rebuild trust with that group, and how long do you think it would take?',
    ],
  },
} satisfies Record<EndingId, EndingDebrief>;

// ---------------------------------------------------------------- with care

export const WITH_CARE: GuideSection = {
  id: 'with-care',
  title: 'Debriefing the hard moments with care',
  paragraphs: [
    'Alderbank is fictional; your room is not. Some people will have lived a version of what the game shows: a patient who deteriorated and was not seen in time, a colleague who handed in their notice, a vote of no confidence, a service put into special measures, burnout. In the workshop quarter many players reach an ending inside the session (the faster readers by 0:45), so be ready to debrief endings in the room. In four weeks the commonest are The wrong fix, Two hospitals and Common ground, with some Holding the line; of the three early endings below, the investigation and special measures almost never happen in four weeks, and no confidence, like a member of staff being signed off sick with stress, comes only after several weeks of strain. All of them happen in the full quarter, and to anyone who plays it at home.',
    'Three endings stop the quarter early. The investigation comes when Patient care reaches zero: a patient on Larch Ward becomes very unwell overnight, is not seen in time and later dies, and the trust opens a patient safety incident investigation. Special measures comes when the budget reaches zero: medicine’s overspend drags an already off-plan trust further off plan, NHS England puts the local system into its investigation and intervention regime and spending under a triple lock (new posts, business cases and large contracts need the approval of the trust, its integrated care board and NHS England), and everyone calls it special measures. No confidence comes when front-line staff’s or clinical leaders’ trust reaches zero, or trust overall falls very low: a letter to the board, and the player steps down or is moved aside. Staff wellbeing is hidden while people play, and when it runs low, people are signed off sick with stress; from the week after, their shifts are gaps on the rota.',
    'Set the tone at the start, not only when something goes wrong: this is a safe place to make mistakes, results are not marked, and nobody has to say how their quarter ended. During the debrief, keep the conversation on the system the player was working in: the pressures, the information that reached them late or not at all, the choices each role had. That is how the game itself frames its endings, and how a patient safety incident investigation (PSII) under the Patient Safety Incident Response Framework (PSIRF) is meant to work: looking at the system, not for someone to blame.',
    'If someone becomes upset, acknowledge it briefly and kindly, offer a pause, and do not ask them to explain. Check in with them privately at the break or the end. Have your organisation’s support details ready before the day, so that you can point people to them without searching.',
    'The questions by ending above speak to one player’s quarter. Use them in pairs or threes, among those who choose to share, or for private reflection; in the whole room, work from the dashboard’s table of endings. In a small room, do not project a count of one: it can point at a person. Press the dashboard’s “Projector view” before you put it on the screen: it folds away taking in results and shows no count under three, nor one its totals would give away (a decision or an ending that would is left off the wall).',
  ],
  list: [
    'Say, to that player alone, not to the room: “The game ends this way when care falls that far. What wore it down, week by week?”',
    'Say: “What was it like to read that?” and let people pass.',
    'Say: “Many of you will have been near something like this for real. You don’t have to talk about it here, and I’m around afterwards.”',
    'Do not say anyone “killed” a patient, “lost” their staff or “failed”; do not rank endings or put individual results on the screen.',
    'Do not ask someone to share an early ending with the room, and do not make a joke of it to ease the moment.',
    'Do not turn the debrief into an investigation of a player’s choices; compare what the two roles could see and do.',
    'Signpost, without inventing numbers: your organisation’s staff support or health and wellbeing service, occupational health, the employee assistance programme, the Freedom to Speak Up guardian for worries about raising concerns, your trust’s post-incident or staff psychological support (TRiM, trauma risk management, where it is offered), NHS Practitioner Health (doctors and dentists; check its current eligibility before the day), a professional nurse advocate (nurses) or professional midwifery advocate (midwives), an educational or clinical supervisor, and the person’s union or professional body. Put the local details on your last slide or on the back of the handout.',
  ],
};

// ---------------------------------------------------------------- the handout

export const HANDOUT = {
  title: 'Common Ground: how to play today',
};

/** The handout's closing note: where results go, and what a run file carries. */
export function handoutNote(store: boolean): string {
  return `${
    store
      ? 'Your result goes to your organisation’s learning record store under an anonymous ID, not your name; nothing goes to a server of ours, and there is no account.'
      : 'Your results stay on your device until you hand them in. There is no account, and nothing is sent to a server of ours.'
  } A run file also carries anything you typed into the game, such as the optional self-assessment, so check it before you send it. On a shared computer, your run stays in that browser’s storage after you leave.`;
}

/** What the handout's steps need to know of the session; null in a guide opened without one (every way said). */
export interface HandoutFor {
  mode: 'solo' | 'split' | 'pairs';
  weeks: number;
  /** Players' games report to a learning record store as they play. */
  store: boolean;
}

const CLINICIAN_LEADER = 'clinician leader (a consultant who is also clinical director)';
const OPERATIONAL_MANAGER = 'operational manager (the general manager for medicine)';
const ROLES_NAMED = `${CLINICIAN_LEADER} or ${OPERATIONAL_MANAGER}`;
const PAIRS =
  'If you are in a pair, sit together: one of you is each role, and the role you pick leads. At each decision you each choose in private, passing the device between you; the partner’s turn shows what the story would say to their role. If you differ, the game shows both choices and you agree one. With a device each, one of you chooses “We are a pair with a device each” and the other scans the code on its briefing.';

/** The handout's steps for the session's way of playing: a solo room is not told about pairs, nor a pair about halves. */
export function handoutSteps(s: HandoutFor | null): string[] {
  const join =
    s === null
      ? 'Scan the QR code on this page with your phone camera, or type the link into a laptop’s browser. No account and no download.'
      : s.mode === 'split'
        ? 'Scan the code for your side of the room, as the facilitator says: “Clinician leaders join here” or “Operational managers join here”. It sets your role (no camera? follow the line under that code). No account, no download; a game started any other way does not count with the room’s.'
        : 'Scan the QR code with your phone camera (no camera? follow the line under it). No account, no download; a game started any other way does not count with the room’s.';
  const role =
    s === null
      ? `Choose your role if the link has not chosen it for you: ${ROLES_NAMED}. ${PAIRS}`
      : s.mode === 'split'
        ? `Your role is your side’s: a ${CLINICIAN_LEADER}, or an ${OPERATIONAL_MANAGER}.`
        : s.mode === 'pairs'
          ? `Sit with your partner, one of you in each role: ${ROLES_NAMED}. Press “Play as” the role the facilitator asks your pair to lead. At each decision you each choose in private, passing the device between you; the partner’s turn shows what the story would say to their role. If you differ, the game shows both choices and you agree one. With a device each, choose “We are a pair with a device each” on one device; the other person scans the code on its briefing.`
          : `Choose your role: ${ROLES_NAMED}. If you can, play the one that is not your day job.`;
  const places =
    s === null
      ? 'choose up to two places (three in the full quarter)'
      : s.weeks === WORKSHOP_WEEKS
        ? 'choose up to two places'
        : 'choose up to three places';
  const stop =
    s !== null && s.weeks !== WORKSHOP_WEEKS
      ? 'The game saves after every decision. Today you play to the end of week four, or to the facilitator’s five-minute warning if it comes first: then finish the scene you are in and stop there.'
      : 'The game saves after every decision. When the facilitator gives the five-minute warning, finish the scene you are in and stop there.';
  return [
    join,
    role,
    ...(s === null
      ? [
          'No camera, or the link will not open? Type the game’s address printed under the QR code, choose “Join a workshop” on its first screen, and type the workshop code printed after it. Your result then counts with the room’s; a game started any other way does not.',
        ]
      : []),
    'Read the briefing, then play. Press Continue (or Enter) to read on and a button to choose. Budget, Patient care and Trust are at the top of the screen; Trust by group shows who trusts you. The Notebook (top right) keeps what people have told you and your glossary.',
    'When a word from the other side’s world is highlighted, you can ask what it means, look it up if your glossary has it, or carry on without asking.',
    `From week two you plan each week on the hospital map: ${places}. Where you go decides what you see first-hand and what you hear about later.`,
    stop,
    s?.store
      ? 'Your game sends its result to your organisation’s learning record store as you play, under an anonymous ID. If you typed the workshop code instead of scanning, hand in too: press “Hand in result” at the top and show your result QR to the facilitator’s camera, or read out the short code.'
      : 'Hand in your result the way the facilitator asks: show your result QR to their camera, or let them photograph your screen (a QR carries your choices for the room to compare); only if that fails, read out the short code, or send the run file to the address on the back of this sheet.',
    s?.store
      ? 'If you reach your ending early, wait on the ending page: the debrief names where the tension sat, so open it after the facilitator’s reveal.'
      : 'If you reach your ending early, hand in from the ending page and wait there: the debrief names where the tension sat, so open it after the facilitator’s reveal.',
    'Settings (top right) has text size, reduced motion and sound (off until you turn it on).',
  ];
}

// ---------------------------------------------------------------- the research

export const RESEARCH: GuideSection = {
  id: 'research',
  title: 'The research behind the game',
  paragraphs: [
    'Each mechanic rests on a finding. The main sources are an interview study at three US academic medical centres (Keller et al. 2025, Journal of Healthcare Leadership), the Institute of Healthcare Management’s UK survey of managers and its policy paper, and an interview study of 20 senior leaders in an English integrated care system (Aufegger et al. 2020, BMJ Leader). Where a point comes from a US consultancy’s blog, the table says it is opinion; where it is a professional body’s recommendation (the IHM’s), it says so.',
    'Three cautions for the room. The Keller study is American, and qualitative: it tells you what people described, not how often. The Aufegger study is small, and nine of its ten clinical leaders were GPs: its authors say its findings may carry over only in part to other settings; this game is set in a hospital. And the game simplifies on purpose, so treat it as a way into a conversation about your own organisation rather than a model of it.',
  ],
  table: {
    caption: 'Each mechanic, the evidence for it, and where players meet it',
    head: ['Mechanic', 'What the research found', 'Where it shows in the game'],
    rows: [
      [
        'The hidden cultural level',
        'Keller et al. interviewed 92 people (clinicians, clinician-leaders and operational leaders) until no new themes emerged. In each of the three centres, what staff saw as the most pressing tension sat at a different level: organisation, department or practice. Efforts aimed at a different level from the one staff felt most pressing tended to backfire, eroding trust and engagement further. Their advice: find where local tension is greatest, then act there.',
        'The quarter code hides one level. Clues come from people who trust you; changes are aimed at a level; those aimed elsewhere cost trust. The debrief reveals the level and how many of your changes landed there.',
      ],
      [
        'Same word, different meaning',
        'All three groups in the Keller study described the ideal leader in similar terms, yet meant different things by those terms in practice.',
        'Words both sides use differently (escalate, capacity, safe, flow, assurance, activity, and the traits transparent, supportive and visible) start unknown to both roles until someone asks.',
      ],
      [
        'Status',
        'Differences in status, location and background were among the barriers Keller et al. found. A consultancy blog (opinion) adds that executives rely mainly, and sometimes only, on formal leaders to hear clinicians, and that the front line may see those leaders as out of touch.',
        'People across a wide status gap stay guarded until they trust you. The medical director and chief operating officer always talk to you, but their views are filtered, and the Notebook marks them so.',
      ],
      [
        'Location and informal contact',
        'Clinicians and managers have named close proximity, accessibility and visibility among what helps the relationship (the IHM’s policy paper, citing the HSJ), and the IHM calls for workplaces that encourage informal contact: a shared office, a shared kitchen, being down the corridor. Walk-rounds are the game’s own addition.',
        'The hospital map: Riverside House, with finance and the executive suite, is across the site, and every visit costs hours. Miss a scene and you hear it second-hand. Co-location, a shared kitchen and walk-rounds change the site for the rest of the quarter.',
      ],
      [
        'Jargon and background',
        'Opinion (consultancy blog): each side has its own jargon, and clinicians and executives work in separate silos, workflows and schedules.',
        'The words box (words the player doesn’t know, or knows only by name): ask (half an hour, and the speaker warms to you), look it up, or nod along; about one word in three comes back four scenes later as a misunderstanding, named in the debrief. Which words misfire is fixed by the quarter code, so the whole room shares them, and a nod in the last scenes may never come back.',
      ],
      [
        'Misreading absence',
        'Opinion (consultancy blog): executives can take non-participation for opposition when it may be time pressure or a long history of being left out.',
        'Week two, “The rota nobody asked about”: the registrars at the back of the meeting can be called disengaged or asked what they would change.',
      ],
      [
        'The dual role',
        'In Aufegger et al. (20 senior leaders: 10 clinical, of whom 9 GPs and 1 nurse; 10 non-clinical), clinical leaders described discomfort and identity conflict from holding two roles, felt isolated straddling both, were often seen as outside the core team, and said managers underestimated their time. Participants suggested inductions for clinicians entering leadership; the authors recommend adapting clinicians’ time so they can lead.',
        'The clinician leader’s 28 hours (seven PAs) of direct clinical care are fixed in the job plan, leaving far fewer hours to lead with than the manager has. Protected time and an induction is one of the long arcs.',
      ],
      [
        'Long arcs',
        'The IHM’s calls to action: paired learning and shadowing (the Imperial pilot ran in 2010–11) with joint training, encouraging clinicians into management, and workplaces for informal contact. Trusts with a larger share of doctors on their boards were more likely to have high quality ratings, lower morbidity and higher patient satisfaction (Veronesi et al. 2012, on English trusts before today’s CQC ratings, cited by the IHM: an association, not proof of cause). Aufegger et al. recommend paired learning, role modelling and simulation.',
        'Paired learning, shadowing, joint training, clinical seats on the system board, protected time and an induction, and mapping informal leaders: each costs hours now and pays off weeks later.',
      ],
      [
        'Shared-leadership skills',
        'Aufegger et al. name three: mutual understanding with a cooperative attitude; listening, empathy and emotional intelligence; and communication and collaboration that turn knowledge into messages people can act on.',
        'Choices are tagged with these skills, and the debrief shows each player’s profile and a style title.',
      ],
      [
        'Wellbeing and people leaving',
        'US research: burned-out physicians had 2.68 times the odds of leaving their institution within two years (Hamidi et al. 2018, 472 physicians at Stanford); each one-point rise in a supervisor’s leadership score (on a 12–60 scale) went with 3.3% lower odds of burnout (Shanafelt et al. 2015, physicians at the Mayo Clinic). Both are single US organisations.',
        'Staff wellbeing is hidden while you play. When it runs low, people are signed off sick with stress, and each leaves a rota gap that costs care and money. The debrief shows it.',
      ],
      [
        'How common the tension is',
        'IHM survey of managers (published around 2015): 74% of managers described the relationship as a partnership with areas of tension or a tolerance with frequent tensions (73% in the body of the report); 14% said tensions were persistent and unresolved; 73% expected it to stay the same or get worse over five years. NHS Staff Survey, over fifteen years ago: 45% agreed that healthcare professionals and managers work well together (2009); 30% that senior managers act on staff feedback (2010). For today’s picture, look up your own trust’s latest NHS Staff Survey results.',
        'The pulse survey in week four, and the staff comments that run through the quarter and its endings.',
      ],
      [
        'Replay and the other role',
        'Aufegger et al. recommend simulation as a safe place to make mistakes and learn from them; the IHM’s first call to action is paired learning and shadowing.',
        'After the quarter, “What if? Replay from here” branches from any key decision, and one button starts the same quarter in the other role to compare side by side.',
      ],
    ],
  },
};

// ---------------------------------------------------------------- running it

export const RUNNING_IT: GuideSection = {
  id: 'running-it',
  title: 'Running the session',
  paragraphs: [
    'The workshop quarter, the default at setup, is the quarter’s first four weeks closed by a month-end review: about 34 to 40 minutes of reading for most players, to an ending and the game’s own debrief. To fit a session it differs from the full quarter in two ways, and the game tells players both in the briefing: there is time for two visits a week rather than three, and the long changes (paired learning, shadowing, joint training, clinical seats on the system board, protected time, mapping informal leaders) each pay off two weeks after they are begun, and take an hour or so of the week between, so that one started in week two pays off before the review (the game says when one begun later will pay off only after the run). It ends before the winter, so the winter pressures and most staff going off sick belong to the full quarter.',
    'The full quarter is eight weeks of about ten minutes each; a whole quarter takes most readers an hour to an hour and a half, plus the briefing and the debrief. Choose it for a longer session or a series, or when people will finish at home. In a 90-minute session with the full quarter, stop at the end of week four or at 0:45, whichever comes first; then almost nobody will have reached an ending, so you reveal the level yourself and work from the dashboard and what people noticed, and the questions by ending are for a follow-up session.',
  ],
  list: [
    'Before: set up the session: choose what the room plays (the workshop quarter or the full one), the play mode (solo, half the room per role, or pairs) and the hidden level, or let it be drawn. Note the quarter code for yourself (the code gives nothing of the level away, and players need it to replay at home); the level stays behind a button on the dashboard until you reveal it.',
    'Before: test the join link at the venue, on the venue’s wifi, with a phone and with a locked-down work laptop if people will bring them, and check that the game’s first screen names the quarter you set up (“the workshop quarter (four weeks)”): a link cut short by hand, or one from an earlier setup, can open another quarter, whose result the dashboard then refuses. Share the link whole, or the QR code. If a browser will not store anything (private mode, some work PCs), the game says saving is off and plays on: those players must hand in before they close the tab.',
    'Before: test your laptop’s webcam reading a result QR, and have a typed short code ready as the fallback. Short codes bring in the week, the meters, the ending and how many changes went to the hidden level and elsewhere, but no choices: for the side-by-side choices you need QR codes or run files from at least a few players of each role.',
    'Before: a room of one profession, or lopsided? Use half the room per role anyway: the comparison is of the roles played, not of the players’ jobs. Nurses, whose day job is both clinical and managerial, take whichever side is further from theirs; the game has no nursing leader role, so ask them afterwards what the head of nursing would have seen.',
    'Before: with fewer than about 12 results, the projector view may show little, since it hides counts under three. Count results, not people: pairs hand in one between two, so 16 people in pairs give 8 results, about 4 a role. Plan to ask one volunteer of each role what they chose and why.',
    'Before: set your laptop to extend its display to the projector rather than mirror it (on Windows, Windows key + P), so the dashboard stays on your own screen and the wall shows only what you put there.',
    'Before: put an email address for run files on the back of the handout, and check the dashboard laptop can open a file sent there.',
    'Before: print the handout, one per person and a few spare, with your organisation’s support details on the back. Use “Print the handout only” at its foot: the rest of the guide names the levels and their codes.',
    'Before: set the game’s Settings → Text size to Larger and check the back row can read it. The projector play-through is laid out for 1366×768; on a bigger projector it is drawn larger in proportion, so leave the projector at its own resolution.',
    'Before: decide your stopping point (in the workshop quarter, the month-end review, with hand-in at 0:45 for anyone still playing; in the full quarter, the end of week four or 0:45, whichever comes first) and your one or two comparison decisions for the debrief.',
    'Before, if you have the time: make it local. “Try a scene of your own”, at the foot of the setup page, takes a scene from your own organisation written in ink (start from its example, a morning of delayed discharges on Larch Ward), checks it line by line and plays it in the game as either role. Play it on the projector in the last part of the debrief, once as each role, to bring the room from Alderbank to their own wards. It is kept only in the browser it was written in (not in private browsing): download it as a file to keep it or move it. It needs the game opened from its web address (the one-file copy cannot check a scene).',
    'During: get everyone to the role screen during the brief, while the wifi is quiet. The game saves after every decision, and each week ends with a summary that tells players to carry straight on unless you have called time. If the wifi drops, keep going: once the game has loaded it keeps its files, so it plays and even reloads with no network (only a page still loading is lost; it loads again when the connection returns). Results stay on each device until handed in, and the result QR and the typed code need no network. Before the day, send the game’s plain address (not the join link) and ask people to open it once and stop at the title screen, so their device keeps a copy; share the join link in the room, so nobody plays the session’s quarter early and meets its level in their debrief. In case the venue blocks the site, download the game as one file from the session’s setup page, where the site offers it (the page says if it does not), and save it to your own laptop’s disk (keep a USB copy as a spare: many NHS-managed laptops block USB): opened from there, it sets up a session and runs the projector play-through with no network.',
    'During: no devices, or wifi too poor to load the game? From the session, choose “Play it on the projector, the room voting”. You read aloud; at each decision the room votes at once, on a count of three, so nobody waits to see where the most senior person’s hand goes; you count hands for each option, type the numbers and press “Take the room’s choice”. At the end the debrief shows where the room split (no option had three in every five hands). Play as the role fewer people in the room hold by day, and where it matters count the clinicians’ and the managers’ hands separately and say both counts aloud. Share the reading: ask a manager to read the consultants’ lines and a clinician the finance lead’s. Pairs are not part of this mode. Reading aloud and counting hands is slower than reading alone: the workshop quarter takes about 55 minutes this way. The game’s debrief, and where the room split in it, open only after the month-end review and the ending, so do not stop at a week’s end: in a 90-minute session keep the welcome to five minutes, play the whole month (aim to be in week four by 0:50), and keep 25 minutes for the show of hands on the level, the reveal, and then the game’s debrief.',
    'During: someone arriving late? Open “Show the join code” at the top of the dashboard. After about 0:20 there is not time for the whole month alone: suggest they read along with a neighbour and choose together on that device, or play on and hand in wherever they reach. Give them, quietly, the warning about patient harm and that they can step out.',
    'During: a device fails? Reopen the game in the same browser: Continue on its first screen resumes at the last decision. Out of charge: read along with a neighbour. A result QR that will not read: tilt the screen away from the light, then use the short code.',
    'During: if someone finishes early, suggest they open the Notebook and look at what people told them and whom they trust least; or, for a pair, reread each other’s briefing and note one thing the other knew that you did not.',
    'After: export the dashboard’s two CSV files (players, and decisions) for your programme records. Keep it anonymous unless participants agreed otherwise. On shared training-room computers, clear the browser’s site data for the game, so no run is left behind. Invite people to play the full quarter at home, about ten minutes a week, and to play the same code in the other role: comparing the two runs is the game’s own paired-learning exercise.',
  ],
};
