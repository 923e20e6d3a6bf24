// Monday: the board round on Larch Ward. Barrier: status. Level: department.
// Sets mon_front_line and mon_promise for Friday.

=== week1_status ===
# title The board round
# barrier status
# place ward
# day Monday
Monday, half past eight. Larch Ward's board round happens standing up, in front of a whiteboard of twenty-eight beds written in four colours of marker.
Twenty-seven beds are full. Eleven patients are waiting in the emergency department for a bed somewhere in medicine, and this morning's email from Janet Cole has a name: Home by 11. First discharges off every ward before eleven, to make room.
Underneath Janet's signature, a line from the medical director: Dr Marsh fully supports this initiative.
{role == "clinician": -> clinician_open}
-> manager_open

= clinician_open
You lead the board round. You are the consultant on the ward this week and the clinical director for medicine, and everyone in the semicircle knows both.
The FY1 reads out patients at speed, eyes on you, waiting to be told. Sister Grace Okafor stands at the end of the row with the bed board. Ade Bello, the healthcare assistant from the night shift, is still here at half eight, hovering by the linen trolley.
Dr Helen Marsh appears at the doors, lanyard swinging, clearly on her way somewhere else.
Just passing. Wanted to show my face for Home by 11. How's Larch looking? # speaker marsh pleased
* [Keep the round moving: the target is the target]
    # budget +1
    # trust.clinicians -2
    # later 2 care -3
    We'll get there. Right, next patient. # speaker you
    The FY1 speeds up. Nobody stops you, because nobody ever stops the consultant.
    Grace's pen hovers over bed 14 and then moves on.
* [Stop at bed 14 and ask Grace what is really holding discharges # hours -1]
    # trust.clinicians +3
    # skill listening
    Hang on. Grace, bed 14 has been medically optimised since Friday. What's actually stopping him going? # speaker you
    Grace glances at Dr Marsh before she answers. It is a very small glance.
    TTOs. Pharmacy won't have them up before two. They never do on a Monday. # speaker okafor neutral
* [Ask Dr Marsh how the executive team sees it]
    # trust.leaders +2
    # trust.clinicians -2
    Helen, how's it landing upstairs? # speaker you
    Very positively. The other divisions are keen. I've said medicine will lead by example. # speaker marsh pleased
    It takes forty seconds. Behind you, Grace closes the bed board.
- -> round

= manager_open
You are here to see how Home by 11 is landing. You are not quite sure where to stand. The board round happens in a semicircle of scrubs and tunics, and you are the only person in a jacket.
The registrar looks at your lanyard, then at the consultant, as if to ask who let you in.
Sister Grace Okafor nods at you once, politely, and talks slightly less from then on. Ade Bello, the healthcare assistant from the night shift, is still here at half eight, hovering by the linen trolley.
Dr Helen Marsh appears at the doors, on her way somewhere else.
Good, you're here. Janet will want to know how Larch is doing. # speaker marsh pleased
* [Present Home by 11 and the bed numbers to the team]
    # trust.executives +2
    # trust.clinicians -3
    # later 2 care -3
    Quick one from me. We've got eleven in ED waiting for medical beds and we're at ninety-four per cent occupancy. Home by 11 is how we get them out of the corridor. # speaker you
    It is all true. The semicircle listens the way people listen to the fire drill announcement.
    When you finish, the consultant says thank you, and the round carries on exactly as before.
* [Stand at the back and just listen for ten minutes # hours -1]
    # trust.clinicians +2
    # skill listening
    You say nothing. You listen. Half of it is a language you don't speak: obs, TTOs, MFFD, a NEWS2 of four in bed 9.
    At bed 14, Grace says "medically optimised since Friday, waiting on TTOs", and the consultant sighs like a man who has heard it every week for a year.
* [Ask Dr Marsh for her summary of the ward's view]
    # trust.leaders +2
    # trust.clinicians -2
    Helen, from your side, how's the ward taking it? # speaker you
    Medicine is fully behind it. The consultants I've spoken to are very positive. # speaker marsh pleased
    It is quick and it is reassuring. Grace, two metres away, does not look reassured.
- -> round

= round
Dr Marsh leaves for her ten o'clock. The semicircle loosens a little.
Ade is still by the linen trolley. He has been on since half seven last night and he has not said a word.
{role == "clinician":
    Grace catches your eye and tilts her head at him, as if to say: ask him, not me.
- else:
    You notice Grace watching you, waiting to see whether you will talk to anyone below the rank of consultant.
}
* [Ask Ade what nights are like since Home by 11 started # hours -1]
    # trust.clinicians +4
    # care +1
    # skill listening
    ~ mon_front_line = true
    Ade, you were on last night. What's it like at night since this started? # speaker you
    Ade looks at Grace. Grace nods.
    We wake them at five to get them washed and dressed for eleven. Two last night. One of them had a NEWS2 of three at four o'clock and we were doing his shirt buttons instead of his obs. # speaker bello worried
    And then the TTOs don't come till two, so he sits in his chair with his coat on for nine hours. # speaker bello neutral
    {role == "clinician":
        You know exactly what a missed set of obs on a frail man at five in the morning can turn into.
    - else:
        You don't know what a NEWS2 of three means, but you understand "instead of his obs" perfectly well.
    }
* [Ask Grace to email you her concerns after the round]
    # trust.clinicians -1
    Grace, anything else, drop me an email after and I'll pick it up. # speaker you
    Of course. # speaker okafor neutral
    The email arrives at ten past four. It is three lines long and very polite. Whatever Ade knows stays on nights.
* {role == "clinician"} [Press on: twenty-eight beds and a clinic at eleven]
    # later 2 care -2
    # wellbeing -1
    You press on. Clinic starts at eleven, across the site, and it is already nine fifteen.
    Ade goes home. Whatever he knows goes home with him.
* {role == "manager"} [Press on: Janet wants the numbers by noon]
    # later 2 care -2
    # trust.executives +1
    You thank everyone and head back to Riverside House. Janet wants the discharge numbers by noon.
    Ade goes home. Whatever he knows goes home with him.
- -> fix

= fix
{mon_front_line:
    So the problem has a shape now: patients woken at five for an eleven o'clock deadline that pharmacy makes impossible.
- else:
    Something on Larch is not working, but nobody has told you what in a way you can act on.
}
Grace waits with the bed board against her chest. Whatever you say next, she will remember.
* {role == "clinician"} [Change the rule on Larch: discharge when TTOs are ready, not by 11]
    # level department
    # care +3
    # trust.clinicians +3
    # trust.executives -3
    # skill understanding
    On Larch, we discharge when the TTOs are ready. Nobody gets woken at five for a deadline the pharmacy can't meet. I'll square it with Janet. # speaker you
    Grace writes it on the board in green, which on Larch means policy.
* {role == "clinician"} [Ring pharmacy yourself and ask for a TTO runner # hours -1]
    # level practice
    # care +2
    # budget -1
    # trust.clinicians +2
    You ring the pharmacy from the nurses' station. The chief technician knows you from your registrar days and finds someone to bring Larch's TTOs up by eleven, just this once.
    It works today. Grace knows, and you know, that it is a favour, not a fix.
* {role == "manager"} [Fund a pharmacy technician on Larch for mornings # budget -3]
    # level department
    # care +3
    # trust.clinicians +3
    # skill communication
    I can find the money for a pharmacy technician on Larch, mornings, for the quarter. Would that get TTOs up before eleven? # speaker you
    Grace blinks, which for Grace is surprise.
    It would get them up before ten. # speaker okafor pleased
* {role == "manager"} [Tell Grace Home by 11 stands: the board is watching]
    # level organisation
    # trust.executives +3
    # trust.clinicians -4
    # care -2
    # later 2 care -3
    I hear you, but Home by 11 stands. The board is watching this one. # speaker you
    Understood. # speaker okafor neutral
    It is the most dangerous word on any ward, and you have just been given it.
* [Promise Grace you will take the TTO problem upstairs]
    # trust.clinicians +2
    # skill communication
    ~ mon_promise = true
    Leave the TTO problem with me. I'll take it upstairs this week. # speaker you
    Grace looks at you for a long second.
    I'll hold you to that. # speaker okafor neutral
- -> report

= report
{role == "clinician":
    By ten o'clock your phone has two messages: one from clinic asking where you are, one from Janet Cole's office asking how Larch did this morning.
- else:
    By ten o'clock you are back at your desk in Riverside House. There is a message from Janet: How did Larch do? Two lines please.
}
* [Tell Janet what the front line told you, in their words # hours -1]
    # skill communication
    # trust.clinicians +2
    # trust.executives -1
    {mon_front_line:
        You write it as Ade said it: patients woken at five, obs traded for shirt buttons, TTOs at two. No adjectives.
        Janet replies within a minute. That's not what I heard from Helen. Let's talk Thursday.
    - else:
        You try, but you only have the round and Grace's polite silence. It reads as a vague worry. Janet replies: Noted.
    }
* [Give Janet the headline: Larch is on board]
    # trust.executives +3
    # later 2 trust.clinicians -3
    Larch is on board. Good engagement at the board round. # speaker you
    It is the answer Janet wanted, and it takes you forty seconds. By Wednesday it will have reached Larch, word for word.
* {role == "clinician"} [Leave it: you are late for clinic already]
    # wellbeing -2
    # trust.executives -2
    You don't reply. Clinic is twenty minutes late and there are fourteen patients in the waiting room.
    To the fourth floor, the clinical director for medicine has gone quiet again.
* {role == "manager"} [Ask Grace to draft the two lines herself]
    # trust.clinicians +1
    # trust.executives -1
    # skill understanding
    You ask Grace to send you two lines in her own words. She does, at lunch, and they are better than yours would have been.
    Janet reads "Home by 11 is waking people at five for pharmacy's convenience" and rings you about tone.
- The board round is over. On the whiteboard, bed 14 still says: TTOs.
-> scene_end
