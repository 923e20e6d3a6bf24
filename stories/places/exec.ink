// Map encounter: a visit to the executive suite in Riverside House (formal: quick and filtered).

=== enc_exec ===
# title Executive suite
# barrier status
# place exec
# day Monday
{
- week <= 3:
    The executive suite on the third floor of Riverside House: carpet, quiet, a view of the main block across the car park, and a PA who knows exactly how many minutes you have. Eleven.
- week <= 5:
    The executive suite in the week of a regulator's letter. Doors closed, voices low, a tray of untouched sandwiches outside the boardroom.
- else:
    The executive suite in winter. The screen in the corridor shows the hospital's OPEL level in a large friendly font. It says 4.
}
{role == "clinician":
    It took you most of an hour to get here and back from the wards, and you are still in the shoes you did a ward round in. Janet's PA offers you a coffee as though you might need reviving.
- else:
    This is your home ground. Janet Cole's door is open. It is always open to you, and that is worth noticing.
}
Janet Cole gives you her full attention for exactly the time booked.
The problem is system pressure. Occupancy, the ICB, the regulator, winter. Everything else follows from that. # speaker cole worried # clue organisation
{week >= 3:
    Dr Marsh looks in on her way to somewhere else.
    It's individual practice, mostly. A few consultants who won't change. If they did, the rest would follow. # speaker marsh neutral # clue practice
}
{arc_board == 2:
    The clinician you encouraged onto the board is in the corridor, and she tells you, not unkindly, that the board now asks who has been asked before it decides anything.
}
+ [Ask Janet what the board is most worried about this month]
    # trust.cole +1
    # trust.executives +1
    # skill listening
    She tells you: the four-hour numbers, the savings gap and a letter from the regulator asking how leaders listen to staff. She looks at you as though you might be the answer to the third.
+ [Tell Janet what the front line told you, in their words]
    # trust.executives -1
    # trust.clinicians +1
    # skill communication
    You repeat what you heard on the wards, without softening it. Janet listens. She says it is "helpful to hear", and writes one word on her pad.
+ {role == "clinician"} [Tell Janet, in clinical detail, why the wards are unsafe]
    # jargon
    # trust.executives -2
    You describe NEWS2 escalation, outliers and the night bleep. Janet follows about half of it and asks you for "a one-page summary with the ask".
+ {role == "manager"} [Brief Janet on the division's KPIs and the forecast outturn]
    # trust.executives +2
    # trust.clinicians -1
    It is a good briefing. It is exactly the conversation Janet wanted, and it contains nobody whose name is not on the org chart.
- {role == "clinician" && arc_induction == 0:
    As you leave, Janet's PA asks whether anyone ever gave you an induction for the clinical director role. You laugh. She doesn't.
}
+ {arc_induction == 0 && role == "clinician"} [Ask for protected time and a proper induction for the clinical director role]
    # arc induction
    # trust.leaders +1
    # skill communication
    You ask for it in writing: two protected sessions a week and an induction into how the trust actually runs. Janet agrees, slowly. It will take weeks to reach the rota.
+ {arc_induction == 0 && role == "manager"} [Offer the clinical director protected time and an induction you will run yourself]
    # arc induction
    # trust.leaders +2
    # skill understanding
    You offer to run the clinical director's induction yourself: the budget, the meetings, who decides what. And you will protect their time against your own meeting requests.
+ {arc_board == 0} [Encourage a clinician to stand for the board]
    # arc board
    # trust.clinicians +1
    # skill communication
    You suggest a name to Janet, and then, more importantly, to the consultant herself. She says she has never been asked. You say that is the point.
+ [Ask the executive to change how decisions reach the wards]
    # intervene organisation
    Janet agrees to a trial: any decision that changes ward work is shared with the ward sisters a week before it starts.
+ [Ask Dr Marsh to speak to the consultants who won't change]
    # intervene practice
    # trust.marsh +1
    Dr Marsh says she will "have conversations". She seems pleased to be asked.
+ [Leave: you have what you came for]
    # hours +1
    You leave early, which Janet's PA notes with something like approval.
- -> scene_end
