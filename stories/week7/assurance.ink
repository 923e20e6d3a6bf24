// Week 7, Tuesday in Riverside House. Barrier: status (and jargon). Level: organisation.
// After a handover failure on nights, the board wants "assurance"; the clinicians want learning.

VAR w7_assurance_learning = false

=== w7_assurance ===
# title Assurance
# barrier status
# place exec
# day Tuesday
# week 7
# level organisation
{here:
    Tuesday, the quality committee of the board, Riverside House, third floor. The room has a view of the main block and a thermostat nobody has ever found.
- else:
    You were not at Tuesday's quality committee. The minutes reach you on Thursday, four pages long, with one action against your name that nobody discussed with you.
}
The item is a serious incident from three weeks ago. A patient on a surgical ward, a medical outlier, deteriorated overnight; the handover between the day and night teams was by phone and missed the thing that mattered. He survived, after a stay in intensive care. There has been a Datix, a duty-of-candour conversation with his daughter and a PSII, a patient safety incident investigation, which has not reported yet.
The board wants assurance. # term assurance
{here:
    Janet Cole frames it. The regulator will ask what we've done. I need to be able to say this cannot happen again, and show them the evidence. # speaker cole worried # clue organisation
    Dr Marsh nods. It comes down to individual practice. We need the clinicians involved to reflect, and we need to see that they have. # speaker marsh neutral # clue practice
}
{role == "clinician":
    You were the consultant for medicine that week. The outlier was yours, on paper, in a building you did not walk into once.
- else:
    The bed was allocated at the site meeting you chair on Tuesdays. The outlier decision has your initials in the log, from a day you had nine other decisions to make.
}
{arc_board == 2:
    The consultant you encouraged onto the board is at the table, and she asks the question first: what will the night team be asked, and by whom?
}
{open_achterberg:
    Mr Achterberg, the surgical lead, who has been sent the papers, speaks before he is asked.
    My nurses looked after a medical patient on a surgical ward with no medical doctor in the building after eight. They raised it three times this year. There are Datixes. Nobody from the division came. # speaker achterberg worried
    {pressing:
    - "organisation":
        It isn't my ward and it isn't medicine. It's the whole hospital running at ninety-six per cent and deciding where patients go from a spreadsheet in this building. # speaker achterberg worried # clue organisation
    - "department":
        Medicine doesn't own its outliers. It never has. They're seen last, by whoever's left. That's how the division runs. # speaker achterberg worried # clue department
    - else:
        The handover was a phone call between two people who've never met. That's what failed. How we hand over, bed by bed. # speaker achterberg worried # clue practice
    }
- else:
    Mr Achterberg has sent apologies. His list overran.
}
* [Ask what the ward staff who were on that night have said # hours -1]
    # trust.clinicians +2
    # skill listening
    Nobody at the table knows. The PSII team has interviewed them; the board has not seen the interviews and is not meant to.
    {role == "clinician":
        You say you will go and talk to them yourself, not to investigate but to ask how they are. Dr Marsh says that is "very appropriate".
    - else:
        You say you will go and talk to them yourself. Dr Marsh looks at you as though you have offered to perform the surgery.
    }
* [Give the board the assurance it wants: an action plan by Friday]
    # trust.executives +2
    # trust.clinicians -2
    # later 3 care -2
    # term assurance
    You commit to an action plan by Friday: a new handover policy, mandatory training, and an audit. Janet thanks you; it is what she needed to hear.
    Three days is not long enough to find out what happened. Everyone in the room knows it, and nobody says so.
* {role == "clinician"} [Tell the board, in clinical terms, why phone handovers fail]
    # jargon
    # trust.executives -1
    # trust.leaders +1
    You explain SBAR, the NEWS2 trajectory, the difference between a handover and a list. It is accurate and complete.
    A non-executive director writes "SBAR?" on her notepad and underlines it twice.
* {role == "manager"} [Present the bed-management data: occupancy, outliers, LOS]
    # jargon
    # trust.clinicians -1
    # trust.executives +1
    You show them the numbers. Occupancy at ninety-six per cent, forty-one outliers in the quarter, average length of stay up a day. The board understands every word. The surgical nurses, when they read the minutes, will understand none of it.
- The chair asks for recommendations.
{open_okafor:
    Before the committee, Grace Okafor sent you a text, which she has never done before: "Ask them if they want to know what happened or who did it. They are different meetings."
}
* [Propose the board hears from the night staff directly, without blame]
    # intervene organisation
    # trust.clinicians +2
    # skill communication
    ~ w7_assurance_learning = true
    You propose the board changes how it learns: next month, the staff from the night in question come to the quality committee, if they want to, and are heard, and nobody takes notes for a personnel file.
    Janet asks whether that is "assurance". You say it is the only kind that will last. # term assurance
* [Propose a bedside handover for every outlier, every night, starting on the surgical wards]
    # intervene practice
    # trust.achterberg +2
    # skill understanding
    You propose the practical change: every outlier handed over at the bed, by a nurse and a doctor who can see each other, with the question "what would worry you tonight?".
    It costs twenty minutes a night and no money. The committee approves it because it cannot think of a reason not to.
* [Propose that medicine takes ownership of its outliers through its own rota]
    # intervene department
    # trust.leaders +1
    # budget -1
    You propose the division changes how it runs: a named medical registrar for outliers, every shift, with a list and a route across the site.
    The division's other consultants will have to find the hours. That conversation is yours.
* [Ask for the training and the audit the regulator will expect]
    # trust.executives +2
    # later 2 trust.clinicians -2
    # term assurance
    Mandatory training for all nursing staff on handover, and a quarterly audit. It reads well in the minutes. On the wards it will be another e-learning module, done at two in the morning.
- The meeting moves on. Outside, the main block is lit up against the dark; from up here it looks calm.
{w7_assurance_learning:
    On Friday you get a message from the night sister on the ward where it happened. She says three of them will come, if you are there.
- else:
    On Friday the ward gets the action plan by email. Nobody replies.
}
{role == "clinician":
    You walk back across the site. For the first time this quarter, you go into the surgical block on purpose.
- else:
    You walk back across the site, past the surgical block, and for the first time you notice how far it is from the medical wards.
}
* [Visit the surgical ward where it happened, on your way back # hours -1]
    # trust.achterberg +1
    # trust.clinicians +1
    # skill listening
    The nurse in charge is surprised to see you. She makes you a cup of tea you do not have time for, and you drink it anyway.
* [Go back to your desk: the action log is waiting]
    # trust.executives +1
    There are eleven new actions on the log. Three have your name on.
- -> scene_end
