// Map encounter: a visit to the outpatient clinic (front line, next door to the main block).

=== enc_clinic ===
# title Outpatient clinic
# barrier jargon
# place clinic
# day Thursday
{
- week <= 3:
    The outpatient clinic at half past nine: sixty chairs, fifty-two people, a ticket display stuck on number 14, and a clinic nurse calling names into a room that cannot hear her.
- week <= 5:
    The outpatient clinic, just after lunch. The afternoon list is already forty minutes behind, and a man in a suit is explaining to the reception hatch that he has taken a day's leave for this.
- else:
    The outpatient clinic in winter. Half the chairs are taken by people in coats they have not taken off, waiting for follow-ups booked months ago.
}
The clinic nurse in charge, Bernie, has run outpatients for nineteen years and has opinions about all of them.
{role == "manager":
    She looks at your lanyard. Are you here about the slots? Everyone in a lanyard is here about the slots.
- else:
    She looks at you with relief: a consultant, here, who isn't running a clinic. Can you sign something? Everyone needs something signing.
}
{pressing:
- "organisation":
    Bernie does not lower her voice. Every change to this clinic comes down from Riverside: the booking rules, the slot lengths, the letters. We find out from the patients. # clue organisation
- "department":
    Bernie does not lower her voice. It's the specialty. Medicine books its clinics the way it always has and won't hear otherwise. Other specialties sorted theirs years ago. # clue department
- else:
    Bernie does not lower her voice. It's the doctors, one by one. Dr A runs on time, Dr B runs an hour late every week, and both of them think the clinic is the problem. # clue practice
}
{arc_training == 2:
    Since the joint training, the clinic's booking manager and two of the consultants have started meeting on Fridays. Bernie says it is "the first miracle of my career".
}
+ [Sit in the waiting room for half an hour]
    # trust.clinicians +1
    # care +1
    # skill listening
    A woman next to you has been coming for four years. She tells you which doctor listens and which one types. She does not know who you are, which is why she tells you.
+ [Ask Bernie what a clinic slot really needs]
    # trust.clinicians +2
    # skill understanding
    Fifteen minutes for a follow-up that's gone wrong, she says. Ten's fine for the ones that haven't. The trouble is nobody decides which is which until the patient's in the room.
+ {role == "manager"} [Explain the RTT position and the PTL to Bernie]
    # jargon
    # trust.clinicians -2
    You explain the referral-to-treatment standard and the patient tracking list. Bernie, who has managed the PTL on paper since before it had a name, lets you finish.
+ {role == "clinician"} [Tell Bernie the consultants need longer slots, clinically]
    # jargon
    # trust.clinicians +1
    # trust.executives -1
    You tell her the consultants need fifteen minutes for complex follow-ups, in the language of the MDT and the job plan. She nods. She is not the one who decides.
- {kitchen:
    On the way back you pass the shared kitchen and see Bernie's booking manager talking to a consultant over the kettle. That has never happened before.
}
+ {arc_training == 0} [Propose joint training for clinic consultants and the booking team]
    # arc training
    # trust +1
    # skill communication
    You propose a monthly half-day where consultants and the booking team solve one clinic problem together. Bernie offers the seminar room and a tin of biscuits.
+ [Let each consultant choose which follow-ups get the longer slots]
    # intervene practice
    # trust.clinicians +1
    Each consultant marks their own complex follow-ups. It is messy and fair.
+ [Ask medicine to redesign its clinic template with Bernie]
    # intervene department
    # hours -1
    You ask the specialty to rebuild its clinic template, with Bernie in the room and a date to finish.
+ [Ask the trust to stop setting slot lengths centrally]
    # intervene organisation
    # trust.executives -1
    You ask the executive for slot lengths to be set by each clinic, not by Riverside. Janet asks for "assurance that targets will still be met". # term assurance
- -> scene_end
