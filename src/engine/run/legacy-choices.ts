/**
 * What a choice said in earlier releases, beside what it says now. A decision
 * is matched by its text where a kept run or a save meets the story again
 * (Compare runs' "parted at", a save resumed after a content update): a choice
 * reworded since is still the same choice. Add a choice's old text here, in
 * plain quotes, whenever a choice is reworded and does the same thing.
 */
import { plainQuotes } from '../rules/prose.ts';

export const LEGACY_CHOICES: Readonly<Record<string, string>> = {
  // Week two's day unit: the walk up to theatres is in the week it is paid for, not the next.
  'Walk up to theatres next Monday at half seven, to see': 'Walk up to theatres on Wednesday at half seven, to see',
  // Week three's system board: a visit to a surgery at half past seven is the player's own time, before their day.
  'Go, before your own week starts': 'Go, before your own day starts',
  // Week five's Thursday night: the SitRep the manager reminds them of is the evening's, not the morning's at nine.
  "Remind them both of the OPEL level and the ten o'clock SitRep":
    "Remind them both of the OPEL level and tonight's ten o'clock SitRep",
  // Week seven's savings plan: the clinical director's change is medicine's own savings group (a department's),
  // which the old words hid behind the habits it starts with (a practice's).
  'Start with your own habits, and ask for theirs':
    "Start a savings group of medicine's own, with your own habits first",
  // The finance office: half a PA is a budget lead's time (the meeting, the monthly figures, next year's budget).
  'Give a consultant half a PA to sit on the budget meeting': "Give a consultant half a PA as medicine's budget lead",
  // Week one's board round: the medical director is Dr Marsh in every option a player is offered.
  "Tell Helen it's fine; keep the round moving": "Tell Dr Marsh it's fine; keep the round moving",
  // Week one's Friday: Marcus never proposes a flat cut, so the clinician cannot be said to back his.
  "Back Marcus's flat cut: the same share off every ward's agency":
    "Agree a flat cut in the plan: the same share off every ward's agency",
  // Week one's board round: a technician cannot screen TTOs, so the manager pays for a pharmacist too.
  'Pay pharmacy for a technician on Larch, mornings, this quarter':
    'Pay pharmacy for a pharmacist and a technician on Larch, mornings, this quarter',
  // Week two's day unit: a huddle at quarter to seven cannot undo a fast begun at midnight.
  'Move the huddle to quarter to seven, before the first patient is fasted for nothing':
    'Move the huddle to quarter to seven, before the first patient is admitted and gowned for nothing',
  // The finance office: Larch's mornings are a pharmacist's and a technician's, kept together.
  "Propose keeping Larch's technician by converting a vacant nursing post":
    "Propose keeping Larch's pharmacy mornings by converting a vacant nursing post",
  // Week seven's assurance item: medicine's nights have no second foundation doctor to move.
  'Move a night FY1 onto the outliers, from tonight':
    "Start the evening foundation doctor's shift with the outliers, every night from tonight",
  // The same: "from tonight" alone read as one night's cover, and it is a standing change.
  "Start the evening foundation doctor's shift with the outliers, from tonight":
    "Start the evening foundation doctor's shift with the outliers, every night from tonight",
  // The quarter review: a general manager does not announce to a public board a spend the panel has not agreed,
  // nor a bid the quarter never made: the bid is announced, not reported.
  'Tell the board medicine will fund cover for the clinics the clinical director gives up':
    "Tell the board medicine will bid for cover for the clinical director's lost clinics",
  'Tell the board medicine has asked the investment panel for cover for the clinics the clinical director gives up':
    "Tell the board medicine will bid for cover for the clinical director's lost clinics",
  // Week one's theatres: a huddle at eight would clash with the site's eight o'clock bed meeting.
  'Set up a daily 08:00 huddle here': 'Set up a daily 07:30 huddle here, before the bed meeting',
  'Set up a daily 08:00 huddle here: theatres, site, ED': 'Set up a daily 07:30 huddle here, before the bed meeting',
  // Week one's Friday: a general manager cannot work a nursing shift, only help on one.
  'Book yourself a night shift on Larch': 'Spend a night on Larch as a spare pair of hands',
  // Week two's day unit: why Beech's beds were shut is said before the choice, not after it.
  "Put over-cap nurses for Beech's shut beds to the exec":
    "Ask the executive to sign over-cap agency nurses to reopen Beech's four shut beds",
  "Put over-cap nurses to the exec for Beech's four beds, shut for want of nurses":
    "Ask the executive to sign over-cap agency nurses to reopen Beech's four shut beds",
  // The month-end review: the clinics are the ones the clinical director's role takes, said in the general manager's own quarter.
  'Propose funding cover for the clinics the clinical director gives up':
    "Propose funding cover for the clinics the clinical director's role takes",
  // Week eight's nights: taking numbers to the executives is a change only with the review asked for named.
  'Take the night Datix numbers to Janet Cole and Dr Marsh':
    'Take the night Datix numbers to Janet Cole and Dr Marsh, and ask for a trust-wide review',
  // Week six's outliers: one site, whose surgical wards are in the surgical block.
  'Ask Janet and the site team to stop outlying to the far block':
    'Ask Janet and the site team to stop outlying to the surgical block',
  // Week two's rota: heard of at lunchtime, Priya is rung before the five o'clock meeting, not after her shift.
  'Ring Priya after her shift': "Ring Priya before the five o'clock meeting",
  // Larch Ward: Grace's bedside handover is on her whiteboard before the choice, so it is hers to back.
  'Back Grace if she wants a bedside handover for the three sickest':
    "Back Grace's bedside handover trial for the three sickest",
  // Week three's system board: the phone call is the player's move; Sunita says it only to one who has won her trust.
  'Agree with Sunita: a phone call, consultant to GP, before complex discharges':
    'Make it a habit: the consultant rings the GP before a complex discharge',
  // Week six's utilisation: what finance asks for is four more cases a week, not the capped measure itself.
  "Back finance's utilisation target for every list": "Back finance's four more cases a week in every theatre",
  // Week seven's assurance: Rowan is surgery's ward; medicine's general manager funds the shift, surgery books it.
  "Approve a bank nurse on Rowan at night, on medicine's budget":
    "Fund a bank nurse on Rowan at night, from medicine's budget",
  // Week eight's nights: an all-staff list takes no replies; the night staff are written to, Dr Marsh copied in.
  'Reply to all: give the times the night team called':
    'Email the night staff, copying Dr Marsh: the times they called',
};

/** A choice's text as it is matched: plain quotes, and its present wording when it has been reworded. */
export function choiceKey(text: string): string {
  const plain = plainQuotes(text);
  return LEGACY_CHOICES[plain] ?? plain;
}

/** Whether two choice texts are the same choice, across curly quotes and rewordings. */
export const sameChoice = (a: string, b: string): boolean => choiceKey(a) === choiceKey(b);

/** How many values a choice's check takes (two base45 characters' worth). */
export const CHOICE_CHECKS = 2025;

/** FNV-1a of a choice's key, in 0–2024. */
function checkOf(key: string): number {
  let hash = 0x811c9dc5;
  for (const ch of key) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % CHOICE_CHECKS;
}

/**
 * A short check of a choice's text (FNV-1a of its key, in 0–2024): a run kept as its inputs alone (a
 * learning platform's copy) can carry one per decision, so that replayed on a story changed since, each
 * choice is found again by its words, wherever it now stands among the options, or known to be gone.
 */
export const choiceCheck = (text: string): number => checkOf(choiceKey(text));

/** Each present wording's earlier wordings, whose checks copies written before the rewording carry. */
const FORMER = new Map<string, string[]>();
for (const [old, now] of Object.entries(LEGACY_CHOICES)) FORMER.set(now, [...(FORMER.get(now) ?? []), old]);

/** Whether a check kept with a decision is the check of this choice, as it is worded now or was before. */
export function checkedAs(text: string, check: number): boolean {
  const key = choiceKey(text);
  return checkOf(key) === check || (FORMER.get(key)?.some((old) => checkOf(old) === check) ?? false);
}
