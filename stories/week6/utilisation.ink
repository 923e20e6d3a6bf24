// Week 6, Tuesday in theatres. Barrier: jargon. Level: department.
// A national benchmark says theatre utilisation is low; finance hears "more cases per list", surgeons hear "work faster".
// Theatres belong to surgery: medicine's leadership negotiates there and pulls medicine's own levers (outliers in
// surgical beds, surgical patients waiting for a physician), never decides for surgery.
// Sets w6_util_walked (timed a list in person) and w6_util_beds (the GM opened medical escalation beds; w6_outliers reads it).
// Reads wed_huddle (week one's 07:30 theatre–site huddle).

VAR w6_util_walked = false
VAR w6_util_beds = false

=== w6_utilisation ===
# title Utilisation
# barrier jargon
# place theatres
# day Tuesday
# week 6
# level department
{here:
    Tuesday, half past seven, the theatre coffee room. A benchmarking chart is stuck to the fridge with a magnet shaped like a kidney. Alderbank's theatres sit near the bottom, in red.{role == "clinician" && w3_clinic_moved: Your Tuesday clinic starts at nine, so you keep one eye on the clock.}
- else:
    The benchmarking report reaches you on Tuesday afternoon, with Janet's covering note: "Theatre utilisation. Medicine's part, please, by Thursday." Theatres has been discussing it since breakfast.
}
Alderbank's theatres are operating for seventy-one per cent of their booked time; NHS England's ambition is eighty-five. Finance has done the sum: four more cases a week per theatre.
The commonest reason for a late start, on the theatre log, is "no bed". Most nights some of those beds hold medicine's outliers.
{wed_huddle:
    The {w2_huddle_early:quarter-to-seven|half-past-seven} huddle in the café has cut the cancellations since week one. It has not touched the late starts.
}
{role == "clinician":
    Further down the log is your own specialty: "awaiting medical review". A surgical patient with a new irregular pulse waits for a physician, and your registrars answer surgical referrals after their own wards. # aside
- else:
    Theatre time is surgery's budget, not yours. The outliers are yours: on your bed report each is a medical patient with a bed and a surgical patient without one. # aside
}
{here:
    Mr Achterberg takes the printout off the fridge and reads it in silence.
    So we're slow. Fourteen years, and the message is "operate faster". # speaker achterberg worried
}
{open_achterberg:
    {pressing:
    - "organisation":
        The lists start late because the hospital's full. No bed, no patient sent for. That's a bed plan made in Riverside House, not a theatres problem. # speaker achterberg worried # clue organisation
    - "department":
        Truthfully? Theatres runs itself like a fiefdom. Start times, sessions, turnaround: we set them years ago and nobody's looked since. # speaker achterberg worried # clue department
    - else:
        It's team by team. My team's in at eight. Others drift in at half past. The surgeons and anaesthetists who talk to each other start on time. # speaker achterberg worried # clue practice
    }
- else:
    {here:
        He puts the printout in the bin.
        We'll see what the management have to say. # speaker achterberg neutral
    }
}
{open_doyle:
    First patient's always late on Tuesdays. Ward won't do the checklist till the drugs round's done. # speaker doyle neutral
}
* {here} [Spend the morning timing a list from the corridor # hours -2]
    # trust.achterberg +2
    # trust.doyle +1
    # skill listening
    ~ w6_util_walked = true
    The first patient is sent for at 08:05 and arrives at 08:50: the bed upstairs was not ready, the checklist not done, the porter on another job. The surgeons were ready at eight.
    Turnaround between cases is twenty-six minutes. Nine of them are spent waiting for the cleaner, who covers three theatres.
* [Ask Mr Achterberg what "utilisation" means to him]
    # trust.achterberg +1
    # skill understanding
    Finance counts activity in minutes. I count it in patients made better. # speaker achterberg neutral # term activity
* {role == "manager"} [Explain medicine's outliers to the surgeons in flow terms: NCTR, LOS, escalation]
    # jargon leaders
    # trust.achterberg -2
    It is a good explanation: criteria to reside, length of stay, escalation capacity. The surgeons hear every word of it as "medicine is full, so you can't operate".
* {role == "clinician"} [Explain the delays to Marcus: NOFs, NBM and medical reviews]
    # jargon
    # trust.webb -1
    You tell Marcus about a NOF kept NBM for a second morning while a physician sorted out her potassium. He writes "NBM?" in his notebook and underlines it twice.
- Thursday is the theatre productivity group. Mr Achterberg chairs; surgery's general manager keeps the action log. You sit at the end, as medicine's leadership: a guest with a share of the problem.
{w6_util_walked:
    You bring your timings. For once both ends of the table have the same facts.
}
Dr Marsh has emailed ahead: in her experience it is always a handful of teams, and she would start with them. # clue practice
{open_webb:
    Marcus Webb surprises you. He doesn't want more cases per list, he says; he wants the lists that exist to start on time. That would do most of it.
}
* [Propose one review: theatres' rules and medicine's outliers together]
    # intervene department
    # trust.achterberg +1
    # skill communication
    You suggest surgery reviews its start times and turnaround with its own surgeons, anaesthetists, nurses and porters, and medicine brings its outlier rules to the same table. It is surgery's call.
    Mr Achterberg says it is the first sensible thing anyone from outside theatres has said. He does not say it warmly, but he puts a date in the minutes.
* [Suggest each surgical team agrees its own first-start routine]
    # intervene practice
    # skill understanding
    # trust.achterberg +1
    It is Mr Achterberg's to ask, and he agrees to: each team owns its eight o'clock start, who rings the ward, who checks the bed. It will work for the teams who already talk to each other.
* [Ask Janet to fix the bed plan that holds theatres up]
    # intervene organisation
    # trust.executives -1
    You tell Janet that theatres wait on beds and the beds are a whole-hospital problem. She says she knows. From next week the evening site meeting plans tomorrow's beds with tomorrow's theatre lists on its screen.
* [Back finance's four more cases a week in every theatre]
    # trust.executives +2
    # trust.achterberg -3
    # later 3 trust.clinicians -2 why Extra cases went on lists that still started late, so they overran and theatre staff went home late
    Surgery's general manager sets the target; medicine's support makes it easy. Utilisation rises a little. So do late-finishing lists, cancelled day cases and empty chairs at the surgeons' meetings.
- Whatever surgery does next, part of that log is medicine's.
* {role == "clinician"} [Standard: pre-op medical referrals seen the same day, by five # authority standards]
    # intervene department
    # care +2
    # trust.achterberg +2
    # later 2 trust.nair -1 why The same-day pre-op referrals landed on Priya's bleep, on top of the take
    You write it into medicine's referral standard. The next week two of Mr Achterberg's lists start on time that would not have. Priya, who holds the medical bleep, asks which hour of her afternoon it is meant to come from.
* {role == "clinician"} [Job-plan a weekly pre-assessment session for a willing physician # authority jobplan]
    # later 3 care +1 why The physician's first pre-assessment sessions found two patients unfit in time to take them off their lists, and those lists started on time
    # trust.achterberg +1
    # trust.leaders -1
    A colleague who likes a puzzle swaps a general clinic for a Wednesday pre-assessment session: surgical patients with hearts, lungs and sugars, seen weeks before their date. Her clinic patients go to other lists, and their consultants say so.
* {role == "manager"} [Agree with the site team: no medical outliers into elective beds after ten # authority process]
    # intervene organisation
    # trust.achterberg +2
    # care -1
    # later 2 trust.nair -1 why With elective beds held empty overnight, Priya's admissions waited in ED till morning
    Janet signs it for the site team, for medicine's patients, from tonight: beds booked for the morning's lists stay free of medical outliers after ten at night. The first patients go up on time. The patients who would have had those beds wait in ED until the morning discharges.
* {role == "manager"} [Staff six escalation beds from the bank, and agency at the cap # authority agency]
    # budget -4
    # care +2
    # trust.achterberg +1
    # trust.executives -1
    ~ w6_util_beds = true
    Janet agrees to open them if medicine staffs them. Bernie fills what she can from the bank, and agency at the cap covers most of the rest. The two nights still over the cap go to the chief executive, who signs them and asks, in writing, when the beds close. Six escalation beds open on the medical floor, six outliers come home from surgery, and the shifts appear in the weekly agency return with your name against them.
* [Wait for surgery's plan before committing medicine to anything]
    # trust.achterberg -1
    Surgery's general manager writes "Medicine: no action" in the log.
- By Friday the printout is back on the fridge.
{w6_util_walked:
    Someone has written the real first-patient times on it in red biro, and a note: "Ask Kev."
- else:
    Someone has drawn a small surgeon on it, running very fast and sweating.
}
-> scene_end
