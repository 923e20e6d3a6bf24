// Week 3, Tuesday in the outpatient clinic. Barrier: jargon. Level: practice.
// Medicine's follow-up slots cut from 15 to 10 minutes, to free slots for new referrals (RTT) and
// work down the overdue follow-up list (not RTT); "activity" means two things.

VAR w3_clinic_sat_in = false
VAR w3_letter_read = false   // the player read Mrs Amis's letter out at the consultants' meeting
VAR w3_clinic_longer = false   // the player made room for longer follow-ups (each consultant's flags, a standard or a booking rule)

=== w3_clinic ===
# title Ten-minute slots
# barrier jargon
# place clinic
# day Tuesday
# week 3
# level practice
{here:
    Tuesday, nine o'clock, the medical outpatient clinic. Medicine's new templates went live on Monday: follow-up slots cut from fifteen minutes to ten. The waiting room is fuller.
- else:
    Medicine's new clinic templates went live on Monday. You hear on Tuesday evening, from a forty-reply email chain whose subject, "slots", has become "SLOTS".
}
Two lists drove it. New referrals are on eighteen-week clocks, and medicine is short of new-patient slots. Behind them wait eleven thousand follow-ups past the date their consultant set: no clock, no standard, and harm that arrives quietly. The list has never been validated; nobody knows how many could move to patient-initiated follow-up. Three more patients a clinic helps both lists, on paper.
{role == "clinician":
    The paper went through your divisional meeting as item nine, "clinically supported", in four minutes. Your own clinic is on Thursdays: you know which patients fit ten minutes and which would not fit twenty. # aside
- else:
    You signed it off on a Friday afternoon with fourteen other things; the paper said "clinically supported", and the trust's outpatient programme wanted it live this month. # aside
}
{here:
    In room 4, Dr Okonjo, a medical consultant, is forty minutes behind by ten past ten.
    Mrs Amis, eighty-two, heart failure, four new tablets since her last visit, has come with her daughter, a list of questions and a bag of medicine boxes. Ten minutes gets you through the bag, if you don't open the boxes.
}
{open_quinn:
    {here:
        Bernie Quinn, head of nursing for medicine, has come down because the clinic nurses asked her to.
    - else:
        Bernie Quinn, head of nursing for medicine, rings. The clinic nurses asked her to.
    }
    {pressing:
    - "organisation":
        It came from the top. The outpatient programme set one template for every specialty, same minutes for all, and Riverside emailed it out. We just nodded. # speaker quinn worried # clue organisation
    - "department":
        Surgery built theirs with their consultants over four months. We did ours as one item at a divisional meeting. I was there. I didn't stop it either. # speaker quinn worried # clue department
    - else:
        Some consultants make ten minutes work and some never will. Same rooms, same patients. It's how each of them runs a clinic. # speaker quinn worried # clue practice
    }
- else:
    Bernie Quinn, head of nursing for medicine, forwards the clinic nurses' list of late-running rooms without comment.
}
* {here} [Sit in on Dr Okonjo's clinic for an hour # hours -1]
    # trust.leaders +2
    # skill listening
    ~ w3_clinic_sat_in = true
    Dr Okonjo asks each patient whether you may sit in. You take the corner chair. Mrs Amis takes nineteen minutes, three of them her daughter crying. The next patient takes six.
    {role == "manager":
        Nineteen and six average twelve and a half.
    - else:
        You have sat at that desk a thousand times. From the corner you watch Okonjo glance at the clock four times, and Mrs Amis notice every one.
    }
* [Look at the clinic's numbers: patients seen, waits, overruns]
    # trust.executives +1
    Patients seen are up eighteen per cent on last Tuesday. Overruns are up fifty minutes a clinic, and two patients left before they were called. Janet's office, who sent the figures, notes that you asked for them.
* {role == "manager"} [Explain the waiting-list trajectory on the consultants' WhatsApp]
    # jargon leaders
    # trust.executives +1
    You post a careful explanation: the PTL, the clocks that freed slots could stop, the overdue follow-ups. Somebody replies with a GIF of a clock falling off a wall. Janet, shown it, says at least someone explained the trajectory.
* {role == "clinician"} [Tell the booking team which follow-ups are complex # hours -1]
    # jargon clinicians
    # trust.clinicians +1
    You go through your own list with the booking manager. She asks what "decompensated" means, and writes it on a sticky note.
- On Wednesday the consultants meet. The divisional dashboard says clinic activity is up eighteen per cent. Dr Okonjo says hers is down: the same patients, seen worse. # term activity
Dr Marsh has sent a note. She has read the harm reviews on overdue follow-ups: better ten minutes for everyone now than nobody for a year. Consultants whose patients need longer should say which ones. # clue practice # request leaders
{open_achterberg:
    Mr Achterberg, in the corridor afterwards:
    Surgery's template took us four months. Each consultant marked their own complex patients. We lost a little activity and kept everyone. # speaker achterberg neutral
}
{open_nair:
    Priya Nair texts you from the take:
    I do one clinic a month and most of the take. One of Monday's ten-minute follow-ups came back through ED last night. I admitted her. # speaker nair worried
}
* [Let each consultant mark which follow-ups need fifteen minutes]
    # intervene practice asked leaders
    # skill understanding
    # trust.leaders +1
    # later 3 care +1 why The follow-ups each consultant flagged as complex were booked fifteen minutes, and fewer went home with their questions unanswered
    ~ w3_clinic_longer = true
    Every consultant flags their own complex follow-ups for a longer slot. The overdue list will fall more slowly, and someone will have to tell Janet.
* {role == "clinician"} [Set medicine's standard for which follow-ups get fifteen minutes # authority standards]
    # intervene department
    # trust.leaders -1
    # later 3 care +1 why Under medicine's standard, heart-failure patients with a medicine change, new diagnoses and anyone who needs a carer with them were booked fifteen minutes
    ~ w3_clinic_longer = true
    You write it as a clinical standard for the division: heart failure with a medicine change, a new diagnosis, anyone who needs a carer to attend. The booking team get a rule instead of a guess. Two consultants tell you it was theirs to decide.
* {role == "clinician"} [Have every consultant validate their overdue list; PIFU where safe # authority standards]
    # intervene practice
    # care +1
    # later 3 trust.leaders -1 why Validating the lists was eating the consultants' admin time, and letters and results backed up
    Admin validation takes out the duplicates first. Then each consultant goes through their own overdue list in their admin time: a fifth move to patient-initiated follow-up, and thirty patients across the division turn out to have needed seeing months ago. For a month, letters and results wait longer.
* {role == "clinician"} [Swap three consultants' SPA for an extra clinic # authority jobplan]
    # care +2
    # later 3 trust.leaders -2 why Without SPA time, the three consultants' audit and teaching slipped, and they said so
    Three colleagues agree to trade a supporting session for a clinic until March. The overdue list falls by four hundred. The audit, the teaching and the guideline rewrite wait.
* {role == "manager" && not enc_clinic_plans} [Rewrite medicine's booking rules with the clinic nurses # authority process # hours -1]
    # intervene department
    # trust.clinicians +1
    # trust.executives -1
    # later 3 care +1 why Follow-ups on the clinical director's complex list got a double slot, and a nurse rang each patient the week before
    ~ w3_clinic_longer = true
    ~ enc_clinic_plans = true
    With the clinic nurses and the booking team you rebuild medicine's booking rules: the follow-ups the consultants mark as complex, on a list the clinical director signs, get a double slot, and a nurse rings those patients the week before. The outpatient programme's trajectory slips by six weeks. The booking rules carry your signature; the list carries the clinical director's.
* {role == "manager"} [Fund Saturday clinics at premium rates # authority budget]
    # budget -3
    # care +2
    # later 3 trust.leaders -1 why The first Saturday clinics, on top of full weeks, wore the consultants down
    # later 3 trust.clinicians -1 why The clinic nurses worked the first Saturdays on top of full weeks, and were worn down
    Eight Saturdays, staffed by the same consultants and clinic nurses who run forty minutes late on weekdays. The overdue list falls by nine hundred. The consultants take the money, and notice who is tired.
* [Ask Janet's outpatient programme to let each specialty set its own templates]
    # intervene organisation
    # trust.executives -1
    You write to Janet: one template for every specialty does not fit medicine's patients. From Monday, she agrees, a specialty may put its own template to the programme, given "assurance the waiting-list trajectory is protected". # term assurance
- A week later, the patient experience team forwards a letter from the daughter of Mrs Amis{not here:, eighty-two, who has heart failure}.
{w3_clinic_sat_in:
    It thanks "the {role == "manager":manager|doctor} in the corner who listened", and asks, politely, why her mother's next appointment has been booked for ten minutes again.
    {w3_clinic_longer:
        Your change reached the booking team on Monday. The appointment was booked the Friday before.
    }
- else:
    Her mother waited two hours, was seen in ten minutes and came home with her questions unanswered. Who decided that ten minutes was enough?
}
* [Ring the daughter yourself # hours -1]
    # care +1
    # trust.clinicians +1
    # skill listening
    With Mrs Amis's consent, it takes twenty-five minutes, most of them listening. You promise a longer slot and a nurse's call the week before, and see that both happen. The nurse who makes the call hears why, and tells the others.
* [Have her rebooked into a double slot]
    # care +1
    Mrs Amis is rebooked into a double slot. Nobody rings the daughter, and her letter waits for its reply.
* [Ask the complaints team to reply]
    # trust.executives +1
    # later 3 care -1 why Nobody changed Mrs Amis's next booking, and she was seen in ten minutes again
    The reply goes out within the trust's twenty-five working days: accurate, sympathetic, and signed by somebody the daughter has never met.
* [Read the letter out at the next consultants' meeting]
    # trust.leaders +1
    # skill communication
    ~ w3_letter_read = true
    You read it out, names removed, without comment. Dr Okonjo asks for a copy. Two other consultants ask whether their patients have written too.
- -> scene_end
