// Week 2, Monday in theatres. Barrier: location (and jargon). Level: organisation.
// Five days after week one's OPEL 4 cancellation (week1/location.ink), the problem has moved:
// the day surgery unit, opened as escalation beds in the small hours of that Wednesday, is still full of medicine's
// patients, so surgery's day cases have nowhere to go. Theatres are surgery's: the player acts on
// medicine's own patients and negotiates with surgery.
// Reads wed_huddle (the 07:30 café huddle set up in week one), wed_showed_up, wed_dayunit_round and wed_surgeon_call.
// Sets w2_outlier_standard and w2_call (read by places/theatres.ink).

VAR w2_opel_apology = false   // the player went through the eight day-unit patients one by one with the unit's nurse in charge (the name is older than the choice: no apology is made); places/theatres.ink reads it
VAR w2_outlier_standard = false   // the CD set the standard: outliers seen by a medical consultant by ten
VAR w2_call = false   // the 06:45 site–theatres–medicine call was set up
VAR w2_escalation_plan = false   // medicine and surgery agreed when the day unit takes medical patients: surgery asked first, one night at most
VAR w2_huddle_early = false   // week one's café huddle moved to quarter to seven

=== w2_opel ===
# title Eight beds in day surgery
# barrier location
# place theatres
# day Monday
# week 2
# level organisation
{here:
    Monday, quarter past eight, the theatre corridor.{wed_showed_up: The nurse on the desk knows your face from last Wednesday and waves you through.}
- else:
    You hear about Monday's theatres at lunchtime, when Mr Achterberg rings to ask for five minutes, in a tone that means ten.
}
The trust went back to OPEL 4 overnight, five days after the last time. The day surgery unit, opened for medical patients in the small hours of last Wednesday, never closed. Eight of medicine's patients have spent the weekend in it, and today's day cases have nowhere to go.
{wed_huddle:
    This time nobody learned it from an email. At half past seven your café huddle met: the site manager, the theatre coordinator and Mr Achterberg chose together. The cancer list runs. Eleven day cases hear it from their surgeon.
    We chose who loses. We can't choose where anyone wakes up. # speaker achterberg neutral
- else:
    At 06:40 the same email went to All Theatre Users. {wed_surgeon_call:This time the site rang Mr Achterberg at ten past six; he kept his cancer case.|This time Mr Achterberg had read the policy, rang the site himself and kept his cancer case.} Eleven day cases went home.
}
{role == "clinician":
    You know the eight from the take. Three are fit and waiting for care packages. Two have not seen a physician since Friday: outliers get seen when the on-call team reaches them, which at weekends means last.{wed_dayunit_round: Your eight o'clock round held on weekdays. At the weekend nobody came.} # aside
- else:
    You know the eight from the bed state. Three are on the NCTR list. The unit's nurses are agency, at premium rates charged to medicine, and the discharge lounge opens at ten. # aside
}
{open_quinn:
    Bernie Quinn, your head of nursing, has been on the unit since seven.
    I agreed to staff this for one night. It's been six. I can keep it open. I can't keep calling it safe. # speaker quinn worried # term safe
- else:
    Bernie Quinn, your head of nursing, says the unit is covered, for now.
}
{open_achterberg:
    {pressing:
    - "organisation":
        The trust's winter plan says: when full, use surgery's space. Written once in Riverside House and never reopened by anyone who works here. # speaker achterberg worried # clue organisation
    - "department":
        Medicine and surgery have never planned a full hospital together. Your patients land in our unit, we complain, and nobody owns the gap. # speaker achterberg worried # clue department
    - else:
        It depends on the consultant. One team saw its patients here by nine on Saturday. Two haven't been since Friday. Those are the beds we never get back. # speaker achterberg worried # clue practice
    }
- else:
    I'm sure medicine has a plan for its patients. I'd be glad to hear it. # speaker achterberg neutral
}
* (walked) {here} [Go through the eight with the nurse in charge # hours -1]
    # care +2
    # trust.clinicians +1
    # skill listening
    ~ w2_opel_apology = true
    {role == "clinician":
        You see all eight. Two can go today if someone writes their TTOs now, so you do. One is sicker than his notes say and needs a medical bed tonight.
    - else:
        You ask each what they are waiting for: a care package, a scan, a consultant, a pharmacy bag. Two could go today. Nobody had asked them in one go.
    }
* {not here} [Ring the unit's nurse in charge]
    # trust.clinicians +1
    # skill listening
    She has eight patients, two agency nurses and an HCA, and two of the eight have seen no physician since Friday. She says it without drama, as a list.
* (cover) {role == "clinician"} [{wed_dayunit_round:Extend the eight o'clock round to weekends|Start a consultant's round in the day unit at eight, every day} # authority cover]
    # care +2
    # trust.achterberg +1
    # trust.leaders -1
    {wed_dayunit_round:
        You add the day unit to the weekend consultant's list, which means a longer Saturday and Sunday for whoever is on; the weekend rota says who. That Saturday, three go home by noon. The weekend consultants mention, twice, that nobody asked them first.
    - else:
        You rearrange the week's acute cover: the consultant of the week starts in the day unit at eight, and a colleague takes the AMU board round until ten. Three needing only a decision go home by noon. Your colleague mentions, twice, that AMU waited.
    }
* (lounge) {role == "manager"} [Open the discharge lounge at seven, not ten # authority process]
    # budget -2
    # care +1
    # trust.achterberg +1
    From tomorrow it needs a nurse and a porter from seven; Bernie finds them, at bank rates. By half eight the day's discharges are in armchairs with tea, waiting for their TTOs, and two day-case trolleys are free.
* {here} {role == "manager"} [Talk Mr Achterberg through OPEL 4 and the NCTR list]
    # trust.achterberg -2
    # trust.executives +1
    You give him the bed state, the OPEL actions and the NCTR list. All true. He says, "So the answer is a spreadsheet," and goes to scrub. Janet, told later, is glad surgery heard the numbers from medicine.
- At Tuesday's operational meeting, Janet Cole explains rather than defends.
A week is too long, I agree. But with twelve waiting in ED, the day unit is the only space with oxygen and nurses. Until we have somewhere else to go when we're full, we use surgery's. # speaker cole neutral # clue organisation
{open_achterberg:
    Mr Achterberg, there for surgery, says nothing, and writes "somewhere else" on his pad.
- else:
    Surgery's seat is empty. Their general manager sends apologies and a one-line email: "Day unit, please."
}
* [Agree a medicine–surgery escalation plan with surgery's CD and GM]
    # intervene department
    # skill communication
    # trust.achterberg +1
    ~ w2_escalation_plan = true
    You sit down with surgery's clinical director and general manager. Medical patients go into the day unit for one night at most, with a physician by ten, and surgery is asked before it opens. It is their unit: they sign first.
* [Ask Janet to write a 48-hour limit into the trust's escalation policy]
    # intervene organisation
    # skill understanding
    You propose a trust rule: any escalation area open past 48 hours goes to the executive team with a plan to close it. Janet agrees to run it that way from Monday, while the policy catches up.
* {role == "clinician"} [Set a standard: every outlier seen by a medical consultant by ten # authority standards]
    # intervene department
    # trust.achterberg +1
    ~ w2_outlier_standard = true
    You write it down and send it to every physician: outliers, wherever they are, are seen by a consultant by ten. It will hold on the days it is easy. You will find out about the others.
* {role == "clinician"} [Ring the two consultants whose teams haven't been since Friday # authority peer]
    # intervene practice
    # skill communication
    # care +1
    # trust.leaders -1
    You ring them yourself, consultant to consultant, not through their secretaries. One says he thought the weekend team had seen them; he is in the unit by eleven. The other says his team sees outliers when its own ward is done, and at weekends it never is. By the afternoon both teams have been, and each has named the registrar who now holds its outlier list at weekends.
* (bay) {role == "manager"} [Ask the executive to sign over-cap agency nurses to reopen Beech's four shut beds # authority agency]
    # budget -4
    # care +2
    # trust.executives -1
    With Bernie's agreement on the staffing, you write the safety case for the over-cap shifts; the chief executive signs, they go on the weekly agency return, and the cost is yours. By Wednesday four of the eight are back on a medical ward.
* {role == "manager"} [Put each outlier's consultant on the day unit's board, and ring the teams who haven't been # authority process]
    # intervene practice
    # skill communication
    # care +1
    # trust.leaders -1
    Each patient's name now has a consultant's name beside it, and the nurse in charge rings that team's secretary by nine if nobody has come. One team is there by ten the next day. The other asks who you are.
- {walked or cover or lounge or bay:
    On Friday the day unit closes. {walked:The nurse in charge leaves the list of the eight on your desk, each one ticked.|Day cases are back by Monday.}
- else:
    On Friday the day unit is still open. The theatre coordinator pins a note to the door: "Day Surgery (Medicine)".
}
* {wed_huddle} [Move the huddle to quarter to seven, before the first patient is admitted and gowned for nothing # hours -1]
    # intervene department
    # trust.achterberg +2
    # wellbeing -1
    # skill communication
    ~ w2_huddle_early = true
    Quarter to seven is before handover and after the site call. It is a worse time for everyone, and the first patient is no longer admitted and gowned before anyone knows whether the list runs.
* {not wed_huddle} [Set up a daily 06:45 call: site, theatres and medicine # hours -1]
    # intervene department
    # trust.achterberg +1
    # skill communication
    ~ w2_call = true
    Five minutes on the phone before the first patient arrives. The site manager agrees, and asks that someone from medicine is on it with the names of the eight.
* [Walk up to theatres on Wednesday at half seven, to see # hours -1]
    # trust.achterberg +1
    # trust.doyle +1
    # skill listening
    Kev Doyle is at the lift with the first bed. Mr Achterberg, scrubbing, lifts an elbow at you through the glass.
* [Leave it to the site team and stay at your desk]
    # hours +1
    # later 1 trust.achterberg -1 why The day unit was filled again without a call to anyone, and Mr Achterberg lost his day cases
    You stay at your desk, with the hour you had set aside for the unit. The arrangements hold until Wednesday, when the site manager is off sick and her cover fills the day unit again without ringing anyone.
- -> scene_end
