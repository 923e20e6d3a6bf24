// Map encounter: a visit to Larch Ward (front line: slower and truer). Replayed week after week,
// so every choice is sticky (+) and the text varies with the week and what the player has built.

=== enc_ward ===
# title Larch Ward
# barrier status
# place ward
# day Tuesday
{
- week <= 3:
    Larch Ward at half past ten: the board round is over, the drugs round is not, and the whiteboard still has four colours of marker on it and nobody who remembers what blue means.
- week <= 5:
    Larch Ward in the early afternoon. The winter has started to show: two extra beds in the day room, a man on a trolley by the nurses' station waiting for a bay, and a box of mince pies nobody has had time to open.
- else:
    Larch Ward, late in the quarter. Every bed is full, the day room is a bay again, and the whiteboard has a new column headed "waiting for" in Grace's handwriting.
}
{walkrounds:
    You are here on the walk-round, so nobody looks surprised to see you. The healthcare assistant at the linen trolley says hello by name.
- else:
    {role == "manager":
        A staff nurse looks up, sees the lanyard, and glances at Grace as if to ask what's wrong now.
    - else:
        A staff nurse looks up and straightens, the way people do when a consultant appears on a ward that isn't theirs this week.
    }
}
{colocated && role == "manager":
    It took you four minutes to get here from your new office. You have started to come just to see.
}
{open_okafor:
    Grace Okafor is at the nurses' station with the off-duty rota and a pen she is using mostly to point.
    {pressing:
    - "organisation":
        Everything that lands on us comes from Riverside. Home by 11, the escalation beds, the new discharge form. Nobody from over there asks until it's already decided. # speaker okafor worried # clue organisation
    - "department":
        It's medicine. Surgery's wards get a say in their rota and their beds; medicine's decided at the divisional meeting by people who don't work nights. # speaker okafor worried # clue department
    - else:
        It's the way some of the consultants work. One does a board round at eight and listens. One turns up at eleven and tells us. Same ward, same patients, two different hospitals. # speaker okafor worried # clue practice
    }
- else:
    Grace Okafor nods at you from the nurses' station. She is polite, and busy, and tells you everything is under control. # speaker okafor neutral
}
{arc_mapping == 2:
    You know now who the ward actually listens to: not always the person with the title. Ade, on nights, is one of them.
}
+ [Help with the jobs for an hour and just listen]
    # trust.okafor +2
    # trust.bello +1
    # skill listening
    You do the things that nobody writes down: the water jugs, a relative who needs directions to the pharmacy, a phone that rings and rings.
    {role == "clinician":
        A junior doctor asks you to look at a chest X-ray, then looks mortified that she asked the clinical director. You look at it with her.
    - else:
        A relative asks you whether you're a doctor. You say no, you're the manager. She looks at you with frank curiosity and asks what that involves. You tell her; she is not convinced.
    }
    By the end of the hour people have stopped lowering their voices when you pass.
+ [Ask Grace what one thing would make this week easier]
    # trust.okafor +1
    # skill understanding
    {open_okafor:
        Pharmacy getting the TTOs up before two. That's it. That's the one thing. # speaker okafor neutral
    - else:
        She thinks about it. A week off, she says. It is a joke. Mostly.
    }
+ [Remind the ward about the discharge targets while you're here]
    # jargon
    # trust.okafor -2
    # budget +1
    {role == "manager":
        You mention occupancy, the NCTR list and the four-hour standard. Everyone nods. Nobody writes anything down.
    - else:
        You mention the discharge numbers Janet wants. A staff nurse says, quietly, that she thought you were on their side.
    }
- {open_bello && week >= 4:
    On your way out, Ade Bello stops you by the sluice. He has come in early for a night shift, which he does when he wants to catch someone.
    Can I say something? Nights don't get told anything. We find out about changes from the patients. # speaker bello neutral
}
+ {arc_mapping == 0} [Ask who the ward really goes to when something is wrong, and write it down]
    # arc mapping
    # trust.clinicians +1
    # skill listening
    You ask everyone the same question: when something is wrong, who do you go to? The answers are not the names on the organisation chart.
    You start a list. It will take weeks to mean anything.
+ {arc_shadowing == 0 && role == "manager"} [Arrange to shadow a nurse for a full shift]
    # arc shadowing
    # trust.okafor +2
    # skill understanding
    Grace raises an eyebrow and books you in for a long day next week, seven till half past seven. Bring comfortable shoes, she says. # speaker okafor pleased
+ {arc_shadowing == 0 && role == "clinician"} [Arrange to shadow the ward's finance and bed managers for a day]
    # arc shadowing
    # trust.executives +1
    # skill understanding
    You arrange to spend a day with the bed managers and Marcus's team, seeing the hospital from the spreadsheet end. Grace says to bring back something useful.
+ [Change how Larch hands over between days and nights, starting tonight]
    # intervene practice
    # trust.bello +1
    You and Grace agree a five-minute bedside handover for the sickest three patients, every shift. It costs nothing. It needs everyone to do it.
+ [Take what you heard to the divisional meeting]
    # intervene department
    # skill communication
    You put Larch's problem on the divisional agenda, in Grace's words, with her permission.
+ [Say thank you, and go]
    # hours +1
    You say thank you and go. There is always another meeting.
- -> scene_end
