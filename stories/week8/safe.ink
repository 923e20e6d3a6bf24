// Week 8, Thursday in the emergency department. Barrier: jargon. Level: organisation.
// OPEL 4; escalation beds open; at four the trust must tell the ICB whether their staffing is "safe".

VAR w8_safe_declared = false

=== w8_safe ===
# title Safe
# barrier jargon
# place ed
# day Thursday
# week 8
# level organisation
{here:
    Thursday, eleven o'clock, in ED. Majors is full, nine trolleys line the corridor, and two ambulance crews, past forty-five minutes, ask to be released.
- else:
    You are in a meeting when the alert comes: the trust has declared OPEL 4. By the time you reach ED, what is left is paperwork.
}
Six escalation beds are open on the day-surgery unit, staffed by whoever can be moved; the afternoon's day cases are off{w2_escalation_plan:. Surgery's on-call consultant was asked first, as agreed; the beds close tomorrow|}. Four-hour performance today is fifty-one per cent. Two patients have waited over twelve hours on trolleys.
Janet Cole's all-staff email says the trust is "safe but under significant pressure". # term safe
{here:
    Priya reads it by resus and laughs once.
    Safe. Nine on the corridor, two nurses for the lot, and me on the medical bleep too. Whose safe is that? # speaker nair worried
}
{open_nair:
    {pressing:
    - "organisation":
        It's not ED and it's not medicine. It's the whole hospital. Riverside opens beds off a spreadsheet and calls them safe because the fill rate on paper says so. # speaker nair worried # clue organisation
    - "department":
        Honestly? It's medicine. The take is built round consultants who go home at {w2_ed_physician:eight|six} and registrars who don't go home at all. # speaker nair worried # clue department
    - else:
        It's how we work, shift to shift. Some nurses call at a NEWS2 of three, some at seven. Some regs answer the bleep, some let it ring. # speaker nair worried # clue practice
    }
- else:
    {here:
        She puts the phone away when she sees you looking. It's fine. We're managing. # speaker nair neutral
    }
}
{role == "clinician":
    You know what a day-unit escalation bed means at night: a day-case nurse, frail patients she has never met, no doctor on the floor. # aside
- else:
    On your staffing dashboard the day-surgery unit is green: the shift fill rate is a hundred per cent, and that is what the board sees each month. On paper, the escalation beds are covered. # aside
}
* [Go and see the escalation beds for yourself # hours -1]
    # trust.clinicians +2
    # skill listening
    The day-surgery unit is quiet in the way that makes nurses nervous. The agency nurse in charge arrived forty minutes ago and is still reading the notes.
    {role == "manager":
        She asks, not knowing who you are, whether anyone on nights can prescribe. You don't know. You say you'll find out.
    - else:
        She asks whether anyone on nights can prescribe. Not as things stand, you tell her.
    }
* [Ask Priya what "safe" would look like tonight, in numbers]
    # trust.nair +2
    # skill understanding
    She looks surprised to be asked in numbers.
    Two more nurses in majors. A doctor for the escalation beds, eight till eight. And someone at the site meeting who has stood in this corridor. # speaker nair neutral
* {role == "manager"} [Show Priya the dashboard: the fill rates are met]
    # jargon
    # trust.nair -1
    You show her the green on your screen. She looks at it, then at the corridor.
    Come back at three a.m. and show me the green. # speaker nair worried
* {role == "clinician"} [Tell the site manager, in clinical terms, why the beds are unsafe]
    # trust.executives -1
    You tell her a NEWS2 of five on those beds will wait hours for review, and you will put it in writing. She has escalation beds open on three units tonight, and asks which one you'd like her to shut.
* {role == "manager"} [Keep the discharge lounge open until ten tonight # authority process]
    # budget -1
    # later 1 care +1 why The late lounge took four patients off the wards, freeing beds for the corridor trolleys
    It costs two nurses' overtime and a favour from pharmacy. By six, the lounge holds four patients waiting for transport, and four trolleys have left the corridor.
* {role == "clinician"} [Ask your consultant colleagues for a second board round by two # authority peer]
    # hours -1
    # later 1 care +1 why The second board round got four patients home by teatime, freeing beds for ED
    A favour between colleagues, not an instruction. Three of five say yes. Four patients are home by teatime.
- At four, Janet Cole holds the site call before the ICB's system call. She must tell the ICB whether the escalation beds are safely staffed tonight, or ask for mutual aid. # term safe
{role == "manager":
    You know the route: help comes through the ICB and the region, and not quickly. # aside
- else:
    You know who holds the medical bleep after eight: {w2_rota_started:a foundation doctor till midnight, with the registrar tied up in ED; after that, one registrar|one registrar}, for four wards and not those six beds. # aside
}
{open_cole:
    If I say not safe, I have to staff them or shut them. Shut them and the nine on the corridor stay on the corridor. So tell me which. # speaker cole worried # clue organisation
- else:
    Janet wants a yes or a no, and a name beside it.
}
Dr Marsh asks what she will be asked afterwards: who reviews a patient on those beds who deteriorates overnight, and how soon? # clue practice
{open_achterberg:
    Mr Achterberg, two lists lost to the escalation beds this week, unmutes.
    Ask the people who'll be there tonight. Not us. # speaker achterberg worried
- else:
    Mr Achterberg stays on mute, camera off.
}
{open_nair:
    Priya dials in from ED with three numbers in ninety seconds. Nobody interrupts.
- else:
    Nobody from the front door is on the call.
}
* [Tell Janet to report them unsafe and ask for mutual aid]
    # trust.executives -2
    # skill communication
    # later 1 care +1 why The ambulances sent elsewhere and six community beds took pressure off the corridor that night and the next day
    ~ w8_safe_declared = true
    Not safe, tonight, in those beds, you say. Janet is silent for a long moment. Then she takes it to the system call and asks for help, knowing it will be in the regional team's log by morning.
* [Ask Janet for a rule: no escalation bed opens without a named nurse and doctor]
    # intervene organisation
    # trust.executives -1
    # trust.marsh +1
    # skill communication
    The policy says "appropriately staffed"; you ask for two names or no bed: a nurse who knows the unit and a doctor whose bleep covers it. Janet tells the site team: from tonight, no further escalation bed opens without both names. Dr Marsh will co-sign the change with the chief nurse. Tonight's six are open already.
* [Agree with ED one trigger for calling a doctor to those beds]
    # intervene practice
    # trust.nair +1
    # skill understanding
    One page, agreed by ED and medicine by six: when a nurse on an escalation bed calls for help, and who answers.
* {role == "clinician"} [Put a consultant on the escalation beds tonight, acting down # authority cover]
    # budget -1
    # trust.leaders -1
    # later 1 care +1 why With a consultant holding the escalation beds' bleep overnight, the sickest there were seen without waiting for the on-call registrar
    # later 1 care -1 why The fourteen patients whose Friday clinic was cancelled for the night on the escalation beds waited weeks for another slot
    You ring round until a consultant says yes. She holds the escalation beds' bleep until eight in the morning, and her Friday clinic, fourteen patients, is cancelled.
* {role == "manager"} [Book two agency nurses for the escalation beds, over the cap # authority agency]
    # budget -1
    # later 1 care +1 why Two more nurses on the escalation beds overnight meant the patients there were watched
    # trust.executives -1
    Medicine's patients, medicine's bill. Bernie Quinn finds two agency nurses, over the cap; the chief executive signs both shifts, and they go on the weekly return.
* [Back Janet: "safe, with mitigations"]
    # trust.executives +2
    # trust.clinicians -3
    # later 2 care -2 why The mitigations were on paper: overnight the escalation beds had no doctor on the floor
    You back the form of words; it is defensible. At six somebody in ED pins the email up next to the corridor trolleys.
- Night falls on a hospital at OPEL 4.
{w8_safe_declared:
    By ten, the ICB's coordination centre has agreed with the ambulance trust and the neighbouring hospital that some of tonight's ambulances go there until two, and has found community beds for six of tomorrow's discharges, bought by the night with the system's discharge funding. Nobody at Alderbank can remember the last time it asked for help out loud.
- else:
    By nine, the escalation beds are full.
}
* [Stay until the night team is settled # hours -2]
    # wellbeing -2
    # trust.clinicians +2
    # later 2 care +1 why The night team had the numbers you left, and a deteriorating patient got a doctor sooner
    You stay until eleven, walking between ED and the day-surgery unit with a list of phone numbers.
* [Go home and leave your number with the nurse in charge]
    # trust.clinicians +1
    # skill communication
    {role == "clinician":
        You go home at ten and leave your phone on the pillow, face up.
    - else:
        You go home at ten. On the drive you work out who, exactly, would answer a NEWS2 of five on those beds.
    }
* [Go home and sleep: tomorrow starts early]
    # wellbeing +1
    # later 2 trust.nair -1 why Priya worked to the end of her long day on an OPEL 4 evening, with nobody from the day side left to ring
    {role == "clinician":
        Your ward round starts at half past eight. You are asleep by eleven, and awake at three, wondering.
    - else:
        The weekly performance report is due at nine. You write it at seven, with the word "safe" in it four times.
    }
- -> scene_end
