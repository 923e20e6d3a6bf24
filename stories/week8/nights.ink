// Week 8, Monday night on Larch Ward (the small hours of Tuesday), so that Priya, the night registrar, has her 46 hours' rest before Thursday's day in ED. Barrier: location. Level: practice.
// One medical registrar holds the bleep for four wards across two buildings; handover is by phone.

VAR w8_nights_stayed = false   // the GM stayed at the bedside (comfort and the times; no clinical change)
VAR w8_care_started = false    // treatment began sooner because of the player (the clinician stayed, or freed the registrar)

=== w8_nights ===
# title Nights
# barrier location
# place ward
# day Monday
# week 8
# level practice
{here:
    Ten past three in the morning, Larch Ward. {walkrounds: The walk-rounds are Thursdays, in daylight. You have come on a Monday night to see the rest.|{fri_own_night:Your night on Larch in October was a quiet one. You have come back to see an ordinary one.|{fri_marcus_night:Marcus Webb has seen this ward at this hour more recently than you have, so you came.|Nobody from the day side has seen this ward at this hour since the summer, so you came.}}}
    The bays are lit amber. The only bright thing is the obs machine in bay two, beeping at a patient who is not asleep.
- else:
    You hear about Monday night on Tuesday morning, from Bernie Quinn, the head of nursing, with the overnight Datix list in her hand.
    Bed 11 has been summarised to one line: "Delayed medical review. Escalated appropriately." # term escalate
    Mr Halloran, eighty-four, chest infection: NEWS2 three at midnight, seven by three. Bleeped at 02:45 and again at 03:05, and outreach called; outreach was at a crash call on Elm; the registrar, busy in Beech across the site, reached him at 03:40.
}
{role == "clinician":
    {here:
        You know the sound of a NEWS2 going the wrong way before anyone tells you the number. # aside
    - else:
        A seven waited fifty-five minutes. You have been the registrar at the other end of that bleep. # aside
    }
- else:
    {here:
        {knows_news2: You know what a seven means now. You also know|The numbers on the machine mean nothing to you. You know} what it means when Ade Bello stops folding pillowcases and walks, quickly, towards it.
        {as_partner:
            By morning this will be one line on your incident dashboard, its harm graded later. Nothing on it will say how long a seven waited. # aside
        }
    - else:
        On your dashboard this will be one incident, graded low harm for now. The dashboard has no column for fifty-five minutes. # aside
    }
}
{here:
    Bed 11: Mr Halloran, eighty-four, a chest infection that was improving yesterday. Since midnight his NEWS2 has gone from three to seven.
    Staff nurse bleeped the reg twice since quarter to, and rang outreach. Outreach is at a crash call on Elm. The reg's in Beech, in the new block. Four wards, two buildings, one reg. # speaker bello worried
}
{open_bello:
    {pressing:
    - "practice":
        It's how we hand over. Days ring nights, nights ring the reg, and half the time she's told "he's fine" and then he isn't. # speaker bello worried # clue practice
    - "department":
        It's medicine. Surgery's got a second reg at night. Grace has asked the division for one for two years. Always next year. # speaker bello worried # clue department
    - else:
        It's the trust. The whole hospital's run as if nights look after themselves. Riverside sets our numbers off a spreadsheet. # speaker bello worried # clue organisation
    }
- else:
    {here:
        Ade glances at you, then back at the machine.
        It's fine. She's coming. # speaker bello neutral
    }
}
* {here && role == "clinician"} [Stay on Larch with Ade and Mr Halloran]
    # trust.bello +3
    # skill listening
    # care +1
    ~ w8_care_started = true
    You listen to his chest and you do not like it. You start what can be started. The registrar arrives at three forty to find half her job done.
* {here && role == "manager"} [Stay on Larch with Ade and Mr Halloran]
    # trust.bello +3
    # skill listening
    ~ w8_nights_stayed = true
    You fetch water, find his glasses and write the times on a paper towel because somebody should. He is frightened; you tell him help is coming, and it does, at three forty.
* {here && role == "clinician"} [Walk to Beech and find the registrar # hours -1]
    # trust.nair +2
    # skill communication
    # care +1
    ~ w8_care_started = true
    Eleven minutes, two locked doors and a lift that smells of toast. Priya Nair is with a patient in fast AF.
    You take the AF off her hands so she can go to Larch. She hands over in thirty seconds flat.
    Thanks. I owe you. Again. # speaker nair worried
* {here && role == "manager"} [Walk to Beech and find the registrar # hours -1]
    # trust.nair +2
    # skill communication
    Eleven minutes, two locked doors and a lift that smells of toast. Priya Nair is with a patient in fast AF.
    You can't help with that. You can tell her, in person, that bed 11 is a seven and climbing.
    A seven? Nobody said seven. They said "a bit more breathless". # speaker nair worried
* {here} [Ring the site manager to get a doctor there sooner]
    # trust.bello -1
    {role == "manager":
        You ask for the night escalation protocol to be enacted and the SitRep updated. She asks which protocol. There are three.
    - else:
        You give her the NEWS2, the sats and the resp rate. She has four of these tonight and no doctor to send. You both know it.
    }
* {not here} [Read the overnight Datix reports yourself, properly]
    # skill listening
    # trust.clinicians +1
    There are six. Four are about the same thing: delayed medical review at night. None has had a reply. You reply to all six, by name.
* {not here} [Accept the summary: it was escalated appropriately]
    # trust.clinicians -2
    # later 2 trust.clinicians -1 why The night nurses saw their late reviews logged as escalated appropriately, and fewer of them bothered with the next Datix
    You initial it. The nurse who wrote it watches you do it and goes home to sleep.
- By morning Mr Halloran is in the high-dependency unit{w8_care_started:, sitting up and complaining about the tea|{w8_nights_stayed:. He remembers the paper towel with the times on it|, on a mask, and his daughter is on her way}}.
{here:
    At half past seven the registrar hands over by phone, from Beech, to the day consultant, who is still on the motorway.
- else:
    At the board round the day consultant says the registrar "should have been called sooner". The night nurse, who did call, went home at eight and is not there to say so.
}
{open_okafor:
    Grace Okafor has come in early, arms folded.
    Days ring nights, nights ring the reg, and the reg holds four wards on a bleep. We built it like this. We could unbuild it. # speaker okafor neutral
- else:
    Grace Okafor reads the night's notes at eight without comment.
}
Grace adds one request to bed 11's incident report: a second registrar on medicine's nights. # request clinicians
Dr Marsh's email at 07:52 thanks the night team and reminds all staff of the deteriorating-patient policy: escalate at five, not seven. She already has one night-time deterioration under investigation this quarter. # clue practice
{role == "clinician":
    You know what she means. You also know what the night staff will hear. # aside
- else:
    It reads well. You have sent emails like it yourself. # aside
}
* [Email the night staff, copying Dr Marsh: the times they called]
    # trust.clinicians +2
    # trust.leaders -1
    # skill communication
    You email the night staff, copying Dr Marsh, politely: you know they called for help as the score climbed, and waited nearly an hour for it. No names and no bed numbers, only the times.
    Dr Marsh does not reply. Three ward sisters forward your email to their teams.
* [Talk to Dr Marsh in person later]
    # trust.marsh +1
    # skill understanding
    You catch her between meetings. She listens for ninety seconds, says "fair point", and is gone. The email stays in seven hundred inboxes.
* [Let it stand: it is not wrong]
    # trust.clinicians -2
    # trust.leaders +1
    # later 3 trust.bello -2 why Ade read the email as blaming nights, and nobody put the real call times right
    It is not wrong. It is just not what happened. Dr Marsh, who wrote it, is glad of one division that did not reply to all.
- {open_okafor:
    Grace catches you on your way out.
    So what are you going to do about it? # speaker okafor neutral
- else:
    Grace doesn't ask what you are going to do about it. She has stopped asking.
}
* [{enc_ward_handover:Put the registrar in Larch's night handover of its three sickest|Start a ten-minute bedside handover on Larch, days with nights}]
    # intervene practice
    # trust.okafor +2
    # skill understanding
    {enc_ward_handover:The bedside handover you agreed with Grace held by day. Two weeks' trial at night: the nurse in charge gives the registrar Larch's three sickest by name when she comes on, and she sees any scoring five before ten. {w5_escalate_board:Grace's two colours on the whiteboard give way to one meaning of "escalate", agreed with the registrars.|One meaning of "escalate" goes on the whiteboard.}|Two weeks' trial: ten minutes at the bed, both nurses and whoever holds the bleep, and {w5_escalate_board:one meaning of "escalate" on the whiteboard, in place of Grace's two colours|one meaning of "escalate" on the whiteboard}.}
    Grace says she'll try anything that isn't a poster.
* {role == "clinician"} [Put a second registrar on nights in the next rota # authority rota]
    # intervene department asked clinicians
    # budget -1
    # trust.leaders -1
    # skill communication
    {w7_outlier_rota and w6_outlier_team:The outlier registrar in that rota stays with the outliers; this one is for Larch and the other three wards.} The Code of Practice wants six weeks' notice and a work-schedule review with the registrars, so it starts in the new year. The second registrar comes off the day take twice a week, the night enhancement lands on Marcus Webb's forecast, and your consultants will feel the gap on the take. You copy in the guardian of safe working hours.
* {role == "clinician"} [Ask two consultants to act down on nights until then # authority cover]
    # budget -1
    # trust.leaders -1
    # later 1 care +2 why A second bleep three nights a week got deteriorating patients seen sooner
    Two colleagues hold a second bleep three nights a week, as extra sessions the general manager funds. Their next-day clinics are cancelled, and some of their goodwill goes too.
* {role == "clinician"} [{enc_ward_standard:Tighten your NEWS2 standard: a five sees the registrar within thirty minutes, or the consultant on call is rung|Set a standard: a NEWS2 of five gets a registrar within thirty minutes} # authority standards]
    # intervene department
    # trust.nair +1
    # later 2 care +1 why Patients scoring five saw the registrar within thirty minutes, or the consultant on call was rung
    You write it into medicine's deteriorating-patient pathway{enc_ward_standard:, on top of your thirty-minute standard for a doctor at the bed}: if the registrar cannot come in thirty minutes, the consultant on call is rung. Priya asks which of four wards she should be on first.
* {role == "manager"} [Convert the vacant day registrar post into a night post # authority post]
    # intervene department asked clinicians
    # budget -1
    # skill communication
    It is a locally employed doctor post at registrar level, empty since August, so the money exists. The clinical director agrees the night pattern with medical staffing; the night enhancement has no budget yet. Until it is filled, the take's long-term locum registrar works its nights from next week, paid from the post; the day take is a doctor short, and Marcus Webb asks which cost centre.
* {role == "manager"} [Book a locum registrar for nights, over the cap # authority agency]
    # budget -3
    # trust.executives -1
    # later 1 care +2 why With a locum registrar on nights, the bleep for four wards had a second pair of hands
    The medical bank has nobody. The only framework agency with a registrar free charges more than the cap, so the booking goes through the trust's sign-off and onto the weekly return. The chief executive signs it, with Janet's note: four weeks, then a plan.
* [Take the night Datix numbers to Janet Cole and Dr Marsh, and ask for a trust-wide review]
    # intervene organisation
    # trust.executives +1
    # skill communication
    Janet replies within the hour: from tonight, if a NEWS2 of five or more waits thirty minutes for a doctor, the nurse in charge rings the site manager, and a trust-wide review of night staffing begins this week.
- -> scene_end
