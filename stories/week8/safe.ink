// Week 8, Thursday in the emergency department. Barrier: jargon. Level: organisation.
// OPEL 4; escalation beds open; the board must say whether staffing is "safe".

VAR w8_safe_declared = false

=== w8_safe ===
# title Safe
# barrier jargon
# place ed
# day Thursday
# week 8
# level organisation
{here:
    Thursday, eleven in the morning, the emergency department. Every cubicle in majors is full, the corridor has nine trolleys in it, and the paramedics queuing at the ambulance doors have started a rota for the kettle.
- else:
    You are in a meeting about something else when the alert comes through: the hospital has declared OPEL 4. By the time you reach the emergency department the worst of the morning has been and gone, and what is left is the paperwork.
}
The site team have opened the escalation beds: six on the day-surgery unit, staffed by whoever can be moved. The four-hour standard is at fifty-one per cent. Two patients have been on trolleys for more than twelve hours.
Janet Cole's email to all staff says the trust is "safe but under significant pressure". # term safe
{here:
    Priya Nair reads it on her phone by the resus doors and laughs, once, without any humour at all.
    Safe. Nine on the corridor, a nurse to every eleven of them, and a consultant doing the SitRep. Whose safe is that? # speaker nair worried # term safe
}
{open_nair:
    {pressing:
    - "organisation":
        It's not ED. It's the whole hospital. Riverside declares the level, opens beds on a spreadsheet and tells us we're safe because the ratio on paper says so. Nobody asked us what safe means down here. # speaker nair worried # clue organisation
    - "department":
        Honestly? It's this department. We've got consultants who go home at six on the dot and registrars who don't go home at all. The rota's built for the consultants. # speaker nair worried # clue department
    - else:
        It's how we work, shift to shift. Some of the nurses escalate at a NEWS2 of three, some at seven. Some registrars answer the bleep, some let it ring. Nobody's wrong, nobody's the same. # speaker nair worried # clue practice
    }
- else:
    {here:
        She puts the phone away when she sees you looking. It's fine. We're managing. # speaker nair neutral
    }
}
{role == "clinician":
    You know exactly what an escalation bed on the day-surgery unit at night means: a nurse who normally looks after day cases looking after a frail medical patient she has never met, with no doctor on the floor.
- else:
    On your staffing dashboard the day-surgery unit is green: the numbers of nurses per bed meet the standard the board reports to the regulator. On paper, the escalation beds are covered.
}
* [Go and see the escalation beds for yourself # hours -1]
    # trust.clinicians +2
    # skill listening
    The day-surgery unit is quiet in the way that makes nurses nervous. The agency nurse in charge has been there forty minutes and is reading the patients' notes for the first time.
    {role == "manager":
        She asks you, not knowing who you are, whether anyone on nights will be able to prescribe. You don't know. You say you'll find out, and you do.
    - else:
        She asks you whether anyone on nights will be able to prescribe. You write your own bleep number on her whiteboard, which is against three policies and the only thing you can do.
    }
* [Ask Priya what "safe" would look like tonight, in numbers]
    # trust.nair +2
    # skill understanding
    # term safe
    She looks surprised to be asked in numbers.
    Two more nurses in majors. A second reg from eight till two. And someone at the site meeting who has stood in this corridor. That's safe. # speaker nair neutral
* {role == "manager"} [Show Priya the dashboard: the ratios are met]
    # jargon
    # trust.nair -2
    # trust.executives +1
    The ratios are met, you say, and show her the green on your screen.
    Priya looks at the screen, then at the corridor, then at you. # speaker nair neutral
    Come back at three a.m. and show me the green. # speaker nair worried
* {role == "clinician"} [Tell the site manager the escalation beds are unsafe, in clinical terms]
    # jargon
    # trust.executives -1
    # trust.clinicians +1
    # later 2 care +1
    You tell the site manager the escalation beds have no medical cover overnight, that a NEWS2 of five there will get no review for hours, and that you will put it in writing.
    She nods. She does not know what a NEWS2 of five means, and does not ask.
- The board meets at four by video call to decide what the trust tells the regulator tonight: is staffing safe? # term safe
Janet Cole wants a single answer.
{open_cole:
    I need to be able to say we are safe, with mitigations. If we say unsafe, the regional team are here by Monday and the escalation beds close. Then where do the nine on the corridor go? # speaker cole worried # clue organisation
}
Dr Marsh says that in her view "it comes down to individual clinicians escalating appropriately". # clue practice # term escalate
{open_achterberg:
    Mr Achterberg, who has lost two theatre lists to escalation beds this week, unmutes for the first time in a month. Ask the people who'll be there tonight. Not us. # speaker achterberg worried
- else:
    Mr Achterberg stays on mute, camera off.
}
{open_nair:
    Priya Nair, invited at your suggestion, speaks for ninety seconds and gives them three numbers. Nobody interrupts her.
- else:
    The emergency department is not represented. It is busy.
}
* [Recommend the board declares staffing unsafe and asks for mutual aid]
    # intervene organisation
    # budget -3
    # trust.executives -2
    # skill communication
    ~ w8_safe_declared = true
    You say it plainly: not safe, tonight, in these beds, and the trust should say so and ask the region for help.
    Janet is silent for a long moment. Then she says she will put it to the chief executive.
* [Propose ED and the wards agree their own trigger for calling for help tonight]
    # intervene practice
    # trust.nair +1
    # skill understanding
    You propose something smaller: a shared definition, written on one page, of when a nurse on an escalation bed calls for help and who answers. ED and medicine agree it by six.
* [Ask medicine to run its own night cover for the escalation beds]
    # intervene department
    # trust.leaders +1
    # hours -1
    You ask the medical division to put a named registrar on the escalation beds tonight, out of its own rota. It means someone's training session is cancelled. It gets done.
* [Support Janet: "safe, with mitigations"]
    # trust.executives +2
    # trust.clinicians -3
    # later 2 care -2
    # term safe
    You back the form of words. It is defensible. It is what the board can say.
    In ED the email arrives at six: "safe, with mitigations". Somebody prints it and pins it up next to the corridor trolleys.
- Night falls on a hospital at OPEL 4.
{w8_safe_declared:
    By nine, two nurses from the hospital across the county are on the day-surgery unit, sent by the region. Nobody at Alderbank can remember the last time it asked for help out loud.
- else:
    By nine, the escalation beds are full. The agency nurse in charge has your bleep number on her whiteboard, or nobody's.
}
* [Stay until the night team is settled # hours -2]
    # wellbeing -2
    # trust.clinicians +2
    # later 2 care +1
    You stay until eleven, walking between ED and the day-surgery unit, carrying nothing more useful than a list of phone numbers. It turns out to be useful.
* [Go home and leave your number with the nurse in charge]
    # trust.clinicians +1
    # skill communication
    {role == "clinician":
        You go home at ten. You leave your phone on the pillow, face up.
    - else:
        You go home at ten. On the drive you realise you have finally learned what a NEWS2 of five means, and you wish you had learned it in week one.
    }
* [Go home: there is a board paper due at nine]
    # wellbeing +1
    # trust.executives +1
    # later 2 trust.nair -1
    The board paper is due at nine. You write it at the kitchen table, with the word "safe" in it four times. # term safe
- -> scene_end
