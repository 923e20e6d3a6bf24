// Common Ground — shared declarations for every scenario.
// The engine writes the first block before each scene; stories only read it.

// Set by the engine ------------------------------------------------------
VAR role = "clinician"   // "clinician" (clinician leader) or "manager" (operational manager)
VAR budget = 50          // headline meters, 0–100, mirrored from the engine
VAR care = 50
VAR trust = 50
VAR care_moved = 0       // Patient care now less where this role started it (a review's "than last quarter")
VAR hours = 12           // hours left this week
VAR week = 1             // 1–8 (1–4 in the workshop quarter)
VAR weeks = 8            // how many weeks this run lasts: 8, or 4 in the workshop quarter
VAR pressing = "department"  // the quarter's hidden most-pressing level: "organisation", "department" or "practice"
VAR here = true          // the player planned to be at this scene's place this week (first-hand); false = heard second-hand
VAR as_partner = false   // true only while the engine reads a pair's partner's part: an aside line under it is for the partner alone
// Status: true when that person will tell you the real story (their trust in you clears the status gap)
VAR open_okafor = false
VAR open_bello = false
VAR open_nair = false
VAR open_achterberg = false
VAR open_marsh = true
VAR open_webb = false
VAR open_cole = true
VAR open_doyle = false
VAR open_rao = false
VAR open_quinn = false
// Structures built this quarter (# build ...)
VAR colocated = false    // the management team works in the clinical block
VAR kitchen = false      // a shared staff kitchen is open
VAR kitchen_week = 0     // the week the kitchen was commissioned: it opens the Monday after, when its weekly good starts
VAR walkrounds = false   // regular walk-rounds are in the diary
VAR larch_posts = 3      // whole vacant registered nurse posts on Larch (3.2 WTE in week one); converting or filling one takes it, so no post is spent twice
// Long arcs (# arc ...): 0 not started, 1 under way, 2 paying off
VAR arc_paired = 0
VAR arc_shadowing = 0
VAR arc_training = 0
VAR arc_board = 0
VAR board_week = 0       // the week the clinical seats on the system board were backed (the board meets in weeks 3 and 7)
VAR arc_induction = 0
VAR arc_mapping = 0
// For the quarter review and the endings
VAR wellbeing = 60       // hidden: staff wellbeing, 0–100
VAR trust_clinicians = 50
VAR trust_leaders = 50
VAR trust_executives = 50
VAR right_moves = 0      // interventions aimed at the pressing level
VAR wrong_moves = 0      // interventions aimed at another level
VAR addressed = false    // the pressing level was addressed (right moves outnumber wrong, at least two)

// Jargon: true once the player knows the term (their own world's words and the
// ones their job uses every day from the start; the rest once asked about,
// looked up or learned). Write `{knows_news2: … | …}` where knowing it changes
// what the player understands.
VAR knows_news2 = false
VAR knows_obs = false
VAR knows_tto = false
VAR knows_mffd = false
VAR knows_dnacpr = false
VAR knows_fy1 = false
VAR knows_registrar = false
VAR knows_the_take = false
VAR knows_board_round = false
VAR knows_mdt = false
VAR knows_bleep = false
VAR knows_sbar = false
VAR knows_outlier = false
VAR knows_datix = false
VAR knows_psii = false
VAR knows_rota_gap = false
VAR knows_locum = false
VAR knows_exception_report = false
VAR knows_job_plan = false
VAR knows_nbm = false
VAR knows_nof = false
VAR knows_mm = false
VAR knows_sats = false
VAR knows_abg = false
VAR knows_sepsis_six = false
VAR knows_respect = false
VAR knows_cip = false
VAR knows_recurrent = false
VAR knows_rtt = false
VAR knows_ptl = false
VAR knows_breach = false
VAR knows_four_hour = false
VAR knows_wte = false
VAR knows_establishment = false
VAR knows_run_rate = false
VAR knows_outturn = false
VAR knows_variance = false
VAR knows_agency_cap = false
VAR knows_vacancy_freeze = false
VAR knows_business_case = false
VAR knows_opel = false
VAR knows_sitrep = false
VAR knows_site_meeting = false
VAR knows_los = false
VAR knows_occupancy = false
VAR knows_nctr = false
VAR knows_kpi = false
VAR knows_icb = false
VAR knows_theatre_utilisation = false
VAR knows_girft = false
VAR knows_cqc = false
VAR knows_ned = false
VAR knows_afc = false
VAR knows_cost_centre = false
VAR knows_tariff = false
VAR knows_baf = false
VAR knows_premium_pay = false
VAR knows_escalate = false
VAR knows_capacity = false
VAR knows_safe = false
VAR knows_flow = false
VAR knows_assurance = false
VAR knows_activity = false
VAR knows_transparent = false
VAR knows_supportive = false
VAR knows_visible = false

// Week one: what earlier scenes remember (set by stories) ----------------
VAR mon_front_line = false   // Monday: heard the ward's front line properly
VAR mon_promise = false      // Monday: promised Grace to take the TTO problem upstairs
VAR wed_showed_up = false    // Wednesday: went to theatres in person
VAR wed_huddle = false       // Wednesday: set up a standing theatre–site huddle
VAR mon_pharmacy_tech = false // Monday: the GM paid pharmacy for a pharmacist and a technician on Larch's mornings this quarter
VAR fri_nights_flat = false  // Friday: the clinician told Marcus that Larch's nights are not negotiable
VAR wed_dayunit_round = false // Wednesday: the CD put a medical consultant on the day unit's patients at eight, weekdays
VAR wed_surgeon_call = false  // Wednesday: the GM's on-call team rings the surgeon before a cancer or urgent case is stood down
VAR mon_tto_rule = false     // Monday: the CD made Larch's rule that TTOs are written the day before
VAR fri_tto_followup = false // Friday: the player owned the stalled TTO promise and booked the chief pharmacist or the divisional board
VAR fri_bank_incentive = false // Friday: the GM kept Larch's nights over the cap while bank incentives for nights were tried
VAR fri_locum = false        // Friday: the CD saved on locums by consultants acting down on the take, starting with themself
VAR fri_marcus_night = false // Friday: Marcus was invited to do a night on Larch, and did
VAR fri_own_night = false    // Friday: the GM booked themself a night shift on Larch

// Every scene ends by diverting here. The engine waits for the `end` tag.
=== scene_end ===
# end
-> DONE

// A count as a reader says it in prose ("five others", not "5 others"); past twenty, the figure.
=== function in_words(n) ===
{n:
- 0: ~ return "no"
- 1: ~ return "one"
- 2: ~ return "two"
- 3: ~ return "three"
- 4: ~ return "four"
- 5: ~ return "five"
- 6: ~ return "six"
- 7: ~ return "seven"
- 8: ~ return "eight"
- 9: ~ return "nine"
- 10: ~ return "ten"
- 11: ~ return "eleven"
- 12: ~ return "twelve"
- 13: ~ return "thirteen"
- 14: ~ return "fourteen"
- 15: ~ return "fifteen"
- 16: ~ return "sixteen"
- 17: ~ return "seventeen"
- 18: ~ return "eighteen"
- 19: ~ return "nineteen"
- 20: ~ return "twenty"
- else: ~ return n
}
