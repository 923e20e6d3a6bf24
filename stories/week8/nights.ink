// Week 8, Tuesday night on Larch Ward. Barrier: location. Level: practice.
// One medical registrar holds the bleep for four wards across two buildings; handover is by phone.

VAR w8_nights_stayed = false

=== w8_nights ===
# title Nights
# barrier location
# place ward
# day Tuesday
# week 8
# level practice
{here:
    Ten past three in the morning, Larch Ward. You came on the night walk-round because you said you would, and because nobody from the day side has seen this ward at this hour since the summer.
    The lights in the bays are down to amber. The only bright thing is the obs machine in bay two, beeping at a patient who is not asleep.
- else:
    You hear about Tuesday night at Wednesday's eight o'clock huddle, from a nurse who has not been to bed yet and a printout of the overnight Datix list.
    By the time it reaches you it has been summarised three times, and the summary is one line: "Delayed medical review, Larch, bed 11. Escalated appropriately." # term escalate
}
{role == "clinician":
    {here:
        You know the sound of a NEWS2 going the wrong way before anyone tells you the number.
    }
- else:
    {here:
        You do not know what the numbers on the machine mean. You know what it means when Ade Bello stops folding pillowcases and walks, quickly, towards it.
    }
}
{here:
    Bed 11. Mr Halloran, eighty-four, in with a chest infection, improving yesterday. Tonight his breathing rate is up and his sats are down, and the NEWS2 has gone from three to seven since midnight.
    Ade has done the obs twice. The staff nurse has bleeped the medical registrar. That was twenty-five minutes ago. # speaker bello worried
    She's in Beech, in the new block, with a sick one of her own. Four wards, two buildings, one reg. She said fifteen minutes. # speaker bello worried
}
{open_bello:
    {pressing:
    - "practice":
        It's not the rota, it's how we hand over. Days ring nights, nights ring the reg, everybody says "escalate" and nobody means the same thing by it. Half the time she's told "he's fine" and then he isn't. # speaker bello worried # clue practice
    - "department":
        It's medicine. Surgery's got a second reg at night; we've asked for two years. Every time, the answer comes back from the division: not this year. # speaker bello worried # clue department
    - else:
        It's the trust. Whole hospital's run on the assumption nights look after themselves. Riverside sets the staffing numbers off a spreadsheet from 2019. # speaker bello worried # clue organisation
    }
- else:
    {here:
        Ade glances at you, then at the staff nurse, then back at the machine. It's fine. She's coming. # speaker bello neutral
    }
}
* {here} [Walk to Beech and find the registrar yourself # hours -1]
    # trust.bello +2
    # care +2
    # skill communication
    ~ w8_nights_stayed = true
    It takes you eleven minutes, two locked doors and a lift that smells of toast.
    {role == "clinician":
        Priya Nair is in Beech with a patient in fast AF. You take one look at her face and say you'll see Mr Halloran yourself; you are a physician, it is your specialty, and for once the dual role is an advantage.
        Thanks. I owe you. Again. # speaker nair worried
    - else:
        The registrar is in Beech with a patient in fast AF. You cannot help with that. You can tell her, in person, that bed 11 on Larch is a seven and climbing, and hold her coffee while she decides.
        A seven? Nobody said seven. They said "a bit more breathless". # speaker nair worried
    }
* {here} [Stay on Larch with Ade and the patient]
    # trust.bello +3
    # skill listening
    # later 2 care -1
    ~ w8_nights_stayed = true
    You stay. There is not much you can do except the thing nobody has had time to do all night: sit with Mr Halloran, who is frightened, and tell him help is on its way.
    {role == "clinician":
        You listen to his chest and you do not like it. You start the things you can start. The registrar arrives at three forty and finds half her job done.
    - else:
        You fetch water, you find his glasses, and you write down the times on a paper towel because somebody should. The registrar arrives at three forty.
    }
* {here} [Ring the site manager and ask for the escalation policy to be followed # hours -1]
    # jargon
    # trust.bello -1
    # skill communication
    # later 2 care -2
    {role == "manager":
        You ring the site manager and ask, in the language of the policy, for the night escalation protocol to be enacted and the SitRep updated. She asks which protocol. There are three.
    - else:
        You ring the site manager and quote the deteriorating-patient policy at her, section and paragraph. She says she has four of these tonight and only one registrar. You both know she is right.
    }
* {not here} [Read the overnight Datix reports yourself, properly]
    # skill listening
    # trust.clinicians +1
    There are six. Four are about the same thing: delayed medical review at night. None of them has had a reply.
* {not here} [Accept the summary: it was escalated appropriately]
    # trust.clinicians -2
    # later 2 care -3
    You initial the summary. The nurse who wrote it watches you do it and goes home to sleep.
- By morning Mr Halloran is in the high-dependency unit, {w8_nights_stayed: sitting up, grumbling about the tea|sedated, and the family are on their way}.
{here:
    At half past seven the day team arrive. The handover is by phone from the registrar, who is still in Beech, to the day consultant, who is still on the motorway.
- else:
    At the huddle, the day consultant says the night registrar "should have been called sooner", and the night nurse, who did call sooner, says nothing at all.
}
{open_okafor:
    Grace Okafor has come in early. She listens to the phone handover with her arms folded.
    Nights hands over to days by phone, days hand over to nights by phone, and the reg holds four wards on a bleep. We built it like this. We could unbuild it. # speaker okafor neutral
- else:
    Grace Okafor arrives at eight and reads the night's notes without comment.
}
Dr Marsh's email, sent at 07:52, thanks the night team for their "resilience" and reminds all staff that "individual clinicians must escalate early". # term escalate # clue practice
{role == "clinician":
    You know what she means. You also know what the night staff will hear.
- else:
    It reads well. You would have written it yourself a quarter ago.
}
* [Reply to all: name the night staff who called early]
    # trust.clinicians +2
    # trust.leaders -1
    # skill communication
    You reply to all, politely: the night team did escalate early, twice, and here are the times. You name Ade and the staff nurse. # term escalate
    Dr Marsh does not reply. Three ward sisters you have never met forward your email to their own teams.
* [Say nothing and talk to Dr Marsh in person later]
    # trust.marsh +1
    # skill understanding
    You catch her between meetings. She listens for ninety seconds, says "fair point", and is gone. The email stays where it is, in seven hundred inboxes.
* [Let it stand: it is not wrong]
    # trust.clinicians -2
    # trust.executives +1
    # later 3 trust.bello -2
    It is not wrong. It is just not what happened.
- Grace catches you on your way out.
{open_okafor:
    So what are you going to do about it? # speaker okafor neutral
- else:
    She doesn't ask what you're going to do about it. She has stopped asking.
}
* [Bring days and nights together for a ten-minute handover at the bedside, on Larch first]
    # intervene practice
    # trust.okafor +2
    # skill understanding
    You ask Grace and the night staff to try it for two weeks: ten minutes, at the bed, the two nurses and whoever is holding the bleep, with one agreed meaning of "escalate" written on the whiteboard. # term escalate
    Grace says she'll try anything that isn't a poster.
* [Take the case for a second medical registrar at night to the division]
    # intervene department
    # budget -2
    # skill communication
    You write it up that afternoon: four wards, two buildings, one registrar. Surgery has two. The division's answer will take a month; the case is, at least, finally on paper.
* [Ask the trust to review night staffing across the whole hospital]
    # intervene organisation
    # trust.executives +1
    # skill communication
    You send it to Janet Cole and Dr Marsh with the Datix numbers attached. Janet replies within the hour: a trust-wide night staffing review will be commissioned, reporting in the spring.
* {role == "manager"} [Ask the night staff what a good handover would look like # hours -1]
    # trust.clinicians +3
    # trust.bello +2
    # skill listening
    You go back to Larch on Wednesday night, on purpose, and ask. They are surprised to be asked. They have three ideas, and two of them cost nothing.
- -> scene_end
