// Week 5, Thursday night on Larch Ward. Barrier: jargon. Level: practice.
// A registrar and a Band 8a operations manager clash over "escalate" and "capacity".

VAR w5_paired_agreed = false

=== w5_paired ===
# title What escalate means
# barrier jargon
# place ward
# day Thursday
# week 5
# level practice
{here:
    Thursday, eight in the evening, Larch Ward. Occupancy across the hospital is ninety-seven per cent. The site meeting at six decided Larch would take two more patients tonight, into the day room.
- else:
    You hear about Thursday evening on Larch twice on Friday morning, in two completely different versions, from two people who were both there.
}
Lorna Finch, the Band 8a operations manager on call, is at the nurses' station with a clipboard. Priya Nair, the medical registrar on call, has just come up from ED.
{arc_paired >= 1:
    They know each other: they are one of the pairs in the paired-learning scheme, and they have met three times. It has not, so far, made tonight any easier.
- else:
    They have never met. They have each other's bleep numbers and opinions.
}
{here:
    Lorna: Larch has capacity for two. Site's agreed it. If you've got concerns, escalate them through the on-call manager. That's me. # term capacity # term escalate
    Priya: Capacity? There's one nurse for fourteen patients on that side and a man in bay three I'm worried about. If I escalate, I mean I'm calling my consultant in, now. # speaker nair worried # term escalate
    Lorna: That's not what escalation means in the policy. # term escalate
}
{role == "clinician":
    To you, "escalate" means what Priya means: a sick patient, a senior doctor, now. You had never considered that it meant anything else.
- else:
    To you, "escalate" means what Lorna means: raise it up the line, to the right person, with the right information. You had never considered that it meant anything else.
}
{open_okafor:
    Grace Okafor, who should have gone home an hour ago, says quietly to you:
    {pressing:
    - "organisation":
        This is what happens when the policies get written in Riverside. Everybody follows a different one. # speaker okafor worried # clue organisation
    - "department":
        This is medicine every night. No agreed way to say no to a bed. Surgery have one. # speaker okafor worried # clue department
    - else:
        This is two people, both right, who've never been taught each other's words. Tomorrow night it'll be two different people. # speaker okafor worried # clue practice
    }
- else:
    Grace Okafor is writing up her notes and does not look up.
}
* [Ask each of them what they mean by "escalate", in plain words]
    # trust.nair +1
    # skill understanding
    # term escalate
    Priya: A sick patient, a senior doctor, at the bedside, now. # speaker nair neutral
    Lorna: A problem goes up to the person who can decide, with the facts, so it's decided properly.
    They look at each other as if seeing a new species. Both definitions are in official documents. Neither document mentions the other.
* [Back Lorna: the site decision stands]
    # trust.executives +1
    # trust.nair -2
    # later 2 care -2
    The two patients come up at ten. Priya writes a Datix at midnight.
* [Back Priya: no more patients on Larch tonight]
    # trust.nair +2
    # trust.executives -2
    # later 2 budget -1
    Lorna rings the site manager, who rings the director on call, who rings you. The patients wait in ED instead, and the four-hour numbers take the hit.
* {role == "manager"} [Remind them both of the OPEL level and the SitRep due at ten]
    # jargon
    # trust.nair -2
    You tell them where the hospital is against OPEL and what the ten o'clock SitRep needs. Lorna nods. Priya says she doesn't have time for acronyms, and leaves for bay three.
* {role == "clinician"} [Tell Lorna bay three has a NEWS2 of six and a lactate of four]
    # jargon
    # trust.leaders +1
    You tell Lorna exactly why bay three is worrying, in clinical terms. It is all true. Lorna writes it down phonetically.
- The man in bay three goes to the high-dependency unit at eleven. He does well.
{role == "clinician":
    Walking to the car park afterwards, you try to remember the last time anyone explained the bed-management policy to you. You conclude that nobody ever has, and that you have spent five months as clinical director assuming that "escalation" was a clinical word that managers had borrowed.
- else:
    Walking to the car park afterwards, you try to remember the last time anyone explained a NEWS2 score to you. Ade did, in week one, by the linen trolley, and you were too embarrassed to ask him to go slower.
}
Ade Bello, arriving for nights, holds the door for you and says the day room beds went in at ten. "Both of them," he adds, in a voice that could mean anything.
By Friday both Priya and Lorna have written emails about Thursday night. Both use the word "escalate" four times. # term escalate
* {arc_paired == 0} [Pair them formally: paired learning for the rest of the year]
    # arc paired
    # trust.nair +1
    # skill communication
    ~ w5_paired_agreed = true
    You propose they pair up properly: monthly meetings, a shift each in the other's world, a joint project presented to the executive team. Lorna agrees at once. Priya agrees after a day, on condition that Lorna comes to ED at two in the morning.
* {arc_paired >= 1} [Give their pair a project: rewrite what "escalate" means on Larch]
    # trust.nair +2
    # skill communication
    ~ w5_paired_agreed = true
    You ask the pair to turn Thursday into their joint project: one page, agreed by both, on what "escalate" means on a ward at night. # term escalate
* {arc_shadowing == 0} [Arrange for you and your team to shadow the other side for a shift]
    # arc shadowing
    # skill understanding
    {role == "clinician":
        You arrange to shadow the on-call manager for a night: the site meeting, the bed board, the calls. You will learn the words.
    - else:
        You arrange to shadow a night registrar for a shift. You will learn the words, and what they cost.
    }
* [Send both of them the escalation policy]
    # trust.nair -1
    # trust.executives +1
    # term escalate
    You send both of them the policy. It is twenty-three pages long and uses "escalate" forty-one times.
- The following week there is a different registrar and a different manager on call.
* [Put both meanings of "escalate" on the Larch whiteboard, side by side]
    # intervene practice
    # trust.okafor +1
    # term escalate
    Grace writes them up in two colours. Nurses start asking, when someone says "escalate", which one they mean.
* [Ask medicine to agree how it says no to a bed at night]
    # intervene department
    # trust.leaders +1
    The division drafts a short agreement for nights: who decides, with what facts, and how a ward says "not safe tonight".
* [Ask the trust to rewrite its escalation policy with clinicians]
    # intervene organisation
    # trust.executives -1
    # term escalate
    You ask for the trust's escalation policy to be rewritten by the people who use it. Janet agrees to a working group, reporting in six months.
- {w5_paired_agreed:
    A month later, Priya and Lorna are seen in the café together, arguing about something else entirely, which Grace says is progress.
}
-> scene_end
