// Map encounter: a visit to the emergency department (front line). Sticky choices; varies by week and state.

=== enc_ed ===
# title Emergency department
# barrier status
# place ed
# day Wednesday
{
- week <= 3:
    The emergency department at two in the afternoon: majors full, minors full, three ambulances at the doors and a whiteboard of waits in four colours of marker.
- week <= 5:
    The emergency department, mid-morning. The corridor has trolleys in it now, every day, and somebody has taped a sign above them saying CORRIDOR CARE BAY, as if naming it made it a place.
- else:
    The emergency department in deep winter. The corridor trolleys have numbers. A paramedic crew has been waiting ninety minutes to hand over and one of them is asleep standing up.
}
{role == "manager" && not walkrounds:
    A nurse by the resus doors asks whether you're from the site team. When you say you're the general manager for medicine she says "oh" and you can hear the whole sentence behind it.
}
{role == "clinician":
    Priya Nair spots you and raises a hand without stopping: a consultant from upstairs, in ED, in daylight, is worth a wave.
}
{walkrounds:
    The walk-round has made you a familiar face down here. The nurse in charge tells you the numbers before you ask.
}
{open_nair:
    Priya has five minutes, which in ED is a long conversation. She takes you to the relatives' room because it is the only place with a door.
    {pressing:
    - "organisation":
        It's not ED. It's the hospital. We're the front door of a house with no rooms left. Riverside decides where beds go and we find out at the huddle. # speaker nair worried # clue organisation
    - "department":
        It's this department. Half the consultants leave at six and the rest of us hold it till two. The rota was built for them, not for the work. # speaker nair worried # clue department
    - else:
        It's how we work with the wards. Some medics come down when you bleep; some argue down the phone for twenty minutes. It's person by person, shift by shift. # speaker nair worried # clue practice
    }
- else:
    Priya is in resus. When she comes out she says it's been a busy one, and goes straight back in. # speaker nair neutral
}
{arc_paired == 2:
    Priya mentions her paired-learning partner from operations without being asked: they now ring each other before the site meeting, not after.
}
+ [Stand in the corridor for an hour and watch how it works]
    # trust.nair +2
    # trust.clinicians +1
    # skill listening
    You stand where the trolleys are and watch: who gets seen, who waits, who answers the phone, what the bleep sounds like on the ninth time.
    {role == "manager":
        The breach clock on the wall counts every patient past four hours. From here it looks less like a target and more like a list of names.
    - else:
        You know this place from the other side, as the medic who comes down to take a patient away. You had not seen it from the trolley end for years.
    }
+ [Ask the nurse in charge what she would change tomorrow if she could]
    # trust.clinicians +2
    # skill understanding
    A porter on every shift who isn't shared with the wards, she says, immediately. And a medical reg who comes down, not phones.
+ {role == "manager"} [Talk the team through the four-hour position and the breach numbers]
    # jargon
    # trust.nair -2
    # trust.executives +1
    You explain where the department stands against the four-hour standard and the interim target. They know. They are the ones standing in it.
+ {role == "clinician"} [Take over a patient yourself to free up a registrar]
    # care +1
    # wellbeing -1
    # trust.nair +2
    You see a frail woman with a chest infection, from the beginning, the way you did as a registrar. It takes an hour. The registrar gets to eat.
- Kev Doyle passes with an empty trolley, heading back to the wards.
{open_doyle:
    Kev says, without slowing: They're going to open escalation beds on day surgery again next week. Heard it in the lift. # speaker doyle neutral
- else:
    Kev nods at you and keeps going.
}
+ {arc_paired == 0} [Set up a paired-learning partnership between an ED registrar and an operations manager]
    # arc paired
    # trust.nair +1
    # skill communication
    You ask Priya whether she would pair up with a Band 8a in operations for six months: monthly meetings, shadowing both ways, one joint project presented to the executive team. She says yes before you finish the sentence.
+ [Agree a shared trigger with the medical team for coming down, not phoning]
    # intervene practice
    # trust.nair +1
    You and Priya write it on a single sheet: when ED bleeps medicine for a patient above a set score, the medic comes to the bedside. No phone arguments.
+ [Ask the division to rebuild the ED registrar rota around the work]
    # intervene department
    # trust.leaders -1
    You ask for the ED rota to be rebuilt with the registrars in the room, around when patients arrive rather than when consultants prefer. It will be a difficult month.
+ [Ask the trust to change how beds are allocated to ED]
    # intervene organisation
    # trust.executives -1
    You ask the executive team to change bed allocation: ED's waiting patients first, not after the electives. Janet says she'll look at it.
- -> scene_end
