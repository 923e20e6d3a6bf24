// Week 3, Tuesday in the outpatient clinic. Barrier: jargon. Level: practice.
// Follow-up slots cut from 15 to 10 minutes to hit the waiting-time standard; "activity" means two things.

VAR w3_clinic_sat_in = false

=== w3_clinic ===
# title Ten-minute slots
# barrier jargon
# place clinic
# day Tuesday
# week 3
# level practice
{here:
    Tuesday, nine o'clock, the medical outpatient clinic. The new clinic templates went live on Monday: follow-up slots cut from fifteen minutes to ten. The waiting room looks exactly the same, only fuller.
- else:
    The new clinic templates went live on Monday. You hear on Tuesday evening, from an email chain with forty replies and the subject line "slots", which by the end has become "SLOTS".
}
The reason is the waiting list. Medicine's follow-up backlog is eleven thousand patients, and the referral-to-treatment standard, ninety-two per cent treated within eighteen weeks, has not been met for two years. Ten-minute slots mean three more patients per clinic. On paper, the backlog falls by a fifth.
{role == "clinician":
    You run a clinic yourself on Thursdays. You already know which of your patients can be seen in ten minutes, and which cannot be seen properly in twenty.
- else:
    The template change came through your office. You signed it off on a Friday afternoon with fourteen other things; the paper said "clinically supported".
}
{here:
    In room 4, Dr Okonjo, one of the medical consultants, is forty minutes behind by ten past ten.
    Mrs Amis, eighty-two, heart failure, four new tablets since her last visit, came with her daughter, a list of questions and a bag of medicine boxes. Ten minutes gets you through the bag, if you don't open any of the boxes.
}
{open_okafor:
    Grace Okafor, doing a clinic shift to cover sickness, catches you in the corridor.
    {pressing:
    - "organisation":
        This came from the top. Riverside set the template for every specialty at once, same minutes for everyone, and emailed it out. # speaker okafor worried # clue organisation
    - "department":
        It's medicine. The other specialties negotiated their templates with their consultants. Ours got handed down at the divisional meeting. # speaker okafor worried # clue department
    - else:
        Honestly? Some of the consultants make ten minutes work and some never will. Same room, same patients. It's how each of them runs a clinic. # speaker okafor worried # clue practice
    }
- else:
    Grace Okafor, covering a clinic shift, gives you a polite nod and the clipboard of late-running rooms.
}
* {here} [Sit in on Dr Okonjo's clinic for an hour # hours -1]
    # trust.clinicians +2
    # skill listening
    ~ w3_clinic_sat_in = true
    You sit in the corner chair. Mrs Amis takes nineteen minutes, and three of them are her daughter crying. The next patient takes six.
    {role == "manager":
        You understand, for the first time, that the average is real and that nobody is average.
    - else:
        You have been in this chair a thousand times, on the other side of the desk. It is different from the corner.
    }
* [Look at the clinic's numbers: patients seen, waits, overruns]
    # trust.executives +1
    # term activity
    Activity is up eighteen per cent on last Tuesday. Overruns are up fifty minutes per clinic. Did-not-attends are up too: patients who waited two hours last time are not coming back.
* {role == "manager"} [Explain the RTT position to the consultants' WhatsApp group]
    # jargon
    # trust.clinicians -2
    # trust.executives +1
    You post a careful explanation: the RTT standard, the PTL, the clock stops. Somebody replies with a GIF of a clock falling off a wall.
* {role == "clinician"} [Tell the booking team which follow-ups are clinically complex]
    # jargon
    # trust.clinicians +1
    # hours -1
    You go through your own list with the booking manager, flagging the complex follow-ups. She asks what "decompensated" means. You tell her, and she writes it on a sticky note.
- On Wednesday the consultants meet. Activity is the word of the day, and nobody means the same thing by it. # term activity
Dr Marsh has sent a note: the template is "clinically safe for the majority of patients" and individual consultants "should manage their clinics within it". # clue practice
{open_achterberg:
    Mr Achterberg, who runs surgery's template committee, has been invited to describe surgery's approach. Ours took four months, he says. Each consultant marked their own complex patients. We lost a bit of activity and kept everyone. # speaker achterberg neutral # term activity
}
{open_nair:
    Priya Nair, who does one clinic a month, says the ten-minute slots have sent three patients back to ED this week already.
}
* [Let each consultant mark which follow-ups need fifteen minutes]
    # intervene practice
    # trust.clinicians +2
    # skill understanding
    You propose that every consultant flags their own complex follow-ups for a longer slot. The backlog falls more slowly. The clinics start running on time.
* [Ask medicine to redesign its templates with its consultants and clinic nurses]
    # intervene department
    # trust.leaders +1
    # hours -1
    You ask the division to redesign its templates the way surgery did: consultants, nurses and the booking team in a room, for as long as it takes.
* [Ask the trust to stop setting slot lengths centrally for every specialty]
    # intervene organisation
    # trust.executives -1
    You write to Janet asking for templates to be set by each specialty, not centrally. She replies that she needs "assurance the RTT trajectory is protected". # term assurance
* [Keep the ten-minute slots and add Saturday clinics to clear the backlog]
    # budget -2
    # trust.clinicians -2
    # later 3 care -2
    The backlog will fall. The Saturday clinics are paid at premium rates, and staffed by the same consultants who are already forty minutes behind on weekdays.
- A week later, the patient experience team forwards a letter to your office.
{w3_clinic_sat_in:
    It is from Mrs Amis's daughter. It thanks "the {role == "manager":manager|doctor} in the corner who listened", and asks, politely, why her mother's next appointment has been booked for ten minutes again.
- else:
    It is from Mrs Amis's daughter. Her mother did not come to her last appointment: the wait last time was two hours and she could not face it. The letter asks who decided that ten minutes was enough.
}
* [Ring the daughter yourself # hours -1]
    # care +1
    # trust.clinicians +1
    # skill listening
    You ring. It takes twenty-five minutes, most of which you spend listening. At the end you promise a fifteen-minute slot and a named nurse to call before it. You make sure both happen.
* [Ask the complaints team to reply]
    # trust.executives +1
    # later 3 care -1
    The complaints team reply within the standard twenty working days. The letter is accurate, sympathetic and signed by somebody Mrs Amis's daughter has never met.
* [Bring the letter to the next consultants' meeting]
    # trust.leaders +1
    # skill communication
    You read it out, without comment. Dr Okonjo asks for a copy. Two other consultants ask whether any of their patients have written too.
- -> scene_end
