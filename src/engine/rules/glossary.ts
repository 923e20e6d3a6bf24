/**
 * The jargon of both worlds (EVIDENCE.md §4). Each role knows its own terms;
 * the other side's show as unknown until asked, looked up or learned through
 * shadowing and paired learning. Words both sides use, meaning different
 * things, are marked by writers with `# term <id>`; the rest are found in the
 * text automatically.
 */
import type { HeadlineMeter, Role } from './types.ts';
import { byText } from './by-text.ts';

/** C: clinicians' words; M: managers' and finance words; both: same word, different meanings. */
export type World = 'C' | 'M' | 'both';

/** Something that differs by role: one value for both, or one each. */
export type PerRole<T> = T | Record<Role, T>;

export interface Term {
  id: string;
  /** How it appears in the text (matched as a whole word). */
  label: string;
  world: World;
  /** Plain-English meaning, in our words. */
  meaning: string;
  /** For `both` words: what each side means by it. */
  clinicians?: string;
  managers?: string;
  /**
   * What goes wrong, a few scenes later, when a player nodded along, told from
   * the side of the role that could nod at it (for `both` words, one each).
   */
  misread: PerRole<string>;
  /**
   * Scenes (by knot) where the word is met among other people or things than
   * `misread` tells of, and what a nod there turns into instead (for one role
   * only, where the other's default fits the scene). The meter it hurts stays the term's.
   */
  misreadAt?: Readonly<Record<string, string | Partial<Record<Role, string>>>>;
  /** Which headline meter that misunderstanding hurts. */
  hurts: PerRole<HeadlineMeter>;
  /** Extra spellings that count as the same term. */
  also?: readonly string[];
  /** Longer names the word is part of, where it is not this term (“the guardian of safe working hours”). */
  within?: readonly string[];
  /**
   * The other role uses this word every day too (a general manager for
   * medicine knows "locum" and "outlier"; a clinical director knows "CIP" and
   * "OPEL"), so it is never unknown to either.
   */
  shared?: true;
  /**
   * The other role hears this word every week and knows it by name, but could not say what it asks of them here
   * (a clinical director and the 09:00 SitRep; a general manager and NEWS2, a column in their quality report).
   * It is still theirs to learn, and the misread turns on that gap, not on the word being strange; the screen
   * calls it a word known only by name, never one they don't know.
   */
  byName?: true;
}

/** Janet Cole's "assurance" in week three's clinic is about the waiting list, not a ward's incidents. */
const CLINIC_ASSURANCE = {
  manager:
    'You gave Janet the “assurance” she asked for: a weekly return and a consultant’s sign-off for every clinic. The consultants and the clinic nurses read it as a check on them, not on the list, and stopped telling you which clinics ran over.',
  clinician:
    'You told Janet you were “assured” the targets would hold, because your consultants said so. She had wanted the trajectory clinic by clinic, to take to the board, and recorded at medicine’s performance review that none had come.',
} as const;

// A misunderstanding costs the meter its word hurts and the trust of the other side: a manager's, front-line
// staff's (ward sisters, nurses, junior doctors); a clinician's, the executives'. So a manager's text names who on
// the front line misread them, beside any consultants (clinical leaders, who lose only what all three groups do).
export const TERMS = [
  // Clinicians' words
  {
    id: 'news2',
    label: 'NEWS2',
    world: 'C',
    // A column in a general manager's quality report (week one's board round says so): what a five or a seven
    // asks of the ward tonight is what they could not say.
    byName: true,
    meaning:
      'National Early Warning Score: a 0–20 score built from the observations. 5 or more needs an urgent review by a clinician, and a 3 in any one of them means telling the medical team at once; 7 or more is an emergency.',
    misread:
      'You took a NEWS2 of seven as the alarm, and a five as nothing yet. At the bed meeting you agreed that a man scoring five could go to a surgical ward as an outlier. The nurses there rang his medical team twice; it saw outliers last, and he was at seven before a doctor came.',
    hurts: 'care',
  },
  {
    id: 'obs',
    label: 'obs',
    world: 'C',
    shared: true,
    meaning: 'Observations: pulse, blood pressure, breathing rate, oxygen, temperature, alertness.',
    misread:
      'You took “four-hourly obs” on the escalation beds for the monitors’ job. The bay had no monitors: each round meant a nurse or healthcare assistant at every bed with the obs machine, and nobody was rostered to do it.',
    hurts: 'care',
  },
  {
    id: 'tto',
    label: 'TTO',
    world: 'C',
    shared: true,
    meaning: 'To take out: the medicines a patient goes home with. A late TTO holds up a discharge.',
    also: ['TTOs', 'TTA', 'TTAs'],
    misread:
      'You counted patients “awaiting TTOs” as discharged in your bed forecast. They were still in their beds at four o’clock.',
    hurts: 'care',
  },
  {
    id: 'mffd',
    label: 'MFFD',
    world: 'C',
    shared: true,
    meaning:
      'Medically fit for discharge: the doctors are done; something else is keeping the patient in. Nationally much the same patients are counted as having no criteria to reside.',
    also: ['medically optimised'],
    misread:
      'You read MFFD as “nearly ready”. The ward had eight patients who were ready days ago, waiting on care packages you could have chased.',
    hurts: 'budget',
  },
  {
    id: 'dnacpr',
    label: 'DNACPR',
    world: 'C',
    shared: true,
    meaning:
      'Do not attempt cardiopulmonary resuscitation: a decision, recorded in advance, that CPR should not be tried, because it would not work, because the harm would outweigh the benefit, or because the patient has refused it. The senior clinician responsible makes it and discusses it with the patient, or with those close to them if the patient cannot take part. A patient can refuse CPR, but cannot insist on CPR that would not work.',
    misread:
      'You called the DNACPR conversations “paperwork” in a meeting. The ward sisters, who sit in on those conversations at two in the morning, heard about it by lunchtime.',
    hurts: 'trust',
  },
  {
    id: 'fy1',
    label: 'FY1',
    world: 'C',
    shared: true,
    meaning:
      'Foundation doctor (FY1, FY2): a resident doctor in the first or second year after medical school; an FY1 holds provisional registration and works under close supervision.',
    also: ['FY2', 'FY1s'],
    misread:
      'You counted the FY1 as a full doctor on the weekend rota. She was four months qualified, alone on a ward of thirty, with the registrar tied up on the take.',
    hurts: 'care',
  },
  {
    id: 'registrar',
    label: 'registrar',
    world: 'C',
    shared: true,
    meaning: 'A senior doctor in specialty training, below a consultant; runs the shop out of hours.',
    also: ['reg', 'registrars', 'SpR'],
    misread:
      'You assumed the registrar could sign off the new pathway. It needed a consultant, and the launch slipped a fortnight.',
    hurts: 'budget',
  },
  {
    id: 'the-take',
    label: 'the take',
    world: 'C',
    shared: true,
    meaning: 'All the new patients admitted under the medical team on call, seen on the post-take ward round.',
    also: ['post-take', 'PTWR'],
    misread:
      'You booked the service review for nine on a Monday, when the consultants are on the post-take round. Nobody came, and you said so at the board.',
    hurts: 'trust',
  },
  {
    id: 'board-round',
    label: 'board round',
    world: 'C',
    shared: true,
    meaning:
      'A short standing meeting at the ward whiteboard to go through every patient and what they are waiting for.',
    misread: 'You scheduled a call over the board round. The ward had to choose between you and their patients.',
    hurts: 'trust',
  },
  {
    id: 'mdt',
    label: 'MDT',
    world: 'C',
    shared: true,
    meaning: 'Multidisciplinary team meeting: doctors, nurses, therapists and others deciding a plan together.',
    misread: 'You moved the MDT room to free a meeting space. Three cancer plans waited a week.',
    hurts: 'care',
  },
  {
    id: 'bleep',
    label: 'bleep',
    world: 'C',
    shared: true,
    meaning: 'The pager a doctor carries on call. “Bleeping” someone means calling them to come.',
    also: ['bleeped', 'bleeps'],
    misread:
      'You agreed the night registrar could “hold the bleep” for a second ward across the site. It meant one doctor, two buildings, no cover.',
    hurts: 'care',
  },
  {
    id: 'sbar',
    label: 'SBAR',
    world: 'C',
    // SBAR heads many committee papers: that a nurse's ends in a recommendation to be acted on is the gap.
    byName: true,
    meaning: 'Situation, Background, Assessment, Recommendation: a structured way to hand over a worry.',
    misread:
      'You read an SBAR from Larch’s night nurse as a briefing, and filed it. Its last line, the recommendation, asked for a second registered nurse on nights from Monday. Nobody answered it, and the nurse who wrote it stopped writing them.',
    hurts: 'trust',
  },
  {
    id: 'outlier',
    label: 'outlier',
    world: 'C',
    shared: true,
    meaning: 'A patient on a ward that is not their specialty’s, because there was no bed on the right one.',
    also: ['outliers', 'outlying'],
    misread:
      'You reported every medical patient in a bed. Nine of those beds were on surgical wards, and those patients were seen last on every round.',
    hurts: 'care',
  },
  {
    id: 'datix',
    label: 'Datix',
    world: 'C',
    shared: true,
    meaning:
      'The trust’s incident-reporting system. Datix is one supplier’s brand, and staff say “Datix it” whatever system the trust uses; reports go on to the national Learn from Patient Safety Events service.',
    also: ['Datixes', 'Datixed'],
    misread:
      'You read the fall in Datix reports as things getting safer. Staff had stopped reporting because nothing came back.',
    hurts: 'care',
  },
  {
    id: 'psii',
    label: 'PSII',
    world: 'C',
    shared: true,
    meaning:
      'Patient safety incident investigation: under PSIRF, which replaced serious incident investigations, a learning review of how the system failed, not who to blame. A few national categories require one; the trust’s patient safety incident response plan names the rest.',
    misread:
      'You asked which member of staff the PSII had “found at fault”. It was round the ward by the evening, and the next two near misses were not reported.',
    hurts: 'trust',
  },
  {
    id: 'rota-gap',
    label: 'rota gap',
    world: 'C',
    shared: true,
    meaning: 'A shift on the doctors’ or nurses’ rota with no one to fill it.',
    also: ['rota gaps'],
    misread:
      'You heard “a rota gap on Saturday” as the rota coordinator’s problem. At eight that night it was still empty.',
    hurts: 'care',
  },
  {
    id: 'locum',
    label: 'locum',
    world: 'C',
    shared: true,
    meaning: 'A doctor filling a gap temporarily, often through an agency and at a premium.',
    also: ['locums'],
    misread: 'You heard “we’ll get a locum” as a fix. It was a fix at three times the hourly rate.',
    hurts: 'budget',
  },
  {
    id: 'exception-report',
    label: 'exception report',
    world: 'C',
    shared: true,
    meaning:
      'A resident doctor’s formal report that their day went beyond their work schedule: extra hours, missed breaks or rest, or lost training. The guardian of safe working sees every one.',
    also: ['exception reports'],
    misread:
      'You filed the exception reports under “admin”. The guardian of safe working raised them at the board instead.',
    hurts: 'trust',
  },
  {
    id: 'job-plan',
    label: 'job plan',
    world: 'C',
    shared: true,
    meaning:
      'A consultant’s agreed week, reviewed yearly, in programmed activities (PAs), usually of four hours (three in the evening, at night and at weekends): direct clinical care (DCC); supporting professional activities (SPA) for teaching, audit, appraisal and governance; and sessions for extra roles, such as clinical director, as additional responsibilities. Ten PAs is full time.',
    also: ['PAs', 'SPA', 'DCC', 'job plans'],
    misread: 'You proposed cutting “SPA time” as if it were spare. It is where teaching, audit and governance happen.',
    hurts: 'trust',
  },
  {
    id: 'nbm',
    label: 'NBM',
    world: 'C',
    meaning: 'Nil by mouth: no food or drink, usually before a procedure or while a patient’s swallow is unsafe.',
    misread:
      'You stood down the afternoon endoscopy list at eleven without asking who was NBM. Nobody told the ward, and four frail patients stayed nil by mouth until teatime, for nothing.',
    hurts: 'care',
  },
  {
    id: 'nof',
    label: 'NOF',
    world: 'C',
    shared: true,
    meaning: 'Neck of femur: a hip fracture, usually in an older person; surgery within 36 hours matters.',
    also: ['NOFs', 'hip fracture'],
    misread: 'You put the NOF list behind the electives to protect the targets. Two patients waited past 36 hours.',
    hurts: 'care',
  },
  {
    id: 'mm',
    label: 'M&M',
    world: 'C',
    // A general manager knows medicine holds one: that it is the doctors' own protected learning is the gap.
    byName: true,
    meaning:
      'Morbidity and mortality meeting: a specialty’s doctors, often with nurses, review deaths and complications, to learn.',
    misread:
      'You took the M&M for a governance meeting, and sent your service manager to sit in and take actions. The registrars stopped presenting their own cases.',
    misreadAt: {
      // The quality committee after Rowan's Saturday night: Dr Marsh has asked medicine to hold the case for its
      // M&M until the PSII team have heard from the night staff. The scene's "assurance" already tells of board
      // evidence chilling learning; this tells of a learning meeting turned into a report to the board.
      w7_assurance: {
        manager:
          'You took Dr Marsh’s “M&M” for a management meeting, and agreed an action in the committee’s log: medicine’s M&M to report its findings on Rowan to the committee. The physicians read it as their learning meeting turned into a board report, and asked for Rowan’s case to come off its agenda. The night registrar heard that her handover was to be judged twice.',
      },
    },
    hurts: 'trust',
  },
  {
    id: 'sats',
    label: 'sats',
    world: 'C',
    // Said on every ward, in every incident report and at every bed meeting: a general manager of medicine
    // knows it, as they know obs and TTOs.
    shared: true,
    meaning:
      'Oxygen saturation: the share of the blood’s haemoglobin carrying oxygen, from a finger probe. Usually aimed at 94–98%; for some people with long-term lung disease the target is 88–92%.',
    misread:
      'You heard “sats of eighty-eight” as a good score out of a hundred. For the man in bed four, with no lung disease, it meant oxygen and a doctor, in the bay you had just asked to take one more.',
    hurts: 'care',
  },
  {
    id: 'abg',
    label: 'ABG',
    world: 'C',
    meaning:
      'Arterial blood gas: blood from an artery, tested at once for oxygen, carbon dioxide and acid: for the sickest, and for breathing failure, as in COPD.',
    also: ['ABGs', 'gas'],
    misread:
      'You agreed the new nurse on nights could “cover the gases”. Nobody on that shift was trained to take one, and the registrar came down from the take twice.',
    hurts: 'care',
  },
  {
    id: 'sepsis-six',
    label: 'Sepsis Six',
    world: 'C',
    // On medicine's quality dashboard: what a general manager may not know is the clock.
    byName: true,
    meaning:
      'A bundle started as soon as sepsis is likely: a senior clinician to see the patient, oxygen if needed, bloods (lactate among them) and cultures, antibiotics, fluids, close monitoring. For the sickest (a NEWS2 of 7 or more), antibiotics go in within the hour; at 5 or 6, within three hours if sepsis is likely.',
    misread:
      'You read October’s Sepsis Six audit, eleven of twelve, as a good month, and told the nurse in charge so. The twelfth was a man with a NEWS2 of eight who waited nearly three hours for his antibiotics. The ward heard that one in twelve was good enough for you.',
    hurts: 'trust',
  },
  {
    id: 'respect',
    label: 'ReSPECT',
    world: 'C',
    meaning:
      'ReSPECT: a plan, made in conversation with the patient (or those close to them if the patient cannot take part), recording what emergency treatment is recommended, CPR included. A senior clinician usually completes it, often at or soon after the consultant’s post-take round. It guides the team at three in the morning; it is not a legal instruction.',
    also: ['ReSPECT form'],
    misread:
      'You took ReSPECT for the new DNACPR form, and asked the ward clerks to see that every patient over eighty had one. Dr Marsh’s office stopped it within the day: a rule by age is a blanket decision, and each form needs a senior clinician’s conversation with the patient.',
    misreadAt: {
      // Outliers in week six: Priya says two on Rowan have no ReSPECT form. A GM knows DNACPR (shared), and takes
      // the new word for its newer paperwork.
      w6_outliers: {
        manager:
          'You took Priya’s “ReSPECT” for the new DNACPR form, and asked Rowan’s nurses to see that every outlier had one by Monday. They could ask a patient what mattered to them, but the form’s recommendations on CPR and intensive care needed a senior doctor from medicine. Rowan’s nurse in charge spent Friday evening bleeping medicine to come, and Mr Achterberg heard that medicine had passed its hardest conversations to his ward.',
      },
    },
    hurts: 'trust',
  },
  // Managers' and finance words
  {
    id: 'cip',
    label: 'CIP',
    world: 'M',
    shared: true,
    meaning:
      'Cost improvement programme: the savings every trust must find each year, commonly 4–6% of spend in 2025–26, more where a trust is in deficit.',
    also: ['CIPs'],
    misread:
      'You nodded at “the CIP” without asking what it asked of you. Your service’s share came due in week eight, unplanned.',
    hurts: 'budget',
  },
  {
    id: 'recurrent',
    label: 'recurrent',
    world: 'M',
    // No CIP is talked through without it: which savings count as recurrent is the gap.
    byName: true,
    meaning:
      'A recurrent saving lasts year after year (a post not needed); a non-recurrent one happens once (a delayed purchase).',
    also: ['non-recurrent', 'recurrently'],
    misread:
      'You offered a one-off saving as “recurrent”. Finance booked it against every year to come, and next April the gap came back.',
    hurts: 'budget',
  },
  {
    id: 'rtt',
    label: 'RTT',
    world: 'M',
    shared: true,
    meaning:
      'Referral to treatment: the 18-week standard, under which 92% of the people still waiting should have waited less than 18 weeks since referral. The national plan aims to meet it again by March 2029.',
    misread:
      'You thought RTT was the clinic’s problem. Cardiology’s list slid past 18 weeks for a third of its patients, and the division was asked to explain it at the performance review.',
    hurts: 'care',
  },
  {
    id: 'ptl',
    label: 'PTL',
    world: 'M',
    // Known to any clinical director who has validated a waiting list: that booking follows it is the gap.
    byName: true,
    meaning:
      'Patient tracking list: everyone on a waiting list, with their clock and how urgent they are, so they are booked in the right order: urgent first, then longest wait.',
    misread:
      'You asked for your own choice of patients on next month’s lists, out of PTL order. Three who had waited longest passed 52 weeks.',
    hurts: 'care',
  },
  {
    id: 'breach',
    label: 'breach',
    world: 'M',
    shared: true,
    meaning: 'A patient who waited past a standard (four hours in ED, 18 weeks for treatment). Counted and reported.',
    also: ['breaches', 'breached'],
    misread:
      'You took “two breaches overnight” for two safety incidents and waited for the incident reports. They were two patients past four hours in ED, waiting for medical beds. Nobody pushed the morning discharges, the escalation bay opened again that night, and its agency shifts went on medicine’s budget.',
    hurts: 'budget',
  },
  {
    id: 'four-hour',
    label: 'four-hour standard',
    world: 'M',
    shared: true,
    meaning:
      'Patients should be admitted, transferred or sent home within four hours of arriving in ED. The constitutional standard is 95%; each year’s planning guidance sets a lower interim aim on the way back to it. Twelve hours from arrival is now watched as closely.',
    also: ['4-hour', 'four-hour target'],
    misread:
      'You left the four-hour standard to ED. Medicine’s discharges came after four, and the patients queuing in ED were waiting for medicine’s beds.',
    hurts: 'care',
  },
  {
    id: 'wte',
    label: 'WTE',
    world: 'M',
    shared: true,
    meaning: 'Whole-time equivalent: staff counted in full-time jobs, not heads. Two half-timers are 1.0 WTE.',
    also: ['FTE'],
    misread:
      'You promised Larch “two more WTE”, and the ward heard one more nurse on every shift. Two WTE covers about two shifts in five, and the nights stayed as they were.',
    hurts: 'trust',
  },
  {
    id: 'establishment',
    label: 'establishment',
    world: 'M',
    shared: true,
    meaning: 'The number of funded posts a ward or team is meant to have.',
    misread:
      'You told the board Larch was fully established. It was, on paper: every post funded. Six of them were empty and filled by agency every night, at agency rates.',
    hurts: 'budget',
  },
  {
    id: 'run-rate',
    label: 'run-rate',
    world: 'M',
    // Said at every divisional board: that it is this month carried to March is the gap.
    byName: true,
    meaning: 'What the service is spending per month right now, projected forward.',
    also: ['run rate'],
    misread:
      'You took the run-rate for one bad month, and told the consultants it would settle. It was this month’s spending carried forward to March. Nobody held back a locum booking, and the next month-end came in worse.',
    misreadAt: {
      // Friday's finance meeting, where a clinical director may go on to have consultants act down in place of
      // locums: what the nod led to is told of the rest of medicine's spending, not of locum bookings.
      week1_jargon: {
        clinician:
          'You took Marcus’s “run-rate” for one bad month, and told the consultants medicine’s overspend would settle by March. It was this month’s spending carried forward to March. Nobody looked again at the rest of medicine’s spending, and the next month-end came in worse.',
      },
    },
    hurts: 'budget',
  },
  {
    id: 'outturn',
    label: 'forecast outturn',
    world: 'M',
    // Said at every divisional board: that it is where the year lands, not where last month did, is the gap.
    byName: true,
    meaning: 'Where the year’s spending is expected to land against the budget.',
    also: ['outturn'],
    misread:
      'You took “forecast outturn” for last month’s figure. It was where medicine would end the year at this pace. You signed a recovery plan sized for one month’s overspend, and Janet sent it back as nowhere near enough.',
    hurts: 'budget',
  },
  {
    id: 'variance',
    label: 'variance',
    world: 'M',
    // A clinical director signs a budget statement with a variance column: what lies under a favourable one is
    // what they may not see.
    byName: true,
    meaning:
      'The gap between what was budgeted and what was spent, for the month and the year to date: adverse when overspent, favourable when underspent.',
    misread:
      'You read the favourable variance on Beech’s nursing line as money to spend, and agreed two extra shifts a week. It was the underspend of posts not yet filled; when they were, medicine was overspent.',
    hurts: 'budget',
  },
  {
    id: 'agency-cap',
    label: 'agency cap',
    world: 'M',
    // Known to every clinical director who has booked a locum: the override, who signs it and by when, is the gap.
    byName: true,
    meaning:
      'The most a trust may pay an hour for an agency worker, the agency’s fees included. Going over it is allowed only for patient safety, needs the chief executive’s (or a named deputy’s) sign-off, and is reported to NHS England every week.',
    misread:
      'You told medical staffing to fill Saturday’s registrar gap “at whatever rate”. The only offer was above the cap, the override needed the chief executive, nobody got it signed by six, and the gap stayed open.',
    hurts: 'budget',
  },
  {
    id: 'vacancy-freeze',
    label: 'vacancy freeze',
    world: 'M',
    shared: true,
    meaning: 'No new hires for posts that fall empty, to save money.',
    misread:
      'You took the vacancy freeze for no new posts. It meant not refilling the old ones: two nurses left, their posts stayed empty, and the rota was two short from the next month.',
    hurts: 'care',
  },
  {
    id: 'business-case',
    label: 'business case',
    world: 'M',
    shared: true,
    meaning: 'The formal written argument for spending money: options, costs, benefits, risks.',
    also: ['business cases'],
    misread:
      'You sent the bid as an email with a cost at the bottom. A business case needed the options, costs, benefits and risks set out; it came back, the panel’s deadline passed, and the ward went on paying agency for the gap.',
    hurts: 'budget',
  },
  {
    id: 'opel',
    label: 'OPEL',
    world: 'M',
    shared: true,
    meaning:
      'Operational pressures escalation level, 1 to 4, scored each day from national measures (ED waits, ambulance handovers, beds, discharges). At OPEL 4 the hospital cannot give full care to everyone, and patients are at risk.',
    also: ['OPEL 3', 'OPEL 4'],
    misread:
      'You didn’t know that OPEL 4 opens the action cards, one of which stands routine lists down. The surgeons found out when they arrived.',
    hurts: 'trust',
  },
  {
    id: 'sitrep',
    label: 'SitRep',
    world: 'M',
    // Said at every bed meeting: that medicine's likely discharges go into it, and that it decides whether
    // escalation beds open, is what a clinical director may not know.
    byName: true,
    meaning:
      'Situation report: the bed, wait and staffing numbers the site team gathers several times a day, and the daily return to NHS England.',
    also: ['sitrep', 'SitReps'],
    misread:
      'You took the SitRep for the site team’s paperwork, and did not ask your consultants for their likely discharges before the nine o’clock return. Medicine showed none, the site team opened escalation beds, and by two there were six empty beds upstairs while ED’s patients waited.',
    hurts: 'care',
  },
  {
    id: 'site-meeting',
    label: 'site meeting',
    world: 'M',
    shared: true,
    meaning: 'The meeting, several times a day, where the bed managers decide who goes where.',
    also: ['bed meeting'],
    misread: 'You let the site meeting decide without you. Your ward took four outliers.',
    hurts: 'care',
  },
  {
    id: 'los',
    label: 'LOS',
    world: 'M',
    shared: true,
    meaning: 'Length of stay: days from admission to discharge.',
    also: ['length of stay'],
    misread: 'You chased LOS on its own. It fell, readmissions rose the same month, and nobody was watching both.',
    hurts: 'care',
  },
  {
    id: 'occupancy',
    label: 'occupancy',
    world: 'M',
    shared: true,
    meaning:
      'The share of beds in use. Modelling studies point to about 85% for safe flow; the 2023 urgent care recovery plan asked for 92% or lower. Much above that, the hospital jams.',
    misread: 'You heard “ninety-four per cent occupancy” as a good use of beds. It meant nowhere to put anyone.',
    hurts: 'care',
  },
  {
    id: 'nctr',
    label: 'NCTR',
    world: 'M',
    shared: true,
    meaning:
      'No criteria to reside: patients who no longer need a hospital bed. What keeps them in may be the hospital’s own (medicines, a letter, transport, a referral) or someone else’s (a care package, a care home place).',
    also: ['no criteria to reside'],
    misread:
      'You took the NCTR list as a list of well patients. Three of them were waiting for care packages that nobody had ordered.',
    hurts: 'budget',
  },
  {
    id: 'kpi',
    label: 'KPI',
    world: 'M',
    shared: true,
    meaning: 'Key performance indicator: one of the few numbers a service is judged by, often written into a contract.',
    also: ['KPIs'],
    misread: 'You thought the KPI was advisory. It was in the contract.',
    hurts: 'budget',
  },
  {
    id: 'icb',
    label: 'ICB',
    world: 'M',
    shared: true,
    meaning:
      'Integrated care board: the NHS body that plans and pays for care across an area; part of an integrated care system (ICS).',
    also: ['ICS'],
    misread: 'You didn’t know the ICB held the money. You pitched to the wrong room.',
    hurts: 'budget',
  },
  {
    id: 'theatre-utilisation',
    label: 'theatre utilisation',
    world: 'M',
    shared: true,
    meaning: 'The share of booked theatre time actually used for operating.',
    also: ['utilisation'],
    misread:
      'You agreed “utilisation” meant start on time. To finance it meant more cases per list, and the surgeons read it as “work faster”.',
    hurts: 'trust',
  },
  {
    id: 'girft',
    label: 'GIRFT',
    world: 'M',
    shared: true,
    meaning:
      'Getting It Right First Time: a national programme, led by practising clinicians, that compares each service’s outcomes, waits and costs with its peers, and visits to talk them through.',
    misread: 'You dismissed GIRFT as a slogan. Its data was the board’s favourite slide.',
    hurts: 'budget',
  },
  {
    id: 'cqc',
    label: 'CQC',
    world: 'M',
    shared: true,
    meaning:
      'Care Quality Commission: the regulator that inspects and rates hospitals, including whether they are “well-led”.',
    also: ['well-led'],
    misread: 'You thought the CQC visit was about the buildings. They came to ask how leaders listen.',
    hurts: 'trust',
  },
  {
    id: 'ned',
    label: 'NED',
    world: 'M',
    shared: true,
    meaning: 'Non-executive director: an independent board member who challenges the executives.',
    also: ['NEDs'],
    misread: 'You thought the NED was another manager. She was the one person on the board asking your question.',
    hurts: 'trust',
  },
  {
    id: 'afc',
    label: 'Band 7',
    world: 'M',
    shared: true,
    meaning:
      'Agenda for Change: the pay bands (2 to 9, with 8 split into 8a to 8d) for almost everyone in the NHS except doctors, dentists and the most senior managers. A ward sister is usually Band 7.',
    also: ['Band 8a', 'Band 6', 'Band 5', 'AfC'],
    misread: 'You called the Band 8a “just admin”. She ran the whole elective booking team.',
    hurts: 'trust',
  },
  {
    id: 'cost-centre',
    label: 'cost centre',
    world: 'M',
    // Every budget statement has them: whose name is on which one is the gap.
    byName: true,
    meaning:
      'The budget line a cost is charged to. Every post, shift and order lands on one, and someone is accountable for it.',
    also: ['cost centres'],
    misread:
      'You agreed to “take it on your cost centre” without asking which one. The extra shifts landed on Larch’s nursing budget, and Grace was asked to explain the overspend.',
    hurts: 'budget',
  },
  {
    id: 'tariff',
    label: 'tariff',
    world: 'M',
    meaning:
      'The national prices of the NHS Payment Scheme (once the national tariff, or payment by results). Emergency care and follow-ups are paid as a fixed sum agreed with the ICB; planned work, such as new outpatients and procedures, is paid per case, up to an agreed plan.',
    also: ['PbR', 'payment by results', 'NHS Payment Scheme'],
    misread:
      'You assumed more patients seen meant more money in. The extra clinics were follow-ups, which come out of the fixed sum, and they cost more than they brought.',
    hurts: 'budget',
  },
  {
    id: 'baf',
    label: 'BAF',
    world: 'M',
    meaning:
      'Board assurance framework: the board’s list of the biggest risks to its objectives, and what controls them.',
    misread:
      'You took the BAF for Janet’s own list of worries. Medicine’s next report to the board’s people committee said nothing on how medicine would bring the workforce risk down, the one line the committee reads for, and it was sent back to be done again.',
    hurts: 'trust',
  },
  {
    id: 'premium-pay',
    label: 'premium pay',
    world: 'M',
    // Said at every finance review: that it covers bank enhancements and extra sessions, not agency alone, is the gap.
    byName: true,
    meaning:
      'Paying over the usual rate to fill a shift: bank enhancements, agency, locums, overtime. Watched closely by finance and the regulator.',
    also: ['premium rate', 'premium rates'],
    misread:
      'You told Marcus medicine would cut its premium pay, taking it to mean agency alone. Agency fell, but your consultants’ extra sessions and the bank’s enhanced rates rose, premium pay went up, and finance refused medicine’s next two requests.',
    hurts: 'budget',
  },
  // Same word, different meaning (marked by writers with `# term <id>`)
  {
    id: 'escalate',
    label: 'escalate',
    world: 'both',
    meaning: 'To pass a problem upward.',
    clinicians: 'Call someone more senior to a sick patient, now.',
    managers: 'Raise an issue through the management line, to be decided at the right meeting.',
    misread: {
      manager:
        'You told the ward to “escalate” staffing worries. They bleeped the registrar; you meant an email to the matron. Both sides thought the other had ignored them.',
      clinician:
        'You told the COO’s office the staffing gap on Larch had been “escalated”. You meant the registrar and the outreach nurse had been called to the two sickest patients; they took it that a staffing request was on its way up the line, and waited for it. No nurse was booked, and Larch ran the night one short.',
    },
    misreadAt: {
      // Larch at night: the registrar's "escalate" and the on-call manager's. The nod is at the scene's first
      // choice, on Thursday night; by Friday a player may have put both meanings on Larch's whiteboard, so what
      // the nod led to happens before then, whatever was chosen.
      w5_paired: {
        manager:
          'You took Priya’s “escalate” as the policy’s word: a concern passed up the line. At Friday’s eight o’clock bed meeting you read Larch’s night from the on-call log, which records only those, and it had no line for Priya’s call to her consultant about bay three. Priya and Larch’s night nurses heard that, to the general manager, their night had not happened.',
        clinician:
          'On Thursday night you told Lorna that bay three “had been escalated”, meaning a senior doctor was at the bed. She took it that the staffing concern had gone above her and was being dealt with; nobody asked for a second nurse, and Larch ran Friday night one short as well.',
      },
      // The night a seven waited fifty-five minutes: "escalated appropriately", and the times the night team called.
      w8_nights: {
        manager:
          'You took “escalate” as the policy’s word: a concern raised and logged. On Wednesday the site log showed Elm “escalated” at two in the morning, and you left it for the morning report. Elm’s nurses had meant they had bleeped the registrar and were still waiting; she reached the bed at three. They heard that the general manager read the log, not the ward.',
      },
    },
    hurts: { manager: 'trust', clinician: 'care' },
    also: ['escalated', 'escalation', 'escalating'],
  },
  {
    id: 'capacity',
    label: 'capacity',
    world: 'both',
    meaning: 'How much can be done.',
    clinicians: 'Whether a patient can make a decision (mental capacity), or how much the team can safely take on.',
    managers: 'Beds, slots and staff available to meet demand.',
    misread: {
      manager:
        'You asked the ward for “more capacity”. They heard you asking them to take more patients with the same staff.',
      clinician:
        'You told the site meeting Larch had “no capacity”, meaning no nurse to spare. They heard no beds, and the patient went to a surgical ward as an outlier instead.',
    },
    misreadAt: {
      // An ICB slide about general practice, not a ward.
      w3_board: {
        manager:
          'You took “GP capacity” as a count of appointments primary care would confirm next month, and nobody changed medicine’s discharge letters, which still asked for a GP review within the week. The practices meant what they could safely take on. Families rang the wards when no review came, and the ward sisters stopped taking your word on what happens after discharge.',
        clinician:
          'You took “GP capacity” as a question for the GPs: whether they could safely take the reviews on. The ICB meant appointments, and nobody at Alderbank asked how many. Your wards went on telling patients a GP would see them within the week; two waited eight days, and one came back through ED.',
      },
      // Larch at night: Lorna's "capacity" is a bed that exists, Priya's a nurse who doesn't. What the nod led to
      // is told of Friday's bed return, true whether Larch took the two patients or not.
      w5_paired: {
        manager:
          'You took Lorna’s “capacity” as the bed state’s word: a bed that exists. At Friday’s bed meeting you let Larch’s day room stand as two beds of capacity, with no word on the one nurse for fourteen. The site team filled them that night, and Larch’s nurses knew who had said nothing.',
      },
      // The estates paper: Riverside House to become twelve consulting rooms.
      w5_move: {
        manager:
          'You passed on the estates paper’s promise to “release clinical capacity” as rooms. The consultants heard twelve rooms of clinics to staff from full job plans; the clinic nurses, twelve rooms and no more nurses. Both took it that you had agreed to it for them.',
        clinician:
          'You read “release clinical capacity” as rooms. The trust’s waiting-list plan counted all twelve as staffed clinics from April, so medicine’s bid for extra clinic sessions was told to wait for them, and its overdue follow-ups waited through the winter.',
      },
    },
    hurts: { manager: 'trust', clinician: 'care' },
  },
  {
    id: 'safe',
    label: 'safe',
    world: 'both',
    within: ['safe working hours'],
    meaning: 'Without avoidable harm.',
    clinicians: 'Enough skilled people for the patients in front of us, tonight.',
    managers:
      'Staffing we can evidence: shifts filled against the planned roster, care hours per patient day, and a judgement we can defend to the regulator.',
    misread: {
      manager:
        'You reported the ward as “safe” on the numbers. The nurses on it that night did not think so, and they said so on Datix.',
      clinician:
        'You said Larch was “safe” at the site meeting, meaning nobody was in danger right then. The site team took it as room for two more patients, and the night shift got them.',
    },
    misreadAt: {
      // Friday's finance meeting: Marcus needs to tell the agency committee the plan is safe; Grace says two
      // registered nurses at night is the floor. Told of Marcus's note, not of the manager's own choice there
      // (which may have been to argue Larch's nights over the cap, shift by shift).
      week1_jargon: {
        manager:
          'You let “safe” go by as Marcus meant it. His note records medicine’s plan as safe, with your name beside it. Larch’s night nurses, who were not in the room, read it as a verdict on their nights. They stopped telling you when they ran short; you learned of the next three a week late, from Datix, and on one of those nights the sickest patient’s hourly obs were missed.',
      },
      // Bernie Quinn on the day surgery unit, open to medicine's patients for six nights.
      w2_opel: {
        manager:
          'You reported the day unit as “safe” on its filled shifts. Bernie’s nurses on it that night did not think so, and they said so on Datix.',
        clinician:
          'You told the site meeting the day unit would be “safe” with a physician there each morning. The site team heard a staffing judgement, kept the unit open another night, and Bernie’s nurses staffed it again.',
      },
      // OPEL 4: escalation beds in the day-surgery unit, green on the staffing dashboard.
      w8_safe: {
        manager:
          'You let Janet’s “safe” go by as the board’s word: shifts filled against the roster. The next weekend Larch’s day room opened on the same fill rate, and two extra patients were nursed by the same two nurses.',
      },
    },
    hurts: 'care',
  },
  {
    id: 'flow',
    label: 'flow',
    world: 'both',
    meaning: 'Patients moving through the hospital.',
    clinicians: 'Getting the right patient to the right bed, right team.',
    managers: 'Discharges matching admissions, so the front door stays open.',
    misread: {
      manager:
        'You pressed Larch on “flow”, meaning discharges before noon. Two went home before their medicines had been checked, and both were back in ED within the week.',
      clinician:
        'You said medicine would “improve flow”, meaning the right patient on the right ward. Operations wrote it into the winter plan as more discharges before noon, under your name, and two frail patients went home before their care started.',
    },
    hurts: 'care',
  },
  {
    id: 'assurance',
    label: 'assurance',
    world: 'both',
    meaning: 'Confidence that things are as they should be.',
    clinicians:
      'Knowing for ourselves that care is right, from the ward and from learning; the board’s version can feel like paperwork that takes time from it.',
    managers:
      'Evidence, not reassurance, that the board can rely on: that its controls work and risks are coming down, and that it could show the regulator so.',
    misread: {
      manager: 'You promised the board “assurance” and the ward heard “blame”. Reporting dropped.',
      clinician:
        'You told the quality committee you were “assured” because the ward had learned from the incident. They had wanted evidence they could show the regulator, and minuted that medicine could not give it.',
    },
    misreadAt: {
      // Janet Cole asking that the clinic changes keep the waiting-list targets (the clinic visit's
      // "assurance" comes after its last choice, so it is never nodded at there).
      w3_clinic: CLINIC_ASSURANCE,
      // The serious incident on Rowan, and the board's questions about it.
      w7_assurance: {
        manager:
          'You took “assurance” as the board’s word: evidence it could show the regulator. The committee’s minutes, with your name on the action, promised the board assurance on outlier handovers, in those words. Rowan’s night staff read them as a second inquiry beside the PSII’s confidential conversations, and Rowan’s next near miss with an outlier never reached Datix.',
        clinician:
          'When Janet’s office chased the committee’s action on outlier handovers, you replied that you were “assured”: you trusted your teams to learn from Rowan. The committee had wanted evidence it could show the regulator, and its action log marked medicine’s reply “no evidence provided”.',
      },
    },
    hurts: 'trust',
  },
  {
    id: 'activity',
    label: 'activity',
    world: 'both',
    meaning: 'Work done.',
    clinicians: 'Patients seen and treated.',
    managers: 'Work that is recorded and coded, so it shows in the contract, the costing and the board report.',
    misread: {
      manager: 'You told the board “activity” was up. The clinic had just been double-booking follow-ups to hit it.',
      clinician:
        'You said clinic activity was up, meaning patients seen. Half the extra clinics were never recorded properly, so on paper nothing had changed, and the extra sessions were called an overspend.',
    },
    misreadAt: {
      // Ten-minute follow-up slots: more patients counted, the same patients seen worse.
      w3_clinic: {
        manager:
          'You took “activity” as the dashboard’s word: a count. Your month-end return showed medicine’s clinics up eighteen per cent and nothing of the overruns. The outpatient programme held your figure up to the other divisions as the template working, and their frail follow-ups went to ten minutes too.',
        clinician:
          'You took “activity” as patients helped, and told the consultants the eighteen per cent was only a count. Two of them stopped completing outcome forms when clinics overran. At month-end Marcus found medicine’s new-patient income short, for work its consultants had done.',
      },
      // Theatres: Mr Achterberg on how finance counts a list.
      w6_utilisation: {
        manager:
          'You took “activity” as a count of cases per list, and wrote medicine’s part of the utilisation report in cases. Surgery’s teams read it as backing the count, filled their lists with short, simple cases, and the patients waiting for long operations waited longer.',
        clinician:
          'You took “activity” as Mr Achterberg does: patients made better. Finance counts recorded, coded work, and the hours your registrars spend on surgical referrals count for none of medicine’s. Medicine’s cost per case looked high, and its savings target was set on it.',
      },
    },
    hurts: { manager: 'care', clinician: 'budget' },
  },
  {
    id: 'transparent',
    label: 'transparent',
    world: 'both',
    meaning:
      'Open about what is decided and why. Both sides say they want it in a leader; they mean different things by it.',
    clinicians: 'Tell us the real reasons, money included, before it is decided, and let us argue.',
    managers: 'Publish the decision, the data behind it and the process that reached it.',
    misread: {
      manager:
        'You said you were being “transparent” and circulated the finished paper with every figure in it. The ward sisters and the consultants had wanted to be asked before it was written. The consultants said so at the divisional board; the sisters said it to their nurses.',
      clinician:
        'You asked the executive team to be “transparent” about the savings. They sent a forty-page spreadsheet; you had meant a conversation about why. Each side decided the other was not listening.',
    },
    misreadAt: {
      // Marcus Webb: every line of the savings plan has been on the finance intranet since May.
      w7_cip: {
        manager:
          'You let Marcus’s “transparent” go by as he meant it: every line on the finance intranet since May. His covering note, when medicine’s plan went in, said the process had been transparent from the start, under both your names. The consultants and ward sisters had wanted to be asked before it was written, and heard that it was their fault for not looking.',
      },
    },
    hurts: 'trust',
    also: ['transparency'],
  },
  {
    id: 'supportive',
    label: 'supportive',
    world: 'both',
    meaning: 'Backing people. A trait both sides ask of a leader, meaning different things in practice.',
    clinicians: 'Being there in person when it is hard, and backing staff’s clinical judgement.',
    managers: 'Clearing the way: money, process and decisions signed off quickly.',
    misread: {
      manager:
        'You told the ward you would be “supportive” and signed their request off within the day. When the bad night came they wanted you on the ward, and you were in Riverside House.',
      clinician:
        'You told the COO’s team medicine would be “supportive” of the plan, meaning you would help make it work. They took it as agreement to their timetable, and when it slipped, it went down as medicine’s delay.',
    },
    hurts: 'trust',
  },
  {
    id: 'visible',
    label: 'visible',
    world: 'both',
    meaning: 'Being seen to lead. Both sides value it and picture it differently.',
    clinicians: 'On the wards, at the hard moments, not only at meetings.',
    managers: 'Present where decisions are made: named on the papers, at the committees, known to the board.',
    misread: {
      manager:
        'You took “visible” as the managers’ word, and started a weekly update email with your photo at the top. The ward sisters, for whom visible means on the ward, read it as an email sent instead of you, and said so at their next meeting.',
      clinician:
        'You took being “visible” to mean turning up on the wards. The executives had meant at the committees, and medicine’s bid went to the investment panel without you.',
    },
    hurts: 'trust',
    also: ['visibility'],
  },
] as const satisfies readonly Term[];

export type TermId = (typeof TERMS)[number]['id'];
export const TERM_IDS: readonly string[] = TERMS.map((t) => t.id);

export function termById(id: string): Term | undefined {
  return (TERMS as readonly Term[]).find((t) => t.id === id);
}

/** The world a role lives in: its own terms are known from the start. */
export function ownWorld(role: Role): World {
  return role === 'clinician' ? 'C' : 'M';
}

/**
 * Terms the role knows at the start: its own world's, and the other world's
 * words its job uses every day. `both` words are not among them: each side
 * knows the word, and reads it its own way, until it asks what the other means.
 */
export function knownAtStart(role: Role): string[] {
  return (TERMS as readonly Term[]).filter((t) => t.world === ownWorld(role) || t.shared).map((t) => t.id);
}

const forRole = <T extends string>(value: PerRole<T>, role: Role): T =>
  typeof value === 'string' ? value : value[role];

/** The misunderstanding a nod at this term turns into, from this role's side, in the scene (knot) it was met. */
export function misreadFor(term: Term, role: Role, knot?: string): string {
  const here = knot === undefined ? undefined : term.misreadAt?.[knot];
  return (typeof here === 'string' ? here : here?.[role]) ?? forRole(term.misread, role);
}

/** The headline meter that misunderstanding hurts for this role. */
export function hurtsFor(term: Term, role: Role): HeadlineMeter {
  return forRole(term.hurts, role);
}

/** The ink variable that says whether the player knows a term: `knows_news2`, `knows_the_take`. */
export function knowsVar(id: string): string {
  return `knows_${id.replace(/-/g, '_')}`;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Each term's whole-word matcher, once: acronyms by their case (a word both sides use, in any case), ordinary
 * words in any case. `once` finds the first match; `all` walks them, for a term that is part of longer names.
 */
const MATCHERS = new Map(
  (TERMS as readonly Term[]).map((t) => {
    const forms = [t.label, ...(t.also ?? [])].sort((a, b) => b.length - a.length).map(escape);
    const sensitive = t.world !== 'both' && /[A-Z]{2}/.test(t.label);
    const source = `(?<![\\w-])(?:${forms.join('|')})(?![\\w-])`;
    return [t.id, { once: new RegExp(source, sensitive ? '' : 'i'), all: new RegExp(source, sensitive ? 'g' : 'gi') }];
  }),
);

/** Where a term first appears in a line, not counting where it is part of a longer name that is not it (`within`). */
function firstOf(text: string, term: Term): { start: number; end: number } | null {
  const { once, all } = MATCHERS.get(term.id)!;
  const first = once.exec(text);
  if (!first) return null;
  if (!term.within?.length) return { start: first.index, end: first.index + first[0].length };
  const names = term.within.flatMap((name) =>
    [...text.matchAll(new RegExp(escape(name), 'gi'))].map((n) => [n.index, n.index + name.length] as const),
  );
  for (const m of text.matchAll(all)) {
    const end = m.index + m[0].length;
    if (!names.some(([from, to]) => m.index >= from && end <= to)) return { start: m.index, end };
  }
  return null;
}

/** The terms found in a line automatically: all but the words both sides use (a writer marks those). */
const FOUND = (TERMS as readonly Term[]).filter((t) => t.world !== 'both');

/** The term ids found in a line of text, in order of first appearance. */
export function termsIn(text: string): readonly string[] {
  return findTerms(text);
}

const findTerms = byText((text): readonly string[] => {
  const found: { id: string; at: number }[] = [];
  for (const term of FOUND) {
    const at = firstOf(text, term);
    if (at) found.push({ id: term.id, at: at.start });
  }
  return Object.freeze(found.sort((a, b) => a.at - b.at).map((f) => f.id));
});

/** Where a term appears in a line, for marking it up (first occurrence). */
export function findTerm(text: string, id: string): { start: number; end: number } | null {
  const term = termById(id);
  return term ? firstOf(text, term) : null;
}
