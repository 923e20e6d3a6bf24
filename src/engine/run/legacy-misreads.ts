/**
 * What each word's misunderstanding said in earlier releases, word by word.
 * A save from before changes kept their causes (formats up to 3) is read back
 * by its logged words (`inferOrigin` in save.ts): a misunderstanding logged
 * in words the glossary has since rewritten is still known for what it was.
 * Add a word's old text here whenever its `misread` is rewritten.
 */
export const LEGACY_MISREADS: Readonly<Record<string, readonly string[]>> = {
  activity: ['You praised "activity" up. The clinic had just been double-booking follow-ups to hit it.'],
  'agency-cap': [
    'You approved an agency shift over the cap without a sign-off. The regulator asked why.',
    'You booked an agency shift above the price cap without the executive sign-off. It showed up in the weekly return, and the regulator asked why.',
  ],
  baf: [
    'You didn’t know the winter bed gap was on the BAF. Your paper went to the board without the one line it was looking for.',
    'You didn’t know winter staffing was the top risk on the BAF. Your paper went to the board without the one line it was looking for.',
  ],
  breach: [
    'You thought a breach was a safety incident. To finance it was a line in a report, and a fine.',
    'You thought a breach was a safety incident. To the performance team it was a line in a report that goes to the board and the ICB.',
  ],
  'business-case': ['You thought a good idea would get funded. It needed a business case, and the deadline passed.'],
  dnacpr: [
    'You called the DNACPR conversations "paperwork" in a meeting. The palliative care team heard about it by lunchtime.',
    'You called the DNACPR conversations “paperwork” in a meeting. The ward sisters, who have those conversations at two in the morning, heard about it by lunchtime.',
  ],
  establishment: ['You said the ward was “at establishment”. On paper. Six of those posts were filled by agency.'],
  escalate: [
    'You told the COO’s office the staffing gap on Larch had been "escalated". You meant you had called the consultant on call in; they took it that a request was on its way up the line, and waited for it. No agency nurse was booked.',
  ],
  flow: ['You praised "flow" on a day the ward discharged too early. Two came back through ED.'],
  'four-hour': ['You treated the four-hour standard as an ED problem. It is a whole-hospital bed problem.'],
  fy1: [
    'You counted an FY1 as "a doctor" on the weekend rota. She was four months out of medical school, alone on a ward of thirty.',
  ],
  los: ['You praised a shorter LOS. Readmissions rose the same month.'],
  mm: [
    'You asked for the M&M minutes “for assurance”. The surgeons stopped being candid in them.',
    'You asked for the M&M minutes “for assurance”. The physicians stopped being candid in them.',
  ],
  nbm: [
    'You didn’t know what NBM meant when the list was cancelled. Four patients had fasted since midnight for nothing.',
    'You stood down the afternoon endoscopy list at eleven without asking who was NBM. Four frail patients had gone without food and drink since the night before, for nothing.',
    'You stood down the afternoon endoscopy list at eleven without asking who was NBM. Four frail patients had gone without food since dawn, for nothing.',
  ],
  obs: [
    'You agreed to “four-hourly obs” on the escalation beds without asking who would do them. Nobody was rostered to.',
  ],
  news2: [
    'You read a high NEWS2 on the bed report as a number, not an alarm, and let the bed move wait. The patient waited for a routine review and went to intensive care that night.',
    'You treated a NEWS2 of 6 on the bed report as a number, not an alarm. The patient waited for a routine review and went to intensive care that night.',
    'You read a NEWS2 of 7 on the bed report as a number, not an alarm, and put his move to the monitored bay behind two discharges. He got worse in a side room nobody could watch, and went to intensive care that night.',
  ],
  opel: [
    'You didn’t know OPEL 4 triggered automatic list cancellations. The surgeons found out when they arrived.',
    'You didn’t know that at OPEL 4 the executive on call can stand routine lists down. The surgeons found out when they arrived.',
  ],
  outlier: [
    'You reported "no medical patients without a bed". Nine were outliers on surgical wards, seen last on every round.',
  ],
  ptl: [
    'You re-booked patients without checking the PTL. Three clocks broke 52 weeks.',
    'You re-booked patients without checking the PTL. Three patients passed 52 weeks.',
  ],
  psii: ['You asked which member of staff the PSII had "found at fault". It is not that kind of investigation.'],
  recurrent: [
    'You offered a one-off saving as "recurrent". Finance counted it twice and the gap came back next year.',
    // Friday's "Agree the cut as Marcus puts it" now carries what going along with the word cost (`# nods`).
    'You agreed a “recurrent” cut, thinking of agency. It was Larch’s posts: once the chief nurse signed, three point two WTE left its establishment for good. The nights still needed nurses, booked from agency with no budget behind them, and medicine’s overspend grew.',
  ],
  outturn: ['You didn’t follow “forecast outturn” and agreed a plan that made it worse.'],
  'run-rate': ['You said the run-rate was “fine” because this month was. The projection said otherwise by March.'],
  respect: [
    'You counted ReSPECT conversations as a target to push up. The palliative care team heard that you wanted them hurried.',
    'You counted ReSPECT conversations as a target to push up. The palliative care team heard that you wanted them hurried, and told you the ones that matter take an hour.',
  ],
  'rota-gap': ['You thought a rota gap meant a quiet shift. It meant an unstaffed one.'],
  rtt: ['You thought RTT was about clinic letters. It is the number the regulator asks about first.'],
  sats: [
    'You heard "sats of eighty-eight" as a good score out of a hundred. It was a patient needing oxygen and a doctor, and the bay you had just asked to take one more.',
  ],
  sitrep: [
    'You sent the SitRep with last night’s numbers. The site meeting planned on beds that did not exist.',
    'You took the SitRep for the site team’s paperwork. Your consultants’ board rounds finished at eleven, so the nine o’clock SitRep counted none of the day’s discharges; the site team opened escalation beds, and ED’s patients waited for beds emptying upstairs.',
  ],
  'sepsis-six': [
    'You treated the Sepsis Six audit as paperwork to be done at month end. The ward read it as you not caring whether antibiotics went in within the hour.',
    'You treated the Sepsis Six audit as paperwork to be done at month end. The ward read it as you not caring whether the sickest got their antibiotics within the hour.',
  ],
  sbar: ['You replied to an SBAR with “noted”. The nurse who wrote it stopped writing them.'],
  variance: ['You thought an adverse variance was a statistics term. It was your overspend.'],
  'premium-pay': [
    'You booked the gaps at premium rates “just this month” without telling finance. It showed up in the run-rate as a trend, and every request after it was refused.',
  ],
  tariff: [
    'You assumed more patients seen meant more money in. Most of medicine is paid on a fixed contract, and the extra clinic cost more than it brought.',
  ],
  wte: ['You promised "two more WTE" and the ward heard two more nurses. It was four part-timers on days only.'],
  'vacancy-freeze': [
    'You didn’t ask what the vacancy freeze covered. Two nurses left and their posts were quietly gone.',
  ],
};
