// Common Ground — shared declarations for every scenario.
// The engine writes the first block before each scene; stories only read it.

// Set by the engine ------------------------------------------------------
VAR role = "clinician"   // "clinician" (clinician leader) or "manager" (operational manager)
VAR budget = 50          // headline meters, 0–100, mirrored from the engine
VAR care = 50
VAR trust = 50
VAR hours = 12           // hours left this week
VAR week = 1             // 1–8
VAR pressing = "department"  // the quarter's hidden most-pressing level: "organisation", "department" or "practice"
VAR here = true          // the player planned to be at this scene's place this week (first-hand); false = heard second-hand
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
// Structures built this quarter (# build ...)
VAR colocated = false    // the management team works in the clinical block
VAR kitchen = false      // a shared staff kitchen is open
VAR walkrounds = false   // regular walk-rounds are in the diary
// Long arcs (# arc ...): 0 not started, 1 under way, 2 paying off
VAR arc_paired = 0
VAR arc_shadowing = 0
VAR arc_training = 0
VAR arc_board = 0
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

// Week one: what earlier scenes remember (set by stories) ----------------
VAR mon_front_line = false   // Monday: heard the ward's front line properly
VAR mon_promise = false      // Monday: promised Grace to take the TTO problem upstairs
VAR wed_showed_up = false    // Wednesday: went to theatres in person
VAR wed_huddle = false       // Wednesday: set up a standing theatre–site huddle

// Every scene ends by diverting here. The engine waits for the `end` tag.
=== scene_end ===
# end
-> DONE
