// Map encounter: a visit to medicine's outpatient clinic (front line, next door to the main block).
// Sister Maeve Ashby is the outpatient sister (not in the cast list, so she has no speaker tag); Bernie Quinn,
// head of nursing for medicine, is someone else. These are medicine's clinics: the player runs them.

VAR enc_clinic_plans = false   // the clinic's complex follow-ups have been given longer slots, by job plan or by booking rule (once)

=== enc_clinic ===
# title Outpatient clinic
# barrier jargon
# place clinic
# day Thursday
{
- week <= 3:
    Outpatients at half past nine: sixty chairs, fifty-two people, a ticket display stuck on 14, and a nurse calling names into a room that cannot hear her.
- week <= 5:
    Outpatients just after lunch. The afternoon list is forty minutes behind, and a man in a suit is telling the hatch he took a day's leave for this.
- else:
    Outpatients on a dark November afternoon. Half the chairs hold people in coats, waiting for follow-ups booked months ago.
}
Sister Maeve Ashby has run outpatients for nineteen years and has opinions about all of them.
{role == "manager":
    She looks at your lanyard. Are you here about the slots? Everyone in a lanyard is here about the slots.
- else:
    She looks at you with relief: a consultant with a minute to spare. Can you sign something?
}
{as_partner:
    {role == "clinician":
        You run clinics like this. You know the overdue follow-ups that worry you: heart failure, tablets due a review at six weeks, still waiting at five months. Some come back through ED first. # aside
    - else:
        On your reports, outpatients is the RTT position and how full the slots are. Most of medicine's follow-ups past their due date, thousands of them, are on no clock: their waits never count as a breach. # aside
    }
}
{pressing:
- "organisation":
    Maeve does not lower her voice. Every change here comes down from Riverside: the booking rules, the slot lengths, the letters. We find out from the patients. # clue organisation
- "department":
    Maeve does not lower her voice. It's medicine. Your clinics book the way they always have. Other specialties sorted theirs years ago. # clue department
- else:
    Maeve does not lower her voice. It's the doctors, one by one. One runs on time, one runs an hour late every week, and both think the clinic is the problem. # clue practice
}
The booking team chase what's on the PTL. {knows_ptl: Most follow-ups are not on it, so nobody chases them.|Maeve explains: that's the waiting list for first treatment. Most follow-ups aren't on it, so nobody chases them.}
{arc_training == 2:
    Since the joint training, the booking manager and two of your consultants meet on Fridays. Maeve calls it "the first miracle of my career".
}
+ [Sit in the waiting room for half an hour]
    # trust.clinicians +1
    # skill listening
    A woman next to you has come for four years. She tells you which doctor listens and which one types. She doesn't ask who you are. Maeve sees you there on her way past, and raises an eyebrow.
+ [Ask Maeve what a clinic slot really needs]
    # trust.clinicians +2
    # skill understanding
    Fifteen minutes for a follow-up that's gone wrong. Ten's fine for the rest. {w3_clinic_longer or enc_clinic_plans:Booking the complex ones longer helps. The ones that go wrong are still the ones nobody saw coming.|Trouble is, nobody knows which is which until the patient's in the room.}
+ {role == "manager"} [Explain the RTT position and the PTL to Maeve]
    # trust.clinicians -2
    She lets you finish, then points at the coats. Follow-ups, she says. Mostly not on your RTT clock.
+ {role == "clinician"} [Tell the booking manager, clinically, why slots must be longer]
    # jargon clinicians
    You mention titrating diuretics, eGFR and the MDT outcome. She writes down "longer" and asks how much.
- {kitchen and week > kitchen_week:
    On the way back you pass the shared kitchen: the booking manager and a consultant, talking over the kettle.
}
+ {arc_training == 0} [Propose joint training for your consultants and the booking team]
    # arc training
    # trust +1
    # skill communication
    A monthly half-day where consultants and bookers solve one clinic problem together. Maeve offers the seminar room and a tin of biscuits.
+ {role == "clinician"} [Agree eleven patients a clinic, not fourteen, at each consultant's job-plan review # authority jobplan]
    # intervene department
    {enc_clinic_plans:
        The eleven-patient clinics are in the job plans. The follow-up list is longer by the week, and Marcus has started a column for it.
    - else:
        ~ enc_clinic_plans = true
        # later 2 trust.executives -1 why Marcus Webb found three fewer patients a clinic in medicine's activity report, and asked where the activity went
        # later 8 care +1 why With eleven patients a clinic, complex follow-ups got the time their medicines needed
        Same PA, fewer patients, fifteen minutes for the complicated ones. You take it to each job-plan review in turn: most agree, two want it in writing, one wants his fourteen back. The follow-up list grows by three a clinic, and Marcus Webb will ask where the lost activity went. # term activity
    }
+ {role == "manager"} [Change the booking rules: double slots for complex follow-ups # authority process]
    # intervene department
    {enc_clinic_plans:
        The double slots are in the template. The bookers ask who decides "complex" when the letter doesn't say.
    - else:
        ~ enc_clinic_plans = true
        # later 2 trust.executives -1 why Marcus Webb found three fewer patients a clinic in medicine's activity report, and asked where the activity went
        # later 8 care +1 why Patients flagged complex got a double slot, and went home with their questions answered
        From next month your bookers give a double slot to anyone flagged complex. Each clinic sees three fewer patients, the follow-up list grows, and Marcus Webb will ask where the lost activity went. # term activity
    }
+ {not w3_clinic_longer} [Let each consultant mark which follow-ups need longer]
    # intervene practice
    # trust.leaders +1
    Each consultant flags their own complex follow-ups. Two flag nearly everyone; one flags nobody.
+ [Ask Janet's outpatient programme to let each specialty set its own templates]
    # intervene organisation
    # trust.executives -1
    Slot lengths set by each specialty, not by Riverside. Janet agrees: from Monday a specialty's template goes to the programme's weekly meeting, given "assurance that the targets will still be met". # term assurance
- -> scene_end
