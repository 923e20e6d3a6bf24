/**
 * The research the debrief points back to (../shared/EVIDENCE.md), written
 * in our own words for a busy clinician or manager, each with its source;
 * the reflection questions a run can raise; the self-assessment items; and
 * the leadership-style titles a run can earn. Data only: the choosing lives
 * in debrief.ts.
 */
import type { Skill } from './skills.ts';

export interface Finding {
  /** One or two plain sentences. */
  text: string;
  /** Where it comes from; the part before the first comma or bracket is the short name. */
  source: string;
  /**
   * Research (studies, surveys), practice (a programme's own account), policy (what a
   * professional body recommends or warns) or opinion (a practitioner's view): the debrief says
   * which, in plain words.
   */
  kind: 'research' | 'practice' | 'policy' | 'opinion';
  /** How the debrief introduces it where its kind's plain words would say more than the source does. */
  lead?: string;
}

const KELLER =
  'Keller et al. 2025, J Healthc Leadership 17:75–83 (92 people interviewed at three US academic medical centres, teaching hospitals)';
const BLOG = 'A US healthcare consultancy’s blog on clinician–executive trust';
const IHM =
  'Institute of Healthcare Management (IHM), UK (a survey of managers and a policy paper, around 2015; the sample size is not given)';
const AUFEGGER =
  'Aufegger et al. 2020, BMJ Leader 4:128–134 (interviews with 20 senior leaders in an English integrated care system; 9 of the 10 clinical leaders were GPs)';

export const FINDINGS = {
  level_right: {
    text: 'In each of the three centres studied, what staff saw as the most pressing tension sat at one cultural level — organisation, department or practice — and which level differed from centre to centre. The study’s advice is to find that level first, then aim there. (One interview study: what people described, not how often.)',
    source: KELLER,
    kind: 'research',
  },
  level_wrong: {
    text: 'People described changes aimed at a level other than the one they felt most pressing as making things worse, and as costing further trust and engagement. (One interview study: what people described, not how often.)',
    source: KELLER,
    kind: 'research',
  },
  status_formal: {
    text: 'Executives rely mainly, and sometimes only, on formal leaders such as the medical director or chiefs to hear clinicians, and the front line may see those leaders as out of touch.',
    source: BLOG,
    kind: 'opinion',
  },
  status_unheard: {
    text: 'Clinicians may feel their input is not valued, while executives can read them as resistant or blind to limited resources.',
    source: BLOG,
    kind: 'opinion',
  },
  absence: {
    text: 'Non-attendance is easily read as opposition when it may be time pressure, or the result of being left out for a long time. (In this game, asking finds out which.)',
    source: BLOG,
    kind: 'opinion',
  },
  location: {
    text: 'Working in different places was one of the barriers between clinicians and managers that the study named, beside differences in status and background.',
    source: KELLER,
    kind: 'research',
  },
  informal_contact: {
    text: 'Clinicians and managers have named close proximity, accessibility and visibility among the things that help the relationship, and the IHM calls for workplaces that encourage informal contact: a shared office, a shared kitchen, being down the corridor.',
    source: `${IHM}, citing the HSJ (2012)`,
    kind: 'policy',
  },
  jargon: {
    text: 'Each side has its own jargon and acronyms, and miscommunication, the blog argues, breeds misunderstanding and mistrust. (The NHS examples in this game, CIP and run-rate on one side, TTOs and board rounds on the other, are ours.)',
    source: BLOG,
    kind: 'opinion',
  },
  same_word: {
    text: 'All three groups named similar traits of an ideal leader but meant different things by them in practice. (In this game, “transparent”, “supportive” and “visible”, and working words such as “escalate” and “capacity”, play out the same way.)',
    source: KELLER,
    kind: 'research',
  },
  priorities: {
    text: 'Both sides say “patients first”. Clinicians usually mean the patient in front of them; managers the organisation that has to keep caring for everyone, within budgets and regulation.',
    source: BLOG,
    kind: 'opinion',
  },
  dual_role: {
    text: 'Clinical leaders described discomfort and a conflict of identity from holding two roles, and felt that managers underestimated how little time they had. Non-clinical leaders saw leading as a natural step.',
    source: AUFEGGER,
    kind: 'research',
  },
  induction: {
    text: 'Senior leaders suggested clear inductions for clinicians taking on leadership. Clinical leaders felt isolated, straddling clinical and management work. The authors add that clinicians were often seen as outside the core leadership team, because their clinical role came first, and recommend adapting their time so they can lead.',
    source: AUFEGGER,
    kind: 'research',
  },
  paired: {
    text: 'Imperial’s paired learning buddies registrars with Band 7/8 managers for months of meetings, shadowing and a joint improvement project presented to the executive team.',
    source:
      'Imperial College Healthcare NHS Trust, paired learning programme (piloted 2010–11; its format as the trust describes it)',
    kind: 'practice',
  },
  shadowing: {
    text: 'The Institute of Healthcare Management’s first call to action is paired learning and shadowing, with joint management training, so that each side comes to understand the other’s priorities.',
    source: IHM,
    kind: 'policy',
  },
  training: {
    text: 'Role modelling, paired learning and simulation (a safe place to make mistakes), among other ways to build shared leadership across the divide.',
    source: AUFEGGER,
    kind: 'research',
    lead: 'What a study’s authors recommend: ',
  },
  board: {
    text: 'NHS trusts with more doctors on their boards were more likely to have high quality ratings, lower morbidity and higher patient satisfaction (Veronesi and colleagues, 2012, as the IHM reports it). That is an association, and about trust boards; a system board is a step further from the wards, and the weekly gains the seats bring in this game are the game’s assumption, not the study’s.',
    source: `Veronesi, Kirkpatrick and Vallascas 2012, reported by the ${IHM}`,
    kind: 'research',
  },
  mapping: {
    text: 'Recognising informal leaders, and helping people map the informal routes by which word travels, beside the formal ones (argued from other research, in discussing their results).',
    source: AUFEGGER,
    kind: 'research',
    lead: 'What a study’s authors argue: ',
  },
  skill_understanding: {
    text: 'One of the three shared-leadership skills the study identified was mutual understanding with a cooperative attitude (in the game: knowing what the other side is held to, and wanting them to succeed).',
    source: AUFEGGER,
    kind: 'research',
  },
  skill_listening: {
    text: 'One of the three shared-leadership skills the study identified was listening, empathy and emotional intelligence (in the game: hearing the worry under the objection before answering the objection).',
    source: AUFEGGER,
    kind: 'research',
  },
  skill_communication: {
    text: 'One of the three shared-leadership skills the study identified was communication and collaboration that turn knowledge into a message the other side can act on (in the game: early, two-way, and openly asking for advice).',
    source: AUFEGGER,
    kind: 'research',
  },
  burnout: {
    text: 'Burned-out US physicians were markedly more likely to leave (2.68 times the odds of leaving their institution within two years, in one Stanford study), and each point on a supervisor’s leadership score (rated from 12 to 60) went with 3.3% lower odds of burnout. (Those studies were of physicians; this game applies them to the whole ward team. A quarter is too short for the leaving, so here burnout shows first as sickness absence and colleagues covering the gaps.)',
    source:
      'Hamidi et al. 2018 and Shanafelt et al. 2015 (BMC Health Serv Res: burnout and leaving, 472 Stanford physicians; Mayo Clin Proc: leadership scores and burnout)',
    kind: 'research',
    lead: 'What two studies found: ',
  },
  savings: {
    text: 'Clinicians often hold no budget and little say over hiring, yet their decisions shape the quality, productivity and reputation of their employer; without their engagement, the IHM warns, managers fight a losing battle to make change stick.',
    source: `${IHM}; the point about budgets and hiring is the King’s Fund’s (2012), quoted there`,
    kind: 'policy',
  },
  staff_survey: {
    text: '45% of staff agreed that healthcare professionals and managers work well together (2009), and 30% that senior managers act on staff feedback (2010).',
    lead: 'What the NHS Staff Survey found: ',
    source: 'NHS Staff Survey 2009 and 2010',
    kind: 'research',
  },
  simulation: {
    text: 'Simulation, as a safe place to make mistakes and learn from them.',
    source: AUFEGGER,
    kind: 'research',
    lead: 'What a study’s authors recommend: ',
  },
} as const satisfies Record<string, Finding>;

export type FindingId = keyof typeof FINDINGS;

export interface Reflection {
  id: string;
  text: string;
}

/** Questions a run can raise; debrief.ts picks which from what happened. */
export const REFLECTIONS = {
  wrong_level: {
    id: 'wrong_level',
    text: 'Most of the changes you aimed at a level landed away from where the tension really was. What clues did you have, if any, and what made another level feel more urgent at the time?',
  },
  right_level: {
    id: 'right_level',
    text: 'Most of the changes you aimed at a level went to the one that was really pressing. What told you — and how would you find the same thing out in your own organisation?',
  },
  once_right: {
    id: 'once_right',
    text: 'You aimed one change at the level where the tension really sat. What decided you to aim there, and did you think of doing so again?',
  },
  once_wrong: {
    id: 'once_wrong',
    text: 'The one change you aimed at a level landed away from where the tension really was. What clues did you have, if any, and what made another level feel more urgent at the time?',
  },
  split_level: {
    id: 'split_level',
    text: 'The changes you aimed at a level split evenly between the one that was really pressing and the others. What made each one feel right when you chose it, and what would have told you where the tension sat?',
  },
  never_intervened: {
    id: 'never_intervened',
    text: 'You never aimed a change at any level. What were you waiting to know, what did waiting gain you, and what did it cost the people who raised the problem?',
  },
  nodded_along: {
    id: 'nodded_along',
    text: 'A word you nodded along to came back as a misunderstanding. When did you last do that at work, and what would asking have cost you?',
  },
  asked_terms: {
    id: 'asked_terms',
    text: 'You asked what words meant. How did people respond, and which words from the other side of your own organisation do you still not really know?',
  },
  missed_scenes: {
    id: 'missed_scenes',
    text: 'Several conversations happened without you because you were elsewhere. Where do the conversations you miss in real life take place?',
  },
  formal_only: {
    id: 'formal_only',
    text: 'You rarely went where the front line works, so most of what you heard came through formal routes. Whose voice would have changed your picture, and how would you reach them in a normal week?',
  },
  front_line: {
    id: 'front_line',
    text: 'You spent a lot of hours where the work happens. What did that buy you that a report would not have — and what did it cost elsewhere?',
  },
  burnout: {
    id: 'burnout',
    text: 'Staff wellbeing fell over these weeks, mostly out of sight. What early signs of that would you notice in your own team?',
  },
  budget_first: {
    id: 'budget_first',
    text: 'The budget ended strong while care, or trust, ended under 50. How much of that was your choosing, and which of those trade-offs would you defend in front of the people on the ward?',
  },
  care_first: {
    id: 'care_first',
    text: 'Care ended high and the budget low. How much of that was your choosing, and how would you explain it to the finance director — in their words?',
  },
  arcs_started: {
    id: 'arcs_started',
    text: 'You started slow work that paid off late. In your own setting, what would protect that kind of work when a crisis week arrives?',
  },
  no_arcs: {
    id: 'no_arcs',
    text: 'You started none of the long programmes that pay off over weeks: paired learning, a shadowing placement, joint training, an induction with protected leadership time, clinical seats on the system board, a map of who people really listen to. Which one would make the most difference where you work?',
  },
  early_end: {
    id: 'early_end',
    text: 'Your run ended early. Looking at the timeline, where was the last point at which it could have turned?',
  },
  other_role: {
    id: 'other_role',
    text: 'Imagine the same weeks from the other chair. What do you think they were under pressure from that you could not see?',
  },
  monday: {
    id: 'monday',
    text: 'What is one thing you will do differently on Monday, and who will you do it with?',
  },
} as const satisfies Record<string, Reflection>;

export interface SelfItem {
  id: string;
  text: string;
  skill: Skill;
}

/** A short self-assessment on working across the divide, two items per shared-leadership skill (1–5 agreement). */
export const SELF_ITEMS: readonly SelfItem[] = [
  {
    id: 's1',
    text: 'I could explain what the other group in my organisation is measured on, and why it matters to them.',
    skill: 'understanding',
  },
  {
    id: 's2',
    text: 'When the other side pushes back, I assume there is a reason I have not heard yet.',
    skill: 'understanding',
  },
  {
    id: 's3',
    text: 'To hear what is really happening, I seek out people closer to the front line than I am.',
    skill: 'listening',
  },
  {
    id: 's4',
    text: 'When someone does not turn up, I ask why before drawing conclusions.',
    skill: 'listening',
  },
  {
    id: 's5',
    text: 'I ask what a word means rather than nod along, even in a senior meeting.',
    skill: 'communication',
  },
  {
    id: 's6',
    text: 'I put my case in terms the other side uses, not only in my own.',
    skill: 'communication',
  },
];

export interface StyleTitle {
  id: string;
  title: string;
  /** Opens the conversation; never a verdict. */
  line: string;
  /** The line for a role whose own authority changes the question (the roles, spelt out: types.ts imports this file). */
  lineFor?: Partial<Record<'clinician' | 'manager', string>>;
}

/** A style's line as the run's role should read it. */
export function styleLine(style: StyleTitle, role: 'clinician' | 'manager'): string {
  return style.lineFor?.[role] ?? style.line;
}

export const STYLE_TITLES = {
  bridge_builder: {
    id: 'bridge_builder',
    title: 'Bridge builder',
    line: 'You found where the strain really was, and the three meters ended out of trouble. Which of your habits made the other side willing to tell you things?',
  },
  steady_hand: {
    id: 'steady_hand',
    title: 'Steady hand',
    line: 'Nothing collapsed and nothing soared. Was that balance a choice, or the absence of one?',
  },
  guardian_of_the_ledger: {
    id: 'guardian_of_the_ledger',
    title: 'Budget ahead',
    line: 'The budget ended strongest. Who paid for that, and did they know why?',
  },
  patients_advocate: {
    id: 'patients_advocate',
    title: 'Care ahead',
    line: 'Care ended strongest, the money well behind it. How long could the organisation afford that — and who would have to say so?',
    lineFor: {
      manager:
        'Care ended strongest, the money well behind it. The budget is yours to answer for: what will you tell finance at month-end, and what will you ask of the clinicians?',
    },
  },
  good_listener: {
    id: 'good_listener',
    title: 'Good listener',
    line: 'People trusted you more than the numbers alone would suggest. What did you do with what they told you?',
  },
  firefighter: {
    id: 'firefighter',
    title: 'Firefighter',
    line: 'The meters swung hard and at least one ended low. Which fire did you start by putting out another?',
  },
  lone_operator: {
    id: 'lone_operator',
    title: 'Lone operator',
    line: 'By the end, few people were with you. Where did the gap open, and who noticed first?',
  },
  stopped_short: {
    id: 'stopped_short',
    title: 'Stopped short',
    line: 'Your run ended early, on the meter that ran out. When did it start to fall, and who was already telling you?',
  },
  wrong_target: {
    id: 'wrong_target',
    title: 'Busy at the wrong level',
    line: 'You acted often, and mostly away from the real strain. What made the wrong level feel right?',
  },
} as const satisfies Record<string, StyleTitle>;
