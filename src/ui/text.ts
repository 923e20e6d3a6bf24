/** The words around the story: premise, roles and the first week's briefing. */
import type { Role } from '../engine/rules/types.ts';

export const GAME_NAME = 'Common Ground';
export const PREMISE =
  'One hospital, two worlds: lead across the gap between clinicians and managers for a quarter at Alderbank General.';

export interface RoleCard {
  role: Role;
  title: string;
  who: string;
  has: string;
  lacks: string;
}

export const ROLE_CARDS: RoleCard[] = [
  {
    role: 'clinician',
    title: 'Clinician leader',
    who: 'You are a consultant acute physician and, for the last five months, clinical director for medicine.',
    has: 'Nurses and resident doctors trust you as one of their own, and you can read a drug chart, a NEWS2 score and a ward at a glance. Your authority is clinical: standards, the rota, your peers.',
    lacks:
      'Time and a seat at the top table. Your clinical sessions come first, so you have about 12 free hours a week, and the executives still see you as a doctor who wandered into management. Finance-speak is a second language.',
  },
  {
    role: 'manager',
    title: 'Operational manager',
    who: 'You are the general manager for the medicine division, two years in post, with a background in operations rather than clinical work.',
    has: 'The executives’ view, the numbers and the levers: budgets, posts, estates and process. Executives return your calls, and you have about 20 hours a week outside standing meetings.',
    lacks:
      'The front line’s confidence and its language. On the wards you are the person with the lanyard who arrives when something is wrong, and clinical shorthand can leave you a step behind.',
  },
];

export interface Briefing {
  heading: string;
  paragraphs: string[];
}

export const BRIEFINGS: Record<Role, Briefing> = {
  clinician: {
    heading: 'Week one briefing',
    paragraphs: [
      'Alderbank General is running at 94% bed occupancy, above the 92% NHS England has pressed trusts to get below, and far above the 85% many clinicians treat as safe. The emergency department is missing its four-hour target most days, too many patients wait there more than twelve hours, and the trust is over its agency budget. This morning’s email from the chief operating officer, Janet Cole, takes “Home by 11” trust-wide after a week’s pilot on Larch and Beech: every ward is to discharge its first patients before eleven to free beds for ED. The medical director, Dr Helen Marsh, has put her name to it.',
      'Your week: Monday’s board round on Larch Ward, where Sister Grace Okafor runs the show; Wednesday, when theatres and the site team collide; and Friday in Riverside House with Marcus Webb from finance, who needs agency spend down by the end of the quarter.',
      'You have about 12 hours outside your clinical sessions. Time spent with people is time not spent elsewhere. Every decision moves Budget, Patient care and Trust, and some come back to meet you days afterwards.',
    ],
  },
  manager: {
    heading: 'Week one briefing',
    paragraphs: [
      'Alderbank General is running at 94% bed occupancy, above the 92% NHS England has pressed trusts to get below, and far above the 85% many clinicians treat as safe. The emergency department is missing its four-hour target most days, too many patients wait there more than twelve hours, and the division is over its agency budget. Janet Cole, the chief operating officer and your boss, is taking “Home by 11” trust-wide today after a week’s pilot on Larch and Beech: every ward discharges its first patients before eleven to free beds for ED. Dr Helen Marsh, the medical director, has endorsed it, and Janet wants it to stick.',
      'Your week: Monday’s board round on Larch Ward, where Sister Grace Okafor runs the show; Wednesday, when theatres and the site team collide; and Friday with Marcus Webb, your finance business partner, who needs a plan for agency spend before the month closes.',
      'You have about 20 hours this week outside standing meetings, and meetings have a way of eating them. Your office is in Riverside House, ten minutes across the car park from the wards; a trip to a ward and back costs an hour of your diary. Every decision moves Budget, Patient care and Trust, and some come back to meet you days afterwards.',
    ],
  },
};

/** The meters as the briefing explains them (the title loads this file, so the rules' lines are written out; a test holds them to the rules). */
export const METER_HELP = {
  scale:
    'Each meter runs from 0 to 100. The quarter ends early if Budget or Patient care reaches 0, if front-line staff’s or clinical leaders’ trust reaches 0, or if Trust falls to 10.',
  budget:
    'Budget: the division’s financial position against its year-to-date plan. 55 or more is on plan; 40 to 54 is behind it but inside the line the division must hold; under 40 it is off plan. Under 35, the overspend feeds itself and the budget falls 3 a week until something you do brings it back to 35.',
  care: 'Patient care: safety, experience and flow for the people in the beds; a quarter that ends with it under 45 has not held it. Under 50, it slips 3 a week on its own until something lifts it, and longer stays cost the budget 1 a week; under 30, harm turns severe and it slips 3 more.',
  trust:
    'Trust: how far three groups trust you, averaged. Front-line staff: nurses and ward sisters, resident doctors (registrars, foundation doctors) and specialty doctors, pharmacists, therapists, healthcare assistants, porters, the clinic’s booking team. Clinical leaders: consultants, the head of nursing and her matrons, the medical director, the GP who leads the place partnership. Executives: the trust’s executive team and the corporate managers who work to it, such as medicine’s finance business partner. From week three, with front-line staff’s trust in you under 35, the savings plan stalls: the division’s cost improvement plan, savings its budget already counts on, which the wards deliver by changing how they work.',
};
