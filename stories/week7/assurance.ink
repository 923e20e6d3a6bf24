// Week 7, Tuesday in Riverside House. Barrier: status (and jargon). Level: organisation.
// After a handover failure on nights, the board wants "assurance"; the clinicians want learning.
// Ends with week three's system board keeping its word: the discharge-to-assess pathway comes back, a month on
// (how that Thursday's board went is told in quarter/review.ink).

VAR w7_assurance_learning = false
VAR w7_outlier_rota = false   // the CD put a named outlier registrar and FY1 in the next rota

=== w7_assurance ===
# title Assurance
# barrier status
# place exec
# day Tuesday
# week 7
# level organisation
{here:
    Tuesday, the board's quality committee, third floor of Riverside House.
- else:
    You were not at Tuesday's quality committee. The minutes arrive on Thursday, with an action against your name that nobody discussed with you.
}
The item is a patient safety incident on Rowan, on Saturday night. A medical outlier on the surgical ward deteriorated overnight; the evening handover, by phone, missed what mattered. He is out of intensive care. There has been a Datix, and the duty-of-candour conversation with him, his daughter beside him; the letter goes this week. Outliers who deteriorate are a priority in the trust's patient safety incident response plan, so Monday's panel commissioned a PSII.
The board wants assurance. # term assurance
{here:
    Janet Cole opens the item.
    When the regulator asks what the board knew and what it did, I want an answer with evidence behind it, not a promise. # speaker cole worried # clue organisation
    The PSII will look at the system, as it should. I still want every doctor who hands over by phone to think: that could have been mine. # speaker marsh neutral # clue practice
    I've asked medicine to hold it for their M&M until the PSII team have spoken to the night staff. # speaker marsh neutral
- else:
    The minutes record the medical director's advice: the case will go to medicine's M&M once the PSII team has spoken to the night staff.
}
{role == "clinician":
    He came in on Friday's take under your name. On Saturday evening, your weekend off, the site meeting moved him to Rowan. He was yours on paper.{w6_outliers_walked: You had been on Rowan last Thursday, following Mrs Bell; the nurse in charge knows your face.|{walkrounds: You had been through Rowan on last Thursday's first walk-round, in daylight.| Rowan is a ward you have never set foot on.}} # aside
- else:
    The move to Rowan was agreed at Saturday's evening site meeting. You were the manager on call, and the sign-off in the log is yours, one of nine that day. # aside
}
{w6_outlier_team:
    The outlier team had him on its list for Monday's round.
}
{arc_board == 2:
    The system board has asked for this item too. Dr Sunita Rao has sent a question ahead: who will ask the night team what happened, and how?
}
{open_achterberg:
    Mr Achterberg speaks before he is asked.
    My nurses had a medical patient on a surgical ward with no medical doctor in the building after eight. They've Datixed it three times this month. {w6_outliers_walked or walkrounds:You've been over, in daylight. It's the nights.|{w6_outlier_team or w6_outlier_post or w6_outlier_4h or w2_outlier_standard or enc_theatres_standard:Your teams come over in the mornings. Nobody comes at night.|Nobody from your division came.}} # speaker achterberg worried
    {pressing:
    - "organisation":
        It isn't my ward and it isn't medicine. It's a hospital at ninety-six per cent, placing patients from a spreadsheet in this building. # speaker achterberg worried # clue organisation
    - "department":
        Medicine doesn't own its outliers. They're seen last, by whoever's left. That's how your division runs. # speaker achterberg worried # clue department
    - else:
        The handover was a phone call between two people who'd never met. That's what failed: how we hand over, bed by bed. # speaker achterberg worried # clue practice
    }
- else:
    Mr Achterberg has sent apologies. His list overran.
}
* [Ask what the night staff on Rowan have said # hours -1]
    # trust.clinicians +2
    # skill listening
    {not here:You email the committee secretary to ask.} Nobody on the committee knows. The PSII team will speak to them, in confidence, as it should.
    {role == "clinician":
        You {here:say|write} you will go and ask how they are, not what happened. Dr Marsh {here:says|replies} that is "very appropriate".
    - else:
        You {here:say|write} you will go and see them yourself. {w6_outliers_walked or walkrounds:Dr Marsh {here:says|replies} that Rowan's nurse in charge mentioned you had been over.|Dr Marsh {here:asks|replies, asking}, kindly, whether you know where Rowan is.}
    }
* [Promise the committee an action plan by Friday]
    # trust.executives +2
    # trust.clinicians -2
    # later 3 care -2 why The Friday plan changed the paperwork, and outliers were still handed over by phone
    A plan by Friday: a handover policy, mandatory training, an audit. Janet thanks you; it is what she needed.
    The PSII will not report for months. Everyone knows it, and nobody says so. Rowan's night staff hear of a plan about them, written without them.
* {role == "clinician" && w2_rota_started} [Start the evening foundation doctor's shift with the outliers, every night from tonight # authority cover]
    # intervene practice
    # care +1
    # trust.achterberg +1
    # trust.nair -1
    From tonight, and every night after, the foundation doctor who holds medicine's ward bleep until midnight starts with the outliers in the surgical block, the registrar behind her.
    Priya Nair rings the next morning. The wards' calls came straight to her meanwhile, and she would have liked to be asked.
* {role == "manager"} [Fund a bank nurse on Rowan at night, from medicine's budget # authority agency]
    # budget -3
    # care +2
    # trust.achterberg +1
    A bank nurse on Rowan every night medicine has outliers there, until March. It is money you had promised to Thursday's savings plan.
    Rowan's nurse in charge rings to say thank you, and to ask which doctor the new nurse should call at two in the morning.
* {role == "clinician"} [Explain to the board why phone handovers fail, clinically]
    # jargon
    You {here:explain|send the committee a page on} SBAR, the NEWS2 trajectory, the difference between a handover and a list. All of it accurate.
    The minutes record "clinical context noted". The action against your name has not changed.
* {role == "manager"} [Present the bed data: occupancy, outliers, LOS]
    # trust.executives +1
    # later 2 trust.clinicians -1 why Rowan's nurses heard their night had been answered with bed numbers
    Occupancy at ninety-six per cent, three hundred and thirty outlier stays this quarter, on average a day and a half longer than on a medical ward. The board follows every word. None of it says what happened on Rowan that night.
- {here:
    The chair turns to you for a recommendation.
- else:
    The action against your name is a recommendation, by next month's committee.
}
{open_okafor:
    Grace Okafor sends you a text, which she has never done: "Ask them if they want to know what happened or who did it. Different meetings."
}
* [Propose a staff story next month; interim safety steps now, the plan after the PSII]
    # intervene organisation
    # skill communication
    # trust.clinicians +1
    # trust.executives -1
    # later 2 care +1 why While the PSII ran, every outlier was handed over by name to the night registrar
    ~ w7_assurance_learning = true
    The night team tell their story next month, if they choose. Until the PSII reports, one interim step: every outlier handed over by name to the night registrar. The improvement plan waits for the findings.
    Janet asks whether the regulator will count that as assurance. Dr Marsh says the regulator will ask the night staff too. # term assurance
* [Propose a bedside handover for every outlier, every evening]
    # intervene practice
    # skill understanding
    # trust.achterberg +1
    # later 2 care +1 why Each evening the outliers on the surgical wards were handed over at the bedside, nurse and doctor face to face
    Every outlier handed over at the bed, by a nurse and a doctor who can see each other, with one question: what would worry you tonight?
    It costs twenty minutes an evening and no money. The committee approves it because it cannot think of a reason not to.
* {role == "clinician"} [{w6_outlier_team:Put the outlier team on the rota, nights included|Put a named outlier team on the next medical rota} # authority rota]
    # intervene department
    # hours -1
    # trust.achterberg +1
    # trust.leaders -1
    ~ w7_outlier_rota = true
    A named registrar and FY1 for medicine's outliers on every shift{w6_outlier_team:, nights included}, from the rota you issue next, with six weeks' notice and a work-schedule review, as the Code of Practice requires. Until then, two registrars take them on their own day shifts, from Monday.
    The guardian of safe working hours will be watching. Your consultants will fill the gaps on the take, and tell you so.
* {role == "manager" && not w6_outlier_post && larch_posts > 0} [Take a Larch vacancy to the panel as a night outlier nurse # authority post]
    # intervene department
    # budget -1
    # trust.okafor -1
    ~ larch_posts--
    A vacant Band 5 post on Larch, rewritten as a Band 6 who holds medicine's outlier list at night and walks it, ward by ward: banded, its impact on Larch signed off by the chief nurse, then put to the vacancy panel.
    Bernie Quinn agrees, if Larch gets its post back in April, and until the panel decides she seconds a Larch nurse who has asked for nights. Grace Okafor hears before you can tell her.
* {role == "manager" && w6_outlier_post} [Ask the seconded outlier coordinator whether she would work nights # authority post]
    # intervene department
    # budget -1
    # trust.achterberg +1
    # trust.okafor -1
    She agrees to try nights for a month, and Bernie agrees the change with her. The unsocial-hours enhancement goes on medicine's pay bill. Rowan gets a name to ring at two in the morning, and the day list goes back to the ward sisters.
* [Commission the training and audit the regulator will expect]
    # trust.executives +2
    # later 2 trust.clinicians -2 why Ward nurses and residents got another handover e-learning module, done on nights
    Handover training for every ward nurse and resident doctor, and a quarterly audit. It reads well in the minutes. On the wards it will be another e-learning module, done at two in the morning.
- {w7_assurance_learning:
    On Friday the night sister on Rowan messages you. Three of them will come, if you are there.
- else:
    On Friday Rowan gets the committee's actions by email. Nobody replies.
}
{role == "clinician":
    {w6_outliers_walked:
        Rowan is on your way back. The nurse in charge will remember you from last week.
    - else:
        Rowan is on your way back. You have not been on it since it happened.
    }
- else:
    Your bed spreadsheet puts Rowan twenty minutes from the medical wards. Nobody has timed it at night. # aside
}
* [Call in on Rowan on your way back # hours -1]
    # trust.achterberg +1
    # trust.clinicians +1
    # skill listening
    The nurse in charge is surprised to see you. She makes you a tea you have no time for, and you drink it.
* [Go back to your desk: the action log is waiting]
    # trust.executives +1
    Eleven new actions on the log. Janet's office wants the three with your name on closed by morning.
- On Tuesday evening Janet forwards Thursday's system board papers: discharge to assess, approved in principle in October, is back, with a question about how Alderbank's discharges reach the GP.
-> scene_end
