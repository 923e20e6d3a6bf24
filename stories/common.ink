// Common Ground — shared declarations for every scenario.
// The engine writes the first block before each scene; stories only read it.

// Set by the engine ------------------------------------------------------
VAR role = "clinician"   // "clinician" (clinician leader) or "manager" (operational manager)
VAR budget = 50          // headline meters, 0–100, mirrored from the engine
VAR care = 50
VAR trust = 50
VAR hours = 12           // hours left this week

// Week one: what earlier scenes remember (set by stories) ----------------
VAR mon_front_line = false   // Monday: heard the ward's front line properly
VAR mon_promise = false      // Monday: promised Grace to take the TTO problem upstairs
VAR wed_showed_up = false    // Wednesday: went to theatres in person
VAR wed_huddle = false       // Wednesday: set up a standing theatre–site huddle

// Every scene ends by diverting here. The engine waits for the `end` tag.
=== scene_end ===
# end
-> DONE
